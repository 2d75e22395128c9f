"""HTML pages (.html, .htm): the article's text and tables; navigation, cookie banners and site chrome dropped.

lxml (already installed with python-docx) parses even broken markup. The content root is <main>, else
<article>, else <body>; inside it, elements that are chrome by tag (nav, header, footer, aside, form,
script ...), by ARIA role or by a class/id naming cookies, menus, breadcrumbs or feedback are removed.
"""
from __future__ import annotations

import re

from core.errors import CorruptFileError
from ingest.readers import ReadResult
from ingest.readers.grid import grid_lines

DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button", "svg", "iframe",
             "template", "select", "input", "label", "img")
DROP_ROLES = ("navigation", "banner", "contentinfo", "dialog", "search", "alertdialog", "complementary")
CHROME = re.compile(r"cookie|consent|banner|breadcrumb|brodsmul|skip|menu|navbar|sidebar|feedback|share|social|"
                    r"search|footer|header", re.IGNORECASE)
BLOCKS = {"p", "li", "dt", "dd", "blockquote", "figcaption", "pre", "address"}
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
SITE_SUFFIX = re.compile(r"\s+[-–|·]\s+(?P<site>[^-–|·]+)$")


def read(data: bytes, shown: str) -> ReadResult:
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(data, parser=lxml.html.HTMLParser(encoding=_encoding(data)))
    except (etree.ParserError, ValueError) as exc:
        raise CorruptFileError(f"{shown}: HTML-filen kan inte tolkas ({exc}).") from exc
    head_title = " ".join((root.findtext(".//title") or "").split())
    site = _meta(root, "og:site_name") or _site_from_title(head_title) or _copyright(root)
    date = _meta(root, "article:published_time") or _meta(root, "date") or _time(root)
    content = next((node for node in (root.find(".//main"), root.find(".//article"), root.find(".//body"))
                    if node is not None), root)
    _drop_chrome(content)
    lines: list[str] = []
    _walk(content, lines)
    text = "\n\n".join(line for line in lines if line.strip())
    h1 = content.find(".//h1")
    title = " ".join(h1.text_content().split()) if h1 is not None else None
    if not title and head_title:
        title = SITE_SUFFIX.sub("", head_title) or head_title
    return ReadResult(text=text, title=title or None, publisher=site, date=date[:10] if date else None)


def _encoding(data: bytes) -> str:
    """The declared charset, else UTF-8 when the bytes decode as UTF-8, else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8"
    declared = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", data[:4096], re.IGNORECASE)
    if declared:
        import codecs

        try:
            return codecs.lookup(declared.group(1).decode("ascii")).name
        except LookupError:
            pass  # an unknown charset name: guess from the bytes
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        return "cp1252"


def _meta(root, name: str) -> str | None:
    for node in root.iter("meta"):
        if name in (node.get("property"), node.get("name")) and node.get("content"):
            return node.get("content").strip()
    return None


def _site_from_title(title: str) -> str | None:
    match = SITE_SUFFIX.search(title)
    return match.group("site").strip() if match else None


def _copyright(root) -> str | None:
    for node in root.iter("footer"):
        match = re.search(r"©\s*(?:\d{4}\s*)?([A-ZÅÄÖ][\wåäö-]+(?: [\wåäö-]+)? (?:kommun|stad|region))", node.text_content())
        if match:
            return match.group(1)
    return None


def _time(root) -> str | None:
    for node in root.iter("time"):
        if node.get("datetime"):
            return node.get("datetime")
    return None


def _drop_chrome(content) -> None:
    doomed = []
    for node in content.iter():
        if not isinstance(node.tag, str):
            doomed.append(node)  # comments, processing instructions
            continue
        marker = f"{node.get('class', '')} {node.get('id', '')}"
        if node.tag in DROP_TAGS or node.get("role") in DROP_ROLES or node.get("aria-hidden") == "true":
            doomed.append(node)
        elif node.tag not in ("main", "article", "body", "table") and CHROME.search(marker) \
                and node.find(".//h1") is None and node.find(".//table") is None:
            doomed.append(node)  # a class or id naming chrome, unless it holds the headline or a table
    for node in doomed:
        if node.getparent() is not None:
            node.drop_tree()


def _text(node) -> str:
    return " ".join(node.text_content().split())


def _walk(node, lines: list[str]) -> None:
    tag = node.tag if isinstance(node.tag, str) else ""
    if tag in HEADINGS:
        lines.append("#" * HEADINGS[tag] + " " + _text(node))
        return
    if tag == "table":
        caption = node.find("caption")
        if caption is not None:
            lines.append(_text(caption))
        lines.append("\n".join(grid_lines(*table_grid(node))))
        return
    grid = div_grid(node) if tag in ("div", "section", "ul", "ol") else None
    if grid is not None:
        if node.get("aria-label"):
            lines.append(" ".join(node.get("aria-label").split()))  # the grid's caption
        lines.append("\n".join(grid_lines(*grid)))
        return
    if tag == "dl":
        lines.extend(term_lines(node))
        return
    if tag in BLOCKS:
        text = _text(node)
        if text:
            lines.append(("- " if tag == "li" else "") + text)
        return
    if node.text and node.text.strip() and tag not in ("html", "head"):
        lines.append(" ".join(node.text.split()))
    for child in node:
        _walk(child, lines)
        if child.tail and child.tail.strip():
            lines.append(" ".join(child.tail.split()))


GRID_ROLES = ("table", "grid", "treegrid")
HEADER_ROLES = ("columnheader",)
INLINE = {"span", "strong", "b", "em", "i", "small", "sup", "sub", "abbr", "time", "data", "a", "br", "bdi", "mark"}


def div_grid(node) -> tuple[list[list[str]], int] | None:
    """A table built of elements other than <table>: a container with ARIA role table/grid whose role=row children
    hold cells, or any container of at least two rows that each hold the same number (two or more) of cells of
    inline text, with a figure in a cell of some row after the first (a CSS grid of a page's key figures). (grid,
    header rows), the header being the first rows whose cells are column headers; None when it is no grid."""
    rows = [child for child in node if isinstance(child.tag, str)]
    if node.get("role") in GRID_ROLES:  # rows may sit inside role=rowgroup wrappers
        rows = [r for r in node.iter() if isinstance(r.tag, str) and r.get("role") == "row"]
    if len(rows) < 2 or any(r.tag not in ("div", "li") and r.get("role") != "row" or _loose_text(r) for r in rows):
        return None
    cells = [[c for c in row if isinstance(c.tag, str)] for row in rows]
    width = len(cells[0])
    if width < 2 or any(len(r) != width for r in cells) or any(_holds_blocks(c) for r in cells for c in r):
        return None
    grid = [[_text(c) for c in r] for r in cells]
    if node.get("role") not in GRID_ROLES and not any(_is_figure(t) for r in grid[1:] for t in r[1:]):
        return None
    header_rows = 0
    while header_rows < len(cells) - 1 and all(c.get("role") in HEADER_ROLES or c.tag == "th" for c in cells[header_rows]):
        header_rows += 1
    return grid, header_rows


def _loose_text(row) -> bool:
    """Text in a row outside its cells: a line of prose with inline markup, not a row of cells."""
    return bool((row.text or "").strip()) or any((c.tail or "").strip() for c in row)


def _holds_blocks(cell) -> bool:
    """A cell holding more than inline text (a paragraph, a list, a box of its own) is a layout box, not a cell."""
    return any(isinstance(d.tag, str) and d.tag not in INLINE for d in cell.iterdescendants())


def _is_figure(text: str) -> bool:
    from assistant.budget.tables import parse_value

    try:
        return parse_value(text) is not None
    except ValueError:
        return False


def term_lines(dl) -> list[str]:
    """A description list as lines of "term: description" ("Skattesats 2025: 22,15 kronor"): a figure keeps the
    label it is the value of, as a table row keeps its row's."""
    out: list[str] = []
    term = ""
    for child in dl.iter("dt", "dd"):
        text = _text(child)
        if child.tag == "dt":
            if term:
                out.append(term)
            term = text
        elif text:
            out.append(f"{term}: {text}" if term else text)
            term = ""
    if term:
        out.append(term)
    return out


def table_grid(table) -> tuple[list[list[str]], int]:
    """(grid with rowspan/colspan expanded, number of header rows) of an HTML <table>."""
    rows = []
    for section in ("thead", "tbody", "tfoot", None):
        found = table.findall(f"{section}/tr") if section else table.findall("tr")
        rows.extend((section, tr) for tr in found)
    grid: list[list[str]] = []
    carry: dict[int, tuple[int, str]] = {}  # column -> (rows left, text) from rowspan
    header_rows = 0
    for index, (section, tr) in enumerate(rows):
        out: list[str] = []
        cells = [c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
        col = 0
        for cell in cells:
            while col in carry:
                left, text = carry[col]
                out.append(text)
                carry[col] = (left - 1, text)
                if left - 1 <= 0:
                    del carry[col]
                col += 1
            text = _text(cell)
            span = _int(cell.get("colspan"))
            down = _int(cell.get("rowspan"))
            for _ in range(span):
                out.append(text)
                if down > 1:
                    carry[col] = (down - 1, text)
                col += 1
        while col in carry:
            left, text = carry[col]
            out.append(text)
            carry[col] = (left - 1, text)
            if left - 1 <= 0:
                del carry[col]
            col += 1
        grid.append(out)
        if section == "thead" or (section is None and index == header_rows and cells and all(c.tag == "th" for c in cells)):
            header_rows = index + 1
    return grid, header_rows


def _int(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 50))
    except ValueError:
        return 1
