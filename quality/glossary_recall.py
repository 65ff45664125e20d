"""Why the glossary misses must-have terms: every seen gold article's missed terms, sorted by cause.

Usage:
    python quality/glossary_recall.py [--shared DIR] [--only NAME ...] [--table]
    python quality/glossary_recall.py folds [--shared DIR]
    python quality/glossary_recall.py printed [--shared DIR] [--sets check] > FILE   # the printed entries
    python quality/glossary_recall.py compare BEFORE AFTER [--shared DIR]   # what changed, counted

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
fold. `compare` counts what changed between two `printed` files: entries
that left or came into the first 30 and the 60, by the blind sheets' label
(kept, dropped, unjudged) and must-have gold; aggregate numbers only, so that
it may be run on the check sets (`--sets check`: fresh-12, -13, -14, which
rules are not designed on) without reading them item by item.

Round 29 splits the seen sets: the design sets (`DESIGN_SETS`: tuning,
extra, fresh .. fresh-11, fresh-15, fresh-16) are read by default; the check sets only
with `--sets check`, and then `list` and `printed` should go to `--table`
or `compare`, never to the eye.
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
SEEN_SETS = frozenset({"tuning", "fresh", *(f"fresh{n}" for n in range(2, 17))})
# Round 29's split of the seen sets: rules are designed on DESIGN_SETS only; CHECK_SETS
# are measured at the end, in aggregate (`--sets check`), never read item by item.
CHECK_SETS = frozenset({"fresh12", "fresh13", "fresh14"})
DESIGN_SETS = SEEN_SETS - CHECK_SETS
LIMIT = 60


def seen_golds(shared: Path, only=None, sets=DESIGN_SETS) -> list[tuple[str, str, dict, Path]]:
    """(set, name, gold, article path) of every gold file of `sets` (the design sets unless
    told) with must-have glossary terms."""
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
        if set_name not in SEEN_SETS or set_name not in sets:
            continue          # fresh-17 is unseen: never read here; the check sets only when asked
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
        return "never a candidate" + unseen(spellings, analysis)
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


def uses_of(spelling: str, analysis) -> list[tuple[int, int, int]]:
    """(sentence, first token, last token) of each use of `spelling` in the
    text's keys (case-blind; a last word with "s" or "es" added counts too)."""
    index = analysis.index
    words = tuple(w.casefold() for w in re.findall(r"[\w'’–-]+", spelling))
    if not words:
        return []
    keys = {words, words[:-1] + (words[-1] + "s",), words[:-1] + (words[-1] + "es",)}
    return [(n, p, p + len(k) - 1) for k in keys for n, p in index.find(k)]


def unseen(spellings: list[str], analysis) -> str:
    """Why no candidate spells a term the text writes: ", used N" (1 or 2+)
    and, for a lowercase phrase, the first test of the candidate finder's
    noun phrases (`pack.text.nounphrases`) it fails: `no noun phrase` (a
    function word or verb inside, or the head may not head), `common words`
    (no word rarer than `phrase_zipf`, not bound), `loose` (too small a
    share of its least used word, not associated); `passes` when none fails
    (dropped later: a modifier, a longer candidate)."""
    from pack.text import nounphrases as np
    for s in spellings:
        uses = uses_of(s, analysis)
        if not uses:
            continue
        said = f", used {'1' if len(uses) == 1 else '2+'}"
        words = analysis.index.keys[uses[0][0]][uses[0][1]:uses[0][2] + 1]
        if len(words) < 2 or s[:1].isupper():
            return said
        if not any(np.is_noun_phrase(analysis.index, n, a, b) for n, a, b in uses):
            return said + ", no noun phrase"
        lex, index = analysis.lex, analysis.index
        subject = frozenset()
        zipf = min(np._zipf(w, index, subject) for w in words)
        if not (zipf < lex.candidates.get("phrase_zipf", 0.0) or np._bound(tuple(words), len(uses), index)):
            return said + ", common words"
        if len(uses) < 2:
            return said + ", rare word"
        if not (len(uses) >= lex.candidates.get("phrase_cohesion", 0.0) * np._rarest_use(tuple(words), index, subject)
                or np._associated(tuple(words), len(uses), index)):
            return said + ", loose"
        return said + ", passes"
    return ""


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


def diagnose(shared: Path, only=None, sets=DESIGN_SETS):
    """(set, name, must total, [(term, cause)], (kept, labelled) in the first 30, people and places
    in the first 30 as `quality/run.py` counts them) per seen gold article."""
    out = []
    labels = sheet_labels()
    for set_name, name, gold, path in seen_golds(shared, only, sets):
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
                    "never a candidate: " + written(spellings, text) + unseen(spellings, analysis)
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
                quoted = why.rfind("'")      # the written term is quoted; the finder's reason follows it
                kind += ", " + why.split(": ")[1].split(" '")[0] + (why[quoted + 1:] if quoted > 0 else "")
            elif kind.startswith("printed"):
                kind += ", whole " + why.split("; whole ")[1].split(" place")[0].split(", used")[0]
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


def read_printed(path: Path) -> dict[tuple[str, str], list[str]]:
    """(set, article) -> printed terms in order, from a `printed` file."""
    out: dict[tuple[str, str], list[str]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        set_name, name, _, term = line.split(" ", 3)
        out[set_name, name].append(term)
    return out


def compare(before: Path, after: Path) -> None:
    """Counts of what changed between two `printed` files (see the module docstring)."""
    old, new = read_printed(before), read_printed(after)
    labels = sheet_labels()
    golds = {}
    for gold_file in bench.GOLD.glob("*.toml"):
        if gold_file.stem not in HELD_OUT:
            golds[gold_file.stem] = tomllib.loads(gold_file.read_text(encoding="utf-8"))
    counts = Counter()
    for key in sorted(set(old) | set(new)):
        set_name, name = key
        if set_name not in SEEN_SETS or name in HELD_OUT:
            continue
        gold = golds.get(name, {})
        wanted = {f for spellings in gold.get("glossary", {}).get("must", []) for s in spellings
                  for f in bench.forms(s)}
        label = labels.get(key, {})
        a, b = old.get(key, []), new.get(key, [])
        counts["articles changed"] += a != b
        for first, what in ((30, "first 30"), (60, "the 60")):
            for direction, gone, kept in (("left", a, b), ("came into", b, a)):
                for term in set(gone[:first]) - set(kept[:first]):
                    judged = label.get(train_keep.spelled(term))
                    tag = {1: "judged kept", 0: "judged dropped", None: "unjudged"}[judged]
                    counts[f"{direction} {what}: {tag}"] += 1
                    counts[f"{direction} {what}: must-have"] += bool(bench.forms(term) & wanted)
    for what, n in sorted(counts.items()):
        print(f"{what}: {n}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", nargs="?", default="list", choices=("list", "folds", "printed", "compare"))
    parser.add_argument("files", nargs="*", type=Path, help="compare: the BEFORE and AFTER printed files")
    parser.add_argument("--sets", choices=("design", "check"), default="design")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--only", nargs="*")
    parser.add_argument("--table", action="store_true")
    args = parser.parse_args()
    sets = CHECK_SETS if args.sets == "check" else DESIGN_SETS
    if args.what == "compare":
        compare(*args.files)
        return 0
    if args.what == "printed":          # every seen article's printed entries, one a line: diff two versions
        for set_name, name, _, path in seen_golds(args.shared, args.only, sets):
            for place, entry in enumerate(gl.extract_glossary(read_article(path))):
                print(f"{set_name} {name} {'first30' if place < 30 else 'first60'} {entry.term}")
        return 0
    rows = diagnose(args.shared, args.only, sets)
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
