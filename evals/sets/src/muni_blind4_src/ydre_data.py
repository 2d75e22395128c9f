"""Figures for Ydre kommun, Mål och budget 2026-2028 (all invented). mnkr unless noted."""
YEARS = ["Bokslut 2024", "Budget 2025", "Budget 2026", "Plan 2027", "Plan 2028"]

BEF = [("0–5 år", 176, 171, 168, 170, 172, 173),
       ("6–15 år", 362, 355, 349, 341, 336, 330),
       ("16–19 år", 158, 161, 157, 152, 150, 148),
       ("20–64 år", 1922, 1904, 1893, 1880, 1871, 1862),
       ("65–79 år", 789, 794, 797, 801, 803, 806),
       ("80 år och äldre", 341, 356, 372, 389, 404, 418)]
BEF_SUM = tuple(sum(r[i] for r in BEF) for i in range(1, 7))

SKATT = [("Allmän kommunalskatt", 237.9, 245.9, 255.2, 263.7, 272.4),
         ("Slutavräkningsdifferens", -1.1, -0.8, -0.6, -0.5, -0.4)]
STATS = [("Inkomstutjämning", 68.4, 70.2, 73.5, 75.8, 78.1),
         ("Kostnadsutjämning", 9.6, 9.9, 11.2, 11.4, 11.6),
         ("Regleringsbidrag/-avgift", -1.8, -3.1, -2.6, -3.5, -4.1),
         ("LSS-utjämning", 4.2, 4.5, 4.4, 4.5, 4.6),
         ("Kommunal fastighetsavgift", 14.9, 14.9, 15.4, 15.3, 16.0)]


def col(rows, i):
    return round(sum(r[i] for r in rows), 1)


SKATT_SUM = tuple(col(SKATT, i) for i in range(1, 6))
STATS_SUM = tuple(col(STATS, i) for i in range(1, 6))
SKST = tuple(round(a + b, 1) for a, b in zip(SKATT_SUM, STATS_SUM))

INT = (78.4, 74.9, 76.2, 77.5, 78.8)
KOST = (-397.1, -396.3, -410.8, -421.4, -432.9)
AVS = (-13.9, -14.8, -15.6, -16.9, -17.4)
NETTO = tuple(round(a + b + c, 1) for a, b, c in zip(INT, KOST, AVS))
VRES = tuple(round(n + s, 1) for n, s in zip(NETTO, SKST))
FINI = (1.6, 1.2, 1.1, 1.1, 1.1)
FINK = (-2.9, -3.4, -3.7, -4.2, -4.6)
RES = tuple(round(v + a + b, 1) for v, a, b in zip(VRES, FINI, FINK))
RESPCT = tuple(round(100 * r / s, 1) for r, s in zip(RES, SKST))

NAMND = [("Kommunfullmäktige och revision", 2.4, 2.6, 2.7, 2.8, 2.8),
         ("Kommunstyrelsen", 48.6, 50.2, 51.4, 52.3, 53.5),
         ("Barn- och utbildningsnämnden", 118.9, 121.6, 124.3, 127.0, 129.8),
         ("Socialnämnden", 133.7, 136.8, 144.1, 150.2, 155.6),
         ("Tekniska nämnden", 22.5, 23.9, 22.1, 22.9, 23.6),
         ("Bygg- och miljönämnden", 4.3, 4.6, 4.8, 4.9, 5.0)]
NAMND_SUM = tuple(col(NAMND, i) for i in range(1, 6))
FINANSF = tuple(round(-n - s, 1) for n, s in zip(NETTO, NAMND_SUM))

# verksamheter: (namn, netto 2026, netto 2025, intäkter 2026) in tkr
VERK = [
    ("Kommunfullmäktige och revision", [
        ("Kommunfullmäktige", 950, 920, 0),
        ("Revision", 1050, 1010, 0),
        ("Valnämnd", 120, 90, 0),
        ("Överförmyndare", 580, 580, 60)]),
    ("Kommunstyrelsen", [
        ("Kommunledning och kansli", 14820, 14350, 1240),
        ("Ekonomi och upphandling", 7460, 7290, 380),
        ("HR och löner", 6930, 6780, 1610),
        ("IT och digitalisering", 8240, 7910, 2150),
        ("Näringsliv och turism", 3150, 3260, 420),
        ("Kollektivtrafik", 5870, 5690, 1130),
        ("Räddningstjänst", 4930, 4920, 2460)]),
    ("Barn- och utbildningsnämnden", [
        ("Förskola", 24180, 23560, 3960),
        ("Fritidshem", 4310, 4250, 1820),
        ("Grundskola F–9", 51640, 50520, 6340),
        ("Anpassad grundskola", 3920, 3810, 310),
        ("Gymnasieskola", 27450, 26890, 1450),
        ("Vuxenutbildning", 3260, 3180, 1980),
        ("Kultur, bibliotek och fritid", 5140, 5090, 960),
        ("Förvaltningsgemensamt", 4400, 4300, 0)]),
    ("Socialnämnden", [
        ("Särskilt boende", 48720, 45630, 9870),
        ("Hemtjänst", 32340, 29940, 3140),
        ("Hälso- och sjukvård", 12370, 11980, 1260),
        ("LSS och socialpsykiatri", 26930, 26150, 7920),
        ("Individ- och familjeomsorg", 16980, 16410, 2480),
        ("Försörjningsstöd", 3460, 3390, 0),
        ("Förvaltningsgemensamt", 3300, 3300, 0)]),
    ("Tekniska nämnden", [
        ("Gator och vägar", 6840, 7310, 1350),
        ("Gatubelysning", 1120, 1690, 0),
        ("Parker och grönytor", 2310, 2420, 180),
        ("Fastighetsförvaltning", 8760, 9380, 41230),
        ("Måltidsverksamhet", 1480, 1560, 17640),
        ("Vatten och avlopp", 0, 0, 24650),
        ("Renhållning", 0, 0, 9870),
        ("Förvaltningsgemensamt", 1590, 1540, 0)]),
    ("Bygg- och miljönämnden", [
        ("Bygglov och planering", 2140, 2050, 1860),
        ("Miljö- och hälsoskydd", 1930, 1860, 1240),
        ("Livsmedelskontroll", 320, 300, 510),
        ("Bostadsanpassning", 410, 390, 0)]),
]

# investeringar tkr: (projekt, 2026, 2027, 2028)
INV = [
    ("Kommunstyrelsen", [("IT-infrastruktur och digitalisering", 1500, 1200, 1200),
                         ("Bredband på landsbygden", 2000, 1000, 0)]),
    ("Barn- och utbildningsnämnden", [("Ny förskola i Österbymo", 14500, 9800, 0),
                                      ("Inventarier skolor och förskolor", 800, 800, 800),
                                      ("Skolgård Ydreskolan", 1200, 0, 0)]),
    ("Socialnämnden", [("Trygghetslarm och välfärdsteknik", 900, 600, 600),
                       ("Inventarier särskilt boende", 500, 500, 500)]),
    ("Tekniska nämnden", [("Beläggning gator och vägar", 2500, 2500, 2500),
                          ("Gatubelysning, byte till LED", 1200, 800, 0),
                          ("Energieffektivisering fastigheter", 1800, 1800, 1500),
                          ("Reinvestering VA-ledningar", 6000, 6500, 7000),
                          ("Nytt vattenverk Österbymo", 3500, 12000, 4000)]),
    ("Bygg- och miljönämnden", [("Nytt GIS-system", 300, 0, 0)]),
]
INV_TOT = tuple(sum(p[i] for _, ps in INV for p in ps) for i in (1, 2, 3))

# balansbudget
MAT = [298.4, 315.6]
for inv, avs in zip(INV_TOT, AVS[2:]):
    MAT.append(round(MAT[-1] + inv / 1000 + avs, 1))
FIN_AT = (12.6,) * 5
FORDR = (38.2, 36.0, 36.5, 37.0, 37.5)
KASSA = (21.7, 14.2, 10.3, 9.1, 9.8)
KASSA_2023 = 25.4
EK = [162.3]
for r in RES[1:]:
    EK.append(round(EK[-1] + r, 1))
PENS = (9.8, 10.4, 11.1, 11.9, 12.6)
LANG = (125.0, 140.0, 160.0, 185.0, 180.0)
TILL = tuple(round(MAT[i] + FIN_AT[i] + FORDR[i] + KASSA[i], 1) for i in range(5))
KORT = tuple(round(TILL[i] - EK[i] - PENS[i] - LANG[i], 1) for i in range(5))
SOLID = tuple(round(100 * EK[i] / TILL[i], 1) for i in range(5))

# kassaflöde
INVEST = (28.7, 32.0) + tuple(x / 1000 for x in INV_TOT)
NYLAN = (10.0, 15.0, 20.0, 25.0, 0.0)
AMORT = (0.0, 0.0, 0.0, 0.0, -5.0)
PENS_PREV = 9.3
JUSTAVS = tuple(round(PENS[i] - (PENS[i - 1] if i else PENS_PREV), 1) for i in range(5))
KASSA_CHG = tuple(round(KASSA[i] - (KASSA[i - 1] if i else KASSA_2023), 1) for i in range(5))
RORELSE = tuple(round(KASSA_CHG[i] - (RES[i] - AVS[i] + JUSTAVS[i] - INVEST[i] + NYLAN[i] + AMORT[i]), 1)
                for i in range(5))
LOP = tuple(round(RES[i] - AVS[i] + JUSTAVS[i] + RORELSE[i], 1) for i in range(5))

PERS = [("Kommunstyrelsen", 58.5, 59.0), ("Barn- och utbildningsnämnden", 142.0, 143.5),
        ("Socialnämnden", 196.5, 201.0), ("Tekniska nämnden", 47.0, 45.5),
        ("Bygg- och miljönämnden", 7.5, 7.5)]
