"""Arjeplogs kommun – Budget 2027 och flerårsplan 2028–2029 (PDF, tkr)."""
from decimal import Decimal as D
from common import sv
from data import A
from pdfkit import Doc

F = "arjeplog/budget-2027-plan-2028-2029.pdf"


def t(v, neg="hyphen_space"):
    return sv(v, 0, neg)


def build(path):
    d = Doc(F, "Arjeplogs kommun | Budget 2027 och flerårsplan 2028–2029", "serif")
    d.alias_nb_pages()
    d.set_margins(22, 20, 22)
    # p1 cover
    d.add_page()
    d.set_font("B", "B", 26)
    d.set_y(70)
    d.multi_cell(0, 12, "Budget 2027\noch flerårsplan 2028–2029", align="C")
    d.ln(6)
    d.set_font("B", "I", 13)
    d.multi_cell(0, 7, "Arjeplogs kommun\nBeslutad av kommunfullmäktige 2026-11-23, § 88", align="C")
    d.set_y(240)
    d.set_font("B", "", 10)
    d.multi_cell(0, 5, "Arjeplogs kommun · Storgatan 14 · 938 21 Arjeplog\nDiarienummer KS 2026/212", align="C")
    # p2 innehåll + läsanvisning
    d.add_page()
    d.h1("Innehåll")
    d.set_font("B", "", 11)
    for s, pg in [("Inledning", 3), ("Planeringsförutsättningar", 4), ("Ekonomiska mål", 6), ("Resultatbudget", 7),
                  ("Balans- och kassaflödesbudget", 8), ("Driftbudget", 9), ("Ramförändringar", 11),
                  ("Nämndernas uppdrag", 12), ("Investeringsbudget", 15), ("Personal", 17), ("Finansiering och risker", 18),
                  ("Taxor och avgifter", 19)]:
        d.cell(140, 7, s)
        d.cell(0, 7, str(pg), align="R")
        d.ln(7)
    d.ln(4)
    d.h2("Läsanvisning")
    d.p("Alla belopp redovisas i tusentals kronor (tkr) om inget annat anges. Kostnader och negativa resultat redovisas i "
        "driftbudgeten med minustecken och i resultatbudgeten inom parentes. Bokslut 2025 avser fastställt utfall, prognos 2026 "
        "avser prognosen per den 31 augusti 2026.")
    # p3 inledning
    d.add_page()
    d.h1("Inledning")
    d.p("Arjeplog står inför stora utmaningar. Befolkningen minskar och blir äldre samtidigt som behoven inom äldreomsorgen "
        "ökar. Budgeten för 2027 är därför en budget med tydliga prioriteringar: vi värnar äldreomsorgen och skolan, håller "
        "skattesatsen oförändrad och fortsätter effektivisera den kommunala administrationen.")
    d.p(f"Budgeten för 2027 ger ett överskott på {sv(D(A['result'][3])/1000,1)} miljoner kronor. För 2026 pekar prognosen på ett underskott "
        f"på {sv(D(-A['result'][2])/1000,2)} miljoner kronor, främst på grund av kraftigt ökade kostnader inom socialnämnden. "
        "Underskottet ska återställas inom tre år enligt kommunallagens balanskrav, och de planerade resultaten för 2027–2029 "
        "är beräknade med detta i åtanke.")
    d.p("Den största enskilda investeringen under planperioden är den nya förskolan i Arjeplogs tätort, som ersätter två "
        "äldre förskolor och beräknas kosta 14,5 miljoner kronor. Under 2027 investeras 8 500 000 kronor i förskolan.")
    d.p("Lars-Åke Nilsson (S)\nKommunstyrelsens ordförande")
    # p4-5 planeringsförutsättningar
    d.add_page()
    d.h1("Planeringsförutsättningar")
    d.h2("Befolkning")
    d.p(f"Den 1 november 2025 hade Arjeplogs kommun {sv(A['inv_pop'][0],0)} invånare. Budgeten bygger på ett antagande om "
        f"{sv(A['inv_pop'][2],0)} invånare den 1 november 2026, vilket är det invånarantal som ligger till grund för skatteintäkterna 2027. "
        "Befolkningsprognosen visar att gruppen 65–79 år och gruppen över 80 år fortsätter att öka medan antalet barn och "
        "personer i arbetsför ålder minskar.")
    rows = [("row", [n, sv(a, 0), sv(b, 0), sv(c, 0), sv(c - a, 0, "hyphen")]) for n, (a, b, c) in A["befolkning"].items()]
    s = A["bef_sum"]
    rows.append(("total", ["Totalt", sv(s[0], 0), sv(s[1], 0), sv(s[2], 0), sv(s[2] - s[0], 0, "hyphen")]))
    d.table("bef", "Tabell 1. Befolkning per åldersgrupp, antal", ["Åldersgrupp", "Utfall 2025", "Prognos 2027", "Prognos 2029", "Förändring\n2025–2029"],
            rows, [50, 27, 27, 27, 30])
    d.h2("Skatteintäkter och generella statsbidrag")
    d.p(f"Den kommunala skattesatsen föreslås vara oförändrad, {sv(A['skattesats'],2)} kronor per skattekrona. Beräkningarna av "
        "skatteintäkter och generella statsbidrag bygger på Sveriges Kommuner och Regioners (SKR) prognos från oktober 2026. "
        "Eftersom Arjeplog har en låg skattekraft är kommunen beroende av utjämningssystemet, som svarar för nästan hälften "
        "av intäkterna från skatter och bidrag.")
    d.add_page()
    hdr = ["", "Bokslut\n2025", "Budget\n2026", "Prognos\n2026", "Budget\n2027", "Plan\n2028", "Plan\n2029"]
    rows = [("row", ["Kommunalskatt"] + [t(v, "hyphen") for v in A["sk_kommunal"]]),
            ("row", ["Slutavräkningar"] + [t(v, "hyphen") for v in A["sk_slut"]]),
            ("sum", ["Summa skatteintäkter"] + [t(v, "hyphen") for v in A["skatt"]]),
            ("row", ["Inkomstutjämning"] + [t(v, "hyphen") for v in A["inkomstutj"]])]
    rows += [("row", [n] + [t(x, "hyphen") for x in v]) for n, v in A["gsb_detail"].items()]
    rows.append(("sum", ["Summa generella statsbidrag och utjämning"] + [t(v, "hyphen") for v in A["gsb"]]))
    rows.append(("total", ["Summa skatter och bidrag"] + [t(A["skatt"][i] + A["gsb"][i], "hyphen") for i in range(6)]))
    d.table("skatt", "Tabell 2. Skatteintäkter och generella statsbidrag (tkr)", hdr, rows, [58, 17, 17, 17, 17, 17, 17], size=8)
    d.p("Kostnadsutjämningen är positiv för Arjeplog, främst på grund av glesbygdsfaktorerna i delmodellerna för äldreomsorg "
        "och grundskola. Strukturbidraget bedöms ligga kvar på oförändrad nivå under hela planperioden.")
    d.h2("Nyckeltal")
    yrs = ["Bokslut\n2025", "Budget\n2026", "Budget\n2027", "Plan\n2028", "Plan\n2029"]
    idx = [0, 1, 3, 4, 5]
    rows = [
        ("row", ["Antal invånare 1 november"] + [sv(v, 0) for v in A["inv_pop"]]),
        ("row", ["Kommunal skattesats, kr"] + [sv(A["skattesats"], 2)] * 5),
        ("row", ["Årets resultat, tkr"] + [t(A["result"][i], "hyphen") for i in idx]),
        ("row", ["Resultat i % av skatter och bidrag"] + [sv(A["resultpct"][i], 1, "hyphen") for i in idx]),
        ("row", ["Nettoinvesteringar, tkr"] + [t(v) for v in (A["ninv5"][0], 30000, A["ninv5"][2], A["ninv5"][3], A["ninv5"][4])]),
        ("row", ["Nettokostnad per invånare, kr"] + [t(-A["netto"][i] * 1000 // A["inv_pop"][k], "hyphen") for k, i in enumerate(idx)]),
    ]
    d.table("nyckeltal", "Tabell 3. Nyckeltal", [""] + yrs, rows, [62, 20, 20, 20, 20, 20], size=8.5)
    # p6 ekonomiska mål
    d.add_page()
    d.h1("Ekonomiska mål")
    d.p("Kommunfullmäktige har beslutat om tre finansiella mål för god ekonomisk hushållning. Målen gäller för hela "
        "planperioden och följs upp i delårsrapport och årsredovisning.")
    rows = [("row", [n, mv, sv(A["resultpct"][3], 1) + " %", sv(A["resultpct"][4], 1) + " %", sv(A["resultpct"][5], 1) + " %"]) for n, mv in A["mal"][:1]]
    rows.append(("row", [A["mal"][1][0], A["mal"][1][1]] + [f"{A['sjalvfin'][i]} %" for i in (2, 3, 4)]))
    rows.append(("row", [A["mal"][2][0], A["mal"][2][1]] + [sv(A["sol"][i], 1) + " %" for i in (2, 3, 4)]))
    d.table("mal", "Tabell 4. Finansiella mål", ["Mål", "Målvärde", "Budget 2027", "Plan 2028", "Plan 2029"], rows,
            [76, 24, 22, 22, 22], size=7.6, aligns=["L", "L", "R", "R", "R"])
    d.p("Målet för självfinansieringsgrad nås inte 2027 på grund av investeringen i den nya förskolan. Målet för resultatet "
        "nås samtliga år under planperioden, men marginalerna är små. En ökning av nettokostnaderna med en procent motsvarar "
        "ungefär 3,2 miljoner kronor.")
    # p7 resultatbudget
    d.add_page()
    d.h1("Resultatbudget")
    d.p("Resultatbudgeten visar kommunens planerade intäkter och kostnader. Negativa belopp anges inom parentes.")

    def rb(n, note, v, kind="row"):
        return (kind, [n, note] + [t(x, "paren") for x in v])
    rows = [rb("Verksamhetens intäkter", "1", A["vint"]), rb("Verksamhetens kostnader", "2", A["vkost"]),
            rb("Avskrivningar", "3", A["avskr"]), rb("Verksamhetens nettokostnader", "", A["netto"], "sum"),
            rb("Skatteintäkter", "4", A["skatt"]), rb("Generella statsbidrag och utjämning", "4", A["gsb"]),
            rb("Verksamhetens resultat", "", A["vres"], "sum"), rb("Finansiella intäkter", "", A["finint"]),
            rb("Finansiella kostnader", "", A["finkost"]), rb("Resultat efter finansiella poster", "", A["efterfin"], "sum"),
            rb("Årets resultat", "", A["result"], "total")]
    d.table("rb", "Tabell 5. Resultatbudget (tkr)", ["", "Not"] + hdr[1:], rows, [50, 9, 17, 17, 17, 17, 17, 17], size=8,
            aligns=["L", "C"] + ["R"] * 6)
    rows = [("row", [n] + [t(x) for x in v]) for n, v in A["not1"].items()]
    rows.append(("total", ["Summa verksamhetens intäkter"] + [t(x) for x in A["vint"]]))
    d.table("not1", "Not 1. Verksamhetens intäkter (tkr)", hdr, rows, [59, 17, 17, 17, 17, 17, 17], size=8)
    d.p("Riktade statsbidrag är svåra att budgetera eftersom många bidrag beslutas först under budgetåret. Prognosen för 2026 "
        "innehåller bland annat ett tillfälligt bidrag till äldreomsorgen på 2 100 000 kronor.")
    # p8 balans och kassaflöde
    d.add_page()
    d.h1("Balans- och kassaflödesbudget")
    by = ["Bokslut\n2025", "Prognos\n2026", "Budget\n2027", "Plan\n2028", "Plan\n2029"]
    rows = [("row", ["Anläggningstillgångar"] + [t(v) for v in A["anl"]]),
            ("row", ["Omsättningstillgångar"] + [t(v) for v in A["oms"]]),
            ("total", ["Summa tillgångar"] + [t(v) for v in A["tillg"]]),
            ("row", ["Eget kapital"] + [t(v) for v in A["ek"]]),
            ("row", ["Avsättningar"] + [t(v) for v in A["avs"]]),
            ("row", ["Långfristiga skulder"] + [t(v) for v in A["lfs"]]),
            ("row", ["Kortfristiga skulder"] + [t(v) for v in A["kfs"]]),
            ("total", ["Summa eget kapital, avsättningar och skulder"] + [t(A["ek"][i] + A["avs"][i] + A["lfs"][i] + A["kfs"][i]) for i in range(5)]),
            ("row", ["Soliditet, %"] + [sv(v, 1) for v in A["sol"]])]
    d.table("bal", "Tabell 6. Balansbudget (tkr)", [""] + by, rows, [66, 20, 20, 20, 20, 20], size=8.5)
    rows = [("row", ["Årets resultat"] + [t(v) for v in A["res5"][1:]]),
            ("row", ["Avskrivningar"] + [t(-v) for v in A["avskr5"][1:]]),
            ("row", ["Förändring avsättningar"] + [t(A["avs"][i] - A["avs"][i - 1]) for i in range(1, 5)]),
            ("sum", ["Kassaflöde från löpande verksamhet"] + [t(v) for v in A["kf_lop"]]),
            ("row", ["Nettoinvesteringar"] + [t(v) for v in A["kf_inv"]]),
            ("row", ["Förändring av långfristiga lån"] + [t(v) for v in A["kf_lan"]]),
            ("total", ["Årets kassaflöde"] + [t(v) for v in A["kf_year"]])]
    d.table("kf", "Tabell 7. Kassaflödesbudget (tkr)", [""] + by[1:], rows, [76, 22, 22, 22, 22], size=8.5)
    d.p("Investeringarna under planperioden finansieras delvis med nya lån. Låneskulden beräknas öka från 168 miljoner kronor "
        "vid utgången av 2025 till 200 miljoner kronor vid utgången av 2029.")
    # p9-10 drift (landscape, continued)
    d.add_page(orientation="L")
    d.h1("Driftbudget")
    d.p("Driftbudgeten visar nettokostnaden per verksamhet. Kolumnen Förändring visar skillnaden mellan budget 2027 och budget "
        "2026; ett negativt belopp innebär en högre nettokostnad.")
    dh = ["Verksamhet", "Bokslut\n2025", "Budget\n2026", "Prognos\n2026", "Budget\n2027", "Förändring\nB27–B26", "Plan\n2028", "Plan\n2029"]

    def drow(n, v, kind="row"):
        return (kind, [n, t(v[0]), t(v[1]), t(v[2]), t(v[3]), t(v[3] - v[1]), t(v[4]), t(v[5])])
    rows = []
    brk = None
    for sec, sumname, items in A["sections"]:
        if sec == "Barn- och utbildningsnämnden":
            brk = len(rows)
        rows.append(("section", [sec]))
        rows += [drow(n, v) for n, v in items.items()]
        rows.append(drow(sumname.replace("Summa kommunstyrelsen", "Summa kommunstyrelsen"), A["secsum"][sumname], "sum"))
    rows.append(drow("Summa nämnder", A["namnder"], "total"))
    rows.append(drow("Finansförvaltning (pensioner, PO m.m.)", A["finforv"]))
    rows.append(drow("Verksamhetens nettokostnader", A["netto"], "total"))
    d.table("drift", "Tabell 8. Driftbudget per verksamhet (tkr)", dh, rows, [75, 24, 24, 24, 24, 26, 24, 24], size=8.5,
            break_at=brk, cont="– fortsättning (tkr)")
    d.p("Socialnämndens budget 2027 ökar med 5,8 miljoner kronor jämfört med budget 2026. Tillskottet avser främst "
        "särskilt boende och hemtjänst, där prognosen för 2026 visar ett betydande underskott.")
    # p11 ramförändringar
    d.add_page(orientation="P")
    d.h1("Ramförändringar")
    d.p("Tabellen visar hur nämndernas ramar för 2027 har beräknats utifrån ramarna för 2026. Ramarna anges som "
        "nettokostnad med positivt tecken. Effektiviseringar anges inom parentes.")
    rows = [("row", [n] + [t(v[0]), t(v[1]), t(v[2], "paren"), t(v[3], "paren"), t(v[4])]) for n, v in A["ram"].items()]
    s = A["ram_sum"]
    rows.append(("total", ["Summa", t(s[0]), t(s[1]), t(s[2], "paren"), t(s[3], "paren"), t(s[4])]))
    d.table("ram", "Tabell 9. Ramförändringar 2027 (tkr)",
            ["Nämnd", "Ram\n2026", "Löne- och\nprisuppräkning", "Volym och\nprioriteringar", "Effektivi-\nseringar", "Ram\n2027"],
            rows, [52, 22, 27, 27, 22, 22], size=8.5)
    d.p("Effektiviseringarna uppgår till sammanlagt 3,85 miljoner kronor och fördelas på kommunstyrelsen, barn- och "
        "utbildningsnämnden och socialnämnden. Politisk verksamhet undantas från effektiviseringskravet.")
    # p12-14 nämndernas uppdrag
    d.add_page()
    d.h1("Nämndernas uppdrag")
    d.h2("Kommunstyrelsen")
    d.p("Kommunstyrelsen ansvarar för kommunledning, näringsliv och turism, räddningstjänst, teknisk verksamhet, kultur och "
        "fritid samt arbetsmarknad och integration. Under 2027 ska kommunstyrelsen ta fram en ny översiktsplan och en "
        "plan för besöksnäringen i samverkan med testbanenäringen och Silvermuseet.")
    d.p("Räddningstjänstens ram ökar med 550 000 kronor för att finansiera högre kostnader för utbildning av "
        "deltidsbrandmän. Näringsliv och turism minskar sin ram med 200 000 kronor efter att ett EU-projekt avslutats.")
    d.add_page()
    d.h2("Barn- och utbildningsnämnden")
    d.p("Barn- och utbildningsnämnden ansvarar för förskola, grundskola, fritidshem, gymnasieskola, vuxenutbildning och "
        "kulturskola. Gymnasieeleverna studerar till största delen i andra kommuner, främst i Arvidsjaur och Skellefteå, "
        "vilket gör kostnaden för köpta platser svår att påverka.")
    d.p("Antalet elever i grundskolan beräknas minska från 236 till 219 mellan 2025 och 2029. Nämnden ska under 2027 utreda "
        "hur undervisningen kan organiseras i färre lokaler.")
    d.add_page()
    d.h2("Socialnämnden")
    d.p("Socialnämnden ansvarar för äldreomsorg, hemtjänst, hälso- och sjukvård, funktionsstöd och individ- och familjeomsorg. "
        "Nämnden har under 2026 haft kraftigt ökade kostnader för bemanningssjuksköterskor och externa placeringar. "
        "Prognosen för 2026 visar ett underskott mot budget på 5 750 000 kronor.")
    d.p("Under 2027 ska socialnämnden minska beroendet av bemanningsföretag genom att inrätta en egen bemanningspool. "
        "Målet är att kostnaderna för inhyrd personal ska halveras till 2028.")
    # p15-16 investeringar
    d.add_page()
    d.h1("Investeringsbudget")
    d.p("Investeringsbudgeten omfattar 27,8 miljoner kronor för 2027. Av beloppet avser 16,4 miljoner kronor kommunstyrelsen. "
        "Externa bidrag redovisas i en egen kolumn och minskar kommunens nettoutgift.")
    rows = []
    for sec, items in A["inv"]:
        rows.append(("section", [sec]))
        for n, v in items.items():
            rows.append(("row", [n, t(v[0]), t(v[1]), t(v[2]), t(v[0] + v[1] + v[2]), t(v[3]) if v[3] else "–"]))
        s = A["inv_secsum"][sec]
        rows.append(("sum", ["Summa " + sec[0].lower() + sec[1:], t(s[0]), t(s[1]), t(s[2]), t(s[0] + s[1] + s[2]), t(s[3])]))
    s = A["inv_sum"]
    rows.append(("total", ["Summa investeringar", t(s[0]), t(s[1]), t(s[2]), t(s[0] + s[1] + s[2]), t(s[3])]))
    d.table("inv", "Tabell 10. Investeringsbudget per projekt (tkr)",
            ["Projekt", "Budget\n2027", "Plan\n2028", "Plan\n2029", "Totalt\n2027–2029", "Varav ext.\nbidrag"],
            rows, [70, 18, 18, 18, 22, 20], size=8.5)
    d.add_page()
    d.p("Renoveringen av Silvermuseet delfinansieras med bidrag från Region Norrbotten och Riksantikvarieämbetet. "
        "Snötillverkningen vid Galtis skidanläggning delfinansieras med 750 000 kronor från Tillväxtverket.")
    d.p("Släckbilen till räddningstjänsten har flyttats från 2027 till 2028 efter en ny bedömning av fordonsparkens skick.")
    # p17 personal
    d.add_page()
    d.h1("Personal")
    d.p("Kommunen har drygt 440 årsarbetare. Svårigheter att rekrytera sjuksköterskor, lärare och socialsekreterare är den "
        "största personalpolitiska utmaningen.")
    rows = [("row", [n, sv(a, 0), sv(b, 0), sv(b - a, 0, "minus")]) for n, (a, b) in A["pers"].items()]
    rows.append(("total", ["Summa", sv(A["pers_sum"][0], 0), sv(A["pers_sum"][1], 0), sv(A["pers_sum"][1] - A["pers_sum"][0], 0)]))
    d.table("pers", "Tabell 11. Årsarbetare per förvaltning", ["Förvaltning", "Budget 2026", "Budget 2027", "Förändring"],
            rows, [80, 26, 26, 26])
    rows = [("row", [n, t(a), t(b), t(c)]) for n, (a, b, c) in A["pens"].items()]
    rows.append(("total", ["Summa pensionskostnader", t(A["pens_sum"][0]), t(A["pens_sum"][1]), t(A["pens_sum"][2])]))
    d.table("pens", "Tabell 12. Pensionskostnader (tkr)", ["", "Budget 2027", "Plan 2028", "Plan 2029"], rows, [85, 25, 25, 25])
    # p18 finansiering och risker
    d.add_page()
    d.h1("Finansiering och risker")
    d.p("Kommunens låneskuld uppgick vid utgången av 2025 till 168 miljoner kronor. Kommunen har dessutom ett borgensåtagande "
        "för AB Arjeplogshem på 96,5 miljoner kronor. Samtliga lån är upptagna hos Kommuninvest.")
    rows = [("row", [n, f, t(v)]) for n, f, v in A["kansl"]]
    d.table("kansl", "Tabell 13. Känslighetsanalys (tkr)", ["Förändring av", "Omfattning", "Effekt (tkr)"], rows, [80, 45, 30],
            aligns=["L", "L", "R"])
    d.p("De största riskerna i budgeten är fortsatt höga kostnader för inhyrd personal inom socialnämnden, en snabbare "
        "befolkningsminskning än beräknat samt högre räntor.")
    # p19 taxor
    d.add_page()
    d.h1("Taxor och avgifter")
    d.p("VA-taxan höjs med 6 procent och avfallstaxan med 5 procent från den 1 januari 2027. Höjningarna behövs för att "
        "finansiera reinvesteringar i ledningsnätet och ökade kostnader för avfallshanteringen.")
    rows = [("row", [n, sv(a, 0), sv(b, 0), sv((D(b) - D(a)) / D(a) * 100, 1) + " %"]) for n, a, b in A["taxor"]]
    d.table("taxor", "Tabell 14. Taxor 2027 (kronor inklusive moms)", ["Taxa", "2026", "2027", "Förändring"], rows, [90, 25, 25, 25])
    d.output(path)
    return d.page_no()
