"""Person names (`pack.text.personnames`): a short form is one the text
itself uses, and the sort key follows it, whatever the naming system.
Made-up sentences shaped like the seen fresh-6 biographies (a Lakota
leader, a Vietnamese official)."""

from __future__ import annotations

from pack.text.personnames import known_as, short_form, sort_words, uses_in_texts

TEXTS = [
    "Running Elk met the agent in 1870. When Elk Head came, Running Elk left the camp.",
    "In 1950 Hưng joined the army. When Hưng came back, Trần Văn Hưng spoke. Hưng's aide wept.",
    "When Kessler died, Anton Kessler was buried. Kessler was mourned.",
]


def test_a_name_the_text_never_shortens_is_one_name():
    uses = uses_in_texts("Running Elk", TEXTS)
    assert uses["Elk"] == 0                       # "Running Elk" and "Elk Head" hold it, never alone
    assert short_form("Running Elk", uses) == "Running Elk"
    assert uses_in_texts("Running Elk", ['At last, "Running Elk said no."'])["Elk"] == 0   # after a quote mark
    assert sort_words("Running Elk", uses, "en") == ["Running", "Elk"]


def test_a_family_name_first_is_never_the_short_form():
    uses = uses_in_texts("Trần Văn Hưng", TEXTS)
    assert uses["Hưng"] == 3 and uses["Trần"] == 0
    assert short_form("Trần Văn Hưng", uses) == "Hưng"
    assert short_form("Trần Văn Khoa", uses_in_texts("Trần Văn Khoa", TEXTS)) == "Trần Văn Khoa"


def test_a_surname_used_alone_is_the_short_form_and_leads_the_sort_key():
    uses = uses_in_texts("Anton Kessler", TEXTS)
    assert uses == {"Anton": 0, "Kessler": 2}      # "When Kessler": a sentence opener is no name word
    assert sort_words("Anton Kessler", uses, "en") == ["Kessler", "Anton"]


def test_a_first_word_short_form_sorts_as_written():
    assert short_form("Lao Ming", {"Lao": 4, "Lao Ming": 2}) == "Lao"
    assert sort_words("Lao Ming", {"Lao": 4}, "en") == ["Lao", "Ming"]


def test_an_unshortened_western_name_is_still_known_by_its_surname():
    assert known_as("Edward Lazar", {}, "en") == "Lazar"
    assert known_as("Kendra Sawal", {}, "en") == "Sawal"          # no listed given name: still Western
    assert sort_words("Edward Lazar", {}, "en") == ["Lazar", "Edward"]
    assert sort_words("C.F. Smythe", {}, "en") == ["Smythe", "C.F."]
    assert sort_words("Elizabeth II", {}, "en") == ["Elizabeth", "II"]


def test_a_name_of_common_words_or_a_family_name_first_is_one_name():
    assert known_as("Crow Lance", {}, "en") == "Crow Lance"       # "Crow Foot", "Four Horns"
    # a given name, then common words: one name once the text names it so more than once ("Red Cloud")
    assert known_as("Red Hawk", {}, "en", often=True) == "Red Hawk"
    assert sort_words("Red Hawk", {}, "en", often=True) == ["Red", "Hawk"]
    # "Nguyễn Khánh" beside "Nguyễn Ngọc Huy": the first word is a family name
    assert known_as("Trần Khoa", {}, "en", family_first=True) == "Trần Khoa"
    assert known_as("Trần Khoa", {}, "en") == "Khoa"


def test_the_word_before_a_mention_is_the_run_of_non_spaces_white_space_sets_apart():
    # The look-back reads characters; it must find what the pattern it replaced found,
    # on texts of spaces, line breaks, marks and letters, at every place.
    import random
    import re
    from pack.text.personnames import word_before
    pattern = re.compile(r"(\S+)\s+$")
    rng = random.Random(7)
    for _ in range(400):
        text = "".join(rng.choice(" \n\t.,\"(AbcÉ") for _ in range(rng.randint(0, 14)))
        for start in range(len(text) + 1):
            found = pattern.search(text, 0, start)
            assert word_before(text, start) == ((found.group(1), found.start(1)) if found else ("", -1))


def test_one_rule_says_whether_a_capitalised_neighbour_continues_a_name():
    from pack.text.personnames import continues_name
    never = lambda _: False           # noqa: E731
    assert continues_name("", "Head", never)                   # "Elk Head"
    assert continues_name("Running", "came", never)            # "Running Elk"
    assert not continues_name("When", "came", lambda w: w == "When")   # a sentence's opening word
    assert not continues_name("the", "said", never)
    assert not continues_name("", "Head", never, lambda w: True)       # the caller lets it stand apart
