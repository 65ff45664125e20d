"""Render stage, the PDF as one document: the book's HTML becomes a PDF with WeasyPrint.

Inputs: the one-document HTML from `render.html`, the `Theme` (search
path and stylesheets) and the paper size. Outputs: the PDF as bytes, and
warnings about anything that was refused. `lay_out` and `finish_pdf` are
the two WeasyPrint calls every strategy uses (render.pdf.parts too).

WeasyPrint fetches stylesheets, fonts and images through `GuardedFetcher`:
only files inside the theme's folders (the course folder and the built-in
files) and inline `data:` URLs are read (the rule is `render.urlguard`).
Anything else — `http://`, `file:///etc/passwd`, `file://host/`, `../../`
out of the course — is refused with a warning, so a shared course can
neither phone home, nor make the machine look up a name, nor read it.
"""

from __future__ import annotations

import logging
from typing import Callable
from urllib.parse import urlparse

import weasyprint
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse

from pack.errors import RenderError
from pack.messages import Progress
from pack.render.hyphenruns import lay_out_limited
from pack.render.pagelist import PageStart, page_starts
from pack.render.pdf import compat, pagerefs
from pack.render.pdf.stitch import compact
from pack.render.urlguard import SEARCH_PATH_URL, Refused, read_guarded
from pack.theme import Theme


class GuardedFetcher(URLFetcher):
    """A URL fetcher that reads only what `render.urlguard` allows, itself:
    urllib never sees a file: URL (it would look up a host name in it)."""

    def __init__(self, theme: Theme, warnings: list[str]) -> None:
        super().__init__(allowed_protocols={"data"})
        self.theme = theme
        self.warnings = warnings

    def fetch(self, url, headers=None):
        if urlparse(url).scheme == "data":
            return super().fetch(url, headers)
        try:
            data, media_type = read_guarded(self.theme, url)
        except Refused as why:
            self.warnings.append(f"refused to load {url}: {why}")
            raise ValueError(f"refused: {url}") from None
        return URLFetcherResponse(url, data, {"Content-Type": media_type})


def write_pdf(make_html: Callable[[int], str], digits: int, theme: Theme,
              warnings: list[str]) -> tuple[bytes, str, list[PageStart]]:
    """The PDF as one document, its HTML with the page numbers written in,
    and where its pages begin (render.pagelist).

    `make_html(digits)` is the book's HTML with page-number placeholders of
    that many digits (see render.pdf.pagerefs); with `digits` 0 its page
    numbers are CSS `target-counter()` (the plain path, render.pdf.compat),
    which WeasyPrint resolves itself.
    """
    fonts = FontConfiguration()
    document, html = lay_out_limited(make_html(digits), lambda h: lay_out(h, theme, warnings, fonts))
    if not digits:
        return compact(finish_pdf(document, warnings)), html, page_starts(document)
    needed = pagerefs.digits_needed(len(document.pages))
    if needed > digits:
        # Longer than the estimate: numbers would not fit their placeholders.
        # The first layout goes before the second is made (a big book's is hundreds of MB).
        document = None
        document, html = lay_out_limited(make_html(needed), lambda h: lay_out(h, theme, warnings, fonts))
    numbers = pagerefs.anchor_pages(document)
    starts = page_starts(document)
    pagerefs.fill(document, numbers)
    return compact(finish_pdf(document, warnings)), pagerefs.fill_html(html, numbers), starts


def lay_out(html: str, theme: Theme, warnings: list[str], fonts: FontConfiguration | None = None):
    """WeasyPrint's layout of the HTML (a `weasyprint.Document`).

    `fonts`: the font configuration of an earlier layout of the same job
    (the hyphenation rounds lay a book out several times): its
    `@font-face` fonts are registered already, so this layout neither
    fetches nor installs them again (about 0.05 s a layout for the
    sixteen built-in faces). Never shared between jobs: a course's font
    files are found by their name on the search path, which another
    course may fill with other files. The layout wrappers of
    render.pdf.compat change how much work WeasyPrint does, not the book
    (but for `trailing_space_hangs`, which mends loose lines)."""
    fetcher = GuardedFetcher(theme, warnings)
    with _weasyprint_errors(warnings), compat.laying_out():
        return weasyprint.HTML(string=html, base_url=SEARCH_PATH_URL,
                               url_fetcher=fetcher).render(font_config=fonts or FontConfiguration(), **_OPTIONS)


def finish_pdf(document, warnings: list[str]) -> bytes:
    """Draw a laid-out document as PDF, its streams not yet compressed:
    render.pdf.stitch compresses them (`compact`, or when it joins parts).
    WeasyPrint (pydyf) compresses at zlib's level 9, which costs four times
    level 6 for 3 % less (0.76 s against 0.18 s for the sample's 8.4 MB
    of streams); qpdf writes them at zlib's default level. The tagging
    reads the list of pages once per structure element: built once
    (render.pdf.compat.page_references_once). SVG text (the timeline
    drawing's labels) is drawn a run at a time, not a letter at a time
    (render.pdf.compat.svg_text_by_run)."""
    with _weasyprint_errors(warnings), compat.drawing():
        return document.write_pdf(uncompressed_pdf=True, **_OPTIONS)


# Tagged PDF/UA-1: a structure tree in reading order (headings, lists,
# figures with their alt text, links) and XMP metadata; render.pdf.stitch
# keeps one tree when a book is laid out in parts.
_OPTIONS = {"pdf_identifier": b"teachpack", "custom_metadata": True, "pdf_variant": "pdf/ua-1"}


class _weasyprint_errors:
    """WeasyPrint's warnings go to ours; a file it cannot read is a RenderError."""

    def __init__(self, warnings: list[str]) -> None:
        self.collect = _collect_weasyprint_warnings(warnings)

    def __enter__(self):
        self.collect.__enter__()
        return self

    def __exit__(self, kind, exc, tb):
        self.collect.__exit__(kind, exc, tb)
        if isinstance(exc, (OSError, ValueError)):
            raise RenderError(f"WeasyPrint could not render the PDF: {exc}",
                              hint="Check the layouts and stylesheets named above.") from None
        return False


_NOTDEF = ".notdef glyph rendered for Unicode string unsupported by fonts: "


class _WarningHandler(logging.Handler):
    def __init__(self, sink: list[str]) -> None:
        super().__init__(logging.WARNING)
        self.sink = sink
        self.undrawn: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if message.startswith(_NOTDEF):
            # One line per character would bury the build's other messages;
            # the characters are gathered and told once (`flush`).
            quoted = message[len(_NOTDEF):]           # '"独" (U+72EC)'
            self.undrawn.append(quoted[1:quoted.rfind('"')] if quoted.startswith('"') else quoted.strip())
        elif "refused:" not in message:      # a refused URL is already reported once, in our own words
            self.sink.append(f"WeasyPrint: {message}")

    def flush(self) -> None:
        if self.undrawn:
            shown = " ".join(dict.fromkeys(self.undrawn))
            self.sink.append(f"WeasyPrint: no font of the book draws {shown} (printed as empty boxes)")
            self.undrawn = []


class _collect_weasyprint_warnings:
    """Route WeasyPrint's log warnings (bad CSS, missing glyphs) into ours."""

    def __init__(self, sink: list[str]) -> None:
        self.handler = _WarningHandler(sink)
        self.logger = logging.getLogger("weasyprint")

    def __enter__(self):
        self.logger.addHandler(self.handler)
        self.previous = self.logger.propagate
        self.logger.propagate = False
        return self

    def __exit__(self, *exc):
        self.logger.removeHandler(self.handler)
        self.logger.propagate = self.previous
        self.handler.flush()
        return False


class _ToPipe(logging.Handler):
    def __init__(self, conn) -> None:
        super().__init__(logging.INFO)
        self.conn = conn

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.conn.send(Progress(record.getMessage()))
        except Exception:          # progress is a courtesy; it never stops a build
            pass


def relay_progress(conn) -> None:
    """In a worker: WeasyPrint's progress ("Creating layout - Page 34") goes to the parent."""
    logger = logging.getLogger("weasyprint.progress")
    logger.setLevel(logging.INFO)
    logger.handlers[:] = [_ToPipe(conn)]
    logger.propagate = False
