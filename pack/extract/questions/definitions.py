"""Terms the article defines itself, for define questions and the quiz.

Stage: extract (questions). Input: a `QuestionContext`. Output: `GlossaryEntry`s
of kind "definition": every term the glossary extractor found a
definition for in the text, not only the ones the glossary appendix
keeps, so questions and quiz have terms to ask about beyond the
appendix's and even without one. The definitions come from the one set
of definition patterns (`pack.text.definitions`); the extract driver
hands over the glossary's terms (`hand_over`) so they are found once.
"""

from __future__ import annotations

from pack.extract.questions.context import QuestionContext
from pack.model import GlossaryEntry

ONCE_KEY = "text_definitions"


def text_definitions(ctx: QuestionContext) -> list[GlossaryEntry]:
    """Every term the article defines, best first."""
    return list(ctx.once(ONCE_KEY, _from_glossary))


def hand_over(ctx: QuestionContext, terms: list[GlossaryEntry]) -> None:
    """Use `terms`, all of the glossary extractor's terms for this article."""
    ctx.once(ONCE_KEY, lambda _: _defined(terms))


def _from_glossary(ctx: QuestionContext) -> list[GlossaryEntry]:
    from pack.extract.glossary import extract_glossary    # (only when no glossary was handed over)
    return _defined(extract_glossary(ctx.article, limit=None, contexts=0))


def _defined(terms: list[GlossaryEntry]) -> list[GlossaryEntry]:
    return [e for e in terms if e.kind == "definition"]
