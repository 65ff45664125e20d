"""Render stage, part 1: the Book becomes HTML through the shared layouts.

Inputs: a `Book`, a `Theme` and the edition format ("pdf" or "epub").
Outputs: for the PDF one HTML document with every page; for the EPUB one
XHTML document per page. Both come from the same content partials; the
only difference the templates see is `href()`, which points at `#id`
in the PDF and at `file.xhtml#id` in the EPUB, and the wrapper template.
"""

from __future__ import annotations

import base64
import traceback
from dataclasses import dataclass, field
from typing import Callable

import jinja2
from markupsafe import Markup, escape

from pack import lang as langdata
from pack.anchors import anchor_for, use_anchor
from pack.lang.format import format_date, format_number
from pack.render.groups import groupings
from pack.render.hyphenate import book_names, hyphenate_html
from pack.render.pagelist import PageStart, mark_pages
from pack.render.typography import set_typography
from pack.render.timeline_svg import draw_timeline
from pack.render.urlguard import stylesheet_urls
from pack.errors import LayoutError
from pack.model import Book, Page
from pack.theme import Theme


@dataclass
class RenderedPage:
    page: Page
    html: str
    page_breaks: list[int] = field(default_factory=list)   # printed pages that begin in it (render.pagelist)


def render_pdf_html(book: Book, theme: Theme, digits: int = 3, pages: list[Page] | None = None) -> str:
    """`digits`: the width of the page-number placeholders (see
    render.pdf.pagerefs); 0 for CSS `target-counter()` instead (the plain
    path of render.pdf.compat). `pages`: a part of the book (render.pdf.parts)."""
    env = _environment(book, theme, "pdf")
    env.globals["page_number"] = _page_number_placeholder(digits) if digits else _page_number_css
    if pages is None:
        pages = [p for p in book.pages if p.in_pdf]
    html = set_typography(_render(env, "pdf/book.html", pages=pages), book.lang)
    # The EPUB is left to its reader's hyphenation: soft hyphens would get
    # in the way of searching the text.
    return hyphenate_html(html, book.lang, book_names(book))


def render_epub_pages(book: Book, theme: Theme, page_starts: list[PageStart] | None = None) -> list[RenderedPage]:
    """The EPUB's pages; with `page_starts` (of the same edition's PDF) each holds
    a page-break marker where a printed page begins, and the attribution
    says which paper the page numbers follow."""
    env = _environment(book, theme, "epub")
    if page_starts:
        env.globals["page_list_note"] = page_list_note(book)
    rendered = []
    for page in book.pages:
        if not page.in_epub:
            continue
        html = set_typography(_render(env, "epub/page.xhtml", page=page), book.lang)
        html, placed = mark_pages(html, page_starts or [])
        rendered.append(RenderedPage(page, html, sorted(start.page for start in placed)))
    return rendered


def render_epub_nav(book: Book, theme: Theme, rendered: list[RenderedPage] = ()) -> str:
    """The navigation document; its page list names the page breaks of `rendered`."""
    env = _environment(book, theme, "epub")
    pages = [p for p in book.pages if p.in_epub and p.kind != "title"]
    page_list = [(number, f"text/{r.page.file}#page-{number}") for r in rendered for number in r.page_breaks]
    title = langdata.load(book.lang, "accessibility")["page_list_title"]
    return set_typography(_render(env, "epub/nav.xhtml", pages=pages, page_list=page_list,
                                  page_list_title=title), book.lang)


def page_list_note(book: Book) -> str:
    labels = langdata.labels(book.lang, book.settings.get("labels"))
    edition = labels["teacher_edition" if book.edition == "teacher" else "student_edition"]
    note = langdata.load(book.lang, "accessibility")["page_list_note"]
    return note.format(paper=book.settings.get("paper", "A4"), edition=edition.lower())


def _render(env: jinja2.Environment, name: str, **context) -> str:
    try:
        # XHTML must start with its XML declaration: no leading white space.
        return env.get_template(name).render(**context).lstrip()
    except jinja2.TemplateSyntaxError as exc:
        raise LayoutError(f"line {exc.lineno}: {exc.message}", where=exc.filename or exc.name or name,
                          hint="Fix the template syntax.") from None
    except jinja2.TemplateNotFound as exc:
        raise LayoutError(f"template {exc.name!r} not found", where=name,
                          hint="A course layout includes or extends a file that does not exist.") from None
    except jinja2.UndefinedError as exc:
        raise LayoutError(f"{exc.message}", where=name,
                          hint="A layout uses a name the book does not provide; see the README's template context.") from None
    except jinja2.exceptions.SecurityError as exc:
        raise LayoutError(f"not allowed in a layout: {exc}", where=name,
                          hint="Course layouts run sandboxed: they cannot reach private attributes or files.") from None
    except RecursionError:
        raise LayoutError("a layout extends or includes itself, directly or through others", where=name,
                          hint="Check the {% extends %} and {% include %} lines of the course's layouts.") from None
    except (ArithmeticError, TypeError, ValueError, LookupError, AttributeError) as exc:
        # A mistake in a template's own expressions ({{ 1/0 }}, 'a' + 1, a huge range).
        where, line = _template_line(exc, name)
        raise LayoutError(f"line {line}: {type(exc).__name__}: {exc}", where=where,
                          hint="Fix this expression of the layout.") from None


def _template_line(exc: BaseException, name: str) -> tuple[str, int]:
    """The template file and line an error was raised at (Jinja puts the
    template's own file and line in the traceback)."""
    found = (name, 0)
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename.endswith((".html", ".xhtml")):
            found = (frame.filename, frame.lineno or 0)
    return found


def _environment(book: Book, theme: Theme, fmt: str) -> jinja2.Environment:
    env = theme.environment()
    href = href_function(book, fmt)
    env.globals.update(
        book=book, edition=book.edition,
        labels=langdata.labels(book.lang, book.settings.get("labels")),
        format_date=lambda iso: format_date(iso, book.lang),
        format_number=lambda number: format_number(number, book.lang),
        href=href, text=paragraph_renderer(book, href),
        stylesheets=_stylesheet_links(theme, fmt, book.settings.get("paper", "A4")),
        use_anchor=lambda entry, index: use_anchor(book, entry, index),
        anchor_for=lambda anchor, paragraph_id: anchor_for(book, anchor, paragraph_id),
        timeline_drawing=lambda: _timeline_drawing(book),
        lead_picture=lambda: lead_picture(book, fmt),
        page_number=lambda target, label="", align="", link="": Markup(""),   # no page numbers in an EPUB
        page_list_note="",      # set for an EPUB with a page list
    )
    env.globals.update(groupings(book))
    return env


def lead_picture(book: Book, fmt: str) -> dict | None:
    """The first article's lead picture for the cover and title page:
    {"src", "alt"}, inline in the PDF's HTML (it lies outside the folders the
    PDF may read), packed as images/lead.<ext> in the EPUB; None if none."""
    picture = next((a.picture for a in book.articles if a.picture), None)
    if picture is None:
        return None
    alt = picture.description or picture.title.split(":", 1)[-1].rsplit(".", 1)[0]
    if fmt == "pdf":
        return {"src": f"data:{picture.media_type};base64,{base64.b64encode(picture.data).decode()}",
                "alt": alt}
    return {"src": "../" + lead_picture_file(picture), "alt": alt}


def lead_picture_file(picture) -> str:
    """Where the EPUB holds the lead picture."""
    return "images/lead." + ("png" if picture.media_type == "image/png" else "jpg")


def _page_number_placeholder(digits: int) -> Callable[..., Markup]:
    """In the PDF, `page_number(id)` is a placeholder that render.pdf.pagerefs
    fills in after layout; `label` goes before it ("hlm. 12"),
    align="end" keeps its right edge (the contents' column of numbers), and
    `link` makes it a page reference (see `_page_number_markup`)."""
    def page_number(target: str, label: str = "", align: str = "", link: str = "") -> Markup:
        return _page_number_markup("pn", "0" * digits, target, label, align, link)
    return page_number


def _page_number_css(target: str, label: str = "", align: str = "", link: str = "") -> Markup:
    """The plain path: an empty placeholder whose number print.css writes with
    `target-counter()`; `label`, `align` and `link` as in the placeholder."""
    return _page_number_markup("pn pn-css", "", target, label, align, link,
                               extra=f' data-href="#{escape(target)}"')


def _page_number_markup(classes: str, text: str, target: str, label: str, align: str, link: str,
                        extra: str = "") -> Markup:
    """A page number's element. With `link` (its href) the number is the page
    reference itself, `<a class="pageref pn">`: one element where a span in a
    link was two, each of which WeasyPrint parses and styles seven times
    (bench/results.md, section 12)."""
    attrs = f' data-target="{escape(target)}"{extra}'
    attrs += f' data-label="{escape(label)}"' if label else ""
    attrs += ' data-align="end"' if align == "end" else ""
    if link:
        return Markup(f'<a class="pageref {classes}" href="{escape(link)}"{attrs}>{text}</a>')
    return Markup(f'<span class="{classes}"{attrs}>{text}</span>')


def _timeline_drawing(book: Book) -> Markup:
    """The timeline as inline SVG (drawn from our own escaped text)."""
    if not book.timeline:
        return Markup("")
    # The drawing is scaled to the text width by CSS; its height must leave
    # room for the appendix heading on the same A4 page.
    return Markup(draw_timeline(book.timeline, book.periods, book.lang, width_mm=150,
                                title=book.title, max_height_mm=215))


def _stylesheet_links(theme: Theme, fmt: str, paper: str) -> list[str]:
    """The PDF links each sheet by its name on the search path (never a
    path of the machine: see render.urlguard); EPUB pages sit in text/ and
    the sheets are packed under styles/."""
    names = theme.stylesheets(fmt, paper)
    if fmt == "pdf":
        return stylesheet_urls(names)
    return ["../" + name for name in names]


def href_function(book: Book, fmt: str) -> Callable[[str], str]:
    """id -> link: '#id' in the one PDF document, 'file.xhtml#id' in the EPUB."""
    if fmt == "pdf":
        return lambda target: f"#{target}"
    files = _file_of_ids(book)

    def href(target: str) -> str:
        page_file = files.get(target)
        if page_file is None:
            raise LayoutError(f"link to an unknown id {target!r}", where="layouts",
                              hint="Link only to chapters, sections, paragraphs and appendix entries.")
        return f"{page_file}#{target}"
    return href


def _file_of_ids(book: Book) -> dict[str, str]:
    files: dict[str, str] = {}
    for page in book.pages:
        if not page.in_epub:
            continue
        files[page.id] = page.file
        if page.chapter:
            for section in page.chapter.walk():
                files[section.id] = page.file
                for paragraph in section.paragraphs:
                    files[paragraph.id] = page.file
                    for mark in book.marks.get(paragraph.id, []):
                        if mark.anchor:
                            files[mark.anchor] = page.file
    appendix_items = {"glossary": book.glossary, "people": book.people,
                      "timeline": book.timeline, "questions": book.questions,
                      "quiz": book.quiz, "key": book.quiz}
    for page in book.pages:
        for item in appendix_items.get(page.kind, []):
            files.setdefault(item.id, page.file)
    return files


def paragraph_renderer(book: Book, href: Callable[[str], str]) -> Callable:
    """A paragraph's text as safe HTML, with its marks wrapped.

    Every character of the article is escaped: text that looks like HTML
    (`<script>`, `&`, `]]>`) appears literally and is never interpreted.
    """
    def render(paragraph) -> Markup:
        text = paragraph.text
        out, position = [], 0
        for mark in book.marks.get(paragraph.id, []):
            out.append(escape(text[position:mark.start]))
            inner = escape(text[mark.start:mark.end])
            attrs = f' id="{escape(mark.anchor)}"' if mark.anchor else ""
            attrs += f' class="{escape(mark.css_class)}"' if mark.css_class else ""
            if mark.target:
                out.append(Markup(f'<a href="{escape(href(mark.target))}"{attrs}>{inner}</a>'))
            else:
                out.append(Markup(f"<span{attrs}>{inner}</span>"))
            position = mark.end
        out.append(escape(text[position:]))
        return Markup("").join(out)
    return render
