"""Mora kommun: budget PDF, årsredovisning PDF, HTML, DOCX protokoll, XLSX, press release (md)."""
import os

import docx
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font

from common import Doc, fmt, fix_zip, docx_core, xlsx_core

INV = 20560
TAX = "22,63"

YEARS = ["2023", "2024", "2025", "2026", "2027"]
RB = {  # mnkr
    "int": [398.2, 405.0, 412.6, 418.3, 424.0],
    "kost": [-1962.7, -2031.8, -2086.4, -2139.5, -2196.2],
    "avskr": [-71.4, -74.6, -78.2, -82.9, -87.3],
    "skatt": [1214.3, 1268.9, 1318.7, 1362.4, 1409.8],
    "bidrag": [432.8, 452.6, 471.5, 486.0, 497.3],
    "finint": [5.4, 6.8, 6.1, 5.9, 5.7],
    "finkost": [-11.9, -13.7, -14.8, -17.6, -20.4],
}
RB["netto"] = [round(a + b + c, 1) for a, b, c in zip(RB["int"], RB["kost"], RB["avskr"])]
RB["vres"] = [round(a + b + c, 1) for a, b, c in zip(RB["netto"], RB["skatt"], RB["bidrag"])]
RB["res"] = [round(a + b + c, 1) for a, b, c in zip(RB["vres"], RB["finint"], RB["finkost"])]

NAMNDER = [  # name, budget 2024, budget 2025 (mnkr netto)
    ("Kommunstyrelsen", 148.2, 152.6),
    ("Barn- och utbildningsnämnden", 612.4, 634.9),
    ("Socialnämnden", 418.7, 441.3),
    ("Omsorgsnämnden", 402.5, 425.8),
    ("Kultur- och fritidsnämnden", 58.3, 59.1),
    ("Tekniska nämnden", 71.6, 73.4),
    ("Bygg- och miljönämnden", 14.9, 15.6),
    ("Överförmyndarnämnden", 3.2, 3.4),
]
FINANS = (-41.5, round(-RB["netto"][2] - sum(n[2] for n in NAMNDER), 1))

INVEST = [  # (nämnd, [(projekt, 2025, 2026, 2027)]) tkr
    ("Kommunstyrelsen", [("IT-infrastruktur och digitalisering", 4500, 3000, 3000),
                         ("Fastighetsunderhåll förvaltningsbyggnader", 6200, 5800, 5500)]),
    ("Barn- och utbildningsnämnden", [("Ny förskola Noret", 38000, 24500, 0),
                                      ("Ombyggnad Morkarlby skola", 12500, 18000, 6000),
                                      ("Inventarier skolor och förskolor", 2400, 2400, 2400)]),
    ("Omsorgsnämnden", [("Särskilt boende Färnäs", 22000, 41000, 15000),
                        ("Trygghetslarm och välfärdsteknik", 3200, 1800, 1800)]),
    ("Tekniska nämnden", [("Gator och vägar, reinvestering", 14500, 14500, 15000),
                          ("Gång- och cykelväg Zornvägen", 7800, 0, 0),
                          ("Gatubelysning, utbyte till LED", 2600, 2600, 2600),
                          ("Strandpromenaden etapp 2", 4200, 1000, 0)]),
    ("Kultur- och fritidsnämnden", [("Konstgräsplan Prästholmen", 9500, 0, 0),
                                    ("Ombyggnad Mora bibliotek", 1800, 3600, 0)]),
]
INV_TOT = [sum(p[i] for _, ps in INVEST for p in ps) for i in (1, 2, 3)]

BAL = {  # Prognos 2024, Budget 2025, Plan 2026, Plan 2027
    "anl": [2146.3, 2262.8, 2351.4, 2418.9],
    "oms": [312.5, 298.4, 291.0, 287.6],
    "ek": [1024.6],
    "avs": [142.8, 146.1, 149.3, 152.0],
    "kort": [468.2, 475.0, 481.7, 488.3],
}
for r in RB["res"][2:]:
    BAL["ek"].append(round(BAL["ek"][-1] + r, 1))
BAL["tot"] = [round(a + b, 1) for a, b in zip(BAL["anl"], BAL["oms"])]
BAL["lang"] = [round(t - e - a - k, 1) for t, e, a, k in zip(BAL["tot"], BAL["ek"], BAL["avs"], BAL["kort"])]
BAL["res"] = RB["res"][1:]


def budget_pdf(path):
    d = Doc("Mora kommun – Mål och budget 2025–2027", "Mora kommun | Mål och budget 2025 med plan 2026–2027")
    d.cover("Mål och budget 2025", "med plan för 2026–2027",
            ["Mora kommun", "Antagen av kommunfullmäktige 2024-11-25, § 142", "Diarienummer KS 2024/0387"])
    d.h1("Innehåll")
    for i, t in enumerate(["Ordföranden har ordet", "Omvärld och förutsättningar", "Vision och mål",
                           "Ekonomiska ramar och effektiviseringar", "Resultatbudget", "Balansbudget",
                           "Driftbudget per nämnd", "Nämndernas uppdrag", "Investeringsbudget",
                           "Personal", "Finansiella mål och risker"], 1):
        d.para(f"{i}. {t}")
    d.h1("Ordföranden har ordet")
    d.para("Mora ska vara en kommun där det är tryggt att växa upp, leva och åldras. Budgeten för 2025 är "
           "lagd i ett läge där kostnaderna för välfärden ökar snabbare än skatteintäkterna. Fler äldre behöver "
           "omsorg samtidigt som antalet barn i förskoleåldern minskar. Det kräver att vi prioriterar.")
    d.para(f"Skattesatsen lämnas oförändrad på {TAX} kronor per skattekrona. Vi budgeterar ett resultat på "
           f"{fmt(RB['res'][2])} miljoner kronor för 2025, vilket motsvarar "
           f"{fmt(100*RB['res'][2]/(RB['skatt'][2]+RB['bidrag'][2]),2)} procent av skatter och generella statsbidrag.")
    d.para("För att klara detta genomför nämnderna effektiviseringar på sammanlagt 14,3 miljoner kronor. "
           "Samtidigt satsar vi 4,7 miljoner kronor på fritidsgårdar och ungdomsverksamhet i hela kommunen och "
           "700 000 kronor extra i bidrag till föreningslivet.")
    d.para("De största investeringarna under perioden är den nya förskolan i Noret och det särskilda boendet i "
           "Färnäs. Tillsammans med ombyggnaden av Morkarlby skola utgör de en stor del av investeringsbudgeten.")
    d.para("Jag vill tacka alla medarbetare som varje dag gör skillnad för Morabor i alla åldrar.")
    d.para("Karin Sjöberg (S)\nKommunstyrelsens ordförande")
    d.h1("Omvärld och förutsättningar")
    d.para(f"Mora kommun hade {fmt(INV,0)} invånare den 1 november 2024. Befolkningen har minskat något de "
           "senaste åren, men inflyttningen från andra länder och från övriga Sverige har delvis vägt upp ett "
           "födelseunderskott. Budgeten bygger på ett antagande om 20 500 invånare 2025.")
    d.para("Sveriges Kommuner och Regioner (SKR) bedömer att skatteunderlaget växer med 3,9 procent 2025. "
           "Inflationen har sjunkit, men prisnivån är fortsatt hög och pensionskostnaderna ökar kraftigt under "
           "2025 till följd av det nya pensionsavtalet.")
    d.para("Kommunen påverkas också av höga räntor. Räntekostnaderna beräknas öka från 13,7 miljoner kronor "
           "2024 till 14,8 miljoner kronor 2025 när nya lån tas upp för investeringar.")
    d.h2("Befolkningsutveckling")
    d.para("Andelen invånare som är 80 år eller äldre ökar med ungefär 4 procent per år. Antalet barn 1–5 år "
           "beräknas minska med omkring 60 barn fram till 2027, vilket ger möjlighet att samla "
           "förskoleverksamheten i färre och större enheter.")
    d.h1("Vision och mål")
    d.para("Kommunfullmäktige har antagit visionen ”Mora – en levande kommun året runt”. Visionen bryts ner i "
           "fyra inriktningsmål som gäller för hela mandatperioden.")
    d.bullets(["Mora erbjuder en trygg och likvärdig skola där fler elever når kunskapskraven.",
               "Äldre och personer med funktionsnedsättning får stöd med god kvalitet och kontinuitet.",
               "Mora är en attraktiv plats att bo, verka och besöka i.",
               "Kommunens ekonomi är långsiktigt hållbar."])
    d.h2("Indikatorer")
    d.table("Tabell 1. Mål och indikatorer", [["Indikator", "Utfall 2023", "Mål 2025"]],
            [["Andel elever i åk 9 behöriga till gymnasiet, %", "81,2", "85,0"],
             ["Antal olika personal i hemtjänsten under 14 dagar", "16", "12"],
             ["Nöjd-Region-Index (SCB)", "58", "62"],
             ["Resultat i procent av skatter och statsbidrag", "0,3", "2,0"],
             ["Soliditet inklusive pensionsåtaganden, %", "12,4", "14,0"]],
            [110, 30, 30])
    d.h1("Ekonomiska ramar och effektiviseringar")
    d.para("Nämndernas ramar för 2025 har räknats upp med 2,6 procent för löneökningar och 2,0 procent för "
           "övriga kostnader. Därefter har varje nämnd fått ett effektiviseringskrav.")
    d.para("Barn- och utbildningsnämnden ska effektivisera med 6,1 miljoner kronor, främst genom att förskolorna "
           "Tallbacken och Solgården samlas i den nya förskolan i Noret. Omsorgsnämnden ska effektivisera med "
           "4,2 miljoner kronor och socialnämnden med 2,3 miljoner kronor. Övriga nämnder står för resterande "
           "1,7 miljoner kronor.")
    d.para("Utöver ramarna finns en central buffert för oförutsedda kostnader på 8,0 miljoner kronor under "
           "kommunstyrelsen.")
    d.h1("Resultatbudget")
    d.para("Resultatbudgeten visar kommunens intäkter och kostnader. Verksamhetens nettokostnad ökar med "
           f"{fmt(-RB['netto'][2] + RB['netto'][1])} miljoner kronor jämfört med prognosen för 2024.")
    rows = []
    lab = [("Verksamhetens intäkter", "int"), ("Verksamhetens kostnader", "kost"), ("Avskrivningar", "avskr"),
           ("Verksamhetens nettokostnad", "netto"), ("Skatteintäkter", "skatt"),
           ("Generella statsbidrag och utjämning", "bidrag"), ("Verksamhetens resultat", "vres"),
           ("Finansiella intäkter", "finint"), ("Finansiella kostnader", "finkost"),
           ("Resultat efter finansiella poster", "res"), ("Årets resultat", "res")]
    for l, k in lab:
        rows.append([l] + [fmt(v) for v in RB[k]])
    d.table("Tabell 2. Resultatbudget (belopp i mnkr)",
            [["", "Bokslut", "Prognos", "Budget", "Plan", "Plan"], ["", "2023", "2024", "2025", "2026", "2027"]],
            rows, [70, 20, 20, 20, 20, 20],
            bold_rows=("Verksamhetens nettokostnad", "Verksamhetens resultat", "Årets resultat"))
    d.note("Avskrivningarna ökar till följd av investeringarna i förskola och särskilt boende. Finansiella "
           "kostnader avser i huvudsak räntor på långfristiga lån samt ränteuppräkning av pensionsavsättningen.")
    d.h1("Balansbudget")
    rows = [["TILLGÅNGAR", "", "", "", ""],
            ["Anläggningstillgångar"] + [fmt(v) for v in BAL["anl"]],
            ["Omsättningstillgångar"] + [fmt(v) for v in BAL["oms"]],
            ["Summa tillgångar"] + [fmt(v) for v in BAL["tot"]],
            ["EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER", "", "", "", ""],
            ["Eget kapital"] + [fmt(v) for v in BAL["ek"]],
            ["– varav årets resultat"] + [fmt(v) for v in BAL["res"]],
            ["Avsättningar"] + [fmt(v) for v in BAL["avs"]],
            ["Långfristiga skulder"] + [fmt(v) for v in BAL["lang"]],
            ["Kortfristiga skulder"] + [fmt(v) for v in BAL["kort"]],
            ["Summa eget kapital, avsättningar och skulder"] + [fmt(v) for v in BAL["tot"]]]
    d.table("Tabell 3. Balansbudget, mnkr", [["", "Prognos 2024", "Budget 2025", "Plan 2026", "Plan 2027"]],
            rows, [78, 23, 23, 23, 23],
            bold_rows=("Summa tillgångar", "Summa eget kapital, avsättningar och skulder"),
            section_rows=("TILLGÅNGAR", "EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER"))
    sol = 100 * BAL["ek"][1] / BAL["tot"][1]
    d.para(f"Soliditeten, det vill säga eget kapital i förhållande till de totala tillgångarna, beräknas till "
           f"{fmt(sol)} procent vid utgången av 2025. Låneskulden ökar eftersom investeringarna inte kan "
           "finansieras fullt ut med egna medel.")
    d.h1("Driftbudget per nämnd")
    d.para("Tabellen visar nämndernas nettokostnadsramar. Kolumnen kr per invånare är beräknad på "
           f"{fmt(INV,0)} invånare.")
    rows = []
    for n, b24, b25 in NAMNDER:
        rows.append([n, fmt(b24), fmt(b25), fmt(b25 - b24), fmt(100 * (b25 - b24) / b24), fmt(b25 * 1e6 / INV, 0)])
    s24 = round(sum(n[1] for n in NAMNDER), 1)
    s25 = round(sum(n[2] for n in NAMNDER), 1)
    rows.append(["Summa nämnder", fmt(s24), fmt(s25), fmt(s25 - s24), fmt(100 * (s25 - s24) / s24),
                 fmt(s25 * 1e6 / INV, 0)])
    rows.append(["Finansförvaltning och gemensamt", fmt(FINANS[0]), fmt(FINANS[1]), fmt(FINANS[1] - FINANS[0]),
                 "", ""])
    t24, t25 = round(s24 + FINANS[0], 1), round(s25 + FINANS[1], 1)
    rows.append(["Verksamhetens nettokostnad", fmt(t24), fmt(t25), fmt(t25 - t24), fmt(100 * (t25 - t24) / t24),
                 fmt(t25 * 1e6 / INV, 0)])
    d.table("Tabell 4. Driftbudget per nämnd, nettokostnad (mnkr)",
            [["Nämnd", "Budget", "Budget", "Förändring", "Förändring", "kr per inv."],
             ["", "2024", "2025", "mnkr", "%", "2025"]],
            rows, [62, 18, 18, 22, 22, 24], size=8,
            bold_rows=("Summa nämnder", "Verksamhetens nettokostnad"))
    d.note("Finansförvaltningen innehåller bland annat intern ränta, pensionskostnader som inte fördelats till "
           "nämnderna samt den centrala bufferten.")
    d.h1("Nämndernas uppdrag")
    texts = {
        "Kommunstyrelsen": "Kommunstyrelsen leder och samordnar kommunens arbete och ansvarar för ekonomi, "
                           "personal, näringsliv och kommunikation. Ramen innehåller den centrala bufferten.",
        "Barn- och utbildningsnämnden": "Nämnden ansvarar för förskola, grundskola, gymnasieskola och "
                           "vuxenutbildning. Mora gymnasium tar emot elever från Orsa och Älvdalen genom "
                           "samverkansavtal. Antalet elever i grundskolan beräknas till 2 180 läsåret 2025/26.",
        "Socialnämnden": "Socialnämnden ansvarar för individ- och familjeomsorg, försörjningsstöd och stöd till "
                         "personer med funktionsnedsättning enligt LSS. Kostnaderna för placeringar av barn och "
                         "unga har ökat kraftigt.",
        "Omsorgsnämnden": "Omsorgsnämnden ansvarar för hemtjänst, särskilt boende och hemsjukvård. Kommunen har "
                          "i dag 312 platser i särskilt boende. Det nya boendet i Färnäs ger 60 nya platser 2027.",
        "Kultur- och fritidsnämnden": "Nämnden ansvarar för bibliotek, kulturskola, fritidsgårdar och "
                          "idrottsanläggningar. Satsningen på ungdomsverksamhet genomförs här.",
        "Tekniska nämnden": "Nämnden ansvarar för gator, parker, kollektivtrafik, måltidsverksamhet och "
                            "kommunens fastigheter.",
    }
    for k, v in texts.items():
        d.h2(k)
        d.para(v)
    d.h1("Investeringsbudget")
    d.para(f"Investeringsbudgeten för 2025 uppgår till {fmt(INV_TOT[0]/1000)} miljoner kronor. För hela "
           f"planperioden 2025–2027 planeras investeringar för {fmt(sum(INV_TOT)/1000)} miljoner kronor. "
           "Självfinansieringsgraden av investeringarna beräknas till 68 procent 2025.")
    rows, bold = [], []
    for nm, ps in INVEST:
        rows.append([nm, "", "", "", ""])
        for p, a, b, c in ps:
            rows.append([p, fmt(a, 0), fmt(b, 0), fmt(c, 0), fmt(a + b + c, 0)])
        sa, sb, sc = (sum(p[i] for p in ps) for i in (1, 2, 3))
        rows.append([f"Summa {nm[0].lower()}{nm[1:]}", fmt(sa, 0), fmt(sb, 0), fmt(sc, 0), fmt(sa + sb + sc, 0)])
        bold.append(rows[-1][0])
    rows.append(["Totalt investeringar", fmt(INV_TOT[0], 0), fmt(INV_TOT[1], 0), fmt(INV_TOT[2], 0),
                 fmt(sum(INV_TOT), 0)])
    bold.append("Totalt investeringar")
    # push table so it breaks across pages
    d.para("Projekten redovisas per ansvarig nämnd. Belopp i tkr. Projekt som inte har startat före den 1 juli "
           "2025 prövas på nytt av kommunstyrelsen innan upphandling.")
    d.para("Under 2025 påbörjas byggnationen av förskolan i Noret, som beräknas stå klar i augusti 2026. "
           "Upphandlingen av det särskilda boendet i Färnäs genomförs under våren 2025.")
    d.para("Gång- och cykelvägen längs Zornvägen delfinansieras med statlig medfinansiering från Trafikverket "
           "på 3,9 miljoner kronor, som inte är avräknad i tabellen.")
    d.h2("Större projekt")
    d.para("Ny förskola Noret. Förskolan ersätter Tallbacken och Solgården och får åtta avdelningar. Den totala "
           "projektbudgeten är 62,5 miljoner kronor fördelat på 2025 och 2026. Driftkostnaderna för lokaler "
           "beräknas minska med 1,1 miljoner kronor per år när de gamla förskolorna avvecklas.")
    d.para("Särskilt boende Färnäs. Boendet byggs i två etapper med sammanlagt 60 lägenheter. Hyran och "
           "kapitalkostnaderna belastar omsorgsnämnden från 2027. Projektet är det största i planperioden.")
    d.para("Ombyggnad Morkarlby skola. Skolan byggs om för att rymma elever från årskurs 4 till 6 när "
           "Östnors skola avvecklas. Arbetet sker i etapper under pågående verksamhet.")
    d.para("Konstgräsplan Prästholmen. Den befintliga grusplanen ersätts med en uppvärmd konstgräsplan. "
           "Föreningarna bidrar med ideellt arbete motsvarande cirka 400 000 kronor.")
    d.table("Tabell 5. Investeringsbudget 2025–2027 (tkr)",
            [["Projekt", "Budget 2025", "Plan 2026", "Plan 2027", "Totalt"]], rows, [80, 22, 22, 22, 24],
            size=8, bold_rows=tuple(bold), section_rows=tuple(n for n, _ in INVEST),
            repeat_caption="Tabell 5. Investeringsbudget 2025–2027 (tkr), forts.")
    d.h1("Personal")
    d.para("Mora kommun har cirka 1 950 tillsvidareanställda. Kompetensförsörjningen är en av de största "
           "utmaningarna, särskilt inom vård och omsorg samt för legitimerade lärare.")
    d.para("Sjukfrånvaron ska minska till högst 6,5 procent 2025. En särskild satsning på hälsofrämjande "
           "arbete görs inom omsorgsnämnden.")
    d.h1("Finansiella mål och risker")
    d.bullets(["Årets resultat ska uppgå till minst 2 procent av skatteintäkter och generella statsbidrag i "
               "genomsnitt under perioden 2025–2027.",
               "Självfinansieringsgraden av investeringarna ska vara minst 60 procent.",
               "Soliditeten inklusive pensionsåtaganden ska öka varje år."])
    d.para("En minskning av skatteunderlaget med 1 procent motsvarar cirka 13 miljoner kronor. En ökning av "
           "räntan med 1 procentenhet ökar räntekostnaderna med cirka 4,5 miljoner kronor.")
    d.output(path)


AR_NAMND = [  # name, budget 2024, utfall 2024, utfall 2023 (mnkr)
    ("Kommunstyrelsen", 148.2, 144.9, 141.6),
    ("Barn- och utbildningsnämnden", 612.4, 615.7, 596.0),
    ("Socialnämnden", 418.7, 437.2, 409.3),
    ("Omsorgsnämnden", 402.5, 409.8, 391.4),
    ("Kultur- och fritidsnämnden", 58.3, 57.1, 56.2),
    ("Tekniska nämnden", 71.6, 70.4, 69.8),
    ("Bygg- och miljönämnden", 14.9, 14.2, 14.5),
    ("Överförmyndarnämnden", 3.2, 3.3, 3.0),
]


def ar_pdf(path):
    d = Doc("Mora kommun – Årsredovisning 2024", "Mora kommun | Årsredovisning 2024")
    d.cover("Årsredovisning 2024", "Mora kommun",
            ["Godkänd av kommunfullmäktige 2025-04-22, § 48", "Diarienummer KS 2025/0112"])
    d.h1("Kommunstyrelsens ordförande har ordet")
    d.para("2024 blev ett år med stora ekonomiska påfrestningar, men Mora kommun redovisar ändå ett positivt "
           "resultat. Årets resultat blev 15,8 miljoner kronor, vilket är 2,6 miljoner kronor bättre än den "
           "prognos som låg till grund för budgeten.")
    d.para("Socialnämnden har haft mycket höga kostnader för externa placeringar och redovisar ett underskott. "
           "Övriga nämnder har i stort sett hållit sina budgetar.")
    d.para("Karin Sjöberg (S), kommunstyrelsens ordförande")
    d.h1("Fem år i sammandrag")
    rows = [["Antal invånare 31 december", "20 412", "20 509", "20 618", "20 594", "20 548"],
            ["Kommunal skattesats, kr", "22,63", "22,63", "22,63", "22,63", "22,63"],
            ["Årets resultat, mnkr", "42,7", "38,1", "9,6", "4,7", "15,8"],
            ["Resultat i % av skatter och statsbidrag", "3,0", "2,6", "0,6", "0,3", "0,9"],
            ["Nettoinvesteringar, mnkr", "96,4", "118,2", "142,7", "131,5", "126,9"],
            ["Soliditet, %", "45,8", "45,1", "43,6", "42,2", "41,6"],
            ["Långfristig låneskuld, mnkr", "612,0", "655,0", "720,0", "785,0", "830,0"],
            ["Antal tillsvidareanställda", "1 988", "1 975", "1 963", "1 951", "1 942"]]
    d.table("Fem år i sammandrag", [["", "2020", "2021", "2022", "2023", "2024"]], rows,
            [72, 19, 19, 19, 19, 19], size=8.5)
    d.h1("Förvaltningsberättelse")
    d.h2("Årets resultat och balanskravet")
    d.para("Årets resultat uppgick till 15,8 miljoner kronor (4,7 miljoner kronor 2023). Efter justering för "
           "realisationsvinster på 1,2 miljoner kronor blev balanskravsresultatet 14,6 miljoner kronor. "
           "Kommunen uppfyller därmed balanskravet.")
    d.para("Skatteintäkter och generella statsbidrag uppgick till 1 724,3 miljoner kronor, en ökning med "
           "4,7 procent jämfört med 2023. Verksamhetens nettokostnad ökade med 3,8 procent.")
    d.h2("Investeringar")
    d.para("Nettoinvesteringarna uppgick till 126,9 miljoner kronor, vilket är 31,4 miljoner kronor lägre än "
           "budget. Avvikelsen beror främst på att starten för förskolan i Noret försköts.")
    d.h2("Personal")
    d.para("Den totala sjukfrånvaron var 7,4 procent av ordinarie arbetstid, jämfört med 7,9 procent 2023. "
           "Antalet tillsvidareanställda var 1 942 personer den 31 december 2024.")
    # landscape page with driftredovisning
    d.add_page(orientation="L")
    d.set_font("DV", "B", 14)
    d.cell(0, 9, "Driftredovisning per nämnd 2024")
    d.ln(11)
    rows = []
    for n, b, u, u23 in AR_NAMND:
        rows.append([n, fmt(b), fmt(u), fmt(b - u, neg="endash"), fmt(u23)])
    sb, su, su23 = (round(sum(x[i] for x in AR_NAMND), 1) for i in (1, 2, 3))
    rows.append(["Summa nämnder", fmt(sb), fmt(su), fmt(sb - su, neg="endash"), fmt(su23)])
    d.table("Nettokostnad, belopp i mnkr. Positiv avvikelse = överskott mot budget.",
            [["Nämnd", "Budget 2024", "Utfall 2024", "Avvikelse", "Utfall 2023"]], rows,
            [100, 35, 35, 35, 35], bold_rows=("Summa nämnder",))
    d.note("Socialnämndens underskott förklaras av externa placeringar av barn och unga (– 12,1 mnkr) och "
           "kostnader för försörjningsstöd (– 6,4 mnkr).")
    d.add_page(orientation="P")
    d.set_font("DV", "B", 16)
    d.multi_cell(0, 9, "Resultaträkning")
    d.ln(2)
    rows = [["Verksamhetens intäkter", "1", "405,9", "398,2"],
            ["Verksamhetens kostnader", "2", "– 2 030,4", "– 1 962,7"],
            ["Avskrivningar", "3", "– 74,3", "– 71,4"],
            ["Verksamhetens nettokostnad", "", "– 1 698,8", "– 1 635,9"],
            ["Skatteintäkter", "4", "1 270,6", "1 214,3"],
            ["Generella statsbidrag och utjämning", "5", "453,7", "432,8"],
            ["Verksamhetens resultat", "", "25,5", "11,2"],
            ["Finansiella intäkter", "6", "7,2", "5,4"],
            ["Finansiella kostnader", "7", "– 16,9", "– 11,9"],
            ["Årets resultat", "", "15,8", "4,7"]]
    d.table("Belopp i mnkr", [["", "Not", "2024", "2023"]], rows, [90, 15, 30, 30],
            bold_rows=("Verksamhetens nettokostnad", "Verksamhetens resultat", "Årets resultat"))
    d.h1("Revisionsberättelse i sammandrag", newpage=False)
    d.para("De förtroendevalda revisorerna tillstyrker att kommunfullmäktige beviljar kommunstyrelsen, nämnderna "
           "och de enskilda ledamöterna ansvarsfrihet för 2024. Revisorerna riktar dock kritik mot socialnämndens "
           "bristande budgetföljsamhet.")
    d.output(path)


HTML_TMPL = """<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>Så används din skatt - Mora kommun</title></head>
<body>
<div id="cookie-banner" class="cookie"><p>Mora kommun använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra din upplevelse.</p><button>Godkänn alla</button> <button>Endast nödvändiga</button></div>
<header><a href="/">Mora kommun</a>
<nav><ul><li><a href="/omsorg">Omsorg och stöd</a></li><li><a href="/skola">Förskola och skola</a></li><li><a href="/bygga">Bygga, bo och miljö</a></li><li><a href="/kommun-och-politik">Kommun och politik</a></li></ul></nav>
<div class="breadcrumb">Startsida / Kommun och politik / Ekonomi / Så används din skatt</div>
</header>
<main>
<h1>Så används din skatt</h1>
<p class="ingress">Kommunalskatten är Mora kommuns viktigaste inkomstkälla. Skattesatsen 2025 är {tax} kronor per hundra kronor av den beskattningsbara inkomsten.</p>
<p>Om du tjänar 30 000 kronor i månaden betalar du ungefär 6 789 kronor i kommunalskatt varje månad. Till det kommer skatten till Region Dalarna.</p>
<h2>Vart går varje hundralapp?</h2>
<p>Tabellen visar hur 100 kronor i skatt fördelas mellan kommunens verksamheter enligt budget 2025.</p>
<table>
<thead><tr><th>Verksamhet</th><th>Kronor av 100 kr</th><th>Nettokostnad 2025, mnkr</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<p>Skatteintäkterna beräknas till 1 318,7 miljoner kronor 2025. Dessutom får kommunen 471,5 miljoner kronor i generella statsbidrag och utjämning.</p>
<h2>Vad kostar en plats?</h2>
<p>En plats i förskola kostar i genomsnitt 168 000 kronor per år och en plats i särskilt boende omkring 890 000 kronor per år. Avgifterna som brukarna betalar täcker bara en liten del av kostnaden.</p>
<p class="meta">Publicerad 2025-01-20 | Senast uppdaterad 2025-02-03</p>
<p>Sidansvarig: Ekonomiavdelningen</p>
</main>
<footer><p>Mora kommun, 792 80 Mora | Besöksadress: Fredsgatan 16 | Telefon 0250-260 00</p><p>Tillgänglighetsredogörelse | Om kakor | Behandling av personuppgifter</p></footer>
</body></html>
"""

HUNDRA = [("Förskola", 9.40, 168.3), ("Grundskola och fritidshem", 19.80, 354.5),
          ("Gymnasieskola och vuxenutbildning", 6.30, 112.1), ("Äldreomsorg", 23.70, 425.8),
          ("Individ- och familjeomsorg", 10.20, 182.6), ("Stöd till personer med funktionsnedsättning", 14.40, 258.7),
          ("Kultur och fritid", 3.30, 59.1), ("Gator, parker och kollektivtrafik", 4.10, 73.4),
          ("Politik, administration och övrigt", 0, 117.5)]


def html(path):
    tot = sum(m for _, _, m in HUNDRA)
    kr = [round(100 * m / tot, 2) for _, _, m in HUNDRA]
    kr[-1] = round(100 - sum(kr[:-1]), 2)
    rows = "\n".join(f"<tr><td>{n}</td><td>{fmt(k,2)}</td><td>{fmt(m)}</td></tr>" for (n, _, m), k in zip(HUNDRA, kr))
    rows += f"\n<tr><td><strong>Totalt</strong></td><td><strong>100,00</strong></td><td><strong>{fmt(sum(m for _,_,m in HUNDRA))}</strong></td></tr>"
    with open(path, "w", encoding="utf-8") as f:
        f.write(HTML_TMPL.format(tax=TAX, rows=rows))


OMBUDG = [("Ny förskola Noret", 30000, 6200, 23800), ("Gång- och cykelväg Zornvägen", 5500, 1100, 4400),
          ("Konstgräsplan Prästholmen", 8000, 450, 7550), ("Trygghetslarm och välfärdsteknik", 2500, 1650, 850)]


def protokoll_docx(path):
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    doc.add_heading("SAMMANTRÄDESPROTOKOLL", level=1)
    doc.add_paragraph("Kommunstyrelsen")
    doc.add_paragraph("Sammanträdesdatum: 2025-03-11")
    doc.add_paragraph("Plats och tid: Kommunhuset, sammanträdesrum Siljan, kl. 09.00–12.15")
    doc.add_paragraph("Beslutande: Karin Sjöberg (S), ordförande, Erik Dahlgren (C), vice ordförande, "
                      "Lars Ekman (M), Sofia Berg (SD), Maria Holm (S), Anders Nygren (V), Lena Åström (KD), "
                      "Per Lindgren (S), Jonas Mattsson (C), Åsa Hed (M), Nils Persson (L)")
    doc.add_paragraph("Utses att justera: Lars Ekman (M)")
    doc.add_paragraph("Justeringens plats och tid: Kommunhuset 2025-03-14")
    doc.add_heading("§ 34 Godkännande av dagordning", level=2)
    doc.add_paragraph("Kommunstyrelsen godkänner dagordningen med tillägget att ärendet om ombudgetering "
                      "behandlas som § 36.")
    doc.add_heading("§ 35 Försäljning av fastigheten Mora Noret 1:114", level=2)
    doc.add_paragraph("Dnr KS 2024/0455")
    doc.add_paragraph("Mora kommun äger fastigheten Mora Noret 1:114 där den tidigare förskolan Tallbacken "
                      "låg. Verksamheten flyttar till den nya förskolan i Noret. Fastigheten har värderats till "
                      "3 200 000 kronor och ett bud på 3 450 000 kronor har lämnats av Siljans Bostäder AB.")
    doc.add_paragraph("Beslut")
    doc.add_paragraph("Kommunstyrelsen beslutar att sälja fastigheten Mora Noret 1:114 till Siljans Bostäder AB "
                      "för 3 450 000 kronor, med tillträde den 1 september 2025.")
    doc.add_heading("§ 36 Ombudgetering av investeringsmedel från 2024 till 2025", level=2)
    doc.add_paragraph("Dnr KS 2025/0089")
    doc.add_paragraph("Flera investeringsprojekt har inte slutförts under 2024. Ekonomiavdelningen föreslår att "
                      "outnyttjade medel för fyra projekt flyttas till 2025. Sammanlagt föreslås "
                      f"{fmt(sum(o[3] for o in OMBUDG),0)} tkr ombudgeteras.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Projekt", "Budget 2024, tkr", "Utfall 2024, tkr", "Ombudgeteras till 2025, tkr"]):
        t.rows[0].cells[i].text = h
    for p, b, u, o in OMBUDG:
        c = t.add_row().cells
        c[0].text, c[1].text, c[2].text, c[3].text = p, fmt(b, 0), fmt(u, 0), fmt(o, 0)
    c = t.add_row().cells
    c[0].text = "Summa"
    c[1].text = fmt(sum(o[1] for o in OMBUDG), 0)
    c[2].text = fmt(sum(o[2] for o in OMBUDG), 0)
    c[3].text = fmt(sum(o[3] for o in OMBUDG), 0)
    doc.add_paragraph("Yrkanden")
    doc.add_paragraph("Ordföranden yrkar bifall till förvaltningens förslag. Lars Ekman (M) yrkar att "
                      "ombudgeteringen för konstgräsplanen på Prästholmen ska avslås och att projektet prövas "
                      "på nytt i budgeten för 2026.")
    doc.add_paragraph("Beslut")
    doc.add_paragraph("Kommunstyrelsen beslutar i enlighet med ordförandens förslag att ombudgetera "
                      f"{fmt(sum(o[3] for o in OMBUDG),0)} tkr från 2024 till 2025 enligt tabellen ovan.")
    doc.add_paragraph("Reservation")
    doc.add_paragraph("Lars Ekman (M) och Åsa Hed (M) reserverar sig mot beslutet till förmån för eget yrkande.")
    doc.add_heading("§ 37 Medborgarförslag om utegym vid Strandpromenaden", level=2)
    doc.add_paragraph("Dnr KS 2024/0512")
    doc.add_paragraph("Ett medborgarförslag har inkommit om att anlägga ett utegym vid Strandpromenaden. "
                      "Kostnaden har uppskattats till 450 000 kronor.")
    doc.add_paragraph("Beslut")
    doc.add_paragraph("Kommunstyrelsen föreslår kommunfullmäktige att bifalla medborgarförslaget och att "
                      "utegymmet finansieras inom ramen för projektet Strandpromenaden etapp 2.")
    doc.add_heading("§ 38 Delegationsbeslut och meddelanden", level=2)
    doc.add_paragraph("Redovisningen av delegationsbeslut för perioden 2025-01-15 – 2025-02-28 läggs till "
                      "handlingarna.")
    doc.add_paragraph("Vid protokollet: Hanna Morén, sekreterare")
    doc.add_paragraph("Ordförande: Karin Sjöberg (S)    Justerare: Lars Ekman (M)")
    docx_core(doc, "Protokoll kommunstyrelsen 2025-03-11", "Mora kommun")
    doc.save(path)
    fix_zip(path)


BEF = [  # år, totalt, 0-5, 6-15, 16-64, 65-79, 80+
    (2019, 20393, 1102, 2251, 10903, 4310, 1827),
    (2020, 20412, 1085, 2268, 10864, 4329, 1866),
    (2021, 20509, 1071, 2283, 10881, 4360, 1914),
    (2022, 20618, 1059, 2297, 10902, 4385, 1975),
    (2023, 20594, 1032, 2302, 10848, 4396, 2016),
    (2024, 20548, 1004, 2295, 10806, 4378, 2065),
]
KPI = [("Förskola", 9850, 10120, 10480), ("Grundskola", 16920, 17450, 17980),
       ("Gymnasieskola", 6410, 6580, 6720), ("Äldreomsorg", 19340, 20110, 20760),
       ("Individ- och familjeomsorg", 7980, 8620, 9310), ("Kultur och fritid", 2690, 2740, 2780)]


def xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Befolkning"
    ws["A1"] = "Befolkning i Mora kommun efter ålder 2019–2024"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Antal invånare den 31 december. Källa: SCB"
    ws.append([])
    ws.append(["År", "Totalt", "0–5 år", "6–15 år", "16–64 år", "65–79 år", "80 år och äldre"])
    for r in BEF:
        assert sum(r[2:]) == r[1], r
        ws.append(list(r))
    ws2 = wb.create_sheet("Kostnad per invånare")
    ws2["A1"] = "Nettokostnad per invånare för vissa verksamheter, Mora kommun"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Kronor per invånare (kr)"
    ws2.append([])
    ws2.append(["Verksamhet", 2022, 2023, 2024])
    for r in KPI:
        ws2.append(list(r))
    xlsx_core(wb, "Befolkning och nyckeltal Mora", "Mora kommun")
    wb.save(path)
    fix_zip(path)


PRESS = """# Spadtag för nya förskolan i Noret

**Pressmeddelande från Mora kommun, 2025-04-07**

I dag tog kommunstyrelsens ordförande Karin Sjöberg (S) och barn- och utbildningsnämndens ordförande Jonas Mattsson (C) det första spadtaget för den nya förskolan i Noret.

Förskolan får åtta avdelningar och plats för 144 barn. Den ersätter förskolorna Tallbacken och Solgården, som i dag har sammanlagt 118 platser.

– Det här är en investering i Moras barn. Vi får moderna lokaler och kan samtidigt minska kostnaderna för att driva lokaler som är slitna, säger Jonas Mattsson (C).

Den totala projektkostnaden är beräknad till 62,5 miljoner kronor. Byggnationen utförs av Dalabygg Entreprenad AB och förskolan beräknas stå klar till höstterminen 2026.

Förskolan byggs med solceller på taket och en gård som ska vara öppen för allmänheten på kvällar och helger. Kommunen räknar med att solcellerna ska minska elkostnaden med omkring 85 000 kronor per år.

**Kontakt**
Jonas Mattsson (C), ordförande barn- och utbildningsnämnden, 0250-260 12
Eva Lund, förvaltningschef, 0250-261 40
"""


def press(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(PRESS)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "mal-och-budget-2025-2027.pdf"))
    ar_pdf(os.path.join(outdir, "arsredovisning-2024.pdf"))
    html(os.path.join(outdir, "sa-anvands-din-skatt.html"))
    protokoll_docx(os.path.join(outdir, "protokoll-kommunstyrelsen-2025-03-11.docx"))
    xlsx(os.path.join(outdir, "befolkning-och-nyckeltal.xlsx"))
    press(os.path.join(outdir, "pressmeddelande-forskola-noret.md"))
