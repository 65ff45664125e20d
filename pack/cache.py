"""Extract stage, the cache: extraction results kept between builds.

Inputs: an article, the settings, and the code and language data that do
the extracting. Outputs: the `Extracted` of an earlier build with exactly
those inputs, or None. A teacher who changes only a stylesheet or the
paper rebuilds without waiting for the extractors again.

The key is a SHA-256 of everything the extractors are given, so it cannot
drift from them: the whole `Article` (its title — which the questions and
the timeline use — its text, structure and every other field), every
setting except those that only change the look (`LOOK_ONLY`; a test checks
the extractors read none of them), and the bytes of every file under
pack/extract/, pack/text/, pack/lang/ and pack/read/ — so changing a heuristic or a
word list can never serve a stale result.

Entries are JSON data, never pickles (a shared cache folder must not be
able to run code), in $TEACHPACK_CACHE (default: ~/.cache/teachpack);
each holds its key and a SHA-256 of its payload, both checked before use,
and any entry that fails a check, or does not read back as an `Extracted`,
is ignored. TEACHPACK_CACHE=off disables the cache.
"""

from __future__ import annotations

import os
import types
import typing
from dataclasses import fields, is_dataclass
from functools import lru_cache
from pathlib import Path

from pack.config import Settings
from pack.model import Article, Extracted
from pack.text import wordclass

PACKAGE = Path(__file__).resolve().parent
FORMAT = "teachpack-extracted-1"
# Settings that change how the book looks, never what is extracted.
LOOK_ONLY = frozenset({"title", "subtitle", "author", "formats", "editions", "theme", "paper",
                       "booklet", "strict", "keep_html", "labels", "chapter_titles",
                       "include_chapters", "exclude_chapters", "encoding", "max_size_mb"})


def cache_dir() -> Path | None:
    setting = os.environ.get("TEACHPACK_CACHE", "").strip()
    if setting.lower() == "off":
        return None
    if setting:
        return Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "teachpack"


def cache_key(article: Article, settings: Settings) -> str:
    # The word-class table is data, not code: with another one, the words differ.
    given = {"code": _code_fingerprint(), "lexicon": wordclass.lexicon(article.lang), "article": to_data(article),
             "settings": {f.name: to_data(getattr(settings, f.name)) for f in fields(Settings)
                          if f.name not in LOOK_ONLY}}
    return _digest(given)


def load(key: str) -> Extracted | None:
    folder = cache_dir()
    if folder is None:
        return None
    import json         # here: an extraction with the cache off never reads nor writes JSON
    try:
        entry = json.loads((folder / f"{key}.json").read_bytes())
        payload = entry["payload"]
        if entry["format"] != FORMAT or entry["key"] != key or \
                entry["sha256"] != _digest(payload):
            return None
        return from_data(Extracted, payload)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None          # missing, unreadable, changed or from another version: extract again


def store(key: str, extracted: Extracted) -> None:
    folder = cache_dir()
    if folder is None:
        return
    payload = to_data(extracted)
    entry = {"format": FORMAT, "key": key, "sha256": _digest(payload),
             "payload": payload}
    temporary = folder / f".{key}.{os.getpid()}.part"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(_json(entry, sorted_keys=False))
        os.replace(temporary, folder / f"{key}.json")
    except (OSError, TypeError, ValueError):
        temporary.unlink(missing_ok=True)   # a cache that cannot be written only costs time


# ------------------------------------------------------------ data <-> JSON


def to_data(value):
    """Dataclasses, lists, tuples and dicts as plain JSON values."""
    if is_dataclass(value):
        return {f.name: to_data(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (list, tuple)):
        return [to_data(item) for item in value]
    if isinstance(value, dict):
        return {str(key): to_data(item) for key, item in value.items()}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, bytes):
        # Only an article's lead picture is bytes, and only the key sees it:
        # its digest tells two pictures apart (no `Extracted` holds bytes).
        return {"sha256": _sha256(value).hexdigest()}
    raise TypeError(f"cannot keep a {type(value).__name__} in the cache")


def from_data(kind, data):
    """`to_data` undone, guided by the type annotations of `kind`."""
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):
        if data is None and type(None) in args:
            return None
        return from_data(next(a for a in args if a is not type(None)), data)
    if is_dataclass(kind):
        hints = typing.get_type_hints(kind)
        if not isinstance(data, dict) or set(data) != {f.name for f in fields(kind)}:
            raise TypeError(f"not a {kind.__name__}")
        return kind(**{name: from_data(hints[name], value) for name, value in data.items()})
    if origin is list:
        return [from_data(args[0], item) for item in _checked(data, list)]
    if origin is tuple:
        items = _checked(data, list)
        kinds = [args[0]] * len(items) if len(args) == 2 and args[1] is Ellipsis else list(args)
        return tuple(from_data(k, item) for k, item in zip(kinds, items, strict=True))
    if origin is dict:
        return {key: from_data(args[1], item) for key, item in _checked(data, dict).items()}
    if kind is float and isinstance(data, int) and not isinstance(data, bool):
        return float(data)
    return _checked(data, kind)


def _checked(data, kind):
    if not isinstance(data, kind):
        raise TypeError(f"expected {kind}, found {type(data).__name__}")
    return data


def _sha256(data: bytes = b""):
    """A SHA-256 hash object. hashlib is imported here, at the first key: it
    loads OpenSSL (11 M instructions), which an extraction with the cache
    off (TEACHPACK_CACHE=off: no key, no entry) never needs."""
    import hashlib
    return hashlib.sha256(data)


def _digest(value) -> str:
    """The SHA-256 of `value`'s JSON with its keys sorted: the same data, the same digest."""
    return _sha256(_json(value, sorted_keys=True)).hexdigest()


def _json(value, *, sorted_keys: bool) -> bytes:
    """`value` as compact JSON. Hashed, its keys are sorted, so that the same
    data gives the same hash; written to an entry, they keep their order, so
    that a dict read back (the objectives per chapter: ch1, ch2, … ch10)
    keeps the order it was made in."""
    import json         # (see `load`)
    return json.dumps(value, sort_keys=sorted_keys, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


@lru_cache(maxsize=None)
def _code_fingerprint() -> str:
    digest = _sha256()
    for folder in ("extract", "text", "lang", "read"):
        for path in sorted((PACKAGE / folder).rglob("*")):
            if path.suffix in (".py", ".toml") and path.is_file():
                digest.update(path.relative_to(PACKAGE).as_posix().encode())
                digest.update(path.read_bytes())
    for name in ("model.py", "cache.py"):
        digest.update((PACKAGE / name).read_bytes())
    return digest.hexdigest()
