"""Writes muni_blind6.jsonl. Computed gold numbers come from the generator's data modules."""
import json, os
import data_ang as A
import data_nor as N
import gen_other as G

OUT = os.path.join(os.path.dirname(__file__), "..", "muni_blind6.jsonl")
CORPUS = "evals/corpora/blind-muni6"
AP = "angelholm/mal-och-budget-2025-plan-2026-2027.pdf"
AH = "angelholm/nyhet-budget-2025-antagen.html"
AT = "angelholm/pressmeddelande-budgetforslag-2025.txt"
AM = "angelholm/va-taxa-2025.md"
NP = "norsjo/arsredovisning-2024.pdf"
NX = "norsjo/nyckeltal-och-foreningsbidrag-2024.xlsx"
ND = "norsjo/protokoll-kommunfullmaktige-2025-04-28.docx"

QS = []


def q(cat, question, answer, numbers=(), docs=(), quotes=(), verdict=None, history=(), lang="sv", refused=False):
    QS.append({"category": cat, "language": lang, "question": question, "history": list(history),
               "gold": {"answer": answer, "numbers": [{"value": v, "unit": u} for v, u in numbers],
                        "docs": list(docs), "quotes": list(quotes), "refused": refused, "verdict": verdict}})


def unans(question, answer, lang="sv", history=()):
    q("unanswerable", question, answer, lang=lang, refused=True, history=history)


R_UN = "Utbildningsnämnden 1 148 200 1 186 500 38 300 3,3 1 217 300 1 247 700"
R_SN = "Socialnämnden 1 032 700 1 079 400 46 700 4,5 1 107 500 1 135 200"
R_KS = "Kommunstyrelsen 218 600 226 300 7 700 3,5 232 200 238 000"
R_KFN = "Kultur- och fritidsnämnden 112 300 115 900 3 600 3,2 118 900 121 900"
R_INVTOT = "Summa investeringar 337,9 463,8 391,4 1 193,1"

# ---------------- table_lookup (9)
q("table_lookup", "Vilka skatteintäkter budgeterar Ängelholm för 2025?", "2 206,9 miljoner kronor", [(2206.9, "mnkr")], [AP],
  ["Skatteintäkter 4 2 031,6 2 118,4 2 206,9 2 292,3 2 379,8"])
q("table_lookup", "hur stor ram får socialnämnden i ängelholm 2025", "1 079 400 tkr (nettokostnadsram)", [(1079400, "tkr")], [AP], [R_SN])
q("table_lookup", "Vilken soliditet räknar Ängelholm med för planåret 2027?", "38,3 procent", [(38.3, "%")], [AP],
  ["Soliditet minst 38 % 41,6 % 39,8 % 38,8 % 38,3 %"])
q("table_lookup", "vad är totalkostnaden för särskilt boende på sjukhusområdet", "Total utgift 310,0 mnkr", [(310.0, "mnkr")], [AP],
  ["Särskilt boende Sjukhusområdet SN 310,0 12,0 95,0 140,0"])
q("table_lookup", "Vad blev socialnämndens nettokostnad i Norsjö 2024, utfall?", "147,3 mnkr", [(147.3, "mnkr")], [NP],
  ["Socialnämnden 141,2 147,3 –6,1 139,6"])
q("table_lookup", "Norsjö kommunkoncernens årets resultat 2024?", "10,5 miljoner kronor för koncernen", [(10.5, "mnkr")], [NP],
  ["Årets resultat 13,3 8,6 10,5 5,3"])
q("table_lookup", "Hur mycket anläggningsbidrag fick Norsjö skidklubb 2024?", "74 000 kronor", [(74000, "kr")], [NX],
  ["Norsjö Skidklubb Anläggningsbidrag 74000"])
q("table_lookup", "hur många 80 år och äldre tror ängelholm att det bor i kommunen 2027", "3 220 personer", [(3220, "st")], [AP],
  ["80 år och äldre 2 507 2 838 3 045 3 220 +713"])
q("table_lookup", "Hur stort strukturbidrag fick Norsjö 2024?", "8,7 miljoner kronor", [(8.7, "mnkr")], [NP], ["Strukturbidrag 8,7 8,5"])

# ---------------- calculation (8)
un = A.DR["Utbildningsnämnden"]
pct_un = round(100 * (un["p27"] - un["b24"]) / un["b24"], 1)
q("calculation", "Med hur många procent ökar utbildningsnämndens ram från budget 2024 till plan 2027 i Ängelholm?",
  f"Från 1 148 200 till 1 247 700 tkr, en ökning med cirka {pct_un} procent".replace(".", ","), [(pct_un, "%")], [AP], [R_UN])
sh = round(100 * A.INV_N["SBN"][0] / A.INV_TOT[0], 1)
q("calculation", "Hur stor andel av Ängelholms investeringar 2025 ligger på samhällsbyggnadsnämnden?",
  f"130,9 av 337,9 mnkr, cirka {sh} procent".replace(".", ","), [(sh, "%")], [AP],
  ["Samhällsbyggnadsnämnden 130,9 144,9 107,2 383,0", R_INVTOT])
pc = round(-A.RB["Verksamhetens nettokostnader"][2] * 1e6 / A.POP_TOTAL[1])
q("calculation", "Vad blir verksamhetens nettokostnad per invånare i Ängelholm 2025 om man använder befolkningsprognosen för 2025?",
  f"2 638,4 mnkr / 44 100 invånare ≈ {pc} kr per invånare", [(pc, "kr")], [AP],
  ["Verksamhetens nettokostnader –2 462,6 –2 558,1 –2 638,4 –2 740,7 –2 826,1", "Totalt 43 512 44 100 44 450 44 780 +1 268"])
eff = -(A.RAMJ_ROWS["Utbildningsnämnden"]["eff"] + A.RAMJ_ROWS["Socialnämnden"]["eff"])
q("calculation", "hur mycket ska utbildningsnämnden och socialnämnden effektivisera tillsammans nästa år (2025)?",
  f"11 100 + 10 200 = {eff} tkr", [(eff, "tkr")], [AP],
  ["Utbildningsnämnden 32 100 4 800 12 500 –11 100 38 300", "Socialnämnden 28 900 18 600 9 400 –10 200 46 700"])
sn_pct = round(100 * (147.3 - 141.2) / 141.2, 1)
q("calculation", "Hur många procent över budget landade socialnämnden i Norsjö 2024?",
  f"Underskott 6,1 mnkr på en budget om 141,2 mnkr, ca {sn_pct} procent".replace(".", ","), [(sn_pct, "%")], [NP],
  ["Socialnämnden 141,2 147,3 –6,1 139,6"])
ppi = G.XLSX_NT[3][1]
ppi_pct = round(100 * (ppi[4] - ppi[0]) / ppi[0], 1)
q("calculation", "Med hur många procent har nettokostnaden per invånare i Norsjö ökat mellan 2020 och 2024?",
  f"Från 68674 till 82847 kr, ca {ppi_pct} procent".replace(".", ","), [(ppi_pct, "%")], [NX],
  ["Nettokostnad per invånare, kr 68674 71474 75902 78934 82847"])
nif = sum(x[2] for x in G.FB if x[0] == "Norsjö IF")
q("calculation", "Hur mycket fick Norsjö IF i föreningsbidrag totalt 2024?", f"62 400 + 85 000 = {nif} kr", [(nif, "kr")], [NX],
  ["Norsjö IF Aktivitetsbidrag 62400", "Norsjö IF Anläggningsbidrag 85000"])
q("calculation", "vilket år under planperioden investerar Ängelholm mest och hur mycket?",
  "2026, med 463,8 miljoner kronor (jämfört med 337,9 mnkr 2025 och 391,4 mnkr 2027)", [(max(A.INV_TOT[:3]), "mnkr")], [AP], [R_INVTOT])

# ---------------- claim (7)
q("claim", "Stämmer det att Ängelholm behåller skattesatsen på 19,45 kr nästa år?", "Ja, skattesatsen lämnas oförändrad på 19,45 kronor 2025.",
  [(19.45, "kr")], [AP], ["Skattesatsen lämnas oförändrad på 19,45 kronor per skattekrona."], verdict="supported")
q("claim", "Norsjö gick 8,6 miljoner plus 2024, eller hur?", "Nej, årets resultat 2024 var 13,3 mnkr; 8,6 mnkr var resultatet 2023.",
  [(13.3, "mnkr")], [NP], ["Årets resultat blev 13,3 miljoner kronor (8,6 miljoner kronor 2023)."], verdict="contradicted")
q("claim", "Ängelholm ska bygga en ny simhall under 2026?", "Dokumenten säger inget om en ny simhall 2026.", refused=True, verdict="not_found")
q("claim", "Socialnämnden i Norsjö gick back med 6,1 miljoner kronor 2024 – stämmer det?", "Ja, socialnämnden redovisar ett underskott på 6,1 mnkr.",
  [(6.1, "mnkr")], [NP], ["Socialnämnden har ett underskott på 6,1 miljoner kronor"], verdict="supported")
q("claim", "En S-politiker påstår att Ängelholms budget för 2025 klubbades med 35 röster mot 16. Stämmer det?",
  "Nej, budgeten antogs med 30 röster mot 21.", [(30, "st"), (21, "st")], [AH], ["Det styrande samarbetets förslag vann med 30 röster mot 21."],
  verdict="contradicted")
q("claim", "Är det sant att Norsjö höjde avgifterna för hemtjänsten under 2024?", "Det framgår inte av dokumenten.", refused=True, verdict="not_found")
q("claim", "ängelholm investerar över 400 miljoner 2025?", "Nej, investeringsbudgeten 2025 är 337,9 mnkr (över 400 mnkr först 2026 med 463,8).",
  [(337.9, "mnkr")], [AP], ["Investeringsbudgeten för 2025 uppgår till 337,9 miljoner kronor."], verdict="contradicted")

# ---------------- lookup (5)
q("lookup", "Vem är kommunstyrelsens ordförande i Ängelholm?", "Linnea Bergkvist (M)", [], [AT],
  ["Linnea Bergkvist (M), kommunstyrelsens ordförande"])
q("lookup", "Varför går socialnämnden i Norsjö med underskott?", "Ökade behov inom hemtjänsten och kostnader för bemanningssjuksköterskor.",
  [], [NP], ["främst på grund av ökade behov inom hemtjänsten och kostnader för bemanningssjuksköterskor"])
q("lookup", "hur många elever ska nya skolan i hjärnarp ta", "Plats för 350 elever", [(350, "st")], [AT], ["Skolan ska ha plats för 350 elever"])
q("lookup", "Vem valdes till ersättare i socialnämnden i Norsjö i april 2025?", "Sara Holmberg (S)", [], [ND],
  ["Kommunfullmäktige väljer Sara Holmberg (S) till ersättare i socialnämnden"])
q("lookup", "Varför minskar valnämndens budget 2025 i Ängelholm?", "För att inga allmänna val genomförs 2025.", [], [AP],
  ["Valnämndens ram minskar eftersom inga allmänna val genomförs 2025."])

# ---------------- unanswerable (7)
unans("Vilket resultat budgeterar Ängelholm för 2028?", "Budgeten sträcker sig bara till plan 2027.")
unans("Hur mycket kulturbidrag fick Norsjö IF 2024?", "Norsjö IF fick aktivitets- och anläggningsbidrag, inget kulturbidrag redovisas.")
unans("Vad har tekniska nämnden i Ängelholm för ram 2025?", "Ängelholm har ingen teknisk nämnd i budgeten.")
unans("vad var sjukfrånvaron bland ängelholms anställda 2024", "Dokumenten anger 2023 (6,8 %) och målet för 2025, inte utfallet 2024.")
unans("Vilken skattesats hade Norsjö 2019?", "Femårsöversikten täcker bara 2020–2024.")
unans("Vad kostar brukningsavgiften för vatten per kubikmeter i Norsjö 2025?", "VA-taxan i materialet gäller Ängelholm, inte Norsjö.")
unans("Hur många lägenheter förvaltar Ängelholmshem AB?", "Uppgiften finns inte i dokumenten.")

# ---------------- multi_part (4)
q("multi_part", "Vilket resultat budgeterar Ängelholm för 2025 och hur stor väntas låneskulden vara samma år?",
  "Årets resultat 48,2 mnkr och låneskulden 1 590,0 mnkr", [(48.2, "mnkr"), (1590.0, "mnkr")], [AP],
  ["Årets resultat 7,6 31,1 48,2 42,3 52,5", "Låneskuld, kommunen 1 355,0 1 465,0 1 590,0 1 745,0 1 860,0"])
q("multi_part", "hur många invånare hade norsjö vid årsskiftet 2024 och hur många tillsvidareanställda hade kommunen?",
  "3 941 invånare och 442 tillsvidareanställda", [(3941, "st"), (442, "st")], [NP],
  ["Befolkningen minskade med 37 personer till 3 941 invånare.", "Den 31 december 2024 hade kommunen 442 tillsvidareanställda"])
q("multi_part", "Vad kostar VA-brukningsavgiften per kubikmeter 2025 i Ängelholm, och vad blir den fasta årsavgiften för en villa?",
  "29,90 kr per kubikmeter och 3 400 kr per år i fast avgift", [(29.90, "kr"), (3400, "kr")], [AM],
  ["| Brukningsavgift per kubikmeter | 27,40 | 29,90 | 9,1 |", "| Fast avgift per år, villa | 3 150 | 3 400 | 7,9 |"])
q("multi_part", "Vilka investeringsprojekt fick pengar överförda till 2025 på fullmäktige i Norsjö i april, och hur mycket blev det totalt?",
  "Reningsverk Bastuträsk (1 300 tkr) och Trygghetsboende Solbacka, planering (300 tkr), totalt 1 600 tkr",
  [(1300, "tkr"), (300, "tkr"), (1600, "tkr")], [ND],
  ["Reningsverk Bastuträsk 2 500 1 200 1 300", "Trygghetsboende Solbacka, planering 1 500 400 300", "Summa 4 000 1 600 1 600"])

# ---------------- followup (4)
q("followup", "och kultur o fritid?", "115 900 tkr 2025", [(115900, "tkr")], [AP], [R_KFN],
  history=["Vad har kommunstyrelsen i Ängelholm för nettokostnadsram 2025?"])
q("followup", "Och året innan?", "75,3 mnkr 2023", [(75.3, "mnkr")], [NP], ["Inkomstutjämningsbidrag 79,6 75,3"],
  history=["Hur mycket inkomstutjämningsbidrag fick Norsjö 2024?"])
q("followup", "vad hade det kostat?", "Kostnaden beräknades till 310 000 kronor per år.", [(310000, "kr")], [ND],
  ["Kostnaden har beräknats till 310 000 kronor per år."], history=["Vem ville ha gratis kollektivtrafik för pensionärer i Norsjö?"])
q("followup", "Hur mycket av pengarna läggs 2026?", "82,0 mnkr planeras 2026", [(82.0, "mnkr")], [AP],
  ["Ny F–6-skola Hjärnarp UN 214,0 48,0 82,0 64,0"],
  history=["Vad kostar nya skolan i Hjärnarp?", "När ska den vara klar?"])

# ---------------- text_amount (5)
q("text_amount", "Hur mycket satsar Ängelholm på sommarlovsaktiviteter?", "850 000 kronor", [(850000, "kr")], [AT],
  ["Kultur- och fritidsnämnden får 850 000 kronor till avgiftsfria sommarlovsaktiviteter för barn och unga."])
q("text_amount", "Vad kostade skyfallet i Bastuträsk kommunen?", "Skador för cirka 1,8 miljoner kronor", [(1.8, "mnkr")], [NP],
  ["orsakade skador på vägar och avloppsnät för cirka 1,8 miljoner kronor"])
q("text_amount", "hur mycket ökar pensionskostnaderna för ängelholm mellan 2023 och 2025", "Med cirka 21 miljoner kronor", [(21, "mnkr")], [AP],
  ["pensionskostnaderna ökar med cirka 21 miljoner kronor mellan 2023 och 2025"])
q("text_amount", "Hur mycket lade Norsjö på inhyrd personal inom socialtjänsten 2024?", "4,3 miljoner kronor", [(4.3, "mnkr")], [NP],
  ["Vakanta tjänster inom socialtjänsten har krävt inhyrd personal för 4,3 miljoner kronor."])
q("text_amount", "Vad betalar Ängelholm i medlemsavgift till räddningstjänsten?", "31,8 miljoner kronor (Räddningstjänsten Skåne Nordväst)",
  [(31.8, "mnkr")], [AP], ["Räddningstjänsten Skåne Nordväst ingår i ramen med en medlemsavgift på 31,8 miljoner kronor."])

# ---------------- multi_doc (3)
q("multi_doc", "Vilken kommun har bäst resultat i procent av skatter och bidrag – Ängelholm i budget 2025 eller Norsjö i bokslutet 2024?",
  "Norsjö: 3,9 % (2024) mot Ängelholms 1,8 % (budget 2025)", [(3.9, "%"), (1.8, "%")], [AP, NP],
  ["Resultat i % av skatter och bidrag 0,3 1,2 1,8 1,5 1,8", "Årets resultat ska uppgå till minst 2 % av skatter och bidrag 2,0 % 3,9 % Uppfyllt"])
q("multi_doc", "Hur stort underskott prognostiserade socialnämnden i Ängelholm för 2024 och vem i oppositionen kritiserade det när budgeten antogs?",
  "Underskott 21 400 tkr enligt prognosen; oppositionsrådet Johan Malmqvist (S) kritiserade det.", [(21400, "tkr")], [AP, AH],
  ["Socialnämnden 1 032 700 1 054 100 (21 400)", "säger oppositionsrådet Johan Malmqvist (S)"])
q("multi_doc", "Årsredovisningen i Norsjö föreslog att oanvända investeringspengar skulle föras över till 2025. Hur mycket, och beslutade fullmäktige det?",
  "1,6 mnkr föreslogs; fullmäktige beslutade 28 april 2025 (§ 36) att föra över 1 600 tkr.", [(1.6, "mnkr")], [NP, ND],
  ["Kommunstyrelsen föreslår att 1,6 miljoner kronor av outnyttjade medel förs över till 2025.",
   "Kommunfullmäktige beslutar att föra över 1 600 tkr av outnyttjade investeringsmedel till 2025 års investeringsbudget."])

# ---------------- english (3)
q("english", "What is Ängelholm's total investment budget for 2025–2027?", "1,193.1 million SEK (1 193,1 mnkr)", [(1193.1, "mnkr")], [AP],
  [R_INVTOT], lang="en")
q("english", "How much did Norsjö actually invest in 2024 compared with the budget?", "Net investments 24.6 MSEK against a budget of 28.5 MSEK (3.9 MSEK below)",
  [(24.6, "mnkr"), (28.5, "mnkr")], [NP], ["Summa nettoinvesteringar 28,5 24,6 3,9"], lang="en")
q("english", "what will a typical house pay for water in Angelholm in 2025?", "7,885 SEK per year for 150 m³ (fixed + usage fee, excluding stormwater fee)",
  [(7885, "kr")], [AM], ["blir den totala kostnaden för fast avgift och brukningsavgift 7 885 kronor 2025"], lang="en")


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for i, x in enumerate(QS, 1):
            rec = {"id": f"muni_blind6-{i:03d}", "corpus": CORPUS}
            rec.update(x)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(QS), Counter(x["category"] for x in QS))


if __name__ == "__main__":
    main()
