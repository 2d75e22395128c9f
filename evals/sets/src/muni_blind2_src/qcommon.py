"""Helpers for writing the question set."""
C = "evals/corpora/blind-muni2"
HB = f"{C}/hjo/hjo-budget-2025.pdf"
HN = f"{C}/hjo/nyhet-lekplats-hamnparken.html"
HX = f"{C}/hjo/nettokostnader-befolkning-2021-2024.xlsx"
HM = f"{C}/hjo/handlingsplan-energi-2025-2027.md"
AA = f"{C}/asele/asele-arsredovisning-2024.pdf"
AH = f"{C}/asele/ekonomi-i-korthet.html"
AD = f"{C}/asele/kf-sammantrade-2025-02-24.docx"
AT = f"{C}/asele/von-atgardsplan-2025.txt"


def n(value, unit):
    return {"value": value, "unit": unit}


def Q(cat, question, answer, numbers=(), docs=(), quotes=(), lang="sv", history=(),
      refused=False, verdict=None):
    return {"category": cat, "language": lang, "question": question,
            "history": list(history),
            "gold": {"answer": answer, "numbers": list(numbers), "docs": list(docs),
                     "quotes": list(quotes), "refused": refused, "verdict": verdict}}
