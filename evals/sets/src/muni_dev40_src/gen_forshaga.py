import os, docx, openpyxl
from openpyxl.styles import Font
from common import *
from data import FO, r1
OUT = "/work/main/evals/corpora/dev-muni40/forshaga"
N = "dash"

def budget():
    rb = FO["rb"]
    d = Doc("Forshaga kommun | Budget och plan 2025–2027")
    d.add_page(); d.set_font("dv", "B", 24); d.ln(40)
    d.multi_cell(0, 12, "Budget och plan\n2025–2027", align="C"); d.set_font("dv", "", 13); d.ln(10)
    d.multi_cell(0, 8, "Forshaga kommun\nBeslutad av kommunfullmäktige 19 november 2024", align="C")
    d.add_page(); d.h1("Förord")
    d.p("Forshaga kommun står inför ett par år där vi måste göra prioriteringar. Kostnaderna för försörjningsstöd, "
        "placeringar och äldreomsorg har ökat snabbare än intäkterna, och 2023 slutade med ett underskott. "
        "Samtidigt växer Deje och behovet av en ny skola är stort.")
    d.p(f"Vi har därför valt att höja skattesatsen med 20 öre till {fmt(FO['tax'],2)} kronor. Höjningen ger ungefär "
        "6,8 miljoner kronor i ökade skatteintäkter 2025. Parallellt genomför nämnderna åtgärder som sammantaget "
        "ska minska kostnaderna med 14,3 miljoner kronor jämfört med tidigare planering.")
    d.p(f"Budgeten ger ett resultat på {fmt(rb['Årets resultat'][2])} miljoner kronor 2025, vilket motsvarar "
        f"{fmt(100*rb['Årets resultat'][2]/(rb['Skatteintäkter'][2]+rb['Generella statsbidrag och utjämning'][2]))} procent av "
        "skatteintäkter och generella statsbidrag. Vi är tillbaka på en nivå som gör att vi kan finansiera en "
        "stor del av investeringarna själva.")
    d.p(f"{FO['chair']}\nKommunstyrelsens ordförande och kommunalråd")
    d.add_page(); d.h1("Styrning och mål")
    d.p("Kommunfullmäktiges vision är \"Forshaga – där Klarälven möter framtiden\". Visionen konkretiseras i tre "
        "målområden: Livskvalitet, Lärande och Hållbar samhällsutveckling.")
    for t in ["Målområde Livskvalitet: Andelen invånare som känner sig trygga ska öka.",
              "Målområde Lärande: Andelen elever i årskurs 9 som är behöriga till gymnasiet ska vara minst 85 procent.",
              "Målområde Hållbar samhällsutveckling: Kommunens koldioxidutsläpp ska halveras till 2030 jämfört med 2019.",
              "Finansiellt mål: Årets resultat ska uppgå till minst 1,5 procent av skatteintäkter och generella statsbidrag.",
              "Finansiellt mål: Investeringar i skattefinansierad verksamhet ska finansieras med egna medel till minst 50 procent."]:
        d.p("• " + t)
    d.add_page(); d.h1("Omvärld och befolkning")
    d.p("Konjunkturen har försvagats under 2024 men väntas vända uppåt under 2025. Inflationen har sjunkit och "
        "Riksbanken har börjat sänka styrräntan. För kommunerna innebär det att pensionskostnaderna fortsätter att "
        "vara höga 2025 för att sedan minska.")
    d.p("Forshaga kommun hade 11 489 invånare den 31 december 2023. Befolkningen har ökat svagt under de senaste "
        "åren, främst i Deje och i Olsäter. Antalet invånare över 80 år beräknas öka med 30 procent fram till 2030.")
    d.p("Kommunen samverkar med Karlstad, Hammarö, Kil, Grums och Munkfors inom bland annat räddningstjänst, "
        "gymnasieskola och IT. Samverkan inom Karlstadsregionen är en viktig del i att klara kompetensförsörjningen.")
    d.h2("Personal")
    d.p("Kommunen hade 1 056 tillsvidareanställda vid utgången av 2023. Andelen heltidsanställda har ökat till "
        "86,2 procent. Arbetet med heltid som norm fortsätter, och sjukfrånvaron ska minska till under 7,5 procent "
        "under planperioden.")
    d.add_page(); d.h1("Ekonomiska förutsättningar")
    d.p(f"Budgeten bygger på ett invånarantal på {fmt(FO['pop'],0)} personer den 1 november 2024 och SKR:s "
        "skatteunderlagsprognos från oktober 2024. Löneökningarna beräknas till 3,3 procent 2025.")
    d.p(f"Skatteintäkterna beräknas till {fmt(rb['Skatteintäkter'][2])} mnkr och de generella statsbidragen och utjämningen "
        f"till {fmt(rb['Generella statsbidrag och utjämning'][2])} mnkr. Finansnettot försämras till följd av ökad upplåning "
        "för Dejeskolan.")
    d.h2("Åtgärder för budget i balans")
    d.p("Av effektiviseringarna på 14,3 miljoner kronor svarar Socialnämnden för 6,1 miljoner kronor, "
        "Barn- och utbildningsnämnden för 5,2 miljoner kronor och Kommunstyrelsen för 2,4 miljoner kronor. "
        "Kultur- och fritidsnämnden bidrar med 600 000 kronor, bland annat genom att fritidsgården i Olsäter "
        "samlokaliseras med biblioteket.")
    d.h2("Satsningar 2025")
    d.p("Barn- och utbildningsnämnden får 3,5 miljoner kronor för att minska barngruppernas storlek i förskolan. "
        "Kommunstyrelsen får 750 000 kronor för ett förstärkt trygghetsarbete i centrala Forshaga.")
    # Resultatbudget
    d.add_page(); d.h1("Resultatbudget")
    w = [66, 20, 20, 20, 20, 20]
    rows = [[k] + [fmt(v, 1, N) for v in rb[k]] for k in FO["rb_order"]]
    d.table([["Mnkr"] + [y[0] for y in FO["years"]], [""] + [y[1] for y in FO["years"]]], rows, w,
            bold_rows=("Verksamhetens nettokostnader", "Verksamhetens resultat", "Årets resultat"))
    d.small("Budget 2024 avser fullmäktiges ursprungliga budget. Utfallet 2024 bedöms i delårsrapporten per augusti.")
    d.h1("Kassaflödesbudget")
    kf = FO["kf"]
    mfv = tuple(r1(kf["Årets resultat"][i] + kf["Justering för avskrivningar"][i] + kf["Justering för avsättningar"][i]) for i in range(2))
    mfi = tuple(r1(kf["Investering i materiella anläggningstillgångar"][i] + kf["Försäljning av anläggningstillgångar"][i]) for i in range(2))
    mff = tuple(r1(kf["Nyupptagna lån"][i] + kf["Amortering av lån"][i]) for i in range(2))
    tot = tuple(r1(mfv[i] + mfi[i] + mff[i]) for i in range(2))
    FO["kf_calc"] = (mfv, mfi, mff, tot)
    F = lambda t: [fmt(x, 1, N) for x in t]
    rows = [["Den löpande verksamheten", "", ""]] + [[k] + F(kf[k]) for k in ["Årets resultat", "Justering för avskrivningar", "Justering för avsättningar"]] + \
           [["Medel från den löpande verksamheten"] + F(mfv), ["Investeringsverksamheten", "", ""]] + \
           [[k] + F(kf[k]) for k in ["Investering i materiella anläggningstillgångar", "Försäljning av anläggningstillgångar"]] + \
           [["Medel från investeringsverksamheten"] + F(mfi), ["Finansieringsverksamheten", "", ""]] + \
           [[k] + F(kf[k]) for k in ["Nyupptagna lån", "Amortering av lån"]] + \
           [["Medel från finansieringsverksamheten"] + F(mff), ["Årets kassaflöde"] + F(tot)]
    d.table([["Mnkr", "Budget", "Plan"], ["", "2025", "2026"]], rows, [100, 25, 25],
            bold_rows=("Medel från den löpande verksamheten", "Medel från investeringsverksamheten", "Medel från finansieringsverksamheten", "Årets kassaflöde"))
    # Driftbudget
    d.add_page(); d.h1("Driftbudget per nämnd")
    d.p("Nämndernas ramar anges som nettokostnad. Kolumnen kr per invånare visar budget 2025 dividerad med "
        f"{fmt(FO['pop'],0)} invånare.")
    rows = []
    for n, a, b in FO["drift"]:
        rows.append([n, fmt(a), fmt(b), fmt(r1(b - a), 1, N), fmt(FO["kpi"](b), 0)])
    s, f, t = FO["drift_sum"], FO["finansf"], FO["drift_tot"]
    rows.append(["Summa nämnder", fmt(s[0]), fmt(s[1]), fmt(r1(s[1] - s[0]), 1, N), fmt(FO["kpi"](s[1]), 0)])
    rows.append(["Finansförvaltning", fmt(f[0]), fmt(f[1]), fmt(r1(f[1] - f[0]), 1, N), fmt(FO["kpi"](f[1]), 0)])
    rows.append(["Totalt", fmt(t[0]), fmt(t[1]), fmt(r1(t[1] - t[0]), 1, N), fmt(FO["kpi"](t[1]), 0)])
    d.table([["", "Budget", "Budget", "Förändring", "kr per"], ["Mnkr", "2024", "2025", "", "invånare 2025"]], rows, [64, 22, 22, 26, 32],
            bold_rows=("Summa nämnder", "Totalt"))
    d.small("Barn- och utbildningsnämndens ram inkluderar 3,5 mnkr för mindre barngrupper i förskolan. "
            "Finansförvaltningen minskar 2025 eftersom den centrala lönereserven fördelats ut till nämnderna.")
    d.h2("Nämndernas verksamhet")
    for k, v in [("Kommunstyrelsen", "ansvarar för samhällsbyggnad, gator, fastigheter, kost och lokalvård samt arbetsmarknadsenheten."),
                 ("Barn- och utbildningsnämnden", "ansvarar för förskola, grundskola, gymnasieskola och vuxenutbildning. Gymnasieelever går främst i Karlstad."),
                 ("Socialnämnden", "ansvarar för äldreomsorg, LSS, individ- och familjeomsorg och försörjningsstöd."),
                 ("Kultur- och fritidsnämnden", "ansvarar för bibliotek, kulturskola, fritidsgårdar, simhall och idrottsanläggningar.")]:
        d.p(f"{k} {v}")
    # Investeringsbudget landscape
    d.add_page(orientation="L"); d.h1("Investeringsbudget 2025–2027")
    rows = []
    for n, v in FO["inv"]:
        rows.append([n, "", "", "", ""] if v is None else [n] + [fmt(x) for x in v] + [fmt(r1(sum(v)))])
    tt = FO["inv_tot"]
    rows.append(["Summa investeringar"] + [fmt(x) for x in tt] + [fmt(r1(sum(tt)))])
    d.table([["Projekt (mnkr)", "Budget 2025", "Plan 2026", "Plan 2027", "Summa 2025–2027"]], rows, [110, 35, 35, 35, 40],
            bold_rows=("Summa investeringar",))
    d.small("Ny Dejeskolan F–6 har en total projektbudget på 92,0 mnkr inklusive 4,0 mnkr som upparbetats 2024. "
            "Skolan dimensioneras för 420 elever.")
    d.add_page(orientation="P"); d.h1("Investeringar – kommentarer")
    d.p("Den nya Dejeskolan ersätter den nuvarande skolbyggnaden från 1962. Byggstart är planerad till mars 2025 "
        "och inflyttning till höstterminen 2026. Renoveringen av Forshaga simhall omfattar ny bassängteknik, "
        "nya omklädningsrum och energieffektivisering. Simhallen håller stängt under hela 2025.")
    d.p("GC-vägen mellan Deje och Forshaga byggs i samverkan med Trafikverket, som bidrar med hälften av kostnaden. "
        "Beloppen i investeringsbudgeten är kommunens nettodel.")
    d.h2("Låneskuld")
    d.p("Kommunens låneskuld beräknas öka från 412 mnkr vid utgången av 2024 till 444 mnkr vid utgången av 2025.")
    d.add_page(); d.h1("Uppdrag till nämnderna 2025")
    for t in ["Socialnämnden ska ta fram en plan för hemmaplanslösningar som minskar behovet av externa placeringar.",
              "Barn- och utbildningsnämnden ska utreda en samlad förskoleorganisation i Forshaga tätort.",
              "Kultur- och fritidsnämnden ska under simhallens stängning erbjuda simundervisning i Karlstad för elever i årskurs 3.",
              "Kommunstyrelsen ska ta fram en lokalförsörjningsplan för perioden 2025–2035."]:
        d.p("• " + t)
    d.add_page(); d.h1("Bilaga: Taxor och avgifter i urval")
    d.p("Timtaxan för tillsyn enligt miljöbalken höjs till 1 340 kronor. Maxtaxan i förskolan följer "
        "Skolverkets beslut. Avgiften för hemtjänst är oförändrad.")
    d.output(os.path.join(OUT, "budget-och-plan-2025-2027-forshaga.pdf"))

def delar():
    d = Doc("Forshaga kommun – Delårsrapport januari–augusti 2024")
    d.add_page(); d.h1("Delårsrapport januari–augusti 2024")
    d.p("Forshaga kommun")
    d.h2("Sammanfattning")
    pb = sum(b for _, b, _ in FO["del"]); pp = sum(p for _, _, p in FO["del"])
    nd = r1(pb - pp); fd = r1(FO["del_fin"][0] - FO["del_fin"][1]); tot = r1(nd + fd)
    FO["del_calc"] = (r1(pb), r1(pp), nd, fd, tot)
    d.p("Periodens resultat uppgår till 18,4 mnkr. Resultatet för helåret 2024 prognostiseras till 4,2 mnkr, "
        f"vilket är {fmt(-tot)} mnkr lägre än budgeterade 6,9 mnkr.")
    d.p("Nämnderna prognostiserar sammantaget ett underskott på "
        f"{fmt(-nd)} mnkr. Finansförvaltningen väntas ge ett överskott på {fmt(fd)} mnkr, främst tack vare högre "
        "skatteintäkter och lägre pensionskostnader än budgeterat.")
    d.p("Socialnämnden prognostiserar ett underskott på 9,2 miljoner kronor, främst inom försörjningsstöd och "
        "externa placeringar av barn och unga. Barn- och utbildningsnämndens underskott beror på fler barn i "
        "förskolan och ökade kostnader för skolskjuts.")
    d.p("Befolkningen uppgick till 11 502 invånare den 30 juni 2024. Sjukfrånvaron för perioden var 8,4 procent.")
    d.p("Investeringarna uppgick till 41,3 mnkr per den 31 augusti, av en årsbudget på 88,0 mnkr. Prognosen för "
        "helåret är 74,5 mnkr.")
    d.h2("Prognos per nämnd")
    rows = [[n, fmt(b), fmt(p), fmt(r1(b - p), 1, "paren")] for n, b, p in FO["del"]]
    rows.append(["Summa nämnder", fmt(pb), fmt(pp), fmt(nd, 1, "paren")])
    rows.append(["Finansförvaltning", fmt(FO["del_fin"][0]), fmt(FO["del_fin"][1]), fmt(fd, 1, "paren")])
    rows.append(["Totalt", fmt(r1(pb + FO["del_fin"][0])), fmt(r1(pp + FO["del_fin"][1])), fmt(tot, 1, "paren")])
    d.table([["", "Budget", "Prognos", "Budget-"], ["Nettokostnad, mnkr", "2024", "helår 2024", "avvikelse"]], rows,
            [74, 28, 30, 30], bold_rows=("Summa nämnder", "Totalt"))
    d.small("Negativ avvikelse (underskott) anges inom parentes.")
    d.h2("Åtgärder")
    d.p("Kommunstyrelsen har beslutat om ett anställningsstopp för administrativa tjänster från den 1 oktober 2024. "
        "Socialnämnden har fått i uppdrag att ta fram en åtgärdsplan till novembersammanträdet.")
    d.output(os.path.join(OUT, "delarsrapport-augusti-2024-forshaga.pdf"))

def html():
    rows = "\n".join(f"<tr><th scope=\"row\">{n}</th>" + "".join(f"<td>{v}</td>" for v in vals) + "</tr>" for n, vals in FO["nyckeltal"])
    s = f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Finansiell information | Forshaga kommun</title>
<style>table{{border-collapse:collapse}}</style></head>
<body>
<div class="cookie-consent" role="dialog"><p>Forshaga.se använder kakor. Genom att fortsätta godkänner du att vi använder kakor.</p><button>Acceptera</button><a href="/kakor">Inställningar</a></div>
<header><div class="logo">Forshaga kommun</div>
<nav aria-label="Huvudmeny"><a href="/barn-och-utbildning">Barn och utbildning</a> <a href="/omsorg-och-hjalp">Omsorg och hjälp</a> <a href="/bygga-bo">Bygga, bo och miljö</a> <a href="/kommun-och-politik">Kommun och politik</a></nav>
<p class="crumbs">Hem &gt; Kommun och politik &gt; Ekonomi &gt; Finansiell information</p></header>
<main>
<h1>Finansiell information</h1>
<p>Här hittar du nyckeltal och dokument om Forshaga kommuns ekonomi. Kommunen redovisar sin ekonomi i budget, delårsrapport och årsredovisning.</p>
<h2>Nyckeltal i sammandrag</h2>
<table>
<thead><tr><th>Nyckeltal</th><th>2021</th><th>2022</th><th>2023</th><th>Budget 2024</th></tr></thead>
<tbody>
{rows}
</tbody></table>
<p>Budget och plan 2025–2027 beslutades av kommunfullmäktige den 19 november 2024. Skattesatsen höjs från {fmt(FO['tax_old'],2)} till {fmt(FO['tax'],2)} kronor från den 1 januari 2025.</p>
<h2>Kreditbetyg och upplåning</h2>
<p>Forshaga kommun är medlem i Kommuninvest. Den genomsnittliga räntan på kommunens lån var 2,9 procent vid utgången av 2023.</p>
<h2>Dokument</h2>
<ul><li><a href="/budget-och-plan-2025-2027.pdf">Budget och plan 2025–2027 (pdf)</a></li><li><a href="/delarsrapport-2024.pdf">Delårsrapport januari–augusti 2024 (pdf)</a></li><li><a href="/arsredovisning-2023.pdf">Årsredovisning 2023 (pdf)</a></li></ul>
<p class="updated">Senast uppdaterad: 2024-12-02</p>
</main>
<footer><p>Forshaga kommun, 667 80 Forshaga. Växel 054-17 20 00.</p><p><a href="/om-webbplatsen">Om webbplatsen</a> <a href="/tillganglighetsredogorelse">Tillgänglighetsredogörelse</a></p></footer>
</body></html>
"""
    open(os.path.join(OUT, "finansiell-information.html"), "w", encoding="utf-8").write(s)

def protokoll():
    d = docx.Document(); fix_docx_props(d, "Protokoll barn- och utbildningsnämnden 2024-09-17", "Forshaga kommun")
    d.add_heading("Sammanträdesprotokoll", 0)
    d.add_paragraph("Barn- och utbildningsnämnden, Forshaga kommun")
    d.add_paragraph("Datum: 2024-09-17, kl. 08.30–12.15, Forshaga kommunhus, sal Ullerud")
    d.add_paragraph("Ledamöter: Helena Strand (S), ordförande, Mikael Gustafsson (C), vice ordförande, Sara Lund (S), "
                    "Lena Berg (M), Johan Persson (SD), Ingrid Falk (KD), Olof Nyberg (V)")
    d.add_heading("§ 67 Delårsrapport januari–augusti 2024", 2)
    bun = [x for x in FO["del"] if x[0].startswith("Barn")][0]
    d.add_paragraph(f"Nämnden prognostiserar ett underskott på {fmt(r1(bun[2]-bun[1]))} mnkr för helåret 2024. "
                    "Underskottet beror främst på fler barn i förskolan och ökade kostnader för skolskjuts.")
    d.add_paragraph("Beslut: Barn- och utbildningsnämnden godkänner delårsrapporten och överlämnar den till kommunstyrelsen.")
    d.add_heading("§ 68 Skolstruktur Deje – ny F–6-skola", 2)
    d.add_paragraph("Förvaltningen har utrett behovet av skolplatser i Deje. Elevantalet i Dejeskolan väntas öka "
                    "från 312 till cirka 380 elever till läsåret 2028/29. Förvaltningen föreslår att en ny skola för "
                    "420 elever byggs i anslutning till nuvarande skoltomt.")
    t = d.add_table(rows=1, cols=3)
    for i, h in enumerate(["Skola", "Årskurser", "Elever ht 2024"]): t.rows[0].cells[i].text = h
    for n, a, e in FO["elever"]:
        c = t.add_row().cells; c[0].text = n; c[1].text = a; c[2].text = str(e)
    c = t.add_row().cells; c[0].text = "Summa"; c[1].text = ""; c[2].text = fmt(sum(e for *_, e in FO["elever"]), 0)
    d.add_paragraph("Yrkanden: Ordföranden yrkar bifall till förvaltningens förslag. Lena Berg (M) yrkar att "
                    "frågan återremitteras för att utreda en renovering av befintlig skola.")
    d.add_paragraph("Beslut: Barn- och utbildningsnämnden föreslår kommunstyrelsen att en ny F–6-skola byggs i Deje "
                    "enligt förvaltningens förslag.")
    d.add_paragraph("Reservation: Lena Berg (M) och Johan Persson (SD) reserverar sig mot beslutet till förmån för "
                    "Lena Bergs yrkande.")
    d.add_heading("§ 69 Information om skolskjutsar", 2)
    d.add_paragraph("Kostnaden för skolskjuts beräknas till 11,6 miljoner kronor 2024, vilket är 1,4 miljoner kronor "
                    "mer än budgeterat. Nämnden tackar för informationen.")
    d.add_paragraph("Justeras: Helena Strand (S), ordförande. Ingrid Falk (KD), justerare.")
    p = os.path.join(OUT, "protokoll-bun-2024-09-17.docx"); d.save(p); fix_zip(p)

def xlsx():
    wb = openpyxl.Workbook(); fix_xlsx_props(wb, "Nettokostnad och personal", "Forshaga kommun")
    ws = wb.active; ws.title = "Nettokostnad"
    ws.append(["Nettokostnad per verksamhet, Forshaga kommun"]); ws["A1"].font = Font(bold=True)
    ws.append(["Belopp i tkr"])
    ws.append(["Verksamhet", "Utfall 2023", "Budget 2024", "Budget 2025"])
    for r in FO["verks"]: ws.append(list(r))
    ws.append(["Summa"] + [sum(r[i] for r in FO["verks"]) for i in (1, 2, 3)])
    ws2 = wb.create_sheet("Personal")
    ws2.append(["Personalnyckeltal Forshaga kommun 2020–2023"]); ws2["A1"].font = Font(bold=True)
    ws2.append(["Antal respektive procent"])
    ws2.append(["År", "Tillsvidareanställda", "Sjukfrånvaro %", "Andel heltid %"])
    for y, n, s, h in FO["personal"]:
        ws2.append([y, n, s, h])
        for c in (3, 4): ws2.cell(ws2.max_row, c).number_format = "0.0"
    ws2.append([]); ws2.append(["Sjukfrånvaro i procent av ordinarie arbetstid. Uppgifter per 31 december."])
    p = os.path.join(OUT, "nettokostnad-och-personal-forshaga.xlsx"); wb.save(p); fix_zip(p)

def press():
    s = f"""PRESSMEDDELANDE 2024-11-20

Forshaga höjer skatten med 20 öre

Kommunfullmäktige i Forshaga beslutade den 19 november om budget och plan för 2025–2027. Skattesatsen höjs från {fmt(FO['tax_old'],2)} till {fmt(FO['tax'],2)} kronor per hundralapp från den 1 januari 2025.

Skattehöjningen ger ungefär 6,8 miljoner kronor mer i skatteintäkter per år. För en person med en månadsinkomst på 30 000 kronor innebär höjningen cirka 60 kronor mer i skatt per månad.

– Ingen vill höja skatten, men alternativet hade varit neddragningar i skola och omsorg som vi inte är beredda att göra, säger {FO['chair']}, kommunalråd.

Budgeten innehåller också besparingar på 14,3 miljoner kronor och investeringar på {fmt(FO['inv_tot'][0])} miljoner kronor under 2025, bland annat i en ny skola i Deje och en renovering av simhallen i Forshaga.

Oppositionen, Moderaterna och Sverigedemokraterna, röstade mot skattehöjningen och lade ett eget budgetförslag med oförändrad skatt.

Beslutet fattades efter votering med 20 röster mot 15.

För mer information:
{FO['chair']}, kommunalråd, 054-17 20 10
Ekonomichef Linda Sjöberg, 054-17 21 35
"""
    open(os.path.join(OUT, "pressmeddelande-skattesats-2025.txt"), "w", encoding="utf-8").write(s)

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    budget(); delar(); html(); protokoll(); xlsx(); press()
