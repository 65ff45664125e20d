"""Forms the fresh-11 blind readers judged wrong (round 26): lists, bibliographies, works.

Small articles written for the test. A chapter that is a list and nothing else (twin towns,
residents with a job each, a bibliography) is asked its own tasks (`[forms.list]`): what its
entries share, how to sort them, why the text lists them, what it leaves open; no summary,
mind map, two facts to connect or words to explain. A list beside a paragraph of prose stays
what its text is. Paragraphs cut mid-phrase where a formula was taken out are no list lines.
A chapter of works that show the subject gets its own tasks only, however short.
"""

from __future__ import annotations

from pack.extract.questions.context import QuestionContext
from pack.extract.questions.generate import MIN_LEVELS, MIN_QUESTIONS, generate_questions
from pack.extract.questions.kinds_of_text import bare_list, chapter_kind
from pack.model import Article, Paragraph, Section
from pack.text.citations import is_citation


def article(title: str, *chapters: tuple[str, list[str]], lang: str = "en") -> Article:
    sections = [Section(f"ch{n}", heading, 1, [Paragraph(f"ch{n}-p{i}", t) for i, t in enumerate(texts, 1)])
                for n, (heading, texts) in enumerate(chapters)]
    return Article(title=title, lang=lang, chapters=sections)


def printed(a: Article, chapter_id: str) -> list:
    return [q for q in generate_questions(a) if q.chapter_id == chapter_id]


CITY = ("Introduction", [
    "Porto Velho is a city in Brazil on the Madeira River. The city grew around a railway built in "
    "1907. Its port ships soybeans and timber down the river. Porto Velho is the capital of the state "
    "of Rondônia, and about half a million people live there."])
TWINS = ("Twin towns – sister cities", ["Chuncheon, South Korea, 2004", "Beersheba, Israel, 2004",
                                        "Leipzig, Germany, 2004", "Ankara, Turkey, 2006",
                                        "Washington, D.C., United States, December 2013"])
RESIDENTS = ("Notable residents", ["Ana Souza: Brazilian long distance runner",
                                   "Carlos Lima: founder of a river shipping firm",
                                   "Maria Neves: singer of river songs",
                                   "Paulo Dias: Brazilian football player",
                                   "Rita Moura: director of the state museum"])
# What the readers named wrong on such lists (fresh-11): no other part says more of five cities,
# they hold no word to explain, a name-and-job list is no table to make or facts to connect.
WRONG_ON_LISTS = ("Which words in", "Which other part of the text", "mind map", "two-column table",
                  "Summarise", "explain how they are connected", "most important")


def test_a_bare_list_is_asked_its_own_tasks_only():
    a = article("Porto Velho", CITY, TWINS, RESIDENTS)
    ctx = QuestionContext(a)
    assert bare_list(ctx, "ch1") and bare_list(ctx, "ch2") and not bare_list(ctx, "ch0")
    for chapter_id in ("ch1", "ch2"):
        questions = printed(a, chapter_id)
        texts = [q.text for q in questions]
        assert len(questions) >= MIN_QUESTIONS and len({q.bloom for q in questions}) >= MIN_LEVELS, texts
        assert any("entries listed in" in t and "Sort" in t for t in texts), texts
        assert not any(w in t for w in WRONG_ON_LISTS for t in texts), texts


def test_a_bibliography_is_a_list():
    person = ("Introduction", ["Tomo Akiyama (1895–1979) was a Japanese American photographer. He "
                               "was born in Kagawa and moved to Los Angeles in 1909, where he opened a "
                               "studio. He photographed the internment camp at Manzanar."])
    books = ("Books by Akiyama", [
        "Adams, Ansel; Akiyama, Tomo (1978). Two Views of the Camp. Los Angeles: Wight Art Gallery, UCLA. OCLC 4429585.",
        "(in Japanese) Shashinka Akiyama no sekai. Tokyo: Bungeishunjū, 1980.",
        "(in Japanese) Akiyama no shashin: 1923–1979. Tokyo: Bungeishunjū, 1984."])
    a = article("Tomo Akiyama", person, books)
    assert bare_list(QuestionContext(a), "ch1")
    # Since round 27 a citation line is no source for any appendix
    # (pack/text/citations.py; a section of them is back matter, dropped when
    # read): a chapter of nothing else gets no question at all, not even a
    # list task, and the introduction's questions are untouched.
    assert all(is_citation(line, "en") for line in books[1]), books[1]
    assert not printed(a, "ch1")
    assert printed(a, "ch0")


def test_a_list_beside_a_paragraph_of_prose_is_no_bare_list():
    tourism = ("Tourism", ["The city has three museums and a zoo. About a million visitors come every "
                           "year. Most of them arrive by boat.",
                           "Railway Museum", "State Museum", "River Museum", "Porto Velho Zoo"])
    assert not bare_list(QuestionContext(article("Porto Velho", CITY, tourism)), "ch1")


def test_a_bare_list_is_asked_its_own_tasks_in_indonesian():
    lead = ("Pendahuluan", ["Kota Lama adalah sebuah kota di Sumatra. Kota ini tumbuh di tepi sungai "
                            "setelah tahun 1900. Pelabuhannya mengirim kopi dan karet ke Jawa."])
    # (Lines of four words or fewer alone would be sub-headings with nothing under them,
    # `generate.says_something`: no chapter to ask about.)
    twins = ("Kota kembar", ["Kuching, Sarawak, Malaysia, sejak 2004", "Davao, Mindanao, Filipina, sejak 2006",
                             "Penang, Malaysia, sejak 2008", "Leiden, Holland Selatan, Belanda, sejak 2010"])
    a = article("Kota Lama", lead, twins, lang="id")
    assert bare_list(QuestionContext(a), "ch1")
    questions = printed(a, "ch1")
    texts = [q.text for q in questions]
    assert len(questions) >= MIN_QUESTIONS and len({q.bloom for q in questions}) >= MIN_LEVELS, texts
    assert any("didaftar dalam" in t for t in texts), texts
    assert not any("Kata mana" in t or "Bagian lain mana" in t for t in texts), texts


def test_a_paragraph_cut_where_a_formula_was_taken_out_is_no_list_line():
    lead = ("Introduction", ["A laser is a device that emits light. It works by stimulated emission of "
                             "photons. The light is coherent and narrow."])
    cut = ("Stimulated emission", [
        "In 1916, Einstein showed that the radiation law could be derived from a simple model, and that the energy density is",
        "where the constant is the rate of absorption. For the reverse process there are two terms, and the rate is",
        "where the second constant gives the rate of emission. In equilibrium the two rates match, so that",
        "where both constants are known as the Einstein coefficients. The model explains the laser and",
        "the later quantum theory of light. Dirac derived the coefficients in 1927 from a field theory,"])
    a = article("Laser", lead, cut)
    ctx = QuestionContext(a)
    assert not bare_list(ctx, "ch1") and chapter_kind(ctx, "ch1") != "survey"


def test_a_short_chapter_of_works_gets_no_short_tasks():
    person = ("Introduction", ["Antonio Rossi (1678–1741) was an Italian composer and violinist. He "
                               "wrote hundreds of concertos in Venice. He died poor in Vienna in 1741."])
    works = ("In popular culture", ["The film Rossi, a Prince in Venice was made in 2005. In 2005 a radio "
                                    "station commissioned a radio play about Rossi. The play was later "
                                    "performed on stage."])
    texts = [q.text for q in printed(article("Antonio Rossi", person, works), "ch1")]
    assert texts and not any("Explain in your own words what" in t or "Which other part" in t for t in texts), texts


def test_paragraphs_of_prose_that_end_on_a_date_are_no_bibliography():
    told = [f"The settlers of the river valley built a school, a mill and a church in the years after the "
            f"railway came, and the town council met in the new hall for the first time. The council chose "
            f"a mayor from among the traders of the port, and he took office on March {day}, {year}."
            for day, year in ((3, 1850), (9, 1862), (21, 1871))]
    assert not bare_list(QuestionContext(article("Porto Velho", CITY, ("Town council", told))), "ch1")
