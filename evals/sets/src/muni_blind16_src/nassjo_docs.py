"""Documents for Nässjö kommun."""
import os

import openpyxl
from docx import Document
from docx.shared import Pt
from openpyxl.styles import Alignment, Font

from common import D, MuniPDF, fmt, normalize_zip, outdir, q, FIXED_DATE
import nassjo_data as N

OUT = outdir("nassjo")
M = "Nässjö kommun"


def f(x, dec=1):
    return fmt(x, dec, "dash")


def pct(a, b, dec=1):
    return fmt(q(D(a) / D(b) * 100, dec), dec)


# =========================================================================== budget PDF
def budget_pdf():
    pdf = MuniPDF(M, "Mål och budget 2025 med plan för 2026–2027")
    RB = N.RB
    # ---------------- cover
    pdf.add_page()
    pdf.set_y(70)
    pdf.set_font("DejaVu", "B", 26)
    pdf.multi_cell(0, 12, "Mål och budget 2025\nmed plan för 2026–2027", align="C")
    pdf.ln(8)
    pdf.set_font("DejaVu", "", 14)
    pdf.multi_cell(0, 8, "Nässjö kommun", align="C")
    pdf.ln(40)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 6, "Antagen av kommunfullmäktige 2024-11-28, § 142\nDiarienummer KS 2024/318", align="C")

    # ---------------- innehåll
    pdf.add_page()
    pdf.h1("Innehåll")
    toc = [("Förord", 3), ("Omvärld och förutsättningar", 4), ("Finansiella mål", 5),
           ("Resultatbudget", 6), ("Balansbudget", 7), ("Driftbudget per nämnd", 8),
           ("Budget per verksamhet och kostnadsslag", 9), ("Investeringsbudget 2025–2029", 11),
           ("Kommentarer till investeringsbudgeten", 12), ("Nämndernas uppdrag och ramar", 13),
           ("Personal", 14), ("Noter till resultatbudgeten", 15)]
    pdf.set_font("DejaVu", "", 10.5)
    for t, p in toc:
        pdf.cell(150, 7, t)
        pdf.cell(0, 7, str(p), align="R")
        pdf.ln(7)

    # ---------------- förord
    res25 = RB["res"][2]
    sgsb25 = RB["skatt"][2] + RB["gsb"][2]
    pdf.add_page()
    pdf.h1("Förord")
    pdf.para(
        "Nässjö kommun står inför några år där behoven växer snabbare än intäkterna. Antalet äldre ökar, "
        "samtidigt som antalet barn i förskoleåldern minskar något. Inflationen har gått ner men kostnaderna "
        "för pensioner, räntor och livsmedel ligger kvar på en hög nivå.")
    pdf.para(
        f"Budgeten för 2025 omfattar ett resultat på {f(res25)} mnkr, vilket motsvarar {pct(res25, sgsb25)} procent "
        f"av skatteintäkter och generella statsbidrag. Skatteintäkter och generella statsbidrag beräknas till "
        f"{f(sgsb25)} mnkr 2025. Det är lägre än vårt långsiktiga mål på 2,0 procent, men under planperioden "
        f"förbättras resultatet till {f(RB['res'][4])} mnkr år 2027.")
    pdf.para(
        "Skattesatsen lämnas oförändrad på 22,08 kronor per skattekrona. Nämnderna får full kompensation för "
        "löneökningar men endast delvis för övriga prisökningar, vilket kräver effektiviseringar på omkring "
        "1 procent inom alla verksamheter.")
    pdf.para(
        f"Vi fortsätter att investera i välfärdens lokaler. Den största satsningen under perioden är ett nytt "
        f"särskilt boende i kvarteret Linden med 60 platser. Totalt uppgår investeringsbudgeten för 2025 till "
        f"{f(N.INV_TOTAL[0])} mnkr, varav {f(N.INV_TAXA_SUM[0])} mnkr är taxefinansierade.")
    pdf.para(
        "Jag vill tacka alla medarbetare som varje dag gör skillnad för Nässjöborna, och alla förtroendevalda "
        "som har bidragit i budgetarbetet.")
    pdf.ln(6)
    pdf.para("Nässjö i november 2024")
    pdf.para("Annika Rydell (M)\nKommunstyrelsens ordförande", style="B")

    # ---------------- omvärld
    pdf.add_page()
    pdf.h1("Omvärld och förutsättningar")
    pdf.h2("Samhällsekonomin")
    pdf.para(
        "Budgeten bygger på Sveriges Kommuner och Regioners (SKR) skatteunderlagsprognos från oktober 2024. "
        "SKR räknar med att skatteunderlaget ökar med 4,1 procent 2025 och 3,6 procent 2026. Inflationen mätt "
        "som KPIF väntas ligga nära Riksbankens mål på 2 procent under 2025.")
    pdf.h2("Befolkning")
    pdf.para(
        f"Den 31 december 2023 hade Nässjö kommun {fmt(N.POP_2023, 0)} invånare"
        ", vilket är 65 färre än ett år tidigare. Budgeten utgår från en oförändrad befolkning på 31 800 "
        "invånare den 1 november 2024, som är det mått som skatteintäkterna beräknas på. Antalet invånare "
        "som är 80 år och äldre väntas öka med cirka 120 personer per år under planperioden.")
    pdf.h2("Pensioner och räntor")
    pdf.para(
        "Pensionskostnaderna ökar kraftigt 2025 till följd av det nya pensionsavtalet AKAP-KR och höga "
        "inkomstbasbelopp. Kommunens totala pensionskostnad inklusive löneskatt beräknas till 168,4 mnkr 2025, "
        "en ökning med 14,9 mnkr jämfört med budget 2024. Den genomsnittliga räntan på kommunens lån "
        "beräknas till 2,9 procent 2025.")
    pdf.h2("Skattesats")
    pdf.para(
        "Den kommunala skattesatsen är oförändrad 22,08 kronor. Tillsammans med Region Jönköpings läns "
        "skattesats på 11,76 kronor blir den totala skattesatsen 33,84 kronor.")

    # ---------------- finansiella mål
    pdf.add_page()
    pdf.h1("Finansiella mål")
    pdf.para(
        "Enligt kommunallagen (2017:725) 11 kap. ska fullmäktige besluta om riktlinjer för god ekonomisk "
        "hushållning. Nässjö kommun har tre finansiella mål som ska följas upp i delårsrapport och årsredovisning.")
    sf25 = q((RB["res"][2] - RB["avskr"][2]) / N.INV_SKATT_SUM[0] * 100, 0)
    sf26 = q((RB["res"][3] - RB["avskr"][3]) / N.INV_SKATT_SUM[1] * 100, 0)
    sf27 = q((RB["res"][4] - RB["avskr"][4]) / N.INV_SKATT_SUM[2] * 100, 0)
    sol = [q(N.BB["ek"][i] / N.BB["tillg"][i] * 100, 1) for i in range(1, 4)]
    resp = [q(RB["res"][i] / (RB["skatt"][i] + RB["gsb"][i]) * 100, 1) for i in range(2, 5)]
    cols = [("Mål", 62, "L"), ("Målvärde", 26, "R"), ("Budget\n2025", 24, "R"), ("Plan\n2026", 24, "R"),
            ("Plan\n2027", 24, "R")]
    rows = [
        ("row", ["Resultat i % av skatter och bidrag", "2,0 %", fmt(resp[0]) + " %", fmt(resp[1]) + " %", fmt(resp[2]) + " %"]),
        ("row", ["Självfinansieringsgrad, skattefin. inv.", "100 %", fmt(sf25, 0) + " %", fmt(sf26, 0) + " %", fmt(sf27, 0) + " %"]),
        ("row", ["Soliditet enligt balansräkningen", "40,0 %", fmt(sol[0]) + " %", fmt(sol[1]) + " %", fmt(sol[2]) + " %"]),
    ]
    pdf.table("Tabell 1. Finansiella mål och budgeterad måluppfyllelse", cols, rows, font=8.6,
              note="Självfinansieringsgraden beräknas som årets resultat plus avskrivningar i procent av de skattefinansierade investeringarna.")
    pdf.para(
        "Resultatmålet nås inte 2025 men väl 2027. Kommunstyrelsen har därför fått i uppdrag att ta fram en "
        "plan för hur resultatet ska stärkas med ytterligare 10 mnkr från och med 2026.")

    # ---------------- resultatbudget
    pdf.add_page()
    pdf.h1("Resultatbudget")
    pdf.para(
        f"Verksamhetens nettokostnad ökar med {f(RB['netto'][1] - RB['netto'][2])} mnkr mellan budget 2024 och "
        f"budget 2025, medan skatteintäkter och generella statsbidrag ökar med "
        f"{f(RB['skatt'][2] + RB['gsb'][2] - RB['skatt'][1] - RB['gsb'][1])} mnkr.")
    cols = [("Belopp i mnkr", 63, "L"), ("Not", 11, "C"), ("Bokslut\n2023", 19.2, "R"), ("Budget\n2024", 19.2, "R"),
            ("Budget\n2025", 19.2, "R"), ("Plan\n2026", 19.2, "R"), ("Plan\n2027", 19.2, "R")]

    def r(label, key, note="", kind="row"):
        return (kind, [label, note] + [f(v) for v in RB[key]])
    rows = [
        r("Verksamhetens intäkter", "intakter", "1"),
        r("Verksamhetens kostnader", "kostnader", "2"),
        r("Avskrivningar", "avskr", "3"),
        r("Verksamhetens nettokostnad", "netto", kind="sum"),
        r("Skatteintäkter", "skatt", "4"),
        r("Generella statsbidrag och utjämning", "gsb", "5"),
        r("Verksamhetens resultat", "vres", kind="sum"),
        r("Finansiella intäkter", "finint", "6"),
        r("Finansiella kostnader", "finkost", "7"),
        r("Resultat efter finansiella poster", "refp", kind="sum"),
        r("Extraordinära poster", "extra"),
        r("Årets resultat", "res", kind="total"),
    ]
    pdf.table("Tabell 2. Resultatbudget 2025–2027", cols, rows, font=8.2,
              note="Belopp i mnkr. Negativa belopp anges med minustecken. Noter, se sidan 15.")
    pdf.para(
        "Finansiella kostnader ökar under planperioden eftersom investeringarna delvis finansieras med nya lån. "
        "Upplåningen sker via Kommuninvest.")

    # ---------------- balansbudget
    pdf.add_page()
    pdf.h1("Balansbudget")
    BB = N.BB
    cols = [("Belopp i mnkr", 80, "L"), ("Bokslut\n2023", 22.5, "R"), ("Budget\n2025", 22.5, "R"),
            ("Plan\n2026", 22.5, "R"), ("Plan\n2027", 22.5, "R")]
    rows = [
        ("section", "Tillgångar"),
        ("row", ["Anläggningstillgångar"] + [f(v) for v in BB["anl"]]),
        ("row", ["Omsättningstillgångar"] + [f(v) for v in BB["oms"]]),
        ("sum", ["Summa tillgångar"] + [f(v) for v in BB["tillg"]]),
        ("section", "Eget kapital, avsättningar och skulder"),
        ("row", ["Eget kapital"] + [f(v) for v in BB["ek"]]),
        ("sub", ["  därav årets resultat"] + [f(v) for v in BB["varav_res"]]),
        ("row", ["Avsättningar"] + [f(v) for v in BB["avs"]]),
        ("row", ["Långfristiga skulder"] + [f(v) for v in BB["langfr"]]),
        ("row", ["Kortfristiga skulder"] + [f(v) for v in BB["kortfr"]]),
        ("total", ["Summa eget kapital, avsättningar och skulder"] + [f(v) for v in BB["tillg"]]),
    ]
    pdf.table("Tabell 3. Balansbudget, belopp i mnkr", cols, rows, font=8.4)
    pdf.para(
        f"Långfristiga skulder ökar från {f(BB['langfr'][0])} mnkr vid utgången av 2023 till "
        f"{f(BB['langfr'][3])} mnkr vid utgången av 2027. Kommunens borgensåtagande för de kommunala bolagen "
        "beräknas till 1 180,0 mnkr vid utgången av 2025.")

    # ---------------- driftbudget per nämnd
    pdf.add_page()
    pdf.h1("Driftbudget per nämnd")
    pdf.para(
        "Nämndernas ramar anges som nettokostnad, det vill säga kostnader minus intäkter. Ramarna för 2025 "
        "innehåller kompensation för löneökningar med 3,4 procent och för övriga prisökningar med 1,5 procent.")
    cols = [("Nettokostnad per nämnd och verksamhet", 82, "L"), ("Budget\n2024", 26, "R"), ("Budget\n2025", 26, "R"),
            ("Förändring\n2024–2025", 36, "R")]
    rows = []
    for name, items in N.DRIFT:
        rows.append(("section", name))
        for lab, a, b in items:
            rows.append(("row", [lab, f(a), f(b), f(b - a)]))
        s = N.DRIFT_SUM[name]
        summa_label = "Summa " + (name if name != "Övriga nämnder" else "övriga nämnder")
        rows.append(("sum", [summa_label, f(s[0]), f(s[1]), f(s[1] - s[0])]))
    t = N.DRIFT_TOTAL
    rows.append(("sum", ["Summa nämnder", f(t[0]), f(t[1]), f(t[1] - t[0])]))
    ff = N.FINANSF
    rows.append(("row", ["Finansförvaltning och kommungemensamt", f(ff[0]), f(ff[1]), f(ff[1] - ff[0])]))
    rows.append(("total", ["Verksamhetens nettokostnad", f(N.NETTO_2024), f(N.NETTO_2025),
                           f(N.NETTO_2025 - N.NETTO_2024)]))
    pdf.table("Tabell 4. Driftbudget per nämnd 2025 (mnkr)", cols, rows, font=8.3, row_h=5.2,
              note="Finansförvaltningen omfattar bland annat pensioner, avskrivningar som inte fördelas, "
                   "löneökningsreserv och kommunstyrelsens reserv för oförutsedda behov.")

    # ---------------- budget per verksamhet och kostnadsslag (long table over page break)
    pdf.add_page()
    pdf.h1("Budget per verksamhet och kostnadsslag")
    pdf.para(
        "Tabellen visar budgeten för Barn- och utbildningsnämndens och Socialnämndens verksamheter fördelad "
        "på kostnadsslag. Intäkter redovisas med minustecken. Beloppen är i tusentals kronor och avrundade, "
        "vilket gör att summor i tabell 4 kan avvika med 0,1 mnkr.")
    pdf.para(
        "Personalkostnaderna är den största kostnaden i samtliga verksamheter. Köpt verksamhet avser framför "
        "allt placeringar av barn och unga, interkommunala ersättningar för gymnasieelever och platser i "
        "fristående förskolor och skolor.")
    cols = [("Verksamhet och kostnadsslag", 86, "L"), ("Budget 2024\ntkr", 28, "R"), ("Budget 2025\ntkr", 28, "R"),
            ("Förändring\ntkr", 28, "R")]
    rows = []
    for entry in N.DETALJ:
        name = entry[0]
        vals = N.detalj_values(entry)
        rows.append(("section", name))
        for lab, v in zip(N.DETALJ_ROWS, vals):
            kind = "sum" if lab == "Nettokostnad" else "row"
            rows.append((kind, [lab, fmt(v[0], 0), fmt(v[1], 0), fmt(v[1] - v[0], 0)]))
    pdf.table("Tabell 5. Budget per verksamhet och kostnadsslag, tkr", cols, rows, font=8.3, row_h=5.3)
    pdf.para(
        "Inom individ- och familjeomsorgen ökar kostnaderna för köpt verksamhet, främst placeringar av barn "
        "och unga enligt LVU. Nämnden arbetar med att bygga ut öppenvården på hemmaplan för att minska "
        "behovet av externa placeringar.")

    # ---------------- investeringsbudget (landscape)
    pdf.add_page(orientation="L")
    pdf.h1("Investeringsbudget 2025–2029")
    cols = [("Projekt", 60, "L"), ("Ansvar", 16, "C"), ("Total\nutgift", 18, "R"), ("Budget\n2025", 17, "R"),
            ("Plan\n2026", 17, "R"), ("Plan\n2027", 17, "R"), ("Plan\n2028", 17, "R"), ("Plan\n2029", 17, "R"),
            ("Summa\n2025–2029", 22, "R"), ("Kommentar", 56, "L")]

    def invrow(p):
        name, ansv, tot, yrs, kom = p
        ys = [D(y) for y in yrs]
        return ("row", [name, ansv, f(tot) if tot is not None else "Löpande"] + [f(y) for y in ys] +
                [f(sum(ys)), kom])
    rows = [("section", "Skattefinansierade investeringar")]
    rows += [invrow(p) for p in N.INV_SKATT]
    rows.append(("sum", ["Summa skattefinansierade investeringar", "", ""] + [f(v) for v in N.INV_SKATT_SUM] +
                 [f(sum(N.INV_SKATT_SUM)), ""]))
    rows.append(("section", "Taxefinansierade investeringar (VA och avfall)"))
    rows += [invrow(p) for p in N.INV_TAXA]
    rows.append(("sum", ["Summa taxefinansierade investeringar", "", ""] + [f(v) for v in N.INV_TAXA_SUM] +
                 [f(sum(N.INV_TAXA_SUM)), ""]))
    rows.append(("total", ["Totalt investeringar", "", ""] + [f(v) for v in N.INV_TOTAL] +
                 [f(sum(N.INV_TOTAL)), ""]))
    pdf.table("Tabell 6. Investeringsbudget 2025 och plan 2026–2029, mnkr", cols, rows, font=7.8, row_h=5.6,
              note="Ansvar: KS = kommunstyrelsen, BUN = barn- och utbildningsnämnden, SN = socialnämnden, "
                   "KFN = kultur- och fritidsnämnden, TN = tekniska nämnden. Total utgift avser hela projektets "
                   "beräknade utgift; löpande anslag saknar totalutgift.")

    # ---------------- kommentarer investeringar (portrait again)
    pdf.add_page(orientation="P")
    pdf.h1("Kommentarer till investeringsbudgeten")
    pdf.para(
        f"Investeringarna under 2025–2029 uppgår till totalt {f(sum(N.INV_TOTAL))} mnkr. Av detta är "
        f"{f(sum(N.INV_SKATT_SUM))} mnkr skattefinansierat och {f(sum(N.INV_TAXA_SUM))} mnkr taxefinansierat. "
        "Investeringsnivån är som högst 2026, när flera stora byggprojekt pågår samtidigt.")
    pdf.h2("Nytt särskilt boende i kvarteret Linden")
    pdf.para(
        "Boendet ska ha 60 lägenheter fördelade på sex enheter och ersätter Åkerhagens boende, som inte "
        "uppfyller dagens krav på arbetsmiljö. Den totala utgiften beräknas till 165,0 mnkr och inflyttning "
        "planeras till våren 2028. Hyreskostnaden för socialnämnden beräknas till 9,8 mnkr per år.")
    pdf.h2("Ny förskola i Forserum")
    pdf.para(
        "Förskolan får sex avdelningar och ersätter två äldre förskolor i Forserum. Projektet har en total "
        "utgift på 68,0 mnkr. Byggstart sker våren 2025 och förskolan ska tas i bruk i januari 2027.")
    pdf.h2("Ny reservvattentäkt")
    pdf.para(
        "Livsmedelsverkets föreskrifter kräver att kommunen kan försörja tätorten med dricksvatten även om "
        "den ordinarie vattentäkten slås ut. Den nya reservvattentäkten beräknas kosta 96,0 mnkr och "
        "finansieras helt med VA-taxan.")
    pdf.h2("Finansiering")
    pdf.para(
        "De skattefinansierade investeringarna 2025 finansieras till fullo med egna medel, medan de "
        "taxefinansierade investeringarna finansieras med lån. Kommunfullmäktige föreslås ge kommunstyrelsen "
        "rätt att under 2025 nyupplåna högst 95,0 mnkr.")

    # ---------------- nämndernas uppdrag
    pdf.add_page()
    pdf.h1("Nämndernas uppdrag och ramar")
    ks = N.DRIFT_SUM["Kommunstyrelsen"]
    bun = N.DRIFT_SUM["Barn- och utbildningsnämnden"]
    sn = N.DRIFT_SUM["Socialnämnden"]
    kfn = N.DRIFT_SUM["Kultur- och fritidsnämnden"]
    tn = N.DRIFT_SUM["Tekniska nämnden"]
    pdf.h2("Kommunstyrelsen")
    pdf.para(
        f"Kommunstyrelsens ram uppgår till {f(ks[1])} mnkr. I ramen ingår räddningstjänsten och "
        "kollektivtrafiken. Kommunstyrelsen får 1,2 mnkr för att införa en gemensam e-tjänsteplattform.")
    pdf.h2("Barn- och utbildningsnämnden")
    pdf.para(
        f"Barn- och utbildningsnämndens ram för 2025 är {f(bun[1])} mnkr, vilket är {f(bun[1] - bun[0])} mnkr mer "
        "än 2024. Antalet barn i förskolan minskar med omkring 60 barn, medan antalet gymnasieelever ökar. "
        "Nämnden får 4,5 mnkr för fler elever i gymnasieskolan och ska samtidigt minska lokalkostnaderna "
        "i förskolan med 2,0 mnkr.")
    pdf.h2("Socialnämnden")
    pdf.para(
        f"Socialnämnden tilldelas {f(sn[1])} mnkr, en ökning med {f(sn[1] - sn[0])} mnkr. Av ökningen avser "
        "12,0 mnkr demografisk uppräkning inom äldreomsorgen och 5,5 mnkr nya boendeplatser inom "
        "funktionsstöd. Nämnden ska under 2025 minska kostnaderna för externa placeringar inom individ- och "
        "familjeomsorgen med 3,0 mnkr.")
    pdf.h2("Kultur- och fritidsnämnden")
    pdf.para(
        f"Kultur- och fritidsnämndens ram är {f(kfn[1])} mnkr. Föreningsbidragen räknas upp med 2 procent.")
    pdf.h2("Tekniska nämnden")
    pdf.para(
        f"Tekniska nämndens skattefinansierade ram är {f(tn[1])} mnkr. VA- och avfallsverksamheterna "
        "finansieras med avgifter och ska ha ett nollresultat över tid.")
    pdf.h2("Övriga nämnder")
    pdf.para(
        "Valnämndens budget minskar 2025 eftersom inga allmänna val hålls. Miljö- och byggnadsnämnden får "
        "0,3 mnkr för digitalisering av bygglovsarkivet.")

    # ---------------- personal
    pdf.add_page()
    pdf.h1("Personal")
    pdf.para(
        "Nässjö kommun har cirka 3 150 tillsvidareanställda medarbetare. Personalkostnaderna, inklusive "
        "arbetsgivaravgifter och pensioner, budgeteras till 1 812,4 mnkr 2025.")
    pdf.para(
        "Sjukfrånvaron var 7,9 procent 2023. Målet är att sjukfrånvaron ska vara lägre än 7,0 procent "
        "senast 2027. Andelen heltidsanställda ska öka från 84 procent till 90 procent under planperioden.")
    pdf.para(
        "Kompetensförsörjningen är en av kommunens största utmaningar. Under 2025 avsätts 2,5 mnkr för "
        "validering och utbildning av undersköterskor inom äldreomsorgen.")

    # ---------------- noter
    pdf.add_page()
    pdf.h1("Noter till resultatbudgeten")
    notes = [
        ("Not 1. Verksamhetens intäkter, budget 2025", N.NOT1, "Summa verksamhetens intäkter"),
        ("Not 2. Verksamhetens kostnader, budget 2025", N.NOT2, "Summa verksamhetens kostnader"),
        ("Not 3. Avskrivningar, budget 2025", N.NOT3, "Summa avskrivningar"),
        ("Not 4. Skatteintäkter, budget 2025", N.NOT4, "Summa skatteintäkter"),
        ("Not 5. Generella statsbidrag och utjämning, budget 2025", N.NOT5, "Summa generella statsbidrag och utjämning"),
        ("Not 6. Finansiella intäkter, budget 2025", N.NOT6, "Summa finansiella intäkter"),
        ("Not 7. Finansiella kostnader, budget 2025", N.NOT7, "Summa finansiella kostnader"),
    ]
    for cap, items, sumlab in notes:
        cols = [("mnkr", 110, "L"), ("Budget 2025", 30, "R")]
        rows = [("row", [lab, f(v)]) for lab, v in items]
        rows.append(("sum", [sumlab, f(sum(v for _, v in items))]))
        pdf.table(cap, cols, rows, font=8.3, row_h=5.0, header_fill=(235, 235, 235))
    pdf.output(os.path.join(OUT, "mal-och-budget-2025-2027.pdf"))


# =========================================================================== delårsrapport PDF
def delar_pdf():
    pdf = MuniPDF(M, "Delårsrapport januari–augusti 2024")
    DR = N.DR
    pdf.add_page()
    pdf.set_y(75)
    pdf.set_font("DejaVu", "B", 24)
    pdf.multi_cell(0, 11, "Delårsrapport\njanuari–augusti 2024", align="C")
    pdf.ln(6)
    pdf.set_font("DejaVu", "", 14)
    pdf.multi_cell(0, 8, "Nässjö kommun", align="C")
    pdf.ln(40)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 6, "Behandlad av kommunstyrelsen 2024-10-29, § 167\nKommunfullmäktige 2024-11-28", align="C")

    pdf.add_page()
    pdf.h1("Sammanfattning")
    nam = N.DR_NAMND_SUM
    namavv = nam[1] - nam[2]
    pdf.para(
        f"Periodens resultat för januari–augusti 2024 uppgår till {f(DR['res'][1])} mnkr, jämfört med "
        f"{f(DR['res'][0])} mnkr för motsvarande period 2023. Resultatet för perioden är högt eftersom "
        "semesterlöneskulden minskar under sommaren och ska inte jämföras med helårsbudgeten.")
    pdf.para(
        f"Prognosen för helåret 2024 är ett resultat på {f(DR['res'][3])} mnkr, vilket är "
        f"{f(DR['res'][3] - DR['res'][2])} mnkr bättre än budgeterade {f(DR['res'][2])} mnkr. "
        f"Nämnderna prognostiserar tillsammans ett underskott på {f(-namavv)} mnkr, vilket uppvägs av högre "
        "skatteintäkter, lägre pensionskostnader och högre finansiella intäkter.")
    sn = [r for r in N.DR_DRIFT if r[0] == "Socialnämnden"][0]
    bun = [r for r in N.DR_DRIFT if r[0] == "Barn- och utbildningsnämnden"][0]
    pdf.para(
        f"Socialnämnden prognostiserar det största underskottet, {f(sn[3] - sn[2])} mnkr, främst till följd av "
        "fler externa placeringar av barn och unga och ökade kostnader för personlig assistans. "
        f"Barn- och utbildningsnämnden prognostiserar ett underskott på {f(bun[3] - bun[2])} mnkr.")
    pdf.h2("Måluppfyllelse")
    resp = q(DR["res"][3] / (DR["skatt"][3] + DR["gsb"][3]) * 100, 1)
    pdf.para(
        f"Resultatet enligt prognosen motsvarar {fmt(resp)} procent av skatteintäkter och generella statsbidrag. "
        "Det finansiella målet om ett resultat på 2,0 procent bedöms därmed inte uppnås 2024. Av kommunens "
        "14 verksamhetsmål bedöms 8 uppnås helt, 4 delvis och 2 inte uppnås.")
    pdf.h2("Befolkning")
    pdf.para(
        f"Den 30 juni 2024 hade kommunen {fmt(N.POP_JUN_2024, 0)} invånare, en minskning med "
        f"{N.POP_2023 - N.POP_JUN_2024} personer sedan årsskiftet.")
    pdf.h2("Personal")
    pdf.para(
        "Sjukfrånvaron för perioden januari–juli var 7,2 procent, jämfört med 7,6 procent samma period 2023. "
        "Antalet tillsvidareanställda var 3 128 den 31 augusti 2024.")

    pdf.add_page()
    pdf.h1("Resultaträkning")
    cols = [("Belopp i mnkr", 50, "L"), ("Utfall\njan–aug\n2023", 23, "R"), ("Utfall\njan–aug\n2024", 23, "R"),
            ("Budget\n2024", 23, "R"), ("Prognos\n2024", 23, "R"), ("Avvikelse\nprognos/\nbudget", 24, "R")]

    def r(label, key, kind="row"):
        v = DR[key]
        return (kind, [label] + [f(x) for x in v] + [f(v[3] - v[2])])
    rows = [r("Verksamhetens intäkter", "intakter"), r("Verksamhetens kostnader", "kostnader"),
            r("Avskrivningar", "avskr"), r("Verksamhetens nettokostnad", "netto", "sum"),
            r("Skatteintäkter", "skatt"), r("Generella statsbidrag och utjämning", "gsb"),
            r("Verksamhetens resultat", "vres", "sum"), r("Finansiella intäkter", "finint"),
            r("Finansiella kostnader", "finkost"), r("Resultat efter finansiella poster", "refp", "sum"),
            r("Periodens/årets resultat", "res", "total")]
    pdf.table("Tabell 1. Resultaträkning januari–augusti 2024 och helårsprognos", cols, rows, font=8.2,
              note="Avvikelse = prognos minus budget. Positivt belopp innebär ett bättre resultat än budget.")
    pdf.para(
        f"Skatteintäkterna beräknas bli {f(DR['skatt'][3] - DR['skatt'][2])} mnkr högre än budget enligt SKR:s "
        "prognos i augusti. Verksamhetens intäkter är högre än budget främst på grund av riktade statsbidrag "
        "inom skola och äldreomsorg.")

    pdf.h1("Driftredovisning")
    cols = [("Nämnd, mnkr", 62, "L"), ("Utfall\njan–aug 2024", 27, "R"), ("Budget\n2024", 25, "R"),
            ("Prognos\n2024", 25, "R"), ("Avvikelse", 26, "R")]
    rows = [("row", [n, f(u), f(b), f(p), f(b - p)]) for n, u, b, p in N.DR_DRIFT]
    rows.append(("sum", ["Summa nämnder"] + [f(v) for v in nam] + [f(nam[1] - nam[2])]))
    ff = N.DR_FINANSF
    rows.append(("row", ["Finansförvaltning"] + [f(v) for v in ff] + [f(ff[1] - ff[2])]))
    tot = [nam[i] + ff[i] for i in range(3)]
    rows.append(("total", ["Verksamhetens nettokostnad"] + [f(v) for v in tot] + [f(tot[1] - tot[2])]))
    pdf.table("Tabell 2. Driftredovisning per nämnd, nettokostnad", cols, rows, font=8.3,
              note="Avvikelse = budget minus prognos. Negativt belopp innebär underskott mot budget.")

    pdf.add_page()
    pdf.h1("Investeringsredovisning")
    cols = [("Projekt, mnkr", 70, "L"), ("Budget\n2024", 24, "R"), ("Utfall\njan–aug 2024", 27, "R"),
            ("Prognos\n2024", 24, "R"), ("Avvikelse", 24, "R")]
    rows = [("row", [n, f(b), f(u), f(p), f(b - p)]) for n, b, u, p in N.DR_INV]
    s = N.DR_INV_SUM
    rows.append(("total", ["Summa investeringar", f(s[0]), f(s[1]), f(s[2]), f(s[0] - s[2])]))
    pdf.table("Tabell 3. Investeringsredovisning januari–augusti 2024", cols, rows, font=8.3)
    pdf.para(
        f"Investeringarna under perioden uppgår till {f(s[1])} mnkr. Helårsprognosen är {f(s[2])} mnkr, vilket "
        f"är {f(s[0] - s[2])} mnkr lägre än budget. Gång- och cykelvägen mellan Nässjö och Anneberg är försenad "
        "eftersom Trafikverkets beslut om medfinansiering dröjde.")

    pdf.h1("Balansräkning")
    BR = N.DR_BR
    cols = [("Belopp i mnkr", 90, "L"), ("2024-08-31", 30, "R"), ("2023-12-31", 30, "R")]
    rows = [("row", ["Anläggningstillgångar"] + [f(v) for v in BR["anl"]]),
            ("row", ["Omsättningstillgångar"] + [f(v) for v in BR["oms"]]),
            ("sum", ["Summa tillgångar"] + [f(v) for v in BR["tillg"]]),
            ("row", ["Eget kapital"] + [f(v) for v in BR["ek"]]),
            ("row", ["Avsättningar"] + [f(v) for v in BR["avs"]]),
            ("row", ["Långfristiga skulder"] + [f(v) for v in BR["langfr"]]),
            ("row", ["Kortfristiga skulder"] + [f(v) for v in BR["kortfr"]]),
            ("total", ["Summa eget kapital, avsättningar och skulder"] + [f(v) for v in BR["tillg"]])]
    pdf.table("Tabell 4. Balansräkning i sammandrag", cols, rows, font=8.3)
    sol = q(BR["ek"][0] / BR["tillg"][0] * 100, 1)
    pdf.para(f"Soliditeten den 31 augusti 2024 var {fmt(sol)} procent.")
    pdf.output(os.path.join(OUT, "delarsrapport-jan-aug-2024.pdf"))


# =========================================================================== HTML
def html_page():
    RB = N.RB
    res = [N.RES_2022, RB["res"][0], RB["res"][1], RB["res"][2]]
    sg = [N.SKATTGSB_2022, RB["skatt"][0] + RB["gsb"][0], RB["skatt"][1] + RB["gsb"][1], RB["skatt"][2] + RB["gsb"][2]]
    resp = [fmt(q(a / b * 100, 1)) for a, b in zip(res, sg)]
    inv = [N.NETINV_2022, N.NETINV_2023, N.DR_INV_SUM[0], N.INV_TOTAL[0]]
    netto = [D("2161.2"), -RB["netto"][0], -RB["netto"][1], -RB["netto"][2]]
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Budget 2025 är antagen - Nässjö kommun</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/css/main.css">
</head>
<body>
<div id="cookie-banner" class="cookie-banner" role="dialog" aria-label="Kakor">
  <p>Vi använder kakor (cookies) för att förbättra webbplatsen. Nödvändiga kakor krävs för att webbplatsen ska fungera.</p>
  <button type="button">Godkänn alla kakor</button>
  <button type="button">Endast nödvändiga</button>
  <a href="/om-webbplatsen/kakor">Läs mer om kakor</a>
</div>
<header class="site-header">
  <a class="logo" href="/">Nässjö kommun</a>
  <nav aria-label="Huvudmeny">
    <ul>
      <li><a href="/omsorg-och-stod">Omsorg och stöd</a></li>
      <li><a href="/utbildning-och-barnomsorg">Utbildning och barnomsorg</a></li>
      <li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
      <li><a href="/kultur-och-fritid">Kultur och fritid</a></li>
      <li><a href="/naringsliv-och-arbete">Näringsliv och arbete</a></li>
      <li><a href="/kommun-och-politik">Kommun och politik</a></li>
    </ul>
  </nav>
  <form role="search" action="/sok"><label for="q">Sök</label> <input id="q" name="q"></form>
</header>
<nav class="breadcrumbs" aria-label="Brödsmulor">
  <a href="/">Start</a> &gt;
  <a href="/kommun-och-politik">Kommun och politik</a> &gt;
  <a href="/kommun-och-politik/ekonomi">Kommunens ekonomi</a> &gt;
  <span>Budget 2025 är antagen</span>
</nav>
<main id="content">
<article>
<h1>Budget 2025 är antagen</h1>
<p class="meta">Publicerad: 2024-11-29</p>
<p class="ingress">Kommunfullmäktige antog den 28 november kommunens mål och budget för 2025 med plan för 2026–2027. Skattesatsen lämnas oförändrad på 22,08 kronor.</p>
<p>Budgeten innehåller ett resultat på {f(RB['res'][2])} miljoner kronor för 2025. Nämnderna får totalt {f(N.DRIFT_TOTAL[1])} miljoner kronor, vilket är {f(N.DRIFT_TOTAL[1] - N.DRIFT_TOTAL[0])} miljoner kronor mer än i år.</p>
<p>Investeringarna 2025 uppgår till {f(N.INV_TOTAL[0])} miljoner kronor. Bland de större projekten finns en ny förskola i Forserum, en konstgräsplan på Runnevål och starten för ett nytt särskilt boende i kvarteret Linden.</p>
<p>Socialdemokraterna lade ett eget budgetförslag med en skattehöjning på 25 öre, men det fick inte stöd av en majoritet i fullmäktige. Beslutet fattades efter votering med 31 röster mot 18. Två ledamöter avstod från att rösta.</p>
<h2>Ekonomin i korthet</h2>
<table class="table-keyfigures">
<caption>Nyckeltal för Nässjö kommun</caption>
<thead>
<tr>
<th rowspan="2" scope="col">Område</th>
<th rowspan="2" scope="col">Nyckeltal</th>
<th colspan="2" scope="colgroup">Utfall</th>
<th colspan="2" scope="colgroup">Budget</th>
</tr>
<tr>
<th scope="col">2022</th>
<th scope="col">2023</th>
<th scope="col">2024</th>
<th scope="col">2025</th>
</tr>
</thead>
<tbody>
<tr>
<th rowspan="2" scope="rowgroup">Resultat</th>
<td>Årets resultat, mnkr</td>
<td>{f(res[0])}</td>
<td>{f(res[1])}</td>
<td>{f(res[2])}</td>
<td>{f(res[3])}</td>
</tr>
<tr>
<td>Resultat i procent av skatter och bidrag</td>
<td>{resp[0]}</td>
<td>{resp[1]}</td>
<td>{resp[2]}</td>
<td>{resp[3]}</td>
</tr>
<tr>
<th rowspan="2" scope="rowgroup">Verksamhet</th>
<td>Verksamhetens nettokostnad, mnkr</td>
<td>{f(netto[0])}</td>
<td>{f(netto[1])}</td>
<td>{f(netto[2])}</td>
<td>{f(netto[3])}</td>
</tr>
<tr>
<td>Nettoinvesteringar, mnkr</td>
<td>{f(inv[0])}</td>
<td>{f(inv[1])}</td>
<td>{f(inv[2])}</td>
<td>{f(inv[3])}</td>
</tr>
<tr>
<th scope="row">Skatt</th>
<td>Kommunal skattesats, kronor</td>
<td>22,08</td>
<td>22,08</td>
<td>22,08</td>
<td>22,08</td>
</tr>
</tbody>
</table>
<p>Hela budgetdokumentet finns att ladda ner under relaterade dokument.</p>
<h2>Relaterade dokument</h2>
<ul>
<li><a href="/download/mal-och-budget-2025-2027.pdf">Mål och budget 2025 med plan för 2026–2027 (pdf, 2,1 MB)</a></li>
<li><a href="/download/delarsrapport-jan-aug-2024.pdf">Delårsrapport januari–augusti 2024 (pdf, 1,4 MB)</a></li>
</ul>
<p class="meta">Senast uppdaterad: 2024-12-03</p>
<p class="meta">Sidansvarig: Ekonomiavdelningen</p>
</article>
</main>
<footer class="site-footer">
  <p>Nässjö kommun, 571 80 Nässjö</p>
  <p>Besöksadress: Stadshuset, Läroverksgatan 4</p>
  <p>Telefon: 0380-51 80 00 | E-post: kommunen@nassjo.se</p>
  <ul>
    <li><a href="/om-webbplatsen/tillganglighetsredogorelse">Tillgänglighetsredogörelse</a></li>
    <li><a href="/om-webbplatsen/personuppgifter">Behandling av personuppgifter</a></li>
    <li><a href="/om-webbplatsen/kakor">Kakor</a></li>
  </ul>
</footer>
</body>
</html>
"""
    with open(os.path.join(OUT, "budget-2025-antagen.html"), "w", encoding="utf-8") as fh:
        fh.write(html)


# =========================================================================== DOCX protokoll
def _table(doc, header, rows, style="Table Grid"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = style
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
        for p in t.rows[0].cells[i].paragraphs:
            for r in p.runs:
                r.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    return t


def protokoll_docx():
    doc = Document()
    doc.core_properties.author = "Kommunledningsförvaltningen"
    doc.core_properties.title = "Protokoll kommunstyrelsen 2024-10-29"
    doc.core_properties.created = FIXED_DATE.replace(tzinfo=None)
    doc.core_properties.modified = FIXED_DATE.replace(tzinfo=None)
    doc.core_properties.last_modified_by = "Kommunledningsförvaltningen"
    doc.core_properties.revision = 1
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "NÄSSJÖ KOMMUN\tSAMMANTRÄDESPROTOKOLL\tSammanträdesdatum 2024-10-29"
    sec.footer.paragraphs[0].text = "Justerandes signatur: ____________    Utdragsbestyrkande: ____________"

    doc.add_heading("Kommunstyrelsen", level=1)
    doc.add_paragraph("Plats och tid: Stadshuset, KS-salen, tisdagen den 29 oktober 2024 kl. 08.30–12.10")
    doc.add_paragraph("Ajournering: kl. 10.05–10.20")
    doc.add_heading("Beslutande", level=2)
    members = [
        ("Annika Rydell", "M", "Ordförande"),
        ("Per-Olof Sjöholm", "KD", "1:e vice ordförande"),
        ("Leila Mansour", "S", "2:e vice ordförande"),
        ("Karin Åberg", "M", "Ledamot"),
        ("Tomas Ekwall", "C", "Ledamot"),
        ("Sofia Lindén", "KD", "Ledamot"),
        ("Håkan Edvardsson", "SD", "Ledamot"),
        ("Birgitta Holm", "SD", "Ledamot"),
        ("Anders Wikström", "L", "Ledamot"),
        ("Mikael Strand", "S", "Ledamot"),
        ("Eva Johansson", "S", "Ledamot"),
        ("Yasmin Karlsson", "V", "Ledamot"),
        ("Roger Nyqvist", "SD", "Tjänstgörande ersättare för Lars Ek (SD)"),
    ]
    _table(doc, ["Namn", "Parti", "Funktion"], members)
    doc.add_paragraph("")
    doc.add_paragraph("Övriga närvarande: Helena Sandberg, kommundirektör; Fredrik Lundmark, ekonomichef "
                      "(§§ 167–169); Lisa Ström, nämndsekreterare.")
    doc.add_paragraph("Utses att justera: Mikael Strand (S)")
    doc.add_paragraph("Justeringens plats och tid: Stadshuset, fredagen den 1 november 2024")
    doc.add_paragraph("Paragrafer: §§ 165–171")
    doc.add_paragraph("Sekreterare: Lisa Ström    Ordförande: Annika Rydell    Justerande: Mikael Strand")

    doc.add_heading("§ 165 Val av justerare", level=2)
    doc.add_paragraph("Kommunstyrelsen utser Mikael Strand (S) att jämte ordföranden justera dagens protokoll.")

    doc.add_heading("§ 166 Godkännande av dagordning", level=2)
    doc.add_paragraph("Dagordningen godkänns med tillägget att ärendet om tilläggsanslag till tekniska "
                      "nämnden behandlas som § 169.")

    DR = N.DR
    doc.add_heading("§ 167 Delårsrapport januari–augusti 2024", level=2)
    doc.add_paragraph("Dnr KS 2024/402")
    doc.add_paragraph(
        f"Ärendebeskrivning: Ekonomiavdelningen har upprättat delårsrapport för perioden januari–augusti 2024. "
        f"Periodens resultat är {f(DR['res'][1])} mnkr och prognosen för helåret är {f(DR['res'][3])} mnkr, "
        f"vilket är {f(DR['res'][3] - DR['res'][2])} mnkr bättre än budget. Ekonomichef Fredrik Lundmark "
        "föredrar ärendet.")
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige besluta att godkänna delårsrapporten "
                      "för januari–augusti 2024, samt att uppmana socialnämnden att vidta åtgärder för att nå en "
                      "budget i balans.")

    doc.add_heading("§ 168 Mål och budget 2025 med plan för 2026–2027", level=2)
    doc.add_paragraph("Dnr KS 2024/318")
    doc.add_paragraph(
        "Ärendebeskrivning: Budgetberedningen har tagit fram förslag till mål och budget för 2025 med plan för "
        f"2026–2027. Förslaget innebär ett resultat på {f(N.RB['res'][2])} mnkr 2025 och en oförändrad skattesats "
        "på 22,08 kronor.")
    doc.add_paragraph("Yrkanden: Annika Rydell (M), Per-Olof Sjöholm (KD) och Håkan Edvardsson (SD) yrkar bifall "
                      "till budgetberedningens förslag. Leila Mansour (S) yrkar bifall till Socialdemokraternas "
                      "budgetförslag med en skattesats på 22,33 kronor. Yasmin Karlsson (V) meddelar att hon inte "
                      "deltar i beslutet.")
    doc.add_paragraph("Propositionsordning: Ordföranden ställer förslagen mot varandra och finner att "
                      "kommunstyrelsen bifaller budgetberedningens förslag. Votering begärs och verkställs.")
    doc.add_paragraph("Omröstningsresultat: Ja-röst för budgetberedningens förslag, nej-röst för "
                      "Socialdemokraternas förslag. Med 8 ja-röster mot 4 nej-röster beslutar kommunstyrelsen "
                      "enligt budgetberedningens förslag. En ledamot avstår.")
    votes = []
    for name, party, _ in members:
        if party == "S":
            votes.append((name, party, "", "X", ""))
        elif party == "V":
            votes.append((name, party, "", "", "X"))
        else:
            votes.append((name, party, "X", "", ""))
    _table(doc, ["Ledamot", "Parti", "Ja", "Nej", "Avstår"], votes)
    doc.add_paragraph("")
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige besluta")
    for item in [
        "att fastställa skattesatsen för 2025 till 22,08 kronor per skattekrona,",
        "att fastställa resultatbudget, balansbudget och driftbudget per nämnd för 2025 enligt förslaget,",
        f"att fastställa investeringsbudget för 2025 om {f(N.INV_TOTAL[0])} mnkr samt plan för 2026–2029,",
        "att ge kommunstyrelsen rätt att under 2025 nyupplåna, det vill säga öka kommunens skulder, med "
        "högst 95,0 mnkr.",
    ]:
        doc.add_paragraph(item, style="List Bullet")
    doc.add_paragraph("Reservation: Ledamöterna för Socialdemokraterna reserverar sig mot beslutet till förmån "
                      "för eget yrkande.")

    doc.add_heading("§ 169 Tilläggsanslag till tekniska nämnden för vinterväghållning 2024", level=2)
    doc.add_paragraph("Dnr KS 2024/377")
    doc.add_paragraph(
        "Ärendebeskrivning: Tekniska nämnden har begärt ett tilläggsanslag om 3,0 mnkr för 2024 på grund av "
        "ökade kostnader för snöröjning och halkbekämpning under januari–mars. Kommunledningsförvaltningen "
        "föreslår att 2,4 mnkr beviljas ur kommunstyrelsens reserv för oförutsedda behov.")
    _table(doc, ["Kommunstyrelsens reserv 2024", "mnkr"], [
        ("Reserv enligt budget 2024", "5,0"),
        ("Beslutat tidigare, § 98 (feriearbeten)", "– 1,2"),
        ("Detta beslut, tekniska nämnden", "– 2,4"),
        ("Kvar att disponera", "1,4"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph("Beslut: Kommunstyrelsen beslutar att bevilja tekniska nämnden ett tilläggsanslag om "
                      "2,4 mnkr för 2024, att finansieras ur kommunstyrelsens reserv för oförutsedda behov.")

    doc.add_heading("§ 170 Svar på motion om solceller på kommunens fastigheter", level=2)
    doc.add_paragraph("Dnr KS 2023/511")
    doc.add_paragraph(
        "Ärendebeskrivning: Yasmin Karlsson (V) har i en motion föreslagit att kommunen ska installera "
        "solceller på samtliga kommunala fastigheter med lämpliga tak senast 2027. Kommunledningsförvaltningen "
        "redovisar att solceller ingår i anslaget för energieffektivisering, som uppgår till 15,0 mnkr per år "
        "under 2025–2029.")
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige besluta att motionen ska anses "
                      "besvarad.")

    doc.add_heading("§ 171 Anmälan av delegationsbeslut", level=2)
    doc.add_paragraph("Förteckning över delegationsbeslut fattade under september 2024 anmäls. "
                      "Kommunstyrelsen beslutar att lägga anmälan till handlingarna.")
    path = os.path.join(OUT, "protokoll-ks-2024-10-29.docx")
    doc.save(path)
    normalize_zip(path)


# =========================================================================== XLSX
def nyckeltal_xlsx():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Befolkning och skatt"
    ws["A1"] = "Nässjö kommun – befolkning och skattesats 2018–2023"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Folkmängd per den 31 december (antal invånare). Skattesats i kronor per 100 kronor "
                "beskattningsbar inkomst.")
    ws["A2"].font = Font(italic=True)
    head = ["År", "Folkmängd 31 dec", "Förändring mot föregående år", "Kommunal skattesats",
            "Regionens skattesats", "Total skattesats"]
    ws.append([])
    ws.append(head)
    for c in ws[4]:
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True)
    prev = None
    for yr, pop in N.POP:
        k = N.SKATT_KOMMUN[yr]
        ws.append([yr, pop, (pop - prev) if prev is not None else "–", float(k), float(N.SKATT_REGION),
                   float(k + N.SKATT_REGION)])
        prev = pop
    for row in ws.iter_rows(min_row=5, max_row=4 + len(N.POP)):
        row[1].number_format = "# ##0"
        row[2].number_format = "+# ##0;-# ##0"
        for c in row[3:]:
            c.number_format = "0.00"
    ws.append([])
    ws.append(["Källa: SCB, befolkningsstatistik och kommunalekonomisk statistik."])
    for col, w in zip("ABCDEF", [8, 18, 28, 20, 20, 18]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Kostnad per invånare")
    ws2["A1"] = "Nettokostnad per invånare för några verksamheter 2021–2023"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Belopp i kronor per invånare, löpande priser"
    ws2["A2"].font = Font(italic=True)
    ws2.append([])
    ws2.append(["Verksamhet", 2021, 2022, 2023])
    for c in ws2[4]:
        c.font = Font(bold=True)
    for row in N.KPI:
        ws2.append(list(row))
    for row in ws2.iter_rows(min_row=5, max_row=4 + len(N.KPI)):
        for c in row[1:]:
            c.number_format = "# ##0"
    ws2.append([])
    ws2.append(["Källa: Kolada (räkenskapssammandraget). Nettokostnad exklusive interna poster."])
    ws2.column_dimensions["A"].width = 36
    wb.properties.creator = "Nässjö kommun"
    wb.properties.created = FIXED_DATE.replace(tzinfo=None)
    wb.properties.modified = FIXED_DATE.replace(tzinfo=None)
    path = os.path.join(OUT, "nassjo-nyckeltal-2018-2023.xlsx")
    wb.save(path)
    normalize_zip(path)


def build():
    budget_pdf()
    delar_pdf()
    html_page()
    protokoll_docx()
    nyckeltal_xlsx()
