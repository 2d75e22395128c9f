"""Generates the Gnosjö documents."""
import os
from decimal import Decimal, ROUND_HALF_UP
from common import Doc, f1, fi, pct, fpct, MINUS
import gdata as g

OUT = None


def q1(x):
    return Decimal(x).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def fdec(d):
    return str(d).replace(".", ",")


def fin_goals():
    res_pct = [q1(Decimal(g.RES[i]) / Decimal(g.SKATT[i] + g.GSB[i]) * 100) for i in (2, 3, 4)]
    sjf = [q1(Decimal(g.RES[i] - g.AVSKR[i]) * 100 / Decimal(g.INV_TOT[i] // 100) * 100 / 100) for i in (2, 3, 4)]
    # sjf: (resultat + avskrivningar) / investeringar (tenths vs tkr/100 = tenths)
    return res_pct, sjf


def budget_pdf(path):
    d = Doc("Gnosjö kommun · Budget 2025 med plan för 2026–2027", "Gnosjö kommun – Budget 2025 med plan 2026–2027")
    d.add_page()
    d.ln(40)
    d.set_font("DV", "B", 26)
    d.multi_cell(0, 12, "Budget 2025\nmed plan för 2026–2027", new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.set_font("DV", "", 12)
    d.multi_cell(0, 7, "Gnosjö kommun\nAntagen av kommunfullmäktige den 20 november 2024, § 112\nDiarienummer KS 2024/187", new_x="LMARGIN", new_y="NEXT")
    d.ln(30)
    d.p("Gnosjö kommun, 335 80 Gnosjö. Dokumentet har tagits fram av ekonomiavdelningen på kommunledningskontoret.", 8)

    d.add_page()
    d.h1("Innehåll")
    d.p("Inledning – Ett Gnosjö som växer\nFörutsättningar och omvärld\nFinansiella mål\nResultatbudget\nSkatteintäkter och generella statsbidrag\nDriftbudget per nämnd\nKommentarer per nämnd\nInvesteringsbudget 2025–2027\nKassaflödesbudget och personal\nKommunfullmäktiges beslut")
    d.h2("Inledning – Ett Gnosjö som växer")
    bun_inc = g.section_sums()["Barn- och utbildningsnämnden"]
    sn = g.section_sums()["Socialnämnden"]
    d.p("Gnosjö kommun går in i 2025 med en stark arbetsmarknad men med en ekonomi som kräver fortsatt "
        "noggrannhet. Industrin i Gnosjöregionen har klarat en svag konjunktur bättre än befarat, samtidigt som "
        "kostnaderna för äldreomsorg och funktionsstöd fortsätter att öka snabbare än skatteintäkterna.")
    d.p(f"Budgeten för 2025 ger ett resultat på {f1(g.RES[2])} miljoner kronor, vilket motsvarar "
        f"{fdec(fin_goals()[0][0])} procent av skatteintäkter och generella statsbidrag. Det är något över "
        "fullmäktiges mål om 1,5 procent. Skattesatsen lämnas oförändrad på 21,94 kronor.")
    d.p(f"Vi prioriterar barnen och de äldre. Socialnämndens ram ökar med {f1(sn[2]-sn[1])} miljoner kronor jämfört "
        f"med budget 2024 och barn- och utbildningsnämndens ram ökar med {f1(bun_inc[2]-bun_inc[1])} miljoner kronor. "
        "Samtidigt påbörjas bygget av en ny förskola i Hillerstorp, den största enskilda investeringen under planperioden.")
    d.p("Helena Strömqvist (KD)\nKommunstyrelsens ordförande\nGnosjö i november 2024")

    d.add_page()
    d.h1("Förutsättningar och omvärld")
    d.p("Budgeten bygger på Sveriges Kommuner och Regioners (SKR) skatteunderlagsprognos från oktober 2024. "
        "Skatteunderlaget beräknas växa med 4,1 procent 2025 och med 3,6 procent 2026. Prognosen är osäker, "
        "främst på grund av utvecklingen av arbetade timmar i tillverkningsindustrin.")
    d.p(f"Kommunens befolkning uppgick till {fi(g.POP[1])} invånare den 31 december 2023. Budgeten utgår från "
        "en befolkning på 9 680 invånare den 1 november 2024, vilket är underlaget för skatteintäkterna 2025. "
        "Antalet barn i förskoleåldern väntas öka i Hillerstorp medan antalet personer över 80 år ökar i hela kommunen.")
    d.p("Löneökningarna beräknas till 3,2 procent per år under planperioden. Kompensation för löneökningar "
        "ligger centralt i finansförvaltningen och fördelas till nämnderna efter avslutad lönerevision. "
        "Prisuppräkningen för övriga kostnader är 2,0 procent.")
    d.p("Arbetsgivaravgifter och personalomkostnadspålägg beräknas enligt SKR:s rekommendation till 40,15 procent. "
        "Internräntan för beräkning av kapitalkostnader är 2,5 procent.")
    d.h2("Omvärld och risker")
    d.p("Den största risken i budgeten bedöms vara kostnadsutvecklingen inom försörjningsstöd och placeringar "
        "av barn och unga. Kommunstyrelsen har därför en reserv för oförutsedda kostnader på 2,5 miljoner "
        "kronor. Därutöver avsätts 850 000 kronor till kommunstyrelsens förfogande för näringslivsinsatser "
        "tillsammans med Gnosjöregionens företagarföreningar.")
    d.p("Räntekostnaderna ökar under planperioden som en följd av nyupplåning till förskolan i Hillerstorp och "
        "trygghetsboendet Åbrinken. Den genomsnittliga låneräntan beräknas till 3,1 procent 2025.")

    d.add_page()
    d.h1("Finansiella mål")
    d.p("Kommunfullmäktige har fastställt tre finansiella mål för god ekonomisk hushållning. Målen ska nås "
        "som ett genomsnitt över planperioden. Tabellen nedan visar hur budget och plan förhåller sig till målen.")
    res_pct, sjf = fin_goals()
    rows = [
        ("row", ["Resultat i % av skatteintäkter och generella statsbidrag", "minst 1,5"] + [fdec(x) for x in res_pct]),
        ("row", ["Soliditet inklusive pensionsförpliktelser, %", "minst 30", "34,2", "34,8", "35,5"]),
        ("row", ["Självfinansieringsgrad av investeringar, %", "minst 70"] + [fdec(x) for x in sjf]),
    ]
    d.table("Tabell 1. Finansiella mål 2025–2027", "Avser procent", [["Mål"], ["Målvärde"], ["Budget", "2025"], ["Plan", "2026"], ["Plan", "2027"]],
            [74, 24, 24, 24, 24], rows, size=8)
    d.p(f"Självfinansieringsgraden 2025 når inte målet eftersom investeringsvolymen är hög, {fi(g.INV_TOT[2])} tkr. "
        "Sett över hela planperioden är självfinansieringsgraden dock över 70 procent.")

    d.add_page()
    d.h1("Resultatbudget")
    notes = ["1", "2", "", "", "3", "4", "", "5", ""]
    labels = ["Verksamhetens intäkter", "Verksamhetens kostnader", "Avskrivningar", "Verksamhetens nettokostnad",
              "Skatteintäkter", "Generella statsbidrag och utjämning", "Finansiella intäkter", "Finansiella kostnader",
              "Årets resultat"]
    series = [g.INT, g.KOST, g.AVSKR, g.NETTO, g.SKATT, g.GSB, g.FINI, g.FINK, g.RES]
    rows = []
    for lab, nt, ser in zip(labels, notes, series):
        kind = "sum" if lab in ("Verksamhetens nettokostnad", "Årets resultat") else "row"
        rows.append((kind, [lab, nt] + [f1(v) for v in ser]))
    d.table("Tabell 2. Resultatbudget", "Belopp i mnkr", [["Resultaträkning"], ["Not"], ["Utfall", "2023"], ["Budget", "2024"], ["Budget", "2025"], ["Plan", "2026"], ["Plan", "2027"]],
            [56, 10, 20, 20, 20, 22, 22], rows)
    d.h2("Noter till resultatbudgeten")
    d.p("Not 1. Verksamhetens intäkter omfattar taxor och avgifter, hyror samt riktade statsbidrag. "
        "Riktade statsbidrag för 2025 har budgeterats försiktigt.")
    d.p("Not 2. I verksamhetens kostnader ingår personalkostnader, köp av verksamhet och lokalkostnader. "
        "Löneökningar är beräknade med 3,2 procent.")
    d.p("Not 3. Skatteintäkterna bygger på SKR:s prognos från oktober 2024 och en oförändrad skattesats på 21,94 kronor.")
    d.p("Not 4. Generella statsbidrag och utjämning specificeras i tabell 3.")
    d.p("Not 5. Finansiella kostnader avser räntor på lån samt ränta på pensionsavsättningen.")

    d.h1("Skatteintäkter och generella statsbidrag")
    rows = [("row", ["Kommunalskatt", f1(g.SKATT[1]), f1(g.SKATT[2])])]
    rows.append(("section", ["Generella statsbidrag och utjämning"]))
    for lab, a, b in g.GSB_ROWS:
        rows.append(("row", [lab, f1(a), f1(b)]))
    rows.append(("sum", ["Summa generella statsbidrag och utjämning", f1(g.GSB[1]), f1(g.GSB[2])]))
    rows.append(("total", ["Summa skatteintäkter och statsbidrag", f1(g.SKATT[1] + g.GSB[1]), f1(g.SKATT[2] + g.GSB[2])]))
    d.table("Tabell 3. Skatteintäkter, generella statsbidrag och utjämning", "Belopp i mnkr", [["Post"], ["Budget", "2024"], ["Budget", "2025"]],
            [100, 30, 30], rows)

    d.add_page()
    d.h1("Driftbudget per nämnd")
    d.p("Nämndernas ramar anges som nettokostnad, det vill säga kostnader minus verksamhetens egna intäkter. "
        "Nettokostnader redovisas inom parentes. Förändring i procent avser budget 2025 jämfört med budget 2024. "
        "Ramarna för 2025 innehåller kompensation för prisökningar men inte för löneökningar, som fördelas efter "
        "lönerevisionen.")
    d.p("Kommunstyrelsen ansvarar utöver kommunledningskontoret även för tekniska enheten, räddningstjänsten och "
        "näringslivsarbetet. Barn- och utbildningsnämnden ansvarar för förskola, grundskola, gymnasieskola, "
        "vuxenutbildning och kulturskola. Socialnämnden ansvarar för äldreomsorg, funktionsstöd, individ- och "
        "familjeomsorg samt kommunal hälso- och sjukvård.")
    d.p("Ramarna har beretts i budgetberedningen under september och oktober 2024. Beredningen har bestått av "
        "kommunstyrelsens presidium och företrädare för samtliga partier i fullmäktige.")
    d.p("Nämnderna ska inom sina ramar prioritera verksamhet som riktar sig direkt till invånarna. Om en nämnd "
        "befarar ett underskott ska den snarast redovisa en åtgärdsplan till kommunstyrelsen. Överskott får inte "
        "föras över till nästa år utan särskilt beslut av kommunfullmäktige.")
    d.p("Kapitalkostnader för nya investeringar kompenseras i nämndernas ramar från och med det år då "
        "investeringen tas i bruk. Hyreskostnaden för den nya förskolan i Hillerstorp ingår därför först i planen "
        "för 2026 och 2027.")
    rows = []
    sums = g.section_sums()
    for sec, items in g.DRIFT:
        rows.append(("section", [sec]))
        for lab, a, b, c in items:
            rows.append(("row", [lab, f1(-a, "paren"), f1(-b, "paren"), f1(-c, "paren"), fpct(pct(c, b))]))
        s = sums[sec]
        rows.append(("sum", ["Summa " + sec[0].lower() + sec[1:], f1(-s[0], "paren"), f1(-s[1], "paren"), f1(-s[2], "paren"), fpct(pct(s[2], s[1]))]))
    t = g.nämnd_total()
    rows.append(("total", ["Summa nämnder", f1(-t[0], "paren"), f1(-t[1], "paren"), f1(-t[2], "paren"), fpct(pct(t[2], t[1]))]))
    fz = g.FINANSF
    rows.append(("row", ["Finansförvaltning (pensioner, löneökningar m.m.)", f1(-fz[0], "paren"), f1(-fz[1], "paren"), f1(-fz[2], "paren"), fpct(pct(fz[2], fz[1]))]))
    n = g.netto_total()
    rows.append(("total", ["Verksamhetens nettokostnad", f1(-n[0], "paren"), f1(-n[1], "paren"), f1(-n[2], "paren"), fpct(pct(n[2], n[1]))]))
    d.table("Tabell 4. Driftbudget per nämnd och verksamhet", "Belopp i mnkr, nettokostnad",
            [["Nämnd / verksamhet"], ["Utfall", "2023"], ["Budget", "2024"], ["Budget", "2025"], ["Förändring", "%"]],
            [78, 22, 22, 22, 26], rows, rowh=6.2)

    # Verksamhetsmål
    d.add_page()
    d.h1("Verksamhetsmål 2025")
    d.p("Kommunfullmäktige har beslutat om fyra målområden för mandatperioden 2023–2026: Attraktiv kommun att bo "
        "och verka i, Trygg och god omsorg, Lärande och utveckling samt Hållbar och effektiv organisation. "
        "Nämnderna bryter ner målen i egna verksamhetsmål.")
    d.bullets([
        "Andelen elever i årskurs 9 som är behöriga till yrkesprogram på gymnasiet ska öka till minst 85 procent.",
        "Väntetiden till särskilt boende ska vara högst 60 dagar.",
        "Handläggningstiden för bygglov ska vara högst fyra veckor från komplett ansökan.",
        "Minst 300 nya bostäder ska byggas under perioden 2023–2030.",
        "Andelen fossilfria fordon i kommunens fordonsflotta ska vara minst 75 procent 2026.",
    ])
    d.p("Uppföljning av målen sker i delårsrapporten per den 31 augusti och i årsredovisningen. Kommunstyrelsen "
        "ansvarar för att samordna uppföljningen och rapporterar till kommunfullmäktige.")

    # Nämndkommentarer
    d.add_page()
    d.h1("Kommentarer per nämnd")
    d.h2("Kommunstyrelsen")
    ks = sums["Kommunstyrelsen"]
    d.p(f"Kommunstyrelsens ram för 2025 uppgår till {f1(ks[2])} miljoner kronor. Ökningen förklaras främst av "
        "högre kostnader för IT-licenser och försäkringar samt av att räddningstjänsten förstärker deltidsstyrkan "
        "i Hillerstorp. Anslaget till näringsliv och turism minskar något efter att projektet Besöksmål Gnosjö "
        "avslutas vid årsskiftet.")
    d.p("Tekniska enheten ansvarar för gator, parker, kommunala fastigheter och kostverksamhet. Under 2025 "
        "genomförs en ny upphandling av livsmedel som beräknas minska kostnaderna med cirka 400 000 kronor per år.")
    d.p("Kommundirektör Peter Andersson Holm har fått i uppdrag att till juni 2025 presentera en plan för "
        "samordning av kommunens administrativa stödfunktioner.")
    d.h2("Barn- och utbildningsnämnden")
    d.p(f"Barn- och utbildningsnämndens ram ökar från {f1(bun_inc[1])} till {f1(bun_inc[2])} miljoner kronor. "
        "Antalet barn i förskolan beräknas öka med 25 barn till hösten 2025, främst i Hillerstorp. Grundskolan "
        "har cirka 1 140 elever. Vuxenutbildningens ram minskar eftersom statsbidraget för regional yrkesvux "
        "förväntas öka.")
    d.p("Nämnden prioriterar läsning i de tidiga åren och en likvärdig elevhälsa. Interkommunala ersättningar för "
        "gymnasieelever som studerar i Värnamo och Jönköping är den enskilt största kostnaden inom gymnasieskolan.")
    d.p("Barn- och utbildningsnämndens ordförande är Thomas Axelsson (KD). Förvaltningschef är Eva Marklund.")
    d.add_page()
    d.h2("Socialnämnden")
    ao = [r for r in g.DRIFT[2][1] if r[0] == "Äldreomsorg"][0]
    d.p(f"Socialnämndens ram för 2025 är {f1(sn[2])} miljoner kronor, en ökning med {f1(sn[2]-sn[1])} miljoner kronor. "
        f"Av ökningen avser {f1(ao[3]-ao[2])} miljoner kronor äldreomsorgen, där ytterligare tolv platser i särskilt "
        "boende öppnas på Nyhemsgården under våren 2025.")
    d.p("Inom funktionsstöd ökar kostnaderna för personlig assistens och boende enligt LSS. Individ- och "
        "familjeomsorgen arbetar vidare med att ersätta externa placeringar med hemmaplanslösningar. Målet är att "
        "minska kostnaden för externa placeringar med 1,5 miljoner kronor under 2025.")
    d.p("Socialnämndens ordförande är Ingrid Lövgren (C). Nämnden har fått i uppdrag att utreda en ny organisation "
        "för hemtjänsten i Hillerstorp och Kulltorp.")
    d.h2("Övriga nämnder")
    d.p("Miljö- och byggnadsnämnden får en utökad ram för att anställa ytterligare en bygglovshandläggare. "
        "Valnämndens budget för 2025 är låg eftersom inga allmänna val genomförs under året. Överförmyndarnämndens "
        "kostnader ökar till följd av fler ärenden med god man för ensamkommande och äldre.")
    d.p("Kommunfullmäktige och revision får en ram på 3,9 miljoner kronor. Revisionens anslag beslutas av "
        "kommunfullmäktiges presidium.")

    # Landscape investment page
    d.add_page(orientation="L")
    d.h1("Investeringsbudget 2025–2027")
    d.p("Investeringarna redovisas i tusentals kronor. Projekt över 5 000 tkr ska godkännas särskilt av "
        "kommunstyrelsen innan de startas. BUN = barn- och utbildningsnämnden, SN = socialnämnden, KS = kommunstyrelsen.")
    rows = []
    for r in g.INV:
        rows.append(("row", [r[0], r[1]] + [fi(v) for v in r[2:]]))
    rows.append(("total", ["Summa investeringar", ""] + [fi(v) for v in g.INV_TOT]))
    d.table("Tabell 5. Investeringsbudget per projekt", "Belopp i tkr",
            [["Projekt"], ["Ansvarig", "nämnd"], ["Utfall", "2023"], ["Budget", "2024"], ["Budget", "2025"], ["Plan", "2026"], ["Plan", "2027"]],
            [95, 22, 30, 30, 30, 30, 30], rows, size=9)
    d.p("Den nya förskolan i Hillerstorp ersätter förskolan Solrosen och två tillfälliga paviljonger. "
        "Höjdfordonet till räddningstjänsten ersätter ett fordon från 1998.", 9)

    d.add_page(orientation="P")
    d.h1("Kassaflödesbudget och personal")
    k = []
    lop = [g.RES[i] - g.AVSKR[i] + g.KF_OVR[i - 2] for i in (2, 3, 4)]
    inv = [-(g.INV_TOT[i] // 100) for i in (2, 3, 4)]
    invv = [inv[j] + g.KF_FORS[j] for j in range(3)]
    fin = [g.KF_LAN[j] + g.KF_AMORT[j] for j in range(3)]
    tot = [lop[j] + invv[j] + fin[j] for j in range(3)]
    D = "dash"
    k.append(("section", ["Den löpande verksamheten"]))
    k.append(("row", ["Årets resultat"] + [f1(g.RES[i], D) for i in (2, 3, 4)]))
    k.append(("row", ["Justering för avskrivningar"] + [f1(-g.AVSKR[i], D) for i in (2, 3, 4)]))
    k.append(("row", ["Justering för övriga ej likviditetspåverkande poster"] + [f1(v, D) for v in g.KF_OVR]))
    k.append(("sum", ["Medel från den löpande verksamheten"] + [f1(v, D) for v in lop]))
    k.append(("section", ["Investeringsverksamheten"]))
    k.append(("row", ["Investering i materiella anläggningstillgångar"] + [f1(v, D) for v in inv]))
    k.append(("row", ["Försäljning av materiella anläggningstillgångar"] + [f1(v, D) for v in g.KF_FORS]))
    k.append(("sum", ["Medel från investeringsverksamheten"] + [f1(v, D) for v in invv]))
    k.append(("section", ["Finansieringsverksamheten"]))
    k.append(("row", ["Nyupptagna lån"] + [f1(v, D) for v in g.KF_LAN]))
    k.append(("row", ["Amortering av skuld"] + [f1(v, D) for v in g.KF_AMORT]))
    k.append(("sum", ["Medel från finansieringsverksamheten"] + [f1(v, D) for v in fin]))
    k.append(("total", ["Årets kassaflöde"] + [f1(v, D) for v in tot]))
    d.table("Tabell 6. Kassaflödesbudget", "Belopp i mnkr", [["Kassaflöde"], ["Budget", "2025"], ["Plan", "2026"], ["Plan", "2027"]],
            [104, 22, 22, 22], k)
    rows = [("row", [r[0]] + [fi(v) for v in r[1:]]) for r in g.AA]
    rows.append(("total", ["Summa årsarbetare"] + [fi(v) for v in g.AA_TOT]))
    d.table("Tabell 7. Antal årsarbetare per nämnd", "Antal, st (tillsvidare- och visstidsanställda)",
            [["Nämnd"], ["Utfall", "2023"], ["Budget", "2024"], ["Budget", "2025"]], [100, 24, 24, 24], rows)
    d.p("Personalkostnaderna utgör drygt 60 procent av kommunens kostnader. Sjukfrånvaron var 6,1 procent 2023 "
        "och målet för 2025 är att den ska understiga 5,5 procent.")

    d.add_page()
    d.h1("Kommunfullmäktiges beslut")
    d.p("Kommunfullmäktige i Gnosjö beslutade den 20 november 2024, § 112:")
    d.bullets([
        "att fastställa skattesatsen för 2025 till 21,94 kronor per skattekrona,",
        f"att fastställa resultatbudget, driftbudget och kassaflödesbudget för 2025 med ett budgeterat resultat på {f1(g.RES[2])} miljoner kronor,",
        f"att fastställa investeringsbudget för 2025 om {fi(g.INV_TOT[2])} tkr samt plan för 2026–2027,",
        "att kommunstyrelsen under 2025 får nyupplåna, det vill säga öka kommunens skulder med, 40,0 miljoner kronor,",
        "att ge kommunstyrelsen i uppdrag att följa upp socialnämndens ekonomi månadsvis under 2025.",
    ])
    d.p("Vid sammanträdet yrkade Maria Bergkvist (S) på en höjning av skattesatsen med 20 öre för att finansiera "
        "fler undersköterskor i hemtjänsten. Yrkandet avslogs efter votering med 21 röster mot 14.")
    d.p("Ordförande vid sammanträdet: Bengt-Åke Nilsson (KD). Justerare: Johan Lindfors (M) och Maria Bergkvist (S). "
        "Protokollet justerades den 27 november 2024.")
    d.output(path)
    return d.page_no()


def delars_pdf(path):
    d = Doc("Gnosjö kommun · Delårsrapport januari–augusti 2024", "Gnosjö kommun – Delårsrapport 2024")
    d.add_page()
    d.h1("Delårsrapport januari–augusti 2024")
    d.p("Gnosjö kommun. Godkänd av kommunstyrelsen den 2 oktober 2024 och behandlad av kommunfullmäktige den 23 oktober 2024.")
    sums = g.section_sums()
    avv_tot = sum(g.DEL_AVV.values()) + g.DEL_FIN_AVV
    netto_b = g.NETTO[1]
    netto_p = netto_b + avv_tot
    utf_tot = sum(g.DEL_UTF.values()) + g.DEL_UTF_FIN
    netto_u = -utf_tot
    res_u = netto_u + g.DEL_SKATT[0] + g.DEL_GSB[0] + g.DEL_FINN[0]
    res_u23 = g.DEL_NETTO_23 + g.DEL_SKATT[1] + g.DEL_GSB[1] + g.DEL_FINN[1]
    res_b = g.RES[1]
    res_p = netto_p + g.DEL_SKATT[3] + g.DEL_GSB[3] + g.DEL_FINN[3]
    d.h2("Sammanfattning")
    d.p(f"Periodens resultat för januari–augusti 2024 uppgår till {f1(res_u)} miljoner kronor, jämfört med "
        f"{f1(res_u23)} miljoner kronor samma period 2023. Prognosen för helåret 2024 pekar på ett resultat på "
        f"{f1(res_p)} miljoner kronor, vilket är {f1(res_b - res_p)} miljoner kronor lägre än budget.")
    d.p("Avvikelsen beror främst på socialnämnden, som prognostiserar ett underskott på 6,8 miljoner kronor. "
        "Underskottet finns inom äldreomsorgen och beror på ett ökat behov av hemtjänst samt höga kostnader för "
        "bemanningssjuksköterskor. Barn- och utbildningsnämnden prognostiserar ett underskott på 2,4 miljoner "
        "kronor, främst på grund av fler barn i förskolan än beräknat.")
    d.p("Skatteintäkterna bedöms bli 3,9 miljoner kronor lägre än budget enligt SKR:s augustiprognos, medan "
        "generella statsbidrag och utjämning blir 2,1 miljoner kronor högre. Finansförvaltningen visar ett "
        "överskott på 3,1 miljoner kronor tack vare lägre pensionskostnader.")
    d.p("Befolkningen uppgick till 9 688 invånare den 30 juni 2024, en minskning med 14 personer sedan årsskiftet. "
        "Sjukfrånvaron för perioden var 6,4 procent.")
    d.h2("Resultaträkning")
    rows = []
    def r(lab, a, b, c, p_, kind="row"):
        rows.append((kind, [lab, f1(a), f1(b), f1(c), f1(p_), f1(p_ - c)]))
    r("Verksamhetens nettokostnad", netto_u, g.DEL_NETTO_23, netto_b, netto_p)
    r("Skatteintäkter", *g.DEL_SKATT)
    r("Generella statsbidrag och utjämning", *g.DEL_GSB)
    r("Finansnetto", *g.DEL_FINN)
    r("Resultat", res_u, res_u23, res_b, res_p, "total")
    d.table("Tabell 1. Resultaträkning i sammandrag", "Belopp i mnkr",
            [["Post"], ["Utfall", "jan–aug 2024"], ["Utfall", "jan–aug 2023"], ["Budget", "2024"], ["Prognos", "2024"], ["Avvikelse", "mot budget"]],
            [52, 24, 24, 20, 20, 30], rows, size=8)
    d.add_page()
    d.h2("Driftredovisning per nämnd")
    d.p("Tabellen visar nettokostnad per nämnd. En positiv avvikelse innebär ett överskott mot budget och en "
        "negativ avvikelse ett underskott.")
    rows = []
    for sec in ["Kommunstyrelsen", "Barn- och utbildningsnämnden", "Socialnämnden", "Övriga nämnder"]:
        b = sums[sec][1]
        rows.append(("row", [sec, f1(b), f1(g.DEL_UTF[sec]), f1(b - g.DEL_AVV[sec]), f1(g.DEL_AVV[sec])]))
    fb = g.FINANSF[1]
    rows.append(("row", ["Finansförvaltning", f1(fb), f1(g.DEL_UTF_FIN), f1(fb - g.DEL_FIN_AVV), f1(g.DEL_FIN_AVV)]))
    rows.append(("total", ["Summa", f1(-netto_b), f1(utf_tot), f1(-netto_p), f1(avv_tot)]))
    d.table("Tabell 2. Driftredovisning januari–augusti 2024 med helårsprognos", "Belopp i mnkr",
            [["Nämnd"], ["Budget", "2024"], ["Utfall", "jan–aug"], ["Prognos", "2024"], ["Avvikelse", "prognos"]],
            [70, 25, 25, 25, 25], rows)
    d.h2("Kommentarer")
    d.p("Kommunstyrelsen prognostiserar ett överskott på 1,2 miljoner kronor, främst genom vakanta tjänster på "
        "kommunledningskontoret. Räddningstjänsten har haft fler larm än normalt under sommaren.")
    d.p("Socialnämnden har infört ett åtgärdsprogram som beräknas minska kostnaderna med 2,0 miljoner kronor "
        "under hösten. Socialchef Annelie Fransson har rapporterat till kommunstyrelsen varje månad sedan maj.")
    d.h2("Investeringar")
    rows = [("row", [p] + [fi(v) for v in vals]) for p, *vals in g.DEL_INV]
    tots = [sum(x[i] for x in g.DEL_INV) for i in (1, 2, 3)]
    rows.append(("total", ["Summa"] + [fi(v) for v in tots]))
    d.table("Tabell 3. Investeringar 2024", "Belopp i tkr",
            [["Projekt"], ["Budget", "2024"], ["Utfall", "jan–aug"], ["Prognos", "2024"]], [90, 25, 25, 25], rows)
    d.p(f"Investeringsprognosen för 2024 är {fi(tots[2])} tkr, vilket är lägre än budgeten på {fi(tots[0])} tkr. "
        "Trygghetsboendet Åbrinken försenas eftersom detaljplanen har överklagats.")
    d.p("Ekonomichef Lena Sjöberg, Gnosjö kommun, september 2024.")
    d.output(path)
    return dict(res_u=res_u, res_p=res_p, res_b=res_b, netto_p=netto_p, inv_tots=tots)


CHROME_TOP = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{title} - Gnosjö kommun</title>
<style>body{{font-family:Arial,sans-serif}} .cookie{{background:#222;color:#fff;padding:8px}}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}</script>
</head><body>
<div class="cookie" id="cookie-banner"><p>Vi använder kakor (cookies) för att förbättra din upplevelse av gnosjo.se. Genom att fortsätta godkänner du att vi använder kakor.</p>
<button>Godkänn alla kakor</button> <button>Endast nödvändiga</button> <a href="/om-webbplatsen/kakor">Läs mer om kakor</a></div>
<header><a href="/" class="logo">Gnosjö kommun</a>
<nav><ul><li><a href="/barn-och-utbildning">Barn och utbildning</a></li><li><a href="/omsorg-och-stod">Omsorg och stöd</a></li>
<li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li><li><a href="/naringsliv-och-arbete">Näringsliv och arbete</a></li>
<li><a href="/kommun-och-politik">Kommun och politik</a></li><li><a href="/uppleva-och-gora">Uppleva och göra</a></li></ul></nav>
<form role="search"><input type="search" placeholder="Sök på gnosjo.se"><button>Sök</button></form>
<div class="lang"><a href="/lattlast">Lättläst</a> <a href="/languages">Other languages</a> <a href="#">Lyssna</a></div></header>
<div class="breadcrumbs"><a href="/">Startsida</a> / <a href="/nyheter">Nyheter</a> / {title}</div>
<main>"""

CHROME_BOTTOM = """</main>
<aside><h2>Relaterade nyheter</h2><ul><li><a href="#">Ny cykelväg mellan Gnosjö och Åsenhöga invigd</a></li>
<li><a href="#">Sommarlovsaktiviteter för alla barn 2025</a></li><li><a href="#">Öppet hus på Töllstorpsskolan</a></li></ul></aside>
<footer><div><strong>Gnosjö kommun</strong><br>335 80 Gnosjö<br>Besöksadress: Järnvägsgatan 43, Gnosjö<br>Telefon: 0370-33 10 00<br>E-post: kommun@gnosjo.se</div>
<div><a href="/om-webbplatsen">Om webbplatsen</a> | <a href="/tillganglighetsredogorelse">Tillgänglighetsredogörelse</a> | <a href="/personuppgifter">Behandling av personuppgifter</a></div>
<div>Följ oss: <a href="#">Facebook</a> <a href="#">Instagram</a> <a href="#">LinkedIn</a></div><p>© Gnosjö kommun 2025</p></footer>
<script>document.querySelector('#cookie-banner button').onclick=function(){this.parentNode.remove();}</script>
</body></html>"""


def news_html(path):
    title = "Nu startar bygget av nya förskolan i Hillerstorp"
    body = f"""<article><h1>{title}</h1>
<p class="meta">Publicerad 12 februari 2025 · Barn och utbildning</p>
<p class="ingress">I mars 2025 börjar bygget av en ny förskola i Hillerstorp. Förskolan får sex avdelningar och plats för 120 barn. Den totala investeringen är beräknad till 48 miljoner kronor.</p>
<p>Den nya förskolan byggs på tomten vid Storgatan, intill Hillerstorps skola. Den ersätter förskolan Solrosen och de två tillfälliga paviljonger som har använts sedan 2021.</p>
<p>Byggentreprenör är Bygg-Fast i Värnamo AB, som vann upphandlingen i december 2024. Kontraktssumman är 41,6 miljoner kronor. Resten av investeringen avser markarbeten, utemiljö, inventarier och projektledning.</p>
<blockquote><p>– Hillerstorp växer och det är fantastiskt. Nu får barnen och personalen lokaler som är anpassade för verksamheten, säger Thomas Axelsson (KD), ordförande i barn- och utbildningsnämnden.</p></blockquote>
<p>Inflyttningen är planerad till augusti 2026. Under byggtiden blir det begränsad framkomlighet på Storgatan vardagar mellan klockan 7 och 16.</p>
<p>Förskolan byggs med solceller på taket och ska certifieras enligt Miljöbyggnad Silver. Kommunen har fått ett bidrag på 1,2 miljoner kronor från Klimatklivet för solcellsanläggningen och laddplatserna.</p>
<h2>Frågor och svar</h2>
<p><strong>Påverkas barnens placering under byggtiden?</strong> Nej, alla barn går kvar på sina nuvarande förskolor tills den nya förskolan är klar.</p>
<p><strong>Vem kan jag kontakta?</strong> Projektledare Sara Nyqvist, telefon 0370-33 12 45.</p>
<p class="updated">Senast uppdaterad: 13 februari 2025</p></article>"""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(CHROME_TOP.format(title=title) + body + CHROME_BOTTOM)


def facts_md(path):
    lines = ["# Gnosjö i siffror 2024", "",
             "Faktablad från Gnosjö kommun, kommunledningskontoret. Uppdaterat mars 2024.", "",
             "## Befolkning per ort den 31 december", "",
             "| Ort | 2022 | 2023 |", "|---|---:|---:|"]
    for o, a, b in g.ORTER:
        lines.append(f"| {o} | {fi(a)} | {fi(b)} |")
    lines.append(f"| **Totalt** | **{fi(g.POP[0])}** | **{fi(g.POP[1])}** |")
    lines += ["",
              "## Kommunen i korthet", "",
              "- Landareal: 428 kvadratkilometer",
              "- Skattesats 2023: 21,94 kronor (varav kommunen 21,94 och regionen 11,76 tillkommer)",
              "- Skattesats 2024: 21,94 kronor",
              "- Antal företag: cirka 1 050, varav drygt 300 inom tillverkningsindustrin",
              "- Öppen arbetslöshet (16–64 år) december 2023: 4,3 procent",
              "- Andel invånare 80 år och äldre: 5,9 procent",
              "",
              "## Politisk ledning", "",
              "Kommunen styrs sedan valet 2022 av Kristdemokraterna, Moderaterna och Centerpartiet. "
              "Kommunstyrelsens ordförande är Helena Strömqvist (KD) och oppositionsråd är Maria Bergkvist (S). "
              "Kommunfullmäktige har 35 ledamöter och ordförande är Bengt-Åke Nilsson (KD).", "",
              "## Kontakt", "",
              "Gnosjö kommun, 335 80 Gnosjö. Telefon 0370-33 10 00.", ""]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))


def build(root):
    os.makedirs(root, exist_ok=True)
    info = {}
    info["pages_budget"] = budget_pdf(os.path.join(root, "gnosjo-budget-2025-plan-2026-2027.pdf"))
    info["delars"] = delars_pdf(os.path.join(root, "gnosjo-delarsrapport-jan-aug-2024.pdf"))
    news_html(os.path.join(root, "nyhet-forskola-hillerstorp.html"))
    facts_md(os.path.join(root, "gnosjo-i-siffror-2024.md"))
    return info
