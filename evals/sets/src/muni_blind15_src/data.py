"""Data for the blind-muni15 corpus (Östhammar + Bollebygd). All figures invented but internally consistent.
Amounts in mnkr use Decimal with one decimal; tkr/kr amounts are ints."""
from decimal import Decimal as D

YEARS = ["Utfall 2023", "Budget 2024", "Budget 2025", "Plan 2026", "Plan 2027"]

# ---------------- Östhammar -----------------
OS_POP = {2023: 22418, 2024: 22356, 2025: 22300, 2026: 22260, 2027: 22230}  # invånare 1 nov året före / antagande
OS_TAX = D("22.11")

OS_NAMND = [  # net cost, mnkr (negative)
    ("Kommunfullmäktige och revision", ["-6.8", "-7.1", "-7.4", "-7.5", "-7.7"]),
    ("Kommunstyrelsen", ["-142.6", "-151.3", "-158.9", "-161.2", "-164.0"]),
    ("Bildningsnämnden", ["-712.4", "-738.9", "-761.5", "-775.0", "-790.3"]),
    ("Socialnämnden", ["-628.7", "-655.2", "-679.8", "-694.1", "-709.6"]),
    ("Samhällsbyggnadsnämnden", ["-48.3", "-51.6", "-53.2", "-54.0", "-55.1"]),
    ("Kultur- och fritidsnämnden", ["-39.5", "-41.2", "-42.8", "-43.5", "-44.3"]),
    ("Valnämnden", ["-0.4", "-1.2", "-0.3", "-1.1", "-0.3"]),
]
OS_NAMND = [(n, [D(x) for x in v]) for n, v in OS_NAMND]
OS_SKATT = [D(x) for x in ["1205.0", "1276.0", "1327.0", "1352.0", "1385.0"]]
OS_STATS = [D(x) for x in ["402.0", "433.0", "451.0", "460.0", "468.0"]]
OS_FINANSNETTO = [D(x) for x in ["-3.8", "-5.2", "-6.1", "-7.0", "-7.8"]]
OS_GEMENSAMT = [D(x) for x in ["-28.0", "-30.5", "-33.2", "-34.5", "-36.0"]]
OS_SUM_NAMND = [sum(v[i] for _, v in OS_NAMND) for i in range(5)]
OS_SUM_FIN = [OS_SKATT[i] + OS_STATS[i] + OS_FINANSNETTO[i] + OS_GEMENSAMT[i] for i in range(5)]
OS_RESULT = [OS_SUM_NAMND[i] + OS_SUM_FIN[i] for i in range(5)]
OS_CHANGE_PCT = {}  # Budget 2025 vs Budget 2024, % of cost
for n, v in OS_NAMND:
    OS_CHANGE_PCT[n] = ((v[2] - v[1]) / v[1] * 100).quantize(D("0.1"))
OS_CHANGE_PCT["Summa nämnder"] = ((OS_SUM_NAMND[2] - OS_SUM_NAMND[1]) / OS_SUM_NAMND[1] * 100).quantize(D("0.1"))

# Resultatbudget
OS_INTAKTER = [D(x) for x in ["398.5", "405.0", "412.5", "418.0", "424.0"]]
OS_AVSKR = [D(x) for x in ["-64.2", "-66.8", "-70.2", "-74.5", "-78.1"]]
OS_NETTOKOSTN = [OS_SUM_NAMND[i] + OS_GEMENSAMT[i] for i in range(5)]
OS_KOSTNADER = [OS_NETTOKOSTN[i] - OS_INTAKTER[i] - OS_AVSKR[i] for i in range(5)]
OS_FININT = [D(x) for x in ["6.2", "5.5", "5.0", "4.8", "4.5"]]
OS_FINKOST = [OS_FINANSNETTO[i] - OS_FININT[i] for i in range(5)]
OS_VERKRES = [OS_NETTOKOSTN[i] + OS_SKATT[i] + OS_STATS[i] for i in range(5)]
assert all(OS_VERKRES[i] + OS_FININT[i] + OS_FINKOST[i] == OS_RESULT[i] for i in range(5))

# Investeringsbudget, tkr: (section, [(projekt, b2025, p2026, p2027)])
OS_INV = [
    ("Kommunstyrelsen", [
        ("IT-infrastruktur och digitalisering", 4500, 3500, 3500),
        ("Bredbandsutbyggnad landsbygd", 6000, 4000, 0),
        ("Energieffektivisering kommunhuset", 2800, 0, 0)]),
    ("Bildningsnämnden", [
        ("Ny förskola i Gimo", 28000, 36000, 4000),
        ("Renovering Öregrunds skola", 12500, 8000, 0),
        ("Inventarier skolor och förskolor", 3200, 3200, 3200),
        ("Skolgård Alunda skola", 1850, 0, 0)]),
    ("Socialnämnden", [
        ("Trygghetsboende Österbybruk", 15000, 22000, 0),
        ("Välfärdsteknik", 2400, 2000, 2000),
        ("Inventarier särskilt boende", 1100, 1100, 1100)]),
    ("Samhällsbyggnadsnämnden", [
        ("Gatubelysning, utbyte till LED", 5500, 5500, 3000),
        ("Gång- och cykelväg Gimo–Skoby", 9800, 4200, 0),
        ("Kajrenovering hamnen i Öregrund", 7600, 0, 0),
        ("Reinvestering gator och vägar", 8000, 8000, 8000),
        ("Lekplatser", 1500, 1500, 1500)]),
    ("Kultur- och fritidsnämnden", [
        ("Ombyggnad Alunda sporthall", 14000, 3000, 0),
        ("Konstgräsplan Österbybruk", 6200, 0, 0),
        ("Ny inredning biblioteket Östhammar", 850, 0, 0)]),
]
OS_INV_SUB = {s: [sum(r[i] for r in rows) for i in (1, 2, 3)] for s, rows in OS_INV}
OS_INV_TOT = [sum(OS_INV_SUB[s][i] for s in OS_INV_SUB) for i in range(3)]

# Kassaflödesbudget (mnkr) Budget 2025, Plan 2026, Plan 2027
OS_KF_PENS = [D("4.5"), D("3.8"), D("3.2")]
OS_KF_FORS = [D("2.0"), D("1.5"), D("0.0")]
OS_KF_NYUPPL = [D("40.0"), D("30.0"), D("0.0")]
OS_KF_AMORT = [D("-15.0"), D("-15.0"), D("-15.0")]

# Nyckeltal per nämnd (landscape)
OS_ARSARB = {"Kommunfullmäktige och revision": 3, "Kommunstyrelsen": 168, "Bildningsnämnden": 812,
             "Socialnämnden": 905, "Samhällsbyggnadsnämnden": 64, "Kultur- och fritidsnämnden": 38, "Valnämnden": 0}
OS_SJUK = {"Kommunfullmäktige och revision": "3,1", "Kommunstyrelsen": "4,2", "Bildningsnämnden": "6,8",
           "Socialnämnden": "8,4", "Samhällsbyggnadsnämnden": "4,9", "Kultur- och fritidsnämnden": "5,3", "Valnämnden": "–"}

# Bildningsnämnden per verksamhet, tkr (net cost, positive)
OS_BN = [
    ("Nämnd och förvaltningsledning", 18400, 18900),
    ("Förskola", 168200, 172600),
    ("Fritidshem", 41300, 42100),
    ("Grundskola F–9", 348600, 360400),
    ("Anpassad grundskola", 22800, 23900),
    ("Gymnasieskola", 118900, 121800),
    ("Vuxenutbildning", 13700, 14200),
    ("Kulturskola", 7000, 7600),
]
assert sum(r[1] for r in OS_BN) == 738900 and sum(r[2] for r in OS_BN) == 761500

# Delårsrapport jan-aug 2024 (mnkr): name -> (utfall jan-aug, prognos helår)
OS_DEL = {
    "Kommunfullmäktige och revision": ("-4.5", "-7.0"),
    "Kommunstyrelsen": ("-97.2", "-149.8"),
    "Bildningsnämnden": ("-478.6", "-741.2"),
    "Socialnämnden": ("-446.9", "-667.4"),
    "Samhällsbyggnadsnämnden": ("-32.1", "-50.9"),
    "Kultur- och fritidsnämnden": ("-27.4", "-41.0"),
    "Valnämnden": ("-1.0", "-1.1"),
}
OS_DEL = {k: (D(a), D(b)) for k, (a, b) in OS_DEL.items()}
OS_DEL_BUDGET = {n: v[1] for n, v in OS_NAMND}
OS_DEL_AVV = {n: OS_DEL[n][1] - OS_DEL_BUDGET[n] for n in OS_DEL}
OS_DEL_SUM = (sum(OS_DEL_BUDGET.values()), sum(v[0] for v in OS_DEL.values()), sum(v[1] for v in OS_DEL.values()),
              sum(OS_DEL_AVV.values()))
OS_DEL_PROGNOS_RES = D("21.3")
OS_DEL_PERIOD_RES = D("58.4")
# Investeringar delår (mnkr): nämnd -> budget 2024, utfall jan-aug, prognos
OS_DEL_INV = [
    ("Kommunstyrelsen", "11.8", "4.9", "9.6"),
    ("Bildningsnämnden", "38.5", "17.2", "31.0"),
    ("Socialnämnden", "9.4", "3.1", "7.5"),
    ("Samhällsbyggnadsnämnden", "29.6", "14.8", "27.2"),
    ("Kultur- och fritidsnämnden", "6.3", "1.7", "5.8"),
]
OS_DEL_INV = [(n, D(a), D(b), D(c)) for n, a, b, c in OS_DEL_INV]
OS_DEL_INV_SUM = [sum(r[i] for r in OS_DEL_INV) for i in (1, 2, 3)]

# Föreningsbidrag 2025 (KS-protokoll), kr
OS_FORENING = [
    ("Gimo IF", "Gimo", 185000),
    ("Alunda IBK", "Alunda", 96000),
    ("Östhammars Simsällskap", "Östhammar", 64500),
    ("Öregrunds Hembygdsförening", "Öregrund", 42000),
    ("Gräsö Bygdegårdsförening", "Gräsö", 31000),
    ("Österbybruks Scoutkår", "Österbybruk", 28500),
]
OS_FORENING_SUM = sum(r[2] for r in OS_FORENING)

# ---------------- Bollebygd -----------------
BB_5AR_YEARS = [2019, 2020, 2021, 2022, 2023]
BB_5AR = [
    ("Antal invånare 31 dec", ["9 703", "9 781", "9 846", "9 910", "9 962"]),
    ("Skattesats, kr", ["22,34", "22,34", "22,34", "22,34", "22,34"]),
    ("Verksamhetens nettokostnader, mnkr", ["598,4", "621,7", "648,9", "689,3", "731,8"]),
    ("Årets resultat, mnkr", ["12,6", "28,4", "35,1", "9,8", "14,3"]),
    ("Soliditet inkl. pensionsåtaganden, %", ["18,2", "21,5", "24,9", "25,3", "25,8"]),
    ("Nettoinvesteringar, mnkr", ["48,2", "61,5", "39,7", "72,4", "55,9"]),
]
BB_DRIFT = [  # nämnd, budget 2023, utfall 2023 (mnkr, net cost positive)
    ("Kommunfullmäktige", D("2.9"), D("2.7")),
    ("Kommunstyrelsen", D("118.4"), D("115.9")),
    ("Barn- och utbildningsnämnden", D("318.6"), D("323.1")),
    ("Socialnämnden", D("246.2"), D("251.8")),
    ("Bygg- och miljönämnden", D("9.8"), D("9.1")),
]
BB_DRIFT_SUM = (sum(r[1] for r in BB_DRIFT), sum(r[2] for r in BB_DRIFT))
BB_RR = {  # (Utfall 2022, Utfall 2023)
    "Verksamhetens intäkter": (D("132.5"), D("141.2")),
    "Verksamhetens kostnader": (D("-791.6"), D("-841.0")),
    "Avskrivningar": (D("-30.2"), D("-32.0")),
    "Skatteintäkter": (D("512.4"), D("538.9")),
    "Generella statsbidrag och utjämning": (D("190.6"), D("212.4")),
    "Finansiella intäkter": (D("2.1"), D("3.4")),
    "Finansiella kostnader": (D("-6.0"), D("-8.6")),
}
BB_NETTOK = tuple(BB_RR["Verksamhetens intäkter"][i] + BB_RR["Verksamhetens kostnader"][i] + BB_RR["Avskrivningar"][i] for i in range(2))
BB_VERKRES = tuple(BB_NETTOK[i] + BB_RR["Skatteintäkter"][i] + BB_RR["Generella statsbidrag och utjämning"][i] for i in range(2))
BB_RES = tuple(BB_VERKRES[i] + BB_RR["Finansiella intäkter"][i] + BB_RR["Finansiella kostnader"][i] for i in range(2))
assert BB_NETTOK == (D("-689.3"), D("-731.8")) and BB_RES == (D("9.8"), D("14.3"))
BB_PERSONAL = [  # nämnd, anställda 2022, 2023, sjukfrånvaro 2022, 2023
    ("Kommunstyrelsen", 142, 146, "4,6", "4,1"),
    ("Barn- och utbildningsnämnden", 398, 405, "6,2", "6,5"),
    ("Socialnämnden", 352, 361, "8,8", "7,6"),
    ("Bygg- och miljönämnden", 14, 15, "3,2", "2,7"),
]
BB_XLSX_DRIFT = [  # tkr
    ("Kommunfullmäktige", 3100, 3200),
    ("Kommunstyrelsen", 124500, 129800),
    ("Barn- och utbildningsnämnden", 335200, 348600),
    ("Socialnämnden", 262400, 275900),
    ("Bygg- och miljönämnden", 10300, 10700),
]
BB_XLSX_SUM = (sum(r[1] for r in BB_XLSX_DRIFT), sum(r[2] for r in BB_XLSX_DRIFT))
BB_BEF = [  # år, 0-5, 6-15, 16-19, 20-64, 65-79, 80+
    ("2022", 742, 1386, 498, 5384, 1474, 426),
    ("2023", 731, 1402, 507, 5398, 1482, 442),
    ("2024 (prognos)", 725, 1415, 519, 5420, 1486, 450),
]
BB_BEF_TOT = {r[0]: sum(r[1:]) for r in BB_BEF}
assert BB_BEF_TOT["2022"] == 9910 and BB_BEF_TOT["2023"] == 9962, BB_BEF_TOT
BB_DIALOG = [  # åtgärd, antal svar
    ("Sänkt hastighet på Göteborgsvägen", 137),
    ("Ny gångpassage vid Bollebygds station", 98),
    ("Bättre belysning på gång- och cykelvägar", 84),
    ("Fler farthinder i Olsfors", 56),
    ("Övrigt", 37),
]
BB_DIALOG_SUM = sum(r[1] for r in BB_DIALOG)


def sv(v, dec=1, neg="−", paren=False):
    """Swedish number format with space thousands separator."""
    v = D(v)
    s = f"{abs(v):,.{dec}f}".replace(",", " ").replace(".", ",")
    if v < 0:
        return f"({s})" if paren else neg + s
    return s
