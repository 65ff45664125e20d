"""Chapter-making, step 3: a title for each made chapter, from its own words.

Stage: read (support for `segment`). Inputs: the made chapters' paragraph
texts (the introduction left out) and the language code. Outputs: one
title per chapter, in the book's language.

The chapters are read by the text layer's one analysis (`pack.text`: its
name runs, acronyms, rare words and phrases, and their person / place /
term kinds); this module scans no text for names itself. A chapter is
named by what it is about and sets it apart from the other chapters: the
candidate used most here and least elsewhere (tf-idf over the chapters),
and used through the chapter's paragraphs, not in one of them (a
textbook heading names the chapter's central term, not a stray name
such as "House of Commons"): how far it runs through the chapter weighs
most (its share of the paragraphs, cubed), and a candidate met in a
single paragraph comes after every one met in two or more ("Christie",
a sale told once, never heads a chapter on a painter's later fame when
"National Gallery" runs through it); a word weighed down as no heading
(an adjective, an acronym never spelled out) comes after both. No two chapters
share a title, whatever their capitals ("Plague", "plague"). The article's own subject and its own
country (places named in most chapters, all through the text: "Canada"
in Toronto's), present everywhere, never name a chapter, nor does a
person the chapter names in passing (a visitor), nor a source the text
quotes (a historian, a pollster: "a study by the Pew Research Center");
an acronym the text spells out, in the chapters or the lead, is named by
its long form ("KLB (Kereta Luar Biasa)"), one it never spells out
("TBWA") counts little; a long form of four words or more is weighed as
itself but printed as the article shortens it ("1938–1945: BPUPKI", not
"Badan Penyelidik Usaha-Usaha Persiapan Kemerdekaan Indonesia": a
running head, and the name a question quotes). The subject's plural ("Batteries") is the
subject. A title has one clear head: never two names glued with
"and" ("KLB dan Belanda" reads as no heading); a person, a lone word of
a longer name ("Bukharin"), an adjective (of a people, "Genoese"; by
its ending, "Radioactive", "wizard-like") or one lowercase word counts
less than a term; a lowercase
phrase that is a clause ("models predict") or a verb ("to predict") names
nothing. In a narrative, a chapter that itself goes forward through dated
events gets the period it covers first ("1927–1942: Perhimpunan
Indonesia"), in the language's own format from
`pack/lang/<code>/chapters.toml`; a chapter on beliefs or legacy that
looks back at a few years gets none; where such a chapter's best
candidate is the country or such a person, the period alone names it
("1872–1894"); a chapter whose years lie too far apart for a period
(films of a century) is no period chapter. A chapter where no name or
term stands in two paragraphs (each told once: "JM Mathey London") is
named by the common noun running through it, most of whose uses are
there ("Karya", "Football"). Never a bare "Part 3": a
chapter that names nothing twice is titled by its opening words, up to
the first punctuation, copula or verb, without a function word at
either end ("Overall process of photosynthesis").

Before its terms, a chapter is matched against the fields a textbook
heads its chapters by (`areas` in chapters.toml: "Health", "Population"
…, each with its general words; and `title_areas`, fields that only head
chapters: "Media", "In popular culture"): a chapter that is not a period of a
narrative and whose paragraphs mostly speak of one field, far more
densely than the rest of the article, is named by the field ("Health",
not "Constipation", its most distinctive word) unless its best term runs
through more of its paragraphs. A field the whole article speaks of
("Climate" in one on global warming) names no chapter, and a field's
word inside a longer name ("Islam" of "Sarekat Islam") is not counted.
Where a chapter's best candidate is met in passing (in under a quarter of
its paragraphs: a list of churches, "Roman Catholic"; a grave told once,
"Cathedral of Seville"), or a narrative chapter's best would be the
country and leave the period alone ("1939–1944"), a field its words
speak of with looser thresholds (`LOOSE_AREA`) heads it instead
("Religion", "Death", "1939–1944: Militer"); a stage of a life only
for the first chapter, and no field another chapter is headed by.
Where no field fits such a chapter, a common noun running through more
of it than its best term (in a third of its paragraphs, most of the
noun's uses here) heads it ("Perlawanan": revolts each told in one
paragraph, not "Perserikatan Indonesia Merdeka", a party named in two).
A narrative's dated chapter prints no such noun: with one, or with its
best term met in passing, it gets its period alone ("1951–1961", not
"1951–1961: Darul Islam", a rebellion in four of 26 paragraphs); with
no noun and a period an earlier chapter already has, the period before
its best term. Two fields over as many of a chapter's paragraphs: the one
it says more often heads it ("Media": radio, press and papers, not
"Transportasi", a train and a station told once). A noun heading keeps
the word the chapter nearly always writes after it, in a language whose
phrases put their head first ("Naskah Proklamasi", not "Naskah").
A field that is a stage of a life ("Early life", `stage` in chapters.toml)
is a period itself: it may head a narrative's dated chapter, after its
years ("1912–1930: Early life"). A person's first chapter that tells the
subject's birth in its opening paragraphs (chapters.toml `birth_words`
after the subject's name or "he") is that stage, whatever its words
("Early life", not "Cristoffa Corombo"), unless it is the whole life (a
third of the chapters' paragraphs or more); a war's or a country's first
chapter telling a leader's birth never is.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from pack import lang as langdata
from pack.lazypattern import LazyPattern
from pack.extract.glossary.aliases import find_aliases
from pack.model import Article, Paragraph, Section
from pack.read.segment.years import birth_words, births, paragraph_years, tells_a_period
from pack.text.analysis import Analysis
from pack.text.language import language
from pack.text.nounphrases import cannot_head
from pack.text.phrases import cue_before, long_form_beside, phrase_before
from pack.text import wholeword
from pack.text.wordclass import available, classes, noun_lemma

SHORT_ACRONYM = LazyPattern(r"[A-Z]{1,2}")
LONGER = 0.6             # per extra word: "Konferensi Meja Bundar" says more than "Belanda"
NAME_BOOST = 1.5          # a name reads better as a heading than two loose words
NAME_PART = 0.4           # a lone word of a longer name ("Bukharin", "Hall"): a person by surname, weighed down
PERSON = 0.7              # a person's name ("Simon Montefiore"): a textbook heads a chapter by its topic first
ATTRIBUTIVE = 0.3         # a capitalised word nearly always before a noun ("Genoese merchants"): a modifier
ATTRIBUTIVE_SHARE = 0.7   # ... this share of its uses, in a language whose modifiers come first
ATTRIBUTIVE_LEAST = 3
LONE_WORD = 0.5           # one lowercase word ("persons", "planks") names a chapter less well than a phrase or a name
VERB_SHARE = 0.25         # a lone word this often after "to", "can" ... is a verb
SPREAD_POWER = 3.0        # a chapter's topic runs through its paragraphs, a stray name stays in one
SHARE_POWER = 2.0         # ... and most of its uses are in this chapter
SPREAD_LEAST = 2          # paragraphs: a candidate in fewer, where one stands in as many, names no chapter
RAISED = NAME_PART        # a candidate weighed below a lone part of a name (an adjective, an unexplained acronym) comes last
MAIN_PLACE_CHAPTERS = 0.5  # a place named in more than this share of the chapters ...
MAIN_PLACE_PARAGRAPHS = 0.15  # ... and in this share of all the paragraphs: the article's own country
MINOR_SHARE = 0.25         # a person named in fewer than this share of a chapter's paragraphs ...
MINOR_PARAGRAPHS = 3       # ... or in fewer than this many (at most half of them) is minor there
SOURCE_SHARE = 2 / 3       # a person named this share of the time as a source ("according to Service") ...
SOURCE_LEAST = 1           # ... and at least this often is a source quoted (a historian, a pollster), no chapter's topic
SOURCE_REACH = 4           # a source cue ("study by the", "tegas") this many words before the name at most
UNEXPLAINED = 0.3          # an acronym the text never spells out ("KLB", "TWh"): a reader cannot tell what it names
BRACKETED = 80             # characters: a long form in brackets after its acronym, "KLB (Kereta Luar Biasa)"
FORMATS = {("period", True): "{start}–{end}: {topic}", ("year", True): "{year}: {topic}",   # when chapters.toml
           ("period", False): "{start}–{end}", ("year", False): "{year}"}                    # gives none
AREA_COVER = 0.5          # a subject ("Health") whose words stand in this share of a chapter's paragraphs ...
AREA_LIFT = 2.0           # ... this many times as densely as in the article as a whole ...
AREA_WORDS = 3            # ... and this many of its different words: the chapter is about that subject
AREA_OWN = 0.4            # a subject whose words stand in this share of all paragraphs is the article's own
LOOSE_AREA = (0.3, 1.5, 3)  # cover, lift, words: a field heads a chapter whose best term ...
WEAK_SHARE = 0.25           # ... stands in fewer than this share of its paragraphs (or SPREAD_LEAST)
AREA_TIE_PARAGRAPHS = 2   # in a shorter chapter any term runs through all of it: the term, more telling, stays
BIRTH_OPENING = 2            # paragraphs: a first chapter telling a birth in these is the early life ...
LIFE_SHARE = 1 / 3           # ... unless it holds more than this share of the chapters' paragraphs: the whole life
NOUN_PARAGRAPHS = 2          # a chapter (of this many paragraphs or more) with no term in two is named by a noun in two ...
NOUN_SHARE = 0.5             # ... with this share of its paragraphs in the article here
MODIFIER_SHARE = 0.5         # ... with the word after it this share of the time ("naskah Proklamasi") ...
MODIFIER_LEAST = 3           # ... and this often at least (a phrase the chapter says again)
NOUN_COVER = 1 / 3           # a noun heading a chapter whose terms are met in passing stands in this share of it
NOUN_WORD = LazyPattern(r"(?<![\w-])[^\W\d_]{4,}(?:-[^\W\d_]+)*")   # a hyphened word whole: "rempah-rempah", not "wizard" of "wizard-like"
SENTENCE_END = LazyPattern(r"(?<=[.!?])\s+")
LONG_NAME = 4               # words: a name this long heads a chapter by the acronym the text gives it
OPENING_WORDS = 6            # a title from a chapter's opening words: at most this many
STOPS = ".,;:!?"             # ... and none after a punctuation mark
PERIOD_SPREAD = (0.1, 0.9)   # the period: these shares of the chapter's dated events ...
LONGEST_PERIOD = 25          # ... when they lie this close together (not a look back over centuries)


def titles(chapters: list[list[str]], lang: str, narrative: bool, subject: str = "",
           lead: list[str] | None = None) -> list[str]:
    """A title for each chapter (a list of its paragraph texts); `subject`
    is the article's title, whose words name no chapter; `lead`: the
    introduction's paragraphs, read only for what an acronym stands for
    ("School tot Opleiding van Inlandsche Artsen (STOVIA)")."""
    words = langdata.load(lang, "chapters")
    analysis = Analysis(_as_article(chapters, lang, subject))
    opened = Analysis(_as_article([lead], lang, subject)) if lead else None
    stop = set(words.get("stopwords", []))
    own = set(subject.casefold().split()) - stop
    counts, spreads, lone, unexplained, short = _uses(analysis, len(chapters), own, stop, opened)
    everywhere: Counter = Counter()
    for found in counts:
        everywhere.update(found)
    parts, persons = _name_parts(analysis, everywhere)
    people = persons | {word for name in persons for word in name.split()}
    modifiers = _modifiers(analysis, everywhere) if words.get("modifiers_first") else set()
    modifiers |= {c.display for c in analysis.candidates if analysis.kinds.of(c.key) == "other"}
    modifiers |= _adjectives(analysis, everywhere, words.get("adjective_endings", []))
    weight = {term: (NAME_PART if term in parts else 1.0) * (PERSON if term in people else 1.0)
              * (ATTRIBUTIVE if term in modifiers else 1.0) * (LONE_WORD if term in lone else 1.0)
              * (UNEXPLAINED if term in unexplained else 1.0) for term in everywhere}
    main = _main_places(analysis, spreads, sum(map(len, chapters))) | _sources(analysis, words.get("source_before", []))
    fields = words.get("areas", []) + words.get("title_areas", [])
    sizes = [len(texts) for texts in chapters]
    areas = _areas(analysis, sizes, fields)
    loose: list[tuple[str, float]] = []     # the looser test, run only if a chapter needs it
    nouns = _Nouns(chapters, lang, words)   # the chapters' common nouns, counted only if a chapter needs them
    staged_titles = [area["title"] for area in words.get("areas", []) if area.get("stage")]
    stages, stage = set(staged_titles), (staged_titles[0] if staged_titles else "")
    made, heads = [], []
    early = bool(stage) and _early_life(chapters, lead or [], lang, own, words)
    if early:
        areas[0] = (stage, 1.0)     # a life's story opens with the birth: "Early life", its usual heading
    for number, (texts, found, spread, area) in enumerate(zip(chapters, counts, spreads, areas)):
        fits = Counter({term: count for term, count in found.items() if term not in main
                        and not (term in persons and _minor(spread[term], len(texts)))})
        ranked, fitting = (_topics(bag, everywhere, spread, len(texts), weight) for bag in (found, fits))
        best = (fitting or ranked)[:1]
        # The period only where the chapter itself tells its events in order,
        # over years that make one (films of a century are no period).
        span = _span(texts, lang) if narrative and tells_a_period(texts, lang) else None
        period = span is not None
        staged = (not period or area[0] in stages) and _broader(area, fitting or ranked, spread, len(texts))
        if staged or early and number == 0:
            # A stage of a life ("Early life") is itself a period: it keeps the years told.
            head = (_dated(span, words, area[0]) if period else "") or area[0]
            heads.append(head)
            made.append(head)
            continue
        lone_head = not any(spread[term] >= SPREAD_LEAST for term, _ in fitting or ranked)
        noun = nouns.spread(number, NOUN_PARAGRAPHS) if lone_head and len(texts) >= NOUN_PARAGRAPHS else ""
        # A dated chapter whose best candidate is the country or a person named in passing.
        unfit = period and [term for term, _ in fitting[:1]] != [term for term, _ in ranked[:1]]
        weak = unfit or _passing(best, spread, len(texts))
        if weak and not noun:
            if not loose:
                loose = _areas(analysis, sizes, fields, LOOSE_AREA)
            field = _loose_field(number, loose, areas, heads, stages)
            if field:
                # Every term met in passing (a list of towns, a name told once), or only
                # the country beside the period: the field its words speak of heads it.
                heads.append(field)
                made.append((_dated(span, words, field) if period else "") or field)
                continue
            # Every term met in passing and no field: a common noun running through
            # more of the chapter heads it ("Perlawanan", a chapter of revolts each told once).
            noun = nouns.spread(number, _covering(best, spread, len(texts)), heads + sorted(own))
        if period:
            # A dated chapter with such a noun, or whose best candidate does not fit, gets
            # its period alone; one whose terms are all met in passing too, unless an earlier
            # chapter has that period: not a period headed by a name told once ("1951–1961: Darul Islam").
            alone = bool(noun) or unfit or weak and _dated(span, words) not in heads
            made.append(_title(texts, ranked, fitting, heads, span, alone, lang, words))
            continue
        if noun:
            ranked, fitting = [(_with_modifier(noun, texts, lang, words), 1.0)], []
        made.append(_title(texts, ranked, fitting, heads, span, False, lang, words))
    # A long name is chosen for what it is, and printed as the article shortens it.
    return [next((title.replace(long, short[long]) for long in short if long in title), title) for title in made]


def _early_life(chapters: list[list[str]], lead: list[str], lang: str, own: set[str], words: dict) -> bool:
    """Is the first chapter a person's early life? Its opening paragraphs
    tell the subject's own birth (a `birth_words` clause whose words before
    it name the subject, "Maria Skłodowska was born", or a person pronoun,
    "He was born": a war's or a country's chapter telling a leader's birth
    is no early life), the text speaks of the subject as a person (a
    sentence of the lead or the chapter opens with "he" / "ia"), and the
    chapter is not the whole life: it holds at most LIFE_SHARE of the
    chapters' paragraphs (Marie Curie's "Life", 26 of 64, runs to her death)."""
    if not chapters or len(chapters[0]) > LIFE_SHARE * sum(map(len, chapters)):
        return False
    pronouns = language(lang).person_pronouns
    told = births(chapters[0][:BIRTH_OPENING], lang)
    if not told or not any(_opens_with(text, pronouns) for text in lead + chapters[0]):
        return False
    said = birth_words(lang)
    for number in told:
        text = chapters[0][number]
        for match in said.finditer(text):
            clause = SENTENCE_END.split(text[:match.start()])[-1]
            if {w.casefold() for w in re.findall(r"\w+", clause)} & (own | pronouns):
                return True
    return False


def _loose_field(number: int, loose: list[tuple[str, float]], areas: list[tuple[str, float]],
                 heads: list[str], stages: set[str]) -> str:
    """The field the looser test finds for this chapter, "" when none may
    head it: a stage of a life ("Early life") only for the first chapter,
    and never a field the strict test gives another chapter, or one an
    earlier chapter is headed by (no two chapters share a title)."""
    field = loose[number][0]
    taken = {area.casefold() for n, (area, _) in enumerate(areas) if n != number} | {h.casefold() for h in heads}
    if not field or field in stages and number > 0 or field.casefold() in taken:
        return ""
    return field


def _passing(best: list[tuple[str, float]], spread: Counter, paragraphs: int) -> bool:
    """Is the chapter's best candidate met in passing: in fewer than
    WEAK_SHARE of its paragraphs, or than SPREAD_LEAST of them?"""
    return not any(spread[term] >= max(SPREAD_LEAST, WEAK_SHARE * paragraphs) for term, _ in best)


def _covering(topics: list[tuple[str, float]], spread: Counter, paragraphs: int) -> int:
    """Paragraphs a noun must stand in to head a chapter whose best term is
    met in passing: more than that term, and NOUN_COVER of the chapter."""
    best = max((spread[term] for term, _ in topics[:1]), default=0)
    return max(NOUN_PARAGRAPHS, math.ceil(NOUN_COVER * paragraphs), best + 1)


class _Nouns:
    """The common nouns of each chapter, counted once (on the first chapter
    that asks) and read for the noun running through one chapter."""

    def __init__(self, chapters: list[list[str]], lang: str, words: dict):
        self.chapters, self.lang, self.words = chapters, lang, words
        self.here: list[Counter] = []
        self.everywhere: Counter = Counter()

    def spread(self, number: int, least: int = NOUN_PARAGRAPHS, taken: list[str] = ()) -> str:
        """For a chapter where no name or term stands in two paragraphs (only a
        stray: "JM Mathey London", a seal on one gold bar): the common noun
        running through most of its paragraphs (`least` of them at least),
        most of whose uses are here ("karya", a president's works of
        architecture and song), none of `taken`'s words; "" when none does."""
        if not self.here:
            self._count()
        everywhere = self.everywhere
        said = {word.casefold() for head in taken for word in head.split()}   # no two chapters share a title
        scored = [(count * (count / everywhere[w]) ** SHARE_POWER, w) for w, count in self.here[number].items()
                  if count >= least and count / everywhere[w] >= NOUN_SHARE and w not in said]
        return max(scored)[1] if scored else ""

    def _count(self) -> None:
        """In how many of each chapter's paragraphs each noun stands: a noun the
        lexicon knows (where there is one), never a function word, a verb by
        its shape or a stopword."""
        lex = language(self.lang)
        stop = set(self.words.get("stopwords", []))
        known = available(self.lang)

        def nouns(text: str) -> set[str]:
            return {w for w in NOUN_WORD.findall(text) if w.islower() and w not in stop and not lex.is_function(w)
                    and not lex.looks_like_verb(w) and (not known or classes(w, self.lang) == {"NOUN"})}
        self.here = [Counter(w for text in texts for w in nouns(text)) for texts in self.chapters]
        for found in self.here:
            self.everywhere.update(found)


def _with_modifier(noun: str, texts: list[str], lang: str, words: dict) -> str:
    """The noun with the word the chapter nearly always writes after it, in
    a language whose phrases put their head first ("naskah Proklamasi", the
    text of one proclamation, not any "Naskah"); the noun alone otherwise."""
    lex = language(lang)
    if not lex.candidates.get("phrase_head_first"):
        return noun
    stop = set(words.get("stopwords", []))
    after = Counter(match.group(1) for text in texts
                    for match in re.finditer(rf"(?<![\w-]){re.escape(noun)} ([^\W\d_]+)", text))
    uses = sum(1 for text in texts for _ in wholeword.starts(text, noun, "-"))
    word, count = after.most_common(1)[0] if after else ("", 0)
    if count < max(MODIFIER_LEAST, MODIFIER_SHARE * uses) or word.casefold() in stop or lex.is_function(word.casefold()):
        return noun
    return f"{noun} {word}"


def _opens_with(text: str, firsts: set[str]) -> bool:
    """Does a sentence of the paragraph open with one of the words ("He", "Ia")?"""
    return any(sentence.split()[0].casefold() in firsts for sentence in SENTENCE_END.split(text) if sentence.split())


def _title(texts: list[str], ranked: list[tuple[str, float]], fitting: list[tuple[str, float]],
           heads: list[str], span: tuple[int, int] | None, alone: bool, lang: str, words: dict) -> str:
    """A chapter's title from its candidates (`ranked`: all; `fitting`: not
    the article's country, no person it names in passing); `heads`: the
    earlier chapters' heads, to which this one's is added; `span`: the
    years of a narrative's dated chapter (None for any other), printed
    before its head, or `alone`."""
    if span is not None and alone:
        head = _dated(span, words)
        heads.append(head)
        return head
    # Nothing fits: the best candidate after all, or with no word used twice
    # and no name, the chapter's opening words.
    opening = _opening(texts[0], lang, set(words.get("stopwords", [])))
    head = _name(fitting or ranked or [(opening, 1.0)], heads) or _heading(opening)
    heads.append(head)
    return _dated(span, words, head) if span is not None else head


def _as_article(chapters: list[list[str]], lang: str, subject: str) -> Article:
    """The chapters as an Article, for the text layer's one analysis."""
    return Article(subject, lang, [Section(f"ch{n}", "", 1, [Paragraph(f"ch{n}-p{i}", text) for i, text in enumerate(texts)])
                                   for n, texts in enumerate(chapters)])


def _uses(analysis: Analysis, chapters: int, own: set[str], stop: set[str],
          lead: Analysis | None) -> tuple[list[Counter], list[Counter], set[str], set[str], dict[str, str]]:
    """Per chapter: each candidate's weighted uses (a name counts more than
    loose words), and in how many of the chapter's paragraphs it stands;
    the candidates that are one lowercase word; the acronyms the text
    never spells out (here or in the `lead`); and the long names (LONG_NAME
    words or more) the text shortens, with their acronym.
    The text layer's names, acronyms (spelled out where the text says
    what they stand for), rare words and phrases; never the subject."""
    kinds = analysis.kinds
    candidates = {c.key: c for c in analysis.candidates}
    longer = {short: long for long, short, kind in find_aliases(analysis.index, set(candidates))
              if kind == "expansion" and short in candidates and long in candidates
              and candidates[short].shape == "acronym"}
    counts = [Counter() for _ in range(chapters)]
    spreads = [Counter() for _ in range(chapters)]
    lone = {c.display for c in analysis.candidates if c.shape == "word" and c.display.islower()}
    verbs = _verbs(analysis, lone)
    unexplained, short = set(), {}
    for c in analysis.candidates:
        shown = candidates[longer[c.key]] if c.key in longer else c
        written = shown.display if c.key in longer else _long_form(c, analysis, lead) or shown.display
        if shown.shape == "acronym" and written == shown.display:
            unexplained.add(written)
        elif len(written.split()) >= LONG_NAME and c.shape == "acronym":
            # Too long for a heading: it is printed as the article's own shortening ("BPUPKI"),
            # recorded when the loop reaches the acronym (whose long form `written` is).
            short[written] = c.display
        if kinds.of(c.key) == "subject" or own & _singulars(written, analysis.lex) or written in verbs \
                or not _readable(shown, stop, analysis.lex):
            continue
        seen = set()
        for occurrence in c.occurrences:
            if not occurrence.standalone:
                continue            # "Meja Bundar" inside "Konferensi Meja Bundar"
            sentence = analysis.sentences[occurrence.sentence]
            counts[sentence.chapter][written] += NAME_BOOST if shown.shape in ("name", "acronym") else 1.0
            seen.add((sentence.chapter, sentence.ref.paragraph_id))
        for chapter, _ in seen:
            spreads[chapter][written] += 1
    return counts, spreads, lone, unexplained, short


def _singulars(written: str, lex) -> set[str]:
    """A title's words and their singulars ("batteries": "battery", the
    lexicon's noun lemma; else glossary.toml `plural_suffixes` taken off),
    to tell the subject's own words."""
    words = set(written.casefold().split())
    singular = {noun_lemma(w, lex.code) for w in words}
    singular |= {w[:-len(s)] for w in words for s in lex.candidates.get("plural_suffixes", []) if s and w.endswith(s)}
    return words | {w for w in singular if w}


def _long_form(candidate, analysis: Analysis, lead: Analysis | None) -> str:
    """What an acronym stands for, said in the chapters or else in the lead."""
    if candidate.shape != "acronym":
        return ""
    found = _spelled_beside(analysis, candidate.display, [o.sentence for o in candidate.occurrences])
    if found or lead is None:
        return found
    return _spelled_beside(lead, candidate.display, range(len(lead.sentences)))


def _spelled_beside(analysis: Analysis, acronym: str, sentences) -> str:
    """The long form an acronym is given in brackets beside it in these
    sentences, when no candidate holds it (`phrases.long_form_beside`); one
    in the brackets after it is written as a heading. "" when they give none."""
    for number in sentences:
        found, bracketed = long_form_beside(analysis.sentences[number].text, acronym, BRACKETED)
        if found:
            return _heading(found) if bracketed else found
    return ""


def _adjectives(analysis: Analysis, everywhere: Counter, endings: list[str]) -> set[str]:
    """Single words that describe rather than name ("Radioactive",
    "classical", "wizard-like"): the text layer's adjective endings, and
    chapters.toml `adjective_endings` of hyphened words ("-like"). No
    person or place ("Italian" is left to `_modifiers`)."""
    kinds = analysis.kinds
    named = {c.display for c in analysis.candidates if kinds.of(c.key) in ("person", "place")}
    return {term for term in everywhere if " " not in term and term not in named
            and (cannot_head(term.casefold(), analysis.lex) or term.casefold().endswith(tuple(endings)))}


def _readable(candidate, stop: set[str], lex) -> bool:
    """A heading's words: no function word at either end ("Bank of"), no
    verb in a lowercase phrase ("models predict")."""
    words = candidate.display.split()
    verb = candidate.shape == "phrase" and (any(lex.looks_like_verb(key) for key in candidate.key)
                                            or _plural_before_head(candidate.key, lex))
    return bool(words) and not verb and words[0].casefold() not in stop and words[-1].casefold() not in stop


def _verbs(analysis: Analysis, lone: set[str]) -> set[str]:
    """Lone words the text often puts after a verb marker ("to predict",
    "can divide", chapters.toml `verb_markers`): verbs, which head no chapter."""
    markers = set(langdata.load(analysis.lex.code, "chapters").get("verb_markers", []))
    index, found = analysis.index, set()
    for word in lone if markers else ():
        uses = index.where.get(word, [])
        marked = sum(1 for number, position in uses if position and index.keys[number][position - 1] in markers)
        if marked >= VERB_SHARE * len(uses):
            found.add(word)
    return found


def _plural_before_head(key: tuple[str, ...], lex) -> bool:
    """"models predict", "cells divide": in a language whose phrases end in
    their head, a plural before the last word makes a clause, not a term
    ("mass production", "status quo" are no plurals)."""
    if lex.candidates.get("phrase_head_first"):
        return False
    plurals = lex.candidates.get("plural_suffixes", [])
    return any(word.endswith(tuple(plurals)) and not word.endswith(("ss", "us", "is")) for word in key[:-1])


def _name_parts(analysis: Analysis, everywhere: Counter) -> tuple[set[str], set[str]]:
    """Single words that are part of a longer name in the article ("Bukharin"
    of "Nikolai Bukharin", "Hall" of "Charles Martin Hall", "pestis" of
    "Yersinia pestis"), and the names the text layer takes for people."""
    names = [term.split() for term in everywhere if len(term.split()) > 1 and term[:1].isupper()]
    parts = {word for name in names for word in name if word[:1].isupper()}
    parts |= {word for word in everywhere if " " not in word and word.islower() and _after_name(analysis, word)}
    people = {c.display for c in analysis.candidates if analysis.kinds.of(c.key) == "person"}
    return parts, people


def _after_name(analysis: Analysis, word: str) -> bool:
    """Does the text nearly always write the lowercase word straight after a
    capitalised one, not the sentence's first ("Yersinia pestis", "Y.
    pestis", "Homo sapiens")? Then it is the tail of a name, no heading
    alone ("Pestis")."""
    if "NOUN" in classes(word, analysis.lex.code):
        return False        # a common noun after a name ("Vivaldi scholar") is a compound, not a name's tail
    uses = analysis.index.where.get(word, [])
    after = 0
    for number, position in uses:
        tokens = analysis.index.sentences[number].tokens
        after += position > 1 and tokens[position - 1].cap \
            and analysis.index.sentences[number].gap(position - 1, position) in (" ", ". ")
    return len(uses) >= ATTRIBUTIVE_LEAST and after >= ATTRIBUTIVE_SHARE * len(uses)


def _modifiers(analysis: Analysis, everywhere: Counter) -> set[str]:
    """Capitalised words the text nearly always puts before a lowercase
    content word ("Genoese merchants", "Copernican system"), in a language
    whose modifiers come first (`modifiers_first`): adjectives of a people
    or a doctrine, which head no chapter alone. A lowercase word the text
    nearly always puts before a noun, and the lexicon never calls a noun, is
    one too ("superconducting magnets", "superconducting state"): a
    participle or adjective, no heading alone ("Superconducting")."""
    index, found = analysis.index, set()
    for word in everywhere:
        if " " in word:
            continue
        capital = word[:1].isupper()
        if not capital and "NOUN" in classes(word, analysis.lex.code):
            continue        # a noun before a noun ("peso crisis", "steam engine") still heads a chapter alone
        uses = index.where.get(word.casefold(), [])
        before = sum(1 for number, position in uses if _before_noun(analysis, number, position, capital))
        if len(uses) >= ATTRIBUTIVE_LEAST and before >= ATTRIBUTIVE_SHARE * len(uses):
            found.add(word)
    return found


def _before_noun(analysis: Analysis, number: int, position: int, capital: bool = True) -> bool:
    sentence, keys = analysis.index.sentences[number], analysis.index.keys[number]
    if position + 1 >= len(keys) or capital and not sentence.tokens[position].cap:
        return False
    following = sentence.tokens[position + 1]
    return sentence.gap(position, position + 1) == " " and following.text.islower() \
        and len(following.text) > 3 and not analysis.lex.is_function(keys[position + 1])


def _topics(found: Counter, everywhere: Counter, spread: Counter, paragraphs: int,
            weight: dict[str, float]) -> list[tuple[str, float]]:
    """Candidates by distinctiveness: used often here, in many of the
    chapter's paragraphs, and most of their uses are here (the article's
    own subject, used in every chapter, is not); a person, a lone word of
    a longer name, or a modifier counts less than a term."""
    scored = []
    least = 2 if any(count >= 2 for count in found.values()) else 1
    wide = min(SPREAD_LEAST, max((spread[term] for term in found), default=0))
    for term, count in found.items():
        if count < least or SHORT_ACRONYM.fullmatch(term):
            continue        # "BC", "AS": a reader cannot tell what a bare short acronym names
        share = count / everywhere[term]
        length = min(len(term.split()), 3)
        central = (spread[term] / paragraphs) ** SPREAD_POWER
        scored.append((term, weight[term] * count * share ** SHARE_POWER * central * (1 + LONGER * (length - 1))))
    # A term through several paragraphs before one that stays in a single one,
    # however distinctive ("Christie", a sale told once); a word weighed down
    # as no heading (an adjective, an unexplained acronym) after both.
    scored.sort(key=lambda item: (weight[item[0]] < RAISED, spread[item[0]] < wide, -item[1], item[0]))
    return _without_parts(scored)


def _without_parts(scored: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """Drop a candidate contained in a better one ("Meja Bundar" under "Konferensi Meja Bundar")."""
    kept: list[tuple[str, float]] = []
    for term, score in scored:
        if not any(term in better or better in term for better, _ in kept):
            kept.append((term, score))
    return kept


def _name(topics: list[tuple[str, float]], taken: list[str]) -> str:
    """One clear head: the best topic no earlier chapter is named by (never
    two names glued with "and", which reads as no heading); "" when every
    topic is part of an earlier title or holds one."""
    said = [t.casefold() for t in taken]     # as printed: "Plague" heads a chapter, "plague" is the same term
    free = [term for term, _ in topics if not any(term.casefold() in t or t in term.casefold() for t in said)]
    return _heading(free[0]) if free else ""


def _opening(text: str, lang: str, stop: set[str]) -> str:
    """The opening words of a chapter that names nothing twice, as a heading:
    at most OPENING_WORDS, up to the first punctuation, copula (text.toml
    `copulas`: "Atlanta's sister cities are:" reads "Atlanta's sister
    cities"), relative clause (chapters.toml `clause_openers`: "Revolusi
    sosial yang terjadi" reads "Revolusi sosial") or verb ("The overall
    process of photosynthesis takes" reads "Overall process of
    photosynthesis"), without a function word at either end (`stop`: the
    chapter words' stopwords). Also the title of a chapter whose every
    candidate is part of an earlier chapter's title ("Republik" after
    "Republik Indonesia")."""
    copulas = set(langdata.load(lang, "text").get("copulas", []))
    copulas |= set(langdata.load(lang, "chapters").get("clause_openers", []))
    lex = language(lang)
    kept: list[str] = []
    for word in text.split()[:OPENING_WORDS]:
        bare = word.rstrip(STOPS)
        if kept and (bare.casefold() in copulas or lex.looks_like_verb(bare.casefold())):
            break
        kept.append(bare)
        if bare != word:
            break
    while len(kept) > 1 and kept[0].casefold() in stop:
        kept.pop(0)
    while len(kept) > 1 and kept[-1].casefold() in stop:
        kept.pop()
    return " ".join(word for word in kept if word) or " ".join(text.split()[:OPENING_WORDS])


def _heading(term: str) -> str:
    """Capitalised like a heading, but a word with a capital inside keeps its own spelling ("mRNA")."""
    first = term.split()[0]
    return term if first[1:] != first[1:].lower() else term[:1].upper() + term[1:]


def _span(texts: list[str], lang: str) -> tuple[int, int] | None:
    """The years the chapter's dated events cover (the PERIOD_SPREAD shares
    of them); None when they are too few or lie too far apart (a look back
    over centuries)."""
    years = sorted(y for found in paragraph_years(texts, lang) for y in found)
    if len(years) < 2:
        return None
    start = years[int(PERIOD_SPREAD[0] * (len(years) - 1))]
    end = years[int(math.ceil(PERIOD_SPREAD[1] * (len(years) - 1)))]
    return None if end - start > LONGEST_PERIOD else (start, end)


def _dated(span: tuple[int, int], words: dict, topic: str = "") -> str:
    """The period before the chapter's topic ("1907–1909: STOVIA") or alone
    ("1872–1894"), in the language's format."""
    start, end = span
    kind = "year" if start == end else "period"
    form = words.get(f"{kind}_format" if topic else f"{kind}_alone") or FORMATS[kind, bool(topic)]
    return form.format(start=start, end=end, year=start, topic=topic)


def _main_places(analysis: Analysis, spreads: list[Counter], paragraphs: int) -> set[str]:
    """The article's own country or region, and a power that runs through
    its story ("Indonesia" and "Belanda" in a history of Indonesia, "Canada"
    in Toronto's): places named in most chapters and all through the text.
    Named everywhere, they tell no chapter apart and head none ("Bletchley
    Park", the place of one part of a life, does)."""
    places = {c.display for c in analysis.candidates if analysis.kinds.of(c.key) == "place"}
    chapters: Counter = Counter()
    named: Counter = Counter()
    for spread in spreads:
        for term in places & set(spread):
            chapters[term] += 1
            named[term] += spread[term]
    return {term for term in chapters if chapters[term] > MAIN_PLACE_CHAPTERS * len(spreads)
            and named[term] >= MAIN_PLACE_PARAGRAPHS * paragraphs}


def _sources(analysis: Analysis, source_before: list[str]) -> set[str]:
    """People and bodies the text quotes rather than tells about: named
    mostly after "according to" / "menurut" (people.toml `source_cues`), a
    historian's title ("biographer", "sejarawan": questions.toml
    `historian_titles`) or a source's cue (chapters.toml `source_before`:
    "a study by the Pew Research Center", "tegas KH. Firdaus AN"), or
    before a verb of saying ("Service argued", "Gallup determined",
    people.toml `speech_verbs`). A source quoted through a chapter names
    none of it. Places are never sources."""
    lex = analysis.lex
    cues, speech = lex.words("people", "source_cues"), lex.words("people", "speech_verbs")
    roles = tuple(t for t in (tuple(title.casefold().split()) for title in lex.words_in("words", "historian_titles")) if t)
    before = tuple(t for t in (tuple(cue.casefold().split()) for cue in source_before) if t)
    found = set()
    for c in analysis.candidates:
        named = c.shape in ("name", "acronym") and analysis.kinds.of(c.key) not in ("place", "subject")
        uses = [o for o in c.occurrences if o.standalone] if named else []
        quoted = sum(1 for o in uses if _quoted(analysis.index.keys[o.sentence], o.first, o.last, cues, speech, roles)
                     or _cued(analysis.index.keys[o.sentence], o.first, before))
        if len(uses) >= SOURCE_LEAST and quoted >= SOURCE_SHARE * len(uses):
            found.add(c.display)
    return found


def _quoted(keys: list[str], first: int, last: int, cues: frozenset[str], speech: frozenset[str],
            roles: tuple[tuple[str, ...], ...]) -> bool:
    """Is the name at first .. last said as a source ("menurut X", "according
    to X", "sejarawan X", "X berpendapat")?"""
    after = keys[last + 1] if last + 1 < len(keys) else ""
    return bool(cues & set(keys[max(0, first - 2):first])) or after in speech \
        or cue_before(keys, first, roles) > 0


def _cued(keys: list[str], first: int, cues: tuple[tuple[str, ...], ...]) -> bool:
    """A source's cue ends at most SOURCE_REACH words before the name
    ("study by the Pew …", "lanjut Firdaus")."""
    return any(phrase_before(keys, first - gap, cues) for gap in range(SOURCE_REACH))


def _minor(paragraphs_named: int, paragraphs: int) -> bool:
    """A person named in few of the chapter's paragraphs is a passing mention
    there (a historian quoted, a visitor), not what the chapter is about."""
    return paragraphs_named < max(MINOR_SHARE * paragraphs, min(MINOR_PARAGRAPHS, paragraphs / 2))


def _areas(analysis: Analysis, paragraphs: list[int], areas: list[dict],
           least: tuple[float, float, int] = (AREA_COVER, AREA_LIFT, AREA_WORDS)) -> list[tuple[str, float]]:
    """Per chapter (`paragraphs`: how many each has), the subject a textbook
    would head it by ("Health", "Population": chapters.toml `areas`) and
    the share of the chapter's paragraphs using its words, or ("", 0)
    when none fits: a subject whose words stand in most of the chapter's
    paragraphs, far more densely than in the rest of the article, that
    are more than one word said again and again, among them one that
    names the field itself (its `names`: "health", "economy"; a chapter
    on the Earth's size that says "educated" and "scholars" is no
    chapter on education). Each subject heads at most the one chapter
    where it is densest. `least`: the cover, lift and different words asked
    (looser for a chapter whose every term is met in passing)."""
    said_in = [(sentence, _plain_words(sentence, keys), keys) for sentence, keys in zip(analysis.sentences, analysis.index.keys)]
    everywhere = sum(paragraphs) or 1
    found: list[tuple[str, float]] = [("", 0.0)] * len(paragraphs)
    strength = [(0.0, 0.0)] * len(paragraphs)
    for area in areas:
        own_names = {tuple(w.casefold().split()) for w in area.get("names", [])}
        words = sorted(own_names | {tuple(w.casefold().split()) for w in area.get("words", [])})
        uses, using, distinct = Counter(), [set() for _ in paragraphs], [set() for _ in paragraphs]
        for sentence, known, keys in said_in:
            said = [w for w in words if _says(known, keys, w)]
            uses[sentence.chapter] += len(said)
            if said:
                using[sentence.chapter].add(sentence.ref.paragraph_id)
                distinct[sentence.chapter].update(said)
        total = sum(uses.values()) or 1
        if sum(map(len, using)) >= AREA_OWN * everywhere:
            continue        # the article's own field ("Climate" in one on global warming) tells no chapter apart
        fits = {}
        for chapter, size in enumerate(paragraphs):
            cover, lift = len(using[chapter]) / max(size, 1), uses[chapter] / total / (size / everywhere)
            if cover >= least[0] and lift >= least[1] and len(distinct[chapter]) >= least[2] \
                    and own_names & distinct[chapter]:
                fits[chapter] = (cover, cover * lift)
        best = max(fits, key=lambda chapter: fits[chapter][1], default=None)
        # Two fields over as many of the chapter's paragraphs: the one it says more
        # often heads it ("Media", radio and papers, not "Transportasi", a train told once).
        if best is not None and (fits[best][0], uses[best]) > strength[best]:
            found[best], strength[best] = (area["title"], fits[best][0]), (fits[best][0], uses[best])
    return found


def _broader(area: tuple[str, float], topics: list[tuple[str, float]], spread: Counter, paragraphs: int) -> bool:
    """Does the subject ("Health") run through more of the chapter than its
    best term ("Constipation")? Then it, not the term, is what the chapter
    is about. A chapter that tells a period keeps its period and term."""
    best = spread[topics[0][0]] / paragraphs if topics else 0.0
    return bool(area[0]) and (area[1] > best or area[1] == best and paragraphs >= AREA_TIE_PARAGRAPHS)


def _plain_words(sentence, keys: list[str]) -> set[str]:
    """The sentence's word keys but those inside a name of several words
    ("Islam" of "Sarekat Islam", "Church" of "Catholic Church"), which
    speak of that body, not of the subject."""
    tokens = sentence.tokens

    def beside(i: int, j: int) -> bool:     # a capital next to it (not the sentence's first word)
        return 0 < j < len(keys) and tokens[j].cap and sentence.gap(min(i, j), max(i, j)) == " "
    return {key for i, key in enumerate(keys) if not (tokens[i].cap and (beside(i, i - 1) or beside(i, i + 1)))}


def _says(known: set[str], keys: list[str], words: tuple[str, ...]) -> bool:
    """Does the sentence (its word keys, and as a set) hold the word or phrase?"""
    if len(words) == 1:
        return words[0] in known
    if words[0] not in known:
        return False
    return any(tuple(keys[i:i + len(words)]) == words for i in range(len(keys) - len(words) + 1))
