"""Data derived from a shipped file, kept beside the code the way Python keeps bytecode.

Stage: shared (language data, the list of given names). Input: a source
file, a folder to keep the derived copy in (a `__pycache__`), and the
function that derives the data from the file. Output: that function's
result, from the kept copy when the source has not changed since it was
made, else derived again (and the copy rewritten).

Why: every build reads the same files and derives the same values from
them before it reads one article. The language files and the schema are
parsed by `tomllib`, pure Python, which cost about 0.3 G instructions of
the Stalin sample's 9 G; `marshal` reads the same tables back in a
fortieth of that. As with `.pyc` files, the copy is keyed by the source's
size and modification time and by the Python version (marshal's format
may change between versions); a copy that does not match, cannot be read
or cannot be written is ignored, and the data is derived as before, so the
result is the same either way. Nothing is written when Python is told not
to write bytecode (`PYTHONDONTWRITEBYTECODE`, `sys.dont_write_bytecode`).

Only values marshal can hold exactly are kept (str, int, float, bool,
None, and lists, tuples, dicts, sets and frozensets of them); for any
other value the data is returned without a copy.
"""

from __future__ import annotations

import marshal
import os
import sys
from pathlib import Path
from typing import Callable, TypeVar

T = TypeVar("T")

# What a kept copy must have been made by: this format, this Python.
FORMAT = ("teachpack-derived", 1, sys.implementation.cache_tag, marshal.version)


def derived(source: Path, kind: str, folder: Path, make: Callable[[Path], T],
            unkept: Callable[[Path], T] | None = None, also: tuple[Path, ...] = ()) -> T:
    """`make(source)`, or its copy in `folder` made from the same `source`.

    `kind` names what is derived (two consumers of one source keep two
    copies). A missing source is never cached (make decides what that means).
    `unkept`, if given, stands in for `make` when no copy can be written
    (bytecode not written): a form of the data that is quicker to make but
    not to keep. `also`: further files `make` reads (another package's
    data); the copy is kept only while they too are unchanged (a missing
    one counts as a state of its own).
    """
    try:
        stat = source.stat()
    except OSError:
        return make(source)
    key = (FORMAT, kind, str(source.resolve()), stat.st_size, stat.st_mtime_ns)
    key += tuple(map(_state, also))
    kept = folder / f"{source.name}.{kind}.marshal"
    found = _read(kept, key)
    if found is not None:
        return found[0]
    if sys.dont_write_bytecode:
        return (unkept or make)(source)
    data = make(source)
    _write(kept, key, data)
    return data


def _state(path: Path) -> tuple:
    """What a further source's copy is keyed by: its path, size and time (None if missing)."""
    try:
        stat = path.stat()
    except OSError:
        return (str(path), None)
    return (str(path), stat.st_size, stat.st_mtime_ns)


def kept_toml(path: Path) -> dict:
    """The parsed TOML file at `path` (a shipped one: language data, a model),
    kept parsed beside it in its folder's `__pycache__`. tomllib is pure
    Python: importing it costs 0.04 G instructions (its patterns), parsing
    the glossary's 150 trees another 0.04 G; with the copy kept a build needs
    neither. Invalid TOML raises `tomllib.TOMLDecodeError`, as `tomllib.load`."""
    return derived(path, "toml", path.parent / "__pycache__", _parse_toml)


def _parse_toml(path: Path) -> dict:
    import tomllib          # here: only when no kept copy fits (see kept_toml)
    with path.open("rb") as handle:
        return tomllib.load(handle)


def _read(kept: Path, key: tuple) -> tuple | None:
    """(data,) from the copy at `kept` if it was made under `key`, else None."""
    try:
        stored_key, data = marshal.loads(kept.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return (data,) if stored_key == key else None


def _write(kept: Path, key: tuple, data: object) -> None:
    """Keep `data` at `kept`, whole or not at all (another process may read it meanwhile)."""
    try:
        payload = marshal.dumps((key, data))
    except ValueError:                  # a value marshal cannot hold: no copy
        return
    temporary = kept.with_name(f"{kept.name}.{os.getpid()}.tmp")
    try:
        kept.parent.mkdir(exist_ok=True)
        temporary.write_bytes(payload)
        os.replace(temporary, kept)
    except OSError:                     # a read-only install: derive each time, as before
        try:
            temporary.unlink()
        except OSError:
            pass
