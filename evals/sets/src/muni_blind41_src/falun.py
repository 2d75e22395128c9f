"""Falun: deterministic documents."""
import os

import docx
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Font

from lib import Doc, fmt, html_page, html_table, normalize_zip

POP = 59_800
YEARS = ["Bokslut 2023", "Prognos 2024", "Budget 2025", "Plan 2026", "Plan 2027"]

RB = {  # mnkr
    "Verksamhetens intäkter": [1012.4, 1045.0, 1068.2, 1090.5, 1112.0],
    "Verksamhetens kostnader": [-4512.6, -4701.3, -4836.9, -4978.4, -5110.2],
    "Avskrivningar": [-168.3, -179.5, -192.0, -205.4, -214.8],
    "Skatteintäkter": [2905.1, 3010.6, 3128.4, 3241.9, 3352.7],
    "Generella statsbidrag och utjämning": [862.3, 890.2, 915.6, 938.0, 957.4],
    "Finansiella intäkter": [18.4, 16.2, 15.0, 15.0, 15.0],
    "Finansiella kostnader": [-31.7, -38.9, -41.5, -44.2, -46.8],
}


def rb_derived():
    nk = [round(a + b + c, 1) for a, b, c in zip(RB["Verksamhetens intäkter"], RB["Verksamhetens kostnader"], RB["Avskrivningar"])]
    vr = [round(n + s + g, 1) for n, s, g in zip(nk, RB["Skatteintäkter"], RB["Generella statsbidrag och utjämning"])]
    rf = [round(v + i + k, 1) for v, i, k in zip(vr, RB["Finansiella intäkter"], RB["Finansiella kostnader"])]
    pct = [round(100 * r / (s + g), 1) for r, s, g in zip(rf, RB["Skatteintäkter"], RB["Generella statsbidrag och utjämning"])]
    return nk, vr, rf, pct


DRIFT = [  # (section or name, b2024, b2025) mnkr
    ("Utbildning och omsorg", None, None),
    ("Barn- och utbildningsnämnden", 1612.4, 1668.9),
    ("Omsorgsnämnden", 1398.7, 1452.3),
    ("Socialnämnden", 402.6, 419.8),
    ("Samhälle och övrigt", None, None),
    ("Kommunstyrelsen", 312.5, 321.8),
    ("Kultur- och fritidsnämnden", 168.2, 171.0),
    ("Miljö- och samhällsbyggnadsnämnden", 96.4, 94.1),
    ("Tekniska nämnden", 142.8, 148.5),
    ("Överförmyndarnämnden", 8.9, 9.2),
    ("Revisionen", 3.6, 3.7),
]

INVEST = [  # project, 2025, 2026, 2027 (mnkr)
    ("Kommunstyrelsen", None, None, None),
    ("IT-infrastruktur och digitalisering", 14.5, 12.0, 12.0),
    ("Bredbandsutbyggnad landsbygd", 6.0, 4.0, 0.0),
    ("Barn- och utbildningsnämnden", None, None, None),
    ("Ny förskola Hälsinggården", 38.2, 12.5, 0.0),
    ("Ombyggnad Lugnetskolan etapp 2", 54.0, 41.3, 8.0),
    ("Inventarier skolor och förskolor", 9.5, 9.5, 9.5),
    ("Ny grundskola Främby, projektering", 4.0, 25.0, 88.0),
    ("Omsorgsnämnden", None, None, None),
    ("Nytt särskilt boende Kvarnberget", 62.7, 48.0, 0.0),
    ("Välfärdsteknik", 5.2, 4.8, 4.8),
    ("Inventarier omsorg", 3.0, 3.0, 3.0),
    ("Kultur- och fritidsnämnden", None, None, None),
    ("Renovering Falu simhall", 28.4, 6.0, 0.0),
    ("Konstgräsplan Slätta", 11.0, 0.0, 0.0),
    ("Lugnets skidstadion, underhåll", 7.5, 5.0, 5.0),
    ("Bibliotek, meröppet", 1.2, 0.8, 0.0),
    ("Tekniska nämnden", None, None, None),
    ("Gator och vägar, reinvestering", 32.0, 33.0, 34.0),
    ("Gång- och cykelvägar", 18.5, 15.0, 15.0),
    ("Trafiksäkerhetsåtgärder", 4.5, 4.5, 4.5),
    ("Gatubelysning, byte till LED", 6.8, 6.8, 3.0),
    ("Parker och lekplatser", 5.5, 5.5, 5.5),
    ("Dagvatten och klimatanpassning", 12.0, 14.0, 16.0),
    ("Fastighetsunderhåll, planerat", 45.0, 47.0, 49.0),
    ("Energieffektivisering kommunala fastigheter", 9.0, 9.0, 9.0),
    ("Exploatering Dalregementet", 21.6, 18.0, 12.0),
    ("Miljö- och samhällsbyggnadsnämnden", None, None, None),
    ("Digital detaljplanering", 1.5, 1.0, 0.5),
]

BAL = {  # Bokslut 2023, Budget 2025, Plan 2026, Plan 2027 (mnkr)
    "Anläggningstillgångar": [5210.4, 5786.3, 6045.9, 6268.7],
    "Omsättningstillgångar": [612.8, 540.0, 525.0, 515.0],
}


def build_pdf_budget(out):
    nk, vr, rf, pct = rb_derived()
    pdf = Doc("Falu kommun – Mål och budget 2025 med plan för 2026–2027", "Mål och budget 2025")
    pdf.add_page()
    pdf.set_font("DV", "B", 26)
    pdf.ln(50)
    pdf.multi_cell(0, 12, "Mål och budget 2025\nmed plan för 2026–2027")
    pdf.set_font("DV", "", 13)
    pdf.ln(6)
    pdf.multi_cell(0, 7, "Falu kommun\nAntagen av kommunfullmäktige den 25 november 2024, § 161")
    pdf.ln(80)
    pdf.set_font("DV", "", 9)
    pdf.multi_cell(0, 5, "Dnr KS 2024/0412. Kommunledningsförvaltningen, ekonomiavdelningen.")

    pdf.add_page()
    pdf.h1("Innehåll")
    pdf.p("Förord ........ 3\nVision och mål ........ 4\nEkonomiska förutsättningar ........ 5\n"
          "Effektiviseringar och satsningar ........ 6\nResultatbudget ........ 7\nDriftbudget per nämnd ........ 8\n"
          "Investeringsbudget ........ 9\nBalansbudget ........ 11\nKassaflödesbudget ........ 12\nBilaga: ordlista ........ 13")

    pdf.add_page()
    pdf.h1("Förord")
    pdf.p("Falun är en kommun i rörelse. Vi blir fler som bor här, fler barn börjar i våra förskolor och "
          "fler äldre behöver stöd i vardagen. Samtidigt har kostnaderna för pensioner, räntor och "
          "energi ökat snabbare än skatteintäkterna under de senaste åren. Det kräver att vi prioriterar.")
    pdf.p("Den här budgeten bygger på tre prioriteringar: en trygg skola med goda resultat, en äldreomsorg "
          "med kontinuitet och en hållbar samhällsbyggnad. Skattesatsen lämnas oförändrad på 22,08 kronor "
          "per hundralapp. Det budgeterade resultatet för 2025 uppgår till 56,8 miljoner kronor, vilket "
          "motsvarar 1,4 procent av skatter och generella statsbidrag.")
    pdf.p("Vi genomför effektiviseringar om totalt 38 miljoner kronor under 2025, främst genom minskade "
          "lokalkostnader, samordnad administration och digitalisering. Samtidigt satsar vi 4,7 miljoner "
          "kronor på feriearbeten och sommarjobb för unga och 2,5 miljoner kronor på fler fältassistenter.")
    pdf.p("Jag vill tacka alla medarbetare som varje dag gör Falun till en bättre plats att leva i.")
    pdf.set_font("DV", "I", 9.5)
    pdf.multi_cell(0, 5, "Karin Ekholm (S)\nKommunstyrelsens ordförande")
    pdf.ln(3)

    pdf.add_page()
    pdf.h1("Vision och mål")
    pdf.p("Kommunfullmäktiges vision är ”Falun – en hållbar och attraktiv kommun där människor växer”. "
          "Visionen bryts ned i fyra inriktningsmål som gäller för hela mandatperioden 2023–2026.")
    pdf.h2("Inriktningsmål")
    pdf.bullets([
        "Alla barn och elever ska ges förutsättningar att nå kunskapsmålen.",
        "Invånare i behov av stöd ska få vård och omsorg med god kvalitet och kontinuitet.",
        "Falun ska vara en attraktiv kommun att bo, verka och leva i, med en befolkning på 62 000 invånare år 2030.",
        "Kommunkoncernens klimatpåverkan ska minska med 60 procent till år 2030 jämfört med 2015.",
    ])
    pdf.h2("Finansiella mål")
    pdf.p("Årets resultat ska under mandatperioden i genomsnitt uppgå till minst 2 procent av skatteintäkter "
          "och generella statsbidrag. Investeringar i skattefinansierad verksamhet ska till minst 70 procent "
          "finansieras med egna medel. Soliditeten inklusive pensionsåtaganden ska inte understiga 25 procent.")
    pdf.p("Det budgeterade resultatet för 2025 når inte målet om 2 procent. Kommunstyrelsen har därför fått "
          "i uppdrag att till juni 2025 redovisa ytterligare åtgärder som förbättrar resultatet med 20 miljoner kronor "
          "från och med 2026.")

    pdf.add_page()
    pdf.h1("Ekonomiska förutsättningar")
    pdf.p("Budgeten bygger på Sveriges Kommuner och Regioners (SKR) skatteunderlagsprognos från oktober 2024. "
          "Skatteunderlaget beräknas växa med 3,9 procent 2025 och 3,6 procent 2026. Befolkningen antas öka "
          "med 350 personer per år och uppgå till " + f"{POP:,}".replace(",", " ") + " invånare den 1 november 2024.")
    pdf.p("Pensionskostnaderna ökar med 24,6 miljoner kronor 2025 jämfört med 2024, framför allt på grund av "
          "det nya pensionsavtalet AKAP-KR. Räntekostnaderna beräknas med en genomsnittlig ränta på 3,1 procent.")
    pdf.p("Nämndernas ramar har räknats upp med 2,8 procent för löneökningar och 1,9 procent för övriga "
          "kostnader. Nämnderna har därutöver kompenserats för volymförändringar inom förskola, grundskola "
          "och äldreomsorg.")
    pdf.h2("Känslighetsanalys")
    pdf.p("En procents löneökning motsvarar cirka 31 miljoner kronor. En förändring av skattesatsen med 1 krona "
          "motsvarar cirka 142 miljoner kronor. Hundra invånare fler eller färre motsvarar cirka 6 miljoner kronor "
          "i skatteintäkter och utjämning.")

    pdf.add_page()
    pdf.h1("Effektiviseringar och satsningar")
    pdf.p("För att klara ett resultat i balans genomförs effektiviseringar om 38 miljoner kronor 2025. Av dessa "
          "svarar barn- och utbildningsnämnden för 14,2 miljoner kronor och omsorgsnämnden för 11,5 miljoner kronor. "
          "Resterande del fördelas på övriga nämnder i förhållande till deras nettokostnad.")
    pdf.p("Lokalöversynen beräknas minska kostnaderna med 6,4 miljoner kronor genom att två förskolor i "
          "Bjursås och Sundborn samlokaliseras och kontorslokalerna på Stadshuset förtätas.")
    pdf.h2("Satsningar 2025")
    pdf.bullets([
        "Feriearbeten och sommarjobb för unga: 4,7 miljoner kronor.",
        "Fler fältassistenter i centrala Falun: 2,5 miljoner kronor.",
        "Kompetenslyft för undersköterskor: 3,0 miljoner kronor.",
        "Utökat vinterunderhåll av gång- och cykelvägar: 700 000 kronor.",
    ])
    pdf.p("Satsningarna finansieras inom ramen för det budgeterade resultatet och påverkar inte skattesatsen.")

    # Resultatbudget
    pdf.add_page()
    pdf.h1("Resultatbudget")
    pdf.p("Resultatbudgeten visar kommunens intäkter och kostnader samt förändringen av eget kapital.")
    w = [58, 10, 20, 20, 20, 20, 20]
    hdr = [["", "Not", "Bokslut", "Prognos", "Budget", "Plan", "Plan"],
           ["", "", "2023", "2024", "2025", "2026", "2027"]]
    f = lambda vals: [fmt(v) for v in vals]
    rows = [
        ("row", ["Verksamhetens intäkter", "1"] + f(RB["Verksamhetens intäkter"])),
        ("row", ["Verksamhetens kostnader", "2"] + f(RB["Verksamhetens kostnader"])),
        ("row", ["Avskrivningar", "3"] + f(RB["Avskrivningar"])),
        ("sum", ["Verksamhetens nettokostnader", ""] + f(nk)),
        ("row", ["Skatteintäkter", "4"] + f(RB["Skatteintäkter"])),
        ("row", ["Generella statsbidrag och utjämning", "5"] + f(RB["Generella statsbidrag och utjämning"])),
        ("sum", ["Verksamhetens resultat", ""] + f(vr)),
        ("row", ["Finansiella intäkter", ""] + f(RB["Finansiella intäkter"])),
        ("row", ["Finansiella kostnader", "6"] + f(RB["Finansiella kostnader"])),
        ("sum", ["Resultat efter finansiella poster", ""] + f(rf)),
        ("sum", ["Årets resultat", ""] + f(rf)),
        ("row", ["Resultat i % av skatter och bidrag", ""] + [fmt(x) for x in pct]),
    ]
    pdf.table(w, hdr, rows, caption="Belopp i mnkr")
    pdf.note("Not 1: Intäkterna 2025 inkluderar riktade statsbidrag om 212,4 mnkr. Not 4: Skattesats 22,08 kr. "
             "Not 6: Inklusive finansiell kostnad för pensionsskulden.")

    # Driftbudget landscape
    pdf.add_page(orientation="L")
    pdf.h1("Driftbudget per nämnd")
    pdf.p("Tabellen visar nämndernas nettokostnadsramar. Förändringen avser ram 2025 jämfört med ram 2024.")
    w = [90, 30, 30, 30, 30, 40]
    hdr = [["Nämnd", "Budget", "Budget", "Förändring", "Förändring", "kr per invånare"],
           ["", "2024", "2025", "mnkr", "%", "2025"]]
    rows = []
    t24 = t25 = 0.0
    for name, a, b in DRIFT:
        if a is None:
            rows.append(("section", [name]))
            continue
        t24 += a
        t25 += b
        rows.append(("row", [name, fmt(a, neg="en"), fmt(b, neg="en"), fmt(b - a, neg="en"),
                             fmt(100 * (b - a) / a, neg="en"), fmt(b * 1e6 / POP, 0)]))
    rows.append(("sum", ["Summa nämnder", fmt(t24), fmt(t25), fmt(t25 - t24, neg="en"),
                         fmt(100 * (t25 - t24) / t24), fmt(t25 * 1e6 / POP, 0)]))
    pdf.table(w, hdr, rows, caption="Belopp i mnkr där inget annat anges")
    pdf.note(f"Kronor per invånare är beräknat på {POP:,} invånare.".replace(",", " ")
             + " Socialnämndens ram inkluderar försörjningsstöd om 96,0 mnkr.")

    # Investeringsbudget (spans two pages, header repeated)
    pdf.add_page(orientation="P")
    pdf.h1("Investeringsbudget")
    pdf.p("Investeringsbudgeten omfattar kommunens skattefinansierade investeringar. Investeringsnivån är fortsatt "
          "hög, framför allt till följd av nya förskolor, skolor och särskilda boenden. Större projekt beskrivs "
          "utförligt i bilaga till budgetbeslutet. Projekt som inte startat före den 30 juni 2025 ska prövas på nytt "
          "av kommunstyrelsen.")
    pdf.p("Den totala investeringsvolymen uppgår till 401,6 miljoner kronor 2025. Självfinansieringsgraden "
          "beräknas till 62 procent, vilket understiger det finansiella målet.")
    w = [95, 25, 25, 25]
    hdr = [["Projekt", "Budget", "Plan", "Plan"], ["", "2025", "2026", "2027"]]
    rows = []
    tot = [0.0, 0.0, 0.0]
    sub = None
    for name, a, b, c in INVEST:
        if a is None:
            rows.append(("section", [name]))
            continue
        tot = [tot[0] + a, tot[1] + b, tot[2] + c]
        rows.append(("row", [name, fmt(a), fmt(b), fmt(c)]))
    pdf.ln(62)
    rows.append(("sum", ["Totalt investeringar", fmt(tot[0]), fmt(tot[1]), fmt(tot[2])]))
    pdf.table(w, hdr, rows, caption="Belopp i mnkr", rh=6.4)
    pdf.note("Exploateringsinvesteringar redovisas brutto. Avgiftsfinansierad VA-verksamhet bedrivs i Falu Energi & Vatten AB och ingår inte.")

    # Balansbudget
    pdf.add_page()
    pdf.h1("Balansbudget")
    ek_2023 = 2480.6
    ek = [ek_2023, round(ek_2023 + rf[1] + rf[2], 1), round(ek_2023 + rf[1] + rf[2] + rf[3], 1),
          round(ek_2023 + rf[1] + rf[2] + rf[3] + rf[4], 1)]
    at = BAL["Anläggningstillgångar"]
    ot = BAL["Omsättningstillgångar"]
    st = [round(a + b, 1) for a, b in zip(at, ot)]
    avs = [312.4, 338.0, 351.2, 364.5]
    kfs = [1105.3, 1120.0, 1135.0, 1150.0]
    lfs = [round(s - e - a - k, 1) for s, e, a, k in zip(st, ek, avs, kfs)]
    w = [80, 22, 22, 22, 22]
    hdr = [["", "Bokslut", "Budget", "Plan", "Plan"], ["", "2023", "2025", "2026", "2027"]]
    rows = [
        ("section", ["Tillgångar"]),
        ("row", ["Anläggningstillgångar"] + f(at)),
        ("row", ["Omsättningstillgångar"] + f(ot)),
        ("sum", ["Summa tillgångar"] + f(st)),
        ("section", ["Eget kapital, avsättningar och skulder"]),
        ("row", ["Eget kapital"] + f(ek)),
        ("row", ["Avsättningar för pensioner"] + f(avs)),
        ("row", ["Långfristiga skulder"] + f(lfs)),
        ("row", ["Kortfristiga skulder"] + f(kfs)),
        ("sum", ["Summa eget kapital, avsättningar och skulder"] + f(st)),
    ]
    pdf.table(w, hdr, rows, caption="Belopp i mnkr")
    sol = [round(100 * e / s, 1) for e, s in zip(ek, st)]
    pdf.p(f"Soliditeten exklusive pensionsåtaganden beräknas till {fmt(sol[1])} procent vid utgången av 2025.")

    # Kassaflöde
    pdf.add_page()
    pdf.h1("Kassaflödesbudget")
    w = [90, 25, 25, 25]
    hdr = [["Belopp i mnkr", "Budget 2025", "Plan 2026", "Plan 2027"]]
    inv = [-401.6, -325.7, -278.8]
    dl = [rf[2] + 192.0, rf[3] + 205.4, rf[4] + 214.8]
    rows = [
        ("row", ["Årets resultat", fmt(rf[2]), fmt(rf[3]), fmt(rf[4])]),
        ("row", ["Justering för avskrivningar", "192,0", "205,4", "214,8"]),
        ("sum", ["Medel från den löpande verksamheten", fmt(dl[0]), fmt(dl[1]), fmt(dl[2])]),
        ("row", ["Investeringar i materiella anläggningstillgångar", fmt(inv[0]), fmt(inv[1]), fmt(inv[2])]),
        ("row", ["Nyupplåning", "150,0", "70,0", "0,0"]),
        ("sum", ["Årets kassaflöde", fmt(dl[0] + inv[0] + 150), fmt(dl[1] + inv[1] + 70), fmt(dl[2] + inv[2] + 0)]),
    ]
    pdf.table(w, hdr, rows)
    pdf.p("Nyupplåningen sker via Kommuninvest. Kommunens låneskuld beräknas uppgå till 2 140 miljoner kronor vid utgången av 2025.")

    pdf.add_page()
    pdf.h1("Bilaga: ordlista")
    pdf.p("Avskrivningar: Planmässig värdeminskning av anläggningstillgångar.\n"
          "Nettokostnad: Kostnader minus intäkter i verksamheten.\n"
          "Soliditet: Eget kapital i procent av totala tillgångar.\n"
          "Självfinansieringsgrad: Hur stor del av investeringarna som finansieras med egna medel.")
    pdf.output(out)
    return dict(nk=nk, vr=vr, rf=rf, pct=pct, inv_tot=tot, drift=(t24, t25), ek=ek, st=st, lfs=lfs, sol=sol, dl=dl)


DEL = [  # nämnd, budget 2024, prognos 2024 (mnkr)
    ("Kommunstyrelsen", 312.5, 305.9),
    ("Barn- och utbildningsnämnden", 1612.4, 1621.8),
    ("Omsorgsnämnden", 1398.7, 1424.8),
    ("Socialnämnden", 402.6, 418.2),
    ("Kultur- och fritidsnämnden", 168.2, 166.1),
    ("Miljö- och samhällsbyggnadsnämnden", 96.4, 93.9),
    ("Tekniska nämnden", 142.8, 144.0),
    ("Överförmyndarnämnden", 8.9, 9.4),
    ("Revisionen", 3.6, 3.6),
]


def build_pdf_delar(out):
    pdf = Doc("Falu kommun – Delårsrapport januari–augusti 2024", "Delårsrapport augusti 2024")
    pdf.add_page()
    pdf.set_font("DV", "B", 24)
    pdf.ln(60)
    pdf.multi_cell(0, 11, "Delårsrapport\njanuari–augusti 2024")
    pdf.set_font("DV", "", 12)
    pdf.ln(5)
    pdf.multi_cell(0, 7, "Falu kommun\nBehandlad av kommunfullmäktige den 17 oktober 2024")
    pdf.add_page()
    pdf.h1("Sammanfattning")
    pdf.p("Periodens resultat för januari–augusti 2024 uppgår till 96,4 miljoner kronor, vilket är 18,2 miljoner "
          "kronor lägre än motsvarande period 2023. Resultatet för helåret prognostiseras till 42,3 miljoner kronor, "
          "vilket är 9,7 miljoner kronor sämre än budget.")
    pdf.p("Nämnderna prognostiserar sammantaget ett underskott mot budget. Det största underskottet redovisar "
          "omsorgsnämnden, främst till följd av ökade kostnader för bemanningssjuksköterskor och fler "
          "hemtjänsttimmar än planerat. Socialnämnden redovisar ökade kostnader för placeringar av barn och unga.")
    pdf.p("Nettoinvesteringarna under perioden uppgår till 231,7 miljoner kronor. För helåret prognostiseras "
          "investeringar om 418,0 miljoner kronor, att jämföra med budgeterade 486,5 miljoner kronor.")
    pdf.h2("Personal")
    pdf.p("Antalet tillsvidareanställda uppgick den 31 augusti till 4 812 personer. Sjukfrånvaron för perioden "
          "var 7,9 procent, en minskning med 0,4 procentenheter jämfört med samma period föregående år.")
    pdf.h2("Nämndernas prognoser")
    w = [82, 28, 28, 28]
    hdr = [["Nämnd", "Budget", "Prognos", "Avvikelse"], ["", "2024", "2024", "mot budget"]]
    rows = []
    tb = tp = 0.0
    for n, b, pr in DEL:
        tb += b
        tp += pr
        rows.append(("row", [n, fmt(b), fmt(pr), fmt(b - pr)]))
    rows.append(("sum", ["Summa nämnder", fmt(tb), fmt(tp), fmt(tb - tp)]))
    pdf.table(w, hdr, rows, caption="Belopp i mnkr. Negativ avvikelse = underskott.")
    pdf.h2("Åtgärder")
    pdf.p("Kommunstyrelsen har beslutat om anställningsprövning för alla tjänster utom legitimerad personal. "
          "Omsorgsnämnden har tagit fram en handlingsplan som bedöms minska underskottet med 8 miljoner kronor "
          "under hösten.")
    pdf.output(out)
    return dict(tb=tb, tp=tp)


def build_html(out):
    skatt = [("Förskola", 14), ("Grundskola och förskoleklass", 22), ("Gymnasieskola och vuxenutbildning", 9),
             ("Äldreomsorg", 19), ("Stöd till personer med funktionsnedsättning", 12),
             ("Individ- och familjeomsorg", 8), ("Kultur och fritid", 5), ("Gator, parker och samhällsbyggnad", 6),
             ("Politik, administration och övrigt", 5)]
    assert sum(v for _, v in skatt) == 100
    table = html_table("Så fördelas 100 kronor i kommunalskatt 2025", ["Verksamhet", "Kronor av 100"],
                       [(a, str(b)) for a, b in skatt])
    body = f"""    <article>
    <h1>Så används din skatt</h1>
    <p class="lead">Den kommunala skatten i Falun är 22,08 kronor per intjänad hundralapp 2025. Utöver det betalar du 11,71 kronor till Region Dalarna, totalt 33,79 kronor.</p>
    <p>Skatteintäkterna är kommunens största inkomstkälla och finansierar förskola, skola, omsorg och mycket annat. Tabellen visar hur varje hundralapp i kommunalskatt fördelas mellan verksamheterna enligt Mål och budget 2025.</p>
{table}
    <h2>Exempel</h2>
    <p>En person som tjänar 32 000 kronor i månaden betalar ungefär 6 700 kronor i kommunalskatt varje månad, efter grundavdrag.</p>
    <p>Har du frågor om budgeten? Kontakta ekonomiavdelningen via Falu kommuns kontaktcenter, telefon 023-830 00.</p>
    <aside class="related"><h3>Relaterat</h3><ul><li><a href="#">Mål och budget 2025</a></li><li><a href="#">Årsredovisning 2023</a></li></ul></aside>
    </article>"""
    footer = """    <p>Falu kommun, 791 83 Falun. Besöksadress: Stadshuset, Stigaregatan 1. Telefon: 023-830 00.</p>
    <p><a href="#">Tillgänglighetsredogörelse</a> | <a href="#">Om kakor</a> | <a href="#">Behandling av personuppgifter</a></p>
    <p>© Falu kommun</p>"""
    html = html_page("Falu kommun", "Så används din skatt",
                     ["Barn och utbildning", "Omsorg och stöd", "Bygga, bo och miljö", "Kultur och fritid",
                      "Kommun och politik"],
                     ["Start", "Kommun och politik", "Ekonomi", "Så används din skatt"],
                     body, "Senast uppdaterad", "2024-12-09", footer)
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(html)


def build_docx(out):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    d.add_heading("Protokoll – Kommunstyrelsen", level=1)
    d.add_paragraph("Sammanträdesdatum: 2024-11-12")
    d.add_paragraph("Plats och tid: Stadshuset, sammanträdesrummet Kopparvågen, kl. 09.00–12.15")
    d.add_paragraph("Beslutande: Karin Ekholm (S), ordförande, Lars-Erik Mård (C), Johanna Berglöf (M), "
                    "Peter Sandell (SD), Anneli Rask (S), Olof Hedin (V), Maria Sjödin (KD) med flera enligt närvarolista.")
    d.add_paragraph("Justerare: Johanna Berglöf (M)")
    d.add_heading("§ 184 Val av justerare", level=2)
    d.add_paragraph("Kommunstyrelsen beslutar att utse Johanna Berglöf (M) att jämte ordföranden justera protokollet.")
    d.add_heading("§ 185 Mål och budget 2025 med plan för 2026–2027", level=2)
    d.add_paragraph("Dnr KS 2024/0412")
    d.add_paragraph("Ärendebeskrivning: Kommunledningsförvaltningen har tagit fram förslag till Mål och budget 2025 "
                    "med plan för 2026–2027. Förslaget innebär oförändrad skattesats på 22,08 kronor och ett budgeterat "
                    "resultat på 56,8 miljoner kronor.")
    d.add_paragraph("Yrkanden: Karin Ekholm (S) yrkar bifall till förvaltningens förslag. Johanna Berglöf (M) yrkar "
                    "bifall till Moderaternas budgetförslag med en skattesats på 21,93 kronor. Peter Sandell (SD) yrkar "
                    "bifall till Sverigedemokraternas budgetförslag.")
    d.add_paragraph("Beslutsgång: Ordföranden ställer förslagen mot varandra och finner att kommunstyrelsen beslutar "
                    "enligt förvaltningens förslag. Votering begärs och verkställs. Med 8 ja-röster mot 5 nej-röster "
                    "beslutar kommunstyrelsen enligt ordförandens förslag.")
    d.add_paragraph("Kommunstyrelsens förslag till kommunfullmäktige: 1. Skattesatsen för 2025 fastställs till 22,08 "
                    "kronor. 2. Mål och budget 2025 med plan för 2026–2027 antas. 3. Kommunstyrelsen får under 2025 "
                    "nyupprätta lån om högst 150 miljoner kronor.")
    d.add_paragraph("Reservation: Johanna Berglöf (M) och Maria Sjödin (KD) reserverar sig till förmån för eget "
                    "förslag. Peter Sandell (SD) reserverar sig skriftligen, bilaga 3.")
    d.add_paragraph("Tabell: Föreslagna ramförändringar 2025 jämfört med 2024 (tkr)")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Nämnd", "Pris- och löneuppräkning", "Volymförändring", "Effektivisering"]):
        c.text = txt
    data = [("Barn- och utbildningsnämnden", "45 100", "25 600", "-14 200"),
            ("Omsorgsnämnden", "39 200", "25 900", "-11 500"),
            ("Socialnämnden", "11 300", "8 600", "-2 700"),
            ("Kommunstyrelsen", "11 400", "0", "-2 100"),
            ("Tekniska nämnden", "4 000", "3 300", "-1 600"),
            ("Övriga nämnder", "6 800", "0", "-5 900"),
            ("Summa", "117 800", "63 400", "-38 000")]
    for r in data:
        cells = t.add_row().cells
        for c, txt in zip(cells, r):
            c.text = txt
    d.add_heading("§ 186 Taxor för avfallshantering 2025", level=2)
    d.add_paragraph("Dnr KS 2024/0398")
    d.add_paragraph("Kommunstyrelsen föreslår kommunfullmäktige att höja grundavgiften för avfallshantering med 6 procent "
                    "från den 1 januari 2025. Grundavgiften för en villa blir därmed 1 908 kronor per år.")
    d.add_paragraph("Beslutet är enhälligt.")
    d.add_heading("§ 187 Motion om gratis kollektivtrafik för pensionärer", level=2)
    d.add_paragraph("Dnr KS 2023/0611")
    d.add_paragraph("Olof Hedin (V) har i en motion föreslagit att invånare över 75 år ska få åka gratis med kollektivtrafiken "
                    "i Falun. Kostnaden har uppskattats till 3,2 miljoner kronor per år. Kommunstyrelsen föreslår "
                    "kommunfullmäktige att avslå motionen med hänvisning till det ekonomiska läget.")
    d.add_paragraph("Reservation: Olof Hedin (V) reserverar sig mot beslutet.")
    d.add_paragraph("Vid protokollet: Emma Lindgren, sekreterare")
    cp = d.core_properties
    cp.author = "Kommunledningsförvaltningen"
    cp.title = "Protokoll kommunstyrelsen 2024-11-12"
    cp.last_modified_by = "Kommunledningsförvaltningen"
    cp.revision = 1
    from lib import FIXED_DT
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    d.save(out)
    normalize_zip(out)


def build_xlsx(out):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Befolkning"
    ws["A1"] = "Befolkningsutveckling i Falu kommun 2019–2023"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Antal personer. Källa: SCB"
    hdr = ["År", "Folkmängd 31 dec", "Födda", "Döda", "Inflyttade", "Utflyttade", "Invandrade", "Utvandrade"]
    ws.append([])
    for i, h in enumerate(hdr, 1):
        ws.cell(row=4, column=i, value=h).font = Font(bold=True)
    pop = 57_459
    rows = [(2019, 598, 612, 2841, 2790, 455, 180),
            (2020, 581, 660, 2915, 2734, 318, 152),
            (2021, 606, 601, 3102, 2856, 402, 161),
            (2022, 572, 645, 3010, 2902, 611, 170),
            (2023, 549, 633, 2987, 2815, 533, 176)]
    r = 5
    for y, fo, do, inn, ut, inv, utv in rows:
        pop = pop + fo - do + inn - ut + inv - utv
        ws.append([y, pop, fo, do, inn, ut, inv, utv])
        r += 1
    ws.column_dimensions["A"].width = 8
    for col in "BCDEFGH":
        ws.column_dimensions[col].width = 16
    ws2 = wb.create_sheet("Nettokostnad")
    ws2["A1"] = "Nettokostnad per verksamhet, Falu kommun"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Kronor per invånare"
    ws2.append([])
    hdr2 = ["Verksamhet", "2021", "2022", "2023", "Riket 2023"]
    for i, h in enumerate(hdr2, 1):
        ws2.cell(row=4, column=i, value=h).font = Font(bold=True)
    data = [("Förskola", 11240, 11690, 12310, 12980),
            ("Grundskola inkl. förskoleklass", 19870, 20540, 21620, 21150),
            ("Gymnasieskola", 6980, 7210, 7440, 7620),
            ("Äldreomsorg", 21430, 22510, 23960, 22870),
            ("Funktionsnedsättning (LSS och SoL)", 10870, 11320, 11910, 10990),
            ("Individ- och familjeomsorg", 5120, 5340, 5810, 5630),
            ("Kultur och fritid", 3010, 3080, 3150, 3420)]
    for row in data:
        ws2.append(list(row))
    tot = ["Summa"] + [sum(x[i] for x in data) for i in range(1, 5)]
    ws2.append(tot)
    ws2.cell(row=ws2.max_row, column=1).font = Font(bold=True)
    ws2.column_dimensions["A"].width = 38
    wb.properties.creator = "Ekonomiavdelningen"
    from lib import FIXED_DT
    wb.properties.created = FIXED_DT.replace(tzinfo=None)
    wb.properties.modified = FIXED_DT.replace(tzinfo=None)
    wb.save(out)
    normalize_zip(out)
    return pop


PRESS = """# Falu kommun antar budget för 2025 – satsning på unga och äldreomsorg

**Pressmeddelande, Falu kommun, 26 november 2024**

Kommunfullmäktige i Falun antog i går kväll, den 25 november, Mål och budget 2025 med plan för 2026–2027. Skattesatsen lämnas oförändrad på 22,08 kronor.

– Vi tar ansvar för ekonomin i ett tufft läge och prioriterar skolan och äldreomsorgen, säger Karin Ekholm (S), kommunstyrelsens ordförande.

## Det här innehåller budgeten

- Budgeterat resultat på 56,8 miljoner kronor för 2025.
- Barn- och utbildningsnämnden får 56,5 miljoner kronor mer än i år.
- 4,7 miljoner kronor till feriearbeten och sommarjobb för unga.
- Investeringar om 401,6 miljoner kronor, bland annat nytt särskilt boende på Kvarnberget och en ny förskola i Hälsinggården.
- Effektiviseringar om 38 miljoner kronor.

Budgeten antogs efter votering med 37 röster mot 24. Moderaterna, Kristdemokraterna och Sverigedemokraterna hade egna budgetförslag.

Det nya särskilda boendet på Kvarnberget får 90 lägenheter och beräknas stå klart hösten 2026.

## Kontakt

Karin Ekholm (S), kommunstyrelsens ordförande, 023-830 01
Henrik Wallin, ekonomichef, 023-831 45
"""


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    info = {}
    info["budget"] = build_pdf_budget(os.path.join(outdir, "falun-mal-och-budget-2025.pdf"))
    info["delar"] = build_pdf_delar(os.path.join(outdir, "falun-delarsrapport-augusti-2024.pdf"))
    build_html(os.path.join(outdir, "falun-sa-anvands-din-skatt.html"))
    build_docx(os.path.join(outdir, "falun-ks-protokoll-2024-11-12.docx"))
    info["pop2023"] = build_xlsx(os.path.join(outdir, "falun-statistik-befolkning-nettokostnader.xlsx"))
    with open(os.path.join(outdir, "falun-pressmeddelande-budget-2025.md"), "w", encoding="utf-8") as fh:
        fh.write(PRESS)
    return info
