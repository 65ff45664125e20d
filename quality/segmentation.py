"""Quality: how well chapter-making finds the chapters an article really has.

Run: `python quality/segmentation.py [--samples DIR] [--corpus DIR] [--out FILE]`
(defaults: the project's bundled samples and `../shared` folders when
present; see --help). Deterministic: no randomness, no clock.
`--only NAME ...` measures the named articles only (file names without
.txt) and prints their table without writing anything: one half of the
tuning set at a time, and never a held-out row while tuning. With
`--misses` it also shows, per real chapter start, how far the nearest
made start lies, and per spurious made start (no real start within one
paragraph) how far the nearest real one lies, each with the cues there
(the gap score, the years narrated either side, a date opening the
paragraph) and how the paragraph opens, and the real and made chapter
sizes (refused for an article quality/SPLIT.md holds out, and for every
article of the fresh sets).

For every article with `==` headings: its paragraphs are read as the book
reads them (back matter dropped), the headings are thrown away, chapters
are made (`pack.read.segment.chapter_starts`) and the made chapter starts
are compared with the real ones (the lead's end and every `==` heading):

- Pk (Beeferman et al. 1999): the share of paragraph pairs k apart that
  the made chapters put together or apart differently from the real ones;
- WindowDiff (Pevzner & Hearst 2002): the share of windows of k
  paragraphs holding a different number of chapter starts;
  k is half the mean real chapter length in paragraphs (both: lower is
  better, 0 is perfect);
- boundary recall within ±1 paragraph: the share of real chapter starts
  with a made start at most one paragraph away (each made start used once).

Two baselines: the same number of chapters of equal length (in words),
and the whole article as one chapter. Tuning and held-out articles
(quality/SPLIT.md) are reported separately; thresholds were tuned on the
tuning rows only. A third table scores the fresh sets' articles with
headings (`quality/fresh` to `fresh16`: `--fresh`), scored as the
held-out rows, with the titles made for their real chapters (fresh to
fresh-7 seen for chapter-making since round 23, whose rules were chosen
leave-one-set-out over the seen sets; fresh-8 seen since round 24; fresh-9
read blind in round 24 and seen since: one later rule, the reading list, was chosen on it), and the extra tuning articles (`quality/extra`:
`--extra`) a table of their own; a last table gives one line per seen set
(tuning, extra, each fresh set: means and made against real chapter
counts). Writes a Markdown table (default quality/segmentation.md)
and repeats it as the chapter-making section of quality/results.md.

For the tuning articles with headings, the title made for each real
chapter is listed beside the authors' heading (the model of a good title).
Then every article without `==` headings is read as a build reads it
(`pack.read.read_article`, chapters made) and its chapters listed with
their titles and sizes. Whatever follows the KEEP line in the output file
(a judgement written by hand) is kept when the file is written again.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "quality"))

from pack.read import read_article  # noqa: E402
from pack.read.detect import detect_language  # noqa: E402
from pack.read.parse import parse  # noqa: E402
from pack.read.segment import chapter_starts  # noqa: E402
from pack.read.segment.article import lead_subject  # noqa: E402
from pack.read.segment.titles import titles  # noqa: E402
from pack.read.segment.years import is_narrative  # noqa: E402
from run import CHAPTER_HEADING, chapter_section  # noqa: E402  (quality/run.py, beside this file)


# The fresh sets with headings scored for chapters: fresh to fresh7 seen since
# round 23 (rules chosen leave-one-set-out over them), fresh8 seen since round
# 24, fresh9 read blind in round 24 and seen since; fresh10 and fresh11 read blind in round 25 and seen since; fresh12 and fresh13 read blind in round 26 and seen since; fresh14 read blind in round 27 and seen since; fresh15 read blind in round 28 and seen since; fresh16 read blind in round 29 and seen since.
FRESH_SETS = ("fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16")

KEEP = "<!-- Written by hand below this line: quality/segmentation.py keeps it. -->"


@dataclass
class Row:
    name: str
    held_out: bool
    paragraphs: int
    true_chapters: int
    made_chapters: int
    scores: dict          # method -> (pk, windowdiff, recall)


def real_chapters(path: Path) -> tuple[list[str], list[int], str]:
    """The article's paragraphs (as the book keeps them), the indexes that
    open a real chapter (after the first), and its language."""
    text = path.read_text(encoding="utf-8")
    lang = detect_language(text)
    article, _ = parse(text, lang)
    texts, starts = [], []
    for chapter in article.chapters:
        if texts:
            starts.append(len(texts))
        texts.extend(p.text for p in chapter.all_paragraphs())
    return texts, starts, lang


def lower_starts(path: Path) -> set[int]:
    """The indexes (as `real_chapters` counts them) that open a section below
    a chapter (the authors' "===" headings and deeper), not a chapter too."""
    text = path.read_text(encoding="utf-8")
    article, _ = parse(text, detect_language(text))
    starts, count = set(), 0
    for chapter in article.chapters:
        for section in chapter.walk():
            if section is not chapter and section.paragraphs and count:
                starts.add(count)
            count += len(section.paragraphs)
    return starts - set(real_chapters(path)[1])


def labels_of(starts: list[int], n: int) -> list[int]:
    """Segment number of every paragraph."""
    out, segment, opening = [], 0, set(starts)
    for i in range(n):
        if i in opening:
            segment += 1
        out.append(segment)
    return out


def pk(ref: list[int], hyp: list[int], k: int) -> float:
    pairs = range(len(ref) - k)
    wrong = sum((ref[i] == ref[i + k]) != (hyp[i] == hyp[i + k]) for i in pairs)
    return wrong / max(len(pairs), 1)


def windowdiff(ref: list[int], hyp: list[int], k: int) -> float:
    pairs = range(len(ref) - k)
    wrong = sum((ref[i + k] - ref[i]) != (hyp[i + k] - hyp[i]) for i in pairs)
    return wrong / max(len(pairs), 1)


def recall(true: list[int], made: list[int], slack: int = 1) -> float:
    """Real starts matched by a made start at most `slack` paragraphs away."""
    free, hit = sorted(made), 0
    for start in true:
        near = [m for m in free if abs(m - start) <= slack]
        if near:
            free.remove(min(near, key=lambda m: (abs(m - start), m)))
            hit += 1
    return hit / len(true) if true else 1.0


def equal_split(sizes: list[int], count: int) -> list[int]:
    """`count` chapter starts cutting the words into equal parts."""
    total, starts, run = sum(sizes), [], 0
    targets = [total * (c + 1) / (count + 1) for c in range(count)]
    for i, size in enumerate(sizes):
        if targets and run + size / 2 >= targets[0] and i > 0 and (not starts or starts[-1] != i):
            starts.append(i)
            targets.pop(0)
        run += size
    return starts


def measure(path: Path, held_out: bool) -> Row:
    texts, true, lang = real_chapters(path)
    n = len(texts)
    made = chapter_starts(texts, lang)
    sizes = [len(t.split()) for t in texts]
    k = max(1, round(n / (len(true) + 1) / 2))
    ref = labels_of(true, n)
    methods = {"made": made, "equal": equal_split(sizes, len(made)), "one": []}
    scores = {name: (pk(ref, labels_of(s, n), k), windowdiff(ref, labels_of(s, n), k), recall(true, s))
              for name, s in methods.items()}
    return Row(path.stem, held_out, n, len(true) + 1, len(made) + 1, scores)


def split_sets(split_file: Path) -> dict[str, bool]:
    """Article file stem -> held out (for chapter-making)?, from quality/SPLIT.md's
    table; an article moved to the tuning set for chapter-making counts as tuning."""
    found = {}
    for line in split_file.read_text(encoding="utf-8").splitlines():
        match = re.match(r"\|\s*(?:samples|corpus)/([\w.-]+)\.txt\s*\|.*\|\s*([^|]*)\|$", line)
        if match:
            cell = match.group(2)
            found[match.group(1)] = "held-out" in cell and "tuning for chapter-making" not in cell
    return found


def table(rows: list[Row], title: str) -> list[str]:
    lines = [f"### {title}", "",
             "| article | paragraphs | real chapters | made chapters | Pk made / equal / one "
             "| WindowDiff made / equal / one | recall ±1 made / equal |",
             "|---|---:|---:|---:|---|---|---|"]
    for row in rows:
        s = row.scores
        lines.append(f"| {row.name} | {row.paragraphs} | {row.true_chapters} | {row.made_chapters} "
                     f"| {_three(s, 0)} | {_three(s, 1)} | {s['made'][2]:.0%} / {s['equal'][2]:.0%} |")
    if rows:
        mean = {m: tuple(sum(r.scores[m][i] for r in rows) / len(rows) for i in range(3))
                for m in ("made", "equal", "one")}
        lines.append(f"| **mean of {len(rows)}** | | | | **{_three(mean, 0)}** | **{_three(mean, 1)}** "
                     f"| **{mean['made'][2]:.0%} / {mean['equal'][2]:.0%}** |")
        wins = [sum(r.scores["made"][i] < min(r.scores["equal"][i], r.scores["one"][i]) for r in rows)
                for i in (0, 1)]
        beat = ["yes" if mean["made"][i] < min(mean["equal"][i], mean["one"][i]) else "no" for i in (0, 1)]
        lines += ["", f"Made chapters beat both baselines on Pk in {wins[0]} of {len(rows)} articles, "
                      f"on WindowDiff in {wins[1]} of {len(rows)}; in aggregate (the means) on Pk: "
                      f"{beat[0]}, on WindowDiff: {beat[1]}."]
    return lines + [""]


def made_books(paths: list[Path], held: dict[str, bool]) -> list[str]:
    """The chapters made for every article without headings, as a build makes them."""
    lines = ["### Articles without headings: the chapters a build makes", "",
             "| article | set | words | chapters | titles (words) |", "|---|---|---:|---:|---|"]
    for path in paths:
        article = read_article(path)
        sizes = [sum(len(p.text.split()) for p in ch.all_paragraphs()) for ch in article.chapters]
        listed = "; ".join(f"{ch.title} ({size})" for ch, size in zip(article.chapters, sizes))
        label = "held-out" if held.get(path.stem, True) else "tuning"
        lines.append(f"| {path.stem} | {label} | {sum(sizes)} | {len(article.chapters)} | {listed} |")
    return lines + [""]


def title_rows(paths: list[Path], which: str = "tuning articles") -> list[str]:
    """Articles with headings: each real chapter's heading beside the
    title chapter-making gives the same paragraphs (the real chapter
    boundaries, the headings removed), to judge titles against the authors'."""
    lines = [f"### Titles made for the real chapters of {which} (authors' heading → made title)", ""]
    for path in paths:
        pairs = "; ".join(f"{heading} → {title}" for heading, title, _ in made_for_real(path)[1])
        lines.append(f"- **{path.stem}**: {pairs}")
    return lines + [""]


def made_for_real(path: Path) -> tuple[str, list[tuple[str, str, list[str]]]]:
    """An article with headings: its language, and per real chapter after
    the lead the authors' heading, the title chapter-making gives the same
    paragraphs (the headings removed) and the paragraphs' texts."""
    text = path.read_text(encoding="utf-8")
    lang = detect_language(text)
    article, _ = parse(text, lang)
    parts = [[p.text for p in ch.all_paragraphs()] for ch in article.chapters]
    texts = [t for part in parts for t in part]
    subject = f"{path.stem.split('-', 1)[1].replace('-', ' ')} {lead_subject(texts[0])}"
    made = titles(parts[1:], lang, is_narrative(texts, lang), subject, lead=parts[0])
    return lang, [(ch.title, title, part) for ch, title, part in zip(article.chapters[1:], made, parts[1:])]


def fresh_part(folders: list[Path]) -> tuple[list[str], list[Row]]:
    """The fresh sets' articles with headings, scored as the held-out rows,
    and the titles made for their real chapters; also the rows."""
    paths = sorted((p for folder in folders for p in folder.glob("*.txt") if has_headings(p)),
                   key=lambda p: (p.parent.name, p.stem))
    rows = [measure(p, True) for p in paths]
    for row, path in zip(rows, paths):
        row.name = f"{path.parent.name}/{row.name}"
    caption = "Fresh sets (fresh to fresh-7 seen since round 23, fresh-8 and fresh-9 since round 24)"
    return [*table(rows, caption),
            *title_rows(paths, "fresh articles (a check, never a guide)")], rows


def by_set(groups: dict[str, list[Row]]) -> list[str]:
    """One line per set of articles: its means (Pk, WindowDiff, recall ±1,
    made and equal) and its made against real chapter counts, so a change
    can be judged set by set (and a rule chosen on some sets checked on
    the others)."""
    lines = ["### One line per set (means over the set's articles; all seen, fresh10 and fresh11 since round 25's blind checks, fresh12 and fresh13 since round 26's, fresh14 since round 27's, fresh15 since round 28's, fresh16 since round 29's)", "",
             "| set | articles | real / made chapters | Pk made / equal / one | WindowDiff made / equal / one "
             "| recall ±1 made / equal |", "|---|---:|---|---|---|---|"]
    for name, rows in groups.items():
        if not rows:
            continue
        mean = {m: tuple(sum(r.scores[m][i] for r in rows) / len(rows) for i in range(3))
                for m in ("made", "equal", "one")}
        real, made = sum(r.true_chapters for r in rows), sum(r.made_chapters for r in rows)
        lines.append(f"| {name} | {len(rows)} | {real} / {made} | {_three(mean, 0)} | {_three(mean, 1)} "
                     f"| {mean['made'][2]:.0%} / {mean['equal'][2]:.0%} |")
    return lines + [""]


def has_headings(path: Path) -> bool:
    return bool(re.search(r"^==[^=]", path.read_text(encoding="utf-8"), re.M))


def _three(scores: dict, index: int) -> str:
    return " / ".join(f"{scores[m][index]:.2f}" for m in ("made", "equal", "one"))


def folder_options(parser: argparse.ArgumentParser) -> None:
    """--samples and --corpus, by default the shared folder's, which sits
    beside the checkout or one level up (the project's samples without it)."""
    shared = next((p / "shared" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared").is_dir()),
                  ROOT / "assets")
    parser.add_argument("--samples", type=Path, default=shared / "samples", help="folder of sample articles")
    parser.add_argument("--corpus", type=Path, default=shared / "corpus", help="folder of corpus articles")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    folder_options(parser)
    parser.add_argument("--fresh", type=Path, nargs="*", default=[ROOT / "quality" / name for name in FRESH_SETS],
                        help="folders of fresh articles: scored in a third table, never used to choose a rule, "
                             "--misses refused for them")
    parser.add_argument("--extra", type=Path, default=ROOT / "quality" / "extra",
                        help="folder of the extra tuning articles: scored in a table of their own")
    parser.add_argument("--split", type=Path, default=ROOT / "quality" / "SPLIT.md")
    parser.add_argument("--out", type=Path, default=ROOT / "quality" / "segmentation.md")
    parser.add_argument("--results", type=Path, default=ROOT / "quality" / "results.md",
                        help="extraction report whose chapter-making section repeats --out (left alone if it has none)")
    parser.add_argument("--tuning-only", action="store_true",
                        help="measure and show the tuning set only (while tuning: never look at the held-out rows)")
    parser.add_argument("--only", nargs="+", metavar="NAME",
                        help="measure and show these articles only (file names without .txt); writes nothing")
    parser.add_argument("--misses", action="store_true",
                        help="with --only: each real chapter start beside the nearest made one, each spurious made start "
                             "beside the nearest real one, with the cues there (tuning articles only)")
    args = parser.parse_args()
    if args.misses and not args.only:
        parser.error("--misses needs --only NAME ...")
    if args.only:
        fresh_names = {p.stem for folder in args.fresh for p in folder.glob("*.txt")}
        held = [name for name in args.only
                if args.misses and (held_out_anywhere(args.split).get(name, False) or name in fresh_names)]
        if held:
            sys.exit(f"Error: --misses: {', '.join(held)} held out (quality/SPLIT.md or a fresh set): never look at its misses")
        print_only(args.only, args.samples, args.corpus)
        if args.misses:
            print_misses(args.only, args.samples, args.corpus)
        return
    held = split_sets(args.split)
    everything = sorted(p for folder in (args.samples, args.corpus) for p in folder.glob("*.txt"))
    headed = {p for p in everything if has_headings(p)}
    paths = [p for p in everything if p in headed]
    rows = [measure(p, held.get(p.stem, True)) for p in paths
            if not (args.tuning_only and held.get(p.stem, True))]
    lines = ["# Chapter-making measured on articles with headings", "",
             "Generated by `python quality/segmentation.py`: headings removed, chapters made, "
             "made chapter starts compared with the real ones (the lead's end and every `==` heading). "
             "Pk and WindowDiff: lower is better (k = half the mean real chapter length in paragraphs); "
             "recall ±1: real starts with a made start at most one paragraph away. "
             "Baselines: *equal* = as many chapters as made, of equal length in words; "
             "*one* = the whole article as one chapter.", ""]
    tuning = [r for r in rows if not r.held_out]
    lines += table(tuning, "Tuning set (thresholds chosen on these)")
    lines += title_rows([p for p in paths if not held.get(p.stem, True)])
    extra = [p for p in sorted(args.extra.glob("*.txt")) if has_headings(p)]
    extra_rows = [measure(p, False) for p in extra]
    lines += table(extra_rows, "Extra tuning articles (quality/extra)")
    lines += table([r for r in rows if r.held_out], "Held-out set (never used to choose a rule)")
    fresh_rows: list[Row] = []
    if not args.tuning_only:
        fresh_lines, fresh_rows = fresh_part(args.fresh)
        lines += fresh_lines
    groups = {"tuning": tuning, "extra": extra_rows}
    for row in fresh_rows:
        groups.setdefault(row.name.split("/")[0], []).append(row)
    lines += by_set(groups)
    lines += made_books([p for p in everything if p not in headed
                         and not (args.tuning_only and held.get(p.stem, True))], held)
    if not args.tuning_only:
        kept = args.out.read_text(encoding="utf-8").partition(KEEP)[2] if args.out.exists() else ""
        args.out.write_text("\n".join([*lines, KEEP]) + (kept or "\n"), encoding="utf-8")
        repeat_in_results(args.out, args.results)
    print("\n".join(lines))


def print_only(names: list[str], *folders: Path) -> None:
    """The table of the named articles with headings, on stdout only."""
    print("\n".join(table([measure(p, False) for p in named_paths(names, folders)], "Chosen articles")))


def named_paths(names: list[str], folders: tuple[Path, ...]) -> list[Path]:
    """The named articles' files (exit with a message when one is missing)."""
    paths = [folder / f"{name}.txt" for name in names for folder in folders if (folder / f"{name}.txt").exists()]
    missing = sorted(set(names) - {p.stem for p in paths})
    if missing:
        sys.exit(f"Error: --only: no article named {', '.join(missing)} in {', '.join(map(str, folders))}")
    return paths


def print_misses(names: list[str], *folders: Path) -> None:
    """Per real chapter start of each named (tuning) article: the nearest made
    start (offset in paragraphs); then every spurious made start (no real
    start within one paragraph) with the nearest real one; both with the cues
    a reader has there (the TextTiling gap score, the years narrated either
    side, a paragraph opening with a date) and the paragraph's opening; then
    the real and made chapter sizes."""
    from pack.read.segment.cohesion import gap_scores
    from pack.read.segment.years import middle_years
    for path in named_paths(names, folders):
        texts, true, lang = real_chapters(path)
        made, gaps = chapter_starts(texts, lang), gap_scores(texts, lang)
        sizes, years = [len(t.split()) for t in texts], middle_years(texts, lang)
        print(f"#### {path.stem}: {len(true) + 1} real chapters, {len(made) + 1} made\n")
        print("| real start | nearest made | gap score | years | date opening | opening |\n|---:|---:|---:|---|---|---|")
        for start in true:
            print(_cue_row(start, made, gaps, years, texts, lang))
        spurious = [start for start in made if all(abs(start - real) > 1 for real in true)]
        print("\n| spurious made start | nearest real | gap score | years | date opening | opening |\n"
              "|---:|---:|---:|---|---|---|")
        for start in spurious:
            print(_cue_row(start, true, gaps, years, texts, lang))
        print(f"\nreal chapter words: {chapter_words(sizes, true)}  \nmade chapter words: {chapter_words(sizes, made)}\n")


def _cue_row(start: int, others: list[int], gaps: list[float], years: list[int | None],
             texts: list[str], lang: str) -> str:
    """One start of a --misses table: the nearest of `others` (offset), the cues there."""
    from train_segments import opens_with_time, years_around  # beside this file; it imports this one
    offset = min((other - start for other in others), key=abs, default=None)
    shown = "none" if offset is None else f"{offset:+d}"
    before, after = years_around(years, start)
    told = " → ".join("–" if year is None else str(year) for year in (before, after))
    dated = "yes" if opens_with_time(texts[start], lang) else ""
    return f"| {start} | {shown} | {gaps[start]:+.1f} | {told} | {dated} | {texts[start][:70]} |"


def chapter_words(sizes: list[int], starts: list[int]) -> list[int]:
    bounds = [0, *starts, len(sizes)]
    return [sum(sizes[a:b]) for a, b in zip(bounds, bounds[1:])]


def held_out_anywhere(split_file: Path) -> dict[str, bool]:
    """Article file stem -> held out for some part (held-out, fresh, fresh-2), from quality/SPLIT.md."""
    found = {}
    for line in split_file.read_text(encoding="utf-8").splitlines():
        match = re.match(r"\|\s*\w+/([\w.-]+)\.txt\s*\|.*\|\s*([^|]*)\|$", line)
        if match:
            found[match.group(1)] = "held-out" in match.group(2) or "never tune on" in match.group(2)
    return found


def repeat_in_results(segmentation: Path, results: Path) -> None:
    """The chapter-making section of the extraction report (quality/run.py
    writes it last) replaced by the file just written, the rest untouched."""
    if not results.exists() or CHAPTER_HEADING not in results.read_text(encoding="utf-8"):
        return
    before = results.read_text(encoding="utf-8").partition(CHAPTER_HEADING)[0]
    results.write_text(before + chapter_section(segmentation), encoding="utf-8")


if __name__ == "__main__":
    main()
