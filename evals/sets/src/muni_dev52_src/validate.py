"""Validate muni_dev52.jsonl: keys, categories, docs exist, quotes occur in the extracted text."""
import json, sys, collections
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract import extract, norm
ROOT = Path(__file__).resolve().parents[4]
F = ROOT / 'evals/sets/dev/muni_dev52.jsonl'
CATS = {"table_lookup": 9, "calculation": 9, "lookup": 5, "text_amount": 5, "multi_doc": 5, "claim": 5,
        "unanswerable": 5, "multi_part": 4, "followup": 4, "english": 4}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
KEYS = ["id", "corpus", "category", "language", "question", "history", "gold"]
GKEYS = {"answer", "numbers", "docs", "quotes", "refused", "verdict"}
errs = []; cache = {}; cnt = collections.Counter(); ids = set(); docs_used = collections.Counter()
lines = F.read_text(encoding='utf-8').splitlines()
for ln, line in enumerate(lines, 1):
    o = json.loads(line)
    if list(o.keys()) != KEYS: errs.append((ln, 'keys', list(o.keys())))
    if o['id'] != f"md52-{ln:03d}" or o['id'] in ids: errs.append((ln, 'id', o['id']))
    ids.add(o['id'])
    if o['corpus'] != 'evals/corpora/dev-muni52': errs.append((ln, 'corpus'))
    c = o['category']; cnt[c] += 1
    if c not in CATS: errs.append((ln, 'cat', c))
    if o['language'] not in ('sv', 'en'): errs.append((ln, 'lang'))
    if (c == 'english') != (o['language'] == 'en'): errs.append((ln, 'english/lang mismatch'))
    if not isinstance(o['history'], list): errs.append((ln, 'history type'))
    if (c == 'followup') != bool(o['history']): errs.append((ln, 'history'))
    g = o['gold']
    if set(g.keys()) != GKEYS: errs.append((ln, 'gkeys', g.keys()))
    for n in g['numbers']:
        if set(n) != {'value', 'unit'} or n['unit'] not in UNITS or not isinstance(n['value'], (int, float)):
            errs.append((ln, 'number', n))
    if g['refused']:
        if g['docs'] or g['quotes'] or g['numbers']: errs.append((ln, 'refused but evidence'))
    else:
        if not g['docs'] or not g['quotes']: errs.append((ln, 'no evidence'))
    if c == 'unanswerable' and not g['refused']: errs.append((ln, 'unanswerable not refused'))
    if c == 'claim':
        if g['verdict'] not in ('supported', 'contradicted', 'not_found'): errs.append((ln, 'verdict'))
        if (g['verdict'] == 'not_found') != g['refused']: errs.append((ln, 'not_found/refused'))
    elif g['verdict'] is not None: errs.append((ln, 'verdict non-claim'))
    if c == 'multi_doc' and len(g['docs']) < 2: errs.append((ln, 'multi_doc docs'))
    texts = []
    for d in g['docs']:
        docs_used[d.split('/')[-1]] += 1
        if not d.startswith(o['corpus'] + '/'): errs.append((ln, 'doc prefix', d))
        p = ROOT / d
        if not p.exists(): errs.append((ln, 'missing doc', d)); continue
        if d not in cache: cache[d] = norm(extract(p))
        texts.append(cache[d])
    for qt in g['quotes']:
        if not any(norm(qt) in t for t in texts): errs.append((ln, 'quote not found', qt))
for c, n in CATS.items():
    if cnt[c] != n: errs.append(('count', c, cnt[c], n))
print('questions:', len(lines))
print('categories:', dict(cnt))
print('docs used:', dict(docs_used))
for e in errs: print('ERR', e)
print('VALIDATION', 'PASSED' if not errs else 'FAILED')
