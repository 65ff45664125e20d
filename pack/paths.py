"""Configuration stage, the one path rule: a course names only its own files.

A course folder comes from a colleague (a zip by e-mail, a shared
drive), so every path it names — its articles (`sources.files`), its
`layouts/`, `styles/`, `assets/`, `course.css`, its `review/` files and its
output folder (`output.folder`) — is resolved with symlinks followed and
must lie inside the course folder. Anything else is refused before a byte
is read or written: a `ConfigError` (exit status 4) naming the key and
the path. Article files named on the command line are the user's own
choice and are not confined.

Inputs: the course folder and a name from it. Outputs: the resolved path,
or the error.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from pack.errors import ConfigError, PackError

# The folders and files of a course that layouts, styles and builds read.
COURSE_PARTS = ("course.toml", "layouts", "styles", "assets", "course.css", "review")


def inside(path: Path, root: Path) -> bool:
    """True when `path`, resolved, is `root` (resolved) or lies below it."""
    return Path(os.path.realpath(path)).is_relative_to(Path(os.path.realpath(root)))


def course_path(root: Path, name: str | Path, key: str) -> Path:
    """`root / name`, resolved; refused unless it lies inside the course."""
    path = Path(os.path.realpath(Path(root) / name))
    if not path.is_relative_to(Path(os.path.realpath(root))):
        raise outside_error(key, str(name), path)
    return path


def outside_error(key: str, name: str, path: Path) -> ConfigError:
    target = f" (it leads to {path})" if str(path) != name else ""
    return ConfigError(f"'{name}' lies outside the course folder{target}; nothing was read or written",
                       where=key, hint="A course may name only files inside its own folder "
                       "(no absolute paths, no '..', no links that lead out). Copy the file "
                       "into the course, or name an article on the command line instead.")


def check_course_tree(root: Path) -> None:
    """Refuse a course whose layouts/, styles/, assets/, course.css or
    review/ is, or holds, a link that leads out of the course."""
    for part in COURSE_PARTS:
        course_path(root, part, part)
        base = root / part
        if not base.is_dir():
            continue
        for folder, dirs, files in os.walk(base):        # links are checked, never followed
            for name in dirs + files:
                path = Path(folder) / name
                if path.is_symlink():
                    course_path(root, path.relative_to(root), part)


def read_file(path: Path, limit: int, error: type[PackError], where: str = "",
              noun: str = "file", hint: str = "Give a smaller file.") -> bytes:
    """The bytes of a regular file of at most `limit` bytes, else `error`.

    Opened without blocking and checked on the open handle, so a FIFO, a
    device (/dev/zero) or a socket is refused at once instead of hanging or
    filling the memory, and a file that grows while it is read is cut off.
    """
    where = where or str(path)
    try:
        handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise error(f"cannot read the file ({exc.strerror})", where=where,
                    hint="Check that it exists and that you may read it.") from None
    with os.fdopen(handle, "rb") as stream:
        status = os.fstat(handle)
        a = "an" if noun[0] in "aeiou" else "a"
        if stat.S_ISDIR(status.st_mode):
            raise error(f"this is a folder, not {a} {noun}", where=where, hint=f"Give {a} {noun}.")
        if not stat.S_ISREG(status.st_mode):
            raise error(f"this is a device, a pipe or a socket, not {a} {noun}", where=where,
                        hint=f"Give an ordinary {noun} (it is read whole; a stream may never end).")
        data = stream.read(limit + 1)
    if len(data) > limit:
        size = max(status.st_size, len(data))
        raise error(f"the file is {size / 1048576:.1f} MB, over the {limit / 1048576:.3g} MB limit "
                    f"for one {noun}", where=where, hint=hint)
    return data
