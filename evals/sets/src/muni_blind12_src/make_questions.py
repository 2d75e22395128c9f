"""Writes evals/sets/blind/muni_blind12.jsonl. Gold figures are computed from data.py."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import *  # noqa

C = "evals/corpora/blind-muni12"
LB = f"{C}/lysekil/lysekil_budget_2025_plan_2026-2027.pdf"
LH = f"{C}/lysekil/nyhet_forskola_brastad.html"
LD = f"{C}/lysekil/ks_protokoll_2025-03-12.docx"
LM = f"{C}/lysekil/nyhetsbrev_kommundirektor_2025-04.md"
ND = f"{C}/nordanstig/nordanstig_delarsrapport_jan-aug_2025.pdf"
NX = f"{C}/nordanstig/nordanstig_elev_och_forskolestatistik.xlsx"
NT = f"{C}/nordanstig/pressmeddelande_bredband_2025-05-14.txt"
NH = f"{C}/nordanstig/nyhet_delarsrapport_2025.html"
OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "muni_blind12.jsonl"))


def sv(x, d=1):
    """float -> Swedish decimal string"""
    s = f"{x:,.{d}f}".replace(",", " ").replace(".", ",")
    return s.replace("-", "−")


# ------------------------------------------------------------------ row quotes
DR = {r[1]: r for r in lys_drift_rows() if r[0] != "section"}


def q_drift(name):
    r = DR[name]
    ch = "" if r[5] is None else " " + pct1(r[5], EN)
    return f"{name} {f1(r[2], EN)} {f1(r[3], EN)} {f1(r[4], EN)}{ch}"


def q_res(label):
    for lab, note, vals in LYS_RES_ROWS:
        if lab == label:
            return " ".join([lab] + ([note] if note else []) + [f1(vals[c]) for c in LYS_RES_COLS])
    raise KeyError(label)


def q_nres(label):
    for lab, note, vals in NOR_RES_ROWS:
        if lab == label:
            return " ".join([lab] + ([note] if note else []) + [f1(vals[c]) for c in NOR_RES_COLS])
    raise KeyError(label)


def q_skatt(label):
    if label.startswith("Summa"):
        return "Summa skatteintäkter och generella statsbidrag " + " ".join(f1(lys_skatt_sum(i)) for i in range(3))
    for r in LYS_SKATT_ROWS:
        if r[0] == label:
            return " ".join([r[0]] + [f1(v) for v in r[1:4]])


def q_ram(name):
    for r in LYS_RAM:
        if r[0] == name:
            return " ".join([name] + [fi(v) for v in list(r[1:]) + [ram2025(r)]])


def q_inv(name):
    if name == "Summa investeringar":
        return "Summa investeringar " + " ".join(fi(v, "()") for v in LYS_INV_TOT)
    for _n, rows in LYS_INV_ROWS:
        for r in rows:
            if r[0] == name:
                return " ".join([name] + [fi(v, "()") for v in r[1:]])


def q_verk(name):
    for _n, items in lys_verk_table():
        for v, a, b in items:
            if v == name:
                return f"{v} {f1(a)} {f1(b)}"


def q_bal(k):
    return " ".join([k] + [f1(v) for v in LYS_BALANS[k]])


def q_ndrift(name):
    if name == "Summa nämnder":
        sb, su, sp = NOR_DRIFT_SUM
        return f"Summa nämnder {f1(sb)} {f1(su)} {f1(sp)} {f1(sb - sp, '()')}"
    for n, b, u, p in NOR_DRIFT:
        if n == name:
            return f"{n} {f1(b)} {f1(u)} {f1(p)} {f1(b - p, '()')}"


def q_ninv(name):
    for n, b, u, p in NOR_INVEST:
        if n == name:
            return f"{n} {f1(b)} {f1(u)} {f1(p)}"


def q_pers(label):
    for r in NOR_PERSONAL:
        if r[0] == label:
            return " ".join(r)


def q_skola(name):
    if name == "Summa":
        return "Summa " + " ".join(str(sum(r[i] for r in NOR_SKOLOR)) for i in range(2, 6))
    for r in NOR_SKOLOR:
        if r[0] == name:
            return " ".join(str(v) for v in r)


def q_fsk(name):
    for r in NOR_FORSKOLOR:
        if r[0] == name:
            return " ".join(str(v) for v in r)


def t(x):  # tenths -> float
    return x / 10


# ------------------------------------------------------------------ questions
Q = []


def add(cat, question, answer, numbers=(), docs=(), quotes=(), lang="sv", history=(), refused=False, verdict=None):
    Q.append({
        "id": f"mb12-{len(Q) + 1:03d}", "category": cat, "language": lang, "question": question,
        "history": list(history),
        "gold": {"answer": answer, "numbers": [{"value": v, "unit": u} for v, u in numbers],
                 "docs": list(docs), "quotes": list(quotes), "refused": refused, "verdict": verdict},
        "corpus": C,
    })


def N(v, u):
    return (v, u)


# ---- lookup (4)
add("lookup", "vem är ordf i socialnämnden i lysekil?",
    "Karin Bäckström (KD) är ordförande i socialnämnden i Lysekil.",
    docs=[LB], quotes=["Nämndens ordförande är Karin Bäckström (KD)."])
add("lookup", "vem blir ny HR-chef i Lysekil och när börjar hon?",
    "Linnea Holmgren börjar som HR-chef den 2 juni 2025; hon kommer närmast från Uddevalla kommun.",
    docs=[LM], quotes=["Linnea Holmgren börjar som HR-chef den 2 juni 2025."])
add("lookup", "vem e ny kommundirektör i nordanstig och när började hen",
    "Anders Wiklund tillträdde som kommundirektör i Nordanstig den 1 april 2025 och efterträdde Eva Sjödin.",
    docs=[ND], quotes=["Den 1 april tillträdde Anders Wiklund som ny kommundirektör. Han efterträdde Eva Sjödin som gick i pension."])
add("lookup", "När och var behandlar fullmäktige i Nordanstig delårsrapporten?",
    "Kommunfullmäktige behandlar delårsrapporten den 27 oktober 2025 i Bergsjö Folkets hus.",
    docs=[NH], quotes=["Kommunfullmäktige behandlar delårsrapporten vid sitt sammanträde den 27 oktober i Bergsjö Folkets hus."])

# ---- text_amount (5)
add("text_amount", "hur mkt pengar lägger lysekil på feriepraktik för ungdomar 2025?",
    "850 000 kronor avsätts till feriepraktik (120 platser).", [N(850000, "kr")], [LB, LM],
    ["Till feriepraktik för kommunens ungdomar avsätts 850 000 kronor.",
     "Kommunfullmäktige har avsatt 850 000 kronor för feriepraktiken."])
add("text_amount", "Vad kommer en båtplats i Lysekils kommunala hamnar att kosta per säsong efter höjningen?",
    "3 150 kronor per säsong (höjt från 2 900 kronor) från och med den 1 maj 2025, enligt kommunstyrelsens förslag.",
    [N(3150, "kr")], [LD],
    ["höja avgiften för en båtplats från 2 900 kronor till 3 150 kronor per säsong från och med den 1 maj 2025"])
add("text_amount", "hur mycket bredbandsstöd fick Nordanstig från PTS?",
    "Nordanstig beviljades 3,2 miljoner kronor i bredbandsstöd från Post- och telestyrelsen.",
    [N(3.2, "mnkr")], [NT],
    ["Nordanstigs kommun har beviljats 3,2 miljoner kronor i bredbandsstöd från Post- och telestyrelsen (PTS)."])
add("text_amount", "Vad gick byggkontraktet med Bohusbygg på för förskolan i Brastad?",
    "Avtalet med Bohusbygg AB (totalentreprenad) är på 46,3 miljoner kronor.", [N(46.3, "mnkr")], [LH],
    ["kommunen tecknat avtal med Bohusbygg AB som bygger förskolan på totalentreprenad för 46,3 miljoner kronor"])
add("text_amount", "vad kostade släckningen av skogsbranden vid ilsbo i somras",
    "Kostnaderna beräknas till 1,9 miljoner kronor, varav kommunen räknar med 1,1 miljoner kronor i statlig ersättning.",
    [N(1.9, "mnkr"), N(1.1, "mnkr")], [ND],
    ["Kostnaderna för insatsen beräknas till 1,9 miljoner kronor, varav kommunen räknar med att få ersättning från staten för 1,1 miljoner kronor."])

# ---- table_lookup (9)
add("table_lookup", "Vad har utbildningsnämnden i Lysekil för budget 2025?",
    "Budget 2025 för utbildningsnämnden är –360,5 mnkr (nettokostnad 360,5 mnkr).",
    [N(-360.5, "mnkr")], [LB], [q_drift("Utbildningsnämnden")])
add("table_lookup", "lysekils skatteintäkter plan 2027?",
    f"Skatteintäkterna är beräknade till {f1(LYS_RES['Skatteintäkter']['P27'])} mnkr i plan 2027.",
    [N(t(LYS_RES["Skatteintäkter"]["P27"]), "mnkr")], [LB], [q_res("Skatteintäkter")])
add("table_lookup", "Hur mycket ligger kajrenoveringen i Södra hamnen på i plan 2026?",
    "10 000 tkr (10 mnkr) i plan 2026.", [N(10000, "tkr")], [LB], [q_inv("Kajrenovering Södra hamnen")])
add("table_lookup", "Vad är prognosen för socialnämnden i Nordanstig för helåret 2025?",
    "Prognosen är 282,4 mnkr i nettokostnad mot en budget på 276,2 mnkr.", [N(282.4, "mnkr")], [ND],
    [q_ndrift("Socialnämnden")])
add("table_lookup", "hur många elever gick på hassela skola ht 2024",
    "51 elever (HT 2024).", [N(51, "st")], [NX], [q_skola("Hassela skola")])
add("table_lookup", "Sjukfrånvaron i Nordanstig jan–aug 2025?",
    "Sjukfrånvaron var 7,4 procent (7,9 procent 2024).", [N(7.4, "%")], [ND], [q_pers("Sjukfrånvaro, %")])
add("table_lookup", "vad budgeteras hemtjänsten i lysekil till 2025",
    "Hemtjänsten har budget 2025 på −92,1 mnkr (nettokostnad).", [N(-92.1, "mnkr")], [LB], [q_verk("Hemtjänst")])
add("table_lookup", "LSS-utjämningen i Lysekils budget 2025, hur stor?",
    "LSS-utjämningen är −13,9 mnkr i budget 2025 (en avgift).", [N(-13.9, "mnkr")], [LB],
    [q_skatt("LSS-utjämning")])
add("table_lookup", "Hur stort effektiviseringskrav får miljö- och byggnadsnämnden i Lysekil?",
    "Effektiviseringen är −150 tkr.", [N(-150, "tkr")], [LB], [q_ram("Miljö- och byggnadsnämnden")])

# ---- calculation (9)
s25, s27 = lys_skatt_sum(0), lys_skatt_sum(2)
v = round((s27 / s25 - 1) * 100, 2)
add("calculation", "Hur mkt ökar skatteintäkter + generella statsbidrag i Lysekil från budget 2025 till plan 2027, i procent?",
    f"Från {f1(s25)} till {f1(s27)} mnkr, en ökning med cirka {sv(v)} procent.",
    [N(v, "%"), N(t(s25), "mnkr"), N(t(s27), "mnkr")], [LB], [q_skatt("Summa")])

netto25 = -LYS_RES["Verksamhetens nettokostnader"]["B25"]
pk = round(netto25 * 100000 / 14380)
add("calculation", "Vad blir Lysekils nettokostnad per invånare i budget 2025 om man räknar med det invånarantal som budgeten bygger på?",
    f"{f1(netto25)} mnkr / 14 380 invånare ≈ {fi(pk)} kronor per invånare.",
    [N(pk, "kr"), N(-t(netto25), "mnkr")], [LB],
    [q_res("Verksamhetens nettokostnader"), "Budgeten bygger på ett invånarantal om 14 380 per den 1 november 2024"])

inv3 = LYS_INV_TOT[2] + LYS_INV_TOT[3] + LYS_INV_TOT[4]
add("calculation", "Hur mycket investerar Lysekil totalt under hela perioden 2025-2027?",
    f"40 300 + 57 800 + 22 800 = {fi(inv3)} tkr, alltså ca {sv(inv3 / 1000)} mnkr.",
    [N(inv3, "tkr")], [LB], [q_inv("Summa investeringar")])

e22 = sum(r[2] for r in NOR_SKOLOR)
e25 = sum(r[5] for r in NOR_SKOLOR)
ch = round((e25 / e22 - 1) * 100, 2)
add("calculation", "hur mycket har elevantalet i nordanstigs grundskolor minskat från ht 2022 till ht 2025? i procent också",
    f"Från {e22} till {e25} elever, en minskning med {e22 - e25} elever eller {sv(abs(ch))} procent.",
    [N(e25 - e22, "st"), N(ch, "%")], [NX], [q_skola("Summa")])

bun = NOR_DRIFT[1]
share = round(bun[2] / bun[1] * 100, 2)
add("calculation", "Hur stor andel av sin budget hade Barn- och utbildningsnämnden i Nordanstig gjort av med efter augusti?",
    f"{f1(bun[2])} av {f1(bun[1])} mnkr, dvs ca {sv(share)} procent (åtta av tolv månader motsvarar 66,7 procent).",
    [N(share, "%")], [ND], [q_ndrift("Barn- och utbildningsnämnden")])

sgp = NOR_RES["Skatteintäkter"]["P25"] + NOR_RES["Generella statsbidrag och utjämning"]["P25"]
add("calculation", "Vad blir skatteintäkter och generella statsbidrag sammanlagt i Nordanstigs helårsprognos 2025?",
    f"457,8 + 220,9 = {f1(sgp)} mnkr.", [N(t(sgp), "mnkr")], [ND],
    [q_nres("Skatteintäkter"), q_nres("Generella statsbidrag och utjämning")])

l_sn, l_tot = -LYS_B25["Socialnämnden"], -sum(LYS_B25.values())
n_sn, n_tot = NOR_DRIFT[2][1], NOR_DRIFT_SUM[0]
ls, ns = round(l_sn / l_tot * 100, 2), round(n_sn / n_tot * 100, 2)
add("calculation", "Vilken kommun lägger störst andel av nämndernas budget 2025 på socialnämnden, Lysekil eller Nordanstig?",
    f"Nordanstig: {f1(n_sn)} av {f1(n_tot)} mnkr ≈ {sv(ns)} %. Lysekil: {f1(l_sn)} av {f1(l_tot)} mnkr ≈ {sv(ls)} %. "
    "Nordanstig har alltså en något större andel.",
    [N(ns, "%"), N(ls, "%")], [LB, ND],
    [q_drift("Socialnämnden"), q_drift("Summa nämnder"), q_ndrift("Socialnämnden"), q_ndrift("Summa nämnder")])

res3 = sum(LYS_RES["Årets resultat"][c] for c in ("B25", "P26", "P27"))
add("calculation", "lysekil resultat 2025 2026 2027 sammanlagt?",
    f"18,1 + 25,3 + 26,4 = {f1(res3)} mnkr för budget 2025 och planåren 2026–2027.",
    [N(t(res3), "mnkr")], [LB], [q_res("Årets resultat")])

rv = NOR_INVEST[1]
d = rv[3] - rv[1]
dp = round(d / rv[1] * 100, 1)
add("calculation", "Hur mycket lägre än budget är prognosen för reningsverket i Harmånger, i kronor och procent?",
    f"Prognos {f1(rv[3])} mnkr mot budget {f1(rv[1])} mnkr: {f1(abs(d))} mnkr lägre, dvs {sv(abs(dp))} procent.",
    [N(t(d), "mnkr"), N(dp, "%")], [ND], [q_ninv("Reningsverk Harmånger")])

# ---- multi_part (4)
add("multi_part", "Vem är kommunstyrelsens ordförande i Lysekil och vilken skattesats föreslås för 2025?",
    "Helena Strandberg (M) är kommunstyrelsens ordförande; skattesatsen är oförändrad 22,56 kronor per skattekrona.",
    [N(22.56, "kr")], [LB],
    ["Helena Strandberg (M) Kommunstyrelsens ordförande",
     "Majoriteten föreslår en oförändrad skattesats om 22,56 kronor per skattekrona."])
add("multi_part", "nordanstig: hur stort var resultatet jan-aug 2025 och vad är prognosen för helåret?",
    "Periodens resultat jan–aug 2025 är 21,4 mnkr; helårsprognosen är 11,3 mnkr (budget 12,0 mnkr).",
    [N(21.4, "mnkr"), N(11.3, "mnkr")], [ND], [q_nres("Periodens resultat")])
tot_f = sum(b for _, b in LYS_FORENING)
add("multi_part", "Hur mycket fick Brastads GoIF i föreningsbidrag, och hur mycket delade KS ut totalt?",
    f"Brastads GoIF fick 96 000 kronor. Totalt beviljades {fi(tot_f)} kronor till fem föreningar.",
    [N(96000, "kr"), N(tot_f, "kr")], [LD], ["Brastads GoIF Brastad 96 000", f"Summa {fi(tot_f)}"])
add("multi_part", "Förskolan Gläntan i Gnarp – hur många barn är inskrivna 2025 och hur många avdelningar finns?",
    "45 inskrivna barn 2025 (41 år 2024) och 3 avdelningar.", [N(45, "st"), N(3, "st")], [NX], [q_fsk("Gläntan")])

# ---- multi_doc (5)
add("multi_doc", "Hur stor marginal finns mellan Bohusbyggs kontrakt och den beslutade totalutgiften för Brastad-förskolan?",
    "Totalutgiften är 48 000 tkr och kontraktet 46,3 mnkr, så marginalen är 1,7 mnkr (för bl.a. inventarier och utemiljö).",
    [N(1.7, "mnkr"), N(48000, "tkr"), N(46.3, "mnkr")], [LH, LB],
    ["totalentreprenad för 46,3 miljoner kronor", q_inv("Förskola Brastad, nybyggnad")])
add("multi_doc", "Hur mycket finns kvar i kommunfullmäktiges reserv i Lysekil efter tilläggsanslaget till vinterväghållningen?",
    "Reserven är 5,0 mnkr i budget 2025; efter tilläggsanslaget på 1,4 mnkr återstår 3,6 mnkr.",
    [N(3.6, "mnkr")], [LB, LD],
    [q_drift("Kommunfullmäktiges reserv"),
     "bevilja samhällsbyggnadsnämnden ett tilläggsanslag om 1,4 miljoner kronor för vinterväghållning 2025"])
add("multi_doc", "Socialnämndens ordförande i Nordanstig pratar om placeringskostnader – hur mycket över budget ligger de, och vad vill nämnden göra åt det?",
    "Placeringarna av barn och unga överstiger budget med 4,1 mnkr. Nämnden vill bygga ut öppenvården på hemmaplan så att fler kan få hjälp utan att placeras.",
    [N(4.1, "mnkr")], [ND, NH],
    ["kostnader för placeringar av barn och unga som överstiger budget med 4,1 miljoner kronor",
     "Vi arbetar med att bygga ut öppenvården på hemmaplan så att fler kan få hjälp utan att placeras"])
diff_sn = l_sn - n_sn
add("multi_doc", "jämför socialnämndens budget 2025 i Lysekil och Nordanstig, hur stor är skillnaden?",
    f"Lysekil {f1(l_sn)} mnkr, Nordanstig {f1(n_sn)} mnkr; Lysekils är {f1(diff_sn)} mnkr större.",
    [N(t(diff_sn), "mnkr")], [LB, ND], [q_drift("Socialnämnden"), q_ndrift("Socialnämnden")])
add("multi_doc", "Vilken kommun har högst skattesats 2025, Lysekil eller Nordanstig, och med hur mycket?",
    "Nordanstig har 23,31 kr och Lysekil 22,56 kr; Nordanstigs skattesats är 0,75 kr högre.",
    [N(0.75, "kr"), N(23.31, "kr"), N(22.56, "kr")], [LB, ND],
    ["fastställa skattesatsen för 2025 till 22,56 kronor per skattekrona", "Skattesatsen för 2025 är 23,31 kronor."])

# ---- claim (6)
add("claim", "Stämmer det att Lysekil budgeterar ett resultat på 18,1 miljoner 2025?",
    "Ja, årets resultat budgeteras till 18,1 miljoner kronor (1,7 procent av skatter och bidrag).",
    [N(18.1, "mnkr")], [LB], ["Årets resultat budgeteras till 18,1 miljoner kronor"], verdict="supported")
add("claim", "Socialnämnden i Nordanstig går back 4,1 miljoner i år enligt delårsrapporten, eller hur?",
    "Nej. Socialnämnden prognostiserar ett underskott på 6,2 mnkr; 4,1 mnkr är den del som avser placeringar av barn och unga.",
    [N(6.2, "mnkr")], [ND], ["Socialnämnden prognostiserar ett underskott om 6,2 miljoner kronor."],
    verdict="contradicted")
add("claim", "Lokaltidningen skriver att Hassela skola fortfarande har 58 elever hösten 2025?",
    "Nej, Hassela skola har 47 elever HT 2025 (58 var HT 2022).", [N(47, "st")], [NX], [q_skola("Hassela skola")],
    verdict="contradicted")
add("claim", "Lysekils kommun påstår att nya förskolan i Brastad blir Sveriges första plusenergiförskola.",
    "Det finns inget sådant påstående i dokumenten.", refused=True, verdict="not_found")
add("claim", "andelen heltidsanställda i nordanstig är uppe i 84 %?",
    "Ja, andelen heltidsanställda är 84 procent (81 procent 2024), över målet på 80 procent.",
    [N(84, "%")], [ND], [q_pers("Andel heltidsanställda, %")], verdict="supported")
add("claim", "KS i Lysekil gav samhällsbyggnadsnämnden 2,4 miljoner extra för snöröjningen i mars.",
    "Nej, tilläggsanslaget för vinterväghållning var 1,4 miljoner kronor.", [N(1.4, "mnkr")], [LD],
    ["bevilja samhällsbyggnadsnämnden ett tilläggsanslag om 1,4 miljoner kronor för vinterväghållning 2025"],
    verdict="contradicted")

# ---- unanswerable (5)
add("unanswerable", "Vad var utfallet för utbildningsnämnden i Lysekil 2022?",
    "Dokumenten redovisar utfall endast för 2023, inte för 2022.", refused=True)
add("unanswerable", "hur stor budget har kultur- och fritidsnämnden i lysekil 2025",
    "Lysekil har ingen kultur- och fritidsnämnd i dokumenten (fritid och kultur ligger under samhällsbyggnadsnämnden); uppgiften finns inte.",
    refused=True)
add("unanswerable", "Vad blev Nordanstigs årets resultat för helåret 2025?",
    "Helårsutfallet finns inte i dokumenten; det finns bara en prognos i delårsrapporten.", refused=True)
add("unanswerable", "Vad blev det faktiska utfallet 2025 för förskolebygget i Brastad?",
    "Dokumenten innehåller bara budget och plan för projektet, inget utfall för 2025.", refused=True)
add("unanswerable", "Hur många elever gick på Bergsjö skola HT 2021?",
    "Statistiken börjar HT 2022; HT 2021 finns inte i dokumenten.", refused=True)

# ---- followup (4)
add("followup", "och året innan då?",
    "Budget 2024 för socialnämnden var –401,9 mnkr (nettokostnad).", [N(-401.9, "mnkr")], [LB],
    [q_drift("Socialnämnden")], history=["vad har socialnämnden i lysekil för budget 2025?"])
e23 = sum(r[3] for r in NOR_SKOLOR)
add("followup", "och i hela kommunen samma år?",
    f"HT 2023 hade Nordanstigs grundskolor sammanlagt {e23} elever.", [N(e23, "st")], [NX], [q_skola("Summa")],
    history=["Hur många elever hade Stocka skola HT 2023?"])
add("followup", "vad sa han om den nya förskolan?",
    "Peter Norlén (S) sa att det är den största satsningen på förskolan i Lysekil på många år och att barnen i Brastad får en modern förskola med bra lärmiljöer och en gård som inbjuder till lek.",
    docs=[LH], quotes=["Det här är den största satsningen på förskolan i Lysekil på många år. Barnen i Brastad får en modern förskola med bra lärmiljöer och en gård som inbjuder till lek, säger Peter Norlén (S), ordförande i utbildningsnämnden."],
    history=["Vem är ordförande i utbildningsnämnden i Lysekil?"])
bp = round((bun[3] - bun[1]) / bun[1] * 100, 2)
add("followup", "hur många procent över budget är det?",
    f"Prognosen {f1(bun[3])} mnkr ligger 2,5 mnkr eller ca {sv(bp)} procent över budgeten {f1(bun[1])} mnkr.",
    [N(bp, "%"), N(2.5, "mnkr")], [ND], [q_ndrift("Barn- och utbildningsnämnden")],
    history=["Vad har Barn- och utbildningsnämnden i Nordanstig för prognos för 2025?"])

# ---- english (4)
add("english", "What is Lysekil's total investment budget for 2025?",
    "The 2025 investment budget totals 40,300 tkr (about 40.3 mnkr) net.", [N(40300, "tkr")], [LB],
    [q_inv("Summa investeringar")], lang="en")
add("english", "How many permanent employees did Nordanstig have on 31 August 2025, and how does that compare with 2024?",
    "812 permanent employees, down 17 from 829 a year earlier.", [N(812, "st"), N(829, "st"), N(-17, "st")], [ND],
    [q_pers("Antal tillsvidareanställda 31 augusti")], lang="en")
add("english", "Who chairs socialnämnden in Nordanstig?",
    "Birgitta Lund (S) chairs the social services committee (socialnämnden).", docs=[ND],
    quotes=["Socialnämndens ordförande är Birgitta Lund (S)."], lang="en")
add("english", "What long-term liabilities (långfristiga skulder) does Lysekil plan for 2027?",
    f"{f1(LYS_BALANS['Långfristiga skulder'][3]).replace(',', '.')} mnkr in the 2027 plan (801,9 mnkr in the table).",
    [N(t(LYS_BALANS["Långfristiga skulder"][3]), "mnkr")], [LB], [q_bal("Långfristiga skulder")], lang="en")

assert len(Q) == 55, len(Q)
with open(OUT, "w", encoding="utf-8") as f:
    for q in Q:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")
print("wrote", OUT, len(Q))
