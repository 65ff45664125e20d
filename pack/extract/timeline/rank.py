"""Ranking the timeline: merge retold events, score them, mark the key ones.

Stage: extract (support for `timeline`). Inputs: the events in reading
order and the `Article` (its language, title and the lifespan of its
first bracket); the language's
`timeline.toml` gives turning-point words and hedges. Outputs: the events,
repeats merged, each with a `score` and the key ones with `key=True`.

- Repeats: the lead and later chapters retell events. Two events are one
  when their years overlap and at least 60% of the content words of the
  shorter text are in the other. The more precise date survives (body text
  before the lead), keeps the other places in `repeats` and gains weight
  for being retold. Two dates of one sentence always stay two events.
- Score (higher = more important), a sum of readable parts:
  + precision: a day 1.0, a month 0.9, a season or year 0.7, a span 0.5,
    a decade 0.3, a century 0.2;
  + cue words from the data (births, deaths, accessions, wars, treaties,
    foundings, discoveries, disasters: "lahir", "treaty", "discover*"),
    capped at 3, and 0.8 more when the cue is part of a name
    ("Konferensi Yalta", "Battle of York"); a cue only in a scene-setting
    clause ("after the UK declared war", "setelah Uni Soviet runtuh")
    counts half;
  + names in the entry, more for names the article keeps coming back to
    (0.25 each, 0.1 for a name seen once or twice), capped at 0.5;
  + 0.7 for each rare word the entry shares with the lead (the article's
    own summary names its turning points: "kolektivisasi", "alumina",
    "Inquisition"; words rarer than `LEAD_WORD_ZIPF` in the language, not
    the title's own names, "Jughashvili", "Galileo's", nor numbers),
    capped at 1.4, for entries outside the lead;
  + 0.5 when the article's subject, if it is a person, is named, 0.3 more
    when the entry opens with it; 2.0 more for the subject's own birth,
    death or accession (`life_words`, the subject named before the word
    and not as an owner: "Galileo died", not "Virginia died, and is buried
    with Galileo", "Galileo's father died" or "Istri Stalin meninggal");
    a birth word (`own_life_only`) is a cue only then ("Virginia was born",
    "the Irish-born population" are details); 1.5 more for a station of
    the subject's life, told the same way (`life_stations`: "Galileo moved
    to the University of Padua", "Stalin bergabung dengan Lenin");
  + 1.0 for a person brought in with what they are ("French chemist
    Antoine Lavoisier", a `descriptors` word before a name);
  + 0.8 in the "History" chapter of an article that has other chapters
    (a place, a science); - 1.0 for a figure ("rate", "percent", "census"),
    whose cue words count half; - 1.0 for a state of the present (a
    `state_verbs` copula before any cue word, outside brackets and quotes:
    "The City Council is a unicameral body"); - 1.5 for an anniversary
    (`commemorations`: "to mark the 400th anniversary of ...");
  + 1.5 when the lead (the article's own summary) mentions it too (same
    years, a shared content word); + 0.5 per retelling; + 1.0 for a lead
    sentence the body does not tell, - 1.5 for one the body tells in detail;
  - 1.5 for opinions and reports (`hedges`, whole words: "menurut",
    "according to", "survey", "study found");
  - 0.3 when the year came from context; - 1.0 for a fragment (< 3 words,
    a list's lead-in ending in ":", or opening with a weak word such as
    "which"); - 0.5 for an entry of
    more than 18 words (a poor label), + 0.5 for one of at most 12;
  - 1.0 when the entry names another year (another time, or a wrong
    date); - 0.7 when one of its first three words points back ("It ...",
    "Organisasi ini ..."): such an entry cannot be told alone.
- The lead is the first chapter; in an article without headings (one
  chapter) it is the first paragraph, and the rest is cut into 5 parts
  that stand for chapters below.
- Key events: each chapter's best (in the top quarter of all scores) in
  proportion to its share of the events, so every part of the story is on
  the drawing; then the rest by score; at most 2 per year (any number in a
  short article) and a second entry of a year about the same story (rarer
  words in common, `story_words`) only when nothing else is left, and
  never an entry that retells a chosen one in nearly its content words
  (80% of the shorter's, whatever the years: "Turing turned to
  mathematical biology ..." dated 1951 and 1952); after
  the death of the subject of a life story (the lead's lifespan) at most 3,
  the legacy's milestones, not its every plaque and petition; about 25%
  of the events but at least 30 and at most 40 (all of them when fewer).
  The hand-made gold of `quality/` lists 8-20 key events per article;
  30-40 leaves room for what a teacher adds.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from pack import lang as langdata
from pack.extract.timeline.date_values import key_year
from pack.extract.timeline.periods import life_span
from pack.model import LEAD_CHAPTER, Article, TimelineEvent, is_lead
from pack.text.language import language
from pack.text.tokens import possessive_endings, without_possessive

PRECISION_WEIGHT = {"day": 1.0, "month": 0.9, "season": 0.7, "year": 0.7, "range": 0.5,
                    "decade": 0.3, "century": 0.2}
PRECISION_ORDER = ["day", "month", "season", "year", "range", "decade", "century"]
OVERLAP = 0.6
COMMON_ZIPF = 5.0          # words this frequent in the language carry no content
STORY_ZIPF = 4.5           # ... and words this frequent do not make two entries one story
KEY_SHARE, KEY_MIN, KEY_MAX, KEY_PER_YEAR = 0.25, 30, 40, 2
QUOTA_QUANTILE = 0.75
AFTER_LIFE = 3             # key events after the subject's death: the legacy's few milestones
PARTS = 5                  # stretches of an article without headings, for the quotas
LEAD_ECHO = 1.5            # the lead (the article's own summary) mentions it too
LEAD_ONLY = 1.0            # a lead sentence the body does not tell again
LEAD_TOLD = -1.5           # a lead sentence whose event the body tells in detail
RETOLD = 0.5
CUE_CAP = 3.0
NAMED_EVENT = 0.8          # the cue is part of a name: "Perjanjian Brest-Litovsk", "Battle of York"
SUBJECT, SUBJECT_OPENS = 0.5, 0.3
LIFE = 2.0                 # the subject's own birth, death or accession
STATION = 1.5              # the subject moves, joins, returns: a station of the life
INTRODUCED = 1.0           # a person brought in with what they are: "French chemist Antoine Lavoisier"
HISTORY_CHAPTER = 0.8      # the "History" chapter of an article about a place or a science
BACKGROUND = 0.5           # cue words of a scene-setting clause ("after the war began") count half
OTHER_YEAR = -1.0          # the entry names another year: another time, or a wrong date
UNRESOLVED, UNRESOLVED_WITHIN = -0.7, 3   # "These attitudes ...", "Organisasi ini ..."
COMMEMORATION = -1.5      # an anniversary, a centenary: the story's dates looked back at
STATE = -1.0              # "The City Council is a unicameral body": how things are, not an event
STATISTIC = -1.0           # "the unemployment rate was 6.7 percent": a figure, not an event
NAME_WEIGHT, NAME_RECURRING, NAME_CAP, RECURRING = 0.1, 0.25, 0.5, 3
LEAD_WORD, LEAD_WORD_CAP = 0.7, 1.4   # per rare word shared with the lead, and at most
LEAD_WORD_ZIPF = 3.5       # rarer than this in the language: a word that names this story
LONG_WORDS = 18
SHORT_WORDS, SHORT = 12, 0.5
YEAR = re.compile(r"(?<![\w.,])1[0-9]{3}(?![\w.,]\d)|(?<![\w.,])20[0-9]{2}(?![\w.,]\d)")
REGNAL = re.compile(r"[IVXLC]+")
_SAID = re.compile(r"\([^()]*\)|\"[^\"]*\"|“[^”]*”")   # brackets and quotations
WORD = re.compile(r"[\w\u00c0-\u024f'’-]+")
INSIDE_SENTENCE = re.compile(r"(?<=[\w,;:'’] )[\w\u00c0-\u024f'’-]+")


def rank(events: list[TimelineEvent], article: Article, merge_repeats: bool = True,
         held: frozenset[int] | set[int] = frozenset()) -> list[TimelineEvent]:
    """`held`: the `id()`s of entries a reader cannot read alone (`readable.gate`), never key."""
    scoring = _Scoring.of(article)
    subject = scoring.subject
    words = [content_words(e.text, article.lang, subject) for e in events]
    # The subject's own birth or death, told more than once ("Josef Stalin lahir" in the
    # lead's brackets, "Stalin dilahirkan dengan nama ..." in the text) is one event.
    life = [bool(subject and subject.casefold() in e.text.casefold()
                 and _cue_sum(scoring.data.get("life_words", {}), e.text.casefold())) for e in events]
    parts = _parts(article)
    part = [parts.get(e.ref.paragraph_id, e.ref.chapter_id) for e in events]
    kept, retold, lead = _merge(events, words, life, part) if merge_repeats else (
        list(range(len(events))), [0] * len(events), [0] * len(events))
    summary = [i for i in kept if is_lead(part[i])]
    body = [k for k in kept if not is_lead(part[k])]
    lead_words = _lead_words(article, parts, subject)
    for i in kept:
        event = events[i]
        if is_lead(part[i]):
            told = any(_overlap(event, events[k]) and words[i] & words[k] for k in body)
            # The lead is the article's own choice of what matters: an event
            # only it tells is key; one the body tells in detail is the body's.
            bonus = LEAD_TOLD if told else LEAD_ONLY
        else:
            echoed = lead[i] or any(_overlap(event, events[j]) and words[i] & words[j] for j in summary)
            bonus = LEAD_ECHO * echoed + RETOLD * retold[i] + min(LEAD_WORD_CAP, LEAD_WORD * len(words[i] & lead_words))
        event.score = round(scoring.score(event) + bonus, 3)
    result = [events[i] for i in kept]
    span = life_span(article)
    death = span[1] if span else None
    _mark_key(result, [story_words(words[i], article.lang) for i in kept], [words[i] for i in kept], [part[i] for i in kept],
              {j for j, e in enumerate(result) if id(e) in held},
              {j for j, e in enumerate(result) if death is not None and _years(e)[0] > death})
    return result


def _lead_words(article: Article, parts: dict[str, str], subject: str) -> set[str]:
    """The rare words of the lead, dated or not: the article's own summary
    names its turning points ("Dengan menggunakan sistem Rencana Lima Tahun,
    Uni Soviet berusaha melakukan kolektivisasi ...")."""
    text = " ".join(p.text for _, p in article.paragraphs() if is_lead(parts.get(p.id, "")))
    # The title's own names ("Ioseb", "Jughashvili", "Galileo's") and the
    # lifespan's years tell who and when, not what happened.
    own = {w.casefold() for w in WORD.findall(article.title)}
    endings = possessive_endings(article.lang)
    return {w for w in content_words(text, article.lang, subject)
            if language(article.lang).zipf(w) < LEAD_WORD_ZIPF and not any(c.isdigit() for c in w)
            and without_possessive(w, endings) not in own}


@dataclass
class _Scoring:
    """What the score of one event needs to know about its article."""

    data: dict                   # the [score] table of the language's timeline.toml
    subject: str                 # the article's subject when it is a name ("Stalin"), else ""
    names: Counter               # capitalised names -> how often the article writes them
    history: frozenset[str]      # chapters whose heading says they tell the history
    descriptors: frozenset[str]  # words that say what a person is: "chemist", "sejarawan"
    owners: tuple[tuple[str, ...], tuple[str, ...]]   # possessive endings ("'s"), family nouns ("istri")
    others_cues: dict            # the cue words of an event that is not the subject's own life

    @classmethod
    def of(cls, article: Article) -> "_Scoring":
        data = langdata.load(article.lang, "timeline").get("score", {})
        subject = article_subject(article)
        tokens = [t for _, p in article.paragraphs() for t in WORD.findall(p.text)]
        lower = {t.casefold() for t in tokens if t[:1].islower()}
        names = Counter(t for t in tokens if t[:1].isupper() and t.casefold() not in lower)
        openers = tuple(w.casefold() for w in data.get("history_headings", []))
        history = frozenset(ch.id for ch in article.chapters
                            if openers and not is_lead(ch.id) and ch.title.casefold().startswith(openers))
        # A history chapter stands out only beside chapters that are not history.
        if len(history) == len([ch for ch in article.chapters if not is_lead(ch.id)]):
            history = frozenset()
        timeline = langdata.load(article.lang, "timeline")
        descriptors = frozenset(w.casefold() for w in timeline.get("descriptors", []))
        owners = (possessive_endings(article.lang), tuple(w.casefold() for w in timeline.get("possessive_suffix_nouns", [])))
        own_only = {w.casefold() for w in data.get("own_life_only", [])}
        others = {w: v for w, v in data.get("key_words", {}).items() if w.casefold() not in own_only}
        return cls(data, subject, names, history, descriptors, owners, others)

    def score(self, event: TimelineEvent) -> float:
        text = event.text.casefold()
        data, subject = self.data, self.subject.casefold()
        fore, background = _background(text, data)
        named = bool(subject) and subject in text
        own = named and _own_life_event(text, subject, data.get("life_words", {}), self.owners)
        # A birth is a turning point of the subject's own life only ("Galileo was
        # born"); another's ("Virginia was born", "the Irish-born population") is a detail.
        table = data.get("key_words", {}) if own else self.others_cues
        cues = _cue_sum(table, fore, background)
        if cues and _names_an_event(event.text, table):
            cues += NAMED_EVENT
        figure = any(w in text and re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text) for w in self._statistics())
        if figure:
            cues /= 2          # "immigrants (individuals born outside Canada) comprise 46.6%": no birth
        score = PRECISION_WEIGHT.get(event.precision, 0.5) + min(cues, CUE_CAP) + self._salience(event.text)
        if named:
            # "Galileo observed ..." opens with the subject; "Galileo's father died" does not.
            score += SUBJECT + SUBJECT_OPENS * bool(re.match(rf"{re.escape(subject)}(?![\w'’])", text))
            if own:
                score += LIFE          # the subject's own birth, death, accession
            if _own_life_event(text, subject, data.get("life_stations", []), self.owners):
                score += STATION       # "Galileo moved to the University of Padua"
        if self._introduces_someone(event.text):
            score += INTRODUCED
        if event.ref.chapter_id in self.history:
            score += HISTORY_CHAPTER
        if figure:
            score += STATISTIC
        if self._tells_a_state(text):
            score += STATE
        if _first_cue(text, data.get("commemorations", [])) is not None:
            score += COMMEMORATION     # "to mark the 400th anniversary of ...": a date that looks back at another
        return score + _penalties(event, text, data)

    def _salience(self, text: str) -> float:
        """Names the article keeps coming back to make an event about its story."""
        found = {t for t in WORD.findall(text) if t[:1].isupper() and t != self.subject and t in self.names}
        weight = sum(NAME_RECURRING if self.names[t] >= RECURRING else NAME_WEIGHT for t in found)
        return min(weight, NAME_CAP)

    def _introduces_someone(self, text: str) -> bool:
        """ "French chemist Antoine Lavoisier considered ...", "Belgian engineer
        Zénobe-Théophile Gramme's invention": a person brought in with what
        they are (a `descriptors` word before the name) is one who matters to
        the story."""
        tokens = WORD.findall(text)
        return any(t.casefold() in self.descriptors and nxt[:1].isupper()
                   for t, nxt in zip(tokens, tokens[1:]))

    def _tells_a_state(self, text: str) -> bool:
        """ "The Toronto City Council is a unicameral legislative body", "X is
        also home to Y": a copula of the present (`state_verbs`), outside
        brackets and quotations and before any cue word, tells how things are,
        not what happened ("Aluminium recycling began and has been used ... as
        aluminium is not impaired" tells that recycling began)."""
        said = _SAID.sub(" ", text)
        copula = _first_cue(said, self.data.get("state_verbs", []))
        cue = _first_cue(said, self.data.get("key_words", {}))
        return copula is not None and (cue is None or copula < cue)

    def _statistics(self) -> list[str]:
        return [w.casefold() for w in self.data.get("statistic_words", [])]


def _own_life_event(text: str, subject: str, words, owners: tuple[tuple[str, ...], tuple[str, ...]]) -> bool:
    """One of `words` (a birth or death word, a move) with the subject named
    before it: the subject's own ("Galileo died"), not another's ("Virginia
    died, and is buried with Galileo", "Galileo's father died", "Istri Stalin
    meninggal"; `owners`: the possessive endings and the family nouns).
    `text` and `subject` are case-folded."""
    life = _first_cue(text, words)
    return life is not None and any(not _owned(text, m.start(), m.end(), owners)
                                    for m in re.finditer(re.escape(subject), text[:life]))


def _owned(text: str, start: int, end: int, owners: tuple[tuple[str, ...], tuple[str, ...]]) -> bool:
    """Is the name at text[start:end] an owner ("Galileo's father", "istri
    Stalin"): a possessive ending after it, or a family noun before it?"""
    endings, kin = owners
    before = text[:start].split()[-1:]
    return text.startswith(endings, end) or bool(before) and before[0] in kin


def _background(text: str, data: dict) -> tuple[str, str]:
    """The entry split into what it tells and its background: "after the UK
    declared war", "setelah Uni Soviet runtuh" name an earlier event that only
    sets the scene, up to the next comma (or the end)."""
    openers = data.get("background_openers", [])
    if not openers:
        return text, ""
    pattern = _background_pattern(tuple(w.casefold() for w in openers))
    spans = [m.span() for m in pattern.finditer(text)]
    fore = " ".join(text[a:b] for a, b in zip([0] + [e for _, e in spans], [s for s, _ in spans] + [len(text)]))
    return fore, " ".join(text[a:b] for a, b in spans)


@lru_cache(maxsize=None)
def _background_pattern(openers: tuple[str, ...]) -> re.Pattern:
    words = "|".join(re.escape(w) for w in sorted(openers, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)[^,;]*")


def _other_year(event: TimelineEvent) -> bool:
    """The entry names a year outside its own date ("On 26 July 2012, a bill
    was introduced" dated 1952): it tells another time, or its date is wrong."""
    start, end = _years(event)
    years = (int(y) for y in YEAR.findall(event.text))
    return any(not start - 1 <= y <= end + 1 for y in years)


def _penalties(event: TimelineEvent, text: str, data: dict) -> float:
    """Opinions, fragments, labels too long to read, dates taken from context."""
    words = text.split()
    out = 0.0
    if len(words) > LONG_WORDS:
        out -= 0.5
    elif 3 <= len(words) <= SHORT_WORDS:
        out += SHORT       # a short statement of its own: what a timeline label should be
    if _first_cue(text, data.get("hedges", [])) is not None:     # whole words: "mungkin", not "memungkinkan"
        out -= 1.5
    if event.inferred:
        out -= 0.3
    if _other_year(event):
        out += OTHER_YEAR
    if len(words) < 3 or event.sentence.rstrip().endswith(":"):
        out -= 1.0         # a fragment, or the lead-in of a list ("As of 2013, the following are:")
    if words[:1] and words[0] in {w.casefold() for w in data.get("weak_starts", [])}:
        out -= 1.0
    elif set(words[:UNRESOLVED_WITHIN]) & {w.casefold() for w in data.get("unresolved_openers", [])}:
        out += UNRESOLVED     # "It entered ...", "Organisasi ini ...": who or what is not told
    return out


def article_subject(article: Article) -> str:
    """The name the article's events use for its subject: "Stalin" for "Josef
    Stalin", "Elizabeth" for "Elizabeth I" (a regnal number is no name), ""
    for "History of aluminium" (every event is about aluminium, so naming it
    tells nothing).

    A title made from a file name ("Galileo galilei") is written as the
    text writes it ("Galileo Galilei"); of the title's names, the one the
    text uses most is the subject ("Galileo"; a tie goes to the last word,
    the surname)."""
    # The date reader and the ranking both ask: the text is counted once.
    return _subject_of(article.title, tuple(p.text for _, p in article.paragraphs()))


@lru_cache(maxsize=8)
def _subject_of(title: str, texts: tuple[str, ...]) -> str:
    words = title.split()
    if len(words) > 1 and REGNAL.fullmatch(words[-1]):
        words = words[:-1]
    if not words:
        return ""
    # How the text writes each word inside a sentence (a sentence's first word is capitalised anyway).
    written = Counter(t for text in texts for t in INSIDE_SENTENCE.findall(text))
    names = []
    for word in words:
        name = word[:1].upper() + word[1:]
        if written[name] > written[name.lower()]:
            names.append(name)
        elif word[:1].isupper() and word is words[-1]:
            names.append(word)        # a single-word title or a surname the text never repeats
    if not names or names[-1].casefold() != words[-1].casefold():
        return ""                     # the title ends with a common word: "History of aluminium"
    return max(reversed(names), key=lambda n: written[n])


def story_words(content: set[str], lang: str) -> set[str]:
    """The words by which two entries of one year tell one story: the rarer of
    their content words ("hurricane", "hazel"); an "engineer" and a "method"
    in both make no story of Castner's sodium and Hall and Héroult's
    aluminium."""
    zipf = language(lang).zipf
    return {w for w in content if zipf(w) < STORY_ZIPF}


def content_words(text: str, lang: str, subject: str) -> set[str]:
    """The entry's words that carry content: not the subject, not short, not common."""
    # Frequencies through the language's memo, which the text layer has filled with most words.
    zipf = language(lang).zipf
    return {w for w in (t.casefold() for t in WORD.findall(text))
            if len(w) > 3 and w != subject.casefold() and zipf(w) < COMMON_ZIPF}


def _years(event: TimelineEvent) -> tuple[int, int]:
    """Signed first and last year (a span BC has no HTML end: its start serves)."""
    start = int(event.datetime[:4]) if event.datetime else key_year(event.sort_key)
    end = int(event.end_datetime[:4]) if event.end_datetime else start
    if event.precision == "decade":
        end = start + 9
    elif event.precision == "century":
        end = start + 99
    return start, end


def _merge(events: list[TimelineEvent], words: list[set[str]], life: list[bool], part: list[str]):
    """Indices of the events that stay, and how often each was retold (by the lead)."""
    alive = set(range(len(events)))
    retold = [0] * len(events)
    lead = [0] * len(events)
    # Only an event dated to the day can be `_same_day` as another: of some 50,000 pairs, those alone are tested.
    day = [e.precision == "day" for e in events]
    for i in range(len(events)):
        for j in range(i + 1, len(events)):
            if i not in alive or j not in alive:
                continue
            if not (words[i] & words[j] and _same(events[i], events[j], words[i], words[j])
                    or life[i] and life[j] and _same_life(events[i], events[j])
                    or day[i] and _same_day(events[i], events[j])):
                continue
            keep, drop = (i, j) if _better(events[i], events[j], part[i], part[j]) else (j, i)
            alive.discard(drop)
            if (life[keep] and life[drop] and is_lead(part[keep])
                    and len(events[drop].text) > len(events[keep].text)):
                # "(23 June 1912 – 7 June 1954)" has the day, the text tells what happened.
                events[keep].text, events[keep].sentence = events[drop].text, events[drop].sentence
                words[keep] = words[drop]
            events[keep].repeats += [events[drop].ref] + events[drop].repeats
            retold[keep] += 1 + retold[drop]
            lead[keep] = max(lead[keep], lead[drop], is_lead(part[drop]))
    return sorted(alive), retold, lead


def _overlap(a: TimelineEvent, b: TimelineEvent) -> bool:
    (a0, a1), (b0, b1) = _years(a), _years(b)
    return not (a1 < b0 or b1 < a0)


def _same(a: TimelineEvent, b: TimelineEvent, wa: set[str], wb: set[str]) -> bool:
    if not _overlap(a, b) or min(len(wa), len(wb)) < 2:
        return False
    if a.ref == b.ref and a.sentence == b.sentence:
        return False       # two dates of one sentence are two events, even with one clause
    if a.precision == b.precision and a.datetime != b.datetime:
        return False       # two dates of the same kind that differ: two events
    return len(wa & wb) >= OVERLAP * min(len(wa), len(wb))


def _same_life(a: TimelineEvent, b: TimelineEvent) -> bool:
    """Two tellings of the subject's birth or death: one date inside the other
    ("1954", "7 June 1954"), or the very same date."""
    return _overlap(a, b) and (a.precision != b.precision or a.datetime == b.datetime)


def _same_day(a: TimelineEvent, b: TimelineEvent) -> bool:
    """One day, told twice in few words ("Mohammad Hatta lahir" in the lead's
    brackets, "Hatta lahir di Bukittinggi" in the text): every word counts."""
    if a.precision != "day" or a.datetime != b.datetime or a.end_datetime != b.end_datetime:
        return False
    ta, tb = ({w.casefold() for w in WORD.findall(e.text)} for e in (a, b))
    return len(ta & tb) >= max(2, OVERLAP * min(len(ta), len(tb)))


def _better(a: TimelineEvent, b: TimelineEvent, part_a: str, part_b: str) -> bool:
    """Should a survive rather than b? More precise first, then body text over the lead."""
    pa, pb = PRECISION_ORDER.index(a.precision), PRECISION_ORDER.index(b.precision)
    if pa != pb:
        return pa < pb
    return not (is_lead(part_a) and not is_lead(part_b))


def _parts(article: Article) -> dict[str, str]:
    """Paragraph id -> the part of the article it belongs to: its chapter, the
    lead being "ch0". An article without headings is one chapter; there the
    first paragraph is the lead (what Wikipedia's first paragraph is) and the
    rest falls into `PARTS` stretches of equal length, so the key events
    still come from every part of the story."""
    chapters = [ch for ch in article.chapters if ch.has_text()]
    if len(chapters) != 1:
        return {p.id: ch.id for ch, p in article.paragraphs()}
    paragraphs = list(chapters[0].all_paragraphs())
    rest = len(paragraphs) - 1
    return {p.id: LEAD_CHAPTER if n == 0 else f"part{(n - 1) * PARTS // max(rest, 1)}" for n, p in enumerate(paragraphs)}


def _cue_sum(table: dict, text: str, background: str = "") -> float:
    """Sum of the weights of the cue words in `text`; "discover*" matches any ending.
    A cue found only in the `background` clauses counts `BACKGROUND` of its weight."""
    total = 0
    for word, any_ending, weight in _patterns_of(table):
        # (A cue can only stand where its word is: the substring test spares most searches.)
        if word in text and _cue_at(word, any_ending, text) >= 0:
            total += weight
        elif word in background and _cue_at(word, any_ending, background) >= 0:
            total += BACKGROUND * weight
    return total


def _retells(wa: set[str], wb: set[str]) -> bool:
    """Two entries that tell one thing in nearly the same content words, whatever their dates."""
    small = min(len(wa), len(wb))
    return small >= 3 and len(wa & wb) >= 0.8 * small


def _first_cue(text: str, words) -> int | None:
    """Where the first of `words` (a list, or a table of cue words) stands in `text`, or None."""
    starts = [at for word, any_ending, _ in _patterns_of(words) if word in text
              for at in [_cue_at(word, any_ending, text)] if at >= 0]
    return min(starts, default=None)


def _names_an_event(text: str, table: dict) -> bool:
    """A cue word written as part of a name after the first word: "Konferensi Yalta", "Battle of York"."""
    patterns = _patterns_of(table)
    return any(word in folded and _cue_at(word, any_ending, folded) >= 0
               for folded in (w.casefold() for w in WORD.findall(text)[1:] if w[:1].isupper())
               for word, any_ending, _ in patterns)


# id(table) -> (the table, its patterns). Kept with the table, so its id stays
# its own; looked up by identity, since building and hashing a tuple of every
# cue at each of some 2,500 calls an article cost more than the search. The
# tables are the language's (loaded once) and one per article (`others_cues`).
_PATTERNS: dict[int, tuple[object, list[tuple[str, bool, float]]]] = {}
MAX_TABLES = 64


def _patterns_of(words) -> list[tuple[str, bool, float]]:
    """`_cue_patterns` of a table of cue words and weights, or of a list of words (weight 1)."""
    if not words:
        return []
    entry = _PATTERNS.get(id(words))
    if entry is None or entry[0] is not words:
        items = tuple(words.items()) if isinstance(words, dict) else tuple((w, 1) for w in words)
        if len(_PATTERNS) >= MAX_TABLES:
            _PATTERNS.clear()
        entry = _PATTERNS[id(words)] = (words, _cue_patterns(items))
    return entry[1]


@lru_cache(maxsize=None)
def _cue_patterns(items: tuple) -> list[tuple[str, bool, float]]:
    """(word, any ending allowed, weight) of each cue: "discover*" is ("discover", True, ...)."""
    return [(key.casefold().rstrip("*"), key.endswith("*"), weight) for key, weight in items]


def _cue_at(word: str, any_ending: bool, text: str) -> int:
    r"""Where the cue word first stands in `text` as a word of its own (with
    `any_ending`, as the start of one), -1 if nowhere: what the pattern
    `(?<!\w)word(?!\w)` (or `(?<!\w)word[\w-]*(?!\w)`) finds, without a
    pattern compiled per cue word."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not _word_char(text[at - 1])) and (any_ending or end == len(text) or not _word_char(text[end])):
            return at
        at = text.find(word, at + 1)
    return -1


def _word_char(char: str) -> bool:
    r"""A character `\w` matches: a letter, a digit or "_"."""
    return char.isalnum() or char == "_"


def _mark_key(events: list[TimelineEvent], words: list[set[str]], content: list[set[str]], part: list[str], held: set[int],
              after_life: set[int] = frozenset()) -> None:
    """Key events: each chapter's best, in proportion to its events, then the best overall.

    `words` are the entries' story words, `content` their content words (an
    entry that retells a chosen one is never taken), `held` the entries a
    reader cannot read alone, `after_life` those after the subject's death
    (at most `AFTER_LIFE` of them).

    A second entry of one year about the same thing (two content words in
    common: "Hurricane Hazel" struck, then building on floodplains was
    banned "after Hurricane Hazel") waits until every other story is in.
    """
    if not events:
        return
    wanted = min(len(events), max(KEY_MIN, min(KEY_MAX, round(KEY_SHARE * len(events)))))
    order = sorted(range(len(events)), key=lambda i: (-events[i].score, i))
    chosen: list[int] = []
    per_year: dict[int, int] = {}
    texts: set[str] = set()
    # Few events to choose from (a short article): a busy year may fill more places.
    per_year_cap = KEY_PER_YEAR if len(events) > 2 * wanted else wanted

    def same_story(i: int, year: int) -> bool:
        return any(key_year(events[j].sort_key) == year and len(words[i] & words[j]) >= 2 for j in chosen)

    def take(i: int, strict: bool = True) -> bool:
        year, text = key_year(events[i].sort_key), events[i].text
        if i in chosen or i in held or per_year.get(year, 0) >= per_year_cap or text in texts or len(chosen) >= wanted:
            return False
        if strict and same_story(i, year):
            return False
        if i in after_life and len(after_life.intersection(chosen)) >= AFTER_LIFE:
            return False
        if any(_retells(content[i], content[j]) for j in chosen):
            return False
        chosen.append(i)
        per_year[year] = per_year.get(year, 0) + 1
        texts.add(text)
        return True

    by_chapter: dict[str, list[int]] = {}
    for i in order:
        by_chapter.setdefault(part[i], []).append(i)
    # A chapter's quota takes only events that would stand out anywhere.
    good = sorted(e.score for e in events)[int(len(events) * QUOTA_QUANTILE)]
    for chapter, members in sorted(by_chapter.items()):
        if is_lead(chapter):
            continue
        quota = max(1, int(wanted * len(members) / len(events)))
        for i in [i for i in members if events[i].score >= good][:quota]:
            take(i)
    for i in order:
        take(i)
    for i in order:
        take(i, strict=False)
    for i in chosen:
        events[i].key = True
