"""Invented but internally consistent data for the muni_blind10 corpus (Mjölby, Härjedalen)."""
from decimal import Decimal as D, ROUND_HALF_UP

OUT = "/work/main/evals/corpora/blind-muni10"
REL = "evals/corpora/blind-muni10"


def q(x, dec=1):
    return D(x).quantize(D(1).scaleb(-dec), rounding=ROUND_HALF_UP)


def sv(x, dec=1, neg="minus", plus=False):
    """Swedish number format: space thousands, comma decimals."""
    x = q(x, dec)
    a = abs(x)
    s = f"{a:,.{dec}f}".replace(",", " ").replace(".", ",")
    if x < 0:
        if neg == "minus":
            return "\u2212" + s
        if neg == "hyphen":
            return "-" + s
        if neg == "paren":
            return "(" + s + ")"
    if plus and x > 0:
        return "+" + s
    return s


# ---------------------------------------------------------------- MJÖLBY
M_YEARS = ["Bokslut 2023", "Budget 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
YK = [2023, 2024, 2025, 2026, 2027]


def row(*vals):
    return [D(v) for v in vals]


M_NAMNDER = [
    ("Kommunfullmäktige och revision", row("-4.8", "-5.1", "-5.3", "-5.4", "-5.5")),
    ("Kommunstyrelsen", row("-148.6", "-156.2", "-161.9", "-164.0", "-166.8")),
    ("Utbildningsnämnden", row("-812.4", "-846.9", "-861.1", "-874.5", "-889.0")),
    ("Socialnämnden", row("-678.3", "-702.5", "-724.8", "-741.2", "-758.6")),
    ("Samhällsbyggnadsnämnden", row("-92.7", "-97.4", "-99.8", "-101.5", "-103.1")),
    ("Kultur- och fritidsnämnden", row("-71.2", "-74.0", "-75.6", "-76.9", "-78.3")),
    ("Miljö- och byggnämnden", row("-10.9", "-11.8", "-12.3", "-12.6", "-12.9")),
    ("Överförmyndarnämnden", row("-3.9", "-4.2", "-4.4", "-4.5", "-4.6")),
]
M_FINANS = [
    ("Pensioner, centralt", row("-31.4", "-34.0", "-36.2", "-38.1", "-39.7")),
    ("Intern ränta, kapitaltjänst", row("24.8", "26.1", "27.5", "28.9", "30.0")),
    ("Reserv löneökningar och oförutsett", row("0.0", "-2.0", "-8.0", "-20.0", "-48.0")),
]


def colsum(rows):
    return [sum(r[1][i] for r in rows) for i in range(5)]


M_SUM_NAMNDER = colsum(M_NAMNDER)
M_SUM_FINANS = colsum(M_FINANS)
M_NETTO = [a + b for a, b in zip(M_SUM_NAMNDER, M_SUM_FINANS)]

M_INTAKTER = row("452.7", "431.0", "446.2", "455.1", "464.2")
M_AVSKR = row("118.4", "124.0", "131.6", "138.2", "143.9")
M_KOSTNADER = [n - i + a for n, i, a in zip(M_NETTO, M_INTAKTER, M_AVSKR)]  # negative
M_SKATT = row("1395.6", "1447.8", "1512.4", "1566.9", "1624.1")
M_BIDRAG = row("456.2", "477.5", "492.3", "501.8", "515.6")
M_VRES = [n + s + b for n, s, b in zip(M_NETTO, M_SKATT, M_BIDRAG)]
M_FININT = row("9.8", "7.5", "7.9", "8.1", "8.3")
M_FINKOST = row("-14.7", "-18.9", "-21.6", "-24.3", "-26.8")
M_RES = [v + i + k for v, i, k in zip(M_VRES, M_FININT, M_FINKOST)]

# investments (mnkr) 2023, 2024 given; 2025-27 from project list (tkr)
M_INV_PROJ = [
    ("Kommunstyrelsen", [
        ("IT-infrastruktur och nätverk", 4500, 4000, 4000),
        ("Digitaliseringsprojekt", 2500, 2500, 2000),
        ("Inventarier kommunhuset", 800, 500, 500),
        ("Strategiska markförvärv", 5000, 5000, 5000),
    ]),
    ("Utbildningsnämnden", [
        ("Inventarier och IT grundskola", 3200, 3200, 3200),
        ("Inventarier förskola Västra Mjölby", 1800, 0, 0),
        ("Elevdatorer gymnasieskolan", 2100, 2100, 2100),
        ("Utemiljö förskolor", 1000, 1000, 1000),
    ]),
    ("Socialnämnden", [
        ("Välfärdsteknik och trygghetslarm", 2400, 1800, 1500),
        ("Inventarier särskilt boende", 1200, 2600, 900),
        ("Hjälpmedel och arbetsmiljö", 900, 900, 900),
    ]),
    ("Samhällsbyggnadsnämnden", [
        ("Ny förskola Västra Mjölby", 48000, 22000, 0),
        ("Skänninge skola, om- och tillbyggnad", 36500, 41000, 12000),
        ("Nytt särskilt boende Mantorp", 15000, 62000, 58000),
        ("Reinvestering kommunala fastigheter", 18000, 18000, 18000),
        ("Energieffektivisering och solceller", 6500, 6000, 5000),
        ("Gång- och cykelväg Mantorp–Mjölby", 9800, 7200, 0),
        ("Reinvestering gator och vägar", 14000, 14000, 14500),
        ("Trafiksäkerhetsåtgärder", 2000, 2000, 2000),
        ("Gatubelysning, byte till LED", 3500, 3000, 2500),
        ("Dagvatten och klimatanpassning", 4200, 5500, 6000),
        ("Parker och lekplatser", 2800, 2500, 2500),
        ("Resecentrum Mjölby, etapp 2", 12500, 8000, 0),
        ("Exploatering Viby verksamhetsområde", 7000, 9000, 6000),
    ]),
    ("Kultur- och fritidsnämnden", [
        ("Konstgräsplan Skänninge IP", 6500, 0, 0),
        ("Reinvestering idrottsanläggningar", 2500, 2500, 2500),
        ("Inventarier bibliotek", 400, 400, 400),
        ("Spontanidrottsplats Mantorp", 0, 3200, 0),
    ]),
    ("Miljö- och byggnämnden", [
        ("Mätinstrument och IT-system", 300, 100, 100),
    ]),
]
M_INV_SECT = {n: [sum(p[i] for p in ps) for i in (1, 2, 3)] for n, ps in M_INV_PROJ}
M_INV_TOT = [sum(M_INV_SECT[n][i] for n in M_INV_SECT) for i in range(3)]
M_INV = [D("246.8"), D("268.5")] + [q(D(t) / 1000) for t in M_INV_TOT]

# balance / cash flow
M_NEWLOAN = row("120.0", "150.0", "130.0", "90.0", "0.0")
M_AMORT = row("40.0", "40.0", "40.0", "40.0", "40.0")
B22 = dict(ek=D("1062.7"), ma=D("2298.4"), immat=D("3.1"), fin=D("212.4"), ford=D("205.3"),
           kassa=D("88.6"), avs=D("91.8"), L=D("1080.0"))
B22["kort"] = B22["ma"] + B22["immat"] + B22["fin"] + B22["ford"] + B22["kassa"] - B22["ek"] - B22["avs"] - B22["L"]
M_FORD = row("198.7", "190.0", "190.0", "190.0", "190.0")
M_AVS = row("96.3", "101.2", "106.8", "112.5", "118.0")
M_KORT = row("561.0", "555.0", "555.0", "555.0", "555.0")
M_MASK = row("142.6", "145.0", "148.5", "151.0", "153.2")
M_BAL = []
M_CF = []
prev = dict(B22)
for i in range(5):
    b = {}
    b["ek"] = prev["ek"] + M_RES[i]
    b["ma"] = prev["ma"] + M_INV[i] - M_AVSKR[i]
    b["immat"], b["fin"] = prev["immat"], prev["fin"]
    b["ford"], b["avs"], b["kort"] = M_FORD[i], M_AVS[i], M_KORT[i]
    b["L"] = prev["L"] + M_NEWLOAN[i] - M_AMORT[i]
    cf = {}
    cf["res"] = M_RES[i]
    cf["avskr"] = M_AVSKR[i]
    cf["avs"] = b["avs"] - prev["avs"]
    cf["ford"] = -(b["ford"] - prev["ford"])
    cf["kort"] = b["kort"] - prev["kort"]
    cf["lop"] = cf["res"] + cf["avskr"] + cf["avs"] + cf["ford"] + cf["kort"]
    cf["inv"] = -M_INV[i]
    cf["invsum"] = -M_INV[i]
    cf["lan"] = M_NEWLOAN[i]
    cf["amort"] = -M_AMORT[i]
    cf["finsum"] = cf["lan"] + cf["amort"]
    cf["kf"] = cf["lop"] + cf["invsum"] + cf["finsum"]
    cf["ib"] = prev["kassa"]
    cf["ub"] = prev["kassa"] + cf["kf"]
    b["kassa"] = cf["ub"]
    b["byggn"] = b["ma"] - M_MASK[i]
    b["mask"] = M_MASK[i]
    b["anl"] = b["immat"] + b["ma"] + b["fin"]
    b["oms"] = b["ford"] + b["kassa"]
    b["tot"] = b["anl"] + b["oms"]
    b["skulder"] = b["L"] + b["kort"]
    b["totek"] = b["ek"] + b["avs"] + b["skulder"]
    assert b["tot"] == b["totek"], (i, b)
    assert b["kassa"] > 0
    M_BAL.append(b)
    M_CF.append(cf)
    prev = b

# tax table (Budget 2024 .. Plan 2027)
M_TAX = {
    "Kommunalskatt": row("1452.1", "1508.9", "1563.4", "1620.6"),
    "Slutavräkning": row("-4.3", "3.5", "3.5", "3.5"),
    "Inkomstutjämning": row("338.4", "352.7", "362.1", "373.0"),
    "Kostnadsutjämning": row("41.2", "38.9", "37.5", "37.5"),
    "Regleringsbidrag/-avgift": row("-3.1", "4.6", "3.2", "2.1"),
    "LSS-utjämning": row("18.6", "19.4", "19.4", "19.4"),
    "Fastighetsavgift": row("70.8", "73.9", "76.0", "78.1"),
}
M_TAX["Generella bidrag från staten"] = [M_BIDRAG[i + 1] - sum(M_TAX[k][i] for k in ["Inkomstutjämning", "Kostnadsutjämning", "Regleringsbidrag/-avgift", "LSS-utjämning", "Fastighetsavgift"]) for i in range(4)]
for i in range(4):
    assert M_TAX["Kommunalskatt"][i] + M_TAX["Slutavräkning"][i] == M_SKATT[i + 1]

M_POP = [(2019, 27780), (2020, 27995), (2021, 28232), (2022, 28418), (2023, 28612), (2024, 28790), (2025, 28950)]
M_SKATTESATS = {2019: "21,90", 2020: "21,90", 2021: "21,90", 2022: "21,90", 2023: "21,90", 2024: "22,15", 2025: "22,15"}

# financial targets
M_RESPCT = [q(M_RES[i] / (M_SKATT[i] + M_BIDRAG[i]) * 100) for i in range(5)]
M_SJF = [q((M_RES[i] + M_AVSKR[i]) / M_INV[i] * 100, 0) for i in range(5)]
M_SOL = [q(M_BAL[i]["ek"] / M_BAL[i]["tot"] * 100) for i in range(5)]

M_SKATT100 = [("Förskola, grundskola och gymnasium", 43), ("Äldreomsorg, funktionsstöd och socialtjänst", 36),
              ("Kommunstyrelsen och gemensam service", 8), ("Gator, parker och fastigheter", 5),
              ("Kultur och fritid", 4), ("Politik, miljö, bygg och övrigt", 4)]
assert sum(v for _, v in M_SKATT100) == 100

M_FORENING = [
    ("Mjölby Simsällskap", "Mjölby", "Aktivitetsstöd", 64200),
    ("Mjölby AI FF", "Mjölby", "Aktivitetsstöd", 98500),
    ("Skänninge IK", "Skänninge", "Aktivitetsstöd", 41300),
    ("Skänninge IK", "Skänninge", "Anläggningsbidrag", 85000),
    ("Mantorps IF", "Mantorp", "Aktivitetsstöd", 37800),
    ("Mantorps IF", "Mantorp", "Anläggningsbidrag", 62000),
    ("Mjölby Ryttarförening", "Mjölby", "Anläggningsbidrag", 120000),
    ("Mjölby Schackklubb", "Mjölby", "Aktivitetsstöd", 6400),
    ("Mjölby Konstförening", "Mjölby", "Kulturbidrag", 18000),
    ("Skänninge Hembygdsförening", "Skänninge", "Kulturbidrag", 25000),
    ("Föreningen Mjölby Blues", "Mjölby", "Arrangemangsbidrag", 35000),
    ("Skänninge Marknadsförening", "Skänninge", "Arrangemangsbidrag", 40000),
    ("PRO Mjölby", "Mjölby", "Verksamhetsbidrag pensionärsorganisation", 14500),
    ("SPF Seniorerna Mantorp", "Mantorp", "Verksamhetsbidrag pensionärsorganisation", 9800),
    ("Väderstads Bygdegårdsförening", "Väderstad", "Bygdegårdsbidrag", 32000),
    ("Hogstad Bygdegårdsförening", "Hogstad", "Bygdegårdsbidrag", 21000),
    ("Studieförbundet Vuxenskolan", "Mjölby", "Studieförbundsbidrag", 142000),
    ("ABF Mjölby", "Mjölby", "Studieförbundsbidrag", 156000),
]
M_FORENING_SUM = sum(r[3] for r in M_FORENING)
M_NYCKELTAL = [
    ("Nettokostnad grundskola, kr/elev", 108450, 112930, 118640, 121310),
    ("Nettokostnad förskola, kr/inskrivet barn", 154200, 160870, 168350, 172900),
    ("Nettokostnad äldreomsorg, kr/invånare 80+", 241600, 248300, 262100, 271500),
    ("Nettokostnad individ- och familjeomsorg, kr/invånare", 4870, 5120, 5460, 5690),
    ("Elever i åk 9 behöriga till yrkesprogram, %", 84.1, 82.7, 83.9, 85.0),
    ("Invånare totalt, antal", 28232, 28418, 28612, None),
]

# ---------------------------------------------------------------- HÄRJEDALEN
H_RR_COLS = ["Utfall jan–aug 2024", "Utfall jan–aug 2023", "Budget 2024", "Prognos 2024"]
H_INTAKTER = row("118.4", "109.7", "162.0", "171.5")
H_KOSTNADER = row("-617.9", "-581.2", "-915.4", "-937.0")
H_AVSKR = row("-22.1", "-20.4", "-33.5", "-33.2")
H_NETTO = [a + b + c for a, b, c in zip(H_INTAKTER, H_KOSTNADER, H_AVSKR)]
H_SKATT = row("372.8", "351.6", "556.9", "558.4")
H_BIDRAG = row("164.5", "158.0", "246.2", "247.1")
H_VRES = [a + b + c for a, b, c in zip(H_NETTO, H_SKATT, H_BIDRAG)]
H_FININT = row("3.9", "2.8", "3.5", "5.1")
H_FINKOST = row("-4.6", "-3.9", "-7.8", "-7.1")
H_RES = [a + b + c for a, b, c in zip(H_VRES, H_FININT, H_FINKOST)]
assert H_RES == row("15.0", "16.6", "11.9", "4.8"), H_RES

H_DRIFT = [  # budget, utfall jan-aug, prognos
    ("Kommunstyrelsen", row("-146.2", "-94.1", "-143.8")),
    ("Barn- och utbildningsnämnden", row("-262.5", "-168.3", "-264.9")),
    ("Socialnämnden", row("-318.4", "-224.7", "-332.7")),
    ("Myndighetsnämnden", row("-6.8", "-4.2", "-6.5")),
    ("Revisionen", row("-1.9", "-1.1", "-1.9")),
    ("Överförmyndarnämnden", row("-1.6", "-1.2", "-1.8")),
]
H_DRIFT_SUM = [sum(r[1][i] for r in H_DRIFT) for i in range(3)]
H_FINF = [H_NETTO[2] - H_DRIFT_SUM[0], H_NETTO[0] - H_DRIFT_SUM[1], H_NETTO[3] - H_DRIFT_SUM[2]]
H_DRIFT_TOT = [H_NETTO[2], H_NETTO[0], H_NETTO[3]]


def avv(r):
    return r[2] - r[0]


H_INV = [  # budget 2024, utfall jan-aug, prognos 2024 (tkr)
    ("Ny förskola Sveg", 24000, 13850, 22500),
    ("VA-ledning Funäsdalen, etapp 2", 12500, 6920, 11800),
    ("Reinvestering gator och broar", 6000, 2410, 5200),
    ("Ny räddningsbil Hede", 4800, 0, 4800),
    ("Skolgård Vemdalen", 2200, 1980, 2300),
    ("Energiåtgärder kommunala fastigheter", 5500, 1640, 3900),
    ("Reningsverk Lillhärdal", 7000, 2110, 3000),
    ("IT och digitalisering", 2500, 1260, 2200),
    ("Inventarier välfärd", 1800, 590, 1500),
    ("Bredbandsutbyggnad landsbygd", 4700, 820, 1200),
]
H_INV_TOT = [sum(r[i] for r in H_INV) for i in (1, 2, 3)]
assert H_INV_TOT == [71000, 31580, 58400]

H_BAL = {  # 2024-08-31, 2023-12-31
    "immat": row("1.2", "1.5"), "byggn": row("812.6", "798.3"), "mask": row("64.1", "61.7"),
    "fin": row("48.9", "48.9"), "forrad": row("6.8", "7.2"), "ford": row("71.5", "88.4"),
    "kassa": row("54.3", "61.0"), "ek": row("417.6", "402.6"), "res": row("15.0", "9.8"),
    "pens": row("38.4", "37.1"), "ovravs": row("12.5", "12.9"), "L": row("395.0", "380.0"),
}
H_BAL["anl"] = [H_BAL["immat"][i] + H_BAL["byggn"][i] + H_BAL["mask"][i] + H_BAL["fin"][i] for i in range(2)]
H_BAL["oms"] = [H_BAL["forrad"][i] + H_BAL["ford"][i] + H_BAL["kassa"][i] for i in range(2)]
H_BAL["tot"] = [H_BAL["anl"][i] + H_BAL["oms"][i] for i in range(2)]
H_BAL["kort"] = [H_BAL["tot"][i] - H_BAL["ek"][i] - H_BAL["pens"][i] - H_BAL["ovravs"][i] - H_BAL["L"][i] for i in range(2)]
H_BAL["avs"] = [H_BAL["pens"][i] + H_BAL["ovravs"][i] for i in range(2)]
H_BAL["skulder"] = [H_BAL["L"][i] + H_BAL["kort"][i] for i in range(2)]
assert H_BAL["ek"][0] == H_BAL["ek"][1] + H_RES[0]
H_SOL = [q(H_BAL["ek"][i] / H_BAL["tot"][i] * 100) for i in range(2)]

H_SJUK = [("Totalt", "7,4", "7,9"), ("Kvinnor", "8,3", "8,8"), ("Män", "4,9", "5,3"),
          ("29 år och yngre", "5,6", "6,0"), ("30–49 år", "6,9", "7,5"), ("50 år och äldre", "8,6", "8,9"),
          ("Andel långtidssjukfrånvaro (60 dagar eller mer)", "41,2", "44,0")]

H_OMF = [  # KS protokoll omfördelning (tkr): project, budget, change
    ("Reningsverk Lillhärdal", 7000, -3000),
    ("Bredbandsutbyggnad landsbygd", 4700, -3500),
    ("Energiåtgärder kommunala fastigheter", 5500, -1600),
    ("Skolgård Vemdalen", 2200, 100),
    ("Takrenovering Hede skola", 0, 8000),
]
assert sum(r[2] for r in H_OMF) == 0
