"""Borlänge: deterministic documents."""
import os

import docx
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Font

from lib import FIXED_DT, Doc, fmt, html_page, html_table, normalize_zip

POP = 52_300

# Driftbudget per verksamhet (tkr): nämnd -> [(verksamhet, budget 2024, budget 2025)]
VERK = [
    ("Kommunstyrelsen", [("Kommunledning och administration", 148_600, 151_200),
                         ("Arbetsmarknad och integration", 62_400, 55_900),
                         ("Räddningstjänst Dala Mitt, medlemsavgift", 48_300, 50_700)]),
    ("Bildningsnämnden", [("Förskola", 412_800, 421_500),
                          ("Grundskola inkl. förskoleklass", 698_400, 716_900),
                          ("Gymnasieskola", 301_200, 309_800),
                          ("Vuxenutbildning", 58_700, 55_300),
                          ("Elevhälsa", 41_900, 43_100)]),
    ("Vård- och omsorgsnämnden", [("Hemtjänst", 286_500, 298_400),
                                  ("Särskilt boende", 402_100, 421_600),
                                  ("LSS-verksamhet", 318_700, 331_200),
                                  ("Hälso- och sjukvård", 96_800, 101_300)]),
    ("Individ- och familjeomsorgsnämnden", [("Barn och unga", 132_600, 139_800),
                                            ("Vuxna, missbruk och beroende", 58_200, 60_100),
                                            ("Ekonomiskt bistånd", 112_900, 118_400)]),
    ("Kultur- och fritidsnämnden", [("Bibliotek", 28_400, 28_900),
                                    ("Idrottsanläggningar", 61_300, 63_800),
                                    ("Kulturskola", 19_700, 19_200)]),
    ("Samhällsbyggnadsnämnden", [("Gator och vägar", 78_900, 81_600),
                                 ("Parker och naturvård", 24_300, 24_900),
                                 ("Planering och bygglov", 18_600, 17_900)]),
]


def plan(v, f):
    return int(round(v * f, -2))


def verk_rows():
    out = []
    for n, items in VERK:
        rows = []
        for name, a, b in items:
            p26 = plan(b, 1.021)
            p27 = plan(p26, 1.019)
            rows.append((name, a, b, p26, p27))
        tot = tuple(sum(r[i] for r in rows) for i in range(1, 5))
        out.append((n, rows, tot))
    return out


RB = {  # Utfall 2023, Budget 2024, Budget 2025, Plan 2026, Plan 2027 (mnkr)
    "Verksamhetens intäkter": [884.2, 871.5, 902.6, 921.0, 940.3],
    "Verksamhetens kostnader": [-4023.7, -4118.9, -4286.2, -4402.5, -4521.0],
    "Avskrivningar": [-142.6, -151.0, -163.4, -174.9, -183.2],
    "Skatteintäkter": [2498.3, 2587.0, 2751.8, 2851.2, 2948.6],
    "Generella statsbidrag och utjämning": [811.4, 842.7, 860.9, 882.1, 901.4],
    "Finansiella intäkter": [21.6, 15.0, 14.0, 14.0, 14.0],
    "Finansiella kostnader": [-17.4, -26.3, -32.0, -35.2, -39.7],
}

INVEST = [  # (nämnd/section) or (projekt, total utgift, 2025, 2026, 2027) mnkr
    ("Bildningsnämnden", None),
    ("Ny skola Kvarnsveden", 285.0, 62.0, 110.0, 88.0),
    ("Förskola Tjärna Ängar", 74.0, 41.5, 12.0, 0.0),
    ("Inventarier och IT i skolan", 30.0, 10.0, 10.0, 10.0),
    ("Vård- och omsorgsnämnden", None),
    ("Vård- och omsorgsboende Hagalund", 210.0, 35.0, 95.0, 60.0),
    ("Trygghetslarm och välfärdsteknik", 9.0, 3.0, 3.0, 3.0),
    ("Kultur- och fritidsnämnden", None),
    ("Ny ishall Borlänge Energi Arena", 168.0, 48.0, 90.0, 0.0),
    ("Upprustning Maserhallen", 22.0, 14.0, 8.0, 0.0),
    ("Samhällsbyggnadsnämnden", None),
    ("Gator, beläggningsunderhåll", 75.0, 25.0, 25.0, 25.0),
    ("Cykelstråk Hagalund–centrum", 18.0, 9.0, 9.0, 0.0),
    ("Resecentrum, etapp 1", 96.0, 20.0, 38.0, 38.0),
    ("Kommunstyrelsen", None),
    ("Digitalisering och IT-infrastruktur", 27.0, 9.0, 9.0, 9.0),
    ("Energiåtgärder i fastigheter", 36.0, 12.0, 12.0, 12.0),
]


def rb_derived():
    nk = [round(a + b + c, 1) for a, b, c in zip(RB["Verksamhetens intäkter"], RB["Verksamhetens kostnader"], RB["Avskrivningar"])]
    vr = [round(n + s + g, 1) for n, s, g in zip(nk, RB["Skatteintäkter"], RB["Generella statsbidrag och utjämning"])]
    rf = [round(v + i + k, 1) for v, i, k in zip(vr, RB["Finansiella intäkter"], RB["Finansiella kostnader"])]
    return nk, vr, rf


def build_pdf_budget(out):
    nk, vr, rf = rb_derived()
    pdf = Doc("Borlänge kommun | Budget och plan 2025–2027", "Budget och plan 2025–2027")
    pdf.add_page()
    pdf.set_font("DV", "B", 28)
    pdf.ln(55)
    pdf.multi_cell(0, 13, "Budget och plan\n2025–2027")
    pdf.set_font("DV", "", 13)
    pdf.ln(8)
    pdf.multi_cell(0, 7, "Borlänge kommun\nBeslutad av kommunfullmäktige 2024-11-26, § 142")

    pdf.add_page()
    pdf.h1("Innehåll")
    pdf.p("Kommunstyrelsens ordförande har ordet ........ 3\nOmvärld och förutsättningar ........ 4\n"
          "Mål för verksamheten ........ 5\nResultatbudget ........ 6\nDriftbudget ........ 7\n"
          "Investeringar ........ 9\nKassaflödesbudget ........ 10\nBalansbudget ........ 11")

    pdf.add_page()
    pdf.h1("Kommunstyrelsens ordförande har ordet")
    pdf.p("Borlänge står inför stora utmaningar. Kostnaderna för välfärden ökar snabbare än intäkterna och vi har "
          "under flera år haft svårt att nå ett resultat i balans. För att värna kärnverksamheten föreslår vi att "
          "skattesatsen höjs med 30 öre, från 21,84 kronor till 22,14 kronor. Höjningen ger cirka 37 miljoner kronor "
          "i ökade skatteintäkter per år.")
    pdf.p("Samtidigt måste verksamheterna bli effektivare. Nämnderna får ett gemensamt effektiviseringskrav på "
          "1,5 procent, motsvarande 52 miljoner kronor. Vi avsätter 700 000 kronor till ett utvecklingsarbete "
          "med tidiga insatser för barn och unga och 1,2 miljoner kronor till förstärkt trygghetsarbete i "
          "Jakobsgårdarna och Tjärna Ängar.")
    pdf.p("Det budgeterade resultatet för 2025 är 47,7 miljoner kronor. Det ger oss utrymme att fortsätta "
          "investera i nya skolor och äldreboenden utan att låneskulden växer okontrollerat.")
    pdf.set_font("DV", "I", 9.5)
    pdf.multi_cell(0, 5, "Mattias Forsberg (S)\nKommunstyrelsens ordförande")

    pdf.add_page()
    pdf.h1("Omvärld och förutsättningar")
    pdf.p("Sveriges ekonomi återhämtar sig långsamt efter en period med hög inflation och stigande räntor. "
          "SKR:s prognos från oktober 2024 pekar på en skatteunderlagsökning med 3,8 procent 2025.")
    pdf.p(f"Borlänges befolkning uppgick den 30 september 2024 till {POP:,}".replace(",", " ")
          + " invånare. Befolkningen förväntas öka med cirka 200 personer per år under planperioden. Antalet "
          "invånare över 80 år ökar med 4 procent per år, vilket påverkar behovet av äldreomsorg.")
    pdf.p("Kommunens pensionskostnader ökar med 18,9 miljoner kronor 2025. Den genomsnittliga låneräntan "
          "beräknas till 3,4 procent.")
    pdf.add_page()
    pdf.h1("Mål för verksamheten")
    pdf.p("Kommunfullmäktige har fastställt fem mål för mandatperioden:")
    pdf.bullets(["Fler elever ska vara behöriga till gymnasieskolan.",
                 "Fler invånare ska vara självförsörjande.",
                 "Äldre ska känna sig trygga med sin omsorg.",
                 "Borlänge ska vara en trygg och attraktiv plats att bo i.",
                 "Kommunens ekonomi ska vara långsiktigt hållbar."])
    pdf.p("Det finansiella målet är att årets resultat ska uppgå till minst 1,5 procent av skatteintäkter och "
          "generella statsbidrag. Nettoinvesteringarna ska över planperioden inte överstiga 300 miljoner kronor per år "
          "i genomsnitt.")

    pdf.add_page()
    pdf.h1("Resultatbudget")
    w = [62, 21, 21, 21, 21, 21]
    hdr = [["Mnkr", "Utfall", "Budget", "Budget", "Plan", "Plan"],
           ["", "2023", "2024", "2025", "2026", "2027"]]
    f = lambda vals: [fmt(v, neg="en") for v in vals]
    rows = [("row", ["Verksamhetens intäkter"] + f(RB["Verksamhetens intäkter"])),
            ("row", ["Verksamhetens kostnader"] + f(RB["Verksamhetens kostnader"])),
            ("row", ["Avskrivningar"] + f(RB["Avskrivningar"])),
            ("sum", ["Verksamhetens nettokostnader"] + f(nk)),
            ("row", ["Skatteintäkter"] + f(RB["Skatteintäkter"])),
            ("row", ["Generella statsbidrag och utjämning"] + f(RB["Generella statsbidrag och utjämning"])),
            ("sum", ["Verksamhetens resultat"] + f(vr)),
            ("row", ["Finansiella intäkter"] + f(RB["Finansiella intäkter"])),
            ("row", ["Finansiella kostnader"] + f(RB["Finansiella kostnader"])),
            ("sum", ["Årets resultat"] + f(rf))]
    pdf.table(w, hdr, rows)
    pdf.p("Skattesats 2025: 22,14 kronor (2024: 21,84 kronor).")

    # Driftbudget (tkr) - portrait, continues on next page with header repeated
    pdf.add_page()
    pdf.h1("Driftbudget")
    pdf.p("Nämndernas ramar anges som nettokostnad. Negativa belopp inom parentes. Förändringen avser budget 2025 "
          "jämfört med budget 2024.")
    w = [60, 21, 21, 21, 21, 26]
    hdr = [["Nämnd", "Budget", "Budget", "Plan", "Plan", "Förändring"],
           ["", "2024", "2025", "2026", "2027", "2024–2025"],
           ["", "tkr", "tkr", "tkr", "tkr", "tkr"]]
    rows = []
    g = [0, 0, 0, 0]
    for n, items, tot in verk_rows():
        rows.append(("row", [n, fmt(tot[0], 0, "paren"), fmt(tot[1], 0, "paren"), fmt(tot[2], 0, "paren"),
                             fmt(tot[3], 0, "paren"), fmt(tot[1] - tot[0], 0, "paren")]))
        g = [g[i] + tot[i] for i in range(4)]
    rows.append(("sum", ["Summa nämnder", fmt(g[0], 0), fmt(g[1], 0), fmt(g[2], 0), fmt(g[3], 0), fmt(g[1] - g[0], 0)]))
    fin = [(-95_400, -112_300, -118_000, -121_500)]
    rows.append(("row", ["Finansförvaltning, pensioner m.m.", "95 400", "112 300", "118 000", "121 500", "16 900"]))
    pdf.ln(120)
    pdf.table(w, hdr, rows, caption="Driftbudget per nämnd, tkr")
    pdf.note("Ramarna är exklusive kapitalkostnader för investeringar som tas i drift efter 2025. "
             "Se bilaga ”Driftbudget per verksamhet” för fördelning inom nämnderna.")

    pdf.add_page(orientation="L")
    pdf.h1("Investeringar")
    pdf.p("Investeringsbudgeten för 2025 omfattar 288,5 miljoner kronor. Den största enskilda investeringen är "
          "den nya skolan i Kvarnsveden med en total utgift på 285 miljoner kronor.")
    w = [100, 35, 30, 30, 30]
    hdr = [["Projekt (mnkr)", "Total utgift", "Budget 2025", "Plan 2026", "Plan 2027"]]
    rows = []
    tot = [0.0, 0.0, 0.0]
    for item in INVEST:
        if item[1] is None:
            rows.append(("section", [item[0]]))
            continue
        n, t, a, b, c = item
        tot = [tot[0] + a, tot[1] + b, tot[2] + c]
        rows.append(("row", [n, fmt(t), fmt(a), fmt(b), fmt(c)]))
    rows.append(("sum", ["Summa investeringar", "", fmt(tot[0]), fmt(tot[1]), fmt(tot[2])]))
    pdf.table(w, hdr, rows, fs=8, rh=5)

    pdf.add_page(orientation="P")
    pdf.h1("Kassaflödesbudget")
    w = [80, 25, 25, 25]
    hdr = [["Mnkr", "Budget 2025", "Plan 2026", "Plan 2027"]]
    dl = [round(rf[i] - RB["Avskrivningar"][i], 1) for i in (2, 3, 4)]
    inv = [-tot[0], -tot[1], -tot[2]]
    lan = [160.0, 230.0, 120.0]
    amort = [-25.0, -25.0, -25.0]
    kf = [round(dl[i] + inv[i] + lan[i] + amort[i], 1) for i in range(3)]
    rows = [("section", ["Den löpande verksamheten"]),
            ("row", ["Årets resultat"] + [fmt(rf[i], neg="en") for i in (2, 3, 4)]),
            ("row", ["Justering för av- och nedskrivningar"] + [fmt(-RB["Avskrivningar"][i]) for i in (2, 3, 4)]),
            ("sum", ["Kassaflöde från den löpande verksamheten"] + [fmt(x) for x in dl]),
            ("section", ["Investeringsverksamheten"]),
            ("row", ["Investering i materiella anläggningstillgångar"] + [fmt(x, neg="en") for x in inv]),
            ("section", ["Finansieringsverksamheten"]),
            ("row", ["Nyupptagna lån"] + [fmt(x) for x in lan]),
            ("row", ["Amortering av skuld"] + [fmt(x, neg="en") for x in amort]),
            ("sum", ["Årets kassaflöde"] + [fmt(x, neg="en") for x in kf])]
    pdf.table(w, hdr, rows)
    pdf.add_page()
    pdf.h1("Balansbudget")
    w = [80, 25, 25, 25]
    hdr = [["Mnkr", "Budget 2025", "Plan 2026", "Plan 2027"]]
    ek = [1812.4, round(1812.4 + rf[3], 1), round(1812.4 + rf[3] + rf[4], 1)]
    st = [4512.0, 4725.3, 4886.1]
    rows = [("row", ["Summa tillgångar"] + [fmt(x) for x in st]),
            ("row", ["Eget kapital"] + [fmt(x) for x in ek]),
            ("row", ["Soliditet, %"] + [fmt(100 * e / s) for e, s in zip(ek, st)])]
    pdf.table(w, hdr, rows)
    pdf.p("Eget kapital för budgetåret 2025 inkluderar årets budgeterade resultat.")
    pdf.output(out)
    return dict(nk=nk, vr=vr, rf=rf, inv=tot, drift=g, dl=dl, kf=kf, ek=ek)


def build_pdf_ar(out):
    pdf = Doc("Årsredovisning 2023 – Borlänge kommun", "Årsredovisning 2023")
    pdf.add_page()
    pdf.set_font("DV", "B", 28)
    pdf.ln(60)
    pdf.multi_cell(0, 13, "Årsredovisning 2023")
    pdf.set_font("DV", "", 13)
    pdf.multi_cell(0, 7, "Borlänge kommun")
    pdf.add_page()
    pdf.h1("Kommunstyrelsens ordförande har ordet")
    pdf.p("2023 blev ett år präglat av hög inflation och stigande räntor. Kommunens resultat blev 31,8 miljoner "
          "kronor, men resultatet förklaras till stor del av engångsintäkter från försäljning av mark i "
          "Tjärna Ängar och Hagalund.")
    pdf.p("Efter avdrag för realisationsvinster om 46,1 miljoner kronor blir balanskravsresultatet -14,3 miljoner "
          "kronor. Underskottet ska enligt kommunallagen återställas inom tre år. Kommunfullmäktige har beslutat "
          "att underskottet ska återställas under 2025.")
    pdf.set_font("DV", "I", 9.5)
    pdf.multi_cell(0, 5, "Mattias Forsberg (S), kommunstyrelsens ordförande")
    pdf.ln(4)
    pdf.h1("Fem år i sammandrag")
    w = [70, 20, 20, 20, 20, 20]
    hdr = [["", "2019", "2020", "2021", "2022", "2023"]]
    rows = [("row", ["Antal invånare 31 dec", "51 924", "51 998", "52 104", "52 187", "52 231"]),
            ("row", ["Skattesats, kr", "21,84", "21,84", "21,84", "21,84", "21,84"]),
            ("row", ["Årets resultat, mnkr", "38,2", "112,6", "141,3", "58,9", "31,8"]),
            ("row", ["Årets resultat, kr per invånare", "736", "2 166", "2 712", "1 129", "609"]),
            ("row", ["Nettoinvesteringar, mnkr", "214,5", "198,3", "256,7", "301,2", "276,4"]),
            ("row", ["Soliditet inkl. pensionsåtagande, %", "12,4", "14,9", "17,8", "19,1", "19,6"]),
            ("row", ["Låneskuld, mnkr", "1 412", "1 438", "1 506", "1 611", "1 702"])]
    pdf.table(w, hdr, rows, caption="Kommunen")
    pdf.add_page()
    pdf.h1("Resultaträkning")
    w = [62, 12, 24, 24, 24, 24]
    hdr = [["", "", "Kommunen", "Kommunen", "Koncernen", "Koncernen"],
           ["Mnkr", "Not", "2022", "2023", "2022", "2023"]]
    rows = [("row", ["Verksamhetens intäkter", "2", "802,7", "884,2", "1 624,5", "1 752,9"]),
            ("row", ["Verksamhetens kostnader", "3", "-3 801,5", "-4 023,7", "-4 412,8", "-4 688,1"]),
            ("row", ["Avskrivningar", "4", "-131,8", "-142,6", "-268,4", "-289,0"]),
            ("sum", ["Verksamhetens nettokostnader", "", "-3 130,6", "-3 282,1", "-3 056,7", "-3 224,2"]),
            ("row", ["Skatteintäkter", "5", "2 399,0", "2 498,3", "2 399,0", "2 498,3"]),
            ("row", ["Generella statsbidrag och utjämning", "6", "786,2", "811,4", "786,2", "811,4"]),
            ("sum", ["Verksamhetens resultat", "", "54,6", "27,6", "128,5", "85,5"]),
            ("row", ["Finansiella intäkter", "7", "14,2", "21,6", "9,8", "12,4"]),
            ("row", ["Finansiella kostnader", "8", "-9,9", "-17,4", "-38,6", "-61,3"]),
            ("sum", ["Resultat efter finansiella poster", "", "58,9", "31,8", "99,7", "36,6"]),
            ("row", ["Skatt", "", "", "", "-8,1", "-3,9"]),
            ("sum", ["Årets resultat", "", "58,9", "31,8", "91,6", "32,7"])]
    pdf.table(w, hdr, rows)
    pdf.h2("Balanskravsutredning")
    w = [100, 30]
    rows = [("row", ["Årets resultat enligt resultaträkningen", "31,8"]),
            ("row", ["Avgår: realisationsvinster", "-46,1"]),
            ("sum", ["Balanskravsresultat", "-14,3"])]
    pdf.table(w, [["Mnkr", "2023"]], rows)
    pdf.add_page()
    pdf.h1("Nämndernas ekonomiska utfall")
    pdf.p("Nämnderna redovisar sammantaget ett underskott mot budget på 37,9 miljoner kronor. Vård- och "
          "omsorgsnämnden och individ- och familjeomsorgsnämnden står för de största underskotten.")
    w = [75, 28, 28, 28]
    hdr = [["Nämnd (mnkr)", "Budget 2023", "Utfall 2023", "Avvikelse"]]
    data = [("Kommunstyrelsen", 251.8, 246.3), ("Bildningsnämnden", 1463.5, 1468.9),
            ("Vård- och omsorgsnämnden", 1052.6, 1078.7), ("Individ- och familjeomsorgsnämnden", 286.4, 301.2),
            ("Kultur- och fritidsnämnden", 106.2, 104.8), ("Samhällsbyggnadsnämnden", 118.1, 116.6)]
    rows = []
    tb = tu = 0
    for n, b, u in data:
        tb += b
        tu += u
        rows.append(("row", [n, fmt(b), fmt(u), fmt(b - u, neg="paren")]))
    rows.append(("sum", ["Summa", fmt(tb), fmt(tu), fmt(tb - tu, neg="paren")]))
    pdf.table(w, hdr, rows)
    pdf.h2("Personal")
    pdf.p("Den 31 december 2023 hade kommunen 4 126 tillsvidareanställda. Sjukfrånvaron uppgick till 8,6 procent "
          "av den ordinarie arbetstiden. Personalkostnaderna uppgick till 2 684 miljoner kronor.")
    pdf.output(out)
    return dict(tb=tb, tu=tu)


def build_html(out):
    rows = [("2019", "38,2", "12,4", "21,84", "214,5"), ("2020", "112,6", "14,9", "21,84", "198,3"),
            ("2021", "141,3", "17,8", "21,84", "256,7"), ("2022", "58,9", "19,1", "21,84", "301,2"),
            ("2023", "31,8", "19,6", "21,84", "276,4")]
    table = html_table("Nyckeltal för Borlänge kommun", ["År", "Årets resultat (mnkr)",
                       "Soliditet inkl. pensionsåtagande (%)", "Skattesats (kr)", "Nettoinvesteringar (mnkr)"], rows)
    body = f"""    <article>
    <h1>Finansiell information</h1>
    <p class="lead">Här hittar du information om Borlänge kommuns ekonomi: budget, årsredovisning och nyckeltal.</p>
    <p>Kommunfullmäktige fastställde den 26 november 2024 budget och plan för 2025–2027. Skattesatsen för 2025 är 22,14 kronor, en höjning med 30 öre.</p>
    <h2>Nyckeltal</h2>
{table}
    <p>Soliditeten visar hur stor del av tillgångarna som finansieras med eget kapital. Sedan 2019 har soliditeten förbättrats med 7,2 procentenheter.</p>
    <h2>Kreditbetyg och upplåning</h2>
    <p>Borlänge kommun lånar via Kommuninvest. Den genomsnittliga räntebindningstiden var vid årsskiftet 2,8 år och den genomsnittliga räntan 2,9 procent.</p>
    <h2>Dokument</h2>
    <ul><li><a href="#">Budget och plan 2025–2027 (pdf)</a></li><li><a href="#">Årsredovisning 2023 (pdf)</a></li><li><a href="#">Delårsrapport augusti 2024 (pdf)</a></li></ul>
    </article>"""
    footer = """    <p>Borlänge kommun, 781 81 Borlänge. Växel: 0243-740 00. E-post: borlange.kommun@borlange.se</p>
    <p><a href="#">Om webbplatsen</a> | <a href="#">Kakor</a> | <a href="#">Dataskydd (GDPR)</a></p>"""
    html = html_page("Borlänge kommun", "Finansiell information",
                     ["Förskola och skola", "Omsorg och hjälp", "Bo, bygga och miljö", "Uppleva och göra",
                      "Kommun och politik", "Näringsliv och arbete"],
                     ["Startsida", "Kommun och politik", "Ekonomi", "Finansiell information"],
                     body, "Publicerad", "2024-12-03", footer)
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(html)


def build_docx(out):
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading("Bildningsnämnden – Protokoll", level=1)
    d.add_paragraph("Sammanträdesdatum: 2024-12-10")
    d.add_paragraph("Plats: Rådhuset, sammanträdesrum Dalälven")
    d.add_paragraph("Ledamöter: Sara Holmgren (S), ordförande; Niklas Byström (M), vice ordförande; Amina Yusuf (S); "
                    "Per-Olof Dahl (SD); Lena Wiik (C); Tomas Nyberg (V); Eva Ström (L).")
    d.add_heading("§ 91 Internbudget 2025 för bildningsnämnden", level=2)
    d.add_paragraph("Dnr BIN 2024/0233")
    d.add_paragraph("Kommunfullmäktige har den 26 november 2024 fastställt bildningsnämndens ram för 2025 till "
                    "1 546 600 tkr. Förvaltningen föreslår följande fördelning per verksamhet.")
    rows = dict((n, items) for n, items in VERK)["Bildningsnämnden"]
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Verksamhet", "Budget 2024, tkr", "Budget 2025, tkr", "Förändring, tkr"]):
        c.text = txt
    sa = sb = 0
    for n, a, b in rows:
        sa += a
        sb += b
        cells = t.add_row().cells
        for c, txt in zip(cells, [n, fmt(a, 0), fmt(b, 0), fmt(b - a, 0)]):
            c.text = txt
    cells = t.add_row().cells
    for c, txt in zip(cells, ["Summa bildningsnämnden", fmt(sa, 0), fmt(sb, 0), fmt(sb - sa, 0)]):
        c.text = txt
    d.add_paragraph("I fördelningen ingår ett effektiviseringskrav om 23,2 miljoner kronor. Vuxenutbildningen minskas "
                    "med 3,4 miljoner kronor genom färre platser inom yrkesvux.")
    d.add_paragraph("Yrkanden: Sara Holmgren (S) yrkar bifall till förvaltningens förslag. Niklas Byström (M) yrkar "
                    "att vuxenutbildningens ram ska vara oförändrad och att minskningen i stället ska tas från "
                    "central administration.")
    d.add_paragraph("Beslut: Bildningsnämnden beslutar att fastställa internbudget 2025 enligt förvaltningens förslag.")
    d.add_paragraph("Reservation: Niklas Byström (M) och Eva Ström (L) reserverar sig mot beslutet till förmån för "
                    "Niklas Byströms yrkande.")
    d.add_heading("§ 92 Skolorganisation Kvarnsveden", level=2)
    d.add_paragraph("Dnr BIN 2024/0187")
    d.add_paragraph("Den nya skolan i Kvarnsveden ska rymma 630 elever i årskurs F–9 och beräknas tas i bruk till "
                    "höstterminen 2027. Kvarnsvedens skola och Repbäckens skola avvecklas när den nya skolan öppnar.")
    d.add_paragraph("Beslut: Bildningsnämnden godkänner förslaget till skolorganisation. Per-Olof Dahl (SD) "
                    "reserverar sig mot beslutet att avveckla Repbäckens skola.")
    d.add_heading("§ 93 Delegationsbeslut", level=2)
    d.add_paragraph("Bildningsnämnden lägger redovisningen av delegationsbeslut till handlingarna.")
    d.add_paragraph("Justerat 2024-12-13. Sekreterare: Malin Åkesson")
    cp = d.core_properties
    cp.author = "Bildningsförvaltningen"
    cp.title = "Protokoll bildningsnämnden 2024-12-10"
    cp.last_modified_by = "Bildningsförvaltningen"
    cp.revision = 1
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    d.save(out)
    normalize_zip(out)
    return sa, sb


def build_xlsx(out):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Driftbudget per verksamhet"
    ws["A1"] = "Borlänge kommun – Driftbudget per verksamhet 2025–2027"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Belopp i tkr, nettokostnad"
    ws.append([])
    hdr = ["Nämnd/verksamhet", "Budget 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
    for i, h in enumerate(hdr, 1):
        ws.cell(row=4, column=i, value=h).font = Font(bold=True)
    for n, rows, tot in verk_rows():
        ws.append([n])
        ws.cell(row=ws.max_row, column=1).font = Font(bold=True)
        for r in rows:
            ws.append(list(r))
        ws.append(["Summa " + n[0].lower() + n[1:]] + list(tot))
        ws.cell(row=ws.max_row, column=1).font = Font(bold=True)
    ws.column_dimensions["A"].width = 44
    for c in "BCDE":
        ws.column_dimensions[c].width = 14
    ws2 = wb.create_sheet("Personal")
    ws2["A1"] = "Personalnyckeltal, Borlänge kommun"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Per 31 december"
    ws2.append([])
    for i, h in enumerate(["År", "Tillsvidareanställda, antal", "Sjukfrånvaro, %", "Andel heltid, %", "Medelålder, år"], 1):
        ws2.cell(row=4, column=i, value=h).font = Font(bold=True)
    for r in [(2019, 3954, 7.8, 81.2, 45.1), (2020, 4011, 9.4, 82.0, 45.0), (2021, 4058, 9.1, 83.5, 44.8),
              (2022, 4093, 8.9, 85.1, 44.6), (2023, 4126, 8.6, 86.4, 44.5)]:
        ws2.append(list(r))
    wb.properties.creator = "Ekonomiavdelningen"
    wb.properties.created = FIXED_DT.replace(tzinfo=None)
    wb.properties.modified = FIXED_DT.replace(tzinfo=None)
    wb.save(out)
    normalize_zip(out)


PRESS = """PRESSMEDDELANDE
Borlänge kommun, 27 november 2024

Kommunfullmäktige har beslutat om budget för 2025 – skatten höjs med 30 öre

Kommunfullmäktige i Borlänge beslutade på tisdagen den 26 november om budget och plan för 2025–2027. Kommunalskatten höjs från 21,84 till 22,14 kronor per hundralapp.

För en person med en månadslön på 30 000 kronor innebär höjningen cirka 75 kronor mer i skatt per månad.

– Höjningen är nödvändig för att klara välfärden. Utan den hade vi behövt göra neddragningar i skolan och äldreomsorgen, säger Mattias Forsberg (S), kommunstyrelsens ordförande.

Budgeten i korthet:
* Årets resultat budgeteras till 47,7 miljoner kronor.
* Investeringar om 288,5 miljoner kronor, bland annat ny skola i Kvarnsveden och ny ishall.
* Effektiviseringskrav om 1,5 procent för nämnderna.
* 1,2 miljoner kronor till trygghetsarbete.

Beslutet fattades efter votering med 30 röster mot 21. Moderaterna, Sverigedemokraterna, Liberalerna och Kristdemokraterna röstade för egna förslag.

Oppositionsråd Niklas Byström (M) kritiserar skattehöjningen:
– Borlängeborna ska inte betala för att majoriteten inte klarar att styra ekonomin. Vi hade en budget utan skattehöjning.

Kontakt:
Mattias Forsberg (S), kommunstyrelsens ordförande, 0243-740 10
Ulrika Sandberg, ekonomidirektör, 0243-741 22
"""


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    info = {}
    info["budget"] = build_pdf_budget(os.path.join(outdir, "borlange-budget-och-plan-2025-2027.pdf"))
    info["ar"] = build_pdf_ar(os.path.join(outdir, "borlange-arsredovisning-2023.pdf"))
    build_html(os.path.join(outdir, "borlange-finansiell-information.html"))
    info["bin"] = build_docx(os.path.join(outdir, "borlange-bildningsnamnden-protokoll-2024-12-10.docx"))
    build_xlsx(os.path.join(outdir, "borlange-driftbudget-per-verksamhet.xlsx"))
    with open(os.path.join(outdir, "borlange-pressmeddelande-budget-2025.txt"), "w", encoding="utf-8") as fh:
        fh.write(PRESS)
    info["verk"] = verk_rows()
    return info
