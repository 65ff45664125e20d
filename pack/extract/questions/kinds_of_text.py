"""What kind of text an article and each of its chapters is: person, event, process, place, organisation.

Stage: extract (question generator helper). Inputs: a `QuestionContext`
(the article's sentences and names) and the `[kinds]` words of
`pack/lang/<code>/questions.toml`. Outputs: `article_kind(ctx)` and
`chapter_kind(ctx, chapter_id)`, one of "person", "event", "process",
"place", "organisation" (or "survey": a chapter on what followed a life or a
list that describes its items; "figures": a chapter of statistics; "list": a
chapter that is a list and nothing else);
the question forms are chosen by them (a museum exhibition on a life or a
war, a concept map for a process, a guided tour for a city). Also
`told_in_order(ctx)`: whether the text tells its years in time order. Also
`head_of(phrase, ctx)`: the head noun of a noun phrase, found as the lead's is.

The kind is read from the text, not from a list of titles:

1. the lead's copula: "Toronto is the most populous *city* in Canada",
   "Boedi Oetomo adalah *organisasi* pemuda ...": the head noun of what
   the subject is said to be, looked up in the language's word lists;
2. failing that, the article's own words: a lead whose sentences go on
   with "he"/"ia" is a person, and so is a title that reads as a person's
   name, unless the lead speaks of a firm more than of a life
   (`[kinds] organisation_cues` against `person_cues`: "Mercedes-Benz ... is
   a German automobile manufacturer ... headquarters"): an organisation; a subject the text counts ("a heat pump":
   `QuestionContext.counted`) is a thing, asked like a process, however
   dated its history; a text dense with years is an event or
   period; anything else is a concept (asked like a process). The years
   counted are those of sentences that tell, not of those that give a
   measured quantity (`measures`: "almost 4,210 TWh in 2023" dates a figure).

A chapter takes the article's kind, except that a chapter dense with
years in a process, place or organisation article ("History of research"
in an article on the cell) is asked about as history, and a chapter of a
life (not its lead) at least half of whose dated sentences lie after the
subject's death (the lead's lifespan:
foundations, stamps and statues named after them, a pardon, a reputation)
tells no part of that life: it is asked about as a survey (`[forms.survey]`),
whatever its heading ("Legacy", "Yayasan Bung Karno"). A section whose heading
lists or surveys (`surveys`: "Etymology", "Published written works") tells no
events in order, whatever its years. A chapter (not the lead, not of a place)
at least half of whose sentences give measured quantities is a table told in
prose: a "figures" chapter, asked only the tasks of any chapter. A chapter (not the lead,
not of a place) that is a list whose lines describe their items ("Noted employees –
designer of ...") is a "survey"; a list's years (twin towns "(1959)") never make it history.
A chapter (not the lead) that is a list and nothing else, in any kind of text (twin towns,
residents with a job each, a bibliography: `bare_list`), is a "list", asked its own tasks
(`[forms.list]`), unless its lines describe their items (a survey, as above). A paragraph that
ends mid-phrase ("... the energy density is") is a sentence cut where a formula was taken out,
no list line.
"""

from __future__ import annotations

import re

from pack.extract.questions.sentences import WORD
from pack.extract.timeline.date_patterns import patterns
from pack.extract.timeline.periods import life_span
from pack.model import is_lead
from pack.text.citations import CLOSING_YEAR, is_reference
from pack.text.sentences import ends_without_stop
from pack.text.tokens import YEAR
from pack.text.wordscan import Scan
from pack.text.wordclass import classes
from pack.lang.schema import tunables_of

KINDS = ("person", "event", "process", "place", "organisation")
# Thresholds, each declared with why in pack/lang/schema.toml [tunables].
(MIN_CHAPTER_YEARS, MIN_AFTER_LIFE, STATISTICS_SHARE, MIN_STATISTICS, MIN_IN_ORDER,
 LIST_SHARE, MIN_LIST_LINES, DESCRIBED_LINE_MEAN_WORDS, LIST_ONLY_SHARE, MIN_LIST_ENTRIES,
 REFERENCE_MOST_WORDS, LEAD_IN_SENTENCES) = tunables_of(__name__)
# An entry of a list told more of: a name of a few words, a spaced dash, then its sentences
# ("William Wilberforce - Wilberforce was a leader of the movement. He was ...").
DESCRIBED_ENTRY = re.compile(r"[^\W\d_][^\s.,;:]*(?: [^\s.,;:]+){0,5} [-–—] ")
# A number with a thousands group or a decimal part ("4,210", "22.5", "1.400", "22,5"): a
# measure in any language, never a year.
# (Both scanned for at a digit, and with the ASCII pattern in an ASCII text: `wordscan.Scan`.
# NUMBER is "(?<![\d.,])\d+(?!\d)" with its check made behind the first digit.)
MEASURE = Scan(re.compile(r"\d{1,3}(?:[.,]\d{3})+(?!\d)|\d+[.,]\d+"))
NUMBER = Scan(re.compile(r"\d(?<![\d.,]\d)\d*(?!\d)"))


def article_kind(ctx) -> str:
    """The article's kind (memoised per context)."""
    return ctx.once("article_kind", _article_kind)


def chapter_kind(ctx, chapter_id: str) -> str:
    """The kind of one chapter's questions: the article's, "event" for a dated chapter of
    another kind of text, "survey" for a chapter on what followed a life, or "figures"
    for a chapter of statistics."""
    kinds = ctx.once("chapter_kinds", _chapter_kinds)
    return kinds.get(chapter_id, article_kind(ctx))


def _words(ctx) -> dict:
    return ctx.ql.questions.get("kinds", {})


def _article_kind(ctx) -> str:
    head = lead_head(ctx)
    for kind in KINDS:
        if head and head in _fold(_words(ctx).get(kind, [])):
            return kind
    if ctx.subject_is_person():
        return "organisation" if _body_named_after_person(ctx) else "person"
    # A subject the text counts ("a heat pump", "an electric battery") is a kind of thing,
    # however many years its history and its markets give: no period to tell in order.
    if ctx.counted(ctx.named_phrase(ctx.article.title or "")):
        return "process"
    told = _told(ctx, ctx.sentences)
    return "event" if _year_density(told) >= _words(ctx).get("history_years_per_1000", 10) else "process"


def _body_named_after_person(ctx) -> bool:
    """A subject whose title reads as a person's name ("Mercedes Benz") but whose lead speaks
    of a firm (`[kinds] organisation_cues`: "manufacturer", "headquarters", "brand", "founded")
    more than of a life (`person_cues`: "born", "died", "his", "her") and never goes on with
    "he"/"she": a company named after its founders (fresh-9 readers: "the life of Mercedes
    Benz" makes no sense)."""
    if ctx.lead_uses_pronouns():
        return False
    lead = ctx.article.chapters[0].id if ctx.article.chapters else ""
    words = [w.casefold() for s in ctx.sentences if s.ref.chapter_id == lead for w in WORD.findall(s.text)]
    firm, person = ctx.ql.words_in("kinds", "organisation_cues"), ctx.ql.words_in("kinds", "person_cues")
    body, life = sum(w in firm for w in words), sum(w in person for w in words)
    return body > life


def _chapter_kinds(ctx) -> dict[str, str]:
    """The chapters whose kind is not the article's: a life's after-life ("survey"), a dated
    chapter of another kind of text ("event"), a list that describes its items ("survey"),
    a chapter of statistics ("figures"), a chapter that is a list and nothing else ("list")."""
    kind = article_kind(ctx)
    found = _after_life(ctx) if kind == "person" else {} if kind == "event" else _histories(ctx)
    # A chapter that is a list and nothing else, in any kind of text (a place's twin towns too);
    # outside a place, one whose lines describe their items is a survey instead (below).
    found.update({chapter_id: "list" for chapter_id in ctx.chapters if bare_list(ctx, chapter_id)})
    # A place's own forms ask for its facts side by side (its demography, its economy) already.
    if kind != "place":
        # Figures tell no story, and are no set of things to compare, sort or choose among
        # either: they may follow one project's costs year by year ("US studies in the 21st
        # century" of tidal power, fresh-10 readers: "no 'others' to choose between";
        # "Geothermal heating", fresh-6: "describes essentially one thing"). Only the tasks
        # of any chapter (`[forms.figures]`); a list that describes its items is a survey.
        found.update({chapter_id: "figures" for chapter_id in ctx.chapters if _statistics(ctx, chapter_id)})
        found.update({chapter_id: "survey" for chapter_id in ctx.chapters if _described_list(ctx, chapter_id)})
    return found


def _list_lines(ctx, chapter_id: str) -> list[str]:
    """The lines of a list that make up a chapter (not the lead): its paragraphs that end in no
    stop, when they are at least LIST_SHARE of them and MIN_LIST_LINES ("Paul Bracq – major
    designer of automobiles", "Boston, Massachusetts, United States (1959)"); else none. A line
    may be long, unlike the timeline's (`events._list_line`): a list may say much of each item
    (a firm's "Innovations", fresh-9), and half a chapter's paragraphs are no stops lost with
    a reference mark."""
    if is_lead(chapter_id):
        return []
    paragraphs = list(ctx.chapters[chapter_id].all_paragraphs())
    lines = [p.text.strip() for p in paragraphs if _list_line(ctx, p)]
    return lines if len(lines) >= MIN_LIST_LINES and len(lines) >= LIST_SHARE * len(paragraphs) else []


def _list_line(ctx, paragraph) -> bool:
    """A paragraph that ends in no stop, but not mid-phrase: a list's line. One that ends on a
    comma, an "and", an "is", a "that" or a "the" is a sentence cut where a formula was taken
    out (en-photon's "Stimulated and spontaneous emission", fresh-11 readers: "one line of
    argument", no things to sort)."""
    text = paragraph.text.strip()
    if not ends_without_stop(text):
        return False
    words = WORD.findall(text)
    ql = ctx.ql
    last = words[-1].casefold() if words else ""
    return not text.endswith(",") and last not in (ql.and_words | ql.auxiliary_verbs | ql.determiners
                                                   | ql.words_in("words", "relatives"))


def bare_list(ctx, chapter_id: str) -> bool:
    """A chapter (not the lead) that is a list and nothing else: LIST_ONLY_SHARE of its
    paragraphs, and MIN_LIST_ENTRIES, are a list's lines (`_list_line`: twin towns "Chuncheon,
    South Korea, 2004", residents "Haile Gebrselassie: Ethiopian long distance runner") or
    references (a bibliography's "Tokyo: Bungeishunjū, 1980.", `pack.text.citations`). Its
    items are named, not told: no summary, no two facts to connect, no words to explain
    (fresh-11 readers on Addis Ababa's and Miyatake's lists), `[forms.list]`. Beside them, no
    paragraph of more than one sentence."""
    if is_lead(chapter_id):
        return False
    paragraphs = list(ctx.chapters[chapter_id].all_paragraphs())
    others = [p for p in paragraphs if not (_list_line(ctx, p) or _reference(p.text, ctx.article.lang)
                                            or DESCRIBED_ENTRY.match(p.text))]
    entries = len(paragraphs) - len(others)
    # Beside the list, a lead-in that opens the chapter ("The board consists of:", "This list is
    # composed of ...": LEAD_IN_SENTENCES at most) and entries told more of ("William
    # Wilberforce - Wilberforce was a leader ...", `DESCRIBED_ENTRY`). Any other paragraph of
    # prose is something told (Kyoto's "Tourism": museums listed after the World Heritage
    # Site's facts, judged ok asked as a place's chapter).
    prose = any(len(ctx.by_paragraph.get(p.id, ())) > (LEAD_IN_SENTENCES if p is paragraphs[0] else 1)
                for p in others)
    return not prose and entries >= MIN_LIST_ENTRIES and entries >= LIST_ONLY_SHARE * len(paragraphs)


def _reference(text: str, lang: str) -> bool:
    """A bibliographic entry: a short paragraph (REFERENCE_MOST_WORDS) the reader would drop as a
    reference, or one that closes on its year after a comma (", 1980."). A paragraph of prose
    may end so too ("... was shot on April 14, 1865.") and may cite "(1991)" and a "University".
    """
    return len(text.split()) <= REFERENCE_MOST_WORDS and (is_reference(text, lang) or bool(CLOSING_YEAR.search(text)))


def _described_list(ctx, chapter_id: str) -> bool:
    """A list whose lines say something of each item (DESCRIBED_LINE_MEAN_WORDS words a line on
    average: "Noted employees", "Innovations" of a firm), asked as a survey: "choose an
    event in 'Noted employees' and explain what made it possible" asks for a story it does
    not tell. A list of bare names (museums, officers) has nothing to compare or sort: it
    keeps the tasks of its kind."""
    lines = _list_lines(ctx, chapter_id)
    words = sum(len(WORD.findall(line)) for line in lines if not _names_only(line, ctx.ql))
    return bool(lines) and words >= DESCRIBED_LINE_MEAN_WORDS * len(lines)


def _names_only(line: str, ql) -> bool:
    """A line that only names its items, however many ("Adobe Photoshop, Adobe Lightroom ... and
    Adobe Audition"): three parts or more between commas and "and", each opening with a capital.
    It describes none of them (fresh-13 readers on a firm's "Products": "a bare list of names",
    nothing to compare), so its words count for no description."""
    ands = "|".join(re.escape(word) for word in ql.and_words)
    parts = [part.strip() for part in re.split(rf",|\s(?:{ands})\s", line) if part.strip()]
    return len(parts) >= 3 and all(part[0].isupper() for part in parts)


def _histories(ctx) -> dict[str, str]:
    """The chapters of a process, place or organisation that tell history: a history heading,
    or eight years and more, densely, in sentences that are not statistics."""
    threshold = _words(ctx).get("history_chapter_years_per_1000", 40)
    history = _fold(_words(ctx).get("history_headings", []))
    found = {}
    for chapter_id, chapter in ctx.chapters.items():
        told = _told(ctx, [s for s in ctx.sentences if s.ref.chapter_id == chapter_id])
        title = {w.casefold() for w in WORD.findall(chapter.title)}
        years = set(YEAR.findall(told))
        # A list's years date its items (twin towns "(1959)"), not events told in order.
        dense = len(years) >= MIN_CHAPTER_YEARS and _year_density(told) >= threshold
        if title & history or (dense and not _list_lines(ctx, chapter_id)):
            found[chapter_id] = "event"
    return found


def _statistics(ctx, chapter_id: str) -> bool:
    """A chapter (not the lead) at least STATISTICS_SHARE of whose sentences, and MIN_STATISTICS,
    give measured quantities: "which event mattered most" or "put the events in order" asks
    for a story it does not tell (Hydroelectricity's "Future potential": forecasts in GW)."""
    if is_lead(chapter_id):
        return False
    sentences = [s.text for s in ctx.sentences if s.ref.chapter_id == chapter_id]
    measured = sum(measures(text, ctx.article.lang) for text in sentences)
    return measured >= MIN_STATISTICS and measured >= STATISTICS_SHARE * len(sentences)


def measures(text: str, lang: str) -> bool:
    """The sentence gives a measured quantity: a number with a thousands group or a decimal
    part, or one followed by a unit, "%" or "million" (the timeline's `[traps] after` of
    `dates.toml`: the words that make a number no year). Its year dates a statistic
    ("almost 4,210 TWh in 2023"), not an event."""
    if MEASURE.search(text):
        return True
    after = patterns(lang).trap_after
    return any(after.match(text[m.end():]) for m in NUMBER.finditer(text) if not YEAR.fullmatch(m.group()))


def told_in_order(ctx) -> bool:
    """The text tells its years in time order (MIN_IN_ORDER of the steps from one told year to
    the next go forward): its earliest and latest times are where a story starts and ends, a
    pair of situations to compare. A text that looks back and forth (a lead naming a 1954 book,
    a legacy section, prices "in 2016 dollars") has no such pair (fresh-8 readers: "vague")."""
    years = [min(int(y) for y in YEAR.findall(s.text)) for s in ctx.sentences
             if YEAR.search(s.text) and not measures(s.text, ctx.article.lang)]
    steps = list(zip(years, years[1:]))
    return bool(steps) and sum(later >= earlier for earlier, later in steps) >= MIN_IN_ORDER * len(steps)


def _told(ctx, sentences) -> str:
    """The text of the sentences that tell rather than measure (`measures`): how dense a
    text is with years says whether it is history only where its years date events."""
    return " ".join(s.text for s in sentences if not measures(s.text, ctx.article.lang))


def _after_life(ctx) -> dict[str, str]:
    """The chapters of a life that tell what came after it ("survey"): at least half of
    their dated sentences, and `MIN_AFTER_LIFE`, dated only after the death year of the
    lead's lifespan. "Which event mattered most for the life of ...?" or "the role of
    ... in the life of" asked there weighs stamps and foundations made after that life."""
    span = ctx.once("life_span", lambda _: life_span(ctx.article))     # (shared with `after_life`)
    if not span or span[1] is None:
        return {}
    dated: dict[str, list[bool]] = {}
    for sentence in ctx.sentences:
        years = [int(y) for y in YEAR.findall(sentence.text)]
        if years:
            dated.setdefault(sentence.ref.chapter_id, []).append(min(years) > span[1])
    # The lead sums up the whole story, what followed the life included (a pardon decades later).
    return {chapter_id: "survey" for chapter_id, after in dated.items()
            if sum(after) >= MIN_AFTER_LIFE and 2 * sum(after) >= len(after) and not is_lead(chapter_id)}


def surveys(ctx, *titles: str, headings: str = "list_headings") -> bool:
    """A heading of a section that lists or surveys (`[kinds] list_headings`: "Etymology",
    "Published written works", "Historical reputation") rather than tells events in order;
    with `headings="name_headings"`, one on the subject's name ("Etymology", "Toponymy").
    A place's "Sports" and "Media" survey too (`place_list_headings`), but only in an article
    on a place: "Propaganda and media" of a revolution tells events in order. An entry of
    several words ("popular culture") is a phrase of the heading."""
    words = {w.casefold() for title in titles for w in WORD.findall(title)}
    listed = ctx.ql.words_in("kinds", headings)
    if headings == "list_headings" and article_kind(ctx) == "place":
        listed = listed | ctx.ql.words_in("kinds", "place_list_headings")
    # An entry of several words is matched whole ("popular culture": not "Popular uprising").
    spelled = [" ".join(WORD.findall(title)).casefold() for title in titles]
    phrases = [entry for entry in listed if " " in entry]
    return bool(words & listed) or any(f" {p} " in f" {title} " for p in phrases for title in spelled)


def lead_head(ctx) -> str:
    """The head noun of what the lead's first sentence says its subject is ("city"), or ""
    (memoised per context: each question candidate asks)."""
    return ctx.once("lead_head", _lead_head)


def _lead_head(ctx) -> str:
    words = _words(ctx)
    copula = _lead_copula(ctx)
    if not copula:
        return ""
    _, text, rest = copula
    return _head_first(rest, words) if words.get("head_first") else _head_last(rest, text, words, ctx.ql)


def subject_ended(ctx) -> bool:
    """The lead puts its subject in the past (`[kinds] past_copulas`: "The Dutch East Indies
    was a Dutch colony"): a place that is no more has no future to weigh and no visitors to
    guide. A language whose copula tells no tense (Indonesian "adalah") lists none."""
    copula = _lead_copula(ctx)
    return bool(copula) and copula[0] in ctx.ql.words_in("kinds", "past_copulas")


def _lead_copula(ctx) -> tuple[str, str, list[str]] | None:
    """The copula of the lead's first sentence that has one (of its first two), that
    sentence's text, and its words after the copula (casefolded), or None."""
    copulas = ctx.ql.words("shared", "copulas")
    first = next(iter(ctx.by_paragraph.values()), [])
    for sentence in first[:2]:
        # A bracket holds dates and other names ("(lahir ...; 1878 – 1953)").
        tokens = WORD.findall(re.sub(r"\([^)]*\)", " ", sentence.text))
        folded = [t.casefold() for t in tokens]
        at = next((i for i, w in enumerate(folded) if w in copulas), None)
        if at is not None:
            return folded[at], sentence.text, folded[at + 1:]
    return None


def head_of(phrase: str, ctx) -> str:
    """The head noun (casefolded) of a noun phrase lifted from the text ("observations" of
    "Galileo's observations of the satellites", "kemelut" of "kemelut di bidang produksi"),
    found as the lead's is; a number after a name ("Act 1875") is no head."""
    words = _words(ctx)
    rest = [w.casefold() for w in WORD.findall(phrase) if not w.isdigit()]
    return _head_first(rest, words) if words.get("head_first") else _head_last(rest, phrase, words, ctx.ql)


def _head_first(rest: list[str], words: dict) -> str:
    """Indonesian: the head comes first ("organisasi pemuda yang ...")."""
    skip = _fold(words.get("skip", []))
    return next((w for w in rest if w not in skip), "")


def _head_last(rest: list[str], text: str, words: dict, ql) -> str:
    """English: the head ends the phrase ("the most populous city in ...")."""
    stops = _fold(words.get("stops", []))
    phrase = []
    for word in rest[:12]:
        if word in stops:
            break
        phrase.append(word)
    if not phrase:
        return ""
    # "an English mathematician, computer scientist, ... and theoretical
    # biologist": the last word of the phrase that names a kind.
    kinds = set().union(*(_fold(words.get(k, [])) for k in KINDS))
    for word in reversed(phrase):
        if _modifier(word, text.casefold(), stops | ql.and_words, ql):
            continue
        for form in (word, word[:-1] if word.endswith("s") else word):
            if form in kinds:
                return form
    return phrase[-1]


def _modifier(word: str, text: str, stops: frozenset[str], ql) -> bool:
    """A word written straight before a noun of the phrase modifies it: "a general term"
    names a term, not a general (fresh-12: Abolitionism asked as a life). A comma
    ("mathematician, computer scientist"), an "and" ("painter and printmaker"), a stop
    ("general in the army") or a verb ("a city located in") ends the phrase instead."""
    after = re.search(rf"(?<![\w-]){re.escape(word)} (\w+)", text)
    if not after or after.group(1) in stops or ql.is_verb(after.group(1)):
        return False
    return "NOUN" in classes(after.group(1), ql.code)


def _year_density(text: str) -> float:
    """Years per thousand words."""
    count = len(WORD.findall(text))
    return 1000 * len(YEAR.findall(text)) / count if count else 0.0


def _fold(items) -> frozenset[str]:
    return frozenset(i.casefold() for i in items)
