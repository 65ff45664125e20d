"""The kind of text the questions are for, the forms chosen by it, and the last grammar pass.

Small articles written for the test: the kind comes from the lead's copula
(English head last, Indonesian head first), a dated "History" chapter of a
place is asked as history, and the grammar pass mends what it can and
drops the rest.
"""

from __future__ import annotations

from pack.extract.questions.context import QuestionContext
from pack.extract.questions.generate import generate_questions
from pack.extract.questions.grammar import mend
from pack.extract.questions.kinds_of_text import article_kind, chapter_kind
from pack.model import Article, Paragraph, Section


def article(lang: str, title: str, *chapters: tuple[str, list[str]]) -> Article:
    sections = [Section(f"ch{n}", heading, 1, [Paragraph(f"ch{n}-p{i}", t) for i, t in enumerate(texts, 1)])
                for n, (heading, texts) in enumerate(chapters)]
    return Article(title=title, lang=lang, chapters=sections)


PLACE = article("en", "Lakeside", (
    "Introduction", ["Lakeside is the largest city in the province, on the shore of a great lake. "
                     "The city has a port, two universities and a growing film industry."]), (
    "History", ["The first fort was built in 1750. A town grew around it by 1793 and was incorporated "
                "in 1834. The railway arrived in 1855, a fire burned the centre in 1904, and the "
                "subway opened in 1954. The suburbs merged in 1998 and the population passed two "
                "million in 2006, then three million in 2021."]), (
    "Economy", ["The port handles grain and steel. Most people work in finance, film and health care."]))

PROCESS = article("en", "Photosynthesis", (
    "Introduction", ["Photosynthesis is a process used by plants to turn light into chemical energy. "
                     "The energy is stored in sugars made from carbon dioxide and water."]), (
    "Light reactions", ["The chloroplasts capture light. The chloroplasts split water and release oxygen. "
                        "Without light, photosynthesis stops."]))

ORGANISATION = article("id", "Perkumpulan Guru", (
    "Pendahuluan", ["Perkumpulan Guru Desa adalah organisasi guru yang didirikan di Bandung. "
                    "Organisasi ini bergerak di bidang pendidikan."]))

PERSON = article("id", "Budi Santoso", (
    "Pendahuluan", ["Budi Santoso (lahir 1900 – wafat 1960) adalah seorang tokoh pergerakan. "
                    "Ia dikenal sebagai pendiri Partai Rakyat Merdeka."]))


def test_kind_from_the_leads_copula_in_english_and_indonesian():
    assert article_kind(QuestionContext(PLACE)) == "place"            # "is the largest city"
    assert article_kind(QuestionContext(PROCESS)) == "process"        # "is a process used by"
    assert article_kind(QuestionContext(ORGANISATION)) == "organisation"   # "adalah organisasi guru"
    assert article_kind(QuestionContext(PERSON)) == "person"          # "adalah seorang tokoh"


def test_a_history_chapter_of_a_place_is_asked_as_history():
    ctx = QuestionContext(PLACE)
    assert chapter_kind(ctx, "ch1") == "event"
    assert chapter_kind(ctx, "ch2") == "place"
    assert ctx.topic_of("ch1") == "the history of Lakeside"


def test_forms_fit_the_kind_of_text():
    process = " ".join(q.text for q in generate_questions(PROCESS))
    assert "museum exhibition" not in process and "chronological order" not in process
    assert "concept map of photosynthesis" in process
    place = " ".join(q.text for q in generate_questions(PLACE))
    assert "guided tour of Lakeside" in place
    assert "the life of" not in place
    organisation = " ".join(q.text for q in generate_questions(ORGANISATION))
    assert "Apa tujuan Perkumpulan Guru Desa" in organisation       # the lead's name, not the title


def test_grammar_pass_mends_or_drops():
    ctx = QuestionContext(PROCESS)
    assert mend("What is meant by the the chloroplasts?", ctx) == "What is meant by the chloroplasts?"
    assert mend("How important was organelles in photosynthesis? Give reasons, using evidence from this "
                "chapter.", ctx).startswith("How important were organelles in photosynthesis?")
    assert mend("What is meant by Industrial Revolution?", ctx) == "What is meant by the Industrial Revolution?"
    assert mend("What is meant by photosynthetic?", ctx) is None      # an adjective: nothing to mend
    assert mend("What caused by the burning of fuels?", ctx) is None


def test_terms_are_named_as_the_text_names_them():
    ctx = QuestionContext(PROCESS)
    assert ctx.as_named("chloroplasts") == "chloroplasts"             # a generic plural stays bare
    place = QuestionContext(PLACE)
    assert place.as_named("port") == "the port"                       # "has a port", "The port handles"
