"""All figures for the two municipalities. Integers only:
mnkr figures are stored in tenths (1234 = 123,4 mnkr), tkr figures as whole tkr."""
from decimal import Decimal
from fmt import pct

# ---------------------------------------------------------------- Katrineholm
K_NAME = "Katrineholms kommun"
K_COLS = ["Bokslut 2024", "Budget 2025", "Prognos 2025", "Budget 2026", "Plan 2027", "Plan 2028"]

# Resultatbudget (tenths of mnkr)
K_RB = {
    "vi": [5124, 4980, 5217, 5302, 5410, 5523],
    "vk": [-25687, -26370, -26920, -27577, -28410, -29180],
    "av": [-986, -1042, -1035, -1128, -1204, -1261],
    "sk": [17123, 17729, 17684, 18386, 19052, 19730],
    "gs": [4785, 5201, 5297, 5639, 5764, 5898],
    "fi": [142, 115, 131, 120, 120, 120],
    "fk": [-217, -263, -248, -289, -326, -354],
}
K_RB["vnk"] = [K_RB["vi"][i] + K_RB["vk"][i] + K_RB["av"][i] for i in range(6)]
K_RB["vr"] = [K_RB["vnk"][i] + K_RB["sk"][i] + K_RB["gs"][i] for i in range(6)]
K_RB["ref"] = [K_RB["vr"][i] + K_RB["fi"][i] + K_RB["fk"][i] for i in range(6)]
K_RB["res"] = list(K_RB["ref"])

# Generella statsbidrag och utjämning, specification (tenths of mnkr) for Bokslut 2024, Budget 2025, Budget 2026, Plan 2027, Plan 2028
K_GS_COLS = ["Bokslut 2024", "Budget 2025", "Budget 2026", "Plan 2027", "Plan 2028"]
K_GS_IDX = [0, 1, 3, 4, 5]
K_GS = [
    ("Inkomstutjämningsbidrag", [3921, 4187, 4402, 4551, 4705]),
    ("Kostnadsutjämningsbidrag", [412, 468, 503, 516, 529]),
    ("Strukturbidrag", [0, 0, 0, 0, 0]),
    ("LSS-utjämning", [-228, -241, -255, -262, -270]),
    ("Regleringsbidrag/-avgift", [-93, 12, 181, 126, 98]),
    ("Fastighetsavgift", [773, 775, 808, 833, 836]),
]
# skatteintäkter split: preliminär skatt + slutavräkning
K_SK_SPLIT = [("Kommunalskatt, preliminära skatteintäkter", [17245, 17801, 18436, 19102, 19780]),
              ("Slutavräkning", [-122, -72, -50, -50, -50])]

# Befolkning per åldersgrupp: 2024 utfall, 2026 prognos, 2028 prognos
K_POP_COLS = ["Utfall 2024", "Prognos 2026", "Prognos 2028"]
K_POP = [
    ("0–5 år", [2388, 2351, 2329]),
    ("6–15 år", [4219, 4186, 4133]),
    ("16–19 år", [1624, 1671, 1702]),
    ("20–64 år", [19102, 19184, 19260]),
    ("65–79 år", [5611, 5628, 5641]),
    ("80 år och äldre", [2043, 2240, 2465]),
]
K_POP_TOT = [sum(r[1][i] for r in K_POP) for i in range(3)]
K_INV = {2024: K_POP_TOT[0], 2025: 35120, 2026: K_POP_TOT[1], 2027: 35410, 2028: K_POP_TOT[2]}
K_SKATT = "22,01"

# Driftbudget per nämnd (tkr, nettokostnad) : Budget 2025, Budget 2026, Plan 2027, Plan 2028
K_DRIFT_COLS = ["Budget 2025", "Budget 2026", "Plan 2027", "Plan 2028"]
K_DRIFT_SECTIONS = [
    ("Gemensamma verksamheter", [
        ("Kommunfullmäktige", [9420, 9850, 10050, 10250]),
        ("Revisionen", [2810, 2940, 3000, 3060]),
        ("Överförmyndarnämnden", [5870, 6120, 6240, 6370]),
        ("Kommunstyrelsen", [205300, 214600, 219900, 224100]),
    ]),
    ("Barn, utbildning och omsorg", [
        ("Bildningsnämnden", [978450, 1012300, 1041800, 1070500]),
        ("Socialnämnden", [301200, 318400, 327600, 336900]),
        ("Vård- och omsorgsnämnden", [615900, 642700, 668300, 694800]),
        ("Viadidaktnämnden", [76300, 78900, 80500, 82100]),
    ]),
    ("Samhällsbyggnad, kultur och fritid", [
        ("Kulturnämnden", [50800, 52300, 53400, 54500]),
        ("Service- och tekniknämnden", [93100, 96800, 99300, 101700]),
        ("Bygg- och miljönämnden", [17650, 18400, 18800, 19200]),
    ]),
]
K_DRIFT_SECSUM = {s: [sum(r[1][i] for r in rows) for i in range(4)] for s, rows in K_DRIFT_SECTIONS}
K_DRIFT_NAMNDSUM = [sum(K_DRIFT_SECSUM[s][i] for s in K_DRIFT_SECSUM) for i in range(4)]
_vnk_idx = [1, 3, 4, 5]
K_DRIFT_VNK = [-K_RB["vnk"][j] * 100 for j in _vnk_idx]  # tkr, positive
K_DRIFT_FIN = [K_DRIFT_VNK[i] - K_DRIFT_NAMNDSUM[i] for i in range(4)]

# Ramförändringar 2026 (tkr): Pris- och löneomräkning, Volymförändringar, Politiska prioriteringar, Effektiviseringar
K_RAM_COLS = ["Pris- och löne-\nomräkning", "Volym-\nförändringar", "Politiska\nprioriteringar", "Effektivi-\nseringar", "Summa\nförändring"]
def _ram(name, p, v, pol):
    for s, rows in K_DRIFT_SECTIONS:
        for n, vals in rows:
            if n == name:
                tot = vals[1] - vals[0]
                eff = tot - p - v - pol
                return (name, [p, v, pol, eff, tot])
    raise KeyError(name)
K_RAM = [
    _ram("Kommunfullmäktige", 280, 0, 150),
    _ram("Revisionen", 90, 0, 40),
    _ram("Överförmyndarnämnden", 170, 80, 0),
    _ram("Kommunstyrelsen", 6150, 0, 5000),
    _ram("Bildningsnämnden", 27400, 4200, 6500),
    _ram("Socialnämnden", 8300, 6400, 4000),
    _ram("Vård- och omsorgsnämnden", 17200, 11800, 1500),
    _ram("Viadidaktnämnden", 2100, 0, 1200),
    _ram("Kulturnämnden", 1400, 0, 600),
    _ram("Service- och tekniknämnden", 2600, 800, 1500),
    _ram("Bygg- och miljönämnden", 520, 0, 400),
]
K_RAM_SUM = [sum(r[1][i] for r in K_RAM) for i in range(5)]

# Nämndsammanställningar (tkr): Bokslut 2024, Budget 2025, Budget 2026 ; intäkter, kostnader
K_NAMND_ECON = {
    "Bildningsnämnden": {"int": [168420, 159800, 163500], "net24": 961870},
    "Socialnämnden": {"int": [74310, 70100, 71900], "net24": 309640},
    "Vård- och omsorgsnämnden": {"int": [152880, 149600, 154300], "net24": 604115},
    "Service- och tekniknämnden": {"int": [212460, 208300, 214800], "net24": 90980},
}
def drift_of(name):
    for s, rows in K_DRIFT_SECTIONS:
        for n, vals in rows:
            if n == name:
                return vals
    raise KeyError(name)
for n, d in K_NAMND_ECON.items():
    dv = drift_of(n)
    d["net"] = [d["net24"], dv[0], dv[1]]
    d["kost"] = [-(d["int"][i] + d["net"][i]) for i in range(3)]  # negative

# Indicators per nämnd (value strings) - wrapped headers
K_IND = {
    "Bildningsnämnden": [
        ("Antal barn i förskola, genomsnitt", "1 912", "1 885", "1 860"),
        ("Antal elever i grundskola (F–9)", "4 236", "4 214", "4 190"),
        ("Antal elever i gymnasieskola", "1 318", "1 342", "1 371"),
        ("Andel behöriga till yrkesprogram, %", "81,4", "84,0", "85,0"),
    ],
    "Socialnämnden": [
        ("Hushåll med ekonomiskt bistånd, antal per månad", "612", "640", "625"),
        ("Placerade barn och unga, dygn", "21 480", "20 500", "19 800"),
        ("Väntetid till insats, dagar (median)", "34", "30", "28"),
    ],
    "Vård- och omsorgsnämnden": [
        ("Platser i vård- och omsorgsboende", "412", "412", "440"),
        ("Beviljade hemtjänsttimmar per år", "418 600", "431 000", "446 000"),
        ("Andel undersköterskor med yrkestitel, %", "78", "82", "85"),
    ],
    "Service- och tekniknämnden": [
        ("Portioner i skol- och förskolemåltider per dag", "6 850", "6 900", "6 950"),
        ("Kilometer gång- och cykelväg", "118", "121", "125"),
        ("Andel LED-armaturer i gatubelysningen, %", "64", "72", "81"),
    ],
}

# Investeringsbudget per projekt (tkr): total, Budget 2025, Budget 2026, Plan 2027, Plan 2028
K_INVEST = [
    ("Kommunstyrelsen", [
        ("IT-infrastruktur och digitalisering", 0, [6500, 7000, 7000, 7000]),
        ("Exploatering Norra Nävertorp, etapp 2", 48000, [9000, 14500, 12000, 6000]),
        ("Logistikposition Katrineholm, ny infart", 36500, [4000, 16000, 12500, 0]),
        ("Strategiska markförvärv", 0, [5000, 5000, 5000, 5000]),
        ("Resecentrum Katrineholm C, ombyggnad", 41000, [0, 0, 12000, 24000]),
        ("Trygghetsskapande åtgärder, kameror och belysning", 3200, [800, 1200, 1200, 0]),
    ]),
    ("Bildningsnämnden", [
        ("Inventarier nya Järvenskolan", 14800, [2500, 9800, 2500, 0]),
        ("Inventarier förskolan Lövkojan", 3600, [0, 3600, 0, 0]),
        ("Digitala lärverktyg", 0, [4200, 4500, 4500, 4500]),
        ("Utemiljö skolgårdar", 0, [2000, 3000, 3000, 3000]),
    ]),
    ("Socialnämnden", [
        ("Inventarier och e-tjänster", 0, [700, 900, 700, 700]),
    ]),
    ("Vård- och omsorgsnämnden", [
        ("Välfärdsteknik", 0, [2500, 3500, 3500, 3000]),
        ("Inventarier Furuliden, nytt vård- och omsorgsboende", 9600, [0, 1600, 8000, 0]),
        ("Larmsystem ordinärt boende", 4100, [2100, 2000, 0, 0]),
    ]),
    ("Viadidaktnämnden", [
        ("Utrustning yrkesutbildningar", 0, [1200, 1500, 1000, 1000]),
    ]),
    ("Kulturnämnden", [
        ("Kulturhuset Ängeln, scenteknik", 6200, [1200, 5000, 0, 0]),
        ("Konstnärlig gestaltning", 0, [600, 600, 600, 600]),
        ("Biblioteksinventarier", 0, [400, 500, 500, 500]),
    ]),
    ("Service- och tekniknämnden", [
        ("Gator och vägar, reinvestering", 0, [24000, 26000, 27000, 28000]),
        ("Gång- och cykelvägar enligt cykelplan", 0, [8500, 10000, 9000, 9000]),
        ("Gatubelysning, byte till LED", 22000, [5500, 6000, 6000, 4500]),
        ("Broar och trummor", 0, [3000, 4500, 2500, 2500]),
        ("Parker och lekplatser", 0, [3500, 4000, 3500, 3500]),
        ("Fordon och maskiner", 0, [6000, 7500, 5500, 6000]),
        ("Köksutrustning måltidsservice", 0, [2800, 3100, 2600, 2600]),
        ("Sportcentrum, ny konstgräsplan", 11800, [0, 9800, 2000, 0]),
        ("Dagvattenåtgärder Forssjöån", 15500, [1500, 6000, 8000, 0]),
    ]),
    ("Bygg- och miljönämnden", [
        ("Nytt ärendehanteringssystem", 2400, [400, 2000, 0, 0]),
        ("Ny baskarta och mätutrustning", 1300, [500, 800, 0, 0]),
    ]),
]
K_INV_SECSUM = {n: [sum(p[2][i] for p in ps) for i in range(4)] for n, ps in K_INVEST}
K_INV_TOT = [sum(K_INV_SECSUM[n][i] for n in K_INV_SECSUM) for i in range(4)]
K_INV_PROGNOS_2025 = 1684  # tenths of mnkr (prognos 2025)

# Balans / kassaflöde: columns Bokslut 2024, Prognos 2025, Budget 2026, Plan 2027, Plan 2028
K_BAL_COLS = ["Bokslut 2024", "Prognos 2025", "Budget 2026", "Plan 2027", "Plan 2028"]
_res = [K_RB["res"][0], K_RB["res"][2], K_RB["res"][3], K_RB["res"][4], K_RB["res"][5]]
_avs = [-K_RB["av"][0], -K_RB["av"][2], -K_RB["av"][3], -K_RB["av"][4], -K_RB["av"][5]]
_inv = [None, K_INV_PROGNOS_2025] + [K_INV_TOT[i] // 100 for i in (1, 2, 3)]
_davs = [None, 42, 51, 48, 55]
_lan = [None, 600, 500, 0, 0]
_amort = [None, -200, -250, -250, -400]
B = {"imm": [84] * 5, "mat": [24126], "fin": [4128] * 5, "ford": [2684] * 5, "kassa": [963],
     "ek": [11875], "avs": [1427], "lts": [14154]}
CF = {k: [] for k in ["res", "avs", "davs", "lop", "inv", "invn", "lan", "amort", "finn", "flow", "ib", "ub"]}
for i in range(1, 5):
    B["mat"].append(B["mat"][-1] + _inv[i] - _avs[i])
    B["ek"].append(B["ek"][-1] + _res[i])
    B["avs"].append(B["avs"][-1] + _davs[i])
    B["lts"].append(B["lts"][-1] + _lan[i] + _amort[i])
    lop = _res[i] + _avs[i] + _davs[i]
    finn = _lan[i] + _amort[i]
    flow = lop - _inv[i] + finn
    CF["res"].append(_res[i]); CF["avs"].append(_avs[i]); CF["davs"].append(_davs[i]); CF["lop"].append(lop)
    CF["inv"].append(-_inv[i]); CF["invn"].append(-_inv[i])
    CF["lan"].append(_lan[i]); CF["amort"].append(_amort[i]); CF["finn"].append(finn)
    CF["flow"].append(flow); CF["ib"].append(B["kassa"][-1]); B["kassa"].append(B["kassa"][-1] + flow); CF["ub"].append(B["kassa"][-1])
B["anl"] = [B["imm"][i] + B["mat"][i] + B["fin"][i] for i in range(5)]
B["oms"] = [B["ford"][i] + B["kassa"][i] for i in range(5)]
B["tillg"] = [B["anl"][i] + B["oms"][i] for i in range(5)]
_kts0 = B["tillg"][0] - B["ek"][0] - B["avs"][0] - B["lts"][0]
B["kts"] = [_kts0] * 5
B["skulder"] = [B["lts"][i] + B["kts"][i] for i in range(5)]
B["summa"] = [B["ek"][i] + B["avs"][i] + B["skulder"][i] for i in range(5)]
B["arets"] = _res
B["ovr_ek"] = [B["ek"][i] - _res[i] for i in range(5)]

# Nyckeltal (computed)
_skb = [K_RB["sk"][j] + K_RB["gs"][j] for j in (0, 2, 3, 4, 5)]
_years = [2024, 2025, 2026, 2027, 2028]
K_NYCKEL = {
    "res_pct": [pct(_res[i], _skb[i]) for i in range(5)],
    "soliditet": [pct(B["ek"][i], B["tillg"][i]) for i in range(5)],
    "sjfin": [None] + [pct(_res[i] + _avs[i], _inv[i], 0) for i in range(1, 5)],
    "lan_per_inv": [int((Decimal(B["lts"][i]) * 100000 / K_INV[_years[i]]).quantize(Decimal(1), rounding="ROUND_HALF_UP")) for i in range(5)],
    "nettokost_andel": [pct(-K_RB["vnk"][j], K_RB["sk"][j] + K_RB["gs"][j]) for j in (0, 2, 3, 4, 5)],
}
K_NYCKEL["sjfin"][0] = Decimal(72)

# Borgensram (mnkr, whole)
K_BORGEN = [
    ("Katrineholms Fastighets AB (KFAB)", 1950, 2050),
    ("Katrineholm Vatten och Avfall AB", 620, 680),
    ("Katrineholms Industrihus AB", 310, 310),
    ("Västra Sörmlands Räddningstjänst (andel)", 25, 25),
]

# ---------------------------------------------------------------- Pajala
P_NAME = "Pajala kommun"
P_INV = {2020: 6133, 2021: 6092, 2022: 6041, 2023: 5998, 2024: 5962}
P_SKATT = "23,90"
# Resultaträkning (tenths of mnkr): Utfall 2024, Budget 2024, Utfall 2023
P_RR = {
    "vi": [1428, 1310, 1392],
    "vk": [-5984, -5790, -5772],
    "av": [-241, -248, -229],
    "sk": [2645, 2661, 2548],
    "gs": [2329, 2318, 2147],
    "fi": [21, 15, 19],
    "fk": [-46, -52, -39],
}
P_RR["vnk"] = [P_RR["vi"][i] + P_RR["vk"][i] + P_RR["av"][i] for i in range(3)]
P_RR["vr"] = [P_RR["vnk"][i] + P_RR["sk"][i] + P_RR["gs"][i] for i in range(3)]
P_RR["res"] = [P_RR["vr"][i] + P_RR["fi"][i] + P_RR["fk"][i] for i in range(3)]

# Driftredovisning (tkr): Budget 2024, Utfall 2024, Utfall 2023 ; Avvikelse = Budget - Utfall
P_DRIFT = [
    ("Kommunfullmäktige", 3150, 2984, 2870),
    ("Revisionen", 1100, 1062, 1041),
    ("Valnämnden", 420, 398, 35),
    ("Överförmyndaren", 1350, 1512, 1388),
    ("Kommunstyrelsen", 98400, 95870, 94215),
    ("Barn- och utbildningsnämnden", 152600, 154210, 149760),
    ("Socialnämnden", 218900, 226430, 215380),
    ("Miljö- och byggnadsnämnden", 4850, 4410, 4390),
]
P_DRIFT_SUM = [sum(r[i] for r in P_DRIFT) for i in (1, 2, 3)]
P_VNK_TKR = [-P_RR["vnk"][1] * 100, -P_RR["vnk"][0] * 100, -P_RR["vnk"][2] * 100]  # budget24, utfall24, utfall23
P_DRIFT_FIN = [P_VNK_TKR[i] - P_DRIFT_SUM[i] for i in range(3)]

# Investeringsredovisning 2024 (tkr): Budget 2024, Utfall 2024
P_INVEST = [
    ("VA-ledningar Pajala tätort, etapp 3", 9800, 8950),
    ("Reningsverk Korpilombolo, ombyggnad", 6500, 7340),
    ("Tornedalsskolan, ventilation", 4200, 3880),
    ("Ny förskola Pajala, förstudie och projektering", 1500, 1120),
    ("Gatubelysning, byte till LED", 1800, 1760),
    ("Pajala flygplats, ytbeläggning", 3600, 0),
    ("Byanät bredband, utbyggnad", 2400, 2150),
    ("Fordon och maskiner", 1900, 2230),
    ("IT och digitalisering", 1100, 940),
    ("Inventarier äldreboende Pajalagården", 700, 680),
]
P_INV_SUM = [sum(r[i] for r in P_INVEST) for i in (1, 2)]

# Balansräkning (tenths of mnkr): 2024-12-31, 2023-12-31
P_BR = {
    "imm": [0, 0],
    "mat": [None, 4743],  # materiella
    "fin": [212, 212],
    "ford": [584, 551],
    "kassa": [461, 392],
    "ek": [None, 2211],
    "avs": [318, 331],
    "lts": [1690, 1720],
}
P_BR["ek"][0] = P_BR["ek"][1] + P_RR["res"][0]
P_INV_MNKR = (P_INV_SUM[1] + 50) // 100
P_BR["mat"][0] = P_BR["mat"][1] + P_INV_MNKR + P_RR["av"][0]
P_BR["anl"] = [P_BR["imm"][i] + P_BR["mat"][i] + P_BR["fin"][i] for i in range(2)]
P_BR["oms"] = [P_BR["ford"][i] + P_BR["kassa"][i] for i in range(2)]
P_BR["tillg"] = [P_BR["anl"][i] + P_BR["oms"][i] for i in range(2)]
P_BR["kts"] = [P_BR["tillg"][i] - P_BR["ek"][i] - P_BR["avs"][i] - P_BR["lts"][i] for i in range(2)]
P_BR["skulder"] = [P_BR["lts"][i] + P_BR["kts"][i] for i in range(2)]
P_BR["summa"] = [P_BR["ek"][i] + P_BR["avs"][i] + P_BR["skulder"][i] for i in range(2)]

# Fem år i sammandrag 2020-2024
P_FEM = {
    "inv": [P_INV[y] for y in (2020, 2021, 2022, 2023, 2024)],
    "vnk": [4312, 4428, 4561, -P_RR["vnk"][2], -P_RR["vnk"][0]],  # tenths of mnkr positive
    "res": [182, 241, 96, P_RR["res"][2], P_RR["res"][0]],
    "inv_mnkr": [231, 268, 304, 286, P_INV_MNKR],
}

# Personal
P_PERS = [
    ("Kommunledningsförvaltningen", 38, 21),
    ("Barn- och utbildningsförvaltningen", 176, 41),
    ("Socialförvaltningen", 298, 46),
    ("Tekniska förvaltningen", 22, 71),
    ("Miljö- och byggförvaltningen", 7, 4),
]
P_PERS_TOT = (sum(r[1] for r in P_PERS), sum(r[2] for r in P_PERS))
P_SJUK = [  # (grupp, 2023, 2024) percent strings
    ("Total sjukfrånvaro", "7,9", "7,4"),
    ("Kvinnor", "8,8", "8,3"),
    ("Män", "5,1", "4,6"),
    ("29 år eller yngre", "6,2", "5,7"),
    ("30–49 år", "7,4", "6,9"),
    ("50 år eller äldre", "8,6", "8,2"),
    ("Andel långtidssjukfrånvaro (60 dagar eller mer)", "41,2", "38,5"),
]

# Ny förskola, kostnadskalkyl (tkr) in KF protokoll
P_FORSKOLA = [
    ("Byggnad inkl. installationer", 28900),
    ("Mark- och utemiljöarbeten", 3400),
    ("Projektering och byggledning", 2600),
    ("Inventarier och utrustning", 1450),
    ("Oförutsett (ca 6 %)", 2150),
]
P_FORSKOLA_SUM = sum(v for _, v in P_FORSKOLA)

# Nyckeltal per invånare (kr) 2022-2024
def _per(v_tenths_mnkr, inv):
    return int((Decimal(v_tenths_mnkr) * 100000 / inv).quantize(Decimal(1), rounding="ROUND_HALF_UP"))
P_PERINV = [
    ("Nettokostnad per invånare", [_per(4561, P_INV[2022]), _per(-P_RR["vnk"][2], P_INV[2023]), _per(-P_RR["vnk"][0], P_INV[2024])]),
    ("Skatteintäkter och generella statsbidrag per invånare", [_per(4598, P_INV[2022]), _per(P_RR["sk"][2] + P_RR["gs"][2], P_INV[2023]), _per(P_RR["sk"][0] + P_RR["gs"][0], P_INV[2024])]),
    ("Nettoinvesteringar per invånare", [_per(304, P_INV[2022]), _per(286, P_INV[2023]), _per(P_INV_MNKR, P_INV[2024])]),
    ("Långfristig låneskuld per invånare", [_per(1745, P_INV[2022]), _per(P_BR["lts"][1], P_INV[2023]), _per(P_BR["lts"][0], P_INV[2024])]),
]
P_NYCKEL = {
    "res_pct": [pct(P_RR["res"][i], P_RR["sk"][i] + P_RR["gs"][i]) for i in range(3)],
    "soliditet": [pct(P_BR["ek"][i], P_BR["tillg"][i]) for i in range(2)],
}
