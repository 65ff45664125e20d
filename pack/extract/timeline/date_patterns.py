"""Regular expressions for date phrases, built from a language's `dates.toml`.

Stage: extract (support for `dates`). Inputs: `pack/lang/<code>/dates.toml`.
Outputs: one `Patterns` object per language (cached) holding compiled
expressions and word tables. No word of any language is written here: the
shapes (a day number, a four-digit year, "word word date") are generic and
every word comes from the data file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pack import lang as langdata
from pack.lazypattern import LazyPattern
from pack.text.language import (CASES, NEVER, behind_first_letter, first_letter_groups, opens_with_ascii_letters,
                                phrase_alternation)
from pack.lang.schema import tunables_of

# A year is four digits that are not part of a longer number, a thousands
# group ("2.775.700", "2,794,356") or a decimal ("630.2").
YEAR = r"(?<![\d.,/])\d{4}(?![\d%]|[.,]\d)"
# Thresholds, each declared with why in pack/lang/schema.toml [tunables].
(PLAN_REACH,) = tunables_of(__name__)


def alternation(words, boundary: bool = True, hyphen_ok: bool = False) -> str:
    """`(?:a|b c)` for a word list, longest first, spaces as any white space
    (`pack.text.language.phrase_alternation`).

    With `boundary` the words must stand alone; a hyphen before one counts
    as part of a longer word ("tahun-tahun") unless `hyphen_ok`.
    """
    body = phrase_alternation(words)
    if body == NEVER:
        return NEVER
    if not boundary:
        return f"(?:{body})"
    before = r"(?<!\w)" if hyphen_ok else r"(?<![\w-])"
    return rf"{before}(?:{body})(?![\w])"


@dataclass
class Patterns:
    """One language's date patterns and word sets, made from its dates.toml (`patterns`)."""

    lang: str
    atom: re.Pattern
    atom_start: re.Pattern      # every place where an atom can start (and more): see `atom_starts`
    prefix: re.Pattern          # qualifier or season just before an atom
    trigger: re.Pattern         # role word (+ fillers) just before a date
    connector: re.Pattern       # what may stand between the two ends of a span
    between: re.Pattern         # "antara" / "between" just before a span
    between_and: re.Pattern
    month_and: re.Pattern
    coordination: re.Pattern    # "A dan B": B shares A's role
    plan_chain: re.Pattern      # "by the end of 2010 and a further 2000 by the end of 2011": a plan's next date
    two_digit_end: re.Pattern   # "1932–33"
    trap_before: re.Pattern
    trap_after: re.Pattern
    counted: re.Pattern         # a counted noun after a number not introduced as a date
    count_before: re.Pattern    # "about", "sekitar" just before a bare number ...
    count_noun: re.Pattern      # ... and a counted noun after it: "about 2000 newspapers"
    span_before: re.Pattern     # "1203 to " before the second number of a span of numbers
    span_after: re.Pattern      # " to 1210" after the first
    count_verbs: frozenset      # words after which a bare number is a count ("has", "were"); empty: no test
    julian: re.Pattern
    day_word: re.Pattern        # "tanggal": a date written with it is always a date of something
    at_named: re.Pattern        # "at the Exposition Universelle of": a year naming where it happened
    year_name: re.Pattern       # "the War of": a year naming an occasion of years, no date of what happened in it
    months: dict[str, int]
    capitalised_only: set[str]
    need_number: set[str]      # short month names that are a month only with a day or year ("Jan")
    roles: dict[str, str]       # role word -> point | start | end | bound
    approximate: frozenset      # role words that soften a date and may follow another: "in about 1800"
    before_point: frozenset     # role words that may stand before a point word: "as late as in 1936"
    predicate: frozenset        # verbs whose "from" date is their complement: "the painting dates from 1519"
    qualifiers: dict[str, str]  # phrase -> early | mid | late
    seasons: dict[str, str]     # phrase -> spring | summer | autumn | winter
    anaphors: dict[str, str]    # phrase -> same_month | same_year | next_year
    century_words: dict[str, int]
    bce: re.Pattern
    bce_after: re.Pattern       # "BC" after a year: "until about 1300 BC"
    julian_note: str
    plan_before: re.Pattern     # "set to be finished": the date after it is a plan, not an event
    plan_after: re.Pattern      # "the 2000 level": a comparison's baseline
    margin: re.Pattern          # " ± 30 tahun" after a date: part of it, which is approximate


def atom_starts(word_openers: list[str], inner_words: list[str], flags) -> re.Pattern:
    """Zero-width matches at every place where an atom can start.

    Scanning a long paragraph with the whole atom pattern tries all its
    alternatives at every character; most characters start no date. An
    atom opens with a digit, or with one of `word_openers` (month names,
    "tahun", "the same year" ...) at the start of a word, or with one of
    `inner_words` ("kedua puluh": the century words, which the atom does
    not require to start a word) anywhere. `scan` tries the atom only at
    these places: the same matches (id-stalin: 3,191 places for 571 atoms,
    where a scan of every character tries some 160,000).
    """
    openers, inner = [w for w in word_openers if w], [w for w in inner_words if w]
    if openers and inner and opens_with_ascii_letters(openers + inner):
        return re.compile(_by_first_character(openers, inner), flags)
    openers = f"(?<!\\w)(?={alternation(word_openers, boundary=False)})"
    return re.compile(rf"(?=\d)|{openers}|(?={alternation(inner_words, boundary=False)})", flags)


def _by_first_character(openers: list[str], inner: list[str]) -> str:
    """`atom_starts`, written to match one character where the other matches
    none (finditer gives the same starts): a class of a digit or the
    words' first letters (in every form a case-insensitive pattern takes),
    which sre scans for, then behind it the checks of the three kinds of
    start, each word tried only behind its own first letter (as
    `word_start_phrases` does)."""
    groups = first_letter_groups(openers), first_letter_groups(inner)
    first = "".join(dict.fromkeys(CASES[c] for group in groups for c in group))
    word_start = r"(?<!\w.)"       # the character before the letter is none of a word
    return rf"(?-i:[\d{first}])(?=(?<=\d)|{word_start}(?:{behind_first_letter(groups[0])})" \
           rf"|{behind_first_letter(groups[1])})"


def _words_map(table: dict) -> dict[str, str]:
    """{"early": ["awal", ...]} -> {"awal": "early", ...}"""
    return {w.casefold(): key for key, words in table.items() for w in words}


@lru_cache(maxsize=None)
def patterns(lang: str) -> Patterns:
    data = langdata.load(lang, "dates")
    words = data.get("words", {})
    months = {k.casefold(): v for k, v in data["months"].items()}
    month = alternation(months, hyphen_ok=True) + r"(?:\.(?=\s*\d))?"  # "Sept. 1889"
    day_word = alternation(words.get("day_word", []))
    month_word = alternation(words.get("month_word", []))
    year_word = alternation(words.get("year_word", []))
    opt = lambda p: rf"(?:{p}\s+)?"      # noqa: E731 - an optional leading word
    decade_suffix = alternation(words.get("decade_suffix", []), boundary=False)
    century_words = {k.casefold(): v for k, v in words.get("century_words", {}).items()}
    century_num = rf"(?:\d{{1,2}}|{alternation(century_words, boundary=False)})"
    century_word = alternation(words.get("century", []), boundary=False)
    ordinal_prefix = alternation(words.get("century_ordinal_prefix", []), boundary=False)
    bce_words = alternation(words.get("bce", []), boundary=False)
    ce_words = alternation(words.get("ce", []), boundary=False)
    era = lambda name: rf"(?:\s+(?P<{name}>{bce_words}|{ce_words})(?![\w]))?"  # noqa: E731
    ranges = data.get("ranges", {})
    bce_joiner = alternation(ranges.get("connectors", []) + ranges.get("between_and", []), boundary=False)
    anaphors = _words_map(data.get("anaphors", {}))
    # "14–17 August 2003", "August 14–17, 2003", "dari tanggal 6 sampai 10 Juni 1816":
    # a span of days in one month (a span word between the days, as between two dates).
    span_words = alternation([w for w in ranges.get("connectors", []) if w[:1].isalpha()])
    # "27 and 28 November 1917", "November 27 and 28": two days in a row of one month, the span
    # they cover (date_scan: two days apart, "12 and 18 June", are no span).
    day_and = alternation(ranges.get("day_and", []))
    day_span = lambda name: (rf"(?:(?:\s*[–-]\s*|\s+{span_words}\s+{opt(day_word)}|(?P<{name}_and>\s+{day_and}\s+))"  # noqa: E731
                             rf"(?P<{name}>\d{{1,2}})(?!\d))?")
    ordinal = alternation(words.get("ordinal_suffix", []), boundary=False)
    # "the late 19th and early 20th centuries", "from the 8th to the 6th centuries BC":
    # the first ordinal shares the century word, and its era (both before the common era).
    list_and = alternation(data.get("ranges", {}).get("month_and", []) + [w for w in ranges.get("connectors", [])
                                                                           if w[:1].isalpha()], boundary=False)
    article = alternation(words.get("article", []), boundary=False)
    any_qualifier = alternation(_words_map(data.get("qualifiers", {})), boundary=False)
    shared_century = (rf"(?=(?:\s+{list_and}\s+|\s*[–-]\s*)(?:{article}\s+)?(?:{any_qualifier}[\s-]+)?"
                      rf"\d{{1,2}}{ordinal}[\s-]+{century_word}{era('e4')})")
    atom = "|".join([
        rf"(?P<day_first>{opt(day_word)}(?P<d1>\d{{1,2}})(?!\d){day_span('e1d')}\s+(?P<m1>{month})"
        rf"(?:,?\s+{opt(year_word)}(?P<y1>{YEAR}))?)",
        rf"(?P<month_first>{opt(month_word)}(?P<m2>{month})(?:\s+(?P<d2>\d{{1,2}})(?!\d|[.,]\d)(?:st|nd|rd|th)?{day_span('e2d')}(?:\s*,)?)?"
        rf"(?:\s+{opt(year_word)}(?P<y2>{YEAR}))?)",
        rf"(?P<decade_atom>{opt(year_word)}(?P<dec>\d{{3}}0){decade_suffix}(?![\w]))",
        rf"(?P<century_before>(?<![\w]){century_word}\s+{ordinal_prefix}?\s*(?P<c1>{century_num}){era('e1')})",
        rf"(?P<century_after>(?P<c2>\d{{1,2}}){ordinal}(?:[\s-]+{century_word}{era('e2')}|(?P<shared>{shared_century})))",
        rf"(?P<century_word_after>(?P<c3>{alternation(century_words, boundary=False)})[\s-]+{century_word}{era('e3')})",
        rf"(?P<anaphor>{alternation(anaphors)})",
        # "1279 BC", "2686–2181 BC", "332 SM": a year before the common era may
        # have fewer digits, since the era word says it is a year.
        # "Between 671 and 667 BC" ("and" only after "between": checked in date_scan).
        rf"(?P<bce_atom>{opt(year_word)}(?<![\d.,/])(?P<yb1>\d{{1,4}})"
        rf"(?:(?P<bj>\s*{bce_joiner}\s*)(?P<yb2>\d{{1,4}}))?\s+(?:{bce_words})(?![\w]))",
        rf"(?P<year_atom>{opt(year_word)}(?P<y3>{YEAR}))",
    ])
    qualifiers = _words_map(data.get("qualifiers", {}))
    seasons = _words_map(data.get("seasons", {}))
    role_table = dict(data.get("roles", {}))
    fillers = role_table.pop("fillers", [])
    at_named = role_table.pop("at_named", [])
    year_names = role_table.pop("year_names", [])
    approximate = role_table.pop("approximate", [])
    before_point = role_table.pop("before_point", [])
    predicate = role_table.pop("predicate_before", [])
    roles = _words_map(role_table)
    ranges = data.get("ranges", {})
    plans = data.get("plans", {})
    connectors = alternation(ranges.get("connectors", []), boundary=False)
    traps = data.get("traps", {})
    # What joins the two numbers of a span of numbers: "1000 to 2000 metres", "between 1200 and 1500 m".
    joiners = alternation(ranges.get("connectors", []) + ranges.get("between_and", []), boundary=False)
    flags = re.IGNORECASE
    return Patterns(
        lang=lang,
        atom=re.compile(atom, flags),
        atom_start=atom_starts(
            [*months, *words.get("day_word", []), *words.get("month_word", []), *words.get("year_word", []),
             *words.get("century", []), *anaphors], list(century_words), flags),
        prefix=re.compile(
            rf"(?:(?P<qual>{alternation(qualifiers)})|(?P<season>{alternation(seasons)}))"
            rf"(?:\s+|\s*-)(?:{month_word}\s+|{year_word}\s+)?(?:the\s+)?$", flags),
        trigger=re.compile(
            rf"(?:^|(?<=[\s(\"“])|(?<=[a-z0-9][.;](?=[A-Z])))(?P<trig>{alternation(roles, boundary=False)})\s+"
            rf"(?:{alternation(fillers, boundary=False)}\s+)*$", flags),
        connector=re.compile(rf"^\s*{connectors}\s*$", flags),
        # "between the 7th and 13th centuries": an article may stand before the first end
        between=re.compile(rf"{alternation(ranges.get('between', []))}\s+(?:{article}\s+)?$", flags),
        between_and=re.compile(rf"^\s*{alternation(ranges.get('between_and', []))}\s*$", flags),
        month_and=re.compile(rf"^\s*{alternation(ranges.get('month_and', []))}\s*$", flags),
        coordination=re.compile(rf"^\s*(?:,|,?\s*{alternation(ranges.get('month_and', []))})\s*$", flags),
        plan_chain=LazyPattern(rf"^\s*,?\s*{alternation(ranges.get('month_and', []))}\s[^,.;:!?()]{{0,40}}$", flags),
        two_digit_end=re.compile(rf"^\s*{connectors}\s*(?P<yy>\d{{2}})(?![\d%]|[.,]\d|\s*%)", flags),
        trap_before=re.compile(rf"(?:{'|'.join(traps.get('before', [])) or '(?!x)x'})\s*$"),
        trap_after=re.compile(rf"^\s*(?:{'|'.join(traps.get('after', [])) or '(?!x)x'})(?!\w)", flags),
        counted=re.compile(rf"^\s*{alternation(traps.get('counted', []))}", flags),
        count_before=re.compile(rf"{alternation(traps.get('count_before', []))}\s+$", flags),
        count_noun=LazyPattern(rf"^\s+(?:{traps.get('count_noun', '') or '(?!x)x'})"),
        span_before=re.compile(rf"(?P<dash>\d[\d.,]*\s*[–—-]\s*$)|(?P<n>\d+)\s+(?:{joiners})\s+$", flags),
        span_after=re.compile(rf"^(?P<dash>\s*[–—-]\s*\d[\d.,]*)|^\s+(?:{joiners})\s+(?P<n>\d+)(?![\d.,]\d)", flags),
        count_verbs=frozenset(w.casefold() for w in traps.get("count_verbs", [])),
        julian=re.compile(data.get("julian", {}).get("pattern", r"(?!x)x")),
        day_word=re.compile(day_word, flags),
        at_named=re.compile(
            rf"(?<!\w){alternation(at_named, boundary=False)}\s+"
            rf"(?:{alternation(words.get('article', []), boundary=False)}\s+)?"
            rf"(?-i:[A-Z\u00c0-\u024f][\w'’-]*(?:\s+[A-Z\u00c0-\u024f][\w'’-]*)*)"
            rf"(?:\s+{alternation(words.get('name_of', []), boundary=False)})?\s+$", flags),
        year_name=re.compile(rf"(?<![\w-]){alternation(year_names, boundary=False)}"
                             rf"\s+(?:{alternation(words.get('name_of', []), boundary=False)})\s+$"),
        months=months,
        capitalised_only={w.casefold() for w in data.get("months_capitalised", {}).get("names", [])},
        need_number={w.casefold() for w in data.get("months_capitalised", {}).get("need_number", [])},
        roles=roles,
        approximate=frozenset(w.casefold() for w in approximate),
        before_point=frozenset(w.casefold() for w in before_point),
        predicate=frozenset(w.casefold() for w in predicate),
        qualifiers=qualifiers,
        seasons=seasons,
        anaphors={re.sub(r"\s+", " ", k): v for k, v in anaphors.items()},
        century_words=century_words,
        bce=LazyPattern(rf"^{bce_words}$", flags),
        bce_after=re.compile(rf"^\s*(?:{bce_words})(?![\w])", flags),
        julian_note=data["julian"]["note"],
        plan_before=re.compile(rf"(?<![\w-]){alternation(plans.get('before', []), boundary=False)}"
                               rf"(?:\s+[^\s,;:.!?()]+){{0,{PLAN_REACH}}}\s+$", flags),
        margin=re.compile(rf"\s*±\s*\d{{1,4}}(?:\s+{alternation(words.get('margin_units', []))})?", flags),
        plan_after=re.compile(rf"\s*{alternation(plans.get('after', []))}", flags),
    )
