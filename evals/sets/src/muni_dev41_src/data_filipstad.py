"""Invented data for Filipstads kommun (all figures fictional)."""
M = dict(
    slug="filipstad",
    kommun="Filipstads kommun",
    title="Mål och budget 2025\nmed plan 2026–2027",
    running_head="Filipstads kommun · Mål och budget 2025 med plan 2026–2027",
    adopted="Antagen av kommunfullmäktige 2024-11-25, § 118\nDiarienummer KS 2024/311",
    toc=[("Förord", 3), ("Vision och mål", 4), ("Omvärld och förutsättningar", 5), ("Resultatbudget", 6),
         ("Balansbudget och kassaflödesbudget", 7), ("Driftbudget per nämnd", 8),
         ("Nämndernas uppdrag och prioriteringar", 10), ("Investeringsbudget", 11),
         ("Personal och kompetensförsörjning", 12), ("Noter", 13)],
    foreword_title="Förord – ett Filipstad som håller ihop",
    foreword=[
        "Budgeten för 2025 tas fram i ett läge där kostnaderna fortsätter att öka snabbare än skatteintäkterna. "
        "Räntorna ligger kvar på en högre nivå än för några år sedan, pensionskostnaderna stiger och behoven inom "
        "äldreomsorgen och skolan växer. Samtidigt har Filipstad en stark tradition av att ta ansvar för ekonomin, "
        "och det tänker vi fortsätta med.",
        "Vi föreslår att skattesatsen lämnas oförändrad på 22,66 kronor. I stället genomför nämnderna "
        "effektiviseringar om totalt 4,7 miljoner kronor under 2025, främst genom samordning av lokaler, "
        "digitala arbetssätt och minskade inköp. Ingen nämnd ska behöva säga upp tillsvidareanställd personal "
        "till följd av budgeten.",
        "Vi prioriterar barn och unga. Barn- och utbildningsnämnden får ett tillskott på 11,7 miljoner kronor, "
        "och vi avsätter 700 000 kronor till sommarlovsaktiviteter och feriearbete för ungdomar. Föreningslivet "
        "får höjda bidrag med sammanlagt 350 000 kronor.",
        "Den största investeringen under perioden är den nya förskolan vid Lasarettsområdet med sex avdelningar. "
        "Tillsammans med om- och tillbyggnaden av Spångbergsskolan ger den oss moderna lokaler för kommunens barn "
        "under lång tid framöver.",
        "Jag vill tacka alla medarbetare som varje dag gör skillnad för Filipstads invånare.",
    ],
    signature="Annika Sjöström (S)\nKommunstyrelsens ordförande",
    vision="Visionen för Filipstads kommun är ”Filipstad – bergslagens hjärta, där alla kan växa”. Visionen "
           "antogs av kommunfullmäktige 2021 och gäller till och med 2030.",
    goals=[
        "Fler invånare ska vara självförsörjande – andelen hushåll med långvarigt ekonomiskt bistånd ska minska.",
        "Andelen elever i årskurs 9 som är behöriga till gymnasiets yrkesprogram ska öka till minst 82 procent.",
        "Äldre ska kunna bo kvar hemma så länge de vill, med trygg och säker hemtjänst.",
        "Kommunens verksamheter ska minska sina koldioxidutsläpp med 50 procent till 2030 jämfört med 2019.",
        "Filipstad ska vara en attraktiv arbetsgivare med en sjukfrånvaro under 7,0 procent.",
    ],
    fin_goals=[
        "Årets resultat ska uppgå till minst 2,0 procent av skatteintäkter och generella statsbidrag sett över en "
        "rullande femårsperiod.",
        "Soliditeten inklusive hela pensionsåtagandet ska vara positiv och förbättras varje år.",
        "Investeringar i skattefinansierad verksamhet ska finansieras med egna medel till minst 60 procent.",
    ],
    omvarld=[
        "Sveriges Kommuner och Regioner (SKR) bedömer i sin prognos från oktober 2024 att skatteunderlaget ökar med "
        "4,2 procent 2025. Inflationen har fallit tillbaka men kommunernas kostnader för pensioner och "
        "livsmedel ligger fortsatt högt.",
        "Filipstads kommun hade 10 320 invånare den 31 december 2023, en minskning med 74 personer jämfört med året "
        "innan. Budgeten bygger på ett antagande om 10 250 invånare den 1 november 2024. Andelen invånare som är 80 år "
        "eller äldre är 8,5 procent, vilket är högre än riksgenomsnittet.",
        "Den kommunala skattesatsen är 22,66 kronor per skattekrona. Tillsammans med regionskatten till Region "
        "Värmland på 11,18 kronor blir den totala skattesatsen 33,84 kronor.",
    ],
    ekonomi=[
        "Budgeten innebär ett resultat för 2025 på 16,9 miljoner kronor, vilket motsvarar 1,8 procent av skatter och "
        "generella statsbidrag. Det är under det finansiella målet på 2,0 procent, men målet följs upp över en "
        "femårsperiod. För planperioden 2026–2027 beräknas resultatet förbättras.",
        "Kapitalkostnaderna ökar med 2,6 miljoner kronor 2025 till följd av tidigare beslutade investeringar. "
        "Pensionskostnaderna beräknas öka med 3,1 miljoner kronor jämfört med 2024.",
        "En central buffert för oförutsedda kostnader på 5,0 miljoner kronor ligger under kommunstyrelsen.",
    ],
    res=dict(
        int=[212.4, 218.0, 221.5, 225.0, 228.4],
        kost=[-1018.6, -1052.3, -1071.9, -1095.2, -1118.0],
        avskr=[-38.2, -40.5, -43.1, -46.8, -48.9],
        skatt=[612.8, 628.4, 655.2, 676.9, 699.3],
        gsb=[250.1, 262.0, 263.8, 268.4, 272.6],
        finint=[4.1, 4.6, 3.8, 3.5, 3.5],
        finkost=[-9.8, -11.2, -12.4, -13.9, -15.1],
    ),
    cols=[("Bokslut", "2023"), ("Prognos", "2024"), ("Budget", "2025"), ("Plan", "2026"), ("Plan", "2027")],
    scale=1,
    neg="-",
    cash_neg="-",
    unit_caption="Belopp i mnkr",
    res_note="Prognos 2024 avser delårsrapporten per 31 augusti 2024. Noter, se sidan 13.",
    res_prose="Verksamhetens nettokostnader ökar med 2,1 procent mellan prognosen för 2024 och budget 2025, "
              "medan skatteintäkter och generella statsbidrag ökar med 3,2 procent.",
    inv_hist=[52.3, 61.2],
    at0=905.4, ek0=412.6,
    ot=[118.2, 112.5, 108.0, 104.3, 101.9],
    avs=[96.4, 98.1, 100.6, 103.2, 105.7],
    lsk=[420.0, 440.0, 460.0, 470.0, 470.0],
    cash_other=[2.1, -1.5, 1.0, 1.2, 1.1],
    cash_fin=[15.0, 20.0, 20.0, 10.0, 0.0],
    bal_prose="Låneskulden beräknas öka med 20 miljoner kronor under 2025 för att finansiera investeringarna. "
              "Soliditeten exklusive ansvarsförbindelsen för pensioner beräknas till 41,1 procent vid utgången av 2025.",
    pop=10250,
    nk_b24=868.9,
    drift_intro="Tabellen visar nämndernas nettokostnadsramar. Ramarna för 2025 innehåller kompensation för "
                "löneökningar med 3,4 procent och för prisökningar med 2,0 procent.",
    drift_prose=[
        "Barn- och utbildningsnämnden får den största ramökningen. Ökningen förklaras främst av fler barn i "
        "förskolan, ökade kostnader för skolskjuts och den nya förskolan vid Lasarettsområdet som beräknas öppna "
        "hösten 2026. Socialnämnden får en utökad ram för att klara fler brukare inom hemtjänsten och ökade "
        "kostnader för placeringar av barn och unga.",
        "Kultur- och fritidsnämndens ram minskar jämfört med 2024 eftersom ett tillfälligt anslag för "
        "Filipstads 400-årsjubileum upphör. Valnämndens ram varierar med valåren; 2026 är ett valår.",
        "Överförmyndarnämnden är gemensam med Storfors och Hällefors kommuner. Filipstads andel av kostnaden "
        "fördelas efter antal invånare. Finansförvaltningen innehåller bland annat pensionskostnader, "
        "kalkylerad intern ränta och den centrala bufferten.",
        "Ramarna är beslutade på nämndnivå. Nämnderna fördelar själva ramen på verksamheter i sina "
        "internbudgetar, som ska vara antagna senast den 31 december 2024.",
    ],
    drift_note="Kr per invånare är beräknat på 10 250 invånare. Summan av nämndernas ramar och finansförvaltningen "
               "motsvarar verksamhetens nettokostnader i resultatbudgeten (för 2024 avses budget, inte prognos).",
    namnder=[
        ("Kommunfullmäktige", [3.1, 3.2, 3.4, 3.5, 3.5]),
        ("Revisionen", [1.3, 1.4, 1.5, 1.5, 1.6]),
        ("Valnämnden", [0.1, 0.6, 0.1, 0.6, 0.1]),
        ("Kommunstyrelsen", [117.2, 118.6, 121.9, 124.8, 127.5]),
        ("Barn- och utbildningsnämnden", [343.5, 352.8, 364.5, 373.6, 382.1]),
        ("Socialnämnden", [331.9, 338.1, 352.7, 362.4, 371.0]),
        ("Samhällsbyggnadsnämnden", [40.2, 41.7, 42.9, 43.8, 44.7]),
        ("Kultur- och fritidsnämnden", [24.0, 24.3, 23.8, 24.2, 24.6]),
        ("Överförmyndarnämnden (gemensam)", [2.0, 2.1, 2.2, 2.2, 2.3]),
    ],
    namnd_text=[
        ("Kommunstyrelsen", "Kommunstyrelsen ansvarar för ledning, samordning och uppsikt. Under 2025 prioriteras "
         "arbetet med näringslivsklimatet och ett nytt e-arkiv. Kommunstyrelsen ska effektivisera med 1,2 miljoner "
         "kronor, bland annat genom att avveckla två förhyrda kontorslokaler."),
        ("Barn- och utbildningsnämnden", "Nämnden ska öka måluppfyllelsen i grundskolan och korta köerna till "
         "förskolan. Nämndens effektiviseringskrav är 1,5 miljoner kronor. Antalet barn i förskolan beräknas till 505 "
         "och antalet elever i grundskolan till 1 080 under 2025."),
        ("Socialnämnden", "Socialnämnden ska utveckla hemtjänsten och införa fler digitala tillsynsbesök. "
         "Nämnden ska effektivisera med 1,4 miljoner kronor. Kostnaden för ekonomiskt bistånd budgeteras till "
         "18,6 miljoner kronor."),
        ("Samhällsbyggnadsnämnden", "Nämnden ansvarar för gator, parker, bygglov, miljötillsyn och räddningstjänst. "
         "Effektiviseringskravet är 0,4 miljoner kronor. Taxan för vatten och avlopp höjs med 6 procent 2025."),
        ("Kultur- och fritidsnämnden", "Nämnden ansvarar för bibliotek, kulturskola, badhus och föreningsstöd. "
         "Effektiviseringskravet är 0,2 miljoner kronor. Öppettiderna på Lasarettsbadet behålls."),
    ],
    inv_prose=[
        "Investeringsbudgeten för 2025 omfattar 76,3 miljoner kronor. Investeringarna under planperioden är högre än "
        "avskrivningarna, vilket innebär att en del av investeringarna behöver lånefinansieras.",
        "Projekt som inte har påbörjats före den 30 juni 2025 ska återrapporteras till kommunstyrelsen. "
        "Investeringar över 5 miljoner kronor kräver ett särskilt startbeslut i kommunstyrelsen.",
        "Den nya förskolan vid Lasarettsområdet budgeteras till totalt 36 miljoner kronor. Om- och tillbyggnaden "
        "av Spångbergsskolan beräknas kosta 31,5 miljoner kronor under perioden. Vatten- och avloppsinvesteringarna "
        "finansieras av VA-kollektivet genom taxan.",
    ],
    inv=[
        ("Kommunstyrelsen", [
            ("IT-infrastruktur och digitalisering", 3500, 3000, 3000),
            ("Bredbandsutbyggnad landsbygd", 2000, 2000, 0),
            ("Energieffektivisering kommunala lokaler", 4500, 4000, 3500)]),
        ("Barn- och utbildningsnämnden", [
            ("Ny förskola Lasarettsområdet", 24000, 12000, 0),
            ("Om- och tillbyggnad Spångbergsskolan", 9500, 14000, 8000),
            ("Inventarier skolor och förskolor", 1800, 1800, 1800)]),
        ("Socialnämnden", [
            ("Trygghetsboende Nykroppa, ombyggnad", 6000, 2500, 0),
            ("Välfärdsteknik", 1200, 1200, 1000),
            ("Inventarier särskilt boende", 900, 900, 900)]),
        ("Samhällsbyggnadsnämnden", [
            ("Gator och vägar, beläggningsprogram", 5500, 5500, 5500),
            ("Gång- och cykelväg Storbrohyttan", 3200, 0, 0),
            ("Vatten och avlopp, ledningsförnyelse", 9000, 10000, 11000),
            ("Gatubelysning, utbyte till LED", 1500, 1500, 1000),
            ("Lekplatser och parker", 800, 800, 800)]),
        ("Kultur- och fritidsnämnden", [
            ("Renovering Lasarettsbadet", 2500, 3000, 15000),
            ("Konstgräsplan Kopparvallen", 0, 4000, 0),
            ("Spår och leder", 400, 400, 400)]),
    ],
    inv_note="Investeringsbeloppen anges i löpande priser. Beloppen för vatten och avlopp är exklusive "
             "anslutningsavgifter.",
    personal=[
        "Kommunen hade 1 138 tillsvidareanställda medarbetare i november 2024. De största yrkesgrupperna är "
        "undersköterskor, lärare och barnskötare. Lönerevisionen för 2025 budgeteras till 3,4 procent.",
        "Pensionsavgångarna de kommande fem åren beräknas till cirka 190 medarbetare. Kommunen satsar "
        "1,1 miljoner kronor på validering och utbildning av vårdbiträden till undersköterskor.",
    ],
    noter=[
        "Verksamhetens intäkter består av taxor, avgifter, hyror och riktade statsbidrag.",
        "Verksamhetens kostnader omfattar personalkostnader, lokalkostnader, köp av verksamhet och övriga "
        "kostnader. Personalkostnaderna utgör cirka 62 procent.",
        "Skatteintäkterna bygger på SKR:s skatteunderlagsprognos från oktober 2024 (cirkulär 24:45) och en "
        "oförändrad skattesats på 22,66 kronor.",
        "Generella statsbidrag och utjämning omfattar inkomstutjämning, kostnadsutjämning, regleringsbidrag, "
        "LSS-utjämning och fastighetsavgift.",
        "Finansiella kostnader avser främst räntor på lån i Kommuninvest. Genomsnittlig ränta beräknas till "
        "3,1 procent 2025.",
        "Anläggningstillgångar ökar med investeringar och minskar med avskrivningar.",
        "Eget kapital ökar med årets resultat.",
        "Avsättningar för pensioner avser förmånsbestämd ålderspension intjänad från och med 1998.",
        "Långfristiga skulder avser lån hos Kommuninvest.",
    ],
)
