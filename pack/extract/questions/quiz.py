"""Quiz: multiple-choice and fill-in items from the glossary, the timeline and the people.

Stage: extract. Inputs: an `Article`, its glossary entries, timeline events
and (optionally) people. When the glossary or the timeline is empty, the
terms the article defines itself and its dated sentences stand in for them.
Outputs: `QuizItem`s, "choice" (a prompt, four distinct options, the answer
among them) and "fill" (a prompt with a blank, the answer), each pointing
at the paragraph that holds the answer. Distractors come from other entries
of the same kind (definitions for definitions, dates for dates, spans for
spans, names of people of the same sort and time for names: none of the
other sex by the roles' words, the answer's own name under another form
neither, people told in the answer's paragraphs first). An item a teacher
would strike is not made: an event whose words give its year, a caption, a
state, a clause without subject, words that lean on the sentence before
("The object was ..."), a minor person's death or birth; a person below the
who's-who's first ones, kin of a minor person, a title the text gives two people. An
event that opens with a leading person is also asked as "who did it". One
source fills at most a share of the quiz, one person answers one item. Deterministic: options are
ordered by a hash of their text, never by a random generator.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from functools import lru_cache
from types import SimpleNamespace
from typing import Callable, Iterable, Iterator

from pack import lang as langdata
from pack.extract.questions.ask_recall import dated_events
from pack.extract.questions.ask_terms import worth_asking
from pack.extract.questions.candidate import QUOTED, points_back, referents_ok
from pack.extract.questions.clauses import specific
from pack.extract.questions.context import QuestionContext
from pack.extract.questions.definitions import text_definitions
from pack.extract.questions.grammar import mend
from pack.extract.questions.kinds_of_text import chapter_kind
from pack.extract.questions.names import mentioned, mentions_any
from pack.extract.questions.sentences import WORD, QuestionSentence, strip_end
from pack.extract.timeline.date_values import event_years
from pack.model import Article, GlossaryEntry, Person, QuizItem, Reference, TimelineEvent, is_lead
from pack.lang.schema import tunables_of
from pack.text import wordclass
from pack.text.language import phrase_alternation

# Thresholds, each declared with why in pack/lang/schema.toml [tunables].
(OPTIONS, MAX_DEFINITION_WORDS, MAX_EVENT_WORDS, CONTENT_LETTERS, SAME_FACT, MIN_FACT_WORDS,
 ROLE_STATED, PERSON_RANK, SOURCE_SHARE, SAME_NAME, CHAPTERS_NEAR, CIRCA_YEARS, STEM_LETTERS,
 GROUP_ROLE, ERA_YEARS) = tunables_of(__name__)
# The patterns the items are checked with, each with what it finds; the code reads each
# by its name (PATTERN.year), so their order in the table means nothing.
PATTERNS = {
    "year": r"\d{4}",
    "clause_break": r"[,;:()]",
    "joined_before": r"[^\W\d_]\s*[–—-]\s*$",       # a word and a dash (spaced or not) before an event's opening
    "abbreviation_first": r"\w{1,3}\.\w{0,2}\.?(?:\s|,)",
    "complement": r"(?<!\w)[a-z]{1,3}\s+$",           # a small word before a name ("king of" Mysore): a complement follows
    "title": r"[A-Z][\w-]*(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w-]*)*",   # capitalised words, "of"/"dan" between ("Secretary of State")
    "word_part": r"[^\W_]+",                        # letters or digits only: "half-brother" is two parts
    # The pieces of "<name> as <later name>" (`_linked`), which is looked for by hand:
    "spaces": r"\s+",
    "title_word": r"[A-Z][\w.]*\s+",                # "Pope" of "as Pope Urban VIII"
    "word_char": r"\w",
}
PATTERN = SimpleNamespace(**{name: re.compile(pattern) for name, pattern in PATTERNS.items()})


def build_quiz(article: Article, glossary: Iterable[GlossaryEntry], timeline: Iterable[TimelineEvent],
               people: Iterable[Person] = (), count: int = 10, context: QuestionContext | None = None) -> list[QuizItem]:
    """`context`: the article's `QuestionContext` with these people, if the caller has it."""
    ctx = context or QuestionContext(article, tuple(people))
    terms = [e for e in glossary if e.kind == "definition" and _short(e.definition) and e.refs]
    terms = terms or [e for e in text_definitions(ctx) if e.kind == "definition" and _short(e.definition)]
    names = {t.term.casefold() for t in terms}
    terms = [e for e in terms if worth_asking(ctx, e) and _gloss_ok(e, ctx, names)]
    events = [e for e in timeline if e.date_text and e.text and e.ref] or dated_events(ctx)
    events = [e for e in events if len(WORD.findall(e.text)) <= MAX_EVENT_WORDS and _answerable(e, ctx)
              and not _gives_year(e) and _tells(e.text, ctx) and not _state(e.text, ctx)
              and not points_back(e.text, ctx, quiz=True) and not _subjectless(e.text, ctx) and not _minor_life(e.text, ctx)]
    # The timeline's key events first (what the chapters are about), not the first
    # years of the article (a childhood's school and house moves).
    events.sort(key=lambda e: not e.key)
    # A role that says whose or of what ("pemimpin Bolshevik", "North York mayor"),
    # not "teman dan pembela" (of whom?) or "premier" (of where?).
    persons = [p for p in people if p.role and p.refs and p.role_kind == "role"
               and _role_ok(strip_end(p.role), ctx)]
    # Who the who's-who ranks first (people is in its order): a minor person's
    # brother or post is trivia, not what a chapter is about.
    leading = {p.name for p in list(people)[:PERSON_RANK]}
    # A historian's work ("Stanley Vestal conducted interviews with surviving Hunkpapa")
    # is no event of the story.
    commentators = [f for p in people if ctx.is_commentator(p.name) for f in (p.name, *p.variants)]
    events = [e for e in events if not any(e.text.startswith(f + " ") for f in commentators)]
    makers: list[Iterator[QuizItem]] = [
        _definition_choices(ctx, terms), _event_choices(ctx, events),
        _term_blanks(ctx, terms[1::2]), _year_blanks(ctx, events[1::2]), _person_choices(ctx, persons, leading),
        _doer_choices(ctx, events, list(people), leading)]
    items: list[QuizItem] = []
    # One kind of item does not fill the quiz ("when did this happen" ten times over).
    most, sources = math.ceil(SOURCE_SHARE * count), Counter()
    while makers and len(items) < count:
        for maker in list(makers):
            item = next(maker, None)
            if item is None:
                makers.remove(maker)
            elif len(items) < count and sources[item.source] < most and not _answered(item, items) \
                    and _printable(item, items, ctx):
                item.id = f"quiz-{len(items) + 1}"
                items.append(item)
                sources[item.source] += 1
    return items


def _answered(item: QuizItem, items: list[QuizItem]) -> bool:
    """A person already the answer of another item ("Who was the leader of the
    Bolsheviks?" and "Who had a stroke?", both Lenin): one person, one item."""
    return item.source == "people" and any(i.answer == item.answer for i in items)


def _gives_year(event: TimelineEvent) -> bool:
    """The event's own words hold its year ("Foljambe's Rotherham plough of 1730 was the
    first ...", "Effective October 1, 1804, ..."): the stem gives the answer away."""
    return any(year in event.text for year in PATTERN.year.findall(event.date_text))


def _tells(text: str, ctx: QuestionContext) -> bool:
    """The event says that something happened: a word of it may be a verb. A picture's
    caption ("William and Mary Presenting the Cap of Liberty to Europe, Sir James
    Thornhill"), a title ("A comprehensive overview of the history of ...") or a noun
    phrase ("Lenin's death") has none. Lenient: a word that may be a noun or a verb
    ("film", "hit") counts as a verb; the words of a name (capitals) and -ing forms do not."""
    # Only the main clause tells: an apposition or a relative clause after a comma does
    # not ("Jean Senebier, a Swiss pastor, botanist, and naturalist"; "the increase in
    # aluminium production, which first exceeded 10,000,000 metric tons"), nor the noun
    # after an article ("The repeal of the protectionist agricultural tariffs"; a last
    # word is read as it is: "A happened").
    # (An apposition between two commas: "Keechaka Vadham, the first film in South India
    # was produced ..." has its verb after one comma only.)
    article = ctx.ql.words_in("words", "determiners")
    apposition, relative_clause = ctx.once("quiz asides", _asides)
    main = relative_clause.sub(" ", apposition.sub(" ", text))
    words = WORD.findall(main)
    lowered = [w.casefold() for i, w in enumerate(words)
               if (not i or w[:1].islower()) and not (0 < i < len(words) - 1 and words[i - 1].casefold() in article)]
    return any(_may_be_verb(w, ctx) for w in lowered)


def _asides(ctx: QuestionContext) -> tuple[re.Pattern, re.Pattern]:
    """`_tells`' patterns, made once per article: an apposition between two commas
    (a determiner first) and a relative clause after a comma or a semicolon."""
    article = phrase_alternation(ctx.ql.words_in("words", "determiners"))
    relative = phrase_alternation(ctx.ql.words_in("words", "relatives"))
    return (re.compile(rf",\s*(?:{article})\b[^,;]*,", re.I), re.compile(rf"[,;]\s*(?:{relative})\b[^,;]*", re.I))


def _state(text: str, ctx: QuestionContext) -> bool:
    """Not an event: a clause without its subject ("which became the first American hockey
    team ..."), a state told in the present ("Chennai is the birthplace of ...") or a
    figure ("The record low temperature was −9.2 °C", "Asians were 4.2% of the population")."""
    words = [w.casefold() for w in WORD.findall(text)]
    # (What someone said keeps its tense: "Lincoln declared, "[The] Institution of slavery is ...";
    # an infinitive has none: "expanded the programme to include more engineers"; a word
    # with a capital inside the text is a name's: "the North American International Auto Show".)
    quiz = ctx.ql.questions.get("quiz", {})
    said = WORD.findall(QUOTED.sub(" ", text))
    infinitive = set(quiz.get("infinitive_markers", []))
    told = {w.casefold() for i, w in enumerate(said)
            if not i or (w[:1].islower() and said[i - 1].casefold() not in infinitive)}
    present = set(quiz.get("state_verbs", []))
    return bool(words) and (words[0] in ctx.ql.words_in("words", "relatives") or bool(present & told)
                            or bool(_figure(ctx).search(text)))


def _subjectless(text: str, ctx: QuestionContext) -> bool:
    """A clause cut from its subject ("Founded and home to a museum", "Terdapat letusan
    yang tidak diketahui"): it opens with a word that may be a verb, no noun, no adjective
    and no name (English "Purchase subsidies in rural areas reduced ..." opens with a noun)."""
    first = (WORD.findall(text)[:1] or [""])[0]
    # A word the article writes in lower case elsewhere ("founded"), not a name ("Peter").
    if not first or not _lower_first(first, ctx)[:1].islower() or not _may_be_verb(first.casefold(), ctx):
        return False
    return not {"NOUN", "ADJ", "PROPN"} & wordclass.classes(first.casefold(), ctx.article.lang)


def _minor_life(text: str, ctx: QuestionContext) -> bool:
    """A life event (`[quiz] life_verbs`: died, was born, married) whose words do not
    name the subject: "Craig died", "Morris died", "the Cardinal Colonna died of the
    plague" are trivia, their people named in passing ("Sarah died ..., devastating
    Lincoln" names him, and stays)."""
    verbs = ctx.ql.questions.get("quiz", {}).get("life_verbs", [])
    if not any(mentioned(v, text.casefold()) for v in verbs):
        return False
    return not any(ctx.is_subject(n) for run in PATTERN.title.findall(text) for n in (run, *run.split()))


def _figure(ctx: QuestionContext) -> re.Pattern:
    """A figure, not an event: a copula or a verb of growth right before a number, a
    qualifier between them or not ("was around 35,000", "had grown to 9,554"), by
    `[quiz] figure_verbs` and `figure_qualifiers`; a share ("61.7%", "40 percent", by
    `figure_units`); or a count that opens the text ("187 homeless people died ...")."""
    def make(c: QuestionContext) -> re.Pattern:
        quiz = c.ql.questions.get("quiz", {})
        never = "(?!x)x"
        verbs = "|".join(map(re.escape, quiz.get("figure_verbs", []))) or never
        qualifiers = "|".join(map(re.escape, quiz.get("figure_qualifiers", []))) or never
        units = "|".join(map(re.escape, quiz.get("figure_units", []))) or never
        return re.compile(rf"(?<!\w)(?:{verbs})\s+(?:(?:{qualifiers})\s+)?[−\-$€£]?\d"
                          rf"|\d\s*(?:{units})(?!\w)|^\d", re.I)
    return ctx.once("quiz_figure", make)


def _may_be_verb(word: str, ctx: QuestionContext) -> bool:
    """A verb by the language's lists and prefixes, or one the lexicon knows (English)."""
    code = ctx.article.lang
    if word in ctx.ql.verbs or ctx.ql.is_verb(word) or ctx.ql.looks_like_verb(word):
        return True
    return "VERB" in wordclass.classes(word, code) and not wordclass.ing_form(word, code)


def _answerable(event: TimelineEvent, ctx: QuestionContext) -> bool:
    """A student finds the answer in the passage: its sentence gives the event's year and
    no other ("celebrated the 175th anniversary ... in 1834" on March 6, 2009 asks for
    which?), the event names what it is about ("abandoned it" names nothing) and the
    date is its own, not a relative clause's."""
    # The year check needs the whole sentence; events made from the text's one-date
    # sentences (`dated_events`) carry none and have one year by construction.
    years = set(PATTERN.year.findall(event.sentence)) if event.sentence else {str(_year(event.date_text))}
    # "... buku Kapital karya Karl Marx yang diterbitkan" (in 1867): the date was the
    # relative clause's, cut off at its end, not the event's.
    words = WORD.findall(strip_end(event.text))
    dangling = len(words) >= 2 and words[-2].casefold() in ctx.ql.words_in("words", "relatives")
    # "dia aktif di Loge Mataram": the quiz names no one for the pronoun (of whom?).
    pronoun = any(w.casefold() in ctx.ql.person_pronouns for w in words)
    # "The object was widely considered to be a black hole": "the object" of the sentence
    # before, which the item does not print (`referents_ok` with the event's sentence).
    return years == {str(_year(event.date_text))} and referents_ok(event.text, ctx, _sentence_of(event, ctx)) \
        and not dangling \
        and not pronoun and not _bounded(event.date_text, ctx) and not _cut_from_name(event)


def _sentence_of(event: TimelineEvent, ctx: QuestionContext) -> QuestionSentence | None:
    """The article's sentence the event was told in, where the questions' context has it."""
    found = ctx.once("quiz_sentence_by_text", lambda c: {s.text: s for s in c.sentences})
    return found.get(event.sentence)


def _cut_from_name(event: TimelineEvent) -> bool:
    """The event opens right after a dash between words of its sentence: its subject was
    cut out of a longer name ("Komisi Budi Utomo – PBI pun dibentuk" -> "PBI pun
    dibentuk", and PBI was founded years before)."""
    opening = " ".join(WORD.findall(event.text)[:3])
    at = event.sentence.find(opening) if opening else -1
    return at > 0 and bool(PATTERN.joined_before.search(event.sentence[:at]))


def _bounded(date_text: str, ctx: QuestionContext) -> bool:
    """A date that opens or closes a span ("sampai 1911", "since 1895") answers "until
    when?", not "when?": "Budi Utomo diketuai oleh Tirtokusumo pada tahun ____" (he
    led it until 1911) would be false, and "sampai 1909" is no date of the same kind
    as "1907" among the options."""
    starts = tuple(f"{w} " for w in langdata.load(ctx.article.lang, "dates").get("format", {}).get("role_words", {}).values())
    return bool(starts) and date_text.casefold().startswith(starts)


def _printable(item: QuizItem, items: list[QuizItem], ctx: QuestionContext) -> bool:
    """The grammar pass mends the prompt or rejects the item; a prompt already asked is rejected."""
    prompt = mend(item.prompt, ctx, chapter_kind(ctx, item.ref.chapter_id) if item.ref else "")
    if not prompt or any(_near_prompt(prompt, i.prompt, ctx) for i in items):
        return False
    item.prompt = prompt
    return True


def _near_prompt(a: str, b: str, ctx: QuestionContext) -> bool:
    """One fact asked twice ("York was renamed and incorporated as the city of Toronto" and
    "York was incorporated as the City of Toronto, adopting ..."): most content words of
    the shorter prompt, the quiz templates' own words left out, are in the other."""
    frame = ctx.once("quiz_frame_words", lambda c: set(_same(" ".join(
        t for t in c.ql.questions.get("quiz", {}).values() if isinstance(t, str))).split()))
    # Words compared by their first letters: "Curie isolated pure radium metal" and "Curie
    # succeeded in isolating radium" are one fact.
    x, y = (set(w[:STEM_LETTERS] for w in _same(t).split() if len(w) > CONTENT_LETTERS and w not in frame)
            for t in (a, b))
    # A term's two items ("Manakah yang menjelaskan Politbiro?", "Kapan ... Budi masuk Politbiro?")
    # share one word: a fact needs a few.
    least = min(len(x), len(y))
    return _same(a) == _same(b) or (least >= MIN_FACT_WORDS and len(x & y) >= SAME_FACT * least)


@lru_cache(maxsize=4096)          # (every option is compared with every other)
def _same(text: str) -> str:
    """Text compared without case, punctuation and spacing (two spellings of one answer)."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def _role_ok(role: str, ctx: QuestionContext) -> bool:
    """A role that says whose or of what, and no clause of its own
    ("pendiri Boedi Oetomo terdiri dari 9 orang"); "yang dikenal ..." may follow."""
    words = role.split()
    # "Swedish German pharmaceutical chemist": a trade with its modifiers fits many people
    # (where the head comes last; "founder of ..." or "pemimpin Bolshevik" say whose).
    if ctx.ql.question_words.get("adjectives_before_nouns") and words \
            and words[-1].casefold() in ctx.ql.person_titles:
        return False
    # "leader of Portuguese", "key agent of German": an adjective of a nation cut from its
    # noun ("President of Egypt" names a country: a place).
    last = words[-1] if words else ""
    if len(words) >= 3 and PATTERN.complement.search(" ".join(words[:-1]) + " ") and ctx.names.is_nation(last) \
            and not ctx.names.is_place(last):
        return False
    relatives = ctx.ql.words_in("words", "relatives")
    verbs = [i for i, w in enumerate(words[1:], 1) if ctx.ql.is_verb(w)]
    return specific(role) and all(words[i - 1].casefold() in relatives for i in verbs)


def _gloss_ok(entry: GlossaryEntry, ctx: QuestionContext, terms: set[str]) -> bool:
    """A definition that reads as an option: a noun phrase of two words at least.

    Not a clause: one opening with a verb or a small word ("menjamin
    kehidupan ...", "more linear molecules"), one about another term
    ("cytoplasm takes up most of the cell's volume"), one with a finite verb;
    not a cross-reference ("lihat: Boemi Poetera"), not the term's own words.
    """
    words = WORD.findall(entry.definition)
    if len(words) < 2 or ":" in entry.definition or entry.term.casefold() in entry.definition.casefold() \
            or points_back(entry.definition, ctx, quiz=True):
        return False
    if PATTERN.abbreviation_first.match(entry.definition.strip()):
        return False          # "e.g., ribosomal RNA": an example, not a definition
    first = words[0]
    if ctx.ql.is_verb(first) or ctx.ql.is_question_function(first) or first.casefold() in terms:
        return False
    return not any(w in ctx.ql.verbs or w in ctx.ql.finite_verbs for w in words[1:])


def _short(text: str) -> bool:
    return 0 < len(WORD.findall(text)) <= MAX_DEFINITION_WORDS


def _shuffled(prompt: str, options: list[str]) -> list[str]:
    """The options in an order fixed by their text (no random generator)."""
    return sorted(options, key=lambda o: hashlib.sha1(f"{prompt}\n{o}".encode()).hexdigest())


def _distractors(pool: list[str], answer: str, prompt: str, key: Callable[[str], object] | None = None,
                 clash: Callable[[str, str], bool] | None = None) -> list[str]:
    """Three options unlike the answer and unlike each other, nearest by `key` first.

    An option that is the answer in another spelling ("Stalin" for "Josef
    Stalin", "Mei 1908" for "20 Mei 1908") would be a second right answer.
    """
    found: list[str] = []
    ordered = sorted(pool, key=lambda o: (key(o) if key else 0, hashlib.sha1(f"{prompt}\n{o}".encode()).hexdigest()))
    for option in ordered:
        if len(found) == OPTIONS - 1:
            break
        # "Who was the brother of Eugene Cowles?": the name in the question is no option.
        if _same(option) and f" {_same(option)} " in f" {_same(prompt)} ":
            continue
        if not any(_overlaps(option, other) or (clash and clash(option, other)) for other in [answer, *found]):
            found.append(option)
    return found


def _overlaps(option: str, other: str) -> bool:
    """The same text, one inside the other, or (dates) the same year."""
    a, b = _same(option), _same(other)
    if not a or a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} ":
        return True
    years = set(PATTERN.year.findall(option)) & set(PATTERN.year.findall(other))
    return (bool(years) and len(a.split()) <= 4 and len(b.split()) <= 4) or _one_person(a.split(), b.split())


def _one_person(a: list[str], b: list[str]) -> bool:
    """One person spelt two ways: the same last name, first names alike ("Fernando
    Columbus", "Ferdinand Columbus")."""
    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1]:
        return False
    from difflib import SequenceMatcher     # here: the import costs more than most quizzes' uses
    return SequenceMatcher(None, a[0], b[0]).ratio() >= SAME_NAME


def _choice(prompt: str, answer: str, pool: list[str], ref: Reference | None, source: str,
            key: Callable[[str], object] | None = None, clash: Callable[[str, str], bool] | None = None) -> QuizItem | None:
    others = _distractors(pool, answer, prompt, key, clash)
    if len(others) < OPTIONS - 1:
        return None
    return QuizItem("choice", prompt, _shuffled(prompt, [answer, *others]), answer, ref, source=source)


# ------------------------------------------------------------ makers


def _definition_choices(ctx: QuestionContext, terms: list[GlossaryEntry]) -> Iterator[QuizItem]:
    pool = [_gloss(e, ctx) for e in terms]
    chapter_of = {_gloss(e, ctx): e.refs[0].chapter_id for e in terms}
    for entry in terms[::2]:
        prompt = ctx.ql.questions["quiz"]["define"].format(term=ctx.as_named(entry.term))
        # A definition of a term from the same chapter first; none that names the term.
        own = [g for g in pool if not mentioned(entry.term, g)]
        here = entry.refs[0].chapter_id
        size = len(WORD.findall(_gloss(entry, ctx)))
        # Same chapter first, then a gloss of about the answer's length (a long
        # sentence among short glosses stands out).
        item = _choice(prompt, _gloss(entry, ctx), own, _where_defined(entry, ctx), "glossary",
                       key=lambda o: (chapter_of.get(o) != here, abs(len(WORD.findall(o)) - size) > 4))
        if item:
            yield item


def _gloss(entry: GlossaryEntry, ctx: QuestionContext) -> str:
    """A definition as an option: no closing dot, first word in the article's case."""
    return ctx.cases.lowered(strip_end(entry.definition))


def _term_blanks(ctx: QuestionContext, terms: list[GlossaryEntry]) -> Iterator[QuizItem]:
    for entry in terms:
        definition = _gloss(entry, ctx)
        if entry.term.casefold() in definition.casefold():
            continue      # the definition would give the answer away
        prompt = ctx.ql.questions["quiz"]["term_for"].format(definition=definition)
        yield QuizItem("fill", prompt, [], entry.term, _where_defined(entry, ctx), source="glossary")


def _where_defined(entry: GlossaryEntry, ctx: QuestionContext) -> Reference:
    """The paragraph of the sentence that names the term and holds its
    definition (the glossary may take it from a later use); else where named."""
    wanted = strip_end(entry.definition).casefold()
    if entry.kind == "definition":
        for sentence in ctx.sentences:
            if wanted in sentence.text.casefold() and mentioned(entry.term, sentence.text):
                return sentence.ref
    return _where_named(entry, ctx)


def _where_named(entry: GlossaryEntry, ctx: QuestionContext) -> Reference:
    """The first paragraph that writes the term as the quiz does ("PBDSR", not
    only "Partai Buruh ..."): the teacher finds the answer where the item points."""
    for ref in entry.refs:
        if mentioned(entry.term, ctx.paragraphs[ref.paragraph_id].text):
            return ref
    return entry.refs[0]


def _event_choices(ctx: QuestionContext, events: list[TimelineEvent]) -> Iterator[QuizItem]:
    reach = {e.date_text: _reach(e) for e in events}
    spread = {e.date_text: _spread(e) for e in events}
    for event in events[::2]:
        prompt = ctx.ql.questions["quiz"]["when"].format(event=_lower_first(strip_end(event.text), ctx))
        near, span = reach[event.date_text][0], spread[event.date_text]
        # Options of one kind: a span ("1458–1460", "9–10 March 1945") stands out among
        # single dates, and a single date among spans. (A decade is one date: "2010s"
        # reads well beside "2022", as long as neither may be the other: `_meet`.)
        alike = [o for o in reach if spread[o] == span]
        item = _choice(prompt, event.date_text, alike, event.ref, "timeline",
                       key=lambda o: abs(reach[o][0] - near) or 9999,
                       clash=lambda a, b: _meet(reach.get(a), reach.get(b)))
        if item:
            yield item


def _spread(event: TimelineEvent) -> bool:
    """A date from one day or year to another: a span."""
    return event.precision == "range"


def _reach(event: TimelineEvent) -> tuple[int, int]:
    """The first and last year the date may mean: "1850s" (iso "185X") 1850-1859,
    "1458–1460" 1458-1460 (the timeline's `event_years`), "c. 1470" a few years either
    side (`circa_years`)."""
    lo, hi = event_years(event)
    if event.approximate:         # ("c. 1470": the timeline tells the text gave it as approximate)
        lo, hi = lo - CIRCA_YEARS, hi + CIRCA_YEARS
    return lo, hi


def _meet(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    """Two dates that may be one year: "1854" is in "1850s", "1469" may be "c. 1470"
    (either would be a second right answer)."""
    return bool(a and b) and a[0] <= b[1] and b[0] <= a[1]


def _year_blanks(ctx: QuestionContext, events: list[TimelineEvent]) -> Iterator[QuizItem]:
    for event in events:
        year = PATTERN.year.search(event.date_text)
        if not year or year.group(0) in event.text:
            continue
        # "1930s", "1458–1460", "c. 1470": no one year is the answer ("1930" would be wrong);
        # "3–5 Oktober 1908" has one.
        first, last = _reach(event)
        if first != last:
            continue
        prompt = ctx.ql.questions["quiz"]["year_blank"].format(event=strip_end(event.text))
        yield QuizItem("fill", prompt, [], year.group(0), event.ref, source="timeline")


def _person_choices(ctx: QuestionContext, persons: list[Person], leading: set[str]) -> Iterator[QuizItem]:
    """`leading`: the names an item may ask about; any of `persons` may be a distractor."""
    chapters = list(ctx.chapters)
    where = {p.name: _chapters_of(p, chapters) for p in persons}
    held = Counter(p.role.casefold() for p in persons)
    for person in persons:
        # A distractor with the same role would be a second right answer
        # ("Siapakah sejarawan?" with two historians among the options).
        role = person.role.casefold()
        if person.name not in leading or sum(p.role.casefold() == role for p in persons) > 1 \
                or _one_of_many(person.role, ctx):
            continue                  # a minor person, or the role does not single out one person
        wanted = _role_words(person.role, person.name)
        passage = _where_role(person, wanted, ctx)
        if passage is None:
            continue                  # no sentence says it: the item is not answerable from its passage
        kind = _kind(person, ctx)
        if kind == "kin" and not _kin_of_note(person, leading, ctx):
            continue                  # "the brother of Sealy Fourdrinier": a minor person's kin
        if _held_by_others(person, ctx):
            continue                  # "Jenderal, Panglima Besar" beside "Jenderal Spoor": two answers
        here = chapters.index(passage.chapter_id) if passage.chapter_id in chapters else where[person.name]
        # Of the same kind, no one whose role holds the answer's ("half-brother of Pizarro"
        # for "brother of Pizarro"), no one the text also calls by the role ("pemimpin Bolshevik"),
        # no member of a group (four "USA Olympic team member" gymnasts for "the new CEO";
        # "brother of Columbus" is kin, not a group).
        pool = [p.name for p in persons if p is person
                or (p.role.casefold() != role and _kind(p, ctx) == kind
                    and not _holds_role(p.role, role) and _alike(p, person, ctx)
                    and (held[p.role.casefold()] < GROUP_ROLE or kind == "kin")
                    and not _stated(p, wanted, ctx, 1.0, near=True))]
        prompt = ctx.ql.questions["quiz"]["who"].format(role=_determined(_lower_first(strip_end(person.role), ctx), ctx))
        item = _choice(prompt, person.name, pool, passage, "people", _like(person, persons, where, here))
        if item:
            yield item


def _alike(option: Person, answer: Person, ctx: QuestionContext) -> bool:
    """Not of the other sex by the roles' words: no Mary Todd for "the father of Lincoln",
    no Ivan V for "the wife of Peter" (an option the student strikes at sight); not the
    answer under another name."""
    return {_sex(option, ctx), _sex(answer, ctx)} != {"male", "female"} and not _renamed(answer, option, ctx) \
        and not _eras_apart(option, answer, ctx) and not _also_married(option, answer, ctx)


def _also_married(option: Person, answer: Person, ctx: QuestionContext) -> bool:
    """For a spouse (`[quiz] spouse_roles`: "wife of Peter"), an option a sentence marries
    to the same person (`marriage_words`: "arranged his marriage to Eudoxia Lopukhina",
    with "Peter's mother"): a second right answer."""
    quiz = ctx.ql.questions.get("quiz", {})
    role = _own_role(answer)
    if not set(PATTERN.word_part.findall(role.casefold())) & set(quiz.get("spouse_roles", [])):
        return False
    owners = [w for run in PATTERN.title.findall(role) for w in run.split()]
    marriage = quiz.get("marriage_words", [])
    return any(mentions_any(owners, t) and any(mentioned(m, t.casefold()) for m in marriage)
               for t in ctx.texts_with_any([option.name, *option.variants]))


def _eras_apart(one: Person, other: Person, ctx: QuestionContext) -> bool:
    """Two people the text tells of in eras far apart: every year of the sentences naming
    the one more than `era_years` from every year of the other's (Soekarno, told with
    1945 to 1966, is no option for the second Portuguese governor of 1511). People with
    no year keep their place."""
    a, b = (_era(p, ctx) for p in (one, other))
    return bool(a and b) and (a[0] - b[1] > ERA_YEARS or b[0] - a[1] > ERA_YEARS)


def _era(person: Person, ctx: QuestionContext) -> tuple[int, int] | None:
    """The first and last year written in the sentences naming the person outside the lead."""
    def compute(name: str) -> tuple[int, int] | None:
        years = [int(y) for s in ctx.sentences_with_any([person.name, *person.variants]) if not is_lead(s.ref.chapter_id)
                 for y in PATTERN.year.findall(s.text)]
        return (min(years), max(years)) if years else None
    return ctx.per_term("quiz_era", person.name, compute)


def _renamed(one: Person, other: Person, ctx: QuestionContext) -> bool:
    """The text gives one person two names, one as the other ("the election of Cardinal
    Maffeo Barberini as Pope Urban VIII", by `[quiz] alias_links`): a second right answer.
    The same pairs come back for every item of a person: one answer per pair of names."""
    pair = "\n".join(sorted((one.name, other.name)))      # (the test is the same both ways round)
    return ctx.per_term("quiz_renamed", pair, lambda _: _linked(one, other, ctx))


def _linked(one: Person, other: Person, ctx: QuestionContext) -> bool:
    links = ctx.ql.questions.get("quiz", {}).get("alias_links", [])
    if not links:
        return False
    for a, b in ((one, other), (other, one)):
        later_forms = (b.name, *b.variants)
        # Only a text that holds both names can link them.
        texts = [t for t in ctx.texts_with_any([a.name, *a.variants]) if any(f in t for f in later_forms)]
        if any(_links_at(t, at, links, later_forms) for t in texts for at in _ends_of((a.name, *a.variants), t)):
            return True
    return False


# What `(?:<names>)\s+(?:<links>)\s+(?:[A-Z][\w.]*\s+){0,2}(?:<later names>)(?!\w)` finds,
# found by hand: such a pattern, new for every pair of people, cost more to compile
# than all its searches. Every way the pattern may match is tried (each name form at
# each place, each link, none to two title words), so it finds whatever the pattern does.

def _ends_of(forms: tuple[str, ...], text: str) -> Iterator[int]:
    """Where each place that one of the forms stands in the text ends."""
    for form in forms:
        at = text.find(form)
        while at >= 0:
            yield at + len(form)
            at = text.find(form, at + 1)


def _links_at(text: str, at: int, links: list[str], later_forms: tuple[str, ...]) -> bool:
    """Spaces, a link word, spaces, then a later name (after up to two title words) at `at`."""
    space = PATTERN.spaces.match(text, at)
    if not space:
        return False
    for link in links:
        after = PATTERN.spaces.match(text, space.end() + len(link)) if text.startswith(link, space.end()) else None
        if after and _later_at(text, after.end(), later_forms, 2):
            return True
    return False


def _later_at(text: str, at: int, later_forms: tuple[str, ...], titles: int) -> bool:
    if any(text.startswith(f, at) and not PATTERN.word_char.match(text, at + len(f)) for f in later_forms):
        return True
    title = PATTERN.title_word.match(text, at) if titles else None
    return bool(title) and _later_at(text, title.end(), later_forms, titles - 1)


def _own_role(person: Person) -> str:
    """The person's role as the who's-who gives it (not a sentence of context)."""
    return person.role if person.role_kind == "role" else ""


def _sex(person: Person, ctx: QuestionContext) -> str:
    """ "male", "female" or "" by the first word of the role that says it (`[quiz]
    male_roles`, `female_roles`; "wife of King Henry": female); word parts count apart
    ("half-brother", "son-in-law")."""
    # Asked for both people of every pair of options: one answer per role's wording.
    return ctx.per_term("quiz_sex", _own_role(person).casefold(), lambda role: _sex_of(role, ctx))


def _sex_of(role: str, ctx: QuestionContext) -> str:
    roles = ctx.once("quiz_sex_roles", _sex_roles)
    parts = PATTERN.word_part.findall(role)
    for at in range(len(parts)):
        for sex, wanted in roles:
            if parts[at:at + len(wanted)] == wanted:
                return sex
    return ""


def _sex_roles(ctx: QuestionContext) -> list[tuple[str, list[str]]]:
    """The roles' words as word parts, male ones first, split once per article."""
    quiz = ctx.ql.questions.get("quiz", {})
    return [(sex, PATTERN.word_part.findall(words))
            for sex in ("male", "female") for words in quiz.get(f"{sex}_roles", [])]


def _holds_role(role: str, wanted: str) -> bool:
    """Every word of the wanted role is in this one, word parts counted apart
    ("half-brother of Pizarro" holds "brother of Pizarro"): a second right answer."""
    words = set(PATTERN.word_part.findall(role.casefold()))
    return words >= set(PATTERN.word_part.findall(wanted))


def _doer_choices(ctx: QuestionContext, events: list[TimelineEvent], people: list[Person],
                  leading: set[str]) -> Iterator[QuizItem]:
    """ "Who patented the roller spinning frame?": an event told of one of the who's-who's
    first people, the name opening it and a verb right after ("Lewis Paul patented ...").
    Distractors: other people of the same kind who enter the story nearest, none the
    event's sentence names (a second right answer)."""
    chapters = list(ctx.chapters)
    where = {p.name: _chapters_of(p, chapters) for p in people if p.refs}
    leaders = [p for p in people if p.name in leading]
    kinds = {p.name: _kind(p, ctx) for p in people}     # (the same for every event)
    for event in events:
        person, rest = _told_of(event.text, leaders, ctx)
        # "Who died?", "Who applied for a patent?": too little left to single anyone out.
        if person is None or not event.ref \
                or sum(len(w) > CONTENT_LETTERS for w in WORD.findall(rest)) < MIN_FACT_WORDS:
            continue
        kind = kinds[person.name]
        if kind == "commentator":
            continue                  # a historian's interviews are no event of the story
        named = event.sentence or event.text
        here = chapters.index(event.ref.chapter_id) if event.ref.chapter_id in chapters else where[person.name]
        # People of the same kind and time: Donald Trump is no option beside 18th-century
        # inventors, nor Pius XII beside a Milwaukee worker; a lone name among lone names.
        pool = [p.name for p in people if p is person or (p.refs and kinds[p.name] == kind
                and abs(where[p.name] - here) <= CHAPTERS_NEAR
                and (" " in p.name) == (" " in person.name) and _alike(p, person, ctx)
                and not mentions_any((p.name, *p.variants), named))]
        prompt = ctx.ql.questions["quiz"]["who_did"].format(event=strip_end(rest))
        item = _choice(prompt, person.name, pool, event.ref, "people", _like(person, people, where, here))
        if item:
            yield item


def _told_of(text: str, people: list[Person], ctx: QuestionContext) -> tuple[Person | None, str]:
    """The person whose name (as the who's-who writes it, or a form of it) opens the event
    with a verb right after, and the event's words after the name; the name must not come
    back in them ("Watt improved Watt's engine" gives the answer away)."""
    for person in people:
        forms = sorted({person.name, *person.variants}, key=len, reverse=True)
        form = next((f for f in forms if text.startswith(f + " ")), None)
        if form is None:
            continue
        rest = text[len(form) + 1:]
        first = WORD.findall(rest)[:1]
        if first and first[0][:1].islower() and _may_be_verb(first[0], ctx) \
                and not mentions_any(forms, rest):
            return person, rest
    return None, ""


def _kin_of_note(person: Person, leading: set[str], ctx: QuestionContext) -> bool:
    """A kin role of the subject or of another of the who's-who's first people ("father of
    Lincoln", "brother of Atahualpa"), not of someone named in passing ("brother of Sealy
    Fourdrinier")."""
    runs = [m.group(0) for m in PATTERN.title.finditer(person.role)]
    words = [w for run in runs if " " in run for w in run.split()]      # "Soekarno dan Fatmawati"
    # The relative as the who's-who names them: "brother of Giovanni" may mean any Giovanni.
    return any(ctx.is_subject(n) for n in runs + words) or bool(set(runs) & (leading - {person.name}))


def _held_by_others(person: Person, ctx: QuestionContext) -> bool:
    """The role's title (its words with capitals: "Jenderal" of "Jenderal, Panglima
    Besar", "Grand Duke") is written before the name of another person of the text
    ("Jenderal Spoor", "Grand Duke Nicholas"): "Who was the ... ?" has two answers."""
    # "Mysore" of "king of Mysore" is what the title is of, not a title.
    titles = {m.group(0) for m in PATTERN.title.finditer(person.role)
              if not PATTERN.complement.search(person.role[:m.start()]) and _title(m.group(0), ctx)}
    own = {w for form in (person.name, *person.variants) for w in form.split()}
    for title in titles:
        after = re.compile(rf"(?<!\w){re.escape(title)}\s+((?:[A-Z][\w'-]*\s?){{1,3}})")
        for text in ctx.texts_with(title):
            for found in after.finditer(text):
                name = found.group(1).strip()
                if not own & set(name.split()) and _someone(name, ctx):
                    return True
    return False


def _someone(name: str, ctx: QuestionContext) -> bool:
    """Capitalised words after a title that name a person: one of the who's-who, or
    two words at least that are no place ("Major General David Hunter")."""
    if ctx.person_named(name):
        return True
    return len(name.split()) >= 2 and not (ctx.names.is_place(name) or ctx.names.is_nation(name.split()[0])
                                          or ctx.names.is_place(name.split()[0]))


def _title(words: str, ctx: QuestionContext) -> bool:
    """Capitalised words of a role that are a title, not a name: "Perdana Menteri", not
    "Stalin" ("putri Stalin") nor "Britania Raya" ("sejarawan Britania Raya")."""
    return not (ctx.is_subject(words) or ctx.person_named(words) or ctx.names.is_place(words)
                or ctx.names.is_nation(words))


def _one_of_many(role: str, ctx: QuestionContext) -> bool:
    """ "tokoh Budi Utomo", "anggota Komite Pusat": a role many people of the text hold,
    so another option may hold it too (such a person is still an option for another role)."""
    return any(w.casefold() in ctx.ql.words_in("words", "collective_roles") for w in WORD.findall(role))


def _kind(person: Person, ctx: QuestionContext) -> str:
    """What sort of person the role makes one: a historian quoted on the subject, kin
    ("putra Stalin", "Lincoln's mother"), or an actor in the story. A historian is no
    option for who led a faction, nor a shoemaker father for who led it."""
    if ctx.is_commentator(person.name):
        return "commentator"
    relatives = ctx.ql.words_in("words", "relatives")
    words = [w.casefold() for w in WORD.findall(person.role)]
    head = words[:next((i for i, w in enumerate(words) if w in relatives), len(words))]
    return "kin" if ctx.ql.kin.inside(head) else "actor"


def _role_words(role: str, name: str) -> set[str]:
    """The role's content words, the person's own name left out ("father of Lincoln"
    for Thomas Lincoln: "father")."""
    own = {w.casefold() for w in WORD.findall(name)}
    return {w.casefold() for w in WORD.findall(role) if len(w) > CONTENT_LETTERS} - own


def _where_role(person: Person, wanted: set[str], ctx: QuestionContext) -> Reference | None:
    """The sentence that says who the person is: a form of the name and most of the role's
    words ("Trotsky, yang sekarang memimpin faksi partai yang dikenal sebagai Oposisi Kiri"),
    the name as the quiz prints it first; None where no sentence does. The person's first
    mention ("Stalin dan Leon Trotsky mendukung rencana aksi Lenin") may not say it."""
    if not wanted:
        return person.refs[0]
    found = _stated(person, wanted, ctx, ROLE_STATED)
    return found.ref if found else None


def _stated(person: Person, wanted: set[str], ctx: QuestionContext, share: float,
            near: bool = False) -> QuestionSentence | None:
    """The first sentence naming the person with the largest share (at least `share`) of
    the `wanted` words, one with the name as printed before one with another form.
    `near`: the words counted only in the parts of the sentence (between commas) that
    name the person ("Koesoemo Oetoyo selaku Bupati Jepara, Achmad Djajadiningrat selaku
    Bupati Serang": Koesoemo Oetoyo is not called Bupati Serang)."""
    forms = [person.name, *person.variants]
    best, found = (share, False), None
    for sentence in ctx.sentences_with_any(forms) if wanted else ():
        parts = [p for p in PATTERN.clause_break.split(sentence.text) if not near or mentions_any(forms, p)]
        words = {w.casefold() for p in parts for w in WORD.findall(p)}
        score = (len(wanted & words) / len(wanted), mentioned(person.name, sentence.text))
        if score > best or (found is None and score >= best):
            best, found = score, sentence
    return found


def _chapters_of(person: Person, chapters: list[str]) -> int:
    """Where a person enters the story: the position of the first chapter naming them
    other than the lead (which sums up every period), else the lead."""
    found = [r.chapter_id for r in person.refs if r.chapter_id in chapters]
    return min((chapters.index(c) for c in [c for c in found if not is_lead(c)] or found), default=0)


def _like(answer: Person, people: Iterable[Person], where: dict[str, int], here: int) -> Callable[[str], object]:
    """Distractors for a person: names shaped like the answer's, then people told with
    the answer (in one paragraph outside the lead: of its side and time, Bukharin and
    Kamenev for the leader of the Left Opposition, not Adolf Hitler), then people who
    enter the story nearest where the answer does (of its time, not a later era's:
    Jefferson Davis is no father for Lincoln, Friedrich Paulus no leader of a 1920s faction).

    A lone first name among full names gives itself away as wrong ("Yakov"
    beside "Leon Trotsky"), as a full name does among single names.
    """
    size = len(answer.name.split())
    own = _paragraphs_of(answer)
    together = {p.name for p in people if own & _paragraphs_of(p)}
    return lambda name: (len(name.split()) != size, name not in together, abs(where.get(name, 99) - here))


def _paragraphs_of(person: Person) -> set[str]:
    """The paragraphs naming the person outside the lead (which names everyone together)."""
    return {r.paragraph_id for r in person.refs if not is_lead(r.chapter_id)}


def _year(date_text: str) -> int:
    found = PATTERN.year.search(date_text)
    return int(found.group(0)) if found else 0


def _determined(role: str, ctx: QuestionContext) -> str:
    """ "Who was the Secretary of State?": a role taken from a title before a name
    ("Secretary of State William H. Seward") has no article of its own, and English
    asks for one; a role with its own determiner or possessive ("the son of Galilei",
    "Lincoln's father") keeps it. A language without articles leaves the role as it is."""
    article = ctx.ql.template("definite_article")
    first = role.split(" ", 1)[0]
    own = ctx.ql.words_in("words", "determiners") | ctx.ql.words_in("words", "other_pronouns")
    if not article or first.casefold() in own or first.endswith(ctx.ql.possessive_endings):
        return role
    return f"{article} {role}"


def _lower_first(text: str, ctx: QuestionContext) -> str:
    """Text from another extractor mid-sentence: lowered only where the article writes it so."""
    return ctx.cases.lowered(text, guess=False)
