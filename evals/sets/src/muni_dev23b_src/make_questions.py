"""Writes evals/sets/dev/muni_dev23b.jsonl (question set over evals/corpora/dev-muni23b)."""
import json
import os

C = "evals/corpora/dev-muni23b"
OB = f"{C}/oskarshamn/mal-och-budget-2025-2027.pdf"
OA = f"{C}/oskarshamn/arsredovisning-2023.pdf"
OH = f"{C}/oskarshamn/sa-anvands-din-skatt.html"
OD = f"{C}/oskarshamn/protokoll-kommunstyrelsen-2024-11-12.docx"
OX = f"{C}/oskarshamn/nyckeltal-2018-2023.xlsx"
OP = f"{C}/oskarshamn/pressmeddelande-budget-2025.md"
MB = f"{C}/munkedal/budget-och-plan-2025-2027.pdf"
MD = f"{C}/munkedal/delarsrapport-jan-aug-2024.pdf"
MH = f"{C}/munkedal/finansiell-information.html"
MP = f"{C}/munkedal/protokoll-ks-2024-10-30.docx"
MX = f"{C}/munkedal/driftbudget-per-verksamhet-2025.xlsx"
MT = f"{C}/munkedal/nyhet-bokslut-2023.txt"

OB_RB_HEAD = "Belopp i mnkr Not Utfall Prognos Budget Plan Plan"
OB_INV_HEAD = "Projekt Nämnd Budget Plan Plan Totalt"
OB_DRIFT_HEAD = "Nämnd Budget 2024 Budget 2025 Förändring Förändring % Kr per invånare"
MB_RB_HEAD = "Tkr Bokslut Budget Budget Plan Plan"
MD_DRIFT_HEAD = "Nettokostnad, mnkr Budget helår 2024 Utfall jan–aug 2024 Prognos helår 2024 Budgetavvikelse"
OD_HEAD = "Nämnd | Ram 2024 | Löne- och prisuppräkning | Volymförändring | Effektivisering | Ram 2025"
MX_HEAD = "Verksamhet | Budget 2024 | Budget 2025 | Förändring | Förändring %"
OX_HEAD = ("År | Invånare 31 dec | Skattesats (kr) | Årets resultat (mnkr) | Nettoinvesteringar (mnkr) | "
           "Soliditet inkl. pensionsåtaganden (%) | Låneskuld (mnkr) | Sjukfrånvaro (%)")
OA_FEM_HEAD = "Kommunen 2019 2020 2021 2022 2023"


def n(v, u):
    return {"value": v, "unit": u or "st"}  # a count: the eval loader names it "st"


Q = []


def add(cat, question, answer, numbers=(), docs=(), quotes=(), refused=False, verdict=None, history=(), lang="sv"):
    Q.append({"category": cat, "language": "en" if cat == "english" else lang, "question": question,
              "history": list(history),
              "gold": {"answer": answer, "numbers": list(numbers), "docs": list(docs), "quotes": list(quotes),
                       "refused": refused, "verdict": verdict}})


# ---------------- table_lookup (9) ----------------
add("table_lookup", "vad är skatteintäkterna i oskarshamns budget för 2026?",
    "I planen för 2026 är skatteintäkterna 1 776,2 mnkr.", [n(1776.2, "mnkr")], [OB],
    ["Skatteintäkter 4 1 588,4 1 652,1 1 718,6 1 776,2 1 839,5", OB_RB_HEAD])
add("table_lookup", "hur mkt ska simhallen i oskarshamn kosta 2026 enligt investeringsbudgeten",
    "Simhallen, ombyggnad och upprustning har 48,0 mnkr i plan för 2026.", [n(48.0, "mnkr")], [OB],
    ["Simhallen, ombyggnad och upprustning KFN 35,0 48,0 20,0 103,0", OB_INV_HEAD])
add("table_lookup", "Vilka finansiella kostnader räknar Munkedal med i planen för 2027?",
    "De finansiella kostnaderna är 12 700 tkr (– 12 700) i plan 2027.", [n(12700, "tkr")], [MB],
    ["Finansiella kostnader – 6 800 – 8 900 – 10 400 – 11 600 – 12 700", MB_RB_HEAD])
add("table_lookup", "vad är helårsprognosen för barn och utbildningsnämnden i munkedals delårsrapport 2024",
    "Prognosen för helåret 2024 är en nettokostnad på 315,6 mnkr (budget 312,4 mnkr, avvikelse -3,2 mnkr).",
    [n(315.6, "mnkr")], [MD], ["Barn- och utbildningsnämnden 312,4 214,6 315,6 -3,2", MD_DRIFT_HEAD])
add("table_lookup", "hur många kronor av varje hundralapp i skatt går till äldreomsorgen i oskarshamn?",
    "21,30 kronor av 100 går till äldreomsorg.", [n(21.30, "kr")], [OH],
    ["Äldreomsorg | 21,30", "Verksamhet | Kronor av 100"])
add("table_lookup", "nettokostnad per invånare i munkedal budget 2025?",
    "Nettokostnaden per invånare är 75 894 kronor i budget 2025.", [n(75894, "kr")], [MH],
    ["Nettokostnad per invånare (kr) | 73 847 | 75 894", "Nyckeltal | Budget 2024 | Budget 2025"])
add("table_lookup", "hur stor volymförändring fick socialnämnden i oskarshamn i ramjusteringarna för 2025 (ks protokollet)",
    "Socialnämnden fick en volymförändring på 8 000 tkr.", [n(8000, "tkr")], [OD],
    ["Socialnämnden | 248 900 | 9 800 | 8 000 | -4 300 | 262 400", OD_HEAD])
add("table_lookup", "Vad är budgeten för gymnasieskolan i Munkedal 2025?",
    "Gymnasieskolan har 49 700 tkr i budget 2025 (48 300 tkr 2024).", [n(49700, "tkr")], [MX],
    ["Gymnasieskola | 48300 | 49700 | 1400 | 2,9", MX_HEAD])
add("table_lookup", "sjukfrånvaron i oskarshamns kommun 2020?",
    "Sjukfrånvaron var 7,8 procent 2020.", [n(7.8, "%")], [OX],
    ["2020 | 27105 | 22,11 | 61,7 | 205,9 | 25,6 | 860 | 7,8", OX_HEAD])

# ---------------- calculation (9) ----------------
add("calculation", "hur stor andel av nämndernas totala budget 2025 går till barn- och utbildningsnämnden i oskarshamn?",
    "871 300 tkr av 2 175 370 tkr, alltså cirka 40,1 procent.", [n(40.1, "%")], [OB],
    ["Barn- och utbildningsnämnden 842 600 871 300 28 700 3,4 31 741",
     "Summa nämnder 2 090 250 2 175 370 85 120 4,1 79 248", OB_DRIFT_HEAD])
add("calculation", "Hur mycket ökar skatteintäkterna i Oskarshamn från budget 2025 till plan 2027, i kronor och procent?",
    "Från 1 718,6 till 1 839,5 mnkr, en ökning med 120,9 mnkr eller cirka 7,0 procent.",
    [n(120.9, "mnkr"), n(7.0, "%")], [OB], ["Skatteintäkter 4 1 588,4 1 652,1 1 718,6 1 776,2 1 839,5", OB_RB_HEAD])
add("calculation", "hur mkt investerar oskarshamn sammanlagt i barn- och utbildningsnämndens projekt 2025?",
    "24,0 + 42,5 + 4,8 = 71,3 mnkr.", [n(71.3, "mnkr")], [OB],
    ["Ny förskola Påskallavik BUN 24,0 18,5 0,0 42,5", "Ombyggnad Kristinebergskolan BUN 42,5 35,0 12,0 89,5",
     "Inventarier förskola och skola BUN 4,8 3,9 4,1 12,8", OB_INV_HEAD])
add("calculation", "Vad är Munkedals genomsnittliga årliga resultat under åren 2025–2027 enligt budget och plan?",
    "(27 100 + 29 000 + 32 600) / 3 = cirka 29 567 tkr, alltså ungefär 29,6 mnkr per år.",
    [n(29566.7, "tkr")], [MB], ["Årets resultat 13 500 21 800 27 100 29 000 32 600", MB_RB_HEAD])
add("calculation", "hur stor del av välfärdsnämndens helårsbudget hade munkedal gjort av med efter augusti 2024?",
    "221,0 mnkr av 318,9 mnkr, cirka 69,3 procent.", [n(69.3, "%")], [MD],
    ["Välfärdsnämnden 318,9 221,0 328,5 -9,6", MD_DRIFT_HEAD])
add("calculation", "hur mycket ökar hemtjänst och särskilt boende tillsammans i munkedal 2025 jämfört med 2024",
    "Hemtjänst +6 500 tkr och särskilt boende +5 600 tkr, tillsammans 12 100 tkr.", [n(12100, "tkr")], [MX],
    ["Hemtjänst | 74600 | 81100 | 6500 | 8,7", "Särskilt boende | 121300 | 126900 | 5600 | 4,6", MX_HEAD])
add("calculation", "Med hur många procent har Oskarshamns låneskuld ökat från 2018 till 2023?",
    "Från 790 till 1 060 mnkr, en ökning med 270 mnkr eller cirka 34,2 procent.",
    [n(270, "mnkr"), n(34.2, "%")], [OX],
    ["2018 | 26912 | 22,11 | 29,4 | 168,9 | 22,8 | 790 | 7,1", "2023 | 27382 | 22,36 | 44,5 | 241,6 | 29 | 1060 | 6,8", OX_HEAD])
add("calculation", "hur mycket större var koncernens årets resultat än kommunens i oskarshamn 2023?",
    "Koncernen 133,8 mnkr och kommunen 44,5 mnkr, skillnaden är 89,3 mnkr.", [n(89.3, "mnkr")], [OA],
    ["Årets resultat 44,5 41,1 133,8 114,8", "Mnkr Not Kommunen Kommunen Koncernen Koncernen"])
add("calculation", "hur mycket ökar munkedals låneskuld mellan 2024 och 2025 i procent?",
    "Från 410 till 445 mnkr, en ökning med 35 mnkr eller cirka 8,5 procent.", [n(35, "mnkr"), n(8.5, "%")], [MH],
    ["Låneskuld vid årets slut (mnkr) | 410 | 445", "Nyckeltal | Budget 2024 | Budget 2025"])

# ---------------- lookup (5) ----------------
add("lookup", "vem är ks ordförande i oskarshamn",
    "Helena Sjöberg (S) är kommunstyrelsens ordförande.", [], [OB],
    ["Helena Sjöberg (S)", "Kommunstyrelsens ordförande"])
add("lookup", "Vilka reserverade sig mot revideringen av investeringsbudgeten i Munkedals kommunstyrelse?",
    "Jan Hansson (M), Birgitta Lund (M), Anders Nyberg (SD) och Sara Holm (SD) reserverade sig till förmån för Jan Hanssons yrkande.",
    [], [MP], ["Reservation: Jan Hansson (M), Birgitta Lund (M), Anders Nyberg (SD) och Sara Holm (SD) reserverar sig mot beslutet till förmån för Jan Hanssons yrkande."])
add("lookup", "vad hände med motionen om gratis kollektivtrafik för pensionärer i munkedal?",
    "Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen med hänvisning till det ekonomiska läget; Martin Wiik (V) reserverade sig.",
    [], [MP], ["Beslut: Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen med hänvisning till kommunens ekonomiska läge."])
add("lookup", "varför går välfärdsnämnden i munkedal back 2024?",
    "Främst för att antalet beviljade hemtjänsttimmar har ökat med 12 procent jämfört med samma period förra året.",
    [n(12, "%")], [MD], ["Antalet beviljade hemtjänsttimmar har ökat med 12 procent jämfört med samma period förra året."])
add("lookup", "vilka var de största investeringsprojekten i oskarshamn under 2023?",
    "Förskolan i Figeholm (38,4 mnkr) och etapp 1 av kajrenoveringen i hamnen (31,2 mnkr).",
    [n(38.4, "mnkr"), n(31.2, "mnkr")], [OA],
    ["Största projekt under året var förskolan i Figeholm (38,4 miljoner kronor)",
     "etapp 1 av kajrenoveringen i hamnen (31,2 miljoner kronor)"])

# ---------------- text_amount (5) ----------------
add("text_amount", "hur mycket pengar lägger oskarshamn på feriearbeten för ungdomar 2025",
    "700 000 kronor extra till feriearbeten sommaren 2025.", [n(700000, "kr")], [OB],
    ["avsätter 700 000 kronor extra till feriearbeten för ungdomar under sommaren 2025."])
add("text_amount", "Hur mycket pengar ger skattehöjningen i Munkedal per år?",
    "Cirka 7,9 miljoner kronor per år.", [n(7.9, "mnkr")], [MB],
    ["Skattehöjningen ger cirka 7,9 miljoner kronor per år"])
add("text_amount", "hur stort tilläggsanslag fick kultur och fritid för simhallsprojekteringen i oskarshamn",
    "Kommunstyrelsen beviljade ett tilläggsanslag om 3,8 miljoner kronor.", [n(3.8, "mnkr")], [OD],
    ["Beslut: Kommunstyrelsen beviljar kultur- och fritidsnämnden ett tilläggsanslag om 3,8 miljoner kronor för projektering av simhallen."])
add("text_amount", "vad skulle det kosta att låta pensionärer åka gratis buss i munkedal",
    "Kostnaden har beräknats till 850 000 kronor per år.", [n(850000, "kr")], [MP],
    ["Kostnaden har beräknats till 850 000 kronor per år."])
add("text_amount", "Hur stort borgensåtagande har Munkedals kommun för Munkedals Bostäder AB?",
    "512 miljoner kronor.", [n(512, "mnkr")], [MH],
    ["Kommunens borgensåtagande för Munkedals Bostäder AB uppgår till 512 miljoner kronor."])

# ---------------- multi_doc (5) ----------------
add("multi_doc", "vilken av kommunerna oskarshamn och munkedal har högst kommunalskatt 2025?",
    "Munkedal: 22,95 kronor, mot 22,36 kronor i Oskarshamn (0,59 kronor högre).",
    [n(22.95, "kr"), n(22.36, "kr")], [MH, OH],
    ["Skattesats (kr) | 22,65 | 22,95", "Oskarshamns kommun | 22,36"])
add("multi_doc", "Vilken kommun budgeterar det högsta resultatet i procent av skatter och bidrag för 2025, Oskarshamn eller Munkedal?",
    "Munkedal, med 3,2 procent, mot 2,3 procent i Oskarshamn.", [n(3.2, "%"), n(2.3, "%")], [MB, OB],
    ["Resultat i procent av skatter och bidrag 1,8 2,7 3,2 3,4 3,7", "Resultat i % av skatter och bidrag 2,2 1,7 2,3 2,1 2,5"])
add("multi_doc", "stämmer investeringsbeloppet för 2025 i oskarshamns pressmeddelande med budgetdokumentet?",
    "Ja. Båda anger nettoinvesteringar på 253,5 miljoner kronor för 2025.", [n(253.5, "mnkr")], [OP, OB],
    ["Kommunen budgeterar ett resultat på 49,9 miljoner kronor för 2025 och nettoinvesteringar på 253,5 miljoner kronor.",
     "Summa nettoinvesteringar 253,5 221,1 120,5 595,1"])
add("multi_doc", "munkedals investeringsbudget för 2025 ändrades i ks i oktober – vad var totalen innan och vad står i den antagna budgeten?",
    "Före revideringen 79,1 mnkr; efter revideringen och i den antagna budgeten 83,1 mnkr (83 100 tkr).",
    [n(79.1, "mnkr"), n(83.1, "mnkr")], [MP, MB],
    ["Den totala investeringsbudgeten för 2025 ökar därmed från 79,1 till 83,1 miljoner kronor.",
     "Summa investeringar 83 100 76 900 48 800 208 800"])
add("multi_doc", "Jämför nettoinvesteringarna 2023 i Oskarshamn och Munkedal.",
    "Oskarshamn investerade 241,6 mnkr och Munkedal 64,2 mnkr, alltså 177,4 mnkr mer i Oskarshamn.",
    [n(241.6, "mnkr"), n(64.2, "mnkr")], [OA, MT],
    ["Nettoinvesteringarna uppgick till 241,6 miljoner kronor, den högsta nivån hittills.",
     "* Nettoinvesteringar: 64,2 miljoner kronor"])

# ---------------- claim (5) ----------------
add("claim", "Stämmer det att Oskarshamn sänker kommunalskatten 2025?",
    "Nej. Skattesatsen är oförändrad, 22,36 kronor per skattekrona.", [n(22.36, "kr")], [OB],
    ["Kommunalskatten för 2025 fastställs till 22,36 kronor per skattekrona, vilket är oförändrat"],
    verdict="contradicted")
add("claim", "Jag har hört att välfärdsnämnden i Munkedal räknar med ett underskott på 9,6 miljoner för 2024.",
    "Det stämmer. Delårsrapporten visar en budgetavvikelse på -9,6 mnkr för välfärdsnämnden.", [n(-9.6, "mnkr")], [MD],
    ["Välfärdsnämnden 318,9 221,0 328,5 -9,6", MD_DRIFT_HEAD], verdict="supported")
add("claim", "munkedal gick med 18,5 miljoner i överskott 2023, eller hur?",
    "Nej, resultatet för 2023 var 13,5 miljoner kronor.", [n(13.5, "mnkr")], [MT],
    ["Munkedals kommun redovisar ett resultat på 13,5 miljoner kronor för 2023."], verdict="contradicted")
add("claim", "Kommunstyrelsen i Oskarshamn röstade igenom budgetförslaget med 8 röster mot 5?",
    "Stämmer: med 8 röster mot 5 beslutade kommunstyrelsen enligt kommunledningskontorets förslag.", [n(8, None), n(5, None)], [OD],
    ["Med 8 röster för kommunledningskontorets förslag mot 5 röster för Moderaternas förslag beslutar kommunstyrelsen enligt ordförandens förslag."],
    verdict="supported")
add("claim", "Stämmer det att Munkedal ska bygga en ny simhall?",
    "Dokumenten nämner ingen ny simhall i Munkedal.", [], [], [], refused=True, verdict="not_found")

# ---------------- unanswerable (5) ----------------
add("unanswerable", "vad är oskarshamns budgeterade resultat för 2028?",
    "Budgeten sträcker sig bara till plan 2027; 2028 redovisas inte.", refused=True)
add("unanswerable", "hur mycket får fritidsgårdarna i munkedal 2025?",
    "Dokumenten anger ingen budget för fritidsgårdar i Munkedal.", refused=True)
add("unanswerable", "Hur mycket kostar den nya förskolan i Figeholm 2025 enligt Oskarshamns investeringsbudget?",
    "Investeringsbudgeten 2025–2027 innehåller ingen förskola i Figeholm.", refused=True)
add("unanswerable", "vad var sjukfrånvaron i oskarshamns kommun 2024?",
    "Dokumenten redovisar sjukfrånvaro bara till och med 2023.", refused=True)
add("unanswerable", "Hur stor budget har kultur- och fritidsnämnden i Munkedal för 2025?",
    "Munkedal har ingen kultur- och fritidsnämnd i dokumenten och budgeten anger inget sådant belopp.", refused=True)

# ---------------- multi_part (4) ----------------
add("multi_part", "när behandlade ks i oskarshamn budgeten och hur mycket får kommunen låna nytt under 2025?",
    "Kommunstyrelsen behandlade budgeten 2024-11-12 (§ 201) och kommunen får nyupplåna högst 120 miljoner kronor 2025.",
    [n(120, "mnkr")], [OD],
    ["Sammanträdesdatum: 2024-11-12",
     "3. att kommunstyrelsen under 2025 får nyupplåna, det vill säga öka kommunens skulder, med högst 120 miljoner kronor."])
add("multi_part", "Vad blir skattesatsen i Munkedal 2025, och hur mycket höjs den?",
    "22,95 kronor; den höjs med 30 öre (från 22,65).", [n(22.95, "kr"), n(0.30, "kr")], [MB],
    ["med 30 öre till 22,95 kronor."])
add("multi_part", "hur många tillsvidareanställda hade oskarshamn i slutet av 2023 och vad var sjukfrånvaron?",
    "2 640 tillsvidareanställda, och sjukfrånvaron var 6,8 procent.", [n(2640, None), n(6.8, "%")], [OA],
    ["Kommunen hade 2 640 tillsvidareanställda medarbetare vid årets slut.",
     "Sjukfrånvaron bland kommunens medarbetare minskade till 6,8 procent."])
add("multi_part", "hur mycket investerade munkedal jan-aug 2024, och vad är prognosen för helåret?",
    "31,5 mnkr under januari–augusti; helårsprognosen är 61,0 mnkr (budget 78,0 mnkr).",
    [n(31.5, "mnkr"), n(61.0, "mnkr")], [MD],
    ["Nettoinvesteringarna uppgick till 31,5 miljoner kronor under perioden.",
     "Prognosen för helåret är 61,0 miljoner kronor, att jämföra med en budget på 78,0 miljoner kronor."])

# ---------------- followup (4) ----------------
add("followup", "och omsorgsnämnden då?",
    "Omsorgsnämnden har 641 800 tkr i budget 2025.", [n(641800, "tkr")], [OB],
    ["Omsorgsnämnden 612 300 641 800 29 500 4,8 23 381", OB_DRIFT_HEAD],
    history=["vad har barn- och utbildningsnämnden i oskarshamn för budget 2025?"])
add("followup", "och för 2027?",
    "I plan 2027 är årets resultat 32 600 tkr.", [n(32600, "tkr")], [MB],
    ["Årets resultat 13 500 21 800 27 100 29 000 32 600", MB_RB_HEAD],
    history=["hur stort resultat budgeterar munkedal för 2025?"])
add("followup", "hur mycket ökar den jämfört med året innan, i procent?",
    "Hemtjänsten ökar med 6 500 tkr, från 74 600 till 81 100 tkr, vilket är 8,7 procent.",
    [n(8.7, "%"), n(6500, "tkr")], [MX], ["Hemtjänst | 74600 | 81100 | 6500 | 8,7", MX_HEAD],
    history=["vad är hemtjänstens budget i munkedal 2025?"])
add("followup", "och hur mycket blir det totalt för hela perioden?",
    "Kajrenoveringen etapp 2 får totalt 61,1 mnkr under 2025–2027.", [n(61.1, "mnkr")], [OB],
    ["Hamnen, kajrenovering etapp 2 SBN 28,7 22,4 10,0 61,1", OB_INV_HEAD],
    history=["hur mycket ska oskarshamn investera i hamnen 2025?", "vad är det för projekt?"])

# ---------------- english (4) ----------------
add("english", "What is the municipal tax rate in Oskarshamn according to the page Så används din skatt, and what is the total rate including Region Kalmar län?",
    "The municipal rate is 22.36 kronor per 100 kronor; including Region Kalmar län (11.86) the total is 34.22.",
    [n(22.36, "kr"), n(34.22, "kr")], [OH], ["Oskarshamns kommun | 22,36", "Totalt | 34,22"])
add("english", "How much is Välfärdsnämnden's budget in Munkedal's Budget och plan for 2025?",
    "Välfärdsnämnden's net cost budget for 2025 is 334.6 million kronor (mnkr).", [n(334.6, "mnkr")], [MB],
    ["Välfärdsnämnden 318,9 334,6 346,1 357,4 4,9", "(mnkr) 2024 2025 2026 2027 %"])
add("english", "What was Oskarshamn's result (årets resultat) in 2021?",
    "The result for 2021 was 85.3 million kronor.", [n(85.3, "mnkr")], [OA],
    ["Årets resultat, mnkr 38,2 61,7 85,3 41,1 44,5", OA_FEM_HEAD])
add("english", "How large are the total efficiency savings (effektiviseringar) in Oskarshamn's 2025 budget, and which committee has the largest requirement?",
    "31.6 million kronor in total; Omsorgsnämnden has the largest requirement, 14.5 million kronor.",
    [n(31.6, "mnkr"), n(14.5, "mnkr")], [OB],
    ["För att klara resultatmålet ställs krav på effektiviseringar om sammanlagt 31,6 miljoner kronor.",
     "Omsorgsnämnden får det största effektiviseringskravet, 14,5 miljoner kronor"])

if __name__ == "__main__":
    out = "/work/main/evals/sets/dev/muni_dev23b.jsonl"
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        for i, q in enumerate(Q, 1):
            rec = {"id": f"md23b-{i:03d}", "corpus": C, **q}
            rec = {k: rec[k] for k in ("id", "corpus", "category", "language", "question", "history", "gold")}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(Q), "questions ->", out)
