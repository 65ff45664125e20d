"""Which printed glossary shapes do teachers keep? Keep rate per shape on the blind labels.

Usage:
    python quality/glossary_shapes.py [--cache FILE] [--items]

Stage: offline, never at build time. Inputs: every blind keep/drop verdict
on the glossary that counts as seen (quality/SPLIT.md): the judged sheets
`train_keep.SETS` reads (fresh to fresh-7). Each labelled item is matched to the
glossary group today's extractor finds (`train_keep.match`: same term
case-folded, or a variant; its rank is its place in the hand-set order,
before the keep model reorders the first 60); an item no group spells is
counted and left out.
Every item was among the first 60 entries when it was judged; how many still
are today, and how many of those the readers kept, is printed per set (the
keep rate a change should raise, on seen labels).

Each matched item is described by shapes computed from our own output, not
from the label: how it is written (one lowercase word, a lowercase phrase,
a capitalised name, an acronym), its number of words, the general-usage
frequency (zipf) of its rarest word, whether `features.familiar` calls it
an everyday word, its head's number (plural, by the word-class table) and
the zipf of its commoner number, a name used once, mentions, chapters spread,
tier, how its text was found (a definition pattern or the context
sentence), whether the who's-who lists it (its words inside a listed
person's name), its place in today's list (first 30 or 30-59), and a few
of today's features (concept ending, institution, lead, heading). For each
shape value: n, kept, keep rate. The write-up is
quality/verdicts/glossary-shapes-r21.md. Nothing is written.

`--must`: for every tuning-set gold file (quality/gold/*.toml with set =
"tuning"), where each must-have term is: among the first 30 entries, at
31-60, ranked below 60, or never a glossary group (a candidate removed by
a gate, written in the text but no candidate, or not in the text as the
gold spells it); the counts a ranking change must not make worse.
"""

from __future__ import annotations

import argparse
import pickle
import tomllib
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "quality"))

import run as bench  # noqa: E402
import train_keep  # noqa: E402
from pack.extract.glossary.entries import glossary_sources, hand_ranked  # noqa: E402
from pack.extract.people import extract_people  # noqa: E402
from pack.read import read_article  # noqa: E402
from pack.text.analysis import analyse  # noqa: E402
from pack.text.tokens import tokenize  # noqa: E402
from pack.text.wordclass import noun_lemma  # noqa: E402

SETS = train_keep.SETS
FIRST = 30       # the place the goal counts people and places in


def bucket(value: float, edges: tuple[float, ...], names: tuple[str, ...]) -> str:
    """The name of the first bucket whose upper edge `value` is below (the last one else)."""
    return next((n for e, n in zip(edges, names) if value < e), names[-1])


def _inside(keys: list[str], longer: list[list[str]]) -> bool:
    """`keys` stand in a row inside one of the `longer` terms."""
    n = len(keys)
    return any(len(o) > n and any(o[i:i + n] == keys for i in range(len(o) - n + 1)) for o in longer)


def shapes(item, entry, source, analysis, people_words: set[str], others=()) -> dict[str, str]:
    """The shapes of one matched item (see the module docstring)."""
    f, lex = item.features, analysis.lex
    keys = [t.key for t in tokenize(entry.term, lex.code)] or [entry.term.casefold()]
    longer = [[t.key for t in tokenize(e.term, lex.code)] for e in others if e is not entry]
    same_text = [[t.key for t in tokenize(e.term, lex.code)] for e in others
                 if e is not entry and e.definition == entry.definition]
    content = [k for k in keys if not lex.is_function(k)] or keys
    head = content[0] if lex.candidates.get("phrase_head_first") else content[-1]
    written = ("acronym" if f["acronym"] else "name" if f["name"]
               else "phrase" if f["phrase"] else "word")
    lemma = noun_lemma(head, lex.code) if written in ("word", "phrase") else None
    plural = bool(lemma) and lemma != head
    commoner = max(lex.zipf(head), lex.zipf(lemma)) if plural else lex.zipf(head)
    return {
        "written": written,
        "words": bucket(f["words"], (2, 3), ("1", "2", "3+")),
        "zipf of rarest word": bucket(f["zipf_min"], (3, 4, 5), ("<3", "3-4", "4-5", ">=5")),
        "everyday (familiar<1)": "yes" if f["familiar"] < 0 else "no",
        "written x everyday": f"{written}, {'everyday' if f['familiar'] < 0 else 'not everyday'}",
        "head plural (word-class table)": "yes" if plural else "no",
        "one word: plural x commoner number's zipf": (
            f"{'plural' if plural else 'not plural'}, {bucket(commoner, (3.8,), ('<3.8', '>=3.8'))}"
            if written == "word" else "not one lowercase word"),
        "name used once": "yes" if written == "name" and f["one_off"] else "no",
        "uses (weighted)": bucket(f["uses"], (0.6, 0.8, 1.0, 1.18), ("1", "2", "3-4", "5-8", "9+")),
        "chapters spread": bucket(f["spread"], (-0.598, -0.163, 0.095), ("<5%", "5-35%", "35-60%", ">=60%")),
        "tier": str(int(f["tier"])),
        "text found by": (source.pattern.split("+")[0] if source else "context") if entry.kind == "definition"
        else "context",
        "defined (any pattern)": "yes" if f["defined"] > 0 else "no",
        "concept ending": "yes" if f["concept"] else "no",
        "institution": "yes" if f["institution"] else "no",
        "in lead": "yes" if f["lead"] else "no",
        "in heading": "yes" if f["heading"] else "no",
        "capital off sentence start": bucket(f["cap_share"], (0.01, 0.5), ("never", "sometimes", "mostly")),
        "next to another capital": bucket(f["run_share"], (0.01, 0.5), ("never", "sometimes", "mostly")),
        "word of a who's-who name": "yes" if set(content) & people_words else "no",
        "place today": "1-30" if item.rank < FIRST else "31-60" if item.rank < 60 else "61+",
        "inside a longer term of the first 60": "yes" if _inside(keys, longer) else "no",
        "inside a longer term with the same text": "yes" if _inside(keys, same_text) else "no",
    }


def describe(items) -> None:
    """Give each matched item its shapes (articles read once)."""
    by_article = defaultdict(list)
    for i in items:
        if i.features is not None:
            by_article[(i.set, i.article)].append(i)
    folders = {name: articles for name, _, articles in SETS}
    for (set_name, name), mine in sorted(by_article.items()):
        article = read_article(folders[set_name] / f"{name}.txt")
        analysis = analyse(article)
        sources = glossary_sources(article, None)
        source_of = {id(e): s for e, s in sources}
        hand = [e for e, _ in hand_ranked(article)]      # (an item's rank is its place in this order)
        by_term = {train_keep.spelled(e.term): e for e, _ in sources}
        entry_at = {n: (by_term[train_keep.spelled(e.term)], source_of[id(by_term[train_keep.spelled(e.term)])])
                    for n, e in enumerate(hand)}
        people_words = {t.key for p in extract_people(article)
                        for t in tokenize(p.name, analysis.lex.code) if t.cap}
        for i in mine:
            entry, source = entry_at[i.rank]
            i.shapes = shapes(i, entry, source, analysis, people_words, [e for e, _ in sources[:60]])


def load(cache: Path | None):
    if cache is not None and cache.exists():
        return pickle.loads(cache.read_bytes())
    items = []
    for name, sheets, articles in SETS:
        found = train_keep.labels(sheets, name)
        train_keep.match(found, articles)
        items += found
    describe(items)
    if cache is not None:
        cache.write_bytes(pickle.dumps(items))
    return items


def table(items) -> str:
    """Markdown: per shape and value, n, kept and keep rate (seen labels)."""
    rows = ["| shape | value | n | kept | rate |", "|---|---|---|---|---|"]
    for shape in items[0].shapes:
        counts = defaultdict(lambda: [0, 0])
        for i in items:
            counts[i.shapes[shape]][0] += 1
            counts[i.shapes[shape]][1] += i.keep
        for value, (n, kept) in sorted(counts.items(), key=lambda p: -p[1][0]):
            rows.append(f"| {shape} | {value} | {n} | {kept} | {100 * kept / n:.0f} % |")
    return "\n".join(rows)


def _never(spellings: list[str], article) -> str:
    """Why a must-have is no glossary group: a candidate the glossary's gates
    removed, a term the text writes but no candidate, or not in the text as
    spelled (the gold's words differ from the article's)."""
    analysis = analyse(article)
    wanted = {f for s in spellings for f in bench.forms(s)}
    if any(bench.forms(c.display) & wanted for c in analysis.candidates):
        return "never a group: candidate, removed by a gate"
    text = " ".join(s.text for s in analysis.index.sentences)
    if any(bench.contains_word(text, s) for s in spellings):
        return "never a group: in the text, no candidate"
    return "never a group: not in the text as spelled"


def must_haves(shared: Path) -> None:
    """Where every tuning must-have term is today (see the module docstring)."""
    where = defaultdict(int)
    for gold_file in sorted(bench.GOLD.glob("*.toml")):
        gold = tomllib.loads(gold_file.read_text(encoding="utf-8"))
        if gold.get("set") != "tuning" or not gold.get("glossary", {}).get("must"):
            continue
        article = read_article(bench.article_path(gold, shared))
        place = {}
        for n, (entry, _source) in enumerate(glossary_sources(article, None)):
            for form in (entry.term, *entry.variants):
                for f in bench.forms(form):
                    place.setdefault(f, (n, entry))
        for spellings in gold["glossary"]["must"]:
            found = min((place[f] for s in spellings for f in bench.forms(s) if f in place),
                        key=lambda p: p[0], default=None)
            rank = found[0] if found else None
            kind = (_never(spellings, article) if rank is None else "1-30" if rank < FIRST
                    else "31-60" if rank < 60 else "below 60")
            where[kind] += 1
            if kind != "1-30":
                print(f"{gold_file.stem:28} {kind:13} {rank if rank is not None else '-':>4} {spellings[0]}")
    print(", ".join(f"{k}: {v}" for k, v in sorted(where.items())))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, help="keep the described items in this file (pickle)")
    parser.add_argument("--items", action="store_true", help="print every item with its shapes")
    parser.add_argument("--must", action="store_true", help="where the tuning must-have terms are")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared corpus folder")
    args = parser.parse_args()
    if args.must:
        must_haves(args.shared)
        return 0
    items = load(args.cache)
    matched = [i for i in items if i.features is not None]
    print(f"{len(items)} labelled items, {len(matched)} matched today, {sum(i.keep for i in matched)} kept")
    for s in sorted({i.set for i in items}):
        mine = [i for i in matched if i.set == s]
        shown = [i for i in mine if i.rank < 60]
        print(f"  {s}: {len(mine)} matched, {sum(i.keep for i in mine)} kept; still in the first 60 today:"
              f" {len(shown)}, {sum(i.keep for i in shown)} kept")
    print(table(matched))
    if args.items:
        for i in matched:
            print(i.set, i.article, i.rank, "keep" if i.keep else "drop", i.term, i.shapes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
