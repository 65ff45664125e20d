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


def test_a_text_stopped_at_a_bracket_the_phrase_goes_on_after_is_no_definition():
    # fresh-12's coal (seen): "mixture of carbon monoxide" was printed, half of what syngas is
    cut = printed("Coal gasification is used to produce syngas, a mixture of carbon monoxide (CO) and "
                  "hydrogen (H2) gas to fire gas turbines to produce electricity.", "syngas")
    # a bracket that ends the phrase cuts nothing, nor does one that holds the term
    whole = printed("The party chose Sukarno, the leader of the movement (PNI), as its head.", "Sukarno")
    own = _found("Until then, the lakefront docks (then known as wharves) were set back farther inland.",
                 "wharves", "en")
    assert "apposition" not in cut and whole["apposition"] == "leader of the movement"
    assert [f.text for f in own] == ["lakefront docks"]


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


def test_a_text_about_another_thing_is_not_printed():
    # sentences of the seen fresh sets whose definitions the blind readers judged wrong
    # (quality/verdicts/glossary-text-r25.md): the next item of a list ...
    text = ("The fraction of the stored charge that a battery can deliver depends on multiple factors, "
            "including battery chemistry, the rate at which the charge is delivered (current), the storage period.")
    assert printed(text, "battery chemistry") == {}
    text = "This honor included a stipend, an annual court outfit, as well as 2,180 litres of grain."
    assert printed(text, "stipend") == {}
    # ... a text cut inside a list, the end of a longer name ...
    text = "The alloy was a mixture of lead, tin, and antimony that melted at a relatively low temperature."
    assert printed(text, "alloy") == {}
    text = "It coincided with the completion of Westlake Park and the Westlake Center shopping mall, a year ahead of schedule."
    assert printed(text, "Center shopping mall") == {}
    # ... a clause: a verb with its object, a verb opening the text, a second predicate
    text = "The municipal transport company publishes a very useful leaflet called Bus Navi."
    assert printed(text, "Bus Navi") == {}
    text = "This introduces electrons and holes, which interact via a process called ambipolar diffusion."
    assert printed(text, "ambipolar diffusion") == {}
    text = "Wet cells were a precursor to dry cells and are commonly used as a learning tool for electrochemistry."
    assert printed(text, "Wet cells") == {}


def test_participles_gerunds_and_relative_clauses_stay_in_a_definition():
    text = "The Event Horizon Telescope is a global system of radio telescopes capable of directly observing a black hole shadow."
    assert printed(text, "Event Horizon Telescope")["copula"].startswith("global system of radio telescopes")
    text = "The earliest tomb was the mastaba, a flat-roofed rectangular structure of mudbrick built over an underground burial chamber."
    assert printed(text, "mastaba")["apposition"].startswith("flat-roofed rectangular structure")
    text = "Transcription is the process where genetic information in DNA is used to produce a complementary RNA strand."
    assert "copula" in printed(text, "Transcription")


def test_that_is_after_a_joined_or_modified_term_explains_the_longer_phrase():
    text = "Paintings of the Madonna and Child, that is, the Virgin Mary and infant Jesus, were enormously popular."
    assert "that-is" not in printed(text, "Child")
    text = ("Salah satunya peristiwa Singaparna yaitu perlawanan yang dilakukan KH Zainal Mustafa, "
            "seorang pemimpin Pondok Pesantren Sukamanah.")
    assert "that-is" not in printed(text, "Singaparna", "id")
    # a kind noun before the term says what the term itself is
    text = "Kebijakan lain adalah program Kinrohoshi, yaitu gerakan kerja bakti massal di tiap desa."
    assert printed(text, "Kinrohoshi", "id")["that-is"] == "gerakan kerja bakti massal di tiap desa"



def test_that_is_without_a_comma_is_a_relative_clause():
    # (seen fresh-11, en-photon: "particle" printed "quantum of the electromagnetic field", judged wrong)
    text = ("A photon is an elementary particle that is a quantum of the electromagnetic field, "
            "including electromagnetic radiation such as light and radio waves.")
    assert "that-is" not in printed(text, "particle")
    text = "Dirac's work was the foundation of quantum electrodynamics, that is, the quantization of the field itself."
    assert printed(text, "quantum electrodynamics")["that-is"] == "quantization of the field itself"


def test_a_copula_after_a_verb_of_claiming_is_no_definition():
    # (seen fresh-11, en-photon: "property of electromagnetic radiation itself", judged wrong: Einstein's claim)
    text = "In 1905, Einstein was the first to propose that energy quantization was a property of radiation itself."
    assert "copula" not in printed(text, "energy quantization")
    text = "In 1905, Einstein showed that energy quantization was a property of radiation itself."
    assert printed(text, "energy quantization")["copula"] == "property of radiation itself"

# fresh-10's readers judged the first two wrong (quality/verdicts/definitions-pieces-r25.md),
# the others are seen articles' texts of the same kind: (sentence, term, language, pattern)
PIECES = [
    # a relative word of another referent, the second half of a comparison
    ("Among them was the bacteriologist Alexandre Yersin, after whom the pathogen was named Yersinia pestis.",
     "Yersinia pestis", "en", "named"),
    ("In urban centres, the greater the population before the outbreak, the longer the duration of the "
     "period of abnormal mortality.", "outbreak", "en", "apposition"),
    # a possessive relative, a verb before its object's article, Indonesian comparison and verb
    ("This principle is exploited in the lightning conductor, the sharp spike of which acts to encourage "
     "the lightning strike to develop there.", "conductor", "en", "apposition"),
    ("The secession of seven cantons to form an alliance known as the Sonderbund led to a civil conflict.",
     "Sonderbund", "en", "named"),
    ("Di kota besar, semakin banyak penduduk sebelum wabah, semakin lama masa kematian yang tinggi.",
     "wabah", "id", "apposition"),
    ("Pada mulut teluk Saleh, terdapat pulau kecil yang disebut Mojo.", "Mojo", "id", "named"),
    # adverbs of the clause before the article
    ("The region was then formerly a fishing village known as Madraspatnam.", "Madraspatnam", "en", "named"),
]


def test_a_piece_of_a_sentence_is_not_printed():
    for text, term, lang, pattern in PIECES:
        assert pattern not in printed(text, term, lang), term


def test_a_yang_clause_and_a_relative_clause_stay_in_a_definition():
    text = ("Demokrasi Parlementer adalah demokrasi yang menempatkan kedudukan badan legislatif "
            "lebih tinggi daripada badan eksekutif.")
    assert printed(text, "Demokrasi Parlementer", "id")["copula"].startswith("demokrasi yang")
    text = "The nucleus, an organelle that houses the cell's DNA, is the largest organelle."
    assert printed(text, "nucleus")["apposition"] == "organelle that houses the cell's DNA"
