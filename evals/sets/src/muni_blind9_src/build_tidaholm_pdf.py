from pathlib import Path
from pdfkit import Doc, fmt
from tidaholm_data import *

OUT = Path("/work/main/evals/corpora/blind-muni9/tidaholm")
Y = YEARS
d = Doc("Tidaholms kommun – Mål och budget 2025 med plan 2026–2027", orientation="P", format="A4")

# 1 cover
d.add_page()
d.set_font("Helvetica", "B", 26); d.ln(60)
d.multi_cell(0, 12, "Mål och budget 2025\nmed plan för 2026–2027", align="C", new_x="LMARGIN", new_y="NEXT")
d.ln(10); d.set_font("Helvetica", size=13)
d.multi_cell(0, 7, "Tidaholms kommun\nBeslutad av kommunfullmäktige 2024-11-25, § 118\nDnr KS 2024/0213", align="C", new_x="LMARGIN", new_y="NEXT")

# 2 contents + inledning
d.add_page(); d.h1("Innehåll")
toc = [("Kommunstyrelsens ordförande har ordet", 3), ("Omvärld och förutsättningar", 4), ("Vision och övergripande mål", 5),
       ("Finansiella mål och nyckeltal", 6), ("Resultatbudget", 7), ("Balansbudget", 8), ("Kassaflödesbudget", 9),
       ("Driftbudget per nämnd", 10), ("Driftbudget per verksamhet", 12), ("Investeringsbudget", 14),
       ("Nämndernas nyckeltal", 16), ("Skattesats, taxor och ordlista", 17)]
d.set_font("Helvetica", size=11)
for t, p in toc:
    d.cell(150, 7, t); d.cell(0, 7, str(p), align="R", new_x="LMARGIN", new_y="NEXT")
d.ln(6); d.h2("Om dokumentet")
d.para("Mål och budget är kommunens viktigaste styrdokument. Här beslutar kommunfullmäktige om mål, ekonomiska ramar "
       "för nämnderna, investeringar och skattesats för det kommande året samt plan för de två följande åren. "
       "Samtliga belopp anges i miljoner kronor (mnkr) om inget annat anges. Kostnader och underskott redovisas med "
       "minustecken i driftbudgeten. Investeringsbudgeten redovisas i tusentals kronor (tkr).")
d.para("Budgeten har tagits fram av kommunledningsförvaltningen under våren och hösten 2024 i dialog med nämnderna. "
       "Budgetberedningen har bestått av kommunstyrelsens arbetsutskott. Underlaget bygger på Sveriges Kommuner och "
       "Regioners (SKR) skatteunderlagsprognos från oktober 2024.")

# 3 ordförande
d.add_page(); d.h1("Kommunstyrelsens ordförande har ordet")
d.para("Tidaholm står inför några år där kostnaderna för välfärden ökar snabbare än intäkterna. Antalet äldre över 80 år "
       "växer samtidigt som antalet barn i förskoleålder minskar något. Det ställer krav på att vi prioriterar och "
       "ställer om verksamheterna i god tid.")
d.para("Trots ett tufft läge föreslår vi en budget med ett resultat på 21,1 miljoner kronor för 2025, vilket motsvarar "
       "två procent av skatteintäkter och generella statsbidrag. Det är en nivå som gör att vi kan finansiera en större "
       "del av våra investeringar utan att låna. Skattesatsen lämnas oförändrad på 21,84 kronor.")
d.para("Nämnderna får sammantaget 39,5 miljoner kronor mer i ramar än i budget 2024. Den största förstärkningen går "
       "till socialnämnden, som får 18,6 miljoner kronor mer för att möta ett ökat behov inom särskilt boende och "
       "hemtjänst. Barn- och utbildningsnämnden får ett tillskott på 12,7 miljoner kronor.")
d.para("Vi fortsätter också att investera för framtiden. Den nya förskolan på Ekedalen, med plats för 120 barn, "
       "beräknas stå klar hösten 2026 och är årets största investering. Totalt planerar vi investeringar för "
       "122,2 miljoner kronor under 2025.")
d.para("Helena Bergqvist (S)\nKommunstyrelsens ordförande")

# 4 omvärld
d.add_page(); d.h1("Omvärld och förutsättningar")
d.h2("Samhällsekonomin")
d.para("Svensk ekonomi har under 2023 och 2024 präglats av hög inflation och stigande räntor. SKR bedömer att "
       "skatteunderlaget växer med 3,9 procent 2025, vilket är lägre än de senaste årens nominella ökningstakt. "
       "Pensionskostnaderna ökar kraftigt 2025 till följd av den höga inflationen 2023, men väntas minska därefter.")
d.h2("Befolkning")
d.para("Den 31 december 2023 hade Tidaholms kommun 12 968 invånare, en minskning med 34 personer jämfört med året "
       "innan. I budgeten räknar vi med 12 950 invånare den 1 november 2024, vilket är det antal som ligger till "
       "grund för beräkningen av skatteintäkterna 2025. Befolkningsprognosen visar att antalet invånare som är 80 år "
       "eller äldre ökar med omkring 40 personer per år under planperioden.")
d.h2("Skatteintäkter och statsbidrag")
d.caption("Tabell 1. Skatteintäkter och generella statsbidrag, belopp i mnkr")
rows = [["Skatteintäkter"] + [fmt(v) for v in SKATT],
        ["Generella statsbidrag och utjämning"] + [fmt(v) for v in BIDRAG],
        ["Summa skatter och statsbidrag"] + [fmt(v) for v in SKATTBIDRAG]]
d.table(["Mnkr"] + Y, rows, [60, 22, 22, 22, 22, 22])
d.para("Summan av skatteintäkter och generella statsbidrag ökar med 42,5 miljoner kronor mellan budget 2024 och "
       "budget 2025. Kommunen har inte tagit höjd för eventuella nya riktade statsbidrag som kan aviseras under 2025.")

# 5 mål
d.add_page(); d.h1("Vision och övergripande mål")
d.para("Vision 2030: Tidaholm – en levande kommun där människor och företag växer.")
d.para("Kommunfullmäktige har fastställt fyra övergripande mål för mandatperioden 2023–2026:")
for t in ["1. Tidaholm ska vara en attraktiv kommun att bo och leva i, med ökande befolkning i åldern 20–44 år.",
          "2. Alla barn och elever ska få förutsättningar att nå kunskapsmålen. Andelen elever i årskurs 9 som är "
          "behöriga till gymnasieskolans yrkesprogram ska öka till minst 85 procent.",
          "3. Äldre och personer med funktionsnedsättning ska få en trygg och självständig vardag.",
          "4. Kommunen ska ha en hållbar ekonomi och vara en attraktiv arbetsgivare. Sjukfrånvaron bland "
          "kommunens medarbetare ska understiga 7,0 procent senast 2026."]:
    d.para(t)
d.h2("Uppföljning")
d.para("Målen följs upp i delårsrapporten per den 31 augusti och i årsredovisningen. Varje nämnd ska i sin "
       "verksamhetsplan ange hur nämnden bidrar till de övergripande målen.")

# 6 finansiella mål
d.add_page(); d.h1("Finansiella mål och nyckeltal")
d.para("Kommunfullmäktige har beslutat om tre finansiella mål för god ekonomisk hushållning:")
d.para("- Resultatet ska uppgå till minst 2,0 procent av skatteintäkter och generella statsbidrag i genomsnitt över "
       "en rullande femårsperiod.\n- Skattefinansierade investeringar ska finansieras med egna medel till minst "
       "70 procent över planperioden.\n- Soliditeten inklusive hela pensionsförpliktelsen ska inte understiga 30 procent.")
res_pct = [round(RESULT[i] / SKATTBIDRAG[i] * 1000) for i in range(5)]
sol = [round(EK[i] / TILLG[i] * 1000) for i in range(5)]
sjf = [None] + [round((RESULT[i] - AVSKR[i]) / INVEST[i] * 1000) for i in range(1, 5)]
sjf[0] = 612
nka = [round(-(NETTOKOSTNAD[i] + FININT[i] + FINKOST[i]) / SKATTBIDRAG[i] * 1000) for i in range(5)]
lpi = [round(LANG[i] * 100000 / INVANARE[i]) for i in range(5)]
NYCKEL = {"res_pct": res_pct, "sol": sol, "sjf": sjf, "nka": nka, "lpi": lpi}
d.caption("Tabell 2. Finansiella nyckeltal")
rows = [["Invånare 31/12, antal"] + [fmt(v, 0) for v in INVANARE],
        ["Skattesats, kr"] + ["21,84"] * 5,
        ["Resultat, mnkr"] + [fmt(v) for v in RESULT],
        ["Resultat i % av skatter och bidrag"] + [fmt(v) for v in res_pct],
        ["Nettokostnadsandel, %"] + [fmt(v) for v in nka],
        ["Självfinansieringsgrad invest., %"] + [fmt(v) for v in sjf],
        ["Soliditet, %"] + [fmt(v) for v in sol],
        ["Långfristiga skulder, mnkr"] + [fmt(v) for v in LANG],
        ["Långfristiga skulder per inv., kr"] + [fmt(v, 0) for v in lpi]]
d.table(["Nyckeltal"] + Y, rows, [60, 22, 22, 22, 22, 22])
d.para("Nettokostnadsandelen visar hur stor del av skatteintäkter och generella statsbidrag som går åt till den "
       "löpande verksamheten inklusive finansnetto. En andel under 100 procent innebär ett positivt resultat.")

# 7 resultatbudget
d.add_page(); d.h1("Resultatbudget")
d.caption("Tabell 3. Resultatbudget, belopp i mnkr")
rows = [["Verksamhetens intäkter"] + [fmt(v) for v in INTAKTER],
        ["Verksamhetens kostnader"] + [fmt(v) for v in KOSTNADER],
        ["Avskrivningar"] + [fmt(v) for v in AVSKR],
        ["Verksamhetens nettokostnader"] + [fmt(v) for v in NETTOKOSTNAD],
        ["Skatteintäkter"] + [fmt(v) for v in SKATT],
        ["Generella statsbidrag och utjämning"] + [fmt(v) for v in BIDRAG],
        ["Verksamhetens resultat"] + [fmt(v) for v in VERKRES],
        ["Finansiella intäkter"] + [fmt(v) for v in FININT],
        ["Finansiella kostnader"] + [fmt(v) for v in FINKOST],
        ["Resultat efter finansiella poster"] + [fmt(v) for v in EFTERFIN],
        ["Årets resultat"] + [fmt(v) for v in RESULT]]
d.table(["Mnkr"] + Y, rows, [60, 22, 22, 22, 22, 22], bold=("Verksamhetens nettokostnader", "Verksamhetens resultat", "Årets resultat"))
d.para("Verksamhetens nettokostnader ökar med 3,3 procent mellan budget 2024 och budget 2025. De finansiella "
       "kostnaderna ökar till följd av nyupplåning för investeringar och en högre genomsnittlig ränta, som i "
       "budgeten beräknas till 3,2 procent. Pensionskostnaderna ingår i verksamhetens kostnader.")

# 8 balansbudget
d.add_page(); d.h1("Balansbudget")
d.caption("Tabell 4. Balansbudget per 31 december, belopp i mnkr")
rows = [["Tillgångar"],
        ["Anläggningstillgångar"] + [fmt(v) for v in ANL],
        ["Omsättningstillgångar"] + [fmt(v) for v in OMS],
        ["Summa tillgångar"] + [fmt(v) for v in TILLG],
        ["Eget kapital, avsättningar och skulder"],
        ["Eget kapital"] + [fmt(v) for v in EK],
        ["  varav årets resultat"] + [fmt(v) for v in RESULT],
        ["Avsättningar för pensioner"] + [fmt(v) for v in AVS],
        ["Långfristiga skulder"] + [fmt(v) for v in LANG],
        ["Kortfristiga skulder"] + [fmt(v) for v in KORT],
        ["Summa eget kapital och skulder"] + [fmt(v) for v in EKS]]
d.table(["Mnkr"] + Y, rows, [60, 22, 22, 22, 22, 22])
d.para("Ansvarsförbindelsen för pensioner intjänade före 1998 uppgick vid bokslutet 2023 till 287,4 mnkr inklusive "
       "löneskatt och beräknas minska till 266,0 mnkr vid utgången av 2025.")
d.para("Kommunens borgensåtaganden för de helägda bolagen Tidaholms Bostads AB och Tidaholms Energi AB uppgår till "
       "sammanlagt 642,0 mnkr. Borgensramen för 2025 är oförändrad.")

# 9 kassaflöde (parentheses)
d.add_page(); d.h1("Kassaflödesbudget")
d.caption("Tabell 5. Kassaflödesbudget, belopp i mnkr (negativa belopp inom parentes)")
P = lambda v: fmt(v, paren=True)
rng = range(1, 5)
rows = [["Den löpande verksamheten"],
        ["Årets resultat"] + [P(RESULT[i]) for i in rng],
        ["Justering för avskrivningar"] + [P(-AVSKR[i]) for i in rng],
        ["Justering för avsättningar"] + [P(DAVS[i]) for i in rng],
        ["Förändring av kortfristiga skulder"] + [P(DKORT[i]) for i in rng],
        ["Medel från den löpande verksamheten"] + [P(LOPANDE[i]) for i in rng],
        ["Investeringsverksamheten"],
        ["Investering i materiella tillgångar"] + [P(-INVEST[i]) for i in rng],
        ["Medel från investeringsverksamheten"] + [P(-INVEST[i]) for i in rng],
        ["Finansieringsverksamheten"],
        ["Nyupptagna lån"] + [P(LAN[i]) for i in rng],
        ["Medel från finansieringsverksamheten"] + [P(LAN[i]) for i in rng],
        ["Årets kassaflöde"] + [P(KASSA[i]) for i in rng],
        ["Likvida medel vid årets början"] + [P(LIKV_END[i - 1]) for i in rng],
        ["Likvida medel vid årets slut"] + [P(LIKV_END[i]) for i in rng]]
d.table(["Mnkr"] + Y[1:], rows, [74, 24, 24, 24, 24],
        bold=("Medel från den löpande verksamheten", "Medel från investeringsverksamheten", "Medel från finansieringsverksamheten", "Årets kassaflöde"))
d.para("Kommunen planerar att låna 46,9 mnkr under 2025. Upplåningen sker via Kommuninvest.")

# 10-11 driftbudget per nämnd
hdr = ["Nämnd, mnkr", "Bokslut 2023", "Budget 2024", "Budget 2025", "Förändring", "Plan 2026", "Plan 2027"]
W = [58, 19, 19, 19, 19, 19, 19]
def drow(name, v):
    return [name, fmt(v[0]), fmt(v[1]), fmt(v[2]), fmt(v[2] - v[1], plus=True), fmt(v[3]), fmt(v[4])]
d.add_page(); d.h1("Driftbudget per nämnd")
d.para("Driftbudgeten anger den nettokostnadsram som respektive nämnd tilldelas. Förändring avser skillnaden "
       "mellan budget 2025 och budget 2024. Ett minustecken i kolumnen Förändring innebär en utökad ram.")
d.caption("Tabell 6. Driftbudget per nämnd, belopp i mnkr")
rows = []
for (sec, rs), ss in list(zip(SECTIONS, SEC_SUMS))[:2]:
    rows.append([sec]); rows += [drow(n, v) for n, v in rs]; rows.append(drow(f"Summa {sec.lower()}", ss))
d.table(hdr, rows, W, size=8.5)
d.para("Kommunstyrelsens ram inkluderar kommunledningsförvaltningen, räddningstjänsten och kostnaderna för "
       "medlemskapet i Skaraborgs kommunalförbund. Valnämndens ram varierar med valåren; 2026 är ett valår.")
d.add_page(); d.h2("Driftbudget per nämnd (forts.)")
d.caption("Tabell 6 (forts.). Driftbudget per nämnd, belopp i mnkr")
sec, rs = SECTIONS[2]
rows = [[sec]] + [drow(n, v) for n, v in rs] + [drow("Summa samhälle", SEC_SUMS[2]),
        drow("Summa nämnder", NAMNDER), drow("Finansförvaltning", FINANSF),
        drow("Verksamhetens nettokostnader", NETTOKOSTNAD)]
d.table(hdr, rows, W, size=8.5, bold=("Verksamhetens nettokostnader",))
d.para("Finansförvaltningen omfattar bland annat interna kapitalkostnader, pensionsutbetalningar, personalomkostnads"
       "pålägg och en central reserv för oförutsedda kostnader. Reserven uppgår 2025 till 6,0 mnkr och disponeras av "
       "kommunstyrelsen.")
d.para("I nämndernas ramar för 2025 ingår kompensation för löneökningar med 3,5 procent och för övriga "
       "kostnadsökningar med 2,0 procent. Samhällsbyggnadsnämnden har fått ett särskilt tillskott på 0,8 mnkr "
       "för vinterväghållning.")

# 12-13 landscape per verksamhet
def vh_page(title, name, vh, tot25, tot24, cap):
    d.add_page(orientation="L"); d.h1(title)
    d.caption(cap)
    hdr = ["Verksamhet", "Intäkter 2025", "Kostnader 2025", "Netto budget 2025", "Netto budget 2024", "Förändring", "Förändring, %", "Andel av nämndens netto, %"]
    W = [58, 24, 26, 28, 28, 22, 26, 40]
    rows = []
    for n, inc, n25, n24 in vh + [(f"Summa {name}", sum(r[1] for r in vh), tot25, tot24)]:
        rows.append([n, fmt(inc), fmt(n25 - inc), fmt(n25), fmt(n24), fmt(n25 - n24, plus=True),
                     fmt(round((n25 - n24) / n24 * 1000)), fmt(round(n25 / tot25 * 1000))])
    d.table(hdr, rows, W, size=9)
vh_page("Driftbudget per verksamhet – Barn- och utbildningsnämnden", "barn- och utbildningsnämnden", BUN_VH, -4416, -4289,
        "Tabell 7. Barn- och utbildningsnämnden, budget 2025 per verksamhet, belopp i mnkr")
d.para("Förskolan minskar med en avdelning i Ekedalens område i avvaktan på den nya förskolan. Kostnaden per elev i "
       "grundskolan beräknas till 118 400 kronor 2025. Gymnasieskolans kostnader påverkas av interkommunala "
       "ersättningar till andra huvudmän i Skaraborg.")
vh_page("Driftbudget per verksamhet – Socialnämnden", "socialnämnden", SN_VH, -4298, -4112,
        "Tabell 8. Socialnämnden, budget 2025 per verksamhet, belopp i mnkr")
d.para("Särskilt boende utökas med 8 platser på Ekhagen från den 1 mars 2025. Hemtjänstens budget bygger på "
       "148 000 beviljade timmar under året. Kostnaden för försörjningsstöd har ökat under 2024 och budgeten har "
       "räknats upp med 0,7 mnkr.")

# 14-15 investeringsbudget portrait, continuing
ihdr = ["Projekt, tkr", "Budget 2025", "Plan 2026", "Plan 2027", "Summa 2025–2027"]
IW = [76, 22, 22, 22, 28]
def irows(part):
    rows = []
    for nm, ps in part:
        rows.append([nm])
        for p in ps:
            rows.append([p[0], fmt(p[1], 0), fmt(p[2], 0), fmt(p[3], 0), fmt(p[1] + p[2] + p[3], 0)])
        s = [sum(p[k] for p in ps) for k in (1, 2, 3)]
        rows.append([f"Summa {nm.lower()}", fmt(s[0], 0), fmt(s[1], 0), fmt(s[2], 0), fmt(sum(s), 0)])
    return rows
d.add_page(orientation="P"); d.h1("Investeringsbudget")
d.para("Investeringsbudgeten omfattar skattefinansierade och avgiftsfinansierade investeringar. Beloppen anges i "
       "tusentals kronor (tkr). Projekt som inte har påbörjats före den 30 juni 2025 ska prövas på nytt av "
       "kommunstyrelsen innan medel tas i anspråk.")
d.caption("Tabell 9. Investeringsbudget 2025–2027, belopp i tkr")
d.table(ihdr, irows(INV[:3]), IW, size=8.5)
d.add_page(); d.h2("Investeringsbudget (forts.)")
d.caption("Tabell 9 (forts.). Investeringsbudget 2025–2027, belopp i tkr")
rows = irows(INV[3:]) + [["Summa investeringar", fmt(INV_TOT[0], 0), fmt(INV_TOT[1], 0), fmt(INV_TOT[2], 0), fmt(sum(INV_TOT), 0)]]
d.table(ihdr, rows, IW, size=8.5)
d.para("Förnyelsen av va-ledningar finansieras via va-taxan. Ombyggnaden av Ekhagens äldreboende omfattar 24 "
       "lägenheter och beräknas kosta totalt 46,5 mnkr, varav 2,0 mnkr upparbetades under 2024.")

# 16 nämndernas nyckeltal, landscape
d.add_page(orientation="L"); d.h1("Nämndernas nyckeltal")
d.caption("Tabell 10. Verksamhetsmått och nyckeltal per nämnd")
nh = ["Nyckeltal", "Nämnd", "Utfall 2022", "Utfall 2023", "Budget 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
NW = [80, 40, 24, 24, 24, 24, 24, 24]
nrows = [["Antal barn i förskola", "BUN", "598", "585", "570", "556", "560", "565"],
         ["Antal elever i grundskola (F–9)", "BUN", "1 402", "1 417", "1 425", "1 430", "1 421", "1 410"],
         ["Kostnad per elev grundskola, kr", "BUN", "106 900", "112 300", "115 600", "118 400", "121 200", "124 000"],
         ["Platser i särskilt boende", "SN", "142", "142", "142", "150", "150", "174"],
         ["Beviljade hemtjänsttimmar", "SN", "139 500", "143 200", "145 000", "148 000", "151 000", "154 000"],
         ["Hushåll med försörjningsstöd, antal/mån", "SN", "178", "186", "190", "195", "195", "195"],
         ["Besök i simhallen", "KFN", "41 200", "43 900", "44 000", "45 000", "30 000", "45 000"],
         ["Handlagda bygglovsärenden", "MBN", "312", "268", "290", "280", "290", "300"],
         ["Plogade vägar, km", "SBN", "96", "96", "98", "98", "98", "98"]]
d.table(nh, nrows, NW, size=9)
d.para("BUN = barn- och utbildningsnämnden, SN = socialnämnden, KFN = kultur- och fritidsnämnden, MBN = miljö- och "
       "byggnadsnämnden, SBN = samhällsbyggnadsnämnden. Simhallen är stängd under delar av 2026 på grund av renovering.")

# 17 taxor och ordlista
d.add_page(orientation="P"); d.h1("Skattesats, taxor och ordlista")
d.h2("Skattesats")
d.para("Kommunalskatten för 2025 fastställs till 21,84 kronor per skattekrona, oförändrat jämfört med 2024. "
       "Tillsammans med Västra Götalandsregionens skattesats om 11,48 kronor blir den sammanlagda skattesatsen "
       "33,32 kronor exklusive kyrkoavgift och begravningsavgift.")
d.h2("Taxor och avgifter")
d.para("Va-taxan höjs med 6 procent från den 1 januari 2025. Avfallstaxan höjs med 4 procent. Maxtaxan i förskolan "
       "följer Skolverkets beslut. Timtaxan för miljö- och byggnadsnämndens tillsyn höjs från 1 180 kronor till "
       "1 240 kronor.")
d.h2("Ordlista")
for t in ["Avskrivning – planmässig värdeminskning av anläggningstillgångar.",
          "Balansbudget – visar den planerade ekonomiska ställningen vid årets slut.",
          "Kassaflödesbudget – visar hur likvida medel förändras under året.",
          "Nettokostnad – kostnader minus intäkter som verksamheten själv genererar.",
          "Soliditet – eget kapital i förhållande till totala tillgångar; mäter långsiktig betalningsförmåga.",
          "Självfinansieringsgrad – hur stor del av investeringarna som kan finansieras med årets resultat och avskrivningar."]:
    d.para(t)

d.output(str(OUT / "tidaholm-mal-och-budget-2025.pdf"))
import json
json.dump(NYCKEL, open("/tmp/tid_nyckel.json", "w"))
print("pages", d.page_no())
