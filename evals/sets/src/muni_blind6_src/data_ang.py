"""Invented but internally consistent figures for Ängelholms kommun, Mål och budget 2025."""
MUNI = "Ängelholms kommun"
DIR = "angelholm"
YEARS_RB = ["Bokslut 2023", "Prognos 2024", "Budget 2025", "Plan 2026", "Plan 2027"]

# Budget assumptions
ASSUMP = {
    "Skattesats, kr": [19.45, 19.45, 19.45, 19.45],
    "Skatteunderlagets utveckling, %": [4.2, 3.4, 3.6, 3.8],
    "Invånare 1 november föregående år": [43490, 43720, 44060, 44400],
    "Pris- och lönekompensation, %": [3.0, 2.8, 2.6, 2.5],
    "Internränta, %": [2.5, 2.5, 2.5, 2.5],
}
ASSUMP_YEARS = ["2024", "2025", "2026", "2027"]

# Population by age (utfall 31 dec 2023, prognos)
POP_YEARS = ["Utfall 2023", "Prognos 2025", "Prognos 2026", "Prognos 2027"]
POP = [
    ("0–5 år", [2694, 2651, 2640, 2652]),
    ("6–15 år", [5318, 5287, 5249, 5206]),
    ("16–19 år", [2071, 2133, 2170, 2188]),
    ("20–64 år", [23604, 23789, 23915, 24036]),
    ("65–79 år", [7318, 7402, 7431, 7478]),
    ("80 år och äldre", [2507, 2838, 3045, 3220]),
]
POP_TOTAL = [sum(r[1][i] for r in POP) for i in range(4)]

# Resultatbudget, mnkr: label -> (not, values for YEARS_RB)
RB_IN = {
    "Verksamhetens intäkter": (1, [512.4, 528.0, 541.3, 552.1, 563.2]),
    "Verksamhetens kostnader": (2, [-2856.7, -2961.5, -3047.8, -3152.6, -3241.8]),
    "Avskrivningar": (3, [-118.3, -124.6, -131.9, -140.2, -147.5]),
    "Skatteintäkter": (4, [2031.6, 2118.4, 2206.9, 2292.3, 2379.8]),
    "Generella statsbidrag och utjämning": (5, [453.2, 492.7, 507.4, 522.0, 533.6]),
    "Finansiella intäkter": (6, [14.8, 16.2, 15.0, 15.0, 15.0]),
    "Finansiella kostnader": (7, [-29.4, -38.1, -42.7, -46.3, -49.8]),
}


def r1(x):
    return round(x + 1e-9, 1)


def rb():
    v = {k: x[1] for k, x in RB_IN.items()}
    n = len(YEARS_RB)
    v["Verksamhetens nettokostnader"] = [r1(v["Verksamhetens intäkter"][i] + v["Verksamhetens kostnader"][i] + v["Avskrivningar"][i]) for i in range(n)]
    v["Verksamhetens resultat"] = [r1(v["Verksamhetens nettokostnader"][i] + v["Skatteintäkter"][i] + v["Generella statsbidrag och utjämning"][i]) for i in range(n)]
    v["Resultat efter finansiella poster"] = [r1(v["Verksamhetens resultat"][i] + v["Finansiella intäkter"][i] + v["Finansiella kostnader"][i]) for i in range(n)]
    v["Årets resultat"] = list(v["Resultat efter finansiella poster"])
    v["Skatter och bidrag"] = [r1(v["Skatteintäkter"][i] + v["Generella statsbidrag och utjämning"][i]) for i in range(n)]
    v["Resultat i % av skatter och bidrag"] = [r1(100 * v["Årets resultat"][i] / v["Skatter och bidrag"][i]) for i in range(n)]
    return v

RB = rb()

# Skatter och statsbidrag specification (mnkr), years Prognos 2024..Plan 2027 (index 1..4 in RB)
TAX_YEARS = YEARS_RB[1:]
TAX = {
    "Allmän kommunalskatt": [2124.9, 2209.6, 2292.3, 2379.8],
    "Slutavräkning": None,  # balancing to Skatteintäkter
    "Kostnadsutjämning": [61.8, 64.2, 66.0, 67.1],
    "Regleringsbidrag/-avgift": [18.5, 9.7, 6.4, 3.2],
    "LSS-utjämning": [-22.6, -23.9, -24.8, -25.6],
    "Generella bidrag från staten": [14.9, 0.0, 0.0, 0.0],
    "Kommunal fastighetsavgift": [96.8, 101.2, 104.6, 107.9],
    "Inkomstutjämning": None,  # balancing
}
TAX["Slutavräkning"] = [r1(RB["Skatteintäkter"][i + 1] - TAX["Allmän kommunalskatt"][i]) for i in range(4)]
TAX["Inkomstutjämning"] = [r1(RB["Generella statsbidrag och utjämning"][i + 1] - sum(TAX[k][i] for k in ["Kostnadsutjämning", "Regleringsbidrag/-avgift", "LSS-utjämning", "Generella bidrag från staten", "Kommunal fastighetsavgift"])) for i in range(4)]

# Driftbudget per nämnd, tkr: Budget 2024, Budget 2025
SEC_POL = "Politisk verksamhet"
SEC_NAM = "Styrelse och nämnder"
SEC_FIN = "Finansiering och gemensamt"
DRIFT = [
    (SEC_POL, "Kommunfullmäktige", 8420, 8910),
    (SEC_POL, "Revision", 2850, 2980),
    (SEC_POL, "Valnämnden", 1850, 420),
    (SEC_POL, "Överförmyndarnämnden", 6140, 6480),
    (SEC_NAM, "Kommunstyrelsen", 218600, 226300),
    (SEC_NAM, "Samhällsbyggnadsnämnden", 96400, 99800),
    (SEC_NAM, "Kultur- och fritidsnämnden", 112300, 115900),
    (SEC_NAM, "Utbildningsnämnden", 1148200, 1186500),
    (SEC_NAM, "Socialnämnden", 1032700, 1079400),
    (SEC_NAM, "Miljö- och tillståndsnämnden", 14900, 15600),
    (SEC_FIN, "Reserv för oförutsedda behov", 10000, 15000),
]
TOTAL_2024_BUDGET = 2541900
PLAN_F = {"Valnämnden": (2100, 450)}


def drift():
    rows = []
    for sec, name, b24, b25 in DRIFT:
        if name in PLAN_F:
            p26, p27 = PLAN_F[name]
        else:
            p26 = int(round(b25 * 1.026 / 100.0)) * 100
            p27 = int(round(p26 * 1.025 / 100.0)) * 100
        rows.append({"sec": sec, "name": name, "b24": b24, "b25": b25, "p26": p26, "p27": p27})
    tot = {"b24": TOTAL_2024_BUDGET, "b25": int(round(-RB["Verksamhetens nettokostnader"][2] * 1000)),
           "p26": int(round(-RB["Verksamhetens nettokostnader"][3] * 1000)), "p27": int(round(-RB["Verksamhetens nettokostnader"][4] * 1000))}
    ff = {"sec": SEC_FIN, "name": "Finansförvaltning"}
    for k in tot:
        ff[k] = tot[k] - sum(r[k] for r in rows)
    rows.append(ff)
    return rows, tot

DRIFT_ROWS, DRIFT_TOT = drift()
DR = {r["name"]: r for r in DRIFT_ROWS}


def sec_sum(sec, key):
    return sum(r[key] for r in DRIFT_ROWS if r["sec"] == sec)

# Prognos 2024 (tkr) per nämnd for avvikelse table
PROG24 = {
    "Kommunfullmäktige": 8210, "Revision": 2850, "Valnämnden": 1790, "Överförmyndarnämnden": 6620,
    "Kommunstyrelsen": 215500, "Samhällsbyggnadsnämnden": 97300, "Kultur- och fritidsnämnden": 111900,
    "Utbildningsnämnden": 1156400, "Socialnämnden": 1054100, "Miljö- och tillståndsnämnden": 14500,
}

# Ramjusteringar 2025 (tkr): pris- och lönekomp, volym, politiska prioriteringar; effektivisering = balancing
RAMJ = {
    "Kommunstyrelsen": (6100, 0, 4500),
    "Samhällsbyggnadsnämnden": (2700, 1500, 1200),
    "Kultur- och fritidsnämnden": (3100, 0, 2500),
    "Utbildningsnämnden": (32100, 4800, 12500),
    "Socialnämnden": (28900, 18600, 9400),
    "Miljö- och tillståndsnämnden": (400, 0, 600),
}


def ramj():
    out = {}
    for n, (plk, vol, pri) in RAMJ.items():
        diff = DR[n]["b25"] - DR[n]["b24"]
        out[n] = {"plk": plk, "vol": vol, "pri": pri, "eff": diff - plk - vol - pri, "sum": diff}
    return out

RAMJ_ROWS = ramj()

# Ekonomiska ramar per nämnd (mnkr): Bokslut 2023 netto, intäkter per year (B23,B24,B25,P26,P27)
EKRAM_YEARS = ["Bokslut 2023", "Budget 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
EKRAM = {
    "Kommunstyrelsen": (209.8, [88.4, 90.1, 92.6, 94.8, 97.0]),
    "Samhällsbyggnadsnämnden": (93.1, [142.7, 146.0, 151.3, 155.2, 159.4]),
    "Kultur- och fritidsnämnden": (108.6, [21.3, 21.9, 22.4, 22.9, 23.5]),
    "Utbildningsnämnden": (1109.5, [96.2, 98.5, 99.1, 101.3, 103.6]),
    "Socialnämnden": (998.4, [187.9, 192.4, 196.8, 201.1, 205.7]),
}


def ekram(n):
    net23, intak = EKRAM[n]
    nets = [net23] + [r1(DR[n][k] / 1000) for k in ("b24", "b25", "p26", "p27")]
    kost = [r1(-(nets[i] + intak[i])) for i in range(5)]
    return {"Intäkter": intak, "Kostnader": kost, "Nettokostnad": [-x for x in nets]}

# Nyckeltal
NT_UN = [
    ("Antal barn i förskola", [2105, 2080, 2060, 2045]),
    ("Antal elever i grundskola (F–9)", [5120, 5095, 5070, 5040]),
    ("Antal elever i gymnasieskola", [1610, 1655, 1690, 1720]),
    ("Kostnad per elev grundskola, kr", [118400, 123900, 128300, 132100]),
]
NT_SN = [
    ("Platser i särskilt boende", [486, 486, 526, 526]),
    ("Beviljade hemtjänsttimmar per år", [412000, 428500, 446000, 462000]),
    ("Personer med insats enligt LSS", [312, 319, 326, 333]),
    ("Hushåll med ekonomiskt bistånd", [705, 690, 680, 670]),
]
NT_YEARS = ["Utfall 2023", "Budget 2024", "Budget 2025", "Plan 2026"]
NT_KFN = [
    ("Besök på bibliotek", [286400, 291000, 295000, 298000]),
    ("Besök i simhall", [211300, 178000, 236000, 240000]),
    ("Deltagartillfällen i föreningar (LOK)", [398200, 402000, 405000, 408000]),
]

# Investment projects (mnkr): name, nämnd, total utgift, 2025, 2026, 2027
INV = [
    ("Ny F–6-skola Hjärnarp", "UN", 214.0, 48.0, 82.0, 64.0),
    ("Tillbyggnad Västersport", "KFN", 36.5, 14.5, 18.0, 0.0),
    ("Förskola Tåstarp, ersättning", "UN", 68.0, 22.0, 31.0, 8.0),
    ("Särskilt boende Sjukhusområdet", "SN", 310.0, 12.0, 95.0, 140.0),
    ("Gatubelysning, utbyte LED", "SBN", 18.0, 6.0, 6.0, 6.0),
    ("Reinvestering gator och vägar", "SBN", 75.0, 25.0, 25.0, 25.0),
    ("Gång- och cykelväg Skäldervikenvägen", "SBN", 22.4, 11.2, 11.2, 0.0),
    ("Stationsområdet, etapp 2", "SBN", 96.0, 28.5, 34.0, 18.0),
    ("Kajen vid Rönne å", "SBN", 41.0, 9.0, 16.0, 16.0),
    ("Lekplatser, upprustning", "SBN", 9.0, 3.0, 3.0, 3.0),
    ("Parkförnyelse Stadsparken", "SBN", 12.6, 4.2, 4.2, 4.2),
    ("Trafiksäkerhetsåtgärder", "SBN", 7.5, 2.5, 2.5, 2.5),
    ("Klimatanpassning dagvatten", "SBN", 30.0, 10.0, 10.0, 10.0),
    ("Strandpromenad Vejbystrand", "SBN", 14.0, 7.0, 7.0, 0.0),
    ("Exploatering Rebbelberga, gator", "SBN", 58.0, 19.5, 21.0, 17.5),
    ("Fordon och maskiner", "SBN", 15.0, 5.0, 5.0, 5.0),
    ("Energieffektivisering fastigheter", "KS", 27.0, 9.0, 9.0, 9.0),
    ("Solceller på kommunala tak", "KS", 12.0, 4.0, 4.0, 4.0),
    ("IT-infrastruktur och nätverk", "KS", 21.0, 7.0, 7.0, 7.0),
    ("Digitalisering, verksamhetssystem", "KS", 10.5, 3.5, 3.5, 3.5),
    ("Stadshuset, ventilation", "KS", 16.2, 9.6, 6.6, 0.0),
    ("Reinvestering fastigheter", "KS", 45.0, 15.0, 15.0, 15.0),
    ("Räddningstjänst, fordon", "KS", 9.8, 4.9, 0.0, 4.9),
    ("Inventarier förskolor", "UN", 6.0, 2.0, 2.0, 2.0),
    ("Inventarier grundskolor", "UN", 10.5, 3.5, 3.5, 3.5),
    ("Skolgårdar, upprustning", "UN", 9.0, 3.0, 3.0, 3.0),
    ("Digitala verktyg elever", "UN", 13.5, 4.5, 4.5, 4.5),
    ("Ängelholms gymnasieskola, labbsalar", "UN", 11.8, 11.8, 0.0, 0.0),
    ("Välfärdsteknik", "SN", 7.2, 2.4, 2.4, 2.4),
    ("Inventarier särskilt boende", "SN", 4.5, 1.5, 1.5, 1.5),
    ("Trygghetslarm, utbyte", "SN", 3.6, 3.6, 0.0, 0.0),
    ("LSS-bostad Norra Varalöv", "SN", 28.0, 4.0, 18.0, 6.0),
    ("Konstgräsplan Rya", "KFN", 14.0, 7.0, 7.0, 0.0),
    ("Biblioteket, ombyggnad entré", "KFN", 6.3, 6.3, 0.0, 0.0),
    ("Idrottsanläggningar, reinvestering", "KFN", 12.0, 4.0, 4.0, 4.0),
    ("Badplatser och bryggor", "KFN", 4.5, 1.5, 1.5, 1.5),
    ("Kulturhus, förstudie", "KFN", 2.0, 2.0, 0.0, 0.0),
    ("Mätutrustning, inventarier", "MTN", 1.2, 0.4, 0.4, 0.4),
]
NAMND_SHORT = {"KS": "Kommunstyrelsen", "SBN": "Samhällsbyggnadsnämnden", "KFN": "Kultur- och fritidsnämnden",
               "UN": "Utbildningsnämnden", "SN": "Socialnämnden", "MTN": "Miljö- och tillståndsnämnden"}
NAMND_ORDER = ["KS", "SBN", "KFN", "UN", "SN", "MTN"]


def inv_by_namnd():
    out = {}
    for k in NAMND_ORDER:
        vals = [r1(sum(p[i] for p in INV if p[1] == k)) for i in (3, 4, 5)]
        out[k] = vals + [r1(sum(vals))]
    tot = [r1(sum(out[k][i] for k in NAMND_ORDER)) for i in range(4)]
    return out, tot

INV_N, INV_TOT = inv_by_namnd()

# Exploatering (tkr, 2025)
EXPL = [
    ("Rebbelberga, etapp 3", 42000, -31500),
    ("Hjärnarps centrum", 8500, -6200),
    ("Verksamhetsområde Ängelholm syd", 26000, -18700),
    ("Munka-Ljungby, Kvarnbacken", 5400, -7100),
    ("Vejbystrand, Norra", 11200, -9800),
]

# Personal (årsarbetare)
PERS = [
    ("Kommunledningsförvaltningen", 212, 218),
    ("Samhällsbyggnadsförvaltningen", 248, 251),
    ("Kultur- och fritidsförvaltningen", 131, 129),
    ("Utbildningsförvaltningen", 1684, 1702),
    ("Socialförvaltningen", 1596, 1641),
    ("Miljö- och tillståndsförvaltningen", 27, 28),
]

# Balansbudget (mnkr) over YEARS_RB
BB_IN = {
    "Materiella anläggningstillgångar": (8, [2914.6, 3092.0, 3289.5, 3512.3, 3689.7]),
    "Finansiella anläggningstillgångar": (9, [286.1, 286.1, 291.1, 296.1, 301.1]),
    "Kortfristiga fordringar": (10, [238.4, 245.0, 250.0, 255.0, 260.0]),
    "Avsättningar för pensioner": (12, [182.5, 191.3, 199.8, 208.6, 217.2]),
    "Långfristiga skulder": (13, [1355.0, 1465.0, 1590.0, 1745.0, 1860.0]),
    "Kortfristiga skulder": (None, [548.2, 562.0, 575.0, 588.0, 601.0]),
}
EK_2023 = 1486.4


def bb():
    v = {k: x[1] for k, x in BB_IN.items()}
    ek = [EK_2023]
    for i in range(1, 5):
        ek.append(r1(ek[-1] + RB["Årets resultat"][i]))
    v["Eget kapital"] = ek
    v["varav årets resultat"] = RB["Årets resultat"]
    v["Summa eget kapital, avsättningar och skulder"] = [r1(ek[i] + v["Avsättningar för pensioner"][i] + v["Långfristiga skulder"][i] + v["Kortfristiga skulder"][i]) for i in range(5)]
    v["Summa anläggningstillgångar"] = [r1(v["Materiella anläggningstillgångar"][i] + v["Finansiella anläggningstillgångar"][i]) for i in range(5)]
    v["Kassa och bank"] = [r1(v["Summa eget kapital, avsättningar och skulder"][i] - v["Summa anläggningstillgångar"][i] - v["Kortfristiga fordringar"][i]) for i in range(5)]
    v["Summa omsättningstillgångar"] = [r1(v["Kortfristiga fordringar"][i] + v["Kassa och bank"][i]) for i in range(5)]
    v["Summa tillgångar"] = list(v["Summa eget kapital, avsättningar och skulder"])
    v["Soliditet, %"] = [r1(100 * ek[i] / v["Summa tillgångar"][i]) for i in range(5)]
    return v

BB = bb()

# Låneskuld och borgen (mnkr)
LAN = {
    "Låneskuld, kommunen": BB["Långfristiga skulder"],
    "Borgensåtaganden, kommunala bolag": [2410.0, 2525.0, 2690.0, 2840.0, 2955.0],
    "Genomsnittlig låneränta, %": [2.1, 2.6, 2.7, 2.8, 2.8],
}
