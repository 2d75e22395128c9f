"""Örkelljunga kommun: Budget och plan 2025–2027, delårsrapport aug 2025, webbsida, KF-protokoll, driftbudget (xlsx), pressmeddelande."""
import os
from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from lib import Doc, sv, save_docx, save_xlsx, HTML_COOKIE

POP2025 = 10480
RB = {
    "int": [112.4, 108.0, 114.6, 116.9, 119.2],
    "kost": [-792.8, -812.5, -848.3, -872.0, -896.5],
    "avs": [-28.6, -31.0, -34.2, -37.8, -39.5],
    "skatt": [528.4, 549.0, 571.6, 591.2, 611.8],
    "gsb": [196.2, 203.5, 214.8, 218.4, 222.7],
    "finint": [1.8, 1.5, 1.6, 1.6, 1.6],
    "finkost": [-3.9, -5.2, -6.0, -6.8, -7.3],
}
# tkr: Budget 2024, Budget 2025, Plan 2026, Plan 2027
DRIFT = [
    ("Kommunfullmäktige och revision", [-2310, -2450, -2500, -2560]),
    ("Kommunstyrelsen", [-92400, -96800, -98900, -101200]),
    ("Barn- och utbildningsnämnden", [-298700, -312600, -320400, -328900]),
    ("Socialnämnden", [-255300, -268900, -276800, -284700]),
    ("Miljö- och byggnadsnämnden", [-6050, -6350, -6500, -6650]),
    ("Tekniska nämnden", [-38900, -40700, -41600, -42500]),
]
INV = [
    ("Renovering av Örkelljunga simhall", [18.0, 27.0, 0.0]),
    ("Tillbyggnad förskolan Hjalmarsgården", [6.5, 0.0, 0.0]),
    ("Vattenverk Skånes Fagerhult", [8.0, 12.0, 5.0]),
    ("Gator, gång- och cykelvägar samt belysning", [3.0, 3.0, 3.0]),
    ("IT och digitalisering", [2.2, 2.0, 2.0]),
    ("Inventarier Norrgårdens äldreboende", [1.4, 1.0, 1.0]),
    ("Trafiksäkerhetsåtgärder Storgatan", [2.6, 0.0, 0.0]),
    ("Markförvärv och exploatering Bonnarp", [5.0, 8.0, 6.0]),
]
# Delårsrapport: Budget 2025, Utfall jan–aug, Prognos 2025 (tkr)
DELAR = [
    ("Kommunfullmäktige och revision", -2450, -1520, -2400),
    ("Kommunstyrelsen", -96800, -61900, -94900),
    ("Barn- och utbildningsnämnden", -312600, -206300, -314800),
    ("Socialnämnden", -268900, -189700, -283200),
    ("Miljö- och byggnadsnämnden", -6350, -3900, -6100),
    ("Tekniska nämnden", -40700, -26400, -40200),
]


def derived():
    nk = [round(RB["int"][i] + RB["kost"][i] + RB["avs"][i], 1) for i in range(5)]
    vr = [round(nk[i] + RB["skatt"][i] + RB["gsb"][i], 1) for i in range(5)]
    res = [round(vr[i] + RB["finint"][i] + RB["finkost"][i], 1) for i in range(5)]
    return nk, vr, res


def budget_pdf(path):
    pdf = Doc("Örkelljunga kommun – Budget och plan 2025–2027")
    nk, vr, res = derived()
    pdf.add_page()
    pdf.ln(55)
    pdf.set_font("S", "B", 26)
    pdf.multi_cell(0, 12, "Budget och plan\n2025–2027")
    pdf.set_font("S", "", 12)
    pdf.ln(4)
    pdf.multi_cell(0, 7, "Örkelljunga kommun\nBeslutad av kommunfullmäktige den 21 november 2024")
    pdf.add_page()
    pdf.h1("Inledning")
    pdf.p("Örkelljunga ska vara en kommun där det är enkelt att bo, driva företag och växa upp. Budgeten för "
          "2025 präglas av ansvar: vi håller skattesatsen oförändrad på 22,19 kronor och prioriterar skolan, "
          "omsorgen och en fortsatt utbyggnad av vatten och avlopp i Skånes Fagerhult.")
    pdf.p("Kostnaderna för försörjningsstöd och placeringar har ökat kraftigt de senaste åren. Socialnämnden "
          "tillförs därför 8,5 miljoner kronor i utökad ram. Samtidigt genomför vi besparingar på totalt "
          "6,0 miljoner kronor inom administration och lokaler.")
    pdf.p("Under planperioden renoverar vi Örkelljunga simhall, som är över 40 år gammal. Investeringen "
          "beräknas till 45 miljoner kronor och är den största i kommunens historia.")
    pdf.set_font("S", "I", 9.5)
    pdf.multi_cell(0, 5, "Mats Rydholm (M)\nKommunstyrelsens ordförande")
    pdf.add_page()
    pdf.h1("Örkelljunga i siffror")
    pdf.p("Örkelljunga kommun hade 10 447 invånare vid årsskiftet 2024/2025. Budgeten bygger på att "
          "befolkningen ökar till 10 480 invånare under 2025. Kommunen har en ung befolkning jämfört med "
          "riket men andelen invånare över 80 år ökar snabbt.")
    pdf.table("Nyckeltal i budgeten",
              [["Nyckeltal", "Budget 2024", "Budget 2025"]],
              [["Invånare (budgeterat antal)", "10 420", "10 480"],
               ["Kommunal skattesats, kr", "22,19", "22,19"],
               ["Resultat i % av skatter och bidrag", "1,8", "1,8"],
               ["Nettoinvesteringar, mnkr", "41,5", "46,7"],
               ["Låneskuld vid årets slut, mnkr", "230,0", "255,0"]],
              [100, 35, 35])
    pdf.p("Skatteunderlaget har beräknats enligt SKR:s prognos från den 3 oktober 2024. Skatteintäkterna "
          "beräknas till 571,6 miljoner kronor 2025.")
    pdf.add_page()
    pdf.h1("Mål för god ekonomisk hushållning")
    pdf.p("Kommunfullmäktige har beslutat om följande finansiella mål för planperioden:")
    pdf.bullets(["Årets resultat ska uppgå till minst 1,5 procent av skatteintäkter och generella statsbidrag.",
                 "Soliditeten inklusive pensionsåtaganden ska inte understiga 20 procent.",
                 "Investeringarna ska till minst 60 procent finansieras med egna medel under planperioden.",
                 "Låneskulden per invånare ska inte överstiga 30 000 kronor."])
    pdf.p("Utöver de finansiella målen finns verksamhetsmål inom fyra målområden: Lärande, Trygghet, "
          "Livsmiljö och Attraktiv arbetsgivare. Målen följs upp i delårsrapport och årsredovisning.")
    pdf.p("Nämnderna ska senast den 31 januari 2025 anta verksamhetsplaner som visar hur de bidrar till "
          "målen. I verksamhetsplanen ska också framgå hur nämnden hanterar sin del av besparingarna.")
    pdf.add_page()
    pdf.h1("Resultatbudget")
    f = lambda xs: [sv(x) for x in xs]
    rows = [["Verksamhetens intäkter"] + f(RB["int"]),
            ["Verksamhetens kostnader"] + f(RB["kost"]),
            ["Avskrivningar"] + f(RB["avs"]),
            ["Verksamhetens nettokostnader"] + f(nk),
            ["Skatteintäkter"] + f(RB["skatt"]),
            ["Generella statsbidrag och utjämning"] + f(RB["gsb"]),
            ["Verksamhetens resultat"] + f(vr),
            ["Finansiella intäkter"] + f(RB["finint"]),
            ["Finansiella kostnader"] + f(RB["finkost"]),
            ["Resultat efter finansiella poster"] + f(res),
            ["Årets resultat"] + f(res)]
    pdf.table("Belopp i mnkr",
              [["", "Utfall", "Budget", "Budget", "Plan", "Plan"], ["", "2023", "2024", "2025", "2026", "2027"]],
              rows, [70, 20, 20, 20, 20, 20], bold_rows=(3, 6, 9, 10))
    pdf.p("Resultatet 2025 budgeteras till 14,1 miljoner kronor, vilket motsvarar 1,8 procent av "
          "skatteintäkter och generella statsbidrag. För 2026 sjunker resultatet till 11,5 miljoner kronor "
          "när kapitalkostnaderna för simhallen börjar belasta driften.")
    pdf.add_page()
    pdf.h1("Balansbudget")
    mat = [512.4, 531.6, 544.1, 559.3, 536.8]
    fin = [24.8, 24.8, 24.8, 24.8, 24.8]
    oms = [88.6, 80.0, 76.0, 74.0, 73.0]
    ek = [253.4]
    for r in res[1:]:
        ek.append(round(ek[-1] + r, 1))
    avs = [41.2, 42.5, 43.9, 45.3, 46.8]
    st = [round(mat[i] + fin[i] + oms[i], 1) for i in range(5)]
    ls = [205.0, 230.0, 255.0, 270.0, 240.0]
    ks = [round(st[i] - ek[i] - avs[i] - ls[i], 1) for i in range(5)]
    BAL = [["Anläggningstillgångar"] + [""] * 5,
           ["Materiella anläggningstillgångar"] + f(mat),
           ["Finansiella anläggningstillgångar"] + f(fin),
           ["Omsättningstillgångar"] + f(oms),
           ["Summa tillgångar"] + f(st),
           ["Eget kapital"] + f(ek),
           ["Avsättningar"] + f(avs),
           ["Långfristiga skulder"] + f(ls),
           ["Kortfristiga skulder"] + f(ks),
           ["Summa eget kapital och skulder"] + f(st)]
    pdf.table("Balansbudget – belopp i mnkr",
              [["", "Utfall", "Budget", "Budget", "Plan", "Plan"], ["", "2023", "2024", "2025", "2026", "2027"]],
              BAL, [70, 20, 20, 20, 20, 20], bold_rows=(4, 9), section_rows=(0,))
    pdf.h1("Kassaflödesbudget")
    invt = [round(sum(v[k] for _, v in INV), 1) for k in range(3)]
    lop = [round(res[i] - RB["avs"][i] + (avs[i] - avs[i - 1]), 1) for i in (2, 3, 4)]
    nlan = [25.0, 15.0, -30.0]
    kf = [["Årets resultat"] + [sv(x) for x in res[2:]],
          ["Av- och nedskrivningar"] + [sv(-x) for x in RB["avs"][2:]],
          ["Förändring avsättningar"] + [sv(avs[i] - avs[i - 1]) for i in (2, 3, 4)],
          ["Kassaflöde från löpande verksamhet"] + [sv(x) for x in lop],
          ["Investeringar i materiella anläggningstillgångar"] + [sv(-x, 1, "()") for x in invt],
          ["Upptagna lån / amortering (netto)"] + [sv(x, 1, "()") for x in nlan],
          ["Årets kassaflöde"] + [sv(lop[i] - invt[i] + nlan[i], 1, "()") for i in range(3)]]
    pdf.table("Kassaflödesbudget, mnkr (utbetalningar inom parentes)",
              [["", "Budget 2025", "Plan 2026", "Plan 2027"]],
              kf, [95, 25, 25, 25], bold_rows=(3, 6))
    pdf.add_page()
    pdf.h1("Driftbudget per nämnd")
    pdf.p("Nämndernas ramar för 2025 har räknats upp med 2,5 procent för löner och 1,8 procent för övriga "
          "kostnader. Därefter har politiska prioriteringar och besparingar lagts in. Barn- och "
          "utbildningsnämnden får 4,2 miljoner kronor för ökade elevvolymer i grundskolan.")
    rows = []
    s = [0, 0, 0, 0]
    for n, v in DRIFT:
        rows.append([n] + [sv(x, 0) for x in v] + [sv(round(-v[1] * 1000 / POP2025), 0)])
        s = [s[i] + v[i] for i in range(4)]
    rows.append(["Summa nämnder"] + [sv(x, 0) for x in s] + [sv(round(-s[1] * 1000 / POP2025), 0)])
    ff = [round(nk[1] * 1000 - s[0]), round(nk[2] * 1000 - s[1]), round(nk[3] * 1000 - s[2]), round(nk[4] * 1000 - s[3])]
    rows.append(["Finansförvaltning och gemensamt*"] + [sv(x, 0) for x in ff] + [""])
    rows.append(["Verksamhetens nettokostnader"] + [sv(nk[i] * 1000, 0) for i in (1, 2, 3, 4)] + [sv(round(-nk[2] * 1e6 / POP2025), 0)])
    pdf.table("Belopp i tkr (sista kolumnen: kronor per invånare)",
              [["", "Budget", "Budget", "Plan", "Plan", "Nettokostnad"],
               ["Nämnd", "2024", "2025", "2026", "2027", "kr/inv 2025"]],
              rows, [62, 21, 21, 21, 21, 24], bold_rows=(6, 8), size=8)
    pdf.note("* Pensioner, avskrivningar, kapitaltjänstintäkter och kommunstyrelsens reserv för oförutsedda "
             "kostnader om 3,0 miljoner kronor.")
    pdf.add_page()
    pdf.h1("Nämndernas budget i korthet")
    texts = [("Kommunstyrelsen", "Kommunstyrelsen får 2,0 miljoner kronor för näringslivsarbete och en ny "
              "tjänst som landsbygdsutvecklare. Kommunstyrelsens ram uppgår till 96,8 miljoner kronor."),
             ("Barn- och utbildningsnämnden", "Elevantalet i grundskolan ökar med cirka 40 elever. Nämnden ska "
              "spara 1,2 miljoner kronor genom samordning av skolskjutsar."),
             ("Socialnämnden", "Ramen ökar med 13,6 miljoner kronor, varav 8,5 miljoner kronor är en politisk "
              "förstärkning för försörjningsstöd och placeringar. Nämnden ska minska användningen av "
              "bemanningsföretag med 1,5 miljoner kronor."),
             ("Tekniska nämnden", "Nämnden ansvarar för gator, parker, lokaler och måltider. Taxan för vatten och "
              "avlopp höjs med 8 procent från den 1 januari 2025."),
             ("Miljö- och byggnadsnämnden", "Nämnden finansieras till cirka 45 procent av avgifter. "
              "Timtaxan för tillsyn höjs till 1 240 kronor.")]
    for h, t in texts:
        pdf.h2(h)
        pdf.p(t)
    pdf.add_page()
    pdf.h1("Investeringsbudget")
    pdf.p("Investeringsbudgeten för 2025 uppgår till 46,7 miljoner kronor. Renoveringen av simhallen är "
          "budgeterad till totalt 45,0 miljoner kronor fördelat på 2025 och 2026. Projekt som inte "
          "påbörjats före den 30 juni ska omprövas av kommunstyrelsen.")
    irows = []
    tot = [0, 0, 0]
    for n, v in INV:
        irows.append([n] + [sv(x) for x in v] + [sv(sum(v))])
        tot = [tot[i] + v[i] for i in range(3)]
    irows.append(["Summa investeringar"] + [sv(x) for x in tot] + [sv(sum(tot))])
    pdf.table("Investeringar (mnkr)",
              [["Projekt", "Budget 2025", "Plan 2026", "Plan 2027", "Totalt"]],
              irows, [80, 22, 22, 22, 22], bold_rows=(len(irows) - 1,))
    pdf.note("Investeringar inom vatten och avlopp finansieras via VA-taxan och belastar inte skattekollektivet.")
    pdf.add_page()
    pdf.h1("Taxor och avgifter i urval")
    pdf.table("Taxor 2025",
              [["Taxa", "2024", "2025"]],
              [["Maxtaxa förskola, kr per månad (första barnet)", "1 688", "1 734"],
               ["Timtaxa miljö- och byggnadsnämnden, kr", "1 180", "1 240"],
               ["Avgift trygghetslarm, kr per månad", "250", "275"],
               ["Entré simhall vuxen, kr", "60", "65"]],
              [110, 28, 28])
    pdf.p("Taxorna beslutas i särskild ordning av kommunfullmäktige. Maxtaxan inom förskolan följer "
          "Skolverkets beslut om indexering.")
    pdf.save(path)
    return {"nk": nk, "res": res, "s": s, "ff": ff, "inv": tot, "ek": ek, "st": st}


def delar_pdf(path):
    pdf = Doc("Delårsrapport januari–augusti 2025 | Örkelljunga kommun")
    pdf.add_page()
    pdf.ln(55)
    pdf.set_font("S", "B", 24)
    pdf.multi_cell(0, 12, "Delårsrapport\njanuari–augusti 2025")
    pdf.set_font("S", "", 12)
    pdf.multi_cell(0, 7, "Örkelljunga kommun\nBehandlad av kommunstyrelsen 2025-10-07")
    pdf.add_page()
    pdf.h1("Sammanfattning")
    pdf.p("Resultatet för perioden januari–augusti 2025 uppgår till 21,7 miljoner kronor. Prognosen för "
          "helåret är ett resultat på 9,6 miljoner kronor, vilket är 4,5 miljoner kronor lägre än budget.")
    pdf.p("Socialnämnden prognostiserar ett underskott på -14,3 miljoner kronor, främst inom "
          "försörjningsstöd och placeringar av barn och unga. Skatteintäkter och generella statsbidrag "
          "beräknas bli 6,8 miljoner kronor högre än budget och finansförvaltningen visar ett överskott på "
          "2,5 miljoner kronor till följd av lägre pensionskostnader.")
    pdf.p("Investeringarna uppgick till 19,3 miljoner kronor under perioden. Helårsprognosen för "
          "investeringarna är 38,0 miljoner kronor mot budgeterade 46,7 miljoner kronor, eftersom "
          "renoveringen av simhallen startar först i oktober.")
    pdf.table("Väsentliga nyckeltal",
              [["", "Aug 2024", "Aug 2025", "Prognos 2025"]],
              [["Periodens/årets resultat, mnkr", "18,4", "21,7", "9,6"],
               ["Nettoinvesteringar, mnkr", "22,6", "19,3", "38,0"],
               ["Antal invånare", "10 431", "10 468", "10 480"],
               ["Sjukfrånvaro, %", "6,9", "6,4", ""]],
              [80, 28, 28, 30])
    pdf.add_page()
    pdf.h1("Förvaltningsberättelse")
    pdf.h2("Viktiga händelser under perioden")
    pdf.p("Kommunfullmäktige beslutade i april att genomföra renoveringen av Örkelljunga simhall. I juni "
          "invigdes den nya förskoleavdelningen på Hjalmarsgården. Arbetslösheten i kommunen har ökat till "
          "7,2 procent i augusti.")
    pdf.h2("Befolkning")
    pdf.p("Befolkningen ökade med 21 personer under perioden och uppgick till 10 468 invånare den "
          "31 augusti 2025.")
    pdf.h2("Balanskravet")
    pdf.p("Enligt prognosen uppfylls balanskravet för 2025. Det finansiella målet om ett resultat på minst "
          "1,5 procent av skatteintäkter och generella statsbidrag bedöms däremot inte nås; prognosen "
          "motsvarar 1,2 procent.")
    pdf.add_page(orientation="L")
    pdf.h1("Driftredovisning per nämnd")
    rows = []
    sb = su = sp = 0
    for n, b, u, pr in DELAR:
        rows.append([n, sv(b, 0), sv(u, 0), sv(pr, 0), sv(pr - b, 0)])
        sb += b; su += u; sp += pr
    rows.append(["Summa nämnder", sv(sb, 0), sv(su, 0), sv(sp, 0), sv(sp - sb, 0)])
    pdf.table("Belopp i tkr",
              [["", "Budget", "Utfall", "Prognos", "Avvikelse mot"],
               ["Nämnd", "2025", "jan–aug 2025", "helår 2025", "budget"]],
              rows, [90, 35, 35, 35, 35], bold_rows=(len(rows) - 1,))
    pdf.note("Positiv avvikelse innebär överskott mot budget.")
    pdf.save(path)
    return {"sb": sb, "su": su, "sp": sp}


def html(path):
    rows = [("Årets resultat, mnkr", "19,2", "13,5", "11,8"),
            ("Soliditet, %", "41,2", "40,5", "39,8"),
            ("Kommunal skattesats, kr", "22,19", "22,19", "22,19"),
            ("Nettoinvesteringar, mnkr", "38,4", "52,1", "44,9"),
            ("Låneskuld, mnkr", "180,0", "205,0", "230,0"),
            ("Antal invånare 31 december", "10 356", "10 401", "10 447")]
    trs = "\n".join(f"      <tr><th scope=\"row\">{a}</th><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in rows)
    h = f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Finansiell information | Örkelljunga kommun</title></head>
<body>
{HTML_COOKIE}
<div class="top-links"><a href="/lyssna">Lyssna</a> <a href="/translate">Translate</a> <a href="/e-tjanster">E-tjänster</a></div>
<header><div class="brand">Örkelljunga kommun</div>
<nav><ul><li><a href="/omsorg">Omsorg och hjälp</a></li><li><a href="/skola">Förskola och skola</a></li>
<li><a href="/bygga">Bygga och bo</a></li><li><a href="/naringsliv">Näringsliv och arbete</a></li>
<li><a href="/kommun">Kommun och politik</a></li></ul></nav></header>
<main>
<p class="breadcrumb">Kommun och politik › Ekonomi › Finansiell information</p>
<h1>Finansiell information</h1>
<p class="lead">Här hittar du en sammanfattning av Örkelljunga kommuns ekonomi och länkar till budget, delårsrapporter och årsredovisningar.</p>
<h2>Ekonomin i korthet</h2>
<p>Kommunen redovisade ett resultat på 11,8 miljoner kronor för 2024. Det var 1,5 miljoner kronor sämre än budget, främst på grund av höga kostnader för försörjningsstöd. Låneskulden ökade med 25 miljoner kronor under året.</p>
<table>
  <caption>Nyckeltal 2022–2024</caption>
  <thead><tr><th>Nyckeltal</th><th>2022</th><th>2023</th><th>2024</th></tr></thead>
  <tbody>
{trs}
  </tbody>
</table>
<h2>Kreditvärdighet och upplåning</h2>
<p>Örkelljunga kommun är medlem i Kommuninvest. Den genomsnittliga räntan på kommunens lån var 2,6 procent vid utgången av 2024.</p>
<h2>Dokument</h2>
<ul><li><a href="/budget-och-plan-2025-2027.pdf">Budget och plan 2025–2027 (pdf)</a></li>
<li><a href="/delarsrapport-2025.pdf">Delårsrapport januari–augusti 2025 (pdf)</a></li>
<li><a href="/arsredovisning-2024.pdf">Årsredovisning 2024 (pdf)</a></li></ul>
<p class="updated">Publicerad 2025-03-20. Senast uppdaterad 2025-10-14.</p>
</main>
<footer><p>Örkelljunga kommun, 286 80 Örkelljunga. Telefon 0435-550 00. E-post: kommunen@orkelljunga.se</p>
<p>Org.nr 212000-0977 · <a href="/kakor">Kakor</a> · <a href="/tillganglighet">Tillgänglighet</a></p></footer>
</body></html>
"""
    open(path, "w", encoding="utf-8").write(h)


def protokoll_docx(path):
    d = Document()
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading("Sammanträdesprotokoll", level=1)
    d.add_paragraph("Kommunfullmäktige i Örkelljunga kommun")
    d.add_paragraph("Datum: 2025-04-24, kl. 18.30–21.05. Plats: Kommunhuset, Fullmäktigesalen.")
    d.add_paragraph("Ordförande: Lena Sjöholm (M). Sekreterare: Erik Gunnarsson. Justerare: Anders Bergh (S) "
                    "och Maria Ek (SD).")
    d.add_heading("§ 44 Årsredovisning 2024", level=2)
    d.add_paragraph("Kommunfullmäktige godkänner årsredovisningen för 2024. Årets resultat uppgår till 11,8 "
                    "miljoner kronor. Revisorerna tillstyrker att ledamöterna i styrelse och nämnder beviljas "
                    "ansvarsfrihet.")
    d.add_paragraph("Beslut: Kommunfullmäktige beslutar att godkänna årsredovisningen och att bevilja "
                    "samtliga nämnder ansvarsfrihet för 2024.")
    d.add_heading("§ 45 Renovering av Örkelljunga simhall – genomförandebeslut", level=2)
    d.add_paragraph("Ärendet: Tekniska nämnden har tagit fram förfrågningsunderlag och kalkyl för "
                    "renoveringen av simhallen. Den totala projektbudgeten är 45 000 tkr. Simhallen stängs "
                    "under renoveringen, från den 1 oktober 2025 till och med december 2026.")
    t = d.add_table(rows=8, cols=2)
    t.style = "Table Grid"
    data = [("Kostnadspost", "Belopp, tkr"),
            ("Tak och klimatskal", "9 800"),
            ("Ventilation och reningsteknik", "14 200"),
            ("Bassäng och kakel", "8 600"),
            ("Omklädningsrum och tillgänglighet", "6 900"),
            ("Projektering och byggledning", "3 100"),
            ("Oförutsett", "2 400"),
            ("Totalt", "45 000")]
    for i, (a, b) in enumerate(data):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
    d.add_paragraph("Driftkonsekvens: Kapitalkostnaden beräknas till 2,3 miljoner kronor per år från 2027.")
    d.add_paragraph("Yrkanden: Anders Bergh (S) yrkar att ärendet återremitteras för utredning av en ny "
                    "simhall i stället för renovering. Lena Sjöholm (M) yrkar bifall till kommunstyrelsens "
                    "förslag.")
    d.add_paragraph("Omröstning begärs och verkställs. Med 22 röster för bifall mot 9 röster för återremiss "
                    "beslutar kommunfullmäktige enligt kommunstyrelsens förslag. 0 ledamöter avstår.")
    d.add_paragraph("Beslut: Kommunfullmäktige beslutar att genomföra renoveringen av Örkelljunga simhall "
                    "inom en total budget om 45 000 tkr, samt att uppdra åt tekniska nämnden att upphandla "
                    "entreprenaden.")
    d.add_paragraph("Reservation: Ledamöterna för Socialdemokraterna (S) och Vänsterpartiet (V) reserverar "
                    "sig mot beslutet.")
    d.add_heading("§ 46 Fyllnadsval till barn- och utbildningsnämnden", level=2)
    d.add_paragraph("Beslut: Kommunfullmäktige väljer Sara Nilsson (KD) till ersättare i barn- och "
                    "utbildningsnämnden för tiden till och med 2026-12-31.")
    d.add_heading("§ 47 Svar på medborgarförslag om utegym i Eket", level=2)
    d.add_paragraph("Beslut: Medborgarförslaget bifalls. Tekniska nämnden får i uppdrag att anlägga ett utegym "
                    "i Eket inom befintlig investeringsram för 2025, med en beräknad kostnad om 350 000 kronor.")
    save_docx(d, path, "Örkelljunga kommun")


def xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Driftbudget 2025"
    ws["A1"] = "Driftbudget 2025 per verksamhet – Örkelljunga kommun"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Belopp i tkr"
    ws.append([])
    ws.append(["Verksamhet", "Intäkter", "Kostnader", "Netto"])
    for c in ws[4]:
        c.font = Font(bold=True)
    blocks = [("Barn- och utbildningsnämnden", [("Förskola", 14200, -98600), ("Grundskola inkl. fritidshem", 9800, -171300),
                                               ("Gymnasieskola", 2100, -58900), ("Elevhälsa och administration", 1400, -11300)]),
              ("Socialnämnden", [("Äldreomsorg", 28400, -161800), ("Funktionsnedsättning", 9600, -78300),
                                 ("Individ- och familjeomsorg", 3200, -52400), ("Försörjningsstöd", 0, -17600)])]
    out = {}
    for name, items in blocks:
        ws.append([name])
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        si = sk = 0
        for lab, i, k in items:
            ws.append([lab, i, k, i + k])
            si += i; sk += k
            out[lab] = (i, k, i + k)
        ws.append([f"Summa {name[0].lower() + name[1:]}", si, sk, si + sk])
        out[name] = (si, sk, si + sk)
    ws2 = wb.create_sheet("Befolkning")
    ws2["A1"] = "Befolkning efter ålder 31 december"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Antal personer"
    ws2.append([])
    ws2.append(["År", "0–5 år", "6–15 år", "16–64 år", "65–79 år", "80+ år", "Totalt"])
    pop = [(2020, 812, 1298, 6014, 1652, 536), (2021, 806, 1311, 6002, 1664, 547),
           (2022, 798, 1330, 5991, 1676, 561), (2023, 794, 1342, 5998, 1689, 578),
           (2024, 801, 1351, 6004, 1695, 596)]
    for r in pop:
        ws2.append(list(r) + [sum(r[1:])])
    ws2.append([])
    ws2.append(["Källa: SCB"])
    save_xlsx(wb, path, "Örkelljunga kommun")
    return out, {r[0]: sum(r[1:]) for r in pop}


def press(path):
    txt = """PRESSMEDDELANDE
Örkelljunga kommun, 2025-04-25

Örkelljunga simhall renoveras – stänger i oktober

Kommunfullmäktige beslutade i går kväll att renovera Örkelljunga simhall för 45 miljoner kronor. Simhallen stänger den 1 oktober 2025 och beräknas öppna igen i januari 2027.

Renoveringen omfattar bland annat nytt tak, ny ventilation och reningsteknik samt tillgänglighetsanpassade omklädningsrum. Energiförbrukningen väntas minska med omkring 35 procent.

– Simhallen är viktig för hela kommunen, inte minst för simundervisningen i skolan. Nu säkrar vi den för många år framåt, säger Mats Rydholm (M), kommunstyrelsens ordförande.

Under stängningen kommer skolornas simundervisning att flyttas till simhallen i Klippan. Kommunen avsätter 420 000 kronor för busstransporter till och från Klippan under läsåret 2025/2026.

För mer information:
Jonas Ahlström, teknisk chef, 0435-551 40
Mats Rydholm (M), kommunstyrelsens ordförande, 0435-550 10
"""
    open(path, "w", encoding="utf-8").write(txt)


def build(out):
    os.makedirs(out, exist_ok=True)
    info = budget_pdf(os.path.join(out, "budget-och-plan-2025-2027.pdf"))
    info["delar"] = delar_pdf(os.path.join(out, "delarsrapport-jan-aug-2025.pdf"))
    html(os.path.join(out, "finansiell-information.html"))
    protokoll_docx(os.path.join(out, "protokoll-kf-2025-04-24.docx"))
    info["xl"] = xlsx(os.path.join(out, "driftbudget-per-verksamhet-2025.xlsx"))
    press(os.path.join(out, "pressmeddelande-simhall.txt"))
    return info
