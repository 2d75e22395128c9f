# All invented figures, shared by generator and question script.
def r1(x): return round(x + 1e-9, 1)

# ---------------- MUNKFORS ----------------
MK = {}
MK["chair"] = "Maria Lindqvist (S)"
MK["tax"] = 22.85
MK["years"] = ["Bokslut 2023", "Prognos 2024", "Budget 2025", "Plan 2026", "Plan 2027"]
rb = {
 "Verksamhetens intäkter": [58.4, 60.1, 61.5, 62.8, 64.0],
 "Verksamhetens kostnader": [-352.6, -366.9, -378.2, -388.5, -398.9],
 "Avskrivningar": [-11.8, -12.4, -13.6, -14.9, -15.8],
 "Skatteintäkter": [205.3, 213.8, 222.6, 230.4, 238.9],
 "Generella statsbidrag och utjämning": [108.9, 113.2, 116.4, 118.2, 121.0],
 "Finansiella intäkter": [1.2, 1.4, 1.1, 1.0, 1.0],
 "Finansiella kostnader": [-2.9, -3.6, -4.2, -4.6, -5.1],
}
rb["Verksamhetens nettokostnader"] = [r1(a+b+c) for a,b,c in zip(rb["Verksamhetens intäkter"], rb["Verksamhetens kostnader"], rb["Avskrivningar"])]
rb["Verksamhetens resultat"] = [r1(a+b+c) for a,b,c in zip(rb["Verksamhetens nettokostnader"], rb["Skatteintäkter"], rb["Generella statsbidrag och utjämning"])]
rb["Resultat efter finansiella poster"] = [r1(a+b+c) for a,b,c in zip(rb["Verksamhetens resultat"], rb["Finansiella intäkter"], rb["Finansiella kostnader"])]
rb["Årets resultat"] = rb["Resultat efter finansiella poster"]
rb["Resultat i % av skatter och bidrag"] = [r1(100*r/(s+g)) for r,s,g in zip(rb["Årets resultat"], rb["Skatteintäkter"], rb["Generella statsbidrag och utjämning"])]
MK["rb"] = rb
MK["rb_order"] = ["Verksamhetens intäkter", "Verksamhetens kostnader", "Avskrivningar", "Verksamhetens nettokostnader",
  "Skatteintäkter", "Generella statsbidrag och utjämning", "Verksamhetens resultat", "Finansiella intäkter",
  "Finansiella kostnader", "Resultat efter finansiella poster", "Årets resultat", "Resultat i % av skatter och bidrag"]
MK["rb_not"] = {"Verksamhetens intäkter": "1", "Verksamhetens kostnader": "2", "Avskrivningar": "3", "Skatteintäkter": "4", "Generella statsbidrag och utjämning": "5", "Finansiella kostnader": "6"}

bb = {
 "Anläggningstillgångar": [312.4, 324.0, 340.0, 352.7, 361.5],
 "Omsättningstillgångar": [64.8, 60.2, 58.5, 57.0, 58.1],
 "Eget kapital": [142.1, 147.7, 153.3, 157.7, 162.8],
 "Avsättningar": [21.6, 22.4, 23.1, 23.8, 24.5],
 "Kortfristiga skulder": [78.0, 76.5, 75.0, 74.5, 74.0],
}
bb["Summa tillgångar"] = [r1(a+b) for a,b in zip(bb["Anläggningstillgångar"], bb["Omsättningstillgångar"])]
bb["Långfristiga skulder"] = [r1(t-e-a-k) for t,e,a,k in zip(bb["Summa tillgångar"], bb["Eget kapital"], bb["Avsättningar"], bb["Kortfristiga skulder"])]
bb["Summa eget kapital och skulder"] = bb["Summa tillgångar"]
bb["Soliditet, %"] = [r1(100*e/t) for e,t in zip(bb["Eget kapital"], bb["Summa tillgångar"])]
MK["bb"] = bb

# Driftbudget tkr: Budget 2024, Budget 2025
MK["drift"] = [
 ("Kommunstyrelsen", 46200, 47850),
 ("Barn- och utbildningsnämnden", 120150, 124600),
 ("Vård- och omsorgsnämnden", 112300, 116900),
 ("Socialnämnden", 20800, 21450),
 ("Miljö- och byggnämnden", 3750, 3900),
 ("Kultur- och fritidsnämnden", 6350, 6500),
 ("Revision", 1050, 1100),
]
MK["drift_sum"] = (sum(r[1] for r in MK["drift"]), sum(r[2] for r in MK["drift"]))
MK["finansf"] = (6900, 8000)
MK["drift_tot"] = (MK["drift_sum"][0] + MK["finansf"][0], MK["drift_sum"][1] + MK["finansf"][1])

# Investeringar mnkr: 2025, 2026, 2027
MK["inv"] = [
 ("Kommunstyrelsen", None),
 ("Ombyggnad Centrumvägen", (3.5, 4.0, 0.0)),
 ("LED-belysning gator och GC-vägar", (1.2, 1.2, 1.0)),
 ("IT-infrastruktur", (0.8, 0.8, 0.8)),
 ("Barn- och utbildningsnämnden", None),
 ("Ny förskola Ransäter", (12.0, 11.0, 1.5)),
 ("Skolgård Kyrkhedens skola", (2.2, 0.0, 0.0)),
 ("Vård- och omsorgsnämnden", None),
 ("Digitala trygghetslarm", (0.9, 0.0, 0.0)),
 ("Ombyggnad Solbackens äldreboende", (2.5, 6.0, 6.0)),
 ("VA-verksamhet (taxefinansierad)", None),
 ("Nytt reningssteg Munkfors vattenverk", (4.0, 8.5, 3.0)),
 ("Ledningsförnyelse", (2.5, 2.5, 2.5)),
]
MK["inv_tot"] = tuple(r1(sum(v[i] for _, v in MK["inv"] if v)) for i in range(3))

# Årsredovisning 2023
MK["ar_rr22"] = {"Verksamhetens intäkter": 55.9, "Verksamhetens kostnader": -338.1, "Avskrivningar": -11.2,
  "Skatteintäkter": 196.8, "Generella statsbidrag och utjämning": 103.5, "Finansiella intäkter": 0.6, "Finansiella kostnader": -1.9}
MK["ar_dev"] = [  # tkr budget 2023, utfall 2023
 ("Kommunstyrelsen", 44900, 44120),
 ("Barn- och utbildningsnämnden", 116800, 118950),
 ("Vård- och omsorgsnämnden", 108600, 111240),
 ("Socialnämnden", 19700, 21380),
 ("Miljö- och byggnämnden", 3600, 3410),
 ("Kultur- och fritidsnämnden", 6100, 5980),
 ("Revision", 1000, 960),
]
MK["five"] = {
 "years": [2019, 2020, 2021, 2022, 2023],
 "Invånare 31 december": [3702, 3689, 3675, 3668, 3641],
 "Skattesats, kr": [22.60, 22.60, 22.85, 22.85, 22.85],
 "Årets resultat, mnkr": [3.9, 8.4, 12.1, 5.6, 6.5],
 "Soliditet, %": [35.1, 36.0, 37.4, 37.2, bb["Soliditet, %"][0]],
 "Nettoinvesteringar, mnkr": [14.2, 16.8, 21.5, 19.3, 18.4],
}
MK["pop_rows"] = [  # År, invånare, födda, döda, inflyttade, utflyttade
 ("2019", 3702, 33, 51, 160, 156),
 ("2020", 3689, 30, 58, 172, 157),
 ("2021", 3675, 27, 55, 168, 154),
 ("2022", 3668, 31, 49, 170, 159),
 ("2023", 3641, 28, 52, 161, 164),
 ("2024*", 3622, 20, 38, 121, 122),
]
MK["kpi"] = [  # kr per invånare 2022, 2023
 ("Förskola", 12450, 13120), ("Grundskola", 24310, 25640), ("Gymnasieskola", 10980, 11420),
 ("Äldreomsorg", 31560, 33210), ("Stöd och service till funktionsnedsatta (LSS)", 7840, 8150),
 ("Individ- och familjeomsorg", 5620, 6030), ("Kultur och fritid", 2310, 2260)]
MK["skatt100"] = [
 ("Äldreomsorg och hemtjänst", 30), ("Grundskola och fritidshem", 24), ("Förskola", 11),
 ("Gymnasieskola", 8), ("Stöd till personer med funktionsnedsättning", 8), ("Individ- och familjeomsorg", 7),
 ("Gator, parker och räddningstjänst", 5), ("Politik och administration", 5), ("Kultur och fritid", 2)]
MK["va"] = [("Fast avgift per år, villa", 5120, 0), ("Brukningsavgift per m³", 28.40, 2), ("Anläggningsavgift, villa", 98500, 0), ("Dagvattenavgift per år, villa", 940, 0)]

# ---------------- FORSHAGA ----------------
FO = {}
FO["chair"] = "Anders Holm (C)"
FO["tax_old"] = 22.11; FO["tax"] = 22.31
FO["pop"] = 11480
FO["years"] = [("Bokslut", "2023"), ("Budget", "2024"), ("Budget", "2025"), ("Plan", "2026"), ("Plan", "2027")]
rb = {
 "Verksamhetens intäkter": [142.6, 138.0, 145.2, 148.1, 151.0],
 "Verksamhetens kostnader": [-1012.4, -1031.5, -1068.9, -1096.2, -1123.8],
 "Avskrivningar": [-38.2, -41.0, -44.6, -47.9, -50.3],
 "Skatteintäkter": [652.4, 681.0, 717.5, 743.2, 769.9],
 "Generella statsbidrag och utjämning": [262.1, 270.3, 278.8, 284.6, 291.7],
 "Finansiella intäkter": [3.1, 2.5, 2.8, 2.8, 2.8],
 "Finansiella kostnader": [-9.8, -12.4, -14.6, -16.9, -18.7],
}
rb["Verksamhetens nettokostnader"] = [r1(a+b+c) for a,b,c in zip(rb["Verksamhetens intäkter"], rb["Verksamhetens kostnader"], rb["Avskrivningar"])]
rb["Verksamhetens resultat"] = [r1(a+b+c) for a,b,c in zip(rb["Verksamhetens nettokostnader"], rb["Skatteintäkter"], rb["Generella statsbidrag och utjämning"])]
rb["Årets resultat"] = [r1(a+b+c) for a,b,c in zip(rb["Verksamhetens resultat"], rb["Finansiella intäkter"], rb["Finansiella kostnader"])]
FO["rb"] = rb
FO["rb_order"] = ["Verksamhetens intäkter", "Verksamhetens kostnader", "Avskrivningar", "Verksamhetens nettokostnader",
  "Skatteintäkter", "Generella statsbidrag och utjämning", "Verksamhetens resultat", "Finansiella intäkter",
  "Finansiella kostnader", "Årets resultat"]
# Driftbudget mnkr
FO["drift"] = [
 ("Kommunstyrelsen", 98.4, 102.7),
 ("Barn- och utbildningsnämnden", 402.6, 418.9),
 ("Socialnämnden", 371.2, 389.5),
 ("Kultur- och fritidsnämnden", 24.8, 25.6),
 ("Överförmyndarnämnden", 3.1, 3.3),
 ("Revisionen", 1.6, 1.7),
]
FO["drift_sum"] = (r1(sum(r[1] for r in FO["drift"])), r1(sum(r[2] for r in FO["drift"])))
FO["finansf"] = (32.8, 26.6)
FO["drift_tot"] = (r1(FO["drift_sum"][0] + FO["finansf"][0]), r1(FO["drift_sum"][1] + FO["finansf"][1]))
def kpi(m): return int(round(m * 1e6 / FO["pop"], 0))
FO["kpi"] = kpi
# Kassaflöde Budget 2025, Plan 2026
FO["kf"] = {
 "Årets resultat": (16.2, 17.7), "Justering för avskrivningar": (44.6, 47.9), "Justering för avsättningar": (3.5, 3.0),
 "Investering i materiella anläggningstillgångar": (-96.4, -82.0), "Försäljning av anläggningstillgångar": (1.5, 0.0),
 "Nyupptagna lån": (40.0, 20.0), "Amortering av lån": (-8.0, -9.0)}
# Investeringar mnkr Budget 2025, Plan 2026, Plan 2027
FO["inv"] = [
 ("Barn- och utbildningsnämnden", None),
 ("Ny Dejeskolan F–6", (48.0, 35.0, 5.0)),
 ("Ombyggnad förskolan Olsäter", (6.5, 0.0, 0.0)),
 ("Inventarier skolor", (2.4, 2.4, 2.4)),
 ("Kultur- och fritidsnämnden", None),
 ("Renovering Forshaga simhall", (12.8, 14.2, 0.0)),
 ("Konstgräsplan Deje IP", (4.1, 0.0, 0.0)),
 ("Kommunstyrelsen", None),
 ("GC-väg Deje–Forshaga", (7.6, 12.0, 3.0)),
 ("Gatubelysning", (2.0, 2.0, 2.0)),
 ("IT och digitalisering", (3.0, 3.0, 3.0)),
 ("Fordon och maskiner", (1.5, 1.4, 1.5)),
 ("VA (taxefinansierat)", None),
 ("Ledningsförnyelse", (8.5, 12.0, 12.0)),
]
FO["inv_tot"] = tuple(r1(sum(v[i] for _, v in FO["inv"] if v)) for i in range(3))
# Delårsrapport prognos 2024 mnkr: budget, prognos
FO["del"] = [(n, b, p) for (n, b, _), p in zip(FO["drift"], [97.1, 406.9, 380.4, 24.5, 3.4, 1.6])]
FO["del_fin"] = (32.8, 23.3)
FO["nyckeltal"] = [
 ("Årets resultat, mnkr", ["21,4", "12,7", "-0,2", "6,9"]),
 ("Soliditet, %", ["31,2", "30,5", "28,9", "28,1"]),
 ("Skattesats, kr", ["22,11", "22,11", "22,11", "22,11"]),
 ("Nettoinvesteringar, mnkr", ["64,2", "71,5", "83,9", "88,0"]),
 ("Invånare 31 december", ["11 421", "11 466", "11 489", "–"]),
]
FO["elever"] = [("Dejeskolan", "F–6", 312), ("Lärkängsskolan", "F–6", 288), ("Malmtorpsskolan", "F–6", 356),
  ("Olsätersskolan", "F–3", 96), ("Forshaga centralskola", "7–9", 410)]
FO["personal"] = [(2020, 1012, 8.9, 78.4), (2021, 1028, 9.6, 81.0), (2022, 1041, 8.8, 83.5), (2023, 1056, 8.1, 86.2)]
FO["verks"] = [  # tkr Utfall 2023, Budget 2024, Budget 2025
 ("Förskola", 78400, 81200, 84100), ("Grundskola", 182300, 190500, 198700), ("Gymnasieskola", 71900, 74800, 78200),
 ("Äldreomsorg", 198600, 206400, 217800), ("LSS", 94200, 98100, 102900), ("Individ- och familjeomsorg", 62800, 66700, 68800),
 ("Kultur och fritid", 23900, 24800, 25600)]
