"""Ydre kommun – Mål och budget 2026–2028 (PDF, invented content)."""
from kit import Doc, num, tkr
import ydre_data as D

YH = ["Bokslut\n2024", "Budget\n2025", "Budget\n2026", "Plan\n2027", "Plan\n2028"]


def f5(vals, neg="en", dec=1):
    return [num(v, dec, neg) for v in vals]


def build(path):
    d = Doc("Mål och budget 2026–2028, Ydre kommun", "Ydre kommun – Mål och budget 2026–2028",
            "Ydre kommun, ekonomiavdelningen")
    # ------------------------------------------------------------ cover
    d.add_page()
    d.set_y(70)
    d.set_font("DV", "B", 28)
    d.set_text_color(20, 70, 110)
    d.multi_cell(0, 13, "Mål och budget 2026–2028", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "", 16)
    d.set_text_color(0, 0, 0)
    d.ln(4)
    d.multi_cell(0, 9, "Ydre kommun", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(30)
    d.set_font("DV", "", 11)
    d.multi_cell(0, 6, "Antagen av kommunfullmäktige 2025-11-24, § 86\nDnr KS 2025/118", align="C",
                 new_x="LMARGIN", new_y="NEXT")
    # ------------------------------------------------------------ contents
    d.chapter("Innehåll")
    for t in ["Budgeten i sammandrag", "1. Kommunstyrelsens ordförande har ordet", "2. Förutsättningar och omvärld",
              "3. Vision, övergripande mål och styrning", "4. Finansiella mål och god ekonomisk hushållning",
              "5. Skatteintäkter och generella statsbidrag", "6. Resultatbudget",
              "7. Balansbudget", "8. Kassaflödesbudget", "9. Driftbudget per nämnd",
              "10. Driftbudget per verksamhet", "11. Investeringsbudget",
              "12. Kommunstyrelsen", "13. Barn- och utbildningsnämnden", "14. Socialnämnden",
              "15. Tekniska nämnden", "16. Bygg- och miljönämnden", "17. Personal",
              "18. Risker och känslighetsanalys", "19. Uppdrag till nämnderna", "20. Taxor och avgifter 2026", "21. Hållbar utveckling",
              "22. Samverkan och kommunala bolag", "23. Tidplan för budgetprocessen",
              "24. Kommunfullmäktiges beslut", "25. Ordlista"]:
        d.p(t)
    d.p("Belopp anges i miljoner kronor (mnkr) om inget annat anges. Tabeller över verksamheter "
        "och investeringar redovisas i tusental kronor (tkr). Summeringar kan avvika på grund av "
        "avrundning.")


    d.chapter("Budgeten i sammandrag")
    d.p("Här sammanfattas de viktigaste delarna av budgeten för 2026 och planen för 2027–2028.")
    d.bullets(["Skattesatsen är oförändrad, 22,16 kronor per hundralapp.",
               "Årets resultat budgeteras till 3,7 miljoner kronor 2026, 2,8 miljoner kronor 2027 "
               "och 3,2 miljoner kronor 2028.",
               "Verksamhetens nettokostnader ökar med 14,0 miljoner kronor till 350,2 miljoner kronor.",
               "Investeringarna uppgår till 36,7 miljoner kronor 2026. Den största investeringen är "
               "den nya förskolan i Österbymo.",
               "Socialnämnden får 7,3 miljoner kronor mer än 2025, barn- och utbildningsnämnden "
               "2,7 miljoner kronor mer.",
               "Låneskulden ökar till 160 miljoner kronor vid utgången av 2026."])
    d.h2("Politiska prioriteringar")
    d.p("Den politiska majoriteten i Ydre består av Centerpartiet, Moderaterna och "
        "Kristdemokraterna. Majoriteten har i budgeten prioriterat äldreomsorgen, tidiga insatser "
        "i skolan och investeringar som gör kommunen attraktiv att bo i.")
    d.p("Prioriteringarna innebär att andra verksamheter får ett begränsat utrymme. Kultur och "
        "fritid får en uppräkning som är lägre än kostnadsökningarna och föreningsbidragen är "
        "oförändrade i kronor räknat. Kommunens administration har ett effektiviseringskrav på "
        "1 procent.")
    d.p("Oppositionen har lagt ett eget budgetförslag. Det behandlas tillsammans med "
        "kommunstyrelsens förslag när kommunfullmäktige fattar beslut i november.")
    d.h2("Så används en hundralapp i skatt")
    d.p("Av varje hundralapp som kommunen får i skatt och statsbidrag går 40 kronor till "
        "socialnämndens verksamheter, 35 kronor till skola, förskola och fritid, 14 kronor till "
        "kommunstyrelsen och 8 kronor till tekniska nämnden och bygg- och miljönämnden. Resten "
        "går till finansiering och resultat.")
    # ------------------------------------------------------------ 1
    d.chapter("1. Kommunstyrelsens ordförande har ordet")
    d.p("Ydre är en liten kommun med stora ambitioner. Vi ska vara en plats där barn får en trygg "
        "uppväxt, där företag kan växa och där äldre får en omsorg med hög kvalitet. Budgeten för "
        "2026–2028 tas fram i ett läge där kostnaderna för äldreomsorgen ökar snabbare än "
        "skatteintäkterna, samtidigt som antalet barn och unga fortsätter att minska.")
    d.p("Efter ett underskott i bokslutet för 2024 har vi under 2025 arbetat hårt för att få "
        "ekonomin i balans igen. Nämnderna har genomfört åtgärder motsvarande 6,2 miljoner kronor "
        "och prognosen för 2025 pekar nu mot ett överskott i nivå med budget. Det är ett resultat "
        "av ett gemensamt arbete mellan politik, ledning och medarbetare.")
    d.p("För 2026 budgeterar vi ett resultat på 3,7 miljoner kronor. Det motsvarar 1,0 procent av "
        "skatteintäkter och generella statsbidrag och innebär att vi precis når det finansiella "
        "målet. För planåren 2027 och 2028 är marginalerna mindre, och där behöver arbetet med "
        "effektiviseringar fortsätta.")
    d.p("Skattesatsen lämnas oförändrad på 22,16 kronor per hundralapp. Vi har valt att inte höja "
        "skatten, eftersom vi bedömer att de åtgärder som redan beslutats tillsammans med ökade "
        "statsbidrag räcker för att klara 2026. Samtidigt vill jag vara tydlig med att det krävs "
        "prioriteringar framåt.")
    d.p("Den största satsningen i budgeten är den nya förskolan i Österbymo. Förskolan ersätter två "
        "äldre avdelningar i paviljonger och ger plats för 60 barn. Vi satsar också på hemtjänsten, "
        "på läsning i de tidiga skolåren och på ett nytt vattenverk som säkrar dricksvattnet för "
        "centralorten under lång tid framöver.")
    d.quote("– Vi tar ansvar för ekonomin utan att tumma på kvaliteten i välfärden. Det är en "
            "budget för ett Ydre som håller ihop, säger Margareta Lind (C), kommunstyrelsens "
            "ordförande.")
    d.p("Jag vill tacka alla medarbetare i Ydre kommun för det arbete ni gör varje dag, och alla "
        "förtroendevalda för ett konstruktivt budgetarbete.")
    d.p("Margareta Lind (C)\nKommunstyrelsens ordförande")

    # ------------------------------------------------------------ 2
    d.chapter("2. Förutsättningar och omvärld")
    d.h2("Samhällsekonomin")
    d.p("Svensk ekonomi har under 2025 långsamt återhämtat sig efter några år med hög inflation och "
        "stigande räntor. Sveriges Kommuner och Regioner (SKR) bedömer i sin prognos från oktober "
        "2025 att skatteunderlaget växer med 4,1 procent 2026 och med 3,8 procent 2027. "
        "Inflationen har sjunkit och Riksbanken har sänkt styrräntan vid flera tillfällen.")
    d.p("För kommunsektorn innebär det att skatteintäkterna ökar något snabbare än under de senaste "
        "åren. Samtidigt fortsätter kostnaderna att öka, bland annat genom att pensionskostnaderna "
        "stiger och genom att fler invånare är 80 år eller äldre. Statens generella bidrag till "
        "kommunerna höjs 2026, men höjningen täcker inte hela kostnadsökningen.")
    d.p("Budgeten bygger på SKR:s skatteunderlagsprognos från den 2 oktober 2025. Löneökningarna "
        "har beräknats till 3,1 procent per år och prisökningarna på övriga kostnader till "
        "2,0 procent. Internräntan för beräkning av kapitalkostnader är 2,25 procent.")
    d.h2("Befolkning")
    d.p("Ydre kommun hade 3 741 invånare den 31 december 2024. Befolkningen har minskat något de "
        "senaste åren, men minskningen har bromsat in. Inflyttningen från andra länder och från "
        "storstadsregionerna har ökat, medan födelsetalen är fortsatt låga. I budgeten har vi "
        "räknat med att befolkningen är i stort sett oförändrad under perioden.")
    d.p("Sammansättningen förändras däremot. Antalet invånare som är 80 år eller äldre beräknas "
        "öka från 356 till 418 personer mellan 2024 och 2028, vilket är en ökning med drygt 17 "
        "procent. Antalet barn i grundskoleålder minskar under samma period. Det ställer krav på "
        "att resurser kan flyttas mellan verksamheterna.")
    d.caption("Tabell 1. Befolkning i Ydre kommun per åldersgrupp den 31 december",
              "Antal invånare. Prognos och plan enligt kommunens befolkningsprognos 2025.")
    rows = [("row", [r[0]] + [tkr(v) for v in r[1:]]) for r in D.BEF]
    rows.append(("sum", ["Totalt"] + [tkr(v) for v in D.BEF_SUM]))
    d.table(["Åldersgrupp", "Utfall\n2023", "Utfall\n2024", "Prognos\n2025", "Plan\n2026",
             "Plan\n2027", "Plan\n2028"], rows, [46, 20.5, 20.5, 20.5, 20.5, 19, 19], style="zebra")
    d.source("Källa: SCB och Ydre kommuns befolkningsprognos.")
    d.h2("Bostäder och samhällsbyggnad")
    d.p("Efterfrågan på bostäder i Ydre har ökat. Under 2024 färdigställdes sex nya bostäder, "
        "varav fyra småhus och två lägenheter i ett ombyggt affärshus i Österbymo. Kommunen har "
        "detaljplanerade tomter i Österbymo, Rydsnäs, Asby och Svinhult och säljer villatomter "
        "för 75 kronor per kvadratmeter.")
    d.p("Kommunfullmäktige antog en ny översiktsplan 2024. Planen pekar ut områden för "
        "sjönära boende vid Sommen och Ralången och lägger stor vikt vid att landsbygden ska "
        "kunna utvecklas. En ny detaljplan för Sjöängen i Österbymo, med plats för 14 villor, "
        "beräknas vinna laga kraft under 2026.")
    d.p("Stiftelsen Ydrebostäder har låg vakansgrad och planerar att bygga ett trygghetsboende med "
        "12 lägenheter i Österbymo. Stiftelsen finansierar projektet själv, men kommunen kan behöva "
        "gå i borgen för lånen.")
    d.h2("Arbetsmarknad och näringsliv")
    d.p("Arbetslösheten i Ydre är låg jämfört med riket. I september 2025 var 4,2 procent av "
        "befolkningen 16–64 år öppet arbetslösa eller i program med aktivitetsstöd. Näringslivet "
        "domineras av små företag inom jord- och skogsbruk, tillverkning och besöksnäring. "
        "Kommunen är den största arbetsgivaren med drygt 450 årsarbetare.")
    d.p("Besöksnäringen har utvecklats positivt och antalet gästnätter ökade med 8 procent under "
        "2024. Kommunen samarbetar med grannkommunerna i Östergötland och Småland om "
        "destinationsutveckling kring sjöarna Sommen och Ralången.")
    d.h2("Lagstiftning och statliga beslut")
    d.p("Flera förändringar påverkar kommunens ekonomi. Den nya socialtjänstlagen träder i kraft "
        "den 1 juli 2025 och innebär ett ökat fokus på förebyggande arbete. Reformen om en mer "
        "likvärdig skola, där det riktade statsbidraget för likvärdig skola fasas ut och ersätts "
        "av höjda generella statsbidrag, innebär att Ydre förlorar cirka 900 000 kronor i riktade "
        "bidrag 2026. Samtidigt ökar det generella statsbidraget till kommunen med cirka "
        "4,8 miljoner kronor jämfört med 2025.")

    # ------------------------------------------------------------ 3
    d.chapter("3. Vision, övergripande mål och styrning")
    d.p("Kommunfullmäktiges vision är: ”Ydre – ett levande landsbygdssamhälle där alla kan växa”. "
        "Visionen konkretiseras i fyra övergripande mål som gäller för hela mandatperioden. "
        "Nämnderna bryter ned målen till nämndmål och aktiviteter i sina verksamhetsplaner.")
    d.h2("Övergripande mål")
    d.bullets(["Mål 1. Ydre ska ha en växande befolkning och ett attraktivt boende i hela kommunen.",
               "Mål 2. Barn och elever i Ydre ska nå goda kunskapsresultat och känna sig trygga.",
               "Mål 3. Invånare som behöver stöd och omsorg ska få det med god kvalitet och "
               "kontinuitet.",
               "Mål 4. Kommunen ska ha en ekonomi i balans och en hållbar verksamhet."])
    d.p("Varje mål följs upp med indikatorer. Målvärdena för 2026 och 2028 har satts av "
        "kommunfullmäktige i samband med budgetbeslutet. Uppföljning sker i delårsrapporten per "
        "augusti och i årsredovisningen.")
    d.caption("Tabell 2. Indikatorer för de övergripande målen",
              "Utfall 2024 och målvärden för 2026 och 2028")
    d.table(["Indikator", "Mål", "Utfall\n2024", "Målvärde\n2026", "Målvärde\n2028"],
            [("row", ["Antal invånare 31 december", "1", "3 741", "3 745", "3 760"]),
             ("row", ["Antal färdigställda bostäder per år", "1", "6", "10", "12"]),
             ("row", ["Elever i åk 9 behöriga till yrkesprogram, %", "2", "84,6", "88,0", "90,0"]),
             ("row", ["Elever i åk 5 som känner sig trygga i skolan, %", "2", "91,0", "93,0", "95,0"]),
             ("row", ["Personal per hemtjänsttagare under 14 dagar", "3", "17",
                      "14", "12"]),
             ("row", ["Brukarbedömning särskilt boende, helhetssyn, %", "3", "82", "85", "88"]),
             ("row", ["Resultat i % av skatter och statsbidrag", "4", "–0,5", "1,0", "1,5"]),
             ("row", ["Sjukfrånvaro bland kommunens medarbetare, %", "4", "7,4", "6,5", "6,0"])],
            [82, 12, 22, 25, 25])
    d.p("Utfallet för 2024 visar att kommunen når målvärdet för trygghet i skolan men att "
        "kontinuiteten i hemtjänsten behöver förbättras. Sjukfrånvaron har minskat från 8,1 procent "
        "2023 till 7,4 procent 2024, men ligger fortfarande över målet.")
    d.h2("Styrmodell")
    d.p("Ydre kommun styrs enligt en modell där kommunfullmäktige beslutar om mål och ekonomiska "
        "ramar och nämnderna ansvarar för att verksamheten bedrivs inom dessa ramar. Budgeten är "
        "en rambudget: nämnderna får ett kommunbidrag och beslutar själva om fördelningen inom "
        "nämndens verksamheter.")
    d.p("Nämnderna ska redovisa en verksamhetsplan med internbudget senast den 31 januari 2026. "
        "Om en nämnd under året befarar ett underskott ska nämnden snarast besluta om åtgärder och "
        "rapportera detta till kommunstyrelsen. Överskott och underskott förs inte över till "
        "nästa år, med undantag för investeringsprojekt som löper över flera år.")
    d.p("Kommunstyrelsen har uppsiktsplikt över nämnderna och följer ekonomin varje månad. "
        "Månadsuppföljning sker efter februari, mars, maj, september och oktober. Efter april "
        "görs en tertialrapport och efter augusti en delårsrapport som behandlas av "
        "kommunfullmäktige.")

    # ------------------------------------------------------------ 4
    d.chapter("4. Finansiella mål och god ekonomisk hushållning")
    d.p("Enligt kommunallagen ska kommunen ha en god ekonomisk hushållning och fullmäktige ska "
        "besluta om finansiella mål. Ydre kommun har tre finansiella mål. Målen gäller för "
        "perioden 2026–2028 och följs upp årligen.")
    d.caption("Tabell 3. Finansiella mål", "Budget 2026 och plan 2027–2028")
    d.table(["Finansiellt mål", "Målnivå", "Budget\n2026", "Plan\n2027", "Plan\n2028"],
            [("row", ["Årets resultat i % av skatter och statsbidrag", "minst 1,0", "1,0", "0,8", "0,8"]),
             ("row", ["Självfinansieringsgrad av investeringar, %", "minst 60", "35", "30", "131"]),
             ("row", ["Soliditet, %", "minst 40", "42,7", "41,3", "41,9"])],
            [74, 26, 22, 22, 22], style="lines")
    d.p("Resultatmålet nås 2026 men inte under planåren. Självfinansieringsgraden är låg 2026 och "
        "2027 eftersom investeringarna i förskolan och vattenverket är stora. Det innebär att "
        "kommunen behöver låna 20 miljoner kronor 2026 och 25 miljoner kronor 2027. Soliditeten "
        "beräknas ligga över målet under hela perioden.")
    d.p("Kommunen har inga balanskravsunderskott att återställa. Underskottet i bokslutet 2024 på "
        "1,8 miljoner kronor täcktes av medel från resultatutjämningsreserven, som därefter uppgår "
        "till 8,4 miljoner kronor.")
    d.h2("Bedömning av god ekonomisk hushållning")
    d.p("Kommunstyrelsens samlade bedömning är att budgeten för 2026 uppfyller kraven på god "
        "ekonomisk hushållning. För planåren krävs ytterligare åtgärder. Nämnderna har därför fått "
        "i uppdrag att till budgetarbetet för 2027 ta fram förslag som minskar kostnaderna med "
        "sammanlagt 5 miljoner kronor.")

    # ------------------------------------------------------------ 5
    d.chapter("5. Skatteintäkter och generella statsbidrag")
    d.p("Skatteintäkterna är beräknade med en oförändrad skattesats på 22,16 kronor och med SKR:s "
        "prognos över skatteunderlaget. Varje skattekrona ger ungefär 11,5 miljoner kronor.")
    d.p("De generella statsbidragen och utjämningen består av inkomstutjämning, kostnadsutjämning, "
        "regleringsbidrag eller regleringsavgift, LSS-utjämning och kommunal fastighetsavgift. "
        "Regleringsposten är negativ för Ydre under hela perioden, det vill säga en avgift. "
        "Kostnadsutjämningen ökar 2026 till följd av den nya utjämningsmodellen för äldreomsorg.")
    d.caption("Tabell 4. Skatteintäkter, generella statsbidrag och utjämning", "Belopp i mnkr")
    rows = [("section", ["Skatteintäkter"])]
    rows += [("sub", [r[0]] + f5(r[1:], "minus")) for r in D.SKATT]
    rows.append(("sum", ["Summa skatteintäkter"] + f5(D.SKATT_SUM, "minus")))
    rows.append(("section", ["Generella statsbidrag och utjämning"]))
    rows += [("sub", [r[0]] + f5(r[1:], "minus")) for r in D.STATS]
    rows.append(("sum", ["Summa generella statsbidrag och utjämning"] + f5(D.STATS_SUM, "minus")))
    rows.append(("total", ["Summa skatteintäkter och statsbidrag"] + f5(D.SKST, "minus")))
    d.table(["Mnkr"] + YH, rows, [76, 18, 18, 18, 18, 18])
    d.p("Skatteintäkterna och statsbidragen ökar sammantaget med 15,0 miljoner kronor mellan "
        "budget 2025 och budget 2026, vilket motsvarar 4,4 procent.")
    d.p("En förändring av skatteunderlaget med en procent motsvarar cirka 2,5 miljoner kronor för "
        "Ydre. Slutavräkningen för 2025 har beräknats till –0,8 miljoner kronor och belastar "
        "resultatet för 2025.")

    # ------------------------------------------------------------ 6
    d.chapter("6. Resultatbudget")
    d.p("Resultatbudgeten visar kommunens intäkter och kostnader och hur de påverkar det egna "
        "kapitalet. Verksamhetens nettokostnader för 2026 uppgår till 350,2 miljoner kronor, "
        "vilket är en ökning med 4,2 procent jämfört med budget 2025.")
    d.caption("Tabell 5. Resultatbudget 2026–2028", "Belopp i mnkr")
    L = []

    def rr(kind, label, note, vals):
        L.append((kind, [label, note] + f5(vals, "en")))
    rr("row", "Verksamhetens intäkter", "1", D.INT)
    rr("row", "Verksamhetens kostnader", "2", D.KOST)
    rr("row", "Avskrivningar", "3", D.AVS)
    rr("sum", "Verksamhetens nettokostnader", "", D.NETTO)
    rr("row", "Skatteintäkter", "4", D.SKATT_SUM)
    rr("row", "Generella statsbidrag och utjämning", "4", D.STATS_SUM)
    rr("sum", "Verksamhetens resultat", "", D.VRES)
    rr("row", "Finansiella intäkter", "", D.FINI)
    rr("row", "Finansiella kostnader", "5", D.FINK)
    rr("sum", "Resultat efter finansiella poster", "", D.RES)
    rr("row", "Extraordinära poster", "", (0, 0, 0, 0, 0))
    rr("total", "Årets resultat", "", D.RES)
    rr("row", "Resultat i % av skatter och statsbidrag", "", D.RESPCT)
    d.table(["Mnkr", "Not"] + YH, L, [58, 10, 20, 20, 20, 20, 20], style="lines")
    d.h3("Noter till resultatbudgeten")
    d.p("Not 1. Verksamhetens intäkter består främst av taxor och avgifter, hyror, riktade "
        "statsbidrag och ersättningar från Migrationsverket och Försäkringskassan. Minskningen "
        "2025 beror på att riktade statsbidrag inom skolan upphör.")
    d.p("Not 2. Verksamhetens kostnader har räknats upp med 3,1 procent för löner och 2,0 procent "
        "för övriga kostnader. I kostnaderna ingår en central reserv för oförutsedda kostnader på "
        "1,5 miljoner kronor under kommunstyrelsen.")
    d.p("Not 3. Avskrivningarna ökar till följd av de stora investeringarna i förskola och vattenverk. "
        "Avskrivningarna för den nya förskolan beräknas börja under 2027.")
    d.p("Not 4. Se tabell 4.")
    d.p("Not 5. De finansiella kostnaderna är beräknade med en genomsnittlig låneränta på 2,6 procent "
        "2026, 2,8 procent 2027 och 3,0 procent 2028.")
    d.h2("Kommentar till resultatet")
    d.p("Årets resultat för 2026 budgeteras till 3,7 miljoner kronor. Det är 0,6 miljoner kronor "
        "högre än i budgeten för 2025. Resultatet för 2027 beräknas till 2,8 miljoner kronor och "
        "för 2028 till 3,2 miljoner kronor. Under planåren når kommunen inte målet om ett resultat "
        "på minst 1,0 procent av skatter och statsbidrag.")
    d.p("Bokslutet för 2024 visade ett underskott på 1,8 miljoner kronor. Underskottet berodde "
        "främst på högre kostnader för placeringar inom individ- och familjeomsorgen och ett "
        "ökat behov av hemtjänst.")

    # ------------------------------------------------------------ 7
    d.chapter("7. Balansbudget")
    d.p("Balansbudgeten visar kommunens tillgångar, skulder och eget kapital vid årets slut. "
        "Tillgångarna ökar under perioden till följd av investeringarna. Låneskulden beräknas "
        "öka från 125 miljoner kronor vid utgången av 2024 till 185 miljoner kronor 2027 för att "
        "sedan minska något 2028.")
    d.caption("Tabell 6. Balansbudget per den 31 december", "Belopp i mnkr")
    L = []
    L.append(("section", ["Tillgångar"]))
    rr("sub", "Materiella anläggningstillgångar", "6", D.MAT)
    rr("sub", "Finansiella anläggningstillgångar", "", D.FIN_AT)
    rr("sum", "Summa anläggningstillgångar", "", [a + b for a, b in zip(D.MAT, D.FIN_AT)])
    rr("sub", "Kortfristiga fordringar", "", D.FORDR)
    rr("sub", "Kassa och bank", "", D.KASSA)
    rr("sum", "Summa omsättningstillgångar", "", [a + b for a, b in zip(D.FORDR, D.KASSA)])
    rr("total", "Summa tillgångar", "", D.TILL)
    L.append(("section", ["Eget kapital, avsättningar och skulder"]))
    rr("sub", "Eget kapital", "7", D.EK)
    rr("sub", "– varav årets resultat", "", D.RES)
    rr("sub", "Avsättningar för pensioner", "", D.PENS)
    rr("sub", "Långfristiga skulder", "8", D.LANG)
    rr("sub", "Kortfristiga skulder", "", D.KORT)
    rr("sum", "Summa skulder", "", [a + b for a, b in zip(D.LANG, D.KORT)])
    rr("total", "Summa eget kapital och skulder", "", D.TILL)
    rr("row", "Soliditet, %", "", D.SOLID)
    d.table(["Mnkr", "Not"] + YH, L, [66, 8, 18.4, 18.4, 18.4, 18.4, 18.4])
    d.p("Not 6. Materiella anläggningstillgångar ökar med investeringarna enligt "
        "investeringsbudgeten och minskar med avskrivningarna.")
    d.p("Not 7. Eget kapital inkluderar resultatutjämningsreserven på 8,4 miljoner kronor.")
    d.p("Not 8. Långfristiga skulder avser lån hos Kommuninvest. Nyupplåningen beräknas till 20 "
        "miljoner kronor 2026 och 25 miljoner kronor 2027. År 2028 planeras en amortering på "
        "5 miljoner kronor.")
    d.p("Pensionsförpliktelser som intjänats före 1998 redovisas som en ansvarsförbindelse och "
        "ingår inte i balansbudgeten. Ansvarsförbindelsen beräknas uppgå till 92,3 miljoner kronor "
        "inklusive löneskatt vid utgången av 2026.")

    # ------------------------------------------------------------ 8
    d.chapter("8. Kassaflödesbudget")
    d.p("Kassaflödesbudgeten visar hur kommunens likvida medel påverkas av den löpande "
        "verksamheten, investeringarna och finansieringen. Negativa belopp anges inom parentes.")
    d.caption("Tabell 7. Kassaflödesbudget", "Belopp i mnkr")
    L = []
    L.append(("section", ["Den löpande verksamheten"]))
    rr("sub", "Årets resultat", "", D.RES)
    rr("sub", "Justering för av- och nedskrivningar", "", [-a for a in D.AVS])
    rr("sub", "Justering för avsättningar", "", D.JUSTAVS)
    rr("sub", "Förändring av rörelsekapital", "", D.RORELSE)
    rr("sum", "Kassaflöde från den löpande verksamheten", "", D.LOP)
    L.append(("section", ["Investeringsverksamheten"]))
    rr("sub", "Investering i materiella anläggningstillgångar", "", [-x for x in D.INVEST])
    rr("sum", "Kassaflöde från investeringsverksamheten", "", [-x for x in D.INVEST])
    L.append(("section", ["Finansieringsverksamheten"]))
    rr("sub", "Nyupptagna lån", "", D.NYLAN)
    rr("sub", "Amortering av lån", "", D.AMORT)
    rr("sum", "Kassaflöde från finansieringsverksamheten", "",
       [a + b for a, b in zip(D.NYLAN, D.AMORT)])
    rr("total", "Årets kassaflöde", "", D.KASSA_CHG)
    rr("row", "Likvida medel vid årets slut", "", D.KASSA)
    L2 = [(k, [c[0]] + [x if not x.startswith("–") else "(" + x[1:] + ")" for x in c[2:]])
          for k, c in L]
    d.table(["Mnkr"] + YH, L2, [76, 18, 18, 18, 18, 18], style="lines")
    d.p("Självfinansieringsgraden, det vill säga hur stor del av investeringarna som kan betalas "
        "med egna medel från den löpande verksamheten, beräknas till 35 procent 2026. "
        "Likviditeten bedöms vara tillräcklig under hela perioden, men kassan minskar till "
        "omkring 10 miljoner kronor. Kommunen har en checkkredit på 15 miljoner kronor.")

    # ------------------------------------------------------------ 9
    d.chapter("9. Driftbudget per nämnd")
    d.p("Driftbudgeten anger det kommunbidrag som varje nämnd får för sin verksamhet. "
        "Kommunbidraget är nämndens nettokostnad, det vill säga kostnaderna minus de egna "
        "intäkterna. Ramarna för 2026 har räknats upp för löne- och prisökningar och justerats "
        "för volymförändringar och politiska prioriteringar.")
    d.caption("Tabell 8. Kommunbidrag per nämnd", "Belopp i mnkr. Negativa förändringar anges med minustecken.")
    L = []
    for r in D.NAMND:
        L.append(("row", [r[0], num(r[1]), num(r[2]), num(r[3]), num(r[3] - r[2], 1, "minus"),
                          num(r[4]), num(r[5])]))
    s = D.NAMND_SUM
    L.append(("sum", ["Summa nämnder", num(s[0]), num(s[1]), num(s[2]), num(s[2] - s[1], 1, "minus"),
                      num(s[3]), num(s[4])]))
    f = D.FINANSF
    L.append(("row", ["Finansförvaltning m.m.", num(f[0], 1, "minus"),
                      num(f[1], 1, "minus"), num(f[2], 1, "minus"), num(f[2] - f[1], 1, "minus"),
                      num(f[3], 1, "minus"), num(f[4], 1, "minus")]))
    n = [-x for x in D.NETTO]
    L.append(("total", ["Verksamhetens nettokostnad", num(n[0]), num(n[1]), num(n[2]),
                        num(n[2] - n[1], 1, "minus"), num(n[3]), num(n[4])]))
    d.table(["Nämnd", "Bokslut\n2024", "Budget\n2025", "Budget\n2026", "Förändr.\n2025–26",
             "Plan\n2027", "Plan\n2028"], L, [62, 17.5, 17.5, 17.5, 18.5, 16.5, 16.5])
    d.p("Socialnämnden får den största ökningen av kommunbidraget. Ramen ökar med 7,3 miljoner "
        "kronor, varav 2,4 miljoner kronor avser fler beviljade hemtjänsttimmar och 3,1 miljoner "
        "kronor avser fler platser på särskilt boende. Resten avser löne- och prisuppräkning.")
    d.p("Barn- och utbildningsnämnden får ett tillskott på 2,7 miljoner kronor. Nämnden har samtidigt "
        "ett effektiviseringskrav på 1,2 miljoner kronor till följd av färre elever i grundskolan.")
    d.p("Tekniska nämndens kommunbidrag minskar med 1,8 miljoner kronor. Minskningen förklaras av "
        "lägre energikostnader efter bytet till LED-belysning, högre internhyror och att "
        "vinterväghållningen på enskilda vägar har upphandlats på nytt till ett lägre pris.")
    d.p("Posten finansförvaltning och gemensamma poster innehåller bland annat pensionskostnader "
        "som inte fördelas till nämnderna, kapitalkostnader och den centrala lönepotten.")

    # ------------------------------------------------------------ 10
    d.chapter("10. Driftbudget per verksamhet")
    d.p("I tabellen redovisas budget för 2026 per verksamhet, med intäkter, kostnader och "
        "nettokostnad. Som jämförelse visas nettokostnaden i budget 2025. Fördelningen inom "
        "nämnderna är preliminär och fastställs av respektive nämnd i januari 2026.")
    d.p("Vatten och avlopp samt renhållning är avgiftsfinansierade verksamheter. Intäkterna ska "
        "täcka kostnaderna och nettokostnaden är därför noll. VA-taxan höjs med 6 procent och "
        "renhållningstaxan med 4 procent från den 1 januari 2026.")
    d.p("Fastighetsförvaltningen och måltidsverksamheten finansieras till stor del genom interna "
        "hyror och interna måltidspriser som debiteras de andra nämnderna. Därför är intäkterna "
        "i dessa verksamheter höga i förhållande till nettokostnaden.")
    d.caption("Tabell 9. Driftbudget 2026 per nämnd och verksamhet", "Belopp i tkr")
    L = []
    for nm, vs in D.VERK:
        L.append(("section", [nm]))
        for v in vs:
            L.append(("sub", [v[0], tkr(v[3]), tkr(v[1] + v[3]), tkr(v[1]), tkr(v[2])]))
        L.append(("sum", ["Summa " + nm.lower() if nm != "Kommunstyrelsen" else "Summa kommunstyrelsen",
                          tkr(sum(v[3] for v in vs)), tkr(sum(v[1] + v[3] for v in vs)),
                          tkr(sum(v[1] for v in vs)), tkr(sum(v[2] for v in vs))]))
    allv = [v for _, vs in D.VERK for v in vs]
    L.append(("total", ["Totalt nämnderna", tkr(sum(v[3] for v in allv)),
                        tkr(sum(v[1] + v[3] for v in allv)), tkr(sum(v[1] for v in allv)),
                        tkr(sum(v[2] for v in allv))]))
    d.table(["Verksamhet", "Intäkter\n2026", "Kostnader\n2026", "Nettokostnad\nbudget 2026",
             "Nettokostnad\nbudget 2025"], L, [70, 22, 22, 26, 26],
            cont_caption="Tabell 9 (forts.). Driftbudget 2026 per nämnd och verksamhet, tkr")
    d.p("Den största verksamheten räknat i nettokostnad är grundskolan, följd av särskilt boende. "
        "Tillsammans står de för nästan 29 procent av nämndernas samlade nettokostnad.")

    # ------------------------------------------------------------ 11
    d.chapter("11. Investeringsbudget")
    d.p("Investeringsbudgeten för 2026 uppgår till 36,7 miljoner kronor. Det är en hög nivå för "
        "Ydre och förklaras framför allt av den nya förskolan i Österbymo och av det nya "
        "vattenverket. För 2027 planeras investeringar på 37,5 miljoner kronor och för 2028 på "
        "18,1 miljoner kronor.")
    d.p("Investeringar inom vatten och avlopp finansieras via VA-taxan och påverkar därför inte "
        "skattekollektivet. Projekt som överstiger 5 miljoner kronor ska beslutas särskilt av "
        "kommunfullmäktige innan de startar.")
    d.caption("Tabell 10. Investeringsbudget 2026–2028", "Belopp i tkr")
    L = []
    for nm, ps in D.INV:
        L.append(("section", [nm]))
        for p_ in ps:
            L.append(("sub", [p_[0], tkr(p_[1]), tkr(p_[2]), tkr(p_[3]), tkr(sum(p_[1:]))]))
        t = [sum(p_[i] for p_ in ps) for i in (1, 2, 3)]
        L.append(("sum", ["Summa", tkr(t[0]), tkr(t[1]), tkr(t[2]), tkr(sum(t))]))
    T = D.INV_TOT
    L.append(("total", ["Totalt investeringar", tkr(T[0]), tkr(T[1]), tkr(T[2]), tkr(sum(T))]))
    d.table(["Projekt", "Budget\n2026", "Plan\n2027", "Plan\n2028", "Totalt\n2026–2028"], L,
            [74, 22, 22, 22, 26], style="zebra")
    d.h2("Kommentarer till större projekt")
    d.p("Ny förskola i Österbymo. Förskolan byggs i anslutning till Ydreskolan och får fyra "
        "avdelningar. Den totala projektbudgeten är 26,0 miljoner kronor, varav 1,7 miljoner "
        "kronor användes till projektering under 2025. Byggstart planeras till mars 2026 och "
        "inflyttning till augusti 2027.")
    d.p("Nytt vattenverk i Österbymo. Det nuvarande vattenverket byggdes 1974 och behöver ersättas. "
        "Den totala kostnaden beräknas till 19,5 miljoner kronor under perioden 2026–2028. "
        "Projektet finansieras med VA-avgifter.")
    d.p("Bredband på landsbygden. Kommunen medfinansierar utbyggnaden av fiber till de sista "
        "hushållen utanför tätorterna med 3 miljoner kronor under två år. Målet är att 98 procent "
        "av hushållen ska ha tillgång till snabbt bredband 2027.")

    # ------------------------------------------------------------ 12–16 nämnder
    d.chapter("12. Kommunstyrelsen")
    d.h2("Ansvarsområde")
    d.p("Kommunstyrelsen leder och samordnar kommunens verksamhet och har uppsikt över nämnderna. "
        "Under kommunstyrelsen finns kommunledningskontoret med kansli, ekonomi, HR, IT, "
        "näringsliv och kommunikation. Kommunstyrelsen ansvarar också för kollektivtrafik och "
        "räddningstjänst. Räddningstjänsten bedrivs i samverkan med Tranås kommun.")
    d.h2("Nämndmål 2026")
    d.bullets(["Företagsklimatet i Ydre ska förbättras och kommunen ska ligga bland de 100 bästa "
               "i Svenskt Näringslivs ranking.",
               "Minst 80 procent av invånarnas ärenden till kontaktcenter ska lösas vid första "
               "kontakten.",
               "Sjukfrånvaron i kommunen ska minska till högst 6,5 procent."])
    d.h2("Budget 2026")
    d.p("Kommunstyrelsens kommunbidrag för 2026 är 51,4 miljoner kronor, en ökning med 1,2 miljoner "
        "kronor jämfört med 2025. I ramen ingår en reserv för oförutsedda kostnader på 1,5 miljoner "
        "kronor och ett utvecklingsanslag för digitalisering på 400 000 kronor.")
    d.p("Bidraget till räddningstjänstsamverkan med Tranås ökar med 3,6 procent. Kostnaderna för "
        "kollektivtrafik ökar med 180 000 kronor efter att Östgötatrafiken höjt priserna för "
        "den anropsstyrda trafiken.")
    d.p("Näringsliv och turism minskar med 110 000 kronor eftersom ett tidsbegränsat projekt om "
        "destinationsutveckling avslutas vid årsskiftet.")
    d.caption("Tabell 11. Nyckeltal kommunstyrelsen")
    d.table(["Nyckeltal", "Utfall\n2023", "Utfall\n2024", "Budget\n2026"],
            [("row", ["Företagsklimat, placering i ranking", "142", "118", "100"]),
             ("row", ["Andel ärenden lösta vid första kontakt, %", "71", "76", "80"]),
             ("row", ["Sjukfrånvaro, %", "8,1", "7,4", "6,5"]),
             ("row", ["Antal räddningsinsatser", "96", "104", "–"])],
            [86, 26, 26, 26], style="lines")

    d.chapter("13. Barn- och utbildningsnämnden")
    d.h2("Ansvarsområde")
    d.p("Barn- och utbildningsnämnden ansvarar för förskola, pedagogisk omsorg, fritidshem, "
        "grundskola, anpassad grundskola, vuxenutbildning samt kultur, bibliotek och fritid. "
        "Gymnasieutbildningen köps av andra kommuner, framför allt Tranås och Linköping. "
        "Kommunen har två grundskolor: Ydreskolan i Österbymo (F–9) och Ydrefors skola (F–6).")
    d.h2("Nämndmål 2026")
    d.bullets(["Andelen elever i årskurs 9 som är behöriga till gymnasiets yrkesprogram ska öka "
               "till 88 procent.",
               "Alla elever ska kunna läsa med flyt i slutet av årskurs 1.",
               "Barngrupperna i förskolan ska inte överstiga 15 barn."])
    d.h2("Budget 2026")
    d.p("Nämndens kommunbidrag för 2026 är 124,3 miljoner kronor. Ökningen på 2,7 miljoner kronor "
        "avser löne- och prisuppräkning, minskat med ett effektiviseringskrav på 1,2 miljoner "
        "kronor.")
    d.p("I budgeten finns en satsning på läsfrämjande insatser i förskoleklass och lågstadiet på "
        "650 000 kronor. Satsningen finansierar en läslyftssamordnare på halvtid och inköp av "
        "litteratur.")
    d.p("Kostnaderna för gymnasieskolan ökar med 560 000 kronor eftersom fler ungdomar väljer "
        "program med högre interkommunal ersättning. Skolskjutsarna upphandlas på nytt under "
        "2026 och kostnaden kan påverkas av upphandlingen.")
    d.p("När den nya förskolan i Österbymo tas i bruk 2027 ökar lokalkostnaderna med cirka "
        "1,1 miljoner kronor per år, samtidigt som hyran för paviljongerna på 420 000 kronor per "
        "år försvinner.")
    d.h2("Kultur, bibliotek och fritid")
    d.p("Huvudbiblioteket i Österbymo har meröppet sedan 2023, vilket innebär att invånare med "
        "lånekort kan besöka biblioteket även när det är obemannat. Antalet besök ökade med "
        "12 procent under 2024. Bokbussen trafikerar landsbygden varannan vecka.")
    d.p("Föreningsbidragen är oförändrade 2026. Nämnden ska under året ta fram en ny "
        "fritidspolitisk plan tillsammans med föreningarna, med särskilt fokus på aktiviteter "
        "för unga på sommarlovet.")
    d.h2("Elevutveckling och skolorganisation")
    d.p("Antalet elever i grundskolan minskar med omkring tio elever per år. Ydrefors skola har "
        "i dag 48 elever i årskurs F–6 och klasserna är åldersblandade. Nämnden har fått i "
        "uppdrag att utreda skolorganisationen och redovisa alternativ under hösten 2026.")
    d.caption("Tabell 12. Nyckeltal barn- och utbildningsnämnden")
    d.table(["Nyckeltal", "Utfall\n2023", "Utfall\n2024", "Budget\n2026"],
            [("row", ["Antal barn i förskola", "148", "143", "140"]),
             ("row", ["Antal elever i grundskola F–9", "352", "344", "335"]),
             ("row", ["Behöriga till yrkesprogram, %", "81,3", "84,6", "88,0"]),
             ("row", ["Genomsnittligt meritvärde åk 9", "211,5", "219,8", "225,0"]),
             ("row", ["Kostnad per elev i grundskola, tkr", "142", "147", "154"]),
             ("row", ["Antal barn per avdelning i förskolan", "15,8", "15,2", "15,0"])],
            [86, 26, 26, 26])

    d.chapter("14. Socialnämnden")
    d.h2("Ansvarsområde")
    d.p("Socialnämnden ansvarar för äldreomsorg, hälso- och sjukvård, stöd till personer med "
        "funktionsnedsättning enligt LSS och socialtjänstlagen, individ- och familjeomsorg samt "
        "försörjningsstöd. Kommunen har två särskilda boenden: Ydregården i Österbymo och "
        "Solgläntan i Rydsnäs.")
    d.h2("Nämndmål 2026")
    d.bullets(["Antalet personal som en hemtjänsttagare möter under 14 dagar ska minska till 14.",
               "Ingen ska behöva vänta mer än 60 dagar på plats i särskilt boende.",
               "Andelen placeringar i egen regi inom individ- och familjeomsorgen ska öka."])
    d.h2("Budget 2026")
    d.p("Nämndens kommunbidrag för 2026 är 144,1 miljoner kronor, vilket är en ökning med "
        "7,3 miljoner kronor eller 5,3 procent. Ökningen är den största av alla nämnder och "
        "förklaras av att antalet äldre ökar.")
    d.p("Hemtjänsten tillförs 2,4 miljoner kronor för att möta ett ökat antal beviljade timmar. "
        "Under 2025 har de beviljade timmarna ökat med 9 procent. Särskilt boende tillförs "
        "3,1 miljoner kronor för att öppna sex nya platser på Ydregården i april 2026.")
    d.p("Nämnden ska under 2026 genomföra en heltidsresa och minska användningen av "
        "bemanningssjuksköterskor. Kostnaden för inhyrd personal var 2,9 miljoner kronor 2024 och "
        "ska halveras till 2026.")
    d.p("Inom individ- och familjeomsorgen har kostnaderna för externa placeringar varit höga. "
        "Nämnden bygger upp ett eget familjehemsteam, vilket beräknas minska kostnaderna med "
        "800 000 kronor per år från 2027.")
    d.caption("Tabell 13. Nyckeltal socialnämnden")
    d.table(["Nyckeltal", "Utfall\n2023", "Utfall\n2024", "Budget\n2026"],
            [("row", ["Antal platser i särskilt boende", "52", "52", "58"]),
             ("row", ["Beviljade hemtjänsttimmar per månad", "4 310", "4 690", "5 200"]),
             ("row", ["Kostnad per plats i särskilt boende, tkr", "781", "812", "840"]),
             ("row", ["Väntetid till särskilt boende, dagar", "74", "68", "60"]),
             ("row", ["Personalkontinuitet hemtjänst, antal personal", "18", "17", "14"]),
             ("row", ["Antal hushåll med försörjningsstöd", "61", "58", "55"])],
            [86, 26, 26, 26], style="zebra")

    d.chapter("15. Tekniska nämnden")
    d.h2("Ansvarsområde")
    d.p("Tekniska nämnden ansvarar för gator och vägar, gatubelysning, parker, kommunens "
        "fastigheter, måltidsverksamhet, vatten och avlopp samt renhållning. Nämnden sköter "
        "också kommunens bidrag till enskilda vägar.")
    d.h2("Nämndmål 2026")
    d.bullets(["Energianvändningen i kommunens lokaler ska minska med 3 procent per år.",
               "Andelen ekologiska livsmedel i måltidsverksamheten ska vara minst 35 procent.",
               "Läckaget i VA-nätet ska minska till högst 20 procent."])
    d.h2("Budget 2026")
    d.p("Tekniska nämndens kommunbidrag för 2026 är 22,1 miljoner kronor, vilket är 1,8 miljoner "
        "kronor lägre än 2025. Bytet till LED-belysning minskar kostnaderna för gatubelysningen med "
        "570 000 kronor. Den nya upphandlingen av vinterväghållning ger en besparing på "
        "cirka 300 000 kronor.")
    d.p("Internhyrorna höjs med 2,5 procent. Fastighetsförvaltningen har ett underhållsbehov som "
        "uppskattas till 45 miljoner kronor de närmaste tio åren. I budgeten finns "
        "3,2 miljoner kronor för planerat underhåll 2026.")
    d.caption("Tabell 14. Nyckeltal tekniska nämnden")
    d.table(["Nyckeltal", "Utfall\n2023", "Utfall\n2024", "Budget\n2026"],
            [("row", ["Energianvändning i lokaler, kWh per m²", "168", "161", "152"]),
             ("row", ["Andel ekologiska livsmedel, %", "31", "33", "35"]),
             ("row", ["Läckage i VA-nätet, %", "27", "24", "20"]),
             ("row", ["Kostnad per portion i skolan, kr", "38,50", "40,20", "42,00"])],
            [86, 26, 26, 26])

    d.chapter("16. Bygg- och miljönämnden")
    d.p("Bygg- och miljönämnden ansvarar för bygglov, detaljplaner, miljö- och hälsoskydd, "
        "livsmedelskontroll och bostadsanpassning. Nämndens kommunbidrag för 2026 är 4,8 miljoner "
        "kronor.")
    d.p("Handläggningstiden för bygglov ska vara högst fyra veckor från komplett ansökan. Under "
        "2024 var den genomsnittliga handläggningstiden 3,1 veckor. Taxan för bygglov och "
        "miljötillsyn räknas upp med 3 procent 2026. Timavgiften för miljötillsyn blir 1 250 kronor.")
    d.p("Ett nytt GIS-system för kartor och planer köps in för 300 000 kronor. Systemet ersätter "
        "det gamla som inte längre får uppdateringar från leverantören.")

    # ------------------------------------------------------------ 17
    d.chapter("17. Personal")
    d.p("Kommunen är Ydres största arbetsgivare. Personalkostnaderna utgör cirka 60 procent av "
        "kommunens kostnader. Kompetensförsörjningen är en av de största utmaningarna, särskilt "
        "när det gäller legitimerade lärare, sjuksköterskor och socionomer.")
    d.caption("Tabell 15. Årsarbetare per nämnd", "Budgeterade årsarbetare, genomsnitt för året")
    L = [("row", [p_[0], num(p_[1]), num(p_[2]), num(p_[2] - p_[1], 1, "minus")]) for p_ in D.PERS]
    s1 = sum(p_[1] for p_ in D.PERS)
    s2 = sum(p_[2] for p_ in D.PERS)
    L.append(("sum", ["Summa", num(s1), num(s2), num(s2 - s1, 1, "minus")]))
    d.table(["Nämnd", "Budget\n2025", "Budget\n2026", "Förändring"], L, [86, 26, 26, 26])
    d.p("Antalet årsarbetare ökar med 4,5 inom socialnämnden till följd av de nya platserna på "
        "Ydregården. Inom tekniska nämnden minskar antalet med 1,5 när en pensionsavgång inom "
        "gatuverksamheten inte ersätts.")
    d.p("Lönerevisionen 2026 är budgeterad till 3,1 procent. Kommunen fortsätter arbetet med "
        "heltid som norm och målet är att 90 procent av de tillsvidareanställda ska arbeta heltid "
        "2027.")

    # ------------------------------------------------------------ 18
    d.chapter("18. Risker och känslighetsanalys")
    d.p("Kommunens ekonomi påverkas av faktorer som kommunen inte själv kan styra. Tabellen visar "
        "hur förändringar i några viktiga faktorer påverkar resultatet ett enskilt år.")
    d.caption("Tabell 16. Känslighetsanalys", "Påverkan på årets resultat, mnkr")
    d.table(["Händelse", "Förändring", "Påverkan, mnkr"],
            [("row", ["Skatteunderlaget förändras", "1 procent", "2,5"]),
             ("row", ["Löneökning", "1 procent", "2,4"]),
             ("row", ["Prisökning på varor och tjänster", "1 procent", "1,3"]),
             ("row", ["Räntan på lån", "1 procentenhet", "1,6"]),
             ("row", ["Tio fler invånare", "10 personer", "0,6"]),
             ("row", ["En extern placering av barn och unga", "1 placering", "1,4"])],
            [86, 40, 38], style="lines")
    d.p("De största riskerna för 2026 bedöms vara kostnader för externa placeringar inom "
        "individ- och familjeomsorgen, fortsatt hög efterfrågan på hemtjänst och att byggkostnaderna "
        "för förskolan blir högre än beräknat. Kommunstyrelsens reserv på 1,5 miljoner kronor ger "
        "ett visst utrymme att hantera oförutsedda händelser.")
    d.p("Ränterisken är begränsad eftersom drygt hälften av lånen har fast ränta. En höjning av "
        "räntan med en procentenhet skulle öka kostnaderna med 1,6 miljoner kronor per år när "
        "låneskulden är som störst.")

    # ------------------------------------------------------------ 19
    d.chapter("19. Uppdrag till nämnderna")
    d.p("Kommunfullmäktige ger i samband med budgetbeslutet följande uppdrag:")
    d.bullets(["Kommunstyrelsen får i uppdrag att ta fram en ny lokalförsörjningsplan för hela "
               "kommunen senast i juni 2026.",
               "Barn- och utbildningsnämnden får i uppdrag att utreda skolorganisationen i Ydrefors "
               "och redovisa alternativ senast i oktober 2026.",
               "Socialnämnden får i uppdrag att redovisa en plan för att minska kostnaderna för "
               "inhyrd personal.",
               "Tekniska nämnden får i uppdrag att ta fram en underhållsplan för kommunens "
               "fastigheter.",
               "Samtliga nämnder får i uppdrag att ta fram förslag på effektiviseringar om "
               "sammanlagt 5 miljoner kronor inför budget 2027."])
    d.p("Uppdragen följs upp i delårsrapporten per augusti 2026 och i årsredovisningen för 2026.")


    # ------------------------------------------------------------ extra chapters
    d.chapter("20. Taxor och avgifter 2026")
    d.p("Kommunfullmäktige beslutar om taxor och avgifter i samband med budgeten. De flesta taxor "
        "räknas upp med förändringen av prisbasbeloppet eller med kommunens egen kostnadsökning. "
        "Avgifterna inom äldreomsorgen följer maxtaxan som fastställs av staten.")
    d.caption("Tabell 17. Ett urval av taxor och avgifter", "Belopp i kronor")
    d.table(["Taxa eller avgift", "2025", "2026", "Förändring, %"],
            [("row", ["VA, fast avgift per år, villa", "6 840", "7 250", "6,0"]),
             ("row", ["VA, brukningsavgift per m³", "38,40", "40,70", "6,0"]),
             ("row", ["Renhållning, helårsabonnemang villa", "3 180", "3 307", "4,0"]),
             ("row", ["Timavgift miljötillsyn", "1 215", "1 250", "2,9"]),
             ("row", ["Lunch för pensionärer på Ydregården", "72", "75", "4,2"]),
             ("row", ["Hyra idrottshall per timme, förening", "110", "110", "0,0"])],
            [86, 24, 24, 32], style="zebra")
    d.p("Barnomsorgstaxan följer maxtaxan. Från den 1 januari 2026 är den högsta avgiften för "
        "förskola 1 688 kronor per månad för det första barnet. Avgiften för trygghetslarm är "
        "oförändrad, 250 kronor per månad.")
    d.p("Föreningar med barn- och ungdomsverksamhet hyr kommunens idrottsanläggningar till "
        "oförändrade priser. Det är en medveten prioritering för att stödja föreningslivet.")

    d.chapter("21. Hållbar utveckling")
    d.p("Ydre kommun arbetar med Agenda 2030 och de globala målen för hållbar utveckling. "
        "Kommunfullmäktige antog 2024 ett miljö- och klimatprogram med målet att kommunens "
        "verksamheter ska vara fossilfria 2030.")
    d.p("Under 2026 ska ytterligare tio av kommunens fordon bytas till elbilar och laddplatser "
        "byggas vid kommunhuset och Ydregården. Kostnaden för laddinfrastrukturen är beräknad till "
        "450 000 kronor och ryms inom tekniska nämndens investeringsram för energieffektivisering.")
    d.p("Solcellsanläggningen på Ydreskolans tak, som togs i drift 2024, producerade 62 000 kWh "
        "under sitt första år. En motsvarande anläggning planeras på Ydregården 2027.")
    d.p("Social hållbarhet handlar om att alla invånare ska ha goda livsvillkor. Kommunen deltar i "
        "ett regionalt projekt om psykisk hälsa bland unga, som finansieras med statsbidrag på "
        "sammanlagt 1,2 miljoner kronor under 2025–2027.")
    d.p("Kommunen ska också bidra till ett hållbart skogsbruk på de egna markerna. Kommunskogen "
        "omfattar cirka 640 hektar och förvaltas enligt en skogsbruksplan från 2023. "
        "Avverkningsintäkterna budgeteras till 800 000 kronor per år.")

    d.chapter("22. Samverkan och kommunala bolag")
    d.p("Ydre kommun har inga egna aktiebolag. Bostäderna förvaltas av den kommunala stiftelsen "
        "Ydrebostäder, som har 214 lägenheter i Österbymo, Rydsnäs och Svinhult. Stiftelsen ska "
        "bära sina egna kostnader och får inget driftbidrag från kommunen.")
    d.p("Kommunen samverkar med andra kommuner inom flera områden. Räddningstjänsten drivs "
        "tillsammans med Tranås kommun, överförmyndarverksamheten med Kinda kommun och "
        "lönehanteringen med Boxholm. IT-driften köps från Linköpings kommun.")
    d.p("Ydre är medlem i Kommunalförbundet Sydarkivera för e-arkiv. Medlemsavgiften för 2026 är "
        "185 000 kronor. Kommunen äger också andelar i Kommuninvest ekonomisk förening.")
    d.p("Samverkan ger lägre kostnader och en mindre sårbar organisation. Kommunstyrelsen ska under "
        "2026 utvärdera samverkansavtalen och pröva om fler områden kan samordnas.")

    d.chapter("23. Tidplan för budgetprocessen")
    d.p("Budgetprocessen för 2027–2029 startar i februari 2026. Tidplanen nedan har fastställts "
        "av kommunstyrelsen.")
    d.caption("Tabell 18. Tidplan budget 2027–2029")
    d.table(["Aktivitet", "Tidpunkt", "Ansvarig"],
            [("row", ["Budgetdialog med nämnderna", "Februari 2026", "Kommunstyrelsen"]),
             ("row", ["Nämnderna lämnar underlag", "15 april 2026", "Nämnderna"]),
             ("row", ["Budgetberedning", "Maj 2026", "Budgetberedningen"]),
             ("row", ["Preliminära ramar", "Juni 2026", "Kommunfullmäktige"]),
             ("row", ["Skattesats och slutlig budget", "November 2026", "Kommunfullmäktige"])],
            [70, 44, 52], style="lines", size=9)
    d.p("Budgetberedningen består av kommunstyrelsens arbetsutskott och gruppledarna för "
        "oppositionspartierna.")

    d.chapter("24. Kommunfullmäktiges beslut")
    d.p("Kommunfullmäktige beslutade den 24 november 2025, § 86, följande:")
    d.bullets(["att anta mål och budget för 2026 med plan för 2027–2028,",
               "att fastställa skattesatsen för 2026 till 22,16 kronor per skattekrona (§ 85),",
               "att fastställa kommunbidrag per nämnd enligt tabell 8,",
               "att fastställa investeringsbudgeten för 2026 enligt tabell 10,",
               "att kommunstyrelsen under 2026 får uppta nya lån på högst 20 miljoner kronor,",
               "att nämnderna senast den 31 januari 2026 ska besluta om verksamhetsplan och "
               "internbudget inom given ram,",
               "att ge nämnderna de uppdrag som framgår av avsnitt 19."])
    d.p("Vid beslutet reserverade sig Socialdemokraterna och Sverigedemokraterna till förmån för "
        "egna yrkanden.")
    d.chapter("25. Ordlista")
    for term, expl in [
        ("Avskrivning", "Den planmässiga värdeminskningen av en anläggningstillgång."),
        ("Balanskrav", "Lagens krav på att intäkterna ska överstiga kostnaderna."),
        ("Kommunbidrag", "Det belopp som en nämnd får av kommunfullmäktige för sin verksamhet."),
        ("Nettokostnad", "Kostnader minus intäkter."),
        ("Resultatutjämningsreserv", "En reservering av eget kapital som får användas för att "
                                     "täcka underskott vid en lågkonjunktur."),
        ("Självfinansieringsgrad", "Hur stor del av investeringarna som finansieras med egna medel."),
        ("Soliditet", "Eget kapital i förhållande till totala tillgångar."),
        ("Årsarbetare", "Antalet anställda omräknat till heltider.")]:
        d.h3(term)
        d.p(expl)
    d.output(path)
    return d
