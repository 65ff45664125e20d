"""Extract stage: the glossary of key terms (issue 3).

Inputs: an `Article`. Outputs: `GlossaryEntry`s ranked best first by the
extractor's own score, and `term_pattern(entry)`, a regex that finds the
entry's term and variants in running text (the renderer links the first
use to the entry with it).

Pipeline: `analysis` finds candidates and tells terms from people and
places; `aliases` and `variants` group spellings; `definitions` finds
the article's own definition of each group (else the sentence of first
use is shown, kind "context"). A term the article never explains is kept
only when it recurs across chapters, or is rare in general usage and
recurs at all ("cryolite"), or names a process ("Deville process"). The
score is frequency x rarity in general usage x spread over chapters,
boosted when the article defines the term.
"""

from __future__ import annotations

import math
import re

from pack.extract.glossary.aliases import find_aliases
from pack.text.analysis import Analysis, analyse
from pack.text.candidates import Candidate
from pack.text.definitions import QUALITY, Found, definitions_at
from pack.text.mentions import merged_occurrences, pick_refs, unique_ids
from pack.text.termmatch import forms_pattern
from pack.extract.glossary.variants import group_variants
from pack.config import Settings
from pack.model import Article, GlossaryEntry

INSIDE_WEIGHT = 0.25     # a mention inside a longer name counts a quarter
BOOST_PER_QUALITY = 0.35  # a definition of quality q multiplies the score by 1 + 0.35 q
CLASS_MAX_COUNT = 3       # "badan keamanan Cheka" defines only rarely used terms
OCCURRENCES_TRIED = 60   # definitions are looked for near the first uses
CONTEXT_WORDS = 45
CONTEXT_MIN_COUNT = 3     # a term the article never explains must be used this often
CONTEXT_MIN_CHAPTERS = 3  # ... in this many chapters


def extract_glossary(article: Article, limit: int | None = Settings.glossary_entries) -> list[GlossaryEntry]:
    """The best `limit` entries (None: every term found), best first."""
    analysis = analyse(article)
    terms = {c.key: c for c in analysis.candidates if _is_term(c, analysis)}
    aliases = [p for p in find_aliases(analysis.index, set(terms)) if p[0] in terms and p[1] in terms]
    expansions = {(a, b) for a, b, kind in aliases if kind == "expansion"}
    inside = _inside_longer(list(terms.values()))
    entries = []
    for group in group_variants(sorted(terms), aliases, analysis.lex):
        entry = _entry([terms[k] for k in group], analysis, expansions, inside)
        if entry:
            entries.append(entry)
    entries.sort(key=lambda e: (-e.score, e.term.casefold(), e.term))
    entries = entries[:limit]
    for entry, ident in zip(entries, unique_ids("gl", [e.term for e in entries])):
        entry.id = ident
    return entries


def term_pattern(entry: GlossaryEntry) -> re.Pattern:
    """Matches the term or a variant as whole words in running text.

    Spaces and dashes inside a term match any run of spaces or any dash;
    a possessive "'s" may follow. Acronyms match case-sensitively, other
    terms in any case.
    """
    return forms_pattern([entry.term, *entry.variants])


# ------------------------------------------------------------ selection


def _is_term(c: Candidate, analysis: Analysis) -> bool:
    if analysis.kinds.of(c.key) != "term":
        return False
    if c.key == analysis.subject or (len(c.key) == 1 and c.key[0] in analysis.subject_words):
        return False
    lex = analysis.lex
    roles = lex.phrases("people", "occupations") + lex.phrases("people", "relations")
    if c.key in roles or (len(c.key) == 1 and c.key[0].rstrip("s") in {r[0] for r in roles if len(r) == 1}):
        return False              # "chemist", "sejarawan": what people are, not terms
    if c.shape == "name" and len(c.key) == 1:
        word = c.key[0]
        # A generic head ("Partai") or a word the article also writes in
        # lowercase ("Komunis" / "komunis") is an ordinary word here.
        if word in lex.words("definitions", "term_heads") or word in analysis.index.lowercase:
            return False
    return True


def _inside_longer(terms: list[Candidate]) -> set[tuple[int, int, int]]:
    """(sentence, first, last) of every use that lies inside a longer term's use."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for c in terms:
        for o in c.occurrences:
            spans.setdefault(o.sentence, []).append((o.first, o.last))
    inside = set()
    for number, pairs in spans.items():
        for first, last in pairs:
            if any(f <= first and last <= l and (f, l) != (first, last) for f, l in pairs):
                inside.add((number, first, last))
    return inside


def _entry(members: list[Candidate], analysis: Analysis, expansions, inside) -> GlossaryEntry | None:
    occurrences = merged_occurrences(members)
    found = _definitions(members, analysis, inside)
    display = _display(members, found)
    long_form = _long_form(display, members, expansions)
    definition, kind, quality = _definition_text(display, long_form, found, occurrences, analysis)
    count = _weighted_count(members)
    chapters = {analysis.index.sentences[o.sentence].chapter for o in occurrences}
    if kind == "context" and (count < CONTEXT_MIN_COUNT or len(chapters) < CONTEXT_MIN_CHAPTERS) \
            and not _rare_and_recurring(members, count, analysis):
        return None               # never explained: it must recur across chapters to be key
    score = _score(members, count, quality, occurrences, analysis)
    variants = sorted({m.display for m in members} - {display.display})
    return GlossaryEntry(term=display.display, definition=definition, kind=kind,
                         refs=pick_refs(analysis.index, occurrences), variants=variants,
                         score=round(score, 4))


def _rare_and_recurring(members: list[Candidate], count: float, analysis: Analysis) -> bool:
    """A key term even in one chapter: a word rare in general usage that the
    article uses again ("cryolite", "electrolysis"), a recurring phrase
    holding one ("sulfuric acid"), or a named process ("Deville process")."""
    settings = analysis.lex.candidates
    limit = settings["context_rare_zipf"]
    needed = {"word": settings["context_rare_count"],
              "phrase": settings["context_rare_phrase_count"]}
    for m in members:
        rare = any(analysis.lex.zipf(w) < limit for w in m.key if not analysis.lex.is_function(w))
        if rare and count >= needed.get(m.shape, math.inf):
            return True
        if m.shape == "name" and m.key[-1] in analysis.lex.words("candidates", "key_name_tails"):
            return True
    return False


def _display(members: list[Candidate], found) -> Candidate:
    """The most used form that the article defines, else the most used form;
    on a tie the shorter one ("Stavka")."""
    top = max(_weighted_count([m]) for m in members)
    defined = [m for m in members if found[m.key] and _weighted_count([m]) * 2 >= top] or members
    return min(defined, key=lambda m: (-_weighted_count([m]), len(m.display), m.display))


def _long_form(display: Candidate, members: list[Candidate], expansions) -> Candidate | None:
    """The member that spells out the displayed short form ("PBDSR")."""
    longer = [m for m in members if (m.key, display.key) in expansions or (
        (display.key, m.key) in expansions and len(m.display) > len(display.display))]
    return max(longer, key=lambda m: (len(m.display), m.display), default=None)


def _weighted_count(members: list[Candidate]) -> float:
    total = 0.0
    for m in members:
        if m.shape == "name":
            total += m.standalone + INSIDE_WEIGHT * (m.count - m.standalone)
        else:
            total += m.count
    return total


# ------------------------------------------------------------ definitions


def _definitions(members: list[Candidate], analysis: Analysis, inside) -> dict[tuple, list[Found]]:
    """Definitions found at each member's uses, except uses inside a longer
    term ("anodes" of "Söderberg anodes": what follows is about the name)."""
    index = analysis.index
    out: dict[tuple, list[Found]] = {}
    for m in members:
        found: list[Found] = []
        usable = [o for o in m.occurrences if o.standalone and (o.sentence, o.first, o.last) not in inside]
        for occ in usable[:OCCURRENCES_TRIED]:
            sentence = index.sentences[occ.sentence]
            found.extend(definitions_at(sentence, index.keys[occ.sentence], occ.first, occ.last,
                                        occ.sentence, analysis.lex))
        out[m.key] = found
    return out


def _best(found: list[Found], count: float = 1.0) -> Found | None:
    """The best definition; a kind noun seen once does not define a term
    the article uses often ("konferensi Bolshevik" is a conference)."""
    usable = [f for f in found if f.pattern != "class" or count <= CLASS_MAX_COUNT]
    return max(usable, key=lambda f: (f.quality, -f.sentence, f.text), default=None)


def _definition_text(display, long_form, found, occurrences, analysis) -> tuple[str, str, float]:
    """The definition, its kind and its quality; a long form leads it ("PBDSR")."""
    best = _best([f for fs in found.values() for f in fs], _weighted_count([display]))
    if long_form is not None:
        own = _best(found[long_form.key])
        text = long_form.display + (f", {own.text}" if own else "")
        return text, "definition", QUALITY["gloss"]
    if best:
        return best.text, "definition", best.quality
    first = analysis.index.sentences[occurrences[0].sentence]
    return _context(first.text), "context", 0.0


def _context(text: str) -> str:
    if text.count("(") < text.count(")") and text.endswith(")"):
        text = text[:-1]      # "... contrary to contemporary belief.)": the bracket opened a sentence before
    words = text.split()
    if len(words) <= CONTEXT_WORDS:
        return text
    return " ".join(words[:CONTEXT_WORDS]) + " …"


# ------------------------------------------------------------ score


def _score(members, count, quality, occurrences, analysis) -> float:
    chapters = {analysis.index.sentences[o.sentence].chapter for o in occurrences}
    total = max(1, 1 + analysis.index.sentences[-1].chapter)   # sentences are in reading order
    spread = len(chapters) / total
    rarity = max(_rarity(m, analysis) for m in members)
    boost = 1 + BOOST_PER_QUALITY * max(0.0, quality)
    return (1 + math.log(max(count, 1))) * rarity * (0.5 + spread) * boost


def _rarity(m: Candidate, analysis: Analysis) -> float:
    """1.0 for words unknown in general usage, less for common ones."""
    lex = analysis.lex
    if m.shape == "acronym":
        return 1.0
    words = [w for w in m.key if not lex.is_function(w)]
    if m.shape == "name" and len(words) > 1:
        return 0.9
    zipf = min(lex.zipf(w) if w not in analysis.subject_words else 2.5 for w in words)
    return max(0.2, min(1.0, (6.0 - zipf) / 4.0))
