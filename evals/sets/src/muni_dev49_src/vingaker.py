"""Vingåkers kommun: budget PDF, delårsrapport PDF, HTML, DOCX protokollsutdrag, XLSX, press release (txt)."""
import datetime
import os

import docx
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Font

from common import Doc, sv, fix_zip, html_page

RY = ["Bokslut 2024", "Budget 2025", "Budget 2026", "Plan 2027", "Plan 2028"]
RB = {  # tkr: intäkter, kostnader, avskrivningar, skatt, statsbidrag, fin int, fin kost
    "Bokslut 2024": (148200, -781900, -31400, 468300, 208900, 3100, -8700),
    "Budget 2025": (151000, -812600, -33800, 486900, 216400, 2900, -9600),
    "Budget 2026": (154300, -838200, -36500, 502700, 229600, 2800, -10900),
    "Plan 2027": (157100, -861500, -39200, 520100, 236800, 2700, -12300),
    "Plan 2028": (160000, -884900, -41600, 538400, 243100, 2700, -13200),
}


def rb():
    d = {}
    for y, (i, k, a, s, g, fi, fk) in RB.items():
        nk = i + k + a
        vr = nk + s + g
        d[y] = dict(i=i, k=k, a=a, nk=nk, s=s, g=g, vr=vr, fi=fi, fk=fk, res=vr + fi + fk)
    return d


# (nämnd, [(verksamhet, intäkter 2026, netto 2026, netto budget 2025)]) tkr
VERK = [
    ("Kommunfullmäktige och revision", [("Kommunfullmäktige och revision", 0, 3700, 3600)]),
    ("Kommunstyrelsen", [("Politisk verksamhet", 200, 9800, 9500),
                         ("Kommunledning och administration", 6400, 38600, 36900),
                         ("Räddningstjänst", 1900, 14200, 13700),
                         ("Näringsliv och arbetsmarknad", 11300, 17900, 17400)]),
    ("Utbildningsnämnden", [("Förskola", 7600, 78300, 75900),
                            ("Grundskola och förskoleklass", 14900, 156800, 151200),
                            ("Fritidshem", 2100, 14600, 14100),
                            ("Gymnasieskola", 4200, 71900, 70800),
                            ("Vuxenutbildning", 5800, 9400, 9900)]),
    ("Socialnämnden", [("Äldreomsorg", 29800, 176400, 168300),
                       ("Stöd till personer med funktionsnedsättning", 18700, 74200, 71000),
                       ("Individ- och familjeomsorg", 6300, 46900, 44800),
                       ("Ekonomiskt bistånd", 1100, 19600, 18700)]),
    ("Kultur- och fritidsnämnden", [("Bibliotek", 300, 6900, 6700),
                                    ("Idrott och fritidsanläggningar", 2600, 15800, 15300),
                                    ("Kulturskola och allmän kultur", 900, 5600, 5500)]),
    ("Tekniska nämnden", [("Gator och vägar", 1400, 17400, 16900),
                          ("Parker och grönområden", 200, 5200, 5000),
                          ("Kollektivtrafik", 0, 9800, 9400),
                          ("Vatten och avlopp (avgiftsfinansierat)", 38900, 0, 0)]),
]
FIN = {"Budget 2025": -69200, "Budget 2026": -72600}

INV = [  # tkr: 2026, 2027, 2028
    ("S", "Kommunstyrelsen"),
    ("IT och digitalisering", 2500, 2500, 2500),
    ("Reinvestering fastigheter", 4700, 5000, 5000),
    ("S", "Utbildningsnämnden"),
    ("Ombyggnad av Sävstaskolan", 24000, 18000, 0),
    ("Ny förskola i Österåker", 12500, 9500, 0),
    ("Inventarier skola och förskola", 1800, 1800, 1800),
    ("S", "Socialnämnden"),
    ("Välfärdsteknik", 1200, 1000, 1000),
    ("Ombyggnad av Höjdens äldreboende", 6000, 4000, 0),
    ("S", "Tekniska nämnden"),
    ("Nytt vattenverk i Högsjö", 15000, 22000, 8000),
    ("Gator och beläggning", 6500, 6500, 6500),
    ("Gång- och cykelväg Baggetorp", 3200, 0, 0),
    ("S", "Kultur- och fritidsnämnden"),
    ("Renovering av utomhusbadet", 1000, 3000, 0),
]


def nsum(items, idx):
    return sum(v[idx] for v in items)


def budget_pdf(path):
    d = rb()
    pdf = Doc("Vingåkers kommun | Budget och plan 2026–2028")
    pdf.add_page()
    pdf.ln(55)
    pdf.set_font("DejaVu", "B", 26)
    pdf.multi_cell(0, 12, "Budget och plan\n2026–2028", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 13)
    pdf.multi_cell(0, 7, "Vingåkers kommun\nAntagen av kommunfullmäktige 2025-11-24, § 98", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.h1("Ordföranden har ordet")
    pdf.p("Vingåker är en kommun med stark gemenskap, men också en kommun som står inför stora utmaningar. "
          "Befolkningen minskar något, samtidigt som andelen äldre ökar. Det ställer krav på att vi använder "
          "varje skattekrona klokt.")
    pdf.p("Skattesatsen lämnas oförändrad på 22,71 kronor. Vi väljer i stället att effektivisera verksamheten med "
          "sammanlagt 7,2 miljoner kronor under 2026, utan att göra avkall på kvaliteten i kärnverksamheterna.")
    pdf.p("Vi satsar 2,5 miljoner kronor på ökad bemanning på våra äldreboenden och 450 000 kronor på fler "
          "feriejobb för ungdomar. Ombyggnaden av Sävstaskolan är den största investeringen i kommunens historia "
          "och ska ge eleverna moderna lärmiljöer från hösten 2027.")
    pdf.p("Lars Björkman (S)\nKommunstyrelsens ordförande")

    pdf.add_page()
    pdf.h1("Mål för god ekonomisk hushållning")
    pdf.p("Kommunfullmäktige har fastställt tre finansiella mål för perioden 2026–2028:")
    pdf.bullets(["Årets resultat ska över perioden uppgå till i genomsnitt minst 0,5 procent av skatteintäkter "
                 "och generella statsbidrag.",
                 "Skattefinansierade investeringar ska finansieras med egna medel till minst 70 procent.",
                 "Låneskulden får inte överstiga 520 miljoner kronor vid utgången av 2028."])
    pdf.p("Därutöver finns verksamhetsmål inom fyra målområden: Lärande och utveckling, Trygghet och hälsa, "
          "Attraktiv livsmiljö samt Effektiv organisation.")
    pdf.h2("Verksamhetsmål i urval")
    pdf.bullets(["Andelen elever i årskurs 9 med godkänt i alla ämnen ska öka till 75 procent till 2028.",
                 "Andelen invånare 65 år och äldre som är nöjda med hemtjänsten ska vara minst 92 procent.",
                 "Sjukfrånvaron bland kommunens medarbetare ska understiga 7,0 procent."])

    pdf.add_page()
    pdf.h1("Förutsättningar")
    pdf.p("Budgeten bygger på en befolkning om 9 310 invånare och SKR:s skatteunderlagsprognos från september 2025. "
          "Skatteintäkter och generella statsbidrag beräknas till sammanlagt 732,3 miljoner kronor 2026.")
    pdf.p("Lönerevisionen beräknas till 3,0 procent och nämndernas ramar har räknats upp med motsvarande belopp. "
          "Höjda taxor och avgifter inom teknisk verksamhet beräknas ge ökade intäkter på 1,3 miljoner kronor.")
    pdf.p("Kommunen har ett underskott att återställa från tidigare år på 0 kronor. Resultatet för 2026 "
          "budgeteras till 3,8 miljoner kronor, vilket motsvarar 0,5 procent av skatteintäkter och generella "
          "statsbidrag.")
    pdf.h2("Effektiviseringar 2026")
    pdf.p("Effektiviseringarna på 7,2 miljoner kronor fördelas så att utbildningsnämnden bidrar med 2,8 miljoner "
          "kronor, socialnämnden med 2,9 miljoner kronor och kommunstyrelsen med 1,5 miljoner kronor.")

    pdf.add_page()
    pdf.h1("Resultatbudget")
    pdf.caption("Belopp i tkr")
    W = [62, 22, 22, 22, 22, 22]
    hdr = [["", "Bokslut", "Budget", "Budget", "Plan", "Plan"], ["", "2024", "2025", "2026", "2027", "2028"]]
    lab = [("Verksamhetens intäkter", "i", ""), ("Verksamhetens kostnader", "k", ""), ("Avskrivningar", "a", ""),
           ("Verksamhetens nettokostnader", "nk", "B"), ("Skatteintäkter", "s", ""),
           ("Generella statsbidrag och utjämning", "g", ""), ("Verksamhetens resultat", "vr", "B"),
           ("Finansiella intäkter", "fi", ""), ("Finansiella kostnader", "fk", ""),
           ("Resultat efter finansiella poster", "res", "B"), ("Årets resultat", "res", "B")]
    rows = [([n] + [sv(d[y][k], 0, neg="–") for y in RY], st) for n, k, st in lab]
    pdf.table(hdr, rows, W)
    pdf.note("Bokslut 2024 avser utfall enligt fastställd årsredovisning. Budget 2025 avser ursprunglig budget.")

    pdf.add_page()
    pdf.h1("Kassaflödesbudget")
    pdf.caption("Belopp i mnkr. Negativa belopp anges inom parentes.")
    W = [86, 24, 24, 24]
    hdr = [["", "Budget 2026", "Plan 2027", "Plan 2028"]]
    cf = {}
    rest = {"Budget 2026": (2.1, -1.5, -78.4, 2.0, 40.0, -8.0, 48.2),
            "Plan 2027": (2.2, -1.0, -73.3, 1.5, 35.0, -8.0, None),
            "Plan 2028": (2.3, -1.0, -24.8, 0.5, 0.0, -10.0, None)}
    start = None
    for y in ["Budget 2026", "Plan 2027", "Plan 2028"]:
        ej, rk, inv, bid, lan, am, lm = rest[y]
        res = d[y]["res"] / 1000
        av = -d[y]["a"] / 1000
        lop = res + av + ej + rk
        invv = inv + bid
        fin = lan + am
        kf = lop + invv + fin
        lm0 = lm if lm is not None else start
        start = lm0 + kf
        cf[y] = [res, av, ej, rk, lop, inv, bid, invv, lan, am, fin, kf, lm0, start]
    labels = [("DEN LÖPANDE VERKSAMHETEN", None, "S"), ("Årets resultat", 0, ""), ("Justering för avskrivningar", 1, ""),
              ("Övriga ej likviditetspåverkande poster", 2, ""), ("Förändring av rörelsekapital", 3, ""),
              ("Medel från den löpande verksamheten", 4, "B"), ("INVESTERINGSVERKSAMHETEN", None, "S"),
              ("Investering i materiella anläggningstillgångar", 5, ""), ("Investeringsbidrag", 6, ""),
              ("Medel från investeringsverksamheten", 7, "B"), ("FINANSIERINGSVERKSAMHETEN", None, "S"),
              ("Nyupptagna lån", 8, ""), ("Amortering av skuld", 9, ""),
              ("Medel från finansieringsverksamheten", 10, "B"), ("Årets kassaflöde", 11, "B"),
              ("Likvida medel vid årets början", 12, ""), ("Likvida medel vid årets slut", 13, "B")]
    rows = []
    for n, idx, st in labels:
        if idx is None:
            rows.append(([n], "S"))
        else:
            rows.append(([n] + [sv(cf[y][idx], neg="()") for y in cf], st))
    pdf.table(hdr, rows, W)
    pdf.p("Låneskulden beräknas uppgå till 452 miljoner kronor vid utgången av 2026.")

    pdf.add_page()
    pdf.h1("Driftbudget per nämnd")
    pdf.caption("Nettokostnad, belopp i mnkr")
    W = [66, 24, 24, 24, 26]
    hdr = [["Nämnd", "Budget", "Budget", "Förändring", "Förändring"], ["", "2025", "2026", "mnkr", "%"]]
    rows = []
    t25 = t26 = 0
    for n, items in VERK:
        b25 = nsum(items, 3) / 1000
        b26 = nsum(items, 2) / 1000
        t25 += b25
        t26 += b26
        rows.append(([n, sv(b25), sv(b26), sv(b26 - b25), sv((b26 - b25) / b25 * 100)], ""))
    rows.append((["Summa nämnder", sv(t25), sv(t26), sv(t26 - t25), sv((t26 - t25) / t25 * 100)], "B"))
    f25, f26 = FIN["Budget 2025"] / 1000, FIN["Budget 2026"] / 1000
    rows.append((["Finansförvaltning", sv(f25), sv(f26), sv(f26 - f25), ""], ""))
    rows.append((["Verksamhetens nettokostnader", sv(t25 + f25), sv(t26 + f26), sv(t26 + f26 - t25 - f25),
                  sv((t26 + f26 - t25 - f25) / (t25 + f25) * 100)], "B"))
    assert round((t26 + f26) * 1000) == -d["Budget 2026"]["nk"], (t26 + f26)
    assert round((t25 + f25) * 1000) == -d["Budget 2025"]["nk"], (t25 + f25)
    pdf.table(hdr, rows, W)
    pdf.note("Finansförvaltningen omfattar bland annat intern ränta, pensionskostnader och lönepott.")
    pdf.p("Socialnämndens ram ökar mest, med 14,3 miljoner kronor, främst till följd av fler brukare inom "
          "hemtjänsten och satsningen på bemanning i äldreboendena.")

    pdf.add_page()
    pdf.h1("Investeringsbudget")
    pdf.caption("Belopp i tkr")
    W = [80, 24, 24, 24]
    hdr = [["Projekt", "Budget", "Plan", "Plan"], ["", "2026", "2027", "2028"]]
    rows = []
    acc = None
    tot = [0, 0, 0]

    def flush(name, acc):
        rows.append((["Summa " + name] + [sv(x, 0) for x in acc], "B"))
    cur = None
    for r in INV:
        if r[0] == "S":
            if cur:
                flush(cur, acc)
            cur = r[1]
            acc = [0, 0, 0]
            rows.append(([r[1]], "S"))
        else:
            for j in range(3):
                acc[j] += r[1 + j]
                tot[j] += r[1 + j]
            rows.append(([r[0]] + [sv(x, 0) for x in r[1:]], ""))
    flush(cur, acc)
    rows.append((["Totalt"] + [sv(x, 0) for x in tot], "B"))
    assert tot[0] == 78400
    pdf.table(hdr, rows, W)
    pdf.note("Vattenverket i Högsjö finansieras via VA-taxan och belastar inte skattekollektivet.")

    pdf.add_page()
    pdf.h1("Nämndernas budget i korthet")
    pdf.h2("Utbildningsnämnden")
    pdf.p("Barnantalet i förskolan minskar, vilket gör det möjligt att stänga en avdelning på förskolan Solrosen. "
          "Åtgärden beräknas ge 1,6 miljoner kronor lägre kostnader. Under ombyggnaden av Sävstaskolan "
          "används tillfälliga moduler, med en hyreskostnad på 1,9 miljoner kronor per år.")
    pdf.h2("Socialnämnden")
    pdf.p("Nämnden får 2,5 miljoner kronor för ökad bemanning på äldreboendena. Samtidigt ska nämnden minska "
          "kostnaderna för externa placeringar och köpt vård.")
    pdf.h2("Kommunstyrelsen")
    pdf.p("Inom kommunstyrelsen avsätts 450 000 kronor för feriejobb. Räddningstjänsten samverkar fortsatt med "
          "Katrineholms kommun inom Västra Sörmlands Räddningstjänst.")
    pdf.h2("Tekniska nämnden och kultur- och fritidsnämnden")
    pdf.p("Tekniska nämnden ska se över gatubelysningen och byta till LED, vilket beräknas sänka elkostnaden med "
          "0,6 miljoner kronor per år. Kultur- och fritidsnämnden ska förlänga öppettiderna på biblioteket i "
          "Högsjö inom befintlig ram.")

    pdf.add_page()
    pdf.h1("Beslut")
    pdf.p("Kommunfullmäktige beslutade 2025-11-24 att anta Budget och plan 2026–2028, att fastställa skattesatsen "
          "till 22,71 kronor och att ge kommunstyrelsen rätt att under 2026 nyupplåna 40 miljoner kronor. "
          "Moderaterna och Sverigedemokraterna reserverade sig mot beslutet.")
    pdf.output(path)


DEL = [  # nämnd, budget 2026, utfall jan-aug, prognos helår (mnkr)
    ("Kommunfullmäktige och revision", 3.7, 2.3, 3.6),
    ("Kommunstyrelsen", 80.5, 51.9, 78.9),
    ("Utbildningsnämnden", 331.0, 219.4, 332.2),
    ("Socialnämnden", 317.1, 218.6, 326.9),
    ("Kultur- och fritidsnämnden", 28.3, 18.1, 27.8),
    ("Tekniska nämnden", 32.4, 20.2, 32.0),
]


def delar_pdf(path):
    pdf = Doc("Vingåkers kommun – Delårsrapport januari–augusti 2026")
    pdf.add_page()
    pdf.ln(55)
    pdf.set_font("DejaVu", "B", 24)
    pdf.multi_cell(0, 12, "Delårsrapport\njanuari–augusti 2026", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 13)
    pdf.multi_cell(0, 7, "Vingåkers kommun", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.h1("Sammanfattning")
    pdf.p("Periodens resultat uppgår till 24,8 miljoner kronor. Prognosen för helåret är ett resultat på 6,2 "
          "miljoner kronor, vilket är 2,4 miljoner kronor bättre än budget.")
    pdf.p("Nämnderna prognostiserar sammantaget ett underskott på 8,4 miljoner kronor. Underskottet vägs upp av "
          "högre skatteintäkter, ett extra statsbidrag på 3,1 miljoner kronor, lägre räntekostnader och lägre "
          "pensionskostnader än budgeterat.")
    pdf.p("Antalet invånare var 9 297 den 30 juni 2026, en minskning med 8 personer sedan årsskiftet. "
          "Sjukfrånvaron uppgick till 7,9 procent under perioden.")

    pdf.add_page()
    pdf.h1("Driftredovisning per nämnd")
    pdf.caption("Belopp i mnkr. Avvikelse = budget minus prognos; negativt belopp = underskott.")
    W = [62, 26, 26, 26, 26]
    hdr = [["Nämnd", "Budget", "Utfall", "Prognos", "Avvikelse"], ["", "2026", "jan–aug", "helår", "helår"]]
    rows = []
    tb = tu = tp = 0
    for n, b, u, p in DEL:
        tb += b
        tu += u
        tp += p
        rows.append(([n, sv(b), sv(u), sv(p), sv(b - p)], ""))
    rows.append((["Summa nämnder", sv(tb), sv(tu), sv(tp), sv(tb - tp)], "B"))
    pdf.table(hdr, rows, W)
    pdf.p("Socialnämnden prognostiserar ett underskott på 9,8 miljoner kronor. Underskottet beror främst på "
          "kostnader för externa placeringar inom individ- och familjeomsorgen och ett ökat antal "
          "hemtjänsttimmar. Nämnden har beslutat om en åtgärdsplan.")
    pdf.p("Utbildningsnämndens underskott på 1,2 miljoner kronor förklaras av ökade kostnader för "
          "gymnasieelever som studerar i andra kommuner.")

    pdf.add_page()
    pdf.h1("Investeringar")
    pdf.p("Investeringarna uppgick till 31,2 miljoner kronor under perioden. Helårsprognosen är 61,0 miljoner "
          "kronor, att jämföra med en budget på 78,4 miljoner kronor.")
    pdf.caption("Belopp i tkr")
    W = [80, 26, 26, 26]
    hdr = [["Projekt", "Budget 2026", "Utfall jan–aug", "Prognos 2026"]]
    inv = [("Ombyggnad av Sävstaskolan", 24000, 6900, 14000),
           ("Ny förskola i Österåker", 12500, 4100, 9500),
           ("Nytt vattenverk i Högsjö", 15000, 9800, 15000),
           ("Gator och beläggning", 6500, 3600, 6500),
           ("Övriga projekt", 20400, 6800, 16000)]
    rows = [([a] + [sv(x, 0) for x in (b, c, e)], "") for a, b, c, e in inv]
    rows.append((["Totalt", sv(sum(r[1] for r in inv), 0), sv(sum(r[2] for r in inv), 0),
                  sv(sum(r[3] for r in inv), 0)], "B"))
    assert sum(r[1] for r in inv) == 78400 and sum(r[2] for r in inv) == 31200 and sum(r[3] for r in inv) == 61000
    pdf.table(hdr, rows, W)
    pdf.p("Ombyggnaden av Sävstaskolan har försenats på grund av överklagad upphandling. Inflyttning "
          "beräknas nu till januari 2028 i stället för hösten 2027.")

    pdf.add_page()
    pdf.h1("Finansiella mål")
    pdf.p("Målet om att årets resultat ska uppgå till i genomsnitt minst 0,5 procent av skatteintäkter och "
          "generella statsbidrag bedöms uppnås. Prognosen motsvarar 0,8 procent. Självfinansieringsgraden av "
          "investeringarna beräknas till 72 procent.")
    pdf.output(path)


def html(path):
    body = """<p class="ingress">Här hittar du information om Vingåkers kommuns ekonomi: årsredovisningar, budget och nyckeltal.</p>
<p>Kommunens verksamhet finansieras till största delen av skatteintäkter och statsbidrag. Skattesatsen i Vingåker är 22,71 kronor per hundralapp. Årsredovisningen för 2025 godkändes av kommunfullmäktige den 20 april 2026.</p>
<h2>Kommunens ekonomi i siffror</h2>
<table>
<thead><tr><th>Nyckeltal</th><th>2022</th><th>2023</th><th>2024</th><th>2025</th></tr></thead>
<tbody>
<tr><td>Årets resultat, mnkr</td><td>18,4</td><td>2,9</td><td>6,5</td><td>5,9</td></tr>
<tr><td>Skattesats, kr</td><td>22,46</td><td>22,71</td><td>22,71</td><td>22,71</td></tr>
<tr><td>Nettoinvesteringar, mnkr</td><td>41,2</td><td>55,8</td><td>63,0</td><td>70,4</td></tr>
<tr><td>Soliditet, %</td><td>28,6</td><td>27,9</td><td>27,5</td><td>26,8</td></tr>
<tr><td>Låneskuld, mnkr</td><td>310,0</td><td>345,0</td><td>385,0</td><td>420,0</td></tr>
<tr><td>Invånare 31 december</td><td>9 412</td><td>9 368</td><td>9 331</td><td>9 305</td></tr>
</tbody>
</table>
<p>Soliditeten visar hur stor del av tillgångarna som finansierats med eget kapital.</p>
<h2>Dokument</h2>
<ul>
<li><a href="#">Budget och plan 2026–2028 (pdf)</a></li>
<li><a href="#">Årsredovisning 2025 (pdf)</a></li>
<li><a href="#">Delårsrapport januari–augusti 2026 (pdf)</a></li>
</ul>
<p>Har du frågor om kommunens ekonomi? Kontakta ekonomichef Helena Strand via kommunens kontaktcenter.</p>"""
    nav = ["Förskola och skola", "Omsorg och hjälp", "Bo, bygga och miljö", "Kultur och fritid",
           "Näringsliv och arbete", "Kommun och politik"]
    crumbs = ["Start", "Kommun och politik", "Ekonomi", "Finansiell information"]
    footer = """<p>Vingåkers kommun, Box 54, 643 21 Vingåker. Telefon: 0151-191 00. E-post: kommunen@vingaker.se</p>
<p><a href="#">Om webbplatsen</a> | <a href="#">Tillgänglighet</a> | <a href="#">Personuppgifter</a> | <a href="#">Kakor</a></p>
<p>© Vingåkers kommun</p>"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(html_page("Vingåkers kommun", "Finansiell information", nav, crumbs, body,
                          "2024-03-05", "2026-04-28", footer))


def protokoll(path):
    d = docx.Document()
    d.core_properties.author = "Socialförvaltningen"
    d.core_properties.title = "Protokollsutdrag socialnämnden 2026-09-24"
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading("Protokollsutdrag", 0)
    d.add_paragraph("Socialnämnden, Vingåkers kommun")
    d.add_paragraph("Sammanträdesdatum 2026-09-24")
    d.add_paragraph("Närvarande ledamöter: Anna-Karin Öberg (S), ordförande, Tomas Ek (SD), vice ordförande, "
                    "Linnea Hallberg (M), Stefan Lund (S), Gunilla Sjöberg (C), Rickard Palm (SD), Maja Eriksson (V)")
    d.add_heading("§ 86 Ekonomisk uppföljning augusti 2026", 2)
    d.add_paragraph("Förvaltningschef Jens Magnusson redovisar att nämnden prognostiserar ett underskott på "
                    "9,8 miljoner kronor för 2026. Av underskottet avser 6,1 miljoner kronor individ- och "
                    "familjeomsorgen och 3,7 miljoner kronor hemtjänsten.")
    d.add_paragraph("Beslut: Socialnämnden godkänner den ekonomiska uppföljningen och överlämnar den till "
                    "kommunstyrelsen.")
    d.add_heading("§ 87 Åtgärdsplan för en ekonomi i balans", 2)
    d.add_paragraph("Ärendebeskrivning: Enligt kommunfullmäktiges budgetbeslut ska nämnder som prognostiserar "
                    "underskott besluta om åtgärder. Förvaltningen har tagit fram följande åtgärdsplan.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Åtgärd", "Effekt 2026, tkr", "Effekt 2027, tkr"]):
        c.text = txt
    rows = [("Minskade externa placeringar, individ- och familjeomsorg", "1 200", "3 500"),
            ("Hemtagning av LSS-placering", "800", "2 400"),
            ("Ändrad nattbemanning på Höjdens äldreboende", "600", "1 800"),
            ("Vakansprövning inom administrationen", "400", "900"),
            ("Summa", "3 000", "8 600")]
    for r in rows:
        for c, txt in zip(t.add_row().cells, r):
            c.text = txt
    d.add_paragraph("")
    d.add_paragraph("Yrkanden: Ordföranden yrkar bifall till förvaltningens förslag. Tomas Ek (SD) yrkar att "
                    "nattbemanningen på Höjdens äldreboende ska strykas ur åtgärdsplanen.")
    d.add_paragraph("Propositionsordning: Ordföranden ställer förslagen mot varandra och finner att nämnden "
                    "bifaller förvaltningens förslag. Votering begärs och genomförs. Förvaltningens förslag "
                    "vinner med 4 röster mot 3.")
    d.add_paragraph("Beslut: Socialnämnden antar åtgärdsplanen med en beräknad effekt på 3,0 miljoner kronor "
                    "2026 och 8,6 miljoner kronor 2027. Förvaltningen ska återrapportera effekterna i november 2026.")
    d.add_paragraph("Reservation: Tomas Ek (SD), Rickard Palm (SD) och Linnea Hallberg (M) reserverar sig mot "
                    "beslutet till förmån för Tomas Eks yrkande.")
    d.add_heading("§ 88 Riktlinjer för ekonomiskt bistånd 2027", 2)
    d.add_paragraph("Beslut: Ärendet bordläggs till nämndens sammanträde i oktober.")
    d.add_paragraph("Justerare: Gunilla Sjöberg (C). Protokollet justerat 2026-09-29.")
    d.save(path)
    fix_zip(path)


def xlsx(path):
    wb = openpyxl.Workbook()
    wb.properties.creator = "Vingåkers kommun, ekonomiavdelningen"
    ws = wb.active
    ws.title = "Driftbudget 2026"
    ws.append(["Driftbudget 2026 per verksamhet, Vingåkers kommun"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Belopp i tkr"])
    ws.append(["Nämnd/verksamhet", "Intäkter 2026", "Kostnader 2026", "Nettokostnad 2026", "Nettokostnad budget 2025"])
    for n, items in VERK:
        if len(items) > 1:
            ws.append([n])
            ws.cell(ws.max_row, 1).font = Font(bold=True)
        for v, inn, net, b25 in items:
            if len(items) == 1:
                v = n
            ws.append([v, inn, inn + net, net, b25])
        if len(items) > 1:
            ws.append(["Summa " + n, nsum(items, 1), nsum(items, 1) + nsum(items, 2), nsum(items, 2), nsum(items, 3)])
            ws.cell(ws.max_row, 1).font = Font(bold=True)
    tot = [sum(nsum(it, k) for _, it in VERK) for k in (1, 2, 3)]
    ws.append(["Summa nämnder", tot[0], tot[0] + tot[1], tot[1], tot[2]])
    ws.append([])
    ws.append(["Nettokostnad = kostnader minus intäkter. Kapitaltjänstkostnader ingår."])
    ws2 = wb.create_sheet("Nyckeltal per år")
    ws2.append(["Nettokostnad och invånare 2022–2026"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["Nettokostnad i tkr, per invånare i kr"])
    ws2.append(["År", "Invånare 31 dec", "Verksamhetens nettokostnad", "Nettokostnad per invånare"])
    data = [("2022", 9412, 612400), ("2023", 9368, 641800), ("2024", 9331, 665100), ("2025", 9305, 693200),
            ("2026 (budget)", 9310, 720400)]
    for y, p, nk in data:
        ws2.append([y, p, nk, round(nk * 1000 / p)])
    wb.properties.created = wb.properties.modified = datetime.datetime(2026, 1, 15, 9, 0, 0)
    wb.save(path)
    fix_zip(path)


def press(path):
    txt = """PRESSMEDDELANDE
Vingåkers kommun, 2026-10-08

Delårsrapporten: Vingåker räknar med överskott trots underskott i socialnämnden

Vingåkers kommun prognostiserar ett överskott på 6,2 miljoner kronor för 2026. Det framgår av delårsrapporten för januari–augusti som kommunstyrelsen behandlade den 7 oktober.

Socialnämnden pekar mot ett underskott på 9,8 miljoner kronor, men det vägs upp av bland annat högre skatteintäkter och ett extra statsbidrag på 3,1 miljoner kronor.

"Vi klarar årets resultat, men socialnämndens underskott är en varningssignal inför 2027. Åtgärdsplanen måste ge effekt", säger Lars Björkman (S), kommunstyrelsens ordförande.

Ombyggnaden av Sävstaskolan är försenad och eleverna beräknas flytta in i januari 2028. Investeringarna för helåret beräknas till 61,0 miljoner kronor.

Delårsrapporten behandlas av kommunfullmäktige den 26 oktober 2026.

För mer information:
Helena Strand, ekonomichef, 0151-191 20
Lars Björkman (S), kommunstyrelsens ordförande, 0151-191 05
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "budget-och-plan-2026-2028.pdf"))
    delar_pdf(os.path.join(outdir, "delarsrapport-januari-augusti-2026.pdf"))
    html(os.path.join(outdir, "finansiell-information.html"))
    protokoll(os.path.join(outdir, "protokollsutdrag-socialnamnden-2026-09-24.docx"))
    xlsx(os.path.join(outdir, "driftbudget-per-verksamhet-2026.xlsx"))
    press(os.path.join(outdir, "pressmeddelande-delarsrapport-2026.txt"))
