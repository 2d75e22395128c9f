"""Generate Strömsunds kommun documents for blind-muni5 (deterministic)."""
import os, sys, datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pdfkit import Doc, sv

OUT = "/work/main/evals/corpora/blind-muni5/stromsund"
r1 = lambda x: round(x + 0.0, 1)
t = lambda x: (("–" if x < 0 else "") + f"{abs(x):,}".replace(",", " "))

# driftredovisning (tkr): budget helår, utfall jan–aug, prognos helår
DRIFT = [("Kommunstyrelsen", 142600, 91250, 139800),
         ("Barn- och utbildningsnämnden", 318400, 206930, 321900),
         ("Socialnämnden", 402300, 276540, 414900),
         ("Samhällsbyggnadsnämnden", 61200, 39870, 60100),
         ("Miljö- och byggnämnden", 5400, 3310, 5200),
         ("Revisionen", 1500, 870, 1500)]
SN_VHT = [("Äldreomsorg", 198600, 136220, 204100),
          ("Hälso- och sjukvård", 48700, 33150, 50200),
          ("Stöd enligt LSS", 71300, 48010, 71100),
          ("Individ- och familjeomsorg", 58900, 42860, 64300),
          ("Försörjningsstöd", 14200, 9870, 14600),
          ("Nämnd och administration", 10600, 6430, 10600)]
# RR mnkr: utfall jan-aug 2025, utfall jan-aug 2024, budget 2025, prognos 2025
INT = [142.3, 131.8, 205.0, 214.6]
KOST = [-678.9, -652.4, -1024.6, -1046.2]
AVS = [-25.1, -23.9, -38.5, -37.8]
SKATT = [390.8, 377.2, 585.9, 587.2]
GSB = [196.4, 183.6, 294.3, 295.1]
FI = [2.1, 2.4, 3.0, 3.2]
FK = [-4.6, -5.3, -7.5, -6.9]
NETTO = [r1(INT[i] + KOST[i] + AVS[i]) for i in range(4)]
VR = [r1(NETTO[i] + SKATT[i] + GSB[i]) for i in range(4)]
RES = [r1(VR[i] + FI[i] + FK[i]) for i in range(4)]

INV = [("Bredband, landsbygdsutbyggnad", 6500, 3920, 6200),
       ("Reinvestering gator och broar", 8200, 4110, 8200),
       ("Vattenverk Hammerdal, ombyggnad", 14500, 5240, 11800),
       ("Ledningsnät VA, förnyelse", 7800, 3650, 7800),
       ("Ny förskola Strömsund", 22000, 9870, 17500),
       ("Gäddede skola, ventilation", 3400, 3120, 3400),
       ("Särskilt boende Solgården, larm", 2100, 1980, 2100),
       ("Fordon hemtjänst", 1600, 1210, 1600),
       ("IT och digitalisering", 2500, 860, 2000),
       ("Fritidsanläggningar", 1900, 620, 1400)]


def build_pdf():
    d = Doc("Delårsrapport januari–augusti 2025", "Strömsunds kommun")
    d.add_page(); d.ln(60)
    d.set_font("DV", "B", 26); d.multi_cell(0, 13, "Delårsrapport\njanuari–augusti 2025", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "", 13); d.ln(5); d.multi_cell(0, 8, "Strömsunds kommun", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "", 10); d.multi_cell(0, 6, "Behandlad av kommunfullmäktige 2025-10-22, § 97", new_x="LMARGIN", new_y="NEXT")
    d.add_page(); d.h1("Kommunstyrelsens ordförande har ordet")
    d.p("Årets första åtta månader har präglats av ett fortsatt högt kostnadstryck inom socialnämndens verksamheter. Trots det "
        "redovisar kommunen ett positivt periodresultat på 23,0 mnkr, vilket till stor del förklaras av att kostnaderna för "
        "semesterlöner belastar perioden mindre än helåret.")
    d.p("Prognosen för helåret är ett resultat på 9,2 mnkr, vilket är 8,4 mnkr sämre än budget. Det innebär att vi inte når det "
        "finansiella målet om ett resultat på 2 procent av skatteintäkter och generella statsbidrag. Kommunstyrelsen beslutade "
        "den 9 september om en åtgärdsplan med anställningsstopp för administrativa tjänster och skärpt inköpsprövning.")
    d.p("Samtidigt har mycket positivt hänt. Bredbandsutbyggnaden på landsbygden har nått ytterligare 140 hushåll, och arbetet med "
        "den nya förskolan i Strömsund går enligt plan. Turismen i Gäddede och Frostviken har haft en rekordsommar.")
    d.p("Maria Lindberg (S)\nKommunstyrelsens ordförande")
    d.add_page(); d.h1("Förvaltningsberättelse")
    d.h2("Väsentliga händelser under perioden")
    d.bullets(["Kommunfullmäktige beslutade i april att starta en förstudie om samlokalisering av gymnasieskolan och vuxenutbildningen.",
               "Strömsunds kommun beviljades 4,2 mnkr från Boverket för upprustning av skolgårdar i Hoting och Backe.",
               "Socialnämnden har under perioden haft sex externa placeringar av barn och unga utöver budgeterad nivå.",
               "Ombyggnaden av vattenverket i Hammerdal har försenats på grund av leveransproblem.",
               "Kommunen tog emot 38 nyanlända under perioden, att jämföra med 52 under samma period 2024."])
    d.h2("Befolkning")
    d.p("Den 30 juni 2025 hade Strömsunds kommun 11 402 invånare, en minskning med 61 personer sedan årsskiftet. Minskningen beror "
        "främst på ett födelseunderskott; flyttnettot var i stort sett i balans.")
    d.h2("Ekonomiskt resultat")
    d.p("Periodens resultat uppgår till 23,0 mnkr, jämfört med 13,4 mnkr för motsvarande period 2024. Verksamhetens nettokostnad "
        "har ökat med 3,2 procent jämfört med samma period föregående år, medan skatteintäkter och generella statsbidrag har ökat "
        "med 4,7 procent.")
    rr = [("row", ["Verksamhetens intäkter", "1"] + [sv(x) for x in INT] + [sv(r1(INT[3] - INT[2]))]),
          ("row", ["Verksamhetens kostnader", "2"] + [sv(x) for x in KOST] + [sv(r1(KOST[3] - KOST[2]))]),
          ("row", ["Avskrivningar", "3"] + [sv(x) for x in AVS] + [sv(r1(AVS[3] - AVS[2]))]),
          ("sum", ["Verksamhetens nettokostnad", ""] + [sv(x) for x in NETTO] + [sv(r1(NETTO[3] - NETTO[2]))]),
          ("row", ["Skatteintäkter", "4"] + [sv(x) for x in SKATT] + [sv(r1(SKATT[3] - SKATT[2]))]),
          ("row", ["Generella statsbidrag och utjämning", "5"] + [sv(x) for x in GSB] + [sv(r1(GSB[3] - GSB[2]))]),
          ("sum", ["Verksamhetens resultat", ""] + [sv(x) for x in VR] + [sv(r1(VR[3] - VR[2]))]),
          ("row", ["Finansiella intäkter", "6"] + [sv(x) for x in FI] + [sv(r1(FI[3] - FI[2]))]),
          ("row", ["Finansiella kostnader", "7"] + [sv(x) for x in FK] + [sv(r1(FK[3] - FK[2]))]),
          ("total", ["Periodens/årets resultat", ""] + [sv(x) for x in RES] + [sv(r1(RES[3] - RES[2]))])]
    d.table("Resultaträkning", "Belopp i mnkr",
            ["", "Not", "Utfall\njan–aug 2025", "Utfall\njan–aug 2024", "Budget\n2025", "Prognos\nhelår 2025", "Avvikelse"],
            rr, [52, 9, 22, 22, 20, 22, 22], fs=7.5)
    d.add_page(); d.h1("Balansräkning")
    bal = [("section", ["Tillgångar", "", ""]),
           ("row", ["Materiella anläggningstillgångar", "786,4", "771,9"]),
           ("row", ["Finansiella anläggningstillgångar", "41,2", "41,2"]),
           ("row", ["Kortfristiga fordringar", "74,8", "88,3"]),
           ("row", ["Kassa och bank", "96,1", "82,7"]),
           ("total", ["Summa tillgångar", "998,5", "984,1"]),
           ("section", ["Eget kapital, avsättningar och skulder", "", ""]),
           ("row", ["Eget kapital", "402,7", "379,7"]),
           ("row", ["  därav periodens/årets resultat", "23,0", "18,1"]),
           ("row", ["Avsättningar", "71,5", "69,8"]),
           ("row", ["Långfristiga skulder", "318,0", "323,0"]),
           ("row", ["Kortfristiga skulder", "206,3", "211,6"]),
           ("total", ["Summa eget kapital, avsättningar och skulder", "998,5", "984,1"])]
    d.table("Balansräkning", "Belopp i mnkr", ["", "2025-08-31", "2024-12-31"], bal, [100, 30, 30])
    d.p("Soliditeten uppgick till 40,3 procent den 31 augusti 2025, jämfört med 38,6 procent vid årsskiftet. Inklusive hela "
        "pensionsförpliktelsen var soliditeten 21,4 procent.")
    d.h2("Likviditet och lån")
    d.p("Likviditeten är god. Under perioden har lån om 5,0 mnkr amorterats och inga nya lån har tagits upp. Kommunens låneskuld "
        "uppgick till 318,0 mnkr den 31 augusti.")
    d.add_page(); d.h1("Driftredovisning")
    d.p("Driftredovisningen visar nämndernas nettokostnader. Avvikelsen anger skillnaden mellan budget och prognos för helåret; ett "
        "negativt tal innebär ett befarat underskott. Nämndernas sammantagna prognos är ett underskott på 12,0 mnkr, som delvis "
        "vägs upp av ett överskott inom finansförvaltningen på 3,6 mnkr.")
    dr = [("row", [n, t(b), t(u), t(p), t(b - p)]) for n, b, u, p in DRIFT]
    sb = sum(x[1] for x in DRIFT); su = sum(x[2] for x in DRIFT); sp = sum(x[3] for x in DRIFT)
    dr.append(("total", ["Summa nämnder", t(sb), t(su), t(sp), t(sb - sp)]))
    d.table("Driftredovisning per nämnd", "Belopp i tkr",
            ["Nämnd", "Budget\nhelår 2025", "Utfall\njan–aug 2025", "Prognos\nhelår 2025", "Avvikelse"], dr, [62, 27, 27, 27, 27])
    d.h2("Kommentarer per nämnd")
    d.p("Kommunstyrelsen prognostiserar ett överskott på 2,8 mnkr, främst till följd av vakanta tjänster och lägre kostnader för "
        "färdtjänst.")
    d.p("Barn- och utbildningsnämnden prognostiserar ett underskott på 3,5 mnkr. Underskottet beror på ökade kostnader för "
        "gymnasieelever som studerar i andra kommuner (interkommunala ersättningar) samt högre skolskjutskostnader.")
    d.p("Socialnämnden prognostiserar ett underskott på 12,6 mnkr. Den största avvikelsen finns inom individ- och familjeomsorgen, "
        "där externa placeringar beräknas kosta 5,4 mnkr mer än budgeterat. Även äldreomsorgen visar underskott på grund av "
        "hög användning av bemanningssjuksköterskor.")
    d.p("Samhällsbyggnadsnämnden prognostiserar ett överskott på 1,1 mnkr tack vare lägre kostnader för vinterväghållning under "
        "början av året.")
    sr = [("row", [n, t(b), t(u), t(p), t(b - p)]) for n, b, u, p in SN_VHT]
    ssb = sum(x[1] for x in SN_VHT); ssu = sum(x[2] for x in SN_VHT); ssp = sum(x[3] for x in SN_VHT)
    sr.append(("total", ["Summa socialnämnden", t(ssb), t(ssu), t(ssp), t(ssb - ssp)]))
    d.table("Socialnämnden per verksamhet", "Belopp i tkr",
            ["Verksamhet", "Budget\nhelår 2025", "Utfall\njan–aug 2025", "Prognos\nhelår 2025", "Avvikelse"], sr, [62, 27, 27, 27, 27])
    d.add_page(); d.h1("Investeringsredovisning")
    d.p("Investeringsbudgeten för 2025 uppgår till 70,5 mnkr inklusive ombudgeteringar från 2024. Utfallet för perioden är 34,6 mnkr "
        "och prognosen för helåret är 62,0 mnkr. Den lägre prognosen beror främst på förseningar i ombyggnaden av vattenverket i "
        "Hammerdal och i byggnationen av den nya förskolan.")
    ir = [("row", [n, t(b), t(u), t(p), t(b - p)]) for n, b, u, p in INV]
    ib = sum(x[1] for x in INV); iu = sum(x[2] for x in INV); ip = sum(x[3] for x in INV)
    ir.append(("total", ["Summa investeringar", t(ib), t(iu), t(ip), t(ib - ip)]))
    d.table("Investeringar per projekt", "Belopp i tkr",
            ["Projekt", "Budget\n2025", "Utfall\njan–aug 2025", "Prognos\nhelår 2025", "Avvikelse"], ir, [62, 27, 27, 27, 27])
    d.add_page(); d.h1("Personal")
    d.p("Antalet tillsvidareanställda var 1 012 den 31 augusti 2025, vilket är 14 färre än vid samma tidpunkt 2024. Sjukfrånvaron "
        "har minskat jämfört med föregående år.")
    pr = [("row", ["Kommunstyrelsen", "118", "121", "4,2", "3,8"]),
          ("row", ["Barn- och utbildningsnämnden", "341", "334", "6,1", "5,7"]),
          ("row", ["Socialnämnden", "462", "455", "8,8", "8,1"]),
          ("row", ["Samhällsbyggnadsnämnden", "97", "94", "5,9", "6,2"]),
          ("row", ["Miljö- och byggnämnden", "8", "8", "1,9", "2,4"]),
          ("total", ["Totalt", "1 026", "1 012", "7,2", "6,6"])]
    d.table("Personalstatistik", "Antal tillsvidareanställda den 31 augusti; sjukfrånvaro jan–aug i procent av ordinarie arbetstid",
            ["Nämnd", "Antal\n2024", "Antal\n2025", "Sjukfrånvaro\n2024, %", "Sjukfrånvaro\n2025, %"], pr, [66, 24, 24, 28, 28])
    d.h2("Måluppfyllelse")
    d.p("Av kommunfullmäktiges 12 mål bedöms 5 uppnås helt, 5 delvis och 2 inte uppnås vid årets slut. De mål som inte bedöms "
        "uppnås är det finansiella resultatmålet och målet om minskade externa placeringar.")
    d.output(os.path.join(OUT, "stromsund_delarsrapport_jan-aug_2025.pdf"))
    return d.page_no()


PROTOKOLL = """STRÖMSUNDS KOMMUN
SAMMANTRÄDESPROTOKOLL
Kommunfullmäktige

Sammanträdesdatum: 2025-11-26
Plats och tid: Hembygdsgården, Strömsund, kl. 09.00–15.40
Beslutande: 39 av 41 ledamöter, se närvarolista
Ordförande: Lennart Bäckström (C)
Sekreterare: Elin Forsberg
Justerare: Karin Ödmark (S) och Jonas Nilsson (M)
Justeringsdatum: 2025-12-01

§ 118 Dnr KS 2025/214
Budget 2026 och ekonomisk plan 2027–2028

Beslut
Kommunfullmäktige beslutar
1. att fastställa skattesatsen för 2026 till oförändrade 23,46 kronor per skattekrona,
2. att anta budget 2026 och ekonomisk plan 2027–2028 enligt kommunstyrelsens förslag,
3. att det budgeterade resultatet för 2026 ska vara 14,8 miljoner kronor,
4. att kommunstyrelsen får rätt att under 2026 uppta nya lån om högst 25 miljoner kronor.

Ärendet
Kommunstyrelsen har lämnat förslag till budget för 2026. Förslaget innebär att nämndernas ramar räknas upp med totalt 31,2 miljoner kronor jämfört med 2025. Socialnämnden får ett ramtillskott på 9,8 miljoner kronor och barn- och utbildningsnämnden 4,1 miljoner kronor.

Yrkanden
Maria Lindberg (S) yrkar bifall till kommunstyrelsens förslag.
Per-Erik Westin (M) yrkar, med instämmande av Annelie Sund (SD), att skattesatsen ska sänkas med 10 öre till 23,36 kronor.

Propositionsordning och omröstning
Ordföranden ställer förslagen mot varandra och finner att fullmäktige bifallit kommunstyrelsens förslag. Omröstning begärs. Omröstningen utfaller med 24 ja-röster för kommunstyrelsens förslag och 15 nej-röster för Per-Erik Westins förslag.

§ 119 Dnr KS 2025/288
Tilläggsanslag till socialnämnden 2025

Beslut
Kommunfullmäktige beviljar socialnämnden ett tilläggsanslag på 4,7 miljoner kronor för 2025 för ökade kostnader för externa placeringar. Tilläggsanslaget finansieras ur kommunstyrelsens anslag för oförutsedda behov.

Ärendet
Socialnämnden har i delårsrapporten prognostiserat ett underskott på 12,6 miljoner kronor. Nämnden har begärt ett tilläggsanslag på 6,0 miljoner kronor. Kommunstyrelsen föreslår att 4,7 miljoner kronor beviljas och att nämnden i övrigt ska vidta åtgärder för att nå en budget i balans.

§ 120 Dnr KS 2025/301
Medfinansiering av upprustning av Gäddede flygfält

Beslut
Kommunfullmäktige beslutar att bevilja 700 000 kronor som medfinansiering för upprustning av Gäddede flygfält under 2026, under förutsättning att projektet beviljas EU-medel. Medlen tas ur kommunstyrelsens utvecklingsanslag.

Ärendet
Föreningen Frostvikens flygklubb har ansökt om medfinansiering. Den totala projektkostnaden beräknas till 2,3 miljoner kronor.

§ 121 Dnr KS 2025/276
Taxor för vatten och avlopp 2026

Beslut
Kommunfullmäktige beslutar att höja brukningsavgiften för vatten och avlopp med 8 procent från den 1 januari 2026. För en normalvilla med en förbrukning på 150 kubikmeter per år innebär höjningen cirka 780 kronor mer per år.

§ 122 Dnr KS 2025/305
Avsägelse och fyllnadsval

Beslut
Kommunfullmäktige beviljar Stina Holm (V) befrielse från uppdraget som ledamot i barn- och utbildningsnämnden och väljer Ahmed Yusuf (V) som ny ledamot för tiden till och med 2026-12-31.

Vid protokollet
Elin Forsberg

Ordförande
Lennart Bäckström

Justerare
Karin Ödmark            Jonas Nilsson
"""

NYCKELTAL_MD = """# Nyckeltal 2024 – Strömsunds kommun

Jämförelse med Jämtlands län och riket. Källa: Kolada (RKA), hämtat 2025-05-14. Kostnader i kronor.

| Nyckeltal | Strömsund | Jämtlands län | Riket |
|---|---|---|---|
| Antal invånare 31 december | 11 463 | 133 540 | 10 587 710 |
| Andel invånare 80 år och äldre, % | 9,8 | 6,4 | 5,5 |
| Kostnad per elev i grundskola, kr | 152 300 | 138 900 | 128 400 |
| Kostnad per barn i förskola, kr | 174 600 | 168 200 | 170 100 |
| Kostnad äldreomsorg per invånare 80+, kr | 318 200 | 301 500 | 296 700 |
| Elever i åk 9 behöriga till gymnasiet, % | 81,3 | 83,5 | 84,2 |
| Sjukfrånvaro bland kommunens anställda, % | 7,0 | 7,3 | 7,1 |
| Skattesats, kr | 23,46 | 22,96 | 21,01 |

Kommentar: Strömsunds kostnader påverkas av kommunens stora yta och glesa bebyggelse, vilket bland annat ger höga kostnader för skolskjuts och hemtjänst. Länets och rikets värden avser ovägda medelvärden för kommunerna.
"""

SBN_ROWS = [("Gator, vägar och broar", 1850, 17400), ("Vinterväghållning", 0, 9600),
            ("Parker och grönområden", 120, 2950), ("Fastighetsförvaltning", 59100, 61800),
            ("Kostenheten", 7680, 27300), ("Lokalvård", 12800, 14900),
            ("Kollektivtrafik", 900, 8700), ("Vatten och avlopp", 42500, 42500),
            ("Renhållning", 24300, 24300), ("Förvaltningsledning", 0, 3100)]
SBN_2025 = [15300, 9600, 2760, 2500, 18540, 2000, 7600, 0, 0, 2900]


def build_docx():
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    doc.core_properties.created = datetime.datetime(2026, 1, 20, 8, 0, 0)
    doc.core_properties.modified = datetime.datetime(2026, 1, 20, 8, 0, 0)
    doc.core_properties.author = "Strömsunds kommun"
    doc.add_heading("Samhällsbyggnadsnämndens internbudget 2026", 0)
    doc.add_paragraph("Strömsunds kommun. Beslutad av samhällsbyggnadsnämnden 2026-01-20, § 4. Dnr SBN 2025/119.")
    doc.add_heading("Ekonomisk ram", 1)
    doc.add_paragraph("Kommunfullmäktige har tilldelat samhällsbyggnadsnämnden en nettoram på 63,3 miljoner kronor för 2026. "
                      "Vatten och avlopp samt renhållning är helt avgiftsfinansierade verksamheter och redovisas med nettokostnad noll.")
    doc.add_paragraph("Tabell 1. Internbudget per verksamhet 2026 (belopp i tkr)")
    tb = doc.add_table(rows=1, cols=5)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["Verksamhet", "Intäkter 2026", "Kostnader 2026", "Netto 2026", "Netto 2025"]):
        c.text = h
    ti = tk = tn = tn25 = 0
    for (n, i, k), n25 in zip(SBN_ROWS, SBN_2025):
        net = k - i
        ti += i; tk += k; tn += net; tn25 += n25
        cells = tb.add_row().cells
        for c, v in zip(cells, [n, t(i), t(k), t(net), t(n25)]):
            c.text = v
    cells = tb.add_row().cells
    for c, v in zip(cells, ["Summa", t(ti), t(tk), t(tn), t(tn25)]):
        c.text = v
    doc.add_heading("Prioriteringar", 1)
    doc.add_paragraph("Under 2026 prioriteras underhåll av broar på det kommunala vägnätet, där sex broar har klassats som "
                      "högprioriterade. Kostenheten inför ett nytt beställningssystem för att minska matsvinnet med 15 procent.")
    doc.add_paragraph("Brukningsavgiften för vatten och avlopp höjs med 8 procent från den 1 januari 2026 enligt beslut i "
                      "kommunfullmäktige. Höjningen behövs för att finansiera ombyggnaden av vattenverket i Hammerdal.")
    doc.add_paragraph("Förvaltningschef: Tomas Eriksson")
    doc.save(os.path.join(OUT, "sbn_internbudget_2026.docx"))
    from pdfkit import fix_zip_times; fix_zip_times(os.path.join(OUT, "sbn_internbudget_2026.docx"))
    return tn


def main():
    os.makedirs(OUT, exist_ok=True)
    pages = build_pdf()
    with open(os.path.join(OUT, "kf_protokoll_2025-11-26.txt"), "w", encoding="utf-8") as f:
        f.write(PROTOKOLL)
    with open(os.path.join(OUT, "nyckeltal_2024.md"), "w", encoding="utf-8") as f:
        f.write(NYCKELTAL_MD)
    tn = build_docx()
    print("stromsund pdf pages", pages, "sbn netto", tn)


if __name__ == "__main__":
    main()
