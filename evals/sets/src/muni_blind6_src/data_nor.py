"""Invented but internally consistent figures for Norsjö kommun, Årsredovisning 2024."""
MUNI = "Norsjö kommun"
DIR = "norsjo"


def r1(x):
    return round(x + 1e-9, 1)

# Resultaträkning (mnkr): Kommunen 2024, Kommunen 2023, Koncernen 2024, Koncernen 2023
RR_COLS = ["Kommunen 2024", "Kommunen 2023", "Koncernen 2024", "Koncernen 2023"]
RR_IN = {
    "Verksamhetens intäkter": (1, [98.6, 94.1, 131.9, 125.4]),
    "Verksamhetens kostnader": (2, [-409.8, -393.5, -431.2, -413.9]),
    "Avskrivningar": (3, [-15.3, -14.6, -24.8, -23.7]),
    "Skatteintäkter": (4, [186.4, 176.2, 186.4, 176.2]),
    "Generella statsbidrag och utjämning": (5, [152.9, 146.0, 152.9, 146.0]),
    "Finansiella intäkter": (6, [2.1, 1.8, 1.2, 0.9]),
    "Finansiella kostnader": (7, [-1.6, -1.4, -5.9, -5.6]),
}


def rr():
    v = {k: x[1] for k, x in RR_IN.items()}
    n = 4
    v["Verksamhetens nettokostnader"] = [r1(v["Verksamhetens intäkter"][i] + v["Verksamhetens kostnader"][i] + v["Avskrivningar"][i]) for i in range(n)]
    v["Verksamhetens resultat"] = [r1(v["Verksamhetens nettokostnader"][i] + v["Skatteintäkter"][i] + v["Generella statsbidrag och utjämning"][i]) for i in range(n)]
    v["Resultat efter finansiella poster"] = [r1(v["Verksamhetens resultat"][i] + v["Finansiella intäkter"][i] + v["Finansiella kostnader"][i]) for i in range(n)]
    v["Årets resultat"] = list(v["Resultat efter finansiella poster"])
    return v

RR = rr()
SKATT_BIDRAG_2024 = r1(RR["Skatteintäkter"][0] + RR["Generella statsbidrag och utjämning"][0])
SKATT_BIDRAG_2023 = r1(RR["Skatteintäkter"][1] + RR["Generella statsbidrag och utjämning"][1])

# Five-year overview 2020..2024
FEM_YEARS = ["2020", "2021", "2022", "2023", "2024"]
FEM = [
    ("Antal invånare 31 december", [4102, 4063, 4021, 3978, 3941], 0),
    ("Skattesats, kr", [23.45, 23.45, 23.45, 23.45, 23.45], 2),
    ("Verksamhetens nettokostnad, mnkr", [281.7, 290.4, 305.2, 314.0, 326.5], 1),
    ("Skatteintäkter och statsbidrag, mnkr", [290.1, 303.8, 314.6, 322.2, 339.3], 1),
    ("Årets resultat, mnkr", [9.4, 14.1, 6.3, 8.6, 13.3], 1),
    ("Nettoinvesteringar, mnkr", [18.2, 22.7, 31.5, 27.9, 24.6], 1),
    ("Soliditet inkl. pensionsförpliktelser, %", [31.2, 33.0, 34.1, 35.4, 37.3], 1),
    ("Långfristig låneskuld, mnkr", [72.0, 70.0, 78.0, 76.0, 74.0], 1),
    ("Antal tillsvidareanställda", [468, 461, 455, 449, 442], 0),
]
FEM_D = {k: v for k, v, _ in FEM}

# Driftredovisning (mnkr): Budget 2024, Utfall 2024, Utfall 2023
DRIFT = [
    ("Kommunfullmäktige och revision", 3.9, 3.7, 3.6),
    ("Kommunstyrelsen", 78.4, 76.9, 74.1),
    ("Barn- och utbildningsnämnden", 118.7, 119.4, 114.8),
    ("Socialnämnden", 141.2, 147.3, 139.6),
    ("Miljö- och byggnämnden", 4.6, 4.2, 4.3),
]
FINANSF_UTF = (None, None, None)


def drift():
    tot_b = 331.5
    tot_u = -RR["Verksamhetens nettokostnader"][0]
    tot_u23 = -RR["Verksamhetens nettokostnader"][1]
    ff = ("Finansförvaltning och gemensamt", r1(tot_b - sum(x[1] for x in DRIFT)), r1(tot_u - sum(x[2] for x in DRIFT)), r1(tot_u23 - sum(x[3] for x in DRIFT)))
    rows = DRIFT + [ff]
    return rows, (tot_b, tot_u, tot_u23)

DRIFT_ROWS, DRIFT_TOT = drift()
DR = {r[0]: r for r in DRIFT_ROWS}

# Investeringsredovisning (mnkr): project, budget 2024, utfall 2024
INV = [
    ("Renovering Norsjö simhall", 6.5, 5.8),
    ("Ny förskoleavdelning Kullbäcken", 4.2, 4.6),
    ("Vatten och avlopp, ledningsnät", 3.8, 3.1),
    ("Reningsverk Bastuträsk", 2.5, 1.2),
    ("Gatubelysning, LED", 1.4, 1.4),
    ("Fordon, hemtjänst", 1.1, 0.9),
    ("IT-utrustning skolor", 1.0, 1.0),
    ("Skidbacken, snökanoner", 2.2, 2.4),
    ("Fastighetsunderhåll, reinvestering", 3.0, 2.7),
    ("Trygghetsboende Solbacka, planering", 1.5, 0.4),
    ("Bredband, landsbygd", 1.3, 1.1),
]
INV_BUDGET = r1(sum(x[1] for x in INV))
INV_UTFALL = r1(sum(x[2] for x in INV))

# Balansräkning kommunen (mnkr): 2024, 2023
BR = [
    ("sec", "TILLGÅNGAR", None, None, None),
    ("row", "Immateriella anläggningstillgångar", "", 0.8, 1.1),
    ("row", "Materiella anläggningstillgångar", "8", 268.4, 259.1),
    ("row", "Finansiella anläggningstillgångar", "9", 21.6, 21.6),
    ("sum", "Summa anläggningstillgångar", "", None, None),
    ("row", "Förråd och exploateringsfastigheter", "", 1.9, 2.0),
    ("row", "Kortfristiga fordringar", "10", 34.7, 31.2),
    ("row", "Kassa och bank", "", 48.3, 41.6),
    ("sum", "Summa omsättningstillgångar", "", None, None),
    ("total", "SUMMA TILLGÅNGAR", "", None, None),
    ("sec", "EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER", None, None, None),
    ("row", "Eget kapital", "11", None, None),
    ("row", "därav årets resultat", "", 13.3, 8.6),
    ("row", "Avsättningar för pensioner", "12", 19.8, 18.9),
    ("row", "Långfristiga skulder", "13", 91.5, 93.2),
    ("row", "Kortfristiga skulder", "14", 71.3, 64.7),
    ("total", "SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER", "", None, None),
]


def br():
    v = {r[1]: [r[3], r[4]] for r in BR if r[0] == "row"}
    out = {}
    out.update(v)
    out["Summa anläggningstillgångar"] = [r1(v["Immateriella anläggningstillgångar"][i] + v["Materiella anläggningstillgångar"][i] + v["Finansiella anläggningstillgångar"][i]) for i in range(2)]
    out["Summa omsättningstillgångar"] = [r1(v["Förråd och exploateringsfastigheter"][i] + v["Kortfristiga fordringar"][i] + v["Kassa och bank"][i]) for i in range(2)]
    out["SUMMA TILLGÅNGAR"] = [r1(out["Summa anläggningstillgångar"][i] + out["Summa omsättningstillgångar"][i]) for i in range(2)]
    out["Eget kapital"] = [r1(out["SUMMA TILLGÅNGAR"][i] - v["Avsättningar för pensioner"][i] - v["Långfristiga skulder"][i] - v["Kortfristiga skulder"][i]) for i in range(2)]
    out["SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER"] = out["SUMMA TILLGÅNGAR"]
    return out

BRV = br()

# Balanskravsutredning (mnkr) 2024, 2023
BALK = [
    ("row", "Årets resultat enligt resultaträkningen", 13.3, 8.6),
    ("row", "Samtliga realisationsvinster", -0.4, -0.2),
    ("sum", "Årets resultat efter balanskravsjusteringar", 12.9, 8.4),
    ("row", "Reservering till resultatutjämningsreserv", -2.0, 0.0),
    ("row", "Användning av medel från resultatutjämningsreserv", 0.0, 0.0),
    ("total", "Årets balanskravsresultat", 10.9, 8.4),
]

# Personal
PERS = [
    ("Antal tillsvidareanställda", "449", "442"),
    ("varav kvinnor", "371", "366"),
    ("Antal visstidsanställda", "58", "61"),
    ("Sjukfrånvaro totalt, %", "7,4", "6,9"),
    ("Sjukfrånvaro kvinnor, %", "8,1", "7,6"),
    ("Sjukfrånvaro män, %", "4,2", "3,8"),
    ("Andel långtidssjukfrånvaro, %", "44,6", "41,2"),
]

# Not 1 verksamhetens intäkter (mnkr) 2024, 2023
NOT1 = [("Taxor och avgifter", 24.1, 23.0), ("Hyror och arrenden", 11.8, 11.4), ("Bidrag från staten", 41.6, 39.7),
        ("EU-bidrag", 2.3, 1.5), ("Försäljning av verksamhet", 14.9, 14.6), ("Övriga intäkter", 3.9, 3.9)]
# Not 4 (mnkr)
NOT4 = [("Preliminär kommunalskatt", 188.2, 177.9), ("Preliminär slutavräkning innevarande år", -1.3, -1.0), ("Slutavräkningsdifferens föregående år", -0.5, -0.7)]
# Not 5 (mnkr)
NOT5 = [("Inkomstutjämningsbidrag", 79.6, 75.3), ("Kostnadsutjämningsbidrag", 38.4, 36.9), ("Strukturbidrag", 8.7, 8.5),
        ("Regleringsbidrag", 5.8, 3.6), ("LSS-utjämning", 4.1, 3.7), ("Generella bidrag från staten", 3.5, 6.1), ("Kommunal fastighetsavgift", 12.8, 11.9)]

# Nyckeltal nämnder
NT_BUN = [("Antal barn i förskola", "168", "159"), ("Antal elever i grundskola", "402", "395"),
          ("Andel behöriga till gymnasiet, %", "86,7", "89,2"), ("Kostnad per elev grundskola, tkr", "142,3", "149,8")]
NT_SN = [("Platser i särskilt boende", "62", "62"), ("Beläggningsgrad särskilt boende, %", "94", "97"),
         ("Beviljade hemtjänsttimmar", "71 400", "76 900"), ("Personer med hemtjänst", "148", "156"),
         ("Utbetalt försörjningsstöd, tkr", "3 120", "3 480")]

# Mål god ekonomisk hushållning
MAL = [("Årets resultat ska uppgå till minst 2 % av skatter och bidrag", "2,0 %", "3,9 %", "Uppfyllt"),
       ("Nettoinvesteringarna ska självfinansieras till 100 % över en femårsperiod", "100 %", "89 %", "Ej uppfyllt"),
       ("Soliditeten inkl. pensionsförpliktelser ska öka", "Ökning", "37,3 %", "Uppfyllt"),
       ("Långfristig låneskuld ska inte öka", "Högst 76,0 mnkr", "74,0 mnkr", "Uppfyllt")]
