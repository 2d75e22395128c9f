"""Götene kommun: Budget och plan 2025-2027, Delårsrapport jan-aug 2024, HTML, DOCX, XLSX, TXT."""
import os
from common import Doc, fmt, r1, fix_zip, docx_props, xlsx_props

MUNI = "Götene kommun"
TAX_OLD, TAX = "21,79", "22,04"
POP = 13250
KSO = "Johan Sjöberg (M)"
OPP = "Maria Alm (S)"
EKC = "Henrik Dahl"

# Resultatbudget mnkr: Utfall 2023, Prognos 2024, Budget 2024, Budget 2025, Plan 2026, Plan 2027
intakter = [214.6, 227.8, 218.0, 226.5, 230.9, 235.4]
kostnader = [-1046.3, -1098.4, -1080.2, -1124.7, -1152.1, -1180.6]
avskr = [-41.2, -43.5, -44.0, -47.8, -52.3, -55.1]
netto = [r1(a + b + c) for a, b, c in zip(intakter, kostnader, avskr)]
skatt = [682.4, 708.9, 711.5, 748.2, 774.6, 801.3]
gsb = [206.8, 221.0, 220.4, 231.3, 235.0, 239.2]
vres = [r1(a + b + c) for a, b, c in zip(netto, skatt, gsb)]
finint = [5.8, 6.1, 5.0, 5.2, 5.2, 5.2]
finkost = [-13.9, -17.7, -18.7, -19.5, -21.4, -22.6]
res = [r1(a + b + c) for a, b, c in zip(vres, finint, finkost)]

# Driftbudget per nämnd (tkr): Budget 2024, Budget 2025, Plan 2026, Plan 2027
NAMNDER = [
    ("Kommunfullmäktige och revision", 3850, 3920, 4000, 4080),
    ("Kommunstyrelsen", 142300, 146850, 149700, 152600),
    ("Barn- och utbildningsnämnden", 412600, 428900, 439400, 450200),
    ("Socialnämnden", 352900, 371400, 384100, 396300),
    ("Samhällsbyggnadsnämnden", 48700, 49600, 50800, 51900),
    ("Kultur- och fritidsnämnden", 31200, 31650, 32300, 32900),
    ("Bygg- och miljönämnden", 9450, 9680, 9900, 10100),
]
sums = [sum(n[i] for n in NAMNDER) for i in (1, 2, 3, 4)]
fin = [r1(-netto[2] * 1000 - sums[0], 0), r1(-netto[3] * 1000 - sums[1], 0),
       r1(-netto[4] * 1000 - sums[2], 0), r1(-netto[5] * 1000 - sums[3], 0)]

# Investeringsbudget (mnkr) 2025, 2026, 2027
INV = [
    ("Ny F–6-skola i Källby", 45.0, 38.0, 0.0),
    ("Ombyggnad Hönsäters särskilda boende", 12.5, 0.0, 0.0),
    ("Sporthall Götene, tak och ventilation", 8.2, 0.0, 0.0),
    ("Gator, gång- och cykelvägar", 6.0, 6.0, 6.0),
    ("Exploatering bostadsområde Sörbo etapp 3", 9.0, 4.5, 2.0),
    ("Fastighetsunderhåll, reinvesteringar", 7.5, 7.5, 8.0),
    ("IT och digitalisering", 2.4, 2.4, 2.4),
    ("Inventarier och övrigt", 3.1, 2.6, 2.6),
]
inv_tot = [r1(sum(p[i] for p in INV)) for i in (1, 2, 3)]

# Delårsrapport jan-aug 2024: driftredovisning (mnkr) Budget 2024, Prognos 2024, Avvikelse
DEL = [
    ("Kommunfullmäktige och revision", 3.9, 3.7),
    ("Kommunstyrelsen", 142.3, 140.1),
    ("Barn- och utbildningsnämnden", 412.6, 413.9),
    ("Socialnämnden", 352.9, 367.2),
    ("Samhällsbyggnadsnämnden", 48.7, 47.5),
    ("Kultur- och fritidsnämnden", 31.2, 30.9),
    ("Bygg- och miljönämnden", 9.5, 9.2),
]


def budget_pdf(path):
    d = Doc("Budget och plan 2025–2027", MUNI)
    d.title_page("Budget och plan 2025–2027", "Götene kommun",
                 ["Beslutad av kommunfullmäktige 2024-11-25, § 112", "Dnr KS 2024/188"])
    d.add_page()
    d.h1("Förord")
    d.p("Götene växer. Vi har aldrig varit så många invånare som nu, och det ställer krav på nya skolor, "
        "fler bostäder och en äldreomsorg med god kvalitet. Samtidigt har kostnaderna ökat kraftigt de "
        "senaste åren och prognosen för 2024 visar ett betydligt lägre resultat än budgeterat.")
    d.p(f"För att klara välfärden föreslår vi att skattesatsen höjs med 25 öre, från {TAX_OLD} kronor till "
        f"{TAX} kronor. Det är inget lätt beslut, men alternativet vore stora neddragningar i skolan och "
        "omsorgen. Höjningen ger kommunen cirka 7,6 miljoner kronor mer per år.")
    d.p("Den största satsningen under perioden är den nya F–6-skolan i Källby, som beräknas kosta 83 "
        "miljoner kronor och stå klar till höstterminen 2027.")
    d.p(f"{KSO}\nkommunstyrelsens ordförande")
    d.add_page()
    d.h1("Planeringsförutsättningar")
    d.p("Budgeten utgår från en befolkning på 13 250 invånare och Sveriges Kommuner och Regioners "
        "skatteunderlagsprognos från oktober 2024. Befolkningen har ökat med 310 personer på fem år.")
    d.p("Nämnderna kompenseras för löneökningar med 3,2 procent 2025. Övriga kostnader räknas upp med "
        "1,8 procent. Samtliga nämnder har ett generellt effektiviseringskrav om 1 procent, motsvarande "
        "totalt 8,6 miljoner kronor.")
    d.p("Räntekostnaderna beräknas öka med 0,8 miljoner kronor 2025 jämfört med budget 2024, trots att "
        "räntorna har börjat sjunka, eftersom låneskulden växer när Källby skola byggs.")
    d.h1("Mål för god ekonomisk hushållning")
    d.bullets([
        "Resultatet ska uppgå till minst 2 procent av skatteintäkter och statsbidrag i genomsnitt under en rullande femårsperiod.",
        "Nettoinvesteringarna exklusive exploatering ska till 100 procent finansieras med egna medel över en tioårsperiod.",
        "Kommunens soliditet inklusive pensionsåtaganden ska vara positiv senast 2027.",
    ])
    d.p("Det budgeterade resultatet för 2025 motsvarar 2,0 procent av skatteintäkter och generella "
        "statsbidrag. Sett över den rullande femårsperioden 2023–2027 når kommunen ändå inte målet, "
        "eftersom resultatet för 2024 beräknas bli lågt.")
    d.add_page()
    d.h1("Omvärld och befolkning")
    d.p("Svensk ekonomi har varit i lågkonjunktur under 2023 och 2024 men väntas återhämta sig under 2025. "
        "Skatteunderlaget beräknas växa med 4,1 procent 2025, vilket är lägre än kostnadsökningarna i "
        "välfärden.")
    d.p("Andelen invånare som är 80 år eller äldre ökar, och antalet personer över 80 år beräknas öka med "
        "120 personer fram till 2027. Antalet barn i förskoleåldern är i stort sett oförändrat.")
    d.h1("Personal och kompetensförsörjning")
    d.p("Kommunen är med cirka 1 200 anställda ortens största arbetsgivare. Under planperioden beräknas "
        "pensionsavgångarna uppgå till 45 personer per år. Ett särskilt fokus läggs på att rekrytera "
        "legitimerade lärare och sjuksköterskor.")
    d.p("Heltid som norm gäller sedan 2023 inom socialförvaltningen. Sjukfrånvaron ska minska till högst "
        "6 procent 2027.")
    d.add_page()
    d.h1("Resultatbudget")
    rows = []
    def row(lbl, vals):
        rows.append([lbl] + [fmt(v, neg="-") for v in vals])
    row("Verksamhetens intäkter", intakter)
    row("Verksamhetens kostnader", kostnader)
    row("Avskrivningar", avskr)
    row("Verksamhetens nettokostnader", netto)
    row("Skatteintäkter", skatt)
    row("Generella statsbidrag och utjämning", gsb)
    row("Verksamhetens resultat", vres)
    row("Finansiella intäkter", finint)
    row("Finansiella kostnader", finkost)
    row("Årets resultat", res)
    d.table([["", "Utfall", "Prognos", "Budget", "Budget", "Plan", "Plan"],
             ["Mnkr", "2023", "2024", "2024", "2025", "2026", "2027"]],
            rows, [62, 18, 18, 18, 18, 18, 18], bold=(3, 6, 9))
    d.note("Prognos 2024 enligt delårsrapporten per den 31 augusti 2024.")
    d.p(f"Årets resultat för 2025 budgeteras till {fmt(res[3])} miljoner kronor. För planåren beräknas "
        f"resultatet till {fmt(res[4])} miljoner kronor 2026 och {fmt(res[5])} miljoner kronor 2027.")
    d.add_page()
    d.h1("Driftbudget")
    d.p("Tabellen visar nämndernas nettokostnadsramar. Förändringen mellan 2024 och 2025 innehåller "
        "kompensation för löner och priser, volymförändringar och effektiviseringskrav.")
    rows = []
    for n, a, b, c, e in NAMNDER:
        rows.append([n, fmt(a, 0), fmt(b, 0), fmt(c, 0), fmt(e, 0), fmt(100 * (b - a) / a)])
    rows.append(["Summa nämnder"] + [fmt(v, 0) for v in sums] + [fmt(100 * (sums[1] - sums[0]) / sums[0])])
    rows.append(["Finansiering och gemensamma poster 1)"] + [fmt(v, 0, neg="-") for v in fin] + [""])
    rows.append(["Verksamhetens nettokostnad"] + [fmt(-v * 1000, 0) for v in netto[2:]] + [""])
    d.table([["Nettokostnad", "Budget", "Budget", "Plan", "Plan", "Förändring"],
             ["", "2024", "2025", "2026", "2027", "2024–2025"],
             ["tkr", "", "", "", "", "%"]],
            rows, [60, 21, 21, 21, 21, 26], bold=(7, 9))
    d.note("1) Avser bland annat intern kapitalkostnad, personalomkostnadspålägg och pensioner som "
           "budgeteras centralt och fördelas till nämnderna under året.")
    d.note("Budget 2024 avser ursprunglig budget beslutad av kommunfullmäktige i november 2023.")
    d.h2("Kommentarer till nämndernas ramar")
    d.p("Socialnämnden får den största ökningen, 18,5 miljoner kronor, varav 6,0 miljoner kronor är en "
        "permanent förstärkning för att täcka de ökade kostnaderna för hemtjänst och placeringar som "
        "framkom i delårsrapporten.")
    d.p("Barn- och utbildningsnämnden får ett tillskott på 4,5 miljoner kronor för fler elever i "
        "grundskolan. Kommunstyrelsen får 2,0 miljoner kronor för en ny upphandlingsfunktion.")
    d.add_page()
    d.h1("Kassaflödesbudget")
    lop = [res[0] - avskr[0] + 2.4, res[3] - avskr[3] + 1.5, res[4] - avskr[4] + 1.5, res[5] - avskr[5] + 1.5]
    lop = [r1(x) for x in lop]
    inv = [-78.6, -inv_tot[0], -inv_tot[1], -inv_tot[2]]
    finv = [30.0, 40.0, 15.0, -10.0]
    tot = [r1(a + b + c) for a, b, c in zip(lop, inv, finv)]
    cols = [0, 3, 4, 5]
    rows = [["Årets resultat"] + [fmt(res[i], paren=True) for i in cols],
            ["Justering för av- och nedskrivningar"] + [fmt(-avskr[i], paren=True) for i in cols],
            ["Justering för övriga ej likviditetspåverkande poster", fmt(2.4), fmt(1.5), fmt(1.5), fmt(1.5)],
            ["Kassaflöde från den löpande verksamheten"] + [fmt(v, paren=True) for v in lop],
            ["Investering i materiella anläggningstillgångar"] + [fmt(v, paren=True) for v in inv],
            ["Kassaflöde från investeringsverksamheten"] + [fmt(v, paren=True) for v in inv],
            ["Nyupptagna lån / amortering"] + [fmt(v, paren=True) for v in finv],
            ["Kassaflöde från finansieringsverksamheten"] + [fmt(v, paren=True) for v in finv],
            ["Årets kassaflöde"] + [fmt(v, paren=True) for v in tot]]
    d.table([["Mnkr", "Utfall 2023", "Budget 2025", "Plan 2026", "Plan 2027"]], rows, [74, 24, 24, 24, 24],
            bold=(3, 5, 7, 8))
    d.note("Negativa belopp anges inom parentes.")
    d.add_page()
    d.h1("Balansbudget")
    anl = [1325.4, 1468.2, 1510.7, 1519.4]
    oms = [142.8, 138.0, 140.2, 149.9]
    tg = [r1(a + b) for a, b in zip(anl, oms)]
    ek = [512.6, 546.0, 565.2, 585.6]
    avs = [58.3, 61.2, 63.4, 65.9]
    ls = [520.0, 600.0, 615.0, 605.0]
    ks = [r1(t - e - a - l) for t, e, a, l in zip(tg, ek, avs, ls)]
    rows = [["Anläggningstillgångar"] + [fmt(v) for v in anl], ["Omsättningstillgångar"] + [fmt(v) for v in oms],
            ["Summa tillgångar"] + [fmt(v) for v in tg], ["Eget kapital"] + [fmt(v) for v in ek],
            ["Avsättningar"] + [fmt(v) for v in avs], ["Långfristiga skulder"] + [fmt(v) for v in ls],
            ["Kortfristiga skulder"] + [fmt(v) for v in ks], ["Summa eget kapital och skulder"] + [fmt(v) for v in tg],
            ["Soliditet, %"] + [fmt(100 * e / t) for e, t in zip(ek, tg)]]
    d.table([["Mnkr", "Utfall 2023", "Budget 2025", "Plan 2026", "Plan 2027"]], rows, [74, 24, 24, 24, 24],
            bold=(2, 7))
    # landscape investment page
    d.add_page(orientation="L")
    d.h1("Investeringsbudget 2025–2027")
    rows = []
    for p in INV:
        rows.append([p[0]] + [fmt(v) for v in p[1:]] + [fmt(r1(sum(p[1:])))])
    rows.append(["Summa investeringar"] + [fmt(v) for v in inv_tot] + [fmt(r1(sum(inv_tot)))])
    d.table([["Projekt", "Budget 2025", "Plan 2026", "Plan 2027", "Summa 2025–2027"], ["", "mnkr", "mnkr", "mnkr", "mnkr"]],
            rows, [120, 32, 32, 32, 40], bold=(len(rows) - 1,))
    d.note("Exploateringsinvestering i Sörbo etapp 3 beräknas återfås genom tomtförsäljning under 2026–2028.")
    d.p(f"Investeringsbudgeten för 2025 uppgår till {fmt(inv_tot[0])} miljoner kronor, vilket är den "
        "högsta nivån i kommunens historia. Självfinansieringsgraden beräknas till 55 procent.")
    d.add_page(orientation="P")
    d.h1("Nämndernas uppdrag och prioriteringar")
    for h, t in [
        ("Kommunstyrelsen", "Kommunstyrelsen ska under 2025 ta fram en ny näringslivsstrategi och genomföra en "
         "organisationsöversyn av förvaltningen. Målet är att Götene ska placera sig bland de 50 bästa "
         "kommunerna i Svenskt Näringslivs företagsranking."),
        ("Barn- och utbildningsnämnden", "Antalet elever i grundskolan beräknas till 1 540 läsåret 2025/26. "
         "Nämnden ska planera för flytt av verksamheten till den nya skolan i Källby 2027."),
        ("Socialnämnden", "Socialnämnden ska minska kostnaderna för externa placeringar genom att bygga ut "
         "öppenvården. Antalet platser i särskilt boende utökas med 10 när Hönsäter byggts om."),
        ("Samhällsbyggnadsnämnden", "Nämnden ska tillsammans med Götene Bostäder AB möjliggöra 60 nya "
         "bostäder under planperioden, varav 25 i Sörbo."),
        ("Kultur- och fritidsnämnden", "Biblioteket i Götene ska utöka de meröppna tiderna. "
         "Föreningsbidragen räknas upp med 2 procent."),
        ("Bygg- och miljönämnden", "Handläggningstiden för bygglov ska i genomsnitt vara högst fyra veckor."),
    ]:
        d.h2(h)
        d.p(t)
    d.add_page()
    d.h1("Skattesats och avgifter")
    d.p(f"Den kommunala skattesatsen för 2025 fastställs till {TAX} kronor. Tillsammans med regionskatten i "
        "Västra Götalandsregionen, 11,48 kronor, blir den totala skattesatsen 33,52 kronor, exklusive kyrkoavgift.")
    d.p("VA-taxan höjs med 6 procent och renhållningstaxan med 4 procent från den 1 januari 2025.")
    d.output(path)


def delar_pdf(path):
    d = Doc("Delårsrapport januari–augusti 2024", MUNI)
    d.title_page("Delårsrapport", "januari–augusti 2024", ["Götene kommun", "Behandlad av kommunfullmäktige 2024-10-28, § 96"])
    d.add_page()
    d.h1("Sammanfattning")
    d.p("Periodens resultat uppgår till 8,6 miljoner kronor. Prognosen för helåret är ett resultat på "
        f"{fmt(res[1])} miljoner kronor, vilket är {fmt(r1(res[2] - res[1]))} miljoner kronor lägre än "
        f"det budgeterade resultatet på {fmt(res[2])} miljoner kronor.")
    d.p("Socialnämnden prognostiserar en negativ avvikelse mot budget på -14,3 miljoner kronor. "
        "Underskottet beror främst på fler externa placeringar av barn och unga samt ökade timmar i hemtjänsten.")
    d.p("Antalet invånare var 13 214 den 30 juni 2024, en ökning med 37 personer sedan årsskiftet.")
    d.h1("Driftredovisning per nämnd")
    rows = []
    for n, b, p in DEL:
        rows.append([n, fmt(b, neg="-"), fmt(p, neg="-"), fmt(r1(b - p), neg="-")])
    sb, sp = r1(sum(x[1] for x in DEL)), r1(sum(x[2] for x in DEL))
    rows.append(["Summa nämnder", fmt(sb), fmt(sp), fmt(r1(sb - sp), neg="-")])
    d.table([["Mnkr", "Budget", "Prognos", "Avvikelse"], ["", "2024", "helår 2024", ""]], rows, [80, 26, 26, 26],
            bold=(len(rows) - 1,))
    d.note("Negativ avvikelse innebär att nettokostnaden beräknas bli högre än budget.")
    d.p("Barn- och utbildningsnämnden prognostiserar ett underskott på 1,3 miljoner kronor, främst inom "
        "gymnasieskolan där fler elever valt program i andra kommuner.")
    d.add_page()
    d.h1("Resultaträkning")
    rows = [["Verksamhetens intäkter", "142,1", "147,9", fmt(intakter[1]), fmt(intakter[2])],
            ["Verksamhetens kostnader", "-690,4", "-722,6", fmt(kostnader[1], neg="-"), fmt(kostnader[2], neg="-")],
            ["Avskrivningar", "-27,3", "-28,9", fmt(avskr[1], neg="-"), fmt(avskr[2], neg="-")],
            ["Verksamhetens nettokostnader", "-575,6", "-603,6", fmt(netto[1], neg="-"), fmt(netto[2], neg="-")],
            ["Skatteintäkter", "453,5", "472,6", fmt(skatt[1]), fmt(skatt[2])],
            ["Generella statsbidrag och utjämning", "137,9", "147,3", fmt(gsb[1]), fmt(gsb[2])],
            ["Verksamhetens resultat", "15,8", "16,3", fmt(vres[1]), fmt(vres[2])],
            ["Finansiella intäkter", "4,0", "4,2", fmt(finint[1]), fmt(finint[2])],
            ["Finansiella kostnader", "-9,1", "-11,9", fmt(finkost[1], neg="-"), fmt(finkost[2], neg="-")],
            ["Periodens/årets resultat", "10,7", "8,6", fmt(res[1]), fmt(res[2])]]
    d.table([["Mnkr", "Utfall", "Utfall", "Prognos", "Budget"], ["", "jan–aug 2023", "jan–aug 2024", "2024", "2024"]],
            rows, [72, 25, 25, 22, 22], bold=(3, 6, 9))
    d.h1("Investeringar")
    d.p("Till och med augusti har 31,4 miljoner kronor investerats av årets investeringsbudget på 96,5 "
        "miljoner kronor. Prognosen för helåret är 71,0 miljoner kronor. Förseningen beror främst på att "
        "upphandlingen av Källby skola har överprövats.")
    d.h1("Personal")
    d.p("Sjukfrånvaron för perioden var 6,8 procent, jämfört med 7,3 procent för samma period 2023. "
        "Antalet tillsvidareanställda var 1 184 den 31 augusti.")
    d.output(path)


def html(path):
    rows = "\n".join(f"            <tr><td>{n}</td><td>{fmt(b / 1000)}</td><td>{fmt((b - a) / 1000)}</td></tr>"
                     for n, a, b, c, e in NAMNDER)
    s = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Fullmäktige har beslutat om budget 2025 - Götene kommun</title>
</head>
<body>
<div class="cookie-consent" role="dialog">
  <h2>Götene kommun använder kakor</h2>
  <p>Nödvändiga kakor behövs för att webbplatsen ska fungera. Analyskakor hjälper oss att förbättra webbplatsen.</p>
  <button>Acceptera alla kakor</button><button>Inställningar</button>
</div>
<header>
  <div class="logo"><a href="/">Götene kommun</a></div>
  <ul class="menu">
    <li><a href="/barn-och-utbildning">Barn och utbildning</a></li>
    <li><a href="/omsorg-och-hjalp">Omsorg och hjälp</a></li>
    <li><a href="/bo-och-bygga">Bo och bygga</a></li>
    <li><a href="/kommun-och-politik">Kommun och politik</a></li>
    <li><a href="/nyheter">Nyheter</a></li>
  </ul>
</header>
<main id="content">
  <div class="news">
    <p class="date">Publicerad 26 november 2024</p>
    <h1>Fullmäktige har beslutat om budget 2025 – skatten höjs med 25 öre</h1>
    <p class="lead">Kommunfullmäktige i Götene beslutade den 25 november om budget för 2025 och plan för 2026–2027. Skattesatsen höjs till {TAX} kronor.</p>
    <p>Budgeten innebär ett resultat på {fmt(res[3])} miljoner kronor för 2025. Nämnderna får totalt {fmt(sums[1] / 1000)} miljoner kronor i ramar, vilket är {fmt((sums[1] - sums[0]) / 1000)} miljoner kronor mer än 2024.</p>
    <p>Beslutet fattades efter votering med 19 röster mot 12. Socialdemokraterna och Vänsterpartiet röstade för ett eget förslag med en skattehöjning på 40 öre.</p>
    <h2>Nämndernas ramar 2025</h2>
    <table>
      <thead>
        <tr><th>Nämnd</th><th>Ram 2025 (mnkr)</th><th>Förändring mot 2024 (mnkr)</th></tr>
      </thead>
      <tbody>
{rows}
      </tbody>
    </table>
    <p>Hela budgetdokumentet finns under <a href="/kommun-och-politik/ekonomi">Ekonomi och budget</a>.</p>
    <p class="updated">Senast uppdaterad: 2 december 2024</p>
  </div>
  <aside>
    <h2>Relaterat</h2>
    <ul><li><a href="/nyheter/delarsrapport-2024">Delårsrapporten visar underskott</a></li><li><a href="/ekonomi">Så används din skatt</a></li></ul>
  </aside>
</main>
<footer>
  <p>Götene kommun, 533 80 Götene. Besöksadress Lundsbrunnsvägen 4. Telefon 0511-38 60 00.</p>
  <p><a href="/om-webbplatsen">Om webbplatsen</a> · <a href="/kakor">Kakor</a> · <a href="/tillganglighet">Tillgänglighet</a></p>
</footer>
</body>
</html>
"""
    open(path, "w", encoding="utf-8").write(s)


def docx(path):
    from docx import Document
    doc = Document()
    docx_props(doc, "Protokoll kommunfullmäktige 2024-11-25", "Kansliavdelningen")
    doc.add_heading("Sammanträdesprotokoll", level=0)
    doc.add_paragraph("Kommunfullmäktige, Götene kommun")
    doc.add_paragraph("Datum: 2024-11-25, kl. 18.00–21.40. Plats: Kommunhuset, Fullmäktigesalen")
    doc.add_paragraph("Ordförande: Lars-Göran Eklund (C). Sekreterare: Annika Berg. Justerare: Per Thorén (KD) och Linda Svensson (S)")
    doc.add_paragraph("Närvarande: 31 av 35 ledamöter, se bilaga 1.")
    doc.add_heading("§ 111 Delårsrapport januari–augusti 2024 – information", level=1)
    doc.add_paragraph(f"Ekonomichef {EKC} informerar om att helårsprognosen kvarstår på {fmt(res[1])} miljoner kronor.")
    doc.add_heading("§ 112 Budget 2025 och plan 2026–2027", level=1)
    doc.add_paragraph("Dnr KS 2024/188")
    doc.add_paragraph("Kommunstyrelsen har 2024-11-04, § 201, föreslagit kommunfullmäktige att anta budget 2025 och "
                      f"plan 2026–2027 med ett resultat för 2025 på {fmt(res[3])} miljoner kronor.")
    doc.add_paragraph(f"Yrkanden: {KSO} yrkar bifall till kommunstyrelsens förslag. {OPP} yrkar bifall till "
                      "Socialdemokraternas och Vänsterpartiets gemensamma budgetförslag med en skattesats om 22,19 kronor.")
    doc.add_paragraph("Votering begärs och verkställs. Den som bifaller kommunstyrelsens förslag röstar ja, den som "
                      "bifaller Socialdemokraternas och Vänsterpartiets förslag röstar nej.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Parti", "Ja", "Nej", "Frånvarande"]):
        t.rows[0].cells[i].text = h
    for r in [("Moderaterna", "7", "0", "1"), ("Centerpartiet", "5", "0", "0"), ("Kristdemokraterna", "3", "0", "0"),
              ("Sverigedemokraterna", "4", "0", "1"), ("Socialdemokraterna", "0", "10", "1"),
              ("Vänsterpartiet", "0", "2", "0"), ("Liberalerna", "0", "0", "1"), ("Summa", "19", "12", "4")]:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    doc.add_paragraph("Omröstningsresultat: Med 19 ja-röster mot 12 nej-röster bifaller kommunfullmäktige "
                      "kommunstyrelsens förslag.")
    doc.add_paragraph(f"Beslut: Kommunfullmäktige beslutar att anta budget 2025 och plan 2026–2027, att fastställa "
                      f"skattesatsen för 2025 till {TAX} kronor, samt att nämndernas ramar fastställs enligt tabell nedan.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Nämnd", "Ram 2025, tkr", "Varav effektiviseringskrav, tkr"]):
        t.rows[0].cells[i].text = h
    eff = {"Kommunfullmäktige och revision": 40, "Kommunstyrelsen": 1460, "Barn- och utbildningsnämnden": 3620,
           "Socialnämnden": 3050, "Samhällsbyggnadsnämnden": 200, "Kultur- och fritidsnämnden": 150,
           "Bygg- och miljönämnden": 80}
    assert sum(eff.values()) == 8600
    for n, a, b, c2, e in NAMNDER:
        c = t.add_row().cells
        c[0].text = n; c[1].text = fmt(b, 0); c[2].text = fmt(eff[n], 0)
    c = t.add_row().cells
    c[0].text = "Summa"; c[1].text = fmt(sums[1], 0); c[2].text = fmt(8600, 0)
    doc.add_paragraph("Reservation: Socialdemokraternas och Vänsterpartiets ledamöter reserverar sig mot beslutet "
                      "till förmån för eget förslag.")
    doc.add_paragraph("Protokollsanteckning: Liberalerna, genom Erik Wahl (L), anmäler att partiet inte deltar i "
                      "beslutet eftersom partiet inte lagt ett eget budgetförslag.")
    doc.add_heading("§ 113 Låneram 2025", level=1)
    doc.add_paragraph("Beslut: Kommunfullmäktige beslutar att kommunstyrelsen under 2025 får nyupplåna högst "
                      "40 miljoner kronor samt omsätta lån som förfaller till betalning.")
    doc.add_heading("§ 114 Motion om gratis simskola för alla barn", level=1)
    doc.add_paragraph("Beslut: Motionen anses besvarad. Kostnaden för gratis simskola har beräknats till "
                      "350 000 kronor per år.")
    doc.save(path)
    fix_zip(path)


def xlsx(path):
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    xlsx_props(wb, "Driftbudget 2025 per verksamhet", "Ekonomiavdelningen Götene")
    ws = wb.active
    ws.title = "Budget 2025"
    ws.append(["Götene kommun – driftbudget 2025 per verksamhet"])
    ws.append(["Belopp i tkr"])
    ws.append(["Nämnd/verksamhet", "Intäkter", "Kostnader", "Nettokostnad"])
    data = [
        ("Barn- och utbildningsnämnden", None),
        ("Förskola", (-14200, 118800)),
        ("Fritidshem", (-6100, 27400)),
        ("Grundskola inkl. förskoleklass", (-18900, 201300)),
        ("Gymnasieskola", (-4300, 74800)),
        ("Vuxenutbildning", (-9800, 21900)),
        ("Nämnd och administration", (-300, 38300)),
        ("Socialnämnden", None),
        ("Äldreomsorg", (-42600, 238900)),
        ("Stöd till personer med funktionsnedsättning", (-21800, 104200)),
        ("Individ- och familjeomsorg", (-6900, 66800)),
        ("Nämnd och administration", (-200, 33000)),
    ]
    bun = 0; soc = 0; cur = None
    for name, v in data:
        if v is None:
            if cur == "Barn- och utbildningsnämnden":
                ws.append(["Summa barn- och utbildningsnämnden", None, None, bun])
            cur = name
            ws.append([name])
            continue
        net = v[0] + v[1]
        if cur.startswith("Barn"):
            bun += net
        else:
            soc += net
        ws.append([name, v[0], v[1], net])
    ws.append(["Summa socialnämnden", None, None, soc])
    assert bun == 428900, bun
    assert soc == 371400, soc
    ws.append([])
    ws.append(["Intäkter anges med negativt tecken."])
    ws["A1"].font = Font(bold=True, size=13)
    ws2 = wb.create_sheet("Årsarbetare")
    ws2.append(["Antal årsarbetare per förvaltning"])
    ws2.append(["Årsarbetare, tillsvidareanställda, per 31 december"])
    ws2.append(["År", "Kommunledningsförvaltningen", "Barn- och utbildningsförvaltningen", "Socialförvaltningen",
                "Samhällsbyggnadsförvaltningen", "Totalt"])
    for r in [(2021, 118, 452, 478, 61), (2022, 121, 459, 485, 63), (2023, 124, 463, 497, 64)]:
        ws2.append(list(r) + [sum(r[1:])])
    ws2["A1"].font = Font(bold=True, size=13)
    wb.save(path)
    fix_zip(path)


def txt(path):
    s = f"""PRESSMEDDELANDE
Götene kommun, 2024-10-29

Götene föreslår skattehöjning – underskott i socialtjänsten

Kommunstyrelsens ordförande {KSO} föreslår att kommunalskatten i Götene höjs med 25 öre till {TAX} kronor från 2025. Bakgrunden är att delårsrapporten visar att resultatet för 2024 blir {fmt(res[1])} miljoner kronor, långt under budgeten på {fmt(res[2])} miljoner kronor.

"Vi har ett stort underskott inom socialnämnden och samtidigt står vi inför stora investeringar i skolan. Utan en skattehöjning skulle vi behöva dra ned på kärnverksamheten", säger {KSO.split(' (')[0]}.

En skattehöjning med 25 öre ger cirka 7,6 miljoner kronor per år. För en person med en månadslön på 35 000 kronor innebär höjningen omkring 80 kronor mer i skatt per månad.

Oppositionsrådet {OPP} vill i stället höja skatten med 40 öre och använda pengarna till fler anställda i hemtjänsten.

Budgeten för 2025 behandlas av kommunstyrelsen den 4 november och av kommunfullmäktige den 25 november.

Kontakt:
{KSO.split(' (')[0]}, kommunstyrelsens ordförande, 0511-38 60 10
{EKC}, ekonomichef, 0511-38 60 45
"""
    open(path, "w", encoding="utf-8").write(s)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    budget_pdf(os.path.join(outdir, "budget-och-plan-2025-2027.pdf"))
    delar_pdf(os.path.join(outdir, "delarsrapport-jan-aug-2024.pdf"))
    html(os.path.join(outdir, "nyhet-budget-2025.html"))
    docx(os.path.join(outdir, "kf-protokoll-2024-11-25.docx"))
    xlsx(os.path.join(outdir, "driftbudget-2025-per-verksamhet.xlsx"))
    txt(os.path.join(outdir, "pressmeddelande-skattehojning.txt"))
