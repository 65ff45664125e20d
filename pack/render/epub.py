"""Render stage, part 3: the book's XHTML pages become an EPUB 3 (ebooklib).

Inputs: the `Book`, its rendered XHTML pages and navigation document, the
`Theme` (stylesheets, fonts) and the build date. Outputs: the EPUB as
bytes: one XHTML file per page under text/, the stylesheets under
styles/, the fonts the stylesheets use (subset to the book's characters)
under assets/fonts/, a cover image, the navigation document and NCX, and
accessibility metadata.

The archive is rebuilt after ebooklib writes it so that it is
reproducible: fixed entry times (from SOURCE_DATE_EPOCH), a fixed order,
`mimetype` first and stored. No page points a reader at the network:
remote references a course layout writes are taken out with a warning
(`render.urlguard`); only the links the attribution page must carry stay.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import uuid
import zipfile

from ebooklib import epub

from pack import lang as langdata
from pack.model import Book
from pack.render.cover import draw_cover
from pack.render.groups import book_author
from pack.render.fonts import packed_fonts
from pack.render.html import RenderedPage, href_function, lead_picture_file
from pack.render.sheetfiles import media_type, sheet_files
from pack.render.urlguard import sheet_text, without_remote
from pack.theme import Theme

XHTML = "application/xhtml+xml"


def write_epub(book: Book, pages: list[RenderedPage], nav: str, theme: Theme,
               when: dt.datetime, warnings: list[str]) -> bytes:
    package = _package(book, when, page_list='epub:type="page-list"' in nav)
    sheets = theme.stylesheets("epub")
    text = "".join(p.html for p in pages)
    for name, data in packed_fonts(theme, sheets, text, warnings):
        package.add_item(epub.EpubItem(uid=_uid(name), file_name=name,
                                       media_type=_media_type(name), content=data))
    for name in sheets:
        content = sheet_text(theme.resolve(name), name).encode("utf-8")
        if name == "styles/fonts.css":
            content = _used_faces_only(content, package)
        else:
            content = _with_sheet_files(package, theme, name, content, warnings)
        package.add_item(epub.EpubItem(uid=_uid(name), file_name=name,
                                       media_type="text/css", content=content))
    picture = next((a.picture for a in book.articles if a.picture), None)
    if picture is not None:        # the title page shows the article's lead picture
        name = lead_picture_file(picture)
        package.add_item(epub.EpubItem(uid=_uid(name), file_name=name, media_type=picture.media_type,
                                       content=picture.data))
    cover = draw_cover(book, theme)
    package.set_cover("images/cover.png", cover, create_page=False)
    spine = [_cover_page(book, package)]
    links = _attribution_links(book)
    nav = without_remote(nav, links, "nav.xhtml", warnings)
    nav_item = epub.EpubItem(uid="nav", file_name="nav.xhtml", media_type=XHTML,
                             content=nav.encode("utf-8"))
    nav_item.properties = ["nav"]
    package.add_item(nav_item)
    for rendered in pages:
        html = without_remote(rendered.html, links, f"text/{rendered.page.file}", warnings)
        item = epub.EpubItem(uid=_uid(rendered.page.file), file_name=f"text/{rendered.page.file}",
                             media_type=XHTML, content=html.encode("utf-8"))
        item.properties = ["svg"] if "<svg" in html else []
        package.add_item(item)
        spine.append(item)
        if rendered.page.kind == "about":
            spine.append(nav_item)      # the contents follow the front matter, as in the PDF
    package.spine = spine
    package.toc = _toc(book)
    package.add_item(epub.EpubNcx())
    raw = io.BytesIO()
    epub.write_epub(raw, package, {"mtime": when, "raise_exceptions": True, "epub3_pages": False})
    return _reproducible_zip(raw.getvalue(), when, {"EPUB/content.opf": lambda opf: _package_lang(opf, book.lang)})


def _package(book: Book, when: dt.datetime, page_list: bool) -> epub.EpubBook:
    labels = langdata.labels(book.lang, book.settings.get("labels"))
    package = epub.EpubBook()
    seed = "|".join([book.title, book.lang, book.edition] + [a.source_name for a in book.articles])
    package.set_identifier(f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'teachpack:' + seed)}")
    package.set_title(book.title)
    package.set_language(book.lang)
    package.add_author(book_author(book, labels))
    package.add_metadata("DC", "description", f"{book.subtitle}: {book.title}")
    package.add_metadata("DC", "date", when.strftime("%Y-%m-%d"))
    for article in book.articles:
        if article.source_url:
            package.add_metadata("DC", "source", article.source_url)
        if article.licence:
            package.add_metadata("DC", "rights", article.licence)
    _accessibility(package, book, labels, page_list)
    return package


def _accessibility(package: epub.EpubBook, book: Book, labels: dict, page_list: bool) -> None:
    """Schema.org accessibility metadata (EPUB Accessibility 1.1)."""
    has_images = bool(book.timeline) or any(a.picture for a in book.articles)   # drawing, picture
    modes = ["textual"] + (["visual"] if has_images else [])
    features = ["structuralNavigation", "tableOfContents", "readingOrder", "displayTransformability"]
    if page_list:       # the page breaks of the PDF of the same edition (render.pagelist)
        features += ["pageBreakMarkers", "pageNavigation"]
        package.add_metadata(None, "meta", f"urn:teachpack:{book.slug}:{book.edition}:{book.settings.get('paper', 'A4')}",
                             {"property": "pageBreakSource"})
    if has_images:
        features.append("alternativeText")
    for mode in modes:
        package.add_metadata(None, "meta", mode, {"property": "schema:accessMode"})
    package.add_metadata(None, "meta", "textual", {"property": "schema:accessModeSufficient"})
    for feature in features:
        package.add_metadata(None, "meta", feature, {"property": "schema:accessibilityFeature"})
    package.add_metadata(None, "meta", "none", {"property": "schema:accessibilityHazard"})
    # The conformance claim (EPUB Accessibility 1.1): the tests hold every
    # sample to it with DAISY Ace (no critical, serious or moderate issue)
    # and EPUBCheck.
    package.add_metadata(None, "meta", "EPUB Accessibility 1.1 - WCAG 2.1 Level AA",
                         {"property": "dcterms:conformsTo"})
    package.add_metadata(None, "meta", "teachpack", {"property": "a11y:certifiedBy"})
    package.add_metadata(None, "meta", labels["accessibility_summary"],
                         {"property": "schema:accessibilitySummary"})


def _cover_page(book: Book, package: epub.EpubBook) -> epub.EpubItem:
    html = (f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n'
            f'<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" '
            f'lang="{book.lang}" xml:lang="{book.lang}"><head><meta charset="utf-8"/>'
            f'<title>{_xml(book.title)}</title><style>body{{margin:0;text-align:center}}'
            f'img{{max-width:100%;max-height:100vh}}</style></head><body>'
            f'<section epub:type="cover"><img role="doc-cover" src="../images/cover.png" '
            f'alt="{_xml(book.title)}: {_xml(book.subtitle)}"/></section></body></html>')
    item = epub.EpubItem(uid="cover-page", file_name="text/cover.xhtml", media_type=XHTML,
                         content=html.encode("utf-8"))
    package.add_item(item)
    return item


def _toc(book: Book) -> list:
    """The NCX hierarchy: every page, and every chapter's sections below it."""
    href = href_function(book, "epub")

    def sections(children) -> list:
        out = []
        for section in children:
            link = epub.Link("text/" + href(section.id), section.title, section.id)
            out.append((epub.Section(section.title, "text/" + href(section.id)), sections(section.sections))
                       if section.sections else link)
        return out

    toc = []
    for page in book.pages:
        if not page.in_epub or page.kind in ("title",):
            continue
        title = f"{page.number}. {page.title}" if page.kind == "chapter" and page.number else page.title
        target = "text/" + href(page.id)
        if page.chapter and page.chapter.sections:
            toc.append((epub.Section(title, target), sections(page.chapter.sections)))
        else:
            toc.append(epub.Link(target, title, page.id))
    return toc


def _used_faces_only(css: bytes, package: epub.EpubBook) -> bytes:
    """Drop @font-face rules whose font file was not packed."""
    packed = {item.file_name for item in package.get_items()}

    def keep(match: re.Match) -> str:
        url = re.search(r'url\("?\.\./([^")]+)"?\)', match.group(0))
        return match.group(0) if url and url.group(1) in packed else ""
    return re.sub(r"@font-face\s*\{[^}]*\}\n?", keep, css.decode("utf-8")).encode("utf-8")


def _with_sheet_files(package: epub.EpubBook, theme: Theme, name: str, content: bytes,
                      warnings: list[str]) -> bytes:
    """Pack the images, fonts and sheets a stylesheet names (refusing any
    outside the course and the built-in files, see `render.sheetfiles`)."""
    css, files = sheet_files(theme, name, content.decode("utf-8"), warnings)
    packed = {item.file_name for item in package.get_items()}
    for file_name, data in files:
        if file_name not in packed:
            package.add_item(epub.EpubItem(uid=_uid(file_name), file_name=file_name,
                                           media_type=media_type(file_name), content=data))
    return css.encode("utf-8")


def _package_lang(opf: bytes, code: str) -> bytes:
    """ebooklib writes dc:language but no xml:lang on <package>; add it."""
    return opf.replace(b'<package xmlns="http://www.idpf.org/2007/opf"',
                       f'<package xmlns="http://www.idpf.org/2007/opf" xml:lang="{code}"'.encode(), 1)


def _reproducible_zip(data: bytes, when: dt.datetime, fixes: dict) -> bytes:
    """The same archive with fixed entry times and order; `fixes` rewrite entries."""
    stamp = max(when, dt.datetime(1980, 1, 1, tzinfo=when.tzinfo)).timetuple()[:6]
    source = zipfile.ZipFile(io.BytesIO(data))
    names = source.namelist()
    order = ["mimetype"] + sorted(n for n in names if n != "mimetype")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            content = source.read(name)
            target.writestr(info, fixes[name](content) if name in fixes else content)
    return out.getvalue()


def _attribution_links(book: Book) -> set[str]:
    """The links the attribution page must carry (CC BY-SA: source, revision,
    authors, licence; the picture's file page and licence): the only remote
    references an EPUB keeps. They are links a reader may follow, never
    anything a reading system loads by itself."""
    urls = set()
    for article in book.articles:
        urls |= {article.source_url, article.licence_url, article.revision_url, article.history_url}
        if article.picture:
            urls |= {article.picture.licence_url, article.picture.page_url}
    return urls - {""}


def _uid(name: str) -> str:
    return "i-" + re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-")


def _media_type(name: str) -> str:
    return {"ttf": "font/ttf", "otf": "font/otf", "woff": "font/woff", "woff2": "font/woff2",
            "png": "image/png", "jpg": "image/jpeg", "svg": "image/svg+xml"}[name.rsplit(".", 1)[-1]]


def _xml(text: str) -> str:
    """Text for XML content or a quoted attribute (`]]>` in a title included)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
