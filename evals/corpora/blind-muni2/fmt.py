"""Swedish number formatting with the different negative styles."""
EN = "\u2013"     # en dash
MINUS = "\u2212"  # minus sign


def r1(x):
    return round(x + 0.0, 1)


def num(x, dec=1, neg="-"):
    """neg: '-', 'en', 'minus', 'paren'."""
    x = round(x, dec)
    if abs(x) < 10 ** (-dec) / 2:
        x = 0.0
    s = f"{abs(x):,.{dec}f}".replace(",", " ").replace(".", ",")
    if x < 0:
        if neg == "paren":
            return f"({s})"
        sign = {"-": "-", "en": EN, "minus": MINUS}[neg]
        return sign + s
    return s


def tkr(x, neg="-"):
    return num(x, 0, neg)
