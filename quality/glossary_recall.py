"""Why the glossary misses must-have terms: every seen gold article's missed terms, sorted by cause.

Usage:
    python quality/glossary_recall.py [--shared DIR] [--only NAME ...] [--table]
    python quality/glossary_recall.py folds [--shared DIR]
    python quality/glossary_recall.py printed [--shared DIR]   # the printed entries, one a line

Stage: offline, never at build time. Inputs: the gold files of
`quality/gold/` whose article is seen for the glossary (the tuning set, the
extra tuning articles and the fresh sets fresh to fresh-11; never a held-out
article, `HELD_OUT`), each article extracted with today's settings.
Output (stdout): per article, each must-have term that is not among the 60
printed entries (as `quality/run.py` counts it), with its cause:

- `printed longer`: an entry's term holds the term ("rechargeable batteries"
  for "battery": the scorer may be wrong to count it missing);
- `printed a piece`: the term holds an entry's term ("Drang" for "Sturm und
  Drang": a fragment printed instead of the whole, or a word of it);
- `below 60`: the glossary has the group but ranks it past the 60th place
  (its place and tier);
- `gated`: a candidate spells it, but a gate keeps it out (its kind by
  `pack.text.kinds`, and which of the glossary's gates say no);
- `never a candidate`: no candidate spells it; how the text writes it
  (`lowercase word`, `lowercase phrase`, `capitalised name`, `abbreviation`,
  `not in the text` as the gold spells it).

Each article's first 30 printed entries are matched to the blind sheets'
keep/drop labels (`seen_verdicts.readings("glossary")`, by term or variant):
kept / labelled; and the people and places among them (`quality/run.py`'s column). `--table` prints the counts by cause and set as markdown (the write-up is
quality/verdicts/glossary-recall-r26.md). `folds` prints must-have recall
per set (tuning gold and each fresh set): what a change must raise on every
fold.
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "quality"))

import run as bench  # noqa: E402  (quality/run.py: gold paths and the scorer's matching)
import train_keep  # noqa: E402  (the blind sheets' keep/drop labels)
from seen_verdicts import readings  # noqa: E402
from pack.extract.glossary import entries as gl  # noqa: E402
from pack.read import read_article  # noqa: E402
from pack.text.analysis import analyse  # noqa: E402

# Held out for every part (quality/SPLIT.md and the round's rules): never read here.
HELD_OUT = frozenset({"en-charles-darwin", "en-elizabeth-i", "en-world-war-i", "en-volcano", "en-solar-system",
                      "en-dutch-east-indies", "id-hatta", "id-revolusi-nasional", "id-sumpah-pemuda"})
# The sets whose gold is seen (fresh-12 and fresh-13 since round 26's readings); later sets nobody may read.
SEEN_SETS = frozenset({"tuning", "fresh", *(f"fresh{n}" for n in range(2, 16))})
LIMIT = 60


def seen_golds(shared: Path, only=None) -> list[tuple[str, str, dict, Path]]:
    """(set, name, gold, article path) of every seen gold file with must-have glossary terms."""
    out = []
    for gold_file in sorted(bench.GOLD.glob("*.toml")):
        name = gold_file.stem
        if name in HELD_OUT or (only and name not in only):
            continue
        gold = tomllib.loads(gold_file.read_text(encoding="utf-8"))
        if not gold.get("glossary", {}).get("must"):
            continue
        article = gold["article"]
        fresh = re.match(r"quality/(fresh\d*)/", article)
        set_name = fresh.group(1) if fresh else "tuning"
        if set_name not in SEEN_SETS:
            continue          # a set brought in after fresh-11 is unseen: never read here
        out.append((set_name, name, gold, bench.article_path(gold, shared)))
    return out


def spelled_by(forms_of: set[str], names) -> bool:
    return any(bench.forms(n) & forms_of for n in names)


def cause(spellings: list[str], article, printed, ranked, analysis) -> str | None:
    """Why the must-have term with `spellings` is not printed (see the module docstring);
    None when no candidate spells it."""
    for entry in printed:
        for name in (entry.term, *entry.variants):
            if any(bench.contains_word(name, s) for s in spellings):
                return f"printed longer: {entry.term}; whole {whole(spellings, article, ranked, analysis)}"
    for entry in printed:
        for name in (entry.term, *entry.variants):
            if any(bench.contains_word(s, name) for s in spellings):
                return f"printed a piece: {entry.term}; whole {whole(spellings, article, ranked, analysis)}"
    return unprinted(spellings, article, ranked, analysis)


def unprinted(spellings: list[str], article, ranked, analysis) -> str | None:
    """Why a term no printed entry spells nor holds is missing: `below 60`
    or `gated`; None when no candidate spells it."""
    wanted = {f for s in spellings for f in bench.forms(s)}
    for place, (entry, row) in enumerate(ranked):
        if spelled_by(wanted, (entry.term, *entry.variants)):
            return f"below 60: place {place + 1}, tier {int(row.get('tier', -1))}"
    for c in analysis.candidates:
        if spelled_by(wanted, (c.display, " ".join(c.key))):
            return f"gated: {gate(c, analysis, article)}"
    return None


def whole(spellings: list[str], article, ranked, analysis) -> str:
    """Where the whole term stands when a piece or a longer entry is printed
    instead: `ranked` past the 60 (its place), `gated`, or `never a candidate`."""
    found = unprinted(spellings, article, ranked, analysis)
    if found is None:
        return "never a candidate"
    return "ranked " + found.split(": ", 1)[1].split(",")[0] if found.startswith("below") else "gated"


def gate(c, analysis, article) -> str:
    """The kind of candidate `c` and the glossary gates that keep it out."""
    lex = analysis.lex
    said = [analysis.kinds.of(c.key)]
    people = gl._people_words(article, lex)
    checks = {
        "not a term": lambda: not gl._is_term(c, analysis, gl._subject_forms(analysis, people)),
        "names a person": lambda: gl._names_person(c, people, lex),
        "fragment": lambda: gl._fragment(c, gl._inside_longer([c2 for c2 in analysis.candidates]),
                                         bool(lex.candidates.get("phrase_head_first"))),
        "cut short": lambda: gl._cut_short(c, analysis),
        "located": lambda: gl._located(c, analysis),
        "building": lambda: gl._building(c, lex),
        "force of a place": lambda: gl._force_of_a_place(c, lex),
        "prefix or label": lambda: gl._prefix_or_label(c, analysis),
        "proper name": lambda: gl._proper_name([c], analysis),
        "everyday name": lambda: gl._everyday_name([c], lex),
    }
    said += [what for what, check in checks.items() if check()]
    return f"{c.display} ({c.shape}, count {c.count}): " + ", ".join(said)


def written(spellings: list[str], text: str) -> str:
    """How the article writes the first spelling it uses."""
    for s in spellings:
        hit = re.search(rf"(?<!\w){re.escape(s)}(?!\w)", text, re.I)
        if hit:
            seen = hit.group(0)
            if seen.isupper() and len(seen) > 1 and " " not in seen:
                return f"abbreviation '{seen}'"
            if seen.islower():
                return f"lowercase {'phrase' if ' ' in seen else 'word'} '{seen}'"
            return f"capitalised {'name' if ' ' in seen else 'word'} '{seen}'"
    return "not in the text as spelled"


def sheet_labels() -> dict[tuple[str, str], dict[str, int]]:
    """(fresh set, article) -> spelled term -> keep (1) or drop (0), the first sheet's label of each term."""
    out: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    for folder, fresh in readings("glossary"):
        for item in train_keep.labels(folder, fresh):
            out[fresh, item.article].setdefault(train_keep.spelled(item.term), item.keep)
    return out


def first_kept(printed, labels: dict[str, int], first: int = 30) -> tuple[int, int]:
    """Kept and labelled among the first `first` printed entries (an entry matches by its term or a variant)."""
    kept = labelled = 0
    for entry in printed[:first]:
        found = [labels[k] for k in map(train_keep.spelled, (entry.term, *entry.variants)) if k in labels]
        if found:
            kept, labelled = kept + found[0], labelled + 1
    return kept, labelled


def diagnose(shared: Path, only=None):
    """(set, name, must total, [(term, cause)], (kept, labelled) in the first 30, people and places
    in the first 30 as `quality/run.py` counts them) per seen gold article."""
    out = []
    labels = sheet_labels()
    for set_name, name, gold, path in seen_golds(shared, only):
        article = read_article(path)
        printed = gl.extract_glossary(article)
        score = bench.glossary_recall(gold, printed)
        ranked = gl.hand_ranked(article)
        analysis = analyse(article)
        text = "\n".join(s.text for s in analysis.index.sentences)
        missed = []
        for spellings in gold["glossary"]["must"]:
            if spellings[0] in score.missed:
                why = cause(spellings, article, printed, ranked, analysis) or \
                    "never a candidate: " + written(spellings, text)
                missed.append((spellings[0], why))
        out.append((set_name, name, score.total, missed, first_kept(printed, labels.get((set_name, name), {})),
                    len(bench.people_or_places(gold, printed))))
    return out


def table(rows) -> None:
    sets = sorted({r[0] for r in rows}, key=lambda s: (s != "tuning", len(s), s))
    counts = defaultdict(Counter)
    for set_name, _, _, missed, _, _ in rows:
        for _, why in missed:
            kind = why.split(":")[0]
            if kind == "never a candidate":
                kind += ", " + why.split(": ")[1].split(" '")[0]
            elif kind.startswith("printed"):
                kind += ", whole " + why.split("; whole ")[1].split(" place")[0]
            counts[kind][set_name] += 1
    print("| cause | " + " | ".join(sets) + " | all |\n|---" * 1 + "|---" * (len(sets) + 1) + "|")
    for kind, per in sorted(counts.items(), key=lambda p: -sum(p[1].values())):
        print(f"| {kind} | " + " | ".join(str(per[s]) for s in sets) + f" | {sum(per.values())} |")
    total = Counter()
    for set_name, _, n, missed, (kept, labelled), traps in rows:
        total[set_name, "traps"] += traps
        total[set_name, "n"] += n
        total[set_name, "miss"] += len(missed)
        total[set_name, "kept"] += kept
        total[set_name, "labelled"] += labelled
    for label, a, b in (("**must-have recall**", "found", "n"), ("**kept in first 30**", "kept", "labelled")):
        for s in sets:
            total[s, "found"] = total[s, "n"] - total[s, "miss"]
        print(f"| {label} | " + " | ".join(f"{total[s, a]}/{total[s, b]}" for s in sets) + " | "
              + f"{sum(total[s, a] for s in sets)}/{sum(total[s, b] for s in sets)} |")
    print("| **people/places in first 30** | " + " | ".join(str(total[s, "traps"]) for s in sets)
          + f" | {sum(total[s, 'traps'] for s in sets)} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", nargs="?", default="list", choices=("list", "folds", "printed"))
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--only", nargs="*")
    parser.add_argument("--table", action="store_true")
    args = parser.parse_args()
    if args.what == "printed":          # every seen article's printed entries, one a line: diff two versions
        for set_name, name, _, path in seen_golds(args.shared, args.only):
            for place, entry in enumerate(gl.extract_glossary(read_article(path))):
                print(f"{set_name} {name} {'first30' if place < 30 else 'first60'} {entry.term}")
        return 0
    rows = diagnose(args.shared, args.only)
    if args.what == "folds" or args.table:
        table(rows)
        return 0
    for set_name, name, total, missed, (kept, labelled), traps in rows:
        print(f"\n## {set_name} {name}: {total - len(missed)}/{total}; kept in first 30 {kept}/{labelled}; "
              f"people/places in first 30 {traps}")
        for term, why in missed:
            print(f"- {term}: {why}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
