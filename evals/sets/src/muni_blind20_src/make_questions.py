"""Writes evals/sets/dev/muni_blind20.jsonl (questions over evals/corpora/blind-muni20)."""
import json, os

C = "evals/corpora/blind-muni20"
MB = f"{C}/mullsjo/mal-och-budget-2025-2027.pdf"
MA = f"{C}/mullsjo/arsredovisning-2023.pdf"
MH = f"{C}/mullsjo/sa-anvands-din-skatt.html"
MD = f"{C}/mullsjo/protokoll-ks-2024-11-12.docx"
MX = f"{C}/mullsjo/nyckeltal-och-kostnader.xlsx"
MP = f"{C}/mullsjo/pressmeddelande-budget-2025.md"
DB = f"{C}/dalsed/budget-och-plan-2025-2027.pdf"
DA = f"{C}/dalsed/delarsrapport-augusti-2024.pdf"
DH = f"{C}/dalsed/finansiell-information.html"
DD = f"{C}/dalsed/protokoll-kf-2024-11-20.docx"
DX = f"{C}/dalsed/befolkning-och-driftredovisning.xlsx"
DP = f"{C}/dalsed/pressmeddelande-2024-11-21.txt"

M_RB_HEAD = "Not Bokslut Prognos Budget Plan Plan"
M_DR_HEAD = "Nämnd Budget Budget Plan Plan Förändring kr per"
D_DR_HEAD = "Nämnd Budget Budget Förändring Plan Plan"
M_X_HEAD = "År | Invånare 31 dec | Barn i förskola | Elever i grundskola F–9 | Brukare med hemtjänst | Platser särskilt boende | Sjukfrånvaro %"
D_X_HEAD = "År | Folkmängd 31 dec | Födda | Döda | Inflyttade | Utflyttade | Befolkningsförändring"
D_X2_HEAD = "Verksamhet | Utfall 2023 | Budget 2024 | Budget 2025 | Förändring 2024–2025 %"
M_X2_HEAD = "Verksamhet | Utfall 2023 | Budget 2024 | Budget 2025 | Kostnad per invånare 2025"


def n(v, u):
    return {"value": v, "unit": u}


Q = []


def q(cat, question, answer, numbers=(), docs=(), quotes=(), refused=False, verdict=None, history=(), lang="sv"):
    Q.append({"category": cat, "language": lang, "question": question, "history": list(history),
              "gold": {"answer": answer, "numbers": list(numbers), "docs": list(docs), "quotes": list(quotes),
                       "refused": refused, "verdict": verdict}})


# ---------------- table_lookup (9)
q("table_lookup", "vad är verksamhetens intäkter i mullsjös resultatbudget för 2026?",
  "Verksamhetens intäkter är planerade till 127,1 mnkr för 2026 (plan).", [n(127.1, "mnkr")], [MB],
  ["Verksamhetens intäkter 1 118,4 121,0 124,6 127,1 129,6", M_RB_HEAD])
q("table_lookup", "hur mkt pengar är det budgeterat för nya sporthallen i ed år 2026",
  "I investeringsbudgeten är Ny sporthall i Ed planerad till 8 000 tkr år 2026.", [n(8000, "tkr")], [DB],
  ["Ny sporthall i Ed 24 500 8 000 0", "Projekt Budget Plan Plan"])
q("table_lookup", "Vilken ram har socialnämnden i Mullsjö i plan för 2027?",
  "Socialnämndens nettokostnadsram är 252,9 mnkr i plan 2027.", [n(252.9, "mnkr")], [MB],
  ["Socialnämnden 231,5 239,8 246,1 252,9 3,6 32 626", M_DR_HEAD])
q("table_lookup", "Hur stort eget kapital räknar Dals-Eds kommun med i balansbudgeten för 2025?",
  "Eget kapital budgeteras till 174 400 tkr för 2025.", [n(174400, "tkr")], [DB],
  ["Eget kapital 168 400 171 300 174 400 177 600 182 500", "Utfall Prognos Budget Plan Plan"])
q("table_lookup", "hur många kronor av varje hundralapp i skatt går till äldreomsorgen i mullsjö?",
  "19 kronor av varje 100 kr i kommunalskatt går till äldreomsorgen (budget 2025).", [n(19, "kr")], [MH],
  ["Äldreomsorg | 19 kr", "Verksamhet | Andel av 100 kr"])
q("table_lookup", "vad var den totala skattesatsen i dals ed 2023?",
  "Den totala skattesatsen 2023 var 33,96 kronor (22,48 kommunalskatt + 11,48 regionskatt).", [n(33.96, "kr")], [DH],
  ["2023 | 22,48 | 11,48 | 33,96", "År | Kommunalskatt | Regionskatt | Total skattesats"])
q("table_lookup", "vad blir den fasta va avgiften per år i mullsjö 2025?",
  "Den fasta VA-avgiften föreslås bli 5 960 kr per år 2025 (från 5 620 kr).", [n(5960, "kr")], [MD],
  ["Fast avgift per år | 5 620 | 5 960 | 6,0", "Avgift | 2024 (kr) | 2025 (kr) | Förändring %"])
q("table_lookup", "hur många barn föddes i dals-ed 2022",
  "38 barn föddes i Dals-Ed 2022.", [n(38, "st")], [DX],
  ["2022 | 4752 | 38 | 65 | 255 | 262 | -34", D_X_HEAD])
q("table_lookup", "Hur många brukare hade hemtjänst i Mullsjö kommun 2023?",
  "226 brukare hade hemtjänst 2023.", [n(226, "st")], [MX],
  ["2023 | 7318 | 385 | 911 | 226 | 78 | 7,9", M_X_HEAD])

# ---------------- calculation (9)
q("calculation", "Hur mycket ökar skatteintäkterna i Mullsjö från budget 2025 till plan 2027?",
  "Skatteintäkterna ökar från 531,4 till 569,8 mnkr, dvs. med 38,4 mnkr.", [n(38.4, "mnkr")], [MB],
  ["Skatteintäkter 4 489,2 510,6 531,4 550,2 569,8", M_RB_HEAD])
q("calculation", "hur stor andel av dals-eds investeringar 2025 går till sporthallen, i procent?",
  "24 500 av totalt 42 050 tkr, alltså cirka 58,3 procent.", [n(58.3, "%")], [DB],
  ["Ny sporthall i Ed 24 500 8 000 0", "Totalt 42 050 21 800 9 800"])
q("calculation", "Vad blir Mullsjös investeringar sammanlagt för hela perioden 2025–2027?",
  "81 300 + 41 700 + 21 800 = 144 800 tkr (cirka 144,8 mnkr).", [n(144800, "tkr")], [MB],
  ["Totalt investeringar 81 300 41 700 21 800", "Projekt Budget 2025 Plan 2026 Plan 2027"])
q("calculation", "Enligt delårsrapporten i Dals-Ed, vad blir avvikelsen för kommunstyrelsen och bildningsnämnden tillsammans?",
  "Kommunstyrelsen +2 100 tkr och bildningsnämnden –1 200 tkr, tillsammans ett överskott på 900 tkr.", [n(900, "tkr")], [DA],
  ["Kommunstyrelsen 58 400 56 300 2 100", "Bildningsnämnden 142 600 143 800 – 1 200"])
q("calculation", "med hur många procent ökade antalet grundskoleelever i mullsjö mellan 2019 och 2023?",
  "Från 874 till 911 elever, en ökning med cirka 4,2 procent.", [n(4.2, "%")], [MX],
  ["2019 | 7261 | 402 | 874 | 198 | 84 | 8,1", "2023 | 7318 | 385 | 911 | 226 | 78 | 7,9"])
q("calculation", "Hur mycket ökar nettokostnaden för individ- och familjeomsorgen i Dals-Ed från utfall 2023 till budget 2025?",
  "Från 19 800 tkr till 22 900 tkr, en ökning med 3 100 tkr.", [n(3100, "tkr")], [DX],
  ["Individ- och familjeomsorg | 19800 | 21100 | 22900 | 8,5", D_X2_HEAD])
q("calculation", "hur många procent över budget låg socialnämnden i mullsjö 2023?",
  "Utfall 229,2 mnkr mot budget 221,0 mnkr: 8,2 mnkr eller cirka 3,7 procent över budget.", [n(3.7, "%")], [MA],
  ["Socialnämnden 221,0 229,2 -8,2", "Nämnd Budget 2023 Utfall 2023 Avvikelse"])
q("calculation", "Med hur många procent ökar vård- och omsorgsnämndens ram i Dals-Ed mellan budget 2024 och budget 2025?",
  "Från 139 800 till 146 200 tkr, en ökning med 6 400 tkr eller cirka 4,6 procent.", [n(4.6, "%")], [DB],
  ["Vård- och omsorgsnämnden 139 800 146 200 6 400 150 400 154 900", D_DR_HEAD])
q("calculation", "hur mycket ökar mullsjö kommuns långfristiga skulder mellan 2024 och 2025 enligt balansbudgeten",
  "Från 409,0 till 441,9 mnkr, en ökning med 32,9 mnkr.", [n(32.9, "mnkr")], [MB],
  ["Långfristiga skulder 393,0 409,0 441,9 438,9 415,5", "Bokslut Prognos Budget Plan Plan"])

# ---------------- lookup (5)
q("lookup", "vem är ordförande i kommunstyrelsen i mullsjö",
  "Henrik Dahlberg (C) är kommunstyrelsens ordförande.", [], [MB],
  ["Henrik Dahlberg (C) Kommunstyrelsens ordförande"])
q("lookup", "vem reserverade sig mot beslutet om solcellsmotionen?",
  "Lars Nilsson (V) reserverade sig (Dals-Eds kommunfullmäktige, § 89).", [], [DD],
  ["Reservation: Lars Nilsson (V) reserverar sig mot beslutet."])
q("lookup", "Vem får köpa fastigheten Sandhem 3:12 i Mullsjö?",
  "Kommunstyrelsen beslutade att sälja Sandhem 3:12 till Sandhems Bygg AB.", [], [MD],
  ["Kommunstyrelsen beslutar att sälja fastigheten Sandhem 3:12 till Sandhems Bygg AB"])
q("lookup", "när ska den nya sporthallen i Ed stå klar?",
  "Sporthallen ska stå klar till höstterminen 2026.", [], [DB],
  ["Sporthallen beräknas kosta 32,5 miljoner kronor och stå klar till höstterminen 2026."])
q("lookup", "när antogs mullsjös mål och budget 2025-2027 av fullmäktige?",
  "Den antogs av kommunfullmäktige 2024-11-26, § 98.", [], [MB],
  ["Antagen av kommunfullmäktige 2024-11-26, § 98"])

# ---------------- text_amount (5)
q("text_amount", "hur mycket ska nämnderna i mullsjö spara/effektivisera 2025?",
  "Nämnderna ska effektivisera sammanlagt 4,7 miljoner kronor under 2025.", [n(4.7, "mnkr")], [MB],
  ["effektiviseringar på sammanlagt 4,7 miljoner kronor under 2025"])
q("text_amount", "Hur mycket pengar satsar Mullsjö på feriearbete för ungdomar?",
  "700 000 kronor avsätts till feriearbete för ungdomar.", [n(700000, "kr")], [MB],
  ["avsätter vi 700 000 kronor till feriearbete för ungdomar"])
q("text_amount", "hur stort underskott tror socialnämnden i mullsjö att de får för 2024",
  "Socialnämnden prognostiserar ett underskott på 14,3 miljoner kronor för 2024.", [n(14.3, "mnkr")], [MB],
  ["Socialnämnden prognostiserar för 2024 ett underskott på 14,3 miljoner kronor"])
q("text_amount", "hur mkt extra får hemtjänsten i dals-ed nästa år?",
  "Hemtjänsten får 1,2 miljoner kronor extra.", [n(1.2, "mnkr")], [DP],
  ["1,2 miljoner kronor extra till hemtjänsten"])
q("text_amount", "Vad skulle det kosta att sätta solceller på alla kommunens fastigheter i Dals-Ed?",
  "Samhällsbyggnadsnämnden har beräknat kostnaden till cirka 4,8 miljoner kronor.", [n(4.8, "mnkr")], [DD],
  ["Samhällsbyggnadsnämnden har beräknat kostnaden till cirka 4,8 miljoner kronor."])

# ---------------- multi_doc (5)
q("multi_doc", "vilken av kommunerna mullsjö och dals-ed har högst kommunalskatt 2025?",
  "Dals-Ed har högst: 22,73 kronor mot Mullsjös 22,29 kronor.", [n(22.73, "kr"), n(22.29, "kr")], [DH, MH],
  ["Från och med 1 januari 2025 är kommunalskatten 22,73 kronor.", "Skattesatsen i Mullsjö kommun är 22,29 kronor för 2025."])
q("multi_doc", "Vilken kommun budgeterar det högsta resultatet i procent av skatter och generella statsbidrag 2025, Mullsjö eller Dals-Ed?",
  "Mullsjö: 1,8 procent, jämfört med Dals-Eds 0,8 procent.", [n(1.8, "%"), n(0.8, "%")], [MB, DB],
  ["Med den föreslagna budgeten uppgår resultatet 2025 till 1,8 procent av skatteintäkter och generella statsbidrag.",
   "Resultatet för 2025 motsvarar 0,8 procent av skatteintäkter och generella statsbidrag"])
q("multi_doc", "får vård- och omsorgsnämnden i dals-ed en större ram 2025 än vad de prognostiserade att göra av med 2024 enligt delårsrapporten?",
  "Nej, lika stor: ramen för 2025 är 146 200 tkr, samma belopp som helårsprognosen för 2024 (146 200 tkr).",
  [n(146200, "tkr")], [DB, DA],
  ["Vård- och omsorgsnämnden 139 800 146 200 6 400 150 400 154 900", "Vård- och omsorgsnämnden 139 800 146 200 – 6 400"])
q("multi_doc", "Hur mycket större är Mullsjös investeringsbudget för 2025 jämfört med vad kommunen faktiskt investerade 2023?",
  "81,3 mnkr budgeterat 2025 mot 61,2 mnkr i nettoinvesteringar 2023: 20,1 mnkr mer.", [n(20.1, "mnkr")], [MB, MA],
  ["Investeringsbudgeten för 2025 uppgår till totalt 81,3 miljoner kronor",
   "Nettoinvesteringarna uppgick till 61,2 miljoner kronor"])
q("multi_doc", "hur många invånare har mullsjö och dals-ed tillsammans vid årsskiftet 2024?",
  "7 342 (Mullsjö) + 4 721 (Dals-Ed) = 12 063 invånare den 31 december 2024.", [n(12063, "st")], [MX, DX],
  ["2024 | 7342 | 379 | 908 | 234 | 78 | 7,4", "2024 | 4721 | 36 | 57 | 244 | 263 | -40"])

# ---------------- claim (5)
q("claim", "Stämmer det att Dals-Ed höjer kommunalskatten med 25 öre till 22,73 kronor 2025?",
  "Ja, det stämmer. Kommunalskatten för 2025 fastställdes till 22,73 kronor, en höjning med 25 öre.",
  [n(22.73, "kr")], [DD], ["Kommunalskatten för 2025 fastställs till 22,73 kronor."], verdict="supported")
q("claim", "Mullsjö lägger totalt 38,5 miljoner på nya förskolan i Nyhem, eller hur?",
  "Nej. 38,5 miljoner kronor avser 2025; den totala projektbudgeten för förskolan är 50,5 miljoner kronor.",
  [n(50.5, "mnkr")], [MB], ["Den totala projektbudgeten för förskolan är 50,5 miljoner kronor."], verdict="contradicted")
q("claim", "Jag har hört att budgeten i Dals-Ed klubbades med 22 röster mot 9?",
  "Nej. Fullmäktige biföll med 19 ja-röster mot 10 nej-röster, och 2 avstod.",
  [n(19, "st"), n(10, "st")], [DD],
  ["Med 19 ja-röster mot 10 nej-röster och 2 som avstår bifaller kommunfullmäktige kommunstyrelsens förslag."],
  verdict="contradicted")
q("claim", "Stämmer det att Mullsjö ska lägga ner biblioteket i Sandhem?",
  "Det finns inget om en nedläggning av något bibliotek i Sandhem i dokumenten.", refused=True, verdict="not_found")
q("claim", "socialnämnden i mullsjö gick 8,2 miljoner back 2023?",
  "Ja. Socialnämnden hade en budget på 221,0 mnkr och ett utfall på 229,2 mnkr, en avvikelse på -8,2 mnkr.",
  [n(-8.2, "mnkr")], [MA], ["Socialnämnden 221,0 229,2 -8,2"], verdict="supported")

# ---------------- unanswerable (5)
q("unanswerable", "vad är mullsjös budgeterade skatteintäkter för 2028?",
  "Budgeten sträcker sig bara till plan 2027; skatteintäkter för 2028 anges inte.", refused=True)
q("unanswerable", "Vad kommer den nya sporthallen i Ed att kosta per år i drift?",
  "Dokumenten anger investeringskostnaden men inte driftkostnaden för sporthallen.", refused=True)
q("unanswerable", "hur mycket får överförmyndarnämnden i mullsjö i budget 2025",
  "Någon överförmyndarnämnd finns inte med i Mullsjös driftbudget; uppgiften saknas.", refused=True)
q("unanswerable", "Hur många barn står i kö till förskolan i Mullsjö just nu?",
  "Dokumenten anger inte antalet barn i förskolekö.", refused=True)
q("unanswerable", "vad blev dals-eds årets resultat 2022?",
  "Dokumenten redovisar utfall från 2023 och framåt; resultatet för 2022 anges inte.", refused=True)

# ---------------- multi_part (4)
q("multi_part", "vad kostar nya förskolan i nyhem 2025 och när ska den stå klar?",
  "38 500 tkr är budgeterat för 2025, och förskolan beräknas stå klar till hösten 2026.", [n(38500, "tkr")], [MB],
  ["Ny förskola Nyhem 38 500 12 000 0", "som beräknas stå klar till hösten 2026"])
q("multi_part", "Hur mycket ombudgeteras totalt från 2024 till 2025 i Dals-Ed, och vilket projekt får mest?",
  "Totalt 6 950 tkr ombudgeteras; mest får VA-sanering Nössemark med 3 300 tkr.", [n(6950, "tkr"), n(3300, "tkr")], [DD],
  ["Summa | 10 700 | 3 750 | 6 950", "VA-sanering Nössemark | 6 200 | 2 900 | 3 300"])
q("multi_part", "hur många tillsvidareanställda hade mullsjö i slutet av 2023 och hur hög var sjukfrånvaron det året?",
  "812 tillsvidareanställda den 31 december 2023, och sjukfrånvaron var 7,9 procent.", [n(812, "st"), n(7.9, "%")], [MA],
  ["Sjukfrånvaron uppgick till 7,9 procent av den ordinarie arbetstiden",
   "Antalet tillsvidareanställda var 812 den 31 december 2023."])
q("multi_part", "Vilket resultat hade Dals-Ed efter januari–augusti 2024, och vad är prognosen för helåret?",
  "Periodens resultat var 11,8 mnkr och helårsprognosen är 2,9 mnkr.", [n(11.8, "mnkr"), n(2.9, "mnkr")], [DA],
  ["Periodens resultat uppgår till 11,8 miljoner kronor.", "Prognosen för helåret 2024 är ett resultat på 2,9 miljoner kronor"])

# ---------------- followup (4)
q("followup", "och 2027 då?",
  "Årets resultat är planerat till 18,3 mnkr för 2027.", [n(18.3, "mnkr")], [MB],
  ["Årets resultat 9,5 10,2 11,6 14,4 18,3", M_RB_HEAD], history=["vad är mullsjös årets resultat i budget 2025?"])
q("followup", "och vård- och omsorgsnämnden?",
  "Vård- och omsorgsnämnden har en ram på 146 200 tkr för 2025.", [n(146200, "tkr")], [DB],
  ["Vård- och omsorgsnämnden 139 800 146 200 6 400 150 400 154 900", D_DR_HEAD],
  history=["hur mycket får bildningsnämnden i dals-ed 2025?"])
q("followup", "och äldreomsorgen?",
  "Äldreomsorgen kostar 17 503 kr per invånare i budget 2025.", [n(17503, "kr")], [MX],
  ["Äldreomsorg | 118340 | 123900 | 128650 | 17503", M_X2_HEAD],
  history=["Hur mycket kostar grundskolan i Mullsjö per invånare 2025?"])
q("followup", "hur många flyttade ut då?",
  "252 personer flyttade ut från Dals-Ed 2023.", [n(252, "st")], [DX],
  ["2023 | 4761 | 40 | 60 | 281 | 252 | 9", D_X_HEAD],
  history=["hur många invånare hade dals-ed 2023?", "och hur många flyttade in det året?"])

# ---------------- english (4)
q("english", "What is the municipal tax rate (kommunalskatt) in Mullsjö for 2025?",
  "The municipal tax rate is unchanged at 22.29 kronor per 100 kronor of income.", [n(22.29, "kr")], [MP],
  ["Skattesatsen blir oförändrad, 22,29 kronor"], lang="en")
q("english", "How much is Dals-Ed planning to invest in the guest harbour (Gästhamnen i Ed) in 2025?",
  "1,900 tkr (new jetties) is budgeted for 2025.", [n(1900, "tkr")], [DB],
  ["Gästhamnen i Ed, nya bryggor 1 900 0 0", "Projekt Budget Plan Plan"], lang="en")
q("english", "What is the 2025 budget for Barn- och utbildningsnämnden in Mullsjö, and how much is that per inhabitant?",
  "256.3 mnkr in 2025, which is 34,871 kronor per inhabitant.", [n(256.3, "mnkr"), n(34871, "kr")], [MB],
  ["Barn- och utbildningsnämnden 248,7 256,3 262,0 268,4 3,1 34 871", M_DR_HEAD], lang="en")
q("english", "what will the maxtaxa for förskola be per month in Dals-Ed in 2025?",
  "The maximum preschool fee for the first child will be 1,718 kronor per month in 2025 (1,688 in 2024).",
  [n(1718, "kr")], [DB], ["Maxtaxa förskola, första barnet per månad 1 688 1 718", "Taxa 2024, kr 2025, kr"], lang="en")

# order: interleave categories deterministically
ORDER = ["table_lookup", "calculation", "lookup", "claim", "text_amount", "multi_doc", "unanswerable",
         "multi_part", "followup", "english"]
buckets = {c: [x for x in Q if x["category"] == c] for c in ORDER}
out = []
while any(buckets.values()):
    for c in ORDER:
        if buckets[c]:
            out.append(buckets[c].pop(0))
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "dev", "muni_blind20.jsonl")
with open(path, "w", encoding="utf-8") as f:
    for i, x in enumerate(out, 1):
        rec = {"id": f"mb20-{i:03d}", "corpus": C, **x}
        rec = {k: rec[k] for k in ["id", "corpus", "category", "language", "question", "history", "gold"]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(out), "questions written to", os.path.abspath(path))
