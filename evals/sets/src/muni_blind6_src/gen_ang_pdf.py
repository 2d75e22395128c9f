"""Ängelholms kommun – Mål och budget 2025 med plan 2026–2027 (PDF)."""
import os
from common import Doc, fmt, tkr, ROOT
import data_ang as d

OUT = os.path.join(ROOT, d.DIR, "mal-och-budget-2025-plan-2026-2027.pdf")


def rb_table(pdf):
    order = ["Verksamhetens intäkter", "Verksamhetens kostnader", "Avskrivningar", "Verksamhetens nettokostnader",
             "Skatteintäkter", "Generella statsbidrag och utjämning", "Verksamhetens resultat", "Finansiella intäkter",
             "Finansiella kostnader", "Resultat efter finansiella poster", "Årets resultat"]
    sums = {"Verksamhetens nettokostnader", "Verksamhetens resultat", "Resultat efter finansiella poster"}
    rows = []
    for k in order:
        note = str(d.RB_IN[k][0]) if k in d.RB_IN else ""
        kind = "total" if k == "Årets resultat" else ("sum" if k in sums else "row")
        rows.append((kind, [k, note] + [fmt(v) for v in d.RB[k]]))
    rows.append(("row", ["Resultat i % av skatter och bidrag", ""] + [fmt(v) for v in d.RB["Resultat i % av skatter och bidrag"]]))
    pdf.table("Tabell 5. Resultatbudget", ["Belopp i mnkr", "Not", "Bokslut\n2023", "Prognos\n2024", "Budget\n2025", "Plan\n2026", "Plan\n2027"],
              [58, 10, 20, 20, 20, 20, 20], rows)


def bb_table(pdf):
    B = d.BB
    def r(k, kind="row", note=None):
        n = note if note is not None else (str(d.BB_IN[k][0]) if k in d.BB_IN and d.BB_IN[k][0] else "")
        return (kind, [k, n] + [fmt(v) for v in B[k]])
    rows = [("sec", ["TILLGÅNGAR"]), ("sec", ["Anläggningstillgångar"]),
            r("Materiella anläggningstillgångar"), r("Finansiella anläggningstillgångar"), r("Summa anläggningstillgångar", "sum"),
            ("sec", ["Omsättningstillgångar"]), r("Kortfristiga fordringar"), r("Kassa och bank", note=""),
            r("Summa omsättningstillgångar", "sum"), r("Summa tillgångar", "total"),
            ("sec", ["EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER"]), r("Eget kapital", note="11"), r("varav årets resultat", note=""),
            r("Avsättningar för pensioner"), r("Långfristiga skulder"), r("Kortfristiga skulder"),
            r("Summa eget kapital, avsättningar och skulder", "total")]
    pdf.table("Tabell 6. Balansbudget", ["Belopp i mnkr", "Not", "Bokslut\n2023", "Prognos\n2024", "Budget\n2025", "Plan\n2026", "Plan\n2027"],
              [58, 10, 20, 20, 20, 20, 20], rows)


def drift_table(pdf):
    heads = ["Nämnd/styrelse, tkr", "Budget\n2024", "Budget\n2025", "Förändring", "Förändring\n%", "Plan\n2026", "Plan\n2027"]
    rows = []
    for sec in (d.SEC_POL, d.SEC_NAM, d.SEC_FIN):
        rows.append(("sec", [sec]))
        for r in d.DRIFT_ROWS:
            if r["sec"] != sec:
                continue
            ch = r["b25"] - r["b24"]
            pct = fmt(100 * ch / r["b24"]) if r["b24"] > 0 else "–"
            rows.append(("row", [r["name"], tkr(r["b24"]), tkr(r["b25"]), tkr(ch), pct, tkr(r["p26"]), tkr(r["p27"])]))
        s = {k: d.sec_sum(sec, k) for k in ("b24", "b25", "p26", "p27")}
        ch = s["b25"] - s["b24"]
        rows.append(("sum", ["Summa " + sec.lower(), tkr(s["b24"]), tkr(s["b25"]), tkr(ch), fmt(100 * ch / s["b24"]) if s["b24"] > 0 else "–", tkr(s["p26"]), tkr(s["p27"])]))
    t = d.DRIFT_TOT
    ch = t["b25"] - t["b24"]
    rows.append(("total", ["Verksamhetens nettokostnad", tkr(t["b24"]), tkr(t["b25"]), tkr(ch), fmt(100 * ch / t["b24"]), tkr(t["p26"]), tkr(t["p27"])]))
    pdf.table("Tabell 9. Driftbudget per nämnd – nettokostnadsramar", heads, [52, 19, 19, 19, 19, 21, 21], rows,
              unit="Ramarna anges som nettokostnad. Finansförvaltningen redovisas med negativt tecken eftersom den innehåller internränta och PO-pålägg som intäkt.")


def ekram_table(pdf, n, num, neg="dash"):
    e = d.ekram(n)
    rows = [("row", ["Intäkter"] + [fmt(v, 1, neg) for v in e["Intäkter"]]),
            ("row", ["Kostnader"] + [fmt(v, 1, neg) for v in e["Kostnader"]]),
            ("sum", ["Nettokostnad"] + [fmt(v, 1, neg) for v in e["Nettokostnad"]])]
    pdf.table(f"Tabell {num}. Ekonomiska ramar, {n.lower()}", ["mnkr", "Bokslut\n2023", "Budget\n2024", "Budget\n2025", "Plan\n2026", "Plan\n2027"],
              [50, 24, 24, 24, 24, 24], rows)


def nt_table(pdf, title, data, num):
    rows = [("row", [k] + [fmt(v, 0) for v in vals]) for k, vals in data]
    pdf.table(f"Tabell {num}. {title}", ["Nyckeltal"] + [y.replace(" ", "\n") for y in d.NT_YEARS], [74, 24, 24, 24, 24], rows)


def build():
    pdf = Doc("Mål och budget 2025 med plan 2026–2027 | Ängelholms kommun")
    # cover
    pdf.add_page()
    pdf.set_y(70)
    pdf.set_font("L", "B", 30)
    pdf.set_text_color(0, 70, 120)
    pdf.multi_cell(0, 14, "Mål och budget 2025\nmed plan 2026–2027", align="C")
    pdf.set_font("L", "", 13)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(6)
    pdf.multi_cell(0, 7, "Ängelholms kommun\nAntagen av kommunfullmäktige 25 november 2024, § 187\nDiarienummer KS 2024/412", align="C")

    # contents
    pdf.add_page()
    pdf.h1("Innehåll")
    pdf.set_font("L", "", 10)
    for t, pg in [("Kommunstyrelsens ordförande har ordet", 3), ("Vision och mål", 4), ("Indikatorer, hållbarhet och klimat", 5), ("Omvärld och förutsättningar", 6),
                  ("Befolkning", 7), ("Skatteintäkter och generella statsbidrag", 8), ("Resultatbudget", 9), ("Balansbudget", 10), ("Finansiella mål och finansiering", 11),
                  ("Driftbudget per nämnd", 12), ("Ramjusteringar 2025", 13), ("Prognos 2024", 14), ("Nämndernas uppdrag och ramar", 15),
                  ("Investeringsbudget", 21), ("Exploatering", 23), ("Personal", 24), ("Noter och beslut", 25)]:
        pdf.cell(150, 6, t)
        pdf.cell(0, 6, str(pg), align="R", new_x="LMARGIN", new_y="NEXT")

    # foreword
    pdf.add_page()
    pdf.h1("Kommunstyrelsens ordförande har ordet")
    pdf.p("Ängelholm fortsätter att växa. Vid årsskiftet 2023/2024 var vi 43 512 invånare och enligt vår befolkningsprognos passerar vi 44 000 invånare under 2025. Fler invånare betyder fler skattebetalare, men också att behoven av förskolor, skolor och äldreomsorg ökar snabbare än skatteintäkterna.")
    pdf.p("Budgeten för 2025 har tagits fram i ett läge med fortsatt höga räntor och en kostnadsutveckling som bara långsamt bromsar in. Trots det budgeterar vi ett resultat på 48,2 miljoner kronor för 2025, vilket motsvarar 1,8 procent av skatteintäkter och generella statsbidrag. Skattesatsen lämnas oförändrad på 19,45 kronor per skattekrona.")
    pdf.p("Vi prioriterar kärnverksamheten. Utbildningsnämnden tillförs 12,5 miljoner kronor för ökad lärartäthet i lågstadiet och för fler speciallärare. Socialnämnden får 18,6 miljoner kronor i volymkompensation, främst för att antalet invånare över 80 år ökar med drygt 300 personer mellan 2023 och 2025. Samtidigt ställer vi krav på effektivisering i alla nämnder, sammanlagt 28,5 miljoner kronor.")
    pdf.p("Investeringsnivån är fortsatt hög. Under planperioden investerar kommunen totalt 1 193,1 miljoner kronor, varav 337,9 miljoner kronor under 2025. Den största enskilda satsningen är den nya F–6-skolan i Hjärnarp som beräknas kosta 214 miljoner kronor och ska stå klar till höstterminen 2027. För att finansiera investeringarna räknar vi med att låna upp 125 miljoner kronor under 2025.")
    pdf.p("Jag vill tacka alla medarbetare och förtroendevalda som bidragit i budgetarbetet.")
    pdf.p("Linnea Bergkvist (M)\nKommunstyrelsens ordförande")

    # vision
    pdf.add_page()
    pdf.h1("Vision och mål")
    pdf.p("Ängelholms vision är ”Ängelholm – där människor och idéer möts vid havet”. Visionen konkretiseras i fyra inriktningsmål som gäller för mandatperioden 2023–2026. Varje nämnd bryter ned inriktningsmålen i nämndmål med mätbara indikatorer.")
    pdf.bullets(["Ängelholm ska vara en attraktiv plats att bo, verka och leva i.",
                 "Barn och unga ska ges goda förutsättningar att lyckas i skolan.",
                 "Äldre ska kunna leva ett självständigt liv med trygghet och valfrihet.",
                 "Kommunen ska bedriva en hållbar verksamhet med god ekonomisk hushållning."])
    pdf.p("Måluppfyllelsen följs upp i delårsrapporten per den 31 augusti och i årsredovisningen. Kommunfullmäktige har beslutat att minst 75 procent av nämndmålens indikatorer ska visa positiv utveckling för att målet om god ekonomisk hushållning i verksamheten ska anses uppfyllt.")
    pdf.h2("Styrmodell")
    pdf.p("Kommunens styrmodell bygger på tillit och dialog. Kommunfullmäktige fastställer mål och ekonomiska ramar, nämnderna beslutar om verksamhetsplaner och internbudget senast i december, och förvaltningarna genomför verksamheten. Uppföljning sker tre gånger per år: per mars (prognos), per augusti (delårsrapport) och per december (årsredovisning).")

    pdf.add_page()
    pdf.h1("Indikatorer för inriktningsmålen")
    pdf.p("Tabellen visar ett urval av de indikatorer som används för att följa upp inriktningsmålen. Målvärdena avser 2025 och jämförs med senast kända utfall.")
    rows = [("row", ["Andel elever i åk 9 med gymnasiebehörighet, %", "84,1", "87,0"]),
            ("row", ["Nöjd-Kund-Index, bygglov", "64", "70"]),
            ("row", ["Andel äldre som är nöjda med hemtjänsten, %", "88", "90"]),
            ("row", ["Väntetid till särskilt boende, dagar", "71", "60"]),
            ("row", ["Andel förnybar energi i kommunens fastigheter, %", "78", "85"]),
            ("row", ["Antal nya företag per 1 000 invånare", "7,9", "8,5"]),
            ("row", ["Sjukfrånvaro bland medarbetare, %", "6,8", "6,0"])]
    pdf.table("Indikatorer och målvärden", ["Indikator", "Utfall\n2023", "Målvärde\n2025"], [110, 30, 30], rows)
    pdf.h2("Hållbarhet och klimat")
    pdf.p("Ängelholm har som mål att kommunorganisationen ska vara fossilfri 2030. I budgeten avsätts 4 miljoner kronor per år för solceller på kommunala tak och 9 miljoner kronor per år för energieffektivisering av fastigheterna. Kommunens fordonsflotta ska till 80 procent bestå av elfordon senast 2027. Klimatanpassningen av dagvattensystemen i centrala Ängelholm prioriteras efter skyfallen i augusti 2024.")

    # omvärld
    pdf.add_page()
    pdf.h1("Omvärld och förutsättningar")
    pdf.p("Svensk ekonomi befinner sig enligt Sveriges Kommuner och Regioner (SKR) i en återhämtningsfas efter lågkonjunkturen. Inflationen har fallit tillbaka, men kommunernas pensionskostnader ökar kraftigt 2024 och 2025 till följd av de höga löneökningarna och inflationen under 2022 och 2023. För Ängelholm innebär det att pensionskostnaderna ökar med cirka 21 miljoner kronor mellan 2023 och 2025.")
    a = d.ASSUMP
    rows = [("row", [k] + [fmt(v, 0) if "Invånare" in k else fmt(v, 2 if "Skattesats" in k else 1) for v in vals]) for k, vals in a.items()]
    pdf.table("Tabell 1. Budgetförutsättningar", ["Förutsättning"] + d.ASSUMP_YEARS, [82, 22, 22, 22, 22], rows,
              source="Källa: SKR cirkulär 24:41 och kommunens egen befolkningsprognos.")
    pdf.add_page()
    pdf.h1("Befolkning")
    pdf.p("Befolkningsprognosen bygger på kommunens bostadsbyggnadsprogram med i genomsnitt 320 nya bostäder per år. Den största ökningen sker i gruppen 80 år och äldre, som växer med 713 personer mellan 2023 och 2027. Antalet barn i förskoleåldern minskar svagt.")
    rows = []
    for k, vals in d.POP:
        rows.append(("row", [k] + [fmt(v, 0) for v in vals] + [fmt(vals[3] - vals[0], 0, plus=True)]))
    t = d.POP_TOTAL
    rows.append(("total", ["Totalt"] + [fmt(v, 0) for v in t] + [fmt(t[3] - t[0], 0, plus=True)]))
    pdf.table("Tabell 2. Befolkning per åldersgrupp", ["Åldersgrupp", "Utfall\n2023", "Prognos\n2025", "Prognos\n2026", "Prognos\n2027", "Förändring\n2023–2027"],
              [50, 22, 22, 22, 22, 26], rows, unit="Antal invånare den 31 december")
    pdf.h2("Arbetsmarknad och bostadsbyggande")
    pdf.p("Arbetslösheten i Ängelholm uppgick i september 2024 till 5,9 procent av den registerbaserade arbetskraften, vilket är lägre än riket. Under 2024 beräknas 290 bostäder bli färdigställda, varav 180 i flerbostadshus. Bostadsbyggandet bedöms öka igen från 2026 när detaljplanerna för Rebbelberga etapp 3 och stationsområdet är genomförda.")

    # skatter
    pdf.add_page()
    pdf.h1("Skatteintäkter och generella statsbidrag")
    pdf.p("Skatteintäkter och generella statsbidrag beräknas utifrån SKR:s skatteunderlagsprognos från oktober 2024 och en befolkning den 1 november 2024 på 43 720 invånare. Skatter och bidrag ökar med 103,2 miljoner kronor mellan prognos 2024 och budget 2025. Det generella statsbidraget som tillfälligt höjdes 2024 upphör och ingår inte i 2025 års bidrag.")
    order = ["Allmän kommunalskatt", "Slutavräkning"]
    rows = [("row", [k] + [fmt(v) for v in d.TAX[k]]) for k in order]
    rows.append(("sum", ["Summa skatteintäkter"] + [fmt(v) for v in d.RB["Skatteintäkter"][1:]]))
    for k in ["Inkomstutjämning", "Kostnadsutjämning", "Regleringsbidrag/-avgift", "LSS-utjämning", "Generella bidrag från staten", "Kommunal fastighetsavgift"]:
        rows.append(("row", [k] + [fmt(v) for v in d.TAX[k]]))
    rows.append(("sum", ["Summa generella statsbidrag och utjämning"] + [fmt(v) for v in d.RB["Generella statsbidrag och utjämning"][1:]]))
    rows.append(("total", ["Summa skatter och bidrag"] + [fmt(v) for v in d.RB["Skatter och bidrag"][1:]]))
    pdf.table("Tabell 3. Skatteintäkter, utjämning och generella statsbidrag (Not 4 och 5)", ["Belopp i mnkr", "Prognos\n2024", "Budget\n2025", "Plan\n2026", "Plan\n2027"],
              [82, 22, 22, 22, 22], rows)
    pdf.p("Av tabellen framgår att inkomstutjämningen är den största posten i utjämningssystemet. Regleringsbidraget minskar under planperioden, från 18,5 miljoner kronor 2024 till 3,2 miljoner kronor 2027, eftersom statens tillskott till kommunsektorn inte räknas upp i takt med skatteunderlaget.")
    pdf.h2("Känslighetsanalys")
    rows = [("row", ["Skatteunderlaget förändras med 1 procent", "22,1"]),
            ("row", ["Löneökningar med 1 procent inklusive PO", "17,4"]),
            ("row", ["Generella statsbidrag, 100 kr per invånare", "4,4"]),
            ("row", ["Räntan förändras med 1 procentenhet", "15,9"]),
            ("row", ["Prisökning med 1 procent på köpta tjänster", "8,7"])]
    pdf.table("Tabell 4. Känslighetsanalys 2025", ["Händelse", "Effekt,\nmnkr"], [120, 30], rows)

    # resultatbudget
    pdf.add_page()
    pdf.h1("Resultatbudget")
    pdf.p("Resultatbudgeten visar kommunens samtliga intäkter och kostnader. Verksamhetens nettokostnader ökar med 80,3 miljoner kronor mellan prognos 2024 och budget 2025, motsvarande 3,1 procent, medan skatter och bidrag ökar med 4,0 procent. Det ger ett förbättrat resultat jämfört med 2024.")
    rb_table(pdf)
    pdf.p("Finansiella kostnader ökar under hela planperioden som en följd av den ökade upplåningen. Årets resultat 2023 blev endast 7,6 miljoner kronor, bland annat på grund av en engångsnedskrivning av exploateringsmark med 11,2 miljoner kronor.")
    pdf.h3("Noter till resultatbudgeten")
    pdf.p("Not 1. Verksamhetens intäkter består av taxor och avgifter, hyror, bidrag och försäljning av verksamhet. Riktade statsbidrag beräknas till 156 miljoner kronor 2025.\nNot 2. Verksamhetens kostnader innehåller personalkostnader på 1 874 miljoner kronor 2025, inklusive pensionskostnader.\nNot 3. Avskrivningar beräknas enligt komponentavskrivning.\nNot 4 och 5. Se tabell 3.\nNot 6 och 7. Finansiella poster omfattar räntor på utlåning till och borgensavgifter från de kommunala bolagen respektive räntor på kommunens lån.")

    # balansbudget
    pdf.add_page()
    pdf.h1("Balansbudget")
    pdf.p("Balansbudgeten visar kommunens ekonomiska ställning vid årets slut. Den höga investeringsnivån gör att de materiella anläggningstillgångarna ökar från 2 914,6 miljoner kronor vid bokslutet 2023 till 3 689,7 miljoner kronor 2027. Eget kapital ökar i takt med de budgeterade resultaten.")
    bb_table(pdf)
    pdf.p("Not 8. Materiella anläggningstillgångar omfattar mark, byggnader och tekniska anläggningar samt maskiner och inventarier.\nNot 9. Finansiella anläggningstillgångar avser främst aktier i Ängelholmshem AB och Ängelholms Näringslivs AB samt andelar i Kommuninvest.\nNot 10. Kortfristiga fordringar.\nNot 11. Eget kapital inklusive årets resultat.\nNot 12. Avsättningar för pensioner inklusive löneskatt.\nNot 13. Långfristiga skulder avser lån i Kommuninvest och investeringsbidrag.")

    # finansiella mål
    pdf.add_page()
    pdf.h1("Finansiella mål och finansiering")
    pdf.p("Kommunfullmäktige har fastställt tre finansiella mål för god ekonomisk hushållning. Målen gäller för planperioden och följs upp i årsredovisningen.")
    inv_self = []
    for i, yi in enumerate([2, 3, 4]):
        inv_self.append(fmt(100 * (d.RB["Årets resultat"][yi] - d.RB["Avskrivningar"][yi]) / d.INV_TOT[i], 0))
    rows = [("row", ["Resultat i % av skatter och bidrag", "minst 1,5 %"] + [fmt(d.RB["Resultat i % av skatter och bidrag"][i]) + " %" for i in (0, 2, 3, 4)]),
            ("row", ["Självfinansieringsgrad investeringar", "minst 50 %", "42 %"] + [s + " %" for s in inv_self]),
            ("row", ["Soliditet", "minst 38 %"] + [fmt(d.BB["Soliditet, %"][i]) + " %" for i in (0, 2, 3, 4)])]
    pdf.table("Tabell 7. Finansiella mål", ["Mål", "Målvärde", "Bokslut\n2023", "Budget\n2025", "Plan\n2026", "Plan\n2027"],
              [56, 24, 20, 20, 20, 20], rows)
    pdf.p("Resultatmålet uppnås samtliga år under planperioden. Självfinansieringsgraden understiger målet 2026 på grund av de stora investeringarna i skola och äldreboende, vilket innebär att investeringarna delvis måste lånefinansieras.")
    rows = []
    for k, vals in d.LAN.items():
        rows.append(("row", [k] + [fmt(v) for v in vals]))
    pdf.table("Tabell 8. Låneskuld och borgensåtaganden", ["Belopp i mnkr", "Bokslut\n2023", "Prognos\n2024", "Budget\n2025", "Plan\n2026", "Plan\n2027"],
              [64, 21, 21, 21, 21, 22], rows)
    pdf.p("Kommunfullmäktige beslutar att kommunen under 2025 får nyupplåna, det vill säga öka sin skuld, med högst 150 miljoner kronor. Borgensramen för Ängelholmshem AB fastställs till 1 850 miljoner kronor.")

    # driftbudget
    pdf.add_page()
    pdf.h1("Driftbudget per nämnd")
    pdf.p("Nämndernas ramar för 2025 har räknats upp med pris- och lönekompensation om 2,8 procent. Därutöver har volymförändringar och politiska prioriteringar lagts in, och ett effektiviseringskrav har fördelats på nämnderna. Valnämndens ram minskar eftersom inga allmänna val genomförs 2025.")
    drift_table(pdf)
    pdf.p("Reserven för oförutsedda behov disponeras av kommunstyrelsen och uppgår till 15 miljoner kronor 2025.")

    # ramjusteringar
    pdf.add_page()
    pdf.h1("Ramjusteringar 2025")
    pdf.p("Tabellen visar hur nämndernas ramar förändrats från budget 2024 till budget 2025. Effektiviseringskraven är beräknade utifrån respektive nämnds andel av de totala ramarna och påverkbara kostnader.")
    rows = []
    keys = ["plk", "vol", "pri", "eff", "sum"]
    for n, r in d.RAMJ_ROWS.items():
        rows.append(("row", [n] + [tkr(r[k]) for k in keys]))
    rows.append(("total", ["Summa"] + [tkr(sum(r[k] for r in d.RAMJ_ROWS.values())) for k in keys]))
    pdf.table("Tabell 10. Ramförändringar per nämnd 2025", ["tkr", "Pris- och\nlönekomp.", "Volym-\nförändring", "Politiska\nprioriteringar", "Effektivi-\nsering", "Summa\nförändring"],
              [54, 23, 23, 24, 22, 24], rows)
    pdf.h2("Politiska prioriteringar i urval")
    pdf.bullets(["Ökad lärartäthet i lågstadiet och fler speciallärare, 12,5 miljoner kronor (utbildningsnämnden).",
                 "Förstärkt bemanning nattetid i särskilt boende, 6,2 miljoner kronor (socialnämnden).",
                 "Höjda föreningsbidrag, 1,2 miljoner kronor, samt sommarlovsaktiviteter för 850 000 kronor (kultur- och fritidsnämnden).",
                 "Trygghetsskapande åtgärder och fler ordningsvakter i centrum, 2,4 miljoner kronor (kommunstyrelsen).",
                 "Snabbare bygglovshantering, 600 000 kronor (miljö- och tillståndsnämnden)."])

    # prognos 2024
    pdf.add_page()
    pdf.h1("Prognos 2024")
    pdf.p("Enligt prognosen per augusti 2024 redovisar nämnderna sammantaget ett underskott mot budget. Socialnämnden står för det största underskottet, främst på grund av ökade kostnader för placeringar av barn och unga samt köpta platser inom LSS. Utbildningsnämndens underskott förklaras av fler elever i gymnasieskolan än beräknat.")
    rows = []
    tb = tp = 0
    for sec, name, b24, _ in d.DRIFT:
        if name not in d.PROG24:
            continue
        pr = d.PROG24[name]
        tb += b24; tp += pr
        rows.append(("row", [name, tkr(b24), tkr(pr), tkr(b24 - pr, "paren")]))
    rows.append(("total", ["Summa nämnder", tkr(tb), tkr(tp), tkr(tb - tp, "paren")]))
    pdf.table("Tabell 11. Nämndernas prognos 2024 jämfört med budget", ["tkr", "Budget\n2024", "Prognos\n2024", "Avvikelse"],
              [80, 30, 30, 30], rows, unit="Negativ avvikelse (underskott) anges inom parentes.")
    pdf.p("Trots nämndernas underskott beräknas kommunens resultat för 2024 bli 31,1 miljoner kronor, tack vare högre skatteintäkter och att reserven för oförutsedda behov inte har tagits i anspråk.")

    # nämnder
    pdf.add_page()
    pdf.h1("Nämndernas uppdrag och ramar")
    pdf.h2("Kommunstyrelsen")
    pdf.p("Kommunstyrelsen leder och samordnar kommunens verksamhet och ansvarar för ekonomi, personal, digitalisering, näringsliv, räddningstjänst och kommunens fastigheter. Ramen för 2025 är 226,3 miljoner kronor. Räddningstjänsten Skåne Nordväst ingår i ramen med en medlemsavgift på 31,8 miljoner kronor.")
    ekram_table(pdf, "Kommunstyrelsen", 12)
    pdf.p("Under 2025 genomförs en översyn av kommunens lokalförsörjning med målet att minska lokalytan med 5 000 kvadratmeter till 2027.")
    pdf.add_page()
    pdf.h2("Samhällsbyggnadsnämnden")
    pdf.p("Samhällsbyggnadsnämnden ansvarar för fysisk planering, gator, parker, hamn och kollektivtrafik. Nämndens intäkter består till stor del av parkeringsavgifter, hyror och exploateringsintäkter. Parkeringsavgifterna i centrum höjs från 20 till 25 kronor per timme från den 1 mars 2025.")
    ekram_table(pdf, "Samhällsbyggnadsnämnden", 13)

    pdf.add_page()
    pdf.h2("Utbildningsnämnden")
    pdf.p("Utbildningsnämnden ansvarar för förskola, grundskola, gymnasieskola, vuxenutbildning och kulturskola. Nämnden är kommunens största med en ram på 1 186,5 miljoner kronor 2025. Antalet elever i gymnasieskolan ökar, medan antalet barn i förskolan minskar. Två förskoleavdelningar i Munka-Ljungby avvecklas under våren 2025.")
    ekram_table(pdf, "Utbildningsnämnden", 14)
    nt_table(pdf, "Nyckeltal, utbildningsnämnden", d.NT_UN, 15)
    pdf.p("Kostnaden per elev i grundskolan beräknas öka med 4 400 kronor mellan budget 2024 och budget 2025, främst till följd av lönekostnader och ökad lärartäthet.")

    pdf.add_page()
    pdf.h2("Socialnämnden")
    pdf.p("Socialnämnden ansvarar för äldreomsorg, hälso- och sjukvård, funktionsstöd, individ- och familjeomsorg samt försörjningsstöd. Nämndens ram uppgår till 1 079,4 miljoner kronor 2025. Det nya särskilda boendet på Sjukhusområdet med 40 platser planeras att öppna under hösten 2026.")
    ekram_table(pdf, "Socialnämnden", 16, neg="paren")
    nt_table(pdf, "Nyckeltal, socialnämnden", d.NT_SN, 17)
    pdf.p("Nämnden har fått i uppdrag att minska kostnaderna för externa placeringar med 8 miljoner kronor genom att bygga ut hemmaplanslösningar.")

    pdf.add_page()
    pdf.h2("Kultur- och fritidsnämnden")
    pdf.p("Kultur- och fritidsnämnden ansvarar för bibliotek, fritidsgårdar, idrottsanläggningar, bad, kulturarrangemang och föreningsbidrag. Simhallen i Ängelholm var stängd för renovering under våren 2024 vilket förklarar det lägre antalet besök det året.")
    ekram_table(pdf, "Kultur- och fritidsnämnden", 18)
    nt_table(pdf, "Nyckeltal, kultur- och fritidsnämnden", d.NT_KFN, 19)
    pdf.add_page()
    pdf.h2("Miljö- och tillståndsnämnden")
    pdf.p("Miljö- och tillståndsnämnden ansvarar för bygglov, miljö- och hälsoskyddstillsyn, livsmedelskontroll och serveringstillstånd. Nämndens ram för 2025 är 15,6 miljoner kronor. Målet är att 90 procent av alla bygglov ska beslutas inom sex veckor.")
    pdf.h2("Politisk verksamhet")
    pdf.p("Kommunfullmäktige har 51 ledamöter. Ramen för kommunfullmäktige ökar till 8,9 miljoner kronor 2025 bland annat för webbsändningar av sammanträdena. Revisionens ram för 2025 är 2,98 miljoner kronor.")

    # investeringar
    pdf.add_page()
    pdf.h1("Investeringsbudget")
    pdf.p("Investeringsbudgeten för 2025 uppgår till 337,9 miljoner kronor. För planåren 2026 och 2027 ligger nivån på 463,8 respektive 391,4 miljoner kronor. Investeringar i skolor, förskolor och äldreboenden utgör tillsammans mer än hälften av investeringsvolymen under perioden.")
    rows = []
    for k in d.NAMND_ORDER:
        rows.append(("row", [d.NAMND_SHORT[k]] + [fmt(v) for v in d.INV_N[k]]))
    rows.append(("total", ["Summa investeringar"] + [fmt(v) for v in d.INV_TOT]))
    pdf.table("Tabell 20. Investeringsbudget per nämnd", ["mnkr", "Budget\n2025", "Plan\n2026", "Plan\n2027", "Summa\n2025–2027"],
              [74, 24, 24, 24, 24], rows)
    pdf.p("Kommunfullmäktige beslutar om investeringsramar per nämnd. Projekt med en total utgift över 20 miljoner kronor kräver särskilt startbeslut i kommunstyrelsen. Outnyttjade investeringsmedel från 2024 kan föras över till 2025 efter beslut i kommunstyrelsen i samband med bokslutet.")
    pdf.h2("Investeringsprojekt 2025–2027")
    pdf.p("I tabellen nedan redovisas samtliga investeringsprojekt. Total utgift avser projektets beräknade totala utgift inklusive utgifter före 2025.")
    rows = []
    for name, n, tot, a, b, c in d.INV:
        rows.append(("row", [name, n, fmt(tot), fmt(a), fmt(b), fmt(c)]))
    rows.append(("total", ["Summa", "", fmt(sum(p[2] for p in d.INV)), fmt(d.INV_TOT[0]), fmt(d.INV_TOT[1]), fmt(d.INV_TOT[2])]))
    pdf.table("Tabell 21. Investeringsprojekt", ["Projekt, mnkr", "Nämnd", "Total\nutgift", "Budget\n2025", "Plan\n2026", "Plan\n2027"],
              [66, 16, 22, 22, 22, 22], rows, unit="Förkortningar: KS kommunstyrelsen, SBN samhällsbyggnadsnämnden, KFN kultur- och fritidsnämnden, UN utbildningsnämnden, SN socialnämnden, MTN miljö- och tillståndsnämnden.")

    # exploatering
    pdf.add_page()
    pdf.h1("Exploatering")
    pdf.p("Exploateringsverksamheten redovisas separat från investeringsbudgeten. Inkomster från markförsäljning beräknas till 93,1 miljoner kronor 2025. Överskott från exploateringsprojekt används för att finansiera allmän platsmark i nya bostadsområden.")
    rows = []
    for n, inc, exp in d.EXPL:
        rows.append(("row", [n, tkr(inc), tkr(exp), tkr(inc + exp)]))
    rows.append(("total", ["Summa exploatering", tkr(sum(e[1] for e in d.EXPL)), tkr(sum(e[2] for e in d.EXPL)), tkr(sum(e[1] + e[2] for e in d.EXPL))]))
    pdf.table("Tabell 22. Exploateringsbudget 2025", ["Område, tkr", "Inkomster", "Utgifter", "Netto"], [80, 30, 30, 30], rows)

    # personal
    pdf.add_page()
    pdf.h1("Personal")
    pdf.p("Kommunen är den största arbetsgivaren i Ängelholm. Antalet årsarbetare ökar främst inom socialförvaltningen. Sjukfrånvaron var 6,8 procent under 2023 och målet är att den ska understiga 6,0 procent 2025.")
    rows = []
    for n, a, b in d.PERS:
        rows.append(("row", [n, fmt(a, 0), fmt(b, 0), fmt(b - a, 0, plus=True)]))
    ta = sum(p[1] for p in d.PERS); tb = sum(p[2] for p in d.PERS)
    rows.append(("total", ["Totalt", fmt(ta, 0), fmt(tb, 0), fmt(tb - ta, 0, plus=True)]))
    pdf.table("Tabell 23. Antal årsarbetare per förvaltning", ["Förvaltning", "Dec\n2023", "Aug\n2024", "Förändring"], [80, 30, 30, 30], rows)

    # beslut
    pdf.add_page()
    pdf.h1("Noter och beslut")
    pdf.p("Kommunfullmäktige beslutade den 25 november 2024, § 187, att fastställa mål och budget 2025 med plan 2026–2027. Beslutet fattades efter votering med 30 röster mot 21.")
    pdf.p("Kommunfullmäktige beslutade samtidigt")
    pdf.bullets(["att fastställa skattesatsen för 2025 till 19,45 kronor per skattekrona,",
                 "att fastställa driftramar och investeringsramar per nämnd enligt tabell 9 och tabell 20,",
                 "att kommunen under 2025 får nyupplåna högst 150 miljoner kronor,",
                 "att uppdra åt nämnderna att senast den 15 december 2024 besluta om internbudget."])
    pdf.h2("Tidplan för budgetprocessen 2026")
    rows = [("row", ["Budgetdialog med nämnderna", "februari 2025"]), ("row", ["Ramberedning i budgetberedningen", "april 2025"]),
            ("row", ["Kommunstyrelsens förslag", "oktober 2025"]), ("row", ["Beslut i kommunfullmäktige", "november 2025"])]
    pdf.table("Tabell 24. Tidplan", ["Aktivitet", "Tidpunkt"], [110, 60], rows)
    pdf.output(OUT)
    return pdf


if __name__ == "__main__":
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    p = build()
    print(OUT, p.page_no(), "pages", p.n_tables, "tables")
