"""A whole-chapter form fits what the chapter's text holds (round 12: rules chosen on two
extra tuning articles, a science concept and a city).

Small articles written for the test: a countable subject ("a tide pool") is weighed in the
plural, never as a bare singular ("for understanding tide pool"); a chapter of one
sentence, a list's lead-in ending in ":" not counted, gets tasks that send the reader to
the rest of the text instead of four questions or a mind map of six terms; "how two
structures or processes depend on each other" needs a chapter that describes processes;
a chapter on how fiction shows the subject is a survey, with no ideas to weigh.
"""

from __future__ import annotations

from pack.extract.questions.context import QuestionContext
from pack.extract.questions.generate import candidates, generate_questions
from pack.model import Article, Paragraph, Section


def article(title: str, *chapters: tuple[str, list[str]]) -> Article:
    sections = [Section(f"ch{n}", heading, 1, [Paragraph(f"ch{n}-p{i}", t) for i, t in enumerate(texts, 1)])
                for n, (heading, texts) in enumerate(chapters)]
    return Article(title=title, lang="en", chapters=sections)


def tasks(a: Article, chapter_id: str) -> list[str]:
    """The chapter's tasks (not those kept in reserve for a chapter nothing else fills)."""
    return [c.text for c in candidates(a) if c.task and not c.reserve and c.sentence.ref.chapter_id == chapter_id]


POOLS = ("Introduction", ["A tide pool is a rocky pool on the seashore. Tide pools fill with seawater at "
                          "high tide. A tide pool holds animals that survive heat, cold and waves."])
WARMING = ("Introduction", ["Global warming is the rise of the average temperature of the Earth. Gases "
                            "that absorb heat cause global warming. Ice melts because of global warming."])
LISTS = [f"The harbour is a place number {n} where ships unload goods from the sea." for n in range(9)]
CITY = ("Introduction", ["Porto Velho is a city on a river and the capital of a province. The city has a "
                         "port, a cathedral and a university. Its climate is warm and its winters are rainy."])


def test_a_countable_subject_is_weighed_in_the_plural():
    assert QuestionContext(article("Tide pool", POOLS)).subject.topic == "tide pools"
    # Never counted ("a global warming"): the subject stays as the text names it.
    assert QuestionContext(article("Global warming", WARMING)).subject.topic == "global warming"


def test_a_chapter_of_one_sentence_sends_the_reader_to_the_rest_of_the_text():
    one = ("Politics", ["Ana Lopes took office as the mayor of the city in 2021.", "The city is twinned with:"])
    a = article("Porto Velho", CITY, ("Harbour", [" ".join(LISTS)]), one)
    short = tasks(a, "ch2")
    assert short and all("four questions" not in t and "mind map" not in t for t in short)
    # The lead-in is no second sentence: nothing to compare, nothing to say in two sentences.
    assert not any(t.startswith(("Choose two", "Say in one or two sentences")) for t in short)
    # Round 21: not "Explain in your own words what ... tells" of one sentence ("nothing to
    # explain in one's own words", fresh-4 readers): what its words mean.
    assert not any(t.startswith("Explain in your own words") for t in short)
    assert any(t.startswith("Which words in the chapter “Politics” would a younger student need explained?")
               for t in short)
    # Still four questions over three Bloom levels, like every chapter.
    asked = [q for q in generate_questions(a) if q.chapter_id == "ch2"]
    assert len(asked) >= 4 and len({q.bloom for q in asked}) >= 3
    # A chapter of many sentences has none of them (but in reserve), and prints none.
    assert not any("Explain in your own words" in t for t in tasks(a, "ch1"))
    assert not any("Explain in your own words" in q.text or "Which words in" in q.text
                   for q in generate_questions(a) if q.chapter_id == "ch1")


def test_two_things_depend_on_each_other_only_where_the_chapter_describes_processes():
    lead = ("Introduction", ["A tide pool is a rocky pool on the seashore. Tide pools are full of life.",
                             "A tide pool is studied by biologists. Tide pools are common."])
    defined = ("Definition", ["A tide pool is defined as a pool left by the sea at low tide. Some writers "
                              "define it by its depth. Others define it by the animals it holds. A pool "
                              "on a beach of sand is not counted. The word is old."])
    processes = ("Formation", ["Waves break down the rock, and the process cuts a hollow. The hollow fills "
                               "with water that the tide releases. Algae absorb light and release oxygen. "
                               "The cycle repeats at every tide. Sand is transported away by the current."])
    a = article("Tide pool", lead, defined, processes)
    link = "Choose two structures, processes or ideas described in"
    assert not any(t.startswith(link) for t in tasks(a, "ch1"))
    assert any(t.startswith(link) for t in tasks(a, "ch2"))


def test_a_chapter_on_fiction_is_a_survey_with_no_idea_to_weigh():
    fiction = ("In fiction", ["Tide pools appear in many novels for children. A film of 1990 shows a girl who "
                              "lives by a tide pool. Painters have shown tide pools since the 1800s. A poem "
                              "compares a tide pool to a small world. Cartoons show crabs that talk."])
    a = article("Tide pool", POOLS, fiction)
    found = tasks(a, "ch1")
    assert not any("matters most for understanding" in t for t in found)
    # (Round 20: a list of novels, films and paintings is asked its own tasks, `[forms.works]`.)
    assert any(t.startswith("What do the works named in the chapter “In fiction” show") for t in found)
    assert not any("things described" in t or "mind map" in t for t in found)
    # A countable subject is named as the text names it, in the plural: "about tide pools".
    assert any("are about tide pools?" in t for t in found) and not any("seen tide pool?" in t for t in found)


def test_the_short_tasks_pass_the_question_linter():
    # They are set where no other task is: the linter of every article must find nothing in them.
    from pack.qlint import lint_questions
    from pack.text.language import language
    for lang, place, topic in (("en", "the chapter “Politics”", "Lisbon"), ("id", "bab “Politik”", "Lisboa")):
        tasks = [t["text"].format(place=place, topic=topic) for t in language(lang).templates["short_tasks"]]
        assert len({t["bloom"] for t in language(lang).templates["short_tasks"]}) >= 3
        assert lint_questions(tasks, lang, set()) == {}, lang
        # The tasks of a list of works are set with no others in their chapter: the same holds.
        works = [t["text"].format(place=place, subject=topic) for t in language(lang).questions["forms"]["works"]["tasks"]]
        assert lint_questions(works, lang, set()) == {}, lang


def test_a_chapter_of_sub_headings_alone_gets_no_task():
    # Shaped like fresh-5's "Honours": two sub-headings that lost their marks, nothing under them.
    honours = ("Honours", ["Royal decorations", "Foreign decorations"])
    a = article("Porto Velho", CITY, ("Harbour", [" ".join(LISTS)]), honours)
    assert not tasks(a, "ch2")
    assert not [q for q in generate_questions(a) if q.chapter_id == "ch2"]
    # A sentence under them is text of its own: the chapter is asked about again.
    told = ("Honours", ["Royal decorations", "The mayor received the Order of the Harbour in 2019."])
    assert tasks(article("Porto Velho", CITY, ("Harbour", [" ".join(LISTS)]), told), "ch2")


def test_cut_to_three_sentences_only_where_the_chapter_is_well_over_three():
    from pack.extract.questions.context import QuestionContext
    from pack.extract.questions.generate import _supported
    ctx = QuestionContext(article("Porto Velho", CITY))
    tasks_ = ctx.ql.templates["last_resort_tasks"]
    cut = "If {place} had to be cut to three sentences"
    # Shaped like fresh-5's "Ancestry": four sentences, and "cut it to three" keeps nearly all.
    four = [w for *_, also in _supported(ctx, [("last-resort", tasks_)], "", 4) for w in also]
    many = [w for *_, also in _supported(ctx, [("last-resort", tasks_)], "", 12) for w in also]
    assert not any(w.startswith(cut) for w in four)
    assert any(w.startswith(cut) for w in many)


def test_a_list_of_works_of_one_sentence_gets_the_works_tasks():
    # Round 22 (shaped like fresh-5's "In popular culture": "Queen Wilhelmina appears as the
    # leader of the Dutch civilization in Sid Meier's Civilization VI."): the short tasks send
    # the reader to another part that says more of a game (readers: "no real answer") or ask
    # for hard words in a plain sentence; the works tasks draw on the whole text, but "so many
    # stories" of one work.
    culture = ("In popular culture", ["Tide pools appear as a level in the video game Sea Quest II."])
    found = tasks(article("Tide pool", POOLS, culture), "ch1")
    assert any(t.startswith("Would you keep the chapter “In popular culture”") for t in found)
    assert any(t.startswith("What in the rest of the text explains why the work that the chapter “In popular culture” "
                             "names shows tide pools?") for t in found)
    assert not any("so many" in t or "Which other part of the text" in t or "younger student" in t for t in found)
    assert len({c.bloom for c in candidates(article("Tide pool", POOLS, culture))
                if c.task and c.sentence.ref.chapter_id == "ch1"}) >= 3
