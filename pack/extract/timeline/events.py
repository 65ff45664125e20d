"""Timeline extraction: dated statements of an article become `TimelineEvent`s.

Stage: extract. Input: an `Article`. Output: `extract_timeline` gives a
`Timeline`: the `TimelineEvent`s (`dated_events`), sorted chronologically,
each pointing at the paragraph it came from, and the chapters' periods
(`periods.chapter_periods`, for the drawing).

Pipeline, per paragraph in reading order:
1. `dates.scan` finds the date phrases; a `Resolver` shared by the whole
   article completes a date without a year from the most recent year of
   its own paragraph (or, under a heading with a year range, "Mengukuhkan
   kekuasaan: 1917–1918", the most recent year of the article inside it),
   never going back in time, and drops it when there is none; "Pada bulan
   yang sama" takes the previous date's month.
2. Only phrases that date a statement become events (role point, start or
   end: "pada", "sejak", "hingga"); years inside names ("Revolusi 1905"),
   limits ("sebelum tahun 1941"), quotations, the dates of a plan, a target
   or a baseline ("set to be finished in 2023", `DateMention.planned`) and
   the periods in headings do not; nor does a short paragraph without a
   sentence's stop (a list line or a caption: `_list_line`), but a line that
   is a date alone ("1748", a dated list printed one date a line) dates the
   paragraph after it when that one names no date (`_date_alone`: its first
   sentence is the entry). Years in a row
   listed together are one span ("in 1861 and 1862": `_year_run`).
3. Each event gets the clause around its date (two dates in one sentence
   give two events, each with its own clause), condensed by `condense`;
   a "saat/when" clause right after the date stays with it, a date in an
   opening clause that concedes or tells what came first ("Although ...",
   "After Belgium became independent in 1830, ...") is that clause's event
   (`condense.opening_subordinate`), a relative
   clause takes in the clause it tells about, a date in brackets gets
   the bracket's own clause ("(although Redi had performed an experiment
   in 1668 ...)") or the name before a short bracket ("the Granite Club
   (established in 1836)" -> "The Granite Club established"), and a bare
   year that a later date of the sentence makes precise is that date.
   An opening "He"/"Ia" takes the name of whom the story is about, unless
   it may mean someone else (`_sure`: a pronoun of the other gender, or
   another person named since, unless the sentence before opened with the
   same pronoun meaning the subject); then the sentence is told as written, or
   the pronoun stays. Only a person stands for "he" (`_person`: the story's
   subject or a person of the article's name analysis, `pack.text.kinds`),
   never a word that opens a sentence as an adjective, a place or a body
   ("French chemists ...", "Warsaw was ..."), nor the head of a longer name
   the analysis never filed alone ("Franklin" of "Franklin Medal ...",
   `_piece_of_name`): after such a sentence whom "he" means is unsure. The
   first sentence's "... and chemist who improved ... in 1776" of a life
   story is told of its subject ("Watt improved ...").
4. `readable.gate` mends an entry that cannot be read alone (a pointer
   without referent, a word left hanging, debris of a cut) with its whole
   sentence when that is short and tells this date only, and holds back
   the rest from the key timeline; so is an entry that is no clause
   (`readable.broken`) and whose sentence is too long to print instead.
   A held entry is shown in the full timeline as its whole sentence when
   that tells this date only and names what it points at, else left out.
   An entry that names only the kind of its subject (`readable.unnamed_kind`:
   "The school was retained at Confederation") is told as written, never key;
   so is one that still opens with a pronoun (`readable.opens_with_pointer`)
   or with a phrase of an earlier time that holds its date ("After his death
   in 1817, his associates built ...": `readable.dated_opening_phrase`).
   An entry that opens with the last item of a list opening its clause is
   told with the list (`readable.list_head`); a list cut after one of its
   items is told to its last item, and the opening of a subordinate clause
   cut before its verb is left off (`readable.gate`).
   An entry that opens with its own date, as a sentence told as written may,
   loses it (`readable.without_own_date`): the book prints the date beside it.
   So does one that opens with a discourse connective ("However, ...",
   `readable.without_connective`): it points at a sentence not printed
   (both done once, `readable.tidy`, where an entry's text is made).
   One sentence's text under several point dates of one year is printed
   once, dated by the year or the span of its dates (`_one_year_once`).
5. `rank` merges repeats (the lead retells the body), scores the
   events and marks the key ones.
6. Last, on the entries printed (`whole.told_whole`): one cut from its
   sentence anywhere but its date phrase or whole clauses is printed as its
   sentence when that tells this date only and reads alone ("... went on his
   third" -> "... went on his third, and successful, expedition").

Date fields (scheme in `date_values`): `iso` is ISO 8601-2/EDTF with the
precision inside it ("1878-12-18", "1899-10", "1903", "193X", "1932-24",
"1932/1933"); `datetime` is always a valid HTML `<time datetime>` value, the
START of the date (the renderer must use `datetime`, not `iso`, in the
attribute); `end_datetime` the end of a span; `precision` one of day, month,
season, year, decade, century, range; `date_text` the date as printed
("18 Desember 1878", "awal 1903", "musim dingin 1932–1933", "1930-an",
"sejak 1934"); `note` a Julian-calendar date ("K.J.: 6 Desember");
`inferred` says when the year came from context rather than the sentence.
Dates before the common era are left out (no HTML datetime exists for them).
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import combinations
from dataclasses import replace
from functools import cached_property
from typing import NamedTuple

from pack import lang as langdata
from pack.lazypattern import LazyPattern
from pack.extract.timeline import date_values as dv
from pack.extract.timeline.date_patterns import alternation, patterns
from pack.extract.timeline.dates import DateMention, Resolver, scan
from pack.extract.timeline.listlines import list_run_lines
from pack.extract.timeline.periods import chapter_periods, heading_ranges, life_span
from pack.extract.timeline.rank import article_subject, rank
from pack.text.citations import is_citation
from pack.extract.timeline.readable import (another_date_first, bare_kind, broken, dated_opening_phrase, earlier_clause_date,
                                            denied_own_date, foreign_date, gate, list_head, names_a_noun, main_after_cut, opens_with_bare_pointer,
                                            opens_with_pointer, pointing_subject, shown_whole, side_clause_date, side_relative, tidy,
                                            told_as_span, unnamed_kind, unreadable)
from pack.extract.timeline.referents import Referents, category, files_a_person, name_head
from pack.extract.timeline.whole import told_whole
from pack.text.wholeword import stands_before_capital
from pack.text.firstnames import first_names
from pack.text.analysis import analyse
from pack.text.kinds import common_noun
from pack.text.language import language
from pack.text.places import place_names
from pack.text.sentences import abbreviations, ends_without_stop, sentence_spans
from pack.text.tokens import most_used_gender, possessive_endings, pronoun_genders, tokenize
from pack.text.wordclass import classes
from pack.extract.timeline.condense import (TOKEN, clause, clause_bounds, condense, coordinated, elliptic,
                                            inner_subordinate, leading_word, name_inner_possessive, name_possessive,
                                            opening_subordinate, opens_with_pronoun, relative, relative_end, split_between, subject_of, without_marks)
from pack.model import Article, Paragraph, Reference, Section, TimelineEvent
from pack.lang.schema import tunables_of

__all__ = ["extract_timeline", "Timeline", "dated_events", "collect_events"]

# Thresholds, each declared with why in pack/lang/schema.toml [tunables].
(MIN_ENTRY_WORDS, SOURCE_NOTE_WORDS, VERB_ENDING_MIN, PLAIN_MAX_WORDS, MIN_CLAUSE_WORDS,
 MIN_VERB_WORDS, MAX_DEFINED_WORDS, APPOSITION_CHARS, COMPLETES, LIST_LINE_MAX_WORDS) = tunables_of(__name__)
# ", founded in " / ", born ": a participle after a comma, at most one word before the date.
APPOSITION_OPENING = re.compile(r",\s+([a-z]+)(?:\s+[a-z]+)?\s*$")
# Two capitalised words in a row: a person named in full ("Nikita Khrushchev").
_TWO_NAMES = r"[A-Z\u00c0-\u024f][a-z\u00c0-\u024f'’-]+ [A-Z\u00c0-\u024f][a-z\u00c0-\u024f'’-]+"
FULL_NAME = re.compile(rf"(?<![\w'’-]){_TWO_NAMES}")
# The same, overlapping ("Noble David Cook": "Noble David", "David Cook").
PERSON_PAIR = re.compile(rf"(?<![\w'’-])(?=({_TWO_NAMES}))")
# Two or more capitalised words in a row, all of them: "Noble David Cook".
NAME_RUN = re.compile(r"(?<![\w'’-])[A-Z\u00c0-\u024f][a-z\u00c0-\u024f'’-]+(?: [A-Z\u00c0-\u024f][a-z\u00c0-\u024f'’-]+)+")
NAME_COMMA = re.compile(r"([A-Z\u00c0-\u024f][\w'’-]+(?: [A-Z\u00c0-\u024f][\w'’-]+)?), (?=[a-z])")
CLAUSE_END = re.compile(r"[;:.!?—–]")    # between a date and the words beside it: another clause
WORDS_SAID = re.compile(r"[^\W\d_]{3}")        # a word of three letters: something is said
WORDS_SAID_ALL = re.compile(r"[^\W\d_]+")
# An entry that opens with a lower-case noun made capital and a relative word: "Chemist who improved ...".
LEAD_RELATIVE = re.compile(r"([A-Z\u00c0-\u024f][a-z\u00df-\u00ff]+) (\w+) ")
WORD_BEFORE = re.compile(r"([^\W\d_]+)\W*$")      # the last word before a date's phrase
TOLD = re.compile(r"(?<![\w'’-])[a-z\u00df-\u00ff][^\W\d_]{2}")   # ... and a lower-case one: not a name alone


def owner_pattern(lang: str) -> re.Pattern:
    """A name that owns something, "at Napoleon's command": a capitalised word
    and one of the language's `possessive_endings` (text.toml); none, no owner."""
    endings = alternation(possessive_endings(lang), boundary=False)
    return re.compile(rf"(?<![\w'’-])([A-Z\u00c0-\u024f][a-z\u00c0-\u024f-]+){endings}(?!\w)")


class Timeline(NamedTuple):
    """What the timeline appendix shows of one article."""

    events: list[TimelineEvent]                 # chronological, the key ones marked
    periods: list[tuple[str, str, int, int]]    # (chapter id, title, first year, last year)


def extract_timeline(article: Article) -> Timeline:
    """The article's dated events and the periods its chapters are about."""
    events = dated_events(article)
    return Timeline(events, chapter_periods(article, events))


def dated_events(article: Article, merge_repeats: bool = True) -> list[TimelineEvent]:
    """Every dated event of the article, chronological, with key events marked.

    `merge_repeats=False` keeps retold events apart (for measuring where each
    date came from); the book always uses the merged list.
    """
    events, held, kinds = _collect(article)
    events = rank(events, article, merge_repeats, held | kinds)
    # An entry that names only a kind ("The school was retained") stays in the full timeline as told.
    events = shown_whole(events, held, article.lang)
    # An entry cut anywhere but at its date phrase is printed as its sentence when that
    # can stand for it (`told_whole`: the cut is where fragments come from). Last, on the
    # entries printed: which are printed, and which are key, the cut entries decided.
    for event in events:
        told_whole(event, article.lang)
    order = {id(e): i for i, e in enumerate(events)}
    events.sort(key=lambda e: (e.sort_key, order[id(e)]))
    for number, event in enumerate(events, 1):
        event.id = f"ev-{number}"
    return events


def collect_events(article: Article) -> tuple[list[TimelineEvent], set[int]]:
    """Every dated event of the article in reading order, before ranking,
    and the `id()`s of those that may not be key: a reader cannot read them
    alone (`readable.gate`), or they name only the kind of what they tell of
    (`readable.unnamed_kind`)."""
    events, held, kinds = _collect(article)
    return events, held | kinds


def _collect(article: Article) -> tuple[list[TimelineEvent], set[int], set[int]]:
    """`collect_events`, the unreadable entries (`readable.gate`) and those that
    name only a kind (`readable.unnamed_kind`) apart: the first are left out of the
    full timeline unless their sentence can stand for them, the second only of the key one."""
    ranges = heading_ranges(article)
    resolver = Resolver()
    reader = _Reader(article)
    events: list[TimelineEvent] = []
    line_date: DateMention | None = None     # a date on a line of its own, just before
    paragraphs = list(article.paragraphs())
    # Lines of a list that kept their stops ("Paul Huson in the 1955 film version.")
    listed = list_run_lines([(c.id, p.text) for c, p in paragraphs], article.lang)
    for n, (chapter, paragraph) in enumerate(paragraphs):
        # Every paragraph is read, a list line too: a later yearless date takes its year.
        mentions = resolver.paragraph(scan(paragraph.text, article.lang), ranges.get(paragraph.id))
        dated = [m for m in mentions if m.is_event]
        before, line_date = line_date, _date_alone(paragraph.text, dated)
        if n in listed or _list_line(paragraph.text) or is_citation(paragraph.text, article.lang):
            continue
        found = reader.events(chapter, paragraph, dated)
        if before and not mentions and _sentences(paragraph.text, article.lang):
            # (a paragraph naming any date tells its own time)
            found.append(reader.dated_line(before, chapter, paragraph))
        if n == 0:
            found = [reader.name_lead_subject(e, paragraph) for e in found]
            found += reader.lifespan(chapter, paragraph, mentions)
        # A date with nothing said about it ("in 1917" alone, "£22,589,130", a
        # title or names alone: "Mechanics (c. 1600)", "Lincoln, John F. Kennedy")
        # is no event, nor a list's lead-in.
        # Nor is an entry that tells another date first (`another_date_first`).
        events.extend(e for e in found if _says_something(e.text) and not reader.lead_in(e)
                      and not another_date_first(e, article.lang) and not denied_own_date(e, article.lang)
                      and not _source_note(e))
    # Entries the reader printed as no clause (it saw the date's span: "year of a noun
    # cut" too), and any other that reads as none, stay out of the key timeline.
    # (Only ids of entries still here: `reader.unfit` keeps its entries alive, so
    # an entry made later cannot take the id of one dropped above.)
    alive = {id(e) for e in events}
    held = gate(events, article.lang) | (reader.unfit.keys() & alive) \
        | {id(e) for e in events if broken(e.text, e.sentence, article.lang)}
    for event in events:
        tidy(event, article.lang)       # grouped and ranked as printed
    # One sentence printed under several dates of one year ("2 August 1887 · ... on 2
    # August ..., and again on 8 August", "1943" and "29 June 1943"): printed once.
    events = _one_year_once(events, article.lang)
    # An entry whose text tells other events' years than its own is dated for the whole
    # of what it says (`told_as_span`), and printed once: under each of its dates, it
    # was dated for a part.
    told = [(e, told_as_span(e, article.lang)) for e in events]
    events = _once([span for _, span in told], {id(span) for e, span in told if span is not e})
    # (A re-dated entry is a new one: held as its first was; ids of entries still here only.)
    alive = {id(e) for e in events}
    held = {id(span) for e, span in told if id(e) in held} & alive
    # An entry that opens with a bare pointer ("It was published ...", "They won ...",
    # "This effect ...") is held whatever names it tells: printed, it is read wrong
    # (`opens_with_bare_pointer`); checked as printed, after `tidy` took its connective.
    own = _own_words(article)
    held |= {id(e) for e in events if opens_with_bare_pointer(e.text, article.lang)
             or pointing_subject(e.text, article.lang, own)}
    # Nor is one that still opens with a pronoun (gate kept it for the names it tells:
    # "Dia aktif di Loge Mataram", "At his urging he ..."): whom or what it
    # means, the sentences before it said.
    kinds = {id(e) for e in events if unnamed_kind(e.text, article.lang, own)
             or opens_with_pointer(e.text, article.lang) or dated_opening_phrase(e.text, article.lang)} - held
    # A common noun and its verb alone ("Construction was completed": `bare_kind`) says
    # nothing without the sentences before it: left out of the whole timeline.
    events = [e for e in events if not bare_kind(e.text, article.lang, own)]
    return events, held, kinds


def _once(events: list[TimelineEvent], widened: set[int]) -> list[TimelineEvent]:
    """The events, one entry of a sentence's text where `told_as_span` widened the
    date of one of its entries (`widened`: their ids): the others are repeats whose
    date is the widened one's part. The entry kept is the first not widened ("2013 ·
    Dalam sebuah wawancara tahun 2013, ... 17 Agustus 1945", not "1945–2013 · ..."),
    else the first. (One text under two dates none widened stays two: "In 1833 and
    1844, Factory Acts were passed" tells two laws.)"""
    kept = set()
    for members in _by_text(range(len(events)), lambda n: events[n]):
        if not any(id(events[n]) in widened for n in members):
            kept.update(members)
        else:
            kept.add(next((n for n in members if id(events[n]) not in widened), members[0]))
    return [e for n, e in enumerate(events) if n in kept]


def _one_year_once(events: list[TimelineEvent], lang: str) -> list[TimelineEvent]:
    """One entry where a sentence's one text is printed under several point dates of
    one year: the blind readers failed the repeats ("dated 8 August but the text is
    the 2 August visit sentence", quality/verdicts/fresh5-blind-r21/). The entry kept
    is dated by the year when one of them is the year alone ("1943", not "29 June
    1943"), else by the span of its dates ("2–8 August 1887"); it is changed in place
    (the ids of held entries stay true). Dates of other years are left to
    `readable.told_as_span`; ranges, decades, seasons and qualified dates stay."""
    dropped: set[int] = set()
    for members in _by_text(events, lambda e: e):
        if len(members) < 2 or not _points_of_one_year(members):
            continue
        _date_as_one(members, lang)
        dropped.update(id(e) for e in members[1:])
    return [e for e in events if id(e) not in dropped]


def _by_text(items, event_of) -> list[list]:
    """The items grouped by their event's sentence and printed text, in first-seen order:
    the repeats `_once` and `_one_year_once` look at."""
    groups: dict[tuple[str, str], list] = {}
    for item in items:
        event = event_of(item)
        groups.setdefault((event.sentence, event.text), []).append(item)
    return list(groups.values())


def _points_of_one_year(members: list[TimelineEvent]) -> bool:
    return all(e.precision in ("day", "month", "year") and not e.qualifier and not e.end_datetime
               and len(e.datetime) >= 4 and e.datetime[:4] == members[0].datetime[:4] for e in members)


def _date_as_one(members: list[TimelineEvent], lang: str) -> None:
    """The first member dated for all of them (`_one_year_once`). A year that only
    names a noun ("... his victory in the 2007 presidential election", beside "on 20
    June 2007") is no time of its own: the others date the entry."""
    first = members[0]
    days = tuple(e.date_text for e in members if e.precision != "year")
    members = [e for e in members
               if not (e.precision == "year" and days and names_a_noun(e.sentence, e.datetime[:4], lang, days))]
    whole = next((e for e in members if e.precision == "year"), members[0] if len(members) == 1 else None)
    if whole is not None:
        first.iso, first.precision, first.date_text = whole.iso, whole.precision, whole.date_text
        first.sort_key, first.datetime, first.note = whole.sort_key, whole.datetime, whole.note
        first.approximate = whole.approximate
        return
    values = sorted(tuple(int(part) for part in e.datetime.split("-")) for e in members)   # (year, month[, day])
    start, end = dv.DateValue(*values[0]), dv.DateValue(*values[-1])
    if start == end:
        return
    # (the span's days or months are as precise as each of its dates: the key-event model
    # reads a "range" as vague, and a span of a few days is no vaguer than its days)
    precision = "day" if all(e.precision == "day" for e in members) else "month"
    first.iso, first.precision, first.date_text = dv.iso(start, end), precision, dv.text(start, lang, end)
    first.sort_key, first.datetime, first.end_datetime = dv.sort_key(start), dv.html_datetime(start), dv.html_datetime(end)
    first.note, first.approximate = "", False     # (the span is printed from its ends, with no "c.")


def _own_words(article: Article) -> frozenset[str]:
    """The words of the title and the lead (case-folded): "the city" of an article
    whose lead calls its subject a city is that subject (`unnamed_kind`). The lead
    is the first chapter, or the first paragraph of an article without headings."""
    chapters = [ch for ch in article.chapters if ch.has_text()]
    lead = [p.text for p in chapters[0].all_paragraphs()] if len(chapters) > 1 else \
        [p.text for _, p in article.paragraphs()][:1]
    return frozenset(w.casefold() for w in WORDS_SAID_ALL.findall(" ".join([article.title, *lead])))


class _Told(NamedTuple):
    """One sentence of a paragraph as `_Reader.events` reads it."""
    text: str                           # the paragraph
    sentence: str
    s0: int                             # where the sentence starts in the paragraph
    dated: list[DateMention]            # its mentions that date events (periods joined)
    quiet: list[tuple[int, int]]        # its other date phrases (cut, dating nothing), in the sentence
    sure: str                           # whom its "he" means, or "" when unsure (`_sure`)
    told: str                           # what an opening "It" names (`Referents.subject`)


class _Reader:
    """Turns the dated mentions of one paragraph into events."""

    def __init__(self, article: Article) -> None:
        self.lang = article.lang
        self.article = article
        # id()s of entries printed although they are no clause (their sentence
        # too long to print instead): never key (`collect_events`). The entries are
        # kept with their ids: a dropped entry's id, freed, could be a new entry's.
        self.unfit: dict[int, TimelineEvent] = {}
        self.coordination = patterns(article.lang).coordination
        data = langdata.load(article.lang, "dates")
        self.fmt = data.get("format", {})
        words = data.get("words", {})
        self.skip = set(patterns(article.lang).months) | {
            w.casefold() for key in ("day_word", "month_word", "year_word") for w in words.get(key, [])}
        particles = alternation(langdata.load(article.lang, "timeline").get("name_particles", []))
        name = r"[A-Z\u00c0-\u024f][\w'’.-]*"
        # A name just before a bracket: "the Toronto Lawn Tennis Club (".
        self.name_before = LazyPattern(rf"((?:(?<=\s)(?i:the|a)\s+)?{name}(?:\s+(?:{particles}|{name}))*?)\s*$")
        when = langdata.load(article.lang, "timeline").get("when_connectors", [])
        self.when = re.compile(rf",\s*{alternation(when)}", re.I)
        self.hedges = [h.casefold() for h in langdata.load(article.lang, "timeline").get("score", {}).get("hedges", [])]
        # Words the article writes in lower case are not names when capitalised.
        # Each word as written and how often (the text's 20,000 words are a few thousand forms),
        # paragraph by paragraph: no word spans two, and most are scanned as ASCII (`wordscan`).
        written: Counter = Counter()
        for _, paragraph in article.paragraphs():
            written.update(TOKEN.found(paragraph.text))
        self.common = {t.casefold() for t in written if t[0].islower()}
        self.lex = language(article.lang)
        self.article_subject = article_subject(article)
        # "He"/"Ia" with nobody named before it is the article's subject: in a
        # life story, or when the title is a name as written ("Josef Stalin"; a
        # title made from a file name, "Budi utomo", says nothing of a person).
        title = article.title.split()
        named = bool(title) and title[-1][:1].isupper()
        self.life = bool(life_span(article))
        self.title = article.title
        self.lifespan_words = langdata.load(article.lang, "timeline").get("lifespan_words", [])
        # What the first sentence defines: its opening name, up to a bracket, a
        # comma or a copula (text.toml `copulas`: "Operasi Produk (bahasa Belanda: ...), ... adalah ...").
        verbs = alternation(langdata.load(article.lang, "text").get("copulas", []))
        self.defined = re.compile(rf"\s*([A-Z\u00c0-\u024f][^(),;:]*?)\s*(?:[(,;:]|{verbs})")
        self.pronoun = re.compile(rf"\s*{alternation(langdata.load(article.lang, 'timeline').get('pronouns', []))}\s",
                                  re.I)
        # "Serangan ini", "This attack": a noun pointing back (`lead_demonstrative`).
        self.demonstrative = re.compile(langdata.load(article.lang, "timeline").get("lead_demonstrative", "(?!x)x"))
        ends = langdata.load(article.lang, "timeline").get("list_lead_ends", [])
        self.list_end = LazyPattern(rf"{alternation(ends)}$", re.I)
        timeline = langdata.load(article.lang, "timeline")
        self.possessive_relatives = {w.casefold() for w in timeline.get("possessive_relatives", [])}
        self.person_relatives = {w.casefold() for w in timeline.get("person_relatives", [])}
        # "who" (a person, the subject of its clause), not "whom" nor "whose"
        self.subject_person_relatives = self.person_relatives & {w.casefold() for w in timeline.get("subject_relatives", [])}
        # A name before a lower-case noun modifies it only where modifiers come first.
        self.modifier_first = timeline.get("category_head") == "last"
        self.copulas = {c for cs in timeline.get("pronoun_copulas", {}).values() for c in cs}     # "Toronto is"
        self.possessive_form = timeline.get("possessive_form", "{name}")
        self.owner = owner_pattern(article.lang)
        # "Germany, which was unified": the relative clause that ends an entry
        # tells about the words just before it ("Germany was unified").
        verb = timeline.get("elliptic_verb", "(?!x)x").lstrip("^")
        self.relative_subject = LazyPattern(rf"(?:(?<=^)|(?<=, ))([^,]{{1,60}}), {alternation(timeline.get('subject_relatives', []))} (?={verb})")
        self.negation = re.compile(alternation(timeline.get("negations", [])), re.I)
        self.label_participles = {w.casefold() for w in timeline.get("label_participles", [])}
        self.label_copula = timeline.get("label_copula", "")
        # "He"/"His" opening a sentence: the story's subject, who a later "he" still is.
        self.story_opener = re.compile(rf"\s*{alternation(timeline.get('pronouns', []) + timeline.get('possessives', []))}\s",
                                       re.I)
        self.list_and = LazyPattern(rf"\s+{alternation(timeline.get('list_coordinators', []))}\s+", re.I)
        self.referents = self._referents(article, verbs)
        self.pronoun_word = re.compile(rf"(?<!\w){alternation(timeline.get('pronouns', []))}(?!\w)", re.I)
        self.pointers = {w.casefold() for w in timeline.get("score", {}).get("unresolved_openers", [])}
        self.name_articles = {w.casefold() for w in timeline.get("name_articles", [])}
        self.verb_forms = frozenset(w.casefold() for w in timeline.get("verb_forms", []))
        self.verb_endings = tuple(timeline.get("verb_endings", []))
        # ... and not when the first sentence files a titled subject as a thing:
        # "Toronto is the most populous city" ("He chose" is never Toronto).
        self.referent = self.article_subject if self.life or (named and self.person_titled) else ""
        self.genders = pronoun_genders(article.lang)
        self.referent_gender = most_used_gender(written, self.genders)
        # The possessives that may be the life's subject's: of its gender, or any where
        # the language's pronouns mark none ("his" is never a woman's).
        owned = timeline.get("possessives", [])
        self.owners = frozenset(w.casefold() for w in owned if self.genders.get(w.casefold(), self.referent_gender)
                                == self.referent_gender) if self.referent_gender or not self.genders else frozenset()

    def _referents(self, article: Article, verbs: str) -> Referents:
        """What "the city", "organisasi ini", "it" may name: the name the first
        sentence defines and the noun it files it under."""
        lead = next((p.text for _, p in article.paragraphs()), "")
        first = lead[slice(*sentence_spans(lead, abbreviations(self.lang))[0])] if lead.strip() else ""
        m = self.defined.match(first)
        name = m.group(1) if m and len(m.group(1).split()) <= MAX_DEFINED_WORDS else ""
        nouns = category(first, name, self.article_subject, re.compile(verbs, re.I), self.lang) if verbs else []
        self.person_titled = files_a_person(nouns[0] if nouns else "", first, self.lang)
        if nouns and not self.life:
            nouns += name_head(name, self.lang)     # "The tunnel" of "The Downtown Seattle Transit Tunnel"
        return Referents(self.lang, name, nouns, self.article_subject if self.life else "", self._known_person,
                         article.title)

    def events(self, chapter: Section, paragraph: Paragraph, mentions: list[DateMention]) -> list[TimelineEvent]:
        """The paragraph's dated events, sentence by sentence: each dated
        mention's text (`_entries`), made fit to print alone or left out
        (`_fitted`); after each sentence, whom the next one's "he" means
        (`_next_subject`)."""
        out: list[TimelineEvent] = []
        text = paragraph.text
        subject = self.referent
        told = ""           # what an opening "It" of the next sentence names (`Referents.subject`)
        before = ""         # the sentence before, where another person may be named (`_sure`)
        chained = ""        # ... the pronoun it opened with, meaning the subject: "He also ..." still does
        last = max((m.start for m in mentions), default=-1)
        for s0, s1 in _sentences(text, self.lang):
            if last < s0:
                # No date from here on: who the rest of the paragraph is about
                # (`_subject`, a condensed copy of each sentence) would date nothing.
                break
            sentence = text[s0:s1]
            inside = [m for m in mentions if s0 <= m.start < s1]
            dated = _periods_joined(_refined(inside), text, self.coordination)
            # Whom this sentence's "he" means, or "" when it may mean someone else:
            # the pronoun then stays (a wrong name is worse than a pronoun). Asked
            # only of a sentence that gives entries or opens with "he" (`_chained`).
            opening = self.pronoun.match(sentence)
            sure = self._sure(before, sentence, subject, chained) if dated or opening else subject
            chained = opening.group().strip().casefold() if subject and opening and sure == subject else ""
            before = sentence
            quiet = [(m.phrase_start - s0, m.end - s0) for m in inside
                     if not any(d.phrase_start <= m.phrase_start and m.end <= d.end for d in dated)]
            here = _Told(text, sentence, s0, dated, quiet, sure, told)
            entries = self._entries(here)
            apart = self._told_apart(text, entries)
            for mention, entry, mixed in entries:
                if mention.planned:
                    continue        # a plan's or a target's date: nothing happened then
                fitted = self._fitted(here, mention, entry, mixed or id(mention) in apart, subject)
                if fitted is None:
                    continue
                mention, entry, unfit = fitted
                out.append(self._event(mention, entry, sentence, chapter, paragraph))
                if unfit:
                    self.unfit[id(out[-1])] = out[-1]
            if last < s1:
                break           # (as above: no later sentence has a date to read it for)
            told = self.referents.subject(sentence, told)
            subject = self._next_subject(sentence, s0, inside, subject)
        return out

    def _entries(self, here: "_Told") -> list[tuple[DateMention, str, bool]]:
        """Each dated mention of the sentence with its text (`_entry`), its
        pronouns named where sure, and whether another event's date was cut
        out of it."""
        entries = []
        for mention in here.dated:
            entry, mixed = self._entry(here.sentence, here.s0, mention, here.dated, here.sure, here.quiet)
            if self.life and here.sure and here.sure == self.referent:
                # "His" is the life story's subject only while nobody else is being told about.
                entry = name_inner_possessive(name_possessive(entry, here.sure, self.lang), here.sure, self.lang,
                                              self.owners)
            entry = self.referents.name_pronoun(self.referents.name_category(entry, here.text[:here.s0]),
                                                here.sentence, here.told)
            entries.append((mention, entry, mixed))
        return entries

    def _fitted(self, here: "_Told", mention: DateMention, entry: str, mixed: bool,
                subject: str) -> tuple[DateMention, str, bool] | None:
        """The entry made fit to print alone: the sentence as written where the
        cut text is unsure (`_as_written`), the clause that holds the date
        where the cut one is another's, a side clause told alone; None where
        the date is another clause's and the sentence cannot say it. With the
        mention (a "when" clause's end date becomes a point) and whether the
        entry is held as unfit (`dated_events`)."""
        sentence, s0, told, sure = here.sentence, here.s0, here.told, here.sure
        mention, entry, unsure = self._as_written(here, mention, entry, mixed, subject)
        span = (mention.phrase_start - s0, mention.end - s0)
        entry = list_head(entry, sentence, self.lang)     # (a list's last item told with the list)
        why = broken(entry, sentence, self.lang, span)
        main = main_after_cut(entry, sentence, span, self.lang) if why == "subordinator cut" else ""
        if main:
            entry = main        # the date is the main clause's: that clause alone
        elif (foreign := entry != self._apposition(sentence, *span)
              and foreign_date(sentence, span, entry, self.lang)) or why:
            # The date is another clause's than the one printed, or what is printed
            # is no clause: the sentence as written tells each date with its own
            # words. Else a misdated entry is left out; one that is no clause is
            # held (`dated_events`: its sentence printed whole when it can be, else left out).
            plain = self.referents.name_pronoun(self._plain(sentence, entry, sure), sentence, told)
            if plain and not unreadable(plain, self.lang):
                entry, why = plain, ""
            elif foreign:
                return None
        if side_clause_date(sentence, span, entry, self.lang):
            # The date of a bracket or a relative clause, printed with the clause it
            # hangs on: a person's relative clause is told alone, else the entry goes.
            entry = self._side_clause(sentence, span, [(m.phrase_start - s0, m.end - s0) for m in here.dated],
                                      here.quiet)
            if not entry or unreadable(entry, self.lang):
                return None
            why, main, unsure = "", "", False     # a clause of its own, told as written
        elif earlier_clause_date(sentence, span, entry, self.lang):
            return None    # the date is an earlier event's, told in a clause of the printed one
        entry = self.referents.name_couple(entry, sentence, here.text[:s0])
        entry = self.referents.name_kind(entry, sentence, here.text[:s0])
        entry = self.referents.name_group(entry, here.text[:s0])
        return mention, entry, bool((why and not main) or unsure)

    def _as_written(self, here: "_Told", mention: DateMention, entry: str, mixed: bool,
                    subject: str) -> tuple[DateMention, str, bool]:
        """The sentence as written (`_plain`) where the cut entry is unsure:
        a "when" clause after an end date, another date cut out of the clause
        (`mixed`), no verb left, a "he" that may mean someone else. With the
        mention and whether the text is still unsure (no plain sentence)."""
        sentence, sure, told = here.sentence, here.sure, here.told
        if mention.role == "end" and self.when.match(sentence, mention.end - here.s0):
            # "... under Mercedes-Benz until 2013, when the production stopped": what
            # the "when" clause tells happened then, dated 2013 (not "until 2013"); the
            # sentence as written tells it (cut, "division, when ..." dangled: fresh-9).
            plain = self._plain(sentence, entry, sure)
            if plain:
                mention, entry, mixed = replace(mention, role="point"), plain, False
        if mixed or self._verbless(entry):
            # Another date cut out of this clause, one text for two dates, or a
            # cut that left no verb ("The introduction of the steam pump by
            # Savery"): the sentence as written tells each date with its own words.
            plain = self._plain(sentence, entry, sure)
            entry = self.referents.name_pronoun(self.referents.name_category(plain, here.text[:here.s0]),
                                                sentence, told) or entry
            unsure = not plain
        else:
            unsure = False
        if subject and not sure and opens_with_pronoun(entry, self.lang):
            # "he" may mean someone this sentence names ("Booth was tracked ...,
            # and refusing to surrender, he was shot"): the sentence as written says whom.
            entry = self._plain(sentence, entry, "") or entry
        return mention, entry, unsure

    def _next_subject(self, sentence: str, s0: int, inside: list[DateMention], subject: str) -> str:
        """Whom a "he" of the next sentence means, after this one: the person
        it opens with, or its story's subject doing something, else ""
        (unsure); the article's subject again after a sentence about someone
        unnamed that holds no "he"."""
        named = self._subject(sentence, s0, inside)
        # "ACE ... In late 1947 he returned": an acronym names a thing, not whom "he" means.
        if named and not (named.isupper() and len(named) > 1):
            # A noun opening the sentence ("Ketegangan ...", "Authorization for such a
            # promotion ...") or a title ("Prof. Dr. K. Fellinger") tells of something or
            # someone unnamed: whom a "he"/"his" that follows means is unsure.
            # A word that is no person ("French chemists ...", "Warsaw was ...") is not
            # whom a later "he" means either: unsure.
            subject = named if self._a_name(named) and not _abbreviated(named, sentence) \
                and self._person(named) and not self._piece_of_name(named, sentence) else ""
            # ... unless a clause of it opens with the story's subject and its verb
            # ("Nevertheless, McClintock continued ..."): a next "She" is that subject.
            subject = subject or self._story_doer(sentence)
        elif not self.pronoun_word.search(sentence):
            # A sentence about someone unnamed and not "he" ("Ketua pertama Budi
            # Utomo yakni Raden ...") ends what the last name told: "Dia" is not that name.
            subject = self.referent
        return subject

    def _sure(self, before: str, sentence: str, subject: str, chained: str = "") -> str:
        """The subject, when the sentence's "he"/"ia" surely means it; else "".
        Not sure: a pronoun of the other gender than the text gives the article's
        subject ("She died" after "Lincoln's first romantic interest was Ann
        Rutledge"; text.toml `pronoun_genders`, none in a language whose pronouns mark
        none), or another person named after the subject's last mention, in
        the sentence before or in this one before the pronoun: a full name
        that opens with a given name or that the name analysis files as a person
        (only against the article's subject), or
        a name opening a clause of this sentence with its verb ("Booth was
        tracked ..., and refusing to surrender, he was shot"). Sure: a sentence
        that opens with the pronoun the sentence before opened with, meaning the
        subject (`chained`): "He often performed ... with Muzio Clementi ... He
        also prospered as a composer" is still about him. The story's subject
        instead of another person: when it opens a clause after that person's last
        mention (`_story_subject_after`)."""
        pronoun = self.pronoun_word.search(sentence)
        if not subject or not pronoun:
            return subject
        gender = self.genders.get(pronoun.group().casefold())
        if gender and self.referent_gender and subject == self.referent and gender != self.referent_gender:
            return ""
        opening = self.pronoun.match(sentence)
        if chained and opening and opening.group().strip().casefold() == chained:
            return subject      # "He often performed ... with Muzio Clementi ... He also prospered": still him
        text = f"{before} {sentence[:pronoun.start()]}"
        last = max((text.rfind(w) + len(w) for w in subject.split() if w in text), default=0)
        if self._story_subject_after(text, last, subject, gender):
            return self.referent
        # The subject opening the sentence before ("Virginia took the name Maria Celeste.
        # She died"; "Stalin menikahi Kato Svanidze ... ia") outweighs a full name after it.
        opened = self._doer(before)
        fresh = bool(opened) and (opened in subject or subject in opened)
        names = text[last:] if subject == self.referent and not fresh else ""
        return "" if self._someone(names, sentence[:pronoun.start()], subject) else subject

    def _story_doer(self, sentence: str) -> str:
        """The life story's subject when it is the first name of the sentence
        to open a clause with its verb (`_doer`), else ""."""
        doer = self._doer(sentence) if self.life and self.referent else ""
        return self.referent if doer and (doer == self.referent or doer in self.referent.split()) else ""

    def _story_subject_after(self, text: str, last: int, subject: str, gender: str | None) -> bool:
        """Does the life story's subject open a clause with its verb after `subject`'s
        last mention in `text` (from `last`), the pronoun being of the story subject's
        gender? "Vasari, who lived in Florence ..., says that Botticelli died ... He
        died in May 1510": the clause's subject is whom "he" means, not the name
        that opened the sentence. Only a verb right after the name counts: "engines
        for Boulton and Watt ... he had started", "Mozart's junior ... he" keep the
        name before."""
        if not (self.life and subject != self.referent and gender and gender == self.referent_gender):
            return False
        name = re.compile(rf"(?<![\w'’-]){re.escape(self.referent)}(?![\w'’-])")
        return any(elliptic(text[m.end():].lstrip(), self.lang) for m in name.finditer(text, last))

    def _someone(self, text: str, clause_text: str, subject: str) -> bool:
        """Does `text` name a person in full (a given name first: "Ann Rutledge"; or
        a run of names the name analysis files as a person: "Noble David Cook"),
        or `clause_text` open a clause with a name and its verb, other than `subject`?"""
        if any(self._a_person(m.group(1)) and m.group(1) not in subject for m in PERSON_PAIR.finditer(text)):
            return True
        if any(self._known_person(m.group()) and not set(m.group().split()) & set(subject.split())
               and not self._after_article(text, m.start()) for m in NAME_RUN.finditer(text)):
            return True
        opener = self._doer(clause_text)
        other = not subject or (opener not in subject and subject not in opener)
        return bool(opener) and other and self._a_name(opener)

    def _after_article(self, text: str, at: int) -> bool:
        """Does an article (`name_articles`) stand right before the name at `at`? "the
        École Normale Supérieure" is a place or a body, whatever the name analysis says."""
        words = text[:at].split()
        return bool(words) and words[-1].casefold() in self.name_articles

    def _known_person(self, name: str) -> bool:
        """Does the article's name analysis file `name` as a person (`pack.text.kinds`)?"""
        return self._kind(name) == "person"

    def _kind(self, name: str) -> str:
        """What the article's name analysis files `name` as (`pack.text.kinds`; made
        before the timeline's process forks: `extract.run`)."""
        return self._kinds.of(tuple(t.key for t in tokenize(name, self.lang)))

    @cached_property
    def _kinds(self):
        """The article's name analysis, looked up once: `analyse` keys its
        analyses by the article's whole text, and a reader asks about hundreds of names."""
        return analyse(self.article).kinds

    def _a_person(self, name: str) -> bool:
        """ "Ann Rutledge": a given name, then a surname, neither a word the article
        or the language's lexicon writes in lower case ("On February", "Royal
        Society", "Bell Labs"; `wordclass`, none known in a language without one)."""
        first, last = (w.casefold() for w in name.split())
        return (first in first_names() and first not in self.common and not self.lex.is_function(first)
                and not classes(first, self.lang) and last not in self.common and not classes(last, self.lang))

    def _doer(self, text: str) -> str:
        """The first name in the text that opens a clause or a comma's part and
        has its verb after it ("Two weeks later, Booth was tracked": Booth)."""
        for part in re.finditer(r"(?:^|(?<=,))[^,]+", text):
            name = subject_of(part.group(), self.lang, self.skip, self.common)
            rest = part.group()[part.group().find(name) + len(name):].lstrip() if name else ""
            if name and elliptic(rest, self.lang):
                return name
        return ""

    def name_lead_subject(self, event: TimelineEvent, lead: Paragraph) -> TimelineEvent:
        """ "Operasi Produk ... adalah serangan militer Belanda ... Serangan ini
        terjadi antara 21 Juli dan 4 Agustus 1947": in the article's first
        paragraph, "this attack" is what its first sentence is about; the
        entry names it ("Operasi Produk terjadi")."""
        event = self._name_lead_relative(event, lead)
        m = self.demonstrative.match(event.text)
        if not m or event.sentence == lead.text[:len(event.sentence)]:
            return event
        name = self.defined.match(lead.text)
        if name and len(name.group(1).split()) <= MAX_DEFINED_WORDS:
            event.text = name.group(1) + event.text[m.end():]
        return event

    def _name_lead_relative(self, event: TimelineEvent, lead: Paragraph) -> TimelineEvent:
        """ "James Watt (...) was a Scottish inventor, mechanical engineer, and
        chemist who improved on Thomas Newcomen's 1712 Newcomen steam engine ... in
        1776": the article's first sentence files a life story's subject under a noun
        and tells, in a person's relative clause, what he did; the entry
        ("Chemist who improved ...") names him ("Watt improved ...")."""
        m = LEAD_RELATIVE.match(event.text)
        if not (m and self.life and self.article_subject and m.group(2).casefold() in self.subject_person_relatives
                and event.sentence == lead.text[:len(event.sentence)]
                and f" {m.group(1).casefold()} {m.group(2)} " in event.sentence):
            return event
        event.text = f"{self.article_subject} {event.text[m.end():]}"
        return event

    def lead_in(self, event: TimelineEvent) -> bool:
        """ "As of August 2013, the longest ongoing eruptive phases are:": the
        sentence introduces a list and the entry ends where it does, with a
        word that announces the items (`list_lead_ends`)."""
        if not event.sentence.rstrip().endswith(":"):
            return False
        return bool(self.list_end.search(event.text.rstrip(" :")))

    def lifespan(self, chapter: Section, paragraph: Paragraph, mentions: list[DateMention]) -> list[TimelineEvent]:
        """ "Alan Mathison Turing (23 June 1912 – 7 June 1954) was ...": the span in
        brackets after the subject's name in the article's first sentence is
        its birth and death (`lifespan_words`)."""
        words = self.lifespan_words
        if not self.article_subject or len(words) != 2:
            return []
        s0, s1 = sentence_spans(paragraph.text, abbreviations(self.lang))[0]
        sentence = paragraph.text[s0:s1]
        for m in mentions:
            # "(...; c. 1831 – December 15, 1890)": the hedge before it reads as a point's role word.
            closes = m.role == "point" and paragraph.text[m.end:].lstrip().startswith(")")
            if not (s0 <= m.start < s1 and m.aside and m.end_value and (m.role == "attribute" or closes)
                    and self.article_subject in paragraph.text[s0:m.start]):
                continue
            born, died = m.value.first_year(), m.end_value.first_year()
            if m.value.precision not in ("day", "year") or not born or not died or not 0 < died - born <= 120:
                return []
            # The hedge before the span ("c. 1831 – December 15, 1890") is the birth's alone.
            death = replace(m.end_value, approximate=False) if closes else m.end_value
            return [self._event(DateMention(m.start, m.end, m.start, m.written, "point", value),
                                f"{self.title} {word}", sentence, chapter, paragraph)
                    for value, word in ((m.value, words[0]), (death, words[1]))]
        return []

    def _subject(self, sentence: str, s0: int, inside: list[DateMention]) -> str:
        """Who the sentence is about: its opening name, or the article's subject
        when the sentence reports an opinion about it ("Service berpendapat bahwa Stalin ...")."""
        low = sentence.casefold()
        if self.article_subject and self.article_subject.casefold() in low and any(h in low for h in self.hedges):
            return self.article_subject
        # The whole sentence: "Meskipun Stalin ..., ia ..." is about Stalin.
        bare = condense(sentence, [(m.phrase_start - s0, m.end - s0) for m in inside if m.role != "subject"],
                        self.lang, main_clause=False)
        return subject_of(bare, self.lang, self.skip, self.common)

    def _entry(self, sentence: str, s0: int, mention: DateMention, inside: list[DateMention], subject: str,
               quiet: list[tuple[int, int]]) -> tuple[str, bool]:
        """The event's text: its clause with the date phrases cut out. `quiet`
        are date phrases that are cut too but date no event of their own. With
        it, whether another event's date (not one joined to this by "and") was
        cut out of the clause: the text is then unsure (`_plain`)."""
        # A date in the sentence's subject ("Panen tahun 1932 ...") stays in the text.
        own = [(m.phrase_start - s0, m.end - s0) for m in inside if m.role != "subject"]
        mine = _joined_dates(sentence, (mention.phrase_start - s0, mention.end - s0), own, self.lang)
        others = [c for c in own if c not in mine]      # dates of other events, not joined to this one
        if mention.role == "end" and self._denied(sentence, mention.phrase_start - s0):
            # "didn't grow a beard until 1860" stays whole, with the dates joined to it
            # ("until the late 19th and 20th centuries").
            own = others
        aside = _bracket(sentence, mention.start - s0) if mention.aside else None
        label = self._label(sentence, mention.start - s0, mention.end - s0, own) if mention.aside and not aside else ""
        label = label or self._apposition(sentence, mention.phrase_start - s0, mention.end - s0)
        if label:
            return label, False
        if aside:
            return self._bracket_entry(sentence, s0, mention, aside, own, subject), False
        return self._clause_entry(sentence, s0, mention, inside, subject, quiet, own, others)

    def _bracket_entry(self, sentence: str, s0: int, mention: DateMention, aside: tuple[int, int],
                       own: list[tuple[int, int]], subject: str) -> str:
        """ "(although Redi had performed an experiment in 1668 ...)": the
        bracket's own clause is the event, not the sentence around it."""
        lo, hi = aside[0] + 1, aside[1]
        # "(lahir 12 Agustus 1902 – wafat 14 Maret 1980)": the part of the bracket with this date.
        part = clause(sentence[lo:hi], mention.start - s0 - lo, mention.end - s0 - lo, self.lang)
        lo, hi = lo + part[0], lo + part[1]
        lo, hi = _own_part(sentence, lo, hi, mention.start - s0, own)
        cuts = [(x - lo, y - lo) for x, y in own if lo <= x and y <= hi]
        entry = condense(sentence[lo:hi], cuts, self.lang, subject)
        name = self.name_before.search(sentence, 0, aside[0])
        if name and len(entry.split()) < MIN_ENTRY_WORDS:
            entry = f"{name.group(1)} {entry}"     # "Mohammad Hatta lahir"
        elif relative(entry, self.lang):
            entry = self._antecedent(sentence, entry)
        return _capital(entry)

    def _clause_entry(self, sentence: str, s0: int, mention: DateMention, inside: list[DateMention], subject: str,
                      quiet: list[tuple[int, int]], own: list[tuple[int, int]],
                      others: list[tuple[int, int]]) -> tuple[str, bool]:
        """The text of the clause that holds the date, its date phrases cut
        (`own`: this event's and the dates joined to it): an opening or inner
        subordinate clause's own where the date is theirs, else the clause
        with the subject it left out (`_left_out`, the clause before), made
        whole where still a fragment (`_finished`)."""
        # Another date's bracketed aside is no part of this event: cut it whole.
        brackets = {b for m in inside if m is not mention and m.aside
                    and (b := _bracket(sentence, m.start - s0) or _life_label(sentence, m, s0))
                    and not b[0] < mention.start - s0 < b[1]}
        own = [(x, y) for x, y in own if not any(a <= x < b for a, b in brackets)]
        own += [(a, min(b + 1, len(sentence))) for a, b in brackets]
        lo, hi = self._piece(sentence, mention.start - s0, own)
        own += quiet
        hi = self._with_when(sentence, mention.end - s0, hi)
        cuts = lambda a, b: [(x - a, y - a) for x, y in own if a <= x and y <= b]  # noqa: E731
        inner = inner_subordinate(sentence[lo:hi], mention.phrase_start - s0 - lo, cuts(lo, hi), self.lang)
        ends = relative_end(sentence[lo:hi], mention.end - s0 - lo, self.lang)
        hi = lo + ends if ends is not None else hi      # "..., which was fought ... in 1832, he saw ...": to its comma
        subordinate = self._subordinate_entry(sentence, s0, mention, (lo, hi), inner, cuts, subject)
        if subordinate:
            return _capital(subordinate), False
        entry = condense(sentence[lo:hi], cuts(lo, hi), self.lang)
        bounds = [b for b in clause_bounds(sentence, self.lang) if b < lo]
        own_subject = ""
        if bounds and (len(entry.split()) < MIN_ENTRY_WORDS or elliptic(entry, self.lang)
                       or relative(entry, self.lang)):
            # "..., dan kemudian tiba di sana pada Februari 1909": the clause has no
            # subject of its own ("..., which they in fact did in May 1940": it
            # tells about the clause before), so take the clause before it too,
            # unless that clause carries another date or the clause only left out
            # a subject that is sure (`_left_out`).
            own_subject = self._left_out(sentence, s0, lo, entry, subject)
            if not own_subject and not any(bounds[-1] <= x < lo for x, _ in own):
                lo = bounds[-1]
        own_subject = own_subject or (self._subject(sentence[:lo], s0, []) if lo else "")
        date = (mention.phrase_start - s0 - lo, mention.end - s0 - lo)
        # The clause before names whom this clause's "he" means, when that is a person.
        namer = (own_subject if self._person(own_subject) else "") if own_subject else subject
        entry = condense(sentence[lo:hi], cuts(lo, hi), self.lang, namer, date=date)
        if own_subject and elliptic(entry, self.lang):
            if self._modifies_next(sentence, own_subject):
                # "French traders founded ..., but abandoned it in 1759": "French"
                # is not who abandoned it; the sentence as written tells it.
                return _capital(entry), True
            entry = f"{own_subject} {entry}"
        elif relative(entry, self.lang):
            entry = self._antecedent(sentence, entry)
        return self._finished(sentence, entry, lo, ends, inside, own, others, subject)

    def _subordinate_entry(self, sentence: str, s0: int, mention: DateMention, piece: tuple[int, int],
                           inner: int | None, cuts, subject: str) -> str:
        """The text of a subordinate clause of the sentence's `piece` whose
        event the date is (`inner`: where an inner one opens), long enough to
        tell it alone; else "". `cuts(a, b)`: the date phrases to cut there."""
        lo, hi = piece
        body = opening_subordinate(sentence[lo:hi], (mention.phrase_start - s0 - lo, mention.end - s0 - lo), self.lang)
        if body is not None:
            # "Although Engels wrote in the 1840s, his book was not translated
            # ... until the late 1800s": the date is the opening clause's event.
            a, b = lo + body[0], lo + body[1]
            entry = condense(sentence[a:b], cuts(a, b), self.lang, subject, main_clause=False)
            if len(entry.split()) >= MIN_VERB_WORDS:
                return entry
        who = self._inner_subject(sentence, s0, lo, lo + inner, subject) if inner is not None else None
        if who is not None:
            # "X ... before he took office in March 1861": the date is the
            # subordinate clause's, so that clause is the event, never X.
            entry = condense(sentence[lo + inner:hi], cuts(lo + inner, hi), self.lang, who, main_clause=False)
            if len(entry.split()) >= MIN_CLAUSE_WORDS:
                return entry
        return ""

    def _finished(self, sentence: str, entry: str, lo: int, ends: int | None, inside: list[DateMention],
                  own: list[tuple[int, int]], others: list[tuple[int, int]], subject: str) -> tuple[str, bool]:
        """A clause's text (from `lo` of the sentence; `ends`: cut at a relative
        clause's end) told whole where it is still a fragment or its opening
        "it" means the clause before; with whether another event's date was
        cut out of it."""
        if len(entry.split()) < MIN_ENTRY_WORDS and not (len(inside) > 1 and self._told(entry)):
            # Still only a fragment ("dan yang ketiga"): the whole sentence, dates cut.
            entry = condense(sentence, own, self.lang, subject)
        elif lo and len(inside) == 1 and self._points_back(entry) and not self._points_back(sentence.strip()):
            # "The government indicated it would support the bill, and it passed
            # its third reading": the later clause's "it" is named in the clause
            # before, so the sentence is told whole (its one date cut).
            whole = condense(sentence, own, self.lang, subject, main_clause=False)
            # Only when the whole still tells this clause, uncut: a sentence cut
            # for length may end before it (the date would be another clause's).
            rest = " ".join(entry.split()[1:]).casefold()
            entry = whole if whole.casefold().endswith(rest) else entry
        if ends is not None:
            entry = self.relative_subject.sub(r"\1 ", entry, count=1)
        mixed = any(_cut_inside(sentence, span, entry) for span in others if span in own)
        return _capital(self._no_comma_after_name(entry)), mixed

    def _verbless(self, entry: str) -> bool:
        """Has the entry no word that may be a finite verb (`verb_forms`, or a
        word ending as one may: `verb_endings`)? Lenient on purpose: a plural
        noun counts as a verb, so only a plain noun phrase is verbless. A
        language without `verb_forms` never says so."""
        if not self.verb_forms:
            return False
        return not any(w.casefold() in self.verb_forms or
                       (len(w) > VERB_ENDING_MIN and w.casefold().endswith(self.verb_endings))
                       for w in TOKEN.findall(entry))

    def _modifies_next(self, sentence: str, name: str) -> bool:
        """Is the name only a modifier of the lower-case noun right after it
        ("French traders", "British government"), or its owner ("Lincoln's son")?
        Only where a modifier stands before its noun (`category_head` "last"); a verb or an adverb of
        `leading_drop` after the name ("Galileo then moved") leaves it the subject."""
        if not self.modifier_first:
            return False
        at = sentence.find(name)
        nxt = sentence[at + len(name):].lstrip() if at >= 0 else ""
        if nxt.startswith(possessive_endings(self.lang)):
            return True     # "Lincoln's third son, Willie, ... and died": the son died
        word = nxt.split()[0] if nxt.split() else ""
        return (word[:1].islower() and word.isalpha() and word not in self.copulas
                and not elliptic(nxt, self.lang) and not leading_word(word, self.lang))

    def _told_apart(self, text: str, entries: list[tuple[DateMention, str, bool]]) -> set[int]:
        """The ids of the mentions whose entry is also another date's, when the
        two dates are not joined by "and" ("pada Desember 1926 dan Desember 1927"
        share their text; "by 1729, when ... to Hungary in 1722" do not)."""
        apart: set[int] = set()
        for (a, text_a, _), (b, text_b, _) in combinations(sorted(entries, key=lambda e: e[0].start), 2):
            if text_a == text_b and not coordinated(text, a.end, b.phrase_start, self.lang):
                apart |= {id(a), id(b)}
        return apart

    def _plain(self, sentence: str, entry: str, subject: str) -> str:
        """The sentence as written, dates and all, for an entry whose cut is
        unsure; "" when it is longer than `PLAIN_MAX_WORDS` or has a "he"/"ia"
        the entry did not name with the story's subject already."""
        text = without_marks(sentence, self.lang).strip()
        if text.startswith("(") and text.endswith((")", ").")) and text.count("(") == 1:
            text = text[1:].rstrip(".").rstrip(")")      # "(Until the 2006 municipal election, ...)": a remark, all of it
        text = text.rstrip(".;: ")
        if len(text.split()) > PLAIN_MAX_WORDS:
            return ""
        pronoun = self.pronoun_word.search(text)
        if pronoun and not subject and self._someone(text[:pronoun.start()], text[:pronoun.start()], subject):
            return _capital(text)       # "... oleh Nikita Khrushchev berakhir setelah ia ...": as written
        if pronoun and not (subject and subject in text[:pronoun.start()]):
            # "Pada November 1901, ia terpilih": the name the entry put in, or nothing.
            if not (subject and entry.startswith(subject)):
                return ""
            text = text[:pronoun.start()] + subject + text[pronoun.end():]
        return _capital(text)

    def _denied(self, sentence: str, date_start: int) -> bool:
        """Is the clause before a date denied ("he didn't grow a beard until
        1860", "tidak banyak bantuan ... hingga akhir tahun 1942")?"""
        lo = clause(sentence, date_start, date_start + 1, self.lang)[0]
        return bool(self.negation.search(sentence, lo, date_start))

    def _inner_subject(self, sentence: str, s0: int, lo: int, inner: int, subject: str) -> str | None:
        """Whom a "he" opening the subordinate clause at `inner` means: the
        name the main clause opens with, before its verb ("Bennett won wide attention when he
        called ..."; "His observations were confirmed ... when he visited": the
        story's subject), else the story's subject, unless the main clause names
        another person in full ("... yang dicanangkan oleh Nikita Khrushchev
        berakhir setelah ia digantikan") or as an owner ("a forgery made at
        Napoleon's command when he started ..."): then None, who is unsure."""
        if not self.pronoun.match(sentence[inner - 1:]):
            return subject
        main = sentence[lo:inner]
        opener = self._subject(main, s0, [])
        at = main.find(opener) + len(opener) if opener else -1
        if opener and not elliptic(main[at:].lstrip(), self.lang):
            opener = ""                 # "Proses de-Stalinisasi ...": a name only when its verb follows
        if opener and not self._person(opener):
            return ""                   # "Warsaw fell when he ...": "he" is someone unnamed here
        if opener or (not lo and self.story_opener.match(main)):
            return opener or subject
        names = [n for n in FULL_NAME.findall(main) + self.owner.findall(main)
                 if n.casefold() not in self.common and n != subject and n not in subject.split()]
        return None if names else subject

    def _person(self, name: str) -> bool:
        """May "he"/"ia" stand for `name`? The story's subject, or a person of the
        article's name analysis (`pack.text.kinds`); else a name it files as no
        place and that is no word of the lexicon ("Realising", `wordclass`) nor a
        country or people's name ("French", `places`). Never "Warsaw" of "born in
        Warsaw": a wrong name is worse than the pronoun."""
        words = name.split()
        if not words:
            return False
        if self.referent and (set(words) <= set(self.referent.split()) or self.referent in name):
            return True
        kind = self._kind(name)
        if kind in ("person", "subject"):
            return True
        first = words[0].casefold()
        return kind != "place" and not classes(first, self.lang) and first not in place_names(self.lang)

    def _piece_of_name(self, name: str, sentence: str) -> bool:
        """Is `name` the head of a longer name in its sentence ("Franklin" of "Franklin
        Medal of the American Philosophical Society (1921)She received ..."), one the
        article's name analysis never filed alone? Then no "she" means it. (A name
        that shares a word with the article's title is its subject's: "Marie
        Skłodowska Curie".)"""
        if tuple(t.key for t in tokenize(name, self.lang)) in self._kinds.kind \
                or set(name.split()) & set(self.article.title.split()):
            return False
        return stands_before_capital(sentence, name)

    def _a_name(self, named: str) -> bool:
        """Is a sentence's opening name someone: its first word no common noun, one the
        article writes in lower case or one built as the language builds nouns
        ("Ketegangan ...", "Kesehatan Soekarno": Soekarno's health)?"""
        first = named.split()[0]
        return first.casefold() not in self.common and not common_noun(first.casefold(), self.lex)

    def _antecedent(self, sentence: str, entry: str) -> str:
        """ "Matthew Boulton (whose Soho Manufactory was completed in 1766)" ->
        "Matthew Boulton's Soho Manufactory was completed": a relative clause
        about a person that stays alone (the clause before has a date of its
        own, or it is a bracket) opens with the name just before it. Only
        for a person's relative word (`person_relatives`): a thing's name may
        reach further back than its capitals ("the Letter to the Grand
        Duchess Christina, which")."""
        word, _, rest = entry.partition(" ")
        if word.casefold() not in self.person_relatives:
            return entry        # "the Letter to the Grand Duchess Christina, which": whose name ends where?
        at = sentence.casefold().find(" ".join(entry.split()[:3]).casefold())
        name = self.name_before.search(sentence[:at].rstrip(" ,(")) if at > 0 else None
        if not name or not rest:
            return entry
        if word.casefold() in self.possessive_relatives:
            # "Josiah Wedgwood and Matthew Boulton (whose ...)": the last of them owns it.
            owner = self.list_and.split(name.group(1))[-1]
            return f"{self.possessive_form.format(name=owner)} {rest}"
        return f"{name.group(1)} {rest}"

    def _side_clause(self, sentence: str, span: tuple[int, int], dated: list[tuple[int, int]],
                     quiet: list[tuple[int, int]]) -> str:
        """The relative clause that holds the date at `span` told alone, its date cut,
        opening with the person it tells about ("..., who died aged twenty-two in
        1476, but ..." -> "Simonetta Vespucci died aged twenty-two", `_antecedent`);
        "" when the date is in no relative clause, whom it tells about is not named
        just before it, or the clause tells another event's date too (`dated`: "who
        preached in Florence from 1490 until his execution in 1498" would be told
        under each date for a part)."""
        found = side_relative(sentence, span, self.lang)
        if not found or any(found[0] <= x < found[1] for x, _ in dated if (x, _) != span):
            return ""
        lo, hi = found
        cuts = [(x - lo, y - lo) for x, y in [span, *quiet] if lo <= x and y <= hi]
        entry = self._antecedent(sentence, condense(sentence[lo:hi], cuts, self.lang, main_clause=False))
        if relative(entry, self.lang) or len(entry.split()) < MIN_ENTRY_WORDS:
            return ""
        return _capital(entry)

    def _told(self, entry: str) -> bool:
        """Does a short entry say something on its own: a name and what it did
        ("Yezhov dihukum mati", "Stalin meninggalkan Batumi"; a verb alone may
        want its object: "Stalin menyunting")? Asked when the sentence's other
        date has the rest of it: "Yezhov ditangkap pada April 1939 dan dihukum
        mati pada tahun 1940"."""
        name = subject_of(entry, self.lang, self.skip, self.common)
        rest = entry[len(name):].strip() if name and entry.startswith(name) else ""
        return len(rest.split()) >= MIN_VERB_WORDS and elliptic(rest, self.lang)

    def _points_back(self, text: str) -> bool:
        """Does the text open with a word that points back ("it", "they",
        "Rencana tersebut": `unresolved_openers` among its first two words)?
        Asked of a clause and of its whole sentence, to tell whether the "it"
        was named in the clause before; the same shape as the glossary's
        context check (`glossary.context._points_back`), with the timeline's
        own list; `readable.opens_with_pointer` reads that list for the
        printed entry, where an expletive ("It was only when ...") is fine,
        and here any "it" counts: it asks where the clause's subject was named."""
        return any(w.casefold() in self.pointers for w in TOKEN.findall(text)[:2])

    def _no_comma_after_name(self, entry: str) -> str:
        """ "Galileo, in the following year, made a telescope" lost its date and
        kept a comma between the name and its verb: "Galileo made a telescope"."""
        m = NAME_COMMA.match(entry)
        rest = entry[m.end():] if m else ""
        # the verb right after the comma, not an apposition closed by a second comma
        if m and elliptic(rest, self.lang) and "," not in rest[:APPOSITION_CHARS] \
                and not any(w.casefold() in self.common for w in m.group(1).split()):
            return m.group(1) + " " + entry[m.end():]
        return entry

    def _left_out(self, sentence: str, s0: int, lo: int, entry: str, subject: str) -> str:
        """Whom a clause that only left out its subject is about, when that is
        sure, so that the clause before (which tells something else) can stay
        out: the article's subject opening the sentence ("Darwin remained close
        friends with the vicar ..., but from around 1849 would go for a walk"),
        or the person just named when the sentence opens with "He" ("He had
        learned ... and defied laws ... by leaving for New York in 1789")."""
        if not elliptic(entry, self.lang) or len(entry.split()) < MIN_ENTRY_WORDS:
            return ""
        opener = self._subject(sentence[:lo], s0, [])
        if self.article_subject and opener == self.article_subject:
            return opener
        return subject if subject and self.pronoun.match(sentence) else ""

    def _label(self, sentence: str, pos: int, end: int, own: list[tuple[int, int]]) -> str:
        """ "the Argonaut Rowing Club (established in 1872), ...": a short bracket
        after a name dates that name: "The Argonaut Rowing Club established".
        Of a bracket with two dates, the part with this one: "(born between 25
        August and 31 October 1451, died 20 May 1506)" -> "... born"."""
        opening = sentence.rfind("(", 0, pos)
        close = sentence.find(")", pos)
        if opening < 0 or close < 0:
            return ""
        name = self.name_before.search(sentence, 0, opening)
        lo, hi = clause(sentence[opening + 1:close], pos - opening - 1, end - opening - 1, self.lang)
        lo, hi = opening + 1 + lo, opening + 1 + hi
        what = condense(sentence[lo:hi], [(x - lo, y - lo) for x, y in own if lo <= x and y <= hi], self.lang)
        if not name or not what or what[:1].isdigit():
            return ""
        # "Virginia (born 1600)": a participle alone is no verb; "Virginia was born".
        if what.split()[0].casefold() in self.label_participles:
            what = f"{self.label_copula} {what}"
        return _capital(f"{name.group(1)} {what}")

    def _apposition(self, sentence: str, start: int, end: int) -> str:
        """ "The Bank of Japan, founded in 1882, used taxes ...": a participle of
        `label_participles` set off by commas after a name, the date its own,
        dates that name: "The Bank of Japan was founded" (as "Virginia (born
        1600)" does in brackets). The main clause tells another time. "" otherwise."""
        m = APPOSITION_OPENING.search(sentence, 0, start)
        if not m or m.group(1).casefold() not in self.label_participles or not self.label_copula \
                or not re.match(r"\s*(?:,|$)", sentence[end:]):
            return ""
        name = self.name_before.search(sentence, 0, m.start())
        if not name or sentence[:name.start()].strip(" \"“"):
            return ""           # the name opens the sentence: it is the main clause's subject
        return _capital(f"{name.group(1)} {self.label_copula} {m.group(1)}")

    def _with_when(self, sentence: str, date_end: int, hi: int) -> int:
        """ "... berubah total pada Desember 1934, saat Kirov dibunuh": a clause that
        opens with "saat"/"when" right after the date tells what happened then,
        so it stays with the entry."""
        if date_end > hi or sentence[date_end:hi].strip(" ,") or not self.when.match(sentence, hi):
            return hi
        return clause(sentence, hi + 2, hi + 3, self.lang)[1]

    def _piece(self, sentence: str, start: int, own: list[tuple[int, int]]) -> tuple[int, int]:
        """The clause of the date at `start`, split again where a second date
        in the same clause starts a statement of its own."""
        lo, hi = clause(sentence, start, start + 1, self.lang)
        spans = sorted((x, y) for x, y in own if lo <= x < hi)
        for (x1, y1), (x2, _) in zip(spans, spans[1:]):
            cut = split_between(sentence, y1, x2, self.lang)
            if cut is None:
                continue
            if cut <= start:
                lo = cut
            elif hi > cut:
                hi = cut
        return lo, hi

    def dated_line(self, m: DateMention, chapter: Section, paragraph: Paragraph) -> TimelineEvent:
        """The event of a paragraph with no date of its own after a line that is a date
        alone (`_date_alone`): "1748" / "William Cullen demonstrates artificial
        refrigeration." is that date's entry, told by the paragraph's first sentence."""
        s0, s1 = _sentences(paragraph.text, self.lang)[0]
        sentence = paragraph.text[s0:s1]
        event = self._event(m, sentence.strip().rstrip("."), sentence, chapter, paragraph)
        # (the line holds the date alone: no word before it makes it "since"/"until")
        event.date_text = self._date_text(m, "")
        return event

    def _event(self, m: DateMention, entry: str, sentence: str, chapter: Section,
               paragraph: Paragraph) -> TimelineEvent:
        value, end = m.value, m.end_value
        return TimelineEvent(
            iso=dv.iso(value, end),
            precision=m.precision if not (value.season_end_year and not end) else "season",
            date_text=self._date_text(m, paragraph.text[:m.phrase_start], paragraph.text[m.phrase_start:m.start]),
            text=entry,
            ref=Reference(paragraph.id, chapter.id),
            note=m.note,
            sort_key=dv.sort_key(value),
            datetime=dv.html_datetime(value),
            end_datetime=dv.html_datetime(end) if end else "",
            qualifier=value.qualifier,
            approximate=value.approximate,
            inferred=m.inferred,
            sentence=sentence.strip(),
        )

    def _date_text(self, m: DateMention, before: str, role: str = "") -> str:
        """The date as printed: "since"/"until" before a state's bound (`role_words`),
        not when the word before the role word makes the date a point in time
        (`role_words_not_after`: "It was not until 1567 that ...", "... is from 1471");
        a point's role word that bounds it kept as written (`kept_role_words`: "by
        1850", no later than 1850: the fresh-10 readers failed it printed "1850")."""
        written = dv.text(m.value, self.lang, m.end_value)
        kept = role.strip()
        if m.role == "point" and m.end_value is None and kept.casefold() in self.fmt.get("kept_role_words", []):
            return f"{kept.casefold()} {written}"
        role_word = self.fmt.get("role_words", {}).get(m.role, "") if m.end_value is None else ""
        last = WORD_BEFORE.search(before) if role_word else None     # (a search of the paragraph so far)
        if last and last.group(1).casefold() in self.fmt.get("role_words_not_after", {}).get(m.role, []):
            role_word = ""
        elif role_word and (first := kept.casefold().split()[:1]) \
                and first[0] in self.fmt.get("role_words_as_written", ()):
            role_word = first[0]   # "from 1920", not "since 1920" (`role_words_as_written`)
        return f"{role_word} {written}" if role_word else written


def _own_part(text: str, lo: int, hi: int, pos: int, dates: list[tuple[int, int]]) -> tuple[int, int]:
    """Of a bracket's clause holding several dates, the comma- or
    semicolon-separated part with the date at `pos`: "born between 25 August
    and 31 October 1451, died 20 May 1506" -> "born between ... 1451"."""
    inside = lambda i: any(x <= i < y for x, y in dates)  # noqa: E731
    marks = [i for i in range(lo, hi) if text[i] in ",;" and not inside(i)]
    start = max([i + 1 for i in marks if i < pos], default=lo)
    end = min([i for i in marks if i > pos], default=hi)
    others = [x for x, _ in dates if lo <= x < hi and not start <= x < end]
    return (start, end) if others else (lo, hi)


def _cut_inside(sentence: str, span: tuple[int, int], entry: str) -> bool:
    """Was the date at `span` cut out of the printed entry: does the entry hold
    the two words before it followed by the two after it, or end with the
    words before it, or open with the words after the date that opens the
    sentence (no clause's end between)? Not when the clause that held it was left out ("Based only on
    ... in 1608, Galileo ... made a telescope" -> "Galileo made a telescope"),
    nor for the next clause's date ("... di luar negeri; pada Agustus 1940")."""
    told = " ".join(TOKEN.findall(entry)).casefold()
    before, after = TOKEN.findall(sentence[:span[0]])[-2:], TOKEN.findall(sentence[span[1]:])[:2]
    gap_before = sentence[sentence.rfind(before[-1], 0, span[0]) + len(before[-1]):span[0]] if before else ""
    gap_after = sentence[span[1]:sentence.find(after[0], span[1])] if after else ""
    before, after = " ".join(before).casefold(), " ".join(after).casefold()
    if before and after and f"{before} {after}" in told:
        return True
    # A date that opens the sentence ("In 1760 approximately ..."); one that ends
    # a clause left out ("although Engels wrote in the 1840s, his book ...") is none.
    return bool(before and told.endswith(before) and not CLAUSE_END.search(gap_before)
                or not before and after and told.startswith(after) and not CLAUSE_END.search(gap_after))


def _joined_dates(sentence: str, date: tuple[int, int], spans: list[tuple[int, int]],
                  lang: str) -> list[tuple[int, int]]:
    """The date at `date` and the dates of `spans` joined to it by "and" or a
    comma only, one after the other ("until the late 19th and 20th centuries")."""
    group = [date]
    for x, y in sorted(spans):
        if (x, y) not in group and any(b <= x and coordinated(sentence, b, x, lang)
                                       or y <= a and coordinated(sentence, y, a, lang) for a, b in group):
            group.append((x, y))
    return group


def _sentences(text: str, lang: str) -> list[tuple[int, int]]:
    """The paragraph's sentences (the shared splitter also splits where the
    text lost the space after a sentence's end, '... such views."On 31
    October 1992, ...': two dated sentences run together would give one
    date the other's clause)."""
    return sentence_spans(text, abbreviations(lang))


def _says_something(entry: str) -> bool:
    """Two words or more, one of them a lower-case word of three letters (a
    verb or what is told of a name): "Virginia born", not "Published" or
    "The 2015 Parapan American Games"."""
    return len(entry.split()) >= 2 and bool(WORDS_SAID.search(entry)) and bool(TOLD.search(entry))


def _date_alone(text: str, dated: list[DateMention]) -> DateMention | None:
    """A paragraph that is one date and nothing else ("1748", "1855–1857": a
    dated list whose dates stand on lines of their own, a wiki definition list
    as plain text prints it), with its date; None for any other."""
    if len(dated) != 1 or text[:dated[0].phrase_start].strip() or text[dated[0].end:].strip(" .:;\n"):
        return None
    return dated[0]


def _list_line(text: str) -> bool:
    """A short paragraph that ends without a sentence's stop is a line of a
    list, a caption or a heading run into the text ("Tomsk Oblast, Russia
    (since May 2015)", "Krakatoa, East of Java Drama, Amerika Serikat, 1969,
    Sutradara: ...", "The 1922 German silent film Peter the Great directed
    by ..."): it names things and tells no event. A paragraph longer than
    LIST_LINE_MAX_WORDS without its stop lost it with a reference mark ("...
    entered into legal effect in 2005"): its dates are still read."""
    return len(text.split()) <= LIST_LINE_MAX_WORDS and ends_without_stop(text)


def _source_note(event: TimelineEvent) -> bool:
    """ "(Al-Lisan nomor 24, 1938).": a sentence that is a bracket alone, a few words
    and a date, cites a source or a page; it tells no event."""
    sentence = event.sentence.strip().rstrip(".")
    return sentence.startswith("(") and sentence.endswith(")") and sentence.count("(") == 1 \
        and len(event.text.split()) <= SOURCE_NOTE_WORDS


def _abbreviated(word: str, sentence: str) -> bool:
    """Is `word` written with a full stop inside the sentence ("Prof. Dr. K. Fellinger
    ..."): an abbreviation, not a name?"""
    at = sentence.find(word + ".")
    return 0 <= at and sentence[at + len(word) + 1:].strip() != ""


def _capital(entry: str) -> str:
    return entry[:1].upper() + entry[1:]


def _bracket(sentence: str, pos: int) -> tuple[int, int] | None:
    """(where "(" opens, where its ")" closes) of the innermost bracket around
    `pos`, when it holds a clause (four words or more) rather than a label
    such as "(1822–1895)"; None otherwise."""
    depth, start = 0, None
    for i in range(pos - 1, -1, -1):
        if sentence[i] == ")":
            depth += 1
        elif sentence[i] == "(":
            if depth == 0:
                start = i
                break
            depth -= 1
    if start is None:
        return None
    close = sentence.find(")", pos)
    end = close if close != -1 else len(sentence)
    return (start, end) if len(sentence[start + 1:end].split()) >= MIN_ENTRY_WORDS else None


def _life_label(sentence: str, mention: DateMention, s0: int) -> tuple[int, int] | None:
    """ "Margaret Miller (d. 1773)": a short bracket that holds only another date and
    the word of its role ("d.", "b."), cut whole with that date (not left as "(d.)")."""
    start, end = sentence.rfind("(", 0, mention.start - s0), sentence.find(")", mention.end - s0)
    if start < 0 or end < 0 or ")" in sentence[start:mention.start - s0]:
        return None
    rest = sentence[start + 1:mention.phrase_start - s0].split() + sentence[mention.end - s0:end].split()
    return (start, end) if len(rest) <= 1 else None


def _refined(inside: list[DateMention]) -> list[DateMention]:
    """ "1953: Watson and Crick ... on February 28": a bare year that a later
    date of the same sentence makes precise (taking its year from it) is that
    same date, not an event of its own; so is the year right after a date
    that it completes ("In December of the same year")."""
    later = [m for m in inside if m.inferred == "context" and m.value.year]
    return [m for m in inside
            if not (m.precision == "year" and not m.value.qualifier
                    and (any(n.start > m.start and n.value.year == m.value.year for n in later)
                         or any(0 <= m.phrase_start - n.end <= COMPLETES and n.value.year == m.value.year
                                and n.precision != "year" for n in inside)))]


def _periods_joined(dated: list[DateMention], text: str, coordination: re.Pattern) -> list[DateMention]:
    """ "Pada era 1930-an dan 1940-an, ia sering menonton ...", "in the 18th and
    19th centuries": two periods that follow each other, joined by "and", are
    one span ("1930-an–1940-an"), not two events with one text. So is a list
    of years that are all in a row ("in 1861 and 1862", "musim panas tahun
    1816, 1817 dan tahun 1818": one text printed once, "1861–1862",
    "1816–1818"). Two years apart stay two ("In 1833 and 1844, the Factory
    Acts were passed"), and so does a list with a gap ("on four occasions:
    2009, 2010, 2011, and 2014")."""
    out: list[DateMention] = []
    for m in dated:
        last = out[-1] if out else None
        if last and not last.end_value and _next_period(last.value, m.value) \
                and coordination.match(text[last.end:m.phrase_start]):
            out[-1] = replace(last, end=m.end, end_value=m.value)
        else:
            out.append(m)
    return [run for chain in _chains(out, text, coordination) for run in _year_run(chain)]


def _chains(dated: list[DateMention], text: str, coordination: re.Pattern) -> list[list[DateMention]]:
    """The dates in lists: each date with those joined to it by "and" or a comma."""
    chains: list[list[DateMention]] = []
    for m in dated:
        if chains and coordination.match(text[chains[-1][-1].end:m.phrase_start]):
            chains[-1].append(m)
        else:
            chains.append([m])
    return chains


def _year_run(chain: list[DateMention]) -> list[DateMention]:
    """The list as one span when its dates are years in a row (the first may be
    a season's: "summer of 1816, 1817 and 1818"), else as it is."""
    first, rest = chain[0].value, [m.value for m in chain[1:]]
    plain = lambda v: not (v.bce or v.qualifier or v.approximate or v.season_end_year)  # noqa: E731
    if not rest or any(m.end_value for m in chain) or first.precision not in ("year", "season") \
            or not all(plain(v) and v.precision == "year" for v in rest) or not plain(first) \
            or [v.year for v in rest] != list(range(first.year + 1, first.year + 1 + len(rest))):
        return chain
    return [replace(chain[0], end=chain[-1].end, value=dv.DateValue(year=first.year), end_value=rest[-1])]


def _next_period(a: dv.DateValue, b: dv.DateValue) -> bool:
    """Does period b follow period a: the 1940s after the 1930s, the 19th century after the 18th,
    the early 1970s after the late 1960s, early 1946 after late 1945 ("pada akhir tahun 1945 dan
    awal tahun 1946": one stretch of time, told once)?"""
    if a.bce or b.bce or a.qualifier not in (None, "", "late") or b.qualifier not in (None, "", "early"):
        return False
    if a.decade and b.decade:
        return a.year is not None and b.year == a.year + 10
    if a.qualifier == "late" and b.qualifier == "early" and a.precision == b.precision == "year":
        return a.year is not None and b.year == a.year + 1
    return bool(a.century and b.century == a.century + 1 and not a.decade and not b.decade)
