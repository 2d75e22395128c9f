import json
from pathlib import Path
B = "evals/corpora/blind-muni9/"
T = B + "tidaholm/tidaholm-mal-och-budget-2025.pdf"
TH = B + "tidaholm/nyhet-budget-2025-beslutad.html"
TX = B + "tidaholm/tidaholm-befolkning-personal.xlsx"
V = B + "vansbro/vansbro-arsredovisning-2023.pdf"
VD = B + "vansbro/ks-protokoll-2024-03-19.docx"
VM = B + "vansbro/foreningsbidrag-2024.md"
VT = B + "vansbro/pressmeddelande-arsredovisning-2023.txt"
Q = []
def q(cat, question, answer, numbers=(), docs=(), quotes=(), verdict=None, refused=False, history=(), lang="sv"):
    Q.append({"id": f"mb9-{len(Q)+1:03d}", "category": cat, "language": lang, "question": question,
              "history": list(history),
              "gold": {"answer": answer, "numbers": [{"value": v, "unit": u} for v, u in numbers],
                       "docs": list(docs), "quotes": list(quotes), "refused": refused, "verdict": verdict},
              "corpus": "evals/corpora/blind-muni9"})
N = lambda v, u: (v, u)
# ---- table_lookup (10)
q("table_lookup", "vad är socialnämndens ram för 2025 i tidaholm?", "Socialnämndens budget 2025 är −429,8 mnkr (nettokostnad 429,8 mnkr).",
  [N(-429.8, "mnkr")], [T], ["Socialnämnden –398,7 –411,2 –429,8 –18,6 –440,1 –451,4"])
q("table_lookup", "KS i Tidaholm, vad ligger den på i plan 2027?", "Kommunstyrelsen har −105,9 mnkr i plan 2027.",
  [N(-105.9, "mnkr")], [T], ["Kommunstyrelsen –92,6 –96,8 –101,2 –4,4 –103,5 –105,9"])
q("table_lookup", "Hur mycket pengar är avsatt för ombyggnaden av Villaskolan år 2026?", "22 000 tkr (22,0 mnkr) i plan 2026.",
  [N(22000, "tkr")], [T], ["Ombyggnad Villaskolan 14 000 22 000 9 000 45 000"])
q("table_lookup", "Vilken soliditet räknar Tidaholm med i budget 2025?", "49,2 procent.",
  [N(49.2, "%")], [T], ["Soliditet, % 51,1 50,4 49,2 48,7 48,8"])
q("table_lookup", "hemtjänsten tidaholm netto budget 2025??", "Hemtjänstens nettobudget 2025 är −104,6 mnkr (jämfört med −99,4 mnkr 2024).",
  [N(-104.6, "mnkr")], [T], ["Hemtjänst 16,8 –121,4 –104,6 –99,4 –5,2 5,2 24,3"])
q("table_lookup", "Hur hög var sjukfrånvaron på socialförvaltningen i Tidaholm 2023?", "9,2 procent.",
  [N(9.2, "%")], [TX], ["| Socialförvaltningen | 604 | 561,7 | 9,2 | 9,9 | 47 |"])
q("table_lookup", "bildningsnämnden vansbro utfall 2023", "Bildningsnämndens utfall 2023 var −218,3 mnkr (budget −215,6, avvikelse −2,7 mnkr).",
  [N(-218.3, "mnkr")], [V], ["Bildningsnämnden –215,6 –218,3 –2,7 –206,7"])
q("table_lookup", "Vad var Vansbros nettoinvesteringar 2021 enligt femårsöversikten?", "52,6 mnkr.",
  [N(52.6, "mnkr")], [V], ["Nettoinvesteringar, mnkr 41,2 35,8 52,6 64,3 48,9"])
q("table_lookup", "hur många tillsvidareanställda hade vansbro kommun 2020", "695 tillsvidareanställda.",
  [N(695, "st")], [V], ["Antal tillsvidareanställda 702 695 688 694 681"])
q("table_lookup", "Hur mycket föreslogs ombudgeteras för vattenverket i Nås i KS protokoll i mars?", "2 600 tkr.",
  [N(2600, "tkr")], [VD], ["| Vattenverk Nås | 12 000 | 9 400 | 2 600 |"])
# ---- calculation (9)
q("calculation", "Hur stor andel av nämndernas totala ram 2025 går till välfärden (BUN + soc) i Tidaholm?",
  "Välfärd 871,4 av 1 085,8 mnkr, dvs. cirka 80,3 procent.",
  [N(80.3, "%"), N(871.4, "mnkr"), N(1085.8, "mnkr")], [T],
  ["Summa välfärd –811,2 –840,1 –871,4 –31,3 –892,4 –914,4", "Summa nämnder –1 008,8 –1 046,3 –1 085,8 –39,5 –1 112,4 –1 138,3"])
q("calculation", "med hur många procent ökar socialnämndens kostnader från bokslut 2023 till plan 2027 i tidaholm",
  "Från 398,7 till 451,4 mnkr, en ökning med 52,7 mnkr eller cirka 13,2 procent.",
  [N(13.2, "%"), N(52.7, "mnkr")], [T], ["Socialnämnden –398,7 –411,2 –429,8 –18,6 –440,1 –451,4"])
q("calculation", "Vad blir verksamhetens nettokostnad per invånare i Tidaholm 2025?",
  "1 022,8 mnkr / 12 950 invånare ≈ 78 981 kr per invånare.",
  [N(78981, "kr")], [T], ["Verksamhetens nettokostnader –938,4 –990,1 –1 022,8 –1 054,6 –1 084,5",
                          "Invånare 31/12, antal 12 968 12 960 12 950 12 945 12 940"])
q("calculation", "Vad kostar förskolan på Ekedalen och cykelvägen längs Ekedalsvägen tillsammans under hela perioden 2025-2027?",
  "50 500 + 10 000 = 60 500 tkr (60,5 mnkr).",
  [N(60500, "tkr")], [T], ["Ny förskola Ekedalen 38 500 12 000 0 50 500", "Gång- och cykelväg Ekedalsvägen 6 000 4 000 0 10 000"])
q("calculation", "hur många procent över sin budget hamnade soc i vansbro 2023?",
  "Underskott 9,5 mnkr på en budget om 262,1 mnkr, dvs. cirka 3,6 procent över budget.",
  [N(3.6, "%"), N(-9.5, "mnkr")], [V], ["Socialnämnden –262,1 –271,6 –9,5 –249,8"])
q("calculation", "Hur mycket har Vansbros befolkning minskat sedan 2019, i antal och procent?",
  "Från 6 801 (2019) till 6 712 (2023): 89 färre invånare, cirka 1,3 procent.",
  [N(89, "st"), N(1.3, "%")], [V], ["Antal invånare 31/12 6 801 6 789 6 742 6 725 6 712"])
q("calculation", "En politiker menar att Vansbro är dyrare per invånare än Tidaholm. Jämför verksamhetens nettokostnad per invånare: Vansbro utfall 2023 mot Tidaholms budget 2025. Hur stor är skillnaden?",
  "Vansbro: 583,7 mnkr / 6 712 ≈ 86 964 kr per invånare. Tidaholm: 1 022,8 mnkr / 12 950 ≈ 78 981 kr. Vansbro ligger cirka 7 983 kr högre per invånare.",
  [N(86964, "kr"), N(78981, "kr"), N(7983, "kr")], [V, T],
  ["Verksamhetens nettokostnad, mnkr –498,2 –509,6 –522,4 –551,9 –583,7", "Antal invånare 31/12 6 801 6 789 6 742 6 725 6 712",
   "Verksamhetens nettokostnader –938,4 –990,1 –1 022,8 –1 054,6 –1 084,5", "Invånare 31/12, antal 12 968 12 960 12 950 12 945 12 940"])
q("calculation", "investeringar per invånare: tidaholm budget 2025 vs vansbro utfall 2023, vem investerar mest per person och hur mkt skiljer det?",
  "Tidaholm: 122,2 mnkr / 12 950 ≈ 9 436 kr per invånare. Vansbro: 48,9 mnkr / 6 712 ≈ 7 285 kr. Tidaholm investerar cirka 2 151 kr mer per invånare.",
  [N(9436, "kr"), N(7285, "kr"), N(2151, "kr")], [T, V],
  ["Summa investeringar 122 200 105 000 94 300 321 500", "Invånare 31/12, antal 12 968 12 960 12 950 12 945 12 940",
   "Nettoinvesteringar, mnkr 41,2 35,8 52,6 64,3 48,9", "Antal invånare 31/12 6 801 6 789 6 742 6 725 6 712"])
q("calculation", "Hur mycket ökar antalet invånare som är 80 år och äldre i Tidaholm från 2021 till prognosen för 2025, i procent?",
  "Från 864 till 1 020, dvs. 156 fler eller cirka 18,1 procent.",
  [N(18.1, "%"), N(156, "st")], [TX], ["| 80 år och äldre | 864 | 900 | 940 | 980 | 1020 |"])
# ---- claim (7)
q("claim", "Stämmer det att Tidaholm behåller skattesatsen oförändrad 2025?", "Ja, skattesatsen är oförändrad 21,84 kronor.",
  [N(21.84, "kr")], [TH, T], ["Skattesatsen blir oförändrad, 21,84 kronor"], verdict="supported")
q("claim", "Lokaltidningen skriver att socialnämnden i Tidaholm får 25 miljoner mer 2025. Stämmer det?",
  "Nej. Socialnämnden får 18,6 mnkr mer (ram 429,8 mnkr mot 411,2 mnkr 2024).",
  [N(18.6, "mnkr")], [T, TH], ["Den största förstärkningen går till socialnämnden, som får 18,6 miljoner kronor mer"], verdict="contradicted")
q("claim", "Vansbros soliditet var 39,1 % vid utgången av 2023, eller hur?", "Ja, soliditeten var 39,1 procent 2023.",
  [N(39.1, "%")], [V, VT], ["Soliditet, % 38,2 39,0 40,5 38,8 39,1"], verdict="supported")
q("claim", "hemtjänsten i vansbro gick 9,5 mille över budget förra året?",
  "Nej. Hemtjänsten överskred budgeten med 5,2 mnkr; 9,5 mnkr är hela socialnämndens underskott.",
  [N(5.2, "mnkr")], [V], ["hemtjänsten, som överskred budgeten med 5,2 miljoner kronor"], verdict="contradicted")
q("claim", "Oppositionen påstår att Vansbro investerade för 57,4 miljoner kronor under 2023. Stämmer det?",
  "Nej. Utfallet blev 48,9 mnkr; 57,4 mnkr var budgeten.",
  [N(48.9, "mnkr")], [V, VT], ["Summa investeringar 57,4 48,9 8,5"], verdict="contradicted")
q("claim", "Tidaholm ska låna 46,9 mnkr under 2025?", "Ja, kommunen planerar att låna 46,9 mnkr under 2025.",
  [N(46.9, "mnkr")], [T, TH], ["Kommunen planerar att låna 46,9 mnkr under 2025."], verdict="supported")
q("claim", "Stämmer det att Vansbro höjde kommunalskatten inför 2024?", "Det framgår inte av dokumenten; de visar bara skattesatsen till och med 2023.",
  [], [], [], verdict="not_found", refused=True)
# ---- unanswerable (7)
un = ["Vad har barn- och utbildningsnämnden i Tidaholm för ram i plan 2028?",
      "hur stor budget har tekniska nämnden i tidaholm 2025",
      "Vilket resultat gjorde Vansbro kommun för helåret 2024?",
      "Vad blev socialnämndens utfall 2024 i Tidaholm?",
      "Vad var sjukfrånvaron i Vansbro kommun 2021?",
      "Hur mycket har Tidaholm budgeterat för den nya sporthallen 2025?",
      "Vad blev den faktiska slutkostnaden för utegymmet i Nås?"]
for u in un:
    q("unanswerable", u, "Det framgår inte av dokumenten.", refused=True)
# ---- lookup (5)
q("lookup", "Vem är kommunstyrelsens ordförande i Tidaholm?", "Helena Bergqvist (S).", [], [T, TH],
  ["säger Helena Bergqvist (S), kommunstyrelsens ordförande"])
q("lookup", "när klubbades tidaholms budget för 2025 i fullmäktige", "Den 25 november 2024 (kommunfullmäktige § 118).", [], [T, TH],
  ["Beslutad av kommunfullmäktige 2024-11-25, § 118"])
q("lookup", "Vilken skola beslutade Vansbro att lägga ner och från när?", "Skolan i Äppelbo, från och med höstterminen 2024.", [], [V],
  ["I maj beslutade kommunfullmäktige att lägga ner skolan i Äppelbo från och med höstterminen 2024."])
q("lookup", "Vem reserverade sig mot beslutet om utegym i Nås?", "Mikael Frost (SD).", [], [VD],
  ["Reservation: Mikael Frost (SD) reserverar sig mot beslutet."])
q("lookup", "hur många medlemmar måste en förening ha för att få föreningsbidrag i vansbro", "Minst 10 medlemmar (och en demokratiskt vald styrelse).",
  [N(10, "st")], [VM], ["Föreningen ska ha minst 10 medlemmar och en demokratiskt vald styrelse."])
# ---- text_amount (5)
q("text_amount", "Hur stort var det tillfälliga statsbidraget för energi och livsmedel som Vansbro fick 2023?", "4,7 miljoner kronor.",
  [N(4.7, "mnkr")], [V], ["Kommunen tog emot ett tillfälligt statsbidrag för ökade energi- och livsmedelskostnader på 4,7 miljoner kronor"])
q("text_amount", "hur mkt lägre blev pensionskostnaderna än beräknat i vansbro 2023?", "12,3 miljoner kronor lägre än beräknat.",
  [N(12.3, "mnkr")], [V], ["pensionskostnaderna blev 12,3 miljoner kronor lägre än beräknat"])
q("text_amount", "Vad beräknas ombyggnaden av Ekhagens äldreboende kosta totalt?", "Totalt 46,5 mnkr, varav 2,0 mnkr upparbetades 2024.",
  [N(46.5, "mnkr")], [T], ["beräknas kosta totalt 46,5 mnkr, varav 2,0 mnkr upparbetades under 2024"])
q("text_amount", "Hur mycket pengar finns totalt för föreningsbidrag i Vansbro 2024?", "1 850 000 kronor.",
  [N(1850000, "kr")], [VM], ["Den totala budgeten för föreningsbidrag 2024 är 1 850 000 kronor."])
q("text_amount", "Hur mycket ville oppositionen i Tidaholm skära i kommunstyrelsens ram?", "3,0 miljoner kronor (samt sänka skatten med 15 öre).",
  [N(3.0, "mnkr")], [TH], ["Oppositionen ville i sitt budgetförslag sänka skatten med 15 öre och minska kommunstyrelsens ram med 3,0 miljoner kronor."])
# ---- followup (5)
q("followup", "och plan för 2027 då?", "Barn- och utbildningsnämnden har −463,0 mnkr i plan 2027.",
  [N(-463.0, "mnkr")], [T], ["Barn- och utbildningsnämnden –412,5 –428,9 –441,6 –12,7 –452,3 –463,0"],
  history=["Hur mycket får barn- och utbildningsnämnden i Tidaholm 2025?"])
q("followup", "och året innan?", "2022 var resultatet 4,3 mnkr.",
  [N(4.3, "mnkr")], [V, VT], ["Årets resultat, mnkr 8,4 19,2 26,1 4,3 6,9"], history=["Vad blev Vansbros resultat 2023?"])
q("followup", "vad sa hon om hur det gått för verksamheterna?",
  "Karin Ödmark sa att verksamheterna tillsammans gått back med nästan 14 miljoner kronor och att det måste tas på allvar.",
  [N(14, "mnkr")], [VT], ["Verksamheterna har tillsammans gått back med nästan 14 miljoner kronor"],
  history=["Vem är kommunstyrelsens ordförande i Vansbro?"])
q("followup", "hur stor andel av hela investeringsbudgeten det året är det?",
  "38 500 av 122 200 tkr, dvs. cirka 31,5 procent.",
  [N(31.5, "%")], [T], ["Ny förskola Ekedalen 38 500 12 000 0 50 500", "Summa investeringar 122 200 105 000 94 300 321 500"],
  history=["Hur mycket budgeteras för nya förskolan på Ekedalen i Tidaholm 2025?"])
q("followup", "hur var det året innan för soc?", "Socialnämndens sjukfrånvaro 2022 var 9,4 procent.",
  [N(9.4, "%")], [V], ["Socialnämnden 9,0 9,4"],
  history=["Vad hade Vansbro kommun för sjukfrånvaro totalt 2023?", "Och socialnämnden?"])
# ---- multi_part (4)
q("multi_part", "Tidaholm 2025: vilken skattesats, vilket budgeterat resultat och hur mycket investeringar?",
  "Skattesats 21,84 kr, resultat 21,1 mnkr och investeringar 122,2 mnkr.",
  [N(21.84, "kr"), N(21.1, "mnkr"), N(122.2, "mnkr")], [T],
  ["Resultat, mnkr 14,3 12,8 21,1 20,8 21,6", "Summa investeringar 122 200 105 000 94 300 321 500", "Skattesats, kr 21,84 21,84 21,84 21,84 21,84"])
q("multi_part", "hur många invånare hade vansbro vid årsskiftet 2023/24 och hur många tillsvidareanställda hade kommunen?",
  "6 712 invånare den 31 december 2023 och 681 tillsvidareanställda.",
  [N(6712, "st"), N(681, "st")], [V], ["Antal invånare 31/12 6 801 6 789 6 742 6 725 6 712", "Antal tillsvidareanställda 702 695 688 694 681"])
q("multi_part", "När hade KS i Vansbro sammanträdet om ombudgetering av investeringar, och hur mycket beslutade de att föra över totalt?",
  "Sammanträdet hölls 2024-03-19 (§ 44) och 6 200 tkr fördes över till 2024.",
  [N(6200, "tkr")], [VD], ["Sammanträdesdatum: 2024-03-19", "Kommunstyrelsen beslutar att ombudgetera 6 200 tkr från 2023 till 2024 års investeringsbudget"])
q("multi_part", "Hur många i Tidaholm var 80+ år 2023, och hur många årsarbetare hade kommunen totalt det året?",
  "940 invånare var 80 år eller äldre och kommunen hade 1 325,7 årsarbetare.",
  [N(940, "st"), N(1325.7, "st")], [TX], ["| 80 år och äldre | 864 | 900 | 940 | 980 | 1020 |", "| Totalt | 1401 | 1325,7 | 7,6 | 8,2 | 46 |"])
# ---- english (3)
q("english", "What is Tidaholm's budgeted net cost for Kultur- och fritidsnämnden in 2025?", "34.1 MSEK (−34,1 mnkr).",
  [N(-34.1, "mnkr")], [T], ["Kultur- och fritidsnämnden –31,9 –33,0 –34,1 –1,1 –34,8 –35,5"], lang="en")
q("english", "How big was the 2023 deficit of Vansbro's social services committee, and how much is its action plan supposed to save in 2024?",
  "The deficit was 9.5 MSEK; the action plan aims to cut costs by 6.0 MSEK in 2024.",
  [N(-9.5, "mnkr"), N(6.0, "mnkr")], [VD],
  ["Socialnämnden redovisade för 2023 ett underskott på 9,5 miljoner kronor", "en åtgärdsplan som ska minska kostnaderna med 6,0 miljoner kronor under 2024"], lang="en")
q("english", "By how much do Tidaholm's long-term liabilities grow from the 2023 accounts to the 2027 plan?",
  "From 303.5 to 430.7 MSEK, an increase of 127.2 MSEK (about 41.9 %).",
  [N(127.2, "mnkr")], [T], ["Långfristiga skulder 303,5 339,2 386,1 415,2 430,7"], lang="en")
assert len(Q) == 55, len(Q)
out = Path("/work/main/evals/sets/blind/muni_blind9.jsonl")
out.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in Q), encoding="utf-8")
from collections import Counter
print(Counter(x["category"] for x in Q), Counter(x["gold"]["verdict"] for x in Q if x["category"] == "claim"))
