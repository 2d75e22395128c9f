"""Part 2: claim, lookup and text_amount questions."""
from qlib import Q, num, save, B_PDF, B_HTML, B_MD, M_PDF, M_HTML, M_DOCX, M_TXT

T = []
# ---- claim ---------------------------------------------------------------
T.append(Q("claim", "Stämmer det att socialnämnden har det största underskottet av nämnderna i Boxholm?",
           "Ja. Socialnämnden prognostiserar ett underskott på 8,9 mnkr, det största av nämnderna.",
           [num(8.9, "mnkr")], [B_PDF],
           ["Socialnämnden prognostiserar ett underskott på 8,9 miljoner kronor, det största av nämnderna."],
           verdict="supported"))
T.append(Q("claim", "Boxholm fick 5 miljoner av trafikverket till cykelvägen till strålsnäs eller hur?",
           "Nej. Kommunen beviljades 4,7 miljoner kronor i statlig medfinansiering från Trafikverket.",
           [num(4.7, "mnkr")], [B_PDF],
           ["Kommunen beviljades 4,7 miljoner kronor i statlig medfinansiering från Trafikverket för gång- och cykelvägen mellan Boxholm och Strålsnäs."],
           verdict="contradicted"))
T.append(Q("claim", "Malå höjer kommunalskatten 2027?",
           "Nej. Skattesatsen är oförändrad, 23,45 kronor per hundralapp.",
           [num(23.45, "kr")], [M_PDF, M_HTML],
           ["Kommunens skattesats är oförändrad, 23,45 kronor per hundralapp.",
            "Skattesatsen är oförändrad, 23,45 kronor per hundralapp."],
           verdict="contradicted"))
T.append(Q("claim", "Jag läste att VA-taxan i Malå går upp med 8 procent nästa år, stämmer de?",
           "Ja, taxan för vatten och avlopp höjs med 8 procent 2027 (910 kronor per år för ett vanligt villahushåll).",
           [num(8, "%")], [M_HTML, M_PDF],
           ["Taxan för vatten och avlopp höjs med 8 procent.",
            "Taxan för vatten och avlopp höjs med 8,0 procent för att finansiera investeringar i vattenverket och ledningsnätet."],
           verdict="supported"))
T.append(Q("claim", "Malå simhall stängdes för att det läckte in vatten genom taket, stämmer det?",
           "Nej. Simhallen stängdes efter att bassängens reningsanläggning gått sönder; vid besiktningen upptäcktes även skador på kaklet. Taket ska bytas först 2027.",
           [], [M_DOCX, M_TXT],
           ["Malå simhall har varit stängd sedan den 2 september 2026 efter att bassängens reningsanläggning gått sönder.",
            "Simhallen stängdes i början av september när reningsanläggningen gick sönder."],
           verdict="contradicted"))
T.append(Q("claim", "Boxholm ska bygga en ny sporthall 2027?",
           "Det framgår inte av dokumenten; de nämner ingen ny sporthall.",
           [], [], [], verdict="not_found", refused=True))
T.append(Q("claim", "Min granne säger att förstärkningen av äldreomsorgen i Malå räcker till 10 nya undersköterskor. Stämmer det?",
           "Det framgår inte. Dokumenten säger att äldreomsorgen förstärks med 2,5 miljoner kronor, främst för ökad bemanning nattetid på Tallbackagården, men inte hur många tjänster det blir.",
           [], [], [], verdict="not_found", refused=True))

# ---- lookup --------------------------------------------------------------
T.append(Q("lookup", "vem är ekonomichef i boxholm?",
           "Maria Sjögren.", [], [B_HTML],
           ["säger ekonomichef Maria Sjögren."]))
T.append(Q("lookup", "När öppnar simhallen i Malå igen??",
           "Måndagen den 16 november.", [], [M_TXT],
           ["öppnar Malå simhall igen måndagen den 16 november."]))
T.append(Q("lookup", "varför går barn- och utbildningsnämnden i boxholm med underskott",
           "Främst ökade kostnader för skolskjuts, fler elever i behov av särskilt stöd och högre kostnader för gymnasieelever som studerar i andra kommuner.",
           [], [B_PDF],
           ["Underskottet beror främst på ökade kostnader för skolskjuts, fler elever i behov av särskilt stöd och högre kostnader för gymnasieelever som studerar i andra kommuner."]))
T.append(Q("lookup", "Vilka reserverade sig mot beslutet om pengar till simhallen i Malå?",
           "Anna Öberg (M) och Per Lundmark (M), till förmån för eget yrkande.", [], [M_DOCX],
           ["Anna Öberg (M) och Per Lundmark (M) reserverar sig mot beslutet till förmån för eget yrkande."]))
T.append(Q("lookup", "när ska nya förskolan på parkvägen i boxholm öppna",
           "Den beräknas öppna i oktober 2027.", [], [B_MD],
           ["Förskolan beräknas öppna i oktober 2027."]))

# ---- text_amount ---------------------------------------------------------
T.append(Q("text_amount", "Hur mycket extra fick kultur o fritid i Boxholm för att hålla sim- och sporthallen öppen i somras?",
           "700 000 kronor.", [num(700000, "kr")], [B_PDF],
           ["Kultur- och fritidsnämnden fick ett extra anslag på 700 000 kronor för att hålla Boxholms sim- och sporthall öppen under sommaren."]))
T.append(Q("text_amount", "vad kostar hela förskoleprojektet vid parkvägen",
           "Hela projektet, etapp 1 och 2, beräknas kosta 42 miljoner kronor.", [num(42, "mnkr")], [B_MD],
           ["Hela projektet, etapp 1 och etapp 2, beräknas kosta 42 miljoner kronor."]))
T.append(Q("text_amount", "Hur stor är Boxholms låneskuld?",
           "186,0 miljoner kronor, varav 120,0 miljoner avser vidareutlåning till AB Boxholmshus.",
           [num(186.0, "mnkr")], [B_PDF],
           ["Kommunens låneskuld är oförändrad, 186,0 miljoner kronor, varav 120,0 miljoner kronor avser vidareutlåning till det kommunala bostadsbolaget AB Boxholmshus."]))
T.append(Q("text_amount", "vad kommer takbytet på simhallen i malå att kosta",
           "Takbytet beräknas kosta 3,6 miljoner kronor (görs 2027).", [num(3.6, "mnkr")], [M_TXT],
           ["Takbytet beräknas kosta 3,6 miljoner kronor"]))
T.append(Q("text_amount", "hur mkt pengar blir det till fler lärare i grundskolan i malå",
           "1,8 miljoner kronor.", [num(1.8, "mnkr")], [M_PDF],
           ["1,8 miljoner kronor till fler lärare i grundskolan"]))
save("2", T)
