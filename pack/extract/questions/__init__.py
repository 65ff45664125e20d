"""Extract stage, the questions appendix: discussion questions, quiz and teacher material.

One entry point, `ask(text, article, glossary, terms, people, timeline,
per_chapter)` (in `material`): `text` is the questions' view of the
article (`QuestionContext`, which the extract driver makes before it
forks); the passages a teacher should read first
(`teaching.sensitive_passages`) need the text alone and are made aside
while the glossary and the who's-who are extracted. `ask` gives an
`Asked`: the discussion `Question`s per chapter and on the whole book
(`generate`, over the `ask_*` generators), the `QuizItem`s (`quiz`) and
the learning objectives per chapter (`teaching`).
"""

from pack.extract.questions.material import ask

__all__ = ["ask"]
