"""Whether a chapter's own text supports a whole-chapter form: the cue words it needs, its size, its dates.

Stage: extract (question generator helper). Inputs: a `QuestionContext`,
the text of one chapter (its sentences joined), its number of sentences,
and what a form or task asks of it (`needs`: the name of a `[kinds]` word
list of `pack/lang/<code>/questions.toml`, and `min_cues`, how many different words
of it; `min_sentences`, `max_sentences`; `min_years`; `min_key_words`, how many different
words of the article's own vocabulary, `keyness.key_words`; `min_rare_words` and
`max_rare_words`, how many different words rare in the language at large, words a younger
reader may not know).
Outputs: yes or no per form. A form the text does not support is left out,
never reworded: "how one development influenced the other" on a chapter
that tells no causes, "summarise in three to five sentences" a chapter of
six, a diagram of a process where no process is described, terms to sort or confuse in a
chapter on laws or prices.
"""

from __future__ import annotations

from pack.extract.questions.keyness import key_words
from pack.extract.questions.sentences import WORD
from pack.text.tokens import YEAR
from pack.lang.schema import tunables_of

# Thresholds, each declared with why in pack/lang/schema.toml [tunables].
(MIN_CUES, MAX_ENDING, RARE_ZIPF) = tunables_of(__name__)


def supports(ctx, text: str, size: int, form: dict) -> bool:
    """The chapter shows the word list the form `needs`, is long enough (`min_sentences`:
    sorting into groups needs several things described, not two paragraphs on one name),
    short enough for a task written for short chapters (`max_sentences`) and, for a task
    on the change a chapter tells (`min_years`), dated: a chapter describing a language
    or a craft tells no change with causes and consequences."""
    years, terms = form.get("min_years", 0), form.get("min_key_words", 0)
    # The size first: it costs nothing, the cue words a search through the chapter.
    return form.get("min_sentences", 0) <= size <= form.get("max_sentences", size) \
        and _has(ctx, text, form.get("needs"), form.get("min_cues", MIN_CUES)) and (not years or len(set(YEAR.findall(text))) >= years) \
        and (not terms or len(key_words(ctx, text)) >= terms) \
        and _rare_fits(ctx, text, form)


def _rare_fits(ctx, text: str, form: dict) -> bool:
    """The text has `min_rare_words` different words a younger reader may need explained, or
    no more than `max_rare_words` (a task for a chapter with none to explain)."""
    least, most = form.get("min_rare_words", 0), form.get("max_rare_words")
    if not least and most is None:
        return True
    found = _rare_words(ctx, text, max(least, (most or 0) + 1))
    return found >= least and (most is None or found <= most)


def _rare_words(ctx, text: str, enough: int) -> int:
    """How many different lower-case words of the text are rarer than RARE_ZIPF in the language
    at large ("autocracy", "serfdom", "internment"; not "portrays", "took office", "elections"),
    counted up to `enough`. The article's own vocabulary (`key_words`) is no such measure: a
    one-sentence chapter uses its hard words once ("devout", "autocracy")."""
    found: set[str] = set()
    for word in WORD.found(text):
        if word.islower() and word[:1].isalpha() and word not in found and ctx.ql.zipf(word) < RARE_ZIPF:
            found.add(word)
            if len(found) >= enough:
                break
    return len(found)


def _has(ctx, text: str, needs: str | None, most: int = MIN_CUES) -> bool:
    """`most` different cue words of the list, written as common words: "Bay Street" or
    "Lake Simcoe" in a chapter on a name's origin describe no land; "process" and
    "processes" are one word."""
    if not needs:
        return True
    found: list[str] = []
    for m in ctx.ql.pattern("kinds", needs).finditer(text):
        word = m.group(0)
        if word[:1].islower() and not any(same_word(word, w) for w in found):
            found.append(word)
            if len(found) >= most:
                return True       # the rest of the chapter cannot change the answer
    return False


def same_word(a: str, b: str) -> bool:
    """One word, maybe with an ending added ("homicide", "homicides"): whatever the language."""
    short, long = sorted((a, b), key=len)
    return long.startswith(short) and len(long) - len(short) <= MAX_ENDING and len(short) > MAX_ENDING
