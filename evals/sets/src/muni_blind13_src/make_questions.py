"""Writes ../muni_blind13.jsonl. Gold figures computed from data.py."""
import json, os
from data import *

C = "evals/corpora/blind-muni13"
SB = f"{C}/saffle/saffle_budget_2026.pdf"
SH = f"{C}/saffle/nyheter_budget2026_antagen.html"
SP = f"{C}/saffle/ks_protokoll_2025-11-03.docx"
ST = f"{C}/saffle/skattekronan_2026.txt"
MD = f"{C}/monsteras/delarsrapport_jan-aug_2025.pdf"
MX = f"{C}/monsteras/monsteras_statistik_2020-2024.xlsx"
MH = f"{C}/monsteras/nyhet_forskola_timmernabben.html"
MM = f"{C}/monsteras/kf_i_korthet_2025-09-29.md"

def row(label, *cells):
    return " ".join([label] + [str(c) for c in cells])

def nam(name):
    for n, v, note in S_POLITIK + S_NAMNDER + S_FINANS:
        if n == name:
            return v, note
def nrow(name):
    v, note = nam(name)
    return row(name, *[f1(-x) for x in v] + ([note] if note else []))
def inv(name):
    for sec, items in S_INV:
        for n, v in items:
            if n == name:
                return v
def invrow(name):
    v = inv(name)
    return row(name, *[f0(x) for x in v], f0(sum(v)))
def mdrift(name):
    for n, b, u, p in M_DRIFT:
        if n == name:
            return b, u, p
def mdrow(name):
    b, u, p = mdrift(name)
    return row(name, f1(b), f1(u), f1(p), f1(b - p))
def xrow(i):
    y, f, d, inn, ut = M_BEF[i]
    return row(str(y), M_POP[i], f, d, inn, ut)
def r1(x):
    return round(x + 1e-9, 1)
def sv(x, d=1, en=False):
    return f"{x:.{d}f}".replace(".", ",").replace("-", "−")

Q = []
def q(cat, question, answer, numbers=(), docs=(), quotes=(), lang="sv", history=None, refused=False, verdict=None):
    Q.append({"id": f"mb13-{len(Q)+1:03d}", "category": cat, "language": lang, "question": question,
              "history": list(history or []),
              "gold": {"answer": answer, "numbers": [{"value": v, "unit": u} for v, u in numbers],
                       "docs": list(docs), "quotes": list(quotes), "refused": refused, "verdict": verdict},
              "corpus": C})

# ---------------- lookup (5)
q("lookup", "vem är kommundirektör i säffle?", "Kommundirektör i Säffle kommun är Henrik Öberg.",
  docs=[SB], quotes=["Kommundirektör är Henrik Öberg."])
q("lookup", "Mönsterås fick ny kommundirektör i år va? vem blev det och när började hon",
  "Camilla Nordh tillträdde som ny kommundirektör i Mönsterås den 1 mars 2025, efter Anders Lund som gått i pension.",
  docs=[MD], quotes=["Den 1 mars 2025 tillträdde Camilla Nordh som ny kommundirektör efter Anders Lund som gått i pension."])
q("lookup", "Vilket byggföretag bygger nya förskolan i Timmernabben?",
  "Förskolan byggs av Kalmarsunds Bygg AB, som vann upphandlingen i december.",
  docs=[MH], quotes=["Förskolan byggs av Kalmarsunds Bygg AB som vann upphandlingen i december."])
q("lookup", "nar ska anbuden för förskolan i värmlandsbro va inne senast?",
  "Anbuden ska ha kommit in senast den 15 februari 2026 (byggstart planeras till april 2026).",
  docs=[SP], quotes=["Anbud ska ha kommit in senast den 15 februari 2026."])
q("lookup", "Vem valdes till ny ersättare i miljö- och byggnadsnämnden i Mönsterås på fullmäktige i september?",
  "Johan Berg (SD) valdes till ny ersättare, efter Sofia Lindqvist (SD) som har flyttat från kommunen.",
  docs=[MM], quotes=["Johan Berg (SD) valdes till ny ersättare i miljö- och byggnadsnämnden efter Sofia Lindqvist (SD), som har flyttat från kommunen."])

# ---------------- text_amount (5)
q("text_amount", "hur mkt pengar fick mönsterås från naturvårdsverket till våtmarksprojektet vid emån?",
  "Kommunen fick ett statligt stöd på 3,2 miljoner kronor från Naturvårdsverket.", numbers=[(3.2, "mnkr")],
  docs=[MD], quotes=["Kommunen fick i juni besked om ett statligt stöd på 3,2 miljoner kronor från Naturvårdsverket för våtmarksprojektet vid Emåns mynning."])
q("text_amount", "Hur stort tilläggsanslag fick tekniska nämnden i Säffle för vinterväghållningen?",
  "Kommunstyrelsen beviljade tekniska nämnden 850 000 kronor ur anslaget för oförutsedda behov.",
  numbers=[(850000, "kr")], docs=[SP],
  quotes=["Kommunstyrelsen beslutar att bevilja tekniska nämnden 850 000 kronor ur kommunstyrelsens anslag för oförutsedda behov."])
q("text_amount", "Vad kommer vatten och avlopp kosta för en vanlig villa i Mönsterås nästa år (2026)?",
  "För en normalvilla (typhus A) blir den årliga kostnaden 11 850 kronor 2026, jämfört med 10 970 kronor 2025.",
  numbers=[(11850, "kr")], docs=[MM],
  quotes=["För en normalvilla (typhus A) innebär det att den årliga kostnaden ökar från 10 970 kronor till 11 850 kronor."])
q("text_amount", "hur mycket budgeterar säffle för interkommunala ersättningar för elever som går i skola i andra kommuner 2026",
  "Interkommunala ersättningar budgeteras till 31,4 miljoner kronor 2026.", numbers=[(31.4, "mnkr")], docs=[SB],
  quotes=["Interkommunala ersättningar för elever som väljer utbildning i andra kommuner budgeteras till 31,4 miljoner kronor."])
q("text_amount", "Vad blir timtaxan för miljötillsyn i Säffle?",
  "Timavgiften för tillsyn höjs från 1 350 kronor till 1 420 kronor.", numbers=[(1420, "kr")], docs=[SB],
  quotes=["Timavgiften för tillsyn höjs från 1 350 kronor till 1 420 kronor."])

# ---------------- table_lookup (9)
v, _ = nam("Socialnämnden")
q("table_lookup", "Socialnämndens budget 2026 i Säffle?",
  f"Socialnämndens nettokostnad är budgeterad till {f1(-v[2])} mnkr 2026 (dvs. {f1(v[2])} mnkr).",
  numbers=[(-v[2] / 10, "mnkr")], docs=[SB], quotes=[nrow("Socialnämnden")])
v, _ = nam("Tekniska nämnden")
q("table_lookup", "vad har tekniska nämnden i säffle för plan för 2028",
  f"Planen för 2028 är {f1(-v[4])} mnkr (nettokostnad).", numbers=[(-v[4] / 10, "mnkr")], docs=[SB],
  quotes=[nrow("Tekniska nämnden")])
v = inv("Ombyggnad Furulunds äldreboende")
q("table_lookup", "Hur mycket pengar ligger i investeringsbudgeten för ombyggnaden av Furulunds äldreboende år 2027?",
  f"{f0(v[1])} tkr (8 miljoner kronor) är planerat för 2027.", numbers=[(v[1], "tkr")], docs=[SB],
  quotes=[invrow("Ombyggnad Furulunds äldreboende")])
b, u, p = mdrift("Barn- och utbildningsnämnden")
q("table_lookup", "Mönsterås delårsrapport: vad är helårsprognosen för barn- och utbildningsnämnden?",
  f"Prognosen för helåret 2025 är {f1(p)} mnkr, mot en budget på {f1(b)} mnkr.", numbers=[(p / 10, "mnkr")],
  docs=[MD], quotes=[mdrow("Barn- och utbildningsnämnden")])
q("table_lookup", "sjukfrånvaron på socialförvaltningen i mönsterås jan-aug 2025?",
  "Sjukfrånvaron i socialförvaltningen var 8,7 procent januari–augusti 2025 (9,2 procent samma period 2024).",
  numbers=[(8.7, "%")], docs=[MD], quotes=["Socialförvaltningen 9,2 8,7"])
q("table_lookup", "Hur stor är Säffles låneskuld 2026 enligt flerårsöversikten?",
  f"Låneskulden är beräknad till {f1(S_LAN[6])} mnkr 2026.", numbers=[(S_LAN[6] / 10, "mnkr")], docs=[SB],
  quotes=[row("Låneskuld, mnkr", *[f1(x) for x in S_LAN])])
q("table_lookup", "Vilken borgensram har Säffle Bostäder AB för 2026?",
  "Borgensramen för Säffle Bostäder AB är 420,0 mnkr 2026 (utnyttjat 387,5 mnkr den 30 september 2025).",
  numbers=[(420.0, "mnkr")], docs=[SB], quotes=["Säffle Bostäder AB 420,0 387,5"])
lss = S_UTJ[4]
q("table_lookup", "hur stor är lss-utjämningen för säffle 2026? är det en kostnad?",
  f"LSS-utjämningen är {f1(lss[2])} mnkr 2026, alltså en avgift/kostnad för kommunen (2025: {f1(lss[1])} mnkr).",
  numbers=[(lss[2] / 10, "mnkr")], docs=[SB],
  quotes=[row("LSS-utjämning", f1(lss[1]), f1(lss[2]), pct1((lss[2] / lss[1] - 1) * 100))])
q("table_lookup", "Hur många barn föddes i Mönsterås 2022?",
  f"{M_BEF[2][1]} barn föddes i Mönsterås 2022.", numbers=[(M_BEF[2][1], "st")], docs=[MX], quotes=[xrow(2)])

# ---------------- calculation (9)
v, _ = nam("Socialnämnden")
ch = (v[2] - v[1]) / 10
pc = r1((v[2] / v[1] - 1) * 100)
q("calculation", "Med hur många procent ökar socialnämndens budget i Säffle från 2025 till 2026?",
  f"Från {f1(v[1])} till {f1(v[2])} mnkr, en ökning med {sv(ch)} mnkr eller cirka {sv(pc)} procent.",
  numbers=[(pc, "%"), (ch, "mnkr")], docs=[SB], quotes=[nrow("Socialnämnden")])
vb, _ = nam("Barn- och utbildningsnämnden")
sh = r1(vb[2] / S_SUM_NAM[2] * 100)
q("calculation", "hur stor andel av nämndernas kostnader i säffle 2026 går till barn och utbildning?",
  f"Barn- och utbildningsnämnden har {f1(vb[2])} av totalt {f1(S_SUM_NAM[2])} mnkr (summa nämnder), alltså cirka {sv(sh)} procent.",
  numbers=[(sh, "%")], docs=[SB],
  quotes=[nrow("Barn- och utbildningsnämnden"), row("Summa nämnder", *[f1(-x) for x in S_SUM_NAM])])
per = round(S_SKATT[2] * 100000 / S_POP[6])
q("calculation", "Vad blir Säffles skatteintäkter per invånare 2026?",
  f"Skatteintäkterna {f1(S_SKATT[2])} mnkr delat med prognosen {grp(S_POP[6])} invånare ger cirka {grp(per)} kronor per invånare.",
  numbers=[(per, "kr")], docs=[SB],
  quotes=[row("Skatteintäkter", *[f1(x, paren=True) for x in S_SKATT]),
          row("Invånare 31 december", *[grp(x) for x in S_POP])])
va = sum(S_INV_SEC["VA-verksamhet (taxefinansierad)"]); tot = sum(S_INV_TOT)
sh = r1(va / tot * 100)
q("calculation", "Hur stor del av Säffles investeringar 2026-2028 är VA (i procent)?",
  f"VA-investeringarna är {f0(va)} tkr av totalt {f0(tot)} tkr, cirka {sv(sh)} procent.",
  numbers=[(sh, "%")], docs=[SB],
  quotes=[row("Summa VA-verksamhet", *[f0(x) for x in S_INV_SEC["VA-verksamhet (taxefinansierad)"]], f0(va)),
          row("Summa investeringar", *[f0(x) for x in S_INV_TOT], f0(tot))])
sh = r1(M_DRIFT_SUM[1] / M_DRIFT_SUM[0] * 100)
q("calculation", "hur stor del av budgeten hade mönsterås nämnder gjort av med efter augusti? i procent",
  f"Nämnderna hade ett utfall på {f1(M_DRIFT_SUM[1])} mnkr av en budget på {f1(M_DRIFT_SUM[0])} mnkr, cirka {sv(sh)} procent.",
  numbers=[(sh, "%")], docs=[MD],
  quotes=[row("Summa nämnder", f1(M_DRIFT_SUM[0]), f1(M_DRIFT_SUM[1]), f1(M_DRIFT_SUM[2]), f1(M_DRIFT_SUM[0] - M_DRIFT_SUM[2]))])
bs, _, ps = mdrift("Socialnämnden"); bb, _, pb = mdrift("Barn- och utbildningsnämnden")
diff = ((ps - bs) - (pb - bb)) / 10
q("calculation", "Hur mycket större är socialnämndens prognostiserade underskott än BUN:s i Mönsterås?",
  f"Socialnämnden {f1(bs - ps)} mnkr och barn- och utbildningsnämnden {f1(bb - pb)} mnkr; socialnämndens underskott är {sv(diff)} mnkr större.",
  numbers=[(diff, "mnkr")], docs=[MD], quotes=[mdrow("Socialnämnden"), mdrow("Barn- och utbildningsnämnden")])
netto = sum(r[3] for r in M_BEF) - sum(r[4] for r in M_BEF)
q("calculation", "vad var mönsterås flyttnetto sammanlagt 2020–2024?",
  f"Inflyttade {sum(r[3] for r in M_BEF)} minus utflyttade {sum(r[4] for r in M_BEF)} ger ett flyttnetto på +{netto} personer.",
  numbers=[(netto, "st")], docs=[MX], quotes=[xrow(i) for i in range(5)])
dp = S_POP[4] - S_POP[0]; pp = r1(dp / S_POP[0] * 100)
q("calculation", "Hur mycket har Säffles befolkning minskat mellan 2020 och 2024, i procent?",
  f"Från {grp(S_POP[0])} till {grp(S_POP[4])} invånare, en minskning med {-dp} personer eller cirka {sv(-pp)} procent.",
  numbers=[(pp, "%"), (dp, "st")], docs=[SB], quotes=[row("Invånare 31 december", *[grp(x) for x in S_POP])])
sh = r1(S_FOND_SUM[1] / S_FOND_SUM[0] * 100)
q("calculation", "Hur stor andel av det sökta beloppet beviljades totalt ur landsbygdsutvecklingsfonden i Säffle?",
  f"{f0(S_FOND_SUM[1])} kr beviljades av {f0(S_FOND_SUM[0])} kr sökt, cirka {sv(sh)} procent.",
  numbers=[(sh, "%")], docs=[SP], quotes=[row("Summa", f0(S_FOND_SUM[0]), f0(S_FOND_SUM[1]))])

# ---------------- multi_part (4)
q("multi_part", "Vilken skattesats har Säffle 2026, vad budgeteras årets resultat till och hur mycket får kommunen låna nytt?",
  f"Skattesatsen är oförändrad 22,46 kronor, årets resultat budgeteras till {f1(S_RES[2])} mnkr och kommunstyrelsen får nyupplåna högst 60 miljoner kronor 2026.",
  numbers=[(22.46, "kr"), (S_RES[2] / 10, "mnkr"), (60, "mnkr")], docs=[SB],
  quotes=[row("Årets resultat", *[f1(x, paren=True) for x in S_RES]),
          "Kommunstyrelsen får under 2026 nyupplåna högst 60 miljoner kronor"])
q("multi_part", "mönsterås: vad blev resultatet för jan-aug 2025 och vad tror dom om helåret?",
  f"Periodens resultat blev {f1(M_RES[1])} mnkr; prognosen för helåret är {f1(M_RES[3])} mnkr (budget {f1(M_RES[2])} mnkr).",
  numbers=[(M_RES[1] / 10, "mnkr"), (M_RES[3] / 10, "mnkr")], docs=[MD],
  quotes=[row("Periodens/årets resultat", *[f1(x) for x in M_RES])])
q("multi_part", "Förskolan i Timmernabben – hur många barn får plats, när blir den klar och vad kostar den?",
  "Den får plats för 100 barn (fem avdelningar), ska stå klar i augusti 2026 och kostar totalt cirka 46,2 miljoner kronor.",
  numbers=[(100, "st"), (46.2, "mnkr")], docs=[MH],
  quotes=["Förskolan får fem avdelningar med plats för 100 barn och ska stå klar i augusti 2026.",
          "Den totala kostnaden för projektet beräknas till 46,2 miljoner kronor"])
q("multi_part", "Vem är ordförande i socialnämnden i Säffle, och hur stort volymtillskott får nämnden för hemtjänsten?",
  "Ordförande är Britt-Marie Åkesson (C). Nämnden får ett volymtillskott på 4,8 miljoner kronor.",
  numbers=[(4.8, "mnkr")], docs=[SB],
  quotes=["Ordförande är Britt-Marie Åkesson (C).", "nämnden tillförs därför ett volymtillskott på 4,8 miljoner kronor."])

# ---------------- multi_doc (5)
q("multi_doc", "vilken kommun har högst skatt, säffle eller mönsterås? och hur stor skillnad",
  "Säffle har 22,46 kronor och Mönsterås 22,36 kronor (2025), så Säffle har 0,10 kronor (10 öre) högre skattesats.",
  numbers=[(22.46, "kr"), (22.36, "kr"), (0.10, "kr")], docs=[SB, MD],
  quotes=["skattesats om 22,46 procent", "Skattesatsen 2025 är oförändrad, 22,36 kronor."])
v = inv("Förskola Värmlandsbro, nybyggnad")
q("multi_doc", "Förskolan i Värmlandsbro: hur mycket ligger i investeringsbudgeten 2026 och vad ska hela bygget kosta enligt nyheten om budgeten?",
  f"{f0(v[0])} tkr (32 mnkr) är budgeterat 2026; enligt nyheten beräknas förskolan kosta 68,5 miljoner kronor totalt.",
  numbers=[(v[0], "tkr"), (68.5, "mnkr")], docs=[SB, SH],
  quotes=[invrow("Förskola Värmlandsbro, nybyggnad"),
          "Den största enskilda satsningen är den nya förskolan i Värmlandsbro, som beräknas kosta 68,5 miljoner kronor"])
q("multi_doc", "Vilken förskola blir dyrast – Värmlandsbro i Säffle eller Timmernabben i Mönsterås? Hur mycket skiljer?",
  "Värmlandsbro (68,5 mnkr) är dyrare än Timmernabben (46,2 mnkr), skillnaden är 22,3 miljoner kronor.",
  numbers=[(68.5, "mnkr"), (46.2, "mnkr"), (r1(68.5 - 46.2), "mnkr")], docs=[SB, MH],
  quotes=["Den totala investeringen för byggnaden är 68,5 miljoner kronor.",
          "Den totala kostnaden för projektet beräknas till 46,2 miljoner kronor"])
bs, _, ps = mdrift("Socialnämnden")
q("multi_doc", "Socialnämnden i Mönsterås fick ett tilläggsanslag i september. Räcker det för att täcka underskottet som delårsrapporten visar?",
  f"Nej. Tilläggsanslaget var 1,2 miljoner kronor medan prognosen visar ett underskott på {f1(ps - bs)} mnkr; det återstår {sv((ps - bs) / 10 - 1.2)} mnkr.",
  numbers=[(1.2, "mnkr"), ((bs - ps) / 10, "mnkr"), (r1((ps - bs) / 10 - 1.2), "mnkr")], docs=[MM, MD],
  quotes=["Socialnämnden beviljades ett tilläggsanslag på 1,2 miljoner kronor för 2025", mdrow("Socialnämnden")])
q("multi_doc", "Vilken av kommunerna Säffle och Mönsterås hade högst budgeterat resultat för 2025?",
  f"Säffle: {f1(S_RES[1])} mnkr, Mönsterås: {f1(M_RES[2])} mnkr. Säffle budgeterade {sv((S_RES[1] - M_RES[2]) / 10)} mnkr mer.",
  numbers=[(S_RES[1] / 10, "mnkr"), (M_RES[2] / 10, "mnkr"), ((S_RES[1] - M_RES[2]) / 10, "mnkr")], docs=[SB, MD],
  quotes=[row("Årets resultat", *[f1(x, paren=True) for x in S_RES]),
          row("Periodens/årets resultat", *[f1(x) for x in M_RES])])

# ---------------- claim (6)
q("claim", "Stämmer det att Säffle höjer VA-taxan med 6 procent nästa år?",
  "Ja, VA-taxan höjs med 6 procent från den 1 januari 2026.", numbers=[(6, "%")], docs=[SB],
  quotes=["VA-taxan höjs med 6 procent från den 1 januari 2026"], verdict="supported")
q("claim", "Mönsterås höjer brukningsavgiften för VA med 10 % till 2026, eller hur?",
  "Nej, fullmäktige beslutade att höja brukningsavgiften med 8 procent, inte 10.", numbers=[(8, "%")], docs=[MM],
  quotes=["Fullmäktige beslutade att höja brukningsavgiften för vatten och avlopp med 8 procent."], verdict="contradicted")
q("claim", "Lokaltidningen skriver att budgeten i Säffle klubbades med siffrorna 25–16. Stämmer det?",
  "Nej, omröstningen slutade 23–18.", numbers=[(23, "st"), (18, "st")], docs=[SH],
  quotes=["som slutade 23–18"], verdict="contradicted")
q("claim", "Säffle ska anställa 25 nya undersköterskor under 2026 enligt budgeten?",
  "Det framgår inte av dokumenten.", refused=True, verdict="not_found")
q("claim", "Sjukfrånvaron i Mönsterås kommun totalt har gått ner jämfört med i fjol?",
  "Stämmer: den totala sjukfrånvaron minskade från 7,6 procent (jan–aug 2024) till 7,2 procent (jan–aug 2025).",
  numbers=[(7.2, "%"), (7.6, "%")], docs=[MD], quotes=["Totalt 7,6 7,2"], verdict="supported")
q("claim", "M i Säffle påstår att investeringsbudgeten för 2026–2028 är på över 350 miljoner. Är det sant?",
  f"Nej, investeringsbudgeten för 2026–2028 är totalt {f0(tot)} tkr, alltså cirka 300,4 miljoner kronor.",
  numbers=[(tot, "tkr"), (300.4, "mnkr")], docs=[SB],
  quotes=["Investeringsbudgeten omfattar totalt 300,4 miljoner kronor under planperioden."], verdict="contradicted")

# ---------------- unanswerable (4)
q("unanswerable", "Vad blev utfallet för socialnämnden i Säffle 2025?",
  "Det framgår inte; budgetdokumentet har bara budget 2025 (och utfall 2024), inte utfallet för 2025.", refused=True)
q("unanswerable", "hur mycket har kultur- och fritidsnämnden i mönsterås i budget för 2025",
  "Det finns ingen kultur- och fritidsnämnd i Mönsterås delårsrapport; uppgiften finns inte.", refused=True)
q("unanswerable", "vad var säffles årets resultat 2019?",
  "Det framgår inte; flerårsöversikten börjar 2020.", refused=True)
q("unanswerable", "Hur mycket investerade Mönsterås faktiskt under hela 2025?",
  "Det framgår inte; delårsrapporten har bara utfall januari–augusti och en prognos för helåret.", refused=True)

# ---------------- followup (4)
v, _ = nam("Socialnämnden")
q("followup", "och planen för 2028 då?", f"Planen för 2028 är {f1(-v[4])} mnkr för socialnämnden.",
  numbers=[(-v[4] / 10, "mnkr")], docs=[SB], quotes=[nrow("Socialnämnden")],
  history=["Hur mycket budgeterar Säffle för socialnämnden 2026?"])
q("followup", "vilket parti är han från?", "Lars Ekström tillhör Centerpartiet (C).", docs=[MD],
  quotes=["Lars Ekström (C)\nKommunstyrelsens ordförande"],
  history=["Vem är kommunstyrelsens ordförande i Mönsterås?"])
q("followup", "och hur mkt sökte de? fick dom allt?",
  "Värmlandsbro byalag sökte 150 000 kronor och beviljades hela beloppet, 150 000 kronor.",
  numbers=[(150000, "kr")], docs=[SP], quotes=["Värmlandsbro byalag Värmlandsbro 150 000 150 000"],
  history=["Hur mycket fick Värmlandsbro byalag ur landsbygdsfonden?"])
sh = r1(M_INV_SUM[1] / M_INV_SUM[0] * 100)
q("followup", "hur stor andel av den hade använts t.o.m. augusti?",
  f"Utfallet januari–augusti var {f1(M_INV_SUM[1])} mnkr av budgeten {f1(M_INV_SUM[0])} mnkr, cirka {sv(sh)} procent.",
  numbers=[(sh, "%")], docs=[MD], quotes=[row("Summa", f1(M_INV_SUM[0]), f1(M_INV_SUM[1]), f1(M_INV_SUM[2]))],
  history=["Vad har Mönsterås för investeringsbudget 2025?"])

# ---------------- english (4)
q("english", "What is Säffle's total investment budget for 2026?",
  f"The investment budget for 2026 totals {f0(S_INV_TOT[0])} tkr, i.e. about 106 million SEK.",
  numbers=[(S_INV_TOT[0], "tkr")], docs=[SB], quotes=[row("Summa investeringar", *[f0(x) for x in S_INV_TOT], f0(tot))], lang="en")
q("english", "Säffle says how much of every 100 kronor of municipal tax goes to preschool and school?",
  "About 37 kronor of every 100 kronor goes to preschool, school and adult education (barn- och utbildningsnämnden).",
  numbers=[(37, "kr")], docs=[ST],
  quotes=["Förskola, skola och vuxenutbildning (barn- och utbildningsnämnden): 37 kronor"], lang="en")
q("english", "How many people live in Mönsterås (mid-2025) vs Säffle (end of 2024)?",
  f"Mönsterås had 13 374 inhabitants on 30 June 2025; Säffle had {grp(S_POP[4])} on 31 December 2024.",
  numbers=[(13374, "st"), (S_POP[4], "st")], docs=[MD, SB],
  quotes=["Den 30 juni 2025 hade Mönsterås kommun 13 374 invånare",
          f"Den 31 december 2024 hade Säffle kommun {grp(S_POP[4])} invånare"], lang="en")
bun = S_RAM["Barn- och utbildningsnämnden"]
q("english", "which committee in Saffle got the biggest efficiency cut (effektivisering) in 2026 and how big?",
  f"Barn- och utbildningsnämnden has the largest efficiency requirement, {-bun[2] / 10:.1f} million SEK ({f1(bun[2], neg='–')} mnkr in the table).",
  numbers=[(bun[2] / 10, "mnkr")], docs=[SB],
  quotes=[row("Barn- och utbildningsnämnden", *[f1(x, neg="–") for x in [4263, *bun, 4385]])], lang="en")

assert len(Q) == 55, len(Q)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "muni_blind13.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for x in Q:
        f.write(json.dumps(x, ensure_ascii=False) + "\n")
from collections import Counter
print(Counter(x["category"] for x in Q))
