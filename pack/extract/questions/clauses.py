"""Is this piece of text fit to stand inside a question?

Stage: extract (shared helper). Inputs: a clause or phrase lifted from a
sentence, and the language data. Outputs: yes/no answers used by every
generator to drop candidates rather than print broken questions: the
clause has its own subject and verb; it names what it talks about (no
"tersebut", "this", "the latter", "Gengnya"); its quotes and brackets are
balanced; no template slot or internal label leaks through; its subject is
not a bare "the" + noun that the sentence before introduced.
"""

from __future__ import annotations

import re

from pack.extract.questions.sentences import WORD
from pack.text.language import Language
from pack.text.wordclass import adverb_only, verb_only
from pack.lang.schema import tunables_of

# Thresholds, each declared with why in pack/lang/schema.toml [tunables].
(MAX_SCOPE_WORDS, SPECIFIC_WORDS, INTRODUCED_WORDS) = tunables_of(__name__)
from pack.extract.questions.sentences import cut_clause, first_word

SLOT = re.compile(r"[{}\[\]]|(?<![\w-])X(?![\w-])|\b(?:ch|q|gl|who)\d*-[\w-]+")
OPEN_CLOSE = (("(", ")"), ("“", "”"))


def balanced(text: str) -> bool:
    if text.count('"') % 2:
        return False
    return all(text.count(a) == text.count(b) for a, b in OPEN_CLOSE)


def names_its_referents(text: str, ql: Language) -> bool:
    """No word that points back to something outside the text."""
    found = WORD.findall(text)
    for word in found:
        # "mengeluarkannya": a verb whose object points back (most words end in no such suffix).
        if word.endswith(ql.anaphoric_suffixes) and any(
                word.endswith(s) and ql.is_verb(word[: -len(s)]) for s in ql.anaphoric_suffixes):
            return False
    for i, word in enumerate(found):
        if word.casefold() in ql.demonstratives and i + 1 < len(found):
            following = found[i + 1: i + 5]
            opener = following[0].casefold()
            if opener in ql.determiners or opener in ql.person_pronouns or opener in ql.other_pronouns:
                continue          # "stated that the base ...": a clause follows
            if following[0][:1].islower() and not any(ql.is_verb(w) for w in following):
                return False      # "recreated that experiment"
    excused = [m.span() for m in ql.anaphora_allowed.finditer(text)]
    for match in ql.anaphora.finditer(text):
        start, end = match.span()
        if not any(a <= start and end <= b for a, b in excused):
            return False
    return True


def fit(text: str, ql: Language, min_words: int = 3, max_words: int = 32) -> bool:
    """A lifted piece of text that can stand in a question as it is."""
    count = len(WORD.findall(text))
    if not (min_words <= count <= max_words) or SLOT.search(text) or not balanced(text):
        return False
    last = WORD.findall(text)[-1].casefold()
    if last in ql.question_function_words or last in ql.determiners or text.rstrip().endswith((",", ":", "—", "-")):
        return False
    return names_its_referents(text, ql) and not _interrupted(text, ql)


def _interrupted(text: str, ql: Language) -> bool:
    """ "... in neutral Switzerland and, due to democratization of politics after the
    February Revolution": a second conjunct whose verb the cut left behind the phrase set
    off after "and,": no clause to ask about."""
    if "," not in text:
        return False
    ands = "|".join(map(re.escape, ql.words_in("words", "and_words")))
    found = list(re.finditer(rf"\b(?:{ands}),", text)) if ands else []
    return bool(found) and not any(ql.is_verb(w) for w in WORD.findall(text[found[-1].end():]))


def headless(clause: str, ql: Language) -> bool:
    """The tail of a relative or concessive clause whose subject was cut away, with the
    sentence's own verb after a comma: "filters out pollutants and cools sidewalks, has
    increasingly been under assault" (of "The city's tree canopy, which filters ..."),
    "historically centered on Protestant Christianity, now encompasses many faiths". Told
    in a language whose common nouns take an article (`[templates] definite_article`):
    there a clause's own subject does not open with a bare lower-case word. Unless
    no verb comes before the first comma: then the opening is a bare plural or mass
    noun, the clause's head, and the commas set off what is told of it ("workers, who
    earned little, went on strike", "cotton, however, fell in price")."""
    words = WORD.findall(clause)
    if not ql.template("definite_article") or not words or not words[0][:1].islower():
        return False
    if words[0].casefold() in ql.determiners | ql.person_pronouns | ql.other_pronouns:
        return False
    if not any(ql.is_verb(w) or verb_only(w, ql.code) for w in WORD.findall(clause.split(",", 1)[0])):
        return False
    return any(_verb_next(WORD.findall(clause[m.end():])[:2], ql) for m in re.finditer(r",\s+", clause))


def _verb_next(words: list[str], ql: Language) -> bool:
    """A verb next, maybe after one adverb ("now encompasses")."""
    if (words and ql.is_question_function(words[0])) or (len(words) > 1 and adverb_only(words[0], ql.code)):
        words = words[1:]
    return bool(words) and (ql.is_verb(words[0]) or verb_only(words[0], ql.code))


def opens_with_subject(clause: str, ql: Language) -> bool:
    """The clause starts with its own subject (a name, a noun or a person pronoun).

    It must not open with a function word, a verb, a pronoun that cannot be
    resolved, or a word like "Gengnya" that points back; and a verb must
    follow within a few words.
    """
    word = first_word(clause)
    if not word:
        return False
    low = word.casefold()
    if low in ql.person_pronouns:
        return _verb_follows(clause, ql)
    if low in ql.other_pronouns or ql.is_question_function(word) or ql.is_verb(word):
        return False
    if points_back(word, ql):
        return False
    head = clause.split(",")[0]
    if head != clause and len(WORD.findall(head)) <= 6 and not any(ql.is_verb(w) for w in WORD.findall(head)):
        return False     # "The Great Terror, Robert Conquest ...": an apposition first
    return _verb_follows(clause, ql)


def points_back(word: str, ql: Language) -> bool:
    """A word with a suffix of `anaphoric_suffixes` that points to what was said before
    ("lainnya", "Gengnya"); a stem of two letters or fewer is a word of its own ("hanya").
    One word, not a text: Indonesian writes its "the same", "his" as a suffix, which
    the phrase checks (`candidate.points_back`: "the" and a noun) cannot see."""
    low = word.casefold()
    return any(low.endswith(s) and len(low) > len(s) + 2 for s in ql.anaphoric_suffixes)


def subject_from_before(clause: str, before: str, ql: Language) -> bool:
    """The clause's subject is "the" and a common noun the text before introduced: "the
    project was cancelled" after "... began a new railway project": lifted into "Why was the
    project cancelled?", it never says which (the blind readers' "the position", "the
    change"). Its subject (the words before its first verb) opens with the language's
    definite article (`[templates] definite_article`), has no name, number or of-phrase of
    its own or relative clause (`[words] np_prepositions`, `relatives`), and `before`
    introduces its noun with an indefinite article ("a new railway project"); "the weather"
    after "weather systems" is the weather at large."""
    article = ql.template("definite_article")
    words = WORD.findall(clause)
    if not article or not words or words[0].casefold() != article:
        return False
    end = next((i for i, w in enumerate(words) if ql.is_verb(w)), len(words))
    subject = words[1:end]
    inside = ql.words_in("words", "np_prepositions") | ql.words_in("words", "relatives")
    if not subject or any(w[:1].isupper() or w.isdigit() or w.casefold() in inside for w in subject):
        return False
    indefinite = "|".join(map(re.escape, sorted(ql.words_in("words", "indefinite_articles"))))
    noun = re.escape(subject[-1])
    return bool(indefinite) and re.search(
        rf"(?<![\w-])(?:{indefinite})\s+(?:[\w-]+\s+){{0,{INTRODUCED_WORDS}}}{noun}(?![\w-])", before, re.I) is not None


def fronted_scope(before: str, ql: Language) -> str:
    """The place a sentence fronts before its first comma ("In prokaryotes", "Di negara-negara
    Baltik"), which the question must keep to be answerable as the text answers it; "" if the
    sentence fronts none: a preposition of `[location] prepositions`, then a word that can
    start a place (no number, month, demonstrative or word of `[location] not_after`: "In
    1905", "In general", "Pada saat itu"), five words at most, no year."""
    if "," not in before:
        return ""
    fronted = before.split(",", 1)[0].strip()
    words = WORD.findall(fronted)
    location = ql.questions.get("location", {})
    if not (2 <= len(words) <= MAX_SCOPE_WORDS) or words[0].casefold() not in location.get("prepositions", []) \
            or any(c.isdigit() for c in fronted):
        return ""
    after = words[1].casefold()
    if after in ql.month_names or after in ql.demonstratives or after in location.get("not_after", []):
        return ""
    return fronted[:1].lower() + fronted[1:]


def with_scope(question: str, scope: str) -> str:
    """The question with the scope before its closing mark: "Where does DNA processing take
    place in prokaryotes?"."""
    return f"{question[:-1]} {scope}{question[-1]}" if scope else question


def _verb_follows(clause: str, ql: Language) -> bool:
    found = WORD.findall(clause)
    return any(ql.is_verb(w) for w in found[1:9])


def first_clause(text: str, ql: Language) -> str:
    """The clause that opens `text`: up to a clause break, or to ", dan <subject> <verb>"."""
    clause = cut_clause(text.strip(), ql)
    for match in ql.pattern("words", "and_words", prefix=r",\s+").finditer(clause):
        if opens_with_subject(clause[match.end():].lstrip(), ql):
            return clause[: match.start()]
    return clause


def opens_with_active_verb(phrase: str, ql: Language) -> bool:
    """The phrase is a verb phrase with no subject ("memicu Perang Saudara Rusia")."""
    return ql.is_active_verb(first_word(phrase)) and not phrase[:1].isupper()


def noun_phrase(phrase: str, ql: Language, max_words: int = 10) -> bool:
    """A short phrase with no verb that starts with a noun or a name."""
    found = WORD.findall(phrase)
    if not (2 <= len(found) <= max_words):
        return False
    head = found[0]
    if found[-1].casefold() in ql.determiners or ql.is_question_function(found[-1]):
        return False
    if ql.is_question_function(head) or head.casefold() in ql.other_pronouns | ql.person_pronouns:
        return False
    return not any(ql.is_verb(w) for w in found)


def question_ok(text: str) -> bool:
    """The last check on a finished question's wording."""
    if not text or not text[0].isupper() or SLOT.search(text):
        return False
    if "  " in text or " ," in text or " ." in text or " ?" in text or ",," in text:
        return False
    return text.endswith(("?", ".")) and balanced(text)


def specific(phrase: str) -> bool:
    """A phrase that says which thing it means: a name, a number, or some words of its own.

    "What sparked worldwide interest?", "Apa akibat dari unjuk rasa besar?":
    a short phrase of common words leaves the reader asking which one.
    """
    words = phrase.split()
    return len(words) >= SPECIFIC_WORDS or any(w[:1].isupper() or any(c.isdigit() for c in w) for w in words[1:])
