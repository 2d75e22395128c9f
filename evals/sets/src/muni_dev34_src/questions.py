"""Writes evals/sets/dev/muni_dev34.jsonl (deterministic). Run from this folder."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev", "muni_dev34.jsonl"))
C = "evals/corpora/dev-muni34"
OB = f"{C}/odeshog/mal-och-budget-2025-2027.pdf"
OD = f"{C}/odeshog/delarsrapport-augusti-2024.pdf"
OH = f"{C}/odeshog/sa-anvands-din-skatt.html"
OP = f"{C}/odeshog/protokoll-ks-2024-11-05.docx"
OX = f"{C}/odeshog/befolkning-och-nyckeltal.xlsx"
OM = f"{C}/odeshog/pressmeddelande-budget-2025.md"
VB = f"{C}/vetlanda/budget-och-plan-2025-2027.pdf"
VA = f"{C}/vetlanda/arsredovisning-2023.pdf"
VH = f"{C}/vetlanda/finansiell-information.html"
VP = f"{C}/vetlanda/protokoll-kf-2024-11-25.docx"
VX = f"{C}/vetlanda/driftbudget-2025-per-verksamhet.xlsx"
VT = f"{C}/vetlanda/pressmeddelande-arsredovisning-2023.txt"

O_DRIFT_HDR = "Tkr Budget Budget Förändring Förändring kr per inv."
V_RB_HDR = "Mnkr Utfall Budget Budget Plan Plan"

Q = []


def q(cat, question, answer, numbers=(), docs=(), quotes=(), refused=False, verdict=None, history=(), lang="sv"):
    Q.append({"category": cat, "language": lang, "question": question, "history": list(history),
              "gold": {"answer": answer, "numbers": [{"value": v, "unit": u} for v, u in numbers],
                       "docs": list(docs), "quotes": list(quotes), "refused": refused, "verdict": verdict}})


# ---------------- table_lookup (9)
q("table_lookup", "hur mycket är budgeten för äldreomsorgen i ödeshög 2025?",
  "Äldreomsorgen i Ödeshög har en budget (nettokostnad) på 115 900 tkr för 2025, en ökning med 3 400 tkr från 2024.",
  [(115900, "tkr")], [OB], ["Äldreomsorg 112 500 115 900 3 400 3,0 21 868", O_DRIFT_HDR])
q("table_lookup", "Vad är Vetlandas budgeterade skatteintäkter för 2025?",
  "Skatteintäkterna i Vetlanda är budgeterade till 1 640,8 mnkr för 2025.",
  [(1640.8, "mnkr")], [VB], ["Skatteintäkter 1 512,4 1 571,6 1 640,8 1 701,3 1 762,9", V_RB_HDR])
q("table_lookup", "vad kostar äldreboendet ekbacken i vetlanda 2026 enl investeringsbudgeten",
  "Nytt äldreboende Ekbacken har 110,0 mnkr i plan för 2026 (95,0 mnkr 2025, total projektbudget 285,0 mnkr).",
  [(110.0, "mnkr")], [VB], ["Nytt äldreboende Ekbacken, 90 platser 95,0 110,0 60,0 285,0",
                            "Belopp i mnkr 2025 2026 2027 projektbudget"])
q("table_lookup", "Vad var prognosen för socialnämnden i Ödeshög för helåret 2024 i delårsrapporten?",
  "Socialnämnden prognostiserade en nettokostnad på 192,0 mnkr mot en budget på 186,4 mnkr, dvs. en avvikelse på -5,6 mnkr.",
  [(192.0, "mnkr"), (-5.6, "mnkr")], [OD], ["Socialnämnden 186,4 192,0 – 5,6",
                                          "Nettokostnad, mnkr Budget 2024 Prognos 2024 Avvikelse"])
q("table_lookup", "hur många kronor av varje hundralapp i skatt går till barn- och utbildningsnämnden i ödeshög?",
  "Av 100 kronor i kommunalskatt går 35,7 kronor till barn- och utbildningsnämnden (budget 2025).",
  [(35.7, "kr")], [OH], ["Barn- och utbildningsnämnden | 35,7", "Nämnd | Kronor av 100 kr"])
q("table_lookup", "vetlanda kommuns låneskuld 2022?",
  "Låneskulden var 900 mnkr 2022.",
  [(900, "mnkr")], [VH], ["Låneskuld, mnkr | 820 | 900 | 1 020", "Nyckeltal | 2021 | 2022 | 2023"])
q("table_lookup", "Vad blir den rörliga va-avgiften per kubikmeter i Ödeshög 2025?",
  "Den rörliga avgiften blir 40,70 kr per kubikmeter 2025 (38,40 kr 2024), enligt förslaget i kommunstyrelsens protokoll.",
  [(40.70, "kr")], [OP], ["Rörlig avgift per kubikmeter (kr) | 38,40 | 40,70 | 2,30",
                          "Avgift (inkl. moms) | Taxa 2024 | Taxa 2025 | Förändring, kr"])
q("table_lookup", "vad är nettokostnaden för funktionsstöd i vetlanda budget 2025",
  "Funktionsstöd under socialnämnden har en nettokostnad på 236 900 tkr i budget 2025.",
  [(236900, "tkr")], [VX], ["Funktionsstöd | 38100 | -275000 | 236900",
                            "Verksamhet | Intäkter | Kostnader | Nettokostnad"])
q("table_lookup", "hur många bodde i ödeshögs kommun 2021",
  "Folkmängden i Ödeshög var 5 203 personer den 31 december 2021.",
  [(5203, "st")], [OX], ["2021 | 5203 | 46 | 69 | 341 | 309 | 38 | 12",
                         "År | Folkmängd | Födda | Döda | Inflyttade | Utflyttade | Invandrade | Utvandrade"])

# ---------------- calculation (9)
q("calculation", "Hur mycket minskar Ödeshögs totala investeringar från 2025 till 2027?",
  "Investeringarna minskar från 58 400 tkr (2025) till 24 350 tkr (2027), dvs. med 34 050 tkr.",
  [(34050, "tkr")], [OB], ["Totalt investeringar 58 400 38 200 24 350 120 950",
                           "Projekt (tkr) Budget 2025 Plan 2026 Plan 2027 Totalt 2025–2027"])
q("calculation", "hur stor andel av nämndernas budget i vetlanda 2025 går till socialnämnden?",
  "Socialnämnden har 871,5 mnkr av nämndernas totalt 2 068,7 mnkr 2025, vilket är cirka 42,1 procent.",
  [(42.1, "%")], [VB], ["Socialnämnden 836,0 871,5 897,8 925,6", "Summa nämnder 1 989,0 2 068,7 2 121,7 2 179,2"])
q("calculation", "Med hur många procent ökar skatteintäkterna i Ödeshög från budget 2025 till plan 2027?",
  "Skatteintäkterna ökar från 313,4 mnkr till 336,2 mnkr, en ökning med 22,8 mnkr eller cirka 7,3 procent.",
  [(7.3, "%")], [OB], ["Skatteintäkter 291,5 301,8 313,4 324,9 336,2", "Belopp i mnkr 2023 2024 2025 2026 2027"])
q("calculation", "hur mycket gick socialnämnden och bun i vetlanda back tillsammans 2023?",
  "Socialnämnden hade ett underskott på 18,6 mnkr och barn- och utbildningsnämnden 4,2 mnkr, tillsammans 22,8 mnkr.",
  [(22.8, "mnkr")], [VA], ["Socialnämnden 801,2 819,8 (18,6)", "Barn- och utbildningsnämnden 780,5 784,7 (4,2)"])
q("calculation", "Hur många procent har barn- och utbildningsnämndens nettokostnad i Vetlanda ökat från 2021 till budget 2025?",
  "Nettokostnaden ökar från 731,2 mnkr (utfall 2021) till 842,3 mnkr (budget 2025), cirka 15,2 procent.",
  [(15.2, "%")], [VX], ["2021 | 731,2 | 742,8 | 171,4 | 134,9 | 1780,3",
                        "2025 | 842,3 | 871,5 | 198,6 | 156,3 | 2068,7"])
q("calculation", "vad var den genomsnittliga sjukfrånvaron i ödeshög 2021-2023?",
  "Genomsnittet av 8,6, 8,9 och 8,3 procent är 8,6 procent.",
  [(8.6, "%")], [OX], ["Sjukfrånvaro, % | 8,6 | 8,9 | 8,3", "Nyckeltal | 2021 | 2022 | 2023"])
q("calculation", "Med hur många procent höjs de sammanlagda borgensramarna för Vetlandas bolag 2025?",
  "Borgensramarna höjs från 1 530 mnkr till 1 680 mnkr, dvs. 150 mnkr eller cirka 9,8 procent.",
  [(9.8, "%")], [VP], ["Summa | 1 530 | 1 680 | 150",
                       "Bolag | Borgensram 2024, mnkr | Borgensram 2025, mnkr | Förändring, mnkr"])
q("calculation", "hur mycket sämre var ödeshögs resultat jan-aug 2024 jämfört med samma period året innan?",
  "Periodens resultat var 14,6 mnkr jan–aug 2024 mot 17,3 mnkr jan–aug 2023, alltså 2,7 mnkr lägre.",
  [(2.7, "mnkr")], [OD], ["Periodens/årets resultat 17,3 14,6 6,8 3,0", "jan–aug 2023 jan–aug 2024 helår 2024 helår 2024"])
q("calculation", "Vad blir Vetlandas nettokostnad per invånare 2025 med det invånarantal budgeten räknar med?",
  "Verksamhetens nettokostnader 2 175,1 mnkr delat med 27 650 invånare ger cirka 78 665 kronor per invånare.",
  [(78665, "kr")], [VB], ["Verksamhetens nettokostnader – 1 999,0 – 2 083,7 – 2 175,1 – 2 233,7 – 2 294,3",
                          "oförändrat invånarantal på 27 650 under planperioden."])

# ---------------- lookup (5)
q("lookup", "vem är kommunstyrelsens ordförande i ödeshög?",
  "Jonas Lindqvist (M) är kommunstyrelsens ordförande i Ödeshög.",
  [], [OB], ["Jonas Lindqvist (M)"])
q("lookup", "När ska äldreboendet Ekbacken i Vetlanda öppna?",
  "Ekbacken öppnar 2027 och ersätter då två äldre boenden med sammanlagt 64 platser.",
  [], [VB], ["När Ekbacken öppnar 2027 ersätts", "två äldre boenden med sammanlagt 64 platser."])
q("lookup", "vilket företag fick bygga nya förskolan på hagalund i ödeshög",
  "Östgöta Bygg AB tilldelades totalentreprenaden (anbudspris 36,2 miljoner kronor).",
  [], [OP], ["Beslut: Kommunstyrelsen beslutar att tilldela Östgöta Bygg AB entreprenaden"])
q("lookup", "Vilka partier reserverade sig mot budgetbeslutet i Vetlandas kommunfullmäktige i november 2024?",
  "Socialdemokraterna och Vänsterpartiet reserverade sig till förmån för S-förslaget, och Sverigedemokraterna reserverade sig mot den höjda skattesatsen.",
  [], [VP], ["Reservationer: Ledamöterna för Socialdemokraterna och Vänsterpartiet reserverar sig mot beslutet till förmån för Socialdemokraternas förslag.",
             "Ledamöterna för Sverigedemokraterna reserverar sig mot beslutet om höjd skattesats."])
q("lookup", "vem är ekonomichef i vetlanda kommun?",
  "Henrik Blom är ekonomichef i Vetlanda kommun.",
  [], [VT], ["Henrik Blom, ekonomichef, 0383-970 00"])

# ---------------- text_amount (5)
q("text_amount", "hur mkt sparar ödeshög på att fritidsgården har kortare öppettider på sommaren?",
  "Minskade öppettider på fritidsgården beräknas ge 700 000 kronor lägre kostnader.",
  [(700000, "kr")], [OB], ["beräknas ge 700 000 kronor lägre kostnader."])
q("text_amount", "Hur mycket minskar Vetlanda bidraget till studieförbunden?",
  "Kultur- och fritidsnämnden minskar bidraget till studieförbunden med 850 000 kronor.",
  [(850000, "kr")], [VB], ["Kultur- och fritidsnämnden minskar bidraget till studieförbunden med 850 000 kronor"])
q("text_amount", "hur stor var återbetalningen från AFA som vetlanda fick 2023?",
  "Engångsåterbetalningen från AFA Försäkring var 11,3 miljoner kronor.",
  [(11.3, "mnkr")], [VT], ["en engångsåterbetalning från AFA Försäkring på 11,3 miljoner kronor."])
q("text_amount", "Hur mycket ska socialnämnden i Ödeshög effektivisera 2025?",
  "Socialnämnden ska effektivisera 3,2 miljoner kronor, genom ny planering av hemtjänsten och minskade inhyrda sjuksköterskor.",
  [(3.2, "mnkr")], [OB], ["Socialnämnden: 3,2 miljoner kronor genom ny planering av hemtjänsten och minskade"])
q("text_amount", "hur mycket ökar pensionskostnaderna i vetlanda 2025?",
  "Pensionskostnaderna ökar med 21 miljoner kronor 2025 jämfört med 2024.",
  [(21, "mnkr")], [VB], ["Pensionskostnaderna ökar med 21 miljoner kronor 2025 jämfört med 2024."])

# ---------------- multi_doc (5)
q("multi_doc", "vilken av kommunerna ödeshög och vetlanda har högst kommunalskatt 2025?",
  "Ödeshög har högst: 22,36 kronor, mot Vetlandas 22,01 kronor (efter en höjning med 20 öre).",
  [(22.36, "kr"), (22.01, "kr")], [OH, VH],
  ["Kommunalskatten i Ödeshög är 22,36 kronor per hundralapp 2025.", "Skattesatsen höjs med 20 öre till 22,01 kronor."])
q("multi_doc", "Vilken av kommunerna Ödeshög och Vetlanda budgeterar det högsta resultatet i procent av skatteintäkter och generella statsbidrag 2025?",
  "Vetlanda: 1,7 procent, mot Ödeshögs 1,1 procent.",
  [(1.7, "%"), (1.1, "%")], [OB, VB],
  ["Resultat i % av skatter och bidrag 0,9 0,6 1,1 1,4 1,7", "2025 1,7 %, 2026 1,9 %, 2027 2,2 %."])
q("multi_doc", "socialnämnden i vetlanda kostade en viss summa 2023 enl årsredovisningen, hur mycket mer får den i budget 2025?",
  "Utfallet 2023 var 819,8 mnkr och budgeten 2025 är 871,5 mnkr, alltså 51,7 mnkr mer.",
  [(51.7, "mnkr")], [VA, VB], ["Socialnämnden 801,2 819,8 (18,6)", "Socialnämnden 836,0 871,5 897,8 925,6"])
q("multi_doc", "Hur mycket mer investerar Ödeshög enligt budgeten för 2025 än vad delårsrapporten prognostiserade för investeringarna 2024?",
  "Budget 2025: 58 400 tkr (58,4 mnkr); prognos 2024: 38,5 mnkr. Skillnaden är 19,9 mnkr.",
  [(19.9, "mnkr")], [OB, OD], ["Totalt investeringar 58 400 38 200 24 350 120 950",
                               "investeringar är 38,5 miljoner kronor mot en budget på 52,0 miljoner kronor."])
q("multi_doc", "hur många tillsvidareanställda har ödeshög respektive vetlanda enligt senaste rapporterna?",
  "Ödeshög hade 612 tillsvidareanställda den 31 augusti 2024 och Vetlanda 2 386 den 31 december 2023.",
  [(612, "st"), (2386, "st")], [OD, VA],
  ["Den 31 augusti 2024 hade kommunen 612 tillsvidareanställda medarbetare.",
   "Kommunen hade 2 386 tillsvidareanställda den 31 december 2023."])

# ---------------- claim (5)
q("claim", "Stämmer det att Vetlanda höjer kommunalskatten med 30 öre 2025?",
  "Nej. Skatten höjs med 20 öre, till 22,01 kronor.",
  [(22.01, "kr")], [VH], ["Skattesatsen höjs med 20 öre till 22,01 kronor."], verdict="contradicted")
q("claim", "Ödeshögs nya förskola på Hagalund beräknas kosta 41,5 miljoner, eller hur?",
  "Ja, förskolan beräknas kosta 41,5 miljoner kronor och stå klar hösten 2026.",
  [(41.5, "mnkr")], [OM], ["Förskolan beräknas kosta 41,5 miljoner kronor och stå klar hösten 2026."], verdict="supported")
q("claim", "Jag har hört att socialnämnden i Vetlanda gick 14,1 miljoner back 2023.",
  "Det stämmer inte. Socialnämndens underskott var 18,6 miljoner kronor; 14,1 miljoner kronor var överskridandet för externa placeringar av barn och unga.",
  [(-18.6, "mnkr")], [VA], ["Socialnämnden 801,2 819,8 (18,6)", "Socialnämnden redovisade det största underskottet, -18,6 miljoner kronor."],
  verdict="contradicted")
q("claim", "budgeten i ödeshög klubbades med 17 röster mot 14?",
  "Ja, beslutet fattades med 17 röster mot 14.",
  [(17, "st"), (14, "st")], [OM], ["Beslutet fattades med 17 röster mot 14."], verdict="supported")
q("claim", "Ödeshög inför gratis kollektivtrafik för pensionärer från 2025, stämmer det?",
  "Dokumenten säger ingenting om gratis kollektivtrafik för pensionärer.",
  refused=True, verdict="not_found")

# ---------------- unanswerable (5)
q("unanswerable", "vad är ödeshögs budgeterade investeringar för 2028?",
  "Investeringsbudgeten sträcker sig bara till 2027; 2028 finns inte med.", refused=True)
q("unanswerable", "Hur mycket är hemtjänsten i Vetlanda budgeterad till 2025?",
  "Budgeten anger bara äldreomsorgen som helhet, ingen separat budget för hemtjänsten.", refused=True)
q("unanswerable", "vem är ordförande i socialnämnden i ödeshög?",
  "Dokumenten anger inte vem som är socialnämndens ordförande.", refused=True)
q("unanswerable", "Vad blev sjukfrånvaron i Vetlanda kommun 2024?",
  "Dokumenten redovisar sjukfrånvaron bara till och med 2023 (6,9 procent); 2024 finns inte.", refused=True)
q("unanswerable", "hur mycket lägger ödeshög på den nya sporthallen 2025?",
  "Investeringsbudgeten innehåller ingen ny sporthall.", refused=True)

# ---------------- multi_part (4)
q("multi_part", "Vad blir skattesatsen i Ödeshög 2025 och hur stort resultat budgeteras?",
  "Skattesatsen blir oförändrad 22,36 kronor och det budgeterade resultatet är 5,1 miljoner kronor.",
  [(22.36, "kr"), (5.1, "mnkr")], [OM], ["Skattesats: 22,36 kronor (oförändrad)", "Budgeterat resultat: 5,1 miljoner kronor"])
q("multi_part", "hur mycket investerade vetlanda 2023 och vad var investeringsbudgeten det året?",
  "Nettoinvesteringarna var 212,4 mnkr mot en budget på 234,0 mnkr (21,6 mnkr lägre).",
  [(212.4, "mnkr"), (234.0, "mnkr")], [VA], ["Summa nettoinvesteringar 234,0 212,4 21,6",
                                              "Mnkr Budget 2023 Utfall 2023 Avvikelse"])
q("multi_part", "hur mycket höjs va-taxan i ödeshög 2025 och vilka lämnade protokollsanteckning om det?",
  "Brukningsavgifterna höjs med 6 procent; Karin Holm (S) och Anders Wik (S) lämnade en protokollsanteckning.",
  [(6, "%")], [OP], ["Samhällsbyggnadsnämnden föreslår att brukningsavgifterna för vatten och avlopp höjs med 6 procent från den 1 januari 2025.",
                     "Protokollsanteckning: Karin Holm (S) och Anders Wik (S) lämnar en protokollsanteckning"])
q("multi_part", "Hur många platser får Ekbacken i Vetlanda, och vad är den totala projektbudgeten?",
  "Ekbacken får 90 platser och har en total projektbudget på 285,0 mnkr.",
  [(90, "st"), (285.0, "mnkr")], [VB], ["Nytt äldreboende Ekbacken, 90 platser 95,0 110,0 60,0 285,0",
                                        "Belopp i mnkr 2025 2026 2027 projektbudget"])

# ---------------- followup (4)
q("followup", "och gymnasiet då?",
  "Gymnasieskolan i Ödeshög har en budget på 32 880 tkr 2025.",
  [(32880, "tkr")], [OB], ["Gymnasieskola 31 400 32 880 1 480 4,7 6 204", O_DRIFT_HDR],
  history=["hur mycket budgeterar ödeshög för grundskolan 2025?"])
q("followup", "och hur mycket var budgeterat?",
  "Det budgeterade resultatet för 2023 var 22,0 mnkr (utfallet blev 38,2 mnkr).",
  [(22.0, "mnkr")], [VA], ["Årets resultat 61,5 22,0 38,2 16,2",
                           "Belopp i mnkr Not Utfall 2022 Budget 2023 Utfall 2023 Avvikelse"],
  history=["vad blev vetlandas årets resultat 2023?"])
q("followup", "och i plan 2027?",
  "Kultur- och fritidsnämnden har 71,1 mnkr i plan 2027.",
  [(71.1, "mnkr")], [VB], ["Kultur- och fritidsnämnden 66,5 68,2 69,6 71,1", "mnkr 2024 2025 2026 2027"],
  history=["Vad får kultur- och fritidsnämnden i Vetlanda i budget 2025?"])
q("followup", "hur mycket ökade det mellan åren då?",
  "Folkmängden ökade från 5 270 (2022) till 5 291 (2023), dvs. med 21 personer.",
  [(21, "st")], [OX], ["2022 | 5270 | 53 | 74 | 356 | 322 | 70 | 16", "2023 | 5291 | 49 | 72 | 338 | 331 | 58 | 21"],
  history=["hur många invånare hade ödeshög 2023?", "och 2022?"])

# ---------------- english (4)
q("english", "What is Ödeshög's planned result (Årets resultat) for 2026 in the Resultatbudget?",
  "The planned result for 2026 is 6.9 mnkr (SEK 6.9 million).",
  [(6.9, "mnkr")], [OB], ["Årets resultat 3,9 3,0 5,1 6,9 8,9", "Belopp i mnkr 2023 2024 2025 2026 2027"], lang="en")
q("english", "By how much did Vetlanda's Kommunstyrelsen come in under budget in 2023?",
  "Kommunstyrelsen had a surplus of 6.8 mnkr against budget (budget 181.0, outcome 174.2 mnkr).",
  [(6.8, "mnkr")], [VA], ["Kommunstyrelsen 181,0 174,2 6,8", "Nettokostnad, mnkr Budget 2023 Utfall 2023 Avvikelse"],
  lang="en")
q("english", "What borgensram did Vetlanda's kommunfullmäktige set for Vetlanda Energi och Teknik AB for 2025?",
  "The guarantee limit (borgensram) is 640 mnkr for 2025, up 100 mnkr from 540 mnkr.",
  [(640, "mnkr")], [VP], ["Vetlanda Energi och Teknik AB | 540 | 640 | 100",
                          "Bolag | Borgensram 2024, mnkr | Borgensram 2025, mnkr | Förändring, mnkr"], lang="en")
q("english", "How many permanent employees did Ödeshög have at the end of August 2024, and what was the sick leave rate?",
  "Ödeshög had 612 permanent employees (tillsvidareanställda) on 31 August 2024, and sick leave was 7.4 percent for the period.",
  [(612, "st"), (7.4, "%")], [OD], ["Den 31 augusti 2024 hade kommunen 612 tillsvidareanställda medarbetare.",
                                    "perioden var 7,4 procent, jämfört med 8,1 procent samma period föregående år."],
  lang="en")

# order: interleave categories deterministically so ids are not grouped by category
ORDER = ["table_lookup", "calculation", "lookup", "text_amount", "claim", "multi_doc", "unanswerable",
         "multi_part", "followup", "english"]
buckets = {c: [x for x in Q if x["category"] == c] for c in ORDER}
out = []
while any(buckets.values()):
    for c in ORDER:
        if buckets[c]:
            out.append(buckets[c].pop(0))
os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w", encoding="utf-8") as f:
    for i, x in enumerate(out, 1):
        rec = {"id": f"md34-{i:03d}", "corpus": C, "category": x["category"], "language": x["language"],
               "question": x["question"], "history": x["history"], "gold": x["gold"]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(out), "questions ->", OUT)
