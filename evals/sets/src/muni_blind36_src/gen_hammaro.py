"""Hammarö kommun: budget och plan PDF, årsredovisning PDF, HTML nyhet, DOCX KS-protokoll, XLSX, TXT pressmeddelande."""
import datetime, os
import docx
import openpyxl
from openpyxl.styles import Font
from common import Doc, fmt, fix_zip

INV = 16950
RB = {  # Utfall 2023, Budget 2024, Budget 2025, Plan 2026, Plan 2027 (mnkr)
    "int": [231.5, 236.0, 240.8, 245.0, 249.5],
    "kost": [-1318.2, -1371.5, -1426.9, -1468.0, -1509.3],
    "avs": [-52.6, -56.0, -60.4, -64.2, -67.5],
    "skatt": [905.4, 941.3, 978.6, 1012.4, 1049.0],
    "gsb": [265.8, 279.4, 296.0, 305.1, 313.2],
    "fint": [6.2, 5.5, 5.0, 5.0, 5.0],
    "fkost": [-14.7, -17.8, -20.5, -23.9, -26.1],
}
NETK = [round(RB["int"][i] + RB["kost"][i] + RB["avs"][i], 1) for i in range(5)]
VRES = [round(NETK[i] + RB["skatt"][i] + RB["gsb"][i], 1) for i in range(5)]
RES = [round(VRES[i] + RB["fint"][i] + RB["fkost"][i], 1) for i in range(5)]

DRIFT = [  # mnkr budget 2024, budget 2025
    ("Kommunfullmäktige inkl. revision", 4.0, 4.1),
    ("Kommunstyrelsen", 114.2, 118.6),
    ("Barn- och utbildningsnämnden", 590.8, 612.4),
    ("Socialnämnden", 425.9, 441.7),
    ("Miljö- och byggnadsnämnden", 14.3, 14.9),
    ("Teknik- och fritidsnämnden", 56.1, 58.3),
]
S24 = round(sum(r[1] for r in DRIFT), 1)
S25 = round(sum(r[2] for r in DRIFT), 1)
F24 = round(-NETK[1] - S24, 1)
F25 = round(-NETK[2] - S25, 1)

INVEST = [  # mnkr 2025, 2026, 2027
    ("Nya Mörmoskolan", 72.0, 55.0, 10.0),
    ("Renovering Hammarö simhall", 18.5, 12.0, 0.0),
    ("Förskola Hallersrud", 24.0, 6.0, 0.0),
    ("Vatten och avlopp", 32.0, 30.0, 28.0),
    ("Gator, trafiksäkerhet och belysning", 11.5, 12.0, 12.0),
    ("Strandpromenad Skoghall", 6.0, 4.0, 0.0),
    ("IT och digitalisering", 4.5, 4.0, 4.0),
    ("Fordon och maskiner", 3.2, 2.5, 2.5),
    ("Övriga reinvesteringar", 13.3, 10.5, 11.5),
]
INV_T = [round(sum(r[i] for r in INVEST), 1) for i in (1, 2, 3)]


def build_budget(out):
    d = Doc("Hammarö kommun | Budget och plan 2025–2027")
    d.add_page()
    d.ln(45)
    d.set_font("DV", "B", 26)
    d.multi_cell(0, 12, "Budget och plan\n2025–2027")
    d.set_font("DV", "", 13)
    d.ln(5)
    d.multi_cell(0, 7, "Hammarö kommun\nBeslutad i kommunfullmäktige 2024-11-18")

    d.add_page()
    d.h1("Förord")
    d.p("Hammarö fortsätter att växa och vi är i dag nästan 17 000 invånare. Det är glädjande, men det betyder "
        "också att vi måste bygga skolor, förskolor och VA-nät i en takt som sätter press på ekonomin. "
        "Investeringsvolymen är den högsta i kommunens historia.")
    d.p("I budgeten för 2025 prioriterar vi Nya Mörmoskolan, som ska ersätta den gamla skolbyggnaden och ge plats för "
        "650 elever. Vi genomför samtidigt besparingar på totalt 12,5 miljoner kronor, främst genom minskade "
        "lokalkostnader, färre chefstjänster och digitalisering av administrativa processer.")
    d.p("Skattesatsen är oförändrad, 22,05 kronor. Resultatet för 2025 budgeteras till "
        f"{fmt(RES[2])} miljoner kronor, vilket motsvarar ungefär 1 procent av skatteintäkter och statsbidrag.")
    d.p("Camilla Wästberg (S)\nKommunstyrelsens ordförande")
    d.h2("Mål för god ekonomisk hushållning")
    d.p("Finansiella mål: Resultatet ska över tid uppgå till minst 1,5 procent av skatteintäkter och generella "
        "statsbidrag. Investeringarna ska till minst 50 procent finansieras med egna medel över en rullande "
        "femårsperiod. Låneskulden per invånare får inte överstiga 60 000 kronor.")
    d.p("Verksamhetsmål: Hammarö ska vara Värmlands bästa skolkommun, andelen elever i årskurs 9 som är "
        "behöriga till gymnasiet ska vara minst 90 procent, och väntetiden till särskilt boende ska vara högst 60 dagar.")

    d.add_page()
    d.h1("Omvärldsanalys")
    d.p("Svensk ekonomi har under 2023 och 2024 präglats av hög inflation och stigande räntor. Inflationen har nu "
        "fallit tillbaka och Riksbanken har börjat sänka styrräntan. SKR bedömer att skatteunderlaget växer med "
        "4,5 procent 2025.")
    d.p("Hammarö är en av Värmlands mest expansiva kommuner. Andelen barn och unga 0–19 år är 25,8 procent, vilket är "
        "högre än i riket. Samtidigt ökar antalet invånare som är 80 år eller äldre med cirka 4 procent per år.")
    d.p("Arbetsmarknaden är stark och den öppna arbetslösheten uppgick till 4,1 procent i augusti 2024. "
        "Pendlingen till Karlstad är omfattande; drygt 60 procent av de förvärvsarbetande pendlar ut.")
    d.h2("Personal och kompetensförsörjning")
    d.p("Kommunen har cirka 1 420 tillsvidareanställda. Rekryteringsbehovet fram till 2030 uppskattas till 450 "
        "personer, främst lärare, förskollärare, undersköterskor och socionomer. Ett kompetensförsörjningsprogram "
        "med en budget på 1,8 miljoner kronor per år inrättas från 2025.")
    d.p("Heltid som norm gäller sedan 2022 och andelen heltidsanställda är 86 procent.")

    d.add_page()
    d.h1("Budgetförutsättningar")
    d.p(f"Befolkningsprognosen utgår från {fmt(INV,0)} invånare den 1 november 2024 och en årlig ökning med cirka "
        "120 personer. Skatteunderlagsprognosen är SKR:s prognos från oktober 2024.")
    d.p("Personalkostnaderna har räknats upp med 3,4 procent och övriga kostnader med 2,0 procent. "
        "Kapitalkostnaderna för Nya Mörmoskolan belastar barn- och utbildningsnämnden först från 2027.")
    d.h2("Resultatbudget")
    f = lambda a: [fmt(x, 1, "–") for x in a]
    hdr = [["Mnkr", "Utfall", "Budget", "Budget", "Plan", "Plan"], ["", "2023", "2024", "2025", "2026", "2027"]]
    rows = [["Verksamhetens intäkter"] + f(RB["int"]), ["Verksamhetens kostnader"] + f(RB["kost"]),
            ["Avskrivningar"] + f(RB["avs"]), ["Verksamhetens nettokostnader"] + f(NETK),
            ["Skatteintäkter"] + f(RB["skatt"]), ["Generella statsbidrag och utjämning"] + f(RB["gsb"]),
            ["Verksamhetens resultat"] + f(VRES), ["Finansiella intäkter"] + f(RB["fint"]),
            ["Finansiella kostnader"] + f(RB["fkost"]), ["Årets resultat"] + f(RES)]
    d.table("Resultatbudget 2025–2027", hdr, rows, [62, 21, 21, 21, 21, 21], bold_rows=("Årets resultat",))
    resp = [round(RES[i] / (RB["skatt"][i] + RB["gsb"][i]) * 100, 1) for i in range(5)]
    d.table("", [["Nyckeltal", "2023", "2024", "2025", "2026", "2027"]],
            [["Resultat i % av skatter och statsbidrag"] + [fmt(x) for x in resp]], [62, 21, 21, 21, 21, 21])

    d.add_page()
    d.h2("Balansbudget")
    anl = [1682.4, 1810.0, 1935.0, 2006.8, 2007.3]
    oms = [201.6, 190.0, 205.0, 236.0, 268.0]
    ek = [531.3]
    for i in range(1, 5):
        ek.append(round(ek[-1] + RES[i], 1))
    avs = [104.2, 108.0, 112.0, 116.0, 120.0]
    lfs = [880.0, 900.0, 1030.0, 1120.0, 1135.0]
    tot = [round(anl[i] + oms[i], 1) for i in range(5)]
    kfs = [round(tot[i] - ek[i] - avs[i] - lfs[i], 1) for i in range(5)]
    rows = [["Anläggningstillgångar"] + f(anl), ["Omsättningstillgångar"] + f(oms), ["Summa tillgångar"] + f(tot),
            ["Eget kapital"] + f(ek), ["Avsättningar"] + f(avs), ["Långfristiga skulder"] + f(lfs),
            ["Kortfristiga skulder"] + f(kfs), ["Summa eget kapital och skulder"] + f(tot)]
    d.table("Balansbudget 2025–2027", hdr, rows, [62, 21, 21, 21, 21, 21])
    d.p("Soliditeten beräknas sjunka från "
        f"{fmt(ek[0]/tot[0]*100)} procent 2023 till {fmt(ek[2]/tot[2]*100)} procent 2025.")
    d.h2("Känslighetsanalys")
    d.table("", [["Förändring", "Effekt på resultatet, mnkr"]],
            [["Skattesatsen ändras med 10 öre", "4,4"], ["Löneökning 1 procent", "8,9"],
             ["Räntan ändras med 1 procentenhet", "10,3"], ["Befolkningen ökar med 100 personer", "7,5"]], [110, 50])

    d.add_page()
    d.h2("Kassaflödesbudget")
    d.p("Belopp i mnkr. Negativa belopp anges inom parentes.")
    likv0 = 48.3
    rows = []
    cf = {}
    for i, y in enumerate([2, 3, 4]):
        adj = [-RB["avs"][y], 4.0, -2.0]
        op = round(RES[y] + sum(adj), 1)
        inv = -INV_T[i]
        loan = [150.0, 110.0, 40.0][i]
        amort = [-20.0, -20.0, -25.0][i]
        cfl = round(op + inv + loan + amort, 1)
        cf[y] = dict(op=op, inv=inv, loan=loan, amort=amort, cfl=cfl, adj=adj)
    L = [likv0]
    for y in (2, 3, 4):
        L.append(round(L[-1] + cf[y]["cfl"], 1))
    g = lambda k: [fmt(cf[y][k], 1, "()") for y in (2, 3, 4)]
    rows = [["Den löpande verksamheten", "", "", ""],
            ["Årets resultat"] + [fmt(RES[y], 1, "()") for y in (2, 3, 4)],
            ["Justering för avskrivningar"] + [fmt(cf[y]["adj"][0], 1, "()") for y in (2, 3, 4)],
            ["Justering för avsättningar"] + [fmt(cf[y]["adj"][1], 1, "()") for y in (2, 3, 4)],
            ["Förändring av rörelsekapital"] + [fmt(cf[y]["adj"][2], 1, "()") for y in (2, 3, 4)],
            ["Medel från den löpande verksamheten"] + g("op"),
            ["Investeringsverksamheten", "", "", ""],
            ["Nettoinvesteringar"] + g("inv"),
            ["Finansieringsverksamheten", "", "", ""],
            ["Nyupptagna lån"] + g("loan"),
            ["Amortering av skuld"] + g("amort"),
            ["Årets kassaflöde"] + g("cfl"),
            ["Likvida medel vid årets början"] + [fmt(x, 1, "()") for x in L[:3]],
            ["Likvida medel vid årets slut"] + [fmt(x, 1, "()") for x in L[1:]]]
    d.table("Kassaflödesbudget", [["", "Budget", "Plan", "Plan"], ["", "2025", "2026", "2027"]], rows,
            [80, 25, 25, 25], bold_rows=("Årets kassaflöde", "Medel från den löpande verksamheten"))
    d.p("Låneskulden beräknas uppgå till 1 030 miljoner kronor vid utgången av 2025, vilket motsvarar cirka "
        "60 800 kronor per invånare. Det innebär att det finansiella målet om låneskuld per invånare inte "
        "uppnås 2025.")

    d.add_page()
    d.h1("Driftbudget")
    d.p("Nämndernas ramar är nettoramar. I ramarna ingår kompensation för löne- och prisökningar samt för "
        "volymförändringar enligt befolkningsprognosen.")
    hdr = [["", "Budget", "Budget", "Förändring", "Förändring", "Kr per"], ["Nämnd, mnkr", "2024", "2025", "mnkr", "%", "invånare 2025"]]
    rows = []
    for n, a, b in DRIFT:
        rows.append([n, fmt(a), fmt(b), fmt(b - a), fmt((b - a) / a * 100), fmt(b * 1e6 / INV, 0)])
    rows.append(["Summa nämnder", fmt(S24), fmt(S25), fmt(S25 - S24), fmt((S25 - S24) / S24 * 100), fmt(S25 * 1e6 / INV, 0)])
    rows.append(["Finansförvaltning*", fmt(F24, 1, "()"), fmt(F25, 1, "()"), fmt(F25 - F24, 1, "()"), "", ""])
    rows.append(["Verksamhetens nettokostnader", fmt(S24 + F24), fmt(S25 + F25), fmt(S25 + F25 - S24 - F24), "", ""])
    d.table("Driftbudget per nämnd", hdr, rows, [58, 19, 19, 22, 20, 32])
    d.foot("* Finansförvaltningen innehåller bland annat intern ränta, pensionsutbetalningar och en central "
           "reserv för oförutsedda kostnader på 5,0 miljoner kronor. Belopp inom parentes är negativa.")
    d.h2("Kommentarer till nämndernas ramar")
    d.p("Barn- och utbildningsnämnden får ett tillskott på 21,6 miljoner kronor, varav 8,2 miljoner kronor avser "
        "volymökningar i grundskolan. Socialnämnden får 15,8 miljoner kronor mer än 2024, bland annat för att "
        "öppna 16 nya platser på Solgläntans särskilda boende.")
    d.p("Miljö- och byggnadsnämnden höjer sina taxor för bygglov med i genomsnitt 5 procent.")

    d.add_page()
    d.h1("Investeringsbudget")
    d.p(f"Investeringsbudgeten för 2025 uppgår till {fmt(INV_T[0])} miljoner kronor. Under planperioden "
        f"2025–2027 investerar kommunen totalt {fmt(sum(INV_T))} miljoner kronor. Nya Mörmoskolan är den enskilt "
        "största investeringen med en total projektbudget på 142 miljoner kronor, varav 5 miljoner kronor "
        "belastade 2024.")
    hdr = [["Projekt", "Budget 2025", "Plan 2026", "Plan 2027", "Summa"], ["(mnkr)", "", "", "", "2025–2027"]]
    rows = [[n, fmt(a), fmt(b), fmt(c), fmt(a + b + c)] for n, a, b, c in INVEST]
    rows.append(["Totalt"] + [fmt(x) for x in INV_T] + [fmt(sum(INV_T))])
    d.table("Investeringsbudget 2025–2027", hdr, rows, [72, 24, 24, 24, 24])
    d.foot("Investeringar i vatten och avlopp finansieras av VA-kollektivet via brukningsavgifter.")
    d.h2("Exploatering")
    d.p("Exploateringsområdet Mörmo norra omfattar cirka 200 bostäder. Intäkterna från tomtförsäljning beräknas till "
        "38 miljoner kronor under 2025–2027 och redovisas inte i investeringsbudgeten.")

    for nm, txt in [
        ("Kommunstyrelsen", "Kommunstyrelsen ansvarar för ledning, samordning och uppföljning av kommunens verksamhet. "
         "Under 2025 ska en ny e-tjänsteplattform införas."),
        ("Barn- och utbildningsnämnden", "Nämnden ansvarar för förskola, grundskola och gymnasieskola. Antalet "
         "grundskoleelever väntas öka med 85 till läsåret 2025/26."),
        ("Socialnämnden", "Nämnden ansvarar för äldreomsorg, stöd till personer med funktionsnedsättning och individ- "
         "och familjeomsorg. Solgläntans nya avdelning öppnar i mars 2025."),
        ("Teknik- och fritidsnämnden", "Nämnden ansvarar för gator, parker, idrottsanläggningar och simhallen. "
         "Simhallen håller stängt för renovering från maj 2025 till januari 2026."),
        ("Miljö- och byggnadsnämnden", "Nämnden ansvarar för bygglov, miljö- och hälsoskydd samt livsmedelskontroll. "
         "Målet är att 95 procent av bygglovsärendena ska handläggas inom tio veckor."),
    ]:
        if nm == "Kommunstyrelsen":
            d.add_page()
            d.h1("Nämndernas verksamhet 2025")
        d.h2(nm)
        d.p(txt)
        d.p("Nämnden ska under året arbeta med de effektiviseringar som anges i budgeten och rapportera utfallet "
            "i tertialrapporten per april och i delårsrapporten per augusti.")
    d.add_page()
    d.h1("Ordlista")
    for w, t in [("Avskrivning", "Kostnad som fördelar en investerings anskaffningsvärde över nyttjandeperioden."),
                 ("Balanskrav", "Lagkrav på att intäkterna ska överstiga kostnaderna."),
                 ("Kassaflödesbudget", "Visar hur likvida medel förändras under året."),
                 ("Nettokostnad", "Kostnader minus intäkter för en verksamhet."),
                 ("Soliditet", "Andelen av tillgångarna som finansieras med eget kapital.")]:
        d.p(f"{w}: {t}")
    d.output(out)
    return dict(L=L, cf=cf, resp=resp)


def build_ar(out):
    d = Doc("Årsredovisning 2023 – Hammarö kommun")
    d.add_page()
    d.ln(40)
    d.set_font("DV", "B", 26)
    d.multi_cell(0, 12, "Årsredovisning 2023")
    d.ln(4)
    d.set_font("DV", "", 13)
    d.multi_cell(0, 7, "Hammarö kommun")
    d.add_page()
    d.h1("Kommunstyrelsens ordförande har ordet")
    d.p("2023 blev ett år med hög inflation och stigande räntor. Trots det redovisar Hammarö kommun ett "
        f"överskott på {fmt(RES[0])} miljoner kronor. Det är ett bättre resultat än budgeterat, främst tack vare "
        "högre skatteintäkter och ett överskott i finansförvaltningen.")
    d.p("Camilla Wästberg (S), kommunstyrelsens ordförande")
    d.h1("Förvaltningsberättelse")
    d.h2("Årets resultat och balanskrav")
    d.p(f"Årets resultat uppgår till {fmt(RES[0])} miljoner kronor, vilket är 9,1 miljoner kronor bättre än "
        "budgeterat. Efter avdrag för realisationsvinster vid försäljning av tomtmark uppgår balanskravsresultatet "
        "till 19,8 miljoner kronor. Balanskravet är därmed uppfyllt.")
    d.p("Verksamhetens nettokostnader ökade med 6,2 procent, medan skatteintäkter och generella statsbidrag ökade "
        "med 5,1 procent.")
    d.h2("Investeringar")
    d.p("Nettoinvesteringarna uppgick till 142,6 miljoner kronor, mot en budget på 176,0 miljoner kronor. "
        "Den största investeringen var förskolan Bryggan, som invigdes i augusti 2023 till en kostnad av "
        "48,9 miljoner kronor.")
    d.h2("Personal")
    d.p("Kommunen hade 1 412 tillsvidareanställda den 31 december 2023. Sjukfrånvaron var 6,8 procent, "
        "en minskning från 7,3 procent året innan.")
    d.add_page()
    d.h2("Fem år i sammandrag")
    hdr = [["", "2019", "2020", "2021", "2022", "2023"]]
    rows = [["Folkmängd 31 december", "16 602", "16 705", "16 781", "16 850", "16 912"],
            ["Kommunal skattesats, kr", "21,96", "21,96", "21,96", "22,05", "22,05"],
            ["Verksamhetens nettokostnader, mnkr", "(981,3)", "(1 004,8)", "(1 040,6)", "(1 072,8)", "(1 139,3)"],
            ["Årets resultat, mnkr", "18,7", "41,2", "52,3", "35,8", fmt(RES[0])],
            ["Årets resultat, kr per invånare", "1 126", "2 466", "3 117", "2 125", "1 384"],
            ["Soliditet inkl. pensionsåtaganden, %", "21,4", "23,9", "27,1", "28,6", "28,2"],
            ["Nettoinvesteringar, mnkr", "98,4", "121,7", "133,5", "155,0", "142,6"],
            ["Långfristig låneskuld, mnkr", "610,0", "655,0", "700,0", "790,0", "880,0"],
            ["Antal tillsvidareanställda", "1 338", "1 352", "1 370", "1 395", "1 412"]]
    d.table("Fem år i sammandrag", hdr, rows, [70, 20, 20, 20, 20, 20])
    d.foot("Värden inom parentes är negativa. Soliditeten inklusive samtliga pensionsförpliktelser.")
    d.h2("Nämndernas budgetavvikelse 2023")
    hdr = [["Nämnd", "Budget", "Utfall", "Avvikelse"], ["(mnkr)", "2023", "2023", ""]]
    rows = [["Kommunfullmäktige inkl. revision", "3,8", "3,6", "0,2"],
            ["Kommunstyrelsen", "108,5", "105,9", "2,6"],
            ["Barn- och utbildningsnämnden", "561,2", "563,0", "-1,8"],
            ["Socialnämnden", "403,4", "411,6", "-8,2"],
            ["Miljö- och byggnadsnämnden", "13,6", "13,1", "0,5"],
            ["Teknik- och fritidsnämnden", "53,0", "52,1", "0,9"],
            ["Summa nämnder", "1 143,5", "1 149,3", "-5,8"]]
    d.table("Nämndernas driftredovisning", hdr, rows, [80, 28, 28, 28])
    d.p("Socialnämndens underskott på 8,2 miljoner kronor beror främst på ökade kostnader för externa placeringar "
        "inom individ- och familjeomsorgen och på hög sjukfrånvaro inom hemtjänsten.")
    d.add_page()
    d.h1("Resultaträkning")
    hdr = [["Mnkr", "Not", "Budget 2023", "Utfall 2023", "Utfall 2022"]]
    rows = [["Verksamhetens intäkter", "2", "225,0", fmt(RB["int"][0]), "219,7"],
            ["Verksamhetens kostnader", "3", "(1 312,4)", fmt(RB["kost"][0], 1, "()"), "(1 243,5)"],
            ["Avskrivningar", "4", "(53,0)", fmt(RB["avs"][0], 1, "()"), "(49,0)"],
            ["Verksamhetens nettokostnader", "", "(1 140,4)", fmt(NETK[0], 1, "()"), "(1 072,8)"],
            ["Skatteintäkter", "5", "895,0", fmt(RB["skatt"][0]), "857,3"],
            ["Generella statsbidrag och utjämning", "6", "268,7", fmt(RB["gsb"][0]), "256,8"],
            ["Verksamhetens resultat", "", "23,3", fmt(VRES[0]), "41,3"],
            ["Finansiella intäkter", "7", "4,0", fmt(RB["fint"][0]), "3,9"],
            ["Finansiella kostnader", "8", "(13,0)", fmt(RB["fkost"][0], 1, "()"), "(9,4)"],
            ["Årets resultat", "", "14,3", fmt(RES[0]), "35,8"]]
    d.table("", hdr, rows, [72, 14, 28, 28, 28])
    d.h1("Balansräkning")
    hdr = [["Mnkr", "Not", "2023-12-31", "2022-12-31"]]
    rows = [["Tillgångar", "", "", ""],
            ["Anläggningstillgångar", "9", "1 682,4", "1 592,1"],
            ["Omsättningstillgångar", "10", "201,6", "214,9"],
            ["Summa tillgångar", "", "1 884,0", "1 807,0"],
            ["Eget kapital, avsättningar och skulder", "", "", ""],
            ["Eget kapital", "11", "531,3", "507,9"],
            ["därav årets resultat", "", fmt(RES[0]), "35,8"],
            ["Avsättningar", "12", "104,2", "98,6"],
            ["Långfristiga skulder", "13", "880,0", "790,0"],
            ["Kortfristiga skulder", "14", "368,5", "410,5"],
            ["Summa eget kapital och skulder", "", "1 884,0", "1 807,0"]]
    d.table("", hdr, rows, [72, 14, 34, 34])
    d.output(out)


HTML = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Budget 2025: så fördelas pengarna – Hammarö kommun</title></head>
<body>
<div class="cookie-consent" role="dialog"><h2>Hammarö kommun använder kakor</h2>
<p>Nödvändiga kakor behövs för att webbplatsen ska fungera. Statistikkakor hjälper oss att förbättra webbplatsen.</p>
<button>Acceptera alla kakor</button> <button>Inställningar</button></div>
<header class="site-header"><a href="/">Hammarö kommun</a>
<ul class="main-menu"><li><a href="/barn-och-utbildning">Barn och utbildning</a></li><li><a href="/omsorg-och-stod">Omsorg och stöd</a></li>
<li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li><li><a href="/uppleva-och-gora">Uppleva och göra</a></li>
<li><a href="/kommun-och-politik">Kommun och politik</a></li><li><a href="/jobb">Jobba hos oss</a></li></ul>
<a href="/lattlast">Lättläst</a> <a href="/languages">Languages</a></header>
<div class="breadcrumbs">Hem › Kommun och politik › Ekonomi › Finansiell information</div>
<article>
<h1>Budget 2025: så fördelas pengarna</h1>
<p class="published">Publicerad 2024-11-20 · Senast uppdaterad 2024-12-03</p>
<p><strong>Kommunfullmäktige har beslutat om budget och plan för 2025–2027. Skattesatsen är oförändrad, 22,05
kronor, och nettoinvesteringarna uppgår till 185 miljoner kronor nästa år.</strong></p>
<p>Budgeten ger ett resultat på 12,6 miljoner kronor. Det är lägre än kommunens finansiella mål på 1,5 procent,
men enligt kommunstyrelsens ordförande Camilla Wästberg (S) är det ett medvetet val under en period med
stora investeringar.</p>
<h2>Nämndernas ramar 2025</h2>
<table class="table">
<caption>Nettoram per nämnd, miljoner kronor</caption>
<tr><th>Nämnd</th><th>Ram 2025 (mnkr)</th><th>Andel av nämndernas ramar</th></tr>
<tr><td>Barn- och utbildningsnämnden</td><td>612,4</td><td>49,0 %</td></tr>
<tr><td>Socialnämnden</td><td>441,7</td><td>35,3 %</td></tr>
<tr><td>Kommunstyrelsen</td><td>118,6</td><td>9,5 %</td></tr>
<tr><td>Teknik- och fritidsnämnden</td><td>58,3</td><td>4,7 %</td></tr>
<tr><td>Miljö- och byggnadsnämnden</td><td>14,9</td><td>1,2 %</td></tr>
<tr><td>Kommunfullmäktige inkl. revision</td><td>4,1</td><td>0,3 %</td></tr>
<tr><td>Summa</td><td>1 250,0</td><td>100,0 %</td></tr>
</table>
<h2>Vad innebär budgeten för dig?</h2>
<ul><li>Avgiften för vatten och avlopp höjs med 6 procent från 1 januari 2025.</li>
<li>Barnomsorgstaxan följer maxtaxan och höjs därmed enligt statens beslut.</li>
<li>Hammarö simhall stänger för renovering under perioden maj 2025 – januari 2026.</li></ul>
<p>Vill du veta mer? Hela dokumentet <a href="/budget-och-plan-2025-2027.pdf">Budget och plan 2025–2027</a> finns att ladda ner.</p>
<p>Kontakt: Ekonomichef Thomas Lindholm, 054-51 50 00</p>
</article>
<aside><h3>Relaterat</h3><ul><li><a href="/arsredovisning">Årsredovisningar</a></li><li><a href="/delarsrapport">Delårsrapporter</a></li></ul></aside>
<footer><p>Hammarö kommun · Box 1, 663 21 Skoghall · Besöksadress: Hammarö kommunhus, Skoghall</p>
<p>Växel: 054-51 50 00 · kommun@hammaro.se · Org.nr 212000-1827</p>
<p><a href="/tillganglighetsredogorelse">Tillgänglighetsredogörelse</a> | <a href="/kakor">Om kakor</a> | <a href="/dataskydd">Dataskydd</a></p></footer>
</body></html>
"""


def build_docx(out):
    doc = docx.Document()
    cp = doc.core_properties
    cp.author = "Hammarö kommun"
    cp.title = "Protokoll kommunstyrelsen 2024-04-08"
    cp.created = datetime.datetime(2024, 4, 10, 8, 0, 0)
    cp.modified = datetime.datetime(2024, 4, 10, 8, 0, 0)
    cp.last_modified_by = "Hammarö kommun"
    cp.revision = 1
    doc.add_heading("Sammanträdesprotokoll – Kommunstyrelsen", level=1)
    doc.add_paragraph("Datum: 2024-04-08, kl. 13.00–16.15. Plats: Kommunhuset, sammanträdesrum Tegen.")
    doc.add_paragraph("Beslutande: Camilla Wästberg (S), ordförande, Henrik Axelsson (M), vice ordförande, samt "
                      "ledamöter enligt närvarolista. Sekreterare: Sofia Nordgren.")
    doc.add_heading("§ 52 Årsredovisning 2023", level=2)
    doc.add_paragraph("Dnr KS 2024/44")
    doc.add_paragraph("Ekonomiavdelningen har upprättat årsredovisning för 2023. Årets resultat uppgår till 23,4 "
                      "miljoner kronor och balanskravsresultatet till 19,8 miljoner kronor.")
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att godkänna årsredovisningen för 2023.")
    doc.add_heading("§ 53 Ombudgetering av investeringsmedel från 2023 till 2024", level=2)
    doc.add_paragraph("Dnr KS 2024/47")
    doc.add_paragraph("Av investeringsbudgeten för 2023 förbrukades inte 33,4 miljoner kronor. Förvaltningen föreslår att "
                      "medel för pågående projekt förs över till 2024 enligt tabellen nedan. Övriga outnyttjade medel "
                      "återgår till kommunstyrelsens finansiering.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Projekt", "Budget 2023 (tkr)", "Utfall 2023 (tkr)", "Överförs till 2024 (tkr)"]):
        t.rows[0].cells[i].text = h
    rows = [("Förskola Bryggan", "52 000", "48 900", "0"),
            ("Nya Mörmoskolan, projektering", "12 000", "4 600", "7 400"),
            ("Vatten och avlopp", "38 500", "31 200", "7 300"),
            ("Gång- och cykelväg Rud–Skoghall", "9 000", "2 100", "6 900"),
            ("Simhall, förstudie", "1 500", "600", "900"),
            ("Övriga projekt", "63 000", "55 200", "2 800"),
            ("Summa", "176 000", "142 600", "25 300")]
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    doc.add_paragraph("Yrkanden: Camilla Wästberg (S) yrkar bifall till förvaltningens förslag. Henrik Axelsson (M) yrkar "
                      "att gång- och cykelvägen Rud–Skoghall inte ska ombudgeteras.")
    doc.add_paragraph("Beslut: Kommunstyrelsen beslutar att föra över 25,3 miljoner kronor av ej förbrukade investeringsmedel "
                      "från 2023 till 2024 enligt förvaltningens förslag.")
    doc.add_paragraph("Reservation: Henrik Axelsson (M) och Lina Berg (M) reserverar sig mot beslutet till förmån för eget yrkande.")
    doc.add_heading("§ 54 Motion om solceller på kommunens fastigheter", level=2)
    doc.add_paragraph("Motionär: Erik Sjöholm (MP). Kommunstyrelsen föreslår kommunfullmäktige att bifalla motionen. "
                      "Solceller ska installeras på Mörmoskolan och Hammarö simhall i samband med ombyggnad.")
    doc.add_paragraph("Reservation: Patrik Öhman (SD) reserverar sig mot beslutet.")
    doc.add_heading("§ 55 Information från kommundirektören", level=2)
    doc.add_paragraph("Kommundirektör Maria Eklöf informerar om arbetet med budget och plan 2025–2027 och om att "
                      "sjukfrånvaron fortsatt minskar.")
    doc.save(out)
    fix_zip(out)


def build_xlsx(out):
    wb = openpyxl.Workbook()
    cp = wb.properties
    cp.creator = "Hammarö kommun, ekonomiavdelningen"
    cp.created = datetime.datetime(2024, 12, 1, 10, 0, 0)
    cp.modified = datetime.datetime(2024, 12, 1, 10, 0, 0)
    cp.lastModifiedBy = "Hammarö kommun"
    ws = wb.active
    ws.title = "Nettokostnad"
    ws.append(["Nettokostnad per verksamhet, Hammarö kommun 2021–2025"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Belopp i tkr. 2021–2023 utfall, 2024 prognos, 2025 budget"])
    ws.append(["År", "Typ", "Förskola", "Grundskola inkl. fritidshem", "Gymnasieskola", "Äldreomsorg", "LSS",
               "Individ- och familjeomsorg", "Kultur och fritid", "Summa"])
    data = [(2021, "Utfall", 158420, 268310, 112540, 205760, 98430, 52180, 38620),
            (2022, "Utfall", 163880, 279450, 116020, 214390, 103260, 55940, 39870),
            (2023, "Utfall", 171250, 295870, 121460, 226810, 108940, 63120, 41350),
            (2024, "Prognos", 176900, 308200, 126300, 236500, 112800, 67900, 42800),
            (2025, "Budget", 181400, 321600, 130900, 245200, 116500, 68400, 44100)]
    for r in data:
        ws.append(list(r) + [sum(r[2:])])
    ws2 = wb.create_sheet("Nyckeltal")
    ws2.append(["Nyckeltal i urval"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["Källa: Kolada och kommunens egen statistik"])
    ws2.append(["Nyckeltal", "Enhet", "2021", "2022", "2023"])
    rows = [("Elever i åk 9 behöriga till yrkesprogram", "%", 91.2, 89.7, 92.4),
            ("Inskrivna barn per årsarbetare i förskolan", "antal", 5.1, 5.2, 5.0),
            ("Kostnad per elev i grundskolan", "kr", 112300, 116800, 122450),
            ("Väntetid till särskilt boende, medel", "dagar", 54, 71, 63),
            ("Andel brukare nöjda med hemtjänsten", "%", 92.0, 90.5, 91.8),
            ("Invånare 80 år och äldre", "antal", 874, 912, 955)]
    for r in rows:
        ws2.append(list(r))
    wb.save(out)
    fix_zip(out)


PRESS = """PRESSMEDDELANDE
Hammarö kommun 2024-04-09

Hammarö kommun gör överskott på 23,4 miljoner kronor för 2023

Hammarö kommun redovisar ett resultat på 23,4 miljoner kronor för 2023. Det är 9,1 miljoner kronor bättre än
budgeterat. Kommunstyrelsen behandlade årsredovisningen den 8 april och den går nu vidare till
kommunfullmäktige.

– Resultatet ger oss en buffert inför de stora investeringarna i Nya Mörmoskolan och simhallen. Men vi ser
också att kostnaderna inom socialtjänsten ökar snabbt, och det måste vi hantera, säger Camilla Wästberg (S),
kommunstyrelsens ordförande.

Kort om 2023:
* Nettoinvesteringarna blev 142,6 miljoner kronor.
* Förskolan Bryggan med 144 platser invigdes i augusti.
* Befolkningen ökade med 62 personer till 16 912 invånare.
* Sjukfrånvaron minskade till 6,8 procent.
* Socialnämnden redovisade ett underskott på 8,2 miljoner kronor.

Kommunen har också betalat tillbaka 1,6 miljoner kronor i överuttag av VA-avgifter till VA-kollektivet
genom en sänkt avgift under 2024.

För mer information:
Thomas Lindholm, ekonomichef, 054-51 50 00
Camilla Wästberg (S), kommunstyrelsens ordförande, 054-51 50 10
"""


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    info = build_budget(os.path.join(outdir, "budget-och-plan-2025-2027.pdf"))
    build_ar(os.path.join(outdir, "arsredovisning-2023.pdf"))
    with open(os.path.join(outdir, "budget-2025-sa-fordelas-pengarna.html"), "w", encoding="utf-8") as f:
        f.write(HTML)
    build_docx(os.path.join(outdir, "ks-protokoll-2024-04-08.docx"))
    build_xlsx(os.path.join(outdir, "nettokostnad-per-verksamhet.xlsx"))
    with open(os.path.join(outdir, "pressmeddelande-arsredovisning-2023.txt"), "w", encoding="utf-8") as f:
        f.write(PRESS)
    return info
