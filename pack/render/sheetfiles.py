"""Render stage, the EPUB's stylesheet files: what a stylesheet's url()s need.

Inputs: the `Theme` (search path), a stylesheet's name on it (say
"course.css" or "styles/themes/x.css") and its text. Outputs: the text
to pack (with every refused reference taken out) and the files to pack
beside it (images, fonts, imported sheets), each at its path relative to
its root, which is the path the stylesheet's relative url() names inside
the EPUB too.

The same rule as the PDF's `GuardedFetcher`, with the same warning: only
files inside the course folder and the built-in files are read;
`http://`, `file:///etc/passwd`, `../../` out of the course are refused.
A refused or missing file's declaration is removed, so the EPUB never
points at a file it does not hold (EPUBCheck counts that as an error).
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from pack.render.urlguard import SEARCH_PATH_URL, Refused, guarded_file, on_search_path, sheet_text
from pack.theme import Theme

URL = re.compile(r"""url\(\s*(["']?)([^"')]+)\1\s*\)|@import\s+(["'])([^"']+)\3""")
MEDIA_TYPES = {"css": "text/css", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg",
               "gif": "image/gif", "svg": "image/svg+xml", "webp": "image/webp",
               "ttf": "font/ttf", "otf": "font/otf", "woff": "font/woff", "woff2": "font/woff2"}


def sheet_files(theme: Theme, name: str, css: str,
                warnings: list[str]) -> tuple[str, list[tuple[str, bytes]]]:
    """(css to pack, [(name in the EPUB, bytes)]) for one stylesheet, and
    recursively for the sheets it @imports."""
    files: list[tuple[str, bytes]] = []
    css = _collect(theme, name, css, warnings, files, seen={name})
    return css, files


def media_type(name: str) -> str:
    return MEDIA_TYPES[name.rsplit(".", 1)[-1].lower()]


def _collect(theme: Theme, name: str, css: str, warnings: list[str],
             files: list[tuple[str, bytes]], seen: set[str]) -> str:
    refused = []
    for match in URL.finditer(css):
        url = match.group(2) or match.group(4)
        target = _target(theme, name, url.strip(), warnings)
        if target is None:
            refused.append(match)
        elif target and target[0] not in seen:
            relative, path = target
            seen.add(relative)
            if relative.endswith(".css"):
                text = _collect(theme, relative, sheet_text(path, relative), warnings, files, seen)
                files.append((relative, text.encode("utf-8")))
            else:
                files.append((relative, path.read_bytes()))
    for match in reversed(refused):
        css = _without_declaration(css, match)
    return css


def _target(theme: Theme, name: str, url: str, warnings: list[str]):
    """(name in the EPUB, file) to pack; () for nothing to pack (a data:
    URL, a fragment); None when refused (the warning is added). URLs are
    joined on the search path, as the PDF's are (render.urlguard)."""
    if url.startswith(("data:", "#")):
        return ()
    absolute = urljoin(SEARCH_PATH_URL + name, url)
    relative = on_search_path(absolute)
    try:
        path = guarded_file(theme, absolute)
    except Refused as why:
        if relative is not None:
            warnings.append(f"no file {relative} (named in {name}); left out of the EPUB")
        else:
            warnings.append(f"refused to load {absolute}: {why}")
        return None
    if relative is None:
        root = next(r.resolve() for r in theme.roots if path.is_relative_to(r.resolve()))
        relative = path.relative_to(root).as_posix()
    if relative.rsplit(".", 1)[-1].lower() not in MEDIA_TYPES:
        warnings.append(f"{relative} (named in {name}) is not an image, font or "
                        "stylesheet an EPUB may hold; left out of the EPUB")
        return None
    return relative, path


def _without_declaration(css: str, match: re.Match) -> str:
    """The css without the declaration (or @import rule) that holds `match`."""
    start = max(css.rfind(mark, 0, match.start()) for mark in ";{}") + 1
    end_semicolon, end_brace = css.find(";", match.end()), css.find("}", match.end())
    ends = [e for e in (end_semicolon + 1 if end_semicolon >= 0 else -1, end_brace) if e >= 0]
    end = min(ends) if ends else len(css)
    return css[:start] + css[end:]
