"""Pajala kommun: Årsredovisning 2024 (PDF), KF-protokoll (DOCX), riktlinjer (MD), pressmeddelande (TXT)."""
import os
from data import *
from fmt import fnum, fdec, pct, EN
from pdfkit import Doc

M = lambda v, neg="dash": fnum(v, 1, neg)
T = lambda v, neg="dash": fnum(v, 0, neg)
Tp = lambda v: fnum(v, 0, "paren")


def ar_pdf(path):
    d = Doc("Pajala kommun – Årsredovisning 2024", accent=(20, 90, 60), serif=True)
    d.show_footer = False
    d.add_page()
    d.set_y(90)
    d.set_font("B", "B", 34); d.set_text_color(20, 90, 60)
    d.cell(0, 16, "Årsredovisning 2024", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("B", size=16); d.set_text_color(0, 0, 0)
    d.cell(0, 10, "Pajala kommun – Pajalan kunta", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(80); d.set_font("B", size=9)
    d.multi_cell(0, 5, "Godkänd av kommunfullmäktige 2025-04-28, § 25\nPajala kommun, Box 23, 984 21 Pajala", align="C")
    d.show_footer = True
    # p2 KSO
    d.add_page()
    d.h1("Kommunstyrelsens ordförande har ordet")
    r = P_RR
    d.para(f"2024 blev ett år då Pajala kommun åter redovisar ett stabilt överskott. Årets resultat uppgår till {M(r['res'][0])} "
           f"miljoner kronor, vilket är {M(r['res'][1]-r['res'][0])} miljoner kronor lägre än budgeterat men betydligt bättre än "
           f"föregående års {M(r['res'][2])} miljoner kronor. Det är framför allt högre statsbidrag och ett bättre skatteutfall än "
           "befarat som gör att vi klarar balanskravet med god marginal.")
    d.para("Samtidigt vet vi att utmaningarna är stora. Befolkningen fortsätter att minska och andelen äldre ökar. "
           f"Socialnämnden redovisar ett underskott på {fdec((P_DRIFT[6][2]-P_DRIFT[6][1]) / 1000)} miljoner kronor, främst "
           "inom hemtjänsten och köpta platser inom individ- och familjeomsorgen. Barn- och utbildningsnämnden redovisar "
           f"ett underskott på {fdec((P_DRIFT[5][2]-P_DRIFT[5][1]) / 1000)} miljoner kronor.")
    d.para("Gruvfrågan i Kaunisvaara har fortsatt att prägla året. Vi arbetar aktivt för att en återstart ska ge nya "
           "arbetstillfällen och inflyttning. Kommunen har under året också fattat beslut om att projektera en ny förskola "
           "i Pajala samhälle.")
    d.para("Pajala i mars 2025\nErik Kuoppa Lahti (V), kommunstyrelsens ordförande")
    # p3 fem år
    d.add_page()
    d.h1("Förvaltningsberättelse")
    d.h2("Översikt över verksamhetens utveckling")
    d.para("Tabellen visar kommunens utveckling under de senaste fem åren. Belopp i miljoner kronor om inget annat anges.")
    d.caption("Fem år i sammandrag")
    f = P_FEM
    rows = [("row", "Antal invånare 31 december", [fnum(x) for x in f["inv"]]),
            ("row", "Kommunal skattesats, kr", ["23,90"] * 5),
            ("row", "Verksamhetens nettokostnad, mnkr", [M(x) for x in f["vnk"]]),
            ("row", "Årets resultat, mnkr", [M(x) for x in f["res"]]),
            ("row", "Nettoinvesteringar, mnkr", [M(x) for x in f["inv_mnkr"]]),
            ("row", "Soliditet, %", ["35,2", "36,4", "37,1", fdec(P_NYCKEL["soliditet"][1]), fdec(P_NYCKEL["soliditet"][0])]),
            ("row", "Långfristig låneskuld, mnkr", ["181,0", "178,0", "174,5", M(P_BR["lts"][1]), M(P_BR["lts"][0])])]
    d.tab(["", "2020", "2021", "2022", "2023", "2024"], rows, (64, 21, 21, 21, 21, 21), size=9)
    d.h2("Befolkning")
    d.para(f"Den 31 december 2024 var {fnum(P_INV[2024])} personer folkbokförda i Pajala kommun, en minskning med "
           f"{P_INV[2023]-P_INV[2024]} personer jämfört med året innan. Under året föddes 41 barn och 96 personer avled. "
           "Flyttnettot var positivt med 19 personer, främst genom inflyttning från utlandet.")
    d.h2("Viktiga förhållanden för resultat och ekonomisk ställning")
    d.para("Kommunen är en av landets till ytan största med 7 917 kvadratkilometer och 41 byar. Avstånden ställer stora krav "
           "på hemtjänst, skolskjutsar och räddningstjänst. Kommunen är beroende av det kommunala utjämningssystemet; "
           "generella statsbidrag och utjämning svarar för nära hälften av kommunens skatte- och bidragsintäkter.")
    # p4 viktiga händelser
    d.add_page()
    d.h2("Händelser av väsentlig betydelse")
    for t in ["Kommunfullmäktige beslutade i juni 2024 att ge kommunstyrelsen i uppdrag att projektera en ny förskola i "
              "Pajala samhälle som ersättning för förskolorna Myrstacken och Solrosen.",
              "Ombyggnaden av reningsverket i Korpilombolo slutfördes i oktober. Projektet blev 0,8 mnkr dyrare än budgeterat "
              "på grund av kompletterande markarbeten.",
              "Beläggningen av Pajala flygplats sköts upp till 2025 efter att upphandlingen avbrutits.",
              "Valnämnden genomförde valet till Europaparlamentet i juni 2024. Valdeltagandet i kommunen var 46,8 procent.",
              "Socialnämnden startade ett mobilt team för hemsjukvård i de östra byarna med stöd av statsbidrag om 2,4 mnkr."]:
        d.set_font("B", size=10); d.multi_cell(0, 5, "• " + t, new_x="LMARGIN", new_y="NEXT"); d.ln(1)
    d.h2("Balanskravsresultat")
    d.para(f"Årets resultat uppgår till {M(r['res'][0])} mnkr. Efter avdrag för realisationsvinster om 0,4 mnkr blir "
           f"balanskravsresultatet {M(r['res'][0]-4)} mnkr. Kommunen har inga ackumulerade underskott att återställa. "
           "Någon reservering till resultatutjämningsreserven har inte gjorts.")
    d.h2("God ekonomisk hushållning")
    d.para(f"Det finansiella målet om ett resultat på minst 2 procent av skatteintäkter och generella statsbidrag uppnås "
           f"med {fdec(P_NYCKEL['res_pct'][0])} procent. Målet att nettoinvesteringarna ska finansieras med egna medel uppnås "
           "också. Av kommunfullmäktiges tolv verksamhetsmål bedöms sju vara uppfyllda, tre delvis uppfyllda och två ej uppfyllda.")
    # p5 resultaträkning
    d.add_page()
    d.h1("Resultaträkning")
    d.caption("Resultaträkning (mnkr)")
    lab = [("row", "Verksamhetens intäkter", "vi", "1"), ("row", "Verksamhetens kostnader", "vk", "2"),
           ("row", "Avskrivningar", "av", "3"), ("sum", "Verksamhetens nettokostnader", "vnk", ""),
           ("row", "Skatteintäkter", "sk", "4"), ("row", "Generella statsbidrag och utjämning", "gs", "5"),
           ("sum", "Verksamhetens resultat", "vr", ""), ("row", "Finansiella intäkter", "fi", "6"),
           ("row", "Finansiella kostnader", "fk", "7"), ("sum", "Resultat efter finansiella poster", "res", ""),
           ("tot", "Årets resultat", "res", "")]
    rows = []
    for k, l, key, n in lab:
        v = r[key]
        rows.append((k, l, [n, M(v[0]), M(v[1]), M(v[0] - v[1]), M(v[2])]))
    d.tab(["", "Not", "Utfall\n2024", "Budget\n2024", "Avvikelse\nmot budget", "Utfall\n2023"], rows, (66, 12, 23, 23, 25, 23), size=9)
    d.para(f"Verksamhetens nettokostnader ökade med {fdec(pct(-r['vnk'][0] + r['vnk'][2], -r['vnk'][2]))} procent jämfört med 2023, "
           f"medan skatteintäkter och generella statsbidrag ökade med {fdec(pct(r['sk'][0]+r['gs'][0]-r['sk'][2]-r['gs'][2], r['sk'][2]+r['gs'][2]))} procent. "
           "Verksamhetens intäkter blev högre än budget främst till följd av riktade statsbidrag från Migrationsverket och "
           "Skolverket.")
    # p6 balansräkning
    d.add_page()
    d.h1("Balansräkning")
    d.caption("Balansräkning (mnkr)")
    b = P_BR
    rows = [("sec", "Tillgångar", []),
            ("row", "Materiella anläggningstillgångar", ["8", M(b["mat"][0]), M(b["mat"][1])]),
            ("row", "Finansiella anläggningstillgångar", ["9", M(b["fin"][0]), M(b["fin"][1])]),
            ("sum", "Summa anläggningstillgångar", ["", M(b["anl"][0]), M(b["anl"][1])]),
            ("row", "Fordringar", ["10", M(b["ford"][0]), M(b["ford"][1])]),
            ("row", "Kassa och bank", ["11", M(b["kassa"][0]), M(b["kassa"][1])]),
            ("sum", "Summa omsättningstillgångar", ["", M(b["oms"][0]), M(b["oms"][1])]),
            ("tot", "Summa tillgångar", ["", M(b["tillg"][0]), M(b["tillg"][1])]),
            ("sec", "Eget kapital, avsättningar och skulder", []),
            ("row", "Eget kapital", ["12", M(b["ek"][0]), M(b["ek"][1])]),
            ("row", "varav årets resultat", ["", M(r["res"][0]), M(r["res"][2])]),
            ("row", "Avsättningar för pensioner", ["13", M(b["avs"][0]), M(b["avs"][1])]),
            ("row", "Långfristiga skulder", ["14", M(b["lts"][0]), M(b["lts"][1])]),
            ("row", "Kortfristiga skulder", ["15", M(b["kts"][0]), M(b["kts"][1])]),
            ("sum", "Summa skulder", ["", M(b["skulder"][0]), M(b["skulder"][1])]),
            ("tot", "Summa eget kapital, avsättningar och skulder", ["", M(b["summa"][0]), M(b["summa"][1])])]
    d.tab(["", "Not", "2024-12-31", "2023-12-31"], rows, (90, 14, 30, 30), size=9)
    d.para("Ansvarsförbindelser: Pensionsförpliktelser som inte har tagits upp bland skulderna eller avsättningarna uppgår till "
           "142,6 mnkr inklusive löneskatt (2023: 149,1 mnkr). Kommunen har borgensåtaganden för Pajalabostäder AB om 96,0 mnkr.")
    # p7 driftredovisning
    d.add_page()
    d.h1("Driftredovisning")
    d.para("Avvikelse beräknas som budget minus utfall. Ett underskott mot budget redovisas inom parentes.")
    d.caption("Driftredovisning per nämnd, nettokostnad (tkr)")
    rows = [("row", n, [T(bu), T(ut), Tp(bu - ut), T(u23)]) for n, bu, ut, u23 in P_DRIFT]
    s = P_DRIFT_SUM
    rows.append(("sum", "Summa nämnder", [T(s[0]), T(s[1]), Tp(s[0] - s[1]), T(s[2])]))
    fz = P_DRIFT_FIN
    rows.append(("row", "Finansförvaltning", [T(fz[0]), T(fz[1]), Tp(fz[0] - fz[1]), T(fz[2])]))
    v = P_VNK_TKR
    rows.append(("tot", "Verksamhetens nettokostnad", [T(v[0]), T(v[1]), Tp(v[0] - v[1]), T(v[2])]))
    d.tab(["Nämnd", "Budget 2024", "Utfall 2024", "Avvikelse", "Utfall 2023"], rows, (66, 25, 25, 25, 25), size=9)
    soc = P_DRIFT[6]; bun = P_DRIFT[5]; ks = P_DRIFT[4]
    d.para(f"Socialnämndens underskott om {T(soc[2]-soc[1])} tkr beror främst på ökade volymer inom hemtjänsten, där antalet "
           "beviljade timmar ökade med 9 procent, samt på två externa placeringar av barn och unga. Barn- och "
           f"utbildningsnämnden redovisar ett underskott om {T(bun[2]-bun[1])} tkr som förklaras av ökade kostnader för "
           f"skolskjuts och modersmålsundervisning. Kommunstyrelsens överskott om {T(ks[1]-ks[2])} tkr beror på vakanser och "
           "lägre kostnader för vinterväghållning.")
    # p8 investeringsredovisning
    d.h1("Investeringsredovisning")
    d.caption("Investeringsredovisning per projekt 2024 (tkr)")
    rows = [("row", n, [T(bu), T(ut) if ut else EN, Tp(bu - ut)]) for n, bu, ut in P_INVEST]
    rows.append(("tot", "Summa investeringar", [T(P_INV_SUM[0]), T(P_INV_SUM[1]), Tp(P_INV_SUM[0] - P_INV_SUM[1])]))
    d.tab(["Projekt", "Budget 2024", "Utfall 2024", "Avvikelse"], rows, (92, 24, 24, 24), size=9)
    d.para(f"Nettoinvesteringarna uppgick till {T(P_INV_SUM[1])} tkr, vilket är {T(P_INV_SUM[0]-P_INV_SUM[1])} tkr lägre än "
           "budget. Den största avvikelsen avser beläggningen av Pajala flygplats som skjutits upp till 2025.")
    # p9 personal
    d.add_page()
    d.h1("Personalredovisning")
    d.para(f"Vid årets slut hade kommunen {P_PERS_TOT[0] + P_PERS_TOT[1]} tillsvidareanställda, varav {P_PERS_TOT[0]} kvinnor "
           f"och {P_PERS_TOT[1]} män. Därutöver fanns 88 visstidsanställda. Medelåldern bland de tillsvidareanställda var 47,3 år. "
           "Under året gick 21 medarbetare i pension.")
    d.caption("Tillsvidareanställda per förvaltning 31 december 2024, antal")
    rows = [("row", n, [str(k), str(m), str(k + m)]) for n, k, m in P_PERS]
    rows.append(("tot", "Totalt", [str(P_PERS_TOT[0]), str(P_PERS_TOT[1]), str(sum(P_PERS_TOT))]))
    d.tab(["Förvaltning", "Kvinnor", "Män", "Totalt"], rows, (90, 22, 22, 22), size=9)
    d.caption("Sjukfrånvaro i procent av ordinarie arbetstid")
    rows = [("row", n, [a, b_]) for n, a, b_ in P_SJUK]
    d.tab(["Grupp", "2023", "2024"], rows, (110, 25, 25), size=9)
    d.para("Kostnaden för sjuklön uppgick till 6,9 mnkr (2023: 7,4 mnkr). Personalkostnaderna inklusive "
           "personalomkostnader uppgick till 382,6 mnkr, vilket motsvarar 63,9 procent av verksamhetens kostnader.")
    # p10 nyckeltal per invånare
    d.add_page()
    d.h1("Nyckeltal per invånare")
    d.para("Nyckeltalen beräknas på antalet invånare den 31 december respektive år. Belopp i kronor per invånare.")
    d.caption("Ekonomiska nyckeltal per invånare, kr")
    rows = [("row", n, [fnum(x) for x in v]) for n, v in P_PERINV]
    d.tab(["Nyckeltal, kr per invånare", "2022", "2023", "2024"], rows, (100, 22, 22, 22), size=9)
    d.para(f"Nettokostnaden per invånare ökade med {fnum(P_PERINV[0][1][2]-P_PERINV[0][1][1])} kronor mellan 2023 och 2024. "
           "I jämförelse med genomsnittet för glesbygdskommuner, 79 310 kronor per invånare, ligger Pajala något högre, "
           "vilket delvis förklaras av kostnader för långa avstånd och små enheter.")
    d.caption("Verksamhetsmått")
    rows = [("row", "Barn inskrivna i förskola, antal", ["238", "229", "221"]),
            ("row", "Elever i grundskola F–9, antal", ["612", "598", "587"]),
            ("row", "Brukare med hemtjänst, antal", ["214", "226", "241"]),
            ("row", "Platser i särskilt boende, antal", ["86", "86", "86"]),
            ("row", "Kostnad per elev i grundskola, kr", ["148 200", "156 900", "163 400"])]
    d.tab(["Mått", "2022", "2023", "2024"], rows, (100, 22, 22, 22), size=9)
    # p11 noter
    d.add_page()
    d.h1("Noter")
    d.caption("Not 4 Skatteintäkter (mnkr)", numbered=False)
    rows = [("row", "Preliminär kommunalskatt", ["266,9", "257,3"]),
            ("row", "Preliminär slutavräkning innevarande år", ["–1,8", "–2,2"]),
            ("row", "Slutavräkningsdifferens föregående år", ["–0,6", "–0,3"]),
            ("tot", "Summa skatteintäkter", [M(r["sk"][0]), M(r["sk"][2])])]
    d.tab(["", "2024", "2023"], rows, (100, 25, 25), size=9)
    d.caption("Not 5 Generella statsbidrag och utjämning (mnkr)", numbered=False)
    rows = [("row", "Inkomstutjämningsbidrag", ["128,7", "121,4"]),
            ("row", "Kostnadsutjämningsbidrag", ["52,3", "48,9"]),
            ("row", "Strukturbidrag", ["14,8", "14,6"]),
            ("row", "LSS-utjämning", ["9,6", "8,1"]),
            ("row", "Regleringsbidrag", ["3,4", "–0,6"]),
            ("row", "Fastighetsavgift", ["13,2", "12,3"]),
            ("row", "Generella bidrag från staten", ["10,9", "10,0"]),
            ("tot", "Summa generella statsbidrag och utjämning", [M(r["gs"][0]), M(r["gs"][2])])]
    d.tab(["", "2024", "2023"], rows, (100, 25, 25), size=9)
    d.output(path)
    return d.page_no()


def protokoll_docx(path):
    import docx
    from docx.shared import Pt
    import datetime
    doc = docx.Document()
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
    doc.add_heading("PROTOKOLL", level=0)
    doc.add_paragraph("Kommunfullmäktige\nSammanträdesdatum 2025-04-28")
    doc.add_paragraph("Plats och tid: Kommunfullmäktigesalen, Kommunhuset Pajala, kl. 10.00–14.35\n"
                      "Beslutande: Se närvarolista, bilaga 1 (31 av 31 ledamöter närvarande)\n"
                      "Ordförande: Lena Niemi (S)\nSekreterare: Johanna Mäki\nJusterare: Per-Olof Keinänen (M) och Anna Rantatalo (V)\n"
                      "Justeringens plats och tid: Kommunkansliet 2025-05-05\nParagrafer: §§ 23–30")
    doc.add_heading("§ 23 Upprop och fastställande av föredragningslista", level=2)
    doc.add_paragraph("Beslut: Föredragningslistan fastställs med tillägget att ärendet om motion om fri kollektivtrafik "
                      "behandlas före ärendet om VA-taxa.")
    doc.add_heading("§ 24 Val av justerare", level=2)
    doc.add_paragraph("Beslut: Per-Olof Keinänen (M) och Anna Rantatalo (V) utses att jämte ordföranden justera dagens protokoll.")
    doc.add_heading("§ 25 Årsredovisning 2024 för Pajala kommun", level=2)
    doc.add_paragraph("Dnr KS 2025/041")
    doc.add_paragraph(f"Ärendebeskrivning: Kommunstyrelsen har upprättat årsredovisning för 2024. Årets resultat uppgår till "
                      f"{M(P_RR['res'][0])} mnkr och balanskravsresultatet till {M(P_RR['res'][0]-4)} mnkr. Revisorerna "
                      "tillstyrker att årsredovisningen godkänns.")
    doc.add_paragraph("Beslut: Kommunfullmäktige godkänner årsredovisning 2024 för Pajala kommun.")
    doc.add_heading("§ 26 Ansvarsfrihet för 2024", level=2)
    doc.add_paragraph("Revisorerna tillstyrker att kommunstyrelsen, nämnderna och de enskilda förtroendevalda i dessa organ "
                      "beviljas ansvarsfrihet. Ledamöter som berörs deltar inte i beslutet om den egna nämnden.")
    doc.add_paragraph("Beslut: Kommunfullmäktige beviljar kommunstyrelsen, barn- och utbildningsnämnden, socialnämnden, "
                      "miljö- och byggnadsnämnden, valnämnden och överförmyndaren ansvarsfrihet för verksamhetsåret 2024.")
    doc.add_heading("§ 27 Investeringsbeslut – ny förskola i Pajala samhälle", level=2)
    doc.add_paragraph("Dnr KS 2024/188")
    doc.add_paragraph("Ärendebeskrivning: Förskolorna Myrstacken och Solrosen har stora brister i ventilation och tillgänglighet. "
                      "En ny förskola med sex avdelningar och plats för 108 barn föreslås byggas på tomten vid Strandvägen. "
                      f"Den totala investeringsutgiften beräknas till {fdec(P_FORSKOLA_SUM / 1000)} mnkr enligt kalkylen nedan. "
                      "Driftkostnaden för kapitaltjänst beräknas till 2,1 mnkr per år från 2027. Inflyttning planeras till augusti 2027.")
    tab = doc.add_table(rows=1, cols=2)
    tab.style = "Table Grid"
    tab.rows[0].cells[0].text = "Kostnadspost"
    tab.rows[0].cells[1].text = "Belopp, tkr"
    for n, v in P_FORSKOLA:
        c = tab.add_row().cells; c[0].text = n; c[1].text = T(v)
    c = tab.add_row().cells; c[0].text = "Total investeringsutgift"; c[1].text = T(P_FORSKOLA_SUM)
    doc.add_paragraph("")
    doc.add_paragraph("Yrkanden: Per-Olof Keinänen (M) yrkar att ärendet återremitteras för att utreda renovering av förskolan "
                      "Solrosen. Ordföranden ställer proposition på om ärendet ska avgöras i dag och finner att så ska ske.")
    doc.add_paragraph("Omröstning: Ja-röst för att avgöra ärendet i dag, nej-röst för återremiss. Omröstningsresultat: 22 ja-röster "
                      "och 9 nej-röster.")
    doc.add_paragraph(f"Beslut: 1. Kommunfullmäktige beslutar att bygga en ny förskola i Pajala samhälle med en total "
                      f"investeringsutgift om högst {T(P_FORSKOLA_SUM)} tkr. 2. Investeringen finansieras med egna medel och "
                      "nyupplåning om högst 20,0 mnkr. 3. Kommunstyrelsen får i uppdrag att upphandla entreprenaden.")
    doc.add_paragraph("Reservation: Moderaterna och Sjukvårdspartiet reserverar sig mot beslutet.")
    doc.add_heading("§ 28 Motion om fri kollektivtrafik för personer över 75 år", level=2)
    doc.add_paragraph("Dnr KS 2024/203")
    doc.add_paragraph("Ärendebeskrivning: I en motion föreslår Anna Rantatalo (V) att invånare som fyllt 75 år ska kunna resa "
                      "avgiftsfritt med Länstrafiken i Norrbotten inom kommunen. Kostnaden har beräknats till cirka 310 tkr per år.")
    doc.add_paragraph("Beslut: Motionen avslås med hänvisning till kommunens ekonomiska läge.")
    doc.add_heading("§ 29 Ändring av VA-taxa från 1 juli 2025", level=2)
    doc.add_paragraph("Ärendebeskrivning: Pajala kommuns VA-verksamhet redovisar ett ackumulerat underskott. För att nå full "
                      "kostnadstäckning föreslås brukningsavgiften höjas med 8 procent från den 1 juli 2025. För en normalvilla "
                      "innebär förändringen en höjning från 8 460 kronor till 9 137 kronor per år.")
    doc.add_paragraph("Beslut: Kommunfullmäktige fastställer ny VA-taxa att gälla från den 1 juli 2025.")
    doc.add_heading("§ 30 Anmälningsärenden", level=2)
    doc.add_paragraph("Beslut: Anmälningsärendena läggs till handlingarna.")
    doc.add_paragraph("\nVid protokollet\nJohanna Mäki, sekreterare\n\nJusteras\nLena Niemi, ordförande")
    cp = doc.core_properties
    cp.created = datetime.datetime(2025, 5, 5, 9, 0, 0); cp.modified = datetime.datetime(2025, 5, 5, 9, 0, 0)
    cp.author = "Kommunkansliet"; cp.last_modified_by = "Kommunkansliet"; cp.revision = 1
    doc.save(path)


def riktlinjer_md(path):
    txt = f"""# Riktlinjer för kommunalt bidrag till enskilda vägar

**Pajala kommun** · Antagna av kommunstyrelsen 2024-11-12, § 187 · Gäller från 2025-01-01 · Dnr KS 2024/166

## 1. Syfte

Pajala kommun lämnar bidrag till enskilda vägar för att underlätta boende och näringsliv i byarna. Bidraget är ett komplement till det statliga driftbidraget som Trafikverket betalar ut.

## 2. Vem kan få bidrag?

Bidrag lämnas till vägsamfällighet eller vägförening som förvaltar en väg som

- är minst 300 meter lång,
- leder till minst en permanentbostad eller ett jordbruksföretag, och
- hålls öppen för allmän trafik året runt.

Vägar som enbart leder till fritidshus får inte driftbidrag men kan få bidrag till snöröjning enligt avsnitt 4.

## 3. Driftbidrag

| Väghållningsklass | Beskrivning | Bidrag, kr per meter och år |
|---|---|---|
| Klass 1 | Väg med statligt driftbidrag och mer än 10 permanentbostäder | 4,20 |
| Klass 2 | Väg med statligt driftbidrag och 1–10 permanentbostäder | 3,10 |
| Klass 3 | Väg utan statligt driftbidrag | 1,80 |

Lägsta driftbidrag är 1 500 kronor per väg och år. Bidraget betalas ut i efterskott i mars året efter bidragsåret.

## 4. Snöröjningsbidrag

Vägar som leder till fritidshus kan få snöröjningsbidrag med 50 procent av dokumenterad kostnad, dock högst 8 000 kronor per väg och säsong.

## 5. Förbättringsbidrag

För förbättring av bärighet, broar och trummor kan kommunen lämna bidrag med högst 20 procent av den kostnad som Trafikverket godkänt, dock högst 150 000 kronor per väg och år. Ansökan ska lämnas senast den 1 oktober året före planerad åtgärd.

## 6. Budget

Den totala ramen för bidrag till enskilda vägar är 1 450 000 kronor för 2025. Om ansökningarna överstiger ramen minskas förbättringsbidragen i första hand.

## 7. Ansökan

Ansökan görs på kommunens blankett och skickas till Tekniska förvaltningen, Pajala kommun, Box 23, 984 21 Pajala. Kontakta vägansvarig handläggare på telefon 0978-120 00.
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)


def press_txt(path):
    txt = f"""PRESSMEDDELANDE
Pajala kommun
2025-04-29

Ny förskola i Pajala – fullmäktige sa ja till 38,5 miljoner

Kommunfullmäktige i Pajala beslutade på måndagen att bygga en ny förskola i Pajala samhälle. Förskolan får sex avdelningar och plats för 108 barn och ersätter de två förskolorna Myrstacken och Solrosen, som har stora brister i ventilation och tillgänglighet.

Den totala investeringsutgiften är beräknad till {fdec(P_FORSKOLA_SUM / 1000)} miljoner kronor. Byggstart planeras till våren 2026 och barnen ska kunna flytta in i augusti 2027.

"Det här är den största investeringen i kommunens verksamhetslokaler på över tio år. Våra yngsta invånare ska ha en trygg och sund miljö, och en modern förskola gör det också lättare att rekrytera personal", säger Erik Kuoppa Lahti (V), kommunstyrelsens ordförande.

Beslutet fattades efter omröstning med 22 röster mot 9. Oppositionen ville i stället utreda en renovering av Solrosen.

Vid samma sammanträde godkände fullmäktige årsredovisningen för 2024. Kommunen redovisar ett överskott på {M(P_RR['res'][0])} miljoner kronor för 2024.

För mer information:
Erik Kuoppa Lahti, kommunstyrelsens ordförande, 0978-120 05
Maria Vaara, förvaltningschef barn- och utbildningsförvaltningen, 0978-121 40
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    n = ar_pdf(os.path.join(outdir, "arsredovisning-2024.pdf"))
    protokoll_docx(os.path.join(outdir, "kf-protokoll-2025-04-28.docx"))
    riktlinjer_md(os.path.join(outdir, "riktlinjer-bidrag-enskilda-vagar.md"))
    press_txt(os.path.join(outdir, "pressmeddelande-ny-forskola.txt"))
    return n
