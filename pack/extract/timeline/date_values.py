"""Date values and how they are written out: the shared vocabulary of the date tagger.

Stage: extract (support for `dates` and `timeline`). Inputs: a `DateValue`
(what a date phrase means: a year, month, day, season, decade or century,
maybe "early/mid/late", maybe a span) and a language code. Outputs the four
ways a date is written for the rest of the pipeline:

- `iso`: the full value in ISO 8601-2 / EDTF notation, so the precision is
  part of the string: "1878-12-18" (day), "1899-10" (month), "1903" (year),
  "1932-24" (season: 21 spring, 22 summer, 23 autumn, 24 winter),
  "193X" (the decade 1930-1939), "18XX" (the 19th century),
  "1932/1933" or "1935-07/1935-08" (a span: start/end), and a winter that
  crosses the new year, "musim dingin 1932–1933", is the span "1932/1933"
  with precision "season". A year before the common era is written in
  ISO's astronomical numbering, where 1 BC is year 0: 1279 BC is "-1278".
- `datetime`: the START as a valid HTML `<time datetime>` value ("1878-12-18",
  "1899-10", "1930"), so the renderer can always put it in the attribute;
  `end_datetime` is the end of a span ("" otherwise).
- `sort_key`: "YYYY-MM-DD" of the start, with 00 for what is unknown and
  "early/mid/late" or a season moving the key inside the year (early 1903
  sorts as 1903-02, a winter that starts in 1932 as 1932-12). A year before
  the common era is "-" and 9999 minus the year ("-8720" for 1279 BC), so
  that plain string order is still time order: "-" sorts before every
  digit, and an earlier year BC gives a smaller number. `key_year` reads
  the signed year back.
- `text`: the date as the book prints it, from the language's templates in
  `pack/lang/<code>/dates.toml` ("18 Desember 1878", "awal 1903",
  "musim dingin 1932–1933", "1930-an"; "the 1880s" in English).

Dates before the common era have no HTML datetime (HTML allows only years
after 0): `html_datetime` is "" for them and `html_ok` says so; the book
prints them with the language's era word ("1279 BC", "1279 SM"). A date a
role word calls approximate ("around 1279 BC", "c. 3000 BC") keeps that in
`approximate` and prints it ("c. 1279 BC").
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from pack import lang as langdata

SEASON_CODES = {"spring": 21, "summer": 22, "autumn": 23, "winter": 24}
SEASON_MONTHS = {"spring": 4, "summer": 7, "autumn": 10, "winter": 1}
QUALIFIER_MONTHS = {"early": 2, "mid": 6, "late": 10}
QUALIFIER_YEARS = {"early": 1, "mid": 4, "late": 7}   # into a decade; x10 for a century


@dataclass(frozen=True)
class DateValue:
    """What one date phrase means. Only `year` may be missing (resolved later)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    season: str = ""               # spring | summer | autumn | winter
    season_end_year: int | None = None   # "musim dingin 1932–1933"
    decade: bool = False           # year is the decade's first year
    century: int | None = None     # 19 for "the 19th century"
    bce: bool = False
    qualifier: str = ""            # early | mid | late
    approximate: bool = False      # "around 1279 BC", "c. 3000 BC"

    @property
    def precision(self) -> str:
        if self.day:
            return "day"
        if self.month:
            return "month"
        if self.season:
            return "season"
        if self.decade:
            return "decade"
        if self.century:
            return "century"
        return "year"

    def first_year(self) -> int | None:
        if self.century:
            return (self.century - 1) * 100
        return self.year

    def last_year(self) -> int | None:
        if self.century:
            return self.century * 100 - 1
        if self.decade and self.year is not None:
            return self.year + 9
        return self.season_end_year or self.year

    def signed_years(self) -> tuple[int, int] | None:
        """First and last year on one axis, years BC negative: (-2686, -2686)
        for 2686 BC, (-300, -201) for the 3rd century BC. None without a year."""
        first, last = self.first_year(), self.last_year()
        if first is None or last is None:
            return None
        if not self.bce:
            return first, last
        if self.century:
            return -self.century * 100, -(self.century - 1) * 100 - 1
        return -last, -first

    def with_year(self, year: int) -> "DateValue":
        return replace(self, year=year)


def html_ok(value: DateValue) -> bool:
    """True when the value can be written as an HTML datetime (a year after 0)."""
    first = value.first_year()
    return not value.bce and first is not None and first > 0


# ---------------------------------------------------------------- iso / html


def iso(value: DateValue, end: DateValue | None = None) -> str:
    if end is not None:
        return f"{iso(value)}/{iso(end)}"
    if value.season_end_year:
        return f"{value.year:04d}/{value.season_end_year:04d}"
    if value.century:
        stem = f"{value.century - 1:02d}XX"
        return f"-{stem}" if value.bce else stem
    if value.bce and value.year:
        return f"-{value.year - 1:04d}"      # astronomical numbering: 1 BC is year 0
    if value.decade:
        return f"{value.year:04d}"[:3] + "X"
    if value.season and not value.month:
        return f"{value.year:04d}-{SEASON_CODES[value.season]}"
    return _calendar(value)


def html_datetime(value: DateValue) -> str:
    """A valid HTML datetime for the start of the value ("" before the common era)."""
    return _calendar(value) if html_ok(value) else ""


def _calendar(value: DateValue) -> str:
    """ "1878-12-18", "1899-10" or "1930": the start as far as it is known."""
    year = f"{value.first_year():04d}"
    if value.day:
        return f"{year}-{value.month:02d}-{value.day:02d}"
    if value.month:
        return f"{year}-{value.month:02d}"
    return year


BCE_KEY_BASE = 9999      # a year BC sorts as "-" + (BCE_KEY_BASE - year)


def key_year(key: str) -> int:
    """The signed year of a `sort_key` (or of an HTML date): -1279 for 1279 BC."""
    if key.startswith("-"):
        return -(BCE_KEY_BASE - int(key[1:5]))
    return int(key[:4])


def event_years(event) -> tuple[int, int]:
    """Signed first and last year of a `TimelineEvent` (a span BC has no HTML
    end: its start serves; a decade or century runs to its end)."""
    start = int(event.datetime[:4]) if event.datetime else key_year(event.sort_key)
    end = int(event.end_datetime[:4]) if event.end_datetime else start
    if event.precision == "decade":
        end = start + 9
    elif event.precision == "century":
        end = start + 99
    return start, end


def sort_key(value: DateValue) -> str:
    year = value.first_year() or 0
    month, day = value.month or 0, value.day or 0
    if value.century and value.qualifier:
        year += QUALIFIER_YEARS[value.qualifier] * 10
    elif value.decade and value.qualifier:
        year += QUALIFIER_YEARS[value.qualifier]
    elif not month and value.qualifier:
        month = QUALIFIER_MONTHS[value.qualifier]
    if not month and value.season:
        month = 12 if value.season_end_year else SEASON_MONTHS[value.season]
    if value.bce:
        # Later years BC are smaller numbers; "early 1279 BC" still comes
        # before "late 1279 BC", so only the year is turned round.
        return f"-{BCE_KEY_BASE - year:04d}-{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


# ---------------------------------------------------------------- book text


def text(value: DateValue, lang: str, end: DateValue | None = None) -> str:
    """The date as the book prints it, in the article's language."""
    fmt = langdata.load(lang, "dates").get("format", {})
    dash = fmt["range_dash"]
    if end is None:
        return _single(value, fmt)
    if value.precision == end.precision == "day" and (value.year, value.month) == (end.year, end.month):
        return fmt["day_span"].format(day=value.day, day_end=end.day, month=fmt["month_names"][value.month - 1],
                                      year=value.year)
    if _same_year_months(value, end):
        months = fmt["month_names"]
        return f"{months[value.month - 1]}{dash}{months[end.month - 1]} {end.year}"
    if value.precision == end.precision == "year" and not (value.qualifier or end.qualifier) \
            and value.bce == end.bce:
        # "2686–2181 BC": one era word for both ends.
        return _approximate(_era_year(f"{value.year}{dash}{end.year}", value, fmt), value, fmt)
    first, last = _single(value, fmt), _single(end, fmt)
    joiner = dash if " " not in first + last else f" {dash} "
    return f"{first}{joiner}{last}"


def _same_year_months(value: DateValue, end: DateValue) -> bool:
    return (value.precision == end.precision == "month" and value.year == end.year
            and not value.qualifier and not end.qualifier)


def _single(value: DateValue, fmt: dict) -> str:
    dash = fmt["range_dash"]
    precision = value.precision
    if precision == "day":
        out = fmt["day"].format(day=value.day, month=fmt["month_names"][value.month - 1], year=value.year)
    elif precision == "month":
        out = fmt["month"].format(month=fmt["month_names"][value.month - 1], year=value.year)
    elif precision == "season":
        years = f"{value.year}{dash}{value.season_end_year}" if value.season_end_year else str(value.year)
        out = fmt["season"].format(season=fmt["seasons"][value.season], year=years)
    elif precision == "decade":
        out = fmt["decade"].format(decade=value.year)
    elif precision == "century":
        template = fmt["century_bce"] if value.bce else fmt["century"]
        out = template.format(century=value.century, century_ordinal=_ordinal(value.century, fmt))
    else:
        out = _era_year(value.year, value, fmt)
    if value.qualifier:
        out = fmt["qualified"].format(qualifier=fmt["qualifiers"][value.qualifier], date=out)
    return _approximate(out, value, fmt)


def _era_year(year, value: DateValue, fmt: dict) -> str:
    """ "1279" or, before the common era, "1279 BC" / "1279 SM"."""
    return fmt["year_bce" if value.bce else "year"].format(year=year)


def _approximate(out: str, value: DateValue, fmt: dict) -> str:
    return fmt["approximate"].format(date=out) if value.approximate else out


def _ordinal(number: int, fmt: dict) -> str:
    suffixes = fmt.get("ordinal_suffixes", {})
    key = str(number % 100) if str(number % 100) in suffixes else str(number % 10)
    return f"{number}{suffixes.get(key, suffixes.get('other', ''))}"
