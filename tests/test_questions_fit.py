"""A form is set only on a chapter whose own text shows what it needs (round 9, split-half).

Small articles written for the test: "how one development influenced the other" needs a
chapter that tells causes; "summarise in three to five sentences" needs a chapter of more
than a few sentences, and a short one is asked what it is about instead; a person's role or
importance needs a person named in three sentences of the section the question points at,
not met in passing.
"""

from __future__ import annotations

from pack.extract.questions.generate import candidates
from pack.model import Article, Paragraph, Person, Section

LEAD = ("Introduction", ["Jan Hollis (1800–1870) was a politician. He was born in a village."])
HOLLIS = [Person("Jan Hollis", "politician")]


def article(*chapters: tuple[str, list[str]], title: str = "Jan Hollis") -> Article:
    sections = [Section(f"ch{n}", heading, 1, [Paragraph(f"ch{n}-p{i}", t) for i, t in enumerate(texts, 1)])
                for n, (heading, texts) in enumerate(chapters)]
    return Article(title=title, lang="en", chapters=sections)


def asked(a: Article, chapter_id: str, people=HOLLIS) -> str:
    return " ".join(c.text for c in candidates(a, (), people) if c.sentence.ref.chapter_id == chapter_id)


def test_how_one_development_influenced_the_other_needs_a_chapter_that_tells_causes():
    listed = ("Later years", ["A road in the city was named after Hollis in 1900. A statue of him was unveiled "
                          "in the square. The city grew and a museum opened. His portrait became famous."])
    caused = ("Career", ["Hollis lost the election because the farmers turned against him. The defeat led to "
                         "his retirement, and the party declined. The city grew and changed."])
    a = article(LEAD, listed, caused)
    assert "how one influenced the other" not in asked(a, "ch1")
    assert "how one influenced the other" in asked(a, "ch2")


def test_a_short_chapter_is_not_summarised_in_three_to_five_sentences():
    short = ("Death", ["Hollis died in 1870. He was buried in the village. A stone marks the grave."])
    long = ("Career", [" ".join(f"In {1820 + n} Hollis served in court number {n + 1}." for n in range(9))])
    a = article(LEAD, short, long)
    assert "Summarise" not in asked(a, "ch1")
    assert "Say in one or two sentences of your own what the chapter “Death” is about." in asked(a, "ch1")
    assert "Summarise" in asked(a, "ch2")


def test_a_person_met_in_passing_has_no_role():
    # Named in two sentences of the section (a room-mate in exile): no part to explain or weigh;
    # named in three, the role is asked.
    people = HOLLIS + [Person("Marco Rossi", "painter")]
    passing = ["In 1830 Hollis shared a room with Marco Rossi. Marco Rossi and Hollis fled to the city. "
               "Hollis then wrote for a newspaper. He became its editor in 1832."]
    part = ["Marco Rossi founded the newspaper in 1830. Marco Rossi hired Hollis as a writer. "
            "Later Marco Rossi sold the newspaper, and Hollis became its editor."]
    met = article(LEAD, ("Exile", passing))
    told = article(LEAD, ("Exile", part))
    role = [c.text for c in candidates(met, (), people) if c.kind in ("explain-role", "significance")]
    assert not any("Marco Rossi" in q for q in role)
    assert any("Marco Rossi" in q for q in (c.text for c in candidates(told, (), people) if c.kind == "explain-role"))


def test_a_role_is_asked_of_a_person_the_section_names_as_the_person():
    # Round 22 (shaped like the seen fresh-4 and fresh-5 roles the readers rejected: "the
    # Rucellai", a family, beside its head named once; a mother named once beside a sister
    # whose name holds hers; "the London equation"): a use after a determiner, inside a longer
    # name or before a noun names something else, and the person is met in passing. Named so
    # in three sentences, or in two where the person does something, the role is asked.
    people = HOLLIS + [Person("Marco Varelli", "banker"), Person("Anna Maria", "mother")]
    family = ["Hollis grew up near the Varelli, a wealthy clan of bankers. The family's head, Marco Varelli, "
              "built the famous Palazzo Varelli in 1805. By 1810 the Hollis family was renting its house from "
              "the Varelli. The Varelli bank later failed."]
    mother = ["Hollis was born in 1800 to Piet Hollis and Anna Maria, née Berg, in a village. His elder sister "
              "was Maria Anna Hollis. Four years earlier Piet Hollis had married Anna Maria in the town."]
    acted = ["Hollis grew up near the Varelli, a wealthy clan of bankers. In 1805 Marco Varelli lent money to "
             "Hollis for his first shop. Later Marco Varelli sold him a house in the square."]

    def roles(*paragraphs):
        found = candidates(article(LEAD, ("Early life", list(paragraphs))), (), people)
        return " ".join(c.text for c in found if c.kind == "explain-role")
    assert "Marco Varelli" not in roles(*family)
    assert "Anna Maria" not in roles(*mother)
    assert "Marco Varelli" in roles(*acted)
