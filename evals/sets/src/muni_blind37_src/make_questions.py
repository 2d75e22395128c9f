"""Write the mb37 question set (muni_blind37.jsonl)."""
import json
import os

C = "evals/corpora/blind-muni37"
HB = f"{C}/hagfors/hagfors-mal-och-budget-2025.pdf"
HA = f"{C}/hagfors/hagfors-arsredovisning-2023.pdf"
HH = f"{C}/hagfors/hagfors-sa-anvands-din-skatt.html"
HD = f"{C}/hagfors/hagfors-ks-protokoll-2024-11-05.docx"
HX = f"{C}/hagfors/hagfors-befolkning-och-nyckeltal.xlsx"
HP = f"{C}/hagfors/hagfors-pressmeddelande-budget-2025.md"
TB = f"{C}/torsby/torsby-budget-och-plan-2025-2027.pdf"
TD = f"{C}/torsby/torsby-delarsrapport-augusti-2024.pdf"
TH = f"{C}/torsby/torsby-finansiell-information.html"
TK = f"{C}/torsby/torsby-kf-protokoll-2024-11-25.docx"
TX = f"{C}/torsby/torsby-driftbudget-per-verksamhet-2025.xlsx"
TP = f"{C}/torsby/torsby-pressmeddelande-solglantan.txt"

HB_RES_H = "Belopp i mnkr Not Utfall 2023 Prognos 2024 Budget 2025 Plan 2026 Plan 2027"
HB_DR_H = "Nettokostnad, tkr Budget 2024 Budget 2025 Förändring Förändring %"
TB_H1 = "Bokslut Budget Budget Plan Plan"
TB_DR_H = "Budget Budget Plan Plan kr per"
TB_INV_H = "Budget Plan Plan"

Q = []


def q(cat, question, answer, numbers=(), docs=(), quotes=(), lang="sv", history=(), refused=False, verdict=None):
    Q.append({"category": cat, "language": lang, "question": question, "history": list(history),
              "gold": {"answer": answer, "numbers": [{"value": v, "unit": u} for v, u in numbers],
                       "docs": list(docs), "quotes": list(quotes), "refused": refused, "verdict": verdict}})


def n(v, u):
    return (v, u)


# ---------------- table_lookup (9)
q("table_lookup", "vad är skatteintäkterna i hagfors budget för 2025?",
  "Skatteintäkterna är budgeterade till 655,2 mnkr 2025.", [n(655.2, "mnkr")], [HB],
  ["Skatteintäkter 4 612,4 634,8 655,2 676,9 699,5", HB_RES_H])
q("table_lookup", "hur mkt pengar får grundskolan i hagfors 2025",
  "Grundskolan har en nettokostnadsram på 152 300 tkr i budget 2025 (148 900 tkr 2024).", [n(152300, "tkr")], [HB],
  ["Grundskola 148 900 152 300 +3 400 +2,3", HB_DR_H])
q("table_lookup", "Hur mycket kostar omsorgsnämnden per invånare i Torsbys budget 2025?",
  "Omsorgsnämndens ram motsvarar 36 774 kronor per invånare 2025.", [n(36774, "kr")], [TB],
  ["Omsorgsnämnden 402,7 421,8 433,5 444,9 36 774", TB_DR_H])
q("table_lookup", "vilken helårsprognos har bildningsnämnden i torsby i delårsrapporten 2024?",
  "Bildningsnämnden prognostiserar en nettokostnad på 320,9 mnkr för 2024, mot budget 318,6 mnkr (avvikelse -2,3 mnkr).",
  [n(320.9, "mnkr")], [TD], ["Bildningsnämnden 318,6 320,9 -2,3", "Mnkr Budget 2024 Prognos 2024 Avvikelse"])
q("table_lookup", "hur många kronor av varje hundralapp i skatt går till äldreomsorgen i Hagfors?",
  "26,17 kronor av 100 kronor går till äldreomsorgen (246,1 mnkr i budget 2025).", [n(26.17, "kr")], [HH],
  ["Äldreomsorg | 26,17 | 246,1", "Verksamhet | Kronor av 100 kr | Nettokostnad 2025 (mnkr)"])
q("table_lookup", "Hur stor borgensram har Torsby Bostäder AB för 2025?",
  "Borgensramen för Torsby Bostäder AB är 320 000 tkr för 2025 (305 000 tkr 2024).", [n(320000, "tkr")], [TK],
  ["Torsby Bostäder AB | 305 000 | 320 000", "Bolag | Borgensram 2024, tkr | Borgensram 2025, tkr"])
q("table_lookup", "hur många flyttade in till hagfors kommun 2022?",
  "502 personer flyttade in till Hagfors 2022.", [n(502, "st")], [HX],
  ["2022 | 11444 | 76 | 168 | 502 | 463 | -92 | 39",
   "År | Folkmängd 31 dec | Födda | Döda | Inflyttade | Utflyttade | Födelsenetto | Flyttnetto"])
q("table_lookup", "vad var sjukfrånvaron bland torsby kommuns anställda 2021",
  "Sjukfrånvaron var 8,8 procent 2021.", [n(8.8, "%")], [TX],
  ["2021 | 1098 | 1021 | 8,8 | 46", "År | Tillsvidareanställda | Årsarbetare | Sjukfrånvaro % | Medelålder"])
q("table_lookup", "Vad var Hagfors låneskuld 2021 enligt årsredovisningen?",
  "Låneskulden var 305 mnkr 2021.", [n(305, "mnkr")], [HA],
  ["Låneskuld, mnkr 295 301 305 322 338", "2019 2020 2021 2022 2023"])

# ---------------- calculation (9)
q("calculation", "Hur stor andel av Hagfors totala nettokostnader i budget 2025 går till socialnämnden?",
  "Socialnämnden får 406 800 tkr av totalt 940 500 tkr, alltså cirka 43,3 procent.", [n(43.3, "%")], [HB],
  ["Summa socialnämnden 393 400 406 800 +13 400 +3,4", "Totalt verksamhetens nettokostnader 912 300 940 500 +28 200 +3,1"])
q("calculation", "med hur många procent ökar omsorgsnämndens ram i torsby mellan budget 2024 och budget 2025?",
  "Ramen ökar från 402,7 till 421,8 mnkr, dvs. 19,1 mnkr eller cirka 4,7 procent.", [n(19.1, "mnkr"), n(4.7, "%")],
  [TB], ["Omsorgsnämnden 402,7 421,8 433,5 444,9 36 774", TB_DR_H])
q("calculation", "hur mycket lägger torsby sammanlagt på solgläntan 2025-2027 enligt investeringsbudgeten?",
  "48,0 + 62,0 + 40,0 = 150,0 mnkr under 2025–2027.", [n(150.0, "mnkr")], [TB],
  ["Särskilt boende Solgläntan 48,0 62,0 40,0", TB_INV_H])
q("calculation", "Hur stor andel av årets investeringsbudget hade Torsby använt efter augusti 2024?",
  "31,7 mnkr av 84,0 mnkr, alltså cirka 37,7 procent.", [n(37.7, "%")], [TD],
  ["Under januari–augusti har kommunen investerat för 31,7 miljoner kronor av årets budget på", "84,0 miljoner kronor."])
q("calculation", "hur mycket har folkmängden i hagfors minskat mellan 2019 och 2023?",
  "Från 11 602 till 11 380 invånare, en minskning med 222 personer.", [n(222, "st")], [HX],
  ["2019 | 11602 | 84 | 171 | 498 | 455 | -87 | 43", "2023 | 11380 | 81 | 174 | 468 | 439 | -93 | 29"])
q("calculation", "Summera nettokostnaden för omsorgsnämndens verksamheter i Torsbys driftbudget per verksamhet 2025.",
  "168 400 + 112 900 + 78 300 + 52 700 + 9 500 = 421 800 tkr (netto -421 800 tkr).", [n(421800, "tkr")], [TX],
  ["Särskilt boende | 24600 | -193000 | -168400", "Hemtjänst | 11200 | -124100 | -112900",
   "LSS | 5100 | -83400 | -78300", "Individ- och familjeomsorg | 7900 | -60600 | -52700",
   "Administration omsorg | 0 | -9500 | -9500"])
q("calculation", "vad var hagfors genomsnittliga årsresultat 2019-2023?",
  "(12,4 + 34,8 + 41,2 + 18,6 + 25,9) / 5 = cirka 26,6 mnkr per år.", [n(26.6, "mnkr")], [HA],
  ["Årets resultat, mnkr 12,4 34,8 41,2 18,6 25,9", "2019 2020 2021 2022 2023"])
q("calculation", "Hur mycket ökar Torsbys totala borgensram för bolagen från 2024 till 2025, i tkr och procent?",
  "Från 402 000 till 420 000 tkr, en ökning med 18 000 tkr eller cirka 4,5 procent.", [n(18000, "tkr"), n(4.5, "%")],
  [TK], ["Summa | 402 000 | 420 000"])
q("calculation", "hur mkt ökar skatteintäkterna i hagfors från budget 2025 till plan 2027?",
  "Från 655,2 till 699,5 mnkr, en ökning med 44,3 mnkr.", [n(44.3, "mnkr")], [HB],
  ["Skatteintäkter 4 612,4 634,8 655,2 676,9 699,5", HB_RES_H])

# ---------------- lookup (5)
q("lookup", "vem är kommunstyrelsens ordförande i hagfors?",
  "Anna-Karin Lindqvist (S) är kommunstyrelsens ordförande.", [], [HB], ["Anna-Karin Lindqvist (S)", "Kommunstyrelsens ordförande"])
q("lookup", "Vem tog första spadtaget för Solgläntan i Torsby?",
  "Omsorgsnämndens ordförande Birgitta Nilsson (KD).", [], [TP],
  ["I dag tog omsorgsnämndens ordförande Birgitta Nilsson (KD) det första spadtaget för det nya särskilda boendet Solgläntan"])
q("lookup", "vilka reserverade sig mot budgetbeslutet i kommunstyrelsen i Hagfors i november 2024?",
  "Marcus Berg (M), Göran Falk (M) och Ingrid Lund (KD) reserverade sig till förmån för eget yrkande.", [], [HD],
  ["Reservation: Marcus Berg (M), Göran Falk (M) och Ingrid Lund (KD) reserverar sig mot beslutet till förmån för eget yrkande."])
q("lookup", "vad hände med motionen om gratis buss för de över 75 i torsby?",
  "Kommunfullmäktige avslog motionen (§ 101, 2024-11-25); Moderaternas ledamöter reserverade sig.", [], [TK],
  ["Beslut: Kommunfullmäktige avslår motionen.", "Motion om avgiftsfri kollektivtrafik för personer över 75 år"])
q("lookup", "När uppdaterades Hagfors sida om hur skatten används senast?",
  "Sidan uppdaterades senast 2025-01-14 (publicerad 2024-12-02).", [], [HH], ["Senast uppdaterad: 2025-01-14"])

# ---------------- text_amount (5)
q("text_amount", "hur mycket pengar avsätts till lekplatsen i råda?",
  "700 000 kronor avsätts i driftbudgeten till en ny lekplats i Råda.", [n(700000, "kr")], [HB],
  ["Utöver investeringsbudgeten avsätts 700 000 kronor i driftbudgeten till en ny lekplats i Råda."])
q("text_amount", "Vad beräknas kostnaderna för bemanningssjuksköterskor bli i Torsby 2024?",
  "De beräknas till 5,6 miljoner kronor 2024.", [n(5.6, "mnkr")], [TB],
  ["till 5,6 miljoner kronor."])
q("text_amount", "hur stort statsbidrag fick hagfors från boverket för skolgårdarna",
  "3,2 miljoner kronor för att rusta upp utemiljöer vid skolorna i Ekshärad och Sunnemo.", [n(3.2, "mnkr")], [HP],
  ["Kommunen har också beviljats 3,2 miljoner kronor i statsbidrag från Boverket för att rusta upp utemiljöer vid skolorna i Ekshärad och Sunnemo."])
q("text_amount", "hur mycket ska driftkostnaderna minska när solgläntan är klart?",
  "Driftkostnaderna beräknas minska med 4,5 miljoner kronor per år.", [n(4.5, "mnkr")], [TP],
  ["När Solgläntan står klart beräknas driftkostnaderna minska med 4,5 miljoner kronor per år"])
q("text_amount", "Vad kostade de externa placeringarna inom individ- och familjeomsorgen i Hagfors 2023?",
  "De kostade 14,2 miljoner kronor under 2023.", [n(14.2, "mnkr")], [HA],
  ["placeringar inom individ- och familjeomsorgen, som kostade 14,2 miljoner kronor under året."])

# ---------------- claim (5)
q("claim", "Stämmer det att Hagfors höjer kommunalskatten 2025?",
  "Nej. Skattesatsen lämnas oförändrad på 22,86 kronor 2025.", [n(22.86, "kr")], [HB],
  ["Skattesatsen  lämnas  oförändrad  på  22,86  kronor  per  skattekrona  2025."], verdict="contradicted")
q("claim", "Torsby höjer skatten med 25 öre till 22,61 kr nästa år?",
  "Ja. Fullmäktige fastställde skattesatsen för 2025 till 22,61 kronor, en höjning med 25 öre.", [n(22.61, "kr")], [TK],
  ["Beslut: Kommunfullmäktige fastställer skattesatsen för 2025 till 22,61 kronor per skattekrona, en höjning med 25 öre."],
  verdict="supported")
q("claim", "En lokalpolitiker påstår att socialnämnden i Hagfors måste spara 7,4 miljoner kronor 2025. Stämmer det?",
  "Nej. Socialnämnden ska minska kostnaderna med 4,7 miljoner kronor (utöver det generella effektiviseringskravet).",
  [n(4.7, "mnkr")], [HB], ["Socialnämnden ska därutöver minska sina kostnader med 4,7 miljoner kronor, främst genom"],
  verdict="contradicted")
q("claim", "jag har hört att torsby ska bygga ett nytt badhus för 90 miljoner, stämmer det?",
  "Det framgår inte av dokumenten; något badhus finns inte i Torsbys budget eller investeringsplan.", [], [], [],
  refused=True, verdict="not_found")
q("claim", "Torsbys delårsrapport visar att omsorgsnämnden går mot ett underskott på 14,3 miljoner 2024, eller hur?",
  "Ja. Omsorgsnämnden prognostiserar ett underskott på 14,3 miljoner kronor för 2024.", [n(-14.3, "mnkr")], [TD],
  ["Omsorgsnämnden 402,7 417,0 -14,3", "Omsorgsnämnden  prognostiserar  ett  underskott  på  14,3  miljoner  kronor,  främst  inom"],
  verdict="supported")

# ---------------- unanswerable (5)
q("unanswerable", "hur mycket får grundskolan i hagfors i plan 2027?",
  "Driftbudgeten per verksamhet i Hagfors visar bara budget 2024 och 2025; planramarna 2026–2027 per nämnd finns i en bilaga som inte ingår.",
  refused=True)
q("unanswerable", "Hur mycket investerar Torsby i Solgläntan under 2028?",
  "Investeringsbudgeten sträcker sig bara till 2027; 2028 redovisas inte.", refused=True)
q("unanswerable", "hur många elever går på klarälvsgymnasiet i hagfors?",
  "Dokumenten anger inget elevantal för Klarälvsgymnasiet.", refused=True)
q("unanswerable", "Vad var sjukfrånvaron i Torsby kommun 2019?",
  "Personalstatistiken omfattar bara 2020–2024; 2019 finns inte med.", refused=True)
q("unanswerable", "vad kostar avgiftsfri kollektivtrafik för personer över 75 år i Hagfors?",
  "Dokumenten om Hagfors tar inte upp någon sådan kostnad (motionen gällde Torsby).", refused=True)

# ---------------- multi_part (4)
q("multi_part", "hur många röstade för budgeten i torsbys fullmäktige och vilka partier reserverade sig?",
  "22 ledamöter röstade för kommunstyrelsens förslag (13 för S-förslaget, 2 avstod). Socialdemokraterna och Vänsterpartiet reserverade sig.",
  [n(22, "st")], [TK],
  ["Omröstning: Omröstning begärs. 22 ledamöter röstar för kommunstyrelsens förslag och 13 för Socialdemokraternas förslag.",
   "Reservation: Socialdemokraternas och Vänsterpartiets ledamöter reserverar sig mot beslutet till förmån för eget förslag."])
q("multi_part", "Hur stort tilläggsanslag fick simhallen i Hagfors för 2024, och hur länge är den stängd?",
  "Tilläggsanslaget är 1,8 mnkr för 2024, och simhallen hålls stängd till och med den 6 januari 2025.", [n(1.8, "mnkr")], [HD],
  ["Beslut: Kommunstyrelsen beviljar ett tilläggsanslag på 1,8 mnkr för 2024, att finansieras ur kommunstyrelsens reserv. Simhallen hålls stängd till och med den 6 januari 2025."])
q("multi_part", "hur många lägenheter blir det på solgläntan och vad kostar det totalt?",
  "60 lägenheter, och den totala kostnaden beräknas till 182 miljoner kronor.", [n(60, "st"), n(182, "mnkr")], [TP],
  ["Boendet får 60 lägenheter fördelade på sex avdelningar", "Den totala kostnaden beräknas till 182 miljoner kronor."])
q("multi_part", "Vad blev Hagfors årsresultat 2023 och hur hög var soliditeten?",
  "Årets resultat blev 25,9 mnkr och soliditeten 38,0 procent.", [n(25.9, "mnkr"), n(38.0, "%")], [HA],
  ["Årets resultat, mnkr 12,4 34,8 41,2 18,6 25,9", "Soliditet, % 33,1 35,0 37,4 37,9 38,0"])

# ---------------- multi_doc (5)
q("multi_doc", "vilken av kommunerna hagfors och torsby har högst kommunalskatt 2025?",
  "Hagfors: 22,86 kronor mot Torsbys 22,61 kronor, dvs. 25 öre högre.", [n(22.86, "kr"), n(22.61, "kr")], [HB, TB],
  ["Skattesatsen  lämnas  oförändrad  på  22,86  kronor  per  skattekrona  2025.",
   "Kommunalskatten  höjs  med  25  öre  till  22,61  kronor  per  skattekrona  från  och  med  2025."])
q("multi_doc", "Vilken kommun budgeterar det största resultatet för 2025, Hagfors eller Torsby?",
  "Torsby, med 22,4 mnkr mot Hagfors 21,6 mnkr.", [n(22.4, "mnkr"), n(21.6, "mnkr")], [HB, TB],
  ["Årets resultat 25,9 19,6 21,6 20,6 21,7", "Årets resultat 17,3 15,0 22,4 20,5 21,1"])
q("multi_doc", "hur mycket mer investerar torsby än hagfors 2025?",
  "Torsby 88,0 mnkr och Hagfors 52,6 mnkr, skillnad 35,4 mnkr.", [n(88.0, "mnkr"), n(52.6, "mnkr"), n(35.4, "mnkr")],
  [HB, TB], ["Summa nettoinvesteringar 52,6 55,1 22,3 130,0", "Summa investeringar 88,0 96,8 59,8"])
q("multi_doc", "hur mycket gick socialnämnden i hagfors back 2023, och hur mycket ska de spara i budgeten för 2025?",
  "Underskottet 2023 var 6,8 mnkr; 2025 ska nämnden minska kostnaderna med 4,7 mnkr.", [n(-6.8, "mnkr"), n(4.7, "mnkr")],
  [HA, HB], ["Socialnämnden 381,5 388,3 – 6,8",
             "Socialnämnden ska därutöver minska sina kostnader med 4,7 miljoner kronor, främst genom"])
q("multi_doc", "Hur mycket högre är omsorgsnämndens ram i Torsby 2025 jämfört med nämndens prognos för 2024 i delårsrapporten?",
  "Ramen 2025 är 421,8 mnkr och prognosen 2024 är 417,0 mnkr, alltså 4,8 mnkr högre.", [n(4.8, "mnkr")], [TB, TD],
  ["Omsorgsnämnden 402,7 421,8 433,5 444,9 36 774", "Omsorgsnämnden 402,7 417,0 -14,3"])

# ---------------- followup (4)
q("followup", "och plan 2027 då?", "I plan 2027 är skatteintäkterna 699,5 mnkr.", [n(699.5, "mnkr")], [HB],
  ["Skatteintäkter 4 612,4 634,8 655,2 676,9 699,5", HB_RES_H], history=["vad är skatteintäkterna i hagfors budget 2025?"])
q("followup", "och bildningsnämnden?", "Bildningsnämnden får 329,4 mnkr i budget 2025.", [n(329.4, "mnkr")], [TB],
  ["Bildningsnämnden 318,6 329,4 336,0 342,7 28 718", TB_DR_H], history=["hur stor ram får omsorgsnämnden i torsby 2025?"])
q("followup", "hur mycket minskade det jämfört med året innan?",
  "Befolkningen minskade med 64 personer till 11 380 invånare.", [n(64, "st")], [HA],
  ["Befolkningen minskade med 64 personer till 11 380 invånare."], history=["Hur många invånare hade Hagfors vid slutet av 2023?"])
q("followup", "hur stor är den sammanlagda ramen 2025?", "Borgensramarna uppgår sammanlagt till 420 000 tkr för 2025.",
  [n(420000, "tkr")], [TK], ["Summa | 402 000 | 420 000", "Bolag | Borgensram 2024, tkr | Borgensram 2025, tkr"],
  history=["vilka bolag har borgensram i torsby?"])

# ---------------- english (4)
q("english", "What is Torsby's budgeted result (årets resultat) for 2026 in Budget och plan 2025–2027?",
  "The planned result for 2026 is 20.5 million kronor (mnkr).", [n(20.5, "mnkr")], [TB],
  ["Årets resultat 17,3 15,0 22,4 20,5 21,1", TB_H1], lang="en")
q("english", "How much did Hagfors spend on äldreomsorg per inhabitant in 2023?",
  "Net cost for äldreomsorg was 21,507 kronor per inhabitant in 2023.", [n(21507, "kr")], [HX],
  ["Äldreomsorg | 19342 | 20118 | 21507 | 6,9", "Verksamhet | 2021 | 2022 | 2023 | Förändring 2022–2023, %"], lang="en")
q("english", "What is the total investment budget for Hagfors over 2025–2027?",
  "Total net investments for 2025–2027 are 130.0 mnkr (52.6 in 2025, 55.1 in 2026, 22.3 in 2027).", [n(130.0, "mnkr")],
  [HB], ["Summa nettoinvesteringar 52,6 55,1 22,3 130,0",
         "Projekt Nämnd Budget 2025 Plan 2026 Plan 2027 Summa 2025–2027"], lang="en")
q("english", "Who chaired the Torsby kommunfullmäktige meeting on 25 November 2024?",
  "Gunnel Persson (C) was the chair (ordförande).", [], [TK],
  ["Ordförande: Gunnel Persson (C). Sekreterare: Lisa Dahlqvist."], lang="en")


def main():
    out = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "dev", "muni_blind37.jsonl"))
    with open(out, "w", encoding="utf-8") as f:
        for i, item in enumerate(Q, 1):
            rec = {"id": f"mb37-{i:03d}", "corpus": C, **item}
            rec = {k: rec[k] for k in ("id", "corpus", "category", "language", "question", "history", "gold")}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(out, len(Q))


if __name__ == "__main__":
    main()
