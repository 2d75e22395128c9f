"""Writes evals/sets/dev/muni_blind19.jsonl (deterministic)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev", "muni_blind19.jsonl"))
C = "evals/corpora/blind-muni19"
T = C + "/toreboda/"
A = C + "/atvidaberg/"
TB, TAR, TH = T + "mal-och-budget-2025-2027.pdf", T + "arsredovisning-2023.pdf", T + "sa-anvands-din-skatt.html"
TD, TX, TP = T + "protokoll-kommunstyrelsen-2024-10-14.docx", T + "befolkning-och-nyckeltal.xlsx", T + "pressmeddelande-budget-2025.md"
AB, AD, AH = A + "budget-och-plan-2025-2027.pdf", A + "delarsrapport-augusti-2024.pdf", A + "finansiell-information.html"
AP, AX, AT = A + "protokoll-kommunfullmaktige-2024-11-20.docx", A + "nettokostnad-per-verksamhet.xlsx", A + "pressmeddelande-delarsrapport-2024.txt"

TB_RB_HEAD = "Mnkr Not Bokslut 2023 Prognos 2024 Budget 2025 Plan 2026 Plan 2027"
TB_INV_HEAD = "Projekt Budget 2025 Plan 2026 Plan 2027 Totalt 2025–2027"
TB_DRIFT_HEAD = "Budget 2024 Budget 2025 Förändring Kr per inv."
AD_RR_HEAD = "jan–aug 2024 jan–aug 2023 helår 2024 helår 2024"
TX_HEAD = "År | Folkmängd | Födda | Döda | Inflyttade | Utflyttade | Förändring"
AX_HEAD = "Verksamhet | Bokslut 2023 | Budget 2024 | Budget 2025"


def n(v, u):
    return {"value": v, "unit": u}


Q = []


def q(cat, question, answer, numbers, docs, quotes, lang="sv", history=None, refused=False, verdict=None):
    Q.append({"category": cat, "language": lang, "question": question, "history": history or [],
              "gold": {"answer": answer, "numbers": numbers, "docs": docs, "quotes": quotes,
                       "refused": refused, "verdict": verdict}})


# ---- table_lookup (9)
q("table_lookup", "hur mkt skatteintäkter räknar töreboda med 2026?",
  "Töreboda räknar med skatteintäkter på 538,7 mnkr 2026 (plan).", [n(538.7, "mnkr")], [TB],
  ["Skatteintäkter 4 478,2 497,6 519,4 538,7 558,3", TB_RB_HEAD])
q("table_lookup", "Vad är omsorgsnämndens budgetram för 2025 i Åtvidaberg?",
  "Omsorgsnämnden i Åtvidaberg har en ram på 358 900 tkr 2025.", [n(358900, "tkr")], [AB],
  ["Omsorgsnämnden 341 700 358 900 17 200 5,0", "Nämnd Budget Budget Förändring Förändring"])
q("table_lookup", "vad kostar konstgräsplanen på töreboda ip i investeringsbudgeten",
  "Konstgräsplanen vid Töreboda IP är budgeterad till 5 500 tkr 2025 (inget 2026–2027).", [n(5500, "tkr")], [TB],
  ["Konstgräsplan Töreboda IP 5 500 0 0 5 500", TB_INV_HEAD])
q("table_lookup", "Hur stora var verksamhetens kostnader i Åtvidaberg januari–augusti 2024?",
  "Verksamhetens kostnader var -735,9 mnkr för januari–augusti 2024.", [n(-735.9, "mnkr")], [AD],
  ["Verksamhetens kostnader -735,9 -698,4 -1 118,6 -1 085,5", AD_RR_HEAD])
q("table_lookup", "hur många kronor av en hundralapp i skatt går till äldreomsorgen i töreboda?",
  "21 kronor av varje hundralapp går till äldreomsorgen.", [n(21, "kr")], [TH],
  ["Äldreomsorg | 21", "Verksamhet | Kronor av 100 kr"])
q("table_lookup", "vad var soliditeten i åtvidabergs kommun 2022",
  "Soliditeten var 38,2 procent 2022.", [n(38.2, "%")], [AH],
  ["Soliditet, % | 38,2 | 36,9 | 35,1", "Nyckeltal | 2022 | 2023 | Prognos 2024"])
q("table_lookup", "Hur mycket ska kommunstyrelsen i Åtvidaberg spara 2025 enligt fullmäktiges protokoll?",
  "Kommunstyrelsens besparing är 1 800 tkr (av en ram på 128 400 tkr).", [n(1800, "tkr")], [AP],
  ["Kommunstyrelsen | 128 400 | 1 800", "Nämnd | Ram 2025 (tkr) | Varav besparing (tkr)"])
q("table_lookup", "hur många barn föddes i töreboda 2022?",
  "79 barn föddes i Töreboda 2022.", [n(79, "st")], [TX],
  ["2022 | 9264 | 79 | 124 | 462 | 449 | -32", TX_HEAD])
q("table_lookup", "åtvidaberg nettokostnad äldreomsorg budget 2025?",
  "Nettokostnaden för äldreomsorg är budgeterad till 236 800 tkr 2025.", [n(236800, "tkr")], [AX],
  ["Äldreomsorg | 214600 | 226300 | 236800", AX_HEAD])

# ---- calculation (9)
q("calculation", "Hur mycket ökar Törebodas skatteintäkter i budget 2025 jämfört med prognosen för 2024?",
  "De ökar med 21,8 mnkr, från 497,6 till 519,4 mnkr.", [n(21.8, "mnkr")], [TB],
  ["Skatteintäkter 4 478,2 497,6 519,4 538,7 558,3", TB_RB_HEAD])
q("calculation", "hur stor andel av åtvidabergs investeringar 2025 går till nya skolan i grebo?",
  "24,0 av 91,0 mnkr, cirka 26,4 procent.", [n(26.4, "%")], [AB],
  ["Ny skola Grebo, etapp 1 24,0 38,0 12,0 78,0", "Summa investeringar 91,0 85,3 31,0 214,3"])
q("calculation", "Hur stor andel av Törebodas totala nettokostnader 2025 går till barn- och utbildningsnämnden?",
  "298,4 av 752,7 mnkr, det vill säga cirka 39,6 procent.", [n(39.6, "%")], [TB],
  ["Barn- och utbildningsnämnden 287,5 298,4 10,9 32 400", "Summa nettokostnader 719,8 752,7 32,9 81 726"])
q("calculation", "hur många procent över budget ligger omsorgsnämnden i åtvidaberg enligt prognosen i delårsrapporten?",
  "Underskottet 13 600 tkr motsvarar cirka 4,0 procent av budgeten på 341 700 tkr.", [n(4.0, "%")], [AD],
  ["Omsorgsnämnden 341 700 355 300 -13 600", "Nämnd Budget 2024 Prognos 2024 Avvikelse"])
q("calculation", "Med hur många procent ökade verksamhetens nettokostnader i Töreboda mellan 2022 och 2023?",
  "Från 664,0 till 697,6 mnkr, en ökning med cirka 5,1 procent.", [n(5.1, "%")], [TAR],
  ["Verksamhetens nettokostnader – 697,6 – 664,0 – 694,7", "Mnkr Not Utfall 2023 Utfall 2022 Budget 2023"])
q("calculation", "hur mycket har folkmängden i töreboda minskat från 2018 till 2024",
  "Från 9 346 till 9 221 invånare, en minskning med 125 personer.", [n(125, "st")], [TX],
  ["2018 | 9346 | 92 | 118 | 471 | 402 | 43", "2024 | 9221 | 77 | 122 | 419 | 389 | -15"])
q("calculation", "Vad blir Åtvidabergs genomsnittliga årliga resultat under budget- och planåren 2025–2027?",
  "(16,5 + 19,5 + 24,1) / 3 ≈ 20,0 mnkr per år.", [n(20.0, "mnkr")], [AB],
  ["Årets resultat 0,1 (8,6) 16,5 19,5 24,1"])
q("calculation", "töreboda, hur mkt lägger dom sammanlagt på va-ledningar och reningsverket i moholm 2025-2027?",
  "44 500 tkr för ledningsförnyelse plus 35 500 tkr för reningsverket, totalt 80 000 tkr.", [n(80000, "tkr")], [TB],
  ["Vatten och avlopp, ledningsförnyelse 14 000 15 000 15 500 44 500",
   "Reningsverk Moholm, projektering och byggnation 2 500 8 000 25 000 35 500"])
q("calculation", "Hur mycket ökar nettokostnaden för grundskolan i Åtvidaberg i procent från bokslut 2023 till budget 2025?",
  "Från 152 380 till 164 200 tkr, en ökning med cirka 7,8 procent.", [n(7.8, "%")], [AX],
  ["Grundskola inkl. förskoleklass | 152380 | 158900 | 164200", AX_HEAD])

# ---- lookup (5)
q("lookup", "vem är kommunstyrelsens ordförande i töreboda?",
  "Maria Thorsell (C).", [], [TB], ["Maria Thorsell (C)", "Kommunstyrelsens ordförande"])
q("lookup", "Vem reserverade sig mot beslutet om skattesats 2025 i Åtvidabergs fullmäktige?",
  "Kristdemokraternas ledamot Ingvar Lund.", [], [AP],
  ["Reservation: Kristdemokraternas ledamot Ingvar Lund reserverar sig mot beslutet."])
q("lookup", "vilken fastighet beslutade ks i töreboda att köpa i oktober 2024?",
  "Fastigheten Töreboda Bocken 4 i centrala Töreboda, intill resecentrum.", [], [TD],
  ["Kommunstyrelsen beslutar att förvärva fastigheten Töreboda Bocken 4",
   "Fastigheten är strategiskt belägen intill resecentrum."])
q("lookup", "när börjar dom bygga nya skolan i grebo?",
  "Byggstarten har skjutits upp till februari 2025.", [], [AD],
  ["Byggstarten för den nya skolan i Grebo har skjutits upp till februari 2025."])
q("lookup", "Med vilken kommun tecknade Töreboda avtal om gemensam lönehantering 2023?",
  "Med Gullspångs kommun.", [], [TAR],
  ["Ett nytt avtal om gemensam lönehantering med Gullspångs kommun tecknades."])

# ---- text_amount (5)
q("text_amount", "hur mycket pengar avsätter töreboda till feriejobb för ungdomar 2025",
  "700 000 kronor.", [n(700000, "kr")], [TP],
  ["700 000 kronor avsätts till feriearbeten för ungdomar under sommaren 2025."])
q("text_amount", "Hur mycket satsar Åtvidaberg på arbete mot psykisk ohälsa bland unga i budgeten?",
  "850 000 kronor.", [n(850000, "kr")], [AB],
  ["Kommunen avsätter 850 000 kronor till"])
q("text_amount", "hur mycket dyrare blir va-taxan för en vanlig villa i töreboda 2025?",
  "Cirka 620 kronor per år (brukningsavgifterna höjs med 6 procent).", [n(620, "kr")], [TD],
  ["För en normalvilla innebär det en ökning med cirka 620 kronor per år."])
q("text_amount", "Hur mycket hade Åtvidaberg investerat under januari–augusti 2024?",
  "Nettoinvesteringarna var 38,7 miljoner kronor under januari–augusti.", [n(38.7, "mnkr")], [AD],
  ["Nettoinvesteringarna uppgick till 38,7 miljoner kronor under perioden januari–augusti"])
q("text_amount", "hur mycket fick töreboda tillbaka från afa försäkring 2023?",
  "3,6 miljoner kronor i återbetalda försäkringspremier.", [n(3.6, "mnkr")], [TAR],
  ["återbetalning av försäkringspremier från AFA Försäkring på 3,6 miljoner kronor."])

# ---- claim (5)
q("claim", "Stämmer det att Åtvidaberg höjer kommunalskatten med 20 öre till 22,31 kronor 2025?",
  "Ja, det stämmer: skattesatsen höjs med 20 öre till 22,31 kronor.", [n(22.31, "kr")], [AB],
  ["Skattesatsen höjs med 20 öre till 22,31 kronor per hundralapp 2025."], verdict="supported")
q("claim", "Töreboda budgeterar ett resultat på 19,3 miljoner kronor för 2025?",
  "Nej. Budgeterat resultat 2025 är 14,5 mnkr; 19,3 mnkr gäller plan 2027.", [n(14.5, "mnkr")], [TB],
  ["Årets resultat 16,0 14,0 14,5 16,8 19,3", TB_RB_HEAD], verdict="contradicted")
q("claim", "Jag har hört att omsorgsnämnden i Åtvidaberg räknar med ett underskott på 13,6 miljoner för 2024.",
  "Det stämmer, omsorgsnämnden prognostiserar ett underskott på 13,6 miljoner kronor.", [n(13.6, "mnkr")], [AT],
  ["som räknar med ett underskott på 13,6 miljoner kronor"], verdict="supported")
q("claim", "töreboda kommun ska sälja badhuset till ett privat bolag, eller hur?",
  "Det finns inget i dokumenten om att badhuset ska säljas.", [], [], [], refused=True, verdict="not_found")
q("claim", "Budgeten i Åtvidaberg klubbades med 25 röster mot 12 i fullmäktige, stämmer det?",
  "Nej. Omröstningen slutade 22 ja-röster mot 15 nej-röster.", [n(22, "st"), n(15, "st")], [AP],
  ["Omröstningen utfaller med 22 ja-röster och 15 nej-röster."], verdict="contradicted")

# ---- unanswerable (5)
q("unanswerable", "hur mkt skatteintäkter budgeterar töreboda för 2028?",
  "Budgeten sträcker sig bara till plan 2027; 2028 finns inte.", [], [], [], refused=True)
q("unanswerable", "Hur stor budget får idrottsnämnden i Åtvidaberg 2025?",
  "Det finns ingen idrottsnämnd i Åtvidabergs budget.", [], [], [], refused=True)
q("unanswerable", "hur mycket av barn- och utbildningsnämndens ram i töreboda går till gymnasieskolan 2025?",
  "Dokumenten anger inte hur ramen fördelas på gymnasieskolan.", [], [], [], refused=True)
q("unanswerable", "Vad var Åtvidabergs låneskuld 2021?",
  "Låneskulden redovisas bara för 2022–2024, inte 2021.", [], [], [], refused=True)
q("unanswerable", "vad kostade räddningstjänsten per invånare i töreboda 2023",
  "Töreboda-dokumenten anger ingen kostnad per invånare för räddningstjänst.", [], [], [], refused=True)

# ---- multi_part (4)
q("multi_part", "vad är skattesatsen i töreboda 2025 och hur mkt skulle 10 öre ändring ge?",
  "Skattesatsen är 22,56 kronor; 10 öre motsvarar cirka 2,3 miljoner kronor.", [n(22.56, "kr"), n(2.3, "mnkr")], [TB],
  ["Kommunens skattesats för 2025 är oförändrad, 22,56 kronor per hundralapp beskattningsbar",
   "En förändring av skattesatsen med 10 öre motsvarar cirka 2,3 miljoner kronor"])
q("multi_part", "Hur stort var Åtvidabergs resultat för januari–augusti 2024, och vad var det budgeterade resultatet för helåret?",
  "Periodens resultat var 8,1 mnkr; budgeten för helåret var 12,3 mnkr.", [n(8.1, "mnkr"), n(12.3, "mnkr")], [AD],
  ["Periodens/årets resultat 8,1 9,2 -8,6 12,3", AD_RR_HEAD])
q("multi_part", "hur många tillsvidareanställda hade töreboda vid slutet av 2023 och vad var sjukfrånvaron?",
  "812 tillsvidareanställda och en sjukfrånvaro på 7,4 procent.", [n(812, "st"), n(7.4, "%")], [TAR],
  ["Antal tillsvidareanställda 812 798 785", "Sjukfrånvaro totalt, % 7,4 7,9 8,3"])
q("multi_part", "Vem valdes till ny ersättare i omsorgsnämnden i Åtvidaberg, och vad kostar trygghetslarmet från 2025?",
  "Erik Falk (C) valdes; trygghetslarmet kostar 300 kronor per månad (höjt från 250).", [n(300, "kr")], [AP],
  ["väljs Erik Falk (C)", "Avgiften för trygghetslarm höjs från 250 kronor till 300 kronor per månad"])

# ---- multi_doc (5)
q("multi_doc", "vilken av kommunerna har högst kommunalskatt 2025, töreboda eller åtvidaberg?",
  "Töreboda: 22,56 kronor mot Åtvidabergs 22,31 kronor.", [n(22.56, "kr"), n(22.31, "kr")], [TH, AB],
  ["varav 22,56 kronor går till kommunen", "skattesatsen för 2025 ska vara 22,31 kronor"])
q("multi_doc", "Vilken kommun budgeterar störst resultat för 2025, Töreboda eller Åtvidaberg?",
  "Åtvidaberg med 16,5 mnkr, mot Törebodas 14,5 mnkr.", [n(16.5, "mnkr"), n(14.5, "mnkr")], [AB, TB],
  ["Årets resultat 0,1 (8,6) 16,5 19,5 24,1", "Årets resultat 16,0 14,0 14,5 16,8 19,3"])
q("multi_doc", "Hur mycket mer får socialnämnden i Töreboda 2025 jämfört med vad den faktiskt gjorde av med 2023?",
  "Budget 2025 är 276,9 mnkr mot utfallet 266,0 mnkr 2023, alltså 10,9 mnkr mer.", [n(10.9, "mnkr")], [TAR, TB],
  ["Socialnämnden 258,4 266,0 – 7,6", "Socialnämnden 265,2 276,9 11,7 30 065"])
q("multi_doc", "omsorgsnämnden i åtvidaberg: hur mycket högre är ramen 2025 än prognosen för 2024?",
  "Ramen 2025 är 358 900 tkr mot prognosen 355 300 tkr för 2024, dvs 3 600 tkr högre.", [n(3600, "tkr")], [AD, AB],
  ["Omsorgsnämnden 341 700 355 300 -13 600", "Omsorgsnämnden 341 700 358 900 17 200 5,0"])
q("multi_doc", "Hur mycket får Töreboda respektive Åtvidaberg nyupplåna under 2025?",
  "Töreboda högst 45 miljoner kronor, Åtvidaberg högst 60 miljoner kronor.", [n(45, "mnkr"), n(60, "mnkr")], [TD, AP],
  ["Kommunstyrelsen får under 2025 nyupplåna, det vill säga öka kommunens skulder, med högst 45 miljoner kronor.",
   "Kommunstyrelsen får under 2025 nyupplåna högst 60 miljoner kronor."])

# ---- followup (4)
q("followup", "och 2027 då?", "Planen för 2027 visar ett resultat på 24,1 mnkr.", [n(24.1, "mnkr")], [AB],
  ["Årets resultat 0,1 (8,6) 16,5 19,5 24,1"], history=["vad är åtvidabergs budgeterade resultat 2025?"])
q("followup", "hur mkt blir det per invånare?", "Cirka 30 065 kronor per invånare.", [n(30065, "kr")], [TB],
  ["Socialnämnden 265,2 276,9 11,7 30 065", TB_DRIFT_HEAD],
  history=["hur mycket får socialnämnden i töreboda 2025?"])
q("followup", "och när öppnar den nya avdelningen?", "Den nya avdelningen på Solbacka öppnar under hösten 2025.",
  [], [AB], ["öppnar på Solbacka under hösten"],
  history=["Hur många fler platser blir det på vård- och omsorgsboende i Åtvidaberg 2025?"])
q("followup", "och 2026?", "16 000 tkr är planerat för 2026.", [n(16000, "tkr")], [TB],
  ["Ny förskola i Moholm 18 000 16 000 0 34 000", TB_INV_HEAD],
  history=["vad kostar nya förskolan i moholm i töreboda?", "hur mkt är budgeterat för den 2025?"])

# ---- english (4)
q("english", "What is Åtvidaberg's municipal tax rate for 2025, and what was it in 2024?",
  "22.31 kronor in 2025, up from 22.11 kronor in 2024.", [n(22.31, "kr"), n(22.11, "kr")], [AB],
  ["Kommunfullmäktige har beslutat att skattesatsen för 2025 ska vara 22,31 kronor, en höjning", "från 22,11 kronor 2024"], lang="en")
q("english", "By how much did socialnämnden in Töreboda exceed its budget in 2023?",
  "It overspent by 7.6 mnkr (outcome 266.0 vs budget 258.4 mnkr).", [n(7.6, "mnkr")], [TAR],
  ["Socialnämnden 258,4 266,0 – 7,6", "Nämnd Budget Utfall Avvikelse"], lang="en")
q("english", "What is the total investment budget for 2025 in Töreboda's Mål och budget?",
  "89,000 tkr (89.0 mnkr) in 2025.", [n(89000, "tkr")], [TB],
  ["Totalt investeringar 89 000 77 500 64 400 230 900", TB_INV_HEAD], lang="en")
q("english", "According to the delårsrapport, how many permanent employees did Åtvidaberg have on 31 August 2024?",
  "1,018 permanent (tillsvidare) employees.", [n(1018, "st")], [AD],
  ["Antalet tillsvidareanställda var 1 018 den 31 augusti 2024."], lang="en")

if __name__ == "__main__":
    with open(OUT, "w", encoding="utf-8") as f:
        for i, item in enumerate(Q, 1):
            rec = {"id": f"mb19-{i:03d}", "corpus": C}
            rec.update(item)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(Q), "questions ->", OUT)
