"""Draw the hand-check samples for the timeline measurements (see README.md here).

Two samples per article, both seeded so anyone can redraw them:
- `candidates`: sentences that contain anything date-like by a broad rule
  that does not use the tagger (a four-digit number, a month name, a decade
  or century word), for the recall check: a person marks, for each, the
  dated events it states; `measure.py` compares the timeline with that.
- `events`: events drawn from the timeline, for the precision check.

Usage: python -m tests.timeline_eval.sample ARTICLE SEED N_SENTENCES N_EVENTS [EXCLUDE.tsv]
(EXCLUDE: a gold file whose sentences are left out, for a fresh second sample)
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

from pack.extract.timeline import extract_timeline
from pack.text.sentences import abbreviations, sentence_spans
from pack.read import read_article
from tests.timeline_eval.measure import load_gold

# Deliberately broader than the tagger and independent of its data files.
BROAD = re.compile(
    r"\d{4}|\b(?:Januari|January|Februari|February|Maret|March|April|Mei|May|Juni|June|Juli|July|Agustus|"
    r"August|September|Oktober|October|November|Desember|December)\b|"
    r"\babad\b|\bcentur|\bdecade|\bdasawarsa|\btahun (?:yang sama|tersebut|berikutnya)|"
    r"\bbulan (?:yang sama|tersebut)|\bthat year|\bthe (?:same|following) (?:year|month)", re.I)


def candidate_sentences(path: Path) -> list[tuple[str, int, str]]:
    article = read_article(path)
    out = []
    for _, paragraph in article.paragraphs():
        for n, (a, b) in enumerate(sentence_spans(paragraph.text, abbreviations(article.lang))):
            text = paragraph.text[a:b]
            if BROAD.search(text):
                out.append((paragraph.id, n, text))
    return out


def main() -> None:
    path, seed, n_sent, n_ev = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    pool = candidate_sentences(path)
    if len(sys.argv) > 5:
        seen = {(row[0], row[1]) for row in load_gold(Path(sys.argv[5]))}
        pool = [c for c in pool if (c[0], c[1]) not in seen]
    rng = random.Random(seed)
    print(f"# {len(pool)} candidate sentences; sample of {n_sent} (seed {seed})")
    for pid, n, text in sorted(rng.sample(pool, min(n_sent, len(pool))), key=lambda x: (x[0], x[1])):
        print(f"{pid}\t{n}\t{text}")
    events = extract_timeline(read_article(path)).events
    rng = random.Random(seed)
    print(f"# {len(events)} events; sample of {n_ev} (seed {seed})")
    for e in sorted(rng.sample(events, min(n_ev, len(events))), key=lambda e: int(e.id[3:])):
        print(f"{e.id}\t{e.iso}\t{e.date_text}\t{e.text}\t|| {e.sentence}")


if __name__ == "__main__":
    main()
