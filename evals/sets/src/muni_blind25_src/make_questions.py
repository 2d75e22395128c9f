"""Writes evals/sets/dev/muni_blind25.jsonl (question set over evals/corpora/blind-muni25)."""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, "..", "..", "dev", "muni_blind25.jsonl"))
CORPUS = "evals/corpora/blind-muni25"

TB = f"{CORPUS}/tierp/mal-och-budget-2025-2027.pdf"
TA = f"{CORPUS}/tierp/arsredovisning-2024.pdf"
TH = f"{CORPUS}/tierp/sa-anvands-din-skatt.html"
TD = f"{CORPUS}/tierp/protokoll-kommunstyrelsen-2025-03-11.docx"
TX = f"{CORPUS}/tierp/befolkningsstatistik-2015-2024.xlsx"
TP = f"{CORPUS}/tierp/pressmeddelande-ny-forskola-orbyhus.md"
VB = f"{CORPUS}/vannas/budget-och-plan-2025-2027.pdf"
VR = f"{CORPUS}/vannas/delarsrapport-jan-aug-2025.pdf"
VH = f"{CORPUS}/vannas/finansiell-information.html"
VD = f"{CORPUS}/vannas/protokoll-bun-2025-02-19.docx"
VX = f"{CORPUS}/vannas/driftbudget-per-verksamhet-2025.xlsx"
VP = f"{CORPUS}/vannas/pressmeddelande-delarsrapport-2025.txt"

Q = []


def q(cat, question, answer, numbers=(), docs=(), quotes=(), lang="sv", history=(), refused=False, verdict=None):
    Q.append({
        "category": cat, "language": lang, "question": question, "history": list(history),
        "gold": {"answer": answer, "numbers": [{"value": v, "unit": u} for v, u in numbers],
                 "docs": list(docs), "quotes": list(quotes), "refused": refused, "verdict": verdict},
    })


# ------------------------------------------------------------------ table_lookup (9)
q("table_lookup", "hur mkt skatteintäkter räknar tierp med i budgeten för 2025?",
  "Tierps kommun budgeterar skatteintäkter på 1 188,9 mnkr för 2025 (resultatbudgeten).",
  [(1188.9, "mnkr")], [TB],
  ["Skatteintäkter 3 1 098,6 1 142,3 1 188,9 1 230,4 1 274,8", "Not Bokslut Prognos Budget Plan Plan"])
q("table_lookup", "Vad kostar socialnämnden per invånare i Tierps budget 2025?",
  "Socialnämndens budget 2025 motsvarar 29 051 kronor per invånare (621,7 mnkr, beräknat på 21 400 invånare).",
  [(29051, "kr")], [TB],
  ["Socialnämnden 598,3 621,7 23,4 3,9 29 051", "2024 2025 mnkr % invånare 2025¹"])
q("table_lookup", "hur mycket pengar finns avsatt för den nya återvinningscentralen i tierp år 2027",
  "I investeringsbudgeten är 18,0 mnkr avsatt för den nya återvinningscentralen i Tierp 2027 (totalt 35,0 mnkr 2025–2027).",
  [(18.0, "mnkr")], [TB],
  ["Ny återvinningscentral i Tierp 2,0 15,0 18,0 35,0", "2025 2026 2027 2025–2027"])
q("table_lookup", "Hur stora likvida medel räknar Vännäs kommun med att ha vid slutet av 2026?",
  "Enligt kassaflödesbudgeten beräknas likvida medel vid årets slut 2026 till 31 050 tkr.",
  [(31050, "tkr")], [VB],
  ["Likvida medel vid årets slut 23 850 31 050 44 850", "2025 2026 2027"])
q("table_lookup", "vad är socialnämndens ram i vännäs i plan 2027",
  "Socialnämnden i Vännäs har 313 900 tkr i nettokostnad i plan 2027.",
  [(313900, "tkr")], [VB],
  ["Socialnämnden 281 120 288 950 296 870 305 400 313 900 7 920 2,7", "2023 2024 2025 2026 2027 2024–2025 %"])
q("table_lookup", "hur många flyttade från tierp 2024?",
  "1 085 personer flyttade ut från Tierps kommun 2024.",
  [(1085, "st")], [TX],
  ["2024 | 21362 | 193 | 236 | -43 | 1172 | 1085 | 87 | 44",
   "År | Folkmängd | Födda | Döda | Födelsenetto | Inflyttade | Utflyttade | Flyttnetto | Folkökning"])
q("table_lookup", "Vännäs driftbudget 2025: vad är nettokostnaden för förskolan?",
  "Förskolan i Vännäs har en nettokostnad på 74 820 tkr i driftbudgeten 2025 (intäkter 6 820 tkr, kostnader 81 640 tkr).",
  [(74820, "tkr")], [VX],
  ["Förskola | 6820 | 81640 | 74820",
   "Verksamhet | Intäkter | Kostnader | Nettokostnad"])
q("table_lookup", "vad hade vännäs kommun för soliditet 2022",
  "Soliditeten i Vännäs kommun var 41,3 procent 2022.",
  [(41.3, "%")], [VH],
  ["Soliditet, % | 42,1 | 41,3 | 40,2 | 39,4", "Nyckeltal | 2021 | 2022 | 2023 | 2024"])
q("table_lookup", "Hur mycket av IT-investeringarna flyttas över från 2024 till 2025 i Tierp enligt ks-protokollet?",
  "För IT-infrastruktur och digitalisering ombudgeteras 1 090 tkr till 2025 (budget 4 200 tkr, utfall 3 110 tkr).",
  [(1090, "tkr")], [TD],
  ["IT-infrastruktur och digitalisering | 4 200 | 3 110 | 1 090",
   "Projekt | Budget 2024, tkr | Utfall 2024, tkr | Ombudgeteras till 2025, tkr"])

# ------------------------------------------------------------------ calculation (9)
q("calculation", "Hur många procent över budget gick socialnämnden i Tierp 2024?",
  "Socialnämnden hade ett underskott på 11,9 mnkr mot en budget på 598,3 mnkr, dvs. ca 1,99 procent (knappt 2 %) över budget.",
  [(11.9, "mnkr"), (1.99, "%")], [TA],
  ["Socialnämnden 598,3 610,2 (11,9)", "Nämnd Budget 2024 Utfall 2024 Avvikelse"])
q("calculation", "med hur många procent ökar skatteintäkterna i tierp från budget 2025 till plan 2027?",
  "Skatteintäkterna ökar från 1 188,9 mnkr till 1 274,8 mnkr, en ökning med 85,9 mnkr eller ca 7,23 procent.",
  [(7.23, "%")], [TB],
  ["Skatteintäkter 3 1 098,6 1 142,3 1 188,9 1 230,4 1 274,8", "2023 2024 2025 2026 2027"])
q("calculation", "Hur stor andel av Tierps investeringar 2025 går till socialnämnden?",
  "Socialnämnden har 37,5 mnkr av totalt 116,2 mnkr i investeringar 2025, ca 32,3 procent.",
  [(32.3, "%")], [TB],
  ["Summa socialnämnden 37,5 44,0 12,0 93,5", "Summa investeringar 116,2 151,2 88,7 356,1"])
q("calculation", "vad blir vännäs genomsnittliga årsresultat per år under budget- och planperioden 2025-2027?",
  "Årets resultat är 7 600, 6 700 och 6 700 tkr, i genomsnitt 7 000 tkr per år.",
  [(7000, "tkr")], [VB],
  ["Årets resultat 6 010 5 900 7 600 6 700 6 700", "2023 2024 2025 2026 2027"])
q("calculation", "Hur mycket bättre var Vännäs periodresultat jan–aug 2025 jämfört med samma period året innan?",
  "Periodens resultat var 14 600 tkr jan–aug 2025 mot 12 720 tkr jan–aug 2024, alltså 1 880 tkr bättre.",
  [(1880, "tkr")], [VR],
  ["Periodens/årets resultat 14 600 12 720 7 600 4 300 -3 300"])
q("calculation", "hur stor del av socialnämndens nettokostnad i vännäs 2025 är särskilt boende för äldre, i procent?",
  "Särskilt boende för äldre har 112 450 tkr av socialnämndens 296 870 tkr, ca 37,9 procent.",
  [(37.9, "%")], [VX],
  ["Särskilt boende för äldre | 21340 | 133790 | 112450",
   "Summa socialnämnden | 59890 | 356760 | 296870"])
q("calculation", "hur många fler dog än föddes i tierp sammanlagt åren 2020-2024?",
  "Födelsenettot var -50, -40, -53, -58 och -43, alltså dog sammanlagt 244 fler än som föddes 2020–2024.",
  [(244, "st")], [TX],
  ["2020 | 20912 | 212 | 262 | -50 | 1203 | 993 | 210 | 160",
   "2021 | 21087 | 204 | 244 | -40 | 1241 | 1026 | 215 | 175",
   "2022 | 21203 | 198 | 251 | -53 | 1188 | 1019 | 169 | 116",
   "2023 | 21318 | 189 | 247 | -58 | 1196 | 1023 | 173 | 115",
   "2024 | 21362 | 193 | 236 | -43 | 1172 | 1085 | 87 | 44"])
q("calculation", "Vad var Vännäs genomsnittliga nettoinvesteringar per år 2021–2024?",
  "Nettoinvesteringarna var 38,5, 44,1, 47,9 och 39,6 mnkr, i genomsnitt ca 42,5 mnkr per år.",
  [(42.5, "mnkr")], [VH],
  ["Nettoinvesteringar, mnkr | 38,5 | 44,1 | 47,9 | 39,6", "Nyckeltal | 2021 | 2022 | 2023 | 2024"])
q("calculation", "Hur stor andel av ombudgeteringen i tierps ks 11 mars går till siggbo-boendet?",
  "Av totalt 18 880 tkr som ombudgeteras avser 8 350 tkr särskilt boende Siggbo etapp 1, ca 44,2 procent.",
  [(44.2, "%")], [TD],
  ["Nytt särskilt boende Siggbo, etapp 1 | 48 000 | 39 650 | 8 350", "Summa | 74 300 | 55 420 | 18 880"])

# ------------------------------------------------------------------ lookup (5)
q("lookup", "vem är ordförande i kommunstyrelsen i tierp",
  "Kommunstyrelsens ordförande i Tierp är Marie Wallin (S).",
  [], [TB], ["Marie Wallin (S)", "Kommunstyrelsens ordförande"])
q("lookup", "Vilka reserverade sig mot besparingsbeslutet i barn- och utbildningsnämnden i Vännäs i februari?",
  "Peter Nilsson (S) och Maria Holmberg (V) reserverade sig mot beslutet om besparingsåtgärder (§ 11).",
  [], [VD],
  ["Reservation: Peter Nilsson (S) och Maria Holmberg (V) reserverar sig mot beslutet till förmån för eget yrkande."])
q("lookup", "vilket byggföretag ska bygga nya förskolan i örbyhus?",
  "Tierps kommun har tecknat avtal med Mälardalens Byggpartner AB.",
  [], [TP],
  ["Tierps kommun har tecknat avtal med Mälardalens Byggpartner AB om att bygga en ny förskola vid"])
q("lookup", "när uppdaterades vännäs kommuns sida om finansiell information senast?",
  "Sidan uppdaterades senast 2025-04-28.",
  [], [VH], ["Sidan publicerades 2023-03-02. Senast uppdaterad 2025-04-28."])
q("lookup", "vad sa ks i tierp om motionen om gratis buss för pensionärer över 75?",
  "Kommunstyrelsen föreslog kommunfullmäktige att avslå motionen (§ 35); SD-ledamöterna reserverade sig.",
  [], [TD],
  ["Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen.",
   "Lars-Göran Nyström (SD) och Mats Åkerlund (SD) reserverar sig mot beslutet till förmån för bifall till motionen."])

# ------------------------------------------------------------------ text_amount (5)
q("text_amount", "Hur mycket extra får elevhälsan i Tierp i budgeten 2025?",
  "Barn- och ungdomsnämnden får 4,7 miljoner kronor extra för elevhälsan och den särskilda undervisningsgruppen.",
  [(4.7, "mnkr")], [TB],
  ["Vi prioriterar skolan och omsorgen. Barn- och ungdomsnämnden får 4,7 miljoner kronor extra"])
q("text_amount", "hur mycket lägger tierp på feriearbete för ungdomar 2025",
  "Kommunstyrelsen har 650 000 kronor för feriearbete 2025.",
  [(650000, "kr")], [TB], ["• Feriearbete för ungdomar, kommunstyrelsen: 650 000 kronor."])
q("text_amount", "Hur mycket mer skatt får Vännäs in på skattehöjningen?",
  "Skattehöjningen med 20 öre beräknas ge cirka 4,2 miljoner kronor i ökade skatteintäkter 2025.",
  [(4.2, "mnkr")], [VB],
  ["med 20 öre beräknas ge cirka 4,2 miljoner kronor i ökade skatteintäkter 2025."])
q("text_amount", "hur stort underskott räknade socialnämnden i tierp med för 2024 när budgeten för 2025 togs fram?",
  "I prognosen efter augusti 2024 räknade socialnämnden med ett underskott på -12,8 miljoner kronor.",
  [(-12.8, "mnkr")], [TB],
  ["prognostiserar ett underskott på -12,8 miljoner kronor, främst på grund av kostnader för"])
q("text_amount", "Vad är skolskjutsavtalet i Vännäs värt per år?",
  "Avtalets värde beräknas till cirka 5,8 miljoner kronor per år.",
  [(5.8, "mnkr")], [VD], ["Avtalets värde beräknas till cirka 5,8 miljoner kronor per år."])

# ------------------------------------------------------------------ claim (5)
q("claim", "Stämmer det att Vännäs höjer skatten med 20 öre till 22,85 kronor från 2025?",
  "Ja. Skattesatsen höjs med 20 öre till 22,85 kronor från den 1 januari 2025.",
  [(22.85, "kr")], [VB],
  ["För att klara välfärden höjer vi skattesatsen med 20 öre till 22,85 kronor från den 1 januari"],
  verdict="supported")
q("claim", "Tierps kommun gick med 22,1 miljoner i överskott 2024, eller hur?",
  "Nej. Årets resultat 2024 blev 18,9 miljoner kronor (budget 12,5). 22,1 miljoner är det budgeterade resultatet för 2025.",
  [(18.9, "mnkr")], [TA],
  ["• Årets resultat blev 18,9 miljoner kronor (budget 12,5 miljoner kronor)."],
  verdict="contradicted")
q("claim", "Jag har hört att socialnämnden i Vännäs prognostiserar ett underskott på 6,4 miljoner i år. Stämmer det?",
  "Nej. Enligt delårsrapporten prognostiserar socialnämnden ett underskott på 8,4 miljoner kronor för 2025.",
  [(8.4, "mnkr")], [VP],
  ["Den största avvikelsen finns inom socialnämnden, som prognostiserar ett underskott på 8,4 miljoner kronor."],
  verdict="contradicted")
q("claim", "Tierp har sökt 1,2 miljoner från Boverket till simhallsrenoveringen?",
  "Ja. Kommunen har sökt ett bidrag på 1,2 miljoner kronor från Boverket för energieffektivisering av simhallen.",
  [(1.2, "mnkr")], [TB],
  ["har kommunen sökt ett bidrag på 1,2 miljoner kronor från Boverket för energieffektivisering."],
  verdict="supported")
q("claim", "En lokalpolitiker påstår att Vännäs kommun ska sälja Vännäs Bostäder AB. Stämmer det?",
  "Det framgår inte av dokumenten. De nämner bara att kommunen har gått i borgen för Vännäs Bostäder AB, inget om en försäljning.",
  [], [], [], refused=True, verdict="not_found")

# ------------------------------------------------------------------ unanswerable (5)
q("unanswerable", "vilken ram har kultur- och fritidsnämnden i tierp för 2026?",
  "Det framgår inte. Driftbudgeten per nämnd redovisar bara budget 2024 och 2025, inte 2026.",
  refused=True)
q("unanswerable", "Hur mycket kostar den nya simhallen i Vännäs?",
  "Dokumenten nämner ingen ny simhall i Vännäs (däremot en ny sporthall i Vännäsby).",
  refused=True)
q("unanswerable", "hur många anställda hade tierps kommun 2019",
  "Det framgår inte. Femårsöversikten i årsredovisningen börjar 2020.",
  refused=True)
q("unanswerable", "Hur mycket budgeterar Vännäs för räddningstjänsten 2026?",
  "Det framgår inte. Räddningstjänsten redovisas bara för 2025; planåren redovisas per nämnd, inte per verksamhet.",
  refused=True)
q("unanswerable", "hur många elevplatser får nya skolan i siggbo?",
  "Det framgår inte. Budgeten anger bara investeringsmedel för projektering och etapp 1, inte antalet platser.",
  refused=True)

# ------------------------------------------------------------------ multi_part (4)
q("multi_part", "hur många barn får plats på nya förskolan i örbyhus, och när börjar de bygga?",
  "Förskolan får plats för 120 barn (sex avdelningar). Byggstarten sker den 22 april 2025.",
  [(120, "st")], [TP],
  ["Förskolan får sex avdelningar och plats för 120 barn.",
   "Byggstarten sker den 22 april 2025 och förskolan beräknas stå klar till"])
q("multi_part", "Vad är Vännäs finansiella mål för årets resultat, och klarar budgeten 2025 det?",
  "Målet är ett resultat på minst 1,0 procent av skatteintäkter och generella statsbidrag. Budget 2025 ger 1,05 procent, så målet uppfylls för 2025 (men inte för 2026).",
  [(1.0, "%"), (1.05, "%")], [VB],
  ["• Årets resultat ska vara minst 1,0 procent av skatteintäkter och generella statsbidrag.",
   "Med budgeterat resultat blir resultatet 1,05 procent av skatteintäkter och generella"])
q("multi_part", "Hur mycket sökte Tierps hembygdsförening i extra bidrag och hur mycket beviljade kommunstyrelsen?",
  "Föreningen ansökte om 180 000 kronor och kommunstyrelsen beviljade 120 000 kronor.",
  [(180000, "kr"), (120000, "kr")], [TD],
  ["Föreningen har ansökt om 180 000 kronor.",
   "Kommunstyrelsen beslutar att bevilja Tierps hembygdsförening ett extra bidrag på 120 000 kronor"])
q("multi_part", "hur många tillsvidareanställda hade vännäs i slutet av augusti 2025 och hur hög var sjukfrånvaron?",
  "Vännäs hade 781 tillsvidareanställda den 31 augusti 2025. Sjukfrånvaron var 7,2 procent under perioden.",
  [(781, "st"), (7.2, "%")], [VR],
  ["Antalet tillsvidareanställda var 781 den 31 augusti 2025, vilket är 6 fler än vid årsskiftet.",
   "Sjukfrånvaron var 7,2 procent under perioden"])

# ------------------------------------------------------------------ multi_doc (5)
q("multi_doc", "Vilken av kommunerna Tierp och Vännäs har högst kommunalskatt 2025, och hur stor är skillnaden?",
  "Vännäs har högst, 22,85 kronor mot Tierps 22,24 kronor, en skillnad på 0,61 kronor.",
  [(22.85, "kr"), (22.24, "kr"), (0.61, "kr")], [TH, VH],
  ["Av dessa går 22,24 kronor till Tierps kommun och 11,71 kronor till Region Uppsala.",
   "Från den 1 januari 2025 är den kommunala skattesatsen 22,85 kronor."])
q("multi_doc", "BUN i Vännäs ska spara enligt budgeten – hur mycket totalt, och vilken åtgärd ger mest?",
  "Barn- och utbildningsnämnden ska spara 3,6 miljoner kronor (3 600 tkr). Största åtgärden är anpassad bemanning i förskolan efter minskat barnantal, 1 400 tkr.",
  [(3.6, "mnkr"), (1400, "tkr")], [VB, VD],
  ["Barn- och utbildningsnämnden: 3,6 miljoner kronor genom anpassning till minskat",
   "Anpassad bemanning i förskolan efter minskat barnantal | 1 400"])
q("multi_doc", "Socialnämnden i Tierp 2024: hur stämde prognosen i budgetdokumentet med utfallet i årsredovisningen?",
  "Budgetdokumentet angav en prognos på -12,8 mnkr; utfallet blev ett underskott på 11,9 mnkr, dvs. 0,9 mnkr bättre än prognosen.",
  [(-12.8, "mnkr"), (-11.9, "mnkr"), (0.9, "mnkr")], [TB, TA],
  ["prognostiserar ett underskott på -12,8 miljoner kronor", "Socialnämnden 598,3 610,2 (11,9)"])
q("multi_doc", "hur mycket sämre blev vännäs resultat 2024 jämfört med budgeten för 2024?",
  "Budgeten för 2024 var 5 900 tkr och utfallet blev 3,2 miljoner kronor, alltså 2,7 miljoner kronor sämre.",
  [(5900, "tkr"), (3.2, "mnkr"), (2.7, "mnkr")], [VB, VH],
  ["Årets resultat 6 010 5 900 7 600 6 700 6 700",
   "Kommunen redovisade ett överskott på 3,2 miljoner kronor för 2024, vilket var 2,7 miljoner kronor lägre än budgeterat."])
q("multi_doc", "Vilken kommun budgeterar det högsta resultatet 2025 i procent av skatter och statsbidrag, Tierp eller Vännäs?",
  "Tierp: 1,39 procent mot Vännäs 1,05 procent. Tierp har alltså högst andel.",
  [(1.39, "%"), (1.05, "%")], [TB, VB],
  ["Resultatet i budget 2025 motsvarar 1,39 procent av skatteintäkter och generella statsbidrag.",
   "Med budgeterat resultat blir resultatet 1,05 procent av skatteintäkter och generella"])

# ------------------------------------------------------------------ followup (4)
q("followup", "och 2027 då?",
  "I plan 2027 är årets resultat 29,3 mnkr.",
  [(29.3, "mnkr")], [TB],
  ["Årets resultat 16,8 13,3 22,1 24,4 29,3", "2023 2024 2025 2026 2027"],
  history=["vad är tierps budgeterade resultat för 2025?"])
q("followup", "hur mycket av det är taxefinansierat?",
  "Av investeringarna 2025 (41 200 tkr) är 11 300 tkr taxefinansierade.",
  [(11300, "tkr")], [VB],
  ["Summa taxefinansierat 11 300 19 800 8 500", "2025 2026 2027"],
  history=["hur mycket investerar vännäs kommun totalt 2025?"])
q("followup", "och 2020?",
  "Örbyhus hade 2 118 invånare 2020.",
  [(2118, "st")], [TX],
  ["Örbyhus | 2118 | 2147 | 2166 | 2,3", "Tätort | 2020 | 2022 | 2024 | Förändring 2020–2024, %"],
  history=["hur många bor i örbyhus?", "är det fler än förut?"])
q("followup", "hur mycket av det går till hemtjänsten?",
  "Hemtjänsten har en nettokostnad på 68 320 tkr i driftbudgeten 2025.",
  [(68320, "tkr")], [VX],
  ["Hemtjänst | 8920 | 77240 | 68320",
   "Verksamhet | Intäkter | Kostnader | Nettokostnad"],
  history=["Vad får socialnämnden i Vännäs i budget 2025?"])

# ------------------------------------------------------------------ english (4)
q("english", "What is Tierp's total investment budget for 2025?",
  "Tierp's investments for 2025 total 116.2 mnkr (356.1 mnkr for 2025–2027).",
  [(116.2, "mnkr")], [TB],
  ["Summa investeringar 116,2 151,2 88,7 356,1", "2025 2026 2027 2025–2027"], lang="en")
q("english", "How much had Vännäs invested during January–August 2025 according to the delårsrapport?",
  "Vännäs had invested 18,640 tkr in January–August 2025, against an investment budget of 41,200 tkr.",
  [(18640, "tkr")], [VR],
  ["Under januari–augusti har 18 640 tkr investerats."], lang="en")
q("english", "In Tierp, how much of every 100 kronor of municipal tax goes to barn- och ungdomsnämnden?",
  "41.0 kronor of every 100 kronor goes to barn- och ungdomsnämnden (634.9 mnkr in budget 2025).",
  [(41.0, "kr")], [TH],
  ["Barn- och ungdomsnämnden | 41,0 kr | 634,9", "Verksamhet | Av 100 kronor | Nettokostnad budget 2025, mnkr"],
  lang="en")
q("english", "How many children were enrolled in preschool in Vännäs in February 2025, according to the barn- och utbildningsnämnden minutes?",
  "466 children in total were enrolled in February 2025.",
  [(466, "st")], [VD],
  ["Totalt | 466 | 458 | 453", "Område | Inskrivna barn feb 2025 | Prognos 2026 | Prognos 2027"], lang="en")


def main():
    random.Random(25).shuffle(Q)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, item in enumerate(Q, 1):
            rec = {"id": f"mb25-{i:03d}", "corpus": CORPUS, "category": item["category"],
                   "language": item["language"], "question": item["question"], "history": item["history"],
                   "gold": item["gold"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(OUT, len(Q))


if __name__ == "__main__":
    main()
