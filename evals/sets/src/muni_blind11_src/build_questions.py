"""Writes evals/sets/blind/muni_blind11.jsonl. Gold figures computed here with python."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUTF = os.path.join(ROOT, "evals", "sets", "blind", "muni_blind11.jsonl")
C = "evals/corpora/blind-muni11"
VB = C + "/vimmerby/vimmerby_budget_2027.pdf"
VP = C + "/vimmerby/vimmerby_ks_protokoll_2026-11-10.docx"
VX = C + "/vimmerby/vimmerby_investeringsuppfoljning_okt2026.xlsx"
VH = C + "/vimmerby/vimmerby_nyhet_solglantan.html"
OD = C + "/orsa/orsa_delarsrapport_jan-aug_2026.pdf"
OH = C + "/orsa/orsa_nyhet_forskola_hansjo.html"
OM = C + "/orsa/orsa_kf_beslut_2026-10-26.md"
OX = C + "/orsa/orsa_befolkning_nyckeltal.xlsx"

Q = []


def n(v, u):
    return {"value": v, "unit": u}


def add(cat, q, ans, nums=(), docs=(), quotes=(), lang="sv", hist=(), refused=False, verdict=None):
    Q.append({"id": f"mb11-{len(Q) + 1:03d}", "category": cat, "language": lang, "question": q,
              "history": list(hist),
              "gold": {"answer": ans, "numbers": list(nums), "docs": list(docs), "quotes": list(quotes),
                       "refused": refused, "verdict": verdict},
              "corpus": C})


def r1(x):
    return round(x + 1e-9, 1)


def sv1(x):
    return f"{r1(x):.1f}".replace(".", ",")


# ---------------- lookup ----------------
add("lookup", "vem är ordförande i socialnämden i vimmerby?",
    "Lars-Göran Fransson (KD) är ordförande i socialnämnden i Vimmerby.",
    docs=[VB], quotes=["Ordförande är Lars-Göran Fransson (KD) och socialchef är Annika Rydén."])
add("lookup", "Vem blev ny kommunchef i Orsa i år och vem ersatte hon?",
    "Jenny Hedlund anställdes i augusti 2026 som ny kommunchef i Orsa efter Mats Forsberg, som gick i pension.",
    docs=[OD], quotes=["I augusti anställdes Jenny Hedlund som ny kommunchef efter Mats Forsberg, som gick i pension."])
add("lookup", "när blir nya förskolan i hansjö klar",
    "Förskolan i Hansjö beräknas vara klar för inflyttning i augusti 2028 (byggstart april 2027).",
    docs=[OH], quotes=["Byggstart planeras till april 2027 och förskolan beräknas vara klar för inflyttning i augusti 2028."])
add("lookup", "Vilket bolag ska bygga om Solgläntan i Södra Vi?",
    "Kalmar Byggpartner AB, som vann upphandlingen.",
    docs=[VH], quotes=["Entreprenör är Kalmar Byggpartner AB, som vann upphandlingen med ett anbud på 58,3 miljoner kronor."])
add("lookup", "vem justerade ks protokollet i vimmerby från 10 nov och när?",
    "Tomas Nyström (S) var justerare; justeringen skedde den 13 november 2026.",
    docs=[VP], quotes=["Justerare: Tomas Nyström (S). Justering sker den 13 november 2026."])

# ---------------- text_amount ----------------
add("text_amount", "Hur mkt pengar fick Orsa från socialstyrelsen för digitala tillsynsbesök i hemtjänsten?",
    "850 000 kronor (statsbidrag i maj 2026).", nums=[n(850000, "kr")], docs=[OD],
    quotes=["Kommunen fick i maj ett statsbidrag på 850 000 kronor från Socialstyrelsen för att utveckla hemtjänsten med digitala tillsynsbesök."])
add("text_amount", "Vad sålde Vimmerby gamla skolbyggnaden i Storebro för?",
    "Kommunstyrelsen beslutade att sälja fastigheten Storebro 3:41 för 1 250 000 kronor.",
    nums=[n(1250000, "kr")], docs=[VP],
    quotes=["Beslut: Kommunstyrelsen beslutar att sälja fastigheten Storebro 3:41 för 1 250 000 kronor."])
add("text_amount", "hur stort tillskott får soc i vimmerby i budgetn för 2027??",
    "Socialnämnden får ett tillskott på 12,4 miljoner kronor.", nums=[n(12.4, "mnkr")], docs=[VB],
    quotes=["Socialnämnden får ett tillskott på 12,4 miljoner kronor för att möta ett ökat antal äldre med behov av hemtjänst och särskilt boende."])
add("text_amount", "Hur stort lån går Orsa kommun i borgen för åt Orsahem?",
    "Högst 45 miljoner kronor, för 24 hyreslägenheter i kvarteret Tallmon.", nums=[n(45, "mnkr")], docs=[OM],
    quotes=["Fullmäktige beslutade att gå i borgen för Orsahem AB:s lån på högst 45 miljoner kronor för nybyggnation av 24 hyreslägenheter i kvarteret Tallmon."])
add("text_amount", "hur stor är pensionsskulden i Vimmerby kommun?",
    "498,2 miljoner kronor inklusive löneskatt, varav 312,7 miljoner kronor är ansvarsförbindelse utanför balansräkningen.",
    nums=[n(498.2, "mnkr"), n(312.7, "mnkr")], docs=[VB],
    quotes=["Kommunens pensionsskuld inklusive löneskatt uppgick till 498,2 miljoner kronor vid årsskiftet, varav 312,7 miljoner kronor redovisas som ansvarsförbindelse utanför balansräkningen."])

# ---------------- table_lookup ----------------
add("table_lookup", "Vad är budgeterad nettokostnad för kultur- och fritidsnämnden i Vimmerby 2027?",
    "50,3 mnkr (anges som –50,3 i driftbudgeten).", nums=[n(50.3, "mnkr")], docs=[VB],
    quotes=["Kultur- och fritidsnämnden –47,2 –48,9 –50,3 –51,1 –51,9 2,9"])
add("table_lookup", "räddningstjänsten vimmerby plan 2029?",
    "Räddningstjänstens nettokostnad i plan 2029 är 36,5 mnkr.", nums=[n(36.5, "mnkr")], docs=[VB],
    quotes=["Räddningstjänst –31,8 –33,1 –34,7 –35,6 –36,5 4,8"])
add("table_lookup", "Hur mycket är budgeterat för grundskola och förskoleklass 2027 i Vimmerbys budget?",
    "246 200 tkr (246,2 mnkr).", nums=[n(246200, "tkr")], docs=[VB],
    quotes=["Grundskola och förskoleklass 238 600 246 200 7 600 3,2"])
add("table_lookup", "Orsa socialnämnden prognos helår 2026?",
    "Prognosen är en nettokostnad på 233,7 mnkr, 6,3 mnkr över budget.", nums=[n(233.7, "mnkr")], docs=[OD],
    quotes=["Socialnämnden 227,4 156,1 233,7 (6,3)"])
add("table_lookup", "Vad var inkomstutjämningen för Vimmerby 2025 (utfall)?",
    "245,6 mnkr.", nums=[n(245.6, "mnkr")], docs=[VB],
    quotes=["Inkomstutjämning 245,6 257,1 268,9 277,4 286,0"])
add("table_lookup", "Hur mycket lägger Vimmerby på nya förskolan i Storebro 2028",
    "24,0 mnkr i plan 2028 (totalt 42,5 mnkr 2027–2028).", nums=[n(24.0, "mnkr")], docs=[VB],
    quotes=["Ny förskola Storebro 18,5 24,0 – – – 42,5"])
add("table_lookup", "sjukfrånvaron i socialnämnden i orsa jan-aug 2026?",
    "8,2 procent.", nums=[n(8.2, "%")], docs=[OD], quotes=["Socialnämnden 341 333 8,2"])
add("table_lookup", "hur många 80+ bodde det i Orsa i slutet av 2023",
    "571 personer var 80 år eller äldre den 31 december 2023.", nums=[n(571, "st")], docs=[OX],
    quotes=["2023 352 731 284 3441 1512 571 6891"])
add("table_lookup", "Vimmerby soliditet budget 2027?",
    "Soliditeten är 41,3 procent i budget 2027 (målet är 40,0 procent).", nums=[n(41.3, "%")], docs=[VB],
    quotes=["Soliditet, % 40,0 41,5 42,0 41,3 40,1 40,2"])

# ---------------- calculation ----------------
a, b = 537.8, 567.2
add("calculation", "hur mycket väntas socialnämndens nettokostnad i vimmerby öka mellan budget 2027 och plan 2029, i kronor och procent?",
    f"Från 537,8 till 567,2 mnkr, en ökning med {sv1(b - a)} mnkr eller cirka {sv1((b - a) / a * 100)} procent.",
    nums=[n(r1(b - a), "mnkr"), n(r1((b - a) / a * 100), "%")], docs=[VB],
    quotes=["Socialnämnden –496,8 –514,2 –537,8 –552,1 –567,2 4,6"])
a, b = 29.5, 157.3
add("calculation", "Hur stor andel av Vimmerbys investeringar 2027 går till affärsverksamheten VA och avfall?",
    f"29,5 av 157,3 mnkr, alltså cirka {sv1(a / b * 100)} procent.", nums=[n(r1(a / b * 100), "%")], docs=[VB],
    quotes=["Summa affärsverksamhet 29,5 50,5 55,5 32,5 12,0 180,0",
            "Summa investeringar 157,3 201,5 150,8 100,8 63,3 673,7"])
a, b = 156.1, 227.4
add("calculation", "orsa: hur stor del av sin budget hade socialnämnden gjort av med efter augusti?",
    f"156,1 av 227,4 mnkr, dvs cirka {sv1(a / b * 100)} procent av årsbudgeten.",
    nums=[n(r1(a / b * 100), "%")], docs=[OD], quotes=["Socialnämnden 227,4 156,1 233,7 (6,3)"])
a, b = 27450, 29910
add("calculation", "Med hur många procent ökade Orsas nettokostnad per invånare för äldreomsorg från 2023 till 2025?",
    f"Från 27 450 till 29 910 kr per invånare, en ökning med 2 460 kr eller cirka {sv1((b - a) / a * 100)} procent.",
    nums=[n(r1((b - a) / a * 100), "%"), n(b - a, "kr")], docs=[OX], quotes=["Äldreomsorg 27450 28640 29910"])
tot, inv = 1376.2, 15600
pc = round(tot * 1e6 / inv)
add("calculation", "Vad blir skatteintäkter och statsbidrag per invånare i Vimmerby 2027 om man räknar med det invånarantal budgeten bygger på?",
    "1 376,2 mnkr / 15 600 invånare ≈ " + f"{pc:,}".replace(",", " ") + " kr per invånare.",
    nums=[n(pc, "kr")], docs=[VB],
    quotes=["Summa skatteintäkter och statsbidrag 1 254,1 1 314,4 1 376,2 1 418,2 1 463,6",
            "Budgeten bygger på ett oförändrat invånarantal om 15 600 personer den 1 november 2026."])
a, b = 285000, 310000
add("calculation", "Hur mkt höjs Vimmerby IF:s föreningsbidrag 2027 i procent?",
    f"Från 285 000 till 310 000 kr, en höjning med 25 000 kr eller cirka {sv1((b - a) / a * 100)} procent.",
    nums=[n(r1((b - a) / a * 100), "%"), n(b - a, "kr")], docs=[VP], quotes=["Vimmerby IF 285 000 310 000"])
add("calculation", "Hur mycket mer än bokfört värde fick Vimmerby när man sålde Storebro 3:41?",
    "1 250 000 − 410 000 = " + f"{1250000 - 410000:,}".replace(",", " ") + " kronor mer än det bokförda värdet.",
    nums=[n(1250000 - 410000, "kr")], docs=[VP],
    quotes=["Kommunen har fått ett bud på 1 250 000 kronor på den tidigare skolbyggnaden i Storebro från Storebro Snickeri AB. Fastigheten har ett bokfört värde på 410 000 kronor."])
a, b = 726, 732
add("calculation", "hur har antalet tillsvidareanställda i Orsa förändrats på ett år (31 aug), i antal och procent?",
    f"Från 726 till 732, en ökning med 6 personer eller cirka {sv1((b - a) / a * 100)} procent.",
    nums=[n(6, "st"), n(r1((b - a) / a * 100), "%")], docs=[OD], quotes=["Summa 732 726 6,9"])
vals = [543.1, 556.0, 569.4]
add("calculation", "Vad är genomsnittlig nettokostnad per år för barn- och utbildningsnämnden i Vimmerby under 2027-2029?",
    f"(543,1 + 556,0 + 569,4) / 3 ≈ {sv1(sum(vals) / 3)} mnkr per år.", nums=[n(r1(sum(vals) / 3), "mnkr")],
    docs=[VB], quotes=["Barn- och utbildningsnämnden –512,4 –528,7 –543,1 –556,0 –569,4 2,7"])

# ---------------- multi_part ----------------
add("multi_part", "Vad blev periodens resultat i Orsa jan–aug 2026, och vad är prognosen för helåret?",
    "Periodens resultat blev 5,4 mnkr och prognosen för helåret 2026 är 8,4 mnkr (budget 14,1 mnkr).",
    nums=[n(5.4, "mnkr"), n(8.4, "mnkr")], docs=[OD], quotes=["Periodens resultat 5,4 5,6 14,1 8,4"])
add("multi_part", "vimmerby: vad blir skattesatsen 2027 och hur många invånare hade kommunen 31 dec 2025?",
    "Skattesatsen är oförändrad 22,46 kronor och kommunen hade 15 638 invånare den 31 december 2025.",
    nums=[n(22.46, "kr"), n(15638, "st")], docs=[VB],
    quotes=["Den 31 december 2025 hade Vimmerby kommun 15 638 invånare, vilket är 41 färre än ett år tidigare.",
            "att skattesatsen för 2027 ska vara oförändrad 22,46 kronor"])
add("multi_part", "Solgläntan – hur många platser finns idag, hur många blir det och när kan man flytta in?",
    "24 platser i dag, 36 efter ombyggnaden, beräknad inflyttning oktober 2029.",
    nums=[n(24, "st"), n(36, "st")], docs=[VH],
    quotes=["Platser i dag: 24", "Platser efter ombyggnad: 36", "Beräknad inflyttning: oktober 2029"])
add("multi_part", "Hur många tomter i Tallbacken sålde Vimmerby jan-okt 2026 och vad kostar tomtmarken där per kvm?",
    "6 tomter såldes i Tallbacken, och priset är 195 kr per kvadratmeter.",
    nums=[n(6, "st"), n(195, "kr")], docs=[VX], quotes=["Tallbacken Vimmerby 14 6 195"])

# ---------------- multi_doc ----------------
a, b = 240.5, 227.4
add("multi_doc", "Hur mycket större är Orsa socialnämnds ram för 2027 jämfört med budgeten för 2026?",
    f"Ramen 2027 är 240,5 mnkr mot 227,4 mnkr i budget 2026, dvs {sv1(a - b)} mnkr mer.",
    nums=[n(r1(a - b), "mnkr")], docs=[OM, OD],
    quotes=["Socialnämnden: 240,5 miljoner kronor", "Socialnämnden 227,4 156,1 233,7 (6,3)"])
a, b = 23.14, 22.46
add("multi_doc", "Vilken kommun har högst kommunalskatt 2027, Orsa eller Vimmerby? Och hur stor är skillnaden?",
    "Orsa har högst: 23,14 kr mot Vimmerbys 22,46 kr. Skillnaden är " + f"{round(a - b, 2):.2f}".replace(".", ",") + " kr per skattekrona.",
    nums=[n(round(a - b, 2), "kr")], docs=[OM, VB],
    quotes=["Kommunfullmäktige beslutade att den kommunala skattesatsen för 2027 ska vara oförändrad, 23,14 kronor per skattekrona.",
            "att skattesatsen för 2027 ska vara oförändrad 22,46 kronor"])
a, b = 64.0, 58.3
add("multi_doc", "Solgläntan anbudet var ju 58,3 mille, hur mycket av investeringsbudgeten blir kvar till annat?",
    f"Investeringsbudgeten för projektet är 64,0 mnkr; efter anbudet på 58,3 mnkr återstår {sv1(a - b)} mnkr till inredning, projektledning och reserv.",
    nums=[n(r1(a - b), "mnkr")], docs=[VH, VB],
    quotes=["Entreprenör är Kalmar Byggpartner AB, som vann upphandlingen med ett anbud på 58,3 miljoner kronor.",
            "Särskilt boende Södra Vi, om- och tillbyggnad 21,0 26,0 17,0 – – 64,0"])
add("multi_doc", "Hansjö förskola: vad är den totala investeringsramen och hur mycket budgeterades för projekteringen 2026?",
    "Investeringsramen är 38,5 mnkr; för projekteringen 2026 budgeterades 3,5 mnkr (prognos 2,0 mnkr).",
    nums=[n(38.5, "mnkr"), n(3.5, "mnkr")], docs=[OM, OD],
    quotes=["Kommunfullmäktige beviljade en investeringsram på 38,5 miljoner kronor för en ny förskola i Hansjö",
            "Förskola Hansjö, projektering 3,5 1,2 2,0"])
a, b = 15638, 6898
add("multi_doc", "hur många fler invånare har vimmerby än orsa (31 dec 2025)?",
    "Vimmerby hade 15 638 och Orsa 6 898 invånare, alltså " + f"{a - b:,}".replace(",", " ") + " fler i Vimmerby.",
    nums=[n(a - b, "st")], docs=[VB, OX],
    quotes=["Den 31 december 2025 hade Vimmerby kommun 15 638 invånare", "2025 347 720 282 3421 1524 604 6898"])

# ---------------- claim ----------------
add("claim", "Stämmer det att Vimmerby budgeterar ett resultat på 16,6 miljoner för 2027?",
    "Ja, årets resultat i budget 2027 är 16,6 mnkr.", nums=[n(16.6, "mnkr")], docs=[VB],
    quotes=["Årets resultat −6,8 4,5 16,6 22,5 30,0"], verdict="supported")
add("claim", "Socialnämnden i Orsa går back 8 miljoner enligt prognosen, eller hur?",
    "Nej, prognosen är ett underskott på 6,3 miljoner kronor.", nums=[n(6.3, "mnkr")], docs=[OD],
    quotes=["Socialnämnden prognostiserar ett underskott på 6,3 miljoner kronor"], verdict="contradicted")
add("claim", "En journalist skriver att Vimmerby sänker kommunalskatten till 22,21 kr nästa år.",
    "Nej, skattesatsen för 2027 är oförändrad 22,46 kronor.", nums=[n(22.46, "kr")], docs=[VB],
    quotes=["att skattesatsen för 2027 ska vara oförändrad 22,46 kronor"], verdict="contradicted")
add("claim", "Orsa ska bygga ny simhall för 60 miljoner?",
    "Det finns inget i dokumenten om en ny simhall i Orsa.", refused=True, verdict="not_found")
add("claim", "medborgarförslaget om utegym i Rumskulla fick avslag va?",
    "Ja, kommunstyrelsen avslog medborgarförslaget eftersom medel saknas i investeringsbudgeten.",
    docs=[VP], quotes=["Beslut: Medborgarförslaget avslås med hänvisning till att medel saknas i investeringsbudgeten."],
    verdict="supported")

# ---------------- unanswerable ----------------
add("unanswerable", "Vad har Vimmerby för plan för socialnämnden 2030?",
    "Driftbudgeten sträcker sig bara till plan 2029; någon siffra för 2030 finns inte.", refused=True)
add("unanswerable", "Hur mycket får miljö- och hälsoskyddsnämnden i Vimmerby i budget 2027?",
    "Vimmerby har ingen miljö- och hälsoskyddsnämnd i budgeten (miljö- och hälsoskydd ligger under samhällsbyggnadsnämnden), så det går inte att svara.",
    refused=True)
add("unanswerable", "Vad blev Orsas faktiska resultat för helåret 2026?",
    "Det finns bara utfall för januari–augusti och en prognos för helåret; det faktiska helårsresultatet framgår inte.",
    refused=True)
add("unanswerable", "hur stor budget har kultur- och fritidsnämnden i orsa 2026",
    "Orsa har ingen kultur- och fritidsnämnd i delårsrapporten, så uppgiften finns inte.", refused=True)
add("unanswerable", "Vad blev utfallet för helåret 2026 för gång- och cykelvägar i Vimmerby?",
    "Det finns bara utfall januari–oktober och en prognos för helåret, inget helårsutfall.", refused=True)

# ---------------- followup ----------------
add("followup", "och för elevhälsan då?", "Elevhälsan har 20 300 tkr i budget 2027.",
    nums=[n(20300, "tkr")], docs=[VB], quotes=["Elevhälsa 19 600 20 300 700 3,6"],
    hist=["Vad är barn- och utbildningsnämndens budget för förskola i Vimmerby 2027?"])
add("followup", "hur mycket över budget är det?",
    "Prognosen 225,4 mnkr är 2,3 mnkr över budgeten på 223,1 mnkr.", nums=[n(2.3, "mnkr")], docs=[OD],
    quotes=["Bildningsnämnden 223,1 146,8 225,4 (2,3)"],
    hist=["Hur stor är Orsas prognos för bildningsnämnden 2026?"])
add("followup", "vad sa hon om nya förskolan i hansjö?",
    "Maria Jonsson (C) sa att familjerna i Hansjö och Kallmora har väntat länge och att barnen nu får en modern och trygg förskola nära hemmet.",
    docs=[OH],
    quotes=["– Familjerna i Hansjö och Kallmora har väntat länge på det här. Nu får barnen en modern och trygg förskola nära hemmet, säger Maria Jonsson (C), ordförande i bildningsnämnden."],
    hist=["Vem är ordförande i bildningsnämnden i Orsa?"])
add("followup", "och totalt för hela projektet?",
    "Totalt 37,0 mnkr (15,0 mnkr 2027 och 22,0 mnkr 2028).", nums=[n(37.0, "mnkr")], docs=[VB],
    quotes=["Ny brandstation Södra Vi 15,0 22,0 – – – 37,0"],
    hist=["Vad är budgeten för nya brandstationen i Södra Vi 2027?"])

# ---------------- english ----------------
add("english", "What is Vimmerby's total budgeted investment for 2027?",
    "157.3 million SEK (mnkr) in total investments for 2027.", nums=[n(157.3, "mnkr")], docs=[VB],
    quotes=["Summa investeringar 157,3 201,5 150,8 100,8 63,3 673,7"], lang="en")
add("english", "How many people lived in Orsa kommun on 30 June 2026?",
    "6,912 inhabitants, 14 more than at the turn of the year.", nums=[n(6912, "st")], docs=[OD],
    quotes=["Den 30 juni 2026 hade Orsa kommun 6 912 invånare, vilket är 14 fler än vid årsskiftet."], lang="en")
add("english", "who chairs kommunfullmäktige in Orsa?",
    "Lennart Ström (S) chaired the municipal council meeting of 26 October 2026.", docs=[OM],
    quotes=["Ordförande: Lennart Ström (S)."], lang="en")
add("english", "How much money is Vimmerby setting aside for summer jobs for young people in 2027?",
    "850,000 SEK.", nums=[n(850000, "kr")], docs=[VB],
    quotes=["Till sommarjobb för ungdomar avsätts 850 000 kronor"], lang="en")

assert len(Q) == 55, len(Q)
with open(OUTF, "w", encoding="utf-8") as f:
    for q in Q:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")
print("wrote", len(Q), "questions to", OUTF)
