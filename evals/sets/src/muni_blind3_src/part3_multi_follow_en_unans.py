"""Part 3: multi_part, followup, english and unanswerable questions."""
from qlib import Q, num, save, B_PDF, B_XLSX, M_PDF, M_HTML, M_DOCX

T = []
# ---- multi_part ----------------------------------------------------------
T.append(Q("multi_part", "Vad blev boxholms resultat för jan-aug och vad är prognosen för hela året?",
           "Periodens resultat januari–augusti är 6,3 mnkr och helårsprognosen är 8,2 mnkr (6,3 mnkr lägre än budget).",
           [num(6.3, "mnkr"), num(8.2, "mnkr")], [B_PDF],
           ["Periodens resultat uppgår till 6,3 miljoner kronor, jämfört med 8,9 miljoner kronor för samma period i fjol.",
            "För helåret prognostiseras ett resultat på 8,2 miljoner kronor, vilket är 6,3 miljoner kronor lägre än budgeterat."]))
T.append(Q("multi_part", "hur stort tilläggsanslag fick simhallen i Malå och hur mycket av det var elarbeten?",
           "Tilläggsanslaget var 1 350 000 kronor, varav elarbeten 180 000 kronor.",
           [num(1350000, "kr"), num(180000, "kr")], [M_DOCX],
           ["Kommunstyrelsen beslutar att bevilja samhällsbyggnad ett tilläggsanslag på 1 350 000 kronor för 2026 för akut reparation av Malå simhall.",
            "Elarbeten 180 000"]))
T.append(Q("multi_part", "tallbackagården: hur många platser blir det o vad kostar ombygget totalt?",
           "Det blir ett särskilt boende med 32 platser; den totala budgeten är 31,5 miljoner kronor (2027–2029).",
           [num(32, "st"), num(31.5, "mnkr")], [M_PDF],
           ["ombyggnaden av Tallbackagården till ett modernt särskilt boende med 32 platser.",
            "har en total budget på 31,5 miljoner kronor."]))
T.append(Q("multi_part", "Hur många anställda har Boxholms kommun och hur hög var sjukfrånvaron i år?",
           "722 tillsvidareanställda (640 årsarbetare); sjukfrånvaron var 6,9 procent januari–augusti 2026.",
           [num(722, "st"), num(6.9, "%")], [B_PDF],
           ["Den 31 augusti hade kommunen 722 tillsvidareanställda medarbetare, vilket motsvarar 640 årsarbetare.",
            "Sjukfrånvaron för hela kommunen var 6,9 procent under perioden, vilket är en liten minskning jämfört med samma period 2025 då den var 7,0 procent."]))

# ---- followup ------------------------------------------------------------
T.append(Q("followup", "och för kultur och fritid då?",
           "Kultur- och fritidsnämnden har en helårsprognos på 15,4 mnkr (budget 14,8 mnkr, avvikelse –0,6).",
           [num(15.4, "mnkr")], [B_PDF], ["Kultur- och fritidsnämnden 14,8 10,4 15,4 –0,6"],
           history=["Vad är Boxholms prognos för kommunstyrelsen helåret?"]))
T.append(Q("followup", "Och 2029?",
           "Förskolan i Malå har 21 200 tkr i kommunbidrag i plan 2029.",
           [num(21200, "tkr")], [M_PDF], ["Förskola 19 860 20 540 20 900 21 200"],
           history=["Hur mycket är kommunbidraget till förskolan i Malå 2027?"]))
T.append(Q("followup", "hur har det ändrats sen dess",
           "Antalet elever i grundskolan har minskat från 612 (2024) till 604 (2025) och 598 (jan–aug 2026), alltså 14 färre.",
           [num(598, "st"), num(14, "st")], [B_XLSX], ["Elever i grundskola (F–9) 612 604 598"],
           history=["Hur många elever gick i grundskolan i Boxholm 2024?"]))
T.append(Q("followup", "vilket parti tillhör han?",
           "Ulf Nordin tillhör Socialdemokraterna (S).", [], [M_PDF], ["Ulf Nordin (S) Kommunstyrelsens ordförande"],
           history=["Vem är kommunstyrelsens ordförande i Malå?"]))
T.append(Q("followup", "hur mycket är det i procent jämfört med i år?",
           "Maxtaxan höjs från 1 765 till 1 800 kr per månad, en höjning med 2,0 %.",
           [num(2.0, "%")], [M_PDF], ["Maxtaxa förskola, barn 1 (kr/mån) 1 765 1 800 2,0 %"],
           history=["Vad kostar maxtaxan för förskolan i Malå 2027?"]))

# ---- english -------------------------------------------------------------
T.append(Q("english", "What result does Malå budget for 2027?",
           "A surplus of 3.6 million SEK (3,6 mnkr), equal to 1.4 percent of tax revenue and general state grants.",
           [num(3.6, "mnkr")], [M_PDF],
           ["Budgeten för 2027 ger ett resultat på 3,6 miljoner kronor, vilket motsvarar 1,4 procent av skatteintäkter och generella statsbidrag."],
           lang="en"))
T.append(Q("english", "By how many people did Boxholm's population shrink in the first half of 2026?",
           "By 26 people, to 5 512 inhabitants on 30 June 2026.",
           [num(26, "st")], [B_PDF],
           ["Folkmängden i Boxholms kommun minskade under första halvåret 2026 med 26 personer och uppgick den 30 juni till 5 512 invånare."],
           lang="en"))
T.append(Q("english", "how much is the water and sewage charge for a typical house (typhus A) in Malå in 2027?",
           "12 330 kronor per year (up from 11 420 kr in 2026, +8.0 %).",
           [num(12330, "kr")], [M_PDF], ["Vatten och avlopp, typhus A (kr/år) 11 420 12 330 8,0 %"],
           lang="en"))

# ---- unanswerable (near misses) -------------------------------------------
U = [
    ("Vad är socialnämndens budget i Boxholm för 2027?",
     "Det framgår inte; delårsrapporten redovisar bara budget och prognos för 2026."),
    ("Hur mycket får kultur och fritid i Malå i kommunbidrag 2027?",
     "Det framgår inte; kultur och fritid ingår i kommunstyrelsens ram och redovisas inte separat."),
    ("vad var sjukfrånvaron i malå kommun 2025",
     "Det framgår inte av dokumenten; sjukfrånvaro redovisas bara för Boxholm."),
    ("Vad kostar renoveringen av Malexanders bygdegård?",
     "Det framgår inte; rapporten säger bara att renoveringen skjuts upp till 2027."),
    ("Vad blev Malås resultat för 2026 i bokslutet?",
     "Det framgår inte; budgetdokumentet visar bokslut 2025 och budget 2026, inget utfall för 2026."),
    ("Hur många besökte simhallen i Malå förra året?",
     "Det framgår inte; besöksstatistik finns bara för Boxholms sim- och sporthall."),
    ("Hur mycket kostar den nya räddningsstationen i Malå?",
     "Det framgår inte; stationen ingår inte i investeringsbudgeten och en förstudie ska göras 2027."),
]
for q, a in U:
    T.append(Q("unanswerable", q, a, [], [], [], refused=True))
save("3", T)
