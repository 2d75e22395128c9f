"""Writes ../muni_blind14.jsonl; calculated gold figures are computed here."""
import json, os
from decimal import Decimal as D, ROUND_HALF_UP

C = "evals/corpora/blind-muni14"
GB = C + "/gnosjo/gnosjo-budget-2025-plan-2026-2027.pdf"
GD = C + "/gnosjo/gnosjo-delarsrapport-jan-aug-2024.pdf"
GH = C + "/gnosjo/nyhet-forskola-hillerstorp.html"
GM = C + "/gnosjo/gnosjo-i-siffror-2024.md"
SA = C + "/sotenas/sotenas-arsredovisning-2023.pdf"
SX = C + "/sotenas/sotenas-befolkning-och-gastnatter.xlsx"
SD = C + "/sotenas/ks-protokoll-2024-03-13.docx"
ST = C + "/sotenas/pressmeddelande-avsaltningsverk-2024-05-06.txt"


def r(x, n=1):
    return float(D(str(x)).quantize(D(1) / D(10) ** n, rounding=ROUND_HALF_UP))


def sv(x, n=1):
    return f"{r(x, n):.{n}f}".replace(".", ",")


Qs = []


def Q(cat, q, ans, nums=(), docs=(), quotes=(), lang="sv", hist=None, verdict=None, refused=False):
    Qs.append({"id": f"mb14-{len(Qs)+1:03d}", "category": cat, "language": lang, "question": q,
               "history": hist or [],
               "gold": {"answer": ans, "numbers": [{"value": v, "unit": u} for v, u in nums], "docs": list(docs),
                        "quotes": list(quotes), "refused": refused, "verdict": verdict},
               "corpus": C})


# ---------------- lookup
Q("lookup", "vem är kommunstyrelsen ordförande i gnosjö nu?", "Helena Strömqvist (KD).", docs=[GM],
  quotes=["Kommunstyrelsens ordförande är Helena Strömqvist (KD) och oppositionsråd är Maria Bergkvist (S)."])
Q("lookup", "När justerades ks protokollet från 13 mars i Sotenäs", "Protokollet justerades i Kommunhuset den 18 mars 2024 (2024-03-18).",
  docs=[SD], quotes=["Justeringens plats och tid: Kommunhuset, 2024-03-18."])
Q("lookup", "vilket företag bygger nya förskolan i hillerstorp", "Bygg-Fast i Värnamo AB, som vann upphandlingen i december 2024.",
  docs=[GH], quotes=["Byggentreprenör är Bygg-Fast i Värnamo AB, som vann upphandlingen i december 2024."])
Q("lookup", "När ska det utbyggda avsaltningsverket i Kungshamn vara klart?", "Det beräknas vara färdigt till sommaren 2026.",
  docs=[ST], quotes=["verket beräknas vara färdigt till sommaren 2026"])
Q("lookup", "vem reserverade sig när KS i Sotenäs sa nej till motionen om toaletter på Smögen", "Anna-Lena Strand (SD), som hade skrivit motionen.",
  docs=[SD], quotes=["Anna-Lena Strand (SD) reserverar sig mot beslutet."])

# ---------------- text_amount
Q("text_amount", "hur mkt pengar avsätts till näringslivsinsatser i gnosjös budget 2025?", "850 000 kronor till kommunstyrelsens förfogande för näringslivsinsatser.",
  nums=[(850000, "kr")], docs=[GB], quotes=["avsätts 850 000 kronor till kommunstyrelsens förfogande för näringslivsinsatser"])
Q("text_amount", "Hur stort tilläggsanslag fick räddningstjänsten i Sotenäs för den nya sjöräddningsbåten?", "850 000 kronor, finansierat ur kommunstyrelsens anslag för oförutsedda kostnader.",
  nums=[(850000, "kr")], docs=[SD], quotes=["Kommunstyrelsen beviljar räddningstjänsten ett tilläggsanslag på 850 000 kronor"])
Q("text_amount", "hur stort statsbidrag har sotenäs fått till avsaltningsverket", "3,2 miljoner kronor från Havs- och vattenmyndigheten.",
  nums=[(3.2, "mnkr")], docs=[ST], quotes=["Kommunen har beviljats ett statligt bidrag på 3,2 miljoner kronor från Havs- och vattenmyndigheten"])
Q("text_amount", "Vad blev kontraktssumman för förskolebygget i Hillerstorp?", "41,6 miljoner kronor.",
  nums=[(41.6, "mnkr")], docs=[GH], quotes=["Kontraktssumman är 41,6 miljoner kronor."])
Q("text_amount", "för hur mycket sålde sotenäs tomtmark i väjern 2023", "För 3,4 miljoner kronor.",
  nums=[(3.4, "mnkr")], docs=[SA], quotes=["Under året har kommunen sålt tomtmark i Väjern för 3,4 miljoner kronor."])

# ---------------- table_lookup
Q("table_lookup", "Vad har grundskolan i Gnosjö för budgt 2025?", "127,2 mnkr (nettokostnad).",
  nums=[(127.2, "mnkr")], docs=[GB], quotes=["Grundskola (118,6) (123,9) (127,2) 2,7"])
Q("table_lookup", "vilka skatteintäkter räknar gnosjö med i plan 2027", "562,9 mnkr.",
  nums=[(562.9, "mnkr")], docs=[GB], quotes=["Skatteintäkter 3 486,2 510,5 530,1 546,8 562,9"])
Q("table_lookup", "Hur mycket är budgeterat för höjdfordonet till räddningstjänsten i Gnosjö?", "7 800 tkr, budget 2025 (inget under 2026–2027).",
  nums=[(7800, "tkr")], docs=[GB], quotes=["Höjdfordon räddningstjänsten KS 0 0 7 800 0 0"])
Q("table_lookup", "LSS-utjämningen för Gnosjö 2025, hur mycket blir den", "−4,9 mnkr (en kostnad/avgift för kommunen).",
  nums=[(-4.9, "mnkr")], docs=[GB], quotes=["LSS-utjämning −4,6 −4,9"])
Q("table_lookup", "Årets kassaflöde 2026 enligt gnosjös kassaflödesbudget?", "6,5 mnkr.",
  nums=[(6.5, "mnkr")], docs=[GB], quotes=["Årets kassaflöde –6,5 6,5 25,1"])
Q("table_lookup", "vad blev kommunstyrelsens utfall 2023 i sotenäs", "114,9 mnkr, mot en budget på 118,4 mnkr.",
  nums=[(114.9, "mnkr")], docs=[SA], quotes=["Kommunstyrelsen 118,4 114,9 3,5"])
Q("table_lookup", "Sotenäs soliditet 2021?", "41,5 procent.",
  nums=[(41.5, "%")], docs=[SA], quotes=["Soliditet, % 38,1 40,2 41,5 40,8 41,3"])
Q("table_lookup", "hur många bor på smögen (2023)", "1 268 invånare den 31 december 2023.",
  nums=[(1268, "st")], docs=[SX], quotes=["Smögen 1287 1279 1268"])
Q("table_lookup", "Vilken helårsprognos hade socialnämden i Gnosjö i delårsrapporten 2024?", "289,2 mnkr i nettokostnad, ett underskott på 6,8 mnkr mot budget 282,4 mnkr.",
  nums=[(289.2, "mnkr")], docs=[GD], quotes=["Socialnämnden 282,4 191,7 289,2 −6,8"])

# ---------------- calculation
v = r(261.4 * 1e6 / 9702, 0)
Q("calculation", "Vad kostar barn- och utbildningsnämnden per invånare i Gnosjö 2025 ungefär? räkna med folkmängden 31/12 2023",
  f"Cirka {int(v):,} kronor per invånare".replace(",", " ") + " (261,4 mnkr / 9 702 invånare).",
  nums=[(v, "kr"), (261.4, "mnkr"), (9702, "st")], docs=[GB, GM],
  quotes=["Summa barn- och utbildningsnämnden (243,1) (253,9) (261,4) 3,0", "Totalt 9 743 9 702"])
v = r((294.0 - 270.4) / 270.4 * 100)
Q("calculation", "hur mycket har socialnämndens kostnader i gnosjö ökat i procent från utfallet 2023 till budget 2025",
  f"Med cirka {sv(v)} procent, från 270,4 till 294,0 mnkr.", nums=[(v, "%")], docs=[GB],
  quotes=["Summa socialnämnden (270,4) (282,4) (294,0) 4,1"])
v = 850 + 3000 + 15000 + 18500
Q("calculation", "Vad kostar trygghetsboendet Åbrinken totalt om man lägger ihop alla år i investeringstabellen?",
  f"{v:,} tkr".replace(",", " ") + " totalt 2023–2026 (850 + 3 000 + 15 000 + 18 500 tkr).", nums=[(v, "tkr")], docs=[GB],
  quotes=["Trygghetsboende Åbrinken, Gnosjö SN 850 3 000 15 000 18 500 0"])
v = r((289650 - 275970) / 275970 * 100)
Q("calculation", "Med hur många procent ökade gästnätterna i Sotenäs 2023 jämfört med 2022?",
  f"Med cirka {sv(v)} procent, från 275 970 till 289 650 gästnätter.", nums=[(v, "%")], docs=[SX],
  quotes=["Totalt 275970 289650"])
v = r(247.3 / 588.6 * 100)
Q("calculation", "hur stor andel av sotenäs totala nettokostnad 2023 gick till omsorgsnämnden?",
  f"Cirka {sv(v)} procent (247,3 av 588,6 mnkr).", nums=[(v, "%")], docs=[SA],
  quotes=["Omsorgsnämnden 241,8 247,3 −5,5", "Summa 589,1 588,6 0,5"])
Q("calculation", "Hur mycket har befolkningen i Sotenäs minskat mellan 2019 och 2023?",
  "Med 89 invånare, från 9 010 till 8 921.", nums=[(89, "st")], docs=[SA],
  quotes=["Antal invånare 31 december 9 010 8 995 8 972 8 947 8 921"])
v = r(156.3 / 294.0 * 100)
Q("calculation", "Hur stor del av soc:s budget 2025 i Gnosjö är äldreomsorgen?? i procent",
  f"Cirka {sv(v)} procent (156,3 av 294,0 mnkr).", nums=[(v, "%")], docs=[GB],
  quotes=["Äldreomsorg (142,9) (149,6) (156,3) 4,5", "Summa socialnämnden (270,4) (282,4) (294,0) 4,1"])
vg = r(655.4e6 / 9702, 0); vs = r(588.6e6 / 8921, 0)
Q("calculation", "Jämför nettokostnad per invånare 2023 för Gnosjö och Sotenäs, vilken är dyrast?",
  f"Gnosjö cirka {int(vg):,} kr per invånare".replace(",", " ") + " (655,4 mnkr / 9 702) och Sotenäs cirka " + f"{int(vs):,} kr".replace(",", " ") + " (588,6 mnkr / 8 921). Gnosjö har högst nettokostnad per invånare.",
  nums=[(vg, "kr"), (vs, "kr")], docs=[GB, GM, SA],
  quotes=["Verksamhetens nettokostnad (655,4) (685,5) (709,6) 3,5", "Totalt 9 743 9 702",
          "Verksamhetens nettokostnad −588,6 −572,9 −589,1", "Antal invånare 31 december 9 010 8 995 8 972 8 947 8 921"])
v = r((43870 + 101260 + 64950) / 289650 * 100)
Q("calculation", "hur stor andel av sotenäs gästnätter 2023 var under sommaren juni-augusti",
  f"Cirka {sv(v)} procent (210 080 av 289 650 gästnätter).", nums=[(v, "%"), (210080, "st")], docs=[SX],
  quotes=["Juni 41230 43870", "Juli 96540 101260", "Augusti 62310 64950", "Totalt 275970 289650"])

# ---------------- multi_part
Q("multi_part", "Gnosjö budget 2025: vilken skattesats blir det och hur stort resultat budgeteras?",
  "Skattesatsen är oförändrad 21,94 kronor och det budgeterade resultatet är 12,4 miljoner kronor.",
  nums=[(21.94, "kr"), (12.4, "mnkr")], docs=[GB],
  quotes=["att fastställa skattesatsen för 2025 till 21,94 kronor per skattekrona",
          "med ett budgeterat resultat på 12,4 miljoner kronor"])
Q("multi_part", "hur många invånare hade sotenäs vid årsskiftet 2023/24 och hur hög var sjukfrånvaron 2023?",
  "8 921 invånare den 31 december 2023; sjukfrånvaron var 7,2 procent (7,9 procent året innan).",
  nums=[(8921, "st"), (7.2, "%")], docs=[SA],
  quotes=["Den 31 december 2023 hade Sotenäs kommun 8 921 invånare", "Sjukfrånvaron minskade till 7,2 procent från 7,9 procent året innan."])
Q("multi_part", "Nya förskolan i Hillerstorp – hur många barn får plats och när flyttar de in?",
  "Plats för 120 barn (sex avdelningar); inflyttning planeras till augusti 2026.", nums=[(120, "st")], docs=[GH],
  quotes=["Förskolan får sex avdelningar och plats för 120 barn.", "Inflyttningen är planerad till augusti 2026."])
Q("multi_part", "Hur mycket höjs VA-taxan i Sotenäs och vad betyder det för en vanlig villa? Och från när?",
  "Med 9 procent från den 1 januari 2025; för en normalvilla (150 kubikmeter per år) cirka 780 kronor mer per år.",
  nums=[(9, "%"), (780, "kr")], docs=[ST],
  quotes=["VA-taxan höjs med 9 procent från den 1 januari 2025", "innebär det en ökning med cirka 780 kronor per år"])

# ---------------- multi_doc
v = r(294.0 - 289.2)
Q("multi_doc", "Socialnämnden i Gnosjö: hur förhåller sig budgeten för 2025 till vad de trodde 2024 skulle landa på enligt delårsrapporten?",
  f"Budget 2025 är 294,0 mnkr och helårsprognosen för 2024 var 289,2 mnkr, alltså {sv(v)} mnkr mer i budget 2025.",
  nums=[(294.0, "mnkr"), (289.2, "mnkr"), (v, "mnkr")], docs=[GB, GD],
  quotes=["Summa socialnämnden (270,4) (282,4) (294,0) 4,1", "Socialnämnden 282,4 191,7 289,2 −6,8"])
Q("multi_doc", "Hur mycket pengar flyttades för Hunnebostrands skola till 2024 och varför blev bygget försenat?",
  "7 680 tkr ombudgeterades till 2024; tillbyggnaden försenades eftersom upphandlingen fick göras om.",
  nums=[(7680, "tkr")], docs=[SD, SA],
  quotes=["Tillbyggnad Hunnebostrands skola 22 000 14 320 7 680",
          "Tillbyggnaden av Hunnebostrands skola har försenats eftersom upphandlingen fick göras om."])
Q("multi_doc", "vilken av gnosjö och sotenäs hade flest invånare vid slutet av 2023 och hur stor är skillnaden",
  "Gnosjö: 9 702 invånare, Sotenäs: 8 921. Gnosjö hade 781 fler.", nums=[(9702, "st"), (8921, "st"), (781, "st")],
  docs=[GM, SA], quotes=["Totalt 9 743 9 702", "Den 31 december 2023 hade Sotenäs kommun 8 921 invånare"])
Q("multi_doc", "Vem gick bäst ekonomiskt 2023, Gnosjö eller Sotenäs? alltså årets resultat",
  "Sotenäs: 25,8 mnkr mot Gnosjös 6,1 mnkr (utfall 2023), dvs Sotenäs hade 19,7 mnkr högre resultat.",
  nums=[(25.8, "mnkr"), (6.1, "mnkr"), (r(25.8 - 6.1), "mnkr")], docs=[SA, GB],
  quotes=["Årets resultat 25,8 20,0 24,4", "Årets resultat 6,1 8,5 12,4 14,0 15,0"])
Q("multi_doc", "Hillerstorps förskola: vad står det i budgeten för 2025 och vad kostar hela förskolan enligt kommunens nyhet?",
  "Budget 2025 är 24 000 tkr (plus 2 000 tkr 2024 och 22 000 tkr 2026); totalt beräknas investeringen till 48 miljoner kronor.",
  nums=[(24000, "tkr"), (48, "mnkr")], docs=[GB, GH],
  quotes=["Ny förskola Hillerstorp BUN 0 2 000 24 000 22 000 0", "Den totala investeringen är beräknad till 48 miljoner kronor."])

# ---------------- claim
Q("claim", "Gnosjö höjer skatten 2025 va?", "Nej. Skattesatsen för 2025 är oförändrad 21,94 kronor; ett (S)-yrkande om höjning med 20 öre avslogs.",
  nums=[(21.94, "kr")], docs=[GB], quotes=["Skattesatsen lämnas oförändrad på 21,94 kronor."], verdict="contradicted")
Q("claim", "Stämmer det att Sotenäs gjorde ett plus på runt 25,8 miljoner 2023?", "Ja, årets resultat blev 25,8 miljoner kronor.",
  nums=[(25.8, "mnkr")], docs=[SA], quotes=["Årets resultat blev 25,8 miljoner kronor"], verdict="supported")
Q("claim", "Omsorgsnämden i Sotenäs gick 7 miljoner back 2023.", "Nej, underskottet var 5,5 miljoner kronor.",
  nums=[(5.5, "mnkr")], docs=[SA], quotes=["Omsorgsnämnden redovisar ett underskott på 5,5 miljoner kronor."], verdict="contradicted")
Q("claim", "En lokaltidning skriver att socialnämnden i Gnosjö räknar med ett underskott på 6,8 miljoner för 2024. Stämmer det?",
  "Ja, socialnämnden prognostiserar ett underskott på 6,8 miljoner kronor, främst inom äldreomsorgen.",
  nums=[(6.8, "mnkr")], docs=[GD], quotes=["socialnämnden, som prognostiserar ett underskott på 6,8 miljoner kronor"], verdict="supported")
Q("claim", "Gnosjö kommun ska sälja sitt kommunala bostadsbolag under 2025?", "Det finns inget om någon försäljning av ett bostadsbolag i dokumenten.",
  verdict="not_found", refused=True)

# ---------------- unanswerable
Q("unanswerable", "Hur många invånare hade Sotenäs 2018?", "Det framgår inte; femårsöversikten börjar 2019.", refused=True)
Q("unanswerable", "vad har kultur- och fritidsnämnden i gnosjö för budget 2025", "Gnosjö har ingen kultur- och fritidsnämnd i budgeten; det går inte att svara.", refused=True)
Q("unanswerable", "Vad blev Gnosjös resultat för helåret 2024?", "Det framgår inte. Det finns bara budget (8,5 mnkr) och en prognos i delårsrapporten, inget utfall för helåret.", refused=True)
Q("unanswerable", "hur många gästnäter hade sotenäs 2021", "Det framgår inte; statistiken omfattar bara 2022 och 2023.", refused=True)
Q("unanswerable", "Vilken budget har omsorgsnämnden i Sotenäs för 2024?", "Det framgår inte; dokumenten innehåller budget och utfall för 2023 men ingen budget 2024 per nämnd.", refused=True)

# ---------------- followup
Q("followup", "och året innan då?", "Budget 2024 för äldreomsorgen var 149,6 mnkr.", nums=[(149.6, "mnkr")], docs=[GB],
  quotes=["Äldreomsorg (142,9) (149,6) (156,3) 4,5"], hist=["Vad är budgeten för äldreomsorgen i Gnosjö 2025?"])
v = r((101260 - 96540) / 96540 * 100)
Q("followup", "hur mkt mer än året innan i procent?", f"Cirka {sv(v)} procent fler (101 260 mot 96 540 gästnätter).",
  nums=[(v, "%")], docs=[SX], quotes=["Juli 96540 101260"], hist=["Hur många gästnätter hade Sotenäs i juli 2023?"])
Q("followup", "vad sa han att resultatet blev?", "Han (ekonomichef Jonas Wallin) redovisade ett resultat på 25,8 miljoner kronor för 2023.",
  nums=[(25.8, "mnkr")], docs=[SD], quotes=["Ekonomichef Jonas Wallin föredrar årsredovisningen för 2023. Årets resultat uppgår till 25,8 miljoner kronor."],
  hist=["Vem föredrog årsredovisningen på KS i Sotenäs i mars 2024?"])
Q("followup", "vad sa han om nya förskolan?", "Thomas Axelsson (KD) sa att Hillerstorp växer och att barnen och personalen nu får lokaler anpassade för verksamheten.",
  docs=[GH], quotes=["Hillerstorp växer och det är fantastiskt. Nu får barnen och personalen lokaler som är anpassade för verksamheten"],
  hist=["Vem är ordförande i barn- och utbildningsnämnden i Gnosjö?"])

# ---------------- english
Q("english", "What is Gnosjö's total investment budget for 2025?", "83,900 thousand SEK (83.9 million SEK).",
  nums=[(83900, "tkr")], docs=[GB], quotes=["Summa investeringar 24 910 36 200 83 900 63 500 14 000"], lang="en")
Q("english", "How many commercial guest nights did Sotenäs have in 2023?", "289,650 guest nights (preliminary figure), up from 275,970 in 2022.",
  nums=[(289650, "st")], docs=[SX], quotes=["Totalt 275970 289650"], lang="en")
Q("english", "who is the water and sewage (VA) manager in Sotenas", "Per-Erik Olsson is the VA manager (VA-chef).",
  docs=[ST], quotes=["Per-Erik Olsson, VA-chef"], lang="en")
Q("english", "Did Sotenäs beat its budgeted result in 2023, and by how much?", "Yes. The result was 25.8 million SEK, 1.4 million SEK better than the budgeted 24.4 million.",
  nums=[(1.4, "mnkr"), (25.8, "mnkr")], docs=[SA], quotes=["Det är 1,4 miljoner kronor bättre än budget"], lang="en")

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "muni_blind14.jsonl")
with open(out, "w", encoding="utf-8") as fh:
    for q in Qs:
        fh.write(json.dumps(q, ensure_ascii=False) + "\n")
print(len(Qs), "questions written")
