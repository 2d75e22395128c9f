"""Writes evals/sets/dev/muni_blind21.jsonl (deterministic)."""
import json
import random
import os

C = "evals/corpora/blind-muni21"
HB = f"{C}/habo/mal-och-budget-2025.pdf"
HA = f"{C}/habo/arsredovisning-2023.pdf"
HH = f"{C}/habo/sa-anvands-din-skatt.html"
HP = f"{C}/habo/protokoll-kf-2024-11-25.docx"
HX = f"{C}/habo/statistik-befolkning-kostnader.xlsx"
HM = f"{C}/habo/pressmeddelande-solglantan.md"
SB = f"{C}/solleftea/budget-2025-verksamhetsplan-2026-2027.pdf"
SD = f"{C}/solleftea/delarsrapport-jan-aug-2024.pdf"
SH = f"{C}/solleftea/kommunens-ekonomi.html"
SP = f"{C}/solleftea/ks-protokoll-2024-10-28.docx"
SX = f"{C}/solleftea/driftbudget-verksamhet-2025.xlsx"
ST = f"{C}/solleftea/pressmeddelande-adalsgarden.txt"

HB_DRIFT_H = "Nämnd 2023 2024 2025 2026 2027 2024–2025 invånare 2025"
HB_RES_H = "Not 2023 2024 2025 2026 2027"
HB_INV_H = "Projekt Budget 2025 Plan 2026 Plan 2027 Totalt"
SB_RES_H = "Bokslut Prognos Budget Plan Plan"
SB_INV_H = "Projekt 2025 2026 2027 2025–2027"
SB_DRIFT_H = "Nämnd 2024 2025 tkr % 2026 2027"
SD_DRIFT_H = "Nämnd 2024 jan–aug 2024 mot budget"


def n(v, u):
    return {"value": v, "unit": u}


Q = []


def q(cat, lang, question, answer, numbers, docs, quotes, refused=False, verdict=None, history=None):
    Q.append({"category": cat, "language": lang, "question": question, "history": history or [],
              "gold": {"answer": answer, "numbers": numbers, "docs": docs, "quotes": quotes,
                       "refused": refused, "verdict": verdict}})


# ---------------- table_lookup (9)
q("table_lookup", "sv", "hur mycket får bun i habo 2025",
  "Barn- och utbildningsnämnden i Habo har en ram (nettokostnad) på 446,3 mnkr i budget 2025.",
  [n(446.3, "mnkr")], [HB],
  ["Barn- och utbildningsnämnden 412,7 431,5 446,3 455,2 463,8 14,8 35 847", HB_DRIFT_H])
q("table_lookup", "sv", "Vilket resultat planerar Sollefteå kommun för 2027?",
  "Enligt resultatbudgeten planeras årets resultat 2027 till 26,7 mnkr.",
  [n(26.7, "mnkr")], [SB],
  ["Årets resultat 8,2 – 14,3 12,2 19,5 26,7", SB_RES_H])
q("table_lookup", "sv", "sollefteå kassaflödesbudget - likvida medel vid årets slut 2026?",
  "Likvida medel vid årets slut 2026 beräknas till 38,9 mnkr.",
  [n(38.9, "mnkr")], [SB],
  ["Likvida medel vid årets slut 37,8 38,9 46,2", "Budget 2025 Plan 2026 Plan 2027"])
q("table_lookup", "sv", "Vad kostar gc-vägen mellan Habo och Furusand totalt enligt investeringsbudgeten?",
  "Gång- och cykelvägen Habo–Furusand budgeteras till totalt 11 000 tkr (6 800 tkr 2025 och 4 200 tkr 2026).",
  [n(11000, "tkr")], [HB],
  ["Gång- och cykelväg Habo–Furusand 6 800 4 200 0 11 000", HB_INV_H])
q("table_lookup", "sv", "hur mkt ska solefteå lägga på ett nytt höjdfordon till räddningstjänsten?",
  "Räddningstjänstens nya höjdfordon har 8,2 mnkr i investeringsbudgeten 2025 (inget 2026–2027).",
  [n(8.2, "mnkr")], [SB],
  ["Räddningstjänsten, nytt höjdfordon 8,2 0,0 0,0 8,2", SB_INV_H])
q("table_lookup", "sv", "Vad var soliditeten i Habo kommun 2021?",
  "Soliditeten var 47,5 procent 2021 enligt femårsöversikten i årsredovisningen 2023.",
  [n(47.5, "%")], [HA],
  ["Soliditet, % 46,1 46,8 47,5 44,9 44,3", "2019 2020 2021 2022 2023"])
q("table_lookup", "sv", "hur många kronor av varje hundralapp i skatt går till äldreomsorgen i habo?",
  "18 kronor av 100 går till vård och omsorg om äldre (183,6 mnkr 2025).",
  [n(18, "kr")], [HH],
  ["Vård och omsorg om äldre | 18 | 183,6", "Verksamhet | Kronor av 100 | Mnkr 2025"])
q("table_lookup", "sv", "I Sollefteås åtgärdsplan, hur mycket av utbildningsnämndens besparing är personalkostnader?",
  "Av utbildningsnämndens besparing på 9 200 tkr avser 6 400 tkr personalkostnader.",
  [n(6400, "tkr")], [SP],
  ["Utbildningsnämnden | 9 200 | 6 400", "Nämnd/område | Besparing 2025, tkr | Därav personalkostnader, tkr"])
q("table_lookup", "sv", "antal födda i habo 2022?",
  "127 barn föddes i Habo 2022.",
  [n(127, "st")], [HX],
  ["2022 | 12331 | 127 | 115 | 834 | 778 | 56", "År | Folkmängd | Födda | Döda | Inflyttade | Utflyttade | Flyttnetto"])

# ---------------- calculation (9)
q("calculation", "sv", "Hur mycket mer får barn- och utbildningsnämnden i Habo 2025 jämfört med bokslutet 2023?",
  "446,3 − 412,7 = 33,6 mnkr mer i budget 2025 än i bokslut 2023.",
  [n(33.6, "mnkr")], [HB],
  ["Barn- och utbildningsnämnden 412,7 431,5 446,3 455,2 463,8 14,8 35 847", HB_DRIFT_H])
q("calculation", "sv", "hur stor andel av sollefteås investeringar 2025 går till ådalsgården? i procent",
  "52,0 av 118,5 mnkr, dvs. cirka 43,9 procent.",
  [n(43.9, "%")], [SB],
  ["Särskilt boende Ådalsgården, tillbyggnad 52,0 31,0 0,0 83,0", "Summa investeringar 118,5 96,0 74,0 288,5"])
q("calculation", "sv", "Vad var det genomsnittliga flyttnettot per år i Habo 2019–2024?",
  "Flyttnettot var 40, 63, 36, 56, 64 och 42, totalt 301 på sex år, i genomsnitt cirka 50,2 personer per år.",
  [n(50.2, "st")], [HX],
  ["2019 | 12118 | 138 | 101 | 812 | 772 | 40", "2020 | 12205 | 142 | 118 | 851 | 788 | 63",
   "2021 | 12263 | 131 | 109 | 798 | 762 | 36", "2022 | 12331 | 127 | 115 | 834 | 778 | 56",
   "2023 | 12402 | 119 | 112 | 826 | 762 | 64", "2024 | 12438 | 115 | 121 | 803 | 761 | 42",
   "År | Folkmängd | Födda | Döda | Inflyttade | Utflyttade | Flyttnetto"])
q("calculation", "sv", "med hur många procent ökar budgeten för särskilt boende i sollefteå från 2024 till 2025",
  "Från 255 300 tkr till 268 500 tkr, en ökning med 13 200 tkr eller cirka 5,2 procent.",
  [n(5.2, "%")], [SX],
  ["Äldreomsorg, särskilt boende | 251700 | 255300 | 268500", "Verksamhet | Bokslut 2023 | Budget 2024 | Budget 2025"])
q("calculation", "sv", "habo: hur mycket har grundskolans kostnad per invånare ökat i procent mellan 2022 och 2024?",
  "Från 17 320 kr till 18 466 kr per invånare, en ökning med cirka 6,6 procent.",
  [n(6.6, "%")], [HX],
  ["Grundskola | 17320 | 17904 | 18466 | 3,1", "Verksamhet | 2022 | 2023 | 2024 | Förändring 2023–2024, %"])
q("calculation", "sv", "Hur stor andel av Sollefteå kommuns totala nettokostnad 2025 står vård- och omsorgsnämnden för?",
  "671 400 tkr av 1 575 900 tkr, dvs. cirka 42,6 procent.",
  [n(42.6, "%")], [SB],
  ["Vård- och omsorgsnämnden 648 200 671 400 23 200 3,6 688 300 706 900",
   "Summa nettokostnad 1 540 100 1 575 900 35 800 2,3 1 605 600 1 636 200"])
q("calculation", "sv", "hur mycket ökar skatteintäkterna i habo mellan 2025 och 2027 enligt planen?",
  "Från 770,4 mnkr 2025 till 823,5 mnkr 2027, en ökning med 53,1 mnkr.",
  [n(53.1, "mnkr")], [HB],
  ["Skatteintäkter 4 712,5 741,8 770,4 796,2 823,5", HB_RES_H])
q("calculation", "sv", "Hur många procent av årsbudgeten hade utbildningsnämnden i Sollefteå förbrukat efter augusti 2024?",
  "409,8 mnkr av 621,5 mnkr, dvs. cirka 65,9 procent.",
  [n(65.9, "%")], [SD],
  ["Utbildningsnämnden 621,5 409,8 627,3 -5,8", SD_DRIFT_H])
q("calculation", "sv", "KF-protokollet i Habo: hur stor andel av nämndernas ramökning mot 2024 går till bun och socialnämnden tillsammans?",
  "14 800 + 14 300 = 29 100 tkr av totalt 37 000 tkr, dvs. cirka 78,6 procent.",
  [n(78.6, "%")], [HP],
  ["Barn- och utbildningsnämnden | 446 300 | 14 800", "Socialnämnden | 332 700 | 14 300", "Summa | 980 700 | 37 000"])

# ---------------- lookup (5)
q("lookup", "sv", "vem är ks ordf i habo",
  "Ulrika Brandt (M) är kommunstyrelsens ordförande i Habo.",
  [], [HB], ["Ulrika Brandt (M)"])
q("lookup", "sv", "När ska nya förskolan Solgläntan i Habo öppna?",
  "Förskolan Solgläntan beräknas öppna i augusti 2026.",
  [], [HM], ["Förskolan får åtta avdelningar och plats för 120 barn och beräknas öppna i augusti 2026."])
q("lookup", "sv", "vem reserverade sig mot åtgärdsplanen för ekonomi i balans i sollefteå ks?",
  "Maria Edin (V) reserverade sig mot beslutet i den del som avser neddragningar inom vård- och omsorgsnämnden.",
  [], [SP], ["Reservation: Maria Edin (V) reserverar sig mot beslutet i den del som avser neddragningar inom vård- och omsorgsnämnden."])
q("lookup", "sv", "när blir tillbyggnaden av ådalsgården klar, när kan man flytta in?",
  "Byggstart planeras våren 2025 och inflyttning beräknas ske i december 2026.",
  [], [ST], ["Byggstart planeras till våren 2025 och inflyttning beräknas ske i december 2026."])
q("lookup", "sv", "Vem valdes till ersättare i socialnämnden i Habo på fullmäktige i november 2024?",
  "Sara Lindgren (C) valdes till ersättare i socialnämnden till och med 2026-12-31.",
  [], [HP], ["Kommunfullmäktige väljer Sara Lindgren (C) till ersättare i socialnämnden"])

# ---------------- text_amount (5)
q("text_amount", "sv", "hur mycket pengar lägger habo kommun på feriejobb för ungdomar 2025?",
  "700 000 kronor avsätts till feriearbeten för ungdomar.",
  [n(700000, "kr")], [HB], ["I ramen ingår 700 000 kronor för feriearbeten för ungdomar"])
q("text_amount", "sv", "Vad kostade det Sollefteå att köpa äldreboendeplatser i andra kommuner förra året?",
  "Det kostade 6,8 miljoner kronor.",
  [n(6.8, "mnkr")], [ST], ["Det kostade 6,8 miljoner kronor förra året"])
q("text_amount", "sv", "vad sålde sollefteå kommun nipan 4:12 för?? såg nåt i ks protokollet",
  "Fastigheten Sollefteå Nipan 4:12 säljs till Nipan Fastigheter AB för 2 350 000 kronor.",
  [n(2350000, "kr")], [SP], ["till Nipan Fastigheter AB för 2 350 000 kronor."])
q("text_amount", "sv", "Hur mycket ska socialnämnden i Habo dra ner på externa placeringar?",
  "Socialnämnden ska minska kostnaderna för externa placeringar med 4,7 miljoner kronor.",
  [n(4.7, "mnkr")], [HB], ["Nämnden ska minska kostnaderna för externa placeringar med 4,7 miljoner kronor"])
q("text_amount", "sv", "hur mycket tappar sollefteå i intäkter för varje invånare som försvinner",
  "Varje invånare färre innebär ungefär 85 000 kronor lägre intäkter från skatt och utjämning per år.",
  [n(85000, "kr")], [SB], ["invånare färre innebär ungefär 85 000 kronor lägre intäkter från skatt och utjämning per år."])

# ---------------- claim (5)
q("claim", "sv", "Stämmer det att Sollefteå budgeterar ett underskott på 14,3 miljoner kronor för 2025?",
  "Nej. -14,3 mnkr är prognosen för 2024. För 2025 budgeteras ett överskott på 12,2 mnkr.",
  [n(12.2, "mnkr")], [SB],
  ["För  2025  budgeteras  ett  resultat  på  12,2  miljoner  kronor", "Årets resultat 8,2 – 14,3 12,2 19,5 26,7"],
  verdict="contradicted")
q("claim", "sv", "habo höjde kommunalskatten med 20 öre inför 2022, eller hur?",
  "Ja, det stämmer. Skattesatsen höjdes med 20 öre inför 2022, från 21,84 till 22,04 kronor.",
  [], [HA], ["Skattesatsen höjdes med 20 öre inför 2022.", "Skattesats, kronor 21,84 21,84 21,84 22,04 22,04"],
  verdict="supported")
q("claim", "sv", "Jag har hört att nya förskolan Solgläntan i Habo kostar 75 miljoner. Stämmer det?",
  "Nej. Den totala investeringen i Solgläntan är 60,5 miljoner kronor (75 miljoner är Furuskolans om- och tillbyggnad).",
  [n(60.5, "mnkr")], [HM], ["Total investering: 60,5 miljoner kronor, varav 38,5 miljoner kronor under 2025."],
  verdict="contradicted")
q("claim", "sv", "Sollefteå kommun ska ha sålt sitt kommunala bostadsbolag för att täcka underskottet?",
  "Det framgår inte av dokumenten; någon försäljning av ett bostadsbolag nämns inte.",
  [], [], [], refused=True, verdict="not_found")
q("claim", "sv", "Budgeten i Habo klubbades med 23 röster mot 16 i fullmäktige?",
  "Ja, det stämmer. 23 ledamöter röstade ja till kommunstyrelsens förslag och 16 röstade nej.",
  [n(23, "st"), n(16, "st")], [HP],
  ["23 ledamöter röstar ja för kommunstyrelsens förslag och 16 ledamöter röstar nej."],
  verdict="supported")

# ---------------- unanswerable (5)
q("unanswerable", "sv", "vad är habos budgeterade resultat för 2028?",
  "Budgeten sträcker sig bara till plan 2027 (26,0 mnkr); något resultat för 2028 anges inte.",
  [], [], [], refused=True)
q("unanswerable", "sv", "Hur mycket får kultur- och fritidsnämnden i Sollefteå 2025?",
  "Sollefteå har ingen kultur- och fritidsnämnd i budgeten; någon sådan ram finns inte i dokumenten.",
  [], [], [], refused=True)
q("unanswerable", "sv", "hur många anställda har barn- och utbildningsnämnden i habo",
  "Dokumenten anger bara antalet tillsvidareanställda för hela kommunen, inte per nämnd.",
  [], [], [], refused=True)
q("unanswerable", "sv", "Vad kostar renoveringen av Ramsele skola i Sollefteå?",
  "Investeringsbudgeten innehåller ingen renovering av Ramsele skola (det som finns är Långsele skola).",
  [], [], [], refused=True)
q("unanswerable", "sv", "vad låg sjukfrånvaron på i habo kommun 2024?",
  "Dokumenten anger sjukfrånvaron för 2023 (6,4 procent) och 2022, men inte för 2024.",
  [], [], [], refused=True)

# ---------------- multi_part (4)
q("multi_part", "sv", "vad är skattesatsen i habo och hur mycket av den totala skatten går till regionen?",
  "Kommunalskatten i Habo är 22,04 kronor. 11,76 kronor går till Region Jönköpings län (totalt 33,80 kronor).",
  [n(22.04, "kr"), n(11.76, "kr")], [HH],
  ["Den totala skattesatsen i Habo är 33,80 kronor, varav 22,04 kronor går till Habo kommun och 11,76 kronor till Region Jönköpings län."])
q("multi_part", "sv", "Hur mycket investerar Sollefteå 2025, och hur stor del av det är vatten och avlopp?",
  "Investeringarna 2025 är 118,5 mnkr, varav 22,0 mnkr avser den taxefinansierade VA-verksamheten.",
  [n(118.5, "mnkr"), n(22.0, "mnkr")], [SB],
  ["Investeringarna uppgår till 118,5 miljoner kronor 2025.", "Av dessa avser 22,0 miljoner kronor"])
q("multi_part", "sv", "vilket resultat gjorde habo 2023 och hur stort underskott hade socialnämnden?",
  "Årets resultat 2023 blev 25,1 mnkr. Socialnämnden redovisade ett underskott på 6,3 mnkr.",
  [n(25.1, "mnkr"), n(6.3, "mnkr")], [HA],
  ["Årets resultat blev 25,1 miljoner kronor (12,8 miljoner kronor 2022).",
   "redovisar  socialnämnden  ett  underskott  på  6,3  miljoner  kronor"])
q("multi_part", "sv", "Hur röstade kommunstyrelsen i Sollefteå om budget 2025, och vilka partier reserverade sig?",
  "Kommunstyrelsen biföll ordförandens förslag med 8 röster mot 5. M, KD och L reserverade sig till förmån för sitt gemensamma förslag, och SD till förmån för sitt eget.",
  [n(8, "st"), n(5, "st")], [SP],
  ["Med 8 röster mot 5 beslutar kommunstyrelsen att bifalla ordförandens förslag.",
   "Reservation: Anders Hägglund (M), Britt Nordin (M), Johan Lund (KD) och Erik Sundqvist (L) reserverar sig till förmån för eget förslag.",
   "Ingela Fors (SD) och Ola Dahl (SD) reserverar sig till förmån för eget förslag."])

# ---------------- multi_doc (5)
q("multi_doc", "sv", "vilken av kommunerna habo och sollefteå har högst kommunalskatt?",
  "Sollefteå: 22,86 kronor, jämfört med 22,04 kronor i Habo.",
  [n(22.86, "kr"), n(22.04, "kr")], [SB, HB],
  ["Skattesatsen  är  oförändrad  22,86  kronor.", "Skattesatsen lämnas oförändrad på 22,04 kronor."])
q("multi_doc", "sv", "Vilken kommun investerar mest 2025, Habo eller Sollefteå?",
  "Sollefteå investerar mest: 118,5 mnkr mot Habos 89,0 mnkr.",
  [n(118.5, "mnkr"), n(89.0, "mnkr")], [SB, HB],
  ["Investeringarna uppgår till 118,5 miljoner kronor 2025.",
   "Investeringsbudgeten för 2025 uppgår till 89,0 miljoner kronor"])
q("multi_doc", "sv", "vård och omsorg i sollefteå prognosen för 2024 i delårsrapporten jämfört med budgeten för 2025, hur stor är skillnaden?",
  "Prognosen 2024 är 669,5 mnkr och budget 2025 är 671,4 mnkr (671 400 tkr), alltså bara 1,9 mnkr mer än prognosen.",
  [n(669.5, "mnkr"), n(671.4, "mnkr"), n(1.9, "mnkr")], [SD, SB],
  ["Vård- och omsorgsnämnden 648,2 447,1 669,5 -21,3",
   "Vård- och omsorgsnämnden 648 200 671 400 23 200 3,6 688 300 706 900"])
q("multi_doc", "sv", "Stämmer beloppen för Solgläntan i pressmeddelandet med Habos investeringsbudget?",
  "Ja. Båda anger totalt 60,5 mnkr (60 500 tkr), varav 38,5 mnkr (38 500 tkr) under 2025.",
  [n(60.5, "mnkr"), n(38.5, "mnkr")], [HB, HM],
  ["Förskolan Solgläntan, nybyggnation 38 500 22 000 0 60 500", HB_INV_H,
   "Total investering: 60,5 miljoner kronor, varav 38,5 miljoner kronor under 2025."])
q("multi_doc", "sv", "vilken kommun har bäst resultat i procent av skatter och statsbidrag i budget 2025, habo eller sollefteå",
  "Habo: 1,5 procent, mot 0,8 procent i Sollefteå.",
  [n(1.5, "%"), n(0.8, "%")], [HB, SB],
  ["Resultat i % av skatter och statsbidrag 2,7 1,6 1,5 1,9 2,4",
   "Årets resultat i % av skatter och statsbidrag 0,5 – 0,9 0,8 1,2 1,6"])

# ---------------- followup (4)
q("followup", "sv", "och 2027 då?",
  "I plan 2027 är socialnämndens nettokostnad 350,2 mnkr.",
  [n(350.2, "mnkr")], [HB],
  ["Socialnämnden 301,9 318,4 332,7 341,5 350,2 14,3 26 723", HB_DRIFT_H],
  history=["vilken ram har socialnämden i habo 2025?"])
q("followup", "sv", "och 2023? hur stor är minskningen?",
  "2023 hade Sollefteå 1 634 tillsvidareanställda, 54 färre än 2020 (1 688).",
  [n(1634, "st"), n(54, "st")], [SX],
  ["2023 | 1634 | 1552,8 | 8,2 | 10,2", "2020 | 1688 | 1602,5 | 8,9 | 8,1"],
  history=["hur många tillsvidareanställda hade sollefteå kommun 2020?"])
q("followup", "sv", "hur mycket av det går till furuskolan?",
  "Om- och tillbyggnaden av Furuskolan har 12 000 tkr i budget 2025 (75 000 tkr totalt 2025–2027).",
  [n(12000, "tkr")], [HB],
  ["Om- och tillbyggnad Furuskolan 12 000 35 000 28 000 75 000", HB_INV_H],
  history=["Hur stor är Habos investeringsbudget för 2025?"])
q("followup", "sv", "vilken nämnd står för största underskottet?",
  "Vård- och omsorgsnämnden, med en prognostiserad negativ avvikelse på 21,3 mnkr.",
  [n(-21.3, "mnkr")], [SD],
  ["Vård- och omsorgsnämnden 648,2 447,1 669,5 -21,3", SD_DRIFT_H],
  history=["sollefteå delårsrapport 2024, vad blev helårsprognosen?"])

# ---------------- english (4)
q("english", "en", "What is the municipal tax rate in Sollefteå for 2025?",
  "The tax rate is unchanged at 22.86 kronor.",
  [n(22.86, "kr")], [SB], ["Skattesatsen  är  oförändrad  22,86  kronor."])
q("english", "en", "How much does Habo budget per inhabitant for Kommunstyrelsen in 2025?",
  "8,723 kronor per inhabitant (Kommunstyrelsen's budget is 108.6 mnkr, based on 12,450 inhabitants).",
  [n(8723, "kr")], [HB],
  ["Kommunstyrelsen 98,4 104,2 108,6 110,9 113,1 4,4 8 723", HB_DRIFT_H])
q("english", "en", "what's the forecast soliditet for sollefteå in 2024?",
  "The forecast equity ratio (soliditet) for 2024 is 29.4 percent.",
  [n(29.4, "%")], [SH],
  ["Soliditet, % | 31,8 | 30,9 | 29,4 | 29,6", "Nyckeltal | 2022 | 2023 | Prognos 2024 | Budget 2025"])
q("english", "en", "How much money has Sollefteå set aside for summer holiday activities (sommarlovsaktiviteter) for kids?",
  "850,000 kronor, within Kommunstyrelsen's budget frame.",
  [n(850000, "kr")], [SB], ["I ramen ingår 850 000 kronor till"])

if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "dev", "muni_blind21.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        items = list(Q)
        random.Random(21).shuffle(items)
        for i, item in enumerate(items, 1):
            rec = {"id": f"mb21-{i:03d}", "corpus": C}
            rec.update(item)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(Q), "questions ->", os.path.abspath(out))
