"""Writes the md50 question set (muni_dev50.jsonl)."""
import json

C = "evals/corpora/dev-muni50"
F = C + "/finspang/"
O = C + "/oxelosund/"
FB = F + "mal-och-budget-2026-plan-2027-2028.pdf"
FD = F + "delarsrapport-jan-aug-2025.pdf"
FH = F + "sa-anvands-din-skatt.html"
FP = F + "protokoll-ks-2025-11-11.docx"
FX = F + "befolkning-och-nyckeltal.xlsx"
FM = F + "pressmeddelande-budget-2026.md"
OB = O + "budget-2026-plan-2027-2028.pdf"
OA = O + "arsredovisning-2025.pdf"
OH = O + "nyheter-overskott-2025.html"
OP = O + "protokoll-kf-2025-11-19.docx"
OX = O + "driftbudget-per-verksamhet-2026.xlsx"
OT = O + "pressmeddelande-skattesats-2026.txt"

FB_RB_HDR = "Belopp i mnkr Not 2024 2025 2026 2027 2028"
FB_DRIFT_HDR = "Belopp i mnkr 2025 2026 mnkr % 2027 2028 2026"
FB_INV_HDR = "Projekt Budget 2026 Plan 2027 Plan 2028 Totalt 2026–2028"
OB_RB_HDR = "Belopp i mnkr 2024 2025 2025 2026 2027 2028"
OX_HDR = "Verksamhet | Budget 2025 | Budget 2026 | Förändring"
FX_HDR = "År | Folkmängd | Födda | Döda | Inflyttade | Utflyttade | Befolkningsförändring"


def n(v, u):
    return {"value": v, "unit": u}


Q = []


def add(cat, q, answer, numbers=(), docs=(), quotes=(), refused=False, verdict=None, history=(), lang="sv"):
    if cat == "english":
        lang = "en"
    Q.append({"category": cat, "language": lang, "question": q, "history": list(history),
              "gold": {"answer": answer, "numbers": list(numbers), "docs": list(docs), "quotes": list(quotes),
                       "refused": refused, "verdict": verdict}})


# ---------------- table_lookup (9)
add("table_lookup", "vad är skatteintäkterna i finspångs budget för 2026?",
    "Skatteintäkterna budgeteras till 1 412,5 mnkr för 2026.", [n(1412.5, "mnkr")], [FB],
    ["Skatteintäkter 4 1 321,8 1 368,2 1 412,5 1 459,8 1 508,3", FB_RB_HDR])
add("table_lookup", "hur mkt ska finspång lägga på nya särskilda boendet på grosvad 2027",
    "Enligt investeringsbudgeten 46 000 tkr (plan 2027) för det nya särskilda boendet Grosvad (60 platser).",
    [n(46000, "tkr")], [FB],
    ["Nytt särskilt boende Grosvad (60 platser) 28 000 46 000 62 000 136 000", FB_INV_HDR])
add("table_lookup", "Vilken driftram har vård- och omsorgsnämnden i Oxelösund i plan 2028?",
    "356 900 tkr enligt plan 2028.", [n(356900, "tkr")], [OB],
    ["Vård- och omsorgsnämnden 318 900 334 600 15 700 345 200 356 900", "Nämnd (tkr) 2025 2026 2025–2026 2027 2028"])
add("table_lookup", "soliditet oxelösunds kommun 2023?",
    "Soliditeten var 38,1 procent 2023.", [n(38.1, "%")], [OA],
    ["Soliditet, % 41,2 40,6 38,1 37,4 36,9", "2021 2022 2023 2024 2025"])
add("table_lookup", "hur många kronor av varje hundralapp i skatt går till äldreomsorgen i finspång?",
    "19,85 kronor av 100 kronor går till äldreomsorgen (budget 2026).", [n(19.85, "kr")], [FH],
    ["Äldreomsorg | 19,85", "Verksamhet | Kronor"])
add("table_lookup", "vad blir maxtaxan för hemtjänst i finspång 2026",
    "Maxtaxan för hemtjänst blir 2 628 kronor per månad 2026 (2 576 kr 2025).", [n(2628, "kr")], [FP],
    ["Hemtjänst, maxtaxa per månad | 2 576 | 2 628 | 2,0"])
add("table_lookup", "Hur stor är budgeten för gymnasieskolan i Oxelösund 2026?",
    "Gymnasieskolan har en budget på 88 700 tkr 2026.", [n(88700, "tkr")], [OX],
    ["Gymnasieskola | 84900 | 88700 | 3800", OX_HDR])
add("table_lookup", "hur många barn föddes i finspång 2023",
    "198 barn föddes i Finspång 2023.", [n(198, "st")], [FX],
    ["2023 | 21987 | 198 | 255 | 1018 | 1023 | -62", FX_HDR])
add("table_lookup", "vad prognostiserar socialnämnden i finspång för helåret 2025 i delårsrapporten?",
    "Socialnämnden prognostiserar 573,6 mnkr mot en budget på 561,0 mnkr, ett underskott på 12,6 mnkr.",
    [n(573.6, "mnkr")], [FD],
    ["Socialnämnden 561,0 573,6 – 12,6", "Nämnd, mnkr 2025 helår 2025 mot budget"])

# ---------------- calculation (9)
add("calculation", "hur stor andel av nämndernas budget 2026 går till barn- och utbildningsnämnden i finspång?",
    "742,6 av 1 686,0 mnkr, dvs. ca 44,0 procent.", [n(44.0, "%")], [FB],
    ["Barn- och utbildningsnämnden 718,3 742,6 +24,3 3,4 761,2 779,8 33 986",
     "Summa nämnder 1 620,7 1 686,0 +65,3 4,0 1 729,2 1 772,3 77 162", FB_DRIFT_HDR])
add("calculation", "Hur mycket ökar skatteintäkterna i Oxelösund mellan budget 2025 och budget 2026, i procent?",
    "Från 664,1 till 702,6 mnkr, en ökning med 38,5 mnkr eller ca 5,8 procent.", [n(5.8, "%")], [OB],
    ["Skatteintäkter 642,7 668,9 664,1 702,6 726,3 750,4", OB_RB_HDR])
add("calculation", "vad var oxelösunds genomsnittliga årsresultat under åren 2021-2025?",
    "(31,4 + 26,0 + 5,2 + 17,9 + 14,8) / 5 = ca 19,1 mnkr per år.", [n(19.1, "mnkr")], [OA],
    ["Årets resultat, mnkr 31,4 26,0 5,2 17,9 14,8", "2021 2022 2023 2024 2025"])
add("calculation", "hur mycket har folkmängden i finspång minskat från 2021 till 2025?",
    "Från 22 079 till 21 905 invånare, en minskning med 174 personer.", [n(174, "st")], [FX],
    ["2021 | 22079 | 231 | 249 | 1075 | 1008 | 49", "2025 | 21905 | 189 | 251 | 1013 | 980 | -29", FX_HDR])
add("calculation", "hur mycket ska finspång lägga på gång- och cykelvägar sammanlagt 2026-2028?",
    "Vibjörnsbacken 6 800 tkr + Rejmyre–Skärblacka 18 400 tkr = 25 200 tkr.", [n(25200, "tkr")], [FB],
    ["Gång- och cykelväg Vibjörnsbacken 6 800 0 0 6 800",
     "Gång- och cykelväg Rejmyre–Skärblacka 0 9 200 9 200 18 400", FB_INV_HDR])
add("calculation", "hur många procent ökar hemtjänstens budget i oxelösund från 2025 till 2026",
    "Från 84 600 till 88 200 tkr, +3 600 tkr eller ca 4,3 procent.", [n(4.3, "%")], [OX],
    ["Hemtjänst | 84600 | 88200 | 3600", OX_HDR])
add("calculation", "Hur mycket bättre var Finspångs resultat för januari–augusti 2025 än för samma period 2024?",
    "61,4 mnkr mot 57,9 mnkr, dvs. 3,5 mnkr bättre.", [n(3.5, "mnkr")], [FD],
    ["Periodens resultat 57,9 61,4 23,1 27,8", "Belopp i mnkr jan–aug 2024 jan–aug 2025 2025 2025"])
add("calculation", "vad blir oxelösunds budgeterade resultat sammanlagt för 2026, 2027 och 2028?",
    "25,6 + 23,6 + 19,6 = 68,8 mnkr.", [n(68.8, "mnkr")], [OB],
    ["Årets resultat 17,9 14,5 10,6 25,6 23,6 19,6", OB_RB_HDR])
add("calculation", "hur många kronor av hundralappen går till skolan totalt i finspång, alltså förskola, grundskola och gymnasiet?",
    "24,10 + 11,40 + 9,20 = 44,70 kronor av 100 kronor.", [n(44.7, "kr")], [FH],
    ["Grundskola och fritidshem | 24,10", "Förskola och pedagogisk omsorg | 11,40", "Gymnasieskola och vuxenutbildning | 9,20"])

# ---------------- lookup (5)
add("lookup", "vem är kommunstyrelsens ordförande i finspång?",
    "Annika Höglund (S).", [], [FB], ["Finspång i november 2025 Annika Höglund (S) Kommunstyrelsens ordförande"])
add("lookup", "vilka reserverade sig mot budgetbeslutet i ks i finspång i november?",
    "Per-Olof Nyberg (M), Ingela Falk (M) och Jonas Ek (SD) reserverade sig till förmån för eget förslag; Tomas Alm (KD) reserverade sig skriftligt.",
    [], [FP], ["Reservation: Per-Olof Nyberg (M), Ingela Falk (M) och Jonas Ek (SD) reserverar sig mot beslutet till förmån för eget förslag. Tomas Alm (KD) reserverar sig skriftligt."])
add("lookup", "Vem valdes till ny ersättare i utbildningsnämnden i Oxelösund?",
    "Fatima Yousef (S) valdes till ersättare efter Lars Ek (S).", [], [OP],
    ["Kommunfullmäktige väljer Fatima Yousef (S) till ersättare i utbildningsnämnden efter Lars Ek (S)."])
add("lookup", "när ska nya förskolan i ramdalen i oxelösund öppna",
    "Den beräknas öppna i januari 2028, med plats för 120 barn.", [], [OB],
    ["Den nya förskolan i Ramdalen beräknas öppna i januari 2028 med plats för 120 barn."])
add("lookup", "när tar kf i oxelösund upp årsredovisningen för 2025?",
    "Kommunfullmäktige behandlar årsredovisningen den 22 april 2026.", [], [OH],
    ["Årsredovisningen behandlas av kommunfullmäktige den 22 april 2026."])

# ---------------- text_amount (5)
add("text_amount", "hur mycket pengar lägger finspång på feriejobb för unga nästa år",
    "4,7 miljoner kronor till feriejobb och arbetsmarknadsinsatser för unga 2026.", [n(4.7, "mnkr")], [FB, FM],
    ["Kommunen avsätter 4,7 miljoner kronor till feriejobb och arbetsmarknadsinsatser för unga under 2026.",
     "4,7 miljoner kronor till feriejobb och arbetsmarknadsinsatser för unga."])
add("text_amount", "Hur stor är den centrala lönepotten för bristyrken i Finspångs budget?",
    "700 000 kronor.", [n(700000, "kr")], [FB],
    ["En central lönepott om 700 000 kronor avsätts för särskilda satsningar på bristyrken."])
add("text_amount", "vad kostar vinterväghållningen i oxelösund 2026?",
    "Den budgeteras till 3,4 miljoner kronor.", [n(3.4, "mnkr")], [OB],
    ["Vinterväghållningen budgeteras till 3,4 miljoner kronor."])
add("text_amount", "vad skulle gratis buss för pensionärer kosta oxelösund enligt motionen från V?",
    "Kostnaden beräknades till 450 000 kronor per år (motionen avslogs).", [n(450000, "kr")], [OP],
    ["Kostnaden har beräknats till 450 000 kronor per år."])
add("text_amount", "hur mycket kostade sporthallen vid ramdalsskolan i oxelösund",
    "31,2 miljoner kronor (investering 2025).", [n(31.2, "mnkr")], [OA],
    ["De största projekten var sporthallen vid Ramdalsskolan (31,2 miljoner kronor)"])

# ---------------- multi_doc (5)
add("multi_doc", "vilken kommun har högst kommunalskatt 2026, finspång eller oxelösund?",
    "Oxelösund: 22,49 kronor mot Finspångs 22,16 kronor, 0,33 kronor högre.",
    [n(22.49, "kr"), n(22.16, "kr")], [FB, OB],
    ["Den kommunala skattesatsen för 2026 är 22,16 kronor per skattekrona, oförändrad jämfört med 2025.",
     "Den kommunala skattesatsen höjs från 22,24 kronor till 22,49 kronor."])
add("multi_doc", "Vilken av kommunerna Finspång och Oxelösund budgeterar det högsta resultatet 2026 i procent av skatteintäkter och generella statsbidrag?",
    "Oxelösund med 2,6 procent, mot Finspångs 1,6 procent.", [n(2.6, "%"), n(1.6, "%")], [FB, OB],
    ["Budgeterat resultat för 2026 motsvarar 1,6 procent av skatteintäkter och generella statsbidrag.",
     "Det budgeterade resultatet för 2026 motsvarar 2,6 procent av skatteintäkter och generella statsbidrag"])
add("multi_doc", "hur mycket bättre blir finspångs resultat 2025 enligt delårsprognosen jämfört med bokslutet 2024?",
    "Prognosen 27,8 mnkr mot bokslutet 23,6 mnkr, dvs. 4,2 mnkr bättre.", [n(4.2, "mnkr")], [FD, FB],
    ["Resultatet för helåret prognostiseras till 27,8 miljoner kronor",
     "Årets resultat 23,6 23,1 29,9 30,6 31,9", FB_RB_HDR])
add("multi_doc", "Oxelösund: hur mycket större är utbildningsnämndens driftram 2026 än vad nämnden faktiskt gjorde av med 2025?",
    "Ram 2026 418 900 tkr mot utfall 2025 406 900 tkr: 12 000 tkr (12,0 mnkr) mer.", [n(12000, "tkr")], [OA, OP],
    ["Utbildningsnämnden 402 600 406 900 (4 300)", "Utbildningsnämnden | 418 900"])
add("multi_doc", "hur många fler invånare hade finspång än oxelösund vid årsskiftet 2025/2026?",
    "Finspång 21 905 mot Oxelösund 12 362 den 31 december 2025: 9 543 fler.", [n(9543, "st")], [FX, OA],
    ["2025 | 21905 | 189 | 251 | 1013 | 980 | -29", "Antal invånare 31 dec 12 187 12 246 12 301 12 334 12 362"])

# ---------------- claim (5)
add("claim", "Stämmer det att Oxelösund höjer skatten med 25 öre till 22,49 kr?",
    "Ja. Fullmäktige beslutade att höja skatten från 22,24 till 22,49 kronor från 2026.", [n(22.49, "kr")], [OT],
    ["Kommunfullmäktige i Oxelösund beslutade i går kväll att höja kommunalskatten från 22,24 till 22,49 kronor från och med 2026."],
    verdict="supported")
add("claim", "finspångs socialnämnd får 35 miljoner mer i budgeten 2026, eller hur?",
    "Nej. Socialnämnden får 25,9 miljoner kronor mer än 2025.", [n(25.9, "mnkr")], [FB],
    ["Barn- och utbildningsnämnden får ett tillskott på 24,3 miljoner kronor och socialnämnden 25,9 miljoner kronor jämfört med 2025."],
    verdict="contradicted")
add("claim", "Oxelösunds kommun gick med 17,9 miljoner i överskott 2025?",
    "Nej. Överskottet 2025 var 14,8 miljoner kronor; 17,9 miljoner var resultatet 2024.", [n(14.8, "mnkr")], [OH],
    ["Oxelösunds kommun gick med ett överskott på 14,8 miljoner kronor under 2025."], verdict="contradicted")
add("claim", "Jag har hört att Finspång ska bygga en ny simhall för 120 miljoner. Stämmer det?",
    "Det framgår inte av dokumenten; någon simhall nämns inte.", [], [], [], refused=True, verdict="not_found")
add("claim", "En lokaltidning skriver att Finspångs kommun hade 2 184 tillsvidareanställda i slutet av augusti 2025. Stämmer det?",
    "Ja, den 31 augusti 2025 hade kommunen 2 184 tillsvidareanställda, 37 färre än ett år tidigare.", [n(2184, "st")], [FD],
    ["Den 31 augusti 2025 hade kommunen 2 184 tillsvidareanställda medarbetare"], verdict="supported")

# ---------------- unanswerable (5)
add("unanswerable", "vad är finspångs budgeterade resultat för 2029?",
    "Budgeten sträcker sig bara till plan 2028; något resultat för 2029 anges inte.", refused=True)
add("unanswerable", "Hur stor budget har tekniska nämnden i Oxelösund 2026?",
    "Oxelösund har ingen tekniska nämnd i budgeten; uppgiften finns inte.", refused=True)
add("unanswerable", "hur många platser blir det på nya LSS-boendet Storängen i finspång?",
    "Antalet platser anges inte, bara investeringsbeloppen.", refused=True)
add("unanswerable", "Vad tjänar kommundirektören i Oxelösund?",
    "Det framgår inte av dokumenten.", refused=True)
add("unanswerable", "hur mycket av finspångs effektiviseringar på 18,5 miljoner ska kultur- och fritidsnämnden stå för?",
    "Det anges inte; övriga nämnder svarar gemensamt för resterande del utan fördelning per nämnd.", refused=True)

# ---------------- multi_part (4)
add("multi_part", "vad kostar kulturskolan per termin i finspång 2026 och hur många procent höjs avgiften?",
    "600 kronor per termin (från 500 kr), en höjning med 20 procent.", [n(600, "kr"), n(20.0, "%")], [FP],
    ["Kulturskolan, per termin | 500 | 600 | 20,0", "Taxa | 2025 (kr) | 2026 (kr) | Förändring (%)"])
add("multi_part", "hur mycket får oxelösund låna nytt 2026 och vad blir borgensramen för kustbostäder?",
    "Nyupplåning 35 miljoner kronor (låneskulden 495 mnkr); borgensramen för Kustbostäder är 620 miljoner kronor.",
    [n(35, "mnkr"), n(620, "mnkr")], [OP],
    ["Kommunfullmäktige beslutar att kommunen under 2026 får nyupplåna 35 miljoner kronor",
     "Borgensramen för Kustbostäder i Oxelösund AB fastställs till 620 miljoner kronor."])
add("multi_part", "Hur mycket investerade Finspång under januari–augusti 2025, och vad är helårsprognosen för investeringarna?",
    "98,6 mnkr under perioden; helårsprognosen är 171,0 mnkr (budget 227,9 mnkr).", [n(98.6, "mnkr"), n(171.0, "mnkr")], [FD],
    ["Investeringarna uppgick till 98,6 miljoner kronor under perioden. Helårsprognosen för investeringar är 171,0 miljoner kronor"])
add("multi_part", "vad blev årets resultat och balanskravsresultatet för oxelösund 2025, och klarade de balanskravet?",
    "Årets resultat 14,8 mnkr, balanskravsresultat 13,5 mnkr; ja, balanskravet uppfylls.", [n(14.8, "mnkr"), n(13.5, "mnkr")], [OA],
    ["Årets resultat uppgår till 14,8 miljoner kronor. Efter justering för realisationsvinster om 1,3 miljoner kronor blir balanskravsresultatet 13,5 miljoner kronor. Kommunen uppfyller därmed balanskravet."])

# ---------------- followup (4)
add("followup", "och i plan 2028 då?",
    "Kommunstyrelsens ram i plan 2028 är 175,3 mnkr.", [n(175.3, "mnkr")], [FB],
    ["Kommunstyrelsen 159,2 168,4 +9,2 5,8 171,9 175,3 7 707", FB_DRIFT_HDR],
    history=["vad har kommunstyrelsen i finspång för budget 2026?"])
add("followup", "och hur mycket av det går till utbildningsnämnden?",
    "Utbildningsnämndens investeringar 2026 är 50 900 tkr (av totalt 126 000 tkr).", [n(50900, "tkr")], [OB],
    ["Summa 50 900 28 400 2 400", "Investeringsprojekt Budget 2026 Plan 2027 Plan 2028"],
    history=["Hur stora är Oxelösunds budgeterade investeringar 2026?"])
add("followup", "och 2025?",
    "Nettokostnaden per invånare var 83 450 kronor 2025.", [n(83450, "kr")], [FX],
    ["2025 | 22,16 | 83450 | 34,8 | 27,8", "År | Skattesats | Nettokostnad per invånare | Soliditet | Årets resultat"],
    history=["vad var finspångs nettokostnad per invånare 2024?"])
add("followup", "hur mycket är underskottet i procent av deras budget?",
    "Underskottet 5 280 tkr av budgeten 318 900 tkr, ca 1,7 procent.", [n(1.7, "%")], [OA],
    ["Vård- och omsorgsnämnden 318 900 324 180 (5 280)", "Nettokostnad, tkr 2025 2025 2025"],
    history=["hur gick det ekonomiskt för vård- och omsorgsnämnden i oxelösund 2025?"])

# ---------------- english (4)
add("english", "What is the total investment budget for 2026 in Oxelösund's Budget 2026?",
    "126.0 million SEK (126,000 tkr) in 2026.", [n(126.0, "mnkr")], [OB],
    ["Investeringsbudgeten för 2026 uppgår till 126,0 miljoner kronor."])
add("english", "How did the vote go when Finspång's kommunstyrelse decided on the Mål och budget 2026 proposal?",
    "7 votes for the chair's proposal and 4 against (for Per-Olof Nyberg's proposal); the chair's proposal won.",
    [n(7, "st"), n(4, "st")], [FP],
    ["7 ja-röster för ordförandens förslag och 4 nej-röster för Per-Olof Nybergs förslag."])
add("english", "What was the sick leave (sjukfrånvaro) in Oxelösund municipality in 2025?",
    "7.8 percent, down from 8.3 percent in 2024.", [n(7.8, "%")], [OA],
    ["Sjukfrånvaron uppgick till 7,8 procent, jämfört med 8,3 procent 2024."])
add("english", "By how much did Oxelösund's kommunstyrelse come in under budget in 2025 according to the news article?",
    "3.14 million SEK under budget (budget 98.45, outcome 95.31 mnkr).", [n(3.14, "mnkr")], [OH],
    ["Kommunstyrelsen | 98,45 | 95,31 | +3,14", "Nämnd | Budget 2025 (mnkr) | Utfall 2025 (mnkr) | Avvikelse (mnkr)"])


def write(path):
    import random
    order = list(Q)
    random.Random(50).shuffle(order)
    with open(path, "w", encoding="utf-8") as f:
        for i, q in enumerate(order, 1):
            rec = {"id": f"md50-{i:03d}", "corpus": C, **q}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    import os
    write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "dev", "muni_dev50.jsonl"))
    print(len(Q))
