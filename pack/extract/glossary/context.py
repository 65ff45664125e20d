"""Extract stage, glossary: the sentence shown for a term the article never
defines (entry kind "context").

Inputs: the term's occurrences (sentence number, first and last token) and
the article's `TextIndex` and `Language`. Output: the one sentence among
all the sentences that use the term which best helps a student understand
it, or the first-use sentence when none does better.

A sentence scores by general signals, with cue words from the language's
glossary.toml ([definitions] context_cues, context_openers): the term as
the subject near the start followed by a copula or a defining verb
("Permafrost is ...", "Priyayi adalah ..."), the term after a naming cue
("known as aerosols"), the term followed by an apposition that names its
class ("X, a Y that ..."). It loses for opening with a word that points
back ("It ...", "Ini ..."), for being very long and for being a list.
"""

from __future__ import annotations

from dataclasses import dataclass

from pack.text.phrases import phrase_after, phrase_before

SUBJECT_SLACK = 2         # words before the term that still leave it the subject ("The", "In 1908,")
DEFINING_AFTER_SUBJECT = 3.0
COMPLEMENT_WORDS = 3      # "X of climate change is ...": at most this many words between
DEFINING_LATER = 1.0      # "... the process called X": a cue not at the start helps less
NAMED_BEFORE = 1.5        # "particles known as aerosols"
APPOSITION = 1.5          # "X, a Y that ..."
BACK_POINTER = -2.0       # "It ...", "Ini ...": the sentence leans on the one before
OPENING_WORDS = 3         # ... also a little later ("These forcings", "Dalam konteks ini")
LONG_WORDS = 35           # more words than this make a sentence hard to use as an explanation
LONG = -1.0
LIST_COMMAS = 3           # this many commas (or a closing colon) make a list
LIST = -1.0


@dataclass(frozen=True)
class Use:
    """One use of the term: sentence number and its first and last token."""
    sentence: int
    first: int
    last: int


def best_sentence(uses: list[Use], index, lex) -> int:
    """The number of the sentence to show. Another sentence replaces the
    first use only when it scores higher and either explains the term (a
    positive score) or the first use points back and the other is not long or a list: a shorter sentence that only mentions the term is no
    better than the first mention. On a tie the earlier use wins."""
    if not uses:
        return -1
    scored = [(_score(u, index, lex), -n, u.sentence) for n, u in enumerate(uses)]
    (best, _, number), first = max(scored), scored[0][0]
    if best > first and (best > 0 or best == 0 and _points_back(index.keys[uses[0].sentence], lex)):
        return number
    return uses[0].sentence


def _points_back(keys: list[str], lex) -> bool:
    """The sentence opens leaning on the one before ("It ...", "Ini ...")."""
    return bool(set(keys[:OPENING_WORDS]) & lex.words("definitions", "context_openers"))


def _score(use: Use, index, lex) -> float:
    sentence, keys = index.sentences[use.sentence], index.keys[use.sentence]
    cues = lex.phrases("definitions", "context_cues")
    named = lex.phrases("definitions", "named_cues")
    score = 0.0
    at = _after_complement(keys, use, lex)
    cue = _cue_at(keys, at, cues)
    if cue and _gap(sentence, at - 1, at).strip() in ("", ","):
        score += _defining(keys, use, at, cue, lex)
    elif _ends_with(keys, use.first, named):
        score += NAMED_BEFORE
    if _apposition(sentence, keys, use.last, lex):
        score += APPOSITION
    if _points_back(keys, lex):
        score += BACK_POINTER
    if len(keys) > LONG_WORDS:
        score += LONG
    if sentence.text.count(",") >= LIST_COMMAS or sentence.text.rstrip().endswith(":"):
        score += LIST
    return score


def _after_complement(keys: list[str], use: Use, lex) -> int:
    """Where a cue would follow the term: right after it, or, for a term
    opening the sentence, after a short complement ("Mitigation of climate
    change are actions ...")."""
    after = use.last + 1
    if use.first <= SUBJECT_SLACK and after < len(keys) and \
            keys[after] in lex.words("definitions", "complement_markers"):
        cues = lex.phrases("definitions", "context_cues")
        return next((i for i in range(after + 2, min(after + 2 + COMPLEMENT_WORDS, len(keys)))
                     if _cue_at(keys, i, cues)), after)
    return after


def _defining(keys: list[str], use: Use, at: int, cue: tuple[str, ...], lex) -> float:
    """How much a cue right after the term says what the term is. "is" /
    "adalah" before a verb form is a passive or a progressive ("are
    emitted", "are continuing"), no definition; in a language whose
    definitions open with an article, "is" before no article is a remark
    ("projections are conservative")."""
    after = at + len(cue)
    adverbs, adverb_endings = lex.words("definitions", "skip_adverbs"), lex.words("definitions", "adverb_endings")
    while after < len(keys) and (keys[after] in adverbs or any(keys[after].endswith(e) for e in adverb_endings)):
        after += 1                # "is already occurring", "are also highly variable"
    following = keys[after] if after < len(keys) else ""
    endings = lex.words("definitions", "verb_endings") | lex.words("candidates", "adjective_endings")
    if any(following.endswith(e) for e in endings):
        return 0.0                # "are emitted", "are conservative": said of it, not what it is
    if use.first > 0 and keys[use.first - 1] in lex.words("definitions", "complement_markers"):
        return 0.0                # "a source of CO2 emissions is ...": the source is the subject
    copula = cue in lex.phrases("definitions", "copula_cues")
    if use.first > SUBJECT_SLACK:
        # Deep in a sentence "X is" is mostly said of something else
        # ("the costs of future adaptation are not ..."); "X means" is not.
        return 0.0 if copula else DEFINING_LATER
    bare_copula = copula and lex.definitions.get("apposition_needs_determiner") and \
        not _starts_with(keys, after, lex.phrases("definitions", "determiners"))
    return DEFINING_LATER if bare_copula else DEFINING_AFTER_SUBJECT


def _cue_at(keys: list[str], at: int, phrases) -> tuple[str, ...] | None:
    found = phrase_after(keys, at, phrases)       # (one lookup per length, not a test per phrase)
    return phrases[found[0]] if found else None


def _gap(sentence, left: int, right: int) -> str:
    return sentence.gap(left, right) if right < len(sentence.tokens) else ""


def _starts_with(keys: list[str], at: int, phrases) -> bool:
    return phrase_after(keys, at, phrases) is not None


def _ends_with(keys: list[str], at: int, phrases) -> bool:
    return phrase_before(keys, at, phrases) is not None


def _apposition(sentence, keys: list[str], last: int, lex) -> bool:
    """"X, a Y that ...", "X, sebuah ...": a comma, then a determiner; not
    the comma closing an opening phrase ("On Earth, an atmosphere ...")."""
    after = last + 1
    if keys[0] in lex.words("definitions", "fronting_words") and "," not in sentence.gap(0, last):
        return False
    return after < len(keys) and _gap(sentence, last, after).strip() == "," \
        and _starts_with(keys, after, lex.phrases("definitions", "determiners"))
