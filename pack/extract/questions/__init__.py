"""Extract stage, the questions appendix: discussion questions, quiz and teacher material.

One entry point, `from_text(article)`:
- input: an `Article` (its text alone);
- output: a `FromText` (the questions' view of the text, `QuestionContext`,
  and the passages a teacher should read first, `sensitive`; the extract
  driver makes the passages aside while the glossary and the who's-who are
  extracted, the context before). Its method
  `ask(article, glossary, terms, people, timeline, per_chapter)` then gives
  an `Asked`: the discussion `Question`s per chapter and on the whole book
  (`generate`, over the `ask_*` generators), the `QuizItem`s (`quiz`) and
  the learning objectives per chapter (`teaching`).
"""

from pack.extract.questions.material import from_text

__all__ = ["from_text"]
