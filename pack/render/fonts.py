"""Render stage, the EPUB's fonts: which to pack, cut to what the book uses.

Inputs: the `Theme`, the EPUB's stylesheet names, the book's text.
Outputs: (path inside the EPUB, font bytes) pairs. A font is packed only
when a stylesheet other than fonts.css names its family, and it is
subset with HarfBuzz (uharfbuzz) to the characters the book contains: the
EPUB carries a few hundred kilobytes of fonts instead of several
megabytes, in a few milliseconds (fontTools took ~4 s for the same job). Remote
font URLs are refused with a warning, as in the PDF.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import uharfbuzz
from fontTools.ttLib import TTFont

from pack.errors import LayoutError
from pack.theme import Theme

FACE = re.compile(r"@font-face\s*\{([^}]*)\}")
FAMILY = re.compile(r"font-family\s*:\s*\"?([^\";]+)\"?")
URL = re.compile(r"url\(\s*[\"']?([^\"')]+)[\"']?\s*\)")


def packed_fonts(theme: Theme, sheets: list[str], text: str,
                 warnings: list[str]) -> list[tuple[str, bytes]]:
    used = _families_used(theme, [s for s in sheets if s != "styles/fonts.css"])
    characters = set(text)
    packed = []
    for family, url in _faces(theme):
        if family not in used:
            continue
        if re.match(r"^[a-z]+:", url):
            warnings.append(f"refused to load font {url}: layouts and stylesheets never use the network")
            continue
        relative = _normalise("styles/" + url)
        packed.append((relative, _subset(theme.resolve(relative).read_bytes(), characters)))
    return packed


def _faces(theme: Theme) -> list[tuple[str, str]]:
    css = theme.resolve("styles/fonts.css").read_text(encoding="utf-8")
    faces = []
    for body in FACE.findall(css):
        family, url = FAMILY.search(body), URL.search(body)
        if family and url:
            faces.append((family.group(1).strip(), url.group(1).strip()))
    return faces


def _families_used(theme: Theme, sheets: list[str]) -> set[str]:
    used = set()
    for name in sheets:
        css = theme.resolve(name).read_text(encoding="utf-8")
        for declaration in re.findall(r"font-family\s*:\s*([^;}]+)", css):
            used.update(part.strip().strip("\"'") for part in declaration.split(","))
    return used


def _normalise(path: str) -> str:
    """'styles/../assets/fonts/x.ttf' -> 'assets/fonts/x.ttf'."""
    parts: list[str] = []
    for part in path.split("/"):
        if part == "..":
            if parts:
                parts.pop()
        elif part not in ("", "."):
            parts.append(part)
    return "/".join(parts)


def _subset(data: bytes, characters: set[str]) -> bytes:
    """The font cut to `characters` (plus ASCII, so a reader's UI text shows).

    HarfBuzz keeps its default layout features (kerning, ligatures) and
    leaves the font's timestamps alone, so the bytes are reproducible.
    """
    wanted = uharfbuzz.SubsetInput()
    for code in {ord(c) for c in characters} | set(range(0x20, 0x7F)):
        wanted.unicode_set.add(code)
    return uharfbuzz.subset(uharfbuzz.Face(data), wanted).blob.data


def uncovered_characters(theme: Theme, text: str) -> list[str]:
    """Characters of `text` that no bundled font used by the theme can draw.

    WeasyPrint would show them as empty boxes without a word; we warn
    instead, so a teacher can add a font (a course's styles/fonts.css).
    """
    used = _families_used(theme, [s for s in theme.stylesheets("pdf") if s != "styles/fonts.css"])
    covered: set[int] = set()
    for family, url in _faces(theme):
        if family in used and not re.match(r"^[a-z]+:", url):
            covered |= _cmap(str(theme.resolve(_normalise("styles/" + url))))
    return sorted({c for c in text if not c.isspace() and ord(c) not in covered
                   and unicodedata.category(c)[0] != "C"})


@lru_cache(maxsize=None)
def _cmap(path: str) -> frozenset[int]:
    """The characters a font draws; a file that is no font is a LayoutError."""
    try:
        return frozenset(TTFont(path, lazy=True).getBestCmap())
    except Exception as exc:        # fontTools raises many kinds on a file that is no font
        raise LayoutError(f"this is not a font file that teachpack can use ({exc})", where=path,
                          hint="Give a TrueType or OpenType font (.ttf, .otf) in the course's "
                               "styles/fonts.css, or remove its @font-face rule.") from None
