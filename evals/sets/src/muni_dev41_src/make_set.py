"""Writes muni_dev41.jsonl (question set over evals/corpora/dev-muni41)."""
# md41-007 and md41-018 quote the DOCX table in kommun's rendering: its text column "Nämnd" becomes section rows.
import json

C = "evals/corpora/dev-muni41"
FB = f"{C}/filipstad/mal-och-budget-2025-plan-2026-2027.pdf"
FA = f"{C}/filipstad/arsredovisning-2024.pdf"
FH = f"{C}/filipstad/sa-anvands-din-skatt.html"
FD = f"{C}/filipstad/protokoll-kommunstyrelsen-2025-04-08.docx"
FX = f"{C}/filipstad/befolkning-och-nyckeltal-2019-2024.xlsx"
FM = f"{C}/filipstad/pressmeddelande-byggstart-forskola-lasarettsomradet.md"
SB = f"{C}/sunne/budget-2025-verksamhetsplan-2026-2027.pdf"
SD = f"{C}/sunne/delarsrapport-jan-aug-2025.pdf"
SH = f"{C}/sunne/nyheter-budget-2025-beslutad.html"
SW = f"{C}/sunne/protokoll-bun-2025-09-16.docx"
SX = f"{C}/sunne/driftredovisning-per-verksamhet-2024.xlsx"
ST = f"{C}/sunne/pressmeddelande-delarsrapport-2025.txt"

RB_H = "Not 2023 2024 2025 2026 2027"
FDR_H = "Nämnd (mnkr) 2023 2024 2025 2026 2027 2024–2025 % invånare 2025"
INV_H = "2025 2026 2027 2025–2027"

Q = []


def q(cat, question, answer, numbers=(), docs=(), quotes=(), lang="sv", history=(), refused=False, verdict=None):
    Q.append(dict(category=cat, language=lang, question=question, history=list(history),
                  gold=dict(answer=answer, numbers=[dict(value=v, unit=u) for v, u in numbers],
                            docs=list(docs), quotes=list(quotes), refused=refused, verdict=verdict)))


# ---------------- table_lookup (9)
q("table_lookup", "vad är skatteintäkterna i filipstads budget för 2025?",
  "Skatteintäkterna är budgeterade till 655,2 mnkr för 2025.", [(655.2, "mnkr")], [FB],
  ["Skatteintäkter 3 612,8 628,4 655,2 676,9 699,3", RB_H])
q("table_lookup", "hur mkt får socialnämnden i filipstad 2026 enligt planen",
  "Socialnämnden i Filipstad har 362,4 mnkr i plan för 2026.", [(362.4, "mnkr")], [FB],
  ["Socialnämnden 331,9 338,1 352,7 362,4 371,0", FDR_H])
q("table_lookup", "Hur mycket är budgeterat för Solbacken etapp 2 under 2026 i Sunnes investeringsbudget?",
  "18 000 tkr (18 mnkr) är planerat för Särskilt boende Solbacken, etapp 2 år 2026.", [(18000, "tkr")], [SB],
  ["Särskilt boende Solbacken, etapp 2 12 000 18 000 4 000 34 000", INV_H])
q("table_lookup", "sunne kommun långfristiga skulder plan 2027 i balansbudgeten?",
  "De långfristiga skulderna är planerade till 600,0 mnkr 2027.", [(600.0, "mnkr")], [SB],
  ["Långfristiga skulder 9 560,0 585,0 620,0 650,0 600,0", RB_H])
q("table_lookup", "hur många kronor av en hundralapp i skatt går till kultur och fritid i filipstad?",
  "3,90 kronor av varje 100 kronor i kommunalskatt går till kultur och fritid.", [(3.90, "kr")], [FH],
  ["Kultur och fritid | 3,90 | 35,8", "Verksamhet | Kronor av 100 | Nettokostnad 2025, mnkr"])
q("table_lookup", "vilken ram har tekniska nämnden i Sunne för 2025?",
  "Tekniska nämnden har en ram på 30,9 mnkr för 2025.", [(30.9, "mnkr")], [SH],
  ["Tekniska nämnden | 29,6 | 30,9 | 1,3", "Nämnd | Ram 2024 (mnkr) | Ram 2025 (mnkr) | Förändring (mnkr)"])
q("table_lookup", "Hur mycket föreslogs ombudgeteras för digitala lås i hemtjänsten när KS i Filipstad tog beslut i april?",
  "Förslaget var att ombudgetera 1 890 tkr för Digitala lås hemtjänst.", [(1890, "tkr")], [FD],
  ["Digitala lås hemtjänst | 2 500 | 610 | 1 890 | 1 890",
   "Projekt | Budget 2024 (tkr) | Utfall 2024 (tkr) | Begärd ombudgetering (tkr) | Förslag (tkr)"])
q("table_lookup", "hur stor var avvikelsen mot budget för äldreomsorgen i sunne 2024?",
  "Äldreomsorgen hade en avvikelse på -2 570 tkr, dvs. nettokostnaden var 2,6 mnkr högre än budget.",
  [(-2570, "tkr")], [SX],
  ["Äldreomsorg | 61380 | -312650 | -251270 | -248700 | -2570",
   "Verksamhet | Intäkter | Kostnader | Nettokostnad | Budget 2024 | Avvikelse"])
q("table_lookup", "hur många i filipstad var 80 år eller äldre 2024",
  "906 invånare i Filipstad var 80 år eller äldre den 31 december 2024.", [(906, "st")], [FX],
  ["2024 | 10236 | 532 | 1071 | 5382 | 2345 | 906 | -84",
   "År | Totalt | 0–5 år | 6–15 år | 16–64 år | 65–79 år | 80 år och äldre | Förändring"])

# ---------------- calculation (9)
q("calculation", "Hur mycket högre är Filipstads årets resultat i plan 2027 jämfört med budget 2025?",
  "21,8 − 16,9 = 4,9 mnkr högre 2027.", [(4.9, "mnkr")], [FB],
  ["Årets resultat 12,8 9,0 16,9 17,9 21,8", RB_H])
q("calculation", "hur stor andel av nämndernas totala ram i sunne 2025 går till barn- och utbildningsnämnden?",
  "438,1 av 1 114,3 mnkr, dvs. cirka 39,3 procent.", [(39.3, "%")], [SB],
  ["Barn- och utbildningsnämnden 412,6 425,3 438,1 448,9 459,0 12,8 3,0 33 190",
   "Summa nämnder 1 046,8 1 079,0 1 114,3 1 142,9 1 169,0 35,3 3,3 84 420", FDR_H])
q("calculation", "Hur många procent över budget hamnade socialnämnden i Filipstad 2024?",
  "Socialnämnden hade 11,8 mnkr i underskott på en budget av 338,1 mnkr, dvs. cirka 3,5 procent över budget.",
  [(3.5, "%")], [FA],
  ["Socialnämnden 338,1 349,9 -11,8", "Nämnd Budget 2024 Utfall 2024 Avvikelse"])
q("calculation", "hur stor andel av investeringsbudgeten hade sunne använt efter augusti 2025?",
  "41 300 tkr av 98 000 tkr, alltså cirka 42,1 procent.", [(42.1, "%")], [SD],
  ["Totalt 98 000 41 300 86 500", "Projekt, tkr Budget 2025 Utfall jan–aug Prognos 2025"])
q("calculation", "hur mycket har befolkningen i filipstad minskat mellan 2019 och 2024?",
  "Från 10 578 till 10 236 invånare, en minskning med 342 personer.", [(342, "st")], [FX],
  ["2019 | 10578 | 598 | 1102 | 5671 | 2372 | 835 | -53", "2024 | 10236 | 532 | 1071 | 5382 | 2345 | 906 | -84",
   "År | Totalt | 0–5 år | 6–15 år | 16–64 år | 65–79 år | 80 år och äldre | Förändring"])
q("calculation", "Med hur många procent ökade Sunnes nettokostnad per invånare för äldreomsorg från 2020 till 2024?",
  "Från 17 940 till 19 060 kronor per invånare, en ökning med cirka 6,2 procent.", [(6.2, "%")], [SX],
  ["2020 | 5480 | 11620 | 6310 | 17940 | 13112", "2024 | 6270 | 12780 | 7030 | 19060 | 13222",
   "År | Förskola | Grundskola | Gymnasieskola | Äldreomsorg | Invånare 31 dec"])
q("calculation", "vad är snittet per år för filipstads investeringar 2025-2027?",
  "Totalt 194 800 tkr under tre år, i snitt cirka 64 933 tkr (64,9 mnkr) per år.", [(64933, "tkr")], [FB],
  ["Totalt investeringar 76 300 66 600 51 900 194 800", INV_H])
q("calculation", "Hur många procent av kapaciteten beräknas Västra skolan i Sunne använda hösten 2027?",
  "Prognosen är 410 elever på en kapacitet av 450, alltså cirka 91,1 procent.", [(91.1, "%")], [SW],
  ["Västra skolan (F–6) | – | – | 410 | 450", "Skola | Elever ht 2024 | Elever ht 2025 | Prognos ht 2027 | Kapacitet"])
q("calculation", "hur stor del av budgeten 2024 för projekten i ombudgeteringsärendet hade filipstad förbrukat, i procent?",
  "Utfallet var 19 580 tkr av 28 700 tkr, alltså cirka 68,2 procent.", [(68.2, "%")], [FD],
  ["Summa | 28 700 | 19 580 | 9 120 | 7 920",
   "Projekt | Budget 2024 (tkr) | Utfall 2024 (tkr) | Begärd ombudgetering (tkr) | Förslag (tkr)"])

# ---------------- lookup (5)
q("lookup", "vem är kommunstyrelsens ordförande i filipstad och vilket parti",
  "Annika Sjöström (S) är kommunstyrelsens ordförande.", [], [FB], ["Annika Sjöström (S)"])
q("lookup", "När invigdes resecentrum i Sunne?",
  "Resecentrum i Sunne invigdes den 23 maj (2025) efter ombyggnad.", [], [SD],
  ["Resecentrum i Sunne invigdes den 23 maj efter ombyggnad."])
q("lookup", "vem reserverade sig mot tilläggsanslaget till socialnämnden i filipstad?",
  "Britt Nordqvist (SD) reserverade sig; hon ville att hela beloppet skulle finansieras inom socialnämndens ram.",
  [], [FD], ["Reservation: Britt Nordqvist (SD) reserverar sig mot beslutet och anser att hela beloppet"])
q("lookup", "Vilken byggfirma bygger nya förskolan vid lasarettsområdet i Filipstad?",
  "Entreprenör är Bergslagens Bygg AB.", [], [FM], ["| Entreprenör | Bergslagens Bygg AB |"])
q("lookup", "när ska skolråden i sunne senast svara på remissen om skolstrukturen",
  "Senast den 30 november 2025.", [], [SW],
  ["skolråd med svar senast den 30 november 2025"])

# ---------------- text_amount (5)
q("text_amount", "hur mycket avsätter filipstad till sommarlovsaktiviteter och feriejobb 2025?",
  "700 000 kronor.", [(700000, "kr")], [FB], ["vi  avsätter  700  000  kronor  till  sommarlovsaktiviteter  och  feriearbete"])
q("text_amount", "Vad satsar Sunne på simskola för förskoleklasserna?",
  "450 000 kronor till en ny simskoleverksamhet för alla förskoleklasser.", [(450000, "kr")], [SB],
  ["kronor extra på underhåll av enskilda vägar och 450 000 kronor på en ny simskoleverksamhet"])
q("text_amount", "hur stort underskott räknar omsorgsnämnden i sunne med i år enligt pressmeddelandet?",
  "Omsorgsnämnden prognostiserar ett underskott på 8,7 miljoner kronor.", [(8.7, "mnkr")], [ST],
  ["Omsorgsnämnden prognostiserar ett underskott på 8,7 miljoner kronor."])
q("text_amount", "Vad blev balanskravsresultatet för Filipstads kommun 2024?",
  "Balanskravsresultatet blev 10,9 miljoner kronor (efter avdrag för realisationsvinster på 0,5 mnkr).",
  [(10.9, "mnkr")], [FA], ["uppgick till 10,9 miljoner kronor efter avdrag för realisationsvinster på 0,5 miljoner kronor."])
q("text_amount", "hur mkt pengar lägger sunne på traineeprogrammet för nya sjuksköterskor",
  "800 000 kronor under 2025.", [(800000, "kr")], [SB],
  ["800 000 kronor till ett traineeprogram för nyutexaminerade sjuksköterskor."])

# ---------------- multi_doc (5)
q("multi_doc", "vilken av kommunerna filipstad och sunne har högst kommunalskatt 2025?",
  "Filipstad: 22,66 kronor mot Sunnes 22,41 kronor, alltså 25 öre högre i Filipstad.",
  [(22.66, "kr"), (22.41, "kr")], [FB, SB],
  ["Den  kommunala  skattesatsen  är  22,66  kronor  per  skattekrona.", "Kommunalskatten är 22,41 kronor."])
q("multi_doc", "Vilken kommun budgeterar det högsta resultatet i procent av skatter och bidrag för 2025, Filipstad eller Sunne?",
  "Filipstad, med 1,8 procent mot Sunnes 1,3 procent.", [(1.8, "%"), (1.3, "%")], [FB, SB],
  ["Resultat i % av skatter och bidrag 1,5 % 1,0 % 1,8 % 1,9 % 2,2 %",
   "Resultat i % av skatter och bidrag 1,4 % 1,2 % 1,3 % 1,6 % 2,0 %"])
q("multi_doc", "Filipstads budget hade en prognos för resultatet 2024. hur mycket bättre blev det faktiska resultatet enligt årsredovisningen?",
  "Prognosen var 9,0 mnkr och utfallet 11,4 mnkr, alltså 2,4 mnkr bättre.", [(2.4, "mnkr")], [FB, FA],
  ["Årets resultat 12,8 9,0 16,9 17,9 21,8", "Årets resultat 12,8 11,4 5,7 5,7"])
q("multi_doc", "Hur mycket lägre än budget väntas Sunnes investeringar bli 2025 enligt delårsrapporten?",
  "Budgeten är 98,0 mnkr och helårsprognosen 86,5 mnkr, alltså 11,5 mnkr lägre.", [(11.5, "mnkr")], [SB, SD],
  ["Investeringsbudgeten  2025  uppgår  till  98,0  miljoner  kronor.",
   "Under perioden har 41,3 miljoner kronor investerats. Helårsprognosen är 86,5 miljoner kronor"])
q("multi_doc", "vilken kommun investerar mest 2025, sunne eller filipstad, och hur stor är skillnaden?",
  "Sunne investerar 98 000 tkr mot Filipstads 76 300 tkr, en skillnad på 21 700 tkr (21,7 mnkr).",
  [(21700, "tkr")], [SB, FB],
  ["Totalt investeringar 98 000 95 300 37 000 230 300", "Totalt investeringar 76 300 66 600 51 900 194 800"])

# ---------------- claim (5)
q("claim", "Stämmer det att omsorgsnämnden i Sunne får 17,9 miljoner kronor mer i ram 2025?",
  "Ja, det stämmer. Omsorgsnämndens ram ökar med 17,9 miljoner kronor, från 409,5 till 427,4 mnkr.",
  [(17.9, "mnkr")], [SB], ["Omsorgsnämnden 398,7 409,5 427,4 439,2 450,6 17,9 4,4 32 380"], verdict="supported")
q("claim", "Filipstads kommun gjorde ett överskott på 14,3 miljoner 2024, eller hur?",
  "Nej. Årets resultat 2024 var 11,4 miljoner kronor. 14,3 miljoner kronor var nämndernas samlade underskott mot budget.",
  [(11.4, "mnkr")], [FA], ["Årets  resultat  uppgick  till  11,4  miljoner  kronor  (12,8  miljoner  kronor  2023)."],
  verdict="contradicted")
q("claim", "Jag har hört att nya Västra skolan i Sunne ska vara klar redan hösten 2026?",
  "Nej, Västra skolan ska stå klar till höstterminen 2027.", [], [SB],
  ["investering  någonsin  och  ska  stå  klar  till  höstterminen  2027."], verdict="contradicted")
q("claim", "Sunne kommun har sagt upp 40 undersköterskor på grund av underskottet i omsorgen?",
  "Det finns inget i dokumenten om uppsägningar av undersköterskor i Sunne.", [], [], [], refused=True,
  verdict="not_found")
q("claim", "den nya förskolan i filipstad ska kosta 36 miljoner totalt?",
  "Ja, budgeten för förskolan vid Lasarettsområdet är totalt 36 mnkr.", [(36, "mnkr")], [FM],
  ["| Budget totalt | 36 mnkr |"], verdict="supported")

# ---------------- unanswerable (5)
q("unanswerable", "Vad är Filipstads budgeterade årets resultat för 2028?",
  "Budgeten innehåller bara plan till och med 2027; 2028 finns inte.", [], [], [], refused=True)
q("unanswerable", "hur stor ram fick gymnasienämnden i sunne 2025",
  "Sunne har ingen gymnasienämnd i budgeten; gymnasieskolan ligger inte som egen nämnd.", [], [], [], refused=True)
q("unanswerable", "Hur hög var sjukfrånvaron för kvinnor respektive män i Filipstads kommun 2024?",
  "Dokumenten anger bara total sjukfrånvaro (7,4 %), inte uppdelat på kvinnor och män.", [], [], [], refused=True)
q("unanswerable", "hur många bygglovsansökningar kom in till miljö- och byggnadsnämnden i sunne förra året?",
  "Antalet bygglovsansökningar framgår inte av dokumenten.", [], [], [], refused=True)
q("unanswerable", "Vilken genomsnittsränta hade Filipstad på sina lån 2023?",
  "Dokumenten anger bara en beräknad ränta för 2025, inte räntan 2023.", [], [], [], refused=True)

# ---------------- multi_part (4)
q("multi_part", "vad är skattesatsen i filipstad och hur mkt är regionskatten?",
  "Kommunalskatten är 22,66 kronor och regionskatten till Region Värmland 11,18 kronor (totalt 33,84).",
  [(22.66, "kr"), (11.18, "kr")], [FH],
  ["Den kommunala skattesatsen i Filipstad är 22,66 kronor för 2025.", "Till Region Värmland betalar du 11,18 kronor."])
q("multi_part", "Hur mycket investerar Sunne kommun 2025 totalt, och vilket projekt är störst?",
  "Totalt 98 000 tkr (98,0 mnkr). Störst är Nybyggnad Västra skolan (F–6) med 38 000 tkr.",
  [(98000, "tkr"), (38000, "tkr")], [SB],
  ["Totalt investeringar 98 000 95 300 37 000 230 300", "Nybyggnad Västra skolan (F–6) 38 000 42 000 10 000 90 000"])
q("multi_part", "hur mkt begärde socialnämnden i filipstad i tilläggsanslag och hur mycket fick dom?",
  "Socialnämnden begärde 3,2 miljoner kronor och beviljades 2,0 miljoner kronor ur den centrala bufferten.",
  [(3.2, "mnkr"), (2.0, "mnkr")], [FD],
  ["Socialnämnden begär ett tilläggsanslag på 3,2 miljoner kronor för 2025",
   "Beslut: Kommunstyrelsen beviljar socialnämnden ett tilläggsanslag på 2,0 miljoner kronor"])
q("multi_part", "Vad var sjukfrånvaron i Sunne jan-aug 2025 och hur många tillsvidareanställda fanns det?",
  "Sjukfrånvaron var 7,2 procent och det fanns 1 419 tillsvidareanställda den 31 augusti 2025.",
  [(7.2, "%"), (1419, "st")], [SD],
  ["Sjukfrånvaron för perioden januari–augusti var 7,2 procent, jämfört med 7,6 procent samma",
   "period 2024. Antalet tillsvidareanställda var 1 419 den 31 augusti 2025."])

# ---------------- followup (4)
q("followup", "och 2027 då?", "Enligt planen är årets resultat 21,8 mnkr 2027.", [(21.8, "mnkr")], [FB],
  ["Årets resultat 12,8 9,0 16,9 17,9 21,8", RB_H], history=["vad är filipstads budgeterade resultat 2025?"])
q("followup", "hur mycket är det per invånare?",
  "Det motsvarar 33 190 kronor per invånare.", [(33190, "kr")], [SB],
  ["Barn- och utbildningsnämnden 412,6 425,3 438,1 448,9 459,0 12,8 3,0 33 190", FDR_H],
  history=["Hur stor ram har barn- och utbildningsnämnden i Sunne 2025?"])
q("followup", "och hur många av dom var 0-5 år?", "548 av invånarna var 0–5 år (31 december 2023).",
  [(548, "st")], [FX], ["2023 | 10320 | 548 | 1086 | 5441 | 2365 | 880 | -74",
                        "År | Totalt | 0–5 år | 6–15 år | 16–64 år | 65–79 år | 80 år och äldre | Förändring"],
  history=["hur många invånare hade filipstad 2023?"])
q("followup", "vad var budgeten?", "Budgeten för investeringar 2024 var 71,0 miljoner kronor.", [(71.0, "mnkr")], [FA],
  ["Budgeten för året var 71,0 miljoner kronor; avvikelsen beror främst på att upphandlingen av"],
  history=["Vad blev Filipstads nettoinvesteringar 2024?"])

# ---------------- english (4)
q("english", "What was Sunne's result for January–August 2025 according to the delårsrapport?",
  "The result for January–August 2025 was SEK 31.2 million.", [(31.2, "mnkr")], [SD],
  ["Resultatet för perioden januari–augusti 2025 uppgår till 31,2 miljoner kronor."], lang="en")
q("english", "How much does Kultur- och fritidsnämnden in Filipstad get in 2025, and how does that compare with 2024?",
  "SEK 23.8 million in 2025, down SEK 0.5 million (-2.1 %) from SEK 24.3 million in 2024.",
  [(23.8, "mnkr"), (-0.5, "mnkr")], [FB],
  ["Kultur- och fritidsnämnden 24,0 24,3 23,8 24,2 24,6 -0,5 -2,1 2 320", FDR_H], lang="en")
q("english", "Who entered a reservation against kommunstyrelsen's decision not to carry over money for the outdoor gym in Filipstad?",
  "Henrik Åslund (M) and Jan-Olof Berg (M) entered a reservation in favour of their own motion.", [], [FD],
  ["Reservation: Henrik Åslund (M) och Jan-Olof Berg (M) reserverar sig mot beslutet till förmån"], lang="en")
q("english", "What is the total investment planned for Tekniska nämnden in Sunne over 2025–2027?",
  "SEK 59,000 thousand (59.0 million) in total for 2025–2027.", [(59000, "tkr")], [SB],
  ["Summa tekniska nämnden 26 500 18 500 14 000 59 000", INV_H], lang="en")

ORDER = ["table_lookup", "calculation", "lookup", "text_amount", "multi_doc", "claim", "unanswerable",
         "multi_part", "followup", "english"]
with open("/work/main/evals/sets/dev/muni_dev41.jsonl", "w", encoding="utf-8") as f:
    for i, item in enumerate(Q, 1):
        rec = {"id": f"md41-{i:03d}", "corpus": C, "category": item["category"], "language": item["language"],
               "question": item["question"], "history": item["history"], "gold": item["gold"]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(Q))
