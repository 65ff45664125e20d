"""Extract stage, glossary: the sentence shown for a term the article never
defines (entry kind "context").

Inputs: the term's occurrences (sentence number, first and last token) and
the article's `TextIndex` and `Language`. Output: the one sentence among
all the sentences that use the term which best helps a student understand
it, or the first-use sentence when none does better.

A sentence scores by general signals, with cue words from the language's
glossary.toml ([definitions] context_cues, context_openers): a
definition pattern that finds what the term is in the sentence, even one
the glossary does not print ("an electromechanical machine called the
bombe", "the lower atmosphere (the troposphere)"); another name before
the term ("Volta's battery, or voltaic pile, of 1800": no list item); the
term as the subject near the start (no verb form before it: "Specifying the bombe
was ..." is about the specifying) followed by a copula or a defining verb
("Permafrost is ...", "Priyayi adalah ..."; a passive only with "as":
"The Senate was founded as ..."), the term after a naming cue
("known as aerosols"), the term followed by an apposition that names its
class ("X, a Y that ..."; not when a verb follows that phrase: then it
is the main clause's subject), the term as the subject that a verb
follows ("Gravitational collapse occurs when ...") or a relative clause
about it ("X, which describes ..."): what X does, in the present tense
where the language marks it (`present_descriptions`); the bare term
before a present passive ("Pardons are normally granted only when ...",
`present_copulas`). Nothing counts after a use inside a longer name or
after a noun before the term ("quark degeneracy pressure, a form of
..."; a word that can be a verb too only inside a noun phrase: not
"Plants produce glucose, a sugar ..."), nor a copula before a negation (`negations`). It loses for
opening with a word that points back ("It ...", "Ini ..."), for being
very long and for being a list, and more for mentioning the term only
in passing (the blind readers' standard: not a sentence that merely
mentions it among other things, not a quotation, not a list of
figures): the term as one item of a list (`list_joiners`,
`list_openers`), inside a quotation, among figures or among other
names, or a line that is no sentence or only leads in to a list (a
closing colon: the list is not shown), or a sentence the source cut where
it removed a formula (`_broken`: "The momentum of a photon", "W is the
work ..."), or a use in another word of the
term's group than the one most of its uses have ("She was the longest-reigning
Dutch monarch" shown for "monarchy": the sentence is about that word).
What the definition patterns found at a use is read from
`pack.text.definitions`, which ran them
once for the glossary's definitions (no second run).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from pack.text.definitions import definitions_at, shown
from pack.text.phrases import phrase_after, phrase_before
from pack.text.wordclass import classes, noun_lemma
from pack.lang.schema import tunables_of

SAYS_WHAT = {"gloss", "reverse", "named", "that-is", "apposition", "colon", "which-is", "copula"}
MARKS = "(),:;—"           # a pattern needs one of these beside the term, or a cue word
EQUATES = {"gloss", "reverse", "that-is"}   # another name beside X explains it in a sentence, even when short
QUOTE_MARK = re.compile(r'["“”„«»]')
QUOTATION = re.compile(r'["“„«][^"“”„«»]*["”»]')
# A figure, not the digits of "CH4" or "CO2" (the check before it made behind
# its first digit: a pattern that opens with a digit is scanned for in C).
NUMBER = re.compile(r"\d(?<!\w\d)\d*(?:[.,]\d+)*")
# Thresholds, each declared with why in pack/lang/schema.toml [tunables].
(SUBJECT_SLACK, DEFINING_AFTER_SUBJECT, COMPLEMENT_WORDS, DEFINING_LATER, NAMED_BEFORE,
 SUBJECT_ACTS, GENERAL_PASSIVE, VERB_REACH, APPOSITION, EXPLAINED, BACK_POINTER, OPENING_WORDS,
 LONG_WORDS, LONG, LIST_COMMAS, LIST, FRAGMENT_WORDS, FRAGMENT, LIST_ITEM, QUOTED, FIGURES,
 FIGURES_SHARE, FIGURES_PENALTY, NAMES_SHARE, NAMES_MIN, CROWDED, ITEM_REACH, OTHER_FORM,
 STEM_LETTERS, MAIN_SHARE, BROKEN) = tunables_of(__name__)
# How a sentence the source cut where a formula stood looks (`_broken`): no
# closing mark ("Thermal equilibrium requires that the energy density"), a
# formula's own signs, or a lone symbol as the subject ("W is the work ...").
CLOSED = re.compile(r"""[.!?…:;"'”’)\]»]\s*$""")
FORMULA = re.compile(r"[=≡\\{}]")


@dataclass(frozen=True)
class Use:
    """One use of the term: sentence number and its first and last token."""
    sentence: int
    first: int
    last: int
    standalone: bool = True   # not part of a longer name (`Occurrence.standalone`)


def best_sentence(uses: list[Use], index, lex, taken: frozenset[int] | set[int] = frozenset()) -> int:
    """The number of the sentence to show. Another sentence replaces the
    first use only when it scores higher and either explains the term (a
    positive score) or is a plain mention (zero) where the first use only
    mentions the term in passing (it points back, lists the term among
    others, quotes someone, lists figures, is crowded with other names or
    is no sentence): a long first use is kept against a shorter mention,
    since a term is often introduced in a long sentence of the lead. On a
    tie the earlier use wins. The article's first sentence counts as a
    mention in passing too once it is `taken` (shown for an entry ranked
    higher) and names the term only deep inside (`_reused_lead`)."""
    if not uses:
        return -1
    crowds: dict[int, _Crowd] = {}       # what every use in a sentence shares, found once
    forms = [_form(u, index, lex) for u in uses]
    (main, count), = Counter(forms).most_common(1)
    if count < MAIN_SHARE * len(forms):
        main = None           # no word of the group clearly the term's ("abolition" 5, "abolitionist" 7)
    parts = [(said, passing + (OTHER_FORM if _other_word(form, main) else 0.0))
             for u, form, (said, passing) in zip(uses, forms, (_score(u, index, lex, crowds) for u in uses))]
    scored = [(said + passing, -n, u.sentence) for n, (u, (said, passing)) in enumerate(zip(uses, parts))]
    (best, _, number), first = max(scored), scored[0][0]
    passing = _in_passing(uses[0], parts[0][1], index, lex) or _reused_lead(uses[0], parts[0][0], taken)
    if best > first and (best > 0 or best == 0 and passing):
        return number
    return uses[0].sentence


def _reused_lead(use: Use, said: float, taken) -> bool:
    """The article's first sentence, shown already for another term, that
    says nothing of this one (`said` <= 0) and names it only after its
    subject: it is about the article's subject ("A photon ... is an
    elementary particle that is a quantum of the electromagnetic field,
    including electromagnetic radiation such as light and radio waves"),
    and printed again for each term it names it teaches none of them
    (seen fresh-11: judged wrong four times)."""
    return use.sentence == 0 and use.sentence in taken and use.first > SUBJECT_SLACK and said <= 0


def _form(use: Use, index, lex) -> tuple[str, ...]:
    """The word form of a use, singular and plural alike ("monarchy",
    "monarchies"; "monarch" is another word the group holds)."""
    return tuple(noun_lemma(k, lex.code) or k for k in index.keys[use.sentence][use.first:use.last + 1])


def _other_word(form: tuple[str, ...], main: tuple[str, ...] | None) -> bool:
    """Another word of the same stem ("monarch" beside "monarchy",
    "conductivity" beside "conduction"), not an abbreviation beside its
    long form ("ISRO", "Indian Space Research Organisation"): as many
    words, the first opening with the same letters (`STEM_LETTERS`)."""
    return main is not None and form != main and len(form) == len(main) \
        and form[0][:STEM_LETTERS] == main[0][:STEM_LETTERS]


def _points_back(keys: list[str], lex) -> bool:
    """The sentence opens leaning on the one before ("It ...", "Ini ...":
    `context_openers` among its first words). One of the "points back"
    checks, each for its own output: a context sentence is printed whole, so
    only its opening can lean outside it (the timeline's `events` and
    `readable` checks judge a cut clause, the questions' `candidate.points_back`
    "the" and a noun anywhere in a lifted clause, `clauses.points_back` one
    word's suffix)."""
    return bool(set(keys[:OPENING_WORDS]) & lex.words("definitions", "context_openers"))


def _score(use: Use, index, lex, crowds: dict[int, "_Crowd"]) -> tuple[float, float]:
    """What the sentence says of the term (`_explains`: not for a use inside
    a longer name or phrase, of which it is said), less for what makes it
    hard to use: leaning on the sentence before, length, a list; and apart,
    what it loses for a mention in passing (`_passing`, which
    `_in_passing` reads again). `crowds` keeps each sentence's `_Crowd`."""
    sentence, keys = index.sentences[use.sentence], index.keys[use.sentence]
    score = _explains(use, index, lex) if use.standalone and not _modified(sentence, keys, use, lex) else 0.0
    if _points_back(keys, lex):
        score += BACK_POINTER
    if len(keys) > LONG_WORDS:
        score += LONG
    if sentence.text.count(",") >= LIST_COMMAS or sentence.text.rstrip().endswith(":"):
        score += LIST
    if len(keys) < FRAGMENT_WORDS and score <= 0:
        score += FRAGMENT
    if _broken(sentence, keys, lex):
        score += BROKEN
    if use.sentence not in crowds:
        crowds[use.sentence] = _crowd(sentence, keys)
    return score, _passing(sentence, keys, use, lex, crowds[use.sentence])


def _in_passing(use: Use, passing: float, index, lex) -> bool:
    """The use only mentions the term: it leans on the sentence before, or
    `_passing` found a fault (`passing` < 0), or it is no sentence, or it
    only leads in to a list that follows ("Ada tiga Gunseikan untuk Jawa:"):
    printed alone, it promises what it does not show."""
    keys = index.keys[use.sentence]
    sentence = index.sentences[use.sentence]
    return _points_back(keys, lex) or len(keys) < FRAGMENT_WORDS or passing < 0 \
        or sentence.text.rstrip().endswith(":") or _broken(sentence, keys, lex)


def _broken(sentence, keys: list[str], lex) -> bool:
    """The source lost part of the sentence where it removed a formula or a
    quantity: no closing mark ("The momentum of a photon"), an opening in
    lower case (the rest of a sentence a formula began: "across the
    terminals of a cell is known as ..."), a formula's signs left in it, or
    a lone letter that is no word as the subject ("W is the work performed
    ..."; not a letter quoted as a name: '"E" indicates ...'). Printed
    alone, such a line reads cut."""
    text = sentence.text.strip()
    first = sentence.tokens[0].text
    return not CLOSED.search(text) or first[:1].islower() or FORMULA.search(text) is not None \
        or (len(first) == 1 and text.startswith(first) and first.isalpha() and not lex.is_function(keys[0]))


def _explains(use: Use, index, lex) -> float:
    """What the sentence says of the term: a cue after it ("X is a ...",
    "X means ..."), a naming cue before it, a verb saying what it does, an
    apposition, a definition pattern."""
    sentence, keys = index.sentences[use.sentence], index.keys[use.sentence]
    score = 0.0
    at = _after_complement(keys, use, lex)
    cue = _cue_at(keys, at, lex.phrases("definitions", "context_cues"))
    if cue and _gap(sentence, at - 1, at).strip() in ("", ","):
        score += _defining(keys, use, at, cue, lex)
    elif _named_before(keys, use.first, lex.phrases("definitions", "named_cues"), lex) \
            or _other_name_before(sentence, keys, use, lex):
        score += NAMED_BEFORE
    elif _subject_acts(sentence, keys, use, lex) or _relative_follows(sentence, keys, use.last, lex):
        score += SUBJECT_ACTS
    if _apposition(sentence, keys, use.last, lex):
        score += APPOSITION
    if _explained_here(use, index, lex):
        score += EXPLAINED
    return score


def _modified(sentence, keys: list[str], use: Use, lex) -> bool:
    """A noun right before the term, where the head of a noun phrase comes
    last ("quark degeneracy pressure, a form of ..."): the term is the head
    of a compound that names another thing, and what follows is said of
    that (an adjective leaves the thing the same: "atmospheric methane").
    A word that can be a verb as well is the noun only inside a noun
    phrase (`_in_noun_phrase`: "the water cycle", "by quark degeneracy
    pressure"); else it is the verb
    ("Plants produce glucose, a sugar ..."). Only where the word-class
    lexicon answers."""
    if lex.definitions.get("class_head_first") or use.first == 0:
        return False
    before = keys[use.first - 1]
    if sentence.gap(use.first - 1, use.first) != " " or not sentence.tokens[use.first - 1].text[:1].islower():
        return False
    found = classes(before, lex.code)
    if "NOUN" not in found or "ADJ" in found or lex.is_function(before) \
            or before in lex.finite_verbs or lex.looks_like_verb(before):
        return False
    return "VERB" not in found or _in_noun_phrase(keys, use.first - 1, lex)


def _in_noun_phrase(keys: list[str], at: int, lex) -> bool:
    """The word at `at` opens the sentence or follows a word that opens or
    goes on with a noun phrase: a determiner ("the water cycle"), another
    function word such as a preposition ("by quark degeneracy pressure"),
    an adjective that is no verb ("atmospheric water vapour") or a noun in
    the singular ("the slide rest lathe"). Not a word a verb follows: a
    pronoun ("they use ..."), a relative ("that form ..."), an infinitive
    marker or a modal ("to form ozone", "can produce ..."), a noun in the
    plural ("Plants produce ...")."""
    if at == 0:
        return True
    word = keys[at - 1]
    if word in lex.words("definitions", "determiners"):
        return True
    before_verbs = lex.words("candidates", "infinitive_markers") | lex.words("definitions", "modal_verbs") \
        | lex.words("definitions", "relative_words") | lex.person_pronouns | lex.other_pronouns
    if word in before_verbs:
        return False
    found = classes(word, lex.code)
    # (A singular noun takes no bare verb form: "the slide rest lathe".)
    return lex.is_function(word) or ("ADJ" in found and "VERB" not in found) or noun_lemma(word, lex.code) == word


@dataclass(frozen=True)
class _Crowd:
    """What a sentence holds besides any one use of a term: whether it is a
    list of figures, and where its capitalised words stand (after the
    first). The same for every use in it: found once (`_crowd`)."""
    figures: bool
    capitals: tuple[int, ...]


def _crowd(sentence, keys: list[str]) -> _Crowd:
    numbers = len(NUMBER.findall(sentence.text))
    return _Crowd(numbers >= FIGURES and numbers >= FIGURES_SHARE * len(keys),
                  tuple(i for i, t in enumerate(sentence.tokens[1:], 1) if t.text[:1].isupper()))


def _passing(sentence, keys: list[str], use: Use, lex, crowd: _Crowd) -> float:
    """Less for a sentence that only mentions the term: as one item of a
    list, inside a quotation, among figures, or among other names (the
    sentence's `crowd`, less the use's own capitals)."""
    score = 0.0
    if _list_item(sentence, keys, use, lex):
        score += LIST_ITEM
    if _quoted(sentence, use):
        score += QUOTED
    if crowd.figures:
        score += FIGURES_PENALTY
    names = sum(1 for i in crowd.capitals if not use.first <= i <= use.last)
    if names >= NAMES_MIN and names >= NAMES_SHARE * len(keys):
        score += CROWDED
    return score


def _list_item(sentence, keys: list[str], use: Use, lex) -> bool:
    """The term is one item of a list ("... such as carbon dioxide, methane
    and nitrous oxide"): after a comma with a comma or a joiner ("and",
    "or") after it, first after "such as" / "including", or last after a
    joiner with a comma a few words before it. ("X or Y," alone is another
    name, no list: "Era Demokrasi Liberal atau demokrasi parlementer, ...".)"""
    if _other_name_before(sentence, keys, use, lex):
        return False          # "battery, or voltaic pile,": another name, no item
    joiners = lex.words("definitions", "list_joiners")
    before = sentence.gap(use.first - 1, use.first).strip() if use.first > 0 else "."
    after = sentence.gap(use.last, use.last + 1).strip() if use.last + 1 < len(keys) else "."
    comma_before = before == ","
    # a joiner only right beside the term ("(... including bacteria) or ...": the bracket ends the list)
    joiner_before = before == "" and keys[use.first - 1] in joiners
    joined_after = (after == "," or after == "" and keys[use.last + 1] in joiners) \
        and not _apposition(sentence, keys, use.last, lex)      # ("X, a Y that ...": no list)
    if comma_before and joined_after:
        return True
    if joined_after and _ends_with(keys, use.first, lex.phrases("definitions", "list_openers")):
        return True
    joiner = use.first - 1
    return joiner_before and any(sentence.gap(i, i + 1).strip() == ","
                                 for i in range(max(0, joiner - ITEM_REACH), joiner)) \
        and not _verb_follows(keys, use.last, lex)     # (", and automobiles are the ...": a clause)


def _verb_follows(keys: list[str], last: int, lex) -> bool:
    """A verb right after the term: it is the subject of a clause."""
    after = last + 1
    return after < len(keys) and (keys[after] in lex.finite_verbs or _verb_form(keys[after], lex)
                                  or _starts_with(keys, after, lex.phrases("shared", "copulas")))


def _quoted(sentence, use: Use) -> bool:
    """The term inside quotation marks, or a sentence that is mostly a quotation."""
    text = sentence.text
    if not QUOTE_MARK.search(text):
        return False          # (most sentences: no need to look further)
    start, end = sentence.tokens[use.first].start, sentence.tokens[use.last].end
    inside_term = len(QUOTE_MARK.findall(text, 0, start)) % 2 == 1 and QUOTE_MARK.search(text, end) is not None
    return inside_term or sum(len(q) for q in QUOTATION.findall(text)) * 2 > len(text)


def _explained_here(use: Use, index, lex) -> bool:
    """A definition pattern finds what the term is in this sentence ("the
    lower atmosphere (the troposphere)", "an electromechanical machine
    called the bombe"; `pack.text.definitions`): too short, a second name
    or a bracket for the glossary to print as the definition, but the
    sentence says what the term is (a bracket or "i.e." beside it even in
    one or two words: "Entscheidungsproblem (decision problem)")."""
    sentence, keys = index.sentences[use.sentence], index.keys[use.sentence]
    if not _may_explain(sentence, keys, use, lex):
        return False          # (most uses: the patterns need a mark or a cue beside the term)
    found = definitions_at(sentence, keys, use.first, use.last, use.sentence, lex)
    return any(f.pattern in EQUATES or f.pattern in SAYS_WHAT and shown(f.text, f.pattern, lex) for f in found)


def _may_explain(sentence, keys: list[str], use: Use, lex) -> bool:
    """A bracket, comma, colon or dash beside the term, or a copula, a
    "that is" cue ("yaitu") or a naming cue right beside it: only then can
    a pattern fire (a cheap test before running them all)."""
    after = _gap(sentence, use.last, use.last + 1)
    before = sentence.gap(use.first - 1, use.first) if use.first > 0 else ""
    if any(mark in after for mark in MARKS) or any(mark in before for mark in MARKS):
        return True
    that_is = lex.phrases("definitions", "that_is_cues")
    return _starts_with(keys, use.last + 1, lex.phrases("shared", "copulas")) or \
        _starts_with(keys, use.last + 1, that_is) or _ends_with(keys, use.first, that_is) or \
        _named_before(keys, use.first, lex.phrases("definitions", "named_cues"), lex)


def _named_before(keys: list[str], first: int, named, lex) -> bool:
    """"known as aerosols", "known as the Schwarzschild radius"."""
    if first > 0 and keys[first - 1] in lex.words("definitions", "determiners") | lex.words("candidates", "articles"):
        first -= 1
    return _ends_with(keys, first, named)


def _other_name_before(sentence, keys: list[str], use: Use, lex) -> bool:
    """"Alessandro Volta's battery, or voltaic pile, of 1800, ...": the term
    set off by commas after "or" (`alias_joiners`) and a common noun: the
    sentence gives it the name of a thing a reader knows. Not the last
    item of a list ("A, B, or C": another comma a few words before)."""
    joiner = use.first - 1
    if joiner < 1 or keys[joiner] not in lex.words("definitions", "alias_joiners") \
            or sentence.gap(joiner - 1, joiner).strip() != "," or _gap(sentence, use.last, use.last + 1).strip() != ",":
        return False
    named = sentence.tokens[joiner - 1].text
    if not named[:1].islower() or lex.is_function(keys[joiner - 1]):
        return False
    return not any(sentence.gap(i, i + 1).strip() == "," for i in range(max(0, joiner - 1 - ITEM_REACH), joiner - 1))


def _subject_acts(sentence, keys: list[str], use: Use, lex) -> bool:
    """The term opens the sentence as its subject and a verb follows it
    ("Gravitational collapse occurs when ...", "Permafrost menyimpan ..."):
    the sentence tells what the term does, not only that it was there."""
    if use.first > SUBJECT_SLACK or any(not lex.is_function(k) for k in keys[:use.first]):
        return False
    after = use.last + 1
    adverbs = lex.words("definitions", "skip_adverbs")
    while after < len(keys) and keys[after] in adverbs:
        after += 1
    return after < len(keys) and _gap(sentence, after - 1, after) == " " and _describes(keys[after], lex)


def _relative_follows(sentence, keys: list[str], last: int, lex) -> bool:
    """"the theory of general relativity, which describes gravitation as
    ...": a relative clause about the term says what it is or does."""
    after = last + 1
    return after + 1 < len(keys) and _gap(sentence, last, after).strip() == "," \
        and keys[after] in lex.words("definitions", "relative_words") and _describes(keys[after + 1], lex)


def _describes(key: str, lex) -> bool:
    """A verb in the present tense: "occurs", "describes" say what the term
    does; "continued", "granted" tell a story. Only where the language
    marks the tense (`present_descriptions`)."""
    if not lex.definitions.get("present_descriptions") or not _verb_form(key, lex) or lex.is_derived(key):
        return False          # ("-ed", "-ing": past or participle)
    if key in {c[0] for c in lex.phrases("shared", "copulas")}:
        return False          # "X, which was ...": a copula, scored as one
    # The listed finite verbs hold past forms ("grew", "granted" is -ed):
    # of those only a present ending tells ("occurs", "operates").
    return key not in lex.finite_verbs or any(key.endswith(e) for e in lex.words("definitions", "present_endings"))


def _verb_form(key: str, lex) -> bool:
    """A verb by its shape (`looks_like_verb`) or, where the word-class
    lexicon answers, a word it knows as a verb and never as a noun."""
    if lex.looks_like_verb(key):
        return True
    found = classes(key, lex.code)
    return "VERB" in found and "NOUN" not in found


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
    if following in lex.words("definitions", "negations"):
        return 0.0                # "A posthumous pardon was not considered ...": what X is not
    endings = lex.words("definitions", "verb_endings") | lex.words("candidates", "adjective_endings")
    if any(following.endswith(e) for e in endings):
        if use.first <= SUBJECT_SLACK and after + 1 < len(keys) and keys[after + 1] in lex.words("definitions", "as_words"):
            return DEFINING_LATER     # "The Senate was founded as the highest state institution ..."
        if _general_passive(keys, use, at, following, lex):
            return GENERAL_PASSIVE    # "Pardons are normally granted only when ...": how X is in general
        return 0.0                # "are emitted", "are conservative": said of it, not what it is
    if use.first > 0 and keys[use.first - 1] in lex.words("definitions", "complement_markers"):
        return 0.0                # "a source of CO2 emissions is ...": the source is the subject
    copula = cue[0] in {c[0] for c in lex.phrases("shared", "copulas")}   # ("is used to" too)
    if use.first > SUBJECT_SLACK or any(lex.is_derived(k) or _verb_form(k, lex) for k in keys[:use.first]):
        # Deep in a sentence, or after a verb form ("Specifying the bombe
        # was the first ..."), "X is" is mostly said of something else;
        # "X means" is not.
        return 0.0 if copula else DEFINING_LATER
    bare_copula = copula and lex.definitions.get("apposition_needs_determiner") and \
        not _starts_with(keys, after, lex.phrases("definitions", "determiners"))
    return DEFINING_LATER if bare_copula else DEFINING_AFTER_SUBJECT


def _general_passive(keys: list[str], use: Use, at: int, following: str, lex) -> bool:
    """"Pardons are normally granted only when ...", "Accretion disks are
    classified by ...": the bare term opens the sentence (no article: such
    things in general, not "The Lisbon metropolitan area is heavily
    industrialized") and a present-tense passive follows
    (`present_copulas`), not a story of one event ("were emitted")."""
    return use.first == 0 and at == use.last + 1 and keys[at] in lex.words("definitions", "present_copulas") \
        and any(following.endswith(e) for e in lex.words("definitions", "verb_endings"))


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
        and _starts_with(keys, after, lex.phrases("definitions", "determiners")) \
        and not _clause_follows(keys, after, lex)


def _clause_follows(keys: list[str], after: int, lex) -> bool:
    """"Thus by ... cooling the cylinder, the engine wasted ...": a verb
    right after the noun phrase that follows the comma makes it the
    subject of the main clause, not an apposition of the term."""
    relative = lex.words("definitions", "relative_words")
    for key in keys[after + 1:after + 1 + VERB_REACH]:
        if key in relative:
            return False
        if _verb_form(key, lex):
            return True
    return False
