"""Sandvikens kommun (Gävleborg, ~40 000 inv.) - invented figures, public Swedish layouts."""
import datetime as dt
from decimal import Decimal as D
from pathlib import Path

import docx
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Font
from pdfkit import MuniPDF, sv

FIXED = dt.datetime(2024, 11, 20, 8, 0, 0, tzinfo=dt.timezone.utc)
ACC = (150, 30, 40)


def d(x):
    return D(str(x))


RB_YEARS = ["Utfall 2023", "Budget 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
RB = {
    "int": ["612.5", "580.0", "598.3", "606.0", "614.2"],
    "kost": ["-3498.7", "-3566.2", "-3672.8", "-3760.1", "-3851.9"],
    "avskr": ["-118.4", "-126.0", "-134.5", "-141.2", "-147.0"],
    "skatt": ["2398.1", "2489.6", "2590.4", "2684.7", "2779.3"],
    "gsb": ["640.2", "668.3", "680.0", "695.2", "706.4"],
    "finint": ["14.8", "12.0", "13.5", "13.5", "13.5"],
    "finkost": ["-21.6", "-26.4", "-29.8", "-33.1", "-36.0"],
}
RB = {k: [d(x) for x in v] for k, v in RB.items()}
RB["vnk"] = [RB["int"][i] + RB["kost"][i] + RB["avskr"][i] for i in range(5)]
RB["vres"] = [RB["vnk"][i] + RB["skatt"][i] + RB["gsb"][i] for i in range(5)]
RB["efp"] = [RB["vres"][i] + RB["finint"][i] + RB["finkost"][i] for i in range(5)]

DRIFT = [  # mnkr, budget 2024, budget 2025
    ("Kommunstyrelsen", [
        ("Kommunledningskontoret", "112.4", "116.8"),
        ("Samhällsbyggnad", "96.5", "99.2"),
        ("Arbetsmarknad och integration", "58.3", "55.1"),
    ]),
    ("Barn- och utbildningsnämnden", [
        ("Förskola", "268.9", "276.4"),
        ("Grundskola", "642.7", "661.3"),
        ("Gymnasieskola", "241.6", "250.8"),
    ]),
    ("Socialnämnden", [
        ("Äldreomsorg", "781.4", "812.6"),
        ("Individ- och familjeomsorg", "214.3", "226.9"),
        ("Funktionsstöd", "338.2", "351.0"),
    ]),
    ("Övriga nämnder", [
        ("Kultur- och fritidsnämnden", "124.6", "128.3"),
        ("Miljö- och byggnämnden", "18.7", "19.4"),
        ("Överförmyndarnämnden", "6.1", "6.4"),
        ("Kommunfullmäktige och revision", "9.8", "10.2"),
    ]),
]

INV = [  # nämnd, projekt, 2025, 2026, 2027 (mnkr)
    ("Kommunstyrelsen", [
        ("Ny brandstation, centrala Sandviken", "42.0", "38.0", "5.0"),
        ("Gator och vägar, reinvestering", "18.5", "18.5", "18.5"),
        ("Energieffektivisering Göransson Arena", "7.2", "0.0", "0.0"),
        ("Gång- och cykelväg Storvik–Kungsgården", "6.4", "9.6", "0.0"),
    ]),
    ("Barn- och utbildningsnämnden", [
        ("Ny förskola Norrsätra", "28.0", "12.0", "0.0"),
        ("Om- och tillbyggnad Murgårdsskolan", "35.5", "41.0", "9.0"),
        ("Inventarier och digitala verktyg", "4.8", "4.8", "4.8"),
    ]),
    ("Socialnämnden", [
        ("Trygghetsboende Storvik", "22.0", "18.0", "0.0"),
        ("Välfärdsteknik", "3.5", "3.5", "3.5"),
    ]),
    ("Kultur- och fritidsnämnden", [
        ("Konstgräsplan Jernvallen", "9.8", "0.0", "0.0"),
        ("Upprustning av Högbo motionsspår", "1.6", "0.8", "0.0"),
    ]),
]

MATT = [  # verksamhet-section or (mått, utfall 2023, budget 2024, budget 2025)
    ("Förskola",),
    ("Antal inskrivna barn, genomsnitt", "1 842", "1 830", "1 805"),
    ("Antal förskoleenheter", "31", "31", "30"),
    ("Barn per årsarbetare", "5,2", "5,1", "5,1"),
    ("Kostnad per inskrivet barn, kr", "146 000", "147 000", "153 100"),
    ("Grundskola",),
    ("Antal elever F–9", "4 512", "4 540", "4 566"),
    ("Antal grundskolor", "17", "17", "17"),
    ("Elever per lärare", "12,4", "12,3", "12,3"),
    ("Andel elever behöriga till gymnasiet, %", "81,2", "83,0", "84,0"),
    ("Kostnad per elev, kr", "142 400", "141 600", "144 800"),
    ("Gymnasieskola",),
    ("Antal elever Göranssonska skolan", "1 214", "1 230", "1 255"),
    ("Antal elever i annan huvudman", "318", "325", "330"),
    ("Andel med examen inom fyra år, %", "74,8", "76,0", "77,0"),
    ("Äldreomsorg",),
    ("Antal platser särskilt boende", "512", "512", "520"),
    ("Antal personer med hemtjänst", "968", "985", "1 010"),
    ("Beviljade hemtjänsttimmar per år", "602 000", "615 000", "631 000"),
    ("Kostnad per plats särskilt boende, kr", "918 000", "936 000", "962 000"),
    ("Individ- och familjeomsorg",),
    ("Antal barn i HVB och familjehem, genomsnitt", "94", "88", "85"),
    ("Antal vuxna i missbruksvård, dygn", "6 120", "5 800", "5 600"),
    ("Hushåll med ekonomiskt bistånd, per månad", "742", "760", "780"),
    ("Utbetalt ekonomiskt bistånd, mnkr", "61,3", "62,0", "64,5"),
    ("Funktionsstöd",),
    ("Antal bostäder med särskild service LSS", "188", "190", "196"),
    ("Antal personer med daglig verksamhet", "312", "318", "324"),
    ("Antal beslut om personlig assistans (SFB och LSS)", "64", "66", "66"),
    ("Kultur och fritid",),
    ("Besök på Sandvikens bibliotek", "284 500", "290 000", "295 000"),
    ("Besök i Göransson Arena, tusental", "612", "620", "630"),
    ("Deltagartillfällen i föreningar med bidrag", "318 400", "320 000", "322 000"),
    ("Elever i kulturskolan", "1 105", "1 120", "1 150"),
    ("Samhällsbyggnad",),
    ("Kilometer kommunal gata", "298", "300", "302"),
    ("Antal bygglovsärenden", "612", "600", "600"),
    ("Handläggningstid bygglov, veckor (median)", "4,1", "4,0", "3,5"),
    ("Producerade bostäder, antal", "118", "150", "160"),
]


def fm(x):
    return sv(x, 1, "dash")


def build_budget(out):
    pdf = MuniPDF("Sandvikens kommun", "Mål och budget 2025, plan 2026–2027",
                  "Sandvikens kommun | Kommunfullmäktige 2024-11-18 § 142", accent=ACC)
    pdf.set_creation_date(FIXED)
    pdf.set_title("Mål och budget 2025")
    pdf.add_page()
    pdf.ln(40)
    pdf.set_font("DV", "B", 28)
    pdf.set_text_color(*ACC)
    pdf.multi_cell(0, 13, "Mål och budget 2025\nPlan 2026–2027", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("DV", "", 12)
    pdf.ln(8)
    pdf.multi_cell(0, 7, "Sandvikens kommun\nBeslutad av kommunfullmäktige 2024-11-18, § 142", align="L",
                   new_x="LMARGIN", new_y="NEXT")
    # förord
    pdf.add_page()
    pdf.h1("Ordförande har ordet")
    pdf.p("Sandviken växer inte längre lika snabbt som för några år sedan. Vid årsskiftet 2023/2024 var vi "
          "39 812 invånare, och de senaste prognoserna pekar mot en svag minskning. Samtidigt blir vi fler "
          "äldre, och behoven inom socialtjänsten ökar. Det ställer krav på prioriteringar.")
    pdf.p("I budgeten för 2025 utökas socialnämndens ram med 56,6 miljoner kronor och barn- och "
          "utbildningsnämndens ram med 35,3 miljoner kronor. För att klara detta inför vi ett "
          "effektiviseringskrav på 1 procent för samtliga nämnder, vilket motsvarar ungefär 30 miljoner kronor.")
    pdf.p("Vi fortsätter också att investera. Den nya brandstationen i centrala Sandviken, om- och "
          "tillbyggnaden av Murgårdsskolan och en ny förskola i Norrsätra är de största projekten. "
          "Investeringsbudgeten för 2025 är 179,3 miljoner kronor.")
    pdf.p("Skattesatsen är oförändrad, 22,57 kronor. Det budgeterade resultatet för 2025 är 45,1 miljoner "
          "kronor, vilket motsvarar 1,4 procent av skatter och generella statsbidrag.")
    pdf.ln(4)
    pdf.p("Åsa Granlund (S)\nOrdförande i kommunstyrelsen", style="B")
    # omvärld
    pdf.add_page()
    pdf.h1("Förutsättningar")
    pdf.h2("Samhällsekonomisk utveckling")
    pdf.p("Enligt SKR:s prognos i oktober 2024 ökar skatteunderlaget med 4,1 procent 2025 och 3,6 procent "
          "2026. Budgeten bygger på denna prognos. Skatteintäkterna beräknas uppgå till 2 590,4 miljoner "
          "kronor 2025, och generella statsbidrag och utjämning till 680,0 miljoner kronor.")
    pdf.p("Pensionskostnaderna ökar kraftigt under 2025 till följd av det nya pensionsavtalet AKAP-KR och "
          "höga prisbasbelopp. Kommunens totala pensionskostnad beräknas till 214 miljoner kronor 2025.")
    pdf.h2("Befolkningsutveckling")
    pdf.p("Budgeten bygger på ett antagande om 39 700 invånare den 1 november 2024. Antalet invånare 80 år "
          "och äldre ökar med cirka 3 procent per år under planperioden, medan antalet barn i förskoleålder "
          "minskar. Varje invånare motsvarar cirka 81 000 kronor per år i skatter och bidrag.")
    pdf.h2("Finansiella mål för god ekonomisk hushållning")
    pdf.p("Resultatet ska uppgå till minst 2 procent av skatteintäkter och generella statsbidrag i genomsnitt "
          "över en rullande femårsperiod. Nettoinvesteringarna exklusive affärsverksamhet ska till minst 60 "
          "procent finansieras med egna medel. Soliditeten inklusive hela pensionsåtagandet ska inte sjunka "
          "under 15 procent.")
    pdf.p("Kommunens låneskuld beräknas öka från 1 450 miljoner kronor vid utgången av 2024 till 1 610 "
          "miljoner kronor vid utgången av 2025, främst till följd av investeringarna i brandstation och skollokaler.")
    pdf.h2("Skattesats")
    pdf.p("Den kommunala skattesatsen för 2025 är 22,57 kronor per hundralapp beskattningsbar inkomst. "
          "Tillsammans med Region Gävleborgs skattesats på 11,51 kronor blir den totala skattesatsen "
          "34,08 kronor.")
    # mål
    pdf.add_page()
    pdf.h1("Kommunfullmäktiges mål 2025")
    pdf.p("Sandvikens kommuns vision är Sandviken – en plats att växa på. Målen utgår från visionen och "
          "från Agenda 2030. Varje mål följs upp med indikatorer i delårsrapport och årsredovisning.")
    pdf.h2("Fler i arbete och egen försörjning")
    pdf.p("Andelen invånare 20–64 år som är förvärvsarbetande ska öka till 78 procent 2027. Antalet hushåll "
          "med långvarigt ekonomiskt bistånd ska minska. Kommunen ska erbjuda minst 250 platser i "
          "arbetsmarknadsinsatser per år.")
    pdf.h2("Alla elever ska klara skolan")
    pdf.p("Andelen elever i årskurs 9 som är behöriga till gymnasiets yrkesprogram ska öka till 84 procent "
          "2025. Andelen gymnasieelever som tar examen inom fyra år ska vara minst 77 procent.")
    pdf.h2("En trygg och jämlik vård och omsorg")
    pdf.p("Väntetiden till särskilt boende ska inte överstiga 60 dagar. Andelen timanställda inom "
          "äldreomsorgen ska minska till högst 10 procent av arbetad tid.")
    pdf.h2("Hållbart samhällsbyggande")
    pdf.p("Minst 150 nya bostäder per år ska färdigställas i kommunen. Koldioxidutsläppen från kommunens "
          "egna fordon ska halveras till 2030 jämfört med 2019.")
    # resultatbudget
    pdf.add_page()
    pdf.h1("Resultatbudget")
    pdf.caption("Resultatbudget, belopp i miljoner kronor (mnkr)")
    hdr = ["Mnkr", "Not"] + RB_YEARS
    labels = [("Verksamhetens intäkter", "1", "int"), ("Verksamhetens kostnader", "2", "kost"),
              ("Avskrivningar", "3", "avskr"), ("Verksamhetens nettokostnader", "", "vnk"),
              ("Skatteintäkter", "4", "skatt"), ("Generella statsbidrag och utjämning", "4", "gsb"),
              ("Verksamhetens resultat", "", "vres"), ("Finansiella intäkter", "5", "finint"),
              ("Finansiella kostnader", "5", "finkost"), ("Resultat efter finansiella poster", "", "efp"),
              ("Extraordinära poster", "", None), ("Årets resultat", "", "efp")]
    rows = [hdr]
    bold = set()
    for i, (lab, note, key) in enumerate(labels, start=1):
        vals = ["0,0"] * 5 if key is None else [fm(v) for v in RB[key]]
        rows.append([lab, note] + vals)
        if note == "" and key is not None:
            bold.add(i)
    pdf.grid(rows, [56, 10, 24, 24, 24, 22, 22], ("LEFT", "CENTER", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
             layout="NO_HORIZONTAL_LINES", bold_rows=bold, size=8.2, heading_fill=(245, 225, 225))
    pdf.p("Not 1. I verksamhetens intäkter ingår riktade statsbidrag med 248,0 mnkr 2025.\n"
          "Not 2. Personalkostnader utgör 2 341,5 mnkr av verksamhetens kostnader 2025.\n"
          "Not 3. Avskrivningarna ökar i takt med att större investeringsprojekt färdigställs.\n"
          "Not 4. Enligt SKR:s skatteunderlagsprognos, cirkulär 24:41.\n"
          "Not 5. Räntekostnaderna beräknas med en genomsnittlig ränta på 2,9 procent.", size=8.5)
    # landscape balans + kassaflöde
    pdf.add_page(orientation="L")
    pdf.h1("Balansbudget och finansieringsbudget")
    pdf.caption("Balansbudget per 31 december (mnkr)")
    bal = [["Mnkr", "Utfall 2023", "Budget 2024", "Budget 2025", "Plan 2026", "Plan 2027"],
           ["Anläggningstillgångar", "3 412,6", "3 598,0", "3 652,8", "3 702,1", "3 698,4"],
           ["Omsättningstillgångar", "486,3", "452,0", "461,5", "470,2", "482,0"],
           ["Summa tillgångar", "3 898,9", "4 050,0", "4 114,3", "4 172,3", "4 180,4"],
           ["Eget kapital", "1 512,4", "1 543,7", "1 588,8", "1 653,8", "1 732,3"],
           ["Avsättningar", "212,5", "220,3", "228,5", "236,5", "241,1"],
           ["Långfristiga skulder", "1 452,0", "1 560,0", "1 610,0", "1 590,0", "1 520,0"],
           ["Kortfristiga skulder", "722,0", "726,0", "687,0", "692,0", "687,0"],
           ["Summa eget kapital, avsättningar och skulder", "3 898,9", "4 050,0", "4 114,3", "4 172,3", "4 180,4"],
           ["Soliditet, procent", "38,8", "38,1", "38,6", "39,6", "41,4"]]
    pdf.grid(bal, [100, 32, 32, 32, 32, 32], ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
             layout="HORIZONTAL_LINES", bold_rows={3, 8}, size=8.5, heading_fill=(245, 225, 225))
    pdf.caption("Kassaflödesbudget (mnkr)")
    kf = [["Mnkr", "Budget 2025", "Plan 2026", "Plan 2027"],
          ["Medel från den löpande verksamheten", "187,6", "213,4", "232,5"],
          ["Investeringsverksamheten", "– 179,3", "– 146,2", "– 40,8"],
          ["Finansieringsverksamheten", "50,0", "– 20,0", "– 70,0"],
          ["Årets kassaflöde", "58,3", "47,2", "121,7"]]
    pdf.grid(kf, [110, 32, 32, 32], ("LEFT", "RIGHT", "RIGHT", "RIGHT"), layout="HORIZONTAL_LINES",
             bold_rows={4}, size=8.5, heading_fill=(245, 225, 225))
    # drift
    pdf.add_page(orientation="P")
    pdf.h1("Driftbudget per nämnd")
    pdf.p("Tabellen visar nämndernas nettokostnadsramar. Ramarna för 2025 inkluderar kompensation för "
          "löneökningar med 3,2 procent och prisökningar med 2,0 procent, minskat med effektiviseringskravet "
          "på 1 procent.")
    pdf.caption("Driftbudget 2025 per nämnd och verksamhetsområde. Belopp i mnkr")
    rows = [["Nämnd/verksamhet", "Budget 2024", "Budget 2025", "Förändring mot budget 2024, mnkr",
             "Förändring mot budget 2024, procent"]]
    sections, bold = set(), set()
    t24 = t25 = D(0)
    for name, items in DRIFT:
        sections.add(len(rows))
        rows.append([name, "", "", "", ""])
        s24 = s25 = D(0)
        for lab, a, b in items:
            a, b = d(a), d(b)
            rows.append([lab, fm(a), fm(b), fm(b - a), fm((b - a) / a * 100)])
            s24 += a
            s25 += b
        bold.add(len(rows))
        rows.append([f"Summa {name[0].lower() + name[1:]}", fm(s24), fm(s25), fm(s25 - s24),
                     fm((s25 - s24) / s24 * 100)])
        t24 += s24
        t25 += s25
    bold.add(len(rows))
    rows.append(["Totalt nämnder", fm(t24), fm(t25), fm(t25 - t24), fm((t25 - t24) / t24 * 100)])
    pdf.grid(rows, [66, 24, 24, 34, 34], ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"), layout="ALL",
             bold_rows=bold, section_rows=sections, size=8.2, heading_fill=(245, 225, 225))
    # nämndtexter
    pdf.add_page()
    pdf.h1("Nämndernas budget i korthet")
    pdf.h2("Kommunstyrelsen")
    pdf.p("Kommunstyrelsens ram ökar med 3,9 miljoner kronor till 271,1 miljoner kronor. Verksamheten "
          "Arbetsmarknad och integration minskar med 3,2 miljoner kronor eftersom statens ersättning för "
          "etableringsinsatser minskar. En satsning på fritidsgårdar och sommarlovsaktiviteter om 2,5 "
          "miljoner kronor finansieras inom ramen.")
    pdf.h2("Barn- och utbildningsnämnden")
    pdf.p("Barn- och utbildningsnämnden får en ram på 1 188,5 miljoner kronor. Grundskolan tillförs medel "
          "för fler elever, och en särskild satsning på 6,0 miljoner kronor görs för elevhälsa och tidiga "
          "insatser i läsning. Antalet barn i förskolan minskar, och två förskoleavdelningar i Storvik "
          "avvecklas under våren 2025.")
    pdf.h2("Socialnämnden")
    pdf.p("Socialnämnden får den största ramökningen, 56,6 miljoner kronor. Av ökningen avser 31,2 miljoner "
          "kronor äldreomsorgen, där åtta nya platser i särskilt boende öppnar på Björksätra i mars 2025. "
          "Individ- och familjeomsorgen får 12,6 miljoner kronor mer, bland annat för placeringar av barn "
          "och unga.")
    pdf.h2("Kultur- och fritidsnämnden")
    pdf.p("Kultur- och fritidsnämnden får en ram på 128,3 miljoner kronor. Föreningsbidragen räknas upp med "
          "2 procent och uppgår till 14,8 miljoner kronor 2025. Sandvikens bibliotek får utökade öppettider "
          "på lördagar.")
    pdf.h2("Miljö- och byggnämnden")
    pdf.p("Miljö- och byggnämnden har som mål att handläggningstiden för bygglov ska vara högst 3,5 veckor. "
          "Taxorna för livsmedelskontroll övergår till efterhandsdebitering från 1 januari 2025.")
    # investering
    pdf.add_page()
    pdf.h1("Investeringsbudget")
    pdf.p("Investeringsbudgeten för 2025 uppgår till 179,3 miljoner kronor. Den nya brandstationen "
          "beräknas kosta totalt 85,0 miljoner kronor och tas i drift hösten 2027. Investeringar i VA "
          "görs av Sandviken Energi AB och ingår inte i kommunens investeringsbudget.")
    pdf.caption("Investeringsbudget per nämnd och projekt, mnkr")
    rows = [["Nämnd / projekt", "Budget 2025", "Plan 2026", "Plan 2027"]]
    sections, bold = set(), set()
    tot = [D(0)] * 3
    for name, items in INV:
        sections.add(len(rows))
        rows.append([name, "", "", ""])
        s = [D(0)] * 3
        for pr, *vals in items:
            vals = [d(v) for v in vals]
            rows.append([pr] + [fm(v) for v in vals])
            s = [s[i] + vals[i] for i in range(3)]
        bold.add(len(rows))
        rows.append(["Summa", *[fm(v) for v in s]])
        tot = [tot[i] + s[i] for i in range(3)]
    bold.add(len(rows))
    rows.append(["Totalt investeringar", *[fm(v) for v in tot]])
    pdf.grid(rows, [90, 28, 28, 28], ("LEFT", "RIGHT", "RIGHT", "RIGHT"), layout="HORIZONTAL_LINES",
             bold_rows=bold, section_rows=sections, size=8.5, heading_fill=(245, 225, 225))
    # verksamhetsmått (long table, page break)
    pdf.ln(4)
    pdf.h1("Verksamhetsmått")
    pdf.p("Verksamhetsmåtten beskriver volymer och nyckeltal som ligger till grund för nämndernas ramar. "
          "Budgeterade värden är nämndernas egna bedömningar.")
    pdf.caption("Verksamhetsmått per verksamhet")
    rows = [["Verksamhet och mått", "Utfall 2023", "Budget 2024", "Budget 2025"]]
    sections = set()
    for m in MATT:
        if len(m) == 1:
            sections.add(len(rows))
            rows.append([m[0], "", "", ""])
        else:
            rows.append(list(m))
    pdf.grid(rows, [96, 26, 26, 26], ("LEFT", "RIGHT", "RIGHT", "RIGHT"), layout="ALL",
             section_rows=sections, size=8.5, heading_fill=(245, 225, 225))
    # bolag och beslut
    pdf.add_page()
    pdf.h1("Kommunkoncernen")
    pdf.p("I kommunkoncernen ingår bland annat Sandvikenhus AB, Sandviken Energi AB och Göransson Arena AB. "
          "Sandvikenhus AB har ett avkastningskrav på 4 procent av eget kapital. Kommunens samlade "
          "borgensåtagande för bolagen uppgår till 2 350 miljoner kronor.")
    pdf.p("Sandvikenhus AB planerar att bygga 64 nya hyreslägenheter i kvarteret Kanalen med inflyttning 2026.")
    pdf.h1("Beslut i kommunfullmäktige")
    pdf.p("Kommunfullmäktige beslutade den 18 november 2024, § 142, att fastställa mål och budget 2025 samt "
          "plan 2026–2027, att skattesatsen för 2025 ska vara 22,57 kronor, och att kommunstyrelsen under "
          "2025 får nyupplåna högst 160 miljoner kronor.")
    pdf.p("Moderaterna, Liberalerna och Kristdemokraterna lämnade ett gemensamt budgetalternativ med en "
          "skattesänkning på 20 öre. Sverigedemokraterna reserverade sig till förmån för eget förslag.")
    pdf.output(out)


DEL = [  # nämnd, budget 2024, utfall jan-aug, prognos 2024 (mnkr)
    ("Kommunstyrelsen", "267.2", "171.9", "262.8"),
    ("Barn- och utbildningsnämnden", "1153.2", "748.6", "1161.0"),
    ("Socialnämnden", "1333.9", "902.3", "1362.5"),
    ("Kultur- och fritidsnämnden", "124.6", "80.1", "123.9"),
    ("Miljö- och byggnämnden", "18.7", "11.8", "18.2"),
    ("Överförmyndarnämnden", "6.1", "4.3", "6.6"),
    ("Kommunfullmäktige och revision", "9.8", "6.0", "9.6"),
]


def build_delar(out):
    pdf = MuniPDF("Sandvikens kommun", "Delårsrapport augusti 2024",
                  "Sandvikens kommun | Delårsrapport jan–aug 2024", accent=ACC)
    pdf.set_creation_date(FIXED)
    pdf.add_page()
    pdf.ln(40)
    pdf.set_font("DV", "B", 24)
    pdf.multi_cell(0, 11, "Delårsrapport\njanuari–augusti 2024", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 12)
    pdf.multi_cell(0, 7, "Sandvikens kommun\nKommunstyrelsen 2024-10-08", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.h1("Periodens resultat och prognos")
    pdf.p("Periodens resultat uppgår till 59,2 mnkr. Helårsprognosen är ett överskott på 10,7 mnkr, vilket "
          "är 20,6 mnkr lägre än budgeterat resultat på 31,3 mnkr. Nämnderna prognostiserar sammantaget ett "
          "underskott mot budget, där socialnämndens underskott på 28,6 mnkr är den enskilt största posten.")
    pdf.p("Underskottet inom socialnämnden beror främst på ökade kostnader för placeringar inom individ- och "
          "familjeomsorgen, 17,2 mnkr, och för bemanning inom äldreomsorgen, 9,1 mnkr. Barn- och "
          "utbildningsnämnden prognostiserar ett underskott på 7,8 mnkr.")
    pdf.p("Skatteintäkterna beräknas bli 12,2 mnkr högre än budget, främst till följd av en högre "
          "slutavräkning för 2023. Sjukfrånvaron för perioden var 8,4 procent, jämfört med 8,9 procent "
          "samma period 2023. Folkmängden var 39 760 personer den 30 juni 2024.")
    pdf.caption("Resultaträkning i sammandrag, mnkr")
    rr = [["", "Utfall jan–aug 2024", "Utfall jan–aug 2023", "Budget 2024", "Prognos 2024", "Avvikelse"],
          ["Verksamhetens nettokostnader", "– 2 041,7", "– 1 958,2", "– 3 112,2", "– 3 148,9", "– 36,7"],
          ["Skatteintäkter", "1 662,3", "1 601,0", "2 489,6", "2 501,8", "12,2"],
          ["Generella statsbidrag och utjämning", "447,5", "428,1", "668,3", "671,0", "2,7"],
          ["Finansnetto", "– 8,9", "– 4,6", "– 14,4", "– 13,2", "1,2"],
          ["Resultat", "59,2", "66,3", "31,3", "10,7", "– 20,6"]]
    pdf.grid(rr, [52, 24, 24, 24, 24, 22], ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
             layout="HORIZONTAL_LINES", bold_rows={5}, size=8.2, heading_fill=(245, 225, 225))
    pdf.add_page()
    pdf.h1("Nämndernas ekonomiska utfall")
    pdf.caption("Driftredovisning per nämnd, nettokostnad i mnkr. Positiv avvikelse = överskott mot budget")
    rows = [["Nämnd", "Utfall jan–aug 2024", "Prognos 2024", "Budget 2024", "Avvikelse"]]
    s = [D(0)] * 4
    for n, b, u, p in DEL:
        b, u, p = d(b), d(u), d(p)
        rows.append([n, fm(u), fm(p), fm(b), fm(b - p)])
        s = [s[0] + u, s[1] + p, s[2] + b, s[3] + b - p]
    rows.append(["Summa nämnder", *[fm(v) for v in s]])
    pdf.grid(rows, [66, 28, 26, 26, 24], ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"), layout="ALL",
             bold_rows={len(rows) - 1}, size=8.5, heading_fill=(245, 225, 225))
    pdf.p("Kommunstyrelsen prognostiserar ett överskott på 4,4 mnkr, främst genom vakanta tjänster och lägre "
          "kostnader för arbetsmarknadsåtgärder. Överförmyndarnämnden visar ett underskott på 0,5 mnkr på "
          "grund av fler ärenden med ensamkommande barn.")
    pdf.h2("Investeringar")
    pdf.p("Investeringsutgifterna uppgick till 168,2 mnkr under perioden, av en budget för helåret på 395,0 "
          "mnkr. Prognosen för helåret är 301,5 mnkr. Den största avvikelsen avser Murgårdsskolan, där "
          "byggstarten har försenats med sex månader.")
    pdf.output(out)


def build_html(out):
    rows = [
        ("Utbildning", "Förskola", "268,9", "276,4", "9"),
        (None, "Grundskola", "642,7", "661,3", "22"),
        (None, "Gymnasieskola", "241,6", "250,8", "8"),
        ("Vård och omsorg", "Äldreomsorg", "781,4", "812,6", "27"),
        (None, "Individ- och familjeomsorg", "214,3", "226,9", "8"),
        (None, "Funktionsstöd", "338,2", "351,0", "12"),
        ("Övrigt", "Kultur och fritid", "124,6", "128,3", "4"),
        (None, "Kommunstyrelsen, miljö och bygg, politik m.m.", "301,8", "307,1", "10"),
    ]
    span = {"Utbildning": 3, "Vård och omsorg": 3, "Övrigt": 2}
    trs = []
    for r in rows:
        c = f'<th rowspan="{span[r[0]]}" scope="rowgroup">{r[0]}</th>' if r[0] else ""
        c += "".join(f"<td>{x}</td>" for x in r[1:])
        trs.append(f"          <tr>{c}</tr>")
    html = f"""<!doctype html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <title>Så används din skatt | Sandvikens kommun</title>
  <link rel="stylesheet" href="/static/site.css">
</head>
<body class="page-article">
  <aside class="cookie-consent" role="dialog" aria-label="Kakor">
    <h2>Sandviken.se använder kakor</h2>
    <p>Vi använder nödvändiga kakor för att webbplatsen ska fungera och analytiska kakor för att förstå hur den används.</p>
    <button type="button">Acceptera</button><button type="button">Neka analytiska kakor</button>
  </aside>
  <a class="skip" href="#content">Hoppa till innehållet</a>
  <header>
    <div class="brand"><a href="/">Sandvikens kommun</a></div>
    <nav class="main-nav">
      <a href="/barn-och-utbildning">Barn och utbildning</a>
      <a href="/omsorg-och-hjalp">Omsorg och hjälp</a>
      <a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a>
      <a href="/uppleva-och-gora">Uppleva och göra</a>
      <a href="/naringsliv-och-arbete">Näringsliv och arbete</a>
      <a href="/kommun-och-politik">Kommun och politik</a>
    </nav>
  </header>
  <ol class="breadcrumb">
    <li><a href="/">Startsida</a></li>
    <li><a href="/kommun-och-politik">Kommun och politik</a></li>
    <li><a href="/kommun-och-politik/ekonomi">Kommunens ekonomi</a></li>
    <li aria-current="page">Så används din skatt</li>
  </ol>
  <main id="content">
    <h1>Så används din skatt</h1>
    <p class="lead">Kommunalskatten är kommunens största inkomstkälla. Här kan du se hur varje hundralapp i skatt fördelas mellan kommunens verksamheter enligt budget 2025.</p>
    <p>Den som tjänar 30 000 kronor i månaden betalar ungefär 5 950 kronor i kommunalskatt till Sandvikens kommun varje månad. Den största delen går till äldreomsorg och grundskola.</p>
    <table>
      <caption>Nettokostnad per verksamhet (mnkr) och fördelning av 100 kronor i skatt, budget 2025</caption>
      <thead>
        <tr><th rowspan="2">Område</th><th rowspan="2">Verksamhet</th><th colspan="2">Nettokostnad, mnkr</th><th rowspan="2">Kronor av 100 kr</th></tr>
        <tr><th>Budget 2024</th><th>Budget 2025</th></tr>
      </thead>
      <tbody>
{chr(10).join(trs)}
      </tbody>
      <tfoot>
        <tr><th colspan="2">Totalt</th><td>2 913,5</td><td>3 014,4</td><td>100</td></tr>
      </tfoot>
    </table>
    <p>Fördelningen är avrundad till hela kronor. Uppgifterna kommer från Mål och budget 2025 som kommunfullmäktige beslutade om den 18 november 2024.</p>
    <h2>Vill du veta mer?</h2>
    <p>Läs hela budgetdokumentet eller kontakta ekonomiavdelningen via Kontaktcenter, telefon 026-24 00 00.</p>
    <div class="page-meta">
      <span>Publicerad 3 december 2024</span>
      <span>Senast uppdaterad 14 januari 2025</span>
      <span>Sidansvarig: Ekonomiavdelningen</span>
    </div>
  </main>
  <footer>
    <p>Sandvikens kommun, 811 80 Sandviken · Besök: Stadshuset, Köpmangatan 7</p>
    <p>Kontaktcenter 026-24 00 00 · kommun@sandviken.se</p>
    <ul><li><a href="/kakor">Om kakor</a></li><li><a href="/tillganglighet">Tillgänglighet</a></li><li><a href="/gdpr">Behandling av personuppgifter</a></li></ul>
  </footer>
</body>
</html>
"""
    Path(out).write_text(html, encoding="utf-8")


def build_docx(out):
    doc = docx.Document()
    doc.core_properties.created = FIXED.replace(tzinfo=None)
    doc.core_properties.modified = FIXED.replace(tzinfo=None)
    doc.core_properties.author = "Sandvikens kommun"
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_paragraph("Sandvikens kommun – Protokoll")
    doc.add_paragraph("Barn- och utbildningsnämnden, sammanträde 2024-09-24")
    doc.add_paragraph("Plats: Stadshuset, sal Gästrike, kl. 13.30–16.40")
    doc.add_heading("Närvarande", level=2)
    doc.add_paragraph("Ledamöter: Jonas Ekholm (S), ordförande; Birgitta Sund (M), 1:e vice ordförande; "
                      "Ahmed Yusuf (S); Kerstin Falk (S); Niklas Brodin (SD); Emma Hallberg (V); "
                      "Lars Dahl (L); Sofie Eriksson (C); Mats Pettersson (KD).")
    doc.add_paragraph("Tjänstepersoner: Annika Wiberg, förvaltningschef; Robert Lind, controller; "
                      "Elin Norberg, nämndsekreterare.")
    doc.add_paragraph("Justerare: Birgitta Sund (M)")
    doc.add_heading("§ 78 Delårsrapport januari–augusti 2024", level=2)
    doc.add_paragraph("Dnr BUN 2024/311")
    doc.add_paragraph("Controllern redovisar nämndens delårsrapport. Utfallet för perioden är 748,6 mnkr. "
                      "Helårsprognosen är 1 161,0 mnkr, vilket innebär ett underskott på 7,8 mnkr mot budget. "
                      "Underskottet förklaras av fler elever i gymnasieskolan hos andra huvudmän, högre kostnader "
                      "för skolskjuts och ökade kostnader för tilläggsbelopp.")
    doc.add_paragraph("Beslut: Barn- och utbildningsnämnden godkänner delårsrapporten och överlämnar den till "
                      "kommunstyrelsen.")
    doc.add_heading("§ 79 Åtgärder för en budget i balans", level=2)
    doc.add_paragraph("Dnr BUN 2024/318")
    doc.add_paragraph("Förvaltningen har tagit fram följande åtgärder för att minska underskottet 2024 och "
                      "anpassa verksamheten inför 2025.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Light Grid Accent 1"
    for c, h in zip(t.rows[0].cells, ["Åtgärd", "Effekt 2024, tkr", "Effekt 2025, tkr"]):
        c.text = h
    data = [("Vakanshållning av administrativa tjänster", "1 200", "2 400"),
            ("Minskade inköp av läromedel och inventarier", "800", "500"),
            ("Samordning av skolskjutsar", "0", "1 900"),
            ("Översyn av barngruppernas storlek i förskolan", "600", "3 100"),
            ("Summa", "2 600", "7 900")]
    for r in data:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    doc.add_paragraph("")
    doc.add_paragraph("Emma Hallberg (V) yrkar avslag på åtgärden om översyn av barngruppernas storlek. "
                      "Ordföranden ställer proposition på förvaltningens förslag och Emma Hallbergs "
                      "avslagsyrkande och finner att nämnden beslutar enligt förvaltningens förslag.")
    doc.add_paragraph("Beslut: Barn- och utbildningsnämnden fastställer åtgärderna enligt tabellen. "
                      "Förvaltningschefen får i uppdrag att återrapportera effekterna vid nämndens "
                      "sammanträde i december.")
    doc.add_paragraph("Reservation: Emma Hallberg (V) reserverar sig skriftligt mot beslutet.")
    doc.add_heading("§ 80 Upphandling av skolskjuts", level=2)
    doc.add_paragraph("Dnr BUN 2024/207")
    doc.add_paragraph("Nuvarande avtal om skolskjuts löper ut den 30 juni 2025. Det uppskattade värdet av "
                      "det nya avtalet är 38 miljoner kronor för fyra år inklusive förlängningsoption.")
    doc.add_paragraph("Beslut: Nämnden ger förvaltningen i uppdrag att genomföra upphandlingen. "
                      "Förvaltningschefen får rätt att teckna avtal.")
    doc.add_heading("§ 81 Lokalprogram för ny förskola i Norrsätra", level=2)
    doc.add_paragraph("Dnr BUN 2024/145")
    doc.add_paragraph("Den nya förskolan i Norrsätra planeras för åtta avdelningar och 144 barn. Förskolan "
                      "ersätter förskolorna Lärkan och Tallbacken. Beräknad inflyttning är januari 2027.")
    doc.add_paragraph("Beslut: Nämnden godkänner lokalprogrammet och överlämnar det till kommunstyrelsen.")
    doc.add_paragraph("")
    doc.add_paragraph("Vid protokollet: Elin Norberg")
    doc.add_paragraph("Ordförande: Jonas Ekholm          Justerare: Birgitta Sund")
    doc.save(out)


def build_xlsx(out):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Befolkning"
    ws["A1"] = "Sandvikens kommun – befolkningsutveckling 2019–2024"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Antal personer. Folkmängd per 31 december. Källa: SCB"
    hdr = ["År", "Folkmängd", "Födda", "Döda", "Inflyttade", "Utflyttade", "Förändring"]
    ws.append([])
    ws.append(hdr)
    for c in ws[4]:
        c.font = Font(bold=True)
    data = [(2019, 39540, 412, 498, 1920, 1781), (2020, 39621, 398, 512, 1985, 1790),
            (2021, 39702, 405, 468, 2010, 1866), (2022, 39790, 372, 489, 2102, 1897),
            (2023, 39812, 361, 476, 1954, 1817), (2024, 39745, 349, 481, 1873, 1808)]
    for y, f, b, dd, i, u in data:
        ws.append([y, f, b, dd, i, u, b - dd + i - u])
    ws.column_dimensions["A"].width = 10
    ws2 = wb.create_sheet("Kostnad per invånare")
    ws2["A1"] = "Nettokostnad per invånare för vissa verksamheter"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Kronor per invånare, löpande priser. Riket = ovägt medel för landets kommuner"
    ws2.append([])
    ws2.append(["Verksamhet", "2021", "2022", "2023", "2024", "Riket 2024"])
    for c in ws2[4]:
        c.font = Font(bold=True)
    rows = [("Förskola", 6512, 6688, 6901, 7054, 7480),
            ("Grundskola inkl. förskoleklass", 15820, 16210, 16745, 17180, 16420),
            ("Gymnasieskola", 5930, 6040, 6215, 6380, 6010),
            ("Äldreomsorg", 18640, 19210, 19880, 20450, 17960),
            ("Individ- och familjeomsorg", 4910, 5120, 5480, 5690, 4620),
            ("Funktionsstöd (LSS och SoL)", 8120, 8330, 8610, 8790, 9150),
            ("Kultur och fritid", 2960, 3010, 3080, 3140, 2870)]
    for r in rows:
        ws2.append(list(r))
    ws2.column_dimensions["A"].width = 34
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    wb.save(out)


def build(root):
    root = Path(root) / "sandviken"
    root.mkdir(parents=True, exist_ok=True)
    build_budget(str(root / "mal-och-budget-2025.pdf"))
    build_delar(str(root / "delarsrapport-augusti-2024.pdf"))
    build_html(str(root / "sa-anvands-din-skatt.html"))
    build_docx(str(root / "bun-protokoll-2024-09-24.docx"))
    build_xlsx(str(root / "befolkning-och-kostnader.xlsx"))
