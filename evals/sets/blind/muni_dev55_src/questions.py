#!/usr/bin/env python3
"""Writes ../muni_dev55.jsonl (questions over evals/corpora/dev-muni55)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "muni_dev55.jsonl")
CORPUS = "evals/corpora/dev-muni55"
S = CORPUS + "/svalov/"
O = CORPUS + "/osby/"
SB = S + "mal-och-budget-2025-plan-2026-2027.pdf"
SA = S + "arsredovisning-2023.pdf"
SH = S + "sa-anvands-din-skatt.html"
SD = S + "protokoll-kommunstyrelsen-2024-10-28.docx"
SX = S + "befolkningsstatistik-2019-2024.xlsx"
SP = S + "pressmeddelande-2025-03-12-bokslut-2024.md"
OB = O + "budget-2025-plan-2026-2027.pdf"
OD = O + "delarsrapport-jan-aug-2024.pdf"
OH = O + "ekonomi-och-finansiell-information.html"
OW = O + "protokoll-barn-och-utbildningsnamnden-2024-09-17.docx"
OX = O + "driftbudget-2025-per-verksamhet.xlsx"
OP = O + "pressmeddelande-2024-11-19-budget-2025.txt"

SB_RB_H = "Not 2023 2024 2025 2026 2027"
SB_INV_H = "Projekt 2025 2026 2027 2025–2027"
SB_DRIFT_H = "Nämnd 2024 2025 mnkr % 2025"
OB_RB_H = "Belopp i mnkr Not 2023 2024 2025 2026 2027"
OB_DRIFT_H = "Nämnd Budget 2024 Budget 2025 Plan 2026 Plan 2027 2024–2025"


def n(v, u):
    return {"value": v, "unit": u}


def Q(cat, q, answer, numbers=(), docs=(), quotes=(), lang="sv", history=(), refused=False, verdict=None):
    return {"category": cat, "language": lang, "question": q, "history": list(history),
            "gold": {"answer": answer, "numbers": list(numbers), "docs": list(docs), "quotes": list(quotes),
                     "refused": refused, "verdict": verdict}}


QS = [
    # ---------------- table_lookup (9)
    Q("table_lookup", "hur mkt får bildningsnämnden i svalöv i budget 2025?",
      "Bildningsnämnden i Svalöv har en budget (nettokostnad) på 428,4 mnkr för 2025, upp från 412,7 mnkr 2024.",
      [n(428.4, "mnkr")], [SB], ["Bildningsnämnden 412,7 428,4 15,7 3,8 % 29 586", SB_DRIFT_H]),
    Q("table_lookup", "Vilka skatteintäkter räknar Osby kommun med i planen för 2027?",
      "Osby räknar med skatteintäkter på 738,6 mnkr 2027 (plan).",
      [n(738.6, "mnkr")], [OB], ["Skatteintäkter 4 624,9 651,0 690,3 714,1 738,6", OB_RB_H]),
    Q("table_lookup", "vad är budgeterat för gång och cykelvägen svalöv-röstånga nästa år (2025)",
      "Gång- och cykelvägen Svalöv–Röstånga har 12 500 tkr i budget 2025 (och 4 000 tkr 2026, totalt 16 500 tkr).",
      [n(12500, "tkr")], [SB], ["Gång- och cykelväg Svalöv–Röstånga 12 500 4 000 0 16 500", SB_INV_H]),
    Q("table_lookup", "Vilken ram har tekniska nämnden i Osby i plan 2027?",
      "Tekniska nämnden i Osby har 26 300 tkr i plan 2027.",
      [n(26300, "tkr")], [OB], ["Tekniska nämnden 24 300 25 100 25 700 26 300 800", OB_DRIFT_H]),
    Q("table_lookup", "vad blev utfallet för kommunstyrelsen i svalöv 2023 enligt årsredovisningen",
      "Kommunstyrelsens nettokostnad 2023 blev 91,8 mnkr mot en budget på 94,2 mnkr, ett överskott på 2,4 mnkr.",
      [n(91.8, "mnkr")], [SA], ["Kommunstyrelsen 94,2 91,8 2,4", "Nämnd 2023 2023 2023"]),
    Q("table_lookup", "hur många flyttade ut från svalövs kommun 2022?",
      "723 personer flyttade ut från Svalövs kommun 2022.",
      [n(723, "st")], [SX], ["2022 | 14356 | 143 | 152 | 801 | 723 | -9 | 78",
                             "År | Folkmängd | Födda | Döda | Inflyttade | Utflyttade | Födelseöverskott | Flyttnetto"]),
    Q("table_lookup", "Hur stora intäkter har äldreomsorgen i Osby i driftbudgeten 2025?",
      "Äldreomsorgen i Osby har intäkter på 38 200 tkr i budget 2025 (kostnader 209 600 tkr, netto 171 400 tkr).",
      [n(38200, "tkr")], [OX], ["Socialnämnden | Äldreomsorg | 38200 | -209600 | -171400",
                                "Nämnd | Verksamhet | Intäkter | Kostnader | Netto"]),
    Q("table_lookup", "vad var låneskulden i osby 2022",
      "Osby kommuns låneskuld var 281,5 mnkr 2022.",
      [n(281.5, "mnkr")], [OH], ["Låneskuld, mnkr | 248,0 | 281,5 | 302,0", "Nyckeltal | 2021 | 2022 | 2023"]),
    Q("table_lookup", "hur många platser har förskolan regnbågen i osby och hur många behövs 2026?",
      "Regnbågen i Osby har 96 platser 2024; behovet 2026 beräknas till 84 platser.",
      [n(96, "st"), n(84, "st")], [OW], ["Regnbågen | Osby | 96 | 84", "Förskola | Ort | Platser 2024 | Behov 2026"]),

    # ---------------- calculation (9)
    Q("calculation", "Hur mycket lägre är Svalövs budgeterade resultat 2025 jämfört med bokslutet 2023?",
      "Resultatet 2025 är budgeterat till 19,8 mnkr mot 25,3 mnkr i bokslut 2023, alltså 5,5 mnkr lägre.",
      [n(5.5, "mnkr")], [SB], ["Årets resultat 25,3 16,7 19,8 23,3 28,0", SB_RB_H]),
    Q("calculation", "hur stor andel av nämndernas ramar 2025 går till bun i osby, i procent?",
      "Barn- och utbildningsnämnden får 414 200 tkr av nämndernas totalt 886 310 tkr 2025, dvs. cirka 46,7 %.",
      [n(46.7, "%")], [OB], ["Barn- och utbildningsnämnden 398 600 414 200 424 800 435 100 15 600",
                             "Summa nämnder 848 540 886 310 909 570 932 230 37 770", OB_DRIFT_H]),
    Q("calculation", "Hur stor del av Svalövs investeringar 2025 är den nya förskolan i Teckomatorp (procent)?",
      "Förskolan i Teckomatorp har 28 500 tkr av totalt 123 200 tkr 2025, vilket är cirka 23,1 %.",
      [n(23.1, "%")], [SB], ["Ny förskola Teckomatorp 28 500 14 000 0 42 500",
                             "Totalt investeringar 123 200 115 900 98 400 337 500", SB_INV_H]),
    Q("calculation", "med hur många procent ökade befolkningen i osby mellan 2019 och 2023?",
      "Från 13 010 invånare 2019 till 13 196 invånare 2023, en ökning med 186 personer eller cirka 1,4 %.",
      [n(1.4, "%")], [OX], ["2019 | 13010 | 22,21 | 55870 | 9,6 | 41,2", "2023 | 13196 | 22,21 | 61240 | 15,9 | 57,3",
                            "År | Invånare 31 dec | Skattesats | Nettokostnad per invånare | Årets resultat | Nettoinvesteringar"]),
    Q("calculation", "hur många barn föddes i snitt per år i svalöv 2019-2024",
      "Sammanlagt föddes 900 barn 2019–2024 (151, 158, 149, 143, 152 och 147), i genomsnitt 150 per år.",
      [n(150, "st")], [SX], ["2019 | 14098 | 151 | 139 | 812 | 747 | 12 | 65", "2020 | 14201 | 158 | 147 | 835 | 743 | 11 | 92",
                             "2021 | 14287 | 149 | 141 | 790 | 712 | 8 | 78", "2022 | 14356 | 143 | 152 | 801 | 723 | -9 | 78",
                             "2023 | 14412 | 152 | 149 | 768 | 715 | 3 | 53", "2024 | 14463 | 147 | 144 | 779 | 731 | 3 | 48"]),
    Q("calculation", "Hur stor andel av de budgeterade skatteintäkterna för 2024 hade Osby fått in efter augusti?",
      "Skatteintäkterna jan–aug 2024 var 433,9 mnkr av budgeterade 651,0 mnkr för helåret, cirka 66,7 %.",
      [n(66.7, "%")], [OD], ["Skatteintäkter 433,9 416,6 651,0 650,2", "Mnkr jan–aug 2024 jan–aug 2023 2024 2024"]),
    Q("calculation", "svalöv så används din skatt: hur många mnkr går till skola och vård/omsorg sammanlagt?",
      "Förskola och skola 428,4 mnkr plus vård och omsorg 352,6 mnkr blir 781,0 mnkr (82 kronor av varje hundralapp).",
      [n(781.0, "mnkr")], [SH], ["Förskola och skola | Bildningsnämnden | 45 | 428,4", "Vård och omsorg | Socialnämnden | 37 | 352,6"]),
    Q("calculation", "Hur många procent ökar kommunstyrelsens ram i Osby från budget 2024 till plan 2027?",
      "Från 108 300 tkr till 117 900 tkr, en ökning med 9 600 tkr eller cirka 8,9 %.",
      [n(8.9, "%")], [OB], ["Kommunstyrelsen 108 300 112 900 115 400 117 900 4 600", OB_DRIFT_H]),
    Q("calculation", "hur stor del av förskolebygget i teckomatorp är själva byggentreprenaden, i %?",
      "Byggentreprenaden är 34 800 tkr av totalt 42 500 tkr, cirka 81,9 %.",
      [n(81.9, "%")], [SD], ["Byggentreprenad | 34 800", "Summa | 42 500"]),

    # ---------------- lookup (5)
    Q("lookup", "vem är ks ordförande i svalöv",
      "Kommunstyrelsens ordförande i Svalöv är Ann-Sofie Lindberg (M).",
      [], [SB], ["Ann-Sofie Lindberg (M)", "Kommunstyrelsens ordförande"]),
    Q("lookup", "När ska den nya idrottshallen i Osby vara klar?",
      "Den ska stå klar till höstterminen 2026 och ersätter gamla Osbyhallen från 1968.",
      [], [OB], ["Den nya idrottshallen i Osby ska stå klar till höstterminen 2026 och ersätter den gamla Osbyhallen från 1968."]),
    Q("lookup", "vilka reserverade sig mot beslutet om nya förskolan i teckomatorp i kommunstyrelsen",
      "Sverigedemokraternas Jan Gustavsson, Erik Sjöholm och Mikael Åkesson (SD) reserverade sig skriftligen; de menade att en renovering av förskolan Ängen hade varit billigare.",
      [], [SD], ["Reservation: Jan Gustavsson (SD), Erik Sjöholm (SD) och Mikael Åkesson (SD) reserverar sig skriftligen mot beslutet, med motiveringen att en renovering av förskolan Ängen hade varit billigare."]),
    Q("lookup", "Vad beslutade barn- och utbildningsnämnden i Osby om skolskjutsen?",
      "Nämnden antog nya riktlinjer: avståndsgränsen för skolskjuts i årskurs 4–6 höjs från 3 till 4 kilometer, från läsåret 2025/2026.",
      [], [OW], ["Förslaget innebär att avståndsgränsen för skolskjuts i årskurs 4–6 höjs från 3 till 4 kilometer.",
                 "Beslut: Barn- och utbildningsnämnden antar de nya riktlinjerna för skolskjuts att gälla från läsåret 2025/2026."]),
    Q("lookup", "när tar fullmäktige i svalöv upp årsredovisningen för 2024?",
      "Kommunfullmäktige behandlar årsredovisningen den 28 april 2025 (kommunstyrelsen den 24 mars).",
      [], [SP], ["Årsredovisningen behandlas av kommunstyrelsen den 24 mars och av kommunfullmäktige den 28 april 2025."]),

    # ---------------- text_amount (5)
    Q("text_amount", "hur stor är den centrala reserven för oförutsedda kostnader i svalövs budget?",
      "Den centrala reserven för oförutsedda kostnader är 4,5 miljoner kronor och disponeras av kommunstyrelsen.",
      [n(4.5, "mnkr")], [SB], ["Samtidigt avsätts en central reserv för oförutsedda kostnader på 4,5 miljoner kronor som kommunstyrelsen disponerar."]),
    Q("text_amount", "Hur mycket mer i skatteintäkter ger skattehöjningen i Osby 2025?",
      "Skattehöjningen med 25 öre ger cirka 7,7 miljoner kronor i ökade skatteintäkter 2025.",
      [n(7.7, "mnkr")], [OB], ["Skattehöjningen ger cirka 7,7 miljoner kronor i ökade skatteintäkter 2025."]),
    Q("text_amount", "hur mycket sparar osby på att ändra reglerna för skolskjuts?",
      "Förvaltningen beräknar att förändringen sparar cirka 600 000 kronor per år.",
      [n(600000, "kr")], [OW], ["Förvaltningen beräknar att förändringen sparar cirka 600 000 kronor per år."]),
    Q("text_amount", "Hur mycket investerade Svalöv under 2024?",
      "Nettoinvesteringarna 2024 uppgick till 88,6 miljoner kronor.",
      [n(88.6, "mnkr")], [SP], ["Nettoinvesteringarna för 2024 uppgick till 88,6 miljoner kronor."]),
    Q("text_amount", "hur mkt hade osby investerat till och med augusti 2024",
      "Till och med augusti 2024 hade 23,8 miljoner kronor investerats (helårsprognos 51,0 mnkr av budget 64,5 mnkr).",
      [n(23.8, "mnkr")], [OD], ["Till och med augusti har 23,8 miljoner kronor investerats."]),

    # ---------------- multi_doc (5)
    Q("multi_doc", "Vilken av kommunerna har högst skattesats 2025, Svalöv eller Osby?",
      "Osby har högst: 22,46 kronor mot Svalövs 22,14 kronor, en skillnad på 32 öre.",
      [n(22.46, "kr"), n(22.14, "kr")], [OB, SB],
      ["Skattesatsen höjs med 25 öre till 22,46 kronor.", "Skattesatsen lämnas oförändrad på 22,14 kronor för 2025."]),
    Q("multi_doc", "vilken kommun budgeterar störst resultat 2025, osby eller svalöv",
      "Osby budgeterar 20,1 mnkr och Svalöv 19,8 mnkr, så Osby har det något större resultatet (0,3 mnkr mer).",
      [n(20.1, "mnkr"), n(19.8, "mnkr")], [OB, SB],
      ["Årets resultat 15,9 16,5 20,1 20,5 23,3", "Årets resultat 25,3 16,7 19,8 23,3 28,0"]),
    Q("multi_doc", "Svalöv: hur blev resultatet för 2024 jämfört med prognosen som står i budgetdokumentet?",
      "Resultatet 2024 blev 21,9 mnkr mot prognosen 16,7 mnkr i budgetdokumentet, alltså 5,2 mnkr bättre.",
      [n(21.9, "mnkr"), n(16.7, "mnkr"), n(5.2, "mnkr")], [SP, SB],
      ["Svalövs kommun redovisar ett resultat på 21,9 miljoner kronor för 2024.",
       "Årets resultat 25,3 16,7 19,8 23,3 28,0", "Bokslut Prognos Budget Plan Plan"]),
    Q("multi_doc", "hur mycket bättre är osbys budgeterade resultat 2025 än prognosen för 2024 i delårsrapporten?",
      "Budget 2025 ger 20,1 mnkr mot helårsprognosen 12,3 mnkr för 2024, alltså 7,8 mnkr bättre.",
      [n(7.8, "mnkr")], [OD, OB],
      ["Prognosen för helåret 2024 är ett resultat på 12,3 miljoner kronor",
       "Med ett budgeterat resultat på 20,1 miljoner kronor 2025 uppfylls resultatmålet."]),
    Q("multi_doc", "Vilken kommun investerar mest 2025, Svalöv eller Osby, och hur stor är skillnaden?",
      "Svalöv investerar 123,2 mnkr och Osby 79,0 mnkr 2025; Svalöv investerar 44,2 mnkr mer.",
      [n(123.2, "mnkr"), n(79.0, "mnkr"), n(44.2, "mnkr")], [SB, OB],
      ["Investeringsbudgeten för 2025 uppgår till totalt 123,2 miljoner kronor.", "Totalt 79,0 63,0 19,0"]),

    # ---------------- claim (5)
    Q("claim", "Stämmer det att Svalöv höjer skatten 2025?",
      "Nej. Skattesatsen i Svalöv lämnas oförändrad på 22,14 kronor för 2025.",
      [n(22.14, "kr")], [SB], ["Skattesatsen lämnas oförändrad på 22,14 kronor för 2025."], verdict="contradicted"),
    Q("claim", "Jag har hört att Osbys budget för 2025 klubbades med 18 röster mot 13, stämmer det?",
      "Ja, beslutet fattades efter omröstning med 18 röster mot 13.",
      [n(18, "st"), n(13, "st")], [OP], ["Beslutet fattades efter omröstning med 18 röster mot 13."], verdict="supported"),
    Q("claim", "socialnämnden i svalöv gick back 9,7 miljoner 2023?",
      "Nej, socialnämndens underskott 2023 var 7,9 miljoner kronor, inte 9,7.",
      [n(7.9, "mnkr")], [SA], ["Socialnämnden redovisar ett underskott på 7,9 miljoner kronor.", "Socialnämnden 321,5 329,4 -7,9"],
      verdict="contradicted"),
    Q("claim", "Oppositionen påstår att barn- och utbildningsnämnden i Osby går mot ett underskott på 5,2 miljoner 2024.",
      "Det stämmer. Delårsrapporten visar en prognos för nämnden på 403 800 tkr mot budget 398 600 tkr, ett underskott på 5,2 mnkr.",
      [n(5.2, "mnkr")], [OD], ["Barn- och utbildningsnämnden 398 600 403 800 (5 200)",
                               "Barn- och utbildningsnämnden prognostiserar ett underskott på 5,2 miljoner kronor"],
      verdict="supported"),
    Q("claim", "Svalöv ska sälja det kommunala bostadsbolaget för att finansiera förskolan i Teckomatorp, eller hur?",
      "Dokumenten säger inget om någon försäljning av ett bostadsbolag för att finansiera förskolan i Teckomatorp.",
      [], [], [], refused=True, verdict="not_found"),

    # ---------------- unanswerable (5)
    Q("unanswerable", "vad är svalövs budgeterade resultat för 2028?",
      "Budgeten sträcker sig bara till plan 2027; något resultat för 2028 finns inte i dokumenten.",
      refused=True),
    Q("unanswerable", "Vad kostar det nya särskilda boendet i Kågeröd per plats?",
      "Dokumenten anger inte antal platser eller kostnad per plats för boendet i Kågeröd.",
      refused=True),
    Q("unanswerable", "hur mycket får kultur- och fritidsnämnden i osby 2025",
      "Osby har ingen kultur- och fritidsnämnd i budgeten, och dokumenten anger ingen sådan ram.",
      refused=True),
    Q("unanswerable", "Hur hög var sjukfrånvaron i Osby kommun för helåret 2023?",
      "Dokumenten anger inte sjukfrånvaron i Osby för helåret 2023.",
      refused=True),
    Q("unanswerable", "hur många elever går på herrevadsskolan i svalöv?",
      "Dokumenten anger inte antalet elever på Herrevadsskolan.",
      refused=True),

    # ---------------- multi_part (4)
    Q("multi_part", "Hur mycket ska socialnämnden i Svalöv effektivisera 2025, och hur mycket får de till det nya korttidsboendet?",
      "Socialnämnden ska effektivisera med 3,8 miljoner kronor och tillförs 2,3 miljoner kronor för ett nytt korttidsboende.",
      [n(3.8, "mnkr"), n(2.3, "mnkr")], [SB],
      ["Socialnämnden ska effektivisera med 3,8 miljoner kronor, främst genom minskade kostnader för inhyrd personal och färre externa placeringar.",
       "Socialnämnden tillförs 2,3 miljoner kronor för att öppna ett nytt korttidsboende."]),
    Q("multi_part", "vem är ordf i bun i osby och vilka reserverade sig mot skolskjutsbeslutet?",
      "Ordförande är Lars-Göran Nilsson (C). Petra Lindgren (M) och Yvonne Ahl (KD) reserverade sig.",
      [], [OW], ["Ledamöter: Lars-Göran Nilsson (C), ordförande",
                 "Reservation: Petra Lindgren (M) och Yvonne Ahl (KD) reserverar sig mot beslutet."]),
    Q("multi_part", "hur många tillsvidareanställda hade svalöv vid slutet av 2023 och hur hög var sjukfrånvaron?",
      "1 142 tillsvidareanställda och en sjukfrånvaro på 7,8 procent (8,4 procent året innan).",
      [n(1142, "st"), n(7.8, "%")], [SA],
      ["Antalet tillsvidareanställda var 1 142 vid årets slut.", "Sjukfrånvaron uppgick till 7,8 procent, en minskning från 8,4 procent året innan."]),
    Q("multi_part", "Vad är Osbys budget för socialnämnden 2025 och hur mycket ska nämnden spara?",
      "Socialnämnden har en ram på 318 700 tkr 2025 och ska spara 4,8 miljoner kronor.",
      [n(318700, "tkr"), n(4.8, "mnkr")], [OB],
      ["Socialnämnden 302 500 318 700 327 900 336 800 16 200", OB_DRIFT_H,
       "varav barn- och utbildningsnämnden ska spara 5,1 miljoner kronor och socialnämnden 4,8 miljoner kronor."]),

    # ---------------- followup (4)
    Q("followup", "och 2027 då?",
      "Investeringarna i Svalöv 2027 är planerade till 98 400 tkr (98,4 mnkr).",
      [n(98400, "tkr")], [SB], ["Totalt investeringar 123 200 115 900 98 400 337 500", SB_INV_H],
      history=["vad är investeringsbudgeten i svalöv för 2025?"]),
    Q("followup", "och bun?",
      "Barn- och utbildningsnämnden i Osby får 414 200 tkr 2025.",
      [n(414200, "tkr")], [OB], ["Barn- och utbildningsnämnden 398 600 414 200 424 800 435 100 15 600", OB_DRIFT_H],
      history=["hur stor ram får socialnämnden i osby 2025?"]),
    Q("followup", "hur mycket är det per invånare?",
      "Bildningsnämndens budget 2025 motsvarar 29 586 kronor per invånare (beräknat på 14 480 invånare).",
      [n(29586, "kr")], [SB], ["Bildningsnämnden 412,7 428,4 15,7 3,8 % 29 586", "Budget Budget Förändring Förändring kr per inv."],
      history=["vad får bildningsnämnden i svalöv för budget 2025?"]),
    Q("followup", "och vad var soliditeten det året?",
      "Soliditeten i Osby var 43,9 % 2021.",
      [n(43.9, "%")], [OH], ["Soliditet, % | 43,9 | 42,6 | 41,8", "Nyckeltal | 2021 | 2022 | 2023"],
      history=["vilket resultat hade osby kommun 2021?"]),

    # ---------------- english (4)
    Q("english", "What is the municipal tax rate in Osby for 2025 and how much was it raised?",
      "Osby's tax rate for 2025 is 22.46 kronor, raised by 25 öre (0.25 kronor) from 22.21.",
      [n(22.46, "kr"), n(0.25, "kr")], [OB], ["Skattesatsen höjs med 25 öre till 22,46 kronor."], lang="en"),
    Q("english", "How much is Svalöv spending in total on the new preschool in Teckomatorp?",
      "The total budget is 42,500 tkr (42.5 million kronor): 28,500 tkr in 2025 and 14,000 tkr in 2026.",
      [n(42500, "tkr")], [SD],
      ["Beslut: Kommunstyrelsen beslutar att godkänna investeringen i en ny förskola i Teckomatorp med en total budget om 42 500 tkr, fördelat på 28 500 tkr år 2025 och 14 000 tkr år 2026."],
      lang="en"),
    Q("english", "What were Svalöv's net investments in 2023 compared with the budget?",
      "Net investments were 102.3 million kronor against a budget of 131.0 million kronor.",
      [n(102.3, "mnkr"), n(131.0, "mnkr")], [SA],
      ["Nettoinvesteringarna uppgick till 102,3 miljoner kronor mot budgeterade 131,0 miljoner kronor."], lang="en"),
    Q("english", "What is the 2025 budget for Miljö- och byggnämnden in Osby?",
      "Miljö- och byggnämnden in Osby has a budget of 10,240 tkr for 2025.",
      [n(10240, "tkr")], [OB], ["Miljö- och byggnämnden 9 870 10 240 10 480 10 720 370", OB_DRIFT_H], lang="en"),
]

if __name__ == "__main__":
    with open(OUT, "w", encoding="utf-8") as f:
        for i, q in enumerate(QS, 1):
            rec = {"id": f"md55-{i:03d}", "corpus": CORPUS, "category": q["category"], "language": q["language"],
                   "question": q["question"], "history": q["history"], "gold": q["gold"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(QS), "questions")
