"""Bräcke kommun: documents for the muni_blind28 corpus."""
import os
import docx
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Font
from common import Doc, fmt, fix_zip, HTML_TMPL

ORG = "Bräcke kommun"
INV_NOV24 = 6380
YEARS5 = ["Bokslut 2023", "Prognos 2024", "Budget 2025", "Plan 2026", "Plan 2027"]


def r1(x):
    return round(x + 0.0, 1)


# ---------------- figures ----------------
RB = {
    "Verksamhetens intäkter": [128.4, 131.2, 133.0, 135.5, 137.8],
    "Verksamhetens kostnader": [-742.6, -768.9, -781.4, -797.2, -812.9],
    "Avskrivningar": [-24.1, -25.3, -27.8, -29.6, -30.9],
    "Skatteintäkter": [396.8, 418.5, 433.9, 449.2, 464.1],
    "Generella statsbidrag och utjämning": [254.7, 262.0, 265.4, 268.0, 271.5],
    "Finansiella intäkter": [2.1, 2.4, 2.0, 2.0, 2.0],
    "Finansiella kostnader": [-6.8, -8.9, -9.6, -10.4, -11.2],
}
NETTO = [r1(RB["Verksamhetens intäkter"][i] + RB["Verksamhetens kostnader"][i] + RB["Avskrivningar"][i]) for i in range(5)]
VRES = [r1(NETTO[i] + RB["Skatteintäkter"][i] + RB["Generella statsbidrag och utjämning"][i]) for i in range(5)]
RES = [r1(VRES[i] + RB["Finansiella intäkter"][i] + RB["Finansiella kostnader"][i]) for i in range(5)]

DRIFT = [  # nämnd, budget 2024, budget 2025 (mnkr)
    ("Kommunfullmäktige och revision", 3.1, 3.2),
    ("Kommunstyrelsen", 98.4, 101.6),
    ("Barn- och utbildningsnämnden", 214.7, 219.3),
    ("Socialnämnden", 318.2, 325.9),
    ("Miljö- och byggnämnden", 6.9, 7.0),
]
FINANS = (19.4, 19.2)

INV = [  # section, [(project, 2025, 2026, 2027)] tkr
    ("Kommunstyrelsen", [("IT-infrastruktur och datorer", 1800, 1500, 1500),
                         ("Gång- och cykelväg Kälarne", 4200, 0, 0),
                         ("Upprustning av badplatser", 650, 400, 400),
                         ("Bredbandsutbyggnad landsbygd", 3000, 2500, 0)]),
    ("Fastighetsavdelningen (KS)", [("Ny förskola Bräcke tätort", 18500, 12000, 0),
                                    ("Energieffektivisering kommunala fastigheter", 2400, 2400, 2000),
                                    ("Nytt tak Gällö skola", 3100, 0, 0)]),
    ("Vatten och avlopp (KS)", [("VA-ledningar Gällö", 6800, 5200, 3000),
                                ("Reningsverk Kälarne", 1200, 9500, 4000)]),
    ("Barn- och utbildningsnämnden", [("Inventarier förskola och skola", 900, 700, 700),
                                      ("Skolgård Bräcke skola", 1100, 0, 0)]),
    ("Socialnämnden", [("Trygghetslarm och välfärdsteknik", 1350, 800, 800),
                       ("Inventarier särskilt boende", 600, 600, 600)]),
]
INV_TOT = [sum(p[i] for _, ps in INV for p in ps) for i in (1, 2, 3)]


def write_budget(out):
    d = Doc("Bräcke kommun – Mål och budget 2025 med plan för 2026–2027", "Mål och budget 2025–2027")
    d.title_page(ORG, "Mål och budget 2025", "med plan för 2026–2027",
                 ["Antagen av kommunfullmäktige 2024-11-25, § 112", "Dnr KS 2024/318"])
    d.add_page()
    d.h1("Innehåll")
    d.p("Förord ... 2\nBräcke kommun i siffror ... 3\nOmvärld och förutsättningar ... 3\nVision och mål ... 4\n"
        "Ekonomiska ramar och besparingar ... 5\nResultatbudget ... 6\nBalansbudget ... 7\nKassaflödesbudget ... 7\n"
        "Driftbudget per nämnd ... 8\nInvesteringsbudget ... 9\nNämndernas uppdrag ... 11\nOrdlista ... 12")
    d.h1("Förord")
    d.p("Bräcke kommun står inför flera år med stora utmaningar. Befolkningen minskar långsamt samtidigt som andelen "
        "äldre ökar, och kostnaderna för äldreomsorg och stöd till barn och unga fortsätter att stiga. Trots detta lägger "
        "vi fram en budget med ett överskott på 15,5 miljoner kronor för 2025, vilket motsvarar drygt två procent av "
        "skatter och generella statsbidrag.")
    d.p("Skattesatsen lämnas oförändrad på 22,84 kronor per skattekrona. Vi har valt att prioritera äldreomsorgen och "
        "skolan. Socialnämnden får ett tillskott på 4,7 miljoner kronor för äldreomsorgen och hemtjänsten, samtidigt som "
        "alla nämnder behöver effektivisera. Sammantaget omfattar de beslutade besparingarna 6,2 miljoner kronor under 2025.")
    d.p("Den största investeringen under perioden är den nya förskolan i Bräcke tätort, som ersätter två äldre "
        "förskolor med dålig inomhusmiljö. Byggstart planeras till våren 2025 och inflyttning till hösten 2026.")
    d.p("Jag vill tacka alla medarbetare för ett fantastiskt arbete under ett tufft år.")
    d.p("Anna-Karin Sjödin (S)\nKommunstyrelsens ordförande")
    d.add_page()
    d.h1("Bräcke kommun i siffror")
    d.bullets(["Antal invånare 1 november 2024: 6 380",
               "Yta: 3 722 kvadratkilometer",
               "Kommunal skattesats 2025: 22,84 kronor",
               "Antal anställda i kommunen: cirka 820 månadsavlönade",
               "Tätorter: Bräcke, Gällö, Kälarne, Kluk och Pilgrimstad"])
    d.h1("Omvärld och förutsättningar")
    d.p("Svensk ekonomi har under 2024 präglats av hög inflation som nu avtar. Sveriges Kommuner och Regioner (SKR) "
        "bedömer i sin oktoberprognos att skatteunderlaget växer med 4,1 procent 2025. Kommunens skatteintäkter "
        "beräknas till 433,9 miljoner kronor 2025, en ökning med 15,4 miljoner kronor jämfört med prognosen för 2024.")
    d.p("Pensionskostnaderna har ökat kraftigt till följd av de senaste årens höga inflation. För 2025 beräknas "
        "kostnaden för pensioner inklusive löneskatt till 41,3 miljoner kronor. Räntekostnaderna ökar också när "
        "kommunen lånar till investeringarna; den genomsnittliga räntan i låneportföljen antas bli 3,2 procent.")
    d.p("Befolkningen har minskat med i genomsnitt cirka 25 personer per år under de senaste fem åren. Budgeten bygger "
        "på antagandet att befolkningen är 6 350 invånare den 1 november 2025.")
    d.add_page()
    d.h1("Vision och mål")
    d.p("Vision 2030: Bräcke kommun – en attraktiv plats att leva, bo och verka i, där alla känner sig trygga och "
        "delaktiga. Kommunfullmäktige har fastställt fyra övergripande mål för mandatperioden.")
    d.h2("Mål 1: Barn och unga ska lyckas i skolan")
    d.p("Andelen elever i årskurs 9 som är behöriga till gymnasiets yrkesprogram ska öka till minst 85 procent till "
        "2027. År 2024 var andelen 78,6 procent.")
    d.h2("Mål 2: Äldre ska känna sig trygga")
    d.p("Andelen brukare i hemtjänsten som är nöjda med sin hemtjänst ska vara minst 90 procent. Antalet olika "
        "personal som en brukare möter under 14 dagar ska minska till högst 12.")
    d.h2("Mål 3: Fler ska bo och arbeta i Bräcke")
    d.p("Kommunen ska verka för att minst 20 nya bostäder byggs under perioden 2025–2027 och att antalet "
        "företag ökar. Nyföretagandet ska ligga över länssnittet.")
    d.h2("Mål 4: En hållbar ekonomi")
    d.p("Årets resultat ska uppgå till minst 2 procent av skatteintäkter och generella statsbidrag. Investeringar, "
        "exklusive vatten och avlopp, ska till minst 60 procent finansieras med egna medel.")
    d.add_page()
    d.h1("Ekonomiska ramar och besparingar")
    d.p("Nämndernas ramar för 2025 har räknats upp med 2,8 procent för löneökningar och 2,0 procent för övriga "
        "kostnader. Därutöver har följande förändringar beslutats:")
    d.bullets(["Socialnämnden: tillskott 4,7 miljoner kronor för äldreomsorg och hemtjänst, samt effektiviseringskrav "
               "på 3,8 miljoner kronor genom ny bemanningsplanering.",
               "Barn- och utbildningsnämnden: effektivisering 1,6 miljoner kronor genom samordning av skolskjutsar "
               "och minskade lokalkostnader.",
               "Kommunstyrelsen: effektivisering 0,8 miljoner kronor inom administration och IT-licenser.",
               "Feriepraktik för ungdomar: 450 000 kronor avsätts inom kommunstyrelsens ram.",
               "Föreningsbidragen räknas upp med 120 000 kronor."])
    d.p("Sammanlagt uppgår besparingarna till 6,2 miljoner kronor. Nämnderna ska senast i februari 2025 redovisa "
        "hur effektiviseringarna genomförs.")
    d.h2("Finansiella mål")
    d.p("Resultatet ska vara minst 2 procent av skatter och statsbidrag över en rullande treårsperiod. Soliditeten "
        "ska inte understiga 35 procent. Låneskulden får inte överstiga 260 miljoner kronor.")
    # Resultatbudget
    d.add_page()
    d.h1("Resultatbudget")
    d.p("Resultatbudgeten visar kommunens intäkter och kostnader och hur årets resultat uppstår.")
    hdr = [["", "Not", "Bokslut", "Prognos", "Budget", "Plan", "Plan"],
           ["Belopp i mnkr", "", "2023", "2024", "2025", "2026", "2027"]]
    w = [62, 10, 20, 20, 20, 19, 19]
    rows = []
    def add(label, vals, note="", style=""):
        rows.append(([label, note] + [fmt(v) for v in vals], style))
    add("Verksamhetens intäkter", RB["Verksamhetens intäkter"], "1")
    add("Verksamhetens kostnader", RB["Verksamhetens kostnader"], "2")
    add("Avskrivningar", RB["Avskrivningar"], "3")
    add("Verksamhetens nettokostnader", NETTO, "", "B")
    add("Skatteintäkter", RB["Skatteintäkter"], "4")
    add("Generella statsbidrag och utjämning", RB["Generella statsbidrag och utjämning"], "5")
    add("Verksamhetens resultat", VRES, "", "B")
    add("Finansiella intäkter", RB["Finansiella intäkter"])
    add("Finansiella kostnader", RB["Finansiella kostnader"], "6")
    add("Resultat efter finansiella poster", RES, "", "B")
    add("Årets resultat", RES, "", "B")
    d.table("Tabell 1. Resultatbudget 2025–2027", hdr, rows, w)
    share = [RES[i] / (RB["Skatteintäkter"][i] + RB["Generella statsbidrag och utjämning"][i]) * 100 for i in range(5)]
    d.note("Not 1–6: se noter i årsredovisningen. Årets resultat i procent av skatter och generella statsbidrag: "
           + ", ".join(f"{y[-4:]}: {fmt(s)} %" for y, s in zip(YEARS5, share)) + ".")
    # Balansbudget
    d.add_page()
    d.h1("Balansbudget")
    anl = [512.4, 548.0]
    for i, inv in enumerate(INV_TOT):
        anl.append(r1(anl[-1] + inv / 1000 + RB["Avskrivningar"][2 + i]))
    oms = [98.6, 92.1, 88.4, 86.0, 85.3]
    tot = [r1(a + o) for a, o in zip(anl, oms)]
    ek = [231.5]
    for i in range(1, 5):
        ek.append(r1(ek[-1] + RES[i]))
    avs = [38.2, 39.6, 41.0, 42.5, 44.0]
    kfs = [130.0, 128.0, 125.0, 124.0, 122.0]
    lfs = [r1(tot[i] - ek[i] - avs[i] - kfs[i]) for i in range(5)]
    hdr = [["Belopp i mnkr", "Bokslut", "Prognos", "Budget", "Plan", "Plan"],
           ["", "2023", "2024", "2025", "2026", "2027"]]
    w = [70, 20, 20, 20, 20, 20]
    rows = [(["TILLGÅNGAR"], "S"),
            (["Anläggningstillgångar"] + [fmt(v) for v in anl], ""),
            (["Omsättningstillgångar"] + [fmt(v) for v in oms], ""),
            (["Summa tillgångar"] + [fmt(v) for v in tot], "B"),
            (["EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER"], "S"),
            (["Eget kapital"] + [fmt(v) for v in ek], ""),
            (["därav årets resultat"] + [fmt(v) for v in RES], ""),
            (["Avsättningar för pensioner"] + [fmt(v) for v in avs], ""),
            (["Långfristiga skulder"] + [fmt(v) for v in lfs], ""),
            (["Kortfristiga skulder"] + [fmt(v) for v in kfs], ""),
            (["Summa eget kapital, avsättningar och skulder"] + [fmt(v) for v in tot], "B"),
            (["Soliditet, %"] + [fmt(e / t * 100) for e, t in zip(ek, tot)], "")]
    d.table("Tabell 2. Balansbudget", hdr, rows, w)
    # Kassaflöde
    d.h1("Kassaflödesbudget")
    avsj = [1.4, 1.5, 1.5]
    lop = [r1(RES[2 + i] - RB["Avskrivningar"][2 + i] + avsj[i]) for i in range(3)]
    inv = [-t / 1000 for t in INV_TOT]
    lan = [10.0, 5.0, 0.0]
    amo = [-3.0, -3.0, -8.0]
    kf = [r1(lop[i] + inv[i] + lan[i] + amo[i]) for i in range(3)]
    hdr = [["Belopp i mnkr", "Budget 2025", "Plan 2026", "Plan 2027"]]
    w = [90, 26, 26, 26]
    rows = [(["Löpande verksamhet"], "S"),
            (["Årets resultat"] + [fmt(v) for v in RES[2:]], ""),
            (["Justering för avskrivningar"] + [fmt(-v) for v in RB["Avskrivningar"][2:]], ""),
            (["Justering för avsättningar"] + [fmt(v) for v in avsj], ""),
            (["Medel från löpande verksamhet"] + [fmt(v) for v in lop], "B"),
            (["Investeringsverksamhet"], "S"),
            (["Investering i materiella anläggningstillgångar"] + [fmt(v) for v in inv], ""),
            (["Finansieringsverksamhet"], "S"),
            (["Nyupptagna lån"] + [fmt(v) for v in lan], ""),
            (["Amortering av skuld"] + [fmt(v) for v in amo], ""),
            (["Årets kassaflöde"] + [fmt(v) for v in kf], "B")]
    d.table("Tabell 3. Kassaflödesbudget", hdr, rows, w)
    # Driftbudget landscape
    d.add_page(orientation="L")
    d.h1("Driftbudget per nämnd")
    d.p("Tabellen visar nämndernas ramar (nettokostnad) för 2025 jämfört med budget 2024. Kolumnen längst till höger "
        "anger ramen i kronor per invånare, beräknat på 6 380 invånare den 1 november 2024.")
    hdr = [["", "Budget", "Budget", "Förändring", "Förändring", "Kr per"],
           ["Nämnd (mnkr)", "2024", "2025", "mnkr", "%", "invånare 2025"]]
    w = [95, 30, 30, 32, 30, 40]
    rows = []
    s24 = s25 = 0
    for n, a, b in DRIFT:
        s24 += a; s25 += b
        rows.append(([n, fmt(a), fmt(b), fmt(b - a), fmt((b - a) / a * 100), fmt(b * 1e6 / INV_NOV24, 0)], ""))
    s24, s25 = r1(s24), r1(s25)
    rows.append((["Summa nämnder", fmt(s24), fmt(s25), fmt(s25 - s24), fmt((s25 - s24) / s24 * 100),
                  fmt(s25 * 1e6 / INV_NOV24, 0)], "B"))
    f24, f25 = FINANS
    rows.append((["Finansförvaltning 1)", fmt(f24), fmt(f25), fmt(f25 - f24), fmt((f25 - f24) / f24 * 100),
                  fmt(f25 * 1e6 / INV_NOV24, 0)], ""))
    t24, t25 = r1(s24 + f24), r1(s25 + f25)
    rows.append((["Verksamhetens nettokostnad", fmt(t24), fmt(t25), fmt(t25 - t24), fmt((t25 - t24) / t24 * 100),
                  fmt(t25 * 1e6 / INV_NOV24, 0)], "B"))
    d.table("Tabell 4. Driftbudget per nämnd 2025", hdr, rows, w, size=9)
    d.note("1) Finansförvaltningen omfattar pensionskostnader som inte fördelas till nämnderna, kapitalkostnader "
           "samt en central buffert på 3,0 mnkr för oförutsedda kostnader.")
    assert abs(t25 + NETTO[2]) < 0.05, (t25, NETTO[2])
    # Investeringsbudget
    d.add_page(orientation="P")
    d.h1("Investeringsbudget")
    d.p("Investeringsbudgeten för 2025 omfattar totalt " + fmt(INV_TOT[0] / 1000) + " miljoner kronor. Den största "
        "enskilda investeringen är den nya förskolan i Bräcke tätort med en total utgift på 30,5 miljoner kronor "
        "fördelat på 2025 och 2026. Investeringar i vatten och avlopp finansieras via VA-taxan.")
    d.p("Projekt som inte påbörjas under året ombudgeteras endast efter särskilt beslut i kommunstyrelsen. "
        "Investeringar under 50 000 kronor (ett halvt prisbasbelopp) redovisas som driftkostnad.")
    d.p("Kommunen har under hösten genomfört en inventering av de kommunala fastigheterna. Underhållsskulden "
        "bedöms till cirka 85 miljoner kronor, och en långsiktig underhållsplan ska tas fram under 2025. Taket på "
        "Gällö skola har akuta läckage och åtgärdas därför redan under 2025.")
    d.p("Inom vatten och avlopp fortsätter arbetet med att byta ut ledningsnätet i Gällö. Reningsverket i Kälarne "
        "behöver byggas om för att klara nya utsläppskrav; projektering sker 2025 och byggnation 2026–2027.")
    hdr = [["Belopp i tkr", "Budget", "Plan", "Plan"], ["Projekt", "2025", "2026", "2027"]]
    w = [100, 23, 23, 23]
    rows = []
    for sec, ps in INV:
        rows.append(([sec], "S"))
        for p in ps:
            rows.append(([p[0]] + [fmt(v, 0) for v in p[1:]], ""))
        rows.append((["Summa " + sec[0].lower() + sec[1:]] + [fmt(sum(p[i] for p in ps), 0) for i in (1, 2, 3)], "B"))
    rows.append((["Totalt investeringar"] + [fmt(v, 0) for v in INV_TOT], "B"))
    brk = next(i for i, r in enumerate(rows) if r[0][0] == "Vatten och avlopp (KS)")
    d.table("Tabell 5. Investeringsbudget 2025–2027", hdr, rows, w, break_before=brk)
    d.note("Beloppen avser nettoinvesteringar. Reningsverket i Kälarne delfinansieras med statligt bidrag på "
           "2,5 mnkr som inte ingår i tabellen.")
    # Nämndernas uppdrag
    d.add_page()
    d.h1("Nämndernas uppdrag")
    d.h2("Kommunstyrelsen")
    d.p("Kommunstyrelsen leder och samordnar kommunens verksamhet och ansvarar för ekonomi, personal, näringsliv, "
        "fastigheter, gator och vägar samt vatten och avlopp. Kommunstyrelsens ram för 2025 är 101,6 mnkr. "
        "Under 2025 ska en ny näringslivsstrategi tas fram och arbetet med bredband på landsbygden fortsätta.")
    d.h2("Barn- och utbildningsnämnden")
    d.p("Nämnden ansvarar för förskola, grundskola, gymnasieskola (köpt utbildning), vuxenutbildning och "
        "kulturskola. Antalet barn i förskolan beräknas till 295 och antalet elever i grundskolan till 640. "
        "Nämnden ska under 2025 utreda en framtida skolorganisation för Kälarne och Bräcke.")
    d.h2("Socialnämnden")
    d.p("Socialnämnden ansvarar för äldreomsorg, stöd till personer med funktionsnedsättning, individ- och "
        "familjeomsorg samt hälso- och sjukvård. Kostnaderna för placeringar av barn och unga har ökat kraftigt, "
        "och nämnden ska utveckla hemmaplanslösningar. Antalet platser i särskilt boende är 96.")
    d.h2("Miljö- och byggnämnden")
    d.p("Nämnden ansvarar för bygglov, miljö- och hälsoskydd, livsmedelskontroll och alkoholtillstånd. Nämnden "
        "ska korta handläggningstiden för bygglov till högst fyra veckor.")
    d.add_page()
    d.h1("Ordlista")
    d.bullets(["Balansbudget: visar tillgångar, skulder och eget kapital vid årets slut.",
               "Kassaflödesbudget: visar hur pengar flödar in och ut ur kommunen.",
               "Nettokostnad: kostnader minus intäkter.",
               "Soliditet: eget kapital i förhållande till totala tillgångar.",
               "Skattesats: den andel av den beskattningsbara inkomsten som betalas i kommunalskatt, "
               "uttryckt i kronor per hundralapp.",
               "Prisbasbelopp: ett belopp som fastställs av regeringen och som används bland annat vid beräkning "
               "av investeringsgränser."])
    d.output(out)
    return dict(anl=anl, ek=ek, tot=tot)


def write_ar(out):
    d = Doc("Bräcke kommun – Årsredovisning 2023", "Årsredovisning 2023")
    d.title_page(ORG, "Årsredovisning 2023", "Bräcke kommun", ["Godkänd av kommunfullmäktige 2024-04-22, § 41"])
    d.add_page()
    d.h1("Kommunstyrelsens ordförande har ordet")
    d.p("2023 blev ett år med hög inflation och stigande räntor. Kommunen redovisar ändå ett positivt resultat på "
        "8,5 miljoner kronor, vilket är 2,5 miljoner kronor bättre än budget. Resultatet förklaras främst av högre "
        "skatteintäkter och generella statsbidrag än beräknat.")
    d.p("Socialnämnden redovisar ett underskott på -14,3 miljoner kronor, främst inom hemtjänsten och placeringar "
        "av barn och unga. Kostnaderna för externa placeringar blev 6,1 miljoner kronor högre än budgeterat.")
    d.p("Anna-Karin Sjödin (S), kommunstyrelsens ordförande")
    d.h1("Fem år i sammandrag")
    hdr = [["", "2019", "2020", "2021", "2022", "2023"]]
    w = [70, 20, 20, 20, 20, 20]
    rows = [(["Antal invånare 31 december", "6 512", "6 468", "6 431", "6 402", "6 391"], ""),
            (["Kommunal skattesats, kr", "22,59", "22,59", "22,59", "22,84", "22,84"], ""),
            (["Årets resultat, mnkr", "12,8", "24,3", "31,6", "5,2", "8,5"], ""),
            (["Nettoinvesteringar, mnkr", "38,1", "29,4", "41,7", "52,3", "48,9"], ""),
            (["Soliditet, %", "35,2", "36,8", "38,4", "37,9", "37,9"], ""),
            (["Soliditet inkl. pensionsåtaganden, %", "8,4", "11,2", "14,9", "15,6", "16,3"], ""),
            (["Låneskuld, mnkr", "182,0", "176,0", "190,0", "205,0", "211,3"], "")]
    d.table("Tabell 1. Fem år i sammandrag", hdr, rows, w)
    d.add_page()
    d.h1("Resultaträkning")
    hdr = [["Belopp i mnkr", "Not", "Utfall", "Budget", "Avvikelse", "Utfall"],
           ["", "", "2023", "2023", "", "2022"]]
    w = [62, 10, 24, 24, 24, 24]
    data = [("Verksamhetens intäkter", "1", 128.4, 121.0, 119.6),
            ("Verksamhetens kostnader", "2", -742.6, -725.9, -700.9),
            ("Avskrivningar", "3", -24.1, -24.5, -22.8),
            ("Verksamhetens nettokostnader", "", None, None, None),
            ("Skatteintäkter", "4", 396.8, 392.6, 374.1),
            ("Generella statsbidrag och utjämning", "5", 254.7, 249.4, 239.7),
            ("Verksamhetens resultat", "", None, None, None),
            ("Finansiella intäkter", "", 2.1, 1.5, 1.3),
            ("Finansiella kostnader", "6", -6.8, -8.1, -5.8),
            ("Årets resultat", "", None, None, None)]
    acc = [0.0, 0.0, 0.0]
    rows = []
    for lab, note, a, b, c in data:
        if a is None:
            vals = [r1(x) for x in acc]
            rows.append(([lab, note, fmt(vals[0]), fmt(vals[1]), fmt(vals[0] - vals[1]), fmt(vals[2])], "B"))
        else:
            acc = [acc[0] + a, acc[1] + b, acc[2] + c]
            rows.append(([lab, note, fmt(a), fmt(b), fmt(a - b), fmt(c)], ""))
    assert abs(acc[0] - 8.5) < 0.05 and abs(acc[1] - 6.0) < 0.05 and abs(acc[2] - 5.2) < 0.05, acc
    d.table("Tabell 2. Resultaträkning 2023", hdr, rows, w)
    d.p("Pensionsskulden, inklusive ansvarsförbindelsen för pensioner intjänade före 1998, uppgick vid årets slut "
        "till 212,6 miljoner kronor. Sjukfrånvaron bland kommunens anställda var 7,9 procent, en minskning från "
        "8,6 procent året innan.")
    d.h1("Driftredovisning per nämnd")
    hdr = [["Belopp i tkr", "Budget 2023", "Utfall 2023", "Avvikelse"]]
    w = [85, 28, 28, 28]
    nd = [("Kommunfullmäktige och revision", 3050, 2912), ("Kommunstyrelsen", 95800, 94150),
          ("Barn- och utbildningsnämnden", 208400, 210950), ("Socialnämnden", 301600, 315900),
          ("Miljö- och byggnämnden", 6700, 6410)]
    rows = [([n, fmt(b, 0), fmt(u, 0), fmt(b - u, 0)], "") for n, b, u in nd]
    sb, su = sum(x[1] for x in nd), sum(x[2] for x in nd)
    rows.append((["Summa nämnder", fmt(sb, 0), fmt(su, 0), fmt(sb - su, 0)], "B"))
    d.table("Tabell 3. Nämndernas nettokostnader 2023", hdr, rows, w)
    d.note("Positiv avvikelse innebär att nämnden har förbrukat mindre än budget.")
    d.add_page()
    d.h1("Investeringar 2023")
    d.p("Nettoinvesteringarna uppgick till 48,9 miljoner kronor, att jämföra med en budget på 63,2 miljoner kronor. "
        "Flera projekt har försenats, bland annat ombyggnaden av Kälarne skola och VA-ledningarna i Gällö.")
    d.h1("Medarbetare")
    d.p("Den 31 december 2023 hade kommunen 812 tillsvidareanställda medarbetare. Andelen heltidsanställda "
        "ökade till 81 procent. Medelåldern var 47 år.")
    d.h1("Förväntad utveckling")
    d.p("Inför 2024 räknar kommunen med fortsatt stigande pensionskostnader och ett ökat behov inom äldreomsorgen. "
        "Budgeten för 2024 förutsätter ett resultat på 9,8 miljoner kronor.")
    d.output(out)


def write_html(out):
    tbl = [("Förskola och grundskola", 27.10), ("Äldreomsorg", 24.60), ("Stöd till personer med funktionsnedsättning (LSS)", 9.80),
           ("Politisk verksamhet och administration", 8.70), ("Individ- och familjeomsorg", 8.30),
           ("Gymnasieskola", 7.40), ("Övrigt", 4.50), ("Gator, vägar och parker", 4.10),
           ("Kultur och fritid", 3.20), ("Räddningstjänst", 2.30)]
    assert abs(sum(v for _, v in tbl) - 100) < 0.001
    rows = "\n".join(f"      <tr><td>{n}</td><td>{fmt(v, 2)}</td></tr>" for n, v in tbl)
    body = f"""<article>
  <h1>Så används din skatt</h1>
  <p class="ingress">Varje gång du tjänar 100 kronor betalar du 22,84 kronor i skatt till Bräcke kommun. Här kan du se hur pengarna används.</p>
  <p>Utöver kommunalskatten betalar du 11,35 kronor till Region Jämtland Härjedalen. Den totala skattesatsen i Bräcke är därmed 34,19 kronor. Skattesatsen är oförändrad 2025.</p>
  <p>En person som tjänar 30 000 kronor i månaden betalar ungefär 6 100 kronor i kommunalskatt per månad.</p>
  <h2>Så fördelas 100 kronor i kommunalskatt 2025</h2>
  <table>
    <thead><tr><th>Verksamhet</th><th>Kronor av 100 kr</th></tr></thead>
    <tbody>
{rows}
    </tbody>
  </table>
  <p>Fördelningen bygger på Mål och budget 2025. Kommunens totala budget för verksamheten är cirka 676 miljoner kronor netto.</p>
  <h2>Vill du veta mer?</h2>
  <p>Läs hela budgetdokumentet under <a href="/kommun-och-politik/ekonomi">Ekonomi</a> eller kontakta ekonomichef Jonas Hedlund.</p>
  <p class="meta">Publicerad: 2025-01-20 | Senast uppdaterad: 2025-01-22</p>
</article>"""
    html = HTML_TMPL.format(title="Så används din skatt", org=ORG,
                            crumbs='<a href="/">Startsida</a> / <a href="/kommun-och-politik">Kommun och politik</a> / <a href="/kommun-och-politik/ekonomi">Ekonomi</a> / Så används din skatt',
                            body=body, address="Box 190, 843 21 Bräcke", phone="0693-161 00",
                            email="kommun@bracke.se")
    with open(out, "w", encoding="utf-8") as f:
        f.write(html)


def write_docx(out):
    doc = docx.Document()
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "Kommunstyrelsens förvaltning"; cp.title = "Protokoll kommunstyrelsen 2024-11-12"
    cp.last_modified_by = "Kommunsekreterare"; cp.revision = 1
    doc.add_heading("PROTOKOLL", 0)
    doc.add_paragraph("Kommunstyrelsen, Bräcke kommun")
    doc.add_paragraph("Sammanträdesdatum: 2024-11-12")
    doc.add_paragraph("Plats och tid: Kommunhuset, Bräcke, kl. 09.00–15.10")
    doc.add_paragraph("Beslutande: Anna-Karin Sjödin (S), ordförande, Erik Modin (C), Per Östlund (M), Lena Hägg (SD), "
                      "Maria Bergqvist (S), Håkan Ljung (S), Sofia Nyström (V), Lars Edin (C), Kent Åberg (M), "
                      "Birgitta Lund (S), Ove Sundin (KD), Ingrid Falk (S), Tomas Ek (SD)")
    doc.add_paragraph("Sekreterare: Karin Wallin")
    doc.add_paragraph("Justerare: Erik Modin (C)")
    doc.add_heading("§ 180 Godkännande av dagordning", 2)
    doc.add_paragraph("Dagordningen godkänns.")
    doc.add_heading("§ 181 Mål och budget 2025 med plan för 2026–2027", 2)
    doc.add_paragraph("Dnr KS 2024/318")
    doc.add_paragraph("Ärendebeskrivning: Ekonomiavdelningen har tagit fram förslag till Mål och budget 2025 med plan "
                      "för 2026–2027. Förslaget innebär ett resultat på 15,5 miljoner kronor 2025 och en oförändrad "
                      "skattesats på 22,84 kronor. Investeringsbudgeten för 2025 uppgår till 45,6 miljoner kronor.")
    doc.add_paragraph("Yrkanden: Ordföranden yrkar bifall till förvaltningens förslag. Per Östlund (M) yrkar att "
                      "skattesatsen sänks med 10 öre till 22,74 kronor och att investeringen i ny förskola skjuts upp ett år.")
    doc.add_paragraph("Omröstning: Ordföranden ställer förslagen mot varandra och finner att kommunstyrelsen bifaller "
                      "ordförandens förslag. Votering begärs. Med 9 röster mot 4 bifaller kommunstyrelsen ordförandens förslag.")
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att anta Mål och budget 2025 med plan för "
                      "2026–2027 och att fastställa skattesatsen till 22,84 kronor.")
    doc.add_paragraph("Reservation: Per Östlund (M), Kent Åberg (M), Lena Hägg (SD) och Tomas Ek (SD) reserverar sig "
                      "mot beslutet till förmån för Per Östlunds yrkande.")
    doc.add_heading("§ 182 Försäljning av fastigheten Bräcke 3:45", 2)
    doc.add_paragraph("Beslut: Kommunstyrelsen beslutar att sälja fastigheten Bräcke 3:45 (f.d. Prästgårdsskolan) "
                      "till Bräcke Bygg & Fastighet AB för 1 250 000 kronor.")
    doc.add_heading("§ 183 Tilläggsanslag för vinterväghållning", 2)
    doc.add_paragraph("Beslut: Kommunstyrelsen beviljar ett tilläggsanslag på 800 000 kronor för vinterväghållning "
                      "under 2024, att finansieras ur kommunstyrelsens oförutsedda medel.")
    doc.add_heading("§ 184 Ombudgetering av investeringsmedel från 2024 till 2025", 2)
    doc.add_paragraph("Ärendebeskrivning: Tre investeringsprojekt har försenats. Förvaltningen föreslår att ej "
                      "förbrukade medel ombudgeteras till 2025 enligt tabellen nedan (belopp i tkr).")
    data = [("Ny förskola Bräcke tätort", 6000, 2350), ("VA-ledningar Gällö", 4500, 3900),
            ("Gång- och cykelväg Kälarne", 2800, 400)]
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Projekt", "Budget 2024", "Utfall 31 okt 2024", "Ombudgeteras till 2025"]):
        c.text = txt
    for n, b, u in data:
        r = t.add_row().cells
        for c, txt in zip(r, [n, fmt(b, 0), fmt(u, 0), fmt(b - u, 0)]):
            c.text = txt
    r = t.add_row().cells
    sb, su = sum(x[1] for x in data), sum(x[2] for x in data)
    for c, txt in zip(r, ["Summa", fmt(sb, 0), fmt(su, 0), fmt(sb - su, 0)]):
        c.text = txt
    doc.add_paragraph("Beslut: Kommunstyrelsen beslutar att ombudgetera investeringsmedel enligt förvaltningens förslag.")
    doc.add_heading("§ 185 Delegationsbeslut", 2)
    doc.add_paragraph("Redovisning av delegationsbeslut för perioden 2024-10-01–2024-10-31 läggs till handlingarna.")
    doc.add_paragraph("Vid protokollet: Karin Wallin, sekreterare")
    doc.add_paragraph("Justeras: Anna-Karin Sjödin, ordförande    Erik Modin, justerare")
    doc.save(out)
    fix_zip(out)


def write_xlsx(out):
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = "Befolkning"
    ws["A1"] = "Befolkning i Bräcke kommun 2019–2024"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Antal personer per 31 december. Källa: SCB"
    hdr = ["År", "Totalt", "0–5 år", "6–15 år", "16–64 år", "65–79 år", "80 år och äldre", "Födda", "Döda",
           "Inflyttade", "Utflyttade"]
    ws.append([]); ws.append(hdr)
    for c in ws[4]:
        c.font = Font(bold=True)
    tot = [6512, 6468, 6431, 6402, 6391, 6377]
    a05 = [301, 298, 290, 284, 279, 275]
    a615 = [655, 651, 648, 642, 637, 631]
    a6579 = [1402, 1411, 1418, 1420, 1431, 1436]
    a80 = [498, 503, 512, 526, 541, 557]
    fod = [48, 52, 45, 41, 47, 44]; dod = [98, 104, 95, 101, 92, 96]
    inf = [305, 312, 298, 335, 341, 322]; utf = [318, 304, 285, 304, 307, 284]
    for i, y in enumerate(range(2019, 2025)):
        a1664 = tot[i] - a05[i] - a615[i] - a6579[i] - a80[i]
        ws.append([y, tot[i], a05[i], a615[i], a1664, a6579[i], a80[i], fod[i], dod[i], inf[i], utf[i]])
        if i:
            assert tot[i] - tot[i - 1] == fod[i] - dod[i] + inf[i] - utf[i]
    ws.column_dimensions["A"].width = 8
    ws2 = wb.create_sheet("Nettokostnad per verksamhet")
    ws2["A1"] = "Nettokostnad per verksamhet, Bräcke kommun"; ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Belopp i tkr"
    ws2.append([])
    ws2.append(["Verksamhet", "Bokslut 2022", "Bokslut 2023", "Budget 2024", "Förändring 2023–2024, %"])
    for c in ws2[4]:
        c.font = Font(bold=True)
    rows = [("Förskola", 38400, 40150, 41200), ("Grundskola inkl. förskoleklass", 92300, 95800, 98100),
            ("Gymnasieskola", 44100, 45600, 43300), ("Äldreomsorg", 158200, 167900, 172400),
            ("Funktionsnedsättning (LSS)", 61800, 64300, 66100), ("Individ- och familjeomsorg", 52400, 61200, 58900),
            ("Kultur och fritid", 18900, 19400, 19800), ("Gator, vägar och parker", 24100, 25300, 26000)]
    for n, a, b, c in rows:
        ws2.append([n, a, b, c, round((c - b) / b * 100, 1)])
    last = ws2.max_row
    ws2.append(["Summa", f"=SUM(B5:B{last})", f"=SUM(C5:C{last})", f"=SUM(D5:D{last})", None])
    sums = [sum(r[i] for r in rows) for i in (1, 2, 3)]
    # store the computed value too (cached) by writing numbers instead of formulas for readers without Excel
    for col, v in zip("BCD", sums):
        ws2[f"{col}{last + 1}"] = v
    ws2[f"E{last + 1}"] = round((sums[2] - sums[1]) / sums[1] * 100, 1)
    for r in range(5, last + 2):
        ws2[f"E{r}"].number_format = "0.0"
        for col in "BCD":
            ws2[f"{col}{r}"].number_format = "# ##0"
    ws2.column_dimensions["A"].width = 34
    wb.properties.creator = "Ekonomiavdelningen"
    wb.save(out)
    fix_zip(out)


PRESS = """# Bräcke kommun budgeterar överskott på 15,5 miljoner – satsar på äldreomsorgen

*Pressmeddelande, Bräcke kommun, 2024-11-26*

Kommunfullmäktige i Bräcke antog i går, den 25 november, Mål och budget 2025 med plan för 2026–2027. Budgeten visar ett överskott på 15,5 miljoner kronor och skattesatsen lämnas oförändrad på 22,84 kronor.

– Vi prioriterar de äldre och barnen. Äldreomsorgen får 4,7 miljoner kronor extra, samtidigt som vi håller ordning på ekonomin, säger kommunstyrelsens ordförande Anna-Karin Sjödin (S).

## Det här innehåller budgeten

- Socialnämnden får en ram på 325,9 miljoner kronor, en ökning med 7,7 miljoner kronor.
- 450 000 kronor avsätts för feriepraktik så att fler ungdomar kan få sommarjobb.
- Investeringar för totalt 45,6 miljoner kronor under 2025, varav 18,5 miljoner till den nya förskolan i Bräcke tätort.
- Besparingar på sammanlagt 6,2 miljoner kronor fördelat på nämnderna.

Moderaterna och Sverigedemokraterna röstade emot budgeten och ville sänka skatten med 10 öre.

Budgeten antogs med 21 röster mot 10.

**Kontakt:**
Anna-Karin Sjödin (S), kommunstyrelsens ordförande, 0693-161 05
Jonas Hedlund, ekonomichef, 0693-161 40
"""


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    write_budget(os.path.join(outdir, "bracke-mal-och-budget-2025-2027.pdf"))
    write_ar(os.path.join(outdir, "bracke-arsredovisning-2023.pdf"))
    write_html(os.path.join(outdir, "bracke-sa-anvands-din-skatt.html"))
    write_docx(os.path.join(outdir, "bracke-protokoll-ks-2024-11-12.docx"))
    write_xlsx(os.path.join(outdir, "bracke-befolkning-och-nettokostnader.xlsx"))
    with open(os.path.join(outdir, "bracke-pressmeddelande-budget-2025.md"), "w", encoding="utf-8") as f:
        f.write(PRESS)
