"""The questions appendix, asked once the other appendices are known.

Stage: extract (questions). Inputs: the questions' view of an article
(`QuestionContext`, which the extract driver makes from the text alone,
before it forks), the article, the glossary (the appendix's entries and
every term the extractor found), the who's-who and the timeline extracted
from it. Outputs: `ask` gives the discussion questions, the quiz and the
learning objectives (the passages a teacher should read first need the
text alone: the driver has `teaching.sensitive_passages` make them aside).
"""

from __future__ import annotations

from typing import NamedTuple

from pack.extract.questions.context import QuestionContext
from pack.extract.questions.definitions import hand_over
from pack.extract.questions.generate import generate_questions
from pack.extract.questions.quiz import build_quiz
from pack.extract.questions.teaching import learning_objectives
from pack.model import Article, GlossaryEntry, Person, Question, QuizItem, TimelineEvent


class Asked(NamedTuple):
    questions: list[Question]
    quiz: list[QuizItem]
    objectives: dict[str, list[str]]


def ask(text: QuestionContext, article: Article, glossary: list[GlossaryEntry], terms: list[GlossaryEntry],
        people: list[Person], timeline: list[TimelineEvent], per_chapter: int) -> Asked:
    """The appendix, once the other appendices are known. `text`: the questions'
    view of the article (its people not yet known); `glossary`: the appendix's
    entries; `terms`: the glossary extractor's terms, every defined one among
    them (their definitions are asked about too)."""
    # One context (sentences, names, case statistics) for questions and quiz alike.
    context = text.with_people(tuple(people))
    hand_over(context, terms)
    questions = generate_questions(article, glossary, people, timeline, per_chapter=per_chapter,
                                   context=context)
    quiz = build_quiz(article, glossary, timeline, people, context=context)
    return Asked(questions, quiz, learning_objectives(article, questions))

