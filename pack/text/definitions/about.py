"""Extract stage, glossary: is a found definition about the term, or about its neighbour?

Inputs: the text a definition pattern found, the `Sentence` it was found
in with its keys, the term's tokens (first..last) and the `Language`.
Output: `about_other(...)` is True when the sentence makes the text say
something of another thing than the term; `checks.printed` then refuses
to print it (the entry shows its context sentence: a wrong definition is
worse than none, issue 13).

Each check comes from a text the blind readers of the seen fresh sets
judged wrong (quality/verdicts/glossary-text-r25.md):

- the term is one item of a list, and the phrase beside it the next item:
  after a list opener ("including battery chemistry, the rate at which the
  charge is delivered, ..."), or a list goes on right after the text ("a
  stipend, an annual court outfit, as well as ...": `list_continuers`);
  a text cut inside a list is no definition either ("The alloy was a
  mixture of lead, tin, and antimony" -> "mixture of lead");
- the term is the end of a longer name ("the Westlake Center shopping
  mall, a year ahead of schedule": of the mall, not of "Center shopping
  mall"); for "that is" also a joiner right before the term ("the Madonna
  and Child, that is, ...") or, where the head noun comes first, a noun
  before it that the term modifies ("peristiwa Singaparna yaitu ...");
- the text is a clause: a verb with its object ("The municipal transport
  company publishes a very useful leaflet called ..."), a verb that opens
  it ("interact via a process called ...") or a second predicate ("a
  precursor to dry cells and are commonly used ...");
- the text is a piece of a sentence, no noun phrase (fresh-10's readers,
  quality/verdicts/definitions-pieces-r25.md): it opens with a relative
  word of another referent ("after whom the pathogen was named X" ->
  "whom the pathogen": `other_relatives`) or holds a possessive one ("the
  sharp spike of which acts ...": `possessive_relatives`), or it is the
  second half of a comparison ("the greater the population before the
  outbreak, the longer the duration ..." -> "longer the duration ...":
  `comparative_openers`, or any word but a quantifier before an article,
  `determiner_quantifiers`: "form an alliance" is a verb and its object).
"""

from __future__ import annotations

from pack.text.language import Language
from pack.text.phrases import after_name_word, cue_after, cue_before
from pack.text.tokens import Sentence, tokenize
from pack.text.wordclass import modifier_only, verb_or_auxiliary_only

ITEM_WORDS = 4            # a list item ("tin", "empat jenis kartu pos") has at most this many words (patterns.py reads it too)


def about_other(text: str, words: list[str], pattern: str, sentence: Sentence, keys: list[str], first: int,
                last: int, lex: Language) -> bool:
    """Does the sentence make `text` (found by `pattern`; `words`: its tokens' keys) say something
    of another thing than the term?"""
    if pattern == "that-is" and (_joined_before(sentence, keys, first, lex)
                                 or _modifies_noun_before(sentence, keys, first, lex)):
        return True
    return _after_list_opener(keys, first, lex) or _list_goes_on(text, sentence, first, last, lex) \
        or _ends_longer_name(sentence, keys, first, lex) or _clause(words, lex) or _piece(words, lex)


def _joined_before(sentence: Sentence, keys: list[str], first: int, lex: Language) -> bool:
    """"the Madonna and Child, that is, the Virgin Mary and infant Jesus":
    a joiner right before the term; "that is" explains the joined pair."""
    return first > 0 and sentence.gap(first - 1, first) == " " \
        and keys[first - 1] in lex.words("definitions", "list_joiners")


def _modifies_noun_before(sentence: Sentence, keys: list[str], first: int, lex: Language) -> bool:
    """Where the head noun comes first: a lowercase content word right
    before the capitalised term is the head it modifies ("peristiwa
    Singaparna yaitu perlawanan ...": the incident; "kerajaan bercorak
    Hindu-Buddha, yaitu Kerajaan Tarumanagara"), unless it is a kind noun
    that says what the term is (`class_nouns`: "badan keamanan Cheka").
    Asked for "that is" only: an apposition after "anggota Politbiro" is
    said of Politbiro."""
    if not lex.definitions.get("class_head_first") or first == 0 or not sentence.tokens[first].cap \
            or sentence.gap(first - 1, first) != " ":
        return False
    word = keys[first - 1]
    if not sentence.tokens[first - 1].text[:1].islower() or not word.isalpha() or lex.is_function(word) \
            or word in lex.words("definitions", "boundary_words"):
        return False
    return not cue_before(keys, first, lex.phrases("definitions", "class_nouns"))


def _after_list_opener(keys: list[str], first: int, lex: Language) -> bool:
    """"including battery chemistry, the rate at which ...": the term opens a list."""
    return cue_before(keys, first, lex.phrases("definitions", "list_openers")) > 0


def text_at(text: str, sentence: Sentence, first: int, last: int) -> int:
    """Where the definition `text` of the term at tokens `first`..`last`
    stands in the sentence: the first copy after the term (where most
    patterns find it), else the last copy before the term ("a Y called
    X"), else -1. Not the sentence's first copy: a short text may stand
    earlier too ("the city" twice), and what follows that copy is not
    what follows the definition."""
    at = sentence.text.find(text, sentence.tokens[last].end)
    return at if at >= 0 else sentence.text.rfind(text, 0, sentence.tokens[first].start)


def _list_goes_on(text: str, sentence: Sentence, first: int, last: int, lex: Language) -> bool:
    """Right after the text, a comma and a phrase that goes on with a list
    ("..., as well as": `list_continuers`), or a comma and a short item
    without a verb that a joiner joins to the next (", tin, and antimony",
    ", tin and antimony"): the text is an item of a list, or cut inside one."""
    at = text_at(text, sentence, first, last)
    # (What follows a text before the term is the term: "surat kabar partai, Pravda, dan ...".)
    rest = sentence.text[at + len(text):] if at >= sentence.tokens[last].end else ""
    if not rest.startswith(", "):
        return False
    continuers = lex.phrases("definitions", "list_continuers")
    if cue_after([t.key for t in tokenize(rest[2:], lex.code)], 0, continuers):
        return True
    item, *others = rest[2:].split(",")
    words = [t.key for t in tokenize(item, lex.code)]
    # (One word more than an item: the last two items joined, "tin and antimony".)
    if not 0 < len(words) <= ITEM_WORDS + 1 or any(_verb(w, lex) for w in words) \
            or words[0] in lex.words("definitions", "boundary_words"):
        return False          # ("..., in 1978, and its price began ...": a phrase of the clause, no item)
    joiners = lex.words("definitions", "list_joiners")
    following = [t.key for t in tokenize(others[0], lex.code)][:1] if others else []
    return any(w in joiners for w in words[1:]) or bool(set(following) & joiners)


def _verb(word: str, lex: Language) -> bool:
    """A verb by its shape, or a word the word-class lexicon knows only as a verb."""
    return not lex.is_function(word) and (lex.looks_like_verb(word) or verb_or_auxiliary_only(word, lex.code))


def _ends_longer_name(sentence: Sentence, keys: list[str], first: int, lex: Language) -> bool:
    """A capitalised content word right before a capitalised term, a space
    between: the term is the end of a longer name ("Westlake | Center shopping mall")."""
    return after_name_word(sentence, keys, first, lex) and sentence.tokens[first - 1].text[:1].isalpha()


def _clause(words: list[str], lex: Language) -> bool:
    """Before any relative word, a word known only as a verb that takes an
    object ("publishes a very useful leaflet", "pioneered a system"; not a
    gerund, `gerund_endings`: "capable of observing a black hole shadow"),
    or that opens the text before a function word ("interact via a
    process"), or a copula right after a joiner ("... and are commonly
    used"): the text is a clause."""
    relative = lex.words("definitions", "relative_words")
    copulas = {c[0] for c in lex.phrases("shared", "copulas")}
    joiners = lex.words("definitions", "list_joiners")
    determiners = lex.words("definitions", "determiners")
    gerunds = tuple(lex.words("definitions", "gerund_endings"))
    for i, word in enumerate(words):
        if word in relative:
            return False
        if i > 0 and word in copulas and words[i - 1] in joiners:
            return True
        following = words[i + 1] if i + 1 < len(words) else ""
        before_determiner = following in determiners and not (gerunds and word.endswith(gerunds))
        opening_a_clause = i == 0 and lex.is_function(following) and following not in determiners
        if verb_or_auxiliary_only(word, lex.code) and (before_determiner or opening_a_clause):
            return True
    return False


def _piece(words: list[str], lex: Language) -> bool:
    """The text is a piece of a sentence, not a noun phrase: a relative
    word of another referent opens it ("whom the pathogen") or a possessive
    relative follows its head ("sharp spike of which acts ..."), a
    comparison's second half opens it ("semakin lama ..."), an article is
    its second word after anything but a quantifier ("longer the duration
    ...", "form an alliance": an article opens a noun phrase), only
    adjectives and adverbs stand before its article ("then formerly a
    fishing village"), or an adjective stands before a relative word
    ("same that had led ...")."""
    if not words:
        return False
    if words[0] in lex.words("definitions", "other_relatives") \
            or cue_after(words, 0, lex.phrases("definitions", "comparative_openers")):
        return True
    possessive = lex.phrases("definitions", "possessive_relatives")
    if any(cue_after(words, i, possessive) for i in range(1, len(words))):
        return True
    if len(words) < 2:
        return False
    if words[1] in lex.words("definitions", "relative_words"):
        return modifier_only(words[0], lex.code)    # "same that had led to ...": no head noun
    if words[1] in lex.words("definitions", "determiners"):
        return words[0] not in lex.words("definitions", "determiner_quantifiers")
    # "then formerly a fishing village": adverbs of the clause before the article
    at = next((i for i, w in enumerate(words) if w in lex.words("definitions", "determiners")), 0)
    return at > 0 and all(modifier_only(w, lex.code) for w in words[:at])

