"""All figures of the blind-muni7 corpus. Invented but internally consistent.
Enköping: Årsredovisning 2025, mnkr (Decimal, 1 decimal).  Arjeplog: Budget 2027, tkr (int)."""
from decimal import Decimal as D
from collections import OrderedDict as OD

# ---------------------------------------------------------------- ENKÖPING
E = {}
# columns: Bokslut/Utfall 2024, Budget 2025, Utfall 2025  (net cost negative)
E["bun_detail"] = OD([
    ("Förskola", ("-412.6", "-428.0", "-431.9")),
    ("Grundskola", ("-598.4", "-622.5", "-630.2")),
    ("Fritidshem", ("-58.1", "-60.4", "-57.8")),
    ("Anpassad grundskola", ("-41.7", "-43.2", "-46.5")),
    ("Förvaltningsgemensamt", ("-72.3", "-74.9", "-69.1")),
])
E["von_detail"] = OD([
    ("Särskilt boende", ("-402.2", "-418.6", "-431.4")),
    ("Hemtjänst", ("-248.9", "-259.3", "-266.8")),
    ("Hemsjukvård och rehabilitering", ("-96.4", "-101.2", "-99.7")),
    ("Funktionsstöd LSS", ("-187.3", "-196.5", "-201.9")),
    ("Myndighet och förvaltningsgemensamt", ("-44.8", "-46.1", "-43.6")),
])
E["sn_detail"] = OD([
    ("Placeringar barn och unga", ("-96.2", "-92.0", "-104.7")),
    ("Öppenvård barn och familj", ("-38.4", "-41.5", "-40.2")),
    ("Vuxna, missbruk och beroende", ("-52.7", "-55.0", "-58.9")),
    ("Ekonomiskt bistånd", ("-61.3", "-60.0", "-66.8")),
    ("Arbetsmarknad och integration", ("-47.5", "-49.8", "-46.1")),
])
for k in ("bun_detail", "von_detail", "sn_detail"):
    E[k] = OD((n, tuple(D(x) for x in v)) for n, v in E[k].items())


def _sum(rows):
    return tuple(sum(v[i] for v in rows) for i in range(len(next(iter(rows)))))


E["politik"] = OD([
    ("Kommunfullmäktige", ("-11.8", "-12.5", "-12.1")),
    ("Revisionen", ("-4.2", "-4.5", "-4.4")),
    ("Valnämnden", ("-2.6", "-0.6", "-0.5")),
    ("Överförmyndarnämnden", ("-9.6", "-10.1", "-10.8")),
])
E["politik"] = OD((n, tuple(D(x) for x in v)) for n, v in E["politik"].items())
E["fack"] = OD([
    ("Kommunstyrelsen", tuple(D(x) for x in ("-318.5", "-331.2", "-322.6"))),
    ("Barn- och utbildningsnämnden", _sum(E["bun_detail"].values())),
    ("Utbildningsnämnden", tuple(D(x) for x in ("-352.0", "-366.5", "-359.8"))),
    ("Vård- och omsorgsnämnden", _sum(E["von_detail"].values())),
    ("Socialnämnden", _sum(E["sn_detail"].values())),
    ("Kultur- och fritidsnämnden", tuple(D(x) for x in ("-142.0", "-148.5", "-146.7"))),
    ("Bygg- och miljönämnden", tuple(D(x) for x in ("-31.2", "-33.4", "-31.8"))),
    ("Tekniska nämnden", tuple(D(x) for x in ("-148.0", "-156.0", "-150.2"))),
])
E["sum_politik"] = _sum(E["politik"].values())
E["sum_fack"] = _sum(E["fack"].values())
E["sum_namnder"] = tuple(a + b for a, b in zip(E["sum_politik"], E["sum_fack"]))
E["skatt"] = tuple(D(x) for x in ("2741.8", "2862.0", "2871.6"))
E["gsb"] = tuple(D(x) for x in ("742.5", "790.4", "812.3"))
E["finint"] = tuple(D(x) for x in ("38.6", "35.0", "41.2"))
E["finkost"] = tuple(D(x) for x in ("-52.4", "-61.0", "-55.9"))
E["result"] = tuple(D(x) for x in ("21.6", "45.0", "58.4"))
E["ovrigt"] = tuple(E["result"][i] - (E["sum_namnder"][i] + E["skatt"][i] + E["gsb"][i] + E["finint"][i] + E["finkost"][i]) for i in range(3))
E["sum_fin"] = tuple(E["skatt"][i] + E["gsb"][i] + E["finint"][i] + E["finkost"][i] + E["ovrigt"][i] for i in range(3))
# RR
E["netto"] = tuple(E["sum_namnder"][i] + E["ovrigt"][i] for i in range(3))
E["vintakter"] = tuple(D(x) for x in ("812.4", "790.0", "846.9"))
E["avskr"] = tuple(D(x) for x in ("-148.2", "-162.0", "-157.3"))
E["vkostnader"] = tuple(E["netto"][i] - E["vintakter"][i] - E["avskr"][i] for i in range(3))
E["vresultat"] = tuple(E["netto"][i] + E["skatt"][i] + E["gsb"][i] for i in range(3))
E["efterfin"] = tuple(E["vresultat"][i] + E["finint"][i] + E["finkost"][i] for i in range(3))
assert E["efterfin"] == E["result"]
# Skatteintäkter detail (2024, B2025, U2025)
E["sk_prelslut"] = tuple(D(x) for x in ("-12.4", "0.0", "-9.8"))
E["sk_slutdiff"] = tuple(D(x) for x in ("3.1", "0.0", "-4.6"))
E["sk_prel"] = tuple(E["skatt"][i] - E["sk_prelslut"][i] - E["sk_slutdiff"][i] for i in range(3))
E["gsb_detail"] = OD([
    ("Kostnadsutjämning", tuple(D(x) for x in ("-22.6", "-18.4", "-17.9"))),
    ("Regleringsbidrag", tuple(D(x) for x in ("41.2", "52.1", "58.7"))),
    ("LSS-utjämning", tuple(D(x) for x in ("-14.8", "-15.2", "-13.6"))),
    ("Kommunal fastighetsavgift", tuple(D(x) for x in ("112.5", "118.0", "121.3"))),
])
_o = _sum(E["gsb_detail"].values())
E["inkomstutj"] = tuple(E["gsb"][i] - _o[i] for i in range(3))
# BR (2024-12-31, 2025-12-31)
E["br"] = OD([
    ("Immateriella anläggningstillgångar", (D("12.4"), D("10.8"))),
    ("Mark, byggnader och tekniska anläggningar", (D("3412.6"), D("3598.1"))),
    ("Maskiner och inventarier", (D("186.3"), D("192.7"))),
    ("Finansiella anläggningstillgångar", (D("412.9"), D("415.2"))),
    ("Förråd och exploateringsfastigheter", (D("46.2"), D("58.9"))),
    ("Kortfristiga fordringar", (D("398.7"), D("421.5"))),
    ("Kassa och bank", (D("184.6"), D("152.3"))),
])
b = E["br"]
E["sum_anl"] = tuple(sum(b[k][i] for k in list(b)[:4]) for i in range(2))
E["sum_oms"] = tuple(sum(b[k][i] for k in list(b)[4:]) for i in range(2))
E["tillg"] = tuple(E["sum_anl"][i] + E["sum_oms"][i] for i in range(2))
E["ek_res"] = (E["result"][0], E["result"][2])
E["ek_ovr"] = (D("1964.8"), D("1964.8") + E["result"][0])
E["ek"] = tuple(E["ek_res"][i] + E["ek_ovr"][i] for i in range(2))
E["avs_pens"] = (D("214.5"), D("226.8"))
E["avs_ovr"] = (D("38.2"), D("35.6"))
E["avs"] = tuple(E["avs_pens"][i] + E["avs_ovr"][i] for i in range(2))
E["lfskuld"] = (D("1640.0"), D("1790.0"))
E["kfskuld"] = tuple(E["tillg"][i] - E["ek"][i] - E["avs"][i] - E["lfskuld"][i] for i in range(2))
E["skulder"] = tuple(E["lfskuld"][i] + E["kfskuld"][i] for i in range(2))
E["soliditet"] = tuple((E["ek"][i] / E["tillg"][i] * 100).quantize(D("0.1")) for i in range(2))
# Kassaflöde (2024, 2025)
E["nettoinv"] = D("347.6")
kf = OD()
kf["Årets resultat"] = (E["result"][0], E["result"][2])
kf["Justering för av- och nedskrivningar"] = (-E["avskr"][0], -E["avskr"][2])
kf["Justering för gjorda avsättningar"] = (D("6.3"), E["avs"][1] - E["avs"][0])
kf["Ökning (−)/minskning (+) förråd och exploatering"] = (D("-8.1"), -(b["Förråd och exploateringsfastigheter"][1] - b["Förråd och exploateringsfastigheter"][0]))
kf["Ökning (−)/minskning (+) kortfristiga fordringar"] = (D("14.6"), -(b["Kortfristiga fordringar"][1] - b["Kortfristiga fordringar"][0]))
kf["Ökning (+)/minskning (−) kortfristiga skulder"] = (D("31.2"), E["kfskuld"][1] - E["kfskuld"][0])
E["kf_lop"] = tuple(sum(v[i] for v in kf.values()) for i in range(2))
E["kf_inv_mat"] = (D("-318.4"), -E["nettoinv"])
E["kf_inv_fin"] = (D("-1.5"), -(b["Finansiella anläggningstillgångar"][1] - b["Finansiella anläggningstillgångar"][0]))
E["kf_inv"] = tuple(E["kf_inv_mat"][i] + E["kf_inv_fin"][i] for i in range(2))
E["kf_nylan"] = (D("150.0"), D("200.0"))
E["kf_amort"] = (D("-70.0"), D("-50.0"))
E["kf_fin"] = tuple(E["kf_nylan"][i] + E["kf_amort"][i] for i in range(2))
E["kf_year"] = tuple(E["kf_lop"][i] + E["kf_inv"][i] + E["kf_fin"][i] for i in range(2))
assert E["kf_year"][1] == b["Kassa och bank"][1] - b["Kassa och bank"][0], E["kf_year"]
E["kf_start"] = (b["Kassa och bank"][0] - E["kf_year"][0], b["Kassa och bank"][0])
E["kf_end"] = (b["Kassa och bank"][0], b["Kassa och bank"][1])
E["kf"] = kf
# Investeringar: (Budget 2025, Utfall 2025, Total projektbudget, Ackumulerat utfall)
E["inv_skatt"] = OD([
    ("Ny grundskola Fanna", ("96.0", "88.4", "310.0", "201.7")),
    ("Förskola Örsundsbro", ("42.0", "45.9", "68.0", "64.2")),
    ("Gång- och cykelväg Litslena–Enköping", ("18.5", "9.2", "34.0", "11.6")),
    ("Gatubelysning, byte till LED", ("12.0", "11.4", "40.0", "27.8")),
    ("Trafiksäkerhetsåtgärder", ("8.0", "6.3", None, None)),
    ("IT-investeringar", ("14.5", "12.1", None, None)),
    ("Inventarier och möbler, skolor", ("9.0", "7.6", None, None)),
    ("Välfärdsteknik vård och omsorg", ("6.5", "3.9", None, None)),
    ("Ombyggnad kommunhuset", ("22.0", "17.8", "45.0", "38.3")),
    ("Parker och lekplatser", ("7.5", "8.1", None, None)),
    ("Fordon och maskiner", ("10.0", "8.6", None, None)),
    ("Energieffektivisering fastigheter", ("25.0", "19.7", None, None)),
])
E["inv_taxa"] = OD([
    ("Reningsverk Enköping, etapp 2", ("120.0", "64.2", "540.0", "211.4")),
    ("Ledningsförnyelse VA", ("45.0", None, None, None)),
    ("Vattenverk, reservvattentäkt", ("20.0", "8.3", "95.0", "12.1")),
    ("Återvinningscentral Tillberga väg", ("12.0", "4.0", "38.0", "4.0")),
])
for k in ("inv_skatt", "inv_taxa"):
    E[k] = OD((n, [D(x) if x is not None else None for x in v]) for n, v in E[k].items())
_others = sum(v[1] for v in E["inv_skatt"].values()) + sum(v[1] for n, v in E["inv_taxa"].items() if v[1] is not None)
E["inv_taxa"]["Ledningsförnyelse VA"][1] = E["nettoinv"] - _others
E["inv_sum_skatt"] = tuple(sum(v[i] for v in E["inv_skatt"].values()) for i in range(2))
E["inv_sum_taxa"] = tuple(sum(v[i] for v in E["inv_taxa"].values()) for i in range(2))
E["inv_sum"] = tuple(E["inv_sum_skatt"][i] + E["inv_sum_taxa"][i] for i in range(2))
assert E["inv_sum"][1] == E["nettoinv"]
# Fem år i sammandrag 2021..2025
E["years5"] = [2021, 2022, 2023, 2024, 2025]
E["inv5"] = [45852, 46316, 46740, 47105, 47398]
E["skattesats5"] = [D("21.79"), D("21.79"), D("21.79"), D("22.04"), D("22.04")]
E["netto5"] = [D("-3012.4"), D("-3187.9"), D("-3391.5"), E["netto"][0], E["netto"][2]]
E["ssb5"] = [D("3104.2"), D("3262.0"), D("3350.3"), E["skatt"][0] + E["gsb"][0], E["skatt"][2] + E["gsb"][2]]
E["res5"] = [D("142.3"), D("118.6"), D("-12.4"), E["result"][0], E["result"][2]]
E["respct5"] = [(r / s * 100).quantize(D("0.1")) for r, s in zip(E["res5"], E["ssb5"])]
E["sol5"] = [D("44.1"), D("44.6"), D("43.0"), E["soliditet"][0], E["soliditet"][1]]
E["ninv5"] = [D("298.1"), D("352.6"), D("401.2"), -E["kf_inv_mat"][0], E["nettoinv"]]
E["lfs5"] = [D("1210.0"), D("1380.0"), D("1560.0"), E["lfskuld"][0], E["lfskuld"][1]]
# Not 2, Not 3 (2024, 2025)
E["not2"] = OD([
    ("Taxor och avgifter", (D("268.4"), D("279.1"))),
    ("Hyror och arrenden", (D("64.2"), D("67.8"))),
    ("Bidrag från staten", (D("312.7"), D("331.5"))),
    ("Försäljning av verksamhet och tjänster", (D("98.3"), D("104.6"))),
])
E["not2"]["Övriga intäkter"] = tuple(E["vintakter"][j] - sum(v[i] for v in E["not2"].values()) for i, j in ((0, 0), (1, 2)))
E["not3"] = OD([
    ("Löner och sociala avgifter", (D("-2218.4"), D("-2331.6"))),
    ("Pensionskostnader", (D("-201.3"), D("-214.8"))),
    ("Köp av huvudverksamhet", (D("-612.5"), D("-648.2"))),
    ("Lokal- och markhyror", (D("-148.6"), D("-152.1"))),
    ("Bidrag och transfereringar", (D("-96.2"), D("-101.4"))),
])
E["not3"]["Övriga verksamhetskostnader"] = tuple(E["vkostnader"][j] - sum(v[i] for v in E["not3"].values()) for i, j in ((0, 0), (1, 2)))
# Balanskrav (2024, 2025)
E["realis"] = (D("-1.2"), D("-3.6"))
E["bk_efter"] = tuple(E["ek_res"][i] + E["realis"][i] for i in range(2))
E["rur"] = (D("0.0"), D("-20.0"))
E["bk_res"] = tuple(E["bk_efter"][i] + E["rur"][i] for i in range(2))
# Pension (2024, 2025)
E["ansvar"] = (D("812.7"), D("781.3"))
E["pens_tot"] = tuple(E["avs_pens"][i] + E["ansvar"][i] for i in range(2))
# Bolag: (ägarandel %, resultat 2024, resultat 2025)
E["bolag"] = OD([
    ("AB Enköpings Hyresbostäder", (100, D("24.8"), D("31.2"))),
    ("Enköpings Kommunkoncern AB", (100, D("-0.6"), D("-0.4"))),
    ("ENA Energi AB", (51, D("48.3"), D("39.7"))),
    ("Enköpings Fastighets AB", (100, D("6.2"), D("9.8"))),
])
# Personal: tillsvidareanställda 2024, 2025
E["pers"] = OD([
    ("Kommunstyrelsen", (412, 418)),
    ("Barn- och utbildningsnämnden", (1486, 1502)),
    ("Utbildningsnämnden", (398, 391)),
    ("Vård- och omsorgsnämnden", (1312, 1347)),
    ("Socialnämnden", (214, 221)),
    ("Kultur- och fritidsnämnden", (96, 98)),
    ("Bygg- och miljönämnden", (41, 43)),
    ("Tekniska nämnden", (162, 158)),
])
E["pers_sum"] = tuple(sum(v[i] for v in E["pers"].values()) for i in range(2))
E["sjuk"] = OD([
    ("Total sjukfrånvaro", (D("7.4"), D("6.9"))),
    ("Kvinnor", (D("8.3"), D("7.8"))),
    ("Män", (D("4.6"), D("4.2"))),
    ("Anställda 29 år och yngre", (D("5.1"), D("4.8"))),
    ("Anställda 50 år och äldre", (D("8.2"), D("7.7"))),
    ("Andel långtidssjukfrånvaro (60 dagar eller mer)", (D("44.1"), D("41.8"))),
])
E["kansl"] = [
    ("Löneförändring", "1 %", D("22.4")),
    ("Prisförändring på varor och tjänster", "1 %", D("11.2")),
    ("Förändrat skatteunderlag", "1 %", D("28.7")),
    ("Ändrad räntenivå på låneskulden", "1 procentenhet", D("17.9")),
    ("Förändrat invånarantal", "100 personer", D("7.8")),
    ("Generellt statsbidrag", "100 kr per invånare", D("4.7")),
]
E["lan"] = [
    ("Låneskuld 31 december, mnkr", D("1640.0"), D("1790.0"), 1),
    ("Genomsnittlig ränta, %", D("2.41"), D("2.58"), 2),
    ("Genomsnittlig räntebindningstid, år", D("2.9"), D("3.1"), 1),
    ("Andel lån med förfall inom ett år, %", D("18"), D("22"), 0),
    ("Borgensåtaganden för kommunens bolag, mnkr", D("2215.0"), D("2348.0"), 1),
]
# Budget 2026 (HTML) and uppföljning aug 2026 (XLSX), mnkr net (positive cost) / tkr
E["b26"] = OD([
    ("Barn- och utbildningsnämnden", ("1310.6", "48.2")),
    ("Utbildningsnämnden", ("412.9", "38.1")),
    ("Vård- och omsorgsnämnden", ("1168.4", "101.9")),
    ("Socialnämnden", ("356.2", "42.0")),
    ("Kommunstyrelsen", ("402.7", "61.5")),
    ("Kultur- och fritidsnämnden", ("171.8", "18.4")),
    ("Bygg- och miljönämnden", ("58.3", "23.6")),
    ("Tekniska nämnden", ("241.0", "79.8")),
])  # (kostnader, intäkter) -> netto = k - i
E["b26"] = OD((n, (D(k), D(i), D(k) - D(i))) for n, (k, i) in E["b26"].items())
E["b26_groups"] = [("Utbildning", ["Barn- och utbildningsnämnden", "Utbildningsnämnden"]),
                   ("Vård och omsorg", ["Vård- och omsorgsnämnden", "Socialnämnden"]),
                   ("Samhälle och service", ["Kommunstyrelsen", "Kultur- och fritidsnämnden", "Bygg- och miljönämnden", "Tekniska nämnden"])]
E["b25_by_name"] = {n: -v[1] for n, v in E["fack"].items()}
E["b26_chg"] = OD((n, ((v[2] - E["b25_by_name"][n]) / E["b25_by_name"][n] * 100).quantize(D("0.1"))) for n, v in E["b26"].items())
E["b26_result"] = D("52.0")
# XLSX tkr: utfall jan-aug, prognos helår
E["aug"] = OD([
    ("Kommunfullmäktige", (13100, 8420, 13100)),
    ("Revisionen", (4700, 2890, 4700)),
    ("Valnämnden", (6800, 2150, 6500)),
    ("Överförmyndarnämnden", (11200, 7930, 11900)),
])
for n, v in E["b26"].items():
    E["aug"][n] = (int(v[2] * 1000), None, None)
_aug_fill = {
    "Barn- och utbildningsnämnden": (871250, 1271900),
    "Utbildningsnämnden": (248310, 371200),
    "Vård- och omsorgsnämnden": (734920, 1089400),
    "Socialnämnden": (221480, 331700),
    "Kommunstyrelsen": (224100, 336600),
    "Kultur- och fritidsnämnden": (101630, 152900),
    "Bygg- och miljönämnden": (21870, 34400),
    "Tekniska nämnden": (108940, 163500),
}
for n, (u, p) in _aug_fill.items():
    E["aug"][n] = (E["aug"][n][0], u, p)
E["aug_dev"] = OD((n, v[0] - v[2]) for n, v in E["aug"].items())
E["aug_sum"] = tuple(sum(v[i] for v in E["aug"].values()) for i in range(3))

# ---------------------------------------------------------------- ARJEPLOG (tkr)
A = {}
A["cols"] = ["Bokslut 2025", "Budget 2026", "Prognos 2026", "Budget 2027", "Plan 2028", "Plan 2029"]
A["sections"] = [
    ("Politisk verksamhet", "Summa politisk verksamhet", OD([
        ("Kommunfullmäktige", (-2140, -2250, -2310, -2380, -2420, -2470)),
        ("Revision", (-890, -950, -950, -980, -1000, -1020)),
        ("Valnämnd", (-60, -420, -395, -40, -45, -60)),
        ("Överförmyndare", (-1210, -1260, -1340, -1310, -1340, -1370)),
    ])),
    ("Kommunstyrelsen", "Summa kommunstyrelsen", OD([
        ("Kommunledning och administration", (-28450, -29900, -29310, -30650, -31200, -31800)),
        ("Näringsliv och turism", (-6820, -7100, -7050, -6900, -6900, -7000)),
        ("Räddningstjänst", (-9730, -10050, -10420, -10600, -10850, -11100)),
        ("Teknisk verksamhet och fastigheter", (-21380, -22400, -23150, -23000, -23500, -24000)),
        ("Kultur och fritid", (-8940, -9200, -9080, -9350, -9500, -9700)),
        ("Arbetsmarknad och integration", (-4310, -4500, -4120, -4200, -4250, -4300)),
    ])),
    ("Barn- och utbildningsnämnden", "Summa barn- och utbildningsnämnden", OD([
        ("Förskola", (-17620, -18300, -18650, -18900, -19300, -19700)),
        ("Grundskola och fritidshem", (-38940, -40100, -40780, -40600, -41300, -42000)),
        ("Gymnasieskola", (-21560, -22500, -21900, -22300, -22700, -23100)),
        ("Vuxenutbildning", (-3210, -3400, -3150, -3300, -3350, -3400)),
        ("Kulturskola", (-1480, -1550, -1540, -1600, -1630, -1660)),
    ])),
    ("Socialnämnden", "Summa socialnämnden", OD([
        ("Särskilt boende", (-48720, -50400, -52960, -52800, -54100, -55400)),
        ("Hemtjänst", (-29380, -30600, -31840, -31900, -32700, -33500)),
        ("Hälso- och sjukvård", (-12650, -13100, -13480, -13600, -13900, -14200)),
        ("Funktionsstöd", (-18930, -19600, -19250, -20100, -20600, -21100)),
        ("Individ- och familjeomsorg", (-14870, -14200, -16120, -15300, -15600, -15900)),
    ])),
]
A["secsum"] = OD((s[1], tuple(sum(v[i] for v in s[2].values()) for i in range(6))) for s in A["sections"])
A["namnder"] = tuple(sum(v[i] for v in A["secsum"].values()) for i in range(6))
A["skatt"] = (158420, 163900, 162750, 168300, 173100, 178200)
A["gsb"] = (152680, 156200, 157940, 161500, 164800, 168000)
A["finint"] = (1840, 1500, 1620, 1500, 1500, 1500)
A["finkost"] = (-2930, -3400, -3210, -3600, -3900, -4100)
A["result"] = (6420, 3100, -4850, 3200, 4100, 5000)
A["finforv"] = tuple(A["result"][i] - (A["namnder"][i] + A["skatt"][i] + A["gsb"][i] + A["finint"][i] + A["finkost"][i]) for i in range(6))
A["netto"] = tuple(A["namnder"][i] + A["finforv"][i] for i in range(6))
A["vint"] = (74320, 71500, 76100, 73800, 74500, 75200)
A["avskr"] = (-14210, -15000, -14650, -15800, -16400, -16900)
A["vkost"] = tuple(A["netto"][i] - A["vint"][i] - A["avskr"][i] for i in range(6))
A["vres"] = tuple(A["netto"][i] + A["skatt"][i] + A["gsb"][i] for i in range(6))
A["efterfin"] = tuple(A["vres"][i] + A["finint"][i] + A["finkost"][i] for i in range(6))
assert A["efterfin"] == A["result"]
# skatteintäkter detail
A["sk_slut"] = (-1240, 0, -2860, 0, 0, 0)
A["sk_kommunal"] = tuple(A["skatt"][i] - A["sk_slut"][i] for i in range(6))
A["gsb_detail"] = OD([
    ("Kostnadsutjämning", (38420, 39100, 39650, 40300, 41000, 41700)),
    ("Strukturbidrag", (9870, 9900, 9900, 9900, 9900, 9900)),
    ("Regleringsbidrag/-avgift", (1950, 2600, 3120, 3400, 2900, 2500)),
    ("LSS-utjämning", (-3140, -3200, -3260, -3300, -3350, -3400)),
    ("Kommunal fastighetsavgift", (7310, 7600, 7640, 7900, 8100, 8300)),
])
A["inkomstutj"] = tuple(A["gsb"][i] - sum(v[i] for v in A["gsb_detail"].values()) for i in range(6))
# Investeringar: (Budget 2027, Plan 2028, Plan 2029, varav externa bidrag)
A["inv"] = [
    ("Kommunstyrelsen", OD([
        ("Reinvestering VA-ledningar", (4500, 4500, 5000, 0)),
        ("Vattenverk Arjeplog, UV-rening", (3200, 0, 0, 0)),
        ("Gator och gatubelysning", (1800, 1500, 1500, 0)),
        ("Släckbil räddningstjänst", (0, 4200, 0, 0)),
        ("Renovering Silvermuseet, etapp 1", (2500, 3000, 0, 1200)),
        ("Galtis skidanläggning, snötillverkning", (1500, 0, 0, 750)),
        ("Energieffektivisering kommunala fastigheter", (2000, 2000, 2000, 0)),
        ("IT-infrastruktur och digitalisering", (900, 900, 900, 0)),
    ])),
    ("Barn- och utbildningsnämnden", OD([
        ("Ny förskola Arjeplog", (8500, 6000, 0, 0)),
        ("Skolgård och utemiljö grundskolan", (1200, 0, 0, 0)),
        ("Inventarier och IT, skola", (600, 600, 600, 0)),
    ])),
    ("Socialnämnden", OD([
        ("Välfärdsteknik och trygghetslarm", (700, 500, 500, 0)),
        ("Inventarier särskilt boende", (400, 400, 400, 0)),
        ("Ombyggnad korttidsboende", (0, 2500, 0, 0)),
    ])),
]
A["inv_secsum"] = OD((s, tuple(sum(v[i] for v in rows.values()) for i in range(4))) for s, rows in A["inv"])
A["inv_sum"] = tuple(sum(v[i] for v in A["inv_secsum"].values()) for i in range(4))
# Balansbudget (Bokslut 2025, Prognos 2026, Budget 2027, Plan 2028, Plan 2029)
A["bal_years"] = ["Bokslut 2025", "Prognos 2026", "Budget 2027", "Plan 2028", "Plan 2029"]
A["res5"] = (A["result"][0], A["result"][2], A["result"][3], A["result"][4], A["result"][5])
A["avskr5"] = (A["avskr"][0], A["avskr"][2], A["avskr"][3], A["avskr"][4], A["avskr"][5])
A["ninv5"] = (24680, 31500, A["inv_sum"][0], A["inv_sum"][1], A["inv_sum"][2])
anl = [412300]
for i in range(1, 5):
    anl.append(anl[-1] + A["ninv5"][i] + A["avskr5"][i])
A["anl"] = tuple(anl)
ek = [226300]
for i in range(1, 5):
    ek.append(ek[-1] + A["res5"][i])
A["ek"] = tuple(ek)
A["avs"] = (24100, 24600, 25200, 25700, 26300)
A["lfs"] = (168000, 178000, 190000, 198000, 200000)
A["kfs"] = (52300, 53000, 53500, 54000, 54500)
A["oms"] = tuple(A["ek"][i] + A["avs"][i] + A["lfs"][i] + A["kfs"][i] - A["anl"][i] for i in range(5))
A["tillg"] = tuple(A["anl"][i] + A["oms"][i] for i in range(5))
A["sol"] = tuple((D(A["ek"][i]) / D(A["tillg"][i]) * 100).quantize(D("0.1")) for i in range(5))
# Kassaflödesbudget (Prognos 2026, Budget 2027, Plan 2028, Plan 2029)
A["kf_lop"] = tuple(A["res5"][i] - A["avskr5"][i] + (A["avs"][i] - A["avs"][i - 1]) for i in range(1, 5))
A["kf_inv"] = tuple(-A["ninv5"][i] for i in range(1, 5))
A["kf_lan"] = tuple(A["lfs"][i] - A["lfs"][i - 1] for i in range(1, 5))
A["kf_year"] = tuple(A["kf_lop"][i] + A["kf_inv"][i] + A["kf_lan"][i] for i in range(4))
# Nyckeltal / befolkning
A["inv_pop"] = (2684, 2660, 2640, 2620, 2600)  # Bokslut 2025, Budget 2026, Budget 2027, Plan 2028, Plan 2029
A["befolkning"] = OD([
    ("0–5 år", (118, 112, 108)), ("6–15 år", (236, 228, 219)), ("16–18 år", (82, 79, 77)),
    ("19–64 år", (1378, 1340, 1305)), ("65–79 år", (602, 614, 618)), ("80 år och äldre", (268, 267, 273)),
])
A["bef_sum"] = tuple(sum(v[i] for v in A["befolkning"].values()) for i in range(3))
assert A["bef_sum"] == (2684, 2640, 2600)
A["skattesats"] = D("24.15")
# Ramförändringar 2027 (positive ramar)
A["ram_names"] = [("Politisk verksamhet", "Summa politisk verksamhet"), ("Kommunstyrelsen", "Summa kommunstyrelsen"),
                  ("Barn- och utbildningsnämnden", "Summa barn- och utbildningsnämnden"), ("Socialnämnden", "Summa socialnämnden")]
_lp = {"Politisk verksamhet": 110, "Kommunstyrelsen": 2410, "Barn- och utbildningsnämnden": 2380, "Socialnämnden": 3820}
_eff = {"Politisk verksamhet": 0, "Kommunstyrelsen": -1250, "Barn- och utbildningsnämnden": -900, "Socialnämnden": -1700}
A["ram"] = OD()
for n, s in A["ram_names"]:
    r26 = -A["secsum"][s][1]
    r27 = -A["secsum"][s][3]
    A["ram"][n] = (r26, _lp[n], r27 - r26 - _lp[n] - _eff[n], _eff[n], r27)
A["ram_sum"] = tuple(sum(v[i] for v in A["ram"].values()) for i in range(5))
# Personal årsarbetare (Budget 2026, Budget 2027)
A["pers"] = OD([
    ("Kommunledningsförvaltningen", (41, 42)),
    ("Samhällsbyggnad och teknik", (48, 47)),
    ("Räddningstjänsten (heltidstjänster)", (6, 6)),
    ("Barn- och utbildningsförvaltningen", (121, 118)),
    ("Socialförvaltningen", (226, 231)),
])
A["pers_sum"] = tuple(sum(v[i] for v in A["pers"].values()) for i in range(2))
# Taxor (kr): 2026, 2027
A["taxor"] = [
    ("VA, brukningsavgift normalvilla, kr/år", 9840, 10430),
    ("VA, anläggningsavgift normalvilla, kr", 142500, 149600),
    ("Avfall, grundavgift villa, kr/år", 1980, 2080),
    ("Avfall, fritidshus, kr/år", 1120, 1180),
    ("Sotning, grundavgift, kr", 415, 430),
]
A["pens"] = OD([
    ("Avgiftsbestämd ålderspension", (9120, 9450, 9780)),
    ("Pensionsutbetalningar", (6340, 6510, 6690)),
    ("Förändring av pensionsavsättning", (480, 510, 540)),
    ("Särskild löneskatt", (3866, 3952, 4054)),
])  # Budget 2027, Plan 2028, Plan 2029
A["pens_sum"] = tuple(sum(v[i] for v in A["pens"].values()) for i in range(3))
A["kansl"] = [
    ("Löneförändring", "1 %", 1930),
    ("Förändrat skatteunderlag", "1 %", 1680),
    ("Ränteförändring", "1 procentenhet", 1900),
    ("Förändrat invånarantal", "10 personer", 1150),
    ("Generellt statsbidrag", "100 kr per invånare", 264),
]
A["not1"] = OD([
    ("Taxor och avgifter", (18940, 19200, 19650, 20100, 20500, 20900)),
    ("Hyror och arrenden", (11860, 11900, 12020, 12300, 12500, 12700)),
    ("Riktade statsbidrag", (29410, 27100, 30650, 27700, 27800, 27900)),
    ("Försäljning av verksamhet", (8230, 7900, 8140, 8300, 8400, 8500)),
])
A["not1"]["Övriga intäkter"] = tuple(A["vint"][i] - sum(v[i] for v in A["not1"].values()) for i in range(6))
A["mal"] = [
    ("Årets resultat i % av skatter och statsbidrag", "minst 1,0 %"),
    ("Självfinansieringsgrad av investeringar", "minst 70 %"),
    ("Soliditet exklusive pensionsåtagande", "minst 40 %"),
]
A["resultpct"] = tuple((D(A["result"][i]) / D(A["skatt"][i] + A["gsb"][i]) * 100).quantize(D("0.1")) for i in range(6))
A["sjalvfin"] = tuple(((D(A["res5"][i]) - D(A["avskr5"][i])) / D(A["ninv5"][i]) * 100).quantize(D("1")) for i in range(5))

if __name__ == "__main__":
    for k in ("sum_namnder", "ovrigt", "netto", "vkostnader", "tillg", "kfskuld", "soliditet", "kf_lop", "kf_year", "inkomstutj", "inv_sum", "respct5"):
        print(k, E[k])
    print(E["not2"]["Övriga intäkter"], E["not3"]["Övriga verksamhetskostnader"], E["inv_taxa"]["Ledningsförnyelse VA"])
    print(E["b26_chg"]); print(E["aug_sum"], E["aug_dev"])
    for k in ("namnder", "finforv", "netto", "vkost", "inkomstutj", "inv_sum", "anl", "ek", "oms", "sol", "kf_year", "ram_sum", "resultpct", "sjalvfin"):
        print(k, A[k])
    print(A["ram"]); print(A["not1"]["Övriga intäkter"])
