"""Writes ../muni_blind28.jsonl (question set over evals/corpora/blind-muni28)."""
import json, os

C = "evals/corpora/blind-muni28"
BB = C + "/bracke/bracke-mal-och-budget-2025-2027.pdf"
BA = C + "/bracke/bracke-arsredovisning-2023.pdf"
BH = C + "/bracke/bracke-sa-anvands-din-skatt.html"
BD = C + "/bracke/bracke-protokoll-ks-2024-11-12.docx"
BX = C + "/bracke/bracke-befolkning-och-nettokostnader.xlsx"
BP = C + "/bracke/bracke-pressmeddelande-budget-2025.md"
SB = C + "/surahammar/surahammar-budget-2025-plan-2026-2027.pdf"
SD = C + "/surahammar/surahammar-delarsrapport-augusti-2024.pdf"
SH = C + "/surahammar/surahammar-ekonomi-i-korthet.html"
SP = C + "/surahammar/surahammar-kf-protokoll-2024-11-25.docx"
SX = C + "/surahammar/surahammar-verksamhetsstatistik.xlsx"
ST = C + "/surahammar/surahammar-pressmeddelande-simhallen.txt"

BB_RB_H = "Belopp i mnkr 2023 2024 2025 2026 2027"
SB_RB_H = "Mnkr 2023 2024 2024 2025 2026 2027"
SB_DR_H = "Nämnd 2024 2025 2026 2027 2024–2025 %"
BB_INV_H = "Projekt 2025 2026 2027"
BB_DR_H = "Nämnd (mnkr) 2024 2025 mnkr % invånare 2025"
SB_INV_H = "Belopp i mnkr Budget 2025 Plan 2026 Plan 2027"

Q = []


def q(cat, question, answer, numbers=(), docs=(), quotes=(), refused=False, verdict=None, history=(), lang="sv"):
    Q.append({"category": cat, "language": "en" if cat == "english" else lang, "question": question,
              "history": list(history),
              "gold": {"answer": answer, "numbers": [{"value": v, "unit": u} for v, u in numbers],
                       "docs": list(docs), "quotes": list(quotes), "refused": refused, "verdict": verdict}})


# ---------------- table_lookup (9) ----------------
q("table_lookup", "vad är verksamhetens kostnader i bräckes budget för 2025?",
  "Verksamhetens kostnader är budgeterade till -781,4 mnkr för 2025.", [(-781.4, "mnkr")], [BB],
  ["Verksamhetens kostnader 2 -742,6 -768,9 -781,4 -797,2 -812,9", BB_RB_H])
q("table_lookup", "Hur stort kommunbidrag får bildningsnämnden i Surahammar 2026 enligt planen?",
  "Bildningsnämnden har 374 100 tkr i plan för 2026.", [(374100, "tkr")], [SB],
  ["Bildningsnämnden 352 600 366 400 374 100 382 000 13 800 3,9", SB_DR_H])
q("table_lookup", "hur mkt pengar e budgeterat för reningsverket i kälarne år 2026",
  "9 500 tkr (9,5 mnkr) är planerat för Reningsverk Kälarne 2026.", [(9500, "tkr")], [BB],
  ["Reningsverk Kälarne 1 200 9 500 4 000", BB_INV_H])
q("table_lookup", "vad prognostiserar socialnämnden i surahammar för helåret 2024 i delårsrapporten?",
  "Prognosen är 397 800 tkr mot en budget på 381 200 tkr, dvs. en avvikelse på -16 600 tkr.",
  [(397800, "tkr")], [SD], ["Socialnämnden 381 200 397 800 (16 600)", "Tkr Budget 2024 Prognos 2024 Avvikelse"])
q("table_lookup", "vilken soliditet hade bräcke kommun 2021?",
  "Soliditeten var 38,4 % år 2021.", [(38.4, "%")], [BA],
  ["Soliditet, % 35,2 36,8 38,4 37,9 37,9", "2019 2020 2021 2022 2023"])
q("table_lookup", "hur många kronor av varje hundralapp i skatt går till äldreomsorgen i bräcke",
  "24,60 kronor av 100 kronor i kommunalskatt går till äldreomsorgen.", [(24.60, "kr")], [BH],
  ["Äldreomsorg | 24,60", "Verksamhet | Kronor av 100 kr"])
q("table_lookup", "Vad var låneskulden i Surahammar 2023 enligt kommunens sida om ekonomin?",
  "Låneskulden var 335 mnkr 2023.", [(335, "mnkr")], [SH],
  ["Låneskuld (mnkr) | 310 | 335 | 360 | 395", "Nyckeltal | 2022 | 2023 | Budget 2024 | Budget 2025"])
q("table_lookup", "Hur mycket ska ombudgeteras till 2025 för gång- och cykelvägen i Kälarne enligt ks-protokollet i Bräcke?",
  "2 400 tkr ombudgeteras till 2025 (budget 2024 2 800 tkr, utfall 400 tkr).", [(2400, "tkr")], [BD],
  ["Gång- och cykelväg Kälarne | 2 800 | 400 | 2 400", "Projekt | Budget 2024 | Utfall 31 okt 2024 | Ombudgeteras till 2025"])
q("table_lookup", "kostnad per elev i grundskolan surahammar 2023?",
  "133 800 kronor per elev år 2023.", [(133800, "kr")], [SX],
  ["Kostnad per elev i grundskola | 121400 | 126900 | 133800 | 139200 | kr", "Mått | 2021 | 2022 | 2023 | 2024 | Enhet"])

# ---------------- calculation (9) ----------------
q("calculation", "Hur mycket får Bräcke in i skatteintäkter och generella statsbidrag sammanlagt 2025?",
  "433,9 + 265,4 = 699,3 mnkr.", [(699.3, "mnkr")], [BB],
  ["Skatteintäkter 4 396,8 418,5 433,9 449,2 464,1", "Generella statsbidrag och utjämning 5 254,7 262,0 265,4 268,0 271,5", BB_RB_H])
q("calculation", "hur mycket bättre är surahammars budgeterade resultat 2025 jämfört med prognosen för 2024?",
  "Budget 2025 är 13,1 mnkr och prognosen 2024 är -16,9 mnkr, en förbättring med 30,0 mnkr.",
  [(30.0, "mnkr")], [SB], ["Årets resultat 1,9 3,1 – 16,9 13,1 16,0 21,9", SB_RB_H])
q("calculation", "med hur många procent har befolkningen i bräcke minskat från 2019 till 2024?",
  "Från 6 512 till 6 377 invånare, en minskning med 135 personer eller cirka 2,1 %.",
  [(135, "st"), (2.1, "%")], [BX],
  ["2019 | 6512 | 301 | 655 | 3656 | 1402 | 498 | 48 | 98 | 305 | 318",
   "2024 | 6377 | 275 | 631 | 3478 | 1436 | 557 | 44 | 96 | 322 | 284",
   "År | Totalt | 0–5 år | 6–15 år | 16–64 år | 65–79 år | 80 år och äldre"])
q("calculation", "Hur stor andel av nettokostnaden för verksamhetsområdena var äldreomsorg i Surahammar 2023?",
  "224 500 av 691 300 tkr, cirka 32,5 %.", [(32.5, "%")], [SX],
  ["2023 | 75200 | 148600 | 64100 | 224500 | 104300 | 74600 | 691300",
   "År | Förskola | Grundskola | Gymnasieskola | Äldreomsorg | LSS | Individ- och familjeomsorg | Summa"])
q("calculation", "hur stort var bun:s och socialnämndens underskott tillsammans i bräcke 2023?",
  "-2 550 tkr + -14 300 tkr = -16 850 tkr, alltså ett sammanlagt underskott på 16 850 tkr.",
  [(-16850, "tkr")], [BA],
  ["Barn- och utbildningsnämnden 208 400 210 950 -2 550", "Socialnämnden 301 600 315 900 -14 300",
   "Belopp i tkr Budget 2023 Utfall 2023 Avvikelse"])
q("calculation", "Hur stor andel av Surahammars investeringar 2025–2027 går till simhallen?",
  "38,0 av 111,3 mnkr, cirka 34,1 %.", [(34.1, "%")], [SB],
  ["Renovering av simhallen 22,0 16,0 0,0 38,0", "Totalt 55,8 40,8 14,7 111,3"])
q("calculation", "hur många procent lägre ram ville M och SD ge socialnämnden i surahammar jämfört med ks förslag?",
  "389 200 mot 394 700 tkr, 5 500 tkr lägre, cirka 1,4 % lägre.", [(5500, "tkr"), (1.4, "%")], [SP],
  ["Socialnämnden | 394 700 | 389 200 | -5 500", "Nämnd | Kommunstyrelsens förslag | M och SD förslag | Skillnad"])
q("calculation", "Hur stor del av nämndernas totala ram i Bräcke 2025 går till socialnämnden, i procent?",
  "325,9 av 657,0 mnkr, cirka 49,6 %.", [(49.6, "%")], [BB],
  ["Socialnämnden 318,2 325,9 7,7 2,4 51 082", "Summa nämnder 641,3 657,0 15,7 2,4 102 978", BB_DR_H])
q("calculation", "hur mycket ökade skatteintäkterna i surahammar jan-aug 2024 jämfört med samma period 2023, i procent?",
  "Från 398,7 till 416,2 mnkr, en ökning med 17,5 mnkr eller cirka 4,4 %.", [(17.5, "mnkr"), (4.4, "%")], [SD],
  ["Skatteintäkter 416,2 398,7 628,1 624,7 (3,4)", "Mnkr jan–aug 2024 jan–aug 2023 2024 2024 mot budget"])

# ---------------- lookup (5) ----------------
q("lookup", "vem är kommunstyrelsens ordförande i bräcke?",
  "Anna-Karin Sjödin (S).", [], [BB], ["Anna-Karin Sjödin (S)", "Kommunstyrelsens ordförande"])
q("lookup", "Vilka reserverade sig mot budgetbeslutet i Surahammars kommunfullmäktige i november 2024?",
  "Samtliga ledamöter för Moderaterna och Sverigedemokraterna reserverade sig.", [], [SP],
  ["Reservation: Samtliga ledamöter för Moderaterna och Sverigedemokraterna reserverar sig mot beslutet."])
q("lookup", "när stänger simhallen i surahammar för renovering?",
  "Den 1 september 2025; den planeras öppna igen hösten 2026.", [], [ST],
  ["Simhallen i Surahammar stänger den 1 september 2025 för en omfattande renovering."])
q("lookup", "vem köper fastigheten bräcke 3:45?",
  "Bräcke Bygg & Fastighet AB (kommunstyrelsen beslutade att sälja den f.d. Prästgårdsskolan till bolaget).", [], [BD],
  ["Kommunstyrelsen beslutar att sälja fastigheten Bräcke 3:45 (f.d. Prästgårdsskolan) till Bräcke Bygg & Fastighet AB"])
q("lookup", "Överförmyndarnämnden i Surahammar är gemensam med vilken kommun?",
  "Med Hallstahammars kommun, som är värdkommun.", [], [SB],
  ["Överförmyndarnämnden är gemensam med Hallstahammars kommun, som är värdkommun."])

# ---------------- text_amount (5) ----------------
q("text_amount", "hur mycket ska bräcke spara totalt under 2025?",
  "Besparingarna uppgår sammanlagt till 6,2 miljoner kronor.", [(6.2, "mnkr")], [BB],
  ["Sammanlagt uppgår besparingarna till 6,2 miljoner kronor."])
q("text_amount", "Hur mycket mer i skatteintäkter ger skattehöjningen i Surahammar?",
  "Cirka 7,2 miljoner kronor per år.", [(7.2, "mnkr")], [SB],
  ["Skattehöjningen ger cirka 7,2 miljoner kronor i ökade skatteintäkter per år."])
q("text_amount", "hur stor var pensionsskulden i bräcke kommun i slutet av 2023",
  "212,6 miljoner kronor, inklusive ansvarsförbindelsen.", [(212.6, "mnkr")], [BA],
  ["uppgick vid årets slut till 212,6 miljoner kronor"])
q("text_amount", "hur mkt fick surahammar från arvsfonden till simhallen?",
  "700 000 kronor från Allmänna arvsfonden, för tillgängliga omklädningsrum.", [(700000, "kr")], [ST],
  ["Kommunen har dessutom beviljats ett bidrag på 700 000 kronor från Allmänna arvsfonden"])
q("text_amount", "Hur mycket pengar satsar Bräcke på feriepraktik nästa år?",
  "450 000 kronor avsätts för feriepraktik.", [(450000, "kr")], [BP],
  ["450 000 kronor avsätts för feriepraktik så att fler ungdomar kan få sommarjobb."])

# ---------------- multi_doc (5) ----------------
q("multi_doc", "vilken av kommunerna bräcke och surahammar har högst kommunalskatt 2025, och hur stor är skillnaden?",
  "Bräcke har högst: 22,84 kr mot Surahammars 22,41 kr, en skillnad på 0,43 kr.",
  [(22.84, "kr"), (22.41, "kr"), (0.43, "kr")], [BH, SH],
  ["Varje gång du tjänar 100 kronor betalar du 22,84 kronor i skatt till Bräcke kommun.",
   "Från 1 januari 2025 höjs kommunalskatten med 30 öre till 22,41 kronor."])
q("multi_doc", "Vilken kommun budgeterar det största resultatet för 2025, Bräcke eller Surahammar?",
  "Bräcke: 15,5 mnkr mot Surahammars 13,1 mnkr.", [(15.5, "mnkr"), (13.1, "mnkr")], [BB, SB],
  ["Årets resultat 8,5 11,0 15,5 17,5 20,4", "Årets resultat 1,9 3,1 – 16,9 13,1 16,0 21,9"])
q("multi_doc", "hur mycket större är socialnämndens ram i bräcke 2025 jämfört med vad nämnden faktiskt gjorde av med 2023?",
  "Utfallet 2023 var 315 900 tkr (315,9 mnkr) och ramen 2025 är 325,9 mnkr, alltså 10,0 mnkr mer.",
  [(10.0, "mnkr")], [BA, BB],
  ["Socialnämnden 301 600 315 900 -14 300", "Socialnämnden 318,2 325,9 7,7 2,4 51 082"])
q("multi_doc", "Stämmer kostnaden för simhallen i Surahammars pressmeddelande med investeringsbudgeten?",
  "Ja. Pressmeddelandet anger 38 miljoner kronor (22 miljoner 2025 och 16 miljoner 2026) och investeringsbudgeten har 22,0 + 16,0 = 38,0 mnkr.",
  [(38.0, "mnkr")], [ST, SB],
  ["Renoveringen beräknas kosta 38 miljoner kronor", "Renovering av simhallen 22,0 16,0 0,0 38,0"])
q("multi_doc", "vilken av kommunerna investerar mest 2025, bräcke eller surahammar? hur stor är skillnaden",
  "Surahammar: 55,8 mnkr mot Bräckes 45,6 mnkr (45 600 tkr), 10,2 mnkr mer.",
  [(55.8, "mnkr"), (45.6, "mnkr"), (10.2, "mnkr")], [SB, BB],
  ["Totalt 55,8 40,8 14,7 111,3", "Totalt investeringar 45 600 35 600 13 000"])

# ---------------- claim (5) ----------------
q("claim", "Stämmer det att Bräcke kommun gick med överskott på 8,5 miljoner 2023?",
  "Ja, årets resultat 2023 var 8,5 miljoner kronor, 2,5 miljoner bättre än budget.", [(8.5, "mnkr")], [BA],
  ["Kommunen redovisar ändå ett positivt resultat på 8,5 miljoner kronor"], verdict="supported")
q("claim", "Surahammars socialnämnd prognostiserar ett underskott på 20,6 miljoner för 2024, eller hur?",
  "Nej. Socialnämndens underskott är 16,6 miljoner kronor; 20,6 miljoner (20 630 tkr) är summan för alla nämnder.",
  [(16.6, "mnkr")], [SD],
  ["Socialnämndens underskott på 16,6 miljoner kronor beror främst på ökade kostnader för försörjningsstöd och externa placeringar."],
  verdict="contradicted")
q("claim", "jag har hört att kommunstyrelsen i bräcke klubbade budgeten med 8 röster mot 5?",
  "Nej, voteringen slutade 9 röster mot 4.", [(9, "st"), (4, "st")], [BD],
  ["Med 9 röster mot 4 bifaller kommunstyrelsen ordförandens förslag."], verdict="contradicted")
q("claim", "Surahammars bostadsbolag SBAB gjorde en vinst på 12 miljoner kronor 2023.",
  "Det framgår inte av dokumenten; bolagens resultat redovisas inte i dem.", [], [], [], refused=True,
  verdict="not_found")
q("claim", "Surahammar höjer kommunalskatten med 30 öre till 22,41 kr från 2025?",
  "Ja, fullmäktige fastställde skattesatsen till 22,41 kronor, en höjning med 30 öre.", [(22.41, "kr")], [SP],
  ["Kommunfullmäktige fastställer skattesatsen för 2025 till 22,41 kronor per skattekrona, vilket är en höjning med 30 öre."],
  verdict="supported")

# ---------------- unanswerable (5) ----------------
q("unanswerable", "Vad är Bräckes budgeterade resultat för 2028?",
  "Budgeten sträcker sig bara till plan 2027; något resultat för 2028 anges inte.", refused=True)
q("unanswerable", "vad kostar nya förskolan i virsbo per kvadratmeter?",
  "Dokumenten anger bara investeringsbeloppen för förskolan i Virsbo, inte någon kostnad per kvadratmeter.", refused=True)
q("unanswerable", "Hur stort kommunbidrag hade bygg- och miljönämnden i Surahammar 2022?",
  "Dokumenten redovisar nämndens ram bara från budget 2024 och framåt; 2022 anges inte.", refused=True)
q("unanswerable", "hur många elever går på gällö skola?",
  "Antalet elever per skola anges inte, bara totalt antal elever i grundskolan.", refused=True)
q("unanswerable", "Hur mycket av socialnämndens besparing i Surahammar 2025 gäller just hemtjänsten?",
  "Besparingen på socialnämnden anges bara som en totalsumma; hur mycket som gäller hemtjänsten specificeras inte.",
  refused=True)

# ---------------- multi_part (4) ----------------
q("multi_part", "vad föreslog per östlund (M) om skatten i bräckes ks, och hur slutade omröstningen?",
  "Han yrkade att skatten sänks med 10 öre till 22,74 kronor (och att förskolan skjuts upp ett år). Omröstningen slutade 9 röster mot 4 för ordförandens förslag.",
  [(22.74, "kr"), (9, "st"), (4, "st")], [BD],
  ["Per Östlund (M) yrkar att skattesatsen sänks med 10 öre till 22,74 kronor",
   "Med 9 röster mot 4 bifaller kommunstyrelsen ordförandens förslag."])
q("multi_part", "Vad är Surahammars budgeterade resultat för 2025, och vad ligger i planen för 2027?",
  "13,1 mnkr för 2025 och 21,9 mnkr för 2027.", [(13.1, "mnkr"), (21.9, "mnkr")], [SB],
  ["Årets resultat 1,9 3,1 – 16,9 13,1 16,0 21,9", SB_RB_H])
q("multi_part", "hur mycket investerade bräcke 2023 och vad var budgeten för investeringarna det året?",
  "Nettoinvesteringarna var 48,9 miljoner kronor mot en budget på 63,2 miljoner kronor.",
  [(48.9, "mnkr"), (63.2, "mnkr")], [BA],
  ["Nettoinvesteringarna uppgick till 48,9 miljoner kronor, att jämföra med en budget på 63,2 miljoner kronor."])
q("multi_part", "hur hög är regionskatten i surahammar och vad blir den totala skattesatsen 2025?",
  "Regionskatten till Region Västmanland är 10,88 kronor och den totala skattesatsen blir 33,29 kronor.",
  [(10.88, "kr"), (33.29, "kr")], [SH],
  ["Tillsammans med regionskatten till Region Västmanland på 10,88 kronor blir den totala skattesatsen 33,29 kronor."])

# ---------------- followup (4) ----------------
q("followup", "och hur mycket blir det per invånare?",
  "51 082 kronor per invånare (beräknat på 6 380 invånare).", [(51082, "kr")], [BB],
  ["Socialnämnden 318,2 325,9 7,7 2,4 51 082", BB_DR_H],
  history=["vad får socialnämnden i bräcke för ram 2025?"])
q("followup", "hur mycket av det ligger på 2026?",
  "16,0 mnkr är planerat för 2026 (av totalt 38,0 mnkr).", [(16.0, "mnkr")], [SB],
  ["Renovering av simhallen 22,0 16,0 0,0 38,0", SB_INV_H],
  history=["hur mycket kostar renoveringen av simhallen i surahammar?"])
q("followup", "och hur många av dem var 80 år eller äldre?",
  "557 personer var 80 år och äldre 2024.", [(557, "st")], [BX],
  ["2024 | 6377 | 275 | 631 | 3478 | 1436 | 557 | 44 | 96 | 322 | 284",
   "År | Totalt | 0–5 år | 6–15 år | 16–64 år | 65–79 år | 80 år och äldre"],
  history=["hur många invånare hade bräcke 2024 enligt befolkningsstatistiken?"])
q("followup", "och samma period året innan?",
  "Januari–augusti 2023 var resultatet 6,4 mnkr (överskott).", [(6.4, "mnkr")], [SD],
  ["Periodens resultat (14,4) 6,4 3,1 (16,9) (20,0)", "Mnkr jan–aug 2024 jan–aug 2023 2024 2024 mot budget"],
  history=["vad blev surahammars resultat för januari till augusti 2024?"])

# ---------------- english (4) ----------------
q("english", "What is the total investment budget for 2025 in Bräcke's Mål och budget?",
  "45 600 tkr (45.6 million SEK) in total for 2025.", [(45600, "tkr")], [BB],
  ["Totalt investeringar 45 600 35 600 13 000", BB_INV_H])
q("english", "How many places in särskilt boende did Surahammar have in 2024 according to the verksamhetsstatistik?",
  "140 places in 2024.", [(140, "st")], [SX],
  ["Platser i särskilt boende | 148 | 148 | 140 | 140 | antal", "Mått | 2021 | 2022 | 2023 | 2024 | Enhet"])
q("english", "By how much does Bildningsnämnden's kommunbidrag in Surahammar increase from 2024 to 2025?",
  "By 13 800 tkr, from 352 600 to 366 400 tkr, which is 3.9 %.", [(13800, "tkr"), (3.9, "%")], [SB],
  ["Bildningsnämnden 352 600 366 400 374 100 382 000 13 800 3,9", SB_DR_H])
q("english", "What was the municipal tax rate in Bräcke in 2019?",
  "22.59 kronor (it was raised to 22.84 in 2022).", [(22.59, "kr")], [BA],
  ["Kommunal skattesats, kr 22,59 22,59 22,59 22,84 22,84", "2019 2020 2021 2022 2023"])

ORDER = ["table_lookup", "calculation", "lookup", "text_amount", "multi_doc", "claim", "unanswerable",
         "multi_part", "followup", "english"]
# interleave categories so the file is not sorted by category
buckets = {c: [x for x in Q if x["category"] == c] for c in ORDER}
out = []
while any(buckets.values()):
    for c in ORDER:
        if buckets[c]:
            out.append(buckets[c].pop(0))
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "dev", "muni_blind28.jsonl")
with open(path, "w", encoding="utf-8") as f:
    for i, x in enumerate(out, 1):
        rec = {"id": f"mb28-{i:03d}", "corpus": C, "category": x["category"], "language": x["language"],
               "question": x["question"], "history": x["history"], "gold": x["gold"]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(out), "questions written to", os.path.abspath(path))
