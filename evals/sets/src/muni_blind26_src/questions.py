"""Writes ../muni_blind26.jsonl (the question set over evals/corpora/blind-muni26)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "dev", "muni_blind26.jsonl")
C = "evals/corpora/blind-muni26"
KB = f"{C}/kungsor/mal-och-budget-2025-2027.pdf"
KA = f"{C}/kungsor/arsredovisning-2023.pdf"
KH = f"{C}/kungsor/sa-anvands-din-skatt.html"
KD = f"{C}/kungsor/protokoll-kf-2024-11-25.docx"
KX = f"{C}/kungsor/nyckeltal-2019-2024.xlsx"
KP = f"{C}/kungsor/pressmeddelande-forskola-vastergarden.md"
VB = f"{C}/vilhelmina/budget-2025-verksamhetsplan-2026-2027.pdf"
VD = f"{C}/vilhelmina/delarsrapport-jan-aug-2024.pdf"
VH = f"{C}/vilhelmina/finansiell-information.html"
VW = f"{C}/vilhelmina/protokoll-socialnamnden-2024-09-24.docx"
VX = f"{C}/vilhelmina/driftbudget-2025-per-verksamhet.xlsx"
VP = f"{C}/vilhelmina/pressmeddelande-raddningsstation-dikanas.txt"

KB_DRIFT_H = "Nettokostnad, mnkr 2023 2024 2025 2026 2027 mnkr % invånare 2025"
KB_RES_H = "Belopp i mnkr 2023 2024 2024 2025 2026 2027"
VB_RES_H = "mnkr 2023 2024 2024 2025 2026 2027"
VB_DRIFT_H = "tkr Utfall 2023 Budget 2024 Prognos 2024 Budget 2025 2026 2027"
VX_H = "Verksamhet | Intäkter | Kostnader | Nettokostnad"
VXB_H = "År | Folkmängd 31 dec | Födda | Döda | Inflyttade | Utflyttade"
KX_H = ("År | Invånare 31 dec | Skattesats, kr | Skatteintäkter och statsbidrag | Årets resultat | "
        "Nettoinvesteringar | Soliditet, % | Långfristiga skulder")


def N(v, u):
    return {"value": v, "unit": u}


Q = []


def q(cat, question, answer, numbers=(), docs=(), quotes=(), refused=False, verdict=None, history=(), lang="sv"):
    Q.append({"category": cat, "language": "en" if cat == "english" else lang, "question": question,
              "history": list(history),
              "gold": {"answer": answer, "numbers": list(numbers), "docs": list(docs), "quotes": list(quotes),
                       "refused": refused, "verdict": verdict}})


# ---------------------------------------------------------------- table_lookup (9)
q("table_lookup", "hur mkt är budgeten för vård- och omsorgsnämnden 2026 i kungsör?",
  "Enligt planen för 2026 är vård- och omsorgsnämndens nettokostnad 221,8 mnkr.",
  [N(221.8, "mnkr")], [KB], ["Vård- och omsorgsnämnden 201,7 205,3 214,5 221,8 229,4 9,2 4,5 24 798", KB_DRIFT_H])
q("table_lookup", "Hur mycket pengar räknar Kungsörs kommun med att ha i kassa och bank vid slutet av 2025 enligt balansbudgeten?",
  "Kassa och bank beräknas till 18,5 mnkr vid utgången av 2025 (budget 2025).",
  [N(18.5, "mnkr")], [KB], ["Kassa och bank 41,6 22,4 18,5 20,1 24,3", "Belopp i mnkr 2023 2024 2025 2026 2027"])
q("table_lookup", "vad kostar ombyggnaden av björkbacken 2026 enligt vilhelminas investeringsbudget",
  "Ombyggnaden av särskilt boende Björkbacken har 8 000 tkr i plan för 2026.",
  [N(8000, "tkr")], [VB], ["Ombyggnad särskilt boende Björkbacken 3 500 8 000 6 000 0 0 17 500",
                           "Projekt, tkr 2025 2026 2027 2028 2029 2025–2029"])
q("table_lookup", "Vilhelmina delårsrapport: hur stora var skatteintäkterna jan-aug 2024?",
  "Skatteintäkterna uppgick till 221,9 mnkr under januari–augusti 2024.",
  [N(221.9, "mnkr")], [VD], ["Skatteintäkter 3 221,9 212,0 331,4 333,1 -1,7",
                             "mnkr jan–aug 2024 jan–aug 2023 helår 2024 helår 2024 helår"])
q("table_lookup", "hur många kronor av varje hundralapp i skatt går till individ- och familjenämnden i kungsör?",
  "8,5 kronor av varje 100 kronor i skatt går till Individ- och familjenämnden (2025).",
  [N(8.5, "kr")], [KH], ["Individ- och familjenämnden | 8,5"])
q("table_lookup", "Vad är prognosen för hemtjänsten 2024 i socialnämndens protokoll från Vilhelmina?",
  "Hemtjänsten prognostiseras till 56 500 tkr för 2024, mot en budget på 54 200 tkr (avvikelse -2 300 tkr).",
  [N(56500, "tkr")], [VW], ["Hemtjänst | 54 200 | 56 500 | -2 300",
                            "Verksamhet | Budget 2024 (tkr) | Prognos 2024 (tkr) | Avvikelse (tkr)"])
q("table_lookup", "hur många invånare hade kungsör 31 dec 2020",
  "Kungsör hade 8 527 invånare den 31 december 2020.",
  [N(8527, "st")], [KX], ["2020 | 8527 | 22,21 | 590,4 | 21,7 | 39,2 | 45,1 | 205,5", KX_H])
q("table_lookup", "Vad har Vilhelmina budgeterat för intäkter inom räddningstjänsten 2025?",
  "Räddningstjänsten har 2 100 tkr i intäkter i driftbudgeten 2025 (kostnader 16 900 tkr, nettokostnad 14 800 tkr).",
  [N(2100, "tkr")], [VX], ["Räddningstjänst | 2100 | 16900 | 14800", VX_H])
q("table_lookup", "vilhelmina nettoinvesteringar 2022?",
  "Nettoinvesteringarna i Vilhelmina var 41,5 mnkr 2022.",
  [N(41.5, "mnkr")], [VH], ["Nettoinvesteringar, mnkr | 28,7 | 41,5 | 33,9", "Nyckeltal | 2021 | 2022 | 2023"])

# ---------------------------------------------------------------- calculation (9)
q("calculation", "hur mycket mer får barn- och utbildningsnämnden i kungsör 2025 jämfört med vad de gjorde av med 2023?",
  "Budget 2025 är 262,7 mnkr och bokslutet 2023 var 246,3 mnkr, alltså 16,4 mnkr mer.",
  [N(16.4, "mnkr")], [KB], ["Barn- och utbildningsnämnden 246,3 254,1 262,7 268,9 275,2 8,6 3,4 30 370", KB_DRIFT_H])
q("calculation", "Hur stor andel av Kungsörs investeringar 2025 är taxefinansierade (VA och avfall)?",
  "Taxefinansierad verksamhet har 20,5 mnkr av totalt 75,5 mnkr 2025, vilket är cirka 27,2 procent.",
  [N(27.2, "%")], [KB], ["Summa taxefinansierad verksamhet 20,5 23,8 34,6 78,9",
                         "Totalt investeringar 75,5 66,2 58,6 200,3"])
q("calculation", "hur stor andel av nämndernas budget i vilhelmina 2025 går till socialnämnden?",
  "Socialnämnden har 238 900 tkr av summa nämnder 557 700 tkr 2025, cirka 42,8 procent.",
  [N(42.8, "%")], [VB], ["Socialnämnden 221 700 226 400 232 300 238 900 244 100 249 800",
                         "Summa nämnder 524 200 535 900 541 900 557 700 568 700 581 300", VB_DRIFT_H])
q("calculation", "Med hur många procent ökar Vilhelminas skatteintäkter från budget 2024 till budget 2025?",
  "Skatteintäkterna ökar från 333,1 mnkr (budget 2024) till 345,6 mnkr (budget 2025), en ökning med 12,5 mnkr eller cirka 3,8 procent.",
  [N(3.8, "%")], [VB], ["Skatteintäkter 318,2 333,1 331,4 345,6 356,8 368,9", VB_RES_H])
q("calculation", "hur mycket ökade vilhelminas nettokostnader jan-aug 2024 jämfört med samma period 2023, i procent?",
  "Nettokostnaderna ökade från 312,7 mnkr till 327,8 mnkr, alltså med 15,1 mnkr eller cirka 4,8 procent.",
  [N(4.8, "%")], [VD], ["Verksamhetens nettokostnader -327,8 -312,7 -551,1 -545,7 -5,4",
                        "mnkr jan–aug 2024 jan–aug 2023 helår 2024 helår 2024 helår"])
q("calculation", "Vad var Kungsörs genomsnittliga årsresultat 2019–2023?",
  "Resultaten var 8,4, 21,7, 25,3, 10,2 och 12,9 mnkr, i genomsnitt 15,7 mnkr per år.",
  [N(15.7, "mnkr")], [KX], ["2019 | 8480 | 22,21 | 561,2 | 8,4 | 48,6 | 43,8 | 214",
                            "2020 | 8527 | 22,21 | 590,4 | 21,7 | 39,2 | 45,1 | 205,5",
                            "2021 | 8542 | 22,21 | 612,8 | 25,3 | 44,7 | 46 | 221,3",
                            "2022 | 8571 | 22,21 | 605,9 | 10,2 | 58,9 | 41,9 | 251,9",
                            "2023 | 8612 | 22,21 | 647 | 12,9 | 61,3 | 41,1 | 273,7", KX_H])
q("calculation", "hur stor del av socialnämndens nettokostnad 2025 är hemtjänsten i vilhelmina, enligt excelfilen med driftbudget per verksamhet?",
  "Hemtjänsten har 57 900 tkr av socialnämndens 238 900 tkr (summan av nämndens verksamheter), cirka 24,2 procent.",
  [N(24.2, "%")], [VX], ["Administration | 300 | 9400 | 9100",
                         "Särskilt boende | 21400 | 124000 | 102600",
                         "Hemtjänst | 8700 | 66600 | 57900",
                         "Individ- och familjeomsorg | 4100 | 37900 | 33800",
                         "LSS och socialpsykiatri | 19600 | 55100 | 35500", VX_H])
q("calculation", "Hur stort var det sammanlagda underskottet 2023 för de nämnder i Kungsör som gick över budget?",
  "Vård- och omsorgsnämnden (-5,2), Individ- och familjenämnden (-3,1) och Barn- och utbildningsnämnden (-1,3) gick över budget, sammanlagt 9,6 mnkr.",
  [N(9.6, "mnkr")], [KA], ["Vård- och omsorgsnämnden 196,5 201,7 -5,2", "Individ- och familjenämnden 54,8 57,9 -3,1",
                           "Barn- och utbildningsnämnden 245,0 246,3 -1,3",
                           "Nämnd (mnkr) Budget 2023 Utfall 2023 Avvikelse"])
q("calculation", "hur många fler flyttade ut än in i vilhelmina sammanlagt 2019-2023?",
  "Inflyttade 2019–2023 var 1 566 och utflyttade 1 610, alltså 44 fler utflyttade än inflyttade.",
  [N(44, "st")], [VX], ["2019 | 6850 | 63 | 97 | 310 | 322", "2020 | 6803 | 55 | 102 | 298 | 298",
                        "2021 | 6771 | 61 | 95 | 335 | 333", "2022 | 6722 | 58 | 91 | 322 | 338",
                        "2023 | 6658 | 52 | 98 | 301 | 319", VXB_H])

# ---------------------------------------------------------------- lookup (5)
q("lookup", "vem är kommunstyrelsens ordförande i kungsör",
  "Marie Ekholm (S) är kommunstyrelsens ordförande i Kungsör.",
  [], [KB], ["Marie Ekholm (S), kommunstyrelsens ordförande"])
q("lookup", "Vem i Kungsörs fullmäktige yrkade bifall till Moderaternas budgetförslag?",
  "Lars Wennerholm (M) yrkade bifall till Moderaternas budgetförslag, som innebar en skattesänkning med 10 öre till 22,11 kronor.",
  [], [KD], ["Lars Wennerholm (M) yrkar bifall till Moderaternas budgetförslag"])
q("lookup", "när ska nya räddningsstationen i dikanäs vara klar?",
  "Den ska vara klar i november 2025 (byggstart i maj).",
  [], [VP], ["Klar: november 2025"])
q("lookup", "vem reserverade sig mot beslutet om tilläggsanslag i socialnämnden i vilhelmina?",
  "Erik Nordin (V) reserverade sig till förmån för sitt eget yrkande om tilläggsanslag för hela underskottet.",
  [], [VW], ["Erik Nordin (V) reserverar sig mot beslutet till förmån för eget yrkande."])
q("lookup", "Vilket företag ska bygga förskolan i Västergården i Kungsör?",
  "Mälardalens Byggservice AB vann upphandlingen.",
  [], [KP], ["Upphandlingen blev klar i december och vanns av Mälardalens Byggservice AB."])

# ---------------------------------------------------------------- text_amount (5)
q("text_amount", "hur mycket ska vård och omsorg effektivisera 2025 i kungsör?",
  "Vård- och omsorgsnämnden ska effektivisera 1,6 miljoner kronor 2025.",
  [N(1.6, "mnkr")], [KB], ["Vård- och omsorgsnämnden ska effektivisera 1,6 miljoner kronor"])
q("text_amount", "Hur mycket extra satsar Vilhelmina på hemtjänsten i fjällbyarna?",
  "Socialnämnden får ett tillskott på 2,4 miljoner kronor för hemtjänsten i de västra fjällbyarna.",
  [N(2.4, "mnkr")], [VB], ["Socialnämnden får ett tillskott på 2,4 miljoner kronor för hemtjänsten i"])
q("text_amount", "hur mkt lägre blev räntekostnaderna än budget i vilhelmina enl delårsrapporten",
  "Räntekostnaderna blev 400 000 kronor lägre än budgeterat.",
  [N(400000, "kr")], [VD], ["Räntekostnaderna blev 400 000 kronor lägre än budgeterat."])
q("text_amount", "Vad skulle gratis kollektivtrafik för pensionärer kosta Kungsörs kommun enligt SD:s motion?",
  "Kostnaden beräknades till cirka 380 000 kronor per år. Fullmäktige avslog motionen.",
  [N(380000, "kr")], [KD], ["Kostnaden har beräknats till cirka 380 000 kronor per år."])
q("text_amount", "hur mycket bidrag fick vilhelmina från msb för räddningsstationen",
  "Kommunen har fått 1,2 miljoner kronor i bidrag från MSB.",
  [N(1.2, "mnkr")], [VP], ["Kommunen har fått 1,2 miljoner kronor i bidrag från Myndigheten för samhällsskydd och beredskap (MSB)"])

# ---------------------------------------------------------------- multi_doc (5)
q("multi_doc", "vilken av kommunerna kungsör och vilhelmina har högst kommunalskatt 2025?",
  "Vilhelmina har högst kommunalskatt, 22,85 kronor, mot Kungsörs 22,21 kronor; skillnaden är 0,64 kronor.",
  [N(22.85, "kr"), N(22.21, "kr"), N(0.64, "kr")], [KH, VH],
  ["Kommunalskatt Kungsör | 22,21 | 22,21", "Skattesatsen är oförändrad, 22,85 kronor."])
q("multi_doc", "Förskolan i Västergården i Kungsör – hur mycket var budgeterat för den och vad beräknas den kosta nu?",
  "I investeringsbudgeten har förskolan 32,0 mnkr (18,0 mnkr 2025 och 14,0 mnkr 2026). Enligt pressmeddelandet beräknas den nu kosta 34,5 miljoner kronor, 2,5 miljoner mer.",
  [N(32.0, "mnkr"), N(34.5, "mnkr")], [KB, KP],
  ["Ny förskola Västergården 18,0 14,0 0,0 32,0", "Den totala kostnaden beräknas nu till 34,5 miljoner kronor"])
q("multi_doc", "Vilken kommun budgeterar det största resultatet för 2025, Kungsör eller Vilhelmina?",
  "Kungsör budgeterar 10,4 mnkr och Vilhelmina 6,5 mnkr, så Kungsör har det största budgeterade resultatet (3,9 mnkr mer).",
  [N(10.4, "mnkr"), N(6.5, "mnkr")], [KB, VB],
  ["Vi budgeterar ett resultat på 10,4", "Budgeten för 2025 visar ett resultat på 6,5 miljoner kronor."])
q("multi_doc", "vård- och omsorgsnämnden i kungsör: vad var budgeten 2023 och vad är den 2025, hur mycket har ramen ökat?",
  "Budget 2023 var 196,5 mnkr och budget 2025 är 214,5 mnkr, en ökning med 18,0 mnkr.",
  [N(196.5, "mnkr"), N(214.5, "mnkr"), N(18.0, "mnkr")], [KA, KB],
  ["Vård- och omsorgsnämnden 196,5 201,7 -5,2", "Vård- och omsorgsnämnden 201,7 205,3 214,5 221,8 229,4 9,2 4,5 24 798"])
q("multi_doc", "Vilken av kommunerna investerar mest per invånare 2025, Kungsör eller Vilhelmina?",
  "Kungsör: 75,5 mnkr på 8 650 invånare, ca 8 728 kr per invånare. Vilhelmina: 45,5 mnkr på 6 600 invånare, ca 6 894 kr per invånare. Kungsör investerar mest per invånare.",
  [N(8728, "kr"), N(6894, "kr")], [KB, VB],
  ["Investeringsbudgeten för 2025 uppgår till 75,5 miljoner kronor.", "Kr per invånare är beräknat på 8 650 invånare",
   "Totalt investerar vi 45,5 miljoner kronor under 2025.", "Budgeten bygger på 6 600 invånare."])

# ---------------------------------------------------------------- claim (5)
q("claim", "Stämmer det att Kungsör behåller skattesatsen 22,21 kr även 2025?",
  "Ja, det stämmer. Skattesatsen lämnas oförändrad på 22,21 kronor.",
  [N(22.21, "kr")], [KB], ["Skattesatsen lämnas oförändrad på 22,21 kronor per skattekrona."], verdict="supported")
q("claim", "jag har hört att kungsörs budget för 2025 visar ett underskott på 8,6 miljoner",
  "Nej. Budgeten för 2025 visar ett överskott på 10,4 mnkr. -8,6 mnkr är prognosen för 2024.",
  [N(10.4, "mnkr")], [KB], ["Vi budgeterar ett resultat på 10,4",
                            "pekar prognosen för 2024 på ett resultat på -8,6 miljoner"], verdict="contradicted")
q("claim", "Vilhelminas socialnämnd begärde tilläggsanslag för hela underskottet på 5,9 miljoner, eller hur?",
  "Nej. Nämnden beslutade att begära ett tilläggsanslag på 3 000 tkr; resterande 2 900 tkr ska hanteras med egna åtgärder. Förslaget om hela underskottet (V) avslogs.",
  [N(3000, "tkr")], [VW], ["Socialnämnden beslutar enligt förvaltningens förslag att begära ett tilläggsanslag på 3 000 tkr hos kommunstyrelsen."],
  verdict="contradicted")
q("claim", "En lokaltidning skriver att Vilhelmina kommun ska sälja flygplatsen till ett privat bolag 2026. Stämmer det?",
  "Dokumenten säger ingenting om någon försäljning av flygplatsen.",
  refused=True, verdict="not_found")
q("claim", "Kungsörs kommun hade 712 tillsvidareanställda vid slutet av 2023?",
  "Ja, det stämmer. Den 31 december 2023 hade kommunen 712 tillsvidareanställda.",
  [N(712, "st")], [KA], ["Antal tillsvidareanställda 31 dec 712 698 691"], verdict="supported")

# ---------------------------------------------------------------- unanswerable (5)
q("unanswerable", "Vad är Kungsörs budget för kultur- och fritidsnämnden 2028?",
  "Budgeten sträcker sig bara till plan 2027; för 2028 finns ingen uppgift.", refused=True)
q("unanswerable", "hur många elever går på malgomajskolan i vilhelmina?",
  "Dokumenten anger inte antalet elever på Malgomajskolan.", refused=True)
q("unanswerable", "Hur mycket av Kungsörs investeringsbudget 2025 går till den nya idrottshallen?",
  "Det finns ingen idrottshall i Kungsörs investeringsbudget.", refused=True)
q("unanswerable", "vad var sjukfrånvaron bland kungsörs anställda 2024?",
  "Dokumenten anger sjukfrånvaro för 2021–2023 och ett målvärde för 2025, men inte utfallet för 2024.", refused=True)
q("unanswerable", "Hur mycket betalar Vilhelmina kommun till Region Västerbotten för kollektivtrafiken 2025?",
  "Dokumenten redovisar bara kollektivtrafik och flygplats tillsammans; ersättningen till regionen anges inte.", refused=True)

# ---------------------------------------------------------------- multi_part (4)
q("multi_part", "hur många röstade ja och nej till budgeten i kungsörs kf, och vilka partier reserverade sig?",
  "Budgeten antogs med 19 ja-röster mot 12 nej-röster. Moderaterna och Sverigedemokraterna reserverade sig.",
  [N(19, "st"), N(12, "st")], [KD],
  ["Med 19 ja-röster mot 12 nej-röster beslutar kommunfullmäktige enligt kommunstyrelsens förslag.",
   "Ledamöterna för Moderaterna reserverar sig mot beslutet till förmån för eget förslag.",
   "Ledamöterna för Sverigedemokraterna reserverar sig mot beslutet med en skriftlig reservation"])
q("multi_part", "Vad är skattesatsen i Vilhelmina och hur många invånare bygger budgeten 2025 på?",
  "Skattesatsen är 22,85 kronor och budgeten bygger på 6 600 invånare.",
  [N(22.85, "kr"), N(6600, "st")], [VB],
  ["Skattesatsen ligger kvar på 22,85 kronor.", "Budgeten bygger på 6 600 invånare."])
q("multi_part", "kungsörs årsredovisning 2023: vad blev årets resultat och hur mycket bättre än budget var det?",
  "Årets resultat blev 12,9 miljoner kronor, 6,9 miljoner kronor bättre än budget (budget 6,0 mnkr).",
  [N(12.9, "mnkr"), N(6.9, "mnkr")], [KA],
  ["vi redovisa ett resultat på 12,9 miljoner kronor, vilket är 6,9 miljoner kronor"])
q("multi_part", "Hur många månadsavlönade hade Vilhelmina kommun i slutet av augusti 2024, och hur hög var sjukfrånvaron?",
  "Kommunen hade 812 månadsavlönade medarbetare den 31 augusti 2024, och sjukfrånvaron var 6,9 procent för perioden (7,3 procent året innan).",
  [N(812, "st"), N(6.9, "%")], [VD],
  ["hade kommunen 812 månadsavlönade medarbetare", "perioden var 6,9 procent, jämfört med 7,3 procent samma period föregående år."])

# ---------------------------------------------------------------- followup (4)
q("followup", "och plan 2027 då?",
  "Kommunstyrelsen har 81,9 mnkr i plan för 2027.",
  [N(81.9, "mnkr")], [KB], ["Kommunstyrelsen 71,8 74,9 78,4 80,1 81,9 3,5 4,7 9 064", KB_DRIFT_H],
  history=["vad är kungsörs budget för kommunstyrelsen 2025?"])
q("followup", "hur mycket blir kommunens egen kostnad efter bidraget?",
  "Efter bidraget på 1,2 miljoner från MSB blir kommunens nettokostnad 5,3 miljoner kronor.",
  [N(5.3, "mnkr")], [VP], ["vilket innebär att kommunens nettokostnad blir 5,3 miljoner kronor."],
  history=["Hur mycket investerar Vilhelmina i nya räddningsstationen i Dikanäs?"])
q("followup", "och särskilt boende?",
  "Särskilt boende har en nettokostnad på 102 600 tkr i driftbudgeten 2025.",
  [N(102600, "tkr")], [VX], ["Särskilt boende | 21400 | 124000 | 102600", VX_H],
  history=["vad kostar hemtjänsten netto i vilhelmina 2025?"])
q("followup", "vad blir det totalt då?",
  "Den totala skattesatsen i Kungsör är 33,09 kronor (22,21 kommunalskatt plus 10,88 regionskatt).",
  [N(33.09, "kr")], [KH], ["Total skattesats | 33,09 | 33,09"],
  history=["Vad är Kungsörs kommunalskatt 2025?", "och regionskatten?"])

# ---------------------------------------------------------------- english (4)
q("english", "What is the budgeted result for Vilhelmina municipality in 2026 according to the Budget 2025 och verksamhetsplan 2026–2027?",
  "The plan for 2026 shows a result (årets resultat) of SEK 7.9 million.",
  [N(7.9, "mnkr")], [VB], ["Årets resultat 8,9 5,5 6,3 6,5 7,9 9,7", VB_RES_H])
q("english", "How much money does Kungsör's Kultur- och fritidsnämnden get for longer opening hours at the library and youth centre?",
  "It gets SEK 700,000 for extended opening hours at the library and the youth centre (fritidsgård).",
  [N(700000, "kr")], [KB], ["Kultur- och fritidsnämnden: 700 000 kronor för utökade öppettider på bibliotek och fritidsgård."])
q("english", "What was Kungsör's soliditet (equity ratio) in 2022 according to the nyckeltal spreadsheet?",
  "The equity ratio was 41.9% in 2022.",
  [N(41.9, "%")], [KX], ["2022 | 8571 | 22,21 | 605,9 | 10,2 | 58,9 | 41,9 | 251,9", KX_H])
q("english", "By how much did Vilhelmina's population fall in 2023, and how many babies were born that year?",
  "The population fell by 64, from 6,722 to 6,658 people, and 52 children were born in 2023.",
  [N(64, "st"), N(52, "st")], [VX], ["2023 | 6658 | 52 | 98 | 301 | 319", "2022 | 6722 | 58 | 91 | 322 | 338", VXB_H])

# ---------------------------------------------------------------- order and write
import random
rnd = random.Random(26)
rnd.shuffle(Q)
with open(OUT, "w", encoding="utf-8") as f:
    for i, item in enumerate(Q, 1):
        obj = {"id": f"mb26-{i:03d}", "corpus": C}
        obj.update(item)
        obj = {k: obj[k] for k in ("id", "corpus", "category", "language", "question", "history", "gold")}
        f.write(json.dumps(obj, ensure_ascii=False) + "\n")
print(len(Q), "questions written to", os.path.abspath(OUT))
