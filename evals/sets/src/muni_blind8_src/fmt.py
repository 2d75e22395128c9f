"""Number formatting helpers (Swedish conventions)."""
from decimal import Decimal, ROUND_HALF_UP

EN = "\u2013"  # en dash used as minus sign


def group(s):
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return " ".join(out)


def fnum(v, dec=0, neg="dash", zero=None):
    """v is an int in units of 10**-dec (e.g. tenths of mnkr when dec=1)."""
    if v == 0 and zero is not None:
        return zero
    a = abs(int(v))
    ip, fp = divmod(a, 10 ** dec) if dec else (a, 0)
    s = group(str(ip))
    if dec:
        s += "," + str(fp).rjust(dec, "0")
    if v < 0:
        if neg == "dash":
            s = EN + s
        elif neg == "paren":
            s = "(" + s + ")"
        elif neg == "hyphen":
            s = "-" + s
    return s


def rnd(x, dec=1):
    q = Decimal(1).scaleb(-dec)
    return Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP)


def pct(num, den, dec=1):
    """percentage as Decimal rounded half-up"""
    return (Decimal(num) * 100 / Decimal(den)).quantize(Decimal(1).scaleb(-dec), rounding=ROUND_HALF_UP)


def fdec(d, dec=1, neg="dash"):
    """format a Decimal with comma decimal and en dash minus"""
    d = Decimal(d).quantize(Decimal(1).scaleb(-dec), rounding=ROUND_HALF_UP)
    v = int((d * (10 ** dec)).to_integral_value())
    return fnum(v, dec, neg)
