"""Write the mb32 question set (gold taken from the generated corpus)."""
import json

C = "evals/corpora/blind-muni32"
E, S = C + "/eda/", C + "/svenljunga/"
EB, EA, EH = E + "mal-och-budget-2025-2027.pdf", E + "arsredovisning-2024.pdf", E + "sa-anvands-din-skatt.html"
ED, EX, EP = E + "protokoll-ks-2025-03-11.docx", E + "verksamhetsstatistik-2020-2024.xlsx", E + "pressmeddelande-gang-och-cykelvag-amotfors.md"
SB, SD, SH = S + "budget-2025-plan-2026-2027.pdf", S + "delarsrapport-augusti-2024.pdf", S + "nyhet-budget-2025.html"
SP, SX, ST = S + "protokoll-omsorgsnamnden-2025-02-19.docx", S + "befolkning-och-ekonomi.xlsx", S + "pressmeddelande-lss-boende-sexdrega.txt"

EB_HEAD = "Belopp i mnkr 2023 2024 2025 2026 2027"
SB_HEAD = "Mnkr Not 2023 2024 2025 2026 2027"
SDRIFT_HEAD = "2024 2025 2026 2027 2024–2025"
EX_HEAD2 = "Verksamhet | Utfall 2022 | Utfall 2023 | Utfall 2024"
EX_HEAD1 = "År | Folkmängd | Barn i förskola | Elever grundskola F–9 | Brukare hemtjänst | Platser särskilt boende | Nettokostnad per invånare (kr)"
SX_HEAD = "År | Folkmängd 31 dec | Födda | Döda | Inflyttade | Utflyttade"


def n(v, u):
    return {"value": v, "unit": u}


Q = []


def q(cat, question, answer, numbers=(), docs=(), quotes=(), lang="sv", history=(), refused=False, verdict=None):
    Q.append({"category": cat, "language": lang, "question": question, "history": list(history),
              "gold": {"answer": answer, "numbers": list(numbers), "docs": list(docs), "quotes": list(quotes),
                       "refused": refused, "verdict": verdict}})


# ---------------- table_lookup (9)
q("table_lookup", "vad är årets resultat i edas budget för 2026?",
  "Enligt resultatbudgeten i Eda kommuns Mål och budget är årets resultat 16,4 mnkr för plan 2026.",
  [n(16.4, "mnkr")], [EB], ["Årets resultat 20,3 16,9 14,5 16,4 18,6", EB_HEAD])
q("table_lookup", "hur mkt pengar får socialnämden i eda 2025",
  "Socialnämnden i Eda har en budget (nettokostnad) på 270,9 mnkr för 2025.",
  [n(270.9, "mnkr")], [EB], ["Socialnämnden 251,7 258,3 270,9 279,4 287,1 +12,6 32 173", EB_HEAD])
q("table_lookup", "Vad är Utbildningsnämndens kommunbidrag i Svenljunga för plan 2027?",
  "326 400 tkr (plan 2027) enligt driftbudgeten.",
  [n(326400, "tkr")], [SB], ["Utbildningsnämnden 301 200 311 760 318 900 326 400 3,5", SDRIFT_HEAD])
q("table_lookup", "svenljunga kassaflödesbudget: hur mycket likvida medel vid årets slut 2027?",
  "Likvida medel vid årets slut 2027 beräknas till 137,5 mnkr.",
  [n(137.5, "mnkr")], [SB], ["Likvida medel vid årets slut 65,5 95,8 137,5",
                             "Belopp i miljoner kronor Budget 2025 Plan 2026 Plan 2027"])
q("table_lookup", "vad var soliditeten i eda kommun 2022",
  "Soliditeten var 42,5 procent 2022 (årsredovisningen, fem år i sammandrag).",
  [n(42.5, "%")], [EA], ["Soliditet, % 41,2 42,8 42,5 41,9 40,6", "2020 2021 2022 2023 2024"])
q("table_lookup", "hur många kronor av en hundralapp i skatt går till äldreomsorgen i Eda?",
  "21 kronor av varje 100 kronor går till äldreomsorg (budget 2025).",
  [n(21, "kr")], [EH], ["Äldreomsorg | 21"])
q("table_lookup", "hur mycket ska stängningen av korttidsplatserna på solbacken spara 2026 i svenljunga",
  "Stängningen av fyra korttidsplatser på Solbacken beräknas ge 3 300 tkr 2026.",
  [n(3300, "tkr")], [SP], ["Stängning av fyra korttidsplatser på Solbacken | 1 650 | 3 300",
                          "Åtgärd | Effekt 2025 (tkr) | Effekt 2026 (tkr)"])
q("table_lookup", "hur många barn föddes i svenljunga 2021?",
  "111 barn föddes i Svenljunga 2021.",
  [n(111, "st")], [SX], ["2021 | 10842 | 111 | 122 | 655 | 590", SX_HEAD])
q("table_lookup", "Vad var nettokostnaden för äldreomsorgen i Eda 2024 enligt verksamhetsstatistiken?",
  "152 300 tkr (utfall 2024).",
  [n(152300, "tkr")], [EX], ["Äldreomsorg | 138250 | 144700 | 152300", EX_HEAD2])

# ---------------- calculation (9)
q("calculation", "Hur stor andel av Edas investeringsbudget 2025 går till den nya förskolan i Charlottenberg?",
  "18 500 tkr av totalt 59 200 tkr, dvs. cirka 31,3 procent.",
  [n(31.3, "%")], [EB], ["Ny förskola Charlottenberg BUN 18 500 24 000 6 000 48 500",
                        "Summa investeringar 59 200 53 600 23 600 136 400"])
q("calculation", "hur mycket ökar skatteintäkterna i svenljunga mellan budget 2024 och budget 2025 i procent?",
  "Från 608,3 till 641,9 mnkr, en ökning med 33,6 mnkr eller cirka 5,5 procent.",
  [n(5.5, "%")], [SB], ["Skatteintäkter 4 582,6 608,3 641,9 662,4 683,0", SB_HEAD])
q("calculation", "Hur stor del av nämndernas samlade underskott i Svenljungas delårsprognos 2024 står Omsorgsnämnden för?",
  "Omsorgsnämnden står för 10 800 tkr av nämndernas totala underskott på 13 895 tkr, dvs. cirka 77,7 procent.",
  [n(77.7, "%")], [SD], ["Omsorgsnämnden 264 600 275 400 (10 800)", "Summa nämnder 827 620 841 515 (13 895)"])
q("calculation", "hur mycket ökade edas nettoinvesteringar från 2020 till 2023?",
  "Från 38,4 mnkr 2020 till 61,3 mnkr 2023, en ökning med 22,9 mnkr.",
  [n(22.9, "mnkr")], [EA], ["Nettoinvesteringar, mnkr 38,4 45,1 52,7 61,3 57,9", "2020 2021 2022 2023 2024"])
q("calculation", "vad var det genomsnittliga antalet barn i förskolan i eda under åren 2020-2024?",
  "(398 + 402 + 417 + 431 + 446) / 5 = 418,8 barn i genomsnitt.",
  [n(418.8, "st")], [EX], ["2020 | 8577 | 398 | 912 | 241 | 96 | 74210", "2021 | 8528 | 402 | 905 | 248 | 96 | 76480",
                          "2022 | 8473 | 417 | 898 | 252 | 92 | 79115", "2023 | 8402 | 431 | 887 | 266 | 92 | 80390",
                          "2024 | 8391 | 446 | 879 | 271 | 92 | 84510", EX_HEAD1])
q("calculation", "Hur mycket har skatteintäkter och generella statsbidrag tillsammans ökat i Svenljunga från utfall 2021 till budget 2025?",
  "Från 753,6 mnkr till 917,3 mnkr, en ökning med 163,7 mnkr.",
  [n(163.7, "mnkr")], [SX], ["Summa | 753,6 | 793,9 | 838,7 | 876,5 | 917,3",
                            "Post | Utfall 2021 | Utfall 2022 | Utfall 2023 | Budget 2024 | Budget 2025"])
q("calculation", "svenljunga omsorgsnämnden åtgärdsplan: hur mkt mer ger den 2026 än 2025?",
  "Åtgärdsplanen ger 10 600 tkr 2026 mot 6 950 tkr 2025, dvs. 3 650 tkr mer.",
  [n(3650, "tkr")], [SP], ["Summa | 6 950 | 10 600", "Åtgärd | Effekt 2025 (tkr) | Effekt 2026 (tkr)"])
q("calculation", "vad är skillnaden mellan bun och socialnämnden i edas plan för 2027?",
  "Barn- och utbildningsnämnden har 293,0 mnkr och socialnämnden 287,1 mnkr 2027; skillnaden är 5,9 mnkr.",
  [n(5.9, "mnkr")], [EB], ["Barn- och utbildningsnämnden 262,1 270,5 279,8 286,2 293,0 +9,3 33 230",
                          "Socialnämnden 251,7 258,3 270,9 279,4 287,1 +12,6 32 173", EB_HEAD])
q("calculation", "Hur stor andel av Svenljungas investeringar 2025–2027 går till nya vattenledningen Överlida–Svenljunga?",
  "36,0 mnkr av totalt 118,8 mnkr, dvs. cirka 30,3 procent.",
  [n(30.3, "%")], [SB], ["Ny vattenledning Överlida–Svenljunga 12,0 18,0 6,0 36,0", "Summa investeringar 57,4 41,4 20,0 118,8"])

# ---------------- lookup (5)
q("lookup", "vem är kommunstyrelsens ordförande i eda kommun?",
  "Linnéa Berg (C) är kommunstyrelsens ordförande i Eda.",
  [], [EB], ["Linnéa Berg (C)", "Kommunstyrelsens ordförande"])
q("lookup", "vem reserverade sig mot att flytta pengar till konstgräsplanen på ks mötet i eda i mars?",
  "Ola Ek (SD) reserverade sig mot beslutet (§ 43) till förmån för eget yrkande.",
  [], [ED], ["Reservation: Ola Ek (SD) reserverar sig mot beslutet till förmån för eget yrkande."])
q("lookup", "när ska nya lss boendet i sexdrega vara klart?",
  "Det beräknas vara klart för inflyttning i januari 2026.",
  [], [ST], ["beräknas vara klart för inflyttning i januari 2026"])
q("lookup", "Vilka partier styr Svenljunga kommun?",
  "Moderaterna, Kristdemokraterna, Centerpartiet och Liberalerna (mandatperioden 2023–2026).",
  [], [SB], ["av Moderaterna, Kristdemokraterna, Centerpartiet och Liberalerna"])
q("lookup", "vilket företag bygger gång o cykelvägen i åmotfors?",
  "Arbetet utförs av Värmlands Mark & Väg AB.",
  [], [EP], ["Arbetet utförs av Värmlands Mark & Väg AB"])

# ---------------- text_amount (5)
q("text_amount", "hur mycket ska kultur och fritid i eda spara nästa år (2025)?",
  "Kultur- och fritidsnämnden ska spara 850 000 kronor 2025.",
  [n(850000, "kr")], [EB], ["Nämnden ska spara 850 000 kronor 2025"])
q("text_amount", "Hur stora effektiviseringar ska nämnderna i Svenljunga göra 2025?",
  "Nämnderna genomför effektiviseringar på 4,7 miljoner kronor.",
  [n(4.7, "mnkr")], [SB], ["Samtidigt genomför nämnderna effektiviseringar på 4,7 miljoner kronor."])
q("text_amount", "vad kostade inhyrd personal inom socialnämnden i eda 2024",
  "3,6 miljoner kronor.",
  [n(3.6, "mnkr")], [EA], ["Kostnaden för inhyrd personal inom socialnämnden uppgick till 3,6 miljoner kronor."])
q("text_amount", "vad skulle gratis bussresor för pensionärer kosta eda kommun per år enligt motionen?",
  "Cirka 420 000 kronor per år.",
  [n(420000, "kr")], [ED], ["Kostnaden har beräknats till cirka 420 000 kronor per år."])
q("text_amount", "vad blir den årliga driftkostnaden för nya LSS-boendet i Sexdrega?",
  "Cirka 6,2 miljoner kronor per år.",
  [n(6.2, "mnkr")], [ST], ["en årlig driftkostnad på cirka 6,2 miljoner kronor"])

# ---------------- claim (5)
q("claim", "Stämmer det att Svenljunga höjer skatten med 30 öre till 22,44 kronor?",
  "Ja. Skattesatsen höjs från 22,14 till 22,44 kronor från 2025.",
  [n(22.44, "kr")], [SH], ["Skattesatsen höjs från 22,14 till 22,44 kronor."], verdict="supported")
q("claim", "Eda kommuns resultat för 2024 landade på 16,9 miljoner, eller hur?",
  "Nej. Årets resultat 2024 blev 11,8 miljoner kronor; 16,9 miljoner var det budgeterade resultatet.",
  [n(11.8, "mnkr")], [EA], ["Årets resultat blev 11,8 miljoner kronor"], verdict="contradicted")
q("claim", "Jag har hört att omsorgsnämnden i Svenljunga prognostiserade ett underskott på 13,9 miljoner i delårsrapporten 2024.",
  "Nej. Omsorgsnämnden prognostiserade ett underskott på 10 800 tkr (10,8 mnkr); 13,9 miljoner är nämndernas samlade underskott.",
  [n(10800, "tkr")], [SD], ["Omsorgsnämnden 264 600 275 400 (10 800)"], verdict="contradicted")
q("claim", "Eda kommun ska bygga en ny simhall i Charlottenberg för 40 miljoner?",
  "Det finns inget om en ny simhall i Charlottenberg i Eda kommuns dokument.",
  [], [], [], refused=True, verdict="not_found")
q("claim", "Trafikverket bidrar med 3,5 miljoner till cykelvägen i Åmotfors – stämmer det?",
  "Ja. Av projektets 12 miljoner kronor bidrar Trafikverket med 3,5 miljoner kronor.",
  [n(3.5, "mnkr")], [EP], ["varav Trafikverket bidrar med 3,5 miljoner kronor"], verdict="supported")

# ---------------- unanswerable (5)
q("unanswerable", "vad är edas budgeterade resultat för 2028?",
  "Budgeten sträcker sig bara till plan 2027; något resultat för 2028 anges inte.", refused=True)
q("unanswerable", "Hur mycket får valnämnden i Eda 2026?",
  "Edas driftbudget redovisar ingen valnämnd, så det framgår inte.", refused=True)
q("unanswerable", "hur hög var sjukfrånvaron bland männen i svenljunga kommun 2023?",
  "Dokumenten anger bara den totala sjukfrånvaron, inte uppdelat på kön.", refused=True)
q("unanswerable", "hur många elever går på mjöbäcks skola?",
  "Antalet elever på Mjöbäcks skola anges inte i dokumenten.", refused=True)
q("unanswerable", "Hur mycket kostar den nya konstgräsplanen i Svenljunga?",
  "Svenljungas dokument nämner ingen konstgräsplan.", refused=True)

# ---------------- multi_part (4)
q("multi_part", "vem är ordförande i omsorgsnämnden i svenljunga och hur mycket beräknas åtgärdsplanen ge 2025?",
  "Maria Svensson (KD) är ordförande; åtgärdsplanen beräknas ge 6 950 tkr 2025.",
  [n(6950, "tkr")], [SP], ["Maria Svensson (KD), ordförande", "Summa | 6 950 | 10 600"])
q("multi_part", "Vad är skattesatsen i Eda 2025, och vad budgeteras årets resultat till?",
  "Skattesatsen är oförändrad 22,71 kronor och årets resultat budgeteras till 14,5 miljoner kronor.",
  [n(22.71, "kr"), n(14.5, "mnkr")], [EB], ["oförändrad på 22,71 kronor per skattekrona", "budgeteras till 14,5 miljoner kronor"])
q("multi_part", "när publicerades svenljungas nyhet om budget 2025 och hur många röster fick majoritetens förslag?",
  "Nyheten publicerades 2024-11-27. Majoritetens förslag vann med 19 röster mot 16.",
  [n(19, "st"), n(16, "st")], [SH], ["Publicerad 2024-11-27", "Majoritetens förslag vann med 19 röster mot 16."])
q("multi_part", "hur lång blir nya cykelvägen i åmotfors, vad kostar den och när ska den vara klar?",
  "Sträckan är 1,8 kilometer, projektet kostar totalt 12 miljoner kronor och beräknas vara klart i oktober 2026.",
  [n(12, "mnkr")], [EP], ["Sträckan är 1,8 kilometer lång", "Projektet kostar totalt 12 miljoner kronor",
                        "beräknas vara klart i oktober 2026"])

# ---------------- multi_doc (5)
q("multi_doc", "vilken av kommunerna har högst kommunalskatt 2025, eda eller svenljunga?",
  "Eda: 22,71 kronor mot Svenljungas 22,44 kronor, så Eda har högst skattesats.",
  [n(22.71, "kr"), n(22.44, "kr")], [EH, SH],
  ["Den kommunala skattesatsen i Eda är 22,71 kronor per hundralapp 2025.", "Skattesatsen höjs från 22,14 till 22,44 kronor."])
q("multi_doc", "Vilken kommun budgeterar det högsta resultatet för 2025 – Eda eller Svenljunga?",
  "Eda budgeterar 14,5 mnkr och Svenljunga 13,9 mnkr, så Eda har det högsta budgeterade resultatet.",
  [n(14.5, "mnkr"), n(13.9, "mnkr")], [EB, SB],
  ["Årets resultat 20,3 16,9 14,5 16,4 18,6", "Årets resultat 19,0 13,4 13,9 14,3 17,7"])
q("multi_doc", "I Edas budget fick konstgräsplanen i Charlottenberg 4,2 miljoner 2025. Vad blev budgeten efter kommunstyrelsens beslut i mars?",
  "Kommunstyrelsen föreslog att 1 100 tkr flyttas dit, så den nya budgeten för 2025 blir 5 300 tkr.",
  [n(5300, "tkr")], [EB, ED],
  ["Konstgräsplan Charlottenberg KFN 4 200 0 0 4 200", "Konstgräsplan Charlottenberg | 4 200 | +1 100 | 5 300"])
q("multi_doc", "Hur mycket högre är Omsorgsnämndens kommunbidrag 2025 i Svenljunga än nämndens helårsprognos för 2024 i delårsrapporten?",
  "Kommunbidraget 2025 är 278 450 tkr och prognosen för 2024 var 275 400 tkr; skillnaden är 3 050 tkr.",
  [n(3050, "tkr")], [SB, SD],
  ["Omsorgsnämnden 264 600 278 450 286 800 294 200 5,2", "Omsorgsnämnden 264 600 275 400 (10 800)"])
q("multi_doc", "vilken kommun hade flest invånare i slutet av 2024, eda eller svenljunga, och hur stor är skillnaden?",
  "Svenljunga hade 10 794 invånare och Eda 8 391 den 31 december 2024; Svenljunga hade 2 403 fler.",
  [n(10794, "st"), n(8391, "st"), n(2403, "st")], [EX, SX],
  ["2024 | 8391 | 446 | 879 | 271 | 92 | 84510", "2024 | 10794 | 94 | 124 | 611 | 599"])

# ---------------- followup (4)
q("followup", "och 2027 då?",
  "Kommunstyrelsens kommunbidrag i Svenljunga är 122 100 tkr i plan 2027.",
  [n(122100, "tkr")], [SB], ["Kommunstyrelsen 112 450 116 820 119 300 122 100 3,9", SDRIFT_HEAD],
  history=["vad är kommunbidraget för kommunstyrelsen i svenljunga 2025?"])
q("followup", "hur mycket av det är va-saneringen i koppom?",
  "VA-sanering Koppom har 9 000 tkr i budget 2025 (av totalt 59 200 tkr).",
  [n(9000, "tkr")], [EB], ["VA-sanering Koppom TN 9 000 12 000 8 000 29 000"],
  history=["Hur mycket investerar Eda kommun totalt 2025?"])
q("followup", "hur mycket har det ökat sen 2020 i procent?",
  "Från 241 brukare 2020 till 271 brukare 2024, en ökning med cirka 12,4 procent.",
  [n(12.4, "%")], [EX], ["2020 | 8577 | 398 | 912 | 241 | 96 | 74210", "2024 | 8391 | 446 | 879 | 271 | 92 | 84510", EX_HEAD1],
  history=["hur många brukare hade hemtjänsten i eda 2024?"])
q("followup", "och vad är prognosen för hela året?",
  "Prognosen för helåret 2024 är ett resultat på 7,0 miljoner kronor (6,4 miljoner sämre än budget).",
  [n(7.0, "mnkr")], [SD], ["ett resultat på 7,0 miljoner kronor"],
  history=["Vad blev Svenljungas resultat för januari–augusti 2024?"])

# ---------------- english (4)
q("english", "What are Eda's budgeted tax revenues (skatteintäkter) for 2025?",
  "526.3 million kronor (mnkr) in budget 2025.",
  [n(526.3, "mnkr")], [EB], ["Skatteintäkter 489,7 508,1 526,3 543,0 560,2", EB_HEAD], lang="en")
q("english", "Who is the chair of the kommunstyrelsen in Svenljunga?",
  "Johan Hallberg (M) is the chair of the municipal executive board (kommunstyrelsens ordförande).",
  [], [SB], ["Johan Hallberg (M)"], lang="en")
q("english", "How much new borrowing (nyupptagna lån) does Svenljunga's kassaflödesbudget plan for 2025?",
  "20.0 million kronor in 2025.",
  [n(20.0, "mnkr")], [SB], ["Nyupptagna lån 20,0 15,0 0,0", "Belopp i miljoner kronor Budget 2025 Plan 2026 Plan 2027"], lang="en")
q("english", "In Eda's årsredovisning 2024, what was Socialnämnden's budget deviation in 2024, and how does it compare with 2023?",
  "Socialnämnden had a deficit of 9.6 mnkr in 2024, slightly smaller than the 9.8 mnkr deficit in 2023.",
  [n(-9.6, "mnkr"), n(-9.8, "mnkr")], [EA], ["Socialnämnden – 9,6 – 9,8", "Belopp i mnkr 2024 2023"], lang="en")

assert len(Q) == 55, len(Q)
with open("/work/main/evals/sets/dev/muni_blind32.jsonl", "w", encoding="utf-8") as f:
    for i, x in enumerate(Q, 1):
        row = {"id": f"mb32-{i:03d}", "corpus": C}
        row.update(x)
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print("wrote", len(Q))
