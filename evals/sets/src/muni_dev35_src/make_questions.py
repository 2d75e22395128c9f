"""Write evals/sets/dev/muni_dev35.jsonl (questions over evals/corpora/dev-muni35)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "evals", "sets", "dev", "muni_dev35.jsonl")
C = "evals/corpora/dev-muni35"
VB = C + "/vara/vara-mal-och-budget-2025.pdf"
VA = C + "/vara/vara-arsredovisning-2023.pdf"
VH = C + "/vara/vara-sa-anvands-din-skatt.html"
VD = C + "/vara/vara-ks-protokoll-2024-10-28.docx"
VX = C + "/vara/vara-statistik-befolkning-och-kostnader.xlsx"
VP = C + "/vara/vara-pressmeddelande-budget-2025.md"
UB = C + "/ulricehamn/ulricehamn-budget-och-plan-2025-2027.pdf"
UD = C + "/ulricehamn/ulricehamn-delarsrapport-augusti-2024.pdf"
UH = C + "/ulricehamn/ulricehamn-finansiell-information.html"
UP = C + "/ulricehamn/ulricehamn-kf-protokoll-2024-11-28.docx"
UX = C + "/ulricehamn/ulricehamn-nettokostnad-och-volymer.xlsx"
UT = C + "/ulricehamn/ulricehamn-pressmeddelande-bronas.txt"

# header lines of PDF tables (as pypdf extracts them)
VB_DRIFT_H = "Nämnd Bokslut Budget Budget Förändring Förändring kr per inv."
VB_DRIFT_H2 = "2023 2024 2025 mnkr % 2025"
VB_RB_H = "Not Bokslut Budget Budget Plan Plan"
VB_5Y = "2023 2024 2025 2026 2027"
UB_DRIFT_H = "Nämnd Budget Ram- Budget Plan Plan Förändring kr/inv"
UB_DRIFT_H2 = "2024 förändring 2025 2026 2027 2025, % 2025"
UB_RB_H = "Utfall Prognos Budget Plan Plan"
VB_INV_H = "Projekt Nämnd Budget Plan Plan Totalt"
UB_INV_H = "Projekt Nämnd Budget Plan Plan Summa"
UB_KF_H = "Budget 2025 Plan 2026 Plan 2027"
VA_5Y_H = "2019 2020 2021 2022 2023"
VA_N_H = "Nämnd Budget 2023 Utfall 2023 Avvikelse"
UD_N_H = "Nämnd Budget 2024 Prognos 2024 Avvikelse"

Q = []


def q(cat, question, answer, numbers=(), docs=(), quotes=(), refused=False, verdict=None, history=(), lang=None):
    Q.append({
        "id": f"md35-{len(Q) + 1:03d}",
        "corpus": C,
        "category": cat,
        "language": lang or ("en" if cat == "english" else "sv"),
        "question": question,
        "history": list(history),
        "gold": {"answer": answer,
                 "numbers": [{"value": v, "unit": u} for v, u in numbers],
                 "docs": list(docs), "quotes": list(quotes),
                 "refused": refused, "verdict": verdict},
    })


def N(v, u):
    return (v, u)


# ---------------- table_lookup (9) ----------------
q("table_lookup", "hur mkt är vård o omsorg i vara per invånare i driftbudgeten 2025?",
  "Vård- och omsorgsnämnden i Vara har en budget 2025 på 398,7 mnkr, vilket motsvarar 24 311 kronor per invånare.",
  [N(24311, "kr")], [VB],
  ["Vård- och omsorgsnämnden 366,4 381,5 398,7 17,2 4,5 24 311", VB_DRIFT_H])
q("table_lookup", "Vad är välfärdsnämndens plan för 2026 i Ulricehamns driftbudget?",
  "Välfärdsnämnden i Ulricehamn har 745 100 tkr (ca 745,1 mnkr) i plan 2026.",
  [N(745100, "tkr")], [UB],
  ["Välfärdsnämnden 695 800 25 550 721 350 745 100 768 400 3,7 28 512", UB_DRIFT_H, UB_DRIFT_H2])
q("table_lookup", "ulricehamn kassaflöde från investeringsverksamheten plan 2026?",
  "Kassaflödet från investeringsverksamheten i Ulricehamn är -156,0 mnkr (anges (156,0)) i plan 2026.",
  [N(-156.0, "mnkr")], [UB],
  ["Kassaflöde från investeringsverksamheten (128,0) (156,0) (90,0)", UB_KF_H])
q("table_lookup", "vilken soliditet räknar vara kommun med 2027 i balansbudgeten",
  "Vara räknar med en soliditet på 56,0 procent 2027 (plan).",
  [N(56.0, "%")], [VB],
  ["Soliditet, % 52,3 53,1 53,7 54,5 56,0"])
q("table_lookup", "Vad var årets resultat för Vara kommun 2021?",
  "Årets resultat för Vara kommun 2021 var 52,3 mnkr (femårsöversikten i årsredovisningen 2023).",
  [N(52.3, "mnkr")], [VA],
  ["Årets resultat, mnkr 21,4 44,9 52,3 31,8 26,7", VA_5Y_H])
q("table_lookup", "hur många kr av varje hundralapp i skatt går till äldreomsorgen i vara",
  "32 kronor av varje hundralapp går till äldreomsorg och stöd till personer med funktionsnedsättning (budget 2025).",
  [N(32, "kr")], [VH],
  ["Äldreomsorg och stöd till personer med funktionsnedsättning | 32"])
q("table_lookup", "Hur mycket pengar för resecentrum i Ulricehamn flyttas över till 2025?",
  "6 800 tkr för Resecentrum Ulricehamn ombudgeteras från 2024 till 2025 (budget 9 000 tkr, prognos 2 200 tkr).",
  [N(6800, "tkr")], [UP],
  ["Resecentrum Ulricehamn | 9 000 | 2 200 | 6 800",
   "Projekt | Budget 2024 (tkr) | Prognos 2024 (tkr) | Ombudgeteras till 2025 (tkr)"])
q("table_lookup", "hur många invånare 80 år och äldre hade vara 2022",
  "Vara hade 1 375 invånare som var 80 år och äldre den 31 december 2022.",
  [N(1375, "st")], [VX],
  ["2022 | 16215 | 1104 | 1985 | 8840 | 2911 | 1375",
   "År | Totalt | 0–5 år | 6–15 år | 16–64 år | 65–79 år | 80 år och äldre"])
q("table_lookup", "Antal elever i grundskolan i Ulricehamn 2023?",
  "Ulricehamn hade 3 368 elever i grundskolan 2023 (genomsnitt per år).",
  [N(3368, "st")], [UX],
  ["2023 | 1236 | 3368 | 858 | 244 | 447",
   "År | Barn i förskola | Elever i grundskola | Elever i gymnasieskola | Platser i särskilt boende | Personer med hemtjänst"])

# ---------------- calculation (9) ----------------
q("calculation", "hur mycket mindre investerar vara 2027 jämfört med 2025?",
  "Investeringarna minskar från 106,0 mnkr 2025 till 57,0 mnkr 2027, dvs. 49,0 mnkr mindre.",
  [N(49.0, "mnkr")], [VB],
  ["Summa investeringar 106,0 105,0 57,0 268,0", VB_INV_H])
q("calculation", "Hur stor andel av nämndernas budget 2025 går till bildningsnämnden i Ulricehamn?",
  "Bildningsnämnden har 842 700 tkr av summa nämnder 1 905 000 tkr, dvs. cirka 44,2 procent.",
  [N(44.2, "%")], [UB],
  ["Bildningsnämnden 818 300 24 400 842 700 866 200 889 900 3,0 33 308",
   "Summa nämnder 1 844 100 60 900 1 905 000 1 961 300 2 017 300 3,3 75 296"])
q("calculation", "med hur många procent ökar varas skatteintäkter från budget 2025 till plan 2027?",
  "Skatteintäkterna ökar från 925,3 mnkr till 989,1 mnkr, en ökning med cirka 6,9 procent.",
  [N(6.9, "%")], [VB],
  ["Skatteintäkter 4 852,6 889,4 925,3 955,8 989,1", VB_RB_H])
q("calculation", "ulricehamn delårsrapport: hur stort blir underskottet sammanlagt för bildningsnämnden och välfärdsnämnden enligt prognosen?",
  "Bildningsnämnden -5 600 tkr och välfärdsnämnden -12 400 tkr ger tillsammans ett prognostiserat underskott på 18 000 tkr (18,0 mnkr).",
  [N(-18000, "tkr")], [UD],
  ["Bildningsnämnden 818 300 823 900 -5 600", "Välfärdsnämnden 695 800 708 200 -12 400", UD_N_H])
q("calculation", "hur många procent har befolkningen i vara ökat mellan 2019 och 2024?",
  "Befolkningen ökade från 15 992 till 16 405 invånare, dvs. 413 personer eller cirka 2,6 procent.",
  [N(2.6, "%")], [VX],
  ["2019 | 15992 | 1085 | 1932 | 8796 | 2854 | 1325", "2024 | 16405 | 1098 | 2021 | 8889 | 2961 | 1436"])
q("calculation", "Hur många elever gick i gymnasieskolan i Ulricehamn i genomsnitt per år 2020–2024?",
  "Genomsnittet är (812 + 826 + 841 + 858 + 872) / 5 = 841,8 elever per år.",
  [N(841.8, "st")], [UX],
  ["2020 | 1188 | 3236 | 812 | 248 | 402", "2021 | 1203 | 3281 | 826 | 248 | 415",
   "2022 | 1219 | 3327 | 841 | 244 | 431", "2023 | 1236 | 3368 | 858 | 244 | 447",
   "2024 | 1251 | 3405 | 872 | 244 | 462"])
q("calculation", "hur mycket mindre fick ifo-nämnden i vara än vad dom begärde i tilläggsanslag?",
  "Individ- och familjeomsorgsnämnden begärde 3 400 tkr och beviljades 3 200 tkr, alltså 200 tkr mindre (skyddat boende fick 450 i stället för 650 tkr).",
  [N(200, "tkr")], [VD],
  ["Summa | 3 400 | 3 200", "Verksamhet | Begärt belopp (tkr) | Beviljat belopp (tkr)"])
q("calculation", "vad blir ulricehamns sammanlagda resultat för åren 2025-2027 enligt budget och plan?",
  "26,2 + 23,7 + 23,3 = 73,2 mnkr för perioden 2025–2027.",
  [N(73.2, "mnkr")], [UB],
  ["Årets resultat 35,3 15,3 26,2 23,7 23,3", UB_RB_H])
q("calculation", "Hur stor andel av nämndernas totala utfall 2023 i Vara stod barn- och utbildningsnämnden för?",
  "Barn- och utbildningsnämnden hade ett utfall på 478,2 mnkr av nämndernas totalt 1 102,3 mnkr, dvs. cirka 43,4 procent.",
  [N(43.4, "%")], [VA],
  ["Barn- och utbildningsnämnden 481,0 478,2 2,8", "Summa nämnder 1 089,0 1 102,3 – 13,3", VA_N_H])

# ---------------- lookup (5) ----------------
q("lookup", "vem är ks ordförande i vara",
  "Kommunstyrelsens ordförande i Vara är Henrik Ljunggren (C).",
  [], [VB], ["Henrik Ljunggren (C)", "Kommunstyrelsens ordförande"])
q("lookup", "när kan man flytta in på nya äldreboendet på bronäs i ulricehamn?",
  "Inflyttning beräknas ske under hösten 2027 (byggstart september 2025).",
  [], [UT], ["Inflyttning beräknas ske under hösten 2027."])
q("lookup", "Vilket företag fick bygga nya förskolan i Vedum?",
  "Kommunstyrelsen i Vara antog anbudet från Skarabygg AB (46,8 mnkr).",
  [], [VD],
  ["Det lägsta anbudet, från Skarabygg AB, uppgår till 46,8 miljoner kronor, vilket ryms inom projektets totala budget om 50,5 miljoner kronor.",
   "Beslut: Kommunstyrelsen beslutar att anta anbudet från Skarabygg AB och uppdrar åt kommundirektören att teckna avtal."])
q("lookup", "vem svarar på frågor om ulricehamns kommuns upplåning och finansiering?",
  "Finanschef Erik Danielsson, telefon 0321-59 50 00.",
  [], [UH], ["Frågor om kommunens finansiering besvaras av finanschef Erik Danielsson, telefon 0321-59 50 00."])
q("lookup", "vad hände med motionen om gratis kollektivtrafik för pensionärer i ulricehamn",
  "Kommunfullmäktige avslog motionen den 28 november 2024 (§ 204); motionären Kent Olsson (V) reserverade sig.",
  [], [UP], ["Beslut: Kommunfullmäktige beslutar att avslå motionen.", "Reservation: Kent Olsson (V) reserverar sig mot beslutet."])

# ---------------- text_amount (5) ----------------
q("text_amount", "hur mycket pengar satsar vara på sommarlovsaktiviteter nästa år",
  "Vara avsätter 700 000 kronor till sommarlovsaktiviteter för barn och unga 2025.",
  [N(700000, "kr")], [VP], ["700 000 kronor avsätts till sommarlovsaktiviteter för barn och unga."])
q("text_amount", "Hur mycket ska välfärdsnämnden i Ulricehamn spara 2025?",
  "Välfärdsnämnden ska genomföra en besparing på 12,5 miljoner kronor 2025.",
  [N(12.5, "mnkr")], [UB], ["genomförs en besparing på 12,5 miljoner kronor inom välfärdsnämnden"])
q("text_amount", "vad kostade försörjningsstödet i vara 2023",
  "Kostnaderna för försörjningsstöd uppgick till 18,6 miljoner kronor 2023.",
  [N(18.6, "mnkr")], [VA], ["Kostnaderna för försörjningsstöd uppgick till 18,6 miljoner kronor."])
q("text_amount", "hur mycket ökar driftkostnaden per år när bronäs boendet i ulricehamn är klart?",
  "De årliga driftkostnaderna beräknas öka med 4,2 miljoner kronor netto.",
  [N(4.2, "mnkr")], [UT],
  ["När boendet är i drift beräknas de årliga driftkostnaderna öka med 4,2 miljoner kronor netto, eftersom flera mindre enheter samlas i en byggnad."])
q("text_amount", "hur mkt dyrare blir vatten o avlopp för en villa i ulricehamn 2025",
  "Brukningsavgiften höjs med 6,0 procent, vilket för en normalvilla innebär cirka 540 kronor mer per år.",
  [N(540, "kr")], [UP], ["För en normalvilla innebär det en ökning med cirka 540 kronor per år."])

# ---------------- multi_doc (5) ----------------
q("multi_doc", "vilken av kommunerna vara och ulricehamn har högst kommunalskatt 2025?",
  "Vara har högst skattesats: 22,14 kronor mot Ulricehamns 22,06 kronor.",
  [N(22.14, "kr"), N(22.06, "kr")], [VH, UP],
  ["Vara kommun | 22,14", "att skattesatsen för 2025 ska vara 22,06 kronor"])
q("multi_doc", "Vilken kommun budgeterar högst resultat i procent av skatter och bidrag 2025, Vara eller Ulricehamn?",
  "Vara: 2,4 procent (30,4 mnkr), Ulricehamn: 1,3 procent (26,2 mnkr). Vara budgeterar högst.",
  [N(2.4, "%"), N(1.3, "%")], [VB, UB],
  ["Resultat i % av skatter och bidrag 2,3 2,2 2,4 2,6 2,7",
   "Årets resultat i procent av skatter och statsbidrag 1,9 0,8 1,3 1,2 1,1"])
q("multi_doc", "hur mycket mer får vård- och omsorgsnämnden i vara 2025 än vad den faktiskt gjorde av med 2023?",
  "Utfallet 2023 var 366,4 mnkr och budget 2025 är 398,7 mnkr, dvs. 32,3 mnkr mer.",
  [N(32.3, "mnkr")], [VA, VB],
  ["Vård- och omsorgsnämnden 352,1 366,4 – 14,3",
   "Vård- och omsorgsnämnden 366,4 381,5 398,7 17,2 4,5 24 311"])
q("multi_doc", "ulricehamn säger i pressmeddelandet att bronäs kostar 115 miljoner, hur mycket av det är budgeterat 2026?",
  "Av totalt 115,0 mnkr ligger 55,0 mnkr i plan 2026 (12,0 mnkr 2025 och 48,0 mnkr 2027).",
  [N(55.0, "mnkr")], [UT, UB],
  ["Den totala investeringen beräknas till 115 miljoner kronor och fördelas över åren 2025–2027.",
   "Vård- och omsorgsboende Bronäs, 60 platser VFN 12,0 55,0 48,0 115,0"])
q("multi_doc", "Vilken kommun investerar mest 2025, Vara eller Ulricehamn, och hur stor är skillnaden?",
  "Ulricehamn investerar 130,0 mnkr och Vara 106,0 mnkr 2025; Ulricehamn investerar 24,0 mnkr mer.",
  [N(130.0, "mnkr"), N(106.0, "mnkr"), N(24.0, "mnkr")], [UB, VB],
  ["Totalt 130,0 157,0 91,0 378,0", "Summa investeringar 106,0 105,0 57,0 268,0"])

# ---------------- claim (5) ----------------
q("claim", "Stämmer det att Varas befolkning ökade med 103 personer under 2023?",
  "Ja, det stämmer. Befolkningen ökade med 103 personer till 16 318 invånare den 31 december 2023.",
  [N(103, "st")], [VA], ["Befolkningen ökade med 103 personer till 16 318 invånare den 31 december 2023."],
  verdict="supported")
q("claim", "Jag har hört att välfärdsnämnden i Ulricehamn räknar med ett underskott på 5,6 miljoner i år (2024)?",
  "Nej. Välfärdsnämnden prognostiserar ett underskott på 12,4 miljoner kronor; 5,6 miljoner är bildningsnämndens prognostiserade underskott.",
  [N(12.4, "mnkr")], [UD], ["välfärdsnämnden, som prognostiserar ett underskott på 12,4 miljoner kronor"],
  verdict="contradicted")
q("claim", "kommunfullmäktige i vara antog budgeten 2025 med 7 röster mot 4, eller hur?",
  "Nej. Fullmäktige antog budgeten med 27 röster mot 14. Siffrorna 7 mot 4 gäller omröstningen i kommunstyrelsen.",
  [N(27, "st"), N(14, "st")], [VP], ["Budgeten antogs efter votering med 27 röster mot 14."],
  verdict="contradicted")
q("claim", "Ulricehamns kommun saknar eget kreditbetyg?",
  "Det stämmer, Ulricehamns kommun har inget eget kreditbetyg från något ratinginstitut.",
  [], [UH], ["Ulricehamns kommun har inget eget kreditbetyg från något ratinginstitut."],
  verdict="supported")
q("claim", "Stämmer det att Vara kommun ska bygga en ny simhall i Kvänum under planperioden?",
  "Det finns inget om en ny simhall i Kvänum i Varas dokument; i Kvänum planeras ett särskilt boende.",
  [], [], [], refused=True, verdict="not_found")

# ---------------- unanswerable (5) ----------------
q("unanswerable", "vad är varas investeringsbudget för 2028?",
  "Budgeten omfattar bara 2025 och plan 2026–2027; 2028 redovisas inte.", refused=True)
q("unanswerable", "hur mycket får miljönämnden i vara kommun 2025?",
  "Dokumenten redovisar ingen miljönämnd i Vara; någon sådan budget anges inte.", refused=True)
q("unanswerable", "Hur många platser i särskilt boende hade Ulricehamn 2019?",
  "Statistiken börjar 2020; 2019 redovisas inte.", refused=True)
q("unanswerable", "hur mycket höjs entréavgiften på ulricehamns badhus efter renoveringen?",
  "Dokumenten anger inga entréavgifter för badhuset.", refused=True)
q("unanswerable", "vad var sjukfrånvaron bland vara kommuns anställda 2024?",
  "Årsredovisningen anger sjukfrånvaron för 2022 och 2023, inte för 2024.", refused=True)

# ---------------- multi_part (4) ----------------
q("multi_part", "vad blir årets resultat i varas budget 2025 och hur mycket ska investeras?",
  "Årets resultat budgeteras till 30,4 mnkr och investeringarna till 106,0 mnkr 2025.",
  [N(30.4, "mnkr"), N(106.0, "mnkr")], [VP],
  ["Årets resultat budgeteras till 30,4 miljoner kronor.",
   "Investeringarna uppgår till 106,0 miljoner kronor 2025"])
q("multi_part", "Hur röstade fullmäktige i Ulricehamn om budgeten 2025 och vilka partier reserverade sig?",
  "27 ja-röster mot 18 nej-röster, 4 avstod. Socialdemokraterna och Sverigedemokraterna reserverade sig.",
  [N(27, "st"), N(18, "st"), N(4, "st")], [UP],
  ["Med 27 ja-röster för kommunstyrelsens förslag mot 18 nej-röster och 4 som avstår beslutar fullmäktige enligt kommunstyrelsens förslag.",
   "Reservationer: Socialdemokraterna reserverar sig till förmån för eget förslag. Sverigedemokraterna reserverar sig mot beslutet med skriftlig motivering (bilaga 1)."])
q("multi_part", "hur mycket fick ifo i tilläggsanslag av ks i vara och hur mycket finns kvar i reserven sen?",
  "Individ- och familjeomsorgsnämnden beviljades 3 200 tkr; kvar i kommunstyrelsens reserv blir 1 800 tkr.",
  [N(3200, "tkr"), N(1800, "tkr")], [VD],
  ["Beslut: Kommunstyrelsen beslutar att bevilja individ- och familjeomsorgsnämnden ett tilläggsanslag om 3 200 tkr för 2024, att finansieras ur kommunstyrelsens reserv.",
   "Kvarvarande medel i reserven uppgår därefter till 1 800 tkr."])
q("multi_part", "vad blev ulricehamns resultat jan-aug 2024 och vad är prognosen för helåret?",
  "Resultatet januari–augusti 2024 var 48,6 mnkr; helårsprognosen är 15,3 mnkr (9,7 mnkr under budget).",
  [N(48.6, "mnkr"), N(15.3, "mnkr")], [UD],
  ["Resultatet för perioden januari–augusti 2024 uppgår till 48,6 miljoner kronor.",
   "Periodens resultat 50,2 48,6 15,3 25,0"])

# ---------------- followup (4) ----------------
q("followup", "och hur mycket blir det per invånare?",
  "Kultur- och fritidsnämnden har 41,8 mnkr 2025, vilket motsvarar 2 549 kronor per invånare.",
  [N(2549, "kr")], [VB], ["Kultur- och fritidsnämnden 38,7 40,1 41,8 1,7 4,2 2 549", VB_DRIFT_H],
  history=["vad är budgeten för kultur- och fritidsnämnden i vara 2025?"])
q("followup", "och totalt för hela perioden då?",
  "Tillbyggnaden av Tingsholmsgymnasiet har 70,0 mnkr totalt 2025–2027 (24,0 + 36,0 + 10,0).",
  [N(70.0, "mnkr")], [UB], ["Tingsholmsgymnasiet, tillbyggnad BN 24,0 36,0 10,0 70,0", UB_INV_H],
  history=["Hur mycket investerar Ulricehamn i Tingsholmsgymnasiet 2025?"])
q("followup", "hur stor ökning är det sen 2020 i procent?",
  "Barn i förskola ökade från 1 188 (2020) till 1 251 (2024), dvs. 63 barn eller cirka 5,3 procent.",
  [N(5.3, "%")], [UX], ["2020 | 1188 | 3236 | 812 | 248 | 402", "2024 | 1251 | 3405 | 872 | 244 | 462"],
  history=["hur många barn gick i förskola i ulricehamn 2024?"])
q("followup", "vad är ökningen i miljoner mellan dom?",
  "Skatteintäkterna var 852,6 mnkr i bokslut 2023 och 925,3 mnkr i budget 2025, en ökning med 72,7 mnkr.",
  [N(72.7, "mnkr")], [VB], ["Skatteintäkter 4 852,6 889,4 925,3 955,8 989,1", VB_RB_H],
  history=["vad var varas skatteintäkter i bokslutet 2023?", "och budget 2025?"])

# ---------------- english (4) ----------------
q("english", "What are Ulricehamn's budgeted net operating costs (verksamhetens nettokostnader) for 2027?",
  "Plan 2027: verksamhetens nettokostnader of -2,036.6 million SEK (mnkr).",
  [N(-2036.6, "mnkr")], [UB], ["Verksamhetens nettokostnader -1 780,7 -1 862,7 -1 924,9 -1 981,6 -2 036,6", UB_RB_H])
q("english", "Who chairs the välfärdsnämnden in Ulricehamn?",
  "Lena Fors (KD) is the chair of välfärdsnämnden.",
  [], [UT], ["Lena Fors (KD), ordförande välfärdsnämnden, telefon 0321-59 51 20"])
q("english", "How did Vara's kommunstyrelsen do against its budget in 2023?",
  "Kommunstyrelsen had a budget of 110.2 mnkr and an outcome of 108.9 mnkr, a surplus of 1.3 mnkr.",
  [N(110.2, "mnkr"), N(108.9, "mnkr"), N(1.3, "mnkr")], [VA], ["Kommunstyrelsen 110,2 108,9 1,3", VA_N_H])
q("english", "What were Vara municipality's long-term liabilities (långfristiga skulder) at the end of 2020?",
  "Långfristiga skulder were 360.0 mnkr in 2020.",
  [N(360.0, "mnkr")], [VA], ["Långfristiga skulder, mnkr 355,0 360,0 370,0 395,0 410,0", VA_5Y_H])

with open(OUT, "w", encoding="utf-8") as f:
    for x in Q:
        f.write(json.dumps(x, ensure_ascii=False) + "\n")
print(len(Q), "questions ->", OUT)
