"""Vetlanda kommun: documents for dev-muni34 (invented figures)."""
import os

import docx
import openpyxl
from docx.shared import Pt

from common import Doc, sv, normalize_zip, html_page, html_table

MUNI = "Vetlanda"
RB = {
    "Verksamhetens intäkter": [498.3, 472.0, 489.5, 497.0, 505.2],
    "Verksamhetens kostnader": [-2398.6, -2451.2, -2553.4, -2612.8, -2676.1],
    "Avskrivningar": [-98.7, -104.5, -111.2, -117.9, -123.4],
    "Skatteintäkter": [1512.4, 1571.6, 1640.8, 1701.3, 1762.9],
    "Generella statsbidrag och utjämning": [512.9, 541.2, 568.4, 574.0, 584.5],
    "Finansiella intäkter": [21.4, 18.0, 18.5, 18.5, 18.5],
    "Finansiella kostnader": [-9.5, -12.4, -14.9, -17.2, -19.8],
}
NAMNDER = ["Kommunfullmäktige och revision", "Kommunstyrelsen", "Barn- och utbildningsnämnden", "Socialnämnden",
           "Kultur- och fritidsnämnden", "Miljö- och byggnadsnämnden", "Tekniska nämnden", "Överförmyndarnämnden"]
B24 = [6.1, 190.2, 811.7, 836.0, 66.5, 14.2, 60.4, 3.9]
B25 = [6.4, 198.6, 842.3, 871.5, 68.2, 14.9, 62.7, 4.1]
P26 = [6.5, 202.9, 861.4, 897.8, 69.6, 15.2, 64.1, 4.2]
P27 = [6.7, 207.5, 883.0, 925.6, 71.1, 15.5, 65.5, 4.3]
# Årsredovisning 2023 driftredovisning: budget 2023, avvikelse
B23 = [5.9, 181.0, 780.5, 801.2, 64.0, 13.8, 58.1, 3.7]
AV23 = [0.3, 6.8, -4.2, -18.6, 1.1, 0.6, -2.3, -0.2]

INVEST = [
    ("Kommunstyrelsen", [("IT och digitalisering", 6.5, 6.0, 6.0, None),
                         ("Exploatering bostadsområde Kullsberg", 12.0, 15.0, 8.0, 45.0),
                         ("Exploatering verksamhetsområde Stensjöbo", 9.5, 4.0, 0.0, 18.0),
                         ("Fordon räddningstjänsten", 4.8, 2.5, 5.2, None)]),
    ("Barn- och utbildningsnämnden", [("Ny F–6-skola Landsbro", 38.0, 22.0, 0.0, 92.0),
                                      ("Utbyggnad Withalaskolan", 8.5, 14.0, 6.0, 28.5),
                                      ("Inventarier och lärverktyg", 5.0, 5.0, 5.0, None),
                                      ("Förskolegårdar, upprustning", 2.0, 2.0, 2.0, None)]),
    ("Socialnämnden", [("Nytt äldreboende Ekbacken, 90 platser", 95.0, 110.0, 60.0, 285.0),
                       ("Välfärdsteknik", 3.2, 3.0, 3.0, None),
                       ("Inventarier särskilt boende", 1.8, 1.5, 2.5, None)]),
    ("Kultur- och fritidsnämnden", [("Konstgräsplan Ängsvallen", 7.5, 0.0, 0.0, 7.5),
                                    ("Vetlanda bibliotek, ombyggnad", 0.0, 6.0, 9.0, 15.0),
                                    ("Spontanidrottsplatser", 1.0, 1.0, 1.0, None)]),
    ("Tekniska nämnden", [("Gator och vägar, beläggning", 14.0, 14.0, 14.5, None),
                          ("Gång- och cykelvägar", 6.5, 7.0, 7.0, None),
                          ("Gatubelysning", 3.0, 3.0, 3.0, None),
                          ("Energieffektivisering fastigheter", 8.0, 8.0, 6.0, None),
                          ("Solcellsanläggningar", 2.5, 2.5, 2.5, None),
                          ("Fordon och maskiner", 3.5, 3.0, 3.0, None)]),
]


def rb_derived():
    r = {}
    r["nk"] = [round(a + b + c, 1) for a, b, c in zip(RB["Verksamhetens intäkter"], RB["Verksamhetens kostnader"], RB["Avskrivningar"])]
    r["vr"] = [round(n + s + g, 1) for n, s, g in zip(r["nk"], RB["Skatteintäkter"], RB["Generella statsbidrag och utjämning"])]
    r["ef"] = [round(v + fi + fk, 1) for v, fi, fk in zip(r["vr"], RB["Finansiella intäkter"], RB["Finansiella kostnader"])]
    return r


def inv_tot():
    t = [0.0, 0.0, 0.0]
    for _, rows in INVEST:
        for r in rows:
            for i in range(3):
                t[i] += r[1 + i]
    return [round(x, 1) for x in t]


def budget_pdf(path):
    r = rb_derived()
    E = lambda v: sv(v, 1, neg="–")  # noqa: E731
    pdf = Doc("Budget och plan 2025–2027 · Vetlanda kommun")
    pdf.add_page()
    pdf.ln(55)
    pdf.set_font("DV", "B", 26)
    pdf.multi_cell(0, 12, "Budget 2025\nPlan 2026–2027", align="C")
    pdf.set_font("DV", "", 13)
    pdf.multi_cell(0, 8, "Vetlanda kommun\nBeslutad av kommunfullmäktige 2024-11-25, § 187", align="C")
    pdf.no_head = False
    pdf.add_page()
    pdf.h1("Innehåll")
    for t in ["Kommunstyrelsens ordförande har ordet", "Förutsättningar", "Mål för god ekonomisk hushållning",
              "Budgetens inriktning och besparingar", "Resultatbudget", "Balansbudget", "Kassaflödesbudget",
              "Driftbudget per nämnd", "Investeringsbudget", "Nämndernas verksamhet", "Kommunala bolag"]:
        pdf.set_font("DV", "", 11)
        pdf.cell(0, 7, t, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.h1("Kommunstyrelsens ordförande har ordet")
    pdf.p("Vetlanda står inför ett av de mest ansträngda budgetåren på länge. Kostnaderna för äldreomsorg, "
          "pensioner och ränta ökar samtidigt som skatteunderlaget växer långsammare än tidigare år. Vi har därför "
          "valt att både höja skatten och genomföra besparingar, för att inte skjuta problemen framför oss.")
    pdf.p("Kommunalskatten höjs med 20 öre till 22,01 kronor från den 1 januari 2025. Höjningen ger ungefär "
          "14,9 miljoner kronor i ökade skatteintäkter per år. Samtidigt genomför nämnderna besparingar på "
          "sammanlagt 24,5 miljoner kronor.")
    pdf.p("Vi fortsätter att investera i framtiden. Det nya äldreboendet Ekbacken med 90 platser och den nya "
          "F–6-skolan i Landsbro är de största projekten. Investeringsbudgeten för 2025 är den högsta i "
          "kommunens historia.")
    pdf.p(f"Budgeten ger ett resultat på {sv(r['ef'][2])} miljoner kronor 2025. Det är något under vårt mål på "
          "2 procent av skatteintäkter och generella statsbidrag, men över det lagstadgade balanskravet.")
    pdf.p("Anna-Karin Sjöberg (KD)\nKommunstyrelsens ordförande")
    pdf.add_page()
    pdf.h1("Förutsättningar")
    pdf.h2("Befolkning")
    pdf.p("Vetlanda kommun hade 27 628 invånare den 31 december 2023. Budgeten bygger på ett oförändrat "
          "invånarantal på 27 650 under planperioden. Antalet invånare över 85 år ökar med cirka 4 procent per "
          "år, medan antalet barn i grundskoleålder är i stort sett oförändrat.")
    pdf.h2("Skatteunderlag och statsbidrag")
    pdf.p("Skatteintäkter och generella statsbidrag har beräknats utifrån SKR:s prognos från oktober 2024. "
          "Tillsammans uppgår de till 2 209,2 miljoner kronor 2025.")
    pdf.h2("Pensioner och löner")
    pdf.p("Pensionskostnaderna ökar med 21 miljoner kronor 2025 jämfört med 2024. Löneutrymmet har beräknats "
          "till 3,2 procent och hålls centralt under finansförvaltningen tills avtalen är klara.")
    pdf.h2("Mål för god ekonomisk hushållning")
    pdf.bullets(["Årets resultat ska uppgå till minst 2 procent av skatteintäkter och generella statsbidrag.",
                 "Skattefinansierade investeringar ska till minst 70 procent finansieras med egna medel över en "
                 "femårsperiod.",
                 "Soliditeten exklusive pensionsåtaganden före 1998 ska inte understiga 40 procent.",
                 "Kommunens låneskuld får inte överstiga 60 000 kronor per invånare."])
    pdf.add_page()
    pdf.h1("Budgetens inriktning och besparingar")
    pdf.p("Besparingarna på 24,5 miljoner kronor fördelas så här: socialnämnden 12,0 miljoner kronor, barn- "
          "och utbildningsnämnden 7,5 miljoner kronor, kommunstyrelsen 3,0 miljoner kronor och övriga nämnder "
          "2,0 miljoner kronor.")
    pdf.p("Socialnämnden redovisade 2023 ett underskott på -18,6 miljoner kronor, främst inom placeringar av "
          "barn och unga och inom hemtjänsten. Nämnden ska införa en ny modell för resursfördelning i hemtjänsten "
          "och minska antalet externa placeringar.")
    pdf.p("Kultur- och fritidsnämnden minskar bidraget till studieförbunden med 850 000 kronor och ser över "
          "öppettiderna på biblioteksfilialerna i Holsbybrunn och Myresjö.")
    pdf.p("Barn- och utbildningsnämnden får ett tillskott på 5,0 miljoner kronor för ökade kostnader för "
          "gymnasieelever som studerar i andra kommuner, samtidigt som besparingarna i grundskolan genomförs "
          "genom större klasser i årskurs 7–9 och samordnad skolskjuts.")
    pdf.p("Tekniska nämnden får 1,2 miljoner kronor för drift av nya gång- och cykelvägar och ökat "
          "vinterunderhåll.")

    pdf.add_page()
    pdf.h1("Resultatbudget")
    rows = []
    def row(lbl, vals, st=""):
        rows.append(([lbl] + [E(v) for v in vals], st))
    for k in ["Verksamhetens intäkter", "Verksamhetens kostnader", "Avskrivningar"]:
        row(k, RB[k])
    row("Verksamhetens nettokostnader", r["nk"], "B")
    row("Skatteintäkter", RB["Skatteintäkter"])
    row("Generella statsbidrag och utjämning", RB["Generella statsbidrag och utjämning"])
    row("Verksamhetens resultat", r["vr"], "B")
    row("Finansiella intäkter", RB["Finansiella intäkter"])
    row("Finansiella kostnader", RB["Finansiella kostnader"])
    row("Resultat efter finansiella poster", r["ef"], "B")
    row("Årets resultat", r["ef"], "B")
    pdf.table([60, 22, 22, 22, 22, 22],
              [["Mnkr", "Utfall", "Budget", "Budget", "Plan", "Plan"], ["", "2023", "2024", "2025", "2026", "2027"]],
              rows, caption="Resultatbudget (belopp i mnkr)")
    skb = [round(s + g, 1) for s, g in zip(RB["Skatteintäkter"], RB["Generella statsbidrag och utjämning"])]
    pdf.p("Årets resultat i procent av skatteintäkter och generella statsbidrag: "
          + ", ".join(f"{y} {sv(100 * e / s)} %" for y, e, s in zip(["2023", "2024", "2025", "2026", "2027"], r["ef"], skb))
          + ".")
    pdf.h1("Balansbudget")
    anl = [2612.4, 2745.9, 2964.7, 3151.8, 3254.6]
    oms = [412.6, 380.0, 365.0, 360.0, 362.0]
    tot = [round(a + o, 1) for a, o in zip(anl, oms)]
    ek = [1244.8]
    for e in r["ef"][1:]:
        ek.append(round(ek[-1] + e, 1))
    avs = [118.3, 123.0, 129.5, 135.0, 140.2]
    kort = [389.2, 395.0, 402.0, 410.0, 418.0]
    lang = [round(t - e - a - k, 1) for t, e, a, k in zip(tot, ek, avs, kort)]
    b = []
    for lbl, v, st in [("Anläggningstillgångar", anl, ""), ("Omsättningstillgångar", oms, ""),
                       ("Summa tillgångar", tot, "B"), ("Eget kapital", ek, ""), ("Avsättningar", avs, ""),
                       ("Långfristiga skulder", lang, ""), ("Kortfristiga skulder", kort, ""),
                       ("Summa eget kapital, avsättningar och skulder", tot, "B")]:
        b.append(([lbl] + [E(x) for x in v], st))
    pdf.table([75, 19, 19, 19, 19, 19],
              [["Mnkr", "Utfall", "Budget", "Budget", "Plan", "Plan"], ["", "2023", "2024", "2025", "2026", "2027"]],
              b, caption="Balansbudget (belopp i mnkr)")

    pdf.add_page()
    pdf.h1("Kassaflödesbudget")
    inv = [212.4, 238.0] + inv_tot()
    res = r["ef"]
    avskr = [-x for x in RB["Avskrivningar"]]
    avsj = [6.1, 4.7, 6.5, 5.5, 5.2]
    rorel = [-8.4, 2.0, 3.0, 3.0, 2.0]
    lop = [round(a + b_ + c + d, 1) for a, b_, c, d in zip(res, avskr, avsj, rorel)]
    salj = [4.2, 2.0, 2.0, 2.0, 2.0]
    invn = [round(-i + s, 1) for i, s in zip(inv, salj)]
    nya = [120.0, 110.0, 130.0, 120.0, 40.0]
    amort = [-20.0, -20.0, -20.0, -20.0, -20.0]
    fin = [round(n + a, 1) for n, a in zip(nya, amort)]
    kf = [round(a + b_ + c, 1) for a, b_, c in zip(lop, invn, fin)]
    ub0 = 168.9
    ib = []
    ub = []
    cur = ub0 - kf[0]
    for k in kf:
        ib.append(round(cur, 1))
        cur = round(cur + k, 1)
        ub.append(cur)
    P = lambda v: sv(v, 1, neg="()")  # noqa: E731
    rows = [(["Den löpande verksamheten"], "S")]
    for lbl, v, st in [("Årets resultat", res, ""), ("Justering för avskrivningar", avskr, ""),
                       ("Justering för avsättningar", avsj, ""), ("Förändring av rörelsekapital", rorel, ""),
                       ("Medel från den löpande verksamheten", lop, "B")]:
        rows.append(([lbl] + [P(x) for x in v], st))
    rows.append((["Investeringsverksamheten"], "S"))
    for lbl, v, st in [("Investering i materiella anläggningstillgångar", [-x for x in inv], ""),
                       ("Försäljning av anläggningstillgångar", salj, ""),
                       ("Medel från investeringsverksamheten", invn, "B")]:
        rows.append(([lbl] + [P(x) for x in v], st))
    rows.append((["Finansieringsverksamheten"], "S"))
    for lbl, v, st in [("Nyupptagna lån", nya, ""), ("Amortering av skuld", amort, ""),
                       ("Medel från finansieringsverksamheten", fin, "B"), ("Årets kassaflöde", kf, "B"),
                       ("Likvida medel vid årets början", ib, ""), ("Likvida medel vid årets slut", ub, "B")]:
        rows.append(([lbl] + [P(x) for x in v], st))
    pdf.table([70, 20, 20, 20, 20, 20],
              [["Mnkr", "Utfall 2023", "Budget 2024", "Budget 2025", "Plan 2026", "Plan 2027"]], rows,
              caption="Kassaflödesbudget", size=7.5)
    pdf.note("Belopp inom parentes är negativa (utbetalningar).")

    pdf.add_page()
    pdf.h1("Driftbudget per nämnd")
    pdf.p("Nämndernas ramar anges som nettokostnad i miljoner kronor. Ramarna för 2025 är inklusive "
          "besparingar och tillskott enligt avsnittet Budgetens inriktning. Löneökningar för 2025 ligger kvar "
          "under finansförvaltningen.")
    rows = []
    s24 = s25 = s26 = s27 = 0
    for n, a, b_, c, d in zip(NAMNDER, B24, B25, P26, P27):
        rows.append(([n, sv(a), sv(b_), sv(c), sv(d)], ""))
        s24 += a; s25 += b_; s26 += c; s27 += d
    rows.append((["Summa nämnder", sv(s24), sv(s25), sv(s26), sv(s27)], "B"))
    nk = [-x for x in r["nk"]]
    fins = [nk[1] - s24, nk[2] - s25, nk[3] - s26, nk[4] - s27]
    rows.append((["Finansförvaltning¹", sv(fins[0]), sv(fins[1]), sv(fins[2]), sv(fins[3])], ""))
    rows.append((["Verksamhetens nettokostnader", sv(nk[1]), sv(nk[2]), sv(nk[3]), sv(nk[4])], "B"))
    pdf.table([74, 24, 24, 24, 24],
              [["Nettokostnad", "Budget", "Budget", "Plan", "Plan"], ["mnkr", "2024", "2025", "2026", "2027"]],
              rows, caption="Driftbudget per nämnd")
    pdf.note("¹ Finansförvaltningen omfattar pensionskostnader, löneutrymme för 2025, avskrivningar och "
             "internränta samt kommunstyrelsens reserv för oförutsedda kostnader på 8,0 miljoner kronor.")

    pdf.add_page()
    pdf.h1("Investeringsbudget")
    pdf.p("Investeringsbudgeten omfattar skattefinansierade investeringar. VA-investeringar görs i Vetlanda "
          "Energi och Teknik AB och redovisas inte här. Projekt med total projektbudget är fleråriga; övriga "
          "är årliga anslag (ramanslag).")
    pdf.ln(95)
    rows = []
    tt = [0.0, 0.0, 0.0]
    for sec, items in INVEST:
        rows.append(([sec], "S"))
        st = [0.0, 0.0, 0.0]
        for lbl, a, b_, c, tp in items:
            rows.append(([lbl, sv(a), sv(b_), sv(c), sv(tp) if tp else "–"], ""))
            for i, v in enumerate((a, b_, c)):
                st[i] += v
        rows.append((["Summa " + sec[0].lower() + sec[1:], sv(st[0]), sv(st[1]), sv(st[2]), ""], "B"))
        tt = [x + y for x, y in zip(tt, st)]
    rows.append((["Summa investeringar", sv(tt[0]), sv(tt[1]), sv(tt[2]), ""], "B"))
    pdf.table([76, 22, 22, 22, 28],
              [["Projekt", "Budget", "Plan", "Plan", "Total"], ["Belopp i mnkr", "2025", "2026", "2027", "projektbudget"]],
              rows, caption="Investeringsbudget 2025–2027", size=8)

    pdf.add_page()
    pdf.h1("Nämndernas verksamhet")
    for n, t in [("Barn- och utbildningsnämnden", "Nämnden ansvarar för 11 förskoleenheter, 14 grundskolor och "
                  "Njudungsgymnasiet. Omkring 3 300 elever går i kommunens grundskolor. Målet är att andelen "
                  "elever i årskurs 9 med godkända betyg i alla ämnen ska öka till 80 procent."),
                 ("Socialnämnden", "Nämnden ansvarar för äldreomsorg, funktionsstöd och individ- och "
                  "familjeomsorg. Kommunen har 11 särskilda boenden med sammanlagt 412 platser. När Ekbacken "
                  "öppnar 2027 ersätts två äldre boenden med sammanlagt 64 platser."),
                 ("Kultur- och fritidsnämnden", "Nämnden driver huvudbiblioteket och sex filialer, "
                  "kulturhuset Nyhem och kommunens idrottsanläggningar. Föreningsbidragen uppgår till "
                  "7,8 miljoner kronor 2025."),
                 ("Tekniska nämnden", "Nämnden ansvarar för gator, parker, kommunens fastigheter och "
                  "måltidsverksamheten. Måltidsverksamheten serverar cirka 6 500 måltider per dag."),
                 ("Miljö- och byggnadsnämnden", "Nämnden handlägger bygglov och miljötillsyn. Målet är att 90 "
                  "procent av bygglovsärendena ska avgöras inom fem veckor."),
                 ("Kommunstyrelsen", "Kommunstyrelsen leder och samordnar kommunens verksamhet och ansvarar för "
                  "räddningstjänst, näringslivsfrågor, kollektivtrafik och mark- och exploatering.")]:
        pdf.h2(n)
        pdf.p(t)
        pdf.p("Nämnden redovisar måluppfyllelse och ekonomiskt utfall i delårsrapporten och i "
              "årsredovisningen. Vid befarat underskott ska nämnden snarast besluta om åtgärder.")
    pdf.add_page()
    pdf.h1("Kommunala bolag")
    pdf.p("Vetlanda Stadshus AB äger Vetlandabostäder AB, Vetlanda Energi och Teknik AB och Vetlanda "
          "Industrilokaler AB. Bolagen ska lämna en samlad utdelning till kommunen på 9,0 miljoner kronor 2025. "
          "Vetlandabostäder planerar att påbörja 48 nya hyreslägenheter i kvarteret Tallen under 2025.")
    pdf.output(path)
    return {"ef": r["ef"], "nk": r["nk"], "inv": inv_tot(), "fins": fins, "kf": kf, "ub": ub, "lang": lang}


def arsred_pdf(path):
    pdf = Doc("Vetlanda kommun · Årsredovisning 2023")
    pdf.add_page()
    pdf.ln(60)
    pdf.set_font("DV", "B", 26)
    pdf.multi_cell(0, 12, "Årsredovisning 2023", align="C")
    pdf.set_font("DV", "", 13)
    pdf.multi_cell(0, 8, "Vetlanda kommun", align="C")
    pdf.no_head = False
    pdf.add_page()
    pdf.h1("Året i korthet")
    pdf.bullets(["Årets resultat blev 38,2 miljoner kronor, 16,2 miljoner kronor bättre än budget.",
                 "Nettoinvesteringarna uppgick till 212,4 miljoner kronor, den högsta nivån hittills.",
                 "Folkmängden ökade med 45 personer till 27 628 invånare.",
                 "Kommunen hade 2 386 tillsvidareanställda den 31 december 2023.",
                 "Sjukfrånvaron minskade till 6,9 procent (7,5 procent 2022)."])
    pdf.h2("Kommunstyrelsens ordförande")
    pdf.p("2023 blev ett år med hög inflation och stigande räntor. Trots det kan vi redovisa ett positivt "
          "resultat, tack vare högre skatteintäkter och en engångsåterbetalning av premier från AFA Försäkring "
          "på 11,3 miljoner kronor. Underskotten inom socialnämnden visar dock att vi behöver fortsätta arbetet "
          "med en budget i balans. – Anna-Karin Sjöberg (KD), kommunstyrelsens ordförande")
    pdf.add_page()
    pdf.h1("Förvaltningsberättelse")
    pdf.h2("Balanskravsresultat")
    pdf.p("Årets resultat efter balanskravsjusteringar uppgår till 34,0 miljoner kronor. Realisationsvinster "
          "vid försäljning av fastigheter på 4,2 miljoner kronor har räknats bort. Kommunen har inga "
          "balanskravsunderskott från tidigare år att återställa.")
    pdf.h2("God ekonomisk hushållning")
    pdf.p("Resultatet motsvarar 1,9 procent av skatteintäkter och generella statsbidrag, vilket är strax under "
          "målet på 2 procent. Soliditeten exklusive pensionsåtaganden före 1998 var 41,2 procent. Låneskulden "
          "uppgick till 1 020 miljoner kronor, vilket motsvarar 36 919 kronor per invånare.")
    pdf.h2("Pensionsåtaganden")
    pdf.p("Pensionsförpliktelser intjänade före 1998 redovisas som ansvarsförbindelse och uppgick till "
          "512,6 miljoner kronor vid årets slut.")
    pdf.add_page()
    pdf.h1("Resultaträkning")
    r = rb_derived()
    u23 = {k: v[0] for k, v in RB.items()}
    u22 = {"Verksamhetens intäkter": 471.5, "Verksamhetens kostnader": -2212.4, "Avskrivningar": -92.6,
           "Skatteintäkter": 1443.8, "Generella statsbidrag och utjämning": 437.6, "Finansiella intäkter": 20.0,
           "Finansiella kostnader": -6.4}
    b23 = {"Verksamhetens intäkter": 455.0, "Verksamhetens kostnader": -2353.9, "Avskrivningar": -101.0,
           "Skatteintäkter": 1495.7, "Generella statsbidrag och utjämning": 512.0, "Finansiella intäkter": 19.5,
           "Finansiella kostnader": -5.3}
    def der(d):
        nk = round(d["Verksamhetens intäkter"] + d["Verksamhetens kostnader"] + d["Avskrivningar"], 1)
        vr = round(nk + d["Skatteintäkter"] + d["Generella statsbidrag och utjämning"], 1)
        ef = round(vr + d["Finansiella intäkter"] + d["Finansiella kostnader"], 1)
        return nk, vr, ef
    d22, db, d23 = der(u22), der(b23), der(u23)
    assert d23[2] == 38.2, d23
    rows = []
    notes = {"Verksamhetens intäkter": "1", "Verksamhetens kostnader": "2", "Avskrivningar": "3",
             "Skatteintäkter": "4", "Generella statsbidrag och utjämning": "5", "Finansiella intäkter": "6",
             "Finansiella kostnader": "7"}
    def rr(lbl, a, b_, c, st="", note=""):
        rows.append(([lbl, note, sv(a), sv(b_), sv(c), sv(c - b_)], st))
    for k in ["Verksamhetens intäkter", "Verksamhetens kostnader", "Avskrivningar"]:
        rr(k, u22[k], b23[k], u23[k], note=notes[k])
    rr("Verksamhetens nettokostnader", d22[0], db[0], d23[0], "B")
    for k in ["Skatteintäkter", "Generella statsbidrag och utjämning"]:
        rr(k, u22[k], b23[k], u23[k], note=notes[k])
    rr("Verksamhetens resultat", d22[1], db[1], d23[1], "B")
    for k in ["Finansiella intäkter", "Finansiella kostnader"]:
        rr(k, u22[k], b23[k], u23[k], note=notes[k])
    rr("Resultat efter finansiella poster", d22[2], db[2], d23[2], "B")
    rr("Årets resultat", d22[2], db[2], d23[2], "B")
    pdf.table([62, 10, 24, 24, 24, 24],
              [["Belopp i mnkr", "Not", "Utfall 2022", "Budget 2023", "Utfall 2023", "Avvikelse"]], rows,
              caption="Resultaträkning, kommunen")
    pdf.add_page()
    pdf.h1("Driftredovisning per nämnd")
    rows = []
    sb = su = 0
    for n, b_, a in zip(NAMNDER, B23, AV23):
        u = round(b_ - a, 1)
        rows.append(([n, sv(b_), sv(u), sv(a, 1, neg="()")], ""))
        sb += b_; su += u
    rows.append((["Summa nämnder", sv(sb), sv(su), sv(sb - su, 1, neg="()")], "B"))
    pdf.table([80, 28, 28, 28],
              [["Nettokostnad, mnkr", "Budget 2023", "Utfall 2023", "Avvikelse"]], rows,
              caption="Driftredovisning 2023")
    pdf.note("Avvikelse = budget minus utfall. Underskott anges inom parentes.")
    pdf.p("Socialnämnden redovisade det största underskottet, -18,6 miljoner kronor. Kostnaderna för externa "
          "placeringar av barn och unga blev 14,1 miljoner kronor högre än budgeterat, och hemtjänsten "
          "överskred budgeten med 6,3 miljoner kronor. Kommunstyrelsens överskott på 6,8 miljoner kronor "
          "förklaras främst av vakanser och lägre kostnader för räddningstjänsten.")
    pdf.p("Finansförvaltningen redovisade ett överskott på 32,7 miljoner kronor, främst till följd av högre "
          "skatteintäkter och återbetalningen från AFA Försäkring.")
    pdf.add_page()
    pdf.h1("Investeringsredovisning")
    rows = []
    for p_, b_, u in [("Nytt äldreboende Ekbacken, projektering", 12.0, 8.6),
                      ("Ny F–6-skola Landsbro", 25.0, 19.4),
                      ("Exploatering Kullsberg", 15.0, 11.2),
                      ("Gator, vägar och belysning", 24.5, 26.1),
                      ("Fastighetsinvesteringar, övrigt", 72.0, 68.9),
                      ("Inventarier och IT", 18.5, 15.7),
                      ("Övriga projekt", 67.0, 62.5)]:
        rows.append(([p_, sv(b_), sv(u), sv(b_ - u, 1, neg="–")], ""))
    rows.append((["Summa nettoinvesteringar", sv(234.0), sv(212.4), sv(21.6)], "B"))
    pdf.table([90, 25, 25, 25], [["Mnkr", "Budget 2023", "Utfall 2023", "Avvikelse"]], rows,
              caption="Investeringar 2023")
    pdf.h1("Personal")
    pdf.p("Antalet tillsvidareanställda var 2 386 den 31 december 2023, en minskning med 21 personer jämfört "
          "med föregående år. Medelåldern var 45,8 år och 79 procent av de anställda var kvinnor. "
          "Personalkostnaderna uppgick till 1 472,3 miljoner kronor.")
    pdf.output(path)
    return d22, db, d23


def html(path):
    rows = [["Årets resultat, mnkr", "44,7", "61,5", "38,2"],
            ["Nettoinvesteringar, mnkr", "156,3", "189,0", "212,4"],
            ["Soliditet exkl. pensionsåtaganden före 1998, %", "45,0", "43,6", "41,2"],
            ["Låneskuld, mnkr", "820", "900", "1 020"],
            ["Skattesats, kr", "21,81", "21,81", "21,81"],
            ["Invånare 31 december", "27 515", "27 583", "27 628"]]
    body = f"""<p class="ingress">Här hittar du övergripande information om Vetlanda kommuns ekonomi: budget, årsredovisning och nyckeltal för de senaste åren.</p>
<h2>Ekonomin i siffror</h2>
{html_table("Nyckeltal 2021–2023 (kommunen)", ["Nyckeltal", "2021", "2022", "2023"], rows)}
<h2>Budget 2025</h2>
<p>Kommunfullmäktige beslutade den 25 november 2024 om budget för 2025 och plan för 2026–2027. Skattesatsen höjs med 20 öre till 22,01 kronor. Budgeten innehåller investeringar på 232,3 miljoner kronor under 2025.</p>
<h2>Dokument</h2>
<ul><li><a href="/download/budget-och-plan-2025-2027.pdf">Budget och plan 2025–2027 (pdf)</a></li><li><a href="/download/arsredovisning-2023.pdf">Årsredovisning 2023 (pdf)</a></li></ul>
<h2>Kontakt</h2>
<p>Ekonomichef Henrik Blom, telefon 0383-970 00 (växel).</p>"""
    page = html_page("Finansiell information", MUNI,
                     ["Uppleva och göra", "Förskola och skola", "Omsorg och hjälp", "Bygga, bo och miljö",
                      "Kommun och politik"], body, "2024-04-22", "2024-12-02")
    with open(path, "w", encoding="utf-8") as f:
        f.write(page)


def protokoll_docx(path):
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    d.core_properties.author = "Kommunledningskontoret"
    d.core_properties.title = "Protokoll kommunfullmäktige 2024-11-25"
    d.add_heading("Kommunfullmäktige – sammanträdesprotokoll", level=1)
    d.add_paragraph("Vetlanda kommun. Sammanträdesdatum 2024-11-25. Plats: Kulturhuset Nyhem, Vetlanda, "
                    "kl. 18.00–22.40.")
    d.add_paragraph("Ordförande: Bengt Rydell (M). Sekreterare: Johanna Ekman. Justerare: Linda Persson (S) och "
                    "Ola Gustavsson (C).")
    d.add_heading("§ 187 Budget 2025 och plan 2026–2027", level=2)
    d.add_paragraph("Kommunstyrelsen har överlämnat förslag till budget 2025 och plan 2026–2027. Förslaget "
                    "innebär en höjning av skattesatsen med 20 öre till 22,01 kronor, ett budgeterat resultat "
                    "på 37,7 miljoner kronor och investeringar på 232,3 miljoner kronor 2025.")
    d.add_paragraph("Yrkanden: Anna-Karin Sjöberg (KD) yrkar bifall till kommunstyrelsens förslag. Linda "
                    "Persson (S) yrkar bifall till Socialdemokraternas förslag med skattesatsen 22,21 kronor och "
                    "10 miljoner kronor mer till barn- och utbildningsnämnden. Tomas Lund (SD) yrkar bifall till "
                    "Sverigedemokraternas förslag med oförändrad skattesats 21,81 kronor.")
    d.add_paragraph("Omröstning: Kommunfullmäktige bifaller kommunstyrelsens förslag med 29 röster mot 22. "
                    "Ledamöterna från (S) och (V) röstade för Socialdemokraternas förslag, (SD) avstod i "
                    "huvudvoteringen.")
    d.add_paragraph("Beslut: Kommunfullmäktige beslutar att fastställa budget 2025 och plan 2026–2027, att "
                    "skattesatsen för 2025 ska vara 22,01 kronor, och att kommunstyrelsen får uppta nya lån på "
                    "högst 130 miljoner kronor under 2025.")
    d.add_paragraph("Reservationer: Ledamöterna för Socialdemokraterna och Vänsterpartiet reserverar sig mot "
                    "beslutet till förmån för Socialdemokraternas förslag. Ledamöterna för Sverigedemokraterna "
                    "reserverar sig mot beslutet om höjd skattesats.")
    d.add_heading("§ 188 Borgensramar för de kommunala bolagen 2025", level=2)
    d.add_paragraph("Kommunstyrelsen föreslår nya borgensramar för de helägda bolagen. Höjningen för Vetlanda "
                    "Energi och Teknik AB beror på investeringar i nytt reningsverk.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Bolag", "Borgensram 2024, mnkr", "Borgensram 2025, mnkr", "Förändring, mnkr"]):
        t.rows[0].cells[i].text = h
    for n, a, b_ in [("Vetlandabostäder AB", 760, 810), ("Vetlanda Energi och Teknik AB", 540, 640),
                     ("Vetlanda Industrilokaler AB", 180, 180), ("Vetlanda Stadshus AB", 50, 50)]:
        c = t.add_row().cells
        c[0].text, c[1].text, c[2].text, c[3].text = n, sv(a, 0), sv(b_, 0), sv(b_ - a, 0)
    c = t.add_row().cells
    c[0].text, c[1].text, c[2].text, c[3].text = "Summa", sv(1530, 0), sv(1680, 0), sv(150, 0)
    d.add_paragraph("Beslut: Kommunfullmäktige beslutar att fastställa borgensramarna enligt tabellen. "
                    "Borgensavgiften är oförändrad, 0,35 procent av utnyttjad borgen.")
    d.add_heading("§ 189 Svar på motion om solceller på kommunens tak", level=2)
    d.add_paragraph("Ola Gustavsson (C) har i en motion föreslagit att solceller ska installeras på alla "
                    "lämpliga kommunala tak senast 2027. Tekniska nämnden har inventerat 23 lämpliga tak.")
    d.add_paragraph("Beslut: Kommunfullmäktige beslutar att motionen ska anses besvarad med hänvisning till "
                    "att 2,5 miljoner kronor per år avsätts för solcellsanläggningar i investeringsbudgeten.")
    d.add_paragraph("Justerat 2024-11-29. Bengt Rydell, ordförande. Johanna Ekman, sekreterare.")
    d.save(path)
    normalize_zip(path)


BUN = [("Förskola", 21300, 198400), ("Grundskola", 38900, 392600), ("Fritidshem", 9800, 41200),
       ("Gymnasieskola", 14200, 168900), ("Vuxenutbildning", 11400, 26700), ("Kulturskola", 1900, 14500)]
SN = [("Äldreomsorg", 62400, 468200), ("Funktionsstöd", 38100, 236900),
      ("Individ- och familjeomsorg", 9700, 121600), ("Arbetsmarknad och integration", 15300, 44800)]


def xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Budget 2025"
    ws.append(["Driftbudget 2025 per verksamhet – Barn- och utbildningsnämnden och Socialnämnden"])
    ws.append(["Belopp i tkr"])
    ws.append(["Nämnd", "Verksamhet", "Intäkter", "Kostnader", "Nettokostnad"])
    for nm, lst in [("Barn- och utbildningsnämnden", BUN), ("Socialnämnden", SN)]:
        ti = tk = tn = 0
        for v, i, n in lst:
            k = -(n + i)
            ws.append([nm, v, i, k, n])
            ti += i; tk += k; tn += n
        ws.append([nm, "Summa", ti, tk, tn])
    ws2 = wb.create_sheet("Utveckling")
    ws2.append(["Nettokostnad per nämnd 2021–2025"])
    ws2.append(["Miljoner kronor"])
    ws2.append(["År", "Typ", "Barn- och utbildningsnämnden", "Socialnämnden", "Kommunstyrelsen", "Övriga nämnder", "Totalt nämnder"])
    data = [(2021, "Utfall", 731.2, 742.8, 171.4, 134.9), (2022, "Utfall", 756.9, 779.4, 174.8, 141.2),
            (2023, "Utfall", 784.7, 819.8, 174.2, 146.0), (2024, "Budget", 811.7, 836.0, 190.2, 151.1),
            (2025, "Budget", 842.3, 871.5, 198.6, 156.3)]
    for y, t, a, b_, c, o in data:
        ws2.append([y, t, a, b_, c, o, round(a + b_ + c + o, 1)])
    wb.properties.creator = "Vetlanda kommun, ekonomiavdelningen"
    wb.save(path)
    normalize_zip(path)


PRESS = """PRESSMEDDELANDE
Vetlanda kommun
2024-04-16

Vetlanda kommun redovisar överskott på 38,2 miljoner kronor för 2023

Vetlanda kommun gick med ett överskott på 38,2 miljoner kronor förra året. Det framgår av årsredovisningen för 2023 som kommunstyrelsen behandlar i dag. Resultatet är 16,2 miljoner kronor bättre än budget, men lägre än 2022 då överskottet blev 61,5 miljoner kronor.

Det positiva resultatet beror främst på högre skatteintäkter och en engångsåterbetalning från AFA Försäkring på 11,3 miljoner kronor. Samtidigt redovisar socialnämnden ett underskott på 18,6 miljoner kronor och barn- och utbildningsnämnden ett underskott på 4,2 miljoner kronor.

– Resultatet ser bra ut på ytan, men utan engångsintäkterna hade vi legat nära noll. Vi måste fortsätta arbeta för att verksamheterna ska klara sina budgetar, säger Anna-Karin Sjöberg (KD), kommunstyrelsens ordförande.

Kommunen investerade för 212,4 miljoner kronor under 2023, den högsta nivån hittills. De största projekten var förskolor, skolan i Landsbro och exploateringen av bostadsområdet Kullsberg.

Årsredovisningen behandlas av kommunfullmäktige den 22 maj.

Kontakt:
Henrik Blom, ekonomichef, 0383-970 00
Anna-Karin Sjöberg (KD), kommunstyrelsens ordförande
"""


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    b = budget_pdf(os.path.join(outdir, "budget-och-plan-2025-2027.pdf"))
    a = arsred_pdf(os.path.join(outdir, "arsredovisning-2023.pdf"))
    html(os.path.join(outdir, "finansiell-information.html"))
    protokoll_docx(os.path.join(outdir, "protokoll-kf-2024-11-25.docx"))
    xlsx(os.path.join(outdir, "driftbudget-2025-per-verksamhet.xlsx"))
    with open(os.path.join(outdir, "pressmeddelande-arsredovisning-2023.txt"), "w", encoding="utf-8") as f:
        f.write(PRESS)
    print("vetlanda", b, a)
