"""The final grammar pass over every question and quiz prompt: mend what can be mended, reject the rest.

Stage: extract (last step of the question generator and of the quiz).
Inputs: a question text, the `QuestionContext` (its language, the article's
people) and the kind of the chapter it is about. Outputs: the text as
printed, mended, or None when the question linter (`pack.qlint`) still
finds debris in it.

Mends are tried one hit at a time and kept only when they leave fewer
hits: put in the article a name needs ("Explain the role of the New
Kingdom"), drop one the name does not take ("ancient Egypt"), say a
doubled word once ("the the"), make the verb agree with a plural ("How
important were organelles"), drop a particle that leans on the sentence
before ("Kapan Soekarno telah …", "Budi Utomo pun …", "… can also vary"), cut a second
event glued after a cause question's last comma ("Mengapa X tersingkap, dan memunculkan Y?"), name the place
an article on a place calls "the city" ("What resulted in Toronto having …"). The words come from the `[grammar]` table of
`pack/lang/<code>/questions.toml`. Adjectives and fragments in a noun's
place, broken cause clauses, glued sentences, history tasks on the wrong
kind of text, a "he" or a time ("at the time") that points to a sentence the question
lost, and the like cannot be mended: such a question is dropped.
"""

from __future__ import annotations

import re
from typing import Iterator

from pack.extract.questions.kinds_of_text import article_kind
from pack.qlint import lint_question
from pack.qlint.data import lint_data
from pack.lang.schema import tunables_of

# Thresholds, each declared with why in pack/lang/schema.toml [tunables].
(MAX_ROUNDS,) = tunables_of(__name__)


def mend(text: str, ctx, kind: str = "") -> str | None:
    """The question as it can be printed, or None."""
    people = ctx.people_names()
    lang = ctx.ql.code
    hits = lint_question(text, lang, people, kind)
    for _ in range(MAX_ROUNDS):
        if not hits:
            return text
        best = None
        for repaired in _repairs(text, hits, ctx):
            found = lint_question(repaired, lang, people, kind)
            if len(found) < len(hits) and (best is None or len(found) < len(best[1])):
                # Strictly fewer hits than an earlier repair: ties keep the preferred one.
                best = (repaired, found)
        if best is None:
            return None
        text, hits = best
    return None if hits else text


def _repairs(text: str, hits, ctx) -> Iterator[str]:
    grammar = ctx.ql.questions.get("grammar", {})
    article = ctx.ql.template("definite_article")
    # In order of preference: the first that mends a hit is kept ("How important are
    # neighbourhoods", not "How important is the neighbourhoods").
    for hit in hits:
        excerpt = hit.excerpt.strip()
        if not excerpt or excerpt not in text:
            continue
        words = excerpt.split()
        # Each repair answers its own rule only: a repair that merely moves the
        # question out of the linter's sight ("Who were North York mayor?") is none.
        if hit.rule == "doubled" and len(words) == 2 and words[0].casefold() == words[1].casefold():
            yield text.replace(excerpt, words[0], 1)
        if hit.rule == "singular":
            for single, plural in grammar.get("plural_verbs", {}).items():
                yield re.sub(rf"\b{single} {re.escape(excerpt)}", f"{plural} {excerpt}", text, count=1)
        if hit.rule == "particle" and len(words) > 1:
            # The hit ends on a word that leans on the sentence before ("Kapan X telah"): drop it.
            yield text.replace(excerpt, excerpt.rsplit(None, 1)[0], 1)
        if hit.rule == "tail" and ", " in excerpt:
            # A second event glued after the last comma ("…, dan memunculkan …?"): the cause
            # of the sentence answers the first, so the question keeps the first alone.
            yield text.replace(excerpt, excerpt.rsplit(", ", 1)[0].rstrip() + "?", 1)
        if hit.rule == "place_noun" and article_kind(ctx) == "place":
            # "the city" of an article on a city is the city itself: its name says which.
            yield text.replace(excerpt, ctx.subject.short, 1)
        if hit.rule in ("article", "determiner") and article:
            if words[0].casefold() == article:
                yield text.replace(excerpt, " ".join(words[1:]), 1)
            else:
                yield re.sub(rf"(?<![\w-]){re.escape(excerpt)}", f"{article} {excerpt}", text, count=1)


def looks_plural(word: str, lang: str) -> bool:
    """A lower-case plural by the linter's word lists ("organelles", "cilia"; not "meiosis")."""
    words = lint_data(lang)
    low = word.casefold()
    if low in words.irregular_plurals:
        return True
    if low in words.not_plural or len(low) < 4:
        return False
    return low.endswith("s") and not low.endswith(("ss", "us", "is", "ics", "ous"))
