import re, sys
from html.parser import HTMLParser
from pathlib import Path

def fmt_cell(v):
    if v is None: return None
    if isinstance(v, bool): return str(v)
    if isinstance(v, int): return str(v)
    if isinstance(v, float):
        if v.is_integer(): return str(int(v))
        return repr(v).replace('.', ',')
    return str(v)

def extract(path):
    path = Path(path); ext = path.suffix.lower()
    if ext == '.pdf':
        from pypdf import PdfReader
        return '\n'.join(p.extract_text() or '' for p in PdfReader(str(path)).pages)
    if ext in ('.txt', '.md'):
        return path.read_text(encoding='utf-8')
    if ext == '.docx':
        import docx
        d = docx.Document(str(path)); out = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                out.append(' | '.join(c.text for c in r.cells))
        return '\n'.join(out)
    if ext == '.xlsx':
        import openpyxl
        wb = openpyxl.load_workbook(str(path), data_only=True); out = []
        for ws in wb.worksheets:
            out.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                cells = [fmt_cell(v) for v in row]
                cells = [c for c in cells if c is not None]
                if cells: out.append(' | '.join(cells))
        return '\n'.join(out)
    if ext in ('.html', '.htm'):
        class P(HTMLParser):
            def __init__(s):
                super().__init__(); s.lines=[]; s.buf=[]; s.skip=0; s.row=None; s.cell=None
            def handle_starttag(s, tag, a):
                if tag in ('script','style','head'): s.skip+=1
                elif tag=='tr': s.flush(); s.row=[]
                elif tag in ('td','th') and s.row is not None: s.cell=[]
                elif tag in ('p','div','h1','h2','h3','li','br','caption','table','ul','nav','header','footer','article','aside','main'): s.flush()
            def handle_endtag(s, tag):
                if tag in ('script','style','head'): s.skip-=1
                elif tag in ('td','th') and s.cell is not None:
                    s.row.append(' '.join(''.join(s.cell).split())); s.cell=None
                elif tag=='tr' and s.row is not None:
                    s.lines.append(' | '.join(s.row)); s.row=None
                elif tag in ('p','div','h1','h2','h3','li','caption','ul','a') : 
                    if tag!='a': s.flush()
            def handle_data(s, d):
                if s.skip: return
                if s.cell is not None: s.cell.append(d)
                elif s.row is None: s.buf.append(d)
            def flush(s):
                t=' '.join(''.join(s.buf).split())
                if t: s.lines.append(t)
                s.buf=[]
        p=P(); p.feed(path.read_text(encoding='utf-8')); p.flush()
        return '\n'.join(p.lines)
    raise ValueError(ext)

def norm(s):
    return ' '.join(s.split()).lower()

if __name__=='__main__':
    for f in sys.argv[1:]:
        print('=====', f); print(extract(f))
