"""Extract stage, the cache: extraction results kept between builds.

Inputs: an article, the settings that change what is extracted, and the
code and language data that do the extracting. Outputs: the `Extracted`
of an earlier build with exactly those inputs, or None. A teacher who
changes only a stylesheet or a title rebuilds without waiting for the
extractors again.

The key is a SHA-256 of everything extraction reads: the article's text
and structure, the extraction settings, and the bytes of every file
under pack/extract/, pack/text/, pack/read/ and pack/lang/ — so changing
a heuristic or a word list can never serve a stale result. Entries are pickles in
$TEACHPACK_CACHE (default: ~/.cache/teachpack); TEACHPACK_CACHE=off
disables the cache. A broken or unreadable entry is ignored.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from functools import lru_cache
from pathlib import Path

from pack.config import Settings
from pack.model import Article, Extracted

PACKAGE = Path(__file__).resolve().parent
EXTRACTION_SETTINGS = ("appendices", "glossary_entries", "people_entries", "questions_per_chapter")


def cache_dir() -> Path | None:
    setting = os.environ.get("TEACHPACK_CACHE", "").strip()
    if setting.lower() == "off":
        return None
    if setting:
        return Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "teachpack"


def cache_key(article: Article, settings: Settings) -> str:
    digest = hashlib.sha256(_code_fingerprint().encode())
    digest.update(repr([(name, getattr(settings, name)) for name in EXTRACTION_SETTINGS]).encode())
    digest.update(article.lang.encode())
    for chapter in article.chapters:
        for section in chapter.walk():
            digest.update(f"\x00{section.id}\x01{section.title}".encode())
            for paragraph in section.paragraphs:
                digest.update(f"\x02{paragraph.id}\x03{paragraph.text}".encode())
    return digest.hexdigest()


def load(key: str) -> Extracted | None:
    folder = cache_dir()
    if folder is None:
        return None
    try:
        with (folder / f"{key}.pickle").open("rb") as handle:
            found = pickle.load(handle)
    except Exception:        # missing, unreadable or from another version: just extract again
        return None
    return found if isinstance(found, Extracted) else None


def store(key: str, extracted: Extracted) -> None:
    folder = cache_dir()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temporary = folder / f".{key}.{os.getpid()}.part"
        temporary.write_bytes(pickle.dumps(extracted, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(temporary, folder / f"{key}.pickle")
    except OSError:
        pass                 # a cache that cannot be written only costs time


@lru_cache(maxsize=None)
def _code_fingerprint() -> str:
    digest = hashlib.sha256()
    for folder in ("extract", "text", "lang", "read"):
        for path in sorted((PACKAGE / folder).rglob("*")):
            if path.suffix in (".py", ".toml") and path.is_file():
                digest.update(path.relative_to(PACKAGE).as_posix().encode())
                digest.update(path.read_bytes())
    digest.update((PACKAGE / "model.py").read_bytes())
    return digest.hexdigest()
