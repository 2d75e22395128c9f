"""Sotenäs kommun figures (tenths of mnkr; ints for tkr/st)."""
FEM_YEARS = [2019, 2020, 2021, 2022, 2023]
POP_ORT = [  # ort, 2021, 2022, 2023
    ("Kungshamn", 1398, 1391, 1384),
    ("Smögen", 1287, 1279, 1268),
    ("Hunnebostrand", 1104, 1101, 1097),
    ("Väjern", 612, 615, 611),
    ("Bovallstrand", 489, 484, 480),
    ("Malmön", 338, 334, 331),
    ("Landsbygd och övriga orter", 3744, 3743, 3750),
]
POP = [sum(r[i] for r in POP_ORT) for i in (1, 2, 3)]  # 2021..2023
POP_FEM = [9010, 8995] + POP
SKATTESATS = ["22,36"] * 5
SOLID = [381, 402, 415, 408, 413]
AAR = [612, 618, 624, 631, 637]  # årsarbetare

# Driftredovisning 2023: nämnd, budget, utfall (net cost tenths)
DRIFT = [
    ("Kommunfullmäktige", 21, 20),
    ("Revision", 12, 11),
    ("Kommunstyrelsen", 1184, 1149),
    ("Barn- och utbildningsnämnden", 1965, 1982),
    ("Omsorgsnämnden", 2418, 2473),
    ("Byggnadsnämnden", 86, 80),
    ("Överförmyndarnämnden", 15, 17),
    ("Finansförvaltning", 190, 154),
]
DRIFT_B = sum(r[1] for r in DRIFT)
DRIFT_U = sum(r[2] for r in DRIFT)

# Resultaträkning: U2023, U2022, B2023
INT = [2146, 2013, 1880]
AVS = [-428, -401, -435]
NETTO = [-DRIFT_U, -5729, -DRIFT_B]
KOST = [NETTO[i] - INT[i] - AVS[i] for i in range(3)]
SKATT = [4419, 4253, 4462]
GSB = [1754, 1689, 1728]
FINI = [68, 49, 30]
FINK = [-97, -62, -85]
RES = [NETTO[i] + SKATT[i] + GSB[i] + FINI[i] + FINK[i] for i in range(3)]

# Investeringar 2023 (tkr): projekt, budget, utfall
INV = [
    ("Avsaltningsverket Kungshamn, förstudie och projektering", 4500, 3180),
    ("Kajrenovering Smögens hamn", 28000, 24650),
    ("Tillbyggnad Hunnebostrands skola", 22000, 14320),
    ("Ny huvudvattenledning Väjern–Kungshamn", 18500, 19240),
    ("Särskilt boende Ekelida, nya larm", 3200, 2870),
    ("Gång- och cykelväg Bovallstrand", 6000, 1150),
    ("Fordon och maskiner", 4800, 4410),
    ("Övriga investeringar", 28000, 27310),
]
INV_B = sum(r[1] for r in INV)
INV_U = sum(r[2] for r in INV)
NETINV = [882, 1045, 963, 1217, None]  # 2023 = INV_U/100 rounded
RES_FEM = [214, 338, 296, None, None]

# Gästnätter per månad 2022, 2023
MONTHS = ["Januari", "Februari", "Mars", "April", "Maj", "Juni", "Juli", "Augusti", "September", "Oktober", "November", "December"]
GN = [
    (3120, 3385), (3460, 3710), (5240, 5615), (9870, 10420), (18650, 19380), (41230, 43870),
    (96540, 101260), (62310, 64950), (17420, 18130), (8940, 9210), (4180, 4450), (5010, 5270),
]
GN_TOT = [sum(x[i] for x in GN) for i in (0, 1)]

# Ombudgetering (KS protokoll 2024-03-13 § 32), tkr: projekt, budget 2023, utfall 2023, ombudgetering
OMB = [(p, b, u, b - u) for p, b, u in INV if p in (
    "Avsaltningsverket Kungshamn, förstudie och projektering", "Kajrenovering Smögens hamn",
    "Tillbyggnad Hunnebostrands skola", "Gång- och cykelväg Bovallstrand")]
OMB_TOT = [sum(r[i] for r in OMB) for i in (1, 2, 3)]
