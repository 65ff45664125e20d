"""A list of publications under any heading, and a citation line left in the text
(pack/text/citations, pack/read/backmatter): neither feeds the appendices."""

from __future__ import annotations

from pack.extract.glossary.entries import extract_glossary
from pack.extract.people.entries import extract_people
from pack.extract.questions.context import QuestionContext
from pack.extract.timeline.events import extract_timeline
from pack.read.parse import parse
from pack.text.analysis import analyse
from pack.text.citations import is_citation, is_reference

# The shape of a scientist's "Publications" (fresh-14, Ramón y Cajal): a line of
# prose, his works' titles one a line, then citations with foreign titles,
# surnames of several words, co-authors, and the dash that repeats an author.
LEAD_IN = ["He published more than 100 scientific works and articles in Spanish, French and German. "
           "Among his works were:", "Histology", "Elements of histologyA list of his books includes:"]
CITATIONS = [
    "Ramón y Cajal, Santiago; Richard Greeff (1894). Die Retina der Wirbelthiere: Untersuchungen mit "
    "der Golgi-cajal'schen Chromsilbermethode (Retina of vertebrates) (in German). Bergmann.",
    "Ramón y Cajal, Santiago; L. Azoulay (1894). Les nouvelles idées sur la structure du système "
    "nerveux chez l'homme et chez les vertébrés (in French). C. Reinwald.",
    "Ramón y Cajal, Santiago (1899–1904). Textura del sistema nervioso del hombre y los vertebrados "
    "(in Spanish). Madrid. ISBN 9788434017238.",
    "—— (1909). Histologie du système nerveux de l'homme & des vertébrés (in French) – via Internet Archive.",
    "—— (2002-10-14). Texture of the Nervous System of Man and the Vertebrates. ISBN 9783211832028.",
    "Ramón y Cajal, Santiago (1906). Studien über die Hirnrinde des Menschen v.5 (Studies about the "
    "meninges of man) (in German). Johann Ambrosius Barth.",
]
# Lines shaped a little like references that are text (fresh-5, fresh-12).
NOT_CITATIONS = [
    "John Bardeen, Leon N. Cooper, and J. Robert Schrieffer (1972), \"for their jointly developed "
    "theory of superconductivity, usually called the BCS-theory\".",
    "Brooklyn, New York, has begun work on commemorating the abolitionist movement in New York.",
    "Turing was born in Maida Vale, London, while his father, Julius Mathison Turing (1873–1947), "
    "was on leave from his position with the Indian Civil Service.",
]


def read_written(text: str):
    """An English article with headings, as the reader parses it."""
    return parse(text, "en")[0]


def test_every_entry_of_a_publication_list_is_a_reference():
    assert all(is_reference(line, "en") for line in CITATIONS)
    assert all(is_citation(line, "en") for line in CITATIONS)
    assert not any(is_reference(line, "en") for line in LEAD_IN)


def test_a_line_of_text_is_no_citation():
    assert not any(is_citation(line, "en") for line in NOT_CITATIONS)
    assert not any(is_reference(line, "en") for line in NOT_CITATIONS[:2])


GLUED = "In 1905, he published five science-fiction stories under the pen name \"Dr. Bacteria\"."


def test_a_publication_list_is_dropped_and_named_but_what_it_tells_stays():
    # The export glued the next paragraph onto the last entry ("ISBN 84-206-2290-7.In 1905, ...").
    entries = CITATIONS[:-1] + [CITATIONS[-1] + GLUED]
    text = ("Alpha was a Spanish scientist who studied the nervous system.\n\n== Career ==\n"
            "Alpha taught anatomy at the university of the city for many years.\n\n== Publications ==\n"
            + "\n".join(LEAD_IN + entries) + "\n")
    article = read_written(text)
    # What stays is too short for a chapter of its own (it got a chapter's
    # questions): a section of the chapter before, under the list's heading.
    assert [c.title for c in article.chapters] == ["Introduction", "Career"]
    assert [s.title for s in article.chapters[1].sections] == ["Publications"]
    assert article.dropped_references == ["Publications"]
    # The lead-in's sentence about the works and the glued paragraph, not the titles or the entries.
    told = [p.text for p in article.chapters[1].sections[0].all_paragraphs()]
    assert told == ["He published more than 100 scientific works and articles in Spanish, French and German. " + GLUED]


def test_a_list_of_entries_alone_leaves_nothing():
    text = ("Alpha was a Spanish scientist who studied the nervous system.\n\n== Career ==\n"
            "Alpha taught anatomy at the university of the city for many years.\n\n== Selected works ==\n"
            + "\n".join(CITATIONS + ["Translated from the German by Douglas Martin, Scolar Press, 1996.",
                                      "Mythological subjects in Francisco Goya's work."]) + "\n")
    article = read_written(text)
    assert [c.title for c in article.chapters] == ["Introduction", "Career"]
    assert article.dropped_references == ["Selected works"]


def test_a_citation_left_in_the_text_feeds_no_appendix():
    # Two titles and one citation: too short a list to drop, so the line stays in the book.
    citation = "Greeff, Richard (1894). Die Retina der Wirbelthiere. Wiesbaden: Bergmann. ISBN 9780262681506."
    text = ("Alpha was a Spanish scientist who studied the retina of the eye in Madrid.\n\n"
            "== Career ==\nIn 1892 Alpha became professor of anatomy in Madrid, where he worked with "
            "Bernardo Ortega on the retina.\n\n== Published works ==\nThe Small Eye (1890)\n"
            + citation + "\n")
    article = read_written(text)
    assert article.dropped_references == []
    cited = next(p.id for _, p in article.paragraphs() if p.text == citation)
    assert not any(s.ref.paragraph_id == cited for s in analyse(article).sentences)
    assert cited not in QuestionContext(article).by_paragraph
    assert not any(e.ref and e.ref.paragraph_id == cited for e in extract_timeline(article).events)
    named = {p.name for p in extract_people(article)} | {g.term for g in extract_glossary(article)}
    assert not named & {"Richard Greeff", "Greeff", "Bergmann", "Wiesbaden", "ISBN", "Retina der Wirbelthiere"}
