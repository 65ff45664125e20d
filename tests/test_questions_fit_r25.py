"""Forms the fresh-10 blind readers judged wrong (round 25).

Small articles written for the test: a title the text writes with "the" ("The Revolutions of
1848, known as ...") is asked about with it, and one the text writes bare (a person's name) is
not; a chapter on what came after the subject ("Legacy") is not asked which development in it
mattered most for the subject or had the widest effects on it.
"""

from __future__ import annotations

from pack.extract.questions.context import QuestionContext
from pack.extract.questions.generate import candidates
from pack.model import Article, Paragraph, Section


def article(title: str, *chapters: tuple[str, list[str]]) -> Article:
    sections = [Section(f"ch{n}", heading, 1, [Paragraph(f"ch{n}-p{i}", t) for i, t in enumerate(texts, 1)])
                for n, (heading, texts) in enumerate(chapters)]
    return Article(title=title, lang="en", chapters=sections)


def tasks(a: Article, chapter_id: str) -> list[str]:
    return [c.text for c in candidates(a, (), ()) if c.sentence.ref.chapter_id == chapter_id]


UPRISINGS = ("Introduction", [
    "The Uprisings of 1831, known in some countries as the Year of Barricades, were a series of revolts "
    "in Europe in 1831. The revolts began in the spring of 1831 and ended in 1832. The uprisings changed the "
    "laws of many states, and the wider Uprisings of 1831 reached the north. Historians wrote about "
    "the Uprisings of 1831 in many books."])


def test_a_title_that_opens_its_sentences_with_the_keeps_it():
    ctx = QuestionContext(article("Uprisings of 1831", UPRISINGS))
    assert ctx.subject.topic == "the Uprisings of 1831"


def test_a_title_the_text_writes_bare_stays_bare():
    lead = ("Introduction", ["Porto Velho is a city on a river. The city has a port. People in Porto Velho "
                             "work at the port, and Porto Velho grew after 1900."])
    ctx = QuestionContext(article("Porto Velho", lead))
    assert ctx.subject.topic == "Porto Velho"


def test_what_came_after_the_subject_is_not_weighed_against_it():
    told = [" ".join([
        "In 1850 the new parliament of the kingdom abolished serfdom, and peasants were given their land.",
        "In 1852 the kingdom changed its laws on the press, and newspapers grew in number.",
        "In 1855 the government increased taxes, and the cities expanded after the reforms.",
        "In 1860 a new constitution was declared, and the old nobles declined in power.",
        "In 1867 the empire was transformed into two states, and trade grew between them.",
        "In 1870 the parliament replaced the old courts, and new schools were founded in the towns."])]
    weigh = ("mattered most for", "had the widest effects on")
    legacy = tasks(article("Uprisings of 1831", UPRISINGS, ("Legacy", told)), "ch1")
    reforms = tasks(article("Uprisings of 1831", UPRISINGS, ("Reforms", told)), "ch1")
    assert legacy and not any(w in t for w in weigh for t in legacy)
    assert any(w in t for w in weigh for t in reforms)


def test_a_chapter_of_figures_gets_no_things_to_compare_or_choose_among():
    lead = ("Introduction", ["A tide mill is a water mill driven by the rise and fall of the tide. A dam "
                             "with a sluice is built across a tidal inlet. The water turns a wheel as it "
                             "flows out. A tide mill grinds grain."])
    costs = ("Costs in the 21st century", [" ".join([
        "The county began a tide mill project in 2007 with a budget of $10 million.",
        "In 2009 the county received a grant of $900,000 for the mill.",
        "In 2010 the budget was increased to $20 million.",
        "By 2014 the costs had grown to $38 million.",
        "The county asked for a further $10 million, and the project was cancelled."])])
    found = tasks(article("Tide mill", lead, costs), "ch1")
    assert found and not any("of the things described" in t or "Sort the things" in t for t in found)
