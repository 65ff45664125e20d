"""The LMS exports (pack/export/): Moodle XML, GIFT, QTI 2.1 and the Anki deck.

Each file is made from the bundled sample's own quiz and glossary (read,
extracted and assembled in-process: no PDF is laid out) and read back
the way an LMS would: Moodle XML against tests/schemas/moodle_quiz.xsd
and Moodle's per-type rules, GIFT by a reader of the format
(tests/gift_reader.py), the QTI package by its manifest and its items and test
against tests/schemas/qti_v2p1_subset.xsd (QTI 2.1's rules for what is written), the
Anki deck with sqlite3. One CLI build (EPUB only) checks the files land
beside the book and that course.toml's `exports` is validated.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import re
import sqlite3
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from pack.assemble import assemble
from pack.cli import main
from pack.config import EXPORTS, Settings
from pack.export import WRITERS, export_files
from pack.export.anki import glossary_deck
from pack.export.gift import escape, quiz_gift
from pack.export.moodle import quiz_xml
from pack.export.passages import passage, stable_number
from pack.export.qti import quiz_package
from pack.extract.run import extract_all
from pack.model import Article, Book, GlossaryEntry, Paragraph, QuizItem, Reference, Section
from pack.read import read_article
from tests.coursekit import make_course
from tests.gift_reader import BLANK, read_gift

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "assets" / "samples" / "id-stalin.txt"
MOODLE_XSD = etree.XMLSchema(etree.parse(str(ROOT / "tests" / "schemas" / "moodle_quiz.xsd")))
QTI_XSD = etree.XMLSchema(etree.parse(str(ROOT / "tests" / "schemas" / "qti_v2p1_subset.xsd")))
QTI = "{http://www.imsglobal.org/xsd/imsqti_v2p1}"
CP = "{http://www.imsglobal.org/xsd/imscp_v1p1}"
WHEN = dt.datetime(2025, 11, 29, tzinfo=dt.timezone.utc)


@pytest.fixture(scope="module")
def sample() -> Book:
    article = read_article(SAMPLE)
    settings = Settings()
    return assemble([article], extract_all([article], settings), settings, "student", "2025-11-29")


@pytest.fixture(scope="module")
def tricky() -> Book:
    """A tiny book whose texts hold every character the formats reserve."""
    text = 'Ratio {a:b} = 1 ~ 2 #3 \\ <b>&amp;</b> "quoted" it\'s.'
    article = Article("A/B: {test}", "en", [Section("ch1", "Signs & <symbols>", 1, [Paragraph("ch1-p1", text)])])
    ref = Reference("ch1-p1", "ch1")
    quiz = [QuizItem("choice", "What is {a:b} = #3 ~ 2?", ["x = 1", "~tilde", "<b>bold</b>", "a\\b: c"],
                     "x = 1", ref, "quiz-1"),
            QuizItem("fill", "The ratio {a:b} is ____ & more.", [], "a=b#c", ref, "quiz-2"),
            QuizItem("fill", "No blank here: name the sign", [], "{}", ref, "quiz-3")]
    glossary = [GlossaryEntry("a<b> & {c}", "x ~ y = z", "definition", [ref]),
                GlossaryEntry("context term", "Used in: {a:b}", "context", [ref])]
    book = Book(title="A/B: {test}", subtitle="", lang="en", edition="student", slug="a-b-test", articles=[article],
                glossary=glossary, quiz=quiz)
    return book


def _expected_feedback(book: Book, item: QuizItem) -> str:
    return passage(book, item.ref)[1]


# ------------------------------------------------------------------ Moodle XML


def _moodle_questions(data: bytes) -> list[etree._Element]:
    document = etree.fromstring(data)
    MOODLE_XSD.assertValid(document)
    return [q for q in document if q.get("type") != "category"]


@pytest.mark.parametrize("book_name", ["sample", "tricky"])
def test_moodle_xml_is_valid_and_holds_every_item(book_name, request):
    book = request.getfixturevalue(book_name)
    questions = _moodle_questions(quiz_xml(book))
    assert len(questions) == len(book.quiz) > 0
    for question, item in zip(questions, book.quiz):
        assert question.findtext("name/text").strip()
        prompt = html.unescape(re.sub(r"</?p>", "", question.findtext("questiontext/text")))
        assert prompt == item.prompt
        assert _expected_feedback(book, item) in html.unescape(question.findtext("generalfeedback/text"))
        answers = question.findall("answer")
        if item.kind == "choice":
            assert question.get("type") == "multichoice" and question.findtext("single") == "true"
            texts = [html.unescape(a.findtext("text")) for a in answers]
            assert texts == item.options
            right = [html.unescape(a.findtext("text")) for a in answers if a.get("fraction") == "100"]
            assert right == [item.answer]
            assert all(a.get("fraction") in ("0", "100") for a in answers)
        else:
            assert question.get("type") == "shortanswer"
            assert [(a.get("fraction"), a.findtext("text")) for a in answers] == [("100", item.answer)]


def test_the_moodle_schema_rejects_what_moodle_would_not_read(sample):
    document = etree.fromstring(quiz_xml(sample))
    broken = [("fraction", lambda q: q.find("answer").set("fraction", "150")),
              ("format", lambda q: q.find("questiontext").set("format", "rtf")),
              ("element", lambda q: etree.SubElement(q, "answr")),
              ("type", lambda q: q.set("type", "multiplechoice"))]
    for _, damage in broken:
        copy = etree.fromstring(etree.tostring(document))
        damage(copy[1])
        assert not MOODLE_XSD.validate(copy)


# ------------------------------------------------------------------ GIFT


@pytest.mark.parametrize("book_name", ["sample", "tricky"])
def test_gift_reads_back_to_the_same_items(book_name, request):
    book = request.getfixturevalue(book_name)
    questions = read_gift(quiz_gift(book).decode("utf-8"))
    assert len(questions) == len(book.quiz) > 0
    for question, item in zip(questions, book.quiz):
        assert question.format == "html"
        assert html.unescape(question.text) == item.prompt.replace("____", BLANK)
        if item.kind == "choice":
            assert question.kind == "multichoice"
            assert [html.unescape(text) for _, text in question.answers] == item.options
            assert [html.unescape(text) for right, text in question.answers if right] == [item.answer]
        else:
            assert question.kind == "shortanswer"
            assert question.answers == [(True, item.answer)]
        assert _expected_feedback(book, item) in html.unescape(question.general_feedback)


def test_gift_escapes_every_reserved_character():
    assert escape("a~b=c#d{e}f:g\\h\ni") == "a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni"


def test_a_fill_in_with_its_blank_is_a_missing_word_question(tricky):
    text = quiz_gift(tricky).decode("utf-8")
    assert "The ratio \\{a\\:b\\} is {\n\t=a\\=b\\#c\n" in text
    assert "} &amp; more." in text


# ------------------------------------------------------------------ QTI 2.1


def _qti(book: Book) -> tuple[zipfile.ZipFile, etree._Element]:
    archive = zipfile.ZipFile(io.BytesIO(quiz_package(book, WHEN)))
    return archive, etree.fromstring(archive.read("imsmanifest.xml"))


@pytest.mark.parametrize("book_name", ["sample", "tricky"])
def test_qti_package_reads_back_to_the_same_items(book_name, request):
    book = request.getfixturevalue(book_name)
    archive, manifest = _qti(book)
    resources = manifest.findall(f"{CP}resources/{CP}resource")
    items = [r for r in resources if r.get("type") == "imsqti_item_xmlv2p1"]
    tests = [r for r in resources if r.get("type") == "imsqti_test_xmlv2p1"]
    assert len(items) == len(book.quiz) and len(tests) == 1
    for resource in resources:      # every file the manifest names is in the zip
        assert all(f.get("href") in archive.namelist() for f in resource.findall(f"{CP}file"))
    assert {d.get("identifierref") for d in tests[0].findall(f"{CP}dependency")} == \
        {r.get("identifier") for r in items}
    test = etree.fromstring(archive.read(tests[0].get("href")))
    QTI_XSD.assertValid(test)
    refs = [ref.get("href") for ref in test.iter(f"{QTI}assessmentItemRef")]
    assert refs == [r.get("href") for r in items]
    for href, item in zip(refs, book.quiz):
        _check_item(etree.fromstring(archive.read(href)), item)


def _check_item(root: etree._Element, item: QuizItem) -> None:
    QTI_XSD.assertValid(root)
    assert root.tag == f"{QTI}assessmentItem" and root.get("identifier") == item.id
    assert root.get("adaptive") == "false" and root.get("timeDependent") == "false"
    response = root.find(f"{QTI}responseDeclaration")
    correct = response.findtext(f"{QTI}correctResponse/{QTI}value")
    processing = root.find(f"{QTI}responseProcessing").get("template")
    body = root.find(f"{QTI}itemBody")
    if item.kind == "choice":
        interaction = body.find(f"{QTI}choiceInteraction")
        assert interaction.get("responseIdentifier") == response.get("identifier")
        assert interaction.get("maxChoices") == "1" and response.get("baseType") == "identifier"
        assert interaction.findtext(f"{QTI}prompt") == item.prompt
        choices = {c.get("identifier"): c.text for c in interaction.findall(f"{QTI}simpleChoice")}
        assert list(choices.values()) == item.options and choices[correct] == item.answer
        assert processing.endswith("/rptemplates/match_correct")
    else:
        paragraph = body.find(f"{QTI}p")
        box = paragraph.find(f"{QTI}textEntryInteraction")
        assert box.get("responseIdentifier") == response.get("identifier")
        shown = (paragraph.text + BLANK + (box.tail or "")).strip()
        assert shown in (item.prompt.replace("____", BLANK), f"{item.prompt} {BLANK}")
        assert correct == item.answer and response.get("baseType") == "string"
        entry = response.find(f"{QTI}mapping/{QTI}mapEntry")
        assert (entry.get("mapKey"), entry.get("caseSensitive")) == (item.answer, "false")
        assert processing.endswith("/rptemplates/map_response")


def test_the_qti_schema_rejects_what_a_qti_reader_would_not(sample):
    """The schema is strict where the specification is: order, required attributes, vocabularies."""
    archive, _ = _qti(sample)
    item = etree.fromstring(archive.read("items/" + next(n for n in sorted(archive.namelist())
                                                          if n.startswith("items/")).split("/")[1]))
    assert QTI_XSD.validate(item)
    broken = []
    no_adaptive = etree.fromstring(etree.tostring(item))
    del no_adaptive.attrib["adaptive"]
    broken.append(no_adaptive)
    body_first = etree.fromstring(etree.tostring(item))
    body_first.insert(0, body_first.find(f"{QTI}itemBody"))        # the body before its declarations
    broken.append(body_first)
    bad_cardinality = etree.fromstring(etree.tostring(item))
    bad_cardinality.find(f"{QTI}responseDeclaration").set("cardinality", "one")
    broken.append(bad_cardinality)
    assert not any(QTI_XSD.validate(b) for b in broken)


# ------------------------------------------------------------------ Anki


def _notes(data: bytes, tmp_path: Path) -> tuple[list[tuple[str, str]], list]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        (tmp_path / "collection.anki2").write_bytes(archive.read("collection.anki2"))
    with sqlite3.connect(tmp_path / "collection.anki2") as db:
        notes = db.execute("select guid, flds from notes order by id").fetchall()
        decks = db.execute("select decks from col").fetchone()[0]
    return notes, decks


@pytest.mark.parametrize("book_name", ["sample", "tricky"])
def test_anki_deck_holds_every_glossary_entry(book_name, request, tmp_path):
    book = request.getfixturevalue(book_name)
    notes, decks = _notes(glossary_deck(book, WHEN), tmp_path)
    assert len(notes) == len(book.glossary) > 0
    for (_, fields), entry in zip(notes, book.glossary):
        term, definition, _ = [html.unescape(f) for f in fields.split("\x1f")]
        assert term == entry.term and definition.endswith(entry.definition)
    assert str(stable_number(book.slug, "deck")) in decks


def test_anki_deck_is_the_same_bytes_for_the_same_build_time(sample):
    first = glossary_deck(sample, WHEN)
    assert glossary_deck(sample, WHEN) == first
    assert glossary_deck(sample, WHEN + dt.timedelta(days=1)) != first


# ------------------------------------------------------------------ the build


def test_every_export_format_has_a_writer_and_the_same_bytes_each_time(sample):
    assert tuple(WRITERS) == EXPORTS
    first, _ = export_files(sample, EXPORTS, WHEN)
    assert [name for name, _ in first] == [sample.slug + WRITERS[f][1] for f in EXPORTS]
    assert export_files(sample, EXPORTS, WHEN)[0] == first


def test_a_quiz_item_an_lms_could_not_score_is_left_out_with_a_warning(tricky):
    broken = QuizItem("choice", "Which?", ["a", "b", "c"], "d", None, "quiz-9")
    book = Book(title=tricky.title, subtitle="", lang="en", edition="student", slug=tricky.slug,
                articles=tricky.articles, quiz=[*tricky.quiz, broken])
    files, warnings = export_files(book, ("moodle",), WHEN)
    assert len(_moodle_questions(files[0][1])) == len(tricky.quiz)
    assert warnings and "quiz-9" in warnings[0]


def test_export_without_its_appendix_warns_and_writes_nothing(sample):
    empty = Book(title=sample.title, subtitle="", lang=sample.lang, edition="student", slug=sample.slug,
                 articles=sample.articles)
    files, warnings = export_files(empty, ("moodle", "anki"), WHEN)
    assert files == [] and len(warnings) == 2
    assert "no quiz" in warnings[0] and "no glossary" in warnings[1]


def test_build_writes_the_exports_beside_the_book(tmp_path):
    result = CliRunner().invoke(main, ["build", str(SAMPLE), "--format", "epub", "--export", "gift",
                                       "--export", "anki", "--export", "gift", "--out", str(tmp_path)],
                                env={"SOURCE_DATE_EPOCH": "1764400000"}, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in (tmp_path / "josef-stalin").iterdir())
    assert names == ["josef-stalin-glossary.apkg", "josef-stalin-quiz.gift.txt", "josef-stalin.epub"]


def test_an_unknown_export_in_course_toml_is_named_with_a_suggestion(tmp_path):
    course = make_course(tmp_path / "c", '[sources]\nfiles = ["a.txt"]\n[output]\nexports = ["gift", "modle"]\n')
    result = CliRunner().invoke(main, ["build", str(course)])
    assert result.exit_code == 4 and "Traceback" not in result.output
    assert "output.exports[1]: unknown export format 'modle' (did you mean 'moodle'?)" in result.output


def test_an_unknown_export_option_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["build", str(SAMPLE), "--export", "docx", "--out", str(tmp_path)])
    assert result.exit_code == 2 and "docx" in result.output
