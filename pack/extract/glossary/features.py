"""Extract stage, glossary: what a term is like, as numbers.

Inputs: one glossary group (the candidates that spell one term), its
weighted count, occurrences and definition quality, and the article's
`Analysis`. Outputs: how rare, familiar and abstract a term is (`rarity`,
`familiar`, `abstract`, `institution`), which the glossary's score in
`entries` multiplies, and `group_features`: a dict of the `FEATURES`,
every one a number that means the same in every language (counts,
shares, general-usage frequency from wordfreq, yes/no as 1/0), from
which `quality/train_glossary.py` learns a ranker on the tuning
articles' gold and compares it with that score (split-half); and
`usage_features`, how the text writes a term (`USAGE`). The glossary is
ranked by the score in `entries` (the ranker learned on the gold has not
beaten it: quality/verdicts/tuning-glossary-learned-r12.md); `keep`
reorders its first entries by boosted trees over both sets of numbers,
learned from teachers' keep/drop verdicts and the seen gold's must-have
terms (quality/verdicts/glossary-model-r26.md).
"""

from __future__ import annotations

import math

from pack.text.candidates import Candidate
from pack.text.cases import normal_key
from pack.text.kinds import headed_by, names_concept
from pack.text.language import concept_ending
from pack.text.nounphrases import keyness
from pack.text.tokens import tokenize
from pack.text.wordclass import noun_lemma
from pack.lang.schema import tunables_of

# Thresholds, each declared with why in pack/lang/schema.toml [tunables].
(KEYNESS_FLOOR, KEYNESS_SPAN, RARITY_FLOOR, LEAD_SENTENCES) = tunables_of(__name__)

# In this order in the model file. A yes/no feature is 1.0 or 0.0.
FEATURES = (
    "uses",             # log(1 + log(1 + uses)), a use inside a longer name counting a quarter
    "spread",           # log(0.5 + share of the article's chapters that use the term)
    "rarity",           # log `rarity` of a lowercase term (general usage and keyness); 0 for a name
    "familiar",         # log `familiar` of a single lowercase word everyone knows ("harbour")
    "name",             # shape: a capitalised name ("Kyoto Protocol") ...
    "acronym",          # ... an acronym ("NKVD") ...
    "phrase",           # ... a phrase of lowercase words ("cell wall"); else one lowercase word
    "one_word_name",    # a name of one word ("Downsview"): mostly a place or a person
    "subject_name",     # a name holding a word of the article's subject ("University of Toronto")
    "lead",             # used in the article's opening sentences
    "heading",          # in a chapter or section title
    "defined",          # the quality of the best definition pattern that explains it (0: none)
    "concept",          # names a process, state or doctrine (`abstract`)
    "one_off",          # used once
    "institution",      # a name or acronym of an institution ("NBA", "Toronto Public Library")
)


# How the text writes a term, for the keep model (`keep`): the general-usage
# frequency (zipf) of its rarest and commonest content word; the share of its
# uses written with a capital off a sentence start; the share standing next to
# another capitalised word (inside a longer name); the share of its head word's
# uses, in the whole text, in lower case; its number of words.
USAGE = ("zipf_min", "zipf_max", "cap_share", "run_share", "lower_head", "words")


def usage_features(term: str, analysis) -> dict[str, float]:
    """The `USAGE` numbers of `term` in the analysed text."""
    lex, index = analysis.lex, analysis.index
    # The index's own keys (reduplication and inflected names folded:
    # "kulak-kulak", "Bolsheviknya"), so every use the index knows is counted.
    keys = [normal_key(t.text, lex) for t in tokenize(term, lex.code)] or [term.casefold()]
    content = [k for k in keys if not lex.is_function(k)] or keys
    zipfs = [lex.zipf(k) for k in content]
    uses = capital = in_run = 0
    for number, position in index.find(tuple(keys)):
        used = index.sentences[number].tokens
        uses += 1
        capital += int(position > 0 and used[position].cap)
        before = position > 1 and used[position - 1].cap
        after = position + len(keys) < len(used) and used[position + len(keys)].cap
        in_run += int(bool(before or after))
    head = content[0] if lex.candidates.get("phrase_head_first") else content[-1]
    head_uses = [index.sentences[n].tokens[p] for n, p in index.where.get(head, [])]
    return {
        "zipf_min": min(zipfs), "zipf_max": max(zipfs),
        "cap_share": capital / uses if uses else 0.0,
        "run_share": in_run / uses if uses else 0.0,
        "lower_head": sum(not t.cap for t in head_uses) / len(head_uses) if head_uses else 0.0,
        "words": float(len(keys)),
    }


def forms_zipf(term: str, lex) -> float:
    """The general-usage frequency (zipf) of the commonest form of a one-word
    term: the word, its other number, the noun it is a form of ("toilets" ->
    "toilet", "weddings" -> "wedding"): readers know a plural by its singular.
    0.0 for a term of several words."""
    if " " in term:
        return 0.0
    word = term.casefold()
    forms = [word, *lex.other_numbers(word)]
    lemma = noun_lemma(word, lex.code)          # the word-class table: "nuclei" -> "nucleus"
    return max(lex.zipf(f) for f in forms + ([lemma] if lemma else []))


def group_features(members: list[Candidate], count: float, occurrences, quality: float,
                   analysis, headings) -> dict[str, float]:
    """The `FEATURES` of one glossary group (see the module docstring)."""
    index, lex = analysis.index, analysis.lex
    shapes = {m.shape for m in members}
    shape = next((s for s in ("acronym", "name", "phrase") if s in shapes), "word")
    chapters = {index.sentences[o.sentence].chapter for o in occurrences}
    total = max(1, 1 + index.sentences[-1].chapter)        # sentences are in reading order
    lower = [m for m in members if m.shape in ("word", "phrase")]
    names = [m for m in members if m.shape == "name"]
    return {
        "uses": math.log(1 + math.log(1 + count)),
        "spread": math.log(0.5 + len(chapters) / total),
        "rarity": max((math.log(rarity(m, analysis)[0]) for m in lower), default=0.0),
        "familiar": max((math.log(familiar(m, rarity(m, analysis)[1], lex)) for m in lower), default=0.0),
        "name": float(shape == "name"),
        "acronym": float(shape == "acronym"),
        "phrase": float(shape == "phrase"),
        "one_word_name": float(any(len(m.key) == 1 for m in names)),
        "subject_name": float(any(analysis.subject_words & set(m.key) for m in names)),
        "lead": float(occurrences[0].sentence < LEAD_SENTENCES),
        "heading": float(any(m.key in headings for m in members)),
        "defined": max(0.0, quality),
        "concept": float(any(abstract(m, lex) for m in members)),
        "one_off": float(len(occurrences) < 2),
        "institution": float(any(institution(m.key, lex) for m in members if m.shape != "acronym")),
    }


def rarity(m: Candidate, analysis) -> tuple[float, float]:
    """How much a lowercase word or phrase needs explaining by how rare it
    is in general usage (wordfreq), or how much more the article uses it
    than general usage does (its keyness): from `RARITY_FLOOR` to 1.0;
    and the general-usage frequency (zipf) of its rarest word."""
    lex = analysis.lex
    words = [w for w in m.key if not lex.is_function(w)]
    zipf = min(lex.zipf(w) if w not in analysis.subject_words else 2.5 for w in words)
    by_zipf = (6.0 - zipf) / 4.0
    # A word the article uses far more than general usage does is central
    # to it, however common ("membrane", "municipality").
    by_use = (keyness(zipf, m.count, analysis.index.words) - KEYNESS_FLOOR) / KEYNESS_SPAN
    if m.shape == "phrase":
        # A phrase built on a word the article is about names one of its
        # concepts ("carbon cycle", "climate model" in an article on climate).
        index = analysis.index
        central = max((keyness(lex.zipf(w), len(index.where.get(w, [])), index.words)
                       for w in words if w not in analysis.subject_words), default=0.0)
        by_use = max(by_use, (central - KEYNESS_FLOOR) / KEYNESS_SPAN)
    return max(RARITY_FLOOR, min(1.0, max(by_zipf, by_use))), zipf


def familiar(m: Candidate, zipf: float, lex) -> float:
    """Less for a single word everyone knows ("harbour", "decades"): the
    article may use it a lot, but it needs no explaining. A word the article
    keeps using (`key_count` times) is as familiar as its commoner number:
    general usage writes "concentration" far more than "concentrations"."""
    settings = lex.candidates
    if m.shape == "word" and m.count >= settings["key_count"]:
        zipf = max([zipf, *(lex.zipf(f) for f in lex.other_numbers(m.key[0]))])
    if m.shape != "word" or zipf <= settings["familiar_zipf"]:
        return 1.0
    return max(settings["familiar_floor"], 1.0 - settings["familiar_step"] * (zipf - settings["familiar_zipf"]))


def abstract(m: Candidate, lex) -> bool:
    """A lowercase word or phrase whose head has an ending of abstract nouns
    ("annexation", "photosynthesis", "kolektivisasi", "imperialisme"): the
    concepts a 15-year-old needs explained, unlike "harbour" or "highways"."""
    if m.shape == "name":
        return names_concept(m.key, lex)      # "Kyoto Protocol", "Rencana Lima Tahun"
    if m.shape not in ("word", "phrase"):
        return False
    return concept_ending(m.key[0] if lex.candidates.get("phrase_head_first") else m.key[-1], lex)


def institution(words: tuple[str, ...], lex) -> bool:
    """"National Basketball Association", "University of Glasgow",
    "Toronto District School Board": the name of an institution (its head
    noun is one of `institution_words`; `kinds.headed_by`), which the reader
    rarely needs explained. The one test of it, for the features, the
    score and an acronym's long form."""
    return headed_by(words, lex.words("candidates", "institution_words"), lex)
