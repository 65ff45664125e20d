"""Language data: everything language-specific lives in files, not code.

Stage: shared by read, extract, assemble and render. Inputs: the TOML
files in `pack/lang/<code>/` (one folder per language, one file per
concern: `core.toml` for detection and article structure, `labels.toml`
for the book's own words, and one file per extractor). Outputs: plain
dicts. Adding a language means adding a folder with the same files.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

LANG_DIR = Path(__file__).parent


def available() -> list[str]:
    """Language codes that have a folder of data."""
    return sorted(p.name for p in LANG_DIR.iterdir() if (p / "core.toml").is_file())


@lru_cache(maxsize=None)
def load(code: str, part: str) -> dict:
    """The parsed `pack/lang/<code>/<part>.toml` (an empty dict if absent)."""
    path = LANG_DIR / code / f"{part}.toml"
    if not path.is_file():
        return {}
    with path.open("rb") as handle:
        return tomllib.load(handle)


def labels(code: str, overrides: dict | None = None) -> dict[str, str]:
    """The book's own words ("Daftar Isi", "Contents" ...) for a language.

    English fills any label a language file does not define, so a new
    language can start small without the book showing blanks; a course's
    own labels (`overrides`, from its course.toml) win over both.
    """
    merged = dict(load("en", "labels"))
    merged.update(load(code, "labels"))
    merged.update(overrides or {})
    return merged
