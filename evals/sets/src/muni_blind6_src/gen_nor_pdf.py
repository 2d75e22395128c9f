"""Norsjö kommun – Årsredovisning 2024 (PDF)."""
import os
from common import Doc, fmt, ROOT
import data_nor as d

OUT = os.path.join(ROOT, d.DIR, "arsredovisning-2024.pdf")
H4 = ["Not", "Kommunen\n2024", "Kommunen\n2023", "Koncernen\n2024", "Koncernen\n2023"]


def build():
    pdf = Doc("Norsjö kommun – Årsredovisning 2024")
    pdf.add_page()
    pdf.set_y(80)
    pdf.set_font("L", "B", 32)
    pdf.set_text_color(20, 90, 60)
    pdf.multi_cell(0, 14, "Årsredovisning 2024", align="C")
    pdf.set_font("L", "", 14)
    pdf.set_text_color(0, 0, 0)
    pdf.multi_cell(0, 8, "Norsjö kommun\nGodkänd av kommunfullmäktige 28 april 2025, § 34", align="C")

    pdf.add_page()
    pdf.h1("Innehåll")
    pdf.set_font("L", "", 10)
    for t, pg in [("Kommunstyrelsens ordförande har ordet", 3), ("Året i korthet", 4), ("Förvaltningsberättelse", 5), ("Översikt över utvecklingen", 5),
                  ("Viktiga förhållanden och händelser", 6), ("God ekonomisk hushållning", 7), ("Balanskravsresultat", 8),
                  ("Väsentliga personalförhållanden", 9), ("Driftredovisning", 10), ("Investeringsredovisning", 11),
                  ("Resultaträkning", 12), ("Balansräkning", 13), ("Noter", 14), ("Nämndernas verksamhet", 15), ("Revisionsberättelse", 17)]:
        pdf.cell(150, 6, t)
        pdf.cell(0, 6, str(pg), align="R", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.h1("Kommunstyrelsens ordförande har ordet")
    pdf.p("2024 blev ett år då Norsjö återigen visade styrka. Vi redovisar ett positivt resultat på 13,3 miljoner kronor, vilket är 4,7 miljoner kronor bättre än året innan. Resultatet motsvarar 3,9 procent av skatteintäkter och generella statsbidrag och vi når därmed vårt resultatmål.")
    pdf.p("Samtidigt fortsätter befolkningen att minska. Den 31 december 2024 hade Norsjö 3 941 invånare, 37 färre än ett år tidigare. Det är en utveckling vi måste vända, och därför har vi under året satsat på bostäder, företagsetableringar och på att göra det enklare att flytta hit.")
    pdf.p("Socialnämnden redovisar ett underskott på 6,1 miljoner kronor, främst på grund av ökade behov inom hemtjänsten och kostnader för bemanningssjuksköterskor. Kommunstyrelsen har gett nämnden i uppdrag att ta fram en handlingsplan för en budget i balans till 2026.")
    pdf.p("Under hösten påbörjades renoveringen av Norsjö simhall, som ska öppna igen i mars 2025. Den nya förskoleavdelningen i Kullbäcken togs i bruk i augusti och gav plats åt 18 barn.")
    pdf.p("Tack till alla medarbetare, förtroendevalda och föreningar som gör Norsjö till en bra plats att leva på.")
    pdf.p("Per-Olof Lindström (S)\nKommunstyrelsens ordförande")

    pdf.add_page()
    pdf.h1("Året i korthet")
    pdf.bullets(["Årets resultat blev 13,3 miljoner kronor (8,6 miljoner kronor 2023).",
                 "Nettoinvesteringarna uppgick till 24,6 miljoner kronor, jämfört med budgeterade 28,5 miljoner kronor.",
                 "Befolkningen minskade med 37 personer till 3 941 invånare.",
                 "Sjukfrånvaron minskade från 7,4 procent till 6,9 procent.",
                 "Kommunen tog emot 2,3 miljoner kronor i EU-bidrag, bland annat för projektet Skellefteälvens turistled.",
                 "Skattesatsen var oförändrad, 23,45 kronor per hundralapp."])
    pdf.p("Norsjö kommun ligger i Västerbottens län och har en yta på cirka 1 900 kvadratkilometer. Kommunens största arbetsplatser utöver kommunen är gruvindustrin i Kristineberg och trähusindustrin i Norsjö.")

    pdf.add_page()
    pdf.h1("Förvaltningsberättelse")
    pdf.h2("Översikt över utvecklingen av kommunens verksamhet")
    pdf.p("Tabellen visar kommunens utveckling under de senaste fem åren. Verksamhetens nettokostnad har ökat med 44,8 miljoner kronor sedan 2020, medan antalet invånare har minskat med 161 personer.")
    rows = [("row", [k] + [fmt(x, dec) for x in v]) for k, v, dec in d.FEM]
    pdf.table("Femårsöversikt, kommunen", ["", "2020", "2021", "2022", "2023", "2024"], [70, 20, 20, 20, 20, 20], rows)
    pdf.h2("Den kommunala koncernen")
    pdf.p("Norsjö kommunkoncern består av kommunen och de helägda bolagen Norsjö Fastigheter AB och Norsjö Energi AB. Norsjö Fastigheter AB förvaltar 312 lägenheter och redovisade ett resultat efter finansiella poster på –1,9 miljoner kronor, främst på grund av höga räntekostnader och uthyrningsgrad på 91 procent. Norsjö Energi AB redovisade ett resultat på 1,4 miljoner kronor.")

    pdf.add_page()
    pdf.h1("Viktiga förhållanden och händelser")
    pdf.h2("Viktiga förhållanden för resultat och ekonomisk ställning")
    pdf.p("Kommunens resultat påverkades positivt av högre skatteintäkter än budgeterat, 3,2 miljoner kronor, samt av lägre pensionskostnader. Det tillfälliga generella statsbidraget för 2024 uppgick till 3,5 miljoner kronor. Räntekostnaderna ökade med 0,2 miljoner kronor.")
    pdf.p("Norsjö har en hög andel äldre. 29 procent av invånarna är 65 år eller äldre, vilket ställer stora krav på äldreomsorgen. Inkomst- och kostnadsutjämningen är avgörande för kommunens ekonomi och utgör tillsammans 118,0 miljoner kronor.")
    pdf.h2("Händelser av väsentlig betydelse")
    pdf.bullets(["I februari beslutade kommunfullmäktige att bygga ett trygghetsboende med 16 lägenheter vid Solbacka. Byggstart planeras till hösten 2025.",
                 "Under sommaren drabbades Bastuträsk av omfattande skyfall som orsakade skador på vägar och avloppsnät för cirka 1,8 miljoner kronor.",
                 "Kommunen tecknade i oktober ett samverkansavtal med Skellefteå kommun om gemensam IT-drift.",
                 "Vakanta tjänster inom socialtjänsten har krävt inhyrd personal för 4,3 miljoner kronor."])
    pdf.h2("Styrning och uppföljning av den kommunala verksamheten")
    pdf.p("Kommunfullmäktige fastställer mål och budget. Nämnderna följer upp verksamhet och ekonomi per april, augusti och december. Kommunstyrelsen har uppsiktsplikt över nämnderna och de kommunala bolagen.")
    pdf.h2("Förväntad utveckling")
    pdf.p("Enligt befolkningsprognosen fortsätter antalet invånare att minska med 30–40 personer per år. Budgeten för 2025 omfattar ett resultat på 5,8 miljoner kronor. Kommunen behöver anpassa lokalerna för skola och förskola till ett minskande barnantal samtidigt som behoven inom äldreomsorgen ökar.")

    pdf.add_page()
    pdf.h1("God ekonomisk hushållning")
    pdf.p("Kommunfullmäktige har fastställt fyra finansiella mål för god ekonomisk hushållning. Tre av fyra mål uppfylls 2024. Målet om självfinansiering av investeringar nås inte över femårsperioden 2020–2024.")
    rows = [("row", list(m)) for m in d.MAL]
    pdf.set_font("L", "", 7.5)
    pdf.table("Finansiella mål 2024", ["Mål", "Målvärde", "Utfall\n2024", "Bedömning"], [92, 28, 20, 30], rows)
    pdf.p("Av de 14 verksamhetsmål som fullmäktige fastställt för 2024 bedöms 9 vara uppfyllda, 3 delvis uppfyllda och 2 ej uppfyllda. Sammantaget bedöms kommunen ha haft en god ekonomisk hushållning under 2024.")
    pdf.p("Pensionsförpliktelser som redovisas som ansvarsförbindelse uppgår till 53,0 miljoner kronor inklusive löneskatt. Soliditeten inklusive samtliga pensionsförpliktelser ökade till 37,3 procent.")

    pdf.add_page()
    pdf.h1("Balanskravsresultat")
    pdf.p("Enligt kommunallagen ska kommunens intäkter överstiga kostnaderna. Balanskravsresultatet för 2024 är positivt och det finns inga tidigare underskott att återställa. Kommunfullmäktige har beslutat att reservera 2,0 miljoner kronor till resultatutjämningsreserven, som därefter uppgår till 12,5 miljoner kronor.")
    rows = [(k, [lab, fmt(a), fmt(b)]) for k, lab, a, b in d.BALK]
    pdf.table("Balanskravsutredning", ["Belopp i mnkr", "2024", "2023"], [110, 30, 30], rows)

    pdf.add_page()
    pdf.h1("Väsentliga personalförhållanden")
    pdf.p("Den 31 december 2024 hade kommunen 442 tillsvidareanställda, vilket är 7 färre än föregående år. Medelåldern var 47,2 år. Under året gick 19 medarbetare i pension. Svårast att rekrytera är legitimerade sjuksköterskor, förskollärare och lärare i matematik.")
    rows = [("row", list(r)) for r in d.PERS]
    pdf.table("Personalnyckeltal", ["", "2023", "2024"], [110, 30, 30], rows)
    pdf.p("Sjukfrånvaron har minskat för både kvinnor och män. Kommunen har under året infört ett rehabiliteringsstöd via företagshälsovården, vilket kostade 420 000 kronor.")

    pdf.add_page()
    pdf.h1("Driftredovisning")
    pdf.p("Nämnderna redovisar sammantaget ett överskott mot budget. Socialnämnden har ett underskott på 6,1 miljoner kronor medan kommunstyrelsen redovisar ett överskott på 1,5 miljoner kronor, främst till följd av vakanser och lägre kostnader för vinterväghållning.")
    rows = []
    for n, b, u, u23 in d.DRIFT_ROWS:
        rows.append(("row", [n, fmt(b), fmt(u), fmt(r1(b - u)), fmt(u23)]))
    tb, tu, tu23 = d.DRIFT_TOT
    rows.append(("total", ["Summa verksamhetens nettokostnad", fmt(tb), fmt(tu), fmt(r1(tb - tu)), fmt(tu23)]))
    pdf.table("Driftredovisning per nämnd", ["Nettokostnad, mnkr", "Budget\n2024", "Utfall\n2024", "Avvikelse\nmot budget", "Utfall\n2023"],
              [72, 24, 24, 26, 24], rows, unit="Positiv avvikelse innebär överskott. Finansförvaltningen redovisas netto efter internränta och personalomkostnadspålägg.")

    pdf.add_page()
    pdf.h1("Investeringsredovisning")
    pdf.p("Nettoinvesteringarna uppgick till 24,6 miljoner kronor, vilket är 3,9 miljoner kronor lägre än budget. Avvikelsen beror främst på att reningsverket i Bastuträsk och planeringen av trygghetsboendet vid Solbacka försenats. Kommunstyrelsen föreslår att 1,6 miljoner kronor av outnyttjade medel förs över till 2025.")
    rows = []
    for n, b, u in d.INV:
        rows.append(("row", [n, fmt(b), fmt(u), fmt(r1(b - u))]))
    rows.append(("total", ["Summa nettoinvesteringar", fmt(d.INV_BUDGET), fmt(d.INV_UTFALL), fmt(r1(d.INV_BUDGET - d.INV_UTFALL))]))
    pdf.table("Investeringsredovisning 2024", ["Projekt, mnkr", "Budget\n2024", "Utfall\n2024", "Avvikelse"], [92, 26, 26, 26], rows)

    pdf.add_page()
    pdf.h1("Resultaträkning")
    order = ["Verksamhetens intäkter", "Verksamhetens kostnader", "Avskrivningar", "Verksamhetens nettokostnader", "Skatteintäkter",
             "Generella statsbidrag och utjämning", "Verksamhetens resultat", "Finansiella intäkter", "Finansiella kostnader",
             "Resultat efter finansiella poster", "Årets resultat"]
    rows = []
    for k in order:
        note = str(d.RR_IN[k][0]) if k in d.RR_IN else ""
        kind = "total" if k == "Årets resultat" else ("sum" if k not in d.RR_IN else "row")
        rows.append((kind, [k, note] + [fmt(v) for v in d.RR[k]]))
    pdf.table("Resultaträkning", ["Belopp i mnkr"] + H4, [62, 10, 24, 24, 24, 24], rows)
    pdf.p("Koncernens resultat är lägre än kommunens till följd av Norsjö Fastigheter AB:s räntekostnader. Koncerninterna transaktioner har eliminerats.")

    pdf.add_page()
    pdf.h1("Balansräkning")
    rows = []
    for kind, lab, note, a, b in d.BR:
        if kind == "sec":
            rows.append(("sec", [lab]))
        else:
            v = d.BRV[lab]
            rows.append((kind, [lab, note or ""] + [fmt(x) for x in v]))
    pdf.table("Balansräkning, kommunen", ["Belopp i mnkr", "Not", "2024-12-31", "2023-12-31"], [100, 12, 29, 29], rows)
    pdf.p("Ansvarsförbindelser: Pensionsförpliktelser som inte har tagits upp bland skulder eller avsättningar, 53,0 miljoner kronor. Borgensåtaganden för Norsjö Fastigheter AB, 118,4 miljoner kronor.")

    pdf.add_page()
    pdf.h1("Noter")
    def note_table(title, data, sumlabel):
        rows = [("row", [k, fmt(a), fmt(b)]) for k, a, b in data]
        rows.append(("sum", [sumlabel, fmt(r1(sum(x[1] for x in data))), fmt(r1(sum(x[2] for x in data)))]))
        pdf.table(title, ["Kommunen, mnkr", "2024", "2023"], [110, 30, 30], rows)
    note_table("Not 1 Verksamhetens intäkter", d.NOT1, "Summa verksamhetens intäkter")
    note_table("Not 4 Skatteintäkter", d.NOT4, "Summa skatteintäkter")
    note_table("Not 5 Generella statsbidrag och utjämning", d.NOT5, "Summa generella statsbidrag och utjämning")
    pdf.p("Not 2 Verksamhetens kostnader. Löner och sociala avgifter uppgick till 246,8 miljoner kronor och pensionskostnader till 21,4 miljoner kronor. Kostnaden för räkenskapsrevision var 0,3 miljoner kronor.")

    pdf.add_page()
    pdf.h1("Nämndernas verksamhet")
    pdf.h2("Kommunstyrelsen")
    pdf.p("Kommunstyrelsen ansvarar för kommunledning, ekonomi, personal, näringsliv, teknisk verksamhet samt vatten och avlopp. Nettokostnaden blev 76,9 miljoner kronor. Under året etablerade sig fyra nya företag i Norsjö industriområde och kommunen sålde sex villatomter.")
    pdf.h2("Barn- och utbildningsnämnden")
    pdf.p("Barn- och utbildningsnämnden ansvarar för förskola, grundskola, fritidshem, kulturskola och vuxenutbildning. Gymnasieelever studerar i huvudsak i Skellefteå. Nämnden redovisar ett underskott på 0,7 miljoner kronor, främst på grund av ökade kostnader för skolskjuts.")
    rows = [("row", list(r)) for r in d.NT_BUN]
    pdf.table("Nyckeltal, barn- och utbildningsnämnden", ["", "2023", "2024"], [110, 30, 30], rows)
    pdf.add_page()
    pdf.h2("Socialnämnden")
    pdf.p("Socialnämnden ansvarar för äldreomsorg, funktionsstöd, individ- och familjeomsorg samt hälso- och sjukvård. Nämnden redovisar ett underskott på 6,1 miljoner kronor. Antalet beviljade hemtjänsttimmar ökade med 5 500 timmar jämfört med 2023. Kostnaden för bemanningssjuksköterskor uppgick till 2,9 miljoner kronor.")
    rows = [("row", list(r)) for r in d.NT_SN]
    pdf.table("Nyckeltal, socialnämnden", ["", "2023", "2024"], [110, 30, 30], rows)
    pdf.h2("Miljö- och byggnämnden")
    pdf.p("Miljö- och byggnämnden ansvarar för bygglov, miljötillsyn och livsmedelskontroll. Under 2024 handlades 74 bygglovsärenden, och den genomsnittliga handläggningstiden var 3,5 veckor. Nämnden redovisar ett överskott på 0,4 miljoner kronor.")

    pdf.add_page()
    pdf.h1("Revisionsberättelse")
    pdf.p("Till kommunfullmäktige i Norsjö kommun. Vi, av fullmäktige utsedda revisorer, har granskat den verksamhet som bedrivits i styrelse och nämnder samt genom utsedda lekmannarevisorer den verksamhet som bedrivits i kommunens företag.")
    pdf.p("Vi bedömer sammantaget att styrelse och nämnder i Norsjö kommun har bedrivit verksamheten på ett ändamålsenligt och från ekonomisk synpunkt tillfredsställande sätt. Vi bedömer att räkenskaperna i allt väsentligt är rättvisande. Vi tillstyrker att fullmäktige beviljar ansvarsfrihet för styrelse och nämnder samt de enskilda ledamöterna i dessa organ.")
    pdf.p("Vi noterar dock att socialnämnden för andra året i rad redovisar ett betydande underskott och att nämndens åtgärder inte varit tillräckliga.")
    pdf.p("Norsjö den 8 april 2025\nGunilla Åström, Bengt Holmgren, Anna-Karin Berg\nAuktoriserad sakkunnig: KPMG")
    pdf.output(OUT)
    return pdf


def r1(x):
    return round(x + 1e-9, 1)


if __name__ == "__main__":
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    p = build()
    print(OUT, p.page_no(), "pages", p.n_tables, "tables")
