"""Text analysis: from occurrences to the references an item keeps.

Inputs: the `TextIndex` and a list of `Occurrence`s of one glossary term
or one person. Outputs: `Reference`s (paragraph and chapter): the first
use, then the first mention in each other chapter where the item matters
(it is mentioned there at least twice), at most five. Also the slugs
used in ids ("gl-politbiro", "who-vladimir-lenin").
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from pack.text.candidates import Occurrence, TextIndex
from pack.model import Reference

MAX_REFS = 5
MATTERS = 2        # mentions in a chapter for it to earn a reference there
SEPARATORS = re.compile(r"[–—‐'’]")
NOT_SLUG = re.compile(r"[^a-z0-9]+")


def merged_occurrences(members) -> list[Occurrence]:
    """Occurrences of several candidates (one entry's forms), once each, in order."""
    seen = {}
    for member in members:
        for occ in member.occurrences:
            seen.setdefault((occ.sentence, occ.first), occ)
    return [seen[k] for k in sorted(seen)]


def pick_refs(index: TextIndex, occurrences: list[Occurrence]) -> list[Reference]:
    ordered = sorted(occurrences, key=lambda o: (o.sentence, o.first))
    if not ordered:
        return []
    per_chapter = Counter(index.sentences[o.sentence].chapter for o in ordered)
    first = index.sentences[ordered[0].sentence]
    refs = [first.ref]
    seen_chapters = {first.chapter}
    for occ in ordered[1:]:
        sentence = index.sentences[occ.sentence]
        if sentence.chapter in seen_chapters or per_chapter[sentence.chapter] < MATTERS:
            continue
        seen_chapters.add(sentence.chapter)
        refs.append(sentence.ref)
        if len(refs) == MAX_REFS:
            break
    return refs


def slug(text: str) -> str:
    """ASCII slug: "Hall–Héroult process" -> "hall-heroult-process"."""
    text = SEPARATORS.sub("-", text)          # dashes and apostrophes separate words
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return NOT_SLUG.sub("-", plain.casefold()).strip("-") or "x"


def unique_ids(prefix: str, names: list[str]) -> list[str]:
    """One id per name, in order; repeats get "-2", "-3"."""
    seen: Counter = Counter()
    out = []
    for name in names:
        base = f"{prefix}-{slug(name)}"
        seen[base] += 1
        out.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return out
