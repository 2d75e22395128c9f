"""Writes evals/sets/dev/muni_dev38.jsonl (55 questions over evals/corpora/dev-muni38)."""
import json, os

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "evals", "sets", "dev", "muni_dev38.jsonl")
C = "evals/corpora/dev-muni38"
B = C + "/bjuv/"
O = C + "/orkelljunga/"
BB = B + "mal-och-budget-2025.pdf"
BA = B + "arsredovisning-2024.pdf"
BH = B + "sa-anvands-din-skatt.html"
BD = B + "protokoll-kommunstyrelsen-2025-03-11.docx"
BX = B + "nyckeltal-verksamheter.xlsx"
BP = B + "pressmeddelande-bokslut-2024.md"
OB = O + "budget-och-plan-2025-2027.pdf"
OD = O + "delarsrapport-jan-aug-2025.pdf"
OH = O + "finansiell-information.html"
OP = O + "protokoll-kf-2025-04-24.docx"
OX = O + "driftbudget-per-verksamhet-2025.xlsx"
OT = O + "pressmeddelande-simhall.txt"

BB_DRIFT_H = "Nämnd 2024 2025 2026 2027 2024–2025 % 2025"
BB_RB_H = "Not 2023 2024 2025 2026 2027"
BB_INV_H = "Projekt 2025 2026 2027 2025–2027"
OB_DRIFT_H = "Nämnd 2024 2025 2026 2027 kr/inv 2025"
OB_RB_H = "Utfall Budget Budget Plan Plan"
OB_INV_H = "Projekt Budget 2025 Plan 2026 Plan 2027 Totalt"

Q = []


def q(cat, question, answer, numbers=(), docs=(), quotes=(), lang="sv", history=(), refused=False, verdict=None):
    Q.append({"category": cat, "language": lang, "question": question, "history": list(history),
              "gold": {"answer": answer, "numbers": [{"value": v, "unit": u} for v, u in numbers],
                       "docs": list(docs), "quotes": list(quotes), "refused": refused, "verdict": verdict}})


# ---------------- table_lookup (9)
q("table_lookup", "vad har bun i bjuv för budget 2025?",
  "Barn- och utbildningsnämnden i Bjuv har en nettokostnadsram på -498,7 mnkr i budget 2025.",
  [(-498.7, "mnkr")], [BB],
  ["Barn- och utbildningsnämnden -481,2 -498,7 -509,3 -520,1 -17,5 3,6 30 614", BB_DRIFT_H])
q("table_lookup", "Hur stora skatteintäkter räknar Örkelljunga med i plan 2027?",
  "Örkelljunga räknar med skatteintäkter på 611,8 mnkr i plan 2027.",
  [(611.8, "mnkr")], [OB],
  ["Skatteintäkter 528,4 549,0 571,6 591,2 611,8", OB_RB_H, "2023 2024 2025 2026 2027"])
q("table_lookup", "hur mkt ska konstgräsplanen på bjuvs ip kosta 2025",
  "Konstgräsplan Bjuvs IP är budgeterad till 7 800 tkr för 2025 (inget 2026–2027).",
  [(7800, "tkr")], [BB],
  ["Konstgräsplan Bjuvs IP 7 800 0 0 7 800", BB_INV_H])
q("table_lookup", "vad kostar socialnämnden per invånare i örkelljunga 2025?",
  "Socialnämndens nettokostnad 2025 motsvarar 25 658 kronor per invånare.",
  [(25658, "kr")], [OB],
  ["Socialnämnden -255 300 -268 900 -276 800 -284 700 25 658", OB_DRIFT_H])
q("table_lookup", "Vad blev utfallet för vård- och omsorgsnämnden i Bjuv 2024?",
  "Utfallet blev -344,6 mnkr mot en budget på -338,9 mnkr, en avvikelse på -5,7 mnkr.",
  [(-344.6, "mnkr")], [BA],
  ["Vård- och omsorgsnämnden -338,9 -344,6 -5,7", "Nämnd Budget 2024 Utfall 2024 Avvikelse"])
q("table_lookup", "vad var soliditeten i örkelljunga kommun 2022",
  "Soliditeten var 41,2 procent 2022.",
  [(41.2, "%")], [OH],
  ["Soliditet, % | 41,2 | 40,5 | 39,8", "Nyckeltal | 2022 | 2023 | 2024"])
q("table_lookup", "hur många kronor av en hundralapp i skatt går till äldreomsorgen i bjuv?",
  "19 kronor av 100 går till äldreomsorgen (nettokostnad 206,5 mnkr i budget 2025).",
  [(19, "kr")], [BH],
  ["Äldreomsorg | 19 | 206,5", "Verksamhet | Kronor av 100 | Nettokostnad 2025, mnkr"])
q("table_lookup", "Hur mycket av simhallsrenoveringen i Örkelljunga är ventilation och reningsteknik?",
  "Ventilation och reningsteknik är kalkylerad till 14 200 tkr av totalt 45 000 tkr.",
  [(14200, "tkr")], [OP],
  ["Ventilation och reningsteknik | 14 200", "Kostnadspost | Belopp, tkr"])
q("table_lookup", "hur många elever gick i grundskolan i bjuv 2022?",
  "1 931 elever i grundskolan 2022.",
  [(1931, "st")], [BX],
  ["2022 | 16102 | 981 | 1931 | 326 | 142 | 65410",
   "År | Invånare 31 dec | Barn i förskola | Elever i grundskola | Brukare med hemtjänst | Platser särskilt boende | Nettokostnad per invånare, kr"])

# ---------------- calculation (9)
q("calculation", "hur mycket ökar vård- och omsorgsnämndens ram i bjuv från budget 2025 till plan 2027?",
  "Från -352,6 mnkr (2025) till -370,4 mnkr (2027), dvs. en ökning av nettokostnaden med 17,8 mnkr.",
  [(17.8, "mnkr")], [BB],
  ["Vård- och omsorgsnämnden -338,9 -352,6 -361,0 -370,4 -13,7 4,0 21 645", BB_DRIFT_H])
q("calculation", "Hur stor andel av nämndernas totala budget 2025 går till socialnämnden i Örkelljunga?",
  "268 900 tkr av 727 800 tkr, dvs. cirka 36,9 procent.",
  [(36.9, "%")], [OB],
  ["Socialnämnden -255 300 -268 900 -276 800 -284 700 25 658",
   "Summa nämnder -693 660 -727 800 -746 700 -766 510 69 447"])
q("calculation", "hur stort var underskottet för bun och vård och omsorg tillsammans i bjuv 2024",
  "Barn- och utbildningsnämnden -3,9 mnkr och vård- och omsorgsnämnden -5,7 mnkr, tillsammans -9,6 mnkr.",
  [(-9.6, "mnkr")], [BA],
  ["Barn- och utbildningsnämnden -481,2 -485,1 -3,9", "Vård- och omsorgsnämnden -338,9 -344,6 -5,7"])
q("calculation", "Hur stor del av barn- och utbildningsnämndens nettobudget 2025 i Örkelljunga är förskolan, i procent?",
  "Förskolan -84 400 tkr av nämndens -312 600 tkr, dvs. cirka 27,0 procent.",
  [(27.0, "%")], [OX],
  ["Förskola | 14200 | -98600 | -84400", "Summa barn- och utbildningsnämnden | 27500 | -340100 | -312600"])
q("calculation", "hur mycket har nettokostnaden per invånare ökat i bjuv mellan 2020 och 2024, i procent?",
  "Från 61 240 kr till 70 210 kr, en ökning med 8 970 kr eller cirka 14,6 procent.",
  [(14.6, "%"), (8970, "kr")], [BX],
  ["2020 | 15892 | 968 | 1874 | 312 | 142 | 61240", "2024 | 16236 | 984 | 1976 | 339 | 142 | 70210"])
q("calculation", "Hur mycket investerar Örkelljunga totalt 2025–2027 om man räknar bort simhallen?",
  "Totalt 116,7 mnkr minus simhallen 45,0 mnkr = 71,7 mnkr.",
  [(71.7, "mnkr")], [OB],
  ["Summa investeringar 46,7 53,0 17,0 116,7", "Renovering av Örkelljunga simhall 18,0 27,0 0,0 45,0"])
q("calculation", "vad är bjuvs genomsnittliga budgeterade resultat för 2025-2027?",
  "(21,4 + 21,5 + 23,6) / 3 ≈ 22,2 mnkr per år.",
  [(22.2, "mnkr")], [BB],
  ["Årets resultat 20,2 14,7 21,4 21,5 23,6", BB_RB_H])
q("calculation", "Hur många procent av årsbudgeten hade socialnämnden i Örkelljunga förbrukat efter augusti 2025?",
  "Utfall jan–aug -189 700 tkr av budget -268 900 tkr, dvs. cirka 70,5 procent.",
  [(70.5, "%")], [OD],
  ["Socialnämnden -268 900 -189 700 -283 200 -14 300", "Nämnd 2025 jan–aug 2025 helår 2025 budget"])
q("calculation", "hur mycket har antalet 80+ ökat i örkelljunga från 2020 till 2024?",
  "Från 536 till 596 personer, en ökning med 60 personer (cirka 11,2 procent).",
  [(60, "st"), (11.2, "%")], [OX],
  ["2020 | 812 | 1298 | 6014 | 1652 | 536 | 10312", "2024 | 801 | 1351 | 6004 | 1695 | 596 | 10447"])

# ---------------- lookup (5)
q("lookup", "vem är kommunstyrelsens ordförande i bjuv?",
  "Anna-Karin Lövgren (M).", [], [BB], ["Anna-Karin Lövgren (M) Kommunstyrelsens ordförande"])
q("lookup", "När stänger simhallen i Örkelljunga för renovering?",
  "Den 1 oktober 2025; den beräknas öppna igen i januari 2027.", [], [OT],
  ["Simhallen stänger den 1 oktober 2025 och beräknas öppna igen i januari 2027."])
q("lookup", "vilka reserverade sig mot beslutet om tilläggsanslag till vård och omsorg på ks i bjuv i mars?",
  "Leila Haddad (S), Tomas Edvall (S) och Sofia Alm (V).", [], [BD],
  ["Reservation: Leila Haddad (S), Tomas Edvall (S) och Sofia Alm (V) reserverar sig mot beslutet till förmån för eget yrkande."])
q("lookup", "vem valdes till ersättare i barn- och utbildningsnämnden i örkelljunga i april 2025",
  "Sara Nilsson (KD), för tiden till och med 2026-12-31.", [], [OP],
  ["Kommunfullmäktige väljer Sara Nilsson (KD) till ersättare i barn- och utbildningsnämnden för tiden till och med 2026-12-31."])
q("lookup", "När uppdaterades sidan Så används din skatt på Bjuvs kommuns webbplats senast?",
  "Den 2025-02-03 (publicerad 2025-01-15).", [], [BH],
  ["Publicerad: 2025-01-15 · Senast uppdaterad: 2025-02-03"])

# ---------------- text_amount (5)
q("text_amount", "hur mycket extra pengar får förskolan i bjuv i budgeten 2025",
  "Förskolan tillförs 4,7 miljoner kronor för att minska barngruppernas storlek.",
  [(4.7, "mnkr")], [BB],
  ["Samtidigt tillförs förskolan 4,7 miljoner kronor för att minska barngruppernas storlek"])
q("text_amount", "Hur mycket av överskottet vill Bjuv lägga på föreningslivet?",
  "700 000 kronor, som tillfälligt stöd till föreningar för barn och unga under 2025.",
  [(700000, "kr")], [BP],
  ["Kommunstyrelsen föreslår också att 700 000 kronor av överskottet används till ett tillfälligt stöd till föreningar som driver verksamhet för barn och unga under 2025."])
q("text_amount", "vad kostar bussarna till klippan när simhallen i örkelljunga är stängd",
  "Kommunen avsätter 420 000 kronor för busstransporter till och från Klippan under läsåret 2025/2026.",
  [(420000, "kr")], [OT],
  ["Kommunen avsätter 420 000 kronor för busstransporter till och från Klippan under läsåret 2025/2026."])
q("text_amount", "Hur stort underskott prognostiserar socialnämnden i Örkelljunga för 2025 enligt delårsrapporten?",
  "Ett underskott på -14,3 miljoner kronor, främst inom försörjningsstöd och placeringar av barn och unga.",
  [(-14.3, "mnkr")], [OD],
  ["Socialnämnden prognostiserar ett underskott på -14,3 miljoner kronor"])
q("text_amount", "vad skulle solceller på alla skolor i bjuv kosta enligt motionen?",
  "Samhällsbyggnadsnämnden bedömer kostnaden till 5,6 miljoner kronor.",
  [(5.6, "mnkr")], [BD],
  ["Samhällsbyggnadsnämnden bedömer kostnaden till 5,6 miljoner kronor."])

# ---------------- multi_doc (5)
q("multi_doc", "vilken av kommunerna bjuv och örkelljunga har högst kommunalskatt?",
  "Örkelljunga: 22,19 kronor mot Bjuvs 22,09 kronor, dvs. 0,10 kronor högre.",
  [(22.19, "kr"), (22.09, "kr")], [BH, OB],
  ["År 2025 är skattesatsen i Bjuvs kommun 22,09 kronor per intjänad hundralapp.",
   "vi håller skattesatsen oförändrad på 22,19 kronor"])
q("multi_doc", "Jämför det budgeterade resultatet för 2025 i Bjuv och Örkelljunga.",
  "Bjuv budgeterar 21,4 mnkr och Örkelljunga 14,1 mnkr; Bjuvs är 7,3 mnkr högre. Båda motsvarar 1,8 procent av skatter och statsbidrag.",
  [(21.4, "mnkr"), (14.1, "mnkr"), (7.3, "mnkr")], [BB, OB],
  ["Resultatet för 2025 budgeteras till 21,4 miljoner kronor, vilket motsvarar 1,8 procent av skatteintäkter och generella statsbidrag.",
   "Resultatet 2025 budgeteras till 14,1 miljoner kronor, vilket motsvarar 1,8 procent av skatteintäkter och generella statsbidrag."])
q("multi_doc", "hur mycket pengar finns det för förskolan i ekeby 2025 om man räknar med det som ks ombudgeterade från 2024?",
  "Budget 2025 är 38 000 tkr och 8 600 tkr föreslås ombudgeteras från 2024, totalt 46 600 tkr.",
  [(46600, "tkr")], [BB, BD],
  ["Ny förskola Ekeby, 8 avdelningar 38 000 24 500 0 62 500", "Ny förskola Ekeby | 30 000 | 21 400 | 8 600"])
q("multi_doc", "Vilken kommun har högst nettokostnad per invånare för nämnderna i budget 2025, Bjuv eller Örkelljunga?",
  "Örkelljunga: summa nämnder 69 447 kr per invånare mot Bjuvs 66 710 kr, en skillnad på 2 737 kr.",
  [(69447, "kr"), (66710, "kr"), (2737, "kr")], [BB, OB],
  ["Summa nämnder -1 045,8 -1 086,7 -1 110,5 -1 135,5 -40,9 3,9 66 710",
   "Summa nämnder -693 660 -727 800 -746 700 -766 510 69 447"])
q("multi_doc", "vilken kommun gjorde bäst resultat 2024, bjuv eller örkelljunga, och hur stor är skillnaden?",
  "Bjuv med 18,6 mnkr mot Örkelljungas 11,8 mnkr, en skillnad på 6,8 mnkr.",
  [(18.6, "mnkr"), (11.8, "mnkr"), (6.8, "mnkr")], [BA, OH],
  ["Årets resultat, mnkr 31,5 42,7 12,3 20,2 18,6", "Årets resultat, mnkr | 19,2 | 13,5 | 11,8"])

# ---------------- claim (5)
q("claim", "Stämmer det att Bjuvs kommun gick med 18,6 miljoner i överskott 2024?",
  "Ja, det stämmer. Resultatet för 2024 blev 18,6 miljoner kronor.",
  [(18.6, "mnkr")], [BP],
  ["Bjuvs kommun gör ett resultat på 18,6 miljoner kronor för 2024."], verdict="supported")
q("claim", "Örkelljunga lägger 54 miljoner på att renovera simhallen, eller hur?",
  "Nej. Renoveringen är budgeterad till 45 miljoner kronor (45 000 tkr).",
  [(45, "mnkr")], [OT],
  ["Kommunfullmäktige beslutade i går kväll att renovera Örkelljunga simhall för 45 miljoner kronor."],
  verdict="contradicted")
q("claim", "Jag har hört att socialnämnden i Örkelljunga får 8,5 miljoner extra i budgeten för 2025.",
  "Det stämmer: socialnämnden tillförs 8,5 miljoner kronor i utökad ram (ramen ökar totalt med 13,6 miljoner kronor).",
  [(8.5, "mnkr")], [OB],
  ["Socialnämnden tillförs därför 8,5 miljoner kronor i utökad ram."], verdict="supported")
q("claim", "KS i Bjuv beviljade vård- och omsorgsnämnden 2,4 miljoner i tilläggsanslag i mars?",
  "Nej. Nämnden begärde 2,4 miljoner kronor men kommunstyrelsen beviljade 1,2 miljoner kronor.",
  [(1.2, "mnkr")], [BD],
  ["Beslut: Kommunstyrelsen beslutar att bevilja vård- och omsorgsnämnden ett tilläggsanslag om 1,2 miljoner kronor för 2025"],
  verdict="contradicted")
q("claim", "Stämmer det att Örkelljunga kommun har beslutat att sälja Norrgårdens äldreboende?",
  "Det framgår inte av dokumenten; de nämner bara inventarier till Norrgårdens äldreboende, inte någon försäljning.",
  refused=True, verdict="not_found")

# ---------------- unanswerable (5)
q("unanswerable", "vad är bjuvs budget för barn- och utbildningsnämnden 2028?",
  "Budgeten sträcker sig bara till plan 2027; 2028 finns inte i dokumenten.", refused=True)
q("unanswerable", "hur mycket kostar den nya idrottshallen i örkelljunga?",
  "Dokumenten nämner ingen ny idrottshall i Örkelljunga.", refused=True)
q("unanswerable", "Vad var sjukfrånvaron i Örkelljunga kommun 2022?",
  "Dokumenten anger bara sjukfrånvaron i augusti 2024 och augusti 2025, inte 2022.", refused=True)
q("unanswerable", "hur många elever går på björnekulla skola i bjuv",
  "Dokumenten anger inte antalet elever på Björnekulla skola.", refused=True)
q("unanswerable", "Vem är ekonomichef i Örkelljunga kommun?",
  "Dokumenten namnger ingen ekonomichef i Örkelljunga.", refused=True)

# ---------------- multi_part (4)
q("multi_part", "hur stor är bjuvs investeringsbudget 2025 totalt och vilket är det största projektet?",
  "Totalt 99 800 tkr (99,8 mnkr); största projektet är nya förskolan i Ekeby med 38 000 tkr 2025.",
  [(99800, "tkr"), (38000, "tkr")], [BB],
  ["Totalt investeringar 99 800 82 200 29 500 211 500", "Ny förskola Ekeby, 8 avdelningar 38 000 24 500 0 62 500"])
q("multi_part", "Hur röstade fullmäktige i Örkelljunga om simhallen, och vilka partier reserverade sig?",
  "22 röster för bifall mot 9 för återremiss; Socialdemokraterna (S) och Vänsterpartiet (V) reserverade sig.",
  [(22, "st"), (9, "st")], [OP],
  ["Med 22 röster för bifall mot 9 röster för återremiss beslutar kommunfullmäktige enligt kommunstyrelsens förslag.",
   "Reservation: Ledamöterna för Socialdemokraterna (S) och Vänsterpartiet (V) reserverar sig mot beslutet."])
q("multi_part", "vad är prognosen för årets resultat 2025 i örkelljunga, och hur mycket sämre än budget är det?",
  "Prognosen är 9,6 miljoner kronor, vilket är 4,5 miljoner kronor lägre än budget.",
  [(9.6, "mnkr"), (4.5, "mnkr")], [OD],
  ["Prognosen för helåret är ett resultat på 9,6 miljoner kronor, vilket är 4,5 miljoner kronor lägre än budget."])
q("multi_part", "Hur mycket investerade Bjuv 2024 och vad var soliditeten vid årets slut?",
  "Nettoinvesteringarna var 96,4 miljoner kronor och soliditeten 30,6 procent.",
  [(96.4, "mnkr"), (30.6, "%")], [BA],
  ["Nettoinvesteringar, mnkr 71,2 88,9 102,5 115,7 96,4", "Soliditet, % 33,4 35,1 33,8 31,4 30,6",
   "2020 2021 2022 2023 2024"])

# ---------------- followup (4)
q("followup", "och plan 2027 då?",
  "Skatteintäkterna i plan 2027 är 979,5 mnkr.", [(979.5, "mnkr")], [BB],
  ["Skatteintäkter 4 842,6 878,4 915,2 946,8 979,5", BB_RB_H],
  history=["vad är skatteintäkterna i bjuvs budget 2025?"])
q("followup", "hur mycket blir det per invånare?",
  "Kommunstyrelsens ram på 96 800 tkr motsvarar 9 237 kronor per invånare 2025.",
  [(9237, "kr")], [OB],
  ["Kommunstyrelsen -92 400 -96 800 -98 900 -101 200 9 237", OB_DRIFT_H],
  history=["hur stor är kommunstyrelsens ram i örkelljunga 2025?"])
q("followup", "och äldreomsorgen?",
  "Äldreomsorgen har netto -133 400 tkr (intäkter 28 400 tkr, kostnader -161 800 tkr).",
  [(-133400, "tkr")], [OX],
  ["Äldreomsorg | 28400 | -161800 | -133400", "Verksamhet | Intäkter | Kostnader | Netto"],
  history=["Hur mycket kostar förskolan netto i Örkelljungas driftbudget 2025?"])
q("followup", "vad är prognosen för 2027?",
  "Befolkningsprognosen visar 16 420 invånare år 2027.", [(16420, "st")], [BB],
  ["Totalt 16 184 16 236 16 290 16 350 16 420", "Ålder 2023 2024 2025 2026 2027"],
  history=["hur många invånare hade bjuv 2023?", "och hur många av dem var 80 år eller äldre?"])

# ---------------- english (4)
q("english", "What is the municipal tax rate in Örkelljunga in the 2025 budget?",
  "22.19 kronor, unchanged.", [(22.19, "kr")], [OB],
  ["vi håller skattesatsen oförändrad på 22,19 kronor"], lang="en")
q("english", "By how much did Bjuv's barn- och utbildningsnämnd exceed its budget in 2024?",
  "It had a deficit of 3.9 mnkr (outcome -485.1 mnkr against a budget of -481.2 mnkr).",
  [(-3.9, "mnkr")], [BA],
  ["Barn- och utbildningsnämnden -481,2 -485,1 -3,9", "Nämnd Budget 2024 Utfall 2024 Avvikelse"], lang="en")
q("english", "What is the total budget for the simhall renovation approved by kommunfullmäktige in Örkelljunga, and how much is set aside as contingency (oförutsett)?",
  "The total budget is 45,000 tkr (45 mnkr), of which 2,400 tkr is contingency.",
  [(45000, "tkr"), (2400, "tkr")], [OP],
  ["Totalt | 45 000", "Oförutsett | 2 400"], lang="en")
q("english", "In Bjuv's Mål och budget 2025, how much new borrowing (nyupptagna lån) is planned for 2026?",
  "40.0 mnkr of new loans in 2026.", [(40.0, "mnkr")], [BB],
  ["Nyupptagna lån 35,0 40,0 30,0", "2025 2026 2027"], lang="en")

if __name__ == "__main__":
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, x in enumerate(Q, 1):
            rec = {"id": f"md38-{i:03d}", "corpus": C, **x}
            rec = {k: rec[k] for k in ("id", "corpus", "category", "language", "question", "history", "gold")}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(Q), "questions ->", OUT)
