"""Blind checks of extraction output: sample two versions, pool them, score the readers' verdicts.

A blind check compares an old and a new version of teachpack on articles
whose output no rule was chosen by. Readers judge pooled, shuffled items
without knowing which version made them. Three steps, one folder per
check (e.g. quality/verdicts/heldout-blind-r18/):

    PYTHONPATH=<old tree> python quality/blind.py dump ARTICLE --seed S [--glossary-top N] > DIR/old-NAME.json
    PYTHONPATH=<new tree> python quality/blind.py dump ARTICLE --seed S > DIR/new-NAME.json
    python quality/blind.py mix DIR --seed S --group q1=en-volcano:questions,en-world-war-i:questions ...
        (every DIR/VERSION-NAME.json is pooled: two versions, or more)
    python quality/blind.py score DIR          (reads DIR/judged-*.md, DIR/key.json)

`dump` runs whichever tree is on PYTHONPATH (so an old commit exported
with `git archive` can be sampled by this script). `mix` writes one sheet
per reader group (`sheet-<group>.md`) and `key.json`, the versions that
made each numbered item. `score` counts the verdicts per part, article
and version; an item both versions printed counts for both.
"""
import argparse
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

# How many items of each part a reader judges per article and version.
SAMPLE = {"questions": 30, "glossary": 30, "people": 20, "timeline": 30}

HOW = {
    "questions": "`ok` or `wrong: why` - usable as printed by a teacher handing it to a class tomorrow "
                 "(grammatical, answerable from the chapter, not trivia, says what it asks about).",
    "glossary": "two words: `keep`/`drop` (worth a place in a student glossary of this article: a concept a "
                "15-year-old needs explained; not a person, place, work or self-explaining organisation; not a "
                "fragment or everyday word) and `right`/`wrong`/`none` for the text printed after the term "
                "((definition) must define the term correctly; (context) is a sentence showing the term's use: "
                "right if it is about the term).",
    "people": "`ok` or `wrong: why` - a real person of the article, name printed right, and the text after the "
              "name tells correctly who they are ((in context) = the sentence of first mention: ok if it tells "
              "who they are; (no role) = only the name is printed: ok if it is a real person named right).",
    "timeline": "`ok` or `wrong: why` - the printed event (date · text) is readable on its own as printed and "
                "its date is exactly right for what the text says (check against the source sentence and the "
                "article).",
}


def pick(items, n, seed):
    """A seeded sample of n items, in the order the book prints them."""
    if len(items) <= n:
        return list(items)
    return sorted(random.Random(seed).sample(items, n), key=items.index)


def person_line(p):
    """A who's-who entry as the book prints it, with how its text was found."""
    shown = {"context": "(in context) ", "none": "(no role) "}.get(p.role_kind, "")
    return f"{p.name} — {shown}{p.role or ''}".rstrip()


def dump(article, seed, glossary_top=None, chapters=False):
    """The sampled items of one article, as JSON, from the tree on PYTHONPATH.

    The glossary part is a seeded 30 of the first 60 entries, or, with
    glossary_top = N, the first N entries, all of them: the measure for a
    change that reorders the glossary without changing which entries it has.
    With chapters, each question carries where its chapter begins and ends
    in the article (`chapter_span`): a reader of a headingless article
    cannot otherwise see the chapters the tool made.
    """
    from pack.config import Settings
    from pack.extract.run import extract_all
    from pack.read import read_article

    read = read_article(Path(article))
    found = extract_all([read], Settings())
    spans = {c.id: chapter_span(c) for c in read.chapters} if chapters else {}
    return {
        "questions": [question_item(q, spans) for q in pick(found.questions, SAMPLE["questions"], seed)],
        "glossary": [f"{e.term} — ({e.kind}) {e.definition}"
                     for e in glossary_items(found.glossary, seed, glossary_top)],
        "people": [person_line(p) for p in pick(found.people, SAMPLE["people"], seed)],
        "timeline": [{"printed": f"{e.date_text} · {e.text}", "sentence": e.sentence}
                     for e in pick(found.timeline, SAMPLE["timeline"], seed)],
        "counts": {"questions": len(found.questions), "glossary": len(found.glossary),
                   "people": len(found.people), "timeline": len(found.timeline)},
    }


def chapter_span(chapter, words=8):
    """Where a chapter lies in the article: its title, its first and last words."""
    texts = [p.text for p in chapter.all_paragraphs()]
    if not texts:
        return f"chapter “{chapter.title}”"
    first, last = texts[0].split(), texts[-1].split()
    return (f"chapter “{chapter.title}”, {len(texts)} paragraphs, from “{' '.join(first[:words])} …” "
            f"to “… {' '.join(last[-words:])}”")


def question_item(question, spans):
    """A question as the reader sees it: its text, with its chapter's span when spans are given."""
    span = spans.get(question.chapter_id)
    return {"printed": question.text, "chapter": span} if span else question.text


def glossary_items(entries, seed, top):
    """The glossary entries a reader judges: the first `top`, or a seeded 30 of the first 60."""
    if top:
        return entries[:top]
    return pick(entries[:60], SAMPLE["glossary"], seed)


def pooled(folder, article, part):
    """Each distinct item of one part of one article, with the versions that printed it
    (every `VERSION-ARTICLE.json` of the folder: old and new, or more versions)."""
    items = {}
    found = {path.name[:-len(f"-{article}.json")]: path for path in folder.glob(f"*-{article}.json")}
    # Old, then new, then any others: the order the shuffle starts from, as in every earlier check.
    for version in sorted(found, key=lambda v: (v != "old", v != "new", v)):
        data = json.loads(found[version].read_text())[part]
        for item in data:
            text = json.dumps(item, ensure_ascii=False) if isinstance(item, dict) else item
            items.setdefault(text, set()).add(version)
    return items


def sheet_item(n, text):
    """One numbered item of a reader's sheet (a timeline entry shows its source sentence)."""
    if text.startswith("{"):
        entry = json.loads(text)
        where = f"source sentence: {entry['sentence']}" if "sentence" in entry else f"in the book: {entry['chapter']}"
        text = f"{entry['printed']}\n   {where}"
    return f"{n}. {text}\n   verdict: "


def mix(folder, seed, groups, source):
    """Write sheet-<group>.md for each reader group and key.json; return the number of items."""
    key, n = {}, 0
    for group, parts in groups.items():
        lines = [f"# Blind judging sheet {group}\n",
                 f"Articles are in {source}/<name>.txt. Write a verdict after each `verdict:`.\n"]
        for article, part in parts:
            items = pooled(folder, article, part)
            order = list(items)
            random.Random(f"{article}{part}{seed}").shuffle(order)
            lines.append(f"\n## {article} - {part} ({len(order)} items)\nVerdict: {HOW[part]}\n")
            for text in order:
                n += 1
                key[n] = {"article": article, "part": part, "versions": sorted(items[text])}
                lines.append(sheet_item(n, text))
        (folder / f"sheet-{group}.md").write_text("\n".join(lines) + "\n")
    (folder / "key.json").write_text(json.dumps(key))
    return n


VERDICT = re.compile(r"^(\d+)\. (?:.|\n)*?^\s*verdict:\s*(.*)$", re.M)


def tally(counts, part, verdict):
    """Add one verdict to a version's counts (a glossary verdict carries two words)."""
    counts["n"] += 1
    if part == "glossary":
        counts["keep"] += verdict.startswith("keep")
        counts["right"] += bool(re.search(r"\bright\b", verdict))
        counts["wrong"] += bool(re.search(r"\bwrong\b", verdict))
    else:
        counts["ok"] += verdict.startswith("ok")


def score(folder):
    """Counts per (part, article, version) from the judged sheets."""
    key = json.loads((folder / "key.json").read_text())
    results = defaultdict(lambda: defaultdict(int))
    for sheet in sorted(folder.glob("judged-*.md")):
        for match in VERDICT.finditer(sheet.read_text()):
            item = key[match.group(1)]
            for version in item["versions"]:
                tally(results[(item["part"], item["article"], version)],
                      item["part"], match.group(2).strip().lower())
    return results


def parse_group(text):
    """'q1=en-volcano:questions,en-world-war-i:questions' -> ('q1', [(article, part), ...])."""
    name, _, spec = text.partition("=")
    parts = [tuple(pair.split(":", 1)) for pair in spec.split(",") if pair]
    if not name or not parts or any(len(p) != 2 or p[1] not in HOW for p in parts):
        raise argparse.ArgumentTypeError(
            f"--group {text!r}: write NAME=ARTICLE:PART,... with PART one of {', '.join(HOW)}")
    return name, parts


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    steps = parser.add_subparsers(dest="step", required=True)
    d = steps.add_parser("dump", help="print one article's sampled items as JSON")
    d.add_argument("article", type=Path)
    d.add_argument("--seed", type=int, required=True)
    d.add_argument("--glossary-top", type=int, metavar="N",
                   help="judge the first N glossary entries, all of them (default: a seeded 30 of the first 60)")
    d.add_argument("--chapters", action="store_true",
                   help="give each question its chapter's span (title, first and last words)")
    m = steps.add_parser("mix", help="pool old-*.json and new-*.json into reader sheets")
    m.add_argument("folder", type=Path)
    m.add_argument("--seed", type=int, required=True)
    m.add_argument("--group", type=parse_group, action="append", required=True)
    m.add_argument("--source", default="../shared/corpus", help="where the readers find the articles")
    s = steps.add_parser("score", help="count the verdicts of judged-*.md")
    s.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    if args.step == "dump":
        print(json.dumps(dump(args.article, args.seed, args.glossary_top, args.chapters), ensure_ascii=False))
    elif args.step == "mix":
        print(mix(args.folder, args.seed, dict(args.group), args.source), "items")
    else:
        for (part, article, version), counts in sorted(score(args.folder).items()):
            print(part, article, version, dict(counts))


if __name__ == "__main__":
    sys.exit(main())
