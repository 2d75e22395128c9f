"""Question set muni_dev31 over evals/corpora/dev-muni31 (Hällefors, Tomelilla)."""
import json, os

C = "evals/corpora/dev-muni31"
H = C + "/hallefors/"
T = C + "/tomelilla/"
HB = H + "mal-och-budget-2025-2027.pdf"
HA = H + "arsredovisning-2023.pdf"
HH = H + "sa-anvands-din-skatt.html"
HD = H + "protokoll-kf-2024-11-26.docx"
HX = H + "nyckeltal-2019-2023.xlsx"
HP = H + "pressmeddelande-forskola-grythyttan.md"
TB = T + "budget-2025-plan-2026-2027.pdf"
TD = T + "delarsrapport-2024-08.pdf"
TH = T + "nyhet-investeringar-budget-2025.html"
TW = T + "protokollsutdrag-ks-2024-10-16.docx"
TX = T + "nettokostnad-per-verksamhet.xlsx"
TP = T + "pressmeddelande-sarskilt-boende-brosarp.txt"

HB_RB_HDR = "Belopp i mnkr Not Utfall Prognos Budget Plan Plan"
HB_DR_HDR = "Nettokostnad Budget Budget Förändring kr per"
HB_INV_HDR = "Belopp i mnkr Budget 2025 Plan 2026 Plan 2027"
TB_RB_HDR = "Bokslut Prognos Budget Plan Plan"
TB_DR_HDR = "Nettokostnadsram Budget Budget Plan Plan"
TB_INV_HDR = "Projekt (mnkr) Budget 2025 Plan 2026 Plan 2027 Summa 2025–2027"


def n(v, u):
    return {"value": v, "unit": u}


Q = []


def q(cat, question, answer, numbers, docs, quotes, lang="sv", history=None, refused=False, verdict=None):
    Q.append({"category": cat, "language": lang, "question": question, "history": history or [],
              "gold": {"answer": answer, "numbers": numbers, "docs": docs, "quotes": quotes,
                       "refused": refused, "verdict": verdict}})


# ---------------- table_lookup (9) ----------------
q("table_lookup", "hur mycket räknar hällefors med i skatteintäkter 2025?",
  "Hällefors budgeterar skatteintäkter på 401,5 mnkr för 2025.", [n(401.5, "mnkr")], [HB],
  ["Skatteintäkter 4 372,4 386,9 401,5 415,2 429,8", HB_RB_HDR])
q("table_lookup", "Vad blir socialnämndens ram 2025 i kronor per invånare i Hällefors kommun?",
  "Socialnämndens ram 2025 motsvarar 37 802 kr per invånare (256,3 mnkr).", [n(37802, "kr")], [HB],
  ["Socialnämnden 244,7 256,3 11,6 37 802", HB_DR_HDR])
q("table_lookup", "vad e ramen för vård och omsorgsnämnden i tomelilla 2026",
  "Vård- och omsorgsnämnden har en ram på 436 800 tkr i plan 2026.", [n(436800, "tkr")], [TB],
  ["Vård- och omsorgsnämnden 398 700 421 500 436 800 451 200", TB_DR_HDR])
q("table_lookup", "Hur mycket ligger den nya idrottshallen i Tomelilla på i investeringsplanen för 2026?",
  "24,0 mnkr är planerat för Ny idrottshall Tomelilla 2026.", [n(24.0, "mnkr")], [TB],
  ["Ny idrottshall Tomelilla 12,0 24,0 6,0 42,0", TB_INV_HDR])
q("table_lookup", "Vilken helårsprognos har barn- och utbildningsnämnden i Tomelilla för 2024 enligt delårsrapporten?",
  "Prognosen är 454,1 mnkr, vilket är 1,5 mnkr över budget (452,6 mnkr).", [n(454.1, "mnkr")], [TD],
  ["Barn- och utbildningsnämnden 452,6 454,1 – 1,5", "Mnkr Budget Prognos Avvikelse"])
q("table_lookup", "hur många kronor av varje hundralapp i skatt går till äldreomsorgen i hällefors?",
  "24,10 kronor av varje hundralapp går till äldreomsorg.", [n(24.10, "kr")], [HH],
  ["Äldreomsorg | 24,10", "Verksamhet | Kronor"])
q("table_lookup", "Vad blir den fasta VA-avgiften för en villa i Tomelilla 2025?",
  "Den fasta avgiften blir 5 250 kr per år inkl. moms (4 860 kr 2024).", [n(5250, "kr")], [TW],
  ["Fast avgift per år, villa | 4 860 | 5 250 | 8,0", "Avgift (kr inkl. moms) | Taxa 2024 | Taxa 2025 | Förändring %"])
q("table_lookup", "sjukfrånvaron i hällefors kommun 2020?",
  "Sjukfrånvaron var 9,6 procent 2020.", [n(9.6, "%")], [HX],
  ["2020 | 6983 | 22,84 | 545,0 | 19,6 | 9,6 | 78047",
   "År | Invånare 31 dec | Skattesats (kr) | Nettokostnad (mnkr) | Årets resultat (mnkr) | Sjukfrånvaro (%) | Nettokostnad kr/inv"])
q("table_lookup", "Hur mycket är budgeterat för hemtjänsten i Tomelilla 2025?",
  "Hemtjänsten har en budget på 138 400 tkr för 2025.", [n(138400, "tkr")], [TX],
  ["Hemtjänst | 121600 | 129300 | 138400 | 7",
   "Verksamhet | Bokslut 2023 | Budget 2024 | Budget 2025 | Förändring 2024–2025 %"])

# ---------------- calculation (9) ----------------
q("calculation", "Hur mycket ökar Hällefors skatteintäkter i budget 2025 jämfört med prognosen för 2024?",
  "De ökar med 14,6 mnkr, från 386,9 till 401,5 mnkr.", [n(14.6, "mnkr")], [HB],
  ["Skatteintäkter 4 372,4 386,9 401,5 415,2 429,8", HB_RB_HDR])
q("calculation", "hur stor andel av hällefors investeringar 2025 är VA?",
  "VA (avgiftsfinansierat) är 8,8 av 47,0 mnkr, alltså cirka 18,7 procent.", [n(18.7, "%")], [HB],
  ["Summa avgiftsfinansierat 8,8 14,0 13,0", "Totalt investeringar 47,0 37,4 20,4", HB_INV_HDR])
q("calculation", "Hur mycket investerar Hällefors totalt under hela perioden 2025–2027?",
  "Totalt 104,8 mnkr (47,0 + 37,4 + 20,4).", [n(104.8, "mnkr")], [HB],
  ["Totalt investeringar 47,0 37,4 20,4", HB_INV_HDR])
q("calculation", "vad är tomelillas genomsnittliga årets resultat för budget 2025 och planåren 2026-2027?",
  "Genomsnittet är 15,8 mnkr ((12,4 + 15,6 + 19,4) / 3).", [n(15.8, "mnkr")], [TB],
  ["Årets resultat 12,3 7,9 12,4 15,6 19,4", TB_RB_HDR])
q("calculation", "Med hur många procent ökar kommunstyrelsens ram i Tomelilla från 2024 till 2025?",
  "Ramen ökar från 118 450 till 124 300 tkr, dvs. 5 850 tkr eller cirka 4,9 procent.", [n(4.9, "%")], [TB],
  ["Kommunstyrelsen 118 450 124 300 127 100 129 800", TB_DR_HDR])
q("calculation", "Hur stor andel av nämndernas totala ram 2025 i Tomelilla går till vård- och omsorgsnämnden?",
  "421 500 av 1 123 400 tkr, cirka 37,5 procent.", [n(37.5, "%")], [TB],
  ["Vård- och omsorgsnämnden 398 700 421 500 436 800 451 200",
   "Summa nämnder 1 074 850 1 123 400 1 154 500 1 184 800", TB_DR_HDR])
q("calculation", "hur många procent över budget ligger vård- och omsorgsnämnden i tomelilla enligt delårsprognosen 2024?",
  "Underskottet är 13,6 mnkr på en budget av 398,7 mnkr, cirka 3,4 procent över budget.", [n(3.4, "%")], [TD],
  ["Vård- och omsorgsnämnden 398,7 412,3 – 13,6", "Mnkr Budget Prognos Avvikelse"])
q("calculation", "Hur mycket har befolkningen i Hällefors minskat mellan 2019 och 2023 enligt nyckeltalen?",
  "Från 7 043 till 6 771 invånare, en minskning med 272 personer.", [n(272, "st")], [HX],
  ["2019 | 7043 | 22,84 | 536,2 | 4,2 | 8,9 | 76132", "2023 | 6771 | 22,84 | 599,9 | 8,7 | 7,8 | 88598"])
q("calculation", "hur mycket dyrare blir vatten och avlopp för ett typhus i tomelilla 2025 jämfört med 2024?",
  "Kostnaden för typhuset ökar med 941 kr per år (från 11 740 till 12 681 kr).", [n(941, "kr")], [TW],
  ["Typhus, 150 m³ per år | 11 740 | 12 681 | 8,0"])

# ---------------- lookup (5) ----------------
q("lookup", "vem är kommunstyrelsens ordförande i hällefors?",
  "Annika Strand (S).", [], [HB], ["Kommunstyrelsens ordförande", "Annika Strand (S)"])
q("lookup", "Vem är ordförande i vård- och omsorgsnämnden i Tomelilla?",
  "Thomas Hansson (SD).", [], [TP],
  ["Thomas Hansson (SD), ordförande vård- och omsorgsnämnden, 0417-180 10"])
q("lookup", "vilket företag ska bygga nya förskolan i grythyttan?",
  "Bergslagens Bygg AB, som lämnade det lägsta anbudet av fyra.", [], [HP],
  ["Upphandlingen har vunnits av Bergslagens Bygg AB, som lämnade det lägsta anbudet av fyra anbudsgivare."])
q("lookup", "Vilka reserverade sig mot VA-taxan i Tomelillas kommunstyrelse?",
  "Anders Bengtsson (S) och Lisa Nilsson (S) reserverade sig till förmån för eget yrkande (höjning med högst 5 procent).",
  [], [TW], ["Reservation: Anders Bengtsson (S) och Lisa Nilsson (S) reserverar sig mot beslutet till förmån för eget yrkande."])
q("lookup", "vad beslutade fullmäktige i hällefors om taxan för ekonomiskt bistånd i november?",
  "Ärendet återremitterades till socialnämnden för ytterligare beredning (§ 115).", [], [HD],
  ["Beslut: Ärendet återremitteras till socialnämnden för ytterligare beredning."])

# ---------------- text_amount (5) ----------------
q("text_amount", "hur mkt ska socialnämnden i hällefors spara 2025?",
  "Socialnämnden ska minska sina kostnader med 4,7 miljoner kronor.", [n(4.7, "mnkr")], [HB],
  ["Socialnämnden  ska  minska  sina  kostnader  med  4,7  miljoner  kronor,  främst  genom  färre"])
q("text_amount", "Hur mycket pengar avsätter Hällefors till feriearbeten för ungdomar?",
  "700 000 kronor per år.", [n(700000, "kr")], [HB],
  ["2026. Vi avsätter också 700 000 kronor per år till feriearbeten för ungdomar, så att alla som"])
q("text_amount", "hur mycket satsar tomelilla på sommarlovsaktiviteter i budgeten?",
  "850 000 kronor.", [n(850000, "kr")], [TB],
  ["hemtjänsten, 3,2 miljoner kronor till elevhälsan och 850 000 kronor till sommarlovsaktiviteter."])
q("text_amount", "Vad är kontraktssumman för det nya äldreboendet i Brösarp?",
  "Kontraktssumman är 98,6 miljoner kronor (total projektbudget 115 miljoner kronor).", [n(98.6, "mnkr")], [TP],
  ["Kontraktssumman är 98,6 miljoner kronor."])
q("text_amount", "hur stor blir borgensramen för hällefors bostads ab totalt efter kf:s beslut?",
  "Borgensramen utökas med 25 miljoner kronor till totalt 310 miljoner kronor.", [n(310, "mnkr")], [HD],
  ["Beslut: Kommunfullmäktige beslutar att utöka borgensramen för Hällefors Bostads AB med 25 miljoner kronor till totalt 310 miljoner kronor."])

# ---------------- multi_doc (5) ----------------
q("multi_doc", "Vilken av kommunerna Hällefors och Tomelilla har högst kommunalskatt 2025, och hur stor är skillnaden?",
  "Hällefors har högst skattesats, 22,84 kr mot Tomelillas 22,16 kr; skillnaden är 0,68 kr.",
  [n(22.84, "kr"), n(22.16, "kr"), n(0.68, "kr")], [HB, TB],
  ["Budgeten för 2025 bygger på en oförändrad skattesats på 22,84 kronor per skattekrona. Vi",
   "ligger kvar på 22,16 kronor. Vi prioriterar välfärdens kärna: skola, vård och omsorg. Vård- och"])
q("multi_doc", "vilken kommun investerar mest 2025, hällefors eller tomelilla?",
  "Tomelilla investerar mest: 96,0 mnkr mot Hällefors 47,0 mnkr.", [n(96.0, "mnkr"), n(47.0, "mnkr")], [TB, HB],
  ["Summa investeringar 96,0 103,5 38,5 238,0", "Totalt investeringar 47,0 37,4 20,4"])
q("multi_doc", "Hur mycket kostar nya förskolan i Grythyttan totalt, och hur mycket av det finns i Hällefors budget för 2025?",
  "Totalt 30,5 miljoner kronor, varav 18,5 mnkr i budget 2025 (och 12,0 mnkr i plan 2026).",
  [n(30.5, "mnkr"), n(18.5, "mnkr")], [HP, HB],
  ["Den totala investeringen beräknas till 30,5 miljoner kronor, varav 18,5 miljoner kronor budgeteras 2025 och 12,0 miljoner kronor 2026.",
   "Ny förskola i Grythyttan 18,5 12,0 –"])
q("multi_doc", "Vilken av de två kommunerna budgeterar det högsta resultatet i procent av skatter och bidrag för 2025?",
  "Hällefors: 1,3 procent, mot Tomelillas 1,0 procent.", [n(1.3, "%"), n(1.0, "%")], [HB, TB],
  ["Det budgeterade resultatet för 2025 är 8,6 miljoner kronor, vilket motsvarar 1,3 procent av",
   "Under 2025 når budgeten inte det finansiella resultatmålet: resultatet motsvarar 1,0 procent"])
q("multi_doc", "hur mycket mer får vård- och omsorgsnämnden i tomelilla 2025 jämfört med vad den beräknas kosta 2024 enligt delårsrapporten?",
  "Ramen 2025 är 421 500 tkr (421,5 mnkr) och helårsprognosen 2024 är 412,3 mnkr; skillnaden är 9,2 mnkr.",
  [n(9.2, "mnkr")], [TB, TD],
  ["Vård- och omsorgsnämnden 398 700 421 500 436 800 451 200", "Vård- och omsorgsnämnden 398,7 412,3 – 13,6"])

# ---------------- claim (5) ----------------
q("claim", "Stämmer det att Hällefors fullmäktige antog budgeten för 2025 med 18 röster mot 11?",
  "Ja, budgeten antogs med 18 röster mot 11, och 2 ledamöter avstod.", [n(18, "st"), n(11, "st")], [HD],
  ["Beslut: Kommunfullmäktige antar Mål och budget 2025 med plan för 2026–2027 i enlighet med kommunstyrelsens förslag med 18 röster mot 11. 2 ledamöter avstår från att rösta."],
  verdict="supported")
q("claim", "Tomelilla höjer skatten till 22,36 kr nästa år, eller hur?",
  "Nej, skattesatsen höjs inte utan ligger kvar på 22,16 kronor 2025.", [n(22.16, "kr")], [TB],
  ["Budgeten för 2025 innebär ett resultat på 12,4 miljoner kronor. Skattesatsen höjs inte utan",
   "ligger kvar på 22,16 kronor. Vi prioriterar välfärdens kärna: skola, vård och omsorg. Vård- och"],
  verdict="contradicted")
q("claim", "Jag har hört att socialnämnden i Hällefors gick 4,7 miljoner back 2023.",
  "Nej, socialnämnden hade en negativ avvikelse på 14,3 mnkr mot budget 2023 (4,7 mnkr är besparingskravet för 2025).",
  [n(-14.3, "mnkr")], [HA], ["Socialnämnden 226,4 240,7 (14,3)", "Nettokostnad, mnkr Budget 2023 Utfall 2023 Avvikelse"],
  verdict="contradicted")
q("claim", "Tomelilla investerar 96 miljoner 2025, den högsta nivån någonsin?",
  "Ja, investeringarna 2025 uppgår till 96,0 miljoner kronor, den högsta nivån någonsin.", [n(96.0, "mnkr")], [TH],
  ["Kommunfullmäktige i Tomelilla beslutade i går kväll om budgeten för 2025. Investeringarna uppgår till 96,0 miljoner kronor, den högsta nivån någonsin."],
  verdict="supported")
q("claim", "Hällefors kommun ska enligt budgeten sälja Hällefors Bostads AB under 2025?",
  "Det framgår inte av dokumenten; de nämner inte någon försäljning av Hällefors Bostads AB.", [], [], [],
  refused=True, verdict="not_found")

# ---------------- unanswerable (5) ----------------
q("unanswerable", "vad är tomelillas budgeterade årets resultat för 2028?",
  "Budgeten sträcker sig bara till plan 2027, så resultatet för 2028 anges inte.", [], [], [], refused=True)
q("unanswerable", "Hur mycket kommer den nya idrottshallen i Tomelilla att kosta i drift per år?",
  "Dokumenten anger bara investeringsbeloppen för idrottshallen, inte driftkostnaden.", [], [], [], refused=True)
q("unanswerable", "hur stor budget har miljö- och hälsoskyddsnämnden i hällefors 2025?",
  "Hällefors budget har ingen miljö- och hälsoskyddsnämnd; uppgiften finns inte.", [], [], [], refused=True)
q("unanswerable", "Hur många elever går på Klockarskolan i Hällefors?",
  "Dokumenten anger inte antalet elever på Klockarskolan.", [], [], [], refused=True)
q("unanswerable", "hur fördelas tomelillas IT-investeringar 2025 mellan skolan och äldreomsorgen?",
  "Investeringen i IT och digitalisering (4,5 mnkr 2025) delas inte upp per verksamhet i dokumenten.", [], [], [],
  refused=True)

# ---------------- multi_part (4) ----------------
q("multi_part", "Vad är kommunalskatten i Hällefors 2025 och vad blir den totala skatten med regionskatten?",
  "Kommunalskatten är 22,84 kr och med regionskatten (12,30 kr) blir den totala skattesatsen 35,14 kr.",
  [n(22.84, "kr"), n(35.14, "kr")], [HB],
  ["Den  kommunala  skattesatsen  för  2025  är  22,84  kronor  per  hundra  kronor  beskattningsbar",
   "på 12,30 kronor blir den totala skattesatsen 35,14 kronor."])
q("multi_part", "när börjar man bygga brösarpsboendet och vilket bolag bygger det?",
  "Byggstart sker i april 2025 och Skånebygg AB bygger boendet.", [], [TP],
  ["Byggstart sker i april 2025 och boendet ska vara klart för inflyttning i augusti 2027.",
   "Tomelilla kommun har tecknat avtal med byggföretaget Skånebygg AB om uppförandet av ett nytt särskilt boende i Brösarp."])
q("multi_part", "Vem var ordförande när Hällefors KF sammanträdde 26 november 2024, och vilken paragraf gällde skattesatsen?",
  "Ordförande var Bengt Nyström (S); skattesatsen behandlades i § 113.", [], [HD],
  ["Ordförande: Bengt Nyström (S). Sekreterare: Karin Holm. Justerare: Eva Hedlund (M).", "§ 113 Skattesats för 2025"])
q("multi_part", "hur många tillsvidareanställda hade tomelilla sista augusti 2024 och hur hög var sjukfrånvaron?",
  "1 164 tillsvidareanställda och en sjukfrånvaro på 6,9 procent under perioden.", [n(1164, "st"), n(6.9, "%")], [TD],
  ["Antalet tillsvidareanställda var 1 164 den 31 augusti 2024. Sjukfrånvaron under perioden var", "6,9 procent."])

# ---------------- followup (4) ----------------
q("followup", "och plan 2027 då?", "Årets resultat i plan 2027 är 12,0 mnkr.", [n(12.0, "mnkr")], [HB],
  ["Årets resultat 8,7 6,7 8,6 9,1 12,0", HB_RB_HDR], history=["vad är hällefors årets resultat i budgeten för 2025?"])
q("followup", "hur mycket av det går till äldreboendet i brösarp?",
  "42,0 mnkr av investeringarna 2025 går till Särskilt boende Brösarp.", [n(42.0, "mnkr")], [TB],
  ["Särskilt boende Brösarp, 60 platser 42,0 55,0 18,0 115,0", TB_INV_HDR],
  history=["Hur mycket investerar Tomelilla kommun 2025?"])
q("followup", "och en elev i grundskolan?", "En elev i grundskolan kostar i genomsnitt 128 000 kronor per år.",
  [n(128000, "kr")], [HH],
  ["En plats i förskolan kostar kommunen ungefär 176 000 kronor per år. En elev i grundskolan kostar i genomsnitt 128 000 kronor per år, och en plats på särskilt boende för äldre kostar omkring 1,1 miljoner kronor per år."],
  history=["vad kostar en förskoleplats i hällefors per år?"])
q("followup", "hur många procent har den ökat?",
  "Folkmängden ökade från 13 528 (2019) till 13 720 (2023), cirka 1,4 procent.", [n(1.4, "%")], [TX],
  ["2019 | 13528 | 21,94", "2023 | 13720 | 22,16", "År | Folkmängd | Skattesats"],
  history=["Hur många bodde i Tomelilla 2023 enligt statistiken?", "och 2019?"])

# ---------------- english (4) ----------------
q("english", "How much does Hällefors plan to invest in renovating the simhall in 2025?",
  "9.2 mnkr is budgeted for the renovation of Hällefors simhall in 2025 (and 4.0 mnkr in 2026).", [n(9.2, "mnkr")], [HB],
  ["Renovering av Hällefors simhall 9,2 4,0 –", HB_INV_HDR], lang="en")
q("english", "What is the budget frame for Kommunstyrelsen in Tomelilla for 2025?",
  "Kommunstyrelsen's frame for 2025 is 124,300 tkr (about 124.3 mnkr).", [n(124300, "tkr")], [TB],
  ["Kommunstyrelsen 118 450 124 300 127 100 129 800", TB_DR_HDR], lang="en")
q("english", "What was Hällefors municipality's net result (årets resultat) in 2021 according to the annual report?",
  "The result for 2021 was 24.1 mnkr.", [n(24.1, "mnkr")], [HA],
  ["Årets resultat, mnkr 4,2 19,6 24,1 1,1 8,7", "Nyckeltal 2019 2020 2021 2022 2023"], lang="en")
q("english", "How much did Tomelilla's kommunstyrelse decide to contribute to the cycle path between Tomelilla and Tryde?",
  "3.8 million kronor, which is 50 percent of the cost.", [n(3.8, "mnkr")], [TW],
  ["Beslut: Kommunstyrelsen beslutar att medfinansiera Trafikverkets cykelväg mellan Tomelilla och Tryde med 3,8 miljoner kronor, vilket motsvarar 50 procent av kostnaden."],
  lang="en")


def write(path):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for i, item in enumerate(Q, 1):
            rec = {"id": f"md31-{i:03d}", "corpus": C, "category": item["category"], "language": item["language"],
                   "question": item["question"], "history": item["history"], "gold": item["gold"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
