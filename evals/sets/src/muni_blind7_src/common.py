"""Shared helpers for the blind-muni7 corpus generator (deterministic)."""
from decimal import Decimal as D, ROUND_HALF_UP

MINUS = "\u2212"   # −
ENDASH = "\u2013"  # –


def q1(x):
    return D(x).quantize(D("0.1"), rounding=ROUND_HALF_UP)


def _grp(intpart: str) -> str:
    out = []
    while len(intpart) > 3:
        out.insert(0, intpart[-3:])
        intpart = intpart[:-3]
    out.insert(0, intpart)
    return " ".join(out)


def sv(v, dec=1, neg="minus", plus=False):
    """Swedish number format: space thousands, comma decimals, various negative styles."""
    if v is None:
        return ""
    v = D(v)
    if dec == 0:
        s_abs = _grp(str(int(abs(v).quantize(D("1"), rounding=ROUND_HALF_UP))))
    else:
        a = abs(v).quantize(D(1).scaleb(-dec), rounding=ROUND_HALF_UP)
        ip, fp = str(a).split(".")
        s_abs = _grp(ip) + "," + fp
    if v < 0:
        if neg == "minus":
            return MINUS + s_abs
        if neg == "endash":
            return ENDASH + s_abs
        if neg == "hyphen_space":
            return "- " + s_abs
        if neg == "paren":
            return "(" + s_abs + ")"
        if neg == "hyphen":
            return "-" + s_abs
    if plus and v > 0:
        return "+" + s_abs
    return s_abs
