"""Write stage: finished files replace the previous ones as one set.

Inputs: the output folder and (file name, bytes) pairs, all computed
before this stage runs. Outputs: the files.

A book's files (PDF, EPUB, teacher's edition, booklet) must never be a
mix of two builds. So every new file is written into a hidden staging
folder beside the output folder (`.<slug>.<pid>.part`), each one flushed
to disk, together with links to the previous files that this build does
not replace; only then is the staging folder swapped with the output
folder in one step (Linux `renameat2(RENAME_EXCHANGE)`; elsewhere two
renames). A build killed at any moment therefore leaves either all the
old files or all the new ones. Staging folders and `.part` files left by
a killed build (their process is gone) are removed by the next write.

Single files (a course's `course.toml`, the review files) are written to
a temporary file in the same folder, flushed, and renamed into place.
"""

from __future__ import annotations

import ctypes
import errno
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

from pack.errors import PackError, RenderError
from pack.fork import process_exists

RENAME_EXCHANGE = 2          # linux/fs.h
AT_FDCWD = -100
_PART = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.[^.]*(\.old)?\.part$")


def write_outputs(folder: Path, files: list[tuple[str, bytes]]) -> list[Path]:
    """Replace the book's files in `folder` with `files`, all at once."""
    make_folder(folder.parent, RenderError)
    target = Path(os.path.realpath(folder))       # a link the user made (--out) is followed
    if target.exists() and not target.is_dir():
        raise RenderError("this is a file, not a folder", where=str(target),
                          hint="Remove it, or choose another folder with --out.")
    remove_stale_parts(target.parent, target.name)
    if target.is_dir():
        remove_stale_parts(target)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".part",
                                    dir=target.parent))
    try:
        os.chmod(staging, _folder_mode(target))
        for name, data in files:
            _write_synced(staging / name, data)
        if target.is_dir():
            _link_the_rest(target, staging, {name for name, _ in files})
        _sync_folder(staging)
        _swap(staging, target)
        _sync_folder(target.parent)
    except OSError as exc:
        _remove_tree(staging)
        raise _write_error(target / files[0][0] if files else target, exc) from None
    except BaseException:
        _remove_tree(staging)      # Ctrl-C mid-write: no stray staging folder
        raise
    _remove_tree(staging)          # after an exchange it holds the previous files
    return [target / name for name, _ in files]


def write_atomically(path: Path, data: bytes) -> Path:
    """One file, replaced in one rename (never written through a link)."""
    remove_stale_parts(path.parent, path.name)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".part",
                                         dir=path.parent)
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


def make_folder(folder: Path, error: type[PackError] = RenderError) -> None:
    """The folder, made if missing; `error` (with its exit status) when it cannot be."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise error("cannot write here: this is a file, not a folder", where=str(folder),
                    hint="Remove or rename it, or choose another folder.") from None
    except OSError as exc:
        raise error(f"cannot make the folder ({exc.strerror})", where=str(folder),
                    hint="Choose another folder, or fix its permissions.") from None
    if not os.access(folder, os.W_OK):
        raise error("the folder is not writable", where=str(folder),
                    hint="Choose another folder (--out for a build), or fix its permissions.")


def remove_stale_parts(folder: Path, name: str | None = None) -> None:
    """Remove the `.part` files and staging folders (of `name`, or of any
    file) in `folder` whose writing process is gone."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return
    for entry in entries:
        match = _PART.match(entry.name)
        if match and (name is None or match["name"] == name) and not _alive(int(match["pid"])):
            _remove_tree(entry) if entry.is_dir() and not entry.is_symlink() else _remove(str(entry))


def _folder_mode(target: Path) -> int:
    """The previous folder's permissions, or a new folder's (the umask applied)."""
    if target.is_dir():
        return target.stat().st_mode & 0o7777
    mask = os.umask(0)
    os.umask(mask)
    return 0o777 & ~mask


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False             # our own leftovers: an earlier write in this process failed
    return process_exists(pid)


def _write_synced(path: Path, data: bytes) -> None:
    with open(path, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    os.chmod(path, 0o644)


def _link_the_rest(old: Path, staging: Path, replaced: set[str]) -> None:
    """The previous folder's other files (another edition, the user's own)
    carried into the new set as hard links (copies where links fail)."""
    for entry in old.iterdir():
        if entry.name in replaced or _PART.match(entry.name):
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.copytree(entry, staging / entry.name, symlinks=True, copy_function=_link_or_copy)
        else:
            _link_or_copy(entry, staging / entry.name)


def _link_or_copy(source, destination) -> None:
    try:
        os.link(source, destination, follow_symlinks=False)
    except OSError:
        shutil.copy2(source, destination, follow_symlinks=False)


def _swap(staging: Path, target: Path) -> None:
    """Put `staging` at `target` in one step; the previous folder ends up at `staging`."""
    if not target.exists():
        os.rename(staging, target)
        return
    if _exchange(staging, target):
        return
    # No atomic exchange here (not Linux, or a file system without it): two
    # renames; a crash between them leaves the old set in the `.part` folder.
    aside = staging.with_name(staging.name.replace(".part", ".old.part"))
    os.rename(target, aside)
    os.rename(staging, target)
    os.rename(aside, staging)


def _exchange(first: Path, second: Path) -> bool:
    """renameat2(RENAME_EXCHANGE): both paths swapped atomically. False when unsupported."""
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(AT_FDCWD, os.fsencode(first), AT_FDCWD, os.fsencode(second), RENAME_EXCHANGE)
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(second))


def _sync_folder(folder: Path) -> None:
    """Flush a folder's entries (the renames) to disk."""
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.EBADF):   # some file systems cannot sync folders
            raise
    finally:
        os.close(handle)


def _write_error(path: Path, exc: OSError) -> RenderError:
    if exc.errno == errno.ENOSPC:
        return RenderError("the disk is full; nothing was replaced", where=str(path),
                           hint="Free some space and build again; the previous outputs are intact.")
    return RenderError(f"cannot write ({exc.strerror}); nothing was replaced", where=str(path),
                       hint="Choose another folder with --out, or fix its permissions.")


def _remove_tree(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
