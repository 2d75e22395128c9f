"""Figures for Ragunda kommun, årsredovisning 2024 and related documents (invented). mnkr."""
# resultaträkning (2024, 2023)
RR = dict(INT=(112.6, 105.3), KOST=(-553.9, -531.7), AVS=(-21.4, -19.8),
          SKATT=(301.5, 286.9), STATS=(171.8, 162.4), FINI=(2.3, 1.9), FINK=(-6.5, -5.7))
NETTO = tuple(round(RR["INT"][i] + RR["KOST"][i] + RR["AVS"][i], 1) for i in range(2))
VRES = tuple(round(NETTO[i] + RR["SKATT"][i] + RR["STATS"][i], 1) for i in range(2))
RES = tuple(round(VRES[i] + RR["FINI"][i] + RR["FINK"][i], 1) for i in range(2))
SKST = tuple(round(RR["SKATT"][i] + RR["STATS"][i], 1) for i in range(2))

# balansräkning (2024, 2023)
IMM = (1.2, 1.6)
MARK = (406.6, 384.2)
MASK = (24.3, 22.8)
FINAT = (18.9, 18.9)
ANL = tuple(round(IMM[i] + MARK[i] + MASK[i] + FINAT[i], 1) for i in range(2))
FORRAD = (1.4, 1.3)
FORDR = (52.8, 49.6)
KASSA = (30.6, 31.2)
OMS = tuple(round(FORRAD[i] + FORDR[i] + KASSA[i], 1) for i in range(2))
TILL = tuple(round(ANL[i] + OMS[i], 1) for i in range(2))
EK = (233.9, 227.5)
PENS = (14.6, 13.8)
LANG = (182.0, 172.0)
KORT = tuple(round(TILL[i] - EK[i] - PENS[i] - LANG[i], 1) for i in range(2))
SKULD = tuple(round(LANG[i] + KORT[i], 1) for i in range(2))
SOLID = tuple(round(100 * EK[i] / TILL[i], 1) for i in range(2))

# driftredovisning 2024: (nämnd, budget 2024, utfall 2024, utfall 2023)
DRIFT = [("Politisk verksamhet", 5.1, 4.8, 4.6),
         ("Kommunstyrelsen", 71.4, 69.2, 66.9),
         ("Barn- och utbildningsnämnden", 158.6, 161.3, 154.2),
         ("Vård- och omsorgsnämnden", 192.3, 199.8, 188.1),
         ("Tekniska nämnden", 27.9, 26.1, 25.7),
         ("Bygg- och miljönämnden", 5.6, 5.2, 5.3)]
DRIFT_SUM = tuple(round(sum(r[i] for r in DRIFT), 1) for i in (1, 2, 3))
FINF = (1.2, round(-NETTO[0] - DRIFT_SUM[1], 1), round(-NETTO[1] - DRIFT_SUM[2], 1))
DRIFT_TOT = tuple(round(DRIFT_SUM[i] + FINF[i], 1) for i in range(3))

# investeringar 2024: (projekt, budget, utfall)
INV = [("Nytt tillagningskök Hammarstrands skola", 8.5, 9.3),
       ("VA-ledningar Stugun och Bispgården", 12.0, 10.6),
       ("Gator och gatubelysning", 4.5, 4.1),
       ("Renovering Bispgårdens äldreboende", 14.0, 11.8),
       ("IT och digitalisering", 2.0, 1.7),
       ("Fordon och maskiner", 3.5, 3.2),
       ("Övriga investeringar", 5.2, 4.5)]
INV_SUM = (round(sum(r[1] for r in INV), 1), round(sum(r[2] for r in INV), 1))

# femårsöversikt 2020-2024
FEM_Y = ["2020", "2021", "2022", "2023", "2024"]

# xlsx: nettokostnad per nämnd tkr 2021-2024
XNK = [("Politisk verksamhet", 4312, 4458, 4611, 4776),
       ("Kommunstyrelsen", 61840, 63925, 66874, 69187),
       ("Barn- och utbildningsnämnden", 142310, 147655, 154216, 161284),
       ("Vård- och omsorgsnämnden", 171120, 179480, 188059, 199812),
       ("Tekniska nämnden", 23970, 24815, 25712, 26143),
       ("Bygg- och miljönämnden", 4880, 5105, 5318, 5241)]
XNK_SUM = tuple(sum(r[i] for r in XNK) for i in range(1, 5))
