"""Scanning text for date phrases: the first half of the date tagger.

Stage: extract (support for `dates`). Inputs: a text and a language code
(patterns from `date_patterns`). Outputs: `DateMention`s with spans, values
and roles, not yet completed from context (a month without a year keeps
`year=None`; "the same month" has no value yet): `dates.Resolver` does that.
The steps and roles are described in `dates`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pack.extract.timeline.date_patterns import Patterns, patterns
from pack.extract.timeline.date_values import DateValue
from pack.text.sentences import abbreviations, sentence_spans
from pack.lang.schema import tunables_of

# Thresholds, each declared with why in pack/lang/schema.toml [tunables].
(MIN_YEAR, MAX_YEAR, PLAN_CHARS, OPENING_WORDS) = tunables_of(__name__)
EVENT_ROLES = ("point", "start", "end", "subject")
WORD_BEFORE = re.compile(r"(?:(\S+)\s+)?([^\W\d_][\w'’-]*)\s+$")   # the two words before a number


@dataclass
class DateMention:
    """A date the text mentions: where, as written, its value and how it is used."""

    start: int                     # span of the date phrase in the text
    end: int
    phrase_start: int              # start including its role word ("pada", "in")
    written: str                   # the phrase as the text has it
    role: str                      # point | start | end | subject | bound | attribute | quoted
    value: DateValue | None        # None only for an unresolved "same month"
    end_value: DateValue | None = None
    anaphor: str = ""              # same_month | same_year | next_year
    note: str = ""                 # e.g. "K.J.: 6 Desember"
    inferred: str = ""             # how a missing year was found: context | heading | anaphor
    aside: bool = False            # inside brackets: "(born in 1870)" dates nothing after it
    planned: bool = False          # a plan, target, forecast or baseline: dates no event (`[plans]`)

    @property
    def precision(self) -> str:
        return "range" if self.end_value else self.value.precision

    @property
    def is_event(self) -> bool:
        return (self.role in EVENT_ROLES and self.value is not None
                and self.value.first_year() is not None)


@dataclass
class _Atom:
    """One date piece found by the atom pattern: its span and value."""

    start: int
    end: int
    value: DateValue | None
    anaphor: str = ""
    bare_month: bool = False      # a month name with no day and no year
    end_value: DateValue | None = None
    shares_century: bool = False  # "the 7th" of "the 7th and 13th centuries": the next atom's century word


def scan(text: str, lang: str) -> list[DateMention]:
    """Date phrases with their roles, not yet completed from context."""
    pats = patterns(lang)
    work, notes = _blank_julian(text, pats)
    atoms = [a for a in (_atom(m, work, pats) for m in atom_matches(work, pats)) if a]
    atoms = [_with_prefix(a, work, pats, atoms[i - 1].end if i else 0) for i, a in enumerate(atoms)]
    atoms = [_with_margin(a, work, pats) for a in _merge_spans(atoms, work, pats)]
    mentions: list[DateMention] = []
    for atom in atoms:
        role, phrase_start = _role(atom, work, pats, mentions)
        if role == "start" and _word_before(work[max(0, phrase_start - 30):phrase_start]) in pats.predicate:
            # "The painting dates from 1519 and cannot ...": the date completes the verb;
            # cut out, it left "The painting dates and cannot ..." (5 of 9 such seen
            # sentences). It dates the sentence and stays in its text, as a subject's does.
            role = "subject"
        # A plan's date keeps its role (the clauses around it are cut at it as at any date).
        planned = role in EVENT_ROLES and _planned(atom, phrase_start, work, pats, mentions)
        if atom.bare_month and (role in ("attribute", "quoted", "bound")
                                or not _introduced(atom, phrase_start, work, pats, mentions)):
            continue               # "Revolusi Oktober", "May Morris": a name, not a month
        atom = _approximate(atom, work[phrase_start:atom.start], pats)
        note = "; ".join(pats.julian_note.format(date=n) for s, e, n in notes if atom.start <= s < atom.end)
        mentions.append(DateMention(atom.start, atom.end, phrase_start, text[atom.start:atom.end], role,
                                    atom.value, atom.end_value, atom.anaphor, note,
                                    aside=_in_brackets(work[:atom.start], pats.lang), planned=planned))
    return mentions


def _planned(atom: _Atom, phrase_start: int, work: str, pats: Patterns, previous: list[DateMention]) -> bool:
    """Is the date a plan, a target, a forecast ("set to be finished in March
    2023", "memprediksi letusan ini akan terjadi antara 2015-2083") or a
    comparison's baseline ("from the 2000 level")? It dates nothing that
    happened. A plan word reaches only the first date after it ("direncanakan
    dimulai tanggal 21 April 1945 diketahui Jepang sehingga Kusaeri ditangkap
    pada tanggal 25 April 1945": the arrest happened), and to a date joined to a
    planned one by "and" and a few words ("by the end of 2010 and a further 2000
    by the end of 2011")."""
    start = max(phrase_start - PLAN_CHARS, previous[-1].end if previous else 0, 0)
    last = next((m for m in reversed(previous) if m.role in EVENT_ROLES), None)   # (not "2000" of "a further 2000")
    if last and last.planned and pats.plan_chain.match(work[last.end:phrase_start]):
        return True         # "... by the end of 2010 and a further 2000 by the end of 2011": the plan's too
    return bool(pats.plan_before.search(work[start:phrase_start]) or pats.plan_after.match(work, atom.end))


def _approximate(atom: _Atom, role_words: str, pats: Patterns) -> _Atom:
    """ "around 1279 BC", "from c. 3000 BC": the date is printed as approximate."""
    if atom.value is None or not any(w in pats.approximate for w in role_words.casefold().split()):
        return atom
    end = replace(atom.end_value, approximate=True) if atom.end_value else None
    return replace(atom, value=replace(atom.value, approximate=True), end_value=end)


def _introduced(atom: _Atom, phrase_start: int, work: str, pats: Patterns, previous: list[DateMention]) -> bool:
    """A month name alone is a month only when something says so: a role word
    ("in May", "pada Desember"), a month word ("bulan Desember") or a date it
    is listed with ("in April and May")."""
    if phrase_start < atom.start or not pats.months.get(_key(work[atom.start:atom.end]).rstrip(".")):
        return True
    last = previous[-1] if previous else None
    return bool(last and pats.coordination.match(work[last.end:atom.start]))


def atom_matches(work: str, pats: Patterns) -> list[re.Match]:
    """What `pats.atom.finditer(work)` finds, trying only where an atom can start."""
    found: list[re.Match] = []
    resume = 0
    for start in pats.atom_start.finditer(work):
        if start.start() < resume:
            continue
        match = pats.atom.match(work, start.start())
        if match:
            found.append(match)
            resume = max(match.end(), match.start() + 1)
    return found


def _blank_julian(text: str, pats: Patterns) -> tuple[str, list[tuple[int, int, str]]]:
    notes = [(m.start(), m.end(), re.sub(r"\s+", " ", m.group(1).strip())) for m in pats.julian.finditer(text)]
    work = text
    for start, end, _ in notes:
        work = work[:start] + " " * (end - start) + work[end:]
    return work, notes


def _year(raw: str | None) -> int | None:
    if raw is None:
        return None
    year = int(raw)
    return year if MIN_YEAR <= year <= MAX_YEAR else -1


def _month(raw: str, pats: Patterns) -> int | None:
    key = raw.rstrip(".").casefold()
    if key in pats.capitalised_only and not raw[:1].isupper():
        return None                # "may" the verb, not "May" the month
    return pats.months.get(key)


def _atom(m: re.Match, work: str, pats: Patterns) -> _Atom | None:
    g = m.groupdict()
    if g["anaphor"]:
        key = re.sub(r"\s+", " ", g["anaphor"]).casefold()
        return _Atom(m.start(), m.end(), None, anaphor=pats.anaphors[key])
    if g["day_first"] or g["month_first"]:
        day, month_raw, year_raw = (g["d1"], g["m1"], g["y1"]) if g["day_first"] else (g["d2"], g["m2"], g["y2"])
        month, year = _month(month_raw, pats), _year(year_raw)
        day = int(day) if day else None
        if month is None or year == -1 or (day is not None and not 1 <= day <= 31):
            return None
        bare = day is None and year is None
        if bare and month_raw.rstrip(".").casefold() in pats.need_number:
            return None            # "Jan van Helmont": a short month name alone is no month
        value = DateValue(year=year, month=month, day=day)
        last_day = g["e1d"] if g["day_first"] else g["e2d"]
        if (g["e1d_and"] if g["day_first"] else g["e2d_and"]) and (not day or int(last_day) != day + 1):
            return _day_beside_month(m, value, int(last_day), bare)
        end = replace(value, day=int(last_day)) if last_day and day and int(last_day) > day else None
        return _Atom(m.start(), m.end(), value, bare_month=bare, end_value=end)
    if g["decade_atom"]:
        return _Atom(m.start(), m.end(), DateValue(year=int(g["dec"]), decade=True))
    if g["century_before"] or g["century_after"] or g["century_word_after"]:
        raw = (g["c1"] or g["c2"] or g["c3"]).casefold()
        number = int(raw) if raw.isdigit() else pats.century_words.get(re.sub(r"\s+", " ", raw))
        era = g["e1"] or g["e2"] or g["e3"] or g["e4"]
        bce = bool(era and pats.bce.match(era))
        shared = g["shared"] is not None
        return _Atom(m.start(), m.end(), DateValue(century=number, bce=bce), shares_century=shared) if number else None
    if g["bce_atom"]:
        if g["bj"] and pats.between_and.match(g["bj"]) and not pats.between.search(work[max(0, m.start() - 30):m.start()]):
            return _bce_atom(m.start("yb2"), m.end(), {"yb1": g["yb2"], "yb2": None})   # "in 671 and 667 BC": a list
        return _bce_atom(m.start(), m.end(), g)
    year = _year(g["y3"])
    if year == -1 or _is_trap(m, work, pats):
        return None
    return _Atom(m.start(), m.end(), DateValue(year=year))


def _day_beside_month(m: re.Match, value: DateValue, last_day: int, bare: bool) -> _Atom:
    """Two days apart joined by "and" ("12 and 18 June 1778", "June 12 and 18"): no
    span ("12–18 June" would say the days between); the day written next to the
    month alone is the date, as it was before pairs of days were read."""
    if m.group("day_first"):
        return _Atom(m.start("e1d"), m.end(), replace(value, day=last_day), bare_month=bare)
    return _Atom(m.start(), m.end("d2"), value, bare_month=bare)


def _bce_atom(start: int, end_at: int, g: dict) -> _Atom | None:
    """ "1279 BC"; "2686–2181 BC" runs from the larger number to the smaller."""
    first, last = int(g["yb1"]), int(g["yb2"]) if g["yb2"] else None
    if not first or (last is not None and not 0 < last < first):
        return None                # "0 BC", "1000–2000 BC": no year, or not a span of years
    end = DateValue(year=last, bce=True) if last else None
    return _Atom(start, end_at, DateValue(year=first, bce=True), end_value=end)


def _is_trap(m: re.Match, work: str, pats: Patterns) -> bool:
    before = work[max(0, m.start() - 20):m.start()]
    after = work[m.end():m.end() + 30]
    # Either end of a span of numbers: "pp. 1203–1210", "1800–1600 Ma", "from
    # 1000 to 2000 metres", "between 1200 and 1500 m": the page mark or the
    # unit belongs to both numbers.
    before_span, after_span = _span_end(pats.span_before, before, m, -1), _span_end(pats.span_after, after, m, 1)
    if any(pats.trap_before.search(b) for b in {before, before_span}) or \
            any(pats.trap_after.match(a) or pats.bce_after.match(a) for a in {after, after_span}):
        return True                # "1279 BC" is read whole by `_bce_atom`, never as AD 1279
    befores, afters = {before, before_span}, {after, after_span}
    estimate = any(pats.count_before.search(b) for b in befores)
    trigger = any(pats.trigger.search(b) for b in befores)
    if any(pats.counted.match(a) for a in afters) and (estimate or not trigger):
        return True                # "2000 newspapers were printed"; "in 1905 newspapers" is a date
    # "about 2000 newspapers", "sekitar 2000 surat kabar": a bare number
    # between a word of estimate and a counted noun is a count.
    if m.group().isdigit() and estimate and any(pats.count_noun.match(a) for a in afters):
        return True
    return m.group().isdigit() and not trigger and _after_a_verb(before, pats)


def _span_end(pattern: re.Pattern, text: str, m: re.Match, direction: int) -> str:
    """`text` (before or after the number `m`) without the other number of a span
    of numbers: "1203–" of "pp. 1203–1210", "to 2000" of "from 1000 to 2000 metres".
    Joined by a word, the other number is a whole number on the far side of this
    one (a span runs upwards): "in 2011 to 12.1 percent" is a date and a figure."""
    span = pattern.search(text)
    if not span:
        return text
    if not span.group("dash") and direction * (int(span.group("n")) - int(m.group("y3") or 0)) <= 0:
        return text
    return text[:span.start()] + text[span.end():]


def _after_a_verb(before: str, pats: Patterns) -> bool:
    """ "It has 1800 rooms", "There were 1500 of them": a bare number right
    after a verb that takes a count (`count_verbs`) is a count. After other
    words a bare number is mostly a year ("completed 1909", "well into
    1983", "the year was 1700"), so no other word makes it one."""
    m = WORD_BEFORE.search(before)
    return bool(pats.count_verbs and m and m.group(2).casefold() in pats.count_verbs)


def _with_prefix(atom: _Atom, work: str, pats: Patterns, floor: int) -> _Atom:
    """Attach "awal", "pertengahan", "the winter of" ... written just before."""
    if atom.value is None:
        return atom
    lo = max(floor, atom.start - 40)
    m = pats.prefix.search(work[lo:atom.start])
    if not m:
        return atom
    if m.group("qual"):
        value = replace(atom.value, qualifier=pats.qualifiers[_key(m.group("qual"))])
    elif atom.value.precision == "year":
        value = replace(atom.value, season=pats.seasons[_key(m.group("season"))])
    else:
        return atom
    return replace(atom, start=lo + m.start(), value=value)


def _with_margin(atom: _Atom, work: str, pats: Patterns) -> _Atom:
    """ "Sekitar tahun 1880 ± 30 tahun, Tambora kembali meletus": the margin is the
    date's (an approximate one), not words of the entry ("± 30 tahun, Tambora ...")."""
    m = pats.margin.match(work, atom.end)
    if atom.value is None or not m:
        return atom
    end = replace(atom.end_value, approximate=True) if atom.end_value else None
    return replace(atom, end=m.end(), value=replace(atom.value, approximate=True), end_value=end)


def _key(phrase: str) -> str:
    return re.sub(r"\s+", " ", phrase).casefold()


def _merge_spans(atoms: list[_Atom], work: str, pats: Patterns) -> list[_Atom]:
    out: list[_Atom] = []
    i = 0
    while i < len(atoms):
        atom = atoms[i]
        nxt = atoms[i + 1] if i + 1 < len(atoms) else None
        merged = _span(atom, nxt, work, pats) if nxt else None
        if merged:
            out.append(merged)
            i += 2
            continue
        out.append(_two_digit_end(atom, work, pats))
        i += 1
    return out


def _span(a: _Atom, b: _Atom, work: str, pats: Patterns) -> _Atom | None:
    if a.value is None or b.value is None or a.end_value or b.end_value:
        return None
    gap = work[a.end:b.start]
    joined = (pats.connector.match(gap)
              or (pats.between_and.match(gap) and pats.between.search(work[max(0, a.start - 30):a.start]))
              or (pats.month_and.match(gap) and a.bare_month and b.value.month and b.value.year)
              # "the 7th and 13th centuries": one century word for both, one period (readers
              # failed it printed as two entries, "7th century" and "13th century")
              or (a.shares_century and b.value.century and pats.coordination.match(gap)))
    if not joined:
        return None
    first, last = a.value, b.value
    if first.year is None and last.year is not None and first.month:
        first = first.with_year(last.year)
    if first.season and last.precision == "year" and not last.qualifier:
        return _Atom(a.start, b.end, replace(first, season_end_year=last.year))
    return _Atom(a.start, b.end, first, end_value=last)


def _two_digit_end(atom: _Atom, work: str, pats: Patterns) -> _Atom:
    """ "1932–33": a span whose end gives only its last two digits."""
    value = atom.value
    if value is None or atom.end_value or value.precision not in ("year", "season") or not value.year:
        return atom
    m = pats.two_digit_end.match(work[atom.end:atom.end + 12])
    if not m:
        return atom
    end_year = value.year // 100 * 100 + int(m.group("yy"))
    if end_year <= value.year:
        return atom
    end = atom.end + m.end()
    if value.season:
        return replace(atom, end=end, value=replace(value, season_end_year=end_year))
    return replace(atom, end=end, end_value=DateValue(year=end_year))


def _role(atom: _Atom, work: str, pats: Patterns, previous: list[DateMention]) -> tuple[str, int]:
    before = work[max(0, atom.start - 60):atom.start]
    offset = atom.start - len(before)
    if _inside_quotes(work[:atom.start]):
        return "quoted", atom.start
    m = pats.trigger.search(before)
    if m:
        role = pats.roles.get(_key(m.group("trig")), "point")
        if role == "life":
            return "point", atom.start     # "born 10 December 1815": the word stays in the entry
        # "from around 1688", "in about 1800": a role word before a softening one is
        # the same phrase (a span's "from" tells more than "around"); "wrote about
        # in 1844" is not.
        outer = pats.trigger.search(before, 0, m.start())
        if outer and outer.end() == m.start() and _key(m.group("trig")) in pats.approximate \
                and pats.roles.get(_key(outer.group("trig"))) in EVENT_ROLES:
            outer_role = pats.roles[_key(outer.group("trig"))]
            return (outer_role if outer_role in ("start", "end") else role), offset + outer.start()
        if outer and outer.end() == m.start() and role == "point" and _key(outer.group("trig")) in pats.before_point:
            return role, offset + outer.start()     # "As late as in 1936": the phrase goes whole
        return role, offset + m.start()
    if atom.anaphor or pats.day_word.match(work, atom.start):
        return "point", atom.start         # "Kongres Budi Utomo tanggal 24-26 Desember 1935"
    if pats.year_name.search(before):
        # "During the War of 1812, the town was the site of the Battle of York" (1813):
        # the year names a war of years, and dates nothing that happened in it.
        return "attribute", atom.start
    if not atom.bare_month and pats.at_named.search(before):
        # "exhibited at the Exposition Universelle of 1855": it dates the sentence,
        # and as part of a name it stays in the entry (as a subject's year does).
        return "subject", atom.start
    last = previous[-1] if previous else None
    if last and pats.coordination.match(work[last.end:atom.start]):
        return last.role, atom.start
    if re.match(r"\s*\)", work[atom.end:]) and re.search(r"[(;]\s*$", before):
        return "attribute", atom.start       # "(266–420)", "(18 Desember 1878 – 5 Maret 1953)"
    if re.search(r"(?:^|[.;:!?,—])\s*$", before):
        return "point", atom.start           # opens a sentence or clause: "Tahun 1947, ..."
    opening = _sentence_so_far(work[:atom.start], pats.lang)
    if not atom.bare_month and len(opening.split()) <= OPENING_WORDS and not re.search(r"[,;:\"“(]", opening):
        # The sentence's own subject carries the date: "Panen tahun 1932 merupakan panen yang buruk".
        return "subject", atom.start
    return "attribute", atom.start


def _word_before(text: str) -> str:
    """The last word of `text`, lower-cased ("" when none)."""
    m = WORD_BEFORE.search(text)
    return m.group(2).casefold() if m else ""


def _sentence_so_far(before: str, lang: str) -> str:
    """The part of the sentence that stands before a date (`before` is the
    text up to it), cut by the one sentence splitter. A capital stands in
    for the date, so that a stop right before it ends a sentence too."""
    probe = before + "X"
    return probe[sentence_spans(probe, abbreviations(lang))[-1][0]:-1]


def _in_brackets(before: str, lang: str) -> bool:
    """Inside (...) or [...] opened in the same sentence."""
    if "(" not in before and "[" not in before:
        return False          # (no bracket opened at all: the sentence is not split out)
    sentence = _sentence_so_far(before, lang)
    return sentence.count("(") > sentence.count(")") or sentence.count("[") > sentence.count("]")


def _inside_quotes(before: str) -> bool:
    """Inside "..." or “...” (somebody's words, not the narrative)."""
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")
