"""Text analysis, definition patterns: definitions from lists.

Inputs: one occurrence of a term in a `Sentence` (tokens first..last),
its normalised keys and the `Language` (cue words in `glossary.toml`).
Outputs: the text of a definition, or None. Patterns:

- member  "langgam-langgam avant-garde seperti kubisme dan futurisme",
          "the Six Majors: Alcoa, Alcan, ..." -> an item is "one of the
          <group>" (the template is language data: `member_of`)
- list    "the Six Majors: Alcoa, Alcan (...), Reynolds, ..." -> the term
          before the colon is defined by the names it lists
"""

from __future__ import annotations

import re

from pack.text.definitions.brackets import list_of_names
from pack.text.phrases import cue_before, np_before, phrase_text

ASIDE = re.compile(r"\s*\([^()]*\)")
ITEM_END = re.compile(r"\s*(?:[,;.)!?]|$)")
# Asked at every token before a term (compiled once, not looked up per call).
COLON = re.compile(r"\s*:\s*")
CLAUSE_END = re.compile(r"[;:.!?]")
NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
MAX_ITEM_CHARS = 40
NOT_IN_ITEM = frozenset(",;:.!?()")        # what ends a list item


def member_of(sentence, keys, first, last, lex) -> str | None:
    """"<group> such as A, B and X" / "<group>: A, B and X" -> "one of the <group>"."""
    if not _item_ends(sentence, last, lex):
        return None
    for start, item_start, colon in _list_openings(sentence, keys, first, lex):
        between = sentence.text[sentence.tokens[item_start].start:sentence.tokens[first].start]
        if item_start != first and not _only_items(between, lex) or not _plain_items(keys, item_start, first, lex):
            continue
        if colon and item_start == first and not _more_items(sentence, keys, last, lex):
            continue          # "(bahasa Belanda: Operatie Product)": a label, not a list
        span = np_before(sentence, keys, start, lex, max_tokens=6)
        if not span or _located(keys, span[0] - 1, lex):
            continue          # "magazines are produced in Toronto, such as ...": no group
        group = _group_text(sentence, keys, span, lex, colon)
        if group:
            return lex.definitions.get("member_of", "{group}").format(group=group)
    return None


def _more_items(sentence, keys, last, lex) -> bool:
    """Another item follows X: a comma or a list word."""
    if last + 1 >= len(keys):
        return False
    gap = sentence.gap(last, last + 1).strip()
    return gap == "," or (not gap and keys[last + 1] in lex.words("people", "list_joiners"))


def names_listed(sentence, keys, first, last, lex) -> str | None:
    """"the Six Majors: Alcoa, Alcan (...), and Alusuisse (...)" -> the names."""
    after = sentence.text[sentence.tokens[last].end:]
    if not after.startswith(": "):
        return None
    text = ASIDE.sub("", re.split(r"[;]", after[2:])[0]).strip().rstrip(".")
    text = re.sub(r"\s+", " ", text)
    return text if list_of_names(lex).fullmatch(text) else None


def _list_openings(sentence, keys, first, lex):
    """(end of the group phrase, first item, after a colon?) for each list
    cue or colon before the term."""
    cues = lex.phrases("definitions", "member_cues")
    blockers = lex.words("definitions", "member_blockers")
    for index in range(first, 0, -1):
        gap = sentence.gap(index - 1, index)
        size = cue_before(keys, index, cues)
        if size and index - size > 0 and keys[index - size - 1] not in blockers \
                and gap == " ":
            yield index - size, index, False
        elif ":" in gap and COLON.fullmatch(gap):
            yield index, index, True
        if gap != " " and CLAUSE_END.search(gap):      # (most gaps are one space: no pattern asked)
            return


def _located(keys, before, lex) -> bool:
    """"based in downtown Toronto: A, B": a place before the list, not a group."""
    return before >= 0 and keys[before] in lex.words("places", "prepositions")


def _only_items(text: str, lex) -> bool:
    r"""Text between a list opening and the term holds only short list items:
    each of 1 to `MAX_ITEM_CHARS` characters other than `NOT_IN_ITEM`, and
    each followed by a comma (with spaces and a joiner after it, or not) or
    by a joiner between spaces (`list_joiners`).

    What `(?:item(?:,\s*(?:(?:joiner)\s+)?|\s+(?:joiner)\s+))+` matches in full,
    decided from the start onwards: which places an item and its separator
    can reach. The pattern itself backtracked through every way of cutting
    a long run of words without commas into items, each an exponent (one
    article's extraction: 90 s in it)."""
    text = ASIDE.sub("", text)
    joiners = tuple(lex.words("people", "list_joiners")) or ("",)    # none: the empty joiner
    reached = [True] + [False] * len(text)
    for start in range(len(text)):
        if not reached[start]:
            continue
        for end in range(start + 1, min(start + MAX_ITEM_CHARS, len(text)) + 1):
            if text[end - 1] in NOT_IN_ITEM:
                break
            for after in _separator_ends(text, end, joiners):
                reached[after] = True
    return bool(text) and reached[len(text)]


def _separator_ends(text: str, at: int, joiners: tuple[str, ...]) -> list[int]:
    """Where a separator that starts at `at` may end: a comma, spaces, and
    perhaps a joiner and spaces; or spaces, a joiner and spaces."""
    ends: list[int] = []

    def joined(start: int) -> None:           # a joiner at `start`, then one space or more
        for joiner in joiners:
            if text.startswith(joiner, start):
                tail = start + len(joiner)
                ends.extend(range(tail + 1, tail + _spaces_at(text, tail) + 1))
    if text.startswith(",", at):
        for end in range(at + 1, at + 1 + _spaces_at(text, at + 1) + 1):
            ends.append(end)
            joined(end)
    for end in range(at + 1, at + _spaces_at(text, at) + 1):
        joined(end)
    return ends


def _spaces_at(text: str, at: int) -> int:
    """How many spaces (any white space, as a regular expression's backslash-s) stand from `at` on."""
    end = at
    while end < len(text) and text[end].isspace():
        end += 1
    return end - at


def _plain_items(keys, item_start, first, lex) -> bool:
    """Items are names or nouns: no relative clause or verb among them
    ("termasuk yang tergabung di dalam Komsomol" lists no kinds)."""
    relative = lex.words("definitions", "relative_words")
    words = keys[item_start:first]
    if words and lex.is_function(words[0]):
        return False
    return not any(w in relative or lex.looks_like_verb(w) for w in words)


def _item_ends(sentence, last, lex) -> bool:
    """The term is a whole list item: a comma, a joiner or the clause end follows."""
    after = sentence.text[sentence.tokens[last].end:]
    if "(" in after:          # (the aside's own mark: the pattern would try every place for it)
        after = ASIDE.sub("", after, count=1)
    if ITEM_END.match(after):
        return True
    word = NEXT_WORD.match(after)
    return bool(word) and word.group(1).casefold() in lex.words("people", "list_joiners")


def _group_text(sentence, keys, span, lex, colon: bool) -> str | None:
    """The group: two words or more, no pronoun; a name only before a colon
    ("the Six Majors: ..."), a lowercase phrase before "such as"."""
    words = keys[span[0]:span[1] + 1]
    marks = lex.words("definitions", "pronoun_marks") | lex.words("definitions", "demonstratives")
    if any(w in marks for w in words):
        return None           # "salts of this earth": which earth?
    start = span[0]
    verbs = [i for i in range(span[0] + 1, span[1]) if lex.is_derived(keys[i]) or lex.looks_like_verb(keys[i])]
    if verbs:
        start = verbs[-1] + 1  # "Factories preferred | well-known metals"
    while start < span[1] and lex.is_function(keys[start]):
        start += 1            # "Beberapa proyek ...", "the Six Majors"
    name = all(sentence.tokens[i].cap for i in range(start, span[1] + 1))
    if sentence.tokens[start].cap and not (name and colon):
        return None           # a sentence's capital, or a name describing a thing
    content = [w for w in keys[start:span[1] + 1] if not lex.is_function(w)]
    if len(content) < 2:
        return None           # "one of the magazines" says too little
    text = phrase_text(sentence, keys, start, span[1], lex)
    if text[:1].isupper() and not name:
        return None
    if lex.text.get("reduplication"):
        text = re.sub(r"\b(\w+)-\1\b", r"\1", text)      # "langgam-langgam" -> "langgam"
    return text
