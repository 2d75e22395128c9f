"""Writes evals/sets/dev/muni_blind33.jsonl (questions over evals/corpora/blind-muni33)."""
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[4]
C = "evals/corpora/blind-muni33"
T = C + "/tibro/"
N = C + "/nordmaling/"
TB = T + "tibro-mal-och-budget-2025-plan-2026-2027.pdf"
TD = T + "tibro-delarsrapport-augusti-2025.pdf"
TH = T + "tibro-sa-anvands-din-skatt.html"
TP = T + "tibro-ks-protokoll-2025-03-10.docx"
TX = T + "tibro-nyckeltal-2020-2024.xlsx"
TM = T + "tibro-pressmeddelande-delarsrapport-2025.md"
NB = N + "nordmaling-budget-2025-plan-2026-2027.pdf"
NA = N + "nordmaling-arsredovisning-2024.pdf"
NH = N + "nordmaling-ekonomi-finansiell-information.html"
NP = N + "nordmaling-kf-protokoll-2025-04-22.docx"
NX = N + "nordmaling-befolkning-och-budget.xlsx"
NT = N + "nordmaling-pressmeddelande-lss-boende-rundvik.txt"

Q = []


def q(cat, question, answer, numbers=(), docs=(), quotes=(), refused=False, verdict=None, history=(), lang="sv"):
    Q.append({"category": cat, "language": lang, "question": question, "history": list(history),
              "gold": {"answer": answer, "numbers": [{"value": v, "unit": u} for v, u in numbers],
                       "docs": list(docs), "quotes": list(quotes), "refused": refused, "verdict": verdict}})


# ---------------- table_lookup (9)
q("table_lookup", "vad är tibros budgeterade skatteintäkter 2025?",
  "Skatteintäkterna i Tibro är budgeterade till 589,4 mnkr för 2025.", [(589.4, "mnkr")], [TB],
  ["Skatteintäkter 4 548,3 566,9 589,4 608,7 629,5", "Belopp i mnkr 2023 2024 2025 2026 2027"])
q("table_lookup", "hur mkt pengar är avsatt till konstgräsplanen på tibro ip i budgeten för 2025",
  "7 200 tkr (7,2 miljoner kronor) budgeteras 2025 för konstgräsplanen på Tibro IP; inget under 2026–2027.",
  [(7200, "tkr")], [TB], ["Konstgräsplan Tibro IP 7 200 0 0 7 200", "Projekt Budget 2025 Plan 2026 Plan 2027 Totalt"])
q("table_lookup", "Vilken nettokostnadsram har socialnämnden i Nordmaling för 2026 enligt planen?",
  "Plan 2026 för socialnämnden i Nordmaling är 216 900 tkr.", [(216900, "tkr")], [NB],
  ["Socialnämnden 194 356 200 900 209 600 216 900 224 600 4,3", "Nämnd 2023 2024 2025 2026 2027 2024–2025, %"])
q("table_lookup", "hur stor avvikelse mot budget hade barn o utbildningsnämnden i nordmaling 2024?",
  "Barn- och utbildningsnämnden i Nordmaling hade ett underskott på 3 170 tkr 2024 (budget 200 100 tkr, utfall 203 270 tkr).",
  [(-3170, "tkr")], [NA], ["Barn- och utbildningsnämnden 200 100 203 270 (3 170)", "Nämnd Budget 2024 Utfall 2024 Avvikelse"])
q("table_lookup", "vad är helårsprognosen för kultur- och fritidsnämnden i tibro 2025 enligt delårsrapporten",
  "Prognosen är 27,5 mnkr mot en budget på 27,8 mnkr, dvs ett överskott på 0,3 mnkr.", [(27.5, "mnkr")], [TD],
  ["Kultur- och fritidsnämnden 27,8 27,5 0,3", "(mnkr) 2025 2025 mot budget"])
q("table_lookup", "hur många kronor av varje hundralapp i skatt går till äldreomsorgen i Tibro?",
  "19 kronor av varje hundralapp går till äldreomsorgen.", [(19, "kr")], [TH],
  ["Äldreomsorg | 19 kr", "Verksamhet | Kronor av 100"])
q("table_lookup", "Hur mycket föreslås ombudgeteras för vatten och avlopp i Håknäs i Nordmalings kf-protokoll?",
  "2 000 tkr föreslås ombudgeteras (av 2 650 tkr som inte förbrukades 2024).", [(2000, "tkr")], [NP],
  ["Vatten och avlopp, Håknäs | 2 650 | 2 000", "Projekt | Ej förbrukat 2024, tkr | Föreslås ombudgeteras, tkr"])
q("table_lookup", "hur många barn föddes i nordmaling 2022",
  "49 barn föddes i Nordmaling 2022.", [(49, "st")], [NX],
  ["2022 | 7126 | 49 | 103 | 371 | 343", "År | Folkmängd 31 dec | Födda | Döda | Inflyttade | Utflyttade"])
q("table_lookup", "Vad var Tibros nettokostnad per invånare för äldreomsorg 2024?",
  "17 740 kronor per invånare 2024.", [(17740, "kr")], [TX],
  ["Äldreomsorg | 15860 | 16920 | 17740", "Verksamhet | 2022 | 2023 | 2024"])

# ---------------- calculation (9)
q("calculation", "hur stor andel av tibros summa för nämnderna 2025 går till socialnämnden, i procent?",
  "318,9 av 783,5 mnkr, ungefär 40,7 procent.", [(40.7, "%")], [TB],
  ["Socialnämnden 305,7 318,9 13,2 4,3 28 860", "Summa nämnder 755,2 783,5 28,3 3,7 70 905"])
q("calculation", "Hur mycket ökar Nordmalings skatteintäkter från budget 2025 till plan 2027?",
  "Från 390 600 tkr till 415 800 tkr, en ökning med 25 200 tkr (cirka 6,5 procent).", [(25200, "tkr")], [NB],
  ["Skatteintäkter 362 540 374 100 390 600 402 900 415 800", "Tkr 2023 2024 2025 2026 2027"])
q("calculation", "med hur många procent förbättrades tibros resultat jan-aug 2025 jämfört med samma period året innan?",
  "Från 21,3 till 24,8 mnkr, en förbättring med 3,5 mnkr eller cirka 16,4 procent.", [(16.4, "%")], [TD],
  ["Periodens/årets resultat 21,3 24,8 16,5 10,0", "Belopp i mnkr Utfall jan–aug Utfall jan–aug Budget Prognos"])
q("calculation", "Socialnämnden i Nordmaling gick back 2024 – hur stort var underskottet i procent av budgeten?",
  "Underskottet var 5 580 tkr av en budget på 200 900 tkr, cirka 2,8 procent.", [(2.8, "%")], [NA],
  ["Socialnämnden 200 900 206 480 (5 580)", "Nämnd Budget 2024 Utfall 2024 Avvikelse"])
q("calculation", "hur mycket minskade folkmängden i nordmaling mellan 2015 och 2024?",
  "Från 7 168 till 7 064 invånare, en minskning med 104 personer.", [(104, "st")], [NX],
  ["2015 | 7168 | 62 | 94 | 402 | 344", "2024 | 7064 | 47 | 96 | 362 | 340"])
q("calculation", "Vad var Tibros genomsnittliga årsresultat 2020–2024?",
  "(24,9 + 31,6 + 19,2 + 16,3 + 14,1) / 5 = 21,2 mnkr i genomsnitt.", [(21.2, "mnkr")], [TX],
  ["Årets resultat | 24,9 | 31,6 | 19,2 | 16,3 | 14,1 | mnkr"])
q("calculation", "hur stor del av budgeten för förskolan smedsgården 2024 användes faktiskt enligt ks-protokollet i tibro?",
  "Utfallet var 6 850 tkr av 12 000 tkr, cirka 57,1 procent.", [(57.1, "%")], [TP],
  ["Ny förskola Smedsgården | 12 000 | 6 850 | 5 150", "Projekt | Budget 2024 (tkr) | Utfall 2024 (tkr) | Ombudgeteras (tkr)"])
q("calculation", "Hur mycket investerar Nordmaling sammanlagt 2025–2027 enligt investeringsbudgeten?",
  "50 700 + 32 100 + 14 300 = 97 100 tkr.", [(97100, "tkr")], [NB],
  ["Summa investeringar 50 700 32 100 14 300", "Projekt Ansvar Budget 2025 Plan 2026 Plan 2027"])
q("calculation", "vad blir tibros finansnetto i budget 2025?",
  "Finansiella intäkter 2,5 mnkr minus finansiella kostnader 7,6 mnkr ger ett finansnetto på -5,1 mnkr.",
  [(-5.1, "mnkr")], [TB],
  ["Finansiella intäkter 3,1 2,8 2,5 2,5 2,5", "Finansiella kostnader -5,4 -6,9 -7,6 -8,3 -8,9",
   "Belopp i mnkr 2023 2024 2025 2026 2027"])

# ---------------- lookup (5)
q("lookup", "vem är ks ordförande i tibro",
  "Lennart Svanberg (S) är kommunstyrelsens ordförande i Tibro.", [], [TB],
  ["Lennart Svanberg (S) Kommunstyrelsens ordförande"])
q("lookup", "Vem reserverade sig mot beslutet om socialnämndens handlingsplan i Tibros kommunstyrelse?",
  "Jonas Berggren (SD) reserverade sig till förmån för sitt yrkande om återremiss.", [], [TP],
  ["Reservation: Jonas Berggren (SD) reserverar sig mot beslutet till förmån för eget yrkande."])
q("lookup", "vem vann upphandlingen av lss-boendet i rundvik?",
  "Byggkompaniet i Umeå AB vann upphandlingen.", [], [NT],
  ["Upphandlingen vanns av Byggkompaniet i Umeå AB."])
q("lookup", "Vad hände med motionen om gratis kollektivtrafik för 75+ i Nordmaling?",
  "Kommunfullmäktige avslog motionen efter omröstning, 22 röster för avslag mot 7 för bifall.", [(22, "st"), (7, "st")], [NP],
  ["Omröstning: Med 22 röster för avslag och 7 röster för bifall beslutar kommunfullmäktige enligt kommunstyrelsens förslag.",
   "Beslut: Kommunfullmäktige beslutar att avslå motionen."])
q("lookup", "när uppdaterades nordmalings sida om ekonomi och finansiell information senast?",
  "Sidan uppdaterades senast 2025-04-30.", [], [NH], ["Senast uppdaterad: 2025-04-30"])

# ---------------- text_amount (5)
q("text_amount", "hur mycket ska socialnämnden i tibro spara under 2025?",
  "Socialnämnden ska genomföra besparingar på 6,2 miljoner kronor 2025.", [(6.2, "mnkr")], [TB],
  ["ska samtidigt genomföra besparingar på 6,2 miljoner kronor under 2025"])
q("text_amount", "Hur mycket extra får föreningslivet i Tibro genom höjda aktivitetsbidrag?",
  "850 000 kronor extra.", [(850000, "kr")], [TB],
  ["Vi satsar dessutom 850 000 kronor extra på föreningslivet genom höjda aktivitetsbidrag"])
q("text_amount", "hur mycket pengar avsätts till feriearbeten för ungdomar i nordmaling",
  "600 000 kronor avsätts till feriearbeten under sommaren.", [(600000, "kr")], [NB],
  ["600 000 kronor avsätts till feriearbeten för ungdomar under sommaren"])
q("text_amount", "Hur mycket räknar Nordmaling med att spara på köpta platser när nya LSS-boendet i Rundvik är i full drift?",
  "Cirka 2,8 miljoner kronor per år.", [(2.8, "mnkr")], [NT],
  ["Kommunen räknar med att minska kostnaderna för köpta platser med cirka 2,8 miljoner kronor per år när boendet är i full drift."])
q("text_amount", "tibro delårsrapport pressmeddelande: hur mycket ytterligare åtgärder ska socialnämnden ta fram?",
  "Socialnämnden ska ta fram ytterligare åtgärder på 3,0 miljoner kronor, som ska redovisas i november.", [(3.0, "mnkr")], [TM],
  ["Kommunstyrelsen har gett nämnden i uppdrag att ta fram ytterligare åtgärder på 3,0 miljoner kronor som ska redovisas i november."])

# ---------------- multi_doc (5)
q("multi_doc", "vilken av kommunerna tibro och nordmaling har högst kommunalskatt 2025 och hur stor är skillnaden?",
  "Nordmaling har högst skattesats, 22,85 kronor, mot Tibros 22,11 kronor – en skillnad på 0,74 kronor.",
  [(22.85, "kr"), (22.11, "kr"), (0.74, "kr")], [TH, NB],
  ["Kommunalskatten i Tibro är 22,11 kronor per hundralapp du tjänar 2025.",
   "Vi höjer inte skatten, utan skattesatsen ligger kvar på 22,85 kronor."])
q("multi_doc", "Vilken kommun har högst budgeterat årets resultat för 2025, Tibro eller Nordmaling?",
  "Tibro: 16,5 mnkr; Nordmaling: 13 600 tkr (13,6 mnkr). Tibro har högst, 2,9 mnkr mer.",
  [(16.5, "mnkr"), (13.6, "mnkr"), (2.9, "mnkr")], [TB, NB],
  ["Årets resultat 16,3 15,3 16,5 17,9 20,2", "Årets resultat 15 798 15 100 13 600 13 300 14 300"])
q("multi_doc", "tibro: hur mycket lägre blir investeringarna 2025 enligt delårsrapportens prognos jämfört med mål och budget?",
  "Budgeten var 84,1 mnkr och prognosen i delårsrapporten 68,0 mnkr, alltså 16,1 mnkr lägre.",
  [(16.1, "mnkr")], [TB, TD],
  ["Investeringsbudgeten för 2025 uppgår till 84,1 miljoner kronor",
   "Helårsprognosen är 68,0 miljoner kronor jämfört med en budget på 84,1 miljoner kronor"])
q("multi_doc", "Hur mycket sämre än budget blev Nordmalings årets resultat 2024? Jämför budgeten med årsredovisningen.",
  "Budget 2024 var 15 100 tkr och utfallet 11 870 tkr, alltså 3 230 tkr sämre.", [(3230, "tkr")], [NB, NA],
  ["Årets resultat 15 798 15 100 13 600 13 300 14 300", "Årets resultat 9 11 870 15 798 15 100"])
q("multi_doc", "vilken kommun hade flest invånare i slutet av 2024, tibro eller nordmaling, och hur många fler?",
  "Tibro hade 11 047 invånare och Nordmaling 7 064 den 31 december 2024; Tibro hade 3 983 fler.",
  [(11047, "st"), (7064, "st"), (3983, "st")], [TX, NX],
  ["Invånare 31 dec | 10953 | 11001 | 11032 | 11018 | 11047 | st", "2024 | 7064 | 47 | 96 | 362 | 340"])

# ---------------- claim (5)
q("claim", "Stämmer det att Tibro höjer avgiften för trygghetslarm till 295 kronor i månaden?",
  "Ja. Kommunstyrelsen föreslår fullmäktige att höja månadsavgiften från 250 till 295 kronor från den 1 juli 2025.",
  [(295, "kr")], [TP],
  ["Beslut: Kommunstyrelsen föreslår kommunfullmäktige att höja månadsavgiften för trygghetslarm från 250 kronor till 295 kronor från och med den 1 juli 2025."],
  verdict="supported")
q("claim", "Jag har hört att Nordmalings investeringsbudget för 2025 är 57 miljoner kronor, stämmer det?",
  "Nej. Investeringsbudgeten för 2025 är 50,7 miljoner kronor (50 700 tkr).", [(50.7, "mnkr")], [NB],
  ["Investeringsbudgeten för 2025 omfattar 50,7 miljoner kronor."], verdict="contradicted")
q("claim", "socialnämnden i tibro prognostiserar ett underskott på 9,2 miljoner i delårsrapporten, eller hur?",
  "Nej. Socialnämnden prognostiserar ett underskott på 8,6 miljoner kronor; 9,2 mnkr är underskottet för alla nämnder sammantaget.",
  [(8.6, "mnkr")], [TD],
  ["Nämnden prognostiserar ett underskott om 8,6 miljoner kronor", "Socialnämnden 318,9 327,5 – 8,6"],
  verdict="contradicted")
q("claim", "Nordmalings kommun ska sälja Folkets hus för 4 miljoner kronor?",
  "Det finns inget om någon försäljning av Folkets hus i dokumenten.", [], [], [], refused=True, verdict="not_found")
q("claim", "Sjukfrånvaron bland Nordmalings anställda var 7,9 procent 2024.",
  "Det stämmer, sjukfrånvaron var 7,9 procent 2024.", [(7.9, "%")], [NA],
  ["Kommunen hade 612 tillsvidareanställda vid årets slut och sjukfrånvaron var 7,9 procent."], verdict="supported")

# ---------------- unanswerable (5)
q("unanswerable", "vad är tibros budgeterade skatteintäkter för 2028?",
  "Budgeten sträcker sig bara till plan 2027; 2028 finns inte.", refused=True)
q("unanswerable", "Vad var Nordmalings årets resultat 2019?",
  "Dokumenten redovisar årets resultat från 2020 och framåt (femårsöversikten börjar 2020); 2019 anges inte.", refused=True)
q("unanswerable", "hur mycket av pengarna till smedsgården i tibro går till köket och utemiljön?",
  "Budgeten anger bara totalbeloppet för förskolan Smedsgården, inte någon fördelning på kök eller utemiljö.", refused=True)
q("unanswerable", "Vilken genomsnittlig ränta betalar Nordmalings kommun på sina lån?",
  "Dokumenten från Nordmaling anger ingen räntesats på låneskulden.", refused=True)
q("unanswerable", "hur röstade kommunstyrelsen i tibro om höjningen av avgiften för trygghetslarm, hur många röster för och emot?",
  "Protokollet redovisar ingen omröstning eller röstsiffror, bara beslutet och reservationerna.", refused=True)

# ---------------- multi_part (4)
q("multi_part", "hur stor är tibros investeringsbudget 2025 och vilket är det största projektet?",
  "Investeringsbudgeten 2025 är 84,1 mnkr (84 100 tkr); största projektet är den nya förskolan Smedsgården med 41 000 tkr 2025.",
  [(84.1, "mnkr"), (41000, "tkr")], [TB],
  ["Totalt investeringar 84 100 46 000 16 850 146 950", "Ny förskola Smedsgården 41 000 22 000 0 63 000"])
q("multi_part", "Vad blev Nordmalings årets resultat 2024, och hur stort var balanskravsresultatet?",
  "Årets resultat blev 11 870 tkr och balanskravsresultatet 11 458 tkr (efter avdrag för realisationsvinster på 412 tkr).",
  [(11870, "tkr"), (11458, "tkr")], [NA],
  ["Årets resultat uppgår till 11 870 tkr. Efter avdrag för realisationsvinster om 412 tkr blir balanskravsresultatet 11 458 tkr."])
q("multi_part", "hur mycket skatt går till regionen om man bor i tibro och vad blir den totala skattesatsen?",
  "11,48 kronor går till Västra Götalandsregionen, och den sammanlagda skattesatsen blir 33,59 kronor (utan kyrkoavgift och begravningsavgift).",
  [(11.48, "kr"), (33.59, "kr")], [TH],
  ["Utöver kommunalskatten betalar du 11,48 kronor till Västra Götalandsregionen.",
   "Den sammanlagda skattesatsen blir därmed 33,59 kronor, exklusive kyrkoavgift och begravningsavgift."])
q("multi_part", "När blir LSS-boendet i Rundvik klart, hur många lägenheter får det och vad kostar det totalt?",
  "Det beräknas vara inflyttningsklart i november 2026, får sex lägenheter och kostar totalt 30 miljoner kronor.",
  [(6, "st"), (30, "mnkr")], [NT],
  ["Boendet får sex lägenheter och en gemensamhetsdel och beräknas vara inflyttningsklart i november 2026.",
   "Den totala investeringen är beräknad till 30 miljoner kronor, varav 18 miljoner kronor under 2025."])

# ---------------- followup (4)
q("followup", "och socialnämnden då?",
  "Socialnämnden i Tibro har en budget på 318,9 mnkr för 2025.", [(318.9, "mnkr")], [TB],
  ["Socialnämnden 305,7 318,9 13,2 4,3 28 860", "Nämnd (mnkr) 2024 2025 mnkr % 2025"],
  history=["vad har barn- och utbildningsnämnden i tibro för budget 2025?"])
q("followup", "hur mycket blir det per invånare om man räknar med 7 050 invånare?",
  "13 600 tkr delat på 7 050 invånare blir cirka 1 929 kronor per invånare.", [(1929, "kr")], [NB],
  ["Årets resultat 15 798 15 100 13 600 13 300 14 300", "Budgeten bygger på ett antagande om 7 050 invånare 2025."],
  history=["vad är nordmalings budgeterade årets resultat 2025?"])
q("followup", "och sjukfrånvaron?",
  "Sjukfrånvaron i Tibro var 6,8 procent januari–augusti 2025 (7,4 procent samma period året innan).", [(6.8, "%")], [TD],
  ["Sjukfrånvaron uppgick till 6,8 procent av ordinarie arbetstid under perioden"],
  history=["hur många tillsvidareanställda hade tibro kommun i augusti 2025?"])
q("followup", "och LSS?",
  "LSS har en nettokostnad på 42 700 tkr i budget 2025 (intäkter 8 900 tkr, kostnader 51 600 tkr).", [(42700, "tkr")], [NX],
  ["LSS | 8900 | -51600 | -42700", "Verksamhet | Intäkter | Kostnader | Nettokostnad"],
  history=["vad är nettokostnaden för äldreomsorgen i nordmalings budget per verksamhet 2025?"])

# ---------------- english (4)
q("english", "What is Tibro's budgeted result for 2025 as a share of tax revenue and general state grants?",
  "2.0 percent (a result of 16.5 MSEK), in line with the financial target of at least 2.0 percent.", [(2.0, "%")], [TB],
  ["Resultat i % av skatter och bidrag 2,2 2,0 2,0 2,1 2,3"], lang="en")
q("english", "How did Nordmaling's kommunstyrelsen do against its budget in 2024?",
  "Kommunstyrelsen's net cost was 92,640 tkr against a budget of 93,800 tkr, a surplus of 1,160 tkr.",
  [(92640, "tkr"), (93800, "tkr"), (1160, "tkr")], [NA],
  ["Kommunstyrelsen 93 800 92 640 1 160", "Nämnd Budget 2024 Utfall 2024 Avvikelse"], lang="en")
q("english", "Who chairs the socialnämnden in Nordmaling?",
  "Göran Lidström (S) is the chair of socialnämnden.", [], [NT],
  ["säger Göran Lidström (S), ordförande i socialnämnden."], lang="en")
q("english", "How much will Tibro spend in total on replacing street lighting with LED in 2025–2027?",
  "5,700 tkr in total (2,100 in 2025, 2,100 in 2026 and 1,500 in 2027).", [(5700, "tkr")], [TB],
  ["Gatubelysning, byte till LED 2 100 2 100 1 500 5 700", "Projekt Budget 2025 Plan 2026 Plan 2027 Totalt"], lang="en")

# order: interleave categories deterministically for a natural mix
order = ["table_lookup", "calculation", "lookup", "text_amount", "multi_doc", "claim", "unanswerable",
         "multi_part", "followup", "english"]
buckets = {c: [x for x in Q if x["category"] == c] for c in order}
out = []
while any(buckets.values()):
    for c in order:
        if buckets[c]:
            out.append(buckets[c].pop(0))
with open(ROOT / "evals" / "sets" / "dev" / "muni_blind33.jsonl", "w", encoding="utf-8") as f:
    for i, x in enumerate(out, 1):
        rec = {"id": f"mb33-{i:03d}", "corpus": C}
        rec.update(x)
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(out))
