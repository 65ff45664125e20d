"""Export stage, QTI 2.1: the quiz as an IMS content package (Canvas and others).

Inputs: a `Book` (its quiz, title, slug, language) and the build time.
Output: the bytes of a zip holding

    imsmanifest.xml        the package's manifest (IMS Content Packaging 1.1):
                           one resource per item (imsqti_item_xmlv2p1) and the test
                           (imsqti_test_xmlv2p1) that depends on them
    assessment.xml         an assessmentTest: one part, one section, every item in order
    items/<id>.xml         one assessmentItem per quiz item

A "choice" item is a choiceInteraction (one choice right, scored by the
standard match_correct template); a "fill" item is a textEntryInteraction
in the prompt where its blank was, scored by map_response with the answer
mapped case-insensitively. QTI 2.1 has no general feedback without extra
outcome variables, and Canvas drops modal feedback, so the answering
passage is not carried here (Moodle XML and GIFT carry it).
"""

from __future__ import annotations

import datetime as dt
from lxml import etree as ET

from pack.export.archive import zip_bytes
from pack.export.passages import question_name, split_blank
from pack.model import Book, QuizItem

QTI = "http://www.imsglobal.org/xsd/imsqti_v2p1"
QTI_XSD = "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd"
CP = "http://www.imsglobal.org/xsd/imscp_v1p1"
CP_XSD = "http://www.imsglobal.org/xsd/imscp_v1p1.xsd"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
QTI_NAMES = {None: QTI, "xsi": XSI}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
TEMPLATES = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/"
CHOICE_IDS = "ABCDEFGHIJ"
TEST_FILE = "assessment.xml"


def quiz_package(book: Book, when: dt.datetime) -> bytes:
    items = [(_identifier(item, n), item) for n, item in enumerate(book.quiz, start=1)]
    entries = [("imsmanifest.xml", _xml(_manifest(book, items))),
               (TEST_FILE, _xml(_test(book, items)))]
    entries += [(f"items/{ident}.xml", _xml(_item(book, item, ident, n)))
                for n, (ident, item) in enumerate(items, start=1)]
    return zip_bytes(entries, when)


def _identifier(item: QuizItem, number: int) -> str:
    """An item's identifier: its quiz id ("quiz-3"), an NCName as QTI wants."""
    ident = item.id or f"quiz-{number}"
    return ident if ident[:1].isalpha() else f"q-{ident}"


def _q(tag: str) -> str:
    return f"{{{QTI}}}{tag}"


def _item(book: Book, item: QuizItem, ident: str, number: int) -> ET._Element:
    root = ET.Element(_q("assessmentItem"), nsmap=QTI_NAMES, attrib={
        f"{{{XSI}}}schemaLocation": f"{QTI} {QTI_XSD}", "identifier": ident,
        "title": question_name(item, number), "adaptive": "false", "timeDependent": "false",
        XML_LANG: book.lang})
    if item.kind == "choice":
        _choice(root, item)
    else:
        _fill(root, item)
    return root


def _declarations(root: ET._Element, base_type: str, correct: str) -> ET._Element:
    response = ET.SubElement(root, _q("responseDeclaration"), identifier="RESPONSE",
                             cardinality="single", baseType=base_type)
    ET.SubElement(ET.SubElement(response, _q("correctResponse")), _q("value")).text = correct
    score = ET.SubElement(root, _q("outcomeDeclaration"), identifier="SCORE",
                          cardinality="single", baseType="float")
    ET.SubElement(ET.SubElement(score, _q("defaultValue")), _q("value")).text = "0"
    return response


def _choice(root: ET._Element, item: QuizItem) -> None:
    ids = dict(zip(item.options, CHOICE_IDS))
    _declarations(root, "identifier", ids[item.answer])
    body = ET.SubElement(root, _q("itemBody"))
    interaction = ET.SubElement(body, _q("choiceInteraction"), responseIdentifier="RESPONSE",
                                shuffle="true", maxChoices="1")
    ET.SubElement(interaction, _q("prompt")).text = item.prompt
    for option, ident in ids.items():
        ET.SubElement(interaction, _q("simpleChoice"), identifier=ident).text = option
    ET.SubElement(root, _q("responseProcessing"), template=TEMPLATES + "match_correct")


def _fill(root: ET._Element, item: QuizItem) -> None:
    response = _declarations(root, "string", item.answer)
    mapping = ET.SubElement(response, _q("mapping"), defaultValue="0")
    ET.SubElement(mapping, _q("mapEntry"), mapKey=item.answer, mappedValue="1", caseSensitive="false")
    paragraph = ET.SubElement(ET.SubElement(root, _q("itemBody")), _q("p"))
    before, after = split_blank(item) or (item.prompt + " ", "")
    paragraph.text = before
    box = ET.SubElement(paragraph, _q("textEntryInteraction"), responseIdentifier="RESPONSE",
                        expectedLength=str(max(len(item.answer), 8)))
    box.tail = after
    ET.SubElement(root, _q("responseProcessing"), template=TEMPLATES + "map_response")


def _test(book: Book, items: list[tuple[str, QuizItem]]) -> ET._Element:
    root = ET.Element(_q("assessmentTest"), nsmap=QTI_NAMES, attrib={
        f"{{{XSI}}}schemaLocation": f"{QTI} {QTI_XSD}", "identifier": f"test-{book.slug}",
        "title": book.title})
    part = ET.SubElement(root, _q("testPart"), identifier="part-1", navigationMode="nonlinear",
                         submissionMode="simultaneous")
    section = ET.SubElement(part, _q("assessmentSection"), identifier="section-1",
                            title=book.title, visible="true")
    for ident, _ in items:
        ET.SubElement(section, _q("assessmentItemRef"), identifier=ident, href=f"items/{ident}.xml")
    return root


def _manifest(book: Book, items: list[tuple[str, QuizItem]]) -> ET._Element:
    c = lambda tag: f"{{{CP}}}{tag}"
    root = ET.Element(c("manifest"), nsmap={None: CP, "xsi": XSI},
                      attrib={f"{{{XSI}}}schemaLocation": f"{CP} {CP_XSD}",
                              "identifier": f"manifest-{book.slug}"})
    metadata = ET.SubElement(root, c("metadata"))
    ET.SubElement(metadata, c("schema")).text = "QTIv2.1 Package"
    ET.SubElement(metadata, c("schemaversion")).text = "1.0.0"
    ET.SubElement(root, c("organizations"))
    resources = ET.SubElement(root, c("resources"))
    test = ET.SubElement(resources, c("resource"), identifier=f"res-test-{book.slug}",
                         type="imsqti_test_xmlv2p1", href=TEST_FILE)
    ET.SubElement(test, c("file"), href=TEST_FILE)
    for ident, _ in items:
        ET.SubElement(test, c("dependency"), identifierref=f"res-{ident}")
    for ident, _ in items:
        resource = ET.SubElement(resources, c("resource"), identifier=f"res-{ident}",
                                 type="imsqti_item_xmlv2p1", href=f"items/{ident}.xml")
        ET.SubElement(resource, c("file"), href=f"items/{ident}.xml")
    return root


def _xml(root: ET._Element) -> bytes:
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"
