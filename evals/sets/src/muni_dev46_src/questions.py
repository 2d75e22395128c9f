"""Writes ../../dev/muni_dev46.jsonl (deterministic)."""
import json
import os

C = "evals/corpora/dev-muni46"
F, A = C + "/fagersta/", C + "/arboga/"
FB, FAR, FH, FD, FX, FP = (F + "mal-och-budget-2025-2027.pdf", F + "arsredovisning-2023.pdf", F + "sa-anvands-din-skatt.html",
                           F + "protokoll-kf-2024-11-25.docx", F + "verksamhetsstatistik-2019-2023.xlsx", F + "pressmeddelande-ny-forskola-vastanfors.md")
AB, AD, AH, AW, AX, AP = (A + "budget-och-plan-2025-2027.pdf", A + "delarsrapport-jan-aug-2024.pdf", A + "finansiell-information-skattesats-2025.html",
                          A + "protokollsutdrag-ks-2024-10-29.docx", A + "budget-per-verksamhet-2025.xlsx", A + "pressmeddelande-lss-boende-vasterhojden.txt")
FB_RH = "Belopp i mnkr Not Bokslut Prognos Budget Plan Plan"
AB_DH = "tkr 2023 2024 2025 2026 2027 % 24–25"
FB_IH = "Projekt, mnkr Budget 2025 Plan 2026 Plan 2027Totalt 2025–2027"
FB_DH = "Tkr Budget Budget Förändring Förändring kr per invånare"
AB_KH = "Tkr Budget 2025 Plan 2026 Plan 2027"
AD_H = "Mnkr Budget Utfall Prognos Avvikelse"
FX_H = "År | Folkmängd | Barn i förskola | Elever i grundskola | Brukare med hemtjänst | Platser i särskilt boende | Nettokostnad kr/inv"
AX_H = "Verksamhet | Intäkter | Kostnader | Nettokostnad"


def n(v, u):
    return {"value": v, "unit": u}


Q = []


def q(cat, question, answer, numbers, docs, quotes, lang="sv", history=None, refused=False, verdict=None):
    Q.append((cat, lang, question, history or [], answer, numbers, docs, quotes, refused, verdict))


# ---- table_lookup
q("table_lookup", "vad är budgeterade skatteintäkter för fagersta 2025?", "Skatteintäkterna budgeteras till 699,5 mnkr 2025.",
  [n(699.5, "mnkr")], [FB], ["Skatteintäkter 3 652,8 676,4 699,5 722,6 746,1", FB_RH])
q("table_lookup", "hur mkt får socialnämnden i arboga 2025", "Socialnämnden i Arboga har en budget (nettokostnad) på 391 200 tkr för 2025.",
  [n(391200, "tkr")], [AB], ["Socialnämnden 362 900 375 800 391 200 403 900 417 000 4,1", AB_DH])
q("table_lookup", "Hur stora nya lån planerar Arboga kommun att ta upp 2026 enligt kassaflödesbudgeten?",
  "Nyupptagna lån 2026 är 30 000 tkr (30 mnkr).", [n(30000, "tkr")], [AB], ["Nyupptagna lån 60 000 30 000 0", AB_KH])
q("table_lookup", "vad kostar upprustningen av simhallen i fagersta år 2026", "Upprustning av Fagersta simhall är planerad till 11,0 mnkr 2026.",
  [n(11.0, "mnkr")], [FB], ["Upprustning Fagersta simhall 8,5 11,0 0,0 19,5", FB_IH])
q("table_lookup", "hur många kronor av varje hundralapp i skatt går till äldreomsorgen i fagersta?",
  "20,15 kronor av varje 100 kronor går till äldreomsorg.", [n(20.15, "kr")], [FH], ["Äldreomsorg | 20,15 kr", "Verksamhet | Kronor av 100"])
q("table_lookup", "vad blir den fasta avgiften för vatten och avlopp för en villa i arboga 2025?",
  "Den fasta avgiften för en villa blir 6 250 kr per år 2025 (från 5 840 kr).", [n(6250, "kr")], [AW],
  ["Fast avgift per år, villa | 5 840 | 6 250 | 7,0", "Avgift (kr, inkl. moms) | 2024 | 2025 | Förändring %"])
q("table_lookup", "hur många elever gick i grundskolan i fagersta 2021", "1 526 elever gick i grundskolan 2021.",
  [n(1526, "st")], [FX], ["2021 | 13541 | 641 | 1526 | 411 | 170 | 63350", FX_H])
q("table_lookup", "sjukfrånvaron bland arboga kommuns anställda 2022?", "Sjukfrånvaron var 8,1 procent 2022.",
  [n(8.1, "%")], [AX], ["2022 | 1171 | 8,1 | 45", "År | Tillsvidareanställda | Sjukfrånvaro % | Medelålder år"])
q("table_lookup", "Vad är helårsprognosen för barn- och utbildningsnämnden i Arboga i delårsrapporten 2024?",
  "Prognosen för helåret är 411,9 mnkr, ett underskott på 1,4 mnkr mot budgeten 410,5 mnkr.", [n(411.9, "mnkr")], [AD],
  ["Barn- och utbildningsnämnden 410,5 268,1 411,9 -1,4", AD_H])

# ---- calculation
q("calculation", "hur mycket ökar skatteintäkterna i fagersta från bokslut 2023 till budget 2025 i procent?",
  "De ökar från 652,8 till 699,5 mnkr, alltså 46,7 mnkr eller cirka 7,2 procent.", [n(7.2, "%")], [FB],
  ["Skatteintäkter 3 652,8 676,4 699,5 722,6 746,1", FB_RH])
q("calculation", "Hur stor andel av nämndernas totala budget 2025 går till socialnämnden i Arboga?",
  "391 200 av 999 750 tkr, cirka 39,1 procent.", [n(39.1, "%")], [AB],
  ["Socialnämnden 362 900 375 800 391 200 403 900 417 000 4,1", "Summa nämnder 934 250 964 350 999 750 1 028 550 1 056 850 3,7"])
q("calculation", "vad får bun och vård- och omsorgsnämnden i fagersta tillsammans 2025?",
  "392 400 + 261 300 = 653 700 tkr.", [n(653700, "tkr")], [FB],
  ["Barn- och utbildningsnämnden 380 900 392 400 11 500 3,0 29 175", "Vård- och omsorgsnämnden 252 700 261 300 8 600 3,4 19 428", FB_DH])
q("calculation", "hur mycket investerar arboga totalt under hela planperioden 2025-2027?",
  "122 400 + 93 700 + 50 800 = 266 900 tkr (cirka 266,9 mnkr).", [n(266900, "tkr")], [AB],
  ["Totalt investeringsbudget 122 400 93 700 50 800"])
q("calculation", "Vad är Fagerstas genomsnittliga budgeterade årsresultat för åren 2025–2027?",
  "(17,0 + 16,9 + 18,1) / 3 = cirka 17,3 mnkr per år.", [n(17.33, "mnkr")], [FB],
  ["Årets resultat 18,3 10,5 17,0 16,9 18,1", FB_RH])
q("calculation", "hur mycket dyrare blir vattnet per kubikmeter i arboga 2025 jämfört med 2024",
  "Från 31,20 till 33,40 kr per kubikmeter, alltså 2,20 kr dyrare.", [n(2.2, "kr")], [AW],
  ["Avgift per kubikmeter vatten | 31,20 | 33,40 | 7,1"])
q("calculation", "hur mycket har antalet barn i förskolan minskat i fagersta mellan 2019 och 2023?",
  "Från 648 till 617 barn, en minskning med 31 barn.", [n(31, "st")], [FX],
  ["2019 | 13612 | 648 | 1498 | 402 | 172 | 60240", "2023 | 13468 | 617 | 1507 | 426 | 168 | 66260", FX_H])
q("calculation", "Hur stor del av socialnämndens budget i Arboga hade förbrukats efter augusti 2024?",
  "257,3 av 375,8 mnkr, cirka 68,5 procent.", [n(68.5, "%")], [AD],
  ["Socialnämnden 375,8 257,3 383,6 -7,8", AD_H])
q("calculation", "hur många kr av hundralappen går till skola och förskola totalt i fagersta (förskola, grundskola och gymnasiet)?",
  "12,40 + 21,85 + 8,70 = 42,95 kronor av 100.", [n(42.95, "kr")], [FH],
  ["Förskola och fritidshem | 12,40 kr", "Grundskola och förskoleklass | 21,85 kr", "Gymnasieskola och vuxenutbildning | 8,70 kr"])

# ---- lookup
q("lookup", "vem är kommunstyrelsens ordförande i fagersta", "Helena Wikström (S).", [], [FAR],
  ["Helena Wikström (S), kommunstyrelsens ordförande"])
q("lookup", "vilket företag bygger lss-boendet på västerhöjden i arboga?", "Mälarbygg AB, som vann upphandlingen.", [], [AP],
  ["Byggnaden uppförs av Mälarbygg AB, som vann upphandlingen med ett anbud på 38,2 miljoner kronor."])
q("lookup", "när ska nya förskolan i västanfors vara klar?", "I augusti 2026.", [], [FP],
  ["Förskolan får plats för 108 barn och ska vara klar i augusti 2026."])
q("lookup", "Vem i arbogas kommunstyrelse ville höja skatten med 40 öre?", "Lena Frisk (S) yrkade på en höjning med 40 öre.", [], [AW],
  ["Lena Frisk (S) yrkar att skattesatsen höjs med 40 öre och att socialnämnden tillförs ytterligare 5,0 miljoner kronor."])
q("lookup", "vilka partier reserverade sig mot budgetbeslutet i fagersta kf i november 2024?",
  "Sverigedemokraterna, Moderaterna och Kristdemokraterna samt Fagerstapartiet.", [], [FD],
  ["Ledamöterna för Sverigedemokraterna, Moderaterna och Kristdemokraterna reserverar sig mot beslutet till förmån för Sverigedemokraternas förslag.",
   "Fagerstapartiet reserverar sig mot beslutet."])

# ---- text_amount
q("text_amount", "hur mycket pengar läggs på feriearbete i fagersta nästa år", "700 000 kronor avsätts till fler platser i feriearbete.",
  [n(700000, "kr")], [FB], ["700 000 kronor avsätts till fler platser i feriearbete för ungdomar"])
q("text_amount", "Vad beräknas de ökade energipriserna kosta Fagersta kommun?", "4,7 miljoner kronor.", [n(4.7, "mnkr")], [FB],
  ["Kostnaderna för ökade energipriser har beräknats till 4,7 miljoner kronor"])
q("text_amount", "hur mkt mer skatteintäkter ger skattehöjningen i arboga?", "Cirka 8,4 miljoner kronor.", [n(8.4, "mnkr")], [AB],
  ["Höjningen ger cirka 8,4 miljoner kronor i ökade skatteintäkter."])
q("text_amount", "vad blev periodens resultat i arbogas delårsrapport jan-aug 2024?", "31,4 miljoner kronor.", [n(31.4, "mnkr")], [AD],
  ["Periodens resultat uppgick till 31,4 miljoner kronor"])
q("text_amount", "vad kostar det arboga idag att köpa lss-platser i andra kommuner?", "Cirka 9,5 miljoner kronor per år (fyra platser).",
  [n(9.5, "mnkr")], [AP], ["I dag köper kommunen fyra platser i andra kommuner till en kostnad av cirka 9,5 miljoner kronor per år."])

# ---- multi_doc
q("multi_doc", "Vilken av kommunerna Fagersta och Arboga har högst kommunalskatt 2025?",
  "Fagersta: 22,64 kr mot Arbogas 22,29 kr.", [n(22.64, "kr"), n(22.29, "kr")], [FB, AH],
  ["Skattesatsen lämnas oförändrad på 22,64 kronor per hundra kronor beskattningsbar inkomst.", "2025 | 22,29 | 11,48 | 33,77"])
q("multi_doc", "vilken kommun budgeterar störst resultat 2025, fagersta eller arboga?",
  "Fagersta: 17,0 mnkr, jämfört med Arbogas 13 500 tkr (13,5 mnkr).", [n(17.0, "mnkr"), n(13500, "tkr")], [FB, AB],
  ["Årets resultat 18,3 10,5 17,0 16,9 18,1", "Årets resultat 12 300 8 400 13 500 12 300 12 600"])
q("multi_doc", "socialnämnden i fagersta gick back 2023. hur mycket högre är deras budget 2025 än vad de faktiskt gjorde av med 2023?",
  "Utfall 2023 var 130 500 tkr och budget 2025 är 138 600 tkr, alltså 8 100 tkr högre.", [n(8100, "tkr")], [FAR, FB],
  ["Socialnämnden 124 300 130 500 (6 200)", "Socialnämnden 131 200 138 600 7 400 5,6 10 305"])
q("multi_doc", "LSS-boendet i Arboga: hur mycket är budgeterat för 2025 och vad var det vinnande anbudet?",
  "32 000 tkr är budgeterat för 2025 (total budget 46,0 mnkr); vinnande anbud var 38,2 mnkr.", [n(32000, "tkr"), n(38.2, "mnkr")], [AB, AP],
  ["Nytt LSS-boende Västerhöjden 32 000 14 000 0", "Byggnaden uppförs av Mälarbygg AB, som vann upphandlingen med ett anbud på 38,2 miljoner kronor."])
q("multi_doc", "jämför sjukfrånvaron i fagersta 2023 och arboga 2024, vilken är lägst?",
  "Fagersta 7,9 procent (2023), Arboga 7,1 procent (2024); Arboga lägst.", [n(7.9, "%"), n(7.1, "%")], [FAR, AX],
  ["Sjukfrånvaron bland kommunens medarbetare minskade till 7,9 procent.", "2024 | 1187 | 7,1 | 44,6"])

# ---- claim
q("claim", "Stämmer det att Arboga höjer skatten med 25 öre till 22,29 kronor 2025?",
  "Ja, skattesatsen höjs från 22,04 till 22,29 kronor.", [n(22.29, "kr")], [AH],
  ["Den kommunala skattesatsen höjs från 22,04 till 22,29 kronor."], verdict="supported")
q("claim", "Fagersta investerar 150 miljoner kronor under 2025?",
  "Nej, investeringsbudgeten för 2025 är 120,5 miljoner kronor.", [n(120.5, "mnkr")], [FB],
  ["Investeringsbudgeten för 2025 uppgår till 120,5 miljoner kronor."], verdict="contradicted")
q("claim", "Jag har hört att socialnämnden i Arboga räknar med ett underskott på 4,8 miljoner 2024.",
  "Nej, socialnämnden prognostiserar ett underskott på 7,8 miljoner kronor.", [n(7.8, "mnkr")], [AD],
  ["Socialnämnden prognostiserar ett underskott på 7,8 miljoner kronor"], verdict="contradicted")
q("claim", "En lokalpolitiker påstår att Fagersta ska sälja sitt kommunala bostadsbolag för att finansiera nya förskolan. Stämmer det?",
  "Dokumenten nämner ingen försäljning av ett bostadsbolag.", [], [], [], refused=True, verdict="not_found")
q("claim", "budgeten i fagersta klubbades med 17 röster mot 15, eller hur?",
  "Ja, 17 ja-röster mot 15 nej-röster, 3 avstod.", [n(17, "st"), n(15, "st")], [FD],
  ["Med 17 ja-röster mot 15 nej-röster, 3 ledamöter avstod, bifaller kommunfullmäktige kommunstyrelsens förslag."], verdict="supported")

# ---- unanswerable
for text, ans in [
    ("vad är arbogas budgeterade skatteintäkter för 2028?", "Budgeten sträcker sig bara till plan 2027."),
    ("Hur stor budget har överförmyndarnämnden i Fagersta 2025?", "Någon överförmyndarnämnd finns inte i driftbudgeten."),
    ("vad kostar den nya brandstationen i arboga?", "Arbogas dokument nämner ingen ny brandstation."),
    ("hur många av bostäderna i västerhöjden etapp 3 i arboga blir hyresrätter?", "Fördelningen på upplåtelseform anges inte."),
    ("hur mycket av fagerstas investering i reningsverket finansieras med statsbidrag?", "Någon statsbidragsfinansiering anges inte."),
]:
    q("unanswerable", text, ans, [], [], [], refused=True)

# ---- multi_part
q("multi_part", "vad beräknas soliditeten bli i fagersta 2025 och vad är målet för soliditeten?",
  "39,3 procent vid utgången av 2025; målet är att den inte ska understiga 38 procent.", [n(39.3, "%"), n(38, "%")], [FB],
  ["Soliditeten beräknas till 39,3 procent vid utgången av 2025.", "Soliditeten ska inte understiga 38 procent."])
q("multi_part", "hur många lägenheter får nya lss-boendet i arboga och när kan man flytta in?",
  "Sex lägenheter; inflyttningsklart i januari 2026.", [n(6, "st")], [AP],
  ["Boendet får sex lägenheter och en gemensamhetslokal och ska vara inflyttningsklart i januari 2026."])
q("multi_part", "Hur mycket får kommunstyrelsen i Fagersta låna nytt 2025, och vad hände med motionen om gratis kollektivtrafik för pensionärer?",
  "Högst 45 miljoner kronor; motionen avslogs (kostnad 1,2 mnkr per år).", [n(45, "mnkr"), n(1.2, "mnkr")], [FD],
  ["3. Kommunstyrelsen får under 2025 nyupplåna, det vill säga öka kommunens skulder, med högst 45 miljoner kronor.",
   "Beslut: Motionen avslås. Kostnaden har beräknats till 1,2 miljoner kronor per år."])
q("multi_part", "hur mycket investerade arboga jan-aug 2024, och vad är prognosen för helåret?",
  "52,3 miljoner kronor under perioden; helårsprognos 96,0 miljoner kronor (budget 118,0).", [n(52.3, "mnkr"), n(96.0, "mnkr")], [AD],
  ["Investeringarna uppgick till 52,3 miljoner kronor under perioden.",
   "För helåret prognostiseras investeringar på 96,0 miljoner kronor mot en budget på 118,0 miljoner kronor."])

# ---- followup
q("followup", "och 2027 då?", "Plan 2027: 58,7 mnkr.", [n(58.7, "mnkr")], [FB],
  ["Totalt investeringar 120,5 100,9 58,7 280,1", FB_IH], history=["vad blir fagerstas investeringar 2025?"])
q("followup", "hur mycket blir det per invånare?", "424 700 tkr / 14 120 invånare ≈ 30 078 kr per invånare.", [n(30078, "kr")], [AB],
  ["Barn- och utbildningsnämnden 398 200 410 500 424 700 436 200 448 100 3,5", "Budgeten bygger på 14 120 invånare den 1 november 2024"],
  history=["hur mycket får barn- och utbildningsnämnden i arboga 2025?"])
q("followup", "och vad blir den totala skatten inklusive regionen 2025?", "33,77 kronor (22,29 kommun + 11,48 region).", [n(33.77, "kr")], [AH],
  ["2025 | 22,29 | 11,48 | 33,77", "År | Arboga kommun | Region Västmanland | Totalt"], history=["Vilken skattesats har Arboga 2024?"])
q("followup", "med hur många procent?", "Från 172 till 168 platser, en minskning med cirka 2,3 procent.", [n(2.3, "%")], [FX],
  ["2019 | 13612 | 648 | 1498 | 402 | 172 | 60240", "2023 | 13468 | 617 | 1507 | 426 | 168 | 66260"],
  history=["hur många platser i särskilt boende har fagersta?", "har det minskat sedan 2019?"])

# ---- english
q("english", "How much is Fagersta's Barn- och utbildningsnämnden budget per inhabitant in 2025?",
  "29,175 kronor per inhabitant.", [n(29175, "kr")], [FB],
  ["Barn- och utbildningsnämnden 380 900 392 400 11 500 3,0 29 175", FB_DH], lang="en")
q("english", "What is the net cost of äldreomsorg in Arboga's 2025 budget per verksamhet?", "237,900 tkr.",
  [n(237900, "tkr")], [AX], ["Äldreomsorg | 38600 | 276500 | 237900", AX_H], lang="en")
q("english", "How many seats does Socialdemokraterna have in Fagersta's kommunfullmäktige?", "13 seats.",
  [n(13, "st")], [FD], ["Socialdemokraterna | 13 | 13 | 0 | 0", "Parti | Mandat | Ja | Nej | Avstår"], lang="en")
q("english", "What is Arboga's budgeted cash flow for 2025 according to the Kassaflödesbudget?",
  "Årets kassaflöde 2025 is -3,900 tkr (negative).", [n(-3900, "tkr")], [AB], ["Årets kassaflöde – 3 900 – 2 800 13 000", AB_KH], lang="en")

ORDER = ["table_lookup", "calculation", "lookup", "text_amount", "multi_doc", "claim", "unanswerable", "multi_part", "followup", "english"]
if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "dev", "muni_dev46.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, (cat, lang, question, hist, ans, nums, docs, quotes, ref, ver) in enumerate(Q, 1):
            rec = {"id": f"md46-{i:03d}", "corpus": C, "category": cat, "language": lang, "question": question, "history": hist,
                   "gold": {"answer": ans, "numbers": nums, "docs": docs, "quotes": quotes, "refused": ref, "verdict": ver}}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(Q), "questions written to", os.path.abspath(out))
