"""Writes evals/sets/dev/muni_blind31.jsonl (55 questions over blind-muni31)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, "..", "..", "dev", "muni_blind31.jsonl"))
C = "evals/corpora/blind-muni31"

A_B = f"{C}/amal/mal-och-budget-2025-2027.pdf"
A_AR = f"{C}/amal/arsredovisning-2024.pdf"
A_H = f"{C}/amal/sa-anvands-din-skatt.html"
A_D = f"{C}/amal/protokoll-ks-2025-03-12.docx"
A_X = f"{C}/amal/befolkning-och-nettokostnader.xlsx"
A_M = f"{C}/amal/pressmeddelande-forskola-kungsgardet.md"
B_B = f"{C}/bengtsfors/budget-och-plan-2026-2028.pdf"
B_DR = f"{C}/bengtsfors/delarsrapport-jan-aug-2025.pdf"
B_H = f"{C}/bengtsfors/finansiell-information.html"
B_D = f"{C}/bengtsfors/protokollsutdrag-kf-2025-11-24.docx"
B_X = f"{C}/bengtsfors/nettokostnad-per-verksamhet.xlsx"
B_T = f"{C}/bengtsfors/pressmeddelande-simhallen.txt"

# frequently used quotes
A_RB_HDR = "Belopp i mnkr 2023 2024 2025 2026 2027"
A_SKATT = "Skatteintäkter 4 680,3 712,8 741,5 765,2 791,0"
A_RES = "Årets resultat 27,7 15,0 14,6 12,9 14,3"
A_DRIFT_HDR = "Nämnd 2023 2024 2025 2024–2025 invånare 2025"
A_SN = "Socialnämnden 398,2 415,6 436,8 21,2 35 368"
A_INV_HDR = "Projekt, belopp i tkr 2025 2026 2027 2025–2027"
A_PROG_HDR = "Nämnd | Budget 2025 | Prognos helår | Avvikelse"
A_PROG_SN = "Socialnämnden | 436 800 | 443 100 | -6 300"
B_RB_HDR = "2024 2025 2025 2026 2027 2028"
B_INV_HDR = "Belopp i tkr Budget 2026 Plan 2027 Plan 2028"
B_X_HDR = "Verksamhet | Utfall 2024 | Budget 2025 | Budget 2026"

Q = []


def q(cat, question, answer, numbers=(), docs=(), quotes=(), lang="sv", history=(), refused=False, verdict=None):
    Q.append({
        "category": cat, "language": lang, "question": question, "history": list(history),
        "gold": {"answer": answer,
                 "numbers": [{"value": v, "unit": u} for v, u in numbers],
                 "docs": list(docs), "quotes": list(quotes),
                 "refused": refused, "verdict": verdict},
    })


# ------------------------------------------------------------------ table_lookup (9)
q("table_lookup", "hur mycket skatteintäkter räknar åmål med i budgeten för 2025?",
  "Åmåls resultatbudget räknar med skatteintäkter på 741,5 mnkr för 2025.",
  [(741.5, "mnkr")], [A_B], [A_SKATT, A_RB_HDR])
q("table_lookup", "Vad ligger i Åmåls investeringsbudget för gatubelysningen (byte till LED) år 2026?",
  "3 400 tkr (plan 2026) för byte till LED-gatubelysning.",
  [(3400, "tkr")], [A_B], ["Gatubelysning, byte till LED 3 400 3 400 2 000 8 800", A_INV_HDR])
q("table_lookup", "hur stor ram har valnämnden i bengtsfors 2026",
  "Valnämnden i Bengtsfors har en ram på 850 tkr för 2026 (mot 120 tkr 2025), höjd tillfälligt på grund av valet.",
  [(850, "tkr")], [B_B], ["Valnämnden 120 850 730 608,3", "Nettokostnad, tkr 2025 2026 tkr %"])
q("table_lookup", "Hur mycket likvida medel beräknas Bengtsfors kommun ha vid slutet av 2027 enligt kassaflödesbudgeten?",
  "35,9 mnkr vid slutet av 2027 (plan 2027).",
  [(35.9, "mnkr")], [B_B], ["Likvida medel vid årets slut 37,2 35,9 40,0", "Belopp i mnkr Budget 2026 Plan 2027 Plan 2028"])
q("table_lookup", "hur många kronor av varje hundralapp i skatt går till äldreomsorgen i åmål",
  "22 kronor av varje hundralapp går till äldreomsorg.",
  [(22, "kr")], [A_H], ["Äldreomsorg | 22", "Verksamhet | Kronor av 100 kr"])
q("table_lookup", "Vilken ram för socialnämnden 2026 föreslog M och SD i sin budget i Bengtsfors?",
  "M och SD föreslog 315 400 tkr till socialnämnden 2026, mot 318 900 tkr i kommunstyrelsens förslag.",
  [(315400, "tkr")], [B_D], ["Socialnämnden | 318 900 | 315 400", "Nämnd | Kommunstyrelsens förslag | M och SD:s förslag"])
q("table_lookup", "hur många bodde i åmål 2021?",
  "Folkmängden i Åmål den 31 december 2021 var 12 531 personer.",
  [(12531, "st")], [A_X], ["2021 | 12531 | 112 | 181 | 590 | 594 | -73",
                          "År | Folkmängd 31 december | Födda | Döda | Inflyttade | Utflyttade | Förändring"])
q("table_lookup", "Vad är budgeten för hemtjänsten i Bengtsfors 2026?",
  "Hemtjänsten i Bengtsfors har en budget på 86 300 tkr för 2026.",
  [(86300, "tkr")], [B_X], ["Hemtjänst | 80100 | 81600 | 86300", B_X_HDR])
q("table_lookup", "vilken avvikelse prognostiserar barn och utbildningsnämnden i bengtsfors för 2025 enligt delårsrapporten",
  "Ett underskott på 2,2 mnkr (budget 290,1 mnkr, prognos 292,3 mnkr).",
  [(-2.2, "mnkr")], [B_DR], ["Barn- och utbildningsnämnden 290,1 292,3 (2,2)", "Nämnd Budget 2025 Prognos 2025 Avvikelse"])

# ------------------------------------------------------------------ calculation (9)
q("calculation", "Hur mycket ökar skatteintäkterna i Åmål mellan budget 2024 och budget 2025?",
  "Med 28,7 mnkr, från 712,8 mnkr till 741,5 mnkr.",
  [(28.7, "mnkr")], [A_B], [A_SKATT, A_RB_HDR])
q("calculation", "hur stor andel av nämndernas samlade budget 2025 går till socialnämnden i åmål?",
  "Cirka 42,15 procent: 436,8 mnkr av summa nämnder 1 036,4 mnkr.",
  [(42.15, "%")], [A_B], [A_SN, "Summa nämnder 955,4 996,4 1 036,4 40,0 83 919"])
q("calculation", "Hur mycket investerar Åmål i genomsnitt per år under 2025–2027?",
  "Totalt 202 100 tkr på tre år, i genomsnitt cirka 67 367 tkr (67,4 mnkr) per år.",
  [(67366.67, "tkr")], [A_B], ["Summa investeringar 92 000 74 000 36 100 202 100", A_INV_HDR])
q("calculation", "med hur många procent ökar skatteintäkterna i bengtsfors budget 2026 jämfört med budget 2025?",
  "Med cirka 4,79 procent, från 497,0 mnkr till 520,8 mnkr.",
  [(4.79, "%")], [B_B], ["Skatteintäkter 3 478,5 494,1 497,0 520,8 537,2 555,1", B_RB_HDR])
q("calculation", "Hur många procent ökar förskolans nettokostnad i Bengtsfors från utfall 2024 till budget 2026?",
  "Med cirka 4,55 procent, från 74 800 tkr till 78 200 tkr (+3 400 tkr).",
  [(4.55, "%")], [B_X], ["Förskola | 74800 | 76100 | 78200", B_X_HDR])
q("calculation", "hur mycket har åmåls befolkning minskat mellan 2019 och 2024?",
  "Med 358 personer, från 12 676 (2019) till 12 318 (2024).",
  [(358, "st")], [A_X], ["2019 | 12676 | 118 | 176 | 612 | 588 | -34", "2024 | 12318 | 104 | 171 | 598 | 625 | -94"])
q("calculation", "Med hur många procent ökade verksamhetens nettokostnader i Åmål 2024 jämfört med 2023?",
  "Med cirka 4,15 procent, från 947,5 mnkr (2023) till 986,8 mnkr (2024).",
  [(4.15, "%")], [A_AR], ["Verksamhetens nettokostnader – 986,8 – 981,3 – 947,5", "Not Utfall Budget Utfall",
                         "Belopp i miljoner kronor 2024 2024 2023"])
q("calculation", "vad var bengtsfors genomsnittliga årsresultat 2022-2024?",
  "Cirka 10,5 mnkr per år ((14,2 + 9,8 + 7,5) / 3).",
  [(10.5, "mnkr")], [B_H], ["Årets resultat, mnkr | 14,2 | 9,8 | 7,5", "Nyckeltal | 2022 | 2023 | 2024"])
q("calculation", "Hur stor är socialnämndens prognostiserade avvikelse i procent av budgeten enligt KS-protokollet i Åmål från mars 2025?",
  "Cirka -1,44 procent: ett underskott på 6 300 tkr mot en budget på 436 800 tkr.",
  [(-1.44, "%")], [A_D], [A_PROG_SN, A_PROG_HDR])

# ------------------------------------------------------------------ lookup (5)
q("lookup", "vem är kommunstyrelsens ordförande i åmål",
  "Anders Wåhlin (S).",
  [], [A_B], ["Anders Wåhlin (S) Kommunstyrelsens ordförande"])
q("lookup", "När stänger simhallen i Bengtsfors?",
  "Den 1 februari 2026.",
  [], [B_T], ["Simhallen i Bengtsfors stänger den 1 februari 2026 för en omfattande ombyggnad."])
q("lookup", "när ska nya förskolan på kungsgärdet i åmål vara klar",
  "Den beräknas vara klar att tas i bruk i januari 2027 (byggstart september 2025).",
  [], [A_M], ["förskolan beräknas vara klar att tas i bruk i januari 2027"])
q("lookup", "Vilka partier reserverade sig mot budgetbeslutet i Bengtsfors kommunfullmäktige i november?",
  "Moderaterna och Sverigedemokraterna reserverade sig till förmån för eget förslag.",
  [], [B_D], ["Ledamöterna för Moderaterna och Sverigedemokraterna reserverar sig mot beslutet till förmån för eget förslag."])
q("lookup", "vem ska köpa örnäs 1:12 av åmåls kommun?",
  "Vänerstrand Fastigheter AB (för 2 350 000 kronor enligt kommunstyrelsens förslag).",
  [], [A_D], ["sälja fastigheten Örnäs 1:12 till Vänerstrand Fastigheter AB för 2 350 000 kronor"])

# ------------------------------------------------------------------ text_amount (5)
q("text_amount", "hur mkt ska kommunstyrelsen i åmål effektivisera 2025",
  "Kommunstyrelsen genomför effektiviseringar om 4,7 miljoner kronor.",
  [(4.7, "mnkr")], [A_B], ["Kommunstyrelsen genomför effektiviseringar om 4,7 miljoner kronor"])
q("text_amount", "Hur mycket avsatte Åmål i budget 2025 till feriearbeten för ungdomar?",
  "700 000 kronor, vilket ger omkring 70 platser.",
  [(700000, "kr")], [A_B], ["särskilt anslag på 700 000 kronor till feriearbeten för ungdomar"])
q("text_amount", "hur mycket mer i skatteintäkter ger skattehöjningen i bengtsfors?",
  "Cirka 5,7 miljoner kronor per år.",
  [(5.7, "mnkr")], [B_B], ["Skattehöjningen ger cirka 5,7 miljoner kronor i ökade skatteintäkter per år."])
q("text_amount", "Vad lägger Bengtsfors på bussar till Åmåls badhus medan simhallen är stängd?",
  "450 000 kronor för busstransporter till och från Åmål.",
  [(450000, "kr")], [B_T], ["Kommunen avsätter 450 000 kronor för busstransporter till och från Åmål."])
q("text_amount", "vad blev balanskravsresultatet för åmåls kommun 2024",
  "14,5 miljoner kronor (årets resultat 15,7 mnkr minus realisationsvinster 1,2 mnkr).",
  [(14.5, "mnkr")], [A_AR], ["balanskravsresultatet 14,5 miljoner kronor"])

# ------------------------------------------------------------------ multi_doc (5)
q("multi_doc", "Vilken av kommunerna Åmål och Bengtsfors har högst kommunalskatt 2025?",
  "Bengtsfors: 22,61 kronor mot 22,41 kronor i Åmål.",
  [(22.61, "kr"), (22.41, "kr")], [A_B, B_X],
  ["Den kommunala skattesatsen för 2025 är oförändrad 22,41 kronor.", "2025 | 22,61 | 11,48 | 34,09"])
q("multi_doc", "hur mycket pengar finns det totalt till feriearbete i åmål 2025 efter ks beslut i mars?",
  "950 000 kronor: 700 000 kronor i budgeten plus 250 000 kronor som kommunstyrelsen lade till i mars 2025.",
  [(950000, "kr")], [A_B, A_D],
  ["särskilt anslag på 700 000 kronor till feriearbeten för ungdomar",
   "Kommunstyrelsen beslutar att utöka anslaget för feriearbete 2025 med 250 000 kronor"])
q("multi_doc", "Vilken kommun hade flest invånare vid utgången av 2024, Åmål eller Bengtsfors, och hur stor var skillnaden?",
  "Åmål, med 12 318 invånare mot 9 140 i Bengtsfors, en skillnad på 3 178 personer.",
  [(12318, "st"), (9140, "st"), (3178, "st")], [A_AR, B_H],
  ["Folkmängd 31 december 12 318 12 412 12 470", "Folkmängd 31 december | 9 310 | 9 205 | 9 140"])
q("multi_doc", "Simhallsombyggnaden i Bengtsfors ska kosta 36 miljoner enligt pressmeddelandet. Hur mycket av det ligger i investeringsbudgeten för 2026?",
  "24 000 tkr ligger i budget 2026; resterande 12 000 tkr ligger i plan 2027.",
  [(24000, "tkr")], [B_T, B_B],
  ["Den totala kostnaden beräknas till 36 miljoner kronor", "Ombyggnad Bengtsfors simhall 24 000 12 000 0"])
q("multi_doc", "hur mycket mer får socialnämnden i åmål i budget 2025 jämfört med vad nämnden faktiskt kostade 2024?",
  "11,6 mnkr mer: budget 2025 är 436,8 mnkr och utfallet 2024 var 425,2 mnkr.",
  [(11.6, "mnkr")], [A_B, A_AR], [A_SN, "Socialnämnden 415,6 425,2 – 9,6"])

# ------------------------------------------------------------------ claim (5)
q("claim", "Stämmer det att Bengtsfors höjer kommunalskatten till 22,86 kronor 2026?",
  "Ja. Kommunalskatten höjs med 25 öre till 22,86 kronor från den 1 januari 2026.",
  [(22.86, "kr")], [B_H], ["Kommunalskatten höjs med 25 öre till 22,86 kronor från den 1 januari 2026."],
  verdict="supported")
q("claim", "Åmål budgeterar ett resultat på 18,2 miljoner kronor för 2025, eller hur?",
  "Nej. Budgeterat resultat för 2025 är 14,6 miljoner kronor.",
  [(14.6, "mnkr")], [A_B], ["med ett resultat på 14,6 miljoner kronor för 2025"], verdict="contradicted")
q("claim", "Jag har hört att socialnämnden i Åmål gick 9,6 miljoner back 2024?",
  "Ja, socialnämnden redovisade en avvikelse på -9,6 mnkr mot budget 2024 (utfall 425,2 mnkr mot budget 415,6 mnkr).",
  [(-9.6, "mnkr")], [A_AR], ["Socialnämnden 415,6 425,2 – 9,6", "Nettokostnad per nämnd, mnkr Budget 2024 Utfall 2024 Avvikelse"],
  verdict="supported")
q("claim", "Simhallen i Bengtsfors öppnar igen till våren 2027.",
  "Nej. Enligt tidplanen öppnar simhallen igen hösten 2027.",
  [], [B_T], ["Enligt tidplanen öppnar den igen hösten 2027."], verdict="contradicted")
q("claim", "Åmåls kommun har infört gratis busskort för alla pensionärer från 2025?",
  "Dokumenten nämner inget om gratis busskort för pensionärer i Åmål.",
  [], [], [], refused=True, verdict="not_found")

# ------------------------------------------------------------------ unanswerable (5)
q("unanswerable", "vad är budgeten för renoveringen av nordalskolan i åmål 2028?",
  "Investeringsbudgeten sträcker sig bara till plan 2027; 2028 finns inte med.",
  refused=True)
q("unanswerable", "Hur stor budget har tekniska nämnden i Bengtsfors 2026?",
  "Bengtsfors budget har ingen teknisk nämnd; uppgiften finns inte i dokumenten.",
  refused=True)
q("unanswerable", "hur många barn går på förskolan i dals långed idag",
  "Dokumenten anger bara att tillbyggnaden ger 30 nya platser, inte hur många barn som går där i dag.",
  refused=True)
q("unanswerable", "Vad var sjukfrånvaron för kvinnor respektive män i Bengtsfors kommun januari–augusti 2025?",
  "Delårsrapporten anger bara den totala sjukfrånvaron, ingen uppdelning på kvinnor och män.",
  refused=True)
q("unanswerable", "Vad kommer den nya förskolan på Kungsgärdet i Åmål att kosta att driva per år?",
  "Dokumenten anger investeringskostnaden men inte några driftkostnader för förskolan.",
  refused=True)

# ------------------------------------------------------------------ multi_part (4)
q("multi_part", "vad är skattesatsen i åmål 2025 och vilket resultat budgeterar kommunen för året?",
  "Skattesatsen är 22,41 kronor och budgeterat resultat 2025 är 14,6 mnkr.",
  [(22.41, "kr"), (14.6, "mnkr")], [A_B],
  ["Den kommunala skattesatsen för 2025 är oförändrad 22,41 kronor.", A_RES])
q("multi_part", "Hur röstade kommunfullmäktige i Bengtsfors om budgeten 2026, och vilken borgensram fick Bengtsforshus AB?",
  "19 röster för kommunstyrelsens förslag mot 12 för M och SD:s förslag; borgensramen höjdes till 180 miljoner kronor.",
  [(19, "st"), (12, "st"), (180, "mnkr")], [B_D],
  ["Med 19 röster för kommunstyrelsens förslag mot 12 röster för M och SD:s förslag beslutar kommunfullmäktige enligt kommunstyrelsens förslag.",
   "Kommunfullmäktige beslutar att höja kommunens borgensram för Bengtsforshus AB till 180 miljoner kronor."])
q("multi_part", "Hur många tillsvidareanställda hade Åmåls kommun i slutet av 2024 och hur hög var sjukfrånvaron?",
  "1 142 tillsvidareanställda och en sjukfrånvaro på 7,4 procent.",
  [(1142, "st"), (7.4, "%")], [A_AR],
  ["Antal tillsvidareanställda 1 142 1 156 1 171", "Sjukfrånvaro, % 7,4 7,9 8,3"])
q("multi_part", "hur många invånare hade bengtsfors 30 juni 2025 och vad är helårsprognosen för resultatet?",
  "9 087 invånare den 30 juni 2025, och helårsprognosen är ett resultat på 4,9 miljoner kronor.",
  [(9087, "st"), (4.9, "mnkr")], [B_DR],
  ["Den 30 juni 2025 hade Bengtsfors kommun 9 087 invånare", "Prognosen för helåret är ett resultat på 4,9 miljoner kronor"])

# ------------------------------------------------------------------ followup (4)
q("followup", "och socialnämnden då?",
  "Socialnämnden i Åmål har 436,8 mnkr i budget 2025.",
  [(436.8, "mnkr")], [A_B], [A_SN, A_DRIFT_HDR],
  history=["vad är budgeten för barn- och utbildningsnämnden i åmål 2025?"])
q("followup", "och 2028?",
  "41 500 tkr i plan 2028.",
  [(41500, "tkr")], [B_B], ["Summa investeringar 68 400 52 000 41 500", B_INV_HDR],
  history=["hur mycket investerar bengtsfors 2026 totalt?"])
q("followup", "vad kostar förskolan totalt enligt pressmeddelandet?",
  "Den totala projektbudgeten för förskolan på Kungsgärdet är 62,5 miljoner kronor.",
  [(62.5, "mnkr")], [A_M], ["Den totala projektbudgeten är 62,5 miljoner kronor."],
  history=["Vilka är de största investeringarna i Åmåls budget 2025?"])
q("followup", "och hur mycket av varje hundralapp går till förskola och skola?",
  "43 kronor av varje hundralapp går till förskola och skola.",
  [(43, "kr")], [A_H], ["Förskola och skola | 43", "Verksamhet | Kronor av 100 kr"],
  history=["hur hög är kommunalskatten i åmål?", "hur mkt går till regionen?"])

# ------------------------------------------------------------------ english (4)
q("english", "What result does Bengtsfors municipality budget for 2026?",
  "A result of 10.1 million kronor (10,1 mnkr) for 2026.",
  [(10.1, "mnkr")], [B_B], ["Budgeten för 2026 visar ett resultat på 10,1 miljoner kronor."], lang="en")
q("english", "According to the kommunstyrelsen minutes from March 2025, what deviation does Åmål's socialnämnden forecast for 2025?",
  "A deficit of 6,300 tkr (budget 436,800 tkr, forecast 443,100 tkr).",
  [(-6300, "tkr")], [A_D], [A_PROG_SN, A_PROG_HDR], lang="en")
q("english", "When was Åmål's 'Så används din skatt' page last updated?",
  "It was last updated on 2025-02-03 (published 2025-01-15).",
  [], [A_H], ["Senast uppdaterad: 2025-02-03"], lang="en")
q("english", "How much has Bengtsfors budgeted for Gymnasieskola in 2026?",
  "52,900 tkr in budget 2026.",
  [(52900, "tkr")], [B_X], ["Gymnasieskola | 50200 | 51400 | 52900", B_X_HDR], lang="en")


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for i, item in enumerate(Q, 1):
            rec = {"id": f"mb31-{i:03d}", "corpus": C}
            rec.update(item)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(OUT, len(Q))


if __name__ == "__main__":
    main()
