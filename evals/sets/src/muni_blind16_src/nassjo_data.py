"""Invented figures for Nässjö kommun (mid-sized, Jönköpings län). mnkr unless noted."""
from common import D

MUNI = "Nässjö kommun"

# ------------------------------------------------------------------ Resultatbudget
YEARS = ["Bokslut 2023", "Budget 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
RB = {
    "intakter": [D("512.7"), D("478.3"), D("491.6"), D("498.2"), D("505.0")],
    "kostnader": [D("-2748.9"), D("-2781.4"), D("-2856.2"), D("-2921.7"), D("-2990.4")],
    "avskr": [D("-98.6"), D("-104.2"), D("-111.8"), D("-118.5"), D("-124.9")],
    "skatt": [D("1702.4"), D("1768.9"), D("1842.7"), D("1909.3"), D("1978.6")],
    "gsb": [D("642.1"), D("655.0"), D("672.5"), D("688.1"), D("701.4")],
    "finint": [D("21.5"), D("19.0"), D("18.4"), D("17.5"), D("17.0")],
    "finkost": [D("-19.8"), D("-23.4"), D("-26.1"), D("-29.8"), D("-33.2")],
    "extra": [D("0"), D("0"), D("0"), D("0"), D("0")],
}
RB["netto"] = [a + b + c for a, b, c in zip(RB["intakter"], RB["kostnader"], RB["avskr"])]
RB["vres"] = [n + s + g for n, s, g in zip(RB["netto"], RB["skatt"], RB["gsb"])]
RB["refp"] = [v + i + k for v, i, k in zip(RB["vres"], RB["finint"], RB["finkost"])]
RB["res"] = [r + e for r, e in zip(RB["refp"], RB["extra"])]

# ------------------------------------------------------------------ Balansbudget
BB_YEARS = ["Bokslut 2023", "Budget 2025", "Plan 2026", "Plan 2027"]
BB = {
    "anl": [D("2684.3"), D("2912.7"), D("3041.2"), D("3148.6")],
    "oms": [D("412.8"), D("356.4"), D("348.9"), D("352.1")],
    "avs": [D("128.4"), D("136.2"), D("141.0"), D("145.7")],
    "kortfr": [D("598.3"), D("585.0"), D("590.0"), D("595.0")],
}
_ek2023 = D("1246.9")
_res = {"2023": RB["res"][0], "2024": RB["res"][1], "2025": RB["res"][2], "2026": RB["res"][3], "2027": RB["res"][4]}
BB["ek"] = [_ek2023, _ek2023 + _res["2024"] + _res["2025"],
            _ek2023 + _res["2024"] + _res["2025"] + _res["2026"],
            _ek2023 + _res["2024"] + _res["2025"] + _res["2026"] + _res["2027"]]
BB["varav_res"] = [_res["2023"], _res["2025"], _res["2026"], _res["2027"]]
BB["tillg"] = [a + o for a, o in zip(BB["anl"], BB["oms"])]
BB["langfr"] = [t - e - a - k for t, e, a, k in zip(BB["tillg"], BB["ek"], BB["avs"], BB["kortfr"])]

# ------------------------------------------------------------------ Driftbudget per nämnd (2024, 2025)
DRIFT = [
    ("Kommunstyrelsen", [
        ("Kommunledningsförvaltningen", D("118.6"), D("121.9")),
        ("Räddningstjänst", D("46.2"), D("47.8")),
        ("Kollektivtrafik och färdtjänst", D("38.4"), D("40.1")),
    ]),
    ("Barn- och utbildningsnämnden", [
        ("Förskola", D("231.5"), D("236.8")),
        ("Grundskola och fritidshem", D("452.3"), D("463.0")),
        ("Gymnasieskola", D("168.9"), D("174.2")),
        ("Vuxenutbildning och SFI", D("34.7"), D("33.9")),
    ]),
    ("Socialnämnden", [
        ("Individ- och familjeomsorg", D("142.8"), D("149.6")),
        ("Äldreomsorg", D("498.6"), D("517.3")),
        ("Funktionsstöd", D("251.4"), D("262.5")),
    ]),
    ("Kultur- och fritidsnämnden", [
        ("Kultur och bibliotek", D("28.7"), D("29.3")),
        ("Fritid och föreningsstöd", D("41.2"), D("42.0")),
    ]),
    ("Tekniska nämnden", [
        ("Gator, vägar och parker", D("48.1"), D("50.2")),
        ("Lokalförsörjning, netto", D("14.2"), D("14.6")),
    ]),
    ("Övriga nämnder", [
        ("Miljö- och byggnadsnämnden", D("14.6"), D("15.1")),
        ("Överförmyndarnämnden", D("4.1"), D("4.3")),
        ("Revision", D("2.9"), D("3.0")),
        ("Valnämnden", D("1.8"), D("0.4")),
    ]),
]
DRIFT_SUM = {name: (sum(r[1] for r in rows), sum(r[2] for r in rows)) for name, rows in DRIFT}
DRIFT_TOTAL = (sum(v[0] for v in DRIFT_SUM.values()), sum(v[1] for v in DRIFT_SUM.values()))
NETTO_2024 = -RB["netto"][1]
NETTO_2025 = -RB["netto"][2]
FINANSF = (NETTO_2024 - DRIFT_TOTAL[0], NETTO_2025 - DRIFT_TOTAL[1])

# ------------------------------------------------------------------ Verksamhet x kostnadsslag, tkr (2024, 2025)
# (intäkter, personal, lokal, köpt) ; netto given ; övriga = balancing
DETALJ = [
    ("Förskola", (231482, 236791), [(-20987, -21406), (168205, 172318), (30912, 31744), (18110, 18952)]),
    ("Grundskola och fritidshem", (452318, 462964), [(-37902, -38615), (311065, 318447), (60815, 62380), (39884, 41226)]),
    ("Gymnasieskola", (168873, 174236), [(-12115, -12480), (85942, 88306), (19310, 19874), (50208, 52617)]),
    ("Vuxenutbildning och SFI", (34702, 33918), [(-10514, -9842), (23140, 22613), (4052, 4106), (10291, 9385)]),
    ("Individ- och familjeomsorg", (142815, 149577), [(-17906, -18224), (59870, 62418), (5812, 5930), (55403, 58746)]),
    ("Äldreomsorg", (498634, 517281), [(-59874, -61305), (398512, 412876), (56930, 58214), (20118, 21460)]),
    ("Funktionsstöd", (251366, 262542), [(-23560, -24118), (190214, 198345), (21198, 21706), (36875, 38922)]),
]
DETALJ_ROWS = ["Intäkter", "Personalkostnader", "Lokalkostnader", "Köpt verksamhet", "Övriga kostnader", "Nettokostnad"]


def detalj_values(entry):
    name, netto, parts = entry
    vals = [list(p) for p in parts]
    ovr = [netto[i] - sum(p[i] for p in parts) for i in range(2)]
    vals.append(ovr)
    vals.append(list(netto))
    return vals


# ------------------------------------------------------------------ Investeringsbudget 2025-2029
# name, ansvar, total utgift (None = löpande), [2025..2029], kommentar
INV_SKATT = [
    ("Ny förskola i Forserum", "KS", D("68.0"), ["24.0", "38.0", "0", "0", "0"], "Byggstart våren 2025"),
    ("Tillbyggnad Bodaforsskolan", "KS", D("42.5"), ["6.5", "21.0", "15.0", "0", "0"], "Ersätter paviljonger"),
    ("Nytt särskilt boende, kv. Linden", "KS", D("165.0"), ["12.0", "45.0", "70.0", "38.0", "0"], "60 platser, inflyttning 2028"),
    ("Ny räddningsstation i Bodafors", "KS", D("24.0"), ["2.0", "14.0", "8.0", "0", "0"], "Deltidsstation"),
    ("Energieffektivisering fastigheter", "KS", None, ["15.0", "15.0", "15.0", "15.0", "15.0"], "Solceller och ventilation"),
    ("IT-investeringar och digitalisering", "KS", None, ["8.5", "8.0", "8.0", "8.0", "8.0"], ""),
    ("Inventarier förskola och skola", "BUN", None, ["4.2", "4.2", "4.2", "4.2", "4.2"], ""),
    ("Välfärdsteknik", "SN", None, ["3.8", "3.5", "3.5", "3.5", "3.5"], "Digital tillsyn, larm"),
    ("Konstgräsplan Runnevål", "KFN", D("11.5"), ["11.5", "0", "0", "0", "0"], "Ersätter grusplan"),
    ("Gång- och cykelväg Nässjö–Anneberg", "TN", D("18.4"), ["9.2", "9.2", "0", "0", "0"], "50 % statlig medfinansiering"),
    ("Beläggningsunderhåll gator", "TN", None, ["12.0", "12.0", "12.0", "12.0", "12.0"], ""),
]
INV_TAXA = [
    ("Ny reservvattentäkt", "TN", D("96.0"), ["18.0", "36.0", "30.0", "12.0", "0"], "Krav enligt dricksvattenföreskrifter"),
    ("Ledningsförnyelse VA", "TN", None, ["22.0", "22.0", "22.0", "22.0", "22.0"], ""),
    ("Ny återvinningscentral i Bodafors", "TN", D("14.0"), ["3.0", "11.0", "0", "0", "0"], ""),
]


def inv_years(rows):
    return [sum(D(r[3][i]) for r in rows) for i in range(5)]


INV_SKATT_SUM = inv_years(INV_SKATT)
INV_TAXA_SUM = inv_years(INV_TAXA)
INV_TOTAL = [a + b for a, b in zip(INV_SKATT_SUM, INV_TAXA_SUM)]

# ------------------------------------------------------------------ Noter 2025
NOT1 = [("Taxor och avgifter", D("142.3")), ("Hyror och arrenden", D("48.9")),
        ("Bidrag från staten", D("246.1")), ("Försäljning av verksamhet", D("54.3"))]
NOT2 = [("Personalkostnader", D("1812.4")), ("Köp av huvudverksamhet", D("398.7")),
        ("Lokal- och fastighetskostnader", D("215.6"))]
NOT2.append(("Övriga verksamhetskostnader", -RB["kostnader"][2] - sum(v for _, v in NOT2)))
NOT3 = [("Byggnader och anläggningar", D("78.3")), ("Maskiner och inventarier", D("33.5"))]
NOT4 = [("Preliminär kommunalskatt", D("1851.2")), ("Prognos slutavräkning 2024", D("-6.3")),
        ("Prognos slutavräkning 2025", D("-2.2"))]
NOT5 = [("Inkomstutjämning", D("512.8")), ("Kostnadsutjämning", D("-28.4")), ("Regleringsbidrag", D("41.3")),
        ("LSS-utjämning", D("18.9")), ("Kommunal fastighetsavgift", D("127.9"))]
NOT6 = [("Ränteintäkter", D("4.1")), ("Borgensavgifter från kommunala bolag", D("9.8")),
        ("Utdelning från kommunala bolag", D("4.5"))]
NOT7 = [("Räntekostnader på lån", D("21.9")), ("Ränta på pensionsavsättning", D("3.6")),
        ("Övriga finansiella kostnader", D("0.6"))]
assert sum(v for _, v in NOT1) == RB["intakter"][2]
assert sum(v for _, v in NOT3) == -RB["avskr"][2]
assert sum(v for _, v in NOT4) == RB["skatt"][2]
assert sum(v for _, v in NOT5) == RB["gsb"][2]
assert sum(v for _, v in NOT6) == RB["finint"][2]
assert sum(v for _, v in NOT7) == -RB["finkost"][2]

# ------------------------------------------------------------------ Delårsrapport jan-aug 2024
# columns: utfall jan-aug 2023, utfall jan-aug 2024, budget 2024, prognos 2024
DR = {
    "intakter": [D("338.1"), D("352.4"), RB["intakter"][1], D("508.9")],
    "kostnader": [D("-1751.9"), D("-1812.7"), RB["kostnader"][1], D("-2829.6")],
    "avskr": [D("-64.2"), D("-67.4"), RB["avskr"][1], D("-101.7")],
    "skatt": [D("1139.0"), D("1187.5"), RB["skatt"][1], D("1781.6")],
    "gsb": [D("427.8"), D("442.6"), RB["gsb"][1], D("664.1")],
    "finint": [D("14.9"), D("16.8"), RB["finint"][1], D("22.7")],
    "finkost": [D("-11.6"), D("-13.9"), RB["finkost"][1], D("-21.1")],
}
DR["netto"] = [a + b + c for a, b, c in zip(DR["intakter"], DR["kostnader"], DR["avskr"])]
DR["vres"] = [n + s + g for n, s, g in zip(DR["netto"], DR["skatt"], DR["gsb"])]
DR["refp"] = [v + i + k for v, i, k in zip(DR["vres"], DR["finint"], DR["finkost"])]
DR["res"] = list(DR["refp"])

# nämnd: utfall jan-aug 2024, budget 2024, prognos 2024
DR_DRIFT = [
    ("Kommunstyrelsen", D("128.7"), DRIFT_SUM["Kommunstyrelsen"][0], D("199.8")),
    ("Barn- och utbildningsnämnden", D("571.2"), DRIFT_SUM["Barn- och utbildningsnämnden"][0], D("893.1")),
    ("Socialnämnden", D("606.5"), DRIFT_SUM["Socialnämnden"][0], D("914.1")),
    ("Kultur- och fritidsnämnden", D("44.1"), DRIFT_SUM["Kultur- och fritidsnämnden"][0], D("69.2")),
    ("Tekniska nämnden", D("45.8"), DRIFT_SUM["Tekniska nämnden"][0], D("65.9")),
    ("Miljö- och byggnadsnämnden", D("8.6"), D("14.6"), D("13.9")),
    ("Överförmyndarnämnden", D("2.9"), D("4.1"), D("4.3")),
    ("Revision", D("1.7"), D("2.9"), D("2.9")),
    ("Valnämnden", D("1.5"), D("1.8"), D("1.6")),
]
DR_NAMND_SUM = [sum(r[i] for r in DR_DRIFT) for i in (1, 2, 3)]
DR_FINANSF = [-DR["netto"][1] - DR_NAMND_SUM[0], FINANSF[0], -DR["netto"][3] - DR_NAMND_SUM[2]]
assert DR_NAMND_SUM[1] == DRIFT_TOTAL[0]

# projekt: budget 2024, utfall jan-aug 2024, prognos 2024
DR_INV = [
    ("Ombyggnad Brinellgymnasiet", D("28.0"), D("14.6"), D("24.5")),
    ("Ledningsförnyelse VA", D("20.0"), D("11.2"), D("19.0")),
    ("Energieffektivisering fastigheter", D("14.0"), D("5.1"), D("10.0")),
    ("Beläggningsunderhåll gator", D("11.5"), D("7.9"), D("11.5")),
    ("IT-investeringar och digitalisering", D("8.0"), D("3.4"), D("7.5")),
    ("Ny förskola i Forserum, projektering", D("6.0"), D("2.1"), D("5.0")),
    ("Gång- och cykelväg Nässjö–Anneberg", D("4.0"), D("0.8"), D("2.0")),
    ("Övriga investeringar", D("18.5"), D("9.6"), D("16.0")),
]
DR_INV_SUM = [sum(r[i] for r in DR_INV) for i in (1, 2, 3)]

# Balansräkning delår: 2024-08-31, 2023-12-31
DR_BR = {
    "anl": [D("2731.5"), BB["anl"][0]],
    "oms": [D("455.2"), BB["oms"][0]],
    "ek": [BB["ek"][0] + DR["res"][1], BB["ek"][0]],
    "avs": [D("131.0"), BB["avs"][0]],
    "langfr": [D("1148.0"), BB["langfr"][0]],
}
DR_BR["tillg"] = [a + o for a, o in zip(DR_BR["anl"], DR_BR["oms"])]
DR_BR["kortfr"] = [t - e - a - l for t, e, a, l in zip(DR_BR["tillg"], DR_BR["ek"], DR_BR["avs"], DR_BR["langfr"])]

POP_2023 = 31842
POP_JUN_2024 = 31796

# ------------------------------------------------------------------ XLSX
POP = [(2018, 31578), (2019, 31705), (2020, 31822), (2021, 31889), (2022, 31907), (2023, POP_2023)]
SKATT_KOMMUN = {2018: D("21.83"), 2019: D("21.83"), 2020: D("22.08"), 2021: D("22.08"), 2022: D("22.08"), 2023: D("22.08")}
SKATT_REGION = D("11.76")
KPI = [  # kr per invånare 2021, 2022, 2023
    ("Förskola", 6912, 7104, 7188),
    ("Grundskola inkl. förskoleklass", 13208, 13655, 14021),
    ("Gymnasieskola", 4985, 5140, 5302),
    ("Individ- och familjeomsorg", 4106, 4287, 4398),
    ("Äldreomsorg", 14820, 15064, 15412),
    ("Funktionsstöd (LSS m.m.)", 7311, 7548, 7790),
    ("Kultur och fritid", 2011, 2085, 2140),
]

# HTML key ratios: utfall 2022, utfall 2023, budget 2024, budget 2025
RES_2022 = D("54.7")
SKATTGSB_2022 = D("2215.9")
NETINV_2022 = D("187.3")
NETINV_2023 = D("203.6")
