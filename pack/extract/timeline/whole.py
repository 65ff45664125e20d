"""Cut a sentence to its date's clause only when the cut is certain; else tell it whole.

Stage: extract (support for `timeline`), the last step, on the entries the
timeline prints (which are printed, and which are key, was decided on the
condensed entries: this changes no entry's date, nor which are printed or
key). Input: a `TimelineEvent` (its condensed `text` and its whole source
`sentence`) and the language code. Output: the event's text, replaced by its
sentence as written (tidied like every entry, `readable.tidy`) when the
condensed text is a cut of it that is not certain and the sentence can
stand for it.

Why: the seen blind readers judged entries cut only by an opening date phrase
("In 1850, X did Y" -> "X did Y") right 85 % of the time, every other cut about
55 %, and the sentence printed whole 64 % when it tells one date and opens
with no pointer (quality/verdicts/timeline-r26.md). A cut elsewhere is where
the fragments, the dangling words and the referents cut away come from.

Certain (`cut_is_certain`): the entry is its sentence less its date phrase
("In 1850," / "on 4 July 1934": at most `FRAME_WORDS` words besides numbers
and month names), or less whole clauses cut at a clause bound
(`condense.clause_bounds`: "..., dan ia lalu ditugaskan ..."), or it is
the clause a subordinator opens, chosen for its date ("Bennett won wide
attention when he called Lincoln ... in 1968" printed "Bennett called
Lincoln ..."), or it was mended (a pronoun named, a subject put back: words
the sentence has not at that place). Any other cut (a list's head, an object,
a clause's end cut away: "... and went on his third") is not.

The sentence stands for the entry (`stands_for`) when it tells this date
only (no other year anywhere in it: the readers judged whole sentences
telling another year right 20 % of the time), has at most
`readable.WHOLE_MAX_WORDS` words, reads alone (`readable.unreadable`,
`readable.broken`; `readable.points_back`: no "the same year" anywhere),
and its date is its main clause's: not in an opening phrase of another time
(`readable.dated_opening_phrase`: "Although Sitting Bull did not attack ...
in 1874, the U.S. government was pressured ..."), a relative clause or
bracket (`readable.side_clause_date`: "Fleming, who was a private ... from
1900 to 1914, had been a member ...") or a clause of an earlier time
(`readable.earlier_clause_date`). Else the entry stays as cut. A date the
sentence does not write (`inferred`: "the following year") keeps its cut.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from pack.extract.timeline import date_values as dv
from pack import lang as langdata
from pack.extract.timeline.condense import (clause_bounds, elliptic, leading_word, list_commas_masked,
                                            opens_with_subject)
from pack.extract.timeline.date_scan import EVENT_ROLES
from pack.extract.timeline.readable import (WORD_SPAN, broken, dated_opening_phrase, earlier_clause_date,
                                            points_back, scanned, sentence_entry, side_clause_date, tidy, unreadable)
from pack.model import TimelineEvent
from pack.lang.schema import tunables_of

# Thresholds, each declared with why in pack/lang/schema.toml [tunables].
(FRAME_WORDS,) = tunables_of(__name__)


def told_whole(event: TimelineEvent, lang: str) -> None:
    """The event's text as its whole sentence when its cut is not certain and the
    sentence can stand for it (changed in place)."""
    if event.inferred:
        return      # ("the following year": the sentence says its date only by pointing back)
    whole = sentence_entry(event.sentence, lang)
    if not whole:
        return      # (more than one date, or too long)
    # The sentence as the timeline prints an entry (`tidy`: "However," and "also" go, and
    # an opening date): what the entry is compared with, and what it becomes.
    printed = replace(event, text=_without_dropped_opening(whole, event.text, lang))
    tidy(printed, lang)
    if not cut_is_certain(event.text, printed.text, lang) and stands_for(printed.text, whole, event, lang):
        event.text = printed.text


def cut_is_certain(entry: str, printed: str, lang: str) -> bool:
    """Is `entry` a certain cut of its sentence (`printed`, tidied as entries are)?"""
    removed = _cut_away(entry, printed)
    if not removed:         # (None: rewritten, a mend; []: the sentence itself)
        return True
    return _date_phrase_only(removed, lang) or _pronoun_named(removed, lang) \
        or _subject_put_back(removed, len(_words(entry))) or _clause_chosen(removed, _words(printed), lang) \
        or _whole_clauses_only(removed, printed, lang)


def stands_for(printed: str, whole: str, event: TimelineEvent, lang: str) -> bool:
    """Can the sentence (`whole`, `printed` as an entry) stand for the event's entry?"""
    return not unreadable(printed, lang, event.sentence) and not broken(printed, event.sentence, lang) \
        and not points_back(whole, lang) and not _other_dates(whole, event, lang) \
        and not _date_of_another_clause(whole, lang)


def _without_dropped_opening(whole: str, entry: str, lang: str) -> str:
    """The sentence without the connectors it opens with that the condensed entry
    dropped (`condense.leading_word`: "Namun setelah ..." printed "Setelah ...",
    "Pada akhirnya Stalin ..." printed "Stalin ...")."""
    words = WORD_SPAN.findall(whole)
    first = next(iter(_words(entry)), "")
    n = 0
    while n < len(words) - 1 and words[n].casefold() != first:
        step = next((k for k in (3, 2, 1) if leading_word(" ".join(words[n:n + k]), lang)), 0)
        if not step:
            break
        n += step
    if not n or words[n].casefold() != first:
        return whole        # ("When his father succeeded, Frederick became ...": the entry is another clause)
    rest = whole[whole.find(words[n], sum(len(w) for w in words[:n])):]
    return rest[:1].upper() + rest[1:]


def _words(text: str) -> list[str]:
    return [w.casefold() for w in WORD_SPAN.findall(text)]


def _cut_away(text: str, sentence: str) -> list[tuple[int, list[str]]] | None:
    """The runs of the sentence's words the entry left out, each with where it
    starts in the sentence's words; None when the entry has a word the sentence
    has not at that place (it was rewritten, not only cut). The entry's words
    are matched where they leave the fewest runs ("... Charles Martin Hall" is
    the sentence's "Hall in 1886", not the "Hall" of "Hall–Héroult process" later)."""
    kept, words = _words(text), _words(sentence)
    at = _fewest_gaps(kept, words)
    if at is None:
        return None
    runs: list[tuple[int, list[str]]] = []
    for start, end in zip([-1, *at], [*at, len(words)]):
        if end > start + 1:
            runs.append((start + 1, words[start + 1:end]))
    return runs


def _fewest_gaps(kept: list[str], words: list[str]) -> list[int] | None:
    """Where in `words` each of `kept` stands, in order, leaving the fewest runs
    of `words` out (a gap before the first, between two, after the last); None
    if `kept` is not a subsequence of `words`."""
    if not kept:
        return []
    inf = len(words) + len(kept) + 2
    # best[i][j]: fewest gaps with kept[i] at words[j]; back[i][j]: where kept[i-1] stood
    best = [[inf] * len(words) for _ in kept]
    back = [[-1] * len(words) for _ in kept]
    for j, w in enumerate(words):
        if w == kept[0]:
            best[0][j] = 0 if j == 0 else 1
    for i in range(1, len(kept)):
        low, low_at = inf, -1          # the best of kept[i-1] at any j' < j - 1
        for j in range(len(words)):
            if j >= 2 and best[i - 1][j - 2] < low:
                low, low_at = best[i - 1][j - 2], j - 2
            if words[j] != kept[i]:
                continue
            if j >= 1 and best[i - 1][j - 1] <= low + 1:
                best[i][j], back[i][j] = best[i - 1][j - 1], j - 1
            elif low_at >= 0:
                best[i][j], back[i][j] = low + 1, low_at
    last = len(kept) - 1
    ends = [(best[last][j] + (j < len(words) - 1), j) for j in range(len(words)) if best[last][j] < inf]
    if not ends:
        return None
    j = min(ends)[1]
    at = [j]
    for i in range(last, 0, -1):
        j = back[i][j]
        at.append(j)
    return at[::-1]


def _date_phrase_only(removed: list[tuple[int, list[str]]], lang: str) -> bool:
    """One short run cut away, holding a number: the date phrase ("In 1850",
    "on 4 July 1934", "from 25 October [O.S. 12 October] 1917 onwards": its
    numbers and month names not counted), nothing of the clause around it."""
    return len(removed) == 1 and _date_words_only(removed[0][1], _months(lang))


def _whole_clauses_only(removed: list[tuple[int, list[str]]], text: str, lang: str) -> bool:
    """Is each run cut away a date phrase or a whole clause, at a clause bound
    (`condense.clause_bounds`)? The clause after the entry: one with its own
    subject ("Stalin melarikan diri ke Sankt Peterburg, dan ia lalu ditugaskan
    ..." printed "Stalin melarikan diri ke Sankt Peterburg"; not "went on his
    third, and successful, expedition"); the clause before it: one that is no
    list ("The stream of new software, biotechnology, and Internet companies
    led ..." is no clause and "Internet companies led ..."), the connector the
    entry dropped ("tetapi") with it. Then the entry is a clause with its own
    subject and verb, and the cut is certain."""
    spans = [m.span() for m in WORD_SPAN.finditer(text)]
    bounds = clause_bounds(text, lang)[1:]
    months = _months(lang)
    for start, run in removed:
        end = start + len(run)
        if _date_words_only(run, months):
            continue
        # (the date phrase may be cut with the clause: "... a patent in 1883; due to ...",
        # "Prices for aluminium declined, and by the early 1890s, the metal ...")
        words = list(zip(spans[start:end], run))
        if end == len(spans) and start > 0:
            at = next((b for b in bounds if spans[start - 1][1] <= b <= spans[end - 1][0]
                       and _date_words_or_none([w for (x, _), w in words if x < b], months)), None)
            if at is None or not (text[:at].rstrip().endswith(";") or _subject_after_connector(text[at:], lang)):
                return False
        elif start == 0 and end < len(spans):
            at = next((b for b in bounds if spans[0][0] < b <= spans[end][0]
                       and _date_words_or_none(_without_leading([w for (x, _), w in words if x >= b], lang), months)),
                      None)
            if at is None or _list_before(text[:at]) or run[-1] in _clause_openers(lang):
                return False        # (a clause a relative opens needs what it hangs on: `_clause_chosen`)
        else:
            return False
    return True


def _date_words_or_none(words: list[str], months: set[str]) -> bool:
    return not words or _date_words_only(words, months)


def _without_leading(words: list[str], lang: str) -> list[str]:
    """The words past the connectors they open with ("and", "tetapi")."""
    n = 0
    while n < len(words) and leading_word(words[n], lang):
        n += 1
    return words[n:]


# The language's word sets below are asked once per printed entry: made once per language.
@lru_cache(maxsize=None)
def _timeline_words(lang: str, keys: tuple[str, ...], one_word: bool = False) -> frozenset[str]:
    """The case-folded words of the timeline data's `keys` (only one-word ones if `one_word`)."""
    data = langdata.load(lang, "timeline")
    return frozenset(w.casefold() for key in keys for w in data.get(key, []) if not one_word or " " not in w)


def _clause_openers(lang: str) -> frozenset[str]:
    return _timeline_words(lang, ("date_clause_openers", "relative_starts"), True)


def _subject_after_connector(rest: str, lang: str) -> bool:
    """ "dan ia lalu ditugaskan ...": past its connectors, the clause opens with a subject."""
    data = langdata.load(lang, "timeline")
    words = [w.strip(",;") for w in rest.split()]
    if words and words[0].casefold() in _timeline_words(lang, ("relative_starts",)):
        return True         # (a relative clause after the entry: an aside, "..., which almost immediately burned")
    connectors = _timeline_words(lang, ("clause_connectors",), True)
    n = 0
    while n < len(words) and (leading_word(words[n], lang) or words[n].casefold() in connectors):
        n += 1
    rest = " ".join(words[n:])
    return n < len(words) and (opens_with_subject(rest, lang)
                               or bool(data.get("bare_noun_subjects")) and not elliptic(rest, lang))


def _list_before(piece: str) -> bool:
    """ "The stream of new software, biotechnology, and": the words before the bound end
    with a list's item of a word or two between commas, no clause."""
    items = piece.rstrip(" ,;").rsplit(",", 1)
    return len(items) == 2 and len(items[1].split()) <= 2


@lru_cache(maxsize=None)
def _months(lang: str) -> frozenset[str]:
    return frozenset(m.casefold() for m in langdata.load(lang, "dates").get("format", {}).get("month_names", []))


def _date_words_only(run: list[str], months: set[str]) -> bool:
    """A date phrase: a number in it, at most `FRAME_WORDS` other words (numbers and
    month names not counted: "from 25 October [O.S. 12 October] 1917 onwards")."""
    words = [w for w in run if not w[:1].isdigit() and w not in months]
    return len(words) < len(run) and len(words) <= FRAME_WORDS and any(w[:1].isdigit() for w in run)


def _subject_put_back(removed: list[tuple[int, list[str]]], kept: int) -> bool:
    """Is the entry the sentence's first word or two and a later clause ("Toronto is
    home to the Leafs, and has also served as home ..." printed "Toronto has served
    as home ...")? Its subject was put back on purpose: the clause is the entry."""
    start, run = removed[0]
    return 0 < start <= 2 and kept > start and not any(w[:1].isdigit() for w in run)


def _pronoun_named(removed: list[tuple[int, list[str]]], lang: str) -> bool:
    """Does a cut run end with a pronoun the entry names ("..., tetapi pada Januari
    1950 ia mau mengalah" printed "Stalin mau mengalah": "Stalin" matched the
    sentence's earlier name)? The entry was mended, not only cut."""
    gate = langdata.load(lang, "timeline").get("readability", {})
    pronouns = {w.casefold() for w in gate.get("subject_pronouns", []) + gate.get("pronoun_openers", [])}
    return any(run[-1] in pronouns for _, run in removed)


def _clause_chosen(removed: list[tuple[int, list[str]]], words: list[str], lang: str) -> bool:
    """Was the entry told as the clause a subordinator or relative opens ("Bennett won
    wide attention when he called Lincoln ... in 1968" printed "Bennett called Lincoln
    ...": the date is that clause's, not the main one's), or does the sentence open with
    one, its main clause missing ("At which time the patent expired, ...")? The cut was
    the clause's: printed whole, the date would be read as the main clause's. Not when
    that main clause tells how things are (`score.state_verbs`: "The city is served by
    ... Airport, where a new terminal opened in 2003"): it has no date of its own."""
    data = langdata.load(lang, "timeline")
    openers = [w.casefold().split() for key in ("subordinate_starts", "date_clause_openers", "relative_starts",
                                                 "bound_clause_openers") for w in data.get(key, [])]
    states = {w.casefold() for w in data.get("score", {}).get("state_verbs", [])}
    return any(words[:2][:len(o)] == o[:2] for o in openers) \
        or any(run[-len(o):] == o and not (start == 0 and states & set(run)) for start, run in removed for o in openers)


def _date_of_another_clause(whole: str, lang: str) -> bool:
    """Is the sentence's one date told in a clause the main one hangs on, not the main clause's own?"""
    # (a list's commas end no opening phrase: "Setelah Jerman, Jepang dan Italia ... pada
    # Oktober 1940, Stalin mendekati ...")
    if dated_opening_phrase(list_commas_masked(whole, lang), lang):
        return True
    dated = [m for m in scanned(whole, lang) if m.role in EVENT_ROLES]
    span = (dated[0].phrase_start, dated[0].end)
    return side_clause_date(whole, span, whole, lang) or earlier_clause_date(whole, span, whole, lang)


def _other_dates(whole: str, event: TimelineEvent, lang: str) -> bool:
    """Does the sentence name a year outside the event's own (any date, not only an event's)?"""
    first, last = dv.event_years(event)
    return any(m.value and m.value.first_year() is not None and not first <= m.value.first_year() <= last
               for m in scanned(whole, lang))
