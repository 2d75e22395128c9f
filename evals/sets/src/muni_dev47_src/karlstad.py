"""Karlstads kommun: invented but internally consistent documents."""
import os
import docx
from docx.shared import Pt
import openpyxl
from common import Doc, fmt, normalize_zip, fix_docx_props, fix_xlsx_props

INV_2025 = 96500  # planeringsantagande invånare 2025
SKATT = "22,15"

NAMNDER = [  # Budget 2024, Budget 2025, Plan 2026, Plan 2027 (mnkr)
    ("Kommunstyrelsen", 412.6, 428.3, 436.0, 441.2),
    ("Barn- och ungdomsnämnden", 1812.4, 1868.9, 1901.5, 1934.0),
    ("Gymnasienämnden", 498.7, 512.3, 524.0, 533.8),
    ("Vård- och omsorgsnämnden", 1624.5, 1702.8, 1751.2, 1798.6),
    ("Arbetsmarknads- och socialnämnden", 688.2, 705.4, 712.9, 720.3),
    ("Kultur- och fritidsnämnden", 296.3, 301.7, 305.2, 309.9),
    ("Teknik- och fastighetsnämnden", 248.9, 255.6, 262.4, 268.1),
    ("Miljönämnden", 38.4, 39.9, 40.8, 41.6),
    ("Stadsbyggnadsnämnden", 52.1, 54.3, 55.0, 56.2),
    ("Överförmyndarnämnden", 14.2, 14.8, 15.1, 15.4),
    ("Valnämnden", 4.6, 1.2, 8.6, 1.3),
]
# Utfall 2024 per nämnd (årsredovisningen)
UTFALL_2024 = {
    "Kommunstyrelsen": 405.1, "Barn- och ungdomsnämnden": 1821.7, "Gymnasienämnden": 494.2,
    "Vård- och omsorgsnämnden": 1656.3, "Arbetsmarknads- och socialnämnden": 699.5,
    "Kultur- och fritidsnämnden": 293.8, "Teknik- och fastighetsnämnden": 251.4, "Miljönämnden": 37.6,
    "Stadsbyggnadsnämnden": 49.8, "Överförmyndarnämnden": 15.1, "Valnämnden": 4.3,
}

# Resultatbudget: Bokslut 2023, Prognos 2024, Budget 2025, Plan 2026, Plan 2027
RB = {
    "int": [1412.3, 1455.0, 1498.2, 1530.0, 1561.4],
    "kost": [-7185.6, -7512.4, -7806.1, -8021.7, -8244.9],
    "avskr": [-298.4, -318.2, -342.5, -361.0, -378.6],
    "skatt": [5102.8, 5298.6, 5539.4, 5742.1, 5951.8],
    "bidrag": [1098.5, 1187.3, 1262.7, 1288.0, 1312.5],
    "finint": [62.4, 58.1, 55.0, 55.0, 55.0],
    "finkost": [-71.9, -88.6, -96.3, -104.8, -112.0],
}
def r1(x):
    return round(x + 0.0, 1)
RB["vnk"] = [r1(RB["int"][i] + RB["kost"][i] + RB["avskr"][i]) for i in range(5)]
RB["vres"] = [r1(RB["vnk"][i] + RB["skatt"][i] + RB["bidrag"][i]) for i in range(5)]
RB["res"] = [r1(RB["vres"][i] + RB["finint"][i] + RB["finkost"][i]) for i in range(5)]

INVEST = [  # (nämnd, [(projekt, total, 2025, 2026, 2027)])
    ("Barn- och ungdomsnämnden", [
        ("Ny förskola Våxnäs, 8 avdelningar", 68.0, 24.5, 38.0, 5.5),
        ("Ombyggnad Herrhagsskolan", 112.0, 15.0, 52.0, 45.0),
        ("Skolgårdsupprustning", 18.0, 6.0, 6.0, 6.0),
        ("Inventarier förskola och skola", 10.5, 3.5, 3.5, 3.5)]),
    ("Gymnasienämnden", [
        ("Tingvallagymnasiet, ny verkstadshall", 46.5, 30.0, 16.5, 0.0),
        ("Inventarier gymnasieskolor", 9.0, 3.0, 3.0, 3.0)]),
    ("Vård- och omsorgsnämnden", [
        ("Vård- och omsorgsboende Kronoparken, 120 platser", 285.0, 40.0, 120.0, 110.0),
        ("Välfärdsteknik", 12.0, 4.0, 4.0, 4.0),
        ("Inventarier särskilda boenden", 6.0, 2.0, 2.0, 2.0)]),
    ("Kultur- och fritidsnämnden", [
        ("Ny ishall Tingvalla", 165.0, 55.0, 85.0, 25.0),
        ("Spontanidrottsplatser", 7.5, 2.5, 2.5, 2.5),
        ("Upprustning Sandgrundsparken", 14.0, 3.0, 6.0, 5.0)]),
    ("Teknik- och fastighetsnämnden", [
        ("Gång- och cykelvägar", 75.0, 25.0, 25.0, 25.0),
        ("Gång- och cykelbro över Klarälven", 148.0, 12.0, 60.0, 76.0),
        ("Reinvestering gator och belysning", 90.0, 30.0, 30.0, 30.0),
        ("Energieffektivisering kommunala fastigheter", 36.0, 12.0, 12.0, 12.0),
        ("Laddinfrastruktur kommunens fordon", 9.0, 3.0, 3.0, 3.0),
        ("Klimatanpassning och dagvatten", 42.0, 10.0, 14.0, 18.0)]),
    ("Kommunstyrelsen", [
        ("IT-investeringar", 24.0, 8.0, 8.0, 8.0),
        ("Exploatering Skåre norra", 54.0, 18.0, 22.0, 14.0),
        ("Inventarier och reserv", 15.0, 5.0, 5.0, 5.0)]),
]


def inv_sums():
    per = {}
    tot = [0.0, 0.0, 0.0, 0.0]
    for n, projs in INVEST:
        s = [r1(sum(p[i] for p in projs)) for i in range(1, 5)]
        per[n] = s
        tot = [r1(tot[i] + s[i]) for i in range(4)]
    return per, tot


def budget_pdf(path):
    nsum = [r1(sum(n[i] for n in NAMNDER)) for i in range(1, 5)]
    per, itot = inv_sums()
    p = Doc("Karlstads kommun – Mål och budget 2025 med plan för 2026–2027")
    p.add_page()
    p.set_font("DV", "B", 24)
    p.ln(40)
    p.multi_cell(0, 12, "Mål och budget 2025\nmed plan för 2026–2027")
    p.ln(6)
    p.set_font("DV", "", 13)
    p.multi_cell(0, 7, "Karlstads kommun\nAntagen av kommunfullmäktige 2024-11-21, § 142")
    p.ln(60)
    p.set_font("DV", "I", 9)
    p.multi_cell(0, 5, "Diarienummer KS-2024-0457. Dokumentansvarig: ekonomichef Jonas Fredriksson, kommunledningsförvaltningen.")

    p.add_page()
    p.h1("Innehåll")
    p.para("1. Förord\n2. Förutsättningar och omvärld\n3. Kommunfullmäktiges mål\n4. Effektiviseringar och prioriteringar\n5. Resultatbudget\n6. Balansbudget\n7. Driftbudget per nämnd\n8. Investeringar\n9. Finansiella mål")
    p.h1("1. Förord")
    p.para("Karlstad fortsätter att växa. Under 2024 passerade vi 96 000 invånare och till 2030 räknar vi med att "
           "vara över 100 000. Det är glädjande, men det ställer också krav på oss. Fler barn ska få plats i förskola "
           "och skola, fler äldre behöver omsorg och staden ska hålla ihop när den växer.")
    p.para("Budgeten för 2025 är stram. Kostnaderna för pensioner och räntor ökar samtidigt som skatteintäkterna "
           "växer långsammare än tidigare år. Vi väljer därför att behålla skattesatsen oförändrad på "
           f"{SKATT} kronor per skattekrona och i stället effektivisera verksamheterna med sammanlagt 1 procent. "
           "Det motsvarar 58,9 miljoner kronor som nämnderna ska hitta genom smartare arbetssätt, digitalisering och "
           "minskade lokalkostnader.")
    p.para("Samtidigt prioriterar vi det viktigaste: barn och unga, äldreomsorgen och tryggheten. "
           "Vård- och omsorgsnämnden får ett tillskott på 46,0 miljoner kronor för att möta fler äldre över 80 år, "
           "och 4,7 miljoner kronor avsätts till fler fältassistenter och trygghetsvandringar i stadsdelarna.")
    p.para("Det budgeterade resultatet för 2025 uppgår till "
           f"{fmt(RB['res'][2])} miljoner kronor. Det är lägre än vårt mål på 2 procent av skatter och "
           "generella statsbidrag, men vi bedömer att vi når målet under planperioden.")
    p.para("Anna Lindgren Berg (M)\nKommunstyrelsens ordförande", style="I")

    p.h1("2. Förutsättningar och omvärld")
    p.para("Sveriges Kommuner och Regioner (SKR) bedömer att skatteunderlaget växer med 4,1 procent 2025 och 3,8 procent "
           "2026. Inflationen har sjunkit, men den höga kostnadsnivån från 2022–2023 ligger kvar i verksamheterna. "
           "Kommunens pensionskostnader ökar med 38 miljoner kronor mellan 2024 och 2025, främst till följd av de "
           "höga prisbasbeloppen.")
    p.para(f"Budgeten bygger på ett planeringsantagande om {INV_2025:,} invånare 2025".replace(",", " ") +
           ", 97 300 invånare 2026 och 98 100 invånare 2027. Befolkningsökningen sker främst i åldersgrupperna "
           "över 80 år och i förskoleåldern i de nya bostadsområdena i Skåre och på Sandgrund.")
    p.para("Räntekostnaderna beräknas med en genomsnittlig låneränta på 3,2 procent 2025. Kommunens låneskuld "
           "väntas öka när investeringsnivån är hög, och den externa upplåningen beräknas uppgå till 3 650 miljoner "
           "kronor vid utgången av 2025.")

    p.h1("3. Kommunfullmäktiges mål")
    p.para("Kommunfullmäktige har fastställt fyra inriktningsmål för mandatperioden 2023–2026:")
    p.bullets([
        "Karlstad är en trygg och hållbar stad att leva och bo i.",
        "Alla barn och unga ges förutsättningar att lyckas i skolan.",
        "Karlstad har ett starkt näringsliv och fler i arbete.",
        "Kommunens verksamheter är effektiva och ekonomin är långsiktigt hållbar.",
    ])
    p.para("Till varje mål hör indikatorer. Andelen elever i årskurs 9 som är behöriga till gymnasiet ska öka från "
           "84,2 procent 2023 till minst 88 procent 2026. Andelen invånare som känner sig trygga när de går ut "
           "ensamma på kvällen ska öka till 75 procent. Antalet personer i kommunala arbetsmarknadsinsatser som går "
           "vidare till arbete eller studier ska vara minst 450 per år.")

    p.h1("4. Effektiviseringar och prioriteringar")
    p.para("Samtliga nämnder har fått ett generellt effektiviseringskrav på 1 procent av nettokostnaden, sammanlagt "
           "58,9 miljoner kronor. Därutöver genomförs riktade besparingar:")
    p.bullets([
        "Lokalöversyn inom barn- och ungdomsnämnden: två förskolor i paviljonger avvecklas, vilket ger 6,2 miljoner kronor lägre hyreskostnader.",
        "Samordnad upphandling av livsmedel ger en besparing på 3,5 miljoner kronor.",
        "Minskad administration inom kommunledningsförvaltningen motsvarande åtta tjänster, 5,6 miljoner kronor.",
        "Öppettiderna på Kulturhuset Bibliotek anpassas, vilket sparar 700 000 kronor per år.",
    ])
    p.para("Prioriteringarna i budgeten är ökade resurser till äldreomsorgen (46,0 miljoner kronor), satsningar på "
           "tidiga insatser i skolan (12,5 miljoner kronor) och trygghetsskapande åtgärder (4,7 miljoner kronor). "
           "Gymnasienämnden kompenseras med 8,2 miljoner kronor för fler elever.")

    p.add_page()
    p.h1("5. Resultatbudget", newpage=False)
    p.para("Resultatbudgeten visar kommunens intäkter och kostnader. Årets resultat för 2025 budgeteras till "
           f"{fmt(RB['res'][2])} miljoner kronor, vilket motsvarar "
           f"{fmt(RB['res'][2] / (RB['skatt'][2] + RB['bidrag'][2]) * 100)} procent av skatteintäkter och generella statsbidrag.")
    H = [["", "Bokslut", "Prognos", "Budget", "Plan", "Plan"], ["", "2023", "2024", "2025", "2026", "2027"]]
    def row(label, key, style=""):
        return ([label] + [fmt(v) for v in RB[key]], style)
    rows = [row("Verksamhetens intäkter", "int"), row("Verksamhetens kostnader", "kost"),
            row("Avskrivningar", "avskr"), row("Verksamhetens nettokostnader", "vnk", "B"),
            row("Skatteintäkter", "skatt"), row("Generella statsbidrag och utjämning", "bidrag"),
            row("Verksamhetens resultat", "vres", "B"), row("Finansiella intäkter", "finint"),
            row("Finansiella kostnader", "finkost"), row("Årets resultat", "res", "B")]
    p.table("Tabell 1. Resultatbudget", H, rows, [62, 21, 21, 21, 21, 21], unit="Belopp i mnkr")

    p.h1("6. Balansbudget")
    anl = [8412.6, 8874.3, 9302.1, 9786.5, 10212.9]
    oms = [1204.3, 1150.0, 1120.0, 1100.0, 1090.0]
    ek = [4318.2]
    for i in range(1, 5):
        ek.append(r1(ek[-1] + RB["res"][i]))
    avs = [512.7, 540.2, 566.0, 590.5, 612.8]
    lang = [3480.0, 3720.0, 3650.0 + 0.0, 4310.0, 4640.0]
    lang[2] = 3650.0
    stot = [r1(anl[i] + oms[i]) for i in range(5)]
    kort = [r1(stot[i] - ek[i] - avs[i] - lang[i]) for i in range(5)]
    p.para("Soliditeten, det vill säga hur stor del av tillgångarna som finansierats med eget kapital, beräknas "
           f"till {fmt(ek[2] / stot[2] * 100)} procent vid utgången av 2025.")
    rows = [(["TILLGÅNGAR", "", "", "", "", ""], "S"),
            (["Anläggningstillgångar"] + [fmt(v) for v in anl], ""),
            (["Omsättningstillgångar"] + [fmt(v) for v in oms], ""),
            (["Summa tillgångar"] + [fmt(v) for v in stot], "B"),
            (["EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER", "", "", "", "", ""], "S"),
            (["Eget kapital"] + [fmt(v) for v in ek], ""),
            (["  varav årets resultat"] + [fmt(v) for v in RB["res"]], ""),
            (["Avsättningar"] + [fmt(v) for v in avs], ""),
            (["Långfristiga skulder"] + [fmt(v) for v in lang], ""),
            (["Kortfristiga skulder"] + [fmt(v) for v in kort], ""),
            (["Summa eget kapital och skulder"] + [fmt(v) for v in stot], "B")]
    p.table("Tabell 2. Balansbudget", H, rows, [62, 21, 21, 21, 21, 21], unit="Belopp i mnkr, per den 31 december")

    # landscape page: driftbudget
    p.add_page(orientation="L")
    p.h1("7. Driftbudget per nämnd", newpage=False)
    p.para("Tabellen visar nämndernas nettokostnadsramar. Ramarna för 2025 inkluderar kompensation för löne- och "
           "prisökningar med 3,4 procent samt effektiviseringskravet på 1 procent. Kolumnen kr per invånare är "
           f"beräknad på {INV_2025:,} invånare.".replace(",", " "))
    H2 = [["", "Budget", "Budget", "Förändring", "Plan", "Plan", "kr per"],
          ["Nämnd", "2024", "2025", "%", "2026", "2027", "invånare 2025"]]
    rows = []
    for n, b24, b25, p26, p27 in NAMNDER:
        rows.append(([n, fmt(b24), fmt(b25), fmt((b25 - b24) / b24 * 100), fmt(p26), fmt(p27),
                      fmt(b25 * 1e6 / INV_2025, 0)], ""))
    rows.append((["Summa nämnder", fmt(nsum[0]), fmt(nsum[1]), fmt((nsum[1] - nsum[0]) / nsum[0] * 100),
                  fmt(nsum[2]), fmt(nsum[3]), fmt(nsum[1] * 1e6 / INV_2025, 0)], "B"))
    p.table("Tabell 3. Driftbudget per nämnd, nettokostnad", H2, rows, [82, 26, 26, 26, 26, 26, 32],
            unit="Belopp i mnkr där inget annat anges",
            footnotes=["¹ Valnämndens ram varierar med valår: val till Europaparlamentet 2024 och allmänna val 2026.",
                       "² Kommunstyrelsens ram inkluderar kommunledningsförvaltningen, räddningstjänst och kommungemensamma IT-kostnader."])
    p.para("Finansförvaltningen, som bland annat omfattar pensionskostnader, kapitalkostnadsavräkning och "
           "semesterlöneskuld, redovisas inte i tabellen.")


    p.add_page(orientation="P")
    p.h1("Nämndernas uppdrag 2025")
    p.h2("Barn- och ungdomsnämnden")
    p.para("Barn- och ungdomsnämnden ska fortsätta arbetet med tidiga insatser i förskoleklass och lågstadiet. "
           "Antalet barn i förskolan väntas öka med 180 till hösten 2025, främst i Skåre och Våxnäs. Nämnden får "
           "12,5 miljoner kronor för tidiga insatser och ska samtidigt avveckla två paviljongförskolor.")
    p.h2("Vård- och omsorgsnämnden")
    p.para("Antalet invånare över 80 år ökar med cirka 230 personer per år. Nämnden får ett tillskott på 46,0 "
           "miljoner kronor, varav 28,0 miljoner kronor till hemtjänsten och 18,0 miljoner kronor till särskilt "
           "boende. Nämnden ska minska kostnaderna för inhyrd personal till högst 8 miljoner kronor 2025.")
    p.h2("Arbetsmarknads- och socialnämnden")
    p.para("Kostnaderna för ekonomiskt bistånd har minskat under 2024. Nämnden ska fortsätta arbetet med att "
           "fler hushåll ska bli självförsörjande och får behålla 5,0 miljoner kronor av minskningen för "
           "arbetsmarknadsinsatser.")
    p.h2("Kultur- och fritidsnämnden")
    p.para("Nämnden ska planera för driften av den nya ishallen vid Tingvalla, som beräknas öppna hösten 2026. "
           "Driftkostnaden för ishallen beräknas till 9,4 miljoner kronor per år från 2027.")
    p.h2("Teknik- och fastighetsnämnden")
    p.para("Nämnden ansvarar för gator, parker och kommunens lokaler. Lokalytan ska minska med 2 procent till "
           "2027. Nämnden ska genomföra energieffektiviseringar som minskar energianvändningen i kommunens "
           "fastigheter med 5 procent jämfört med 2022.")
    p.h2("Kommunstyrelsen")
    p.para("Kommunstyrelsen ska leda arbetet med effektiviseringar och ta fram en digitaliseringsstrategi för "
           "hela kommunen. I kommunstyrelsens ram ingår räddningstjänsten med 86,2 miljoner kronor.")
    p.h1("Känslighetsanalys")
    p.para("Tabellen visar hur olika förändringar påverkar kommunens resultat under ett år.")
    p.table("Tabell 5. Känslighetsanalys", [["Förändring", "Påverkan, mnkr"]], [
        (["Skatteunderlaget förändras med 1 procent", "55,4"], ""),
        (["Skattesatsen förändras med 10 öre", "25,0"], ""),
        (["Löneökning med 1 procent", "48,7"], ""),
        (["Räntan förändras med 1 procentenhet", "36,5"], ""),
        (["Antalet invånare förändras med 100 personer", "6,8"], ""),
    ], [120, 40])
    p.h1("8. Investeringar")
    p.para(f"Investeringsbudgeten för 2025 omfattar totalt {fmt(itot[1])} miljoner kronor. De största projekten "
           "är den nya ishallen vid Tingvalla och det nya vård- och omsorgsboendet i Kronoparken. Under planperioden "
           f"2025–2027 uppgår investeringarna till sammanlagt {fmt(itot[1] + itot[2] + itot[3])} miljoner kronor. "
           "Investeringarna ska i så hög grad som möjligt finansieras med egna medel. Självfinansieringsgraden "
           "beräknas till 62 procent 2025.")
    H3 = [["", "Total", "Budget", "Plan", "Plan"], ["Projekt", "utgift", "2025", "2026", "2027"]]
    rows = []
    for n, projs in INVEST:
        rows.append(([n, "", "", "", ""], "S"))
        for pr in projs:
            rows.append(([pr[0]] + [fmt(v) for v in pr[1:]], ""))
        rows.append((["Summa " + n[0].lower() + n[1:]] + [fmt(v) for v in per[n]], "B"))
    rows.append((["Totalt investeringar"] + [fmt(v) for v in itot], "B"))
    p.table("Tabell 4. Investeringsbudget 2025–2027", H3, rows, [98, 18, 18, 18, 18], unit="Belopp i mnkr",
            font=8.5, rh=7.4,
            footnotes=["Total utgift avser projektets totala beräknade utgift, inklusive utgifter före 2025.",
                       "Investeringar inom VA-verksamheten redovisas i Karlstads Energi AB:s budget och ingår inte."])

    p.h1("9. Finansiella mål")
    p.para("Kommunfullmäktige har beslutat om tre finansiella mål för god ekonomisk hushållning:")
    p.bullets([
        "Årets resultat ska uppgå till minst 2 procent av skatteintäkter och generella statsbidrag i genomsnitt under en rullande femårsperiod.",
        "Självfinansieringsgraden för investeringar ska vara minst 70 procent under planperioden.",
        "Soliditeten inklusive hela pensionsåtagandet ska inte understiga 25 procent.",
    ])
    p.para("Med budgeten för 2025 bedöms det första målet inte nås för budgetåret, men genomsnittet för perioden "
           "2023–2027 beräknas till 1,8 procent. Målet om självfinansiering nås inte under 2025–2026 till följd av "
           "den höga investeringsnivån.")
    p.output(path)
    return dict(nsum=nsum, itot=itot, ek=ek, stot=stot)


def arsredovisning_pdf(path):
    p = Doc("Karlstads kommun | Årsredovisning 2024")
    p.add_page()
    p.set_font("DV", "B", 26)
    p.ln(50)
    p.multi_cell(0, 12, "Årsredovisning 2024")
    p.set_font("DV", "", 13)
    p.multi_cell(0, 7, "Karlstads kommun\nGodkänd av kommunfullmäktige 2025-04-24")
    p.add_page()
    p.h1("Kommunstyrelsens ordförande har ordet")
    p.para("2024 blev ett år med fortsatt höga kostnader men också med ljuspunkter. Kommunens resultat blev "
           "bättre än vi räknade med i prognosen under hösten, främst tack vare högre skatteintäkter i slutet av "
           "året och lägre räntekostnader än budgeterat.")
    p.para("Årets resultat uppgick till 92,4 miljoner kronor, vilket motsvarar 1,4 procent av skatteintäkter och "
           "generella statsbidrag. Vi når därmed inte vårt mål på 2 procent, men resultatet är 7,4 miljoner kronor "
           "bättre än budget.")
    p.para("Anna Lindgren Berg (M), kommunstyrelsens ordförande", style="I")
    p.h1("Förvaltningsberättelse i sammandrag")
    p.para("Befolkningen ökade med 1 018 personer under året och uppgick den 31 december 2024 till 96 412 invånare. "
           "Ökningen var något lägre än de senaste fem årens genomsnitt.")
    p.para("Antalet tillsvidareanställda uppgick vid årets slut till 7 412 personer, en minskning med 86 jämfört "
           "med föregående år. Den totala sjukfrånvaron minskade från 7,9 procent till 7,4 procent. "
           "Kostnaden för inhyrd personal inom vård och omsorg uppgick till 14,3 miljoner kronor.")
    p.para("Nettoinvesteringarna uppgick till 612,8 miljoner kronor, vilket är 138,2 miljoner kronor lägre än "
           "budget. Förskjutningen beror främst på att byggstarten för ishallen vid Tingvalla senarelades. "
           "Självfinansieringsgraden blev 64 procent.")
    p.h2("Resultaträkning")
    H = [["", "", "Utfall", "Budget", "Utfall", "Avvikelse"], ["", "Not", "2023", "2024", "2024", "mot budget"]]
    rr = [
        ("Verksamhetens intäkter", "1", 1412.3, 1420.0, 1476.9),
        ("Verksamhetens kostnader", "2", -7185.6, -7448.5, -7550.2),
        ("Avskrivningar", "3", -298.4, -322.0, -315.6),
        ("Verksamhetens nettokostnader", "", None, None, None),
        ("Skatteintäkter", "4", 5102.8, 5284.0, 5318.7),
        ("Generella statsbidrag och utjämning", "5", 1098.5, 1187.0, 1190.6),
        ("Verksamhetens resultat", "", None, None, None),
        ("Finansiella intäkter", "6", 62.4, 55.0, 61.3),
        ("Finansiella kostnader", "7", -71.9, -90.5, -89.3),
        ("Årets resultat", "", None, None, None),
    ]
    acc = [0.0, 0.0, 0.0]
    rows = []
    for label, note, *vals in rr:
        if vals[0] is None:
            vals = [r1(a) for a in acc]
            style = "B"
        else:
            acc = [acc[i] + vals[i] for i in range(3)]
            style = ""
        rows.append(([label, note, fmt(vals[0], neg="en"), fmt(vals[1], neg="en"), fmt(vals[2], neg="en"),
                      fmt(vals[2] - vals[1], neg="en")], style))
    assert abs(acc[2] - 92.4) < 0.05 and abs(acc[1] - 85.0) < 0.05, acc
    p.table("Resultaträkning, kommunen", H, rows, [60, 10, 23, 23, 23, 26], unit="Belopp i miljoner kronor (mnkr)")

    p.h2("Nämndernas nettokostnader och budgetavvikelse")
    p.para("Nämnderna redovisar sammantaget ett underskott mot budget. Vård- och omsorgsnämnden har det största "
           "underskottet, vilket förklaras av fler brukare inom hemtjänsten och ökade kostnader för inhyrd personal.")
    H = [["", "Budget", "Utfall", "Avvikelse"], ["Nämnd", "2024", "2024", "2024"]]
    rows = []
    sb = su = 0.0
    for n, b24, *_ in NAMNDER:
        u = UTFALL_2024[n]
        sb += b24
        su += u
        rows.append(([n, fmt(b24), fmt(u), fmt(b24 - u, neg="en")], ""))
    rows.append((["Summa nämnder", fmt(sb), fmt(su), fmt(sb - su, neg="en")], "B"))
    p.table("Nämndernas nettokostnader 2024", H, rows, [80, 28, 28, 28], unit="mnkr",
            footnotes=["Avvikelse = budget minus utfall. Negativt belopp innebär underskott."])

    p.h2("Fem år i sammandrag")
    H = [["", "2020", "2021", "2022", "2023", "2024"]]
    rows = [
        (["Antal invånare 31 dec", "94 118", "94 782", "95 024", "95 394", "96 412"], ""),
        (["Skattesats, kr", "21,95", "21,95", "22,15", "22,15", "22,15"], ""),
        (["Årets resultat, mnkr", "198,6", "254,1", "61,7", "120,1", "92,4"], ""),
        (["Nettoinvesteringar, mnkr", "489,2", "521,7", "577,4", "598,9", "612,8"], ""),
        (["Soliditet, %", "46,8", "47,5", "46,1", "45,8", "45,2"], ""),
        (["Tillsvidareanställda, antal", "7 208", "7 301", "7 455", "7 498", "7 412"], ""),
    ]
    p.table("Fem år i sammandrag", H, rows, [62, 21, 21, 21, 21, 21])
    p.h2("Händelser av väsentlig betydelse")
    p.bullets([
        "I mars 2024 togs det nya kommunhuset i drift efter ombyggnad.",
        "Kommunfullmäktige beslutade i juni 2024 om att bygga en ny ishall vid Tingvalla.",
        "Karlstad tilldelades utmärkelsen Årets cykelkommun i kategorin mellanstora kommuner.",
    ])
    p.h2("Förväntad utveckling")
    p.para("För 2025 budgeteras ett resultat på 110,4 miljoner kronor. Den höga investeringsnivån innebär att "
           "låneskulden ökar, och räntekostnaderna beräknas stiga under planperioden.")
    p.output(path)


def html_page(path, nsum25):
    groups = [
        ("Förskola och grundskola", 1868.9),
        ("Äldreomsorg och stöd till personer med funktionsnedsättning", 1702.8),
        ("Individ- och familjeomsorg, försörjningsstöd och arbetsmarknad", 705.4),
        ("Gymnasieskola och vuxenutbildning", 512.3),
        ("Kommunstyrelsen, räddningstjänst och gemensam service", 428.3),
        ("Kultur och fritid", 301.7),
        ("Gator, parker och fastigheter", 255.6),
        ("Stadsbyggnad, miljö och övrigt", 54.3 + 39.9 + 14.8 + 1.2),
    ]
    trs = "\n".join(
        f"        <tr><td>{g}</td><td>{round(v / nsum25 * 100)}</td><td>{fmt(v)}</td></tr>" for g, v in groups)
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Så används din skatt - Karlstads kommun</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/css/site.css">
</head>
<body>
<div id="cookie-banner" class="cookie-banner">
  <p>Vi använder kakor (cookies) för att förbättra din upplevelse av karlstad.se. Läs mer om hur vi använder kakor.</p>
  <button type="button">Godkänn alla kakor</button> <button type="button">Endast nödvändiga</button>
</div>
<header class="site-header">
  <a class="logo" href="/">Karlstads kommun</a>
  <nav aria-label="Huvudmeny">
    <ul>
      <li><a href="/omsorg-och-hjalp">Omsorg och hjälp</a></li>
      <li><a href="/forskola-och-skola">Förskola och skola</a></li>
      <li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
      <li><a href="/uppleva-och-gora">Uppleva och göra</a></li>
      <li><a href="/kommun-och-politik">Kommun och politik</a></li>
    </ul>
  </nav>
  <form role="search"><input type="search" placeholder="Sök på karlstad.se"><button>Sök</button></form>
</header>
<nav class="breadcrumbs" aria-label="Brödsmulor">Startsida / Kommun och politik / Ekonomi / Så används din skatt</nav>
<main id="content">
  <article>
    <h1>Så används din skatt</h1>
    <p class="preamble">Varje gång du tjänar 100 kronor betalar du ungefär 33 kronor i kommunal- och regionskatt. Här kan du se hur Karlstads kommun använder skattepengarna.</p>
    <h2>Skattesatsen 2025</h2>
    <p>Kommunalskatten i Karlstad är {SKATT} kronor per hundra kronor beskattningsbar inkomst 2025. Till det kommer regionskatten till Region Värmland på 11,68 kronor. Den totala skattesatsen blir därmed 33,83 kronor. Skattesatsen är oförändrad jämfört med 2024.</p>
    <h2>Så fördelas 100 kronor</h2>
    <p>Tabellen visar hur nämndernas nettokostnader i budget 2025 fördelas på olika verksamheter, omräknat till kronor av varje hundralapp.</p>
    <table class="table">
      <caption>Fördelning av nettokostnad, budget 2025</caption>
      <thead>
        <tr><th>Verksamhet</th><th>Kronor av 100 kr</th><th>Nettokostnad 2025, mnkr</th></tr>
      </thead>
      <tbody>
{trs}
      </tbody>
    </table>
    <p class="note">Beloppen är avrundade och summerar därför inte alltid till 100 kronor.</p>
    <h2>Var kommer pengarna ifrån?</h2>
    <p>Den största delen av kommunens intäkter är skatteintäkter, som 2025 beräknas till 5 539 miljoner kronor. Därtill kommer generella statsbidrag och utjämning, avgifter från exempelvis förskola och äldreomsorg samt hyror och ersättningar.</p>
    <p>En genomsnittlig karlstadsbo med en årsinkomst på 360 000 kronor betalar cirka 79 740 kronor i kommunalskatt per år.</p>
    <h2>Läs mer</h2>
    <ul>
      <li><a href="/dokument/mal-och-budget-2025.pdf">Mål och budget 2025 med plan för 2026–2027 (pdf)</a></li>
      <li><a href="/dokument/arsredovisning-2024.pdf">Årsredovisning 2024 (pdf)</a></li>
    </ul>
    <p class="meta">Publicerad 2025-01-15. Senast uppdaterad 2025-02-03.</p>
  </article>
</main>
<footer class="site-footer">
  <p>Karlstads kommun, 651 84 Karlstad. Telefon 054-540 00 00. E-post: karlstadskommun@karlstad.se</p>
  <p>Organisationsnummer 212000-1850</p>
  <ul><li><a href="/om-webbplatsen">Om webbplatsen</a></li><li><a href="/tillganglighet">Tillgänglighetsredogörelse</a></li><li><a href="/kakor">Kakor</a></li></ul>
</footer>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(html)


def protokoll_docx(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    d.add_heading("PROTOKOLL", level=0)
    d.add_paragraph("Kommunstyrelsen, Karlstads kommun")
    d.add_paragraph("Sammanträdesdatum: 2025-03-11")
    d.add_paragraph("Plats och tid: Kommunhuset, sammanträdesrum Klarälven, kl. 09.00–11.45")
    d.add_paragraph("Beslutande: Anna Lindgren Berg (M), ordförande; Per-Erik Sundqvist (S), vice ordförande; "
                    "Maria Holm (C); Johan Eklöf (L); Sara Nyman (KD); Lennart Åberg (S); Fatima Hassan (S); "
                    "Ingrid Wester (V); Mikael Dahl (SD); Tobias Lindh (SD); Karin Sjöberg (MP); Olof Brandt (M); "
                    "Helena Ek (S)")
    d.add_paragraph("Justerare: Per-Erik Sundqvist (S)")
    d.add_paragraph("Sekreterare: Linnea Gustafsson")
    d.add_heading("§ 44 Val av justerare", level=2)
    d.add_paragraph("Kommunstyrelsen beslutar att utse Per-Erik Sundqvist (S) att justera dagens protokoll.")
    d.add_heading("§ 45 Ombudgetering av investeringsmedel från 2024 till 2025", level=2)
    d.add_paragraph("Dnr KS-2025-0112")
    d.add_paragraph("Flera investeringsprojekt har inte slutförts under 2024. Nämnderna har begärt att outnyttjade "
                    "investeringsmedel på sammanlagt 86 400 tkr förs över till 2025. Kommunledningsförvaltningen "
                    "föreslår att överföring medges för projekt som pågår, totalt 71 900 tkr enligt tabellen nedan.")
    rows = [
        ("Kultur- och fritidsnämnden", "Ny ishall Tingvalla", "38 500", "38 500"),
        ("Barn- och ungdomsnämnden", "Ny förskola Våxnäs", "12 200", "12 200"),
        ("Teknik- och fastighetsnämnden", "Gång- och cykelvägar", "9 800", "9 800"),
        ("Teknik- och fastighetsnämnden", "Energieffektivisering", "6 400", "4 200"),
        ("Kommunstyrelsen", "IT-investeringar", "7 300", "3 100"),
        ("Vård- och omsorgsnämnden", "Välfärdsteknik", "5 200", "4 100"),
        ("Gymnasienämnden", "Inventarier gymnasieskolor", "7 000", "0"),
        ("Summa", "", "86 400", "71 900"),
    ]
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    hdr = ["Nämnd", "Projekt", "Begärt, tkr", "Förslag, tkr"]
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph("Gymnasienämndens begäran avslås eftersom inventarierna avser ett nytt budgetår och ska "
                    "prioriteras inom ordinarie ram.")
    d.add_paragraph("Yrkanden", style="Heading 3")
    d.add_paragraph("Anna Lindgren Berg (M) yrkar bifall till förvaltningens förslag. Mikael Dahl (SD) yrkar att "
                    "medel för ishallen vid Tingvalla inte ska föras över och att projektet ska pausas.")
    d.add_paragraph("Omröstning", style="Heading 3")
    d.add_paragraph("Omröstning begärs. Ja-röst för förvaltningens förslag, nej-röst för Mikael Dahls yrkande. "
                    "Med 11 ja-röster mot 2 nej-röster beslutar kommunstyrelsen enligt förvaltningens förslag.")
    d.add_paragraph("Beslut", style="Heading 3")
    d.add_paragraph("Kommunstyrelsen beslutar att föra över investeringsmedel om 71 900 tkr från 2024 till 2025 "
                    "enligt förvaltningens förslag.")
    d.add_paragraph("Reservation", style="Heading 3")
    d.add_paragraph("Ledamöterna för Sverigedemokraterna, Mikael Dahl och Tobias Lindh, reserverar sig mot beslutet "
                    "till förmån för eget yrkande.")
    d.add_heading("§ 46 Taxa för uthyrning av idrottsanläggningar 2025", level=2)
    d.add_paragraph("Dnr KS-2024-0988")
    d.add_paragraph("Kultur- och fritidsnämnden föreslår en höjning av taxan för uthyrning av idrottsanläggningar "
                    "med i genomsnitt 4 procent från den 1 juli 2025. Taxan för barn- och ungdomsverksamhet lämnas "
                    "oförändrad. Höjningen beräknas ge ökade intäkter på 1,2 miljoner kronor per år.")
    d.add_paragraph("Beslut", style="Heading 3")
    d.add_paragraph("Kommunstyrelsen föreslår kommunfullmäktige att anta taxan enligt kultur- och fritidsnämndens "
                    "förslag.")
    d.add_heading("§ 47 Svar på medborgarförslag om utegym i Orrholmen", level=2)
    d.add_paragraph("Dnr KS-2024-0712")
    d.add_paragraph("Ett medborgarförslag har inkommit om att anlägga ett utegym i Orrholmen. Teknik- och "
                    "fastighetsnämnden bedömer kostnaden till 450 000 kronor och föreslår att utegymmet byggs 2026 "
                    "inom ramen för investeringen i spontanidrottsplatser.")
    d.add_paragraph("Beslut", style="Heading 3")
    d.add_paragraph("Kommunstyrelsen föreslår kommunfullmäktige att bifalla medborgarförslaget.")
    d.add_paragraph("Vid protokollet: Linnea Gustafsson, sekreterare")
    fix_docx_props(d, "Protokoll kommunstyrelsen 2025-03-11", "Karlstads kommun")
    d.save(path)
    normalize_zip(path)


def statistik_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Befolkning"
    ws.append(["Befolkning i Karlstads kommun 2019–2024"])
    ws.append(["Antal invånare den 31 december"])
    ws.append(["År", "Totalt", "0–5 år", "6–15 år", "16–19 år", "20–64 år", "65–79 år", "80 år och äldre"])
    data = [
        (2019, 93862, 6120, 10988, 4012, 55210, 12834, 4698),
        (2020, 94118, 6085, 11042, 4068, 55198, 12960, 4765),
        (2021, 94782, 6051, 11120, 4135, 55497, 13104, 4875),
        (2022, 95024, 5998, 11168, 4201, 55490, 13152, 5015),
        (2023, 95394, 5942, 11204, 4256, 55601, 13215, 5176),
        (2024, 96412, 5968, 11251, 4318, 56158, 13311, 5406),
    ]
    for r in data:
        assert sum(r[2:]) == r[1], r
        ws.append(list(r))
    ws.append([])
    ws.append(["Källa: SCB, befolkningsstatistik. Bearbetning: Karlstads kommun, kommunledningsförvaltningen."])
    ws2 = wb.create_sheet("Nyckeltal")
    ws2.append(["Ekonomiska nyckeltal, Karlstads kommun"])
    ws2.append(["Belopp i kr per invånare om inget annat anges"])
    ws2.append(["Nyckeltal", "2022", "2023", "2024"])
    ws2.append(["Nettokostnad förskola, kr per invånare", 11842, 12105, 12388])
    ws2.append(["Nettokostnad grundskola, kr per invånare", 14210, 14766, 15124])
    ws2.append(["Nettokostnad äldreomsorg, kr per invånare", 15932, 16845, 17420])
    ws2.append(["Nettokostnad individ- och familjeomsorg, kr per invånare", 4988, 5212, 5390])
    ws2.append(["Nettokostnad kultur och fritid, kr per invånare", 2976, 3041, 3068])
    ws2.append(["Skattesats kommun, kr", 22.15, 22.15, 22.15])
    ws2.append(["Sjukfrånvaro anställda, %", 8.3, 7.9, 7.4])
    fix_xlsx_props(wb, "Befolkning och nyckeltal", "Karlstads kommun")
    wb.save(path)
    normalize_zip(path)


def press_md(path):
    txt = """# Nu startar bygget av nytt vård- och omsorgsboende i Kronoparken

**Pressmeddelande, Karlstads kommun, 2025-02-20**

Karlstads kommun bygger ett nytt vård- och omsorgsboende i Kronoparken med 120 lägenheter. Byggstarten sker i september 2025 och boendet beräknas vara klart för inflyttning i december 2027.

Den totala investeringen beräknas till 285 miljoner kronor. Boendet ersätter Rudsgårdens vård- och omsorgsboende, som har 64 platser och inte längre uppfyller dagens krav på arbetsmiljö och tillgänglighet.

– Antalet karlstadsbor över 80 år ökar snabbt, och vi behöver fler platser med hög kvalitet. Med det nya boendet får vi 56 fler platser än i dag, säger Birgitta Olsson (S), ordförande i vård- och omsorgsnämnden.

Boendet byggs med solceller på taket och ska certifieras enligt Miljöbyggnad Silver. Totalentreprenör är Bygg AB Värmland, som vann upphandlingen i konkurrens med fyra andra anbudsgivare.

Kommunen har också beviljats 4,2 miljoner kronor i statligt investeringsstöd för äldrebostäder från Boverket.

## Fakta

- Antal lägenheter: 120, varav 16 för personer med demenssjukdom i särskild enhet
- Total investering: 285 miljoner kronor
- Beräknat antal nya arbetstillfällen: cirka 95 årsarbetare
- Inflyttning: december 2027

**Kontakt**
Birgitta Olsson (S), ordförande vård- och omsorgsnämnden, 054-540 12 34
Tomas Berglund, förvaltningschef vård- och omsorgsförvaltningen, 054-540 12 50
"""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(txt)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    info = budget_pdf(os.path.join(outdir, "mal-och-budget-2025-plan-2026-2027.pdf"))
    arsredovisning_pdf(os.path.join(outdir, "arsredovisning-2024.pdf"))
    html_page(os.path.join(outdir, "sa-anvands-din-skatt.html"), info["nsum"][1])
    protokoll_docx(os.path.join(outdir, "protokoll-kommunstyrelsen-2025-03-11.docx"))
    statistik_xlsx(os.path.join(outdir, "befolkning-och-nyckeltal.xlsx"))
    press_md(os.path.join(outdir, "pressmeddelande-vard-och-omsorgsboende-kronoparken.md"))
    return info
