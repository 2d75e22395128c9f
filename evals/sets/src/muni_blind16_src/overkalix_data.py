"""Invented figures for Överkalix kommun (small, Norrbottens län). tkr unless noted."""
from common import D

MUNI = "Överkalix kommun"

# columns: utfall 2023, budget 2023, utfall 2022
RR = {
    "intakter": [71406, 63200, 68912],
    "kostnader": [-384215, -375900, -369784],
    "avskr": [-14872, -15300, -14236],
    "skatt": [142318, 141600, 136245],
    "gsb": [195902, 191400, 187613],
    "finint": [1284, 800, 912],
    "finkost": [-3609, -3100, -1974],
    "extra": [0, 0, 0],
}
RR["netto"] = [a + b + c for a, b, c in zip(RR["intakter"], RR["kostnader"], RR["avskr"])]
RR["vres"] = [n + s + g for n, s, g in zip(RR["netto"], RR["skatt"], RR["gsb"])]
RR["refp"] = [v + i + k for v, i, k in zip(RR["vres"], RR["finint"], RR["finkost"])]
RR["res"] = [r + e for r, e in zip(RR["refp"], RR["extra"])]

# Balansräkning: 2023-12-31, 2022-12-31
BR = {
    "mat": [268415, 259802],
    "fin": [12306, 12306],
    "forrad": [1104, 1187],
    "fordr": [28917, 31448],
    "kassa": [41236, 35914],
    "ek": [150688 + RR["res"][0], 150688],
    "varav_res": [RR["res"][0], RR["res"][2]],
    "avs": [9615, 9102],
    "langfr": [125400, 119800],
}
BR["anl"] = [a + b for a, b in zip(BR["mat"], BR["fin"])]
BR["oms"] = [a + b + c for a, b, c in zip(BR["forrad"], BR["fordr"], BR["kassa"])]
BR["tillg"] = [a + b for a, b in zip(BR["anl"], BR["oms"])]
BR["kortfr"] = [t - e - a - l for t, e, a, l in zip(BR["tillg"], BR["ek"], BR["avs"], BR["langfr"])]

# Kassaflödesanalys 2023, 2022
KF = {
    "res": [RR["res"][0], RR["res"][2]],
    "avskr": [14872, 14236],
    "avs": [BR["avs"][0] - BR["avs"][1], 287],
    "forrad": [BR["forrad"][1] - BR["forrad"][0], -46],
    "fordr": [BR["fordr"][1] - BR["fordr"][0], -3112],
    "kortfr": [BR["kortfr"][0] - BR["kortfr"][1], 4215],
    "inv": [-(BR["mat"][0] - BR["mat"][1] + 14872), -19640],
    "forsalj": [0, 350],
    "nylan": [10000, 5000],
    "amort": [-4400, -4400],
}
KF["fore_rk"] = [KF["res"][i] + KF["avskr"][i] + KF["avs"][i] for i in range(2)]
KF["lopande"] = [KF["fore_rk"][i] + KF["forrad"][i] + KF["fordr"][i] + KF["kortfr"][i] for i in range(2)]
KF["invest"] = [KF["inv"][i] + KF["forsalj"][i] for i in range(2)]
KF["finans"] = [KF["nylan"][i] + KF["amort"][i] for i in range(2)]
KF["arets"] = [KF["lopande"][i] + KF["invest"][i] + KF["finans"][i] for i in range(2)]
KF["ub"] = [BR["kassa"][0], BR["kassa"][1]]
KF["ib"] = [KF["ub"][i] - KF["arets"][i] for i in range(2)]
assert KF["ib"][0] == BR["kassa"][1]
assert BR["langfr"][0] - BR["langfr"][1] == KF["finans"][0]

# Driftredovisning: budget 2023, utfall 2023, utfall 2022
DRIFT = [
    ("Kommunstyrelsen", [
        ("Kommunledning och administration", 38400, 37112, 35906),
        ("Teknisk verksamhet och fastigheter", 31900, 33845, 30217),
        ("Näringsliv, turism och kultur", 9800, 9214, 9530),
    ]),
    ("Barn- och utbildningsnämnden", [
        ("Förskola och pedagogisk omsorg", 24300, 23876, 23015),
        ("Grundskola och förskoleklass", 48600, 49917, 46884),
        ("Gymnasieskola, interkommunal ersättning", 21700, 20488, 20951),
    ]),
    ("Socialnämnden", [
        ("Individ- och familjeomsorg", 14200, 16934, 13781),
        ("Äldreomsorg", 98500, 97206, 94318),
        ("Funktionsstöd, LSS och socialpsykiatri", 27600, 27158, 26470),
    ]),
    ("Övriga nämnder", [
        ("Miljö- och byggnämnden", 2300, 2187, 2098),
        ("Revision", 900, 872, 846),
        ("Valnämnden", 100, 36, 412),
    ]),
]
DRIFT_SUM = {n: [sum(r[i] for r in rows) for i in (1, 2, 3)] for n, rows in DRIFT}
DRIFT_TOTAL = [sum(v[i] for v in DRIFT_SUM.values()) for i in range(3)]
NETTO = [-RR["netto"][1], -RR["netto"][0], -RR["netto"][2]]  # budget 2023, utfall 2023, utfall 2022
FINANSF = [NETTO[i] - DRIFT_TOTAL[i] for i in range(3)]

# Investeringsredovisning 2023: budget, utfall
INV = [
    ("Ombyggnad särskilt boende Tallgården", 8500, 7912),
    ("Vatten och avlopp, ledningsförnyelse", 5000, 5613),
    ("Gator och belysning", 2400, 2276),
    ("Reservkraft kommunhuset", 1800, 1955),
    ("Upprustning skolgård, Centralskolan", 1600, 1407),
    ("Ny förskola, etapp 1 (projektering)", 1500, 648),
    ("Fordon", 1200, 1088),
    ("IT och digitalisering", 900, 742),
    ("Övriga investeringar", 2100, 1844),
]
INV_SUM = [sum(r[1] for r in INV), sum(r[2] for r in INV)]
assert INV_SUM[1] == -KF["inv"][0]

# Fem år i sammandrag 2019-2023
FEM_YEARS = [2019, 2020, 2021, 2022, 2023]
POP = {2014: 3436, 2015: 3408, 2016: 3402, 2017: 3371, 2018: 3341, 2019: 3312, 2020: 3289, 2021: 3251,
       2022: 3228, 2023: 3187}
POP_2013 = 3461
SKATT = {2019: D("23.20"), 2020: D("23.45"), 2021: D("23.45"), 2022: D("23.45"), 2023: D("23.45")}
SKATT_REGION = D("11.54")
NETTOKOST = {2019: 291402, 2020: 296118, 2021: 303557, 2022: -RR["netto"][2], 2023: -RR["netto"][0]}
ARETS_RES = {2019: 4106, 2020: 12880, 2021: 15412, 2022: RR["res"][2], 2023: RR["res"][0]}
NETINV = {2019: 17903, 2020: 14226, 2021: 21015, 2022: -KF["invest"][1], 2023: -KF["invest"][0]}
SOLIDITET = {2019: D("41.2"), 2020: D("42.7"), 2021: D("44.0")}
ANSTALLDA = {2019: 392, 2020: 388, 2021: 381, 2022: 379, 2023: 374}

# Noter
NOT1 = [("Taxor och avgifter", 21318), ("Hyror och arrenden", 9406), ("Bidrag", 34872),
        ("Försäljning av verksamhet", 5810)]
NOT4 = [("Preliminär kommunalskatt", 143901), ("Prognos slutavräkning 2023", -1196),
        ("Differens slutavräkning 2022", -387)]
NOT5 = [("Inkomstutjämningsbidrag", 98412), ("Kostnadsutjämningsbidrag", 47805), ("Regleringsbidrag", 9214),
        ("Strukturbidrag", 6618), ("LSS-utjämning", -2146), ("Kommunal fastighetsavgift", 12904),
        ("Övriga generella bidrag från staten", 23095)]
NOT7 = [("Räntekostnader på lån", 3142), ("Ränta på pensionsavsättning", 398), ("Övriga finansiella kostnader", 69)]
assert sum(v for _, v in NOT1) == RR["intakter"][0]
assert sum(v for _, v in NOT4) == RR["skatt"][0]
assert sum(v for _, v in NOT5) == RR["gsb"][0]
assert sum(v for _, v in NOT7) == -RR["finkost"][0]

# Budget 2025 (HTML news): nämnd, ram 2024, ram 2025
RAM = [
    ("Kommunstyrelsen", 82400, 84900),
    ("Barn- och utbildningsnämnden", 97300, 99100),
    ("Socialnämnden", 145600, 151200),
    ("Miljö- och byggnämnden", 2400, 2450),
    ("Revision", 920, 950),
    ("Valnämnden", 150, 20),
]
RAM_SUM = [sum(r[1] for r in RAM), sum(r[2] for r in RAM)]

# population components 2014-2023: födda, döda, inflyttade (utflyttade computed)
COMP = {2014: (24, 52, 118), 2015: (21, 49, 131), 2016: (26, 55, 178), 2017: (19, 58, 124),
        2018: (22, 47, 117), 2019: (20, 51, 126), 2020: (23, 56, 138), 2021: (18, 54, 115),
        2022: (21, 50, 129), 2023: (17, 53, 112)}
