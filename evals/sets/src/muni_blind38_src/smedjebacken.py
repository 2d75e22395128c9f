"""Smedjebackens kommun: documents for the blind-muni38 corpus."""
import os
from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font

from common import Doc, fmt, save_docx, save_xlsx, save_pdf, html_page

RH = "Smedjebackens kommun | Budget och plan 2025–2027"
INVANARE = 10742

NAMND = [
    ("Kommunstyrelsen", [62.4, 64.1, 66.8, 68.0, 69.3]),
    ("Barn- och bildningsnämnden", [268.5, 279.2, 286.4, 291.7, 296.0]),
    ("Vård- och omsorgsnämnden", [301.9, 314.6, 327.5, 336.8, 345.2]),
    ("Tekniska nämnden", [41.7, 43.2, 44.9, 45.8, 46.6]),
    ("Bygg- och miljönämnden", [6.8, 7.1, 7.3, 7.4, 7.6]),
    ("Kultur- och fritidsnämnden", [22.6, 23.4, 23.1, 23.5, 24.0]),
    ("Revision", [1.6, 1.7, 1.7, 1.8, 1.8]),
]
RES = {
    "int": [118.4, 121.9, 124.6, 127.0, 129.3],
    "kost": [-845.2, -874.6, -901.8, -925.1, -947.9],
    "avs": [-31.5, -33.8, -36.2, -38.0, -39.5],
    "skatt": [568.9, 590.3, 611.7, 632.4, 653.8],
    "bidr": [208.7, 219.6, 227.3, 233.9, 240.1],
    "fint": [3.1, 2.8, 2.6, 2.5, 2.5],
    "fkost": [-6.9, -8.4, -9.7, -10.6, -11.3],
}
INV = [
    ("Ny förskola Söderbärke", "Barn- och bildningsnämnden", 24000, 14000, 0),
    ("Upprustning Hagaskolan", "Barn- och bildningsnämnden", 3500, 6000, 6000),
    ("Digitala verktyg i skolan", "Barn- och bildningsnämnden", 1200, 1200, 1200),
    ("Larm och välfärdsteknik, särskilt boende", "Vård- och omsorgsnämnden", 1800, 900, 900),
    ("Ombyggnad Malmgården", "Vård- och omsorgsnämnden", 5500, 0, 0),
    ("Gator och beläggning", "Tekniska nämnden", 6000, 6200, 6400),
    ("Gång- och cykelväg Smedjebacken–Vad", "Tekniska nämnden", 4300, 2500, 0),
    ("Kajen Barken, etapp 2", "Tekniska nämnden", 7200, 3800, 0),
    ("Energieffektivisering kommunala fastigheter", "Tekniska nämnden", 2500, 2500, 2500),
    ("Ishallen, ny kylanläggning", "Kultur- och fritidsnämnden", 6800, 0, 0),
    ("Elljusspår Hagudden", "Kultur- och fritidsnämnden", 900, 0, 0),
    ("IT-infrastruktur", "Kommunstyrelsen", 2100, 1800, 1800),
]


def calc():
    r = RES
    n = 5
    vnk = [round(r["int"][i] + r["kost"][i] + r["avs"][i], 1) for i in range(n)]
    vres = [round(vnk[i] + r["skatt"][i] + r["bidr"][i], 1) for i in range(n)]
    efin = [round(vres[i] + r["fint"][i] + r["fkost"][i], 1) for i in range(n)]
    return vnk, vres, efin


def budget_pdf(path):
    vnk, vres, efin = calc()
    d = Doc(RH)
    d.title_page(["Budget och plan 2025–2027", "Smedjebackens kommun",
                  "Beslutad av kommunfullmäktige 2024-11-18, § 96"])
    d.h1("Inledning")
    d.para("Smedjebacken är en kommun med stark industriell tradition och en natur som lockar både boende och besökare. "
           "Kommunen har 10 742 invånare enligt befolkningsstatistiken den 1 november 2024. Befolkningen har minskat "
           "något de senaste åren och prognosen pekar på en fortsatt svag minskning.")
    d.para("Budgeten för 2025 innebär att nämndernas ramar ökar med sammanlagt " +
           fmt(sum(v[2] for _, v in NAMND) - sum(v[1] for _, v in NAMND), 1) +
           " miljoner kronor jämfört med 2024. Största delen av ökningen går till vård- och omsorgsnämnden.")
    d.para("Kommunalskatten höjs med 25 öre till 22,31 kronor. Höjningen ger ungefär 6,6 miljoner kronor i ökade "
           "skatteintäkter och är nödvändig för att klara ett resultat i nivå med kommunens finansiella mål.")
    d.para("Vi har också gjort tydliga prioriteringar. Kultur- och fritidsnämndens ram minskar med 300 000 kronor "
           "genom att öppettiderna i Smedjebackens simhall anpassas, och kommunstyrelsen ska minska kostnaderna för "
           "konsulter med 1,2 miljoner kronor.")
    d.para("Maria Strand Eklöf (S)\nKommunstyrelsens ordförande")
    d.h1("Mål för verksamheten")
    d.para("Kommunfullmäktige har beslutat om fem övergripande mål för mandatperioden 2023–2026:")
    for m in ["Smedjebacken ska vara en attraktiv kommun att bo och verka i.",
              "Barn och unga ska ges goda förutsättningar att lyckas i skolan.",
              "Äldre ska kunna leva ett tryggt och självständigt liv.",
              "Kommunen ska minska sin klimatpåverkan.",
              "Kommunen ska ha en långsiktigt hållbar ekonomi."]:
        d.para("• " + m)
    d.para("Till varje mål finns indikatorer. Exempelvis ska andelen elever i årskurs 9 med godkända betyg i alla ämnen "
           "öka till 78 procent och väntetiden till särskilt boende ska vara högst 60 dagar.")
    d.h1("Förutsättningar")
    d.para("Skatteunderlaget beräknas växa med 4,1 procent 2025 enligt SKR:s prognos från oktober 2024. Samtidigt ökar "
           "kostnaderna för löner och pensioner. Lönerevisionen har budgeterats till 3,3 procent.")
    d.para("Andelen invånare som är 80 år eller äldre är hög i Smedjebacken, 7,1 procent, att jämföra med 5,4 procent i riket. "
           "Det innebär ett ökat behov av hemtjänst och särskilt boende.")
    d.para("Kommunen är medlem i Västerbergslagens utbildningscentrum (VBU) tillsammans med Ludvika kommun. Kostnaden för "
           "gymnasieskolan ingår i barn- och bildningsnämndens ram och uppgår till 58,4 miljoner kronor 2025.")
    d.h1("Finansiella mål")
    d.para("Resultatet ska uppgå till minst 2 procent av skatteintäkter och generella statsbidrag. Nettoinvesteringarna "
           "ska över planperioden i genomsnitt självfinansieras till minst 80 procent. Låneskulden får inte överstiga "
           "250 miljoner kronor.")
    share = efin[2] / (RES["skatt"][2] + RES["bidr"][2]) * 100
    d.para("Det budgeterade resultatet för 2025 är " + fmt(efin[2]) + " miljoner kronor, vilket motsvarar " + fmt(share) +
           " procent av skatteintäkter och generella statsbidrag.")
    d.h1("Resultatbudget")
    heads = [["", "Bokslut", "Budget", "Budget", "Plan", "Plan"], ["Mnkr", "2023", "2024", "2025", "2026", "2027"]]
    W = [70, 20, 20, 20, 20, 20]

    def row(l, v, st=""):
        return ([l] + [fmt(x) for x in v], st)
    rows = [row("Verksamhetens intäkter", RES["int"]), row("Verksamhetens kostnader", RES["kost"]),
            row("Avskrivningar", RES["avs"]), row("Verksamhetens nettokostnader", vnk, "b"),
            row("Skatteintäkter", RES["skatt"]), row("Generella statsbidrag och utjämning", RES["bidr"]),
            row("Verksamhetens resultat", vres, "b"), row("Finansiella intäkter", RES["fint"]),
            row("Finansiella kostnader", RES["fkost"]), row("Årets resultat", efin, "b")]
    d.table("Resultatbudget 2025–2027", heads, rows, W)
    d.h1("Driftbudget")
    heads = [["", "Bokslut", "Budget", "Budget", "Plan", "Plan", "Budget 2025"],
             ["Nämnd", "2023", "2024", "2025", "2026", "2027", "kr/invånare"]]
    W = [52, 18, 18, 18, 18, 18, 28]
    rows = []
    for n, v in NAMND:
        rows.append(([n] + [fmt(x) for x in v] + [fmt(v[2] * 1e6 / INVANARE, 0)], ""))
    S = [round(sum(v[i] for _, v in NAMND), 1) for i in range(5)]
    rows.append((["Summa"] + [fmt(x) for x in S] + [fmt(S[2] * 1e6 / INVANARE, 0)], "b"))
    d.table("Driftbudget per nämnd", heads, rows, W, unit="Nettokostnad, belopp i mnkr (sista kolumnen i kronor per invånare)")
    d.note("Kronor per invånare är beräknat på 10 742 invånare (1 november 2024).")
    d.para("Vård- och omsorgsnämnden tillförs 12,9 miljoner kronor jämfört med 2024, varav 4,5 miljoner kronor avser "
           "den nya demensavdelningen på Malmgården med 10 platser.")
    d.para("Barn- och bildningsnämnden får ett effektiviseringskrav på 2,1 miljoner kronor till följd av minskande elevkullar.")
    d.h1("Investeringsbudget")
    d.para("Investeringsvolymen för 2025 är hög, främst på grund av den nya förskolan i Söderbärke. Under planperioden "
           "minskar investeringarna och lånebehovet avtar.")
    heads = [["Projekt", "Ansvarig nämnd", "Budget", "Plan", "Plan"], ["Belopp i tkr", "", "2025", "2026", "2027"]]
    W = [66, 50, 18, 18, 18]
    d.set_font("DejaVu", "", 8.5)
    rows = [([p, n, fmt(a, 0), fmt(b, 0), fmt(c, 0)], "") for p, n, a, b, c in INV]
    T = [sum(x[i] for x in INV) for i in (2, 3, 4)]
    rows.append((["Summa investeringar", ""] + [fmt(x, 0) for x in T], "b"))
    d.table("Investeringar per projekt", heads, rows, W)
    d.h1("Kassaflödesbudget")
    ej = [4.2, 3.8, 3.5]
    rk = [-2.0, 0.0, 0.0]
    fors = [1.5, 0.0, 0.0]
    lan = [30.0, 0.0, 0.0]
    amo = [-8.0, -8.0, -8.0]
    lop = [round(efin[i + 2] - RES["avs"][i + 2] + ej[i] + rk[i], 1) for i in range(3)]
    inv = [-x / 1000 for x in T]
    invv = [round(inv[i] + fors[i], 1) for i in range(3)]
    fin = [round(lan[i] + amo[i], 1) for i in range(3)]
    kf = [round(lop[i] + invv[i] + fin[i], 1) for i in range(3)]
    ub = []
    ib = [42.6]
    for i in range(3):
        ub.append(round(ib[i] + kf[i], 1))
        ib.append(ub[i])
    heads = [["Mnkr", "Budget 2025", "Plan 2026", "Plan 2027"]]
    W = [100, 23, 23, 23]

    def r(l, v, st=""):
        return ([l] + [fmt(x) for x in v], st)
    rows = [(["Den löpande verksamheten"], "s"), r("Årets resultat", efin[2:]),
            r("Justering för av- och nedskrivningar", [-x for x in RES["avs"][2:]]),
            r("Justering för övriga ej likviditetspåverkande poster", ej),
            r("Förändring av rörelsekapital", rk), r("Kassaflöde från den löpande verksamheten", lop, "b"),
            (["Investeringsverksamheten"], "s"), r("Investering i materiella anläggningstillgångar", inv),
            r("Försäljning av materiella anläggningstillgångar", fors), r("Kassaflöde från investeringsverksamheten", invv, "b"),
            (["Finansieringsverksamheten"], "s"), r("Nyupptagna lån", lan), r("Amortering av skuld", amo),
            r("Kassaflöde från finansieringsverksamheten", fin, "b"), r("Årets kassaflöde", kf, "b"),
            r("Likvida medel vid årets början", ib[:3]), r("Likvida medel vid årets slut", ub, "b")]
    d.table("Kassaflödesbudget", heads, rows, W)
    d.para("Låneskulden beräknas uppgå till 214 miljoner kronor vid utgången av 2025.")
    d.h1("Nämndernas budgetramar och uppdrag")
    for n, t in [("Kommunstyrelsen", "Kommunstyrelsen ansvarar för näringslivsarbete, kommunikation och gemensam administration. "
                  "Ett nytt ärendehanteringssystem införs under 2025."),
                 ("Barn- och bildningsnämnden", "Nämnden ansvarar för förskola, grundskola, fritidshem och kulturskola samt "
                  "gymnasieskolan via VBU. Antalet barn i förskolan väntas bli 455 under 2025."),
                 ("Vård- och omsorgsnämnden", "Nämnden ansvarar för äldreomsorg, LSS och individ- och familjeomsorg. "
                  "En ny demensavdelning med 10 platser öppnar på Malmgården i mars 2025."),
                 ("Tekniska nämnden", "Nämnden ansvarar för gator, parker och kommunens fastigheter. Fokus ligger på "
                  "energieffektivisering och underhåll av skolfastigheter."),
                 ("Kultur- och fritidsnämnden", "Nämnden ansvarar för bibliotek, fritidsgårdar och idrottsanläggningar. "
                  "Ishallen får en ny kylanläggning under 2025.")]:
        d.h2(n)
        d.para(t)
    save_pdf(d, path)
    return efin


def delar_pdf(path):
    d = Doc("Smedjebackens kommun – Delårsrapport januari–augusti 2025")
    d.title_page(["Delårsrapport", "januari–augusti 2025", "Smedjebackens kommun"])
    d.h1("Sammanfattning")
    d.para("Kommunens resultat för perioden januari–augusti 2025 blev 27,4 miljoner kronor. Resultatet för helåret "
           "prognostiseras till 12,9 miljoner kronor, vilket är 5,6 miljoner kronor lägre än budget.")
    d.para("Den negativa avvikelsen beror främst på vård- och omsorgsnämnden, som prognostiserar ett underskott på "
           "7,4 miljoner kronor för helåret. Ökade kostnader för hemtjänst och bemanningssjuksköterskor är huvudorsaken.")
    d.para("Befolkningen uppgick den 30 juni 2025 till 10 698 invånare, en minskning med 44 personer sedan 1 november 2024.")
    d.para("Investeringarna uppgick under perioden till 31,2 miljoner kronor, att jämföra med helårsbudgeten på 65,8 miljoner kronor. "
           "Prognosen för helåret är 54,0 miljoner kronor.")
    d.h1("Resultaträkning")
    d.para("Negativa belopp redovisas inom parentes.")
    heads = [["", "Utfall", "Utfall", "Budget", "Prognos"], ["Mnkr", "jan–aug 2025", "jan–aug 2024", "2025", "2025"]]
    rr = [("Verksamhetens intäkter", 86.2, 81.7, 124.6, 126.1), ("Verksamhetens kostnader", -589.6, -566.3, -901.8, -908.7),
          ("Avskrivningar", -23.7, -22.1, -36.2, -35.8)]
    vnk = [round(sum(x[i] for x in rr), 1) for i in range(1, 5)]
    sk = [408.1, 394.0, 611.7, 610.9]
    gb = [151.6, 146.3, 227.3, 228.1]
    fi = [1.9, 2.2, 2.6, 2.8]
    fk = [-7.1, -5.6, -9.7, -10.5]
    res = [round(vnk[i] + sk[i] + gb[i] + fi[i] + fk[i], 1) for i in range(4)]
    rows = [([a] + [fmt(x, 1, "()") for x in v], "") for a, *v in rr]
    rows.append((["Verksamhetens nettokostnader"] + [fmt(x, 1, "()") for x in vnk], "b"))
    rows.append((["Skatteintäkter"] + [fmt(x) for x in sk], ""))
    rows.append((["Generella statsbidrag och utjämning"] + [fmt(x) for x in gb], ""))
    rows.append((["Finansiella intäkter"] + [fmt(x) for x in fi], ""))
    rows.append((["Finansiella kostnader"] + [fmt(x, 1, "()") for x in fk], ""))
    rows.append((["Periodens resultat"] + [fmt(x, 1, "()") for x in res], "b"))
    d.table("Resultaträkning", heads, rows, [66, 26, 26, 26, 26])
    d.h1("Driftredovisning per nämnd")
    heads = [["", "Budget", "Prognos", "Avvikelse"], ["Nettokostnad, mnkr", "2025", "2025", "mot budget"]]
    pr = {"Kommunstyrelsen": 65.9, "Barn- och bildningsnämnden": 287.3, "Vård- och omsorgsnämnden": 334.9,
          "Tekniska nämnden": 44.2, "Bygg- och miljönämnden": 7.0, "Kultur- och fritidsnämnden": 23.4, "Revision": 1.7}
    rows = []
    for n, v in NAMND:
        rows.append(([n, fmt(v[2]), fmt(pr[n]), fmt(v[2] - pr[n], 1, "()")], ""))
    sb = sum(v[2] for _, v in NAMND)
    sp = sum(pr.values())
    rows.append((["Summa nämnder", fmt(sb), fmt(sp), fmt(sb - sp, 1, "()")], "b"))
    d.table("Driftredovisning, prognos helår 2025", heads, rows, [80, 28, 28, 28])
    d.para("Barn- och bildningsnämnden prognostiserar ett underskott på 0,9 miljoner kronor, främst inom fritidshemmen. "
           "Tekniska nämnden prognostiserar ett överskott till följd av lägre energikostnader.")
    d.h1("Personal")
    d.para("Antalet månadsanställda var 1 012 den 31 augusti 2025. Sjukfrånvaron under perioden var 6,8 procent, "
           "vilket är 0,4 procentenheter lägre än motsvarande period 2024.")
    save_pdf(d, path)
    return res


def html(path):
    body = """    <h1>Finansiell information</h1>
    <p class="ingress">Här hittar du Smedjebackens kommuns viktigaste ekonomiska nyckeltal, budget och årsredovisningar.</p>
    <p>Kommunfullmäktige godkände årsredovisningen för 2024 den 16 juni 2025. Kommunens resultat 2024 blev 21,3 miljoner kronor.</p>
    <h2>Nyckeltal 2022–2024</h2>
    <table>
      <thead>
        <tr><th>Nyckeltal</th><th>2022</th><th>2023</th><th>2024</th></tr>
      </thead>
      <tbody>
        <tr><td>Årets resultat, mnkr</td><td>24,8</td><td>15,5</td><td>21,3</td></tr>
        <tr><td>Resultat i procent av skatter och bidrag</td><td>3,4</td><td>2,0</td><td>2,6</td></tr>
        <tr><td>Nettoinvesteringar, mnkr</td><td>38,2</td><td>44,7</td><td>51,9</td></tr>
        <tr><td>Soliditet inkl. pensionsåtagande, %</td><td>31,4</td><td>32,0</td><td>32,9</td></tr>
        <tr><td>Låneskuld, mnkr</td><td>172,0</td><td>185,0</td><td>192,0</td></tr>
        <tr><td>Skattesats, kr</td><td>22,06</td><td>22,06</td><td>22,06</td></tr>
      </tbody>
    </table>
    <p>Skattesatsen höjdes till 22,31 kronor från och med 2025.</p>
    <h2>Dokument</h2>
    <ul>
      <li><a href="/download/budget-och-plan-2025-2027.pdf">Budget och plan 2025–2027 (pdf)</a></li>
      <li><a href="/download/delarsrapport-2025.pdf">Delårsrapport januari–augusti 2025 (pdf)</a></li>
      <li><a href="/download/arsredovisning-2024.pdf">Årsredovisning 2024 (pdf)</a></li>
    </ul>
    <p>Har du frågor om kommunens ekonomi? Kontakta ekonomichef Lars Wennberg via kommunens växel.</p>"""
    nav = [("Utbildning och barnomsorg", "/utbildning"), ("Vård och omsorg", "/vard-och-omsorg"),
           ("Bo och bygga", "/bo-och-bygga"), ("Uppleva och göra", "/uppleva-och-gora"),
           ("Kommun och politik", "/kommun-och-politik")]
    footer = """    <p>Smedjebackens kommun, Box 73, 777 22 Smedjebacken. Telefon växel: 0240-660 00. E-post: kommun@smedjebacken.se</p>
    <p>Organisationsnummer: 212000-2205</p>
    <p><a href="/om-webbplatsen">Om webbplatsen</a> | <a href="/kakor">Kakor</a> | <a href="/tillganglighet">Tillgänglighet</a></p>"""
    h = html_page("Finansiell information", "Smedjebackens kommun", nav,
                  '<a href="/">Hem</a> › <a href="/kommun-och-politik">Kommun och politik</a> › Finansiell information',
                  body, "2023-05-10", "2025-06-19", footer)
    with open(path, "w", encoding="utf-8") as f:
        f.write(h)


def docx(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_heading("SAMMANTRÄDESPROTOKOLL", level=1)
    doc.add_paragraph("Kommunfullmäktige, Smedjebackens kommun")
    doc.add_paragraph("Plats och tid: Folkets hus, Smedjebacken, måndagen den 16 juni 2025 kl. 18.30–21.05")
    doc.add_paragraph("Ordförande: Bengt Ahlström (S). Sekreterare: Camilla Frost. Justerare: Ingrid Vass (M) och Ola Knutsson (C).")
    doc.add_heading("§ 41 Årsredovisning 2024", level=2)
    doc.add_paragraph("Kommunens resultat för 2024 blev 21,3 miljoner kronor, vilket är 3,5 miljoner kronor bättre än budget. "
                      "Revisorerna tillstyrker att fullmäktige godkänner årsredovisningen.")
    doc.add_paragraph("Beslut: Kommunfullmäktige godkänner årsredovisningen för 2024.")
    doc.add_heading("§ 42 Ansvarsfrihet för 2024", level=2)
    doc.add_paragraph("Beslut: Kommunfullmäktige beviljar kommunstyrelsen och övriga nämnder samt de enskilda "
                      "ledamöterna i dessa organ ansvarsfrihet för 2024. Jäviga ledamöter deltar inte i beslutet.")
    doc.add_heading("§ 43 Tilläggsanslag 2025", level=2)
    doc.add_paragraph("Ärendebeskrivning: Kommunstyrelsen föreslår att nämnderna får tilläggsanslag ur kommunstyrelsens "
                      "oförutsedda medel enligt tabellen nedan. Oförutsedda medel uppgår 2025 till 3,0 miljoner kronor.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Nämnd", "Ändamål", "Belopp, kr"]):
        t.rows[0].cells[i].text = h
    data = [("Vård- och omsorgsnämnden", "Bemanning sommar, hemtjänsten", "850 000"),
            ("Barn- och bildningsnämnden", "Lovskola sommaren 2025", "320 000"),
            ("Kultur- och fritidsnämnden", "Sommaröppet bibliotek Söderbärke", "95 000"),
            ("Tekniska nämnden", "Akut reparation bro vid Hagudden", "410 000"),
            ("Summa", "", "1 675 000")]
    for r in data:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    doc.add_paragraph("Yrkanden: Ingrid Vass (M) yrkar avslag på tilläggsanslaget till Kultur- och fritidsnämnden.")
    doc.add_paragraph("Beslut: Kommunfullmäktige beviljar tilläggsanslag om totalt 1 675 000 kronor enligt tabellen.")
    doc.add_paragraph("Reservation: Ingrid Vass (M) och Göran Pettersson (M) reserverar sig mot beslutet.")
    doc.add_heading("§ 44 Motion om avgiftsfria busskort för pensionärer", level=2)
    doc.add_paragraph("Motionären Kerstin Åberg (V) föreslår att invånare över 75 år ska få åka avgiftsfritt med "
                      "kollektivtrafiken inom kommunen. Kostnaden har beräknats till cirka 1,1 miljoner kronor per år.")
    doc.add_paragraph("Beslut: Kommunfullmäktige avslår motionen.")
    doc.add_paragraph("Reservation: Kerstin Åberg (V) och Nils Hed (V) reserverar sig till förmån för bifall till motionen.")
    doc.add_heading("§ 45 Val av ny ledamot i tekniska nämnden", level=2)
    doc.add_paragraph("Beslut: Kommunfullmäktige väljer Hanna Lööf (C) till ny ledamot i tekniska nämnden efter Erik Björk (C) "
                      "för tiden till och med 2026-12-31.")
    save_docx(doc, path)


def xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Befolkning"
    ws.append(["Befolkningsförändringar Smedjebackens kommun 2019–2024"])
    ws.append(["Antal personer"])
    ws.append(["År", "Folkmängd 31 dec", "Födda", "Döda", "Inflyttade", "Utflyttade"])
    rows = [(2019, 10871, 98, 141, 512, 459), (2020, 10849, 94, 152, 498, 462), (2021, 10868, 101, 139, 521, 464),
            (2022, 10810, 89, 158, 489, 478), (2023, 10776, 87, 149, 502, 474), (2024, 10735, 91, 146, 487, 473)]
    for r in rows:
        ws.append(list(r))
    ws["A1"].font = Font(bold=True, size=13)
    ws2 = wb.create_sheet("Nettokostnad per invånare")
    ws2.append(["Nettokostnad per invånare, kronor"])
    ws2.append(["Kronor per invånare, löpande priser"])
    ws2.append(["År", "Förskola", "Grundskola", "Äldreomsorg", "LSS", "Kultur och fritid"])
    rows2 = [(2021, 11842, 19560, 24310, 9870, 3420), (2022, 12210, 20140, 25480, 10230, 3510),
             (2023, 12965, 21380, 26920, 10860, 3575), (2024, 13410, 22150, 28640, 11320, 3610)]
    for r in rows2:
        ws2.append(list(r))
    ws2.append(["Källa: Kolada och egna beräkningar"])
    save_xlsx(wb, path)


def press(path):
    txt = """PRESSMEDDELANDE
Smedjebackens kommun 2025-04-10

Byggstart för nya förskolan i Söderbärke

Nu börjar bygget av den nya förskolan i Söderbärke. Förskolan får sex avdelningar och plats för 110 barn och ersätter de två tillfälliga paviljongerna vid Söderbärke skola.

Den totala projektbudgeten är 42 miljoner kronor. Byggentreprenör är Dalabygg AB och förskolan beräknas vara klar för inflyttning i augusti 2026.

"Det här är en viktig investering för hela Söderbärkebygden. Barnfamiljer ska kunna välja att bo här", säger Maria Strand Eklöf (S), kommunstyrelsens ordförande.

Förskolan byggs med solceller på taket som beräknas producera 45 000 kWh per år. Gården planeras i samarbete med barn och pedagoger.

För mer information:
Anders Nyberg, förvaltningschef barn- och bildningsförvaltningen, 0240-660 42
Maria Strand Eklöf (S), kommunstyrelsens ordförande, 0240-660 10
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "budget-och-plan-2025-2027.pdf"))
    delar_pdf(os.path.join(outdir, "delarsrapport-jan-aug-2025.pdf"))
    html(os.path.join(outdir, "finansiell-information.html"))
    docx(os.path.join(outdir, "kf-protokoll-2025-06-16.docx"))
    xlsx(os.path.join(outdir, "befolkning-och-nettokostnad.xlsx"))
    press(os.path.join(outdir, "pressmeddelande-forskola-soderbarke.txt"))
