"""Writes evals/sets/blind/muni_blind15.jsonl. Gold figures computed from data.py (same data as gen.py)."""
import json
import os
import sys
from decimal import Decimal as D, ROUND_HALF_UP

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import *  # noqa

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "muni_blind15.jsonl"))
C = "evals/corpora/blind-muni15"
OSB = f"{C}/osthammar/osthammar_budget_2025.pdf"
OSD = f"{C}/osthammar/osthammar_delarsrapport_aug_2024.pdf"
OSP = f"{C}/osthammar/ks_protokoll_2024-10-15.docx"
OSH = f"{C}/osthammar/nyhet_ny_forskola_gimo.html"
BBA = f"{C}/bollebygd/bollebygd_arsredovisning_2023.pdf"
BBX = f"{C}/bollebygd/bollebygd_budget_2025.xlsx"
BBH = f"{C}/bollebygd/pressmeddelande_budget_2025.html"
BBM = f"{C}/bollebygd/medborgardialog_trafik_2024.md"


def q(v, e="0.1"):
    return D(v).quantize(D(e), rounding=ROUND_HALF_UP)


def f(v):
    return float(v)


def row_os(name):
    v = dict(OS_NAMND)[name]
    return f"{name} " + " ".join(sv(x) for x in v) + " " + sv(OS_CHANGE_PCT[name])


ROWS = {
    "os_social": row_os("Socialnämnden"),
    "os_bildning": row_os("Bildningsnämnden"),
    "os_val": row_os("Valnämnden"),
    "bb_netto": "Verksamhetens nettokostnader, mnkr 598,4 621,7 648,9 689,3 731,8",
    "bb_inv": "Antal invånare 31 dec 9 703 9 781 9 846 9 910 9 962",
    "bb_res": "Årets resultat, mnkr 12,6 28,4 35,1 9,8 14,3",
    "bb_bun": "Barn- och utbildningsnämnden 318,6 323,1 (4,5)",
    "bbx_social": "Socialnämnden 262 400 275 900 13 500 5,1%",
    "bbx_bun": "Barn- och utbildningsnämnden 335 200 348 600 13 400 4,0%",
    "bbx_sum": "Summa 735 500 768 200 32 700 4,4%",
    "os_inv_sum": "Summa investeringar 130 800 102 000 26 300 259 100",
    "os_gimo": "Ny förskola i Gimo 28 000 36 000 4 000 68 000",
}

Q = []


def add(cat, question, answer, numbers=(), docs=(), quotes=(), lang="sv", history=(), refused=False, verdict=None):
    Q.append({"id": f"mb15-{len(Q) + 1:03d}", "category": cat, "language": lang, "question": question,
              "history": list(history),
              "gold": {"answer": answer, "numbers": [{"value": v, "unit": u} for v, u in numbers],
                       "docs": list(docs), "quotes": list(quotes), "refused": refused, "verdict": verdict},
              "corpus": C})


# ---------------- lookup (4)
add("lookup", "vem är ordförande i bildningsnämnden i Östhammar?",
    "Anna Berglund (M) är ordförande i bildningsnämnden i Östhammar.", docs=[OSB, OSH],
    quotes=["Nämndens ordförande är Anna Berglund (M) och förvaltningschef är Peter Sjöström.",
            "säger Anna Berglund (M), ordförande i bildningsnämnden."])
add("lookup", "När ska nya förskolan i gimo va klar å när börjar dom bygga?",
    "Byggstart planeras till mars 2025 och förskolan ska stå klar i augusti 2026.", docs=[OSH],
    quotes=["Byggstart planeras till mars 2025 och förskolan ska stå klar i augusti 2026."])
add("lookup", "vem var ansvarig för medborgardialogen om trafiksäkerheten i bollebygd",
    "Trafikplaneraren Mikael Fors var ansvarig för dialogen.", docs=[BBM],
    quotes=["Ansvarig för dialogen var trafikplanerare Mikael Fors."])
add("lookup", "Vilket datum invigdes den utbyggda Olsfors skola?",
    "Olsfors skola invigdes den 21 augusti 2023.", docs=[BBA],
    quotes=["Skolan invigdes den 21 augusti 2023."])

# ---------------- text_amount (5)
add("text_amount", "hur mkt pengar lägger östhammar på feriejobb för ungdomar 2025?",
    "850 000 kronor avsätts till feriearbeten för ungdomar mellan 16 och 18 år (inom kommunstyrelsens ram).",
    numbers=[(850000, "kr")], docs=[OSB],
    quotes=["Inom ramen avsätts 850 000 kronor till feriearbeten för ungdomar mellan 16 och 18 år."])
add("text_amount", "Vad beräknas den nya gångpassagen vid Bollebygds station kosta?",
    "Kostnaden beräknas till 1,8 miljoner kronor.", numbers=[(1.8, "mnkr")], docs=[BBM],
    quotes=["En ny belyst gångpassage byggs vid Bollebygds station. Kostnaden beräknas till 1,8 miljoner kronor"])
add("text_amount", "Hur mycket fick Bollebygd i riktade statsbidrag för kompetenslyft inom äldreomsorgen 2023?",
    "3,2 miljoner kronor.", numbers=[(3.2, "mnkr")], docs=[BBA],
    quotes=["Kommunen tog emot 3,2 miljoner kronor i riktade statsbidrag för kompetenslyft inom äldreomsorgen."])
add("text_amount", "tilläggsanslaget för vinterväghållningen som KS i Östhammar beviljade i oktober, hur stort var det??",
    "Kommunstyrelsen beviljade samhällsbyggnadsnämnden 1,4 miljoner kronor ur anslaget för oförutsedda utgifter.",
    numbers=[(1.4, "mnkr")], docs=[OSP],
    quotes=["Kommunstyrelsen beviljar samhällsbyggnadsnämnden 1,4 miljoner kronor ur kommunstyrelsens anslag för oförutsedda utgifter."])
add("text_amount", "Hur mycket satsar Bollebygd på den mobila fritidsgården?",
    "650 000 kronor avsätts till en mobil fritidsgård.", numbers=[(650000, "kr")], docs=[BBH],
    quotes=["Dessutom avsätts 650 000 kronor till en mobil fritidsgård som ska besöka Olsfors, Hultafors och Töllsjö under kvällar och helger."])

# ---------------- table_lookup (9)
bn = dict(OS_NAMND)["Bildningsnämnden"]
add("table_lookup", "Vad står Bildningsnämnden på för Plan 2027 i Östhammars driftbudget?",
    f"Plan 2027 för bildningsnämnden är {sv(bn[4])} mnkr (nettokostnad {sv(-bn[4])} mnkr).",
    numbers=[(f(bn[4]), "mnkr")], docs=[OSB], quotes=[ROWS["os_bildning"]])
add("table_lookup", "investeringsbudget 2025 för trygghetsboendet i österbybruk?",
    "15 000 tkr (15,0 mnkr) i budget 2025.", numbers=[(15000, "tkr")], docs=[OSB],
    quotes=["Trygghetsboende Österbybruk 15 000 22 000 0 37 000"])
add("table_lookup", "Östhammars resultatbudget – vad är avskrivningarna budget 2025?",
    "Avskrivningarna är budgeterade till –70,2 mnkr 2025.", numbers=[(-70.2, "mnkr")], docs=[OSB],
    quotes=["Avskrivningar 3 –64,2 –66,8 –70,2 –74,5 –78,1"])
add("table_lookup", "vad blev utfallet för barn och utbildningsnämnden i bollebygd 2023",
    "Utfallet 2023 var 323,1 mnkr mot en budget på 318,6 mnkr.", numbers=[(323.1, "mnkr")], docs=[BBA],
    quotes=[ROWS["bb_bun"]])
add("table_lookup", "Soliditeten i Bollebygd 2021?",
    "Soliditeten inklusive pensionsåtaganden var 24,9 % år 2021.", numbers=[(24.9, "%")], docs=[BBA],
    quotes=["Soliditet inkl. pensionsåtaganden, % 18,2 21,5 24,9 25,3 25,8"])
add("table_lookup", "Hur många årsarbetare har soc i Östhammar i budget 2025?",
    "Socialnämnden har 905 budgeterade årsarbetare 2025.", numbers=[(905, "st")], docs=[OSB],
    quotes=["Socialnämnden 679,8 39,9 30 484 905 8,4"])
add("table_lookup", "Kommunstyrelsens budget 2025 i Bollebygd enligt excelfilen?",
    "129 800 tkr.", numbers=[(129800, "tkr")], docs=[BBX],
    quotes=["Kommunstyrelsen 124 500 129 800 5 300 4,3%"])
add("table_lookup", "vad är prognosen för helåret för kultur och fritid i östhammars delårsrapport",
    "Prognosen för 2024 är −41,0 mnkr, 0,2 mnkr bättre än budget.", numbers=[(-41.0, "mnkr")], docs=[OSD],
    quotes=["Kultur- och fritidsnämnden −41,2 −27,4 −41,0 0,2"])
add("table_lookup", "Hur många 80 år och äldre bodde det i Bollebygd 2023?",
    "442 personer.", numbers=[(442, "st")], docs=[BBX],
    quotes=["2023 9 962 731 1 402 507 5 398 1 482 442"])

# ---------------- calculation (9)
soc = dict(OS_NAMND)["Socialnämnden"]
d = -(soc[2] - soc[1])
add("calculation", "Hur mycket ökar socialnämndens budget i Östhammar mellan 2024 och 2025?",
    f"Nettokostnaden ökar från {sv(-soc[1])} till {sv(-soc[2])} mnkr, dvs. med {sv(d)} mnkr.",
    numbers=[(f(d), "mnkr")], docs=[OSB], quotes=[ROWS["os_social"]])
share = q(D(348600) / D(BB_XLSX_SUM[1]) * 100)
add("calculation", "hur stor andel av bollebygds driftbudget 2025 går till skolan (barn- och utbildningsnämnden)?",
    f"348 600 av {sv(BB_XLSX_SUM[1], 0)} tkr, ca {sv(share)} %.", numbers=[(f(share), "%")], docs=[BBX],
    quotes=[ROWS["bbx_bun"], ROWS["bbx_sum"]])
per = q(D("731.8") * 1000000 / 9962, "1")
add("calculation", "Vad blev Bollebygds nettokostnad per invånare 2023?",
    f"731,8 mnkr / 9 962 invånare ≈ {sv(per, 0)} kr per invånare.", numbers=[(int(per), "kr")], docs=[BBA],
    quotes=[ROWS["bb_netto"], ROWS["bb_inv"]])
pc = q((D("731.8") / D("598.4") - 1) * 100)
add("calculation", "Med hur många procent har verksamhetens nettokostnader i Bollebygd ökat från 2019 till 2023?",
    f"Från 598,4 till 731,8 mnkr, en ökning med ca {sv(pc)} %.", numbers=[(f(pc), "%")], docs=[BBA],
    quotes=[ROWS["bb_netto"]])
avg = q((D("12.6") + D("28.4") + D("35.1") + D("9.8") + D("14.3")) / 5)
add("calculation", "snittresultatet för bollebygd 2019-2023?",
    f"Genomsnittligt resultat 2019–2023 är {sv(avg)} mnkr per år.", numbers=[(f(avg), "mnkr")], docs=[BBA],
    quotes=[ROWS["bb_res"]])
ipc = q((OS_DEL_INV_SUM[0] - OS_DEL_INV_SUM[2]) / OS_DEL_INV_SUM[0] * 100)
add("calculation", "Hur många procent lägre än budget väntas Östhammars investeringar bli 2024 enligt delårsrapporten?",
    f"Prognos {sv(OS_DEL_INV_SUM[2])} mnkr mot budget {sv(OS_DEL_INV_SUM[0])} mnkr, ca {sv(ipc)} % lägre.",
    numbers=[(f(ipc), "%")], docs=[OSD], quotes=["Summa 95,6 41,7 81,1"])
gs = q(D(28000) / D(OS_INV_TOT[0]) * 100)
add("calculation", "hur stor del av östhammars investeringar 2025 är förskolan i Gimo?",
    f"28 000 av 130 800 tkr, ca {sv(gs)} %.", numbers=[(f(gs), "%")], docs=[OSB],
    quotes=[ROWS["os_gimo"], ROWS["os_inv_sum"]])
gr = q(D(360400) / D(761500) * 100)
add("calculation", "Grundskolans andel av bildningsnämndens budget 2025 i Östhammar, i procent?",
    f"360 400 av 761 500 tkr, ca {sv(gr)} %.", numbers=[(f(gr), "%")], docs=[OSB],
    quotes=["Grundskola F–9 348 600 360 400 11 800 3,4", "Summa bildningsnämnden 738 900 761 500 22 600 3,1"])
mon = q(D("446.9") / 8, "0.01")
add("calculation", "hur mycket har socialnämnden i östhammar gjort av med i snitt per månad jan-aug 2024?",
    f"Utfallet jan–aug var 446,9 mnkr, dvs. ca {sv(mon, 2)} mnkr per månad (8 månader).",
    numbers=[(f(mon), "mnkr")], docs=[OSD], quotes=["Socialnämnden −655,2 −446,9 −667,4 −12,2"])

# ---------------- multi_part (4)
add("multi_part", "Vilken skattesats har Östhammar 2025, och hur mycket motsvarar en krona i skatteintäkter?",
    "Skattesatsen är oförändrad 22,11 kronor; en krona motsvarar cirka 60 miljoner kronor.",
    numbers=[(22.11, "kr"), (60, "mnkr")], docs=[OSB],
    quotes=["fastställa skattesatsen för 2025 till oförändrade 22,11 kronor per skattekrona",
            "En förändring av skattesatsen med 1 krona motsvarar cirka 60 miljoner kronor i skatteintäkter."])
add("multi_part", "Medborgardialogen i Bollebygd: hur många svar kom in och vilken åtgärd fick flest?",
    f"{BB_DIALOG_SUM} svar; flest (137) ville ha sänkt hastighet på Göteborgsvägen.",
    numbers=[(BB_DIALOG_SUM, "st"), (137, "st")], docs=[BBM],
    quotes=[f"Totalt kom det in {BB_DIALOG_SUM} svar på enkäten.", "| Sänkt hastighet på Göteborgsvägen | 137 | 33,3 |"])
add("multi_part", "Östhammars delårsrapport: vad blev resultatet för jan–aug och vad är prognosen för helåret?",
    "Periodens resultat är 58,4 mnkr och helårsprognosen 21,3 mnkr (5,5 mnkr lägre än budget).",
    numbers=[(58.4, "mnkr"), (21.3, "mnkr")], docs=[OSD],
    quotes=["Kommunens resultat för perioden januari–augusti uppgår till 58,4 miljoner kronor. Prognosen för helåret är ett resultat på 21,3 miljoner kronor"])
add("multi_part", "hur många bodde i bollebygd vid årsskiftet 2023/24 och hur många tillsvidareanställda hade kommunen då?",
    "9 962 invånare den 31 december 2023 och 927 tillsvidareanställda.",
    numbers=[(9962, "st"), (927, "st")], docs=[BBA],
    quotes=["Den 31 december 2023 hade Bollebygds kommun 9 962 invånare",
            "Vid årets slut hade kommunen 927 tillsvidareanställda medarbetare."])

# ---------------- multi_doc (5)
add("multi_doc", "Vilken kommun har högst skatt 2025, Östhammar eller Bollebygd, och hur stor är skillnaden?",
    "Bollebygd (22,34 kr) har 0,23 kr högre skattesats än Östhammar (22,11 kr).",
    numbers=[(0.23, "kr"), (22.34, "kr"), (22.11, "kr")], docs=[OSB, BBH],
    quotes=["fastställa skattesatsen för 2025 till oförändrade 22,11 kronor per skattekrona",
            "Skattesatsen lämnas oförändrad på 22,34 kronor."])
diff = -soc[2] - D(275900) / 1000
add("multi_doc", "Jämför socialnämndernas budget 2025 i Östhammar och Bollebygd – hur mycket större är Östhammars?",
    f"Östhammar {sv(-soc[2])} mnkr mot Bollebygd 275 900 tkr (275,9 mnkr); skillnaden är {sv(diff)} mnkr.",
    numbers=[(f(diff), "mnkr")], docs=[OSB, BBX], quotes=[ROWS["os_social"], ROWS["bbx_social"]])
add("multi_doc", "Nya förskolan i Gimo – vad kostar den totalt enligt nyheten, och hur mycket ligger på plan 2026 i budgeten?",
    "Totalkostnaden beräknas till 68 miljoner kronor; i plan 2026 ligger 36 000 tkr.",
    numbers=[(68, "mnkr"), (36000, "tkr")], docs=[OSH, OSB],
    quotes=["Totalkostnaden beräknas till 68 miljoner kronor, varav 28 miljoner kronor ligger i budgeten för 2025.",
            ROWS["os_gimo"]])
add("multi_doc", "Socialnämnden i Östhammar: hur stort underskott prognostiserades i höstas, och vad är deras ram för 2025?",
    "Prognosen i delårsrapporten var ett underskott på 12,2 mnkr; ramen 2025 är 679,8 mnkr.",
    numbers=[(12.2, "mnkr"), (679.8, "mnkr")], docs=[OSD, OSB],
    quotes=["Socialnämnden −655,2 −446,9 −667,4 −12,2", "Nämndens ram för 2025 är 679,8 miljoner kronor."])
tot = OS_RESULT[2] + D("11.2")
add("multi_doc", "vad budgeterar östhammar och bollebygd för resultat 2025, tillsammans?",
    f"Östhammar {sv(OS_RESULT[2])} mnkr + Bollebygd 11,2 mnkr = {sv(tot)} mnkr.",
    numbers=[(f(tot), "mnkr")], docs=[OSB, BBH],
    quotes=["Årets resultat budgeteras till 34,8 miljoner kronor",
            "Resultatet för 2025 budgeteras till 11,2 miljoner kronor."])

# ---------------- claim (6)
add("claim", "Stämmer det att Östhammar budgeterar ett resultat på 34,8 miljoner 2025?",
    "Ja, årets resultat 2025 budgeteras till 34,8 miljoner kronor.", numbers=[(34.8, "mnkr")], docs=[OSB],
    quotes=["Årets resultat budgeteras till 34,8 miljoner kronor"], verdict="supported")
add("claim", "Bollebygds barn- och utbildningsnämnd gick med överskott 2023, eller hur?",
    "Nej, nämnden redovisade ett underskott på 4,5 miljoner kronor (utfall 323,1 mot budget 318,6 mnkr).",
    numbers=[(4.5, "mnkr")], docs=[BBA],
    quotes=[ROWS["bb_bun"], "Barn- och utbildningsnämnden redovisar ett underskott på 4,5 miljoner kronor"],
    verdict="contradicted")
add("claim", "Lokaltidningen skriver att Gimo IF fick 158 000 kr i föreningsbidrag för 2025?",
    "Nej, Gimo IF beviljades 185 000 kronor.", numbers=[(185000, "kr")], docs=[OSP],
    quotes=["Gimo IF Gimo 185 000"], verdict="contradicted")
add("claim", "den nya förskolan i gimo ska ta 150 barn, stämmer d?",
    "Ja, förskolan får åtta avdelningar med plats för 150 barn.", numbers=[(150, "st")], docs=[OSH],
    quotes=["Förskolan placeras vid Vallonvägen och får åtta avdelningar med plats för 150 barn."],
    verdict="supported")
add("claim", "Oppositionen påstår att Östhammar höjer skatten till 22,61 kr nästa år.",
    "Det stämmer inte: skattesatsen för 2025 är oförändrad 22,11 kronor.", numbers=[(22.11, "kr")], docs=[OSB],
    quotes=["fastställa skattesatsen för 2025 till oförändrade 22,11 kronor per skattekrona"],
    verdict="contradicted")
add("claim", "Bollebygd har fått 5 miljoner från Trafikverket till nya cykelvägar?",
    "Det finns inget i dokumenten om ett sådant bidrag.", refused=True, verdict="not_found")

# ---------------- unanswerable (5)
add("unanswerable", "Vad var utfallet 2022 för bildningsnämnden i Östhammar?",
    "Dokumenten anger inte utfallet 2022; driftbudgeten visar utfall för 2023 (−712,4 mnkr) men inte 2022.",
    refused=True)
add("unanswerable", "Hur stor budget har tekniska nämnden i Östhammar 2025?",
    "Östhammar har ingen teknisk nämnd i dokumenten; gator och fastigheter ligger under samhällsbyggnadsnämnden.",
    refused=True)
add("unanswerable", "vad blev östhammars faktiska resultat för helåret 2024?",
    "Det framgår inte; dokumenten innehåller bara budget (26,8 mnkr) och prognosen i delårsrapporten (21,3 mnkr), inget utfall för helåret.",
    refused=True)
add("unanswerable", "Hur mycket får kultur- och fritidsnämnden i Bollebygd 2025?",
    "Bollebygd har ingen kultur- och fritidsnämnd i dokumenten; den finns inte i driftbudgeten.", refused=True)
add("unanswerable", "Vad ligger Östhammars investeringsbudget på för 2028?",
    "Investeringsbudgeten sträcker sig bara till plan 2027; 2028 finns inte med.", refused=True)

# ---------------- followup (4)
add("followup", "och året innan?",
    "Budget 2024 för socialnämnden var 262 400 tkr.", numbers=[(262400, "tkr")], docs=[BBX],
    quotes=[ROWS["bbx_social"]], history=["Vad har Bollebygd budgeterat för socialnämnden 2025?"])
add("followup", "vilket parti tillhör hon?",
    "Karin Löfgren tillhör Centerpartiet (C).", docs=[OSB, OSP],
    quotes=["Karin Löfgren (C) Kommunstyrelsens ordförande", "Karin Löfgren (C), ordförande"],
    history=["Vem är kommunstyrelsens ordförande i Östhammar?"])
add("followup", "hur många lägenheter blir det där?",
    "Trygghetsboendet i Österbybruk får 24 lägenheter.", numbers=[(24, "st")], docs=[OSB],
    quotes=["Trygghetsboendet i Österbybruk med 24 lägenheter beräknas kosta 37 miljoner kronor."],
    history=["Vad kostar trygghetsboendet i Österbybruk?"])
vp = q((D("1.2") - D("0.3")) / D("1.2") * 100)
add("followup", "hur mkt minskar det i procent?",
    f"Från 1,2 till 0,3 mnkr, en minskning med {sv(vp)} %.", numbers=[(f(vp), "%")], docs=[OSB],
    quotes=[ROWS["os_val"]], history=["Vad är Östhammars valnämnd budgeterad till 2024?", "och 2025?"])

# ---------------- english (4)
add("english", "What is Östhammar's total investment budget for 2025?",
    "130,800 tkr (SEK 130.8 million).", numbers=[(130800, "tkr")], docs=[OSB], lang="en",
    quotes=[ROWS["os_inv_sum"], "Investeringsbudgeten omfattar 130,8 miljoner kronor 2025."])
add("english", "How many people attended Bollebygd's open meetings about traffic safety?",
    "About 70 people attended the open meetings on 10 and 17 April 2024.", numbers=[(70, "st")], docs=[BBM],
    lang="en", quotes=["Ungefär 70 personer deltog på de öppna mötena den 10 och 17 april."])
add("english", "what was bollebygd's net result in 2022 according to the annual report",
    "SEK 9.8 million (Årets resultat 2022: 9,8 mnkr).", numbers=[(9.8, "mnkr")], docs=[BBA], lang="en",
    quotes=["Årets resultat 9,8 14,3", ROWS["bb_res"]])
add("english", "Who chairs Socialnämnden in Östhammar?",
    "Göran Tell (KD) chairs the social services committee (Socialnämnden).", docs=[OSB], lang="en",
    quotes=["Nämndens ordförande är Göran Tell (KD)."])

assert len(Q) == 55, len(Q)
with open(OUT, "w", encoding="utf-8") as fh:
    for x in Q:
        fh.write(json.dumps(x, ensure_ascii=False) + "\n")
print("wrote", OUT, len(Q))
