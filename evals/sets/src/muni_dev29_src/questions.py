"""Writes evals/sets/dev/muni_dev29.jsonl (the question set, gold from the generated corpus)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, "..", "..", "dev", "muni_dev29.jsonl"))
C = "evals/corpora/dev-muni29"
H_B = C + "/hallsberg/budget-och-plan-2025-2027.pdf"
H_AR = C + "/hallsberg/arsredovisning-2023.pdf"
H_HTML = C + "/hallsberg/sa-anvands-din-skatt.html"
H_DOCX = C + "/hallsberg/protokoll-kommunstyrelsen-2024-11-05.docx"
H_XLSX = C + "/hallsberg/befolkning-och-nyckeltal.xlsx"
H_MD = C + "/hallsberg/pressmeddelande-forskola-ostansjo.md"
L_B = C + "/ljusdal/mal-och-budget-2025.pdf"
L_DR = C + "/ljusdal/delarsrapport-augusti-2024.pdf"
L_HTML = C + "/ljusdal/finansiell-information.html"
L_DOCX = C + "/ljusdal/protokoll-ks-2025-03-11.docx"
L_XLSX = C + "/ljusdal/budget-per-verksamhet-2025.xlsx"
L_TXT = C + "/ljusdal/pressmeddelande-budget-2025.txt"

Q = []


def n(v, u):
    return {"value": v, "unit": u}


def add(cat, q, ans, nums=(), docs=(), quotes=(), lang="sv", history=(), refused=False, verdict=None):
    Q.append({"category": cat, "language": lang, "question": q, "history": list(history),
              "gold": {"answer": ans, "numbers": list(nums), "docs": list(docs), "quotes": list(quotes),
                       "refused": refused, "verdict": verdict}})


H7 = "Nämnd / verksamhet 2024 2025 2026 2027"
# ---------------------------------------------------------------- table_lookup (9)
add("table_lookup", "hur mycket pengar får biblioteket i hallsberg 2025?",
    "Biblioteket (Kultur- och fritidsnämnden) har en budgeterad nettokostnad på 9 410 tkr 2025 i Hallsbergs budget och plan.",
    [n(9410, "tkr")], [H_B], ["Bibliotek 9 180 9 410 9 640 9 880", H7])
add("table_lookup", "Vad beräknas skatteintäkterna bli i Hallsbergs kommun planåret 2027?",
    "Skatteintäkterna beräknas till 862,7 mnkr år 2027 (Plan 2027).",
    [n(862.7, "mnkr")], [H_B], ["Skatteintäkter 4 738,5 772,8 806,3 834,0 862,7",
                                  "Belopp i mnkr Not Bokslut Prognos Budget Plan Plan"])
add("table_lookup", "omsorgsnämndens ram i ljusdal plan 2026?",
    "Omsorgsnämnden i Ljusdal har 434 050 tkr i plan för 2026.",
    [n(434050, "tkr")], [L_B], ["Omsorgsnämnden 3 418 160 434 050 449 680 Fler brukare i hemtjänsten",
                                 "tkr Not Budget Plan Plan Kommentar"])
add("table_lookup", "Hur mycket ska Ljusdal lägga på ombyggnaden av Gärdegårdens äldreboende 2026?",
    "15 000 tkr år 2026 (total utgift 30 000 tkr, 12 nya platser).",
    [n(15000, "tkr")], [L_B], ["Ombyggnad Gärdegårdens äldreboende Omsorgsnämnden 30 000 9 000 15 000 6 000 12 nya platser",
                                "Projekt Nämnd Total utgift Budget Plan Plan Kommentar"])
add("table_lookup", "hur många kr av varje hundralapp går till socialnämnden i hallsberg",
    "37 kronor av varje hundralapp i kommunbidrag går till Socialnämnden (382,1 mnkr i budget 2025).",
    [n(37, "kr")], [H_HTML], ["Socialnämnden | 37 | 382,1", "Nämnd | Kronor av 100 | Budget 2025 (mnkr)"])
add("table_lookup", "vad hade ljusdals kommun för soliditet 2022?",
    "Soliditeten var 41,7 procent 2022.",
    [n(41.7, "%")], [L_HTML], ["2022 | 22,6 | 88,4 | 41,7 | 22,84",
                               "År | Årets resultat | Nettoinvesteringar | Soliditet (%) | Skattesats (kr)"])
add("table_lookup", "Enligt KS-protokollet i Hallsberg, hur mycket ökar kultur- och fritidsnämndens ram till 2025?",
    "Ramen ökar med 1 100 tkr, från 33 380 tkr till 34 480 tkr.",
    [n(1100, "tkr")], [H_DOCX], ["Kultur- och fritidsnämnden | 33 380 | 34 480 | 1 100",
                                 "Nämnd | Ram 2024, tkr | Ram 2025, tkr | Förändring, tkr"])
add("table_lookup", "nettokostnad per elev i grundsärskolan ljusdal 2025?",
    "Nettokostnaden per elev i grundsärskolan är budgeterad till 557 100 kr (24 elever, nettobudget 13 370 tkr).",
    [n(557100, "kr")], [L_XLSX], ["Grundsärskola | 14610 | 1240 | 13370 | 24 | 557100",
                                  "Verksamhet | Kostnader | Intäkter | Nettobudget 2025 | Antal barn/elever | Nettokostnad per barn/elev (kr)"])
add("table_lookup", "Hur många barn föddes i Hallsberg år 2020?",
    "170 barn föddes i Hallsbergs kommun 2020.",
    [n(170, "st")], [H_XLSX], ["2020 | 15907 | 170 | 204 | 779 | 660 | 85",
                               "År | Folkmängd 31 dec | Födda | Döda | Inflyttade | Utflyttade | Folkökning"])

# ---------------------------------------------------------------- calculation (9)
add("calculation", "hur mycket ökar äldreomsorgen i hallsberg i procent från budget 2024 till budget 2025?",
    "Äldreomsorgen ökar från 203 910 tkr till 212 640 tkr, dvs. 8 730 tkr eller cirka 4,3 procent.",
    [n(4.3, "%")], [H_B], ["Äldreomsorg 203 910 212 640 220 110 227 740", H7])
add("calculation", "Hur stor andel av Hallsbergs investeringsbudget 2025 är VA-investeringar?",
    "VA-investeringarna är 22 000 tkr av totalt 99 000 tkr, alltså cirka 22,2 procent.",
    [n(22.2, "%")], [H_B], ["VA-investeringar (taxefinansierat) 4 22 000 25 000 27 000",
                             "Totalt investeringar 99 000 85 400 50 100"])
add("calculation", "vad blir omsorgsnämnden och socialnämnden i ljusdal tillsammans 2025?",
    "Tillsammans 555 700 tkr: Omsorgsnämnden 418 160 tkr och Socialnämnden 137 540 tkr (budget 2025).",
    [n(555700, "tkr")], [L_B], ["Omsorgsnämnden 3 418 160 434 050 449 680 Fler brukare i hemtjänsten",
                                 "Socialnämnden 4 137 540 141 670 145 780 Placeringar barn och unga"])
add("calculation", "Hur stor del av sin årsbudget hade Omsorgsnämnden i Ljusdal gjort av med efter augusti 2024?",
    "Utfallet januari–augusti var 276 940 tkr av en helårsbudget på 398 600 tkr, dvs. cirka 69,5 procent.",
    [n(69.5, "%")], [L_DR], ["Omsorgsnämnden 398 600 276 940 412 900 – 14 300",
                              "tkr helår 2024 jan–aug 2024 helår 2024 avvikelse"])
add("calculation", "vad investerade hallsberg i snitt per år 2019-2023?",
    "Nettoinvesteringarna var 48,9 + 44,3 + 59,6 + 83,2 + 71,8 = 307,8 mnkr under fem år, i snitt cirka 61,6 mnkr per år.",
    [n(61.6, "mnkr")], [H_AR], ["2019 15 822 22,03 838,7 12,1 52,4 48,9 1 366", "2020 15 907 22,03 851,2 31,6 57,9 44,3 1 371",
                                 "2021 15 980 22,13 879,5 38,4 60,1 59,6 1 384", "2022 16 054 22,13 915,6 17,4 58,7 83,2 1 398",
                                 "2023 16 118 22,13 959,1 25,0 56,9 71,8 1 412"])
add("calculation", "Med hur många procent har utbildningsnämndens ram i Ljusdal ökat från 2021 till 2025?",
    "Från 478 900 tkr 2021 till 517 470 tkr 2025, en ökning med 38 570 tkr eller cirka 8,1 procent.",
    [n(8.1, "%")], [L_XLSX], ["2021 | 478900 | 356200 | 112400", "2025 | 517470 | 418160 | 137540",
                               "År | Utbildningsnämnden | Omsorgsnämnden | Socialnämnden"])
add("calculation", "hemtjänst plus särskilt boende i ljusdal, hur mkt netto 2025 totalt?",
    "Hemtjänst 123 700 tkr + särskilt boende 195 150 tkr = 318 850 tkr netto 2025.",
    [n(318850, "tkr")], [L_XLSX], ["Hemtjänst | 142300 | 18600 | 123700 | 29,6",
                                   "Särskilt boende | 226900 | 31750 | 195150 | 46,7"])
add("calculation", "Hur mycket ökar skatteintäkter och generella statsbidrag sammantaget i Hallsberg mellan prognosen för 2024 och budget 2025?",
    "Från 772,8 + 255,4 = 1 028,2 mnkr (prognos 2024) till 806,3 + 276,1 = 1 082,4 mnkr (budget 2025), en ökning med 54,2 mnkr.",
    [n(54.2, "mnkr")], [H_B], ["Skatteintäkter 4 738,5 772,8 806,3 834,0 862,7",
                                "Generella statsbidrag och utjämning 5 247,9 255,4 276,1 287,5 297,8"])
add("calculation", "hur många procent höjdes budgeten för färila skola 2025 när ks i ljusdal ombudgeterade?",
    "Budgeten höjdes med 3 200 tkr från 24 000 tkr till 27 200 tkr, dvs. cirka 13,3 procent.",
    [n(13.3, "%")], [L_DOCX], ["Om- och tillbyggnad Färila skola | 24 000 | 3 200 | 27 200"])

# ---------------------------------------------------------------- lookup (5)
add("lookup", "vem är kommunstyrelsens ordförande i hallsberg?",
    "Magnus Lindqvist (S) är kommunstyrelsens ordförande i Hallsberg.",
    [], [H_B], ["Magnus Lindqvist (S)", "Kommunstyrelsens ordförande"])
add("lookup", "Vilka reserverade sig mot ombudgeteringen av investeringar i Ljusdals kommunstyrelse i mars 2025?",
    "Jonas Eriksson (SD) och Niklas Holm (SD) reserverade sig till förmån för eget yrkande.",
    [], [L_DOCX], ["Reservation: Jonas Eriksson (SD) och Niklas Holm (SD) reserverar sig mot beslutet till förmån för eget yrkande."])
add("lookup", "när ska barnen kunna flytta in i nya förskolan i östansjö?",
    "Inflyttning är planerad till augusti 2026.",
    [], [H_MD], ["Planerad inflyttning: augusti 2026."])
add("lookup", "Vilken förskola beslutades att avvecklas i Ljusdal enligt delårsrapporten?",
    "Förskolan Myran i Tallåsen ska avvecklas vid årsskiftet.",
    [], [L_DR], ["Beslut fattades om att avveckla förskolan Myran i Tallåsen vid årsskiftet."])
add("lookup", "vad ville sossarna i ljusdal göra med skatten istället?",
    "Oppositionen med Socialdemokraterna ville höja skatten med 30 öre.",
    [], [L_TXT], ["Oppositionen, med Socialdemokraterna i spetsen, ville i stället höja skatten med 30 öre."])

# ---------------------------------------------------------------- text_amount (5)
add("text_amount", "Hur mycket extra får elevhälsan i Hallsberg i budgeten för 2025?",
    "Elevhälsan förstärks med 4,2 miljoner kronor (kuratorer och skolsköterskor).",
    [n(4.2, "mnkr")], [H_B], ["Bildningsnämnden tillförs 4,2 miljoner kronor för att förstärka elevhälsan"])
add("text_amount", "hur mycket pengar avsätter ljusdal till sommarlovsaktiviteter?",
    "700 000 kronor avsätts till sommarlovsaktiviteter för barn och unga.",
    [n(700000, "kr")], [L_B], ["sommarlovsaktiviteter för barn och unga avsätts 700 000 kronor."])
add("text_amount", "Hur stort underskott prognostiserade Omsorgsnämnden i Ljusdal i delårsrapporten 2024?",
    "Omsorgsnämnden prognostiserar ett underskott om 14,3 miljoner kronor (-14,3 mnkr) för 2024.",
    [n(-14.3, "mnkr")], [L_DR], ["Omsorgsnämnden prognostiserar ett underskott om -14,3 miljoner kronor"])
add("text_amount", "hur stor blir borgen för hallsbergs bostads ab totalt efter ks beslut?",
    "Borgensåtagandet utökas med 45 miljoner kronor till totalt 520 miljoner kronor.",
    [n(520, "mnkr")], [H_DOCX], ["utöka kommunens borgensåtagande för Hallsbergs Bostads AB med 45 miljoner kronor, till totalt 520 miljoner kronor."])
add("text_amount", "Vad beräknas förstudien om en ny simhall i Ljusdal kosta?",
    "Förstudien beräknas kosta 450 000 kronor och finansieras inom kommunstyrelsens ram.",
    [n(450000, "kr")], [L_DOCX], ["En förstudie av en ny simhall beräknas kosta 450 000 kronor."])

# ---------------------------------------------------------------- multi_doc (5)
add("multi_doc", "vilken kommun har högst kommunalskatt 2025, hallsberg eller ljusdal, och hur stor är skillnaden?",
    "Ljusdal har högst skattesats, 22,84 kronor, mot Hallsbergs 22,13 kronor – en skillnad på 0,71 kronor.",
    [n(22.84, "kr"), n(22.13, "kr"), n(0.71, "kr")], [H_B, L_B],
    ["Den kommunala skattesatsen är oförändrad, 22,13 kronor.", "Skattesatsen för 2025 lämnas oförändrad på 22,84 kronor."])
add("multi_doc", "Vilken av kommunerna Hallsberg och Ljusdal budgeterar det högsta resultatet i procent av skatter och statsbidrag 2025?",
    "Hallsberg: 2,0 procent (21,6 mnkr) mot Ljusdals 1,0 procent (13,8 mnkr).",
    [n(2.0, "%"), n(1.0, "%")], [H_B, L_B],
    ["Resultat i % av skatter och bidrag 2,5 1,5 2,0 1,9 1,7", "Årets resultat i % av skatter och statsbidrag 1,0 0,8 0,8"])
add("multi_doc", "i ljusdals budget står det 18 miljoner till nya brandstationen 2025, men har det ändrats sen dess?",
    "Ja. Mål och budget 2025 har 18 000 tkr för 2025, men kommunstyrelsen beslutade 2025-03-11 att ombudgetera 6 500 tkr från 2024, så ny budget 2025 är 24 500 tkr.",
    [n(18000, "tkr"), n(6500, "tkr"), n(24500, "tkr")], [L_B, L_DOCX],
    ["Ny brandstation Ljusdal Kommunstyrelsen 51 500 18 000 22 000 0 Start 2024, klar 2026",
     "Ny brandstation Ljusdal | 18 000 | 6 500 | 24 500"])
add("multi_doc", "Hur mycket mer får Socialnämnden i Hallsberg i ram 2025 jämfört med vad nämnden faktiskt kostade 2023?",
    "Ramen 2025 är 382 100 tkr och utfallet 2023 var 359 873 tkr, alltså 22 227 tkr mer.",
    [n(22227, "tkr")], [H_B, H_AR],
    ["Summa socialnämnden 367 960 382 100 394 300 406 770", "Socialnämnden 351 640 359 873 -8 233"])
add("multi_doc", "vilken kommun investerar mest 2025, hallsberg eller ljusdal?",
    "Hallsberg: investeringsbudgeten 2025 är 99 000 tkr mot Ljusdals 74 700 tkr (Ljusdal ombudgeterade senare upp till 85 900 tkr, fortfarande lägre).",
    [n(99000, "tkr"), n(74700, "tkr")], [H_B, L_B],
    ["Totalt investeringar 99 000 85 400 50 100", "Summa investeringar 74 700 63 700 22 700"])

# ---------------------------------------------------------------- claim (5)
add("claim", "Stämmer det att Hallsberg höjer VA-taxan med 8 procent 2025?",
    "Ja. Kommunstyrelsen föreslår att VA-taxans brukningsavgifter höjs med 8 procent från 1 januari 2025 (ca 690 kr/år för en normalvilla).",
    [n(8, "%")], [H_DOCX],
    ["Kommunstyrelsen föreslår kommunfullmäktige att höja VA-taxans brukningsavgifter med 8 procent från den 1 januari 2025."],
    verdict="supported")
add("claim", "Ljusdal räknar med ett underskott för helåret 2024 enligt delårsrapporten, eller hur?",
    "Nej. Prognosen för helåret 2024 är ett överskott på 12,8 miljoner kronor, 2,3 miljoner bättre än budget (även om nämnderna går med underskott).",
    [n(12.8, "mnkr")], [L_DR], ["Prognosen för helåret 2024 är ett resultat om 12,8 miljoner kronor"],
    verdict="contradicted")
add("claim", "Jag har hört att nya förskolan i Östansjö ska kosta 45 miljoner.",
    "Det stämmer inte. Den totala budgeten är 62 miljoner kronor, varav 28 miljoner 2025 och 34 miljoner 2026.",
    [n(62, "mnkr")], [H_MD], ["Total budget: 62 miljoner kronor, varav 28 miljoner kronor budgeteras 2025 och 34 miljoner kronor 2026."],
    verdict="contradicted")
add("claim", "sjukfrånvaron i ljusdals kommun var 7,9 procent jan-aug 2024?",
    "Ja, sjukfrånvaron var totalt 7,9 procent januari–augusti 2024 (8,4 procent samma period 2023).",
    [n(7.9, "%")], [L_DR], ["Totalt 7,9 8,4", "Sjukfrånvaro, % jan–aug 2024 jan–aug 2023"], verdict="supported")
add("claim", "Hallsbergs kommun har budgeterat 120 miljoner till en ny simhall, stämmer det?",
    "Det finns inget om en ny simhall i Hallsbergs dokument; påståendet kan inte bekräftas.",
    [], [], [], refused=True, verdict="not_found")

# ---------------------------------------------------------------- unanswerable (5)
add("unanswerable", "vad är hallsbergs budgeterade resultat för 2028?",
    "Budgeten sträcker sig bara till plan 2027; något resultat för 2028 anges inte.", refused=True)
add("unanswerable", "Hur mycket har Ljusdal budgeterat för den nya sporthallen i Järvsö?",
    "Någon sporthall i Järvsö finns inte i Ljusdals investeringsbudget eller övriga dokument.", refused=True)
add("unanswerable", "hur mkt av bildningsnämndens pengar i hallsberg går till modersmålsundervisning?",
    "Budgeten delar inte upp Bildningsnämnden på modersmålsundervisning; det framgår inte.", refused=True)
add("unanswerable", "Hur stort underskott har tekniska nämnden i Ljusdal enligt delårsrapporten?",
    "Ljusdal har ingen teknisk nämnd i delårsrapporten; någon sådan prognos finns inte.", refused=True)
add("unanswerable", "hur många elever går på alléskolan i hallsberg?",
    "Dokumenten nämner Alléskolan men anger inte antalet elever.", refused=True)

# ---------------------------------------------------------------- multi_part (4)
add("multi_part", "Vem justerade KS-protokollet i Hallsberg den 5 november 2024, och hur slutade voteringen om budgeten?",
    "Per-Olof Granberg (M) justerade (jämte ordföranden). Voteringen slutade 6 röster mot 5 för ordförandens förslag.",
    [n(6, "st"), n(5, "st")], [H_DOCX],
    ["Justerare: Per-Olof Granberg (M)",
     "Med 6 röster för ordförandens förslag mot 5 för Moderaternas och Kristdemokraternas förslag beslutar kommunstyrelsen enligt ordförandens förslag."])
add("multi_part", "hur mycket ska ljusdals nämnder effektivisera 2025 totalt och vilken nämnd har största kravet?",
    "Totalt 15 700 tkr (15,7 mnkr). Största effektiviseringen har Utbildningsnämnden med 6 400 tkr.",
    [n(15700, "tkr"), n(6400, "tkr")], [L_B],
    ["Summa nämnder 1 278 070 38 340 13 900 (15 700) 1 314 610",
     "Utbildningsnämnden 512 300 15 370 (3 800) (6 400) 517 470"])
add("multi_part", "När uppdaterades Hallsbergs sida om hur skatten används senast, och vem ska man fråga om budgeten?",
    "Sidan uppdaterades senast 2025-02-03; frågor besvaras av ekonomichef Sara Eklund (0582-68 50 00).",
    [], [H_HTML], ["Publicerad 2025-01-15 | Senast uppdaterad 2025-02-03",
                   "Frågor om budgeten besvaras av ekonomichef Sara Eklund"])
add("multi_part", "vad var ljusdals låneskuld vid slutet av 2023 och hur stort är borgensåtagandet för bolagen?",
    "Den långfristiga låneskulden var 455 miljoner kronor vid utgången av 2023, och borgensåtagandet för bolagen 612 miljoner kronor (31 december 2023).",
    [n(455, "mnkr"), n(612, "mnkr")], [L_HTML],
    ["långfristiga låneskuld var 455 miljoner kronor vid utgången av 2023.",
     "Ljusdalshem AB och Ljusdal Vatten AB, uppgick till 612 miljoner kronor den 31 december 2023."])

# ---------------------------------------------------------------- followup (4)
add("followup", "och per invånare då?",
    "Bildningsnämndens kommunbidrag 2025 motsvarar 29 623 kronor per invånare (479,9 mnkr, beräknat på 16 200 invånare).",
    [n(29623, "kr")], [H_B], ["Bildningsnämnden 465,6 479,9 3,1 29 623", "Nämnd (mnkr) 2024 2025 % 2025"],
    history=["hur mycket får bildningsnämnden i hallsberg 2025?"])
add("followup", "och 2027?",
    "Årets resultat i plan 2027 är 11,7 mnkr (0,8 procent av skatter och statsbidrag).",
    [n(11.7, "mnkr")], [L_B], ["Årets resultat 13,8 11,3 11,7", "mnkr Not Budget 2025 Plan 2026 Plan 2027"],
    history=["vad är årets resultat i ljusdals budget för 2025?"])
add("followup", "och hur många flyttade därifrån det året?",
    "685 personer flyttade från Hallsberg 2023.",
    [n(685, "st")], [H_XLSX], ["2023 | 16118 | 158 | 180 | 771 | 685 | 64",
                               "År | Folkmängd 31 dec | Födda | Döda | Inflyttade | Utflyttade | Folkökning"],
    history=["hur många invånare hade hallsberg i slutet av 2023?"])
add("followup", "hur stor andel av omsorgsnämndens budget är det?",
    "Hemtjänsten (123 700 tkr netto) är 29,6 procent av Omsorgsnämndens nettobudget 2025.",
    [n(29.6, "%")], [L_XLSX], ["Hemtjänst | 142300 | 18600 | 123700 | 29,6",
                               "Verksamhet | Kostnader | Intäkter | Nettobudget 2025 | Andel av nämndens netto (%)"],
    history=["vad kostar hemtjänsten i ljusdal netto 2025?"])

# ---------------------------------------------------------------- english (4)
add("english", "How much is budgeted for Räddningstjänst under Kommunstyrelsen in Hallsberg in 2025?",
    "Räddningstjänst (Nerikes brandkår) has a net budget of 24,300 tkr (SEK thousand) in 2025.",
    [n(24300, "tkr")], [H_B], ["Räddningstjänst (Nerikes brandkår) 23 150 24 300 25 060 25 840", H7], lang="en")
add("english", "What was Ljusdal's result for January–August 2024 according to the delårsrapport?",
    "The result for January–August 2024 was SEK 38.7 million.",
    [n(38.7, "mnkr")], [L_DR], ["Periodens resultat för januari–augusti uppgår till 38,7 miljoner kronor."], lang="en")
add("english", "What were Hallsberg's net investments in 2023 according to the årsredovisning, and how far below budget were they?",
    "Net investments were SEK 71.8 million, which was SEK 22.5 million below budget.",
    [n(71.8, "mnkr"), n(22.5, "mnkr")], [H_AR],
    ["Nettoinvesteringarna uppgick till 71,8 miljoner kronor, vilket är 22,5 miljoner kronor lägre än"], lang="en")
add("english", "What is the net budget for förskola under Utbildningsnämnden in Ljusdal for 2025?",
    "The net budget for förskola is 117,580 tkr (SEK thousand) in 2025 (costs 131,840 tkr, income 14,260 tkr).",
    [n(117580, "tkr")], [L_XLSX], ["Förskola | 131840 | 14260 | 117580 | 720 | 163300",
                                   "Verksamhet | Kostnader | Intäkter | Nettobudget 2025 | Antal barn/elever | Nettokostnad per barn/elev (kr)"],
    lang="en")

ORDER = ["table_lookup", "calculation", "lookup", "text_amount", "multi_doc", "claim", "unanswerable",
         "multi_part", "followup", "english"]


def main():
    # interleave categories for a natural order (deterministic)
    buckets = {c: [q for q in Q if q["category"] == c] for c in ORDER}
    seq = []
    while any(buckets.values()):
        for c in ORDER:
            if buckets[c]:
                seq.append(buckets[c].pop(0))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, q in enumerate(seq, 1):
            rec = {"id": f"md29-{i:03d}", "corpus": C, "category": q["category"], "language": q["language"],
                   "question": q["question"], "history": q["history"], "gold": q["gold"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(seq))


if __name__ == "__main__":
    main()
