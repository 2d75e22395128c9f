"""Write evals/sets/dev/muni_blind29.jsonl (deterministic): python gen_set.py"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))  # /work/main
OUT = os.path.join(ROOT, "evals", "sets", "dev", "muni_blind29.jsonl")
C = "evals/corpora/blind-muni29"
PREFIX = "mb29"

A_B = f"{C}/aneby/mal-och-budget-2025-2027.pdf"
A_D = f"{C}/aneby/delarsrapport-augusti-2024.pdf"
A_H = f"{C}/aneby/finansiell-information.html"
A_P = f"{C}/aneby/protokoll-kf-2024-11-25.docx"
A_X = f"{C}/aneby/statistik-befolkning-och-nettokostnader.xlsx"
A_M = f"{C}/aneby/pressmeddelande-budget-2025.md"
L_B = f"{C}/ljungby/budget-2025-plan-2026-2027.pdf"
L_A = f"{C}/ljungby/arsredovisning-2023.pdf"
L_H = f"{C}/ljungby/sa-anvands-din-skatt.html"
L_P = f"{C}/ljungby/protokollsutdrag-ks-2025-03-11.docx"
L_X = f"{C}/ljungby/driftbudget-2025-per-verksamhet.xlsx"
L_T = f"{C}/ljungby/pressmeddelande-delarsrapport-2024.txt"

A_DRIFT_HDR = "Nettokostnad, tkr 2024 2025 tkr % 2025"
A_RB_HDR = "Belopp i mnkr 2023 2024 2024 2025 2026 2027"
L_RB_HDR = "mnkr 2023 2024 2024 2025 2026 2027"
L_INV_HDR = "mnkr 2025 2026 2027 projektbudget³"
A_INV_HDR = "Belopp i tkr 2025 2026 2027 2025–2027"
L_DRIFT_HDR = "(mnkr) 2024 2025 mnkr % 2025 %"
L_X_HDR = "Verksamhet | Intäkter | Kostnader | Nettokostnad"  # as the reader renders it: the committee column is read as sections


def N(v, u):
    return {"value": v, "unit": u}


Q = []


def add(cat, q, ans, nums=(), docs=(), quotes=(), lang="sv", history=(), refused=False, verdict=None):
    Q.append({"category": cat, "language": lang, "question": q, "history": list(history),
              "gold": {"answer": ans, "numbers": list(nums), "docs": list(docs), "quotes": list(quotes),
                       "refused": refused, "verdict": verdict}})


# ---------------------------------------------------------------- table_lookup (9)
add("table_lookup", "vad är socialnämndens budget 2025 i aneby?",
    "Socialnämnden i Aneby har en budgeterad nettokostnad (ram) på 238 900 tkr för 2025 (228 600 tkr 2024).",
    [N(238900, "tkr")], [A_B], ["Socialnämnden 228 600 238 900 10 300 4,5 34 226", A_DRIFT_HDR])
add("table_lookup", "Hur mycket pengar är budgeterat för nya F-6 skolan i Ljungby norra år 2026?",
    "I Ljungbys investeringsbudget är 60,0 mnkr planerade för Ny F–6-skola Ljungby norra 2026 (total projektbudget 150,0 mnkr).",
    [N(60.0, "mnkr")], [L_B], ["Ny F–6-skola Ljungby norra 45,0 60,0 38,0 150,0", L_INV_HDR])
add("table_lookup", "aneby kommun soliditet 2027 enligt balansbudgeten?",
    "Enligt balansbudgeten beräknas Aneby kommuns soliditet till 40,8 procent 2027 (plan).",
    [N(40.8, "%")], [A_B], ["Soliditet, % 39,5 39,7 39,8 40,0 40,8", "Belopp i mnkr 2023 2024 2025 2026 2027"])
add("table_lookup", "Hur många invånare hade Ljungby kommun 2021 enligt årsredovisningen?",
    "Enligt femårsöversikten i årsredovisningen hade Ljungby 28 617 invånare den 31 december 2021.",
    [N(28617, "st")], [L_A], ["Antal invånare 31/12 28 409 28 511 28 617 28 690 28 745", "2019 2020 2021 2022 2023"])
add("table_lookup", "vad e prognosen för nettoinvesteringar 2024 i aneby, står på kommunens sida om finansiell info",
    "Enligt sidan Finansiell information är nettoinvesteringarna för 2024 prognostiserade till 36,5 mnkr.",
    [N(36.5, "mnkr")], [A_H], ["Nettoinvesteringar, mnkr | 38,4 | 36,5 | 52,2",
                               "Nyckeltal | Bokslut 2023 | Prognos 2024 | Budget 2025"])
add("table_lookup", "vad kostar vattnet per kubikmeter i aneby 2025 efter taxehöjningen?",
    "Enligt VA-taxan (KF § 100) blir avgiften 34,34 kronor per kubikmeter vatten 2025 (32,40 kr 2024), inkl. moms.",
    [N(34.34, "kr")], [A_P], ["Avgift per kubikmeter vatten | 32,40 | 34,34", "Avgift (kr inkl. moms) | 2024 | 2025"])
add("table_lookup", "Hur stor är nettokostnaden för hemtjänsten i Ljungbys driftbudget 2025?",
    "Hemtjänsten (omsorgsnämnden) har en nettokostnad på 171 200 tkr i driftbudget 2025 (intäkter 18 600 tkr, kostnader 189 800 tkr).",
    [N(171200, "tkr")], [L_X], ["Hemtjänst | 18600 | 189800 | 171200", L_X_HDR])
add("table_lookup", "hur många 80 år och äldre bodde det i aneby 2023",
    "Den 31 december 2023 bodde 626 personer som var 80 år och äldre i Aneby kommun.",
    [N(626, "st")], [A_X], ["2023 | 6950 | 396 | 868 | 3826 | 1234 | 626",
                            "År | Totalt | 0–5 år | 6–15 år | 16–64 år | 65–79 år | 80 år och äldre"])
add("table_lookup", "hur mkt pengar för simhallen i ljungby flyttas över från 2024 till 2025?",
    "För renoveringen av Ljungby simhall ombudgeteras 2 550 tkr till 2025 (budget 2024 3 000 tkr, utfall 450 tkr).",
    [N(2550, "tkr")], [L_P], ["Renovering Ljungby simhall | 3 000 | 450 | 2 550",
                              "Projekt | Budget 2024, tkr | Utfall 2024, tkr | Ombudgeteras till 2025, tkr"])

# ---------------------------------------------------------------- calculation (9)
add("calculation", "Med hur många procent ökar Aneby kommuns skatteintäkter från budget 2025 till plan 2027?",
    "Skatteintäkterna ökar från 421,7 mnkr (budget 2025) till 450,8 mnkr (plan 2027), dvs. med 29,1 mnkr eller cirka 6,9 procent.",
    [N(29.1, "mnkr"), N(6.9, "%")], [A_B], ["Skatteintäkter 389,2 405,6 402,9 421,7 436,0 450,8", A_RB_HDR])
add("calculation", "Hur stor andel av Ljungbys investeringsbudget 2025 går till barn- och utbildningsnämnden?",
    "Barn- och utbildningsnämndens investeringar 2025 är 66,5 mnkr av totalt 174,5 mnkr, vilket är cirka 38,1 procent.",
    [N(38.1, "%")], [L_B], ["Summa 66,5 69,5 41,5", "Totalt 174,5 160,5 109,5", L_INV_HDR])
add("calculation", "hur mycket bättre var anebys resultat jan-aug 2024 än samma period året innan, i procent?",
    "Periodens resultat var 21,4 mnkr januari–augusti 2024 mot 18,7 mnkr samma period 2023, en ökning med 2,7 mnkr eller cirka 14,4 procent.",
    [N(2.7, "mnkr"), N(14.4, "%")], [A_D], ["Periodens resultat 18,7 21,4 6,2",
                                            "Belopp i mnkr jan–aug 2023 jan–aug 2024 helår 2024"])
add("calculation", "Vad blir nettokostnaden för förskola och grundskola tillsammans i Ljungbys driftbudget 2025?",
    "Förskola 198 700 tkr plus grundskola inkl. förskoleklass 402 300 tkr blir 601 000 tkr (cirka 601 mnkr).",
    [N(601000, "tkr")], [L_X], ["Förskola | 21800 | 220500 | 198700",
                                "Grundskola inkl. förskoleklass | 38500 | 440800 | 402300"])
add("calculation", "hur mycket har befolkningen i aneby ökat från 2019 till 2024, antal och procent?",
    "Befolkningen ökade från 6 838 (2019) till 6 971 (2024), alltså med 133 invånare eller cirka 1,9 procent.",
    [N(133, "st"), N(1.9, "%")], [A_X], ["2019 | 6838 | 412 | 851 | 3810 | 1202 | 563",
                                         "2024 | 6971 | 391 | 870 | 3829 | 1240 | 641"])
add("calculation", "Vad var Ljungby kommuns genomsnittliga årsresultat under åren 2019–2023?",
    "Årets resultat var 38,2, 61,7, 72,4, 50,3 och 41,6 mnkr, sammanlagt 264,2 mnkr, vilket ger ett genomsnitt på cirka 52,8 mnkr per år.",
    [N(52.8, "mnkr")], [L_A], ["Årets resultat, mnkr 38,2 61,7 72,4 50,3 41,6", "2019 2020 2021 2022 2023"])
add("calculation", "hur stor andel av nämndernas budget 2025 i aneby går till socialnämnden och bun tillsammans?",
    "Socialnämnden 238 900 tkr och barn- och utbildningsnämnden 219 850 tkr är tillsammans 458 750 tkr av nämndernas 570 100 tkr, cirka 80,5 procent.",
    [N(458750, "tkr"), N(80.5, "%")], [A_B],
    ["Socialnämnden 228 600 238 900 10 300 4,5 34 226", "Barn- och utbildningsnämnden 212 300 219 850 7 550 3,6 31 497",
     "Summa nämnder 549 000 570 100 21 100 3,8 81 676"])
add("calculation", "Hur mycket ökar Ljungbys långfristiga skulder från utfall 2023 till plan 2027?",
    "De långfristiga skulderna ökar från 1 210,0 mnkr (2023) till 1 385,0 mnkr (2027), dvs. med 175,0 mnkr (cirka 14,5 procent).",
    [N(175.0, "mnkr")], [L_B], ["Långfristiga skulder 1 210,0 1 260,0 1 330,0 1 385,0 1 385,0",
                                "mnkr 2023 2024 2025 2026 2027"])
add("calculation", "ljungby ombudgeteringen: hur stor del av budgeten 2024 för de försenade projekten blev faktiskt använd?",
    "Av budgeten 30 000 tkr för projekten användes 16 000 tkr (utfall 2024), dvs. cirka 53,3 procent; 14 000 tkr ombudgeteras.",
    [N(53.3, "%")], [L_P], ["Summa | 30 000 | 16 000 | 14 000",
                            "Projekt | Budget 2024, tkr | Utfall 2024, tkr | Ombudgeteras till 2025, tkr"])

# ---------------------------------------------------------------- lookup (5)
add("lookup", "vem är kommunstyrelsens ordförande i Aneby?",
    "Kommunstyrelsens ordförande i Aneby är Helena Bergkvist (KD).",
    [], [A_B], ["Helena Bergkvist (KD)", "Kommunstyrelsens ordförande"])
add("lookup", "Vem är det som köper fastigheten Kvarnen 4 av Ljungby kommun?",
    "Kommunstyrelsen beslutade att sälja Ljungby Kvarnen 4 till Lagans Bygg AB (för 3 850 000 kronor).",
    [], [L_P], ["Kommunstyrelsen beslutar att sälja fastigheten Ljungby Kvarnen 4 till Lagans Bygg AB för 3 850 000 kronor."])
add("lookup", "när vann detaljplanen för norra aneby laga kraft",
    "Detaljplanen för Norra Aneby vann laga kraft i maj 2024.",
    [], [A_D], ["Detaljplanen för Norra Aneby vann laga kraft i maj 2024."])
add("lookup", "När ska nya skolan i Ljungby norra vara färdig?",
    "Den nya F–6-skolan i Ljungby norra ska vara klar till höstterminen 2027.",
    [], [L_B], ["projektbudget på 150 miljoner kronor och ska vara klar till höstterminen 2027."])
add("lookup", "när uppdaterades sidan 'så används din skatt' hos ljungby kommun senast?",
    "Sidan Så används din skatt uppdaterades senast 2025-01-15.",
    [], [L_H], ["Senast uppdaterad: 2025-01-15"])

# ---------------------------------------------------------------- text_amount (5)
add("text_amount", "hur mycket ska kultur o fritid spara i aneby nästa år (2025)?",
    "Kultur- och fritidsnämnden i Aneby får ett besparingskrav på 700 000 kronor 2025.",
    [N(700000, "kr")], [A_B], ["Kultur- och fritidsnämnden får ett besparingskrav på 700 000 kronor 2025."])
add("text_amount", "Hur stort underskott stod hemtjänsten för i Ljungby 2023?",
    "Hemtjänsten svarade för 9,6 miljoner kronor av omsorgsnämndens underskott på 14,3 miljoner kronor 2023.",
    [N(9.6, "mnkr")], [L_A],
    ["Omsorgsnämnden redovisar ett underskott på -14,3 miljoner kronor, varav hemtjänsten svarar för",
     "9,6 miljoner kronor. Underskottet beror på fler beviljade timmar och höga kostnader för"])
add("text_amount", "Hur mycket extra pengar fick omsorgsnämnden i Ljungby i tilläggsanslag för 2025?",
    "Kommunstyrelsen beviljade omsorgsnämnden ett tilläggsanslag på 4,2 miljoner kronor för 2025 (för ökade LSS-kostnader).",
    [N(4.2, "mnkr")], [L_P], ["Kommunstyrelsen beviljar omsorgsnämnden ett tilläggsanslag på 4,2 miljoner kronor för 2025."])
add("text_amount", "hur mycket hade aneby kommun investerat fram till augusti 2024?",
    "Under januari–augusti 2024 genomfördes investeringar för 18,6 miljoner kronor, av budgeterade 41,2 miljoner kronor för helåret.",
    [N(18.6, "mnkr")], [A_D],
    ["Under perioden har investeringar för 18,6 miljoner kronor genomförts av budgeterade 41,2"])
add("text_amount", "Hur mycket ökar pensionskostnaderna för Ljungby kommun 2025?",
    "Pensionskostnaderna i Ljungby ökar med 14,1 miljoner kronor 2025 jämfört med 2024.",
    [N(14.1, "mnkr")], [L_B], ["Pensionskostnaderna ökar med 14,1 miljoner kronor jämfört med 2024."])

# ---------------------------------------------------------------- multi_doc (5)
add("multi_doc", "vilken av kommunerna har högst skattesats 2025, aneby eller ljungby?",
    "Aneby har högst skattesats: 22,39 kronor mot Ljungbys 22,14 kronor, alltså 0,25 kronor högre.",
    [N(22.39, "kr"), N(22.14, "kr"), N(0.25, "kr")], [A_B, L_H],
    ["Kommunens skattesats är oförändrad 22,39 kronor per skattekrona.",
     "Skattesatsen i Ljungby kommun är 22,14 kronor per hundralapp 2025."])
add("multi_doc", "Stämmer helårsprognosen för 2024 i Ljungbys pressmeddelande om delårsrapporten med prognosen i budgetdokumentet?",
    "Ja. Både pressmeddelandet och budgetdokumentet anger ett prognostiserat resultat på 33,3 miljoner kronor för 2024 (budget 21,6 miljoner kronor).",
    [N(33.3, "mnkr")], [L_T, L_B],
    ["prognostiseras ett överskott på 33,3 miljoner kronor, att jämföra med budgeterade 21,6 miljoner kronor.",
     "Prognosen för 2024 visar ett resultat på 33,3 miljoner kronor"])
add("multi_doc", "Vilken kommun budgeterar det högsta resultatet i procent av skatter och statsbidrag 2025, Aneby eller Ljungby?",
    "Aneby: resultatet 2025 motsvarar 1,54 procent av skatteintäkter och generella statsbidrag, mot 1,3 procent i Ljungby.",
    [N(1.54, "%"), N(1.3, "%")], [A_B, L_B],
    ["Resultat i % av skatter och bidrag 1,67 1,43 1,12 1,54 1,54 1,71", A_RB_HDR,
     "Årets resultat, %¹ 2,2 1,1 1,7 1,3 1,1 1,1", L_RB_HDR])
add("multi_doc", "hur mycket pengar har ljungby totalt för nya brandstationen i lidhult 2025 om man räknar med det som ombudgeteras från 2024?",
    "Budget 2025 är 11,5 mnkr och 1 380 tkr (1,38 mnkr) ombudgeteras från 2024, totalt cirka 12,88 mnkr för 2025.",
    [N(12.88, "mnkr")], [L_B, L_P],
    ["Ny brandstation Lidhult 11,5 0,0 0,0 14,0", "Ny brandstation Lidhult | 2 500 | 1 120 | 1 380"])
add("multi_doc", "Hur många fler invånare hade Ljungby än Aneby i slutet av 2023?",
    "Ljungby hade 28 745 invånare och Aneby 6 950 den 31 december 2023, alltså 21 795 fler i Ljungby.",
    [N(28745, "st"), N(6950, "st"), N(21795, "st")], [L_A, A_X],
    ["Antal invånare 31/12 28 409 28 511 28 617 28 690 28 745", "2023 | 6950 | 396 | 868 | 3826 | 1234 | 626"])

# ---------------------------------------------------------------- claim (5)
add("claim", "Stämmer det att budgeten i Aneby klubbades med 19 röster mot 12 i fullmäktige?",
    "Ja, det stämmer. Kommunfullmäktige biföll kommunstyrelsens budgetförslag med 19 ja-röster mot 12 nej-röster.",
    [N(19, "st"), N(12, "st")], [A_P],
    ["Med 19 ja-röster mot 12 nej-röster bifaller kommunfullmäktige kommunstyrelsens förslag."], verdict="supported")
add("claim", "Ljungby kommun gick 50,3 miljoner plus 2023, eller hur?",
    "Nej. Årets resultat 2023 var 41,6 miljoner kronor; 50,3 miljoner kronor var resultatet 2022.",
    [N(41.6, "mnkr")], [L_A],
    ["Årets resultat uppgick till 41,6 miljoner kronor", "Årets resultat 41,6 50,3"], verdict="contradicted")
add("claim", "Jag har hört att Aneby Bostäder AB får kommunal borgen på 160 miljoner kronor?",
    "Nej. Fullmäktige beslutade om borgen upp till 185 miljoner kronor; 160 miljoner kronor var den tidigare borgensramen.",
    [N(185, "mnkr")], [A_P],
    ["Bolaget har begärt att kommunens borgensram höjs från 160 miljoner kronor till 185 miljoner kronor.",
     "upp till ett totalt belopp om 185 miljoner kronor jämte därpå löpande ränta."], verdict="contradicted")
add("claim", "Ljungby kommun höjer VA-taxan med 8 procent 2025?",
    "Det går inte att bekräfta: Ljungbys dokument nämner ingen VA-taxa eller höjning av den.",
    [], [], [], refused=True, verdict="not_found")
add("claim", "Omsorgsnämnden i Ljungby prognostiserade ett underskott på 12,6 miljoner i delårsrapporten 2024.",
    "Ja, det stämmer. Enligt pressmeddelandet om delårsrapporten prognostiserar omsorgsnämnden ett underskott på 12,6 miljoner kronor.",
    [N(12.6, "mnkr")], [L_T], ["Omsorgsnämnden prognostiserar ett underskott på 12,6 miljoner kronor"], verdict="supported")

# ---------------------------------------------------------------- unanswerable (5)
add("unanswerable", "Hur stor är Aneby kommuns investeringsbudget för 2028?",
    "Det framgår inte. Investeringsbudgeten omfattar bara 2025 och planåren 2026–2027.", refused=True)
add("unanswerable", "hur mycket budgeterar ljungby för kulturskolan 2026?",
    "Det framgår inte. Driftbudgeten per verksamhet gäller bara 2025 och kulturskolan redovisas inte för 2026.", refused=True)
add("unanswerable", "Hur många elever går på Furulidsskolan i Aneby?",
    "Det framgår inte av dokumenten; Furulidsskolan nämns bara för ombyggnaden av köket.", refused=True)
add("unanswerable", "vad var sjukfrånvaron i aneby kommun 2022?",
    "Det framgår inte. Dokumenten anger sjukfrånvaro för 2023 och för januari–augusti 2024, men inte för 2022.", refused=True)
add("unanswerable", "Hur stor ram får miljö- och byggnadsnämnden i Ljungby för 2027?",
    "Det framgår inte. Driftbudgeten per nämnd redovisar bara budget 2024 och 2025, inga planår per nämnd.", refused=True)

# ---------------------------------------------------------------- multi_part (4)
add("multi_part", "vem var ordförande på fullmäktigemötet i aneby 25 november 2024 och vilken tid höll de på?",
    "Ordförande var Gunnar Ljungqvist (M) och sammanträdet pågick kl. 18.30–21.05 i sessionssalen i kommunhuset.",
    [], [A_P], ["Ordförande: Gunnar Ljungqvist (M)", "Plats och tid: Sessionssalen, kommunhuset i Aneby, kl. 18.30–21.05"])
add("multi_part", "Vad blir Ljungbys resultat 2025 enligt budgeten, och hur stor är investeringsbudgeten samma år?",
    "Budgeten ger ett resultat på 27,4 miljoner kronor 2025, och investeringsbudgeten för 2025 är 174,5 miljoner kronor.",
    [N(27.4, "mnkr"), N(174.5, "mnkr")], [L_B],
    ["Budgeten för 2025 ger ett resultat på 27,4 miljoner kronor.",
     "Investeringsbudgeten för 2025 omfattar 174,5 miljoner kronor."])
add("multi_part", "hur mkt nya lån tar aneby 2025 och hur mycket likvida medel har de kvar vid årets slut?",
    "Aneby budgeterar nyupptagna lån på 15,0 mnkr 2025, och likvida medel vid årets slut 2025 beräknas till 28,4 mnkr.",
    [N(15.0, "mnkr"), N(28.4, "mnkr")], [A_B],
    ["Nyupptagna lån 15,0 10,0 0,0", "Likvida medel vid årets slut 28,4 26,0 25,5", "Belopp i mnkr 2025 2026 2027"])
add("multi_part", "Vad var sjukfrånvaron i Ljungby kommun 2023, och vad kostade inhyrd personal från bemanningsföretag?",
    "Sjukfrånvaron var 6,8 procent 2023 (7,3 procent 2022) och inhyrd personal kostade 23,4 miljoner kronor.",
    [N(6.8, "%"), N(23.4, "mnkr")], [L_A],
    ["Sjukfrånvaron uppgick till 6,8 procent av ordinarie arbetstid 2023, jämfört med 7,3 procent 2022.",
     "Kostnaden för inhyrd personal från bemanningsföretag var 23,4 miljoner kronor."])

# ---------------------------------------------------------------- followup (4)
add("followup", "och omsorgsnämnden då?",
    "Omsorgsnämnden i Ljungby har en budget på 611,9 mnkr för 2025 (586,4 mnkr 2024).",
    [N(611.9, "mnkr")], [L_B], ["Omsorgsnämnden 586,4 611,9 25,5 4,3 21 247 30,0", L_DRIFT_HDR],
    history=["vad är barn- och utbildningsnämndens budget 2025 i ljungby?"])
add("followup", "hur mycket av det ligger på 2026?",
    "Av den nya förskolans totalt 46 000 tkr ligger 22 000 tkr (22 mnkr) på 2026; 24 000 tkr ligger på 2025.",
    [N(22000, "tkr")], [A_B], ["Ny förskola Aneby tätort 24 000 22 000 0 46 000", A_INV_HDR],
    history=["Hur mycket kostar den nya förskolan i Aneby?"])
add("followup", "när höjdes den och med hur mycket?",
    "Skattesatsen höjdes med 25 öre från och med 2022, från 21,89 till 22,14 kronor.",
    [N(0.25, "kr")], [L_A], ["Skattesatsen höjdes med 25 öre från och med 2022.",
                             "Skattesats, kr 21,89 21,89 21,89 22,14 22,14"],
    history=["Vad var Ljungbys skattesats 2019?"])
add("followup", "hur mycket har den ökat sen 2022?",
    "Äldreomsorgens nettokostnad per invånare ökade från 24 310 kr (2022) till 27 102 kr (2024, preliminärt), dvs. med 2 792 kr eller cirka 11,5 procent.",
    [N(2792, "kr")], [A_X], ["Äldreomsorg | 24310 | 25876 | 27102", "Verksamhet | 2022 | 2023 | 2024"],
    history=["vad kostar äldreomsorgen per invånare i aneby 2024?"])

# ---------------------------------------------------------------- english (4)
add("english", "What is the total tax rate in Ljungby in 2025 if you include the regional tax?",
    "The total tax rate is 34.14 kronor: the municipal rate of 22.14 kronor plus 12.00 kronor to Region Kronoberg.",
    [N(34.14, "kr")], [L_H],
    ["Tillsammans med regionskatten till Region Kronoberg på 12,00 kronor blir den totala skattesatsen 34,14 kronor."], lang="en")
add("english", "What result does Aneby budget for 2026?",
    "Aneby's resultatbudget shows a result (årets resultat) of 9.2 million kronor (mnkr) for plan year 2026.",
    [N(9.2, "mnkr")], [A_B], ["Årets resultat 8,8 7,9 6,2 8,9 9,2 10,5", A_RB_HDR], lang="en")
add("english", "How large were Ljungby municipality's total pension obligations at the end of 2023?",
    "Total pension obligations including payroll tax were 612.4 million kronor, of which 516.0 million kronor is reported as a contingent liability (ansvarsförbindelse).",
    [N(612.4, "mnkr")], [L_A],
    ["Kommunens totala pensionsförpliktelser inklusive löneskatt uppgick till 612,4 miljoner kronor vid"],
    lang="en")
add("english", "By how much is Socialnämnden in Aneby forecast to exceed its budget in 2024 according to the delårsrapport?",
    "Socialnämnden is forecast to overspend by 9.8 million kronor (budget 228.6 mnkr, forecast 238.4 mnkr).",
    [N(9.8, "mnkr")], [A_D], ["Socialnämnden 228,6 238,4 -9,8", "(mnkr) 2024 2024 mot budget"], lang="en")


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for i, q in enumerate(Q, 1):
            rec = {"id": f"{PREFIX}-{i:03d}", "corpus": C, "category": q["category"], "language": q["language"],
                   "question": q["question"], "history": q["history"], "gold": q["gold"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(Q)} questions to {OUT}")


if __name__ == "__main__":
    main()
