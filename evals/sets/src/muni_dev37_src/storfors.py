"""Storfors kommun: invented but consistent documents (amounts mostly in tkr)."""
import os
from docx import Document
from openpyxl import Workbook
from openpyxl.styles import Font
from common import Doc, fmt, save_docx, save_xlsx, docx_table

YRS = ["Bokslut 2023", "Budget 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
R = {
    "int": [71820, 68400, 66950, 67600, 68300],
    "kost": [-392540, -398700, -409860, -419300, -428900],
    "avs": [-14210, -15100, -16480, -17200, -17650],
    "skatt": [189360, 196800, 204150, 210900, 217800],
    "gsb": [147930, 153200, 161740, 165300, 168900],
    "fint": [1920, 1500, 1400, 1400, 1400],
    "fkost": [-2310, -3100, -3650, -3900, -4100],
}
R["vnk"] = [a + b + c for a, b, c in zip(R["int"], R["kost"], R["avs"])]
R["vres"] = [a + b + c for a, b, c in zip(R["vnk"], R["skatt"], R["gsb"])]
R["res"] = [a + b + c for a, b, c in zip(R["vres"], R["fint"], R["fkost"])]

NAMND = [  # budget 2024, budget 2025, plan 2026, plan 2027 (tkr)
    ("Kommunfullmäktige och revision", 2150, 2240, 2290, 2330),
    ("Kommunstyrelsen", 58320, 60110, 61500, 62700),
    ("Barn- och utbildningsnämnden", 128460, 133870, 137200, 140300),
    ("Vård- och omsorgsnämnden", 142900, 150280, 154900, 158700),
    ("Tekniska nämnden", 14600, 15120, 15480, 15820),
]

INV = [
    ("Ny brandstation Storfors", 12000, 8000, 0),
    ("Storforshemmet, ombyggnad", 4500, 0, 0),
    ("Kyrkbyskolan, ventilation", 3200, 1500, 0),
    ("Gatubelysning, utbyte till LED", 1200, 1200, 800),
    ("VA-ledningar Kyrksten", 5500, 4000, 3000),
    ("Vattenverket, reservkraft", 1800, 0, 0),
    ("IT och digitalisering", 900, 900, 900),
    ("Fordon och maskiner", 1100, 600, 1200),
    ("Lekplats Bjurtjärn", 600, 0, 0),
    ("Övriga investeringar", 600, 500, 500),
]

POP = 3940


def t(v):
    return fmt(v, 0, "()")


def budget_pdf(path):
    d = Doc("Storfors kommun | Budget och plan 2025–2027", "Storfors kommun")
    d.add_page()
    d.set_font("DV", "B", 24)
    d.ln(45)
    d.multi_cell(0, 12, "Budget och plan\n2025–2027")
    d.set_font("DV", "", 13)
    d.multi_cell(0, 8, "Storfors kommun\nBeslutad av kommunfullmäktige 2024-11-25, § 88")

    d.add_page()
    d.h1("Inledning från kommunstyrelsens ordförande")
    d.p("Storfors är en liten kommun med stora ambitioner. Vi är knappt 4 000 invånare och varje krona "
        "måste användas klokt. Inför 2025 har vi tvingats fatta svåra beslut.")
    d.p("Kommunfullmäktige har beslutat att höja skattesatsen med 30 öre till 22,71 kronor. Höjningen ger "
        "cirka 2,7 miljoner kronor i ökade skatteintäkter och är nödvändig för att vi ska kunna behålla "
        "kvaliteten i skola och omsorg. Samtidigt genomför vi besparingar på 3,8 miljoner kronor i "
        "den egna organisationen.")
    d.p("Det budgeterade resultatet för 2025 är 4,3 miljoner kronor. Vårt mål är att resultatet ska "
        "motsvara minst 1 procent av skatteintäkter och generella statsbidrag.")
    d.p("Den största investeringen under planperioden är den nya brandstationen i Storfors tätort som "
        "ska stå klar under 2026. Vi satsar också 350 000 kronor extra på feriearbeten för ungdomar.")
    d.p("Storfors i november 2024\nJohan Kronberg (S)\nKommunstyrelsens ordförande")

    d.add_page()
    d.h1("Styrning och mål")
    d.p("Storfors kommun styrs genom mål och ekonomiska ramar som kommunfullmäktige fastställer. "
        "Kommunfullmäktige har antagit tre övergripande mål för perioden 2024–2027.")
    d.h2("1. Storfors ska vara en attraktiv kommun att bo och leva i")
    d.p("Befolkningsminskningen ska bromsas. Målet är att invånarantalet ska vara minst 3 900 vid "
        "utgången av 2027. Antalet nybyggda bostäder ska vara minst tio under perioden.")
    d.h2("2. Barn och unga ska ges goda förutsättningar")
    d.p("Andelen elever i årskurs 9 som är behöriga till gymnasiet ska öka från 78 procent till minst 85 "
        "procent. Alla elever ska erbjudas lovskola.")
    d.h2("3. God ekonomisk hushållning")
    d.p("Resultatet ska uppgå till minst 1 procent av skatteintäkter och generella statsbidrag. "
        "Investeringar i skattefinansierad verksamhet ska över planperioden finansieras med egna medel "
        "till minst 60 procent. Låneskulden får inte överstiga 120 miljoner kronor.")
    d.h2("Omvärld och befolkning")
    d.p("Befolkningen i Storfors har minskat med i genomsnitt 20 personer per år de senaste fem åren. "
        "Budgeten bygger på 3 940 invånare. Andelen invånare över 80 år är 8,9 procent, vilket är "
        "högre än i riket. Varje förlorad invånare innebär cirka 62 000 kronor mindre i skatteintäkter "
        "och statsbidrag.")
    d.p("Arbetslösheten i kommunen var 9,4 procent i september 2024 och är högst bland unga vuxna.")

    d.add_page()
    d.h1("Ekonomiska ramar")
    d.h2("Besparingar")
    d.p("Besparingarna på 3,8 miljoner kronor fördelas så att vård- och omsorgsnämnden minskar sina "
        "kostnader med 1,6 miljoner kronor, barn- och utbildningsnämnden med 1,2 miljoner kronor och "
        "kommunstyrelsen med 1,0 miljon kronor. Tekniska nämnden undantas från besparingskravet.")
    d.p("Vård- och omsorgsnämnden får samtidigt ett tillskott för volymökningar inom hemtjänsten. "
        "Nämnden får därutöver ett tillfälligt bidrag på 800 000 kronor för att införa digital "
        "nattillsyn.")
    d.h2("Driftbudget per nämnd")
    d.p("Ramarna är angivna i tusentals kronor (tkr) som nettokostnad.")
    rows = []
    s = [0, 0, 0, 0]
    for n, a, b, c, e in NAMND:
        s = [s[0] + a, s[1] + b, s[2] + c, s[3] + e]
        rows.append(([n, t(a), t(b), t(b - a), t(c), t(e)], ""))
    rows.append((["Summa nämnder", t(s[0]), t(s[1]), t(s[1] - s[0]), t(s[2]), t(s[3])], "bold"))
    fin = [-R["vnk"][i] - s[j] for i, j in zip([1, 2, 3, 4], [0, 1, 2, 3])]
    rows.append((["Finansförvaltning", t(fin[0]), t(fin[1]), t(fin[1] - fin[0]), t(fin[2]), t(fin[3])], ""))
    tot = [s[i] + fin[i] for i in range(4)]
    rows.append((["Verksamhetens nettokostnad", t(tot[0]), t(tot[1]), t(tot[1] - tot[0]), t(tot[2]), t(tot[3])], "bold"))
    d.table("Driftbudget (tkr)",
            [["", "Budget", "Budget", "Förändring", "Plan", "Plan"],
             ["Nämnd", "2024", "2025", "2024–2025", "2026", "2027"]],
            rows, [62, 21, 21, 24, 21, 21],
            foot=["Finansförvaltningen redovisar pensionskostnader och interna kapitalkostnader; ett negativt belopp är en intäkt."])

    d.add_page()
    d.h1("Resultatbudget")
    d.p("Resultatbudgeten redovisas i tusentals kronor. Negativa belopp anges inom parentes.")
    lab = [("Verksamhetens intäkter", "int"), ("Verksamhetens kostnader", "kost"), ("Avskrivningar", "avs"),
           ("Verksamhetens nettokostnader", "vnk"), ("Skatteintäkter", "skatt"),
           ("Generella statsbidrag och utjämning", "gsb"), ("Verksamhetens resultat", "vres"),
           ("Finansiella intäkter", "fint"), ("Finansiella kostnader", "fkost"), ("Årets resultat", "res")]
    rows = [([n] + [t(v) for v in R[k]], "bold" if k in ("vnk", "vres", "res") else "") for n, k in lab]
    pct = [fmt(100 * r / (a + b), 1) for r, a, b in zip(R["res"], R["skatt"], R["gsb"])]
    rows.append((["Årets resultat i % av skatter och statsbidrag"] + pct, ""))
    d.table("Resultatbudget 2025–2027",
            [["Tkr", "Bokslut", "Budget", "Budget", "Plan", "Plan"],
             ["", "2023", "2024", "2025", "2026", "2027"]],
            rows, [66, 20, 20, 20, 20, 20])

    d.h2("Kassaflödesbudget")
    inv = [-sum(x[i] for x in INV) for i in (1, 2, 3)]
    res = R["res"][2:]
    avs = [-v for v in R["avs"][2:]]
    avsj = [620, 540, 480]
    rk = [-1200, 300, 200]
    lop = [a + b + c + e for a, b, c, e in zip(res, avs, avsj, rk)]
    sal = [500, 0, 0]
    invs = [a + b for a, b in zip(inv, sal)]
    lan = [12000, 0, 0]
    amort = [-2000, -3000, -3000]
    fins = [a + b for a, b in zip(lan, amort)]
    kf = [a + b + c for a, b, c in zip(lop, invs, fins)]
    ub = [18600]
    for k in kf:
        ub.append(ub[-1] + k)
    rows = [(["Den löpande verksamheten", "", "", ""], "section"),
            (["Årets resultat"] + [t(v) for v in res], ""),
            (["Justering för avskrivningar"] + [t(v) for v in avs], ""),
            (["Justering för avsättningar"] + [t(v) for v in avsj], ""),
            (["Förändring av rörelsekapital"] + [t(v) for v in rk], ""),
            (["Kassaflöde från löpande verksamhet"] + [t(v) for v in lop], "bold"),
            (["Investeringsverksamheten", "", "", ""], "section"),
            (["Investering i materiella anläggningstillgångar"] + [t(v) for v in inv], ""),
            (["Försäljning av anläggningstillgångar"] + [t(v) for v in sal], ""),
            (["Kassaflöde från investeringsverksamhet"] + [t(v) for v in invs], "bold"),
            (["Finansieringsverksamheten", "", "", ""], "section"),
            (["Nyupptagna lån"] + [t(v) for v in lan], ""),
            (["Amortering av skuld"] + [t(v) for v in amort], ""),
            (["Kassaflöde från finansieringsverksamhet"] + [t(v) for v in fins], "bold"),
            (["Årets kassaflöde"] + [t(v) for v in kf], "bold"),
            (["Likvida medel vid årets början"] + [t(v) for v in ub[:3]], ""),
            (["Likvida medel vid årets slut"] + [t(v) for v in ub[1:]], "")]
    d.add_page()
    d.table("Kassaflödesbudget (tkr)",
            [["Tkr", "Budget", "Plan", "Plan"], ["", "2025", "2026", "2027"]],
            rows, [86, 24, 24, 24])

    d.add_page()
    d.h1("Balansbudget")
    d.p("Balansbudgeten visar kommunens tillgångar, skulder och eget kapital vid årets slut. "
        "Låneskulden ökar 2025 till följd av investeringen i den nya brandstationen och minskar "
        "därefter genom amorteringar.")
    anl = [300000]
    for i, a in zip(inv[1:], avs[1:]):
        anl.append(anl[-1] - i - a)
    ford = [42000, 42000, 42000]
    lik = ub[1:]
    tot = [a + b + c for a, b, c in zip(anl, ford, lik)]
    ek = [121400 + R["res"][2]]
    for r in R["res"][3:]:
        ek.append(ek[-1] + r)
    avsb = [14620, 15160, 15640]
    lang = [106000, 103000, 100000]
    kort = [t_ - e - a - l for t_, e, a, l in zip(tot, ek, avsb, lang)]
    rows = [(["Tillgångar", "", "", ""], "section"),
            (["Anläggningstillgångar"] + [t(v) for v in anl], ""),
            (["Kortfristiga fordringar"] + [t(v) for v in ford], ""),
            (["Likvida medel"] + [t(v) for v in lik], ""),
            (["Summa tillgångar"] + [t(v) for v in tot], "bold"),
            (["Eget kapital, avsättningar och skulder", "", "", ""], "section"),
            (["Eget kapital"] + [t(v) for v in ek], ""),
            (["Avsättningar"] + [t(v) for v in avsb], ""),
            (["Långfristiga skulder"] + [t(v) for v in lang], ""),
            (["Kortfristiga skulder"] + [t(v) for v in kort], ""),
            (["Summa eget kapital, avsättningar och skulder"] + [t(v) for v in tot], "bold"),
            (["Soliditet (%)"] + [fmt(100 * e / t_, 1) for e, t_ in zip(ek, tot)], "")]
    d.table("Balansbudget (tkr)",
            [["Tkr", "Budget", "Plan", "Plan"], ["", "2025", "2026", "2027"]],
            rows, [86, 24, 24, 24])
    d.p("Pensionsförpliktelser intjänade före 1998 redovisas som ansvarsförbindelse och uppgår till "
        "96,3 miljoner kronor inklusive löneskatt.")

    d.add_page()
    d.h1("Investeringsbudget")
    d.p("Investeringsbudgeten för 2025 omfattar 31,4 miljoner kronor. Den nya brandstationen beräknas "
        "kosta totalt 20 miljoner kronor, varav 12 miljoner kronor under 2025. Räddningstjänsten flyttar "
        "in hösten 2026.")
    rows = []
    sm = [0, 0, 0]
    for n, a, b, c in INV:
        sm = [sm[0] + a, sm[1] + b, sm[2] + c]
        rows.append(([n, t(a), t(b), t(c)], ""))
    rows.append((["Summa investeringar", t(sm[0]), t(sm[1]), t(sm[2])], "bold"))
    d.table("Investeringsbudget 2025–2027 (tkr)",
            [["Projekt", "Budget", "Plan", "Plan"], ["", "2025", "2026", "2027"]],
            rows, [86, 24, 24, 24])
    d.p("Investeringarna i VA-verksamheten finansieras via VA-taxan. Taxan höjs med 8 procent 2025.")

    d.add_page()
    d.h1("Nämndernas verksamhet")
    d.h2("Kommunstyrelsen")
    d.p("Kommunstyrelsen ansvarar för kommunledning, räddningstjänst, arbetsmarknadsfrågor, kultur och "
        "fritid samt fastigheter. Under 2025 genomförs en översyn av lokalbehovet som väntas minska "
        "lokalkostnaderna med 450 000 kronor per år från 2026.")
    d.h2("Barn- och utbildningsnämnden")
    d.p("Nämnden ansvarar för förskola, grundskola, gymnasieskola och vuxenutbildning. Kyrkbyskolan är "
        "kommunens enda F–9-skola med cirka 420 elever. Gymnasieelever går främst i Karlskoga och "
        "Kristinehamn.")
    d.h2("Vård- och omsorgsnämnden")
    d.p("Nämnden ansvarar för äldreomsorg, LSS och individ- och familjeomsorg. Storforshemmet har 54 "
        "platser i särskilt boende. Ombyggnaden av en avdelning till demensboende ska vara klar 2025.")
    d.h2("Tekniska nämnden")
    d.p("Nämnden ansvarar för gator, parker, vatten och avlopp, renhållning och kostverksamhet. VA och "
        "renhållning är helt avgiftsfinansierade.")
    d.h2("Personal")
    d.p("Kommunen har cirka 410 tillsvidareanställda. Lönerevisionen 2025 budgeteras till 3,5 procent. "
        "Kompetensförsörjningen är en av de största utmaningarna, särskilt när det gäller lärare, "
        "sjuksköterskor och socialsekreterare.")
    d.add_page()
    d.h1("Ord och begrepp")
    for a, b in [("Avskrivningar", "Planenlig värdeminskning av anläggningstillgångar."),
                 ("Balansbudget", "Visar den ekonomiska ställningen vid årets slut."),
                 ("Kassaflödesbudget", "Visar hur likvida medel förändras under året."),
                 ("Nettokostnad", "Kostnader minus intäkter, det som finansieras med skatter och statsbidrag."),
                 ("Soliditet", "Eget kapital i procent av totala tillgångar; visar den långsiktiga betalningsförmågan."),
                 ("Generella statsbidrag och utjämning", "Bidrag från staten som inte är knutna till en viss verksamhet, samt kommunalekonomisk utjämning."),
                 ("Resultatbudget", "Sammanställning av kommunens intäkter och kostnader för budgetåret."),
                 ("Tkr", "Tusen kronor.")]:
        d.h2(a)
        d.p(b)
    d.output(path)


def delar_pdf(path):
    d = Doc("Storfors kommun – Delårsrapport januari–augusti 2025", "Delårsrapport 2025")
    d.add_page()
    d.set_font("DV", "B", 22)
    d.ln(40)
    d.multi_cell(0, 11, "Delårsrapport\njanuari–augusti 2025")
    d.set_font("DV", "", 13)
    d.multi_cell(0, 8, "Storfors kommun\nBehandlad av kommunstyrelsen 2025-09-30")
    d.add_page()
    d.h1("Sammanfattning")
    d.p("Periodens resultat för januari–augusti 2025 uppgår till 9,6 miljoner kronor. Helårsprognosen "
        "visar ett resultat på 2,1 miljoner kronor, vilket är 2,15 miljoner kronor sämre än budget.")
    d.p("Nämnderna prognostiserar tillsammans ett underskott på -2,75 miljoner kronor. Underskotten finns "
        "inom vård- och omsorgsnämnden och barn- och utbildningsnämnden. Finansförvaltningen väntas "
        "ge ett överskott på 0,6 miljoner kronor tack vare lägre pensionskostnader.")
    d.p("Antalet invånare var 3 929 den 30 juni 2025, en minskning med 22 personer sedan årsskiftet.")
    d.p("Nettoinvesteringarna uppgick till 13,7 miljoner kronor under perioden. Helårsprognosen för "
        "investeringarna är 26,9 miljoner kronor jämfört med budgeterade 31,4 miljoner kronor.")
    d.h2("Prognos per nämnd")
    rows = []
    data = [("Kommunfullmäktige och revision", 2240, 2190), ("Kommunstyrelsen", 60110, 59480),
            ("Barn- och utbildningsnämnden", 133870, 135020), ("Vård- och omsorgsnämnden", 150280, 152630),
            ("Tekniska nämnden", 15120, 15050)]
    sb = sp = 0
    for n, b, p in data:
        sb += b; sp += p
        rows.append(([n, fmt(b, 0), fmt(p, 0), fmt(b - p, 0, "–")], ""))
    rows.append((["Summa nämnder", fmt(sb, 0), fmt(sp, 0), fmt(sb - sp, 0, "–")], "bold"))
    d.table("Tabell 1. Nettokostnad per nämnd, helårsprognos 2025 (tkr)",
            [["Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse"]],
            rows, [80, 28, 28, 28],
            foot=["Avvikelse = budget minus prognos. Negativt belopp innebär underskott."])
    d.p("Vård- och omsorgsnämndens underskott beror på ökat antal hemtjänsttimmar och kostnader för "
        "bemanningsföretag. Nämnden har tagit fram en åtgärdsplan som beräknas minska underskottet med "
        "0,5 miljoner kronor under hösten.")
    d.add_page()
    d.h1("Resultaträkning")
    rows = [
        (["Verksamhetens intäkter", "46 210", "44 870", "66 950", "67 400"], ""),
        (["Verksamhetens kostnader", "-258 700", "-267 910", "-409 860", "-412 520"], ""),
        (["Avskrivningar", "-9 740", "-10 620", "-16 480", "-16 020"], ""),
        (["Verksamhetens nettokostnader", "-222 230", "-233 660", "-359 390", "-361 140"], "bold"),
        (["Skatteintäkter", "131 040", "136 260", "204 150", "203 880"], ""),
        (["Generella statsbidrag och utjämning", "102 260", "108 190", "161 740", "162 290"], ""),
        (["Verksamhetens resultat", "11 070", "10 790", "6 500", "5 030"], "bold"),
        (["Finansiella intäkter", "1 150", "1 020", "1 400", "1 350"], ""),
        (["Finansiella kostnader", "-1 880", "-2 210", "-3 650", "-4 280"], ""),
        (["Periodens/årets resultat", "10 340", "9 600", "4 250", "2 100"], "bold"),
    ]
    d.table("Tabell 2. Resultaträkning (tkr)",
            [["", "Utfall", "Utfall", "Budget", "Prognos"],
             ["", "jan–aug 2024", "jan–aug 2025", "2025", "2025"]],
            rows, [66, 26, 26, 24, 24])
    d.p("Periodens resultat är högre än helårsprognosen eftersom semesterlöneskulden normalt är som "
        "lägst i augusti. Under hösten tas semesterlöneskulden åter upp.")
    d.h2("Personal")
    d.p("Sjukfrånvaron var 8,1 procent under perioden, jämfört med 8,7 procent samma period 2024. "
        "Antalet tillsvidareanställda var 412 den 31 augusti 2025.")
    d.output(path)


def html(path):
    rows = [("Årets resultat, mnkr", "6,8", "8,9", "-1,4", "2,0", "5,4"),
            ("Resultat i % av skatter och statsbidrag", "2,3", "2,9", "-0,4", "0,6", "1,5"),
            ("Nettoinvesteringar, mnkr", "18,2", "22,6", "27,9", "24,3", "29,1"),
            ("Soliditet, %", "38,4", "39,2", "37,0", "35,8", "35,1"),
            ("Låneskuld, mnkr", "72,0", "70,0", "82,0", "90,0", "96,0"),
            ("Skattesats, kr", "22,41", "22,41", "22,41", "22,41", "22,41")]
    trs = "\n".join("          <tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    s = f"""<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>Finansiell information | Storfors kommun</title></head>
<body>
<div class="cookie-consent" role="dialog">
  <p>Storfors kommun använder cookies för att webbplatsen ska fungera och för besöksstatistik.</p>
  <button>Acceptera</button><button>Neka</button><a href="/cookies">Om cookies</a>
</div>
<header class="site-header">
  <div class="brand"><a href="/">Storfors kommun</a></div>
  <nav class="main-nav">
    <a href="/barn-och-utbildning">Barn och utbildning</a>
    <a href="/omsorg-och-hjalp">Omsorg och hjälp</a>
    <a href="/bo-och-miljo">Bo, bygga och miljö</a>
    <a href="/kommun-och-politik">Kommun och politik</a>
    <a href="/lattlast">Lättläst</a>
  </nav>
</header>
<main id="content">
  <div class="breadcrumb">Kommun och politik &gt; Ekonomi &gt; Finansiell information</div>
  <article>
    <h1>Finansiell information</h1>
    <p class="published">Publicerad 2025-05-05</p>
    <p>Här hittar du information om Storfors kommuns ekonomi till långivare, kreditinstitut och andra intressenter. Storfors kommun har ingen extern kreditrating men lånar via Kommuninvest, där kommunen är medlem sedan 1993.</p>
    <h2>Nyckeltal 2020–2024</h2>
    <table class="keyfigures">
      <thead>
        <tr><th>Nyckeltal</th><th>2020</th><th>2021</th><th>2022</th><th>2023</th><th>2024</th></tr>
      </thead>
      <tbody>
{trs}
      </tbody>
    </table>
    <p>Resultatet för 2023 var svagare än planerat på grund av höga pensionskostnader och inflation. För 2024 förbättrades resultatet till 5,4 miljoner kronor, bland annat tack vare högre skatteintäkter än beräknat.</p>
    <p>Kommunens borgensåtaganden uppgick till 148,5 miljoner kronor vid utgången av 2024, varav huvuddelen avser det kommunala bostadsbolaget Storforsbostäder AB.</p>
    <h2>Kontakt</h2>
    <p>Ekonomichef Birgitta Lund, telefon 0550-650 12.</p>
  </article>
</main>
<footer class="site-footer">
  <p>Storfors kommun, Box 21, 688 21 Storfors. Besök: Lundbygatan 1. Växel: 0550-650 00</p>
  <p><a href="/tillganglighet">Tillgänglighet</a> | <a href="/dataskydd">Dataskydd</a> | <a href="/press">Press</a></p>
</footer>
</body>
</html>
"""
    open(path, "w", encoding="utf-8").write(s)


def protokoll(path):
    doc = Document()
    doc.add_heading("Protokoll – Kommunfullmäktige", level=1)
    doc.add_paragraph("Storfors kommun")
    doc.add_paragraph("Datum: 2024-11-25, kl. 18.30–21.05, Folkets hus, Storfors")
    doc.add_paragraph("Ordförande: Ingrid Wallin (S). Sekreterare: Elin Moberg. Justerare: Lars Persson (M) och Agneta Nord (V).")
    doc.add_heading("§ 87 Skattesats för 2025", level=2)
    doc.add_paragraph("Kommunstyrelsen föreslår att skattesatsen för 2025 höjs med 0,30 kronor från 22,41 till 22,71 kronor.")
    doc.add_paragraph("Yrkanden: Lars Persson (M) yrkar med instämmande av Kent Åberg (KD) att skattesatsen ska vara oförändrad, 22,41 kronor.")
    doc.add_paragraph("Omröstning begärs och genomförs. Med 18 ja-röster mot 13 nej-röster beslutar fullmäktige enligt kommunstyrelsens förslag.")
    doc.add_paragraph("Beslut: Kommunfullmäktige fastställer skattesatsen för 2025 till 22,71 kronor.")
    doc.add_paragraph("Reservation: Ledamöterna för Moderaterna och Kristdemokraterna reserverar sig mot beslutet.")
    doc.add_heading("§ 88 Budget och plan 2025–2027", level=2)
    doc.add_paragraph("Kommunstyrelsen har lämnat förslag till budget för 2025 och plan för 2026–2027 med ett "
                      "budgeterat resultat för 2025 på 4 250 tkr.")
    doc.add_paragraph("Beslut: Kommunfullmäktige beslutar att fastställa följande driftramar för 2025:")
    rows = [["Nämnd", "Ram 2025, tkr", "Varav besparing, tkr"],
            ["Kommunfullmäktige och revision", "2 240", "0"],
            ["Kommunstyrelsen", "60 110", "1 000"],
            ["Barn- och utbildningsnämnden", "133 870", "1 200"],
            ["Vård- och omsorgsnämnden", "150 280", "1 600"],
            ["Tekniska nämnden", "15 120", "0"],
            ["Summa", "361 620", "3 800"]]
    docx_table(doc, rows)
    doc.add_paragraph("Fullmäktige beslutar vidare att investeringsbudgeten för 2025 fastställs till 31 400 tkr och "
                      "att kommunstyrelsen får uppta nya lån om högst 12 000 tkr under 2025.")
    doc.add_paragraph("Reservation: Sverigedemokraternas ledamöter reserverar sig mot beslutet till förmån för "
                      "partiets eget budgetförslag, som innehöll en besparing på 2,5 miljoner kronor inom kommunstyrelsen.")
    doc.add_heading("§ 89 Ny brandstation i Storfors", level=2)
    doc.add_paragraph("Beslut: Kommunfullmäktige godkänner en total projektbudget på 20 000 tkr för ny brandstation. "
                      "Driftkostnaden beräknas öka med 1 150 tkr per år från 2027.")
    doc.add_heading("§ 90 Arvoden för förtroendevalda", level=2)
    doc.add_paragraph("Beslut: Arvodet för kommunstyrelsens ordförande fastställs till 62 400 kronor per månad från den "
                      "1 januari 2025. Övriga arvoden räknas upp med 3,0 procent.")
    doc.add_paragraph("Justerat 2024-11-29. Protokollet är anslaget på kommunens digitala anslagstavla.")
    save_docx(doc, path)


XLS = [
    ("Kommunfullmäktige och revision", [("Politisk verksamhet och revision", 0, 2240)]),
    ("Kommunstyrelsen", [("Kommunledning och administration", 3200, 24610), ("Räddningstjänst", 1100, 9800),
                         ("Arbetsmarknad och integration", 6400, 11300), ("Kultur och fritid", 900, 9700),
                         ("Fastigheter", 38500, 54800)]),
    ("Barn- och utbildningsnämnden", [("Förskola", 3600, 33400), ("Grundskola och fritidshem", 4900, 66200),
                                      ("Gymnasieskola", 1200, 33500), ("Vuxenutbildning", 2800, 9270),
                                      ("Elevhälsa och skolskjuts", 0, 4000)]),
    ("Vård- och omsorgsnämnden", [("Särskilt boende", 9800, 68900), ("Hemtjänst", 3400, 41200),
                                  ("LSS", 5100, 33480), ("Individ- och familjeomsorg", 2200, 27200)]),
    ("Tekniska nämnden", [("Gator och vägar", 600, 8900), ("Park", 100, 2300), ("Vatten och avlopp", 24800, 24800),
                          ("Renhållning", 11200, 11200), ("Måltider", 1900, 6520)]),
]


def xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Budget 2025"
    ws.append(["Driftbudget 2025 per verksamhet, Storfors kommun"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Belopp i tkr"])
    ws.append(["Verksamhet", "Intäkter", "Kostnader", "Nettokostnad"])
    ti = tk = 0
    for nmd, items in XLS:
        ws.append([nmd])
        si = sk = 0
        for n, i, k in items:
            ws.append([n, i, k, k - i])
            si += i; sk += k
        ws.append([f"Summa {nmd.lower()}", si, sk, sk - si])
        ti += si; tk += sk
    ws.append(["Totalt nämnder", ti, tk, tk - ti])
    ws.column_dimensions["A"].width = 44
    ws2 = wb.create_sheet("Utveckling")
    ws2.append(["Nettokostnad och invånare 2021–2025"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["Nettokostnad i tkr, per invånare i kr"])
    ws2.append(["År", "Typ", "Nettokostnad nämnder", "Invånare 31 dec", "Nettokostnad per invånare"])
    for y, typ, n, p in [(2021, "Bokslut", 312400, 4012), (2022, "Bokslut", 324900, 3987),
                         (2023, "Bokslut", 336100, 3968), (2024, "Budget", 346430, 3951),
                         (2025, "Budget", 361620, 3940)]:
        ws2.append([y, typ, n, p, round(n * 1000 / p)])
    ws2.column_dimensions["A"].width = 10
    save_xlsx(wb, path)


def press(path):
    s = """PRESSMEDDELANDE
Storfors kommun, 2025-09-30

Storfors kommun räknar med överskott trots underskott i omsorgen

Kommunstyrelsen i Storfors behandlade i dag delårsrapporten för januari–augusti 2025. Prognosen för
helåret är ett överskott på 2,1 miljoner kronor. Det är lägre än det budgeterade resultatet på 4,25
miljoner kronor.

Vård- och omsorgsnämnden beräknas överskrida sin budget med 2,35 miljoner kronor, främst på grund av
fler hemtjänsttimmar. Barn- och utbildningsnämnden räknar med ett underskott på 1,15 miljoner kronor.

"Vi behöver fortsätta hålla i pengarna. Nämnderna har fått i uppdrag att ta fram åtgärder, men vi
tänker inte spara på kärnverksamheten", säger kommunstyrelsens ordförande Johan Kronberg (S).

Kommunstyrelsen beslutade också att avsätta 250 000 kronor till ett projekt för att locka fler
sommarboende att bli åretruntboende i Storfors.

Mer information:
Johan Kronberg (S), kommunstyrelsens ordförande, tfn 0550-650 02
Birgitta Lund, ekonomichef, tfn 0550-650 12
"""
    open(path, "w", encoding="utf-8").write(s)


def build(out):
    os.makedirs(out, exist_ok=True)
    budget_pdf(os.path.join(out, "budget-och-plan-2025-2027.pdf"))
    delar_pdf(os.path.join(out, "delarsrapport-jan-aug-2025.pdf"))
    html(os.path.join(out, "finansiell-information.html"))
    protokoll(os.path.join(out, "protokoll-kf-2024-11-25.docx"))
    xlsx(os.path.join(out, "driftbudget-per-verksamhet-2025.xlsx"))
    press(os.path.join(out, "pressmeddelande-delarsrapport-2025.txt"))
