"""A candidate question before ranking, and the teacher's notes for it.

Stage: extract (shared helper). Inputs: what a generator found (the
question text, its Bloom level and kind, the sentence it came from, the
words it is about). Outputs: a `Candidate` that the ranker in
`questions.py` scores and turns into a `Question`; `evidence()` picks the
sentences of the passage that a good answer would use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pack.extract.questions.clauses import names_its_referents, subject_from_before
from pack.extract.questions.context import QuestionContext
from pack.extract.questions.kinds_of_text import lead_head
from pack.extract.questions.sentences import WORD
from pack.extract.questions.sentences import QuestionSentence, shorten, strip_end, tidy
from pack.lang.schema import tunables_of

# How much each kind of question is worth before its own evidence counts:
# questions that make students reason with the text rank above recall.
KIND_PRIOR = {
    "evaluate-claim": 3.0, "compare": 2.8, "cause": 2.6, "effect": 2.5,
    "define": 2.3, "change": 2.3, "method": 2.3, "function": 2.2, "explain-role": 2.3, "significance": 2.0, "sequence": 1.7,
    "recall": 1.2, "open": 1.0, "weigh": 0.9, "link": 0.85, "summary": 0.8,
}


@dataclass
class Candidate:
    """A question before choosing: its text, level, kind and the sentence that answers it."""

    text: str
    bloom: str
    kind: str
    sentence: QuestionSentence    # the sentence (and so the paragraph) that answers it
    focus: str                # what it asks about, verbatim from that paragraph
    points: list[str] = field(default_factory=list)
    bonus: float = 0.0        # evidence of quality found by the generator
    topic: str = ""           # a name or term: two questions on one topic compete
    task: bool = False        # a task on the whole chapter, not on its sentence
    # A task's other wordings (other activities at its Bloom level), set in place of the
    # first once the book has set it MAX_TASK_REPEATS times: no line repeated chapter after chapter.
    retold: list[str] = field(default_factory=list)
    # A task set only where nothing else fills a chapter (generate._select_printed).
    reserve: bool = False

    @property
    def key(self) -> str:
        """Two candidates from one sentence ask about the same thing.

        Except chapter tasks and comparisons, which only borrow the sentence
        as their place in the text.
        """
        own = f"{self.sentence.ref.paragraph_id}:{self.sentence.index}"
        return f"{own}:{self.kind}" if self.task or self.kind == "compare" else own

    @property
    def score(self) -> float:
        words = len(WORD.findall(self.text))
        length = max(0, words - 30) * 0.04
        thin = 0.3 if len(self.points) < 2 else 0.0
        return round(KIND_PRIOR.get(self.kind, 1.0) + self.bonus - length - thin, 3)


def point(text: str, ctx: QuestionContext, limit: int = 30) -> str:
    """A sentence or clause as an answer point: tidy, capitalised, ended."""
    # Memoised per QuestionContext: the sentences of a paragraph are the evidence of
    # many questions.
    known = ctx.once("points", lambda _: {})
    if (text, limit) not in known:
        known[text, limit] = _point(text, ctx, limit)
    return known[text, limit]


def _point(text: str, ctx: QuestionContext, limit: int) -> str:
    text = strip_end(tidy(text, ctx.ql))
    if not text:
        return ""
    text = shorten(text, limit)
    return text[:1].upper() + text[1:] + ("" if text.endswith("…") else ".")


def content_words(text: str, ctx: QuestionContext) -> frozenset[str]:
    # Memoised per QuestionContext: `evidence` compares every sentence of a paragraph
    # with each question's words, so the same sentences come back many times.
    known = ctx.once("content_words", lambda _: {})
    if text not in known:
        ql = ctx.ql
        known[text] = frozenset(w.casefold() for w in WORD.findall(text)
                                if len(w) > 3 and not ql.is_question_function(w) and w.casefold() not in ql.other_pronouns)
    return known[text]


def evidence(ctx: QuestionContext, sentence: QuestionSentence, about: str, first: str = "",
             limit: int = 3) -> list[str]:
    """Answer points: `first`, then sentences of the paragraph that share words with `about`.

    Sentences that point back ("tersebut", "this") still count here: the
    teacher reads them next to the passage.
    """
    points = [p for p in [point(first, ctx)] if p]
    # The article's subject is in every other sentence: sharing it says nothing.
    wanted = content_words(about, ctx) - content_words(ctx.subject.title, ctx)
    siblings = ctx.by_paragraph.get(sentence.ref.paragraph_id, [])
    ranked = sorted(
        (s for s in siblings if s.index != sentence.index or not first),
        key=lambda s: (-len(wanted & content_words(s.text, ctx)), abs(s.index - sentence.index)))
    for other in ranked:
        if len(points) >= limit:
            break
        if wanted & content_words(other.text, ctx) or len(points) < 2:
            text = point(other.text, ctx)
            if text and text not in points:
                points.append(text)
    return points


def passage(ctx: QuestionContext, sentence: QuestionSentence, limit: int = 60) -> str:
    """The answer passage for the teacher: the sentence, tidied and shortened."""
    return shorten(tidy(sentence.text, ctx.ql), limit)


def clean_for_question(text: str, ctx: QuestionContext, sentence: QuestionSentence) -> str:
    """Tidy a lifted clause; lower its first word if only the sentence start capitalised it."""
    starts_sentence = sentence.text.startswith(text.strip()[:12])
    text = strip_end(tidy(text, ctx.ql))
    return ctx.cases.lowered(text) if starts_sentence else text


def referents_ok(text: str, ctx: QuestionContext, sentence: QuestionSentence | None = None) -> bool:
    """No word of the lifted text points outside it; with its `sentence`, no "the X" either
    whose X is the head of a name the sentences before gave ("the war" after "the War of
    1812", "the emperor" after "Emperor Tiberius") and this sentence does not, nor a subject
    "the X" whose X the text just before introduced with "a" (`subject_from_before`)."""
    return names_its_referents(text, ctx.ql) and not points_back(text, ctx) \
        and not (sentence and (_named_before(text, ctx, sentence)
                               or subject_from_before(text, _told_before(ctx, sentence, text), ctx.ql)))


def _told_before(ctx: QuestionContext, sentence: QuestionSentence, clause: str) -> str:
    """The text a lifted clause may lean on: its paragraph's sentence before, and the
    sentence's own words before the clause ("... began a project, but the project failed")."""
    siblings = ctx.by_paragraph.get(sentence.ref.paragraph_id, [])
    previous = siblings[sentence.index - 1].text if 0 < sentence.index <= len(siblings) else ""
    at = sentence.text.find(clause)
    return f"{previous} {sentence.text[:at] if at > 0 else ''}"


# Thresholds, each declared with why in pack/lang/schema.toml [tunables].
(NAME_WINDOW,) = tunables_of(__name__)
QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")     # words in quotation marks: what someone said


def _named_before(text: str, ctx: QuestionContext, sentence: QuestionSentence) -> bool:
    article = ctx.ql.template("definite_article")
    if not article:
        return False      # (a language without "the": its pointers are words of their own)
    words = WORD.findall(text)
    nouns = {words[i + 1] for i, w in enumerate(words[:-1])
             if w.casefold() == article and words[i + 1].isalpha() and words[i + 1].islower()}
    nouns -= {lead_head(ctx)}          # "the city" of an article on a city names its subject
    if not nouns:
        return False
    siblings = ctx.by_paragraph.get(sentence.ref.paragraph_id, [])
    # Capitalised inside a sentence before (not as its first word): part of a name.
    named = {w for s in siblings[max(0, sentence.index - NAME_WINDOW): sentence.index] for w in WORD.findall(s.text)[1:]}
    here = set(WORD.findall(sentence.text))
    return any(n[:1].upper() + n[1:] in named - here for n in nouns)


def points_back(text: str, ctx: QuestionContext, quiz: bool = False) -> bool:
    """Words of a lifted text that lean on the sentence before, which the item does not
    print: "the" and a noun that stands for what was named there. The questions read
    their lists (`_group_or_shell`: "the girls", "the project", "the emperor"); with
    `quiz`, the quiz reads its own (`_pointer_or_back_noun`: "this", "the object", "the
    process"). Not one list: the quiz's glossary options name the kind of place the
    article is in ("business core of the city" in en-tokyo, "absolute monarch of the
    country" in en-ancient-egypt), which read right in the article's pack, and the
    questions' lists refuse them (round 27, bench/dump.py on 83 articles: with both
    lists the quiz lost those two glosses and two fill items, and gained nothing). The
    quiz's events pass the questions' lists as well (`referents_ok`)."""
    return _pointer_or_back_noun(text, ctx) if quiz else _group_or_shell(text, ctx)


def _pointer_or_back_noun(text: str, ctx: QuestionContext) -> bool:
    """A pointer ("this", "tersebut": `[quiz] pointers`) outside quotation marks, or the
    definite article and a noun that stands for what was named before (`[quiz] back_nouns`
    and `shell_nouns`: "Watt started to develop the process") unless a word after it
    says which (`shell_complements`, a relative: "the process of smelting")."""
    quiz = ctx.ql.questions.get("quiz", {})
    words = [w.casefold() for w in WORD.findall(QUOTED.sub(" ", text))]
    if set(quiz.get("pointers", [])) & set(words):
        return True
    article = ctx.ql.template("definite_article")
    nouns = set(quiz.get("back_nouns", [])) | ctx.ql.words_in("words", "shell_nouns")
    which = ctx.ql.words_in("words", "shell_complements") | ctx.ql.words_in("words", "relatives")
    return bool(article) and any(
        a == article and n in nouns and (i + 2 >= len(words) or words[i + 2] not in which)
        for i, (a, n) in enumerate(zip(words, words[1:])))


def _group_or_shell(text: str, ctx: QuestionContext) -> bool:
    """ "the girls", "the region" with no name after them: a group of people or a place
    told in the sentence before ("his two daughters", "Wallonia"); or a shell noun, a
    title or a body with nothing after it that says which (`_shell`). The kind of place
    the article itself is ("the city" of an article on a city) names its subject."""
    words = WORD.findall(text)
    article = ctx.ql.template("definite_article")
    nouns = ctx.once("pointer nouns", _pointer_nouns)
    for i, word in enumerate(words[:-1]):
        noun, after = words[i + 1], words[i + 2: i + 4]
        if article and word.casefold() == article and (
                (noun in nouns and not _name_follows(after, ctx)) or _shell(words[i + 1:], ctx)):
            return True
    return False


def _shell(words: list[str], ctx: QuestionContext) -> bool:
    """ "the project", "the overall project" (after "the") with nothing after it that says
    which: a noun that stands for a plan or a finding told before ("A second airport has
    been proposed, but the project has been put on hold"); "the plan to erect a statue",
    "the combination of X and Y" say it themselves (`shell_nouns`, `shell_complements`).
    So does a person's title (`person_titles`): "Explain why the emperor had the inventor
    executed" (which emperor?), but "the father of modern physics" says whose; and the kind
    of a body (`[kinds] organisation`: "the company", "the party"), but not the kind the
    article itself is about."""
    shells = ctx.once("shell_nouns", _shell_nouns)
    # One modifier may stand between ("overall", "whole").
    at = 1 if len(words) > 1 and words[0].islower() and words[1] in shells else 0
    if words[at] not in shells:
        return False
    after = words[at + 1: at + 3]
    complements = ctx.ql.question_words.get("shell_complements", [])
    return not (after and after[0].casefold() in complements) and not _name_follows(after, ctx)


def _shell_nouns(ctx: QuestionContext) -> frozenset[str]:
    """The nouns `_shell` reads, made once per article. The kind of thing the article is
    about is no pointer ("the project" in "Manhattan Project")."""
    bodies = {w.casefold() for w in ctx.ql.questions.get("kinds", {}).get("organisation", [])}
    return frozenset((set(ctx.ql.question_words.get("shell_nouns", [])) | ctx.ql.person_titles | bodies)
                     - {lead_head(ctx)})


def _pointer_nouns(ctx: QuestionContext) -> frozenset[str]:
    """The nouns that point back after "the": `pointer_nouns` and the kinds of
    place, less the kind the article itself is about ("the city" of a city)."""
    places = {w.casefold() for w in ctx.ql.questions.get("kinds", {}).get("place", [])}
    return frozenset(ctx.ql.question_words.get("pointer_nouns", [])) | frozenset(places - {lead_head(ctx)})


def _name_follows(after: list[str], ctx: QuestionContext) -> bool:
    """ "the region of Wallonia", "the city Toronto": the name is there."""
    if after and after[0].casefold() in ctx.ql.connectors:
        after = after[1:]
    return bool(after) and after[0][:1].isupper()
