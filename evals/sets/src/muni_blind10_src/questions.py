"""Builds muni_blind10.jsonl; figures and table-row quotes are derived from data.py."""
import json
from data import *

SET = "/work/main/evals/sets/blind/muni_blind10.jsonl"
MP = f"{REL}/mjolby/mal-och-budget-2025-plan-2026-2027.pdf"
MH = f"{REL}/mjolby/nyhet-budget-2025-antagen.html"
MX = f"{REL}/mjolby/foreningsbidrag-och-nyckeltal.xlsx"
HP = f"{REL}/harjedalen/delarsrapport-januari-augusti-2024.pdf"
HD = f"{REL}/harjedalen/protokoll-kommunstyrelsen-2024-10-01.docx"
HM = f"{REL}/harjedalen/budgetforutsattningar-2025-2027.md"
HT = f"{REL}/harjedalen/pressmeddelande-2024-09-26.txt"

R = lambda v: sv(v)  # noqa: E731
Hy = lambda v: sv(v, neg="hyphen")  # noqa: E731
f = float


def m_drift(name):
    v = dict(M_NAMNDER)[name]
    tot = M_NETTO[2]
    return " ".join([name, R(v[0]), R(v[1]), R(v[2]), R(v[2] - v[1]), R(v[3]), R(v[4]), sv(v[2] / tot * 100)])


M_DRIFT_TOT = " ".join(["Verksamhetens nettokostnad"] + [R(x) for x in M_NETTO[:2]] + [R(M_NETTO[2]), R(M_NETTO[2] - M_NETTO[1])] + [R(x) for x in M_NETTO[3:]] + ["100,0"])
PROJ = {p[0]: p for _, ps in M_INV_PROJ for p in ps}


def m_inv(name):
    p = PROJ[name]
    return " ".join([p[0], sv(p[1], 0), sv(p[2], 0), sv(p[3], 0), sv(p[1] + p[2] + p[3], 0)])


def m_inv_sect(n):
    s = M_INV_SECT[n]
    return " ".join(["Summa " + n[0].lower() + n[1:], sv(s[0], 0), sv(s[1], 0), sv(s[2], 0), sv(sum(s), 0)])


M_INV_TOTROW = " ".join(["Totala investeringar"] + [sv(t, 0) for t in M_INV_TOT] + [sv(sum(M_INV_TOT), 0)])
M_RES_ROW = " ".join(["Årets resultat"] + [R(x) for x in M_RES])
M_SOL_ROW = "Soliditet enligt balansräkningen minst 35 % " + " ".join(sv(x) + " %" for x in M_SOL[2:])
M_POP25 = "2025 (prognos) 28 950 +160 22,15"
HDR = dict(H_DRIFT)


def h_drift(name):
    v = HDR[name]
    return " ".join([name, Hy(v[0]), Hy(v[1]), Hy(v[2]), Hy(avv(v))])


HINV = {r[0]: r for r in H_INV}


def h_inv(name):
    n, b, u, p = HINV[name]
    return " ".join([n, sv(b, 0), sv(u, 0), sv(p, 0), sv(b - p, 0, neg="hyphen")])


H_INV_TOTROW = "Summa investeringar 71 000 31 580 58 400 12 600"
H_RES_ROW = "Periodens/årets resultat 15,0 16,6 11,9 4,8"

Qs = []


def add(cat, question, answer, numbers=(), docs=(), quotes=(), verdict=None, refused=False, history=(), lang="sv", calc=None):
    Qs.append(dict(id=f"muni_blind10-{len(Qs) + 1:03d}", category=cat, language=lang, question=question,
                   history=list(history),
                   gold=dict(answer=answer, numbers=[dict(value=v, unit=u) for v, u in numbers], docs=list(docs),
                             quotes=list(quotes), refused=refused, verdict=verdict),
                   corpus=REL, _calc=calc))


un = dict(M_NAMNDER)["Utbildningsnämnden"]
sn = dict(M_NAMNDER)["Socialnämnden"]

# ---------------- table_lookup (9)
add("table_lookup", "Vad har utbildningsnämnden i Mjölby för budget 2025?",
    f"Utbildningsnämndens ram (nettokostnad) i budget 2025 är {R(un[2])} mnkr, dvs. 861,1 miljoner kronor.",
    [(f(un[2]), "mnkr")], [MP], [m_drift("Utbildningsnämnden")])
add("table_lookup", "hur mkt har soc i mjölby i plan 2027",
    f"Socialnämnden har {R(sn[4])} mnkr i plan 2027.", [(f(sn[4]), "mnkr")], [MP], [m_drift("Socialnämnden")])
add("table_lookup", "Hur stora avsättningar för pensioner räknar Mjölby kommun med i balansbudgeten för 2026?",
    f"{R(M_AVS[3])} mnkr (plan 2026).", [(f(M_AVS[3]), "mnkr")], [MP],
    ["Avsättningar för pensioner 3 " + " ".join(R(x) for x in M_AVS)])
add("table_lookup", "Vad är budgeterat för gång- och cykelvägen Mantorp–Mjölby år 2026?",
    "7 200 tkr i plan 2026.", [(7200, "tkr")], [MP], [m_inv("Gång- och cykelväg Mantorp–Mjölby")])
kf = [c["kf"] for c in M_CF]
add("table_lookup", "Vad är årets kassaflöde i Mjölbys budget för 2024?",
    f"Årets kassaflöde i budget 2024 är negativt, (21,0) mnkr, alltså −21,0 miljoner kronor.", [(f(kf[1]), "mnkr")], [MP],
    ["Årets kassaflöde " + " ".join(sv(x, neg="paren") for x in kf)])
add("table_lookup", "Hur stora var verksamhetens intäkter i Härjedalen under januari–augusti 2024?",
    "118,4 mnkr.", [(118.4, "mnkr")], [HP], ["Verksamhetens intäkter 1 118,4 109,7 162,0 171,5"])
add("table_lookup", "vad är prognosen för va-ledningen i funäsdalen i år",
    "Prognosen för 2024 är 11 800 tkr (budget 12 500 tkr).", [(11800, "tkr")], [HP], [h_inv("VA-ledning Funäsdalen, etapp 2")])
add("table_lookup", "Hur hög var sjukfrånvaron bland män som jobbar i Härjedalens kommun jan–aug 2024?",
    "4,9 procent av ordinarie arbetstid.", [(4.9, "%")], [HP], ["Män 4,9 5,3"])
add("table_lookup", "Hur mycket räknar Mjölby med att få i inkomstutjämning 2025?",
    f"{R(M_TAX['Inkomstutjämning'][1])} mnkr.", [(f(M_TAX["Inkomstutjämning"][1]), "mnkr")], [MP],
    ["Inkomstutjämning " + " ".join(R(x) for x in M_TAX["Inkomstutjämning"])])

# ---------------- calculation (8)
pct = q((sn[2] - sn[1]) / sn[1] * 100)
add("calculation", "Med hur många procent ökar socialnämndens ram i Mjölby mellan budget 2024 och budget 2025?",
    f"Ramen ökar från 702,5 till 724,8 mnkr, dvs. med 22,3 mnkr eller cirka {sv(pct)} procent.",
    [(f(pct), "%"), (22.3, "mnkr")], [MP], [m_drift("Socialnämnden")], calc=("pct_change", f(sn[1]), f(sn[2])))
sbn = M_INV_SECT["Samhällsbyggnadsnämnden"][0]
share = q(D(sbn) / M_INV_TOT[0] * 100)
add("calculation", "Hur stor andel av Mjölbys investeringar 2025 går till samhällsbyggnadsnämnden?",
    f"179 800 tkr av totalt 214 900 tkr, vilket är ungefär {sv(share)} procent.", [(f(share), "%")], [MP],
    [m_inv_sect("Samhällsbyggnadsnämnden"), M_INV_TOTROW], calc=("share", sbn, M_INV_TOT[0]))
perinv = q(-M_NETTO[2] * 1000000 / 28950, 0)
add("calculation", "Vad blir verksamhetens nettokostnad per invånare i Mjölby 2025 om befolkningsprognosen håller?",
    f"1 961,9 mnkr delat på 28 950 invånare ger cirka {sv(perinv, 0)} kronor per invånare.", [(int(perinv), "kr")], [MP],
    [M_DRIFT_TOT, M_POP25], calc=("per_inh", f(-M_NETTO[2]) * 1e6, 28950))
used = q(D("224.7") / D("318.4") * 100)
add("calculation", "Hur stor del av sin helårsbudget hade socialnämnden i Härjedalen förbrukat efter augusti?",
    f"224,7 av 318,4 mnkr, dvs. cirka {sv(used)} procent.", [(f(used), "%")], [HP], [h_drift("Socialnämnden")],
    calc=("share", 224.7, 318.4))
worse = q((D("11.9") - D("4.8")) / D("11.9") * 100)
add("calculation", "Härjedalens prognos för årets resultat ligger under budget. Hur mycket sämre är den, i kronor och i procent?",
    f"Prognosen 4,8 mnkr är 7,1 mnkr lägre än budgeterade 11,9 mnkr, cirka {sv(worse)} procent sämre.",
    [(7.1, "mnkr"), (f(worse), "%")], [HP], [H_RES_ROW], calc=("pct_change", 11.9, 4.8))
sk = [r for r in M_FORENING if r[1] == "Skänninge"]
add("calculation", "hur mkt fick föreningarna i Skänninge i bidrag sammanlagt 2024?",
    f"Sammanlagt {sv(sum(r[3] for r in sk), 0)} kronor (fyra bidrag).", [(sum(r[3] for r in sk), "kr")], [MX],
    [f"{a} {b} {c} {d_}" for a, b, c, d_ in sk], calc=("sum", [r[3] for r in sk]))
usedinv = q(D(31580) / D(71000) * 100)
add("calculation", "Hur stor andel av investeringsbudgeten hade Härjedalen använt efter årets första åtta månader?",
    f"31 580 tkr av 71 000 tkr, cirka {sv(usedinv)} procent.", [(f(usedinv), "%")], [HP], [H_INV_TOTROW],
    calc=("share", 31580, 71000))
avg = q(D(sum(M_INV_TOT)) / 3, 0)
add("calculation", "Vad investerar Mjölby i genomsnitt per år under planperioden 2025–2027?",
    f"Totalt 595 500 tkr under tre år, i snitt {sv(avg, 0)} tkr (cirka 198,5 mnkr) per år.", [(int(avg), "tkr")], [MP],
    [M_INV_TOTROW], calc=("avg", M_INV_TOT))

# ---------------- claim (7)
add("claim", "Stämmer det att Mjölby budgeterar ett resultat på 29,1 miljoner för 2025?",
    "Ja. Årets resultat i budget 2025 är 29,1 mnkr.", [(29.1, "mnkr")], [MP], [M_RES_ROW], verdict="supported")
add("claim", "Socialnämnden i Härjedalen räknar med ett underskott på ungefär 9 miljoner i år, eller hur?",
    "Nej. Socialnämnden prognostiserar ett underskott på 14,3 mnkr för 2024.", [(-14.3, "mnkr")], [HP],
    [h_drift("Socialnämnden")], verdict="contradicted")
add("claim", "En lokaltidning skriver att Härjedalens kommun planerar att sälja skidanläggningen i Vemdalen. Finns det stöd för det?",
    "Det finns inget om en försäljning av en skidanläggning i Vemdalen i underlaget.", verdict="not_found", refused=True)
add("claim", "KS i Härjedalen beviljade soc 5,5 miljoner i tilläggsanslag i oktober?",
    "Ja. Kommunstyrelsen beviljade den 1 oktober 2024 socialnämnden ett tilläggsanslag på 5 500 tkr för 2024.",
    [(5500, "tkr")], [HD], ["Kommunstyrelsen beslutar att bevilja socialnämnden ett tilläggsanslag på 5 500 tkr för 2024."],
    verdict="supported")
add("claim", "Mjölby investerar för över 300 miljoner kronor 2025.",
    "Nej. Investeringsbudgeten för 2025 är 214 900 tkr, alltså 214,9 mnkr.", [(214900, "tkr")], [MP], [M_INV_TOTROW],
    verdict="contradicted")
add("claim", "Oppositionen påstår att Mjölbys majoritet planerar ett nytt badhus för 250 miljoner under planperioden. Stämmer det?",
    "Underlaget nämner inget nytt badhus eller någon sådan investering.", verdict="not_found", refused=True)
add("claim", "Av varje hundralapp i skatt går 43 kr till skolan i Mjölby?",
    "Ja, enligt kommunens nyhet går 43 kronor av 100 till förskola, grundskola och gymnasium (budget 2025).",
    [(43, "kr")], [MH], ["Förskola, grundskola och gymnasium 43"], verdict="supported")

# ---------------- lookup (5)
add("lookup", "När antogs Mjölbys budget för 2025 av kommunfullmäktige?",
    "Den 26 november 2024 (§ 142).", [], [MP], ["Antagen av kommunfullmäktige 2024-11-26, § 142"])
add("lookup", "Vem tog över som kommundirektör i Härjedalen under 2024?",
    "Mikael Strand, som tillträdde den 1 juni 2024 efter Petra Holm.", [], [HP],
    ["Mikael Strand tillträdde som ny kommundirektör den 1 juni 2024."])
add("lookup", "vem justerade ks-protokollet från 1 oktober i härjedalen",
    "Jonas Berglöf (S) utsågs att justera protokollet.", [], [HD], ["Utses att justera: Jonas Berglöf (S)"])
add("lookup", "När ska fullmäktige i Härjedalen besluta om budgeten för 2025?",
    "Den 19 november 2024.", [], [HM], ["Budgeten för 2025 ska fastställas av kommunfullmäktige den 19 november 2024."])
add("lookup", "Varför är reningsverket i Lillhärdal försenat?",
    "Upphandlingen överklagades i april 2024, vilket försenar projektet med ungefär ett år.", [], [HP],
    ["Upphandlingen av det nya reningsverket i Lillhärdal överklagades i april, vilket försenar projektet med ungefär ett år."])

# ---------------- text_amount (5)
add("text_amount", "Hur mycket fick Härjedalen från Boverket för att rusta upp skolorna?",
    "4,7 miljoner kronor i statsbidrag, som används till skolgårdarna i Vemdalen och Hede.", [(4.7, "mnkr")], [HP],
    ["I maj beviljades kommunen 4,7 miljoner kronor i statsbidrag från Boverket för upprustning av skollokaler och utemiljöer."])
add("text_amount", "Hur stort bidrag gav länsstyrelsen till fiskevårdsprojektet i Ljusnan och Hedeån?",
    "700 000 kronor.", [(700000, "kr")], [HP],
    ["beviljat 700 000 kronor till ett fiskevårdsprojekt i Ljusnan och Hedeån"])
add("text_amount", "Effektiviseringskravet på nämnderna i Härjedalen 2025 – hur mycket pengar handlar det om?",
    "Kravet är 1,5 procent, vilket sammantaget motsvarar 11,2 miljoner kronor.", [(11.2, "mnkr")], [HM],
    ["Samtliga nämnder får ett effektiviseringskrav på 1,5 procent, vilket sammantaget motsvarar 11,2 miljoner kronor."])
add("text_amount", "Hur mycket lägger Mjölby på feriejobb för ungdomar 2025?",
    "2,5 miljoner kronor.", [(2.5, "mnkr")], [MP], ["Vi avsätter också 2,5 miljoner kronor till feriejobb för ungdomar"])
add("text_amount", "Vad får kommunen betalt för tomten Sveg 3:118?",
    "Köpeskillingen är 1 250 000 kronor (köpare Sveg Bygg & Montage AB).", [(1250000, "kr")], [HD],
    ["Kommunstyrelsen beslutar att sälja fastigheten Sveg 3:118 till Sveg Bygg & Montage AB för en köpeskilling om 1 250 000 kronor"])

# ---------------- unanswerable (7)
UNA = [
    "Vad är socialnämndens budget i Mjölby för 2028?",
    "Vad blev Härjedalens årsresultat för 2024?",
    "Hur mycket budgeterar Mjölby för vård- och omsorgsnämnden 2025?",
    "Hur hög var sjukfrånvaron i Härjedalens kommun under januari–augusti 2022?",
    "Hur mycket föreningsbidrag fick Mjölby Simsällskap 2023?",
    "Hur stor är Härjedalens investeringsbudget för 2025?",
    "Hur mycket hade Mjölby investerat till och med augusti 2024, alltså utfallet?",
]
UNA_A = [
    "Budgeten innehåller bara plan till och med 2027; 2028 redovisas inte.",
    "Underlaget innehåller bara delårsutfall och en helårsprognos för 2024, inte det faktiska årsresultatet.",
    "Mjölby har ingen vård- och omsorgsnämnd i budgeten; uppgiften finns inte.",
    "Sjukfrånvaron redovisas bara för jan–aug 2024 och jan–aug 2023.",
    "Arbetsboken redovisar bara föreningsbidrag för 2024.",
    "Investeringsramen för 2025 är ännu inte fastställd i underlaget.",
    "Underlaget innehåller inget utfall för Mjölbys investeringar 2024, bara budgetbelopp.",
]
for qq, aa in zip(UNA, UNA_A):
    add("unanswerable", qq, aa, refused=True)

# ---------------- followup (4)
add("followup", "och året efter då?",
    f"I plan 2026 är utbildningsnämndens ram {R(un[3])} mnkr.", [(f(un[3]), "mnkr")], [MP], [m_drift("Utbildningsnämnden")],
    history=["Vad har Utbildningsnämnden i Mjölby för budget 2025?"])
add("followup", "vem var det som sa det om åtgärdsplanen?",
    "Karin Wiklund (C), kommunstyrelsens ordförande.", [], [HT],
    ["– Vi tar det här på största allvar. Socialnämnden kommer att få i uppdrag att ta fram en åtgärdsplan och vi "
     "kommer att följa utvecklingen månad för månad, säger Karin Wiklund (C), kommunstyrelsens ordförande."],
    history=["Vad skriver Härjedalen i pressmeddelandet om socialnämnden?"])
add("followup", "hur mycket av det går till Skänninge skola?",
    "36 500 tkr budget 2025 för om- och tillbyggnaden av Skänninge skola (av totalt 214 900 tkr).", [(36500, "tkr")], [MP],
    [m_inv("Skänninge skola, om- och tillbyggnad")], history=["Hur mycket investerar Mjölby totalt 2025?"])
drop = q((D("15.0") - D("16.6")) / D("16.6") * 100)
add("followup", "Hur många procent sämre än samma period i fjol är det?",
    f"15,0 mnkr mot 16,6 mnkr jan–aug 2023, en minskning med 1,6 mnkr eller cirka {sv(-drop)} procent.",
    [(f(-drop), "%")], [HP], [H_RES_ROW], history=["Vad blev periodens resultat för Härjedalen jan–aug 2024?"],
    calc=("pct_change", 16.6, 15.0))

# ---------------- multi_part (4)
add("multi_part", "Vad är Mjölbys budgeterade resultat för 2025, och hur hög blir soliditeten det året?",
    f"Resultatet budgeteras till 29,1 mnkr och soliditeten till {sv(M_SOL[2])} procent.",
    [(29.1, "mnkr"), (f(M_SOL[2]), "%")], [MP], [M_RES_ROW, M_SOL_ROW])
add("multi_part", "Hur mycket har Härjedalen investerat hittills i år och vad är prognosen för helåret?",
    "31,6 mnkr under januari–augusti; helårsprognosen är 58,4 mnkr (budget 71,0 mnkr).", [(31.6, "mnkr"), (58.4, "mnkr")],
    [HP], ["Under januari–augusti har 31,6 miljoner kronor investerats och prognosen för helåret är 58,4 miljoner kronor."])
add("multi_part", "Vad beslutade KS i Härjedalen om renhållningstaxan för 2025? Och vad blev det av förslaget om utegym i Funäsdalen?",
    "KS föreslår fullmäktige att anta renhållningstaxan 2025 med en höjning om 6 procent. Medborgarförslaget om utegym "
    "bifölls och utegymmet ska anläggas sommaren 2025.", [(6, "%")], [HD],
    ["Kommunstyrelsen föreslår kommunfullmäktige besluta att anta renhållningstaxa för 2025 med en höjning om 6 procent.",
     "Kommunstyrelsen beslutar att bifalla medborgarförslaget och att utegymmet ska anläggas under sommaren 2025."])
gr = M_NYCKELTAL[0]
add("multi_part", "Vad kostade grundskolan per elev i Mjölby 2023 och vad var snittet i riket?",
    "Nettokostnaden var 118 640 kr per elev 2023 i Mjölby, mot 121 310 kr i riket.", [(118640, "kr"), (121310, "kr")], [MX],
    [" ".join(str(x) for x in gr) + " Kolada"])

# ---------------- multi_doc (3)
add("multi_doc", "Vilken kommun har högst skattesats, Mjölby eller Härjedalen, och hur stor är skillnaden?",
    "Härjedalen har högst skattesats, 22,89 kr, mot Mjölbys 22,15 kr (2025). Skillnaden är 74 öre.",
    [(22.89, "kr"), (22.15, "kr"), (0.74, "kr")], [MP, HP], [M_POP25, "Skattesats, kr 22,89 22,89 22,89 22,89"],
    calc=("diff", 22.89, 22.15))
add("multi_doc", "Socialnämnden i Härjedalen fick ju ett tilläggsanslag i oktober. Hur stort underskott återstår av prognosen efter det?",
    "Prognosen var ett underskott på 14,3 mnkr; tilläggsanslaget är 5 500 tkr (5,5 mnkr), så cirka 8,8 mnkr återstår.",
    [(8.8, "mnkr"), (5500, "tkr")], [HP, HD],
    [h_drift("Socialnämnden"), "Kommunstyrelsen beslutar att bevilja socialnämnden ett tilläggsanslag på 5 500 tkr för 2024."],
    calc=("diff", 14.3, 5.5))
add("multi_doc", "Stämmer investeringssumman för 2025 i Mjölbys nyhet på webben med budgetdokumentet?",
    "Ja. Nyheten anger 214,9 miljoner kronor och budgetens investeringstabell 214 900 tkr för 2025.",
    [(214.9, "mnkr"), (214900, "tkr")], [MH, MP],
    ["Kommunen planerar investeringar för 214,9 miljoner kronor under 2025", M_INV_TOTROW])

# ---------------- english (3)
add("english", "Compare the equity ratio (soliditet): what is Mjölby's budgeted figure for 2025 and Härjedalen's at 31 August 2024?",
    f"Mjölby budgets an equity ratio of {sv(M_SOL[2])} % for 2025; Härjedalen's was 39.4 % at 31 August 2024.",
    [(f(M_SOL[2]), "%"), (39.4, "%")], [MP, HP], [M_SOL_ROW, "Soliditet, % 39,4 38,2 – –"], lang="en")
add("english", "How much did Härjedalen's social services committee (socialnämnden) spend net in January–August 2024?",
    "Net cost of 224.7 million SEK (mnkr) in January–August 2024, against a full-year budget of 318.4 mnkr.",
    [(-224.7, "mnkr")], [HP], [h_drift("Socialnämnden")], lang="en")
add("english", "Which investment project had the largest budget in Härjedalen in 2024, and how big was it?",
    "The new preschool in Sveg (Ny förskola Sveg), with a 2024 budget of 24,000 tkr (24.0 mnkr).", [(24000, "tkr")], [HP],
    [h_inv("Ny förskola Sveg")], lang="en")


if __name__ == "__main__":
    with open(SET, "w", encoding="utf-8") as fh:
        for x in Qs:
            x = dict(x)
            x.pop("_calc")
            fh.write(json.dumps(x, ensure_ascii=False) + "\n")
    print(len(Qs), "questions written")
