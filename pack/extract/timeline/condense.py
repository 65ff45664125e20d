"""From a dated sentence to a short timeline entry.

Stage: extract (support for `timeline`). Inputs: a paragraph's text, the
date spans found in it, the language code (words from
`pack/lang/<code>/timeline.toml`). Outputs: sentence spans, the clause
that belongs to each date, and that clause condensed: the date phrase
removed, leading connectors dropped, a bare leading pronoun ("Ia", "He")
replaced by the subject's name, long tails cut.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from pack import lang as langdata
from pack.lazypattern import LazyPattern
from pack.extract.timeline.date_patterns import alternation
from pack.text.wholeword import last_start, stands_in
from pack.text.language import CASES
from pack.text.wordclass import classes
from pack.text.wordscan import CLAUSE_WORDS
from pack.lang.schema import tunables_of

# Tidying a condensed entry (compiled once: this runs for every dated clause).
LONE_LAST_WORD = re.compile(r",\s*([a-z][\w-]*)$")
# Thresholds, each declared with why in pack/lang/schema.toml [tunables].
(LIST_ITEM_WORDS, LIST_LAST_WORDS, MIDDLE_CUT_WORDS, OBJECT_WORDS, LENGTH_SLACK, OWN_PHRASE_WORDS,
 OPENING_WORDS) = tunables_of(__name__)
# An opening phrase before a clause's subject: a short one, any ("At Troyes Cathedral,
# he"); a longer one with no clause mark or bracket inside (`_adverbial` tells the rest).
SHORT_OPENING = re.compile(r"^([^,]{1,40}),\s+")
OPENING_PHRASE = re.compile(r"^([^,;:()\[\]]+),\s+")
CLAUSE_COMMA = re.compile(r",(?=\s|$)")
CLAUSE_END = re.compile(r"[,;]")
ASIDE_WORD = re.compile(r",\s*[a-z]+\s*$")        # ", born" before another date in commas
LEADING_COMMA = re.compile(r"^\s*,")
SPACE_BEFORE_MARK = re.compile(r"\s+([,;:.)])")
SPACED_MARK = re.compile(r" [,;:.)]")
EMPTY_BRACKETS_OR_COMMA = re.compile(r"\(\s*\)|,(?=\s*,)|,(?=\s*\))")   # "()", ",,", "(Mind,)"
LEADING_ASIDE = re.compile(r"^\([^()]*\)\s*(?=\w)")
BRACKET_COMMA = re.compile(r"\(\s*[,;]\s*")                          # "(, in Latin", "(; in Latin: De Motu)"
FINAL_STOP = re.compile(r"[.!?]+([\"”’')\]]+)$")
FINAL_CLOSERS = ('"', "”", "’", "'", ")", "]")     # what FINAL_STOP's text ends with
ISO_DATE_BRACKET = re.compile(r"\s*\(\d{4}-\d{2}-\d{2}\)")     # "(1791-12-05)" after the date as written
SORT_KEY = LazyPattern(r"\d{10,}♠")     # a figure's sort key, written before it
TOKEN = CLAUSE_WORDS       # (findall remembered: asked again and again)


@lru_cache(maxsize=None)
def _data(lang: str) -> dict:
    data = dict(langdata.load(lang, "timeline"))
    data["_lang"] = lang
    data["_drop"] = re.compile(rf"^(?:{alternation(data.get('leading_drop', []))}[\s,]*)+", re.I)
    data["_drop_one"] = re.compile(rf"{alternation(data.get('leading_drop', []))}[\s,]*", re.I)
    data["_cut"] = re.compile(rf",?\s+{alternation(data.get('trailing_cut', []))}\s", re.I)
    # A full stop with no space after it ("installed.By late 1941") ends a clause too.
    # So does one after a closing quotation or bracket ('species".Darwin's book').
    data["_clause"] = re.compile(rf";|\s[—–]\s|,\s+(?={alternation(data.get('clause_connectors', []))})"
                                 rf"|(?:(?<=[a-z0-9]\.)|(?<=[a-z0-9][\"”’')]\.))(?-i:(?=[A-Z][a-z]))", re.I)
    # "a sacra conversazione of about 1470–72, now in the Uffizi": the date is what "of" needs (`date_objects`).
    data["_date_object"] = re.compile(rf"(?:^|\s){alternation(data.get('date_objects', []))}\s*$", re.I)
    # "... crystallography and in 1847, he submitted": the date's comma goes with it ("and he submitted").
    data["_coordinator_end"] = re.compile(rf"(?:^|\s){alternation(data.get('list_coordinators', []))}\s*$", re.I)
    data["_list_and"] = re.compile(rf",\s*{alternation(data.get('list_coordinators', []))}\s", re.I)
    # A comma between two names of a list that ends in "and" and a name ("Jerman, Jepang dan
    # Italia"; not "the Poles fought the Swedes, Peter founded ...").
    name = r"[A-Z\u00c0-\u00de][\w\u00c0-\u024f'’-]*"
    data["_list_comma"] = re.compile(rf"(?<![\w'’-])({name}),(?=\s+{name}(?:,\s+{name})*\s+"
                                     rf"{alternation(data.get('list_coordinators', []))}\s+{name})")
    data["_pronoun"] = re.compile(rf"^{alternation(data.get('pronouns', []))}(?=\s)", re.I)
    suffix, owned = data.get("possessive_suffix", ""), data.get("possessive_suffix_nouns", [])
    data["_owned"] = re.compile(rf"^({alternation(owned, boundary=False)}){re.escape(suffix)}(?!\w)" if suffix and owned else "(?!x)x",
                                re.I)
    data["_possessive"] = re.compile(rf"^{alternation(data.get('possessives', []))}(?=\s)", re.I)
    data["_connector_word"] = re.compile(rf"\s{alternation(data.get('clause_connectors', []))}\s", re.I)
    data["_relative"] = re.compile(rf"{alternation(data.get('relative_starts', []))}", re.I)
    data["_verb"] = re.compile(data.get("elliptic_verb", r"(?!x)x"))
    data["_complementizer"] = re.compile(rf"{alternation(data.get('complementizers', []))}\s*$", re.I)
    # Marks the encyclopedia's own tools leave in the text: "As of August 2013[update],".
    data["_markup"] = re.compile(r"\s*" + alternation(data.get("markup", []), boundary=False))
    data["_cross_reference"] = re.compile(rf"\s*\((?:{alternation(data.get('cross_references', []))})\s[^()]*\)"
                                          if data.get("cross_references") else r"(?!x)x", re.I)
    data["_markup_firsts"] = {w.strip()[:1] for w in data.get("markup", []) if w}    # (case-sensitive)
    data["_dangling"] = re.compile(rf"(?:[\s,]+{alternation(data.get('dangling', []))})+$", re.I)
    data["_dangling_ends"] = _last_letters(data.get("dangling", []))
    data["_dangling_last"] = _last_words(data.get("dangling", []))
    data["_date_tail"] = re.compile(rf"^\s*{alternation(data.get('date_tails', []))}", re.I)
    # "a period of colonialism beginning (around the 16th century)": a participle
    # that only introduced the date goes with it.
    data["_date_participle"] = re.compile(rf"\s+{alternation(data.get('date_participles', []))}$", re.I)
    data["_hanging"] = re.compile(rf"(?:[\s,]+{alternation(data.get('hanging', []))})+$", re.I)
    # "and, in 1586, published": the date's commas go with it ("and published").
    data["_connector_comma"] = re.compile(rf"(?:^|\s){alternation(data.get('dangling', []))},\s*$", re.I)
    # "Of, during ...": a small word left alone at the start by the cuts around it.
    data["_lone_start"] = re.compile(rf"^{alternation(data.get('hanging', []))}\s*,\s*", re.I)
    # "Although X, Y" / "when X, Y": the main clause Y tells the event.
    data["_subordinate"] = re.compile(rf"[\s,]*{alternation(data.get('subordinate_starts', []))}"
                                      rf"(?:[^,;:()]|\([^()]*\))*,\s*", re.I)    # a closed bracket may stand inside
    data["_inner_subordinator"] = re.compile(rf"(?<=\s){alternation(data.get('inner_subordinators', []))}\s+", re.I)
    data["_concessive"] = re.compile(rf"{alternation(data.get('concessive_starts', []))}", re.I)
    data["_opening_subordinate"] = re.compile(rf"[\s,]*({alternation(data.get('subordinate_starts', []))})\s+"
                                              rf"((?:[^,;:()]|\([^()]*\))*),\s*", re.I)
    data["_aside_continuations"] = frozenset(data.get("aside_continuations", []))
    data["_determiners"] = frozenset(w.casefold() for w in data.get("subject_determiners", []))
    data["_articles"] = frozenset(w.casefold() for w in data.get("defining_articles", []))
    data["_verb_forms"] = frozenset(w.casefold() for w in data.get("verb_forms", []))
    data["_complementizer_start"] = re.compile(rf"{alternation(data.get('complementizers', []))}", re.I)
    data["_coordination"] = re.compile(rf"^[\s,]*(?:{alternation(data.get('dangling', []))})?[\s,]*$", re.I)
    # Word sets asked for every sentence: made once.
    data["_not_subjects"] = frozenset(w.casefold() for w in data.get("not_subjects", []))
    data["_descriptors"] = frozenset(w.casefold() for w in data.get("descriptors", []))
    data["_pronoun_words"] = frozenset(w.casefold() for w in data.get("pronouns", []))
    # Pronouns that open a clause ("..., and they became engaged"): no list's item.
    data["_clause_openers"] = data["_pronoun_words"] | {
        w.casefold() for w in data.get("score", {}).get("unresolved_openers", [])}
    return data


def without_marks(text: str, lang: str) -> str:
    """The text without the marks the encyclopedia's tools leave in it: editing
    marks ("[update]", `markup`) and the hidden sort keys of figures
    ("7002273890000000000♠0.74 °C" -> "0.74 °C")."""
    data = _data(lang)
    # Each pattern only where the text holds a character it cannot match without.
    if any(first in text for first in data["_markup_firsts"]):
        text = data["_markup"].sub("", text)
    if "(" in text:
        # "(see 1975 Banqiao Dam failure)": a pointer to another article; "(1791-12-05)":
        # a machine's copy of the date the text writes (fresh-4 readers failed both).
        text = ISO_DATE_BRACKET.sub("", data["_cross_reference"].sub("", text))
    return SORT_KEY.sub("", text) if "♠" in text else text


def clause_bounds(sentence: str, lang: str) -> list[int]:
    """Offsets where the clauses of a sentence start (0 first)."""
    return [0] + [end for _, end in _clause_marks(sentence, lang)]


@lru_cache(maxsize=256)
def _clause_marks(sentence: str, lang: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each mark where one clause ends and the next begins; the
    comma before the last item of a list is none ("geometry, mechanics, and
    astronomy until 1610"). Remembered: each date of a sentence asks again."""
    return tuple(m.span() for m in _data(lang)["_clause"].finditer(sentence)
                 if not _last_list_item(sentence, m.start(), lang) and not _relative_aside(sentence, m, lang))


def _relative_aside(sentence: str, mark: re.Match, lang: str) -> bool:
    """Is the comma at `mark` the start of a relative clause set off by commas inside
    the main clause, whose verb follows the aside ("the invention of dry cell
    batteries, which replaced the liquid electrolyte with a paste, made portable
    devices practical")? It ends no clause: cut there, the entry kept a subject
    without its verb (fresh-8 and fresh-5 readers failed both such entries)."""
    data = _data(lang)
    rest = sentence[mark.end():]
    word = data["_relative"].match(rest)
    close = sentence.find(",", mark.end())
    if not (mark.group().startswith(",") and word) or close < 0 or re.search(r"[;:()\d]", sentence[mark.end():close]):
        return False        # (an aside with a figure may hold a date of its own: its clause stays apart)
    after = sentence[close + 1:].lstrip()
    return after[:1].islower() and elliptic(after, lang)


def _last_list_item(sentence: str, comma: int, lang: str) -> bool:
    """Is the comma at `comma` the one before the last item of a list "A, B,
    and C": "and" (`list_coordinators`) after it, an item of one or two words
    (no figure: "April 4, 1853, and ...") between it and the comma before, and
    a short item that ends the sentence ("and astronomy until 1610"; "dan di
    situ ia tinggal ..." is a clause)?"""
    m = _data(lang)["_list_and"].match(sentence, comma) if comma >= 0 else None
    if not m:
        return False
    before = sentence.rfind(",", 0, comma)
    item = sentence[before + 1:comma]
    after = sentence[m.end():]
    opener = after.split()[0].casefold() if after.split() else ""
    return (before >= 0 and 1 <= len(item.split()) <= LIST_ITEM_WORDS and not re.search(r"\d", item)
            and len(after.split()) <= LIST_LAST_WORDS and opener not in _data(lang)["_clause_openers"])


def clause(sentence: str, start: int, end: int, lang: str) -> tuple[int, int]:
    """The part of `sentence` (its own offsets) that holds the date at start..end."""
    bounds = clause_bounds(sentence, lang)
    lo = max(b for b in bounds if b <= start)
    later = [start for start, _ in _clause_marks(sentence, lang) if start >= end]
    return lo, (later[0] if later else len(sentence))


def inner_subordinate(piece: str, date_start: int, cuts: list[tuple[int, int]], lang: str) -> int | None:
    """Where the subordinate clause that holds the date at `date_start` starts
    (its subject, after the subordinator), when it opens inside the clause
    with no comma before the date: "secessionists implemented plans to leave
    the Union before he took office in March 1861" -> "he took office ...".
    The date is that clause's, not the main clause's. None otherwise: the
    subordinator must follow words of a main clause, and be followed by a
    subject (a name, a pronoun, a determiner: `subject_determiners`) and at
    least one more word, with no comma, bracket or other date in between."""
    data = _data(lang)
    found = None
    for m in data["_inner_subordinator"].finditer(piece, 0, date_start):
        if len(piece[:m.start()].split()) < 3:
            continue                    # opening the clause: the main clause follows it (`_main_clause`)
        words = piece[m.end():date_start].split()
        if (len(words) < 2 or re.search(r"[,;:()\[\]]", piece[m.end():date_start])
                or any(m.end() <= x < date_start for x, _ in cuts)):
            continue
        if opens_with_subject(words[0], lang):
            found = m.end()
    return found


def opens_with_subject(text: str, lang: str) -> bool:
    """Does a subordinate clause open with its subject: a name, a pronoun or
    a determiner (`subject_determiners`)? "after the age of five", "based on
    uncertain descriptions" are a preposition's phrase, no clause."""
    data = _data(lang)
    first = text.split()[0] if text.split() else ""
    return first[:1].isupper() or first.casefold() in data["_pronoun_words"] or first.casefold() in data["_determiners"]


def list_commas_masked(text: str, lang: str) -> str:
    """`text` with each comma between the names of a list ("Jerman, Jepang dan Italia")
    written as NUL: the same offsets, and no comma there that ends a clause."""
    return _data(lang)["_list_comma"].sub("\\1\0", text)


def date_commas_masked(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with the commas inside the date phrases at `spans` written as NUL:
    "After Emperor Kōmei's death on January 30, 1867, Emperor Meiji ..." -- the
    date's own comma ends no clause (cut there, the next entry opened "1867,")."""
    for start, end in spans:
        text = text[:start] + text[start:end].replace(",", "\0") + text[end:]
    return text


def opening_subordinate(piece: str, date: tuple[int, int], lang: str) -> tuple[int, int] | None:
    """The body of an opening subordinate clause that holds the date, when
    it is that clause's own: "(However,) although Engels wrote in the 1840s,
    his book was not translated into English until the late 1800s" -> the
    span of "Engels wrote in the 1840s". Only when the clause concedes or
    tells another time than the main clause's (`concessive_starts`: "although",
    "long before", "after": "After Belgium became independent in 1830, works
    were built" dates the independence) and opens with its subject,
    or with an article and has a verb ("Long before the college was
    established in 1876, ..."); a clause of the same time shares its date with the main clause
    ("When Turing was 39 years old in 1951, he turned to mathematical
    biology"), and so does one without a subject ("After arriving in Spain
    in late 1494, Buil complained"). None otherwise."""
    data = _data(lang)
    m, pos = None, 0
    # "Setelah Jerman, Jepang dan Italia menandatangani ... pada Oktober 1940, Stalin
    # ...": a list's comma (names on both sides) does not end the clause.
    masked = list_commas_masked(piece, lang)
    masked = date_commas_masked(masked, [date])
    while not m:        # "However, although ...": past the opening connectors, one by one
        m = data["_opening_subordinate"].match(masked, pos)
        step = data["_drop_one"].match(piece, pos)
        if m or not step:
            break
        pos = step.end()
    if not m or not m.start(2) <= date[0] < m.end(2) or not data["_concessive"].fullmatch(m.group(1)):
        return None
    if not (opens_with_subject(m.group(2), lang) or _article_clause(m.group(2), data)):
        return None
    if any(w.casefold() in data["_clause_openers"] for w in TOKEN.findall(m.group(2))[1:]):
        return None         # "After the fall of the Roman Empire it was ruled ... from the 5th century": no comma, two clauses
    return m.start(2), m.end(2)


def _article_clause(text: str, data: dict) -> bool:
    """ "the Royal Military College of Canada was established in 1876": a
    clause whose subject opens with an article (`defining_articles`), told by
    a finite verb in it (`verb_forms`: the exact forms only, not endings);
    "the end of the war in 1914" has none, and is a preposition's phrase."""
    words = [w.casefold() for w in TOKEN.findall(text)]
    return bool(words) and words[0] in data["_articles"] and any(w in data["_verb_forms"] for w in words[1:])


def relative_end(piece: str, date_end: int, lang: str) -> int | None:
    """Where a relative clause that opens the piece and holds the date ends:
    at the first comma after the date ("which was fought in Wisconsin and
    Illinois in 1832, he saw no significant action" -> "... in 1832").
    None when the piece opens otherwise or has no such comma."""
    if not relative(piece.lstrip(" ,"), lang):
        return None
    comma = piece.find(",", date_end)
    return comma if comma > 0 else None


def coordinated(sentence: str, first_end: int, second_start: int, lang: str) -> bool:
    """Do two date phrases stand side by side, joined by "and" or a comma
    only ("until the late 19th and 20th centuries")?"""
    return bool(_data(lang)["_coordination"].match(sentence[first_end:second_start]))


def split_between(piece: str, first_end: int, second_start: int, lang: str) -> int | None:
    """Where one clause with two dates splits: the last connector between them.

    Only when real words stand between the dates ("pada bulan Oktober dan tiba
    di Novaya Uda pada akhir bulan November"); dates that merely follow each
    other ("pada tahun 1950 dan lagi pada tahun 1951") share their clause.
    """
    data = _data(lang)
    gap = piece[first_end:second_start]
    # "mechanics, and astronomy until 1610" is a list's last item; "Illinois, and
    # the following year they ...": a date right after the connector opens a clause.
    hits = [m for m in data["_connector_word"].finditer(gap)
            if not (gap[m.end():].strip() and _last_list_item(piece, piece.rfind(",", 0, first_end + m.start() + 1),
                                                               lang))]
    if not hits or len(gap.split()) - 1 < 2:
        return None
    return first_end + hits[-1].start()


def elliptic(entry: str, lang: str) -> bool:
    """True when an entry opens with a verb: its subject was left out ("tiba di ...")."""
    return bool(_data(lang)["_verb"].match(entry))


def leading_word(word: str, lang: str) -> bool:
    """True for a word an entry may open with and drop (`leading_drop`: "then", "later")."""
    return bool(_data(lang)["_drop_one"].fullmatch(word))


def _single_spaces(text: str) -> str:
    """`re.sub(r"\\s+", " ", text)`, by `str.split` (the same white space as `\\s`), in C."""
    inner = " ".join(text.split())
    if not inner:
        return " " if text else ""
    return (" " if text[0].isspace() else "") + inner + (" " if text[-1].isspace() else "")


def _last_letters(words: list[str]) -> tuple[str, ...] | None:
    """Every character a case-insensitive pattern takes for the words' last
    letters (`CASES`); None when a word ends in something else."""
    words = [w for w in words if w]
    if not words or not all(w[-1].lower() in CASES for w in words):
        return None
    return tuple(dict.fromkeys(c for w in words for c in CASES[w[-1].lower()]))


def _may_end_in(text: str, ends: tuple[str, ...] | None) -> bool:
    """Can a pattern that ends in one of the words of `_last_letters` and `$`
    match the text? Only when the text ends in one of those characters (or
    in a line end, before which `$` also matches); always when `ends` is None."""
    return ends is None or text.endswith(ends) or text.endswith("\n")


def _last_words(words: list[str]) -> frozenset[str] | None:
    """The lower-case last words of the phrases of a case-insensitive
    pattern that must end the text (`_dangling`: phrases after white space
    or commas, then the end); None where
    `_may_end_with` could not tell from them (a phrase not plain ASCII
    words and single spaces)."""
    words = [w for w in words if w]
    if not all(w.isascii() and w == w.strip() and not any(c.isspace() and c != " " or c == "," for c in w)
               for w in words):
        return None
    return frozenset(w.split(" ")[-1].lower() for w in words)


def _may_end_with(text: str, last_words: frozenset[str] | None) -> bool:
    """Can such a pattern match the text? Only when its last word (after
    the last white space or comma, before a final line end) is one of
    `last_words`; a word not in ASCII is not told (a case-insensitive
    pattern takes "K" for "k", "ſ" for "s"), nor is any text for None."""
    if last_words is None:
        return True
    text = text[:-1] if text.endswith("\n") else text
    start = len(text)
    while start and not (text[start - 1].isspace() or text[start - 1] == ","):
        start -= 1
    last = text[start:]
    return not last.isascii() or last.lower() in last_words


def relative(entry: str, lang: str) -> bool:
    """True when an entry is a relative clause ("which they in fact did"): it
    tells about something named in the clause before it."""
    return bool(_data(lang)["_relative"].match(entry))


def condense(piece: str, cuts: list[tuple[int, int]], lang: str, subject: str = "",
             main_clause: bool = True, date: tuple[int, int] | None = None) -> str:
    """The clause without its date phrases, tidied into a short entry; with
    `main_clause`, an opening subordinate clause without the date is left out.
    With `date`, a cut for length keeps the word before it (`_shorten`)."""
    data = _data(lang)
    keep = _word_before(piece, date[0], data) if date else ""
    main = _main_clause(piece, cuts, data, date) if main_clause else 0
    if main:
        piece, cuts = piece[main:], [(s - main, e - main) for s, e in cuts if s >= main]
    own = date[0] - main if date else None
    # "When his father succeeded ... on 2 January 1861, Frederick became ...": the date in
    # an opening subordinate clause printed with the main one keeps its subordinator.
    opening = data["_subordinate"].match(piece)
    keep_subordinator = bool(opening and own is not None and own < opening.end())
    piece, cut_at_end = _without_dates(piece, cuts, data, lang, own)
    out = _marks_tidied(piece, data, lang, keep_subordinator)
    return _ends_tidied(out, data, lang, cut_at_end, subject, keep)


def _without_dates(piece: str, cuts: list[tuple[int, int]], data: dict, lang: str,
                   own: int | None) -> tuple[str, bool]:
    """`condense`'s first step: the clause with each date phrase cut out, the
    commas and small words that went with it too; and whether a cut took the
    clause's end. `own`: where this entry's own date starts (None: any)."""
    cut_at_end = False
    for start, end in _joined(piece, cuts, data):
        head, tail = piece[:start], data["_date_tail"].sub("", piece[end:], count=1)
        if data["_date_object"].search(head) and tail.lstrip().startswith(","):
            continue        # "a sacra conversazione of about 1470–72, now ...": the date is the object
        cut_at_end = cut_at_end or not tail.strip(" .,;:)\"'”’")
        if len(head.split()) == 1 and "," not in head and tail.lstrip().startswith(","):
            head = ""          # "Early in 1619, Father Grassi": "Early" belonged to the date
        other = own is not None and end <= own      # an aside before this date's own clause
        aside = ASIDE_WORD.search(head) if other and tail.lstrip().startswith(",") else None
        if aside:
            head = head[:aside.start()]     # "(Eddie), born in 1846, died ...": another date's aside goes whole
        after_connector = tail.lstrip().startswith(",") and data["_connector_comma"].search(head)
        if after_connector:
            head = head.rstrip()[:-1]       # "and, in 1588, obtained": the date's commas go with it
        if (after_connector or not head.strip() or head.rstrip()[-1:] in ",:;("
                or data["_complementizer"].search(head) or data["_coordinator_end"].search(head)):
            bare = head.rstrip()[:-1]
            if head.rstrip().endswith(",") and tail.lstrip().startswith(",") and (
                    elliptic(tail.lstrip(" ,"), lang) or data["_complementizer"].search(bare)
                    or data["_coordinator_end"].search(bare) or _phrase_goes_on(bare, tail, data)):
                # "his final interrogation, in July 1633, concluded": the date was an aside
                # in commas between the subject and its verb; "estimated that, as of 2021,
                # heat pumps ...": between "that" and its clause.
                head = bare
            tail = LEADING_COMMA.sub("", tail)     # "Pada Oktober 1899, Stalin" -> "Stalin"
        piece = head + " " + tail
    return piece, cut_at_end


def _phrase_goes_on(head: str, tail: str, data: dict) -> bool:
    """ "for the premiere, on 6 September 1791, of his opera", "an effort led, between
    1879 and 1881, by the historian": the date stood in commas inside a phrase, and
    the word after its second comma (`aside_continuations`) carries the phrase on,
    so both commas go with the date. Not after an opening ("Nonetheless, in 2022,
    ..."): at least three words stand before it."""
    first = tail.lstrip(" ,").split(maxsplit=1)[:1]
    return bool(first) and first[0] in data["_aside_continuations"] and len(head.split()) >= 3


def _marks_tidied(piece: str, data: dict, lang: str, keep_subordinator: bool = False) -> str:
    """`condense`'s second step: the marks the cuts left tidied (reference marks,
    doubled spaces, empty brackets, a lone bracket, a dangling start or end; an
    opening subordinator stays with `keep_subordinator`)."""
    out = _single_spaces(without_marks(piece, lang))
    out = EMPTY_BRACKETS_OR_COMMA.sub("", out)
    if SPACED_MARK.search(out):      # (its only white space now: spaces)
        out = SPACE_BEFORE_MARK.sub(r"\1", out)    # also where "()" went: "papyri (c. 1600 BC), is"
    out = out.strip()
    if out.endswith(FINAL_CLOSERS):
        out = FINAL_STOP.sub(r"\1", out)      # 'menjadi mata-mata."' -> 'menjadi mata-mata"'
    out = BRACKET_COMMA.sub("(", out)
    if out.startswith("(") and out.endswith(")") and out.count("(") == 1:
        out = out[1:-1]                         # "(In 1941, they ...)": a remark in brackets, all of it
    elif out.lstrip().startswith("(") and ")" not in out:
        out = out.lstrip()[1:]                  # "(In 1941, they ..." lost its date and its end
    out = out.strip(" ,;:.—–-")
    out = data["_lone_start"].sub("", out)
    if not (keep_subordinator and data["_subordinate"].match(out)):
        # (Not "When his father succeeded ... in 1861, Frederick became ...": without its
        # "When" the dated clause runs into the main one, a comma splice the readers failed.)
        out = data["_drop"].sub("", out).strip(" ,;:")
    # "but from the 1720s (and occasionally earlier) turnpike trusts": an aside
    # left at the start belonged to the date that was cut.
    out = LEADING_ASIDE.sub("", out)
    if _may_end_in(out, data["_dangling_ends"]) and _may_end_with(out, data["_dangling_last"]):
        out = data["_dangling"].sub("", out)
    out = out.strip(" ,;:")
    return out


def _ends_tidied(out: str, data: dict, lang: str, cut_at_end: bool, subject: str, keep: str) -> str:
    """`condense`'s last step: a word the cut date left at the end goes, the
    subject's pronoun is named, the entry is shortened (keeping `keep`) and a
    word left hanging by a cut goes."""
    lone = LONE_LAST_WORD.search(out) if cut_at_end else None
    if lone and not elliptic(lone.group(1), lang):
        # "silk mill at Derby, operational (by 1721)", "..., beginning (around 1850)":
        # one word after the last comma was the date's own word; a verb is not
        # ("the Thirty-First Dynasty, began (in 343 BC)").
        out = out[:lone.start()]
    elif cut_at_end:
        out = data["_date_participle"].sub("", out)
    if subject:
        out = _name_pronoun(out, subject, data)
    short = _shorten(out, data, keep)
    tidy = _balanced(short, data)
    if tidy != out:
        # A cut (for length or through a bracket) may leave a word hanging: "a dissertation in".
        ellipsis = tidy.endswith("…")
        tidy = data["_hanging"].sub("", tidy.rstrip(" …")).rstrip(" ,;:") + (" …" if ellipsis else "")
    return tidy


def _main_clause(piece: str, cuts: list[tuple[int, int]], data: dict, date: tuple[int, int] | None = None) -> int:
    """Where the main clause starts when the clause opens with a subordinate
    one that does not hold the date: "(In 1581,) when he was studying
    medicine, he noticed a swinging chandelier" -> "he noticed ...";
    "Although X, he enrolled in 1580 ..." -> "he enrolled ...". 0 otherwise.
    With `date` (the entry's own date), only that one counts: "Based only on
    ... the telescope which Lippershey tried to patent in 1608, Galileo, in
    the following year, made a telescope" -> "Galileo ... made a telescope"."""
    pos = 0
    for start, end in sorted(cuts):
        if piece[pos:start].strip(" ,"):
            break
        pos = end                       # a date phrase opening the clause is passed over
    m = data["_subordinate"].match(date_commas_masked(piece, cuts), pos)
    if not m or any(m.start() <= start < m.end() for start, _ in ([date] if date else cuts)):
        return 0
    before, after = piece[:m.end()].split()[-1], piece[m.end():]
    if before[:1].isupper() and after[:1].isupper():
        return 0                        # "Setelah Jerman, Jepang dan Italia ...": a list's comma
    if data["_complementizer_start"].match(after):
        return 0                        # "meskipun tanpa bukti, bahwasanya ...": no main clause
    return m.end() if len(after.split()) >= 4 else 0


def _word_before(piece: str, start: int, data: dict) -> str:
    """The word just before a date phrase when it tells what happened then
    ("departed", "Archives"), not a small word ("and", "in": `hanging`)."""
    words = TOKEN.findall(piece[:start])
    if len(words) < 6 or data["_hanging"].fullmatch(" " + words[-1]):
        return ""           # a date near the clause's start: its words follow it
    return words[-1]


def _balanced(out: str, data: dict) -> str:
    """No debris where a cut went through a bracket or a quotation.

    A ")" whose "(" lay before the clause ("Before 1827), the Argonaut ...")
    takes what stands before it away; a "(" or "[" left open near the end
    ("... and Canadian (323", "[O.S") goes with what follows it; a quotation
    cut short is closed.
    """
    closing = _unmatched_close(out)
    if closing is not None and closing < len(out) // 2:
        out = out[closing + 1:].lstrip(" ,;:")
        out = out[:1].upper() + out[1:]
    opening = max(_unmatched_open(out, "(", ")"), _unmatched_open(out, "[", "]"))
    if opening >= 0 and len(out[opening:].split()) <= 8:
        out = out[:opening].rstrip(" ,;:")
    if out.count('"') % 2:
        out += '"'
    elif out.count("“") > out.count("”"):
        out += "”"
    return out


def _unmatched_close(text: str) -> int | None:
    if ")" not in text:
        return None          # most entries: no bracket to walk through
    depth = 0
    for i, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                return i
            depth -= 1
    return None


def _unmatched_open(text: str, open_char: str, close_char: str) -> int:
    if open_char not in text:
        return -1
    stack = []
    for i, char in enumerate(text):
        if char == open_char:
            stack.append(i)
        elif char == close_char and stack:
            stack.pop()
    return stack[0] if stack else -1


def _joined(piece: str, cuts: list[tuple[int, int]], data: dict) -> list[tuple[int, int]]:
    """Cuts from last to first; "Desember 1926 dan Desember 1927" goes as one."""
    merged: list[list[int]] = []
    for start, end in sorted(cuts):
        if merged and data["_coordination"].match(piece[merged[-1][1]:start]):
            merged[-1][1] = end
        else:
            merged.append([start, end])
    return [tuple(c) for c in reversed(merged)]


def _name_pronoun(out: str, subject: str, data: dict, long_openings: bool = True) -> str:
    """ "Ia ditangkap" -> "Stalin ditangkap", also after a short opening phrase (or,
    with `long_openings`, an adverbial one up to `OPENING_WORDS`: `_adverbial`).
    Never a name the clause itself gives after the pronoun: "he wrote Owens a
    letter" is not Owens."""
    short = SHORT_OPENING.match(out)
    m = short or (_long_opening(out) if long_openings else None)
    at = 0 if data["_pronoun"].match(out) else (m.end() if m and data["_pronoun"].match(out[m.end():]) else None)
    if at is None or _names_again(out[at:].split(" ", 1)[-1], subject):
        return out
    if at and not short and not _adverbial(m.group(1), subject, data):
        return out
    return out[:at] + data["_pronoun"].sub(subject, out[at:], count=1)


def _names_again(rest: str, subject: str) -> bool:
    """Does the pronoun's own verb phrase (the words just after it: `OBJECT_WORDS`)
    name `subject` alone, as its object ("wrote Owens a letter")? Not a name that
    only ends a longer one or is quoted ("a descendant of Samuel Lincoln",
    'nama samaran "Stalin"'), nor one further on, in a clause of its own."""
    words = {w for w in subject.split() if w[:1].isupper()}
    near = rest.split()[:OBJECT_WORDS]
    return any(w.strip(",;:.") in words and not (i and near[i - 1][:1].isupper()) for i, w in enumerate(near))


def _long_opening(out: str) -> re.Match | None:
    """`OPENING_PHRASE` at the entry's start, asked only where a comma and a space come
    after the first 40 characters (asked of every entry: a search for ", " is cheap)."""
    comma = out.find(", ", 40)
    return OPENING_PHRASE.match(out) if comma > 0 and out.find(", ") == comma else None


def _adverbial(phrase: str, subject: str, data: dict) -> bool:
    """Is a long opening phrase (longer than `SHORT_OPENING`'s: "In an article published in the
    medical journal The Lancet, he described") an adverbial of the pronoun's clause:
    at most `OPENING_WORDS` words, a preposition or subordinator among its first three
    (not "A comprehensive overview of ..., she began": an aside whose head was cut),
    and not naming the subject itself ("When Fleming learned ..., he was furious"
    reads as it is)?"""
    words = [w.casefold() for w in phrase.split()]
    small = _kept(data, "_opening_small", lambda: _common_words(data) - _folded(data.get("defining_articles", [])))
    return len(words) <= OPENING_WORDS and bool(set(words[:3]) & small) and not _says_name(phrase, subject)


def _says_name(text: str, subject: str) -> bool:
    """Does `text` write a word of the subject's name ("Fleming", "Fleming's")?"""
    return any(re.search(rf"(?<![\w'’-]){re.escape(w)}(?![\w-])", text) for w in subject.split() if w[:1].isupper())


def opens_with_pronoun(entry: str, lang: str) -> bool:
    """Would `condense` put a subject's name for the entry's pronoun ("He was
    shot", "Refusing to surrender, he was shot"; not "... the way he was treated")?"""
    return _name_pronoun(entry, "\0", _data(lang), long_openings=False) != entry


def name_possessive(entry: str, name: str, lang: str) -> str:
    """ "His father died" -> "Galileo's father died" (`possessives`, `possessive_form`);
    "Istrinya meninggal" -> "Istri Stalin meninggal" (`possessive_suffix` on one of
    `possessive_suffix_nouns`)."""
    data = _data(lang)
    owned = data["_owned"].match(entry)
    if owned:
        return f"{owned.group(1)} {name}{entry[owned.end():]}"
    if not data["_possessive"].match(entry):
        return entry
    owner = data.get("possessive_form", "{name}").format(name=name)
    return data["_possessive"].sub(lambda _: owner, entry, count=1)


def name_inner_possessive(entry: str, name: str, lang: str, owners: frozenset[str]) -> str:
    """ "The cancer spread to and perforated his esophagus" -> "... perforated
    Frederick's esophagus"; "Kemudian anaknya lahir" -> "Kemudian anak Stalin lahir":
    the entry's first possessive (`possessives` of the life's subject's gender,
    `owners`; a `possessive_suffix_nouns` noun) where the entry does not name
    the subject and names nobody before it (a capitalised word after the
    first, or a subject pronoun, might be whose it is), nor quotes. Asked, as
    `name_possessive`, only where the sentence's pronouns surely mean the subject."""
    data = _data(lang)
    if not _may_own(entry, owners, data) or not _owner_word(owners, lang).search(entry) \
            or not any(w[:1].isupper() for w in name.split()) or _says_name(entry, name):
        return entry        # ("Curie's paper, ... of her work": whose, the entry says)
    suffix, nouns = data.get("possessive_suffix", ""), data.get("possessive_suffix_nouns", [])
    tokens = list(re.finditer(r"[\w'’-]+|[\"“”]", entry))
    for i, m in enumerate(tokens):
        word = m.group()
        if word in "\"“”" or word.casefold() in data["_pronoun_words"] or \
                (word[:1].isupper() and (i or not _common_word(word.casefold(), data, lang))):
            return entry        # a quote, a name ("Sheridan based his work") or a pronoun first: whose, unsure
        possessive = word.casefold() in owners and not _object_pronoun(word, tokens[i + 1:i + 2], lang)
        if possessive and i < 2:
            return entry        # ("Earned his degree", "With his father": no clause to mend)
        if possessive:
            owner = data.get("possessive_form", "{name}").format(name=name)
            return entry[:m.start()] + owner + entry[m.end():]
        if suffix and i >= 2 and word.casefold().endswith(suffix) and word.casefold()[:-len(suffix)] in nouns:
            return f"{entry[:m.start()]}{word[:-len(suffix)]} {name}{entry[m.end():]}"
    return entry


def _common_word(word: str, data: dict, lang: str) -> bool:
    """A word of the language, no name: a dictionary's word or a small word (`_common_words`)."""
    return word in _common_words(data) or bool(classes(word, lang))


def _common_words(data: dict) -> frozenset[str]:
    """The small words of the lists (`readability.cut_ends`: prepositions, articles,
    conjunctions; `subordinate_starts`, `concessive_starts`, `subject_determiners`)."""
    lists = (data.get("readability", {}).get("cut_ends", []), data.get("subordinate_starts", []),
             data.get("concessive_starts", []), data.get("subject_determiners", []))
    return _kept(data, "_small_words", lambda: _folded(w for words in lists for w in words))


def _kept(data: dict, name: str, make: Callable[[], frozenset[str]]) -> frozenset[str]:
    """A word set made from one language's data, made once and kept in that data
    (`_data` is remembered per language; these run for every dated clause)."""
    if name not in data:
        data[name] = make()
    return data[name]


def _folded(words) -> frozenset[str]:
    return frozenset(w.casefold() for w in words)


def _may_own(entry: str, owners: frozenset[str], data: dict) -> bool:
    """Does the entry hold one of `owners` or the possessive suffix anywhere (substrings:
    the cheapest test, asked of every entry of a life story)?"""
    low = entry.casefold()
    suffix = data.get("possessive_suffix", "")
    return any(w in low for w in owners) or bool(suffix and suffix in low)


@lru_cache(maxsize=8)
def _owner_word(owners: frozenset[str], lang: str) -> re.Pattern:
    """Any of `owners` or a `possessive_suffix_nouns` noun with its suffix, as a word: the
    cheap test before `name_inner_possessive` reads an entry word by word."""
    data = _data(lang)
    suffix, nouns = data.get("possessive_suffix", ""), data.get("possessive_suffix_nouns", [])
    words = [re.escape(w) for w in owners] + ([rf"(?:{alternation(nouns, boundary=False)}){re.escape(suffix)}"]
                                              if suffix and nouns else [])
    return re.compile(rf"(?<![\w'’-])(?:{'|'.join(words)})(?![\w'’-])", re.I) if words else re.compile("(?!x)x")


def _object_pronoun(word: str, after: list[re.Match], lang: str) -> bool:
    """Is `word` an object here ("forced her to", "honored her by", "... her"): one of
    `possessive_objects` with no noun after it (the end, or a word of `readability.cut_ends`)?"""
    data = _data(lang)
    if word.casefold() not in _kept(data, "_possessive_objects", lambda: _folded(data.get("possessive_objects", []))):
        return False
    ends = _kept(data, "_cut_ends", lambda: _folded(data.get("readability", {}).get("cut_ends", [])))
    return not after or not after[0].group()[:1].isalpha() or after[0].group().casefold() in ends


def _shorten(out: str, data: dict, keep: str = "") -> str:
    """`out` within `max_words`: cut before a clause (`trailing_cut`), at a
    comma or with "…". The cut never takes away `keep`, the word just before
    the date, whose clause the date is ("..., from which it departed on
    13 October"): then the entry is let run a little longer, or its middle
    goes ("He wrote two papers discussing mathematical approaches … which
    were ... not released to the UK National Archives"), or it ends where
    the date's own phrase ends (`_to_own_end`)."""
    limit = int(data["max_words"])
    if len(out.split()) <= limit:
        return out
    short = _shorten_end(out, data, limit)
    if not keep or _has_word(short, keep) or not _has_word(out, keep):
        return short
    at = _word_at(out, keep)
    if len(out.split()) <= limit + LENGTH_SLACK:
        # ... up to the end of the date's clause: what follows its comma may be another date's.
        end = re.search(r"[,;]", out[at:])
        return out[:at + end.start()] if end else out
    starts = [m.start() for m in data["_cut"].finditer(out) if m.start() < at]
    tail = out[starts[-1]:].lstrip(" ,;") if starts else ""
    if not (relative(tail, data["_lang"]) and len(tail.split()) >= MIDDLE_CUT_WORDS):
        # only a relative clause that says something ("which he patented" does not);
        # else the entry ends where the date's own phrase ends, when that is near enough.
        return _to_own_end(out, at, data, limit) or short
    head = out[:starts[-1]].rstrip(" ,;")
    comma = head.find(",")
    head = head[:comma] if comma > 0 and len(head[:comma].split()) >= 3 else " ".join(head.split()[:8])
    words = tail.split()
    if len(words) > limit:
        tail = " ".join(words[:limit]) + " …"
    return f"{head} … {tail}" if _has_word(tail, keep) else short


def _to_own_end(out: str, at: int, data: dict, limit: int) -> str:
    """`out` up to where the phrase holding the word at `at` ends (the next comma,
    ";" or clause connector: `clause_connectors`), when that is at most
    `LENGTH_SLACK` words over the limit; "" otherwise. "The Corps was also involved
    in hydroelectric development, completing the Bonneville Dam (in 1937) and being
    recognized by the Flood Control Act of 1936 as ...": a cut at the first comma
    would print the date under words that are not its own."""
    ends = [m.start() for m in (CLAUSE_END.search(out, at), data["_connector_word"].search(out, at)) if m]
    end = min(ends, default=len(out))
    head = out[:end].rstrip(" ,;")
    own = head[max(head.rfind(",", 0, at), head.rfind(";", 0, at)) + 1:at]
    if len(own.split()) + 1 < OWN_PHRASE_WORDS:
        return ""           # "..., tepat (hari yang ...)": one word is no phrase of its own
    return head if len(head.split()) <= limit + LENGTH_SLACK else ""


def _has_word(text: str, word: str) -> bool:
    return stands_in(text, word)


def _word_at(text: str, word: str) -> int:
    """Where the last whole `word` of `text` starts (-1: none)."""
    return last_start(text, word)


def _shorten_end(out: str, data: dict, limit: int) -> str:
    for m in data["_cut"].finditer(out):
        if len(out[:m.start()].split()) >= 6:
            aside = _without_aside(out, m, data)
            if aside and len(aside.split()) <= limit + LENGTH_SLACK:
                return aside
            return out[:m.start()].rstrip(" ,;")
    if len(out.split()) <= limit + LENGTH_SLACK:
        # No clause to cut before: a comma may close an apposition inside the
        # subject ("An eating house at Frederick and King Streets, a place of
        # ... city, was operated by ..."), so a clause a little long stays whole.
        return out
    words = out.split()[:limit]
    short = " ".join(words)
    comma = max((m.start() for m in CLAUSE_COMMA.finditer(short)), default=-1)   # not "1,500"
    if comma > len(short) // 2:
        return short[:comma]
    return short.rstrip(" ,;") + " …"


def _without_aside(out: str, cut: re.Match, data: dict) -> str:
    """`out` without the relative clause set off by commas at `cut`, when the main
    clause goes on after it with its verb ("Bogolyubov showed that the BCS
    wavefunction, which had been derived from a variational argument, could be
    obtained ..."): cut there, the entry ended in its subject (fresh-5 readers:
    "cut off mid-sentence"). "" when the clause is no such aside."""
    if not cut.group().startswith(",") or not data["_relative"].fullmatch(cut.group().strip(" ,")):
        return ""
    close = out.find(",", cut.end())
    rest = out[close + 1:].lstrip() if close >= 0 else ""
    if not rest[:1].islower() or not elliptic(rest, data["_lang"]):
        return ""
    return out[:cut.start()].rstrip(" ,;") + " " + rest


def subject_of(sentence: str, lang: str, skip_words: set[str], common: set[str]) -> str:
    """The name a sentence opens with, or "" when it opens otherwise.

    Opening words that are never subjects ("Pada", "Setelah"), date words
    and month names (`skip_words`) are passed over; then the first word must
    be a name: capitalised and not a word the article also writes in lower
    case (`common`: "Kerusuhan" is a noun, "Stalin" a name). "German chemist
    Friedrich Wöhler": when only descriptor words (from the data) stand
    between two runs of names, the second is the subject. A name of three
    words or more shortens to its last word.
    """
    data = _data(lang)
    not_subjects, descriptors = data["_not_subjects"], data["_descriptors"]

    def skipped(word: str) -> bool:
        return word in not_subjects or word in skip_words

    first = TOKEN.match(sentence.lstrip(" \"“"))
    opener = first.group().casefold() if first else ""
    if first and skipped(opener) and opener not in data["_pronoun_words"] and "," in sentence[:80]:
        # "Di Baku, Stalin ...": an opening phrase; the subject follows its comma. A list's
        # comma opens no subject: "This broadened his outlook and he learned Sanskrit,
        # Hindi and English" is not about Hindi (fresh-13: "Hindi was a Tamil teacher").
        unlisted = list_commas_masked(sentence, lang)
        if "," in unlisted[:80]:
            sentence = sentence[unlisted.index(",") + 1:]
    # A comma ends a run of names: "Di Baku, Stalin" is not one name.
    tokens = [t for part in sentence.split(",")[:2] for t in TOKEN.findall(part) + [","]][:16]
    i = 0
    while i < len(tokens) and (skipped(tokens[i].casefold()) or tokens[i][0].isdigit()):
        i += 1
    run = _run(tokens, i, common)
    j = i + len(run)
    while run and j < len(tokens) and tokens[j].casefold() in descriptors:
        j += 1
    if run and j > i + len(run):
        run = _run(tokens, j, common) or run
    if not run:
        return ""
    name = " ".join(run) if len(run) <= 2 else run[-1]
    return re.sub(r"['’]s$", "", name)       # "Leech's paper": the name is Leech


def _run(tokens: list[str], i: int, common: set[str]) -> list[str]:
    """Name-like tokens from position i: capitalised, never written in lower case."""
    run = []
    while i < len(tokens) and tokens[i][0].isupper() and tokens[i].casefold() not in common:  # "," stops it
        run.append(tokens[i])
        i += 1
    return run
