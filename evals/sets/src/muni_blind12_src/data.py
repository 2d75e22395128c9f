"""Deterministic figures for the blind-muni12 corpus (Lysekil and Nordanstig).

All mnkr amounts are stored as integer tenths (e.g. -2961 == -296,1 mnkr) so sums are exact.
tkr / kr / st amounts are plain integers.
"""

# ---------------------------------------------------------------- formatting
MINUS = "\u2212"   # −
EN = "\u2013"      # –


def _group(n: int) -> str:
    s = str(abs(n))
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:])
        s = s[:-3]
    parts.insert(0, s)
    return " ".join(parts)


def f1(t: int, neg: str = MINUS) -> str:
    """tenths -> '−1 234,5' (neg in {MINUS, EN, '()'})"""
    a = abs(t)
    body = f"{_group(a // 10)},{a % 10}"
    if t < 0:
        if neg == "()":
            return f"({body})"
        return neg + body
    return body


def fi(n: int, neg: str = MINUS) -> str:
    body = _group(n)
    if n < 0:
        if neg == "()":
            return f"({body})"
        return neg + body
    return body


def pct1(x: float, neg: str = MINUS) -> str:
    t = int(round(x * 10))
    return f1(t, neg)


# ---------------------------------------------------------------- LYSEKIL
LYS = "Lysekil"
LYS_TAX = "22,56"
LYS_INV = {2023: 14415, 2024: 14380, 2025: 14350}   # invånare 31 dec (2025 = planeringsantagande)

# Ramförändringar 2025 (tkr): ram2024, lpk, volym, politiska prioriteringar, effektivisering
LYS_RAM = [
    ("Kommunstyrelsen", 118400, 3900, 0, 1200, -2400),
    ("Utbildningsnämnden", 352600, 11800, -3100, 4500, -5300),
    ("Socialnämnden", 401900, 13700, 6200, 2800, -6000),
    ("Samhällsbyggnadsnämnden", 96300, 2900, 0, 1500, -1400),
    ("Miljö- och byggnadsnämnden", 9800, 300, 0, 0, -150),
    ("Revisionen", 1650, 50, 0, 0, 0),
]


def ram2025(r):
    return sum(r[1:])


# Driftbudget per nämnd, mnkr tenths (negative = net cost)
LYS_UTF23 = {"Kommunstyrelsen": -1129, "Utbildningsnämnden": -3412, "Socialnämnden": -3998,
             "Samhällsbyggnadsnämnden": -931, "Miljö- och byggnadsnämnden": -91, "Revisionen": -15}


def _r10(tkr):  # tkr -> mnkr tenths, rounded half up
    return int((abs(tkr) + 50) // 100) * (1 if tkr >= 0 else -1)


LYS_B24 = {r[0]: -_r10(r[1]) for r in LYS_RAM}
LYS_B25 = {r[0]: -_r10(ram2025(r)) for r in LYS_RAM}

# gemensamma poster: utfall 2023, budget 2024, budget 2025
LYS_GEM = [
    ("Pensioner och upplupna löner", -382, -410, -435),
    ("Kapitalkostnader, intern ränta", 314, 330, 348),
    ("Löneöversynspott", 0, -120, -145),
    ("Kommunfullmäktiges reserv", 0, -50, -50),
]


def lys_drift_rows():
    """returns list of (kind, label, utf23, b24, b25, chg%) kind in section/row/sum"""
    rows = [("section", "Nämnder")]
    su = sb4 = sb5 = 0
    for r in LYS_RAM:
        n = r[0]
        u, b4, b5 = LYS_UTF23[n], LYS_B24[n], LYS_B25[n]
        su, sb4, sb5 = su + u, sb4 + b4, sb5 + b5
        rows.append(("row", n, u, b4, b5, (b5 / b4 - 1) * 100))
    rows.append(("sum", "Summa nämnder", su, sb4, sb5, (sb5 / sb4 - 1) * 100))
    rows.append(("section", "Gemensamma poster"))
    gu = g4 = g5 = 0
    for n, u, b4, b5 in LYS_GEM:
        gu, g4, g5 = gu + u, g4 + b4, g5 + b5
        rows.append(("row", n, u, b4, b5, (b5 / b4 - 1) * 100 if b4 else None))
    rows.append(("sum", "Summa gemensamma poster", gu, g4, g5, (g5 / g4 - 1) * 100))
    rows.append(("sum", "Summa verksamhetens nettokostnader", su + gu, sb4 + g4, sb5 + g5,
                 ((sb5 + g5) / (sb4 + g4) - 1) * 100))
    return rows


_DR = lys_drift_rows()
LYS_NETTO = {"U23": _DR[-1][2], "B24": _DR[-1][3], "B25": _DR[-1][4]}

# Skatteintäkter och generella statsbidrag, tenths: budget 2025, plan 2026, plan 2027
LYS_SKATT_ROWS = [
    ("Allmän kommunalskatt", 7712, 7986, 8240, "S"),
    ("Slutavräkning 2024", -64, 0, 0, "S"),
    ("Slutavräkning 2025", -21, 0, 0, "S"),
    ("Inkomstutjämningsbidrag", 2554, 2600, 2690, "G"),
    ("Kostnadsutjämningsbidrag", 318, 325, 331, "G"),
    ("Regleringsbidrag/-avgift", -47, -62, -78, "G"),
    ("LSS-utjämning", -139, -142, -145, "G"),
    ("Kommunal fastighetsavgift", 431, 445, 459, "G"),
]


def lys_skatt_sum(col, kind=None):
    return sum(r[1 + col] for r in LYS_SKATT_ROWS if kind is None or r[4] == kind)


# Resultatbudget: columns U23, P24, B25, P26, P27 (tenths)
def lys_resultat():
    cols = ["U23", "P24", "B25", "P26", "P27"]
    netto = {"U23": LYS_NETTO["U23"], "P24": -10026, "B25": LYS_NETTO["B25"], "P26": -10700, "P27": -11010}
    intak = {"U23": 1862, "P24": 1905, "B25": 1948, "P26": 1990, "P27": 2030}
    avskr = {"U23": -412, "P24": -431, "B25": -458, "P26": -489, "P27": -512}
    kost = {c: netto[c] - intak[c] - avskr[c] for c in cols}
    skatt = {"U23": 7012, "P24": 7398, "B25": lys_skatt_sum(0, "S"), "P26": lys_skatt_sum(1, "S"),
             "P27": lys_skatt_sum(2, "S")}
    gen = {"U23": 2841, "P24": 2950, "B25": lys_skatt_sum(0, "G"), "P26": lys_skatt_sum(1, "G"),
           "P27": lys_skatt_sum(2, "G")}
    vr = {c: netto[c] + skatt[c] + gen[c] for c in cols}
    finin = {"U23": 96, "P24": 88, "B25": 82, "P26": 80, "P27": 78}
    finku = {"U23": -214, "P24": -236, "B25": -251, "P26": -279, "P27": -301}
    rfp = {c: vr[c] + finin[c] + finku[c] for c in cols}
    rows = [
        ("Verksamhetens intäkter", "1", intak),
        ("Verksamhetens kostnader", "2", kost),
        ("Avskrivningar", "3", avskr),
        ("Verksamhetens nettokostnader", "", netto),
        ("Skatteintäkter", "4", skatt),
        ("Generella statsbidrag och utjämning", "5", gen),
        ("Verksamhetens resultat", "", vr),
        ("Finansiella intäkter", "6", finin),
        ("Finansiella kostnader", "7", finku),
        ("Resultat efter finansiella poster", "", rfp),
        ("Årets resultat", "", rfp),
    ]
    return cols, rows


LYS_RES_COLS, LYS_RES_ROWS = lys_resultat()
LYS_RES = {r[0]: r[2] for r in LYS_RES_ROWS}

# Driftbudget per verksamhet: shares of each nämnd's budget 2024/2025
LYS_VERK = {
    "Kommunstyrelsen": [("Politisk verksamhet", 0.09), ("Kommunledning och administration", 0.27),
                        ("Ekonomi och HR", 0.21), ("Näringsliv och turism", 0.08),
                        ("Räddningstjänst", 0.25), ("Kollektivtrafik", 0.10)],
    "Utbildningsnämnden": [("Förskola", 0.21), ("Grundskola inkl. förskoleklass", 0.43),
                           ("Fritidshem", 0.05), ("Anpassad grundskola", 0.04), ("Gymnasieskola", 0.20),
                           ("Vuxenutbildning", 0.04), ("Kulturskola", 0.03)],
    "Socialnämnden": [("Särskilt boende", 0.36), ("Hemtjänst", 0.22), ("Funktionsstöd LSS", 0.19),
                      ("Individ- och familjeomsorg", 0.13), ("Försörjningsstöd", 0.06),
                      ("Nämndens administration", 0.04)],
    "Samhällsbyggnadsnämnden": [("Gator och vägar", 0.31), ("Parker och grönytor", 0.14),
                                ("Fritid och idrott", 0.22), ("Bibliotek och kultur", 0.17),
                                ("Fastighetsförvaltning", 0.16)],
    "Miljö- och byggnadsnämnden": [("Miljö- och hälsoskydd", 0.55), ("Bygglov och planärenden", 0.45)],
    "Revisionen": [("Revision", 1.0)],
}


def _split(total, shares):
    vals = [int(round(total * s)) for _, s in shares]
    vals[0] += total - sum(vals)
    return vals


def lys_verk_table():
    """list of (nämnd, [(verksamhet, b24, b25)])"""
    out = []
    for n, shares in LYS_VERK.items():
        a = _split(LYS_B24[n], shares)
        b = _split(LYS_B25[n], shares)
        out.append((n, [(shares[i][0], a[i], b[i]) for i in range(len(shares))]))
    return out


# Investeringsbudget (tkr): total, ack utfall t.o.m. 2024, B25, P26, P27
LYS_INV_ROWS = [
    ("Kommunstyrelsen", [
        ("Digitalisering och IT-infrastruktur", 7500, 0, 2500, 2500, 2500),
        ("Fordon och maskiner", 3000, 0, 1000, 1000, 1000)]),
    ("Utbildningsnämnden", [
        ("Förskola Brastad, nybyggnad", 48000, 1200, 6800, 28000, 12000),
        ("Inventarier skolor och förskolor", 4500, 0, 1500, 1500, 1500)]),
    ("Socialnämnden", [
        ("Välfärdsteknik", 2400, 0, 800, 800, 800),
        ("Ombyggnad Skaftö äldreboende", 18500, 9300, 9200, 0, 0)]),
    ("Samhällsbyggnadsnämnden", [
        ("Beläggningsprogram gator och vägar", 15000, 0, 5000, 5000, 5000),
        ("Kajrenovering Södra hamnen", 36000, 14000, 12000, 10000, 0),
        ("Gång- och cykelväg Brastad–Lysekil", 22000, 2500, 4500, 15000, 0),
        ("Exploatering Fiskebäckskil, inkomster", -9000, 0, -3000, -6000, 0)]),
]


def lys_inv_sums():
    secs = []
    tot = [0] * 5
    for n, rows in LYS_INV_ROWS:
        s = [sum(r[i] for r in rows) for i in range(1, 6)]
        secs.append((n, s))
        tot = [tot[i] + s[i] for i in range(5)]
    return secs, tot


LYS_INV_SECS, LYS_INV_TOT = lys_inv_sums()

# Nyckeltal: utfall 2023, budget 2024, budget 2025
LYS_NYCKEL = [
    ("Invånare 31 december, antal", fi(14415), fi(14380), fi(14350)),
    ("Skattesats, kr", "22,56", "22,56", "22,56"),
    ("Årets resultat, mnkr", f1(LYS_RES["Årets resultat"]["U23"]), "14,2", f1(LYS_RES["Årets resultat"]["B25"])),
    ("Nettoinvesteringar, mnkr", "71,8", "84,5", f1(_r10(LYS_INV_TOT[2]))),
    ("Soliditet inkl. pensionsåtaganden, %", "24,1", "25,0", "25,6"),
    ("Nettokostnadsandel, %", "98,6", "98,6", "98,3"),
]

# Balansbudget (mnkr tenths): prognos 2024, budget 2025, plan 2026, plan 2027
LYS_BAL = {
    "Anläggningstillgångar": [14826, 15241, 15873, 16102],
    "Omsättningstillgångar": [2214, 2087, 1968, 1945],
    "Eget kapital": [5410, None, None, None],
    "Avsättningar": [1562, 1601, 1644, 1690],
    "Långfristiga skulder": [7320, None, None, None],
}


def lys_bal():
    b = {k: list(v) for k, v in LYS_BAL.items()}
    res = [LYS_RES["Årets resultat"][c] for c in ("P24", "B25", "P26", "P27")]
    ek = [b["Eget kapital"][0]]
    for i in range(1, 4):
        ek.append(ek[-1] + res[i])
    b["Eget kapital"] = ek
    b["därav årets resultat"] = res
    tillg = [b["Anläggningstillgångar"][i] + b["Omsättningstillgångar"][i] for i in range(4)]
    b["Summa tillgångar"] = tillg
    kort = [2124, 2168, 2205, 2230]
    b["Kortfristiga skulder"] = kort
    lang = [tillg[i] - ek[i] - b["Avsättningar"][i] - kort[i] for i in range(4)]
    b["Långfristiga skulder"] = lang
    b["Summa eget kapital, avsättningar och skulder"] = tillg
    return b


LYS_BALANS = lys_bal()

# Kommunstyrelsens protokoll: föreningsbidrag (kr)
LYS_FORENING = [
    ("Lysekils Sportklubb", 185000),
    ("Brastads GoIF", 96000),
    ("Skaftö Båtklubb", 42500),
    ("Lysekils Konstförening", 28000),
    ("PRO Lysekil", 31500),
]

# ---------------------------------------------------------------- NORDANSTIG
NOR = "Nordanstig"
NOR_TAX = "23,31"
# Resultaträkning delår (tenths): jan-aug 2025, jan-aug 2024, budget 2025, prognos 2025
NOR_DRIFT = [  # budget 2025, utfall jan-aug 2025, prognos 2025 (net cost positive)
    ("Kommunstyrelsen", 1486, 941, 1479),
    ("Barn- och utbildningsnämnden", 2214, 1448, 2239),
    ("Socialnämnden", 2762, 1875, 2824),
    ("Miljö- och byggnämnden", 78, 46, 73),
    ("Revisionen", 12, 7, 12),
]
NOR_DRIFT_SUM = [sum(r[i] for r in NOR_DRIFT) for i in (1, 2, 3)]


def nor_resultat():
    cols = ["U25", "U24", "B25", "P25"]
    intak = {"U25": 824, "U24": 791, "B25": 1180, "P25": 1216}
    avskr = {"U25": -178, "U24": -169, "B25": -276, "P25": -263}
    netto = {"U25": -NOR_DRIFT_SUM[1], "U24": -4166, "B25": -NOR_DRIFT_SUM[0], "P25": -NOR_DRIFT_SUM[2]}
    kost = {c: netto[c] - intak[c] - avskr[c] for c in cols}
    skatt = {"U25": 3096, "U24": 2962, "B25": 4521, "P25": 4578}
    gen = {"U25": 1463, "U24": 1394, "B25": 2198, "P25": 2209}
    vr = {c: netto[c] + skatt[c] + gen[c] for c in cols}
    finin = {"U25": 19, "U24": 23, "B25": 25, "P25": 28}
    finku = {"U25": -47, "U24": -51, "B25": -72, "P25": -75}
    rfp = {c: vr[c] + finin[c] + finku[c] for c in cols}
    rows = [
        ("Verksamhetens intäkter", "1", intak),
        ("Verksamhetens kostnader", "2", kost),
        ("Avskrivningar", "", avskr),
        ("Verksamhetens nettokostnader", "", netto),
        ("Skatteintäkter", "3", skatt),
        ("Generella statsbidrag och utjämning", "3", gen),
        ("Verksamhetens resultat", "", vr),
        ("Finansiella intäkter", "", finin),
        ("Finansiella kostnader", "4", finku),
        ("Resultat efter finansiella poster", "", rfp),
        ("Periodens resultat", "", rfp),
    ]
    return cols, rows


NOR_RES_COLS, NOR_RES_ROWS = nor_resultat()
NOR_RES = {r[0]: r[2] for r in NOR_RES_ROWS}

NOR_INVEST = [  # budget 2025, utfall jan-aug, prognos 2025 (tenths)
    ("Ny förskola Gnarp", 140, 62, 115),
    ("Reningsverk Harmånger", 225, 98, 180),
    ("Gatubelysning, byte till LED", 30, 11, 30),
    ("IT och digitalisering", 25, 9, 20),
    ("Inventarier", 18, 6, 15),
]
NOR_INVEST_SUM = [sum(r[i] for r in NOR_INVEST) for i in (1, 2, 3)]

NOR_PERSONAL = [  # label, 2025, 2024
    ("Antal tillsvidareanställda 31 augusti", "812", "829"),
    ("Antal årsarbetare", "768", "781"),
    ("Sjukfrånvaro, %", "7,4", "7,9"),
    ("Andel heltidsanställda, %", "84", "81"),
]
NOR_INV_AUG25 = 9402
NOR_INV_DEC24 = 9447

NOR_SKOLOR = [  # skola, ort, ht22, ht23, ht24, ht25
    ("Bergsjö skola", "Bergsjö", 312, 305, 298, 291),
    ("Gnarps skola", "Gnarp", 164, 158, 161, 155),
    ("Harmångers skola", "Harmånger", 142, 139, 131, 128),
    ("Hassela skola", "Hassela", 58, 54, 51, 47),
    ("Stocka skola", "Stocka", 96, 101, 98, 94),
    ("Jättendals skola", "Jättendal", 71, 68, 66, 63),
]
NOR_FORSKOLOR = [  # förskola, ort, barn 2024, barn 2025, avdelningar
    ("Solrosen", "Bergsjö", 78, 74, 5),
    ("Gläntan", "Gnarp", 41, 45, 3),
    ("Tallbacken", "Harmånger", 36, 33, 2),
    ("Myrstacken", "Hassela", 17, 15, 1),
    ("Havsörnen", "Stocka", 29, 31, 2),
]
