"""Extract stage, who's-who: the name an entry prints and sorts by.

Inputs: the written forms of a person's name, their mentions and the
article's `Analysis`. Outputs: the name shown and its sort key. The form
the article writes most, bare of titles and a quoted nickname; where a
person is from is no part of a full name the article shortens to its
surname ("Hermann Krause of Berlin" is "Hermann Krause") or that opens with
a given name ("Samuel White of Delaware"); a name ends before a word that
never stands inside one ("Napoleon on Jefferson's behalf"); a one-word name
keeps the honorific the article writes it with ("Teuku Umar"). The sort
key is the short form the article uses for the person first where the
language sorts people so (`people.toml` `sort_by_surname`;
`pack.text.personnames`: "Hooke Robert", but "Sitting Bull", "Nguyễn
Khánh" as written), the name as written otherwise (Indonesian single
names).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

from pack.text.analysis import Analysis
from pack.text.candidates import Candidate, Occurrence
from pack.text.firstnames import first_names
from pack.text.kinds import ROMAN
from pack.text.phrases import cue_after
from pack.text.personnames import sort_words
from pack.text.places import place_names
from pack.text.sentences import abbreviations
from pack.extract.people.mention_roles import family_first
from pack.extract.people.roles import find_role_noun

Key = tuple[str, ...]
NICKNAME = re.compile(r"\s*[\"“][^\"”]+[\"”]\s*")     # a quoted nickname in a written name
SPACES = re.compile(r"\s+")
DASH_WORD = re.compile(r"[–—-]+")                       # a spaced dash, as a word of its own
INITIAL = re.compile(r"(?:\w\.)+")                      # "D.", "J.R."


def titles_before_last(keys, titles) -> int:
    """How many of a name's leading words (casefolded `keys`) are title
    phrases of `titles`, never counting its last word: "lord protector" -> 1."""
    p = 0
    while p < len(keys) - 1 and (step := cue_after(keys, p, titles)):
        p += step
    return p


def with_honorific(name: str, members: list[Candidate], analysis: Analysis) -> str:
    """"Teuku Umar", "Kiai Madja", "Raden Ajeng Supadmi": where people go
    by one name (no `sort_by_surname`), a one-word name the article writes
    after an honorific in most of its mentions keeps it. The honorific is
    how the person is known (a bare "Umar" is anyone's), and it shows a
    person: the name is listed even when named once. Elsewhere, and for
    longer names ("Ki Hadjar Dewantara" -> "Hadjar Dewantara" stays), the
    bare name."""
    if " " in name:
        return name
    # Where people go by surname, a peer's bare title does the same: "Lord
    # Napier", "Baron Stockmar", "Countess Thun" (a bare "Napier" read as
    # a cut name to readers).
    by_surname = analysis.lex.people.get("sort_by_surname")
    if by_surname and any(len(analysis.kinds.name_part[m.key]) > 1 for m in members):
        return name           # "William Thomson, 1st Baron Kelvin": the full name is how he is known
    honorifics = analysis.lex.phrases("people", "bare_titles" if by_surname else "honorifics")
    prefixes: Counter = Counter()
    for m in members:
        p = titles_before_last(m.key, honorifics)
        if p and p == len(m.key) - 1 and len(analysis.kinds.name_part[m.key]) == 1:
            for form, n in m.forms.items():
                prefixes[" ".join(form.split()[:p])] += n
    if not prefixes:
        return name
    prefix, n = max(prefixes.items(), key=lambda item: (item[1], item[0]))
    # Each mention once: the one-word member ("umar",) also counts the mentions
    # the longer member ("teuku", "umar") holds, which end on the same word.
    mentions = len({(o.sentence, o.last) for m in members for o in m.occurrences})
    return f"{prefix} {name}" if 2 * n >= mentions else name


def regnal_number(word: str) -> bool:
    """"Manuel I": a regnal number, not the common word "I" (beside "Dom
    Manuel" the name is no thing named after a family)."""
    return word == "i" or bool(ROMAN.fullmatch(word))


def possessives(analysis: Analysis) -> tuple[str, ...]:
    """The language's possessive endings, a singular's and a plural's
    (text.toml `possessive_endings`, `plural_possessive_endings`; a plural's
    with either apostrophe: "Greenbaums'", "Greenbaums’")."""
    def made(lex) -> tuple[str, ...]:
        plural = lex.shared.get("plural_possessive_endings", [])
        return (*lex.possessive_endings, *{e for p in plural for e in (p, p.replace("'", "’"))})
    return analysis.lex.once("possessives, singular and plural", made)


def given(word: str) -> bool:
    """A given name, or one joined from given names ("Jean-François")."""
    return word in first_names() or all(part in first_names() for part in word.split("-"))


def surname(name: str, analysis: Analysis) -> str:
    """The word that names the family: the last one before a realm or a
    home town ("Henry VIII of England" -> "viii", "John Wyatt of
    Birmingham" -> "wyatt"), so that the place's mentions do not count as
    the person's."""
    return name.split()[realm_cut(name.split(), analysis) - 1].casefold()   # not "Ludwig van Beethoven" -> "ludwig"


def realm_cut(words: list[str], analysis: Analysis) -> int:
    """How many words of a name come before "of" and a place ("Henry VIII
    | of England"); all of them when there is none."""
    keys = [w.casefold() for w in words]
    return next((i for i, w in enumerate(keys) if i and w in analysis.lex.connectors
                 and (" ".join(keys[i + 1:]) in place_names(analysis.lex.code)
                      or analysis.kinds.of(tuple(keys[i + 1:])) == "place")), len(keys))


def without_origin(name: str, analysis: Analysis) -> str:
    """"Dr. Hermann Krause of Berlin", "President Franklin D. Roosevelt of
    the United States": a full name with where the person is from after
    it, where the article calls someone by the name's last word alone
    ("Krause") or by the rest of the name ("Red Cloud"), or with an initial
    before the last word ("D. Roosevelt"), or where a given name opens the
    name ("Senators ... Samuel White of Delaware"), is the name without it:
    that is a surname, and the place is no part of it. A regnal name
    ("Frederick William I of Prussia") and a name of one word ("William of
    Prussia") keep their realm."""
    words = name.split()
    cut = _origin_cut(words, analysis)
    if cut < 2 or cut == len(words) or regnal_number(words[cut - 1].casefold()) or words[0].endswith(","):
        return name
    head = tuple(w.casefold() for w in words[:cut])
    alone = sum(c.standalone for c in analysis.candidates
                if c.key in (head[-1:], head) and analysis.kinds.of(c.key) in ("person", "subject"))
    initial = any(INITIAL.fullmatch(w) for w in words[1:cut - 1])     # "Franklin D. Roosevelt": a surname last
    return " ".join(words[:cut]) if alone or initial or _given_and_home(words, cut, analysis) else name


def _given_and_home(words: list[str], cut: int, analysis: Analysis) -> bool:
    """"Samuel White | of Delaware": a given name opens the name, no title or
    office is in it ("Roman Catholic Archbishop | of Huế"), nor a regnal
    number ("Heinrich XXXII Reuss of Köstritz", a house), and "of"
    (`people.toml` `origin_joiners`, not "de" of "Nicolás de Ovando")
    brings the place."""
    head = [w.casefold() for w in words[:cut]]
    return given(head[0]) and words[cut].casefold() in analysis.lex.words("people", "origin_joiners") \
        and not find_role_noun(head, 0, len(head) - 1, analysis.lex) and not any(map(regnal_number, head))


def before_a_break(name: str, analysis: Analysis) -> str:
    """"Napoleon on Jefferson" (of "with Napoleon on Jefferson's behalf"),
    "Jeremy Black on the BBC": a name ends before a word that never stands
    inside one (`people.toml` `name_breaks`)."""
    words = name.split()
    breaks = analysis.lex.words("people", "name_breaks")
    cut = next((i for i, w in enumerate(words) if i and w in breaks), len(words))
    return " ".join(words[:cut])


def _origin_cut(words: list[str], analysis: Analysis) -> int:
    """How many words of a name come before where the person is from: a
    realm or home town the text knows (`realm_cut`) or an epithet of
    origin (`_epithet_cut`), whichever comes first."""
    return min(realm_cut(words, analysis), _epithet_cut(words, analysis))


def _epithet_cut(words: list[str], analysis: Analysis) -> int:
    """How many words of a name come before an epithet of origin
    (`people.toml` `origin_joiners`, "of" and a capitalised word, perhaps
    after `epithet_joiners`' "the"): "William | of Prussia", "Aristarchus |
    of Samos", "Augusta | of Saxe-Weimar", "Red Cloud | of the Oglala",
    whether or not the place is one the text knows; all of them when there
    is none. The person goes by what stands before it, not by the place."""
    joiners, the = analysis.lex.words("people", "origin_joiners"), analysis.lex.words("people", "epithet_joiners")

    def place_at(j: int) -> bool:
        """A capitalised word at j, or "the" and a capitalised word."""
        if j + 1 < len(words) and words[j] in the:
            j += 1
        return j < len(words) and words[j][:1].isupper()
    return next((i for i, w in enumerate(words) if i and w.casefold() in joiners and place_at(i + 1)), len(words))


def sort_key(name: str, analysis: Analysis, uses: Mapping[str, int]) -> str:
    """"Robert Hooke" -> "hooke robert" where the language sorts by surname
    and the article calls him "Hooke" (or never shortens a name that opens
    with a given name); a name the article shortens otherwise ("Mao" of
    "Mao Zedong") or never ("Sitting Bull", "Nguyễn Khánh"), a name ending
    in a regnal number ("Elizabeth II"), written as one word or one word
    with an epithet of origin ("William of Prussia"), and every
    name in a language without surnames, sorts as written
    (`pack.text.personnames`; `uses`: the person's forms and how often
    each is written)."""
    words = name.split()
    # "Ivan IV of Russia", "Alexis of Russia": the name before a realm or home town
    cut = _origin_cut(words, analysis)
    while cut > 2 and _suffix(words[cut - 1], analysis):
        cut -= 1              # "Martin Luther King Jr." sorts under King
    head = words[:cut]
    numeral = re.fullmatch(r"[IVXLC]+\.?", head[-1]) is not None
    styled = head[0].endswith(",")          # "Frederick, Duke of York"
    if not analysis.lex.people.get("sort_by_surname") or len(head) < 2 or numeral or styled:
        return name.casefold()
    core = " ".join(head)
    often = sum(uses.values()) >= 2
    order = sort_words(core, _with_family(head[-1], uses, analysis), analysis.lex.code, often, family_first(head, analysis))
    return " ".join(order + words[cut:]).casefold()


def _with_family(last: str, uses: Mapping[str, int], analysis: Analysis) -> Mapping[str, int]:
    """`uses`, with the last word of the name counted as often as the article
    names a person by it alone, anyone: "Hernando Pizarro", called
    "Hernando" beside his brother, still sorts under the family's "Pizarro"."""
    alone = sum(c.standalone for c in analysis.candidates
                if c.key == (last.casefold(),) and analysis.kinds.of(c.key) in ("person", "subject"))
    return {**uses, last: alone} if alone > uses.get(last, 0) else uses


def bare_name(form: str, member: Candidate, analysis: Analysis) -> str:
    """The written name without title prefix or quoted nickname."""
    part = analysis.kinds.name_part[member.key]
    words = form.split()
    cut = len(member.key) - len(part)
    if cut and not _given_prefix(member.key[:cut], analysis):
        words = words[cut:]
    if words and _suffix(words[-1], analysis) and words[-1].casefold() in abbreviations(analysis.lex.code):
        words[-1] += "."      # "Henry Cabot Lodge Jr.": the abbreviation's dot, read as the sentence's
    text = " ".join(words)
    text = NICKNAME.sub(" ", text)
    return SPACES.sub(" ", text).strip()


def _given_prefix(words: tuple[str, ...], analysis: Analysis) -> bool:
    """Words the name's analysis put before the bare name that are an
    initial or a given name, no title, office, faith (`name_modifiers`),
    place the text names or word it writes in lowercase ("Dudley" of "Dudley Allen Buck", "J." of
    "J. Robert Schrieffer"; not "General", "Major", "King", "France" of
    "Ambassador to France Robert Livingston"): they belong to the name."""
    return all(len(w) == 1 or given(w) and not find_role_noun([w], 0, 0, analysis.lex)
               and w not in analysis.lex.words("people", "honorifics") | analysis.lex.words("people", "name_modifiers")
               and w not in analysis.index.lowercase
               and analysis.kinds.of((w,)) not in ("place", "term") for w in words)


def _suffix(word: str, analysis: Analysis) -> bool:
    """"Jr.", "Sr.": a word that may end a name (`name_final_words`) and is
    no part of the family name."""
    return word.casefold().rstrip(".") in analysis.lex.text.get("name_final_words", [])


def comma_suffixed(name: str, occurrences: list[Occurrence], analysis: Analysis) -> str:
    """"Al Unser, Jr.": a name every mention of which a comma and "Jr." or
    "Sr." follow is written with it ("Al Unser Jr."; Al Unser is his
    father). The candidate stops at the comma."""
    suffixes = set()
    for o in occurrences:
        sentence = analysis.index.sentences[o.sentence]
        after = o.last + 1
        if after >= len(sentence.tokens) or sentence.gap(o.last, after) != ", " \
                or not _suffix(sentence.tokens[after].text, analysis):
            return name
        suffixes.add(sentence.tokens[after].text.rstrip(".") + ".")
    return f"{name} {suffixes.pop()}" if len(suffixes) == 1 else name


def styled(name: str, occurrences: list[Occurrence], analysis: Analysis) -> str:
    """"Prince Frederick, Duke of York and Albany", "Mary, Queen of Scots": a
    one-word name followed by a title of a place is known by both
    ("Frederick, Duke of York and Albany")."""
    for o in occurrences:
        sentence = analysis.index.sentences[o.sentence]
        if not o.standalone or o.last + 1 >= len(sentence.tokens) or sentence.gap(o.last, o.last + 1) != ", ":
            continue
        end = analysis.index.run_starting_at(o.sentence, o.last + 1)
        run = None if end is None else (o.last + 1, end)
        keys = analysis.index.keys[o.sentence]
        if run is None or not find_role_noun(keys, run[0], run[0], analysis.lex) \
                or not any(k in analysis.lex.connectors for k in keys[run[0]:run[1]]) \
                or any(keys[i] in analysis.lex.words("people", "honorifics")
                       or keys[i] in first_names() and i < run[1] and keys[i + 1] not in analysis.lex.connectors
                       for i in range(run[0] + 1, run[1] + 1)):
            continue          # "Rees, President of the Royal Society Sir Paul Nurse": the next person
        end = _spelled_place_end(sentence, keys, run[1], analysis)
        return f"{name}, {sentence.span_text(run[0], end)}"
    return name


def _spelled_place_end(sentence, keys, last: int, analysis: Analysis) -> int:
    """"Duke of York | and Albany": a second place joined to the title."""
    joiners = analysis.lex.words("people", "list_joiners")
    nxt = last + 1
    if nxt + 1 < len(keys) and keys[nxt] in joiners and sentence.tokens[nxt + 1].cap \
            and sentence.gap(last, nxt) == " " and sentence.gap(nxt, nxt + 1) == " " \
            and (nxt + 2 >= len(keys) or not sentence.tokens[nxt + 2].cap):
        return nxt + 1
    return last


def display(forms: Counter) -> str:
    """The most used form with two words or more, else the most used form;
    a longer form that ends with it is the fuller name ("Douwes Dekker" ->
    "Ernest Douwes Dekker"), and so is one that a form of given names only
    opens ("Martín Alonso" -> "Martín Alonso Pinzón")."""
    full = [f for f in forms if len(f.split()) > 1] or list(forms)
    best = min(full, key=lambda f: (-forms[f], -len(f), f))
    given_only = all(w.casefold() in first_names() for w in best.split())
    # A number after a full name marks the son ("Diego de Almagro II", whose
    # father is "Diego de Almagro"); after given names, or a name with no
    # given name first, it is the one regnal name ("John Paul II", "Seqenenre Tao II").
    family = len(best.split()) > 1 and best.split()[0].casefold() in first_names() and not given_only
    fuller = [f for f in forms if f != best and (f.endswith(" " + best) or (
        f.startswith(best + " ") and (given_only or not family and ROMAN.fullmatch(f[len(best) + 1:].casefold()))))]
    # ("John Paul II"; "Martín Alonso" -> "Martín Alonso Pinzón": given names only)
    return max(fuller, key=lambda f: (forms[f], -len(f), f)) if fuller else best


def shared_surname(c: Candidate, analysis: Analysis, family_words: set[str]) -> str:
    """"Alfred and Eugene Cowles": a given name alone before a joiner and a
    full name shares its surname ("Alfred Cowles"); "" otherwise, and
    always where people go by no family name (people.toml `sort_by_surname`
    false: "Soekarno, Hatta dan Radjiman Widjodiningrat" are three men, no
    "Hatta Widjodiningrat"). Not a word that ends another full name of the
    article (`family_words`): "friends, Maksymovych and Osyp Bodiansky" are
    Mykhaylo Maksymovych and Osyp Bodiansky, no "Maksymovych Bodiansky"."""
    if len(c.key) != 1 or not c.standalone or not analysis.lex.people.get("sort_by_surname") \
            or c.key[0] in family_words:
        return ""
    joiners = analysis.lex.words("people", "list_joiners")
    surnames = set()
    for o in c.occurrences:
        if not o.standalone:
            continue
        keys = analysis.index.keys[o.sentence]
        sentence = analysis.index.sentences[o.sentence]
        nxt = o.last + 2
        run = next(((f, l) for f, l in analysis.index.runs[o.sentence] if f == nxt), None)
        if o.last + 1 >= len(keys) or keys[o.last + 1] not in joiners or run is None or run[1] - run[0] != 1 \
                or analysis.kinds.of(tuple(keys[run[0]:run[1] + 1])) != "person":
            return ""
        surnames.add(sentence.tokens[run[1]].text)
    return surnames.pop() if len(surnames) == 1 else ""


def mention_name(c: Candidate, o: Occurrence, surname: str, analysis: Analysis) -> str:
    form = analysis.index.sentences[o.sentence].span_text(o.first, o.last)
    return bare_name(form, c, analysis) + (f" {surname}" if surname else "")
