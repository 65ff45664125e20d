"""The question linter's finding: one rule tripped by one question.

Stage: quality check. No inputs; `Hit` is what every rule returns.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Hit:
    """One fault the linter finds in a question."""

    rule: str          # "doubled", "article", "possessive", "noun", "person", "history" …
    message: str
    excerpt: str       # the stretch of the question that tripped the rule

    def __str__(self) -> str:
        return f"{self.rule}: {self.message} [{self.excerpt}]"
