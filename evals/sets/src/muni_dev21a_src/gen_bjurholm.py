"""Bjurholms kommun (Västerbotten, ~2 400 inv.) - invented figures, public Swedish layouts."""
import datetime as dt
from decimal import Decimal as D
from pathlib import Path

import docx
from docx.shared import Pt
from pdfkit import MuniPDF, sv

FIXED = dt.datetime(2024, 11, 28, 9, 0, 0, tzinfo=dt.timezone.utc)


def d(x):
    return D(str(x))


# ---------------------------------------------------------------- data
# Resultatbudget, mnkr: Bokslut 2023, Budget 2024, Budget 2025, Plan 2026, Plan 2027
RB_YEARS = ["Bokslut 2023", "Budget 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
RB = {
    "int": ["68.4", "64.0", "66.2", "67.0", "67.8"],
    "kost": ["-262.7", "-266.5", "-274.9", "-280.3", "-285.6"],
    "avskr": ["-9.8", "-10.4", "-11.2", "-11.9", "-12.3"],
    "skatt": ["104.6", "109.8", "113.5", "117.2", "121.0"],
    "gsb": ["103.9", "106.1", "110.4", "112.3", "113.9"],
    "finint": ["1.2", "0.8", "0.9", "0.9", "0.9"],
    "finkost": ["-1.9", "-2.3", "-2.6", "-2.9", "-3.1"],
}
RB = {k: [d(x) for x in v] for k, v in RB.items()}
RB["vnk"] = [RB["int"][i] + RB["kost"][i] + RB["avskr"][i] for i in range(5)]
RB["vres"] = [RB["vnk"][i] + RB["skatt"][i] + RB["gsb"][i] for i in range(5)]
RB["efp"] = [RB["vres"][i] + RB["finint"][i] + RB["finkost"][i] for i in range(5)]

# Driftbudget per nämnd, tkr: Budget 2024, Budget 2025
DRIFT = [
    ("Politisk verksamhet", [
        ("Kommunfullmäktige", 1420, 1480),
        ("Revision", 610, 640),
        ("Valnämnd", 320, 40),
    ]),
    ("Kommunstyrelsen", [
        ("Ledning och administration", 23800, 24300),
        ("Samhällsbyggnad och teknik", 18200, 18900),
        ("Näringsliv, kultur och fritid", 5900, 6150),
    ]),
    ("Barn- och utbildningsnämnden", [
        ("Förskola", 17100, 17800),
        ("Grundskola och fritidshem", 37400, 38600),
        ("Gymnasieskola (interkommunal ersättning)", 15600, 16200),
        ("Vuxenutbildning", 3300, 3100),
    ]),
    ("Socialnämnden", [
        ("Äldreomsorg", 56200, 58400),
        ("Individ- och familjeomsorg", 14100, 14700),
        ("Funktionsstöd", 19300, 19800),
    ]),
]

INV = [  # projekt, nämnd, 2025, 2026, 2027 (tkr)
    ("Nytt tak, Castorskolan", "BUN", 3200, 0, 0),
    ("Ventilation förskolan Björken", "BUN", 1400, 600, 0),
    ("VA-ledningar Västergatan", "KS", 4500, 3800, 2500),
    ("Gatubelysning, byte till LED", "KS", 900, 900, 600),
    ("Larmsystem Lärkbackens äldreboende", "SN", 750, 0, 0),
    ("IT-investeringar", "KS", 600, 600, 600),
    ("Inventarier, ramanslag", "Alla", 500, 500, 500),
]

TAXOR = [  # (avsnitt, rad, enhet, 2024, 2025) - kr
    ("Vatten och avlopp", None),
    ("Anläggningsavgift, villa", "kr per fastighet", "98 500", "102 000"),
    ("Brukningsavgift, fast del", "kr per år", "4 820", "5 060"),
    ("Brukningsavgift, rörlig del", "kr per m³", "31,40", "33,20"),
    ("Avgift för extra vattenavläsning", "kr per tillfälle", "450", "470"),
    ("Avfall", None),
    ("Grundavgift, permanentboende", "kr per år", "1 690", "1 780"),
    ("Tömning kärl 190 liter, var 14:e dag", "kr per år", "1 240", "1 310"),
    ("Tömning kärl 190 liter, var 4:e vecka", "kr per år", "820", "860"),
    ("Fritidshus, sommarhämtning", "kr per år", "1 050", "1 110"),
    ("Slamtömning, slamavskiljare upp till 3 m³", "kr per tömning", "1 380", "1 450"),
    ("Barnomsorg (maxtaxa)", None),
    ("Förskola, barn 1, högst", "kr per månad", "1 688", "1 735"),
    ("Förskola, barn 2, högst", "kr per månad", "1 125", "1 157"),
    ("Fritidshem, barn 1, högst", "kr per månad", "1 125", "1 157"),
    ("Äldreomsorg", None),
    ("Maxtaxa hemtjänst och hemsjukvård", "kr per månad", "2 467", "2 575"),
    ("Trygghetslarm", "kr per månad", "250", "275"),
    ("Matdistribution, huvudmål", "kr per portion", "78", "82"),
    ("Kost, särskilt boende", "kr per månad", "4 350", "4 560"),
    ("Korttidsboende, kost", "kr per dygn", "145", "152"),
    ("Fotvård inom särskilt boende", "kr per tillfälle", "350", "380"),
    ("Kultur och fritid", None),
    ("Bjurholmsbadet, vuxen entré", "kr per besök", "60", "65"),
    ("Bjurholmsbadet, barn 7-17 år", "kr per besök", "30", "30"),
    ("Årskort motionsspår och gym", "kr per år", "1 200", "1 300"),
    ("Hyra sporthall, förening", "kr per timme", "120", "130"),
    ("Hyra sporthall, övriga", "kr per timme", "350", "370"),
    ("Kulturskola, instrumentundervisning", "kr per termin", "600", "650"),
    ("Bibliotek, förseningsavgift vuxen", "kr per dag och media", "2", "0"),
    ("Plan och bygg", None),
    ("Bygglov enbostadshus", "kr per ärende", "21 800", "22 600"),
    ("Bygglov tillbyggnad", "kr per ärende", "9 400", "9 800"),
    ("Strandskyddsdispens", "kr per ärende", "7 500", "7 800"),
    ("Nybyggnadskarta", "kr per karta", "4 900", "5 100"),
    ("Lägeskontroll", "kr per ärende", "3 200", "3 350"),
    ("Miljö och hälsoskydd", None),
    ("Timavgift, offentlig kontroll livsmedel", "kr per timme", "1 250", "1 320"),
    ("Timavgift, miljöbalken", "kr per timme", "1 180", "1 250"),
    ("Tillstånd enskild avloppsanläggning", "kr per ärende", "7 080", "7 500"),
    ("Anmälan värmepump", "kr per ärende", "2 360", "2 500"),
    ("Serveringstillstånd, stadigvarande", "kr per ansökan", "9 000", "9 500"),
]

PERSONAL = [  # förvaltning, tillsvidareanst., årsarbetare, sjukfrånvaro %, andel heltid %, medelålder
    ("Kommunledningsförvaltningen", "38", "36,2", "4,1", "95", "48"),
    ("Samhällsbyggnad och teknik", "41", "40,0", "5,6", "98", "46"),
    ("Barn och utbildning", "92", "84,7", "6,2", "87", "44"),
    ("Vård och omsorg", "146", "128,9", "9,8", "71", "47"),
    ("Individ- och familjeomsorg", "18", "17,3", "7,4", "94", "43"),
    ("Totalt", "335", "307,1", "7,6", "82", "46"),
]


def build_budget(out):
    pdf = MuniPDF("Bjurholms kommun", "Budget 2025 med plan 2026–2027",
                  "Bjurholms kommun · Kommunfullmäktige 2024-11-25 § 87", accent=(20, 100, 60))
    pdf.set_creation_date(FIXED)
    pdf.set_title("Budget 2025 med plan 2026-2027")
    pdf.set_author("Bjurholms kommun")
    # 1 cover
    pdf.add_page()
    pdf.ln(50)
    pdf.set_font("DV", "B", 26)
    pdf.set_text_color(20, 100, 60)
    pdf.multi_cell(0, 12, "Budget 2025\nmed plan 2026–2027", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(10)
    pdf.set_font("DV", "", 12)
    pdf.multi_cell(0, 7, "Bjurholms kommun\nFastställd av kommunfullmäktige 2024-11-25, § 87\nDnr KS 2024/0213", align="C",
                   new_x="LMARGIN", new_y="NEXT")
    # 2 förord
    pdf.add_page()
    pdf.h1("Förord")
    pdf.p("Bjurholm är en liten kommun med stora ambitioner. Budgeten för 2025 tas fram i ett läge där "
          "kostnaderna för välfärden ökar snabbare än skatteintäkterna, samtidigt som antalet invånare "
          "har minskat något de senaste åren. Den 31 december 2023 hade kommunen 2 391 invånare, och i "
          "budgeten räknar vi med 2 370 invånare under 2025.")
    pdf.p("Vi har valt att prioritera äldreomsorgen och skolan. Socialnämnden tillförs 2,3 miljoner kronor "
          "för ökade volymer inom äldreomsorgen, och barn- och utbildningsnämnden får en ram som är "
          "2,3 miljoner kronor högre än 2024. Samtidigt avsätter kommunstyrelsen 1,2 miljoner kronor för "
          "fortsatt bredbandsutbyggnad på landsbygden, där de sista byarna ska anslutas under 2025.")
    pdf.p("Skattesatsen lämnas oförändrad på 23,95 kronor per skattekrona. Årets resultat budgeteras till "
          "2,3 miljoner kronor, vilket motsvarar 1,0 procent av skatteintäkter och generella statsbidrag. "
          "Det är lägre än vårt långsiktiga mål på 1,5 procent, och under planperioden måste vi därför "
          "fortsätta arbetet med att anpassa verksamheten efter de ekonomiska förutsättningarna.")
    pdf.p("Jag vill tacka alla medarbetare och förtroendevalda som har bidragit i budgetarbetet.")
    pdf.ln(6)
    pdf.p("Bjurholm i november 2024")
    pdf.p("Erik Bäckström (C)\nKommunstyrelsens ordförande", style="B")
    # 3 innehåll + förutsättningar
    pdf.add_page()
    pdf.h1("Omvärld och förutsättningar")
    pdf.h2("Samhällsekonomin")
    pdf.p("Sveriges Kommuner och Regioner (SKR) bedömer i sin prognos från oktober 2024 att skatteunderlaget "
          "växer med 4,2 procent 2025. Inflationen har fallit tillbaka, men kostnaderna för pensioner, "
          "livsmedel och energi ligger kvar på en hög nivå. För Bjurholms del innebär det att "
          "skatteintäkterna beräknas uppgå till 113,5 miljoner kronor 2025, en ökning med 3,7 miljoner kronor "
          "jämfört med budget 2024.")
    pdf.h2("Befolkning")
    pdf.p("Befolkningen har minskat med i genomsnitt 10 personer per år sedan 2020. Andelen invånare som är "
          "80 år eller äldre är 9,4 procent, vilket är betydligt högre än riksgenomsnittet. Varje invånare "
          "färre innebär ett intäktsbortfall på cirka 68 000 kronor per år i skatter och statsbidrag.")
    pdf.h2("Kommunalt utjämningssystem")
    pdf.p("Kommunen är starkt beroende av det kommunala utjämningssystemet. Generella statsbidrag och "
          "utjämning beräknas till 110,4 miljoner kronor 2025, vilket är nästan lika mycket som "
          "skatteintäkterna. Av detta utgör kostnadsutjämningen 24,8 miljoner kronor och "
          "inkomstutjämningen 71,6 miljoner kronor.")
    pdf.h2("Finansiella mål")
    pdf.p("Kommunfullmäktige har fastställt tre finansiella mål för god ekonomisk hushållning:")
    pdf.p("1. Årets resultat ska över planperioden uppgå till minst 1,5 procent av skatteintäkter och "
          "generella statsbidrag.\n2. Investeringarna ska finansieras med egna medel, det vill säga "
          "självfinansieringsgraden ska vara minst 100 procent.\n3. Den långfristiga låneskulden får inte "
          "överstiga 60 miljoner kronor.")
    pdf.p("Den långfristiga låneskulden beräknas uppgå till 48,0 miljoner kronor vid utgången av 2025. "
          "Ingen nyupplåning planeras under 2025.")
    # mål
    pdf.add_page()
    pdf.h1("Vision och mål för verksamheten")
    pdf.p("Visionen för Bjurholm är att vara en trygg och levande landsbygdskommun där människor vill bo, "
          "verka och åldras. Kommunfullmäktige har för mandatperioden 2023–2026 fastställt fyra "
          "inriktningsmål som nämnderna ska bryta ned i egna mål.")
    pdf.h2("Inriktningsmål 1: Attraktiv boendekommun")
    pdf.p("Antalet invånare ska stabiliseras. Kommunen ska kunna erbjuda minst fem byggklara tomter för "
          "villor och minst en tomt för flerbostadshus. Under 2025 ska detaljplanen för området vid "
          "Öreälven antas.")
    pdf.h2("Inriktningsmål 2: Barn och unga har goda förutsättningar")
    pdf.p("Andelen elever i årskurs 9 som är behöriga till gymnasieskolans yrkesprogram ska vara minst "
          "90 procent. Alla barn ska erbjudas plats i förskola inom fyra månader från ansökan.")
    pdf.h2("Inriktningsmål 3: Trygg vård och omsorg")
    pdf.p("Brukarnas nöjdhet med hemtjänsten ska vara minst 90 procent i Socialstyrelsens brukarundersökning. "
          "Antalet personal som en brukare med hemtjänst möter under 14 dagar ska minska till högst 12.")
    pdf.h2("Inriktningsmål 4: Hållbar och effektiv organisation")
    pdf.p("Kommunens energianvändning i egna lokaler ska minska med 10 procent till 2026 jämfört med 2022. "
          "Samverkan med grannkommunerna Vännäs, Vindeln och Nordmaling ska fördjupas inom IT, "
          "överförmyndare och räddningstjänst.")
    # 4 resultatbudget
    pdf.add_page()
    pdf.h1("Resultatbudget")
    pdf.caption("Tabell 1. Resultatbudget 2025 och plan 2026–2027. Belopp i mnkr")
    hdr = ["", "Not"] + RB_YEARS
    labels = [("Verksamhetens intäkter", "1", "int"), ("Verksamhetens kostnader", "2", "kost"),
              ("Avskrivningar", "3", "avskr"), ("Verksamhetens nettokostnader", "", "vnk"),
              ("Skatteintäkter", "4", "skatt"), ("Generella statsbidrag och utjämning", "5", "gsb"),
              ("Verksamhetens resultat", "", "vres"), ("Finansiella intäkter", "6", "finint"),
              ("Finansiella kostnader", "7", "finkost"), ("Resultat efter finansiella poster", "", "efp"),
              ("Årets resultat", "", "efp")]
    rows = [hdr]
    bold = set()
    for i, (lab, note, key) in enumerate(labels, start=1):
        rows.append([lab, note] + [sv(v, 1, "paren") for v in RB[key]])
        if note == "":
            bold.add(i)
    pdf.grid(rows, [58, 10, 22, 22, 22, 22, 22], ("LEFT", "CENTER", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
             layout="HORIZONTAL_LINES", bold_rows=bold, size=8.5)
    share = (RB["efp"][2] / (RB["skatt"][2] + RB["gsb"][2]) * 100)
    pdf.p(f"Årets resultat i procent av skatteintäkter och generella statsbidrag uppgår till "
          f"{sv(share, 1)} procent 2025. Negativa belopp anges inom parentes.")
    pdf.h2("Noter till resultatbudgeten")
    pdf.p("Not 1. Verksamhetens intäkter består främst av taxor och avgifter, hyror samt riktade statsbidrag. "
          "Riktade statsbidrag för 2025 har budgeterats till 21,4 miljoner kronor.", size=9)
    pdf.p("Not 2. I verksamhetens kostnader ingår personalkostnader med 171,8 miljoner kronor, varav "
          "pensionskostnader 14,6 miljoner kronor.", size=9)
    pdf.p("Not 3. Avskrivningarna ökar till följd av de senaste årens investeringar i VA-nätet och skollokaler.",
          size=9)
    pdf.p("Not 4–5. Skatteintäkter och generella statsbidrag bygger på SKR:s prognos från oktober 2024 "
          "(cirkulär 24:41) och en befolkning om 2 370 invånare.", size=9)
    pdf.p("Not 6–7. Finansiella kostnader avser i huvudsak räntor på kommunens lån och beräknas med en "
          "genomsnittlig ränta om 3,1 procent.", size=9)
    # 5 landscape: balansbudget + kassaflöde + nyckeltal
    pdf.add_page(orientation="L")
    pdf.h1("Balansbudget och kassaflödesbudget")
    pdf.caption("Tabell 2. Balansbudget per den 31 december. Belopp i mnkr")
    bal = [["", "Bokslut 2023", "Budget 2024", "Budget 2025", "Plan 2026", "Plan 2027"],
           ["Materiella anläggningstillgångar", "214,6", "219,3", "219,9", "214,4", "206,3"],
           ["Finansiella anläggningstillgångar", "6,2", "6,2", "6,2", "6,2", "6,2"],
           ["Omsättningstillgångar", "41,8", "38,6", "39,9", "42,2", "48,1"],
           ["Summa tillgångar", "262,6", "264,1", "266,0", "262,8", "260,6"],
           ["Eget kapital", "118,4", "119,9", "122,2", "124,5", "127,1"],
           ["  därav årets resultat", "3,7", "1,5", "2,3", "2,3", "2,6"],
           ["Avsättningar för pensioner", "12,9", "13,4", "13,8", "14,1", "14,5"],
           ["Långfristiga skulder", "68,5", "66,0", "63,0", "59,0", "55,0"],
           ["Kortfristiga skulder", "62,8", "64,8", "67,0", "65,2", "64,0"],
           ["Summa eget kapital och skulder", "262,6", "264,1", "266,0", "262,8", "260,6"]]
    pdf.grid(bal, [80, 34, 34, 34, 34, 34], ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
             layout="MINIMAL", bold_rows={4, 10}, size=8.5, heading_fill=(225, 240, 228))
    pdf.p("I långfristiga skulder ingår, utöver lån, investeringsbidrag och förutbetalda anslutningsavgifter "
          "för VA. Den långfristiga låneskulden till kreditinstitut uppgår till 48,0 miljoner kronor 2025.", size=9)
    pdf.caption("Tabell 3. Kassaflödesbudget. Belopp i mnkr")
    kf = [["", "Budget 2025", "Plan 2026", "Plan 2027"],
          ["Årets resultat", "2,3", "2,3", "2,6"],
          ["Justering för avskrivningar och avsättningar", "11,6", "12,2", "12,7"],
          ["Medel från den löpande verksamheten", "13,9", "14,5", "15,3"],
          ["Investeringar i materiella anläggningstillgångar", "(11,9)", "(6,4)", "(4,2)"],
          ["Amortering av lån", "(3,0)", "(4,0)", "(4,0)"],
          ["Årets kassaflöde", "(1,0)", "4,1", "7,1"]]
    pdf.grid(kf, [100, 34, 34, 34], ("LEFT", "RIGHT", "RIGHT", "RIGHT"), layout="MINIMAL",
             bold_rows={3, 6}, size=8.5, heading_fill=(225, 240, 228))
    # 6 driftbudget
    pdf.add_page(orientation="P")
    pdf.h1("Driftbudget per nämnd")
    pdf.p("Nämndernas ramar anges som nettokostnad, det vill säga kostnader minus intäkter. Ramarna för 2025 "
          "har räknats upp med 2,8 procent för löne- och prisökningar, med undantag för valnämnden. "
          "Kapitalkostnader och finansförvaltning redovisas inte per nämnd.")
    pdf.caption("Tabell 4. Driftbudget per nämnd och verksamhet, nettokostnad. Belopp i tkr")
    rows = [["Nämnd / verksamhet", "Budget 2024", "Budget 2025", "Förändring"]]
    sections, bold = set(), set()
    tot24 = tot25 = 0
    for name, items in DRIFT:
        sections.add(len(rows))
        rows.append([name, "", "", ""])
        s24 = s25 = 0
        for lab, a, b in items:
            rows.append([lab, sv(a, 0, "minus"), sv(b, 0, "minus"), sv(b - a, 0, "minus")])
            s24 += a
            s25 += b
        bold.add(len(rows))
        rows.append([f"Summa {name[0].lower() + name[1:]}", sv(s24, 0), sv(s25, 0), sv(s25 - s24, 0, "minus")])
        tot24 += s24
        tot25 += s25
    bold.add(len(rows))
    rows.append(["Summa nämnder", sv(tot24, 0), sv(tot25, 0), sv(tot25 - tot24, 0, "minus")])
    pdf.grid(rows, [80, 30, 30, 30], ("LEFT", "RIGHT", "RIGHT", "RIGHT"), layout="HORIZONTAL_LINES",
             bold_rows=bold, section_rows=sections, size=8.5, heading_fill=(225, 240, 228))
    # 7-8 nämndtexter
    pdf.add_page()
    pdf.h1("Nämndernas uppdrag och prioriteringar")
    pdf.h2("Kommunstyrelsen")
    pdf.p("Kommunstyrelsen leder och samordnar kommunens verksamhet och ansvarar för bland annat ekonomi, "
          "personal, IT, näringsliv, gator, vatten och avlopp samt fastigheter. Ramen för 2025 är "
          "49,4 miljoner kronor. I ramen ingår 1,2 miljoner kronor för bredbandsutbyggnad och 400 000 kronor "
          "för en ny tjänst som energi- och klimatrådgivare som delas med Vindelns kommun.")
    pdf.p("Samhällsbyggnad och teknik ska under 2025 slutföra saneringen av VA-ledningarna på Västergatan. "
          "Taxan för vatten och avlopp höjs med i genomsnitt 5 procent för att täcka ökade kapitalkostnader.")
    pdf.h2("Barn- och utbildningsnämnden")
    pdf.p("Barn- och utbildningsnämnden ansvarar för förskola, grundskola, fritidshem, gymnasieskola och "
          "vuxenutbildning. Kommunens grundskola, Castorskolan, har cirka 240 elever i förskoleklass till "
          "årskurs 9. Gymnasieelever studerar främst i Umeå och Vännäs, och den interkommunala ersättningen "
          "budgeteras till 16,2 miljoner kronor.")
    pdf.p("Förskolan beräknas ha 118 inskrivna barn under 2025. En ny avdelning öppnar på förskolan Björken "
          "i augusti 2025, vilket kostar 1,1 miljoner kronor i personal under höstterminen.")
    pdf.h2("Socialnämnden")
    pdf.p("Socialnämnden ansvarar för äldreomsorg, individ- och familjeomsorg samt stöd till personer med "
          "funktionsnedsättning. Ramen för 2025 är 92,9 miljoner kronor, en ökning med 3,3 miljoner kronor. "
          "Av ökningen avser 2,3 miljoner kronor fler brukare inom äldreomsorgen.")
    pdf.p("För att minska kostnaderna för inhyrd personal genomförs en tillfällig satsning på 850 000 kronor "
          "under 2025 för att rekrytera och utbilda undersköterskor. Lärkbackens äldreboende har 32 platser "
          "och beläggningen har under 2024 legat på i genomsnitt 97 procent.")
    pdf.h2("Politisk verksamhet")
    pdf.p("Kommunfullmäktige har 21 ledamöter. Valnämndens budget minskar 2025 eftersom inga allmänna val "
          "hålls det året; 2024 genomfördes val till Europaparlamentet.")
    # 9 investering
    pdf.add_page()
    pdf.h1("Investeringsbudget")
    pdf.p("Investeringsvolymen 2025 är högre än de kommande åren på grund av takbytet på Castorskolan och "
          "VA-arbetena. Samtliga investeringar ska finansieras med egna medel.")
    pdf.caption("Tabell 5. Investeringsbudget 2025 och plan 2026–2027 (tkr)")
    rows = [["Projekt", "Ansvar", "Budget 2025", "Plan 2026", "Plan 2027", "Summa 2025–2027"]]
    s = [0, 0, 0, 0]
    for pr, n, a, b, c in INV:
        rows.append([pr, n, sv(a, 0), sv(b, 0), sv(c, 0), sv(a + b + c, 0)])
        for i, v in enumerate((a, b, c, a + b + c)):
            s[i] += v
    rows.append(["Summa investeringar", "", *[sv(v, 0) for v in s]])
    pdf.grid(rows, [62, 16, 24, 22, 22, 28], ("LEFT", "CENTER", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
             layout="ALL", bold_rows={len(rows) - 1}, size=8.5, heading_fill=(225, 240, 228))
    pdf.p("BUN = barn- och utbildningsnämnden, KS = kommunstyrelsen, SN = socialnämnden.", size=8)
    pdf.p("Det största projektet är VA-ledningarna på Västergatan, som beräknas kosta totalt 10,8 miljoner "
          "kronor under perioden. Projektet delfinansieras av VA-kollektivet via taxan.")
    # 10-11 taxor (long table over page break)
    pdf.ln(4)
    pdf.h1("Taxor och avgifter 2025")
    pdf.p("Kommunfullmäktige fastställer taxor och avgifter i samband med budgeten. Tabellen visar ett urval "
          "av de avgifter som ändras eller är vanligast förekommande. Alla belopp är i kronor och inklusive "
          "moms där sådan ska betalas.")
    pdf.caption("Tabell 6. Urval av taxor och avgifter, belopp i kr")
    rows = [["Avgift", "Enhet", "2024", "2025"]]
    sections = set()
    for t in TAXOR:
        if t[1] is None:
            sections.add(len(rows))
            rows.append([t[0], "", "", ""])
        else:
            rows.append(list(t))
    pdf.grid(rows, [80, 46, 22, 22], ("LEFT", "LEFT", "RIGHT", "RIGHT"), layout="ALL",
             section_rows=sections, size=8.5, heading_fill=(225, 240, 228))
    pdf.p("Förseningsavgifter på biblioteket för vuxna tas bort från och med 1 januari 2025.", size=9)
    # 12 personal (wrapped header)
    pdf.add_page()
    pdf.h1("Personal")
    pdf.p("Kommunen är ortens största arbetsgivare. Kompetensförsörjningen är den största utmaningen, "
          "framför allt inom vård och omsorg och förskola. Målet är att sjukfrånvaron ska understiga "
          "6,5 procent och att andelen heltidsanställda ska öka till minst 85 procent 2025.")
    pdf.caption("Tabell 7. Personalnyckeltal per förvaltningsområde, 31 augusti 2024")
    rows = [["Förvaltningsområde", "Antal tillsvidare- anställda", "Antal årsarbetare",
             "Sjukfrånvaro i procent av ordinarie arbetstid", "Andel heltids- anställda, procent",
             "Medelålder, år"]] + [list(r) for r in PERSONAL]
    pdf.grid(rows, [50, 28, 24, 34, 30, 24], ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
             layout="ALL", bold_rows={len(rows) - 1}, size=8.5, heading_fill=(225, 240, 228))
    pdf.p("Lönerevisionen 2025 budgeteras med 3,4 procent för samtliga avtalsområden. En procents "
          "löneökning motsvarar cirka 1,3 miljoner kronor inklusive personalomkostnader.")
    # 13 beslut
    pdf.add_page()
    pdf.h1("Kommunfullmäktiges beslut")
    pdf.p("Kommunfullmäktige beslutade den 25 november 2024, § 87:")
    pdf.p("1. Budget 2025 med plan 2026–2027 fastställs enligt kommunstyrelsens förslag.\n"
          "2. Skattesatsen för 2025 fastställs till 23,95 kronor per skattekrona.\n"
          "3. Nämndernas driftramar fastställs enligt tabell 4.\n"
          "4. Investeringsbudgeten fastställs till 11 850 tkr för 2025.\n"
          "5. Kommunstyrelsen får under 2025 nyupplåna, det vill säga öka kommunens skulder, med högst "
          "5,0 miljoner kronor.\n6. Taxor och avgifter fastställs enligt bilaga.")
    pdf.p("Vid beslutet reserverade sig ledamöterna för Socialdemokraterna till förmån för eget "
          "budgetförslag, som innehöll ytterligare 0,5 miljoner kronor till individ- och familjeomsorgen.")
    pdf.output(out)


# ------------------------------------------------------------ delårsrapport
DEL_DRIFT = [  # nämnd, budget 2024, utfall jan-aug, prognos (tkr)
    ("Politisk verksamhet", 2350, 1480, 2290),
    ("Kommunstyrelsen", 47900, 31250, 48600),
    ("Barn- och utbildningsnämnden", 73400, 47900, 74900),
    ("Socialnämnden", 89600, 61800, 93400),
]


def build_delar(out):
    pdf = MuniPDF("Bjurholms kommun", "Delårsrapport januari–augusti 2024",
                  "Bjurholms kommun · Delårsrapport 2024", accent=(20, 100, 60))
    pdf.set_creation_date(FIXED)
    pdf.add_page()
    pdf.ln(60)
    pdf.set_font("DV", "B", 24)
    pdf.multi_cell(0, 11, "Delårsrapport\n1 januari – 31 augusti 2024", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 12)
    pdf.ln(6)
    pdf.multi_cell(0, 7, "Bjurholms kommun\nGodkänd av kommunstyrelsen 2024-10-14, § 118", align="C",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.h1("Sammanfattning")
    pdf.p("Periodens resultat uppgår till 1,0 miljoner kronor, vilket är 1,0 miljoner kronor lägre än "
          "motsvarande period 2023. Prognosen för helåret pekar mot ett underskott på 2,0 miljoner kronor, "
          "vilket är 3,5 miljoner kronor sämre än det budgeterade resultatet på 1,5 miljoner kronor.")
    pdf.p("Den främsta orsaken är att socialnämnden prognostiserar ett underskott på 3,8 miljoner kronor, "
          "främst inom äldreomsorgen där kostnaderna för bemanningssjuksköterskor har ökat. Barn- och "
          "utbildningsnämnden prognostiserar ett underskott på 1,5 miljoner kronor som förklaras av fler "
          "elever i gymnasieskolan än budgeterat.")
    pdf.p("Antalet invånare var 2 384 den 30 juni 2024, en minskning med 7 personer sedan årsskiftet. "
          "Sjukfrånvaron för perioden uppgår till 7,9 procent.")
    pdf.p("Investeringarna uppgick till 5,6 miljoner kronor under perioden, av en årsbudget på 14,2 miljoner "
          "kronor inklusive ombudgeteringar från 2023. Prognosen för helåret är 11,0 miljoner kronor.")
    pdf.h2("Resultaträkning i sammandrag")
    pdf.caption("Belopp i mnkr")
    rr = [["", "Utfall jan–aug 2024", "Utfall jan–aug 2023", "Prognos 2024", "Budget 2024"],
          ["Verksamhetens nettokostnader", "(142,9)", "(136,1)", "(219,4)", "(212,9)"],
          ["Skatteintäkter", "73,6", "69,5", "111,2", "109,8"],
          ["Generella statsbidrag och utjämning", "71,4", "69,0", "107,9", "106,1"],
          ["Finansnetto", "(1,1)", "(0,4)", "(1,7)", "(1,5)"],
          ["Periodens/årets resultat", "1,0", "2,0", "(2,0)", "1,5"]]
    pdf.grid(rr, [62, 28, 28, 26, 26], ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"), layout="HORIZONTAL_LINES",
             bold_rows={5}, size=8.5, heading_fill=(225, 240, 228))
    pdf.add_page()
    pdf.h1("Driftredovisning per nämnd")
    pdf.caption("Nettokostnad per nämnd, tkr. Avvikelse = budget minus prognos; negativt belopp = underskott.")
    rows = [["Nämnd", "Budget 2024", "Utfall jan–aug 2024", "Prognos 2024", "Avvikelse"]]
    s = [0, 0, 0, 0]
    for n, b, u, p in DEL_DRIFT:
        rows.append([n, sv(b, 0), sv(u, 0), sv(p, 0), sv(b - p, 0, "minus")])
        for i, v in enumerate((b, u, p, b - p)):
            s[i] += v
    rows.append(["Summa", sv(s[0], 0), sv(s[1], 0), sv(s[2], 0), sv(s[3], 0, "minus")])
    pdf.grid(rows, [62, 26, 30, 26, 24], ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"), layout="ALL",
             bold_rows={len(rows) - 1}, size=8.5, heading_fill=(225, 240, 228))
    pdf.h2("Kommentarer")
    pdf.p("Kommunstyrelsen prognostiserar ett underskott på 700 000 kronor, till största delen beroende på "
          "högre kostnader för snöröjning under vintern. Den politiska verksamheten beräknas ge ett överskott "
          "på 60 000 kronor.")
    pdf.p("Åtgärder: Kommunstyrelsen har beslutat om ett generellt anställningsstopp för administrativa tjänster "
          "till och med 31 december 2024 och uppdragit åt socialnämnden att ta fram en handlingsplan för "
          "minskade bemanningskostnader.")
    pdf.output(out)


# ------------------------------------------------------------ html
def build_html(out):
    rows = [
        ("Utfall", "2021", "23,75", "11,35", "35,10", "6,2", "2 412"),
        (None, "2022", "23,75", "11,35", "35,10", "5,1", "2 398"),
        (None, "2023", "23,95", "11,35", "35,30", "3,7", "2 391"),
        ("Budget", "2024", "23,95", "11,35", "35,30", "1,5", "–"),
        (None, "2025", "23,95", "11,35", "35,30", "2,3", "–"),
    ]
    trs = []
    for i, r in enumerate(rows):
        cells = []
        if r[0] == "Utfall":
            cells.append('<th scope="rowgroup" rowspan="3">Utfall</th>')
        elif r[0] == "Budget":
            cells.append('<th scope="rowgroup" rowspan="2">Budget</th>')
        cells += [f"<td>{c}</td>" for c in r[1:]]
        trs.append("        <tr>" + "".join(cells) + "</tr>")
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Ekonomi och finansiell information - Bjurholms kommun</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/css/main.css">
</head>
<body>
<div id="cookie-banner" class="cookie">
  <p>Vi använder kakor (cookies) för att förbättra webbplatsen. <a href="/om-webbplatsen/kakor">Läs mer om kakor</a></p>
  <button>Godkänn alla</button> <button>Endast nödvändiga</button>
</div>
<header class="site-header">
  <a class="logo" href="/">Bjurholms kommun</a>
  <nav aria-label="Huvudmeny">
    <ul>
      <li><a href="/omsorg-och-stod">Omsorg och stöd</a></li>
      <li><a href="/utbildning-och-barnomsorg">Utbildning och barnomsorg</a></li>
      <li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
      <li><a href="/kultur-och-fritid">Kultur och fritid</a></li>
      <li><a href="/kommun-och-politik">Kommun och politik</a></li>
    </ul>
  </nav>
  <form role="search"><input type="search" placeholder="Sök på bjurholm.se"></form>
</header>
<nav class="breadcrumbs" aria-label="Brödsmulor">
  <a href="/">Start</a> › <a href="/kommun-och-politik">Kommun och politik</a> › <a href="/kommun-och-politik/ekonomi">Ekonomi</a> › Finansiell information
</nav>
<main>
  <article>
    <h1>Finansiell information</h1>
    <p class="ingress">Här hittar du kommunens budget, årsredovisningar och delårsrapporter samt en översikt över skattesats och resultat.</p>
    <h2>Budget 2025 antagen</h2>
    <p>Kommunfullmäktige antog den 25 november 2024 budgeten för 2025 med plan för 2026–2027. Skattesatsen är oförändrad. Budgeten omfattar nämndramar på totalt 220,1 miljoner kronor och investeringar för 11,9 miljoner kronor.</p>
    <p>Kommunens årsredovisning för 2024 behandlas av kommunfullmäktige i april 2025.</p>
    <h2>Skattesats och resultat i sammandrag</h2>
    <table class="table">
      <caption>Skattesats i kronor per skattekrona, årets resultat i mnkr</caption>
      <thead>
        <tr><th rowspan="2">Typ</th><th rowspan="2">År</th><th colspan="3">Skattesats</th><th rowspan="2">Årets resultat, mnkr</th><th rowspan="2">Invånare 31 dec</th></tr>
        <tr><th>Kommun</th><th>Region Västerbotten</th><th>Totalt</th></tr>
      </thead>
      <tbody>
{chr(10).join(trs)}
      </tbody>
    </table>
    <h2>Dokument</h2>
    <ul class="documents">
      <li><a href="/download/budget-2025-plan-2026-2027.pdf">Budget 2025 med plan 2026–2027 (pdf, 1,2 MB)</a></li>
      <li><a href="/download/delarsrapport-jan-aug-2024.pdf">Delårsrapport januari–augusti 2024 (pdf, 640 kB)</a></li>
      <li><a href="/download/arsredovisning-2023.pdf">Årsredovisning 2023 (pdf, 2,4 MB)</a></li>
    </ul>
    <h2>Frågor om kommunens ekonomi?</h2>
    <p>Kontakta ekonomichef Helena Sjöberg, telefon 0932-140 00 (växel).</p>
    <p class="meta">Publicerad: 2024-11-27<br>Senast uppdaterad: 2025-01-09</p>
  </article>
</main>
<footer class="site-footer">
  <p>Bjurholms kommun, Box 100, 916 81 Bjurholm. Besöksadress: Bjurholmsvägen 2.</p>
  <p>Telefon 0932-140 00 · kommun@bjurholm.se · Organisationsnummer 212000-2437</p>
  <p><a href="/om-webbplatsen/tillganglighetsredogorelse">Tillgänglighetsredogörelse</a> · <a href="/om-webbplatsen/personuppgifter">Personuppgifter</a></p>
</footer>
</body>
</html>
"""
    Path(out).write_text(html, encoding="utf-8")


# ------------------------------------------------------------ docx protokoll
def build_docx(out):
    doc = docx.Document()
    doc.core_properties.created = FIXED.replace(tzinfo=None)
    doc.core_properties.modified = FIXED.replace(tzinfo=None)
    doc.core_properties.author = "Bjurholms kommun"
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    doc.add_paragraph("BJURHOLMS KOMMUN\tSAMMANTRÄDESPROTOKOLL")
    doc.add_paragraph("Kommunstyrelsen\tSammanträdesdatum 2024-10-14")
    doc.add_heading("Protokoll kommunstyrelsen", level=1)
    doc.add_paragraph("Plats och tid: Kommunhuset, sammanträdesrummet Lärkan, kl. 09.00–12.15")
    doc.add_paragraph("Beslutande ledamöter: Erik Bäckström (C), ordförande; Maria Nordin (S), vice ordförande; "
                      "Johan Lundmark (KD); Sara Öberg (S); Per-Olof Strand (M); Lena Westerlund (V); "
                      "Anders Grahn (C), tjänstgörande ersättare för Karin Ek (C).")
    doc.add_paragraph("Övriga närvarande: Helena Sjöberg, ekonomichef; Tomas Lindgren, kommunchef; "
                      "Ulrika Berg, sekreterare.")
    doc.add_paragraph("Justerare: Maria Nordin (S). Justeringens plats och tid: Kommunhuset 2024-10-17.")
    doc.add_paragraph("Paragrafer: §§ 117–122")

    def para(nr, title, *texts):
        doc.add_heading(f"§ {nr} {title}", level=2)
        for t in texts:
            doc.add_paragraph(t)

    para(117, "Godkännande av dagordningen",
         "Kommunstyrelsen godkänner dagordningen med tillägget att ärendet om borgen för Bjurholmshus AB "
         "behandlas som § 121.")
    para(118, "Delårsrapport januari–augusti 2024",
         "Dnr KS 2024/0188",
         "Ekonomichefen redovisar delårsrapporten. Periodens resultat är 1,0 miljoner kronor och prognosen "
         "för helåret är ett underskott på 2,0 miljoner kronor. Socialnämnden prognostiserar ett underskott "
         "på 3,8 miljoner kronor.",
         "Beslut: Kommunstyrelsen godkänner delårsrapporten och överlämnar den till kommunfullmäktige och "
         "revisorerna. Socialnämnden uppdras att senast den 30 november 2024 redovisa en handlingsplan för "
         "en budget i balans.")
    para(119, "Budget 2025 med plan 2026–2027",
         "Dnr KS 2024/0213",
         "Budgetberedningen har lämnat förslag till driftramar för 2025. Förslaget framgår av tabellen nedan.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Nämnd", "Ram 2024, tkr", "Förslag ram 2025, tkr", "Förändring, tkr"]):
        c.text = h
    for n, items in DRIFT:
        a = sum(x[1] for x in items)
        b = sum(x[2] for x in items)
        r = t.add_row().cells
        r[0].text, r[1].text, r[2].text, r[3].text = n, sv(a, 0), sv(b, 0), sv(b - a, 0, "minus")
    ta = sum(x[1] for _, it in DRIFT for x in it)
    tb = sum(x[2] for _, it in DRIFT for x in it)
    r = t.add_row().cells
    r[0].text, r[1].text, r[2].text, r[3].text = "Totalt", sv(ta, 0), sv(tb, 0), sv(tb - ta, 0)
    doc.add_paragraph("")
    doc.add_paragraph("Yrkanden: Maria Nordin (S) yrkar att individ- och familjeomsorgens ram utökas med "
                      "500 tkr finansierat genom minskat resultat. Ordföranden yrkar bifall till "
                      "budgetberedningens förslag.")
    doc.add_paragraph("Omröstning begärs och genomförs. Med 4 röster mot 3 beslutar kommunstyrelsen enligt "
                      "ordförandens yrkande.")
    doc.add_paragraph("Beslut: Kommunstyrelsen föreslår kommunfullmäktige att fastställa budget 2025 med plan "
                      "2026–2027 enligt budgetberedningens förslag.")
    doc.add_paragraph("Reservation: Maria Nordin (S), Sara Öberg (S) och Lena Westerlund (V) reserverar sig "
                      "mot beslutet till förmån för eget yrkande.")
    para(120, "Skattesats 2025",
         "Beslut: Kommunstyrelsen föreslår kommunfullmäktige att skattesatsen för 2025 ska vara oförändrad, "
         "23,95 kronor per skattekrona.")
    para(121, "Borgen för Bjurholmshus AB",
         "Dnr KS 2024/0201",
         "Bjurholmshus AB planerar att bygga om 12 lägenheter på Ringvägen och har begärt utökad borgen.",
         "Beslut: Kommunstyrelsen föreslår kommunfullmäktige att utöka kommunens borgensåtagande för "
         "Bjurholmshus AB med 9,5 miljoner kronor, till totalt 64,5 miljoner kronor. Borgensavgiften "
         "fastställs till 0,4 procent.")
    para(122, "Motion om avgiftsfri simskola",
         "Dnr KS 2024/0097",
         "Johan Lundmark (KD) har i en motion föreslagit att simskolan för barn i förskoleklass ska vara "
         "avgiftsfri. Kostnaden beräknas till 35 000 kronor per år.",
         "Beslut: Kommunstyrelsen föreslår kommunfullmäktige att bifalla motionen från och med höstterminen 2025.")
    doc.add_paragraph("")
    doc.add_paragraph("Vid protokollet: Ulrika Berg, sekreterare")
    doc.add_paragraph("Ordförande: Erik Bäckström\tJusterare: Maria Nordin")
    doc.save(out)


# ------------------------------------------------------------ markdown press release
def build_md(out):
    md = """# Pressmeddelande: Budget 2025 antagen – äldreomsorgen och skolan prioriteras

*Bjurholms kommun, 26 november 2024*

Kommunfullmäktige i Bjurholm antog i går, måndag den 25 november, kommunens budget för 2025 med plan för 2026–2027. Skattesatsen lämnas oförändrad på 23,95 kronor och det budgeterade resultatet är 2,3 miljoner kronor.

– Vi har en tajt ekonomi, men vi väljer att skydda kärnverksamheterna. Äldreomsorgen får mer resurser och vi öppnar en ny förskoleavdelning, säger Erik Bäckström (C), kommunstyrelsens ordförande.

## Det här innehåller budgeten

- Socialnämnden får en ram på 92,9 miljoner kronor, varav 2,3 miljoner kronor är en förstärkning för fler brukare i äldreomsorgen.
- Barn- och utbildningsnämnden får 75,7 miljoner kronor. En ny avdelning på förskolan Björken öppnar i augusti 2025.
- 1,2 miljoner kronor går till bredband på landsbygden.
- Investeringarna uppgår till 11,9 miljoner kronor, bland annat nytt tak på Castorskolan och nya VA-ledningar på Västergatan.

## Nämndernas ramar 2025

| Nämnd | Ram 2025 (mnkr) | Andel av total |
|---|---:|---:|
| Politisk verksamhet | 2,2 | 1 % |
| Kommunstyrelsen | 49,4 | 22 % |
| Barn- och utbildningsnämnden | 75,7 | 34 % |
| Socialnämnden | 92,9 | 42 % |
| **Totalt** | **220,1** | **100 %** |

Oppositionen (S och V) röstade för ett eget budgetförslag som bland annat innehöll 0,5 miljoner kronor mer till individ- och familjeomsorgen.

## Kontakt

Erik Bäckström (C), kommunstyrelsens ordförande, 070-123 45 67
Helena Sjöberg, ekonomichef, 0932-141 20
"""
    Path(out).write_text(md, encoding="utf-8")


def build(root):
    root = Path(root) / "bjurholm"
    root.mkdir(parents=True, exist_ok=True)
    build_budget(str(root / "budget-2025-plan-2026-2027.pdf"))
    build_delar(str(root / "delarsrapport-jan-aug-2024.pdf"))
    build_html(str(root / "finansiell-information.html"))
    build_docx(str(root / "ks-protokoll-2024-10-14.docx"))
    build_md(str(root / "pressmeddelande-budget-2025.md"))
