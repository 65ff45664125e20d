"""Forms the blind readers judged wrong on chapters they do not fit (round 24, issue 14).

Small articles written for the test: a process article's terms task needs a chapter with
terms of the article's own (not one on laws or prices); "explain in your own words what the
chapter tells" needs three sentences, not two; a name's first meaning is asked only where
the chapter says what the name means; the quoted historians' question names a subject that
is no person by its topic and does not say they disagree; two people the text writes side
by side ("Napoleon on Jefferson's behalf") are no one name whose role to explain.
"""

from __future__ import annotations

from pack.extract.questions.context import QuestionContext
from pack.extract.questions.generate import candidates, subject_name
from pack.model import Article, Paragraph, Person, Section


def article(title: str, *chapters: tuple[str, list[str]]) -> Article:
    sections = [Section(f"ch{n}", heading, 1, [Paragraph(f"ch{n}-p{i}", t) for i, t in enumerate(texts, 1)])
                for n, (heading, texts) in enumerate(chapters)]
    return Article(title=title, lang="en", chapters=sections)


def tasks(a: Article, chapter_id: str, people=()) -> list[str]:
    return [c.text for c in candidates(a, (), people) if c.sentence.ref.chapter_id == chapter_id]


POOLS = ("Introduction", ["A tide pool is a rocky pool on the seashore. Tide pools fill with seawater at "
                          "high tide. A tide pool holds animals that survive heat, cold and waves."])
TERMS = ("Sort the terms used", "that are easy to confuse", "Make a table of the terms used")


def test_the_terms_task_needs_a_chapter_with_terms_of_its_own():
    laws = ("Regulation", [" ".join(f"Law number {n} says that people must not take animals from the "
                                    f"pools of the coast." for n in range(10))])
    animals = ("Animals", [" ".join(f"Pool {n} holds anemones, barnacles, limpets, periwinkles, chitons, "
                                    f"nudibranchs and mussels." for n in range(10))])
    a = article("Tide pool", POOLS, laws, animals)
    assert not any(t.startswith(TERMS[0]) or TERMS[1] in t or t.startswith(TERMS[2]) for t in tasks(a, "ch1"))
    assert any(t.startswith(TERMS[0]) for t in tasks(a, "ch2"))


def test_what_a_chapter_tells_in_ones_own_words_needs_three_sentences():
    two = ("Later years", ["Hollis led the society after 1900. He died in 1912, aged 90."])
    three = ("Later years", ["Hollis led the society after 1900. He wrote two books on pools. "
                             "He died in 1912, aged 90."])
    own = "Explain in your own words what the chapter “Later years” tells"
    assert not any(t.startswith(own) for t in tasks(article("Tide pool", POOLS, two), "ch1"))
    assert any(t.startswith(own) for t in tasks(article("Tide pool", POOLS, three), "ch1"))


def test_a_names_first_meaning_is_asked_only_where_the_chapter_says_it():
    city = ("Introduction", ["Porto Velho is a city on a river. The city has a port and a cathedral."])
    source = ("Etymology", ["The name Porto Velho was derived from the name of a ruler. The first use of "
                            "the name was in 1639 in a deed."])
    meaning = ("Etymology", ["The name Porto Velho means \"old port\" in Portuguese. The first use of the "
                             "name was in 1639 in a deed."])
    first = "the name of Porto Velho first meant"
    assert not any(first in t for t in tasks(article("Porto Velho", city, source), "ch1"))
    assert any(first in t for t in tasks(article("Porto Velho", city, meaning), "ch1"))


def test_the_subject_of_a_template_is_a_persons_name_or_the_topic():
    congress = ("Introduction", ["The Congress of Vienna was a conference of ambassadors of European states. "
                                 "The Congress of Vienna met in 1814 and 1815."])
    ctx = QuestionContext(article("Congress of Vienna", congress))
    assert subject_name(ctx) == ctx.subject.topic and subject_name(ctx) != ctx.subject.short
    person = ("Introduction", ["Jan Hollis (1800–1870) was a politician. Hollis was born in a village."])
    ctx = QuestionContext(article("Jan Hollis", person), (Person("Jan Hollis", "politician"),))
    assert subject_name(ctx) == ctx.subject.short


def test_two_people_written_side_by_side_are_no_one_name():
    lead = ("Introduction", ["The Louisiana Purchase was the acquisition of a territory by the United States. "
                             "It was agreed in 1803."])
    talks = ("Negotiation", ["Du Pont talked with Napoleon on Jefferson's behalf in 1802. Napoleon wanted money "
                             "for a war. Jefferson sent James Monroe to Paris. Napoleon then offered the whole "
                             "territory, and Jefferson accepted it."])
    people = (Person("Napoleon on Jefferson", ""), Person("Thomas Jefferson", "president"),
              Person("James Monroe", "diplomat"))
    asked = tasks(article("Louisiana Purchase", lead, talks), "ch1", people)
    assert not any("Napoleon on Jefferson" in t for t in asked)
