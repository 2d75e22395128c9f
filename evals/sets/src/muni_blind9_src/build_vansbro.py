from pathlib import Path
from pdfkit import Doc, fmt
import docx
from docx.shared import Pt
OUT = Path("/work/main/evals/corpora/blind-muni9/vansbro")

# --- data (tenths of mnkr)
DRIFT = [("Politisk verksamhet", -62, -59, -56), ("Kommunstyrelsen", -784, -809, -751),
         ("Bildningsnämnden", -2156, -2183, -2067), ("Socialnämnden", -2621, -2716, -2498),
         ("Miljö- och byggnadsnämnden", -48, -43, -45)]
NETTO_B, NETTO_U, NETTO_22 = -5857, -5837, -5519
SUMB = sum(r[1] for r in DRIFT); SUMU = sum(r[2] for r in DRIFT); SUM22 = sum(r[3] for r in DRIFT)
FIN = ("Finansförvaltning", NETTO_B - SUMB, NETTO_U - SUMU, NETTO_22 - SUM22)
assert FIN[1:] == (-186, -27, -102), FIN

d = Doc("Vansbro kommun – Årsredovisning 2023", orientation="P", format="A4")
d.add_page(); d.ln(60); d.set_font("Helvetica", "B", 28)
d.multi_cell(0, 12, "Årsredovisning 2023", align="C", new_x="LMARGIN", new_y="NEXT")
d.set_font("Helvetica", size=13); d.ln(8)
d.multi_cell(0, 7, "Vansbro kommun\nGodkänd av kommunfullmäktige 2024-04-22, § 28", align="C", new_x="LMARGIN", new_y="NEXT")

d.add_page(); d.h1("Kommunalrådet har ordet")
d.para("2023 blev ett år då inflationen och de höjda räntorna märktes i hela den kommunala verksamheten. Trots det "
       "kan vi redovisa ett positivt resultat på 6,9 miljoner kronor, vilket är 6,1 miljoner kronor bättre än budget.")
d.para("Resultatet förklaras till stor del av lägre pensionskostnader än beräknat och av att skatteintäkterna blev "
       "högre än i budgeten. Verksamheterna har samtidigt haft det tufft. Socialnämnden redovisar ett underskott på "
       "9,5 miljoner kronor, främst inom hemtjänsten och för placeringar av barn och unga.")
d.para("Under året invigde vi den nya förskolan i Dala-Järna och påbörjade arbetet med det nya vattenverket i Nås. "
       "Befolkningen minskade med 13 personer och vi var den 31 december 6 712 invånare.")
d.para("Karin Ödmark (C)\nKommunstyrelsens ordförande")

d.add_page(); d.h1("Fem år i sammandrag")
d.caption("Tabell 1. Femårsöversikt, kommunen")
Y5 = ["2019", "2020", "2021", "2022", "2023"]
rows = [["Antal invånare 31/12", "6 801", "6 789", "6 742", "6 725", "6 712"],
        ["Kommunal skattesats, kr", "22,96", "22,96", "22,96", "22,96", "22,96"],
        ["Verksamhetens nettokostnad, mnkr", "–498,2", "–509,6", "–522,4", "–551,9", "–583,7"],
        ["Skatteintäkter och statsbidrag, mnkr", "505,1", "528,3", "546,8", "563,2", "592,4"],
        ["Årets resultat, mnkr", "8,4", "19,2", "26,1", "4,3", "6,9"],
        ["Resultat i % av skatter och bidrag", "1,7", "3,6", "4,8", "0,8", "1,2"],
        ["Nettoinvesteringar, mnkr", "41,2", "35,8", "52,6", "64,3", "48,9"],
        ["Soliditet, %", "38,2", "39,0", "40,5", "38,8", "39,1"],
        ["Långfristiga skulder, mnkr", "210,0", "205,0", "215,0", "245,0", "262,0"],
        ["Antal tillsvidareanställda", "702", "695", "688", "694", "681"]]
d.table(["Kommunen"] + Y5, rows, [70, 20, 20, 20, 20, 20])
d.para("Soliditeten visar hur stor del av tillgångarna som finansierats med eget kapital. Soliditeten exklusive "
       "ansvarsförbindelsen för pensioner förbättrades något under 2023.")

d.add_page(); d.h1("Förvaltningsberättelse")
d.h2("Viktiga händelser under året")
d.para("Den nya förskolan i Dala-Järna med fyra avdelningar togs i bruk i augusti 2023. Projektet kostade 16,2 "
       "miljoner kronor under året och blev 2,3 miljoner kronor billigare än budgeterat. Bygget av vattenverket i Nås "
       "har försenats på grund av leveransproblem och 2,6 miljoner kronor av årets investeringsbudget har inte "
       "förbrukats.")
d.para("I maj beslutade kommunfullmäktige att lägga ner skolan i Äppelbo från och med höstterminen 2024. "
       "Beslutet väntas minska bildningsnämndens kostnader med cirka 2,8 miljoner kronor per år.")
d.para("Kommunen tog emot ett tillfälligt statsbidrag för ökade energi- och livsmedelskostnader på 4,7 miljoner "
       "kronor, som redovisas bland de generella statsbidragen.")
d.h2("Befolkning och arbetsmarknad")
d.para("Antalet invånare minskade från 6 725 till 6 712. Arbetslösheten uppgick i december till 6,8 procent av "
       "arbetskraften, jämfört med 7,1 procent ett år tidigare.")

d.add_page(); d.h1("Ekonomisk analys")
d.h2("Årets resultat")
d.para("Årets resultat uppgår till 6,9 miljoner kronor, vilket är 6,1 miljoner kronor bättre än budget. Budgeten "
       "för 2023 innehöll ett resultat om 0,8 miljoner kronor. Resultatet motsvarar 1,2 procent av skatteintäkter och "
       "generella statsbidrag och når därmed inte det finansiella målet om 2,0 procent.")
d.para("Verksamhetens nettokostnad ökade med 5,8 procent jämfört med 2022, medan skatteintäkter och generella "
       "statsbidrag ökade med 5,2 procent. Lönekostnaderna ökade med 23,4 miljoner kronor, varav pensionsavgifter "
       "och arbetsgivaravgifter svarade för 6,1 miljoner kronor.")
d.h2("Avvikelser mot budget")
d.para("Nämnderna redovisar sammantaget ett underskott mot budget på 13,9 miljoner kronor. Socialnämndens "
       "underskott på 9,5 miljoner kronor beror främst på hemtjänsten, som överskred budgeten med 5,2 miljoner kronor, "
       "och på externa placeringar av barn och unga, som kostade 3,1 miljoner kronor mer än budgeterat. "
       "Bildningsnämnden redovisar ett underskott på 2,7 miljoner kronor, bland annat på grund av ökade "
       "skolskjutskostnader. Kommunstyrelsens underskott på 2,5 miljoner kronor förklaras av högre energikostnader "
       "i de kommunala fastigheterna, som ökade med 1,9 miljoner kronor mer än beräknat.")
d.para("Finansförvaltningen visar ett överskott mot budget på 15,9 miljoner kronor, bland annat beroende på att "
       "pensionskostnaderna blev 12,3 miljoner kronor lägre än beräknat. Skatteintäkter och generella statsbidrag "
       "blev 2,1 miljoner kronor högre än budgeterat och finansnettot blev 2,0 miljoner kronor bättre än budget.")
d.h2("Investeringar och likviditet")
d.para("Nettoinvesteringarna uppgick till 48,9 miljoner kronor, vilket är 8,5 miljoner kronor lägre än budget. "
       "Kommunen har under året nyupplånat 17,0 miljoner kronor. Likvida medel uppgick vid årets slut till "
       "36,1 miljoner kronor.")

d.add_page(); d.h1("Resultaträkning")
d.caption("Tabell 2. Resultaträkning, belopp i mnkr")
RR = [("Verksamhetens intäkter", 1180, 1286, 1213), ("Verksamhetens kostnader", -6712, -6805, -6420),
      ("Avskrivningar", -325, -318, -312)]
rows = [[n, fmt(b), fmt(u), fmt(p)] for n, b, u, p in RR]
rows += [["Verksamhetens nettokostnad", fmt(NETTO_B), fmt(NETTO_U), fmt(NETTO_22)],
         ["Skatteintäkter", fmt(4102), fmt(4128), fmt(3981)],
         ["Generella statsbidrag och utjämning", fmt(1801), fmt(1796), fmt(1651)],
         ["Verksamhetens resultat", fmt(46), fmt(87), fmt(113)],
         ["Finansiella intäkter", fmt(25), fmt(39), fmt(21)],
         ["Finansiella kostnader", fmt(-63), fmt(-57), fmt(-91)],
         ["Resultat efter finansiella poster", fmt(8), fmt(69), fmt(43)],
         ["Årets resultat", fmt(8), fmt(69), fmt(43)]]
assert 1180 - 6712 - 325 == NETTO_B and 1286 - 6805 - 318 == NETTO_U and 1213 - 6420 - 312 == NETTO_22
assert NETTO_B + 4102 + 1801 == 46 and NETTO_U + 4128 + 1796 == 87 and NETTO_22 + 3981 + 1651 == 113
d.table(["Mnkr", "Budget 2023", "Utfall 2023", "Utfall 2022"], rows, [80, 28, 28, 28],
        bold=("Verksamhetens nettokostnad", "Verksamhetens resultat", "Årets resultat"))
d.para("Verksamhetens intäkter blev 10,6 miljoner kronor högre än budget, främst genom riktade statsbidrag inom "
       "skola och äldreomsorg.")

d.add_page(); d.h1("Balansräkning")
d.caption("Tabell 3. Balansräkning per 31 december, belopp i mnkr")
rows = [["Tillgångar"], ["Anläggningstillgångar", "612,4", "595,3"], ["Omsättningstillgångar", "98,7", "104,2"],
        ["  varav likvida medel", "36,1", "41,6"], ["Summa tillgångar", "711,1", "699,5"],
        ["Eget kapital, avsättningar och skulder"], ["Eget kapital", "278,0", "271,1"],
        ["  varav årets resultat", "6,9", "4,3"], ["Avsättningar", "45,3", "43,9"],
        ["Långfristiga skulder", "262,0", "245,0"], ["Kortfristiga skulder", "125,8", "139,5"],
        ["Summa eget kapital, avsättningar och skulder", "711,1", "699,5"]]
d.table(["Mnkr", "2023-12-31", "2022-12-31"], rows, [100, 30, 30])
d.para("Ansvarsförbindelsen för pensioner intjänade före 1998 uppgick till 164,8 miljoner kronor inklusive "
       "löneskatt (172,3 miljoner kronor 2022).")

d.add_page(); d.h1("Kassaflödesanalys")
d.caption("Tabell 4. Kassaflödesanalys, belopp i mnkr")
rows = [["Årets resultat", "6,9", "4,3"], ["Justering för avskrivningar", "31,8", "31,2"],
        ["Justering för avsättningar", "1,4", "3,8"], ["Förändring av kortfristiga skulder", "(13,7)", "9,6"],
        ["Medel från den löpande verksamheten", "26,4", "48,9"],
        ["Investering i materiella anläggningstillgångar", "(48,9)", "(64,3)"],
        ["Medel från investeringsverksamheten", "(48,9)", "(64,3)"],
        ["Nyupptagna lån", "17,0", "30,0"], ["Medel från finansieringsverksamheten", "17,0", "30,0"],
        ["Årets kassaflöde", "(5,5)", "14,6"], ["Likvida medel vid årets början", "41,6", "27,0"],
        ["Likvida medel vid årets slut", "36,1", "41,6"]]
d.table(["Mnkr", "2023", "2022"], rows, [100, 30, 30], bold=("Årets kassaflöde",))

d.add_page(); d.h1("Driftredovisning")
d.para("Driftredovisningen visar nämndernas nettokostnader jämfört med budget. En negativ avvikelse innebär att "
       "nämnden har överskridit sin budget.")
d.caption("Tabell 5. Driftredovisning per nämnd, belopp i mnkr")
rows = [[n, fmt(b), fmt(u), fmt(u - b, plus=True), fmt(p)] for n, b, u, p in DRIFT]
rows.append(["Summa nämnder", fmt(SUMB), fmt(SUMU), fmt(SUMU - SUMB, plus=True), fmt(SUM22)])
rows.append([FIN[0], fmt(FIN[1]), fmt(FIN[2]), fmt(FIN[2] - FIN[1], plus=True), fmt(FIN[3])])
rows.append(["Verksamhetens nettokostnad", fmt(NETTO_B), fmt(NETTO_U), fmt(NETTO_U - NETTO_B, plus=True), fmt(NETTO_22)])
d.table(["Nämnd, mnkr", "Budget 2023", "Utfall 2023", "Avvikelse", "Utfall 2022"], rows, [66, 26, 26, 26, 26],
        bold=("Verksamhetens nettokostnad",))
d.para("Politisk verksamhet omfattar kommunfullmäktige, revisionen, valnämnden och överförmyndaren. Miljö- och "
       "byggnadsnämnden redovisar ett överskott på 0,5 miljoner kronor tack vare fler bygglovsintäkter.")

d.add_page(); d.h1("Investeringsredovisning")
d.caption("Tabell 6. Investeringsredovisning per projekt, belopp i mnkr")
INV = [("Förskola Dala-Järna", 185, 162), ("Vattenverk Nås", 120, 94), ("Gator och belysning", 55, 51),
       ("Simhallen Vansbro, renovering", 80, 67), ("IT och digitalisering", 30, 28), ("Övriga investeringar", 104, 87)]
rows = [[n, fmt(b), fmt(u), fmt(b - u)] for n, b, u in INV]
tb, tu = sum(r[1] for r in INV), sum(r[2] for r in INV)
assert tu == 489 and tb == 574
rows.append(["Summa investeringar", fmt(tb), fmt(tu), fmt(tb - tu)])
d.table(["Projekt", "Budget 2023", "Utfall 2023", "Avvikelse"], rows, [80, 28, 28, 28])
d.para("Budgeten för 2023 inkluderar ombudgeterade medel från 2022 om 6,4 miljoner kronor. Kommunstyrelsen "
       "föreslås besluta om ombudgetering av ej förbrukade medel till 2024.")

d.add_page(); d.h1("Personalredovisning")
d.caption("Tabell 7. Sjukfrånvaro i procent av ordinarie arbetstid")
rows = [["Kommunstyrelsen", "4,3", "4,9"], ["Bildningsnämnden", "6,5", "7,2"], ["Socialnämnden", "9,0", "9,4"],
        ["Miljö- och byggnadsnämnden", "2,8", "3,5"], ["Totalt", "7,4", "7,9"]]
d.table(["Nämnd", "2023", "2022"], rows, [90, 30, 30], bold=("Totalt",))
d.para("Antalet tillsvidareanställda minskade från 694 till 681. Personalomsättningen uppgick till 9,8 procent. "
       "Kostnaden för inhyrd personal, främst sjuksköterskor, uppgick till 3,6 miljoner kronor.")
d.para("Andelen heltidsanställda ökade från 78 till 81 procent.")

d.add_page(); d.h1("Nämndernas verksamhet i korthet")
d.h2("Bildningsnämnden")
d.para("Bildningsnämnden ansvarar för förskola, grundskola, gymnasieskola och kulturskola. Andelen elever i "
       "årskurs 9 som var behöriga till yrkesprogram uppgick till 82 procent. Gymnasieeleverna går huvudsakligen "
       "i Mora och Malung.")
d.h2("Socialnämnden")
d.para("Socialnämnden ansvarar för äldreomsorg, LSS, individ- och familjeomsorg. Antalet beviljade hemtjänsttimmar "
       "ökade med 11 procent till 96 400 timmar. Nämnden har tagit fram en åtgärdsplan för att nå en budget i "
       "balans 2024.")
d.h2("Kommunstyrelsen")
d.para("Kommunstyrelsen ansvarar för kommunledning, näringsliv, räddningstjänst, gata/park och fastigheter. "
       "Under året genomfördes Vansbrosimningen med rekordmånga deltagare, 15 800 anmälda.")
d.output(str(OUT / "vansbro-arsredovisning-2023.pdf"))
print("pages", d.page_no())

# ---------------- DOCX protokoll
doc = docx.Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
doc.add_heading("PROTOKOLL", level=1)
doc.add_paragraph("Kommunstyrelsen, Vansbro kommun\nSammanträdesdatum: 2024-03-19")
doc.add_paragraph("Plats och tid: Kommunhuset, sammanträdesrum Vanån, kl. 09.00–12.15")
doc.add_paragraph("Beslutande: Karin Ödmark (C), ordförande; Anders Lissman (S), vice ordförande; Birgitta Nordh (C); "
                  "Tomas Jernberg (M); Lena Hedlund (S); Mikael Frost (SD); Eva Stjernström (KD)")
doc.add_paragraph("Övriga närvarande: Johan Wiklund, kommundirektör; Sara Lindblom, ekonomichef; Emma Byström, nämndsekreterare")
doc.add_paragraph("Justerare: Tomas Jernberg (M)    Justeringens tid och plats: 2024-03-22, kommunhuset")
doc.add_paragraph("Paragrafer: §§ 41–47")

def par(h, *texts):
    doc.add_heading(h, level=2)
    for t in texts:
        doc.add_paragraph(t)

par("§ 41 Val av justerare", "Kommunstyrelsen beslutar att utse Tomas Jernberg (M) att jämte ordföranden justera dagens protokoll.")
par("§ 42 Godkännande av dagordning", "Dagordningen godkänns med tillägget att ärende 6, Medborgarförslag om utegym i Nås, behandlas före ärende 5.")
par("§ 43 Årsredovisning 2023 (Dnr KS 2024/0087)",
    "Ärendebeskrivning: Ekonomiavdelningen har upprättat årsredovisning för 2023. Årets resultat uppgår till 6,9 miljoner kronor, "
    "vilket är 6,1 miljoner kronor bättre än budget. Nämnderna redovisar sammantaget ett underskott på 13,9 miljoner kronor.",
    "Ekonomichef Sara Lindblom föredrar ärendet.",
    "Kommunstyrelsens förslag till kommunfullmäktige: att godkänna årsredovisning 2023, samt att inte göra någon avsättning till resultatutjämningsreserven för 2023.")
par("§ 44 Ombudgetering av investeringsmedel från 2023 till 2024 (Dnr KS 2024/0091)",
    "Ärendebeskrivning: Flera investeringsprojekt har inte slutförts under 2023. Förvaltningen föreslår att ej förbrukade medel "
    "för följande projekt förs över till 2024 års investeringsbudget.")
t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Projekt", "Budget 2023, tkr", "Utfall 2023, tkr", "Föreslås ombudgeteras, tkr"]):
    c.text = h
OMB = [("Förskola Dala-Järna", "18 500", "16 200", "2 300"), ("Vattenverk Nås", "12 000", "9 400", "2 600"),
       ("Simhallen Vansbro, renovering", "8 000", "6 700", "1 300"), ("Summa", "38 500", "32 300", "6 200")]
for r in OMB:
    cells = t.add_row().cells
    for c, v in zip(cells, r): c.text = v
doc.add_paragraph("Övriga projekt med avvikelser, sammanlagt 2 300 tkr, föreslås inte ombudgeteras.")
doc.add_paragraph("Beslut: Kommunstyrelsen beslutar att ombudgetera 6 200 tkr från 2023 till 2024 års investeringsbudget enligt tabellen ovan.")
par("§ 45 Medborgarförslag om utegym i Nås (Dnr KS 2023/0412)",
    "Ärendebeskrivning: En medborgare föreslår att kommunen anlägger ett utegym vid idrottsplatsen i Nås. Kostnaden har av "
    "samhällsbyggnadsavdelningen uppskattats till 350 000 kronor.",
    "Yrkanden: Mikael Frost (SD) yrkar avslag. Lena Hedlund (S) yrkar bifall till förvaltningens förslag.",
    "Beslut: Kommunstyrelsen föreslår kommunfullmäktige att bifalla medborgarförslaget och att finansiering sker inom ramen för "
    "investeringsbudgeten 2025.", "Reservation: Mikael Frost (SD) reserverar sig mot beslutet.")
par("§ 46 Socialnämndens åtgärdsplan för ekonomi i balans (Dnr KS 2024/0064)",
    "Ärendebeskrivning: Socialnämnden redovisade för 2023 ett underskott på 9,5 miljoner kronor. Nämnden har på "
    "kommunstyrelsens uppdrag tagit fram en åtgärdsplan som ska minska kostnaderna med 6,0 miljoner kronor under 2024, "
    "bland annat genom att ersätta externa placeringar med förstärkt öppenvård och minska användningen av inhyrd personal.",
    "Beslut: Kommunstyrelsen noterar informationen och ger socialnämnden i uppdrag att återrapportera åtgärdsplanens effekter "
    "vid kommunstyrelsens sammanträde i juni 2024.")
par("§ 47 Redovisning av delegationsbeslut",
    "Förteckning över delegationsbeslut fattade under perioden 2024-02-01–2024-02-29 redovisas. Kommunstyrelsen beslutar att "
    "lägga redovisningen till handlingarna.")
doc.add_paragraph("Vid protokollet: Emma Byström\nOrdförande: Karin Ödmark\nJusterare: Tomas Jernberg")
doc.save(OUT / "ks-protokoll-2024-03-19.docx")

# ---------------- markdown
MD = """# Föreningsbidrag i Vansbro kommun 2024

*Antagna av kommunstyrelsen 2023-11-14, gäller från 1 januari 2024.*

Vansbro kommun ger bidrag till ideella föreningar som bedriver verksamhet för invånare i kommunen. Bidragen söks via
kommunens e-tjänst. Den totala budgeten för föreningsbidrag 2024 är 1 850 000 kronor.

## Vem kan få bidrag?

- Föreningen ska vara registrerad i kommunens föreningsregister.
- Föreningen ska ha minst 10 medlemmar och en demokratiskt vald styrelse.
- Aktivitetsbidrag lämnas för deltagare i åldern 7–25 år.

## Bidragsformer och belopp

| Bidragsform | Belopp | Sista ansökningsdag |
|---|---|---|
| Aktivitetsbidrag | 28 kr per deltagartillfälle | 1 mars och 1 september |
| Lokalbidrag | högst 40 % av godkända lokalkostnader | 1 april |
| Startbidrag för ny förening | 3 000 kr | löpande |
| Arrangemangsbidrag | högst 25 000 kr per arrangemang | 6 veckor före arrangemanget |
| Ledarutbildningsbidrag | 50 % av kursavgiften, högst 4 000 kr per ledare | löpande |

## Särskilt om Vansbrosimningen

Föreningar som medverkar som funktionärer vid Vansbrosimningen kan få ett extra bidrag om 150 kr per funktionärspass.
Bidraget betalas ut av Vansbrosimningen AB och ingår inte i kommunens budget för föreningsbidrag.

## Kontakt

Frågor om föreningsbidrag besvaras av fritidskonsulent Ulrika Sahlin, kultur- och fritidsavdelningen.
"""
(OUT / "foreningsbidrag-2024.md").write_text(MD, encoding="utf-8")

TXT = """PRESSMEDDELANDE
Vansbro kommun, 2024-04-23

Vansbro kommun gör överskott – men socialnämnden går back

Kommunfullmäktige i Vansbro godkände på måndagskvällen årsredovisningen för 2023. Kommunen redovisar ett överskott
på 6,9 miljoner kronor, jämfört med 4,3 miljoner kronor året innan.

– Det är ett bättre resultat än vi räknade med, men det är engångseffekter som räddar oss. Pensionskostnaderna blev
lägre och vi fick ett tillfälligt statsbidrag. Verksamheterna har tillsammans gått back med nästan 14 miljoner kronor,
och det måste vi ta på allvar, säger kommunstyrelsens ordförande Karin Ödmark (C).

Störst underskott har socialnämnden med 9,5 miljoner kronor. Kostnaderna för hemtjänsten och för placeringar av barn
och unga har ökat kraftigt. Socialnämnden har tagit fram en åtgärdsplan som ska spara 6 miljoner kronor under 2024.

Kommunen investerade för 48,9 miljoner kronor under 2023, bland annat i den nya förskolan i Dala-Järna.

Ekonomichef Sara Lindblom påpekar att kommunens soliditet är fortsatt god, 39,1 procent.

För mer information, kontakta:
Karin Ödmark (C), kommunstyrelsens ordförande, 0281-750 01
Sara Lindblom, ekonomichef, 0281-750 20
"""
(OUT / "pressmeddelande-arsredovisning-2023.txt").write_text(TXT, encoding="utf-8")
print("other ok")
