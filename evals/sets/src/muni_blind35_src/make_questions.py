"""Writes evals/sets/blind/muni_blind35.jsonl (mb35)."""
import json
import os

C = "evals/corpora/blind-muni35"
A = C + "/arjang/"
G = C + "/grums/"
A_B = A + "mal-och-budget-2025-plan-2026-2027.pdf"
A_AR = A + "arsredovisning-2023.pdf"
A_H = A + "sa-anvands-din-skatt.html"
A_D = A + "protokoll-ks-2024-10-22.docx"
A_X = A + "befolkning-och-nettokostnader.xlsx"
A_M = A + "pressmeddelande-budget-2025.md"
G_B = G + "budget-2025-flerarsplan-2026-2027.pdf"
G_D = G + "delarsrapport-jan-aug-2024.pdf"
G_H = G + "nyhet-budget-2025.html"
G_W = G + "kf-protokoll-2024-11-25.docx"
G_X = G + "driftbudget-2025-per-verksamhet.xlsx"
G_T = G + "pressmeddelande-delarsrapport-2024.txt"

A_DRIFT_H = "mnkr 2023 2024 2025 2026 2027 2024–2025 2025"
A_INV_H = "Tkr Budget 2025 Plan 2026 Plan 2027 Totalt"
G_DRIFT_H = "2023 2024 2025 tkr % 2026 2027"
A_RES_H = "Mnkr 2023 2024 2025 2026 2027"

Q = []


def q(cat, question, answer, numbers=(), docs=(), quotes=(), lang="sv", history=(), refused=False, verdict=None):
    Q.append({"category": cat, "language": lang, "question": question, "history": list(history),
              "gold": {"answer": answer, "numbers": [{"value": v, "unit": u} for v, u in numbers],
                       "docs": list(docs), "quotes": list(quotes), "refused": refused, "verdict": verdict}})


# ---------------- table_lookup (9)
q("table_lookup", "hur mycket pengar får barn- och utbildningsnämnden i årjäng 2025?",
  "Barn- och utbildningsnämnden i Årjäng har en budgeterad nettokostnad på 334,2 mnkr 2025.",
  [(334.2, "mnkr")], [A_B],
  ["Barn- och utbildningsnämnden 312,5 325,8 334,2 341,0 347,6 8,4 34 172", A_DRIFT_H])
q("table_lookup", "vad kostar ombyggnaden av solbacka äldreboende år 2026",
  "I investeringsbudgeten är ombyggnaden av Solbacka äldreboende planerad till 14 000 tkr 2026 (Plan 2026).",
  [(14000, "tkr")], [A_B],
  ["Ombyggnad Solbacka äldreboende 5 000 14 000 16 000 35 000", A_INV_H])
q("table_lookup", "Vad är socialnämndens budget för 2025 i Grums kommun?",
  "Socialnämnden i Grums har en ram på 357 840 tkr i budget 2025.",
  [(357840, "tkr")], [G_B],
  ["Socialnämnden 331 420 346 210 357 840 11 630 3,4 366 500 374 200", G_DRIFT_H])
q("table_lookup", "vad är prognosen för utbildningsnämnden i grums helåret 2024?",
  "Utbildningsnämnden i Grums prognostiserar 314,6 mnkr för 2024 mot en budget på 312,5 mnkr, dvs. ett underskott på 2,1 mnkr.",
  [(314.6, "mnkr")], [G_D],
  ["Utbildningsnämnden 312,5 206,2 314,6 (2,1)", "Mnkr Budget 2024 Utfall jan–aug Prognos 2024 Avvikelse"])
q("table_lookup", "hur många kronor av varje hundralapp i skatt går till vård och omsorg i årjäng?",
  "34 kronor av varje hundralapp i kommunalskatt går till vård och omsorg i Årjäng.",
  [(34, "kr")], [A_H], ["Vård och omsorg | 34", "Verksamhet | Kronor av 100"])
q("table_lookup", "nettokostnad för hemtjänsten i grums budget 2025?",
  "Hemtjänsten i Grums har en budgeterad nettokostnad på 86 240 tkr 2025 (kostnader 93 560 tkr, intäkter 7 320 tkr).",
  [(86240, "tkr")], [G_X],
  ["Hemtjänst | 7320 | 93560 | 86240", "Verksamhet | Intäkter | Kostnader | Nettokostnad"])
q("table_lookup", "hur många barn föddes i årjäng 2021",
  "I Årjäng föddes 92 barn 2021.",
  [(92, "st")], [A_X],
  ["2021 | 9851 | 92 | 128 | 521 | 510 | -25", "År | Folkmängd | Födda | Döda | Inflyttade | Utflyttade | Folkökning"])
q("table_lookup", "vilket kommunbidrag beslutade fullmäktige i grums för miljö- och byggnämnden 2025?",
  "Kommunfullmäktige beslutade om ett kommunbidrag på 8 960 tkr till miljö- och byggnämnden 2025 (8 720 tkr 2024).",
  [(8960, "tkr")], [G_W],
  ["Miljö- och byggnämnden | 8 960 | 8 720", "Nämnd | Kommunbidrag 2025, tkr | Kommunbidrag 2024, tkr"])
q("table_lookup", "vad var soliditeten i årjängs kommun 2021",
  "Soliditeten i Årjängs kommun var 45,6 procent 2021.",
  [(45.6, "%")], [A_AR],
  ["Soliditet, % 44,8 45,1 45,6 42,3 39,9", "2019 2020 2021 2022 2023"])

# ---------------- calculation (9)
q("calculation", "hur många procent ökar vård- och omsorgsnämndens budget i årjäng från 2024 till 2025?",
  "Från 279,1 mnkr (budget 2024) till 288,7 mnkr (budget 2025), en ökning med 9,6 mnkr eller cirka 3,4 procent.",
  [(3.4, "%")], [A_B],
  ["Vård- och omsorgsnämnden 268,3 279,1 288,7 295,4 301,2 9,6 29 519", A_DRIFT_H])
q("calculation", "Hur stor andel av Årjängs investeringar 2025 går till den nya förskolan i Töcksfors?",
  "Förskolan budgeteras till 24 000 tkr av totalt 78 400 tkr 2025, dvs. cirka 30,6 procent.",
  [(30.6, "%")], [A_B],
  ["Ny förskola Töcksfors 24 000 11 000 0 35 000", "Totalt investeringar 78 400 65 500 52 000 195 900", A_INV_H])
q("calculation", "hur mycket mer får socialnämnden än utbildningsnämnden i grums 2025",
  "Socialnämnden får 357 840 tkr och utbildningsnämnden 321 960 tkr, dvs. 35 880 tkr (ca 35,9 mnkr) mer.",
  [(35880, "tkr")], [G_B],
  ["Socialnämnden 331 420 346 210 357 840 11 630 3,4 366 500 374 200",
   "Utbildningsnämnden 298 730 312 480 321 960 9 480 3,0 329 100 335 800", G_DRIFT_H])
q("calculation", "Hur stor del av socialnämndens helårsprognos i Grums hade förbrukats efter augusti 2024?",
  "Utfallet jan–aug var 238,1 mnkr av en helårsprognos på 354,8 mnkr, alltså cirka 67,1 procent.",
  [(67.1, "%")], [G_D],
  ["Socialnämnden 346,2 238,1 354,8 (8,6)", "Mnkr Budget 2024 Utfall jan–aug Prognos 2024 Avvikelse"])
q("calculation", "vad blev årjängs genomsnittliga resultat per år 2019-2023?",
  "Resultaten var 18,6, 24,9, 31,2, 6,4 och -14,3 mnkr, sammanlagt 66,8 mnkr, i genomsnitt cirka 13,4 mnkr per år.",
  [(13.36, "mnkr")], [A_AR],
  ["Årets resultat, mnkr 18,6 24,9 31,2 6,4 -14,3", "2019 2020 2021 2022 2023"])
q("calculation", "hur mycket har folkmängden i årjäng minskat mellan 2018 och 2023?",
  "Folkmängden minskade från 9 925 (2018) till 9 812 (2023), dvs. med 113 personer (ca 1,1 procent).",
  [(113, "st")], [A_X],
  ["2018 | 9925 | 91 | 137 | 488 | 471", "2023 | 9812 | 79 | 126 | 503 | 482 | -26",
   "År | Folkmängd | Födda | Döda | Inflyttade | Utflyttade | Folkökning"])
q("calculation", "hur stor andel av utbildningsnämndens nettokostnad i grums 2025 är grundskolan?",
  "Grundskolan (inkl. förskoleklass) har 142 860 tkr av utbildningsnämndens 321 960 tkr, cirka 44,4 procent.",
  [(44.4, "%")], [G_X],
  ["Grundskola inkl. förskoleklass | 9180 | 152040 | 142860",
   "29360 | 351320 | 321960"])
q("calculation", "Hur mycket ökar skatteintäkterna i Grums mellan budget 2024 och budget 2025?",
  "Skatteintäkterna ökar från 535,1 mnkr till 560,0 mnkr, dvs. med 24,9 mnkr (cirka 4,7 procent).",
  [(24.9, "mnkr")], [G_B],
  ["Skatteintäkter 512,9 535,1 560,0 578,8 595,6", "2023 2024 2025 2026 2027"])
q("calculation", "med hur många procent ökar nämndernas nettokostnader totalt i årjäng från utfall 2023 till plan 2027?",
  "Summa nämnder ökar från 789,2 mnkr (utfall 2023) till 881,0 mnkr (plan 2027), en ökning med 91,8 mnkr eller cirka 11,6 procent.",
  [(11.6, "%")], [A_B],
  ["Summa nämnder 789,2 822,3 846,4 864,7 881,0 24,1 86 544", A_DRIFT_H])

# ---------------- lookup (5)
q("lookup", "vem är kommunstyrelsens ordförande i årjäng",
  "Daniel Bergqvist (C) är kommunstyrelsens ordförande i Årjäng.",
  [], [A_B], ["Daniel Bergqvist (C) Kommunstyrelsens ordförande"])
q("lookup", "Vem var ordförande på kommunfullmäktiges möte i Grums den 25 november 2024?",
  "Bengt Larsson (S) var ordförande.", [], [G_W], ["Ordförande: Bengt Larsson (S)"])
q("lookup", "vilka reserverade sig mot budgetbeslutet i ks i årjäng i oktober?",
  "Lena Fjällström (S) och Tomas Ek (S) reserverade sig till förmån för eget yrkande, och Sara Wennberg (V) reserverade sig skriftligen (§ 157, 2024-10-22).",
  [], [A_D],
  ["Reservation: Lena Fjällström (S) och Tomas Ek (S) reserverar sig mot beslutet till förmån för eget yrkande. Sara Wennberg (V) reserverar sig skriftligen."])
q("lookup", "vem är ekonomichef i grums kommun?",
  "Anders Wikström är ekonomichef i Grums kommun.", [], [G_T], ["Anders Wikström, ekonomichef"])
q("lookup", "när ska nya förskolan i töcksfors vara klar?",
  "Byggstart planeras till april 2025 och inflyttning till hösten 2026.",
  [], [A_M], ["Byggstart är planerad till april 2025 och inflyttning till hösten 2026."])

# ---------------- text_amount (5)
q("text_amount", "hur mkt ska vård och omsorg i årjäng effektivisera 2025",
  "Vård- och omsorgsnämnden ska effektivisera med 4,7 miljoner kronor 2025 (av totalt 9,6 miljoner kronor).",
  [(4.7, "mnkr")], [A_B],
  ["Den största delen, 4,7 miljoner kronor, ligger inom vård- och omsorgsnämnden"])
q("text_amount", "Hur mycket avsätter Årjäng till det nya bidraget för landsbygdsutveckling?",
  "700 000 kronor (per år) avsätts till bidraget för landsbygdsutveckling.",
  [(700000, "kr")], [A_B],
  ["Vi avsätter också 700 000 kronor till ett nytt bidrag för landsbygdsutveckling"])
q("text_amount", "hur mycket satsar grums på feriearbeten nästa år?",
  "Grums satsar 450 000 kronor på feriearbeten 2025.",
  [(450000, "kr")], [G_B],
  ["Vi satsar också 450 000 kronor på feriearbeten"])
q("text_amount", "hur mycket mer än budgeterat väntas placeringarna av barn och unga kosta i grums 2024?",
  "Externa placeringar av barn och unga väntas kosta 5,2 mnkr mer än budgeterat.",
  [(5.2, "mnkr")], [G_D],
  ["Externa placeringar av barn och unga väntas kosta 5,2 mnkr mer än budgeterat"])
q("text_amount", "Vad blev Årjängs balanskravsresultat 2023?",
  "Balanskravsresultatet blev -15,1 miljoner kronor (årets resultat -14,3 mnkr minus realisationsvinster 0,8 mnkr).",
  [(-15.1, "mnkr")], [A_AR],
  ["Efter avdrag för realisationsvinster på 0,8 miljoner kronor blev balanskravsresultatet -15,1 miljoner kronor."])

# ---------------- multi_doc (5)
q("multi_doc", "vilken av kommunerna årjäng och grums har högst kommunalskatt 2025?",
  "Grums har högst: 22,71 kronor mot Årjängs 22,36 kronor, en skillnad på 35 öre.",
  [(22.71, "kr"), (22.36, "kr")], [G_W, A_B],
  ["fastställer skattesatsen för 2025 till 22,71 kronor", "Skattesatsen lämnas oförändrad på 22,36 kronor per hundralapp."])
q("multi_doc", "Vilken kommun budgeterar störst resultat 2025, Årjäng eller Grums, och hur stor är skillnaden?",
  "Årjäng budgeterar 11,8 mnkr och Grums 8,9 mnkr; Årjäng har 2,9 mnkr högre budgeterat resultat.",
  [(11.8, "mnkr"), (8.9, "mnkr"), (2.9, "mnkr")], [A_B, G_B],
  ["Årets resultat – 14,3 5,2 11,8 13,4 15,0", "Årets resultat 9,7 3,1 8,9 11,2 13,5"])
q("multi_doc", "hur mycket ökar vård- och omsorgsnämnden i årjäng från utfallet 2023 i årsredovisningen till budget 2025?",
  "Utfallet 2023 var 268,3 mnkr och budget 2025 är 288,7 mnkr, en ökning med 20,4 mnkr.",
  [(20.4, "mnkr")], [A_AR, A_B],
  ["Vård- och omsorgsnämnden 260,2 268,3 -8,1", "Vård- och omsorgsnämnden 268,3 279,1 288,7 295,4 301,2 9,6 29 519"])
q("multi_doc", "räcker socialnämndens ram 2025 i grums till om kostnaderna blir som prognosen för 2024?",
  "Ramen 2025 är 357 840 tkr (ca 357,8 mnkr) medan prognosen för 2024 är 354,8 mnkr, så ramen är bara cirka 3,0 mnkr högre än 2024 års prognostiserade kostnad.",
  [(357840, "tkr"), (354.8, "mnkr"), (3.0, "mnkr")], [G_W, G_D],
  ["Socialnämnden | 357 840 | 346 210", "Socialnämnden 346,2 238,1 354,8 (8,6)"])
q("multi_doc", "vilken kommun investerar mest 2025, årjäng eller grums?",
  "Grums investerar mest: 92,5 mnkr mot Årjängs 78,4 mnkr (78 400 tkr), en skillnad på 14,1 mnkr.",
  [(92.5, "mnkr"), (78.4, "mnkr"), (14.1, "mnkr")], [G_B, A_B],
  ["Summa investeringar 92,5 74,0 40,2 206,7", "Investeringsbudgeten för 2025 uppgår till 78,4 miljoner kronor."])

# ---------------- claim (5)
q("claim", "Stämmer det att Årjäng höjer kommunalskatten 2025?",
  "Nej. Skattesatsen i Årjäng lämnas oförändrad på 22,36 kronor 2025.",
  [(22.36, "kr")], [A_B], ["Skattesatsen lämnas oförändrad på 22,36 kronor per hundralapp."],
  verdict="contradicted")
q("claim", "grums gick plus 14,6 miljoner efter årets första åtta månader 2024, eller hur?",
  "Ja, periodens resultat för januari–augusti 2024 var 14,6 miljoner kronor, men helårsprognosen är -6,8 miljoner kronor.",
  [(14.6, "mnkr")], [G_T],
  ["Grums kommuns delårsrapport för januari–augusti 2024 visar ett överskott på 14,6 miljoner kronor för perioden."],
  verdict="supported")
q("claim", "Jag har hört att den nya förskolan i Töcksfors kommer kosta 42 miljoner kronor.",
  "Det stämmer inte. Förskolan beräknas kosta 35 miljoner kronor (35 000 tkr).",
  [(35, "mnkr")], [A_M], ["Den största investeringen är den nya förskolan i Töcksfors, som beräknas kosta 35 miljoner kronor."],
  verdict="contradicted")
q("claim", "Socialnämnden i Grums prognostiserar ett underskott på 8,6 mnkr för 2024?",
  "Ja, socialnämnden prognostiserar ett underskott på 8,6 mnkr för 2024.",
  [(8.6, "mnkr")], [G_D], ["Socialnämnden prognostiserar ett underskott på 8,6 mnkr."],
  verdict="supported")
q("claim", "Stämmer det att Grums kommun ska sälja Folkets hus för att täcka underskottet?",
  "Dokumenten säger ingenting om någon försäljning av Folkets hus.",
  [], [], [], refused=True, verdict="not_found")

# ---------------- unanswerable (5)
q("unanswerable", "vad är årjängs budget för kultur- och fritidsnämnden 2028?",
  "Budgeten sträcker sig bara till plan 2027; någon siffra för 2028 finns inte.", refused=True)
q("unanswerable", "Hur mycket får kultur- och fritidsnämnden i Grums i budget 2025?",
  "Grums budget har ingen kultur- och fritidsnämnd; kultur och fritid ingår i kommunstyrelsen och någon separat siffra anges inte.",
  refused=True)
q("unanswerable", "vad blev sjukfrånvaron i årjängs kommun 2024?",
  "Dokumenten anger sjukfrånvaron för 2023 (7,4 procent) och målet för 2025, men inte utfallet för 2024.", refused=True)
q("unanswerable", "hur många elever går på sågenskolan i grums?",
  "Dokumenten anger inte antalet elever på Sågenskolan.", refused=True)
q("unanswerable", "Vilket byggföretag har fått uppdraget att bygga förskolan i Töcksfors?",
  "Dokumenten nämner ingen entreprenör för förskolan i Töcksfors.", refused=True)

# ---------------- multi_part (4)
q("multi_part", "hur stort tilläggsanslag fick vård- och omsorgsnämnden i årjäng för 2024 och varifrån tas pengarna?",
  "Nämnden fick ett tilläggsanslag om 3,2 miljoner kronor för 2024, finansierat ur kommunstyrelsens oförutsedda medel.",
  [(3.2, "mnkr")], [A_D],
  ["Kommunstyrelsen beviljar vård- och omsorgsnämnden ett tilläggsanslag om 3,2 miljoner kronor för 2024, finansierat ur kommunstyrelsens oförutsedda medel."])
q("multi_part", "Vad blev låneramen för 2025 i Grums, och hur mycket får kommunen låna nytt?",
  "Låneramen för 2025 är 420 miljoner kronor och kommunen får nyupplåna högst 25 miljoner kronor.",
  [(420, "mnkr"), (25, "mnkr")], [G_W],
  ["Kommunens låneram för 2025 fastställs till 420 miljoner kronor.",
   "Kommunen får under 2025 nyupplåna högst 25 miljoner kronor."])
q("multi_part", "vad är skattesatsen i årjäng 2025 och hur mycket pengar motsvarar en skattekrona?",
  "Skattesatsen är 22,36 kronor och en skattekrona motsvarar cirka 28,6 miljoner kronor i skatteintäkter 2025.",
  [(22.36, "kr"), (28.6, "mnkr")], [A_B],
  ["Skattesatsen är oförändrad 22,36 kronor. En skattekrona motsvarar cirka 28,6 miljoner kronor"])
q("multi_part", "hur mycket hade grums investerat till och med augusti 2024 och vad är prognosen för hela året?",
  "Under januari–augusti 2024 investerades 38,4 mnkr och helårsprognosen är 71,5 mnkr (budget 84,0 mnkr).",
  [(38.4, "mnkr"), (71.5, "mnkr")], [G_D],
  ["Under januari–augusti har 38,4 mnkr investerats. Prognosen för helåret är 71,5 mnkr."])

# ---------------- followup (4)
q("followup", "och 2027 då?",
  "Enligt planen är årets resultat 15,0 mnkr 2027.",
  [(15.0, "mnkr")], [A_B], ["Årets resultat – 14,3 5,2 11,8 13,4 15,0", A_RES_H],
  history=["vad är årets resultat i årjängs budget för 2025?"])
q("followup", "hur många procent är det mer än 2024?",
  "Kommunstyrelsens ram ökar från 109 840 tkr till 112 450 tkr, dvs. 2 610 tkr eller 2,4 procent.",
  [(2.4, "%")], [G_B], ["Kommunstyrelsen 104 560 109 840 112 450 2 610 2,4 115 300 117 900", G_DRIFT_H],
  history=["hur mycket får kommunstyrelsen i grums 2025?"])
q("followup", "och vad blir nämndernas nettokostnad per invånare i budgeten för 2025?",
  "Summa nämnder budget 2025 motsvarar 86 544 kronor per invånare (beräknat på 9 780 invånare).",
  [(86544, "kr")], [A_B], ["Summa nämnder 789,2 822,3 846,4 864,7 881,0 24,1 86 544", A_DRIFT_H],
  history=["Hur många invånare hade Årjäng i slutet av 2023?"])
q("followup", "hur mycket av det ligger på 2026?",
  "Av idrottshallens 43,0 mnkr ligger 18,0 mnkr i plan 2026.",
  [(18.0, "mnkr")], [G_B],
  ["Ny idrottshall Grums KS 25,0 18,0 0,0 43,0",
   "Projekt Ansvarig Budget 2025 Plan 2026 Plan 2027 Summa 2025–2027"],
  history=["vilka investeringar gör grums 2025?", "hur mycket kostar den nya idrottshallen?"])

# ---------------- english (4)
q("english", "What is the municipal tax rate in Grums for 2025, and by how much was it raised?",
  "The tax rate is 22.71 kronor for 2025, raised by 30 öre from 22.41 kronor.",
  [(22.71, "kr"), (22.41, "kr")], [G_W],
  ["Förslaget innebär att skattesatsen höjs från 22,41 till 22,71 kronor."], lang="en")
q("english", "How many permanent employees (tillsvidareanställda) did Årjäng municipality have at the end of 2023?",
  "Årjäng had 1,021 permanent employees on 31 December 2023.",
  [(1021, "st")], [A_AR],
  ["Antalet tillsvidareanställda uppgick till 1 021 personer den 31 december 2023."], lang="en")
q("english", "In Årjäng's annual report for 2023, how big was Vård- och omsorgsnämnden's deviation from budget?",
  "Vård- och omsorgsnämnden had a deficit of 8.1 mnkr: budget 260.2 mnkr versus actual 268.3 mnkr.",
  [(-8.1, "mnkr")], [A_AR],
  ["Vård- och omsorgsnämnden 260,2 268,3 -8,1", "Mnkr Budget 2023 Utfall 2023 Avvikelse"], lang="en")
q("english", "According to Grums's news page on the 2025 budget, what share of the budget goes to Utbildningsnämnden?",
  "Utbildningsnämnden gets 322.0 mnkr, 40.0 percent of the committees' total net cost in 2025.",
  [(40.0, "%"), (322.0, "mnkr")], [G_H],
  ["Utbildningsnämnden | 322,0 | 40,0", "Nämnd | Mnkr | Andel, %"], lang="en")

if __name__ == "__main__":
    out = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "dev", "muni_blind35.jsonl"))
    with open(out, "w", encoding="utf-8") as f:
        for i, item in enumerate(Q, 1):
            rec = {"id": f"mb35-{i:03d}", "corpus": C}
            rec.update(item)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(Q), "questions written to", out)
