"""Round 13 (rules chosen on two extra tuning articles, a science process and a revolution,
and on half A of the tuning set): no question built from a clause the generator cut
badly, no task repeated line for line chapter after chapter.

Small articles written for the test: "Why is ...?" is not made by moving a "to be" that
belongs to a relative clause or that has a second one after it; a clause cut after "and,"
is no clause; a chapter that is a list's lead-in line alone gets no question; one
chronology task per chapter, however many of its sections are dated; "What is meant by X?"
is set in a chapter that comes back to X, not in one that names it once; the role of an
abbreviation the text never spells out is not asked; a whole-chapter task set twice is set
in its other wordings after that, which pass the question linter like the first.
"""

from __future__ import annotations

import re

from pack.extract.questions.ask_cause import _inverted_why
from pack.extract.questions.ask_terms import unexplained_abbreviation
from pack.extract.questions.clauses import fit
from pack.extract.questions.context import QuestionContext
from pack.extract.questions.generate import MAX_TASK_REPEATS, candidates, generate_questions
from pack.model import Article, GlossaryEntry, Paragraph, Person, Reference, Section
from pack.text.language import language


def article(title: str, *chapters: tuple[str, list[str]], sections: dict[int, list[tuple[str, list[str]]]] = {}) -> Article:
    made = []
    for n, (heading, texts) in enumerate(chapters):
        chapter = Section(f"ch{n}", heading, 1, [Paragraph(f"ch{n}-p{i}", t) for i, t in enumerate(texts, 1)])
        for m, (sub, subtexts) in enumerate(sections.get(n, [])):
            chapter.sections.append(Section(f"ch{n}-s{m}", sub, 2, [Paragraph(f"ch{n}-s{m}-p{i}", t)
                                                                   for i, t in enumerate(subtexts, 1)]))
        made.append(chapter)
    return Article(title=title, lang="en", chapters=made)


LEAD = ("Introduction", ["Leaf chemistry is the study of how leaves make and store food. Leaves use light, "
                         "water and air. The process takes place in small green bodies inside the cells."])


def test_why_is_not_made_around_a_to_be_of_a_relative_clause_or_of_a_second_clause():
    ctx = QuestionContext(article("Leaf chemistry", LEAD))
    # "Thus, the basic reaction by which photosynthesis is used to produce food was outlined."
    assert _inverted_why("the basic reaction by which photosynthesis is used to produce food was outlined", ctx) is None
    assert _inverted_why("the electron acceptor is reduced and oxygen is evolved", ctx) is None
    assert _inverted_why("aluminium was difficult to refine", ctx) == "Why was aluminium difficult to refine?"
    assert _inverted_why("Toronto's economy has seen a steady boom", ctx) == ""


def test_a_clause_cut_after_and_with_its_verb_left_behind_is_no_clause():
    ql = language("en")
    assert not fit("had been living in exile in neutral Switzerland and, due to democratization of politics "
                   "after the February Revolution", ql)
    assert fit("had been living in exile in Switzerland and, after the war, returned to Petrograd", ql)


def test_a_chapter_that_is_a_lead_in_line_alone_gets_no_question():
    stages = ("Order and kinetics", ["The overall process of leaf chemistry takes place in four stages:"])
    body = ("Light reactions", ["Light is absorbed by a green pigment in the leaf. The pigment passes energy to a "
                                "carrier molecule. The carrier molecule moves the energy to a second stage. "
                                "Water is split and oxygen is released into the air."])
    a = article("Leaf chemistry", LEAD, body, stages)
    assert not [q for q in generate_questions(a) if q.chapter_id == "ch2"]
    assert [q for q in generate_questions(a) if q.chapter_id == "ch1"]


NARRATED = ["In {a}, the king founded a port on the river. In {b}, the port was attacked by raiders and burned. "
            "In {c}, the town walls were rebuilt by the new governor. In {d}, the town became the capital."]


def test_one_chronology_task_a_chapter_however_many_of_its_sections_are_dated():
    early = ("Early history", [t.format(a=1100, b=1120, c=1135, d=1150) for t in NARRATED])
    late = ("Later history", [t.format(a=1300, b=1320, c=1335, d=1350) for t in NARRATED])
    a = article("Riverton", ("Introduction", ["Riverton is a town on a river. It has a port and a market."]),
                ("History", ["The history of Riverton is long and told in two parts."]), sections={1: [early, late]})
    proposed = [c for c in candidates(a) if c.kind == "sequence"]
    assert len(proposed) == 2            # a task for each dated section is proposed ...
    asked = [q for q in generate_questions(a) if q.kind == "sequence"]
    assert len(asked) == 1               # ... and the chapter sets one of them


TERM = GlossaryEntry("pheophytin", "a modified form of chlorophyll", "definition",
                     refs=[Reference("ch1-p1", "ch1"), Reference("ch2-p1", "ch2")])


def test_what_is_meant_by_is_set_in_a_chapter_that_comes_back_to_the_term():
    once = ("Overview", ["Leaves hold chlorophyll and pheophytin, and they store what they make as sugar for "
                         "the night. The sugar feeds the plant."])
    often = ("Light reactions", ["Pheophytin is a modified form of chlorophyll. The pigment passes an electron to "
                                 "pheophytin. The electron then leaves pheophytin for a quinone. Each molecule of "
                                 "pheophytin is used again."])
    a = article("Leaf chemistry", LEAD, once, often)
    proposed = [c.sentence.ref.chapter_id for c in candidates(a, glossary=[TERM]) if c.kind == "define"]
    assert proposed == ["ch2"]           # not in "Overview", which names it once


def test_the_role_of_an_abbreviation_the_text_never_spells_out_is_not_asked():
    spelled = QuestionContext(article("Riverton", ("Introduction", [
        "The Riverton Port Authority (RPA) runs the harbour. The RPA was founded in 1900."])))
    bare = QuestionContext(article("Riverton", ("Introduction", [
        "The town was founded in 300 SM by traders. SM marks the years before the common era."])))
    assert not unexplained_abbreviation(spelled, "RPA")
    assert unexplained_abbreviation(bare, "SM")
    assert not unexplained_abbreviation(bare, "Riverton")        # a name, not an abbreviation


def test_a_task_set_twice_is_worded_otherwise_after_that():
    text = ("The {x} quarter has old houses built of stone. Its streets are narrow and steep. Markets are "
            "held there every week. Many families have lived there for generations. A small church stands in "
            "its square. Visitors come to see its towers.")
    quarters = [(f"The {x} quarter", [text.format(x=x)]) for x in ("north", "south", "east", "west", "river")]
    a = article("Riverton", ("Introduction", ["Riverton is a town on a river. It has a port and a market."]), *quarters)
    questions = generate_questions(a)
    tasks = [re.sub(r"“[^”]*”", "“X”", q.text) for q in questions if q.chapter_id and q.kind.startswith("task")]
    assert tasks and max(tasks.count(t) for t in tasks) <= 2
    for chapter in a.chapters:           # still four questions over three Bloom levels
        asked = [q for q in questions if q.chapter_id == chapter.id]
        assert len(asked) >= 4 and len({q.bloom for q in asked}) >= 3, chapter.id


def _twelve_quarters() -> Article:
    """A town's twelve quarters, one chapter each, told alike: a long book of one kind of chapter."""
    text = ("The {x} quarter has old houses built of stone. Its streets are narrow and steep. Markets are "
            "held there every week. Many families have lived there for generations. A small church stands in "
            "its square. Visitors come to see its towers.")
    names = ("north", "south", "east", "west", "river", "hill", "old", "new", "harbour", "market", "castle", "mill")
    quarters = [(f"The {x} quarter", [text.format(x=x)]) for x in names]
    return article("Riverton", ("Introduction", ["Riverton is a town on a river. It has a port and a market."]), *quarters)


def test_in_a_long_book_no_wording_is_set_a_third_time():
    # twelve chapters of one kind: each wording in two chapters at most, round 14 (round 13 went
    # round the wordings again, and a long book set each of them four times). Round 21: the late
    # chapters nothing else fills take the short chapters' tasks, set again where need be (no
    # held-back form is proposed to fill them, `generate.HELD_BACK`); every other task keeps the cap.
    a = _twelve_quarters()
    tasks = [re.sub(r"“[^”]*”", "“X”", q.text) for q in generate_questions(a)
             if q.chapter_id and q.kind.startswith("task") and not q.kind.startswith("task-short")]
    assert tasks and max(tasks.count(t) for t in tasks) <= MAX_TASK_REPEATS     # 4 when they went round again


def test_a_late_chapter_of_a_long_book_takes_the_short_chapters_tasks():
    # round 20 (issue 14): with fewer forms printed (generate.HELD_BACK) a long book wears out its
    # tasks sooner; a chapter nothing else fills takes the tasks written for short chapters
    # (what it tells in one's own words, which other part says more ...), each wording still
    # in two chapters at most (the twelve quarters of the test above: the eighth had two questions).
    a = _twelve_quarters()
    eighth = [q for q in generate_questions(a) if q.chapter_id == "ch7"]
    assert len(eighth) >= 4 and len({q.bloom for q in eighth}) >= 3
    assert any(q.kind.startswith("task-short") for q in eighth)


def test_a_chronology_task_is_set_in_two_chapters_of_a_book():
    # a life told period by period: "Put the main events in ... in order" in each is one task set again
    periods = [(f"Years {a}-{a + 50}", [t.format(a=a, b=a + 10, c=a + 25, d=a + 40) for t in NARRATED])
               for a in (1100, 1200, 1300, 1400)]
    a = article("Kingdom of Riverton", ("Introduction", ["The Kingdom of Riverton was a kingdom on a river. "
                                                         "It had a port and a market."]), *periods)
    assert len({c.sentence.ref.chapter_id for c in candidates(a) if c.kind == "sequence"}) == 4
    asked = [q.chapter_id for q in generate_questions(a) if q.kind == "sequence"]
    assert asked == ["ch1", "ch2"]       # the first two dated chapters, not every one


def test_the_other_wordings_pass_the_question_linter():
    from pack.qlint import lint_questions
    for lang, place, topic in (("en", "the chapter “Transport”", "Lisbon"), ("id", "bab “Transportasi”", "Lisboa")):
        ql = language(lang)
        tables = [*ql.templates.get("tasks", []), *ql.templates.get("last_resort_tasks", [])]
        for form in ql.questions.get("forms", {}).values():
            tables += form.get("tasks", [])
        wordings = [w if isinstance(w, str) else w["text"] for t in tables for w in t.get("also", [])]
        for key in ("summary_also", "link_also", "weigh_also"):
            wordings += ql.templates.get(key, [])
            wordings += [w for form in ql.questions.get("forms", {}).values() for w in (form[key] if key in form else [])]
        assert len(wordings) >= 20, lang
        # Each wording once: a kind may reuse another's wording (an organisation's "Choose one
        # cause and one result ..."), which is one wording, not a question asked twice.
        filled = [w.format(place=place, topic=topic) for w in dict.fromkeys(wordings)]
        assert lint_questions(filled, lang, set()) == {}, lang


def test_the_x_of_a_name_told_before_is_not_lifted():
    # "Because of the sacking of York, British troops retaliated later in the war ...": the war
    # is the War of 1812 of a sentence before, which the question would not name.
    war = ("History", ["During the War of 1812, the town was attacked by an American fleet. The soldiers burned "
                       "the harbour and the parliament buildings. Because of the sacking of the town, British "
                       "troops burned Washington later in the war with great force.",
                       "The harbour grew quickly because of the new railway to the coast."])
    why = [c.text for c in candidates(article("Riverton", ("Introduction", [
        "Riverton is a town on a river. It has a port and a market."]), war)) if c.kind == "cause"]
    assert not any("in the war" in q for q in why)
    assert any("harbour grew" in q for q in why)


def test_no_role_for_a_scholar_who_only_argues():
    # "Alice Clark argued that ...", "Clark argues that ...": quoted on the subject, no part in it.
    lead = ("Introduction", ["The mill town grew in the 1800s. Its mills made cloth for the world."])
    views = ("Women and work", [
        "Taking a pessimistic side, Ann Clark argued that the mills lowered the status of women. Clark "
        "argues that women had worked in many trades before. However, Clark argues, the mills paid women "
        "less than men. Mary Cole ran the largest mill in the town. Cole hired three hundred women. Cole "
        "built a school for their children."])
    people = [Person("Ann Clark", "writer", variants=["Clark"]), Person("Mary Cole", "mill owner", variants=["Cole"])]
    roles = [c.text for c in candidates(article("Mill town", lead, views), people=people) if c.kind == "explain-role"]
    assert not any("Clark" in r for r in roles)
    assert any("Cole" in r for r in roles)


def test_what_is_a_group_named_in_the_plural_is_not_asked():
    # "What is Socialist Revolutionaries, according to the text?": the text also writes the
    # singular ("the Socialist Revolutionary Party"), so the name is a group, not one thing.
    from pack.extract.questions.ask_terms import _plural_name
    ctx = QuestionContext(article("Riverton", ("Introduction", [
        "The Socialist Revolutionary Party was founded in 1900. The Socialist Revolutionaries won many votes. "
        "The United States sent ships."])))
    assert _plural_name(ctx, "Socialist Revolutionaries")
    assert not _plural_name(ctx, "United States")


def test_why_is_not_asked_of_a_clause_whose_subject_was_cut_away():
    # round 14: the tail of a relative or concessive clause, with the sentence's verb after a comma
    from pack.extract.questions.clauses import headless
    en, id_ = language("en"), language("id")
    assert headless("filters out pollutants and cools sidewalks and buildings, has increasingly been "
                    "under assault from man and nature", en)
    assert headless("historically centered on Protestant Christianity, now encompasses many faiths", en)
    assert not headless("Toronto, the capital, is large", en)          # a subject with an apposition
    assert not headless("the city grew, and its port became busy", en)
    assert not headless("he left, and went home", en)
    assert not headless("pemerintah kolonial, yang kalah, mundur", id_)  # no articles: a bare noun is a subject


def test_a_bare_noun_opening_a_clause_is_its_head_whatever_the_commas_set_off():
    # Review finding: made-up clauses shaped like the Industrial Revolution's and Toronto's
    # prose. A bare plural or mass noun with no verb before the first comma is the clause's
    # own subject; the commas set off a relative clause, an apposition or an adverb.
    from pack.extract.questions.clauses import headless
    en = language("en")
    for clause in ("workers, who earned little, went on strike",
                   "cotton, the main export of the south, fell in price",
                   "industrialisation, however, changed the country",
                   "immigrants from Ireland, many of whom were poor, settled in the city"):
        assert not headless(clause, en), clause
    # A tail whose verb is before the comma is still one whose subject was cut away.
    assert headless("was built in 1850, later became a museum", en)


def test_no_consequences_of_the_place_where_something_happened():
    # round 14: "diadakan di Den Haag yang berujung pada ..." gave "Apa akibat dari Den Haag?"
    from pack.extract.questions.ask_cause import _where
    ctx = QuestionContext(article("Riverton", LEAD))
    lead = Section("ch0", "Pendahuluan", 1, [Paragraph("ch0-p1", "Riverton adalah kota di tepi sungai.")])
    ctx_id = QuestionContext(Article(title="Riverton", lang="id", chapters=[lead]))
    assert _where("Konferensi itu diadakan di Den Haag yang", "Den Haag", ctx_id)
    assert _where("The conference held in The Hague which", "The Hague", ctx)
    assert not _where("The conference held in The Hague", "The conference", ctx)


def test_a_place_s_sports_are_compared_not_put_in_order():
    teams = ("Sports", ["The Riverton Rovers were founded in 1901 and play football at the River Ground. "
                        "The Riverton Hawks were founded in 1925 and play basketball in the Hall. "
                        "The Riverton Kings moved to the city in 1968 and play hockey at the Arena. "
                        "The Riverton Marathon has been run since 1981. The city hosted the Games in 1996."])
    a = article("Riverton", ("Introduction", ["Riverton is a city on a river. It has a port and a market."]), teams)
    asked = [q.text for q in generate_questions(a) if q.chapter_id == "ch1"]
    assert not any("chronological order" in t or "important change" in t for t in asked)
    assert any("Choose two of the things described in the chapter “Sports”" in t for t in asked)


def test_a_place_s_infrastructure_is_surveyed_not_asked_for_factors():
    # Shaped like fresh-5's "Infrastructure" (readers: it "lists services ... never says how
    # physical or human factors shaped the city"): water, power and waste side by side.
    services = ("Infrastructure", ["The water supply of Riverton is drawn from two lakes and treated at a plant "
                                   "near the river. The city board manages the sewage. Power comes from a coal "
                                   "plant on the coast. Waste is collected every day and taken to a landfill. "
                                   "Three newspapers and two radio stations serve the city."])
    a = article("Riverton", ("Introduction", ["Riverton is a city on a river. It has a port and a market."]), services)
    proposed = [c.text for c in candidates(a) if c.sentence.ref.chapter_id == "ch1"]
    assert not any("physical factor" in t or "has shaped" in t for t in proposed)
    asked = [q for q in generate_questions(a) if q.chapter_id == "ch1"]
    assert any("of the things described in the chapter “Infrastructure”" in q.text for q in asked)
    assert len(asked) >= 4 and len({q.bloom for q in asked}) >= 3


def test_media_and_sport_survey_only_in_an_article_on_a_place():
    # "Propaganda and media" of a revolution tells events in order: no survey tasks there.
    from pack.extract.questions.kinds_of_text import surveys
    told = article("Russian Revolution", (
        "Introduction", ["The Russian Revolution was a period of political and social change in Russia. "
                         "It began in 1917 and ended in 1923."]), (
        "Propaganda and media", ["In 1917 the Bolsheviks seized the printing presses of Petrograd. In 1918 "
                                 "they made the newspaper Pravda a state organ. In 1919 agitation trains carried "
                                 "posters across the country. In 1920 the censors closed the last opposition "
                                 "papers."]))
    assert not surveys(QuestionContext(told), "Propaganda and media")
    asked = [q.text for q in generate_questions(told) if q.chapter_id == "ch1"]
    assert not any("things described in the chapter" in t for t in asked)
    city = article("Riverton", ("Introduction", ["Riverton is a city on a river. It has a port and a market."]))
    assert surveys(QuestionContext(city), "Sport and media")


def test_no_cause_of_a_thing_the_question_does_not_say_which():
    # round 14: "What led to a significant demographic shift?" (which one?), "What caused the bill?"
    from pack.extract.questions.ask_cause import _any_one
    ctx = QuestionContext(article("Riverton", LEAD))
    assert _any_one("a significant demographic shift", ctx)
    assert not _any_one("an increase in ocean acidity", ctx)      # says what increased
    assert not _any_one("a Roman town", ctx) and not _any_one("the demographic shift of 1960", ctx)
    told = article("Riverton", LEAD, ("Law", ["The council debated for months. The bill was caused by the "
                                              "flood of 1901. The new law was passed in 1903."]))
    assert not [c for c in candidates(told) if c.text == "What caused the bill?"]


def test_a_chapter_of_memorials_is_a_survey_with_no_decision_to_weigh():
    # round 15: a biography's "Memorials" (a grave, a statue, a college, a painting, a banknote)
    # got "Which decision described in the chapter “Memorials” had the greatest consequences?"
    life = article("John Smith", (
        "Introduction", ["John Smith (1736 – 1819) was a Scottish engineer. He decided to improve the pump "
                         "in 1765 and chose a partner in 1774."]), (
        "Memorials", ["Smith was buried in the grounds of St. Anne's Church. A statue of Smith by a famous "
                      "sculptor stands in the city square. The Smith College was founded in 1821 and named "
                      "after him. A large painting of Smith is owned by the National Gallery. A bust of Smith "
                      "is in the Hall of Heroes. In 2009 the bank decided that Smith would appear on a new "
                      "note, and it appointed a designer who chose a dual portrait."]))
    asked = [q.text for q in generate_questions(life) if q.chapter_id == "ch1"]
    assert not any("decision" in t or "helps to explain another fact" in t for t in asked)
    assert any("things described in the chapter “Memorials”" in t for t in asked)


def test_no_why_of_a_clause_cut_after_a_relative_that_is_its_object():
    # round 15: "He forbade stone buildings outside Saint Petersburg, which he intended to become
    # Russia's capital, so that ..." gave "Explain why Peter intended to become Russia's capital."
    from pack.extract.questions.ask_cause import _tail_clause
    ctx = QuestionContext(article("John Smith", LEAD))
    assert _tail_clause("He banned stone houses outside Newtown, which he intended to become the capital", ctx) \
        == ("", True)
    assert _tail_clause("He built a port at Newtown, which became the capital", ctx)[0] == "became the capital"
    life = article("John Smith", (
        "Introduction", ["John Smith (1672 – 1725) was a ruler of the land. He founded Newtown in 1703."]), (
        "Reign", ["He banned stone houses outside Newtown, which he intended to become the capital of the land, "
                  "so that all masons could work on the new city. He moved the court there in 1712."]))
    assert not any("intended to become" in q.text for q in generate_questions(life))


def test_popular_culture_is_a_survey_but_a_popular_uprising_is_not():
    # round 15: a biography's "Popular culture" (films, an opera, novels) got "Find a fact in the
    # chapter “Popular culture” that helps to explain another fact in it".
    from pack.extract.questions.kinds_of_text import surveys
    life = article("John Smith", (
        "Introduction", ["John Smith (1672 – 1725) was a ruler of the land. He founded Newtown in 1703."]), (
        "Popular culture", ["Smith is the hero of the opera The Carpenter King, first staged in 1830. The film "
                            "Smith the Builder was made in 1937. The novel The Young Ruler tells of his youth. "
                            "A television series on his reign was shown in 1986. A statue of him stars in a "
                            "famous poem."]))
    ctx = QuestionContext(life)
    assert surveys(ctx, "Popular culture") and surveys(ctx, "In popular culture")
    assert not surveys(ctx, "Popular uprising") and not surveys(ctx, "Culture")
    asked = [q.text for q in generate_questions(life) if q.chapter_id == "ch1"]
    # (Round 20: a list of works is asked its own tasks, `[forms.works]`, of the subject's name.)
    assert any("works named in the chapter “Popular culture”" in t for t in asked)
    assert not any("the life of" in t for t in asked)


def test_the_third_wording_of_the_mind_map_offers_a_timeline_not_only_a_picture():
    # Fresh-4 readers: "Draw a labelled picture or diagram of what the chapter ... describes" of a
    # chapter that tells a life's last years, or a painter's later reputation: "nothing to draw;
    # would need rewording as a timeline". The wording set after the mind map and the table
    # (round 21) lets the pupil choose what fits (the made-up quarters of a town above).
    a = _twelve_quarters()
    wordings = [w for c in candidates(a) if c.kind == "task-any-0" for w in c.retold]
    assert wordings and not any("picture" in w for w in wordings)
    assert any(w.startswith("Make a timeline, a flow chart or a labelled diagram") for w in wordings)
