"""Enköpings kommun – Årsredovisning 2025 (PDF, mnkr)."""
from decimal import Decimal as D
from common import sv
from data import E
from pdfkit import Doc

F = "enkoping/arsredovisning-2025.pdf"


def m(v, neg="minus"):
    return sv(v, 1, neg)


def build(path):
    d = Doc(F, "Enköpings kommun | Årsredovisning 2025", "sans")
    d.alias_nb_pages()
    # ---- p1 cover
    d.add_page()
    d.set_font("B", "B", 30)
    d.set_y(80)
    d.multi_cell(0, 14, "Årsredovisning 2025")
    d.set_font("B", "", 14)
    d.multi_cell(0, 8, "Enköpings kommun\nFastställd av kommunfullmäktige den 20 april 2026, § 41")
    d.set_font("B", "", 10)
    d.set_y(250)
    d.multi_cell(0, 5, "Enköpings kommun, 745 80 Enköping. Organisationsnummer 212000-0282. Dnr KS2026/88")
    # ---- p2 innehåll
    d.add_page()
    d.h1("Innehåll")
    toc = [("Kommunstyrelsens ordförande har ordet", 3), ("Fem år i sammandrag", 4), ("Förvaltningsberättelse", 5),
           ("Ekonomisk analys", 7), ("Balanskravsutredning och pensioner", 9), ("Personal", 10),
           ("Driftredovisning", 11), ("Investeringsredovisning", 12), ("Nämndernas verksamhet", 14),
           ("Kommunkoncernen", 17), ("Räkenskaper", 18), ("Noter", 21), ("Redovisningsprinciper", 22)]
    d.set_font("B", "", 10.5)
    for t, pg in toc:
        d.cell(150, 7, t)
        d.cell(0, 7, str(pg), align="R")
        d.ln(7)
    # ---- p3 ordförande
    d.add_page()
    d.h1("Kommunstyrelsens ordförande har ordet")
    d.p("2025 blev ett år då Enköping fortsatte att växa samtidigt som kostnaderna för välfärden ökade snabbare än intäkterna. "
        "Befolkningen ökade med 293 personer och uppgick vid årsskiftet till 47 398 invånare. Det är en lägre ökningstakt än under de "
        "senaste åren, vilket främst förklaras av ett svagare bostadsbyggande.")
    d.p(f"Kommunen redovisar ett positivt resultat på {m(E['result'][2])} miljoner kronor, vilket är {m(E['result'][2]-E['result'][1])} miljoner kronor "
        "bättre än budget. Resultatet förklaras framför allt av högre skatteintäkter och generella statsbidrag än beräknat samt lägre "
        "finansiella kostnader. Nämnderna redovisar sammantaget ett underskott mot budget, där vård- och omsorgsnämnden och socialnämnden "
        "har haft det mest ansträngda läget.")
    d.p("Under året invigdes förskolan i Örsundsbro och byggnationen av den nya grundskolan i Fanna gick in i sitt andra år. "
        "Utbyggnaden av reningsverket har däremot försenats på grund av överklagade upphandlingar, vilket gör att investeringsvolymen "
        "blev lägre än planerat.")
    d.p("Jag vill tacka alla medarbetare för ett mycket gott arbete under ett år som krävt både omställning och uthållighet.")
    d.p("Karin Ekwall (M)\nKommunstyrelsens ordförande")
    # ---- p4 fem år
    d.add_page()
    d.h1("Fem år i sammandrag")
    d.p("Tabellen visar kommunens utveckling under de senaste fem åren. Uppgifterna avser kommunen, inte kommunkoncernen.")
    y5 = [str(y) for y in E["years5"]]
    rows = [
        ("row", ["Antal invånare 31 december"] + [sv(v, 0) for v in E["inv5"]]),
        ("row", ["Kommunal skattesats, kr"] + [sv(v, 2) for v in E["skattesats5"]]),
        ("row", ["Verksamhetens nettokostnader, mnkr"] + [m(v) for v in E["netto5"]]),
        ("row", ["Skatteintäkter och generella statsbidrag, mnkr"] + [m(v) for v in E["ssb5"]]),
        ("row", ["Årets resultat, mnkr"] + [m(v) for v in E["res5"]]),
        ("row", ["Årets resultat i % av skatter och statsbidrag"] + [m(v) for v in E["respct5"]]),
        ("row", ["Soliditet, %"] + [m(v) for v in E["sol5"]]),
        ("row", ["Nettoinvesteringar, mnkr"] + [m(v) for v in E["ninv5"]]),
        ("row", ["Långfristiga skulder, mnkr"] + [m(v) for v in E["lfs5"]]),
    ]
    d.table("femar", "Tabell 1. Fem år i sammandrag", ["Nyckeltal"] + y5, rows, [70, 20, 20, 20, 20, 20])
    d.h2("Organisation")
    d.p("Kommunfullmäktige har 61 ledamöter. Kommunen styrs sedan valet 2022 av en koalition bestående av Moderaterna, "
        "Kristdemokraterna, Centerpartiet och Liberalerna. Under kommunfullmäktige finns kommunstyrelsen, sju facknämnder samt "
        "revisionen, valnämnden och överförmyndarnämnden. Kommunen äger bolag via Enköpings Kommunkoncern AB.")
    # ---- p5-6 förvaltningsberättelse
    d.add_page()
    d.h1("Förvaltningsberättelse")
    d.h2("Omvärld och samhällsekonomi")
    d.p("Svensk ekonomi återhämtade sig gradvis under 2025 efter två år med hög inflation och stigande räntor. Inflationen "
        "sjönk under Riksbankens mål under första halvåret och styrräntan sänktes i flera steg. Arbetslösheten låg dock kvar på en "
        "hög nivå, vilket påverkade både skatteunderlaget och behovet av ekonomiskt bistånd.")
    d.p("Skatteunderlaget växte med 4,9 procent under året, vilket var något mer än vad Sveriges Kommuner och Regioner (SKR) "
        "räknade med när budgeten fastställdes. Samtidigt ökade kostnaderna för pensioner när den nya pensionsöverenskommelsen började "
        "få genomslag.")
    d.h2("Befolkning och bostadsbyggande")
    d.p("Den 31 december 2025 hade Enköpings kommun 47 398 invånare, en ökning med 293 personer jämfört med föregående år. "
        "Födelseöverskottet var 61 personer och flyttnettot 232 personer. Under året färdigställdes 214 nya bostäder, varav 126 i "
        "flerbostadshus. Antalet barn i förskoleåldern minskade för tredje året i rad medan antalet invånare över 80 år ökade med 4,1 procent.")
    d.h2("Viktiga händelser under året")
    d.bullets([
        "Förskolan i Örsundsbro med plats för 160 barn togs i bruk i augusti.",
        "Kommunfullmäktige beslutade i juni om en ny lokalförsörjningsplan för skolan fram till 2035.",
        "Ett nytt avtal om samverkan kring räddningstjänst tecknades med Västerås och Heby.",
        "Vård- och omsorgsnämnden öppnade 24 nya platser i särskilt boende på Jungfrugatan.",
        "Upphandlingen av reningsverkets etapp 2 överklagades, vilket försenade projektet med ungefär ett halvår.",
    ])
    d.add_page()
    d.h2("Händelser av väsentlig betydelse efter räkenskapsårets slut")
    d.p("I februari 2026 beslutade kommunstyrelsen att tillfälligt stoppa nyrekryteringar inom administrativa funktioner för att "
        "möta de ökade kostnaderna inom socialtjänsten. Beslutet beräknas minska kostnaderna med cirka 6 miljoner kronor under 2026.")
    d.h2("Styrning och uppföljning")
    d.p("Kommunens styrmodell utgår från kommunfullmäktiges fyra inriktningsmål. Nämnderna följer upp sina uppdrag i "
        "delårsrapporten per den 31 augusti och i verksamhetsberättelsen. Av de 24 indikatorer som fullmäktige har beslutat "
        "om bedöms 15 vara uppfyllda, 6 delvis uppfyllda och 3 ej uppfyllda.")
    d.p("Kommunens finansiella mål är att årets resultat ska uppgå till minst 1,5 procent av skatteintäkter och generella "
        "statsbidrag över en rullande femårsperiod, att soliditeten ska vara minst 40 procent och att investeringarna ska finansieras "
        "med minst 60 procent egna medel. Resultatmålet uppnås inte för femårsperioden men uppnås för 2025 isolerat.")
    # ---- p7-8 ekonomisk analys
    d.add_page()
    d.h1("Ekonomisk analys")
    d.h2("Årets resultat")
    d.p(f"Årets resultat uppgick till {m(E['result'][2])} miljoner kronor jämfört med budgeterade {m(E['result'][1])} miljoner kronor. "
        f"Föregående år var resultatet {m(E['result'][0])} miljoner kronor. Resultatet motsvarar {m(E['respct5'][4])} procent av skatteintäkter och "
        "generella statsbidrag.")
    d.p(f"Verksamhetens nettokostnader ökade med {m(-(E['netto'][2]-E['netto'][0]))} miljoner kronor, eller "
        f"{m((E['netto'][2]-E['netto'][0])/E['netto'][0]*100)} procent, jämfört med 2024. Skatteintäkter och generella statsbidrag ökade med "
        f"{m((E['ssb5'][4]-E['ssb5'][3])/E['ssb5'][3]*100)} procent. Nettokostnaderna ökade alltså i ungefär samma takt som intäkterna, "
        "vilket är en förbättring jämfört med 2023 då nettokostnaderna ökade betydligt snabbare.")
    d.h2("Skatteintäkter och generella statsbidrag")
    d.p(f"Skatteintäkterna blev {m(E['skatt'][2]-E['skatt'][1])} miljoner kronor högre än budget, trots att slutavräkningen för 2025 "
        "blev negativ. Generella statsbidrag och utjämning översteg budget med "
        f"{m(E['gsb'][2]-E['gsb'][1])} miljoner kronor, främst beroende på ett höjt regleringsbidrag.")
    rows = [
        ("row", ["Preliminär kommunalskatt"] + [m(v, "endash") for v in E["sk_prel"]]),
        ("row", ["Preliminär slutavräkning innevarande år"] + [m(v, "endash") for v in E["sk_prelslut"]]),
        ("row", ["Slutavräkningsdifferens föregående år"] + [m(v, "endash") for v in E["sk_slutdiff"]]),
        ("sum", ["Summa skatteintäkter"] + [m(v, "endash") for v in E["skatt"]]),
        ("row", ["Inkomstutjämningsbidrag"] + [m(v, "endash") for v in E["inkomstutj"]]),
    ] + [("row", [n] + [m(x, "endash") for x in v]) for n, v in E["gsb_detail"].items()] + [
        ("sum", ["Summa generella statsbidrag och utjämning"] + [m(v, "endash") for v in E["gsb"]]),
        ("total", ["Totalt skatteintäkter och statsbidrag"] + [m(E["skatt"][i] + E["gsb"][i], "endash") for i in range(3)]),
    ]
    d.table("skatt", "Tabell 2. Skatteintäkter och generella statsbidrag, mnkr", ["", "Utfall 2024", "Budget 2025", "Utfall 2025"],
            rows, [85, 28, 28, 28])
    d.add_page()
    d.h2("Nämndernas budgetavvikelser")
    sn_dev = E["fack"]["Socialnämnden"][2] - E["fack"]["Socialnämnden"][1]
    von_dev = E["fack"]["Vård- och omsorgsnämnden"][2] - E["fack"]["Vård- och omsorgsnämnden"][1]
    d.p(f"Nämnderna redovisar tillsammans ett underskott mot budget på {m(-(E['sum_namnder'][2]-E['sum_namnder'][1]))} miljoner kronor. "
        f"Störst underskott har vård- och omsorgsnämnden med {m(-von_dev)} miljoner kronor, följt av socialnämnden med {m(-sn_dev)} miljoner kronor. "
        "Inom vård- och omsorgsnämnden förklaras underskottet av ett ökat antal beviljade hemtjänsttimmar och höga kostnader för "
        "bemanning i särskilt boende. Socialnämndens underskott beror främst på fler placeringar av barn och unga samt ökade kostnader "
        "för ekonomiskt bistånd.")
    d.p("Kommunstyrelsen redovisar ett överskott på 8,6 miljoner kronor, främst till följd av vakanta tjänster och lägre "
        "kostnader för IT-licenser. Överförmyndarnämnden redovisar ett underskott på 700 000 kronor på grund av fler ärenden "
        "med ställföreträdare.")
    d.h2("Investeringar")
    d.p(f"Nettoinvesteringarna uppgick till {m(E['nettoinv'])} miljoner kronor, vilket är {m(E['inv_sum'][0]-E['inv_sum'][1])} miljoner kronor "
        f"lägre än budgeterade {m(E['inv_sum'][0])} miljoner kronor. Den största avvikelsen avser reningsverket. Självfinansieringsgraden "
        f"blev {m((E['result'][2]-E['avskr'][2])/E['nettoinv']*100, 'minus')[:-2]} procent.")
    d.h2("Finansiering och likviditet")
    d.p(f"Under året nyupplånades {m(E['kf_nylan'][1])} miljoner kronor och {m(-E['kf_amort'][1])} miljoner kronor amorterades. "
        f"Den långfristiga låneskulden uppgick vid årets slut till {sv(E['lfskuld'][1],1)} miljoner kronor. Likvida medel minskade "
        f"med {m(-E['kf_year'][1])} miljoner kronor till {m(E['kf_end'][1])} miljoner kronor.")
    lrows = [("row", [n, sv(a, dec), sv(b_, dec)]) for n, a, b_, dec in E["lan"]]
    d.table("lan", "Tabell 3. Låneskuld och räntor", ["", "2024", "2025"], lrows, [100, 30, 30])
    # ---- p9 balanskrav och pensioner
    d.add_page()
    d.h1("Balanskravsutredning och pensioner")
    d.p("Enligt kommunallagen ska kommunens intäkter överstiga kostnaderna. Balanskravsresultatet beräknas genom att årets "
        "resultat justeras för realisationsvinster och förändringar av resultatutjämningsreserven.")
    brows = [
        ("row", ["Årets resultat enligt resultaträkningen", m(E["ek_res"][0]), m(E["ek_res"][1])]),
        ("row", ["Samtliga realisationsvinster", m(E["realis"][0]), m(E["realis"][1])]),
        ("row", ["Orealiserade vinster och förluster i värdepapper", "0,0", "0,0"]),
        ("sum", ["Årets resultat efter balanskravsjusteringar", m(E["bk_efter"][0]), m(E["bk_efter"][1])]),
        ("row", ["Medel till resultatutjämningsreserv", m(E["rur"][0]), m(E["rur"][1])]),
        ("total", ["Årets balanskravsresultat", m(E["bk_res"][0]), m(E["bk_res"][1])]),
    ]
    d.table("balanskrav", "Tabell 4. Balanskravsutredning, mnkr", ["", "2024", "2025"], brows, [110, 25, 25])
    d.p(f"Kommunfullmäktige har beslutat att avsätta {sv(-E['rur'][1],1)} miljoner kronor till resultatutjämningsreserven (RUR). "
        f"Reserven uppgår därefter till 64,0 miljoner kronor.")
    d.h2("Pensionsförpliktelser")
    d.p("Kommunen redovisar pensioner enligt den så kallade blandmodellen. Pensioner intjänade före 1998 redovisas som "
        "ansvarsförbindelse utanför balansräkningen.")
    prows = [
        ("row", ["Avsättning för pensioner inkl. särskild löneskatt", m(E["avs_pens"][0]), m(E["avs_pens"][1])]),
        ("row", ["Ansvarsförbindelse inkl. särskild löneskatt", m(E["ansvar"][0]), m(E["ansvar"][1])]),
        ("sum", ["Summa pensionsförpliktelser", m(E["pens_tot"][0]), m(E["pens_tot"][1])]),
        ("row", ["Förvaltade pensionsmedel", "0,0", "0,0"]),
        ("total", ["Återlånade medel", m(E["pens_tot"][0]), m(E["pens_tot"][1])]),
    ]
    d.table("pension", "Tabell 5. Pensionsförpliktelser, mnkr", ["", "2024-12-31", "2025-12-31"], prows, [110, 25, 25])
    d.h2("Känslighetsanalys")
    krows = [("row", [n, f, m(e)]) for n, f, e in E["kansl"]]
    d.table("kansl", "Tabell 6. Känslighetsanalys – effekt på resultatet, mnkr", ["Händelse", "Förändring", "Effekt, mnkr"],
            krows, [85, 45, 30], aligns=["L", "L", "R"])
    # ---- p10 personal
    d.add_page()
    d.h1("Personal")
    d.p(f"Vid utgången av 2025 hade kommunen {sv(E['pers_sum'][1],0)} tillsvidareanställda medarbetare, vilket är "
        f"{E['pers_sum'][1]-E['pers_sum'][0]} fler än året innan. Ökningen avser främst vård- och omsorgsnämnden och "
        "barn- och utbildningsnämnden. Andelen heltidsanställda ökade till 86 procent.")
    rows = [("row", [n, sv(a, 0), sv(b_, 0), sv(b_ - a, 0, "minus", plus=True)]) for n, (a, b_) in E["pers"].items()]
    rows.append(("total", ["Summa", sv(E["pers_sum"][0], 0), sv(E["pers_sum"][1], 0), sv(E["pers_sum"][1] - E["pers_sum"][0], 0, plus=True)]))
    d.table("personal", "Tabell 7. Antal tillsvidareanställda per nämnd 31 december", ["Nämnd", "2024", "2025", "Förändring"],
            rows, [80, 25, 25, 25])
    d.p(f"Den totala sjukfrånvaron minskade från {m(E['sjuk']['Total sjukfrånvaro'][0])} procent till "
        f"{m(E['sjuk']['Total sjukfrånvaro'][1])} procent av den ordinarie arbetstiden.")
    rows = [("row", [n, m(a), m(b_)]) for n, (a, b_) in E["sjuk"].items()]
    d.table("sjuk", "Tabell 8. Sjukfrånvaro i procent av ordinarie arbetstid", ["", "2024", "2025"], rows, [110, 25, 25])
    # ---- p11-12 driftredovisning
    d.add_page()
    d.h1("Driftredovisning")
    d.p("Driftredovisningen visar nämndernas nettokostnader jämfört med budget. Kostnader redovisas med minustecken. "
        "En positiv avvikelse innebär ett överskott mot budget och en negativ avvikelse ett underskott.")
    rows = [("section", ["Politisk verksamhet"])]

    def dr(n, v):
        return ("row", [n, m(v[0]), m(v[1]), m(v[2]), m(v[2] - v[1])])
    rows += [dr(n, v) for n, v in E["politik"].items()]
    rows.append(("sum", ["Summa politisk verksamhet", m(E["sum_politik"][0]), m(E["sum_politik"][1]), m(E["sum_politik"][2]), m(E["sum_politik"][2] - E["sum_politik"][1])]))
    rows.append(("section", ["Facknämnder"]))
    rows += [dr(n, v) for n, v in E["fack"].items()]
    rows.append(("sum", ["Summa facknämnder", m(E["sum_fack"][0]), m(E["sum_fack"][1]), m(E["sum_fack"][2]), m(E["sum_fack"][2] - E["sum_fack"][1])]))
    rows.append(("total", ["Summa nämnder", m(E["sum_namnder"][0]), m(E["sum_namnder"][1]), m(E["sum_namnder"][2]), m(E["sum_namnder"][2] - E["sum_namnder"][1])]))
    rows.append(("section", ["Finansiering"]))
    fin = [("Skatteintäkter", E["skatt"]), ("Generella statsbidrag och utjämning", E["gsb"]), ("Finansiella intäkter", E["finint"]),
           ("Finansiella kostnader", E["finkost"]), ("Pensioner, PO-pålägg och övrigt", E["ovrigt"])]
    rows += [dr(n, v) for n, v in fin]
    rows.append(("sum", ["Summa finansiering", m(E["sum_fin"][0]), m(E["sum_fin"][1]), m(E["sum_fin"][2]), m(E["sum_fin"][2] - E["sum_fin"][1])]))
    rows.append(("total", ["Årets resultat", m(E["result"][0]), m(E["result"][1]), m(E["result"][2]), m(E["result"][2] - E["result"][1])]))
    d.table("drift", "Tabell 9. Driftredovisning per nämnd, mnkr", ["", "Utfall 2024", "Budget 2025", "Utfall 2025", "Avvikelse"],
            rows, [74, 24, 24, 24, 24])
    d.p("Kommunstyrelsens överskott består främst av vakanser inom kommunledningsförvaltningen. Tekniska nämnden redovisar ett "
        "överskott som främst beror på en mild vinter med lägre kostnader för vinterväghållning.")
    # ---- p13-14 investeringar (table continued over page break)
    d.add_page()
    d.h1("Investeringsredovisning")
    d.p("Investeringsredovisningen visar årets utgifter per projekt jämfört med budget. För större fleråriga projekt redovisas "
        "även total projektbudget och ackumulerat utfall till och med 2025. Positiv avvikelse innebär att utfallet understiger budget.")
    d.p("Skattefinansierade investeringar omfattar skolor, förskolor, gator och kommunens verksamhetslokaler. Taxefinansierade "
        "investeringar avser vatten och avlopp samt avfallsverksamheten och finansieras genom avgifter.")

    def ir(n, v):
        return ("row", [n, m(v[0]), m(v[1]), m(v[0] - v[1]), m(v[2]) if v[2] is not None else "", m(v[3]) if v[3] is not None else ""])
    rows = [("section", ["Skattefinansierade investeringar"])]
    rows += [ir(n, v) for n, v in E["inv_skatt"].items()]
    s = E["inv_sum_skatt"]
    rows.append(("sum", ["Summa skattefinansierade", m(s[0]), m(s[1]), m(s[0] - s[1]), "", ""]))
    brk = len(rows)
    rows.append(("section", ["Taxefinansierade investeringar"]))
    rows += [ir(n, v) for n, v in E["inv_taxa"].items()]
    s = E["inv_sum_taxa"]
    rows.append(("sum", ["Summa taxefinansierade", m(s[0]), m(s[1]), m(s[0] - s[1]), "", ""]))
    s = E["inv_sum"]
    rows.append(("total", ["Summa investeringar", m(s[0]), m(s[1]), m(s[0] - s[1]), "", ""]))
    d.table("inv", "Tabell 10. Investeringsredovisning per projekt, mnkr",
            ["Projekt", "Budget\n2025", "Utfall\n2025", "Avvikelse\n2025", "Total\nprojektbudget", "Ackumulerat\nutfall"],
            rows, [62, 19, 19, 20, 25, 25], break_at=brk, cont="(forts.), mnkr")
    d.p("Projektet Ny grundskola Fanna följer tidplanen och beräknas vara färdigt till höstterminen 2027. Förskolan i Örsundsbro "
        "blev 3,9 miljoner kronor dyrare än budgeterat för 2025 på grund av kompletterande markarbeten, men håller sig inom den "
        "totala projektbudgeten. För reningsverkets etapp 2 har utgifterna blivit 55,8 miljoner kronor lägre än budget "
        "till följd av förseningen.")
    # ---- p15-17 nämndernas verksamhet
    d.add_page()
    d.h1("Nämndernas verksamhet")
    d.h2("Barn- och utbildningsnämnden")
    d.p("Nämnden ansvarar för förskola, grundskola, fritidshem och anpassad grundskola. Antalet inskrivna barn i förskolan "
        "minskade med 84 under året, medan antalet elever i grundskolan ökade med 112. Andelen elever i årskurs 9 som är behöriga "
        "till ett yrkesprogram på gymnasiet var 84,6 procent.")

    def dd(n, v):
        return ("row", [n, m(v[0]), m(v[1]), m(v[2]), m(v[2] - v[1])])
    hdr = ["Verksamhet", "Utfall 2024", "Budget 2025", "Utfall 2025", "Avvikelse"]
    for key, title, nm in (("bun", "Tabell 11. Barn- och utbildningsnämnden, nettokostnad per verksamhet, mnkr", "Barn- och utbildningsnämnden"),):
        rows = [dd(n, v) for n, v in E[key + "_detail"].items()]
        t = E["fack"][nm]
        rows.append(("total", ["Summa nämnden", m(t[0]), m(t[1]), m(t[2]), m(t[2] - t[1])]))
        d.table(key, title, hdr, rows, [70, 25, 25, 25, 25])
    d.p("Anpassad grundskola redovisar ett underskott till följd av fler elever med omfattande stödbehov. Förvaltningsgemensamt "
        "visar ett överskott som beror på vakanser och lägre kostnader för skolskjuts.")
    d.add_page()
    d.h2("Vård- och omsorgsnämnden")
    d.p("Nämnden ansvarar för äldreomsorg, hemsjukvård och stöd till personer med funktionsnedsättning. Antalet beviljade "
        "hemtjänsttimmar ökade med 9 procent jämfört med 2024. Under året öppnades 24 nya platser i särskilt boende. "
        "Brukarnöjdheten inom hemtjänsten var 88 procent.")
    rows = [dd(n, v) for n, v in E["von_detail"].items()]
    t = E["fack"]["Vård- och omsorgsnämnden"]
    rows.append(("total", ["Summa nämnden", m(t[0]), m(t[1]), m(t[2]), m(t[2] - t[1])]))
    d.table("von", "Tabell 12. Vård- och omsorgsnämnden, nettokostnad per verksamhet, mnkr", hdr, rows, [70, 25, 25, 25, 25], zebra=True)
    d.h2("Socialnämnden")
    d.p("Socialnämnden ansvarar för individ- och familjeomsorg, ekonomiskt bistånd och arbetsmarknadsinsatser. Antalet hushåll "
        "med ekonomiskt bistånd ökade från 612 till 668. Antalet placerade barn och unga var i genomsnitt 58 under året.")
    rows = [dd(n, v) for n, v in E["sn_detail"].items()]
    t = E["fack"]["Socialnämnden"]
    rows.append(("total", ["Summa nämnden", m(t[0]), m(t[1]), m(t[2]), m(t[2] - t[1])]))
    d.table("sn", "Tabell 13. Socialnämnden, nettokostnad per verksamhet, mnkr", hdr, rows, [70, 25, 25, 25, 25])
    d.add_page()
    d.h2("Övriga nämnder")
    d.p("Kultur- och fritidsnämnden har under året genomfört en ny bidragsmodell för föreningslivet. Antalet besök på "
        "biblioteken ökade till 298 000. Bygg- och miljönämnden handlade 1 412 bygglovsärenden med en genomsnittlig "
        "handläggningstid på 4,2 veckor. Tekniska nämnden har bytt ut 1 850 armaturer till LED-belysning.")
    d.p("Utbildningsnämnden ansvarar för gymnasieskola och vuxenutbildning. Andelen gymnasieelever med examen inom fyra år "
        "var 79,3 procent. Nämnden redovisar ett överskott, främst till följd av färre elever i andra kommuners gymnasieskolor.")
    # ---- p18 koncern
    d.add_page()
    d.h1("Kommunkoncernen")
    d.p("Kommunkoncernen består av kommunen och de bolag där kommunen har ett bestämmande inflytande. Bolagen ägs via "
        "moderbolaget Enköpings Kommunkoncern AB. Nedan redovisas bolagens resultat efter finansiella poster.")
    rows = [("row", [n, f"{a} %", m(r24), m(r25)]) for n, (a, r24, r25) in E["bolag"].items()]
    d.table("bolag", "Tabell 14. Bolagens resultat efter finansiella poster, mnkr", ["Bolag", "Ägarandel", "2024", "2025"],
            rows, [85, 25, 25, 25])
    d.p("AB Enköpings Hyresbostäder påbörjade under året byggnationen av 96 lägenheter i kvarteret Tornet. ENA Energi AB:s "
        "resultat sjönk till följd av lägre elpriser.")
    # ---- p19-21 räkenskaper
    d.add_page()
    d.h1("Räkenskaper")
    d.h2("Resultaträkning")

    def rr(n, note, v, kind="row"):
        return (kind, [n, note, m(v[0]), m(v[1]), m(v[2]), m(v[2] - v[1])])
    rows = [
        rr("Verksamhetens intäkter", "2", E["vintakter"]),
        rr("Verksamhetens kostnader", "3", E["vkostnader"]),
        rr("Avskrivningar", "4", E["avskr"]),
        rr("Verksamhetens nettokostnader", "", E["netto"], "sum"),
        rr("Skatteintäkter", "5", E["skatt"]),
        rr("Generella statsbidrag och utjämning", "6", E["gsb"]),
        rr("Verksamhetens resultat", "", E["vresultat"], "sum"),
        rr("Finansiella intäkter", "7", E["finint"]),
        rr("Finansiella kostnader", "8", E["finkost"]),
        rr("Resultat efter finansiella poster", "", E["efterfin"], "sum"),
        rr("Årets resultat", "", E["result"], "total"),
    ]
    d.table("rr", "Tabell 15. Resultaträkning, mnkr", ["", "Not", "Utfall\n2024", "Budget\n2025", "Utfall\n2025", "Avvikelse\nmot budget"],
            rows, [66, 12, 22, 22, 22, 26], aligns=["L", "C", "R", "R", "R", "R"])
    d.add_page()
    d.h2("Balansräkning")

    def bb(n, note, v, kind="row"):
        return (kind, [n, note, m(v[0]), m(v[1]), m(v[1] - v[0])])
    b = E["br"]
    rows = [("section", ["TILLGÅNGAR"]), ("section", ["Anläggningstillgångar"])]
    notes = {"Immateriella anläggningstillgångar": "9", "Mark, byggnader och tekniska anläggningar": "10", "Maskiner och inventarier": "11",
             "Finansiella anläggningstillgångar": "12", "Förråd och exploateringsfastigheter": "13", "Kortfristiga fordringar": "14", "Kassa och bank": "15"}
    for k in list(b)[:4]:
        rows.append(bb(k, notes[k], b[k]))
    rows.append(bb("Summa anläggningstillgångar", "", E["sum_anl"], "sum"))
    rows.append(("section", ["Omsättningstillgångar"]))
    for k in list(b)[4:]:
        rows.append(bb(k, notes[k], b[k]))
    rows.append(bb("Summa omsättningstillgångar", "", E["sum_oms"], "sum"))
    rows.append(bb("SUMMA TILLGÅNGAR", "", E["tillg"], "total"))
    rows.append(("section", ["EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER"]))
    rows.append(bb("Årets resultat", "", E["ek_res"]))
    rows.append(bb("Övrigt eget kapital", "", E["ek_ovr"]))
    rows.append(bb("Summa eget kapital", "16", E["ek"], "sum"))
    rows.append(bb("Avsättningar för pensioner och liknande förpliktelser", "17", E["avs_pens"]))
    rows.append(bb("Övriga avsättningar", "18", E["avs_ovr"]))
    rows.append(bb("Summa avsättningar", "", E["avs"], "sum"))
    rows.append(bb("Långfristiga skulder", "19", E["lfskuld"]))
    rows.append(bb("Kortfristiga skulder", "20", E["kfskuld"]))
    rows.append(bb("Summa skulder", "", E["skulder"], "sum"))
    tot = tuple(E["ek"][i] + E["avs"][i] + E["skulder"][i] for i in range(2))
    assert tot == E["tillg"]
    rows.append(bb("SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER", "", tot, "total"))
    d.table("br", "Tabell 16. Balansräkning, mnkr", ["", "Not", "2024-12-31", "2025-12-31", "Förändring"], rows,
            [84, 12, 24, 24, 26], aligns=["L", "C", "R", "R", "R"], size=8)
    d.add_page()
    d.h2("Kassaflödesanalys")
    rows = [("section", ["Den löpande verksamheten"])]
    rows += [("row", [n, m(v[0]), m(v[1])]) for n, v in E["kf"].items()]
    rows.append(("sum", ["Medel från den löpande verksamheten", m(E["kf_lop"][0]), m(E["kf_lop"][1])]))
    rows.append(("section", ["Investeringsverksamheten"]))
    rows.append(("row", ["Investering i materiella anläggningstillgångar", m(E["kf_inv_mat"][0]), m(E["kf_inv_mat"][1])]))
    rows.append(("row", ["Investering i finansiella anläggningstillgångar", m(E["kf_inv_fin"][0]), m(E["kf_inv_fin"][1])]))
    rows.append(("sum", ["Medel från investeringsverksamheten", m(E["kf_inv"][0]), m(E["kf_inv"][1])]))
    rows.append(("section", ["Finansieringsverksamheten"]))
    rows.append(("row", ["Nyupptagna lån", m(E["kf_nylan"][0]), m(E["kf_nylan"][1])]))
    rows.append(("row", ["Amortering av skuld", m(E["kf_amort"][0]), m(E["kf_amort"][1])]))
    rows.append(("sum", ["Medel från finansieringsverksamheten", m(E["kf_fin"][0]), m(E["kf_fin"][1])]))
    rows.append(("total", ["Årets kassaflöde", m(E["kf_year"][0]), m(E["kf_year"][1])]))
    rows.append(("row", ["Likvida medel vid årets början", m(E["kf_start"][0]), m(E["kf_start"][1])]))
    rows.append(("row", ["Likvida medel vid årets slut", m(E["kf_end"][0]), m(E["kf_end"][1])]))
    d.table("kf", "Tabell 17. Kassaflödesanalys, mnkr", ["", "2024", "2025"], rows, [110, 25, 25])
    # ---- p22 noter
    d.add_page()
    d.h1("Noter")
    rows = [("row", [n, m(v[0]), m(v[1])]) for n, v in E["not2"].items()]
    rows.append(("total", ["Summa verksamhetens intäkter", m(E["vintakter"][0]), m(E["vintakter"][2])]))
    d.table("not2", "Not 2 Verksamhetens intäkter, mnkr", ["", "2024", "2025"], rows, [110, 25, 25])
    rows = [("row", [n, m(v[0]), m(v[1])]) for n, v in E["not3"].items()]
    rows.append(("total", ["Summa verksamhetens kostnader", m(E["vkostnader"][0]), m(E["vkostnader"][2])]))
    d.table("not3", "Not 3 Verksamhetens kostnader, mnkr", ["", "2024", "2025"], rows, [110, 25, 25])
    d.p("Not 4 Avskrivningar. Avskrivningar görs linjärt över den bedömda nyttjandeperioden. Årets avskrivningar uppgick till "
        f"{m(-E['avskr'][2])} miljoner kronor (föregående år {m(-E['avskr'][0])} miljoner kronor).")
    # ---- p23 redovisningsprinciper
    d.add_page()
    d.h1("Redovisningsprinciper")
    d.p("Årsredovisningen har upprättats i enlighet med lagen om kommunal bokföring och redovisning (LKBR) samt rekommendationer "
        "från Rådet för kommunal redovisning (RKR). Intäkter och kostnader har periodiserats enligt god redovisningssed.")
    d.p("Skatteintäkterna har periodiserats enligt RKR:s rekommendation, vilket innebär att den preliminära slutavräkningen "
        "baseras på SKR:s prognos från december 2025. Anläggningstillgångar med en nyttjandeperiod på minst tre år och ett "
        "anskaffningsvärde över ett prisbasbelopp klassificeras som investeringar.")
    d.p("Komponentavskrivning tillämpas för byggnader och gator. Sammanställda räkenskaper för kommunkoncernen har upprättats "
        "enligt förvärvsmetoden med proportionell konsolidering.")
    d.output(path)
    return d.page_no()
