"""Chapter-making, step 3: a title for each made chapter, from its own words.

Stage: read (support for `segment`). Inputs: the made chapters' paragraph
texts (the introduction left out) and the language code. Outputs: one
title per chapter, in the book's language.

A chapter is named by what sets it apart from the other chapters: the
names and terms it uses most that the rest of the article uses least
(a capitalised name — "Perhimpunan Indonesia", "Konferensi Meja Bundar" —
or a pair of content words), scored like tf-idf over the chapters, so the
article's own subject, present everywhere, never names a chapter. A title
has one clear head: never two names glued with "and" ("KLB dan Belanda"
reads as no heading); a person — a name opening with a given name, or a
lone word of a longer name ("Bukharin") — counts less than a term; an
abbreviation with its dot ("Prof.", "Dr.", the language's list in
`text.toml`) is never part of a name. In a narrative, a chapter that
itself goes forward through dated events gets the period it covers first
("1927–1942: Perhimpunan Indonesia"), in the language's own format from
`pack/lang/<code>/chapters.toml`; a chapter on beliefs or legacy that
looks back at a few years gets none. Never a bare "Part 3".
"""

from __future__ import annotations

import math
import re
from collections import Counter

from pack import lang as langdata
from pack.read.segment.years import paragraph_years, tells_a_period
from pack.text.firstnames import first_names
from pack.text.sentences import abbreviations
from pack.text.tokens import without_possessive

ACRONYM = re.compile(r"((?:[^\W\d_][\w-]*\s+){1,8})\(([A-Z]{2,8})\)")
SHORT_ACRONYM = re.compile(r"[A-Z]{1,2}")
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\b[IVX]+\b")
SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|[:;]\s+)$")
LONGER = 0.6             # per extra word: "Konferensi Meja Bundar" says more than "Belanda"
NAME_BOOST = 1.5          # a name reads better as a heading than two loose words
NAME_PART = 0.4           # a lone word of a longer name ("Bukharin", "Hall"): a person by surname, weighed down
PERSON = 0.7              # a person's name ("Simon Montefiore"): a textbook heads a chapter by its topic first
ATTRIBUTIVE = 0.3         # a capitalised word nearly always before a noun ("Genoese merchants"): a modifier
ATTRIBUTIVE_SHARE = 0.7   # ... this share of its uses, in a language whose modifiers come first
ATTRIBUTIVE_LEAST = 3
MODIFIER = re.compile(r"\b([A-Z][^\W\d_]+) ([^\W\d_][\w-]*)")
PERIOD_SPREAD = (0.1, 0.9)   # the period: these shares of the chapter's dated events ...
LONGEST_PERIOD = 25          # ... when they lie this close together (not a look back over centuries)


def titles(chapters: list[list[str]], lang: str, narrative: bool, subject: str = "") -> list[str]:
    """A title for each chapter (a list of its paragraph texts); `subject`
    is the article's title, whose words name no chapter."""
    words = dict(langdata.load(lang, "chapters"), abbreviations=abbreviations(lang),
                 possessives=tuple(langdata.load(lang, "text").get("possessive_endings", [])))
    spelled = _spelled_out(" \n".join(" \n".join(texts) for texts in chapters))
    own = set(subject.casefold().split()) - set(words.get("stopwords", []))
    counts = []
    for texts in chapters:
        found: Counter = Counter()
        for term, n in _candidates(" \n".join(texts), words).items():
            found[spelled.get(term, term)] += n
        counts.append(Counter({term: n for term, n in found.items() if not own & set(term.casefold().split())}))
    everywhere: Counter = Counter()
    for found in counts:
        everywhere.update(found)
    parts, people = _name_parts(everywhere)
    modifiers = _modifiers(" \n".join(" \n".join(texts) for texts in chapters), words)
    made, heads = [], []
    for texts, found in zip(chapters, counts):
        # A chapter with no word used twice and no name: its opening words.
        topics = _topics(found, everywhere, parts, people, modifiers) or [(" ".join(texts[0].split()[:6]), 1.0)]
        head = _name(topics, heads)
        heads.append(head)
        # The period only where the chapter itself tells its events in order.
        made.append(_with_period(head, texts, lang, words) if narrative and tells_a_period(texts, lang) else head)
    return made


def _name_parts(everywhere: Counter) -> tuple[set[str], set[str]]:
    """Single words that are part of a longer name in the article ("Bukharin"
    of "Nikolai Bukharin", "Hall" of "Charles Martin Hall"), and the names
    of people: a longer name opening with a given name, and its words."""
    given = first_names()
    names = [term.split() for term in everywhere if len(term.split()) > 1 and term[:1].isupper()]
    parts = {word for name in names for word in name if word[:1].isupper()}
    people = {" ".join(name) for name in names if name[0].casefold() in given}
    return parts, people | {word for name in people for word in name.split()}


def _candidates(text: str, words: dict) -> Counter:
    """Names (runs of capitalised words) and pairs of content words, counted."""
    stop = set(words.get("stopwords", []))
    not_names = set(words.get("not_names", []))
    links = set(words.get("name_links", []))
    found: Counter = Counter()
    tokens = [(without_possessive(m.group(), words["possessives"]), m.start(), m.end()) for m in WORD.finditer(text)]
    run: list[str] = []
    for index, (word, start, _) in enumerate(tokens):
        opener = bool(SENTENCE_START.search(text[max(0, start - 3):start])) or start == 0
        if run and text[tokens[index - 1][2]:start] != " ":
            _add_name(run, found, stop, not_names)      # a name does not run across punctuation
            run = []
        if word.casefold() in words["abbreviations"] and text[tokens[index][2]:tokens[index][2] + 1] == ".":
            _add_name(run, found, stop, not_names)      # "Prof.", "Dr.": a title before a name, never a name
            run = []
            continue
        capital = word[:1].isupper() and len(word) > 1 and not (opener and word in not_names)
        if capital and not (opener and not run and word.casefold() in stop):
            run.append(word)
            continue
        if run and word in links and index + 1 < len(tokens) and tokens[index + 1][0][:1].isupper():
            run.append(word)
            continue
        _add_name(run, found, stop, not_names)
        run = []
        following = tokens[index + 1][0] if index + 1 < len(tokens) and \
            text[tokens[index][2]:tokens[index + 1][1]] == " " else ""
        if _content(word, stop) and _content(following, stop) and following.islower() and word.islower():
            found[f"{word} {following}"] += 1
    _add_name(run, found, stop, not_names)
    return found


def _spelled_out(text: str) -> dict[str, str]:
    """Acronyms and the names they stand for, where the text says so:
    "Perhimpunan Indonesia (PI)" -> {"PI": "Perhimpunan Indonesia"},
    "endoplasmic reticulum (ER)" -> {"ER": "endoplasmic reticulum"}."""
    found = {}
    for match in ACRONYM.finditer(text):
        words, short = match.group(1).split(), match.group(2)
        name = words[-len(short):]
        if "".join(w[0] for w in name).casefold() != short.casefold():
            while name and not name[0][:1].isupper():
                name = name[1:]
        if len(name) >= 2:
            found.setdefault(short, " ".join(name))
    return found


def _add_name(run: list[str], found: Counter, stop: set[str], openers: set[str]) -> None:
    while run and (run[-1].islower() or (len(run[-1]) < 3 and not run[-1].isupper())):
        # a trailing link word ("Bank of") or a cut-off piece ("Kongres Ke-20")
        run = run[:-1]
    while len(run) > 1 and run[0] in openers:
        run = run[1:]       # a capitalised word that only opens a phrase ("At the World ...")
    if run and not (len(run) == 1 and run[0].casefold() in stop):
        found[" ".join(run[:5])] += NAME_BOOST


def _modifiers(text: str, words: dict) -> set[str]:
    """Capitalised words the text nearly always puts before a lowercase
    content word ("Genoese merchants", "Copernican system"), in a language
    whose modifiers come first (`modifiers_first`): adjectives of a people
    or a doctrine, which head no chapter alone."""
    if not words.get("modifiers_first"):
        return set()
    stop = set(words.get("stopwords", []))
    uses = Counter(m.group() for m in re.finditer(r"\b[A-Z][^\W\d_]+\b", text))
    before = Counter(m.group(1) for m in MODIFIER.finditer(text)
                     if m.group(1)[:1].isupper() and m.group(2).islower() and _content(m.group(2), stop))
    return {word for word, n in uses.items() if n >= ATTRIBUTIVE_LEAST and before[word] >= ATTRIBUTIVE_SHARE * n}


def _content(word: str, stop: set[str]) -> bool:
    return len(word) > 3 and word.casefold() not in stop


def _topics(found: Counter, everywhere: Counter, parts: set[str], people: set[str],
            modifiers: set[str]) -> list[tuple[str, float]]:
    """Candidates by distinctiveness: used often here, and most of their
    uses are here (the article's own subject, used in every chapter, is not);
    a person, a lone word of a longer name, or a modifier counts less than a term."""
    scored = []
    least = 2 if any(count >= 2 for count in found.values()) else 1
    for term, count in found.items():
        if count < least or SHORT_ACRONYM.fullmatch(term):
            continue        # "BC", "AS": a reader cannot tell what a bare short acronym names
        share = count / everywhere[term]
        length = min(len(term.split()), 3)
        weight = (NAME_PART if term in parts else 1.0) * (PERSON if term in people else 1.0) \
            * (ATTRIBUTIVE if term in modifiers else 1.0)
        scored.append((term, weight * count * share ** 2 * (1 + LONGER * (length - 1))))
    scored.sort(key=lambda item: (-item[1], item[0]))
    return _without_parts(scored)


def _without_parts(scored: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """Drop a candidate contained in a better one ("Meja Bundar" under "Konferensi Meja Bundar")."""
    kept: list[tuple[str, float]] = []
    for term, score in scored:
        if not any(term in better or better in term for better, _ in kept):
            kept.append((term, score))
    return kept


def _name(topics: list[tuple[str, float]], taken: list[str]) -> str:
    """One clear head: the best topic no earlier chapter is named by (never
    two names glued with "and", which reads as no heading)."""
    free = [term for term, _ in topics if not any(term in t or t in term for t in taken)]
    return _heading(free[0] if free else topics[0][0])


def _heading(term: str) -> str:
    return term[:1].upper() + term[1:]


def _with_period(title: str, texts: list[str], lang: str, words: dict) -> str:
    years = sorted(y for found in paragraph_years(texts, lang) for y in found)
    if len(years) < 2:
        return title
    start = years[int(PERIOD_SPREAD[0] * (len(years) - 1))]
    end = years[int(math.ceil(PERIOD_SPREAD[1] * (len(years) - 1)))]
    if end - start > LONGEST_PERIOD:
        return title
    if start == end:
        return words.get("year_format", "{year}: {topic}").format(year=start, topic=title)
    return words.get("period_format", "{start}–{end}: {topic}").format(start=start, end=end, topic=title)
