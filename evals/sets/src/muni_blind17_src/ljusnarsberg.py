"""Ljusnarsbergs kommun (Örebro län) - invented figures, real-world document conventions."""
from decimal import Decimal as D
import os
from pdfkit import Report, fmt, normalize_ooxml


def p1(x):
    return fmt(x, 1, "paren")


def t0(x):
    return fmt(x, 0, "minus")


# ---------------------------------------------------------------- RR (mnkr): utfall 2023, budget 2023, utfall 2022
RR = {
    "int": ["98.4", "84.0", "92.7"],
    "kost": ["-421.6", "-408.3", "-398.2"],
    "avskr": ["-14.9", "-15.5", "-13.8"],
    "skatt": ["214.3", "213.6", "201.5"],
    "gsb": ["131.8", "129.4", "125.9"],
    "finint": ["2.6", "1.0", "1.9"],
    "finkost": ["-4.1", "-3.2", "-2.7"],
}
RR = {k: [D(x) for x in v] for k, v in RR.items()}
NETTO = [a + b + c for a, b, c in zip(RR["int"], RR["kost"], RR["avskr"])]
VRES = [n + s + g for n, s, g in zip(NETTO, RR["skatt"], RR["gsb"])]
RES = [v + i + k for v, i, k in zip(VRES, RR["finint"], RR["finkost"])]

# driftredovisning (tkr): (verksamhet, budget 2023, utfall 2023, utfall 2022)
DRIFT = [
    ("Kommunstyrelsen", [
        ("Kommunledning och administration", 38420, 37186, 35902),
        ("Teknisk verksamhet", 22150, 23408, 21377),
        ("Arbetsmarknad och integration", 9870, 9112, 10245),
    ]),
    ("Barn- och utbildningsnämnden", [
        ("Förskola", 31540, 32118, 29874),
        ("Grundskola", 68200, 67459, 65010),
        ("Gymnasieskola", 29750, 31902, 28466),
    ]),
    ("Socialnämnden", [
        ("Äldreomsorg", 86300, 88745, 83119),
        ("Individ- och familjeomsorg", 24600, 22871, 25302),
        ("Funktionsstöd", 21480, 21905, 20688),
    ]),
]
SINGLE = [("Myndighetsnämnden", 1250, 1198, 1105), ("Revisionen", 980, 934, 912)]
DSUM = {n: tuple(sum(r[i] for r in rows) for i in (1, 2, 3)) for n, rows in DRIFT}
for n, a, b, c in SINGLE:
    DSUM[n] = (a, b, c)
NAMND = tuple(sum(v[i] for v in DSUM.values()) for i in range(3))
NETTO_TKR = (339800, 338112, 319287)  # budget, utfall 2023, utfall 2022 (matches RR in mnkr)
assert all((D(NETTO_TKR[i]) / 1000).quantize(D("0.1")) == -NETTO[j] for i, j in ((0, 1), (1, 0), (2, 2)))
FINANS = tuple(NETTO_TKR[i] - NAMND[i] for i in range(3))

# investeringsredovisning (tkr): (projekt, budget 2023, utfall 2023)
INV = [
    ("Kopparbergs skola, ventilation etapp 2", 6500, 5912),
    ("Förskolan Solrosen, ny avdelning", 4200, 4786),
    ("Skolgård Kyrkbacksskolan", 850, 612),
    ("Inventarier förskola och skola", 600, 548),
    ("Digitala lärverktyg", 450, 431),
    ("Särskilt boende Ljungåsen, takbyte", 3100, 2874),
    ("Trygghetslarm, digitalisering", 700, 655),
    ("Inventarier socialtjänst", 400, 318),
    ("Gatubelysning, byte till LED", 2400, 2215),
    ("Asfaltering kommunala gator", 3000, 3346),
    ("Gång- och cykelväg Kopparberg–Ställdalen, etapp 1", 2800, 1105),
    ("Bro över Hörksälven, renovering", 1500, 1688),
    ("Kommunhuset, energieffektivisering", 1200, 1042),
    ("Badplatser, tillgänglighetsanpassning", 350, 296),
    ("Sporthallen Kopparberg, golvbyte", 900, 934),
    ("Elljusspår Ställdalen", 500, 480),
    ("Biblioteket, meröppet", 300, 288),
    ("IT-infrastruktur och servrar", 1100, 967),
    ("Fordon, tekniska kontoret", 800, 764),
    ("Industrimark Kopparberg, exploatering", 1600, 420),
    ("Bredband landsbygd, medfinansiering", 1000, 1000),
    ("Kopparbergs station, upprustning", 700, 812),
    ("Lekplatser", 400, 377),
    ("Oförutsedda investeringar", 500, 0),
]
INV_B = sum(r[1] for r in INV)
INV_U = sum(r[2] for r in INV)
OMBUDG = [("Gång- och cykelväg Kopparberg–Ställdalen, etapp 1", 1695), ("Industrimark Kopparberg, exploatering", 1180),
          ("Skolgård Kyrkbacksskolan", 238)]
for n, v in OMBUDG:
    r = [x for x in INV if x[0] == n][0]
    assert r[1] - r[2] == v, (n, r, v)

FEM = [  # label, 2019..2023
    ("Folkmängd 31 december, antal", "4 834", "4 802", "4 779", "4 746", "4 705"),
    ("Kommunal skattesats, kr", "22,85", "22,85", "22,85", "23,10", "23,10"),
    ("Verksamhetens nettokostnader, mnkr", "286,4", "295,1", "304,8", None, None),
    ("Skatteintäkter och generella statsbidrag, mnkr", "296,2", "311,9", "318,7", None, None),
    ("Årets resultat, mnkr", "4,8", "12,3", "9,6", None, None),
    ("Årets resultat i % av skatter och bidrag", "1,6", "3,9", "3,0", None, None),
    ("Nettoinvesteringar, mnkr", "18,2", "14,6", "22,9", "27,4", None),
    ("Soliditet, %", "40,1", "41,0", "41,9", "42,3", "42,2"),
    ("Soliditet inkl. pensionsförpliktelser, %", "5,9", "9,1", "11,8", "13,2", "14,3"),
    ("Antal tillsvidareanställda", "512", "505", "498", "503", "496"),
]


def fem_rows():
    out = []
    for lab, *vals in FEM:
        vals = list(vals)
        if lab.startswith("Verksamhetens nettokostnader"):
            vals[3], vals[4] = fmt(-NETTO[2], 1), fmt(-NETTO[0], 1)
        if lab.startswith("Skatteintäkter och"):
            vals[3], vals[4] = fmt(RR["skatt"][2] + RR["gsb"][2], 1), fmt(RR["skatt"][0] + RR["gsb"][0], 1)
        if lab.startswith("Årets resultat, mnkr"):
            vals[3], vals[4] = fmt(RES[2], 1), fmt(RES[0], 1)
        if lab.startswith("Årets resultat i %"):
            vals[3] = fmt(RES[2] / (RR["skatt"][2] + RR["gsb"][2]) * 100, 1)
            vals[4] = fmt(RES[0] / (RR["skatt"][0] + RR["gsb"][0]) * 100, 1)
        if lab.startswith("Nettoinvesteringar"):
            vals[4] = fmt(D(INV_U) / 1000, 1)
        out.append([lab] + vals)
    return out


# ---------------------------------------------------------------- Årsredovisning PDF
def arsred_pdf(path):
    pdf = Report("Ljusnarsbergs kommun", "Årsredovisning 2023", "Ljusnarsbergs kommun – Årsredovisning 2023")
    pdf.skip_header = True
    pdf.add_page()
    pdf.set_y(75)
    pdf.set_font("DejaVu", "B", 28)
    pdf.multi_cell(0, 13, "Årsredovisning 2023", align="C")
    pdf.ln(6)
    pdf.set_font("DejaVu", "", 13)
    pdf.multi_cell(0, 7, "Ljusnarsbergs kommun", align="C")
    pdf.ln(50)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5.5, "Godkänd av kommunfullmäktige 2024-04-22, § 38\nDnr KS 2024/58", align="C")
    pdf.skip_header = False

    pdf.add_page()
    pdf.h1("Innehåll")
    for t, s in [("Kommunstyrelsens ordförande har ordet", 2), ("Översikt över verksamhetens utveckling", 3),
                 ("Fem år i sammandrag", 4), ("Viktiga förhållanden för resultat och ekonomisk ställning", 5),
                 ("Ekonomisk analys", 6), ("God ekonomisk hushållning", 7), ("Personal", 8),
                 ("Driftredovisning", 9), ("Nämndernas verksamhet", 10), ("Investeringsredovisning", 11),
                 ("Resultaträkning", 13), ("Balansräkning", 14), ("Kassaflödesanalys och noter", 15)]:
        pdf.set_font("DejaVu", "", 10)
        pdf.cell(140, 5.5, t)
        pdf.cell(0, 5.5, str(s), align="R")
        pdf.ln(5.5)
    pdf.ln(6)
    pdf.h1("Kommunstyrelsens ordförande har ordet")
    pdf.p("2023 blev ett år av stora utmaningar för Ljusnarsberg. Inflationen och de höga energipriserna slog hårt mot "
          "både hushåll och kommunens verksamheter, och befolkningen fortsatte att minska. Trots det kan vi redovisa "
          f"ett positivt resultat på {fmt(RES[0],1)} miljoner kronor, vilket är {fmt(RES[0]-RES[1],1)} miljoner kronor "
          "bättre än budget.")
    pdf.p("Resultatet förklaras till stor del av högre intäkter än väntat, bland annat riktade statsbidrag inom skola "
          "och äldreomsorg, och av ett gott kostnadsmedvetande i verksamheterna. Samtidigt redovisar socialnämnden och "
          "barn- och utbildningsnämnden underskott, och det är tydligt att vi behöver anpassa verksamheten till en "
          "mindre och äldre befolkning.")
    pdf.p("Under året har vi bland annat öppnat en ny avdelning på förskolan Solrosen, bytt ut gatubelysningen mot "
          "LED i Kopparberg och Ställdalen och påbörjat gång- och cykelvägen mellan Kopparberg och Ställdalen. "
          "Jag vill rikta ett stort tack till alla medarbetare som varje dag gör skillnad för invånarna.")
    pdf.set_font("DejaVu", "I", 10)
    pdf.multi_cell(0, 5.2, "Kopparberg i mars 2024\nUlrika Westin (S)\nKommunstyrelsens ordförande")

    pdf.add_page()
    pdf.h1("Översikt över verksamhetens utveckling")
    pdf.p("Ljusnarsbergs kommun ligger i norra delen av Örebro län och gränsar till Dalarna och Värmland. "
          "Centralort är Kopparberg. Den 31 december 2023 hade kommunen 4 705 invånare, vilket är 41 färre än ett år "
          "tidigare. Andelen invånare som är 65 år eller äldre uppgår till 31,4 procent, jämfört med 20,4 procent i "
          "riket.")
    pdf.p("Den kommunala koncernen består av kommunen och det helägda bostadsbolaget Ljusnarsbergs Fastighets AB (LFAB). "
          "Kommunen är dessutom medlem i Bergslagens räddningstjänst och i Bergslagens miljö- och byggförvaltning "
          "tillsammans med Lindesberg, Nora och Hällefors.")
    pdf.h2("Den kommunala koncernen")
    pdf.p("LFAB redovisade ett resultat efter finansiella poster på 2,1 mnkr för 2023. Bolaget förvaltar 612 lägenheter, "
          "och uthyrningsgraden uppgick till 93,8 procent vid årets slut. Under året har bolaget rivit 24 lägenheter i "
          "Ställdalen där efterfrågan varit låg.")

    # landscape: fem år i sammandrag
    pdf.add_page(orientation="L")
    pdf.h1("Fem år i sammandrag")
    pdf.caption("Tabell 1. Fem år i sammandrag, kommunen")
    pdf.table(["", "2019", "2020", "2021", "2022", "2023"], [("row", r) for r in fem_rows()],
              [117, 32, 32, 32, 32, 32], rh=6.2, size=9)
    pdf.p("Soliditeten inklusive pensionsförpliktelser har förbättrats varje år sedan 2019, främst som en följd av "
          "positiva resultat och att ansvarsförbindelsen för pensioner intjänade före 1998 minskar.")

    pdf.add_page(orientation="P")
    pdf.h1("Viktiga förhållanden för resultat och ekonomisk ställning")
    pdf.p("Skatteintäkterna utvecklades något bättre än budgeterat, men kostnadsökningarna var högre än under något år "
          "sedan början av 1990-talet. Prisindex för kommunal verksamhet ökade med 6,2 procent. Pensionskostnaderna "
          "ökade kraftigt till följd av det nya pensionsavtalet och den höga inflationen och uppgick till 31,6 mnkr, "
          "en ökning med 7,4 mnkr jämfört med 2022.")
    pdf.p("Kommunen har under året tagit emot 3,8 mnkr i tillfälligt statsbidrag för ökade energikostnader. "
          "Energikostnaderna för kommunens lokaler uppgick till 9,7 mnkr, jämfört med 7,9 mnkr 2022.")
    pdf.h2("Befolkningsutveckling")
    pdf.p("Befolkningsminskningen innebär att skatteintäkterna och statsbidragen växer långsammare än i riket. "
          "En minskning med 40 invånare motsvarar ett intäktsbortfall på cirka 2,9 mnkr per år.")
    pdf.h2("Händelser av väsentlig betydelse")
    pdf.p("I juni 2023 beslutade kommunfullmäktige att samla all grundskoleundervisning i årskurs 7–9 till "
          "Kopparbergs skola från hösten 2024. Under hösten genomfördes en upphandling av ny hemtjänstplanering. "
          "I december drabbades kommunen av ett omfattande strömavbrott som påverkade 1 200 hushåll i Ställdalen.")

    pdf.add_page()
    pdf.h1("Ekonomisk analys")
    pdf.h2("Årets resultat")
    pdf.p(f"Årets resultat uppgår till {fmt(RES[0],1)} mnkr, vilket är {fmt(RES[0]-RES[1],1)} mnkr bättre än budgeterat "
          f"resultat på {fmt(RES[1],1)} mnkr. Resultatet för 2022 var {fmt(RES[2],1)} mnkr. Verksamhetens nettokostnader "
          f"ökade med {fmt(-(NETTO[0]-NETTO[2]),1)} mnkr eller "
          f"{fmt((NETTO[0]-NETTO[2])/NETTO[2]*100,1)} procent jämfört med föregående år, medan skatteintäkter och "
          f"generella statsbidrag ökade med {fmt(RR['skatt'][0]+RR['gsb'][0]-RR['skatt'][2]-RR['gsb'][2],1)} mnkr.")
    pdf.p(f"Nämnderna redovisar tillsammans en negativ avvikelse mot budget på {t0(-(NAMND[0]-NAMND[1]))} tkr. "
          f"Finansförvaltningen redovisar ett överskott på {t0(FINANS[0]-FINANS[1])} tkr, främst tack vare "
          "lägre semesterlöneskuld och högre realisationsvinster än budgeterat.")
    pdf.h2("Balanskravsresultat")
    pdf.caption("Tabell 2. Balanskravsutredning. Belopp i mnkr")
    pdf.table(["", "2023", "2022"],
              [("row", ["Årets resultat enligt resultaträkningen", fmt(RES[0], 1), fmt(RES[2], 1)]),
               ("row", ["Samtliga realisationsvinster", "(0,3)", "(0,5)"]),
               ("sum", ["Årets resultat efter balanskravsjusteringar", fmt(RES[0] - D("0.3"), 1), fmt(RES[2] - D("0.5"), 1)]),
               ("row", ["Reservering till resultatutjämningsreserv", "0,0", "(2,0)"]),
               ("total", ["Balanskravsresultat", fmt(RES[0] - D("0.3"), 1), fmt(RES[2] - D("2.5"), 1)])],
              [100, 30, 30])
    pdf.p("Kommunen uppfyller balanskravet för 2023. Det finns inga tidigare negativa balanskravsresultat att återställa. "
          "Resultatutjämningsreserven uppgår till 8,0 mnkr.")
    pdf.h2("Likviditet och låneskuld")
    pdf.p("Likvida medel uppgick till 41,2 mnkr den 31 december 2023. Kommunens låneskuld ökade med 8,0 mnkr under året "
          "och uppgick vid årets slut till 112,0 mnkr, vilket motsvarar 23 805 kronor per invånare. Kommunen har "
          "dessutom borgensåtaganden för LFAB på 146,5 mnkr.")

    pdf.add_page()
    pdf.h1("God ekonomisk hushållning")
    pdf.p("Kommunfullmäktige har beslutat om tre finansiella mål för god ekonomisk hushållning. Två av tre mål uppfylls 2023.")
    pdf.caption("Tabell 3. Finansiella mål 2023")
    selffin = (RES[0] - RR["avskr"][0]) / (D(INV_U) / 1000) * 100
    pdf.table(["Mål", "Målvärde", "Utfall 2023", "Uppfyllt"],
              [("row", ["Resultat i procent av skatter och statsbidrag", "minst 2,0 %",
                        fmt(RES[0] / (RR['skatt'][0] + RR['gsb'][0]) * 100, 1) + " %", "Nej"]),
               ("row", ["Självfinansieringsgrad av investeringar", "minst 60 %", fmt(selffin, 0) + " %", "Ja"]),
               ("row", ["Soliditet inkl. pensionsförpliktelser ska öka", "ökning", "14,3 %", "Ja"])],
              [80, 28, 28, 24], aligns=["L", "R", "R", "C"])
    pdf.p("Resultatmålet uppnås inte för 2023, men genomsnittet för perioden 2019–2023 uppgår till 2,5 procent. "
          f"Självfinansieringsgraden uppgick till {fmt(selffin, 0)} procent: årets resultat plus avskrivningar, "
          f"{fmt(RES[0] - RR['avskr'][0], 1)} mnkr, täckte cirka två tredjedelar av nettoinvesteringarna. Resterande del "
          "har finansierats med nya lån på 8,0 mnkr och med likvida medel.")
    pdf.h2("Verksamhetsmål")
    pdf.p("Av kommunfullmäktiges 14 verksamhetsmål bedöms 8 vara uppfyllda, 4 delvis uppfyllda och 2 inte uppfyllda. "
          "Målet om att andelen elever i årskurs 9 som är behöriga till gymnasiets yrkesprogram ska öka uppfylldes: "
          "andelen ökade från 74,2 procent till 79,5 procent.")

    pdf.add_page()
    pdf.h1("Personal")
    pdf.p("Antalet tillsvidareanställda minskade under året med 7 personer till 496. Den totala sjukfrånvaron minskade "
          "till 7,8 procent. Kommunen har svårt att rekrytera legitimerad personal, framför allt lärare och "
          "sjuksköterskor, och inhyrd personal kostade 4,6 mnkr under 2023.")
    pdf.caption("Tabell 4. Personalnyckeltal per förvaltning 2023")
    pers = [("Kommunledningsförvaltningen", "58", "4,2", "27,9", "47,1"),
            ("Tekniska förvaltningen", "41", "6,9", "40,3", "52,6"),
            ("Barn- och utbildningsförvaltningen", "164", "6,5", "38,8", "46,0"),
            ("Socialförvaltningen", "233", "9,6", "49,2", "45,3")]
    pdf.table(["Förvaltning", "Antal tills-\nvidareanställda\n31 dec", "Total sjuk-\nfrånvaro, %",
               "Andel långtids-\nsjukfrånvaro\n(>59 dagar), %", "Medelålder,\når"],
              [("row", list(r)) for r in pers] + [("total", ["Totalt", "496", "7,8", "44,6", "46,1"])],
              [58, 30, 26, 32, 24])
    pdf.p("Sjukfrånvaron 2022 var 8,4 procent. Den högsta sjukfrånvaron finns inom socialförvaltningen, där "
          "hemtjänsten har arbetat med ett projekt för friskare arbetsplatser med stöd av 0,9 mnkr från Omställningsfonden.")

    # Driftredovisning
    pdf.add_page()
    pdf.h1("Driftredovisning")
    pdf.caption("Tabell 5. Driftredovisning per nämnd och verksamhet, nettokostnader. Belopp i tkr")
    rows = []
    for name, items in DRIFT:
        rows.append(("section", [name]))
        for it, b, u, f in items:
            rows.append(("row", ["   " + it, t0(b), t0(u), t0(b - u), t0(f)]))
        b, u, f = DSUM[name]
        rows.append(("sum", ["Summa " + name[0].lower() + name[1:], t0(b), t0(u), t0(b - u), t0(f)]))
    for name, b, u, f in SINGLE:
        rows.append(("sum", [name, t0(b), t0(u), t0(b - u), t0(f)]))
    rows.append(("total", ["Summa nämnder", t0(NAMND[0]), t0(NAMND[1]), t0(NAMND[0] - NAMND[1]), t0(NAMND[2])]))
    rows.append(("row", ["Finansförvaltning", t0(FINANS[0]), t0(FINANS[1]), t0(FINANS[0] - FINANS[1]), t0(FINANS[2])]))
    rows.append(("total", ["Verksamhetens nettokostnader", t0(NETTO_TKR[0]), t0(NETTO_TKR[1]),
                           t0(NETTO_TKR[0] - NETTO_TKR[1]), t0(NETTO_TKR[2])]))
    pdf.table(["Nämnd / verksamhet", "Budget 2023", "Utfall 2023", "Avvikelse", "Utfall 2022"], rows,
              [70, 25, 25, 25, 25], rh=5.4)
    pdf.caption("Avvikelse = budget minus utfall. Negativt belopp (minustecken) innebär att nettokostnaden överstiger budget.")

    pdf.add_page()
    pdf.h1("Nämndernas verksamhet")
    ks = DSUM["Kommunstyrelsen"]; bun = DSUM["Barn- och utbildningsnämnden"]; sn = DSUM["Socialnämnden"]
    pdf.h2("Kommunstyrelsen")
    pdf.p(f"Kommunstyrelsen redovisar en positiv avvikelse på {t0(ks[0]-ks[1])} tkr. Inom kommunledning och administration "
          "har flera tjänster varit vakanta under delar av året. Den tekniska verksamheten redovisar ett underskott "
          "som främst beror på höga kostnader för snöröjning och energi.")
    pdf.h2("Barn- och utbildningsnämnden")
    pdf.p(f"Barn- och utbildningsnämnden redovisar ett underskott på {t0(bun[1]-bun[0])} tkr. Underskottet finns "
          "framför allt inom gymnasieskolan, där fler elever än beräknat valt program i andra kommuner. "
          "Interkommunala ersättningar för gymnasieskolan uppgick till 18,4 mnkr. Antalet elever i grundskolan var "
          "471 den 15 oktober 2023.")
    pdf.h2("Socialnämnden")
    pdf.p(f"Socialnämnden redovisar ett underskott på {t0(sn[1]-sn[0])} tkr. Äldreomsorgen har haft ökade kostnader för "
          "bemanning och hemtjänsttimmar, som ökade med 6 procent till 118 400 timmar. Individ- och familjeomsorgen "
          f"redovisar däremot ett överskott på {t0(24600-22871)} tkr tack vare färre externa placeringar.")
    pdf.h2("Myndighetsnämnden och revisionen")
    pdf.p("Myndighetsnämnden hanterar bland annat bygglov och tillstånd enligt alkohollagen i samverkan med "
          "Bergslagens miljö- och byggförvaltning. Nämnden och revisionen redovisar små överskott.")

    # Investeringsredovisning (long table across page break)
    pdf.add_page()
    pdf.h1("Investeringsredovisning")
    pdf.p(f"Nettoinvesteringarna uppgick till {t0(INV_U)} tkr, vilket är {t0(INV_B-INV_U)} tkr lägre än budget. "
          "De största avvikelserna finns i projekten gång- och cykelväg Kopparberg–Ställdalen och exploateringen av "
          "industrimark i Kopparberg, som båda har försenats. Medel för dessa projekt föreslås ombudgeteras till 2024.")
    pdf.p("Förskolan Solrosen överskred budget på grund av markförhållandena, som krävde en mer omfattande grundläggning "
          "än planerat.")
    pdf.ln(80)
    pdf.caption("Tabell 6. Investeringsredovisning per projekt. Belopp i tkr")
    rows = [("row", [n, t0(b), t0(u), t0(b - u)]) for n, b, u in INV]
    rows.append(("total", ["Summa nettoinvesteringar", t0(INV_B), t0(INV_U), t0(INV_B - INV_U)]))
    pdf.table(["Projekt", "Budget 2023", "Utfall 2023", "Avvikelse"], rows, [92, 26, 26, 26],
              cont_caption="Tabell 6. Investeringsredovisning per projekt (forts.). Belopp i tkr", rh=5.8)

    # RR
    pdf.add_page()
    pdf.h1("Resultaträkning")
    pdf.caption("Tabell 7. Resultaträkning. Belopp i mnkr")
    labels = [("Verksamhetens intäkter", "1", RR["int"], "row"), ("Verksamhetens kostnader", "2", RR["kost"], "row"),
              ("Avskrivningar", "3", RR["avskr"], "row"), ("Verksamhetens nettokostnader", "", NETTO, "sum"),
              ("Skatteintäkter", "4", RR["skatt"], "row"), ("Generella statsbidrag och utjämning", "5", RR["gsb"], "row"),
              ("Verksamhetens resultat", "", VRES, "sum"), ("Finansiella intäkter", "6", RR["finint"], "row"),
              ("Finansiella kostnader", "7", RR["finkost"], "row"), ("Resultat efter finansiella poster", "", RES, "sum"),
              ("Extraordinära poster", "", [D(0)] * 3, "row"), ("Årets resultat", "", RES, "total")]
    rows = [(k, [l, n] + [p1(v) for v in vals]) for l, n, vals, k in labels]
    pdf.table(["", "Not", "Utfall 2023", "Budget 2023", "Utfall 2022"], rows, [72, 12, 28, 28, 28],
              aligns=["L", "C", "R", "R", "R"])
    pdf.p("Negativa belopp anges inom parentes.")

    pdf.add_page()
    pdf.h1("Balansräkning")
    pdf.caption("Tabell 8. Balansräkning per den 31 december. Belopp i mnkr")
    pdf.table(["", "Not", "2023-12-31", "2022-12-31"], [
        ("section", ["TILLGÅNGAR"]),
        ("row", ["Materiella anläggningstillgångar", "8", "262,4", "251,0"]),
        ("row", ["Finansiella anläggningstillgångar", "9", "18,7", "18,7"]),
        ("row", ["Omsättningstillgångar", "10", "71,3", "66,6"]),
        ("row", ["   därav kassa och bank", "", "41,2", "44,5"]),
        ("sum", ["Summa tillgångar", "", "352,4", "336,3"]),
        ("section", ["EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER"]),
        ("row", ["Eget kapital", "11", "148,6", "142,1"]),
        ("row", ["   därav årets resultat", "", fmt(RES[0], 1), fmt(RES[2], 1)]),
        ("row", ["   därav resultatutjämningsreserv", "", "8,0", "8,0"]),
        ("row", ["Avsättningar för pensioner", "12", "12,9", "12,2"]),
        ("row", ["Långfristiga skulder", "13", "112,0", "104,0"]),
        ("row", ["Kortfristiga skulder", "14", "78,9", "78,0"]),
        ("sum", ["Summa eget kapital, avsättningar och skulder", "", "352,4", "336,3"]),
        ("section", ["PANTER OCH ANSVARSFÖRBINDELSER"]),
        ("row", ["Pensionsförpliktelser som inte tagits upp bland skulder", "15", "98,3", "102,8"]),
        ("row", ["Borgensförbindelser", "16", "146,5", "149,2"]),
    ], [96, 12, 31, 31], aligns=["L", "C", "R", "R"])

    pdf.add_page()
    pdf.h1("Kassaflödesanalys och noter")
    pdf.caption("Tabell 9. Kassaflödesanalys. Belopp i mnkr")
    pdf.table(["", "2023", "2022"], [
        ("row", ["Årets resultat", fmt(RES[0], 1), fmt(RES[2], 1)]),
        ("row", ["Justering för av- och nedskrivningar", "14,9", "13,8"]),
        ("row", ["Justering för övriga ej likviditetspåverkande poster", "0,4", "(0,9)"]),
        ("row", ["Förändring av rörelsekapital", "(1,6)", "2,7"]),
        ("sum", ["Kassaflöde från den löpande verksamheten", "20,2", "22,9"]),
        ("row", ["Investering i materiella anläggningstillgångar", p1(-D(INV_U) / 1000), "(27,4)"]),
        ("row", ["Försäljning av materiella anläggningstillgångar", "0,4", "0,6"]),
        ("sum", ["Kassaflöde från investeringsverksamheten", p1(-D(INV_U) / 1000 + D("0.4")), "(26,8)"]),
        ("row", ["Nyupptagna lån", "8,0", "6,0"]),
        ("sum", ["Kassaflöde från finansieringsverksamheten", "8,0", "6,0"]),
        ("total", ["Årets kassaflöde", p1(D("20.2") + D("0.4") - D(INV_U) / 1000 + D("8.0")), "2,1"]),
    ], [110, 30, 30])
    pdf.h2("Noter")
    pdf.p("Not 1 Verksamhetens intäkter: I intäkterna ingår riktade statsbidrag med 41,7 mnkr (34,9 mnkr 2022), "
          "varav ersättning från Migrationsverket 2,3 mnkr.", size=9)
    pdf.p("Not 2 Verksamhetens kostnader: Personalkostnaderna uppgick till 268,9 mnkr. Kostnaden för köp av "
          "huvudverksamhet, främst gymnasieplatser och placeringar, uppgick till 42,1 mnkr.", size=9)
    pdf.p("Not 4 Skatteintäkter: Den kommunala skattesatsen var 23,10 kronor. Slutavräkningen för 2023 beräknas enligt "
          "SKR:s decemberprognos till 1 243 kronor per invånare.", size=9)
    pdf.p("Not 7 Finansiella kostnader: Räntor på lån uppgick till 3,2 mnkr och ränta på pensionsavsättningen "
          "till 0,9 mnkr.", size=9)
    pdf.output(path)


# ---------------------------------------------------------------- HTML news
def html(path):
    ks = DSUM["Kommunstyrelsen"]
    rows = []
    for name in ["Kommunstyrelsen", "Barn- och utbildningsnämnden", "Socialnämnden", "Myndighetsnämnden", "Revisionen"]:
        b, u, f = DSUM[name]
        rows.append(f"      <tr><td>{name}</td><td>{t0(b)}</td><td>{t0(u)}</td><td>{t0(b-u)}</td></tr>")
    doc = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Överskott för Ljusnarsbergs kommun 2023 - Ljusnarsbergs kommun</title>
<link rel="stylesheet" href="/css/site.css">
<script src="/js/cookieconsent.js"></script>
<style>.visually-hidden{{position:absolute;left:-9999px}}</style>
</head>
<body>
<div id="cookieconsent" role="dialog" aria-label="Kakor">
  <p>Ljusnarsberg.se använder kakor för att webbplatsen ska fungera och för att samla in statistik. <a href="/om-webbplatsen/kakor">Läs mer om kakor</a></p>
  <button>Acceptera</button><button>Neka statistikkakor</button>
</div>
<a class="visually-hidden" href="#main">Gå till huvudinnehåll</a>
<header class="site-header">
  <img src="/images/logo.svg" alt="Ljusnarsbergs kommun">
  <nav>
    <a href="/barn-och-utbildning">Barn och utbildning</a>
    <a href="/omsorg-och-stod">Omsorg och stöd</a>
    <a href="/bo-och-miljo">Bo och miljö</a>
    <a href="/kultur-och-fritid">Kultur och fritid</a>
    <a href="/naringsliv-och-arbete">Näringsliv och arbete</a>
    <a href="/kommun-och-politik">Kommun och politik</a>
  </nav>
</header>
<div class="breadcrumb">Du är här: <a href="/">Start</a> &rsaquo; <a href="/kommun-och-politik">Kommun och politik</a> &rsaquo; <a href="/nyheter">Nyheter</a> &rsaquo; Överskott för Ljusnarsbergs kommun 2023</div>
<main id="main">
<article class="news">
<h1>Överskott för Ljusnarsbergs kommun 2023</h1>
<p class="date">Publicerad 28 mars 2024</p>
<p class="lead">Ljusnarsbergs kommun gör ett överskott på {fmt(RES[0],1)} miljoner kronor för 2023. Det visar årsredovisningen som kommunstyrelsen behandlade den 26 mars.</p>
<p>Budgeten för året var ett överskott på {fmt(RES[1],1)} miljoner kronor. Att resultatet blev bättre beror främst på högre statsbidrag och på att finansförvaltningen gick med överskott.</p>
<p>– Vi har klarat ett tufft år med hög inflation, men vi ser att både skolan och socialtjänsten har svårt att hålla budget. Det måste vi ta på största allvar inför 2025, säger Ulrika Westin (S), kommunstyrelsens ordförande.</p>
<p>Nettoinvesteringarna uppgick till {fmt(D(INV_U)/1000,1)} miljoner kronor. Bland de större projekten märks ventilationen i Kopparbergs skola och den nya avdelningen på förskolan Solrosen.</p>
<h2>Nämndernas resultat</h2>
<table class="table">
  <caption>Nämndernas nettokostnader 2023, tkr</caption>
  <thead>
    <tr><th rowspan="2">Nämnd</th><th colspan="3">År 2023</th></tr>
    <tr><th>Budget</th><th>Utfall</th><th>Avvikelse</th></tr>
  </thead>
  <tbody>
{chr(10).join(rows)}
  </tbody>
</table>
<p>Årsredovisningen behandlas av kommunfullmäktige den 22 april 2024. Kommunens revisorer tillstyrker att fullmäktige beviljar ansvarsfrihet.</p>
<p><strong>Uppdatering 23 april:</strong> Kommunfullmäktige godkände årsredovisningen och beviljade ansvarsfrihet för kommunstyrelsen och nämnderna.</p>
<p>Kontakt: Malin Ek, ekonomichef, telefon 0580-805 00</p>
<p class="updated">Senast uppdaterad: 23 april 2024</p>
</article>
<aside><h2>Relaterat</h2><ul><li><a href="/ekonomi/arsredovisning">Årsredovisningar</a></li><li><a href="/ekonomi/budget">Budget och verksamhetsplan</a></li></ul></aside>
</main>
<footer>
  <p>Ljusnarsbergs kommun, Box 23, 714 21 Kopparberg</p>
  <p>Växel: 0580-805 00 | kommun@ljusnarsberg.se</p>
  <p><a href="/om-webbplatsen/tillganglighet">Tillgänglighet</a> | <a href="/om-webbplatsen/kakor">Kakor</a> | <a href="/om-webbplatsen/personuppgifter">Personuppgifter</a></p>
</footer>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(doc)


# ---------------------------------------------------------------- DOCX KF protokoll
def docx_protokoll(path):
    from docx import Document
    from docx.shared import Pt
    d = Document()
    d.core_properties.created = __import__("datetime").datetime(2024, 4, 25)
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    d.add_paragraph("LJUSNARSBERGS KOMMUN")
    d.add_paragraph("PROTOKOLL")
    d.add_paragraph("Kommunfullmäktige 2024-04-22")
    d.add_paragraph("Plats och tid: Folkets hus, Kopparberg, kl. 18.30–21.05")
    d.add_paragraph("Ordförande: Göran Hedlund (C)")
    d.add_paragraph("Sekreterare: Emma Lundgren")
    d.add_paragraph("Justerare: Kjell Åström (SD) och Birgitta Norén (V)")
    d.add_paragraph("Närvarande: 29 av 31 ledamöter enligt närvarolista, bilaga 1.")
    d.add_paragraph("Paragrafer: 36–43")
    d.add_heading("§ 36 Upprop och val av justerare", level=2)
    d.add_paragraph("Kommunfullmäktige utser Kjell Åström (SD) och Birgitta Norén (V) att justera protokollet "
                    "den 25 april 2024 på kommunkansliet.")
    d.add_heading("§ 37 Allmänhetens frågestund", level=2)
    d.add_paragraph("Två frågor ställdes om vinterväghållningen i Ställdalen. Kommunstyrelsens ordförande "
                    "Ulrika Westin (S) besvarade frågorna.")
    d.add_heading("§ 38 Årsredovisning 2023", level=2)
    d.add_paragraph("Dnr KS 2024/58")
    d.add_paragraph(f"Ärendebeskrivning: Årsredovisningen för 2023 visar ett resultat på {fmt(RES[0],1)} mnkr. "
                    f"Balanskravsresultatet är {fmt(RES[0]-D('0.3'),1)} mnkr. Kommunstyrelsen behandlade "
                    "årsredovisningen den 26 mars 2024, § 52.")
    d.add_paragraph("Yrkanden: Anders Pihl (M) yrkar bifall till kommunstyrelsens förslag.")
    d.add_paragraph("Beslut: Kommunfullmäktige godkänner årsredovisningen för 2023.")
    d.add_heading("§ 39 Ansvarsfrihet för 2023", level=2)
    d.add_paragraph("Revisorerna tillstyrker i sin revisionsberättelse att kommunfullmäktige beviljar ansvarsfrihet "
                    "för kommunstyrelsen, nämnderna och de enskilda förtroendevalda i dessa organ. Revisorerna riktar "
                    "samtidigt kritik mot socialnämndens budgetuppföljning.")
    d.add_paragraph("Jäv: Ledamöter som har ingått i kommunstyrelsen eller en nämnd deltar inte i beslutet om "
                    "ansvarsfrihet för det egna organet.")
    d.add_paragraph("Beslut: Kommunfullmäktige beviljar kommunstyrelsen, barn- och utbildningsnämnden, socialnämnden "
                    "och myndighetsnämnden samt de enskilda ledamöterna i dessa organ ansvarsfrihet för 2023.")
    d.add_heading("§ 40 Ombudgetering av investeringsmedel från 2023 till 2024", level=2)
    d.add_paragraph("Dnr KS 2024/71")
    d.add_paragraph("Ärendebeskrivning: Tre investeringsprojekt har inte slutförts under 2023. Kommunstyrelsen föreslår "
                    "att outnyttjade medel förs över till investeringsbudgeten för 2024.")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Projekt", "Ombudgeteras, tkr"
    for n, v in OMBUDG:
        r = t.add_row().cells
        r[0].text, r[1].text = n, t0(v)
    r = t.add_row().cells
    r[0].text, r[1].text = "Summa", t0(sum(v for _, v in OMBUDG))
    d.add_paragraph(f"Beslut: Kommunfullmäktige beslutar att ombudgetera {t0(sum(v for _, v in OMBUDG))} tkr från "
                    "investeringsbudgeten 2023 till investeringsbudgeten 2024 enligt tabellen ovan.")
    d.add_heading("§ 41 Motion om fritidskort för unga", level=2)
    d.add_paragraph("Dnr KS 2023/214")
    d.add_paragraph("Ärendebeskrivning: Birgitta Norén (V) har i en motion föreslagit att alla barn och unga "
                    "mellan 8 och 16 år i kommunen ska få ett fritidskort värt 2 000 kronor per år. Kostnaden "
                    "beräknas till cirka 1,1 mnkr per år. Kommunstyrelsen föreslår att motionen avslås.")
    d.add_paragraph("Yrkanden: Birgitta Norén (V) och Lena Sjöberg (S) yrkar bifall till motionen. Anders Pihl (M) "
                    "och Kjell Åström (SD) yrkar avslag i enlighet med kommunstyrelsens förslag.")
    d.add_paragraph("Omröstning: Omröstning begärs. Ja för kommunstyrelsens förslag (avslag), nej för bifall till "
                    "motionen. Omröstningen utfaller med 17 ja-röster mot 12 nej-röster.")
    d.add_paragraph("Beslut: Kommunfullmäktige avslår motionen.")
    d.add_paragraph("Reservation: Vänsterpartiets ledamöter reserverar sig mot beslutet.")
    d.add_heading("§ 42 Val av ersättare i socialnämnden", level=2)
    d.add_paragraph("Beslut: Kommunfullmäktige väljer Hanna Berg (S) till ersättare i socialnämnden efter "
                    "Per Olsson (S) för tiden till och med 2026-12-31.")
    d.add_heading("§ 43 Anmälningar", level=2)
    d.add_paragraph("Beslut: Anmälningarna läggs till handlingarna.")
    d.add_paragraph("Justerat 2024-04-25. Anslaget på kommunens digitala anslagstavla 2024-04-26.")
    d.save(path)
    normalize_ooxml(path, "2024-04-25T08:00:00Z")


# ---------------------------------------------------------------- XLSX
def xlsx(path):
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Befolkning"
    ws.append(["Ljusnarsbergs kommun – befolkningsförändringar 2018–2023"])
    ws["A1"].font = Font(bold=True)
    ws.append(["Antal personer. Folkmängd per 31 december"])
    ws.append(["År", "Folkmängd", "Födda", "Döda", "Inflyttade", "Utflyttade", "Förändring"])
    data = [(2018, 4869, 38, 79, 262, 255), (2019, 4834, 35, 84, 251, 237), (2020, 4802, 41, 90, 248, 231),
            (2021, 4779, 37, 78, 266, 248), (2022, 4746, 33, 86, 271, 251), (2023, 4705, 36, 82, 259, 254)]
    prev = 4869 + 0
    for i, (y, pop, f, d_, inn, ut) in enumerate(data):
        ch = f - d_ + inn - ut
        if i > 0:
            assert prev + ch == pop, (y, prev, ch, pop)
        ws.append([y, pop, f, d_, inn, ut, ch])
        prev = pop
    ws2 = wb.create_sheet("Skatt")
    ws2.append(["Skattesatser i Ljusnarsbergs kommun 2019–2024"])
    ws2["A1"].font = Font(bold=True)
    ws2.append(["Kronor per 100 kronor beskattningsbar inkomst"])
    ws2.append(["År", "Kommun", "Region Örebro län", "Total kommunalskatt"])
    for y, k, r in [(2019, "22.85", "11.85"), (2020, "22.85", "12.30"), (2021, "22.85", "12.30"),
                    (2022, "23.10", "12.30"), (2023, "23.10", "12.30"), (2024, "23.10", "12.30")]:
        ws2.append([y, float(k), float(r), float(D(k) + D(r))])
        for c in ws2[ws2.max_row][1:]:
            c.number_format = "0.00"
    wb.properties.created = __import__("datetime").datetime(2024, 2, 1)
    wb.properties.modified = __import__("datetime").datetime(2024, 2, 1)
    wb.save(path)
    normalize_ooxml(path, "2024-03-01T08:00:00Z")


# ---------------------------------------------------------------- Markdown
def md(path):
    txt = """# Ljusnarsberg i siffror 2024

*Faktablad från kommunledningsförvaltningen, Ljusnarsbergs kommun. Uppdaterat februari 2024.*

Ljusnarsbergs kommun ligger i Bergslagen i norra Örebro län. Centralort är Kopparberg; andra orter är Ställdalen,
Ljusnarsberg, Bäckegruvan och Mossgruvan. Kommunens landareal är 632 kvadratkilometer och avståndet från Kopparberg
till Örebro är 85 kilometer.

## Befolkning

- Folkmängd den 31 december 2023: 4 705 invånare
- Andel invånare 65 år och äldre: 31,4 procent
- Antal födda 2023: 36
- Befolkningstäthet: 7,4 invånare per kvadratkilometer

## Ekonomi

- Kommunal skattesats 2024: 23,10 kronor (oförändrad)
- Total kommunalskatt inklusive Region Örebro län: 35,40 kronor
- Budgeterat resultat 2024: 2,4 mnkr
- Investeringsbudget 2024: 24,6 mnkr, inklusive ombudgeterade medel från 2023
- Kommunens låneskuld 31 december 2023: 112,0 mnkr

## Verksamhet

| Verksamhet | Antal 2023 |
|---|---|
| Barn i förskola | 208 |
| Elever i grundskola (15 okt) | 471 |
| Brukare med hemtjänst | 164 |
| Platser i särskilt boende | 72 |
| Tillsvidareanställda i kommunen | 496 |

## Nettokostnad per invånare 2023

| Verksamhet | Kronor per invånare | Jämförelse riket |
|---|---|---|
| Förskola | 6 826 | 7 910 |
| Grundskola | 14 338 | 14 120 |
| Gymnasieskola | 6 780 | 5 440 |
| Äldreomsorg | 18 862 | 12 690 |
| Individ- och familjeomsorg | 4 861 | 4 350 |
| **Totalt, alla verksamheter** | **71 862** | **63 400** |

Källa: Kolada och kommunens årsredovisning 2023.

## Största arbetsgivare

Kommunen är den största arbetsgivaren med 496 tillsvidareanställda, följd av tillverkningsindustrin och
Region Örebro län.
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    arsred_pdf(os.path.join(outdir, "ljusnarsberg-arsredovisning-2023.pdf"))
    html(os.path.join(outdir, "nyhet-overskott-2023.html"))
    docx_protokoll(os.path.join(outdir, "kf-protokoll-2024-04-22.docx"))
    xlsx(os.path.join(outdir, "befolkning-och-skattesats.xlsx"))
    md(os.path.join(outdir, "ljusnarsberg-i-siffror-2024.md"))
