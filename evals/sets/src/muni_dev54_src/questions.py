"""Write the question file evals/sets/dev/muni_dev54.jsonl (deterministic)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "dev", "muni_dev54.jsonl")
CORPUS = "evals/corpora/dev-muni54"

VB = "vaggeryd/mal-och-budget-2025-plan-2026-2027.pdf"
VA = "vaggeryd/arsredovisning-2023.pdf"
VH = "vaggeryd/sa-anvands-din-skatt.html"
VD = "vaggeryd/protokoll-kommunfullmaktige-2024-11-25.docx"
VX = "vaggeryd/befolkning-och-nyckeltal-2019-2024.xlsx"
VP = "vaggeryd/pressmeddelande-delarsrapport-augusti-2024.md"
MB = "markaryd/budget-och-plan-2025-2027.pdf"
MR = "markaryd/delarsrapport-januari-augusti-2024.pdf"
MH = "markaryd/nyhet-budget-2025-beslutad.html"
MD = "markaryd/protokoll-omsorgsnamnden-2024-10-16.docx"
MX = "markaryd/verksamhetsstatistik-2020-2024.xlsx"
MP = "markaryd/pressmeddelande-forskola-stromsnasbruk.txt"

Q = []


def q(cat, question, answer, numbers=(), docs=(), quotes=(), lang="sv", history=(), refused=False, verdict=None):
    Q.append({
        "category": cat, "language": lang, "question": question, "history": list(history),
        "gold": {"answer": answer,
                 "numbers": [{"value": v, "unit": u} for v, u in numbers],
                 "docs": [f"{CORPUS}/{d}" for d in docs],
                 "quotes": list(quotes), "refused": refused, "verdict": verdict},
    })


# ---------------- table_lookup (9)
q("table_lookup", "vad är skatteintäkterna i vaggeryds budget för 2026?",
  "Enligt resultatbudgeten beräknas skatteintäkterna i Vaggeryd till 834,2 mnkr år 2026 (plan 2026).",
  [(834.2, "mnkr")], [VB],
  ["Skatteintäkter 742,8 774,6 770,1 806,9 834,2 862,5", "Belopp i mnkr 2023 2024 2024 2025 2026 2027"])
q("table_lookup", "hur mycket kr per invånare går till socialnämnden i vaggeryd 2025",
  "Socialnämndens ram 2025 motsvarar 26 813 kronor per invånare (ram 394 150 tkr, beräknat på 14 700 invånare).",
  [(26813, "kr")], [VB],
  ["Socialnämnden 378 600 394 150 15 550 4,1 407 900 421 800 26 813",
   "Budget Budget Förändring Förändring Plan Plan Kronor per"])
q("table_lookup", "Vad är budgeterat för ombyggnaden av Götafors skola 2026 i Vaggeryds investeringsbudget?",
  "Ombyggnaden av Götafors skola har 18,0 mnkr i plan för 2026 (12,5 mnkr 2025, 6,0 mnkr 2027, totalt 36,5 mnkr).",
  [(18.0, "mnkr")], [VB],
  ["Ombyggnad Götafors skola 12,5 18,0 6,0 36,5", "Projekt 2025 2026 2027 2025–2027"])
q("table_lookup", "vilka var verksamhetens intäkter i markaryd 2023 enligt budget och plan dokumentet?",
  "Verksamhetens intäkter var 142,6 mnkr i utfall 2023 (siffran 1 före är notnumret).",
  [(142.6, "mnkr")], [MB],
  ["Verksamhetens intäkter 1 142,6 138,0 145,2 147,0 149,5", "Not Utfall Budget Budget Plan Plan"])
q("table_lookup", "Hur mycket beräknas omsorgsnämnden i Markaryd kosta netto 2024 enligt delårsrapporten?",
  "Prognosen för omsorgsnämndens nettokostnad 2024 är 308,9 mnkr, mot en budget på 301,2 mnkr (avvikelse −7,7 mnkr).",
  [(308.9, "mnkr")], [MR],
  ["Omsorgsnämnden – 301,2 – 308,9 – 7,7", "Nettokostnad, mnkr Budget 2024 Prognos 2024 Avvikelse"])
q("table_lookup", "hur mycket pengar finns för nya vård och omsorgsboendet i markaryd 2026",
  "I plan 2026 finns 35 000 tkr (35 mnkr) för det nya vård- och omsorgsboendet i Markaryd.",
  [(35000, "tkr")], [MB],
  ["Nytt vård- och omsorgsboende, Markaryd ON 5 000 35 000 40 000 80 000",
   "Projekt Ansvarig Budget 2025 Plan 2026 Plan 2027 Summa 2025–2027"])
q("table_lookup", "hur många kronor av 100 i skatt går till äldreomsorgen i vaggeryd?",
  "19 kronor av varje hundralapp i kommunalskatt går till äldreomsorgen (budget 2025).",
  [(19, "kr")], [VH],
  ["Äldreomsorg | 19 kr", "Verksamhet | Kronor av 100"])
q("table_lookup", "Hur mycket ska samordningen av korttidsplatser spara på helår 2025 enligt omsorgsnämndens åtgärdsplan i Markaryd?",
  "Samordningen av korttidsplatser beräknas ge 900 tkr på helår 2025 (200 tkr 2024).",
  [(900, "tkr")], [MD],
  ["Samordning av korttidsplatser (Särskilt boende) | 200 | 900",
   "Åtgärd | Effekt 2024, tkr | Effekt helår 2025, tkr"])
q("table_lookup", "hur många 80 år och äldre bodde det i vaggeryd 2022?",
  "Den 31 december 2022 fanns 751 invånare som var 80 år och äldre i Vaggeryd.",
  [(751, "st")], [VX],
  ["2022 | 14498 | 1115 | 1879 | 694 | 7855 | 2204 | 751 | 143",
   "År | Totalt | 0–5 år | 6–15 år | 16–19 år | 20–64 år | 65–79 år | 80 år och äldre | Förändring mot föregående år"])

# ---------------- calculation (9)
q("calculation", "hur mycket ökar bun:s ram i vaggeryd mellan 2025 och 2027 i procent?",
  "Barn- och utbildningsnämndens ram ökar från 468 900 tkr (budget 2025) till 494 700 tkr (plan 2027), "
  "alltså med 25 800 tkr eller cirka 5,5 procent.",
  [(25800, "tkr"), (5.5, "%")], [VB],
  ["Barn- och utbildningsnämnden 452 300 468 900 16 600 3,7 481 600 494 700 31 898",
   "Budget Budget Förändring Förändring Plan Plan Kronor per"])
q("calculation", "Vad blir Vaggeryds soliditet 2027 enligt balansbudgeten, räknat som eget kapital delat med summa tillgångar?",
  "Eget kapital 723,6 mnkr delat med summa tillgångar 1 470,6 mnkr ger en soliditet på cirka 49,2 procent 2027.",
  [(49.2, "%")], [VB],
  ["Eget kapital 612,4 631,8 660,0 690,6 723,6", "SUMMA TILLGÅNGAR 1 327,9 1 360,0 1 410,1 1 461,0 1 470,6"])
q("calculation", "hur stor andel av investeringsbudgeten 2023 användes i vaggeryd?",
  "Av budgeterade 95,0 mnkr användes 86,3 mnkr, vilket är cirka 90,8 procent.",
  [(90.8, "%")], [VA],
  ["Summa investeringar 95,0 86,3 8,7", "Belopp i mnkr Budget 2023 Utfall 2023 Avvikelse"])
q("calculation", "med hur många procent ökade besöken i simhallen i vaggeryd från 2021 till 2024?",
  "Besöken ökade från 38 200 (2021) till 63 900 (2024), en ökning med 25 700 besök eller cirka 67,3 procent.",
  [(67.3, "%")], [VX],
  ["Besök i simhallen | 38200 | 52600 | 61400 | 63900 | antal", "Nyckeltal | 2021 | 2022 | 2023 | 2024 | Enhet"])
q("calculation", "vad var markaryds genomsnittliga nettokostnad för äldreomsorgen per år 2020-2024?",
  "Summan för 2020–2024 är 922 300 tkr, vilket ger ett genomsnitt på 184 460 tkr per år.",
  [(184460, "tkr")], [MX],
  ["Äldreomsorg | 168300 | 174600 | 181900 | 192700 | 204800", "Verksamhet | 2020 | 2021 | 2022 | 2023 | 2024"])
q("calculation", "hur många procent av investeringsbudgeten 2024 beräknas markaryd inte använda enligt delårsrapporten?",
  "Budget 58 000 tkr och prognos 41 300 tkr: 16 700 tkr beräknas inte användas, cirka 28,8 procent av budgeten.",
  [(28.8, "%")], [MR],
  ["Summa 58 000 24 600 41 300", "Projekt, tkr Budget 2024 Utfall jan–aug Prognos 2024"])
q("calculation", "Markaryd: hur mycket större är skatteintäkterna 2027 än 2025 i budgeten?",
  "Skatteintäkterna är 596,8 mnkr 2025 och 638,9 mnkr 2027, alltså 42,1 mnkr större 2027.",
  [(42.1, "mnkr")], [MB],
  ["Skatteintäkter 4 548,9 571,4 596,8 617,3 638,9", "2023 2024 2025 2026 2027"])
q("calculation", "hur stor andel av nämndernas ramar 2025 i markaryd går till omsorgsnämnden?",
  "Omsorgsnämnden får 314,9 mnkr av nämndernas sammanlagda 782,7 mnkr, cirka 40,2 procent.",
  [(40.2, "%")], [MB],
  ["Omsorgsnämnden – 301,2 – 314,9 – 323,4 – 332,0 – 13,7", "Summa nämnder – 749,4 – 782,7 – 802,5 – 822,3 – 33,3"])
q("calculation", "hur mycket mer ville sossarna i vaggeryd lägga på bun och socialnämnden tillsammans jämfört med den beslutade budgeten?",
  "Socialdemokraternas förslag gav barn- och utbildningsnämnden 4 500 tkr och socialnämnden 3 500 tkr mer, "
  "sammanlagt 8 000 tkr mer än de beslutade ramarna för 2025.",
  [(8000, "tkr")], [VD],
  ["Barn- och utbildningsnämnden | 468 900 | 473 400 | 4 500", "Socialnämnden | 394 150 | 397 650 | 3 500"])

# ---------------- lookup (5)
q("lookup", "vem är ordförande i kommunstyrelsen i vaggeryd?",
  "Helena Bergström (M) är kommunstyrelsens ordförande i Vaggeryd.",
  [], [VB], ["Helena Bergström (M)", "Kommunstyrelsens ordförande"])
q("lookup", "vilka reserverade sig mot åtgärdsplanen i omsorgsnämnden i markaryd?",
  "Anders Persson (S), Maria Holm (S) och Hassan Omar (S) reserverade sig till förmån för eget yrkande.",
  [], [MD],
  ["Reservation: Anders Persson (S), Maria Holm (S) och Hassan Omar (S) reserverar sig mot beslutet till förmån för eget yrkande."])
q("lookup", "vem bygger nya förskolan i strömsnäsbruk?",
  "Förskolan uppförs av Sunnerbo Bygg AB.",
  [], [MP], ["Byggnaden uppförs av Sunnerbo Bygg AB efter en upphandling där fyra anbud kom in."])
q("lookup", "När uppdaterades sidan Så används din skatt på Vaggeryds kommuns webb senast?",
  "Sidan uppdaterades senast 2025-02-03 (publicerad 2025-01-15).",
  [], [VH], ["Senast uppdaterad: 2025-02-03"])
q("lookup", "när började nya rektorn på almaskolan i markaryd?",
  "Den nya rektorn för Almaskolan tillträdde den 1 augusti 2024.",
  [], [MR], ["Ny rektor för Almaskolan tillträdde den 1 augusti."])

# ---------------- text_amount (5)
q("text_amount", "hur mycket ska kultur och fritid i vaggeryd effektivisera 2025?",
  "Kultur- och fritidsnämnden ska effektivisera 600 000 kronor.",
  [(600000, "kr")], [VB], ["kultur- och fritidsnämnden 600 000 kronor"])
q("text_amount", "Vad kostar den avgiftsfria sommarskolan i Vaggeryd?",
  "Sommarskolan för årskurs 6–9 beräknas kosta 450 000 kronor per år.",
  [(450000, "kr")], [VB], ["avgiftsfri sommarskola för elever i årskurs 6–9, som beräknas kosta 450 000 kronor per år."])
q("text_amount", "hur mkt har kostnaderna för placeringar av barn och unga ökat i markaryd?",
  "Enligt delårsrapporten har kostnaderna ökat med 2,4 miljoner kronor jämfört med samma period året innan.",
  [(2.4, "mnkr")], [MR], ["Kostnaderna för placeringar av barn och unga har ökat med 2,4 miljoner kronor jämfört med"])
q("text_amount", "Hur stort bidrag har Markaryd fått från Boverket till förskolan i Strömsnäsbruk?",
  "Kommunen har fått 650 000 kronor från Boverket för en grönare utemiljö.",
  [(650000, "kr")], [MP], ["Kommunen har dessutom fått 650 000 kronor i bidrag från Boverket"])
q("text_amount", "hur mycket dyrare än budget blev energin för vaggeryds kommun 2023?",
  "Energikostnaderna var 3,7 miljoner kronor högre än budgeterat.",
  [(3.7, "mnkr")], [VA], ["Kostnaderna för energi var 3,7 miljoner kronor högre än budgeterat."])

# ---------------- multi_doc (5)
q("multi_doc", "vilken av kommunerna vaggeryd och markaryd har högst kommunalskatt 2025?",
  "Markaryd har högst: 22,46 kronor (höjt med 20 öre), jämfört med Vaggeryds 22,14 kronor.",
  [(22.46, "kr"), (22.14, "kr")], [MH, VH],
  ["Skattesatsen höjs med 20 öre till 22,46 kronor.", "Vaggeryds kommun | 22,14"])
q("multi_doc", "Vilken kommun budgeterar högst resultat 2025 i procent av skatter och generella statsbidrag, Vaggeryd eller Markaryd?",
  "Vaggeryd: 2,6 procent (28,2 mnkr), mot Markaryds 2,4 procent (19,6 mnkr).",
  [(2.6, "%"), (2.4, "%")], [VB, MB],
  ["Resultat i % av skatter och bidrag 2,5 2,3 1,8 2,6 2,7 2,8",
   "Det budgeterade resultatet för 2025 är 19,6 miljoner kronor, vilket motsvarar 2,4 procent av"])
q("multi_doc", "jämför prognosen 2024 för socialnämnden i vaggeryd och omsorgsnämnden i markaryd, vem har störst underskott?",
  "Vaggeryds socialnämnd har störst underskott, −11,8 mnkr, mot −7,7 mnkr för omsorgsnämnden i Markaryd.",
  [(-11.8, "mnkr"), (-7.7, "mnkr")], [VP, MR],
  ["| Socialnämnden | 378,6 | 390,4 | -11,8 |", "Omsorgsnämnden – 301,2 – 308,9 – 7,7"])
q("multi_doc", "Hur mycket lägre blir Vaggeryds investeringar 2024 enligt prognosen jämfört med nettoinvesteringarna 2023?",
  "Prognosen för 2024 är 78,5 mnkr mot 86,3 mnkr i nettoinvesteringar 2023, alltså 7,8 mnkr lägre.",
  [(7.8, "mnkr")], [VA, VP],
  ["Nettoinvesteringarna uppgick till 86,3 miljoner kronor.",
   "Investeringarna beräknas uppgå till 78,5 miljoner kronor för helåret"])
q("multi_doc", "vilken av kommunerna hade flest tillsvidareanställda i slutet av 2023 och hur stor var skillnaden?",
  "Vaggeryd hade 1 312 tillsvidareanställda och Markaryd 868, så Vaggeryd hade 444 fler.",
  [(1312, "st"), (868, "st"), (444, "st")], [VA, MX],
  ["Tillsvidareanställda, antal 1 268 1 279 1 290 1 301 1 312",
   "2023 | 10312 | 22,26 | 72790 | 7,4 | 868",
   "År | Folkmängd | Skattesats, kr | Nettokostnad per invånare, kr | Sjukfrånvaro, % | Tillsvidareanställda"])

# ---------------- claim (5)
q("claim", "Stämmer det att Vaggeryd behåller skattesatsen på 22,14 kronor 2025?",
  "Ja, det stämmer. Skattesatsen lämnas oförändrad på 22,14 kronor.",
  [(22.14, "kr")], [VB], ["Skattesatsen lämnas oförändrad på 22,14 kronor per intjänad hundralapp."],
  verdict="supported")
q("claim", "Jag har hört att omsorgsnämnden i Markaryd ska spara 9 miljoner per år med sin åtgärdsplan?",
  "Nej. Åtgärdsplanen beräknas ge 6 950 tkr (cirka 7 miljoner kronor) på helårsbasis från 2025, och 1 710 tkr under resten av 2024.",
  [(6950, "tkr")], [MD],
  ["Åtgärderna beräknas ge en besparing på 1 710 tkr under resten av 2024 och 6 950 tkr på helårsbasis från 2025."],
  verdict="contradicted")
q("claim", "Vaggeryds fullmäktige antog budgeten för 2025 med 28 röster mot 11.",
  "Nej. Budgeten antogs med 25 ja-röster mot 14 nej-röster, och 2 avstod.",
  [(25, "st"), (14, "st")], [VD],
  ["Med 25 ja-röster för kommunstyrelsens förslag mot 14 nej-röster för Socialdemokraternas förslag, och 2 som avstår, beslutar kommunfullmäktige enligt kommunstyrelsens förslag."],
  verdict="contradicted")
q("claim", "En insändare påstår att Markaryd ska sälja sitt kommunala bostadsbolag för att finansiera det nya omsorgsboendet. Stämmer det?",
  "Det går inte att bekräfta: dokumenten nämner ingen försäljning av något bostadsbolag.",
  [], [], [], refused=True, verdict="not_found")
q("claim", "Markaryds delårsrapport visar ett resultat på 31,7 miljoner för januari–augusti 2024, eller hur?",
  "Ja, resultatet för januari–augusti 2024 är 31,7 miljoner kronor (28,9 miljoner samma period 2023).",
  [(31.7, "mnkr")], [MR],
  ["Resultatet för perioden januari–augusti 2024 uppgår till 31,7 miljoner kronor, jämfört med"],
  verdict="supported")

# ---------------- unanswerable (5)
q("unanswerable", "vad är vaggeryds budgeterade resultat för 2028?",
  "Det framgår inte. Vaggeryds budget har plan bara till och med 2027.", refused=True)
q("unanswerable", "Hur många lägenheter får det nya LSS-boendet i Markaryd?",
  "Det framgår inte. Markaryds dokument nämner inget nytt LSS-boende.", refused=True)
q("unanswerable", "vad blev markaryds bokslut för 2024, alltså det faktiska årets resultat?",
  "Det framgår inte. Dokumenten har bara budget och en prognos för 2024, inget bokslut.", refused=True)
q("unanswerable", "Hur fördelas socialnämndens effektiviseringskrav i Vaggeryd mellan äldreomsorgen och individ- och familjeomsorgen?",
  "Det framgår inte. Budgeten anger bara att socialnämnden ska effektivisera 2,9 miljoner kronor, utan fördelning på verksamheter.",
  refused=True)
q("unanswerable", "hur många elever går på götafors skola i vaggeryd?",
  "Det framgår inte. Dokumenten anger inget elevantal för Götafors skola.", refused=True)

# ---------------- multi_part (4)
q("multi_part", "Hur mycket höjs VA-taxan i Vaggeryd 2025, och vad blir det för en normalvilla?",
  "Brukningsavgiften höjs med 6 procent från 1 januari 2025, vilket blir 540 kronor mer per år för en normalvilla.",
  [(6, "%"), (540, "kr")], [VD],
  ["Förslaget innebär att brukningsavgiften höjs med 6 procent från den 1 januari 2025.",
   "För en normalvilla med en förbrukning på 150 kubikmeter per år innebär det en ökning med 540 kronor per år."])
q("multi_part", "när börjar bygget av förskolan i strömsnäsbruk och hur många barn ska få plats?",
  "Det första spadtaget tas måndagen den 10 februari 2025, och förskolan får plats för 108 barn (sex avdelningar).",
  [(108, "st")], [MP],
  ["Måndagen den 10 februari 2025 tas det första spadtaget för den nya förskolan i Strömsnäsbruk.",
   "Förskolan får sex avdelningar och plats för 108 barn."])
q("multi_part", "vad är markaryds låneskuld vid slutet av 2025 och hur mycket blir det per invånare?",
  "Låneskulden beräknas till 350,0 miljoner kronor, vilket motsvarar 33 816 kronor per invånare.",
  [(350.0, "mnkr"), (33816, "kr")], [MB],
  ["Låneskulden beräknas uppgå till 350,0 miljoner kronor vid utgången av 2025, vilket motsvarar",
   "33 816 kronor per invånare."])
q("multi_part", "Vad var sjukfrånvaron i Vaggeryds kommun 2023, och hur många av fullmäktiges mål uppfylldes?",
  "Sjukfrånvaron var 7,1 procent 2023. Sju av de tolv målen bedöms uppfyllda (fyra delvis, ett inte).",
  [(7.1, "%"), (7, "st")], [VA],
  ["Sjukfrånvaron minskade från 7,6 procent 2022 till 7,1 procent 2023.",
   "Av kommunfullmäktiges tolv mål bedöms sju vara uppfyllda, fyra delvis uppfyllda och ett inte"])

# ---------------- followup (4)
q("followup", "och socialnämnden då?",
  "Socialnämnden har en ram på 394 150 tkr i budget 2025.",
  [(394150, "tkr")], [VB],
  ["Socialnämnden 378 600 394 150 15 550 4,1 407 900 421 800 26 813",
   "Budget Budget Förändring Förändring Plan Plan Kronor per"],
  history=["vad får barn- och utbildningsnämnden i vaggeryd i budget 2025?"])
q("followup", "och hur mycket av det går till förskolan i strömsnäsbruk?",
  "18 500 tkr av investeringsbudgeten 2025 går till den nya förskolan i Strömsnäsbruk.",
  [(18500, "tkr")], [MB],
  ["Ny förskola Strömsnäsbruk BUN 18 500 9 000 0 27 500",
   "Projekt Ansvarig Budget 2025 Plan 2026 Plan 2027 Summa 2025–2027"],
  history=["Hur stor är Markaryds investeringsbudget 2025?"])
q("followup", "hur mycket ökade det jämfört med året innan?",
  "Folkmängden ökade med 48 personer, från 14 620 (2023) till 14 668 (2024).",
  [(48, "st")], [VX],
  ["2024 | 14668 | 1127 | 1903 | 711 | 7903 | 2236 | 788 | 48",
   "År | Totalt | 0–5 år | 6–15 år | 16–19 år | 20–64 år | 65–79 år | 80 år och äldre | Förändring mot föregående år"],
  history=["hur många bodde i vaggeryd 2024?"])
q("followup", "vad blir det i snitt per år för hela planperioden 2025–2027?",
  "Resultaten är 19,6 mnkr (2025), 20,2 mnkr (2026) och 23,3 mnkr (2027), i genomsnitt cirka 21,0 mnkr per år.",
  [(21.0, "mnkr")], [MB],
  ["Årets resultat 20,1 18,4 19,6 20,2 23,3", "2023 2024 2025 2026 2027"],
  history=["Vad är Markaryds budgeterade resultat för 2025?", "och 2027?"])

# ---------------- english (4)
q("english", "What is the tax rate of Region Jönköpings län according to Vaggeryd's page about how taxes are used?",
  "The regional tax rate for Region Jönköpings län is 11.76 kronor per 100 kronor (total 33.90 with Vaggeryd's 22.14).",
  [(11.76, "kr")], [VH], ["Region Jönköpings län | 11,76"], lang="en")
q("english", "How much does Kommunstyrelsen in Markaryd get in the 2025 budget?",
  "Kommunstyrelsen in Markaryd gets 96.8 million kronor (mnkr) for 2025, up 4.4 mnkr from 92.4 mnkr in 2024.",
  [(96.8, "mnkr")], [MH],
  ["Kommunstyrelsen | 92,4 | 96,8 | +4,4", "Nämnd | Budget 2024 | Budget 2025 | Förändring"], lang="en")
q("english", "What was Socialnämnden's budget deviation in Vaggeryd's årsredovisning 2023?",
  "Socialnämnden had a deficit of 9,580 thousand kronor (−9 580 tkr): budget 365,400 tkr against an outcome of 374,980 tkr.",
  [(-9580, "tkr")], [VA],
  ["Socialnämnden 365 400 374 980 -9 580", "Nettokostnad, tkr Budget 2023 Utfall 2023 Avvikelse"], lang="en")
q("english", "By how much does the fee for trygghetslarm go up in Markaryd in 2025?",
  "It rises by 30 kronor per month, from 250 to 280 kronor per month (decided by Omsorgsnämnden, proposed to kommunfullmäktige).",
  [(30, "kr"), (250, "kr"), (280, "kr")], [MD],
  ["avgiften för trygghetslarm höjs från 250 kronor till 280 kronor per månad"], lang="en")


def main():
    import random
    random.Random(54).shuffle(Q)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for i, item in enumerate(Q, 1):
            obj = {"id": f"md54-{i:03d}", "corpus": CORPUS, "category": item["category"],
                   "language": item["language"], "question": item["question"], "history": item["history"],
                   "gold": item["gold"]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print(len(Q), "questions written to", os.path.normpath(OUT))


if __name__ == "__main__":
    main()
