"""Round 28 (issue 14), English questions: two fault shapes any article may hold.

Small articles written for the test. A chapter of one sentence is asked which words need
explaining only where it has a word rare in the language at large; otherwise it is asked
what to look up, and keeps its four tasks. A person's surname the text also writes as a
place ("in Washington") is not read as the person when a role is weighed: only the full name
counts there.
"""

from __future__ import annotations

from pack.extract.questions.context import QuestionContext
from pack.extract.questions.generate import candidates, generate_questions
from tests.test_questions_fit_short import CITY, article, tasks

WORDS = "Which words in the chapter “{}” would a younger student need explained?"
LOOK_UP = "Which word or name in the chapter “{}” would you look up"


HARBOUR = ("Harbour", [" ".join(f"The harbour is a place number {n} where ships unload goods from the sea."
                                for n in range(9))])


def test_a_sentence_with_a_rare_word_is_asked_which_words_need_explaining():
    hard = ("Politics", ["The council defended autocracy and serfdom against the reformers."])
    found = tasks(article("Porto Velho", CITY, HARBOUR, hard), "ch2")
    assert any(t.startswith(WORDS.format("Politics")) for t in found)
    assert not any(t.startswith(LOOK_UP.format("Politics")) for t in found)


def test_a_sentence_of_common_words_is_asked_what_to_look_up_instead():
    # ("portrays", "character", "movie": no word a younger student needs explained; fresh-11
    # readers on Toyo Miyatake's "In culture".)
    plain = ("In culture", ["In the TV movie Farewell to Manzanar, Pat Morita portrays a character based on him."])
    a = article("Porto Velho", CITY, HARBOUR, plain)
    found = tasks(a, "ch2")
    assert not any(t.startswith(WORDS.format("In culture")) for t in found)
    assert any(t.startswith(LOOK_UP.format("In culture")) and "about Porto Velho?" in t for t in found)
    asked = [q for q in generate_questions(a) if q.chapter_id == "ch2"]
    assert len(asked) >= 4 and len({q.bloom for q in asked}) >= 3      # still four, three levels


WAR = ("The war", [
    "General John Carter marched north in 1861. Carter wanted to defend Washington from the rebels. "
    "The rebels came near Washington in the summer. Troops in Washington were few. "
    "Carter then held the line at the river. George Washington had held that rank long before."])
LIFE = ("Early life", ["Tom Reed was born in 1820 in a small town in Ohio. He moved to Washington in 1840 "
                       "and worked in Washington as a clerk. He read a life of George Washington at night."])


def test_a_surname_also_written_as_a_place_names_no_role():
    a = article("Tom Reed", LIFE, WAR)
    ctx = QuestionContext(a)
    assert ctx.names.after_locative["Washington"] >= 2        # "in Washington", "near Washington"
    roles = [c.text for c in candidates(a) if c.kind == "explain-role"]
    assert not any("George Washington" in t for t in roles)


def test_a_surname_after_to_or_from_is_still_the_person():
    # "a loan from Fust", "a letter to Fust": words that also come before people.
    court = ("Court case", ["Johann Fust lent money to the printer in 1450. The printer owed the money to Fust. "
                            "Fust sued the printer in 1455. The court gave the press to Fust. "
                            "Fust then printed books with his son-in-law."])
    ctx = QuestionContext(article("Peter Hans", ("Introduction", ["Peter Hans was a printer in Mainz."]), court))
    assert ctx.names.after_locative["Fust"] == 0
    assert ctx.names.after_place_word["Fust"] >= 2
