"""Language data: everything language-specific lives in files, not code.

Stage: shared by read, extract, assemble and render. Inputs: the TOML
files in `pack/lang/<code>/` (one folder per language, one file per
concern: `core.toml` for detection and article structure, `labels.toml`
for the book's own words, and one file per extractor), checked against
`schema.toml`. Outputs: dicts with every declared key. Adding a language
means adding a folder of files that pass the schema, and no Python.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pack.lang import schema

LANG_DIR = Path(__file__).parent


def available() -> list[str]:
    """Language codes that have a folder of data."""
    return sorted(p.name for p in LANG_DIR.iterdir() if (p / "core.toml").is_file())


@lru_cache(maxsize=None)
def load(code: str, part: str) -> dict:
    """`pack/lang/<code>/<part>.toml`, checked against `pack/lang/schema.toml`.

    A key the file leaves out (or every key, when there is no such file)
    has the schema's default; a broken file is one `ConfigError` naming
    the file and the key (see `pack.lang.schema`).
    """
    where = f"pack/lang/{code}/{part}.toml"
    return schema.checked(schema.parse(LANG_DIR / code / f"{part}.toml", where), part, where)


def labels(code: str, overrides: dict | None = None) -> dict[str, str]:
    """The book's own words ("Daftar Isi", "Contents" ...) for a language.

    Every label is required (`pack/lang/schema.toml`), so a book never
    shows a blank; a course's own labels (`overrides`, from its
    course.toml) win.
    """
    return {**load(code, "labels"), **(overrides or {})}
