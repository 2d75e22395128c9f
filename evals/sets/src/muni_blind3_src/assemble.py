"""Run the part scripts and assemble muni_blind3.jsonl with ids mb3-001..."""
import json
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "muni_blind3.jsonl")
PARTS = ["part1_tables_calc.py", "part2_claim_lookup_text.py", "part3_multi_follow_en_unans.py"]

items = []
for i, script in enumerate(PARTS, 1):
    runpy.run_path(os.path.join(HERE, script))
    with open(os.path.join(HERE, f"part_{i}.jsonl"), encoding="utf-8") as f:
        items += [json.loads(line) for line in f if line.strip()]
with open(OUT, "w", encoding="utf-8") as f:
    for n, it in enumerate(items, 1):
        f.write(json.dumps({"id": f"mb3-{n:03d}", **it}, ensure_ascii=False) + "\n")
print(OUT, len(items))
