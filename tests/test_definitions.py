"""Definition patterns and checks (`pack.text.definitions`) on sentences of
tuning articles (en-industrial-revolution, en-global-warming,
en-alan-turing, en-galileo-galilei, en-toronto and the extra articles
en-black-hole and en-lisbon): the copula after an article, the checks that
keep a cut or misplaced text out."""

from __future__ import annotations

from test_glossary import _found, definitions


def printed(text: str, term: str, lang: str = "en") -> dict[str, str]:
    """pattern -> definition the glossary may print for `term`."""
    return {f.pattern: f.text for f in _found(text, term, lang) if f.printed}


def test_copula_after_an_article_defines_the_subject():
    text = ("The greenhouse effect is the process by which absorption and emission of infrared "
            "radiation by gases in a planet's atmosphere warm its lower atmosphere and surface.")
    assert printed(text, "greenhouse effect")["copula"] == (
        "process by which absorption and emission of infrared radiation by gases in a planet's "
        "atmosphere warm its lower atmosphere and surface")
    text = "The Leblanc process was a reaction of sulphuric acid with sodium chloride to give sodium sulphate."
    assert printed(text, "Leblanc process")["copula"] == \
        "reaction of sulphuric acid with sodium chloride to give sodium sulphate"


def test_copula_skips_an_adverb_after_the_verb():
    text = "The Alan Turing law is now an informal term for the law in the United Kingdom."
    assert printed(text, "Alan Turing law")["copula"] == "informal term for the law in the United Kingdom"


def test_copula_needs_the_term_to_open_its_clause():
    # a possessive leans on a person; "that the Earth is" reports a view
    assert "copula" not in definitions("His Turing test was a significant contribution to the debate.",
                                       "Turing test", "en")
    text = "Most people subscribed to the view that the Earth is the center of the Universe."
    assert "copula" not in definitions(text, "Earth", "en")
    text = "Specifying the bombe was the first of five major cryptanalytical advances."
    assert "copula" not in definitions(text, "bombe", "en")


def test_a_text_cut_inside_a_list_of_modifiers_is_no_definition():
    # the copula reads on through the list to its head (relatives._through_modifiers) ...
    text = ("A climate model is a representation of the physical, chemical and biological processes "
            "that affect the climate system.")
    assert definitions(text, "climate model", "en")["copula"] == \
        "representation of the physical, chemical and biological processes that affect the climate system"
    # ... and a text still cut after a modifier is none
    assert "copula" not in definitions("Peat is a mixture of the organic, which decays slowly.", "Peat", "en")


def test_a_modal_in_the_relative_clause_is_allowed():
    text = ("The defining feature of a black hole is the existence of an event horizon, a boundary in "
            "spacetime through which matter and light can pass only inward towards the centre of the black hole.")
    assert printed(text, "event horizon")["apposition"].startswith("boundary in spacetime through which")
    text = "Prokaryotes can carry extrachromosomal DNA elements called plasmids."
    assert "named" not in definitions(text, "plasmids", "en")      # the modal is the main clause's


def test_a_hyphenated_rank_is_not_printed():
    text = "The Toronto Stock Exchange is the world's seventh-largest stock exchange by market capitalization."
    assert "copula" in definitions(text, "Toronto Stock Exchange", "en")
    assert "copula" not in printed(text, "Toronto Stock Exchange")


def test_an_apposition_after_a_bracket_the_term_does_not_fill():
    text = ("Today there are two public universities in the city (University of Lisbon and New University "
            "of Lisbon), a public university institute and a polytechnic institute.")
    assert "apposition" not in definitions(text, "University of Lisbon", "en")


def test_a_year_at_the_end_is_no_cut_list():
    text = ("Turing's conviction barred him from continuing with his consultancy for the Government "
            "Communications Headquarters (GCHQ), the British signals intelligence agency that had evolved "
            "from GC&CS in 1946, though he kept his academic job.")
    assert printed(text, "Government Communications Headquarters")["apposition"] == \
        "British signals intelligence agency that had evolved from GC&CS in 1946"


def test_a_short_list_opening_makes_its_items_members():
    text = "Factories preferred well-known metals, such as bronze and copper, to new ones."
    assert definitions(text, "copper", "en")["member"] == "one of the well-known metals"
