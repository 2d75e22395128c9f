"""Gnosjö kommun: all figures (mnkr in tenths, tkr as ints)."""
MUNI = "Gnosjö"
# Driftbudget per nämnd: (label, U2023, B2024, B2025) net cost in tenths of mnkr (positive = cost)
DRIFT = [
    ("Kommunstyrelsen", [
        ("Kommunledningskontoret", 584, 612, 635),
        ("Tekniska enheten", 417, 430, 448),
        ("Räddningstjänst", 142, 151, 156),
        ("Näringsliv och turism", 53, 56, 54),
    ]),
    ("Barn- och utbildningsnämnden", [
        ("Förskola", 628, 654, 679),
        ("Grundskola", 1186, 1239, 1272),
        ("Gymnasieskola", 481, 503, 526),
        ("Vuxenutbildning", 94, 98, 91),
        ("Kulturskola", 42, 45, 46),
    ]),
    ("Socialnämnden", [
        ("Äldreomsorg", 1429, 1496, 1563),
        ("Funktionsstöd (LSS)", 615, 642, 668),
        ("Individ- och familjeomsorg", 387, 401, 415),
        ("Hälso- och sjukvård", 273, 285, 294),
    ]),
    ("Övriga nämnder", [
        ("Kommunfullmäktige och revision", 36, 38, 39),
        ("Miljö- och byggnadsnämnden", 69, 72, 75),
        ("Överförmyndarnämnden", 18, 19, 20),
        ("Valnämnden", 2, 9, 3),
    ]),
]
FINANSF = (98, 105, 112)  # finansförvaltning net cost


def section_sums():
    out = {}
    for sec, rows in DRIFT:
        out[sec] = tuple(sum(r[i] for r in rows) for i in (1, 2, 3))
    return out


def nämnd_total():
    s = section_sums()
    return tuple(sum(v[i] for v in s.values()) for i in range(3))


def netto_total():
    t = nämnd_total()
    return tuple(t[i] + FINANSF[i] for i in range(3))


YEARS = ["Utfall 2023", "Budget 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
INT = [1684, 1620, 1655, 1690, 1720]
AVSKR = [-298, -315, -334, -352, -366]
_n = netto_total()
NETTO = [-_n[0], -_n[1], -_n[2], -_n[2] - 180, -_n[2] - 180 - 175]
KOST = [NETTO[i] - INT[i] - AVSKR[i] for i in range(5)]
SKATT = [4862, 5105, 5301, 5468, 5629]
GSB = [1795, 1892, 1991, 2036, 2068]
FINI = [41, 35, 33, 30, 30]
FINK = [-83, -92, -105, -118, -126]
RES = [NETTO[i] + SKATT[i] + GSB[i] + FINI[i] + FINK[i] for i in range(5)]

# Investeringsbudget tkr: (projekt, nämnd, U23, B24, B25, P26, P27)
INV = [
    ("Ny förskola Hillerstorp", "BUN", 0, 2000, 24000, 22000, 0),
    ("Ombyggnad Töllstorpsskolan, etapp 2", "BUN", 6420, 9500, 12000, 4000, 0),
    ("Inventarier skolor och förskolor", "BUN", 1180, 1500, 1500, 1500, 1500),
    ("Trygghetsboende Åbrinken, Gnosjö", "SN", 850, 3000, 15000, 18500, 0),
    ("Välfärdsteknik och trygghetslarm", "SN", 1240, 1200, 1800, 1200, 1200),
    ("Gatubelysning LED, etapp 3", "KS", 2110, 2500, 2500, 2000, 0),
    ("Beläggningsunderhåll gator", "KS", 4560, 5000, 5500, 5500, 5500),
    ("Höjdfordon räddningstjänsten", "KS", 0, 0, 7800, 0, 0),
    ("IT-infrastruktur och digitalisering", "KS", 2930, 3000, 2800, 2800, 2800),
    ("Exploatering Hillerstorp syd (industrimark)", "KS", 3670, 6000, 8000, 3000, 0),
    ("Energieffektivisering kommunala fastigheter", "KS", 1950, 2500, 3000, 3000, 3000),
]
INV_TOT = [sum(r[i] for r in INV) for i in range(2, 7)]

# Årsarbetare (st): nämnd, U2023, B2024, B2025
AA = [
    ("Kommunstyrelsen", 98, 101, 103),
    ("Barn- och utbildningsnämnden", 312, 318, 321),
    ("Socialnämnden", 386, 392, 398),
    ("Miljö- och byggnadsnämnden", 9, 9, 10),
]
AA_TOT = [sum(r[i] for r in AA) for i in (1, 2, 3)]

# Skatteintäkter och generella statsbidrag (tenths): B2024, B2025
GSB_ROWS = [
    ("Inkomstutjämningsbidrag", 1512, 1571),
    ("Kostnadsutjämningsbidrag", 129, 146),
    ("Regleringsbidrag", 38, 52),
    ("LSS-utjämning", -46, -49),
    ("Kommunal fastighetsavgift", 211, 222),
]
_s = [GSB[1] - sum(r[1] for r in GSB_ROWS), GSB[2] - sum(r[2] for r in GSB_ROWS)]
GSB_ROWS.append(("Strukturbidrag", _s[0], _s[1]))

# Kassaflöde B2025, P2026, P2027 (tenths)
KF_OVR = [21, 18, 15]
KF_FORS = [15, 10, 10]
KF_LAN = [400, 300, 0]
KF_AMORT = [-120, -120, -150]

# Delårsrapport jan-aug 2024
DEL_AVV = {  # prognos avvikelse mot budget, tenths, + = överskott
    "Kommunstyrelsen": 12,
    "Barn- och utbildningsnämnden": -24,
    "Socialnämnden": -68,
    "Övriga nämnder": 3,
}
DEL_FIN_AVV = 31
DEL_UTF = {  # utfall jan-aug 2024 net cost tenths
    "Kommunstyrelsen": 803,
    "Barn- och utbildningsnämnden": 1662,
    "Socialnämnden": 1917,
    "Övriga nämnder": 91,
}
DEL_UTF_FIN = 52
DEL_SKATT = (3452, 3246, SKATT[1], SKATT[1] - 39)   # jan-aug 24, jan-aug 23, budget, prognos
DEL_GSB = (1262, 1195, GSB[1], GSB[1] + 21)
DEL_FINN = (-32, -28, FINI[1] + FINK[1], FINI[1] + FINK[1] + 8)
DEL_NETTO_23 = -4301

# Delårs investeringar (tkr): projekt, budget 2024, utfall jan-aug, prognos 2024
DEL_INV = [
    ("Ombyggnad Töllstorpsskolan, etapp 2", 9500, 5870, 9100),
    ("Trygghetsboende Åbrinken, Gnosjö", 3000, 640, 1400),
    ("Beläggningsunderhåll gator", 5000, 3920, 5000),
    ("Exploatering Hillerstorp syd (industrimark)", 6000, 2150, 4200),
    ("Övriga projekt", 12700, 5310, 10800),
]

# Gnosjö i siffror (md)
ORTER = [  # ort, 2022, 2023
    ("Gnosjö", 4596, 4611),
    ("Hillerstorp", 2187, 2203),
    ("Åsenhöga", 512, 505),
    ("Källeryd", 318, 312),
    ("Kulltorp", 231, 226),
    ("Landsbygd och övriga orter", 1899, 1845),
]
POP = [sum(r[i] for r in ORTER) for i in (1, 2)]
