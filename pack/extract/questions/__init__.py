"""Extract stage, the questions appendix: discussion questions, quiz and teacher material.

Two steps, so that the first runs aside while the glossary and the
who's-who are extracted (`material`):
- `from_text(article)` -> `FromText`: the questions' view of the article's
  text (`QuestionContext`: sentences, case statistics, names, subject) and
  the passages a teacher should read first;
- `ask(article, from_text, glossary, terms, people, timeline, per_chapter)`
  -> `Asked`: the discussion `Question`s per chapter (`generate`, over the
  `ask_*` generators), the `QuizItem`s (`quiz`) and the learning
  objectives per chapter (`teaching`).
"""

from pack.extract.questions.material import Asked, FromText, ask, from_text

__all__ = ["from_text", "ask", "FromText", "Asked"]
