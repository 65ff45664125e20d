"""Review in the browser, the preview: the book's HTML edition, the EPUB's
own pages, rebuilt in memory whenever the course changes.

Inputs: the `Store` (the course's settings, articles and what was
extracted; extraction is not run again) and the course's files as they
are now: review lists, course.toml, layouts, styles and course.css.
Outputs: the student edition's EPUB as a name -> bytes map (the page
shows its XHTML pages, stylesheets and fonts as they are in the book),
the book's pages for the page chooser, and, when the course has a
mistake, the message instead of a book (the last good book stays shown).
"""

from __future__ import annotations

import io
import threading
import zipfile
from dataclasses import dataclass, field

from pack.assemble import assemble
from pack.build import build_time, with_edits
from pack.errors import PackError
from pack.render.epub import write_epub
from pack.render.html import render_epub_nav, render_epub_pages
from pack.review import load_reviews
from pack.theme import load_theme

EDITION = "student"


@dataclass
class Edition:
    files: dict[str, bytes] = field(default_factory=dict)   # EPUB member name -> bytes
    pages: list[tuple[str, str, str]] = field(default_factory=list)   # (kind, title, member name)
    version: int = 0
    error: str = ""
    warnings: list[str] = field(default_factory=list)


class Preview:
    def __init__(self, store) -> None:
        self.store = store
        self.edition = Edition()
        self.lock = threading.Lock()

    def rebuild(self) -> Edition:
        """Render the book again from the files as they are now."""
        with self.lock:
            version = self.edition.version + 1
            try:
                made = self._render()
            except PackError as error:       # a mistake in a file the teacher edits: say so
                self.edition = Edition(self.edition.files, self.edition.pages, version, error.format_message())
                return self.edition
            made.version = version
            self.edition = made
            return made

    def _render(self) -> Edition:
        store = self.store
        with store.lock:
            settings, root, articles = store.plan.settings, store.root, store.articles
            warnings: list[str] = []
            reviews = load_reviews(root, settings.appendices)
            extracted, settings = with_edits(store.found, settings, reviews.apply if reviews.files else None,
                                             articles, warnings)
        when = build_time()
        book = assemble(articles, extracted, settings, EDITION, when.strftime("%Y-%m-%d"))
        theme = load_theme(settings.theme, root)
        data = write_epub(book, render_epub_pages(book, theme), render_epub_nav(book, theme),
                          theme, when, warnings)
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            files = {name: archive.read(name) for name in archive.namelist()}
        text_dir = next(n.rsplit("/", 1)[0] for n in files if n.endswith(book.pages[0].file))
        pages = [(p.kind, p.title, f"{text_dir}/{p.file}") for p in book.pages
                 if f"{text_dir}/{p.file}" in files]
        return Edition(files, pages, warnings=warnings)

    def page_for(self, kind: str) -> str:
        """The member name of the book's page for a list ('glossary' ...), else the first."""
        pages = self.edition.pages
        return next((name for k, _, name in pages if k == kind), pages[0][2] if pages else "")
