"""The date tagger: finds date phrases in running text and says what they mean.

Stage: extract (used by `timeline`, usable alone). Inputs: a piece of text
and a language code (the words come from `pack/lang/<code>/dates.toml`).
Outputs: `DateMention`s in text order, each with its character span, its
value (`date_values.DateValue`, a second one for a span), its role in the
sentence and any Julian-calendar note.

How a phrase is read, in order:
1. A Julian-calendar bracket ("18 Desember [K.J.: 6 Desember] 1878") is
   blanked out (same length, so offsets hold) and kept as a note.
2. Atoms: day-month-year, month-day-year, month alone, decade, century,
   year, and phrases that point back ("Pada bulan yang sama").
3. A qualifier or season just before an atom joins it ("awal tahun 1903",
   "the winter of 1932").
4. Two atoms joined by a span word become one span ("1934 sampai 1939",
   "Juli-Agustus 1935", "1932–33", "antara A dan B").
5. The word before the phrase gives its role: `point` ("pada", "in"),
   `start` ("sejak"), `end` ("hingga"), `bound` ("sebelum": a limit, not a
   date of anything), `attribute` (part of a name or noun phrase:
   "Revolusi 1905", "sensus 1937", "(266–420)"), `subject` (a year in the
   noun phrase that opens a sentence dates the sentence: "Panen tahun 1932
   merupakan panen yang buruk"; it stays in the event's text), `quoted`
   (inside quotation marks: somebody's words, not the narrative). Only
   point/start/end/subject date an event (`is_event`). A date of a plan, a
   target, a forecast or a baseline ("set to be finished in 2023", "from
   the 2000 level"; words in `[plans]`) keeps its role and is marked
   `planned`: the timeline cuts clauses at it and prints no entry for it.
Numbers that only look like years never become atoms: thousands groups
and decimals ("700.000", "1,6 juta", "2,794,356", "630.2"), numbers behind
"No." and catalogue or route names ("NGC 1300", "Highway 401"), numbers
followed by a unit ("2000 Ma", "1000 ppm", "1200 °C"), and counts: a
counted noun after a number that no date word introduces ("2000
newspapers were printed"; "in 1905 newspapers reported" is a date), any
noun after a word of estimate ("about 2000 ...", "sebanyak 1500 ...").
A month name alone is a month only when a role word, a month word or a
listed date introduces it ("May Morris" is a name); a short month name
("Jan") needs a day or a year beside it.

A date without a year, or one that points back, is completed by a
`Resolver` that remembers the dates seen so far (see `Resolver`): a year
is carried within a paragraph (within a heading's year range) and only
forward in time, or the date is dropped; a date inside brackets is an
aside and lends its year to no other date.
"""

from __future__ import annotations

from dataclasses import replace

from pack.extract.timeline.date_scan import DateMention, scan
from pack.extract.timeline.date_values import DateValue
from pack.lang.schema import tunables_of

__all__ = ["DateMention", "Resolver", "find_dates", "scan"]

# Thresholds, each declared with why in pack/lang/schema.toml [tunables].
(RECENT, POINTED_WITHIN) = tunables_of(__name__)


def find_dates(text: str, lang: str, context_year_range: tuple[int, int] | None = None) -> list[DateMention]:
    """Every date phrase in `text`, resolved as far as the text itself allows.

    `context_year_range` is the span of years the text is known to be about
    (a section heading "Mengukuhkan kekuasaan: 1917–1918"); a date without a
    year takes its year from it when the text gives none.
    """
    return Resolver().paragraph(scan(text, lang), context_year_range)


class Resolver:
    """Completes dates from what came before, in reading order, one
    paragraph at a time (`paragraph`).

    A date without a year ("On 14 March") takes the most recent year that
    a dating mention of its own paragraph names: a year from another
    paragraph is as often an unrelated sentence's as this one's. Under a
    heading with a year range ("Mengukuhkan kekuasaan: 1917–1918") it is the
    most recent year of the article inside that range (the heading bounds
    it); a heading of a single year gives that year when nothing else does.
    The date must also lie forward in time: a month before the month of the
    last date ("In December 1850 ... On 14 March") is another year's or
    another story's. Otherwise the date has no year and is dropped, and so
    is "the same month" after it. "In December of the same year" takes the
    year the text points at. Dates inside brackets are asides and never lend
    their year. A year that dates nothing, inside a name ("the Criminal Law
    Amendment Act 1885"), may stand for "that year" but completes no "27
    February" after it. "Pada bulan yang sama" / "the same month" takes the
    previous date's month.
    """

    def __init__(self) -> None:
        self.history: list[DateValue] = []   # since the last date left without a year (no "same month" before it)
        self.dating: list[DateValue] = []      # the values of mentions that date something, all paragraphs
        self.here = 0                          # where the current paragraph's values begin in `dating`

    def paragraph(self, mentions: list[DateMention], year_range: tuple[int, int] | None = None) -> list[DateMention]:
        """The mentions of the next paragraph, in text order, completed (those
        left without a year are dropped). A year is carried within a paragraph
        only (see the class)."""
        self.here = len(self.dating)
        found, told = [], None
        for mention, after in zip(mentions, mentions[1:] + [None]):
            if told is not None and mention is told[0]:
                # "January 3, the following year": the phrase gave the month
                # before it its year; it is that year, not the year after it.
                found.append(replace(mention, value=DateValue(year=told[1].year, bce=told[1].bce),
                                     inferred="anaphor"))
                continue
            pointed = self._pointed_year(mention, after)
            told = (after, pointed.value) if pointed is not mention else None
            resolved = self.resolve(pointed, year_range)
            if resolved is not None:
                found.append(resolved)
        return found

    def _pointed_year(self, mention: DateMention, after: DateMention | None) -> DateMention:
        """ "In December of the same year": a year the next phrase points back
        at, right after a month, is that month's year, whichever paragraph
        named it (the text says which year it means)."""
        if (after is None or after.anaphor not in ("same_year", "next_year") or mention.anaphor
                or mention.value is None or mention.value.year is not None or mention.value.century
                or after.phrase_start - mention.end > POINTED_WITHIN):
            return mention
        pointed = self._anaphor(after)
        return mention if pointed is None else replace(
            mention, value=mention.value.with_year(pointed.value.year), inferred="context")

    def resolve(self, mention: DateMention, year_range: tuple[int, int] | None = None) -> DateMention | None:
        if mention.anaphor:
            mention = self._anaphor(mention)
        elif mention.value.year is None and not mention.value.century:
            mention = self._missing_year(mention, year_range)
        if mention is None:
            self.history.clear()
            return None
        if mention.role != "quoted" and not mention.aside:
            # A year inside a name still sets the scene for "that year"; one in
            # brackets ("(1822–1895)", "(born 1870)") is an aside and does not.
            values = [mention.value] + ([mention.end_value] if mention.end_value is not None else [])
            self.history += values
            if mention.role != "attribute":
                self.dating += values
        return mention

    def _anaphor(self, mention: DateMention) -> DateMention | None:
        usable = [v for v in reversed(self.history) if v.year and not (v.decade or v.century)]
        if mention.anaphor == "same_month":
            # "the same month" is the last month named, even when a bare year
            # came after it ("Pada November 1901 ... didirikan pada tahun 1898"),
            # but only among the last few dates.
            usable = [v for v in usable[:RECENT] if v.month]
        last = usable[0] if usable else None
        if last is None:
            return None
        if mention.anaphor == "same_month":
            value = DateValue(year=last.year, month=last.month, bce=last.bce)
        elif mention.anaphor == "next_year":
            value = DateValue(year=last.year - 1 if last.bce else last.year + 1, bce=last.bce)
        else:
            value = DateValue(year=last.year, bce=last.bce)
        return replace(mention, value=value, inferred="anaphor")

    def _missing_year(self, mention: DateMention, year_range) -> DateMention | None:
        low, high = year_range or (None, None)
        if low is not None and low <= 0:
            return None            # a month in "Old Kingdom (2686–2181 BC)": no year to give it
        # The paragraph's own years; under a heading with a year range, any year
        # of the article inside that range (the heading bounds it).
        values = self.dating if low is not None else self.dating[self.here:]
        # A year BC completes no month: "June–September" after "1078 BC" is
        # every year's flood season, not a date in the Christian calendar.
        year = next((v.year for v in reversed(values) if v.year and not v.decade and not v.bce
                     and (low is None or low <= v.year <= high)), None)
        how = "context"
        if year is None and low is not None and low == high:
            year, how = low, "heading"
        if year is None:
            return None
        value = mention.value.with_year(year)
        if how == "context" and _goes_back(value, values[-1]):
            return None
        end = mention.end_value
        if end is not None and end.year is None:
            # "from November until April": the span runs into the next year.
            later = end.month and mention.value.month and end.month < mention.value.month
            end = end.with_year(year + 1 if later else year)
        return replace(mention, value=value, end_value=end, inferred=how)


def _goes_back(value: DateValue, last: DateValue) -> bool:
    """Is `value` (a year just given to it) in a month before that of `last`,
    the last date before it ("In December 1850 ... on 14 March")? A day
    before the last day of the same month is the same story told back
    ("on 9 August ... between the two, on 8 August")."""
    return not last.bce and last.year == value.year and bool(value.month and last.month) and value.month < last.month
