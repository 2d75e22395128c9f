"""Generate Hultsfreds kommun documents for blind-muni5 (deterministic)."""
import os, sys, json
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pdfkit import Doc, sv

OUT = "/work/main/evals/corpora/blind-muni5/hultsfred"
YEARS = ["Utfall\n2024", "Budget\n2025", "Budget\n2026", "Plan\n2027", "Plan\n2028"]

# ---------------- data (mnkr) ----------------
KS = [("Kommunledningsförvaltningen", [78.4, 81.2, 84.6, 86.1, 87.9]),
      ("Samhällsbyggnadsförvaltningen", [52.3, 54.0, 56.8, 57.9, 59.0]),
      ("Räddningstjänsten", [21.7, 22.5, 23.9, 24.4, 24.9])]
NAMND = [("Barn- och utbildningsnämnden", [468.2, 481.5, 498.6, 507.3, 515.9]),
         ("Socialnämnden", [451.9, 463.0, 478.9, 492.4, 505.7]),
         ("Kultur- och fritidsnämnden", [31.2, 32.0, 33.4, 34.0, 34.6]),
         ("Miljö- och byggnadsnämnden", [6.9, 7.3, 7.8, 8.0, 8.1]),
         ("Överförmyndarnämnden", [3.1, 3.4, 3.6, 3.7, 3.8]),
         ("Revisionen", [1.4, 1.5, 1.6, 1.6, 1.7]),
         ("Valnämnden", [0.9, 0.2, 1.4, 0.2, 0.2])]
SKATT = [812.4, 846.0, 878.5, 909.2, 941.0]
GSB = [352.1, 359.8, 377.6, 383.9, 390.5]
FIN_INT = [6.8, 5.5, 5.2, 5.0, 5.0]
FIN_KOST = [-9.4, -11.0, -12.6, -14.1, -15.3]
RESULTAT = [24.6, 15.2, 18.9, 21.4, 24.0]
VHT_INT = [268.5, 262.0, 271.3, 276.0, 281.1]
AVSKR = [-48.2, -51.6, -55.4, -58.9, -61.2]

r1 = lambda x: round(x + 0.0, 1)
sum_ks = [r1(sum(v[i] for _, v in KS)) for i in range(5)]
sum_n = [r1(sum(v[i] for _, v in NAMND)) for i in range(5)]
sum_vht = [r1(sum_ks[i] + sum_n[i]) for i in range(5)]
NETTOKOSTNAD = [r1(RESULTAT[i] - SKATT[i] - GSB[i] - FIN_INT[i] - FIN_KOST[i]) for i in range(5)]  # negative
FINANSF = [r1(-NETTOKOSTNAD[i] - sum_vht[i]) for i in range(5)]
TOTAL_DRIFT = [r1(sum_vht[i] + FINANSF[i]) for i in range(5)]
VHT_KOST = [r1(NETTOKOSTNAD[i] - VHT_INT[i] - AVSKR[i]) for i in range(5)]
VHT_RES = [r1(NETTOKOSTNAD[i] + SKATT[i] + GSB[i]) for i in range(5)]
RES_EFTER_FIN = [r1(VHT_RES[i] + FIN_INT[i] + FIN_KOST[i]) for i in range(5)]

# ----- investments (tkr) -----
INV = [
 ("Kommunstyrelsen", [
   ("IT-infrastruktur och nätverk", [3200, 2800, 2800]),
   ("Digitalisering, e-tjänster", [1500, 1500, 1000]),
   ("Gatubelysning, utbyte till LED", [2400, 2000, 1500]),
   ("Beläggningsprogram gator och vägar", [6500, 6500, 7000]),
   ("Gång- och cykelväg Hultsfred–Virserum", [8900, 4200, 0]),
   ("Trafiksäkerhetsåtgärder", [900, 900, 900]),
   ("Lekplatser, upprustning", [1200, 800, 800]),
   ("Industriområde Vena, exploatering", [5600, 3000, 0]),
   ("Bostadsexploatering Målilla", [2800, 3500, 1200]),
   ("Energieffektivisering kommunala fastigheter", [4000, 4000, 3500]),
   ("Kommunhuset, ventilation", [3700, 0, 0]),
   ("Fordon räddningstjänsten", [4800, 1200, 2600]),
   ("Räddningsstation Virserum, ombyggnad", [2100, 6300, 0]),
   ("Reinvesteringar fastigheter", [7500, 7500, 7500])]),
 ("Barn- och utbildningsnämnden", [
   ("Ny förskola Hultsfred, etapp 2", [24500, 11000, 0]),
   ("Vena skola, tillbyggnad", [6800, 14200, 3000]),
   ("Inventarier förskola och skola", [1800, 1800, 1800]),
   ("Skolgårdar, utemiljö", [1100, 1100, 900]),
   ("IT-utrustning elever (1:1)", [2600, 2600, 2600]),
   ("Hagadals gymnasium, lokalanpassning", [3400, 0, 0]),
   ("Kök och matsalar, utrustning", [950, 950, 950])]),
 ("Socialnämnden", [
   ("Särskilt boende Lindgården, ombyggnad", [18600, 9400, 0]),
   ("Välfärdsteknik", [1400, 1400, 1200]),
   ("Inventarier särskilt boende", [850, 850, 850]),
   ("Larm och trygghetsteknik", [1250, 600, 600]),
   ("Bilar hemtjänst", [1900, 1900, 1900]),
   ("LSS-boende, nybyggnad", [3000, 15500, 9000]),
   ("Hjälpmedel", [700, 700, 700])]),
 ("Kultur- och fritidsnämnden", [
   ("Simhallen Hultsfred, renovering", [9800, 2500, 0]),
   ("Idrottsanläggningar, reinvestering", [1600, 1600, 1600]),
   ("Spontanidrottsplats Järnforsen", [1300, 0, 0]),
   ("Biblioteket, inventarier och meröppet", [750, 400, 400]),
   ("Elljusspår, belysning", [600, 600, 0])]),
 ("Miljö- och byggnadsnämnden", [
   ("Verksamhetssystem bygglov", [450, 0, 0]),
   ("Mätinstrument och GIS", [300, 250, 250])]),
]
inv_sums = {n: [sum(p[1][i] for p in projs) for i in range(3)] for n, projs in INV}
inv_total = [sum(inv_sums[n][i] for n in inv_sums) for i in range(3)]

PERSONAL = [  # förvaltning, tillsvidare 2024, 2025, andel heltid %, sjukfrånvaro %
 ("Kommunledningsförvaltningen", 96, 99, 97.0, 4.1),
 ("Samhällsbyggnadsförvaltningen", 142, 145, 93.1, 5.6),
 ("Räddningstjänsten", 23, 24, 100.0, 3.2),
 ("Barn- och utbildningsförvaltningen", 612, 604, 89.4, 6.3),
 ("Socialförvaltningen", 731, 748, 78.6, 8.9),
 ("Kultur- och fritidsförvaltningen", 38, 37, 84.2, 5.1),
 ("Miljö- och byggförvaltningen", 17, 18, 100.0, 2.7),
]
pers_tot24 = sum(p[1] for p in PERSONAL)
pers_tot25 = sum(p[2] for p in PERSONAL)

BEF = [("0–5 år", 812, 798, 781, 770), ("6–15 år", 1596, 1602, 1589, 1571),
       ("16–19 år", 598, 611, 627, 633), ("20–64 år", 6560, 6490, 6340, 6290),
       ("65–79 år", 2671, 2688, 2702, 2716), ("80 år och äldre", 1075, 1116, 1158, 1201)]
bef_tot = [sum(b[i] for b in BEF) for i in range(1, 5)]


PRIO = {
 "Kommunstyrelsen": [
  "Kommunens attraktivitet som boendeort är avgörande för att vända befolkningsutvecklingen. Kommunstyrelsen prioriterar "
  "därför planberedskap för bostäder och verksamhetsmark, särskilt i Hultsfred, Målilla och Virserum.",
  "Näringslivsklimatet har förbättrats enligt Svenskt Näringslivs ranking, där kommunen klättrade från plats 221 till plats 187. "
  "Arbetet med snabbare handläggning och bättre service till företagare fortsätter.",
  "Räddningstjänsten har svårt att rekrytera deltidsbrandmän i de mindre orterna. Under 2026 genomförs en rekryteringskampanj "
  "tillsammans med lokala arbetsgivare.",
  "Digitaliseringen ska effektivisera administrationen. Målet är att minst 40 e-tjänster ska finnas tillgängliga för invånarna vid "
  "utgången av 2026."],
 "Barn- och utbildningsnämnden": [
  "Antalet barn i förskoleåldern minskar, vilket ger möjlighet att avveckla tillfälliga förskolelokaler när den nya förskolan "
  "är klar. Samtidigt ökar antalet elever i gymnasieåldern fram till 2028.",
  "Andelen behöriga lärare i grundskolan var 71 procent hösten 2025. Nämnden fortsätter satsningen på lärarlyftet och "
  "erbjuder lärarassistenter som avlastning.",
  "Meritvärdet i årskurs 9 har förbättrats två år i rad men ligger fortfarande under rikssnittet. Fokus under 2026 är tidiga "
  "insatser i läsning och matematik i årskurs 1–3.",
  "Skolskjutskostnaderna har ökat kraftigt efter den nya upphandlingen och beräknas till 24,8 mnkr 2026."],
 "Socialnämnden": [
  "Antalet invånare som är 80 år och äldre ökar med cirka 40 personer per år, vilket ökar behovet av hemtjänst och särskilt "
  "boende. Nämnden prioriterar förebyggande insatser och välfärdsteknik för att fler ska kunna bo kvar hemma.",
  "Kostnaderna för externa placeringar av barn och unga har ökat. Under 2026 byggs öppenvården ut med ett familjebehandlingsteam.",
  "Kompetensförsörjningen är nämndens största utmaning. Bemanningskostnaderna för sjuksköterskor uppgick till 6,1 mnkr 2024 och "
  "ska halveras till 2026.",
  "Ombyggnaden av Lindgården innebär att tio platser tillfälligt tas ur bruk. Under ombyggnaden köps platser externt vid behov."],
 "Kultur- och fritidsnämnden": [
  "Föreningslivet är en viktig del av kommunens attraktivitet. Föreningsbidragen räknas upp med 2,0 procent 2026.",
  "Biblioteket i Virserum blir meröppet under 2026, vilket innebär att besökare kan låna böcker även utanför bemannade tider.",
  "Kulturskolan har kö till flera instrument. Nämnden utreder möjligheten att erbjuda undervisning i grupp för att korta kön.",
  "Fritidsgårdarna i Hultsfred och Virserum har utökade öppettider under sommarlovet, finansierat med statsbidrag."],
 "Miljö- och byggnadsnämnden": [
  "Antalet bygglovsansökningar har minskat något till följd av högre räntor och byggkostnader.",
  "Tillsynen inom livsmedelsområdet följer den nationella kontrollplanen. Avgiftsfinansieringsgraden ska öka till 55 procent.",
  "Nämnden samverkar med Vimmerby kommun kring miljöstrategisk kompetens.",
  "Inom kart- och mätverksamheten pågår arbetet med att uppdatera baskartan i enlighet med Lantmäteriets nationella specifikationer."],
}


def build():
    os.makedirs(OUT, exist_ok=True)
    d = Doc("Budget 2026 med plan 2027–2028", "Hultsfreds kommun")
    d.set_title("Hultsfreds kommun – Budget 2026 med plan 2027–2028")
    # cover
    d.add_page()
    d.ln(60)
    d.set_font("DV", "B", 28); d.multi_cell(0, 14, "Budget 2026\nmed plan 2027–2028", new_x="LMARGIN", new_y="NEXT")
    d.ln(6); d.set_font("DV", "", 14); d.multi_cell(0, 8, "Hultsfreds kommun", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "", 10); d.multi_cell(0, 6, "Antagen av kommunfullmäktige 2025-11-24, § 148\nDnr KS 2025/0312", new_x="LMARGIN", new_y="NEXT")
    # contents
    d.add_page(); d.h1("Innehåll")
    toc = ["Kommunstyrelsens ordförande har ordet", "Omvärld och förutsättningar", "Befolkning",
           "Mål och styrning", "Skatteintäkter och generella statsbidrag", "Resultatbudget", "Balansbudget",
           "Kassaflödesbudget", "Driftbudget per nämnd", "Investeringsbudget", "Personal",
           "Nämndernas budget och uppdrag", "Kommunkoncernen", "Ordlista"]
    d.bullets(toc)
    # ordförande
    d.add_page(); d.h1("Kommunstyrelsens ordförande har ordet")
    d.p("Budgeten för 2026 är framtagen i ett läge där kommunens kostnader fortsatt ökar snabbare än skatteintäkterna. "
        "Inflationen har dämpats, men effekterna av de senaste årens höga pris- och löneökningar ligger kvar i verksamheterna. "
        "Samtidigt ser vi en befolkningsstruktur där antalet äldre ökar medan antalet barn i förskoleåldern minskar.")
    d.p("Kommunfullmäktige har därför valt att behålla skattesatsen oförändrad på 22,46 kronor per skattekrona och i stället "
        "prioritera om inom befintliga ramar. Socialnämnden får ett ramtillskott på 9,5 miljoner kronor för att möta ett ökat "
        "behov inom hemtjänsten och särskilt boende. Barn- och utbildningsnämnden får 6,2 miljoner kronor i tillskott, varav "
        "2,0 miljoner kronor är öronmärkta för elevhälsa.")
    d.p("Budgeten innebär ett resultat på 18,9 miljoner kronor 2026, vilket motsvarar 1,5 procent av skatteintäkter och generella "
        "statsbidrag. Det är något lägre än det långsiktiga målet på 2 procent, men en förbättring jämfört med budget 2025. "
        "Under planperioden ska resultatet successivt stärkas.")
    d.p("Investeringsnivån är fortsatt hög. Den största enskilda investeringen är den nya förskolan i Hultsfred, etapp 2, som "
        "beräknas stå klar till höstterminen 2027. Ombyggnaden av Lindgårdens särskilda boende i Virserum påbörjas under våren 2026.")
    d.p("Jag vill tacka alla medarbetare för ett fantastiskt arbete under året och ser fram emot att tillsammans fortsätta utveckla "
        "Hultsfreds kommun.")
    d.p("Annika Strand (S)\nKommunstyrelsens ordförande")
    # omvärld
    d.add_page(); d.h1("Omvärld och förutsättningar")
    d.h2("Samhällsekonomin")
    d.p("Sveriges Kommuner och Regioner (SKR) bedömer i oktoberprognosen att svensk ekonomi återhämtar sig under 2026 efter två år "
        "av svag tillväxt. Skatteunderlaget väntas växa med 4,1 procent 2026, vilket är lägre än den genomsnittliga ökningen under "
        "perioden 2021–2023. Arbetslösheten bedöms vara fortsatt hög under första halvåret 2026.")
    d.p("För kommunsektorn innebär det att ekonomin även fortsättningsvis är ansträngd. Pensionskostnaderna ökar till följd av "
        "höga inkomstbasbelopp och det nya pensionsavtalet AKAP-KR. Generella statsbidrag har räknats upp i regeringens budgetproposition "
        "för 2026 med totalt 5 miljarder kronor till kommuner och regioner.")
    d.h2("Budgetförutsättningar")
    d.bullets(["Skattesatsen är oförändrad, 22,46 kronor per skattekrona.",
               "Budgeten bygger på SKR:s skatteunderlagsprognos från oktober 2025 (cirkulär 25:41).",
               "Befolkningen antas vara 13 210 invånare den 1 november 2025.",
               "Löneökningar har beräknats till 3,2 procent för 2026 och kompenseras nämnderna centralt.",
               "Priser för övriga kostnader räknas upp med 2,0 procent.",
               "Internräntan är 2,5 procent."])
    d.p("Nämnderna har inte kompenserats för volymförändringar utöver de ramtillskott som anges under respektive nämnd. "
        "Kapitaltjänstkostnader för nya investeringar kompenseras från det år investeringen tas i bruk.")
    # befolkning
    d.h2("Befolkning")
    d.p("Hultsfreds kommun har haft en svagt minskande befolkning under de senaste åren. Den 31 december 2024 var invånarantalet "
        f"{bef_tot[1]:,}".replace(",", " ") + ". Prognosen visar på en fortsatt minskning av antalet barn och personer i arbetsför ålder, "
        "medan antalet invånare som är 80 år och äldre ökar.")
    rows = [("row", [b[0]] + [f"{x:,}".replace(",", " ") for x in b[1:]]) for b in BEF]
    rows.append(("total", ["Totalt"] + [f"{x:,}".replace(",", " ") for x in bef_tot]))
    d.table("Tabell 1. Befolkning per åldersgrupp den 31 december", "Antal invånare",
            ["Åldersgrupp", "Utfall\n2023", "Utfall\n2024", "Prognos\n2025", "Prognos\n2026"], rows, [60, 27, 27, 27, 27])
    # mål
    d.add_page(); d.h1("Mål och styrning")
    d.p("Kommunfullmäktige styr verksamheten genom vision, strategiska mål och finansiella mål. Visionen är \"Hultsfred – "
        "Ett myller av möjligheter\". Nämnderna bryter ned fullmäktiges mål till nämndmål i sina internbudgetar och följer upp dem "
        "i delårsrapport och årsredovisning.")
    d.h2("Finansiella mål")
    d.p("För att uppnå god ekonomisk hushållning har fullmäktige fastställt tre finansiella mål för perioden 2026–2028.")
    fm = [("row", ["Årets resultat i procent av skatter och statsbidrag", "minst 2,0 %", "2,1 %", "1,5 %", "1,7 %", "1,8 %"]),
          ("row", ["Självfinansieringsgrad av investeringar", "minst 60 %", "71 %", "58 %", "68 %", "85 %"]),
          ("row", ["Soliditet inkl. pensionsförpliktelser", "ska öka", "31,8 %", "31,2 %", "31,0 %", "31,4 %"])]
    d.table("Tabell 2. Finansiella mål", None, ["Mål", "Målvärde", "Utfall\n2024", "Budget\n2026", "Plan\n2027", "Plan\n2028"],
            fm, [62, 22, 20, 20, 20, 20], fs=7.5)
    d.h2("Verksamhetsmål")
    vm = [("row", ["Andel elever i åk 9 som är behöriga till gymnasiet", "%", "78,4", "82,0"]),
          ("row", ["Nöjdhet med hemtjänsten, brukarundersökning", "%", "88", "90"]),
          ("row", ["Andel heltidsanställda", "%", "86,7", "88,0"]),
          ("row", ["Sjukfrånvaro bland anställda", "%", "7,1", "6,5"]),
          ("row", ["Antal nya bostäder", "st", "14", "25"])]
    d.table("Tabell 3. Urval av verksamhetsmål", None, ["Indikator", "Enhet", "Utfall\n2024", "Mål\n2026"], vm, [95, 18, 25, 25])
    d.p("Målet för antal nya bostäder avser färdigställda lägenheter och småhus i kommunen, oavsett byggherre.")
    # skatteintäkter
    d.add_page(); d.h1("Skatteintäkter och generella statsbidrag")
    d.p("Skatteintäkter och generella statsbidrag är kommunens största inkomstkälla och utgör cirka 82 procent av de totala intäkterna. "
        "Beräkningen bygger på SKR:s prognos från oktober 2025 och en befolkning på 13 210 invånare.")
    sk = [("row", ["Kommunalskatt", sv(804.9), sv(838.1), sv(869.4), sv(899.6), sv(931.0)]),
          ("row", ["Slutavräkning föregående år", sv(3.9), sv(4.1), sv(5.6), sv(5.9), sv(5.8)]),
          ("row", ["Fastighetsavgift", sv(3.6), sv(3.8), sv(3.5), sv(3.7), sv(4.2)]),
          ("sum", ["Summa skatteintäkter", sv(SKATT[0]), sv(SKATT[1]), sv(SKATT[2]), sv(SKATT[3]), sv(SKATT[4])]),
          ("row", ["Inkomstutjämning", sv(281.4), sv(290.2), sv(301.8), sv(309.7), sv(317.4)]),
          ("row", ["Kostnadsutjämning", sv(24.8), sv(22.6), sv(26.9), sv(27.3), sv(27.7)]),
          ("row", ["Regleringsbidrag/-avgift", sv(6.2), sv(4.9), sv(7.8), sv(5.1), sv(3.2)]),
          ("row", ["LSS-utjämning", sv(-4.6), sv(-5.2), sv(-5.9), sv(-6.0), sv(-6.1)]),
          ("row", ["Strukturbidrag", sv(16.8), sv(17.1), sv(17.3), sv(17.5), sv(17.7)]),
          ("row", ["Generella bidrag från staten", sv(27.5), sv(30.2), sv(29.7), sv(30.3), sv(30.6)]),
          ("sum", ["Summa generella statsbidrag och utjämning", sv(GSB[0]), sv(GSB[1]), sv(GSB[2]), sv(GSB[3]), sv(GSB[4])]),
          ("total", ["Totalt", sv(SKATT[0] + GSB[0]), sv(SKATT[1] + GSB[1]), sv(SKATT[2] + GSB[2]), sv(SKATT[3] + GSB[3]), sv(SKATT[4] + GSB[4])])]
    d.table("Tabell 4. Skatteintäkter och generella statsbidrag", "Belopp i mnkr", ["Post"] + YEARS, sk, [65, 21, 21, 21, 21, 21])
    # resultatbudget
    d.add_page(); d.h1("Resultatbudget")
    d.p("Resultatbudgeten visar kommunens intäkter och kostnader och hur årets resultat uppkommer. Budgeterat resultat för 2026 är "
        "18,9 mnkr. Verksamhetens nettokostnad ökar med 3,8 procent jämfört med budget 2025, medan skatteintäkter och generella "
        "statsbidrag ökar med 4,2 procent.")
    rr = [("row", ["Verksamhetens intäkter", "1"] + [sv(x) for x in VHT_INT]),
          ("row", ["Verksamhetens kostnader", "2"] + [sv(x) for x in VHT_KOST]),
          ("row", ["Avskrivningar", "3"] + [sv(x) for x in AVSKR]),
          ("sum", ["Verksamhetens nettokostnad", ""] + [sv(x) for x in NETTOKOSTNAD]),
          ("row", ["Skatteintäkter", "4"] + [sv(x) for x in SKATT]),
          ("row", ["Generella statsbidrag och utjämning", "5"] + [sv(x) for x in GSB]),
          ("sum", ["Verksamhetens resultat", ""] + [sv(x) for x in VHT_RES]),
          ("row", ["Finansiella intäkter", "6"] + [sv(x) for x in FIN_INT]),
          ("row", ["Finansiella kostnader", "7"] + [sv(x) for x in FIN_KOST]),
          ("sum", ["Resultat efter finansiella poster", ""] + [sv(x) for x in RES_EFTER_FIN]),
          ("row", ["Extraordinära poster", ""] + ["0,0"] * 5),
          ("total", ["Årets resultat", ""] + [sv(x) for x in RESULTAT])]
    d.table("Tabell 5. Resultatbudget", "Belopp i mnkr", ["", "Not"] + YEARS, rr, [58, 12, 20, 20, 20, 20, 20])
    d.h2("Noter till resultatbudgeten")
    d.p("Not 1. Verksamhetens intäkter omfattar taxor och avgifter, hyror och arrenden, riktade statsbidrag samt försäljning av "
        "verksamhet. Riktade statsbidrag beräknas till 118,4 mnkr 2026.")
    d.p("Not 2. Verksamhetens kostnader består till största delen av personalkostnader, som beräknas till 812,6 mnkr 2026 inklusive "
        "sociala avgifter och pensionskostnader.")
    d.p("Not 3. Avskrivningar beräknas enligt komponentavskrivning på befintliga och planerade investeringar.")
    d.p("Not 4–5. Se tabell 4, Skatteintäkter och generella statsbidrag.")
    d.p("Not 6–7. Finansiella kostnader avser huvudsakligen räntor på upplåning via Kommuninvest samt ränta på pensionsavsättning. "
        "Genomsnittlig låneränta antas till 2,8 procent 2026.")
    # balansbudget
    d.add_page(); d.h1("Balansbudget")
    mat = [1012.4, 1061.3, 1118.9, 1158.2, 1176.0]
    fin = [78.6, 78.6, 78.6, 78.6, 78.6]
    ford = [92.3, 88.0, 90.0, 91.0, 92.0]
    kassa = [61.7, 40.0, 35.0, 35.0, 40.0]
    ek = [412.8, 428.0, 446.9, 468.3, 492.3]
    pens = [58.4, 61.0, 63.5, 66.2, 68.9]
    lang = [481.0, 525.0, 575.0, 600.0, 585.0]
    tg = [r1(mat[i] + fin[i] + ford[i] + kassa[i]) for i in range(5)]
    kort = [r1(tg[i] - ek[i] - pens[i] - lang[i]) for i in range(5)]
    bb = [("section", ["TILLGÅNGAR", "", "", "", "", "", ""]),
          ("row", ["Materiella anläggningstillgångar", "8"] + [sv(x) for x in mat]),
          ("row", ["Finansiella anläggningstillgångar", "9"] + [sv(x) for x in fin]),
          ("sum", ["Summa anläggningstillgångar", ""] + [sv(mat[i] + fin[i]) for i in range(5)]),
          ("row", ["Fordringar", "10"] + [sv(x) for x in ford]),
          ("row", ["Kassa och bank", "11"] + [sv(x) for x in kassa]),
          ("sum", ["Summa omsättningstillgångar", ""] + [sv(ford[i] + kassa[i]) for i in range(5)]),
          ("total", ["SUMMA TILLGÅNGAR", ""] + [sv(x) for x in tg]),
          ("section", ["EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER", "", "", "", "", "", ""]),
          ("row", ["Eget kapital", "12"] + [sv(x) for x in ek]),
          ("row", ["  därav årets resultat", ""] + [sv(x) for x in RESULTAT]),
          ("row", ["Avsättningar för pensioner", "13"] + [sv(x) for x in pens]),
          ("row", ["Långfristiga skulder", "14"] + [sv(x) for x in lang]),
          ("row", ["Kortfristiga skulder", "15"] + [sv(x) for x in kort]),
          ("total", ["SUMMA EGET KAPITAL OCH SKULDER", ""] + [sv(x) for x in tg])]
    d.table("Tabell 6. Balansbudget per den 31 december", "Belopp i mnkr", ["", "Not"] + YEARS, bb, [62, 10, 19.6, 19.6, 19.6, 19.6, 19.6], fs=7.5)
    d.p("Ansvarsförbindelsen för pensionsförpliktelser intjänade före 1998 beräknas uppgå till 298,7 mnkr vid utgången av 2026. "
        "Den långfristiga upplåningen ökar under planperioden till följd av investeringsnivån. Lånetaket är fastställt till 650 mnkr.")
    global BAL
    BAL = dict(mat=mat, ek=ek, lang=lang, tg=tg, kort=kort)
    # kassaflöde
    d.h1("Kassaflödesbudget")
    kf_inv = [-96.5, -118.0, -138.8, -111.6, -54.6]
    kf = [("section", ["Den löpande verksamheten", "", "", "", "", ""]),
          ("row", ["Årets resultat"] + [sv(x, neg="paren") for x in RESULTAT]),
          ("row", ["Justering för av- och nedskrivningar"] + [sv(-x, neg="paren") for x in AVSKR]),
          ("row", ["Justering för övriga ej likviditetspåverkande poster"] + [sv(x, neg="paren") for x in [3.1, 2.6, 2.5, 2.7, 2.7]]),
          ("row", ["Förändring av rörelsekapital"] + [sv(x, neg="paren") for x in [-4.2, 1.9, -2.0, -1.0, -1.0]]),
          ("sum", ["Medel från den löpande verksamheten"] + [sv(r1(RESULTAT[i] - AVSKR[i] + [3.1, 2.6, 2.5, 2.7, 2.7][i] + [-4.2, 1.9, -2.0, -1.0, -1.0][i]), neg="paren") for i in range(5)]),
          ("section", ["Investeringsverksamheten", "", "", "", "", ""]),
          ("row", ["Investering i materiella anläggningstillgångar"] + [sv(x, neg="paren") for x in kf_inv]),
          ("sum", ["Medel från investeringsverksamheten"] + [sv(x, neg="paren") for x in kf_inv]),
          ("section", ["Finansieringsverksamheten", "", "", "", "", ""]),
          ("row", ["Nyupptagna lån"] + [sv(x, neg="paren") for x in [40.0, 50.0, 70.0, 40.0, 0.0]]),
          ("row", ["Amortering av skuld"] + [sv(x, neg="paren") for x in [-6.0, -6.0, -20.0, -15.0, -15.0]]),
          ]
    d.table("Tabell 7. Kassaflödesbudget", "Belopp i mnkr", ["Post"] + YEARS, kf, [70, 20, 20, 20, 20, 20], fs=7.5)
    d.p("Negativa belopp i kassaflödesbudgeten anges inom parentes.")
    # driftbudget
    d.add_page(); d.h1("Driftbudget per nämnd")
    d.p("Driftbudgeten anger nämndernas ekonomiska ramar i form av nettokostnader, det vill säga kostnader minskade med verksamhetens "
        "intäkter. Ramarna för 2026 inkluderar kompensation för löneökningar enligt budgetförutsättningarna. Finansförvaltningen "
        "omfattar bland annat pensionskostnader, kapitaltjänst, avskrivningar och en central reserv för oförutsedda kostnader.")
    dr = [("section", ["Kommunstyrelsen", "", "", "", "", ""])]
    dr += [("row", [n] + [sv(x) for x in v]) for n, v in KS]
    dr.append(("sum", ["Summa kommunstyrelsen"] + [sv(x) for x in sum_ks]))
    dr.append(("section", ["Övriga nämnder", "", "", "", "", ""]))
    dr += [("row", [n] + [sv(x) for x in v]) for n, v in NAMND]
    dr.append(("sum", ["Summa övriga nämnder"] + [sv(x) for x in sum_n]))
    dr.append(("sum", ["Summa nämnder och styrelse"] + [sv(x) for x in sum_vht]))
    dr.append(("row", ["Finansförvaltningen"] + [sv(x) for x in FINANSF]))
    dr.append(("total", ["Verksamhetens nettokostnad"] + [sv(x) for x in TOTAL_DRIFT]))
    d.table("Tabell 8. Driftbudget per nämnd, nettokostnad", "Belopp i mnkr", ["Nämnd/styrelse"] + YEARS, dr, [66, 20.8, 20.8, 20.8, 20.8, 20.8])
    d.p("Valnämndens budget 2026 är högre än övriga år eftersom allmänna val till riksdag, region- och kommunfullmäktige hålls "
        "den 13 september 2026.")
    # ramförändringar
    d.h2("Förändringar av ramar 2026 jämfört med 2025")
    rf = [("row", ["Barn- och utbildningsnämnden", "481,5", "10,9", "6,2", "498,6"]),
          ("row", ["Socialnämnden", "463,0", "6,4", "9,5", "478,9"]),
          ("row", ["Kultur- och fritidsnämnden", "32,0", "0,9", "0,5", "33,4"]),
          ("row", ["Miljö- och byggnadsnämnden", "7,3", "0,2", "0,3", "7,8"])]
    d.table("Tabell 9. Ramförändringar för vissa nämnder", "Belopp i mnkr",
            ["Nämnd", "Ram\n2025", "Pris- och\nlöneuppräkning", "Ramtill-\nskott", "Ram\n2026"], rf, [66, 24, 30, 24, 24])
    # investeringar
    d.add_page(); d.h1("Investeringsbudget")
    d.p("Investeringsbudgeten för 2026 uppgår till " + f"{inv_total[0]/1000:.1f}".replace(".", ",") + " mnkr. Under planperioden "
        "2026–2028 planeras investeringar om totalt " + f"{sum(inv_total)/1000:.1f}".replace(".", ",") + " mnkr. Investeringar i "
        "skattefinansierad verksamhet ska i så stor utsträckning som möjligt finansieras med egna medel. Investeringsprojekt över "
        "5 mnkr ska beslutas särskilt av kommunstyrelsen innan de startar.")
    d.p("Projekt som inte påbörjats under budgetåret får föras över till nästkommande år endast efter beslut i kommunstyrelsen. "
        "Nedan redovisas investeringsbudgeten per projekt.")
    d.p("Kommunens bedömning är att genomförandegraden historiskt legat mellan 65 och 75 procent av budgeterad nivå, vilket "
        "beaktats i likviditetsplaneringen.")
    ir = []
    for n, projs in INV:
        ir.append(("section", [n, "", "", "", ""]))
        for pn, v in projs:
            ir.append(("row", [pn] + [f"{x:,}".replace(",", " ") for x in v] + [f"{sum(v):,}".replace(",", " ")]))
        s = inv_sums[n]
        ir.append(("sum", ["Summa " + n[0].lower() + n[1:]] + [f"{x:,}".replace(",", " ") for x in s] + [f"{sum(s):,}".replace(",", " ")]))
    ir.append(("total", ["Totalt investeringar"] + [f"{x:,}".replace(",", " ") for x in inv_total] + [f"{sum(inv_total):,}".replace(",", " ")]))
    d.table("Tabell 10. Investeringsbudget per projekt", "Belopp i tkr",
            ["Projekt", "Budget\n2026", "Plan\n2027", "Plan\n2028", "Totalt\n2026–2028"], ir, [78, 23, 23, 23, 23],
            cont_caption="Tabell 10. Investeringsbudget per projekt (forts.)")
    d.p("Kommunens bolag redovisar sina investeringar i egna budgetar och ingår inte i tabellen ovan.")
    # personal
    d.add_page(); d.h1("Personal")
    d.p(f"Hultsfreds kommun hade {pers_tot25:,} tillsvidareanställda".replace(",", " ") + " medarbetare i september 2025, vilket gör kommunen till en av "
        "de största arbetsgivarna i kommunen. Av de tillsvidareanställda är 79 procent kvinnor. Medelåldern är 46,2 år.")
    d.p("Arbetet med heltid som norm fortsätter. Målet är att andelen heltidsanställda ska vara 88 procent 2026. Den totala "
        "sjukfrånvaron har minskat något jämfört med föregående år men är fortfarande hög inom socialförvaltningen.")
    pr = [("row", [p[0], f"{p[1]:,}".replace(",", " "), f"{p[2]:,}".replace(",", " "), sv(p[3]), sv(p[4])]) for p in PERSONAL]
    pr.append(("total", ["Totalt", f"{pers_tot24:,}".replace(",", " "), f"{pers_tot25:,}".replace(",", " "), "86,7", "7,1"]))
    d.table("Tabell 11. Personalstatistik per förvaltning", "Antal tillsvidareanställda per september respektive år; andel heltid och sjukfrånvaro i procent",
            ["Förvaltning", "Antal\n2024", "Antal\n2025", "Andel\nheltid, %", "Sjukfrån-\nvaro, %"], pr, [72, 22, 22, 27, 27])
    sj = [("row", ["Kvinnor", "7,9", "7,6", "7,4"]), ("row", ["Män", "4,6", "4,3", "4,5"]),
          ("row", ["29 år och yngre", "6,4", "6,1", "5,8"]), ("row", ["30–49 år", "6,8", "6,9", "6,6"]),
          ("row", ["50 år och äldre", "8,1", "7,7", "7,6"]), ("total", ["Total sjukfrånvaro", "7,5", "7,3", "7,1"])]
    d.table("Tabell 12. Sjukfrånvaro i procent av ordinarie arbetstid", "Procent",
            ["Grupp", "2023", "2024", "2025\njan–aug"], sj, [72, 25, 25, 25])
    d.p("Under 2026 införs en gemensam introduktion för alla nyanställda. Kompetensförsörjningsplanen revideras under våren 2026. "
        "Svårast att rekrytera är legitimerade lärare, sjuksköterskor och socionomer.")
    # nämnder
    nam = [
     ("Kommunstyrelsen", "Kommunstyrelsen leder och samordnar kommunens verksamhet och har uppsikt över övriga nämnder och bolag. "
      "Under styrelsen finns kommunledningsförvaltningen, samhällsbyggnadsförvaltningen och räddningstjänsten.",
      [("Intäkter", 96.4, 101.2), ("Kostnader", -254.1, -266.5), ("Nettokostnad", -157.7, -165.3)],
      [("Antal inkomna ärenden till kommunens kontaktcenter", "18 450", "19 200", "20 000"),
       ("Antal räddningsinsatser", "312", "298", "300"),
       ("Antal sålda villatomter", "6", "4", "8")],
      "Uppdrag 2026: Kommunstyrelsen ska ta fram en ny översiktsplan för antagande 2027 och utreda en samlokalisering av "
      "räddningstjänsten i Hultsfred och Målilla. Kommunstyrelsen ska även genomföra en översyn av kommunens lokalbehov."),
     ("Barn- och utbildningsnämnden", "Nämnden ansvarar för förskola, pedagogisk omsorg, fritidshem, grundskola, anpassad grundskola, "
      "gymnasieskola och vuxenutbildning inklusive SFI. Hagadals gymnasium är kommunens gymnasieskola.",
      [("Intäkter", 58.3, 60.1), ("Kostnader", -539.8, -558.7), ("Nettokostnad", -481.5, -498.6)],
      [("Antal barn i förskola", "634", "611", "596"),
       ("Antal elever i grundskola", "1 402", "1 398", "1 385"),
       ("Antal elever i gymnasieskola (egen regi)", "388", "401", "410"),
       ("Antal elever i SFI", "142", "118", "110")],
      "Uppdrag 2026: Nämnden ska redovisa en plan för förskolans lokaler efter att etapp 2 av den nya förskolan tagits i bruk. "
      "Av ramtillskottet om 6,2 mnkr avser 2,0 mnkr förstärkt elevhälsa och 1,4 mnkr ökade kostnader för skolskjuts."),
     ("Socialnämnden", "Socialnämnden ansvarar för äldreomsorg, hälso- och sjukvård, stöd enligt LSS, individ- och familjeomsorg samt "
      "försörjningsstöd.",
      [("Intäkter", 84.6, 88.2), ("Kostnader", -547.6, -567.1), ("Nettokostnad", -463.0, -478.9)],
      [("Antal platser i särskilt boende", "214", "214", "204"),
       ("Antal beviljade hemtjänsttimmar per månad", "21 300", "22 150", "23 000"),
       ("Antal hushåll med försörjningsstöd, genomsnitt per månad", "287", "301", "295"),
       ("Antal personer med beslut om LSS-boende", "71", "74", "77")],
      "Uppdrag 2026: Socialnämnden ska minska kostnaderna för externa placeringar inom individ- och familjeomsorgen med 3,0 mnkr "
      "genom utökad öppenvård på hemmaplan. Antalet platser i särskilt boende minskar tillfälligt med tio under ombyggnaden av Lindgården."),
     ("Kultur- och fritidsnämnden", "Nämnden ansvarar för bibliotek, kulturskola, fritidsgårdar, föreningsbidrag samt idrotts- och "
      "fritidsanläggningar, bland annat simhallen i Hultsfred.",
      [("Intäkter", 7.9, 8.3), ("Kostnader", -39.9, -41.7), ("Nettokostnad", -32.0, -33.4)],
      [("Antal besök på biblioteken", "98 500", "101 200", "100 000"),
       ("Antal elever i kulturskolan", "412", "436", "450"),
       ("Antal besök i simhallen", "41 800", "44 100", "30 000")],
      "Uppdrag 2026: Simhallen i Hultsfred hålls stängd under renoveringen mellan maj och oktober 2026. Nämnden ska under tiden "
      "erbjuda simundervisning för skolklasser i Vimmerby simhall."),
     ("Miljö- och byggnadsnämnden", "Nämnden ansvarar för bygglov, tillsyn enligt plan- och bygglagen, miljöbalken och "
      "livsmedelslagstiftningen samt kart- och mätverksamhet.",
      [("Intäkter", 6.4, 6.9), ("Kostnader", -13.7, -14.7), ("Nettokostnad", -7.3, -7.8)],
      [("Antal bygglovsansökningar", "265", "248", "260"),
       ("Antal livsmedelskontroller", "190", "205", "210"),
       ("Handläggningstid bygglov, medianvärde i dagar", "24", "21", "20")],
      "Uppdrag 2026: Nämnden ska införa ett nytt digitalt verksamhetssystem för bygglov och öka andelen ärenden som ansöks via e-tjänst."),
    ]
    d.add_page(); d.h1("Nämndernas budget och uppdrag")
    d.p("I detta avsnitt redovisas varje nämnds ansvarsområde, ekonomiska ramar, verksamhetsmått och särskilda uppdrag för 2026.")
    tno = 13
    for name, desc, eco, mått, uppdrag in nam:
        if name != "Kommunstyrelsen":
            d.add_page()
        d.h2(name)
        d.p(desc)
        er = [("row" if e[0] != "Nettokostnad" else "total", [e[0], sv(e[1]), sv(e[2]), sv(r1(e[2] - e[1]))]) for e in eco]
        d.table(f"Tabell {tno}. {name}, ekonomisk översikt", "Belopp i mnkr",
                ["", "Budget\n2025", "Budget\n2026", "Förändring"], er, [70, 28, 28, 28]); tno += 1
        mr = [("row", list(m)) for m in mått]
        d.table(f"Tabell {tno}. {name}, verksamhetsmått", "Antal",
                ["Verksamhetsmått", "Utfall\n2023", "Utfall\n2024", "Budget\n2026"], mr, [94, 22, 22, 22], fs=7.5); tno += 1
        d.p(uppdrag)
        d.add_page()
        d.h2(name + " – prioriteringar och utmaningar")
        for para in PRIO[name]:
            d.p(para)
        d.p("Nämnden ska senast den 31 januari 2026 fastställa en internbudget inom tilldelad ram och redovisa den till kommunstyrelsen. "
            "Eventuella befarade underskott ska rapporteras i samband med månadsuppföljningen efter april, augusti och oktober, "
            "tillsammans med förslag till åtgärder.")
    # balanskrav
    d.add_page(); d.h1("God ekonomisk hushållning och balanskrav")
    d.p("Enligt kommunallagen ska kommunen ha en god ekonomisk hushållning och budgeten ska upprättas så att intäkterna överstiger "
        "kostnaderna (balanskravet). Ett negativt balanskravsresultat ska återställas inom tre år. Hultsfreds kommun har inga "
        "underskott från tidigare år att återställa.")
    bk = [("row", ["Årets resultat enligt resultaträkningen", "24,6", "15,2", "18,9"]),
          ("row", ["Reducering av samtliga realisationsvinster", "–1,3", "0,0", "0,0"]),
          ("row", ["Orealiserade förluster i värdepapper", "0,0", "0,0", "0,0"]),
          ("sum", ["Årets resultat efter balanskravsjusteringar", "23,3", "15,2", "18,9"]),
          ("row", ["Avsättning till resultatutjämningsreserv", "–5,0", "0,0", "0,0"]),
          ("total", ["Balanskravsresultat", "18,3", "15,2", "18,9"])]
    d.table(f"Tabell {tno}. Balanskravsutredning", "Belopp i mnkr",
            ["", "Utfall\n2024", "Budget\n2025", "Budget\n2026"], bk, [88, 24, 24, 24]); tno += 1
    d.p("Resultatutjämningsreserven (RUR) uppgick till 42,0 mnkr vid utgången av 2024. Reserven får användas för att utjämna "
        "skatteintäkter över en konjunkturcykel. Någon disposition av reserven planeras inte under 2026.")
    d.p("Kommunfullmäktige har i riktlinjerna för god ekonomisk hushållning angett att resultatet över tid ska uppgå till minst "
        "2 procent av skatteintäkter och generella statsbidrag, och att investeringar i skattefinansierad verksamhet över en "
        "femårsperiod ska finansieras med minst 60 procent egna medel.")
    # koncern
    d.add_page(); d.h1("Kommunkoncernen")
    d.p("Kommunkoncernen består av Hultsfreds kommun och de helägda bolagen Hultsfreds Bostads AB och Hultsfreds Energi AB samt "
        "kommunalförbundet Kalmarsunds Gymnasieförbund, där kommunen inte längre ingår som medlem sedan 2019.")
    kc = [("row", ["Hultsfreds Bostads AB", "5,8", "1 486", "4,5"]),
          ("row", ["Hultsfreds Energi AB", "3,1", "—", "2,0"])]
    d.table(f"Tabell {tno}. Kommunala bolag, budget 2026", None,
            ["Bolag", "Resultat efter\nfinansiella poster, mnkr", "Antal\nlägenheter", "Avkastnings-\nkrav, %"], kc, [60, 44, 28, 28]); tno += 1
    d.p("Kommunen har ett borgensåtagande för bolagens lån som per den 31 augusti 2025 uppgick till 512,4 mnkr. Borgensramen för "
        "Hultsfreds Bostads AB är 450 mnkr och för Hultsfreds Energi AB 110 mnkr.")
    lb = [("row", ["Kommunens låneskuld", "481,0", "525,0", "575,0", "600,0", "585,0"]),
          ("row", ["Låneskuld per invånare, kr", "36 152", "39 782", "43 623", "45 593", "44 521"]),
          ("row", ["Borgensåtaganden", "498,3", "512,4", "540,0", "555,0", "560,0"])]
    d.table(f"Tabell {tno}. Låneskuld och borgen", "Belopp i mnkr där inget annat anges",
            ["", "Utfall\n2024", "Prognos\n2025", "Budget\n2026", "Plan\n2027", "Plan\n2028"], lb, [60, 20, 20, 20, 20, 20]); tno += 1
    # ordlista
    d.add_page(); d.h1("Ordlista")
    words = [("Anläggningstillgångar", "Tillgångar avsedda för stadigvarande bruk, till exempel fastigheter och inventarier."),
             ("Avskrivning", "Planmässig värdeminskning av anläggningstillgångar."),
             ("Balansräkning", "Visar kommunens ekonomiska ställning vid årets slut."),
             ("Eget kapital", "Skillnaden mellan tillgångar och skulder."),
             ("Kapitaltjänst", "Internränta och avskrivningar som belastar nämnderna för investeringar."),
             ("Nettokostnad", "Kostnader minskade med verksamhetens intäkter."),
             ("Självfinansieringsgrad", "Andel av investeringarna som finansieras med egna medel."),
             ("Soliditet", "Eget kapital i procent av totala tillgångar.")]
    for w, e in words:
        d.set_font("DV", "B", 9.5); d.multi_cell(0, 5, w, new_x="LMARGIN", new_y="NEXT")
        d.p(e)
    d.add_page(); d.h1("Tidplan för budgetprocessen 2027")
    tp = [("row", ["Februari 2026", "Bokslut 2025 och förutsättningar inför budgetarbetet"]),
          ("row", ["April 2026", "Budgetdialog med nämndernas presidier"]),
          ("row", ["Juni 2026", "Kommunfullmäktige fastställer preliminära ramar"]),
          ("row", ["Oktober 2026", "Budgetberedningens förslag med ny skatteprognos"]),
          ("row", ["November 2026", "Kommunfullmäktige beslutar om budget 2027 och skattesats"])]
    d.table(f"Tabell {tno}. Tidplan", None, ["Tidpunkt", "Aktivitet"], tp, [40, 130]); tno += 1
    d.p("Eftersom allmänna val hålls i september 2026 kan det nyvalda fullmäktige besluta om en reviderad budget för 2027 under våren 2027.")
    d.output(os.path.join(OUT, "hultsfred_budget_2026.pdf"))
    return d.page_no(), tno - 1


HTML = """<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>Skatt och budget - Hultsfreds kommun</title></head>
<body>
<div id="cookie-banner" class="cookie">
  <p>Vi använder kakor (cookies) för att förbättra din upplevelse på hultsfred.se. <a href="/om-webbplatsen/kakor">Läs mer om kakor</a></p>
  <button>Godkänn alla</button> <button>Endast nödvändiga</button>
</div>
<header>
  <a class="logo" href="/">Hultsfreds kommun</a>
  <nav><ul>
    <li><a href="/barn-och-utbildning">Barn och utbildning</a></li>
    <li><a href="/omsorg-och-stod">Omsorg och stöd</a></li>
    <li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
    <li><a href="/kultur-och-fritid">Kultur och fritid</a></li>
    <li><a href="/kommun-och-politik">Kommun och politik</a></li>
  </ul></nav>
  <form role="search"><input type="search" placeholder="Sök på webbplatsen"><button>Sök</button></form>
</header>
<div class="breadcrumbs"><a href="/">Start</a> / <a href="/kommun-och-politik">Kommun och politik</a> / <a href="/kommun-och-politik/ekonomi">Ekonomi</a> / Skatt och budget</div>
<main>
<h1>Skatt och budget</h1>
<p class="ingress">Kommunalskatten i Hultsfreds kommun är 22,46 kronor per hundralapp 2026. Till det kommer skatten till Region Kalmar län, som är 11,86 kronor. Den totala skattesatsen blir därmed 34,32 procent, exklusive kyrkoavgift och begravningsavgift.</p>
<h2>Så används 100 kronor i skatt</h2>
<p>Tabellen visar hur varje hundralapp som du betalar i kommunalskatt fördelas på kommunens verksamheter enligt budget 2026.</p>
<table>
<caption>Fördelning av 100 kronor i kommunalskatt, budget 2026 (kronor)</caption>
<thead><tr><th>Verksamhet</th><th>Kronor</th></tr></thead>
<tbody>
<tr><td>Förskola och skola</td><td>33,20</td></tr>
<tr><td>Äldreomsorg</td><td>21,90</td></tr>
<tr><td>Stöd till personer med funktionsnedsättning</td><td>9,60</td></tr>
<tr><td>Individ- och familjeomsorg</td><td>7,40</td></tr>
<tr><td>Gymnasieskola och vuxenutbildning</td><td>9,10</td></tr>
<tr><td>Gator, vägar, parker och räddningstjänst</td><td>5,30</td></tr>
<tr><td>Kultur och fritid</td><td>2,70</td></tr>
<tr><td>Politisk verksamhet och administration</td><td>6,90</td></tr>
<tr><td>Näringsliv, turism och övrigt</td><td>3,90</td></tr>
<tr><td>Summa</td><td>100,00</td></tr>
</tbody>
</table>
<h2>Budgetprocessen</h2>
<p>Kommunfullmäktige beslutar om budgeten i november varje år. Budgeten för 2026 antogs den 24 november 2025. Förslaget till budget tas fram av kommunstyrelsens budgetberedning, som består av kommunstyrelsens presidium och oppositionsrådet.</p>
<p>Har du frågor om kommunens ekonomi kan du kontakta ekonomichef Per Lindqvist via kommunens kontaktcenter, telefon 0495-24 00 00.</p>
<h2>Dokument</h2>
<ul><li><a href="/download/budget-2026.pdf">Budget 2026 med plan 2027–2028 (pdf, 2,1 MB)</a></li>
<li><a href="/download/arsredovisning-2024.pdf">Årsredovisning 2024 (pdf, 4,8 MB)</a></li></ul>
<p class="updated">Sidan uppdaterades: 2025-12-02</p>
</main>
<footer><p>Hultsfreds kommun, 577 80 Hultsfred. Besöksadress: Stora Torget 3. Organisationsnummer 212000-0811</p>
<ul><li><a href="/tillganglighet">Tillgänglighetsredogörelse</a></li><li><a href="/om-webbplatsen/personuppgifter">Personuppgifter</a></li></ul></footer>
</body></html>
"""

PRESS = """PRESSMEDDELANDE
Hultsfreds kommun
2026-02-18

Hultsfreds kommun gör överskott på 27,4 miljoner kronor 2025

Hultsfreds kommun redovisar ett positivt resultat på 27,4 miljoner kronor för 2025, enligt det preliminära bokslutet. Det är 12,2 miljoner kronor bättre än budget. Förklaringen är främst högre skatteintäkter än beräknat och lägre räntekostnader.

– Det är ett bra resultat, men vi ska komma ihåg att en stor del beror på engångseffekter. Verksamheterna har fortfarande en tuff situation framför sig, säger Annika Strand (S), kommunstyrelsens ordförande.

Socialnämnden redovisar ett underskott på 8,6 miljoner kronor, främst på grund av ökade kostnader för externa placeringar av barn och unga samt fler hemtjänsttimmar än budgeterat. Barn- och utbildningsnämnden redovisar ett överskott på 1,9 miljoner kronor och kultur- och fritidsnämnden ett överskott på 700 000 kronor.

Investeringarna uppgick till 104,3 miljoner kronor, vilket motsvarar 88 procent av den budgeterade nivån. Den största investeringen under året var den nya förskolan i Hultsfred, där 31,5 miljoner kronor investerades under 2025.

Kommunens soliditet inklusive pensionsförpliktelser förbättrades till 32,4 procent. Låneskulden var vid årsskiftet 520 miljoner kronor.

Det slutliga bokslutet behandlas av kommunstyrelsen den 24 mars och av kommunfullmäktige den 27 april 2026.

För mer information, kontakta:
Per Lindqvist, ekonomichef, 0495-24 01 20
Annika Strand (S), kommunstyrelsens ordförande, 0495-24 01 02
"""

FORENINGAR = [
 ("Hultsfreds FK", "Driftbidrag anläggning", 185000, 192000),
 ("Virserums SGF", "Driftbidrag anläggning", 98000, 101000),
 ("Målilla Motorklubb", "Aktivitetsbidrag", 42500, 45800),
 ("Hultsfreds Ridklubb", "Driftbidrag anläggning", 156000, 160500),
 ("Järnforsens IF", "Aktivitetsbidrag", 31200, 29800),
 ("Silverdalens BK", "Aktivitetsbidrag", 24900, 26400),
 ("Hultsfreds Simsällskap", "Aktivitetsbidrag", 38700, 36100),
 ("Virserums Konsthall", "Kulturbidrag", 120000, 125000),
 ("PRO Hultsfred", "Bidrag pensionärsorganisation", 18000, 18000),
 ("Rockparty Hultsfred", "Evenemangsbidrag", 75000, 90000),
 ("Lönneberga Hembygdsförening", "Kulturbidrag", 22000, 24500),
 ("Mörlunda Skytteförening", "Aktivitetsbidrag", 9600, 10200),
]


def build_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Föreningsbidrag 2026"
    ws["A1"] = "Kultur- och fritidsnämnden, Hultsfreds kommun – Beviljade föreningsbidrag"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Belopp i kronor. Beslut KFN 2026-01-28, § 6"
    ws.append([])
    ws.append(["Förening", "Bidragstyp", "Beviljat 2025", "Beviljat 2026", "Förändring"])
    for c in ws[4]:
        c.font = Font(bold=True)
    for i, (f, t, a, b) in enumerate(FORENINGAR, start=5):
        ws.append([f, t, a, b, b - a])
    n = 4 + len(FORENINGAR)
    sa = sum(x[2] for x in FORENINGAR); sb = sum(x[3] for x in FORENINGAR)
    ws.append(["Summa", "", sa, sb, sb - sa])
    ws.cell(row=n + 1, column=1).font = Font(bold=True)
    ws.column_dimensions["A"].width = 32
    ws.column_dimensions["B"].width = 30
    for col in "CDE":
        ws.column_dimensions[col].width = 15
    ws2 = wb.create_sheet("Villkor")
    ws2["A1"] = "Bidrag betalas ut i två delar, i mars och i september."
    ws2["A2"] = "Ansökan om bidrag för 2027 ska vara inlämnad senast den 15 oktober 2026."
    # deterministic metadata
    import datetime
    wb.properties.created = datetime.datetime(2026, 1, 29, 10, 0, 0)
    wb.properties.modified = datetime.datetime(2026, 1, 29, 10, 0, 0)
    wb.properties.creator = "Hultsfreds kommun"
    wb.save(os.path.join(OUT, "foreningsbidrag_2026.xlsx"))
    from pdfkit import fix_zip_times; fix_zip_times(os.path.join(OUT, "foreningsbidrag_2026.xlsx"))


def main():
    pages, ntab = build()
    with open(os.path.join(OUT, "skatt-och-budget.html"), "w", encoding="utf-8") as f:
        f.write(HTML)
    with open(os.path.join(OUT, "pressmeddelande_bokslut_2025.txt"), "w", encoding="utf-8") as f:
        f.write(PRESS)
    build_xlsx()
    print("hultsfred pdf pages", pages, "tables", ntab)


if __name__ == "__main__":
    main()
