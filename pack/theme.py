"""Theme stage: where layouts, styles and assets come from.

Inputs: an optional course folder and a theme name. Outputs: a `Theme`
with one ordered search path (course folder first, then the built-in
files) that serves templates and static files alike, the list of
stylesheets for each edition, and the Jinja environment (sandboxed,
autoescaping, strict about undefined names).

Everything a template or stylesheet may read lies inside a folder of the
search path; `resolve()` refuses anything else. Templates load through
`SearchPathLoader`: a name with `..`, an absolute path or a link out of
its folder is refused with a `LayoutError`, and `builtin/<name>` always
means the built-in file, so a course's `layouts/partials/chapter.html`
can `{% extends "builtin/partials/chapter.html" %}` and change one block.
Templates run in Jinja's immutable sandbox: no private attributes
(`__class__`), no changing the book while rendering it.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment

from pack.errors import LayoutError
from pack.paths import read_file

LAYOUT_LIMIT = 4 * 1024 * 1024      # a layout is a few kB


BUILTIN_FOLDERS = ("layouts", "styles", "assets")


def builtin_root() -> Path:
    """The one folder that holds the built-in layouts/, styles/ and assets/.

    An installed wheel carries them inside the package, in pack/builtin/
    (setup.py copies them there when the wheel is built); a checkout, run
    in place or installed editable, has them at its top level, beside
    pack/. The same three folders are looked for in both places.
    """
    package = Path(__file__).resolve().parent
    for candidate in (package / "builtin", package.parent):
        if all((candidate / name).is_dir() for name in BUILTIN_FOLDERS):
            return candidate
    raise LayoutError("the built-in layouts, styles and assets are missing from this installation",
                      where=str(package), hint="Reinstall teachpack (pip install --force-reinstall teachpack).")


def themes_available() -> dict[str, str]:
    """Built-in theme name -> its one-line description (first comment line)."""
    found = {}
    for path in sorted((builtin_root() / "styles" / "themes").glob("*.css")):
        first = path.read_text(encoding="utf-8").split("\n", 1)[0]
        found[path.stem] = first.strip("/* ").strip()
    return found


@dataclass
class Theme:
    name: str
    roots: list[Path] = field(default_factory=list)   # search path, first wins

    def resolve(self, relative: str) -> Path:
        """The first file named `relative` on the search path."""
        for root in self.roots:
            candidate = (root / relative).resolve()
            if candidate.is_file() and _inside(candidate, root):
                return candidate
        raise LayoutError(f"no file {relative!r} in the course or the built-in files",
                          where=relative, hint="Check the name, or remove the reference to it.")

    def winners(self, folder: str) -> dict[str, Path]:
        """Every file under `folder` (layouts, styles ...) and which copy wins."""
        found: dict[str, Path] = {}
        for root in self.roots:
            base = root / folder
            if not base.is_dir():
                continue
            for path in sorted(base.rglob("*")):
                if path.is_file():
                    found.setdefault(path.relative_to(root).as_posix(), path)
        return dict(sorted(found.items()))

    def stylesheets(self, edition_format: str, paper: str = "A4") -> list[str]:
        """Relative paths of the stylesheets for 'pdf' or 'epub', in cascade order.

        The paper sheet follows print.css so a theme or course.css can
        still adjust it; course.css comes last of all.
        """
        sheets = ["styles/fonts.css", "styles/base.css"]
        if edition_format == "pdf":
            sheets += ["styles/print.css", f"styles/paper/{paper}.css"]
        else:
            sheets.append("styles/epub.css")
        sheets.append(f"styles/themes/{self.name}.css")
        if any((root / "course.css").is_file() for root in self.roots[:-1]):
            sheets.append("course.css")
        return sheets

    def origin(self, path: Path) -> str:
        """'course' or 'built-in': which folder of the search path holds `path`."""
        return "built-in" if _inside(path, self.roots[-1]) else "course"

    def environment(self) -> jinja2.Environment:
        return LayoutSandbox(loader=SearchPathLoader(self.roots), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)


# Where the machine keeps a file: a layout has no use for it, and could
# write it into the book or into a URL.
MACHINE_PATHS = frozenset({"source_path"})


class LayoutSandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox, and no attribute that holds a path of the machine."""

    def is_safe_attribute(self, obj, attr: str, value) -> bool:
        if attr in MACHINE_PATHS or isinstance(value, Path):
            return False
        return super().is_safe_attribute(obj, attr, value)


BUILTIN_PREFIX = "builtin/"


class SearchPathLoader(jinja2.BaseLoader):
    """Templates from each root's layouts/ folder, first root wins;
    `builtin/<name>` reads the built-in copy (the last root) only."""

    def __init__(self, roots: list[Path]) -> None:
        self.roots = [r.resolve() for r in roots]

    def get_source(self, environment, template: str):
        _check_template_name(template)
        roots, name = self.roots, template
        if template.startswith(BUILTIN_PREFIX):
            roots, name = self.roots[-1:], template[len(BUILTIN_PREFIX):]
        for root in roots:
            path = (root / "layouts" / name).resolve()
            # Inside layouts/ and, links followed, inside the course (or built-in) folder.
            if path.is_file() and _inside(path, root / "layouts") and _inside(path, root):
                mtime = path.stat().st_mtime
                return (_layout_text(path), str(path), lambda: _unchanged(path, mtime))
        raise jinja2.TemplateNotFound(template)


def _unchanged(path: Path, mtime: float) -> bool:
    """Is a loaded layout still as it was? A layout deleted since (a course
    removing its override while `teachpack review` previews) has changed:
    the next look-up finds the copy that now wins, the built-in one."""
    try:
        return path.stat().st_mtime == mtime
    except OSError:
        return False


def _layout_text(path: Path) -> str:
    try:
        return read_file(path, LAYOUT_LIMIT, LayoutError, noun="layout").decode("utf-8")
    except UnicodeDecodeError as exc:
        raise LayoutError(f"byte {exc.start}: the layout is not UTF-8 text", where=str(path),
                          hint="Save it as UTF-8 in your editor.") from None


def _check_template_name(name: str) -> None:
    """Refuse names that point out of the layouts folders, with a clear error
    (Jinja alone would only say "not found")."""
    parts = PurePosixPath(name).parts
    if name.startswith(("/", "\\")) or "\\" in name or ".." in parts or ":" in name:
        raise LayoutError(f"refused to load template {name!r}: layouts may only use files "
                          "inside the course's layouts/ and the built-in layouts",
                          where="layouts", hint="Name templates relative to layouts/, e.g. "
                          "\"partials/chapter.html\" or \"builtin/partials/chapter.html\".")


def load_theme(name: str, course_dir: Path | None = None) -> Theme:
    root = builtin_root()
    if not (root / "styles" / "themes" / f"{name}.css").is_file() and not (
            course_dir and (course_dir / "styles" / "themes" / f"{name}.css").is_file()):
        names = list(themes_available())
        close = difflib.get_close_matches(name.lower(), names, n=1, cutoff=0.6)
        raise LayoutError(f"no theme called {name!r}" + (f" (did you mean {close[0]!r}?)" if close else ""),
                          where="theme", hint=f"Built-in themes: {', '.join(names)} (see `teachpack themes`).")
    roots = [course_dir.resolve()] if course_dir else []
    return Theme(name=name, roots=roots + [root])


def _inside(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root.resolve())
        return True
    except ValueError:
        return False
