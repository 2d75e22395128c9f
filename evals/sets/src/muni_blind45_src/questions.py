"""Writes ../muni_blind45.jsonl (55 questions over evals/corpora/blind-muni45)."""
import json, os

C = "evals/corpora/blind-muni45"
MB = C + "/motala/motala-mal-och-budget-2026.pdf"
MA = C + "/motala/motala-arsredovisning-2025.pdf"
MH = C + "/motala/motala-sa-anvands-din-skatt.html"
MD = C + "/motala/motala-ks-protokoll-2026-09-15.docx"
MX = C + "/motala/motala-befolkning-och-nyckeltal.xlsx"
MP = C + "/motala/motala-pressmeddelande-forskola-charlottenborg.md"
GB = C + "/gnesta/gnesta-budget-2026-plan-2027-2028.pdf"
GD = C + "/gnesta/gnesta-delarsrapport-augusti-2026.pdf"
GH = C + "/gnesta/gnesta-ekonomi-finansiell-information.html"
GK = C + "/gnesta/gnesta-kf-protokoll-2026-11-16.docx"
GX = C + "/gnesta/gnesta-barn-och-elever.xlsx"
GT = C + "/gnesta/gnesta-pressmeddelande-idrottshall.txt"

MB_H = "Nämnd, mnkr 2025 2026 2027 2028 2026"
MB_R = "Belopp i mnkr 2024 2025 2026 2027 2028"
Q = []


def q(cat, question, answer, numbers, docs, quotes, lang="sv", history=None, refused=False, verdict=None):
    Q.append({"category": cat, "language": lang, "question": question, "history": history or [],
              "gold": {"answer": answer, "numbers": [{"value": v, "unit": u} for v, u in numbers],
                       "docs": docs, "quotes": quotes, "refused": refused, "verdict": verdict}})


def N(*a):
    return list(zip(a[::2], a[1::2]))


# ---------------- table_lookup (9)
q("table_lookup", "hur mkt pengar får socialnämnden i motala 2026?",
  "Socialnämnden i Motala har en budgeterad nettokostnadsram på 1 468,9 mnkr för 2026.", N(1468.9, "mnkr"), [MB],
  ["Socialnämnden 1 421,5 1 468,9 1 519,7 1 572,4 33 460", MB_H])
q("table_lookup", "vad ska nya badhuset i motala kosta 2027 enligt investeringsbudgeten",
  "Nytt badhus har 120 000 tkr i plan 2027 (totalt 255 000 tkr 2026–2028).", N(120000, "tkr"), [MB],
  ["Nytt badhus 95 000 120 000 40 000 255 000", "Projekt (belopp i tkr) 2026 2027 2028 2026–2028"])
q("table_lookup", "Hur mycket nya lån räknar Gnesta kommun med att ta upp 2027?",
  "Kassaflödesbudgeten visar nyupptagna lån på 30,0 mnkr i plan 2027.", N(30.0, "mnkr"), [GB],
  ["Nyupptagna lån 55,0 30,0 0,0", "Miljoner kronor 2026 2027 2028"])
q("table_lookup", "vilken helårsprognos har vård och omsorgsnämnden i gnesta för 2026",
  "Prognosen är 325 950 tkr mot en budget på 318 450 tkr, en negativ avvikelse på 7 500 tkr.",
  N(325950, "tkr", -7500, "tkr"), [GD],
  ["Vård- och omsorgsnämnden 318 450 325 950 -7 500", "Tkr Budget 2026 Prognos 2026 Avvikelse"])
q("table_lookup", "hur hög var sjukfrånvaron i motala kommun 2023",
  "Sjukfrånvaron var 8,1 procent 2023.", N(8.1, "%"), [MA],
  ["Sjukfrånvaro, % 8,9 8,4 8,1 7,9 7,8", "2021 2022 2023 2024 2025"])
q("table_lookup", "hur många kronor av varje hundralapp i skatt går till äldreomsorgen i motala?",
  "19 kronor av varje hundralapp går till äldreomsorgen (budget 2026).", N(19, "kr"), [MH],
  ["Äldreomsorg | 19 kr"])
q("table_lookup", "Vad hade Gnesta för låneskuld 2023?",
  "Låneskulden var 352 mnkr 2023.", N(352, "mnkr"), [GH],
  ["Låneskuld (mnkr) | 318 | 352 | 390 | 412", "Nyckeltal | 2022 | 2023 | 2024 | 2025"])
q("table_lookup", "vad blir brukningsavgiften per kubik i gnesta nästa år (2027)?",
  "Brukningsavgiften blir 41,60 kr per m³ 2027, en höjning från 38,50 kr (8,1 %).", N(41.60, "kr"), [GK],
  ["Brukningsavgift per m³ | 38,50 | 41,60 | 8,1"])
q("table_lookup", "hur många 80 år och äldre bodde i motala 2025",
  "Motala hade 2 813 invånare som var 80 år och äldre den 31 december 2025.", N(2813, "st"), [MX],
  ["2025 | 43812 | 2716 | 5170 | 2015 | 23983 | 7115 | 2813 | 222",
   "År | Totalt | 0–5 år | 6–15 år | 16–19 år | 20–64 år | 65–79 år | 80 år och äldre | Förändring mot föregående år"])

# ---------------- calculation (9)
q("calculation", "Med hur många procent ökar barn- och utbildningsnämndens ram i Motala från budget 2025 till budget 2026?",
  "Ramen ökar från 1 468,2 till 1 512,6 mnkr, alltså med 44,4 mnkr eller cirka 3,0 procent.",
  N(44.4, "mnkr", 3.0, "%"), [MB], ["Barn- och utbildningsnämnden 1 468,2 1 512,6 1 556,4 1 598,0 34 456", MB_H])
q("calculation", "hur stor andel av nämndernas totala budget 2026 går till bun i motala?",
  "Barn- och utbildningsnämnden har 1 512,6 av 3 586,2 mnkr, cirka 42,2 procent.", N(42.2, "%"), [MB],
  ["Barn- och utbildningsnämnden 1 468,2 1 512,6 1 556,4 1 598,0 34 456",
   "Summa nämnder 3 475,5 3 586,2 3 694,2 3 801,7 81 690", MB_H])
q("calculation", "hur mkt får bun och vård- och omsorgsnämnden i gnesta tillsammans 2026, och hur stor del av summa nämnder är det?",
  "Tillsammans 750 350 tkr (431 900 + 318 450), vilket är cirka 84,4 procent av nämndernas 889 360 tkr.",
  N(750350, "tkr", 84.4, "%"), [GB],
  ["Barn- och utbildningsnämnden 418 200 431 900 13 700 3,3 442 800 453 500",
   "Vård- och omsorgsnämnden 304 100 318 450 14 350 4,7 328 600 339 100",
   "Summa nämnder 856 900 889 360 32 460 3,8 913 400 937 610"])
q("calculation", "Vad var Motalas genomsnittliga årsresultat 2021–2025?",
  "Genomsnittet är (92,4 + 61,8 + 12,6 + 38,5 + 47,3) / 5 = cirka 50,5 mnkr per år.", N(50.5, "mnkr"), [MA],
  ["Årets resultat, mnkr 92,4 61,8 12,6 38,5 47,3", "2021 2022 2023 2024 2025"])
q("calculation", "hur stor andel av gnestas investeringar 2026 är VA?",
  "VA-investeringarna är 40 500 av 88 400 tkr, cirka 45,8 procent.", N(45.8, "%"), [GB],
  ["Summa VA 40 500 53 500 20 500", "Totalt 88 400 77 900 30 900"])
q("calculation", "hur mycket har nettokostnaden per invånare för äldreomsorgen ökat i motala mellan 2023 och 2025 i procent",
  "Från 17 920 till 19 410 kr per invånare, en ökning med 1 490 kr eller cirka 8,3 procent.",
  N(1490, "kr", 8.3, "%"), [MX],
  ["Äldreomsorg | 17920 | 18650 | 19410 | 4,1", "Verksamhet | 2023 | 2024 | 2025 | Förändring 2024–2025, %"])
q("calculation", "hur mycket dyrare har ett förskolebarn blivit i gnesta från 2021 till 2025? kronor och procent tack",
  "Kostnaden per barn ökade från 151 200 till 176 300 kr, alltså med 25 100 kr eller cirka 16,6 procent.",
  N(25100, "kr", 16.6, "%"), [GX], ["2021 | 612 | 18 | 5,4 | 151200", "2025 | 662 | 8 | 5,1 | 176300"])
q("calculation", "Hur stor andel av badhusets budget för 2026 flyttades vid ombudgeteringen i Motalas kommunstyrelse?",
  "30 000 av 95 000 tkr flyttades, cirka 31,6 procent (ny budget 65 000 tkr).", N(31.6, "%"), [MD],
  ["Nytt badhus | 95 000 | -30 000 | 65 000"])
q("calculation", "hur mycket har gnesta växt i invånare från 2022 till 2025",
  "Från 11 290 till 11 520 invånare, en ökning med 230 personer eller cirka 2,0 procent.",
  N(230, "st", 2.0, "%"), [GH], ["Invånare 31 december | 11 290 | 11 355 | 11 438 | 11 520"])

# ---------------- lookup (5)
q("lookup", "vem är ordförande i kommunstyrelsen i motala",
  "Helena Strand (S) är kommunstyrelsens ordförande.", [], [MB], ["Helena Strand (S)", "Kommunstyrelsens ordförande"])
q("lookup", "vilka reserverade sig mot tilläggsanslaget till socialnämnden i Motala?",
  "Tomas Wiklund (SD) och Jessica Ekström (SD) reserverade sig.", [], [MD],
  ["Reservation: Tomas Wiklund (SD) och Jessica Ekström (SD) reserverar sig mot beslutet till förmån för eget yrkande."])
q("lookup", "vilket byggföretag ska bygga idrottshallen i frösunda",
  "Bygg-Mälardalen AB, som lämnade det lägsta av fyra anbud.", [], [GT],
  ["Kommunen har tecknat avtal med Bygg-Mälardalen AB, som lämnade det lägsta av fyra anbud."])
q("lookup", "När öppnar den nya förskolan i Charlottenborg?",
  "Förskolan ska öppna i augusti 2028; byggstart är i november 2026.", [], [MP],
  ["Byggstart sker i november 2026 och förskolan ska öppna i augusti 2028."])
q("lookup", "när godkändes gnestas årsredovisning för 2025",
  "Kommunfullmäktige godkände årsredovisningen den 15 april 2026.", [], [GH],
  ["Årsredovisningen för 2025 godkändes av kommunfullmäktige den 15 april 2026."])

# ---------------- text_amount (5)
q("text_amount", "hur mycket pengar blir det till feriejobb för ungdomar i motala 2026",
  "700 000 kronor avsätts för feriearbeten sommaren 2026.", N(700000, "kr"), [MB],
  ["700 000 kronor avsätts för feriearbeten för ungdomar sommaren 2026."])
q("text_amount", "Hur stort effektiviseringskrav får socialnämnden i Motala 2026?",
  "Socialnämnden ska effektivisera 14,8 miljoner kronor av totalt 42,5 miljoner kronor.", N(14.8, "mnkr"), [MB],
  ["14,8 miljoner kronor för socialnämnden"])
q("text_amount", "hur mycket satsar gnesta på sommarlovsaktiviteter 2026",
  "900 000 kronor till avgiftsfria sommarlovsaktiviteter för barn och unga.", N(900000, "kr"), [GB],
  ["900 000 kronor till avgiftsfria sommarlovsaktiviteter för barn och unga."])
q("text_amount", "Hur mycket har Gnesta investerat under januari–augusti 2026?",
  "Investeringar för 31,2 miljoner kronor har genomförts under perioden.", N(31.2, "mnkr"), [GD],
  ["Under perioden har investeringar för 31,2 miljoner kronor genomförts."])
q("text_amount", "vad sålde motala fastigheten verkstaden 3:14 för?",
  "Fastigheten såldes till Vätterstrand Fastigheter AB för 4 250 000 kronor.", N(4250000, "kr"), [MD],
  ["Fastigheten Motala Verkstaden 3:14 föreslås säljas till Vätterstrand Fastigheter AB för 4 250 000 kronor."])

# ---------------- claim (5)
q("claim", "Stämmer det att Motala höjer skatten med 25 öre till 22,05 kronor 2026?",
  "Ja. Skattesatsen höjs med 25 öre, från 21,80 till 22,05 kronor.", N(22.05, "kr"), [MB],
  ["höjs skattesatsen med 25 öre, från 21,80 till 22,05 kronor per hundralapp"], verdict="supported")
q("claim", "Gnesta sänker skatten till 22,06 kr i budget 2026, eller hur?",
  "Nej. Skattesatsen lämnas oförändrad på 22,36 kronor 2026 (22,06 var skattesatsen 2022–2023).",
  N(22.36, "kr"), [GB], ["I budgeten för 2026 lämnas skattesatsen oförändrad på 22,36 kronor."], verdict="contradicted")
q("claim", "Jag har hört att socialnämnden i Motala gick back med 32 miljoner 2025.",
  "Nej. Socialnämnden redovisade ett underskott på 22,4 miljoner kronor 2025.", N(-22.4, "mnkr"), [MA],
  ["Socialnämnden redovisar ett underskott på 22,4 miljoner kronor, främst på grund av externa placeringar."],
  verdict="contradicted")
q("claim", "VA-taxan för 2027 i Gnesta klubbades med 24 röster mot 7?",
  "Ja. 24 ledamöter röstade för kommunstyrelsens förslag och 7 för Linus Eks (SD) yrkande.",
  N(24, "st", 7, "st"), [GK],
  ["24 ledamöter röstar för kommunstyrelsens förslag och 7 för Linus Eks yrkande."], verdict="supported")
q("claim", "Stämmer det att Gnesta kommun ska bygga ett nytt kommunhus för 120 miljoner kronor?",
  "Det finns inget i dokumenten om ett nytt kommunhus i Gnesta.", [], [], [], refused=True, verdict="not_found")

# ---------------- unanswerable (5)
q("unanswerable", "vad är motalas budgeterade resultat för 2029?",
  "Budgeten sträcker sig bara till plan 2028; 2029 redovisas inte.", [], [], [], refused=True)
q("unanswerable", "hur stor del av effektiviseringskravet i motala ska kultur- och fritidsnämnden stå för?",
  "Dokumenten anger bara beloppen för barn- och utbildningsnämnden och socialnämnden, inte kultur- och fritidsnämndens del.",
  [], [], [], refused=True)
q("unanswerable", "Hur stor budget har tekniska nämnden i Gnesta 2026?",
  "Gnesta har ingen teknisk nämnd i budgeten; den uppgiften finns inte.", [], [], [], refused=True)
q("unanswerable", "hur många elever gick på frejaskolan 2023",
  "Elevstatistiken gäller bara läsåret 2025/26; 2023 finns inte.", [], [], [], refused=True)
q("unanswerable", "Vad blir den fasta VA-avgiften för en villa i Gnesta 2028?",
  "Taxan anger bara avgifter för 2026 och 2027, inte 2028.", [], [], [], refused=True)

# ---------------- multi_part (4)
q("multi_part", "hur mycket blev motalas resultat 2025 och hur hög var sjukfrånvaron det året?",
  "Resultatet blev 47,3 miljoner kronor och sjukfrånvaron var 7,8 procent.", N(47.3, "mnkr", 7.8, "%"), [MA],
  ["Årets resultat blev 47,3 miljoner kronor, vilket är 17,3 miljoner kronor bättre än budget.",
   "Sjukfrånvaro, % 8,9 8,4 8,1 7,9 7,8"])
q("multi_part", "vem skrev motionen om gratis kollektivtrafik för pensionärer i gnesta, vad skulle det kosta och vad beslutade fullmäktige?",
  "Motionen kom från Anna Lund (V), kostnaden beräknades till cirka 1,4 miljoner kronor per år och fullmäktige avslog motionen.",
  N(1.4, "mnkr"), [GK],
  ["Motion från Anna Lund (V). Kostnaden har beräknats till cirka 1,4 miljoner kronor per år.",
   "Beslut: Kommunfullmäktige avslår motionen."])
q("multi_part", "Vad är Gnestas helårsprognos för 2026 och hur mycket sämre är den än budget?",
  "Prognosen är ett resultat på 8,9 miljoner kronor, 5,3 miljoner kronor lägre än budget.",
  N(8.9, "mnkr", 5.3, "mnkr"), [GD],
  ["Helårsprognosen pekar på ett resultat på 8,9 miljoner kronor, vilket är 5,3 miljoner kronor lägre än budget."])
q("multi_part", "vad är kommunalskatten i motala 2026 och hur mycket tar regionen?",
  "Kommunens skattesats är 22,05 kr och Region Östergötlands 11,55 kr, totalt 33,60 kr.",
  N(22.05, "kr", 11.55, "kr", 33.60, "kr"), [MH],
  ["Skattesatsen i Motala kommun är 22,05 kronor per hundralapp 2026.",
   "Till det kommer skatten till Region Östergötland på 11,55 kronor."])

# ---------------- multi_doc (5)
q("multi_doc", "vilken av kommunerna har högst skattesats 2026, motala eller gnesta?",
  "Gnesta: 22,36 kr mot Motalas 22,05 kr, 0,31 kr högre.", N(22.36, "kr", 22.05, "kr", 0.31, "kr"), [GB, MB],
  ["I budgeten för 2026 lämnas skattesatsen oförändrad på 22,36 kronor.",
   "höjs skattesatsen med 25 öre, från 21,80 till 22,05 kronor per hundralapp"])
q("multi_doc", "Vilken kommun budgeterar störst resultat 2026, Motala eller Gnesta?",
  "Motala med 58,2 mnkr; Gnesta budgeterar 14,2 mnkr.", N(58.2, "mnkr", 14.2, "mnkr"), [MB, GB],
  ["Årets resultat 38,5 21,4 58,2 64,0 71,3", "Årets resultat 12,6 5,8 14,2 16,9 19,5"])
q("multi_doc", "hur stor del av motalas investeringsbudget 2026 försvinner med ombudgeteringen i ks i september?",
  "Budgeten minskas med 42 500 tkr netto av 385 200 tkr, cirka 11,0 procent; kvar blir 342 700 tkr.",
  N(42500, "tkr", 11.0, "%", 342700, "tkr"), [MD, MB],
  ["Summa | 201 000 | -42 500 | 158 500", "Totalt investeringar 385 200 433 100 182 600 1 000 900"])
q("multi_doc", "Vilken kommun hade högst soliditet 2025, Gnesta eller Motala?",
  "Gnesta med 37,7 procent mot Motalas 35,1 procent, 2,6 procentenheter högre.",
  N(37.7, "%", 35.1, "%", 2.6, "%"), [GH, MA],
  ["Soliditet (%) | 39,4 | 38,1 | 37,2 | 37,7", "Soliditet, % 38,2 37,9 36,4 35,6 35,1"])
q("multi_doc", "stämmer kostnaden för frösundahallen i pressmeddelandet med gnestas investeringsbudget?",
  "Ja. Pressmeddelandet anger 42 miljoner kronor, varav 28 miljoner 2026; investeringsbudgeten har 28 000 tkr 2026 och 14 000 tkr 2027, totalt 42 000 tkr.",
  N(42, "mnkr", 28000, "tkr", 14000, "tkr"), [GT, GB],
  ["Den totala kostnaden beräknas till 42 miljoner kronor, varav 28 miljoner kronor belastar 2026 års investeringsbudget.",
   "Ny idrottshall Frösunda 28 000 14 000 0"])

# ---------------- followup (4)
q("followup", "och 2028 då?", "Planen för 2028 är 1 598,0 mnkr för barn- och utbildningsnämnden.", N(1598.0, "mnkr"), [MB],
  ["Barn- och utbildningsnämnden 1 468,2 1 512,6 1 556,4 1 598,0 34 456", MB_H],
  history=["hur mycket får barn- och utbildningsnämnden i motala 2026?"])
q("followup", "och vad planerar dom för 2028?", "Plan 2028 är ett resultat på 19,5 mnkr.", N(19.5, "mnkr"), [GB],
  ["Årets resultat 12,6 5,8 14,2 16,9 19,5", "Miljoner kronor Not 2024 2025 2026 2027 2028"],
  history=["vad är gnestas budgeterade resultat för 2026?"])
q("followup", "och på kvarnbackaskolan?", "Kvarnbackaskolan har 336 elever (186 i F–3 och 150 i 4–6).", N(336, "st"), [GX],
  ["Kvarnbackaskolan | 186 | 150 | 0 | 336"], history=["hur många elever går på dansutskolan i gnesta?"])
q("followup", "hur många barn får plats där?", "Förskolan får plats för 120 barn, fördelat på åtta avdelningar.",
  N(120, "st"), [MP], ["Förskolan får åtta avdelningar och plats för 120 barn."],
  history=["Vad kostar nya förskolan i Charlottenborg i Motala?", "När ska den öppna?"])

# ---------------- english (4)
q("english", "What is Motala's total investment budget for 2026 in Mål och budget 2026?",
  "Total investments are 385,200 thousand SEK (tkr) in 2026.", N(385200, "tkr"), [MB],
  ["Totalt investeringar 385 200 433 100 182 600 1 000 900"], lang="en")
q("english", "By how much is Gnesta's Barn- och utbildningsnämnd forecast to overspend in 2026 according to the delårsrapport?",
  "It forecasts 436,100 tkr against a budget of 431,900 tkr, a deficit of 4,200 tkr.", N(-4200, "tkr"), [GD],
  ["Barn- och utbildningsnämnden 431 900 436 100 -4 200", "Tkr Budget 2026 Prognos 2026 Avvikelse"], lang="en")
q("english", "what equity ratio (soliditet) does Motala's balansbudget show for 2026?",
  "The balance budget shows an equity ratio of 34.9 percent for 2026.", N(34.9, "%"), [MB],
  ["Soliditet, % 35,6 35,2 34,9 34,5 34,4", MB_R], lang="en")
q("english", "How much more will a normal house in Gnesta pay per year for water and sewage in 2027?",
  "The annual cost rises from 12,735 SEK to 13,760 SEK, i.e. by 1,025 SEK.", N(1025, "kr"), [GK],
  ["För ett normalhus (typhus A, 150 m³ per år) ökar den årliga kostnaden från 12 735 kronor till 13 760 kronor, det vill säga med 1 025 kronor."],
  lang="en")

def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "dev", "muni_blind45.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, x in enumerate(Q, 1):
            rec = {"id": f"mb45-{i:03d}", "corpus": C}
            rec.update(x)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(Q), "questions ->", os.path.abspath(out))


if __name__ == "__main__":
    main()
