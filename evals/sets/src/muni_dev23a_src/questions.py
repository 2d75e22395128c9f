"""Writes evals/sets/dev/muni_dev23a.jsonl (questions over dev-muni23a)."""
import json, os

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
C = "evals/corpora/dev-muni23a"
V = C + "/vaxholm/"
A = C + "/alvdalen/"
VB = V + "mal-och-budget-2025-2027.pdf"; VA = V + "arsredovisning-2023.pdf"; VH = V + "sa-anvands-din-skatt.html"
VD = V + "protokoll-ks-2024-10-14.docx"; VX = V + "befolkning-och-kostnader.xlsx"; VP = V + "pressmeddelande-budget-2025.md"
AB = A + "budget-och-plan-2025-2027.pdf"; AD = A + "delarsrapport-augusti-2024.pdf"; AH = A + "nyhet-budget-2025.html"
AP = A + "protokoll-socialnamnden-2024-09-24.docx"; AX = A + "verksamhetsstatistik.xlsx"; AT = A + "pressmeddelande-skattehojning.txt"

VB_RB_H = "Mnkr 2023 2024 2025 2026 2027"
VB_DR_H = "Nämnd 2024 2025 2026 2027 2024–2025 % 2025"
VB_IN_H = "Tkr 2025 2026 2027 2025–2027"
AB_DR_H = "Nämnd 2023 2024 2025 2026 2027"
AB_RB_H = "Bokslut Budget Budget Plan Plan"
AD_H = "Nämnd 2024 jan–aug helår helår"


def n(v, u):
    return {"value": v, "unit": u or "st"}  # a count: the eval loader names it "st"


Q = []


def q(cat, question, answer, numbers, docs, quotes, lang="sv", history=None, refused=False, verdict=None):
    Q.append({"category": cat, "language": lang, "question": question, "history": history or [],
              "gold": {"answer": answer, "numbers": numbers, "docs": docs, "quotes": quotes,
                       "refused": refused, "verdict": verdict}})


# ---- table_lookup (9)
q("table_lookup", "vad är vaxholms budgeterade skatteintäkter 2026?",
  "Enligt planen för 2026 beräknas Vaxholms skatteintäkter till 778,1 mnkr.", [n(778.1, "mnkr")], [VB],
  ["Skatteintäkter 706,2 727,5 752,3 778,1 804,6", VB_RB_H])
q("table_lookup", "Hur mycket får bildningsnämnden i Älvdalen 2025 enligt budgeten?",
  "Bildningsnämndens nettokostnadsram för 2025 är 198 430 tkr.", [n(198430, "tkr")], [AB],
  ["Bildningsnämnden (189 720) (194 850) (198 430) (203 100) (207 600)", AB_DR_H])
q("table_lookup", "hur mkt ska kajrenoveringen i söderhamnen kosta 2026 i vaxholm",
  "Kajrenoveringen i Söderhamnen har 18 000 tkr i plan för 2026 (totalt 54 000 tkr 2025–2027).",
  [n(18000, "tkr")], [VB], ["Kajrenovering Söderhamnen 24 000 18 000 12 000 54 000", VB_IN_H])
q("table_lookup", "vilken helårsprognos har socialnämnden i älvdalen i delårsrapporten för 2024?",
  "Socialnämnden prognostiserar en nettokostnad på 230 050 tkr för helåret 2024, en avvikelse på -9 450 tkr mot budget.",
  [n(230050, "tkr")], [AD], ["Socialnämnden 220 600 154 870 230 050 -9 450", AD_H])
q("table_lookup", "hur många kronor av en hundralapp i skatt går till äldreomsorgen i vaxholm?",
  "17,60 kronor av varje hundralapp går till äldreomsorgen (budget 2025).", [n(17.6, "kr")], [VH],
  ["Äldreomsorg | 17,60"])
q("table_lookup", "Hur mycket ska avvecklingen av korttidsplatserna i Särna spara 2025?",
  "Avvecklingen av 10 korttidsplatser i Särna beräknas ge en effekt på 2 400 tkr 2025 (600 tkr 2024).",
  [n(2400, "tkr")], [AP], ["Avveckling av 10 korttidsplatser i Särna | 600 | 2 400"])
q("table_lookup", "hur många invånare 80 år och äldre hade vaxholm 2023",
  "Vaxholm hade 646 invånare som var 80 år och äldre den 31 december 2023.", [n(646, None)], [VX],
  ["2023 | 12312 | 862 | 1941 | 702 | 6473 | 1688 | 646",
   "År | Totalt | 0–5 år | 6–15 år | 16–19 år | 20–64 år | 65–79 år | 80 år och äldre"])
q("table_lookup", "antal elever på idre skola 2024?",
  "Idre skola F–9 hade 161 elever 2024.", [n(161, None)], [AX],
  ["Idre skola F–9 | 148 | 152 | 157 | 161", "Enhet | 2021 | 2022 | 2023 | 2024"])
q("table_lookup", "Vad var soliditeten i Vaxholm 2021 enligt årsredovisningen?",
  "Soliditeten var 49,1 procent 2021.", [n(49.1, "%")], [VA],
  ["Soliditet, % 49,8 50,6 49,1 47,0 45,3", "2019 2020 2021 2022 2023"])

# ---- calculation (9)
q("calculation", "hur mycket ökar socialnämndens budget i vaxholm från 2025 till 2027, i procent?",
  "Från 281,3 mnkr 2025 till 303,5 mnkr 2027, en ökning med 22,2 mnkr eller cirka 7,9 procent.",
  [n(22.2, "mnkr"), n(7.9, "%")], [VB], ["Socialnämnden 268,9 281,3 292,7 303,5 12,4 4,6 22 590", VB_DR_H])
q("calculation", "Hur stor andel av nämndernas totala ram i Älvdalen 2025 går till socialnämnden?",
  "231 780 tkr av 559 820 tkr, alltså cirka 41,4 procent.", [n(41.4, "%")], [AB],
  ["Socialnämnden (221 380) (220 600) (231 780) (238 900) (245 300)",
   "Summa nämnder (533 850) (541 380) (559 820) (574 610) (588 470)"])
q("calculation", "vad blir tekniska nämndens och BUNs investeringar i vaxholm tillsammans för hela perioden 2025-2027?",
  "Tekniska nämnden 105 800 tkr plus Barn- och utbildningsnämnden 151 600 tkr blir 257 400 tkr.",
  [n(257400, "tkr")], [VB],
  ["Summa tekniska nämnden 42 000 38 300 25 500 105 800",
   "Summa barn- och utbildningsnämnden 54 100 64 300 33 200 151 600"])
q("calculation", "hur mycket ökar skatteintäkterna i älvdalen mellan bokslut 2023 och budget 2025, i mnkr och procent?",
  "Från 318,2 mnkr till 342,9 mnkr, en ökning med 24,7 mnkr eller cirka 7,8 procent.",
  [n(24.7, "mnkr"), n(7.8, "%")], [AB], ["Skatteintäkter 318,2 327,6 342,9 353,4 364,1", AB_RB_H])
q("calculation", "hur stor var budgetavvikelsen för bun och socialnämnden sammanlagt i vaxholm 2023?",
  "-4,7 mnkr (Barn- och utbildningsnämnden) och -6,4 mnkr (Socialnämnden), sammanlagt -11,1 mnkr.",
  [n(-11.1, "mnkr")], [VA],
  ["Barn- och utbildningsnämnden 365,2 369,9 – 4,7", "Socialnämnden 255,0 261,4 – 6,4"])
q("calculation", "Hur mycket ökade Vaxholms kostnad per invånare för individ- och familjeomsorg från 2021 till 2023 i procent?",
  "Från 3 510 kr till 4 420 kr per invånare, en ökning med 910 kr eller cirka 25,9 procent.",
  [n(25.9, "%")], [VX],
  ["Individ- och familjeomsorg | 3510 | 3890 | 4420 | 4870", "Verksamhet | 2021 | 2022 | 2023 | Riket 2023"])
q("calculation", "vad är genomsnittligt antal elever på särna skola 2021-2024",
  "(64 + 61 + 58 + 55) / 4 = 59,5 elever i genomsnitt.", [n(59.5, None)], [AX],
  ["Särna skola F–6 | 64 | 61 | 58 | 55", "Enhet | 2021 | 2022 | 2023 | 2024"])
q("calculation", "hur stor del av socialnämndens budget 2024 hade älvdalen gjort av med efter augusti?",
  "Utfallet jan–aug var 154 870 tkr av en budget på 220 600 tkr, cirka 70,2 procent.", [n(70.2, "%")], [AD],
  ["Socialnämnden 220 600 154 870 230 050 -9 450", AD_H])
q("calculation", "Hur stor är skillnaden i kr per invånare mellan barn- och utbildningsnämnden och socialnämnden i Vaxholms budget 2025?",
  "31 710 kr mot 22 590 kr per invånare, en skillnad på 9 120 kr.", [n(9120, "kr")], [VB],
  ["Barn- och utbildningsnämnden 382,5 394,8 405,2 416,0 12,3 3,2 31 710",
   "Socialnämnden 268,9 281,3 292,7 303,5 12,4 4,6 22 590",
   "Budget Budget Plan Plan Förändring Förändring Kr per invånare"])

# ---- lookup (5)
q("lookup", "vem är kommunstyrelsens ordförande i vaxholm",
  "Malin Åkerlund (M) är kommunstyrelsens ordförande.", [], [VB],
  ["Malin Åkerlund (M) Kommunstyrelsens ordförande"])
q("lookup", "Vilka reserverade sig mot åtgärdsplanen i socialnämnden i Älvdalen?",
  "Inger Westberg (SD) och Mats Hansson (M) reserverade sig till förmån för Inger Westbergs yrkande.", [], [AP],
  ["Reservation: Inger Westberg (SD) och Mats Hansson (M) reserverar sig mot beslutet till förmån för Inger Westbergs yrkande."])
q("lookup", "när ska nya förskolan på rindö vara klar?",
  "Förskolan på Rindö beräknas stå klar hösten 2026 och får plats för 120 barn.", [], [VP],
  ["En ny förskola på Rindö med plats för 120 barn. Förskolan beräknas stå klar hösten 2026."])
q("lookup", "hur röstade fullmäktige i älvdalen om budgeten 2025",
  "Budgeten beslutades efter omröstning med 17 röster mot 14; SD och M reserverade sig mot skattehöjningen.",
  [n(17, None), n(14, None)], [AH],
  ["Beslutet fattades efter omröstning med 17 röster mot 14. Sverigedemokraterna och Moderaterna reserverade sig mot skattehöjningen."])
q("lookup", "vem köpte vaxholms fastighet ytterby 4:12?",
  "Skärgårdsbostäder AB, som lämnade högsta bud om 4 350 000 kronor.", [], [VD],
  ["Högsta bud lämnades av Skärgårdsbostäder AB om 4 350 000 kronor."])

# ---- text_amount (5)
q("text_amount", "hur mkt pengar lägger vaxholm på sommarlovsaktiviteter",
  "700 000 kronor till avgiftsfria sommarlovsaktiviteter för barn och unga.", [n(700000, "kr")], [VP],
  ["700 000 kronor till avgiftsfria sommarlovsaktiviteter för barn och unga."])
q("text_amount", "Hur mycket beräknas skattehöjningen i Älvdalen ge per år?",
  "Cirka 4,5 miljoner kronor per år i ökade skatteintäkter.", [n(4.5, "mnkr")], [AB],
  ["Höjningen beräknas ge cirka 4,5 miljoner kronor per år i ökade skatteintäkter."])
q("text_amount", "hur stort var underskottet för barn och utbildningsnämnden i vaxholm 2023",
  "Barn- och utbildningsnämndens underskott uppgick till 4,7 miljoner kronor.", [n(4.7, "mnkr")], [VA],
  ["Barn- och utbildningsnämndens underskott uppgick till 4,7 miljoner kronor."])
q("text_amount", "hur mycket har älvdalen investerat jan-aug 2024?",
  "Investeringarna uppgick till 18,3 miljoner kronor under januari–augusti 2024.", [n(18.3, "mnkr")], [AD],
  ["Investeringarna uppgick till 18,3 miljoner kronor under perioden januari–augusti."])
q("text_amount", "hur mycket ska tekniska nämnden i vaxholm effektivisera 2025",
  "Tekniska nämnden ska effektivisera med 1,4 miljoner kronor (av totalt 8,5 miljoner kronor).",
  [n(1.4, "mnkr")], [VB], ["Tekniska nämnden med 1,4 miljoner kronor"])

# ---- multi_doc (5)
q("multi_doc", "vilken av kommunerna har högst skattesats 2025, vaxholm eller älvdalen?",
  "Älvdalen har högst: 22,84 kronor mot Vaxholms 22,04 kronor, en skillnad på 0,80 kronor.",
  [n(22.84, "kr"), n(22.04, "kr")], [VH, AH],
  ["Skattesatsen i Vaxholms stad är 22,04 kronor för 2025.", "Skattesatsen höjs till 22,84 kronor."])
q("multi_doc", "Jämför årets resultat i budget 2025 för Vaxholm och Älvdalen. Vilken kommun budgeterar högst resultat?",
  "Vaxholm budgeterar 14,2 mnkr och Älvdalen 10,4 mnkr; Vaxholm har 3,8 mnkr högre resultat.",
  [n(14.2, "mnkr"), n(10.4, "mnkr"), n(3.8, "mnkr")], [VB, AB],
  ["Årets resultat 6,3 1,5 14,2 15,2 17,4", "Årets resultat 0,5 4,9 10,4 9,7 10,6"])
q("multi_doc", "stämmer socialnämndens underskott i älvdalens delårsrapport med nämndens protokoll, och hur mycket av det täcker åtgärdsplanen 2024?",
  "Ja, båda anger -9 450 tkr. Åtgärdsplanen ger 2 200 tkr 2024, så 7 250 tkr av underskottet återstår.",
  [n(9450, "tkr"), n(2200, "tkr"), n(7250, "tkr")], [AD, AP],
  ["Socialnämnden 220 600 154 870 230 050 -9 450",
   "Socialnämnden prognostiserar ett underskott på 9 450 tkr för 2024.", "Summa | 2 200 | 6 000"])
q("multi_doc", "hur mycket mer ville (S) ge socialnämnden i vaxholm 2025 än vad som står i den antagna budgeten?",
  "S föreslog 286,1 mnkr, budgeten ger 281,3 mnkr: 4,8 mnkr mer.", [n(4.8, "mnkr")], [VD, VB],
  ["Socialnämnden | 281,3 | 286,1 | 4,8", "Socialnämnden 268,9 281,3 292,7 303,5 12,4 4,6 22 590"])
q("multi_doc", "Vilken kommun investerar mest 2025, Vaxholm eller Älvdalen, och hur stor är skillnaden?",
  "Vaxholm: 116 400 tkr (116,4 mnkr); Älvdalen: 64,2 mnkr. Vaxholm investerar 52,2 mnkr mer.",
  [n(116.4, "mnkr"), n(64.2, "mnkr"), n(52.2, "mnkr")], [VB, AB],
  ["Totalt investeringar 116 400 116 900 63 500 296 800", "Totalt 64,2 26,3 13,5 104,0"])

# ---- claim (5)
q("claim", "Stämmer det att Vaxholm får låna högst 110 miljoner kronor under 2025?",
  "Ja. Kommunstyrelsen föreslog att få nyupplåna högst 110 miljoner kronor under 2025.", [n(110, "mnkr")], [VD],
  ["ge kommunstyrelsen rätt att under 2025 nyupplåna högst 110 miljoner kronor"], verdict="supported")
q("claim", "Älvdalen höjer skatten med 50 öre nästa år, eller hur?",
  "Nej. Skatten höjs med 30 öre, från 22,54 till 22,84 kronor.", [n(22.54, "kr"), n(22.84, "kr")], [AT],
  ["Den kommunala skattesatsen höjs från 22,54 till 22,84 kronor per hundralapp."], verdict="contradicted")
q("claim", "jag har hört att vaxholm gick med underskott 2023?",
  "Nej. Vaxholm redovisade ett positivt resultat på 6,3 miljoner kronor 2023 (18,7 miljoner 2022).",
  [n(6.3, "mnkr")], [VA],
  ["positivt resultat på 6,3 miljoner kronor, jämfört med 18,7 miljoner kronor året innan"], verdict="contradicted")
q("claim", "Älvdalen ska bygga en ny simhall i Idre för 40 miljoner kronor?",
  "Det finns inget om en simhall i Idre i dokumenten.", [], [], [], refused=True, verdict="not_found")
q("claim", "Socialnämnden i Älvdalen vill höja timtaxan för hemtjänst till 435 kronor från 2025. Stämmer det?",
  "Ja, timtaxan föreslås höjas från 410 till 435 kronor per timme från 1 januari 2025.", [n(435, "kr")], [AP],
  ["timtaxan för hemtjänst höjs från 410 kronor till 435 kronor per timme"], verdict="supported")

# ---- unanswerable (5)
q("unanswerable", "vad är vaxholms budgeterade resultat för 2028?",
  "Budgeten sträcker sig bara till plan 2027; 2028 finns inte.", [], [], [], refused=True)
q("unanswerable", "Hur mycket får kultur- och fritidsnämnden i Älvdalen 2025?",
  "Älvdalen har ingen kultur- och fritidsnämnd i budgeten; ingen sådan ram anges.", [], [], [], refused=True)
q("unanswerable", "hur många elever går på rots skola i älvdalen 2024",
  "Rots skola finns inte med i statistiken.", [], [], [], refused=True)
q("unanswerable", "Hur mycket av socialnämndens budget i Vaxholm 2025 går till hemtjänsten?",
  "Budgeten anger bara socialnämndens totala ram, inte fördelningen på hemtjänst.", [], [], [], refused=True)
q("unanswerable", "vad var soliditeten i vaxholm 2018?",
  "Femårsöversikten börjar 2019; 2018 anges inte.", [], [], [], refused=True)

# ---- multi_part (4)
q("multi_part", "vad är skattesatsen i vaxholm 2025 och hur stort blir resultatet?",
  "Skattesatsen är oförändrad 22,04 kronor och resultatet budgeteras till 14,2 mnkr.",
  [n(22.04, "kr"), n(14.2, "mnkr")], [VB],
  ["Vi lämnar skattesatsen oförändrad på 22,04 kronor", "Årets resultat 6,3 1,5 14,2 15,2 17,4"])
q("multi_part", "Hur stort är sparbetinget i Älvdalen och hur mycket av det ska socialnämnden stå för?",
  "Sparbetinget är 12,6 miljoner kronor, varav Socialnämnden 6,0 miljoner kronor.",
  [n(12.6, "mnkr"), n(6.0, "mnkr")], [AB],
  ["sparbeting om sammanlagt 12,6 miljoner kronor", "Socialnämnden ska minska kostnaderna med 6,0 miljoner kronor"])
q("multi_part", "hur många platser i särskilt boende har älvdalen 2024, och hur många hemtjänsttimmar blir det?",
  "88 platser i särskilt boende och 126 010 utförda hemtjänsttimmar (prognos för 2024).",
  [n(88, None), n(126010, None)], [AX],
  ["2024 | 88 | 279 | 126010 | 1049 | 9,2",
   "År | Platser i särskilt boende | Personer med hemtjänst | Utförda hemtjänsttimmar"])
q("multi_part", "vad beslutade ks i vaxholm om budgeten, hur röstade de och vem reserverade sig?",
  "KS föreslog fullmäktige att fastställa majoritetens Mål och budget 2025–2027 med skattesats 22,04 kronor, "
  "efter omröstning 5–2. Karin Sjöberg (S) och Peter Bergvall (V) reserverade sig.",
  [n(5, None), n(2, None)], [VD],
  ["Med 5 ja-röster mot 2 nej-röster beslutar kommunstyrelsen enligt majoritetens förslag.",
   "Reservation: Karin Sjöberg (S) och Peter Bergvall (V) reserverar sig mot beslutet"])

# ---- followup (4)
q("followup", "och 2027 då?", "I plan 2027 får Socialnämnden 303,5 mnkr.", [n(303.5, "mnkr")], [VB],
  ["Socialnämnden 268,9 281,3 292,7 303,5 12,4 4,6 22 590", VB_DR_H],
  history=["vad har vaxholm budgeterat för socialnämnden 2025?"])
q("followup", "och hur många var det i juni 2024?", "Den 30 juni 2024 hade Älvdalen 6 912 invånare.",
  [n(6912, None)], [AD], ["Antalet invånare var 6 912 den 30 juni 2024."],
  history=["hur många invånare hade älvdalen 31 dec 2023?"])
q("followup", "hur många barn får plats där?", "Den nya förskolan i Idre ger plats för 60 barn.", [n(60, None)], [AB],
  ["Den nya förskolan i Idre ersätter två tillfälliga paviljonger och ger plats för 60 barn."],
  history=["vad kostar den nya förskolan i idre?"])
q("followup", "och hur mycket ökar den jämfört med 2024 i procent?",
  "Från 21,8 till 22,4 mnkr, en ökning med 2,8 procent.", [n(2.8, "%")], [VB],
  ["Kultur- och fritidsnämnden 21,8 22,4 23,0 23,6 0,6 2,8 1 800", VB_DR_H],
  history=["vad är vaxholms budget för kultur- och fritidsnämnden 2025?", "hur mycket är det per invånare?"])

# ---- english (4)
q("english", "What is Vaxholm's total investment budget for 2025–2027?",
  "296.8 million kronor (296 800 tkr) in total for 2025–2027.", [n(296800, "tkr")], [VB],
  ["Totalt investeringar 116 400 116 900 63 500 296 800", VB_IN_H], lang="en")
q("english", "According to the news page, how much does Kommunstyrelsen in Älvdalen get in 2025 compared with 2024?",
  "118 650 tkr in 2025 compared with 115 300 tkr in 2024, an increase of 3 350 tkr.",
  [n(118650, "tkr"), n(115300, "tkr"), n(3350, "tkr")], [AH], ["Kommunstyrelsen | 115 300 | 118 650 | 3 350"],
  lang="en")
q("english", "What was the sick leave rate among Vaxholm's employees in 2023?",
  "Sick leave fell to 6.1 percent of ordinary working hours in 2023, from 6.8 percent in 2022.", [n(6.1, "%")],
  [VA], ["Sjukfrånvaron minskade till 6,1 procent av den ordinarie arbetstiden, från 6,8 procent 2022."],
  lang="en")
q("english", "What full-year result does Älvdalen forecast for 2024 in the delårsrapport?",
  "A result of -3.8 million kronor, 8.7 million kronor worse than the budgeted 4.9 million kronor.",
  [n(-3.8, "mnkr")], [AD],
  ["Prognosen för helåret 2024 är ett resultat på -3,8 miljoner kronor"], lang="en")

if __name__ == "__main__":
    out = os.path.join(ROOT, "evals", "sets", "dev", "muni_dev23a.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for i, item in enumerate(Q, 1):
            rec = {"id": f"md23a-{i:03d}", "corpus": C}
            rec.update(item)
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(out, len(Q))
