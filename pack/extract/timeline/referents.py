"""Naming what a timeline entry's pointing words point at.

Stage: extract (support for `timeline`). Inputs: the article's first
sentence (what the article defines, and as what), an entry with the
sentence it came from and the sentence before it in the same paragraph,
the language code (words from `pack/lang/<code>/timeline.toml`:
`category_stops`, `category_head`, `category_pointer`, `pronoun_copulas`,
`defining_articles`, `person_classifiers`; `occupations` of people.toml).
Outputs: the entry with an opening "The city" / "Organisasi ini" or "It" /
"They" replaced by the name it stands for, or the entry unchanged when that
name is not sure: a wrong name is worse than a pronoun.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pack import lang as langdata
from pack.extract.timeline.condense import elliptic
from pack.extract.timeline.date_patterns import alternation
from pack.lang.schema import tunables_of

# Thresholds, each declared with why in pack/lang/schema.toml [tunables].
(MAX_NAME_WORDS,) = tunables_of(__name__)
WORD = re.compile(r"[^\W\d_]+")
# A noun phrase that opens a sentence: capitalised ("The Toronto Rock",
# "The Egyptian language"), no comma, bracket or figure inside it.
OPENING_PHRASE = (r"([A-Z\u00c0-\u024f][^\W\d_'’-]*(?:['’]s)?(?: [^\W\d_]+(?:['’]s)?){0,%d}?)"
                  % (MAX_NAME_WORDS - 1))


@lru_cache(maxsize=None)
def _data(lang: str) -> dict:
    data = dict(langdata.load(lang, "timeline"))
    data["_stops"] = {w.casefold() for w in data.get("category_stops", [])}
    copulas = data.get("pronoun_copulas", {})
    # "It was cut short ..." opening a sentence: the pronoun, and the verbs that agree with it.
    never = re.compile("(?!x)x")
    # ... and "Its ..." (`pronoun_possessives`), the same thing's.
    opening = list(copulas) + list(data.get("pronoun_possessives", {}).values())
    data["_pronoun_open"] = re.compile(rf"^({alternation(opening)})(?=\s)", re.I) if copulas else never
    data["_copulas"] = {p.casefold(): {c.casefold() for c in cs} for p, cs in copulas.items()}
    every = sorted({c for cs in copulas.values() for c in cs})
    # "X is a ...", "X was the ...": a sentence that says what one thing is.
    articles = alternation(data.get("defining_articles", []))
    data["_defining"] = (re.compile(rf"^{OPENING_PHRASE} ({alternation(every)})\s+{articles}\s", re.I)
                         if every else never)
    data["_pointing"] = {w.casefold() for w in data.get("score", {}).get("unresolved_openers", [])}
    return data


def files_a_person(noun: str, first_sentence: str, lang: str) -> bool:
    """Does the first sentence file its subject as a person: an occupation
    ("an English mathematician", `occupations` in people.toml) or a word
    that counts people ("seorang", `person_classifiers`)? No noun found
    says nothing either way: True."""
    if not noun:
        return True
    occupations = {w.casefold() for w in langdata.load(lang, "people").get("people", {}).get("occupations", [])}
    classifiers = {w.casefold() for w in _data(lang).get("person_classifiers", [])}
    return noun.casefold() in occupations or bool(classifiers & {w.casefold() for w in WORD.findall(first_sentence)})


def category(first_sentence: str, name: str, subject: str, lead_verbs: re.Pattern, lang: str) -> str:
    """The noun the first sentence files its subject (the article's, named
    before the verb) under: "Toronto is the most populous city in Canada"
    -> "city"; "Boedi Oetomo ... adalah organisasi pemuda yang ..." ->
    "organisasi" (`category_head`: which word of the phrase before a
    `category_stops` word is its noun)."""
    data = _data(lang)
    at = first_sentence.find(name) if name else -1
    verb = lead_verbs.search(first_sentence, at + len(name)) if at >= 0 else None
    if not verb or not subject or subject.casefold() not in first_sentence[:verb.start()].casefold():
        return ""       # the sentence does not define the article's subject ("In 1935, he was elected")
    phrase = []
    for word in first_sentence[verb.end():].split():
        bare = word.strip(",;:()")
        if bare.casefold() in data["_stops"] or not WORD.fullmatch(bare):
            break
        if bare.islower():
            phrase.append(bare)       # "an English mathematician": a name describes, the noun is lower-case
        if word != bare:          # a comma or bracket ends the phrase after this word
            break
    if not phrase:
        return ""
    return phrase[0] if data.get("category_head") == "first" else phrase[-1]


class Referents:
    """Replaces an entry's opening pointer by its name, when it is sure."""

    def __init__(self, lang: str, name: str, noun: str, person: str = "") -> None:
        self.lang = lang
        self.name = name          # what the article defines ("Toronto")
        self.person = person      # a life story's subject: never what "it" means
        data = _data(lang)
        pointer = data.get("category_pointer", "")
        # Not in a life story: "tokoh tersebut" is whoever was just brought in.
        sure = name and noun and pointer and not person
        self.pointer = re.compile(pointer.format(noun=re.escape(noun)), re.I) if sure else None
        self.possessive_form = data.get("possessive_form", "{name}")

    def name_category(self, entry: str) -> str:
        """ "The city built an extensive sewage system" -> "Toronto built ...";
        "Organisasi ini bersifat ..." -> "Boedi Oetomo bersifat ...": the noun
        the first sentence files the subject under, pointing back, is the
        subject. In English only before a verb or a possessive ("The city
        council" is another body)."""
        m = self.pointer.match(entry) if self.pointer else None
        if not m:
            return entry
        rest = entry[m.end():]
        if rest.startswith(("'s ", "’s ")):
            return self.possessive_form.format(name=self.name) + rest[2:]
        # A noun that ends its phrase ("the city", `category_head` last) may be
        # a modifier of the next word ("The city council"): a verb must follow.
        # "Organisasi ini": the demonstrative closes the phrase.
        if _data(self.lang).get("category_head") != "first" and not (
                elliptic(rest.strip(), self.lang) or self._copula_next(rest)):
            return entry
        return self.name + rest

    def _copula_next(self, rest: str) -> bool:
        first = rest.split()[0].casefold() if rest.split() else ""
        return any(first in cs for cs in _data(self.lang)["_copulas"].values())

    def subject(self, sentence: str, told: str) -> str:
        """What a sentence that describes one thing is about, and the pronoun
        that may stand for it in the next sentence: "The Egyptian language is
        a northern Afro-Asiatic language" -> "it|The Egyptian language" (the
        verb agrees with "it" only, `pronoun_copulas`); a sentence opening
        with that pronoun keeps `told`, what the sentence before was about;
        "" when unsure."""
        m = _data(self.lang)["_defining"].match(sentence.strip())
        if not m:
            # "It is on a research park ... It is also home to": still the same thing.
            opening = _data(self.lang)["_pronoun_open"].match(sentence.strip())
            return told if opening and told.startswith(opening.group(1).casefold() + "|") else ""
        name, verb = m.group(1), m.group(2).casefold()
        if name.split()[0].casefold() in _data(self.lang)["_copulas"]:
            return told if told.startswith(name.split()[0].casefold() + "|") else ""   # "It is ...": the same thing
        if name.split()[0].casefold() in _data(self.lang)["_pointing"]:
            return ""             # "This technology was ...": itself a pointer
        if self.person and self.person in name:
            return ""
        pronouns = [p for p, cs in _data(self.lang)["_copulas"].items() if verb in cs]
        return f"{pronouns[0]}|{name}" if len(pronouns) == 1 else ""

    def name_pronoun(self, entry: str, sentence: str, told: str) -> str:
        """ "The Egyptian language is ... . It has the second longest known
        history" -> "The Egyptian language has ...": an entry opening with the
        pronoun that opens its sentence, after a sentence (same paragraph)
        that is about one thing and agrees with the pronoun (`told`, from
        `subject`). Anything else stays as it is."""
        m = _data(self.lang)["_pronoun_open"].match(entry)
        if not m or not told or not _data(self.lang)["_pronoun_open"].match(sentence.strip()):
            return entry
        pronoun, _, name = told.partition("|")
        if sentence.split()[0].casefold() != pronoun:
            return entry
        if m.group(1).casefold() != pronoun:
            # "It was proposed by Fourier in 1824 ... and its scientific description
            # was developed in the 1930s": the later clause's "its" is the same thing.
            possessive = _data(self.lang).get("pronoun_possessives", {}).get(pronoun, "")
            if m.group(1).casefold() != possessive.casefold():
                return entry
            return self.possessive_form.format(name=name) + entry[m.end():]
        return name + entry[m.end():]
