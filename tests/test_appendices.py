"""The generated appendices as readers meet them in the built books:
glossary, who's-who, timeline, questions, quiz and the teacher's edition."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import pytest
from lxml import etree
from pypdf import PdfReader

from conftest import SAMPLES, epub_files, pdf_page_texts, straight_quotes
from pack.config import Settings
from pack.extract.run import extract_all
from pack.read import read_article

NS = {"x": "http://www.w3.org/1999/xhtml", "epub": "http://www.idpf.org/2007/ops"}
EPUB_TYPE = "{http://www.idpf.org/2007/ops}type"
BLOOM = {"remember", "understand", "apply", "analyze", "evaluate", "create"}
SOURCES = {"stalin": "id-stalin.txt", "aluminium": "en-history-of-aluminium.txt"}


def flat(text: str) -> str:
    return re.sub(r"\s+", "", straight_quotes(text.replace("\u2010\n", ""))).casefold()


def hyphenated_start(name: str, page: str) -> bool:
    """The page ends a line with the name's first letters and a hyphen."""
    word, text = flat(name.split()[0]), re.sub(r"\s+", "", page).casefold()
    return any(f"{word[:i]}\u2010" in text for i in range(3, len(word)))


def xhtml(files: dict, name: str):
    return etree.fromstring(files[f"EPUB/text/{name}"])


def pdf_pages(path):
    return PdfReader(path), pdf_page_texts(path)


def destination_page(reader: PdfReader, name: str) -> int:
    return reader.get_destination_page_number(reader.named_destinations[name]) + 1


def extracted(sample: str):
    return extract_all([read_article(SAMPLES / SOURCES[sample])], Settings())


# ------------------------------------------------------------------ glossary


def test_glossary_markup_and_size(stalin):
    page = xhtml(epub_files(stalin.epub), "glossary.xhtml")
    section = page.find(".//x:section[@id='glossary']", NS)
    assert section.get(EPUB_TYPE) == "glossary"
    terms = section.findall(".//x:dl/x:dt", NS)
    assert len(terms) >= 40
    assert all(dt.get(EPUB_TYPE) == "glossterm" for dt in terms)
    assert all(dd.get(EPUB_TYPE) == "glossdef" for dd in section.findall(".//x:dl/x:dd", NS))
    letters = [h.text for h in section.findall(".//x:h2", NS)]
    assert letters == sorted(letters)


@pytest.mark.parametrize("sample", ["stalin", "aluminium"])
def test_glossary_and_people_page_numbers_are_pages_with_the_term(request, sample):
    """Each printed number is the page of the anchored use, and that page has the term."""
    reader, texts = pdf_pages(request.getfixturevalue(sample).pdf)
    found = extracted(sample)
    checked = 0
    for entry in found.glossary[:60] + found.people[:40]:
        names = [getattr(entry, "term", None) or entry.name] + entry.variants
        for index, _ in enumerate(entry.refs):
            anchor = f"{entry.id}-u{index}"
            if anchor not in reader.named_destinations:
                continue
            page = destination_page(reader, anchor)
            # A long name may run over the page break; the page holds its start,
            # whole or hyphenated ("Kons‐" at the foot of the page, "tantin" over it).
            assert any(flat(n) in flat(texts[page - 1]) or flat(n.split()[0]) in flat(texts[page - 1])
                       or hyphenated_start(n, texts[page - 1]) for n in names), (anchor, page)
            checked += 1
    assert checked >= 60
    # The appendix prints those very numbers after the entry.
    glossary_text = "\n".join(t for t in texts if "→" in t)
    first = found.glossary[0]
    pages = [destination_page(reader, f"{first.id}-u{i}") for i in range(len(first.refs))
             if f"{first.id}-u{i}" in reader.named_destinations]
    assert "→ " + ", ".join(map(str, pages)) in glossary_text


def test_first_use_links_to_the_entry_in_the_epub(stalin):
    files = epub_files(stalin.epub)
    links = []
    for name, data in files.items():
        if name.startswith("EPUB/text/ch"):
            links += etree.fromstring(data).xpath("//x:a[@class='term']", namespaces=NS)
    assert len(links) >= 40
    glossary = xhtml(files, "glossary.xhtml")
    ids = {dt.get("id") for dt in glossary.iterfind(".//x:dt", NS)}
    for link in links:
        target_file, target = link.get("href").split("#")
        assert target_file == "glossary.xhtml" and target in ids


def test_who_is_who_has_people_with_roles(stalin):
    page = xhtml(epub_files(stalin.epub), "people.xhtml")
    names = page.findall(".//x:dt", NS)
    roles = page.findall(".//x:dd", NS)
    assert len(names) >= 25
    assert all("".join(dd.itertext()).strip() for dd in roles)
    # People the article never describes show their first sentence, marked as context.
    assert page.findall(".//x:dd/x:q[@class='context']", NS)


# ------------------------------------------------------------------ timeline


@pytest.mark.parametrize("sample", ["stalin", "aluminium"])
def test_timeline_times_are_iso_and_links_resolve(request, sample):
    files = epub_files(request.getfixturevalue(sample).epub)
    page = xhtml(files, "timeline.xhtml")
    events = page.findall(".//x:li[@class]", NS)
    assert len(events) >= 20
    iso = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")      # HTML: a year after 0, four digits or more
    for event in events:
        time = event.find("x:time", NS)
        if time is None:
            # Herodotus's "5th century BC": HTML has no datetime before the common era
            date = event.find("x:span[@class='event-date']", NS)
            assert date is not None and date.text.endswith(" BC"), event.text
        else:
            assert iso.match(time.get("datetime")), time.get("datetime")
        link = event.find(".//x:a[@class='pageref']", NS)
        target_file, target = link.get("href").split("#")
        target_page = etree.fromstring(files[f"EPUB/text/{target_file}"])
        assert target_page.xpath(f"//*[@id='{target}']"), target
    drawing = page.find(".//{http://www.w3.org/2000/svg}svg")
    assert drawing is not None and drawing.get("role") == "img"


def test_timeline_is_sorted_and_drawn_in_the_pdf(stalin):
    files = epub_files(stalin.epub)
    times = [t.get("datetime") for t in xhtml(files, "timeline.xhtml").iterfind(".//x:time", NS)]
    years = [t[:4] for t in times]           # "late 1942" sorts after "April 1942": compare years
    assert years == sorted(years)
    reader, texts = pdf_pages(stalin.pdf)
    start = destination_page(reader, "timeline")
    assert "1878" in texts[start - 1]          # the drawing's labels are real text


# ------------------------------------------------------------------ questions


@pytest.mark.parametrize("sample", ["stalin", "aluminium"])
def test_questions_per_chapter_levels_and_recall_share(request, sample):
    page = xhtml(epub_files(request.getfixturevalue(sample).epub), "questions.xhtml")
    levels = defaultdict(list)
    for group in page.iterfind(".//x:section[@class='question-group']", NS):
        title = group.findtext("x:h2", namespaces=NS)
        for item in group.iterfind(".//x:li[@data-bloom]", NS):
            levels[title].append(item.get("data-bloom"))
    assert all(set(found) <= BLOOM for found in levels.values())
    chapters = {t: v for t, v in levels.items() if t not in ("Seluruh artikel", "The whole article")}
    article = read_article(SAMPLES / SOURCES[sample])
    assert len(chapters) == len(article.chapters)
    for title, found in chapters.items():
        assert len(found) >= 4 and len(set(found)) >= 3, (title, found)
    everything = [b for found in levels.values() for b in found]
    assert Counter(everything)["remember"] <= len(everything) / 3


@pytest.mark.parametrize("sample", ["stalin", "aluminium"])
def test_question_links_reach_the_passage_that_answers(request, sample):
    files = epub_files(request.getfixturevalue(sample).epub)
    questions = {q.id: q for q in extracted(sample).questions}
    page = xhtml(files, "questions.xhtml")
    checked = 0
    for item in page.iterfind(".//x:li[@data-bloom]", NS):
        question = questions[item.get("id")]
        target_file, target = item.find(".//x:a[@class='pageref']", NS).get("href").split("#")
        element = etree.fromstring(files[f"EPUB/text/{target_file}"]).xpath(f"//*[@id='{target}']")[0]
        paragraph = element if element.tag.endswith("}p") else element.getparent()
        assert straight_quotes(question.focus) in straight_quotes("".join(paragraph.itertext())), (question.id, question.focus)
        checked += 1
    assert checked >= 30


def test_no_unfilled_slots_in_questions(stalin, aluminium):
    for built in (stalin, aluminium):
        page = xhtml(epub_files(built.epub), "questions.xhtml")
        for item in page.iterfind(".//x:p[@class='question-text']", NS):
            text = "".join(item.itertext())
            assert not re.search(r"[{}]|\bNone\b|\s[,.?]", text), text


# ------------------------------------------------------------------ teacher's edition


def test_teacher_edition_adds_answers_objectives_care_and_key(stalin):
    teacher = epub_files(stalin.teacher_epub)
    student = epub_files(stalin.epub)
    questions = xhtml(teacher, "questions.xhtml")
    assert len(questions.findall(".//x:div[@class='teacher-note answer']", NS)) >= 30
    care = questions.find(".//x:aside[@class='teacher-note sensitive']", NS)
    assert care is not None and "bunuh diri" in "".join(care.itertext()).casefold()
    assert xhtml(teacher, "ch1.xhtml").find(".//x:aside[@class='objectives teacher-note']", NS) is not None
    key = xhtml(teacher, "key.xhtml")
    assert len(key.findall(".//x:li", NS)) == len(xhtml(teacher, "quiz.xhtml").findall(".//x:ol[@class='quiz-items']/x:li", NS))
    # Each answer points at the passage that holds it, where the teacher checks it.
    assert all(li.find(".//x:a[@class='pageref']", NS) is not None for li in key.findall(".//x:li", NS))
    assert "EPUB/text/key.xhtml" not in student
    assert b"teacher-note" not in b"".join(v for k, v in student.items() if k.endswith(".xhtml"))


def test_quiz_items_have_options_or_blanks(stalin):
    quiz = xhtml(epub_files(stalin.epub), "quiz.xhtml")
    items = quiz.findall(".//x:ol[@class='quiz-items']/x:li", NS)
    assert len(items) >= 8
    for item in items:
        options = item.findall(".//x:ol[@class='options']/x:li", NS)
        prompt = item.findtext(".//x:p[@class='quiz-prompt']", namespaces=NS)
        assert (len(options) == 4 and len({"".join(o.itertext()) for o in options}) == 4) or "___" in prompt
