"""Extract stage, shared: recurring noun phrases of ordinary words.

Inputs: the `TextIndex` (sentences with word keys), the article's
subject words and the words of its section titles. Outputs: key tuples
of two- and three-word noun phrases that the article uses at least
`phrase_min_count` times (a phrase used
once only of two words; the glossary puts those last) and that hold a
word not common in general usage, or a word of the subject: "cell wall",
"halting problem", "lambda calculus", "Turing machine", "pergerakan
nasional". Read without a parser, with the language's word lists
(`[candidates]` of `glossary.toml`):

- every word is a plain word (letters and hyphens), no function word, no
  word of `phrase_stop_words` ("different", "years ago"), no word with a
  verb or adjective prefix (`modifier_prefixes`: "terbuka") unless general
  usage hardly knows it (`fixed_modifier_zipf`: "demokrasi terpimpin"),
  and then not as the head;
- the head (last word in English, first in Indonesian: `phrase_head_first`)
  is no verb, has no adjective ending ("eukaryotic") and is not one of the
  commonest words (`phrase_head_zipf`: "populous city"), nor a generic
  noun (`generic_nouns`: "cell types") unless the other word is only an
  adjective ("interchangeable parts"); no word is a verb form ("procedure
  dubbed");
- the phrase makes up at least `phrase_cohesion` of the uses of its
  least used word (the subject's words aside), or its words keep
  company far more often than chance would put them side by side
  (pointwise mutual information, `phrase_association`): "greenhouse
  effect" is 6 of the 16 uses of "effect", but 78 times chance;
- a phrase of common words when the article writes its modifier (no
  adjective) mostly in it, three times at least (`bound_phrases`,
  `refine.bound_modifier`) and uses it in more than one chapter: "mass
  production", "real price"; not "human influence", "industrial
  production", nor "real estate" in one chapter;
- a phrase of common words, too, when a section is titled by it ("Sea
  level rise", "Extreme weather") and the article uses it in another
  chapter as well: a topic of the article, where "surat kabar" or "human
  influence" are words in passing and "real estate" one section's matter;
  such a title's head may even be one of the commonest words ("Factory
  system");
- singular and plural forms are counted together ("climate model",
  "climate models"), and a word the article uses far more often than
  general usage (its keyness at least `phrase_keyness`) counts as rare
  ("climate" in an article on global warming);
- only the first word may be capitalised ("Turing machine"), and not as a
  possessive ("Turing's paper" is about Turing, not a term), and only
  where the head comes last ("Stalin wafat" is a name and a verb).

Candidates that every use of which lies inside a longer one ("theoretical
computer" in "theoretical computer science") are dropped later by
`candidates._drop_subsumed`.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from pack.text.language import Language, ends_in, starts_with
from pack.text.refine import bound_modifier
from pack.text.tokens import Sentence
from pack.text.wordclass import adverb_only, never_noun

# A hyphen or an en dash joins the words of one compound ("half-cell",
# "lead–acid", "p–n junction"); the tokenizer keeps such a word whole.
JOINERS = re.compile("[-–]")
MODIFIER_SHARE = 0.6    # a word written beside a noun this often describes it
SUBJECT_ZIPF = 2.5      # a word of the subject counts as this rare ("cell wall" in "Cell biology")
LENGTHS = (2, 3)


def noun_phrases(index, subject_words: frozenset[str], headings: frozenset[tuple[str, ...]] = frozenset()):
    """Key tuples of the recurring noun phrases, in a stable order;
    `headings`: the key tuples of the article's section titles."""
    lex = index.lex
    settings = lex.candidates
    limit = settings.get("phrase_zipf", 0.0)
    needed = settings.get("phrase_min_count", 2)
    counts: Counter = Counter()
    for number, first, last in phrase_spans(index, common_heads=headings):
        counts[tuple(index.keys[number][first:last + 1])] += 1
    cohesion = settings.get("phrase_cohesion", 0.0)
    # A section titled by the phrase makes it a topic of the article, however
    # common its words, when the article uses it beyond that section too.
    titles = {_singular(h, lex) for h in headings if h}
    pooled: Counter = Counter()
    for key, count in counts.items():
        pooled[_singular(key, lex)] += count
    for key, count in sorted(counts.items()):
        count = pooled[_singular(key, lex)]
        zipf = min(_zipf(w, index, subject_words) for w in key)
        if count < 2 and len(key) > 2:
            continue          # a phrase used once is two words: "bumi hangus", not "taktik bumi hangus"
        if count < needed or not (zipf < limit or (_singular(key, lex) in titles and _spread(key, index))
                                  or _bound(key, count, index)):
            continue
        if count >= cohesion * _rarest_use(key, index, subject_words) or _associated(key, count, index):
            yield key


def phrase_spans(index, common_heads: frozenset[tuple[str, ...]] = frozenset()):
    """Every run of two or three plain words that reads as a noun phrase
    (the tests above, but for how often and how rare), as (sentence
    number, first token, last token), in reading order. A phrase in
    `common_heads` (a section's title: "Factory system") may have one of
    the commonest words as its head."""
    lex = index.lex
    plain: dict[str, bool] = {}
    for number, sentence in enumerate(index.sentences):
        keys = index.keys[number]
        # Most words (function words, verbs) stand in no phrase: tested once per word, not per phrase.
        usable = [_plain_word(key, lex, plain) for key in keys]
        # How many plain words run from each token on: a span is plain where its run is as long.
        runs = [0] * (len(keys) + 1)
        for i in range(len(keys) - 1, -1, -1):
            runs[i] = runs[i + 1] + 1 if usable[i] else 0
        for length in LENGTHS:
            for first in range(len(keys) - length + 1):
                last = first + length - 1
                if runs[first] >= length and \
                        _is_phrase(sentence, keys, first, last, lex, index.lowercase,
                                   tuple(keys[first:last + 1]) in common_heads):
                    yield number, first, last


def is_noun_phrase(index, number: int, first: int, last: int) -> bool:
    """Words first..last of sentence `number` read as a noun phrase of plain
    words (the tests of `phrase_spans`, for one span)."""
    keys, lex = index.keys[number], index.lex
    plain: dict[str, bool] = {}
    return all(_plain_word(key, lex, plain) for key in keys[first:last + 1]) and \
        _is_phrase(index.sentences[number], keys, first, last, lex, index.lowercase)


def _spread(key: tuple[str, ...], index) -> bool:
    """Used in more than one chapter ("sea level rise"), not only in the
    section titled by it ("real estate" in a city's economy)."""
    return len({index.sentences[number].chapter for number, _ in index.find(key)}) > 1


def _singular(key: tuple[str, ...], lex: Language) -> tuple[str, ...]:
    """The key with its head's plural ending taken off (for counting only)."""
    head = 0 if lex.candidates.get("phrase_head_first") else len(key) - 1
    word = key[head]
    for ending in sorted(lex.candidates.get("plural_suffixes", []), key=len, reverse=True):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return key[:head] + (word[:-len(ending)],) + key[head + 1:]
    return key


def _zipf(word: str, index, subject_words) -> float:
    """How common the word is, as far as term-ness goes: a word of the
    subject, or one the article uses far more than general usage does, counts
    as rare."""
    if word in subject_words:
        return SUBJECT_ZIPF
    zipf = index.lex.zipf(word)
    settings = index.lex.candidates
    if keyness(zipf, len(index.where.get(word, [])), index.words) >= settings.get("phrase_keyness", math.inf):
        return min(zipf, SUBJECT_ZIPF)
    return zipf


def _associated(key: tuple[str, ...], count: int, index) -> bool:
    """Used often enough, and its words side by side far more often than
    chance: log10 of (observed / expected), per word joined, at least
    `phrase_association` ("carbon cycle", "sea level rise")."""
    settings = index.lex.candidates
    if count < settings.get("phrase_association_count", math.inf) or any(is_adjective(w, index.lex) for w in key):
        return False          # "ethnic origins": an adjective is always beside some noun
    uses = [len(index.where.get(w, [])) for w in key]
    if not all(uses):
        return False
    expected = math.prod(uses) / index.words ** (len(key) - 1)
    return math.log10(count / expected) / (len(key) - 1) >= settings.get("phrase_association", math.inf)


def _bound(key: tuple[str, ...], count: int, index) -> bool:
    """A phrase of common words whose modifier the article writes mostly in
    it (`refine.bound_modifier`), where the language allows such phrases
    (`bound_phrases`): "child labour", "mass production", "real price" name
    one thing ("mean sea level" too, so that "mean sea" is no fragment of
    it), where "human influence" ("human" 5 of 22 times) or "large numbers"
    are words met in passing. A modifier with an adjective ending describes
    ("industrial production" is production that is industrial). As with a
    section's title, a phrase used in one chapter only is that chapter's
    matter ("real estate" in a city's economy). Indonesian writes its everyday compounds so ("surat kabar", "ibu
    kota"), and says no."""
    lex = index.lex
    if not lex.candidates.get("bound_phrases"):
        return False
    modifier = key[-1] if lex.candidates.get("phrase_head_first") else key[0]
    if is_adjective(modifier, lex) or is_modifier(modifier, index):
        return False          # "industrial production", "commercial success": a description, however bound
    return bound_modifier(count, modifier, index) and _spread(key, index)


def _rarest_use(key: tuple[str, ...], index, subject_words) -> int:
    """Uses of the phrase's least used word outside the subject: a phrase
    that is only a fraction of them is put together in passing
    ("aluminium production", "former municipalities"), not a term
    ("cell wall", "artificial intelligence")."""
    return min((len(index.where.get(w, [])) for w in key if w not in subject_words), default=0)


def _is_phrase(sentence: Sentence, keys: list[str], first: int, last: int, lex: Language,
               lowercase: set[str], common_head: bool = False) -> bool:
    """Words first..last (each already a plain word: the caller tests that once per word) as a noun phrase."""
    tokens = sentence.tokens
    for i in range(first + 1, last + 1):       # (a loop, not a generator: asked of every span of plain words)
        if tokens[i].cap:
            return False
    if tokens[first].cap and lex.candidates.get("phrase_head_first") and first > 0:
        return False          # "Stalin wafat", "Bolshevik senior": a name and what is said of it
    if tokens[first].cap and tokens[first].text.endswith(lex.possessive_endings):
        return False          # a possessive: "Turing's paper" is about Turing (text.toml)
    if first == 0 and tokens[0].cap and keys[0] not in lowercase:
        return False          # a capital at the start of a sentence that is not a word written lowercase
    for i in range(first, last):
        if sentence.gap(i, i + 1) != " ":
            return False
    head = keys[first] if lex.candidates.get("phrase_head_first") else keys[last]
    if _prefixed_modifier(head, lex):
        return False          # a rare "terpimpin" describes the term's head, never is one
    if head in lex.words("candidates", "generic_nouns") and not _describes_head(keys, first, last, lex):
        return False          # "proses de-Stalinisasi", "cell types": the concept is the other word
    return not cannot_head(head, lex) and (common_head or lex.zipf(head) < lex.candidates.get("phrase_head_zipf", 9.0))


def _describes_head(keys: list[str], first: int, last: int, lex: Language) -> bool:
    """Two words, the one beside a generic head only an adjective
    ("interchangeable parts"): no concept of its own, so the phrase is the
    term, where in "cell types" the concept is "cell"."""
    if last - first != 1:
        return False
    other = keys[last] if lex.candidates.get("phrase_head_first") else keys[first]
    return cannot_head(other, lex)


def _plain_word(key: str, lex: Language, plain: dict[str, bool]) -> bool:
    """A content word that may stand in a term (memoised in `plain`)."""
    if key not in plain:
        settings = lex.candidates
        plain[key] = (len(key) > 2 and is_word(key) and not lex.is_function(key)
                      and not lex.looks_like_verb(key) and not lex.is_inflected(key)
                      and key not in lex.words("candidates", "phrase_stop_words")
                      and not adverb_only(key, lex.code)
                      and not ends_in(key, lex.affixes("verb_endings"), 2)
                      and not (_prefixed_modifier(key, lex)
                               and lex.zipf(key) >= settings.get("fixed_modifier_zipf", 0.0)))
    return plain[key]


def _prefixed_modifier(key: str, lex: Language) -> bool:
    """A word with a verb or adjective prefix ("bersifat", "terbuka",
    `modifier_prefixes`)."""
    return starts_with(key, lex.affixes("modifier_prefixes"), 2)


def is_word(key: str) -> bool:
    """Letters only, or words of letters joined by hyphens or en dashes."""
    return key.replace("-", "").replace("–", "").isalpha()    # (JOINERS' two marks, without a pattern)


def compound_parts(key: str) -> list[str]:
    """The words a hyphen or an en dash joins ("lead–acid" -> lead, acid)."""
    return JOINERS.split(key)


def is_adjective(key: str, lex: Language) -> bool:
    """Has an adjective ending ("eukaryotic", "theoretical"); a few nouns
    that end the same way are listed as exceptions ("logic")."""
    if key in lex.words("candidates", "not_adjectives"):
        return False
    return ends_in(key, lex.affixes("adjective_endings"), 2)


def cannot_head(key: str, lex: Language) -> bool:
    """No noun, so no term on its own and no head of a term phrase: an
    adjective by its ending, or a word the lexicon knows never as a noun
    ("warmest", "suggest"; `wordclass`, where a lexicon answers)."""
    return is_adjective(key, lex) or never_noun(key, lex.code)


def is_modifier(key: str, index) -> bool:
    """A word with a modifier ending ("municipal", "suburban", "kolektif")
    that the article mostly writes beside the noun it describes
    ("municipal government", "pertanian kolektif"): an adjective here."""
    lex = index.lex
    if not ends_in(key, lex.affixes("modifier_endings"), 2):
        return False
    return mostly_beside_noun(key, index)


def mostly_beside_noun(key: str, index) -> bool:
    """The article writes the word mostly right beside a noun, on the side a
    modifier stands ("municipal government", "large-scale production"):
    it describes that noun there."""
    uses = index.where.get(key, [])
    beside = sum(1 for number, position in uses if _beside_noun(index, number, position))
    return bool(uses) and beside >= MODIFIER_SHARE * len(uses)


def _beside_noun(index, number: int, position: int) -> bool:
    """The word next to it on the noun's side is a content word ("naval Enigma")."""
    sentence, keys, lex = index.sentences[number], index.keys[number], index.lex
    other = position - 1 if lex.candidates.get("phrase_head_first") else position + 1
    if not 0 <= other < len(keys):
        return False
    gap = sentence.gap(min(position, other), max(position, other))
    word = keys[other]
    return gap == " " and word.isalpha() and not lex.is_function(word) and not lex.looks_like_verb(word)



def keyness(zipf: float, uses: int, words: int) -> float:
    """log10 of how many times more often the article uses a word than
    general usage would (zipf is log10 of uses per billion words)."""
    expected = words * 10 ** (zipf - 9)
    return math.log10(uses / expected) if expected > 0 else math.inf
