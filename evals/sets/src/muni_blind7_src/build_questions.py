"""Writes ../muni_blind7.jsonl. Every gold figure is computed from data.py; table-row quotes come from rows.json
(written by gen.py, the exact cell text drawn in the PDF)."""
import json
import os
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import sv  # noqa: E402
from data import E, A  # noqa: E402

ROWS = json.load(open(os.path.join(HERE, "rows.json"), encoding="utf-8"))
C = "evals/corpora/blind-muni7"
EP = "enkoping/arsredovisning-2025.pdf"
EH = "enkoping/budget-2026-sa-anvands-skattepengarna.html"
EX = "enkoping/uppfoljning-augusti-2026.xlsx"
ET = "enkoping/pressmeddelande-arsredovisning-2025.txt"
AP = "arjeplog/budget-2027-plan-2028-2029.pdf"
AD = "arjeplog/kf-protokoll-2026-11-23.docx"
AM = "arjeplog/budget-2027-i-korthet.md"


def row(f, t, label):
    return ROWS[f"{f}|{t}|{label}"]


def r1(x):
    return D(x).quantize(D("0.1"), rounding=ROUND_HALF_UP)


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def num(v, unit):
    v = D(v)
    v = abs(v)
    return {"value": int(v) if v == v.to_integral_value() and unit in ("kr", "tkr", "st") else float(v), "unit": unit}


Q = []


def add(cat, q, answer, numbers, docs, quotes, lang="sv", history=None, refused=False, verdict=None):
    Q.append({"category": cat, "language": lang, "question": q, "history": history or [],
              "gold": {"answer": answer, "numbers": numbers, "docs": [f"{C}/{d}" for d in docs], "quotes": quotes,
                       "refused": refused, "verdict": verdict}})


# ------------------------------------------------------------------ table_lookup (10)
sn = E["fack"]["Socialnämnden"]
add("table_lookup", "vad blev utfallet för socialnämden i enköping 2025?",
    f"Socialnämndens nettokostnad (utfall 2025) var {sv(-sn[2])} mnkr (−{sv(-sn[2])} i driftredovisningen).",
    [num(sn[2], "mnkr")], [EP], [row(EP, "drift", "Socialnämnden")])
hem = A["sections"][3][2]["Hemtjänst"]
add("table_lookup", "Arjeplogs budget 2027, hur mkt för hemtjänst?",
    f"Hemtjänst har en budgeterad nettokostnad på {sv(-hem[3],0)} tkr 2027.",
    [num(hem[3], "tkr")], [AP], [row(AP, "drift", "Hemtjänst")])
add("table_lookup", "Hur hög var soliditeten i Enköpings kommun 2023?",
    f"Soliditeten var {sv(E['sol5'][2])} % år 2023.", [num(E["sol5"][2], "%")], [EP], [row(EP, "femar", "Soliditet, %")])
kb = E["br"]["Kassa och bank"][1]
add("table_lookup", "kassa och bank vid årets slut 2025, enköping?",
    f"Kassa och bank uppgick till {sv(kb)} mnkr den 31 december 2025.", [num(kb, "mnkr")], [EP], [row(EP, "br", "Kassa och bank")])
fsk = A["inv"][1][1]["Ny förskola Arjeplog"]
add("table_lookup", "Vad är planerat för nya förskolan i arjeplog år 2028?",
    f"Ny förskola Arjeplog har {sv(fsk[1],0)} tkr i plan 2028.", [num(fsk[1], "tkr")], [AP], [row(AP, "inv", "Ny förskola Arjeplog")])
ku = E["gsb_detail"]["Kostnadsutjämning"][2]
add("table_lookup", "Enköping – vad blev kostnadsutjämningen 2025 (utfall)?",
    f"Kostnadsutjämningen blev {sv(ku)} mnkr 2025, dvs. en avgift på {sv(-ku)} mnkr.", [num(ku, "mnkr")], [EP],
    [row(EP, "skatt", "Kostnadsutjämning")])
add("table_lookup", "vad är verksamhetens nettokostnader i arjeplogs prognos för 2026",
    f"Verksamhetens nettokostnader är {sv(-A['netto'][2],0)} tkr i prognos 2026.", [num(A["netto"][2], "tkr")], [AP],
    [row(AP, "rb", "Verksamhetens nettokostnader")])
b = E["b26"]["Socialnämnden"]
add("table_lookup", "Hur stor nettokostnad har socialnämnden i Enköpings budget för 2026?",
    f"Socialnämnden har en nettokostnad på {sv(b[2])} mnkr i budget 2026 (kostnader {sv(b[0])} mnkr, intäkter {sv(b[1])} mnkr).",
    [num(b[2], "mnkr")], [EH], [f"Socialnämnden {sv(b[0])} {sv(b[1])} {sv(b[2])} {sv(E['b26_chg']['Socialnämnden'])}"])
v = E["aug"]["Vård- och omsorgsnämnden"]
add("table_lookup", "vad är helårsprognosen för vård och omsorgsnämnden i enköpings uppföljning per augusti?",
    f"Prognosen för helåret 2026 är {v[2]} tkr (budget {v[0]} tkr).", [num(v[2], "tkr")], [EX],
    [f"Vård- och omsorgsnämnden {v[0]} {v[1]} {v[2]} {E['aug_dev']['Vård- och omsorgsnämnden']}"])
rv = E["inv_taxa"]["Reningsverk Enköping, etapp 2"]
add("table_lookup", "Hur mycket har reningsverket etapp 2 kostat hittills totalt i Enköping (ackumulerat)?",
    f"Ackumulerat utfall för Reningsverk Enköping, etapp 2 är {sv(rv[3])} mnkr av en total projektbudget på {sv(rv[2])} mnkr.",
    [num(rv[3], "mnkr")], [EP], [row(EP, "inv", "Reningsverk Enköping, etapp 2")])

# ------------------------------------------------------------------ calculation (9)
sb = E["von_detail"]["Särskilt boende"]
pct = r1((sb[2] - sb[0]) / -sb[0] * 100 * -1) if False else r1((-sb[2] - -sb[0]) / -sb[0] * 100)
add("calculation", "Med hur många procent ökade nettokostnaden för särskilt boende i Enköping från 2024 till 2025?",
    f"Från {sv(-sb[0])} mnkr till {sv(-sb[2])} mnkr, en ökning med {sv(sb[0]-sb[2])} mnkr eller cirka {sv(pct)} %.",
    [num(pct, "%")], [EP], [row(EP, "von", "Särskilt boende")])
sns = A["secsum"]["Summa socialnämnden"][3]
nm = A["namnder"][3]
share = r1(D(sns) / D(nm) * 100)
add("calculation", "hur stor andel av arjeplogs nämndbudget 2027 går till socialnämnden?",
    f"Socialnämnden {sv(-sns,0)} tkr av summa nämnder {sv(-nm,0)} tkr, dvs. cirka {sv(share)} %.",
    [num(share, "%")], [AP], [row(AP, "drift", "Summa socialnämnden"), row(AP, "drift", "Summa nämnder")])
taxa_u = E["inv_sum_taxa"][1]
sh = r1(taxa_u / E["inv_sum"][1] * 100)
add("calculation", "Hur stor del av Enköpings investeringar 2025 (utfall) var taxefinansierade, i procent?",
    f"Taxefinansierade investeringar {sv(taxa_u)} mnkr av totalt {sv(E['inv_sum'][1])} mnkr, cirka {sv(sh)} %.",
    [num(sh, "%")], [EP], [row(EP, "inv", "Summa taxefinansierade"), row(EP, "inv", "Summa investeringar")])
diff = A["skattesats"] - E["skattesats5"][4]
add("calculation", "vilken kommun har högst skattesats, Enköping (2025) eller Arjeplog (2027), och hur stor är skillnaden?",
    f"Arjeplog har högst: {sv(A['skattesats'],2)} kr mot Enköpings {sv(E['skattesats5'][4],2)} kr, en skillnad på {sv(diff,2)} kr.",
    [num(diff, "kr")], [EP, AP], [row(EP, "femar", "Kommunal skattesats, kr"), row(AP, "nyckeltal", "Kommunal skattesats, kr")])
arj_sn = D(-sns) / 1000
d_sn = r1(-sn[2] - arj_sn)
add("calculation", "Hur mycket större är socialnämndens nettokostnad i Enköping (utfall 2025) än Arjeplogs socialnämnd i budget 2027? Svara i mnkr",
    f"Enköping {sv(-sn[2])} mnkr, Arjeplog {sv(-sns,0)} tkr = {sv(arj_sn)} mnkr; skillnaden är {sv(d_sn)} mnkr.",
    [num(d_sn, "mnkr")], [EP, AP], [row(EP, "drift", "Socialnämnden"), row(AP, "drift", "Summa socialnämnden")])
npi = (-E["netto"][2] * 1000000 / E["inv5"][4]).quantize(D("1"), rounding=ROUND_HALF_UP)
add("calculation", "räkna ut enköpings nettokostnad per invånare 2025",
    f"{sv(-E['netto'][2])} mnkr / {sv(E['inv5'][4],0)} invånare ≈ {sv(npi,0)} kr per invånare.",
    [num(npi, "kr")], [EP], [row(EP, "femar", "Verksamhetens nettokostnader, mnkr"), row(EP, "femar", "Antal invånare 31 december")])
ssb26 = A["skatt"][1] + A["gsb"][1]
ssb27 = A["skatt"][3] + A["gsb"][3]
p = r1(D(ssb27 - ssb26) / D(ssb26) * 100)
add("calculation", "Hur mycket ökar Arjeplogs skatter och bidrag från budget 2026 till budget 2027 i procent?",
    f"Från {sv(ssb26,0)} tkr till {sv(ssb27,0)} tkr, en ökning med {sv(ssb27-ssb26,0)} tkr eller cirka {sv(p)} %.",
    [num(p, "%")], [AP], [row(AP, "skatt", "Summa skatter och bidrag")])
von_dev = E["fack"]["Vård- och omsorgsnämnden"][2] - E["fack"]["Vård- och omsorgsnämnden"][1]
sn_dev = sn[2] - sn[1]
dd = r1(sn_dev - von_dev)
add("calculation", "vilken nämnd i enköping hade störst underskott mot budget 2025 och hur mycket större var det än socialnämndens?",
    f"Vård- och omsorgsnämnden med {sv(-von_dev)} mnkr i underskott, {sv(dd)} mnkr mer än socialnämndens {sv(-sn_dev)} mnkr.",
    [num(von_dev, "mnkr"), num(dd, "mnkr")], [EP], [row(EP, "drift", "Vård- och omsorgsnämnden"), row(EP, "drift", "Socialnämnden")])
bu = E["aug"]["Barn- och utbildningsnämnden"]
fp = r1(D(bu[1]) / D(bu[0]) * 100)
add("calculation", "Hur stor del av sin budget hade barn- och utbildningsnämnden i Enköping förbrukat efter augusti 2026?",
    f"Utfall jan–aug {bu[1]} tkr av budget {bu[0]} tkr, cirka {sv(fp)} %.",
    [num(fp, "%")], [EX], [f"Barn- och utbildningsnämnden {bu[0]} {bu[1]} {bu[2]} {E['aug_dev']['Barn- och utbildningsnämnden']}"])

# ------------------------------------------------------------------ claim (7)
add("claim", "Stämmer det att Enköping gick med 58,4 miljoner i överskott 2025?",
    f"Ja, kommunen redovisar ett överskott på {sv(E['result'][2])} miljoner kronor för 2025.",
    [num(E["result"][2], "mnkr")], [ET], [f"Enköpings kommun redovisar ett överskott på {sv(E['result'][2])} miljoner kronor för 2025."],
    verdict="supported")
add("claim", "Arjeplog höjer skatten 2027, eller hur?",
    "Nej, skattesatsen för 2027 är oförändrad 24,15 kronor.", [num(A["skattesats"], "kr")], [AD],
    ["att skattesatsen för 2027 ska vara oförändrad 24,15 kronor"], verdict="contradicted")
add("claim", "Enköpings socialnämnd gjorde ett överskott på 18,4 mkr 2025?",
    f"Nej, socialnämnden redovisade ett underskott (avvikelse −{sv(-sn_dev)} mnkr) mot budget 2025.",
    [num(sn_dev, "mnkr")], [EP], [row(EP, "drift", "Socialnämnden")], verdict="contradicted")
add("claim", "Jag läste att VA-taxan i Arjeplog höjs med 6 procent nästa år. Stämmer det?",
    "Ja, VA-taxan höjs med 6 procent från den 1 januari 2027.", [num(6, "%")], [AP],
    ["VA-taxan höjs med 6 procent och avfallstaxan med 5 procent från den 1 januari 2027."], verdict="supported")
add("claim", "Stämmer det att Arjeplog ska bygga en ny simhall under planperioden 2027–2029?",
    "Det framgår inte av dokumenten; investeringsbudgeten nämner ingen simhall.", [], [], [], refused=True, verdict="not_found")
add("claim", "Enköpings kommun skriver att sjukfrånvaron bland chefer var 3,1 % 2025?",
    "Dokumenten redovisar ingen sjukfrånvaro för chefer.", [], [], [], refused=True, verdict="not_found")
add("claim", "I Arjeplog röstade fullmäktige 17 mot 4 för budgeten?",
    "Nej, voteringen slutade 15 ja-röster mot 6 nej-röster.", [num(15, "st"), num(6, "st")], [AD],
    ["Med 15 ja-röster mot 6 nej-röster beslutar kommunfullmäktige enligt kommunstyrelsens förslag."], verdict="contradicted")

# ------------------------------------------------------------------ unanswerable (7)
for q in ["Vad var utfallet för socialnämnden i Enköping 2023?",
          "Hur mycket budgeterar Arjeplog för miljö- och byggnämnden 2027?",
          "vad blev arjeplogs bokslut för 2026, alltså det faktiska resultatet?",
          "Vad har tekniska nämnden i Enköping för ram i plan 2028?",
          "Hur många anställda har räddningstjänsten i Enköping?",
          "Hur mycket investerar Arjeplog år 2030?",
          "Vad hade ENA Energi AB för omsättning 2025?"]:
    add("unanswerable", q, "Uppgiften finns inte i dokumenten.", [], [], [], refused=True)

# ------------------------------------------------------------------ lookup (5)
add("lookup", "vem är ks ordförande i enköping?", "Karin Ekwall (M) är kommunstyrelsens ordförande.", [], [ET],
    ["säger Karin Ekwall (M), kommunstyrelsens ordförande."])
add("lookup", "När antog fullmäktige i Arjeplog budgeten för 2027?", "Kommunfullmäktige antog budgeten den 23 november 2026 (§ 88).",
    [], [AD], ["Sammanträdesdatum: 2026-11-23"])
add("lookup", "Hur många nya platser i särskilt boende öppnades i Enköping under 2025 och var?",
    "24 nya platser i särskilt boende öppnades på Jungfrugatan.", [num(24, "st")], [EP],
    ["Vård- och omsorgsnämnden öppnade 24 nya platser i särskilt boende på Jungfrugatan."])
add("lookup", "Varför har släckbilen i Arjeplog flyttats fram?",
    "Den har flyttats från 2027 till 2028 efter en ny bedömning av fordonsparkens skick.", [], [AP],
    ["Släckbilen till räddningstjänsten har flyttats från 2027 till 2028 efter en ny bedömning av fordonsparkens skick."])
add("lookup", "vem ska jag kontakta om jag har frågor om arjeplogs budget 2027?",
    "Ekonomichef Helena Lindahl, telefon 0961-140 00.", [], [AM],
    ["Kontakta ekonomichef Helena Lindahl på telefon 0961-140 00."])

# ------------------------------------------------------------------ text_amount (5)
add("text_amount", "Hur mycket gick överförmyndarnämnden back i Enköping förra året?",
    "Överförmyndarnämnden redovisar ett underskott på 700 000 kronor.", [num(700000, "kr")], [EP],
    ["Överförmyndarnämnden redovisar ett underskott på 700 000 kronor"])
add("text_amount", "hur mycket investeras i den nya förskolan i Arjeplog under 2027 enligt inledningen?",
    "Under 2027 investeras 8 500 000 kronor i förskolan.", [num(8500000, "kr")], [AP],
    ["Under 2027 investeras 8 500 000 kronor i förskolan."])
add("text_amount", "Vad beräknas belysningen vid Skeppsviken kosta?",
    "Kostnaden har preliminärt bedömts till 350 000 kronor.", [num(350000, "kr")], [AD],
    ["Kostnaden har preliminärt bedömts till 350 000 kronor."])
add("text_amount", "hur mycket ska anställningsstoppet i enköping spara 2026?",
    "Cirka 6 miljoner kronor under 2026.", [num(6, "mnkr")], [EP],
    ["Beslutet beräknas minska kostnaderna med cirka 6 miljoner kronor under 2026."])
add("text_amount", "Hur stort är det tillfälliga statsbidraget till äldreomsorgen i Arjeplogs prognos för 2026?",
    "Det tillfälliga bidraget är 2 100 000 kronor.", [num(2100000, "kr")], [AP],
    ["ett tillfälligt bidrag till äldreomsorgen på 2 100 000 kronor"])

# ------------------------------------------------------------------ followup (5)
add("followup", "och vad var budgeterat?", f"Budgeterat resultat för 2025 var {sv(E['result'][1])} mnkr.",
    [num(E["result"][1], "mnkr")], [EP], [row(EP, "drift", "Årets resultat")],
    history=["Vad blev årets resultat för Enköpings kommun 2025?"])
gs = A["sections"][2][2]["Grundskola och fritidshem"]
add("followup", "och grundskolan då?", f"Grundskola och fritidshem har {sv(-gs[3],0)} tkr i budget 2027.",
    [num(gs[3], "tkr")], [AP], [row(AP, "drift", "Grundskola och fritidshem")],
    history=["Hur mycket lägger Arjeplog på förskola 2027?"])
m_ = E["sjuk"]["Män"]
pe = r1(m_[0] - m_[1])
add("followup", "hur mycket sjönk den för männen jämfört med året innan?",
    f"För män sjönk sjukfrånvaron från {sv(m_[0])} % till {sv(m_[1])} %, dvs. {sv(pe)} procentenheter.",
    [num(pe, "%")], [EP], [row(EP, "sjuk", "Män")],
    history=["Hur stor var sjukfrånvaron i Enköpings kommun 2025?", "Och för kvinnor?"])
rt = A["sections"][1][2]["Räddningstjänst"]
add("followup", "Och hur mycket är det i plan 2029?", f"Räddningstjänsten har {sv(-rt[5],0)} tkr i plan 2029.",
    [num(rt[5], "tkr")], [AP], [row(AP, "drift", "Räddningstjänst")],
    history=["Vad kostar räddningstjänsten i Arjeplog 2027?"])
bb = E["b26"]["Barn- och utbildningsnämnden"]
add("followup", "hur mycket ökar den i procent mot 2025?",
    f"Barn- och utbildningsnämndens nettokostnad ökar med {sv(E['b26_chg']['Barn- och utbildningsnämnden'])} % jämfört med budget 2025.",
    [num(E["b26_chg"]["Barn- och utbildningsnämnden"], "%")], [EH],
    [f"Barn- och utbildningsnämnden {sv(bb[0])} {sv(bb[1])} {sv(bb[2])} {sv(E['b26_chg']['Barn- och utbildningsnämnden'])}"],
    history=["Vilken nämnd har störst budget i Enköping 2026?"])

# ------------------------------------------------------------------ multi_part (4)
add("multi_part", "Vad var Enköpings låneskuld vid slutet av 2025 och vilken var den genomsnittliga räntan?",
    "Låneskulden var 1 790,0 mnkr och den genomsnittliga räntan 2,58 %.",
    [num(E["lfskuld"][1], "mnkr"), num(D("2.58"), "%")], [EP],
    [row(EP, "lan", "Låneskuld 31 december, mnkr"), row(EP, "lan", "Genomsnittlig ränta, %")])
s = A["inv_sum"]
add("multi_part", "arjeplog: hur stor är investeringsbudgten 2027 och hur mycket är externa bidrag?",
    f"Investeringsbudgeten 2027 är {sv(s[0],0)} tkr; externa bidrag uppgår till {sv(s[3],0)} tkr (under hela perioden).",
    [num(s[0], "tkr"), num(s[3], "tkr")], [AP], [row(AP, "inv", "Summa investeringar")])
add("multi_part", "Hur många tillsvidareanställda hade Enköpings kommun 2025, och hur många av dem fanns i socialnämnden?",
    f"{sv(E['pers_sum'][1],0)} tillsvidareanställda, varav {E['pers']['Socialnämnden'][1]} i socialnämnden.",
    [num(E["pers_sum"][1], "st"), num(E["pers"]["Socialnämnden"][1], "st")], [EP],
    [row(EP, "personal", "Summa"), row(EP, "personal", "Socialnämnden")])
add("multi_part", "Vad är resultatet i Arjeplogs budget 2027 och hur hög blir soliditeten samma år?",
    f"Årets resultat budgeteras till {sv(A['result'][3],0)} tkr och soliditeten till {sv(A['sol'][2])} %.",
    [num(A["result"][3], "tkr"), num(A["sol"][2], "%")], [AP],
    [row(AP, "rb", "Årets resultat"), row(AP, "bal", "Soliditet, %")])

# ------------------------------------------------------------------ english (3)
add("english", "What were Enköping's tax revenues (skatteintäkter) in 2025?",
    f"Tax revenues were {sv(E['skatt'][2])} mnkr in 2025 (budget {sv(E['skatt'][1])} mnkr).",
    [num(E["skatt"][2], "mnkr")], [EP], [row(EP, "skatt", "Summa skatteintäkter")], lang="en")
add("english", "How many inhabitants does Arjeplog assume in its 2027 budget?",
    f"The budget assumes {sv(A['inv_pop'][2],0)} inhabitants (1 November 2026).",
    [num(A["inv_pop"][2], "st")], [AP], [row(AP, "nyckeltal", "Antal invånare 1 november")], lang="en")
ta = A["taxor"][0]
add("english", "By how much does the annual water and sewage fee for a normal house in Arjeplog go up in 2027?",
    f"From {sv(ta[1],0)} kr to {sv(ta[2],0)} kr per year, an increase of {ta[2]-ta[1]} kr (6 %).",
    [num(ta[2] - ta[1], "kr")], [AP], [row(AP, "taxor", ta[0])], lang="en")

assert len(Q) == 55, len(Q)
out = os.path.join(HERE, "..", "muni_blind7.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for i, q in enumerate(Q, 1):
        o = {"id": f"mb7-{i:03d}", **q, "corpus": C}
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print("wrote", len(Q))
