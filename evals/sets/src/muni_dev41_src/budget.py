"""Budget PDF (Mål och budget / Budget och plan) for one municipality."""
from common import Doc, fmt


def compute(m):
    """Derive result, balance and cash-flow rows from base data (5 columns)."""
    r = m["res"]
    n = len(m["cols"])
    nk = [round(r["int"][i] + r["kost"][i] + r["avskr"][i], 1) for i in range(n)]
    vr = [round(nk[i] + r["skatt"][i] + r["gsb"][i], 1) for i in range(n)]
    ef = [round(vr[i] + r["finint"][i] + r["finkost"][i], 1) for i in range(n)]
    pct = [round(100 * ef[i] / (r["skatt"][i] + r["gsb"][i]), 1) for i in range(n)]
    m["nk"], m["vr"], m["ef"], m["pct"] = nk, vr, ef, pct
    # investments per year (cols index 2..4 are budget/plan years)
    inv_years = []
    for k in range(3):
        inv_years.append(round(sum(p[1 + k] for sec in m["inv"] for p in sec[1]) / 1000, 1))
    m["inv_tot"] = inv_years
    inv = m["inv_hist"] + inv_years  # 5 values in mnkr
    # balance
    at = [m["at0"]]
    ek = [m["ek0"]]
    for i in range(1, n):
        at.append(round(at[-1] + inv[i] + r["avskr"][i], 1))
        ek.append(round(ek[-1] + ef[i], 1))
    ot = m["ot"]
    tot = [round(at[i] + ot[i], 1) for i in range(n)]
    avs = m["avs"]
    lsk = m["lsk"]
    ksk = [round(tot[i] - ek[i] - avs[i] - lsk[i], 1) for i in range(n)]
    m["bal"] = dict(at=at, ot=ot, tot=tot, ek=ek, avs=avs, lsk=lsk, ksk=ksk, inv=inv)


def nrow(label, vals, dec=1, neg="-", note=""):
    return [label, note] + [fmt(v, dec, neg) for v in vals]


def make_budget(m, path):
    compute(m)
    S = m["scale"]  # 1 for mnkr, 1000 for tkr
    dec = 1 if S == 1 else 0
    neg = m.get("neg", "-")
    pdf = Doc(m["running_head"])
    # cover
    pdf.add_page()
    pdf.set_font("DV", "B", 26)
    pdf.ln(50)
    pdf.multi_cell(0, 13, m["title"], align="C")
    pdf.ln(6)
    pdf.set_font("DV", "", 14)
    pdf.multi_cell(0, 8, m["kommun"], align="C")
    pdf.ln(30)
    pdf.set_font("DV", "", 10)
    pdf.multi_cell(0, 6, m["adopted"], align="C")
    # toc
    pdf.add_page()
    pdf.h1("Innehåll")
    pdf.set_font("DV", "", 10)
    for t, pg in m["toc"]:
        pdf.cell(150, 6, t)
        pdf.cell(0, 6, str(pg), align="R")
        pdf.ln(6)
    # foreword
    pdf.add_page()
    pdf.h1(m["foreword_title"])
    for para in m["foreword"]:
        pdf.p(para)
    pdf.ln(4)
    pdf.set_font("DV", "I", 10)
    pdf.multi_cell(0, 5.5, m["signature"])
    # vision & goals
    pdf.add_page()
    pdf.h1("Vision och mål")
    pdf.p(m["vision"])
    pdf.h2("Kommunfullmäktiges mål för mandatperioden")
    pdf.bullets(m["goals"])
    pdf.h2("Finansiella mål")
    pdf.bullets(m["fin_goals"])
    # omvärld
    pdf.add_page()
    pdf.h1("Omvärld och förutsättningar")
    for para in m["omvarld"]:
        pdf.p(para)
    # economy prose
    pdf.h2("Ekonomiska förutsättningar")
    for para in m["ekonomi"]:
        pdf.p(para)
    # Resultatbudget
    pdf.add_page()
    pdf.h1("Resultatbudget")
    cols = m["cols"]
    hl1 = ["", ""] + [c[0] for c in cols]
    hl2 = ["", "Not"] + [c[1] for c in cols]
    r = m["res"]
    sc = lambda vals: [v * S for v in vals]
    rows = [
        nrow("Verksamhetens intäkter", sc(r["int"]), dec, neg, "1"),
        nrow("Verksamhetens kostnader", sc(r["kost"]), dec, neg, "2"),
        nrow("Avskrivningar", sc(r["avskr"]), dec, neg, ""),
        nrow("Verksamhetens nettokostnader", sc(m["nk"]), dec, neg, ""),
        nrow("Skatteintäkter", sc(r["skatt"]), dec, neg, "3"),
        nrow("Generella statsbidrag och utjämning", sc(r["gsb"]), dec, neg, "4"),
        nrow("Verksamhetens resultat", sc(m["vr"]), dec, neg, ""),
        nrow("Finansiella intäkter", sc(r["finint"]), dec, neg, ""),
        nrow("Finansiella kostnader", sc(r["finkost"]), dec, neg, "5"),
        nrow("Resultat efter finansiella poster", sc(m["ef"]), dec, neg, ""),
        nrow("Årets resultat", sc(m["ef"]), dec, neg, ""),
        ["Resultat i % av skatter och bidrag", ""] + [fmt(v, 1) + " %" for v in m["pct"]],
    ]
    w = [62, 10] + [19.6] * 5
    pdf.table([hl1, hl2], rows, w, caption=m["unit_caption"],
              bold_rows=("Verksamhetens nettokostnader", "Verksamhetens resultat", "Årets resultat"))
    pdf.note(m["res_note"])
    pdf.p(m["res_prose"])
    # Balansbudget
    pdf.add_page()
    pdf.h1("Balansbudget")
    b = m["bal"]
    rows = [
        ["TILLGÅNGAR", ""] + [""] * 5,
        nrow("Anläggningstillgångar", sc(b["at"]), dec, neg, "6"),
        nrow("Omsättningstillgångar", sc(b["ot"]), dec, neg, ""),
        nrow("Summa tillgångar", sc(b["tot"]), dec, neg, ""),
        ["EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER", ""] + [""] * 5,
        nrow("Eget kapital", sc(b["ek"]), dec, neg, "7"),
        nrow("  därav årets resultat", sc(m["ef"]), dec, neg, ""),
        nrow("Avsättningar för pensioner", sc(b["avs"]), dec, neg, "8"),
        nrow("Långfristiga skulder", sc(b["lsk"]), dec, neg, "9"),
        nrow("Kortfristiga skulder", sc(b["ksk"]), dec, neg, ""),
        nrow("Summa eget kapital, avsättningar och skulder", sc(b["tot"]), dec, neg, ""),
    ]
    w2 = [72, 8] + [18] * 5
    pdf.table([hl1, hl2], rows, w2, caption=m["unit_caption"],
              bold_rows=("Summa tillgångar", "Summa eget kapital, avsättningar och skulder"), size=8)
    pdf.p(m["bal_prose"])
    # Kassaflöde
    pdf.h1("Kassaflödesbudget")
    cneg = m.get("cash_neg", neg)
    medel = [round(m["ef"][i] - r["avskr"][i] + m["cash_other"][i], 1) for i in range(5)]
    invneg = [-v for v in b["inv"]]
    fin = m["cash_fin"]
    kf = [round(medel[i] + invneg[i] + fin[i], 1) for i in range(5)]
    rows = [
        ["Den löpande verksamheten", ""] + [""] * 5,
        nrow("Årets resultat", sc(m["ef"]), dec, cneg),
        nrow("Justering för av- och nedskrivningar", sc([-v for v in r["avskr"]]), dec, cneg),
        nrow("Övriga ej likviditetspåverkande poster", sc(m["cash_other"]), dec, cneg),
        nrow("Medel från den löpande verksamheten", sc(medel), dec, cneg),
        ["Investeringsverksamheten", ""] + [""] * 5,
        nrow("Investering i materiella anläggningstillgångar", sc(invneg), dec, cneg),
        ["Finansieringsverksamheten", ""] + [""] * 5,
        nrow("Nyupptagna lån / amortering (netto)", sc(fin), dec, cneg),
        nrow("Årets kassaflöde", sc(kf), dec, cneg),
    ]
    m["kf"] = kf
    pdf.table([hl1, hl2], rows, w2, caption=m["unit_caption"],
              bold_rows=("Medel från den löpande verksamheten", "Årets kassaflöde"), size=8)
    # Driftbudget (landscape, header repeated)
    pdf.add_page(orientation="L")
    pdf.h1("Driftbudget per nämnd")
    pdf.p(m["drift_intro"])
    pop = m["pop"]
    drows = []
    sums = [0.0] * 5
    for name, vals in m["namnder"]:
        ch = round(vals[2] - vals[1], 1)
        chp = round(100 * ch / vals[1], 1)
        kpi = round(vals[2] * 1e6 / pop, -1)
        drows.append([name] + [fmt(v, 1) for v in vals] + [fmt(ch, 1, m.get("drift_neg", "-")),
                                                             fmt(chp, 1, m.get("drift_neg", "-")),
                                                             fmt(kpi, 0)])
        for i in range(5):
            sums[i] += vals[i]
    sums = [round(s, 1) for s in sums]
    m["drift_sum"] = sums
    fin_rows = [round(-m["nk"][i] - sums[i], 1) for i in range(5)]
    # column 1 of namnder is budget 2024 (not in result budget); use m["nk_b24"]
    fin_rows[1] = round(m["nk_b24"] - sums[1], 1)
    m["drift_fin"] = fin_rows
    tot = [round(sums[i] + fin_rows[i], 1) for i in range(5)]
    m["drift_tot"] = tot
    ch = round(sums[2] - sums[1], 1)
    drows.append(["Summa nämnder"] + [fmt(v, 1) for v in sums] + [fmt(ch, 1), fmt(100 * ch / sums[1], 1),
                                                                   fmt(round(sums[2] * 1e6 / pop, -1), 0)])
    drows.append(["Finansförvaltning och gemensamma poster"] + [fmt(v, 1) for v in fin_rows] + ["", "", ""])
    drows.append(["Totalt verksamhetens nettokostnader"] + [fmt(v, 1) for v in tot] + ["", "", ""])
    dh1 = ["", "Bokslut", "Budget", "Budget", "Plan", "Plan", "Förändring", "Förändring", "kr per"]
    dh2 = ["Nämnd (mnkr)", "2023", "2024", "2025", "2026", "2027", "2024–2025", "%", "invånare 2025"]
    dw = [78, 22, 22, 22, 22, 22, 26, 22, 26]
    # filler prose to push the table over a page break
    for para in m["drift_prose"]:
        pdf.p(para)
    pdf.table([dh1, dh2], drows, dw, caption="Nettokostnad per nämnd, belopp i mnkr (kr per invånare i kronor)",
              bold_rows=("Summa nämnder", "Totalt verksamhetens nettokostnader"), size=8.5, row_h=6.5,
              cont_label="Driftbudget per nämnd (forts.)")
    pdf.note(m["drift_note"])
    # Nämndernas uppdrag
    pdf.add_page(orientation="P")
    pdf.h1("Nämndernas uppdrag och prioriteringar")
    for title, text in m["namnd_text"]:
        pdf.h2(title)
        pdf.p(text)
    # Investeringsbudget
    pdf.add_page()
    pdf.h1("Investeringsbudget")
    for para in m["inv_prose"]:
        pdf.p(para)
    irows = []
    for sec, projs in m["inv"]:
        irows.append([sec, "", "", "", ""])
        s = [0, 0, 0]
        for nm, a, b_, c in projs:
            irows.append([nm, fmt(a, 0), fmt(b_, 0), fmt(c, 0), fmt(a + b_ + c, 0)])
            s = [s[0] + a, s[1] + b_, s[2] + c]
        irows.append(["Summa " + sec.lower(), fmt(s[0], 0), fmt(s[1], 0), fmt(s[2], 0), fmt(sum(s), 0)])
    tt = [sum(p[1 + k] for sec in m["inv"] for p in sec[1]) for k in range(3)]
    irows.append(["Totalt investeringar", fmt(tt[0], 0), fmt(tt[1], 0), fmt(tt[2], 0), fmt(sum(tt), 0)])
    iw = [86, 21, 21, 21, 21]
    pdf.table([["Projekt", "Budget", "Plan", "Plan", "Totalt"],
               ["", "2025", "2026", "2027", "2025–2027"]], irows, iw,
              caption="Investeringar per nämnd och projekt, belopp i tkr",
              bold_rows=tuple("Summa " + s.lower() for s, _ in m["inv"]) + ("Totalt investeringar",),
              row_h=5.6, cont_label="Investeringsbudget (forts.)")
    pdf.note(m["inv_note"])
    # Personal
    pdf.h1("Personal och kompetensförsörjning")
    for para in m["personal"]:
        pdf.p(para)
    # Noter
    pdf.add_page()
    pdf.h1("Noter")
    for i, t in enumerate(m["noter"], 1):
        pdf.h2(f"Not {i}")
        pdf.p(t)
    pdf.output(path)
    return m
