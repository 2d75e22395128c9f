"""Write the md52 question set (muni_dev52.jsonl) over evals/corpora/dev-muni52."""
from pathlib import Path
import json
C = "evals/corpora/dev-muni52"
E = C + "/eksjo/"; H = C + "/hoor/"
EB = E + "eksjo-mal-och-budget-2025-2027.pdf"; EA = E + "eksjo-arsredovisning-2023.pdf"
EH = E + "eksjo-sa-anvands-din-skatt.html"; ED = E + "eksjo-kf-protokoll-2024-11-21.docx"
EX = E + "eksjo-befolkning-och-nettokostnader.xlsx"; EM = E + "eksjo-pressmeddelande-solceller-2025-02-18.md"
HB = H + "hoor-budget-2025-plan-2026-2027.pdf"; HD = H + "hoor-delarsrapport-jan-aug-2024.pdf"
HH = H + "hoor-nyhet-budget-2025-beslutad.html"; HW = H + "hoor-bun-protokoll-2024-10-16.docx"
HX = H + "hoor-nettokostnad-och-nyckeltal.xlsx"; HT = H + "hoor-pressmeddelande-frostavallen-2025-03-04.txt"

EB_RB_HDR = "Belopp i mnkr 2023 2024 2025 2026 2027"
EB_RES = "Årets resultat 20,7 -5,6 16,1 22,1 28,2"
EB_INV_HDR = "Projekt Nämnd 2025 2026 2027 2025–2027"
HB_RB_HDR = "(mnkr) 2023 2024 2025 2026 2027"
HB_DRIFT_HDR = "Nämnd 2024 2025 2026 2027 2024–2025"
EA_5_HDR = "2019 2020 2021 2022 2023"
EX_HDR = "År | Totalt | 0–5 år | 6–15 år | 16–19 år | 20–64 år | 65–79 år | 80 år och äldre"
HX_NK_HDR = "År | Invånare 31/12 | Skattesats, kr | Årets resultat, mnkr | Nettoinvesteringar, mnkr | Soliditet, % | Sjukfrånvaro, % | Tillsvidareanställda"
HX_2023 = "2023 | 17104 | 21,89 | 17,1 | 124,9 | 42,8 | 8,1 | 1468"

Q = []
def q(cat, lang, question, answer, numbers, docs, quotes, refused=False, verdict=None, history=None):
    Q.append(dict(category=cat, language=lang, question=question, history=history or [],
                  gold=dict(answer=answer, numbers=[{"value": v, "unit": u} for v, u in numbers],
                            docs=docs, quotes=quotes, refused=refused, verdict=verdict)))

# ---------------- table_lookup (9)
q("table_lookup", "sv", "vad räknar eksjö med i skatteintäkter 2026?",
  "Enligt resultatbudgeten i Eksjös Mål och budget är skatteintäkterna för plan 2026 1 231,5 mnkr.",
  [(1231.5, "mnkr")], [EB], ["Skatteintäkter 1 098,7 1 142,3 1 189,6 1 231,5 1 274,8", EB_RB_HDR])
q("table_lookup", "sv", "Hur stor ram får kultur- och fritidsnämnden i Höör år 2026 enligt driftbudgeten?",
  "Kultur- och fritidsnämnden i Höör har en ram på 42 000 tkr (42,0 mnkr) i plan 2026.",
  [(42000, "tkr")], [HB], ["Kultur- och fritidsnämnden 39 950 41 092 42 000 42 900 1 142", HB_DRIFT_HDR])
q("table_lookup", "sv", "hur mkt pengar är det budgeterat för trygghetsboendet i ingatorp 2026? eksjö kommun",
  "I Eksjös investeringsbudget ligger Trygghetsboende Ingatorp på 15,0 mnkr i plan 2026 (totalt 24,0 mnkr 2025–2027).",
  [(15.0, "mnkr")], [EB], ["Trygghetsboende Ingatorp SN 9,0 15,0 0,0 24,0", EB_INV_HDR])
q("table_lookup", "sv", "hur mycket ska höör lägga på upprustningen av frostavallen 2027 enligt investeringsbudgeten",
  "Upprustning Frostavallen har 1 500 tkr i plan 2027 i Höörs investeringsbudget.",
  [(1500, "tkr")], [HB], ["Upprustning Frostavallen 3 000 3 000 1 500", "2025 2026 2027", "Projekt tkr tkr tkr"])
q("table_lookup", "sv", "hur många kronor av varje hundralapp i skatt går till äldreomsorgen i eksjö?",
  "21 kronor av 100 går till äldreomsorgen i Eksjö (nettokostnad 318,5 mnkr i budget 2025).",
  [(21, "kr")], [EH], ["Äldreomsorg | 21 | 318,5", "Verksamhet | Kronor av 100 | Nettokostnad 2025, mnkr"])
q("table_lookup", "sv", "Vad är socialnämndens kommunbidrag i Eksjö planerat till år 2027 enligt fullmäktiges beslut?",
  "Socialnämndens kommunbidrag i Eksjö är planerat till 637,9 mnkr för 2027.",
  [(637.9, "mnkr")], [ED], ["Socialnämnden | 598,3 | 617,5 | 637,9",
                            "Nämnd | Kommunbidrag 2025, mnkr | Plan 2026, mnkr | Plan 2027, mnkr"])
q("table_lookup", "sv", "hur många invånare 80 år och äldre fanns det i eksjö 2020",
  "Den 31 december 2020 hade Eksjö 1 712 invånare som var 80 år eller äldre.",
  [(1712, "st")], [EX], ["2020 | 17641 | 926 | 1843 | 723 | 8926 | 3511 | 1712", EX_HDR])
q("table_lookup", "sv", "Vad var sjukfrånvaron bland Höörs kommuns anställda 2020?",
  "Sjukfrånvaron i Höörs kommun var 9,6 procent 2020.",
  [(9.6, "%")], [HX], ["2020 | 16651 | 21,64 | 47,2 | 102,5 | 41,5 | 9,6 | 1415", HX_NK_HDR])
q("table_lookup", "sv", "Vilken helårsprognos har miljö- och byggnadsnämnden i Höör för 2024 enligt delårsrapporten?",
  "Miljö- och byggnadsnämnden prognostiserar en nettokostnad på 13 250 tkr mot en budget på 13 560 tkr, dvs. ett överskott på 310 tkr.",
  [(13250, "tkr"), (310, "tkr")], [HD],
  ["Miljö- och byggnadsnämnden 13 560 13 250 310", "Belopp i tkr Budget 2024 Prognos 2024 Avvikelse"])

# ---------------- calculation (9)
q("calculation", "sv", "Hur stor andel av Eksjös totala investeringar 2025 går till den nya förskolan i Mariannelund?",
  "20,0 mnkr av totalt 186,4 mnkr, alltså ungefär 10,7 procent.",
  [(10.7, "%")], [EB], ["Ny förskola Mariannelund SBN 20,0 18,5 0,0 38,5", "Totalt investeringar 186,4 182,9 142,0 511,3"])
q("calculation", "sv", "Med hur många procent ökar Höörs skatteintäkter från budget 2025 till plan 2027?",
  "Från 1 068,2 mnkr till 1 146,0 mnkr, en ökning med 77,8 mnkr eller cirka 7,3 procent.",
  [(7.3, "%")], [HB], ["Skatteintäkter 985,4 1 021,6 1 068,2 1 106,9 1 146,0", HB_RB_HDR])
q("calculation", "sv", "hur mycket investerar barn- och utbildningsnämnden i höör totalt under 2025-2027?",
  "35 800 + 22 800 + 4 300 tkr = 62 900 tkr (cirka 62,9 mnkr).",
  [(62900, "tkr")], [HB], ["Summa barn- och utbildningsnämnden 35 800 22 800 4 300", "2025 2026 2027"])
q("calculation", "sv", "Vad var den genomsnittliga sjukfrånvaron i Eksjö kommun under åren 2019–2023?",
  "Medelvärdet av 7,4; 9,1; 8,6; 8,2 och 7,9 procent är cirka 8,24 procent.",
  [(8.24, "%")], [EA], ["Sjukfrånvaro, % 7,4 9,1 8,6 8,2 7,9", EA_5_HDR])
q("calculation", "sv", "hur mycket har eksjös befolkning minskat mellan 2020 och 2024?",
  "Från 17 641 invånare 2020 till 17 534 invånare 2024, en minskning med 107 personer.",
  [(107, "st")], [EX], ["2020 | 17641 | 926 | 1843 | 723 | 8926 | 3511 | 1712",
                        "2024 | 17534 | 899 | 1811 | 719 | 8788 | 3573 | 1744", EX_HDR])
q("calculation", "sv", "Hur mycket har äldreomsorgens nettokostnad i Höör ökat i procent från utfall 2022 till budget 2025?",
  "Från 268 310 tkr till 311 200 tkr, en ökning med 42 890 tkr eller cirka 16,0 procent.",
  [(16.0, "%")], [HX], ["Äldreomsorg | 268310 | 281640 | 295800 | 311200",
                        "Verksamhet | Utfall 2022 | Utfall 2023 | Budget 2024 | Budget 2025"])
q("calculation", "sv", "hur stor del av investeringsbudgeten för 2024 hade höör använt efter augusti, i procent?",
  "41,6 mnkr av 118,3 mnkr, alltså cirka 35,2 procent.",
  [(35.2, "%")], [HD], ["Totalt 118,3 41,6 96,4", "Mnkr Budget 2024 Utfall jan–aug Prognos 2024"])
q("calculation", "sv", "Vad blir Eksjö kommuns sammanlagda resultat för budget- och planåren 2025–2027?",
  "16,1 + 22,1 + 28,2 mnkr = 66,4 mnkr.",
  [(66.4, "mnkr")], [EB], [EB_RES, EB_RB_HDR])
q("calculation", "sv", "Med hur många procent väntas antalet förskolebarn i Höörs tätort öka fram till 2027?",
  "Från 268 barn i oktober 2024 till 312 år 2027, en ökning med 44 barn eller cirka 16,4 procent.",
  [(16.4, "%")], [HW], ["Höörs tätort | 268 | 312 | +44", "Område | Barn i förskola okt 2024 | Prognos 2027 | Förändring"])

# ---------------- lookup (5)
q("lookup", "sv", "vem är kommunstyrelsens ordförande i eksjö",
  "Henrik Ljungdahl (M) är kommunstyrelsens ordförande i Eksjö.",
  [], [EB], ["Henrik Ljungdahl (M)", "Kommunstyrelsens ordförande"])
q("lookup", "sv", "Vem reserverade sig mot bun:s beslut om nya förskolan vid Enebacken i Höör?",
  "Johan Lind (SD) reserverade sig till förmån för sitt eget yrkande om att förlänga bygglovet för paviljongerna.",
  [], [HW], ["Reservation: Johan Lind (SD) reserverar sig mot beslutet till förmån för eget yrkande."])
q("lookup", "sv", "vilket företag ska sätta upp solcellerna på eksjös kommunala byggnader?",
  "Höglandets Solenergi AB är upphandlad entreprenör.",
  [], [EM], ["Upphandlad entreprenör: Höglandets Solenergi AB"])
q("lookup", "sv", "När beslutade kommunfullmäktige i Höör om budgeten för 2025?",
  "Kommunfullmäktige i Höör beslutade om budgeten måndagen den 25 november 2024.",
  [], [HH], ["Kommunfullmäktige i Höör beslutade på måndagskvällen den 25 november om budget för 2025 och plan för 2026–2027."])
q("lookup", "sv", "när ska förskolan enebacken i höör vara klar?",
  "Förskolan Enebacken med 120 platser ska vara klar hösten 2026.",
  [], [HB], ["Nämnden ska påbörja byggnationen av förskolan Enebacken med 120 platser, som ska vara klar hösten 2026."])

# ---------------- text_amount (5)
q("text_amount", "sv", "hur mycket ska barn och utbildning i eksjö effektivisera nästa år (2025)?",
  "Barn- och utbildningsnämnden i Eksjö ska effektivisera med 4,7 miljoner kronor 2025.",
  [(4.7, "mnkr")], [EB], ["Barn- och utbildningsnämnden ska effektivisera med 4,7 miljoner kronor"])
q("text_amount", "sv", "Hur mycket pengar får kultur- och fritidsnämnden i Höör för fältassistenter?",
  "Kultur- och fritidsnämnden får 850 000 kronor för att anställa två fältassistenter.",
  [(850000, "kr")], [HB], ["Kultur- och fritidsnämnden får 850 000 kronor för att anställa två fältassistenter."])
q("text_amount", "sv", "hur stort underskott räknar vård och omsorg i höör med för 2024",
  "Vård- och omsorgsnämnden prognostiserar ett underskott om -14,3 miljoner kronor för 2024.",
  [(-14.3, "mnkr")], [HD], ["omsorgsnämnden prognostiserar ett underskott om -14,3 miljoner kronor"])
q("text_amount", "sv", "Hur stort extra driftbidrag får Frostavallens friluftsförening?",
  "Föreningen får ett extra driftbidrag på 250 000 kronor per år under tre år.",
  [(250000, "kr")], [HT], ["Utöver investeringen får Frostavallens friluftsförening ett extra driftbidrag på 250 000 kronor per år under tre år"])
q("text_amount", "sv", "vad var den totala lönesumman i eksjö kommun 2023",
  "Den totala lönesumman uppgick till 712,5 miljoner kronor 2023.",
  [(712.5, "mnkr")], [EA], ["Den totala lönesumman uppgick till 712,5 miljoner kronor."])

# ---------------- multi_doc (5)
q("multi_doc", "sv", "vilken av kommunerna har högst kommunalskatt 2025, eksjö eller höör?",
  "Eksjö har högst: 22,36 kronor mot Höörs 22,14 kronor (efter höjningen med 25 öre).",
  [(22.36, "kr"), (22.14, "kr")], [EH, HH],
  ["Skattesatsen i Eksjö kommun är 22,36 kronor per hundralapp för 2025.",
   "Kommunalskatten höjs med 25 öre till 22,14 kronor."])
q("multi_doc", "sv", "Vilken av kommunerna Eksjö och Höör budgeterar det största resultatet för 2025?",
  "Eksjö: 16,1 mnkr, jämfört med Höörs 10,1 mnkr.",
  [(16.1, "mnkr"), (10.1, "mnkr")], [EB, HB],
  [EB_RES, EB_RB_HDR, "Årets resultat 17,1 (9,7) 10,1 17,6 23,2", HB_RB_HDR])
q("multi_doc", "sv", "Eksjö kf beslutade om en investeringsram för nya förskolan i Mariannelund – hur stor är den och hur mycket av den ligger i investeringsbudgeten för 2025?",
  "Investeringsramen är 38,5 miljoner kronor; 20,0 mnkr ligger i budget 2025 (och 18,5 mnkr 2026).",
  [(38.5, "mnkr"), (20.0, "mnkr")], [ED, EB],
  ["ny förskola i Mariannelund inom en total investeringsram om 38,5 miljoner kronor.",
   "Ny förskola Mariannelund SBN 20,0 18,5 0,0 38,5", EB_INV_HDR])
q("multi_doc", "sv", "Stämmer prognosen för 2024 i Höörs budgetdokument överens med delårsrapporten?",
  "Ja. Båda anger ett resultat på -9,7 mnkr för 2024 (i budgeten skrivet som (9,7)); budgeterat resultat var 12,4 mnkr.",
  [(-9.7, "mnkr")], [HB, HD],
  ["Årets resultat 17,1 (9,7) 10,1 17,6 23,2",
   "Prognos 2024 avser prognosen i delårsrapporten per den 31 augusti 2024.",
   "Prognosen för helåret är ett resultat på -9,7 miljoner kronor"])
q("multi_doc", "sv", "vilken kommun hade högst soliditet 2023 – eksjö eller höör?",
  "Eksjö hade högst soliditet 2023: 44,9 procent mot Höörs 42,8 procent.",
  [(44.9, "%"), (42.8, "%")], [EA, HX],
  ["Soliditet, % 41,2 42,8 44,1 44,6 44,9", EA_5_HDR, HX_2023, HX_NK_HDR])

# ---------------- claim (5)
q("claim", "sv", "Stämmer det att Eksjö kommun får låna högst 95 miljoner kronor under 2025?",
  "Ja, det stämmer. Fullmäktige beslutade att kommunstyrelsen får nyupptaga lån om högst 95 miljoner kronor 2025.",
  [(95, "mnkr")], [ED], ["4. Kommunstyrelsen får under 2025 nyupptaga lån om högst 95 miljoner kronor."],
  verdict="supported")
q("claim", "sv", "Jag har hört att Höör höjer kommunalskatten med 40 öre 2025.",
  "Nej. Skatten höjs med 25 öre till 22,14 kronor. Det var oppositionen (S) som ville höja med 40 öre.",
  [(0.25, "kr"), (22.14, "kr")], [HH],
  ["Kommunalskatten höjs med 25 öre till 22,14 kronor.",
   "Oppositionen, ledd av Socialdemokraterna, ville i stället höja skatten med 40 öre."],
  verdict="contradicted")
q("claim", "sv", "Socialnämnden i Eksjö gick 3,6 miljoner back 2023, eller hur?",
  "Nej. Socialnämnden hade ett underskott på 11,4 mnkr 2023; det var barn- och utbildningsnämnden som gick 3,6 mnkr back.",
  [(-11.4, "mnkr")], [EA], ["Socialnämnden 548,0 559,4 -11,4", "Nämnd, mnkr Budget 2023 Utfall 2023 Avvikelse"],
  verdict="contradicted")
q("claim", "sv", "En politiker säger att Eksjö ska bygga en ny sporthall i Hult för 30 miljoner kronor enligt budgeten. Stämmer det?",
  "Det finns inget om en ny sporthall i Hult i dokumenten; påståendet kan inte bekräftas.",
  [], [], [], refused=True, verdict="not_found")
q("claim", "sv", "sjukfrånvaron i höörs kommun låg på 8,3 procent under januari–augusti 2024?",
  "Ja, det stämmer. Sjukfrånvaron var 8,3 procent för januari–augusti 2024 (8,0 procent samma period året innan).",
  [(8.3, "%")], [HD], ["Sjukfrånvaron för perioden januari–augusti var 8,3 procent"],
  verdict="supported")

# ---------------- unanswerable (5)
q("unanswerable", "sv", "vad räknar eksjö med i skatteintäkter 2028?",
  "Dokumenten innehåller ingen siffra för 2028; Eksjös budget sträcker sig bara till plan 2027.",
  [], [], [], refused=True)
q("unanswerable", "sv", "Hur mycket ska Höör investera i den nya simhallen 2025?",
  "Det finns ingen simhall i Höörs investeringsbudget eller i de andra dokumenten.",
  [], [], [], refused=True)
q("unanswerable", "sv", "hur många elever går på gymnasiet i höörs kommun?",
  "Dokumenten anger inte antalet gymnasieelever i Höör, bara gymnasieskolans nettokostnad.",
  [], [], [], refused=True)
q("unanswerable", "sv", "Vad var Eksjös nettokostnad för äldreomsorg per invånare år 2020?",
  "Statistiken anger kronor per invånare bara för 2021–2023 (och riket 2023); 2020 saknas.",
  [], [], [], refused=True)
q("unanswerable", "sv", "hur mycket lägger eksjö på nya va-ledningar i investeringsbudgeten 2025?",
  "Det framgår inte. VA-investeringar görs av de kommunala bolagen och ingår inte i kommunens investeringsbudget.",
  [], [], [], refused=True)

# ---------------- multi_part (4)
q("multi_part", "sv", "hur många röstade ja till budgeten i eksjö fullmäktige och vem var ordförande på mötet?",
  "27 ledamöter röstade ja (mot 18 nej, 4 avstod). Ordförande var Birgitta Ramström (KD).",
  [(27, "st")], [ED],
  ["Med 27 ja-röster mot 18 nej-röster och 4 som avstår beslutar kommunfullmäktige enligt kommunstyrelsens förslag.",
   "Ordförande: Birgitta Ramström (KD)"])
q("multi_part", "sv", "Hur mycket ska vård- och omsorgsnämnden i Höör spara 2025, och hur mycket får den i satsningar?",
  "Nämnden ska minska kostnaderna med 8,4 miljoner kronor och får 9,5 miljoner kronor för ökade volymer i hemtjänst och särskilt boende.",
  [(8.4, "mnkr"), (9.5, "mnkr")], [HB],
  ["Vård- och omsorgsnämnden ska minska kostnaderna med 8,4 miljoner kronor",
   "Vård- och omsorgsnämnden får 9,5 miljoner kronor för ökade volymer inom hemtjänst och särskilt boende."])
q("multi_part", "sv", "eksjös balansbudget: vad är soliditeten 2025 och hur stora är de långfristiga skulderna då?",
  "Soliditeten är 41,4 procent och de långfristiga skulderna 752,0 mnkr i budget 2025.",
  [(41.4, "%"), (752.0, "mnkr")], [EB],
  ["Soliditet, % 44,9 42,8 41,4 40,4 40,5", "Långfristiga skulder 598,0 673,0 752,0 826,0 859,0", EB_RB_HDR])
q("multi_part", "sv", "Hur många tillsvidareanställda hade Höörs kommun 2023, och hur många invånare hade kommunen då?",
  "1 468 tillsvidareanställda och 17 104 invånare (31 december 2023).",
  [(1468, "st"), (17104, "st")], [HX], [HX_2023, HX_NK_HDR])

# ---------------- followup (4)
q("followup", "sv", "och 2027 då?",
  "För 2027 (plan) räknar Eksjö med ett resultat på 28,2 mnkr.",
  [(28.2, "mnkr")], [EB], [EB_RES, EB_RB_HDR],
  history=["vad har eksjö för budgeterat resultat 2025?"])
q("followup", "sv", "hur mycket mer är det än 2024?",
  "Ramen ökar med 23 060 tkr, från 589 420 tkr 2024 till 612 480 tkr 2025.",
  [(23060, "tkr")], [HB], ["Barn- och utbildningsnämnden 589 420 612 480 628 300 644 100 23 060", HB_DRIFT_HDR],
  history=["hur stor ram har barn- och utbildningsnämnden i höör 2025?"])
q("followup", "sv", "hur mycket blir verksamhetens nettokostnader per invånare det året?",
  "1 461,9 mnkr delat på 17 571 invånare ger cirka 83 200 kronor per invånare 2023.",
  [(83200, "kr")], [EA],
  ["Antal invånare 31 december 17 612 17 641 17 590 17 603 17 571",
   "Verksamhetens nettokostnader, mnkr 1 248,6 1 262,1 1 301,7 1 382,4 1 461,9", EA_5_HDR],
  history=["Hur många invånare hade Eksjö vid slutet av 2023?"])
q("followup", "sv", "och hur mycket bidrar region skåne med?",
  "Region Skåne bidrar med 1,2 miljoner kronor till den tillgänglighetsanpassade slingan.",
  [(1.2, "mnkr")], [HT], ["Region Skåne bidrar med 1,2 miljoner kronor till den tillgänglighetsanpassade slingan."],
  history=["vad investerar höör i frostavallen i år?"])

# ---------------- english (4)
q("english", "en", "What is Eksjö municipality's total investment budget for 2025?",
  "Eksjö's investment budget (Investeringsbudget) totals 186.4 MSEK (mnkr) for 2025.",
  [(186.4, "mnkr")], [EB], ["Totalt investeringar 186,4 182,9 142,0 511,3", EB_INV_HDR])
q("english", "en", "In the August 2024 follow-up, how big a deficit did Höör's Barn- och utbildningsnämnden forecast, and what were the main causes?",
  "A full-year deficit of 6,850 tkr (about 6.9 MSEK), mainly due to more pupils needing special support (-3,900 tkr), higher school transport costs (-1,700 tkr) and more children in preschool than budgeted (-1,250 tkr).",
  [(-6850, "tkr")], [HW],
  ["Förvaltningen redovisar en helårsprognos som visar ett underskott om 6 850 tkr mot budget.",
   "Underskottet beror främst på fler elever i behov av särskilt stöd (-3 900 tkr), ökade kostnader för skolskjuts (-1 700 tkr) och fler barn i förskolan än budgeterat (-1 250 tkr)."])
q("english", "en", "How many members of Höör's kommunfullmäktige voted against the 2025 budget?",
  "15 members voted against; the budget passed 22 to 15, with four abstaining.",
  [(15, "st")], [HH], ["Budgeten antogs efter votering med 22 röster mot 15. Fyra ledamöter avstod."])
q("english", "en", "What equity ratio (soliditet) does Höör's balansbudget show for 2027?",
  "The balance budget shows an equity ratio (soliditet) of 41.5% for plan year 2027.",
  [(41.5, "%")], [HB], ["Soliditet (%) 42,8 40,8 39,5 39,9 41,5", HB_RB_HDR])

import random
random.Random(52).shuffle(Q)
out = []
for i, x in enumerate(Q, 1):
    out.append({"id": f"md52-{i:03d}", "corpus": C, **x})
with open(Path(__file__).resolve().parents[4] / "evals" / "sets" / "dev" / "muni_dev52.jsonl", "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps({k: o[k] for k in ["id", "corpus", "category", "language", "question", "history", "gold"]},
                           ensure_ascii=False) + "\n")
print(len(out))
