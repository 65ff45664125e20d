"""Review in the browser, file watching: which changes in a course folder
matter to the preview, and what each one asks for (watchfiles).

Inputs: the course folder, its output folder, its article files.
Outputs: for each batch of changes, "course" (course.toml or an article
changed: read and extract again) or "look" (review files, layouts,
styles, course.css, assets: render the preview again), passed to a
callback until the stop event is set. Hidden files (the review store's
`.extracted/`, temporary files of atomic writes), backups and the built
books are not watched.
"""

from __future__ import annotations

from pathlib import Path
from typing import Awaitable, Callable

import anyio
from watchfiles import awatch

from pack.config.course import COURSE_FILE


def relevant(path: Path, root: Path, out_dir: Path) -> bool:
    try:
        parts = path.relative_to(root).parts
    except ValueError:
        return False
    if not parts or path.is_relative_to(out_dir) or any(p.startswith(".") for p in parts):
        return False
    return ".bak" not in path.name and not path.name.endswith((".part", "~"))


def what_changed(paths: set[Path], root: Path, sources: tuple[Path, ...]) -> str:
    course_files = {root / COURSE_FILE, *sources}
    return "course" if paths & course_files else "look"


async def watch_course(root: Path, out_dir: Callable[[], Path], sources: Callable[[], tuple[Path, ...]],
                       on_change: Callable[[str], Awaitable[None]], stop: anyio.Event) -> None:
    """Call `on_change` after every batch of relevant changes, until `stop`."""
    async for changes in awatch(root, stop_event=stop, step=50, rust_timeout=500,
                                watch_filter=lambda _, p: relevant(Path(p), root, out_dir())):
        await on_change(what_changed({Path(p) for _, p in changes}, root, sources()))
