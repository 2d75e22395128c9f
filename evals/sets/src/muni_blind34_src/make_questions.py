"""Write the question set evals/sets/dev/muni_blind34.jsonl."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "dev", "muni_blind34.jsonl")
CORPUS = "evals/corpora/blind-muni34"
G = CORPUS + "/gullspang/"
K = CORPUS + "/karlsborg/"
GB = G + "mal-och-budget-2025-2027.pdf"
GA = G + "arsredovisning-2023.pdf"
GH = G + "sa-anvands-din-skatt.html"
GD = G + "protokoll-ks-2024-11-06.docx"
GX = G + "befolkningsstatistik-2018-2023.xlsx"
GP = G + "pressmeddelande-forskola-hova.md"
KB = K + "budget-och-plan-2025-2027.pdf"
KR = K + "delarsrapport-jan-aug-2024.pdf"
KH = K + "finansiell-information.html"
KD = K + "protokoll-kf-2024-11-18.docx"
KX = K + "driftbudget-2025-per-verksamhet.xlsx"
KP = K + "pressmeddelande-budget-2025.txt"

Q = []


def n(v, u):
    return {"value": v, "unit": u}


def q(cat, question, answer, numbers=(), docs=(), quotes=(), lang="sv", refused=False, verdict=None, history=()):
    Q.append({"category": cat, "language": lang, "question": question, "history": list(history),
              "gold": {"answer": answer, "numbers": list(numbers), "docs": list(docs), "quotes": list(quotes),
                       "refused": refused, "verdict": verdict}})


# ---------------- table_lookup (9) ----------------
q("table_lookup", "hur stor är socialnämndens ram 2025 i gullspång?",
  "Socialnämndens ram i Gullspångs budget 2025 är 176,4 mnkr.",
  [n(176.4, "mnkr")], [GB],
  ["Socialnämnden 168,9 176,4 7,5 4,4 33 728 180,2 184,7", "Tabell 3. Driftbudget per nämnd, mnkr"])
q("table_lookup", "Vad är skatteintäkterna i Karlsborgs budget för 2025?",
  "Skatteintäkterna budgeteras till 455,7 mnkr 2025.",
  [n(455.7, "mnkr")], [KB],
  ["Skatteintäkter 418,2 436,9 455,7 471,3 487,8", "Belopp i miljoner kronor (mnkr)"])
q("table_lookup", "hur mycket ska karlsborg låna upp 2026 enligt kassaflödesbudgeten",
  "Nyupplåningen är 15,0 mnkr i plan 2026.",
  [n(15.0, "mnkr")], [KB],
  ["Nyupplåning 25,0 15,0 0,0", "Budget 2025 Plan 2026 Plan 2027"])
q("table_lookup", "vad ska renoveringen av simhallen i gullspång kosta 2026?",
  "Renoveringen av simhallen i Gullspång har 5 500 tkr i plan 2026 (totalt 12 000 tkr 2025–2027).",
  [n(5500, "tkr")], [GB],
  ["Renovering av simhallen i Gullspång 6 500 5 500 0 12 000", "Projekt Budget 2025 Plan 2026 Plan 2027 Summa"])
q("table_lookup", "Vad var soliditeten i Gullspångs kommun 2021?",
  "Soliditeten var 45,0 procent 2021.",
  [n(45.0, "%")], [GA],
  ["Soliditet, % 41,8 43,2 45,0 44,1 39,4", "2019 2020 2021 2022 2023"])
q("table_lookup", "hur många kronor av varje hundralapp i skatt går till äldreomsorgen i gullspång",
  "22 kronor av varje hundralapp går till äldreomsorgen.",
  [n(22, "kr")], [GH],
  ["Äldreomsorg | 22 kr", "Verksamhet | Kronor av 100"])
q("table_lookup", "Hur stor var Karlsborgs låneskuld vid utgången av 2022?",
  "Låneskulden var 235 mnkr den 31 december 2022.",
  [n(235, "mnkr")], [KH],
  ["Låneskuld 31/12, mnkr | 210 | 235 | 250 | 275", "Nyckeltal | 2021 | 2022 | 2023 | Budget 2024"])
q("table_lookup", "nettokostnad för hemtjänsten i karlsborg 2025? hur mkt",
  "Hemtjänsten har en nettokostnad på 51 200 tkr i budget 2025 (kostnader 56 100 tkr, intäkter 4 900 tkr).",
  [n(51200, "tkr")], [KX],
  ["Hemtjänst | 56100 | -4900 | 51200", "Verksamhet | Kostnader | Intäkter | Nettokostnad"])
q("table_lookup", "Vad blev den reviderade budgeten 2025 för nya räddningsstationen i Karlsborg när fullmäktige ändrade investeringsbudgeten?",
  "Den reviderade budgeten 2025 för den nya räddningsstationen är 18 000 tkr (ökning med 1 500 tkr från 16 500 tkr).",
  [n(18000, "tkr")], [KD],
  ["Ny räddningsstation | 16 500 | 18 000 | 1 500", "Projekt | Budget 2025 enligt förslag | Reviderad budget 2025 | Förändring"])

# ---------------- calculation (9) ----------------
q("calculation", "Hur mycket ökar barn- och utbildningsnämndens ram i Gullspång från budget 2025 till plan 2027?",
  "Ramen ökar från 198,3 mnkr till 206,0 mnkr, alltså med 7,7 mnkr.",
  [n(7.7, "mnkr")], [GB],
  ["Barn- och utbildningsnämnden 192,6 198,3 5,7 3,0 37 916 202,1 206,0", "Tabell 3. Driftbudget per nämnd, mnkr"])
q("calculation", "hur stor andel av nämndernas totala ram 2025 går till bildningsnämnden i karlsborg?",
  "229,7 av 560,7 mnkr, ungefär 41,0 procent.",
  [n(41.0, "%")], [KB],
  ["Bildningsnämnden 221,4 229,7 8,3 3,7 33 003 234,6 239,8", "Totalt nämnder 540,2 560,7 20,5 3,8 80 560 574,7 587,1"])
q("calculation", "Hur stort var flyttnettot i Gullspång 2023?",
  "249 inflyttade minus 259 utflyttade ger ett flyttnetto på -10 personer.",
  [n(-10, "st")], [GX],
  ["2023 | 5250 | 40 | 68 | 249 | 259 | -38", "År | Folkmängd | Födda | Döda | Inflyttade | Utflyttade | Förändring"])
q("calculation", "hur stor andel av gullspångs invånare är 65 år eller äldre",
  "1 191 + 538 = 1 729 av 5 250 invånare, ungefär 32,9 procent (31 december 2023).",
  [n(32.9, "%")], [GX],
  ["65–79 år | 588 | 603 | 1191 | 22,7", "80 år och äldre | 298 | 240 | 538 | 10,2", "2023 | 5250 | 40 | 68 | 249 | 259 | -38"])
q("calculation", "Hur många procent av skatteintäkter och generella statsbidrag utgör Karlsborgs budgeterade resultat 2025?",
  "11,4 / (455,7 + 152,0) = 11,4 / 607,7 ≈ 1,9 procent.",
  [n(1.9, "%")], [KB],
  ["Årets resultat 7,9 8,2 11,4 13,4 15,1", "Skatteintäkter 418,2 436,9 455,7 471,3 487,8",
   "Generella statsbidrag och utjämning 142,1 143,4 152,0 154,6 156,3"])
q("calculation", "hur mycket har karlsborg investerat i snitt per år 2021-2023?",
  "(48,3 + 61,7 + 55,2) / 3 ≈ 55,1 mnkr per år.",
  [n(55.1, "mnkr")], [KH],
  ["Nettoinvesteringar, mnkr | 48,3 | 61,7 | 55,2 | 64,0", "Nyckeltal | 2021 | 2022 | 2023 | Budget 2024"])
q("calculation", "Med hur mycket minskade generella statsbidrag och utjämning i Gullspång mellan 2022 och 2023?",
  "Från 145,3 mnkr 2022 till 130,5 mnkr 2023, en minskning med 14,8 mnkr.",
  [n(-14.8, "mnkr")], [GA],
  ["Generella statsbidrag och utjämning 5 130,5 137,4 145,3", "Not Utfall Budget Utfall"])
q("calculation", "hur många procent ökade socialnämndens nettokostnad i karlsborg mellan 2019 och 2023",
  "Från 176,9 mnkr till 211,7 mnkr, en ökning med ungefär 19,7 procent.",
  [n(19.7, "%")], [KX],
  ["2019 | 81,2 | 188,4 | 176,9 | 5,1 | 451,6", "2023 | 94,1 | 216,3 | 211,7 | 6,1 | 528,2",
   "År | Kommunstyrelsen | Bildningsnämnden | Socialnämnden | Miljö- och byggnämnden | Totalt"])
q("calculation", "Hur mycket investerar Gullspång totalt 2025–2027 om man räknar bort nya förskolan i Hova?",
  "85 100 tkr totalt minus 38 500 tkr för förskolan = 46 600 tkr.",
  [n(46600, "tkr")], [GB],
  ["Totalt 35 700 34 900 14 500 85 100", "Ny förskola i Hova 14 000 18 500 6 000 38 500"])

# ---------------- lookup (5) ----------------
q("lookup", "vem är kommunstyrelsens ordförande i gullspång?",
  "Marita Lindqvist (S).", [], [GB], ["Marita Lindqvist (S)\nKommunstyrelsens ordförande"])
q("lookup", "när ska nya förskolan i hova vara klar",
  "Den ska stå klar till höstterminen 2026 (beräknad inflyttning augusti 2026).", [], [GP],
  ["Förskolan får sex avdelningar och plats för 108 barn och ska stå klar till höstterminen 2026."])
q("lookup", "Vilka reserverade sig mot nya VA-taxan i Karlsborg?",
  "Sverigedemokraternas ledamöter reserverade sig mot beslutet om VA-taxan.", [], [KD],
  ["Beslut: Kommunfullmäktige antar VA-taxan. Sverigedemokraternas ledamöter reserverar sig mot beslutet."])
q("lookup", "var ska den nya räddningsstationen i karlsborg byggas",
  "I anslutning till väg 49; den ska vara klar hösten 2026.", [], [KB],
  ["Den nya stationen byggs i anslutning till väg 49 och ska vara klar hösten 2026."])
q("lookup", "vem i gullspångs ks ville sänka skatten och till vad?",
  "Anders Nyqvist (M) yrkade att skattesatsen sänks med 10 öre till 22,19 kronor.", [n(22.19, "kr")], [GD],
  ["Yrkanden: Anders Nyqvist (M) yrkar att skattesatsen sänks med 10 öre till 22,19 kronor."])

# ---------------- text_amount (5) ----------------
q("text_amount", "hur mycket ska socialnämnden i gullspång spara 2025",
  "Socialnämnden ska genomföra effektiviseringar om 4,7 miljoner kronor under 2025.",
  [n(4.7, "mnkr")], [GB], ["Socialnämnden ska genomföra effektiviseringar om 4,7 miljoner kronor under 2025"])
q("text_amount", "Hur mycket pengar lägger Karlsborg på lovaktiviteter för barn och unga?",
  "450 000 kronor.", [n(450000, "kr")], [KB],
  ["vi avsätter 450 000 kronor till lovaktiviteter för barn och unga"])
q("text_amount", "vad blev balanskravsresultatet för gullspång 2023",
  "Balanskravsresultatet blev -15,1 miljoner kronor, så balanskravet uppfylldes inte.",
  [n(-15.1, "mnkr")], [GA],
  ["Balanskravsresultatet uppgår till -15,1 miljoner kronor efter justering för realisationsvinster om 0,8 miljoner kronor."])
q("text_amount", "Hur mycket dyrare blir vatten och avlopp för en villa i Karlsborg 2025?",
  "Cirka 620 kronor per år för en normalvilla (brukningsavgiften höjs med 8 procent).",
  [n(620, "kr")], [KD],
  ["För en normalvilla innebär det en ökning med cirka 620 kronor per år."])
q("text_amount", "hur stor blir borgensramen för gullspångsbostäder",
  "Borgensramen föreslås utökas från 180 till 205 miljoner kronor.",
  [n(205, "mnkr")], [GD],
  ["Borgensramen föreslås utökas från 180 miljoner kronor till 205 miljoner kronor."])

# ---------------- multi_doc (5) ----------------
q("multi_doc", "vilken av kommunerna gullspång och karlsborg har högst skattesats 2025?",
  "Gullspång: 22,29 kronor, mot Karlsborgs 22,14 kronor.",
  [n(22.29, "kr"), n(22.14, "kr")], [GB, KB],
  ["Vi föreslår en oförändrad skattesats på 22,29 kronor per skattekrona.",
   "Budgeten för 2025 bygger på en oförändrad skattesats på 22,14 kronor."])
q("multi_doc", "Vilken kommun budgeterar störst resultat för 2025, Gullspång eller Karlsborg?",
  "Karlsborg, med 11,4 mnkr mot Gullspångs 9,7 mnkr.",
  [n(11.4, "mnkr"), n(9.7, "mnkr")], [GB, KB],
  ["Årets resultat -14,3 9,2 9,7 10,9 12,7", "Årets resultat 7,9 8,2 11,4 13,4 15,1"])
q("multi_doc", "hur mycket högre är karlsborgs budgeterade resultat 2025 än helårsprognosen för 2024 i delårsrapporten?",
  "Budget 2025: 11,4 mnkr; prognos 2024: 6,8 mnkr. Skillnaden är 4,6 mnkr.",
  [n(4.6, "mnkr")], [KB, KR],
  ["Årets resultat 7,9 8,2 11,4 13,4 15,1",
   "Prognosen för helåret 2024 är ett resultat på 6,8 miljoner kronor"])
q("multi_doc", "Hur mycket mer får socialnämnden i Gullspång i budget 2025 än vad nämnden faktiskt kostade 2023?",
  "Utfall 2023: 171,4 mnkr; budget 2025: 176,4 mnkr. Skillnaden är 5,0 mnkr.",
  [n(5.0, "mnkr")], [GA, GB],
  ["Socialnämnden 159,8 171,4 -11,6", "Socialnämnden 168,9 176,4 7,5 4,4 33 728 180,2 184,7"])
q("multi_doc", "vilken av kommunerna hade flest invånare vid årsskiftet 2023/2024 och hur många fler",
  "Karlsborg hade 6 930 invånare och Gullspång 5 250 den 31 december 2023, alltså 1 680 fler i Karlsborg.",
  [n(6930, "st"), n(5250, "st"), n(1680, "st")], [GX, KH],
  ["2023 | 5250 | 40 | 68 | 249 | 259 | -38", "Antal invånare 31/12 | 6 878 | 6 912 | 6 930 | –"])

# ---------------- claim (5) ----------------
q("claim", "Stämmer det att budgeten i Karlsborgs fullmäktige gick igenom med 19 röster mot 12?",
  "Ja. Med 19 ja-röster mot 12 nej-röster bifölls kommunstyrelsens förslag.",
  [n(19, "st"), n(12, "st")], [KD],
  ["Med 19 ja-röster mot 12 nej-röster bifaller kommunfullmäktige kommunstyrelsens förslag."], verdict="supported")
q("claim", "gullspång gick plus 4,1 miljoner 2023, eller hur?",
  "Nej. Årets resultat 2023 blev -14,3 miljoner kronor; 4,1 miljoner kronor var det budgeterade resultatet.",
  [n(-14.3, "mnkr")], [GA],
  ["Årets resultat blev -14,3 miljoner kronor, jämfört med ett budgeterat resultat på 4,1 miljoner kronor."],
  verdict="contradicted")
q("claim", "Jag har hört att nya förskolan i Hova kostar 45 miljoner kronor.",
  "Nej. Den totala budgeten för förskolan i Hova är 38,5 miljoner kronor.",
  [n(38.5, "mnkr")], [GP], ["Den totala budgeten för projektet är 38,5 miljoner kronor."], verdict="contradicted")
q("claim", "Karlsborgs kommun har kreditbetyget AAA från Standard & Poor's?",
  "Dokumenten anger inget kreditbetyg för Karlsborgs kommun.", [], [], [], refused=True, verdict="not_found")
q("claim", "En lokaltidning skriver att socialnämnden i Karlsborg räknar med ett underskott på 4,6 miljoner för 2024. Stämmer det?",
  "Ja. Socialnämnden prognostiserar ett underskott på 4,6 miljoner kronor för 2024 (prognos 219,4 mnkr mot budget 214,8 mnkr).",
  [n(-4.6, "mnkr")], [KR],
  ["Socialnämnden prognostiserar ett underskott på -4,6 miljoner kronor"], verdict="supported")

# ---------------- unanswerable (5) ----------------
q("unanswerable", "hur mycket budgeterar gullspång för socialnämnden 2028?",
  "Budgeten innehåller bara plan till och med 2027; 2028 finns inte med.", refused=True)
q("unanswerable", "Vad kostar den nya sporthallen i Karlsborg?",
  "Dokumenten nämner ingen ny sporthall i Karlsborg.", refused=True)
q("unanswerable", "Hur mycket av socialnämndens besparing i Gullspång 2025 kommer från hemtjänsten?",
  "Dokumenten anger bara att effektiviseringarna om 4,7 miljoner kronor främst sker inom hemtjänsten och externa placeringar, inte hur de fördelas.",
  refused=True)
q("unanswerable", "vilken ränta betalade gullspångs kommun på sina lån 2023",
  "Dokumenten anger ingen genomsnittlig låneränta för Gullspång.", refused=True)
q("unanswerable", "Vad fick Karlsborgs kommun för resultat 2020?",
  "Dokumenten redovisar Karlsborgs resultat från 2021 och framåt, inte 2020.", refused=True)

# ---------------- multi_part (4) ----------------
q("multi_part", "vilken skattesats har karlsborg 2025 och vilket resultat budgeteras?",
  "Skattesatsen är oförändrad 22,14 kronor och budgeten visar ett resultat på 11,4 miljoner kronor.",
  [n(22.14, "kr"), n(11.4, "mnkr")], [KP],
  ["Skattesatsen lämnas oförändrad på 22,14 kronor och budgeten visar ett resultat på 11,4 miljoner kronor."])
q("multi_part", "Hur många invånare hade Gullspång vid utgången av 2023, och hur många anställda hade kommunen?",
  "5 250 invånare den 31 december 2023 och 612 anställda.",
  [n(5250, "st"), n(612, "st")], [GA],
  ["Antal invånare 31/12 5 412 5 369 5 331 5 288 5 250", "Antal anställda 598 601 607 615 612"])
q("multi_part", "vem bygger förskolan i hova och vad låg anbudet på?",
  "Skaraborgs Bygg AB, med ett anbud på 31,2 miljoner kronor.",
  [n(31.2, "mnkr")], [GP],
  ["Entreprenör är Skaraborgs Bygg AB, som vann upphandlingen med ett anbud på 31,2 miljoner kronor."])
q("multi_part", "Hur många tillsvidareanställda hade Karlsborg den 31 augusti 2024, och hur hög var sjukfrånvaron?",
  "714 tillsvidareanställda; sjukfrånvaron var 6,8 procent för perioden (7,4 procent motsvarande period 2023).",
  [n(714, "st"), n(6.8, "%")], [KR],
  ["Antalet tillsvidareanställda var 714 den 31 augusti.",
   "Sjukfrånvaron för perioden uppgick till 6,8 procent, jämfört med 7,4 procent motsvarande period 2023."])

# ---------------- followup (4) ----------------
q("followup", "och hur mycket blir det per invånare?",
  "13 614 kronor per invånare (budget 2025, beräknat på 5 230 invånare).",
  [n(13614, "kr")], [GB],
  ["Kommunstyrelsen 68,4 71,2 2,8 4,1 13 614 72,5 73,9",
   "Tabellen visar nämndernas nettokostnader (ramar). Kolumnen kr per invånare avser budget 2025 och bygger på 5 230 invånare."],
  history=["hur mycket får kommunstyrelsen i gullspång 2025?"])
q("followup", "och 2027?",
  "Nettoinvesteringarna är 23,9 mnkr 2027.",
  [n(23.9, "mnkr")], [KB],
  ["Nettoinvesteringarna uppgår till 52,4 mnkr 2025, 47,7 mnkr 2026 och 23,9 mnkr 2027."],
  history=["Hur mycket investerar Karlsborgs kommun 2025?"])
q("followup", "hur mycket av det går till gymnasieskolan?",
  "Gymnasieskolan har en nettokostnad på 46 200 tkr i budget 2025.",
  [n(46200, "tkr")], [KX],
  ["Gymnasieskola | 48100 | -1900 | 46200", "Verksamhet | Kostnader | Intäkter | Nettokostnad"],
  history=["vad har bildningsnämnden i karlsborg för budget 2025?", "vilka verksamheter ingår i den?"])
q("followup", "klarar de resultatmålet 2025?",
  "Inte helt: det budgeterade resultatet 2025 motsvarar 1,9 procent av skatteintäkter och generella statsbidrag, nära målet om 2 procent.",
  [n(1.9, "%")], [GB],
  ["Budgeterat resultat 2025 motsvarar 1,9 procent av skatteintäkter och generella statsbidrag, vilket är nära det finansiella målet om 2 procent."],
  history=["vilka finansiella mål har gullspång?"])

# ---------------- english (4) ----------------
q("english", "What is the municipal tax rate in Gullspång in 2025?",
  "22.29 kronor per 100 kronor of taxable income.",
  [n(22.29, "kr")], [GH], ["Kommunalskatten i Gullspång är 22,29 kronor per hundralapp under 2025."], lang="en")
q("english", "How much does Socialnämnden in Karlsborg get in the 2025 budget, and how much is that up from 2024?",
  "223.1 mnkr in 2025, up 8.3 mnkr from 214.8 mnkr in 2024.",
  [n(223.1, "mnkr"), n(8.3, "mnkr")], [KB],
  ["Socialnämnden 214,8 223,1 8,3 3,9 32 055 229,4 235,0", "Nettokostnader. Belopp i mnkr om inte annat anges"],
  lang="en")
q("english", "According to the kommunstyrelsen minutes in Gullspång, by how much does Kommunstyrelsen's frame change from 2024 to 2025?",
  "It rises by 2,800 tkr, from 68,400 tkr to 71,200 tkr.",
  [n(2800, "tkr")], [GD],
  ["Kommunstyrelsen | 68 400 | 71 200 | 2 800", "Nämnd | Ram 2024, tkr | Ram 2025, tkr | Förändring, tkr"], lang="en")
q("english", "When was Karlsborg's 'Finansiell information' page last updated?",
  "It was last updated on 2 December 2024 (2024-12-02).", [], [KH], ["Senast uppdaterad: 2024-12-02"], lang="en")

if __name__ == "__main__":
    with open(OUT, "w", encoding="utf-8") as f:
        for i, item in enumerate(Q, 1):
            rec = {"id": f"mb34-{i:03d}", "corpus": CORPUS}
            rec.update(item)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(Q), "questions to", os.path.abspath(OUT))
