"""Writes evals/sets/dev/muni_blind41.jsonl (deterministic)."""
import json
import os

CORPUS = "evals/corpora/blind-muni41"
F = CORPUS + "/falun/"
B = CORPUS + "/borlange/"
FB = F + "falun-mal-och-budget-2025.pdf"
FD = F + "falun-delarsrapport-augusti-2024.pdf"
FH = F + "falun-sa-anvands-din-skatt.html"
FP = F + "falun-ks-protokoll-2024-11-12.docx"
FX = F + "falun-statistik-befolkning-nettokostnader.xlsx"
FM = F + "falun-pressmeddelande-budget-2025.md"
BB = B + "borlange-budget-och-plan-2025-2027.pdf"
BA = B + "borlange-arsredovisning-2023.pdf"
BH = B + "borlange-finansiell-information.html"
BP = B + "borlange-bildningsnamnden-protokoll-2024-12-10.docx"
BX = B + "borlange-driftbudget-per-verksamhet.xlsx"
BT = B + "borlange-pressmeddelande-budget-2025.txt"

Q = []


def q(cat, question, answer, numbers=(), docs=(), quotes=(), lang="sv", refused=False, verdict=None, history=()):
    Q.append({"category": cat, "language": lang, "question": question, "history": list(history),
              "gold": {"answer": answer, "numbers": [{"value": v, "unit": u} for v, u in numbers],
                       "docs": list(docs), "quotes": list(quotes), "refused": refused, "verdict": verdict}})


# ---------------- table_lookup (9)
q("table_lookup", "hur mycket skatteintäkter räknar falun med 2025 i budgeten?",
  "Falu kommun budgeterar skatteintäkter på 3 128,4 mnkr för 2025.", [(3128.4, "mnkr")], [FB],
  ["Skatteintäkter 4 2 905,1 3 010,6 3 128,4 3 241,9 3 352,7", "Not Bokslut Prognos Budget Plan Plan"])
q("table_lookup", "Vad blir omsorgsnämndens ram i kronor per invånare 2025 i Faluns mål och budget?",
  "Omsorgsnämndens ram 2025 motsvarar 24 286 kr per invånare (ram 1 452,3 mnkr).", [(24286, "kr")], [FB],
  ["Omsorgsnämnden 1 398,7 1 452,3 53,6 3,8 24 286", "Nämnd Budget Budget Förändring Förändring kr per invånare"])
q("table_lookup", "falun planerat fastighetsunderhåll investering plan 2026?",
  "I Faluns investeringsbudget är planerat fastighetsunderhåll 47,0 mnkr i plan 2026.", [(47.0, "mnkr")], [FB],
  ["Fastighetsunderhåll, planerat 45,0 47,0 49,0", "Projekt Budget Plan Plan"])
q("table_lookup", "vad har vård och omsorgsnämden i borlänge för budget 2025 (tkr)?",
  "Vård- och omsorgsnämnden i Borlänge har en budget på 1 152 500 tkr för 2025.", [(1152500, "tkr")], [BB],
  ["Vård- och omsorgsnämnden 1 104 100 1 152 500 1 176 800 1 199 200 48 400", "Nämnd Budget Budget Plan Plan Förändring"])
q("table_lookup", "Hur stor blev vård- och omsorgsnämndens avvikelse mot budget 2023 i Borlänges årsredovisning?",
  "Vård- och omsorgsnämnden hade ett underskott på 26,1 mnkr (utfall 1 078,7 mot budget 1 052,6 mnkr).",
  [(-26.1, "mnkr")], [BA], ["Vård- och omsorgsnämnden 1 052,6 1 078,7 (26,1)", "Nämnd (mnkr) Budget 2023 Utfall 2023 Avvikelse"])
q("table_lookup", "hur många kronor av varje hundralapp i skatt går till äldreomsorgen i falun",
  "19 kronor av varje hundralapp i kommunalskatt går till äldreomsorgen.", [(19, "kr")], [FH],
  ["Äldreomsorg | 19", "Verksamhet | Kronor av 100"])
q("table_lookup", "Vad var Borlänge kommuns soliditet inklusive pensionsåtagande 2021?",
  "Soliditeten inklusive pensionsåtagande var 17,8 procent 2021.", [(17.8, "%")], [BH],
  ["2021 | 141,3 | 17,8 | 21,84 | 256,7",
   "År | Årets resultat (mnkr) | Soliditet inkl. pensionsåtagande (%) | Skattesats (kr) | Nettoinvesteringar (mnkr)"])
q("table_lookup", "I ks-protokollet från falun, hur stor volymförändring fick omsorgsnämnden?",
  "Omsorgsnämnden fick en volymförändring på 25 900 tkr.", [(25900, "tkr")], [FP],
  ["Omsorgsnämnden | 39 200 | 25 900 | -11 500", "Nämnd | Pris- och löneuppräkning | Volymförändring | Effektivisering"])
q("table_lookup", "hur mkt är ekonomiskt bistånd i borlänge plan 2027",
  "Ekonomiskt bistånd har 123 200 tkr i plan 2027.", [(123200, "tkr")], [BX],
  ["Ekonomiskt bistånd | 112900 | 118400 | 120900 | 123200", "Nämnd/verksamhet | Budget 2024 | Budget 2025 | Plan 2026 | Plan 2027"])

# ---------------- calculation (9)
q("calculation", "Hur mycket ökar Faluns skatteintäkter i budget 2025 jämfört med prognosen för 2024?",
  "Skatteintäkterna ökar med 117,8 mnkr, från 3 010,6 mnkr (prognos 2024) till 3 128,4 mnkr (budget 2025).",
  [(117.8, "mnkr")], [FB], ["Skatteintäkter 4 2 905,1 3 010,6 3 128,4 3 241,9 3 352,7", "Not Bokslut Prognos Budget Plan Plan"])
q("calculation", "hur stor andel av nämndernas totala budget 2025 går till bun i falun?",
  "Barn- och utbildningsnämnden får 1 668,9 av 4 289,3 mnkr, dvs. cirka 38,9 procent.", [(38.9, "%")], [FB],
  ["Barn- och utbildningsnämnden 1 612,4 1 668,9 56,5 3,5 27 908", "Summa nämnder 4 146,1 4 289,3 143,2 3,5 71 727"])
q("calculation", "Hur mycket investerar omsorgsnämnden i Falun totalt 2025 om man lägger ihop projekten?",
  "62,7 + 5,2 + 3,0 = 70,9 mnkr för omsorgsnämndens investeringar 2025.", [(70.9, "mnkr")], [FB],
  ["Nytt särskilt boende Kvarnberget 62,7 48,0 0,0", "Välfärdsteknik 5,2 4,8 4,8", "Inventarier omsorg 3,0 3,0 3,0"])
q("calculation", "hur stort underskott har omsorgsnämnden och socialnämnden tillsammans enligt faluns delårsrapport?",
  "Tillsammans prognostiserar de ett underskott på 41,7 mnkr (-26,1 och -15,6 mnkr).", [(-41.7, "mnkr")], [FD],
  ["Omsorgsnämnden 1 398,7 1 424,8 -26,1", "Socialnämnden 402,6 418,2 -15,6"])
q("calculation", "Med hur många procent ökar Borlänges årets resultat från utfallet 2023 till budget 2025?",
  "Från 31,8 mnkr till 47,7 mnkr, en ökning med 15,9 mnkr eller 50 procent.", [(50.0, "%")], [BB],
  ["Årets resultat 31,8 20,0 47,7 55,7 60,4", "Mnkr Utfall Budget Budget Plan Plan"])
q("calculation", "hur mycket växer bildningsnämndens budget i borlänge mellan 2025 och 2027?",
  "Från 1 546 600 tkr 2025 till 1 609 200 tkr i plan 2027, en ökning med 62 600 tkr.", [(62600, "tkr")], [BX],
  ["Summa bildningsnämnden | 1513000 | 1546600 | 1579200 | 1609200", "Nämnd/verksamhet | Budget 2024 | Budget 2025 | Plan 2026 | Plan 2027"])
q("calculation", "Vad var Borlänges genomsnittliga årsresultat 2019–2023?",
  "Genomsnittet är 76,6 mnkr per år ((38,2 + 112,6 + 141,3 + 58,9 + 31,8) / 5).", [(76.6, "mnkr")], [BH],
  ["2019 | 38,2 | 12,4 | 21,84 | 214,5", "2020 | 112,6 | 14,9 | 21,84 | 198,3", "2021 | 141,3 | 17,8 | 21,84 | 256,7",
   "2022 | 58,9 | 19,1 | 21,84 | 301,2", "2023 | 31,8 | 19,6 | 21,84 | 276,4"])
q("calculation", "hur mycket ökade folkmängden i falun från 2019 till 2023",
  "Folkmängden ökade från 57 771 (2019) till 59 452 (2023), dvs. med 1 681 personer.", [(1681, "st")], [FX],
  ["2019 | 57771 | 598 | 612 | 2841 | 2790 | 455 | 180", "2023 | 59452 | 549 | 633 | 2987 | 2815 | 533 | 176"])
q("calculation", "borlänge säger att investeringarna inte ska överstiga 300 mnkr per år i snitt. vad blir snittet 2025-2027 enligt budgeten?",
  "288,5 + 421,0 + 245,0 = 954,5 mnkr, i genomsnitt 318,2 mnkr per år, alltså över målet på 300 mnkr.",
  [(318.2, "mnkr")], [BB], ["Summa investeringar 288,5 421,0 245,0",
                            "Nettoinvesteringarna ska över planperioden inte överstiga 300 miljoner"])

# ---------------- lookup (5)
q("lookup", "vem är kommunstyrelsens ordförande i falun?",
  "Karin Ekholm (S) är kommunstyrelsens ordförande i Falun.", [], [FM],
  ["säger Karin Ekholm (S), kommunstyrelsens ordförande."])
q("lookup", "När ska den nya skolan i Kvarnsveden i Borlänge tas i bruk?",
  "Den beräknas tas i bruk till höstterminen 2027 och ska rymma 630 elever i F–9.", [], [BP],
  ["Den nya skolan i Kvarnsveden ska rymma 630 elever i årskurs F–9 och beräknas tas i bruk till höstterminen 2027."])
q("lookup", "vem reserverade sig när ks i falun ville avslå motionen om gratis buss för pensionärer?",
  "Olof Hedin (V), som skrivit motionen, reserverade sig mot beslutet.", [], [FP],
  ["Reservation: Olof Hedin (V) reserverar sig mot beslutet."])
q("lookup", "När ska Borlänge återställa underskottet mot balanskravet från 2023?",
  "Kommunfullmäktige har beslutat att underskottet ska återställas under 2025.", [], [BA],
  ["Kommunfullmäktige har beslutat att underskottet ska återställas under 2025."])
q("lookup", "vilka förskolor ska samlokaliseras i falun enligt budgeten",
  "Två förskolor i Bjursås och Sundborn ska samlokaliseras (lokalöversynen).", [], [FB],
  ["Bjursås och Sundborn samlokaliseras"])

# ---------------- text_amount (5)
q("text_amount", "hur mycket pengar satsar falun på feriejobb för unga 2025?",
  "Falun satsar 4,7 miljoner kronor på feriearbeten och sommarjobb för unga.", [(4.7, "mnkr")], [FB],
  ["Feriearbeten och sommarjobb för unga: 4,7 miljoner kronor."])
q("text_amount", "Hur mycket lägger Falu kommun på utökat vinterunderhåll av gång- och cykelvägar?",
  "700 000 kronor.", [(700000, "kr")], [FB], ["Utökat vinterunderhåll av gång- och cykelvägar: 700 000 kronor."])
q("text_amount", "vad blev balanskravsresultatet för borlänge 2023",
  "Balanskravsresultatet blev -14,3 miljoner kronor (årets resultat 31,8 mnkr minus realisationsvinster 46,1 mnkr).",
  [(-14.3, "mnkr")], [BA], ["Efter avdrag för realisationsvinster om 46,1 miljoner kronor blir balanskravsresultatet -14,3"])
q("text_amount", "jag tjänar 30 000 i månaden, hur mycket mer skatt blir det med borlänges skattehöjning?",
  "Cirka 75 kronor mer i skatt per månad.", [(75, "kr")], [BT],
  ["För en person med en månadslön på 30 000 kronor innebär höjningen cirka 75 kronor mer i skatt per månad."])
q("text_amount", "Vad blir grundavgiften för avfall för en villa i Falun 2025?",
  "Grundavgiften blir 1 908 kronor per år (en höjning med 6 procent).", [(1908, "kr")], [FP],
  ["Grundavgiften för en villa blir därmed 1 908 kronor per år."])

# ---------------- multi_doc (5)
q("multi_doc", "vilken av kommunerna falun och borlänge har högst kommunalskatt 2025?",
  "Borlänge har högst: 22,14 kronor mot Faluns 22,08 kronor, 6 öre mer.", [(22.14, "kr"), (22.08, "kr")], [BH, FH],
  ["Skattesatsen för 2025 är 22,14 kronor, en höjning med 30 öre.",
   "Den kommunala skatten i Falun är 22,08 kronor per intjänad hundralapp 2025."])
q("multi_doc", "Vilken kommun budgeterar det största resultatet för 2025, Falun eller Borlänge, och hur stor är skillnaden?",
  "Falun: 56,8 mnkr mot Borlänges 47,7 mnkr, alltså 9,1 mnkr mer.", [(56.8, "mnkr"), (47.7, "mnkr"), (9.1, "mnkr")], [FB, BB],
  ["Årets resultat 85,6 42,3 56,8 57,4 65,3", "Årets resultat 31,8 20,0 47,7 55,7 60,4"])
q("multi_doc", "stämmer bildningsnämndens budget 2025 i borlänges excelfil överens med det som står i nämndens protokoll?",
  "Ja, båda anger 1 546 600 tkr för bildningsnämnden 2025.", [(1546600, "tkr")], [BX, BP],
  ["Summa bildningsnämnden | 1513000 | 1546600 | 1579200 | 1609200", "Summa bildningsnämnden | 1 513 000 | 1 546 600 | 33 600"])
q("multi_doc", "Vilken kommun har högst sjukfrånvaro bland personalen, Falun eller Borlänge?",
  "Borlänge: 8,6 procent (helåret 2023) mot Faluns 7,9 procent (januari–augusti 2024).", [(8.6, "%"), (7.9, "%")], [BA, FD],
  ["Sjukfrånvaron uppgick till 8,6", "Sjukfrånvaron för perioden var 7,9 procent"])
q("multi_doc", "hur mycket investerar falun och borlänge tillsammans 2025?",
  "Falun 401,6 mnkr + Borlänge 288,5 mnkr = 690,1 mnkr.", [(690.1, "mnkr")], [FB, BB],
  ["Totalt investeringar 401,6 325,7 278,8", "Summa investeringar 288,5 421,0 245,0"])

# ---------------- claim (5)
q("claim", "Stämmer det att Borlänge höjer kommunalskatten med 30 öre till 22,14 kronor 2025?",
  "Ja, skatten höjs från 21,84 till 22,14 kronor per hundralapp.", [(22.14, "kr")], [BT],
  ["Kommunalskatten höjs från 21,84 till 22,14 kronor per hundralapp."], verdict="supported")
q("claim", "Falun ska investera över en halv miljard kronor under 2025, eller hur?",
  "Nej, investeringsbudgeten för 2025 är 401,6 miljoner kronor.", [(401.6, "mnkr")], [FB],
  ["Den totala investeringsvolymen uppgår till 401,6 miljoner kronor 2025."], verdict="contradicted")
q("claim", "Jag har hört att faluns budget klubbades med 40 röster mot 21 i fullmäktige",
  "Nej, budgeten antogs med 37 röster mot 24.", [(37, "st"), (24, "st")], [FM],
  ["Budgeten antogs efter votering med 37 röster mot 24."], verdict="contradicted")
q("claim", "Borlänge lägger 5 miljoner på en ny konstgräsplan i Hagalund 2025?",
  "Det finns ingen konstgräsplan i Borlänges budget eller övriga dokument.", [], [], [], refused=True, verdict="not_found")
q("claim", "Omsorgsnämnden i Falun prognostiserade ett underskott på 26,1 mnkr i delårsrapporten efter augusti 2024.",
  "Ja, omsorgsnämnden prognostiserar en avvikelse på -26,1 mnkr mot budget 2024.", [(-26.1, "mnkr")], [FD],
  ["Omsorgsnämnden 1 398,7 1 424,8 -26,1"], verdict="supported")

# ---------------- unanswerable (5)
q("unanswerable", "vad blir årets resultat 2028 i faluns budget?",
  "Budgeten sträcker sig bara till plan 2027; 2028 redovisas inte.", refused=True)
q("unanswerable", "Hur mycket kommer den nya ishallen i Borlänge att kosta per år i drift?",
  "Dokumenten anger bara investeringsutgiften, inte driftkostnaden för ishallen.", refused=True)
q("unanswerable", "hur stor budget har miljö- och hälsoskyddsnämnden i falun 2025",
  "Falun har ingen miljö- och hälsoskyddsnämnd i budgeten (det finns en miljö- och samhällsbyggnadsnämnd).", refused=True)
q("unanswerable", "Hur fördelas Borlänges effektiviseringskrav på 52 miljoner mellan de olika nämnderna?",
  "Fördelningen per nämnd anges inte i dokumenten.", refused=True)
q("unanswerable", "vad var sjukfrånvaron i borlänge kommun 2024?",
  "Dokumenten redovisar sjukfrånvaro till och med 2023, inte 2024.", refused=True)

# ---------------- multi_part (4)
q("multi_part", "vad är skattesatsen i falun 2025 och vem är ks ordförande där?",
  "Skattesatsen är 22,08 kronor och kommunstyrelsens ordförande är Karin Ekholm (S).", [(22.08, "kr")], [FB],
  ["Skattesatsen lämnas oförändrad på 22,08 kronor", "Karin Ekholm (S)"])
q("multi_part", "Hur många tillsvidareanställda hade Borlänge kommun vid slutet av 2023, och hur hög var sjukfrånvaron?",
  "4 126 tillsvidareanställda och en sjukfrånvaro på 8,6 procent.", [(4126, "st"), (8.6, "%")], [BA],
  ["Den 31 december 2023 hade kommunen 4 126 tillsvidareanställda.", "Sjukfrånvaron uppgick till 8,6"])
q("multi_part", "faluns delårsrapport: vad blev resultatet jan-aug 2024 och vad är prognosen för helåret?",
  "Periodens resultat var 96,4 mnkr och helårsprognosen är 42,3 mnkr.", [(96.4, "mnkr"), (42.3, "mnkr")], [FD],
  ["Periodens resultat för januari–augusti 2024 uppgår till 96,4 miljoner kronor",
   "Resultatet för helåret prognostiseras till 42,3 miljoner"])
q("multi_part", "Vilka reserverade sig mot internbudgeten i Borlänges bildningsnämnd, och hur mycket minskas vuxenutbildningen?",
  "Niklas Byström (M) och Eva Ström (L) reserverade sig; vuxenutbildningen minskas med 3,4 miljoner kronor.",
  [(3.4, "mnkr")], [BP],
  ["Reservation: Niklas Byström (M) och Eva Ström (L) reserverar sig mot beslutet",
   "Vuxenutbildningen minskas med 3,4 miljoner kronor genom färre platser inom yrkesvux."])

# ---------------- followup (4)
q("followup", "och omsorgsnämnden?", "Omsorgsnämnden får 1 452,3 mnkr 2025.", [(1452.3, "mnkr")], [FB],
  ["Omsorgsnämnden 1 398,7 1 452,3 53,6 3,8 24 286", "Nämnd Budget Budget Förändring Förändring kr per invånare"],
  history=["vad får barn- och utbildningsnämnden i falun 2025?"])
q("followup", "och året innan då?", "2022 var Borlänges årets resultat 58,9 mnkr.", [(58.9, "mnkr")], [BH],
  ["2022 | 58,9 | 19,1 | 21,84 | 301,2"], history=["hur stort var borlänges årets resultat 2023?"])
q("followup", "hur mycket kostar den totalt?", "Den totala utgiften för nya skolan i Kvarnsveden är 285,0 mnkr.",
  [(285.0, "mnkr")], [BB], ["Ny skola Kvarnsveden 285,0 62,0 110,0 88,0"],
  history=["Vad investerar Borlänge i den nya skolan i Kvarnsveden 2025?"])
q("followup", "hur mycket mer än riket är det?",
  "Falun låg på 23 960 kr per invånare mot rikets 22 870 kr, alltså 1 090 kr mer.", [(1090, "kr")], [FX],
  ["Äldreomsorg | 21430 | 22510 | 23960 | 22870", "Verksamhet | 2021 | 2022 | 2023 | Riket 2023"],
  history=["vad kostar äldreomsorgen per invånare i falun?", "och 2023?"])

# ---------------- english (4)
q("english", "How much is Falun's Tekniska nämnden getting in the 2025 budget?",
  "Tekniska nämnden gets 148.5 mnkr in 2025 (up from 142.8 mnkr in 2024).", [(148.5, "mnkr")], [FB],
  ["Tekniska nämnden 142,8 148,5 5,7 4,0 2 483"], lang="en")
q("english", "What were Borlänge's realisationsvinster in 2023 according to the årsredovisning?",
  "The capital gains (realisationsvinster) were 46.1 mnkr.", [(46.1, "mnkr")], [BA],
  ["Avgår: realisationsvinster -46,1"], lang="en")
q("english", "How many apartments will the new särskilt boende at Kvarnberget in Falun have, and when will it be ready?",
  "It will have 90 apartments and is expected to be ready in autumn 2026.", [(90, "st")], [FM],
  ["Det nya särskilda boendet på Kvarnberget får 90 lägenheter och beräknas stå klart hösten 2026."], lang="en")
q("english", "What is the 2025 budget for Förskola in Borlänge's bildningsnämnden internbudget?",
  "Förskola has 421,500 tkr in 2025 (412,800 tkr in 2024).", [(421500, "tkr")], [BP],
  ["Förskola | 412 800 | 421 500 | 8 700", "Verksamhet | Budget 2024, tkr | Budget 2025, tkr | Förändring, tkr"], lang="en")

if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "dev", "muni_blind41.jsonl")
    with open(os.path.abspath(out), "w", encoding="utf-8") as fh:
        for i, it in enumerate(Q, 1):
            rec = {"id": f"mb41-{i:03d}", "corpus": CORPUS}
            rec.update(it)
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(Q), "questions written")
