import os, docx, openpyxl
from docx.shared import Pt
from openpyxl.styles import Font
from common import *
from data import MK, r1
OUT = "/work/main/evals/corpora/dev-muni40/munkfors"

def budget():
    rb, bb = MK["rb"], MK["bb"]
    d = Doc("Munkfors kommun – Mål och budget 2025 med plan 2026–2027")
    d.add_page()
    d.set_font("dv", "B", 24); d.ln(40); d.multi_cell(0, 12, "Mål och budget 2025\nmed plan 2026–2027", align="C")
    d.set_font("dv", "", 13); d.ln(10); d.multi_cell(0, 8, "Munkfors kommun\nAntagen av kommunfullmäktige 2024-11-18, § 87", align="C")
    d.add_page(); d.h1("Innehåll")
    for t in ["Ordförandens förord", "Omvärld och förutsättningar", "Vision och mål", "Ekonomiska förutsättningar",
              "Nämndernas uppdrag", "Investeringar", "Resultatbudget", "Balansbudget", "Driftbudget per nämnd",
              "Investeringsbudget", "Noter"]:
        d.p(t)
    d.add_page(); d.h1("Ordförandens förord")
    d.p("Munkfors är en liten kommun med stora ambitioner. Vi har en stark tradition av bruksanda, engagemang och "
        "gemenskap, och det är med den andan vi tar oss an de kommande åren. Budgeten för 2025 präglas av "
        "fortsatt höga kostnader för pensioner, ökade räntekostnader och en befolkning som blir äldre.")
    d.p(f"Skattesatsen lämnas oförändrad på {fmt(MK['tax'],2)} kronor per skattekrona. Vi budgeterar ett resultat på "
        f"{fmt(rb['Årets resultat'][2])} miljoner kronor för 2025, vilket motsvarar {fmt(rb['Resultat i % av skatter och bidrag'][2])} procent av "
        "skatteintäkter och generella statsbidrag. Det är något under vårt långsiktiga mål på 2 procent, men vi "
        "bedömer att nivån är rimlig med hänsyn till de investeringar som nu görs.")
    d.p("Den största satsningen under planperioden är den nya förskolan i Ransäter, som ersätter två äldre "
        "förskolor med bristfällig ventilation. Vi genomför också en ombyggnad av Solbackens äldreboende och "
        "investerar i ett nytt reningssteg vid Munkfors vattenverk.")
    d.p("För att klara ekonomin har nämnderna fått ett gemensamt effektiviseringsuppdrag på 4,7 miljoner kronor. "
        "Samtidigt avsätter vi 650 000 kronor till feriearbeten och sommarlovsaktiviteter för unga, eftersom vi "
        "vet hur viktigt det är att våra ungdomar får en första kontakt med arbetslivet.")
    d.p(f"{MK['chair'].replace(' (S)','')}\nKommunstyrelsens ordförande (S)")
    d.add_page(); d.h1("Omvärld och förutsättningar")
    d.p("Svensk ekonomi har under 2023 och 2024 präglats av hög inflation och stigande räntor. Sveriges Kommuner "
        "och Regioner (SKR) bedömer i sin prognos från oktober 2024 att skatteunderlaget växer med 4,1 procent "
        "2025. Den demografiska utvecklingen innebär att andelen invånare över 80 år ökar snabbare än i riket.")
    d.p("Befolkningen i Munkfors uppgick till 3 641 invånare den 31 december 2023, en minskning med 27 personer "
        "jämfört med året innan. Budgeten bygger på ett antagande om 3 610 invånare den 1 november 2024. "
        "Varje invånare färre innebär ungefär 90 000 kronor lägre intäkter från skatter och utjämning.")
    d.p("Arbetsmarknaden i kommunen är fortsatt beroende av ett fåtal stora arbetsgivare. Arbetslösheten "
        "uppgick i september 2024 till 8,6 procent av den registerbaserade arbetskraften.")
    d.h2("Pensioner och räntor")
    d.p("Pensionskostnaderna ökar kraftigt 2025 till följd av det nya pensionsavtalet och höga "
        "prisbasbelopp. Kommunens låneskuld beräknas uppgå till 147,1 miljoner kronor vid utgången av 2025 "
        "(se balansbudgeten). En räntehöjning med en procentenhet skulle öka räntekostnaderna med cirka "
        "1,4 miljoner kronor per år.")
    d.add_page(); d.h1("Vision och mål")
    d.p("Vision 2030: Munkfors – en trygg och levande bruksort där alla kan växa.")
    d.p("Kommunfullmäktige har beslutat om fyra inriktningsmål för mandatperioden 2023–2026:")
    for i, t in enumerate(["Alla barn och elever ska ges förutsättningar att nå kunskapskraven.",
                           "Invånarna ska känna sig trygga i hela kommunen.",
                           "Munkfors ska vara en attraktiv arbetsgivare med hållbar arbetsmiljö.",
                           "Kommunens ekonomi ska vara långsiktigt hållbar."], 1):
        d.p(f"Mål {i}. {t}")
    d.h2("Finansiella mål")
    d.p("Årets resultat ska uppgå till minst 2 procent av skatteintäkter och generella statsbidrag i "
        "genomsnitt över en rullande femårsperiod. Skattefinansierade investeringar ska självfinansieras till "
        "minst 70 procent. Soliditeten ska inte understiga 35 procent.")
    d.add_page(); d.h1("Ekonomiska förutsättningar")
    d.p(f"Skatteintäkterna beräknas till {fmt(rb['Skatteintäkter'][2])} mnkr och de generella statsbidragen och "
        f"utjämningen till {fmt(rb['Generella statsbidrag och utjämning'][2])} mnkr 2025. Nettokostnaderna ökar till "
        f"{fmt(-rb['Verksamhetens nettokostnader'][2])} mnkr.")
    d.h2("Effektiviseringar")
    d.p("Effektiviseringsuppdraget på 4,7 miljoner kronor fördelas i proportion till nämndernas ramar. "
        "Vård- och omsorgsnämnden ska bland annat se över nattbemanningen och minska användningen av "
        "bemanningssjuksköterskor, vilket beräknas ge 1,9 miljoner kronor. Barn- och utbildningsnämnden "
        "samordnar skolskjutsar och lokaler. Kommunstyrelsen minskar kostnaderna för konsulter med 400 000 kronor.")
    d.h2("Satsningar")
    d.p("Utöver feriearbetena får Socialnämnden ett tillskott på 1,2 miljoner kronor för förebyggande arbete "
        "med barn och unga. Kultur- och fritidsnämnden får 150 000 kronor för ökade öppettider på biblioteket.")
    d.add_page(); d.h1("Nämndernas uppdrag")
    txt = {
     "Kommunstyrelsen": "Kommunstyrelsen leder och samordnar kommunens verksamhet och ansvarar för gator, "
        "fastigheter, näringslivsfrågor och räddningstjänst via Räddningstjänsten Karlstadsregionen.",
     "Barn- och utbildningsnämnden": "Nämnden ansvarar för förskola, grundskola, fritidshem, gymnasieskola och "
        "vuxenutbildning. Kyrkhedens skola och Munkfors förskolor har tillsammans cirka 520 barn och elever.",
     "Vård- och omsorgsnämnden": "Nämnden ansvarar för äldreomsorg, hemsjukvård och stöd till personer med "
        "funktionsnedsättning. Solbackens äldreboende har 42 platser.",
     "Socialnämnden": "Nämnden ansvarar för individ- och familjeomsorg, försörjningsstöd och missbruksvård.",
     "Miljö- och byggnämnden": "Nämnden handlägger bygglov, tillsyn enligt miljöbalken och livsmedelskontroll.",
     "Kultur- och fritidsnämnden": "Nämnden ansvarar för bibliotek, kulturskola, fritidsgård och föreningsbidrag."}
    for k, v in txt.items():
        d.h2(k); d.p(v)
    d.add_page(); d.h1("Investeringar")
    d.p(f"Investeringsbudgeten för 2025 omfattar {fmt(MK['inv_tot'][0])} mnkr, varav den nya förskolan i Ransäter "
        "är det största projektet. Förskolan beräknas kosta totalt 24,5 miljoner kronor och ska stå klar hösten 2026.")
    d.p("Ombyggnaden av Solbackens äldreboende genomförs i etapper 2025–2027 för att verksamheten ska kunna "
        "pågå under byggtiden. VA-investeringarna finansieras helt via VA-taxan.")
    # Resultatbudget
    d.add_page(); d.h1("Resultatbudget")
    w = [62, 10, 19, 19, 19, 19, 19]
    rows = []
    for k in MK["rb_order"]:
        rows.append([k, MK["rb_not"].get(k, "")] + [fmt(v) for v in rb[k]])
    d.table([["", "Not"] + [y.split()[0] for y in MK["years"]], ["", ""] + [y.split()[1] for y in MK["years"]]],
            rows, w, bold_rows=("Verksamhetens nettokostnader", "Verksamhetens resultat", "Årets resultat"),
            caption="Belopp i mnkr")
    d.small("Skatteintäkterna bygger på SKR:s skatteunderlagsprognos från oktober 2024 (cirkulär 24:43).")
    d.h1("Balansbudget")
    order = [("TILLGÅNGAR", None), ("Anläggningstillgångar", 1), ("Omsättningstillgångar", 1), ("Summa tillgångar", 1),
             ("EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER", None), ("Eget kapital", 1), ("Avsättningar", 1),
             ("Långfristiga skulder", 1), ("Kortfristiga skulder", 1), ("Summa eget kapital och skulder", 1),
             ("Soliditet, %", 1)]
    rows = [[k, ""] + ([fmt(v) for v in bb[k]] if f else [""] * 5) for k, f in order]
    w2 = [76, 1, 18, 18, 18, 18, 18]
    d.table([["", ""] + [y.split()[0] for y in MK["years"]], ["", ""] + [y.split()[1] for y in MK["years"]]],
            rows, w2, bold_rows=("Summa tillgångar", "Summa eget kapital och skulder"), caption="Belopp i mnkr")
    # Driftbudget landscape
    d.add_page(orientation="L"); d.h1("Driftbudget per nämnd")
    rows = []
    for n, a, b in MK["drift"]:
        rows.append([n, fmt(a, 0), fmt(b, 0), fmt(b - a, 0), fmt(100 * (b - a) / a)])
    s = MK["drift_sum"]; f = MK["finansf"]; t = MK["drift_tot"]
    rows.append(["Summa nämnder", fmt(s[0], 0), fmt(s[1], 0), fmt(s[1] - s[0], 0), fmt(100 * (s[1] - s[0]) / s[0])])
    rows.append(["Finansförvaltning¹", fmt(f[0], 0), fmt(f[1], 0), fmt(f[1] - f[0], 0), fmt(100 * (f[1] - f[0]) / f[0])])
    rows.append(["Totalt verksamhetens nettokostnader", fmt(t[0], 0), fmt(t[1], 0), fmt(t[1] - t[0], 0), fmt(100 * (t[1] - t[0]) / t[0])])
    d.table([["Nämnd", "Budget 2024", "Budget 2025", "Förändring", "Förändring %"]], rows, [100, 35, 35, 35, 35],
            bold_rows=("Summa nämnder", "Totalt verksamhetens nettokostnader"), caption="Nettokostnad, belopp i tkr")
    d.small("¹ Finansförvaltningen omfattar pensioner, avskrivningar som inte fördelas till nämnderna, samt "
            "central reserv för löneökningar.")
    d.p("Budget 2025 för nämnderna inkluderar kompensation för löneökningar med 3,4 procent och för "
        "prisökningar med 2,0 procent, minskat med effektiviseringsuppdraget.")
    # Investeringsbudget with page break and repeated header
    d.add_page(orientation="P"); d.h1("Investeringsbudget")
    d.p("Investeringsbudgeten redovisas per nämnd och projekt. Beloppen avser nettoutgifter. "
        "Fleråriga projekt redovisas med den del som beräknas utföras respektive år.")
    d.ln(60)
    hdr = [["Projekt", "Budget", "Plan", "Plan", "Totalt"], ["", "2025", "2026", "2027", "2025–2027"]]
    w3 = [78, 22, 22, 22, 26]
    def invrows(items):
        out = []
        for n, v in items:
            if v is None: out.append([n, "", "", "", ""])
            else: out.append([n] + [fmt(x) for x in v] + [fmt(r1(sum(v)))])
        return out
    d.table(hdr, invrows(MK["inv"][:7]), w3, caption="Belopp i mnkr")
    d.add_page()
    d.set_font("dv", "I", 9); d.cell(0, 5, "Investeringsbudget (forts.)"); d.ln(6)
    tt = MK["inv_tot"]
    rows = invrows(MK["inv"][7:]) + [["Summa investeringar"] + [fmt(x) for x in tt] + [fmt(r1(sum(tt)))]]
    d.table(hdr, rows, w3, bold_rows=("Summa investeringar",), caption="Belopp i mnkr")
    d.add_page(); d.h1("Noter")
    notes = ["Not 1. Verksamhetens intäkter består av taxor, avgifter, hyror och riktade statsbidrag.",
             "Not 2. Verksamhetens kostnader inkluderar personalkostnader på 231,4 mnkr 2025.",
             "Not 3. Avskrivningar beräknas enligt komponentavskrivning.",
             f"Not 4. Skatteintäkterna är beräknade med en skattesats på {fmt(MK['tax'],2)} kronor och 3 610 invånare.",
             "Not 5. Inklusive kostnadsutjämning, LSS-utjämning och fastighetsavgift.",
             "Not 6. Räntekostnaderna är beräknade med en genomsnittlig ränta på 3,1 procent."]
    for n in notes: d.p(n)
    d.output(os.path.join(OUT, "mal-och-budget-2025-munkfors.pdf"))

def arsred():
    d = Doc("Munkfors kommun – Årsredovisning 2023")
    d.add_page(); d.set_font("dv", "B", 24); d.ln(40)
    d.multi_cell(0, 12, "Årsredovisning 2023", align="C"); d.set_font("dv", "", 13); d.ln(8)
    d.multi_cell(0, 8, "Munkfors kommun", align="C")
    d.add_page(); d.h1("Förvaltningsberättelse")
    five = MK["five"]
    d.p(f"Munkfors kommun redovisar ett resultat på {fmt(MK['rb']['Årets resultat'][0])} mnkr för 2023, att jämföra med "
        f"{fmt(five['Årets resultat, mnkr'][3])} mnkr året innan. Budgeten för 2023 var 4,0 mnkr. Det bättre resultatet förklaras "
        "främst av högre skatteintäkter än budgeterat, medan nämnderna sammantaget redovisar ett underskott.")
    d.p("Nettoinvesteringarna uppgick till 18,4 mnkr, vilket är 6,2 mnkr lägre än budget. Flera projekt har "
        "försenats, bland annat upphandlingen av den nya förskolan i Ransäter.")
    d.p(f"Soliditeten uppgick vid årets slut till {fmt(MK['bb']['Soliditet, %'][0])} procent. Kommunen hade 412 "
        "tillsvidareanställda medarbetare den 31 december 2023 och den totala sjukfrånvaron var 7,9 procent.")
    d.p("Vård- och omsorgsnämnden redovisar det största underskottet, främst på grund av ökade kostnader för "
        "bemanningssjuksköterskor. Socialnämndens underskott beror på fler placeringar av barn och unga.")
    d.h2("Fem år i sammandrag")
    rows = []
    for k in ["Invånare 31 december", "Skattesats, kr", "Årets resultat, mnkr", "Soliditet, %", "Nettoinvesteringar, mnkr"]:
        v = five[k]
        dec = 0 if k.startswith("Invånare") else (2 if k.startswith("Skatt") else 1)
        rows.append([k] + [fmt(x, dec) for x in v])
    d.table([["", "2019", "2020", "2021", "2022", "2023"]], rows, [60, 22, 22, 22, 22, 22])
    d.add_page(); d.h1("Resultaträkning")
    rb = MK["rb"]; r22 = dict(MK["ar_rr22"])
    r22["Verksamhetens nettokostnader"] = r1(r22["Verksamhetens intäkter"] + r22["Verksamhetens kostnader"] + r22["Avskrivningar"])
    r22["Verksamhetens resultat"] = r1(r22["Verksamhetens nettokostnader"] + r22["Skatteintäkter"] + r22["Generella statsbidrag och utjämning"])
    r22["Årets resultat"] = r1(r22["Verksamhetens resultat"] + r22["Finansiella intäkter"] + r22["Finansiella kostnader"])
    order = ["Verksamhetens intäkter", "Verksamhetens kostnader", "Avskrivningar", "Verksamhetens nettokostnader",
             "Skatteintäkter", "Generella statsbidrag och utjämning", "Verksamhetens resultat", "Finansiella intäkter",
             "Finansiella kostnader", "Årets resultat"]
    rows = [[k, MK["rb_not"].get(k, ""), fmt(r22[k]), fmt(rb[k][0])] for k in order]
    d.table([["Belopp i mnkr", "Not", "Utfall 2022", "Utfall 2023"]], rows, [80, 12, 30, 30],
            bold_rows=("Verksamhetens nettokostnader", "Verksamhetens resultat", "Årets resultat"))
    MK["r22"] = r22
    d.h1("Driftredovisning per nämnd")
    rows = []; tb = tu = 0
    for n, b, u in MK["ar_dev"]:
        rows.append([n, fmt(b, 0), fmt(u, 0), fmt(b - u, 0)]); tb += b; tu += u
    rows.append(["Summa nämnder", fmt(tb, 0), fmt(tu, 0), fmt(tb - tu, 0)])
    d.table([["Nämnd", "Budget 2023", "Utfall 2023", "Avvikelse"]], rows, [80, 30, 30, 30], bold_rows=("Summa nämnder",),
            caption="Nettokostnad, tkr. Positiv avvikelse = överskott mot budget.")
    d.p("Den sammanlagda budgetavvikelsen för nämnderna blev negativ. Kommunstyrelsen, Miljö- och byggnämnden, "
        "Kultur- och fritidsnämnden och revisionen redovisar överskott.")
    d.output(os.path.join(OUT, "arsredovisning-2023-munkfors.pdf"))

def html():
    rows = "\n".join(f"        <tr><td>{n}</td><td>{v}</td></tr>" for n, v in MK["skatt100"])
    s = f"""<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>Så används din skatt - Munkfors kommun</title></head>
<body>
<div id="cookie-banner"><p>Vi använder kakor (cookies) för att förbättra webbplatsen. <a href="/om-webbplatsen/kakor">Läs mer om kakor</a></p><button>Godkänn alla</button><button>Endast nödvändiga</button></div>
<header><a href="/">Munkfors kommun</a>
<nav><ul><li><a href="/omsorg">Omsorg och stöd</a></li><li><a href="/utbildning">Förskola och skola</a></li><li><a href="/bygga">Bygga, bo och miljö</a></li><li><a href="/kommun-och-politik">Kommun och politik</a></li></ul></nav>
<div class="breadcrumbs">Startsida / Kommun och politik / Ekonomi / Så används din skatt</div>
</header>
<main>
<h1>Så används din skatt</h1>
<p class="ingress">Den kommunala skattesatsen i Munkfors är {fmt(MK['tax'],2)} kronor per hundralapp år 2025. Därtill kommer skatten till Region Värmland på 11,18 kronor, vilket ger en total kommunalskatt på 34,03 kronor.</p>
<p>Av varje hundralapp som du betalar i kommunalskatt till Munkfors kommun går pengarna till följande verksamheter. Fördelningen bygger på nettokostnaderna i budget 2025.</p>
<table>
  <caption>Så fördelas 100 kronor i kommunalskatt, budget 2025</caption>
  <thead><tr><th>Verksamhet</th><th>Kronor av 100</th></tr></thead>
  <tbody>
{rows}
  </tbody>
</table>
<p>Äldreomsorgen är kommunens största verksamhet. Kommunen betalar dessutom ungefär 2,3 miljoner kronor per år i medlemsavgift till Räddningstjänsten Karlstadsregionen, vilket ingår i posten gator, parker och räddningstjänst.</p>
<p>Vill du veta mer? Läs hela <a href="/ekonomi/mal-och-budget-2025.pdf">Mål och budget 2025</a> eller kontakta ekonomienheten.</p>
<p class="meta">Publicerad 2025-01-15. Senast uppdaterad 2025-02-03.</p>
</main>
<footer><p>Munkfors kommun, Box 21, 684 21 Munkfors. Telefon 0563-541 00. E-post kommun@munkfors.se</p><p><a href="/tillganglighet">Tillgänglighetsredogörelse</a> | <a href="/personuppgifter">Behandling av personuppgifter</a></p></footer>
</body></html>
"""
    open(os.path.join(OUT, "sa-anvands-din-skatt.html"), "w", encoding="utf-8").write(s)

def protokoll():
    d = docx.Document()
    fix_docx_props(d, "Protokoll kommunstyrelsen 2024-10-28", "Munkfors kommun")
    d.add_heading("PROTOKOLL", 0)
    d.add_paragraph("Kommunstyrelsen, Munkfors kommun")
    d.add_paragraph("Sammanträdesdatum: 2024-10-28")
    d.add_paragraph("Plats och tid: Kommunhuset, sammanträdesrum Klarälven, kl. 13.00–16.10")
    d.add_paragraph("Beslutande: Maria Lindqvist (S), ordförande, Jonas Berg (S), Eva Sandberg (S), Per Eklund (M), "
                    "Kristina Nyström (C), Tommy Ahlgren (SD), Lena Wik (V)")
    d.add_paragraph("Justerare: Per Eklund (M)")
    d.add_heading("§ 112 Mål och budget 2025 med plan 2026–2027", 2)
    d.add_paragraph("Ekonomienheten har upprättat förslag till Mål och budget 2025 med plan 2026–2027. Förslaget "
                    f"innebär ett resultat på {fmt(MK['rb']['Årets resultat'][2])} mnkr 2025 och investeringar på {fmt(MK['inv_tot'][0])} mnkr.")
    d.add_paragraph("Kommunstyrelsens förslag till kommunfullmäktige: att fastställa skattesatsen för 2025 till "
                    f"{fmt(MK['tax'],2)} kronor, att fastställa driftbudget och investeringsbudget enligt förslaget, samt att "
                    "kommunstyrelsen får uppta nya lån på högst 12 mnkr under 2025.")
    d.add_paragraph("Per Eklund (M) och Tommy Ahlgren (SD) yrkar att skattesatsen sänks med 10 öre och att "
                    "effektiviseringsuppdraget utökas. Ordföranden ställer förslagen mot varandra och finner att "
                    "kommunstyrelsen bifaller ekonomienhetens förslag.")
    d.add_paragraph("Reservation: Per Eklund (M) och Tommy Ahlgren (SD) reserverar sig mot beslutet till förmån för eget yrkande.")
    d.add_heading("§ 113 VA-taxa 2025", 2)
    d.add_paragraph("Kommunstyrelsen föreslår att avgifterna i VA-taxan höjs med 6 procent från den 1 januari 2025 "
                    "för att finansiera investeringarna i vattenverket och ledningsnätet.")
    t = d.add_table(rows=1, cols=4)
    for i, h in enumerate(["Avgift", "Taxa 2024, kr", "Förslag 2025, kr", "Förändring, %"]):
        t.rows[0].cells[i].text = h
    for n, v, dec in MK["va"]:
        nv = round(v * 1.06, dec)
        if dec == 0: nv = int(round(v * 1.06, -1))
        c = t.add_row().cells
        c[0].text = n; c[1].text = fmt(v, dec); c[2].text = fmt(nv, dec); c[3].text = fmt(100 * (nv - v) / v)
    d.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att anta VA-taxa 2025 enligt tabellen.")
    d.add_paragraph("Lena Wik (V) reserverar sig mot beslutet.")
    d.add_heading("§ 114 Ny förskola i Ransäter – genomförandebeslut", 2)
    d.add_paragraph("Upphandlingen av totalentreprenad för den nya förskolan i Ransäter är avslutad. Lägsta anbud "
                    "uppgår till 21,8 miljoner kronor. Med projektering, markarbeten och inventarier beräknas den "
                    "totala projektkostnaden till 24,5 miljoner kronor.")
    d.add_paragraph("Beslut: Kommunstyrelsen beslutar att ge samhällsbyggnadsförvaltningen i uppdrag att genomföra "
                    "projektet inom en total ram på 24,5 miljoner kronor. Beslutet är enhälligt.")
    d.add_paragraph("Vid protokollet: Anna Holmgren, nämndsekreterare")
    p = os.path.join(OUT, "protokoll-kommunstyrelsen-2024-10-28.docx"); d.save(p); fix_zip(p)

def xlsx():
    wb = openpyxl.Workbook(); fix_xlsx_props(wb, "Befolkning och nyckeltal", "Munkfors kommun")
    ws = wb.active; ws.title = "Befolkning"
    ws.append(["Befolkningsutveckling Munkfors kommun 2019–2024"]); ws["A1"].font = Font(bold=True)
    ws.append(["Antal personer"])
    ws.append(["År", "Invånare 31 dec", "Födda", "Döda", "Inflyttade", "Utflyttade", "Förändring"])
    prev = 3716
    for y, n, f, dd, i, u in MK["pop_rows"]:
        ws.append([y, n, f, dd, i, u, n - prev]); prev = n
    ws.append([]); ws.append(["* Preliminär uppgift per 30 september 2024. Källa: SCB."])
    ws2 = wb.create_sheet("Nettokostnad")
    ws2.append(["Nettokostnad per verksamhet, Munkfors kommun"]); ws2["A1"].font = Font(bold=True)
    ws2.append(["kr per invånare"])
    ws2.append(["Verksamhet", "2022", "2023", "Förändring %"])
    for n, a, b in MK["kpi"]:
        ws2.append([n, a, b, round(100 * (b - a) / a, 1)])
        ws2.cell(ws2.max_row, 4).number_format = "0.0"
    ws2.append([]); ws2.append(["Källa: Kolada/räkenskapssammandraget"])
    p = os.path.join(OUT, "befolkning-och-nyckeltal-munkfors.xlsx"); wb.save(p); fix_zip(p)

def press():
    s = """# Ny förskola i Ransäter – byggstart våren 2025

**Pressmeddelande, Munkfors kommun, 2024-11-05**

Kommunstyrelsen i Munkfors har beslutat att bygga en ny förskola i Ransäter. Förskolan får fyra avdelningar med plats för 72 barn och ersätter förskolorna Tallkotten och Ekorren, som har problem med ventilation och fukt.

Den totala projektkostnaden beräknas till 24,5 miljoner kronor. Byggstart planeras till april 2025 och förskolan ska vara klar för inflyttning i oktober 2026.

– Det här är den största investeringen i barnomsorg i Munkfors på över 20 år. Våra barn och medarbetare ska ha en bra och hälsosam miljö, säger Maria Lindqvist (S), kommunstyrelsens ordförande.

Byggnaden uppförs i trä och får solceller på taket. Solcellerna beräknas ge cirka 45 000 kilowattimmar per år. Kommunen har sökt 1,3 miljoner kronor i stöd från Naturvårdsverkets Klimatklivet för solceller och laddstolpar.

Under byggtiden flyttar barnen på Tallkotten tillfälligt till moduler vid Kyrkhedens skola. Hyran för modulerna uppgår till 480 000 kronor.

**Kontakt**
Karin Dahl, förvaltningschef barn och utbildning, 0563-541 30
"""
    open(os.path.join(OUT, "pressmeddelande-forskola-ransater.md"), "w", encoding="utf-8").write(s)

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    budget(); arsred(); html(); protokoll(); xlsx(); press()
