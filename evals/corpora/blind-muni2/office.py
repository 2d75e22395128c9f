"""XLSX (Hjo), DOCX (Åsele), markdown (Hjo) and text (Åsele) documents."""
import os
import re
import zipfile
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

FIXED = datetime(2025, 3, 1, 9, 0, 0)


def fix_zip(path):
    """Rewrite a zip container with fixed timestamps so reruns are byte-identical."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-03-01T09:00:00Z", data)
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    os.replace(tmp, path)


# ---------------------------------------------------------------- XLSX
HJO_NK = [
    ("Förskola", 55870, 57960, 60120, 62190),
    ("Grundskola", 118430, 122880, 127950, 131870),
    ("Gymnasieskola", 52310, 54940, 57020, 58450),
    ("Äldreomsorg", 124680, 130250, 137410, 146980),
    ("Funktionsstöd", 53140, 55720, 58830, 61050),
    ("Individ- och familjeomsorg", 27960, 29480, 33610, 41240),
    ("Kultur och fritid", 19020, 19870, 20640, 21390),
    ("Gator, parker och trafik", 14250, 14980, 15760, 16120),
]
HJO_NK_SUM = tuple(sum(r[i] for r in HJO_NK) for i in range(1, 5))
HJO_BEF = [
    ("0–5 år", 562, 548, 541, 530),
    ("6–15 år", 1047, 1062, 1071, 1068),
    ("16–19 år", 402, 415, 421, 433),
    ("20–64 år", 4802, 4771, 4745, 4705),
    ("65–79 år", 1761, 1779, 1790, 1802),
    ("80 år och äldre", 612, 631, 652, 675),
]
HJO_BEF_SUM = tuple(sum(r[i] for r in HJO_BEF) for i in range(1, 5))


def _sheet(ws, title, caption, header, rows, total, note):
    log = []
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = caption
    ws["A2"].font = Font(italic=True)
    log += [title, caption]
    fill = PatternFill("solid", fgColor="D9E1F2")
    for j, h in enumerate(header, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill
        c.alignment = Alignment(horizontal="left" if j == 1 else "right")
    log.append(" ".join(str(h) for h in header))
    r = 5
    for row in rows + [total]:
        for j, v in enumerate(row, 1):
            c = ws.cell(row=r, column=j, value=v)
            if j > 1:
                c.number_format = "#,##0"
            if row is total:
                c.font = Font(bold=True)
        log.append(" ".join(str(v) for v in row))
        r += 1
    ws.cell(row=r + 1, column=1, value=note).font = Font(italic=True, size=9)
    log.append(note)
    ws.column_dimensions["A"].width = 30
    for col in "BCDE":
        ws.column_dimensions[col].width = 12
    return log


def hjo_xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Nettokostnader"
    log = _sheet(ws, "Hjo kommun – Nettokostnad per verksamhet 2021–2024",
                 "Belopp i tkr, löpande priser",
                 ["Verksamhet", "2021", "2022", "2023", "2024"], HJO_NK,
                 ("Summa", *HJO_NK_SUM),
                 "Källa: Hjo kommuns bokslut. Uppgifterna för 2024 avser preliminärt utfall.")
    ws2 = wb.create_sheet("Befolkning")
    log += _sheet(ws2, "Hjo kommun – Befolkning efter ålder den 31 december 2021–2024",
                  "Antal invånare",
                  ["Åldersgrupp", "2021", "2022", "2023", "2024"], HJO_BEF,
                  ("Totalt", *HJO_BEF_SUM),
                  "Källa: Statistiska centralbyrån (SCB).")
    wb.properties.creator = "Hjo kommun, ekonomienheten"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "Hjo kommun"
    wb.save(path)
    fix_zip(path)
    return "\n".join(log)


# ---------------------------------------------------------------- DOCX
TILL = [("Vård- och omsorgsnämnden", "Hemtjänst", "2 500"),
        ("Barn- och utbildningsnämnden", "Skolskjuts", "650"),
        ("Tekniska nämnden", "Snöröjning", "400"),
        ("Summa", "", "3 550")]


def asele_docx(path):
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    log = []

    def h(t, lvl):
        doc.add_heading(t, lvl)
        log.append(t)

    def p(t, bold=False):
        para = doc.add_paragraph()
        run = para.add_run(t)
        run.bold = bold
        log.append(t)

    h("Sammanfattning av kommunfullmäktiges sammanträde 2025-02-24", 1)
    p("Åsele kommun, kommunfullmäktige")
    p("Plats och tid: Kommunhuset, Åsele, kl. 13.00–16.15")
    p("Ordförande: Karin Holmström (S). Sekreterare: Linda Ågren.")
    p("Närvarande: 29 av 31 ledamöter.")
    h("§ 5 Tilläggsanslag 2025", 2)
    p("Kommunfullmäktige beslutade att bevilja tilläggsanslag på sammanlagt 3,55 miljoner "
      "kronor för 2025. Tilläggsanslagen finansieras genom att kommunstyrelsens reserv för "
      "oförutsedda kostnader minskas från 4,0 till 0,45 miljoner kronor.")
    p("Vård- och omsorgsnämnden får 2,5 miljoner kronor för att täcka ökade kostnader i "
      "hemtjänsten i avvaktan på att åtgärdsplanen ger effekt.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = ["Nämnd", "Ändamål", "Belopp, tkr"]
    for i, x in enumerate(hdr):
        t.rows[0].cells[i].text = x
    log.append(" ".join(hdr))
    for row in TILL:
        cells = t.add_row().cells
        for i, x in enumerate(row):
            cells[i].text = x
        log.append(" ".join(x for x in row if x))
    p("Tabell: Beslutade tilläggsanslag 2025")
    h("§ 6 Åtgärdsplan för ekonomi i balans", 2)
    p("Kommunfullmäktige godkände kommunstyrelsens förslag till övergripande åtgärdsplan. "
      "Nämnderna ska tillsammans minska sina kostnader med 6,0 miljoner kronor under 2025 "
      "jämfört med utfallet 2024. Kommunstyrelsen ska redovisa hur arbetet går i samband med "
      "delårsrapporten per augusti.")
    p("Vänsterpartiet yrkade på återremiss. Yrkandet avslogs.")
    h("§ 7 Motion om avgiftsfri kollektivtrafik för pensionärer", 2)
    p("Motionen från Marianne Olofsson (V) om avgiftsfri kollektivtrafik för invånare över "
      "75 år avslogs efter votering med 18 röster mot 11. Kostnaden hade beräknats till "
      "cirka 280 000 kronor per år.")
    h("§ 8 Val av ledamot i tekniska nämnden", 2)
    p("Erik Lundberg (C) valdes till ny ledamot i tekniska nämnden efter Sofia Berglund (C) "
      "som har flyttat från kommunen.")
    h("Nästa sammanträde", 2)
    p("Nästa sammanträde hålls den 28 april 2025. Då behandlas bland annat årsredovisningen "
      "för 2024.")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "Åsele kommun, kansliet"
    cp.title = "Sammanfattning KF 2025-02-24"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Åsele kommun"
    cp.revision = 1
    doc.save(path)
    fix_zip(path)
    return "\n".join(log)


# ---------------------------------------------------------------- markdown
HJO_MD = """# Handlingsplan för energieffektivisering i Hjo kommuns fastigheter 2025–2027

Beslutad av kommunstyrelsen 2025-02-05, § 18. Dnr KS 2024/301.

## Bakgrund

Kommunens egna fastigheter använde 9,8 GWh energi år 2022. Energikostnaderna har ökat kraftigt de senaste åren och uppgick 2024 till 11,6 miljoner kronor. Kommunfullmäktige har beslutat att energianvändningen i kommunens fastigheter ska minska med 15 procent till 2027 jämfört med 2022.

I investeringsbudgeten finns 2,4 miljoner kronor per år för energieffektivisering under perioden 2025–2027.

## Åtgärder

| Åtgärd | Fastighet | Kostnad, kr | Besparing, kWh/år | År |
|---|---|---:|---:|---|
| Solceller på taket | Guldkroksskolan | 700 000 | 85 000 | 2025 |
| Byte till LED-belysning | Hjo sporthall | 420 000 | 60 000 | 2025 |
| Behovsstyrd ventilation | Stadshuset | 380 000 | 45 000 | 2026 |
| Tilläggsisolering av vind | Förskolan Rödingen | 650 000 | 70 000 | 2026 |
| Värmepump för bassängvatten | Hjo simhall | 1 100 000 | 210 000 | 2027 |
| **Summa** | | **3 250 000** | **470 000** | |

Åtgärderna beräknas sammanlagt kosta 3,25 miljoner kronor och minska energianvändningen med 470 000 kWh per år. Det motsvarar en minskning av energikostnaderna med cirka 0,6 miljoner kronor per år.

Resterande medel i investeringsbudgeten används för mindre åtgärder som upptäcks vid energironder, till exempel byte av cirkulationspumpar och injustering av värmesystem.

## Ansvar och uppföljning

- Fastighetschefen Jonas Berg ansvarar för att handlingsplanen genomförs.
- Energianvändningen följs upp varje månad och redovisas för kommunstyrelsen i oktober varje år.
- Handlingsplanen revideras senast i december 2027.

## Beslut

Kommunstyrelsen beslutar

1. att anta handlingsplanen för energieffektivisering 2025–2027,
2. att uppdra åt samhällsbyggnadsförvaltningen att söka statligt stöd för solceller där det är möjligt.
"""

ASELE_TXT = """ÅSELE KOMMUN
Vård- och omsorgsnämnden
PROTOKOLLSUTDRAG
Sammanträdesdatum: 2025-01-28

§ 5  Åtgärdsplan för ekonomi i balans 2025
Dnr VON 2025/4

Ärendebeskrivning
Vård- och omsorgsnämnden redovisade för 2024 ett underskott på 7,2 miljoner kronor. Utan åtgärder bedömer förvaltningen att underskottet för 2025 blir -5,3 miljoner kronor, även med det tilläggsanslag som kommunstyrelsen föreslagit. Nämnden har därför tagit fram en åtgärdsplan.

Åtgärder och beräknad effekt 2025
1. Ny planering och schemaläggning i hemtjänsten: 1,9 miljoner kronor.
2. Minskad användning av bemanningssjuksköterskor: 1 200 000 kronor.
3. Vakanshållning av två tjänster inom administrationen: 450 000 kronor.
4. Översyn av nattbemanningen på Tallbacka: 0,6 miljoner kronor.

Åtgärderna beräknas sammantaget ge en effekt på 4,15 miljoner kronor under 2025. Resterande underskott ska hanteras genom fortsatt översyn av verksamheten under våren.

Beslut
Vård- och omsorgsnämnden beslutar
- att anta åtgärdsplanen för 2025,
- att förvaltningen varje månad ska redovisa ekonomiskt utfall och effekten av åtgärderna till nämndens arbetsutskott,
- att skicka beslutet till kommunstyrelsen för kännedom.

Reservation
Ledamöterna för Vänsterpartiet reserverade sig mot beslutet i den del som gäller nattbemanningen på Tallbacka.

Justerat 2025-01-31
Ordförande: Gunilla Persson (S)
Justerare: Anders Nilsson (M)
"""


def write_text(path, txt):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(txt)
    return txt


def hjo_md(path):
    return write_text(path, HJO_MD)


def asele_txt(path):
    return write_text(path, ASELE_TXT)
