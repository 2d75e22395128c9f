"""Härjedalens kommun: delårsrapport (PDF), KS-protokoll (DOCX), budgetförutsättningar (MD), pressmeddelande (TXT)."""
import os
from data import *
from pdfkit import Doc

D_OUT = os.path.join(OUT, "harjedalen")
os.makedirs(D_OUT, exist_ok=True)
PDF_NAME = "delarsrapport-januari-augusti-2024.pdf"
DOCX_NAME = "protokoll-kommunstyrelsen-2024-10-01.docx"
MD_NAME = "budgetforutsattningar-2025-2027.md"
TXT_NAME = "pressmeddelande-2024-09-26.txt"

H = lambda v: sv(v, neg="hyphen")  # noqa: E731
M = lambda v: sv(v)  # noqa: E731

NYCKEL = [
    ("Periodens/årets resultat, mnkr", [M(H_RES[0]), M(H_RES[1]), M(H_RES[3]), M(H_RES[2])]),
    ("Resultat i % av skatteintäkter och statsbidrag",
     [sv(H_RES[i] / (H_SKATT[i] + H_BIDRAG[i]) * 100) for i in (0, 1, 3, 2)]),
    ("Nettoinvesteringar, mnkr", ["31,6", "27,9", "58,4", "71,0"]),
    ("Soliditet, %", [sv(H_SOL[0]), "38,2", "–", "–"]),
    ("Antal invånare 30 juni", ["9 812", "9 871", "–", "–"]),
    ("Skattesats, kr", ["22,89", "22,89", "22,89", "22,89"]),
    ("Antal tillsvidareanställda", ["1 021", "1 046", "–", "–"]),
]
H_RESPCT = NYCKEL[1][1]


def pdf():
    d = Doc("Härjedalens kommun · Delårsrapport januari–augusti 2024", "", family="Serif", accent=(128, 24, 40))
    d.foot_text = "Delårsrapport jan–aug 2024 | "
    d.add_page()
    d.set_fill_color(128, 24, 40)
    d.rect(0, 200, 210, 97, style="F")
    d.set_font("Serif", "B", 28)
    d.set_xy(20, 60)
    d.multi_cell(170, 12, "Delårsrapport\njanuari–augusti 2024")
    d.set_font("Serif", "", 12)
    d.set_xy(20, 100)
    d.multi_cell(170, 6, "Härjedalens kommun\nBehandlad av kommunstyrelsen 2024-10-01, § 169\nKommunfullmäktige 2024-10-22")
    d.set_text_color(255, 255, 255)
    d.set_xy(20, 260)
    d.set_font("DejaVu", "", 10)
    d.cell(0, 6, "Sveg · Funäsdalen · Vemdalen · Hede · Lillhärdal · Ytterhogdal")
    d.set_text_color(0, 0, 0)
    d.plain = False
    # 2
    d.add_page()
    d.h1("Innehåll", size=15)
    d.set_font("Serif", "", 10)
    for t, pg in [("Kommunstyrelsens ordförande har ordet", 2), ("Översikt i siffror", 3), ("Väsentliga händelser", 4),
                  ("Ekonomisk analys och resultaträkning", 5), ("Balansräkning", 6), ("Driftredovisning", 7),
                  ("Nämndernas prognoser", 8), ("Investeringar", 9), ("Personal", 10),
                  ("Balanskravsutredning och god ekonomisk hushållning", 11), ("Redovisningsprinciper och noter", 12)]:
        d.cell(150, 6, t)
        d.cell(20, 6, str(pg), align="R", new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.h1("Kommunstyrelsens ordförande har ordet", size=15)
    d.p("Årets första åtta månader har präglats av en fortsatt stark besöksnäring och en kommunal ekonomi som är "
        "pressad. Periodens resultat är positivt, men helårsprognosen har försämrats sedan april, framför allt på grund "
        "av kostnadsutvecklingen inom socialnämnden.")
    d.p("Vi har fått flera positiva besked under perioden. Den nya förskolan i Sveg växer fram och kommer att ge "
        "barnfamiljerna bättre lokaler från årsskiftet. Investeringen i vatten och avlopp i Funäsdalen gör det möjligt "
        "att bygga nya bostäder i fjällområdet.")
    d.p("Samtidigt måste vi vara ärliga: kostnaderna för placeringar av barn och unga och för hemtjänsten ökar snabbare "
        "än vi klarar att finansiera. Kommunstyrelsen kommer att kräva en åtgärdsplan av socialnämnden och följa upp den "
        "varje månad under hösten.")
    d.p("Karin Wiklund (C)\nKommunstyrelsens ordförande", style="I")
    # 3 översikt
    d.add_page()
    d.h1("Översikt i siffror")
    d.p("Tabellen sammanfattar kommunens viktigaste nyckeltal för perioden januari–augusti jämfört med samma period "
        "föregående år, samt helårsprognos och budget för 2024.")
    d.caption("Tabell 1. Nyckeltal för Härjedalens kommun")
    rows = [("data", [lab] + vals) for lab, vals in NYCKEL]
    d.table(["", "Jan–aug 2024", "Jan–aug 2023", "Prognos 2024", "Budget 2024"], rows, [66, 26, 26, 26, 26],
            font="Cond", style="grid", head_fill=(128, 24, 40), head_color=(255, 255, 255), rh=6.5, size=9)
    d.p("Antalet invånare har minskat med 59 personer sedan motsvarande tidpunkt 2023. Skattesatsen är oförändrad "
        "sedan 2019. Soliditeten har förbättrats tack vare det positiva resultatet och minskade kortfristiga skulder.", size=9)
    # 4 väsentliga händelser
    d.add_page()
    d.h1("Väsentliga händelser")
    d.h2("Besöksnäringen", size=11)
    d.p("Vintersäsongen 2023/2024 blev den bästa hittills med 1,9 miljoner kommersiella gästnätter i kommunen, "
        "främst i Funäsfjällen och Vemdalen. Sommarsäsongen har också utvecklats positivt och kommunens intäkter från "
        "turistskatt och avgifter har ökat.")
    d.h2("Statsbidrag och externa medel", size=11)
    d.p("I maj beviljades kommunen 4,7 miljoner kronor i statsbidrag från Boverket för upprustning av skollokaler och "
        "utemiljöer. Bidraget används till skolgårdarna i Vemdalen och Hede under 2024 och 2025. Länsstyrelsen i "
        "Jämtlands län har dessutom beviljat 700 000 kronor till ett fiskevårdsprojekt i Ljusnan och Hedeån som drivs "
        "tillsammans med de lokala fiskevårdsområdena.")
    d.h2("Organisation", size=11)
    d.p("Kommundirektören Petra Holm lämnade sin tjänst den 31 mars 2024. Mikael Strand tillträdde som ny "
        "kommundirektör den 1 juni 2024. Under mellanperioden var ekonomichefen Anders Nyberg tillförordnad kommundirektör.")
    d.h2("Investeringar", size=11)
    d.p("Bygget av den nya förskolan i Sveg pågår enligt tidplan och förskolan beräknas tas i bruk i januari 2025. "
        "Upphandlingen av det nya reningsverket i Lillhärdal överklagades i april, vilket försenar projektet med "
        "ungefär ett år.")
    d.h2("Händelser efter periodens utgång", size=11)
    d.p("I september drabbades Hede skola av en vattenläcka i taket som kräver en omfattande takrenovering. Kostnaden "
        "bedöms till cirka 8 miljoner kronor och ingår inte i helårsprognosen.")
    # 5 ekonomisk analys + RR
    d.add_page()
    d.h1("Ekonomisk analys")
    d.p(f"Periodens resultat uppgår till {sv(H_RES[0])} miljoner kronor, vilket är {sv(H_RES[1] - H_RES[0])} miljoner kronor "
        f"lägre än motsvarande period 2023. Helårsprognosen pekar på ett resultat på {sv(H_RES[3])} miljoner kronor, vilket "
        f"är {sv(H_RES[2] - H_RES[3])} miljoner kronor sämre än budget. Skatteintäkterna beräknas bli "
        f"{sv(H_SKATT[3] - H_SKATT[2])} miljoner kronor högre än budget, medan nämndernas samlade prognos visar ett "
        f"underskott på {H(sum(avv(r[1]) for r in H_DRIFT))} miljoner kronor.")
    d.caption("Tabell 2. Resultaträkning, mnkr")
    RR = [("data", "Verksamhetens intäkter", "1", H_INTAKTER), ("data", "Verksamhetens kostnader", "2", H_KOSTNADER),
          ("data", "Avskrivningar", "3", H_AVSKR), ("sum", "Verksamhetens nettokostnader", "", H_NETTO),
          ("data", "Skatteintäkter", "4", H_SKATT), ("data", "Generella statsbidrag och utjämning", "5", H_BIDRAG),
          ("sum", "Verksamhetens resultat", "", H_VRES), ("data", "Finansiella intäkter", "6", H_FININT),
          ("data", "Finansiella kostnader", "7", H_FINKOST), ("sum", "Resultat efter finansiella poster", "", H_RES),
          ("total", "Periodens/årets resultat", "", H_RES)]
    rows = [(k, [lab, n] + [M(v) for v in vals]) for k, lab, n, vals in RR]
    d.table(["", "Not"] + H_RR_COLS, rows, [58, 10, 25.5, 25.5, 25.5, 25.5], aligns=["L", "C", "R", "R", "R", "R"],
            font="Cond", size=8.8, style="lines", head_fill=(242, 226, 228))
    d.p("Verksamhetens nettokostnader har ökat med 6,0 procent jämfört med samma period föregående år, medan "
        "skatteintäkter och generella statsbidrag har ökat med 5,4 procent.")
    # 6 BR
    d.add_page()
    d.h1("Balansräkning")
    d.caption("Tabell 3. Balansräkning, mnkr")
    b = H_BAL
    f = lambda k: [M(x) for x in b[k]]  # noqa: E731
    rows = [("section", ["Tillgångar"]),
            ("data", ["Immateriella anläggningstillgångar", ""] + f("immat")),
            ("data", ["Mark, byggnader och tekniska anläggningar", "8"] + f("byggn")),
            ("data", ["Maskiner och inventarier", "8"] + f("mask")),
            ("data", ["Finansiella anläggningstillgångar", "9"] + f("fin")),
            ("sum", ["Summa anläggningstillgångar", ""] + f("anl")),
            ("data", ["Förråd och exploateringsfastigheter", ""] + f("forrad")),
            ("data", ["Kortfristiga fordringar", ""] + f("ford")),
            ("data", ["Kassa och bank", ""] + f("kassa")),
            ("sum", ["Summa omsättningstillgångar", ""] + f("oms")),
            ("total", ["Summa tillgångar", ""] + f("tot")),
            ("section", ["Eget kapital, avsättningar och skulder"]),
            ("data", ["Eget kapital", ""] + f("ek")),
            ("data", ["varav periodens/årets resultat", ""] + f("res")),
            ("data", ["Avsättningar för pensioner", "10"] + f("pens")),
            ("data", ["Övriga avsättningar", ""] + f("ovravs")),
            ("data", ["Långfristiga skulder", "11"] + f("L")),
            ("data", ["Kortfristiga skulder", ""] + f("kort")),
            ("total", ["Summa eget kapital, avsättningar och skulder", ""] + [M(b["tot"][0]), M(b["tot"][1])])]
    d.table(["", "Not", "2024-08-31", "2023-12-31"], rows, [92, 14, 32, 32], aligns=["L", "C", "R", "R"],
            font="Cond", size=9, style="lines", head_fill=(242, 226, 228))
    d.p(f"Soliditeten uppgår till {sv(H_SOL[0])} procent per den 31 augusti, jämfört med {sv(H_SOL[1])} procent vid "
        "årsskiftet. Under perioden har kommunen tagit upp nya lån på 15,0 miljoner kronor för investeringar i vatten och avlopp.")
    # 7 drift
    d.add_page()
    d.h1("Driftredovisning")
    d.p("Tabellen visar nämndernas nettokostnader. En negativ budgetavvikelse innebär att nämnden prognostiserar ett underskott.")
    d.caption("Tabell 4. Driftredovisning per nämnd, mnkr")
    rows = [("data", [n, H(v[0]), H(v[1]), H(v[2]), H(avv(v))]) for n, v in H_DRIFT]
    s = H_DRIFT_SUM
    rows.append(("sum", ["Summa nämnder", H(s[0]), H(s[1]), H(s[2]), H(s[2] - s[0])]))
    ff = H_FINF
    rows.append(("data", ["Finansförvaltning", H(ff[0]), H(ff[1]), H(ff[2]), H(ff[2] - ff[0])]))
    t = H_DRIFT_TOT
    rows.append(("total", ["Verksamhetens nettokostnader", H(t[0]), H(t[1]), H(t[2]), H(t[2] - t[0])]))
    d.table(["Nämnd", "Budget 2024", "Utfall jan–aug 2024", "Prognos 2024", "Budgetavvikelse prognos"], rows,
            [58, 26, 26, 26, 34], font="Cond", size=9, style="grid", head_fill=(242, 226, 228), rh=6)
    d.h2("Kommunstyrelsen", size=11)
    d.p("Kommunstyrelsen prognostiserar ett överskott på 2,4 miljoner kronor, främst till följd av vakanta tjänster "
        "inom samhällsbyggnad och högre intäkter från bygglov och fjällområdets VA-anslutningar.")
    d.h2("Barn- och utbildningsnämnden", size=11)
    d.p("Barn- och utbildningsnämnden prognostiserar ett underskott på 2,4 miljoner kronor. Underskottet beror på fler "
        "elever i gymnasieskola i andra kommuner och ökade skolskjutskostnader.")
    # 8 nämnder
    d.add_page()
    d.h1("Nämndernas prognoser")
    d.h2("Socialnämnden", size=11)
    d.p("Socialnämnden prognostiserar ett underskott på -14,3 miljoner kronor för 2024. Underskottet förklaras av "
        "externa placeringar av barn och unga (-8,6 miljoner kronor), hemtjänsten (-4,1 miljoner kronor) och kostnader "
        "för inhyrda sjuksköterskor (-1,6 miljoner kronor). Antalet placerade barn och unga har ökat från 14 vid årets "
        "början till 21 i augusti.")
    d.p("Nämnden har påbörjat ett arbete med att bygga ut den egna öppenvården och att minska beroendet av "
        "bemanningsföretag. Åtgärderna bedöms inte få full effekt förrän 2025.")
    d.h2("Myndighetsnämnden", size=11)
    d.p("Myndighetsnämnden prognostiserar ett överskott på 0,3 miljoner kronor till följd av en vakant tjänst som miljöinspektör.")
    d.h2("Revisionen och överförmyndarnämnden", size=11)
    d.p("Revisionen förväntas hålla sin budget. Överförmyndarnämnden prognostiserar ett underskott på 0,2 miljoner "
        "kronor på grund av fler ärenden med ställföreträdare.")
    d.h2("Finansförvaltningen", size=11)
    d.p("Finansförvaltningen prognostiserar ett överskott på 2,4 miljoner kronor, främst på grund av lägre "
        "pensionskostnader än budgeterat.")
    # 9 investeringar
    d.add_page()
    d.h1("Investeringar")
    d.p(f"Investeringsbudgeten för 2024 uppgår till 71,0 miljoner kronor. Under januari–augusti har 31,6 miljoner "
        "kronor investerats och prognosen för helåret är 58,4 miljoner kronor. Belopp i tabellen anges i tkr.")
    d.caption("Tabell 5. Investeringsredovisning per projekt, tkr")
    rows = [("data", [n, sv(b_, 0), sv(u, 0), sv(p, 0), sv(b_ - p, 0, neg="hyphen")]) for n, b_, u, p in H_INV]
    T = H_INV_TOT
    rows.append(("total", ["Summa investeringar", sv(T[0], 0), sv(T[1], 0), sv(T[2], 0), sv(T[0] - T[2], 0)]))
    d.table(["Projekt", "Budget 2024", "Utfall jan–aug", "Prognos 2024", "Avvikelse budget–prognos"], rows,
            [60, 25, 25, 25, 35], font="Cond", size=9, style="lines", zebra=(248, 240, 241), head_fill=(242, 226, 228))
    d.p("Den största avvikelsen avser reningsverket i Lillhärdal där upphandlingen har överklagats. Även "
        "bredbandsutbyggnaden på landsbygden har försenats eftersom det statliga stödet beslutades senare än väntat. "
        "Skolgården i Vemdalen beräknas överskrida budget med 100 tkr.")
    # 10 personal
    d.add_page()
    d.h1("Personal")
    d.p("Antalet tillsvidareanställda uppgick till 1 021 den 31 augusti 2024, vilket är 25 färre än ett år tidigare. "
        "Minskningen beror främst på naturliga avgångar inom administrationen som inte har återbesatts.")
    d.caption("Tabell 6. Sjukfrånvaro i procent av ordinarie arbetstid")
    rows = [("data", [a, b_, c]) for a, b_, c in H_SJUK]
    d.table(["Sjukfrånvaro, %", "Jan–aug 2024", "Jan–aug 2023"], rows, [90, 30, 30], font="Cond", size=9,
            style="minimal", head_fill=(242, 226, 228), rh=6)
    d.p("Sjukfrånvaron har minskat jämfört med samma period föregående år. Den högsta sjukfrånvaron finns inom "
        "äldreomsorgen. Kommunen har under våren infört ett nytt system för tidig rehabilitering.")
    # 11 balanskrav
    d.add_page()
    d.h1("Balanskravsutredning och god ekonomisk hushållning")
    d.caption("Tabell 7. Balanskravsutredning, mnkr")
    bk = [("Årets resultat enligt resultaträkningen", D("4.8"), D("9.8")),
          ("Avgår: samtliga realisationsvinster", D("-0.6"), D("-1.2")),
          ("Orealiserade vinster i värdepapper", D("-1.4"), D("-0.9"))]
    adj = [sum(r[1] for r in bk), sum(r[2] for r in bk)]
    rows = [("data", [a, M(x), M(y)]) for a, x, y in bk]
    rows.append(("sum", ["Årets resultat efter balanskravsjusteringar", M(adj[0]), M(adj[1])]))
    rows.append(("data", ["Medel till resultatutjämningsreserv", "0,0", "0,0"]))
    rows.append(("data", ["Medel från resultatutjämningsreserv", "0,0", "0,0"]))
    rows.append(("total", ["Balanskravsresultat", M(adj[0]), M(adj[1])]))
    d.table(["", "Prognos 2024", "Bokslut 2023"], rows, [110, 30, 30], font="Cond", size=9, style="lines",
            head_fill=(242, 226, 228))
    d.p(f"Balanskravsresultatet beräknas bli {sv(adj[0])} miljoner kronor för 2024, vilket innebär att balanskravet "
        "uppfylls. Kommunen har inga tidigare underskott att återställa.")
    d.p("Fullmäktige har fastställt två finansiella mål: resultatet ska uppgå till minst 1,5 procent av skatteintäkter "
        f"och generella statsbidrag och investeringarna ska till minst 60 procent finansieras med egna medel. Enligt "
        f"prognosen uppgår resultatet till {H_RESPCT[2]} procent och det första målet nås därmed inte 2024. Av de "
        "tolv verksamhetsmålen bedöms sju uppnås, tre delvis uppnås och två inte uppnås.")
    # 12 principer
    d.add_page()
    d.h1("Redovisningsprinciper och noter")
    d.p("Delårsrapporten har upprättats enligt lagen om kommunal bokföring och redovisning samt Rådet för kommunal "
        "redovisnings rekommendation R17 Delårsrapport. Samma redovisningsprinciper har använts som i årsredovisningen "
        "för 2023. Delårsrapporten omfattar endast kommunen och inte de kommunala bolagen.")
    d.p("Not 4 Skatteintäkter: Skatteintäkterna har periodiserats utifrån SKR:s prognos från augusti 2024 (cirkulär 24:35).")
    d.p("Not 10 Avsättningar för pensioner: Avsättningen har beräknats av KPA Pension per den 31 augusti 2024. "
        "Pensionsförpliktelser intjänade före 1998 redovisas som ansvarsförbindelse och uppgår till 214,6 miljoner kronor.")
    d.p("Not 11 Långfristiga skulder: Kommunens samtliga lån är upptagna hos Kommuninvest. Genomsnittlig ränta "
        "uppgick till 2,9 procent per den 31 augusti.")
    d.p("Härjedalens kommun, Ekonomiavdelningen, 842 80 Sveg. Kontakt: Anders Nyberg, ekonomichef.")
    d.output(os.path.join(D_OUT, PDF_NAME))


def docx():
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "HÄRJEDALENS KOMMUN\tSAMMANTRÄDESPROTOKOLL\tSida 1 (6)"
    doc.add_heading("Protokoll", 0)
    doc.add_paragraph("Kommunstyrelsen\nSammanträdesdatum 2024-10-01")
    doc.add_paragraph("Plats och tid: Kommunhuset i Sveg, sammanträdesrummet Ljusnan, kl. 09.00–12.15")
    doc.add_paragraph("Beslutande: Karin Wiklund (C), ordförande; Jonas Berglöf (S), 1:e vice ordförande; "
                      "Per Olsson (SD), 2:e vice ordförande; Lena Mårtensson (C); Erik Dahlgren (M); Anna Söderberg (S); "
                      "Tomas Ek (V); Sara Lundin (KD); Henrik Persson (S) tjänstgörande ersättare för Maria Holm (S)")
    doc.add_paragraph("Övriga närvarande: Mikael Strand, kommundirektör; Anders Nyberg, ekonomichef, §§ 169–171; "
                      "Emma Lidén, sekreterare")
    doc.add_paragraph("Utses att justera: Jonas Berglöf (S)\nJusteringens plats och tid: Kommunhuset Sveg, 2024-10-04\n"
                      "Justerade paragrafer: §§ 168–175")
    doc.add_paragraph("Sekreterare: Emma Lidén   Ordförande: Karin Wiklund   Justerande: Jonas Berglöf")
    doc.add_paragraph("Anslag/bevis: Protokollet är justerat. Justeringen har tillkännagivits genom anslag på kommunens "
                      "digitala anslagstavla 2024-10-07. Anslaget tas ned 2024-10-29.")

    def para(num, title, body, beslut):
        doc.add_heading(f"§ {num} {title}", level=2)
        doc.add_paragraph(f"Dnr KS 2024/{300 + num}")
        for b in body:
            doc.add_paragraph(b)
        doc.add_paragraph("Beslut").runs[0].bold = True
        for b in beslut:
            doc.add_paragraph(b)

    para(168, "Val av justerare och godkännande av dagordning", [],
         ["Kommunstyrelsen beslutar att utse Jonas Berglöf (S) att jämte ordföranden justera protokollet samt att "
          "godkänna dagordningen med tillägg av ärendet om omfördelning av investeringsbudget."])
    para(169, "Delårsrapport januari–augusti 2024",
         ["Ekonomiavdelningen har upprättat delårsrapport för perioden januari–augusti 2024. Periodens resultat uppgår "
          "till 15,0 miljoner kronor och helårsprognosen till 4,8 miljoner kronor. Socialnämnden prognostiserar ett "
          "underskott på 14,3 miljoner kronor.",
          "Revisorernas bedömning av delårsrapporten lämnas direkt till kommunfullmäktige."],
         ["Kommunstyrelsen föreslår kommunfullmäktige besluta att godkänna delårsrapporten för januari–augusti 2024.",
          "Kommunstyrelsen beslutar för egen del att uppdra åt socialnämnden att senast den 15 november 2024 redovisa "
          "en åtgärdsplan för en ekonomi i balans."])
    para(170, "Tilläggsanslag till socialnämnden 2024",
         ["Socialnämnden har begärt ett tilläggsanslag på 8 000 tkr för att täcka ökade kostnader för externa "
          "placeringar av barn och unga. Ekonomiavdelningen föreslår att socialnämnden beviljas ett lägre belopp.",
          "Yrkanden: Per Olsson (SD) yrkar avslag på förslaget. Ordföranden ställer förslaget mot avslagsyrkandet och "
          "finner att kommunstyrelsen bifaller förslaget.",
          "Reservation: Per Olsson (SD) reserverar sig mot beslutet."],
         ["Kommunstyrelsen beslutar att bevilja socialnämnden ett tilläggsanslag på 5 500 tkr för 2024. "
          "Tilläggsanslaget finansieras med 2 000 tkr ur kommunstyrelsens anslag för oförutsedda utgifter och "
          "3 500 tkr ur finansförvaltningens överskott på pensionskostnader."])
    doc.add_heading("§ 171 Omfördelning av investeringsbudget 2024", level=2)
    doc.add_paragraph("Dnr KS 2024/471")
    doc.add_paragraph("Efter vattenläckan i Hede skola i september behöver taket renoveras snarast. Kostnaden beräknas "
                      "till 8 000 tkr. Eftersom flera projekt är försenade föreslås att medel omfördelas inom "
                      "investeringsbudgeten enligt tabellen nedan.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Projekt", "Budget 2024, tkr", "Omfördelning, tkr", "Ny budget 2024, tkr"]):
        c.text = h
    for n, b_, ch in H_OMF:
        cells = t.add_row().cells
        for c, v in zip(cells, [n, sv(b_, 0), sv(ch, 0, neg="hyphen", plus=True), sv(b_ + ch, 0)]):
            c.text = v
    tb = sum(r[1] for r in H_OMF)
    cells = t.add_row().cells
    for c, v in zip(cells, ["Summa", sv(tb, 0), "0", sv(tb, 0)]):
        c.text = v
    doc.add_paragraph("Beslut").runs[0].bold = True
    doc.add_paragraph("Kommunstyrelsen beslutar att omfördela investeringsbudgeten för 2024 enligt tabellen ovan och att "
                      "ge samhällsbyggnadsavdelningen i uppdrag att genomföra takrenoveringen av Hede skola under hösten 2024.")
    para(172, "Försäljning av fastigheten Sveg 3:118",
         ["Sveg Bygg & Montage AB har inkommit med en begäran om att få köpa fastigheten Sveg 3:118, en obebyggd "
          "industritomt om 6 400 kvadratmeter på Södra industriområdet. Fastigheten har värderats av en oberoende värderare."],
         ["Kommunstyrelsen beslutar att sälja fastigheten Sveg 3:118 till Sveg Bygg & Montage AB för en köpeskilling "
          "om 1 250 000 kronor samt att uppdra åt kommundirektören att underteckna köpeavtalet."])
    para(173, "Medborgarförslag om utegym i Funäsdalen",
         ["Ett medborgarförslag har inkommit om att anlägga ett utegym vid elljusspåret i Funäsdalen. Kostnaden för ett "
          "utegym bedöms till cirka 350 000 kronor och kan rymmas inom kommunstyrelsens investeringsbudget för 2025."],
         ["Kommunstyrelsen beslutar att bifalla medborgarförslaget och att utegymmet ska anläggas under sommaren 2025."])
    para(174, "Renhållningstaxa 2025",
         ["Härjedalens Miljöbolag AB har föreslagit att renhållningstaxan höjs med 6 procent från den 1 januari 2025 "
          "på grund av ökade kostnader för transporter och behandling av avfall. Grundavgiften för ett permanentboende "
          "en- och tvåbostadshus höjs därmed från 2 460 kronor till 2 608 kronor per år."],
         ["Kommunstyrelsen föreslår kommunfullmäktige besluta att anta renhållningstaxa för 2025 med en höjning om 6 procent."])
    para(175, "Anmälan av delegationsbeslut",
         ["Förteckning över delegationsbeslut fattade under perioden 2024-08-20 – 2024-09-24 har delgivits kommunstyrelsen."],
         ["Kommunstyrelsen beslutar att lägga redovisningen av delegationsbeslut till handlingarna."])
    doc.add_paragraph("Vid protokollet\nEmma Lidén, sekreterare")
    doc.save(os.path.join(D_OUT, DOCX_NAME))


MD = """# Budgetförutsättningar 2025–2027

**Härjedalens kommun – Ekonomiavdelningen**
Underlag till budgetberedningen, 2024-09-10
Diarienummer: KS 2024/288

---

## 1. Sammanfattning

Kommunens ekonomiska läge är ansträngt. Helårsprognosen efter augusti visar ett resultat på 4,8 miljoner kronor, vilket är under fullmäktiges mål. För att klara resultatmålet under planperioden behöver nämnderna effektivisera sin verksamhet samtidigt som kostnaderna för äldreomsorg och placeringar ökar.

## 2. Skatteintäkter och generella statsbidrag

- Beräkningen utgår från SKR:s skatteunderlagsprognos i cirkulär 24:35 från augusti 2024.
- Skatteintäkter och generella statsbidrag beräknas till **831,2 miljoner kronor** 2025, 852,6 miljoner kronor 2026 och 874,0 miljoner kronor 2027.
- Beräkningen bygger på oförändrad skattesats, 22,89 kronor.
- Befolkningen antas minska till 9 760 invånare den 1 november 2024.

## 3. Resultatmål och effektiviseringskrav

Resultatmålet föreslås vara oförändrat, minst 1,5 procent av skatteintäkter och generella statsbidrag. För 2025 motsvarar det ett resultat på minst 12,5 miljoner kronor.

Samtliga nämnder får ett effektiviseringskrav på 1,5 procent, vilket sammantaget motsvarar 11,2 miljoner kronor. Kompensation för löneökningar ges med 3,2 procent och för övriga kostnadsökningar med 2,0 procent.

## 4. Särskilda frågor för budgetberedningen

1. Socialnämndens strukturella underskott inom placeringar och hemtjänst.
2. Driftkostnader för den nya förskolan i Sveg, som beräknas till 3,8 miljoner kronor per år från 2025.
3. Behov av underhåll i skolor och äldreboenden.
4. Investeringsramen för 2025 fastställs i samband med budgetberedningen. Nämndernas önskemål överstiger hittills de ekonomiska förutsättningarna.

## 5. Tidplan

| Aktivitet | Datum |
|---|---|
| Budgetberedning | 14–15 oktober 2024 |
| Facklig samverkan | 28 oktober 2024 |
| Kommunstyrelsen | 5 november 2024 |
| Kommunfullmäktige | 19 november 2024 |

Budgeten för 2025 ska fastställas av kommunfullmäktige den 19 november 2024. Kommunstyrelsens förslag publiceras på kommunens webbplats en vecka före sammanträdet.

*Kontaktperson: Anders Nyberg, ekonomichef*
"""

TXT = """PRESSMEDDELANDE
Härjedalens kommun
2024-09-26

Delårsrapporten: Försämrad prognos – socialnämnden måste vidta åtgärder

Härjedalens kommun redovisar ett resultat på 15,0 miljoner kronor för perioden januari–augusti 2024. Prognosen för helåret har däremot försämrats och pekar nu på ett resultat på 4,8 miljoner kronor, att jämföra med budgeterade 11,9 miljoner kronor.

Det är framför allt socialnämnden som har svårt att hålla budgeten. Nämnden räknar med ett underskott på 14,3 miljoner kronor, främst på grund av fler placeringar av barn och unga och ökade kostnader i hemtjänsten.

– Vi tar det här på största allvar. Socialnämnden kommer att få i uppdrag att ta fram en åtgärdsplan och vi kommer att följa utvecklingen månad för månad, säger Karin Wiklund (C), kommunstyrelsens ordförande.

Investeringstakten är lägre än planerat. Av investeringsbudgeten på 71 miljoner kronor beräknas 58,4 miljoner kronor användas under året. Bland annat har reningsverket i Lillhärdal försenats.

– Trots underskottet i socialnämnden klarar vi balanskravet i år. Men inför 2025 måste alla nämnder bidra till att vi får en långsiktigt hållbar ekonomi, säger ekonomichef Anders Nyberg.

Delårsrapporten behandlas av kommunstyrelsen den 1 oktober och av kommunfullmäktige den 22 oktober.

För mer information, kontakta:
Karin Wiklund (C), kommunstyrelsens ordförande, 0680-163 00
Anders Nyberg, ekonomichef, 0680-164 10
"""


def texts():
    with open(os.path.join(D_OUT, MD_NAME), "w", encoding="utf-8") as f:
        f.write(MD)
    with open(os.path.join(D_OUT, TXT_NAME), "w", encoding="utf-8") as f:
        f.write(TXT)


if __name__ == "__main__":
    pdf()
    docx()
    texts()
    print("ok harjedalen")
