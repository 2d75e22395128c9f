"""Shared data for the blind-muni13 corpus (Säffle + Mönsterås). Amounts in tenths (mnkr*10) unless noted."""

def grp(n):
    s = str(n)
    out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out
        s = s[:-3]
    return s + out

def f1(t, neg="−", paren=False):
    a = abs(t)
    s = grp(a // 10) + "," + str(a % 10)
    if t < 0:
        return "(" + s + ")" if paren else neg + s
    return s

def f0(n, neg="−"):
    return (neg if n < 0 else "") + grp(abs(n))

def pct1(x):  # float -> "3,1"
    s = f"{x:.1f}".replace(".", ",").replace("-", "−")
    return s

# ---------------------------------------------------------------- Säffle
S_POP = [15593, 15541, 15478, 15430, 15387, 15350, 15320, 15300, 15290]   # 2020..2028
S_YEARS5 = ["Utfall 2024", "Budget 2025", "Budget 2026", "Plan 2027", "Plan 2028"]
S_POLITIK = [("Kommunfullmäktige", [31, 33, 34, 35, 35], ""),
             ("Revision", [14, 15, 15, 16, 16], ""),
             ("Valnämnd", [2, 1, 12, 1, 8], "1"),
             ("Överförmyndarnämnd", [26, 28, 29, 30, 31], "")]
S_NAMNDER = [("Kommunstyrelsen", [1184, 1246, 1279, 1302, 1328], "2"),
             ("Barn- och utbildningsnämnden", [4127, 4263, 4385, 4471, 4559], ""),
             ("Socialnämnden", [4682, 4819, 4976, 5094, 5213], "3"),
             ("Kultur- och fritidsnämnden", [389, 402, 413, 420, 428], ""),
             ("Miljö- och byggnadsnämnden", [98, 104, 107, 110, 112], ""),
             ("Tekniska nämnden", [526, 541, 558, 572, 585], "")]
S_FINANS = [("Pensioner och försäkringar", [392, 405, 418, 431, 446], "4"),
            ("Avskrivningar", [452, 471, 498, 524, 547], ""),
            ("Interna kapitalkostnader", [-401, -418, -441, -463, -482], ""),
            ("Pott för löneökningar", [0, 0, 112, 238, 361], "5")]

def colsum(rows):
    return [sum(r[1][i] for r in rows) for i in range(5)]

S_SUM_POL = colsum(S_POLITIK)
S_SUM_NAM = colsum(S_NAMNDER)
S_SUM_FIN = colsum(S_FINANS)
S_NETTO = [a + b + c for a, b, c in zip(S_SUM_POL, S_SUM_NAM, S_SUM_FIN)]   # positive cost

S_INTAKTER = [2384, 2410, 2452, 2490, 2530]
S_AVSKR = S_FINANS[1][1]
S_KOSTNADER = [n - a + i for n, a, i in zip(S_NETTO, S_AVSKR, S_INTAKTER)]
S_SKATT = [7724, 7998, 8290, 8620, 8950]
S_BIDRAG = [4101, 4252, 4400, 4490, 4590]
S_VR = [s + b - n for s, b, n in zip(S_SKATT, S_BIDRAG, S_NETTO)]
S_FININT = [64, 52, 48, 48, 48]
S_FINKOST = [112, 138, 151, 168, 182]
S_RES = [v + fi - fk for v, fi, fk in zip(S_VR, S_FININT, S_FINKOST)]

# skatteprognos 2025 / 2026 (tenths)
S_UTJ = [("Skatteintäkter", 7998, 8290),
         ("Inkomstutjämning", 3124, 3217),
         ("Kostnadsutjämning", 486, 523),
         ("Regleringsbidrag", 141, 89),
         ("LSS-utjämning", -62, -74),
         ("Kommunal fastighetsavgift", 387, 402),
         ("Generella bidrag från staten", 0, 0)]
_b25 = S_BIDRAG[1] - sum(r[1] for r in S_UTJ[1:6])
_b26 = S_BIDRAG[2] - sum(r[2] for r in S_UTJ[1:6])
S_UTJ[6] = ("Generella bidrag från staten", _b25, _b26)
S_UTJ_SUM = (sum(r[1] for r in S_UTJ), sum(r[2] for r in S_UTJ))

# ramförändringar 2025->2026 (tenths): PLU, volym, effektivisering
S_RAM = {"Kommunstyrelsen": (39, 6, -12), "Barn- och utbildningsnämnden": (132, 24, -34),
         "Socialnämnden": (139, 48, -30), "Kultur- och fritidsnämnden": (13, 2, -4),
         "Miljö- och byggnadsnämnden": (4, 0, -1), "Tekniska nämnden": (16, 9, -8)}
for name, v, _ in S_NAMNDER:
    assert v[1] + sum(S_RAM[name]) == v[2], name

# flerårsöversikt 2020..2028
S_SKATTESATS = ["22,21", "22,21", "22,21", "22,21", "22,46", "22,46", "22,46", "22,46", "22,46"]
S_RES_HIST = [314, 428, 275, -86] + S_RES            # tenths
S_LAN = [3100, 3100, 3350, 3900, 4250, 4700, 5200, 5600, 5850]
S_SOLID = [382, 379, 364, 331, 318, 305, 296, 290, 287]

# investeringsbudget (tkr) 2026, 2027, 2028
S_INV = [
    ("Kommunstyrelsen", [("IT-infrastruktur och digitalisering", [3500, 3000, 3000]),
                         ("Bredbandsutbyggnad landsbygd", [2000, 1500, 0]),
                         ("Inventarier kommunhuset", [600, 400, 400])]),
    ("Barn- och utbildningsnämnden", [("Förskola Värmlandsbro, nybyggnad", [32000, 36500, 0]),
                                      ("Inventarier förskola Värmlandsbro", [0, 2400, 0]),
                                      ("Skolgårdar, upprustning", [1500, 1500, 1500]),
                                      ("Digitala verktyg skola", [1200, 1200, 1200]),
                                      ("Ventilation Tingvallaskolan", [4800, 0, 0])]),
    ("Socialnämnden", [("Välfärdsteknik", [1800, 1500, 1500]),
                       ("Inventarier särskilt boende", [900, 900, 900]),
                       ("Ombyggnad Furulunds äldreboende", [6500, 8000, 0])]),
    ("Kultur- och fritidsnämnden", [("Konstgräsplan Tingvalla IP", [0, 5200, 0]),
                                    ("Meröppet bibliotek Svanskog", [450, 0, 0]),
                                    ("Badhuset, reinvestering", [2200, 1000, 1000])]),
    ("Miljö- och byggnadsnämnden", [("Digitalt bygglovssystem", [700, 0, 0])]),
    ("Tekniska nämnden", [("Gator och vägar, beläggning", [6000, 6000, 6500]),
                          ("Gång- och cykelväg Säffle–Värmlandsbro", [3800, 4200, 0]),
                          ("Gatubelysning LED", [1500, 1500, 1500]),
                          ("Lekplatser", [800, 800, 800]),
                          ("Hamnen, kajrenovering", [2500, 7500, 0]),
                          ("Fastighetsunderhåll, energiåtgärder", [9000, 9000, 9000]),
                          ("Fordon och maskiner", [2200, 1800, 1800])]),
    ("VA-verksamhet (taxefinansierad)", [("Vattenverk Säffle, etapp 2", [14000, 18000, 22000]),
                                         ("VA-ledningar, förnyelse", [8000, 8000, 8000]),
                                         ("Reningsverk Svanskog", [0, 3500, 12000])]),
]
S_INV_SEC = {sec: [sum(r[1][i] for r in rows) for i in range(3)] for sec, rows in S_INV}
S_INV_TOT = [sum(S_INV_SEC[s][i] for s in S_INV_SEC) for i in range(3)]
S_NETINV = [582, 716, 843, 960, 887, 1024] + [round(x / 100) for x in S_INV_TOT]   # tenths mnkr

# landsbygdsfond (kr) in KS minutes
S_FOND = [("Svanskogs bygdegårdsförening", "Svanskog", 120000, 95000),
          ("Långseruds IF", "Långserud", 85000, 60000),
          ("Värmlandsbro byalag", "Värmlandsbro", 150000, 150000),
          ("Tveta hembygdsförening", "Tveta", 40000, 35000),
          ("Kila sockenråd", "Kila", 60000, 0)]
S_FOND_SUM = (sum(r[2] for r in S_FOND), sum(r[3] for r in S_FOND))

# ---------------------------------------------------------------- Mönsterås
M_DRIFT = [("Kommunstyrelsen", 1124, 719, 1108),
           ("Barn- och utbildningsnämnden", 3687, 2472, 3729),
           ("Socialnämnden", 4215, 2856, 4284),
           ("Miljö- och byggnadsnämnden", 89, 54, 85),
           ("Samhällsbyggnadsnämnden", 612, 387, 599),
           ("Revision", 13, 7, 13),
           ("Överförmyndarnämnden", 24, 18, 26)]
M_DRIFT_SUM = [sum(r[i] for r in M_DRIFT) for i in (1, 2, 3)]
# resultaträkning columns: jan-aug 2024, jan-aug 2025, budget 2025, prognos 2025 (signed tenths)
M_INT = [1426, 1498, 2180, 2215]
M_AVS = [-279, -294, -445, -441]
M_NETTO_BUD, M_NETTO_PROG = -10488, -10539
M_NETTO = [-6666, -6921, M_NETTO_BUD, M_NETTO_PROG]
M_KOST = [n - i - a for n, i, a in zip(M_NETTO, M_INT, M_AVS)]
M_SKATT = [4763, 4917, 7201, 7278]
M_BIDRAG = [2328, 2439, 3563, 3580]
M_VR = [n + s + b for n, s, b in zip(M_NETTO, M_SKATT, M_BIDRAG)]
M_FI = [41, 36, 50, 56]
M_FK = [-68, -79, -115, -121]
M_RES = [v + a + b for v, a, b in zip(M_VR, M_FI, M_FK)]
# finansförvaltning row in driftredovisning: budget, utfall, prognos
M_FINF = [-M_NETTO[2] - M_DRIFT_SUM[0], -M_NETTO[1] - M_DRIFT_SUM[1], -M_NETTO[3] - M_DRIFT_SUM[2]]
M_INV = [("Ny förskola Timmernabben", 240, 153, 225),
         ("Ålems skola, tillbyggnad", 95, 21, 40),
         ("VA-ledning Pataholm–Ålem", 180, 118, 180),
         ("Gator och vägar", 65, 32, 65),
         ("Sporthallen Mönsterås, nytt tak", 38, 39, 39),
         ("IT och digitalisering", 26, 11, 22),
         ("Övriga investeringar", 79, 34, 68)]
M_INV_SUM = [sum(r[i] for r in M_INV) for i in (1, 2, 3)]
M_SJUK = [("Kommunledningsförvaltningen", "4,1", "3,8"),
          ("Barn- och utbildningsförvaltningen", "6,9", "6,4"),
          ("Socialförvaltningen", "9,2", "8,7"),
          ("Samhällsbyggnadsförvaltningen", "5,3", "5,9"),
          ("Totalt", "7,6", "7,2")]
M_POP0 = 13452  # 31 dec 2019
M_BEF = [(2020, 121, 168, 642, 590), (2021, 118, 159, 671, 602), (2022, 109, 171, 655, 618),
         (2023, 112, 163, 598, 611), (2024, 104, 158, 627, 588)]
M_POP = []
_p = M_POP0
for y, f, d, i, u in M_BEF:
    _p = _p + f - d + i - u
    M_POP.append(_p)
M_EKO = [(2020, 22.36, 28.4, 61.2, 41.5), (2021, 22.36, 35.1, 58.7, 42.9), (2022, 22.36, 19.6, 74.3, 42.1),
         (2023, 22.36, -4.2, 88.9, 40.3), (2024, 22.36, 17.8, 92.6, 39.8)]
