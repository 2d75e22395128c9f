"""Write evals/sets/dev/muni_blind5.jsonl. All calculated figures computed here."""
import json, os

C = "evals/corpora/blind-muni5"
H = f"{C}/hultsfred/hultsfred_budget_2026.pdf"
HP = f"{C}/hultsfred/pressmeddelande_bokslut_2025.txt"
HH = f"{C}/hultsfred/skatt-och-budget.html"
HX = f"{C}/hultsfred/foreningsbidrag_2026.xlsx"
S = f"{C}/stromsund/stromsund_delarsrapport_jan-aug_2025.pdf"
SP = f"{C}/stromsund/kf_protokoll_2025-11-26.txt"
SD = f"{C}/stromsund/sbn_internbudget_2026.docx"
SM = f"{C}/stromsund/nyckeltal_2024.md"
OUT = "/work/main/evals/sets/dev/muni_blind5.jsonl"

Q = []


def q(cat, question, answer, numbers, docs, quotes, lang="sv", history=None, refused=False, verdict=None):
    Q.append({"id": f"mb5-{len(Q)+1:03d}", "corpus": C, "category": cat, "language": lang, "question": question,
              "history": history or [],
              "gold": {"answer": answer, "numbers": [{"value": v, "unit": u} for v, u in numbers],
                       "docs": docs, "quotes": quotes, "refused": refused, "verdict": verdict}})


def sv(x, d=1):
    return f"{x:,.{d}f}".replace(",", " ").replace(".", ",")


R = lambda x, d=1: round(x + 0.0, d)

# ---------------- table_lookup (10) ----------------
q("table_lookup", "vad är socialnämndens budget 2026 i hultsfred?",
  "Socialnämndens nettokostnad i budget 2026 är 478,9 mnkr.", [(478.9, "mnkr")], [H],
  ["Socialnämnden 451,9 463,0 478,9 492,4 505,7"])
q("table_lookup", "Hultsfreds kassaflödesbudget – förändring av rörelsekapitalet 2026?",
  "Förändringen av rörelsekapital budgeteras till (2,0) mnkr, dvs. minus 2,0 mnkr.", [(2.0, "mnkr")], [H],
  ["Förändring av rörelsekapital (4,2) 1,9 (2,0) (1,0) (1,0)"])
q("table_lookup", "hur mkt ska läggas på simhallen i hultsfred 2026",
  "Renoveringen av simhallen i Hultsfred har 9 800 tkr i budget 2026.", [(9800, "tkr")], [H],
  ["Simhallen Hultsfred, renovering 9 800 2 500 0 12 300"])
q("table_lookup", "strömsund socialnämnden prognos helår 2025?",
  "Socialnämndens prognos för helåret 2025 är 414 900 tkr.", [(414900, "tkr")], [S],
  ["Socialnämnden 402 300 276 540 414 900 –12 600"])
q("table_lookup", "vad blir årets resultat i planen för 2027, Hultsfreds kommun",
  "Årets resultat för plan 2027 är 21,4 mnkr.", [(21.4, "mnkr")], [H],
  ["Årets resultat 24,6 15,2 18,9 21,4 24,0"])
q("table_lookup", "sjukfrånvaron på socialförvaltningen i hultsfred, hur hög e den",
  "Sjukfrånvaron i socialförvaltningen är 8,9 procent.", [(8.9, "%")], [H],
  ["Socialförvaltningen 731 748 78,6 8,9"])
q("table_lookup", "Strömsunds nya förskola – hur mycket har gått åt hittils i år (jan-aug)?",
  "Utfallet jan–aug 2025 för Ny förskola Strömsund är 9 870 tkr.", [(9870, "tkr")], [S],
  ["Ny förskola Strömsund 22 000 9 870 17 500 4 500"])
q("table_lookup", "långfristiga skulder strömsunds kommun 31 augusti 2025",
  "De långfristiga skulderna var 318,0 mnkr den 31 augusti 2025.", [(318.0, "mnkr")], [S],
  ["Långfristiga skulder 318,0 323,0"])
q("table_lookup", "Kostenheten i strömsund, vad är nettot i internbudgeten 2026?",
  "Kostenhetens nettobudget 2026 är 19 620 tkr.", [(19620, "tkr")], [SD],
  ["Kostenheten 7 680 27 300 19 620 18 540"])
q("table_lookup", "av 100 kr i skatt i hultsfred, hur mycket går till äldreomsorgen?",
  "21,90 kronor av varje hundralapp går till äldreomsorg.", [(21.90, "kr")], [HH],
  ["Äldreomsorg 21,90"])

# ---------------- calculation (9) ----------------
p = R((498.6 - 481.5) / 481.5 * 100)
q("calculation", "med hur många procent ökar barn och utbildnings budget 2026 jämfört med 2025 i Hultsfred?",
  f"Från 481,5 till 498,6 mnkr, en ökning med {sv(p)} procent.", [(p, "%")], [H],
  ["Barn- och utbildningsnämnden 468,2 481,5 498,6 507,3 515,9"])
p = R(402300 / 931400 * 100)
q("calculation", "hur stor andel av nämndernas budget i strömsund 2025 går till socialnämnden?",
  f"402 300 av 931 400 tkr, dvs. {sv(p)} procent.", [(p, "%")], [S],
  ["Socialnämnden 402 300 276 540 414 900 –12 600", "Summa nämnder 931 400 618 770 943 400 –12 000"])
p = R(72300 / 304850 * 100)
q("calculation", "Hultsfred: hur stor andel av investeringarna 2026-2028 totalt gäller socialnämnden?",
  f"72 300 av 304 850 tkr, alltså {sv(p)} procent.", [(p, "%")], [H],
  ["Summa socialnämnden 27 700 30 350 14 250 72 300", "Totalt investeringar 138 750 111 550 54 550 304 850"])
p = R(7.1 - 6.6)
q("calculation", "vilken kommun har högst sjukfrånvaro jan-aug 2025, hultsfred eller strömsund, och hur mycket skiljer det?",
  f"Hultsfred har högst (7,1 %) mot Strömsunds 6,6 %, en skillnad på {sv(p)} procentenheter.", [(p, "%")], [H, S],
  ["Total sjukfrånvaro 7,5 7,3 7,1", "Totalt 1 026 1 012 7,2 6,6"])
p = R(34580 / 70500 * 100)
q("calculation", "hur stor del av investeringsbudgeten hade strömsund använt efter augusti?",
  f"34 580 av 70 500 tkr, dvs. {sv(p)} procent.", [(p, "%")], [S],
  ["Summa investeringar 70 500 34 580 62 000 8 500"])
q("calculation", "hur många fler tillsvidareanställda har socialförvaltningen i hultsfred 2025 jämfört med 2024",
  "Från 731 till 748, alltså 17 fler.", [(748 - 731, "st")], [H], ["Socialförvaltningen 731 748 78,6 8,9"])
p = R((859300 - 820900) / 820900 * 100)
q("calculation", "hur mycket ökar föreningsbidragen totalt i hultsfred 2026 i procent?",
  f"Från 820 900 kr till 859 300 kr, en ökning med {sv(p)} procent.", [(p, "%")], [HX],
  ["Summa 820900 859300 38400"])
p = R(136220 / 198600 * 100)
q("calculation", "Hur stor andel av årsbudgeten för äldreomsorgen i Strömsund var förbrukad i augusti?",
  f"136 220 av 198 600 tkr, dvs. {sv(p)} procent.", [(p, "%")], [S],
  ["Äldreomsorg 198 600 136 220 204 100 –5 500"])
q("calculation", "hur många fler tillsvidareanställda har hultsfreds kommun än strömsunds 2025?",
  f"Hultsfred 1 675 mot Strömsund 1 012, alltså {1675 - 1012} fler.", [(1675 - 1012, "st")], [H, S],
  ["Totalt 1 659 1 675 86,7 7,1", "Totalt 1 026 1 012 7,2 6,6"])

# ---------------- lookup (5) ----------------
q("lookup", "vem är kommunstyrelsens ordförande i Hultsfred?", "Annika Strand (S).", [], [H],
  ["Annika Strand (S)"])
q("lookup", "när är valet enligt hultsfreds budget?",
  "Allmänna val hålls den 13 september 2026.", [], [H], ["kommunfullmäktige hålls den 13 september 2026."])
q("lookup", "Varför är vattenverket i Hammerdal försenat?",
  "Ombyggnaden har försenats på grund av leveransproblem.", [], [S],
  ["Ombyggnaden av vattenverket i Hammerdal har försenats på grund av leveransproblem."])
q("lookup", "vem var ordförande på kommunfullmäktige i strömsund 26 nov 2025",
  "Lennart Bäckström (C).", [], [SP], ["Ordförande: Lennart Bäckström (C)"])
q("lookup", "var ska skolklasserna simma när simhallen i Hultsfred är stängd?",
  "I Vimmerby simhall.", [], [H], ["erbjuda simundervisning för skolklasser i Vimmerby simhall."])

# ---------------- text_amount (5) ----------------
q("text_amount", "vad gjorde Hultsfreds kommun för resultat 2025",
  "Ett överskott på 27,4 miljoner kronor enligt preliminärt bokslut.", [(27.4, "mnkr")], [HP],
  ["Hultsfreds kommun redovisar ett positivt resultat på 27,4 miljoner kronor för 2025"])
q("text_amount", "hur stort överskott hade kultur o fritid i hultsfred 2025?",
  "700 000 kronor.", [(700000, "kr")], [HP], ["kultur- och fritidsnämnden ett överskott på 700 000 kronor"])
q("text_amount", "Strömsund tilläggsanslag soc 2025 hur mycket beviljades",
  "Fullmäktige beviljade 4,7 miljoner kronor.", [(4.7, "mnkr")], [SP],
  ["Kommunfullmäktige beviljar socialnämnden ett tilläggsanslag på 4,7 miljoner kronor för 2025"])
q("text_amount", "hur mycket dyrare blir vatten och avlopp för en vanlig villa i strömsunds kommun 2026?",
  "Cirka 780 kronor mer per år för en normalvilla.", [(780, "kr")], [SP],
  ["innebär höjningen cirka 780 kronor mer per år"])
q("text_amount", "hur stort ramtillskott får socialnämnden i hultsfreds budget?",
  "9,5 miljoner kronor.", [(9.5, "mnkr")], [H], ["Socialnämnden får ett ramtillskott på 9,5 miljoner kronor"])

# ---------------- claim (7) ----------------
q("claim", "Stämmer det att Hultsfred höjer kommunalskatten 2026?",
  "Nej, skattesatsen är oförändrad, 22,46 kronor per skattekrona.", [(22.46, "kr")], [H],
  ["Skattesatsen är oförändrad, 22,46 kronor per skattekrona."], verdict="contradicted")
q("claim", "Strömsunds socialnämnd räknar med ett underskott på 12,6 mille för 2025, eller hur?",
  "Ja, socialnämnden prognostiserar ett underskott på 12,6 mnkr.", [(12.6, "mnkr")], [S],
  ["Socialnämnden prognostiserar ett underskott på 12,6 mnkr."], verdict="supported")
q("claim", "hultsfred lägger 24,5 miljoner på nya förskolan 2026?",
  "Ja, Ny förskola Hultsfred, etapp 2 har 24 500 tkr i budget 2026.", [(24500, "tkr")], [H],
  ["Ny förskola Hultsfred, etapp 2 24 500 11 000 0 35 500"], verdict="supported")
q("claim", "Jag läste att socialnämnden i Strömsund fick 6 miljoner i tilläggsanslag",
  "Nej, nämnden begärde 6,0 miljoner men fullmäktige beviljade 4,7 miljoner kronor.", [(4.7, "mnkr")], [SP],
  ["Kommunfullmäktige beviljar socialnämnden ett tilläggsanslag på 4,7 miljoner kronor för 2025"], verdict="contradicted")
q("claim", "Hultsfreds kommun har över 1700 tillsvidareanställda 2025.",
  "Nej, 1 675 tillsvidareanställda i september 2025.", [(1675, "st")], [H],
  ["Totalt 1 659 1 675 86,7 7,1"], verdict="contradicted")
q("claim", "stämmer det att strömsund ska bygga en ny simhall?",
  "Dokumenten säger inget om någon ny simhall i Strömsund.", [], [], [], verdict="not_found")
q("claim", "Hultsfreds Bostads AB ska sälja 200 lägenheter under 2026, stämmer det?",
  "Dokumenten säger inget om någon försäljning av lägenheter.", [], [], [], verdict="not_found")

# ---------------- followup (5) ----------------
q("followup", "och för barn och utbildning då?",
  "Barn- och utbildningsnämnden har 498,6 mnkr i budget 2026.", [(498.6, "mnkr")], [H],
  ["Barn- och utbildningsnämnden 468,2 481,5 498,6 507,3 515,9"],
  history=["vad är socialnämndens nettokostnad budget 2026 i hultsfred?"])
q("followup", "vilken verksamhet står för den största delen av det?",
  "Äldreomsorgen, med en negativ avvikelse på 5 500 tkr.", [(5500, "tkr")], [S],
  ["Äldreomsorg 198 600 136 220 204 100 –5 500"],
  history=["Hur stor är prognostiserad avvikelse för socialnämnden i strömsund?"])
q("followup", "hur mycket bättre än budget var det?",
  "12,2 miljoner kronor bättre än budget.", [(12.2, "mnkr")], [HP],
  ["Det är 12,2 miljoner kronor bättre än budget."],
  history=["Vad fick Hultsfreds kommun för resultat 2025?"])
q("followup", "och 2028 då",
  "Planen för 2028 är 54 550 tkr.", [(54550, "tkr")], [H],
  ["Totalt investeringar 138 750 111 550 54 550 304 850"],
  history=["hur mycket investerar hultsfred totalt 2026?"])
q("followup", "hur många röstade emot?",
  "15 nej-röster (mot 24 ja-röster).", [(15, "st")], [SP],
  ["Omröstningen utfaller med 24 ja-röster för kommunstyrelsens förslag och 15 nej-röster för Per-Erik Westins förslag."],
  history=["Vilken skattesats beslutade strömsunds fullmäktige för 2026?"])

# ---------------- multi_part (4) ----------------
q("multi_part", "strömsund: vad blev resultatet jan-aug 2025 och vad är prognosen för helåret?",
  "Periodens resultat 23,0 mnkr; prognos för helåret 9,2 mnkr.", [(23.0, "mnkr"), (9.2, "mnkr")], [S],
  ["Periodens/årets resultat 23,0 13,4 17,6 9,2 –8,4"])
q("multi_part", "Hultsfreds skatteintäkter budget 2026 och generella statsbidrag samma år?",
  "Skatteintäkter 878,5 mnkr och generella statsbidrag och utjämning 377,6 mnkr.", [(878.5, "mnkr"), (377.6, "mnkr")], [H],
  ["Skatteintäkter 4 812,4 846,0 878,5 909,2 941,0", "Generella statsbidrag och utjämning 5 352,1 359,8 377,6 383,9 390,5"])
q("multi_part", "vilken ram har samhällsbyggnadsnämnden i strömsund 2026, och hur mycket höjs VA-avgiften?",
  "Nettoram 63,3 miljoner kronor; brukningsavgiften för VA höjs med 8 procent.", [(63.3, "mnkr"), (8, "%")], [SD],
  ["en nettoram på 63,3 miljoner kronor för 2026",
   "Brukningsavgiften för vatten och avlopp höjs med 8 procent från den 1 januari 2026"])
q("multi_part", "Hur många tillsvidareanställda har Hultsfreds kommun och hur stor andel är kvinnor?",
  "1 675 tillsvidareanställda i september 2025, varav 79 procent kvinnor.", [(1675, "st"), (79, "%")], [H],
  ["Totalt 1 659 1 675 86,7 7,1", "Av de tillsvidareanställda är 79 procent kvinnor."])

# ---------------- english (3) ----------------
q("english", "What is Hultsfred's budgeted result for 2026, and what share of tax revenue and state grants is that?",
  "18.9 million SEK, which is 1.5 percent of taxes and general state grants.", [(18.9, "mnkr"), (1.5, "%")], [H],
  ["Budgeten innebär ett resultat på 18,9 miljoner kronor 2026, vilket motsvarar 1,5 procent av skatteintäkter och generella statsbidrag."],
  lang="en")
q("english", "How many inhabitants did Strömsund municipality have at the end of June 2025?",
  "11,402 inhabitants on 30 June 2025.", [(11402, "st")], [S],
  ["Den 30 juni 2025 hade Strömsunds kommun 11 402 invånare"], lang="en")
q("english", "What's Strömsund's full-year forecast for total investments in 2025?",
  "62,000 tkr (62.0 million SEK) against a budget of 70,500 tkr.", [(62000, "tkr")], [S],
  ["Summa investeringar 70 500 34 580 62 000 8 500"], lang="en")

# ---------------- unanswerable (7) ----------------
U = "Dokumenten innehåller inte den uppgiften."
for text in ["vad var socialnämndens utfall 2022 i hultsfred?",
             "strömsunds kultur- och fritidsnämnd, vad är prognosen för 2025?",
             "hur mycket har strömsund budgeterat för valnämnden inför valet 2026?",
             "Hultsfred – vad är planen för barn- och utbildningsnämnden 2029?",
             "vad blev strömsunds faktiska resultat för helåret 2025 i bokslutet?",
             "hur mycket fick Hultsfreds FK i föreningsbidrag 2024",
             "sjukfrånvaron i miljö- och byggnämnden i Strömsund 2023?"]:
    q("unanswerable", text, U, [], [], [], refused=True)

with open(OUT, "w", encoding="utf-8") as f:
    for x in Q:
        f.write(json.dumps(x, ensure_ascii=False) + "\n")
print(len(Q), "questions written")
