"""Round 27: a country and a firm read as a place and an organisation, and their wordings.

Small articles written for the test, shaped like fresh-13's readers' faults: a country
whose lead names its form of state ("a federal constitutional monarchy located in ...")
and says "He" of its king was asked as a life ("the life of Malaysia"); a firm's
"Products", sub-headings over lines of product names, was asked to compare two of them
and to choose "the most important fact"; a comparison named no chapter ("menurut bab ini").
"""

from __future__ import annotations

from pack.extract.questions.context import QuestionContext
from pack.extract.questions.generate import candidates, generate_questions
from pack.extract.questions.kinds_of_text import article_kind, chapter_kind
from pack.qlint import lint_question
from test_question_kinds import article     # (the small articles' maker, beside this file)


COUNTRY = article("en", "Westland", (
    "Introduction", ["Westland is a federal constitutional monarchy located in the northern sea. "
                     "It consists of nine states and has a coast of two thousand kilometres. "
                     "The head of state is the king. He is an elected monarch chosen every five years."]), (
    "Economy", ["Westland exports oil, timber and rubber. The ports of the west coast handle most trade. "
                "Tourism grew after the new airport opened."]))

FIRM = ("Introduction", ["Lakeworks is an American software company. The company is headquartered in "
                         "Denver and sells its products in forty countries."])
PRODUCTS = ("Products", ["Desktop software",
                         "Lake Draw, Lake Paint, Lake Layout, Lake Type and Lake Sound",
                         "Server software",
                         "Lake Store, Lake Serve and Lake Gate Enterprise Suite",
                         "Web services",
                         "Lake Colour, Lake Photo Express and Lake Share"])


def test_a_country_named_by_its_form_of_state_is_a_place_whatever_its_king_is_called():
    ctx = QuestionContext(COUNTRY)
    assert article_kind(ctx) == "place"
    assert "life" not in ctx.subject.topic
    assert not any("the life of Westland" in c.text for c in candidates(COUNTRY))


def test_an_indonesian_country_named_by_its_form_of_state_is_a_place():
    negara = article("id", "Westland", (
        "Pendahuluan", ["Westland adalah sebuah monarki konstitusional federal di laut utara. "
                        "Negara ini terdiri dari sembilan negara bagian. Kepala negaranya adalah raja. "
                        "Ia dipilih setiap lima tahun."]))
    ctx = QuestionContext(negara)
    assert article_kind(ctx) == "place"
    assert "kehidupan" not in ctx.subject.topic


def test_a_list_of_product_names_under_sub_headings_is_a_list_not_a_survey():
    firm = article("en", "Lakeworks", FIRM, PRODUCTS)
    ctx = QuestionContext(firm)
    assert article_kind(ctx) == "organisation"
    assert chapter_kind(ctx, "ch1") == "list"
    tasks = " ".join(c.text for c in candidates(firm) if c.task and c.sentence.ref.chapter_id == "ch1")
    assert "compare them" not in tasks and "most important" not in tasks


def test_a_comparison_names_its_chapter():
    text = ("Tidak seperti Soewarno, Goenadi menolak bekerja sama dengan pemerintah kolonial. "
            "Goenadi kemudian mendirikan sekolah di Bandung.")
    essay = article("id", "Perkumpulan Guru", (
        "Pendahuluan", ["Perkumpulan Guru adalah organisasi guru yang didirikan di Bandung pada tahun 1912."]), (
        "Pendiri", [text]))
    compared = [c.text for c in candidates(essay) if c.kind == "compare"]
    assert all("bab ini" not in t for t in compared)
    assert all("“Pendiri”" in t for t in compared)


def test_the_linter_finds_a_life_on_what_is_no_person():
    life = "Which event or change in the chapter “Economy” mattered most for the life of Westland?"
    assert "kind" in {h.rule for h in lint_question(life, "en", kind="place")}
    assert "kind" in {h.rule for h in lint_question(life, "en", kind="organisation")}
    assert lint_question(life, "en", kind="person", people={"Westland"}) == []
    people = "Choose one fact from the chapter “Economy” and explain what it shows about the life of the people of Westland."
    assert lint_question(people, "en", kind="place") == []
    hidup = ("Menurut Anda, peristiwa atau perubahan apa dalam bab “Ekonomi” yang paling penting bagi "
             "kehidupan Westland? Jelaskan pilihan Anda dengan bukti dari teks.")
    assert "kind" in {h.rule for h in lint_question(hidup, "id", kind="place")}


def test_a_chapter_of_figures_is_read_as_a_table_not_weighed_for_its_most_important_fact():
    # Issue 14: a chapter of statistics gets tasks that fit a table ("compare two figures"), and
    # no evidence task on "the most important fact" of a list of numbers.
    from test_question_kinds import STATISTICS
    asked = [q.text for q in generate_questions(STATISTICS) if q.chapter_id == "ch1"]
    assert any(text.startswith("Choose two figures given in the chapter “Future potential”") for text in asked)
    assert not any("most important" in text for text in asked)
