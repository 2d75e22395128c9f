"""Questions for muni_blind27 (Grästorp and Älvkarleby)."""

CORPUS = "evals/corpora/blind-muni27"
G = CORPUS + "/grastorp/"
A = CORPUS + "/alvkarleby/"
GB = G + "mal-och-budget-2025-2027.pdf"
GD = G + "delarsrapport-augusti-2024.pdf"
GH = G + "sa-anvands-din-skatt.html"
GP = G + "protokoll-ks-2024-11-13.docx"
GX = G + "nyckeltal-2019-2024.xlsx"
GM = G + "pressmeddelande-forskola-tallbacken.md"
AB = A + "budget-2025-plan-2026-2027.pdf"
AA = A + "arsredovisning-2023.pdf"
AH = A + "nyhet-budget-2025-beslutad.html"
AP = A + "protokoll-socialnamnden-2024-10-22.docx"
AT = A + "pressmeddelande-spadtag-skola.txt"

GB_RES_HDR = "Not Bokslut Prognos Budget Plan Plan"
GB_DRIFT_HDR = "Nämnd Budget Budget Förändring Förändring kr per invånare"
GB_INV_HDR = "Projekt Budget Plan Plan Totalt"
GX_HDR = ("År | Invånare 31 dec | Skattesats (kr) | Verksamhetens nettokostnad | Skatteintäkter och generella "
          "statsbidrag | Årets resultat | Nettoinvesteringar | Soliditet (%)")
AB_DRIFT_HDR = "Nämnd Bokslut Budget Budget Plan Plan"
AP_HDR = "Åtgärd | Besparing 2025 (tkr) | Helårseffekt (tkr)"


def N(v, u):
    return {"value": v, "unit": u}


# (category, language, question, history, answer, numbers, docs, quotes, refused, verdict)
RAW = [
    # ---------------- table_lookup (9) ----------------
    ("table_lookup", "sv", "vad är skatteintäkterna i grästorps budget för 2025?", [],
     "Skatteintäkterna i Grästorps budget 2025 är 366,9 mnkr.", [N(366.9, "mnkr")], [GB],
     ["Skatteintäkter 4 339,8 352,4 366,9 380,2 394,1", GB_RES_HDR], False, None),
    ("table_lookup", "sv", "Hur mycket kostar vård och omsorgsnämden per invånare i Grästorp 2025?", [],
     "Vård- och omsorgsnämndens budget 2025 motsvarar 27 722 kr per invånare.", [N(27722, "kr")], [GB],
     ["Vård- och omsorgsnämnden 152,3 159,4 7,1 4,7 27 722", GB_DRIFT_HDR], False, None),
    ("table_lookup", "sv", "hur mkt pengar ligger det på va-saneringen i östra grästorp år 2026?", [],
     "För VA-saneringen i Östra Grästorp är 8 500 tkr planerade 2026 (totalt 25 300 tkr 2025–2027).",
     [N(8500, "tkr")], [GB], ["VA-sanering Östra Grästorp 9 800 8 500 7 000 25 300", GB_INV_HDR], False, None),
    ("table_lookup", "sv", "Vilken budget har utbildningsnämnden i Älvkarleby för 2025?", [],
     "Utbildningsnämnden i Älvkarleby har 368 700 tkr i nettokostnadsram 2025.", [N(368700, "tkr")], [AB],
     ["Utbildningsnämnden 342 150 356 400 368 700 377 900 386 200", AB_DRIFT_HDR], False, None),
    ("table_lookup", "sv", "hur mycket nya lån räknar älvkarleby kommun med att ta upp 2026", [],
     "Enligt kassaflödesbudgeten tar Älvkarleby upp 40,0 mnkr i nya lån 2026.", [N(40.0, "mnkr")], [AB],
     ["Nyupptagna lån 45,0 40,0 0,0", "Budget Plan Plan"], False, None),
    ("table_lookup", "sv", "Vad var soliditeten i Älvkarleby kommun 2021?", [],
     "Soliditeten var 36,0 procent 2021.", [N(36.0, "%")], [AA],
     ["Soliditet, % 35,8 36,1 36,0 33,9 32,4", "2019 2020 2021 2022 2023"], False, None),
    ("table_lookup", "sv", "vad var nettoinvesteringarna i grästorp 2022 enligt nyckeltalsfilen?", [],
     "Nettoinvesteringarna i Grästorp var 52,6 mnkr 2022.", [N(52.6, "mnkr")], [GX],
     ["2022 | 5719 | 22,31 | 436,2 | 446,3 | 12,5 | 52,6 | 43,8", GX_HDR], False, None),
    ("table_lookup", "sv", "Hur mycket ska hemtagning av LSS-placeringar spara 2025 enligt socialnämndens "
     "åtgärdsplan i Älvkarleby?", [],
     "Hemtagning av LSS-placeringar beräknas spara 1 500 tkr 2025 (helårseffekt 2 600 tkr).",
     [N(1500, "tkr")], [AP], ["Hemtagning av LSS-placeringar | 1 500 | 2 600", AP_HDR], False, None),
    ("table_lookup", "sv", "hur många kronor av varje hundralapp i skatt går till äldreomsorgen i grästorp", [],
     "31,80 kronor av varje 100 kronor går till äldreomsorg och stöd till personer med funktionsnedsättning.",
     [N(31.80, "kr")], [GH],
     ["Äldreomsorg och stöd till personer med funktionsnedsättning | 31,80", "Verksamhet | Kronor"], False, None),

    # ---------------- calculation (9) ----------------
    ("calculation", "sv", "Med hur många procent ökar skatteintäkterna i Grästorp från prognosen 2024 till "
     "budget 2025?", [],
     "Från 352,4 till 366,9 mnkr, en ökning med 14,5 mnkr eller cirka 4,1 procent.", [N(4.1, "%")], [GB],
     ["Skatteintäkter 4 339,8 352,4 366,9 380,2 394,1", GB_RES_HDR], False, None),
    ("calculation", "sv", "hur stor andel av grästorps investeringar 2025 går till bildningsnämnden?", [],
     "25 800 tkr av totalt 55 650 tkr, alltså cirka 46,4 procent.", [N(46.4, "%")], [GB],
     ["Summa bildningsnämnden 25 800 19 900 1 100 46 800", "Totalt investeringar 55 650 45 750 19 600 121 000"],
     False, None),
    ("calculation", "sv", "Hur stor del av sin årsbudget hade vård- och omsorgsnämnden i Grästorp använt "
     "efter augusti 2024?", [],
     "Utfallet jan–aug var 104 200 tkr av en budget på 152 300 tkr, cirka 68,4 procent.", [N(68.4, "%")], [GD],
     ["Vård- och omsorgsnämnden 152 300 104 200 156 900 -4 600", "Nämnd Budget Utfall Prognos Avvikelse"],
     False, None),
    ("calculation", "sv", "vad var grästorps genomsnittliga resultat per år 2019-2023?", [],
     "(8,4 + 17,6 + 21,2 + 12,5 + 9,2) / 5 = 13,8 mnkr per år i genomsnitt.", [N(13.8, "mnkr")], [GX],
     ["2019 | 5675 | 22,06 | 402,3 | 409,8 | 8,4 | 31,2 | 43,1",
      "2020 | 5688 | 22,06 | 408,9 | 425,1 | 17,6 | 28,4 | 45",
      "2021 | 5702 | 22,06 | 421,7 | 441 | 21,2 | 35,9 | 46,4",
      "2022 | 5719 | 22,31 | 436,2 | 446,3 | 12,5 | 52,6 | 43,8",
      "2023 | 5743 | 22,31 | 447,5 | 458,4 | 9,2 | 61,8 | 42,2", GX_HDR], False, None),
    ("calculation", "sv", "Hur stor andel av Grästorps invånare var 80 år eller äldre 2024?", [],
     "388 av 5 755 invånare, cirka 6,7 procent.", [N(6.7, "%")], [GX],
     ["80 år och äldre | 377 | 380 | 388", "Totalt | 5719 | 5743 | 5755"], False, None),
    ("calculation", "sv", "Hur mycket ökar socialnämndens ram i Älvkarleby i procent från budget 2025 till "
     "plan 2027?", [],
     "Från 327 500 till 348 900 tkr, en ökning med 21 400 tkr eller cirka 6,5 procent.", [N(6.5, "%")], [AB],
     ["Socialnämnden 298 600 311 800 327 500 338 100 348 900", AB_DRIFT_HDR], False, None),
    ("calculation", "sv", "vad kostar va-ledningen och simhallsrenoveringen i älvkarleby tillsammans under "
     "hela perioden 2025-2027", [],
     "VA-ledningen 38,8 mnkr + simhallen 15,4 mnkr = 54,2 mnkr.", [N(54.2, "mnkr")], [AB],
     ["VA-ledning Älvkarleö–Skutskär 18,6 14,2 6,0 38,8", "Renovering av Skutskärs simhall 12,4 3,0 0,0 15,4"],
     False, None),
    ("calculation", "sv", "Med hur många procent överskred socialnämnden i Älvkarleby sin budget 2023?", [],
     "Utfall 298 600 tkr mot budget 291 400 tkr: underskott 7 200 tkr, cirka 2,5 procent över budget.",
     [N(2.5, "%")], [AA], ["Socialnämnden 291 400 298 600 – 7 200", "Nämnd Budget 2023 Utfall 2023 Avvikelse"],
     False, None),
    ("calculation", "sv", "hur stor andel av det sökta beloppet fick föreningarna i grästorp sammanlagt i "
     "föreningsbidrag 2025?", [],
     "470 000 kr beviljades av 575 000 kr sökt, cirka 81,7 procent.", [N(81.7, "%")], [GP],
     ["Summa | 575 000 | 470 000", "Förening | Sökt belopp (kr) | Beviljat belopp (kr)"], False, None),

    # ---------------- lookup (5) ----------------
    ("lookup", "sv", "vem är kommunstyrelsens ordförande i grästorp?", [],
     "Ingela Björkman (C) är kommunstyrelsens ordförande i Grästorp.", [], [GB],
     ["Ingela Björkman (C)", "Kommunstyrelsens ordförande"], False, None),
    ("lookup", "sv", "Vilka reserverade sig mot budgetbeslutet i kommunstyrelsen i Grästorp i november?", [],
     "Lars-Åke Berg (SD) och Kent Ljung (SD) reserverade sig.", [], [GP],
     ["Reservation: Lars-Åke Berg (SD) och Kent Ljung (SD) reserverar sig mot beslutet till förmån för eget "
      "yrkande."], False, None),
    ("lookup", "sv", "vilket företag bygger nya skolan i skutskär?", [],
     "Skanska Sverige AB bygger den nya F–6-skolan i Skutskär.", [], [AT],
     ["Skolan byggs av Skanska Sverige AB"], False, None),
    ("lookup", "sv", "När beslutade kommunfullmäktige i Älvkarleby om budgeten för 2025?", [],
     "Den 25 november 2024.", [], [AH],
     ["Kommunfullmäktige i Älvkarleby beslutade den 25 november om budget för 2025 och plan för"], False, None),
    ("lookup", "sv", "när blir nya förskolan i tallbacken klar", [],
     "Den beräknas stå klar till höstterminen 2026 (inflyttning augusti 2026).", [], [GM],
     ["beräknas stå klar till höstterminen 2026", "Beräknad inflyttning: augusti 2026"], False, None),

    # ---------------- text_amount (5) ----------------
    ("text_amount", "sv", "Hur mycket motsvarar effektiviseringskravet i Grästorps budget 2025?", [],
     "Effektiviseringskravet på 0,8 procent motsvarar 3,9 miljoner kronor.", [N(3.9, "mnkr")], [GB],
     ["Ramarna innehåller ett generellt effektiviseringskrav på 0,8 procent, vilket motsvarar 3,9"], False, None),
    ("text_amount", "sv", "hur mycket pengar avsätter grästorp till sommarlovsaktiviteter?", [],
     "Ett tillfälligt stöd om 650 000 kronor.", [N(650000, "kr")], [GB],
     ["Ett tillfälligt stöd om 650 000 kronor avsätts för sommarlovsaktiviteter för barn och unga."],
     False, None),
    ("text_amount", "sv", "Hur mycket mer skatteintäkter ger skattehöjningen i Älvkarleby 2025?", [],
     "Cirka 8,8 miljoner kronor.", [N(8.8, "mnkr")], [AB],
     ["8,8 miljoner kronor i ökade skatteintäkter 2025."], False, None),
    ("text_amount", "sv", "hur stort statligt stöd fick älvkarleby till solceller på nya skolan", [],
     "Kommunen har beviljats 700 000 kronor för solceller och energilager.", [N(700000, "kr")], [AT],
     ["Kommunen har dessutom beviljats ett statligt stöd på 700 000 kronor för"], False, None),
    ("text_amount", "sv", "Vad kostar paviljongerna vid Centralskolan i Grästorp per år?", [],
     "Paviljongerna hyrs för 780 000 kronor per år.", [N(780000, "kr")], [GM],
     ["Paviljongerna hyrs i dag för 780 000 kronor per år."], False, None),

    # ---------------- multi_doc (5) ----------------
    ("multi_doc", "sv", "vilken av kommunerna grästorp och älvkarleby har högst skattesats 2025?", [],
     "Älvkarleby: 22,52 kronor mot Grästorps 22,31 kronor.", [N(22.52, "kr"), N(22.31, "kr")], [GB, AB],
     ["Vi väljer att hålla skattesatsen oförändrad på 22,31 kronor per skattekrona.",
      "höjning av skattesatsen med 30 öre, från 22,22 kronor till 22,52 kronor."], False, None),
    ("multi_doc", "sv", "Vilken kommun budgeterar det högsta resultatet för 2025, Grästorp eller Älvkarleby, "
     "och hur stor är skillnaden?", [],
     "Älvkarleby budgeterar 12,4 mnkr och Grästorp 6,8 mnkr; skillnaden är 5,6 mnkr.",
     [N(12.4, "mnkr"), N(6.8, "mnkr"), N(5.6, "mnkr")], [GB, AB],
     ["Årets resultat 9,2 5,9 6,8 6,8 8,5", "Årets resultat 7,2 5,9 12,4 14,1 16,3"], False, None),
    ("multi_doc", "sv", "hur mycket lägre blev kontraktssumman för förskolan i tallbacken än vad som står i "
     "grästorps investeringsbudget?", [],
     "Budgeten är 32 500 tkr (32,5 mnkr) och kontraktet 31,2 mnkr, alltså 1,3 mnkr lägre.",
     [N(1.3, "mnkr")], [GB, GM],
     ["Ny förskola Tallbacken 18 500 14 000 0 32 500", "Kontraktssumman är 31,2 miljoner kronor"], False, None),
    ("multi_doc", "sv", "Hur mycket större är socialnämndens budgetram 2025 i Älvkarleby jämfört med vad "
     "nämnden faktiskt kostade 2023?", [],
     "Ram 2025 327 500 tkr mot utfall 2023 298 600 tkr: 28 900 tkr större.", [N(28900, "tkr")], [AA, AH],
     ["Socialnämnden 291 400 298 600 – 7 200", "Socialnämnden | 327 500 | 15 700"], False, None),
    ("multi_doc", "sv", "vilken av kommunerna investerar mest netto 2025, grästorp eller älvkarleby?", [],
     "Älvkarleby med 91,1 mnkr, mot Grästorps 55 650 tkr (cirka 55,7 mnkr).",
     [N(91.1, "mnkr"), N(55650, "tkr")], [GB, AB],
     ["Totalt investeringar 55 650 45 750 19 600 121 000", "Summa nettoinvesteringar 91,1 90,7 33,9 215,7"],
     False, None),

    # ---------------- claim (5) ----------------
    ("claim", "sv", "Stämmer det att budgeten i Älvkarleby klubbades med 18 röster mot 13?", [],
     "Ja. Fullmäktige beslutade efter votering med 18 röster mot 13.", [N(18, "st"), N(13, "st")], [AH],
     ["Beslutet fattades efter votering med 18 röster mot 13."], False, "supported"),
    ("claim", "sv", "Jag har hört att Grästorps IK fick 150 000 kr i föreningsbidrag av kommunstyrelsen.", [],
     "Nej. Grästorps IK sökte 150 000 kronor men beviljades 120 000 kronor.", [N(120000, "kr")], [GP],
     ["Grästorps IK | 150 000 | 120 000", "Förening | Sökt belopp (kr) | Beviljat belopp (kr)"],
     False, "contradicted"),
    ("claim", "sv", "Älvkarleby gjorde ett resultat på 9,8 miljoner 2023 enligt årsredovisningen, eller hur?", [],
     "Nej. Resultatet 2023 blev 7,2 miljoner kronor; 9,8 miljoner var det budgeterade resultatet.",
     [N(7.2, "mnkr")], [AA],
     ["Årets resultat uppgick till 7,2 miljoner kronor, jämfört med ett budgeterat resultat på 9,8"],
     False, "contradicted"),
    ("claim", "sv", "grästorp inför gratis busskort för alla pensionärer 2025?", [],
     "Det framgår inte av dokumenten; gratis busskort för pensionärer nämns inte.", [], [], [], True,
     "not_found"),
    ("claim", "sv", "Enligt delårsrapporten var sjukfrånvaron i Grästorps kommun 7,4 procent jan–aug 2024.", [],
     "Stämmer. Sjukfrånvaron var 7,4 procent för perioden, jämfört med 7,9 procent 2023.", [N(7.4, "%")], [GD],
     ["för perioden var 7,4 procent, jämfört med 7,9 procent samma period 2023."], False, "supported"),

    # ---------------- unanswerable (5) ----------------
    ("unanswerable", "sv", "Vad är Grästorps budgeterade resultat för 2028?", [],
     "Budgeten sträcker sig bara till plan 2027; något resultat för 2028 anges inte.", [], [], [], True, None),
    ("unanswerable", "sv", "hur mycket får kulturnämnden i älvkarleby i budget 2025", [],
     "Det finns ingen kulturnämnd i Älvkarlebys budget; dokumenten anger ingen sådan ram.", [], [], [], True,
     None),
    ("unanswerable", "sv", "Vad kostar ombyggnaden av Ryrsskolan i Grästorp?", [],
     "Någon ombyggnad av Ryrsskolan finns inte i dokumenten.", [], [], [], True, None),
    ("unanswerable", "sv", "Hur hög var sjukfrånvaron bland kvinnor respektive män i Älvkarleby 2023?", [],
     "Årsredovisningen anger bara den totala sjukfrånvaron (8,1 procent), inte uppdelat på kön.", [], [], [],
     True, None),
    ("unanswerable", "sv", "hur många barn står i kö till förskolan i grästorp just nu?", [],
     "Pressmeddelandet säger att det finns kö men anger inte hur många barn som står i kö.", [], [], [], True,
     None),

    # ---------------- multi_part (4) ----------------
    ("multi_part", "sv", "vad blir soliditeten i grästorp 2025 och hur stor blir låneskulden vid årets slut?", [],
     "Soliditeten budgeteras till 41,0 procent och låneskulden till 189 miljoner kronor vid utgången av 2025.",
     [N(41.0, "%"), N(189, "mnkr")], [GB],
     ["Soliditet, % 42,2 41,8 41,0 40,7 42,3",
      "Kommunens låneskuld beräknas uppgå till 189 miljoner kronor vid utgången av"], False, None),
    ("multi_part", "sv", "Hur stort underskott prognostiserar socialnämnden i Älvkarleby för 2024, och hur "
     "många röstade emot åtgärdsplanen?", [],
     "Underskott på 9,4 miljoner kronor; åtgärdsplanen antogs med 6 röster mot 3, alltså 3 röstade emot.",
     [N(9.4, "mnkr"), N(3, "st")], [AP],
     ["Socialnämnden prognostiserar ett underskott på 9,4 miljoner kronor för 2024.",
      "Beslutet fattades med 6 röster mot 3."], False, None),
    ("multi_part", "sv", "Vem är kommundirektör i Älvkarleby och hur många elever räknar man med i grundskolan "
     "hösten 2025?", [],
     "Kommundirektör är Anders Hedlund; antalet grundskoleelever beräknas till 1 180.", [N(1180, "st")], [AB],
     ["Kommundirektör är Anders Hedlund.", "Antalet elever i grundskolan beräknas till 1 180 hösten 2025."],
     False, None),
    ("multi_part", "sv", "vad blev grästorps resultat jan-aug 2024, och vad är prognosen för helåret?", [],
     "Resultatet för januari–augusti 2024 blev 14,6 mnkr och helårsprognosen är 5,9 mnkr.",
     [N(14.6, "mnkr"), N(5.9, "mnkr")], [GD],
     ["Periodens/årets resultat 16,9 14,6 7,5 5,9",
      "Prognosen för helåret är ett resultat på 5,9 miljoner kronor"], False, None),

    # ---------------- followup (4) ----------------
    ("followup", "sv", "och vård- och omsorgsnämnden?",
     ["Hur mycket får Bildningsnämnden i Grästorp i budget 2025?"],
     "Vård- och omsorgsnämnden får 159,4 mnkr i budget 2025.", [N(159.4, "mnkr")], [GB],
     ["Vård- och omsorgsnämnden 152,3 159,4 7,1 4,7 27 722", GB_DRIFT_HDR], False, None),
    ("followup", "sv", "och 2027 då?", ["vad är älvkarlebys skatteintäkter i budget 2025?"],
     "I plan 2027 är skatteintäkterna 709,8 mnkr.", [N(709.8, "mnkr")], [AB],
     ["Skatteintäkter 3 598,3 621,7 661,4 684,9 709,8", "Not Bokslut Budget Budget Plan Plan"], False, None),
    ("followup", "sv", "hur många av dem var 80 år eller äldre?",
     ["Hur många invånare hade Grästorp i slutet av 2023?"],
     "380 invånare var 80 år eller äldre 2023 (av 5 743).", [N(380, "st")], [GX],
     ["80 år och äldre | 377 | 380 | 388", "Åldersgrupp | 2022 | 2023 | 2024"], False, None),
    ("followup", "sv", "vad ger minskad inhyrd personal på helår?",
     ["Vilka åtgärder finns i socialnämndens åtgärdsplan i Älvkarleby?"],
     "Minskad inhyrd personal ger 1 200 tkr i helårseffekt (900 tkr 2025).", [N(1200, "tkr")], [AP],
     ["Minskad inhyrd personal | 900 | 1 200", AP_HDR], False, None),

    # ---------------- english (4) ----------------
    ("english", "en", "What is the municipal tax rate in Älvkarleby for 2025, and by how much was it raised?", [],
     "The tax rate is 22.52 kronor, raised by 30 öre (0.30 kronor).", [N(22.52, "kr"), N(0.30, "kr")], [AH],
     ["Skattesatsen höjs med 30 öre till 22,52 kronor."], False, None),
    ("english", "en", "How much is Kommunstyrelsen's budget in Grästorp for 2025 in the Driftbudget?", [],
     "Kommunstyrelsen has 60.9 mnkr in budget 2025 (up from 58.2 mnkr).", [N(60.9, "mnkr")], [GB],
     ["Kommunstyrelsen 58,2 60,9 2,7 4,6 10 591", GB_DRIFT_HDR], False, None),
    ("english", "en", "What was Älvkarleby's balanskravsresultat for 2023?", [],
     "The balanskravsresultat for 2023 was 6.6 million kronor.", [N(6.6, "mnkr")], [AA],
     ["balanskravsresultatet 6,6 miljoner kronor. Balanskravet är därmed uppfyllt."], False, None),
    ("english", "en", "How large is Grästorp's total investment budget for 2025-2027?", [],
     "The total investment budget for 2025–2027 is 121,000 tkr (121 million kronor).", [N(121000, "tkr")], [GB],
     ["Totalt investeringar 55 650 45 750 19 600 121 000", GB_INV_HDR], False, None),
]


def build():
    out = []
    for i, (cat, lang, q, hist, ans, nums, docs, quotes, refused, verdict) in enumerate(RAW, 1):
        out.append({"id": f"mb27-{i:03d}", "corpus": CORPUS, "category": cat, "language": lang,
                    "question": q, "history": hist,
                    "gold": {"answer": ans, "numbers": nums, "docs": docs, "quotes": quotes,
                             "refused": refused, "verdict": verdict}})
    return out
