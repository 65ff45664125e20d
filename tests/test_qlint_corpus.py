"""Every article's questions: no debris, and enough of them in every chapter.

Extracts each article of the samples (`assets/samples/`) and of the shared
quality corpus (`corpus/` of the shared folder: `TEACHPACK_SHARED`, else
`../shared` beside the checkout or beside its parent) once per session, and
runs `pack.qlint` over all its discussion questions and quiz prompts with
the article's people as the persons a "life of" template may take. The same
extraction counts each chapter's questions and Bloom levels (counts only:
the held-out articles' questions are not printed). One test for all
articles per check, so that the failure lists every hit at once.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from pack.config import Settings
from pack.extract.questions.context import QuestionContext
from pack.extract.questions.generate import MIN_LEVELS, MIN_QUESTIONS, has_text
from pack.extract.run import extract_all
from pack.qlint import lint_questions
from pack.read import read_article

ROOT = Path(__file__).resolve().parent.parent


def _corpus() -> Path | None:
    candidates = [Path(os.environ["TEACHPACK_SHARED"])] if os.environ.get("TEACHPACK_SHARED") else []
    candidates += [ROOT.parent / "shared", ROOT.parent.parent / "shared"]
    return next((c / "corpus" for c in candidates if (c / "corpus").is_dir()), None)


@dataclass
class Checked:
    """What the tests keep of one article's extraction."""
    texts: int                      # questions and quiz prompts
    hits: dict                      # the linter's hits per text
    chapters: dict[str, list[str]]  # chapter id -> the Bloom levels of its questions, one per question


@pytest.fixture(scope="session")
def checked_articles() -> dict[str, Checked]:
    """{article file: what its extraction gave}, every article extracted once."""
    corpus = _corpus()
    if corpus is None:
        pytest.skip("the shared quality corpus is not here: set TEACHPACK_SHARED to the shared folder")
    paths = sorted((ROOT / "assets" / "samples").glob("*.txt")) + sorted(corpus.glob("*.txt"))
    found = {}
    for path in paths:
        article = read_article(path)
        extracted = extract_all([article], Settings())
        people = {name for p in extracted.people for name in (p.name, *p.variants)}
        texts = [q.text for q in extracted.questions] + [q.prompt for q in extracted.quiz]
        # (With text: a sentence of its own, not an epigraph, a list's lead-in or sub-headings alone.)
        ctx = QuestionContext(article)
        chapters = {c.id: [q.bloom for q in extracted.questions if q.chapter_id == c.id]
                    for c in article.chapters if has_text(ctx, c)}
        found[path.name] = Checked(len(texts), lint_questions(texts, article.lang, people), chapters)
    return found


def test_no_question_of_any_article_has_debris(checked_articles):
    assert len(checked_articles) >= 20                   # the samples and the corpus were both read
    assert all(a.texts > 0 for a in checked_articles.values()), "an article gave no questions"
    hits = [f"{name}: {text} — {hit}" for name, a in checked_articles.items()
            for text, found_hits in a.hits.items() for hit in found_hits]
    assert not hits, "\n".join(hits)


def test_every_chapter_has_enough_questions_over_enough_levels(checked_articles):
    """Issue 15: every chapter with text gets >= 4 questions over >= 3 Bloom levels, recall <= 1/3
    (with text: a sentence of its own, `generate.has_text`: not two sub-headings and nothing under them)."""
    assert sum(len(a.chapters) for a in checked_articles.values()) >= 100
    short = [f"{name} {chapter}: {len(levels)} questions, {len(set(levels))} levels, "
             f"{levels.count('remember')} recall"
             for name, a in checked_articles.items() for chapter, levels in a.chapters.items()
             if len(levels) < MIN_QUESTIONS or len(set(levels)) < MIN_LEVELS
             or levels.count("remember") * 3 > len(levels)]
    assert not short, "\n".join(short)
