import json

C = "evals/corpora/blind-muni16"
NB = f"{C}/nassjo/mal-och-budget-2025-2027.pdf"
ND = f"{C}/nassjo/delarsrapport-jan-aug-2024.pdf"
NH = f"{C}/nassjo/budget-2025-antagen.html"
NP = f"{C}/nassjo/protokoll-ks-2024-10-29.docx"
NX = f"{C}/nassjo/nassjo-nyckeltal-2018-2023.xlsx"
OA = f"{C}/overkalix/arsredovisning-2023.pdf"
OH = f"{C}/overkalix/nyhet-budget-2025.html"
OP = f"{C}/overkalix/protokoll-kf-2024-04-22.docx"
OX = f"{C}/overkalix/overkalix-statistik-2014-2023.xlsx"
OM = f"{C}/overkalix/pressmeddelande-arsredovisning-2023.md"

Q = []


def add(cat, lang, question, answer, numbers=(), docs=(), quotes=(), history=(), refused=False, verdict=None):
    Q.append({
        "id": f"mb16-{len(Q) + 1:03d}",
        "category": cat,
        "language": lang,
        "question": question,
        "history": list(history),
        "corpus": C,
        "gold": {
            "answer": answer,
            "numbers": [{"value": v, "unit": u} for v, u in numbers],
            "docs": list(docs),
            "quotes": list(quotes),
            "refused": refused,
            "verdict": verdict,
        },
    })


# ------------------------------------------------------------------ lookup (5)
add("lookup", "sv", "vem är kommunstyrelsens ordförande i Nässjö",
    "Annika Rydell (M) är kommunstyrelsens ordförande i Nässjö kommun; hon har skrivit förordet i budgeten.",
    docs=[NB], quotes=["Annika Rydell (M) Kommunstyrelsens ordförande"])
add("lookup", "sv", "När godkände kommunfullmäktige i Överkalix årsredovisningen för 2023?",
    "Kommunfullmäktige godkände årsredovisningen 2023 den 22 april 2024 (§ 19).",
    docs=[OA], quotes=["Godkänd av kommunfullmäktige 2024-04-22, § 19"])
add("lookup", "sv", "vilka justerade kf-protokollet i overkalix från 22 april",
    "Kerstin Hedqvist (V) och Stefan Lantto (S) justerade protokollet tillsammans med ordföranden.",
    docs=[OP], quotes=["Justerare: Kerstin Hedqvist (V) och Stefan Lantto (S)"])
add("lookup", "sv", "Vilket boende ska det nya särskilda boendet i kv. Linden ersätta i Nässjö?",
    "Det nya boendet i kvarteret Linden ersätter Åkerhagens boende, som inte uppfyller dagens krav på arbetsmiljö.",
    docs=[NB], quotes=["ersätter Åkerhagens boende, som inte uppfyller dagens krav på arbetsmiljö"])
add("lookup", "sv", "med vilken kommun har överkalix avtal om gymnasieplatser?",
    "Med Kalix kommun. Avtalet tecknades i juni 2023 och gäller gymnasieplatser för perioden 2024–2027.",
    docs=[OA], quotes=["Kommunen tecknade i juni ett nytt avtal med Kalix kommun om gymnasieplatser för perioden 2024–2027."])

# ------------------------------------------------------------------ text_amount (5)
add("text_amount", "sv", "Hur mycket beräknas Nässjö kommuns totala pensionskostnad bli 2025?",
    "Den totala pensionskostnaden inklusive löneskatt beräknas till 168,4 mnkr 2025, en ökning med 14,9 mnkr mot budget 2024.",
    numbers=[(168.4, "mnkr")], docs=[NB],
    quotes=["Kommunens totala pensionskostnad inklusive löneskatt beräknas till 168,4 mnkr 2025"])
add("text_amount", "sv", "hur mkt får ks i nassjo nyupplåna 2025",
    "Kommunstyrelsen får rätt att under 2025 nyupplåna högst 95,0 mnkr.",
    numbers=[(95.0, "mnkr")], docs=[NB],
    quotes=["Kommunfullmäktige föreslås ge kommunstyrelsen rätt att under 2025 nyupplåna högst 95,0 mnkr."])
add("text_amount", "sv", "Hur stor är pensionsförpliktelsen inom linjen enligt Överkalix årsredovisning 2023?",
    "Pensionsförpliktelsen inom linjen uppgick till 81 415 tkr inklusive löneskatt.",
    numbers=[(81415, "tkr")], docs=[OA],
    quotes=["Pensionsförpliktelsen inom linjen uppgick till 81 415 tkr inklusive löneskatt."])
add("text_amount", "sv", "vad beräknas utegymmet i svartbyn kosta",
    "Tekniska avdelningen har beräknat kostnaden för utegymmet i Svartbyn till 180 tkr.",
    numbers=[(180, "tkr")], docs=[OP],
    quotes=["Tekniska avdelningen har beräknat kostnaden till 180 tkr."])
add("text_amount", "sv", "Hur mycket avsätter Överkalix i budget 2025 för byggstarten av nya förskolan?",
    "6 500 tkr av investeringsbudgeten på 19 800 tkr för 2025 avser byggstarten av den nya förskolan.",
    numbers=[(6500, "tkr")], docs=[OH],
    quotes=["Av det avser 6 500 tkr byggstarten av den nya förskolan och 4 200 tkr ledningsförnyelse inom vatten och avlopp."])

# ------------------------------------------------------------------ table_lookup (9)
add("table_lookup", "sv", "Vad är budgeten för köpt verksamhet 2025 under Individ- och familjeomsorg i Nässjö?",
    "Köpt verksamhet inom individ- och familjeomsorgen budgeteras till 58 746 tkr 2025 (55 403 tkr 2024).",
    numbers=[(58746, "tkr")], docs=[NB], quotes=["Köpt verksamhet 55 403 58 746 3 343"])
add("table_lookup", "sv", "personalkostnader äldreomsorgen nässjö budget 2024?",
    "Personalkostnaderna inom äldreomsorgen var budgeterade till 398 512 tkr 2024.",
    numbers=[(398512, "tkr")], docs=[NB], quotes=["Personalkostnader 398 512 412 876 14 364"])
add("table_lookup", "sv", "Vad ligger avskrivningarna på för plan 2026 i Nässjös resultatbudget?",
    "Avskrivningarna är – 118,5 mnkr i plan 2026.",
    numbers=[(-118.5, "mnkr")], docs=[NB], quotes=["Avskrivningar 3 – 98,6 – 104,2 – 111,8 – 118,5 – 124,9"])
add("table_lookup", "sv", "Överkalix: vad blev utfallet 2023 för individ- och familjeomsorg i driftredovisningen?",
    "Utfallet 2023 för individ- och familjeomsorg var 16 934 tkr mot en budget på 14 200 tkr, ett underskott på 2 734 tkr.",
    numbers=[(16934, "tkr")], docs=[OA], quotes=["Individ- och familjeomsorg 14 200 16 934 (2 734) 13 781"])
add("table_lookup", "sv", "hur mycket ska nässjö lägga på konstgräsplanen på runnevål 2025",
    "Konstgräsplanen Runnevål har 11,5 mnkr i investeringsbudgeten 2025, vilket också är hela projektets utgift.",
    numbers=[(11.5, "mnkr")], docs=[NB],
    quotes=["Konstgräsplan Runnevål KFN 11,5 11,5 0,0 0,0 0,0 0,0 11,5 Ersätter grusplan"])
add("table_lookup", "sv", "Vad var kassaflödet från den löpande verksamheten i Överkalix 2022?",
    "Kassaflödet från den löpande verksamheten var 23 268 tkr 2022 (23 207 tkr 2023).",
    numbers=[(23268, "tkr")], docs=[OA], quotes=["Kassaflöde från den löpande verksamheten 23 207 23 268"])
add("table_lookup", "sv", "vad prognostiserar tekniska nämnden i Nässjö för helåret 2024 i delårsrapporten",
    "Tekniska nämnden prognostiserar en nettokostnad på 65,9 mnkr för 2024 mot budget 62,3 mnkr, en avvikelse på – 3,6 mnkr.",
    numbers=[(65.9, "mnkr")], docs=[ND], quotes=["Tekniska nämnden 45,8 62,3 65,9 – 3,6"])
add("table_lookup", "sv", "hur många flyttade in till överkalix 2020",
    "138 personer flyttade in till Överkalix kommun 2020.",
    numbers=[(138, "st")], docs=[OX], quotes=["2020 | 3289 | 23 | 56 | 138 | 128 | -23"])
add("table_lookup", "sv", "Vad var Nässjö kommuns nettoinvesteringar 2022?",
    "Nettoinvesteringarna var 187,3 mnkr 2022 (utfall).",
    numbers=[(187.3, "mnkr")], docs=[NH], quotes=["Nettoinvesteringar, mnkr 187,3 203,6 110,0 151,7"])

# ------------------------------------------------------------------ calculation (9)
add("calculation", "sv", "Med hur många procent ökar socialnämndens ram i Nässjö från 2024 till 2025?",
    "Ramen ökar från 892,8 till 929,4 mnkr, dvs. med 36,6 mnkr eller 4,1 procent (avrundat till en decimal).",
    numbers=[(4.1, "%")], docs=[NB], quotes=["Summa Socialnämnden 892,8 929,4 36,6"])
add("calculation", "sv", "hur stor andel av nämndernas nettokostnad 2023 gick till äldreomsorgen i överkalix",
    "Äldreomsorgen 97 206 tkr av nämndernas totala utfall 318 845 tkr, vilket är 30,5 procent (avrundat).",
    numbers=[(30.5, "%")], docs=[OA],
    quotes=["Äldreomsorg 98 500 97 206 1 294 94 318", "Summa nämnder 318 300 318 845 (545) 304 428"])
add("calculation", "sv", "summera nässjös budget 2025 för förskola och grundskola/fritidshem",
    "Förskola 236,8 mnkr + grundskola och fritidshem 463,0 mnkr = 699,8 mnkr.",
    numbers=[(699.8, "mnkr")], docs=[NB],
    quotes=["Förskola 231,5 236,8 5,3", "Grundskola och fritidshem 452,3 463,0 10,7"])
add("calculation", "sv", "Hur mycket har folkmängden i Överkalix minskat mellan 2018 och 2023?",
    "Folkmängden minskade från 3 341 (2018) till 3 187 (2023), alltså med 154 personer.",
    numbers=[(154, "st")], docs=[OX],
    quotes=["2018 | 3341 | 22 | 47 | 117 | 122 | -30", "2023 | 3187 | 17 | 53 | 112 | 117 | -41"])
add("calculation", "sv", "vad blir nässjös investeringar sammanlagt för planåren 2026 och 2027",
    "Planerade investeringar är 238,9 mnkr 2026 och 187,7 mnkr 2027, totalt 426,6 mnkr.",
    numbers=[(426.6, "mnkr")], docs=[NB], quotes=["Totalt investeringar 151,7 238,9 187,7 114,7 64,7 757,7"])
add("calculation", "sv", "Hur stor andel av helårsprognosen för investeringar i Nässjö hade upparbetats till och med augusti 2024?",
    "Utfall jan–aug 54,7 mnkr av prognosen 95,5 mnkr, dvs. 57,3 procent (avrundat).",
    numbers=[(57.3, "%")], docs=[ND], quotes=["Summa investeringar 110,0 54,7 95,5 14,5"])
add("calculation", "sv", "hur många procent ökade nettokostnaden per invånare för äldreomsorg i Nässjö 2021–2023?",
    "Från 14 820 kr till 15 412 kr per invånare, en ökning med 592 kr eller 4,0 procent (avrundat).",
    numbers=[(4.0, "%")], docs=[NX], quotes=["Äldreomsorg | 14820 | 15064 | 15412"])
add("calculation", "sv", "Hur många procentenheter har soliditeten i Överkalix ökat från 2019 till 2023?",
    "Soliditeten ökade från 41,2 procent till 45,1 procent, alltså med 3,9 procentenheter.",
    numbers=[(3.9, "%")], docs=[OA], quotes=["Soliditet, % 41,2 42,7 44,0 44,2 45,1"])
add("calculation", "sv", "Överkalix verksamhetens intäkter – procentuell förändring 2022 till 2023?",
    "Intäkterna ökade från 68 912 tkr till 71 406 tkr, dvs. med 2 494 tkr eller 3,6 procent (avrundat).",
    numbers=[(3.6, "%")], docs=[OA], quotes=["Verksamhetens intäkter 1 71 406 63 200 68 912"])

# ------------------------------------------------------------------ multi_part (4)
add("multi_part", "sv", "Nässjös delårsrapport: vad blev periodens resultat jan–aug 2024 och vad är prognosen för helåret?",
    "Periodens resultat jan–aug 2024 är 105,3 mnkr och helårsprognosen är 24,9 mnkr (12,7 mnkr bättre än budget).",
    numbers=[(105.3, "mnkr"), (24.9, "mnkr")], docs=[ND],
    quotes=["Periodens resultat för januari–augusti 2024 uppgår till 105,3 mnkr",
            "Prognosen för helåret 2024 är ett resultat på 24,9 mnkr"])
add("multi_part", "sv", "kf i överkalix 22 april – hur mycket investeringsmedel ombudgeterades till 2024, och vilket projekt fick inget ombudgeterat?",
    "1 440 tkr ombudgeterades från 2023 till 2024. Gator och belysning fick inget ombudgeterat (124 tkr ej förbrukat, 0 tkr ombudgeteras).",
    numbers=[(1440, "tkr")], docs=[OP],
    quotes=["Summa | 1 564 | 1 440", "Gator och belysning | 124 | 0"])
add("multi_part", "sv", "nya boendet i kv linden i nässjö: hur många lägenheter, vad kostar det totalt och när är inflyttningen?",
    "60 lägenheter (sex enheter), total utgift 165,0 mnkr och inflyttning planeras till våren 2028.",
    numbers=[(60, "st"), (165.0, "mnkr")], docs=[NB],
    quotes=["Boendet ska ha 60 lägenheter fördelade på sex enheter",
            "Den totala utgiften beräknas till 165,0 mnkr och inflyttning planeras till våren 2028."])
add("multi_part", "sv", "Överkalix årsredovisning 2023: hur många tillsvidareanställda fanns det vid årets slut, och vad var sjukfrånvaron 2023 respektive 2022?",
    "374 tillsvidareanställda den 31 december 2023. Sjukfrånvaron var 6,8 procent 2023 och 7,4 procent 2022.",
    numbers=[(374, "st"), (6.8, "%"), (7.4, "%")], docs=[OA],
    quotes=["Antalet tillsvidareanställda var 374 den 31 december 2023.",
            "Sjukfrånvaron minskade till 6,8 procent av den ordinarie arbetstiden, jämfört med 7,4 procent 2022."])

# ------------------------------------------------------------------ multi_doc (5)
add("multi_doc", "sv", "Vilken kommun hade högst kommunal skattesats 2023, Nässjö eller Överkalix, och hur stor är skillnaden?",
    "Överkalix: 23,45 kr mot Nässjös 22,08 kr, en skillnad på 1,37 kr.",
    numbers=[(23.45, "kr"), (22.08, "kr"), (1.37, "kr")], docs=[NX, OX],
    quotes=["2023 | 31842 | -65 | 22.08 | 11.76 | 33.84", "2023 | 23.45 | 34.99 | 327681 | 102818"])
add("multi_doc", "sv", "jämför socialnämndens budget 2025 i nässjö och överkalix",
    "Nässjös socialnämnd har 929,4 mnkr i budget 2025. Överkalix socialnämnd har en nettoram på 151 200 tkr (151,2 mnkr).",
    numbers=[(929.4, "mnkr"), (151200, "tkr")], docs=[NB, OH],
    quotes=["Summa Socialnämnden 892,8 929,4 36,6", "Socialnämnden 145 600 151 200 5 600"])
add("multi_doc", "sv", "Socialnämnden i Nässjö gick mot underskott 2024 – hur stort var det prognostiserade underskottet, och hur mycket ökar nämndens ram till 2025?",
    "Delårsrapporten prognostiserar en avvikelse på – 21,3 mnkr för 2024. I budget 2025 ökar ramen med 36,6 mnkr till 929,4 mnkr.",
    numbers=[(-21.3, "mnkr"), (36.6, "mnkr"), (929.4, "mnkr")], docs=[ND, NB],
    quotes=["Socialnämnden 606,5 892,8 914,1 – 21,3", "Socialnämnden tilldelas 929,4 mnkr, en ökning med 36,6 mnkr."])
add("multi_doc", "sv", "hur stort tilläggsanslag fick tekniska nämnden i nässjö för vinterväghållningen och vilken avvikelse hade de i delårsprognosen?",
    "KS beviljade 2,4 mnkr (av begärda 3,0 mnkr) ur reserven för oförutsedda behov. I delårsrapporten prognostiserade tekniska nämnden en avvikelse på – 3,6 mnkr.",
    numbers=[(2.4, "mnkr"), (-3.6, "mnkr")], docs=[NP, ND],
    quotes=["Kommunstyrelsen beslutar att bevilja tekniska nämnden ett tilläggsanslag om 2,4 mnkr för 2024",
            "Tekniska nämnden 45,8 62,3 65,9 – 3,6"])
add("multi_doc", "sv", "Budgeterat resultat 2025 i Överkalix jämfört med utfallet 2023 – hur stor är skillnaden?",
    "Budget 2025 har ett resultat på 3 100 tkr, medan utfallet 2023 blev 8 214 tkr. Budgeten 2025 ligger alltså 5 114 tkr lägre.",
    numbers=[(3100, "tkr"), (8214, "tkr"), (5114, "tkr")], docs=[OH, OA],
    quotes=["Budgeten har ett resultat på 3 100 tkr", "Årets resultat 8 214 2 700 7 688"])

# ------------------------------------------------------------------ claim (5)
add("claim", "sv", "Stämmer det att Nässjö behåller skattesatsen 22,08 kr för 2025?",
    "Ja, det stämmer. Skattesatsen lämnas oförändrad på 22,08 kronor per skattekrona.",
    numbers=[(22.08, "kr")], docs=[NB],
    quotes=["Skattesatsen lämnas oförändrad på 22,08 kronor per skattekrona."], verdict="supported")
add("claim", "sv", "överkalix gick väl back 2023?",
    "Nej. Överkalix redovisade ett överskott: årets resultat 2023 blev 8 214 tkr, 2,4 procent av skatteintäkter och generella statsbidrag.",
    numbers=[(8214, "tkr")], docs=[OA],
    quotes=["Årets resultat uppgår till 8 214 tkr, vilket motsvarar 2,4 procent av skatteintäkter och generella statsbidrag."],
    verdict="contradicted")
add("claim", "sv", "S i Nässjös kommunstyrelse ville höja skatten till 22,58 kr, eller hur?",
    "Nej. Socialdemokraternas budgetförslag hade en skattesats på 22,33 kronor, inte 22,58.",
    numbers=[(22.33, "kr")], docs=[NP],
    quotes=["Leila Mansour (S) yrkar bifall till Socialdemokraternas budgetförslag med en skattesats på 22,33 kronor."],
    verdict="contradicted")
add("claim", "sv", "Nässjö kommun ska enligt budgeten sälja en del av sina hyresbostäder?",
    "Dokumenten säger ingenting om att Nässjö ska sälja hyresbostäder.",
    verdict="not_found")
add("claim", "sv", "Revisorerna i Överkalix riktade kritik mot socialnämnden men tillstyrkte ändå ansvarsfrihet för 2023.",
    "Det stämmer. Revisorerna tillstyrkte ansvarsfrihet men riktade kritik mot socialnämnden för bristande budgetföljsamhet inom individ- och familjeomsorgen; fullmäktige beviljade ansvarsfrihet.",
    docs=[OP],
    quotes=["Revisorerna riktar samtidigt en anmärkning i form av kritik mot socialnämnden för bristande budgetföljsamhet inom individ- och familjeomsorgen."],
    verdict="supported")

# ------------------------------------------------------------------ unanswerable (5)
add("unanswerable", "sv", "Vad blev Nässjös årets resultat i bokslutet för 2021?",
    "Det framgår inte av dokumenten; de redovisar resultat för 2022 och framåt, inte 2021.", refused=True)
add("unanswerable", "sv", "hur mycket får kultur- och fritidsnämnden i överkalix 2025",
    "Det framgår inte. Överkalix ramar för 2025 omfattar ingen kultur- och fritidsnämnd.", refused=True)
add("unanswerable", "sv", "Vad blev sjukfrånvaron i Nässjö för helåret 2024?",
    "Det framgår inte; dokumenten anger bara sjukfrånvaron för januari–juli 2024 och för 2023.", refused=True)
add("unanswerable", "sv", "Vad beräknas den nya förskolan i Överkalix kosta totalt?",
    "Det framgår inte. Dokumenten anger bara beloppen för projektering och för byggstarten 2025, ingen total projektkostnad.", refused=True)
add("unanswerable", "sv", "overkalix delårsresultat jan-aug 2024?",
    "Det finns ingen delårsrapport för Överkalix i underlaget, så resultatet för januari–augusti 2024 framgår inte.",
    refused=True)

# ------------------------------------------------------------------ followup (4)
add("followup", "sv", "och budget 2025?",
    "Budgeterat årets resultat 2025 är 31,1 mnkr (bokslut 2023: 11,4 mnkr).",
    numbers=[(31.1, "mnkr")], docs=[NB], quotes=["Årets resultat 11,4 12,2 31,1 43,1 53,5"],
    history=["vad var nässjös årets resultat i bokslutet 2023?"])
add("followup", "sv", "vem sa det?",
    "Det var ekonomichef Maria Öberg i Överkalix kommun som sa det i pressmeddelandet om årsredovisningen 2023.",
    docs=[OM],
    quotes=["och där behöver vi hitta nya arbetssätt, säger ekonomichef Maria Öberg."],
    history=["Vad säger Överkalix pressmeddelande om resultatet 2023 och kostnaderna inom individ- och familjeomsorgen?"])
add("followup", "sv", "och ett halvår senare?",
    "Den 30 juni 2024 hade Nässjö 31 796 invånare, 46 färre än vid årsskiftet.",
    numbers=[(31796, "st")], docs=[ND],
    quotes=["Den 30 juni 2024 hade kommunen 31 796 invånare, en minskning med 46 personer sedan årsskiftet."],
    history=["Hur många invånare hade Nässjö den 31 december 2023?"])
add("followup", "sv", "och året innan då?",
    "Nettoinvesteringarna i Överkalix var 19 290 tkr 2022 (23 485 tkr 2023).",
    numbers=[(19290, "tkr")], docs=[OA], quotes=["Nettoinvesteringar, tkr 17 903 14 226 21 015 19 290 23 485"],
    history=["hur stora var nettoinvesteringarna i överkalix 2023"])

# ------------------------------------------------------------------ english (4)
add("english", "en", "What is the total investment budget for 2025 in Nässjö municipality?",
    "SEK 151.7 million (151,7 mnkr), of which 43.0 mnkr is fee-financed (VA and waste).",
    numbers=[(151.7, "mnkr")], docs=[NB], quotes=["Totalt investeringar 151,7 238,9 187,7 114,7 64,7 757,7"])
add("english", "en", "how many people lived in overkalix at the end of 2023",
    "3,187 inhabitants on 31 December 2023, 41 fewer than a year earlier.",
    numbers=[(3187, "st")], docs=[OA],
    quotes=["Den 31 december 2023 hade Överkalix kommun 3 187 invånare, vilket är 41 färre än ett år tidigare."])
add("english", "en", "In Nässjö's interim report Jan–Aug 2024, what is the forecast deviation for Barn- och utbildningsnämnden?",
    "A deficit of 5.7 mnkr: forecast 893.1 mnkr against a budget of 887.4 mnkr (deviation – 5,7).",
    numbers=[(-5.7, "mnkr")], docs=[ND], quotes=["Barn- och utbildningsnämnden 571,2 887,4 893,1 – 5,7"])
add("english", "en", "How did the vote go in Nässjö's kommunstyrelse on the 2025 budget?",
    "The budget committee's proposal won 8 votes to 4 (the Social Democrats' alternative); one member (V) abstained.",
    numbers=[(8, "st"), (4, "st"), (1, "st")], docs=[NP],
    quotes=["Med 8 ja-röster mot 4 nej-röster beslutar kommunstyrelsen enligt budgetberedningens förslag.",
            "En ledamot avstår."])

with open("/work/main/evals/sets/blind/muni_blind16.jsonl", "w", encoding="utf-8") as fh:
    for q in Q:
        fh.write(json.dumps(q, ensure_ascii=False) + "\n")
print(len(Q))
