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
   point/start/end/subject date an event (`is_event`).
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
`Resolver` that remembers the dates seen so far (see `Resolver.resolve`);
a date inside brackets is an aside and lends its year to no other date.
"""

from __future__ import annotations

from dataclasses import replace

from pack.extract.timeline.date_scan import DateMention, scan
from pack.extract.timeline.date_values import DateValue

__all__ = ["DateMention", "Resolver", "find_dates", "scan"]

RECENT = 3                 # how far back "the same month" may look, in dates


def find_dates(text: str, lang: str, context_year_range: tuple[int, int] | None = None) -> list[DateMention]:
    """Every date phrase in `text`, resolved as far as the text itself allows.

    `context_year_range` is the span of years the text is known to be about
    (a section heading "Mengukuhkan kekuasaan: 1917–1918"); a date without a
    year takes its year from it when the text gives none.
    """
    resolver = Resolver()
    found = []
    for mention in scan(text, lang):
        resolved = resolver.resolve(mention, context_year_range)
        if resolved is not None:
            found.append(resolved)
    return found


class Resolver:
    """Completes dates from what came before, in reading order.

    A date without a year takes the most recent year mentioned that lies
    inside the section's year range (the range in its heading), else the
    range's first year; with no range, simply the most recent year. Dates
    inside brackets are asides and never lend their year. A year that
    dates nothing, inside a name ("the Criminal Law Amendment Act 1885"),
    may stand for "that year" but completes no "27 February" after it.
    "Pada bulan yang sama" / "the same month" takes the previous date's month.
    """

    def __init__(self) -> None:
        self.history: list[DateValue] = []
        self.dating: list[DateValue] = []      # the years of mentions that date something

    def resolve(self, mention: DateMention, year_range: tuple[int, int] | None = None) -> DateMention | None:
        if mention.anaphor:
            mention = self._anaphor(mention)
        elif mention.value.year is None and not mention.value.century:
            mention = self._missing_year(mention, year_range)
        if mention is None:
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
        # A year BC completes no month: "June–September" after "1078 BC" is
        # every year's flood season, not a date in the Christian calendar.
        years = [v.year for v in reversed(self.dating) if v.year and not v.decade and not v.bce]
        if year_range and year_range[0] <= 0:
            return None            # a month in "Old Kingdom (2686–2181 BC)": no year to give it
        if year_range:
            low, high = year_range
            year = next((y for y in years if low <= y <= high), None)
            how = "context" if year is not None else "heading"
            year = low if year is None else year
        elif years:
            year, how = years[0], "context"
        else:
            return None
        end = mention.end_value
        if end is not None and end.year is None:
            # "from November until April": the span runs into the next year.
            later = end.month and mention.value.month and end.month < mention.value.month
            end = end.with_year(year + 1 if later else year)
        return replace(mention, value=mention.value.with_year(year), end_value=end, inferred=how)


