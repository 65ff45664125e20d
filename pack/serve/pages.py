"""Review in the browser, the pages' HTML: Jinja templates in
`pack/serve/templates/` and the words of `pack/lang/<code>/serve.toml`
(English filling any gap), in the course's language.

Inputs: the store's rows, the preview's pages, the CSRF token. Outputs:
HTML text: a list page (its entries beside their passages, the filter,
the form for a new entry, the preview pane), the preview page, one entry
(what an edit returns) and the status line.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

from pack import lang as langdata
from pack.errors import PackError
from pack.serve.store import EDITABLE, LONG_FIELDS, Row, Store

TEMPLATES = Path(__file__).parent / "templates"
PAGE_SIZE = 60          # entries on one page of a list (the timeline has hundreds)
ENV = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                         trim_blocks=True, lstrip_blocks=True)


def words(lang: str) -> dict:
    """The page's words in `lang`, as the language-data schema fills them."""
    return langdata.load(lang, "serve")


class Pages:
    def __init__(self, store: Store, preview, token: str) -> None:
        self.store, self.preview, self.token = store, preview, token

    def _common(self, kind, page: str) -> dict:
        said = words(self.store.lang)
        edition = self.preview.edition
        tabs = [(k.name, said["lists"][k.name]) for k in self.store.kinds] + [("preview", said["lists"]["preview"])]
        return {"lang": self.store.lang, "words": said, "token": self.token, "tabs": tabs,
                "course_title": self.store.plan.settings.title or self.store.articles[0].title,
                "pages": edition.pages, "page": page, "version": edition.version,
                "preview_error": edition.error, "make_label": self._make_label(said), "kind": kind,
                "editable": EDITABLE[kind.name] if kind else (), "long_fields": LONG_FIELDS,
                "field_words": said["fields"].get(kind.name, {}) if kind else {}}

    def _make_label(self, said: dict) -> str:
        formats = [f.upper() for f in self.store.plan.settings.formats]
        return said["make"].format(formats=f" {said['and']} ".join(formats))

    def list_page(self, kind, only_new: bool, number: int) -> str:
        try:
            rows, problem = self.store.rows(kind), ""
        except PackError as error:          # the file broken by hand: say where, show nothing
            rows, problem = [], error.format_message()
        chosen = [r for r in rows if r.new] if only_new else rows
        count = max(1, -(-len(chosen) // PAGE_SIZE))
        number = min(max(number, 1), count)
        context = self._common(kind, self.preview.page_for(kind.name))
        return ENV.get_template("page.html").render(
            **context, current=kind.name, heading=context["words"]["lists"][kind.name],
            rows=chosen[(number - 1) * PAGE_SIZE:number * PAGE_SIZE], number=number, count=count,
            first=(number - 1) * PAGE_SIZE + 1, shown=len(chosen),
            rows_all=len(rows), rows_new=sum(r.new for r in rows), only_new=only_new,
            chapters=self.store.chapters, problem=problem)

    def preview_page(self, page: str) -> str:
        context = self._common(None, page if page in self.preview.edition.files else self.preview.page_for(""))
        return ENV.get_template("page.html").render(
            **context, current="preview", heading=context["words"]["lists"]["preview"])

    def entry(self, kind, row: Row, message: str, error: bool = False) -> str:
        context = self._common(kind, "")
        return ENV.get_template("entry.html").render(**context, row=row) + self.status(message, error)

    def edited(self, kind, row: Row, message: str, error: bool = False) -> str:
        """After an edit: the entry's badges and the status line, out of band."""
        context = self._common(kind, "")
        return ENV.get_template("badges.html").render(**context, row=row, oob=True) + self.status(message, error)

    def status(self, message: str, error: bool = False) -> str:
        return ENV.get_template("status.html").render(message=message, error=error)

    def saved(self, kind) -> str:
        return words(self.store.lang)["saved"].format(file=f"review/{kind.name}.toml")

    def not_saved(self, message: str) -> str:
        return words(self.store.lang)["not_saved"].format(message=message)
