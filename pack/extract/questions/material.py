"""The questions appendix in its two steps: what needs the text alone, then the asking.

Stage: extract (questions). Inputs: an `Article`; for the asking also the
glossary (the appendix's entries and every term the extractor found),
the who's-who and the timeline extracted from it. Outputs: a `FromText`
holds what needs the text alone (the questions' context of the article and
the passages a teacher should read first; the extract driver makes the
context before it forks and the passages in its forked process, while
the glossary and the who's-who are extracted, and puts the two together);
its `ask` method gives the discussion questions, the quiz and the learning
objectives.
"""

from __future__ import annotations

from typing import NamedTuple

from pack.extract.questions.context import QuestionContext
from pack.extract.questions.definitions import hand_over
from pack.extract.questions.generate import generate_questions
from pack.extract.questions.quiz import build_quiz
from pack.extract.questions.teaching import learning_objectives
from pack.model import Article, GlossaryEntry, Person, Question, QuizItem, SensitivePassage, TimelineEvent


class Asked(NamedTuple):
    questions: list[Question]
    quiz: list[QuizItem]
    objectives: dict[str, list[str]]


class FromText(NamedTuple):
    """What needs the text alone; `ask` finishes the appendix once the other appendices are known."""

    context: QuestionContext                 # its people not yet known
    sensitive: list[SensitivePassage]

    def ask(self, article: Article, glossary: list[GlossaryEntry], terms: list[GlossaryEntry],
            people: list[Person], timeline: list[TimelineEvent], per_chapter: int) -> Asked:
        """`glossary`: the appendix's entries; `terms`: the glossary extractor's terms, every defined one among them (their definitions are asked about too)."""
        # One context (sentences, names, case statistics) for questions and quiz alike.
        context = self.context.with_people(tuple(people))
        hand_over(context, terms)
        questions = generate_questions(article, glossary, people, timeline, per_chapter=per_chapter,
                                       context=context)
        quiz = build_quiz(article, glossary, timeline, people, context=context)
        return Asked(questions, quiz, learning_objectives(article, questions))

