"""What the question generators need to know about one article, built once.

Stage: extract (shared helper). Inputs: an `Article` and, optionally, the
people list of the who's-who extractor. Outputs: a `QuestionContext` with the
article's sentences (epigraph quotations left out), word-case statistics,
the name index, the article's subject ("Josef Stalin", a person; "History
of aluminium", a topic) and pronoun resolution: the person a leading
"Ia"/"He" stands for, or nothing when that is not clear.
"""

from __future__ import annotations

from dataclasses import dataclass

from pack.extract.questions.names import NameIndex, sentence_subject
from pack.extract.questions.sentences import WORD
from pack.text.language import language
from pack.extract.questions.sentences import CaseStats, QuestionSentence, first_word, strip_fronted
from pack.model import Article, Paragraph, Person, Reference, Section
from pack.text.analysis import analyse
from pack.text.sentences import abbreviations, split_sentences


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
            if paragraph.id in self.epigraphs:
                continue
            ref = Reference(paragraph.id, chapter.id)
            found = [QuestionSentence(t, ref, i) for i, t in enumerate(split_sentences(paragraph.text, abbreviated))]
            self.by_paragraph[paragraph.id] = found
            self.sentences.extend(found)
        self.cases = CaseStats([s.text for s in self.sentences], self.ql.code)
        self.names = NameIndex(self.sentences, self.ql, self.cases, tuple(people), analyse(article).by_text)
        self.subject = self._subject()
        self._once: dict[str, object] = {}

    def once(self, name: str, compute):
        """`compute(self)`, computed on first use only: several generators and
        the quiz ask for the same article-wide lists (its definitions, its claims)."""
        if name not in self._once:
            self._once[name] = compute(self)
        return self._once[name]

    def with_people(self, people: tuple[Person, ...]) -> "QuestionContext":
        """This context as if built with the who's-who's `people`.

        Only which names are people, the surnames and the subject depend on
        them; the rest (the expensive part) needs the text alone, so the
        extract driver builds it aside while the who's-who is extracted.
        """
        self.names.set_people(people)
        self.subject = self._subject()
        return self

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
        parts = [w for w in WORD.findall(title) if not self.ql.is_question_function(w)]
        short = max(parts, key=lambda w: (self.cases.upper[w.casefold()] + self.cases.lower[w.casefold()], w),
                    default=title)
        # A one-word title ("Toronto") is a person only if the lead says "he"/"she".
        is_person = self._lead_uses_pronouns() or (" " in title and self.names.is_person(title))
        if is_person:
            topic = self.ql.template("topic_person").format(title=title)
        else:
            topic = self.ql.template("topic_other").format(title=self.title_phrase(title))
        return Subject(title, short, is_person, topic)

    def _lead_uses_pronouns(self) -> bool:
        lead = self.article.chapters[0].id if self.article.chapters else ""
        for sentence in self.sentences:
            if sentence.ref.chapter_id == lead and sentence.index > 0:
                word = first_word(strip_fronted(sentence.text, self.ql)[0])
                if word.casefold() in self.ql.person_pronouns:
                    return True
        return False

    def title_phrase(self, title: str) -> str:
        """A title as a phrase inside a sentence: "History of aluminium" -> "the history of aluminium"."""
        first = WORD.findall(title)[:1]
        if not first or self.cases.lower[first[0].casefold()] == 0:
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
        """ "Stalin" or "Josef Stalin" in an article on Josef Stalin."""
        return name == self.subject.title or name.split()[-1:] == [self.subject.short]

    def resolve(self, clause: str, sentence: QuestionSentence, inner: bool) -> str:
        """The clause with a leading person pronoun replaced by its person, or "" when unclear."""
        word = first_word(clause)
        low = word.casefold()
        if low in self.ql.person_pronouns:
            person = self.antecedent(sentence, inner)
            if not person:
                return ""
            return clause.replace(word, person, 1)
        if low in self.ql.other_pronouns:
            return ""
        return clause

    def place_of(self, paragraph_id: str) -> str:
        """ "bagian “Teror Besar”" / "the chapter “Mass usage”" for a paragraph."""
        section = self.section_of[paragraph_id]
        key = "place_chapter" if section.level <= 1 else "place_section"
        return self.ql.template(key).format(title=section.title)
