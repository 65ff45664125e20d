"""Questions about terms and names: define, explain the role, weigh the importance.

Stage: extract (question generator). Inputs: a `QuestionContext`, the glossary
(or, when it is empty, the terms the article defines itself) and the
names the chapter mentions most. Outputs: `Candidate`s:
"Apa yang dimaksud dengan X?" (understand), "Jelaskan peran X sebagaimana
diuraikan dalam bagian “...”." (analyze) and "Menurut Anda, seberapa
penting peran X dalam ...?" (evaluate), each pointing at the paragraph
that says most about X. A term is defined or weighed only where the
article says what it is (`explained`), and defined only when three
sentences use it.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from typing import Iterator

from pack.extract.questions.ask_claims import claims
from pack.extract.questions.candidate import Candidate, evidence, point
from pack.extract.questions.context import QuestionContext
from pack.extract.questions.definitions import text_definitions
from pack.extract.questions.keyness import is_key
from pack.extract.questions.kinds_of_text import chapter_kind, surveys
from pack.extract.questions.names import mentioned, mentions_any, runs_before, runs_then, standalone, written_onto
from pack.extract.questions.sentences import WORD, QuestionSentence
from pack.model import GlossaryEntry
from pack.text.firstnames import first_names
from pack.text.personnames import continues_name, word_before
from pack.text.wordclass import classes
from pack.text.tokens import YEAR
from pack.lang.schema import tunables_of

# Thresholds, each declared with why in pack/lang/schema.toml [tunables].
(MIN_TERM_USES, MIN_DEFINE_USES, MIN_DEFINE_CHAPTER_USES, MIN_TERM_PARAGRAPHS, MIN_ROLE_SENTENCES,
 MIN_ACTOR_SENTENCES, MIN_PLACE_USES) = tunables_of(__name__)
# The kinds of name (`_kind_of`) that play a part in the subject: "Explain the role of ...".
ROLE_KINDS = ("person", "organisation")
QUOTES = [('"', '"'), ("“", "”"), ("‘", "’"), ("'", "'")]


def define_questions(ctx: QuestionContext, glossary: tuple[GlossaryEntry, ...]) -> Iterator[Candidate]:
    entries = list(glossary)
    known = {e.term.casefold() for e in entries}
    entries += [e for e in text_definitions(ctx) if e.term.casefold() not in known]
    for rank, entry in enumerate(entries):
        forms = [entry.term, *entry.variants]
        if not worth_asking(ctx, entry) or _in_passing(ctx, entry.term, forms) or _listed_only(ctx, forms) \
                or not explained(ctx, entry) or _uses(ctx, forms) < MIN_DEFINE_USES:
            continue
        seen_chapters = set()
        for ref in entry.refs:
            if ref.chapter_id in seen_chapters:
                continue
            found = _sentence_with(ctx, ref.paragraph_id, [entry.term, *entry.variants])
            if not found or _named_in_chapter(ctx, ref.chapter_id, forms) < MIN_DEFINE_CHAPTER_USES:
                continue      # named once in a chapter ("a paper on ... morphogenesis"): explained elsewhere
            sentence, form = found
            if not is_key(ctx, form, _define_use(entry)):
                continue      # the everyday form of a term ("reductions" of "emission reductions")
            seen_chapters.add(ref.chapter_id)
            first = entry.definition if entry.kind == "definition" else ""
            # "What is meant by the University of Toronto?" asks for a word's sense; a name has none.
            key = "define_name" if _is_name(form) and ctx.ql.template("define_name") else "define"
            if key == "define_name" and _plural_name(ctx, form):
                continue      # "What is Socialist Revolutionaries ...?": the template asks of one thing
            yield Candidate(
                ctx.ql.template(key).format(term=ctx.as_named(form)), "understand", "define", sentence,
                focus=form, points=evidence(ctx, sentence, form, first=first),
                bonus=(0.3 if entry.kind == "definition" else 0.0) - min(rank, 30) * 0.005,
                topic=topic_key(ctx, entry.term))


def worth_asking(ctx: QuestionContext, entry: GlossaryEntry) -> bool:
    """A term the article is about: used twice at least; not a person's name, not an adjective.

    "small room" (a gloss of Latin "cella", used once) would be trivia;
    "What is meant by Soetomo?" asks about a person as if a word.
    """
    forms = [entry.term, *entry.variants]
    # A capitalised name the article never defines is likely a person or a place the
    # who's-who missed ("Soetomo"): a word to define it is not.
    if entry.kind != "definition" and entry.term[:1].isupper() and not entry.term.isupper() \
            and " " not in entry.term:
        return False
    # A title written before names ("KH Firdaus AN", "Raden Mas ...") is no term either.
    if entry.term.casefold() in ctx.ql.words("people", "honorifics"):
        return False
    if ctx.is_person_name(entry.term) or ctx.names.is_person(entry.term) or ctx.used_as_adjective(entry.term) \
            or ctx.is_subject(entry.term) or ctx.is_fragment(entry.term) or ctx.is_compound_part(entry.term):
        return False
    # An everyday word ("decade", "immigrants", "the atmosphere") teaches nothing to define,
    # even where the text says what it is.
    if not is_key(ctx, entry.term, _define_use(entry)) or _glued(ctx, entry.term) or bracketed(ctx, entry.term) \
            or describes(ctx, entry.term):
        return False
    # A term used once is a note in passing, even where the text glosses it ("a protein
    # called pilin", "the lakefront docks (then known as wharves)", "Iveria (\"Georgia\")"):
    # a term is asked about when the article comes back to it.
    return _uses(ctx, forms) >= MIN_TERM_USES


def _uses(ctx: QuestionContext, forms: list[str]) -> int:
    """The sentences that use the term, not counting those that only quote it
    ("cella, meaning "small room"": a gloss, not a term)."""
    quoted = {f'{o}{f}{c}' for f in forms for o, c in QUOTES}
    return sum(any(mentioned(f, text) for f in forms) and not any(q in text for q in quoted)
               for text in ctx.texts_with_any(forms))     # (a form is mentioned only where it stands)


def explained(ctx: QuestionContext, entry: GlossaryEntry) -> bool:
    """The article itself says what the term is, so that "What is meant by X?" has its answer
    in the text: the glossary found a definition that is more than a place in a list ("one of
    the greenhouse gases", from "gases such as methane"), or a sentence explains the term with
    a cue of `[terms] explains` ("particles known as aerosols", "feedbacks, which alter ...",
    "the lower atmosphere (the troposphere)"). A word the text only uses ("streetcars",
    "droughts", "forcings") or names in passing ("during Canadian Confederation") is not."""
    return ctx.per_term("explained", entry.term, lambda _: _explained(ctx, entry))


def _explained(ctx: QuestionContext, entry: GlossaryEntry) -> bool:
    member = ctx.ql.definitions.get("member_of", "").split("{")[0].strip().casefold()
    # The subject's own name as the definition ("climate change": "Global warming") is another
    # name for it, and weighing the one in the other goes round in a circle.
    if entry.kind == "definition" and not (member and entry.definition.casefold().startswith(member)) \
            and not ctx.is_subject(entry.definition):
        return True
    cues = [cue.split("{term}") for cue in ctx.ql.questions.get("terms", {}).get("explains", [])]
    for form in [entry.term, *entry.variants]:
        written = sorted({form, form[:1].upper() + form[1:]})      # "Feedbacks are ..." opens a sentence
        # As whole words: `mentioned`, not a pattern compiled per cue and form (700-1,000 per article).
        phrases = [f"{before}{w}{after}" for before, after in cues for w in written]
        if any(mentioned(phrase, text) for text in ctx.texts_with_any(written) for phrase in phrases):
            return True
    return False


def _in_passing(ctx: QuestionContext, term: str, forms: list[str]) -> bool:
    """A name written in one paragraph only is met in passing there ("The Toronto Regional
    Real Estate Board (TRREB) ... TRREB was formed in 1920", "the Turing Centenary Advisory
    Committee (TCAC) ... The TCAC, chaired by ..."): the article never comes back to it,
    however often that paragraph repeats it, even where it says what the name is. A common
    word may be a term explained where it is used ("a ceramic glaze known as faience")."""
    if term[:1].islower():
        return False
    paragraphs = {s.ref.paragraph_id for s in ctx.sentences_with_any(forms) if mentions_any(forms, s.text)}
    return len(paragraphs) < MIN_TERM_PARAGRAPHS


def _listed_only(ctx: QuestionContext, forms: list[str]) -> bool:
    """Every use of the term is an item inside a list, after a comma and before a comma or
    the language's "and" ("a source of granite, greywacke, and gold", "stones such as
    porphyry, greywacke, alabaster, and carnelian"): the text names it among others and
    says nothing of it."""
    follows = re.compile(rf",|,?\s+{re.escape(ctx.ql.template('list_and'))}\s")
    uses = [(text, start, end) for f in forms for text in ctx.texts_with(f) for start, end in standalone(text, f)]
    return bool(uses) and all(text[:start].rstrip().endswith(",") and follows.match(text, end)
                              for text, start, end in uses)


def _define_use(entry: GlossaryEntry) -> str:
    """The keyness a define slot needs: less for a term the text defines on purpose
    ("a ceramic glaze known as faience") than for one it only uses ("temples",
    "organisms": every pupil knows them, and the text does not say what they are)."""
    return "defined" if entry.kind == "definition" else "define"


def bracketed(ctx: QuestionContext, term: str) -> bool:
    """Every use of the term stands in brackets: a gloss or a title in another language
    ("(from Latin cella, ...)", "(in Italian: Discorso intorno alle cose ...)"), no term of the text."""
    uses = [(text, at) for text in ctx.texts_with(term) for at, _ in standalone(text, term)]
    return bool(uses) and all(text.rfind("(", 0, at) > text.rfind(")", 0, at) for text, at in uses)


def describes(ctx: QuestionContext, term: str) -> bool:
    """A lower-case word the text only ever uses after "a"/"an" ("Vincenzo Galilei, a lutenist",
    "became a lutenist"): it says what someone or something is, it is no subject of the text."""
    indefinite = ctx.ql.question_words.get("indefinite_articles", [])
    if not indefinite or not term.islower():
        return False
    before = [runs for text in ctx.texts_with(term) for runs in runs_then(text, term)]
    return len(before) >= 2 and all(b.casefold() in indefinite or a.casefold() in indefinite for a, b in before)


def topic_key(ctx: QuestionContext, name: str) -> str:
    """What a question is about, for telling repeats apart: "RNA" in one chapter is "rna" in the next."""
    return name.casefold()


def _glued(ctx: QuestionContext, term: str) -> bool:
    """A currency code written onto its sum ("CA$10,000"), a unit after its number
    ("9.5 PgC") or a label before its value ("IATA: YYZ"): no concept to explain."""
    return ctx.per_term("glued", term, lambda t: _glued_in(ctx.texts_with(t), t))


def _glued_in(texts: list[str], term: str) -> bool:
    """`_glued` over the sentences that contain the term (the only ones its patterns can match)."""
    if any(unicodedata.category(c) == "Sc" or c.isdigit() for text in texts for c in written_onto(text, term)):
        return True
    # "(IATA: YYZ)", "ISBN: ...": a label before its value, whenever the text writes it.
    uses = [text[at + len(term):end] for text in texts for at, end in standalone(text, term, with_next=True)]
    if uses and all(u == ":" for u in uses):
        return True
    before = [run for text in texts for run in runs_before(text, term)]
    # A year before a name ("In 1854 Deville ...") is a date, not a quantity.
    numbers = sum(any(c.isdigit() for c in w) and not w[:1].isalpha() and not YEAR.fullmatch(w.strip(",.;:"))
                  for w in before)
    return numbers * 2 > len(before) > 0


def _is_name(term: str) -> bool:
    """Two words or more, each capitalised but the small ones ("University of Toronto")."""
    words = term.split()
    return len(words) > 1 and words[-1][:1].isupper() and not term.isupper() \
        and sum(w[:1].isupper() for w in words) * 2 > len(words)


def role_questions(ctx: QuestionContext, glossary: tuple[GlossaryEntry, ...]) -> Iterator[Candidate]:
    """Who or what matters in a chapter: "Jelaskan peran ..." and "seberapa penting ...?"."""
    entries = {e.term: e for e in [*glossary, *text_definitions(ctx)]}
    terms = {term: [term, *e.variants] for term, e in entries.items()}
    # A historian quoted on the subject comments on it: their "role" in it is no question.
    commentators = {c.name for c in claims(ctx) if c.historian}
    term_names = set(terms)          # (once: every name of every chapter is weighed against them)
    kinds: dict[str, str] = {}       # (a name of several chapters is weighed once)
    for chapter_id, chapter in ctx.chapters.items():
        of_kind = chapter_kind(ctx, chapter_id)
        for name, forms, mentions in _salient(ctx, chapter_id, terms):
            if mentions < 2:
                continue      # (before its kind: most names of a chapter are named there once)
            if name not in kinds:
                kinds[name] = "term" if name in terms and name not in ctx.names.total \
                    else _kind_of(ctx, name, term_names)
            kind = kinds[name]
            best = _best_paragraph(ctx, chapter_id, forms) if kind else None
            if not best:
                continue
            sentences, form = best
            # A section on a name's origin or a list of works tells no part anyone played in
            # the subject ("the role of Galileo Bonaiuti" in "Name"): `[forms.survey] without`.
            here = "survey" if surveys(ctx, chapter.title, ctx.section_of[sentences[0].ref.paragraph_id].title) \
                else of_kind
            if name in commentators or ctx.names.full_name(name) in commentators \
                    or unexplained_abbreviation(ctx, name) or (kind == "person" and _only_reports(ctx, sentences, forms)):
                continue      # "the role of SM", "What is meant by GCHQ?": letters the text never spells out
            if ctx.used_as_adjective(form) or ctx.is_fragment(form) or ctx.is_compound_part(form) \
                    or _of_subject(ctx, name) or ctx.is_subject(name) or _glued(ctx, form) or bracketed(ctx, form) \
                    or (kind == "term" and (not is_key(ctx, form, "weigh") or describes(ctx, form)
                                            or not explained(ctx, entries[name]))):
                continue      # a term is weighed where the text says what it is ("megacity", "de facto" not)
            # A part to explain or to weigh needs a person or a body met in more than passing.
            # (Read for people, bodies and places only: not counted for events, terms and things.)
            in_passing = kind in ROLE_KINDS and \
                _met_in_passing(ctx, sentences[0].ref.paragraph_id, forms, kind == "person")
            explains = kind in ROLE_KINDS and len(sentences) >= 2 and bool(ctx.form("role", here)) \
                and not in_passing and not (kind != "person" and _headed(ctx, form, sentences[0]))
            weighs = _weighed(ctx, name, form, kind, here, mentions, in_passing, sentences[0])
            if not (explains or weighs):
                continue      # (before the name's phrase and points: neither question is asked)
            phrase = ctx.as_named(form) if kind != "person" else _person_phrase(ctx, name, form, chapter_id)
            if not phrase or _two_people(ctx, phrase):
                continue
            salience = math.log(mentions) + (0.3 if kind == "person" else 0.0)
            about = [point(s.text, ctx) for s in sentences[:3]]
            if len(about) < 2:      # named once in its paragraph: the sentences around it say the rest
                about = evidence(ctx, sentences[0], form, first=sentences[0].text)
            if explains:
                text = ctx.form("role", here).format(
                    name=phrase, place=ctx.place_of(sentences[0].ref.paragraph_id))
                yield Candidate(text, "analyze", "explain-role", sentences[0], focus=form,
                                points=about, bonus=0.25 * salience - 0.2, topic=topic_key(ctx, name))
            if weighs:
                text = _significance(ctx, kind, here).format(name=phrase, topic=ctx.topic_of(chapter_id))
                yield Candidate(text, "evaluate", "significance", sentences[0], focus=form,
                                points=about, bonus=0.2 * salience - 0.1, topic=topic_key(ctx, name))


def _headed(ctx: QuestionContext, form: str, first: QuestionSentence) -> bool:
    """The name is in the heading of the section it is asked in: the whole section is about
    it, and "the role of France" in "Abolition in continental France" asks nothing
    (fresh-12 readers: "vague and circular"). Asked of a body or a country only: a person
    in a heading ("Meets Annie Oakley") still acted in it (fresh-9 readers: ok)."""
    section = ctx.section_of[first.ref.paragraph_id].title
    return any(standalone(title, form) for title in (section, ctx.chapters[first.ref.chapter_id].title))


def _weighed(ctx: QuestionContext, name: str, form: str, kind: str, here: str, mentions: int,
             in_passing: bool, first: QuestionSentence) -> bool:
    """Whether `role_questions` asks how important the name is (`first`: the
    first sentence of its best paragraph)."""
    # "How important are homicides to Toronto?": a place's forms may weigh its named parts only.
    names_only = "significance" in ctx.questions_forms(here).get("names_only", [])
    # A region or a city beside the subject ("the Near East", "New York City") has no
    # importance of its own to weigh; a period has ("the New Kingdom").
    periods = ctx.ql.words_in("kinds", "event")
    if kind == "thing" and not {w.casefold() for w in name.split()} & periods:
        return False
    # A name whose paragraph dates mostly what followed the subject's death (a foundation
    # in the subject's name) had no importance in the life the question weighs it against.
    return (mentions >= 3 or kind == "event") and not (names_only and form.islower()) \
        and not (kind in ("person", "organisation") and in_passing) \
        and not ctx.after_life(first.ref.paragraph_id) \
        and bool(ctx.form("significance", here))


def _significance(ctx: QuestionContext, kind: str, here: str) -> str:
    """The form that weighs a name: a person or a body plays a part ("seberapa penting peran
    Nikolai Yezhov"); a war, a treaty or a period has an importance but no part to play
    (`significance_thing`: "seberapa penting Perang Dunia II", where the language has one)."""
    if kind not in ROLE_KINDS and ctx.form("significance_thing", here):
        return ctx.form("significance_thing", here)
    return ctx.form("significance", here)


def _plural_name(ctx: QuestionContext, name: str) -> bool:
    """A name whose last word the text also writes without a plural ending ("Socialist
    Revolutionaries" beside "Socialist Revolutionary Party"): a group, not one thing."""
    words = name.split()
    last = words[-1]
    singulars = [last[:-3] + "y"] if last.endswith("ies") else [last[:-1]] if last.endswith("s") and not last.endswith("ss") else []
    # As whole words: "Bolshevik" is in every "Bolsheviks", "United State" in "United States".
    return any(mentioned(phrase, text) for phrase in (" ".join([*words[:-1], one]) for one in singulars)
               for text in ctx.texts_with(phrase))


def _only_reports(ctx: QuestionContext, sentences: list[QuestionSentence], forms: list[str]) -> bool:
    """Every sentence names the person as the one who says, argues or suggests something
    ("Alice Clark argued that ...", "Clark argues, ..."): a scholar quoted on the subject,
    with no part in it to explain (the verbs: the first words of `[markers] claim_verbs`)."""
    verbs = ctx.per_term("reporting verbs", "", lambda _: frozenset(
        v.split()[0].casefold() for v in ctx.ql.markers.get("claim_verbs", [])))
    def reports(text: str) -> bool:
        for form in forms:
            if form in text:
                after = WORD.findall(text.split(form, 1)[1])[:1]
                return bool(after) and after[0].casefold() in verbs
        return False
    return bool(sentences) and all(reports(s.text) for s in sentences)


def unexplained_abbreviation(ctx: QuestionContext, name: str) -> bool:
    """An abbreviation ("GCHQ", "SM", "VTsIK") the text never writes beside its full name,
    "(GCHQ)" after it or "GCHQ (" before it: a reader cannot tell what it stands for."""
    letters = [c for c in name if c.isalpha()]
    if " " in name.strip() or len(letters) < 2 or sum(c.isupper() for c in letters) * 2 <= len(letters) \
            or not name[:1].isupper():
        return False
    return ctx.per_term("spelled out", name, lambda _: not any(
        f"({name})" in text or f"{name} (" in text for text in ctx.texts_with_any([name])))


def _named_in_chapter(ctx: QuestionContext, chapter_id: str, forms: list[str]) -> int:
    """How many sentences of the chapter name one of the forms."""
    return sum(s.ref.chapter_id == chapter_id and mentions_any(forms, s.text)
               for s in ctx.sentences_with_any(forms))


def _met_in_passing(ctx: QuestionContext, paragraph_id: str, forms: list[str], person: bool) -> bool:
    """A name the section the question points at meets in passing: named in fewer than
    MIN_ROLE_SENTENCES of its sentences, or, of a person, named as the person
    (`_person_use`) in fewer, unless in MIN_ACTOR_SENTENCES of which one tells what the
    person did ("Adi Dassler drove ... and persuaded ..."). Fresh-4 and fresh-5 readers on roles of
    names met so: "no role to explain", "named only together with his brother"."""
    section = ctx.section_of[paragraph_id]
    texts = [s.text for p in section.paragraphs for s in ctx.by_paragraph.get(p.id, [])]
    if person:
        forms = _person_forms(ctx, forms)
    if len([text for text in texts if mentions_any(forms, text)]) < MIN_ROLE_SENTENCES:
        return True
    if not person:
        return False
    uses = [_person_use(ctx, forms, text) for text in texts]
    named, acts = sum(u > 0 for u in uses), sum(u > 1 for u in uses)
    return named < MIN_ROLE_SENTENCES and not (named >= MIN_ACTOR_SENTENCES and acts)


def _person_forms(ctx: QuestionContext, forms: list[str]) -> list[str]:
    """The forms that name the person: not a one-word form the text also writes as a place,
    at least MIN_PLACE_USES times after a word of location (`[words] locative_prepositions`:
    "in Washington", "at Washington"): a city, a state or a county may bear a person's surname,
    and "defend Washington" in a war chapter is no mention of George Washington (his one line
    there: "unoccupied since George Washington"). Only the full name is then read as the person."""
    return [form for form in forms
            if " " in form or form == forms[0] or ctx.names.after_locative[form] < MIN_PLACE_USES]


def _person_use(ctx: QuestionContext, forms: list[str], text: str) -> int:
    """2 where the text names the person by one of the forms as the one who acts (a verb after
    it, a small word between), 1 where it names the person otherwise, 0 where every use names
    something else: after a determiner ("the Rucellai", a family; "the London equation"), a
    one-word form inside a longer name ("Maria Anna Mozart" for "Maria", "Palazzo Rucellai";
    not "Van Leer" of "Blake R. Van Leer", nor "Scotsman James Watt"), or, where modifiers come
    first, before a noun ("London constitutive equations"). Each use is read as the longest
    form found there ("the École Normale Supérieure", not its "Normale Supérieure")."""
    spans = sorted((span for form in forms for span in standalone(text, form)), key=lambda sp: sp[0] - sp[1])
    longest = [sp for i, sp in enumerate(spans) if not any(o[0] <= sp[0] and sp[1] <= o[1] for o in spans[:i])]
    best = 0
    for start, end in longest:
        form, before = text[start:end], word_before(text, start)[0]
        after = text[end:].split()[:3] if text[end:end + 1].isspace() else []
        own = bool(before) and any(f"{before} {form}".casefold() in f.casefold() for f in forms)
        if _joined(ctx, before, after[0] if after else "", " " not in form and not own):
            continue
        # ("Soekarno juga mengumumkan": a small word may come between; not "Juliana and was").
        doing = next((w for w in after if w in ctx.ql.and_words or not ctx.ql.is_question_function(w)), "")
        best = max(best, 2 if doing and ctx.ql.is_verb(doing) else 1)
    return best


def _joined(ctx: QuestionContext, before: str, after: str, one_word: bool) -> bool:
    """The words beside a name ("" for none) make it another's: a determiner before it; a
    capitalised word after it (`continues_name`; not a determiner, nor a word a mark ends) or
    before a one-word form (not a name's own particle, "Van"), unless that word is a small word
    of the language (a sentence's "When" or "After") or a title of a person ("President",
    "Princess": `person_titles`, `[people] occupations`); or, where modifiers come first, a
    lower-case noun or adjective after it (no small word, determiner, nor a word the lexicon
    knows only as a verb or an adverb: "Varelli lent", "Juliana temporarily")."""
    def apart_before(word: str) -> bool:
        folded = word.casefold()
        return not one_word or not word[-1:].isalnum() or ctx.ql.is_question_function(word) \
            or folded in ctx.ql.person_titles or (folded,) in ctx.ql.phrases("people", "occupations")

    def apart_after(word: str) -> bool:
        return word.casefold() in ctx.ql.determiners or not word[-1:].isalnum()

    return before.casefold() in ctx.ql.determiners or continues_name(before, after, apart_before, apart_after) \
        or _modifier_after(ctx, after)


def _modifier_after(ctx: QuestionContext, word: str) -> bool:
    return bool(ctx.ql.question_words.get("adjectives_before_nouns")) and word.isalpha() and word.islower() \
        and not ctx.ql.is_question_function(word) and not ctx.ql.is_verb(word) \
        and word not in ctx.ql.determiners and word not in ctx.ql.and_words \
        and not (classes(word, ctx.ql.code) or {"NOUN"}) <= {"VERB", "ADV"}


def _person_phrase(ctx: QuestionContext, name: str, form: str, chapter_id: str) -> str:
    """How a question names a person: in full, as the chapter writes the name
    ("Thomas" -> "Thomas Lincoln", "Zinoviev" -> "Grigory Zinoviev", "Sudirohusodo" ->
    "Wahidin Sudirohusodo": a surname or a given name alone is one the pupil must look up);
    "" when the who's-who says the form could be two people, when it names a historian or
    biographer quoted on the subject, when the form is the place a title ends in ("Canon of
    Rouen", no given name first), or when the chapter never names the person in full:
    "defend Washington" in a chapter on the war is the city, though the who's-who lists
    George Washington."""
    found = set(ctx.person_named(form)) | set(ctx.person_named(name))
    if len(found) > 1 or any(ctx.is_commentator(p) for p in found):
        return ""
    full = next(iter(found), "")
    if not full or full == form:
        return form
    if _after_link(full, form, ctx.ql.question_words.get("name_links", [])) \
            and full.split()[0].casefold() not in first_names():
        # "Rouen" of "Canon of Rouen": the place a title ends in, not the person (fresh-14
        # readers: "misnamed, the person is Robert de Livet"); "William of Prussia" is a person.
        return ""
    chapter = [s.text for s in ctx.sentences if s.ref.chapter_id == chapter_id]
    if not any(full in text for text in chapter):
        return ""
    # The longest of the person's forms that holds this one and that the chapter writes
    # (the who's-who may head the entry by another name: "Hadjar Dewantara" for "Soewardi").
    longer = [f for f in ctx.names.forms_of.get(full, [full]) if len(f) > len(form) and mentioned(form, f)
              and any(mentioned(f, text) for text in chapter)]
    return max(longer, key=len, default=form)


def _of_subject(ctx: QuestionContext, name: str) -> bool:
    """A word made from the subject's name ("Torontonians" in an article on Toronto,
    "Egyptian civilization" in one on ancient Egypt): the subject's own people or things,
    whose importance to the subject is no question. "Toronto Star" is a name of its own."""
    short = ctx.subject.short.casefold()
    return len(short) > 3 and any(w.startswith(short) and w != short for w in name.casefold().split())


def _name_sections(ctx: QuestionContext) -> str:
    """The text of the sections on the subject's name (`[kinds] name_headings`: "Etymology",
    "Toponymy"): a place or thing named there ("Olissipo", "Felicitas Julia") is the subject
    under another name, with no part to play in it."""
    return " ".join(s.text for s in ctx.sentences
                    if surveys(ctx, ctx.section_of[s.ref.paragraph_id].title, headings="name_headings"))


def _salient(ctx: QuestionContext, chapter_id: str, terms: dict[str, list[str]]) -> list[tuple[str, list[str], int]]:
    """(name, its forms, mentions) for the names and terms of a chapter, names first."""
    counts = ctx.names.per_chapter.get(chapter_id, {})
    found = [(n, ctx.names.forms(n), ctx.names.mentions(n, counts))
             for n in sorted({ctx.names.full_name(n) for n in counts})]
    known = {n for n, _, _ in found}
    for term in sorted(terms):
        if term not in known:
            found.append((term, terms[term], _term_chapters(ctx, terms[term])[chapter_id]))
    return found


def _term_chapters(ctx: QuestionContext, forms: list[str]) -> Counter:
    """How many sentences of each chapter mention a term by one of its forms, counted once
    per term (`_salient` asks it for every chapter). Only the sentences that hold a form as
    written can mention it."""
    return ctx.per_term("term_chapters", tuple(forms), lambda _: Counter(
        s.ref.chapter_id for s in ctx.sentences_with_any(forms) if mentions_any(forms, s.text)))


def _kind_of(ctx: QuestionContext, name: str, terms: set[str]) -> str:
    """"person", "organisation", "event" or "term" for names worth a question; "" otherwise.

    Places, countries and the adjectives of nations and movements
    ("Soviet", "Marxis") are left out: a role or an importance of theirs
    makes a vague question.
    """
    if len(name) < 2 or ctx.is_subject(name) or ctx.is_subject(ctx.names.full_name(name)):
        return ""
    # "in Washington", "to Washington": a place, even where a person bears its name.
    if ctx.names.is_place(name) or ctx.names.is_nation(name):
        return ""
    if ctx.is_person_name(name):
        return "" if _named_thing(ctx, name) else "person"
    if name in ctx.once("name sections", _name_sections):
        return ""     # "How important was Olissipo in the history of Lisbon?": the subject's old name
    # A name the text alone takes for a person but the who's-who does not know is
    # likely a place ("England", "Duchy of Florence"): a role of its own it has not.
    if ctx.names.is_person(name):
        return ""
    words = [w.casefold() for w in name.split()]
    if any(w in ctx.ql.words_in("words", "event_heads") for w in words[:1] + words[-1:]):
        return "event" if len(words) > 1 else ""
    if name in terms:
        return "term"
    if name.isupper():
        # An acronym is a body unless the text spells it out as something else: "the ACE
        # (Automatic Computing Engine)" is a machine, whose "role" is no question.
        spelled = _spelled_out(ctx, name)
        return "organisation" if not spelled or _organisation_head(ctx, spelled) else ""
    if len(words) > 1 and _organisation_head(ctx, words):
        return "organisation"
    # "the New Kingdom", "Western Europe": a period or a region, weighed but given no role.
    return "thing" if len(words) > 1 and ctx.names.is_thing(name) else ""


def _named_thing(ctx: QuestionContext, name: str) -> bool:
    """A name the who's-who took for a person that the text writes, in half its uses or
    more, right after a noun of a kind of thing (`[words] named_things`: "bendera Sang
    Saka Merah Putih", a flag; "lagu Het Wilhelmus", a song): the thing's name, which
    plays no part ("Jelaskan peran Sang Saka Merah Putih", fresh readers: "a flag has
    no 'peran'"). Half, not once: "buku Hatta" is Hatta's book, and Hatta acts elsewhere."""
    nouns = ctx.ql.words_in("words", "named_things")
    if not nouns:
        return False
    texts = ctx.texts_with(name)
    uses = sum(len(standalone(text, name)) for text in texts)
    things = sum(run.casefold() in nouns for text in texts for run in runs_before(text, name))
    return things > 0 and things * 2 >= uses


def _spelled_out(ctx: QuestionContext, acronym: str) -> list[str]:
    """The words (casefolded) of the full name the text writes beside an acronym, "ACE
    (Automatic Computing Engine)" or "Toronto Transit Commission (TTC)": for the latter the
    words before the bracket back to as many capitalised ones as the acronym has letters;
    [] where the text never spells it out."""
    letters = sum(c.isalpha() for c in acronym)
    for text in ctx.texts_with(acronym):
        after = re.search(rf"(?<![\w-]){re.escape(acronym)} \(([^()]+)\)", text)
        if after and sum(w[:1].isupper() for w in after.group(1).split()) >= 2:
            return [w.casefold() for w in WORD.findall(after.group(1))]
        at = text.find(f"({acronym})")
        if at > 0:
            words = WORD.findall(text[:at])
            taken, capitals = [], 0
            while words and capitals < letters:
                word = words.pop()
                taken.insert(0, word.casefold())
                capitals += word[:1].isupper()
            return taken
    return []


def _two_people(ctx: QuestionContext, form: str) -> bool:
    """Two names the text joins with a link word of names ("back-channel diplomacy with Napoleon
    on Jefferson's behalf"): each a person of the who's-who, so no one name ("the role of
    Napoleon on Jefferson", fresh-8 readers). "Panel on Climate Change" is one name."""
    words = form.split()
    links = ctx.ql.question_words.get("name_links", [])
    return any(w in links and _someone(ctx, " ".join(words[:i]), form) and _someone(ctx, " ".join(words[i + 1:]), form)
               for i, w in enumerate(words) if 0 < i < len(words) - 1)


def _someone(ctx: QuestionContext, part: str, form: str) -> bool:
    """A part of `form` that names a person of its own: the who's-who has them under another
    entry, or the text writes the part as a name without the rest of `form` (the who's-who may
    have taken the two names for one: "Napoleon on Jefferson"). A place after a link word
    ("Prussia" of "William of Prussia") names no one, though other names end in it too."""
    links = ctx.ql.question_words.get("name_links", [])
    others = [p for p in ctx.person_named(part) if p != form and not _after_link(p, part, links)]
    if others:
        return True
    return part[:1].isupper() and ctx.person_named(part) == (form,) and not _after_link(form, part, links) \
        and sum(mentioned(part, t) and form not in t for t in ctx.texts_with(part)) >= 2


def _after_link(name: str, part: str, links: list[str]) -> bool:
    """`part` is the place a name ends in after a link word ("Frederick William IV of Prussia")."""
    words = name.split()
    return len(words) > 2 and words[-1] == part and words[-2] in links


def _organisation_head(ctx: QuestionContext, words: list[str]) -> bool:
    """The name's head is a body that acts ("Roman Inquisition", "Pontifical Academy of Sciences")."""
    heads = {w.casefold() for w in ctx.ql.questions.get("kinds", {}).get("organisation", [])}
    link = next((i for i, w in enumerate(words) if w in ctx.ql.question_words.get("name_links", [])), len(words))
    # The head stands first in Indonesian ("Dewan Keamanan"), last in English ("Roman Inquisition").
    return bool({words[0], words[link - 1], words[-1]} & heads)


def _best_paragraph(ctx: QuestionContext, chapter_id: str, forms: list[str]) -> tuple[list[QuestionSentence], str] | None:
    """The paragraph of the chapter that mentions the name most, its sentences that do, the form used."""
    best: tuple[int, list[QuestionSentence], str] | None = None
    for paragraph_id, sentences in _chapter_paragraphs(ctx).get(chapter_id, []):
        text = ctx.paragraphs[paragraph_id].text
        if not any(f in text for f in forms):
            continue          # its sentences are pieces of this text: none can mention a form
        hits = [s for s in sentences if mentions_any(forms, s.text)]
        if hits and (best is None or len(hits) > best[0]):
            form = next(f for f in forms if mentioned(f, text))
            best = (len(hits), hits, form)
    return (best[1], best[2]) if best else None


def _chapter_paragraphs(ctx: QuestionContext) -> dict[str, list[tuple[str, list[QuestionSentence]]]]:
    """Each chapter's paragraphs that have sentences, (id, sentences) in reading order, made once
    (`_best_paragraph` looks through one chapter's for every name of it)."""
    def group(_) -> dict[str, list[tuple[str, list[QuestionSentence]]]]:
        found: dict[str, list[tuple[str, list[QuestionSentence]]]] = {}
        for paragraph_id, sentences in ctx.by_paragraph.items():
            if sentences:
                found.setdefault(sentences[0].ref.chapter_id, []).append((paragraph_id, sentences))
        return found
    return ctx.once("chapter_paragraphs", group)


def _sentence_with(ctx: QuestionContext, paragraph_id: str, forms: list[str]) -> tuple[QuestionSentence, str] | None:
    for sentence in ctx.by_paragraph.get(paragraph_id, []):
        for form in forms:
            if mentioned(form, sentence.text):
                return sentence, form
    return None
