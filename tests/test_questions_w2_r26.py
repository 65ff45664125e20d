"""What the fresh-12 blind readers judged wrong in the questions (round 26, second wave).

Small articles written for the test. A mass noun the text writes before other nouns ("a coal
area") is not counted, so the subject stays singular ("a text on coal", not "coals"). A
lead that calls its subject "a general term" names a term, not a general, and a title the
text writes in lower case is no person, whoever the lead's "he" is ("the life of
abolitionism"). A person named "X of Spain" is never mentioned by every "Spain". A list of
names after a lead-in of two sentences, with one entry told more of, is a bare list. A
section on films is a section of works that show the subject. A country in the heading of
its section has no role to explain there.
"""

from __future__ import annotations

from pack.extract.questions.context import QuestionContext
from pack.extract.questions.generate import _task_kind, generate_questions
from pack.extract.questions.kinds_of_text import article_kind, bare_list
from pack.model import Article, Paragraph, Section


def article(title: str, *chapters: tuple[str, list[str]]) -> Article:
    sections = [Section(f"ch{n}", heading, 1, [Paragraph(f"ch{n}-p{i}", t) for i, t in enumerate(texts, 1)])
                for n, (heading, texts) in enumerate(chapters)]
    return Article(title=title, lang="en", chapters=sections)


PEAT = ("Introduction", [
    "Peat is a brown deposit formed from dead plants in wet ground. Peat is cut and dried as a fuel. "
    "A peat area can burn for months. A peat power station burns it to make electricity. Peats differ "
    "in their water content."])
MOVEMENT = ("Introduction", [
    "Temperance is a general term which describes the movement to limit drinking. In Europe, "
    "temperance is a social movement against alcohol. King John of Norland banned spirits in 1620. "
    "He passed a law against taverns, although it was not enforced."])
LISTED = ("Notable temperance leaders", [
    "Men and women who led the movement. This list holds some of them.",
    "Anna Berg - Berg was a leader of the movement. She spoke in many towns. She wrote two books.",
    "Carl Holm", "Dora Lind", "Erik Moss", "Frida Nord", "Gustav Ek", "Hanna Sjo"])


def test_a_mass_noun_before_other_nouns_stays_singular():
    topic = QuestionContext(article("Peat", PEAT)).subject.topic
    assert topic == "peat", topic


def test_a_general_term_is_no_person():
    ctx = QuestionContext(article("Temperance", MOVEMENT))
    assert article_kind(ctx) != "person" and not ctx.subject.is_person
    assert "life of" not in ctx.subject.topic


def test_a_list_of_names_after_a_lead_in_of_two_sentences_is_a_bare_list():
    ctx = QuestionContext(article("Temperance", MOVEMENT, LISTED))
    assert bare_list(ctx, "ch1")


def test_a_list_beside_a_second_paragraph_of_prose_is_still_no_bare_list():
    told = ("Leaders", [LISTED[1][0], "The movement grew in towns. Its leaders met each year.",
                        *LISTED[1][2:]])
    assert not bare_list(QuestionContext(article("Temperance", MOVEMENT, told)), "ch1")


def test_a_section_on_films_is_asked_as_works():
    person = ("Introduction", ["Antonio Rossi (1678–1741) was an Italian painter. He painted churches "
                               "in Venice. He died poor in Vienna in 1741."])
    films = ("Films and television", ["Rossi (2002), a documentary by Ian Marsh",
                                      "Rossi's Ghosts (2006), directed by Ana Ford",
                                      "The Painter (1999), directed by Luis Cano",
                                      "Venice (1971) is a drama film. It won a prize."])
    a = article("Antonio Rossi", person, films)
    assert _task_kind(QuestionContext(a), "ch1", "Films and television") == "works"


def test_a_king_of_a_country_is_not_every_mention_of_the_country():
    ctx = QuestionContext(article("Spain", ("Introduction", [
        "Spain is a country in Europe. Charles IV of Spain ruled from 1788. Spain lost its fleet in "
        "1805. Spain was invaded in 1808."])))
    assert ctx.names.forms("Charles IV of Spain") == ["Charles IV of Spain"]


def test_a_country_in_its_section_heading_has_no_role_there():
    intro = ("Introduction", ["Temperance is a movement to limit drinking. It began in Europe and spread "
                              "to America in the nineteenth century."])
    france = ("Temperance in France (1850)", [
        "France passed a law on taverns in 1850. France taxed spirits. The law of France was enforced "
        "by the police of France. Many towns in France closed taverns."])
    texts = [q.text for q in generate_questions(article("Temperance", intro, france))]
    assert not any("role of France" in t for t in texts), texts
