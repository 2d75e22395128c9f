"""Ragunda kommun – Årsredovisning 2024 (PDF, invented content)."""
from kit import Doc, num
import ragunda_data as D


def n(x, dec=1):
    return num(x, dec, "-")


def build(path):
    d = Doc("Årsredovisning 2024, Ragunda kommun", "Ragunda kommun – Årsredovisning 2024",
            "Ragunda kommun, ekonomienheten")
    d.add_page()
    d.set_y(75)
    d.set_font("DV", "B", 30)
    d.set_text_color(30, 90, 60)
    d.multi_cell(0, 14, "Årsredovisning 2024", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_font("DV", "", 16)
    d.ln(4)
    d.multi_cell(0, 9, "Ragunda kommun", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(30)
    d.set_font("DV", "", 11)
    d.multi_cell(0, 6, "Godkänd av kommunfullmäktige 2025-04-28, § 34", align="C",
                 new_x="LMARGIN", new_y="NEXT")

    d.chapter("Innehåll")
    for t in ["Kommunstyrelsens ordförande har ordet", "2024 i korthet", "Förvaltningsberättelse",
              "  Översikt över verksamhetens utveckling", "  Den kommunala koncernen",
              "  Viktiga förhållanden för resultat och ekonomisk ställning",
              "  Händelser av väsentlig betydelse", "  Styrning och uppföljning av verksamheten",
              "  God ekonomisk hushållning och ekonomisk ställning", "  Balanskravsresultat",
              "  Väsentliga personalförhållanden", "  Förväntad utveckling",
              "Nämndernas verksamhet i korthet", "Driftredovisning", "Investeringsredovisning",
              "Resultaträkning", "Balansräkning",
              "Kassaflödesanalys", "Noter", "Redovisningsprinciper"]:
        d.p(t)

    d.chapter("Kommunstyrelsens ordförande har ordet")
    d.p("2024 blev ett år då Ragunda kommun återigen redovisade ett överskott. Efter underskottet "
        "2023 har alla nämnder arbetat med att anpassa verksamheten, och årets resultat blev "
        "6,4 miljoner kronor. Det är bättre än budget, som var 4,0 miljoner kronor.")
    d.p("Resultatet förklaras till stor del av att skatteintäkterna och statsbidragen blev högre än "
        "beräknat och att kommunstyrelsen och tekniska nämnden redovisade överskott. Samtidigt har "
        "vård- och omsorgsnämnden ett underskott på 7,5 miljoner kronor. Behoven inom hemtjänsten "
        "och kostnaderna för bemanningssjuksköterskor har varit fortsatt höga.")
    d.p("Under året invigdes det nya tillagningsköket på Hammarstrands skola. Nu lagas all mat till "
        "skolorna i kommunen från grunden. Renoveringen av Bispgårdens äldreboende pågår och "
        "beräknas vara klar hösten 2025.")
    d.p("Befolkningen minskade med 19 personer under året och var 5 187 vid årets slut. Minskningen "
        "är mindre än tidigare år, och vi ser ett ökat intresse för att flytta till Ragunda, inte "
        "minst i samband med vindkraftsetableringarna.")
    d.quote("– Vi har visat att det går att vända ekonomin när alla hjälps åt. Nu måste vi hålla i "
            "arbetet, för de kommande åren blir inte lättare, säger Lars-Erik Holm (S), "
            "kommunstyrelsens ordförande.")
    d.p("Jag vill rikta ett stort tack till alla medarbetare som varje dag gör skillnad för "
        "invånarna i Ragunda.")
    d.p("Lars-Erik Holm (S)\nKommunstyrelsens ordförande")

    d.chapter("2024 i korthet")
    d.bullets(["Årets resultat blev 6,4 miljoner kronor (2023: -0,7 miljoner kronor).",
               "Balanskravsresultatet blev 5,5 miljoner kronor.",
               "Nettoinvesteringarna uppgick till 45,2 miljoner kronor.",
               "Soliditeten sjönk till 43,7 procent.",
               "Antalet invånare var 5 187 den 31 december 2024.",
               "Sjukfrånvaron minskade till 7,9 procent.",
               "Nya tillagningsköket på Hammarstrands skola invigdes i augusti.",
               "Tre av fem verksamhetsmål uppfylldes helt."])
    d.p("Kommunens skattesats var 23,15 kronor per hundralapp 2024, oförändrad jämfört med 2023. "
        "Tillsammans med regionskatten till Region Jämtland Härjedalen blev den totala "
        "skattesatsen 35,13 kronor.")

    d.chapter("Förvaltningsberättelse")
    d.h2("Översikt över verksamhetens utveckling")
    d.p("Tabellen visar utvecklingen för kommunen under de senaste fem åren. Resultatet har "
        "varierat mellan -0,7 och 18,4 miljoner kronor. De höga resultaten 2021 och 2022 berodde "
        "framför allt på tillfälliga statsbidrag och en stark utveckling av skatteunderlaget.")
    d.caption("Femårsöversikt, kommunen", "Belopp i mnkr om inget annat anges")
    fem = [("Antal invånare 31 december", "5 298", "5 271", "5 242", "5 206", "5 187"),
           ("Skattesats, kronor", "23,15", "23,15", "23,15", "23,15", "23,15"),
           ("Verksamhetens nettokostnader", "409,6", "418,3", "431,9", "446,2", "462,7"),
           ("Skatteintäkter och statsbidrag", "423,9", "438,2", "444,1", "449,3", "473,3"),
           ("Årets resultat", "12,8", "18,4", "9,1", "-0,7", "6,4"),
           ("Resultat i % av skatter och statsbidrag", "3,0", "4,2", "2,0", "-0,2", "1,4"),
           ("Nettoinvesteringar", "31,5", "28,9", "42,7", "38,6", "45,2"),
           ("Soliditet, %", "46,9", "46,8", "45,7", "44,6", "43,7"),
           ("Soliditet inkl. pensionsförpliktelser, %", "18,2", "21,5", "24,9", "27,5", "28,1"),
           ("Låneskuld", "135,0", "140,0", "160,0", "172,0", "182,0"),
           ("Antal tillsvidareanställda", "612", "605", "598", "591", "586")]
    d.table(["Nyckeltal"] + D.FEM_Y, [("row", list(r)) for r in fem], [76, 18, 18, 18, 18, 18],
            style="zebra")
    d.h2("Den kommunala koncernen")
    d.p("Ragunda kommun äger helt bostadsbolaget Ragundahem AB och näringslivsbolaget Ragunda "
        "Utveckling AB. Kommunen är också medlem i Jämtlands räddningstjänstförbund och i "
        "Kommunförbundet Jämtlands län. Ragundahem AB förvaltar 524 lägenheter i Hammarstrand, "
        "Bispgården, Stugun och Döviken.")
    d.p("Ragundahem AB redovisade 2024 ett resultat efter finansiella poster på 2,1 miljoner "
        "kronor. Vakansgraden sjönk från 6,8 till 5,2 procent. Bolaget har under året rivit ett "
        "flerbostadshus med 18 lägenheter i Stugun som stått tomt i flera år.")
    d.h2("Viktiga förhållanden för resultat och ekonomisk ställning")
    d.p("Ragunda är en glesbygdskommun i östra Jämtland med en åldrande befolkning. Andelen "
        "invånare som är 65 år eller äldre är 31 procent, vilket är betydligt högre än i riket. "
        "Det påverkar behovet av äldreomsorg och kommunens möjligheter att rekrytera personal.")
    d.p("Vindkraftsutbyggningen i kommunen har fortsatt. Under 2024 pågick byggnationen av två "
        "vindkraftsparker och kommunen tog emot bygdemedel på 3,8 miljoner kronor som fördelades "
        "till föreningar och lokala utvecklingsprojekt. Bygdemedlen redovisas inte i kommunens "
        "resultat eftersom de förvaltas av en särskild stiftelse.")
    d.p("Arbetslösheten var 6,1 procent i december 2024, vilket är lägre än året innan. "
        "Etableringen av ett nytt batterilager i Bispgården har skapat cirka 40 arbetstillfällen.")
    d.h2("Händelser av väsentlig betydelse")
    d.bullets(["I augusti invigdes det nya tillagningsköket på Hammarstrands skola. Projektet "
               "kostade 9,3 miljoner kronor, vilket är 0,8 miljoner kronor mer än budget.",
               "Renoveringen av Bispgårdens äldreboende startade i mars. Under renoveringen har "
               "boendet 14 platser i stället för 22.",
               "Kommunfullmäktige beslutade i juni att lägga ned Döviken skola från höstterminen "
               "2025. Eleverna flyttas till Hammarstrands skola.",
               "Ett nytt avtal om skolskjuts gäller från den 1 juli 2024 och innebär en "
               "kostnadsökning på cirka 1,4 miljoner kronor per år.",
               "Kommunen anställde en ny kommundirektör, Tomas Berglund, som tillträdde den 1 april."])

    d.h2("Styrning och uppföljning av verksamheten")
    d.p("Kommunfullmäktige har beslutat om fem verksamhetsmål för mandatperioden 2023–2026. "
        "Nämnderna har brutit ned målen i egna mål och aktiviteter. Måluppfyllelsen bedöms i "
        "tre nivåer: uppfyllt, delvis uppfyllt och inte uppfyllt.")
    d.caption("Verksamhetsmål och måluppfyllelse 2024")
    d.table(["Mål", "Indikator", "Utfall\n2024", "Bedömning"],
            [("row", ["Fler ska vilja bo i Ragunda", "Inflyttningsnetto, antal", "12", "Uppfyllt"]),
             ("row", ["Goda kunskapsresultat", "Behöriga till gymnasiet, %", "83,3", "Delvis"]),
             ("row", ["Trygg äldreomsorg", "Nöjdhet särskilt boende, %", "87", "Uppfyllt"]),
             ("row", ["Hållbar miljö", "Fossilfria fordon, %", "41", "Uppfyllt"]),
             ("row", ["Attraktiv arbetsgivare", "Sjukfrånvaro, %", "7,9", "Ej uppfyllt"])],
            [50, 54, 24, 38])
    d.p("Tre av fem mål är uppfyllda. Målet om goda kunskapsresultat bedöms som delvis uppfyllt "
        "eftersom andelen behöriga till gymnasiet ökade men inte nådde målvärdet 85 procent. "
        "Målet om en attraktiv arbetsgivare är inte uppfyllt eftersom sjukfrånvaron fortfarande "
        "ligger över målet på 7,0 procent.")

    d.h2("God ekonomisk hushållning och ekonomisk ställning")
    d.p("Kommunfullmäktige har beslutat om tre finansiella mål. Två av tre mål uppfylldes 2024. "
        "Målet om självfinansiering av investeringarna nåddes inte, eftersom investeringarna var "
        "höga.")
    d.caption("Finansiella mål 2024")
    d.table(["Finansiellt mål", "Målvärde", "Utfall\n2024", "Uppfyllt"],
            [("row", ["Resultat i % av skatter och statsbidrag", "minst 1,0", "1,4", "Ja"]),
             ("row", ["Självfinansieringsgrad av investeringar, %", "minst 70", "62", "Nej"]),
             ("row", ["Soliditet, %", "minst 40", "43,7", "Ja"])],
            [80, 30, 26, 30], style="lines")
    d.p("Sammantaget bedöms kommunen ha haft en god ekonomisk hushållning under 2024, men "
        "marginalerna är små. Kommunen har en låneskuld på 182 miljoner kronor, vilket motsvarar "
        "35 088 kronor per invånare.")
    d.p("Pensionsförpliktelserna som redovisas som ansvarsförbindelse uppgick till 83,4 miljoner "
        "kronor inklusive löneskatt vid årets slut, en minskning med 4,1 miljoner kronor jämfört "
        "med föregående år.")

    d.h2("Balanskravsresultat")
    d.p("Enligt kommunallagen ska kommunens intäkter överstiga kostnaderna. Om kostnaderna ett år "
        "överstiger intäkterna ska underskottet återställas inom de tre följande åren. Underskottet "
        "från 2023 på 1,0 miljoner kronor har återställts genom 2024 års resultat.")
    d.caption("Balanskravsutredning", "Belopp i mnkr")
    d.table(["Mnkr", "2024", "2023"],
            [("row", ["Årets resultat", "6,4", "-0,7"]),
             ("row", ["Samtliga realisationsvinster", "-0,9", "-0,3"]),
             ("row", ["Orealiserade förluster i värdepapper", "0,0", "0,0"]),
             ("sum", ["Årets resultat efter balanskravsjusteringar", "5,5", "-1,0"]),
             ("row", ["Reservering till resultatutjämningsreserv", "0,0", "0,0"]),
             ("row", ["Disponering från resultatutjämningsreserv", "0,0", "0,0"]),
             ("total", ["Årets balanskravsresultat", "5,5", "-1,0"])],
            [96, 35, 35], style="lines")
    d.p("Kommunen har ingen resultatutjämningsreserv. Realisationsvinsterna 2024 avser "
        "försäljningen av fastigheten Stugun 3:41, som såldes för 1,2 miljoner kronor.")

    d.h2("Väsentliga personalförhållanden")
    d.p("Den 31 december 2024 hade kommunen 586 tillsvidareanställda, vilket är fem färre än "
        "året innan. Därtill kommer visstidsanställda och timavlönade. Den totala sjukfrånvaron "
        "minskade från 8,6 procent 2023 till 7,9 procent 2024.")
    d.caption("Personal per nämnd 31 december 2024")
    d.table(["Nämnd", "Tillsvidare-\nanställda", "Årsarbetare", "Sjukfrånvaro\n2024, %",
             "Sjukfrånvaro\n2023, %"],
            [("row", ["Kommunstyrelsen", "64", "61,5", "4,8", "5,2"]),
             ("row", ["Barn- och utbildningsnämnden", "198", "186,0", "6,9", "7,7"]),
             ("row", ["Vård- och omsorgsnämnden", "276", "251,5", "9,8", "10,6"]),
             ("row", ["Tekniska nämnden", "41", "39,5", "6,2", "6,9"]),
             ("row", ["Bygg- och miljönämnden", "7", "7,0", "2,1", "3,4"]),
             ("sum", ["Totalt", "586", "545,5", "7,9", "8,6"])],
            [62, 25, 25, 27, 27])
    d.p("Vård- och omsorgsnämnden har svårt att rekrytera sjuksköterskor. Under 2024 kostade "
        "inhyrda sjuksköterskor 6,3 miljoner kronor, jämfört med 4,9 miljoner kronor 2023. "
        "Nämnden har beslutat om en handlingsplan för att bli oberoende av bemanningsföretag "
        "till utgången av 2025.")

    d.h2("Förväntad utveckling")
    d.p("Prognoserna för skatteunderlaget pekar mot en svagare utveckling 2025 än 2024. Samtidigt "
        "ökar antalet äldre över 80 år och behovet av hemtjänst. Budgeten för 2025 innehåller ett "
        "resultat på 2,5 miljoner kronor, vilket är lägre än det finansiella målet.")
    d.p("Kommunstyrelsen har gett alla nämnder i uppdrag att ta fram åtgärder som minskar "
        "kostnaderna med 2 procent till 2026. Vård- och omsorgsnämnden behöver dessutom anpassa "
        "sin verksamhet till den budgetram som fullmäktige har beslutat.")

    d.chapter("Nämndernas verksamhet i korthet")
    d.h3("Kommunstyrelsen")
    d.p("Kommunstyrelsen ansvarar för kommunledning, ekonomi, personal, IT, näringsliv, "
        "kollektivtrafik och räddningstjänst genom Jämtlands räddningstjänstförbund. Under året "
        "infördes en ny e-tjänstplattform och antalet ärenden som invånarna startade digitalt "
        "ökade kraftigt. Kommunen fick också en ny näringslivsstrategi.")
    d.h3("Barn- och utbildningsnämnden")
    d.p("Nämnden ansvarar för förskola, grundskola, anpassad grundskola, vuxenutbildning, kultur "
        "och fritid. Kommunen har fyra grundskolor och sex förskolor. Andelen elever i årskurs 9 "
        "som var behöriga till gymnasiet ökade till 83,3 procent. Antalet barn i förskolan "
        "fortsatte att minska.")
    d.h3("Vård- och omsorgsnämnden")
    d.p("Nämnden ansvarar för äldreomsorg, hälso- och sjukvård, LSS, socialpsykiatri och individ- "
        "och familjeomsorg. Behovet av hemtjänst ökade under året och fler brukare har omfattande "
        "insatser. Nämnden har infört digital nattillsyn för de brukare som önskar det.")
    d.h3("Tekniska nämnden")
    d.p("Nämnden ansvarar för gator, parker, kommunens fastigheter, kost, vatten och avlopp samt "
        "renhållning. Under året byttes 420 gatlampor till LED och energianvändningen i kommunens "
        "lokaler minskade med 6 procent jämfört med 2023.")
    d.h3("Bygg- och miljönämnden")
    d.p("Nämnden ansvarar för bygglov, detaljplaner, miljö- och hälsoskydd och livsmedelskontroll. "
        "Antalet bygglovsärenden ökade med 22 procent, främst till följd av vindkraftsetableringar "
        "och fritidshus. Handläggningstiden var i genomsnitt 3,4 veckor.")
    d.chapter("Driftredovisning")
    d.p("Driftredovisningen visar nämndernas nettokostnader jämfört med budget. En positiv "
        "avvikelse innebär ett överskott och en negativ avvikelse ett underskott.")
    d.caption("Driftredovisning per nämnd 2024", "Nettokostnad, mnkr")
    L = [("row", [r[0], n(r[1]), n(r[2]), n(r[1] - r[2]), n(r[3])]) for r in D.DRIFT]
    s = D.DRIFT_SUM
    L.append(("sum", ["Summa nämnder", n(s[0]), n(s[1]), n(s[0] - s[1]), n(s[2])]))
    f = D.FINF
    L.append(("row", ["Finansförvaltning", n(f[0]), n(f[1]), n(f[0] - f[1]), n(f[2])]))
    t = D.DRIFT_TOT
    L.append(("total", ["Verksamhetens nettokostnader", n(t[0]), n(t[1]), n(t[0] - t[1]), n(t[2])]))
    d.table(["Nämnd", "Budget\n2024", "Utfall\n2024", "Avvikelse\n2024", "Utfall\n2023"], L,
            [74, 23, 23, 23, 23])
    d.h3("Kommunstyrelsen")
    d.p("Kommunstyrelsen redovisar ett överskott på 2,2 miljoner kronor. Överskottet beror på "
        "vakanta tjänster inom förvaltningen och lägre kostnader för räddningstjänstförbundet än "
        "budgeterat. Kommunstyrelsens reserv på 1,0 miljoner kronor användes inte.")
    d.h3("Barn- och utbildningsnämnden")
    d.p("Barn- och utbildningsnämnden redovisar ett underskott på 2,7 miljoner kronor. Underskottet "
        "förklaras av ökade kostnader för skolskjuts, fler elever i behov av särskilt stöd och "
        "högre kostnader för gymnasieelever som studerar i andra kommuner. Kostnaden för "
        "interkommunala ersättningar blev 1,9 miljoner kronor högre än budget.")
    d.h3("Vård- och omsorgsnämnden")
    d.p("Vård- och omsorgsnämnden redovisar ett underskott på 7,5 miljoner kronor. Hemtjänsten "
        "står för 4,2 miljoner kronor av underskottet. Antalet beviljade hemtjänsttimmar ökade "
        "med 11 procent under året. Kostnaderna för inhyrda sjuksköterskor bidrog med ytterligare "
        "1,4 miljoner kronor.")
    d.h3("Tekniska nämnden")
    d.p("Tekniska nämnden redovisar ett överskott på 1,8 miljoner kronor, främst beroende på en "
        "mild vinter med låga kostnader för snöröjning och lägre energipriser. Vatten och avlopp "
        "redovisade ett överskott på 0,6 miljoner kronor som förs till VA-kollektivets "
        "resultatfond.")
    d.h3("Bygg- och miljönämnden")
    d.p("Bygg- och miljönämnden redovisar ett överskott på 0,4 miljoner kronor. Intäkterna från "
        "bygglov blev högre än budgeterat till följd av vindkraftsetableringarna.")

    d.chapter("Investeringsredovisning")
    d.p("Kommunens nettoinvesteringar uppgick till 45,2 miljoner kronor 2024, vilket är "
        "4,5 miljoner kronor lägre än budget. Den största avvikelsen avser renoveringen av "
        "Bispgårdens äldreboende, där en del av arbetet har flyttats till 2025.")
    d.caption("Investeringsredovisning 2024", "Belopp i mnkr")
    L = [("row", [r[0], n(r[1]), n(r[2]), n(r[1] - r[2])]) for r in D.INV]
    L.append(("total", ["Summa investeringar", n(D.INV_SUM[0]), n(D.INV_SUM[1]),
                        n(D.INV_SUM[0] - D.INV_SUM[1])]))
    d.table(["Projekt", "Budget 2024", "Utfall 2024", "Avvikelse"], L, [88, 26, 26, 26],
            style="zebra")
    d.p("Tillagningsköket på Hammarstrands skola blev 0,8 miljoner kronor dyrare än budgeterat "
        "eftersom ventilationen behövde byggas om i större omfattning än planerat. Ombudgetering "
        "av 2,2 miljoner kronor för Bispgårdens äldreboende har beslutats till 2025.")

    d.chapter("Resultaträkning")
    d.caption("Resultaträkning", "Belopp i mnkr")
    R = D.RR

    def row(kind, label, note, vals):
        return (kind, [label, note, n(vals[0]), n(vals[1])])
    L = [row("row", "Verksamhetens intäkter", "1", R["INT"]),
         row("row", "Verksamhetens kostnader", "2", R["KOST"]),
         row("row", "Avskrivningar", "3", R["AVS"]),
         row("sum", "Verksamhetens nettokostnader", "", D.NETTO),
         row("row", "Skatteintäkter", "4", R["SKATT"]),
         row("row", "Generella statsbidrag och utjämning", "5", R["STATS"]),
         row("sum", "Verksamhetens resultat", "", D.VRES),
         row("row", "Finansiella intäkter", "6", R["FINI"]),
         row("row", "Finansiella kostnader", "7", R["FINK"]),
         row("sum", "Resultat efter finansiella poster", "", D.RES),
         row("row", "Extraordinära poster", "", (0, 0)),
         row("total", "Årets resultat", "", D.RES)]
    d.table(["Mnkr", "Not", "2024", "2023"], L, [96, 14, 28, 28], style="lines")
    d.p("Verksamhetens nettokostnader ökade med 3,7 procent, medan skatteintäkter och generella "
        "statsbidrag ökade med 5,3 procent. Det är förklaringen till att resultatet förbättrades "
        "med 7,1 miljoner kronor jämfört med 2023.")
    d.p("De finansiella kostnaderna ökade till följd av högre räntor och en större låneskuld. "
        "Den genomsnittliga räntan på kommunens lån var 3,4 procent vid årets slut.")

    d.chapter("Balansräkning")
    d.caption("Balansräkning per den 31 december", "Belopp i mnkr")
    L = [("section", ["TILLGÅNGAR"]),
         ("section", ["Anläggningstillgångar"]),
         row("sub", "Immateriella anläggningstillgångar", "", D.IMM),
         row("sub", "Mark, byggnader och tekniska anläggningar", "8", D.MARK),
         row("sub", "Maskiner och inventarier", "9", D.MASK),
         row("sub", "Finansiella anläggningstillgångar", "10", D.FINAT),
         row("sum", "Summa anläggningstillgångar", "", D.ANL),
         ("section", ["Omsättningstillgångar"]),
         row("sub", "Förråd", "", D.FORRAD),
         row("sub", "Fordringar", "11", D.FORDR),
         row("sub", "Kassa och bank", "", D.KASSA),
         row("sum", "Summa omsättningstillgångar", "", D.OMS),
         row("total", "SUMMA TILLGÅNGAR", "", D.TILL),
         ("section", ["EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER"]),
         row("sub", "Eget kapital", "12", D.EK),
         row("sub", "därav årets resultat", "", D.RES),
         row("sub", "Avsättningar för pensioner", "13", D.PENS),
         ("section", ["Skulder"]),
         row("sub", "Långfristiga skulder", "14", D.LANG),
         row("sub", "Kortfristiga skulder", "15", D.KORT),
         row("sum", "Summa skulder", "", D.SKULD),
         row("total", "SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER", "", D.TILL)]
    d.table(["Mnkr", "Not", "2024-12-31", "2023-12-31"], L, [96, 14, 28, 28])
    d.p("Ansvarsförbindelser: Pensionsförpliktelser som inte upptagits bland avsättningarna "
        "uppgick till 83,4 miljoner kronor (87,5). Borgensåtaganden för Ragundahem AB uppgick "
        "till 96,0 miljoner kronor (98,5).")

    d.chapter("Kassaflödesanalys")
    d.caption("Kassaflödesanalys", "Belopp i mnkr")
    L = [("section", ["Den löpande verksamheten"]),
         ("sub", ["Årets resultat", "", "6,4", "-0,7"]),
         ("sub", ["Justering för av- och nedskrivningar", "", "21,4", "19,8"]),
         ("sub", ["Justering för avsättningar", "", "0,8", "0,5"]),
         ("sub", ["Justering för realisationsvinster", "", "-0,9", "-0,3"]),
         ("sub", ["Ökning(-)/minskning(+) av fordringar och förråd", "", "-3,3", "2,1"]),
         ("sub", ["Ökning(+)/minskning(-) av kortfristiga skulder", "", "9,0", "-4,6"]),
         ("sum", ["Kassaflöde från den löpande verksamheten", "", "33,4", "16,8"]),
         ("section", ["Investeringsverksamheten"]),
         ("sub", ["Investering i materiella anläggningstillgångar", "", "-45,2", "-38,6"]),
         ("sub", ["Försäljning av materiella anläggningstillgångar", "", "1,2", "0,4"]),
         ("sum", ["Kassaflöde från investeringsverksamheten", "", "-44,0", "-38,2"]),
         ("section", ["Finansieringsverksamheten"]),
         ("sub", ["Nyupptagna lån", "", "15,0", "20,0"]),
         ("sub", ["Amortering av skuld", "", "-5,0", "-8,0"]),
         ("sum", ["Kassaflöde från finansieringsverksamheten", "", "10,0", "12,0"]),
         ("total", ["Årets kassaflöde", "", "-0,6", "-9,4"]),
         ("row", ["Likvida medel vid årets början", "", "31,2", "40,6"]),
         ("row", ["Likvida medel vid årets slut", "", "30,6", "31,2"])]
    d.table(["Mnkr", "Not", "2024", "2023"], L, [96, 14, 28, 28], style="lines")
    d.p("Kommunens likvida medel minskade med 0,6 miljoner kronor under året. Kassaflödet från "
        "den löpande verksamheten räckte inte för att finansiera hela investeringsvolymen, och "
        "kommunen tog därför upp nya lån på 15 miljoner kronor.")

    d.chapter("Noter")
    d.caption("Not 1. Verksamhetens intäkter", "Belopp i mnkr")
    d.table(["Mnkr", "2024", "2023"],
            [("row", ["Försäljningsintäkter", "9,8", "9,1"]),
             ("row", ["Taxor och avgifter", "38,6", "36,2"]),
             ("row", ["Hyror och arrenden", "12,4", "12,0"]),
             ("row", ["Bidrag från staten", "44,9", "41,7"]),
             ("row", ["Övriga intäkter", "6,9", "6,3"]),
             ("total", ["Summa verksamhetens intäkter", "112,6", "105,3"])],
            [96, 35, 35], style="lines")
    d.caption("Not 2. Verksamhetens kostnader", "Belopp i mnkr")
    d.table(["Mnkr", "2024", "2023"],
            [("row", ["Löner och sociala avgifter", "-338,7", "-326,4"]),
             ("row", ["Pensionskostnader", "-33,5", "-31,8"]),
             ("row", ["Köp av huvudverksamhet", "-71,2", "-67,5"]),
             ("row", ["Lokal- och fastighetskostnader", "-38,9", "-37,2"]),
             ("row", ["Material och tjänster", "-52,4", "-50,9"]),
             ("row", ["Lämnade bidrag", "-19,2", "-17,9"]),
             ("total", ["Summa verksamhetens kostnader", "-553,9", "-531,7"])],
            [96, 35, 35], style="lines")
    d.p("Not 3. Avskrivningar görs linjärt över tillgångens nyttjandeperiod. Avskrivningarna "
        "uppgick till 21,4 miljoner kronor (19,8).")
    d.caption("Not 4. Skatteintäkter", "Belopp i mnkr")
    d.table(["Mnkr", "2024", "2023"],
            [("row", ["Preliminär kommunalskatt", "299,1", "288,4"]),
             ("row", ["Preliminär slutavräkning innevarande år", "1,9", "-2,3"]),
             ("row", ["Slutavräkningsdifferens föregående år", "0,5", "0,8"]),
             ("total", ["Summa skatteintäkter", "301,5", "286,9"])],
            [96, 35, 35], style="lines")
    d.caption("Not 5. Generella statsbidrag och utjämning", "Belopp i mnkr")
    d.table(["Mnkr", "2024", "2023"],
            [("row", ["Inkomstutjämningsbidrag", "101,6", "95,8"]),
             ("row", ["Kostnadsutjämningsbidrag", "38,2", "35,1"]),
             ("row", ["Regleringsbidrag", "4,8", "5,6"]),
             ("row", ["LSS-utjämning", "-3,1", "-2,9"]),
             ("row", ["Kommunal fastighetsavgift", "23,7", "22,3"]),
             ("row", ["Generella bidrag från staten", "6,6", "6,5"]),
             ("total", ["Summa", "171,8", "162,4"])],
            [96, 35, 35], style="lines")
    d.p("Not 6. Finansiella intäkter avser ränteintäkter på 0,9 miljoner kronor och borgensavgift "
        "från Ragundahem AB på 1,4 miljoner kronor.")
    d.p("Not 7. Finansiella kostnader avser räntor på lån 6,1 miljoner kronor och ränta på "
        "pensionsavsättningar 0,4 miljoner kronor.")
    d.p("Not 8–11. Specifikationer över anläggningstillgångar och fordringar finns hos "
        "ekonomienheten och redovisas i den fullständiga bilagan till årsredovisningen.")
    d.p("Not 12. Eget kapital vid årets början var 227,5 miljoner kronor. Årets resultat "
        "6,4 miljoner kronor ger ett eget kapital vid årets slut på 233,9 miljoner kronor.")
    d.p("Not 13. Avsättningar för pensioner inklusive löneskatt.")
    d.p("Not 14. Långfristiga skulder avser lån hos Kommuninvest, 182,0 miljoner kronor (172,0). "
        "Den genomsnittliga räntebindningstiden var 2,3 år.")
    d.p("Not 15. Kortfristiga skulder avser främst leverantörsskulder, semesterlöneskuld och "
        "preliminärskatt.")

    d.chapter("Redovisningsprinciper")
    d.p("Årsredovisningen har upprättats enligt lagen om kommunal bokföring och redovisning "
        "(LKBR) och rekommendationer från Rådet för kommunal redovisning (RKR). Intäkter och "
        "kostnader har periodiserats enligt god redovisningssed.")
    d.p("Anläggningstillgångar redovisas till anskaffningsvärde minus avskrivningar. Gränsen för "
        "att räknas som en investering är ett halvt prisbasbelopp och en nyttjandeperiod på minst "
        "tre år. Komponentavskrivning tillämpas för byggnader och VA-anläggningar.")
    d.p("Pensionsskulden redovisas enligt den blandade modellen. Pensioner som intjänats före 1998 "
        "redovisas som en ansvarsförbindelse. Beräkningen har gjorts av KPA Pension.")
    d.p("Sammanställda räkenskaper för koncernen har inte upprättats eftersom de kommunala "
        "bolagens verksamhet är av begränsad omfattning i förhållande till kommunens.")
    d.output(path)
    return d
