"""Extract stage, glossary: does a found definition really define the term?

Inputs: a definition text that a pattern in `patterns` found, the pattern's
name, the `Sentence` with its keys, the term's tokens (first..last) and the
`Language`. Output: the definition text to show (a naming cue at its start
removed: "called messenger RNA" -> "messenger RNA", and so is a verb
with its object's determiner: "specified an electromechanical machine"), or None when it does
not define the term. A wrong definition is worse than none: the glossary
then shows the sentence of first use, marked as context.

Checks, each from a fault seen on articles the patterns were not made for:

- the term is part of a longer name here ("Revolusi | 1905"): what the
  sentence says is about the longer name;
- a noun-phrase pattern's text opens with a verb or a preposition ("specified an electromechanical machine",
  "menjamin kehidupan ..."): a clause, not a noun phrase (an "-ed" form
  after an article modifies the noun after it: "a flat-roofed structure");
- the text ends on a modifier before a comma, where the head noun comes
  last ("a representation of the physical, chemical and biological
  processes ..."): cut inside a list;
- the text stops at a bracket that the phrase goes on after ("syngas, a
  mixture of carbon monoxide (CO) and hydrogen": the printed "mixture of
  carbon monoxide" is half of it);
- the text ends mid-phrase: on a function word, a number that is no year
  ("an urban agglomeration of 9,765,188"), an abbreviation cut at its full stop
  ("di bawah asuhan Dr") or a single letter;
- an apposition holds a verb form that is not a participle ("the
  government elected to proceed ..."), or any text holds a modal before
  a relative word ("Prokaryotes can carry ..."; "a boundary through which
  matter can pass" is a relative clause's): it is a clause;
- an apposition names something else ("droplets, a phenomenon known as
  the Twomey effect": the phenomenon is what the clause describes);
- a noun-phrase text opens with a word that points back ("This narrows
  was called tkaronto" -> "tkaronto: This narrows");
- "one of the <group>": the group is a clause ("one of the contains many
  biomolecules");
- a bracket gloss half in words the language does not know (a foreign
  original: "(omnis cellula ex cellula)"), a common word ("proteins (black)": a colour in a
  figure), a clause, a cross-reference ("lihat: ..."), or examples that
  repeat the term's own head ("lamin (lamins A, B and C)").

`shown` is the stricter check the glossary applies before it prints a
found text as the definition: a pattern that equates two names (a bracket,
"that is", a translation) gives a definition only when the text explains
(several words, or a kind cue: "sejenis kereta kuda"); a short one is
another name ("Entscheidungsproblem (decision problem)", "buddhi, yaitu
keterbukaan jiwa", "messenger RNA (mRNA)"), and so is a naming text that
names again ("then called stilboestrol"); a copula that ranks the term
("canals were the first technology to ...", "feedbacks are an important
factor in ...") says its place, not what it is; "one of the <group>"
needs a group in the plural where the language marks plurals.

`printed` is the last gate, on the sentence the text was found in: the
glossary prints a definition only from the pattern kinds that were right
at least 9 times in 10 on the half of the tuning articles the gate was
chosen on (`PRINTED`; quality/verdicts/tuning-definitions-split-r6.md),
only when the term is really what the defining clause is about, and only
when the text says what sets the term apart from its class (no bare
class, no rank; quality/verdicts/tuning-definitions-blind-r7.md). The
other texts still rank the entry as one the article explains; the
entry shows its context sentence.
"""

from __future__ import annotations

import re

from pack.text.definitions.about import about_other, text_at
from pack.text.language import Language
from pack.text.nounphrases import cannot_head
from pack.text.phrases import cue_after, cue_before, participle_cues
from pack.text.sentences import abbreviations
from pack.text.wordclass import superlative
from pack.text.tokens import Sentence, tokenize

NOUN_PHRASES = {"gloss", "reverse", "named", "that-is", "list", "apposition", "which-is", "copula", "class"}
CLAUSE_CHECKED = {"apposition", "that-is", "reverse"}   # "named" may give back a whole clause on purpose
BRACKETED = {"gloss", "reverse"}
YEAR_DIGITS = 4
EQUATING = {"gloss", "reverse", "that-is", "translation"}   # "X (Y)", "Y (X)", "X, yaitu Y", 'X ("Y")'
RANK_REACH = 2            # "important factor", "faktor penting": the ranking word is one of the first two
# On tuning half A "one of the <group>" (member) was right 0 times in 7, and
# no kind that equates two names, tells what a term does or who made it, or
# reads it from a bracket or a list was shown right there at all (so none
# was measured): those never print. "X, yaitu/yakni/i.e. Y" prints when Y
# opens with a noun (session 5: on 22 tuning articles it printed one
# definition, right, "Ambtenaar, yakni para pegawai negeri yang setia ...";
# the one it refused was an adjective, "glycolate, i.e., toxic to a plant").
PRINTED = {"named", "apposition", "copula", "class", "that-is"}
QUOTES = "\"“”"
EXPLAINING_WORDS = 4      # "cendekiawan pendatang baru" is a translation; "para pegawai negeri yang setia ..." explains


def checked(text: str, pattern: str, sentence: Sentence, keys: list[str], first: int, last: int,
            lex: Language) -> str | None:
    """The definition to show, or None when it does not define the term."""
    if _inside_longer_name(sentence, last):
        return None
    if pattern == "member":
        return text if _real_group(text, lex) else None
    words = [t.key for t in tokenize(text, lex.code)]
    cue = _leading_cue(words, lex) or _leading_verb(words, lex)
    if cue:
        text, words = _drop_words(text, cue), words[cue:]
    if not words or _cut_short(text, words, lex) or _cut_in_list(text, words, sentence, first, last, lex) \
            or _cut_at_bracket(text, sentence, first, last, lex):
        return None
    if pattern in NOUN_PHRASES and ((_opens_with_verb(words[0], lex) and not _modifier_participle(
            text, words, sentence, first, last, lex)) or _opens_mid_phrase(words[0], lex)):
        return None           # "chromosome that is in direct contact ...": no noun phrase
    if pattern in NOUN_PHRASES and words[0] in lex.words("definitions", "context_openers"):
        return None           # "This narrows was called tkaronto": it points back, it names nothing
    if pattern == "apposition" and _names_another(words, lex):
        return None           # "... larger droplets, a phenomenon known as the Twomey effect": about the clause
    if pattern in CLAUSE_CHECKED and _holds_clause_verb(words, lex):
        return None
    if any(w in lex.words("definitions", "modal_verbs") for w in _before_relative(words, lex)):
        return None           # "Prokaryotes can carry ... called plasmids": a clause
    if pattern in BRACKETED and not _real_gloss(text, words, keys[first:last + 1], lex):
        return None
    return text


def shown(text: str, pattern: str, lex: Language) -> bool:
    """Does a checked definition say what the term is, rather than give
    it another name? (see the module's docstring)"""
    words = [t.key for t in tokenize(text, lex.code)]
    if pattern == "named":
        return not _names_another(words, lex)       # "then called stilboestrol"
    if pattern == "copula":
        return not any(w in lex.words("definitions", "ranking_words") for w in words[:RANK_REACH])
    if pattern == "member":
        return _plural_group(words, lex)
    if pattern not in EQUATING:
        return True
    kind = cue_after(words, 0, lex.phrases("definitions", "kind_cues")) > 0
    return kind or len(words) >= EXPLAINING_WORDS


def printed(pattern: str, text: str, sentence: Sentence, keys: list[str], first: int, last: int,
            lex: Language) -> bool:
    """May the glossary print `text` (found by `pattern` at tokens
    first..last) as the term's definition? Not when the pattern kind is
    not in `PRINTED`, nor when the term is not what the clause defines:

    - named: the text is a clause, not a class ("Penindasan semakin
      menguat ... dan periode ini dikenal dengan julukan X"), or the cue
      gives a second name ("Global warming, also referred to as X");
    - copula: the term is the subject of an aside in brackets, a remark
      on something the sentence is about ("(..., and X was a useless
      waste product)");
    - apposition: the term is inside quotation marks: a word being
      quoted or quoted speech, which the phrase beside it need not define;
      or it is a unit after a number: the phrase is about the quantity;
    - that-is: the text opens with an adjective ("i.e., toxic to ..."),
      not with the class the term belongs to;
    - any kind: the sentence makes the text about another thing (the next
      item of a list, a longer name, a clause: `about.about_other`);

    nor, for any kind, when the text does not say what sets the term apart
    from its class (`_says_what_sets_apart`).
    """
    if pattern not in PRINTED:
        return False
    tokens = tokenize(text, lex.code)
    words = [t.key for t in tokens]
    if not _says_what_sets_apart(words, lex) or _leans_on_other(words, lex):
        return False
    if _repeats_term(words, keys[first:last + 1]):
        return False          # "naked singularity, a singularity outside ...": about a longer term, or circular
    if _in_square_brackets(sentence, first):
        return False          # "Lisbon (Portuguese: Lisboa [liʒˈβoɐ]) is the capital ...": the clause is about Lisbon
    if about_other(text, words, pattern, sentence, keys, first, last, lex):
        return False          # a list's next item, a longer name's, a clause (`about`)
    if pattern == "named":
        return not _holds_finite_verb(words, lex) and not _second_name(keys, first, lex)
    if pattern == "copula":
        return not _in_aside(sentence, first, last, text)
    if pattern == "apposition":
        return not _quoted(sentence, first) and not _head_is_name(tokens, lex) \
            and not _after_number(sentence, first)
    if pattern == "that-is":
        return not cannot_head(words[0], lex)   # "i.e., toxic to a plant": says how it is, not what
    return True


def _in_square_brackets(sentence: Sentence, first: int) -> bool:
    """The term stands inside square brackets: a pronunciation or an
    editor's insertion, never what the clause around it is about."""
    before = sentence.text[:sentence.tokens[first].start]
    return before.count("[") > before.count("]")


def _leans_on_other(words: list[str], lex: Language) -> bool:
    """"another political alliance", "aliansi politik lain": the head
    phrase (its first words) says "other than" a thing named before it."""
    return any(w in lex.words("definitions", "other_words") for w in words[:RANK_REACH + 1])


def _repeats_term(words: list[str], term: list[str]) -> bool:
    """The text holds the term itself: it defines a longer term the
    occurrence is part of ("quark degeneracy pressure, a form of degeneracy
    pressure ..."), or defines the term by itself."""
    size = len(term)
    return any(words[i:i + size] == term for i in range(len(words) - size + 1))


def _head_is_name(tokens, lex: Language) -> bool:
    """The phrase's head is a name ("the weak and sickly Feodor III of
    Russia"): the apposition says who or which one, not what kind of thing.
    The head is the word before the first preposition or relative word
    (`differentia_words`) in English, the first word after a determiner
    where the head comes first."""
    determiners = lex.words("definitions", "determiners")
    content = [t for t in tokens if t.key not in determiners]
    if not content:
        return False
    if lex.definitions["class_head_first"]:
        head = content[0]
    else:
        differentia = lex.words("definitions", "differentia_words")
        before = next((i for i, t in enumerate(content) if t.key in differentia), len(content))
        head = content[max(0, before - 1)]
    return head.cap or head.roman


def _says_what_sets_apart(words: list[str], lex: Language) -> bool:
    """A class and what sets the term apart in it: three words or more, or
    two that go on after the head with a relative word, a preposition or a
    participle ("organelle that houses the cell's DNA", "way of purifying
    bauxite", "serangan militer Belanda terhadap ..."). Not a bare class ("double salt",
    "panitia kecil": a reader learns only the kind of thing), not a rank
    ("largest planet", "first in 11 years", "salah satu ..."), not a text
    that leans on a person named elsewhere ("organisasi yang dia dirikan").
    Chosen on tuning half A, checked on half B by a reader who did not
    know the rule (quality/verdicts/tuning-definitions-blind-r7.md).
    `words`: the text's word keys."""
    if len(words) < 2 or _ranks(words[:2], lex):
        return False
    pronouns = lex.words("definitions", "personal_pronouns")
    if any(w in pronouns for w in words):
        return False
    # Three words hold a head and what sets it apart even without a
    # preposition ("surat kabar partai", "British signals intelligence
    # agency"); two words seldom do ("double salt", "regional government").
    if len(words) >= 3:
        return True
    differentia = lex.words("definitions", "differentia_words")
    return any(w in differentia for w in words[1:])


def _ranks(opening: list[str], lex: Language) -> bool:
    """The text opens with a rank or a share: an ordinal, "only", a
    superlative ("largest", "brightest": the lexicon's adjective forms in
    -est where it knows them), "one of", "a few of"."""
    ranks = lex.once("definition_ranks", _rank_words)
    parts = [p for w in opening for p in w.split("-")]      # "seventh-largest"
    return any(w in ranks or superlative(w, lex.code) for w in parts)


def _rank_words(lex: Language) -> frozenset[str]:
    """Every word that ranks ("first", "largest", "utama"): made once per language."""
    return lex.words("definitions", "ranking_words") | lex.words("definitions", "rank_openers")


def _after_number(sentence: Sentence, first: int) -> bool:
    """The term is written right after a number, as a unit ("average 57 MW,
    a capacity factor of approximately 24%"): the phrase beside it is about
    the quantity, not the unit."""
    before = sentence.text[:sentence.tokens[first].start].rstrip()
    return before[-1:].isdigit()


def _quoted(sentence: Sentence, first: int) -> bool:
    """An odd number of quotation marks before the term: it is inside a quote."""
    before = sentence.text[:sentence.tokens[first].start]
    return sum(before.count(q) for q in QUOTES) % 2 == 1


def _in_aside(sentence: Sentence, first: int, last: int, text: str) -> bool:
    """The term and its definition lie inside one bracket ("(..., and X was
    a waste product)"); not a bracketed name the clause after it defines
    ("Operasi Produk (bahasa Belanda: X), ..., adalah serangan ...")."""
    before = sentence.text[:sentence.tokens[first].start]
    end, at = sentence.tokens[last].end, text_at(text, sentence, first, last)
    between = sentence.text[end:at if at >= end else len(sentence.text)]
    return before.count("(") > before.count(")") and ")" not in between


def _holds_finite_verb(words: list[str], lex: Language) -> bool:
    """A verb form outside a relative clause: the text is a clause."""
    relative = lex.words("definitions", "relative_words")
    for word in words:
        if word in relative:
            return False
        if lex.looks_like_verb(word):
            return True
    return False


def _second_name(keys: list[str], first: int, lex: Language) -> bool:
    """The naming cue before the term says "also" or "or": "X, also
    known as <term>", "Y atau yang disebut <term>" name one thing twice."""
    determiner = cue_before(keys, first, lex.phrases("definitions", "determiners"))
    size = cue_before(keys, first - determiner, lex.phrases("definitions", "named_cues"))
    start = first - determiner - size
    marks = lex.words("definitions", "second_name_words")
    return any(w in marks for w in keys[max(0, start - 1):first - determiner])


def _plural_group(words: list[str], lex: Language) -> bool:
    """"one of the greenhouse gases": where the language marks plurals, a
    group in the singular ("one of the domestic market") is a mass or a
    place the term is in, not a class it belongs to."""
    suffixes = lex.candidates.get("plural_suffixes", [])
    return not suffixes or any(words[-1].endswith(e) and len(words[-1]) > len(e) + 1 for e in suffixes)


def _names_another(words: list[str], lex: Language) -> bool:
    """A naming cue with a name after it inside the text ("a phenomenon
    known as the Twomey effect"): the apposition names what the whole
    clause describes, not the word before the comma."""
    for cue in lex.phrases("definitions", "named_cues"):
        for i in range(1, len(words) - len(cue)):
            if tuple(words[i:i + len(cue)]) == cue:
                return True
    return False


def _inside_longer_name(sentence: Sentence, last: int) -> bool:
    """"Revolusi 1905", "Teror Merah": the next word, joined by a space, continues the name."""
    if re.match(r" \d", sentence.text[sentence.tokens[last].end:]):
        return True           # (numbers are no tokens)
    if last + 1 >= len(sentence.tokens) or sentence.gap(last, last + 1) != " ":
        return False
    following = sentence.tokens[last + 1]
    return following.text[:1].isdigit() or (following.cap and sentence.tokens[last].cap)


def _opens_mid_phrase(word: str, lex: Language) -> bool:
    """A preposition, or a word that continues a phrase begun before it:
    "in direct contact", "more linear molecules" (of "one or more ...")."""
    return word in lex.words("definitions", "boundary_words") or word in lex.words("definitions", "mid_phrase_openers")


def _leading_cue(words: list[str], lex: Language) -> int:
    """Number of words of a naming cue at the start ("called messenger RNA")."""
    for cue in lex.phrases("definitions", "named_cues"):
        if tuple(words[:len(cue)]) == cue and len(words) > len(cue):
            return len(cue)
    return 0


def _leading_verb(words: list[str], lex: Language) -> int:
    """"specified an electromechanical machine": a verb and its object's
    determiner (the named pattern reached back into the clause)."""
    determiners = lex.words("definitions", "determiners")
    if len(words) > 2 and _opens_with_verb(words[0], lex) and words[1] in determiners:
        return 2
    return 0


def _modifier_participle(text: str, words: list[str], sentence: Sentence, first: int, last: int,
                         lex: Language) -> bool:
    """The text opens with a verb form in `modifier_participle_endings` that
    a determiner stands before, in the sentence after the term, and a
    content word follows ("was a
    flat-roofed rectangular structure", "are the flattened sacs inside
    ..."): a participle modifying the noun after it, not a clause. (After a
    determiner no verb can open a clause: "specified an ..." never follows
    "a".) Only a form that is no finite verb of the lexicon, as "was" is."""
    endings = lex.definitions.get("modifier_participle_endings", [])
    if len(words) < 2 or not words[0].endswith(tuple(endings)) or words[0] in lex.finite_verbs \
            or lex.is_function(words[1]) or words[1] in lex.words("definitions", "boundary_words"):
        return False
    end, at = sentence.tokens[last].end, text_at(text, sentence, first, last)
    before = sentence.text[end:at].split() if at >= end else []      # (nothing for a text before the term)
    return bool(before) and before[-1].casefold() in lex.words("definitions", "determiners")


def _drop_words(text: str, count: int) -> str:
    return text.split(None, count)[-1]


def _opens_with_verb(word: str, lex: Language) -> bool:
    return lex.looks_like_verb(word) or _verb_ending(word, lex) or _clause_prefix(word, lex)


def _clause_prefix(word: str, lex: Language) -> bool:
    """"bekerja", "berdasarkan": a verb prefix that `looks_like_verb` leaves
    out (it also marks adjectives and is used to find candidates), never a
    noun phrase's first word (`clause_prefixes`, but `clause_prefix_nouns`)."""
    return word not in lex.words("definitions", "clause_prefix_nouns") and any(
        word == p or word.startswith(p) and len(word) > len(p) + 2 for p in lex.words("definitions", "clause_prefixes"))


def _verb_ending(word: str, lex: Language) -> bool:
    endings = lex.definitions.get("verb_endings", lex.candidates.get("verb_endings", []))
    return any(word.endswith(e) and len(word) > len(e) + 2 for e in endings)


def _cut_short(text: str, words: list[str], lex: Language) -> bool:
    end = words[-1]
    number = re.search(r"[\d.,]*\d$", text)
    if number:                # "an urban agglomeration of 9,765,188" (people): a year may end it
        return not number.group().isdigit() or len(number.group()) > YEAR_DIGITS
    if lex.is_function(end) or end in lex.words("definitions", "boundary_words"):
        return True
    if len(end) == 1 and not end.isdigit():
        return True
    return end in abbreviations(lex.code) and not text.endswith(".")


def _before_relative(words: list[str], lex: Language) -> list[str]:
    """The words before a relative word: a modal after it is the relative
    clause's ("a boundary through which matter can pass only inward")."""
    relative = lex.words("definitions", "relative_words")
    return next((words[:i] for i, w in enumerate(words) if w in relative), words)


def _cut_in_list(text: str, words: list[str], sentence: Sentence, first: int, last: int, lex: Language) -> bool:
    """A modifier before a comma ends the text ("a representation of the
    physical, chemical and biological processes"): where the head noun
    comes last, the phrase was cut inside a list of modifiers."""
    end = re.search(r"(\w+)\W*$", text)      # (a number ends no list of modifiers; it is no token)
    if lex.definitions["class_head_first"] or not end or not end.group(1).isalpha() \
            or not cannot_head(words[-1], lex):
        return False
    at = text_at(text, sentence, first, last)
    return at >= 0 and sentence.text[at + len(text):].startswith(",")


def _cut_at_bracket(text: str, sentence: Sentence, first: int, last: int, lex: Language) -> bool:
    """A bracket follows the text and the phrase goes on after it with a
    boundary word ("a mixture of carbon monoxide (CO) and hydrogen"): the
    text stopped at the bracket, halfway through the phrase. A bracket that
    holds the term is the term's own ("the lakefront docks (then known as
    wharves) were ..."): the text before it is the whole gloss."""
    at = text_at(text, sentence, first, last)
    if at < 0:
        return False
    after = re.match(r"\s*\([^()]*\)\s*(\w+)", sentence.text[at + len(text):])
    if not after or at + len(text) <= sentence.tokens[first].start < at + len(text) + after.end():
        return False
    return after.group(1).casefold() in lex.words("definitions", "boundary_words")


def _holds_clause_verb(words: list[str], lex: Language) -> bool:
    """A verb form after the first word that no participle cue follows."""
    participle = participle_cues(lex, definition=True)
    relative = lex.words("definitions", "relative_words")
    for i, word in enumerate(words[1:], start=1):
        if word in relative:
            return False      # "an organelle that houses ...": a relative clause may hold verbs
        following = words[i + 1] if i + 1 < len(words) else ""
        if (lex.looks_like_verb(word) or _verb_ending(word, lex)) and following not in participle:
            return True
    return False


def _real_group(text: str, lex: Language) -> bool:
    """"one of the {group}": the group is a noun phrase ("biomolecules"),
    not a clause cut before "such as" ("contains many biomolecules")."""
    before, _, after = lex.definitions.get("member_of", "{group}").partition("{group}")
    group = [t.key for t in tokenize(text[len(before):len(text) - len(after)], lex.code)]
    return bool(group) and not _opens_with_verb(group[0], lex) and \
        not any(lex.is_function(w) for w in group[1:])


def _real_gloss(text: str, words: list[str], term: list[str], lex: Language) -> bool:
    """A bracket that explains: not a common word, clause, reference or examples."""
    if ":" in text or any(w in lex.finite_verbs for w in words):
        return False
    common = lex.definitions.get("gloss_common_zipf", 9)
    if len(words) == 1 and text.islower() and lex.zipf(words[0]) >= common:
        return False
    joiners = lex.words("people", "list_joiners")
    content = [w for w in words if w not in joiners]
    if len(content) < len(words) and text.islower() and all(lex.zipf(w) >= common for w in content):
        return False          # "copper ores (blue and green)": common words listed, a remark
    if sum(lex.zipf(w) == 0 for w in words) * 2 >= len(words):
        return False          # "(omnis cellula ex cellula)", "(studiefonds)": the original, not an explanation
    heads = {_stem(w) for w in term if not lex.is_function(w)}
    return not any(_stem(w) in heads for w in words)


def _stem(word: str) -> str:
    """A rough stem for comparing a gloss's words with the term's ("lamins" ~ "lamin")."""
    return word[:-1] if word.endswith("s") and len(word) > 3 else word
