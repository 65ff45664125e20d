"""Person names: the short form a text uses for a person, and the key a
who's-who sorts them by.

Stage: extract (asked by the who's-who, the questions and the timeline).
Input: a full name as written, and how often each name stands alone in the
text (a counter of name runs: "Stalin" 40, "Josef Stalin" 3). Output: the
person's short form and sort key.

One rule for every naming system, instead of assuming given names and a
surname: the short form of a full name is a part of it that the text itself
uses alone (the most used; the later on a tie: a surname over a given name),
otherwise the whole name. "Josef Stalin" is "Stalin" where the text says
"Stalin"; "Nguyễn Ngọc Thơ" is "Thơ" (a Vietnamese family name comes
first, and the text calls him "Thơ", never "Nguyễn"); "Mao Zedong" is
"Mao"; "Sitting Bull", "Red Cloud" and an Indonesian one-word name are
never shortened, whatever their last word.

A name the text never shortens is known by its whole name where it shows
itself as one name: made of the language's common words ("Sitting Bull",
"Crow Foot"; "Red Cloud", named often), or opening with a family name the
text gives other people too ("Nguyễn Khánh" beside "Nguyễn Ngọc Huy");
else it is taken for a Western name, known by its last word ("Kshama
Sawant" -> "Sawant"): `known_as`. The sort key starts with the name a
person is known as, the other words after it in their order ("Stalin
Josef", "Mao Zedong", "Sitting Bull").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from pack.text.firstnames import first_names
from pack.text.frequency import zipf
from pack.text.wordclass import classes

ROMAN = re.compile(r"[IVXLC]+\.?")
INITIALS = re.compile(r"(?:\w\.)+")
COMMON_ZIPF = 5.0       # a word this frequent is a common word of the language ("four"), lexicon or not
WORD_AFTER = re.compile(r"\s+(\S+)")


def _name_word(word: str) -> bool:
    """A word that may open or close a short form: capitalised, no regnal number."""
    return word[:1].isupper() and not ROMAN.fullmatch(word)


def parts(full: str) -> list[tuple[int, int]]:
    """The spans (first, end) of the runs of a full name's words that may
    be a short form of it: shorter than the name, opening and closing with
    a name word ("Francisco Pizarro González" -> "Pizarro", "Pizarro
    González", ...; not "the Great" of "Peter the Great")."""
    words = full.split()
    return [(i, j) for i in range(len(words)) for j in range(i + 1, len(words) + 1)
            if j - i < len(words) and _name_word(words[i]) and _name_word(words[j - 1])]


def short_form(full: str, uses: Mapping[str, int]) -> str:
    """The part of `full` the text uses alone most (`uses`: how often each
    name stands alone; the later part on a tie), else `full` itself."""
    words = full.split()
    used = [(uses.get(" ".join(words[i:j]), 0), j, i) for i, j in parts(full)]
    best = max((u for u in used if u[0] > 0), default=None)
    return full if best is None else " ".join(words[best[2]:best[1]])


def known_as(full: str, uses: Mapping[str, int], code: str, often: bool = False, family_first: bool = False) -> str:
    """How the text names the person for short: `short_form`; for a name it
    never shortens, the whole name where it shows itself as one name, else
    its last word, as a Western surname ("Kshama Sawant" -> "Sawant").
    One name: every word a common word of the language ("Sitting Bull",
    "Four Horns"; with a given name first, "Red Cloud", only when it is
    named `often` in full: "Bill Gates" named once is a Western name), or
    a family name first: a first word, no given name, that opens other
    people's names in the text (`family_first`: "Nguyễn Khánh" beside
    "Nguyễn Ngọc Huy"); a regnal number ends no surname ("Elizabeth II")."""
    short = short_form(full, uses)
    if short != full:
        return short
    return full if _one_name(full.split(), code, often, family_first) else full.split()[-1]


def _one_name(words: list[str], code: str, often: bool, family_first: bool) -> bool:
    if len(words) < 2 or ROMAN.fullmatch(words[-1]) or words[0].endswith(","):
        return True
    # "C.F. Smith", "Louis-Bernard Guyton de Morveau"
    given = words[0].casefold().split("-")[0] in first_names() or bool(INITIALS.fullmatch(words[0]))
    common = all(classes(w.casefold(), code) or zipf(w.casefold(), code) >= COMMON_ZIPF for w in words)
    return (common and (often or not given)) or (family_first and not given)


def sort_words(full: str, uses: Mapping[str, int], code: str, often: bool = False, family_first: bool = False) -> list[str]:
    """The words of `full` in sorting order: the name it is known as
    (`known_as`) first, then the other words in their order."""
    words = full.split()
    short = known_as(full, uses, code, often, family_first).split()
    at = _span_of(words, short)
    if at is None or len(short) == len(words):
        return words
    return words[at:at + len(short)] + words[:at] + words[at + len(short):]


def _span_of(words: list[str], part: list[str]) -> int | None:
    """Where `part` stands in `words`, the last place on a repeat."""
    found = [i for i in range(len(words) - len(part) + 1) if words[i:i + len(part)] == part]
    return found[-1] if found else None


def uses_in_texts(full: str, texts: Iterable[str]) -> dict[str, int]:
    """How often each part of `full` stands alone as a name in plain texts:
    not beside the name's own next words ("Bull" of "Sitting Bull"), and no
    other capitalised word right after it or right before it inside the
    sentence ("Bull Head" is not "Bull"; "When Stalin" is "Stalin"). For
    callers without a name scanner's runs (the timeline)."""
    words = full.split()
    found: dict[str, int] = {}
    for i, j in parts(full):
        part = " ".join(words[i:j])
        pattern = re.compile(r"(?<![\w-])" + re.escape(part) + r"(?![\w-])")
        beside = (words[i - 1] if i else None, words[j] if j < len(words) else None)
        found[part] = sum(_alone(text, m.start(), m.end(), beside) for text in texts if part in text
                          for m in pattern.finditer(text))      # (a text without the part: nothing to find)
    return found


def word_before(text: str, start: int) -> tuple[str, int]:
    """The word (a run of non-spaces) that white space separates from
    `start`, and where it starts; ("", -1) where a mark is glued to `start`
    or nothing comes before. Read back a character at a time: a search
    through the text before every mention is quadratic in a long article."""
    last = start - 1
    while last >= 0 and text[last].isspace():
        last -= 1
    if last < 0 or last == start - 1:
        return "", -1
    first = last
    while first > 0 and not text[first - 1].isspace():
        first -= 1
    return text[first:last + 1], first


def word_after(text: str, end: int) -> str:
    """The word (a run of non-spaces) that white space separates from `end`; "" where none."""
    found = WORD_AFTER.match(text, end)
    return found.group(1) if found else ""


def continues_name(before: str, after: str, apart_before: Callable[[str], bool],
                   apart_after: Callable[[str], bool] = lambda _: False) -> bool:
    """A mention between the words `before` and `after` ("" for none) is part
    of a longer name: a capitalised word right after it ("Bull Head" is not
    "Bull") or right before it, unless the caller's `apart_*` lets that word
    stand apart (a sentence's opening "When", a clause's last word, a title:
    "When Stalin", "President Sukarno"). The one rule of "is this mention a
    name on its own", for the person names here and the questions' names."""
    return (after[:1].isupper() and not apart_after(after)) or (before[:1].isupper() and not apart_before(before))


def _opens_sentence(text: str, at: int) -> bool:
    """Nothing but space before `at`, or a sentence's end mark."""
    k = at - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return k < 0 or text[k] in ".!?:"


def _alone(text: str, start: int, end: int, beside: tuple[str | None, str | None]) -> bool:
    before, at = word_before(text, start)
    word_before_ = re.sub(r"^\W+", "", before)      # '"Sitting Bull
    word_after_ = re.sub(r"[’']s$|[^\w]+$", "", word_after(text, end))
    if word_before_ == beside[0] or word_after_ == beside[1] and word_after_:
        return False          # inside the full name
    # A capitalised word opening the sentence ("When Stalin ...") or ending a clause is no name word.
    return not continues_name(word_before_, word_after_, lambda _: _opens_sentence(text, at)
                              or before.endswith((".", "!", "?", ":", ";", ",")))
