"""Mjölby kommun: Mål och budget 2025 (PDF), news page (HTML), workbook (XLSX)."""
import os
from data import *
from pdfkit import Doc

D_OUT = os.path.join(OUT, "mjolby")
os.makedirs(D_OUT, exist_ok=True)
PDF_NAME = "mal-och-budget-2025-plan-2026-2027.pdf"
HTML_NAME = "nyhet-budget-2025-antagen.html"
XLSX_NAME = "foreningsbidrag-och-nyckeltal.xlsx"

R = lambda v: sv(v)  # noqa: E731  default "−"
P = lambda v: sv(v, neg="paren")  # noqa: E731


def drift_rows():
    rows = [("section", ["Nämnder"])]
    tot25 = M_NETTO[2]
    for n, v in M_NAMNDER:
        rows.append(("data", [n, R(v[0]), R(v[1]), R(v[2]), R(v[2] - v[1]), R(v[3]), R(v[4]),
                              sv(v[2] / tot25 * 100)]))
    s = M_SUM_NAMNDER
    rows.append(("sum", ["Summa nämnder", R(s[0]), R(s[1]), R(s[2]), R(s[2] - s[1]), R(s[3]), R(s[4]), sv(s[2] / tot25 * 100)]))
    rows.append(("section", ["Finansförvaltning"]))
    for n, v in M_FINANS:
        rows.append(("data", [n, R(v[0]), R(v[1]), R(v[2]), R(v[2] - v[1]), R(v[3]), R(v[4]), sv(v[2] / tot25 * 100)]))
    s = M_SUM_FINANS
    rows.append(("sum", ["Summa finansförvaltning", R(s[0]), R(s[1]), R(s[2]), R(s[2] - s[1]), R(s[3]), R(s[4]), sv(s[2] / tot25 * 100)]))
    s = M_NETTO
    rows.append(("total", ["Verksamhetens nettokostnad", R(s[0]), R(s[1]), R(s[2]), R(s[2] - s[1]), R(s[3]), R(s[4]), "100,0"]))
    return rows


def inv_rows():
    rows = []
    for n, ps in M_INV_PROJ:
        rows.append(("section", [n]))
        for p in ps:
            rows.append(("data", [p[0], sv(p[1], 0), sv(p[2], 0), sv(p[3], 0), sv(p[1] + p[2] + p[3], 0)]))
        s = M_INV_SECT[n]
        rows.append(("sum", ["Summa " + n[0].lower() + n[1:], sv(s[0], 0), sv(s[1], 0), sv(s[2], 0), sv(sum(s), 0)]))
    t = M_INV_TOT
    rows.append(("total", ["Totala investeringar", sv(t[0], 0), sv(t[1], 0), sv(t[2], 0), sv(sum(t), 0)]))
    return rows


def pdf():
    d = Doc("Mjölby kommun  |  Mål och budget 2025 med plan för 2026–2027", "Mjölby kommun – Mål och budget 2025    Sida ",
            accent=(0, 98, 65))
    # 1 cover
    d.add_page()
    d.set_fill_color(0, 98, 65)
    d.rect(0, 0, 210, 120, style="F")
    d.set_text_color(255, 255, 255)
    d.set_font("DejaVu", "B", 30)
    d.set_xy(20, 55)
    d.multi_cell(170, 13, "Mål och budget 2025\nmed plan för 2026–2027")
    d.set_font("DejaVu", "", 13)
    d.set_xy(20, 100)
    d.cell(0, 8, "Mjölby kommun")
    d.set_text_color(0, 0, 0)
    d.set_xy(20, 140)
    d.set_font("DejaVu", "", 10)
    d.multi_cell(170, 6, "Antagen av kommunfullmäktige 2024-11-26, § 142\nDiarienummer KS/2024:318\n\n"
                 "Mjölby kommun, Kommunledningsförvaltningen, Ekonomiavdelningen")
    d.plain = False
    # 2 TOC
    d.add_page()
    d.h1("Innehåll")
    toc = [("Kommunstyrelsens ordförande har ordet", 3), ("Förutsättningar och omvärld", 4),
           ("Skatteintäkter och finansiella mål", 5), ("Resultatbudget", 6), ("Balansbudget", 7),
           ("Kassaflödesbudget", 8), ("Driftbudget per nämnd", 9), ("Nämndernas uppdrag och ramar", 10),
           ("Personal och kompetensförsörjning", 11), ("Investeringsbudget 2025–2027", 12),
           ("Kommentarer till investeringarna", 14), ("Noter", 15), ("Beslut och kontakt", 16)]
    d.set_font("DejaVu", "", 10)
    for t, pg in toc:
        d.cell(150, 7, t)
        d.cell(20, 7, str(pg), align="R", new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.p("Dokumentet Mål och budget är kommunens övergripande styrdokument. Det innehåller kommunfullmäktiges mål, "
        "ekonomiska ramar för nämnderna och investeringsbudget för 2025 samt plan för 2026–2027. Belopp anges i "
        "miljoner kronor (mnkr) om inget annat anges. Investeringsbudgeten redovisas i tusental kronor (tkr).")
    # 3 ordförande
    d.add_page()
    d.h1("Kommunstyrelsens ordförande har ordet")
    ch = M_NAMNDER
    un = ch[2][1]; sn = ch[3][1]
    d.p("Mjölby står inför ett par år där ekonomin är ansträngd samtidigt som vi fortsätter att växa. Befolkningen "
        f"beräknas öka till 28 950 invånare under 2025 och fler barn, unga och äldre behöver våra tjänster. Den här "
        "budgeten handlar därför om att prioritera kärnverksamheten och samtidigt hålla ordning på ekonomin.")
    d.p(f"Utbildningsnämnden får ett tillskott på {sv(un[2] - un[1]).replace('−', '')} miljoner kronor jämfört med budget 2024 och "
        f"socialnämndens ram ökar med {sv(sn[2] - sn[1]).replace('−', '')} miljoner kronor. Inom socialnämndens ram finns 4,5 miljoner kronor "
        "avsatta för att öppna ytterligare en avdelning på Solgårdens särskilda boende under hösten 2025. Vi avsätter "
        "också 2,5 miljoner kronor till feriejobb för ungdomar och 1,2 miljoner kronor till en förstärkt fältverksamhet "
        "för att förebygga kriminalitet bland unga.")
    d.p(f"Resultatet för 2025 budgeteras till {sv(M_RES[2])} miljoner kronor, vilket motsvarar {sv(M_RESPCT[2])} procent av "
        "skatteintäkter och generella statsbidrag. Det är under fullmäktiges mål på 2,0 procent, men vi bedömer att "
        "nivån är rimlig ett år när kostnaderna för pensioner och räntor ökar. Från 2026 når vi målet igen enligt planen.")
    d.p("Skattesatsen lämnas oförändrad på 22,15 kronor per skattekrona. Den höjdes med 25 öre inför 2024 och vi har "
        "inte för avsikt att höja den igen under planperioden.")
    d.p(f"Investeringarna uppgår till {sv(M_INV[2])} miljoner kronor 2025. De största projekten är den nya förskolan i Västra "
        "Mjölby, om- och tillbyggnaden av Skänninge skola och förberedelserna för ett nytt särskilt boende i Mantorp. "
        "Eftersom investeringarna inte fullt ut kan finansieras med egna medel behöver kommunen låna 130 miljoner kronor "
        "under 2025.")
    d.p("Jag vill tacka alla medarbetare och förtroendevalda som bidragit i budgetarbetet.")
    d.p("Karin Sjöholm (S)\nKommunstyrelsens ordförande", style="I")
    # 4 förutsättningar
    d.add_page()
    d.h1("Förutsättningar och omvärld")
    d.h2("Samhällsekonomin")
    d.p("Enligt Sveriges Kommuner och Regioners (SKR) prognos från oktober 2024 vänder konjunkturen uppåt under 2025. "
        "Inflationen har fallit tillbaka och Riksbanken har sänkt styrräntan, men arbetsmarknaden förblir svag ytterligare en "
        "tid. Skatteunderlaget beräknas öka med 3,9 procent 2025. Kommunens pensionskostnader ökar kraftigt till följd av "
        "det nya pensionsavtalet och den höga inflationen under 2022 och 2023.")
    d.h2("Befolkning")
    d.p("Mjölby kommun har vuxit varje år sedan 2015. Ökningen sker främst genom inflyttning, både från andra kommuner i "
        "Östergötland och från utlandet. Befolkningsprognosen, som tagits fram av kommunledningsförvaltningen i augusti "
        "2024, visar en fortsatt ökning med omkring 160–180 personer per år. Antalet invånare 80 år och äldre ökar snabbast.")
    d.caption("Tabell 1. Folkmängd och skattesats 2019–2025")
    rows = []
    prevp = None
    for y, pnum in M_POP:
        lab = str(y) + (" (prognos)" if y >= 2024 else "")
        ch_ = sv(pnum - prevp, 0, plus=True) if prevp else "–"
        rows.append(("data", [lab, sv(pnum, 0), ch_, M_SKATTESATS[y]]))
        prevp = pnum
    d.table(["År", "Folkmängd 31 december", "Förändring, antal", "Skattesats, kr"], rows, [45, 40, 35, 30],
            aligns=["L", "R", "R", "R"], style="grid", head_fill=(230, 240, 234))
    d.source("Källa: SCB och kommunens befolkningsprognos 2024.")
    d.h2("Budgetprocessen")
    d.p("Budgetberedningen har genomförts under våren och hösten 2024 med dialoger mellan kommunstyrelsens "
        "arbetsutskott och samtliga nämnder. Kommunstyrelsen föreslog budgeten den 5 november 2024 och "
        "kommunfullmäktige fastställde den den 26 november 2024.")
    # 5 skatteintäkter + finansiella mål
    d.add_page()
    d.h1("Skatteintäkter och finansiella mål")
    d.p("Skatteintäkter och generella statsbidrag har beräknats utifrån SKR:s skatteunderlagsprognos från oktober 2024 "
        "och befolkningsprognosen. Generella statsbidrag och utjämning beräknas utifrån befolkningen den 1 november året före budgetåret.")
    d.caption("Tabell 2. Skatteintäkter, generella statsbidrag och utjämning, mnkr")
    rows = []
    rows.append(("data", ["Kommunalskatt"] + [R(v) for v in M_TAX["Kommunalskatt"]]))
    rows.append(("data", ["Slutavräkning"] + [R(v) for v in M_TAX["Slutavräkning"]]))
    rows.append(("sum", ["Summa skatteintäkter"] + [R(v) for v in M_SKATT[1:]]))
    for k in ["Inkomstutjämning", "Kostnadsutjämning", "Regleringsbidrag/-avgift", "LSS-utjämning", "Fastighetsavgift", "Generella bidrag från staten"]:
        rows.append(("data", [k] + [R(v) for v in M_TAX[k]]))
    rows.append(("sum", ["Summa generella statsbidrag och utjämning"] + [R(v) for v in M_BIDRAG[1:]]))
    rows.append(("total", ["Totalt skatteintäkter och statsbidrag"] + [R(M_SKATT[i] + M_BIDRAG[i]) for i in range(1, 5)]))
    d.table(["mnkr", "Budget 2024", "Budget 2025", "Plan 2026", "Plan 2027"], rows, [74, 24, 24, 24, 24], style="lines")
    d.h2("Finansiella mål")
    d.p("Kommunfullmäktige har beslutat om tre finansiella mål för god ekonomisk hushållning. Målen ska nås som ett "
        "genomsnitt över planperioden.")
    d.caption("Tabell 3. Finansiella mål och budgeterad måluppfyllelse")
    rows = [("data", ["Resultat i procent av skatteintäkter och statsbidrag", "minst 2,0 %", sv(M_RESPCT[2]) + " %", sv(M_RESPCT[3]) + " %", sv(M_RESPCT[4]) + " %"]),
            ("data", ["Självfinansieringsgrad av investeringar", "minst 80 %", sv(M_SJF[2], 0) + " %", sv(M_SJF[3], 0) + " %", sv(M_SJF[4], 0) + " %"]),
            ("data", ["Soliditet enligt balansräkningen", "minst 35 %", sv(M_SOL[2]) + " %", sv(M_SOL[3]) + " %", sv(M_SOL[4]) + " %"])]
    d.table(["Mål", "Målvärde", "Budget 2025", "Plan 2026", "Plan 2027"], rows, [70, 25, 25, 25, 25],
            font="Cond", style="grid", head_fill=(0, 98, 65), head_color=(255, 255, 255), rh=6)
    d.p("Självfinansieringsgraden beräknas som årets resultat plus avskrivningar i förhållande till nettoinvesteringarna.", size=8.5)
    # 6 resultatbudget
    d.add_page()
    d.h1("Resultatbudget")
    d.p("Resultatbudgeten visar kommunens budgeterade intäkter och kostnader. Verksamhetens nettokostnader motsvarar "
        "summan av nämndernas ramar och finansförvaltningen i driftbudgeten.")
    d.caption("Tabell 4. Resultatbudget 2025–2027, mnkr")
    RB = [("data", "Verksamhetens intäkter", M_INTAKTER), ("data", "Verksamhetens kostnader", M_KOSTNADER),
          ("data", "Avskrivningar", [-a for a in M_AVSKR]), ("sum", "Verksamhetens nettokostnader", M_NETTO),
          ("data", "Skatteintäkter", M_SKATT), ("data", "Generella statsbidrag och utjämning", M_BIDRAG),
          ("sum", "Verksamhetens resultat", M_VRES), ("data", "Finansiella intäkter", M_FININT),
          ("data", "Finansiella kostnader", M_FINKOST), ("sum", "Resultat efter finansiella poster", M_RES),
          ("data", "Extraordinära poster", [D(0)] * 5), ("total", "Årets resultat", M_RES)]
    rows = [(k, [lab] + [R(v) for v in vals]) for k, lab, vals in RB]
    d.table(["mnkr"] + M_YEARS, rows, [60, 22, 22, 22, 22, 22], style="lines", zebra=(245, 248, 246))
    d.p(f"Årets resultat budgeteras till {sv(M_RES[2])} mnkr 2025, {sv(M_RES[3])} mnkr 2026 och {sv(M_RES[4])} mnkr 2027. "
        "Finansiella kostnader ökar under perioden till följd av en högre låneskuld.")
    # 7 balansbudget
    d.add_page()
    d.h1("Balansbudget")
    d.caption("Tabell 5. Balansbudget, mnkr")
    B = M_BAL
    f = lambda k: [R(b[k]) for b in B]  # noqa: E731
    rows = [("section", ["TILLGÅNGAR"]),
            ("data", ["Immateriella anläggningstillgångar", ""] + f("immat")),
            ("data", ["Mark, byggnader och tekniska anläggningar", "1"] + f("byggn")),
            ("data", ["Maskiner och inventarier", "1"] + f("mask")),
            ("data", ["Finansiella anläggningstillgångar", "2"] + f("fin")),
            ("sum", ["Summa anläggningstillgångar", ""] + f("anl")),
            ("data", ["Fordringar", ""] + f("ford")),
            ("data", ["Kassa och bank", ""] + f("kassa")),
            ("sum", ["Summa omsättningstillgångar", ""] + f("oms")),
            ("total", ["SUMMA TILLGÅNGAR", ""] + f("tot")),
            ("section", ["EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER"]),
            ("data", ["Eget kapital", ""] + f("ek")),
            ("data", ["därav årets resultat", ""] + [R(v) for v in M_RES]),
            ("data", ["Avsättningar för pensioner", "3"] + f("avs")),
            ("data", ["Långfristiga skulder", "4"] + f("L")),
            ("data", ["Kortfristiga skulder", ""] + f("kort")),
            ("sum", ["Summa skulder", ""] + f("skulder")),
            ("total", ["SUMMA EGET KAPITAL OCH SKULDER", ""] + f("totek"))]
    d.table(["mnkr", "Not"] + M_YEARS, rows, [62, 10, 19.6, 19.6, 19.6, 19.6, 19.6],
            aligns=["L", "C", "R", "R", "R", "R", "R"], size=8, style="lines")
    d.p("Soliditeten, det vill säga eget kapital i förhållande till totala tillgångar, beräknas till "
        f"{sv(M_SOL[2])} procent 2025. Pensionsförpliktelser intjänade före 1998 redovisas som ansvarsförbindelse "
        "och ingår inte i balansbudgeten.")
    # 8 kassaflöde
    d.add_page()
    d.h1("Kassaflödesbudget")
    d.p("Kassaflödesbudgeten visar hur likviditeten påverkas av den löpande verksamheten, investeringar och finansiering. "
        "Negativa belopp anges inom parentes.")
    d.caption("Tabell 6. Kassaflödesbudget, mnkr")
    C = M_CF
    g = lambda k: [P(c[k]) for c in C]  # noqa: E731
    rows = [("section", ["Den löpande verksamheten"]),
            ("data", ["Årets resultat"] + g("res")),
            ("data", ["Justering för av- och nedskrivningar"] + g("avskr")),
            ("data", ["Justering för avsättningar"] + g("avs")),
            ("data", ["Förändring kortfristiga fordringar"] + g("ford")),
            ("data", ["Förändring kortfristiga skulder"] + g("kort")),
            ("sum", ["Medel från den löpande verksamheten"] + g("lop")),
            ("section", ["Investeringsverksamheten"]),
            ("data", ["Investering i materiella anläggningstillgångar"] + g("inv")),
            ("sum", ["Medel från investeringsverksamheten"] + g("invsum")),
            ("section", ["Finansieringsverksamheten"]),
            ("data", ["Nyupptagna lån"] + g("lan")),
            ("data", ["Amortering av skuld"] + g("amort")),
            ("sum", ["Medel från finansieringsverksamheten"] + g("finsum")),
            ("total", ["Årets kassaflöde"] + g("kf")),
            ("data", ["Likvida medel vid årets början"] + g("ib")),
            ("data", ["Likvida medel vid årets slut"] + g("ub"))]
    d.table(["mnkr"] + M_YEARS, rows, [70, 20, 20, 20, 20, 20], style="minimal", head_fill=(240, 240, 240), size=8.5)
    # 9 driftbudget landscape
    d.add_page(orientation="L")
    d.h1("Driftbudget per nämnd")
    d.p("Tabellen visar nämndernas nettokostnader (ramar). Kostnader anges med minustecken. Kolumnen Förändring visar "
        "skillnaden mellan budget 2025 och budget 2024; ett negativt värde innebär en utökad ram.")
    d.caption("Tabell 7. Driftbudget per nämnd, mnkr")
    d.table(["Nämnd / verksamhet", "Bokslut 2023", "Budget 2024", "Budget 2025", "Förändring budget 2024–2025",
             "Plan 2026", "Plan 2027", "Andel av nettokostnad 2025, %"], drift_rows(),
            [78, 24, 24, 24, 30, 24, 24, 29], style="lines", rh=5.6, head_fill=(214, 234, 222))
    d.source("Finansförvaltningen omfattar centrala pensionskostnader, intern ränta och centrala reserver.")
    # 10-11 nämnderna
    d.add_page(orientation="P")
    d.h1("Nämndernas uppdrag och ramar")
    nm = dict(M_NAMNDER)
    def chg(n):
        v = nm[n]
        return sv(v[1] - v[2])  # positive = increase of ram
    d.h2("Kommunstyrelsen")
    d.p(f"Kommunstyrelsens ram för 2025 är {sv(-nm['Kommunstyrelsen'][2])} miljoner kronor. I ramen ingår kommunövergripande "
        "funktioner som ekonomi, HR, IT, kommunikation och näringslivsutveckling samt räddningstjänsten som sköts "
        "i samverkan med Boxholm. Kommunstyrelsen får i uppdrag att ta fram en plan för samlokalisering av förvaltningarna "
        "i kommunhuset senast i juni 2025.")
    d.h2("Utbildningsnämnden")
    d.p(f"Utbildningsnämnden ansvarar för förskola, grundskola, gymnasieskola och vuxenutbildning. Ramen ökar med "
        f"{chg('Utbildningsnämnden')} miljoner kronor till {sv(-nm['Utbildningsnämnden'][2])} miljoner kronor. Ökningen "
        "förklaras främst av fler barn i förskolan och ökade kostnader för gymnasieplatser i andra kommuner. Nämnden ska "
        "under 2025 öppna den nya förskolan i Västra Mjölby med plats för 120 barn.")
    d.h2("Socialnämnden")
    d.p(f"Socialnämnden ansvarar för äldreomsorg, stöd till personer med funktionsnedsättning samt individ- och "
        f"familjeomsorg. Ramen ökar med {chg('Socialnämnden')} miljoner kronor. Nämnden har under 2024 haft höga "
        "kostnader för externa placeringar av barn och unga och ska under 2025 fortsätta arbetet med att bygga upp "
        "egna öppenvårdsinsatser. Antalet platser i särskilt boende utökas med 12 när en ny avdelning på Solgården öppnar.")
    d.h2("Samhällsbyggnadsnämnden")
    d.p(f"Samhällsbyggnadsnämnden ansvarar för fastigheter, gator, parker, kost och lokalvård. Ramen för 2025 är "
        f"{sv(-nm['Samhällsbyggnadsnämnden'][2])} miljoner kronor. Nämnden förvaltar kommunens lokaler och hyr ut dem "
        "internt till övriga nämnder.")
    d.add_page()
    d.h2("Kultur- och fritidsnämnden")
    d.p(f"Kultur- och fritidsnämndens ram ökar med {chg('Kultur- och fritidsnämnden')} miljoner kronor. I ramen ingår "
        "bidrag till föreningslivet, biblioteken i Mjölby, Mantorp och Skänninge, Mjölby simhall samt kulturskolan. "
        "Avgiften i kulturskolan höjs till 700 kronor per termin från höstterminen 2025.")
    d.h2("Miljö- och byggnämnden")
    d.p("Miljö- och byggnämnden ansvarar för tillsyn enligt miljöbalken och livsmedelslagstiftningen samt bygglov. "
        "Taxorna indexregleras årligen enligt fullmäktiges beslut.")
    d.h2("Överförmyndarnämnden")
    d.p("Överförmyndarnämnden är gemensam för Mjölby, Boxholm och Ödeshög med Mjölby som värdkommun.")
    d.h1("Personal och kompetensförsörjning", size=14)
    d.p("Kommunen har cirka 2 400 tillsvidareanställda. Lönerevisionen 2025 beräknas till 3,4 procent och medel för "
        "detta ligger i reserven för löneökningar inom finansförvaltningen tills avtalen är klara. Sjukfrånvaron var "
        "7,1 procent 2023 och målet är att den ska understiga 6,5 procent 2025. De största rekryteringsbehoven finns "
        "inom förskola, grundskola och vård och omsorg.")
    # 12-13 investeringsbudget with continued table
    d.add_page()
    d.h1("Investeringsbudget 2025–2027")
    d.p("Investeringsbudgeten anges i tusental kronor (tkr). Investeringar är anskaffningar med en nyttjandeperiod på "
        "minst tre år och ett värde över ett prisbasbelopp.")
    rows = inv_rows()
    split = next(i for i, r in enumerate(rows) if r[1][0] == "Trafiksäkerhetsåtgärder")
    hdr = ["Projekt (tkr)", "Budget 2025", "Plan 2026", "Plan 2027", "Summa 2025–2027"]
    wid = [82, 22, 22, 22, 22]
    d.caption("Tabell 8. Investeringsbudget per nämnd och projekt, tkr")
    d.table(hdr, rows[:split], wid, style="lines", size=8.3, rh=5.2, head_fill=(214, 234, 222))
    d.add_page()
    d.caption("Tabell 8. Investeringsbudget per nämnd och projekt, tkr (forts.)")
    d.table(hdr, rows[split:], wid, style="lines", size=8.3, rh=5.2, head_fill=(214, 234, 222))
    # 14 kommentarer
    d.add_page()
    d.h1("Kommentarer till investeringarna")
    sb = dict((p[0], p) for _, ps in M_INV_PROJ for p in ps)
    fs = sb["Ny förskola Västra Mjölby"]
    sk = sb["Skänninge skola, om- och tillbyggnad"]
    mb = sb["Nytt särskilt boende Mantorp"]
    d.p(f"Den nya förskolan i Västra Mjölby har en total projektbudget på {sv((fs[1] + fs[2] + 14000) / 1000)} miljoner kronor, "
        "varav 14,0 miljoner kronor upparbetades under 2024. Förskolan får åtta avdelningar och beräknas stå klar i "
        "augusti 2025.")
    d.p(f"Om- och tillbyggnaden av Skänninge skola omfattar en ny matsal, idrottshall och fyra klassrum. Under "
        f"planperioden budgeteras {sv((sk[1] + sk[2] + sk[3]) / 1000)} miljoner kronor. Skolan ska vara färdig till höstterminen 2027.")
    d.p(f"För det nya särskilda boendet i Mantorp med 60 platser budgeteras {sv((mb[1] + mb[2] + mb[3]) / 1000)} miljoner kronor "
        "under 2025–2027. Byggstart planeras till våren 2026. Projektet kräver ett särskilt genomförandebeslut i "
        "kommunfullmäktige innan upphandling.")
    d.p("Gång- och cykelvägen mellan Mantorp och Mjölby byggs i två etapper och medfinansieras av Trafikverket "
        "med 50 procent. Medfinansieringen redovisas som en intäkt och ingår inte i beloppen i tabell 8.")
    d.p("Investeringar som inte påbörjats under budgetåret får endast överföras till nästa år efter beslut i "
        "kommunstyrelsen i samband med bokslutet.")
    # 15 noter
    d.add_page()
    d.h1("Noter")
    d.h2("Not 1 Materiella anläggningstillgångar", size=10)
    d.p(f"Materiella anläggningstillgångar ökar med nettoinvesteringar minskat med avskrivningar. Avskrivningarna "
        f"beräknas till {sv(M_AVSKR[2])} mnkr 2025.")
    d.h2("Not 2 Finansiella anläggningstillgångar", size=10)
    d.p("Posten avser främst aktier i det helägda bostadsbolaget AB Mjölbybostäder samt andelar i Kommuninvest "
        "ekonomisk förening. Inga förändringar budgeteras.")
    d.h2("Not 3 Avsättningar för pensioner", size=10)
    d.p(f"Avsättningen avser pensioner intjänade från 1998 inklusive särskild löneskatt och beräknas till "
        f"{sv(M_AVS[2])} mnkr vid utgången av 2025 enligt KPA:s prognos.")
    d.h2("Not 4 Långfristiga skulder", size=10)
    d.p(f"Nyupplåning budgeteras till {sv(M_NEWLOAN[2])} mnkr 2025 och {sv(M_NEWLOAN[3])} mnkr 2026. Amortering sker med "
        f"{sv(M_AMORT[2])} mnkr per år. Ingen nyupplåning planeras 2027.")
    # 16 beslut
    d.add_page()
    d.h1("Beslut och kontakt")
    d.p("Kommunfullmäktige beslutade den 26 november 2024, § 142, att fastställa Mål och budget 2025 med plan för "
        "2026–2027, att skattesatsen för 2025 ska vara oförändrad 22,15 kronor per skattekrona samt att ge "
        "kommunstyrelsen rätt att under 2025 nyupplåna, det vill säga öka kommunens skulder, med högst 130 miljoner kronor.")
    d.p("Kontakt: Johan Lindahl, ekonomichef, telefon 0142-850 00 (växel).")
    d.p("Mjölby kommun, 595 80 Mjölby")
    d.output(os.path.join(D_OUT, PDF_NAME))


HTML = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Budget 2025 antagen – satsningar på skola och omsorg - Mjölby kommun</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/css/main.3f9a1c.css">
<script src="/js/analytics.js" defer></script>
</head>
<body class="page-news">
<div id="cookie-banner" class="cookie-banner" role="dialog" aria-label="Kakor">
  <p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra den. Du kan själv välja vilka kakor du godkänner.</p>
  <button class="btn">Godkänn alla kakor</button> <button class="btn btn-secondary">Endast nödvändiga</button>
  <a href="/om-webbplatsen/kakor">Läs mer om kakor</a>
</div>
<a class="skip" href="#main">Till innehållet</a>
<header class="site-header">
  <a class="logo" href="/"><img src="/images/mjolby-logo.svg" alt="Mjölby kommun"></a>
  <nav class="top-links"><a href="/lattlast">Lättläst</a> <a href="/other-languages">Other languages</a> <a href="/kontakt">Kontakta oss</a></nav>
  <form class="search" action="/sok"><input type="search" name="q" placeholder="Vad letar du efter?"><button>Sök</button></form>
  <nav class="main-menu">
    <ul>
      <li><a href="/barn-och-utbildning">Barn och utbildning</a></li>
      <li><a href="/omsorg-och-hjalp">Omsorg och hjälp</a></li>
      <li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
      <li><a href="/uppleva-och-gora">Uppleva och göra</a></li>
      <li><a href="/naringsliv-och-arbete">Näringsliv och arbete</a></li>
      <li><a href="/kommun-och-politik">Kommun och politik</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumbs"><a href="/">Startsida</a> / <a href="/kommun-och-politik">Kommun och politik</a> / <a href="/nyheter">Nyheter</a> / Budget 2025 antagen</nav>
<main id="main">
<article class="news">
<p class="date">Publicerad 27 november 2024</p>
<h1>Budget 2025 antagen – satsningar på skola och omsorg</h1>
<p class="lead">Kommunfullmäktige i Mjölby antog på tisdagskvällen budgeten för 2025 med plan för 2026–2027. Skattesatsen blir oförändrad och de största tillskotten går till utbildning och socialtjänst.</p>
<p>Budgeten antogs efter en debatt som varade i drygt fyra timmar. Majoritetens förslag vann med 27 röster mot 22, och två ledamöter avstod från att rösta. Oppositionens förslag innehöll bland annat en skattehöjning med 20 öre för att finansiera fler lärare.</p>
<p>Skattesatsen blir oförändrad, 22,15 kronor per hundralapp. Utbildningsnämnden får ett tillskott på 14,2 miljoner kronor och socialnämnden 22,3 miljoner kronor jämfört med 2024. Kommunen planerar investeringar för 214,9 miljoner kronor under 2025, bland annat en ny förskola i Västra Mjölby och en utbyggnad av Skänninge skola.</p>
<blockquote><p>– Vi prioriterar barnen och de äldre. Det är en stram budget men den håller ihop ekonomin, säger Karin Sjöholm (S), kommunstyrelsens ordförande.</p></blockquote>
<h2>Så används din skatt</h2>
<p>Av varje hundralapp du betalar i kommunalskatt går pengarna till följande verksamheter (budget 2025, avrundat):</p>
<table class="table">
<caption>Fördelning av 100 kronor i skatt, budget 2025</caption>
<thead><tr><th>Verksamhet</th><th>Kronor av 100</th></tr></thead>
<tbody>
%ROWS%
</tbody>
</table>
<p>Hela budgetdokumentet finns att läsa under <a href="/kommun-och-politik/ekonomi/budget">Ekonomi och budget</a>.</p>
<p class="contact">Kontakt: Johan Lindahl, ekonomichef, 0142-850 00</p>
</article>
<aside class="related">
<h2>Relaterat</h2>
<ul><li><a href="/kommun-och-politik/ekonomi/arsredovisning">Årsredovisning 2023</a></li><li><a href="/kommun-och-politik/kommunfullmaktige">Kommunfullmäktiges sammanträden</a></li><li><a href="/kommun-och-politik/ekonomi/skattesats">Skattesats</a></li></ul>
</aside>
<div class="share">Dela: <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">E-post</a></div>
<p class="updated">Senast uppdaterad: 27 november 2024</p>
</main>
<footer class="site-footer">
<div class="col"><h2>Mjölby kommun</h2><p>595 80 Mjölby<br>Besöksadress: Burensköldsvägen 11<br>Telefon: 0142-850 00<br>E-post: kommunen@mjolby.se</p></div>
<div class="col"><h2>Genvägar</h2><ul><li><a href="/lediga-jobb">Lediga jobb</a></li><li><a href="/e-tjanster">E-tjänster</a></li><li><a href="/press">Press</a></li><li><a href="/tillganglighetsredogorelse">Tillgänglighetsredogörelse</a></li><li><a href="/personuppgifter">Behandling av personuppgifter</a></li></ul></div>
<div class="col"><h2>Följ oss</h2><ul><li><a href="#">Facebook</a></li><li><a href="#">Instagram</a></li><li><a href="#">LinkedIn</a></li></ul></div>
<p class="copyright">© Mjölby kommun 2024</p>
</footer>
</body>
</html>
"""


def html():
    rows = "\n".join(f"<tr><td>{n}</td><td>{v}</td></tr>" for n, v in M_SKATT100)
    rows += "\n<tr class=\"sum\"><td><strong>Totalt</strong></td><td><strong>100</strong></td></tr>"
    with open(os.path.join(D_OUT, HTML_NAME), "w", encoding="utf-8") as f:
        f.write(HTML.replace("%ROWS%", rows))


def xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill, Alignment
    wb = Workbook()
    ws = wb.active
    ws.title = "Föreningsbidrag 2024"
    ws["A1"] = "Beviljade föreningsbidrag 2024 – Kultur- och fritidsnämnden, Mjölby kommun"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Beslutade av kultur- och fritidsnämnden 2024-03-14 § 22 samt på delegation. Belopp i kronor."
    ws.append([])
    ws.append(["Förening", "Ort", "Bidragstyp", "Beviljat belopp (kr)"])
    for c in ws[4]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D6EADE")
    for r in M_FORENING:
        ws.append(list(r))
    ws.append(["Summa", None, None, M_FORENING_SUM])
    for c in ws[ws.max_row]:
        c.font = Font(bold=True)
    ws.column_dimensions["A"].width = 32
    ws.column_dimensions["B"].width = 12
    ws.column_dimensions["C"].width = 40
    ws.column_dimensions["D"].width = 20
    ws2 = wb.create_sheet("Nyckeltal")
    ws2["A1"] = "Nyckeltal Mjölby kommun 2021–2023 jämfört med riket"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["Nyckeltal", "2021", "2022", "2023", "Riket 2023", "Källa"])
    for c in ws2[2]:
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True)
    for r in M_NYCKELTAL:
        ws2.append(list(r) + ["Kolada" if "Invånare" not in r[0] else "SCB"])
    ws2.append([])
    ws2.append(["Uppgifterna hämtade från Kolada och SCB 2024-05-20. Riksvärdet avser ovägt medel för landets kommuner."])
    ws2.column_dimensions["A"].width = 50
    for col in "BCDE":
        ws2.column_dimensions[col].width = 12
    wb.save(os.path.join(D_OUT, XLSX_NAME))


if __name__ == "__main__":
    pdf()
    html()
    xlsx()
    print("ok mjolby")
