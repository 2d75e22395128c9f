"""Write evals/sets/dev/muni_blind23.jsonl deterministically. Run: python make_questions.py"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, "..", "..", "dev", "muni_blind23.jsonl"))
CORPUS = "evals/corpora/blind-muni23"
R = CORPUS + "/ronneby/"
S = CORPUS + "/storuman/"
RB = R + "budget-2025-plan-2026-2027.pdf"
RA = R + "arsredovisning-2024.pdf"
RH = R + "sa-anvands-din-skatt.html"
RP = R + "protokoll-kommunstyrelsen-2025-03-04.docx"
RX = R + "befolkning-och-skola-2020-2024.xlsx"
RM = R + "pressmeddelande-forskola-kallinge.md"
SB = S + "mal-och-budget-2025-2027.pdf"
SD = S + "delarsrapport-jan-aug-2025.pdf"
SH = S + "kommunalskatt.html"
SP = S + "protokoll-socialnamnden-2025-09-23.docx"
SX = S + "aldreomsorg-och-besoksnaring.xlsx"
ST = S + "pressmeddelande-simhallen.txt"

RB_HDR = "Belopp i mnkr Bokslut Budget Budget Plan Plan 2023 2024 2025 2026 2027"
RB_DRIFT_HDR = "Nettokostnad, mnkr Budget Budget Förändring Förändring kr per inv. 2024 2025 mnkr % 2025"
SB_DRIFT_HDR = "Nettokostnad Budget Plan Plan Budget 2025 tkr 2025 2026 2027 kr per inv."
RA_NAMND_HDR = "Nettokostnad, mnkr Budget 2024 Utfall 2024 Avvikelse"


def n(v, u):
    return {"value": v, "unit": u}


Q = []


def q(cat, question, answer, numbers, docs, quotes, lang="sv", history=None, refused=False, verdict=None):
    Q.append({"category": cat, "language": lang, "question": question, "history": history or [],
              "gold": {"answer": answer, "numbers": numbers, "docs": docs, "quotes": quotes,
                       "refused": refused, "verdict": verdict}})


# ---------------- table_lookup (9)
q("table_lookup", "hur mycket räknar ronneby med i generella statsbidrag och utjämning 2026?",
  "Ronneby räknar med 556,4 mnkr i generella statsbidrag och utjämning 2026 (plan 2026).",
  [n(556.4, "mnkr")], [RB], ["Generella statsbidrag och utjämning 514,8 520,3 548,2 556,4 562,9", RB_HDR])
q("table_lookup", "Vad är budgeterat för renoveringen av Snäckebacksskolan år 2026 i Ronneby kommun?",
  "I investeringsbudgeten är 31 000 tkr planerat för Renovering Snäckebacksskolan 2026.",
  [n(31000, "tkr")], [RB], ["Renovering Snäckebacksskolan 24 000 31 000 12 000 67 000",
                            "Belopp i tkr Budget Plan Plan Totalt Projekt 2025 2026 2027 2025–2027"])
q("table_lookup", "hur mkt pengar får bun i storuman 2025",
  "Barn- och utbildningsnämnden i Storuman har en budget (nettokostnad) på 176 900 tkr för 2025.",
  [n(176900, "tkr")], [SB], ["Barn- och utbildningsnämnden 176 900 180 500 183 800 30 712", SB_DRIFT_HDR])
q("table_lookup", "Vad är helårsprognosen för socialnämnden i Storuman i delårsrapporten 2025?",
  "Socialnämndens nettokostnad prognostiseras till 256 100 tkr för 2025, mot en budget på 248 300 tkr, "
  "det vill säga ett underskott på 7 800 tkr.",
  [n(256100, "tkr")], [SD], ["Socialnämnden 248 300 256 100 (7 800)", "tkr Budget 2025 Prognos 2025 Avvikelse"])
q("table_lookup", "hur många tillsvidareanställda hade ronneby kommun 2022",
  "Ronneby kommun hade 2 451 tillsvidareanställda 2022.",
  [n(2451, "st")], [RA], ["Antal tillsvidareanställda 2 412 2 436 2 451 2 468 2 455", "Nyckeltal 2020 2021 2022 2023 2024"])
q("table_lookup", "hur många kronor av varje hundralapp i skatt går till äldreomsorgen i ronneby?",
  "23 kronor av varje hundralapp går till äldreomsorgen (nettokostnad 529,6 mnkr i budget 2025).",
  [n(23, "kr")], [RH], ["Äldreomsorg | 23 | 529,6", "Verksamhet | Kronor av 100 | Nettokostnad 2025, mnkr"])
q("table_lookup", "hur mycket ombudgeteras för brunnsparken enligt ks protokollet i ronneby i mars?",
  "1 300 tkr för Brunnsparken, upprustning ombudgeteras från 2024 till 2025.",
  [n(1300, "tkr")], [RP], ["Brunnsparken, upprustning (Kommunstyrelsen) | 1 300",
                           "Projekt | Ombudgeteras, tkr"])
q("table_lookup", "antal gästnätter i hemavan 2024?",
  "Hemavan hade 331 200 kommersiella gästnätter 2024.",
  [n(331200, "st")], [SX], ["Hemavan | 262400 | 301800 | 318900 | 331200 | 3,9",
                            "Område | 2021 | 2022 | 2023 | 2024 | Förändring 2023–2024, %"])
q("table_lookup", "vad var den totala skattesatsen i storumans kommun 2022",
  "Den totala skattesatsen 2022 var 34,45 kronor (kommunalskatt 23,10 + regionskatt 11,35).",
  [n(34.45, "kr")], [SH], ["2022 | 23,10 | 11,35 | 34,45", "År | Kommunalskatt | Regionskatt | Total skattesats"])

# ---------------- calculation (9)
q("calculation", "Hur mycket ökar årets resultat i Ronneby från budget 2025 till plan 2027, i procent?",
  "Årets resultat ökar från 46,8 mnkr (2025) till 60,0 mnkr (2027), en ökning med 13,2 mnkr eller cirka 28,2 procent.",
  [n(28.2, "%")], [RB], ["Årets resultat 48,1 42,8 46,8 50,8 60,0", RB_HDR])
q("calculation", "hur stor andel av nämndernas budget 2025 går till utbildningsnämnden i ronneby?",
  "Utbildningsnämnden får 901,3 mnkr av summa nämnder 2 248,1 mnkr, cirka 40,1 procent.",
  [n(40.1, "%")], [RB], ["Utbildningsnämnden 872,6 901,3 28,7 3,3 30 194",
                         "Summa nämnder 2 156,7 2 248,1 91,4 4,2 75 313", RB_DRIFT_HDR])
q("calculation", "Hur stort var det sammanlagda underskottet 2024 för de nämnder i Ronneby som gick med underskott?",
  "Utbildningsnämnden (-7,2), socialnämnden (-11,4) och äldrenämnden (-1,4) hade underskott, sammanlagt 20,0 mnkr.",
  [n(20.0, "mnkr")], [RA], ["Utbildningsnämnden 872,6 879,8 –7,2", "Socialnämnden 398,2 409,6 –11,4",
                            "Äldrenämnden 512,7 514,1 –1,4", RA_NAMND_HDR])
q("calculation", "vad var flyttnettot i ronneby 2024?",
  "1 476 inflyttade minus 1 350 utflyttade ger ett flyttnetto på +126 personer 2024.",
  [n(126, "st")], [RX], ["2024 | 29850 | 271 | 339 | 1476 | 1350",
                         "År | Folkmängd 31 dec | Födda | Döda | Inflyttade | Utflyttade"])
q("calculation", "Med hur många procent har kostnaden per elev i grundskolan i Ronneby ökat från 2020 till 2024?",
  "Kostnaden per elev ökade från 104 200 kr till 121 300 kr, en ökning med cirka 16,4 procent.",
  [n(16.4, "%")], [RX], ["2020 | 1482 | 3398 | 104200", "2024 | 1448 | 3490 | 121300",
                         "År | Barn i förskola | Elever i grundskola | Kostnad per elev grundskola, kr"])
q("calculation", "hur mycket investerar storuman totalt under hela perioden 2025-2027?",
  "62 400 + 51 400 + 16 700 = 130 500 tkr under 2025–2027.",
  [n(130500, "tkr")], [SB], ["Summa investeringar 62 400 51 400 16 700", "Projekt Budget Plan Plan tkr 2025 2026 2027"])
q("calculation", "Hur mycket ökar socialnämndens ram i Storuman mellan budget 2025 och plan 2027?",
  "Från 248 300 tkr till 264 700 tkr, en ökning med 16 400 tkr.",
  [n(16400, "tkr")], [SB], ["Socialnämnden 248 300 256 900 264 700 43 108", SB_DRIFT_HDR])
q("calculation", "hur många procent högre var skatteintäkterna jan-aug 2025 jämfört med jan-aug 2024 i storuman?",
  "Skatteintäkterna ökade från 221 040 tkr till 229 350 tkr, cirka 3,8 procent.",
  [n(3.8, "%")], [SD], ["Skatteintäkter 229 350 221 040 342 700 343 900 1 200",
                        "tkr Utfall Utfall Budget Prognos Avvikelse jan–aug jan–aug 2025 2025 prognos/ 2025 2024 budget"])
q("calculation", "Hur många personer hade hemtjänst i Storuman i genomsnitt per år 2020–2024?",
  "(212 + 219 + 224 + 231 + 238) / 5 = 224,8 personer i genomsnitt.",
  [n(224.8, "st")], [SX], ["2020 | 96 | 212", "2021 | 96 | 219", "2022 | 92 | 224", "2023 | 92 | 231", "2024 | 92 | 238",
                           "År | Platser i särskilt boende | Personer med hemtjänst"])

# ---------------- lookup (5)
q("lookup", "vem är kommunstyrelsens ordförande i ronneby och vilket parti?",
  "Helena Ståhl (M) är kommunstyrelsens ordförande.",
  [], [RB], ["Helena Ståhl (M) Kommunstyrelsens ordförande"])
q("lookup", "Vilka reserverade sig mot beslutet om idrottshallen i Kallinge i Ronneby KS?",
  "Amira Nasser (V) och Sara Malmqvist (SD) reserverade sig.",
  [], [RP], ["Reservation: Amira Nasser (V) och Sara Malmqvist (SD) reserverar sig mot beslutet"])
q("lookup", "vem reserverade sig mot åtgärdsplanen i storumans socialnämnd",
  "Erik Sundberg (V) reserverade sig till förmån för eget yrkande.",
  [], [SP], ["Reservation: Erik Sundberg (V) reserverar sig mot beslutet till förmån för eget yrkande."])
q("lookup", "när öppnar simhallen i storuman igen?",
  "Simhallen stänger 1 oktober 2025 och beräknas öppna igen i september 2026.",
  [], [ST], ["hallen beräknas öppna igen i september 2026"])
q("lookup", "vilket företag bygger nya förskolan i kallinge",
  "Förskolan uppförs av Sydbygg Entreprenad AB.",
  [], [RM], ["Byggnaden uppförs av Sydbygg Entreprenad AB"])

# ---------------- text_amount (5)
q("text_amount", "hur mycket ökar pensionskostnaderna i ronneby till 2025?",
  "Pensionskostnaderna ökar med 14,3 miljoner kronor mellan 2024 och 2025.",
  [n(14.3, "mnkr")], [RB], ["Pensionskostnaderna ökar med 14,3 miljoner kronor mellan 2024 och 2025"])
q("text_amount", "Hur mycket extra får socialnämnden i Ronneby för arbetet mot våld i nära relationer?",
  "Socialnämnden får 700 000 kronor för att stärka arbetet mot våld i nära relationer.",
  [n(700000, "kr")], [RB], ["Socialnämnden: 700 000 kronor för att stärka arbetet mot våld i nära relationer."])
q("text_amount", "hur mkt satsar storuman på att rekrytera personal till vård o omsorg",
  "Storuman avsätter 4,7 miljoner kronor för att rekrytera och behålla personal inom vård och omsorg.",
  [n(4.7, "mnkr")], [SB], ["Vi avsätter 4,7 miljoner kronor för att rekrytera och behålla personal inom vård och omsorg"])
q("text_amount", "vad kostar bussresorna till tärnaby när simhallen i storuman är stängd?",
  "Kommunen avsätter 250 000 kronor för bussresor mellan Storuman och Tärnaby under läsåret.",
  [n(250000, "kr")], [ST], ["Kommunen avsätter 250 000 kronor för bussresor mellan Storuman och Tärnaby under läsåret."])
q("text_amount", "Vad skulle gratis kollektivtrafik för pensionärer kosta enligt V-motionen i Ronneby?",
  "Kostnaden beräknades till cirka 2,3 miljoner kronor per år.",
  [n(2.3, "mnkr")], [RP], ["Kostnaden har beräknats till cirka 2,3 miljoner kronor per år."])

# ---------------- multi_doc (5)
q("multi_doc", "vilken kommun har högst kommunalskatt 2025, ronneby eller storuman, och hur stor är skillnaden?",
  "Storuman har högst: 23,35 kronor mot Ronnebys 22,26 kronor, en skillnad på 1,09 kronor.",
  [n(23.35, "kr"), n(22.26, "kr"), n(1.09, "kr")], [RH, SH],
  ["År 2025 är skattesatsen i Ronneby kommun 22,26 kronor per hundralapp", "Skattesatsen i Storumans kommun är 23,35 kronor för 2025."])
q("multi_doc", "Hur mycket pengar har Ronneby totalt för förskolan i Kallinge 2025 om man räknar med ombudgeteringen från 2024?",
  "38 500 tkr i investeringsbudgeten 2025 plus 6 400 tkr som ombudgeteras från 2024, totalt 44 900 tkr.",
  [n(44900, "tkr")], [RB, RP], ["Ny förskola Kallinge 38 500 22 000 0 60 500", "Ny förskola Kallinge (Utbildningsnämnden) | 6 400"])
q("multi_doc", "räcker socialnämndens åtgärdsplan i storuman för att täcka underskottet som prognostiseras för 2025?",
  "Nej. Åtgärderna ger 4,3 mnkr 2025 medan prognosen är ett underskott på 7,8 mnkr; 3,5 mnkr återstår.",
  [n(4.3, "mnkr"), n(7.8, "mnkr"), n(3.5, "mnkr")], [SP, SD],
  ["Åtgärderna beräknas minska kostnaderna med 4,3 mnkr under 2025",
   "Socialnämnden prognostiserar ett underskott på 7,8 mnkr"])
q("multi_doc", "Vilken av kommunerna Ronneby och Storuman lägger mest på skolnämnden per invånare i budget 2025?",
  "Storuman: barn- och utbildningsnämnden 30 712 kr per invånare, mot Ronnebys utbildningsnämnd 30 194 kr per invånare.",
  [n(30712, "kr"), n(30194, "kr")], [SB, RB],
  ["Barn- och utbildningsnämnden 176 900 180 500 183 800 30 712", "Utbildningsnämnden 872,6 901,3 28,7 3,3 30 194"])
q("multi_doc", "vilken kommun investerar mest per invånare 2025, ronneby eller storuman?",
  "Storuman: 62 400 tkr på 5 760 invånare ≈ 10 833 kr per invånare, mot Ronneby 118 000 tkr på 29 850 invånare ≈ 3 953 kr per invånare.",
  [n(10833, "kr"), n(3953, "kr")], [SB, RB],
  ["Summa investeringar 62 400 51 400 16 700", "bygger på 5 760 invånare",
   "Summa investeringar 118 000 128 300 78 000 324 300", "beräknad på 29 850 invånare"])

# ---------------- claim (5)
q("claim", "Stämmer det att Ronnebys resultat 2024 blev 51,3 miljoner, 8,5 miljoner bättre än budget?",
  "Ja. Årets resultat 2024 blev 51,3 mnkr, vilket är 8,5 mnkr bättre än budgeterat.",
  [n(51.3, "mnkr"), n(8.5, "mnkr")], [RA], ["Årets resultat blev 51,3 mnkr, vilket är 8,5 mnkr bättre än budgeterat."],
  verdict="supported")
q("claim", "Storuman höjde kommunalskatten med 50 öre inför 2023?",
  "Nej, höjningen inför 2023 var 25 öre (från 23,10 till 23,35 kronor).",
  [n(0.25, "kr")], [SH], ["Kommunalskatten höjdes med 25 öre inför 2023"], verdict="contradicted")
q("claim", "ronneby lägger 35 kr av varje hundralapp på förskola och grundskola, eller hur?",
  "Nej, det är 31 kronor av 100 som går till förskola och grundskola.",
  [n(31, "kr")], [RH], ["Förskola och grundskola | 31 | 713,8"], verdict="contradicted")
q("claim", "Jag har hört att Storumans kommun ska bygga en ny sporthall i Hemavan för 40 miljoner. Stämmer det?",
  "Det finns inget om en sporthall i Hemavan i dokumenten.",
  [], [], [], refused=True, verdict="not_found")
q("claim", "En lokaltidning skriver att socialnämnden i Storuman väntas gå 7,8 miljoner back i år. Stämmer det?",
  "Ja, delårsrapporten visar en helårsprognos för socialnämnden med ett underskott på 7,8 mnkr.",
  [n(7.8, "mnkr")], [SD], ["Socialnämnden prognostiserar ett underskott på 7,8 mnkr"], verdict="supported")

# ---------------- unanswerable (5)
q("unanswerable", "vad är ronnebys budgeterade årets resultat för 2028?",
  "Budgeten sträcker sig bara till plan 2027; 2028 finns inte.", [], [], [], refused=True)
q("unanswerable", "Hur mycket budgeterar Storuman för räddningstjänsten 2025?",
  "Driftbudgeten anger ingen egen post för räddningstjänsten.", [], [], [], refused=True)
q("unanswerable", "hur många barn gick i förskolan i ronneby 2019",
  "Statistiken börjar 2020; uppgift för 2019 saknas.", [], [], [], refused=True)
q("unanswerable", "Vad kommer simhallen i Storuman att kosta i drift per år efter renoveringen?",
  "Dokumenten anger bara investeringskostnaden, inte driftkostnaden efter renoveringen.", [], [], [], refused=True)
q("unanswerable", "vem är ordförande i äldrenämnden i ronneby?",
  "Dokumenten nämner inte vem som är ordförande i äldrenämnden.", [], [], [], refused=True)

# ---------------- multi_part (4)
q("multi_part", "vad är skattesatsen i ronneby 2025 och hur mycket pengar motsvarar effektiviseringskravet på nämnderna?",
  "Skattesatsen är oförändrad 22,26 kronor, och effektiviseringskravet på 1 procent motsvarar 21,4 miljoner kronor 2025.",
  [n(22.26, "kr"), n(21.4, "mnkr")], [RB],
  ["Skattesatsen lämnas oförändrad på 22,26 kronor per skattekrona.",
   "effektiviseringskrav på 1 procent, vilket motsvarar 21,4 miljoner kronor för 2025"])
q("multi_part", "Hur mycket hade Storuman investerat efter augusti 2025, och vad är prognosen för hela året?",
  "28,7 mnkr under januari–augusti av budgeterade 62,4 mnkr; helårsprognosen är 54,0 mnkr.",
  [n(28.7, "mnkr"), n(54.0, "mnkr")], [SD],
  ["Investeringarna under perioden uppgår till 28,7 mnkr av budgeterade 62,4 mnkr.", "Prognosen för helåret är 54,0 mnkr."])
q("multi_part", "hur många platser får nya förskolan i kallinge och när ska den vara klar?",
  "120 platser (sex avdelningar); den ska stå klar till höstterminen 2026, med inflyttning i augusti 2026.",
  [n(120, "st")], [RM],
  ["Förskolan får sex avdelningar med plats för 120 barn och ska stå klar till höstterminen 2026."])
q("multi_part", "Vilket statsbidrag ska socialnämnden i Storuman söka, hur mycket handlar det om och hur många ska utbildas?",
  "Statsbidrag för äldreomsorgslyftet 2025, cirka 1,2 miljoner kronor, för att utbilda 8 medarbetare till undersköterskor.",
  [n(1.2, "mnkr"), n(8, "st")], [SP],
  ["ansöka om statsbidrag för äldreomsorgslyftet 2025, cirka 1,2 miljoner kronor, för att utbilda 8 medarbetare till undersköterskor."])

# ---------------- followup (4)
q("followup", "och 2027 då?",
  "För plan 2027 räknar Ronneby med skatteintäkter på 1 951,7 mnkr.",
  [n(1951.7, "mnkr")], [RB], ["Skatteintäkter 1 702,4 1 768,9 1 826,5 1 889,0 1 951,7", RB_HDR],
  history=["hur stora skatteintäkter räknar ronneby med 2025?"])
q("followup", "och hur mycket blir det per invånare?",
  "Kultur och fritid i Storuman har 14 600 tkr 2025, vilket motsvarar 2 535 kr per invånare.",
  [n(2535, "kr")], [SB], ["Kultur och fritid 14 600 14 900 15 200 2 535", SB_DRIFT_HDR],
  history=["hur mycket får kultur och fritid i storumans budget 2025?"])
q("followup", "och hur många hemtjänsttimmar beviljades det året?",
  "2024 beviljades 137 200 hemtjänsttimmar i Storuman.",
  [n(137200, "st")], [SX], ["2024 | 92 | 238 | 137200 | 1041300",
                            "År | Platser i särskilt boende | Personer med hemtjänst | Beviljade hemtjänsttimmar"],
  history=["hur många personer hade hemtjänst i storuman 2024?"])
q("followup", "vilka reserverade sig?",
  "Amira Nasser (V) och Tomas Lindberg (S) reserverade sig till förmån för bifall till motionen.",
  [], [RP], ["Reservation: Amira Nasser (V) och Tomas Lindberg (S) reserverar sig mot beslutet till förmån för bifall till motionen."],
  history=["vad beslutade ks i ronneby om motionen om gratis kollektivtrafik för pensionärer?"])

# ---------------- english (4)
q("english", "What is the budgeted result (årets resultat) for 2025 in Storuman's Mål och budget?",
  "Storuman budgets a result of 12.1 mnkr for 2025, about 2.0 percent of tax revenue and general grants.",
  [n(12.1, "mnkr")], [SB], ["Årets resultat 17,3 6,3 12,1 9,9 11,1", "mnkr 2023 2024 2025 2026 2027"], lang="en")
q("english", "How much does Ronneby plan to invest in total in 2025 according to the Investeringsbudget?",
  "Total investments of 118,000 tkr (118 mnkr) are budgeted for 2025.",
  [n(118000, "tkr")], [RB], ["Summa investeringar 118 000 128 300 78 000 324 300",
                             "Belopp i tkr Budget Plan Plan Totalt Projekt 2025 2026 2027 2025–2027"], lang="en")
q("english", "What was the sick leave rate among Ronneby kommun's employees in 2024?",
  "Sick leave was 7.4 percent in 2024, down from 7.9 percent the year before.",
  [n(7.4, "%")], [RA], ["Sjukfrånvaron bland kommunens medarbetare uppgick till 7,4 procent"], lang="en")
q("english", "How much will Storuman's socialnämnden save in 2026 through its åtgärdsplan?",
  "The action plan is expected to save 9,000 tkr (9.0 mnkr) in 2026.",
  [n(9000, "tkr")], [SP], ["Summa | 4 300 | 9 000", "Åtgärd | Besparing 2025, tkr | Besparing 2026, tkr"], lang="en")


def main():
    items = list(Q)
    random.Random(23).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, it in enumerate(items, 1):
            rec = {"id": f"mb23-{i:03d}", "corpus": CORPUS, **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} questions to {OUT}")


if __name__ == "__main__":
    main()
