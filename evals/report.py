"""The evaluation report: one JSON object and a Markdown page, plus the threshold check.

Deterministic: questions keep their set order, numbers are rounded once, JSON keys are sorted and every
wall-clock figure (latency, durations) lives under "timings", so two runs differ only there.
"""
from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from evals.questions import CHECK_SETS, DEV_DIR
from evals.reliability import reliability_table
from evals.scoring import QuestionScore, aggregate, by_category

TIMING_KEYS = ("latency_p50_ms", "latency_p95_ms")
SHOWN = ("answer_accuracy", "false_refusal_rate", "hit@1", "hit@5", "mrr", "citation_precision", "evidence_recall", "quote_verbatim",
         "numeric_accuracy", "refusal_precision", "refusal_recall", "verdict_accuracy")
BASELINE_LABELS = {"bm25": "BM25 (bm25s, svensk stemmer)", "llamaindex": "llama-index VectorStoreIndex"}


def _round(value: Any) -> Any:
    return round(value, 4) if isinstance(value, float) else value


def _split_timings(table: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    plain = {k: _round(v) for k, v in table.items() if k not in TIMING_KEYS}
    timing = {k: _round(v) for k, v in table.items() if k in TIMING_KEYS}
    return plain, timing


def set_group(set_name: str) -> str:
    """Which part of the measurement a set is: the dev sets tuned on, the check sets never read, or a set outside dev
    (a blind set on its one run, or any file named on the command line)."""
    if set_name in CHECK_SETS:
        return "check"
    return "tuning" if (DEV_DIR / f"{set_name}.jsonl").exists() else "other"


def by_set(scores: Sequence[QuestionScore]) -> dict[str, dict[str, Any]]:
    """Questions and right answers per set, with its group, in the order the sets came."""
    table: dict[str, dict[str, Any]] = {}
    for s in scores:
        row = table.setdefault(s.set_name, {"group": set_group(s.set_name), "n": 0, "right": 0})
        row["n"] += 1
        row["right"] += bool(s.correct)
    for row in table.values():
        row["answer_accuracy"] = _round(row["right"] / row["n"])
    return table


def by_group(per_set: Mapping[str, Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    groups: dict[str, dict[str, Any]] = {}
    for row in per_set.values():
        g = groups.setdefault(row["group"], {"sets": 0, "n": 0, "right": 0})
        g["sets"] += 1
        g["n"] += row["n"]
        g["right"] += row["right"]
    for g in groups.values():
        g["answer_accuracy"] = _round(g["right"] / g["n"])
    return dict(sorted(groups.items()))


def check_thresholds(values: Mapping[str, Any], thresholds: Mapping[str, Mapping[str, float]]) -> list[dict[str, Any]]:
    """One row per declared threshold: metric, bound, value, ok, measured.

    A metric the sets give no questions for (None: e.g. verdict accuracy when a set holds no claims) is
    not measured and does not fail, so one set can be run on its own; the report says so."""
    rows = []
    for bound in ("min", "max"):
        for metric, limit in sorted(thresholds.get(bound, {}).items()):
            value = values.get(metric)
            ok = value is None or (value >= limit if bound == "min" else value <= limit)
            rows.append({"metric": metric, "bound": bound, "limit": limit, "value": _round(value), "ok": ok,
                         "measured": value is not None})
    return rows


def build_report(scores: Sequence[QuestionScore], *, sets: Sequence[str], config: Mapping[str, Any],
                 baselines: Mapping[str, Mapping[str, Any]] | None = None, retrieval_source: str = "",
                 durations_s: Mapping[str, float] | None = None, index_chunks: int | None = None) -> dict[str, Any]:
    overall, overall_timing = _split_timings(aggregate(scores))
    overall["chunks"] = index_chunks  # passages in the index: hit@k is easier over fewer, larger chunks
    categories: dict[str, Any] = {}
    category_timing: dict[str, Any] = {}
    for name, table in by_category(scores).items():
        categories[name], category_timing[name] = _split_timings(table)
    thresholds = config.get("thresholds", {})
    timed = {bound: {m: v for m, v in limits.items() if m in TIMING_KEYS} for bound, limits in thresholds.items()}
    untimed = {bound: {m: v for m, v in limits.items() if m not in TIMING_KEYS} for bound, limits in thresholds.items()}
    checks = check_thresholds(overall, untimed)
    timing_checks = check_thresholds(overall_timing, timed)
    per_set = by_set(scores)
    questions = [{
        "id": s.id, "set": s.set_name, "category": s.category, "rank": s.rank,
        "citation_precision": _round(s.citation_precision), "evidence_recall": _round(s.evidence_recall),
        "numbers_ok": s.numbers_ok, "refused": None if s.refusal is None else s.refusal[1],
        "verdict_ok": s.verdict_ok, "correct": s.correct, "failures": list(s.failures),
        "answerable_p": s.answerable_p,
    } for s in scores]
    gated = [s for s in scores if s.answerable_p is not None and s.refusal is not None]
    failures = [{"id": s.id, "category": s.category, "question": s.question, "expected": s.expected,
                 "got": s.got, "reasons": list(s.failures)} for s in scores if s.failures]
    return {
        "sets": list(sets),
        "n_questions": len(scores),
        "retrieval_source": retrieval_source,
        "overall": overall,
        "categories": categories,
        "sets_scored": per_set,
        "groups": by_group(per_set),
        "reliability": reliability_table([s.answerable_p for s in gated], [not s.refusal[0] for s in gated]),
        "baselines": {name: {k: _round(v) for k, v in table.items() if k not in TIMING_KEYS}
                      for name, table in sorted((baselines or {}).items())},
        "thresholds": checks,
        "crashed": [s.id for s in scores if s.crashed],  # asking raised an unexpected exception: a bug to fix
        "passed": all(row["ok"] for row in checks + timing_checks) and not any(s.crashed for s in scores),
        "questions": questions,
        "failures": failures,
        "timings": {"overall": overall_timing, "categories": category_timing, "thresholds": timing_checks,
                    "durations_s": {k: round(v, 2) for k, v in sorted((durations_s or {}).items())},
                    "baselines": {name: {k: _round(v) for k, v in table.items() if k in TIMING_KEYS}
                                  for name, table in sorted((baselines or {}).items())}},
    }


def _cell(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split()).replace("|", "\\|")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def render_markdown(report: Mapping[str, Any]) -> str:
    baselines = report["baselines"]
    lines = ["# Utvärdering av kommun", "",
             f"{report['n_questions']} frågor ur {', '.join(report['sets'])}. "
             f"Hämtade passager: {report['retrieval_source'] or 'okänt'}.", "",
             "## Samlade mått", ""]
    header = ["mått", "kommun"] + [BASELINE_LABELS.get(name, name) for name in baselines]
    lines += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for metric in ("chunks",) + SHOWN:
        row = [metric, _cell(report["overall"].get(metric))] + [_cell(b.get(metric)) for b in baselines.values()]
        lines.append("| " + " | ".join(row) + " |")
    timing = report["timings"]["overall"]
    lines.append("| latens p50 / p95 (ms) | " + f"{_cell(timing.get('latency_p50_ms'))} / {_cell(timing.get('latency_p95_ms'))}"
                 + " |" + " |" * len(baselines))
    lines += ["", "## Per kategori", ""]
    cat_metrics = ("n", "answer_accuracy", "false_refusal_rate", "hit@1", "hit@5", "mrr", "citation_precision", "evidence_recall", "numeric_accuracy",
                   "refusal_precision", "refusal_recall", "verdict_accuracy")
    lines += ["| kategori | " + " | ".join(cat_metrics) + " |", "|---|" + "---|" * len(cat_metrics)]
    for name, table in report["categories"].items():
        lines.append(f"| {name} | " + " | ".join(_cell(table.get(m)) for m in cat_metrics) + " |")
    lines += ["", "## Per set", "",
              "Justering: dev-set som läses och justeras på. Kontroll: dev-set som aldrig läses (evals.questions.CHECK_SETS); "
              "det de vinner eller förlorar visar om en ändring generaliserar. Övrigt: set utanför dev, t.ex. ett blint set.", "",
              "| del | set | frågor | rätt | andel |", "|---|---|---|---|---|"]
    labels = {"tuning": "justering", "check": "kontroll", "other": "övrigt"}
    for name, g in report.get("groups", {}).items():
        lines.append(f"| **{labels.get(name, name)}** | {g['sets']} set | {g['n']} | {g['right']} | {_cell(g['answer_accuracy'])} |")
    for name, row in report.get("sets_scored", {}).items():
        lines.append(f"| {labels.get(row['group'], row['group'])} | {name} | {row['n']} | {row['right']} | "
                     f"{_cell(row['answer_accuracy'])} |")
    if report.get("reliability"):
        lines += ["", "## Svarbarhetsmodellens tillförlitlighet", "",
                  "Frågor som nådde textgrinden (inte påståenden): i varje band av modellens sannolikhet, hur stor andel "
                  "som enligt facit går att besvara. En kalibrerad modell har andelar nära bandets medelsannolikhet.", "",
                  "| sannolikhet | frågor | medel | besvarbara |", "|---|---|---|---|"]
        lines += [f"| {r['p']} | {r['n']} | {r['mean_p']:.3f} | {r['answerable']:.3f} |" for r in report["reliability"]]
    lines += ["", "## Trösklar (evals/config.json)", "", "| mått | gräns | värde | ok |", "|---|---|---|---|"]
    for row in report["thresholds"] + report["timings"]["thresholds"]:
        sign = "≥" if row["bound"] == "min" else "≤"
        verdict = ("ja" if row["ok"] else "NEJ") if row.get("measured", True) else "ej mätt (inga sådana frågor)"
        lines.append(f"| {row['metric']} | {sign} {row['limit']} | {_cell(row['value'])} | {verdict} |")
    lines += ["", f"## Fel ({len(report['failures'])})", ""]
    if report["failures"]:
        lines += ["| id | fråga | väntat | fick | varför |", "|---|---|---|---|---|"]
        for f in report["failures"]:
            lines.append(f"| {f['id']} | {_short(f['question'], 90)} | {_short(f['expected'], 80)} | "
                         f"{_short(f['got'])} | {_short('; '.join(f['reasons']), 120)} |")
    return "\n".join(lines) + "\n"


def write_reports(report: Mapping[str, Any], out_dir: Path) -> tuple[Path, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    json_path, md_path = out_dir / "report.json", out_dir / "report.md"
    json_path.write_text(json.dumps(report, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    md_path.write_text(render_markdown(report), encoding="utf-8")
    return json_path, md_path


def summary_lines(report: Mapping[str, Any]) -> list[str]:
    """A few lines for the terminal: the headline metrics, baselines beside them, and the verdict."""
    o, t = report["overall"], report["timings"]["overall"]
    lines = [f"{report['n_questions']} frågor: rätt {_cell(o.get('answer_accuracy'))}, "
             f"besvarbara avböjda {_cell(o.get('false_refusal_rate'))}, hit@1 {_cell(o.get('hit@1'))}, hit@5 {_cell(o.get('hit@5'))}, "
             f"MRR {_cell(o.get('mrr'))}, källprecision {_cell(o.get('citation_precision'))}, "
             f"belägg {_cell(o.get('evidence_recall'))}, tal {_cell(o.get('numeric_accuracy'))}, "
             f"avböjanden P/R {_cell(o.get('refusal_precision'))}/{_cell(o.get('refusal_recall'))}, "
             f"utlåtanden {_cell(o.get('verdict_accuracy'))}, latens p50/p95 "
             f"{_cell(t.get('latency_p50_ms'))}/{_cell(t.get('latency_p95_ms'))} ms"]
    groups = report.get("groups", {})
    if len(groups) > 1 or "check" in groups:
        labels = {"tuning": "justering", "check": "kontroll", "other": "övrigt"}
        lines.append("  per del: " + ", ".join(f"{labels.get(k, k)} {g['right']}/{g['n']} ({_cell(g['answer_accuracy'])})"
                                               for k, g in groups.items()))
    for name, table in report["baselines"].items():
        lines.append(f"  baslinje {BASELINE_LABELS.get(name, name)}: hit@1 {_cell(table.get('hit@1'))}, "
                     f"hit@5 {_cell(table.get('hit@5'))}, MRR {_cell(table.get('mrr'))}")
    failed = [r for r in report["thresholds"] + report["timings"]["thresholds"] if not r["ok"]]
    for row in failed:
        lines.append(f"  under tröskeln: {row['metric']} = {_cell(row['value'])} "
                     f"({'minst' if row['bound'] == 'min' else 'högst'} {row['limit']})")
    lines.append("Alla trösklar klarade." if not failed else f"{len(failed)} mått under tröskeln.")
    if report.get("crashed"):
        lines.append(f"{len(report['crashed'])} frågor kraschade (ett fel i koden; spåret står ovan): "
                     + ", ".join(report["crashed"]))
    return lines
