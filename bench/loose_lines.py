"""Measure, the printed page: loose justified lines that end in a hyphen.

Inputs: PDF files. Outputs: for each, how many lines end in a broken word
(a hyphen) and how many of those are loose — even their narrowest word
space more than LOOSE times the document's usual word space — with the
page and text of each loose one (`--list`).

Why (issue 18): under `overflow-wrap: break-word` WeasyPrint 70 breaks a
line at a soft hyphen measuring it without its hyphen; when the hyphen then
does not fit, it falls back to the previous soft hyphen in the line, never
to the space before the word, and a line of five words is spread over the
whole measure (print.css now sets `normal` where soft hyphens are). A text
box that ends in a space before an inline tag falls back the same way.
Those lines are what this counts, whatever the cause; it reads only the
PDF (poppler's `pdftotext -bbox-layout`), so it measures any build.

    python bench/loose_lines.py BOOK.pdf [BOOK.pdf ...] [--list]
"""

from __future__ import annotations

import argparse
import html
import re
import statistics
import subprocess
import sys

LOOSE = 2.0             # a line's narrowest word space, over the document's median one
MIN_WORDS = 3           # fewer words: a gap says little
HYPHENS = ("-", "\u2010")
PAGE = re.compile(r"<page\b.*?</page>", re.S)
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</word>', re.S)


def page_lines(pdf: str) -> list[tuple[int, list[tuple[float, float, str]]]]:
    """(page number, its words as (left, right, text)) of every line of the PDF.
    A line is the words on one baseline: poppler splits a very loose line
    into a "line" per word, which is the very line looked for."""
    out = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], capture_output=True, text=True, check=True)
    found = []
    for number, page in enumerate(PAGE.findall(out.stdout), start=1):
        rows: dict[float, list[tuple[float, float, str]]] = {}
        for left, top, right, text in WORD.findall(page):
            rows.setdefault(round(float(top), 1), []).append((float(left), float(right), html.unescape(text)))
        found += [(number, sorted(words)) for _, words in sorted(rows.items()) if len(words) >= MIN_WORDS]
    return found


def gaps(words: list[tuple[float, float, str]]) -> list[float]:
    return [b[0] - a[1] for a, b in zip(words, words[1:])]


def loose_lines(pdf: str) -> tuple[int, list[tuple[int, str, float]]]:
    """How many lines end in a hyphen, and (page, text, mean space over usual) of the loose ones."""
    lines = page_lines(pdf)
    usual = statistics.median(g for _, words in lines for g in gaps(words))
    hyphenated = [(n, w) for n, w in lines if w[-1][2].endswith(HYPHENS)]
    loose = []
    for number, words in hyphenated:
        ratio = min(gaps(words)) / usual     # two columns on one baseline: one wide gap
        if ratio > LOOSE:
            loose.append((number, " ".join(t for _, _, t in words), ratio))
    return len(hyphenated), loose


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", nargs="+")
    parser.add_argument("--list", action="store_true", help="print each loose line")
    args = parser.parse_args(argv)
    for pdf in args.pdfs:
        try:
            hyphenated, loose = loose_lines(pdf)
        except (OSError, subprocess.CalledProcessError, statistics.StatisticsError) as exc:
            print(f"{pdf}: cannot be read ({exc})", file=sys.stderr)
            return 1
        print(f"{pdf}: {len(loose)} loose of {hyphenated} hyphenated lines")
        for number, text, ratio in loose if args.list else ():
            print(f"  p. {number}  x{ratio:.1f}  {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
