"""What fills a question's slot: a term the text is about, named as the text names it.

Sentences copied from the tuning articles (quality/SPLIT.md): cell biology,
global warming and Toronto. Each test names the fault it keeps away: an
everyday word asked about ("What is meant by decade?"), a countable noun
without its article ("the role of cell wall"), a sentence-start capital
("What is meant by Prokaryotic cells?"), an acronym that takes "the"
("How important is NBA"), a currency code taken for a term ("What is meant
by CA?"), an amount asked about as an effect ("What caused CA$10,387,000 in
damage?"), a dated-sequence task on a place's chapter of statistics, and
the same topic asked twice in a chapter ("homicides", "the homicide rate").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pack.extract.questions.ask_terms import worth_asking
from pack.extract.questions.context import QuestionContext
from pack.extract.questions.generate import _near, generate_questions
from pack.extract.questions.keyness import is_key, keyness
from pack.model import GlossaryEntry
from pack.read import read_article
from tests.test_question_kinds import article

ROOT = Path(__file__).resolve().parent.parent


CELL = article("en", "Cell biology", (
    "Introduction", ["Cell biology is a branch of biology that studies the structure, function, and behaviour "
                     "of cells. Prokaryotic cells were the first form of life on Earth, characterised by "
                     "having vital biological processes including cell signaling and being self-sustaining."]), (
    "Anatomy", ["Enclosing the cell is the cell envelope – generally consisting of a plasma membrane covered "
                "by a cell wall which, for some bacteria, may be further covered by a third layer called a "
                "capsule. Though most prokaryotes have both a cell membrane and a cell wall, there are "
                "exceptions such as Mycoplasma (bacteria) and Thermoplasma (archaea) which only possess the "
                "cell membrane layer.",
                "Many types of prokaryotic and eukaryotic cells have a cell wall. The cell wall acts to protect "
                "the cell mechanically and chemically from its environment. The eukaryotic cell seems to have "
                "evolved from a symbiotic community of prokaryotic cells."]))

WARMING = article("en", "Global warming", (
    "Introduction", ["Global warming is the observed rise in the average temperature of the Earth's climate "
                     "system. Burning fossil fuels releases carbon dioxide, and fossil fuels remain the main "
                     "source of energy. The use of fossil fuels is rising.",
                     "Aerosols scatter sunlight. Aerosols also act as cloud condensation nuclei, and the "
                     "overall trend of aerosols has been downward since the 1990s."]))

TORONTO = article("en", "Toronto", (
    "Introduction", ["Toronto is the most populous city in Canada. The city lies on the shore of Lake Ontario."]), (
    "Sports", ["Toronto is represented in five major league sports, with teams in the National Hockey League "
               "(NHL), Major League Baseball (MLB), National Basketball Association (NBA), Canadian Football "
               "League (CFL), and Major League Soccer (MLS).",
               "The Raptors joined the NBA in 1995 and won their first NBA title in 2019. The Raptors play "
               "their home games at the Scotiabank Arena."]), (
    "History", ["The Great Toronto Fire of 1904 destroyed a large section of downtown Toronto. It caused "
                "CA$10,387,000 in damage (roughly CA$277,600,000 in 2020 terms)."]))


def test_everyday_words_are_no_key_terms():
    # Measured on the whole Toronto sample: keyness needs an article's length to mean anything.
    ctx = QuestionContext(read_article(ROOT / "assets" / "samples" / "en-toronto.txt"))
    assert keyness(ctx, "immigrants") < 2.0 < 3.0 < keyness(ctx, "ravines")
    assert is_key(ctx, "ravines", "define") and not is_key(ctx, "immigrants", "define")
    assert not is_key(ctx, "downtown", "weigh")            # used 27 times, but every pupil knows it
    assert is_key(ctx, "Toronto Islands", "weigh")          # a name of several words names something specific
    assert is_key(ctx, "TTC", "define")                     # so does an acronym


def test_countable_nouns_take_their_article_and_plurals_stay_bare():
    ctx = QuestionContext(CELL)
    assert ctx.as_named("cell wall") == "the cell wall"     # "a cell wall", "The cell wall acts"
    assert ctx.as_named("Prokaryotic cells") == "prokaryotic cells"   # the text's own case mid-sentence
    warming = QuestionContext(WARMING)
    assert warming.as_named("fossil fuel") == "fossil fuels"  # the text says "fossil fuels", "fossil fuel" only as a modifier


def test_an_acronym_named_with_the_article_the_text_gives_it():
    ctx = QuestionContext(TORONTO)
    # "joined the NBA in 1995"; "(NBA)" in a list and "NBA title" say nothing either way.
    assert ctx.as_named("NBA") == "the NBA"


def test_a_currency_code_is_no_term_and_an_amount_no_effect():
    ctx = QuestionContext(TORONTO)
    entry = GlossaryEntry(term="CA", definition="", kind="context", refs=[])
    assert not worth_asking(ctx, entry)
    texts = " ".join(q.text for q in generate_questions(TORONTO))
    assert "CA$" not in texts and "What is meant by CA?" not in texts


def test_a_place_has_no_dated_sequence_task_outside_its_history():
    texts = [q.text for q in generate_questions(TORONTO)]
    assert not any("chronological order" in t and "Sports" in t for t in texts)


def test_near_duplicate_topics():
    assert _near("homicides", "homicide rate")
    assert _near("lenin", "vladimir lenin")
    assert not _near("toronto star", "toronto rock")


def test_no_trivia_recall_on_a_detail_of_a_deathbed_scene():
    # The "Who were called to the dacha on 2 March?", from the sample's own paragraph.
    stalin = article("id", "Josef Stalin", (
        "Kematian", ["Pada tanggal 1 Maret 1953, Stalin ditemukan setengah sadar di lantai kamar tidur "
                     "dachanya di Volynskoe. Ia mengalami pendarahan otak. Stalin lalu dipindahkan ke sebuah "
                     "sofa dan tetap berada di situ selama tiga hari. Svetlana dan Vasily dipanggil ke dacha "
                     "tersebut pada tanggal 2 Maret; Vasily berada dalam keadaan mabuk dan memarahi para "
                     "dokter, sehingga ia dikirim pulang."]))
    texts = [q.text for q in generate_questions(stalin)]
    assert texts and not any("dipanggil" in t or "sofa" in t for t in texts)


def test_a_name_opening_a_sentence_is_half_a_vote_on_its_article():
    ctx = QuestionContext(article("en", "Toronto", ("Human resources", [
        "Toronto Public Library is the largest public library system in Canada. Established as the library "
        "of the Mechanics' Institute in 1830, the Toronto Public Library now consists of 100 branch "
        "libraries."])))
    assert ctx.as_named("Toronto Public Library") == "the Toronto Public Library"


def test_a_place_weighs_its_named_parts_not_common_nouns():
    texts = " ".join(q.text for q in generate_questions(article("en", "Toronto", (
        "Introduction", ["Toronto is the most populous city in Canada, on the shore of Lake Ontario."]), (
        "Crime", ["The homicides in the city rose in 2005. There were 52 homicides in 2005, and homicides "
                  "fell again after 2008. The homicides of 2005 led to new policing. Police recorded fewer "
                  "homicides in 2010 than in New York City."]))))
    assert "How important are homicides" not in texts


@pytest.mark.parametrize("term, definition, text", [
    # An acronym spelt out once and never used again: a note on a name.
    ("MCMM", "McLaughlin Centre for Molecular Medicine",
     "The University of Toronto runs several research institutes. Another institute is the McLaughlin "
     "Centre for Molecular Medicine (MCMM)."),
    # A unit after its number: a measure.
    ("PgC", "petagrams of carbon",
     "Emissions from fossil fuels reached a record in 2010 (9.5 ± 0.5 PgC), an increase of 54% above "
     "emissions in 1990. Land-use change added about 0.9 PgC a year."),
    ("IATA", "International Air Transport Association",
     "Canada's busiest airport, Toronto Pearson International Airport (IATA: YYZ), straddles the city's "
     "western boundary. Buttonville Municipal Airport (IATA: YKZ) in Markham provides general aviation."),
])
def test_notes_on_names_and_units_are_no_terms(term, definition, text):
    """Also a label before its value: IATA of "(IATA: YYZ)" in the Toronto sample."""
    ctx = QuestionContext(article("en", "Article", ("Chapter", [text])))
    assert not worth_asking(ctx, GlossaryEntry(term=term, definition=definition, kind="definition"))


def test_the_subject_is_not_weighed_against_itself():
    # A title that opens with "The", as en-industrial-revolution's does.
    ctx = QuestionContext(article("en", "The Industrial Revolution", ("Introduction", [
        "The Industrial Revolution was the transition to new manufacturing processes in Great Britain. "
        "The Industrial Revolution began in the textile industry."])))
    assert ctx.subject.short != "The"
    assert ctx.is_subject("Industrial Revolution")
