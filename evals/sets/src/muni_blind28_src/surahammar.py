"""Surahammars kommun: documents for the muni_blind28 corpus."""
import os
import docx
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Font
from common import Doc, fmt, fix_zip, HTML_TMPL

ORG = "Surahammars kommun"
INV_NOV24 = 10050


def r1(x):
    return round(x + 0.0, 1)


COLS = ["Utfall 2023", "Budget 2024", "Prognos 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
RB = {
    "Verksamhetens intäkter": [186.3, 180.0, 191.4, 188.5, 191.0, 194.2],
    "Verksamhetens kostnader": [-1012.8, -1030.5, -1061.7, -1072.4, -1094.0, -1115.3],
    "Avskrivningar": [-38.6, -41.2, -40.8, -43.9, -46.5, -48.0],
    "Skatteintäkter": [598.4, 628.1, 624.7, 668.9, 692.3, 715.0],
    "Generella statsbidrag och utjämning": [274.9, 276.2, 279.8, 283.4, 286.0, 290.1],
    "Finansiella intäkter": [3.4, 2.5, 3.1, 2.8, 2.8, 2.8],
    "Finansiella kostnader": [-9.7, -12.0, -13.4, -14.2, -15.6, -16.9],
}
N = 6
NETTO = [r1(RB["Verksamhetens intäkter"][i] + RB["Verksamhetens kostnader"][i] + RB["Avskrivningar"][i]) for i in range(N)]
VRES = [r1(NETTO[i] + RB["Skatteintäkter"][i] + RB["Generella statsbidrag och utjämning"][i]) for i in range(N)]
RES = [r1(VRES[i] + RB["Finansiella intäkter"][i] + RB["Finansiella kostnader"][i]) for i in range(N)]

DRIFT = [  # tkr: budget 2024, budget 2025, plan 2026, plan 2027
    ("Kommunfullmäktige", 2450, 2600, 2650, 2700),
    ("Revision", 1150, 1200, 1220, 1250),
    ("Kommunstyrelsen", 128300, 131900, 134200, 136800),
    ("Bildningsnämnden", 352600, 366400, 374100, 382000),
    ("Socialnämnden", 381200, 394700, 405300, 416900),
    ("Bygg- och miljönämnden", 5800, 6100, 6200, 6300),
    ("Överförmyndarnämnden", 1900, 2000, 2050, 2100),
]
INV = [("Renovering av simhallen", 22.0, 16.0, 0.0), ("Ny förskola i Virsbo", 14.5, 9.0, 0.0),
       ("VA-ledningar Haraker", 8.0, 6.5, 5.0), ("Gator, gång- och cykelvägar samt belysning", 4.2, 4.0, 4.0),
       ("IT och digitalisering", 2.5, 2.0, 2.0), ("Inventarier bildningsnämnden", 1.8, 1.5, 1.5),
       ("Fordon och maskiner", 1.6, 0.8, 1.2), ("Välfärdsteknik", 1.2, 1.0, 1.0)]
INV_TOT = [r1(sum(p[i] for p in INV)) for i in (1, 2, 3)]


def write_budget(out):
    d = Doc("Surahammars kommun | Budget 2025 och plan 2026–2027", "Budget 2025 och plan 2026–2027")
    d.title_page(ORG, "Budget 2025\noch plan 2026–2027", "Kommunfullmäktiges beslut 2024-11-25, § 90",
                 ["Dnr KS 2024/145", "Ekonomienheten, kommunstyrelsens förvaltning"])
    d.add_page()
    d.h1("Ordföranden har ordet")
    d.p("Surahammars kommun går in i 2025 med en ansträngd ekonomi. Prognosen för 2024 pekar på ett underskott, "
        "främst till följd av ökade kostnader inom socialtjänsten och lägre skatteintäkter än beräknat. Vi har därför "
        "tvingats fatta tuffa beslut.")
    d.p("Kommunfullmäktige har beslutat att höja skattesatsen med 30 öre till 22,41 kronor. Skattehöjningen ger "
        "cirka 7,2 miljoner kronor i ökade skatteintäkter per år. Samtidigt genomför nämnderna besparingar om "
        "totalt 18,5 miljoner kronor under 2025.")
    d.p("Vi fortsätter att investera i framtiden. Simhallen renoveras och en ny förskola byggs i Virsbo. För 2025 "
        "budgeteras ett resultat på 13,1 miljoner kronor.")
    d.p("Tomas Lindberg (S)\nKommunstyrelsens ordförande")
    d.h1("Inledning")
    d.p("Budgetdokumentet innehåller kommunfullmäktiges mål, ekonomiska ramar för nämnderna samt resultat-, balans- "
        "och investeringsbudget. Budgeten bygger på Sveriges Kommuner och Regioners skatteunderlagsprognos från "
        "oktober 2024 och en befolkning på 10 050 invånare.")
    d.add_page()
    d.h1("Omvärldsanalys")
    d.p("Konjunkturen väntas vända uppåt under 2025. Inflationen har fallit tillbaka och Riksbanken har sänkt "
        "styrräntan i flera steg. För kommunerna innebär det att kostnadsökningarna dämpas, men skatteunderlaget "
        "växer långsammare än tidigare år.")
    d.p("Befolkningen i Surahammar har minskat de senaste åren och var 10 094 invånare vid årsskiftet 2023/2024. "
        "Antalet äldre över 80 år ökar med cirka 4 procent per år, vilket ställer krav på äldreomsorgen.")
    d.p("Arbetslösheten i kommunen är 9,1 procent, vilket är högre än riksgenomsnittet. Kostnaderna för "
        "ekonomiskt bistånd har ökat med 12 procent under 2024.")
    d.h1("Vision och övergripande mål")
    d.p("Vision: Surahammar – en trygg kommun med framtidstro, där natur, kultur och bruksmiljö möts.")
    d.h2("Mål 1: Alla elever ska nå kunskapskraven")
    d.p("Andelen elever i årskurs 9 som är behöriga till gymnasieskolan ska öka till minst 82 procent.")
    d.h2("Mål 2: Fler i arbete")
    d.p("Antalet hushåll med långvarigt ekonomiskt bistånd ska minska med 10 procent till 2026.")
    d.h2("Mål 3: God ekonomisk hushållning")
    d.p("Årets resultat ska uppgå till minst 1,5 procent av skatteintäkter och generella statsbidrag. "
        "Självfinansieringsgraden för investeringar ska vara minst 70 procent.")
    d.h2("Mål 4: Minskad klimatpåverkan")
    d.p("Kommunkoncernens utsläpp av växthusgaser ska minska med 50 procent till 2030 jämfört med 2015.")
    d.add_page()
    d.h1("Besparingar och prioriteringar")
    d.p("För att nå en budget i balans genomförs besparingar om 18,5 miljoner kronor under 2025. Besparingarna "
        "fördelas enligt följande:")
    d.bullets(["Socialnämnden: 9,2 miljoner kronor, bland annat genom minskade externa placeringar och "
               "omställning av hemtjänstens planering.",
               "Bildningsnämnden: 6,0 miljoner kronor genom en översyn av skolorganisationen och minskade "
               "lokalkostnader.",
               "Kommunstyrelsen: 3,3 miljoner kronor genom vakanshållning och minskade konsultkostnader."])
    d.p("Samtidigt prioriteras förebyggande arbete. Fritidsgårdarna får 700 000 kronor i utökad ram och "
        "ungdomars sommarjobb finansieras med 1,2 miljoner kronor.")
    d.p("Nämndernas ramar har räknats upp med 3,1 procent för löner och 2,2 procent för övriga kostnader "
        "innan besparingarna.")
    # Resultatbudget
    d.add_page()
    d.h1("Resultatbudget")
    hdr = [["", "Utfall", "Budget", "Prognos", "Budget", "Plan", "Plan"],
           ["Mnkr", "2023", "2024", "2024", "2025", "2026", "2027"]]
    w = [56, 19, 19, 19, 19, 19, 19]
    neg = "–"
    rows = []
    def add(label, vals, style=""):
        rows.append(([label] + [fmt(v, 1, neg) for v in vals], style))
    for k in ["Verksamhetens intäkter", "Verksamhetens kostnader", "Avskrivningar"]:
        add(k, RB[k])
    add("Verksamhetens nettokostnader", NETTO, "B")
    add("Skatteintäkter", RB["Skatteintäkter"])
    add("Generella statsbidrag och utjämning", RB["Generella statsbidrag och utjämning"])
    add("Verksamhetens resultat", VRES, "B")
    add("Finansiella intäkter", RB["Finansiella intäkter"])
    add("Finansiella kostnader", RB["Finansiella kostnader"])
    add("Årets resultat", RES, "B")
    d.table("Resultatbudget", hdr, rows, w, size=8)
    d.p("Prognosen för 2024 visar ett resultat på – 16,9 mnkr, vilket är 20,0 mnkr sämre än budget. För 2025 "
        "budgeteras ett resultat på 13,1 mnkr, vilket motsvarar 1,4 procent av skatteintäkter och generella "
        "statsbidrag. Målet om 1,5 procent nås därmed inte förrän 2026.")
    # Balansbudget
    d.h1("Balansbudget")
    hdr = [["", "Utfall", "Prognos", "Budget", "Plan", "Plan"], ["Mnkr", "2023", "2024", "2025", "2026", "2027"]]
    w = [70, 20, 20, 20, 20, 20]
    anl = [842.6, 889.1]
    for i, t in enumerate(INV_TOT):
        anl.append(r1(anl[-1] + t + RB["Avskrivningar"][3 + i]))
    oms = [121.5, 108.3, 104.0, 101.2, 99.5]
    tot = [r1(a + o) for a, o in zip(anl, oms)]
    ek = [345.0]
    for r in [RES[2], RES[3], RES[4], RES[5]]:
        ek.append(r1(ek[-1] + r))
    avs = [52.1, 54.0, 55.8, 57.5, 59.0]
    kfs = [178.4, 182.0, 175.0, 172.0, 170.0]
    lfs = [r1(tot[i] - ek[i] - avs[i] - kfs[i]) for i in range(5)]
    rows = [(["Anläggningstillgångar"] + [fmt(v, 1, neg) for v in anl], ""),
            (["Omsättningstillgångar"] + [fmt(v, 1, neg) for v in oms], ""),
            (["Summa tillgångar"] + [fmt(v, 1, neg) for v in tot], "B"),
            (["Eget kapital"] + [fmt(v, 1, neg) for v in ek], ""),
            (["Avsättningar"] + [fmt(v, 1, neg) for v in avs], ""),
            (["Långfristiga skulder"] + [fmt(v, 1, neg) for v in lfs], ""),
            (["Kortfristiga skulder"] + [fmt(v, 1, neg) for v in kfs], ""),
            (["Summa eget kapital och skulder"] + [fmt(v, 1, neg) for v in tot], "B"),
            (["Soliditet (%)"] + [fmt(e / t * 100) for e, t in zip(ek, tot)], "")]
    d.table("Balansbudget", hdr, rows, w, size=8)
    # Driftbudget landscape, continued over page break
    d.add_page(orientation="L")
    d.h1("Driftbudget – kommunbidrag per nämnd")
    d.p("Kommunbidraget är nämndens nettokostnadsram. Beloppen är angivna i tusentals kronor (tkr). I kolumnen "
        "Förändring anges skillnaden mellan budget 2025 och budget 2024.")
    hdr = [["", "Budget", "Budget", "Plan", "Plan", "Förändring", "Förändring"],
           ["Nämnd", "2024", "2025", "2026", "2027", "2024–2025", "%"],
           ["", "tkr", "tkr", "tkr", "tkr", "tkr", ""]]
    w = [80, 28, 28, 28, 28, 32, 28]
    rows = []
    sums = [0, 0, 0, 0]
    for n, *v in DRIFT:
        sums = [s + x for s, x in zip(sums, v)]
        rows.append(([n] + [fmt(x, 0, neg) for x in v] + [fmt(v[1] - v[0], 0, neg), fmt((v[1] - v[0]) / v[0] * 100, 1, neg)], ""))
    rows.append((["Summa nämnder"] + [fmt(x, 0, neg) for x in sums] +
                 [fmt(sums[1] - sums[0], 0, neg), fmt((sums[1] - sums[0]) / sums[0] * 100, 1, neg)], "B"))
    fin = [round(-NETTO[i] * 1000 - sums[j]) for j, i in enumerate([1, 3, 4, 5])]
    rows.append((["Finansförvaltning *"] + [fmt(x, 0, neg) for x in fin] +
                 [fmt(fin[1] - fin[0], 0, neg), fmt((fin[1] - fin[0]) / fin[0] * 100, 1, neg)], ""))
    tots = [s + f for s, f in zip(sums, fin)]
    rows.append((["Verksamhetens nettokostnader"] + [fmt(x, 0, neg) for x in tots] +
                 [fmt(tots[1] - tots[0], 0, neg), fmt((tots[1] - tots[0]) / tots[0] * 100, 1, neg)], "B"))
    d.table("Tabell: Kommunbidrag per nämnd", hdr, rows, w, size=9, break_before=5,
            cont_caption="Tabell: Kommunbidrag per nämnd (fortsättning)")
    d.note("* Finansförvaltningen omfattar bland annat pensioner, arbetsgivaravgifter som inte fördelats och "
           "kommunens centrala reserv.")
    d.p("Socialnämndens ram ökar mest i kronor räknat. Ökningen förklaras av fler brukare inom LSS och hemtjänst. "
        "Bildningsnämndens ram innehåller 2,4 miljoner kronor för ökade skolskjutskostnader.")
    # Investeringsbudget
    d.add_page(orientation="P")
    d.h1("Investeringsbudget")
    d.p("Investeringarna under planperioden uppgår till totalt " + fmt(sum(INV_TOT)) + " miljoner kronor. Den största "
        "investeringen är renoveringen av simhallen, som har stora brister i ventilation och bassängteknik.")
    hdr = [["Belopp i mnkr", "Budget 2025", "Plan 2026", "Plan 2027", "Summa 2025–2027"]]
    w = [74, 24, 24, 24, 24]
    rows = [([p[0]] + [fmt(v, 1, neg) for v in p[1:]] + [fmt(sum(p[1:]), 1, neg)], "") for p in INV]
    rows.append((["Totalt"] + [fmt(v, 1, neg) for v in INV_TOT] + [fmt(sum(INV_TOT), 1, neg)], "B"))
    d.table("Investeringar per projekt", hdr, rows, w, size=8)
    d.p("Investeringarna finansieras med egna medel och nyupplåning. Under 2025 beräknas nyupplåningen uppgå till "
        "35 miljoner kronor. Låneskulden beräknas till 395 miljoner kronor vid utgången av 2025.")
    d.add_page()
    d.h1("Nämndernas verksamhet 2025")
    d.h2("Kommunstyrelsen")
    d.p("Kommunstyrelsen ansvarar för ledning, ekonomi, personal, tekniska verksamheten, näringsliv och "
        "räddningstjänst genom Mälardalens brand- och räddningsförbund. Kommunbidraget för 2025 är 131 900 tkr.")
    d.h2("Bildningsnämnden")
    d.p("Bildningsnämnden ansvarar för förskola, grundskola, gymnasieskola, vuxenutbildning, kulturskola och "
        "bibliotek. Antalet elever i grundskolan beräknas till 1 120 och antalet barn i förskola till 520.")
    d.h2("Socialnämnden")
    d.p("Socialnämnden ansvarar för äldreomsorg, LSS, individ- och familjeomsorg samt arbetsmarknadsenheten. "
        "Under 2025 öppnar ett nytt gruppboende enligt LSS med sex platser i Surahammar.")
    d.h2("Bygg- och miljönämnden")
    d.p("Nämnden ansvarar för plan- och byggfrågor, miljö- och hälsoskydd och livsmedelskontroll.")
    d.h2("Överförmyndarnämnden")
    d.p("Överförmyndarnämnden är gemensam med Hallstahammars kommun, som är värdkommun.")
    d.add_page()
    d.h1("Taxor och avgifter")
    d.p("Taxorna räknas i huvudsak upp med 3,5 procent. Avgiften för vatten och avlopp höjs med 8 procent "
        "för att finansiera investeringar i ledningsnätet. Maxtaxan i förskolan följer statens beslut.")
    d.h1("Uppföljning")
    d.p("Nämnderna följer upp ekonomi och verksamhet i delårsrapporter per april och augusti samt i "
        "årsredovisningen. Prognosavvikelser större än 1 procent av ramen ska åtgärdas med en handlingsplan.")
    d.output(out)
    return dict(ek=ek, tot=tot)


def write_delar(out):
    d = Doc("Surahammars kommun – Delårsrapport januari–augusti 2024", "Delårsrapport 2024")
    d.title_page(ORG, "Delårsrapport januari–augusti 2024", "med helårsprognos",
                 ["Behandlad av kommunfullmäktige 2024-10-28, § 78"])
    d.add_page()
    d.h1("Sammanfattning")
    d.p("Periodens resultat för januari–augusti 2024 uppgår till (14,4) mnkr, det vill säga ett underskott på "
        "14,4 miljoner kronor. Helårsprognosen pekar på ett underskott på 16,9 miljoner kronor, vilket är 20,0 "
        "miljoner kronor sämre än budget.")
    d.p("Socialnämndens underskott på 16,6 miljoner kronor beror främst på ökade kostnader för försörjningsstöd "
        "och externa placeringar. Bildningsnämnden prognostiserar ett underskott på 5,5 miljoner kronor.")
    d.p("Antalet invånare var 10 082 den 30 juni 2024. Sjukfrånvaron under perioden uppgick till 8,4 procent. "
        "Kommunstyrelsen har infört ett anställningsstopp för administrativa tjänster från och med 1 september.")
    d.p("Negativa belopp anges inom parentes i tabellerna.")
    d.h1("Resultaträkning")
    hdr = [["", "Utfall", "Utfall", "Budget", "Prognos", "Avvikelse"],
           ["Mnkr", "jan–aug 2024", "jan–aug 2023", "2024", "2024", "mot budget"]]
    w = [62, 22, 22, 20, 20, 24]
    data = [("Verksamhetens intäkter", 128.6, 121.9, 180.0, 191.4),
            ("Verksamhetens kostnader", -712.3, -668.0, -1030.5, -1061.7),
            ("Avskrivningar", -27.1, -25.4, -41.2, -40.8),
            ("Verksamhetens nettokostnader", None),
            ("Skatteintäkter", 416.2, 398.7, 628.1, 624.7),
            ("Generella statsbidrag och utjämning", 186.9, 183.1, 276.2, 279.8),
            ("Verksamhetens resultat", None),
            ("Finansiella intäkter", 2.2, 2.4, 2.5, 3.1),
            ("Finansiella kostnader", -8.9, -6.3, -12.0, -13.4),
            ("Periodens resultat", None)]
    acc = [0.0] * 4
    rows = []
    for t in data:
        if t[1] is None:
            v = [r1(x) for x in acc]
            rows.append(([t[0]] + [fmt(x, 1, "()") for x in v] + [fmt(v[3] - v[2], 1, "()")], "B"))
        else:
            acc = [a + b for a, b in zip(acc, t[1:])]
            rows.append(([t[0]] + [fmt(x, 1, "()") for x in t[1:]] + [fmt(t[4] - t[3], 1, "()")], ""))
    assert abs(acc[3] - RES[2]) < 0.05 and abs(acc[2] - RES[1]) < 0.05, acc
    d.table("Resultaträkning januari–augusti 2024", hdr, rows, w, size=8)
    d.add_page()
    d.h1("Nämndernas prognos")
    hdr = [["Tkr", "Budget 2024", "Prognos 2024", "Avvikelse"]]
    w = [80, 28, 28, 28]
    prog = {"Kommunfullmäktige": 2380, "Revision": 1150, "Kommunstyrelsen": 126900, "Bildningsnämnden": 358100,
            "Socialnämnden": 397800, "Bygg- och miljönämnden": 5650, "Överförmyndarnämnden": 2050}
    rows = []
    sb = sp = 0
    for n, b, *_ in DRIFT:
        p = prog[n]; sb += b; sp += p
        rows.append(([n, fmt(b, 0, "()"), fmt(p, 0, "()"), fmt(b - p, 0, "()")], ""))
    rows.append((["Summa nämnder", fmt(sb, 0, "()"), fmt(sp, 0, "()"), fmt(sb - sp, 0, "()")], "B"))
    d.table("Prognos per nämnd 2024", hdr, rows, w)
    d.note("Avvikelse = budget minus prognos. Ett negativt värde (inom parentes) innebär ett underskott.")
    d.h1("Investeringar")
    d.p("Investeringarna under januari–augusti uppgick till 24,6 miljoner kronor. Helårsprognosen är 49,5 miljoner "
        "kronor mot en budget på 52,0 miljoner kronor. Upphandlingen av simhallsrenoveringen har försenats och "
        "start väntas först under 2025.")
    d.h1("Åtgärder")
    d.p("Kommunstyrelsen har gett nämnderna i uppdrag att ta fram åtgärdsplaner. Socialnämndens plan omfattar "
        "åtgärder om 4,5 miljoner kronor under hösten 2024.")
    d.output(out)


def write_html(out):
    rows = [("Årets resultat (mnkr)", "14,2", "1,9", "3,1", "13,1"),
            ("Skattesats (kr)", "22,11", "22,11", "22,11", "22,41"),
            ("Nettoinvesteringar (mnkr)", "61,4", "47,8", "52,0", fmt(INV_TOT[0])),
            ("Soliditet (%)", "36,4", "35,8", "36,1", "34,0"),
            ("Låneskuld (mnkr)", "310", "335", "360", "395"),
            ("Antal invånare 31 december", "10 117", "10 094", "–", "–")]
    tr = "\n".join("      <tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    body = f"""<article>
  <h1>Ekonomi i korthet</h1>
  <p class="meta">Publicerad: 2024-12-02</p>
  <p class="ingress">Här hittar du en sammanfattning av kommunens ekonomi. Kommunfullmäktige antog den 25 november 2024 budgeten för 2025 och plan för 2026–2027.</p>
  <h2>Nyckeltal</h2>
  <table>
    <thead><tr><th>Nyckeltal</th><th>2022</th><th>2023</th><th>Budget 2024</th><th>Budget 2025</th></tr></thead>
    <tbody>
{tr}
    </tbody>
  </table>
  <h2>Skattehöjning 2025</h2>
  <p>Från 1 januari 2025 höjs kommunalskatten med 30 öre till 22,41 kronor. Tillsammans med regionskatten till Region Västmanland på 10,88 kronor blir den totala skattesatsen 33,29 kronor.</p>
  <p>För en person med en månadslön på 32 000 kronor innebär höjningen cirka 80 kronor mer i skatt per månad.</p>
  <h2>Kommunens bolag</h2>
  <p>Kommunen äger Surahammars Bostads AB (SBAB) och Surahammars Kommunalteknik AB (SKTAB). Bolagens resultat redovisas i årsredovisningen.</p>
  <p>Kontakta ekonomichef Helena Strand om du har frågor.</p>
  <p class="meta">Senast uppdaterad: 2025-01-08</p>
</article>"""
    html = HTML_TMPL.format(title="Ekonomi i korthet", org=ORG,
                            crumbs='<a href="/">Start</a> &gt; <a href="/kommun-och-politik">Kommun och politik</a> &gt; <a href="/kommun-och-politik/ekonomi">Ekonomi</a> &gt; Ekonomi i korthet',
                            body=body, address="Box 200, 735 21 Surahammar", phone="0220-390 00",
                            email="kommun@surahammar.se")
    with open(out, "w", encoding="utf-8") as f:
        f.write(html)


def write_docx(out):
    doc = docx.Document()
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "Kansliet"; cp.title = "Protokoll kommunfullmäktige 2024-11-25"
    cp.last_modified_by = "Kansliet"; cp.revision = 1
    doc.add_heading("Sammanträdesprotokoll", 0)
    doc.add_paragraph("Kommunfullmäktige, Surahammars kommun")
    doc.add_paragraph("Datum: 2024-11-25, kl. 18.00–21.40, Folkets hus, Surahammar")
    doc.add_paragraph("Ordförande: Birgitta Holm (S). Sekreterare: Magnus Ek. Justerare: Jan Sjöberg (M) och Amira Hassan (V).")
    doc.add_paragraph("Närvarande: 31 ledamöter enligt bifogad närvarolista.")
    doc.add_heading("§ 88 Val av justerare", 2)
    doc.add_paragraph("Kommunfullmäktige utser Jan Sjöberg (M) och Amira Hassan (V) att justera protokollet.")
    doc.add_heading("§ 89 Allmänhetens frågestund", 2)
    doc.add_paragraph("En medborgare frågar om öppettiderna i simhallen under renoveringen. Kommunstyrelsens "
                      "ordförande Tomas Lindberg (S) svarar att simhallen håller stängt under renoveringen.")
    doc.add_heading("§ 90 Budget 2025 och plan 2026–2027", 2)
    doc.add_paragraph("Dnr KS 2024/145")
    doc.add_paragraph("Ärendet: Kommunstyrelsen har föreslagit budget 2025 och plan 2026–2027 med ett resultat på "
                      "13,1 miljoner kronor för 2025. Moderaterna och Sverigedemokraterna har lagt ett gemensamt "
                      "alternativt budgetförslag med oförändrad skattesats på 22,11 kronor.")
    doc.add_paragraph("Kommunbidrag per nämnd 2025 enligt förslagen (tkr):")
    data = [("Kommunstyrelsen", 131900, 129400), ("Bildningsnämnden", 366400, 365900),
            ("Socialnämnden", 394700, 389200), ("Övriga nämnder", 11900, 11600)]
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Nämnd", "Kommunstyrelsens förslag", "M och SD förslag", "Skillnad"]):
        c.text = txt
    for n, a, b in data:
        for c, txt in zip(t.add_row().cells, [n, fmt(a, 0), fmt(b, 0), fmt(b - a, 0)]):
            c.text = txt
    sa, sb = sum(x[1] for x in data), sum(x[2] for x in data)
    for c, txt in zip(t.add_row().cells, ["Summa", fmt(sa, 0), fmt(sb, 0), fmt(sb - sa, 0)]):
        c.text = txt
    doc.add_paragraph("Yrkanden: Tomas Lindberg (S) yrkar bifall till kommunstyrelsens förslag. Jan Sjöberg (M) "
                      "yrkar bifall till Moderaternas och Sverigedemokraternas förslag.")
    doc.add_paragraph("Omröstning: Votering begärs och genomförs. Med 18 röster mot 13 beslutar kommunfullmäktige "
                      "enligt kommunstyrelsens förslag.")
    doc.add_paragraph("Beslut: Kommunfullmäktige fastställer budget 2025 och plan 2026–2027 enligt kommunstyrelsens förslag.")
    doc.add_paragraph("Reservation: Samtliga ledamöter för Moderaterna och Sverigedemokraterna reserverar sig mot beslutet.")
    doc.add_heading("§ 91 Skattesats 2025", 2)
    doc.add_paragraph("Beslut: Kommunfullmäktige fastställer skattesatsen för 2025 till 22,41 kronor per skattekrona, "
                      "vilket är en höjning med 30 öre.")
    doc.add_paragraph("Reservation: Moderaterna och Sverigedemokraterna reserverar sig mot beslutet.")
    doc.add_heading("§ 92 Svar på motion om avgiftsfri simskola", 2)
    doc.add_paragraph("Beslut: Motionen från Liberalerna om avgiftsfri simskola för alla barn i förskoleklass avslås "
                      "med hänvisning till att simhallen är stängd under renoveringen 2025–2026.")
    doc.add_heading("§ 93 Fyllnadsval av ersättare i socialnämnden", 2)
    doc.add_paragraph("Beslut: Kommunfullmäktige väljer Sara Lindqvist (S) till ersättare i socialnämnden för tiden till 2026-12-31.")
    doc.add_paragraph("Justerat 2024-11-29. Anslaget på kommunens anslagstavla 2024-11-29.")
    doc.save(out)
    fix_zip(out)


def write_xlsx(out):
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = "Nyckeltal"
    ws["A1"] = "Verksamhetsstatistik Surahammars kommun 2021–2024"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Antal respektive kronor. Källa: Kolada och kommunens verksamhetssystem"
    ws.append([])
    ws.append(["Mått", "Enhet", 2021, 2022, 2023, 2024])
    for c in ws[4]:
        c.font = Font(bold=True)
    data = [("Barn inskrivna i förskola", "antal", 548, 536, 529, 518),
            ("Elever i grundskola (F–9)", "antal", 1164, 1151, 1138, 1126),
            ("Kostnad per elev i grundskola", "kr", 121400, 126900, 133800, 139200),
            ("Behöriga till gymnasiet, årskurs 9", "%", 76.8, 74.2, 79.5, 77.1),
            ("Brukare i hemtjänst", "antal", 312, 318, 331, 342),
            ("Platser i särskilt boende", "antal", 148, 148, 140, 140),
            ("Ekonomiskt bistånd, utbetalt", "tkr", 18200, 19600, 22100, 24750),
            ("Befolkningsförändring", "%", -0.6, -0.4, -0.2, -0.3)]
    for r in data:
        ws.append(list(r))
    for row in ws.iter_rows(min_row=5, max_row=ws.max_row, min_col=3, max_col=6):
        for c in row:
            if isinstance(c.value, float):
                c.number_format = "0.0"
            else:
                c.number_format = "# ##0"
    ws.column_dimensions["A"].width = 38
    ws2 = wb.create_sheet("Driftkostnad per år")
    ws2["A1"] = "Nettokostnad per verksamhetsområde"; ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Belopp i tkr, löpande priser"
    ws2.append([])
    ws2.append(["År", "Förskola", "Grundskola", "Gymnasieskola", "Äldreomsorg", "LSS", "Individ- och familjeomsorg", "Summa"])
    for c in ws2[4]:
        c.font = Font(bold=True)
    yrs = [(2020, 68400, 131200, 58900, 198300, 92100, 61800), (2021, 70100, 135600, 60200, 203900, 95400, 63100),
           (2022, 72900, 141300, 62800, 212700, 99800, 67900), (2023, 75200, 148600, 64100, 224500, 104300, 74600)]
    for y in yrs:
        ws2.append(list(y) + [sum(y[1:])])
    for row in ws2.iter_rows(min_row=5, max_row=ws2.max_row, min_col=2, max_col=8):
        for c in row:
            c.number_format = "# ##0"
    wb.properties.creator = "Ekonomienheten"
    wb.save(out)
    fix_zip(out)


PRESS = """PRESSMEDDELANDE
Surahammars kommun
2025-02-14

Simhallen i Surahammar stänger för renovering – öppnar igen hösten 2026

Simhallen i Surahammar stänger den 1 september 2025 för en omfattande renovering. Renoveringen beräknas kosta 38 miljoner kronor och planeras vara klar till hösten 2026.

Simhallen byggdes 1972 och har stora brister i ventilation, bassängteknik och tillgänglighet. Kommunfullmäktige beslutade i budgeten för 2025 att genomföra renoveringen. Investeringen fördelas med 22 miljoner kronor 2025 och 16 miljoner kronor 2026.

Kommunen har dessutom beviljats ett bidrag på 700 000 kronor från Allmänna arvsfonden för att göra omklädningsrummen tillgängliga för personer med funktionsnedsättning.

– Simhallen är viktig för hela kommunen, inte minst för skolornas simundervisning. Vi ser till att alla elever i årskurs 4 kan fortsätta simundervisningen i Hallstahammars simhall under renoveringen, säger Tomas Lindberg (S), kommunstyrelsens ordförande.

Under stängningen ordnar kommunen busstransporter till Hallstahammar för skolklasserna. Kostnaden för transporterna beräknas till 450 000 kronor per läsår.

För mer information:
Peter Åström, teknisk chef, 0220-390 50
Tomas Lindberg (S), kommunstyrelsens ordförande, 0220-390 10
"""


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    write_budget(os.path.join(outdir, "surahammar-budget-2025-plan-2026-2027.pdf"))
    write_delar(os.path.join(outdir, "surahammar-delarsrapport-augusti-2024.pdf"))
    write_html(os.path.join(outdir, "surahammar-ekonomi-i-korthet.html"))
    write_docx(os.path.join(outdir, "surahammar-kf-protokoll-2024-11-25.docx"))
    write_xlsx(os.path.join(outdir, "surahammar-verksamhetsstatistik.xlsx"))
    with open(os.path.join(outdir, "surahammar-pressmeddelande-simhallen.txt"), "w", encoding="utf-8") as f:
        f.write(PRESS)
