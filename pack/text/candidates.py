"""Text analysis: candidate names and terms, and where they occur.

Inputs: the article's `Sentence`s (from `tokens`) and the `Language`.
Outputs: a `TextIndex` (sentences with normalised word keys, their name
runs, and each run found by its first or last token) and a list of
`Candidate`s, each with every `Occurrence` in reading order. Candidates are

- name runs: capitalised words in a row ("Partai Buruh Demokrat Sosial
  Rusia", "Vladimir Lenin"), with small connectors ("von") inside;
- acronyms ("NKVD", "PBDSR");
- lowercase words rare in general usage ("kulak", "cryolite"), and the
  same noun in the other number ("annexation" beside a rare "annexations");
- lowercase compounds joined by hyphens that recur as nouns ("half-cell",
  "right-of-way"), whose words general usage knows but not the whole;
- short quoted phrases and two-word lowercase phrases that recur
  ("kosmopolitanisme tak berakar", "aluminium bronze");
- lowercase words that a bracketed acronym abbreviates ("census
  metropolitan area (CMA)", `phrases.spelled_out_before`);
- recurring noun phrases of ordinary words (`nounphrases`: "cell wall",
  "Turing machine");
- noun phrases of ordinary words, used once or more, that open a
  sentence to be defined ("Global dimming, a gradual reduction in ...");
- section titles of two or three words that the text uses as a noun
  phrase, with a word uncommon in general usage or in the article
  ("Köchel catalogue", "Electric charge"), however seldom it repeats them.

`refine` then joins a term head to the lowercase words after it
("Société électrométallurgique française") and drops a common word put
before a frequent term ("pure alumina"). Nothing here decides whether a
candidate is a person, a place or a term:
`kinds` does that, and the glossary and who's-who rank what is left.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from pack.text.definitions import definitions_at, shown
from pack.text.definitions.patterns import APPOSITION_GAPS
from pack.text.language import Language
from pack.text.phrases import bare_gap, cue_after, spelled_out_before
from pack.text.nounphrases import LENGTHS as PHRASE_LENGTHS, cannot_head, compound_parts, is_modifier, is_noun_phrase, \
    is_word, keyness, mostly_beside_noun, noun_phrases
from pack.text.refine import headed_phrases, modifier_phrases
from pack.text.cases import CaseStats, normal_key
from pack.text.runs import name_runs
from pack.text.sentences import abbreviations
from pack.text.tokens import Sentence, without_possessive
from pack.text.wordclass import adverb_only, classes, never_noun

# A phrase in double quotes, or in single quotes not opened inside a word.
# (Written from the opening mark, each branch checked behind it: a pattern
# that opens with a look-behind is tried at every place of the sentence.)
QUOTED = re.compile(r"[\"“”'‘](?:(?<=[\"“”])([^\"“”]{2,80})[\"“”]|(?<=['‘])(?<!\w['‘])([^'‘’]{2,60})['’](?!\w))")


@dataclass(frozen=True)
class Occurrence:
    """One place a candidate stands in the text: a sentence and its token span."""

    sentence: int          # index into TextIndex.sentences
    first: int             # first token
    last: int              # last token (inclusive)
    standalone: bool       # not part of a longer name


@dataclass
class Candidate:
    """A term or name the text offers: its key, shape, written forms and every place it stands."""

    key: tuple[str, ...]           # normalised word keys
    shape: str                     # "name" | "acronym" | "word" | "phrase"
    forms: Counter = field(default_factory=Counter)
    occurrences: list[Occurrence] = field(default_factory=list)
    quoted: int = 0

    @property
    def display(self) -> str:
        """The most frequent written form (ties: the first in sort order)."""
        best = max(self.forms.values())
        return min([f for f, n in self.forms.items() if n == best])

    @property
    def count(self) -> int:
        return len(self.occurrences)

    @property
    def standalone(self) -> int:
        return len([o for o in self.occurrences if o.standalone])


class TextIndex:
    """Sentences with normalised keys, and a lookup from word key to places."""

    def __init__(self, sentences: list[Sentence], lex: Language):
        self.sentences = sentences
        self.lex = lex
        self.abbreviations = abbreviations(lex.code)
        # One key per distinct word: an article repeats a few thousand words.
        known: dict[str, str] = {}
        self.keys = [[known[t.text] if t.text in known else known.setdefault(t.text, normal_key(t.text, lex))
                      for t in s.tokens] for s in sentences]
        self._fold_inflected_names()
        self.where: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for number, keys in enumerate(self.keys):
            for position, key in enumerate(keys):
                self.where[key].append((number, position))
        # Word keys seen capitalised somewhere other than a sentence start
        # (a capital at the start of a sentence proves nothing on its own),
        # and seen in lower case.
        self.cases = CaseStats(sentences, self.keys, lex)
        self.capitalised = self.cases.capitalised
        self.lowercase = self.cases.lowercase
        self.runs = [name_runs(s, self.keys[n], self) for n, s in enumerate(sentences)]
        self._run_edges: dict[int, tuple[dict[int, int], dict[int, int]]] = {}
        self.rare: dict[str, str] = {}         # a lowercase word's candidate shape ("" if not rare: `_rare_shape`)
        self.words = sum(len(keys) for keys in self.keys)

    def _fold_inflected_names(self) -> None:
        """"Bolsheviknya", "Kremlinnya" -> "bolshevik", "kremlin" when the
        bare name also occurs: a suffix is grammar, not part of the name."""
        suffixes = self.lex.candidates.get("inflection_suffixes", [])
        if not suffixes:
            return
        names = {k for keys, s in zip(self.keys, self.sentences) for k, t in zip(keys, s.tokens) if t.cap}
        for keys, sentence in zip(self.keys, self.sentences):
            for i, token in enumerate(sentence.tokens):
                if not token.cap:
                    continue
                for suffix in suffixes:
                    if keys[i].endswith(suffix) and (stem := keys[i][:-len(suffix)].rstrip("-")) in names:
                        keys[i] = stem
                        break

    def run_ending_at(self, number: int, last: int) -> int | None:
        """The first token of the name run of sentence `number` that ends at token `last`, if one does."""
        return self._edges(number)[0].get(last)

    def run_starting_at(self, number: int, first: int) -> int | None:
        """The last token of the name run of sentence `number` that starts at token `first`, if one does."""
        return self._edges(number)[1].get(first)

    def _edges(self, number: int) -> tuple[dict[int, int], dict[int, int]]:
        """The name runs of a sentence by last and by first token, made on
        first use (a sentence's runs never overlap, so each edge is one run's)."""
        edges = self._run_edges.get(number)
        if edges is None:
            runs = self.runs[number]
            edges = self._run_edges[number] = ({l: f for f, l in runs}, {f: l for f, l in runs})
        return edges

    def mostly_capitalised(self, key: str) -> bool:
        return self.cases.mostly_capitalised(key)

    def find(self, key: tuple[str, ...]) -> list[tuple[int, int]]:
        """(sentence, first token) of every place the key sequence occurs."""
        if len(key) == 1:
            return list(self.where.get(key[0], ()))     # every place of its word (most keys are one word)
        hits = []
        for number, position in self.where.get(key[0], []):
            if tuple(self.keys[number][position:position + len(key)]) == key:
                hits.append((number, position))
        return hits


# ------------------------------------------------------------ candidates


def collect(index: TextIndex, subject_words: frozenset[str],
            headings: frozenset[tuple[str, ...]] = frozenset()) -> list[Candidate]:
    """Every candidate with its occurrences, in a stable order (`headings`:
    the key tuples of the section titles, for `noun_phrases`)."""
    found: dict[tuple[str, ...], Candidate] = {}

    def add(key: tuple[str, ...], shape: str) -> None:
        if key not in found:
            found[key] = Candidate(key, shape)

    lex = index.lex
    tails = lex.words("candidates", "name_tails")
    if not lex.candidates.get("phrase_head_first"):
        tails |= lex.words("candidates", "concept_name_heads")     # "Church–Turing thesis"
    rare = []              # per sentence, per token: a rare lowercase word's shape, or "" (`_rare_word`)
    for number, sentence in enumerate(index.sentences):
        keys = index.keys[number]
        rare.append([_rare_word(t.text, key, lex, index) for t, key in zip(sentence.tokens, keys)])
        for first, last in index.runs[number]:
            if first == last and sentence.tokens[first].acronym:
                if not _formula(sentence, first):
                    add((keys[first],), "acronym")
            elif first < last or len(keys[first]) > 1:
                add(tuple(keys[first:last + 1]), "name")
            tail = last + 1
            if tail < len(keys) and keys[tail] in tails and sentence.gap(last, tail) == " ":
                add(tuple(keys[first:tail + 1]), "name")       # "Bayer process"
        for position, token in enumerate(sentence.tokens):
            if token.acronym and _formula(sentence, position):
                continue                                        # "CO2", "CH4": a chemical formula
            if token.acronym:
                add((keys[position],), "acronym")
                spelled = spelled_out_before(sentence, keys, position, lex)
                if spelled:
                    add(tuple(keys[spelled[0]:spelled[1] + 1]), "phrase")   # "census metropolitan area (CMA)"
            elif rare[number][position]:
                add(_with_particle(sentence, keys, position, lex), rare[number][position])
        for phrase in _quoted_phrases(sentence, keys, lex):
            add(phrase, "phrase")
    for key in [k for k, c in found.items() if c.shape == "word" and len(k) == 1]:
        for other in _other_numbers(key[0], index):
            add((other,), "word")
    for phrase in _collocations(index, subject_words):
        add(phrase, "phrase")
    for pair in _rare_pairs(index, rare):
        add(pair, "phrase")
    for phrase in noun_phrases(index, subject_words, headings):
        if phrase in found and found[phrase].shape == "name" and _mostly_lowercase(phrase, index):
            # A term written capitalised now and then ("Demokrasi Terpimpin"
            # once, "demokrasi terpimpin" six times): every use of it counts.
            found[phrase].shape = "phrase"
        add(phrase, "phrase")
    for phrase in _defined_phrases(index):
        add(phrase, "phrase")
    for title in _titled_phrases(index, subject_words, headings):
        add(title, "phrase")
    for candidate in found.values():
        _locate(candidate, index)
    for key in headed_phrases(list(found.values()), index):
        add(key, "name")
        _locate(found[key], index)
    dropped = modifier_phrases(list(found.values()), index)
    located = [c for c in sorted(found.values(), key=lambda c: c.key) if c.occurrences and c.key not in dropped]
    return _drop_subsumed(located)


# What the article says a phrase is, when it opens a sentence to say so
# ("X, a Y, ...", "X (Y) ...", "X, i.e. Y"): other patterns, and these in
# mid-sentence, too often take the words next to the phrase for its
# definition ("... for clinker production, a chemical process" is said of
# the calcination before it).
TEACHING_PATTERNS = {"gloss", "that-is", "apposition"}


def _defined_phrases(index: TextIndex):
    """Noun phrases of ordinary words that open a sentence to be defined
    ("Global dimming, a gradual reduction in the amount of ... irradiance
    ..., was observed"; a definition the glossary may print): the article
    stops to teach them, however common their words (`noun_phrases` wants
    a rare one) and however seldom it uses them. A sentence's opening
    phrase (after a determiner at most) is tried, the longest first, and
    only where an apposition follows it (the definition patterns are too
    slow to ask of every phrase)."""
    lex = index.lex
    determiners = lex.phrases("definitions", "determiners")
    for number, keys in enumerate(index.keys):
        first = cue_after(keys, 0, determiners)
        for last in sorted((first + n - 1 for n in PHRASE_LENGTHS), reverse=True):
            if last + 1 >= len(keys) or bare_gap(index.sentences[number], last, last + 1) not in APPOSITION_GAPS \
                    or not is_noun_phrase(index, number, first, last):
                continue
            found = definitions_at(index.sentences[number], keys, first, last, number, lex)
            if any(f.pattern in TEACHING_PATTERNS and f.printed and shown(f.text, f.pattern, lex) for f in found):
                yield tuple(keys[first:last + 1])
                break


def _titled_phrases(index: TextIndex, subject_words: frozenset[str], headings: frozenset[tuple[str, ...]]):
    """Section titles of two or three words that the text uses as a noun
    phrase, with a word uncommon in general usage or in the article's
    subject ("Electric charge", "Geothermal heating", "Köchel catalogue"):
    a section is written to teach them, however seldom the text repeats
    them (`noun_phrases` wants them twice and cohesive). Not a title of
    everyday words ("Early life", "Real estate", "Child labour"): what
    words count as uncommon is `noun_phrases`' reading (`phrase_zipf`,
    `phrase_keyness`). The glossary ranks what this offers."""
    lex = index.lex
    limit = lex.candidates.get("phrase_zipf", 0.0)
    for title in sorted(h for h in headings if h and len(h) in PHRASE_LENGTHS):
        if any(is_noun_phrase(index, number, first, first + len(title) - 1) for number, first in index.find(title)) \
                and any(_uncommon(word, limit, subject_words, index) for word in title):
            yield title


def _uncommon(word: str, limit: float, subject_words: frozenset[str], index: TextIndex) -> bool:
    """Rarer than `limit` in general usage, a word of the subject, or one the
    article uses far more often than general usage does (`phrase_keyness`)."""
    zipf = index.lex.zipf(word)
    return zipf < limit or word in subject_words or \
        keyness(zipf, len(index.where.get(word, [])), index.words) >= index.lex.candidates.get("phrase_keyness", math.inf)


def _mostly_lowercase(key: tuple[str, ...], index: TextIndex) -> bool:
    """The article writes the phrase with a lowercase first word at least as
    often as capitalised ("demokrasi terpimpin"; not "Enclosure movement",
    "Industrial Revolution")."""
    uses = index.find(key)
    lower = sum(not index.sentences[number].tokens[position].cap for number, position in uses)
    return 2 * lower >= len(uses)


def _other_numbers(word: str, index: TextIndex) -> list[str]:
    """The same noun in the other number, where the article writes it in
    lowercase: a rare plural ("annexations") makes its singular
    ("annexation", commoner in general usage) a candidate too, and the
    other way round, so that the term's uses are counted together. Not
    when that form is as common as `concept_zipf` ("temperature" of
    "temperatures", "extreme" of "extremes"): an everyday word."""
    lex = index.lex
    common = lex.candidates.get("concept_zipf", 0.0)
    return [f for f in lex.other_numbers(word) if f in index.lowercase and not index.mostly_capitalised(f)
            and not lex.is_function(f) and not lex.looks_like_verb(f) and not cannot_head(f, lex)
            and lex.zipf(f) < common]


def _with_particle(sentence: Sentence, keys: list[str], position: int, lex: Language) -> tuple[str, ...]:
    """The rare word with a lowercase name particle before it ("de facto",
    "de jure"): a foreign phrase, whose second word alone means nothing."""
    before = position - 1
    if before >= 0 and keys[before] in lex.connectors and not lex.is_function(keys[before]) \
            and not sentence.tokens[before].cap and sentence.gap(before, position) == " ":
        return (keys[before], keys[position])
    return (keys[position],)


def _formula(sentence: Sentence, position: int) -> bool:
    """Capitals with a digit right after them ("CO2", "CH4"): a chemical
    formula, whose letters alone are no acronym."""
    after = sentence.gap(position, position + 1) if position + 1 < len(sentence.tokens) \
        else sentence.text[sentence.tokens[position].end:]
    return after[:1].isdigit()


def _rare_pairs(index: TextIndex, rare_words: list[list[bool]]):
    """Two rare words side by side are one term ("parvenu intelligentsia");
    `rare_words`: per sentence, per token, a rare word (`collect` tested
    every token once)."""
    for number, sentence in enumerate(index.sentences):
        keys, rare = index.keys[number], rare_words[number]
        for i in range(len(keys) - 1):
            if rare[i] and rare[i + 1] and sentence.gap(i, i + 1) == " ":
                yield (keys[i], keys[i + 1])


def _inside_run(runs: list[tuple[int, int]], first: int, last: int) -> bool:
    """Tokens first..last lie inside a longer name run of their sentence."""
    for f, l in runs:       # (a loop, not a generator: asked of every use of every candidate)
        if f <= first and last <= l and (f, l) != (first, last):
            return True
    return False


def _drop_subsumed(candidates: list[Candidate]) -> list[Candidate]:
    """Drop a candidate every occurrence of which lies inside a longer one
    ("Satu Negara" inside "Sosialisme dalam Satu Negara")."""
    spans: dict[int, list[tuple[int, int, tuple]]] = defaultdict(list)
    for c in candidates:
        for o in c.occurrences:
            spans[o.sentence].append((o.first, o.last, c.key))

    def covered(c: Candidate, o: Occurrence) -> bool:
        for f, l, key in spans[o.sentence]:      # (a loop: asked of every use of every candidate)
            if key != c.key and f <= o.first and o.last <= l and (l - f) > (o.last - o.first):
                return True
        return False

    return [c for c in candidates if c.shape == "acronym" or not all(covered(c, o) for o in c.occurrences)]


def _rare_word(text: str, key: str, lex: Language, index: TextIndex) -> str:
    """A lowercase word's candidate shape if it is rare in general usage, else ""
    (`_rare_shape`, memoised per index)."""
    if text[:1].isupper():
        return ""
    if key not in index.rare:
        index.rare[key] = _rare_shape(key, lex, index)
    return index.rare[key]


def _rare_shape(key: str, lex: Language, index: TextIndex) -> str:
    """The shape a lowercase word is a candidate as: "word" when it is rare in
    general usage or key to the article, "phrase" when it counts only as a
    compound (`_compound`), "" when it is no candidate."""
    if len(key) < 4 or not is_word(key):
        return ""
    if lex.is_function(key) or lex.looks_like_verb(key) or index.mostly_capitalised(key) or key in lex.not_terms:
        return ""
    if cannot_head(key, lex) or is_modifier(key, index):
        return ""               # "eukaryotic", "municipal", "warmest": they describe terms
    if key.startswith(lex.affixes("skip_prefixes")):
        return ""
    if lex.is_inflected(key) or (lex.is_derived(key) and not _frequent_noun(key, lex, index)):
        return ""               # "gengnya", "pengecaman": forms of ordinary words
    if _common_stem(key, lex):
        return ""               # "discoverer", "cookware": plain words put together
    zipf = lex.zipf(key)
    rare = lex.candidates["rare_zipf"]
    if zipf < rare:
        return "word"
    uses = len(index.where.get(key, []))
    # Less rare words count when the article keeps using them ("alloy"), or
    # uses them far more often than general usage does ("oxide", "algorithm").
    if (zipf < lex.candidates.get("key_zipf", rare) and uses >= lex.candidates.get("key_count", 1)) \
            or _concept(zipf, uses, lex, index):
        return "word"
    # General usage knows a compound's words, not the whole: it is ranked as
    # the words it joins, as a phrase is, not as a familiar word.
    return "phrase" if _compound(key, uses, lex, index) else ""


def _compound(key: str, uses: int, lex: Language, index: TextIndex) -> bool:
    """A compound of words joined by hyphens or en dashes that the article
    keeps using as a noun ("half-cell", "cut-and-cover", "niobium–titanium").
    General usage counts its parts, not the whole (the frequency list splits
    at the hyphen: "half-life" reads as common as "half"), so its rarity
    says nothing. It counts when used at least `compound_count` times,
    mostly not right before the noun it describes ("large-scale
    production", "long-term changes"), and when it is no reduplication
    ("berturut-turut", "rempah-rempah": one word repeated)."""
    parts = compound_parts(key)
    if uses < lex.candidates["compound_count"] or len(parts) < 2 or not all(parts):
        return False
    if lex.is_function(parts[0]) or lex.is_function(parts[-1]) or cannot_head(parts[-1], lex):
        return False          # "so-called", "water-based"
    return not _reduplication(parts) and not mostly_beside_noun(key, index)


def _reduplication(parts: list[str]) -> bool:
    """One word repeated, whole or with an affix ("rempah-rempah",
    "berturut-turut", "tumbuh-tumbuhan")."""
    first, last = parts[0], parts[-1]
    return first in last or last in first


def _concept(zipf: float, uses: int, lex: Language, index: TextIndex) -> bool:
    """A word used many times more often than in general usage (its keyness)."""
    settings = lex.candidates
    if zipf >= settings.get("concept_zipf", 0.0) or uses < settings.get("concept_count", 2):
        return False
    return keyness(zipf, uses, index.words) >= settings.get("concept_keyness", math.inf)


def _frequent_noun(key: str, lex: Language, index: TextIndex) -> bool:
    """A verb-shaped noun the article keeps using ("recycling")."""
    endings = lex.candidates.get("noun_endings", [])
    return any(key.endswith(e) for e in endings) and \
        len(index.where.get(key, [])) >= lex.candidates["key_count"]


def _common_stem(key: str, lex: Language) -> bool:
    """A common word plus a word-forming ending ("discover" + "er"), of a
    word class the ending is put on where the lexicon knows the stem
    (`common_stem_classes`: "-ment" makes nouns of verbs, "payment"; not
    "pigment", whose "pig" is only a noun)."""
    floor = lex.candidates["common_stem_zipf"]
    needed = lex.candidates.get("common_stem_classes", {})
    return any(key.endswith(e) and len(key) - len(e) >= 3 and lex.zipf(key[:-len(e)]) >= floor
               and _takes_ending(key[:-len(e)], needed.get(e), lex)
               for e in lex.candidates.get("common_stem_endings", []))


def _takes_ending(stem: str, needed: str | None, lex: Language) -> bool:
    """The stem is of the word class `needed`, or the lexicon does not know it."""
    found = classes(stem, lex.code)
    return needed is None or not found or needed in found


def _quoted_phrases(sentence: Sentence, keys: list[str], lex: Language):
    """Short quoted phrases ("kosmopolitanisme tak berakar") as key tuples."""
    for match in QUOTED.finditer(sentence.text):
        start = match.start(1) if match.group(1) else match.start(2)
        end = match.end(1) if match.group(1) else match.end(2)
        inside = [i for i, t in enumerate(sentence.tokens) if t.start >= start and t.end <= end]
        if not 2 <= len(inside) <= 5 or re.search(r"[.!?;:,]", sentence.text[start:end]):
            continue
        phrase = tuple(keys[i] for i in inside)
        if phrase[0] in lex.function_words or phrase[-1] in lex.function_words:
            continue
        if _clause(phrase, [sentence.tokens[i] for i in inside], lex):
            continue
        yield phrase


def _clause(phrase: tuple[str, ...], tokens, lex: Language) -> bool:
    """A quoted piece of a sentence, not a term: a lowercase last word the
    lexicon knows never as a noun, or an adverb in it ("explicitly
    contradicts", "vehemently suspect of heresy"; `wordclass`)."""
    if not tokens[-1].cap and never_noun(phrase[-1], lex.code):
        return True
    return any(not t.cap and adverb_only(word, lex.code) for word, t in zip(phrase, tokens))


def _collocations(index: TextIndex, subject_words: frozenset[str]):
    """Lowercase word pairs that recur and hold a rare word ("kultus individu")."""
    lex = index.lex
    limit = lex.candidates["collocation_zipf"]
    pairs: Counter = Counter()
    usable: dict[str, bool] = {}     # per word: the same words make many pairs
    for number, sentence in enumerate(index.sentences):
        keys = index.keys[number]
        tokens = sentence.tokens
        for i in range(len(tokens) - 1):
            a, b = keys[i], keys[i + 1]
            if tokens[i].cap or tokens[i + 1].cap or sentence.gap(i, i + 1) != " ":
                continue
            if not (_collocation_word(a, lex, usable) and _collocation_word(b, lex, usable)):
                continue
            pairs[(a, b)] += 1
    with_subject = lex.candidates.get("subject_collocation_zipf", limit)
    generic = lex.words("candidates", "generic_nouns")
    for (a, b), count in sorted(pairs.items()):
        head = a if lex.candidates.get("phrase_head_first") else b
        if cannot_head(head, lex) or head in generic:
            continue          # "complex multicellular": no noun to name a concept
        rare = min(lex.zipf(a), lex.zipf(b)) < limit or \
            (a in subject_words and lex.zipf(b) < with_subject) or \
            (b in subject_words and lex.zipf(a) < with_subject)
        if count >= 2 and rare:
            yield (a, b)


def _collocation_word(word: str, lex: Language, usable: dict[str, bool]) -> bool:
    """A word that may stand in a collocation: a plain content word (memoised in `usable`)."""
    if word not in usable:
        usable[word] = not (lex.is_function(word) or lex.looks_like_verb(word) or len(word) < 3
                            or lex.is_inflected(word) or lex.is_derived(word)
                            or not is_word(word))
    return usable[word]


def _locate(candidate: Candidate, index: TextIndex) -> None:
    """Fill in every occurrence of the candidate, checking case by shape."""
    for number, position in index.find(candidate.key):
        sentence = index.sentences[number]
        last = position + len(candidate.key) - 1
        tokens = sentence.tokens[position:last + 1]
        if candidate.shape == "acronym" and not tokens[0].acronym:
            continue
        if candidate.shape == "name" and not (tokens[0].cap and (tokens[-1].cap or len(tokens) > 1)):
            continue
        runs = index.runs[number]
        inside = _inside_run(runs, position, last)
        candidate.occurrences.append(Occurrence(number, position, last, not inside))
        form = sentence.span_text(position, last)
        candidate.forms[without_possessive(form, index.lex.possessive_endings)] += 1
        if _is_quoted(sentence, position, last):
            candidate.quoted += 1


def _is_quoted(sentence: Sentence, first: int, last: int) -> bool:
    before = sentence.text[:sentence.tokens[first].start]
    after = sentence.text[sentence.tokens[last].end:]
    return bool(before) and before[-1] in "\"“'‘" and bool(after) and after[0] in "\"”'’"
