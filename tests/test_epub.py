"""The EPUB edition, checked as e-readers and stores meet it: EPUBCheck,
the package and navigation documents parsed as XML, every paragraph."""

from __future__ import annotations

import zipfile

import pytest
from lxml import etree

from conftest import SAMPLES, epub_files, epubcheck_many, straight_quotes
from pack.read import read_article

NS = {"x": "http://www.w3.org/1999/xhtml", "opf": "http://www.idpf.org/2007/opf",
      "dc": "http://purl.org/dc/elements/1.1/", "epub": "http://www.idpf.org/2007/ops",
      "ncx": "http://www.daisy.org/z3986/2005/ncx/"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
SOURCES = {"stalin": "id-stalin.txt", "aluminium": "en-history-of-aluminium.txt", "toronto": "en-toronto.txt"}


@pytest.mark.parametrize("sample", ["stalin", "aluminium", "toronto"])
def test_epubcheck_passes_without_warnings(request, sample, epubcheck_of_samples):
    built = request.getfixturevalue(sample)
    assert epubcheck_of_samples[built.epub] == []


@pytest.mark.parametrize("sample", ["stalin_ereader", "stalin_large_print"])
def test_every_theme_and_edition_passes_epubcheck(request, sample, epubcheck_of_samples):
    built = request.getfixturevalue(sample)
    assert epubcheck_of_samples[built.epub] == [] and epubcheck_of_samples[built.teacher_epub] == []


@pytest.mark.parametrize("sample", ["stalin", "aluminium"])
def test_teacher_epub_passes_epubcheck(request, sample, epubcheck_of_samples):
    built = request.getfixturevalue(sample)
    assert built.teacher_epub is not None
    assert epubcheck_of_samples[built.teacher_epub] == []


def test_epubcheck_names_each_books_own_errors(stalin, tmp_path):
    """The session's one EPUBCheck process: a broken book's errors are its
    own, and the sound book checked after it in the same batch has none."""
    broken = tmp_path / "broken.epub"
    with zipfile.ZipFile(stalin.epub) as good, zipfile.ZipFile(broken, "w") as out:
        for name in good.namelist():
            data = good.read(name)
            out.writestr(name, data.replace(b"<dc:title", b"<dc:titel", 1) if name.endswith(".opf") else data)
    verdicts = epubcheck_many([broken, stalin.epub])
    assert any(line.startswith(("FATAL", "ERROR")) for line in verdicts[broken]), verdicts[broken]
    assert verdicts[stalin.epub] == []


def test_archive_layout(stalin):
    files = epub_files(stalin.epub)
    names = list(files)
    assert names[0] == "mimetype" and files["mimetype"] == b"application/epub+zip"
    import zipfile
    with zipfile.ZipFile(stalin.epub) as archive:
        assert archive.infolist()[0].compress_type == zipfile.ZIP_STORED
    chapters = [n for n in names if n.startswith("EPUB/text/ch")]
    assert len(chapters) == 9                      # one XHTML file per chapter


def test_package_metadata(stalin):
    opf = etree.fromstring(epub_files(stalin.epub)["EPUB/content.opf"])
    assert opf.get(XML_LANG) == "id"
    assert opf.findtext(".//dc:language", namespaces=NS) == "id"
    assert opf.findtext(".//dc:title", namespaces=NS) == "Josef Stalin"
    properties = {m.get("property"): m.text for m in opf.iterfind(".//opf:meta", NS) if m.get("property")}
    for needed in ("schema:accessMode", "schema:accessModeSufficient", "schema:accessibilityFeature",
                   "schema:accessibilityHazard", "schema:accessibilitySummary", "dcterms:modified"):
        assert properties.get(needed), needed
    assert properties["dcterms:modified"] == "2025-11-29T07:06:40Z"      # SOURCE_DATE_EPOCH
    cover = [i for i in opf.iterfind(".//opf:item", NS) if "cover-image" in (i.get("properties") or "")]
    assert cover and cover[0].get("media-type") == "image/png"


def test_every_page_is_xhtml_in_the_books_language(stalin):
    for name, data in epub_files(stalin.epub).items():
        if name.endswith(".xhtml"):
            root = etree.fromstring(data)
            assert root.get(XML_LANG) == "id" and root.get("lang") == "id", name


def test_navigation_has_the_full_heading_hierarchy(stalin):
    files = epub_files(stalin.epub)
    nav = etree.fromstring(files["EPUB/nav.xhtml"])
    article = read_article(SAMPLES / "id-stalin.txt")
    toc = nav.find(".//x:nav[@epub:type='toc']", NS)
    links = {a.text: a.get("href") for a in toc.iterfind(".//x:a", NS)}
    for chapter in article.chapters:
        for section in chapter.walk():
            assert any(section.title in text for text in links), section.title
    # Subsections are nested inside their section's list item.
    deep = toc.xpath(".//x:li/x:ol/x:li/x:ol/x:li/x:a", namespaces=NS)
    assert "Kebijakan ekonomi" in [a.text for a in deep]
    ncx = etree.fromstring(files["EPUB/toc.ncx"])
    labels = [t.text for t in ncx.iterfind(".//ncx:navPoint/ncx:navLabel/ncx:text", NS)]
    assert "Kebijakan ekonomi" in labels


@pytest.mark.parametrize("sample", ["stalin", "aluminium", "toronto"])
def test_every_paragraph_is_in_the_epub(request, sample):
    files = epub_files(request.getfixturevalue(sample).epub)
    article = read_article(SAMPLES / SOURCES[sample])
    found = {}
    for name, data in files.items():
        if name.startswith("EPUB/text/"):
            for p in etree.fromstring(data).iterfind(".//x:p[@id]", NS):
                found[p.get("id")] = "".join(p.itertext())
    for _, paragraph in article.paragraphs():
        assert straight_quotes(found.get(paragraph.id, "")) == straight_quotes(paragraph.text), paragraph.id
