"""Part 1: table_lookup and calculation questions."""
from qlib import Q, num, sv, save, B_PDF, B_XLSX, M_PDF, M_HTML

T = []
# ---- table_lookup -------------------------------------------------------
r = "Socialnämnden 182,7 128,4 191,6 –8,9"
T.append(Q("table_lookup", "vad är prognsen för socialnämden i boxholm för helåret 2026?",
           "Socialnämnden i Boxholm har en helårsprognos på 191,6 mnkr (budget 182,7 mnkr).",
           [num(191.6, "mnkr")], [B_PDF], [r]))
r = "Äldreomsorg 98,6 103,9 –5,3"
T.append(Q("table_lookup", "hur stor är avvikelsen för äldreomsorgen i Boxholm mot budget?",
           "Äldreomsorgen i Boxholm prognostiserar en avvikelse på –5,3 mnkr, dvs. ett underskott på 5,3 mnkr.",
           [num(5.3, "mnkr")], [B_PDF], [r]))
r = "VA-ledningar Malexander KS 9 200 5 310 10 450 (1 250)"
T.append(Q("table_lookup", "Hur mycket har boxholm hittills lagt på VA-ledningarna i Malexander, utfall jan-aug?",
           "Utfallet januari–augusti för VA-ledningar Malexander är 5 310 tkr (budget 9 200 tkr).",
           [num(5310, "tkr")], [B_PDF], [r]))
r = "Konstgräsplan Boxholmsvallen KFN 3 900 3 940 4 100 (200)"
T.append(Q("table_lookup", "vad är prognosen för konstgräsplanen på boxholmsvallen",
           "Prognosen för helåret är 4 100 tkr, mot en budget på 3 900 tkr.",
           [num(4100, "tkr")], [B_PDF], [r]))
r = "Barn- och utbildningsnämnden 246 221 6,1 % 6,8 %"
T.append(Q("table_lookup", "sjukfrånvaron i barn och utbildning i Boxholm jan-aug i år?",
           "Sjukfrånvaron i barn- och utbildningsnämnden var 6,1 % januari–augusti 2026.",
           [num(6.1, "%")], [B_PDF], [r]))
r = "Grundskola 42 310 43 780 44 500 45 100"
T.append(Q("table_lookup", "Vad får grundskolan i Malå i kommunbidrag 2027?",
           "Grundskolan i Malå får 43 780 tkr i kommunbidrag i budget 2027.",
           [num(43780, "tkr")], [M_PDF], [r]))
r = "Avskrivningar 3 (11,8) (12,4) (13,1) (13,9) (14,5)"
T.append(Q("table_lookup", "avskrivningarna i malås resultatbudget för 2028, hur mycke?",
           "Avskrivningarna i plan 2028 är 13,9 mnkr (redovisas som (13,9)).",
           [num(13.9, "mnkr")], [M_PDF], [r]))
r = "Soliditet 38,2 % 37,5 % 36,1 % 35,8 % 35,9 %"
T.append(Q("table_lookup", "vilken soliditet räknar malå med år 2029",
           "Soliditeten i plan 2029 är 35,9 %.", [num(35.9, "%")], [M_PDF], [r]))
r = "Besök i biblioteket 41 250 43 980 29 410"
T.append(Q("table_lookup", "Hur många besök hade biblioteket i Boxholm 2025?",
           "Biblioteket i Boxholm hade 43 980 besök 2025.", [num(43980, "st")], [B_XLSX], [r]))
r = "Utbildningsnämnden 82 440 33,9 % 2 630"
T.append(Q("table_lookup", "hur stor andel av kommunbidraget går till utbildningsnämnden i malå nästa år",
           "Utbildningsnämnden får 33,9 % av kommunbidraget 2027 (82 440 tkr).",
           [num(33.9, "%")], [M_HTML], [r]))

# ---- calculation ----------------------------------------------------------
r = "Barn- och utbildningsnämnden 196,4 135,2 203,2 –6,8"
c = sv("203,2") / sv("196,4") * 100 - 100
T.append(Q("calculation", "hur många procent över budget ligger barn o utbildning i boxholm enligt prognosen?",
           f"Prognosen 203,2 mnkr mot budget 196,4 mnkr, alltså {c:.1f} % över budget (6,8 mnkr).".replace(".", ",", 1),
           [num(round(c, 1), "%")], [B_PDF], [r]))
r = "Summa investeringar 71 100 36 945 65 910 5 190"
c = 36945 / 71100 * 100
T.append(Q("calculation", "Hur stor del av investeringsbudgeten i Boxholm har använts t.o.m. augusti?",
           "Utfallet 36 945 tkr av budgeten 71 100 tkr, dvs. cirka 52,0 % (36 945 / 71 100).",
           [num(round(c, 1), "%")], [B_PDF], [r]))
r = "Skatteintäkter 4 248,9 238,6 373,5 370,8"
c = 248.9 / 238.6 * 100 - 100
T.append(Q("calculation", "med hur många procent ökade skatteintäkterna i boxholm jan-aug jämfört med samma period ifjol",
           "Från 238,6 till 248,9 mnkr, en ökning med cirka 4,3 %.",
           [num(round(c, 1), "%")], [B_PDF], [r]))
rs = ["Socialnämnden 182 700 128 412 121 340 7 072",
      "Barn- och utbildningsnämnden 196 400 135 184 128 960 6 224"]
T.append(Q("calculation", "Vilken nämnd i Boxholm har ökat sina kostnader mest i kronor jämfört med jan-aug förra året?",
           "Socialnämnden: utfallet ökade från 121 340 till 128 412 tkr, dvs. med 7 072 tkr (näst störst barn- och utbildningsnämnden med 6 224 tkr).",
           [num(7072, "tkr")], [B_XLSX], rs))
r = "Äldreomsorg 58 920 62 480 63 700 64 900"
c = 62480 / 58920 * 100 - 100
T.append(Q("calculation", "Malå: med hur många procent ökar kommunbidraget till äldreomsorgen från 2026 till 2027?",
           f"Från 58 920 till 62 480 tkr, en ökning med 3 560 tkr eller cirka {c:.1f} %.".replace(f"{c:.1f}", f"{c:.1f}".replace(".", ",")),
           [num(round(c, 1), "%")], [M_PDF], [r]))
rs = ["Ombyggnad Tallbackagården SN 12 400 15 600 3 500 31 500",
      "Välfärdsteknik äldreomsorg SN 850 600 600 2 050",
      "Inventarier särskilt boende SN 400 300 300 1 000"]
c = 31500 + 2050 + 1000
T.append(Q("calculation", "hur mycket ska socialnämnden i malå investera totalt 2027-2029?",
           "Socialnämndens (SN) projekt summerar till 31 500 + 2 050 + 1 000 = 34 550 tkr för 2027–2029.",
           [num(c, "tkr")], [M_PDF], rs))
rs = ["2025 (utfall) 2 954 146 241", "2029 2 890 135 271"]
c = (2954 - 2890) / 2954 * 100
T.append(Q("calculation", "Hur många procent minskar befolkningen i Malå från 2025 till 2029 enligt prognosen?",
           f"Från 2 954 till 2 890 invånare, en minskning med 64 personer eller cirka {c:.1f} %.".replace(f"{c:.1f}", f"{c:.1f}".replace(".", ",")),
           [num(round(c, 1), "%")], [M_PDF], rs))
rb = "Soliditet 44,6 % 43,1 % 44,2 % 45,0 %"
rm = "Soliditet 38,2 % 37,5 % 36,1 % 35,8 % 35,9 %"
c = 44.2 - 37.5
T.append(Q("calculation", "vilken kommun har högst soliditet 2026, boxholm (prognos) eller malå (budget), och hur stor är skillnaden?",
           f"Boxholm: 44,2 % (prognos 2026) mot Malå 37,5 % (budget 2026). Boxholm har högst, skillnaden är {c:.1f} procentenheter.".replace(f"{c:.1f}", f"{c:.1f}".replace(".", ",")),
           [num(44.2, "%"), num(37.5, "%"), num(round(c, 1), "%")], [B_PDF, M_PDF], [rb, rm]))
qb = "Skattesatsen för 2026 är 22,40 kronor per intjänad hundralapp."
qm = "Kommunens skattesats är oförändrad, 23,45 kronor per hundralapp."
T.append(Q("calculation", "Vilken av kommunerna Boxholm och Malå har högst kommunalskatt och hur mycket skiljer det?",
           "Malå har högst: 23,45 kr mot Boxholms 22,40 kr per hundralapp, en skillnad på 1,05 kr.",
           [num(23.45, "kr"), num(22.40, "kr"), num(1.05, "kr")], [B_PDF, M_PDF], [qb, qm]))
save("1", T)
