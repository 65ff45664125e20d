"""Extract stage, the questions appendix: discussion questions, quiz and teacher material.

Input: an `Article` with the glossary, people and timeline extracted
from it, and a `QuestionContext` (the questions' view of the article's text).
Output: `generate_questions` gives the discussion `Question`s per chapter,
`build_quiz` the `QuizItem`s, `learning_objectives` the objectives per
chapter and `sensitive_passages` the passages a teacher should read
first. The `ask_*` modules propose questions, `generate` ranks them.
"""

from pack.extract.questions.context import QuestionContext
from pack.extract.questions.definitions import hand_over
from pack.extract.questions.generate import generate_questions
from pack.extract.questions.quiz import build_quiz
from pack.extract.questions.teaching import learning_objectives, sensitive_passages

__all__ = ["QuestionContext", "hand_over", "generate_questions", "build_quiz", "learning_objectives", "sensitive_passages"]
