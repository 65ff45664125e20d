"""Names in the article: who is a person, what is a place, who "ia" is.

Stage: extract (shared helper). Inputs: the article's sentences, the
language data, the text layer's `CaseStats` (`pack.text.cases`) and
(optionally) the people list from the who's-who extractor. Outputs: a `NameIndex` that counts capitalised names
per chapter and paragraph, tells persons from places and things, and finds
the subject of a sentence, so a question can replace a leading "Ia"/"He"
by the person it stands for, or be dropped.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache


from pack.text.frequency import zipf
from pack.text.personnames import known_as
from pack.text.places import LOCALES, iso_entries, kept_for
from pack.text.language import Language
from pack.extract.questions.sentences import QuestionSentence, strip_fronted
from pack.text.cases import CaseStats
from pack.model import Person
from pack.text.runs import name_runs as scan_runs
from pack.text.sentences import abbreviations
from pack.text.tokens import Sentence as TokenSentence, text_sentence


@lru_cache(maxsize=None)
def country_names(code: str) -> frozenset[str]:
    """Country names in a language (pycountry's ISO 3166 translations), kept
    between builds beside the language's files (`places.kept_for`)."""
    return kept_for(code, "countries", _country_names, ("3166-1",), ("iso3166-1",))


def _country_names(code: str) -> frozenset[str]:
    import gettext      # here: only when no kept copy fits
    try:
        names = gettext.translation("iso3166-1", LOCALES, languages=[code])
        tr = names.gettext
    except OSError:
        tr = str
    found = set()
    for country in iso_entries("3166-1"):
        for attr in ("name", "common_name", "official_name"):
            value = country.get(attr, "")
            if value:
                found.add(tr(value).split(",")[0].casefold())
    return frozenset(found)


def names_in(text: str, ql: Language, cases: CaseStats, piece: TokenSentence | None = None) -> list[tuple[str, int]]:
    """Capitalised names in a piece of text, with their offsets ("Nikolai Bukharin", 12).

    The one name scanner (`pack.text.runs`), over the piece's tokens; a
    word that opens the piece counts as a name only if the article writes
    it capitalised in mid-sentence too; a month or a lone letter is no name.
    `piece`: the text's tokens, when the caller has them already.
    """
    piece = piece or text_sentence(text, ql.code)
    tokens = piece.tokens
    found = []
    for first, last in scan_runs(piece, piece.keys, _NameWords(ql, cases)):
        while first <= last and tokens[first].key in ql.month_names:
            first += 1
        name = text[tokens[first].start:tokens[last].end] if first <= last else ""
        if len(name) > 1:          # not a lone initial ("U" of "U.S.")
            found.append((name, tokens[first].start))
    return found


class _NameWords:
    """What the scanner asks about words, answered from the questions' view of the article."""

    def __init__(self, ql: Language, cases: CaseStats):
        self.lex = ql
        self.capitalised = cases.name_words
        self.abbreviations = abbreviations(ql.code)


class NameIndex:
    """Counts and kinds of the names in an article."""

    def __init__(self, sentences: list[QuestionSentence], ql: Language, cases: CaseStats,
                 people: tuple[Person, ...] = (), tokenised: dict[str, TokenSentence] | None = None):
        self.ql = ql
        self.cases = cases
        self.per_paragraph: dict[str, Counter] = defaultdict(Counter)
        self.per_chapter: dict[str, Counter] = defaultdict(Counter)
        self.total: Counter = Counter()
        self.after_place_word: Counter = Counter()
        # After "in", "at", "near" only (not "to", "from": "a letter to Fust"): a place for sure.
        self.after_locative: Counter = Counter()
        self._locatives = ql.words_in("words", "locative_prepositions")
        self.after_title: Counter = Counter()
        self.after_nation_word: Counter = Counter()
        self.before_title: Counter = Counter()
        self.before_noun: Counter = Counter()
        for sentence in sentences:
            for name, start in names_in(sentence.text, ql, cases, (tokenised or {}).get(sentence.text)):
                self._count(name, start, sentence)
        # The countries, and the regions and short forms the language data lists ("US", "AS",
        # "Western Europe"): a place, whose "role" is no question.
        self.countries = country_names(ql.code) | ql.words("places", "extra")
        # Each name's short form, once: the counts are complete here, and the
        # generators ask for the forms of the same few hundred names thousands of times.
        self._shorts: dict[str, str] = {}
        self.set_people(people)

    def set_people(self, people: tuple[Person, ...]) -> None:
        """Know the who's-who's people (all the rest is counted from the text alone)."""
        self.people = {v for p in people for v in [p.name, *p.variants]}
        # Each form of a name -> the who's-who's people it may stand for, and their roles.
        self.people_by_form: dict[str, set[str]] = defaultdict(set)
        self.roles: dict[str, str] = {}
        # Each of the who's-who's people -> every form of their name.
        self.forms_of: dict[str, list[str]] = {}
        for person in people:
            self.forms_of[person.name] = [person.name, *person.variants]
            for form in self.forms_of[person.name]:
                self.people_by_form[form].add(person.name)
            if person.role_kind == "role":
                self.roles[person.name] = person.role
        # Made when first read: the extract driver builds the index before the
        # who's-who is known and sets the people again (`QuestionContext.with_people`).
        self._made_surnames: dict[str, str] | None = None

    @property
    def surnames(self) -> dict[str, str]:
        """`_surnames` for the people set last."""
        if self._made_surnames is None:
            self._made_surnames = self._surnames()
        return self._made_surnames

    def _count(self, name: str, start: int, sentence: QuestionSentence) -> None:
        self.total[name] += 1
        self.per_paragraph[sentence.ref.paragraph_id][name] += 1
        self.per_chapter[sentence.ref.chapter_id][name] += 1
        before = sentence.text[:start].rsplit(None, 1)[-1:]       # the word before, if any
        if before and before[-1].casefold() in self.ql.place_prepositions:
            self.after_place_word[name] += 1
            # ("in Gogol's stories" is no place: a possessive after the name.)
            if before[-1].casefold() in self._locatives \
                    and not sentence.text.startswith(self.ql.possessive_endings, start + len(name)):
                self.after_locative[name] += 1
        if before and before[-1].casefold().strip(",") in self.ql.person_titles:
            self.after_title[name] += 1
        after = sentence.text[start + len(name):].split(None, 1)[:1]
        if after and after[0].casefold().strip(",") in self.ql.person_titles:
            self.before_title[name] += 1     # "American engineer": an adjective
        if after and after[0][:1].islower() and not (self.ql.is_question_function(after[0]) or self.ql.is_verb(after[0])):
            self.before_noun[name] += 1      # "Canadian city": an adjective, in English at least
        if before and before[-1].casefold() in self.ql.words_in("words", "nation_markers"):
            self.after_nation_word[name] += 1

    def _surnames(self) -> dict[str, str]:
        """Short form -> full name, for full names that look like people: the
        part the text names alone ("Stalin", "Thơ"), a Western name's surname,
        none for a name the text never shortens ("Sitting Bull")."""
        found: dict[str, set] = defaultdict(set)
        for name in self.total:
            if len(name.split()) >= 2 and self._looks_like_person(name):
                short = self.short(name)
                # A first part alone is trusted for the who's-who's people only: a run of
                # capitals may join two names ("Stalin Oleg Khlevniuk", a book and its author).
                if short != name and (name.endswith(" " + short) or name in self.people) \
                        and not self._after_link(name, short):
                    found[short].add(name)
        # The most mentioned full name wins: "Vladimir Lenin" over "Wasiat Lenin".
        return {short: max(sorted(full), key=lambda f: self.total[f]) for short, full in found.items()}

    def _after_link(self, name: str, short: str) -> bool:
        """The short form is what follows an "of" (`name_links`): "Charles IV of Spain" is no
        Mr Spain, and every "Spain" of the text is no mention of him (fresh-12 readers: "the
        role of Charles IV" where only his portrait's title names him)."""
        words = name.split()
        links = self.ql.question_words.get("name_links", [])
        return len(words) > 2 and words[-1] == short and words[-2] in links

    def short(self, name: str) -> str:
        """How the text names a person for short (`pack.text.personnames.known_as`)."""
        if name not in self._shorts:
            self._shorts[name] = known_as(name, self.total, self.ql.code, often=self.total[name] >= 2)
        return self._shorts[name]

    # ------------------------------------------------------------ kinds

    def is_place(self, name: str) -> bool:
        if name.casefold() in self.countries:
            return True
        return self.after_place_word[name] * 2 >= max(self.total[name], 1) and self.total[name] > 0

    def is_nation(self, name: str) -> bool:
        """A country, a people or a nationality: "Jerman", "orang Georgia", "American engineer"."""
        if name.casefold() in self.countries or self.after_nation_word[name]:
            return True
        if " " in name:
            return False
        # One word before a title or (where adjectives precede nouns) mostly
        # before a noun is an adjective: "American engineer", "Canadian city".
        adjective = self.ql.question_words.get("adjectives_before_nouns") and self.before_noun[name] * 2 >= self.total[name] > 1
        return bool(self.before_title[name] or adjective)

    def is_thing(self, name: str) -> bool:
        words = [w.casefold() for w in name.split()]
        return any(w in self.ql.thing_heads or w in self.countries for w in words)

    def _looks_like_person(self, name: str) -> bool:
        if name in self.people:
            return True
        if self.is_nation(name):
            return False      # "orang Georgia", "kaum Bolshevik": a people, not a person
        if self.after_title[name] and not self.is_thing(name):
            return True
        parts = name.split()
        if len(parts) < 2 or self.is_place(name) or self.is_thing(name):
            return False
        if any(p.isupper() and len(p) > 1 for p in parts) or any(p.endswith(self.ql.possessive_endings) for p in parts):
            return False     # acronyms ("PBDSR", "NKVD") and possessives ("Champ Car's ...")
        if any(self.is_nation(p) for p in parts):
            return False     # "Marxis Rusia", "Yugoslavia Josip Broz Tito"
        # Every word of a personal name is a name word in this article, and
        # a given name is no common word of the language ("Old Toronto").
        if zipf(parts[0].casefold(), self.ql.code) >= 5.5:
            return False
        return all(self.cases.lower_uses(p) == 0 for p in parts if p[:1].isupper())

    def is_person(self, name: str) -> bool:
        if self._looks_like_person(name):
            return True
        return name in self.surnames and not self.is_place(name)

    def full_name(self, name: str) -> str:
        return self.surnames.get(name, name)

    def forms(self, name: str) -> list[str]:
        """How the text writes one name: full name first, then its short form."""
        full = self.full_name(name)
        short = self.short(full)
        found = [full]
        if short != full and self.surnames.get(short) == full:
            found.append(short)
        return found

    def mentions(self, name: str, counter: Counter) -> int:
        """Mentions of a name in any of its forms in a counter."""
        return sum(counter[form] for form in self.forms(name))


def mentioned(form: str, text: str) -> bool:
    """The name stands in the text as whole words ("Lenin" is not in "Leningrad"):
    no word character or hyphen right before or after it."""
    # Called tens of thousands of times per article, with hundreds of
    # different forms: plain substring search, no regular expression to build.
    if not form:
        return False
    at = text.find(form)
    while at >= 0:
        if _free(text, at - 1) and _free(text, at + len(form)):
            return True
        at = text.find(form, at + 1)
    return False


def mentions_any(forms, text: str) -> bool:
    """One of the forms stands in the text as whole words (`mentioned`)."""
    for form in forms:      # (a loop, not a generator: asked of every sentence for every name)
        if mentioned(form, text):
            return True
    return False


def _free(text: str, at: int) -> bool:
    """No word character (as regex \\w: alphanumeric or "_") nor hyphen at `at`."""
    if at < 0 or at >= len(text):
        return True
    char = text[at]
    return not (char.isalnum() or char in "_-")


def standalone(text: str, words: str, with_next: bool = False) -> list[tuple[int, int]]:
    r"""(start, end) of each use of `words` that stands as whole words (as in
    `mentioned`): what `(?<![\w-])words(?![\w-])` finds, without compiling a
    pattern for every term. `with_next`: as that pattern followed by `(.?)`,
    each use takes the character after it along (end is then after it)."""
    found, at = [], text.find(words) if words else -1
    while at >= 0:
        end = at + len(words)
        if _free(text, at - 1) and _free(text, end):
            if with_next and end < len(text) and text[end] != "\n":       # ("." takes no line break)
                end += 1
            found.append((at, end))
            at = text.find(words, end)
        else:
            at = text.find(words, at + 1)
    return found


def written_onto(text: str, words: str) -> list[str]:
    r"""The character written right after each use of `words` that has no word
    character or hyphen before it and no space after it: what
    `(?<![\w-])words(?=\S)(.)` finds (without a pattern compiled per term)."""
    found, at = [], text.find(words) if words else -1
    while at >= 0:
        end = at + len(words)
        if _free(text, at - 1) and end < len(text) and not text[end].isspace():
            found.append(text[end])
            at = text.find(words, end + 1)
        else:
            at = text.find(words, at + 1)
    return found


# Term searches without a pattern per term. The questions ask each of
# hundreds of terms what stands around its uses; compiling a regular
# expression for every term cost more than the searches. Each function
# gives exactly what its pattern's `finditer` gives over the whole text
# (tests/test_term_search.py compares them over generated texts); a term
# that opens with a space, or an empty one, is left to the pattern itself.

def runs_before(text: str, words: str) -> list[str]:
    r"""The run of non-spaces before each use of `words` that follows a space
    and has no word character or hyphen after it: group 1 of
    `(\S++)\s+words(?![\w-])` ("fossil" of "fossil fuels")."""
    if not words or words[0].isspace():
        return [m.group(1) for m in re.finditer(rf"(\S++)\s+{re.escape(words)}(?![\w-])", text)]
    found, start, at = [], 0, text.find(words)
    while at >= 0:
        gap = _back(text, at, start, True)
        run = _back(text, gap, start, False)
        end = at + len(words)
        if run < gap < at and _free(text, end):
            found.append(text[run:gap])
            start, at = end, text.find(words, end)
        else:
            at = text.find(words, at + 1)
    return found


def runs_around(text: str, words: str) -> list[tuple[str, str]]:
    r"""Groups 1 and 2 ("" for none) of each match of
    `(\S++\s+\S++\s+)?(?<![\w-])words(?![\w-])(\s+\S+)?`: the two runs of
    non-spaces before a use of `words` with their spaces, if there are two,
    and the spaces and run after it ("CN" in "... the CN Tower")."""
    if not words or words[0].isspace():
        pattern = rf"(\S++\s+\S++\s+)?(?<![\w-]){re.escape(words)}(?![\w-])(\s+\S+)?"
        return [(m.group(1) or "", m.group(2) or "") for m in re.finditer(pattern, text)]
    found, start = [], 0
    while True:
        match = _leftmost_around(text, words, start)
        if match is None:
            return found
        first, at = match
        end = stop = at + len(words)
        after = _ahead(text, end, True)          # (the spaces after the use, then a run: or nothing)
        if end < after < len(text):
            stop = _ahead(text, after, False)
        found.append((text[first:at], text[end:stop]))
        start = stop


def _leftmost_around(text: str, words: str, start: int) -> tuple[int, int] | None:
    """Where the `runs_around` pattern first matches from `start`: (where the
    match begins, where `words` stands). At one place the two runs before
    are tried first, as the pattern tries its optional group first."""
    best, at = None, text.find(words, start)
    while at >= 0:
        if _free(text, at + len(words)):
            gap2 = _back(text, at, start, True)
            run2 = _back(text, gap2, start, False)
            gap1 = _back(text, run2, start, True)
            run1 = _back(text, gap1, start, False)
            # (begins at, 0 if with the runs before: they win at the same place, where the use is)
            found = (run1, 0, at) if run1 < gap1 < run2 < gap2 < at else \
                (at, 1, at) if _free(text, at - 1) else None
            best = min(best, found) if best and found else best or found
        at = text.find(words, at + 1)
    return (best[0], best[2]) if best else None


def word_after_uses(text: str, words: str) -> list[str]:
    r"""Group 1 ("" for none) of each match of
    `(?<![\w-])words(?![\w-])(?: ([a-z][\w-]*))?`: the lower-case word
    right after each use of `words` that stands as whole words."""
    if not words:
        return [m.group(1) or "" for m in re.finditer(r"(?<![\w-])(?![\w-])(?: ([a-z][\w-]*))?", text)]
    found, at = [], text.find(words)
    while at >= 0:
        end = at + len(words)
        if _free(text, at - 1) and _free(text, end):
            after = ""
            if text[end:end + 1] == " " and "a" <= text[end + 1:end + 2] <= "z":
                stop = end + 2
                while stop < len(text) and not _free(text, stop):
                    stop += 1
                after, end = text[end + 1:stop], stop
            found.append(after)
            at = text.find(words, end)
        else:
            at = text.find(words, at + 1)
    return found


def after_space(text: str, words: str) -> bool:
    r"""`words` stands after a white space, with no word character or hyphen
    after it: what `(?<=\s)words(?![\w-])` searches for."""
    if not words:
        return re.search(r"(?<=\s)(?![\w-])", text) is not None
    at = text.find(words, 1)
    while at >= 0:
        if text[at - 1].isspace() and _free(text, at + len(words)):
            return True
        at = text.find(words, at + 1)
    return False


def runs_then(text: str, words: str) -> list[tuple[str, str]]:
    r"""Groups 1 and 2 ("" for none) of each match of
    `(?:(\S+)\s+)?(?:(\S+)\s+)?words(?![\w-])`: up to two runs of
    non-spaces right before a use of `words` (a use may start inside a word)."""
    if not words or words[0].isspace():
        pattern = rf"(?:(\S+)\s+)?(?:(\S+)\s+)?{re.escape(words)}(?![\w-])"
        return [(m.group(1) or "", m.group(2) or "") for m in re.finditer(pattern, text)]
    found, start = [], 0
    while True:
        best, at = None, text.find(words, start)
        while at >= 0:
            if _free(text, at + len(words)):
                for place in _places_before(text, at, start):
                    best = min(best, place) if best else place
            at = text.find(words, at + 1)
        if best is None:
            return found
        _, _, runs, at = best
        found.append((runs + ("", ""))[:2])
        start = at + len(words)


def _places_before(text: str, at: int, start: int) -> list[tuple[int, int, tuple[str, ...], int]]:
    """(where the match begins, order, the runs, `at`) for each way the
    `runs_then` pattern reaches the use at `at` from `start`: no run, one,
    two. At one place the pattern tries two runs first, then one (order 0, 1, 2)."""
    places, edge, runs = [(at, 2, (), at)], at, []
    for order in (1, 0):
        gap = _back(text, edge, start, True)
        run = _back(text, gap, start, False)
        if not run < gap < edge:
            break
        runs.insert(0, text[run:gap])
        places.append((run, order, tuple(runs), at))
        edge = run
    return places


def word_around(text: str, words: str) -> list[tuple[str, str]]:
    r"""Groups 1 and 2 ("" for none) of each match of
    `(?:^|(\S*+)\s+)words(?![\w-])(?:\s+([^\W\d_][\w-]*))?`: the run of
    non-spaces before each use of `words` at the text's start or after a
    space, and the word after it when one starts with a letter."""
    if not words or words[0].isspace():
        pattern = rf"(?:^|(\S*+)\s+){re.escape(words)}(?![\w-])(?:\s+([^\W\d_][\w-]*))?"
        return [(m.group(1) or "", m.group(2) or "") for m in re.finditer(pattern, text)]
    found, start, at = [], 0, text.find(words)
    while at >= 0:
        end = at + len(words)
        gap = _back(text, at, start, True)
        if _free(text, end) and (at == start == 0 or gap < at):
            before = text[_back(text, gap, start, False):gap] if gap < at else ""
            after = _ahead(text, end, True)
            if end < after < len(text) and text[after].isalnum() and not text[after].isdecimal():
                stop = after + 1
                while not _free(text, stop):
                    stop += 1
                found.append((before, text[after:stop]))
                end = stop
            else:
                found.append((before, ""))
            start, at = end, text.find(words, end)
        else:
            at = text.find(words, at + 1)
    return found


def _back(text: str, at: int, floor: int, spaces: bool) -> int:
    """Where the run of white space (`spaces`) or of non-spaces that ends at
    `at` begins, not before `floor`."""
    while at > floor and text[at - 1].isspace() == spaces:
        at -= 1
    return at


def _ahead(text: str, at: int, spaces: bool) -> int:
    """Where the run of white space (`spaces`) or of non-spaces that begins at `at` ends."""
    while at < len(text) and text[at].isspace() == spaces:
        at += 1
    return at


# ------------------------------------------------------------ subjects


def sentence_subject(text: str, ql: Language, names: NameIndex) -> tuple[str, bool]:
    """The grammatical subject of a sentence if it is a name, and whether it is plural.

    ("Bukharin", False) for "Bukharin mengungkapkan ...";
    ("Ia", False) when it is a pronoun, to be resolved by the caller;
    ("", False) when the subject is not a name.
    """
    rest, _ = strip_fronted(text, ql)
    words = rest.split()
    if not words:
        return "", False
    if words[0].casefold().strip(",") in ql.person_pronouns:
        return words[0], False
    head = []
    for word in words[:8]:
        bare = word.strip(",;:\"“”")
        if ql.is_verb(bare):
            break
        head.append(bare)
        if word.endswith((",", ";")):
            break
    phrase = " ".join(head)
    plural = any(w.casefold() in ql.and_words for w in head)
    # The subject is a name when only titles or capitalised adjectives come
    # before it: "Danish physicist Hans Christian Ørsted", "sejarawan Robert Service".
    found = ""
    for name, start in names_in(phrase, ql, names.cases):
        before = phrase[:start].split()
        if all(w.casefold() in ql.person_titles or w[:1].isupper() for w in before):
            found = name
    return found, plural
