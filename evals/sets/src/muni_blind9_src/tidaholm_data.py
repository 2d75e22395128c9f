"""Figures for Tidaholms kommun, Mål och budget 2025 (tenths of mnkr unless noted)."""
YEARS = ["Bokslut 2023", "Budget 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
SECTIONS = [
    ("Politisk verksamhet och ledning", [
        ("Kommunfullmäktige", [-34, -36, -37, -38, -39]),
        ("Revision", [-13, -14, -15, -15, -16]),
        ("Valnämnd", [-2, -9, -3, -12, -3]),
        ("Kommunstyrelsen", [-926, -968, -1012, -1035, -1059]),
    ]),
    ("Välfärd", [
        ("Barn- och utbildningsnämnden", [-4125, -4289, -4416, -4523, -4630]),
        ("Socialnämnden", [-3987, -4112, -4298, -4401, -4514]),
    ]),
    ("Samhälle", [
        ("Samhällsbyggnadsnämnden", [-584, -601, -627, -640, -652]),
        ("Kultur- och fritidsnämnden", [-319, -330, -341, -348, -355]),
        ("Miljö- och byggnadsnämnden", [-98, -104, -109, -112, -115]),
    ]),
]
INTAKTER = [2384, 2300, 2415, 2460, 2508]
AVSKR = [-382, -415, -448, -473, -496]
SKATT = [7126, 7483, 7819, 8094, 8362]
BIDRAG = [2438, 2625, 2714, 2769, 2820]
FININT = [61, 45, 42, 40, 40]
FINKOST = [-98, -124, -136, -149, -161]
RESULT = [143, 128, 211, 208, 216]

def vsum(rows):
    return [sum(r[i] for r in rows) for i in range(5)]

SEC_SUMS = [vsum([v for _, v in rows]) for _, rows in SECTIONS]
NAMNDER = vsum(SEC_SUMS)
NETTOKOSTNAD = [RESULT[i] - SKATT[i] - BIDRAG[i] - FININT[i] - FINKOST[i] for i in range(5)]
FINANSF = [NETTOKOSTNAD[i] - NAMNDER[i] for i in range(5)]
KOSTNADER = [NETTOKOSTNAD[i] - INTAKTER[i] - AVSKR[i] for i in range(5)]
SKATTBIDRAG = [SKATT[i] + BIDRAG[i] for i in range(5)]
VERKRES = [NETTOKOSTNAD[i] + SKATTBIDRAG[i] for i in range(5)]
EFTERFIN = [VERKRES[i] + FININT[i] + FINKOST[i] for i in range(5)]
assert EFTERFIN == RESULT

# Balance
ANL = [10124, 10789, 11563, 12140, 12587]
OMS = [1865, 1620, 1584, 1551, 1519]
TILLG = [ANL[i] + OMS[i] for i in range(5)]
EK = [6127]
for r in RESULT[1:]:
    EK.append(EK[-1] + r)
AVS = [684, 712, 740, 765, 789]
KORT = [2143, 2050, 2080, 2100, 2120]
LANG = [TILLG[i] - EK[i] - AVS[i] - KORT[i] for i in range(5)]
SKULDER = [LANG[i] + KORT[i] for i in range(5)]
EKS = [EK[i] + AVS[i] + SKULDER[i] for i in range(5)]
assert EKS == TILLG

# Cash flow (years index 1..4)
INVEST = [None] + [ANL[i] - ANL[i - 1] - AVSKR[i] for i in range(1, 5)]  # positive = outflow
DAVS = [None] + [AVS[i] - AVS[i - 1] for i in range(1, 5)]
DKORT = [None] + [KORT[i] - KORT[i - 1] for i in range(1, 5)]
LOPANDE = [None] + [RESULT[i] - AVSKR[i] + DAVS[i] + DKORT[i] for i in range(1, 5)]
LAN = [None] + [LANG[i] - LANG[i - 1] for i in range(1, 5)]
KASSA = [None] + [LOPANDE[i] - INVEST[i] + LAN[i] for i in range(1, 5)]
LIKV_END = [727]
for i in range(1, 5):
    LIKV_END.append(LIKV_END[-1] + KASSA[i])
for i in range(1, 5):
    assert KASSA[i] == OMS[i] - OMS[i - 1]

INVANARE = [12968, 12960, 12950, 12945, 12940]

# Investment budget, tkr: (name, 2025, 2026, 2027)
INV = [
    ("Kommunstyrelsen", [
        ("IT-infrastruktur och digitalisering", 4500, 4000, 4000),
        ("Fordon och maskiner", 2800, 2500, 2500),
        ("Exploatering Rosenbergs industriområde", 12000, 8000, 3000),
    ]),
    ("Barn- och utbildningsnämnden", [
        ("Ny förskola Ekedalen", 38500, 12000, 0),
        ("Ombyggnad Villaskolan", 14000, 22000, 9000),
        ("Inventarier och IT, skola", 3200, 3000, 3000),
    ]),
    ("Socialnämnden", [
        ("Ombyggnad Ekhagens äldreboende", 9500, 15000, 20000),
        ("Välfärdsteknik", 1800, 1500, 1500),
        ("Inventarier särskilt boende", 1200, 1000, 1000),
    ]),
    ("Samhällsbyggnadsnämnden", [
        ("Gator och vägar, beläggning", 8500, 9000, 9000),
        ("Gång- och cykelväg Ekedalsvägen", 6000, 4000, 0),
        ("Energieffektivisering kommunala fastigheter", 4200, 5000, 5000),
        ("Förnyelse va-ledningar", None, None, None),
    ]),
    ("Kultur- och fritidsnämnden", [
        ("Renovering simhallen", 1000, 6000, 8000),
        ("Lekplatser och spontanidrott", 1500, 1500, 1500),
    ]),
]
_targets = [INVEST[2] * 100, INVEST[3] * 100, INVEST[4] * 100]
_rest = [sum(p[k] for _, ps in INV for p in ps if p[k] is not None) for k in (1, 2, 3)]
INV[3][1][3] = ("Förnyelse va-ledningar", *[_targets[k] - _rest[k] for k in range(3)])
INV_TOT = _targets

# Verksamhet detail (tenths mnkr): name, intäkter 2025, netto 2025, netto 2024
BUN_VH = [
    ("Nämnd och förvaltningsledning", 4, -182, -176),
    ("Förskola", 162, -1014, -989),
    ("Fritidshem", 58, -212, -205),
    ("Grundskola", 121, -1648, -1597),
    ("Anpassad grundskola", 6, -164, -158),
    ("Gymnasieskola", 96, -893, -871),
    ("Vuxenutbildning och SFI", 87, -154, -152),
    ("Elevhälsa", 2, None, -141),
]
SN_VH = [
    ("Nämnd och förvaltningsledning", 3, -224, -219),
    ("Särskilt boende", 412, -1583, -1507),
    ("Hemtjänst", 168, -1046, -994),
    ("Funktionsstöd LSS", 221, -862, -832),
    ("Individ- och familjeomsorg", 34, -366, -352),
    ("Försörjningsstöd", 0, None, -124),
    ("Arbetsmarknad och integration", 96, -86, -84),
]
def _fix(vh, tot25, tot24):
    i = [k for k, r in enumerate(vh) if r[2] is None][0]
    s25 = sum(r[2] for r in vh if r[2] is not None)
    vh[i] = (vh[i][0], vh[i][1], tot25 - s25, vh[i][3])
    assert sum(r[3] for r in vh) == tot24, (sum(r[3] for r in vh), tot24)
_fix(BUN_VH, -4416, -4289)
_fix(SN_VH, -4298, -4112)

if __name__ == "__main__":
    print("namnder", NAMNDER, "finansf", FINANSF, "netto", NETTOKOSTNAD)
    print("kostn", KOSTNADER, "lang", LANG, "likv", LIKV_END, "invest", INVEST)
    print(INV[3][1][3], BUN_VH[-1], SN_VH[-2])
