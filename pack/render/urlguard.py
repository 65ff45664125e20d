"""Render stage, the URL guard: which files a layout or stylesheet may load.

Inputs: the `Theme` (its search path: the course folder, then the
built-in files) and a URL found in a layout or stylesheet. Outputs: the
file to read, or the reason it is refused (the caller warns and leaves
the reference out). Used by the PDF's URL fetcher (`render.pdf`), the
EPUB's stylesheet files (`render.sheetfiles`) and the EPUB pages
(`render.epub`).

The rule: only `data:` URLs and `file:` URLs with no host (or
`localhost`) whose file, links followed, lies inside a folder of the
search path. Nothing is ever looked up: a `file://name.example/` URL would
make the machine ask a name server for `name.example` — a way for a
layout to send data out — so it is refused before any library sees it,
and files are read here, never through urllib.

Layouts never see a path of the machine: the PDF's HTML names its
stylesheets relative to `SEARCH_PATH_URL`, a base that maps every
relative name onto the search path (course first, as `Theme.resolve`).
"""

from __future__ import annotations

import mimetypes
import re
from pathlib import Path
from urllib.parse import unquote, urlparse

from pack.errors import LayoutError, PackError
from pack.paths import read_file
from pack.theme import Theme

SEARCH_PATH_URL = "file:///.teachpack-search-path/"
FILE_LIMIT = 64 * 1024 * 1024          # a font or image of a course; far above any real one
OUTSIDE = "it lies outside the course and the built-in files"
NETWORK = "layouts and stylesheets never use the network"
HOST = "a file: URL with a host name would make the machine look that name up"


class Refused(Exception):
    """A URL the guard refuses; the message says why."""


def on_search_path(url: str) -> str | None:
    """The relative name a URL gives on the search path, or None."""
    parsed = urlparse(url)
    virtual = urlparse(SEARCH_PATH_URL).path
    path = unquote(parsed.path)
    if parsed.scheme == "file" and parsed.netloc in ("", "localhost") and path.startswith(virtual):
        return path[len(virtual):]
    return None


def guarded_file(theme: Theme, url: str) -> Path:
    """The file a `file:` URL names on the search path, or `Refused`."""
    parsed = urlparse(url)
    if parsed.scheme != "file":
        raise Refused(NETWORK)
    if parsed.netloc not in ("", "localhost"):
        raise Refused(HOST)
    relative = on_search_path(url)
    if relative is not None:
        try:
            return theme.resolve(relative)
        except LayoutError:
            raise Refused("there is no such file in the course or the built-in files") from None
    real = Path(unquote(parsed.path)).resolve()
    if any(real.is_relative_to(root.resolve()) for root in theme.roots) and real.is_file():
        return real
    raise Refused(OUTSIDE)


def read_guarded(theme: Theme, url: str) -> tuple[bytes, str]:
    """The bytes and media type of the file a URL names, or `Refused`."""
    path = guarded_file(theme, url)
    try:
        data = read_file(path, FILE_LIMIT, PackError, noun="file")
    except PackError as exc:
        raise Refused(str(exc.message).split("\n")[0]) from None
    return data, mimetypes.guess_type(path.name)[0] or "application/octet-stream"


def sheet_text(path: Path, name: str) -> str:
    """A stylesheet's text; one not in UTF-8 is a LayoutError naming it."""
    try:
        return read_file(path, FILE_LIMIT, LayoutError, name, noun="stylesheet").decode("utf-8")
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[:exc.start].count(b"\n") + 1
        raise LayoutError(f"line {line}: the stylesheet is not UTF-8 text", where=name,
                          hint="Save it as UTF-8 in your editor.") from None


def check_stylesheets(theme: Theme, paper: str) -> None:
    """Every stylesheet of both formats reads as text (else a LayoutError
    before any work); each is read again where it is used."""
    for name in dict.fromkeys(theme.stylesheets("pdf", paper) + theme.stylesheets("epub")):
        sheet_text(theme.resolve(name), name)


def stylesheet_urls(names: list[str]) -> list[str]:
    """The PDF's stylesheets as URLs on the search path (no machine path)."""
    return [SEARCH_PATH_URL + name for name in names]


def standalone(html: str, theme: Theme) -> str:
    """The PDF's HTML with the search-path URLs of its stylesheets made
    real file URLs, so it renders on its own (`--keep-html`)."""
    def real(match: re.Match) -> str:
        try:
            return match.group(1) + theme.resolve(unquote(match.group(2))).as_uri() + '"'
        except LayoutError:
            return match.group(0)
    return re.sub(r'(href=")' + re.escape(SEARCH_PATH_URL) + r'([^"]+)"', real, html)


# ------------------------------------------------------------ EPUB pages

# Elements that load what they name when a reader opens the page.
LOADING = {"img", "iframe", "frame", "video", "audio", "source", "track", "embed", "object",
           "script", "link", "image", "use", "feimage", "input", "portal", "base"}
URL_ATTRIBUTES = {"src", "href", "srcset", "poster", "data", "action", "formaction", "background",
                  "ping", "longdesc", "cite", "manifest", "{http://www.w3.org/1999/xlink}href"}
CSS_URL = re.compile(r"""url\(\s*["']?([^"')]+)|@import\s+["']([^"']+)""")
SCHEME = re.compile(r"^\s*(//|[a-zA-Z][a-zA-Z0-9+.-]*:)")


def remote(url: str) -> bool:
    """A URL a reader would fetch from elsewhere: any scheme but data:, or //host."""
    match = SCHEME.match(url)
    return bool(match) and match.group(1).lower() != "data:"


def without_remote(xhtml: str, links: set[str], where: str, warnings: list[str]) -> str:
    """An EPUB page with every remote reference taken out (a warning names
    each): elements that would load one are removed, a link's href goes
    (its text stays) unless it is in `links` (the articles' own sources),
    and so do styles that name one. A page with none is returned as it was."""
    from lxml import etree             # ebooklib's own XML library

    try:
        root = etree.fromstring(xhtml.encode("utf-8"))
    except etree.XMLSyntaxError as exc:
        raise LayoutError(f"the page is not well-formed XHTML: {exc}", where=where,
                          hint="Check the course layout that makes this page.") from None
    dropped: list[str] = []
    for element in list(root.iter()):
        if isinstance(element.tag, str):
            _clean(element, links, dropped)
    if not dropped:
        return xhtml
    warnings.extend(f"{where}: left out of the EPUB, which never points a reader at the "
                    f"network: {what}" for what in dict.fromkeys(dropped))
    return etree.tostring(root.getroottree(), xml_declaration=True, encoding="utf-8",
                          doctype="<!DOCTYPE html>").decode("utf-8")


def _clean(element, links: set[str], dropped: list[str]) -> None:
    tag = element.tag.rsplit("}", 1)[-1].lower()
    if tag == "meta" and (element.get("http-equiv") or "").lower() == "refresh":
        dropped.append(f"<meta http-equiv=refresh content={element.get('content')!r}>")
        _remove(element)
        return
    for name, value in list(element.attrib.items()):
        urls = [u.strip().split(" ")[0] for u in value.split(",")] if name == "srcset" else [value]
        if name in URL_ATTRIBUTES and any(remote(u) for u in urls):
            if tag == "a" and name == "href" and value in links:
                continue
            dropped.append(f"<{tag} {name.rsplit('}', 1)[-1]}={value!r}>")
            if tag in LOADING:
                _remove(element)
                return
            del element.attrib[name]
        elif name == "style" and _css_remote(value):
            dropped.append(f"<{tag} style={value!r}>")
            del element.attrib[name]
    if tag == "style" and _css_remote(element.text or ""):
        dropped.append(f"<style> naming {', '.join(_css_urls(element.text))}")
        _remove(element)


def _css_urls(css: str) -> list[str]:
    return [a or b for a, b in CSS_URL.findall(css)]


def _css_remote(css: str) -> bool:
    return any(remote(url) for url in _css_urls(css))


def _remove(element) -> None:
    """Take an element out, keeping the text that followed it."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)
