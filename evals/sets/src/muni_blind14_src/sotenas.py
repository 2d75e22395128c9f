"""Generates the Sotenäs documents."""
import os
from common import Doc, f1, fi, MINUS
import sdata as s
import openpyxl
from openpyxl.styles import Font
import docx
from docx.shared import Pt


def ar_pdf(path):
    d = Doc("Sotenäs kommun · Årsredovisning 2023", "Årsredovisning 2023 – Sotenäs kommun")
    d.add_page()
    d.ln(30)
    d.set_font("DV", "B", 26)
    d.multi_cell(0, 12, "Årsredovisning 2023", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "", 12)
    d.multi_cell(0, 7, "Sotenäs kommun\nGodkänd av kommunfullmäktige den 25 april 2024, § 38", new_x="LMARGIN", new_y="NEXT")
    d.ln(10)
    d.h2("Kommunstyrelsens ordförande har ordet")
    d.p(f"År 2023 blev ännu ett år med osäker omvärld, hög inflation och stigande räntor. Trots det redovisar "
        f"Sotenäs kommun ett positivt resultat på {f1(s.RES[0])} miljoner kronor. Det är {f1(s.RES[0]-s.RES[2])} miljoner kronor "
        "bättre än budget och ger oss utrymme att fortsätta investera i vatten, hamnar och skolor.")
    d.p("Sommaren 2023 slog besöksrekord. Antalet gästnätter i kommunen ökade med cirka fem procent och "
        "Smögenbryggan hade fler besökare än någonsin. Samtidigt minskar den bofasta befolkningen något, och "
        "andelen invånare över 65 år är nu 34 procent.")
    d.p("Karin Ljungberg (M)\nKommunstyrelsens ordförande")

    d.add_page()
    d.h1("Förvaltningsberättelse")
    d.h2("Fem år i sammandrag")
    res_fem = s.RES_FEM[:3] + [s.RES[1], s.RES[0]]
    netinv = s.NETINV[:4] + [round(s.INV_U / 100)]
    rows = [
        ("row", ["Antal invånare 31 december"] + [fi(v) for v in s.POP_FEM]),
        ("row", ["Skattesats, kronor"] + s.SKATTESATS),
        ("row", ["Årets resultat, mnkr"] + [f1(v) for v in res_fem]),
        ("row", ["Nettoinvesteringar, mnkr"] + [f1(v) for v in netinv]),
        ("row", ["Soliditet, %"] + [f1(v) for v in s.SOLID]),
        ("row", ["Antal årsarbetare, st"] + [fi(v) for v in s.AAR]),
    ]
    d.table("Tabell 1. Fem år i sammandrag", None, [["Nyckeltal"]] + [[str(y)] for y in s.FEM_YEARS],
            [60, 22, 22, 22, 22, 22], rows)
    d.h2("Befolkning")
    d.p(f"Den 31 december 2023 hade Sotenäs kommun {fi(s.POP[2])} invånare, vilket är {s.POP[1]-s.POP[2]} färre än "
        "ett år tidigare. Under året föddes 52 barn och 131 personer avled. Flyttnettot var positivt med 53 personer. "
        "Kungshamn är kommunens största tätort.")
    d.h2("Årets resultat")
    d.p(f"Årets resultat blev {f1(s.RES[0])} miljoner kronor, jämfört med ett budgeterat resultat på {f1(s.RES[2])} miljoner "
        f"kronor. Resultatet 2022 var {f1(s.RES[1])} miljoner kronor. Skatteintäkterna blev 4,3 miljoner kronor lägre än "
        "budgeterat, medan generella statsbidrag och utjämning blev 2,6 miljoner kronor högre.")
    d.p("Under året har kommunen sålt tomtmark i Väjern för 3,4 miljoner kronor. Försäljningen ingår i "
        "verksamhetens intäkter. Balanskravsresultatet är positivt och det finns inga underskott från tidigare år "
        "att återställa.")
    d.add_page()
    d.h2("Resultaträkning")
    labels = ["Verksamhetens intäkter", "Verksamhetens kostnader", "Avskrivningar", "Verksamhetens nettokostnad",
              "Skatteintäkter", "Generella statsbidrag och utjämning", "Finansiella intäkter", "Finansiella kostnader", "Årets resultat"]
    notes = ["2", "3", "4", "", "5", "6", "7", "8", ""]
    ser = [s.INT, s.KOST, s.AVS, s.NETTO, s.SKATT, s.GSB, s.FINI, s.FINK, s.RES]
    rows = []
    for lab, n, v in zip(labels, notes, ser):
        rows.append(("sum" if lab in ("Verksamhetens nettokostnad", "Årets resultat") else "row", [lab, n] + [f1(x) for x in v]))
    d.table("Tabell 2. Resultaträkning", "Belopp i mnkr",
            [["Kommunen"], ["Not"], ["Utfall", "2023"], ["Utfall", "2022"], ["Budget", "2023"]], [70, 12, 26, 26, 26], rows)
    d.h2("Driftredovisning per nämnd")
    d.p("Tabellen visar nämndernas nettokostnader. Negativ avvikelse innebär att nämnden har överskridit sin budget.")
    rows = []
    for lab, b, u in s.DRIFT:
        rows.append(("row", [lab, f1(b), f1(u), f1(b - u)]))
    rows.append(("total", ["Summa", f1(s.DRIFT_B), f1(s.DRIFT_U), f1(s.DRIFT_B - s.DRIFT_U)]))
    d.table("Tabell 3. Driftredovisning 2023", "Belopp i mnkr",
            [["Nämnd"], ["Budget", "2023"], ["Utfall", "2023"], ["Avvikelse"]], [80, 28, 28, 28], rows)
    om = [r for r in s.DRIFT if r[0] == "Omsorgsnämnden"][0]
    bun = [r for r in s.DRIFT if r[0] == "Barn- och utbildningsnämnden"][0]
    ks = [r for r in s.DRIFT if r[0] == "Kommunstyrelsen"][0]
    d.p(f"Omsorgsnämnden redovisar ett underskott på {f1(om[2]-om[1])} miljoner kronor. Underskottet beror på ökade "
        "volymer inom hemtjänsten och på att korttidsplatser har köpts från Tanums kommun under sommaren. "
        f"Barn- och utbildningsnämnden redovisar ett underskott på {f1(bun[2]-bun[1])} miljoner kronor, främst inom "
        f"gymnasieskolan. Kommunstyrelsen redovisar ett överskott på {f1(ks[1]-ks[2])} miljoner kronor.")
    d.add_page()
    d.h2("Investeringar")
    rows = [("row", [p, fi(b), fi(u), fi(b - u)]) for p, b, u in s.INV]
    rows.append(("total", ["Summa investeringar", fi(s.INV_B), fi(s.INV_U), fi(s.INV_B - s.INV_U)]))
    d.table("Tabell 4. Investeringsredovisning 2023", "Belopp i tkr",
            [["Projekt"], ["Budget", "2023"], ["Utfall", "2023"], ["Avvikelse"]], [100, 24, 24, 22], rows, size=8)
    d.p(f"Investeringarna uppgick till {fi(s.INV_U)} tkr, vilket är {fi(s.INV_B - s.INV_U)} tkr lägre än budget. "
        "Tillbyggnaden av Hunnebostrands skola har försenats eftersom upphandlingen fick göras om. Den nya "
        "huvudvattenledningen mellan Väjern och Kungshamn blev klar i oktober 2023 och blev 740 000 kronor dyrare "
        "än budgeterat på grund av svåra bergförhållanden.")
    d.h2("Personal")
    d.p("Antalet årsarbetare var 637 den 31 december 2023. Sjukfrånvaron minskade till 7,2 procent från 7,9 procent "
        "året innan. Kommunen har svårt att rekrytera sjuksköterskor och förskollärare.")
    d.h2("Förväntad utveckling")
    d.p("Kommunfullmäktige har i budget 2024 beslutat om ett resultatmål på 2 procent av skatteintäkter och "
        "statsbidrag. Den största investeringen de kommande åren är utbyggnaden av avsaltningsverket i Kungshamn. "
        "Kommundirektör Annika Thorén bedömer att kostnadsökningarna inom omsorgen är den största ekonomiska risken.")
    d.p("Ekonomichef: Jonas Wallin. Årsredovisningen har upprättats av ekonomiavdelningen i mars 2024.")
    d.output(path)


def xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Befolkning"
    ws.append(["Befolkning per ort den 31 december, Sotenäs kommun"])
    ws["A1"].font = Font(bold=True)
    ws.append([])
    ws.append(["Ort", "2021", "2022", "2023"])
    for r in s.POP_ORT:
        ws.append(list(r))
    ws.append(["Totalt"] + s.POP)
    ws.append([])
    ws.append(["Källa: SCB, bearbetning Sotenäs kommun"])
    ws.column_dimensions["A"].width = 30
    ws2 = wb.create_sheet("Gästnätter")
    ws2.append(["Kommersiella gästnätter per månad (hotell, stugbyar, vandrarhem, camping)"])
    ws2["A1"].font = Font(bold=True)
    ws2.append([])
    ws2.append(["Månad", "2022", "2023"])
    for m, (a, b) in zip(s.MONTHS, s.GN):
        ws2.append([m, a, b])
    ws2.append(["Totalt", s.GN_TOT[0], s.GN_TOT[1]])
    ws2.append([])
    ws2.append(["Källa: Tillväxtverket/SCB, inkvarteringsstatistik. Uppgifter för 2023 är preliminära."])
    ws2.column_dimensions["A"].width = 22
    wb.properties.creator = "Sotenäs kommun"
    import datetime
    wb.properties.created = datetime.datetime(2024, 2, 15, 10, 0, 0)
    wb.properties.modified = datetime.datetime(2024, 2, 15, 10, 0, 0)
    wb.save(path)


def minutes_docx(path):
    doc = docx.Document()
    doc.core_properties.created = __import__("datetime").datetime(2024, 3, 18, 12, 0, 0)
    doc.core_properties.modified = __import__("datetime").datetime(2024, 3, 18, 12, 0, 0)
    doc.core_properties.last_modified_by = "Lina Persson"
    doc.add_heading("Sammanträdesprotokoll – Kommunstyrelsen", 0)
    doc.add_paragraph("Sotenäs kommun\nSammanträdesdatum: 2024-03-13")
    doc.add_paragraph("Plats och tid: Kommunhuset, Parkgatan 46, Kungshamn, klockan 09.00–12.15")
    doc.add_paragraph("Beslutande: Karin Ljungberg (M), ordförande; Robert Ek (L), vice ordförande; Mikael Sandén (S); "
                      "Birgitta Karlsson (C); Fredrik Holm (M); Anna-Lena Strand (SD); Olof Berntsson (KD)")
    doc.add_paragraph("Övriga närvarande: Annika Thorén, kommundirektör; Jonas Wallin, ekonomichef; Lina Persson, sekreterare")
    doc.add_paragraph("Justerare: Robert Ek (L) och Mikael Sandén (S). Justeringens plats och tid: Kommunhuset, 2024-03-18.")
    doc.add_heading("§ 31 Årsredovisning 2023", 2)
    doc.add_paragraph(f"Ekonomichef Jonas Wallin föredrar årsredovisningen för 2023. Årets resultat uppgår till "
                      f"{f1(s.RES[0])} miljoner kronor.")
    doc.add_paragraph("Kommunstyrelsens beslut: Kommunstyrelsen föreslår kommunfullmäktige att godkänna årsredovisningen för 2023.")
    doc.add_heading("§ 32 Ombudgetering av investeringsmedel från 2023 till 2024", 2)
    doc.add_paragraph("Fyra investeringsprojekt har inte slutförts under 2023. Förvaltningen föreslår att "
                      "återstående medel förs över till 2024 enligt tabellen nedan.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    hdr = ["Projekt", "Budget 2023, tkr", "Utfall 2023, tkr", "Ombudgetering till 2024, tkr"]
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
    for p, b, u, o in s.OMB:
        c = t.add_row().cells
        for i, v in enumerate([p, fi(b), fi(u), fi(o)]):
            c[i].text = v
    c = t.add_row().cells
    for i, v in enumerate(["Summa", fi(s.OMB_TOT[0]), fi(s.OMB_TOT[1]), fi(s.OMB_TOT[2])]):
        c[i].text = v
    doc.add_paragraph(f"Kommunstyrelsens beslut: Kommunstyrelsen beslutar att föra över {fi(s.OMB_TOT[2])} tkr i "
                      "investeringsmedel från 2023 till 2024 för de fyra projekten.")
    doc.add_heading("§ 33 Tilläggsanslag till räddningstjänsten", 2)
    doc.add_paragraph("Räddningstjänsten behöver ersätta en båt för sjöräddning i skärgården efter ett motorhaveri "
                      "i januari. Kostnaden beräknas till 850 000 kronor.")
    doc.add_paragraph("Kommunstyrelsens beslut: Kommunstyrelsen beviljar räddningstjänsten ett tilläggsanslag på "
                      "850 000 kronor, att finansieras ur kommunstyrelsens anslag för oförutsedda kostnader.")
    doc.add_heading("§ 34 Motion om fler offentliga toaletter på Smögen", 2)
    doc.add_paragraph("Anna-Lena Strand (SD) har i en motion föreslagit att kommunen bygger två nya offentliga "
                      "toaletter vid Smögenbryggan. Förvaltningen bedömer kostnaden till 1,8 miljoner kronor och "
                      "hänvisar till att två toaletter redan finns vid Sillgränd.")
    doc.add_paragraph("Kommunstyrelsens beslut: Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen. "
                      "Anna-Lena Strand (SD) reserverar sig mot beslutet.")
    doc.add_heading("§ 35 Avsaltningsverket i Kungshamn – genomförandebeslut", 2)
    doc.add_paragraph("Förvaltningen har tagit fram ett förslag till utbyggnad av avsaltningsverket i Kungshamn. "
                      "Projektet beräknas kosta 62 miljoner kronor och finansieras av VA-kollektivet.")
    doc.add_paragraph("Kommunstyrelsens beslut: Kommunstyrelsen föreslår kommunfullmäktige att besluta om "
                      "utbyggnaden. Ärendet behandlas av kommunfullmäktige den 25 april 2024.")
    doc.add_paragraph("Vid protokollet: Lina Persson, sekreterare")
    doc.save(path)


def press_txt(path):
    txt = """PRESSMEDDELANDE
Sotenäs kommun, 2024-05-06

Sotenäs bygger ut avsaltningsverket i Kungshamn

Kommunfullmäktige i Sotenäs beslutade den 25 april 2024 att bygga ut avsaltningsverket i Kungshamn. Investeringen är beräknad till 62 miljoner kronor och finansieras genom VA-taxan.

Efter utbyggnaden ökar verkets kapacitet från 1 500 till 2 500 kubikmeter dricksvatten per dygn. Det motsvarar behovet för omkring 12 000 personer, vilket är viktigt eftersom befolkningen i Sotenäs mer än fördubblas under sommarmånaderna.

- Sommarens toppar i vattenförbrukningen är vår största utmaning. Med ett större avsaltningsverk blir vi mindre beroende av grundvatten och av ledningen från Kärnsjön, säger VA-chef Per-Erik Olsson.

Kommunen har beviljats ett statligt bidrag på 3,2 miljoner kronor från Havs- och vattenmyndigheten för att minska energiförbrukningen i anläggningen. Upphandlingen av entreprenör startar i juni 2024 och verket beräknas vara färdigt till sommaren 2026.

- Vi tar ansvar för att både invånare och besökare ska ha tillgång till rent vatten även under torra somrar, säger Karin Ljungberg (M), kommunstyrelsens ordförande.

VA-taxan höjs med 9 procent från den 1 januari 2025 för att finansiera investeringen. För en normalvilla med en årsförbrukning på 150 kubikmeter innebär det en ökning med cirka 780 kronor per år.

För mer information:
Per-Erik Olsson, VA-chef, telefon 0523-66 45 10
Karin Ljungberg (M), kommunstyrelsens ordförande, telefon 0523-66 40 02
"""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(txt)


def _fix_zip(path):
    """rewrite an OOXML zip with fixed timestamps so output is byte-identical between runs"""
    import zipfile, io
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                import re
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>2024-03-18T12:00:00Z\g<2>", data)
                data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rb"\g<1>2024-02-15T10:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(name, date_time=(2024, 3, 18, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    open(path, "wb").write(buf.getvalue())


def build(root):
    os.makedirs(root, exist_ok=True)
    ar_pdf(os.path.join(root, "sotenas-arsredovisning-2023.pdf"))
    xlsx(os.path.join(root, "sotenas-befolkning-och-gastnatter.xlsx"))
    minutes_docx(os.path.join(root, "ks-protokoll-2024-03-13.docx"))
    _fix_zip(os.path.join(root, "sotenas-befolkning-och-gastnatter.xlsx"))
    _fix_zip(os.path.join(root, "ks-protokoll-2024-03-13.docx"))
    press_txt(os.path.join(root, "pressmeddelande-avsaltningsverk-2024-05-06.txt"))
