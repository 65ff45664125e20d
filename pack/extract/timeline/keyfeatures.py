"""What the key-event model reads of one timeline entry: a row of numbers.

Stage: extract (support for `rank`). Input: `rank.candidates()` (the
entries left once repeats are merged, in reading order, with their part
of the article, lead echo, retellings and content words) and the
`Article`; the words come from the language's `timeline.toml` ([score]).
Output: one row of `FEATURES` per entry, numbers between 0 and 1 that mean
the same in every language; `keymodel` weighs them.

- precision: a day 1.0, a month 0.9, a season or year 0.7, a span 0.5,
  a decade 0.3, a century 0.2;
- own_life: the subject's own birth, death or accession (`life_words`,
  the subject named before the word, not as an owner nor as the end of a
  relative's name: "Robert Todd Lincoln was born") 1.0; a station
  of the life (`life_stations`: "Galileo moved to ...") 0.5;
- cue_person, cue_upheaval, cue_settlement, cue_work: the weights of the
  class's cue words (`[score.cues.<class>]`) in the entry, at most 1; a
  word only in a scene-setting clause counts half; a birth word
  (`own_life_only`) counts only for the subject;
- cue_total: the weights of all its cue words, a third of them, at most 1;
- lead: a lead entry the body does not tell again (the summary chose it);
- lead_echo: a body entry the lead tells too, or one told more than once;
- lead_words: rare words it shares with the lead, 0.5 each, at most 1;
- history: in the "History" chapter of an article with other chapters;
- chapter_first: the first entry of its chapter (or part);
- position: where it stands in the article, 0 at the start, 1 at the end;
- weak: an opinion or report (`hedges`), a figure (`statistic_words`), a
  state of the present (`state_verbs`), an anniversary (`commemorations`)
  or another year named in it outside brackets (a bracket's years are an
  aside: "Samuel Slater (1768–1835) founded ...").

Tried and left out, as half A's leave-one-article-out recall was no lower
without them (quality/verdicts/tuning-keyevents-learned-r12.md): the
subject named, a cue word inside a name, a person introduced with what
they are, the year's crowd of entries, the year's distance from the
story's time, the entry's length, recurring names, a pointer or fragment,
a year taken from context.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pack import lang as langdata
from pack.extract.timeline.cues import CUE_CLASSES, all_cues, background, cue_sum, first_cue, names, own_life_event
from pack.extract.timeline.date_values import event_years
from pack.model import Article, TimelineEvent, is_lead
from pack.text.tokens import YEAR, possessive_endings
from pack.lang.schema import tunables_of

if TYPE_CHECKING:
    from pack.extract.timeline.rank import Candidates

FEATURES = ("precision", "own_life", "cue_person", "cue_upheaval", "cue_settlement", "cue_work", "cue_total",
            "lead", "lead_echo", "lead_words", "history", "chapter_first", "position", "weak")
# Which way each feature may count (+1 more key, -1 less, 0 either), for `keymodel.fit`.
SIGNS = (1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, -1)
PRECISION = {"day": 1.0, "month": 0.9, "season": 0.7, "year": 0.7, "range": 0.5, "decade": 0.3, "century": 0.2}
# Thresholds, each declared with why in pack/lang/schema.toml [tunables].
(STATION, CUE_FULL) = tunables_of(__name__)
SAID = re.compile(r"\([^()]*\)|\"[^\"]*\"|“[^”]*”")   # brackets and quotations
BRACKETS = re.compile(r"\([^()]*\)")


def rows(found: Candidates, article: Article) -> list[list[float]]:
    """One row of `FEATURES` per entry of `found`."""
    reader = _Reader(article, found.subject)
    order = {p.id: n for n, (_, p) in enumerate(article.paragraphs())}
    seen: set[str] = set()
    out = []
    for i, event in enumerate(found.events):
        part = found.parts[i]
        lead = is_lead(part)
        shared = 0 if lead else len(found.content[i] & found.lead_words)
        out.append(reader.says(event) + [
            float(lead and not found.echoed[i]), float(not lead and (found.echoed[i] or found.retold[i] > 0)),
            min(1.0, 0.5 * shared), float(event.ref.chapter_id in reader.history), float(part not in seen),
            order.get(event.ref.paragraph_id, 0) / max(len(order) - 1, 1), float(reader.weak(event))])
        seen.add(part)
    return out


class _Reader:
    """What the features of one entry's text need to know about its article."""

    def __init__(self, article: Article, subject: str) -> None:
        timeline = langdata.load(article.lang, "timeline")
        self.data = timeline.get("score", {})
        self.subject = subject.casefold()
        # The words that may stand before the subject's name and leave it his: his own
        # ("Abraham" Lincoln, not "Robert Todd" Lincoln), offices and forms of address
        # ("President Lincoln", "Presiden Soekarno", "Dr. ...", people.toml).
        people = langdata.load(article.lang, "people").get("people", {})
        titles = [*people.get("occupations", []), *people.get("honorifics", [])]
        self.own_names = frozenset(w.strip(".,").casefold() for w in [*article.title.split(), *" ".join(titles).split()])
        # possessive endings ("'s") and family nouns ("istri"): "Galileo's father died" is not Galileo's death
        self.owners = (possessive_endings(article.lang),
                       tuple(w.casefold() for w in timeline.get("possessive_suffix_nouns", [])))
        own_only = {w.casefold() for w in self.data.get("own_life_only", [])}
        cues = self.data.get("cues", {})
        self.own_classes = [dict(cues.get(c, {})) for c in CUE_CLASSES]
        self.classes = [{w: v for w, v in t.items() if w.casefold() not in own_only} for t in self.own_classes]
        self.cues = all_cues(self.data)
        self.history = _history(article, self.data)

    def says(self, event: TimelineEvent) -> list[float]:
        """precision to cue_total: what the entry tells."""
        text, subject, data = event.text.casefold(), self.subject, self.data
        named = names(subject, text)
        life = named and own_life_event(text, subject, data.get("life_words", {}), self.owners, event.text, self.own_names)
        station = named and own_life_event(text, subject, data.get("life_stations", []), self.owners, event.text,
                                           self.own_names)
        fore, back = background(text, data.get("background_openers", []))
        sums = [cue_sum(t, fore, back) for t in (self.own_classes if life else self.classes)]
        return [PRECISION.get(event.precision, 0.5), 1.0 if life else STATION if station else 0.0,
                *(min(1.0, s) for s in sums), min(CUE_FULL, sum(sums)) / CUE_FULL]

    def weak(self, event: TimelineEvent) -> bool:
        """An opinion or report, a figure, a state, an anniversary, or another year."""
        text = event.text.casefold()
        listed = any(first_cue(text, self.data.get(key, [])) is not None
                     for key in ("hedges", "statistic_words", "commemorations"))
        return listed or self._tells_a_state(text) or _other_year(event)

    def _tells_a_state(self, text: str) -> bool:
        """ "The Toronto City Council is a unicameral legislative body", "X is
        also home to Y": a copula of the present (`state_verbs`), outside
        brackets and quotations and before any cue word, tells how things are,
        not what happened ("Aluminium recycling began and has been used ... as
        aluminium is not impaired" tells that recycling began)."""
        said = SAID.sub(" ", text)
        copula = first_cue(said, self.data.get("state_verbs", []))
        cue = first_cue(said, self.cues)
        return copula is not None and (cue is None or copula < cue)


def _history(article: Article, data: dict) -> frozenset[str]:
    """The chapters whose heading says they tell the history (`history_headings`),
    when the article has chapters that do not: a history chapter stands out
    only beside chapters that are not history (a place, a science)."""
    openers = tuple(w.casefold() for w in data.get("history_headings", []))
    body = [ch for ch in article.chapters if not is_lead(ch.id)]
    history = frozenset(ch.id for ch in body if openers and ch.title.casefold().startswith(openers))
    return history if len(history) < len(body) else frozenset()


def _other_year(event: TimelineEvent) -> bool:
    """The entry names a year outside its own date ("On 26 July 2012, a bill
    was introduced" dated 1952): it tells another time, or its date is wrong.
    A year in brackets is an aside about a name, most often a person's
    lifespan ("Samuel Slater (1768–1835) founded the Slater Mill", "ayah ...
    Raden Soekemi Sosrodihardjo (1873–1945)"): the entry still tells its own time."""
    start, end = event_years(event)
    # A year in the text is written unsigned; a date BC is signed ("1274 BC" is -1274).
    return any(not (start - 1 <= int(y) <= end + 1 or start - 1 <= -int(y) <= end + 1)
               for y in YEAR.findall(BRACKETS.sub(" ", event.text)))
