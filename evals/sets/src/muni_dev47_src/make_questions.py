"""Writes evals/sets/dev/muni_dev47.jsonl (questions over evals/corpora/dev-muni47)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev", "muni_dev47.jsonl"))
C = "evals/corpora/dev-muni47"
KB = C + "/karlstad/mal-och-budget-2025-plan-2026-2027.pdf"
KA = C + "/karlstad/arsredovisning-2024.pdf"
KH = C + "/karlstad/sa-anvands-din-skatt.html"
KD = C + "/karlstad/protokoll-kommunstyrelsen-2025-03-11.docx"
KX = C + "/karlstad/befolkning-och-nyckeltal.xlsx"
KP = C + "/karlstad/pressmeddelande-vard-och-omsorgsboende-kronoparken.md"
OB = C + "/koping/budget-2025-plan-2026-2027.pdf"
OD = C + "/koping/delarsrapport-januari-augusti-2024.pdf"
OH = C + "/koping/budget-2025-beslutad.html"
OW = C + "/koping/protokoll-barn-och-ungdomsnamnden-2025-02-18.docx"
OX = C + "/koping/driftbudget-per-verksamhet-2025.xlsx"
OP = C + "/koping/pressmeddelande-vatmark-kopingsan.txt"

KB_DRIFT_H = "Nämnd 2024 2025 % 2026 2027 invånare 2025"
KB_INV_H = "Projekt utgift 2025 2026 2027"
KB_RB_H = "Bokslut Prognos Budget Plan Plan"
OB_RB_H = "Bokslut Budget Budget Plan Plan"
OB_INV_H = "Projekt 2025 2026 2027 2025–2027"

Q = []


def q(cat, question, answer, numbers=(), docs=(), quotes=(), refused=False, verdict=None, history=(), lang="sv"):
    Q.append({"category": cat, "language": lang, "question": question, "history": list(history),
              "gold": {"answer": answer, "numbers": [{"value": v, "unit": u} for v, u in numbers],
                       "docs": list(docs), "quotes": list(quotes), "refused": refused, "verdict": verdict}})


# ---------------- table_lookup (9)
q("table_lookup", "hur mkt får vård och omsorgsnämnden i karlstad 2025? alltså budgetramen",
  "Vård- och omsorgsnämnden i Karlstad har en nettokostnadsram på 1 702,8 mnkr i budget 2025.",
  [(1702.8, "mnkr")], [KB],
  ["Vård- och omsorgsnämnden 1 624,5 1 702,8 4,8 1 751,2 1 798,6 17 646", KB_DRIFT_H])
q("table_lookup", "vad kostar nya gång och cykelbron över klarälven totalt? står i karlstads investeringsbudget",
  "Den totala utgiften för gång- och cykelbron över Klarälven beräknas till 148,0 mnkr (varav 12,0 mnkr 2025, 60,0 mnkr 2026 och 76,0 mnkr 2027).",
  [(148.0, "mnkr")], [KB], ["Gång- och cykelbro över Klarälven 148,0 12,0 60,0 76,0", KB_INV_H])
q("table_lookup", "Vilka skatteintäkter räknar Köpings kommun med för 2026 i resultatbudgeten?",
  "I plan 2026 räknar Köping med skatteintäkter på 1 567,2 mnkr.",
  [(1567.2, "mnkr")], [OB], ["Skatteintäkter 1 402,6 1 452,1 1 511,8 1 567,2 1 624,0", OB_RB_H])
q("table_lookup", "vilken prognos för helåret hade socialnämnden i köping i delårsrapporten i augusti 2024",
  "Socialnämnden prognostiserade en nettokostnad på 172,2 mnkr för 2024 mot en budget på 162,4 mnkr, dvs. ett underskott på 9,8 mnkr.",
  [(172.2, "mnkr")], [OD], ["Socialnämnden 162,4 172,2 (9,8)", "Nämnd 2024 2024 2024"])
q("table_lookup", "hur många kronor av en hundralapp går till kultur och fritid i karlstad",
  "Ungefär 5 kronor av varje 100 kronor går till kultur och fritid (nettokostnad 301,7 mnkr i budget 2025).",
  [(5, "kr")], [KH], ["Kultur och fritid | 5 | 301,7", "Verksamhet | Kronor av 100 kr | Nettokostnad 2025, mnkr"])
q("table_lookup", "Hur mycket pengar för välfärdsteknik föreslogs få flyttas över från 2024 till 2025 när karlstads ks ombudgeterade investeringar?",
  "Vård- och omsorgsnämnden begärde 5 200 tkr för välfärdsteknik; förslaget och beslutet var att föra över 4 100 tkr.",
  [(4100, "tkr")], [KD],
  ["Vård- och omsorgsnämnden (Välfärdsteknik) | 5 200 | 4 100", "Nämnd | Begärt, tkr | Förslag, tkr"])
q("table_lookup", "hur många var 80 år och äldre i karlstad 2022?",
  "Den 31 december 2022 hade Karlstad 5 015 invånare som var 80 år eller äldre.",
  [(5015, "st")], [KX],
  ["2022 | 95024 | 5998 | 11168 | 4201 | 55490 | 13152 | 5015",
   "År | Totalt | 0–5 år | 6–15 år | 16–19 år | 20–64 år | 65–79 år | 80 år och äldre"])
q("table_lookup", "Vad är nettokostnaden för hemtjänsten i Köping i budget 2025?",
  "Hemtjänsten i Köping har en budgeterad nettokostnad på 142 800 tkr 2025 (intäkter 18 900 tkr, kostnader 161 700 tkr).",
  [(142800, "tkr")], [OX], ["Hemtjänst | 18900 | 161700 | 142800", "Nämnd / verksamhet | Intäkter | Kostnader | Nettokostnad"])
q("table_lookup", "hur mycket ska bun i köping spara på gymnasieskolan i år (2025)",
  "Barn- och ungdomsnämnden ska effektivisera gymnasieskolan med 1 800 tkr 2025, genom samläsning mellan program på Ullvigymnasiet.",
  [(1800, "tkr")], [OW], ["Gymnasieskola (Samläsning mellan program på Ullvigymnasiet) | 1 800"])

# ---------------- calculation (9)
q("calculation", "hur mycket ökar nämndernas budget totalt i karlstad från 2024 till 2025 i miljoner?",
  "Summa nämnder ökar från 5 690,9 mnkr (budget 2024) till 5 885,2 mnkr (budget 2025), dvs. med 194,3 mnkr (3,4 %).",
  [(194.3, "mnkr")], [KB], ["Summa nämnder 5 690,9 5 885,2 3,4 6 012,7 6 120,4 60 987", KB_DRIFT_H])
q("calculation", "Hur stor andel av nämndernas totala budget 2025 går till barn- och ungdomsnämnden i Köping?",
  "Barn- och ungdomsnämnden får 612 450 tkr av totalt 1 620 740 tkr, vilket är cirka 37,8 procent.",
  [(37.8, "%")], [OB], ["Barn- och ungdomsnämnden 579 834 598 240 612 450 14 210 624 800 636 100",
                        "Summa nämnder 1 543 194 1 568 140 1 620 740 52 600 1 657 000 1 690 090"])
q("calculation", "hur många procent över budget gick vård- och omsorgsnämnden i karlstad 2024?",
  "Utfallet blev 1 656,3 mnkr mot en budget på 1 624,5 mnkr, ett underskott på 31,8 mnkr eller cirka 1,96 procent över budget.",
  [(1.96, "%")], [KA], ["Vård- och omsorgsnämnden 1 624,5 1 656,3 – 31,8", "Nämnd 2024 2024 2024"])
q("calculation", "hur mycket har karlstads befolkning ökat mellan 2019 och 2024, både antal och procent",
  "Från 93 862 invånare 2019 till 96 412 invånare 2024, en ökning med 2 550 personer eller cirka 2,72 procent.",
  [(2550, "st"), (2.72, "%")], [KX],
  ["2019 | 93862 | 6120 | 10988 | 4012 | 55210 | 12834 | 4698",
   "2024 | 96412 | 5968 | 11251 | 4318 | 56158 | 13311 | 5406"])
q("calculation", "Vad var Köpings genomsnittliga årsresultat under åren 2020–2024?",
  "Resultaten var 42,3, 58,7, 12,4, 21,7 och 16,9 mnkr, totalt 152,0 mnkr, vilket ger ett genomsnitt på 30,4 mnkr per år.",
  [(30.4, "mnkr")], [OX],
  ["2020 | 26104 | 22,64 | 42,3 | 121,8 | 38,4", "2021 | 26287 | 22,64 | 58,7 | 134,2 | 39,9",
   "2022 | 26512 | 22,64 | 12,4 | 158,9 | 38,7", "2023 | 26760 | 22,64 | 21,7 | 176,3 | 37,9",
   "2024 | 26931 | 22,64 | 16,9 | 171,4 | 36,8"])
q("calculation", "hur mycket nya lån planerar köping att ta upp sammanlagt 2025-2027 enligt kassaflödesbudgeten",
  "Nyupptagna lån: 70,0 mnkr 2025, 75,0 mnkr 2026 och 40,0 mnkr 2027, sammanlagt 185,0 mnkr.",
  [(185.0, "mnkr")], [OB], ["Nyupptagna lån 70,0 75,0 40,0", "2025 2026 2027"])
q("calculation", "Med hur många procent ökar Karlstads skatteintäkter från budget 2025 till plan 2027?",
  "Skatteintäkterna ökar från 5 539,4 mnkr 2025 till 5 951,8 mnkr 2027, dvs. med 412,4 mnkr eller cirka 7,44 procent.",
  [(7.44, "%")], [KB], ["Skatteintäkter 5 102,8 5 298,6 5 539,4 5 742,1 5 951,8", KB_RB_H])
q("calculation", "hur mycket bättre var köpings resultat jan-aug 2024 jämfört med samma period 2023?",
  "Periodens resultat var 44,5 mnkr jan–aug 2024 mot 39,5 mnkr jan–aug 2023, alltså 5,0 mnkr bättre.",
  [(5.0, "mnkr")], [OD], ["Periodens/årets resultat 39,5 44,5 34,0 18,6 (15,4)", "jan–aug 2023 jan–aug 2024 2024 2024 prognos/budget"])
q("calculation", "vad kostar förskola, grundskola och gymnasium sammanlagt i karlstad 2025 enligt sidan om hur skatten används?",
  "Förskola och grundskola 1 868,9 mnkr plus gymnasieskola och vuxenutbildning 512,3 mnkr blir 2 381,2 mnkr.",
  [(2381.2, "mnkr")], [KH], ["Förskola och grundskola | 32 | 1 868,9", "Gymnasieskola och vuxenutbildning | 9 | 512,3"])

# ---------------- lookup (5)
q("lookup", "vem är ks ordförande i karlstad",
  "Kommunstyrelsens ordförande i Karlstad är Anna Lindgren Berg (M).", [], [KB],
  ["Anna Lindgren Berg (M)", "Kommunstyrelsens ordförande"])
q("lookup", "Vilka reserverade sig mot beslutet om effektiviseringar i barn- och ungdomsnämnden i Köping?",
  "Lars Nordin (M) och Sofia Berg (M) reserverade sig till förmån för eget yrkande.", [], [OW],
  ["Lars Nordin (M) och Sofia Berg (M) reserverar sig mot beslutet till förmån för eget yrkande."])
q("lookup", "när blir nya äldreboendet i kronoparken klart?",
  "Boendet i Kronoparken beräknas vara klart för inflyttning i december 2027; byggstart sker i september 2025.", [], [KP],
  ["Byggstarten sker i september 2025 och boendet beräknas vara klart för inflyttning i december 2027."])
q("lookup", "vem är ordförande i tekniska nämden i köping",
  "Marcus Öberg (C) är ordförande i tekniska nämnden i Köping.", [], [OP],
  ["Marcus Öberg (C), ordförande tekniska nämnden, 0221-251 10"])
q("lookup", "När uppdaterades Karlstads sida om hur skatten används senast?",
  "Sidan publicerades 2025-01-15 och uppdaterades senast 2025-02-03.", [], [KH],
  ["Publicerad 2025-01-15. Senast uppdaterad 2025-02-03."])

# ---------------- text_amount (5)
q("text_amount", "hur mycket sparar karlstad på att ändra öppettiderna på biblioteket",
  "Anpassade öppettider på Kulturhuset Bibliotek sparar 700 000 kronor per år.",
  [(700000, "kr")], [KB], ["Öppettiderna på Kulturhuset Bibliotek anpassas, vilket sparar 700 000 kronor per år."])
q("text_amount", "Hur mycket mer skatteintäkter ger skattehöjningen i Köping?",
  "Höjningen med 20 öre ger ungefär 13,2 miljoner kronor i ökade skatteintäkter per år.",
  [(13.2, "mnkr")], [OB], ["Höjningen ger ungefär 13,2 miljoner kronor i ökade skatteintäkter per år."])
q("text_amount", "vad kostade inhyrd personal inom vård och omsorg i karlstad förra året (2024)",
  "Kostnaden för inhyrd personal inom vård och omsorg uppgick till 14,3 miljoner kronor 2024.",
  [(14.3, "mnkr")], [KA], ["Kostnaden för inhyrd personal inom vård och omsorg uppgick till 14,3 miljoner"])
q("text_amount", "hur stort underskott räknade vård och omsorg i köping med i delårsrapporten",
  "Vård- och omsorgsnämnden räknade med en negativ avvikelse på -14,3 miljoner kronor för helåret 2024, främst på grund av fler beviljade hemtjänsttimmar.",
  [(-14.3, "mnkr")], [OD],
  ["-14,3 miljoner kronor, främst på grund av fler beviljade hemtjänsttimmar.",
   "underskottet finns inom vård- och omsorgsnämnden, som räknar med en negativ avvikelse på"])
q("text_amount", "Vad beräknas utegymmet i Orrholmen kosta?",
  "Teknik- och fastighetsnämnden bedömer kostnaden för utegymmet i Orrholmen till 450 000 kronor.",
  [(450000, "kr")], [KD], ["Teknik- och fastighetsnämnden bedömer kostnaden till 450 000 kronor"])

# ---------------- multi_doc (5)
q("multi_doc", "vilken av kommunerna karlstad och köping har högst kommunalskatt 2025 och hur stor är skillnaden?",
  "Köping har högst: 22,84 kronor mot Karlstads 22,15 kronor, en skillnad på 0,69 kronor.",
  [(22.84, "kr"), (22.15, "kr"), (0.69, "kr")], [KH, OH],
  ["Kommunalskatten i Karlstad är 22,15 kronor per hundra kronor beskattningsbar inkomst 2025.",
   "Kommunalskatten höjs med 20 öre till 22,84 kronor."])
q("multi_doc", "Karlstad räknade med ett visst resultat för 2024 i budgeten, hur blev det egentligen och hur stor var skillnaden mot prognosen?",
  "I Mål och budget 2025 var prognosen för 2024 ett resultat på 79,8 mnkr. Enligt årsredovisningen blev resultatet 92,4 mnkr, alltså 12,6 mnkr bättre än prognosen.",
  [(79.8, "mnkr"), (92.4, "mnkr"), (12.6, "mnkr")], [KB, KA],
  ["Årets resultat 120,1 79,8 110,4 127,6 145,2", KB_RB_H,
   "Årets resultat uppgick till 92,4 miljoner kronor, vilket motsvarar 1,4 procent av skatteintäkter"])
q("multi_doc", "stämde köpings prognos för 2024 från delårsrapporten med hur året faktiskt slutade?",
  "Nej, inte helt. Delårsrapporten prognostiserade ett resultat på 18,6 mnkr; utfallet 2024 blev 16,9 mnkr, alltså 1,7 mnkr sämre än prognosen.",
  [(18.6, "mnkr"), (16.9, "mnkr"), (1.7, "mnkr")], [OD, OX],
  ["pekar på ett resultat på 18,6 miljoner kronor, vilket är 15,4 miljoner kronor sämre än budget.",
   "2024 | 26931 | 22,64 | 16,9 | 171,4 | 36,8"])
q("multi_doc", "Vilken kommun budgeterar det högsta resultatet i procent av skatteintäkter och statsbidrag 2025, Karlstad eller Köping?",
  "Köping: 38,2 mnkr motsvarar 2,1 procent, medan Karlstads 110,4 mnkr motsvarar 1,6 procent av skatteintäkter och generella statsbidrag.",
  [(2.1, "%"), (1.6, "%")], [KB, OB],
  ["110,4 miljoner kronor, vilket motsvarar 1,6 procent av skatteintäkter och",
   "38,2 miljoner kronor 2025, vilket motsvarar 2,1 procent av"])
q("multi_doc", "hur mycket mer investerar karlstad än köping 2025?",
  "Karlstad budgeterar investeringar på 311,5 mnkr och Köping 196,9 mnkr 2025, alltså 114,6 mnkr mer i Karlstad.",
  [(114.6, "mnkr")], [KB, OB],
  ["Investeringsbudgeten för 2025 omfattar totalt 311,5 miljoner kronor.", "Totalt 196,9 175,0 92,0 463,9"])

# ---------------- claim (5)
q("claim", "Stämmer det att Karlstad höjer kommunalskatten 2025?",
  "Nej. Skattesatsen i Karlstad är oförändrad, 22,15 kronor, jämfört med 2024.",
  [(22.15, "kr")], [KH],
  ["Skattesatsen är oförändrad jämfört med 2024.",
   "Kommunalskatten i Karlstad är 22,15 kronor per hundra kronor beskattningsbar inkomst 2025."],
  verdict="contradicted")
q("claim", "köping har fått 700 000 kr från länsstyrelsen till en våtmark vid köpingsån, eller hur?",
  "Ja, det stämmer. Kommunen har beviljats 700 000 kronor i LONA-bidrag från Länsstyrelsen i Västmanlands län.",
  [(700000, "kr")], [OP],
  ["Köpings kommun har beviljats 700 000 kronor i bidrag från Länsstyrelsen i Västmanlands län inom satsningen Lokala naturvårdsprojekt (LONA)."],
  verdict="supported")
q("claim", "Jag har hört att kommunstyrelsen i Karlstad röstade 9–4 om att flytta över investeringspengar till 2025.",
  "Det stämmer inte. Omröstningen slutade 11 ja-röster mot 2 nej-röster.",
  [(11, "st"), (2, "st")], [KD],
  ["Med 11 ja-röster mot 2 nej-röster beslutar kommunstyrelsen enligt förvaltningens förslag."],
  verdict="contradicted")
q("claim", "Budgeten i Köping för 2025 gick igenom med 27 röster mot 24?",
  "Ja, budgeten antogs efter votering med 27 röster mot 24.",
  [(27, "st"), (24, "st")], [OH], ["Budgeten antogs efter votering med 27 röster mot 24."], verdict="supported")
q("claim", "En insändare påstår att Köpings kommun ska bygga en ny sporthall i Munktorp för 60 miljoner. Stämmer det?",
  "Dokumenten nämner ingen sporthall i Munktorp, så påståendet kan inte bekräftas.",
  [], [], [], refused=True, verdict="not_found")

# ---------------- unanswerable (5)
q("unanswerable", "vad är karlstads budgeterade resultat för 2028?",
  "Budgeten sträcker sig bara till plan 2027; något resultat för 2028 anges inte.", refused=True)
q("unanswerable", "Hur många avdelningar får den nya förskolan i Malmaberg i Köping?",
  "Dokumenten anger investeringsbeloppen för förskolan i Malmaberg men inte hur många avdelningar den får.", refused=True)
q("unanswerable", "hur mycket statsbidrag får karlstad för gång- och cykelbron över klarälven",
  "Dokumenten anger bronns utgift men inget om statsbidrag eller annan extern finansiering för den.", refused=True)
q("unanswerable", "Vad var sjukfrånvaron bland Köpings kommuns anställda 2022?",
  "Sjukfrånvaro för 2022 redovisas inte för Köping; dokumenten har bara uppgifter för 2023 och 2024.", refused=True)
q("unanswerable", "hur många bodde i karlstad 2018?",
  "Befolkningsstatistiken börjar 2019; antalet invånare 2018 anges inte.", refused=True)

# ---------------- multi_part (4)
q("multi_part", "Hur mycket investeringsmedel ville nämnderna i Karlstad föra över från 2024 till 2025, och hur mycket beslutade kommunstyrelsen?",
  "Nämnderna begärde att 86 400 tkr skulle föras över; kommunstyrelsen beslutade att föra över 71 900 tkr.",
  [(86400, "tkr"), (71900, "tkr")], [KD],
  ["Nämnderna har begärt att outnyttjade investeringsmedel på sammanlagt 86 400 tkr förs över till 2025.",
   "Kommunstyrelsen beslutar att föra över investeringsmedel om 71 900 tkr från 2024 till 2025 enligt förvaltningens förslag."])
q("multi_part", "vad föreslog förvaltningen om skolskjutsen i köping, hur mkt skulle det spara och vad blev beslutet?",
  "Förslaget var att höja avståndsgränsen för skolskjuts i årskurs 4–6 från 3 till 4 kilometer, vilket skulle spara 620 000 kronor per år. Ärendet återremitterades för en trafiksäkerhetsbedömning.",
  [(620000, "kr")], [OW],
  ["Förvaltningen föreslår att avståndsgränsen för skolskjuts i årskurs 4–6 ändras från 3 till 4 kilometer.",
   "Förändringen berör cirka 40 elever och minskar kostnaderna med 620 000 kronor per år.",
   "Ärendet återremitteras till förvaltningen för en trafiksäkerhetsbedömning av de berörda vägarna."])
q("multi_part", "Vad kostar våtmarken vid Köpingsån totalt och när ska den vara färdig?",
  "Projektet kostar totalt 1,4 miljoner kronor och våtmarken (2,3 hektar) beräknas vara färdig hösten 2026.",
  [(1.4, "mnkr")], [OP],
  ["Projektet kostar totalt 1,4 miljoner kronor.",
   "Arbetet påbörjas i augusti 2025 och våtmarken beräknas vara färdig hösten 2026."])
q("multi_part", "hur många platser blir det på nya boendet i kronoparken och hur mycket av investeringen ligger på 2025 i karlstads budget?",
  "Boendet får 120 platser, och 40,0 mnkr av totalt 285,0 mnkr är budgeterat för 2025.",
  [(120, "st"), (40.0, "mnkr")], [KB],
  ["Vård- och omsorgsboende Kronoparken, 120 platser 285,0 40,0 120,0 110,0", KB_INV_H])

# ---------------- followup (4)
q("followup", "och plan 2027 då?",
  "I plan 2027 har barn- och ungdomsnämnden i Karlstad en ram på 1 934,0 mnkr.",
  [(1934.0, "mnkr")], [KB], ["Barn- och ungdomsnämnden 1 812,4 1 868,9 3,1 1 901,5 1 934,0 19 367", KB_DRIFT_H],
  history=["vad får barn- och ungdomsnämnden i karlstad i budget 2025?"])
q("followup", "hur mycket blir det per invånare?",
  "Resultatet 2024 var 92,4 mnkr och Karlstad hade 96 412 invånare den 31 december 2024, vilket ger cirka 958 kronor per invånare.",
  [(958, "kr")], [KA],
  ["Årets resultat uppgick till 92,4 miljoner kronor, vilket motsvarar 1,4 procent av skatteintäkter",
   "Antal invånare 31 dec 94 118 94 782 95 024 95 394 96 412"],
  history=["Vad blev Karlstads resultat 2024?"])
q("followup", "vilket är det största projektet?",
  "År 2025 är Ny förskola Malmaberg största projektet med 42,0 mnkr. Över hela perioden 2025–2027 är nytt särskilt boende Skogsängen störst med 103,0 mnkr.",
  [(42.0, "mnkr")], [OB], ["Ny förskola Malmaberg 42,0 18,0 0,0 60,0", OB_INV_H],
  history=["hur mycket investerar köping 2025?"])
q("followup", "vad var den innan höjningen?",
  "Före höjningen var kommunalskatten i Köping 22,64 kronor; från 2025 är den 22,84 kronor.",
  [(22.64, "kr")], [OB], ["Kommunalskatten höjs från 22,64 kronor till 22,84 kronor."],
  history=["vad blir kommunalskatten i köping 2025?"])

# ---------------- english (4)
q("english", "What is Karlstad's total investment budget for 2026 according to Mål och budget?",
  "Planned investments in 2026 total SEK 517.5 million (mnkr).",
  [(517.5, "mnkr")], [KB], ["Totalt investeringar 1 246,5 311,5 517,5 402,5", KB_INV_H], lang="en")
q("english", "How did the vote go when Köping's barn- och ungdomsnämnden decided on the 2025 efficiency savings?",
  "The decision to distribute savings of 9,000 tkr was taken by 5 votes to 2.",
  [(5, "st"), (2, "st")], [OW],
  ["Beslutet fattades med 5 röster mot 2."], lang="en")
q("english", "How many permanent employees (tillsvidareanställda) did Karlstad have at the end of 2024, and how did that change from the year before?",
  "Karlstad had 7,412 permanent employees at the end of 2024, a decrease of 86 compared with the previous year.",
  [(7412, "st"), (86, "st")], [KA],
  ["Antalet tillsvidareanställda uppgick vid årets slut till 7 412 personer, en minskning med 86"], lang="en")
q("english", "How much cash does Köping expect to have at the end of 2025 according to the kassaflödesbudget?",
  "Likvida medel at year-end 2025 are budgeted at SEK 37.2 million (mnkr).",
  [(37.2, "mnkr")], [OB], ["Likvida medel vid årets slut 37,2 71,2 166,2", "2025 2026 2027"], lang="en")

with open(OUT, "w", encoding="utf-8") as fh:
    for i, item in enumerate(Q, 1):
        obj = {"id": f"md47-{i:03d}", "corpus": C}
        obj.update(item)
        obj = {k: obj[k] for k in ("id", "corpus", "category", "language", "question", "history", "gold")}
        fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
print(len(Q), "questions ->", OUT)
