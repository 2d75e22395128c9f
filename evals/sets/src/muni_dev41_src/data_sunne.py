"""Invented data for Sunne kommun (all figures fictional)."""
M = dict(
    slug="sunne",
    kommun="Sunne kommun",
    title="Budget 2025\noch verksamhetsplan 2026–2027",
    running_head="Sunne kommun – Budget 2025 och verksamhetsplan 2026–2027",
    adopted="Beslutad av kommunfullmäktige den 18 november 2024, § 96\nDnr KS 2024/0412",
    toc=[("Kommunstyrelsens ordförande har ordet", 3), ("Vision och mål", 4), ("Omvärld och förutsättningar", 5),
         ("Resultatbudget", 6), ("Balansbudget och kassaflödesbudget", 7), ("Driftbudget per nämnd", 8),
         ("Nämndernas uppdrag och prioriteringar", 10), ("Investeringsbudget", 11),
         ("Personal och kompetensförsörjning", 12), ("Noter", 13)],
    foreword_title="Kommunstyrelsens ordförande har ordet",
    foreword=[
        "Sunne är en kommun i rörelse. Vi har fler företag än någonsin, turismen växer och intresset för att "
        "flytta hit är stort. Men ekonomin är ansträngd. Kostnaderna för äldreomsorg, placeringar och räntor ökar, "
        "och vi måste prioritera hårt.",
        "Skattesatsen för 2025 är oförändrad, 22,41 kronor. Nämnderna får gemensamt ett effektiviseringsuppdrag på "
        "6,2 miljoner kronor, varav omsorgsnämnden står för 2,4 miljoner kronor. Samtidigt tillför vi "
        "omsorgsnämnden 17,9 miljoner kronor i utökad ram för att möta fler äldre med stora vårdbehov.",
        "Vi fortsätter bygga för framtiden. Nybyggnaden av Västra skolan är kommunens största investering någonsin "
        "och ska stå klar till höstterminen 2027. Vi satsar också 1,5 miljoner kronor extra på underhåll av "
        "enskilda vägar och 450 000 kronor på en ny simskoleverksamhet för alla förskoleklasser.",
        "Med den här budgeten tar vi ansvar för både dagens välfärd och morgondagens Sunne.",
    ],
    signature="Lars-Erik Gunnarsson (C)\nKommunstyrelsens ordförande",
    vision="Sunnes vision är ”Sunne – Livsnära Värmland, där möten skapar möjligheter”. Den nuvarande visionen "
           "antogs av kommunfullmäktige i juni 2022.",
    goals=[
        "Sunne ska ha 14 000 invånare år 2030.",
        "Andelen elever som fullföljer gymnasieutbildningen inom fyra år ska öka.",
        "Minst 90 procent av brukarna inom hemtjänsten ska vara nöjda med sin hemtjänst.",
        "Kommunens fordonsflotta ska vara fossilfri senast 2028.",
        "Företagsklimatet ska förbättras; Sunne ska ligga bland de 50 bästa kommunerna i Svenskt Näringslivs ranking.",
    ],
    fin_goals=[
        "Årets resultat ska uppgå till minst 1,5 procent av skatteintäkter och generella statsbidrag.",
        "Nettoinvesteringarna ska under mandatperioden självfinansieras till minst 50 procent.",
        "Kommunens låneskuld per invånare ska inte överstiga 50 000 kronor.",
    ],
    omvarld=[
        "Befolkningen i Sunne uppgick till 13 184 invånare den 31 december 2023, en ökning med 41 personer. Budgeten "
        "utgår från 13 200 invånare. Inflyttningen från andra länder, främst Nederländerna och Tyskland, bidrar till "
        "den positiva utvecklingen.",
        "Kommunalskatten är 22,41 kronor. Regionskatten till Region Värmland är 11,18 kronor, vilket ger en total "
        "skattesats på 33,59 kronor.",
        "SKR:s prognos från oktober 2024 pekar på att skatteunderlaget växer med 4,0 procent under 2025. "
        "Arbetslösheten i Sunne var 6,1 procent i september 2024.",
    ],
    ekonomi=[
        "Budgeterat resultat 2025 uppgår till 14,8 miljoner kronor, vilket är 1,3 procent av skatter och generella "
        "statsbidrag. Det finansiella målet om 1,5 procent nås därmed inte 2025, men väntas nås under 2027.",
        "Personalkostnaderna ökar med 28,4 miljoner kronor 2025, varav lönerevisionen utgör 17,9 miljoner kronor. "
        "Hyreskostnaden för det nya särskilda boendet Solbacken ökar kostnaderna med 3,6 miljoner kronor per år från 2026.",
    ],
    res=dict(
        int=[268.5, 262.0, 274.3, 279.8, 285.1],
        kost=[-1247.9, -1268.4, -1311.6, -1342.0, -1370.5],
        avskr=[-47.6, -50.2, -53.8, -57.1, -59.4],
        skatt=[746.2, 772.5, 801.9, 829.6, 857.0],
        gsb=[297.4, 302.8, 311.7, 317.2, 322.4],
        finint=[5.8, 5.2, 4.9, 4.6, 4.4],
        finkost=[-8.3, -10.9, -12.6, -14.2, -15.5],
    ),
    cols=[("Bokslut", "2023"), ("Budget", "2024"), ("Budget", "2025"), ("Plan", "2026"), ("Plan", "2027")],
    scale=1,
    neg="–",
    cash_neg="()",
    drift_neg="–",
    unit_caption="Mnkr",
    res_note="Budget 2024 avser budget beslutad av kommunfullmäktige i november 2023 inklusive tilläggsanslag.",
    res_prose="Skatteintäkterna ökar med 29,4 miljoner kronor mellan budget 2024 och budget 2025. De finansiella "
              "kostnaderna ökar till följd av högre upplåning för investeringarna i Västra skolan och Solbacken.",
    inv_hist=[71.4, 82.0],
    at0=1248.5, ek0=538.2,
    ot=[142.6, 130.0, 125.0, 122.0, 120.0],
    avs=[112.3, 114.0, 116.2, 118.5, 120.6],
    lsk=[560.0, 585.0, 620.0, 650.0, 600.0],
    cash_other=[1.4, 0.0, 0.5, 0.5, 0.5],
    cash_fin=[20.0, 25.0, 35.0, 30.0, -50.0],
    bal_prose="Låneskulden beräknas uppgå till 620 miljoner kronor vid utgången av 2025, motsvarande cirka "
              "47 000 kronor per invånare. Under 2027 planeras en amortering med 50 miljoner kronor.",
    pop=13200,
    nk_b24=1056.6,
    drift_intro="Nämndernas ramar är angivna som nettokostnad i miljoner kronor. Ramarna för 2025 är uppräknade med "
                "3,5 procent för löner och 2,2 procent för övriga kostnader innan effektiviseringar.",
    drift_prose=[
        "Omsorgsnämnden får den största ramökningen, 17,9 miljoner kronor, främst för fler platser i särskilt boende "
        "och ökade volymer inom LSS. Barn- och utbildningsnämnden får en ramökning som motsvarar löne- och "
        "prisuppräkning samt ökade kostnader för gymnasieskola i andra kommuner.",
        "Kultur- och fritidsnämndens ram minskar 2025 eftersom driften av Sunne camping har övergått till en "
        "extern aktör genom ett arrendeavtal. Tekniska nämnden ansvarar för gator, fastigheter och kost; vatten "
        "och avlopp samt renhållning är avgiftsfinansierade och ingår inte i ramarna.",
        "Finansförvaltningen innehåller pensionskostnader, arbetsgivaravgifter som inte fördelats, intern ränta "
        "och ett centralt anslag för oförutsett på 4,0 miljoner kronor.",
        "Kostnader för Valnämnden är högre under valår. Valet till Europaparlamentet 2024 och de allmänna valen "
        "2026 ryms i ramarna.",
    ],
    drift_note="Kr per invånare beräknas på 13 200 invånare. Negativa förändringar visar en minskad ram.",
    namnder=[
        ("Kommunfullmäktige", [3.6, 3.8, 3.9, 4.0, 4.0]),
        ("Revision", [1.7, 1.8, 1.9, 1.9, 2.0]),
        ("Valnämnd", [0.1, 0.8, 0.1, 0.8, 0.1]),
        ("Kommunstyrelsen", [158.4, 163.2, 168.0, 171.6, 175.2]),
        ("Barn- och utbildningsnämnden", [412.6, 425.3, 438.1, 448.9, 459.0]),
        ("Omsorgsnämnden", [398.7, 409.5, 427.4, 439.2, 450.6]),
        ("Miljö- och byggnadsnämnden", [9.8, 10.1, 10.4, 10.7, 10.9]),
        ("Kultur- och fritidsnämnden", [33.5, 34.9, 33.6, 34.2, 34.9]),
        ("Tekniska nämnden", [28.4, 29.6, 30.9, 31.6, 32.3]),
    ],
    namnd_text=[
        ("Kommunstyrelsen", "Kommunstyrelsen ska under 2025 ta fram en ny översiktsplan och fortsätta utveckla "
         "bostadsområdet vid Rottneros strand. Effektiviseringskravet är 0,9 miljoner kronor."),
        ("Barn- och utbildningsnämnden", "Nämnden ska förbereda flytten till nya Västra skolan och förbättra "
         "resultaten i matematik. Effektiviseringskravet är 1,8 miljoner kronor, bland annat genom samordning av "
         "skolskjutsar. Antalet elever i grundskolan beräknas till 1 030."),
        ("Omsorgsnämnden", "Nämnden ska öppna 24 nya platser i särskilt boende på Solbacken under 2026. "
         "Effektiviseringskravet är 2,4 miljoner kronor, främst genom minskad användning av bemanningssjuksköterskor."),
        ("Miljö- och byggnadsnämnden", "Handläggningstiden för bygglov ska vara högst sex veckor. Nämnden ska "
         "effektivisera med 0,1 miljoner kronor."),
        ("Kultur- och fritidsnämnden", "Nämnden ska genomföra Selma Lagerlöf-veckan tillsammans med föreningslivet. "
         "Effektiviseringskravet är 0,5 miljoner kronor."),
        ("Tekniska nämnden", "Nämnden ska minska energianvändningen i kommunens fastigheter med 5 procent. "
         "Effektiviseringskravet är 0,5 miljoner kronor."),
    ],
    inv_prose=[
        "Investeringsbudgeten 2025 uppgår till 98,0 miljoner kronor. Nybyggnaden av Västra skolan står för "
        "38,0 miljoner kronor 2025 och hela projektet beräknas till 112 miljoner kronor, varav 22 miljoner "
        "kronor upparbetades före 2025.",
        "Självfinansieringsgraden för investeringarna 2025 beräknas till 70 procent. Resterande del finansieras med "
        "nya lån. Investeringsprojekt som inte påbörjas under året får föras över till nästa år efter beslut i "
        "kommunstyrelsen.",
        "Exploateringen vid Rottneros strand omfattar 38 tomter för småhus. Intäkterna från tomtförsäljning "
        "beräknas till 9,5 miljoner kronor under perioden och redovisas inte i investeringsbudgeten.",
    ],
    inv=[
        ("Kommunstyrelsen", [
            ("Digitalisering och IT", 2800, 2500, 2500),
            ("Exploatering Rottneros strand", 6500, 8000, 3000)]),
        ("Barn- och utbildningsnämnden", [
            ("Nybyggnad Västra skolan (F–6)", 38000, 42000, 10000),
            ("Förskola Lysvik, tillbyggnad", 5500, 0, 0),
            ("Inventarier", 2000, 2000, 2000)]),
        ("Omsorgsnämnden", [
            ("Särskilt boende Solbacken, etapp 2", 12000, 18000, 4000),
            ("Välfärdsteknik och larm", 1500, 1500, 1500)]),
        ("Tekniska nämnden", [
            ("Reinvestering gator och vägar", 6000, 6000, 6000),
            ("Resecentrum Sunne, ombyggnad", 4500, 0, 0),
            ("Vatten och avlopp, Östra Ämtervik", 11000, 7500, 3000),
            ("Fastighetsunderhåll, investeringsdel", 5000, 5000, 5000)]),
        ("Kultur- och fritidsnämnden", [
            ("Sunne sporthall, nytt golv och läktare", 3200, 0, 0),
            ("Badhuset, nytt reningsverk", 0, 2800, 0)]),
    ],
    inv_note="Vatten och avlopp finansieras via VA-taxan. Belopp i tkr, löpande priser.",
    personal=[
        "Sunne kommun hade 1 412 tillsvidareanställda i oktober 2024. Sjukfrånvaron var 7,9 procent under 2023.",
        "Kommunen har svårt att rekrytera legitimerade lärare och sjuksköterskor. Under 2025 avsätts 800 000 kronor "
        "till ett traineeprogram för nyutexaminerade sjuksköterskor.",
    ],
    noter=[
        "Verksamhetens intäkter innehåller avgifter, hyror, riktade statsbidrag och ersättningar från Migrationsverket.",
        "Verksamhetens kostnader innehåller personalkostnader som beräknas till 812 miljoner kronor 2025.",
        "Skatteintäkterna beräknas på SKR:s prognos i cirkulär 24:45 och 13 200 invånare.",
        "Generella statsbidrag och utjämning inklusive fastighetsavgift och LSS-utjämning.",
        "Räntekostnader på lån. Genomsnittlig ränta beräknas till 3,0 procent.",
        "Anläggningstillgångar ökar med nettoinvesteringar och minskar med avskrivningar.",
        "Eget kapital förändras med årets resultat.",
        "Pensionsavsättningar enligt RIPS.",
        "Långfristiga lån hos Kommuninvest och bank.",
    ],
)
