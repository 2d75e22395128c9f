"""Katrineholms kommun: Mål och budget 2026 (PDF), news page (HTML), föreningsbidrag/lokalhyror (XLSX)."""
import os
from data import *
from fmt import fnum, fdec, pct, EN
from pdfkit import Doc

M = lambda v, neg="dash": fnum(v, 1, neg)          # tenths of mnkr
T = lambda v, neg="dash": fnum(v, 0, neg)          # tkr


def budget_pdf(path):
    d = Doc("Katrineholms kommun · Mål och budget 2026 med plan 2027–2028", accent=(140, 20, 40))
    # ---- p1 cover
    d.show_footer = False
    d.add_page()
    d.set_y(70)
    d.set_font("B", "B", 30); d.set_text_color(140, 20, 40)
    d.multi_cell(0, 13, "Mål och budget 2026\nmed plan 2027–2028", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0); d.ln(8)
    d.set_font("B", size=13)
    d.multi_cell(0, 7, "Katrineholms kommun\nFastställd av kommunfullmäktige 2025-11-17, § 142\nDnr KS/2025:388-041", align="C",
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(60); d.set_font("B", size=9)
    d.multi_cell(0, 5, "Kommunledningsförvaltningen, ekonomienheten\nKatrineholms kommun, 641 80 Katrineholm", align="C")
    d.show_footer = True
    # ---- p2 Innehåll + förord
    d.add_page()
    d.h1("Innehåll")
    toc = ["Förord", "Vision och politiska prioriteringar", "Omvärld och befolkning", "Skatteintäkter och generella statsbidrag",
           "Resultatbudget", "Balansbudget", "Kassaflödesbudget", "Finansiella mål och nyckeltal", "Ramförändringar och driftbudget per nämnd",
           "Nämndernas uppdrag och ekonomi", "Investeringsbudget", "Borgensramar och upplåning", "Kommunfullmäktiges beslut"]
    for i, t in enumerate(toc, 1):
        d.set_font("B", size=10); d.cell(0, 6, f"{i}. {t}", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.h2("Förord")
    res26 = K_RB["res"][3]
    d.para("Katrineholm fortsätter att växa, men i ett lägre tempo än under föregående mandatperiod. Budgeten för 2026 "
           "präglas av en återhämtning i svensk ekonomi, lägre inflation och ett skatteunderlag som åter växer i reala termer. "
           f"Samtidigt ökar behoven inom äldreomsorgen när antalet invånare som är 80 år och äldre blir fler. Budgeten innebär "
           f"att årets resultat för 2026 beräknas till {M(res26)} mnkr, vilket motsvarar {fdec(K_NYCKEL['res_pct'][2])} procent av "
           "skatteintäkter och generella statsbidrag.")
    d.para("Den kommunala skattesatsen lämnas oförändrad på 22,01 kronor per skattekrona. Nämnderna kompenseras fullt ut för "
           "pris- och löneökningar och de största tillskotten går till Bildningsnämnden och Vård- och omsorgsnämnden. "
           "Alla nämnder har samtidigt fått i uppdrag att genomföra effektiviseringar motsvarande drygt en halv procent av ramen.")
    d.para("Katrineholm i november 2025\nMarie Sandström (S), kommunstyrelsens ordförande")
    # ---- p3 vision
    d.add_page()
    d.h1("Vision och politiska prioriteringar")
    d.para("Kommunens vision Katrineholm – där cityliv möter landsbygdsliv ligger fast. Visionen konkretiseras i den "
           "övergripande plan med budget som kommunfullmäktige fastställer varje år. Planen utgår från sju målområden: "
           "Näringsliv och arbete, Utbildning, Omsorg och trygghet, Kultur, idrott och fritid, Hållbar miljö, Samhällsbyggnad "
           "samt Ekonomi och organisation.")
    d.h2("Prioriteringar för 2026")
    for p in ["Tidiga insatser för barn och unga – ett tillskott på 6,5 mnkr till Bildningsnämnden för elevhälsa och "
              "läs- och skrivutveckling i lågstadiet.",
              "Fler i arbete – Viadidaktnämnden får 1,2 mnkr för yrkesutbildningar inom vård och omsorg samt lager och logistik.",
              "Trygghet i hela kommunen – 5,0 mnkr till kommunstyrelsen för trygghetsvärdar, kameraövervakning och "
              "förebyggande arbete mot gängkriminalitet.",
              "Hållbar samhällsutveckling – fortsatt utbyggnad av gång- och cykelvägar och byte till LED-belysning.",
              "Attraktiv arbetsgivare – heltid som norm och fortsatt satsning på undersköterskor med yrkestitel."]:
        d.set_font("B", size=10); d.multi_cell(0, 5, "• " + p, new_x="LMARGIN", new_y="NEXT"); d.ln(1)
    d.ln(2)
    d.h2("Styrmodell")
    d.para("Kommunfullmäktige fastställer mål, uppdrag och ekonomiska ramar. Nämnderna beslutar om internbudget och "
           "verksamhetsplan senast i december. Uppföljning sker i delårsrapporten per augusti och i årsredovisningen. "
           "Nämnder som befarar underskott ska snarast ta fram en åtgärdsplan och redovisa den till kommunstyrelsen.")
    # ---- p3b mål och indikatorer
    d.add_page()
    d.h1("Kommunövergripande mål och indikatorer")
    d.para("För varje målområde har kommunfullmäktige fastställt ett urval indikatorer med målvärden för 2026. "
           "Uppföljningen redovisas i årsredovisningen. Indikatorerna hämtas i huvudsak från Kolada och kommunens egna mätningar.")
    d.caption("Indikatorer per målområde")
    rows = []
    for sec, items in K_GOALS:
        rows.append(("sec", sec, []))
        for a, u, m, ansv in items:
            rows.append(("row", a, [u, m, ansv]))
    d.tab(["Indikator", "Utfall\n2024", "Målvärde\n2026", "Ansvarig\nnämnd"], rows, (92, 18, 20, 44), size=8.5)
    # ---- p4 omvärld
    d.add_page()
    d.h1("Omvärld och befolkning")
    d.para("Enligt Sveriges Kommuner och Regioners (SKR) prognos från oktober 2025 väntas skatteunderlaget växa med 4,6 procent "
           "2026 och 4,1 procent 2027. Arbetslösheten väntas sjunka från 8,8 till 8,2 procent under 2026. Budgeten bygger på "
           "SKR:s prognos med ett avdrag på 0,2 procentenheter för osäkerhet.")
    d.caption("Skatteunderlagets utveckling enligt SKR, procent")
    d.tab(["", "2024", "2025", "2026", "2027", "2028"],
          [("row", "Skatteunderlag, nominell ökning", ["5,6", "4,0", "4,6", "4,1", "3,9"]),
           ("row", "Skatteunderlag, real ökning", ["1,9", "0,9", "1,3", "1,0", "0,8"]),
           ("row", "KPIF, årsgenomsnitt", ["1,9", "2,4", "1,2", "1,8", "2,0"])],
          (70, 20, 20, 20, 20, 20))
    d.caption("Känslighetsanalys, påverkan på årets resultat 2026")
    d.tab(["Förändring", "Mnkr"],
          [("row", "Skatteunderlaget förändras med 1 procent", ["±18,4"]),
           ("row", "Löneökning med 1 procentenhet (inkl. PO)", ["±16,2"]),
           ("row", "Räntan förändras med 1 procentenhet", ["±14,8"]),
           ("row", "Antalet invånare förändras med 100 personer", ["±6,7"]),
           ("row", "Försörjningsstödet förändras med 10 procent", ["±5,9"])],
          (110, 30))
    d.para(f"Den 31 december 2024 hade Katrineholms kommun {fnum(K_POP_TOT[0])} invånare. Befolkningsprognosen pekar på en "
           f"fortsatt måttlig ökning till {fnum(K_POP_TOT[1])} invånare 2026 och {fnum(K_POP_TOT[2])} invånare 2028. Antalet "
           f"invånare som är 80 år och äldre ökar med {fnum(K_POP[5][1][2]-K_POP[5][1][0])} personer mellan 2024 och 2028, medan "
           "antalet barn i förskoleålder minskar.")
    d.caption("Befolkning per åldersgrupp, antal invånare 31 december")
    rows = [("row", a, [fnum(x) for x in v]) for a, v in K_POP]
    rows.append(("sum", "Totalt", [fnum(x) for x in K_POP_TOT]))
    d.tab(["Åldersgrupp"] + K_POP_COLS, rows, (70, 30, 30, 30))
    # ---- p5 skatter
    d.add_page()
    d.h1("Skatteintäkter och generella statsbidrag")
    d.para(f"Skatteintäkterna för 2026 beräknas till {M(K_RB['sk'][3])} mnkr och de generella statsbidragen och "
           f"utjämningen till {M(K_RB['gs'][3])} mnkr, sammanlagt {M(K_RB['sk'][3]+K_RB['gs'][3])} mnkr. Det är "
           f"{M(K_RB['sk'][3]+K_RB['gs'][3]-K_RB['sk'][1]-K_RB['gs'][1])} mnkr mer än i budget 2025. Beräkningen utgår från "
           f"en oförändrad skattesats på {K_SKATT} kronor och {fnum(K_POP_TOT[1] - 60)} invånare den 1 november 2025.")
    d.caption("Skatteintäkter, generella statsbidrag och utjämning (belopp i mnkr)")
    rows = [("sec", "Skatteintäkter", [])]
    rows += [("row", a, [M(x) for x in v]) for a, v in K_SK_SPLIT]
    rows.append(("sum", "Summa skatteintäkter", [M(K_RB["sk"][j]) for j in K_GS_IDX]))
    rows.append(("sec", "Generella statsbidrag och utjämning", []))
    rows += [("row", a, [M(x) if x else EN for x in v]) for a, v in K_GS]
    rows.append(("sum", "Summa generella statsbidrag och utjämning", [M(K_RB["gs"][j]) for j in K_GS_IDX]))
    rows.append(("tot", "Totalt skatteintäkter och statsbidrag", [M(K_RB["sk"][j] + K_RB["gs"][j]) for j in K_GS_IDX]))
    d.tab(["Belopp i mnkr"] + K_GS_COLS, rows, (64, 21.5, 21.5, 21.5, 21.5, 21.5))
    d.para("Regleringsposten påverkas av statens beslut om nivån på det generella statsbidraget. Tillskottet i "
           "budgetpropositionen för 2026 motsvarar 3,4 mnkr för Katrineholm och ingår i beräkningen ovan.")
    # ---- p6 resultatbudget
    d.add_page(); d.tabno_rb = None
    d.h1("Resultatbudget")
    d.para("Resultatbudgeten visar kommunens samlade intäkter och kostnader. Negativa belopp anges med minustecken.")
    d.caption("Resultatbudget 2026–2028, belopp i mnkr")
    rb = K_RB
    lab = [("row", "Verksamhetens intäkter", "vi", "1"), ("row", "Verksamhetens kostnader", "vk", "2"),
           ("row", "Avskrivningar", "av", "3"), ("sum", "Verksamhetens nettokostnader", "vnk", ""),
           ("row", "Skatteintäkter", "sk", "4"), ("row", "Generella statsbidrag och utjämning", "gs", "5"),
           ("sum", "Verksamhetens resultat", "vr", ""), ("row", "Finansiella intäkter", "fi", "6"),
           ("row", "Finansiella kostnader", "fk", "7"), ("sum", "Resultat efter finansiella poster", "ref", ""),
           ("tot", "Årets resultat", "res", "")]
    rows = [(k, l, [n] + [M(v) for v in rb[key]]) for k, l, key, n in lab]
    d.tab(["Mnkr", "Not"] + K_COLS, rows, (50, 10, 18.5, 18.5, 18.5, 18.5, 18.5, 18.5), size=8.5)
    d.para(f"Budgeterat resultat för 2026 uppgår till {M(rb['res'][3])} mnkr. För 2027 och 2028 beräknas resultatet till "
           f"{M(rb['res'][4])} mnkr respektive {M(rb['res'][5])} mnkr. Prognosen för 2025 efter augusti visar ett resultat på "
           f"{M(rb['res'][2])} mnkr, vilket är {M(rb['res'][1]-rb['res'][2])} mnkr lägre än budget. Avvikelsen förklaras "
           "främst av högre kostnader för placeringar av barn och unga inom Socialnämnden samt lägre skatteintäkter än beräknat.")
    d.h2("Noter till resultatbudgeten")
    d.para("Not 1. Verksamhetens intäkter omfattar taxor och avgifter, hyror, försäljning av verksamhet samt riktade "
           "statsbidrag. Riktade statsbidrag beräknas till 212,0 mnkr 2026.\n"
           "Not 2. I verksamhetens kostnader ingår personalkostnader med 1 642,5 mnkr, varav pensionskostnader 148,9 mnkr.\n"
           "Not 3. Avskrivningar beräknas enligt linjär metod utifrån komponentindelade anläggningar.\n"
           "Not 4–5. Se tabell över skatteintäkter och generella statsbidrag.\n"
           "Not 6–7. Räntekostnaden beräknas med en genomsnittlig ränta på 2,9 procent 2026.")
    # ---- p7 balansbudget
    d.add_page()
    d.h1("Balansbudget")
    d.caption("Balansbudget per 31 december, belopp i mnkr")
    b = B
    rows = [("sec", "TILLGÅNGAR", []),
            ("row", "Immateriella anläggningstillgångar", [M(x) for x in b["imm"]]),
            ("row", "Materiella anläggningstillgångar", [M(x) for x in b["mat"]]),
            ("row", "Finansiella anläggningstillgångar", [M(x) for x in b["fin"]]),
            ("sum", "Summa anläggningstillgångar", [M(x) for x in b["anl"]]),
            ("row", "Fordringar", [M(x) for x in b["ford"]]),
            ("row", "Kassa och bank", [M(x) for x in b["kassa"]]),
            ("sum", "Summa omsättningstillgångar", [M(x) for x in b["oms"]]),
            ("tot", "SUMMA TILLGÅNGAR", [M(x) for x in b["tillg"]]),
            ("sec", "EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER", []),
            ("row", "Eget kapital", [M(x) for x in b["ek"]]),
            ("row", "därav årets resultat", [M(x) for x in b["arets"]]),
            ("row", "Avsättningar för pensioner", [M(x) for x in b["avs"]]),
            ("row", "Långfristiga skulder", [M(x) for x in b["lts"]]),
            ("row", "Kortfristiga skulder", [M(x) for x in b["kts"]]),
            ("sum", "Summa skulder", [M(x) for x in b["skulder"]]),
            ("tot", "SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER", [M(x) for x in b["summa"]])]
    d.tab(["Mnkr"] + K_BAL_COLS, rows, (64, 21.5, 21.5, 21.5, 21.5, 21.5))
    d.para(f"Kommunens långfristiga skulder ökar från {M(b['lts'][0])} mnkr vid utgången av 2024 till {M(b['lts'][2])} mnkr "
           f"2026. Nyupplåningen 2026 beräknas till {M(CF['lan'][1])} mnkr samtidigt som {M(-CF['amort'][1])} mnkr amorteras. "
           "Pensionsförpliktelser som intjänats före 1998 redovisas enligt blandmodellen som ansvarsförbindelse och uppgår "
           "till 598,2 mnkr inklusive löneskatt vid utgången av 2026.")
    # ---- p8 kassaflöde (parentheses negatives)
    d.add_page()
    d.h1("Kassaflödesbudget")
    d.para("I kassaflödesbudgeten redovisas utbetalningar inom parentes.")
    d.caption("Kassaflödesbudget (mnkr)")
    P = lambda v: fnum(v, 1, "paren")
    c = CF
    rows = [("sec", "Den löpande verksamheten", []),
            ("row", "Årets resultat", [P(x) for x in c["res"]]),
            ("row", "Justering för av- och nedskrivningar", [P(x) for x in c["avs"]]),
            ("row", "Justering för förändring av avsättningar", [P(x) for x in c["davs"]]),
            ("sum", "Medel från den löpande verksamheten", [P(x) for x in c["lop"]]),
            ("sec", "Investeringsverksamheten", []),
            ("row", "Investering i materiella anläggningstillgångar", [P(x) for x in c["inv"]]),
            ("sum", "Medel från investeringsverksamheten", [P(x) for x in c["invn"]]),
            ("sec", "Finansieringsverksamheten", []),
            ("row", "Nyupptagna lån", [P(x) for x in c["lan"]]),
            ("row", "Amortering av skuld", [P(x) for x in c["amort"]]),
            ("sum", "Medel från finansieringsverksamheten", [P(x) for x in c["finn"]]),
            ("tot", "Årets kassaflöde", [P(x) for x in c["flow"]]),
            ("row", "Likvida medel vid årets början", [P(x) for x in c["ib"]]),
            ("tot", "Likvida medel vid årets slut", [P(x) for x in c["ub"]])]
    d.tab(["Mnkr", "Prognos 2025", "Budget 2026", "Plan 2027", "Plan 2028"], rows, (78, 23, 23, 23, 23))
    d.note("Kommentar: Budgeten förutsätter att samtliga investeringar genomförs enligt plan. "
           "Erfarenhetsmässigt blir utfallet lägre, vilket minskar lånebehovet.")
    # ---- p9 nyckeltal
    d.add_page()
    d.h1("Finansiella mål och nyckeltal")
    d.para("Kommunfullmäktige har fastställt tre finansiella mål för god ekonomisk hushållning: årets resultat ska uppgå till "
           "minst 2,0 procent av skatteintäkter och generella statsbidrag över en rullande femårsperiod, soliditeten "
           "exklusive pensionsförpliktelser inom linjen ska inte understiga 35 procent och investeringarna ska över en "
           "treårsperiod till minst 70 procent finansieras med egna medel.")
    n = K_NYCKEL
    cols = ["Bokslut 2024", "Prognos 2025", "Budget 2026", "Plan 2027", "Plan 2028"]
    rows = [("row", "Årets resultat, mnkr", [M(x) for x in B["arets"]]),
            ("row", "Resultat i % av skatter och generella statsbidrag", [fdec(x) for x in n["res_pct"]]),
            ("row", "Nettokostnadsandel, %", [fdec(x) for x in n["nettokost_andel"]]),
            ("row", "Soliditet, %", [fdec(x) for x in n["soliditet"]]),
            ("row", "Självfinansieringsgrad investeringar, %", [fdec(x, 0) for x in n["sjfin"]]),
            ("row", "Långfristig låneskuld per invånare, kr", [fnum(x) for x in n["lan_per_inv"]]),
            ("row", "Antal invånare 31 december", [fnum(K_INV[y]) for y in (2024, 2025, 2026, 2027, 2028)]),
            ("row", "Skattesats, kr", [K_SKATT] * 5)]
    d.caption("Finansiella nyckeltal")
    d.tab(["Nyckeltal"] + cols, rows, (74, 19.5, 19.5, 19.5, 19.5, 19.5))
    # ---- p10 ramförändringar + drift (continues over page)
    d.add_page()
    d.h1("Ramförändringar och driftbudget per nämnd")
    d.para("Nämndernas ramar för 2026 utgår från budget 2025 och räknas upp för pris- och löneförändringar med 3,1 procent "
           "för personalkostnader och 2,0 procent för övriga kostnader. Volymförändringar kompenseras enligt "
           "resursfördelningsmodellen för förskola, grundskola, gymnasieskola och äldreomsorg.")
    d.caption("Ramförändringar 2026 jämfört med budget 2025, tkr")
    rows = [("row", a, [T(x) if x else EN for x in v]) for a, v in K_RAM]
    rows.append(("tot", "Summa ramförändringar", [T(x) for x in K_RAM_SUM]))
    d.tab(["Nämnd"] + K_RAM_COLS, rows, (54, 23.5, 23.5, 23.5, 23.5, 23.5))
    bil = dict(K_RAM)["Bildningsnämnden"]
    vo = dict(K_RAM)["Vård- och omsorgsnämnden"]
    d.para(f"Bildningsnämndens ram ökar med sammanlagt {fdec(bil[4] / 1000)} mnkr, varav {fdec(bil[2] / 1000)} mnkr avser "
           f"politiska prioriteringar. Vård- och omsorgsnämnden tillförs {fdec(vo[4] / 1000)} mnkr, främst för att möta fler "
           f"äldre med behov av hemtjänst. Effektiviseringskravet för samtliga nämnder uppgår till "
           f"{fdec(-K_RAM_SUM[3] / 1000)} mnkr. Socialnämnden får ett volymtillskott på {fdec(dict(K_RAM)['Socialnämnden'][1] / 1000)} mnkr "
           "för att hantera den ökade kostnaden för placeringar.")
    d.add_page()
    d.h2("Driftbudget per nämnd")
    d.para("Driftbudgeten anges som nettokostnad, det vill säga kostnader minskade med nämndens externa intäkter. "
           "Finansförvaltningen omfattar bland annat pensionskostnader utöver den del som belastar nämnderna, interna "
           "kapitalkostnader och personalomkostnadspålägg. Posten redovisas som nettointäkt och anges därför med minustecken.")
    d.para("Förändringen i procent avser budget 2026 jämfört med budget 2025. Samtliga belopp avser tusentals kronor. "
           "Kommunstyrelsens ram inkluderar kommunstyrelsens förfogandeanslag om 4 500 tkr och en central lönepott "
           "för 2026 års avtalsrörelse som fördelas till nämnderna efter avslutade löneförhandlingar.")
    d.caption("Driftbudget per nämnd, nettokostnad i tkr")
    rows = []
    for sec, items in K_DRIFT_SECTIONS:
        rows.append(("sec", sec, []))
        for a, v in items:
            rows.append(("row", a, [T(x) for x in v] + [fdec(pct(v[1] - v[0], v[0]))]))
        s = K_DRIFT_SECSUM[sec]
        rows.append(("sum", "Summa " + sec[0].lower() + sec[1:], [T(x) for x in s] + [fdec(pct(s[1] - s[0], s[0]))]))
    s = K_DRIFT_NAMNDSUM
    rows.append(("tot", "Summa nämnder", [T(x) for x in s] + [fdec(pct(s[1] - s[0], s[0]))]))
    f = K_DRIFT_FIN
    rows.append(("row", "Finansförvaltning m.m.", [T(x) for x in f] + [fdec(pct(f[1] - f[0], -f[0]))]))
    v = K_DRIFT_VNK
    rows.append(("tot", "Verksamhetens nettokostnad", [T(x) for x in v] + [fdec(pct(v[1] - v[0], v[0]))]))
    d.tab(["Nämnd, tkr"] + K_DRIFT_COLS + ["Förändring\n2025–2026, %"], rows, (64, 21, 21, 21, 21, 26))
    # ---- nämndsidor
    d.add_page()
    d.h1("Nämndernas uppdrag och ekonomi")
    texts = {
        "Bildningsnämnden": "Bildningsnämnden ansvarar för förskola, grundskola, grundsärskola, fritidshem och gymnasieskola. "
                            "Under 2026 flyttar undervisningen in i nya Järvenskolan som byggs av Katrineholms Fastighets AB "
                            "(KFAB). Hyreskostnaden för den nya skolan beräknas till 14,6 mnkr per år.",
        "Socialnämnden": "Socialnämnden ansvarar för individ- och familjeomsorg, ekonomiskt bistånd och stöd till personer med "
                         "missbruk. Kostnaderna för externa placeringar har ökat kraftigt och nämnden ska under 2026 bygga ut "
                         "öppenvården på hemmaplan.",
        "Vård- och omsorgsnämnden": "Vård- och omsorgsnämnden ansvarar för äldreomsorg, stöd enligt LSS och hälso- och "
                                    "sjukvård upp till sjuksköterskenivå. Det nya vård- och omsorgsboendet Furuliden med "
                                    "28 platser öppnar under hösten 2026.",
        "Service- och tekniknämnden": "Service- och tekniknämnden ansvarar för gator, parker, måltidsservice, lokalvård och "
                                      "kommunens fordon. Nämndens intäkter består främst av interna ersättningar för måltider "
                                      "och lokalvård.",
    }
    for i, (nm, e) in enumerate(K_NAMND_ECON.items()):
        if i == 2:
            d.add_page()
        d.h2(nm)
        d.para(texts[nm], size=9.5)
        d.caption(f"{nm} – ekonomisk sammanställning, tkr", numbered=True)
        rows = [("row", "Intäkter", [T(x) for x in e["int"]]),
                ("row", "Kostnader", [T(x) for x in e["kost"]]),
                ("tot", "Nettokostnad", [T(x) for x in e["net"]])]
        d.tab(["Tkr", "Bokslut 2024", "Budget 2025", "Budget 2026"], rows, (60, 28, 28, 28), size=8.5)
        d.caption(f"{nm} – verksamhetsmått", numbered=False)
        rows = [("row", a, [x, y, z]) for a, x, y, z in K_IND[nm]]
        d.tab(["Mått", "Utfall\n2024", "Budget\n2025", "Budget\n2026"], rows, (86, 26, 26, 26), size=8.5)
    d.add_page()
    d.h1("Personal och kompetensförsörjning")
    d.para("Kommunen är den största arbetsgivaren i Katrineholm. Behovet av att rekrytera lärare, sjuksköterskor och "
           "undersköterskor är fortsatt stort. Under 2026 avsätts 2,5 mnkr centralt för kompetensutveckling inom vård och omsorg.")
    d.caption("Tillsvidareanställda per förvaltning, november 2025")
    rows = [("row", a, [fnum(k), fnum(m), fnum(k + m), h]) for a, k, m, h in K_PERS]
    tk = sum(r[1] for r in K_PERS); tm = sum(r[2] for r in K_PERS)
    rows.append(("tot", "Totalt", [fnum(tk), fnum(tm), fnum(tk + tm), "92,6"]))
    d.tab(["Förvaltning", "Kvinnor", "Män", "Totalt", "Andel\nheltid, %"], rows, (78, 20, 20, 20, 24), size=8.5)
    # ---- investeringar landscape
    d.add_page(orientation="L")
    d.h1("Investeringsbudget 2026–2028")
    d.para(f"Investeringsbudgeten för 2026 omfattar {M(K_INV_TOT[1] // 100)} mnkr. För planperioden 2027–2028 beräknas "
           f"investeringarna till {M(K_INV_TOT[2] // 100)} mnkr respektive {M(K_INV_TOT[3] // 100)} mnkr. Investeringar i "
           "verksamhetslokaler genomförs av Katrineholms Fastighets AB och ingår inte i kommunens investeringsbudget. "
           "Kolumnen Total projektbudget avser fleråriga projekt med beslutad totalutgift; löpande anslag saknar totalbelopp.")
    d.caption("Investeringsbudget per nämnd och projekt, tkr")
    rows = []
    for nm, projs in K_INVEST:
        rows.append(("sec", nm, []))
        for p, tot, v in projs:
            rows.append(("row", p, [T(tot) if tot else "", *[T(x) if x else EN for x in v], T(sum(v[1:]))]))
        s = K_INV_SECSUM[nm]
        rows.append(("sum", "Summa " + nm, ["", *[T(x) if x else EN for x in s], T(sum(s[1:]))]))
    s = K_INV_TOT
    rows.append(("tot", "Totalt investeringar", ["", *[T(x) for x in s], T(sum(s[1:]))]))
    d.tab(["Projekt", "Total\nprojektbudget", "Budget\n2025", "Budget\n2026", "Plan\n2027", "Plan\n2028", "Summa\n2026–2028"], rows,
          (100, 27, 24, 24, 24, 24, 27), size=8.5)
    # ---- exploatering
    d.add_page(orientation="P")
    d.h1("Exploatering och bostadsbyggande")
    d.para("Kommunens mål är att det ska färdigställas minst 150 nya bostäder per år. Exploateringsverksamheten redovisas "
           "separat från investeringsbudgeten när det gäller intäkter från tomtförsäljning. Intäkterna från försäljning av "
           "villatomter i Norra Nävertorp beräknas till 11,2 mnkr under 2026–2028.")
    d.caption("Planerat bostadsbyggande per område, antal bostäder")
    rows = [("row", a, [str(x) for x in v] + [str(sum(v))]) for a, v in K_BOSTAD]
    rows.append(("tot", "Totalt", [str(sum(r[1][i] for r in K_BOSTAD)) for i in range(3)] + [str(sum(sum(r[1]) for r in K_BOSTAD))]))
    d.tab(["Område", "2026", "2027", "2028", "Summa"], rows, (90, 20, 20, 20, 22), size=9)
    d.para("Katrineholms Fastighets AB planerar att påbörja 64 hyreslägenheter i kvarteret Sävsparven under 2026. "
           "Privata byggherrar står för övriga projekt i tabellen.")
    # ---- borgen
    d.add_page()
    d.h1("Borgensramar och upplåning")
    d.para("Kommunfullmäktige fastställer årligen en ram för kommunens borgensåtaganden för de helägda bolagen. "
           "Borgensavgiften uppgår till 0,35 procent av utnyttjad borgen och beräknas ge 9,8 mnkr i intäkter 2026.")
    d.caption("Borgensramar för kommunens bolag, mnkr")
    rows = [("row", a, [fnum(x), fnum(y), fnum(y - x)]) for a, x, y in K_BORGEN]
    rows.append(("tot", "Summa borgensram", [fnum(sum(r[1] for r in K_BORGEN)), fnum(sum(r[2] for r in K_BORGEN)),
                                              fnum(sum(r[2] - r[1] for r in K_BORGEN))]))
    d.tab(["Bolag", "Ram 2025", "Ram 2026", "Förändring"], rows, (90, 25, 25, 25))
    d.para(f"Kommunens egen upplåning får under 2026 uppgå till högst {M(B['lts'][2] + 500)} mnkr. Lånen tas upp via "
           "Kommuninvest. Den genomsnittliga räntebindningstiden ska vara mellan två och fyra år.")
    d.h1("Kommunfullmäktiges beslut")
    d.para("Kommunfullmäktige beslutade 2025-11-17, § 142:\n"
           "1. Skattesatsen för 2026 fastställs till 22,01 kronor per skattekrona.\n"
           "2. Mål och budget 2026 med plan 2027–2028 fastställs, inklusive resultatbudget, balansbudget, kassaflödesbudget "
           "och investeringsbudget.\n"
           "3. Nämndernas driftramar för 2026 fastställs enligt tabellen Driftbudget per nämnd.\n"
           "4. Kommunstyrelsen får under 2026 nyupplåna, det vill säga öka kommunens skulder, med högst 50,0 mnkr.\n"
           "5. Kommunstyrelsen får fördela medel ur kommunstyrelsens förfogandeanslag om 4,5 mnkr.\n"
           "6. Borgensramarna för de kommunala bolagen fastställs enligt tabell.")
    d.output(path)
    return d.page_no()


K_GOALS = [
    ("Näringsliv och arbete", [
        ("Andel förvärvsarbetande invånare 20–64 år, %", "76,8", "78,0", "Kommunstyrelsen"),
        ("Antal nystartade företag per 1 000 invånare", "3,9", "4,5", "Kommunstyrelsen"),
    ]),
    ("Utbildning", [
        ("Elever i åk 9 som är behöriga till yrkesprogram, %", "81,4", "85,0", "Bildningsnämnden"),
        ("Gymnasieelever med examen inom 4 år, %", "72,6", "76,0", "Bildningsnämnden"),
        ("Andel som går vidare till arbete eller studier efter vuxenutbildning, %", "64", "70", "Viadidaktnämnden"),
    ]),
    ("Omsorg och trygghet", [
        ("Brukarbedömning hemtjänst, helhetssyn, %", "87", "90", "Vård- och omsorgsnämnden"),
        ("Personalkontinuitet hemtjänst, antal personal under 14 dagar", "16", "12", "Vård- och omsorgsnämnden"),
        ("Andel barn och unga placerade på hemmaplan, %", "38", "50", "Socialnämnden"),
    ]),
    ("Kultur, idrott och fritid", [
        ("Antal besök på biblioteken per invånare", "4,1", "4,5", "Kulturnämnden"),
    ]),
    ("Hållbar miljö", [
        ("Andel fossilfria fordon i kommunens fordonsflotta, %", "58", "70", "Service- och tekniknämnden"),
        ("Andel ekologiska livsmedel i måltidsverksamheten, %", "31", "35", "Service- och tekniknämnden"),
    ]),
    ("Ekonomi och organisation", [
        ("Sjukfrånvaro bland kommunens medarbetare, %", "7,6", "6,5", "Samtliga nämnder"),
        ("Andel medarbetare som arbetar heltid, %", "92,6", "95,0", "Samtliga nämnder"),
    ]),
]
K_BOSTAD = [
    ("Norra Nävertorp, villatomter", [24, 30, 18]),
    ("Kvarteret Sävsparven, hyresrätter (KFAB)", [0, 64, 0]),
    ("Järvenområdet, bostadsrätter", [36, 0, 42]),
    ("Stadsnära förtätning, centrum", [28, 22, 35]),
    ("Landsbygd och kransorter", [15, 15, 15]),
]
K_PERS = [
    ("Kommunledningsförvaltningen", 118, 62, "97,2"),
    ("Bildningsförvaltningen", 1248, 347, "94,1"),
    ("Socialförvaltningen", 221, 58, "96,4"),
    ("Vård- och omsorgsförvaltningen", 1192, 201, "88,3"),
    ("Viadidakt", 96, 41, "95,6"),
    ("Kultur- och turismförvaltningen", 52, 27, "90,5"),
    ("Service- och teknikförvaltningen", 388, 179, "93,8"),
    ("Samhällsbyggnadsförvaltningen", 61, 44, "98,1"),
]


def news_html(path):
    bil = dict(K_RAM)["Bildningsnämnden"]
    rows_t = [("Bildningsnämnden", "Barn och unga", dict(K_RAM)["Bildningsnämnden"]),
              ("Socialnämnden", "Barn och unga", dict(K_RAM)["Socialnämnden"]),
              ("Vård- och omsorgsnämnden", "Omsorg", dict(K_RAM)["Vård- och omsorgsnämnden"]),
              ("Kommunstyrelsen", "Trygghet och utveckling", dict(K_RAM)["Kommunstyrelsen"])]
    def mk(v):
        return fdec(v / 1000).replace(EN, "-")
    trs = []
    trs.append(f'<tr><th rowspan="2" scope="rowgroup">Barn och unga</th><td>Bildningsnämnden</td><td>{mk(bil[2])}</td>'
               f'<td>{mk(bil[4])}</td><td>{T(drift_of("Bildningsnämnden")[1])}</td></tr>')
    s = dict(K_RAM)["Socialnämnden"]
    trs.append(f'<tr><td>Socialnämnden</td><td>{mk(s[2])}</td><td>{mk(s[4])}</td><td>{T(drift_of("Socialnämnden")[1])}</td></tr>')
    v = dict(K_RAM)["Vård- och omsorgsnämnden"]
    trs.append(f'<tr><th scope="row">Omsorg</th><td>Vård- och omsorgsnämnden</td><td>{mk(v[2])}</td><td>{mk(v[4])}</td>'
               f'<td>{T(drift_of("Vård- och omsorgsnämnden")[1])}</td></tr>')
    k = dict(K_RAM)["Kommunstyrelsen"]
    trs.append(f'<tr><th scope="row">Trygghet</th><td>Kommunstyrelsen</td><td>{mk(k[2])}</td><td>{mk(k[4])}</td>'
               f'<td>{T(drift_of("Kommunstyrelsen")[1])}</td></tr>')
    tot_pol = bil[2] + s[2] + v[2] + k[2]
    tot_all = bil[4] + s[4] + v[4] + k[4]
    trs.append(f'<tr class="sum"><th colspan="2" scope="row">Summa fyra nämnder</th><td>{mk(tot_pol)}</td><td>{mk(tot_all)}</td>'
               f'<td>{T(sum(drift_of(n)[1] for n in ("Bildningsnämnden", "Socialnämnden", "Vård- och omsorgsnämnden", "Kommunstyrelsen")))}</td></tr>')
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Budget 2026 klubbad – skatten oförändrad och miljoner till skola och omsorg - Katrineholms kommun</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/css/main.css">
<script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body class="page-news">
<div id="cookie-consent" class="cookie-banner" role="dialog" aria-label="Kakor">
  <p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra din upplevelse. Läs mer om hur vi hanterar kakor och personuppgifter.</p>
  <button type="button">Godkänn alla kakor</button> <button type="button">Endast nödvändiga</button> <a href="/om-webbplatsen/kakor">Inställningar</a>
</div>
<header class="site-header">
  <a class="skip" href="#main">Hoppa till innehållet</a>
  <a class="logo" href="/"><img src="/img/katrineholm-logo.svg" alt="Katrineholms kommun – startsida"></a>
  <form class="search" action="/sok"><label for="q">Sök på webbplatsen</label><input id="q" name="q"><button>Sök</button></form>
  <ul class="tools"><li><a href="/lyssna">Lyssna</a></li><li><a href="/languages">Languages</a></li><li><a href="/e-tjanster">E-tjänster</a></li></ul>
</header>
<nav class="main-nav" aria-label="Huvudmeny">
  <ul>
    <li><a href="/barn-och-utbildning">Barn och utbildning</a></li>
    <li><a href="/omsorg-och-stod">Omsorg och stöd</a></li>
    <li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
    <li><a href="/kultur-och-fritid">Kultur och fritid</a></li>
    <li><a href="/naringsliv-och-arbete">Näringsliv och arbete</a></li>
    <li><a href="/kommun-och-politik">Kommun och politik</a></li>
  </ul>
</nav>
<div class="breadcrumbs"><a href="/">Start</a> › <a href="/kommun-och-politik">Kommun och politik</a> › <a href="/nyheter">Nyheter</a> › Budget 2026 klubbad</div>
<main id="main">
<article class="news">
<p class="published">Publicerad 18 november 2025 · Uppdaterad 19 november 2025</p>
<h1>Budget 2026 klubbad – skatten oförändrad och miljoner till skola och omsorg</h1>
<p class="lead">Kommunfullmäktige i Katrineholm fastställde på måndagskvällen Mål och budget 2026 med plan för 2027–2028. Skattesatsen blir kvar på 22,01 kronor och nämnderna får sammanlagt {fdec(K_RAM_SUM[4] / 1000)} miljoner kronor mer än i år.</p>
<p>Debatten pågick i drygt fyra timmar innan fullmäktige röstade. Majoritetens förslag vann med 29 röster mot 18. Fyra ledamöter avstod från att rösta. Oppositionens budgetalternativ innehöll en skattesänkning med 15 öre, som skulle ha finansierats genom högre effektiviseringskrav.</p>
<p>– Vi prioriterar de tidiga insatserna för barn och unga, och vi tar ansvar för att äldreomsorgen klarar de kommande årens ökning av antalet äldre, säger kommunstyrelsens ordförande Marie Sandström (S).</p>
<h2>Så fördelas de största tillskotten</h2>
<table class="table">
<caption>Ramförändringar 2026 för de fyra nämnder som får störst tillskott (miljoner kronor) och total driftram 2026 (tkr)</caption>
<thead>
<tr><th rowspan="2" scope="col">Område</th><th rowspan="2" scope="col">Nämnd</th><th colspan="2" scope="colgroup">Tillskott 2026, mnkr</th><th rowspan="2" scope="col">Driftram 2026, tkr</th></tr>
<tr><th scope="col">Politiska prioriteringar</th><th scope="col">Total ramförändring</th></tr>
</thead>
<tbody>
{chr(10).join(trs)}
</tbody>
</table>
<p>Resultatet för 2026 budgeteras till {M(K_RB['res'][3])} miljoner kronor. Investeringarna uppgår till {M(K_INV_TOT[1] // 100)} miljoner kronor, där de största posterna är reinvesteringar i gator och vägar, den nya infarten till Logistikposition Katrineholm och exploateringen av Norra Nävertorp.</p>
<h2>Vad händer nu?</h2>
<p>Nämnderna beslutar om sina detaljbudgetar i december. Den första uppföljningen av budget 2026 redovisas i samband med delårsrapporten per april, som behandlas av kommunstyrelsen i juni.</p>
<p>Fullmäktiges sammanträde finns att se i efterhand via kommunens webb-tv. Protokollet justeras den 24 november.</p>
<aside class="contact"><h2>Kontakt</h2><p>Ekonomichef Henrik Ljung, telefon 0150-570 00 (växel)<br>Kommunikatör Sara Öhman, press@katrineholm.se</p></aside>
</article>
<aside class="related"><h2>Relaterade sidor</h2><ul><li><a href="/budget">Budget och årsredovisning</a></li><li><a href="/kf">Kommunfullmäktige</a></li><li><a href="/skatt">Kommunalskatt</a></li></ul></aside>
</main>
<footer class="site-footer">
  <div><h2>Katrineholms kommun</h2><p>641 80 Katrineholm<br>Besöksadress: Stadshuset, Djulögatan 34<br>Telefon: 0150-570 00<br>E-post: kommunen@katrineholm.se</p></div>
  <div><ul><li><a href="/om-webbplatsen">Om webbplatsen</a></li><li><a href="/tillganglighetsredogorelse">Tillgänglighetsredogörelse</a></li><li><a href="/personuppgifter">Behandling av personuppgifter</a></li><li><a href="/visselblasning">Visselblåsning</a></li></ul></div>
  <p class="copy">© Katrineholms kommun 2025 · Organisationsnummer 212000-0357</p>
</footer>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


# Föreningsbidrag (kr) -- section rows and Summa rows
K_FB_SECTIONS = [
    ("Idrottsföreningar", [
        ("IFK Katrineholm", 212400, 48600, 0),
        ("Katrineholms SK", 168900, 52300, 35000),
        ("Katrineholms Simsällskap", 94600, 8200, 0),
        ("Katrineholms Handbollsklubb", 121300, 19700, 0),
        ("Värmbols GoIF", 88750, 31400, 60000),
        ("Katrineholms Ryttarförening", 56200, 44900, 0),
        ("Katrineholms Orienteringsklubb", 38400, 12100, 0),
    ]),
    ("Kulturföreningar", [
        ("Katrineholms Konstförening", 18500, 0, 12000),
        ("Katrineholms Teaterförening", 42300, 16800, 0),
        ("Katrineholms Musiksällskap", 27900, 0, 0),
        ("Hembygdsföreningen Katrineholm-Österåker", 15600, 22400, 0),
    ]),
    ("Pensionärs- och övriga föreningar", [
        ("PRO Katrineholm", 24800, 0, 0),
        ("SPF Seniorerna Katrineholm", 19400, 0, 0),
        ("Katrineholms Scoutkår", 21600, 9800, 0),
        ("Röda Korset Katrineholmskretsen", 14200, 0, 0),
    ]),
]
K_LOKAL = [  # (section, [(objekt, timtaxa ungdom, timtaxa vuxen, timtaxa kommersiell)]) kr per timme
    ("Idrottshallar", [("Sportcentrum, A-hallen (hel hall)", 110, 290, 760), ("Sportcentrum, B-hallen", 90, 240, 620),
                       ("Järvenhallen", 80, 210, 540), ("Skogsborgshallen", 60, 160, 420)]),
    ("Isytor", [("Backavallen, ishall", 175, 650, 1450), ("KFV Arena, konstfrusen bana", 150, 520, 1200)]),
    ("Fotbollsplaner", [("KFV Arena, konstgräs 11-manna", 95, 310, 820), ("Backavallen, naturgräs", 65, 200, 480),
                        ("Värmbol, konstgräs 7-manna", 50, 160, 380)]),
    ("Samlingslokaler", [("Kulturhuset Ängeln, stora salen", 0, 620, 1650), ("Safiren, möteslokal", 0, 190, 450)]),
]


def xlsx(path):
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill, Alignment
    wb = Workbook()
    ws = wb.active
    ws.title = "Föreningsbidrag 2025"
    ws["A1"] = "Kulturnämnden – beviljade föreningsbidrag 2025 (kr)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Beslutat av Kulturnämnden 2025-03-12 § 18. Lokalbidrag avser bidrag till egna eller hyrda lokaler."
    hdr = ["Förening", "Aktivitetsbidrag", "Lokalbidrag", "Projektbidrag", "Totalt"]
    ws.append([])
    ws.append(hdr)
    for c in ws[4]:
        c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="DDE7F0")
    grand = [0, 0, 0, 0]
    for sec, items in K_FB_SECTIONS:
        ws.append([sec.upper()])
        ws.cell(ws.max_row, 1).font = Font(bold=True, italic=True)
        ss = [0, 0, 0, 0]
        for n, a, l, p in items:
            ws.append([n, a, l, p, a + l + p])
            for i, x in enumerate((a, l, p, a + l + p)):
                ss[i] += x
        ws.append(["Summa " + sec.lower()] + ss)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        grand = [grand[i] + ss[i] for i in range(4)]
    ws.append(["Totalt samtliga föreningar"] + grand)
    ws.cell(ws.max_row, 1).font = Font(bold=True)
    for row in ws.iter_rows(min_row=5, min_col=2, max_col=5):
        for c in row:
            c.number_format = "# ##0"
    ws.column_dimensions["A"].width = 44
    for col in "BCDE":
        ws.column_dimensions[col].width = 16
    ws2 = wb.create_sheet("Lokalhyror 2026")
    ws2["A1"] = "Taxor för uthyrning av idrotts- och fritidsanläggningar 2026, kr per timme inkl. moms"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Fastställda av kommunfullmäktige 2025-11-17 § 145. Ungdomstaxa gäller föreningsverksamhet för deltagare 7–25 år."
    ws2.append([])
    ws2.append(["Anläggning", "Ungdom (förening)", "Vuxen (förening)", "Kommersiell/privat"])
    for c in ws2[4]:
        c.font = Font(bold=True)
    for sec, items in K_LOKAL:
        ws2.append([sec])
        ws2.cell(ws2.max_row, 1).font = Font(bold=True)
        for n, u, v, k in items:
            ws2.append([n, u if u else "Ej aktuellt", v, k])
    ws2.append([])
    ws2.append(["Avbokning senare än 14 dagar före bokat tillfälle debiteras med 50 procent av taxan."])
    ws2.column_dimensions["A"].width = 42
    for col in "BCD":
        ws2.column_dimensions[col].width = 20
    import datetime
    wb.properties.created = datetime.datetime(2025, 11, 20, 8, 0, 0)
    wb.properties.modified = datetime.datetime(2025, 11, 20, 8, 0, 0)
    wb.properties.creator = "Kultur- och turismförvaltningen"
    wb.save(path)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    n = budget_pdf(os.path.join(outdir, "mal-och-budget-2026.pdf"))
    news_html(os.path.join(outdir, "nyhet-budget-2026-klubbad.html"))
    xlsx(os.path.join(outdir, "foreningsbidrag-och-lokalhyror.xlsx"))
    return n
