"""Cue words in a timeline entry: where they stand and what they add up to.

Stage: extract (support for `rank` and `keyfeatures`). Inputs: an entry's
case-folded text and word lists or tables of the language's
`timeline.toml` ("discover*" matches any ending). Outputs: positions,
sums, and the two readings the ranking needs: is a cue only the
background of the entry ("after the UK declared war"), and is a life word
the subject's own ("Galileo died", not "Galileo's father died").
"""

from __future__ import annotations

import re
from functools import lru_cache

from pack.lang.schema import tunables_of

# Thresholds, each declared with why in pack/lang/schema.toml [tunables].
(BACKGROUND,) = tunables_of(__name__)
# The classes of cue words, `[score.cues.<class>]` of timeline.toml: people's lives
# and offices; wars, revolts, disasters; treaties, foundings; discoveries, works, firsts.
CUE_CLASSES = ("person", "upheaval", "settlement", "work")


def all_cues(score: dict) -> dict:
    """Every cue word of the language's [score] table with its weight, whatever its class."""
    cues = score.get("cues", {})
    return {word: weight for kind in CUE_CLASSES for word, weight in cues.get(kind, {}).items()}


def cue_sum(table: dict, text: str, background: str = "") -> float:
    """Sum of the weights of the cue words in `text`; "discover*" matches any ending.
    A cue found only in the `background` clauses counts `BACKGROUND` of its weight."""
    total = 0.0
    for word, any_ending, weight in _patterns_of(table):
        # (A cue can only stand where its word is: the substring test spares most searches.)
        if word in text and cue_at(word, any_ending, text) >= 0:
            total += weight
        elif word in background and cue_at(word, any_ending, background) >= 0:
            total += BACKGROUND * weight
    return total


def first_cue(text: str, words) -> int | None:
    """Where the first of `words` (a list, or a table of cue words) stands in `text`, or None."""
    starts = [at for word, any_ending, _ in _patterns_of(words) if word in text
              for at in [cue_at(word, any_ending, text)] if at >= 0]
    return min(starts, default=None)


# id(table) -> (the table, its patterns), kept with the table so that its id stays
# its own: the tables are the language's (loaded once) and a few per article, and
# building and hashing a tuple of every cue at each of some 3,400 calls an
# article cost more than the searches.
_PATTERNS: dict[int, tuple[object, list[tuple[str, bool, float]]]] = {}
MAX_TABLES = 64


def _patterns_of(words) -> list[tuple[str, bool, float]]:
    """`cue_patterns` of a table of cue words and weights, or of a list of words (weight 1)."""
    if not words:
        return []
    entry = _PATTERNS.get(id(words))
    if entry is None or entry[0] is not words:
        items = tuple(words.items()) if isinstance(words, dict) else tuple((w, 1) for w in words)
        if len(_PATTERNS) >= MAX_TABLES:
            _PATTERNS.clear()
        entry = _PATTERNS[id(words)] = (words, cue_patterns(items))
    return entry[1]


@lru_cache(maxsize=None)
def cue_patterns(items: tuple) -> list[tuple[str, bool, float]]:
    """(word, any ending allowed, weight) of each cue: "discover*" is ("discover", True, ...)."""
    return [(key.casefold().rstrip("*"), key.endswith("*"), weight) for key, weight in items]


def cue_at(word: str, any_ending: bool, text: str) -> int:
    r"""Where the cue word first stands in `text` as a word of its own (with
    `any_ending`, as the start of one), -1 if nowhere: what the pattern
    `(?<!\w)word(?!\w)` (or `(?<!\w)word[\w-]*(?!\w)`) finds, without a
    pattern compiled per cue word."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        # The edge is tested only where the cue's own edge is a letter, as \b does: "%" stands in "12%".
        starts = at == 0 or not _word_char(word[0]) or not _word_char(text[at - 1])
        ends = any_ending or end == len(text) or not _word_char(word[-1]) or not _word_char(text[end])
        if starts and ends:
            return at
        at = text.find(word, at + 1)
    return -1


def names(subject: str, text: str) -> bool:
    """`text` names the (case-folded) subject as a word of its own: "Lee" is not in "fleet"."""
    return bool(subject) and cue_at(subject, False, text) >= 0


def _word_char(char: str) -> bool:
    r"""A character `\w` matches: a letter, a digit or "_"."""
    return char.isalnum() or char == "_"


def background(text: str, openers: list[str]) -> tuple[str, str]:
    """The entry split into what it tells and its background: "after the UK
    declared war", "setelah Uni Soviet runtuh" name an earlier event that only
    sets the scene, up to the next comma (or the end)."""
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


def own_life_event(text: str, subject: str, words, owners: tuple[tuple[str, ...], tuple[str, ...]],
                   written: str = "", own_names: frozenset[str] = frozenset()) -> bool:
    """One of `words` (a birth or death word, a move) with the subject named
    before it: the subject's own ("Galileo died"), not another's ("Virginia
    died, and is buried with Galileo", "Galileo's father died", "Istri Stalin
    meninggal"; `owners`: the possessive endings and the family nouns), nor
    a relative's who bears the name (`other_name`: "his son Diego Columbus
    was born"). `text` and `subject` are case-folded; `written` is the text
    as written and `own_names` the case-folded words of the subject's own
    name (the title's)."""
    life = first_cue(text, words)
    # (A case-folding that changed the length, "ß" -> "ss", leaves the written form unread.)
    written = written if len(written) == len(text) else ""
    # The subject as a word of its own: "Lee" is not in "fleet".
    return life is not None and any(
        not _owned(text, m.start(), m.end(), owners) and not (written and other_name(written[:m.start()], own_names))
        for m in re.finditer(rf"(?<!\w){re.escape(subject)}(?!\w)", text[:life]))


def other_name(before: str, own_names: frozenset[str]) -> bool:
    """Does the name that follows `before` (the text up to it, as written)
    end another person's name: a capitalised word inside the entry that is
    none of the subject's own names ("Robert Todd Lincoln", "his son Diego
    Columbus"), or a nickname in quotes ("Thomas \"Tad\" Lincoln")? The
    entry's first word is no name ("After Lincoln ..."), nor a word of the
    subject's own name ("Abraham Lincoln", "Ir. Soekarno" opens an entry),
    nor a word before a comma."""
    words = before.split()
    if not words:
        return False
    last = words[-1]
    if last[-1] in "\"'’”" and len(last) > 2 and last[0] in "\"'‘“":
        return True
    # A comma or a bracket ends a phrase ("at Appomattox, Lincoln was attending"): no name runs across it.
    return (len(words) > 1 and last[:1].isupper() and last[-1] not in ",;:)]"
            and last.strip(".").casefold() not in own_names)


def _owned(text: str, start: int, end: int, owners: tuple[tuple[str, ...], tuple[str, ...]]) -> bool:
    """Is the name at text[start:end] an owner ("Galileo's father", "istri
    Stalin"): a possessive ending after it, or a family noun before it?"""
    endings, kin = owners
    before = text[:start].split()[-1:]
    return text.startswith(endings, end) or bool(before) and before[0] in kin

