"""Extract stage, the questions appendix: discussion questions, quiz and teacher material.

One entry point, `FromText(context, sensitive)`, which the extract driver
puts together from the article's text alone: the questions' view of the
text (`QuestionContext`, made before the driver forks) and the passages a
teacher should read first (`teaching.sensitive_passages`, made aside while
the glossary and the who's-who are extracted). Its method
  `ask(article, glossary, terms, people, timeline, per_chapter)` then gives
  an `Asked`: the discussion `Question`s per chapter and on the whole book
  (`generate`, over the `ask_*` generators), the `QuizItem`s (`quiz`) and
  the learning objectives per chapter (`teaching`).
"""

from pack.extract.questions.material import FromText

__all__ = ["FromText"]
