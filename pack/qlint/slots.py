"""The question linter, template slots: what a template's gap was filled with.

Stage: quality check. Inputs: one question's text, its language's
`LintWords` (the frames: a template's fixed words around a named slot,
and the checks its slot must pass) and the article's people, when known.
Outputs: `Hit`s for a slot that holds

- an adjective or a fragment where a noun belongs ("How important was
  photosynthetic", "… was dioxide"),
- a plural after "was" ("How important was organisms"),
- a name that takes "the" without it ("How important was Union",
  "What is meant by Industrial Revolution?"), a role without its article
  ("Who was premier?"),
- a non-person in a person's template ("in the life of Pendudukan Jepang"),
- a process or concept in a history task ("a museum exhibition on the
  photosynthesis"),
- and, when the caller knows the article's kind, a template that does not
  fit that kind at all ("Choose two developments in the chapter 'Order
  and kinetics'" in a science article).
"""

from __future__ import annotations

import re

from pack.qlint.data import LintWords
from pack.qlint.hit import Hit

WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")
MIN_ADJECTIVE = 5         # shorter words with these endings are rarely adjectives ("epic", "five")


def check(text: str, words: LintWords, people: frozenset[str], kind: str = "") -> list[Hit]:
    hits = []
    for frame in words.frames:
        for match in frame.pattern.finditer(text):
            slot = match.group("slot").strip()
            if kind in frame.unfit:
                hits.append(Hit("kind", f"a history task in a {kind} article", match.group(0)))
            for name in frame.checks:
                problem = CHECKS[name](slot, words, people)
                if problem:
                    hits.append(Hit(name, problem, slot))
    return hits


def _tokens(slot: str, words: LintWords) -> list[str]:
    """The slot's words, without a determiner in front."""
    found = WORD.findall(slot)
    return found[1:] if found and found[0].casefold() in words.determiners else found


def _has_determiner(slot: str, words: LintWords) -> bool:
    found = WORD.findall(slot)
    return bool(found) and (found[0].casefold() in words.determiners or bool(re.search(r"['’]s\b", slot)))


def _noun(slot: str, words: LintWords, people: frozenset[str]) -> str:
    found = _tokens(slot, words)
    if not found:
        return "the slot is empty"
    head = found[-1]
    if head.islower() and len(head) >= MIN_ADJECTIVE and head.endswith(words.adjective_suffixes) \
            and head not in words.adjective_ok:
        return f"'{head}' is an adjective where the question needs a noun"
    if found[0].casefold() in words.bound:
        return f"'{found[0]}' is a fragment of a longer name"
    return ""


def _plural(word: str, words: LintWords) -> bool:
    low = word.casefold()
    if low in words.irregular_plurals:
        return True
    if low in words.not_plural or len(low) < 4:
        return False
    if word[:1].isupper():
        return low.endswith(words.plural_name_suffixes)
    return low.endswith("s") and not low.endswith(("ss", "us", "is", "ics", "ous"))


def _singular(slot: str, words: LintWords, people: frozenset[str]) -> str:
    found = _tokens(slot, words)
    if not found or slot in people:
        return ""
    # "the Toronto Islands", "the Maple Leafs": a name's plural head agrees too; "the
    # organelles" does not come here (a common noun keeps no article in these slots).
    if _has_determiner(slot, words) and not found[-1][:1].isupper():
        return ""
    return f"'{found[-1]}' is a plural after 'was'" if _plural(found[-1], words) else ""


def _article(slot: str, words: LintWords, people: frozenset[str]) -> str:
    found = WORD.findall(slot)
    if not found or _has_determiner(slot, words) or found[-1] not in words.name_heads:
        return ""
    if all(w[:1].isupper() for w in found):
        return f"'{slot}' needs 'the'"
    return ""


def _determiner(slot: str, words: LintWords, people: frozenset[str]) -> str:
    """"Who was premier?": a short role noun phrase without its article."""
    found = WORD.findall(slot)
    if not found or _has_determiner(slot, words):
        return ""
    # "Who was brother of Eugene Cowles?": a relation to a name needs "the"; an office
    # ("Who was mayor of Toronto?") does not.
    owned = len(found) <= 5 and found[0].casefold() in words.relation_nouns
    if not owned and (len(found) > 3 or not found[-1].islower()):
        return ""
    if found[0].endswith(("ed", "en")) or (not owned and any(w.casefold() in words.trailing_words for w in found)):
        return ""       # "Who was born …", "Who was beheaded at …": a verb, not a role
    return f"'{slot}' needs an article"


def _person(slot: str, words: LintWords, people: frozenset[str]) -> str:
    if any(slot == p or p.endswith(slot) or slot.endswith(p) for p in people):
        return ""
    found = WORD.findall(slot)
    if not found:
        return "the slot is empty"
    if not found[0][:1].isupper() or found[0].casefold() in words.determiners:
        return f"'{slot}' is not a person, but the template is about a person's life"
    if any(w.casefold() in words.not_person for w in found) or found[-1] in words.name_heads:
        return f"'{slot}' is not a person, but the template is about a person's life"
    return ""


def _history(slot: str, words: LintWords, people: frozenset[str]) -> str:
    found = _tokens(slot, words)
    if not found or found[0][:1].isupper() or found[0].casefold() in words.history_ok:
        return ""
    return f"a history task on '{slot}', a process or concept"


CHECKS = {"noun": _noun, "singular": _singular, "article": _article, "determiner": _determiner,
          "person": _person, "history": _history}
