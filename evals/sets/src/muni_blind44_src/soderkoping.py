"""Söderköpings kommun: budget PDF, delårsrapport PDF, HTML, DOCX protokoll, XLSX, press release (txt)."""
import os

import docx
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Font

from common import Pdf, fmt, save_docx, save_xlsx, html_page, html_table

KOMMUN = "Söderköpings kommun"
INV = 14705      # 30 juni 2024
TAX = "22,46"
KSO = "Per-Erik Nyström (C)"

R = {
    "int": [198.4, 204.0, 210.5, 215.2, 220.1],
    "kost": [-1098.6, -1141.2, -1176.8, -1209.5, -1243.0],
    "avs": [-42.1, -45.8, -49.6, -53.0, -55.7],
    "skatt": [742.5, 768.9, 801.4, 829.6, 858.3],
    "gsb": [214.6, 228.3, 236.7, 241.2, 246.9],
    "fint": [3.2, 2.8, 2.5, 2.5, 2.5],
    "fkost": [-6.4, -9.1, -10.8, -12.6, -14.1],
}
R["vnk"] = [round(a + b + c, 1) for a, b, c in zip(R["int"], R["kost"], R["avs"])]
R["vres"] = [round(a + b + c, 1) for a, b, c in zip(R["vnk"], R["skatt"], R["gsb"])]
R["res"] = [round(a + b + c, 1) for a, b, c in zip(R["vres"], R["fint"], R["fkost"])]

def d(x):
    return fmt(x, 1, "dash")

# driftbudget tkr (Budget 2024, Budget 2025)
DRIFT = [
    ("Kommunstyrelsen", 82450, 85920),
    ("Barn- och utbildningsnämnden", 412300, 426850),
    ("Vård- och omsorgsnämnden", 318600, 331270),
    ("Samhällsbyggnadsnämnden", 62150, 64480),
    ("Kultur- och fritidsnämnden", 31800, 32560),
    ("Miljö- och byggnadsnämnden", 9420, 9870),
    ("Revisionen", 1650, 1700),
    ("Överförmyndare i samverkan", 2100, 2210),
]
FINANS = (round(-R["vnk"][1] * 1000) - sum(x[1] for x in DRIFT), round(-R["vnk"][2] * 1000) - sum(x[2] for x in DRIFT))

# investeringar mnkr (projekt, 2025, 2026, 2027)
INVEST = [
    ("Ny förskola Mogata, 6 avdelningar", 22.0, 16.5, 0.0),
    ("Tillbyggnad skolan i Östra Ny", 8.5, 12.0, 0.0),
    ("Särskilt boende Brunnsbo, ombyggnad", 5.0, 9.0, 0.0),
    ("Gator, vägar och gång- och cykelvägar", 6.0, 6.0, 6.0),
    ("Kajen vid Göta kanal, renovering", 14.2, 0.0, 0.0),
    ("Överföringsledning VA Mem–Söderköping", 18.0, 24.0, 10.0),
    ("Konstgräsplan Vikingavallen", 0.0, 7.8, 0.0),
    ("IT och digitalisering", 2.5, 2.5, 2.5),
    ("Inventarier och maskiner", 3.0, 3.0, 3.0),
]
INV_TOT = [round(sum(p[i] for p in INVEST), 1) for i in (1, 2, 3)]

# delårsrapport: avvikelse helår 2024 tkr
AVV = {"Kommunstyrelsen": 1200, "Barn- och utbildningsnämnden": -6800, "Vård- och omsorgsnämnden": -3900,
       "Samhällsbyggnadsnämnden": 900, "Kultur- och fritidsnämnden": 350, "Miljö- och byggnadsnämnden": 420,
       "Revisionen": 0, "Överförmyndare i samverkan": -150}
AVV_FIN = 9480

NAMND_TXT = {
    "Kommunstyrelsen": "Kommunstyrelsen ansvarar för ledning, samordning och uppföljning av kommunens verksamheter samt för näringslivs- och turismfrågor. Besöksnäringen är viktig för Söderköping och arbetet med att utveckla området kring Göta kanal fortsätter.",
    "Barn- och utbildningsnämnden": "Barn- och utbildningsnämnden ansvarar för förskola, grundskola, fritidshem och gymnasieskola, där gymnasieeleverna främst studerar i Norrköping och Linköping. Elevantalet i grundskolan ökar i Söderköpings tätort och i Östra Ny. Den nya förskolan i Mogata ersätter två tillfälliga paviljonger.",
    "Vård- och omsorgsnämnden": "Vård- och omsorgsnämnden ansvarar för äldreomsorg, hälso- och sjukvård samt stöd till personer med funktionsnedsättning. Andelen invånare över 80 år är högre än riksgenomsnittet och väntas öka under hela planperioden.",
    "Samhällsbyggnadsnämnden": "Samhällsbyggnadsnämnden ansvarar för fysisk planering, gator och parker, kollektivtrafik samt fastighetsförvaltning. Planarbetet för nya bostäder i Hällestad och vid Skönberga fortsätter.",
    "Kultur- och fritidsnämnden": "Kultur- och fritidsnämnden ansvarar för bibliotek, kulturskola, fritidsgårdar och stöd till föreningslivet.",
}


def budget_pdf(path):
    pdf = Pdf("SÖDERKÖPINGS KOMMUN — Budget 2025 och ekonomisk plan 2026–2027")
    pdf.set_title("Budget 2025 och ekonomisk plan 2026–2027")
    pdf.set_author(KOMMUN)
    pdf.title_page(["Budget 2025", "och ekonomisk plan 2026–2027"], [KOMMUN, "Beslutad i kommunfullmäktige 2024-11-20, § 96"])
    pdf.add_page()
    pdf.h1("Innehåll")
    for t, p in [("Inledning från kommunstyrelsens ordförande", 3), ("Planeringsförutsättningar", 4), ("Mål för mandatperioden", 5),
                 ("Nämndernas ansvar", 6), ("Resultatbudget", 7), ("Kassaflödesbudget", 8), ("Driftbudget", 9),
                 ("Investeringsbudget", 10), ("Ekonomiska begrepp", 11)]:
        pdf.set_font("DejaVu", "", 10)
        pdf.cell(150, 6, t)
        pdf.cell(0, 6, str(p), align="R", new_x="LMARGIN", new_y="NEXT")
    skb = R["skatt"][2] + R["gsb"][2]
    pdf.add_page()
    pdf.h1("Inledning från kommunstyrelsens ordförande")
    pdf.para("Söderköping är en växande kommun med en unik miljö längs Göta kanal och i skärgården. "
             "Samtidigt har de senaste årens kostnadsökningar pressat ekonomin och vi har behövt fatta svåra beslut.")
    pdf.para(f"Budgeten för 2025 bygger på en oförändrad skattesats om {TAX} kronor. Det budgeterade resultatet uppgår till "
             f"{fmt(R['res'][2])} miljoner kronor, motsvarande {fmt(R['res'][2] / skb * 100)} procent av skatter och generella statsbidrag.")
    pdf.para("Nämnderna ska sammantaget effektivisera för 11,5 miljoner kronor under 2025. "
             "Vi avsätter 4,7 miljoner kronor till en förstärkt hemtjänst och 2,4 miljoner kronor till fler förskolepedagoger. "
             "Samtidigt fortsätter arbetet med att minska kostnaderna för inhyrd personal, som 2023 uppgick till 14,3 miljoner kronor.")
    pdf.para(f"Investeringsvolymen för 2025 är {fmt(INV_TOT[0])} miljoner kronor. Den största enskilda investeringen är den nya förskolan i Mogata.")
    pdf.para(f"{KSO}, kommunstyrelsens ordförande")
    pdf.add_page()
    pdf.h1("Planeringsförutsättningar")
    pdf.h2("Befolkning")
    pdf.para(f"Den 30 juni 2024 hade Söderköpings kommun {fmt(INV, 0)} invånare. Budgeten bygger på en befolkning om 14 760 invånare den 1 november 2024, "
             "och en årlig befolkningsökning om 0,5 procent under planperioden.")
    pdf.h2("Skatteintäkter")
    pdf.para("Skatteintäkterna har beräknats utifrån SKR:s skatteunderlagsprognos från oktober 2024. Skatteunderlaget beräknas öka med 3,9 procent 2025 och 3,6 procent 2026.")
    pdf.h2("Löner och priser")
    pdf.para("Nämndernas ramar har räknats upp med 3,0 procent för löner och 2,0 procent för övriga kostnader. "
             "Arbetsgivaravgifter och pensionskostnader budgeteras med ett personalomkostnadspålägg på 44,2 procent.")
    pdf.h2("Ränta och upplåning")
    pdf.para("Låneskulden beräknas uppgå till 475 mnkr vid årsskiftet 2024/2025. Den genomsnittliga räntan beräknas till 3,1 procent 2025.")
    pdf.add_page()
    pdf.h1("Mål för mandatperioden")
    pdf.para("Kommunfullmäktige har fastställt fem mål för perioden 2023–2026.")
    for g, t in [("1. Ett växande Söderköping", "Minst 80 nya bostäder per år ska tillkomma."),
                 ("2. Lärande för alla", "Andelen elever med godkända betyg i alla ämnen i årskurs 9 ska uppgå till minst 80 procent."),
                 ("3. Trygg och värdig omsorg", "Väntetiden till särskilt boende ska vara högst 60 dagar."),
                 ("4. Hållbar miljö", "Kommunens koldioxidutsläpp från egna fordon ska minska med 50 procent till 2026 jämfört med 2019."),
                 ("5. Ekonomi i balans", "Årets resultat ska uppgå till minst 1 procent av skatter och generella statsbidrag över planperioden.")]:
        pdf.h2(g)
        pdf.para(t)
    pdf.add_page()
    pdf.h1("Nämndernas ansvar")
    for n, t in NAMND_TXT.items():
        pdf.h2(n)
        pdf.para(t)
        pdf.para("Nämnden ansvarar för att verksamheten bedrivs inom tilldelad ram och ska rapportera avvikelser till kommunstyrelsen i samband med tertialrapporten.")
    # resultatbudget (negatives with en dash)
    pdf.add_page()
    pdf.h1("Resultatbudget")
    def rr(label, key, kind="row", note=""):
        return (kind, [label] + [d(v) for v in R[key]] + [note])
    rows = [rr("Verksamhetens intäkter", "int", note="1"), rr("Verksamhetens kostnader", "kost", note="2"),
            rr("Avskrivningar", "avs"), rr("Verksamhetens nettokostnader", "vnk", "sum"),
            rr("Skatteintäkter", "skatt", note="3"), rr("Generella statsbidrag och utjämning", "gsb", note="3"),
            rr("Verksamhetens resultat", "vres", "sum"), rr("Finansiella intäkter", "fint"),
            rr("Finansiella kostnader", "fkost", note="4"), rr("Resultat efter finansiella poster", "res", "sum"),
            rr("Årets resultat", "res", "sum")]
    pdf.table("Belopp i mnkr", [["", "Utfall", "Budget", "Budget", "Plan", "Plan", "Not"], ["", "2023", "2024", "2025", "2026", "2027", ""]],
              rows, [64, 21, 21, 21, 21, 21, 12])
    pdf.note("Not 1: Inklusive riktade statsbidrag. Not 2: Inklusive pensionskostnader. Not 3: Enligt SKR:s prognos oktober 2024. Not 4: Räntekostnader för lån hos Kommuninvest.")
    pdf.para(f"Verksamhetens nettokostnader ökar med {fmt((R['vnk'][2] - R['vnk'][1]) / R['vnk'][1] * 100)} procent mellan budget 2024 och budget 2025, "
             f"medan skatteintäkter och generella statsbidrag ökar med {fmt((skb - R['skatt'][1] - R['gsb'][1]) / (R['skatt'][1] + R['gsb'][1]) * 100)} procent.")
    # kassaflöde (negatives in parentheses)
    pdf.add_page()
    pdf.h1("Kassaflödesbudget")
    cf = {"res": R["res"][1:3], "avs": [-v for v in R["avs"][1:3]], "ovr": [2.0, 2.5]}
    cf["lop"] = [round(a + b + c, 1) for a, b, c in zip(cf["res"], cf["avs"], cf["ovr"])]
    cf["inv"] = [-88.4, -INV_TOT[0]]
    cf["iv"] = cf["inv"]
    cf["lan"] = [55.0, 25.0]
    cf["fin"] = cf["lan"]
    cf["tot"] = [round(a + b + c, 1) for a, b, c in zip(cf["lop"], cf["iv"], cf["fin"])]
    def cr(label, key, kind="row"):
        return (kind, [label] + [fmt(v, 1, "paren") for v in cf[key]])
    rows = [("section", ["Löpande verksamhet"]), cr("Årets resultat", "res"), cr("Avskrivningar", "avs"),
            cr("Övriga ej likviditetspåverkande poster", "ovr"), cr("Kassaflöde från löpande verksamhet", "lop", "sum"),
            ("section", ["Investeringsverksamhet"]), cr("Investeringar i materiella anläggningstillgångar", "inv"),
            cr("Kassaflöde från investeringsverksamhet", "iv", "sum"),
            ("section", ["Finansieringsverksamhet"]), cr("Nyupptagna lån", "lan"), cr("Kassaflöde från finansieringsverksamhet", "fin", "sum"),
            cr("Årets kassaflöde", "tot", "sum")]
    pdf.table("Kassaflödesbudget (mnkr)", [["", "Budget 2024", "Budget 2025"]], rows, [110, 30, 30])
    pdf.note("Negativa belopp anges inom parentes.")
    pdf.para(f"Låneskulden ökar med 25 miljoner kronor under 2025 och beräknas uppgå till 500 mnkr vid utgången av året.")
    # driftbudget tkr
    pdf.add_page()
    pdf.h1("Driftbudget")
    pdf.para("Nämndernas ramar anges som nettokostnad i tusentals kronor (tkr).")
    rows = []
    for n, a, b in DRIFT + [("Finansförvaltning, pensioner och kapitalkostnader", FINANS[0], FINANS[1])]:
        rows.append(("row", [n, fmt(a, 0), fmt(b, 0), fmt(b - a, 0), fmt((b - a) / a * 100)]))
    sa = sum(x[1] for x in DRIFT) + FINANS[0]
    sb = sum(x[2] for x in DRIFT) + FINANS[1]
    rows.append(("sum", ["Totalt", fmt(sa, 0), fmt(sb, 0), fmt(sb - sa, 0), fmt((sb - sa) / sa * 100)]))
    pdf.table("Driftbudget per nämnd, tkr", [["Nämnd", "Budget 2024", "Budget 2025", "Förändring", "Förändring %"]], rows, [78, 25, 25, 25, 25])
    pdf.note("Budget 2024 avser ursprunglig budget beslutad i november 2023, justerad för ändrad organisation.")
    pdf.para("I barn- och utbildningsnämndens ram ingår 2,4 miljoner kronor för fler förskolepedagoger. I vård- och omsorgsnämndens ram ingår 4,7 miljoner kronor för förstärkt hemtjänst.")
    # investeringar, landscape
    pdf.add_page(orientation="L")
    pdf.h1("Investeringsbudget")
    rows = [("row", [p[0]] + [fmt(v) for v in p[1:]] + [fmt(sum(p[1:]))]) for p in INVEST]
    rows.append(("sum", ["Summa investeringar"] + [fmt(v) for v in INV_TOT] + [fmt(sum(INV_TOT))]))
    pdf.table("Investeringsbudget 2025–2027 (mnkr)", [["Projekt", "Budget", "Plan", "Plan", "Summa"], ["", "2025", "2026", "2027", "2025–2027"]],
              rows, [140, 30, 30, 30, 36])
    pdf.note("Investeringar i vatten och avlopp genomförs av Söderköpings kommun inom VA-kollektivet och finansieras med VA-avgifter.")
    pdf.add_page(orientation="P")
    pdf.h1("Ekonomiska begrepp")
    for h, t in [("Avskrivning", "Värdeminskning av anläggningstillgångar fördelad över nyttjandeperioden."),
                 ("Balanskravet", "Kommunallagens krav på att intäkterna ska överstiga kostnaderna."),
                 ("Generella statsbidrag", "Bidrag från staten som inte är knutna till en viss verksamhet."),
                 ("Nettokostnad", "Verksamhetens kostnader efter avdrag för intäkter."),
                 ("Resultatutjämningsreserv (RUR)", f"Reserv för att utjämna intäkter över en konjunkturcykel. Söderköpings RUR uppgår till 18,0 mnkr.")]:
        pdf.h2(h)
        pdf.para(t)
    pdf.output(path)


def delar_pdf(path):
    pdf = Pdf("Delårsrapport januari–augusti 2024, Söderköpings kommun")
    pdf.set_title("Delårsrapport januari–augusti 2024")
    pdf.set_author(KOMMUN)
    pdf.title_page(["Delårsrapport", "januari–augusti 2024"], [KOMMUN, "Behandlad i kommunstyrelsen 2024-10-08"])
    pdf.add_page()
    pdf.h1("Sammanfattning")
    prog = round(R["res"][1] + (sum(AVV.values()) + AVV_FIN) / 1000, 1)
    pdf.para("Periodens resultat uppgår till 41,7 miljoner kronor. Resultatet för perioden är alltid högre än för helåret eftersom semesterlöneskulden minskar under sommaren.")
    pdf.para(f"Prognosen för helåret 2024 är ett resultat på {fmt(prog)} miljoner kronor, vilket är {fmt(prog - R['res'][1])} miljoner kronor bättre än budget. "
             f"Nämnderna prognostiserar sammantaget ett underskott på {fmt(-sum(AVV.values()) / 1000)} miljoner kronor, medan finansförvaltningen "
             f"beräknas ge ett överskott på {fmt(AVV_FIN / 1000)} miljoner kronor tack vare högre skatteintäkter och lägre pensionskostnader.")
    pdf.para("Barn- och utbildningsnämnden prognostiserar ett underskott på 6,8 miljoner kronor, främst på grund av ökade kostnader för tilläggsbelopp och skolskjuts. "
             "Vård- och omsorgsnämnden prognostiserar ett underskott på 3,9 miljoner kronor till följd av ett ökat behov av hemtjänsttimmar.")
    pdf.para(f"Antalet invånare var {fmt(INV, 0)} den 30 juni 2024, en ökning med 38 personer sedan årsskiftet.")
    pdf.add_page()
    pdf.h1("Ekonomisk uppföljning")
    pdf.h2("Nämndernas prognos för helåret")
    rows = []
    for n, b24, _ in DRIFT:
        a = AVV[n]
        rows.append(("row", [n, fmt(b24, 0), fmt(b24 - a, 0), fmt(a, 0, "dash")]))
    rows.append(("row", ["Finansförvaltning", fmt(FINANS[0], 0), fmt(FINANS[0] - AVV_FIN, 0), fmt(AVV_FIN, 0, "dash")]))
    sb = sum(x[1] for x in DRIFT) + FINANS[0]
    sa = sum(AVV.values()) + AVV_FIN
    rows.append(("sum", ["Summa", fmt(sb, 0), fmt(sb - sa, 0), fmt(sa, 0, "dash")]))
    pdf.table("Nettokostnad per nämnd, tkr", [["Nämnd", "Budget", "Prognos", "Avvikelse"], ["", "helår 2024", "helår 2024", "mot budget"]],
              rows, [80, 30, 30, 30])
    pdf.note("Negativ avvikelse innebär underskott mot budget.")
    pdf.h2("Investeringar")
    pdf.para("Investeringarna uppgick under perioden till 47,3 miljoner kronor av helårsbudgeten på 88,4 miljoner kronor. "
             "Prognosen för helåret är 71,0 miljoner kronor. Förseningar i upphandlingen av överföringsledningen förklarar större delen av avvikelsen.")
    pdf.h2("Balanskravsutredning")
    rows = [("row", ["Årets resultat enligt prognos", fmt(prog)]),
            ("row", ["Avgår realisationsvinster", d(-1.2)]),
            ("sum", ["Balanskravsresultat", fmt(prog - 1.2)])]
    pdf.table("Balanskravsutredning, mnkr", [["", "Prognos 2024"]], rows, [90, 30])
    pdf.add_page()
    pdf.h1("Personal")
    pdf.para("Sjukfrånvaron för perioden januari–juni uppgick till 6,9 procent, jämfört med 7,6 procent för samma period 2023. "
             "Antalet tillsvidareanställda var 1 182 den 30 juni 2024.")
    pdf.h1("Måluppfyllelse")
    pdf.para("Av kommunfullmäktiges fem mål bedöms två uppfyllas helt och tre delvis vid årets slut. Målet om minst 80 nya bostäder per år bedöms inte nås 2024, då 52 bostäder beräknas bli färdigställda.")
    pdf.output(path)


def html(path):
    rows = [("Årets resultat, mnkr", "34,8", "27,1", fmt(R["res"][0])),
            ("Resultat i procent av skatter och statsbidrag", "3,9", "2,9", "1,2"),
            ("Soliditet, %", "41", "42", "40"),
            ("Nettoinvesteringar, mnkr", "61,4", "88,2", "97,5"),
            ("Låneskuld 31 december, mnkr", "310", "355", "420"),
            ("Skattesats, kr", "22,46", "22,46", "22,46"),
            ("Antal invånare 31 december", "14 596", "14 652", "14 667")]
    body = f"""      <p class="lead">Här hittar du information om Söderköpings kommuns ekonomi: budget, årsredovisning och nyckeltal.</p>
      <h2>Nyckeltal 2021–2023</h2>
{html_table("Finansiella nyckeltal, Söderköpings kommun", ["Nyckeltal", "2021", "2022", "2023"], rows)}
      <p>Resultatet 2023 påverkades av höga pensionskostnader och inflation. Kommunens låneskuld har ökat med 110 miljoner kronor sedan 2021 till följd av investeringar i skolor och vatten och avlopp.</p>
      <h2>Budget 2025</h2>
      <p>Kommunfullmäktige beslutade om budget 2025 och ekonomisk plan 2026–2027 den 20 november 2024. Skattesatsen är oförändrad {TAX} kronor.</p>
      <h2>Kreditbetyg och upplåning</h2>
      <p>Söderköpings kommun lånar via Kommuninvest och har en borgensram för de kommunala bolagen på 650 miljoner kronor.</p>
      <h2>Dokument</h2>
      <ul><li><a href="/dokument/budget-2025.pdf">Budget 2025 och ekonomisk plan 2026–2027 (pdf)</a></li><li><a href="/dokument/delarsrapport-2024.pdf">Delårsrapport januari–augusti 2024 (pdf)</a></li></ul>
      <p class="published">Publicerad: 2024-05-02</p>"""
    page = html_page("Söderköpings kommun", "Finansiell information",
                     ["Förskola och skola", "Omsorg och hjälp", "Bygga, bo och miljö", "Uppleva och göra", "Kommun och politik"],
                     ['<a href="/kommun-och-politik">Kommun och politik</a>', '<a href="/kommun-och-politik/ekonomi">Ekonomi</a>', "Finansiell information"],
                     body, "Senast uppdaterad", "2024-12-10",
                     ["Söderköpings kommun, 614 80 Söderköping", "Besöksadress: Storgatan 12, Söderköping", "Telefon: 0121-181 00", "kommun@soderkoping.se"])
    with open(path, "w", encoding="utf-8") as f:
        f.write(page)


def protokoll_docx(path):
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    doc.add_paragraph("Söderköpings kommun")
    doc.add_paragraph("PROTOKOLL")
    doc.add_heading("Barn- och utbildningsnämnden", level=1)
    doc.add_paragraph("Datum: 2024-09-17, kl. 13.00–16.20")
    doc.add_paragraph("Plats: Kommunhuset, Ramunderrummet")
    doc.add_paragraph("Ledamöter: Maria Falk (S), ordförande; Henrik Sjöqvist (M), vice ordförande; Ulla Björk (SD); Johan Ek (C); Sofia Lindahl (S); Ahmed Karimi (S); Birgitta Öhman (KD)")
    doc.add_paragraph("Sekreterare: Linda Carlsson")
    doc.add_heading("§ 61 Ekonomisk uppföljning augusti 2024", level=2)
    doc.add_paragraph("Dnr BUN 2024/112")
    doc.add_paragraph("Förvaltningen redovisar en helårsprognos med ett underskott på 6,8 miljoner kronor. Underskottet beror främst på tilläggsbelopp för elever i behov av särskilt stöd, 3,9 miljoner kronor, och ökade kostnader för skolskjuts, 2,1 miljoner kronor.")
    doc.add_paragraph("Beslut")
    doc.add_paragraph("Barn- och utbildningsnämnden godkänner uppföljningen och uppdrar åt förvaltningschefen att ta fram förslag på åtgärder om minst 3,0 miljoner kronor.")
    doc.add_heading("§ 62 Ny förskola i Mogata – investeringsbeslut", level=2)
    doc.add_paragraph("Dnr BUN 2024/087")
    doc.add_paragraph("Förskolan i Mogata föreslås byggas med sex avdelningar för cirka 110 barn och ersätter de två tillfälliga paviljongerna vid Mogata skola. "
                      "Den totala investeringsutgiften beräknas till 38 500 tkr. Den årliga driftkostnaden, inklusive hyra och kapitalkostnader, beräknas till 2,9 miljoner kronor.")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Kostnadspost", "Belopp, tkr"
    for a, b in [("Byggentreprenad", "29 800"), ("Markarbeten och utemiljö", "3 900"), ("Projektering och byggledning", "2 100"),
                 ("Inventarier och lekutrustning", "1 600"), ("Oförutsett", "1 100"), ("Summa investeringsutgift", "38 500")]:
        r = t.add_row().cells
        r[0].text, r[1].text = a, b
    doc.add_paragraph("Yrkanden")
    doc.add_paragraph("Henrik Sjöqvist (M) yrkar att ärendet återremitteras för att utreda en mindre förskola med fyra avdelningar.")
    doc.add_paragraph("Beslut")
    doc.add_paragraph("Barn- och utbildningsnämnden föreslår kommunfullmäktige att bevilja en investeringsram om 38 500 tkr för ny förskola i Mogata, med planerad inflyttning hösten 2026.")
    doc.add_paragraph("Reservation")
    doc.add_paragraph("Henrik Sjöqvist (M) och Birgitta Öhman (KD) reserverar sig mot beslutet till förmån för eget yrkande om återremiss.")
    doc.add_heading("§ 63 Skolskjutsregler 2025", level=2)
    doc.add_paragraph("Dnr BUN 2024/120")
    doc.add_paragraph("Avståndsgränsen för skolskjuts i årskurs 4–6 föreslås ändras från 3 till 4 kilometer. Förändringen beräknas minska kostnaderna med 650 000 kronor per år.")
    doc.add_paragraph("Beslut")
    doc.add_paragraph("Barn- och utbildningsnämnden antar reviderade skolskjutsregler att gälla från och med läsåret 2025/2026.")
    doc.add_paragraph("Reservation")
    doc.add_paragraph("Sofia Lindahl (S) och Ahmed Karimi (S) reserverar sig mot beslutet.")
    doc.add_paragraph("Justeras: Maria Falk, ordförande; Johan Ek, justerare. Anslaget på kommunens anslagstavla 2024-09-24.")
    save_docx(doc, path, "Linda Carlsson")


def xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Budget per verksamhet"
    ws.append(["Driftbudget 2025 per verksamhet, Söderköpings kommun"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Belopp i tkr, nettokostnad"])
    ws.append(["Nämnd", "Verksamhet", "Budget 2024", "Budget 2025", "Förändring, %"])
    rows = [
        ("Barn- och utbildningsnämnden", "Förskola", 98600, 102450),
        ("Barn- och utbildningsnämnden", "Fritidshem", 24300, 25100),
        ("Barn- och utbildningsnämnden", "Grundskola inkl. förskoleklass", 189200, 195800),
        ("Barn- och utbildningsnämnden", "Gymnasieskola (interkommunal ersättning)", 82400, 85600),
        ("Barn- och utbildningsnämnden", "Nämnd och administration", 17800, 17900),
        ("Vård- och omsorgsnämnden", "Hemtjänst", 96200, 101500),
        ("Vård- och omsorgsnämnden", "Särskilt boende", 132400, 136900),
        ("Vård- och omsorgsnämnden", "Stöd till personer med funktionsnedsättning", 68900, 70800),
        ("Vård- och omsorgsnämnden", "Nämnd och administration", 21100, 22070),
    ]
    tot = {}
    for n, v, a, b in rows:
        tot.setdefault(n, [0, 0])
        tot[n][0] += a
        tot[n][1] += b
        ws.append([n, v, a, b, round((b - a) / a * 100, 1)])
        ws.cell(ws.max_row, 5).number_format = "0.0"
    for n, (a, b) in tot.items():
        ref = dict((x[0], x[1:]) for x in DRIFT)[n]
        assert (a, b) == tuple(ref), (n, a, b, ref)
    ws.append([])
    ws.append(["Övriga nämnder redovisas i budgetdokumentet."])
    for c, w in zip("ABCDE", (32, 42, 14, 14, 14)):
        ws.column_dimensions[c].width = w
    ws2 = wb.create_sheet("Personal")
    ws2.append(["Personalnyckeltal 2020–2023"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["Antal respektive procent"])
    ws2.append(["År", "Tillsvidareanställda", "Årsarbetare", "Sjukfrånvaro, %", "Andel heltidsanställda, %"])
    for r in [(2020, 1124, 1068, 8.4, 71.2), (2021, 1139, 1082, 8.1, 74.5), (2022, 1151, 1097, 7.9, 77.0), (2023, 1168, 1110, 7.3, 79.6)]:
        ws2.append(list(r))
        ws2.cell(ws2.max_row, 4).number_format = "0.0"
        ws2.cell(ws2.max_row, 5).number_format = "0.0"
    for c in "ABCDE":
        ws2.column_dimensions[c].width = 22
    save_xlsx(wb, path, "Ekonomienheten Söderköping")


def press(path):
    txt = """PRESSMEDDELANDE
Söderköpings kommun
2024-10-01

Ny förskola i Mogata – sex avdelningar klara hösten 2026

Söderköpings kommun bygger en ny förskola i Mogata. Barn- och utbildningsnämnden beslutade den 17 september att föreslå kommunfullmäktige en investeringsram på 38,5 miljoner kronor.

Förskolan får sex avdelningar och plats för cirka 110 barn. Den ersätter två tillfälliga paviljonger som varit i bruk sedan 2019.

"Familjerna i Mogata och Östra Ny har väntat länge på en permanent förskola. Nu får barnen moderna lokaler nära hemmet", säger Maria Falk (S), ordförande i barn- och utbildningsnämnden.

Förskolan byggs med solceller på taket och en utemiljö som planeras tillsammans med barnen. Kommunen har beviljats 700 000 kronor i stöd från Naturvårdsverkets Klimatklivet för solcellsanläggningen.

Byggstart planeras till mars 2025.

För mer information:
Maria Falk (S), ordförande barn- och utbildningsnämnden, 0121-181 40
Jenny Åström, förvaltningschef, 0121-182 05
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "budget-2025-plan-2026-2027.pdf"))
    delar_pdf(os.path.join(outdir, "delarsrapport-jan-aug-2024.pdf"))
    html(os.path.join(outdir, "finansiell-information.html"))
    protokoll_docx(os.path.join(outdir, "bun-protokoll-2024-09-17.docx"))
    xlsx(os.path.join(outdir, "driftbudget-per-verksamhet-2025.xlsx"))
    press(os.path.join(outdir, "pressmeddelande-forskola-mogata.txt"))
