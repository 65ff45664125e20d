"""Write stage: finished files land in the output folder atomically.

Inputs: the output folder and (file name, bytes) pairs, all computed
before this stage runs. Outputs: the files. Each file is written to a
temporary file in the same folder, flushed to disk, then renamed over the
old one, so an interrupted or failed build (Ctrl-C, a killed process, a
full disk) leaves the previous outputs intact and no half-written file.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from pack.errors import RenderError


def write_outputs(folder: Path, files: list[tuple[str, bytes]]) -> list[Path]:
    _make_folder(folder)
    written = []
    for name, data in files:
        written.append(write_atomically(folder / name, data))
    return written


def write_atomically(path: Path, data: bytes) -> Path:
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except OSError as exc:
        _remove(temporary)
        raise _write_error(path, exc) from None
    except BaseException:
        _remove(temporary)       # Ctrl-C mid-write: no stray temporary file
        raise
    return path


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _write_error(folder, exc) from None
    if not os.access(folder, os.W_OK):
        raise RenderError("the output folder is not writable", where=str(folder),
                          hint="Choose another folder with --out, or fix its permissions.")


def _write_error(path: Path, exc: OSError) -> RenderError:
    if exc.errno == errno.ENOSPC:
        return RenderError("the disk is full; nothing was replaced", where=str(path),
                           hint="Free some space and build again; the previous outputs are intact.")
    return RenderError(f"cannot write ({exc.strerror})", where=str(path),
                       hint="Choose another folder with --out, or fix its permissions.")


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
