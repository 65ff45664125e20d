"""Golden files for the extraction tests: compare, or rewrite on request.

`TEACHPACK_REGEN_GOLDEN=1 pytest tests/test_glossary.py tests/test_people.py`
rewrites the files under tests/golden/ from the current output; review
the diff like any other change.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

GOLDEN = Path(__file__).resolve().parent / "golden"
SAMPLES_DIR = Path(__file__).resolve().parent.parent / "assets" / "samples"
SAMPLES = ["id-stalin", "en-history-of-aluminium", "en-toronto"]


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("TEACHPACK_REGEN_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert path.is_file(), f"{name} missing: run with TEACHPACK_REGEN_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8"), f"{name} changed; regenerate if intended"


def refs_line(refs) -> str:
    return f"   refs: {', '.join(r.paragraph_id for r in refs)}"


def ranked_listing(items, head, body=lambda item: []) -> str:
    """A golden file's text of a ranked list (the glossary, the who's-who): per item its
    number and `head`, its variants, the lines `body` gives, and its references."""
    lines = []
    for rank, item in enumerate(items, 1):
        lines.append(f"{rank}. {head(item)}")
        if item.variants:
            lines.append(f"   variants: {', '.join(item.variants)}")
        lines += body(item)
        lines.append(refs_line(item.refs))
    return "\n".join(lines) + "\n"


@lru_cache(maxsize=None)
def sample_extraction(name: str):
    """(glossary, who's-who) of a sample, computed once per test session:
    both share one analysis, so computing them together is twice as fast."""
    from pack.extract.glossary import extract_glossary
    from pack.extract.people import extract_people
    from pack.read import read_article

    article = read_article(SAMPLES_DIR / f"{name}.txt")
    return extract_glossary(article), extract_people(article)
