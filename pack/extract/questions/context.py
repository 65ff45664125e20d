"""What the question generators need to know about one article, built once.

Stage: extract (shared helper). Inputs: an `Article` and, optionally, the
people list of the who's-who extractor. Outputs: a `QuestionContext` with the
article's sentences (epigraph quotations left out), the text layer's
word-case statistics (`pack.text.cases`, counted once per article), the
name index, the article's subject ("Josef Stalin", a person; "History
of aluminium", a topic) and pronoun resolution: the person a leading
"Ia"/"He" stands for, or nothing when that is not clear. It also knows
how the text itself names a term (`as_named`: "the Golden Horseshoe",
"DNA", "organelles"), which words it only uses as modifiers or as parts
of longer names, and the question forms of a kind of text (`form`, `forms`,
`topic_of`; the kind comes from `kinds_of_text`), and which paragraphs of a life
story tell mostly what came after the subject's death (`after_life`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from pack.extract.questions.grammar import looks_plural
from pack.extract.questions.kinds_of_text import article_kind, chapter_kind
from pack.extract.questions.names import (NameIndex, after_space, runs_around, runs_before, sentence_subject,
                                          standalone, word_after_uses, word_around)
from pack.extract.questions.sentences import WORD
from pack.extract.timeline.periods import life_span
from pack.text.wholeword import stands_in
from pack.text.language import language
from pack.text.runs import WORD_CHAR
from pack.text.wordclass import classes
from pack.extract.questions.sentences import QuestionSentence, first_word, strip_fronted
from pack.model import Article, Paragraph, Person, Reference, Section
from pack.text.analysis import analyse
from pack.text.citations import is_citation
from pack.text.sentences import abbreviations, split_sentences
from pack.text.tokens import YEAR
from pack.lang.schema import tunables_of


# Thresholds, each declared with why in pack/lang/schema.toml [tunables].
(APPOSITION_WORDS, MIN_COUNTED) = tunables_of(__name__)
# What follows a name in an apposition ("Smith, a historian of ..."), matched right
# after each place the name stands: one pattern for every name, none built per name.
APPOSITION = re.compile(r",\s+([^,.;:]+)")


@dataclass(frozen=True)
class Subject:
    """What the article is about."""

    title: str          # "Josef Stalin", "History of aluminium"
    short: str          # how the text names it most: "Stalin", "aluminium"
    is_person: bool
    topic: str          # for templates: "kehidupan Josef Stalin", "the history of aluminium"


class QuestionContext:
    """One article, prepared for the generators."""

    def __init__(self, article: Article, people: tuple[Person, ...] = ()):
        self.article = article
        self.ql = language(article.lang)
        self.paragraphs: dict[str, Paragraph] = article.paragraph_index()
        self.section_of: dict[str, Section] = article.section_of()
        self.chapters: dict[str, Section] = {c.id: c for c in article.chapters}
        self.epigraphs = self._epigraphs()
        self.sentences: list[QuestionSentence] = []
        self.by_paragraph: dict[str, list[QuestionSentence]] = {}
        abbreviated = abbreviations(article.lang)
        for chapter, paragraph in article.paragraphs():
            if paragraph.id in self.epigraphs or is_citation(paragraph.text, article.lang):
                continue        # (a bibliography's line is asked of no more than an epigraph)
            ref = Reference(paragraph.id, chapter.id)
            found = [QuestionSentence(t, ref, i) for i, t in enumerate(split_sentences(paragraph.text, abbreviated))]
            self.by_paragraph[paragraph.id] = found
            self.sentences.extend(found)
        analysis = analyse(article)
        self.cases = analysis.index.cases        # the text layer's, counted once per article
        self.names = NameIndex(self.sentences, self.ql, self.cases, tuple(people), analysis.by_text)
        self._once: dict[str, object] = {}
        # Made when first read (`subject`), or by `with_people`: the extract
        # driver builds the context before the who's-who is known.
        self._made_subject: Subject | None = None

    @property
    def subject(self) -> Subject:
        """What the article is about (`_subject`)."""
        if self._made_subject is None:
            self._made_subject = self._subject()
        return self._made_subject

    def once(self, name: str, compute):
        """`compute(self)`, computed on first use only: several generators and
        the quiz ask for the same article-wide lists (its definitions, its claims)."""
        if name not in self._once:
            self._once[name] = compute(self)
        return self._once[name]

    def per_term(self, name: str, term: str, compute):
        """`compute(term)`, computed once per term: the generators ask the
        same checks of the same terms and names many times over."""
        known = self.once(name, lambda _: {})
        if term not in known:
            known[term] = compute(term)
        return known[term]

    def texts_with(self, words: str) -> list[str]:
        """The sentences that contain `words` as written: a pattern built
        around them can match nowhere else (and trying it at every place of
        every sentence cost most of the questions' time)."""
        return self.per_term("texts_with", words, self._texts_with)

    def _texts_with(self, words: str) -> list[str]:
        return [self.sentences[number].text for number in self._numbers_with(words)]

    def _numbers_with(self, words: str) -> list[int]:
        """The numbers (in `sentences`) of the sentences that contain `words` as written."""
        return self.per_term("numbers_with", words, self._find_numbers)

    def _find_numbers(self, words: str) -> list[int]:
        # One search through the whole text, from one sentence that holds the
        # words to the next, instead of a test of every sentence.
        if not words or "\n" in words:
            return [number for number, s in enumerate(self.sentences) if words in s.text]
        text, starts = self.once("joined", _joined)
        found = []
        at = text.find(words)
        while at >= 0:
            number = bisect_right(starts, at) - 1
            found.append(number)
            at = text.find(words, starts[number + 1]) if number + 1 < len(starts) else -1
        return found

    def texts_with_any(self, forms: list[str]) -> list[str]:
        """The sentences that contain at least one of `forms` as written."""
        if len(forms) == 1:
            return self.texts_with(forms[0])
        return [s.text for s in self.sentences_with_any(forms)]

    def sentences_with_any(self, forms: list[str]) -> list[QuestionSentence]:
        """The sentences that contain at least one of `forms` as written, in reading order."""
        numbers = set().union(*(self._numbers_with(f) for f in forms))
        return [self.sentences[number] for number in sorted(numbers)]

    def with_people(self, people: tuple[Person, ...]) -> "QuestionContext":
        """This context as if built with the who's-who's `people`.

        Only which names are people, the surnames and the subject depend on
        them; the rest (the expensive part) needs the text alone, so the
        extract driver builds it aside while the who's-who is extracted.
        """
        self.names.set_people(people)
        # The kind of text reads the people too ("he" and a person's name in the lead).
        for name in ("article_kind", "chapter_kinds", "subject_names", "is_subject", "person_named", "is_commentator"):
            self._once.pop(name, None)
        self._made_subject = self._subject()
        return self

    def is_person_name(self, name: str) -> bool:
        """A person of the who's-who, when it is known; else what the name index guesses."""
        known = self.people_names()
        if not known:
            return self.names.is_person(name)
        # "Soetomo" of "dr. Soetomo", "Davy" of "Humphry Davy".
        return name in known or " " not in name and name in self._words_of(known)

    def _words_of(self, names: frozenset[str]) -> frozenset[str]:
        """Every word of the names, made once per set of people (asked for each name of each chapter)."""
        made = self.once("words_of_people", lambda _: {})
        if names not in made:
            made[names] = frozenset(w for n in names for w in n.split())
        return made[names]

    def person_named(self, form: str) -> tuple[str, ...]:
        """The who's-who's people a form of a name may stand for: one for "Owens"
        ("Mary Owens"), two for "Mary" (Mary Todd and Mary Owens), none for a place."""
        return self.per_term("person_named", form, self._person_named)

    def _person_named(self, form: str) -> tuple[str, ...]:
        found = self.names.people_by_form.get(form, set())
        if not found and " " not in form:
            # "Thomas" of "Thomas Lincoln": a given name or a surname the who's-who lists no variant for.
            found = {p for p in self.names.roles.keys() | {n for ns in self.names.people_by_form.values() for n in ns}
                     if form in p.split()[:1] + p.split()[-1:]}
        return tuple(sorted(found))

    def is_commentator(self, name: str) -> bool:
        """A person the who's-who calls a historian or a biographer: someone quoted on
        the subject, whose "role" in it is no question."""
        return self.per_term("is_commentator", name, self._is_commentator)

    def _is_commentator(self, name: str) -> bool:
        role = " ".join(WORD.findall(self.names.roles.get(name, ""))).casefold()
        if any(stands_in(role, t)
               for t in self.ql.words_in("words", "historian_titles")):
            return True
        return not self.is_subject(name) and any(self._titled_after(text, name) for text in self.texts_with(name + ","))

    def _titled_after(self, text: str, name: str) -> bool:
        """The text's apposition calls the person a historian ("Firdaus AN, salah satu pelaku
        dan penulis sejarah ...", "Smith, a historian of the empire, ..."): a title among its
        first words, before any relative ("Stalin, whose biographer ..." is no biographer)."""
        relatives = self.ql.words_in("words", "relatives")
        for apposition in _appositions(text, name):
            words = WORD.findall(apposition)[:APPOSITION_WORDS]
            head = " ".join(words[:next((i for i, w in enumerate(words) if w.casefold() in relatives), len(words))])
            if self.ql.historian.search(head):
                return True
        return False

    def people_names(self) -> frozenset[str]:
        """The who's-who's names and their variants (the linter's persons)."""
        return frozenset(self.names.people)

    # ------------------------------------------------------------ setup

    def _epigraphs(self) -> set[str]:
        """Quotations that open a chapter: first person, or a leading quote or pronoun.

        They are the words of someone the chapter has not introduced yet,
        so no question can be built on them.
        """
        ql, found = language(self.article.lang), set()
        for chapter in self.article.chapters:
            paragraphs = list(chapter.all_paragraphs())
            if len(paragraphs) < 2:
                continue
            first = paragraphs[0]
            # "I'm going for that metal." counts as first person too.
            words = [w.casefold().split("'")[0].split("’")[0] for w in WORD.findall(first.text)]
            opener = first_word(first.text).casefold()
            if len(words) > 120:
                continue
            if (any(w in ql.first_person for w in words) or first.text.lstrip()[:1] in "\"“‘"
                    or opener in ql.other_pronouns):
                found.add(first.id)
        return found

    def _subject(self) -> Subject:
        title = self.article.title or ""
        # "The Industrial Revolution": its "The" is no word of the subject.
        parts = [w for w in WORD.findall(title) if not self.ql.is_question_function(w.casefold())
                 and w.casefold() not in self.ql.determiners]
        short = max(parts, key=lambda w: (self.cases.uses(w), w),
                    default=title)
        is_person = article_kind(self) == "person"
        if is_person and len(parts) > 1:
            # A person is named as the text names them for short ("Stalin", "Thơ"), or in full
            # where it never shortens a name that is no given name and surname ("Sitting Bull").
            short = self.names.short(" ".join(parts))
        if is_person:
            topic = self.ql.template("topic_person").format(title=self.named_phrase(title))
        else:
            # "volcanoes", not "volcano": a countable subject is weighed in the plural, as the text
            # names it; "black holes", not "black hole", where the text says "a black hole" more.
            named = self.named_phrase(title)
            general = self.plural_in_text(named) or self.countable_plural(named) or self._definite(named)
            topic = self.ql.template("topic_other").format(title=general)
        return Subject(title, short, is_person, topic)

    def _definite(self, named: str) -> str:
        """A counted noun the text never writes in the plural takes the definite article
        ("the electric battery"); a name or a mass noun stays bare ("global warming")."""
        article = self.ql.template("definite_article")
        return f"{article} {named}" if article and self.counted(named) else named

    def subject_is_person(self) -> bool:
        """The text's own sign of a person: the lead goes on with "he"/"ia", or the title is a person's name.

        A one-word title ("Toronto") is a person only if the lead says "he"/"she".
        """
        title = self.article.title or ""
        # The text writes the title in lower case mid-sentence ("abolitionism is a historical
        # movement"): a common noun, whoever the lead's "he" is (fresh-12: "the life of abolitionism").
        if self.named_phrase(title).islower():
            return False
        return self.lead_uses_pronouns() or (" " in title and self.names.is_person(title))

    def lead_uses_pronouns(self) -> bool:
        lead = self.article.chapters[0].id if self.article.chapters else ""
        for sentence in self.sentences:
            if sentence.ref.chapter_id == lead and sentence.index > 0:
                word = first_word(strip_fronted(sentence.text, self.ql)[0])
                if word.casefold() in self.ql.person_pronouns:
                    return True
        return False

    def named_phrase(self, title: str) -> str:
        """The title as the article itself names it mid-sentence, with its article or none.

        "the Industrial Revolution", "global warming", "ancient Egypt";
        a title the text never uses ("Agresi militer 1") gives way to the
        name the lead opens with ("Operasi Produk"), else to `title_phrase`.
        (Asked for the subject and again for its names: worked out once.)
        """
        return self.per_term("named_phrase", title, self._named_phrase)

    def _named_phrase(self, title: str) -> str:
        # A title loses the hyphen of a name ("Mercedes Benz" of "Mercedes-Benz"): the text's spelling is used.
        spelled = re.escape(title).replace(r"\ ", "[ -]")
        pattern = re.compile(rf"(?<![\w-])(?:(the|The) )?({spelled})(?![\w-])", re.IGNORECASE)
        article = self.ql.template("definite_article")
        # Where title and sentence are ASCII, case-insensitive is lower(): a
        # sentence without the title in lower case has no match, and is not
        # scanned (the pattern opens with a look-behind, tried at every place).
        plain = title.lower() if title.isascii() else None
        matches = [(m.start() > 0, m.group(1), m.group(2)) for s in self.sentences
                   if plain is None or not s.text.isascii() or plain in s.text.lower().replace("-", " ")
                   for m in pattern.finditer(s.text)]
        # A title that opens a sentence says nothing by its capital, but "The Revolutions of
        # 1848, known as ..." does say its article (fresh-10 readers: "understanding Revolutions
        # of 1848"): counted for the article, not for the spelling, which mid-sentence tells.
        found = [(a, f) for inside, a, f in matches if inside or a]
        spelled = [f for inside, _, f in matches if inside] or [f for _, f in found]
        if found:
            with_article = sum(bool(a) for a, _ in found) * 2 > len(found)
            form = max(dict.fromkeys(spelled), key=spelled.count)      # (a tie: the first met)
            return f"{article} {form}" if article and with_article else form
        lead = self.lead_name()
        return lead or self.title_phrase(title)

    def lead_name(self) -> str:
        """The name the first sentence opens with ("Operasi Produk (bahasa Belanda: ...), ..."), or ""."""
        first = next(iter(self.by_paragraph.values()), [])
        if not first:
            return ""
        opening = re.split(r"[(,;:]", first[0].text, maxsplit=1)[0].split()
        # "Agresi Militer Belanda II atau Operasi Gagak (...)": the first of two names.
        alternatives = self.ql.words("names", "alternatives")
        opening = next((opening[:i] for i, w in enumerate(opening) if w.casefold() in alternatives), opening)
        copulas = self.ql.words("shared", "copulas")
        words = next(([*opening[:i]] for i, w in enumerate(opening) if w.casefold() in copulas), opening)
        if not words or len(words) > 5 or not all(w[:1].isupper() or w.isdigit() for w in words):
            return ""
        # One capitalised word opens every sentence: it is a name only if never written lower.
        return " ".join(words) if len(words) > 1 or self.cases.lower_uses(words[0]) == 0 else ""

    def title_phrase(self, title: str) -> str:
        """A title as a phrase inside a sentence: "History of aluminium" -> "the history of aluminium"."""
        first = WORD.findall(title)[:1]
        if not first or self.cases.lower_uses(first[0]) == 0:
            return title       # a name: "Josef Stalin", "Toronto"
        lowered = title[:1].lower() + title[1:]
        article = self.ql.template("definite_article")
        return f"{article} {lowered}".strip()

    # ------------------------------------------------------------ pronouns

    def antecedent(self, sentence: QuestionSentence, inner: bool) -> str:
        """The person a person pronoun in this sentence refers to, or "".

        `inner`: the pronoun opens a clause inside the sentence ("...,
        sehingga ia ..."), so the sentence's own subject comes first.
        """
        found = self._person_subject(sentence) if inner else ""
        siblings = self.by_paragraph.get(sentence.ref.paragraph_id, [])
        for previous in reversed(siblings[: sentence.index]):
            if found:
                break
            found = self._person_subject(previous)
        if not found:
            found = self.subject.short if self.subject.is_person else ""
        return "" if found == "?" else found

    def _person_subject(self, sentence: QuestionSentence) -> str:
        """The person the sentence is about, "" if none, "?" if it names two candidates."""
        name, plural = sentence_subject(sentence.text, self.ql, self.names)
        if not name or plural:
            return ""
        if name.casefold() in self.ql.person_pronouns:
            return self.antecedent(sentence, inner=False) or "?"
        if self.is_subject(name):
            return self.subject.short
        if not self.names.is_person(name):
            return ""
        # Another person is the subject, but the article's own subject is
        # named too ("Robert Service berpendapat bahwa Stalin ..."): "ia"
        # could be either, so it is left unresolved.
        if self.subject.is_person and self.subject.short in sentence.text:
            return "?"
        return name

    def is_subject(self, name: str) -> bool:
        """ "Stalin" or "Josef Stalin" in an article on Josef Stalin; "Boedi Oetomo", the
        name the lead opens with, in an article titled "Budi utomo"."""
        # (Asked some 2,800 times of 670 names per article: answered once per name.)
        return self.per_term("is_subject", name, self._is_subject)

    def _is_subject(self, name: str) -> bool:
        article = self.ql.template("definite_article")
        bare = {n[len(article) + 1:] if article and n.startswith(article + " ") else n for n in self.subject_names()}
        return (name == self.subject.title or name == self.subject.short or name.endswith(" " + self.subject.short)
                or name.casefold() in self.subject_names() or name.casefold() in bare)

    def subject_names(self) -> tuple[str, ...]:
        """The article's subject as the text names it, and the lead's name for it when the
        first sentence also gives the title ("Boedi Oetomo (EYD: Budi Utomo) adalah ...")."""
        def compute(_):
            title = self.subject.title
            names = [self.named_phrase(title).casefold()]
            first = next(iter(self.by_paragraph.values()), [])
            if first and title.casefold() in first[0].text.casefold() and self.lead_name():
                names.append(self.lead_name().casefold())
            return tuple(names)
        return self.once("subject_names", compute)

    def resolve(self, clause: str, sentence: QuestionSentence, inner: bool, here: bool = False) -> str:
        """The clause with a leading person pronoun replaced by its person, or "" when unclear.

        `here`: only by a person the same sentence names before the pronoun ("Lenin
        returned, and he ..."), as a question's own words are: one found in a sentence
        before, or the article's subject taken for "he", may be someone else, and the
        question is dropped rather than guessed (an answer point may still say who)."""
        word = first_word(clause)
        low = word.casefold()
        if low in self.ql.person_pronouns:
            person = (self._person_subject(sentence) if inner else "") if here else self.antecedent(sentence, inner)
            if not person or person == "?":
                return ""
            return clause.replace(word, person, 1)
        if low in self.ql.other_pronouns:
            return ""
        return clause

    def topic_of(self, chapter_id: str) -> str:
        """The topic a chapter's questions weigh against: "the history of Toronto" in
        Toronto's history chapter, the article's topic elsewhere."""
        if chapter_kind(self, chapter_id) == "event" and article_kind(self) not in ("event", "person"):
            return self.ql.template("topic_history").format(title=self.subject.topic) or self.subject.topic
        return self.subject.topic

    def after_life(self, paragraph_id: str) -> bool:
        """A paragraph of a life story that dates mostly what came after the subject's death
        (a foundation set up in 1978 for a man who died in 1970): no part of that life."""
        if article_kind(self) != "person":
            return False
        span = self.once("life_span", lambda _: life_span(self.article))
        paragraph = self.paragraphs.get(paragraph_id)
        if not span or span[1] is None or paragraph is None:
            return False
        years = [int(y) for y in YEAR.findall(paragraph.text)]
        # Most of its years, not all: a museum stand of 2003 shows a speech of 1930.
        return sum(y > span[1] for y in years) * 2 > len(years)

    def as_named(self, term: str) -> str:
        """A term in mid-sentence with the article the text itself gives it, or none.

        "the Golden Horseshoe", "the nucleus", "DNA", "cytoplasm": counted over
        the text's own uses, sentence starts left out; a term never used
        mid-sentence falls back to the language's rule (`as_phrase`).
        """
        article = self.ql.template("definite_article")
        if not article:
            return term
        return self.per_term("as_named", term, lambda t: self._as_named(self._case_as_written(t), article))

    def _case_as_written(self, term: str) -> str:
        """ "Prokaryotic cells", taken from a sentence's start, as the text writes it mid-sentence."""
        if not term[:1].isupper() or not term[1:2].islower():
            return term
        lowered = term[:1].lower() + term[1:]
        return lowered if any(after_space(text, lowered) for text in self.texts_with(lowered)) else term

    def _as_named(self, term: str, article: str) -> str:
        # A generic plural goes bare ("organelles", "neighbourhoods").
        if term.islower() and looks_plural(term.split()[-1], self.ql.code):
            return term
        # A countable noun the text mostly uses in the plural ("fossil fuels"): the plural, bare.
        plural = self.plural_in_text(term)
        if plural:
            return plural
        # The word before each use: the article, or a bare use (after a small word or a
        # mark); a modifier ("cell nucleus") or "a" says nothing about the article.
        # A use before a noun ("the BRIC countries") is a modifier: its article is the noun's.
        # A capitalised word after it makes it part of a longer name ("NBA TV").
        # An acronym opening a sentence says nothing either way ("NBA ..." but "the NBA in ...").
        uses = [before or "." for text in self.texts_with(term) for before, after in word_around(text, term)
                if (not after or (after[:1].islower() and (self.ql.is_question_function(after)
                                                           or self.ql.is_verb(after))))
                and (before or not term.isupper())]
        # "a cell wall": a countable noun, never bare; its bare uses are the second of a pair
        # ("the membrane and cell wall"), so an indefinite use counts for the article.
        indefinite = self.ql.question_words.get("indefinite_articles", [])
        with_article = sum(w.casefold() == article or (term.islower() and w.casefold() in indefinite)
                           for w in uses)
        # After another name and a comma the term is in a list ("MLB, NHL, NBA"), whose article stands first.
        bare = sum((not w[-1:].isalnum() and not (w.endswith(",") and w[:-1].isupper())) or
                   (self.ql.is_question_function(w) and w.casefold() not in self.ql.determiners) for w in uses)
        # A name opening a sentence is half a vote: encyclopedias drop "the" there ("Toronto
        # Public Library is ...", but "the Toronto Public Library now consists of ...").
        bare -= uses.count(".") / 2
        if with_article + bare:
            return f"{article} {term}" if with_article * 2 > with_article + bare else term
        if any(w.casefold() in self.ql.determiners for w in uses) or self._common_noun_of(term):
            return f"{article} {term}"
        return self.ql.as_phrase(term)

    def _common_noun_of(self, term: str) -> bool:
        """ "Library of Alexandria", "Battle of Hastings": a common noun of the text's own
        (it writes it lower case too) named after something, no person, takes the article."""
        words = term.split()
        links = self.ql.question_words.get("name_links", [])
        return len(words) > 2 and words[1] in links and words[0][:1].isupper() \
            and self.cases.lower[words[0].casefold()] > 0 and not self.is_person_name(term)

    def plural_in_text(self, term: str) -> str:
        """The plural of a lower-case singular term when the text uses it more often as a
        noun than the singular ("fossil fuels", "volcanoes"), else ""."""
        if not term.islower() or looks_plural(term.split()[-1], self.ql.code):
            return ""
        text = " ".join(s.text for s in self.sentences)

        def heads(form: str) -> int:
            # A use before another noun ("fossil fuel burning") is a modifier, not a noun of its own.
            found = re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])(?:\s+([a-z][\w-]*))?", text, re.IGNORECASE)
            return sum(not m.group(1) or self.ql.is_question_function(m.group(1)) or self.ql.is_verb(m.group(1))
                       for m in found)
        singular = heads(term)
        return next((plural for plural in self._plurals(term) if heads(plural) > singular), "")

    def _plurals(self, term: str):
        """The plurals a lower-case term may take, most common first: an ending added
        ("fuels", "volcanoes"), or a last letter changed (`plural_changes`: "batteries")."""
        words = self.ql.question_words
        for ending in words.get("plural_endings", []):
            yield term + ending
        for last, ending in words.get("plural_changes", []):
            if term.endswith(last):
                yield term[:-len(last)] + ending

    def countable_plural(self, term: str) -> str:
        """The plural of a lower-case singular term the text counts ("a black hole") and
        also uses in the plural, else "": bare, the singular of a countable noun is no
        phrase ("the history of black hole"), and a subject is weighed in general."""
        if not self.counted(term):
            return ""
        return next((plural for plural in self._plurals(term) if self._as_word(plural)), "")

    def counted(self, term: str) -> bool:
        """The text counts a lower-case singular term: MIN_COUNTED uses with "a"/"an"
        (`indefinite_articles`) before it or, for a term of several words, before its last
        word, as the text names it for short after the first mention ("An electric battery
        is ...", then "a battery"). A common noun, never bare in a question; a language
        without articles counts nothing."""
        if not term.islower() or looks_plural(term.split()[-1], self.ql.code):
            return False
        indefinite = self.ql.question_words.get("indefinite_articles", [])
        if not indefinite:
            return False
        used = 0
        for form in dict.fromkeys([term, term.split()[-1]]):
            before = re.compile(rf"(?<![\w-])(\w+) {re.escape(form)}(?![\w-])(?:\s+([a-z][\w-]*))?", re.IGNORECASE)
            used += sum(m.group(1).casefold() in indefinite and not self._modifies(m.group(2))
                        for text in self.texts_with_any([form, form.capitalize()]) for m in before.finditer(text))
        return used >= MIN_COUNTED

    def _modifies(self, after: str | None) -> bool:
        """A lower-case word after a use that the lexicon knows as a noun and never as a verb
        is the noun the use modifies: "a coal area", "a coal liquefaction plant" count the
        area and the plant, not the coal (fresh-12 readers: "a text on coals" of a mass noun).
        A word that may be a verb ("a tide pool holds") leaves the use counted."""
        if not after or self.ql.is_question_function(after) or self.ql.is_verb(after):
            return False
        found = classes(after.casefold(), self.ql.code)
        return "NOUN" in found and not found & {"VERB", "AUX"}

    def _as_word(self, word: str) -> bool:
        """The text holds `word` as a word of its own ("mans" is not in "Romans")."""
        pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])", re.IGNORECASE)
        return any(pattern.search(text) for text in self.texts_with_any([word, word.capitalize()]))

    def used_as_adjective(self, term: str) -> bool:
        """A word or name the text mostly puts before a noun ("multicellular organisms",
        "intercity rail", "Protestant Irish immigrants"): in a noun's place it reads as a fragment."""
        return self.per_term("used_as_adjective", term, self._used_as_adjective)

    def _used_as_adjective(self, term: str) -> bool:
        words = self.ql.question_words
        if not words.get("adjectives_before_nouns") or (" " in term and term.islower()):
            return False
        following = [word for text in self.texts_with(term) for word in word_after_uses(text, term)]
        nouns = [w for w in following if w and not self.ql.is_question_function(w) and not self.ql.is_verb(w)
                 and w not in self.ql.determiners and w not in self.ql.and_words]
        # A name may be used once only ("Protestant Irish immigrants"); a word needs two uses.
        least = 2 if term.islower() else 1
        return len(nouns) >= least and len(nouns) * 5 >= len(following) * 3

    def is_fragment(self, term: str) -> bool:
        """A name the text mostly writes as the start of a longer one ("CN" of "CN Tower")."""
        return self.per_term("is_fragment", term, self._is_fragment)

    def _is_fragment(self, term: str) -> bool:
        # Up to two runs of non-spaces before each use, and one after it.
        uses = [(before.split(), after.strip())
                for text in self.texts_with(term) for before, after in runs_around(text, term)]
        longer = [1 for before, after in uses if self._name_goes_on(before, after)]
        return len(longer) >= 2 and len(longer) * 5 >= len(uses) * 3

    def is_compound_part(self, term: str) -> bool:
        """A lower-case word the text mostly writes after one same word ("fossil fuels",
        "greenhouse gases"): alone it names less than the text means."""
        return self.per_term("is_compound_part", term, self._is_compound_part)

    def _is_compound_part(self, term: str) -> bool:
        if " " in term or not term.islower():
            return False
        before = [run.casefold() for text in self.texts_with(term) for run in runs_before(text, term)]
        uses = sum(len(standalone(text, term)) for text in self.texts_with(term))
        words = [w for w in before if w.isalpha() and not self.ql.is_question_function(w)
                 and w not in self.ql.determiners]
        common = max((words.count(w) for w in set(words)), default=0)
        return common >= 2 and common * 5 >= uses * 3

    def _name_goes_on(self, before: list[str], after: str) -> bool:
        """A capitalised word right after, or before ("Panel on Climate Change")."""
        if after[:1].isupper() and after.casefold() not in self.ql.determiners:
            return True
        # Only where modifiers come first (English): "Dewan Keamanan PBB" puts its head first.
        if not before or not before[-1][-1:].isalnum() or not self.ql.question_words.get("adjectives_before_nouns"):
            return False
        last = before[-1]
        small = last.casefold() in self.ql.connectors or last.casefold() in self.ql.question_words.get("name_links", [])
        return (last[:1].isupper() and last.casefold() not in self.ql.determiners) or \
            (small and before[0][:1].isupper() and before[0][-1:].isalnum())

    def form(self, key: str, kind: str) -> str:
        """The template `key` for a kind of text: its own form if the language has one, else the general one."""
        forms = self.ql.questions.get("forms", {}).get(kind, {})
        if key in forms.get("without", []):
            return ""          # a form this kind of text has none of ("put the events in order" for a process)
        # Any template may have a form per kind: looked up by name, an empty
        # one (the schema's default) is none.
        return (forms[key] if key in forms else "") or self.ql.template(key)

    def questions_forms(self, kind: str) -> dict:
        """The `[forms.<kind>]` table of the language's questions.toml."""
        return self.ql.questions.get("forms", {}).get(kind, {})

    def form_needs(self, key: str, kind: str) -> str | None:
        """The `[kinds]` word list a chapter must show for the form `key` of a kind
        ("physical_words" before asking for a physical factor of a place), or None."""
        return self.questions_forms(kind).get("needs", {}).get(key)

    def forms(self, kind: str, key: str) -> list[dict]:
        """A list of forms for a kind ("tasks", "book"); the general [[templates.book]] when it has none."""
        forms = self.ql.questions.get("forms", {}).get(kind, {})
        return (forms[key] if key in forms else []) or self.ql.templates.get(key, [])

    def place_of(self, paragraph_id: str) -> str:
        """ "bagian “Teror Besar”" / "the chapter “Mass usage”" for a paragraph."""
        section = self.section_of[paragraph_id]
        key = "place_chapter" if section.level <= 1 else "place_section"
        return self.ql.template(key).format(title=section.title)


def _joined(ctx: QuestionContext) -> tuple[str, list[int]]:
    """All the sentences in one text, a line each, and where each starts."""
    starts, at = [], 0
    for sentence in ctx.sentences:
        starts.append(at)
        at += len(sentence.text) + 1
    return "\n".join(s.text for s in ctx.sentences), starts


def _appositions(text: str, name: str) -> list[str]:
    r"""What `re.finditer(r"(?<!\w)<name>,\s+([^,.;:]+)", text)` finds (its group),
    the name found with `str.find` and the rest matched where it ends; as finditer,
    the next search starts after a match, one character further after a miss."""
    found, at = [], text.find(name)
    while at >= 0:
        tail = None if at and WORD_CHAR.match(text, at - 1) else APPOSITION.match(text, at + len(name))
        if tail:
            found.append(tail.group(1))
        at = text.find(name, tail.end() if tail else at + 1)
    return found
