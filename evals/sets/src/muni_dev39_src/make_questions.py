"""Write the md39 question set (evals/sets/dev/muni_dev39.jsonl)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "evals", "sets", "dev", "muni_dev39.jsonl")
C = "evals/corpora/dev-muni39"

EB = f"{C}/essunga/mal-och-budget-2025.pdf"
EA = f"{C}/essunga/arsredovisning-2024.pdf"
EH = f"{C}/essunga/sa-anvands-din-skatt.html"
ED = f"{C}/essunga/protokoll-ks-2025-03-11.docx"
EX = f"{C}/essunga/nyckeltal-2020-2024.xlsx"
EP = f"{C}/essunga/pressmeddelande-feriepraktik-2025.md"
MB = f"{C}/mellerud/budget-och-plan-2025-2027.pdf"
MD = f"{C}/mellerud/delarsrapport-jan-aug-2025.pdf"
MH = f"{C}/mellerud/finansiell-information.html"
MK = f"{C}/mellerud/kf-protokoll-2024-11-20.docx"
MX = f"{C}/mellerud/budget-per-verksamhet-2025.xlsx"
MP = f"{C}/mellerud/pressmeddelande-kaserngarden.txt"

Q = []


def q(cat, question, answer, numbers=(), docs=(), quotes=(), refused=False, verdict=None,
      history=(), lang="sv"):
    Q.append({"category": cat, "language": lang, "question": question, "history": list(history),
              "gold": {"answer": answer,
                       "numbers": [{"value": v, "unit": u} for v, u in numbers],
                       "docs": list(docs), "quotes": list(quotes),
                       "refused": refused, "verdict": verdict}})


EB_DRIFT_HDR = "Belopp i tkr 2024 2025 tkr % invånare"
EB_INV_HDR = "Belopp i mnkr 2025 2026 2027 2025–2027"
EB_RB_HDR = "Belopp i mnkr 2023 2024 2025 2026 2027"
MB_RB_HDR = "2023 2024 2025 2026 2027"

# ---------------- table_lookup (9)
q("table_lookup", "vad är bildningsnämndens budget 2025 i essunga?",
  "Bildningsnämnden i Essunga har en budget (nettokostnadsram) på 186 300 tkr för 2025.",
  [(186300, "tkr")], [EB], ["Bildningsnämnden 179 800 186 300 6 500 3,6 32 742", EB_DRIFT_HDR])
q("table_lookup", "Hur stora är Melleruds skatteintäkter i plan 2027 enligt resultatbudgeten?",
  "Skatteintäkterna är beräknade till 514,9 mnkr i plan 2027.",
  [(514.9, "mnkr")], [MB], ["Skatteintäkter 452,1 468,9 487,6 500,3 514,9", MB_RB_HDR])
q("table_lookup", "hur mkt ska essunga lägga på reningsverket i nossebro 2026",
  "8,4 mnkr är planerat för Reningsverk Nossebro, etapp 2, år 2026.",
  [(8.4, "mnkr")], [EB], ["Reningsverk Nossebro, etapp 2 5,8 8,4 3,0 17,2", EB_INV_HDR])
q("table_lookup", "Vad prognostiserar socialnämnden i Mellerud för helåret 2025 i delårsrapporten?",
  "Socialnämndens helårsprognos är 311,0 mnkr mot en budget på 304,8 mnkr (avvikelse -6,2 mnkr).",
  [(311.0, "mnkr")], [MD], ["Socialnämnden 304,8 311,0 -6,2 207,9", "helår 2025 helår 2025 mot budget jan–aug"])
q("table_lookup", "hur många kronor av varje hundralapp i skatt går till äldreomsorgen i essunga",
  "19,80 kronor av varje 100 kronor i kommunalskatt går till äldreomsorgen.",
  [(19.80, "kr")], [EH], ["Äldreomsorg | 19,80", "Verksamhet | Kronor av 100"])
q("table_lookup", "Vad var Melleruds låneskuld 2022?",
  "Låneskulden var 321 mnkr år 2022.",
  [(321, "mnkr")], [MH], ["2022 | 12,9 | 44,1 | 321 | 22,86",
                          "År | Årets resultat (mnkr) | Soliditet exkl. pensionsåtagande (%) | Låneskuld (mnkr) | Skattesats (kr)"])
q("table_lookup", "Vilken helårsprognos hade socialnämnden i Essunga vid uppföljningen per februari 2025?",
  "Socialnämndens prognos var 143 600 tkr mot budget 141 700 tkr, en avvikelse på -1 900 tkr.",
  [(143600, "tkr")], [ED], ["Socialnämnden | 141 700 | 143 600 | -1 900",
                            "Nämnd | Budget 2025 (tkr) | Prognos 2025 (tkr) | Avvikelse (tkr)"])
q("table_lookup", "vad är nettokostnaden för äldreomsorgen i melleruds budget 2025 per verksamhet?",
  "Äldreomsorgen har en nettokostnad på 183 400 tkr (intäkter 48 300 tkr, kostnader 231 700 tkr).",
  [(183400, "tkr")], [MX], ["Äldreomsorg | 48300 | -231700 | -183400",
                            "Verksamhet | Intäkter | Kostnader | Nettokostnad"])
q("table_lookup", "Hur stora var nettoinvesteringarna i Essunga 2022?",
  "Nettoinvesteringarna var 33,7 mnkr år 2022.",
  [(33.7, "mnkr")], [EX], ["2022 | 352,9 | 346 | 4,8 | 33,7 | 22,11 | 5659",
                           "År | Skatteintäkter och statsbidrag | Verksamhetens nettokostnad | Årets resultat | Nettoinvesteringar | Skattesats (kr) | Invånare 31 dec"])

# ---------------- calculation (9)
q("calculation", "Hur stor andel av Essungas investeringar 2025 går till samhällsbyggnadsnämnden?",
  "28,0 av totalt 62,1 mnkr, dvs. cirka 45,1 procent.",
  [(45.1, "%")], [EB], ["Summa samhällsbyggnadsnämnden 28,0 24,1 14,0 66,1", "Totalt investeringar 62,1 42,6 18,6 123,3"])
q("calculation", "hur mycket ökar melleruds årets resultat från bokslut 2023 till budget 2025?",
  "Från 7,7 mnkr till 13,7 mnkr, en ökning med 6,0 mnkr.",
  [(6.0, "mnkr")], [MB], ["Årets resultat 7,7 8,6 13,7 13,1 13,4", MB_RB_HDR])
q("calculation", "Hur stor andel av Melleruds totala nettokostnad i budgeten per verksamhet 2025 är äldreomsorg?",
  "183 400 av 636 200 tkr, cirka 28,8 procent.",
  [(28.8, "%")], [MX], ["Äldreomsorg | 48300 | -231700 | -183400", "Totalt | 106300 | -742500 | -636200"])
q("calculation", "vad var essungas genomsnittliga årliga resultat 2020-2024?",
  "(9,6 + 13,1 + 4,8 + 2,3 + 5,8) / 5 = 7,1 mnkr i genomsnitt per år.",
  [(7.12, "mnkr")], [EX], ["2020 | 334,8 | 324,1 | 9,6 | 28,4 | 22,11 | 5652",
                           "2021 | 348,2 | 333,7 | 13,1 | 24,9 | 22,11 | 5661",
                           "2022 | 352,9 | 346 | 4,8 | 33,7 | 22,11 | 5659",
                           "2023 | 360,5 | 357,1 | 2,3 | 38,2 | 22,11 | 5671",
                           "2024 | 379,2 | 372,8 | 5,8 | 41,3 | 22,11 | 5693"])
q("calculation", "Hur många invånare har Mellerud tappat mellan 2019 och 2024?",
  "Befolkningen minskade från 9 352 till 9 204, alltså med 148 invånare.",
  [(148, "st")], [MX], ["2019 | 9352 | 2010 | 4998 | 2344", "2024 | 9204 | 1950 | 4810 | 2444 | -28"])
q("calculation", "hur mycket mer skatteintäkter än budgeterat fick essunga 2024?",
  "Utfall 277,9 mnkr mot budget 276,1 mnkr, alltså 1,8 mnkr mer.",
  [(1.8, "mnkr")], [EA], ["Skatteintäkter 4 277,9 276,1 265,3", "Belopp i mnkr Not Utfall 2024 Budget 2024 Utfall 2023"])
q("calculation", "Hur stort är socialnämndens prognostiserade underskott i Mellerud i procent av budgeten?",
  "6,2 mnkr av en budget på 304,8 mnkr, cirka 2,0 procent.",
  [(2.0, "%")], [MD], ["Socialnämnden 304,8 311,0 -6,2 207,9"])
q("calculation", "hur många kr av 100 går till förskola/skola och äldreomsorg tillsammans i essunga?",
  "41,20 + 19,80 = 61,00 kronor av varje hundralapp.",
  [(61.0, "kr")], [EH], ["Förskola och skola | 41,20", "Äldreomsorg | 19,80"])
q("calculation", "Med hur många procent ökade Melleruds låneskuld mellan 2021 och 2024?",
  "Från 298 till 362 mnkr, en ökning med cirka 21,5 procent.",
  [(21.5, "%")], [MH], ["2021 | 18,4 | 45,6 | 298 | 22,86", "2024 | 10,6 | 41,0 | 362 | 22,86"])

# ---------------- lookup (5)
q("lookup", "vem är ordförande i kommunstyrelsen i essunga",
  "Johan Ekstedt (C) är kommunstyrelsens ordförande.",
  [], [EB], ["Johan Ekstedt (C)", "Kommunstyrelsens ordförande"])
q("lookup", "Vem reserverade sig mot tilläggsanslaget till förskolan Ekbacken i Essunga?",
  "Anders Holm (SD) reserverade sig till förmån för sitt avslagsyrkande.",
  [], [ED], ["Reservation: Anders Holm (SD) reserverar sig mot beslutet till förmån för eget yrkande."])
q("lookup", "när kan man flytta in på nya kaserngården i mellerud?",
  "Inflyttning planeras till hösten 2028 (byggstart mars 2026).",
  [], [MP], ["Byggstart planeras till mars 2026 och inflyttning till hösten 2028."])
q("lookup", "Vad beslutade fullmäktige i Mellerud om motionen om gratis simskola för sexåringar?",
  "Kommunfullmäktige avslog motionen; Lisa Ahlström (V) reserverade sig.",
  [], [MK], ["Beslut: Kommunfullmäktige avslår motionen."])
q("lookup", "vem är ekonomichef i melleruds kommun?",
  "Ekonomichef är Henrik Dahl.",
  [], [MH], ["Kontakt: ekonomichef Henrik Dahl, telefon 0530-180 00."])

# ---------------- text_amount (5)
q("text_amount", "hur stora effektiviseringar innehåller essungas budget 2025",
  "En generell effektivisering på 4,7 miljoner kronor.",
  [(4.7, "mnkr")], [EB], ["effektivisering på 4,7 miljoner kronor lagts ut"])
q("text_amount", "Hur mycket pengar lägger Mellerud på trygghetsåtgärder i centrum 2025?",
  "600 000 kronor ingår i kommunstyrelsens ram för trygghetsskapande åtgärder i centrala Mellerud.",
  [(600000, "kr")], [MB], ["I ramen ingår 600 000 kronor för trygghetsskapande åtgärder"])
q("text_amount", "hur mycket av feriepengarna i essunga går till löner",
  "520 000 kronor av de 700 000 kronorna går till löner för feriepraktikanter.",
  [(520000, "kr")], [EP], ["Av beloppet går 520 000 kronor till löner för feriepraktikanter"])
q("text_amount", "Vilket resultat hade Mellerud för januari–augusti 2025?",
  "Resultatet för perioden januari–augusti 2025 var 31,4 miljoner kronor.",
  [(31.4, "mnkr")], [MD], ["Resultatet för perioden januari–augusti 2025 uppgår till 31,4 miljoner kronor."])
q("text_amount", "hur stort underskott trodde socialnämnden i essunga på för 2024 när budgeten gjordes?",
  "Socialnämnden prognostiserade ett underskott på -2,8 miljoner kronor för 2024.",
  [(-2.8, "mnkr")], [EB], ["-2,8 miljoner kronor. Nämnden har fått i uppdrag att ta fram en handlingsplan."])

# ---------------- multi_doc (5)
q("multi_doc", "vilken av kommunerna har högst skattesats, essunga eller mellerud?",
  "Mellerud: 22,86 kronor mot Essungas 22,11 kronor (0,75 kronor högre).",
  [(22.86, "kr"), (22.11, "kr")], [EH, MK],
  ["Kommunalskatten i Essunga är 22,11 kronor per hundralapp du tjänar 2025.",
   "Beslut: Kommunfullmäktige fastställer skattesatsen för 2025 till 22,86 kronor"])
q("multi_doc", "Vilken kommun budgeterar det högsta resultatet för 2025, Essunga eller Mellerud, och hur mycket?",
  "Mellerud med 13,7 mnkr; Essunga budgeterar 6,7 mnkr.",
  [(13.7, "mnkr"), (6.7, "mnkr")], [MB, EB],
  ["Årets resultat 7,7 8,6 13,7 13,1 13,4", "Årets resultat 2,3 2,4 6,7 8,8 9,6"])
q("multi_doc", "Hur mycket bättre blev Essungas resultat 2024 jämfört med prognosen i Mål och budget 2025?",
  "Prognosen var 2,4 mnkr och utfallet 5,8 mnkr, alltså 3,4 mnkr bättre.",
  [(3.4, "mnkr")], [EB, EA],
  ["Årets resultat 2,3 2,4 6,7 8,8 9,6", EB_RB_HDR, "Årets resultat blev 5,8 miljoner kronor"])
q("multi_doc", "vad kostar kaserngården totalt och hur mycket finns budgeterat för den 2025 i melleruds investeringsbudget?",
  "Totalkostnaden beräknas till 186 miljoner kronor; 2025 budgeteras 4 500 tkr (projektering).",
  [(186, "mnkr"), (4500, "tkr")], [MP, MB],
  ["Den beräknade totalkostnaden är 186 miljoner kronor.", "Nytt särskilt boende Kaserngården 4 500 60 000 80 000"])
q("multi_doc", "Vilken av kommunerna Essunga och Mellerud har flest anställda?",
  "Mellerud, med cirka 1 020 tillsvidareanställda mot Essungas 612 (31 december 2024).",
  [(1020, "st"), (612, "st")], [MB, EA],
  ["Mellerud har cirka 1 020 tillsvidareanställda.",
   "Den 31 december 2024 hade kommunen 612 tillsvidareanställda."])

# ---------------- claim (5)
q("claim", "Jag har hört att Melleruds budget 2025 gick igenom med 18 röster mot 14. Stämmer det?",
  "Ja. Kommunstyrelsens förslag vann med 18 röster mot 14; 3 ledamöter avstod.",
  [(18, "st"), (14, "st")], [MK], ["Kommunstyrelsens förslag vinner med 18 röster mot 14."], verdict="supported")
q("claim", "Essungas socialnämnd gick 1,3 miljoner back 2024, eller hur?",
  "Nej, socialnämndens underskott 2024 var 3,1 miljoner kronor.",
  [(3.1, "mnkr")], [EA], ["Socialnämndens underskott på 3,1 miljoner kronor förklaras av ökade kostnader",
                          "Socialnämnden 137,2 140,3 -3,1"], verdict="contradicted")
q("claim", "Stämmer det att Mellerud ska bygga en ny simhall för 95 miljoner kronor?",
  "Det finns inget i dokumenten om en ny simhall i Mellerud.",
  [], [], [], refused=True, verdict="not_found")
q("claim", "Kulturskolans terminsavgift i Essunga höjs till 550 kr?",
  "Nej, förslaget är att avgiften höjs från 450 till 500 kronor per termin från hösten 2025.",
  [(500, "kr")], [ED], ["Bildningsnämnden har föreslagit att terminsavgiften i kulturskolan höjs från 450 kronor till 500 kronor per termin"],
  verdict="contradicted")
q("claim", "Essunga erbjuder 85 platser i feriepraktik i sommar – stämmer det?",
  "Ja, 85 platser 2025 jämfört med 62 år 2024.",
  [(85, "st")], [EP], ["- Antal platser 2025: 85 (2024: 62)"], verdict="supported")

# ---------------- unanswerable (5)
q("unanswerable", "vad är essungas budgeterade resultat för 2028?",
  "Budgeten sträcker sig bara till plan 2027; 2028 anges inte.", refused=True)
q("unanswerable", "Hur stor var sjukfrånvaron bland kvinnor respektive män i Essunga 2024?",
  "Årsredovisningen anger bara total sjukfrånvaro, ingen uppdelning på kvinnor och män.", refused=True)
q("unanswerable", "Hur mycket statsbidrag får Mellerud för tillbyggnaden av förskolan Nordalen?",
  "Dokumenten anger inga statsbidrag för förskolan Nordalen.", refused=True)
q("unanswerable", "Vilken budget har miljö- och hälsoskyddsnämnden i Essunga 2025?",
  "Det finns ingen miljö- och hälsoskyddsnämnd i Essungas budget.", refused=True)
q("unanswerable", "hur många feriepraktikplatser hade essunga 2023?",
  "Pressmeddelandet anger bara antalet platser 2025 (85) och 2024 (62), inte 2023.", refused=True)

# ---------------- multi_part (4)
q("multi_part", "Vilken skattesats beslutade Mellerud för 2025, och vilka partier reserverade sig mot budgeten?",
  "Skattesatsen blev 22,86 kronor. Socialdemokraterna och Vänsterpartiet reserverade sig.",
  [(22.86, "kr")], [MK], ["Beslut: Kommunfullmäktige fastställer skattesatsen för 2025 till 22,86 kronor",
                          "Reservation: Socialdemokraterna och Vänsterpartiet reserverar sig mot beslutet till förmån för eget förslag."])
q("multi_part", "vad var essungas helårsprognos i februari 2025 och vem redovisade den för ks?",
  "Prognosen var ett resultat på 4,9 miljoner kronor (1,8 mnkr under budget); ekonomichef Sara Lundgren redovisade.",
  [(4.9, "mnkr")], [ED], ["Ekonomichef Sara Lundgren redovisar den ekonomiska uppföljningen per februari.",
                          "Helårsprognosen för kommunen visar ett resultat på 4,9 miljoner kronor"])
q("multi_part", "När pågår feriepraktiken i Essunga i sommar, och vad blir timlönen för en 17-åring?",
  "Mellan den 16 juni och den 8 augusti (tre perioder om tre veckor); timlönen för 17–18-åringar är 120 kronor.",
  [(120, "kr")], [EP], ["Feriepraktiken pågår i tre perioder om tre veckor mellan den 16 juni och den 8 augusti.",
                        "- Timlön: 105 kronor för 15–16-åringar och 120 kronor för 17–18-åringar"])
q("multi_part", "hur mycket sparar mellerud totalt 2025 och hur mkt av det ska socialnämnden stå för?",
  "Besparingarna är totalt 9,5 miljoner kronor, varav 3,8 miljoner kronor inom socialnämnden.",
  [(9.5, "mnkr"), (3.8, "mnkr")], [MB],
  ["För att nå dit genomförs besparingar på totalt 9,5 miljoner kronor, varav 3,8 miljoner kronor inom"])

# ---------------- followup (4)
q("followup", "och plan 2027 då?",
  "Årets resultat i plan 2027 är 9,6 mnkr.",
  [(9.6, "mnkr")], [EB], ["Årets resultat 2,3 2,4 6,7 8,8 9,6", EB_RB_HDR],
  history=["vad är årets resultat i essungas resultatbudget för 2025?"])
q("followup", "och hur mycket blir det per invånare?",
  "31 303 kronor per invånare för utbildningsnämnden 2025.",
  [(31303, "kr")], [MB], ["Utbildningsnämnden 268,7 279,5 288,3 8,8 31 303", "2023 2024 2025 2024–2025 2025"],
  history=["Hur mycket får utbildningsnämnden i Mellerud 2025?"])
q("followup", "blev den dyrare sen?",
  "Ja, anbudet översteg den budgeterade kostnaden med 2,4 miljoner kronor och KS föreslog ett tilläggsanslag på 2,4 miljoner kronor.",
  [(2.4, "mnkr")], [ED], ["Anbudet överstiger den budgeterade projektkostnaden med 2,4 miljoner kronor"],
  history=["Hur mycket investerar Essunga i nya förskolan Ekbacken 2025?"])
q("followup", "och vad är snitträntan?",
  "Den genomsnittliga räntan var 2,9 procent (kapitalbindningstid 2,4 år).",
  [(2.9, "%")], [MH], ["Den genomsnittliga räntan var 2,9 procent"],
  history=["hur stor är melleruds låneskuld?"])

# ---------------- english (4)
q("english", "What is Mellerud's total investment budget for 2025?",
  "89 900 tkr (about 89.9 million kronor) in 2025.",
  [(89900, "tkr")], [MB], ["Totalt 89 900 121 300 101 000", "Tkr 2025 2026 2027"], lang="en")
q("english", "How much is Essunga's Kommunstyrelsen budget per inhabitant in 2025?",
  "10 264 kronor per inhabitant (58 400 tkr in total).",
  [(10264, "kr")], [EB], ["Kommunstyrelsen 55 900 58 400 2 500 4,5 10 264", EB_DRIFT_HDR], lang="en")
q("english", "What was the sick leave rate in Essunga in 2024 according to the årsredovisning?",
  "6.9 percent in 2024, down from 7.4 percent in 2023.",
  [(6.9, "%")], [EA], ["Sjukfrånvaro, % 7,9 7,4 6,9"], lang="en")
q("english", "How many apartments will the new Kaserngården särskilt boende in Mellerud have, and which home does it replace?",
  "60 apartments on six units; it replaces Nordalsgården, which has 44 places.",
  [(60, "st")], [MP], ["Boendet får 60 lägenheter fördelade på sex avdelningar och ersätter",
                       "Nordalsgården, som har 44 platser"], lang="en")


def main():
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, item in enumerate(Q, 1):
            rec = {"id": f"md39-{i:03d}", "corpus": C}
            rec.update(item)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(Q), OUT)


if __name__ == "__main__":
    main()
