"""Compare the timeline with a hand-labelled recall sample (gold-*.tsv here).

For every sampled sentence the gold file lists the dated events a person
found in it. An expected event is *found* when the timeline has an event
from that sentence with the same EDTF `iso`; it is *exact* when the
qualifier (early/mid/late) matches too. Events the timeline takes from a
sampled sentence that the person did not list are *extra* (false dates).

One span answers two expected periods: the gold was labelled when "in the
1930s and 1940s" gave two entries with the same text; the timeline now
gives one entry dated 1930s–1940s (EDTF `193X/194X`), which tells the
reader both. Such a span counts as finding each expected period it joins,
and only when both ends were expected from that sentence.

Usage: python -m tests.timeline_eval.measure ARTICLE GOLD.tsv
"""

from __future__ import annotations

import sys
from pathlib import Path

from pack.extract.timeline.events import dated_events
from pack.text.sentences import abbreviations, sentence_spans
from pack.read import read_article


def load_gold(path: Path) -> list[tuple[str, int, list[str], str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t") + ["", ""]
        expected = [c.strip() for c in cells[2].split(",") if c.strip()]
        rows.append((cells[0], int(cells[1]), expected, cells[3]))
    return rows


def measure(article_path: Path, gold_path: Path) -> dict:
    article = read_article(article_path)
    # Repeats stay apart here: a retold event is merged into one entry (its
    # places kept in `repeats`), so it is in the timeline, but only the
    # unmerged list says which sentence each date came from.
    events = dated_events(article, merge_repeats=False)
    paragraphs = article.paragraph_index()
    report = {"expected": 0, "found": 0, "exact": 0, "missed": [], "inexact": [], "extra": []}
    for pid, number, expected, _ in load_gold(gold_path):
        text = paragraphs[pid].text
        a, b = sentence_spans(text, abbreviations(article.lang))[number]
        sentence = text[a:b].strip()
        produced = [e for e in events if e.ref.paragraph_id == pid and e.sentence == sentence]
        left = _split_spans(produced, expected)  # each produced event answers one expected event
        for token in expected:
            iso, _, qualifier = token.partition("@")
            report["expected"] += 1
            match = next((e for e in left if e.iso == iso and e.qualifier == qualifier), None) or \
                next((e for e in left if e.iso == iso), None)
            if match is None:
                report["missed"].append(f"{pid}/{number} {token}")
                continue
            left.remove(match)
            report["found"] += 1
            if match.qualifier == qualifier:
                report["exact"] += 1
            else:
                report["inexact"].append(f"{pid}/{number} {token} got @{match.qualifier}")
        report["extra"] += [f"{pid}/{number} {e.iso} {e.date_text!r}" for e in left]
    report["recall"] = report["found"] / max(report["expected"], 1)
    report["exact_share"] = report["exact"] / max(report["found"], 1)
    return report


def _split_spans(produced: list, expected: list[str]) -> list:
    """The produced events, a span whose two ends are both expected counted as two."""
    wanted = {token.partition("@")[0] for token in expected}
    out = []
    for event in produced:
        start, slash, end = event.iso.partition("/")
        if slash and start in wanted and end in wanted:
            out += [_Part(start, event.qualifier, event.date_text), _Part(end, event.qualifier, event.date_text)]
        else:
            out.append(event)
    return out


class _Part:
    """One end of a span, standing for the span when the gold lists the ends apart."""

    def __init__(self, iso: str, qualifier: str, date_text: str):
        self.iso, self.qualifier, self.date_text = iso, qualifier, date_text


def main() -> None:
    report = measure(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"expected {report['expected']}  found {report['found']}  recall {report['recall']:.3f}  "
          f"exact {report['exact']}/{report['found']}")
    for key in ("missed", "inexact", "extra"):
        for item in report[key]:
            print(f"{key}: {item}")


if __name__ == "__main__":
    main()
