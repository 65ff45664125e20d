"""Questions on the facts a place or science chapter states: a change between two dates,
and where something is or happens.

Stage: extract (question generator). Inputs: a `QuestionContext`. Outputs:
`Candidate`s "How did <thing> change between <year> and <year>?" (understand),
built from a sentence that states a measured change with the language's
`[markers] change_verbs`, `change_from` and `change_to` ("Europe's population
increased from about 100 million in 1700 to 400 million by 1900", "jumlah
tentara Soviet meningkat dari 2,9 juta ... pada tahun 1949 menjadi 5,8 juta pada
tahun 1953") and two different years. Place and science chapters (a city's
population, a metal's price, a tree cover) state such facts where a narrative
states causes; without this form they had no question but whole-chapter tasks.

And "Where does <thing> take place?" (remember) from a sentence that says where
something is or happens in the present tense, with a verb of `[location] verbs`
and a preposition of `[location] prepositions` after it ("In plants, light-dependent
reactions occur in the thylakoid membranes", "The city lies in the western portion of
the Iberian Peninsula"); not before a number or a word of `[location] not_after`
("occurs in two stages", "is located at 38°42′N": no place).

And "How can <thing> be <done>?" (understand) from a sentence that says by what means
something can be measured, detected or made, with a modal and a past participle of
`[method]` and a word of `[method] means` after it ("The total mass of a nearby black hole
can be estimated by analysing the motion of the stars", "Capsules can be detected by India
ink"): a science chapter's method, where the text tells how one knows.

And "What is <thing> used for?", "What does <thing> consist of?" (understand) from a
verb phrase of `[function] verbs` ("Bauxite is used to make alumina", "The cell wall
consists of ..."): what a thing the chapter names does, or what it is made of.

The four forms are one table (`FORMS`: Bloom level, pattern, the cheap checks on a match,
wording) read by one loop; only the "where" form keeps a fronted scope ("In plants,").
In all four, the thing is the noun phrase right before the verb (after a fronted phrase or a
conjunction): a phrase with a verb in it ("A 2001 study found Atlanta's tree
cover") or a word that points outside it ("its population") gives no question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterator

from pack.extract.questions.candidate import Candidate, clean_for_question, evidence, referents_ok
from pack.extract.questions.clauses import fronted_scope, noun_phrase, points_back, specific, with_scope
from pack.extract.questions.kinds_of_text import lead_head
from pack.extract.questions.context import QuestionContext
from pack.extract.questions.sentences import WORD, QuestionSentence
from pack.text.language import Language, phrase_alternation, word_start_phrases
from pack.text.tokens import YEAR
from pack.lang.schema import tunables_of

# Thresholds, each declared with why in pack/lang/schema.toml [tunables].
(BETWEEN_WORDS, MAX_THING_WORDS) = tunables_of(__name__)


@dataclass(frozen=True)
class _Form:
    """One fact form: the question's kind and Bloom level, the pattern of its sentence (built
    once per language), the checks on a match alone (run before the costlier thing), and the
    wording of the question around the thing."""
    bloom: str
    pattern: Callable[[Language], re.Pattern | None]
    fits: Callable[[re.Match, QuestionContext], bool]
    wording: Callable[[re.Match, QuestionSentence, str, QuestionContext], str]


def change_questions(ctx: QuestionContext) -> Iterator[Candidate]:
    """ "How did X change between Y1 and Y2?" (`[markers] change_*`, `[templates] change`)."""
    yield from _asked(ctx, "change")


def location_questions(ctx: QuestionContext) -> Iterator[Candidate]:
    """ "Where does X occur?" (`[location]`), with the sentence's fronted scope."""
    yield from _asked(ctx, "location")


def function_questions(ctx: QuestionContext) -> Iterator[Candidate]:
    """ "What is X used for?", "What does X consist of?" (`[function]`): what a thing of
    the chapter does or is made of."""
    yield from _asked(ctx, "function")


def method_questions(ctx: QuestionContext) -> Iterator[Candidate]:
    """ "How can X be estimated?" (`[method]`, `[templates] method`)."""
    yield from _asked(ctx, "method")


def _asked(ctx: QuestionContext, kind: str) -> Iterator[Candidate]:
    """One question a sentence at most: the first match of the form's pattern that fits,
    whose thing (the noun phrase before it) and wording give one."""
    form = FORMS[kind]
    pattern = ctx.ql.once(f"{kind}_pattern", form.pattern)
    if pattern is None:
        return
    for sentence in ctx.sentences:
        for found in pattern.finditer(sentence.text):
            if not form.fits(found, ctx):
                continue
            thing, raw = _thing(sentence, sentence.text[: found.start()], ctx)
            text = thing and form.wording(found, sentence, thing, ctx)
            if text:
                yield Candidate(text, form.bloom, kind, sentence, focus=raw,
                                points=evidence(ctx, sentence, thing, sentence.text), topic=thing)
                break


def _change_wording(found: re.Match, sentence: QuestionSentence, thing: str, ctx: QuestionContext) -> str:
    years = _years(sentence.text, found.start())
    return ctx.ql.template("change").format(thing=thing, start=years[0], end=years[1]) if years else ""


def _method_wording(found: re.Match, sentence: QuestionSentence, thing: str, ctx: QuestionContext) -> str:
    return ctx.ql.template("method").format(thing=thing, modal=found.group("modal").casefold(), verb=found.group("verb"))


def _stated_wording(section: str, scoped: bool):
    """The question of the `[<section>] verbs` entry the sentence used; with the sentence's
    fronted scope where `scoped` (a place: "Where does DNA processing take place in
    prokaryotes?"; a use is no place: "What is X used for, according to the text in plants?")."""
    def wording(found: re.Match, sentence: QuestionSentence, thing: str, ctx: QuestionContext) -> str:
        verbs = ctx.ql.questions.get(section, {}).get("verbs", {})
        text = verbs[found.group("verb").casefold()].format(thing=thing)
        if scoped:
            text = with_scope(text, fronted_scope(sentence.text[: found.start()], ctx.ql))
        return text[:1].upper() + text[1:]      # "{thing} terdiri atas apa saja?"
    return wording


def _stated_fits(section: str):
    """What follows the verb phrase fits it (`_a_place`)."""
    return lambda found, ctx: _a_place(found.group("after"), ctx.ql, section)


def _method_pattern(ql: Language) -> re.Pattern | None:
    """<modal> [be] <verb> <means word>: "can be estimated by", "dapat diukur dengan"."""
    method = ql.questions.get("method", {})
    modals, means = method.get("modals", []), method.get("means", [])
    if not (modals and means and ql.template("method")):
        return None
    be = method.get("be", "")
    be = rf"\s+{re.escape(be)}" if be else ""
    return re.compile(rf"(?P<modal>{word_start_phrases(modals)}){be}\s+(?P<verb>[^\W\d_]+)\s+(?:{phrase_alternation(means)})\s",
                      re.IGNORECASE)


def _participle(word: str, ql: Language) -> bool:
    """A passive participle by the language's `[method]` data: "estimated", "seen"; "diukur"."""
    method, low = ql.questions.get("method", {}), word.casefold()
    if not word.islower() or len(low) < 4:
        return False
    return low in method.get("participles", []) \
        or low.endswith(tuple(method.get("participle_endings", []))) \
        or low.startswith(tuple(method.get("participle_prefixes", [])))


def _stated_pattern(ql: Language, section: str) -> re.Pattern | None:
    """<verb phrase> [<preposition>] <the next word>: "occur in the thylakoid", "is used to make"."""
    data = ql.questions.get(section, {})
    verbs, preps = list(data.get("verbs", {})), data.get("prepositions", [])
    if not verbs:
        return None
    prep = rf"\s+(?:{phrase_alternation(preps)})" if preps else ""
    return re.compile(rf"(?P<verb>{word_start_phrases(verbs)}){prep}\s+(?P<after>\S+)", re.IGNORECASE)


def _a_place(after: str, ql: Language, section: str) -> bool:
    """What follows the verb phrase fits it: not a number ("occurs in two stages", "is
    located at 38°42′N"), a month ("in June") nor a word of `[<section>] not_after` ("in
    various numbers", "in late June")."""
    word = after.strip("\"“‘(,.").casefold()
    return bool(word) and not word[0].isdigit() and word not in ql.month_names \
        and word not in ql.questions.get(section, {}).get("not_after", [])


def _pattern(ql: Language) -> re.Pattern | None:
    """<change verb> [one or two words] <from> ... <to>: "grew from 33% to 39%"."""
    verbs, froms, tos = (ql.markers.get(k, []) for k in ("change_verbs", "change_from", "change_to"))
    if not (verbs and froms and tos and ql.template("change")):
        return None
    return re.compile(rf"{word_start_phrases(verbs)}(?:\s+\w+){{0,{BETWEEN_WORDS}}}?\s+(?:{phrase_alternation(froms)})\s"
                      rf"[^;]*?\s(?:{phrase_alternation(tos)})\s", re.IGNORECASE)


def _years(text: str, verb: int) -> tuple[str, str] | None:
    """The change's span: its first two years from the verb on ("from $14,000 in 1900 to
    $2,340 in 1948 (in 1998 dollars)": 1900 and 1948), else those of a fronted phrase
    ("From 2000 to 2020, ... shrank from 61% to 47%"); None without two years in order."""
    for years in (YEAR.findall(text[verb:]), YEAR.findall(text)):
        if len(years) >= 2 and years[0] < years[1]:
            return years[0], years[1]
    return None


def _thing(sentence: QuestionSentence, before: str, ctx: QuestionContext) -> tuple[str, str]:
    """The noun phrase that changed or is somewhere: the words before the verb, after the
    last comma, semicolon or colon (a fronted "From 2000 to 2020," or "In plants,") and a
    leading conjunction ("..., dan jumlah tentara Soviet"); "" if that is no noun phrase
    of its own, or if a word of it points outside it ("wastu lain yang ia miliki"). With
    it, the phrase as the sentence writes it (the question's focus)."""
    phrase = re.split(r"[,;:]", before)[-1].strip()
    words = WORD.findall(phrase)
    ql = ctx.ql
    if words and words[0].casefold() in ql.once("fact_openers", _openers):
        phrase = phrase[phrase.find(words[0]) + len(words[0]):].strip()
        words = words[1:]
    if not words or YEAR.search(phrase) or words[0].casefold() in ql.words_in("words", "indefinite_articles"):
        return "", ""      # "a different type of flagellum is found in archaea": which one?
    pointers = ql.once("fact_pointers", _pointers)
    # (A capitalised word is a name, not a pointer: "Kenya".)
    if any(w.casefold() in pointers or (w.islower() and points_back(w, ql)) for w in words):
        return "", ""
    if not (noun_phrase(phrase, ql, max_words=MAX_THING_WORDS) or _one_noun(words, ql)):
        return "", ""
    if words[0].casefold() in ql.determiners and not specific(phrase) and words[-1].casefold() != lead_head(ctx):
        return "", ""      # "the jets", "the spin rate": of what? ("the city" of a city names it)
    # A name keeps its capital ("Humberto Delgado Airport"); a common noun that only opens
    # the sentence loses it.
    named = len(words) > 1 and words[0][:1].isupper() and words[1][:1].isupper() \
        and words[0].casefold() not in ql.determiners
    thing = phrase if named else ctx.cases.lowered(clean_for_question(phrase, ctx, sentence))
    if thing.casefold() == ctx.subject.topic.casefold():
        thing = ctx.subject.topic      # "Black holes can be detected by ...": the subject, as the book writes it
    return (thing, phrase) if referents_ok(thing, ctx, sentence) else ("", "")


def _openers(ql: Language) -> frozenset[str]:
    """Words that join the thing to what came before ("and", "that"): dropped from its front."""
    return frozenset(ql.words_in("words", "and_words") | set(ql.markers.get("complementizers", [])))


def _pointers(ql: Language) -> frozenset[str]:
    """Words that point outside the thing: pronouns, relatives, complementizers
    ("persepsi bahwa bantuan Amerika")."""
    return frozenset(ql.person_pronouns | ql.other_pronouns | ql.words_in("words", "relatives")
                     | set(ql.markers.get("complementizers", [])))


def _one_noun(words: list[str], ql: Language) -> bool:
    """One word that can be the subject: "Photosynthesis takes place in ...", not a verb,
    a function word or a determiner."""
    return len(words) == 1 and words[0].isalpha() and not ql.is_verb(words[0]) \
        and not ql.is_question_function(words[0]) and words[0].casefold() not in ql.determiners


# The four fact forms, in the order `generate` asks them.
FORMS = {
    "change": _Form("understand", _pattern, lambda found, ctx: True, _change_wording),
    "location": _Form("remember", lambda ql: _stated_pattern(ql, "location"), _stated_fits("location"),
                      _stated_wording("location", scoped=True)),
    "method": _Form("understand", _method_pattern,
                    lambda found, ctx: _participle(found.group("verb"), ctx.ql), _method_wording),
    "function": _Form("understand", lambda ql: _stated_pattern(ql, "function"), _stated_fits("function"),
                      _stated_wording("function", scoped=False)),
}
