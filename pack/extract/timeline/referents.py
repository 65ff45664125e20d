"""Naming what a timeline entry's pointing words point at.

Stage: extract (support for `timeline`). Inputs: the article's first
sentence (what the article defines, and as what), an entry with the
sentence it came from and the sentence before it in the same paragraph,
the language code (words from `pack/lang/<code>/timeline.toml`:
`category_stops`, `category_head`, `category_pointer`, `pronoun_copulas`,
`defining_articles`, `person_classifiers`, `extraposing_words`,
`extraposing_exceptions`, `readability.expletive`; to tell a name from a
clause: `not_subjects`, `clause_connectors`, `list_coordinators`,
`verb_forms`, `verb_endings`, `participle_endings`, `possession_verbs`;
`occupations` of people.toml; for a pair: `pair_pronoun`, `pair_joiner`,
`pair_possessives`, `pair_possessive`, `couple_pointers`, `marriage_words`,
`courtship_verbs`, `pronouns`), and for a life story its subject and title;
for the paragraph's pairs, its text before the entry's sentence.
Outputs: the entry with an opening "The city" / "Organisasi ini" or "It" /
"They" replaced by the name it stands for (the name the sentence before is
about, or the name opening the entry's own sentence when the pronoun opens
a later clause; "they" after "Columbus and his men landed ..." the pair;
"The couple" / "They were married" of a life story the pair its paragraph
named), or the entry unchanged when that name is not sure: a wrong name is
worse than a pronoun.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from pack import lang as langdata
from pack.lazypattern import LazyPattern
from pack.extract.timeline.condense import elliptic
from pack.extract.timeline.date_patterns import alternation
from pack.extract.timeline.readable import expletive
from pack.text.wholeword import first_start_any_case, stands_in
from pack.lang.schema import tunables_of
from pack.text.wordclass import adverb_only, classes

# Thresholds, each declared with why in pack/lang/schema.toml [tunables].
(MAX_NAME_WORDS, MAX_DATE_OPENING, MAX_OPENING_WORDS, MAX_ADVERBIAL_WORDS) = tunables_of(__name__)
NAME_TOKEN = r"(?:[^\W\d_][\w'’.-]*|\d{1,3}(?:,\d{3})+|\d+)"
PLACE_APPOSITIVE = r"(?-i:, [A-Z\u00c0-\u024f][\w'’.-]*,)?"   # "Boise, Idaho,": capitalised, whatever the flags
WORD = re.compile(r"[^\W\d_]+")
NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")     # "Andreyev's", "Saint-Denis": no quote, no stop inside
# A noun phrase that opens a sentence: capitalised ("The Toronto Rock",
# "The Egyptian language"), no comma, bracket or figure inside it.
OPENING_PHRASE = (r"([A-Z\u00c0-\u024f][^\W\d_'’-]*(?:['’]s)?(?: [^\W\d_]+(?:['’]s)?){0,%d}?)"
                  % (MAX_NAME_WORDS - 1))


@lru_cache(maxsize=None)
def _data(lang: str) -> dict:
    data = dict(langdata.load(lang, "timeline"))
    data["_stops"] = {w.casefold() for w in data.get("category_stops", [])}
    data["_joiners"] = {w.casefold() for w in data.get("category_joiners", [])}
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
    # "The Wairakei power station was commissioned ...": a name opening a sentence
    # before a verb that agrees with one pronoun, figures allowed ("Hoover Dam's
    # initial 1,345 MW power station was"), no comma between them but around a
    # place's region ("the first district heating system in Boise, Idaho, was").
    data["_named_opening"] = (re.compile(rf"^({NAME_TOKEN}(?: {NAME_TOKEN}{PLACE_APPOSITIVE}){{0,{MAX_OPENING_WORDS - 1}}}?) "
                                         rf"({alternation(every)})\s", re.I) if every else never)
    # "It was known she had ...": an "it" that points at the clause after it
    # ("It was known as ..." names it: `extraposing_exceptions`).
    extraposed = [rf"{p} {c}" for p, cs in copulas.items() for c in cs]
    unless = alternation(data.get("extraposing_exceptions", []))
    data["_extraposed"] = (re.compile(rf"^(?:{'|'.join(extraposed)}) {alternation(data['extraposing_words'])}"
                                      rf"(?!\w)(?! {unless}(?!\w))", re.I) if data.get("extraposing_words") else never)
    data["_articles"] = {w.casefold() for w in data.get("defining_articles", [])}
    data["_not_names"] = {w.casefold() for w in data.get("not_subjects", [])} - data["_articles"]
    data["_particles"] = {w.casefold() for w in data.get("name_particles", [])} - data["_articles"]
    data["_connectors"] = {w.casefold() for w in data.get("clause_connectors", []) + data.get("list_coordinators", [])}
    data["_verb_forms"] = {w.casefold() for w in data.get("verb_forms", [])}
    data["_verb_endings"] = tuple(data.get("verb_endings", []))
    data["_participle_endings"] = tuple(data.get("participle_endings", []))
    data["_possession"] = {w.casefold() for w in data.get("possession_verbs", [])}
    # "Columbus and his men landed ...": a person and another before their verb (`pair_pronoun`).
    name = r"[A-Z\u00c0-\u024f][\w'’.-]*(?: [A-Z\u00c0-\u024f][\w'’.-]*){0,%d}" % (MAX_NAME_WORDS - 1)
    owned = rf"{alternation(data.get('pair_possessives', []))} [^\W\d_]+"
    data["_pair"] = (re.compile(rf"^({name}) {re.escape(data['pair_joiner'])} ({owned}|{name}) (?=\w)")
                     if data.get("pair_pronoun") and data.get("pair_joiner") else never)
    # "The couple were finally married", "They were married" (a marriage word in the
    # sentence), "Their marriage": who they are (`Referents.name_couple`).
    plural = [data.get("pair_pronoun", ""), data.get("pair_possessive", "")]
    data["_couple_open"] = (re.compile(rf"^({alternation(data['couple_pointers'] + plural)})(?=\s)", re.I)
                            if data.get("couple_pointers") and data.get("pair_joiner") else never)
    data["_marriage"] = re.compile(alternation(data.get("marriage_words", [])), re.I)
    person = r"[A-Z\u00c0-\u024f][\w'’.-]*(?: [A-Z\u00c0-\u024f][\w'’.-]*){0,2}"
    data["_two"] = LazyPattern(rf"(?<![\w'’.-])({person}) {re.escape(data.get('pair_joiner', ''))} ({person})(?![\w'’-])")
    pronouns = alternation(data.get("pronouns", []))
    data["_courted"] = LazyPattern(rf"(?<![\w'’.-])({person}|(?i:{pronouns})) {alternation(data.get('courtship_verbs', []))}"
                                  rf" ({person})(?![\w'’-])")
    # "The statue", "Biara tersebut": a pointing noun, any noun (`Referents.name_kind`).
    pointer = data.get("category_pointer", "")
    data["_kind_pointer"] = re.compile(pointer.format(noun=r"([^\W\d_]+)")) if pointer else never
    data["_kind_pointer_any"] = re.compile(pointer.format(noun=r"([^\W\d_]+)"), re.I) if pointer else never
    data["_kind_prepositions"] = {w.casefold() for w in data.get("kind_name_prepositions", [])}
    groups = data.get("life_group_nouns", [])
    data["_group_pointer"] = re.compile(pointer.format(noun=f"({alternation(groups)})"), re.I) if pointer and groups else never
    # "... as an expansion team": a sentence filing its opening name under a noun.
    filing = data.get("kind_filing", "")
    data["_kind_filing"] = re.compile(filing.format(noun=r"[^\W\d_]+") + "$") if filing else never
    data.setdefault("kind_article", "")
    # Words that name nobody: never a filed name's first word (`_filed_name`) ...
    data["_not_filed_names"] = frozenset(data["_not_names"] | data["_pointing"] | set(data["_copulas"]))
    # ... nor the owner of a group ("the family", "his family": `_others_group`).
    data["_group_not_others"] = frozenset(data["_articles"] | {w.casefold() for w in data.get("pronouns", [])
                                                               + data.get("possessives", [])})
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


def category(first_sentence: str, name: str, subject: str, lead_verbs: re.Pattern, lang: str) -> list[str]:
    """The nouns the first sentence files its subject (the article's, named
    before the verb) under, the head first: "Toronto is the most populous city
    in Canada" -> ["city"]; "Boedi Oetomo ... adalah organisasi pemuda yang
    ..." -> ["organisasi"] (`category_head`: which word of the phrase before a
    `category_stops` word is its noun); "Addis Ababa is the capital and largest
    city of Ethiopia" -> ["capital", "city"] (`_kind_nouns`)."""
    data = _data(lang)
    at = first_sentence.find(name) if name else -1
    verb = lead_verbs.search(first_sentence, at + len(name)) if at >= 0 else None
    if not verb or not subject or subject.casefold() not in first_sentence[:verb.start()].casefold():
        return []       # the sentence does not define the article's subject ("In 1935, he was elected")
    return _kind_nouns(first_sentence[verb.end():].split(), data)


def _kind_nouns(words: list[str], data: dict) -> list[str]:
    """The nouns of the phrase `words` opens: its head (`category_head`), the
    head of each phrase `category_joiners` joins to it ("the capital and largest
    city" -> capital, city), then the kinds `category_kinds` files each under
    ("corporation" -> company); [] when the phrase has no lower-case word."""
    first = data.get("category_head") == "first"
    heads, phrase = [], []
    for word in words:
        bare = word.strip(",;:()")
        if phrase and word == bare and bare.casefold() in data["_joiners"]:
            heads.append(phrase[0] if first else phrase[-1])    # "capital and ...": the next phrase files it too
            phrase = []
            continue
        if bare.casefold() in data["_stops"] or not WORD.fullmatch(bare):
            break
        if bare.islower():
            phrase.append(bare)       # "an English mathematician": a name describes, the noun is lower-case
        if word != bare:          # a comma or bracket ends the phrase after this word
            break
    if phrase:
        heads.append(phrase[0] if first else phrase[-1])
    kinds = data.get("category_kinds", {})
    return list(dict.fromkeys(heads + [k for h in heads for k in kinds.get(h, [])]))


def name_head(name: str, lang: str) -> list[str]:
    """The common noun that heads the article's name, when the name is one
    thing's: "The Downtown Seattle Transit Tunnel" -> ["tunnel"], "The Congress
    of Vienna" -> ["congress"] ("The tunnel was closed" is the subject); the
    name must open with one of `name_head_articles` (English: "A semiconductor"
    is a kind, not one thing) or, where the language has none, be capitalised
    throughout; its head (`category_head`) before any `name_particles` word is
    a noun the lexicon knows. [] otherwise (one word, a person's name)."""
    data = _data(lang)
    words = name.split()
    articles = {w.casefold() for w in data.get("name_head_articles", [])}
    if articles:
        if len(words) < 3 or words[0].casefold() not in articles:
            return []
        words = words[1:]
    elif len(words) < 2 or not all(w[:1].isupper() for w in words):
        return []
    part = []
    for word in words:
        if word.casefold() in data["_particles"] or word.casefold() in articles:
            break
        part.append(word)
    head = (part[0] if data.get("category_head") == "first" else part[-1]).casefold() if part else ""
    return [head] if WORD.fullmatch(head) and "NOUN" in classes(head, lang) else []


class Referents:
    """Replaces an entry's opening pointer by its name, when it is sure."""

    def __init__(self, lang: str, name: str, nouns: list[str], person: str = "",
                 is_person: Callable[[str], bool] = lambda name: False, title: str = "") -> None:
        self.lang = lang
        self.title = set(title.split()) if person else set()     # a life story's names ("Golda", "Meir")
        self.is_person = is_person    # does the article's name analysis file a name as a person?
        self.name = name          # what the article defines ("Toronto")
        self.person = person      # a life story's subject: never what "it" means
        data = _data(lang)
        pointer = data.get("category_pointer", "")
        # Not in a life story: "tokoh tersebut" is whoever was just brought in.
        sure = name and nouns and pointer and not person
        self.pointer = self.kind_pointing = self.kind_introduced = None
        if sure:
            noun = alternation(nouns)
            self.pointer = re.compile(pointer.format(noun=noun), re.I)
            # ... and that noun anywhere, and pointing anywhere ("after the occupation the city served"):
            # what the paragraph said before of it (`_other_of_kind`).
            self.kind_pointing = re.compile(pointer.lstrip("^").format(noun=noun), re.I)
            others = alternation(data.get("category_introducers", []))
            self.kind_introduced = re.compile(rf"{others}(?: [^\W\d_]+){{0,2}} {noun}", re.I)
        self.possessive_form = data.get("possessive_form", "{name}")

    def name_category(self, entry: str, earlier: str) -> str:
        """`_name_category` of the entry, or of what follows its opening phrase
        ("As prosperity began to return in the 1980s, the city was stunned ..."
        -> "..., Seattle was stunned ...": `_after_opening`)."""
        if not self.pointer:
            return entry
        named = self._name_category(entry, earlier)
        at = self._after_opening(entry) if named == entry else 0
        if not at:
            return named
        rest = self._name_category(entry[at:], f"{earlier} {entry[:at]}")
        if rest == entry[at:]:
            return entry
        first = rest.split(" ", 1)[0]
        if first.casefold() in _data(self.lang)["_articles"]:
            rest = rest[:1].lower() + rest[1:]      # "..., the Asian financial crisis ..."
        return entry[:at] + rest

    def _after_opening(self, entry: str) -> int:
        """Where the clause after the entry's opening phrase starts: a phrase of
        up to `MAX_ADVERBIAL_WORDS` words, its first comma ending it, no
        capitalised word in it but its first and the subject's own (a place
        or a body it names may be what "the city" means: "When the Spanish
        took Manila, the city ..."); 0 when there is none."""
        comma = entry.find(", ")
        if comma < 0:
            return 0
        words = entry[:comma].split()
        own = {w.casefold() for w in self.name.split()}
        if len(words) > MAX_ADVERBIAL_WORDS or any(w[:1].isupper() and w.casefold() not in own for w in words[1:]):
            return 0
        return comma + 2

    def _name_category(self, entry: str, earlier: str) -> str:
        """ "The city built an extensive sewage system" -> "Toronto built ...";
        "Organisasi ini bersifat ..." -> "Boedi Oetomo bersifat ...": the noun
        the first sentence files the subject under, pointing back, is the
        subject. In English only before a verb or a possessive; before another
        noun the subject's ("The city council": `_name_modified`); never when
        `earlier` (the paragraph before the entry's sentence) last brought in
        another of that kind (`_other_of_kind`)."""
        m = self.pointer.match(entry)
        if not m or self._other_of_kind(earlier):
            return entry
        rest = entry[m.end():]
        if stands_in(rest, self.name, "'’-"):
            return entry    # "The city was renamed Kyoto": not "Kyoto was renamed Kyoto"
        if rest.startswith(("'s ", "’s ")):
            return self.possessive_form.format(name=self.name) + rest[2:]
        # A noun that ends its phrase ("the city", `category_head` last) may be
        # a modifier of the next word ("The city council"): a verb must follow.
        # "Organisasi ini": the demonstrative closes the phrase.
        if _data(self.lang).get("category_head") != "first" and not self._verb_next(rest):
            return self._name_modified(entry[:m.end()], rest)
        return self.name + rest

    def _others_group(self, noun: str, earlier: str) -> bool:
        """Does `earlier` name a `noun` ("family") of someone other than the
        life's subject (`person`): a name next to the noun (a capitalised word
        no dictionary knows: not "a Catholic family"), not the subject's, a
        pronoun's or an article?"""
        data = _data(self.lang)
        names = {w.casefold() for w in self.person.split() + list(self.title)} | data["_group_not_others"]
        for m in re.finditer(rf"([^\W\d_][\w-]*)(?:['’]s)? {re.escape(noun)}\b|\b{re.escape(noun)} ([^\W\d_][\w-]*)",
                             earlier, re.I):
            word = m.group(1) or m.group(2)
            if word[:1].isupper() and word.casefold() not in names and not classes(word.casefold(), self.lang):
                return True
        return False

    def _verb_next(self, rest: str) -> bool:
        """Does a verb open `rest`, or follow its opening adverb ("also endorsed")?"""
        if elliptic(rest.strip(), self.lang) or self._copula_next(rest):
            return True
        words = rest.split(maxsplit=1)
        return len(words) == 2 and adverb_only(words[0], self.lang) and elliptic(words[1], self.lang)

    def _name_modified(self, pointer: str, rest: str) -> str:
        """ "The city council voted ..." -> "Seattle's city council voted ...":
        the noun modifying the next one, a verb after them, is the subject's
        (the possessive of its name, `possessive_form`); else as it was."""
        after = rest.split(maxsplit=1)
        if (len(after) < 2 or not after[0].isalpha() or not after[0].islower()
                or "NOUN" not in classes(after[0], self.lang) or "ADV" in classes(after[0], self.lang)
                or pointer.split()[-1].casefold() in self.name.casefold().split()   # "The tunnel stations"
                or not self._verb_next(" " + after[1])):
            return pointer + rest
        noun = pointer.split()[-1]
        return f"{self.possessive_form.format(name=self.name)} {noun.casefold()}{rest}"

    def name_group(self, entry: str, earlier: str) -> str:
        """ "The family moved to Marnoz" -> "Pasteur's family moved to Marnoz": in
        a life story (its subject `person`), a group of one's own
        (`life_group_nouns`, pointed at as `category_pointer` points) before a
        verb is the subject's, unless `earlier` (its paragraph before its
        sentence) named another's ("the Rucellai family", "Constanze's family":
        `_others_group`)."""
        data = _data(self.lang)
        m = data["_group_pointer"].match(entry)
        owner = self.person
        if not m or not owner or self._others_group(m.group(1), earlier):
            return entry
        rest = entry[m.end():]
        if not self._verb_next(rest):
            return entry    # "The family's head, Giovanni Rucellai": another family's
        if data.get("category_head") == "first":
            return f"{m.group(1).capitalize()} {owner}{rest}"       # "Keluarga Stalin pindah ..."
        return f"{self.possessive_form.format(name=owner)} {m.group(1).casefold()}{rest}"

    def _other_of_kind(self, earlier: str) -> bool:
        """Does `earlier` last bring in another thing of the subject's kind
        (`category_introducers` and up to two words before the noun: "... a
        medieval imperial capital known as Barara. This permanent fortified city
        was established ...": "The city" then is Barara, not Addis Ababa)? A
        pointing mention ("the city", "this city") is still the subject."""
        found = list(self.kind_introduced.finditer(earlier))
        if not found:
            return False
        last = found[-1]
        if any(p.start() >= last.start() for p in self.kind_pointing.finditer(earlier)):
            return False        # pointing again after it, or it is itself a pointer: the subject's
        return True

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
            # "It is on a research park ... It is also home to": still the same thing
            # ("From 4 to 12 August, they explored ...": after its date phrase).
            opening = _data(self.lang)["_pronoun_open"].match(self._pronoun_clause(sentence))
            if opening:
                return told if told.startswith(opening.group(1).casefold() + "|") else ""
            # "The October Revolution was led by ... It marked"; "Columbus and his men landed ... they"
            return self.named_subject(sentence) or self.pair_subject(sentence)
        name, verb = m.group(1), m.group(2).casefold()
        if verb in _data(self.lang)["_possession"]:
            return ""             # "Osaka has the largest flood channel ... It took": the channel
        if name.split()[0].casefold() in _data(self.lang)["_copulas"]:
            return told if told.startswith(name.split()[0].casefold() + "|") else ""   # "It is ...": the same thing
        if name.split()[0].casefold() in _data(self.lang)["_pointing"]:
            return ""             # "This technology was ...": itself a pointer
        if self.person and self.person in name:
            return ""
        pronouns = [p for p, cs in _data(self.lang)["_copulas"].items() if verb in cs]
        return f"{pronouns[0]}|{name}" if len(pronouns) == 1 else ""

    def named_subject(self, sentence: str) -> str:
        """ "The Wairakei power station was commissioned in November 1958, and
        it attained ..." -> "it|The Wairakei power station": a sentence opening
        with a name and a verb that agrees with one pronoun only
        (`pronoun_copulas`) and tells of that name alone (`_about_itself`) is
        about that name (after an opening date phrase: `past_date_opening`).
        A name: a capitalised word, no word of `not_subjects` first, no pronoun
        or pointer, no verb or clause connector inside ("The Romans conquered
        Britain and it was"), no person (a person is not "it": `_a_name`),
        never the life story's subject; "" when unsure."""
        data = _data(self.lang)
        clause = past_date_opening(sentence.strip(), self.lang)
        m = data["_named_opening"].match(clause)
        if not m:
            return ""
        words = m.group(1).split()
        lowered = {w.casefold() for w in words}
        if (words[0].casefold() in data["_not_names"] or not self._a_name(words)
                or lowered & (data["_pointing"] | set(data["_copulas"]) | data["_connectors"])
                or any(w.islower() and (w in data["_verb_forms"] or w.endswith(data["_verb_endings"]))
                       for w in words)
                or (self.person and set(words) & set(self.person.split()))):
            return ""
        if not self._about_itself(m.group(2), clause[m.end():]):
            return ""
        pronouns = [p for p, cs in data["_copulas"].items() if m.group(2).casefold() in cs]
        return f"{pronouns[0]}|{' '.join(words)}" if len(pronouns) == 1 else ""

    def pair_subject(self, sentence: str) -> str:
        """ "On 2 August, Columbus and his men landed at Icacos Point" ->
        "they|Columbus and his men": a sentence (after an opening date phrase)
        opening with a person (the life story's subject or a person of the
        article's name analysis) and another (a person, or a possessive and its
        noun: `pair_possessives`), joined by `pair_joiner`, right before their
        verb, is about the two of them; `pair_pronoun` opening the next
        sentences means them. "" when unsure."""
        data = _data(self.lang)
        m = data["_pair"].match(past_date_opening(sentence.strip(), self.lang))
        if not m or not elliptic(m.string[m.end():], self.lang):
            return ""
        first, second = m.group(1), m.group(2)
        owned = second.split()[0].casefold() in {w.casefold() for w in data.get("pair_possessives", [])}
        if not (self._person_named(first) and (owned or self._person_named(second))):
            return ""
        return f"{data['pair_pronoun'].casefold()}|{first} {data['pair_joiner']} {second}"

    def name_couple(self, entry: str, sentence: str, earlier: str) -> str:
        """ "The couple were finally married" -> "Mozart and Constanze were finally
        married" after "... Mozart and Constanze briefly separated"; "They were married"
        -> "Pasteur and Marie Laurent were married" after "he met and courted Marie
        Laurent": in a life story, an entry opening with a couple pointer
        (`couple_pointers`), or with the plural pronoun or its possessive in a sentence
        that tells of a marriage (`marriage_words`), names the last pair the paragraph
        (`earlier`, up to the pointer) named (`_last_pair`); unchanged when there is none."""
        data = _data(self.lang)
        m = data["_couple_open"].match(entry)
        if not m or not self.person:
            return entry
        word = m.group(1).casefold()
        if word not in {w.casefold() for w in data["couple_pointers"]} and not data["_marriage"].search(sentence):
            return entry
        at = first_start_any_case(sentence, m.group(1), "")
        pair = self._last_pair(f"{earlier} {sentence[:max(at, 0)]}")
        if not pair:
            return entry
        if word == data.get("pair_possessive", "").casefold():
            return self.possessive_form.format(name=pair) + entry[m.end():]
        return pair + entry[m.end():]

    def name_kind(self, entry: str, sentence: str, earlier: str) -> str:
        """ "The monastery was demolished" -> "The Danilov Monastery was
        demolished" after "... buried at the Danilov Monastery"; "The statue was
        replaced" -> "The Symbolist statue on Arbat Square was replaced" after
        "... a Symbolist statue on Arbat Square. ... the statue received":
        an entry opening with a pointing noun (`category_pointer`, any noun)
        names what the nearest mention of that noun before it (in `earlier`,
        its paragraph before its sentence, or its sentence up to the noun)
        names (`_antecedent`). Unchanged when that mention names nothing: a
        wrong name is worse than the pointer. (The blind readers failed "The
        statue", "The PUD" of fresh-10: they never say which.)"""
        data = _data(self.lang)
        m = data["_kind_pointer"].match(entry)
        # ("Biara tersebut": a noun that opens the entry is capitalised for that alone)
        noun = m.group(1).casefold() if m and m.start(1) == 0 else m.group(1) if m else ""
        if not m or not self._pointing(noun, entry[m.end():]):
            return entry
        at = first_start_any_case(sentence, m.group(0), "'’-")
        name = self._antecedent(f"{earlier} {sentence[:at] if at >= 0 else ''}", m.group(1))
        return name[:1].upper() + name[1:] + entry[m.end():] if name else entry

    def _pointing(self, noun: str, rest: str) -> bool:
        """Is "The <noun>" before `rest` a pointer to one thing: a common noun
        ("The Congress of Vienna" is a name; an acronym "The PUD" may point)
        that is not named after it ("The city of Mainz"), and, where the noun
        ends its phrase (`category_head` last), a verb after it ("The metro
        system" is about a system)?"""
        data = _data(self.lang)
        after = rest.split()[0].casefold() if rest.split() else ""
        if (noun[:1].isupper() and not noun.isupper()) or after in data["_kind_prepositions"]:
            return False
        return data.get("category_head") == "first" or elliptic(rest.strip(), self.lang) or self._copula_next(rest)

    def _antecedent(self, text: str, noun: str) -> str:
        """The name the last mention of `noun` in `text` gives it (`_kind_name`),
        past mentions that point again ("the statue received ..."); "" when
        the last other mention names nothing ("The museum inside the fort":
        another museum, or one the text never names)."""
        data = _data(self.lang)
        words = re.findall(r"\S+", text)
        for i in reversed(range(len(words))):
            if words[i].rstrip(",;:.)").casefold() != noun.casefold():
                continue
            name = self._kind_name(words, i) or self._filed_name(words, i)
            if name:
                return name
            link = words[i:i + 3] if data.get("category_head") == "first" else words[max(i - 1, 0):i + 3]
            again = data["_kind_pointer_any"].match(" ".join(link))
            first = data.get("category_head") == "first"      # ("Biara tersebut" opening a sentence)
            if not again or not self._pointing(again.group(1).casefold() if first else again.group(1),
                                               " ".join(link)[again.end():]):
                return ""
        return ""

    def _kind_name(self, words: list[str], i: int) -> str:
        """The name `words[i]` (the noun) heads, as an entry prints it:
        capitalised words and the noun capitalised ("the Danilov Monastery",
        "the Snohomish PUD"; the noun first when `category_head` is "first":
        "Biara Danilov"), or an article, capitalised words and the noun
        lower-case, with a place after one of `kind_name_prepositions` ("a
        Symbolist statue on Arbat Square" -> "the Symbolist statue on Arbat
        Square"); "" for a mention that names nothing."""
        data = _data(self.lang)
        word = words[i]
        bare = word.rstrip(",;:.)")
        if data.get("category_head") == "first":
            run = self._capitalised(words[i + 1:], forward=True) if word == bare and bare[:1].isupper() else []
            return " ".join([bare] + run) if run else ""
        run = self._capitalised(words[:i], forward=False)
        article = words[i - len(run) - 1].casefold() if i - len(run) >= 1 else ""
        the = data["kind_article"] if article in data["_articles"] else ""
        if bare[:1].isupper() and run:
            return " ".join([the, *run, bare]).strip()
        if run and article == data["kind_article"]:
            return " ".join([the, *run, bare])    # "the Oxford team": the article says which one
        place = self._place_after(words[i + 1:]) if word == bare and the and run else ""
        return " ".join([the, *run, bare, place]) if place else ""

    def _filed_name(self, words: list[str], i: int) -> str:
        """The name opening the sentence that files it under the noun
        `words[i]` ("The Seattle Seahawks entered the National Football League
        in 1976 as an expansion team" -> "The Seattle Seahawks": `kind_filing`,
        the words before the noun), its capitalised words up to a lower-case
        one; "" when the sentence opens otherwise ("In 1976, the Seahawks ...")."""
        data = _data(self.lang)
        start = next((k + 1 for k in reversed(range(i)) if words[k].endswith((".", "!", "?"))), 0)
        if not data["_kind_filing"].search(" ".join(words[start:i + 1]).rstrip(",;:.)")):
            return ""
        run = []
        for word in words[start:i]:
            bare = word.rstrip(",;:")
            if not bare[:1].isupper() or not NAME_WORD.fullmatch(bare):
                break
            run.append(bare)
            if bare != word:
                break       # "The Gulls, founded ...": a comma ends the name
        named = [w for w in run if w.casefold() not in data["_articles"]]
        if (not named or named[0].casefold() in data["_not_filed_names"]
                or len(run) > MAX_NAME_WORDS or self.is_person(" ".join(named))):
            return ""
        return " ".join(run)

    def _capitalised(self, words: list[str], forward: bool) -> list[str]:
        """The capitalised words next to a noun, up to `MAX_NAME_WORDS` - 1: after
        it (`forward`, up to a word a stop ends) or before it, back to a word
        that is not capitalised, an article or a stop ("the Danilov Monastery").
        None when the name may go on past them ("World Heritage Site": "World"
        is a word of `not_subjects`; a longer name; a quoted word): its part
        is no name."""
        data = _data(self.lang)
        run = []
        for k, word in enumerate(words if forward else reversed(words)):
            bare = word.rstrip(",;:.)") if forward else word
            if not forward and (bare != word.rstrip(",;:.)") or not bare[:1].isupper()
                                or bare.casefold() in data["_articles"]):
                if run and bare.casefold() in data["_particles"] and k < len(words) - 1 \
                        and words[-k - 2][:1].isupper():
                    return []   # "The Federation of Malaya Olympic Council": the name goes on before "of"
                break       # (a stop, a lower-case word, an article: the name starts after it)
            if (not bare[:1].isupper() or bare.casefold() in data["_not_names"]
                    or len(run) >= MAX_NAME_WORDS - 1 or not NAME_WORD.fullmatch(bare)):
                return [] if not forward else run
            run.append(bare)
            if forward and bare != word:
                break
        return run if forward else run[::-1]

    def _place_after(self, words: list[str]) -> str:
        """ "on Arbat Square, represented" -> "on Arbat Square": a preposition of
        `kind_name_prepositions` and the capitalised words after it."""
        data = _data(self.lang)
        if not words or words[0].casefold() not in data["_kind_prepositions"]:
            return ""
        run = self._capitalised(words[1:], forward=True)
        return f"{words[0]} {' '.join(run)}" if run else ""

    def _last_pair(self, text: str) -> str:
        """The last pair `text` names: the story's subject (a name of the story's
        title) and another person joined by `pair_joiner` ("Mozart and Constanze"),
        or the story's subject or a pronoun before one of `courtship_verbs` and the
        person after it ("he met and courted Marie Laurent" -> "Pasteur and Marie
        Laurent"); "" when the last such words name no person."""
        data = _data(self.lang)
        found = [(m.end(), "two", m) for m in data["_two"].finditer(text)]
        found += [(m.end(), "courted", m) for m in data["_courted"].finditer(text)]
        if not found:
            return ""
        _, kind, m = max(found, key=lambda f: f[0])
        first, second = m.group(1), m.group(2)
        while len(first.split()) > 1 and first.split()[0].casefold() in data["_not_names"]:
            first = first.split(" ", 1)[1]        # "When Golda and Morris married": Golda
        if not self._someone(second):
            return ""
        if kind == "two":
            ours = self._story_name(first)
            return f"{first} {data['pair_joiner']} {second}" if ours else ""
        if self._story_name(first) or first.casefold() in {p.casefold() for p in data.get("pronouns", [])}:
            return f"{self.person} {data['pair_joiner']} {second}"
        return ""

    def _story_name(self, name: str) -> bool:
        """Is `name` the life story's subject: one of its title's names ("Golda")?"""
        return bool(self.title) and set(name.split()) <= self.title

    def _someone(self, name: str) -> bool:
        """A person: one of the name analysis (`is_person`) or a name no dictionary knows ("Constanze")."""
        return self.is_person(name) or (len(name.split()) == 1 and not classes(name, self.lang))

    def _person_named(self, name: str) -> bool:
        """The life story's subject, or a person of the article's name analysis (`is_person`)."""
        return bool(self.person) and (name in self.person or self.person in name) or self.is_person(name)

    def _pronoun_clause(self, sentence: str) -> str:
        """The sentence from its opening pronoun: as it is when it opens with one
        ("It is on a 2.5-square-kilometre ..."), else after its opening date phrase
        ("From 4 to 12 August, they explored ...")."""
        sentence = sentence.strip()
        return sentence if _data(self.lang)["_pronoun_open"].match(sentence) else past_date_opening(sentence, self.lang)

    def _about_itself(self, verb: str, rest: str) -> bool:
        """Does the name's verb phrase tell of the name alone: a passive ("was
        commissioned", a participle: `participle_endings` or `verb_forms`) or a
        definition ("was the largest ...", `defining_articles`; not after
        `possession_verbs`: "Tokyo has the world's largest facility ... It took
        13 years to build" is about the facility)? Then a later "it" is the name."""
        data = _data(self.lang)
        after = rest.split()[0].casefold() if rest.split() else ""
        if after in data["_articles"]:
            return verb.casefold() not in data["_possession"]
        return after in data["_verb_forms"] or after.endswith(data["_participle_endings"])

    def _a_name(self, words: list[str]) -> bool:
        """Is the phrase a name of a thing: a capitalised word after its first
        ("The Wairakei power station", "Hoover Dam's ...") or a first word no
        dictionary knows ("Toronto"; "Modern production" is no name), and no
        person ("Joseph Fuller": `is_person`, the article's name analysis, asked
        only of a bare name: "The Rance tidal power station" is a thing)?"""
        bare = words[1:] if words[0].casefold() in _data(self.lang)["_articles"] else words
        if not bare or not (any(w[:1].isupper() for w in words[1:])
                            or (bare[0][:1].isupper() and not classes(bare[0], self.lang))):
            return False
        # A lower-case noun last ("... power station") files the name as a thing.
        return bare[-1].islower() or not self.is_person(" ".join(bare))

    def name_pronoun(self, entry: str, sentence: str, told: str) -> str:
        """ "The Egyptian language is ... . It has the second longest known
        history" -> "The Egyptian language has ...": an entry opening with the
        pronoun that opens its sentence, after a sentence (same paragraph)
        that is about one thing and agrees with the pronoun (`told`, from
        `subject`); "The Wairakei power station was commissioned in 1958, and
        it attained its peak in 1965" -> "The Wairakei power station attained
        ...": an entry opening with the pronoun of a later clause, in a
        sentence opening with a name that agrees with it (`named_subject`).
        Never an "it" that stands for no thing ("It was known she had ...",
        `extraposing_words`, `readability.expletive`). Anything else stays as it is."""
        data = _data(self.lang)
        m = data["_pronoun_open"].match(entry)
        if not m or data["_extraposed"].match(entry) or expletive(self.lang).match(entry):
            return entry
        clause = self._pronoun_clause(sentence)
        if data["_pronoun_open"].match(clause):
            if not told or clause.split()[0].casefold() != told.partition("|")[0]:
                return entry
        else:
            told = self.named_subject(sentence)
            if not told:
                return entry
        pronoun, _, name = told.partition("|")
        name = name[:1].upper() + name[1:]        # "the US's first ..." opening the entry
        if m.group(1).casefold() != pronoun:
            # "It was proposed by Fourier in 1824 ... and its scientific description
            # was developed in the 1930s": the later clause's "its" is the same thing.
            possessive = data.get("pronoun_possessives", {}).get(pronoun, "")
            if m.group(1).casefold() != possessive.casefold():
                return entry
            return self.possessive_form.format(name=name.rstrip(",")) + entry[m.end():]
        return name + entry[m.end():]     # "... in Boise, Idaho," keeps its closing comma


@lru_cache(maxsize=64)
def past_date_opening(sentence: str, lang: str) -> str:
    """ "In 1108 Lisbon was raided ..." -> "Lisbon was raided ...": the
    sentence after an opening phrase that dates it (a word of `not_subjects`
    first, a figure inside; up to its comma, or to its figure when no comma
    comes soon). Any other sentence as it is. (Remembered: `Referents.subject`
    asks it of the same sentence up to three times.)"""
    words = sentence.split(" ")
    if not words or words[0].casefold() not in _data(lang)["_not_names"]:
        return sentence
    comma = next((i for i, w in enumerate(words[:MAX_DATE_OPENING]) if w.endswith(",")), None)
    figure = next((i for i, w in enumerate(words[:MAX_DATE_OPENING]) if any(map(str.isdigit, w))), None)
    end = comma if comma is not None else figure
    if end is None or figure is None or figure > end:
        return sentence
    return " ".join(words[end + 1:])
