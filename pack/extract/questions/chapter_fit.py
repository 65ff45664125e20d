"""Whether a chapter's own text supports a whole-chapter form: the cue words it needs, its size, its dates.

Stage: extract (question generator helper). Inputs: a `QuestionContext`,
the text of one chapter (its sentences joined), its number of sentences,
and what a form or task asks of it (`needs`: the name of a `[kinds]` word
list of `pack/lang/<code>/questions.toml`; `min_sentences`, `max_sentences`;
`min_years`).
Outputs: yes or no per form. A form the text does not support is left out,
never reworded: "how one development influenced the other" on a chapter
that tells no causes, "summarise in three to five sentences" a chapter of
six, a diagram of a process where no process is described.
"""

from __future__ import annotations

from pack.extract.questions.kinds_of_text import YEAR

# Different cue words, not one in passing: "because" once does not make a chain of causes.
MIN_CUES = 2


def supports(ctx, text: str, size: int, form: dict) -> bool:
    """The chapter shows the word list the form `needs`, is long enough (`min_sentences`:
    sorting into groups needs several things described, not two paragraphs on one name),
    short enough for a task written for short chapters (`max_sentences`) and, for a task
    on the change a chapter tells (`min_years`), dated: a chapter describing a language
    or a craft tells no change with causes and consequences."""
    years = form.get("min_years", 0)
    # The size first: it costs nothing, the cue words a search through the chapter.
    return form.get("min_sentences", 0) <= size <= form.get("max_sentences", size) \
        and _has(ctx, text, form.get("needs")) and (not years or len(set(YEAR.findall(text))) >= years)


def _has(ctx, text: str, needs: str | None) -> bool:
    """Two different cue words of the list, written as common words: "Bay Street" or
    "Lake Simcoe" in a chapter on a name's origin describe no land."""
    if not needs:
        return True
    found = set()
    for m in ctx.ql.pattern("kinds", needs).finditer(text):
        if m.group(0)[:1].islower():
            found.add(m.group(0))
            if len(found) >= MIN_CUES:
                return True       # the rest of the chapter cannot change the answer
    return False
