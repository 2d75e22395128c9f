"""Bengtsfors documents for blind-muni31 (invented figures)."""
import os

import openpyxl
from docx import Document
from docx.shared import Pt
from openpyxl.styles import Font

from common import MuniPDF, normalize_zip, sv

# ---------------------------------------------------------------- budget data
# Utfall 2024, Prognos 2025, Budget 2025, Budget 2026, Plan 2027, Plan 2028
RB = {
    "Verksamhetens intäkter": [168.2, 171.0, 165.5, 172.4, 175.8, 179.3],
    "Verksamhetens kostnader": [-846.9, -872.4, -861.0, -889.6, -908.3, -927.5],
    "Avskrivningar": [-31.4, -33.2, -33.5, -35.8, -37.9, -39.6],
    "Skatteintäkter": [478.5, 494.1, 497.0, 520.8, 537.2, 555.1],
    "Generella statsbidrag och utjämning": [243.9, 251.6, 248.3, 250.7, 254.0, 257.4],
    "Finansiella intäkter": [2.8, 2.5, 2.0, 2.0, 2.0, 2.0],
    "Finansiella kostnader": [-7.6, -8.7, -9.2, -10.4, -11.3, -12.1],
}


def derived():
    n = 6
    r = {}
    r["vnk"] = [round(RB["Verksamhetens intäkter"][i] + RB["Verksamhetens kostnader"][i] + RB["Avskrivningar"][i], 1) for i in range(n)]
    r["vr"] = [round(r["vnk"][i] + RB["Skatteintäkter"][i] + RB["Generella statsbidrag och utjämning"][i], 1) for i in range(n)]
    r["ref"] = [round(r["vr"][i] + RB["Finansiella intäkter"][i] + RB["Finansiella kostnader"][i], 1) for i in range(n)]
    return r


DRIFT = [  # tkr Budget 2025, Budget 2026
    ("Kommunfullmäktige", 3350, 3420),
    ("Revision", 1150, 1180),
    ("Valnämnden", 120, 850),
    ("Kommunstyrelsen", 138900, 142600),
    ("Barn- och utbildningsnämnden", 290100, 298450),
    ("Socialnämnden", 305400, 318900),
    ("Bygg- och miljönämnden", 9560, 9870),
]
FINANS_T = (-19580, -22270)

INVEST = [  # tkr Budget 2026, Plan 2027, Plan 2028
    ("Ombyggnad Bengtsfors simhall", [24000, 12000, 0]),
    ("Ny räddningsstation Billingsfors", [15500, 9000, 0]),
    ("Förskola Dals Långed, tillbyggnad", [8200, 0, 0]),
    ("Gator och vägar, beläggning", [4500, 4500, 4500]),
    ("VA-sanering Gustavsfors", [6800, 12000, 18000]),
    ("IT och digitalisering", [2400, 2500, 2500]),
    ("Inventarier skola och omsorg", [3000, 3000, 3000]),
    ("Övriga reinvesteringar", [4000, 9000, 13500]),
]

KF = {  # Budget 2026, Plan 2027, Plan 2028
    "avs": [1.2, 1.3, 1.4],
    "lan": [25.0, 5.0, 0.0],
    "amort": [-5.0, -5.0, -10.0],
    "lm_start": 38.5,
}


def f1(x):
    return sv(x, 1)


def build_budget(out):
    d = derived()
    pdf = MuniPDF("Budget och plan 2026–2028", "Bengtsfors kommun")
    pdf.add_page()
    pdf.ln(50)
    pdf.set_font("DejaVu", "B", 28)
    pdf.multi_cell(0, 14, "Budget och plan\n2026–2028")
    pdf.ln(5)
    pdf.set_font("DejaVu", "", 14)
    pdf.multi_cell(0, 8, "Bengtsfors kommun")
    pdf.set_font("DejaVu", "", 10)
    pdf.ln(4)
    pdf.multi_cell(0, 6, "Beslutad av kommunfullmäktige 2025-11-24, § 112")

    pdf.add_page()
    pdf.h1("Inledning")
    pdf.para("Bengtsfors kommun har under flera år haft svårt att nå de finansiella målen. Resultatet för 2024 "
             "blev 7,5 miljoner kronor och för 2025 pekar prognosen på ett ännu svagare resultat. Samtidigt "
             "ökar behoven inom äldreomsorgen och vi har stora investeringsbehov i simhall, räddningstjänst "
             "och vatten och avlopp.")
    pdf.para("Majoriteten – Centerpartiet, Socialdemokraterna och Liberalerna – har därför beslutat att höja "
             "kommunalskatten med 25 öre till 22,86 kronor från 2026. Skattehöjningen ger cirka 5,7 miljoner "
             "kronor i ökade skatteintäkter per år. Det är inget lätt beslut, men det behövs för att klara "
             "välfärden utan att skjuta underhållet framför oss.")
    pdf.para("Budgeten för 2026 visar ett resultat på 10,1 miljoner kronor. Vi ökar resultatet varje år i "
             "planperioden och når 14,6 miljoner kronor 2028.")
    pdf.para("Karin Sjölund (C)\nKommunstyrelsens ordförande")

    pdf.add_page()
    pdf.h1("Förutsättningar")
    pdf.h2("Befolkning")
    pdf.para("Den 31 december 2024 hade Bengtsfors kommun 9 140 invånare. Befolkningen minskar långsamt och "
             "budgeten bygger på 9 050 invånare år 2026. Andelen invånare som är 65 år eller äldre är 30 "
             "procent, vilket är bland de högsta andelarna i Västra Götaland.")
    pdf.h2("Skatteunderlag")
    pdf.para("Skatteintäkterna beräknas enligt SKR:s prognos från oktober 2025. Skatteunderlaget väntas växa "
             "med 3,6 procent 2026. Den kommunala skattesatsen höjs från 22,61 kronor till 22,86 kronor.")
    pdf.h2("Löner och priser")
    pdf.para("Budgeten räknar med löneökningar på 3,0 procent per år och prisökningar på 2,0 procent.")
    pdf.h2("Valår")
    pdf.para("2026 är valår. Valnämnden får därför en tillfälligt utökad ram för att genomföra valen till "
             "riksdag, region och kommun.")

    pdf.add_page()
    pdf.h1("Mål")
    pdf.para("Kommunfullmäktige har fastställt tre övergripande mål för mandatperioden: en god och likvärdig "
             "skola, en trygg vård och omsorg samt ett attraktivt Bengtsfors med fler arbetstillfällen.")
    pdf.h2("Finansiella mål")
    pdf.bullets(["Årets resultat ska över tid uppgå till minst 2 procent av skatteintäkter och generella statsbidrag.",
                 "Nettoinvesteringarna ska i genomsnitt inte överstiga 50 miljoner kronor per år.",
                 "Soliditeten ska inte understiga 30 procent."])
    pdf.para("Resultatet 2026 motsvarar 1,3 procent av skatteintäkter och generella statsbidrag. Målet om 2 "
             "procent nås inte under planperioden, men resultatet förbättras varje år. Soliditeten beräknas "
             "till 32 procent 2026.")

    pdf.add_page()
    pdf.h1("Ekonomiska ramar")
    pdf.para("Samtliga nämnder får ett effektiviseringskrav på 1,5 procent, vilket motsvarar 11,2 miljoner "
             "kronor. Effektiviseringarna ska i första hand ske genom digitalisering och samordning av lokaler.")
    pdf.para("Socialnämnden prognostiserar ett underskott på -6,8 miljoner kronor för 2025. För 2026 får "
             "nämnden ett tillskott på 9 miljoner kronor för ökade behov inom hemtjänst och särskilt boende.")
    pdf.para("Kommunstyrelsen får 600 000 kronor för höjda bidrag till föreningslivet. Barn- och "
             "utbildningsnämnden kompenseras för fler elever i gymnasieskolan.")
    pdf.para("Valnämndens ram höjs tillfälligt för valet i september 2026.")

    # resultatbudget landscape
    pdf.add_page(orientation="L")
    pdf.h1("Resultatbudget")
    pdf.para("Belopp i mnkr")
    hdr = [["", "Not", "Utfall", "Prognos", "Budget", "Budget", "Plan", "Plan"],
           ["", "", "2024", "2025", "2025", "2026", "2027", "2028"]]
    W = [82, 12, 28, 28, 28, 28, 28, 28]
    rows, bold = [], []

    def add(lab, vals, note="", b=False):
        if b:
            bold.append(len(rows))
        rows.append([lab, note] + [f1(v) for v in vals])
    add("Verksamhetens intäkter", RB["Verksamhetens intäkter"], "1")
    add("Verksamhetens kostnader", RB["Verksamhetens kostnader"], "2")
    add("Avskrivningar", RB["Avskrivningar"])
    add("Verksamhetens nettokostnader", d["vnk"], b=True)
    add("Skatteintäkter", RB["Skatteintäkter"], "3")
    add("Generella statsbidrag och utjämning", RB["Generella statsbidrag och utjämning"], "3")
    add("Verksamhetens resultat", d["vr"], b=True)
    add("Finansiella intäkter", RB["Finansiella intäkter"])
    add("Finansiella kostnader", RB["Finansiella kostnader"], "4")
    add("Årets resultat", d["ref"], b=True)
    pdf.table(hdr, rows, W, bold_rows=bold, size=9.5, rh=6.5)
    pdf.small("Not 1: Riktade statsbidrag ingår med 38,2 mnkr i budget 2026. Not 2: Varav personalkostnader "
              "579,0 mnkr i budget 2026. Not 3: Enligt SKR cirkulär 25:38. Not 4: Genomsnittlig låneränta 3,4 procent.")
    assert d["ref"][3] == 10.1 and d["ref"][5] == 14.6 and d["ref"][1] == 4.9

    # kassaflöde
    pdf.add_page()
    pdf.h1("Kassaflödesbudget")
    hdr = [["Belopp i mnkr", "Budget 2026", "Plan 2027", "Plan 2028"]]
    W = [92, 26, 26, 26]
    res = d["ref"][3:]
    avs = [-x for x in RB["Avskrivningar"][3:]]
    lop = [round(res[i] + avs[i] + KF["avs"][i], 1) for i in range(3)]
    inv = [-sum(v[i] for _, v in INVEST) / 1000 for i in range(3)]
    fin = [round(KF["lan"][i] + KF["amort"][i], 1) for i in range(3)]
    kf = [round(lop[i] + inv[i] + fin[i], 1) for i in range(3)]
    lm0 = [KF["lm_start"]]
    for i in range(3):
        lm0.append(round(lm0[-1] + kf[i], 1))
    rows = [["Den löpande verksamheten", "", "", ""],
            ["Årets resultat"] + [f1(x) for x in res],
            ["Justering för avskrivningar"] + [f1(x) for x in avs],
            ["Justering för avsättningar"] + [f1(x) for x in KF["avs"]],
            ["Medel från den löpande verksamheten"] + [f1(x) for x in lop],
            ["Investeringsverksamheten", "", "", ""],
            ["Investering i materiella anläggningstillgångar"] + [f1(x) for x in inv],
            ["Kassaflöde från investeringsverksamheten"] + [f1(x) for x in inv],
            ["Finansieringsverksamheten", "", "", ""],
            ["Nyupptagna lån"] + [f1(x) for x in KF["lan"]],
            ["Amortering av skuld"] + [f1(x) for x in KF["amort"]],
            ["Kassaflöde från finansieringsverksamheten"] + [f1(x) for x in fin],
            ["Årets kassaflöde"] + [f1(x) for x in kf],
            ["Likvida medel vid årets början"] + [f1(x) for x in lm0[:3]],
            ["Likvida medel vid årets slut"] + [f1(x) for x in lm0[1:]]]
    pdf.table(hdr, rows, W, bold_rows=(4, 7, 11, 12, 14), section_rows=(0, 5, 8), size=9, rh=6)
    pdf.para("Investeringarna 2026 finansieras delvis med nya lån på 25 miljoner kronor. Kommunens låneskuld "
             "beräknas uppgå till 275 miljoner kronor vid utgången av 2026.")
    assert lm0[1:] == [37.2, 35.9, 40.0], lm0

    # driftbudget
    pdf.add_page()
    pdf.h1("Driftbudget per nämnd")
    hdr = [["", "Budget", "Budget", "Förändring", "Förändring"],
           ["Nettokostnad, tkr", "2025", "2026", "tkr", "%"]]
    W = [66, 24, 24, 28, 28]
    rows = []
    s25 = s26 = 0
    for nm, a, b in DRIFT:
        rows.append([nm, sv(a, 0), sv(b, 0), sv(b - a, 0), sv(100 * (b - a) / a, 1)])
        s25 += a
        s26 += b
    rows.append(["Summa nämnder", sv(s25, 0), sv(s26, 0), sv(s26 - s25, 0), sv(100 * (s26 - s25) / s25, 1)])
    rows.append(["Finansförvaltning*", sv(FINANS_T[0], 0), sv(FINANS_T[1], 0), sv(FINANS_T[1] - FINANS_T[0], 0), ""])
    t25, t26 = s25 + FINANS_T[0], s26 + FINANS_T[1]
    rows.append(["Verksamhetens nettokostnad", sv(t25, 0), sv(t26, 0), sv(t26 - t25, 0), sv(100 * (t26 - t25) / t25, 1)])
    pdf.table(hdr, rows, W, bold_rows=(len(DRIFT), len(DRIFT) + 2), size=9, rh=6)
    pdf.small("* Finansförvaltningen innehåller pensioner, intern ränta och ofördelade medel. Negativt belopp = nettointäkt.")
    assert t25 == 729000 and t26 == 753000
    pdf.para("Valnämndens ram för 2026 är tillfälligt höjd på grund av valet och återgår till ordinarie nivå 2027.")

    # investeringsbudget
    pdf.add_page()
    pdf.h1("Investeringsbudget")
    pdf.para("Investeringsbudgeten för 2026 uppgår till 68,4 miljoner kronor, vilket är högre än det "
             "finansiella målet om högst 50 miljoner kronor i genomsnitt per år. Under planperioden är "
             "genomsnittet 54,0 miljoner kronor per år.")
    hdr = [["Belopp i tkr", "Budget 2026", "Plan 2027", "Plan 2028"]]
    W = [88, 27, 27, 27]
    rows = [[p] + [sv(x, 0) for x in v] for p, v in INVEST]
    tots = [sum(v[i] for _, v in INVEST) for i in range(3)]
    rows.append(["Summa investeringar"] + [sv(x, 0) for x in tots])
    pdf.table(hdr, rows, W, bold_rows=(len(rows) - 1,), size=9, rh=6)
    pdf.small("Ombyggnaden av simhallen har en total projektbudget på 36 000 tkr fördelat på 2026 och 2027. "
              "VA-investeringarna finansieras via VA-taxan.")
    assert tots == [68400, 52000, 41500]

    pdf.add_page()
    pdf.h1("Nämndernas uppdrag")
    for h, t in [
        ("Kommunstyrelsen", "Kommunstyrelsen ansvarar för ledning och administration, räddningstjänst, gator "
         "och parker, kultur och fritid samt näringsliv och turism. Under 2026 genomförs ombyggnaden av "
         "simhallen och byggnationen av den nya räddningsstationen i Billingsfors."),
        ("Barn- och utbildningsnämnden", "Nämnden ansvarar för förskola, fritidshem, grundskola, gymnasieskola, "
         "vuxenutbildning och kulturskola. Ordförande är Olof Brink (S). Tillbyggnaden av förskolan i Dals "
         "Långed ger 30 nya platser."),
        ("Socialnämnden", "Nämnden ansvarar för äldreomsorg, LSS, individ- och familjeomsorg och "
         "försörjningsstöd. Ordförande är Gunilla Ahl (L)."),
        ("Bygg- och miljönämnden", "Nämnden ansvarar för bygglov, miljö- och hälsoskydd och "
         "livsmedelskontroll."),
    ]:
        pdf.h2(h)
        pdf.para(t)

    pdf.add_page()
    pdf.h1("Personal och bolag")
    pdf.para("Kommunen har cirka 870 tillsvidareanställda. Kompetensförsörjningen är en av de största "
             "utmaningarna, särskilt inom vård och omsorg och för legitimerade lärare.")
    pdf.para("Det helägda bostadsbolaget Bengtsforshus AB äger cirka 1 100 lägenheter. Kommunfullmäktige "
             "beslutar om bolagets borgensram i samband med budgeten.")
    pdf.h2("Ord och begrepp")
    pdf.para("Nettokostnad: kostnader minus intäkter. Kassaflöde: förändring av likvida medel. Soliditet: "
             "eget kapital i förhållande till totala tillgångar.")
    pdf.output(out)


# ---------------------------------------------------------------- delårsrapport
DEL_RR = {  # Jan–aug 2025, Jan–aug 2024, Prognos 2025, Budget 2025
    "Verksamhetens intäkter": [112.4, 108.1, 171.0, 165.5],
    "Verksamhetens kostnader": [-568.3, -552.0, -872.4, -861.0],
    "Avskrivningar": [-21.9, -20.6, -33.2, -33.5],
    "Skatteintäkter": [331.2, 318.9, 494.1, 497.0],
    "Generella statsbidrag och utjämning": [167.5, 162.4, 251.6, 248.3],
    "Finansiella intäkter": [1.6, 1.9, 2.5, 2.0],
    "Finansiella kostnader": [-3.9, -4.8, -8.7, -9.2],
}
DEL_DRIFT = [  # mnkr Budget 2025, Prognos 2025
    ("Politisk verksamhet¹", 4.6, 4.5),
    ("Kommunstyrelsen", 138.9, 137.4),
    ("Barn- och utbildningsnämnden", 290.1, 292.3),
    ("Socialnämnden", 305.4, 312.2),
    ("Bygg- och miljönämnden", 9.6, 9.6),
]
DEL_FIN = (-19.6, -21.4)


def fp(x):
    return sv(x, 1, neg="paren")


def build_delar(out):
    pdf = MuniPDF("Bengtsfors kommun | Delårsrapport januari–augusti 2025", "Delårsrapport 2025")
    pdf.add_page()
    pdf.ln(55)
    pdf.set_font("DejaVu", "B", 26)
    pdf.multi_cell(0, 13, "Delårsrapport\njanuari–augusti 2025")
    pdf.set_font("DejaVu", "", 14)
    pdf.multi_cell(0, 8, "Bengtsfors kommun")
    pdf.set_font("DejaVu", "", 10)
    pdf.ln(4)
    pdf.multi_cell(0, 6, "Behandlad av kommunstyrelsen 2025-10-08 och kommunfullmäktige 2025-10-27")

    pdf.add_page()
    pdf.h1("Sammanfattning")
    pdf.para("Resultatet för perioden januari–augusti 2025 uppgår till 18,6 miljoner kronor. Periodresultatet "
             "är alltid högre än helårsresultatet eftersom semesterlöneskulden minskar under sommaren.")
    pdf.para("Prognosen för helåret är ett resultat på 4,9 miljoner kronor, vilket är 4,2 miljoner kronor "
             "sämre än budgeterat. Nämnderna prognostiserar tillsammans ett underskott på 7,4 miljoner kronor, "
             "där socialnämnden står för den största delen.")
    pdf.para("Balanskravet väntas uppfyllas, men det finansiella målet om ett resultat på 2 procent av "
             "skatteintäkter och generella statsbidrag nås inte 2025.")
    pdf.h2("Väsentliga händelser")
    pdf.bullets(["Beslut om ombyggnad av simhallen i Bengtsfors togs i maj.",
                 "Upphandlingen av den nya räddningsstationen i Billingsfors har påbörjats.",
                 "Kommunen har fått 2,1 miljoner kronor i statsbidrag för att korta vårdköerna inom äldreomsorgen.",
                 "Ett nytt avtal om gymnasiesamverkan i Dalsland har tecknats."])

    pdf.add_page()
    pdf.h1("Resultaträkning")
    hdr = [["", "Jan–aug", "Jan–aug", "Prognos", "Budget"], ["Belopp i mnkr", "2025", "2024", "2025", "2025"]]
    W = [78, 23, 23, 23, 23]
    rr = DEL_RR
    n = 4
    vnk = [round(rr["Verksamhetens intäkter"][i] + rr["Verksamhetens kostnader"][i] + rr["Avskrivningar"][i], 1) for i in range(n)]
    vr = [round(vnk[i] + rr["Skatteintäkter"][i] + rr["Generella statsbidrag och utjämning"][i], 1) for i in range(n)]
    ref = [round(vr[i] + rr["Finansiella intäkter"][i] + rr["Finansiella kostnader"][i], 1) for i in range(n)]
    rows = []
    for lab, vals in [("Verksamhetens intäkter", rr["Verksamhetens intäkter"]),
                      ("Verksamhetens kostnader", rr["Verksamhetens kostnader"]),
                      ("Avskrivningar", rr["Avskrivningar"]),
                      ("Verksamhetens nettokostnader", vnk),
                      ("Skatteintäkter", rr["Skatteintäkter"]),
                      ("Generella statsbidrag och utjämning", rr["Generella statsbidrag och utjämning"]),
                      ("Verksamhetens resultat", vr),
                      ("Finansiella intäkter", rr["Finansiella intäkter"]),
                      ("Finansiella kostnader", rr["Finansiella kostnader"]),
                      ("Periodens/årets resultat", ref)]:
        rows.append([lab] + [fp(v) for v in vals])
    pdf.table(hdr, rows, W, bold_rows=(3, 6, 9), size=9, rh=6)
    pdf.small("Negativa belopp anges inom parentes.")
    assert ref == [18.6, 13.9, 4.9, 9.1], ref

    pdf.h1("Driftredovisning")
    pdf.para("Tabellen visar nämndernas budget och prognos för helåret 2025, belopp i mnkr. Negativ avvikelse "
             "innebär underskott mot budget.")
    hdr = [["Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse"]]
    W = [80, 28, 28, 28]
    rows = []
    sb = sp = 0.0
    for nm, b, p in DEL_DRIFT:
        rows.append([nm, fp(b), fp(p), fp(round(b - p, 1))])
        sb, sp = round(sb + b, 1), round(sp + p, 1)
    rows.append(["Summa nämnder", fp(sb), fp(sp), fp(round(sb - sp, 1))])
    rows.append(["Finansförvaltning", fp(DEL_FIN[0]), fp(DEL_FIN[1]), fp(round(DEL_FIN[0] - DEL_FIN[1], 1))])
    tb, tp = round(sb + DEL_FIN[0], 1), round(sp + DEL_FIN[1], 1)
    rows.append(["Verksamhetens nettokostnad", fp(tb), fp(tp), fp(round(tb - tp, 1))])
    pdf.table(hdr, rows, W, bold_rows=(5, 7), size=9, rh=6)
    pdf.small("¹ Kommunfullmäktige, revision och valnämnd.")
    assert (tb, tp) == (729.0, 734.6), (tb, tp)

    pdf.add_page()
    pdf.h1("Investeringar")
    pdf.para("Under januari–augusti har kommunen investerat 21,3 miljoner kronor av årets budget på 58,0 "
             "miljoner kronor. Prognosen för helåret är 46,5 miljoner kronor. Flera projekt har försenats, "
             "bland annat räddningsstationen i Billingsfors där upphandlingen har överklagats.")
    pdf.h1("Personal")
    pdf.para("Sjukfrånvaron under perioden januari–augusti var 8,1 procent, jämfört med 8,6 procent under "
             "samma period 2024. Antalet tillsvidareanställda var 868 den 31 augusti.")
    pdf.h1("Befolkning")
    pdf.para("Den 30 juni 2025 hade Bengtsfors kommun 9 087 invånare, en minskning med 53 personer sedan "
             "årsskiftet.")
    pdf.output(out)


# ---------------------------------------------------------------- html
def build_html(out):
    nyck = [("Årets resultat, mnkr", "14,2", "9,8", "7,5"),
            ("Resultat i % av skatter och statsbidrag", "2,2", "1,4", "1,0"),
            ("Nettoinvesteringar, mnkr", "41,6", "52,3", "47,9"),
            ("Soliditet, %", "35,2", "34,1", "33,0"),
            ("Låneskuld, mnkr", "210,0", "235,0", "255,0"),
            ("Folkmängd 31 december", "9 310", "9 205", "9 140"),
            ("Kommunal skattesats, kr", "22,61", "22,61", "22,61")]
    rows = "\n".join(f"            <tr><th scope=\"row\">{a}</th><td>{b}</td><td>{c}</td><td>{e}</td></tr>" for a, b, c, e in nyck)
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Finansiell information | Bengtsfors kommun</title>
<style>.cookie{{position:fixed;bottom:0}} table td{{text-align:right}}</style>
</head>
<body>
<div class="cookie" id="cookieconsent">
  <p>Bengtsfors.se använder kakor. Genom att fortsätta godkänner du att vi använder kakor. <a href="/kakor">Mer information</a></p>
  <button type="button">Jag förstår</button>
</div>
<header class="site-header">
  <div class="logo"><a href="/">Bengtsfors kommun</a></div>
  <nav aria-label="Huvudmeny">
    <a href="/omsorg">Omsorg och hjälp</a>
    <a href="/skola">Förskola och skola</a>
    <a href="/bo">Bo, bygga och miljö</a>
    <a href="/uppleva">Uppleva och göra</a>
    <a href="/naringsliv">Näringsliv och arbete</a>
    <a href="/kommun">Kommun och politik</a>
  </nav>
  <a class="lyssna" href="#">Lyssna</a> <a href="/other-languages">Other languages</a>
</header>
<nav class="breadcrumb"><a href="/">Startsida</a> › <a href="/kommun">Kommun och politik</a> › <a href="/kommun/ekonomi">Ekonomi</a> › Finansiell information</nav>
<main id="content">
  <h1>Finansiell information</h1>
  <p class="lead">Här hittar du Bengtsfors kommuns viktigaste ekonomiska nyckeltal, budget och årsredovisningar.</p>
  <div class="news">
    <h2>Nyhet: Skatten höjs 2026</h2>
    <p>Kommunfullmäktige beslutade den 24 november 2025 om budget och plan för 2026–2028. Kommunalskatten höjs med 25 öre till 22,86 kronor från den 1 januari 2026.</p>
  </div>
  <h2>Nyckeltal 2022–2024</h2>
  <table>
    <caption>Nyckeltal enligt årsredovisningarna</caption>
    <thead>
      <tr><th>Nyckeltal</th><th>2022</th><th>2023</th><th>2024</th></tr>
    </thead>
    <tbody>
{rows}
    </tbody>
  </table>
  <p>Resultatet har försämrats de senaste åren, framför allt på grund av ökade kostnader för pensioner och äldreomsorg. Kommunen uppfyller balanskravet samtliga år.</p>
  <h2>Dokument</h2>
  <ul>
    <li><a href="/download/budget-och-plan-2026-2028.pdf">Budget och plan 2026–2028 (pdf)</a></li>
    <li><a href="/download/delarsrapport-2025.pdf">Delårsrapport januari–augusti 2025 (pdf)</a></li>
    <li><a href="/download/arsredovisning-2024.pdf">Årsredovisning 2024 (pdf)</a></li>
  </ul>
  <p>Har du frågor om kommunens ekonomi? Kontakta ekonomichef Peter Sandberg via kommunens kontaktcenter.</p>
  <p class="dates">Publicerad 2025-05-20 · Senast uppdaterad 2025-11-28</p>
</main>
<footer>
  <p>Bengtsfors kommun · Box 14 · 666 21 Bengtsfors · Telefon 0531-526 000</p>
  <p>Organisationsnummer 212000-1462</p>
  <p><a href="/tillganglighet">Tillgänglighet</a> | <a href="/kakor">Om kakor</a> | <a href="/gdpr">Behandling av personuppgifter</a></p>
</footer>
</body>
</html>
"""
    with open(out, "w", encoding="utf-8") as f:
        f.write(html)


# ---------------------------------------------------------------- docx
MSD = {"Kommunstyrelsen": 137900, "Barn- och utbildningsnämnden": 296200, "Socialnämnden": 315400}


def build_docx(out):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10.5)
    cp = doc.core_properties
    cp.author = "Kanslienheten"
    cp.title = "Protokollsutdrag kommunfullmäktige 2025-11-24"
    cp.revision = 1
    doc.add_heading("Kommunfullmäktige – protokollsutdrag", level=0)
    doc.add_paragraph("Bengtsfors kommun")
    doc.add_paragraph("Sammanträdesdatum 2025-11-24, Folkets hus, Bengtsfors, kl. 18.00–21.35")
    doc.add_paragraph("Ordförande: Bertil Hamberg (C). Sekreterare: Lina Öhman. Antal närvarande ledamöter: 31.")

    doc.add_heading("§ 112 Budget och plan 2026–2028", level=1)
    doc.add_paragraph("Dnr KS 2025/204")
    doc.add_paragraph("Kommunstyrelsen har lämnat förslag till budget och plan för 2026–2028. Förslaget innebär "
                      "att skattesatsen höjs med 25 öre till 22,86 kronor. Moderaterna och Sverigedemokraterna "
                      "har lämnat ett gemensamt alternativt budgetförslag med oförändrad skattesats, 22,61 kronor, "
                      "och lägre ramar för kommunstyrelsen, barn- och utbildningsnämnden och socialnämnden.")
    doc.add_paragraph("Ramar 2026 enligt förslagen, belopp i tkr:")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Nämnd", "Kommunstyrelsens förslag", "M och SD:s förslag"]):
        c.text = h
    s1 = s2 = 0
    for nm, _, b in DRIFT:
        m = MSD.get(nm, b)
        r = t.add_row().cells
        r[0].text, r[1].text, r[2].text = nm, sv(b, 0), sv(m, 0)
        s1 += b
        s2 += m
    r = t.add_row().cells
    r[0].text, r[1].text, r[2].text = "Summa", sv(s1, 0), sv(s2, 0)
    doc.add_paragraph("")
    doc.add_paragraph("Yrkanden", style="Heading 3")
    doc.add_paragraph("Karin Sjölund (C) yrkar bifall till kommunstyrelsens förslag. Fredrik Nord (M) och "
                      "Annika Lund (SD) yrkar bifall till M och SD:s budgetförslag.")
    doc.add_paragraph("Omröstning", style="Heading 3")
    doc.add_paragraph("Omröstning begärs och verkställs. Med 19 röster för kommunstyrelsens förslag mot 12 "
                      "röster för M och SD:s förslag beslutar kommunfullmäktige enligt kommunstyrelsens förslag.")
    doc.add_paragraph("Beslut", style="Heading 3")
    doc.add_paragraph("Kommunfullmäktige beslutar att fastställa budget och plan 2026–2028 enligt "
                      "kommunstyrelsens förslag, att fastställa skattesatsen för 2026 till 22,86 kronor, och att "
                      "kommunstyrelsen under 2026 får uppta nya lån på högst 25 miljoner kronor.")
    doc.add_paragraph("Reservation", style="Heading 3")
    doc.add_paragraph("Ledamöterna för Moderaterna och Sverigedemokraterna reserverar sig mot beslutet till "
                      "förmån för eget förslag.")

    doc.add_heading("§ 113 Borgensram för Bengtsforshus AB", level=1)
    doc.add_paragraph("Dnr KS 2025/187")
    doc.add_paragraph("Bengtsforshus AB planerar energieffektivisering av bostadsbeståndet och behöver utöka sin "
                      "upplåning. Bolaget har begärt att borgensramen höjs från 150 miljoner kronor till 180 "
                      "miljoner kronor. Borgensavgiften är 0,4 procent.")
    doc.add_paragraph("Beslut", style="Heading 3")
    doc.add_paragraph("Kommunfullmäktige beslutar att höja kommunens borgensram för Bengtsforshus AB till "
                      "180 miljoner kronor.")

    doc.add_heading("§ 114 Taxor för vatten och avlopp 2026", level=1)
    doc.add_paragraph("Dnr KS 2025/199")
    doc.add_paragraph("För att finansiera VA-saneringen i Gustavsfors och ökade driftskostnader föreslås att "
                      "brukningsavgiften höjs med 8 procent från den 1 januari 2026.")
    doc.add_paragraph("Beslut", style="Heading 3")
    doc.add_paragraph("Kommunfullmäktige beslutar att anta VA-taxa 2026 enligt förslaget.")

    doc.add_heading("§ 115 Val av ersättare i socialnämnden", level=1)
    doc.add_paragraph("Kommunfullmäktige väljer Jenny Carlsson (S) till ersättare i socialnämnden efter "
                      "Roger Dahl (S), som har avsagt sig uppdraget.")
    doc.add_paragraph("")
    doc.add_paragraph("Justerat 2025-11-28. Rätt utdraget intygar: Lina Öhman")
    doc.save(out)
    normalize_zip(out)


# ---------------------------------------------------------------- xlsx
VERKS = [  # (nämnd, [(verksamhet, utfall 2024, budget 2025, budget 2026)])
    ("Kommunstyrelsen", [
        ("Räddningstjänst", 16900, 17600, 18300),
        ("Gator och parker", 20400, 21200, 21700),
        ("Kultur och fritid", 23800, 24300, 24900),
        ("Näringsliv och turism", 5700, 6000, 6200),
        ("Kommunledning och administration", 67100, 69800, 71500)]),
    ("Barn- och utbildningsnämnden", [
        ("Förskola", 74800, 76100, 78200),
        ("Fritidshem", 11900, 12300, 12650),
        ("Grundskola F–9", 134600, 137500, 141300),
        ("Gymnasieskola", 50200, 51400, 52900),
        ("Vuxenutbildning", 7600, 8100, 8400),
        ("Kulturskola", 4500, 4700, 5000)]),
    ("Socialnämnden", [
        ("Särskilt boende", 126300, 127900, 132400),
        ("Hemtjänst", 80100, 81600, 86300),
        ("LSS", 54900, 56200, 58700),
        ("Individ- och familjeomsorg", 31700, 30800, 32100),
        ("Försörjningsstöd", 9600, 8900, 9400)]),
]
SKATT = [(2020, 22.36), (2021, 22.36), (2022, 22.61), (2023, 22.61), (2024, 22.61), (2025, 22.61), (2026, 22.86)]


def build_xlsx(out):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Verksamheter"
    ws.append(["Bengtsfors kommun – nettokostnad per verksamhet"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Belopp i tkr"])
    ws.append(["Verksamhet", "Utfall 2024", "Budget 2025", "Budget 2026"])
    for c in ws[3]:
        c.font = Font(bold=True)
    tot = [0, 0, 0]
    budget = {nm: (a, b) for nm, a, b in DRIFT}
    for nm, items in VERKS:
        ws.append([nm])
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        s = [0, 0, 0]
        for v, a, b, c in items:
            ws.append([v, a, b, c])
            s = [s[0] + a, s[1] + b, s[2] + c]
        ws.append([f"Summa {nm[0].lower() + nm[1:]}"] + s)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        assert (s[1], s[2]) == budget[nm], (nm, s)
        tot = [tot[i] + s[i] for i in range(3)]
    ws.append(["Totalt tre nämnder", *tot])
    ws.cell(ws.max_row, 1).font = Font(bold=True)
    ws.column_dimensions["A"].width = 40
    ws2 = wb.create_sheet("Skattesats")
    ws2.append(["Skattesats i Bengtsfors 2020–2026"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["Kronor per 100 kr beskattningsbar inkomst"])
    ws2.append(["År", "Kommunen", "Västra Götalandsregionen", "Total skattesats"])
    for y, k in SKATT:
        ws2.append([y, k, 11.48, round(k + 11.48, 2)])
    wb.properties.creator = "Bengtsfors kommun"
    wb.save(out)
    normalize_zip(out)


# ---------------------------------------------------------------- press release
def build_txt(out):
    text = """PRESSMEDDELANDE
Bengtsfors kommun, 8 december 2025

Simhallen i Bengtsfors stänger för ombyggnad

Simhallen i Bengtsfors stänger den 1 februari 2026 för en omfattande ombyggnad. Enligt tidplanen
öppnar den igen hösten 2027.

Ombyggnaden omfattar nya bassänger, ny reningsteknik, tillgänglighetsanpassade omklädningsrum och en
ny undervisningsbassäng med höj- och sänkbar botten. Den totala kostnaden beräknas till 36 miljoner
kronor och ingår i kommunens investeringsbudget.

Under stängningen får elever i årskurs 3–6 simundervisning i Åmåls badhus. Kommunen avsätter 450 000
kronor för busstransporter till och från Åmål.

"Simhallen är över 45 år gammal och tekniken är slutkörd. Med ombyggnaden får vi en modern anläggning
för skolsim, föreningar och allmänhet i många år framåt", säger Karin Sjölund (C), kommunstyrelsens
ordförande.

Årskort som gäller under stängningen förlängs automatiskt med motsvarande tid.

För mer information:
Nils Rydén, fritidschef, 0531-526 140
Karin Sjölund (C), kommunstyrelsens ordförande, 0531-526 010
"""
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    build_budget(os.path.join(outdir, "budget-och-plan-2026-2028.pdf"))
    build_delar(os.path.join(outdir, "delarsrapport-jan-aug-2025.pdf"))
    build_html(os.path.join(outdir, "finansiell-information.html"))
    build_docx(os.path.join(outdir, "protokollsutdrag-kf-2025-11-24.docx"))
    build_xlsx(os.path.join(outdir, "nettokostnad-per-verksamhet.xlsx"))
    build_txt(os.path.join(outdir, "pressmeddelande-simhallen.txt"))
