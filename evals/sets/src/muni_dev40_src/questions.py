import json
C = "evals/corpora/dev-muni40"
D = {
 "MB": "munkfors/mal-och-budget-2025-munkfors.pdf", "MA": "munkfors/arsredovisning-2023-munkfors.pdf",
 "MH": "munkfors/sa-anvands-din-skatt.html", "MD": "munkfors/protokoll-kommunstyrelsen-2024-10-28.docx",
 "MX": "munkfors/befolkning-och-nyckeltal-munkfors.xlsx", "MP": "munkfors/pressmeddelande-forskola-ransater.md",
 "FB": "forshaga/budget-och-plan-2025-2027-forshaga.pdf", "FD": "forshaga/delarsrapport-augusti-2024-forshaga.pdf",
 "FH": "forshaga/finansiell-information.html", "FP": "forshaga/protokoll-bun-2024-09-17.docx",
 "FX": "forshaga/nettokostnad-och-personal-forshaga.xlsx", "FT": "forshaga/pressmeddelande-skattesats-2025.txt"}
Q = []
def q(cat, question, answer, nums=(), docs=(), quotes=(), lang="sv", refused=False, verdict=None, history=()):
    Q.append({"category": cat, "language": lang, "question": question, "history": list(history),
              "gold": {"answer": answer, "numbers": [{"value": v, "unit": u} for v, u in nums],
                       "docs": [C + "/" + D[d] for d in docs], "quotes": list(quotes),
                       "refused": refused, "verdict": verdict}})

# ---------- table_lookup (9)
q("table_lookup", "hur mycket är avskrivningarna i munkfors plan för 2027?",
  "Avskrivningarna är budgeterade till -15,8 mnkr i plan 2027 (Munkfors resultatbudget).", [(-15.8, "mnkr")], ["MB"],
  ["Avskrivningar 3 -11,8 -12,4 -13,6 -14,9 -15,8", "2023 2024 2025 2026 2027"])
q("table_lookup", "Vad får vård- och omsorgsnämnden i Munkfors för budget 2025?",
  "Vård- och omsorgsnämnden har en budget (nettokostnad) på 116 900 tkr 2025, upp från 112 300 tkr 2024.", [(116900, "tkr")], ["MB"],
  ["Vård- och omsorgsnämnden 112 300 116 900 4 600 4,1", "Nämnd Budget 2024 Budget 2025 Förändring Förändring %"])
q("table_lookup", "Hur mycket är budgeterat för ombyggnaden av Solbackens äldreboende 2026 i Munkfors kommun?",
  "6,0 mnkr år 2026 (totalt 14,5 mnkr 2025–2027).", [(6.0, "mnkr")], ["MB"],
  ["Ombyggnad Solbackens äldreboende 2,5 6,0 6,0 14,5", "2025 2026 2027 2025–2027"])
q("table_lookup", "hur mkt kr per invånare går till socialnämden i forshaga 2025",
  "Socialnämnden i Forshaga har 33 929 kr per invånare i budget 2025 (389,5 mnkr).", [(33929, "kr")], ["FB"],
  ["Socialnämnden 371,2 389,5 18,3 33 929", "Mnkr 2024 2025 invånare 2025"])
q("table_lookup", "Vad är medel från den löpande verksamheten i Forshagas kassaflödesbudget för 2025?",
  "64,3 mnkr i budget 2025.", [(64.3, "mnkr")], ["FB"],
  ["Medel från den löpande verksamheten 64,3 68,6", "Mnkr Budget Plan"])
q("table_lookup", "Vilken helårsprognos har kultur- och fritidsnämnden i Forshaga för 2024 i delårsrapporten?",
  "Prognosen är 24,5 mnkr mot en budget på 24,8 mnkr, dvs. ett överskott på 0,3 mnkr.", [(24.5, "mnkr")], ["FD"],
  ["Kultur- och fritidsnämnden 24,8 24,5 0,3", "Nettokostnad, mnkr 2024 helår 2024 avvikelse"])
q("table_lookup", "hur många kronor av en hundralapp i skatt går till förskolan i munkfors?",
  "11 kronor av varje hundralapp går till förskola.", [(11, "kr")], ["MH"],
  ["Förskola | 11", "Verksamhet | Kronor av 100"])
q("table_lookup", "hur många elever går det på malmtorpsskolan i forshaga?",
  "Malmtorpsskolan (F–6) har 356 elever höstterminen 2024.", [(356, "st")], ["FP"],
  ["Malmtorpsskolan | 356", "Skola | Elever ht 2024"])
q("table_lookup", "Hur många flyttade ut från Munkfors 2022?",
  "159 personer flyttade ut från Munkfors 2022.", [(159, "st")], ["MX"],
  ["2022 | 3668 | 31 | 49 | 170 | 159 | -7", "År | Invånare 31 dec | Födda | Döda | Inflyttade | Utflyttade | Förändring"])

# ---------- calculation (9)
q("calculation", "Hur stor andel av nämndernas budget 2025 i Munkfors går till barn- och utbildningsnämnden?",
  "124 600 av 322 300 tkr, dvs. cirka 38,7 procent.", [(38.7, "%")], ["MB"],
  ["Barn- och utbildningsnämnden 120 150 124 600 4 450 3,7", "Summa nämnder 310 600 322 300 11 700 3,8"])
q("calculation", "hur mycket ökar skatteintäkterna i munkfors mellan budget 2025 och plan 2027?",
  "Från 222,6 till 238,9 mnkr, en ökning med 16,3 mnkr.", [(16.3, "mnkr")], ["MB"],
  ["Skatteintäkter 4 205,3 213,8 222,6 230,4 238,9", "2023 2024 2025 2026 2027"])
q("calculation", "Hur stort var det sammanlagda underskottet för de nämnder i Munkfors som gick back 2023?",
  "Barn- och utbildningsnämnden -2 150, vård- och omsorgsnämnden -2 640 och socialnämnden -1 680 tkr: sammanlagt 6 470 tkr i underskott.",
  [(-6470, "tkr")], ["MA"],
  ["Barn- och utbildningsnämnden 116 800 118 950 -2 150", "Vård- och omsorgsnämnden 108 600 111 240 -2 640", "Socialnämnden 19 700 21 380 -1 680"])
q("calculation", "Med hur många procent ökar Forshagas skatteintäkter från budget 2024 till budget 2025?",
  "Från 681,0 till 717,5 mnkr, en ökning med cirka 5,4 procent.", [(5.4, "%")], ["FB"],
  ["Skatteintäkter 652,4 681,0 717,5 743,2 769,9", "Mnkr Bokslut Budget Budget Plan Plan"])
q("calculation", "hur stor del av forshagas investeringar 2025 är nya dejeskolan?",
  "48,0 av 96,4 mnkr, dvs. cirka 49,8 procent.", [(49.8, "%")], ["FB"],
  ["Ny Dejeskolan F–6 48,0 35,0 5,0 88,0", "Summa investeringar 96,4 82,0 28,9 207,3"])
q("calculation", "Hur mycket ökar nettokostnaden för äldreomsorgen i Forshaga i procent från utfall 2023 till budget 2025?",
  "Från 198 600 till 217 800 tkr, en ökning med 19 200 tkr eller cirka 9,7 procent.", [(9.7, "%")], ["FX"],
  ["Äldreomsorg | 198600 | 206400 | 217800", "Verksamhet | Utfall 2023 | Budget 2024 | Budget 2025"])
q("calculation", "vad var den genomsnittliga sjukfrånvaron i forshaga kommun 2020-2023?",
  "(8,9 + 9,6 + 8,8 + 8,1) / 4 = cirka 8,85 procent.", [(8.85, "%")], ["FX"],
  ["2020 | 1012 | 8,9 | 78,4", "2021 | 1028 | 9,6 | 81,0", "2022 | 1041 | 8,8 | 83,5", "2023 | 1056 | 8,1 | 86,2"])
q("calculation", "Hur många barn föddes i Munkfors sammanlagt 2019–2023?",
  "33 + 30 + 27 + 31 + 28 = 149 födda.", [(149, "st")], ["MX"],
  ["2019 | 3702 | 33 | 51 | 160 | 156 | -14", "2020 | 3689 | 30 | 58 | 172 | 157 | -13", "2021 | 3675 | 27 | 55 | 168 | 154 | -14",
   "2022 | 3668 | 31 | 49 | 170 | 159 | -7", "2023 | 3641 | 28 | 52 | 161 | 164 | -27"])
q("calculation", "hur mycket mer betalar en villa i munkfors per år för fast va-avgift och dagvatten ihop med den nya va-taxan?",
  "Fast avgift 5 120 → 5 430 kr (+310) och dagvatten 940 → 1 000 kr (+60): sammanlagt 370 kr mer per år.", [(370, "kr")], ["MD"],
  ["Fast avgift per år, villa | 5 120 | 5 430 | 6,1", "Dagvattenavgift per år, villa | 940 | 1 000 | 6,4"])

# ---------- lookup (5)
q("lookup", "vem är kommunstyrelsens ordförande i munkfors?", "Maria Lindqvist (S).", [], ["MB"],
  ["Maria Lindqvist", "Kommunstyrelsens ordförande (S)"])
q("lookup", "Vilka reserverade sig mot budgetbeslutet i kommunstyrelsen i Munkfors i oktober 2024?",
  "Per Eklund (M) och Tommy Ahlgren (SD), till förmån för eget yrkande om skattesänkning med 10 öre.", [], ["MD"],
  ["Reservation: Per Eklund (M) och Tommy Ahlgren (SD) reserverar sig mot beslutet till förmån för eget yrkande."])
q("lookup", "Vem reserverade sig mot beslutet om ny skola i Deje i barn- och utbildningsnämnden?",
  "Lena Berg (M) och Johan Persson (SD).", [], ["FP"],
  ["Reservation: Lena Berg (M) och Johan Persson (SD) reserverar sig mot beslutet"])
q("lookup", "när ska nya förskolan i ransäter vara klar?", "Den ska vara klar för inflyttning i oktober 2026 (byggstart april 2025).",
  [], ["MP"], ["förskolan ska vara klar för inflyttning i oktober 2026"])
q("lookup", "När börjar bygget av nya Dejeskolan i Forshaga?", "Byggstart är planerad till mars 2025, inflyttning höstterminen 2026.",
  [], ["FB"], ["Byggstart är planerad till mars 2025 och inflyttning till höstterminen 2026."])

# ---------- text_amount (5)
q("text_amount", "hur stort är effektiviseringsuppdraget för nämnderna i munkfors 2025?", "4,7 miljoner kronor.", [(4.7, "mnkr")], ["MB"],
  ["gemensamt effektiviseringsuppdrag på 4,7 miljoner kronor"])
q("text_amount", "Hur mycket pengar lägger Munkfors på feriearbeten och sommarlovsaktiviteter?", "650 000 kronor.", [(650000, "kr")], ["MB"],
  ["avsätter vi 650 000 kronor till feriearbeten och sommarlovsaktiviteter för unga"])
q("text_amount", "hur mycket ska socialnämnden i forshaga spara 2025?", "Socialnämnden svarar för 6,1 miljoner kronor av effektiviseringarna på 14,3 miljoner.",
  [(6.1, "mnkr")], ["FB"], ["svarar Socialnämnden för 6,1 miljoner kronor"])
q("text_amount", "Vad kostar skolskjutsarna i Forshaga 2024?", "Cirka 11,6 miljoner kronor, 1,4 miljoner mer än budgeterat.",
  [(11.6, "mnkr")], ["FP"], ["Kostnaden för skolskjuts beräknas till 11,6 miljoner kronor 2024"])
q("text_amount", "vad kostar modulerna som förskolebarnen i munkfors flyttar till under bygget?", "Hyran för modulerna är 480 000 kronor.",
  [(480000, "kr")], ["MP"], ["Hyran för modulerna uppgår till 480 000 kronor."])

# ---------- multi_doc (5)
q("multi_doc", "vilken av kommunerna munkfors och forshaga har högst skattesats 2025?",
  "Munkfors: 22,85 kr; Forshaga: 22,31 kr (efter höjning med 20 öre). Munkfors har högst, 0,54 kr högre.",
  [(22.85, "kr"), (22.31, "kr")], ["MH", "FT"],
  ["Den kommunala skattesatsen i Munkfors är 22,85 kronor per hundralapp år 2025.", "Skattesatsen höjs från 22,11 till 22,31 kronor per hundralapp"])
q("multi_doc", "Vilken kommun investerar mest 2025, Munkfors eller Forshaga, och hur stor är skillnaden?",
  "Forshaga: 96,4 mnkr, Munkfors: 29,6 mnkr. Forshaga investerar 66,8 mnkr mer.",
  [(96.4, "mnkr"), (29.6, "mnkr"), (66.8, "mnkr")], ["MB", "FB"],
  ["Summa investeringar 29,6 34,0 14,8 78,4", "Summa investeringar 96,4 82,0 28,9 207,3"])
q("multi_doc", "Stämmer kostnaden för förskolan i Ransäter i pressmeddelandet med Munkfors investeringsbudget?",
  "Ja. Båda anger 24,5 miljoner kronor totalt (12,0 + 11,0 + 1,5 mnkr 2025–2027 i investeringsbudgeten).",
  [(24.5, "mnkr")], ["MP", "MB"],
  ["Den totala projektkostnaden beräknas till 24,5 miljoner kronor.", "Ny förskola Ransäter 12,0 11,0 1,5 24,5"])
q("multi_doc", "Hur stort underskott prognostiserar barn- och utbildningsnämnden i Forshaga för 2024 enligt delårsrapporten, och vad beslutade nämnden om delårsrapporten?",
  "Underskott på 4,3 mnkr (prognos 406,9 mot budget 402,6 mnkr). Nämnden godkände delårsrapporten och överlämnade den till kommunstyrelsen.",
  [(-4.3, "mnkr")], ["FD", "FP"],
  ["Barn- och utbildningsnämnden 402,6 406,9 (4,3)", "Beslut: Barn- och utbildningsnämnden godkänner delårsrapporten och överlämnar den till kommunstyrelsen."])
q("multi_doc", "Vilken av kommunerna har högst budgeterat resultat i procent av skatter och statsbidrag 2025, Munkfors eller Forshaga?",
  "Munkfors 1,7 procent (5,6 mnkr), Forshaga 1,6 procent (16,2 mnkr). Munkfors har något högre andel.",
  [(1.7, "%"), (1.6, "%")], ["MB", "FB"],
  ["Resultat i % av skatter och bidrag 2,1 1,7 1,7 1,3 1,4", "vilket motsvarar 1,6 procent av"])

# ---------- claim (5)
q("claim", "Stämmer det att Forshaga höjer skatten till 22,31 kr nästa år?",
  "Ja. Skattesatsen höjs från 22,11 till 22,31 kronor från 1 januari 2025.", [(22.31, "kr")], ["FT"],
  ["Skattesatsen höjs från 22,11 till 22,31 kronor per hundralapp från den 1 januari 2025."], verdict="supported")
q("claim", "Munkfors budgeterar ett resultat på 6,5 miljoner kronor för 2025, eller hur?",
  "Nej. Budgeterat resultat 2025 är 5,6 mnkr; 6,5 mnkr var bokslutet 2023.", [(5.6, "mnkr")], ["MB"],
  ["Årets resultat 6,5 5,6 5,6 4,4 5,1", "2023 2024 2025 2026 2027"], verdict="contradicted")
q("claim", "Jag har hört att socialnämnden i Forshaga räknar med ett underskott på 4,3 miljoner för 2024?",
  "Nej. Socialnämnden prognostiserar ett underskott på 9,2 miljoner kronor; 4,3 mnkr gäller barn- och utbildningsnämnden.",
  [(-9.2, "mnkr")], ["FD"], ["Socialnämnden prognostiserar ett underskott på 9,2 miljoner kronor"], verdict="contradicted")
q("claim", "Forshaga kommun ska bygga en ny ishall i Deje för 60 miljoner?",
  "Det finns inget i dokumenten om en ishall i Deje.", [], [], [], refused=True, verdict="not_found")
q("claim", "munkfors hade 3641 invånare vid slutet av 2023?",
  "Ja, 3 641 invånare den 31 december 2023 (minskning med 27).", [(3641, "st")], ["MA"],
  ["Invånare 31 december 3 702 3 689 3 675 3 668 3 641"], verdict="supported")

# ---------- unanswerable (5)
q("unanswerable", "Vad är årets resultat i Munkfors resultatbudget för 2028?",
  "Budgeten sträcker sig bara till plan 2027; 2028 finns inte.", refused=True)
q("unanswerable", "Hur mycket får miljö- och byggnämnden i Forshaga i budget 2025?",
  "Forshagas driftbudget har ingen miljö- och byggnämnd; uppgiften finns inte i dokumenten.", refused=True)
q("unanswerable", "hur mycket får kommunstyrelsens ordförande i munkfors i arvode?",
  "Arvodet anges inte i dokumenten.", refused=True)
q("unanswerable", "Vad var sjukfrånvaron i Forshaga kommun 2019?",
  "Personaltabellen börjar 2020; 2019 anges inte.", refused=True)
q("unanswerable", "Vad kostar simundervisningen i Karlstad för forshagaeleverna medan simhallen är stängd?",
  "Kostnaden anges inte i dokumenten.", refused=True)

# ---------- multi_part (4)
q("multi_part", "vad är kommunalskatten i munkfors 2025 och hur mycket går till regionen?",
  "Kommunens skattesats är 22,85 kr och regionskatten (Region Värmland) 11,18 kr, totalt 34,03 kr.",
  [(22.85, "kr"), (11.18, "kr")], ["MH"],
  ["Den kommunala skattesatsen i Munkfors är 22,85 kronor per hundralapp år 2025.", "Därtill kommer skatten till Region Värmland på 11,18 kronor"])
q("multi_part", "Hur röstade fullmäktige i Forshaga om skattehöjningen, och vem är ekonomichef?",
  "Beslutet fattades efter votering med 20 röster mot 15. Ekonomichef är Linda Sjöberg.", [(20, "st"), (15, "st")], ["FT"],
  ["Beslutet fattades efter votering med 20 röster mot 15.", "Ekonomichef Linda Sjöberg"])
q("multi_part", "Hur många tillsvidareanställda hade Munkfors kommun i slutet av 2023 och hur hög var sjukfrånvaron?",
  "412 tillsvidareanställda och en sjukfrånvaro på 7,9 procent.", [(412, "st"), (7.9, "%")], ["MA"],
  ["Kommunen hade 412 tillsvidareanställda", "den totala sjukfrånvaron var 7,9 procent"])
q("multi_part", "vad blev forshagas resultat jan-aug 2024 och vad är prognosen för helåret?",
  "Periodens resultat var 18,4 mnkr; helårsprognosen är 4,2 mnkr (2,7 mnkr under budget 6,9).", [(18.4, "mnkr"), (4.2, "mnkr")], ["FD"],
  ["Periodens resultat uppgår till 18,4 mnkr.", "Resultatet för helåret 2024 prognostiseras till 4,2 mnkr"])

# ---------- followup (4)
q("followup", "och hur mycket av det går till nya förskolan i ransäter?", "12,0 mnkr av investeringsbudgeten 2025 (29,6 mnkr).",
  [(12.0, "mnkr")], ["MB"], ["Ny förskola Ransäter 12,0 11,0 1,5 24,5", "2025 2026 2027 2025–2027"],
  history=["vad har munkfors för investeringsbudget 2025?"])
q("followup", "och året innan?", "Budget 2024 för barn- och utbildningsnämnden i Forshaga var 402,6 mnkr.",
  [(402.6, "mnkr")], ["FB"], ["Barn- och utbildningsnämnden 402,6 418,9 16,3 36 490", "Mnkr 2024 2025 invånare 2025"],
  history=["Vad får barn- och utbildningsnämnden i Forshaga i budget 2025?"])
q("followup", "hur mkt ökar det jämfört med utfall 2023?", "Från 182 300 tkr (utfall 2023) till 198 700 tkr (budget 2025): en ökning med 16 400 tkr.",
  [(16400, "tkr")], ["FX"], ["Grundskola | 182300 | 190500 | 198700", "Verksamhet | Utfall 2023 | Budget 2024 | Budget 2025"],
  history=["hur mycket är nettokostnaden för grundskola i forshaga budget 2025?"])
q("followup", "och vad är den budgeterad till 2025?", "Soliditeten är budgeterad till 38,5 procent 2025 (37,7 procent 2023).",
  [(38.5, "%")], ["MB"], ["Soliditet, % 37,7 38,4 38,5 38,5 38,8", "2023 2024 2025 2026 2027"],
  history=["Vad var soliditeten i Munkfors 2023?"])

# ---------- english (4)
q("english", "What is the total of 'Summa investeringar' in Forshaga's investeringsbudget for 2025–2027?",
  "207.3 mnkr in total (96.4 in 2025, 82.0 in 2026, 28.9 in 2027).", [(207.3, "mnkr")], ["FB"],
  ["Summa investeringar 96,4 82,0 28,9 207,3"], lang="en")
q("english", "How much new borrowing may Munkfors kommunstyrelsen take up at most in 2025?",
  "At most 12 mnkr in new loans during 2025.", [(12, "mnkr")], ["MD"],
  ["kommunstyrelsen får uppta nya lån på högst 12 mnkr under 2025"], lang="en")
q("english", "What was Forshaga's soliditet in 2023 according to the finansiell information page?",
  "28.9 percent.", [(28.9, "%")], ["FH"], ["Soliditet, % | 31,2 | 30,5 | 28,9 | 28,1", "Nyckeltal | 2021 | 2022 | 2023 | Budget 2024"], lang="en")
q("english", "How many inhabitants is Forshaga's budget for 2025 based on?",
  "11,480 inhabitants (as of 1 November 2024).", [(11480, "st")], ["FB"],
  ["Budgeten bygger på ett invånarantal på 11 480 personer den 1 november 2024"], lang="en")

out = "/work/main/evals/sets/dev/muni_dev40.jsonl"
with open(out, "w", encoding="utf-8") as f:
    for i, x in enumerate(Q, 1):
        rec = {"id": f"md40-{i:03d}", "corpus": C, **x}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(Q))
