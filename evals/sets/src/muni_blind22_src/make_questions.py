"""Writes evals/sets/dev/muni_blind22.jsonl (deterministic)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "evals", "sets", "dev", "muni_blind22.jsonl")
C = "evals/corpora/blind-muni22"
L = C + "/lessebo/"; G = C + "/gallivare/"
LB = L + "lessebo-mal-och-budget-2025-2027.pdf"; LD = L + "lessebo-delarsrapport-augusti-2024.pdf"
LH = L + "sa-anvands-din-skatt.html"; LP = L + "ks-protokoll-2024-11-12.docx"
LX = L + "lessebo-nyckeltal-2019-2024.xlsx"; LM = L + "pressmeddelande-budget-2025.md"
GB = G + "gallivare-budget-och-plan-2025-2027.pdf"; GA = G + "arsredovisning-2023.pdf"
GH = G + "nyheter-budget-2025-antagen.html"; GP = G + "kf-protokoll-2024-11-25.docx"
GX = G + "driftbudget-per-verksamhet-2025.xlsx"; GT = G + "pressmeddelande-badhus.txt"

LB_DR_H = "Nämnd 2023 2024 2025 2024–2025 %"
LB_SN = "Socialnämnden 268 900 279 600 291 300 11 700 4,2"
LB_BUN = "Barn- och utbildningsnämnden 296 300 309 400 318 200 8 800 2,8"
GB_RB_H = "Not Bokslut Prognos Budget Budget Plan Plan"
GB_INV_H = "Projekt 2025 2026 2027 2025–2027"


def n(v, u):
    return {"value": v, "unit": u}


Q = []


def q(cat, question, answer, numbers=(), docs=(), quotes=(), refused=False, verdict=None, lang="sv", history=()):
    Q.append({"category": cat, "language": lang, "question": question, "history": list(history),
              "gold": {"answer": answer, "numbers": list(numbers), "docs": list(docs), "quotes": list(quotes),
                       "refused": refused, "verdict": verdict}})


# ---- table_lookup (9)
q("table_lookup", "hur mkt får socialnämnden i lessebo 2025?",
  "Socialnämnden i Lessebo har en nettokostnadsram på 291 300 tkr i budget 2025.",
  [n(291300, "tkr")], [LB], [LB_SN, LB_DR_H])
q("table_lookup", "Vilka skatteintäkter har Gällivare budgeterat för 2025?",
  "Skatteintäkterna i Gällivares budget 2025 är 1 054,0 mnkr.", [n(1054.0, "mnkr")], [GB],
  ["Skatteintäkter 4 986,2 1 016,0 1 021,0 1 054,0 1 088,0 1 121,0", GB_RB_H])
q("table_lookup", "hur mycket ska gällivare lägga på nya särskilda boendet i repisvaara 2026",
  "I planen för 2026 ligger 78 000 tkr för det nya särskilda boendet i Repisvaara.", [n(78000, "tkr")], [GB],
  ["Nytt särskilt boende Repisvaara* 24 000 78 000 65 000 167 000", GB_INV_H])
q("table_lookup", "Hur stort underskott hade socialnämnden i Gällivare 2023 enligt årsredovisningen?",
  "Socialnämnden hade ett underskott på 12,9 mnkr 2023 (budget 521,4 mnkr, utfall 534,3 mnkr).", [n(12.9, "mnkr")], [GA],
  ["Socialnämnden 521,4 534,3 (12,9)", "Nämnd Budget 2023 Utfall 2023 Avvikelse"])
q("table_lookup", "hur många kronor av varje hundralapp i skatt går till äldreomsorgen i lessebo",
  "22,30 kronor av varje 100 kronor går till äldreomsorgen (169,5 mnkr i budget 2025).", [n(22.30, "kr")], [LH],
  ["Äldreomsorg | 22,30 | 169,5", "Verksamhet | Kronor av 100 kr | Nettokostnad budget 2025, mnkr"])
q("table_lookup", "vad kostar det att hyra idrottshallen per timme i lessebo nästa år? (2025)",
  "Från 2025 föreslås hyran för idrottshall bli 280 kronor per timme (260 kr 2024).", [n(280, "kr")], [LP],
  ["Hyra idrottshall, per timme | 260 | 280", "Avgift | 2024 | 2025"])
q("table_lookup", "Vad är nettokostnaden för äldreomsorgen i Gällivare i driftbudgeten 2025?",
  "Äldreomsorgen har en nettokostnad på 298 400 tkr 2025.", [n(298400, "tkr")], [GX],
  ["Äldreomsorg | 41200 | 339600 | 298400", "Verksamhet | Intäkter | Kostnader | Nettokostnad"])
q("table_lookup", "hur många bodde i hovmantorp 2023",
  "Hovmantorp hade 3 096 invånare den 31 december 2023.", [n(3096, "st")], [LX],
  ["Hovmantorp | 3040 | 3071 | 3096", "Ort | 2021 | 2022 | 2023"])
q("table_lookup", "Vad är helårsprognosen för Lessebos socialnämnd i delårsrapporten 2024?",
  "Socialnämnden prognostiserar en nettokostnad på 285 900 tkr mot budget 279 600 tkr, en avvikelse på -6 300 tkr.",
  [n(285900, "tkr"), n(-6300, "tkr")], [LD],
  ["Socialnämnden 279 600 285 900 -6 300", "Nämnd Budget 2024 Prognos 2024 Avvikelse"])

# ---- calculation (9)
q("calculation", "hur stor andel av lessebos totala nettokostnad 2025 går till barn- och utbildningsnämnden?",
  "318 200 tkr av 760 300 tkr, alltså ungefär 41,9 procent.", [n(41.9, "%")], [LB],
  [LB_BUN, "Totalt verksamhetens nettokostnad 705 500 735 300 760 300 25 000 3,4"])
q("calculation", "Hur mycket ökar Gällivares skatteintäkter och generella statsbidrag tillsammans från budget 2024 till budget 2025?",
  "Från 1 482,0 mnkr (1 021,0 + 461,0) till 1 548,0 mnkr (1 054,0 + 494,0), en ökning med 66,0 mnkr.", [n(66.0, "mnkr")], [GB],
  ["Skatteintäkter 4 986,2 1 016,0 1 021,0 1 054,0 1 088,0 1 121,0",
   "Generella statsbidrag och utjämning 5 451,6 463,0 461,0 494,0 513,0 533,0"])
q("calculation", "hur stor del av gällivares investeringar 2025 är samhällsomvandlingen, i procent?",
  "310 500 tkr av totalt 351 900 tkr, cirka 88,2 procent.", [n(88.2, "%")], [GB],
  ["Totalt investeringar 351 900 328 700 161 700 842 300", "Varav samhällsomvandling 310 500 293 000 127 000 730 500"])
q("calculation", "Vad var Lessebo kommuns genomsnittliga årsresultat 2019–2023?",
  "(8,4 + 24,1 + 31,6 + 19,8 + 15,3) / 5 = 19,84, alltså cirka 19,8 mnkr per år.", [n(19.8, "mnkr")], [LX],
  ["2019 | 8687 | 22,11 | 8,4 | 42,3 | 37,2 | 7,4", "2020 | 8731 | 22,11 | 24,1 | 38,9 | 38,5 | 8,6",
   "2021 | 8798 | 22,36 | 31,6 | 51,2 | 40,1 | 8,9", "2022 | 8845 | 22,36 | 19,8 | 63,7 | 40,6 | 8,3",
   "2023 | 8862 | 22,36 | 15,3 | 58,4 | 40,5 | 8,1"])
q("calculation", "hur stor andel av äldreomsorgens kostnader i gällivare täcks av intäkter 2025?",
  "Intäkterna är 41 200 tkr av kostnaderna 339 600 tkr, cirka 12,1 procent.", [n(12.1, "%")], [GX],
  ["Äldreomsorg | 41200 | 339600 | 298400", "Verksamhet | Intäkter | Kostnader | Nettokostnad"])
q("calculation", "Hur stor andel av Lessebos investeringsbudget för 2024 hade förbrukats efter augusti?",
  "Utfallet jan–aug var 31 600 tkr av budgeten 66 400 tkr, alltså cirka 47,6 procent.", [n(47.6, "%")], [LD],
  ["Summa 66 400 31 600 58 200", "Projekt Budget 2024 Utfall jan–aug Prognos 2024"])
q("calculation", "hur mycket har befolkningen i gällivare minskat mellan 2019 och 2023, i antal och procent?",
  "Från 17 843 till 17 286 invånare, en minskning med 557 personer eller cirka 3,1 procent.", [n(557, "st"), n(3.1, "%")], [GA],
  ["Folkmängd 31 december 17 843 17 720 17 541 17 402 17 286"])
q("calculation", "Med hur många procent ökar Lessebos verksamhetens nettokostnader från budget 2025 till plan 2027?",
  "Från 760,3 mnkr till 805,7 mnkr, en ökning med 45,4 mnkr eller cirka 6,0 procent.", [n(6.0, "%")], [LB],
  ["Verksamhetens nettokostnader -705,5 -735,3 -760,3 -784,0 -805,7", "Mnkr 2023 2024 2025 2026 2027"])
q("calculation", "hur många procent höjs avgiften för trygghetslarm i lessebo 2025",
  "Från 250 till 265 kronor per månad, en höjning med 6,0 procent.", [n(6.0, "%")], [LP],
  ["Trygghetslarm, per månad | 250 | 265"])

# ---- lookup (5)
q("lookup", "vem är kommunstyrelsens ordförande i lessebo?",
  "Helena Bergqvist (S) är kommunstyrelsens ordförande.", [], [LB], ["Helena Bergqvist (S)", "Kommunstyrelsens ordförande"])
q("lookup", "När ska det nya badhuset i Gällivare öppna, och vem bygger?",
  "Badhuset beräknas öppna hösten 2027; byggentreprenör är Norrbyggarna AB.", [], [GT],
  ["Badhuset beräknas öppna hösten 2027.", "Byggentreprenör är Norrbyggarna AB"])
q("lookup", "Vem reserverade sig mot ombudgeteringen för ersättningsbostäderna i Malmberget i Gällivares fullmäktige?",
  "Sara Poromaa (V) reserverade sig mot beslutet i den delen.", [], [GP],
  ["Reservation: Sara Poromaa (V) reserverar sig mot beslutet i den del som avser ersättningsbostäder i Malmberget."])
q("lookup", "vem justerade ks protokollet i lessebo 12 nov?",
  "Karin Lund (M) utsågs att justera protokollet.", [], [LP], ["Utses att justera: Karin Lund (M)"])
q("lookup", "Vad är Gällivare kommuns finansiella mål för resultatet?",
  "Resultatet ska uppgå till minst 2 procent av skatteintäkter och generella statsbidrag.", [n(2, "%")], [GB],
  ["Resultatet ska uppgå till minst 2 procent av skatteintäkter och generella statsbidrag."])

# ---- text_amount (5)
q("text_amount", "hur mycket ska nämnderna i lessebo spara/effektivisera 2025",
  "Nämnderna ska gemensamt effektivisera med 4,7 miljoner kronor under 2025.", [n(4.7, "mnkr")], [LB],
  ["Nämnderna behöver gemensamt effektivisera med 4,7 miljoner kronor under 2025."])
q("text_amount", "hur mkt pengar satsar lessebo på feriearbeten?",
  "700 000 kronor till feriearbeten för ungdomar sommaren 2025.", [n(700000, "kr")], [LB],
  ["Vi avsätter 700 000 kronor till feriearbeten för ungdomar sommaren 2025."])
q("text_amount", "Vad är prognosen för Gällivares resultat 2024 enligt budgetdokumentet?",
  "Prognosen pekar på ett resultat om -14,3 miljoner kronor för 2024.", [n(-14.3, "mnkr")], [GB],
  ["Prognosen för 2024 pekar på ett resultat om -14,3 miljoner kronor"])
q("text_amount", "hur stort var balanskravsresultatet i gällivare 2023",
  "Balanskravsresultatet uppgick till 41,2 miljoner kronor.", [n(41.2, "mnkr")], [GA],
  ["Balanskravsresultatet uppgick till 41,2 miljoner kronor efter avdrag för realisationsvinster."])
q("text_amount", "Hur mycket har Gällivare fått i ersättning från LKAB sedan 2012?",
  "Totalt 2,4 miljarder kronor sedan 2012.", [n(2.4, "mdkr")], [GB],
  ["Sedan 2012 har kommunen erhållit totalt 2,4 miljarder kronor i ersättning från LKAB."])

# ---- claim (5)
q("claim", "Stämmer det att Lessebo sänker skattesatsen till 22,26 kronor 2025?",
  "Nej. Skattesatsen är oförändrad, 22,36 kronor. En sänkning med 10 öre var oppositionens förslag, som inte antogs.",
  [n(22.36, "kr")], [LM], ["Skattesatsen lämnas oförändrad på 22,36 kronor."], verdict="contradicted")
q("claim", "Gällivares budget för 2025 antogs med 27 röster mot 14, eller hur?",
  "Ja, kommunfullmäktige biföll kommunstyrelsens förslag med 27 röster mot 14.", [n(27, "st"), n(14, "st")], [GP],
  ["Kommunfullmäktige bifaller kommunstyrelsens förslag med 27 röster mot 14."], verdict="supported")
q("claim", "Jag har hört att nya badhuset i Gällivare kostar 450 miljoner kronor.",
  "Det stämmer inte. Den totala kostnaden beräknas till 385 miljoner kronor.", [n(385, "mnkr")], [GT],
  ["Den totala kostnaden beräknas till 385 miljoner kronor"], verdict="contradicted")
q("claim", "Lessebo kommun har fått 5 miljoner kronor i statsbidrag för att bygga laddstolpar?",
  "Dokumenten nämner inget statsbidrag för laddstolpar i Lessebo.", [], [], [], refused=True, verdict="not_found")
q("claim", "Lessebos socialnämnd prognostiserar ett underskott på 6,3 miljoner kronor för 2024?",
  "Ja, enligt delårsrapporten prognostiserar socialnämnden ett underskott på 6,3 miljoner kronor.", [n(6.3, "mnkr")], [LD],
  ["Socialnämnden, som prognostiserar ett underskott på 6,3 miljoner"], verdict="supported")

# ---- unanswerable (5)
q("unanswerable", "Vad är Lessebos budgeterade resultat för 2028?",
  "Budgeten sträcker sig bara till plan 2027; 2028 finns inte i dokumenten.", [], [], [], refused=True)
q("unanswerable", "hur mycket får tekniska nämnden i gällivare 2025?",
  "Gällivare har ingen teknisk nämnd i dokumenten, så det framgår inte.", [], [], [], refused=True)
q("unanswerable", "Hur många elever går på Välkommaskolan i Gällivare?",
  "Antalet elever på Välkommaskolan anges inte i dokumenten.", [], [], [], refused=True)
q("unanswerable", "vad var sjukfrånvaron i gällivare kommun 2024?",
  "Dokumenten anger bara sjukfrånvaron för 2023 (och 2022), inte 2024.", [], [], [], refused=True)
q("unanswerable", "Hur stor är socialnämndens budget i Lessebo för 2026?",
  "Driftbudgeten per nämnd redovisas bara till och med 2025; för 2026 anges ingen ram för socialnämnden.", [], [], [], refused=True)

# ---- multi_part (4)
q("multi_part", "när antog fullmäktige i lessebo budgeten för 2025 och med hur många röster?",
  "Den 25 november 2024, med 22 röster mot 13.", [n(22, "st"), n(13, "st")], [LM],
  ["Kommunfullmäktige i Lessebo antog på måndagskvällen den 25 november Mål och budget 2025–2027.",
   "Budgeten antogs med 22 röster mot 13."])
q("multi_part", "Vilken skattesats har Gällivare 2025 och hur stort resultat budgeteras för 2025?",
  "Skattesatsen är oförändrad 22,94 kronor och resultatet budgeteras till 32,0 miljoner kronor.",
  [n(22.94, "kr"), n(32.0, "mnkr")], [GB],
  ["Skattesatsen är oförändrad, 22,94 kronor, för 2025.", "Budgeten för 2025 ger ett resultat på 32,0 miljoner kronor"])
q("multi_part", "vad blev lessebos resultat jan-aug 2024 och vad är prognosen för helåret?",
  "Resultatet för januari–augusti 2024 är 14,2 miljoner kronor och helårsprognosen 6,8 miljoner kronor.",
  [n(14.2, "mnkr"), n(6.8, "mnkr")], [LD],
  ["uppgår till 14,2 miljoner kronor", "Prognosen för helåret 2024 är ett resultat på 6,8 miljoner kronor"])
q("multi_part", "hur många tillsvidareanställda hade gällivare i slutet av 2023, och hur hög var sjukfrånvaron?",
  "1 842 tillsvidareanställda och en sjukfrånvaro på 8,4 procent.", [n(1842, "st"), n(8.4, "%")], [GA],
  ["Antalet tillsvidareanställda uppgick till 1 842 personer den 31 december 2023.",
   "sjukfrånvaron var 8,4 procent"])

# ---- multi_doc (5)
q("multi_doc", "vilken av kommunerna har högst skattesats 2025, lessebo eller gällivare? och hur stor är skillnaden",
  "Gällivare, 22,94 kronor mot Lessebos 22,36 kronor; skillnaden är 0,58 kronor.",
  [n(22.94, "kr"), n(22.36, "kr"), n(0.58, "kr")], [LM, GP],
  ["Skattesatsen lämnas oförändrad på 22,36 kronor.",
   "Beslut: Kommunfullmäktige fastställer skattesatsen för 2025 till 22,94 kronor per skattekrona."])
q("multi_doc", "Jämför årets resultat 2023 för Lessebo och Gällivare.",
  "Lessebo redovisade 15,3 mnkr och Gällivare 48,7 mnkr för 2023; Gällivares resultat var 33,4 mnkr högre.",
  [n(15.3, "mnkr"), n(48.7, "mnkr")], [LX, GA],
  ["2023 | 8862 | 22,36 | 15,3 | 58,4 | 40,5 | 8,1", "Årets resultat, mnkr 21,6 64,3 71,8 33,7 48,7"])
q("multi_doc", "Hur mycket har Gällivare budgeterat för badhuset 2025, och vad kostar badhuset totalt enligt pressmeddelandet?",
  "145 000 tkr (145 mnkr) är budgeterat för 2025; totalkostnaden beräknas till 385 miljoner kronor.",
  [n(145000, "tkr"), n(385, "mnkr")], [GB, GT],
  ["Nytt badhus, Gällivare* 145 000 120 000 40 000 305 000", "Den totala kostnaden beräknas till 385 miljoner kronor"])
q("multi_doc", "hur mycket av badhuspengarna för 2024 ombudgeterades till 2025 i gällivare, och hur stor är badhusbudgeten för 2025 i budgetdokumentet?",
  "26 500 tkr ombudgeterades från 2024 till 2025; i Budget och plan ligger 145 000 tkr för badhuset 2025.",
  [n(26500, "tkr"), n(145000, "tkr")], [GP, GB],
  ["Nytt badhus, Gällivare | 98 000 | 71 500 | 26 500", "Nytt badhus, Gällivare* 145 000 120 000 40 000 305 000"])
q("multi_doc", "Vilken av kommunerna lägger mest på socialnämnden per invånare 2025, Lessebo eller Gällivare?",
  "Gällivare: 33 055 kr per invånare. Lessebo: 291 300 tkr / 8 850 invånare ≈ 32 915 kr per invånare. Gällivare lägger alltså något mer.",
  [n(33055, "kr"), n(32915, "kr")], [LB, GB],
  [LB_SN, "Befolkningen beräknas uppgå till 8 850 invånare den 1 november 2024",
   "Socialnämnden 548,7 570,2 21,5 3,9 33 055"])

# ---- followup (4)
q("followup", "och 2024 då?", "I budget 2024 hade barn- och utbildningsnämnden 309 400 tkr.", [n(309400, "tkr")], [LB],
  [LB_BUN, LB_DR_H], history=["vad får barn- och utbildningsnämnden i lessebo 2025?"])
q("followup", "och hur mycket av det är samhällsomvandlingen?",
  "Av 351 900 tkr avser 310 500 tkr samhällsomvandlingen.", [n(310500, "tkr")], [GB],
  ["Varav samhällsomvandling 310 500 293 000 127 000 730 500"], history=["hur mycket investerar gällivare 2025 totalt?"])
q("followup", "och för barn?", "Entré för barn kostar 30 kronor, oförändrat mot 2024.", [n(30, "kr")], [LP],
  ["Entré simhall, barn | 30 | 30"], history=["vad kostar entré till simhallen för vuxna i lessebo 2025?"])
q("followup", "hur många flyttade ut 2023 då?", "669 personer flyttade ut från Gällivare 2023.", [n(669, "st")], [GX],
  ["2023 | 17286 | 151 | 194 | 596 | 669", "År | Folkmängd 31 dec | Födda | Döda | Inflyttade | Utflyttade"],
  history=["Hur många invånare hade Gällivare 2023?", "och 2019?"])

# ---- english (4)
q("english", "What is the municipal tax rate in Lessebo for 2025?",
  "The tax rate is proposed unchanged at 22.36 kronor per skattekrona.", [n(22.36, "kr")], [LB],
  ["Skattesatsen för 2025 föreslås vara oförändrad, 22,36 kronor per skattekrona."], lang="en")
q("english", "How much does Gällivare budget for Kommunstyrelsen in 2025, and how much is that per inhabitant?",
  "221.8 mnkr in 2025, which is 12,858 kronor per inhabitant.", [n(221.8, "mnkr"), n(12858, "kr")], [GB],
  ["Kommunstyrelsen 212,4 221,8 9,4 4,4 12 858", "Nämnd 2024 2025 mnkr % 2025"], lang="en")
q("english", "What was the sick leave rate (sjukfrånvaro) in Lessebo in 2023 according to the nyckeltal spreadsheet?",
  "It was 8.1 percent in 2023.", [n(8.1, "%")], [LX],
  ["2023 | 8862 | 22,36 | 15,3 | 58,4 | 40,5 | 8,1",
   "År | Folkmängd 31 dec | Skattesats, kr | Årets resultat | Nettoinvesteringar | Soliditet, % | Sjukfrånvaro, %"], lang="en")
q("english", "Is it true that Socialnämnden gets 37.6 % of Gällivare's total net cost budget for 2025?",
  "Yes. Socialnämnden's 570.2 mnkr is 37.6 % of the total net cost according to the news page.", [n(37.6, "%")], [GH],
  ["Socialnämnden | 570,2 | 37,6"], verdict="supported", lang="en")

ORDER = ["table_lookup", "calculation", "lookup", "text_amount", "claim", "multi_part", "multi_doc", "followup",
         "english", "unanswerable"]
# interleave categories so the file does not read category by category
buckets = {c: [x for x in Q if x["category"] == c] for c in ORDER}
out = []
while any(buckets.values()):
    for c in ORDER:
        if buckets[c]:
            out.append(buckets[c].pop(0))
with open(OUT, "w", encoding="utf-8") as f:
    for i, x in enumerate(out, 1):
        rec = {"id": f"mb22-{i:03d}", "corpus": C, "category": x["category"], "language": x["language"],
               "question": x["question"], "history": x["history"], "gold": x["gold"]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(out), OUT)
