"""Quality benchmark: scores what teachpack extracts against hand-made gold.

Usage:
    python quality/run.py [--shared DIR] [--out quality/results.md]
                          [--only NAME ...] [--misses]

For every gold file in `quality/gold/` (format: `quality/gold/FORMAT.md`)
the article is read from the shared folder (`../shared` beside the
checkout, or --shared) - or, for the fresh set, from the checkout itself
(`article = "quality/fresh/..."`, see `quality/fresh/SOURCES.md`) -
extracted with the default settings (60 glossary entries, 40 people, key
timeline), and scored:

- glossary recall: share of the must-have terms that are an entry (its
  headword or a variant, compared case-blind, English plurals folded);
- people and places in the glossary: how many of the first 30 entries are
  a person or place the gold names (a must-have term named after people,
  "Hall–Héroult process", is none);
- who's-who recall: share of the key people found among the entries'
  names; entries that are a place the gold names;
- key-event recall: share of the key events found among the key timeline
  events (same year, same month when both have one, and one of the gold's
  words in the event's sentence); all-events recall the same over every
  event;
- dates from non-dates: events whose sentence holds a trap ("2000 Ma")
  and whose date is that trap's number.

Results go to `--out` per article and per set (tuning / held-out / fresh,
see `quality/SPLIT.md`), totals counted over all items of the set. The
fresh set is articles brought in after every held-out article had been
used for some tuning; it is held out for every part and has its own
section, so its rows never enter the other two totals. `--misses` prints
what was missed, for tuning-set articles only: the held-out and fresh sets
are scored, never used to decide a rule.

Definitions and roles need a reader: `quality/sample.py` draws the seeded
random samples that are judged by hand into `quality/verdicts/`.
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pack.config import Settings  # noqa: E402
from pack.extract.run import extract_all  # noqa: E402
from pack.read import read_article  # noqa: E402

GOLD = ROOT / "quality" / "gold"
SETS = ("tuning", "held-out", "fresh", "fresh-2", "fresh-3", "fresh-4", "fresh-5", "fresh-6", "fresh-7", "fresh-8", "fresh-9",
        "fresh-10", "fresh-11", "fresh-12", "fresh-13", "fresh-14", "fresh-15",
        "fresh-16", "fresh-17")
# The two halves of the tuning set for split-half validation (quality/SPLIT.md,
# set for the whole project on 5 December): rules and settings are chosen on
# A, B confirms. The training scripts import them from here.
HALF_A = ("id-stalin", "en-toronto", "en-alan-turing", "en-galileo-galilei", "en-industrial-revolution",
          "en-global-warming", "id-agresi-militer-1")
HALF_B = ("en-history-of-aluminium", "en-abraham-lincoln", "en-christopher-columbus", "en-ancient-egypt",
          "en-cell-biology", "id-agresi-militer-2", "id-budi-utomo")


def article_path(gold: dict, shared: Path) -> Path:
    """Where a gold file's article is: articles this project brought in
    later (`article = "quality/..."`: the fresh sets, extra tuning
    articles) live in the checkout; the others in the shared folder."""
    relative = gold["article"]
    return (ROOT if relative.startswith("quality/") else shared) / relative


@dataclass
class Score:
    """Found / asked counts of one measure; adds up over articles."""

    found: int = 0
    total: int = 0
    missed: list[str] = field(default_factory=list)

    def add(self, other: "Score") -> None:
        self.found += other.found
        self.total += other.total

    def cell(self) -> str:
        if not self.total:
            return "–"
        return f"{self.found}/{self.total} ({100 * self.found / self.total:.0f}%)"


def fold(text: str) -> str:
    """Case-blind, dash- and space-normalised form used for matching."""
    text = text.casefold().replace("–", "-").replace("—", "-").replace("’", "'")
    return re.sub(r"\s+", " ", text).strip()


def singular(text: str) -> str:
    """An English plural folded to a rough singular (for matching only)."""
    for ending, repl in (("ies", "y"), ("ses", "s"), ("s", "")):
        if text.endswith(ending) and len(text) > len(ending) + 2:
            return text[: -len(ending)] + repl
    return text


def forms(text: str) -> set[str]:
    folded = fold(text)
    return {folded, singular(folded)}


def contains_word(haystack: str, needle: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(fold(needle))}(?!\w)", fold(haystack)) is not None


def glossary_recall(gold: dict, glossary) -> Score:
    have: set[str] = set()
    for entry in glossary:
        for name in (entry.term, *entry.variants):
            have |= forms(name)
    score = Score()
    for spellings in gold.get("glossary", {}).get("must", []):
        score.total += 1
        if any(forms(s) & have for s in spellings):
            score.found += 1
        else:
            score.missed.append(spellings[0])
    return score


def people_or_places(gold: dict, glossary, first: int = 30) -> list[str]:
    traps = gold.get("traps", {})
    names = [m for p in gold.get("people", []) for m in (p["name"], *p.get("match", []))]
    names += traps.get("other_people", [])
    places = traps.get("places", [])
    # A must-have term named after people ("Hall–Héroult process") is no trap.
    wanted = {f for spellings in gold.get("glossary", {}).get("must", []) for s in spellings for f in forms(s)}
    hits = []
    for entry in glossary[:first]:
        term = entry.term
        if forms(term) & wanted:
            continue
        if any(contains_word(term, n) for n in names) or any(fold(term) == fold(p) for p in places):
            hits.append(term)
    return hits


def people_recall(gold: dict, people) -> Score:
    names = [" ".join((p.name, *p.variants)) for p in people]
    score = Score()
    for person in gold.get("people", []):
        score.total += 1
        if any(contains_word(n, m) for n in names for m in person.get("match", [person["name"]])):
            score.found += 1
        else:
            score.missed.append(person["name"])
    return score


def places_as_people(gold: dict, people) -> list[str]:
    places = {fold(p) for p in gold.get("traps", {}).get("places", [])}
    return [p.name for p in people if fold(p.name) in places]


def event_matches(gold_event: dict, event) -> bool:
    date = str(gold_event["date"])
    year, _, rest = date.partition("-")
    start = event.datetime or event.sort_key or event.iso
    end = event.end_datetime or start
    ev_year, ev_end_year = start[:4].lstrip("-"), end[:4].lstrip("-")
    if not (ev_year <= year.lstrip("-") <= ev_end_year) and start[:len(year)] != year:
        return False
    month = rest[:2]
    if month and len(start) >= 7 and start[:4] == year and start[5:7] != month and not event.end_datetime:
        return False
    where = f"{event.text} {event.sentence}"
    return any(contains_word(where, word) or fold(word) in fold(where) for word in gold_event.get("match", []))


def event_recall(gold: dict, events) -> Score:
    score = Score()
    for gold_event in gold.get("events", []):
        score.total += 1
        if any(event_matches(gold_event, e) for e in events):
            score.found += 1
        else:
            score.missed.append(f"{gold_event['date']} {gold_event['what']}")
    return score


def date_numbers(date_text: str) -> set[str]:
    """The numbers written in a printed date, separators dropped: "1,500" and "1500–1510" give 1500 (and 1510)."""
    return {re.sub(r"\D", "", n) for n in re.findall(r"\d[\d.,]*\d|\d", date_text)}


def false_dates(gold: dict, events) -> list[str]:
    hits = []
    for trap in gold.get("traps", {}).get("non_dates", []):
        number = re.search(r"\d[\d.,]*", trap)
        if not number:
            continue
        digits = re.sub(r"\D", "", number.group())
        for event in events:
            # The trap's number must be one of the date's numbers: "£20 note" in "the
            # 2007 issue £20 note" is no hit for 2007 (its digits are inside, its number is not).
            if fold(trap) in fold(event.sentence) and digits in date_numbers(event.date_text):
                hits.append(f"{trap!r} → {event.date_text}: {event.text[:60]}")
    return hits


@dataclass
class Result:
    name: str
    set: str
    kind: str
    language: str
    glossary: Score
    gloss_pp: list[str]
    people: Score
    people_places: list[str]
    key_events: Score
    all_events: Score
    false: list[str]
    counts: tuple[int, int, int, int]


def score_article(gold_path: Path, shared: Path) -> Result:
    gold = tomllib.loads(gold_path.read_text(encoding="utf-8"))
    article = read_article(article_path(gold, shared))
    found = extract_all([article], Settings())
    key = [e for e in found.timeline if e.key]
    return Result(
        name=gold_path.stem, set=gold["set"], kind=gold.get("kind", ""), language=gold.get("language", ""),
        glossary=glossary_recall(gold, found.glossary),
        gloss_pp=people_or_places(gold, found.glossary),
        people=people_recall(gold, found.people),
        people_places=places_as_people(gold, found.people),
        key_events=event_recall(gold, key),
        all_events=event_recall(gold, found.timeline),
        false=false_dates(gold, found.timeline),
        counts=(len(found.glossary), len(found.people), len(found.timeline), len(found.questions)),
    )


HEADER = ("| article | kind | glossary must-have recall | people/places in first 30 | "
          "who's-who recall | places as people | key-event recall | all-events recall | "
          "dates from non-dates | entries (gloss/people/events/questions) |\n"
          "|---|---|---|---|---|---|---|---|---|---|\n")


SET_NOTES = {"fresh": "Articles in `quality/fresh/` (sources in `quality/fresh/SOURCES.md`), gold written "
                      "before teachpack was run on them; held out for every part: never tune on them.\n\n",
             "fresh-2": "Articles in `quality/fresh2/` (sources in `quality/fresh2/SOURCES.md`), brought in "
                        "after the first fresh set had been read for some parts; gold written before teachpack "
                        "was run on them; held out for every part: never tune on them.\n\n",
             "fresh-3": "Articles in `quality/fresh3/` (sources in `quality/fresh3/SOURCES.md`), brought in "
                        "after both earlier fresh sets had been read for some parts; gold written before teachpack "
                        "was run on them; held out for every part: never tune on them.\n\n",
             "fresh-4": "Articles in `quality/fresh4/` (sources in `quality/fresh4/SOURCES.md`), brought in "
                        "after the third fresh set had been read; gold written before teachpack was run on them; "
                        "held out for every part: never tune on them.\n\n",
             "fresh-5": "Articles in `quality/fresh5/` (sources in `quality/fresh5/SOURCES.md`), brought in "
                        "after the fourth fresh set had been read; gold written before teachpack was run on them; "
                        "held out for every part: never tune on them.\n\n",
             "fresh-6": "Articles in `quality/fresh6/` (sources in `quality/fresh6/SOURCES.md`), brought in "
                        "after the fifth fresh set had been read; gold written before teachpack was run on them; "
                        "held out for every part: never tune on them.\n\n",
             "fresh-7": "Articles in `quality/fresh7/` (sources in `quality/fresh7/SOURCES.md`), brought in "
                        "after the sixth fresh set had been read; gold written before teachpack was run on them; "
                        "held out for every part: never tune on them.\n\n",
             "fresh-8": "Articles in `quality/fresh8/` (sources in `quality/fresh8/SOURCES.md`), brought in "
                        "after the seventh fresh set had been read; gold written before teachpack was run on them; "
                        "held out for every part: never tune on them.\n\n",
             "fresh-9": "Articles in `quality/fresh9/` (sources in `quality/fresh9/SOURCES.md`), brought in "
                        "after the eighth fresh set had been read; gold written before teachpack was run on them; "
                        "held out for every part: never tune on them.\n\n",
             "fresh-10": "Articles in `quality/fresh10/` (sources in `quality/fresh10/SOURCES.md`), brought in "
                         "after the ninth fresh set had been read; gold written before teachpack was run on them; "
                         "held out for every part: never tune on them.\n\n",
             "fresh-11": "Articles in `quality/fresh11/` (sources in `quality/fresh11/SOURCES.md`), brought in "
                         "after the tenth fresh set had been read; gold written before teachpack was run on them; "
                         "held out for every part: never tune on them.\n\n",
             "fresh-12": "Articles in `quality/fresh12/` (sources in `quality/fresh12/SOURCES.md`), brought in "
                         "after the eleventh fresh set had been read; gold written before teachpack was run on them; "
                         "held out for every part: never tune on them.\n\n",
             "fresh-13": "Articles in `quality/fresh13/` (sources in `quality/fresh13/SOURCES.md`), brought in "
                         "after the twelfth fresh set had been read; gold written before teachpack was run on them; "
                         "held out for every part: never tune on them.\n\n",
             "fresh-14": "Articles in `quality/fresh14/` (sources in `quality/fresh14/SOURCES.md`), brought in "
                         "after the thirteenth fresh set had been read; gold written before teachpack was run on them; "
                         "held out for every part: never tune on them.\n\n",
             "fresh-15": "Articles in `quality/fresh15/` (sources in `quality/fresh15/SOURCES.md`), brought in "
                         "after the fourteenth fresh set had been read; gold written before teachpack was run on them; "
                         "held out for every part: never tune on them.\n\n",
             "fresh-16": "Articles in `quality/fresh16/` (sources in `quality/fresh16/SOURCES.md`), brought in "
                         "after the fifteenth fresh set had been read; gold written before teachpack was run on them; "
                         "held out for every part: never tune on them.\n\n",
             "fresh-17": "Articles in `quality/fresh17/` (sources in `quality/fresh17/SOURCES.md`), brought in "
                         "while the sixteenth fresh set was being read; gold written before teachpack was run on them; "
                         "held out for every part: never tune on them.\n\n"}


def row(r: Result) -> str:
    return (f"| {r.name} | {r.kind} | {r.glossary.cell()} | {len(r.gloss_pp)} | {r.people.cell()} | "
            f"{len(r.people_places)} | {r.key_events.cell()} | {r.all_events.cell()} | {len(r.false)} | "
            f"{'/'.join(map(str, r.counts))} |\n")


def set_total(results: list[Result]) -> str:
    total = {k: Score() for k in ("glossary", "people", "key_events", "all_events")}
    for r in results:
        for k, score in total.items():
            score.add(getattr(r, k))
    worst_pp = max((len(r.gloss_pp) for r in results), default=0)
    return (f"| **all {len(results)}** | | **{total['glossary'].cell()}** | max {worst_pp} | "
            f"**{total['people'].cell()}** | {sum(len(r.people_places) for r in results)} | "
            f"**{total['key_events'].cell()}** | {total['all_events'].cell()} | "
            f"{sum(len(r.false) for r in results)} | |\n")


def report(results: list[Result]) -> str:
    out = ["# Extraction quality against hand-made gold\n\n",
           "Written by `python quality/run.py`; gold in `quality/gold/`, split in `quality/SPLIT.md`, "
           "hand-judged samples in `quality/verdicts/`.\n\n"]
    for name in SETS:
        chosen = [r for r in results if r.set == name]
        if chosen:
            out += [f"## {name.capitalize()} set\n\n", SET_NOTES.get(name, ""), HEADER, *map(row, chosen),
                    set_total(chosen), "\n"]
    segmentation = ROOT / "quality" / "segmentation.md"
    if segmentation.exists():
        out.append(chapter_section(segmentation))
    return "".join(out)


CHAPTER_HEADING = "## Chapter-making\n\n"


def chapter_section(segmentation: Path) -> str:
    """The last section of the report: quality/segmentation.md, repeated
    (`quality/segmentation.py` rewrites it in place after a run of its own)."""
    return "".join([CHAPTER_HEADING, "From `python quality/segmentation.py` ",
                    "(written to `quality/segmentation.md`, repeated here).\n\n",
                    segmentation.read_text(encoding="utf-8").split("\n", 1)[-1]])


def print_misses(r: Result) -> None:
    print(f"\n== {r.name}")
    print("  glossary missed:", ", ".join(r.glossary.missed))
    print("  people/places in glossary top 30:", ", ".join(r.gloss_pp))
    print("  people missed:", ", ".join(r.people.missed))
    print("  places as people:", ", ".join(r.people_places))
    print("  key events missed:", "; ".join(r.key_events.missed))
    print("  dates from non-dates:", "; ".join(r.false))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=ROOT / "quality" / "results.md")
    parser.add_argument("--only", nargs="*", default=None, help="gold names to score (default: all)")
    parser.add_argument("--misses", action="store_true", help="print misses of tuning-set articles")
    args = parser.parse_args()
    if not (args.shared / "corpus").is_dir():
        parser.error(f"{args.shared}: no corpus/ folder here; name the shared folder with --shared")
    paths = sorted(GOLD.glob("*.toml"))
    if args.only:
        paths = [p for p in paths if p.stem in args.only]
    results = []
    for path in paths:
        result = score_article(path, args.shared)
        results.append(result)
        print(row(result), end="", flush=True)
        if args.misses and result.set == "tuning":
            print_misses(result)
    if not args.only:
        args.out.write_text(report(results), encoding="utf-8")
        print(f"written: {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
