"""A deterministic synthetic corpus: ~200 municipalities' budget-like documents with prose and tables.

    .venv/bin/python benchmarks/synthetic.py OUT_DIR [--municipalities 200] [--sections 55] [--seed 7]

Each municipality gets a budget (foreword, political sections, goals, a result budget, an operating
budget per committee in tkr and a five-year investment budget) and a press release, written as .txt
files with a metadata.json sidecar, so `kommun ingest OUT_DIR` reads them like the real corpus.
The same seed gives byte-identical files. `questions(...)` gives realistic questions about them.
"""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

PREFIXES = ("Norr", "Söder", "Väster", "Öster", "Berg", "Sjö", "Ek", "Björk", "Lind", "Gran", "Hag", "Mal",
            "Tor", "Ny", "Sand", "Sten", "Strand", "Älv", "Fjäll", "Lund")
SUFFIXES = ("by", "köping", "stad", "hamn", "vik", "dal", "torp", "sund", "berga", "ås", "fors", "holm", "näs")
COMMITTEES = ("Kommunstyrelsen", "Barn- och ungdomsnämnden", "Vård- och omsorgsnämnden", "Socialnämnden",
              "Kultur- och fritidsnämnden", "Utbildningsnämnden", "Samhällsbyggnadsnämnden", "Miljönämnden",
              "Tekniska nämnden", "Överförmyndarnämnden", "Arbetsmarknadsnämnden")
TOPICS = ("äldreomsorgen", "förskolan", "grundskolan", "gymnasieskolan", "hemtjänsten", "kollektivtrafiken",
          "bostadsbyggandet", "energieffektiviseringen", "digitaliseringen", "föreningslivet", "biblioteken",
          "simhallen", "cykelvägarna", "vattenförsörjningen", "räddningstjänsten", "feriearbetena",
          "kompetensförsörjningen", "lokalförsörjningen", "upphandlingen", "integrationen", "folkhälsan",
          "klimatarbetet", "turismen", "näringslivet", "landsbygdsutvecklingen")
VERBS = ("förstärks med", "tillförs", "får ett tillskott på", "minskas med", "omfördelas med")
REASONS = ("för att möta den demografiska utvecklingen", "i syfte att korta handläggningstiderna",
           "för att förbättra arbetsmiljön för medarbetarna", "som en del i det förebyggande arbetet",
           "för att nå en budget i balans", "i samverkan med civilsamhället och näringslivet",
           "för att öka andelen behörig personal", "för att minska kostnaderna för köpt vård")
FILLER = ("Nämnden ska redovisa hur arbetet fortskrider i samband med delårsrapporten.",
          "Uppföljningen sker två gånger per år och rapporteras till kommunfullmäktige.",
          "Satsningen ska utvärderas inför nästa budgetperiod och resultaten ska vara offentliga.",
          "Förvaltningen har i uppdrag att ta fram en handlingsplan med tydliga mål och indikatorer.",
          "Arbetet bedrivs inom befintlig ram och kräver ingen ytterligare finansiering.",
          "Invånarnas synpunkter samlas in genom medborgardialoger under våren.",
          "Kostnadsutvecklingen ska följas månadsvis och avvikelser ska rapporteras till nämnden.",
          "Jämförelser med liknande kommuner visar att det finns utrymme för effektiviseringar.")


def municipality_names(count: int) -> list[str]:
    names = [p + s.lower() if not p.endswith(s[0]) else p + s for p in PREFIXES for s in SUFFIXES]
    if count > len(names):
        names += [f"{n} Nedre" for n in names]
    return names[:count]


def tkr(value: int) -> str:
    return f"{value:,}".replace(",", " ")


def _paragraph(rng: random.Random, name: str, year: int) -> str:
    committee, topic = rng.choice(COMMITTEES), rng.choice(TOPICS)
    amount = rng.randrange(2, 400) * 100
    sentences = [f"{committee} i {name} {rng.choice(VERBS)} {tkr(amount)} tkr år {year} för {topic} "
                 f"{rng.choice(REASONS)}."]
    sentences += rng.sample(FILLER, 3)
    sentences.append(f"Målet är att {topic} i {name} ska hålla hög kvalitet även {year + rng.randrange(1, 6)}.")
    return " ".join(sentences)


def budget_text(rng: random.Random, name: str, sections: int) -> str:
    start = 2024 + rng.randrange(0, 3)
    years = (start, start + 1, start + 2)
    parts = [f"Budget för {name} kommun {years[0]}-{years[2]}", "",
             "Förord", "",
             f"Detta dokument utgör förslaget till budget {years[0]}-{years[2]} för {name} kommun. "
             f"Budgeten anger inriktningen för den kommunala verksamheten de kommande åren och bygger på "
             f"kommunfullmäktiges prioriterade mål. " + " ".join(rng.sample(FILLER, 3)), ""]
    for number in range(1, sections + 1):
        topic = rng.choice(TOPICS)
        parts += [f"{number}. Satsningar på {topic}", ""]
        for _ in range(rng.randrange(2, 4)):
            parts += [_paragraph(rng, name, rng.choice(years)), ""]
    base = {c: rng.randrange(5_000, 900_000) for c in COMMITTEES}
    parts += ["Driftsbudget", "", f"tkr\tBudget {years[0]}\tPlan {years[1]}\tPlan {years[2]}"]
    totals = [0, 0, 0]
    for committee, value in base.items():
        row = [value, value * (100 + rng.randrange(0, 5)) // 100, value * (100 + rng.randrange(2, 8)) // 100]
        totals = [t + r for t, r in zip(totals, row)]
        parts.append(committee + "\t" + "\t".join(tkr(v) for v in row))
    parts += ["Summa kommunbidrag\t" + "\t".join(tkr(v) for v in totals), "", "Investeringsbudget", "",
              "tkr\t" + "\t".join(str(years[0] + i) for i in range(5))]
    for committee in rng.sample(COMMITTEES, 7):
        parts.append(committee + "\t" + "\t".join(tkr(rng.randrange(1, 120) * 100) for _ in range(5)))
    parts += ["", "Resultatbudget", "", f"mnkr\tBudget {years[0]}\tPlan {years[1]}\tPlan {years[2]}",
              "Skatteintäkter\t" + "\t".join(tkr(rng.randrange(900_000, 4_000_000)) for _ in years),
              "Årets resultat\t" + "\t".join(tkr(rng.randrange(10_000, 150_000)) for _ in years), ""]
    return "\n".join(parts)


def press_text(rng: random.Random, name: str) -> str:
    topic = rng.choice(TOPICS)
    return "\n\n".join([
        f"Pressmeddelande från {name} kommun", f"{name} satsar på {topic}",
        _paragraph(rng, name, 2025), _paragraph(rng, name, 2026),
        f"- Vi tar ansvar för {topic} och för ekonomin, säger kommunstyrelsens ordförande i {name}.",
    ]) + "\n"


def generate(out_dir: Path, municipalities: int = 200, sections: int = 55, seed: int = 7) -> list[Path]:
    """Write the corpus; returns the files written (sorted)."""
    rng = random.Random(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    metadata: dict[str, dict[str, str]] = {}
    files = []
    for name in municipality_names(municipalities):
        slug = name.lower().replace(" ", "-").translate(str.maketrans("åäö", "aao"))
        for kind, text in (("budget", budget_text(rng, name, sections)), ("press_release", press_text(rng, name))):
            path = out_dir / f"{slug}-{kind.replace('_', '-')}.txt"
            path.write_text(text, encoding="utf-8")
            files.append(path)
            metadata[path.name] = {"title": f"{'Budget' if kind == 'budget' else 'Pressmeddelande'} – {name} kommun",
                                   "publisher": f"{name} kommun", "date": "2025", "type": kind, "language": "sv"}
    (out_dir / "metadata.json").write_text(json.dumps(metadata, ensure_ascii=False, indent=1), encoding="utf-8")
    return sorted(files)


def questions(municipalities: int = 200, count: int = 50, seed: int = 11) -> list[str]:
    """Questions the way users ask them, about the synthetic municipalities (deterministic)."""
    rng = random.Random(seed)
    names = municipality_names(municipalities)
    forms = ("Hur mycket får {c} i {m} för {t}?", "Vad satsar {m} på {t}?", "Vilken budget har {c} i {m}?",
             "Hur stora är skatteintäkterna i {m}?", "Stämmer det att {m} satsar på {t}?",
             "What does {m} spend on {t}?")
    return [rng.choice(forms).format(c=rng.choice(COMMITTEES).lower(), m=rng.choice(names), t=rng.choice(TOPICS))
            for _ in range(count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--municipalities", type=int, default=200)
    parser.add_argument("--sections", type=int, default=55)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    files = generate(args.out, args.municipalities, args.sections, args.seed)
    print(f"{len(files)} filer i {args.out}")


if __name__ == "__main__":
    main()
