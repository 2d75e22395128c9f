"""Writes ../../dev/muni_blind30.jsonl (deterministic). Gold figures checked against the generated corpus."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "dev", "muni_blind30.jsonl")
C = "evals/corpora/blind-muni30"
FB = C + "/flen/mal-och-budget-2025-2027.pdf"
FD = C + "/flen/delarsrapport-augusti-2024.pdf"
FH = C + "/flen/sa-anvands-din-skatt.html"
FP = C + "/flen/protokoll-kommunstyrelsen-2024-10-14.docx"
FX = C + "/flen/nyckeltal-verksamheter.xlsx"
FM = C + "/flen/pressmeddelande-budget-2025.md"
SB = C + "/skinnskatteberg/budget-och-plan-2025-2027.pdf"
SA = C + "/skinnskatteberg/arsredovisning-2023.pdf"
SH = C + "/skinnskatteberg/ekonomi-och-finansiell-information.html"
SP = C + "/skinnskatteberg/protokoll-kommunstyrelsen-2025-02-18.docx"
SX = C + "/skinnskatteberg/statistik-befolkning-ekonomi.xlsx"
ST = C + "/skinnskatteberg/pressmeddelande-skattehojning.txt"

FB_RB_HEAD = "Belopp i mnkr 2023 2024 2025 2026 2027"
FB_DRIFT_HEAD = "Nettokostnad, tkr Budget Budget Förändring Förändring Plan Plan"
FB_INV_HEAD = "Belopp i mnkr 2025 2026 2027 2025–2027"
SB_RB_HEAD = "Mnkr Utfall 2023 Budget 2024 Budget 2025 Plan 2026 Plan 2027"
SB_INV_HEAD = "(tkr) 2025 2026 2027 2025–2027"
SB_DRIFT_HEAD = "Nämnd Budget 2024 Budget 2025 Förändring kr per inv."

Q = []


def n(value, unit):
    return {"value": value, "unit": unit}


def add(cat, question, answer, numbers=(), docs=(), quotes=(), lang="sv", history=(), refused=False, verdict=None):
    Q.append({
        "id": f"mb30-{len(Q) + 1:03d}", "corpus": C, "category": cat, "language": lang,
        "question": question, "history": list(history),
        "gold": {"answer": answer, "numbers": list(numbers), "docs": list(docs), "quotes": list(quotes),
                 "refused": refused, "verdict": verdict},
    })


# ---------------- table_lookup (9) ----------------
add("table_lookup", "hur mkt skatteintäkter räknar flen med 2026?",
    "Enligt resultatbudgeten i Mål och budget räknar Flens kommun med skatteintäkter på 1 012,6 mnkr år 2026 (plan).",
    [n(1012.6, "mnkr")], [FB],
    ["Skatteintäkter 905,3 941,8 978,4 1 012,6 1 049,1", FB_RB_HEAD])
add("table_lookup", "Vad har socialnämnden i Flens kommun för budget 2025?",
    "Socialnämndens budget (nettokostnad) 2025 är 463 180 tkr, drygt 463 miljoner kronor.",
    [n(463180, "tkr")], [FB],
    ["Socialnämnden 447 650 463 180 15 530 3,5 476 300 489 800", FB_DRIFT_HEAD])
add("table_lookup", "hur mycket pengar är budgeterat för reningsverket i riddarhyttan 2026 i skinnskatteberg",
    "I investeringsbudgeten är 6 500 tkr (6,5 miljoner kronor) avsatt för reningsverket i Riddarhyttan 2026.",
    [n(6500, "tkr")], [SB],
    ["Reningsverk Riddarhyttan 9 000 6 500 0 15 500", SB_INV_HEAD])
add("table_lookup", "Vilka likvida medel räknar Skinnskatteberg med vid slutet av 2025 enligt kassaflödesbudgeten?",
    "Likvida medel vid årets slut 2025 beräknas till 23,5 mnkr.",
    [n(23.5, "mnkr")], [SB],
    ["Likvida medel vid årets slut 29,1 26,2 23,5 24,7 30,0", "2023 2024 2025 2026 2027"])
add("table_lookup", "hur stort var eget kapital i skinnskattebergs kommun 31 december 2023?",
    "Eget kapital var 194,5 mnkr den 31 december 2023 (188,1 mnkr året före).",
    [n(194.5, "mnkr")], [SA],
    ["Eget kapital 12 194,5 188,1", "Mnkr Not 2023-12-31 2022-12-31"])
add("table_lookup", "av varje hundralapp i skatt i flen, hur mkt går till äldreomsorgen?",
    "19 kronor av varje 100 kronor i skatt går till äldreomsorgen i Flen.",
    [n(19, "kr")], [FH],
    ["Äldreomsorg | 19", "Verksamhet | Kronor av 100 kr"])
add("table_lookup", "Vad var nettokostnaden per invånare för grundskola i Flen 2022?",
    "Nettokostnaden för grundskola var 22 310 kronor per invånare 2022.",
    [n(22310, "kr")], [FX],
    ["Grundskola | 21480 | 22310 | 23150 | 3,8", "Verksamhet | 2021 | 2022 | 2023 | Förändring 2022–2023, %"])
add("table_lookup", "hur mycket ombudgeteras till 2025 för nya LSS-boendet i skinnskatteberg?",
    "Kommunstyrelsen föreslår att 3 850 tkr ombudgeteras från 2024 till 2025 för det nya LSS-boendet.",
    [n(3850, "tkr")], [SP],
    ["Nytt LSS-boende | 6 000 | 2 150 | 3 850", "Projekt | Budget 2024 | Utfall 2024 | Ombudgeteras till 2025"])
add("table_lookup", "vad var den totala skattesatsen i skinnskatteberg 2024, kommun plus region?",
    "Den totala skattesatsen 2024 var 33,47 kronor (22,34 kommunen + 11,13 Region Västmanland).",
    [n(33.47, "kr")], [SH],
    ["2024 | 22,34 | 11,13 | 33,47", "År | Kommunen | Region Västmanland | Total skattesats"])

# ---------------- calculation (9) ----------------
add("calculation", "Hur mycket större är Flens budgeterade resultat 2027 jämfört med budget 2025?",
    "Årets resultat är 33,4 mnkr i plan 2027 och 22,8 mnkr i budget 2025, alltså 10,6 mnkr högre.",
    [n(10.6, "mnkr")], [FB],
    ["Årets resultat 19,8 15,1 22,8 25,7 33,4", FB_RB_HEAD])
add("calculation", "hur stor andel av flens totala driftbudget 2025 går till barn- och utbildningsnämnden?",
    "Barn- och utbildningsnämnden har 548 920 tkr av en summa nettokostnad på 1 219 900 tkr, cirka 45,0 procent.",
    [n(45.0, "%")], [FB],
    ["Barn- och utbildningsnämnden 530 420 548 920 18 500 3,5 563 400 577 900",
     "Summa nettokostnad 1 181 200 1 219 900 38 700 3,3 1 256 000 1 289 200"])
add("calculation", "Hur mycket investerar Flen sammanlagt i vatten och avlopp 2025–2027, alltså ledningsförnyelse plus reningsverket i Hälleforsnäs?",
    "Ledningsförnyelse 60,0 mnkr plus reningsverk Hälleforsnäs 30,0 mnkr blir 90,0 mnkr för 2025–2027.",
    [n(90.0, "mnkr")], [FB],
    ["Vatten och avlopp, ledningsförnyelse 18,0 20,0 22,0 60,0", "Reningsverk Hälleforsnäs 9,0 15,0 6,0 30,0"])
add("calculation", "Med hur många procent ökar skatteintäkterna i Skinnskatteberg från budget 2025 till plan 2027?",
    "Skatteintäkterna ökar från 232,6 mnkr till 249,3 mnkr, dvs. med 16,7 mnkr eller cirka 7,2 procent.",
    [n(7.2, "%")], [SB],
    ["Skatteintäkter 208,7 218,9 232,6 240,8 249,3", SB_RB_HEAD])
add("calculation", "vad blir skinnskattebergs genomsnittliga investeringar per år 2025-2027?",
    "Investeringarna är totalt 91 800 tkr för 2025–2027 (41 200 + 28 700 + 21 900), i genomsnitt 30 600 tkr eller 30,6 mnkr per år.",
    [n(30.6, "mnkr")], [SB],
    ["Totalt 41 200 28 700 21 900 91 800", SB_INV_HEAD])
add("calculation", "Hur mycket har befolkningen i Skinnskatteberg förändrats mellan 2019 och 2024?",
    "Folkmängden minskade från 4 415 (2019) till 4 351 (2024), alltså med 64 personer.",
    [n(-64, "st")], [SX],
    ["2019 | 4415 | 40 | 57 | 219 | 230", "2024 | 4351 | 31 | 60 | 233 | 225",
     "År | Folkmängd 31 dec | Födda | Döda | Inflyttade | Utflyttade"])
add("calculation", "hur många kronor mer per invånare kostade äldreomsorgen i flen 2023 jämfört med 2021",
    "Äldreomsorgen kostade 21 890 kr per invånare 2023 mot 19 760 kr 2021, alltså 2 130 kronor mer.",
    [n(2130, "kr")], [FX],
    ["Äldreomsorg | 19760 | 20540 | 21890 | 6,6"])
add("calculation", "Hur mycket lägre än budget blir Flens investeringar 2024 enligt delårsrapporten?",
    "Prognosen är 96,4 mnkr mot en budget på 128,0 mnkr, dvs. 31,6 mnkr lägre än budget.",
    [n(31.6, "mnkr")], [FD],
    ["Prognosen för helåret är 96,4 miljoner kronor mot en budget på 128,0 miljoner kronor"])
add("calculation", "Hur många procent ökade skatteintäkterna i Skinnskatteberg mellan 2022 och 2023 enligt årsredovisningen?",
    "Skatteintäkterna ökade från 196,2 mnkr till 208,7 mnkr, dvs. 12,5 mnkr eller cirka 6,4 procent.",
    [n(6.4, "%")], [SA],
    ["Skatteintäkter 5 208,7 196,2", "Mnkr Not 2023 2022"])

# ---------------- lookup (5) ----------------
add("lookup", "vem är kommunstyrelsens ordförande i flen?",
    "Kommunstyrelsens ordförande i Flen är Maria Holmström (S).",
    [], [FB], ["Maria Holmström (S)", "Kommunstyrelsens ordförande"])
add("lookup", "När fastställde kommunfullmäktige Skinnskattebergs budget och plan 2025–2027?",
    "Den fastställdes av kommunfullmäktige den 18 november 2024, § 87.",
    [], [SB], ["Fastställd av kommunfullmäktige 2024-11-18, § 87"])
add("lookup", "vilka reserverade sig mot budgetbeslutet i flens kommunstyrelse i oktober?",
    "Johan Ek (M) och Per Lindahl (KD) reserverade sig till förmån för eget förslag, och Kent Åström (SD) och Mikael Sandin (SD) till förmån för Sverigedemokraternas förslag.",
    [], [FP],
    ["Johan Ek (M) och Per Lindahl (KD) reserverar sig mot beslutet till förmån för eget förslag.",
     "Kent Åström (SD) och Mikael Sandin (SD) reserverar sig mot beslutet till förmån för Sverigedemokraternas förslag."])
add("lookup", "Vem utsågs till ombud på Kommuninvests föreningsstämma i Skinnskatteberg?",
    "Kommunstyrelsen utsåg Annika Borg (S) till ombud och Gunnar Ekström (M) till ersättare.",
    [], [SP], ["Kommunstyrelsen beslutar att utse Annika Borg (S) till ombud och Gunnar Ekström (M) till ersättare."])
add("lookup", "när publicerades sidan om hur skatten används på flens hemsida?",
    "Sidan publicerades 2025-01-15 och uppdaterades senast 2025-02-03.",
    [], [FH], ["Publicerad 2025-01-15. Senast uppdaterad 2025-02-03."])

# ---------------- text_amount (5) ----------------
add("text_amount", "hur mycket pengar satsar flen på feriejobb för ungdomar?",
    "Flen avsätter 700 000 kronor till feriearbeten för ungdomar.",
    [n(700000, "kr")], [FB], ["Samtidigt avsätter vi 700 000 kronor till feriearbeten"])
add("text_amount", "Hur stora effektiviseringar ska göras inom kommunstyrelsens förvaltning i Flen?",
    "Effektiviseringarna uppgår till sammanlagt 4,7 miljoner kronor.",
    [n(4.7, "mnkr")], [FB], ["Inom kommunstyrelsens förvaltning genomförs effektiviseringar på sammanlagt 4,7 miljoner kronor"])
add("text_amount", "hur mycket ger skattehöjningen i skinnskatteberg per år?",
    "Höjningen med 30 öre ger cirka 3,1 miljoner kronor per år.",
    [n(3.1, "mnkr")], [SB], ["Höjningen ger cirka 3,1 miljoner kronor per år."])
add("text_amount", "Hur stort tilläggsanslag fick räddningstjänsten av kommunstyrelsen i Skinnskatteberg?",
    "Kommunstyrelsen beviljade ett tilläggsanslag på 450 000 kronor, finansierat ur kommunstyrelsens oförutsedda medel.",
    [n(450000, "kr")], [SP],
    ["Kommunstyrelsen beslutar att bevilja ett tilläggsanslag på 450 000 kronor som finansieras ur kommunstyrelsens oförutsedda medel."])
add("text_amount", "för hur mycket säljer flen fastigheten blacksta 3:12?",
    "Fastigheten Flen Blacksta 3:12 säljs till Blacksta Logistik AB för 2 350 000 kronor.",
    [n(2350000, "kr")], [FP], ["Köpeskillingen är 2 350 000 kronor."])

# ---------------- multi_doc (5) ----------------
add("multi_doc", "Vilken av kommunerna Flen och Skinnskatteberg har högst kommunalskatt 2025, och hur stor är skillnaden?",
    "Skinnskatteberg har högst: 22,64 kronor mot Flens 22,21 kronor, en skillnad på 0,43 kronor.",
    [n(22.64, "kr"), n(22.21, "kr"), n(0.43, "kr")], [SH, FH],
    ["2025 | 22,64 | 11,13 | 33,77",
     "Skattesatsen i Flens kommun är 22,21 kronor per hundra kronor i beskattningsbar inkomst 2025."])
add("multi_doc", "vilken kommun investerar mest 2025, flen eller skinnskatteberg?",
    "Flen investerar mest: 105,3 mnkr 2025 mot Skinnskattebergs 41,2 mnkr (41 200 tkr).",
    [n(105.3, "mnkr"), n(41.2, "mnkr")], [FB, SB],
    ["Totalt investeringar 105,3 99,1 59,6 264,0", "Totalt 41 200 28 700 21 900 91 800"])
add("multi_doc", "Hur mycket mer får Barn- och utbildningsnämnden i Flen 2025 jämfört med vad nämnden beräknas göra av med 2024 enligt delårsrapporten?",
    "Ramen 2025 är 548 920 tkr och prognosen för 2024 är 534 220 tkr, alltså 14 700 tkr mer.",
    [n(14700, "tkr")], [FB, FD],
    ["Barn- och utbildningsnämnden 530 420 548 920 18 500 3,5 563 400 577 900",
     "Barn- och utbildningsnämnden 530 420 534 220 -3 800"])
add("multi_doc", "LSS-boendet i Skinnskatteberg: hur mycket flyttades över från 2024 och vad ligger i investeringsbudgeten för 2025?",
    "3 850 tkr ombudgeteras från 2024 till 2025, och investeringsbudgeten för 2025 har 14 000 tkr för det nya LSS-boendet (24 000 tkr totalt).",
    [n(3850, "tkr"), n(14000, "tkr")], [SP, SB],
    ["Nytt LSS-boende | 6 000 | 2 150 | 3 850", "Nytt LSS-boende, Skinnskatteberg 14 000 10 000 0 24 000"])
add("multi_doc", "Vilken av kommunerna hade flest invånare vid slutet av 2023 och hur många fler?",
    "Flen hade 16 412 invånare och Skinnskatteberg 4 372 den 31 december 2023, alltså har Flen 12 040 fler.",
    [n(16412, "st"), n(4372, "st"), n(12040, "st")], [FB, SA],
    ["Den 31 december 2023 hade Flens kommun 16 412 invånare.",
     "Folkmängd 31 december 4 415 4 392 4 381 4 366 4 372"])

# ---------------- claim (5) ----------------
add("claim", "Stämmer det att Flen höjer skatten till 22,41 kronor nästa år?",
    "Nej. Skattesatsen i Flen lämnas oförändrad på 22,21 kronor 2025.",
    [n(22.21, "kr")], [FB], ["Skattesatsen lämnas oförändrad på 22,21 kronor per hundralapp."],
    verdict="contradicted")
add("claim", "Skinnskatteberg höjer kommunalskatten med 30 öre 2025?",
    "Ja, det stämmer. Skattesatsen höjs från 22,34 till 22,64 kronor.",
    [n(22.64, "kr")], [ST], ["Den kommunala skattesatsen höjs från 22,34 till 22,64 kronor per hundralapp."],
    verdict="supported")
add("claim", "Jag har hört att socialnämnden i Flen räknar med ett underskott på 24 miljoner i år (2024). Stämmer det?",
    "Nej. Enligt delårsrapporten prognostiserar socialnämnden en avvikelse på -14,3 miljoner kronor (-14 300 tkr) för 2024.",
    [n(-14.3, "mnkr")], [FD], ["Socialnämnden står för den största avvikelsen med -14,3 miljoner kronor."],
    verdict="contradicted")
add("claim", "Flens nya förskola i Malmköping kostar 68 miljoner totalt, eller hur?",
    "Ja, förskolan i Malmköping kostar totalt 68 miljoner kronor.",
    [n(68, "mnkr")], [FM], ["bland annat i en ny förskola i Malmköping som totalt kostar 68 miljoner kronor"],
    verdict="supported")
add("claim", "Skinnskattebergs kommun inför gratis busskort för pensionärer från 2025?",
    "Det framgår inte av dokumenten; gratis busskort för pensionärer nämns inte.",
    [], [], [], refused=True, verdict="not_found")

# ---------------- unanswerable (5) ----------------
add("unanswerable", "vad räknar flen med för skatteintäkter 2028?",
    "Det framgår inte: Flens budget sträcker sig bara till plan 2027.", [], [], [], refused=True)
add("unanswerable", "Vad kommer den nya brandstationen i Skinnskatteberg att kosta i drift per år?",
    "Driftkostnaden för brandstationen anges inte; dokumenten redovisar bara investeringen.", [], [], [], refused=True)
add("unanswerable", "hur mycket får fritidsgårdarna i flen i budget 2025?",
    "Det framgår inte; budgeten redovisar bara kultur- och fritidsnämndens totala ram, inte fritidsgårdarna.",
    [], [], [], refused=True)
add("unanswerable", "Vad var Skinnskattebergs årets resultat 2018?",
    "Det framgår inte; femårsöversikten och statistiken börjar 2019.", [], [], [], refused=True)
add("unanswerable", "hur många elever går på kyrkbacksskolan i skinnskatteberg?",
    "Antalet elever på Kyrkbacksskolan anges inte i dokumenten.", [], [], [], refused=True)

# ---------------- multi_part (4) ----------------
add("multi_part", "Med hur många röster antogs Flens budget i fullmäktige, och vem är ekonomichef i Flen?",
    "Budgeten antogs med 27 röster mot 22. Ekonomichef är Peter Wahlund.",
    [n(27, "st"), n(22, "st")], [FM],
    ["Budgeten antogs med 27 röster mot 22.", "Peter Wahlund, ekonomichef"])
add("multi_part", "hur många tillsvidareanställda hade skinnskatteberg i slutet av 2023 och hur hög var sjukfrånvaron?",
    "Kommunen hade 412 tillsvidareanställda den 31 december 2023 och sjukfrånvaron var 6,8 procent.",
    [n(412, "st"), n(6.8, "%")], [SA],
    ["Kommunen hade 412 tillsvidareanställda den 31 december 2023.", "Sjukfrånvaron uppgick till 6,8 procent"])
add("multi_part", "Vad blev Flens resultat januari–augusti 2024, och vilket resultat prognostiseras för helåret?",
    "Resultatet för januari–augusti 2024 var 41,6 mnkr och helårsprognosen är 15,1 mnkr.",
    [n(41.6, "mnkr"), n(15.1, "mnkr")], [FD],
    ["Resultatet för perioden januari–augusti 2024 uppgår till 41,6 miljoner kronor",
     "För helåret prognostiseras ett resultat på 15,1 miljoner kronor"])
add("multi_part", "vad beräknas skinnskattebergs låneskuld bli vid slutet av 2025, och hur mycket ska de låna nytt 2025?",
    "Låneskulden beräknas till 178 miljoner kronor vid utgången av 2025 och nyupplåningen 2025 till 20 miljoner kronor.",
    [n(178, "mnkr"), n(20, "mnkr")], [SB],
    ["Kommunens låneskuld beräknas uppgå till 178 miljoner kronor vid utgången av 2025.",
     "nyupplåning om 20 miljoner kronor"])

# ---------------- followup (4) ----------------
add("followup", "och 2027 då?",
    "För 2027 är kultur- och fritidsnämndens ram (plan) 40 200 tkr.",
    [n(40200, "tkr")], [FP],
    ["Kultur- och fritidsnämnden | 38 640 | 39 400 | 40 200", "Nämnd | Ram 2025 | Plan 2026 | Plan 2027"],
    history=["Vad har Flen budgeterat för kultur- och fritidsnämnden 2025?"])
add("followup", "hur mycket blir det per invånare?",
    "Bildningsnämndens budget 2025 på 121,7 mnkr motsvarar 27 977 kronor per invånare (beräknat på 4 350 invånare).",
    [n(27977, "kr")], [SB],
    ["Bildningsnämnden 117,2 121,7 4,5 27 977", SB_DRIFT_HEAD],
    history=["hur stor är skinnskattebergs budget för bildningsnämnden 2025?"])
add("followup", "och totalt över hela perioden?",
    "Gång- och cykelvägen Flen–Skogstorp får totalt 8,5 mnkr 2025–2027 (5,5 + 3,0 + 0,0).",
    [n(8.5, "mnkr")], [FB],
    ["Gång- och cykelväg Flen–Skogstorp 5,5 3,0 0,0 8,5", FB_INV_HEAD],
    history=["hur mycket investerar flen i gång- och cykelvägen till skogstorp 2025?"])
add("followup", "Och hur många barn föddes det året?",
    "År 2022 föddes 33 barn i Skinnskatteberg.",
    [n(33, "st")], [SX],
    ["2022 | 4366 | 33 | 64 | 228 | 212", "År | Folkmängd 31 dec | Födda | Döda | Inflyttade | Utflyttade"],
    history=["Hur många bodde i Skinnskatteberg 2022?"])

# ---------------- english (4) ----------------
add("english", "What result does Flen budget for 2025 in its Mål och budget?",
    "Flen budgets a result (årets resultat) of 22.8 million kronor (mnkr) for 2025.",
    [n(22.8, "mnkr")], [FB], ["Årets resultat 19,8 15,1 22,8 25,7 33,4", FB_RB_HEAD], lang="en")
add("english", "How much does Socialnämnden in Skinnskatteberg have to cut its costs in 2025?",
    "Socialnämnden must reduce its costs by 2.8 million kronor in 2025.",
    [n(2.8, "mnkr")], [SB], ["Därför måste socialnämnden minska sina kostnader med 2,8 miljoner kronor under 2025."],
    lang="en")
add("english", "What is the total of Skinnskatteberg's investeringsbudget for 2025-2027?",
    "The investment budget totals 91,800 tkr (about 91.8 mnkr) for 2025–2027.",
    [n(91800, "tkr")], [SB], ["Totalt 41 200 28 700 21 900 91 800", SB_INV_HEAD], lang="en")
add("english", "What was the soliditet (equity ratio) of Skinnskattebergs kommun in 2021?",
    "The equity ratio (soliditet) was 41.0 percent in 2021.",
    [n(41.0, "%")], [SA], ["Soliditet, % 38,2 39,5 41,0 40,0 39,8", "2019 2020 2021 2022 2023"], lang="en")

with open(OUT, "w", encoding="utf-8") as f:
    for q in Q:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")
print(len(Q), "questions written to", os.path.normpath(OUT))
