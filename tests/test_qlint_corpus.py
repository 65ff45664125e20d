"""The question linter over every article: no generated question or quiz prompt carries debris.

Extracts each article of the samples (`assets/samples/`) and of the shared
quality corpus (`corpus/` of the shared folder: `TEACHPACK_SHARED`, else
`../shared` beside the checkout or beside its parent) once per session, and
runs `pack.qlint` over all its discussion questions and quiz prompts with
the article's people as the persons a "life of" template may take. One
test for all articles, so that the failure lists every hit at once.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pack.config import Settings
from pack.extract.run import extract_all
from pack.qlint import lint_questions
from pack.read import read_article

ROOT = Path(__file__).resolve().parent.parent


def _corpus() -> Path | None:
    candidates = [Path(os.environ["TEACHPACK_SHARED"])] if os.environ.get("TEACHPACK_SHARED") else []
    candidates += [ROOT.parent / "shared", ROOT.parent.parent / "shared"]
    return next((c / "corpus" for c in candidates if (c / "corpus").is_dir()), None)


@pytest.fixture(scope="session")
def linted_articles() -> dict[str, tuple[int, dict]]:
    """{article file: (number of question texts, hits per text)}, every article extracted once."""
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
        found[path.name] = (len(texts), lint_questions(texts, article.lang, people))
    return found


def test_no_question_of_any_article_has_debris(linted_articles):
    assert len(linted_articles) >= 20                   # the samples and the corpus were both read
    assert all(count > 0 for count, _ in linted_articles.values()), "an article gave no questions"
    hits = [f"{name}: {text} — {hit}" for name, (_, found) in linted_articles.items()
            for text, found_hits in found.items() for hit in found_hits]
    assert not hits, "\n".join(hits)
