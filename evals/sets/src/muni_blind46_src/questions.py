"""The question set for blind-muni46 (Skövde, Valdemarsvik)."""
import json
import random

C = "evals/corpora/blind-muni46"
S_B = f"{C}/skovde/mal-och-budget-2025.pdf"
S_D = f"{C}/skovde/delarsrapport-augusti-2024.pdf"
S_H = f"{C}/skovde/sa-anvands-din-skatt.html"
S_P = f"{C}/skovde/protokoll-ks-2024-10-14.docx"
S_X = f"{C}/skovde/nyckeltal-2019-2024.xlsx"
S_M = f"{C}/skovde/pressmeddelande-budget-2025.md"
V_B = f"{C}/valdemarsvik/budget-och-plan-2025-2027.pdf"
V_A = f"{C}/valdemarsvik/arsredovisning-2023.pdf"
V_H = f"{C}/valdemarsvik/finansiell-information.html"
V_P = f"{C}/valdemarsvik/protokoll-kf-2024-11-25.docx"
V_X = f"{C}/valdemarsvik/driftbudget-per-verksamhet-2025.xlsx"
V_T = f"{C}/valdemarsvik/pressmeddelande-arsredovisning-2023.txt"

# frequently quoted rows / headers
SB_DRIFT_H = "Nettokostnad, mnkr 2024 2025 2026 2027 2024–2025 % 2025"
SB_RB_H = "Belopp i mnkr 2023 2024 2025 2026 2027"
SB_INV_H = "Belopp i mnkr 2025 2026 2027 2025–2027"
VB_DRIFT_H = "Nämnd Budget 2024 Budget 2025 Plan 2026 Plan 2027 Förändr. %"
VB_INV_H = "Projekt Budget 2025 Plan 2026 Plan 2027"
VB_RB_H = "2023 2024 2025 2026 2027"


def n(v, u):
    return {"value": v, "unit": u}


Q = []


def q(cat, question, answer, numbers, docs, quotes, lang="sv", history=None, refused=False, verdict=None):
    Q.append({"category": cat, "language": lang, "question": question, "history": history or [],
              "gold": {"answer": answer, "numbers": numbers, "docs": docs, "quotes": quotes,
                       "refused": refused, "verdict": verdict}})


# ---------------- table_lookup (9) ----------------
q("table_lookup", "hur mycket får socialnämnden i skövde i budget 2025?",
  "Socialnämnden i Skövde har en nettokostnadsram på 1 247,9 mnkr i budget 2025.",
  [n(1247.9, "mnkr")], [S_B],
  ["Socialnämnden 1 198,4 1 247,9 1 289,3 1 330,6 49,5 4,1 21 763", SB_DRIFT_H])
q("table_lookup", "Vilka skatteintäkter räknar Skövde med för planåret 2027 i resultatbudgeten?",
  "Skatteintäkterna för plan 2027 är 3 381,5 mnkr.", [n(3381.5, "mnkr")], [S_B],
  ["Skatteintäkter 2 915,8 3 021,4 3 152,6 3 268,9 3 381,5", SB_RB_H])
q("table_lookup", "hur mkt ska valdemarsvik lägga på renoveringen av ringarums skola 2026",
  "I plan 2026 ligger 6 000 tkr för renovering av Ringarums skola.", [n(6000, "tkr")], [V_B],
  ["Renovering Ringarums skola 12 500 6 000 0", VB_INV_H])
q("table_lookup", "Vad var verksamhetens intäkter i Valdemarsviks kommun 2022 enligt resultaträkningen i årsredovisningen?",
  "Verksamhetens intäkter var 118 300 tkr 2022.", [n(118300, "tkr")], [V_A],
  ["Verksamhetens intäkter 1 118 300 121 600 112 000", "Belopp i tkr Not Utfall Utfall Budget"])
q("table_lookup", "hur många kronor av varje hundralapp går till äldreomsorgen i skövde",
  "Av varje hundralapp går 19 kronor till vård och omsorg om äldre.", [n(19, "kr")], [S_H],
  ["Vård och omsorg om äldre | 19 kr", "Verksamhet | Kronor av 100 kr"])
q("table_lookup", "vad var den totala skattesatsen i valdemarsvik 2023 inklusive regionen?",
  "Den totala skattesatsen 2023 var 34,16 kronor (22,61 kommunen + 11,55 Region Östergötland).",
  [n(34.16, "kr")], [V_H], ["2023 | 22,61 | 11,55 | 34,16", "År | Kommunen | Region Östergötland | Totalt"])
q("table_lookup", "Vilken ram hade kultur- och fritidsnämnden 2024 enligt tabellen i KS-protokollet i Skövde (tkr)?",
  "Kultur- och fritidsnämndens ram 2024 var 168 300 tkr.", [n(168300, "tkr")], [S_P],
  ["Kultur- och fritidsnämnden | 168 300 | 4 300 | 172 600", "Nämnd | Ram 2024, tkr | Förändring, tkr | Ram 2025, tkr"])
q("table_lookup", "vad är nettot för hemtjänsten i valdemarsviks driftbudget per verksamhet 2025?",
  "Hemtjänsten har ett netto på -54 350 tkr (intäkter 8 600, kostnader 62 950 tkr).", [n(-54350, "tkr")], [V_X],
  ["Hemtjänst | 8600 | 62950 | -54350", "Verksamhet | Intäkter | Kostnader | Netto"])
q("table_lookup", "hur många invånare hade skövde 31 dec 2021",
  "Skövde hade 56 630 invånare den 31 december 2021.", [n(56630, "st")], [S_X],
  ["2021 | 56630 | 21,84 | 164,3 | 455,7 | 32,6",
   "År | Invånare 31 dec | Skattesats (kr) | Årets resultat (mnkr) | Nettoinvesteringar (mnkr) | Soliditet inkl. pensionsåtaganden (%)"])

# ---------------- calculation (9) ----------------
q("calculation", "Hur mycket större är barn- och utbildningsnämndens ram i Skövde i plan 2027 jämfört med budget 2025?",
  "1 612,8 − 1 532,7 = 80,1 mnkr mer i plan 2027.", [n(80.1, "mnkr")], [S_B],
  ["Barn- och utbildningsnämnden 1 486,2 1 532,7 1 571,4 1 612,8 46,5 3,1 26 730", SB_DRIFT_H])
q("calculation", "hur stor andel av nämndernas totala budget 2025 i skövde går till bun?",
  "1 532,7 av 3 427,2 mnkr, alltså cirka 44,7 procent.", [n(44.7, "%")], [S_B],
  ["Barn- och utbildningsnämnden 1 486,2 1 532,7 1 571,4 1 612,8 46,5 3,1 26 730",
   "Summa nämnder 3 316,0 3 427,2 3 516,7 3 613,0 111,2 3,4 59 770", SB_DRIFT_H])
q("calculation", "Med hur många procent ökar socialnämndens ram i Valdemarsvik från plan 2026 till plan 2027?",
  "Från 253 900 till 260 100 tkr, en ökning med 6 200 tkr eller cirka 2,44 procent.", [n(2.44, "%")], [V_B],
  ["Socialnämnden 236 800 247 300 253 900 260 100 4,4", VB_DRIFT_H])
q("calculation", "hur många procent över budget gick socialnämnden i valdemarsvik 2023?",
  "Utfall 232 150 mot budget 226 400 tkr: 5 750 tkr över, cirka 2,54 procent.", [n(2.54, "%")], [V_A],
  ["Socialnämnden 226 400 232 150 (5 750)", "Nämnd Budget Utfall Avvikelse"])
q("calculation", "Hur mycket har Skövdes befolkning ökat mellan 2019 och 2024 enligt nyckeltalen?",
  "Från 55 920 till 57 410 invånare, en ökning med 1 490 personer.", [n(1490, "st")], [S_X],
  ["2019 | 55920 | 21,84 | 71,2 | 512,4 | 28,4", "2024 | 57410 | 22,04 | 55,9 | 611,3 | 30,2"])
q("calculation", "vad blev skövdes genomsnittliga årets resultat 2019-2024?",
  "Summan 568,9 mnkr delat på sex år ger i genomsnitt cirka 94,8 mnkr per år.", [n(94.82, "mnkr")], [S_X],
  ["2019 | 55920 | 21,84 | 71,2 | 512,4 | 28,4", "2020 | 56250 | 21,84 | 118,9 | 478 | 30,1",
   "2021 | 56630 | 21,84 | 164,3 | 455,7 | 32,6", "2022 | 56910 | 22,04 | 92,5 | 602,8 | 31,9",
   "2023 | 57120 | 22,04 | 66,1 | 644,1 | 30,7", "2024 | 57410 | 22,04 | 55,9 | 611,3 | 30,2"])
q("calculation", "Hur stor andel av socialnämndens kostnader i Valdemarsvik 2025 avser särskilt boende inom äldreomsorgen?",
  "118 300 av 296 800 tkr, cirka 39,9 procent.", [n(39.86, "%")], [V_X],
  ["Äldreomsorg, särskilt boende | 21400 | 118300 | -96900", "Summa Socialnämnden | 49500 | 296800 | -247300"])
q("calculation", "hur stort blir underskottet sammanlagt för socialnämnden och bun i skövde enligt delårsprognosen?",
  "Socialnämnden -24,6 och barn- och utbildningsnämnden -7,6 mnkr, sammanlagt 32,2 mnkr i underskott.",
  [n(32.2, "mnkr")], [S_D],
  ["Socialnämnden 1 198,4 1 223,0 -24,6", "Barn- och utbildningsnämnden 1 486,2 1 493,8 -7,6",
   "Nämnd Budget 2024 Prognos 2024 Avvikelse"])
q("calculation", "Hur många procent ökar Valdemarsviks skatteintäkter mellan budget 2024 och budget 2025?",
  "Från 431 800 till 452 600 tkr, en ökning med 20 800 tkr eller cirka 4,8 procent.", [n(4.82, "%")], [V_B],
  ["Skatteintäkter 420 350 431 800 452 600 466 900 480 300", VB_RB_H])

# ---------------- lookup (5) ----------------
q("lookup", "vem är kommunstyrelsens ordförande i skövde och vilket parti",
  "Helena Lindqvist (M) är kommunstyrelsens ordförande.", [], [S_B],
  ["Helena Lindqvist (M)", "Kommunstyrelsens ordförande"])
q("lookup", "Vem valdes till ny ersättare i socialnämnden i Valdemarsvik i november 2024?",
  "Karin Alm (C) valdes till ny ersättare efter Jonas Berg (C).", [], [V_P],
  ["Kommunfullmäktige väljer Karin Alm (C) till ny ersättare i socialnämnden efter Jonas Berg (C)"])
q("lookup", "vem köpte tomten hasslum 4:12 av skövde kommun?",
  "Westra Logistik AB (för 18 400 000 kronor).", [], [S_P],
  ["Kommunstyrelsen beslutar att sälja fastigheten Hasslum 4:12 till Westra Logistik AB"])
q("lookup", "vad heter den nya förskolan i valdemarsvik och när öppnade den",
  "Förskolan Ekbacken, som togs i bruk i augusti 2023.", [], [V_A],
  ["Den nya förskolan i Valdemarsvik, Förskolan Ekbacken, togs i bruk i augusti 2023."])
q("lookup", "När uppdaterades Skövdes sida Så används din skatt senast?",
  "Sidan uppdaterades senast 2025-01-15 (publicerad 2024-12-02).", [], [S_H],
  ["Publicerad 2024-12-02. Senast uppdaterad 2025-01-15."])

# ---------------- text_amount (5) ----------------
q("text_amount", "hur mycket pengar satsar skövde på speciallärare 2025?",
  "4,7 miljoner kronor till fler speciallärare i grundskolans tidiga år.", [n(4.7, "mnkr")], [S_B],
  ["vi avsätter 4,7 miljoner kronor till fler speciallärare i grundskolans"])
q("text_amount", "Hur mycket lägger Skövde på feriearbete för ungdomar?",
  "700 000 kronor per år.", [n(700000, "kr")], [S_B],
  ["Vi fortsätter också satsningen på feriearbete för ungdomar med 700 000 kronor per"])
q("text_amount", "vad ska badplatsen i gryt rustas för?",
  "Badplatsen i Gryt rustas med 700 000 kronor från samhällsbyggnadsnämndens driftbudget.",
  [n(700000, "kr")], [V_B], ["Badplatsen i Gryt rustas med 700 000"])
q("text_amount", "vad kostar en säsongsplats i gästhamnen i valdemarsvik 2025",
  "Hamnavgiften höjs från 4 800 till 5 200 kronor för en säsongsplats.", [n(5200, "kr")], [V_B],
  ["Hamnavgiften för en säsongsplats i gästhamnen i Valdemarsvik höjs från 4 800", "kronor till 5 200 kronor."])
q("text_amount", "Hur mycket mer pengar skulle S skattehöjning på 25 öre ha gett Skövde?",
  "Enligt Socialdemokraterna knappt 36 miljoner kronor i ökade intäkter.", [n(36, "mnkr")], [S_M],
  ["Socialdemokraternas budget innehöll en skattehöjning med 25 öre, vilket enligt partiet skulle ha gett knappt 36 miljoner kronor i ökade intäkter."])

# ---------------- multi_doc (5) ----------------
q("multi_doc", "vilken av kommunerna skövde och valdemarsvik har högst kommunalskatt 2025?",
  "Valdemarsvik, 22,86 kronor, mot Skövdes 22,04 kronor.", [n(22.86, "kr"), n(22.04, "kr")], [V_H, S_H],
  ["Från och med 1 januari 2025 är kommunalskatten i Valdemarsvik 22,86 kronor.",
   "Av dessa går 22,04 kronor till Skövde kommun"])
q("multi_doc", "Hur mycket högre är Skövdes budgeterade resultat för 2025 än prognosen för 2024 i delårsrapporten?",
  "Budget 2025: 104,7 mnkr; prognos 2024: 52,8 mnkr. Skillnaden är 51,9 mnkr.",
  [n(104.7, "mnkr"), n(52.8, "mnkr"), n(51.9, "mnkr")], [S_B, S_D],
  ["Årets resultat 66,1 69,4 104,7 88,5 90,0", "Helårsprognosen för årets resultat är 52,8 miljoner kronor"])
q("multi_doc", "socialnämnden i valdemarsvik kostade 2023 enligt årsredovisningen, hur mycket mer har de fått i ram för 2025?",
  "Utfall 2023 232 150 tkr, ram 2025 247 300 tkr: 15 150 tkr mer.", [n(15150, "tkr")], [V_A, V_B],
  ["Socialnämnden 226 400 232 150 (5 750)", "Socialnämnden 236 800 247 300 253 900 260 100 4,4"])
q("multi_doc", "Vilken kommun ger socialnämnden störst procentuell ramökning från 2024 till 2025, Skövde eller Valdemarsvik?",
  "Valdemarsvik: 4,4 procent, mot Skövdes 4,1 procent.", [n(4.4, "%"), n(4.1, "%")], [V_B, S_B],
  ["Socialnämnden 236 800 247 300 253 900 260 100 4,4", "Socialnämnden 1 198,4 1 247,9 1 289,3 1 330,6 49,5 4,1 21 763"])
q("multi_doc", "I Valdemarsviks budget står 15,4 mnkr för vattenverket i Gryt 2025. Vad blev budgeten efter fullmäktiges omfördelning?",
  "Efter omfördelningen av 1 500 tkr från den nya kajen blev budgeten 16 900 tkr.", [n(16900, "tkr")], [V_B, V_P],
  ["Vattenverk Gryt, ombyggnad 15 400 9 800 2 000", "Vattenverk Gryt, ombyggnad | 15 400 | 1 500 | 16 900"])

# ---------------- claim (5) ----------------
q("claim", "Stämmer det att Skövde höjer skatten till 22,29 kronor 2025?",
  "Nej. Skattesatsen är oförändrad, 22,04 kronor. 22,29 var Socialdemokraternas förslag som inte gick igenom.",
  [n(22.04, "kr")], [S_M], ["Skattesatsen blir oförändrad, 22,04 kronor"], verdict="contradicted")
q("claim", "valdemarsvik gick med 7,9 miljoner i överskott 2023, eller hur?",
  "Ja, resultatet för 2023 blev 7,9 miljoner kronor.", [n(7.9, "mnkr")], [V_T],
  ["Valdemarsviks kommun redovisar ett resultat på 7,9 miljoner kronor för 2023."], verdict="supported")
q("claim", "Jag har hört att socialnämnden i Skövde beräknas gå 24,6 miljoner back 2024 enligt delårsrapporten.",
  "Stämmer: socialnämnden prognostiserar ett underskott på 24,6 mnkr.", [n(-24.6, "mnkr")], [S_D],
  ["Socialnämnden 1 198,4 1 223,0 -24,6"], verdict="supported")
q("claim", "Fullmäktige i Valdemarsvik antog budgeten med 20 ja-röster mot 11?",
  "Nej, beslutet fattades med 18 ja-röster mot 8 nej-röster, 5 avstod.", [n(18, "st"), n(8, "st")], [V_P],
  ["Kommunfullmäktige beslutar med 18 ja-röster mot 8 nej-röster, 5 avstod"], verdict="contradicted")
q("claim", "En politiker påstår att Skövde ska stänga biblioteket i Billingsdal för att klara budgeten 2025. Stämmer det?",
  "Dokumenten säger ingenting om att stänga ett bibliotek i Billingsdal.", [], [], [], refused=True,
  verdict="not_found")

# ---------------- unanswerable (5) ----------------
q("unanswerable", "vad får barn- och utbildningsnämnden i skövde för ram 2028?",
  "Budgeten sträcker sig bara till plan 2027; någon ram för 2028 anges inte.", [], [], [], refused=True)
q("unanswerable", "Hur stor är kultur- och fritidsnämndens ram i Valdemarsvik 2025?",
  "Valdemarsvik har ingen kultur- och fritidsnämnd i budgeten; uppgiften finns inte.", [], [], [], refused=True)
q("unanswerable", "hur många barn får plats i nya förskolan på norra ryd i skövde?",
  "Antalet platser i förskolan på Norra Ryd anges inte i dokumenten.", [], [], [], refused=True)
q("unanswerable", "Vad blev Valdemarsviks faktiska resultat för 2024?",
  "Dokumenten innehåller bara budget för 2024, inte utfallet.", [], [], [], refused=True)
q("unanswerable", "vad kostar vinterväghållningen i skövde per år",
  "Kostnaden för vinterväghållningen anges inte; det står bara att den upphandlas på nytt.", [], [], [],
  refused=True)

# ---------------- multi_part (4) ----------------
q("multi_part", "Vilken skattesats har Skövde 2025, och hur stort resultat budgeteras?",
  "Skattesatsen är 22,04 kronor och årets resultat budgeteras till 104,7 mnkr.",
  [n(22.04, "kr"), n(104.7, "mnkr")], [S_B],
  ["Skattesatsen lämnas oförändrad på 22,04 kronor per hundralapp beskattningsbar inkomst.",
   "Årets resultat budgeteras till 104,7 miljoner kronor"])
q("multi_part", "hur många röstade ja till budgeten i valdemarsviks kf och vilka partier reserverade sig?",
  "18 ja-röster. Moderaterna och Kristdemokraterna reserverade sig, och Sverigedemokraterna lämnade en skriftlig reservation.",
  [n(18, "st")], [V_P],
  ["Kommunfullmäktige beslutar med 18 ja-röster mot 8 nej-röster",
   "Reservation: Moderaterna och Kristdemokraterna reserverar sig mot beslutet till förmån för eget förslag. Sverigedemokraterna lämnar en skriftlig reservation."])
q("multi_part", "Hur mycket ska Valdemarsviks nämnder spara 2025 och hur mycket av det ligger på socialnämnden?",
  "Sammanlagt 8,5 miljoner kronor, varav 5,2 miljoner kronor inom socialnämnden.",
  [n(8.5, "mnkr"), n(5.2, "mnkr")], [V_B], ["besparingar på sammanlagt 8,5 miljoner kronor, varav 5,2 miljoner kronor inom"])
q("multi_part", "vad blev skövdes resultat jan-aug 2024 och hur hög var sjukfrånvaron?",
  "Periodens resultat var 131,6 mnkr och sjukfrånvaron 7,4 procent.", [n(131.6, "mnkr"), n(7.4, "%")], [S_D],
  ["Kommunens resultat för perioden januari–augusti 2024 uppgår till 131,6 miljoner kronor.",
   "Sjukfrånvaron var 7,4"])

# ---------------- followup (4) ----------------
q("followup", "och 2027 då?", "I plan 2027 är årets resultat 90,0 mnkr.", [n(90.0, "mnkr")], [S_B],
  ["Årets resultat 66,1 69,4 104,7 88,5 90,0", SB_RB_H],
  history=["vad är skövdes budgeterade årets resultat 2025?"])
q("followup", "och socialnämnden?", "Socialnämnden i Valdemarsvik har 247 300 tkr i budget 2025.",
  [n(247300, "tkr")], [V_B], ["Socialnämnden 236 800 247 300 253 900 260 100 4,4", VB_DRIFT_H],
  history=["Hur mycket får utbildningsnämnden i Valdemarsvik 2025?"])
q("followup", "hur många av dem var 80 år eller äldre?", "3 050 personer var 80 år eller äldre 2024.",
  [n(3050, "st")], [S_X],
  ["2024 | 3900 | 7230 | 2790 | 32330 | 8110 | 3050 | 57410",
   "År | 0–5 år | 6–15 år | 16–19 år | 20–64 år | 65–79 år | 80 år och äldre | Totalt"],
  history=["hur många invånare hade skövde 2024 enligt nyckeltalen"])
q("followup", "vad var den innan höjningen?", "Före höjningen var skattesatsen 22,61 kronor.", [n(22.61, "kr")], [V_P],
  ["höjs från 22,61 kronor till 22,86 kronor"],
  history=["vad är valdemarsviks skattesats 2025?"])

# ---------------- english (4) ----------------
q("english", "What is Skövde's total investment budget for 2025?",
  "The total investment budget for 2025 is 347.5 mnkr, of which 242.0 mnkr is tax-financed.",
  [n(347.5, "mnkr")], [S_B], ["Totalt investeringar 347,5 357,5 217,5 922,5", SB_INV_H], lang="en")
q("english", "How many permanent employees did Valdemarsvik municipality have at the end of 2023?",
  "742 permanent employees (tillsvidareanställda) on 31 December 2023.", [n(742, "st")], [V_A],
  ["Antalet  tillsvidareanställda  uppgick  till  742  personer  den  31  december  2023."], lang="en")
q("english", "What is the net budget for Samhällsbyggnadsnämnden in Valdemarsvik in Plan 2027?",
  "43,900 tkr in Plan 2027.", [n(43900, "tkr")], [V_B],
  ["Samhällsbyggnadsnämnden 41 200 42 150 43 000 43 900 2,3", VB_DRIFT_H], lang="en")
q("english", "What was the vote in Skövde's kommunstyrelsen on the 2025 budget?",
  "The budget was approved by 9 votes to 6.", [n(9, "st"), n(6, "st")], [S_P],
  ["Med 9 ja-röster mot 6 nej-röster beslutar kommunstyrelsen enligt budgetberedningens förslag."], lang="en")


def write(path):
    items = list(Q)
    random.Random(46).shuffle(items)
    with open(path, "w", encoding="utf-8") as f:
        for i, x in enumerate(items, 1):
            obj = {"id": f"mb46-{i:03d}", "corpus": C, "category": x["category"], "language": x["language"],
                   "question": x["question"], "history": x["history"], "gold": x["gold"]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
