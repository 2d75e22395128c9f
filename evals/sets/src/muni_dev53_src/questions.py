"""Write the md53 question set (muni_dev53.jsonl) in evals/sets/dev."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "dev", "muni_dev53.jsonl")
CORPUS = "evals/corpora/dev-muni53"

N = CORPUS + "/nykvarn/"
H = CORPUS + "/horby/"
NB = N + "mal-och-budget-2025-2027.pdf"
ND = N + "delarsrapport-augusti-2024.pdf"
NH = N + "sa-anvands-din-skatt.html"
NW = N + "ks-protokoll-2024-10-28.docx"
NX = N + "befolkning-och-nyckeltal.xlsx"
NP = N + "pressmeddelande-budget-2025.md"
HB = H + "budget-2025-plan-2026-2027.pdf"
HA = H + "arsredovisning-2023.pdf"
HH = H + "finansiell-information.html"
HW = H + "kf-protokoll-2024-11-25.docx"
HX = H + "bun-driftbudget-2025.xlsx"
HP = H + "pressmeddelande-2024-11-26.txt"

NB_HDR = "2023 2024 2025 2026 2027"
HB_HDR = "2023 2024 2025 2026 2027"

Q = []


def q(cat, question, answer, numbers=(), docs=(), quotes=(), lang="sv", history=(), refused=False, verdict=None):
    Q.append({"category": cat, "language": lang, "question": question, "history": list(history),
              "gold": {"answer": answer, "numbers": [{"value": v, "unit": u} for v, u in numbers],
                       "docs": list(docs), "quotes": list(quotes), "refused": refused, "verdict": verdict}})


# ---------------- table_lookup (9)
q("table_lookup", "hur mkt är skatteintäkterna i nykvarns budget 2025?",
  "Skatteintäkterna i Nykvarns budget 2025 är 668,3 mnkr.", [(668.3, "mnkr")], [NB],
  ["Skatteintäkter 4 612,4 641,9 668,3 692,0 716,4", NB_HDR])
q("table_lookup", "Vad kostar nya förskolan i Ljungbacka år 2026 enligt Hörbys investeringsbudget?",
  "Plan 2026 för Ny förskola Ljungbacka är 31,2 mnkr.", [(31.2, "mnkr")], [HB],
  ["Ny förskola Ljungbacka 25,4 31,2 0,0 56,6", "Projekt 2025 2026 2027 2025–2027"])
q("table_lookup", "vad kostar socialnämnden per invånare i nykvarn 2025",
  "Socialnämndens budget 2025 motsvarar 21 080 kronor per invånare.", [(21080, "kr")], [NB],
  ["Socialnämnden 236,5 249,8 13,3 21 080", "Budget Budget Förändring kr per inv."])
q("table_lookup", "Hörbys soliditet 2021 enligt femårsöversikten i årsredovisningen?",
  "Soliditeten var 51,0 procent 2021.", [(51.0, "%")], [HA],
  ["Soliditet, % 48,1 49,3 51,0 50,2 49,4", "2019 2020 2021 2022 2023"])
q("table_lookup", "hur många kronor av varje hundralapp går till äldreomsorgen i nykvarn?",
  "17,20 kronor av 100 kronor i kommunalskatt går till äldreomsorgen (budget 2025).", [(17.2, "kr")], [NH],
  ["Äldreomsorg | 17,20", "Verksamhet | Kronor av 100"])
q("table_lookup", "Vilken borgensram får Hörbyhem AB för 2025?",
  "Hörbyhem AB:s borgensram 2025 är 565 000 tkr (upp från 520 000 tkr).", [(565000, "tkr")], [HW],
  ["Hörbyhem AB | 520 000 | 565 000 | 45 000",
   "Bolag | Borgensram 2024 (tkr) | Borgensram 2025 (tkr) | Förändring (tkr)"])
q("table_lookup", "hur många barn föddes i nykvarn 2021",
  "126 barn föddes i Nykvarn 2021.", [(126, "st")], [NX],
  ["2021 | 11493 | 126 | 81 | 845 | 720 | 170",
   "År | Folkmängd 31 dec | Födda | Döda | Inflyttade | Utflyttade | Förändring"])
q("table_lookup", "nettokostnad för gymnasieskolan i hörbys bun budget 2025?",
  "Gymnasieskolans nettokostnad 2025 är -87 900 tkr (intäkter 8 300, kostnader -96 200 tkr).",
  [(-87900, "tkr")], [HX], ["Gymnasieskola | 8300 | -96200 | -87900",
                             "Verksamhet | Intäkter | Kostnader | Nettokostnad"])
q("table_lookup", "vad är helårsprognosen 2024 för kultur- och fritidsnämnden i nykvarn?",
  "Prognosen är 27,8 mnkr mot en budget på 27,6 mnkr (avvikelse -0,2 mnkr).", [(27.8, "mnkr")], [ND],
  ["Kultur- och fritidsnämnden 27,6 27,8 – 0,2", "Budget Prognos Avvikelse"])

# ---------------- calculation (9)
q("calculation", "hur stor andel av nykvarns investeringar 2025 går till barn- och utbildningsnämnden?",
  "48,7 av 99,3 mnkr, alltså cirka 49,0 procent.", [(49.0, "%")], [NB],
  ["Summa Barn- och utbildningsnämnden 48,7 54,5 30,0 133,2", "Totalt investeringar 99,3 127,3 57,5 284,1"])
q("calculation", "Hur mycket ökar Hörbys skatteintäkter från budget 2024 till budget 2025, i procent?",
  "Från 872 500 till 905 100 tkr, en ökning med 32 600 tkr eller cirka 3,7 procent.",
  [(32600, "tkr"), (3.7, "%")], [HB], ["Skatteintäkter 838 960 872 500 905 100 936 800 968 400", HB_HDR])
q("calculation", "hur mycket lägre är nykvarns resultat 2025 jämfört med bokslutet 2023?",
  "Årets resultat sjunker från 20,4 mnkr (2023) till 13,0 mnkr (2025), alltså 7,4 mnkr lägre.",
  [(7.4, "mnkr")], [NB], ["Årets resultat 20,4 14,5 13,0 10,8 11,2", NB_HDR])
q("calculation", "hur mycket större ram har bun än vård och omsorg i hörby 2025",
  "Barn- och utbildningsnämnden 549,7 mnkr mot vård- och omsorgsnämnden 417,2 mnkr: 132,5 mnkr mer.",
  [(132.5, "mnkr")], [HB], ["Barn- och utbildningsnämnden 531,8 549,7 17,9 3,4",
                            "Vård- och omsorgsnämnden 398,7 417,2 18,5 4,6"])
q("calculation", "Hur många barn föddes i genomsnitt per år i Nykvarn 2019–2024?",
  "Totalt 711 födda under sex år, i genomsnitt 118,5 per år.", [(118.5, "st")], [NX],
  ["2019 | 11167 | 121 | 78 | 812 | 690 | 165", "2020 | 11323 | 118 | 84 | 790 | 668 | 156",
   "2021 | 11493 | 126 | 81 | 845 | 720 | 170", "2022 | 11615 | 119 | 86 | 802 | 713 | 122",
   "2023 | 11728 | 112 | 83 | 768 | 684 | 113", "2024 | 11846 | 115 | 88 | 781 | 690 | 118"])
q("calculation", "hur mycket ökade verksamhetens nettokostnader i hörby mellan 2022 och 2023?",
  "Från 987 050 tkr till 1 047 810 tkr, en ökning med 60 760 tkr (cirka 6,2 procent).",
  [(60760, "tkr"), (6.2, "%")], [HA], ["Verksamhetens nettokostnader -987 050 -1 047 810", "2022 2023"])
q("calculation", "Hur stor del av budgeten för förskolan Sandstugan 2024 ombudgeteras till 2025 i Nykvarn?",
  "9 500 av 12 000 tkr, cirka 79,2 procent.", [(79.2, "%")], [NW],
  ["Förskola Sandstugan | 12 000 | 1 850 | 9 500",
   "Projekt | Budget 2024 (tkr) | Förbrukat t.o.m. aug (tkr) | Ombudgeteras (tkr)"])
q("calculation", "hur mycket tänker hörby låna totalt 2025-2027 enligt kassaflödesbudgeten",
  "Nyupptagna lån 110 000 + 120 000 + 70 000 = 300 000 tkr.", [(300000, "tkr")], [HB],
  ["Nyupptagna lån 110 000 120 000 70 000", "2025 2026 2027"])
q("calculation", "hur stort är socialnämndens prognostiserade underskott i procent av budgeten, nykvarn 2024?",
  "Underskottet 6,4 mnkr av budgeten 236,5 mnkr, cirka 2,7 procent.", [(2.7, "%")], [ND],
  ["Socialnämnden 236,5 242,9 – 6,4", "Budget Prognos Avvikelse"])

# ---------------- lookup (5)
q("lookup", "vem är kommunstyrelsens ordförande i nykvarn?",
  "Annika Strömberg (M).", [], [NB], ["Annika Strömberg (M)", "Kommunstyrelsens ordförande"])
q("lookup", "Vem var ordförande på kommunfullmäktiges möte i Hörby den 25 november 2024?",
  "Birgitta Holm (M).", [], [HW],
  ["Ordförande: Birgitta Holm (M). Sekreterare: Anders Nyqvist. Justerare: Erik Sandberg (S) och Maja Lind (C)."])
q("lookup", "vilka partier reserverade sig mot budgeten i nykvarns kommunstyrelse?",
  "Socialdemokraterna och Vänsterpartiet.", [], [NW],
  ["Reservation: Ledamöterna för Socialdemokraterna och Vänsterpartiet reserverar sig mot beslutet till förmån för eget förslag."])
q("lookup", "när ska förskolan i ljungbacka vara klar?",
  "Den beräknas vara klar i januari 2026.", [], [HP], ["Den beräknas vara klar i januari 2026."])
q("lookup", "Varför går barn- och utbildningsnämnden back i Nykvarns delårsrapport?",
  "Fler elever i grundsärskolan och ökade skolskjutskostnader (underskott 3,2 mnkr).", [], [ND],
  ["Barn- och utbildningsnämndens underskott om 3,2 miljoner kronor beror på fler elever i",
   "grundsärskolan och ökade skolskjutskostnader."])

# ---------------- text_amount (5)
q("text_amount", "hur mycket pengar avsätter nykvarn till feriejobb 2025?",
  "700 000 kronor.", [(700000, "kr")], [NB], ["Till feriejobb för ungdomar avsätts 700 000 kronor under 2025."])
q("text_amount", "Hur mycket satsar Hörby på tidiga insatser för barn och unga?",
  "4,7 miljoner kronor.", [(4.7, "mnkr")], [HB],
  ["Vi avsätter 4,7 miljoner kronor till en särskild satsning på tidiga insatser för barn och unga."])
q("text_amount", "hur stort underskott hade vård och omsorg i hörby 2023",
  "Vård- och omsorgsnämnden redovisade ett underskott på 14,3 miljoner kronor (-14,3 mnkr).",
  [(-14.3, "mnkr")], [HA], ["Vård- och omsorgsnämnden redovisade ett underskott på -14,3 miljoner kronor."])
q("text_amount", "hur mkt får utegymmet vid lillsjön kosta?",
  "Högst 350 000 kronor, inom kultur- och fritidsnämndens befintliga ram.", [(350000, "kr")], [NW],
  ["Kultur- och fritidsnämnden får i uppdrag att anlägga ett utegym inom befintlig ram, till en kostnad om högst 350 000 kronor."])
q("text_amount", "Hur mycket satsar Hörby kommun på att rusta upp lekplatser?",
  "850 000 kronor (Hörby tätort, Ludvigsborg och Östraby).", [(850000, "kr")], [HP],
  ["Dessutom satsas 850 000 kronor på upprustning av lekplatser i Hörby tätort, Ludvigsborg och Östraby."])

# ---------------- multi_doc (5)
q("multi_doc", "vilken av kommunerna nykvarn och hörby har högst kommunalskatt 2025?",
  "Hörby: 22,36 kronor mot Nykvarns 22,14 kronor, 0,22 kronor högre.",
  [(22.36, "kr"), (22.14, "kr")], [HB, NB],
  ["Den kommunala skattesatsen för 2025 föreslås vara oförändrad, 22,36 kronor.",
   "Skattesatsen lämnas oförändrad på 22,14 kronor per hundralapp."])
q("multi_doc", "Vilken kommun investerar mest 2025, Nykvarn eller Hörby?",
  "Nykvarn, 99,3 miljoner kronor mot Hörbys 68,9 miljoner kronor.", [(99.3, "mnkr"), (68.9, "mnkr")], [NP, HH],
  ["Budgeten innebär att kommunens totala investeringar 2025 uppgår till 99,3 miljoner kronor.",
   "Investeringarna uppgår till 68,9 miljoner kronor."])
q("multi_doc", "stämmer prognosen för 2024 i nykvarns budgetdokument med delårsrapporten?",
  "Ja, båda anger ett resultat på 14,5 mnkr för 2024.", [(14.5, "mnkr")], [NB, ND],
  ["Årets resultat 20,4 14,5 13,0 10,8 11,2", "Helårsprognosen för årets resultat är 14,5 miljoner kronor."])
q("multi_doc", "Går summan i Hörbys excelfil för bun per verksamhet ihop med nämndens ram i budgeten?",
  "Ja. Excelfilen summerar nettokostnaden till -549 700 tkr, vilket motsvarar ramen 549,7 mnkr för 2025.",
  [(549.7, "mnkr")], [HX, HB],
  ["Summa | 62300 | -612000 | -549700", "Barn- och utbildningsnämnden 531,8 549,7 17,9 3,4"])
q("multi_doc", "vilken kommun budgeterar störst resultat för 2025, hörby eller nykvarn?",
  "Hörby: 23 300 tkr (23,3 mnkr) mot Nykvarns 13,0 mnkr.", [(23300, "tkr"), (13.0, "mnkr")], [HB, NB],
  ["Årets resultat 31 214 20 800 23 300 23 100 26 500", "Årets resultat 20,4 14,5 13,0 10,8 11,2"])

# ---------------- claim (5)
q("claim", "Stämmer det att socialnämnden i Nykvarn räknar med ett underskott på 6,4 miljoner för 2024?",
  "Ja, det stämmer: socialnämnden prognostiserar ett underskott på 6,4 mnkr.", [(6.4, "mnkr")], [ND],
  ["Socialnämnden prognostiserar ett underskott på 6,4 miljoner kronor, främst inom placeringar av"],
  verdict="supported")
q("claim", "Hörbys årsredovisning visar att årets resultat 2023 blev 41,2 miljoner, eller hur?",
  "Nej, årets resultat 2023 blev 31,2 miljoner kronor.", [(31.2, "mnkr")], [HA],
  ["Årets resultat blev 31,2 miljoner kronor, vilket är 9,8 miljoner kronor bättre än budget."],
  verdict="contradicted")
q("claim", "Jag har hört att omröstningen om budgeten i Nykvarns kommunstyrelse slutade 5–4?",
  "Nej, den slutade 6 ja-röster mot 3 nej-röster.", [(6, "st"), (3, "st")], [NW],
  ["Med 6 ja-röster mot 3 nej-röster bifaller kommunstyrelsen ordförandens förslag."],
  verdict="contradicted")
q("claim", "Hörby höjer taxan för bygglov med 4 procent från 2025?",
  "Hörbys dokument säger inget om en höjd bygglovstaxa.", [], [], [], refused=True, verdict="not_found")
q("claim", "Borgensramen för Hörbyhem AB höjs med 45 miljoner kronor till 2025.",
  "Ja, från 520 000 till 565 000 tkr, en höjning med 45 000 tkr (45 mnkr).", [(45000, "tkr")], [HW],
  ["Hörbyhem AB | 520 000 | 565 000 | 45 000"], verdict="supported")

# ---------------- unanswerable (5)
q("unanswerable", "vad är nykvarns budgeterade skatteintäkter för 2028?",
  "Budgeten sträcker sig bara till plan 2027; 2028 finns inte.", refused=True)
q("unanswerable", "Hur mycket kostar den nya brandstationen i Hörby i drift per år?",
  "Dokumenten anger bara investeringsutgiften, inte driftkostnaden.", refused=True)
q("unanswerable", "hur stor ram får miljönämnden i nykvarn 2025?",
  "Nykvarns budget har ingen miljönämnd; det framgår inte.", refused=True)
q("unanswerable", "hur många elever går på ekeskolan i hörby",
  "Elevantalet för Ekeskolan anges inte.", refused=True)
q("unanswerable", "Hur fördelas Hörbys investeringar i IT och digitalisering mellan skolan och förvaltningen?",
  "Fördelningen anges inte, bara totalbeloppen per år.", refused=True)

# ---------------- multi_part (4)
q("multi_part", "vad blir skattesatsen i nykvarn 2025 och hur mycket ska nämnderna effektivisera?",
  "Skattesatsen är oförändrad 22,14 kronor och effektiviseringarna är totalt 9,6 miljoner kronor.",
  [(22.14, "kr"), (9.6, "mnkr")], [NB],
  ["Skattesatsen lämnas oförändrad på 22,14 kronor per hundralapp.",
   "Nämnderna har fått i uppdrag att effektivisera verksamheten med sammanlagt 9,6 miljoner kronor."])
q("multi_part", "Hur stora besparingar gör Hörby 2025 och hur mycket av dem ligger på kommunstyrelsen?",
  "Besparingar på 12,5 miljoner kronor, varav 5,2 miljoner kronor inom kommunstyrelsens verksamheter.",
  [(12.5, "mnkr"), (5.2, "mnkr")], [HB],
  ["För att nå en budget i balans genomförs besparingar på 12,5 miljoner kronor, varav 5,2 miljoner",
   "kronor inom kommunstyrelsens verksamheter."])
q("multi_part", "hur röstade kf i hörby om budgeten och vilket parti reserverade sig?",
  "22 ja-röster mot 13 nej-röster, 2 avstod; Socialdemokraterna reserverade sig.",
  [(22, "st"), (13, "st"), (2, "st")], [HW],
  ["Omröstning: Med 22 ja-röster mot 13 nej-röster och 2 som avstår bifaller kommunfullmäktige kommunstyrelsens förslag.",
   "Reservation: Socialdemokraternas ledamöter reserverar sig mot beslutet till förmån för eget förslag."])
q("multi_part", "Hur många bodde i Nykvarn vid slutet av 2024, och hur mycket ökade folkmängden det året?",
  "11 846 invånare den 31 december 2024, en ökning med 118 personer.", [(11846, "st"), (118, "st")], [NX],
  ["2024 | 11846 | 115 | 88 | 781 | 690 | 118",
   "År | Folkmängd 31 dec | Födda | Döda | Inflyttade | Utflyttade | Förändring"])

# ---------------- followup (4)
q("followup", "och socialnämnden då?",
  "Socialnämndens budget 2025 är 249,8 mnkr.", [(249.8, "mnkr")], [NB],
  ["Socialnämnden 236,5 249,8 13,3 21 080", "Nämnd 2024 2025 2025"],
  history=["vad är bun:s budget i nykvarn 2025?"])
q("followup", "och totalt för hela perioden?",
  "Renovering Lågegymnasiet: 30,1 mnkr totalt 2025–2027.", [(30.1, "mnkr")], [HB],
  ["Renovering Lågegymnasiet 8,6 12,0 9,5 30,1", "Projekt 2025 2026 2027 2025–2027"],
  history=["Hur mycket investerar Hörby i renoveringen av Lågegymnasiet 2025?"])
q("followup", "hur många väntas det bli 2025?",
  "Prognosen för 2025 är 778 barn i förskolan.", [(778, "st")], [HX],
  ["Prognos 2025 | 778 | 1851 | 455", "År | Förskola | Grundskola F-9 | Gymnasieskola"],
  history=["hur många barn går i förskolan i hörby 2024?"])
q("followup", "hur mycket var det samma period året innan?",
  "Periodens resultat januari–augusti 2023 var 36,6 mnkr (mot 31,7 mnkr 2024).", [(36.6, "mnkr")], [ND],
  ["Periodens resultat, mnkr 36,6 31,7 14,5", "2023 2024 Prognos 2024"],
  history=["Vad säger delårsrapporten om Nykvarns periodresultat?"])

# ---------------- english (4)
q("english", "What is Hörby's budgeted årets resultat for 2026 in the Budget 2025 och plan 2026–2027?",
  "The plan for 2026 shows a result of 23,100 tkr (about 23.1 million SEK).", [(23100, "tkr")], [HB],
  ["Årets resultat 31 214 20 800 23 300 23 100 26 500", HB_HDR], lang="en")
q("english", "How many children will the new förskola Sandstugan in Nykvarn have room for?",
  "Room for 120 children.", [(120, "st")], [NP], ["Förskolan Sandstugan får plats för 120 barn."], lang="en")
q("english", "In Nykvarn, what is the combined municipal and regional tax rate?",
  "34.22 kronor per 100 kronor earned (of which the municipal rate is 22.14).", [(34.22, "kr")], [NH],
  ["Tillsammans med regionskatten betalar du 34,22 kronor per intjänad hundralapp."], lang="en")
q("english", "By what percentage does the ram of Vård- och omsorgsnämnden in Hörby increase in 2025?",
  "By 4.6 percent (18.5 mnkr, from 398.7 to 417.2 mnkr).", [(4.6, "%")], [HB],
  ["Vård- och omsorgsnämnden 398,7 417,2 18,5 4,6", "Nämnd 2024 2025 mnkr %"], lang="en")


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for i, item in enumerate(Q, 1):
            rec = {"id": f"md53-{i:03d}", "corpus": CORPUS, "category": item["category"],
                   "language": item["language"], "question": item["question"], "history": item["history"],
                   "gold": item["gold"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(Q), "questions to", OUT)


if __name__ == "__main__":
    main()
