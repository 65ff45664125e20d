"""Extract stage, who's-who: names taken for people that are no one.

Inputs: candidates (or an entry's name and mentions) and the article's
`Analysis`. Outputs: yes/no tests the assembly (`entries`) asks before it
lists someone. A name its text shortens to an acronym in brackets ("Tri
Komando Rakjat (TRIKORA)") is no one, nor one half of a firm's name
("Stone & Webster", "Nova Scotia Light and Power"), nor a title after
another name ("Robert Dudley, Earl of Leicester"), nor an office, nor one
an article stands before at every mention ("the Knesset"; not past a
title: "the Emperor Heraclius"), nor one that only qualifies a noun after
it ("Monte Carlo computer simulations"), nor a plural after a nationality
adjective ("German Jews"), nor one with a capitalised function word inside
("How Long Must Women Wait For Liberty"), nor a name the text calls a work,
a place or a ship ("the opera Don Giovanni"), nor common words alone, nor
a common noun numbered ("Annex III") or alone after a peer's title ("Lord
Protector").
"""

from __future__ import annotations

from functools import lru_cache

from pack.text.analysis import RECENT_SIZE, Analysis
from pack.text.candidates import Candidate, Occurrence
from pack.text.firstnames import first_names
from pack.text.kinds import ROMAN, attributive_demonym, has_name_element
from pack.text.nounphrases import is_adjective
from pack.text.phrases import cue_after, cue_before, spells
from pack.text.personnames import COMMON_ZIPF, INITIALS
from pack.text.wordclass import available as wordclass_available, classes as word_classes, verb_only
from pack.extract.people.mention_roles import noun_follows
from pack.extract.people.roles import Role, find_role_noun, office_of
from pack.lang.schema import tunables_of
from pack.extract.people.name_forms import DASH_WORD, given, possessives, realm_cut, regnal_number, titles_before_last

# Thresholds, each declared with why in pack/lang/schema.toml [tunables].
(CONTEXT_MENTIONS, KIND_LIST_REACH, COMMON_NOUN_ZIPF, BRAND_RUNS) = tunables_of(__name__)
# Joins the partners' names of a firm in every language ("Stone & Webster").
AMPERSAND = "&"


def spelled_by_acronym(c: Candidate, analysis: Analysis) -> bool:
    """"Poesat Tenaga Rakjat (POETERA)", "Tri Komando Rakjat (TRIKORA)": a
    name its text shortens to an acronym of its words' first letters or
    syllables, in brackets right after it, is a body or a plan, no one's name."""
    for o in c.occurrences:
        sentence = analysis.index.sentences[o.sentence]
        after = o.last + 1
        if after < len(sentence.tokens) and sentence.tokens[after].acronym \
                and sentence.gap(o.last, after).strip() == "(" \
                and spells(sentence.tokens[after].text.casefold(),
                           analysis.index.keys[o.sentence][o.first:o.last + 1], rest="start"):
            return True
    return False


def in_a_firm_name(c: Candidate, analysis: Analysis) -> bool:
    """A name that is always one half of a firm's name, not a person: right
    after an ampersand ("Stone & Webster of Boston"), or before a joiner
    and one capitalised common word ("Nova Scotia Light and Power": no
    person is called "Power"), or opening on a capitalised common word
    after one and a joiner ("Institute of Space Science and Technology
    Thiruvananthapuram")."""
    return all(_after_an_ampersand(o, analysis) or _before_a_common_partner(o, analysis)
               or _after_a_common_partner(o, analysis) for o in c.occurrences)


def _after_an_ampersand(o: Occurrence, analysis: Analysis) -> bool:
    return o.first > 0 and analysis.index.sentences[o.sentence].gap(o.first - 1, o.first).strip() == AMPERSAND


def _before_a_common_partner(o: Occurrence, analysis: Analysis) -> bool:
    """The partner is a common noun of the language ("Power"), no given
    name, honorific or initial, and opens no name of its own ("and Sir
    Almroth Wright", "and American engineer Charles Hall", "and R. R. Hake"
    go on to a person)."""
    partner = o.last + 2
    tokens = analysis.index.sentences[o.sentence].tokens
    return _a_common_partner(o.sentence, partner, partner - 1, analysis) \
        and not (partner + 1 < len(tokens) and tokens[partner + 1].cap)


def _after_a_common_partner(o: Occurrence, analysis: Analysis) -> bool:
    """The name's first word and the word before its joiner are both
    capitalised common nouns ("Science and Technology Thiruvananthapuram")."""
    partner = o.first - 2
    return _a_common_partner(o.sentence, partner, partner + 1, analysis) \
        and _a_common_noun(analysis.index.keys[o.sentence][o.first], analysis)


def _a_common_partner(number: int, partner: int, joiner: int, analysis: Analysis) -> bool:
    """In sentence `number`, token `joiner` is a list joiner ("and") one
    space after the word before it, and token `partner`, on the far side of
    it from the name, a capitalised common noun: the name's partner in a
    firm's or a body's name, seen from either side."""
    sentence, keys = analysis.index.sentences[number], analysis.index.keys[number]
    return 0 <= partner < len(keys) and keys[joiner] in analysis.lex.words("people", "list_joiners") \
        and sentence.gap(joiner - 1, joiner) == " " and sentence.tokens[partner].cap \
        and _a_common_noun(keys[partner], analysis)


def _a_common_noun(word: str, analysis: Analysis) -> bool:
    """A frequent noun of the language, no given name nor honorific, nor a
    person the article names by it alone ("Smith and Young": two people)."""
    return analysis.lex.zipf(word) >= COMMON_ZIPF and "NOUN" in word_classes(word, analysis.lex.code) \
        and word not in first_names() and word not in analysis.lex.words("people", "honorifics") \
        and analysis.kinds.of((word,)) != "person"


def title_of_the_name_before(c: Candidate, analysis: Analysis) -> bool:
    """"Robert Dudley, Earl of Leicester, ...": a name that is a title
    ("Earl of Leicester") and only ever follows another name after a comma
    is that person's title, not someone else. So is one word and a realm
    set off by commas ("Josip Jelačić, Ban of Croatia, crossed"), an office
    no list of role nouns holds."""
    if analysis.kinds.name_part[c.key] != c.key:
        return False
    titled = bool(find_role_noun(list(c.key), 0, 0, analysis.lex))
    if not titled and not (len(c.key) > 2 and (realm_cut(list(c.key), analysis) == 1 or _word_of(c.key, analysis))):
        return False
    for o in c.occurrences:
        sentence = analysis.index.sentences[o.sentence]
        if not (o.first > 0 and sentence.gap(o.first - 1, o.first) == ", "
                and analysis.index.run_ending_at(o.sentence, o.first - 1) is not None):
            return False
        if not titled and not _apposition_closed(o, analysis):
            return False
    return True


def _word_of(key: tuple[str, ...], analysis: Analysis) -> bool:
    """"Canon of Rouen": one word that is no given name, then "of" and
    more: the shape of a title even where no list holds the word and the
    place is not known as one ("John of Gaunt" opens on a given name)."""
    return key[1] in analysis.lex.connectors and not given(key[0])


def _apposition_closed(o: Occurrence, analysis: Analysis) -> bool:
    """A comma and a word that goes on with the clause follow ("…, Ban of
    Croatia, crossed"), not another list member ("…, John of Gaunt, and")."""
    sentence, keys = analysis.index.sentences[o.sentence], analysis.index.keys[o.sentence]
    after = o.last + 1
    return after < len(keys) and sentence.gap(o.last, after) == ", " and not sentence.tokens[after].cap \
        and keys[after] not in analysis.lex.words("people", "list_joiners")


def an_office(name: str, analysis: Analysis) -> bool:
    """"Information Minister", "Roman Catholic Archbishop of Huế", "Duke of
    Wellington": a name that (before "of" and what follows) ends with an
    occupation (`people.toml` `occupations`) after common words of the
    language only, or none, is an office or a title, not a person's name
    ("Alexander Pope" stays: "Alexander" is no common word). Only where the
    role's head comes last and the language has a word-class table."""
    if analysis.lex.people["role_head_first"] or not wordclass_available(analysis.lex.code):
        return False
    keys = [w.casefold() for w in name.split()]
    cut = next((i for i, k in enumerate(keys) if i and k in analysis.lex.connectors), len(keys))
    occupations = analysis.lex.phrases("people", "occupations")
    for start in range(cut):
        if tuple(keys[start:cut]) in occupations:
            return all(word_classes(k, analysis.lex.code) for k in keys[:start])
    return False


def what_an_office_is_of(occurrences: list[Occurrence], analysis: Analysis) -> bool:
    """"Viktor Shvets, the managing director of Credit Suisse": a name the
    text writes only right after an occupation and "of" (`roles.office_of`)
    is the body or the place that office is of, not a person (the caller
    asks only of names with no role and nothing said of them that only
    people do: "the secretary of Napoleon" is answered elsewhere)."""
    mentions = [o for o in occurrences if o.standalone]
    return bool(mentions) and all(office_of(analysis.index.keys[o.sentence], o.first, analysis.lex) for o in mentions)


def common_word_named_once(name: str, occurrences: list[Occurrence], analysis: Analysis) -> bool:
    """"General Electric", "Royal Mail", "the Secretary of the Interior": a
    common word of the language after a title, met once, names a company,
    a body or an office, not a person ("Lord Melbourne", "Grant" named
    often and given names stay). Only where people go by surname: a single
    name ("Soekarno") is as common in Indonesian text as any word."""
    word = name.casefold()
    return analysis.lex.people.get("sort_by_surname", False) and len(occurrences) == 1 and " " not in word and word not in first_names() \
        and analysis.lex.zipf(word) >= COMMON_NOUN_ZIPF


def common_words_only(name: str, analysis: Analysis) -> bool:
    """"Pekerjaan Umum" (of "Menteri Pekerjaan Umum", the Minister of Public
    Works), "M. Contoh" (of "839 M. Contoh lain", an era letter and
    "example"): a name of two words or more whose every word but its
    initials is among the language's most common words (zipf at least
    personnames.COMMON_ZIPF) and no given name is a phrase in capitals, not
    a person ("Sitting Bull", "Red Cloud", "Bill Gates" have rarer words
    or a given name)."""
    words = name.split()
    rest = [w for w in words if not INITIALS.fullmatch(w)]
    return len(words) > 1 and bool(rest) and all(
        analysis.lex.zipf(w) >= COMMON_ZIPF and w.casefold() not in first_names() for w in rest)


def common_word_alone(name: str, analysis: Analysis) -> bool:
    """"Bird" ("Free Bird", "Lime and Bird"): a common word of the language
    the text never describes names a thing, a song or a firm, however
    often it comes back, where people go by surname (a surname that is a
    common word, "Black", is listed under the full name)."""
    return common_word_named_once(name, [None], analysis)


def bare_given_name(name: str) -> bool:
    """A given name alone ("Alexander", "Venus"): without who they are it
    tells a reader nothing, and a planet or a goddess may go by it too."""
    return " " not in name and name.casefold() in first_names()


def listed_without_role(name: str, occurrences: list[Occurrence], analysis: Analysis) -> bool:
    """A full name always; one word only when it is no given name ("Soetomo",
    not "Alexander") and comes back at least `CONTEXT_MENTIONS` times or is
    built as only personal names are ("Tjokroaminoto"). Never
    a title alone ("Duke of York", "Bupati Jepara"): that is someone's
    office, and the article names the someone elsewhere."""
    words = name.split()
    if find_role_noun([w.casefold() for w in words], 0, 0, analysis.lex):
        return False
    if len(words) > 1:
        return True
    word = words[0].casefold()
    # A name built as only personal names are ("Tjokroaminoto") is a person named once too.
    return not bare_given_name(name) and (len(occurrences) >= CONTEXT_MENTIONS or has_name_element((word,), analysis.lex))


def _unlisted_given(part: tuple[str, ...], analysis: Analysis) -> bool:
    """A full name whose given name no list holds ("Sarvepalli
    Radhakrishnan", "Christabel Pankhurst", "Manco Inca Yupanqui", "Dred
    Scott"): a person's when every word of it is one the language's word
    table does not know and the article never writes in lowercase, none
    is the name of a place of the article ("Amitie SC Kyoto", "Belenenses
    Lisbon") and none a word of the subject's name ("Lycée Louis Pasteur":
    a school named after them). "Corso Italia" stays out: "corso" is a
    word the table knows."""
    code, kinds = analysis.lex.code, analysis.kinds
    return wordclass_available(code) and all(
        not word_classes(w, code) and w not in analysis.index.lowercase and kinds.of((w,)) != "place"
        and w not in analysis.subject_words for w in part)


def surely_a_person(members: list[Candidate], analysis: Analysis) -> bool:
    """Without a role the name alone must show a person: not taken for one
    only for its neighbours in a list, and not ending in a word the article
    writes in lowercase ("Stanley Cup", "Bell Media", "World War") or in a
    word that ends names of places and buildings ("Roy Thomson Hall"; the
    chemist Charles Martin Hall has a role and does not come here). A full
    name the article tells something only people do of (`kinds.evidence`)
    passes the first two checks and, with a given name first, the
    lowercase one ("James Prescott Joule" beside the unit "joule")."""
    parts = [analysis.kinds.name_part[m.key] for m in members]
    # A full name the article tells something only people do of ("Milislav Demerec, the newly appointed
    # acting director", "an effect James Prescott Joule studied"): a person, though listed beside people.
    told = any(analysis.kinds.evidence.get(m.key, 0) and len(p) > 1 for m, p in zip(members, parts))
    if all(m.key in analysis.kinds.by_company for m in members) and not told:
        return False
    if any(len(p) > 1 and ROMAN.fullmatch(p[-1]) or (len(p) == 2 and p[-1] == "i") for p in parts):
        return True           # "Tuthmosis III", "Seqenenre Tao II": a regnal name is a person's
    joiners = analysis.lex.words("people", "epithet_joiners")
    if any(len(p) == 3 and p[1] in joiners for p in parts):
        return True           # "Alexander the Great", "Ramesses the Great": a name and its epithet
    if analysis.lex.people.get("context_needs_given_name") and not told and any(len(p) > 1 for p in parts) and not any(
            len(p) > 1 and ((given(p[0]) or _unlisted_given(p, analysis)) and p[0] not in analysis.index.lowercase
                            or len(p[0]) == 1) for p in parts):
        return False          # "Corso Italia": English full names start with a given name or initials
        # (also before a name: "C. P. Ramaswamy Aiyar", "K. Alex Müller")
    if _after_determiner(members, analysis):
        return False
    if any(w in analysis.lex.month_names for p in parts for w in p[1:]):
        return False          # "Morgan Point on August": a date run into a place, no name goes on so
    # (A single word got here as a person from evidence of its own: "Raffles said".)
    tails = analysis.lex.words("places", "place_tails") | analysis.lex.words("people", "thing_tails")
    told_given = told and any(len(p) > 1 and given(p[0]) for p in parts)
    return all((told_given or p[-1] not in analysis.index.lowercase) and p[-1] not in tails for p in parts)


def named_as_kind(members: list[Candidate], occurrences: list[Occurrence], analysis: Analysis) -> bool:
    """A name the article calls a thing of some kind (`people.toml`
    `kind_nouns`) is no person's, whatever its words: right after the kind
    noun where the language puts the head last ("the opera Don Giovanni",
    "two tiny outlying islands: Minami Torishima", "the national anthem,
    Wilhelmus van Nassauwe", "the magazine De Roode Duivel"; only there: an
    Indonesian "buku Hatta" is Hatta's book), or opening the name where it
    puts the head first ("Misi Zollinger", the Zollinger mission); also a
    name in a list the kind noun governs (`_listed_after_a_kind`,
    `_last_of_a_kind_list`, `_joined_after_a_kind`). Only for people the
    article never gives a role (checked by the caller)."""
    kinds = analysis.lex.phrases("people", "kind_nouns")
    if not kinds:
        return False
    if analysis.lex.people["role_head_first"]:
        return any(0 < cue_after(m.key, 0, kinds) < len(m.key) for m in members)
    for o in occurrences:
        keys, sentence = analysis.index.keys[o.sentence], analysis.index.sentences[o.sentence]
        after = o.last + 1
        # Not the subject of a verb after it: "In his book Darwin argued", "a 1926 book, Eddington critiqued".
        subject = after < len(keys) and (analysis.lex.looks_like_verb(keys[after])
                                         or verb_only(keys[after], analysis.article.lang))
        # "the magazine De Roode Duivel": the name's own capitalised article or particle may stand between.
        start = o.first
        while start > 1 and keys[start - 1] in analysis.lex.connectors and sentence.tokens[start - 1].cap:
            start -= 1
        # "his house the Quinta del Sordo": an article between the kind noun and the name.
        if start > 1 and keys[start - 1] in analysis.lex.words("people", "definite_articles") \
                and sentence.gap(start - 1, start) == " " and cue_before(keys, start - 1, kinds):
            start -= 1
        if start and cue_before(keys, start, kinds) and sentence.gap(start - 1, start) in (" ", ": ", ", ") \
                and not subject:
            return True
        if _last_of_a_kind_list(keys, sentence, o, kinds, analysis) or _listed_after_a_kind(keys, sentence, o, kinds, analysis) \
                or _joined_after_a_kind(keys, sentence, o, kinds, analysis) or _kind_is_named(keys, o, kinds, analysis) \
                or _named_after_a_dash(keys, sentence, o, kinds, analysis):
            return True
    return False


def _named_after_a_dash(keys, sentence, o: Occurrence, kinds, analysis: Analysis) -> bool:
    """"a Romantic poem of German idyllic life – Hans Küchelgarten.": a name
    after a spaced dash that ends the sentence, with a kind noun and no role
    noun at most `KIND_LIST_REACH` words before the dash, is that thing's
    title ("his wife – Maria" names a wife)."""
    if o.first == 0 or DASH_WORD.fullmatch(sentence.gap(o.first - 1, o.first).strip()) is None \
            or o.last + 1 != len(keys):
        return False
    window = range(max(o.first - KIND_LIST_REACH, 0), o.first)
    return any(cue_after(keys, i, kinds) for i in window) \
        and not any(find_role_noun(keys, i, i, analysis.lex) for i in window)


def _listed_after_a_kind(keys, sentence, o: Occurrence, kinds, analysis: Analysis) -> bool:
    """"The major dailies with more than one lakh circulation per day include
    The Hindu, Dina Thanthi": a name in a list after a list cue (people.toml
    `kind_list_cues`) with a kind noun at most `KIND_LIST_REACH` words
    before it is a thing of that kind; the list's names may open with an
    article ("horse races including the Kikuka-shō, Spring Tenno Sho")."""
    lex = analysis.lex
    inside = lex.words("people", "list_joiners") | lex.words("people", "kind_list_inner") \
        | lex.words("people", "definite_articles")
    start = o.first
    while start > 0 and (sentence.tokens[start - 1].cap or keys[start - 1] in inside) \
            and not cue_before(keys, start, lex.phrases("people", "kind_list_cues")):
        start -= 1
    cue = cue_before(keys, start, lex.phrases("people", "kind_list_cues"))
    return bool(cue) and any(cue_after(keys, i, kinds) for i in range(max(start - cue - KIND_LIST_REACH, 0), start - cue))


def _kind_is_named(keys, o: Occurrence, kinds, analysis: Analysis) -> bool:
    """"The first Telugu journal printed from Madras was Satya Doota": a
    name right after a copula (`copula_role_cues`) whose subject, at most
    `KIND_LIST_REACH` words before it, holds a kind noun and no role noun,
    is a thing of that kind ("The magazine's editor was John Smith" names
    an editor)."""
    cue = cue_before(keys, o.first, analysis.lex.phrases("people", "copula_role_cues"))
    if not cue:
        return False
    window = range(max(o.first - cue - KIND_LIST_REACH, 0), o.first - cue)
    return any(cue_after(keys, i, kinds) for i in window) \
        and not any(find_role_noun(keys, i, i, analysis.lex) for i in window)


def _joined_after_a_kind(keys, sentence, o: Occurrence, kinds, analysis: Analysis) -> bool:
    """"abandon forts Phil Kearny and C.F. Smith": a name joined by a list
    joiner to names right after a kind noun is a thing of that kind too."""
    joiners = analysis.lex.words("people", "list_joiners")
    start, joined = o.first, False
    while start > 0 and (sentence.tokens[start - 1].cap or keys[start - 1] in joiners):
        start -= 1
        joined = joined or keys[start] in joiners
    return joined and bool(cue_before(keys, start, kinds)) and sentence.gap(start - 1, start) == " "


def _last_of_a_kind_list(keys, sentence, o: Occurrence, kinds, analysis: Analysis) -> bool:
    """"Gemini and Vijaya Vauhini studios": the last name of a list, right
    before a kind noun, is a thing of that kind (head-last languages); not
    a possessive, the things' owner ("Karl Benz's and Gottlieb Daimler's
    companies")."""
    after = o.last + 1
    return o.first > 0 and not sentence.tokens[o.last].text.endswith(possessives(analysis)) and keys[o.first - 1] in analysis.lex.words("people", "list_joiners") \
        and after < len(keys) and sentence.gap(o.last, after) == " " and bool(cue_after(keys, after, kinds))


def _after_determiner(members: list[Candidate], analysis: Analysis) -> bool:
    """"a genuinely pious Roman Catholic", "the El Niño Southern
    Oscillation", "the Edwin Smith and Ebers papyri": a name an article
    or a possessive stands before (past adjectives and adverbs) names a
    thing or a kind, not a person, when it does so at every mention. A
    place's name between counts as an adjective ("the Paris Panthéon"),
    and a place's possessive as a determiner ("Paris' Panthéon")."""
    determiners = analysis.lex.words("definitions", "determiners")
    adverb_endings = tuple(analysis.lex.definitions.get("adverb_endings", []))
    mentions = [o for m in members for o in m.occurrences if o.standalone]
    for o in mentions:
        keys, tokens = analysis.index.keys[o.sentence], analysis.index.sentences[o.sentence].tokens
        i = o.first - 1
        while i >= 0 and _place_word(o.sentence, i, analysis) != "possessive" and (
                _place_word(o.sentence, i, analysis) or not tokens[i].cap and (
                    is_adjective(keys[i], analysis.lex) or adverb_endings and keys[i].endswith(adverb_endings))):
            i -= 1
        if i < 0 or keys[i] not in determiners and _place_word(o.sentence, i, analysis) != "possessive":
            return False
        if o.last > o.first and given(keys[o.first]) and tokens[o.last].text.endswith(possessives(analysis)):
            return False      # "the František Palacký's 1836 History": the article is the work's, a full name owns it
            # (not "the Ospedale's orchestra": one word after "the" is a body's name)
    return bool(mentions)


def thing_by_its_shape(name: str, role: Role | None, members: list[Candidate], analysis: Analysis) -> bool:
    """A name whose shape in the text shows a thing, whatever role was read for it."""
    title = role is not None and role.pattern == "title"
    words = name.split()
    if len(words) == 2 and ROMAN.fullmatch(words[1].casefold()) and given(words[0].casefold()):
        return False          # "the Bourbon Ferdinand IV", "Pope Pius IX": a given name and a regnal number
    if _a_numbered_noun(words, analysis) or _a_common_noun_alone(words, analysis):
        return True           # "Annex III", "Article 5"; "Protector" (of "Lord Protector")
    if not title and _after_determiner(members, analysis):
        return True           # "the Knesset" at every mention: a body
    if title and words[0].casefold() in analysis.lex.words("places", "place_tails") \
            and not any(given(w.casefold()) for w in words[1:]):
        return True           # "King County Courthouse": the "title" opens a place's name
    # "How Long Must Women Wait For Liberty": a banner's words; "Monte Carlo
    # computer simulations": a method named after a place.
    return _function_word_inside(name, analysis) or _a_modifier_at_every_mention(members, analysis) \
        or _a_people(words, analysis) or _a_region(words, analysis) or _a_word_in_languages(words, members, analysis)


def _a_numbered_noun(words: list[str], analysis: Analysis) -> bool:
    """"Annex III", "Article 5", "Route 66": a common noun of the language
    (the word table holds it as a noun) numbered is a part of a document,
    a road or a thing of a series, not a person; a king's regnal number
    follows a given name ("Henry VI") or a name no table knows ("Pius
    II", "Psamtik I")."""
    if len(words) != 2 or not (words[1].isdigit() or regnal_number(words[1].casefold())):
        return False
    word = words[0].casefold()
    return not given(word) and "NOUN" in word_classes(word, analysis.lex.code)


def _a_common_noun_alone(words: list[str], analysis: Analysis) -> bool:
    """"Protector" (of "Lord Protector"), "Earl Rivers": a one-word name,
    perhaps after a peer's bare title, that is only a common noun of the
    language and no given name is a title or a peerage (its holder is
    named in full elsewhere), where people go by surname: one known by
    surname alone has a surname no word table holds ("Talleyrand",
    "Bellarmine") or is named in full. A cost: a peer by such a word
    ("Lord Derby") is left out too."""
    if not analysis.lex.people.get("sort_by_surname", False):
        return False
    keys = [w.casefold() for w in words]
    p = titles_before_last(keys, analysis.lex.phrases("people", "bare_titles"))
    # Only a word that is nothing but a noun: "Lord North", "Earl Grey" are
    # peers by words that are adjectives too (the title may be cut already).
    return p == len(keys) - 1 and not given(keys[p]) and word_classes(keys[p], analysis.lex.code) == {"NOUN"}


def _a_people(words: list[str], analysis: Analysis) -> bool:
    """"German Jews": a plural after a nationality adjective (`_a_nationality`)
    names a group, not a person."""
    return len(words) == 2 and words[1].endswith("s") and _a_nationality(words[0], analysis)


def _a_region(words: list[str], analysis: Analysis) -> bool:
    """"In Roman Britain": a place the article names alone ("Britain"), after
    a nationality adjective (`_a_nationality`), is a land in a period, not
    a person."""
    return len(words) == 2 and analysis.kinds.of((words[1].casefold(),)) == "place" \
        and _a_nationality(words[0], analysis)


def _a_word_in_languages(words: list[str], members: list[Candidate], analysis: Analysis) -> bool:
    """"e.g. German Silizium, Turkish silisyum, Catalan silici": a word after
    a nationality adjective (`_a_nationality`, here the language's name),
    listed before another nationality and a small word, is a word of that
    language, not a person. The list is the cue: "Roman Polanski" is never
    followed so."""
    return len(words) == 2 and _a_nationality(words[0], analysis) \
        and any(_a_language_form_follows(o, analysis) for m in members for o in m.occurrences)


def _a_language_form_follows(o: Occurrence, analysis: Analysis) -> bool:
    """After the mention: a comma, a nationality adjective, a word in lower case."""
    sentence, after = analysis.index.sentences[o.sentence], o.last + 1
    if after + 1 >= len(sentence.tokens) or sentence.gap(o.last, after) != ", ":
        return False
    return _a_nationality(sentence.tokens[after].text, analysis) and not sentence.tokens[after + 1].cap


def _a_nationality(word: str, analysis: Analysis) -> bool:
    """A word the article writes alone as a nationality adjective ("German
    unification", "Roman forts": `kinds.attributive_demonym`)."""
    alone = _one_word_names(analysis).get(word.casefold())
    return alone is not None and attributive_demonym(alone, analysis.index, analysis.lex)


@lru_cache(maxsize=RECENT_SIZE)
def _one_word_names(analysis: Analysis) -> dict[str, Candidate]:
    """The article's one-word candidates by their word (made once per article)."""
    return {c.key[0]: c for c in analysis.candidates if len(c.key) == 1}


def product_shaped(name: str, analysis: Analysis) -> bool:
    """"PostScript", "ActionScript", "HaAvoda": a capital inside a word,
    after lowercase letters that are no name prefix of the language
    (`people.toml` `inner_capital_prefixes`: "McClintock", "DiCaprio"), is
    how products, formats and firms are written, not people, whatever
    the text seems to tell of them ("PDF's predecessor PostScript"). Asked
    only of names the article never gives a role."""
    prefixes = analysis.lex.words("people", "inner_capital_prefixes")
    if not prefixes:
        return False
    for word in name.split():
        inner = next((i for i in range(1, len(word)) if word[i].isupper() and word[i - 1].islower()), None)
        if inner is not None and word[:inner].casefold().strip("'’") not in prefixes \
                and not given(word.casefold()):      # "JoAnne", "LaToya": given names written so
            return True
    return False


def opens_other_names(name: str, occurrences: list[Occurrence], analysis: Analysis) -> bool:
    """"Macromedia FreeHand, Macromedia HomeSite, Macromedia JRun": a
    single word that opens other capitalised names (`BRAND_RUNS` times or
    more, twice as often as it stands alone) is a firm's or a brand's name
    before its products, not a person's. Asked only of names the article
    never gives a role ("Lincoln Memorial" beside a described Lincoln stays)."""
    if " " in name:
        return False
    alone = opening = 0
    for o in occurrences:
        sentence = analysis.index.sentences[o.sentence]
        tokens = sentence.tokens
        if o.standalone:
            alone += 1
        elif (o.first == 0 or not tokens[o.first - 1].cap or sentence.gap(o.first - 1, o.first) != " ") \
                and o.last + 1 < len(tokens) and tokens[o.last + 1].cap and sentence.gap(o.last, o.last + 1) == " ":
            opening += 1
    return opening >= BRAND_RUNS and opening >= 2 * alone


def borrowed_words(name: str, analysis: Analysis) -> bool:
    """A name the article never gives a role, made only of words another
    language's lexicon knows (`people.toml` `borrowed_lexicon`: English in
    Indonesian text) and no given name: "National Geographic", "Asian
    Games" are a magazine and an event, not people."""
    other = analysis.lex.people.get("borrowed_lexicon", "")
    return bool(other) and all(word_classes(w.casefold(), other) and w.casefold() not in first_names()
                               for w in name.split())


def _function_word_inside(name: str, analysis: Analysis) -> bool:
    """A capitalised function word after a name's first word ("... Must
    Women Wait For Liberty") is no part of a person's name; a particle
    ("de", "van": `name_connectors`), a regnal number ("Charles I") and a
    styled name's own words ("Frederick, Duke of York and Albany") are."""
    words = name.split()
    if words[0].endswith(","):
        return False
    return any(w.casefold() in analysis.lex.function_words and w.casefold() not in analysis.lex.connectors
               and not regnal_number(w.casefold()) for w in words[1:])


def _a_modifier_at_every_mention(members: list[Candidate], analysis: Analysis) -> bool:
    """"Monte Carlo computer simulations", "German Salic law": a name that
    stands right before a lowercase word the lexicon knows only as a noun,
    at every mention, names the kind of that thing, not a person ("Darwin's
    theory" is a possessive; "Flowers who", "Murillo or": function words;
    "Smith said": a verb)."""
    mentions = [o for m in members for o in m.occurrences if o.standalone]
    for o in mentions:
        keys, sentence = analysis.index.keys[o.sentence], analysis.index.sentences[o.sentence]
        if sentence.tokens[o.last].text.endswith(possessives(analysis)) \
                or not noun_follows(sentence, keys, o.last, analysis):
            return False
    return bool(mentions)


def _place_word(number: int, i: int, analysis: Analysis) -> str:
    """Token `i` of sentence `number` as a place's name: "possessive"
    ("Paris' Panthéon"), "place" ("the Paris Panthéon"), "" (none)."""
    sentence = analysis.index.sentences[number]
    if not sentence.tokens[i].cap or analysis.kinds.of((analysis.index.keys[number][i],)) != "place":
        return ""
    return "possessive" if sentence.gap(i, i + 1)[:1] in ("'", "’") else "place"
