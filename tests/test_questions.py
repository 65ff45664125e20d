"""Discussion questions, learning objectives and sensitive passages.

Unit tests run each question pattern on small inline texts in Indonesian
and English; sample tests check the properties a teacher relies on
(chapter coverage, Bloom spread, recall share, no broken slots or dangling
pronouns, every question answered by its paragraph) and compare the output
with golden files. Regenerate them after a deliberate change with
`TEACHPACK_REGEN_GOLDEN=1 python -m pytest tests/test_questions.py` and
review the diff.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from pathlib import Path

import pytest

from pack.extract.questions.ask_terms import bracketed, describes
from pack.extract.questions.clauses import names_its_referents
from pack.extract.questions.context import QuestionContext
from pack.text.language import language
from pack.extract.questions.generate import HELD_BACK, MIN_LEVELS, MIN_QUESTIONS, candidates, generate_questions
from pack.extract.questions.teaching import learning_objectives, sensitive_passages
from pack.model import Article, GlossaryEntry, Paragraph, Person, Reference, Section, TimelineEvent
from pack.read import read_article

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
SAMPLES = {"id-stalin": "id", "en-history-of-aluminium": "en"}
REGEN = os.environ.get("TEACHPACK_REGEN_GOLDEN") == "1"


def article(lang: str, title: str, *chapters: list[str]) -> Article:
    """An article with one chapter per list of paragraphs (chapter 0 is the lead)."""
    sections = []
    for number, paragraphs in enumerate(chapters):
        sections.append(Section(f"ch{number}", f"Bab {number}" if lang == "id" else f"Chapter {number}", 1,
                                [Paragraph(f"ch{number}-p{i}", text) for i, text in enumerate(paragraphs, 1)]))
    return Article(title=title, lang=lang, chapters=sections)


def texts(questions, kind=None) -> list[str]:
    return [q.text for q in questions if kind is None or q.kind == kind]


def proposed(a: Article, kind=None, **given) -> list[str]:
    """Every question the generators propose for the article, before ranking."""
    return texts(candidates(a, **given), kind)


# ------------------------------------------------------------ Indonesian patterns

ID_LEAD = ("Budi Santoso (lahir 1900 – wafat 1960) adalah seorang tokoh pergerakan. "
           "Ia dikenal sebagai pendiri Partai Rakyat Merdeka.")


def test_id_define_from_called_pattern(every_form):
    a = article("id", "Budi Santoso", [ID_LEAD], [
        "Pada masa ini, kepolisian rahasia kekaisaran yang disebut Okhrana sudah mengetahui kegiatan Budi. "
        "Okhrana menangkap Budi pada malam hari.",
        # The text comes back to the name in another paragraph: it is no name met in passing.
        "Setelah bebas, Budi masih diawasi oleh Okhrana."])
    questions = generate_questions(a)
    assert "Apa yang dimaksud dengan Okhrana?" in texts(questions, "define")
    define = next(q for q in questions if q.kind == "define")
    assert any("kepolisian rahasia kekaisaran" in p.casefold() for p in define.answer_points)


def test_id_define_from_glossary_entry(every_form):
    a = article("id", "Budi Santoso", [ID_LEAD], [
        "Para petani dipaksa bergabung dalam kolkhoz. Setiap kolkhoz dikelola oleh negara. "
        "Hasil panen kolkhoz diserahkan kepada negara."])
    entry = GlossaryEntry("kolkhoz", "pertanian kolektif milik negara", "definition",
                          refs=[Reference("ch1-p1", "ch1")])
    questions = generate_questions(a, glossary=[entry])
    define = [q for q in questions if q.kind == "define"]
    assert [q.text for q in define] == ["Apa yang dimaksud dengan kolkhoz?"]
    assert define[0].answer_points[0] == "Pertanian kolektif milik negara."


def test_id_why_from_sehingga_with_subject(every_form):
    a = article("id", "Budi Santoso", [ID_LEAD], [
        "Pada November 1907, istri Budi meninggal dunia akibat penyakit tifus, "
        "sehingga Budi menitipkan putranya di rumah keluarga istrinya di Bandung."])
    questions = generate_questions(a)
    assert "Mengapa Budi menitipkan putranya di rumah keluarga istrinya di Bandung?" in texts(questions, "cause")


def test_id_what_from_sehingga_without_subject(every_form):
    a = article("id", "Budi Santoso", [ID_LEAD], [
        "Setelah Partai Rakyat Merdeka berhasil meraih kekuasaan, pasukan sayap kiri dan kanan "
        "menentang partai itu, sehingga memicu Perang Saudara Jawa."])
    assert "Apa yang memicu Perang Saudara Jawa?" in texts(generate_questions(a), "cause")


def test_id_why_from_karena_lowers_a_common_first_word(every_form):
    a = article("id", "Budi Santoso", [ID_LEAD], [
        "Pemerintahan Budi dipindah dari Bandung ke Jakarta pada Maret 1948 karena perang masih berkecamuk."])
    assert "Mengapa pemerintahan Budi dipindah dari Bandung ke Jakarta pada Maret 1948?" in texts(
        generate_questions(a), "cause")


def test_forms_read_unusable_blind_are_proposed_but_not_printed():
    # round 20 (issue 14): "Mengapa ...?", "Apa yang dimaksud dengan ...?" and the other forms
    # of HELD_BACK were usable as printed in 23 of 68 blind readings of unseen text; the
    # generators still propose them, the book prints the forms that held (made-up sentences
    # shaped like the tuning biographies).
    a = article("id", "Budi Santoso", [ID_LEAD], [
        "Pada November 1907, istri Budi meninggal dunia akibat penyakit tifus, "
        "sehingga Budi menitipkan putranya di rumah keluarga istrinya di Bandung. "
        "Pada tahun 1910 Budi pindah ke Jakarta dan bekerja sebagai guru. "
        "Di Jakarta ia mendirikan sekolah untuk anak-anak buruh pelabuhan.",
        "Pada masa ini, kepolisian rahasia kekaisaran yang disebut Okhrana sudah mengetahui kegiatan Budi. "
        "Okhrana menangkap Budi pada malam hari.",
        "Setelah bebas, Budi masih diawasi oleh Okhrana."])
    assert {"cause", "define"} <= {c.kind for c in candidates(a)}
    printed = [q for q in generate_questions(a) if q.chapter_id == "ch1"]
    assert not {q.kind for q in printed} & HELD_BACK
    assert len(printed) >= MIN_QUESTIONS and len({q.bloom for q in printed}) >= MIN_LEVELS


def test_a_build_does_not_run_the_generators_of_forms_it_holds_back(monkeypatch):
    # round 21: the held-back forms were proposed, mended and dropped in every build; HELD_BACK
    # alone decides, and a generator all of whose forms it holds back is not run at all.
    from pack.extract.questions import generate

    def never(*args):
        raise AssertionError("a generator of held-back forms ran")
    for name in ("define_questions", "cause_questions", "change_questions", "location_questions",
                 "method_questions", "function_questions"):
        monkeypatch.setattr(generate, name, never)
    a = article("en", "Aluminium", [EN_LEAD], [
        "In 1850 the price of aluminium fell because a cheaper process was found. Refiners opened "
        "new works in France. In 1855 a bar of aluminium was shown at the Paris Exposition."])
    printed = generate.generate_questions(a)
    assert printed and not {q.kind for q in printed} & HELD_BACK


def test_a_chapter_the_printed_forms_leave_short_takes_the_short_tasks_not_held_back_forms():
    # round 20 (issue 14): late in a long book every task that fits a chapter was set in
    # other chapters (`_worn`); such a chapter took the held-back forms. Round 21: a build
    # proposes none of them, and the short chapters' tasks (`reserve`) fill it (made-up chapters
    # shaped like en-history-of-aluminium's "difficult to refine because ...", each too plain
    # for a question of its own).
    trees = ["Alder", "Birch", "Cedar", "Elm", "Fir", "Hazel", "Larch", "Maple"]
    chapters = [(f"{tree} wood", [f"The leaves of the {tree.lower()} tree store water in thick cells. "
                                  "The water moves through small tubes into the cells. "
                                  f"{tree} wood was difficult to dry because its cells are thick. "
                                  "Light energy is captured by green pigment in these cells. "
                                  "Sugar is carried to the roots and the stems."]) for tree in trees]
    sections = [Section(f"ch{n}", title, 1, [Paragraph(f"ch{n}-p1", text) for text in paragraphs])
                for n, (title, paragraphs) in enumerate([("Introduction", [EN_LEAD]), *chapters])]
    printed = generate_questions(Article(title="History of aluminium", lang="en", chapters=sections))
    assert not {q.kind for q in printed} & HELD_BACK
    filled = [q.chapter_id for q in printed if q.kind.startswith("task-short")]
    assert filled and "ch1" not in filled, filled
    for n in range(1, len(sections)):
        chapter = [q for q in printed if q.chapter_id == f"ch{n}"]
        assert len(chapter) >= MIN_QUESTIONS and len({q.bloom for q in chapter}) >= MIN_LEVELS


def test_id_caused_by_and_effect_of():
    a = article("id", "Budi Santoso", [ID_LEAD], [
        "Bencana kelaparan besar disebabkan oleh kekeringan panjang pada tahun 1946.",
        "Budi tidak mampu menghindari kemelut di bidang produksi pangan yang menimbulkan bencana kelaparan."])
    assert "Apa yang menyebabkan bencana kelaparan besar?" in proposed(a)
    assert "Apa akibat dari kemelut di bidang produksi pangan?" in proposed(a, "effect")


def test_id_no_consequences_of_a_song_or_a_group():
    # round 20 (issue 14): "Apa akibat dari X?" asks what an event or an act caused; a song, a
    # place or a group causes nothing of its own (made-up sentences shaped like id-stalin's
    # "kemelut ... yang menimbulkan ...").
    a = article("id", "Budi Santoso", [ID_LEAD], [
        "Lagu Bengawan Solo memicu lahirnya banyak lagu keroncong baru di Jawa.",
        "Kelompok Pemuda Tani Merdeka menyebabkan kegaduhan di pasar kota.",
        "Pemogokan buruh pelabuhan Tanjung Priok memicu kenaikan harga beras di Batavia."])
    effects = proposed(a, "effect")
    assert "Apa akibat dari pemogokan buruh pelabuhan Tanjung Priok?" in effects
    assert not [q for q in effects if "Lagu" in q or "lagu" in q or "Kelompok" in q or "kelompok" in q]


def test_id_leading_pronoun_is_resolved_or_dropped():
    a = article("id", "Budi Santoso", [ID_LEAD], [
        "Budi Santoso menulis artikel tentang rekonsiliasi. Ia dikritik oleh Ahmad karena artikel itu terlalu lunak.",
        "Mereka tiba di Surabaya pada Februari 1917, tetapi hasil pemeriksaan menyatakan bahwa Ahmad "
        "tidak layak akibat lengan kirinya yang lumpuh."])
    questions = generate_questions(a, per_chapter=10)
    # Round 13: "Ia" stands for a person of the sentence before, not of its own sentence:
    # the question is dropped rather than guessed ("Mengapa Santoso dikritik oleh Ahmad?").
    assert not any("dikritik" in t for t in texts(questions))
    assert not any(re.search(r"\b(Ia|ia|Mereka|mereka)\b", t) for t in texts(questions))


def test_id_claims_by_historian_and_comparison():
    a = article("id", "Budi Santoso", [ID_LEAD], [
        "Menurut sejarawan Robert Service, Budi telah menjadi \"pemimpin utama Jawa\" pada tahun 1905. "
        "Sejarawan Kevin McDermott berpendapat bahwa Budi adalah pemimpin utama Jawa yang keras."])
    assert ("Menurut sejarawan Robert Service, Budi telah menjadi \"pemimpin utama Jawa\" pada tahun 1905. "
            "Sejauh mana Anda setuju? Gunakan bukti dari bab ini.") in proposed(a, "evaluate-claim")
    assert any(t.startswith("Menurut sejarawan Kevin McDermott, Budi adalah") for t in proposed(a))
    compare = proposed(a, "compare")
    assert compare and compare[0].startswith("Bandingkan pendapat Robert Service dan Kevin McDermott tentang")


def test_a_claim_is_not_cut_to_the_half_its_holder_denies():
    # Round 16, shaped like Budi Utomo's "Menurut Soewardi, ... "nasionalisme Indonesia" tidaklah
    # bersifat kultural" (the sentence goes on: ", tetapi murni bersifat politik").
    denied = article("id", "Budi Santoso", [ID_LEAD], [
        "Menurut sejarawan Robert Service, gerakan Budi tidaklah bersifat kultural, tetapi murni bersifat politik."])
    assert not [t for t in proposed(denied, "evaluate-claim") if "kultural" in t]
    plain = article("id", "Budi Santoso", [ID_LEAD], [
        "Menurut sejarawan Robert Service, gerakan Budi bersifat kultural, tetapi kemudian menjadi politik."])
    assert [t for t in proposed(plain, "evaluate-claim") if "bersifat kultural" in t]
    english = article("en", "History of aluminium", [EN_LEAD], [
        "In 1702, German chemist Georg Ernst Stahl stated that the base of alum was not a metal, but an earth."])
    assert not [t for t in proposed(english, "evaluate-claim") if "not a metal" in t]


def test_id_recall_when_and_who_need_exactly_one_date():
    a = article("id", "Budi Santoso", [ID_LEAD], [
        "Pada tahun 1936, Ahmad Yani menjadi kepala NKVD dan mengawasi penindasan. "
        "Ahmad Yani dikenal keras. Budi takut kepada Ahmad Yani. "
        "Pada Maret 1908, Budi ditangkap dan dikurung di Penjara Bailov. "
        "Pada Mei 1910, Budi pindah ke Medan dan pada Juni 1911 ia kembali ke Bandung."])
    recall = proposed(a, "recall")
    assert "Kapan Ahmad Yani menjadi kepala NKVD dan mengawasi penindasan?" in recall
    assert not any(t.startswith("Siapa") for t in recall)      # no "Who ...?" recall (round 14)
    assert not any("Medan" in t for t in recall)     # two dates: no question


@pytest.mark.parametrize("lang, title, paragraphs, asked", [
    # Round 18 (shaped like the tuning biography's chapter on the post-war years): "Mengapa
    # 142.000 orang dideportasi ...?" lost "Di negara-negara Baltik,": deported from where?
    # A fronted time ("Pada saat itu,") is no place and is not carried over.
    pytest.param("id", "Budi Santoso", [
        "Di wilayah pesisir utara, program pembersihan dilancarkan terhadap para penentang pemerintah, "
        "sehingga ribuan petani dipindahkan ke pedalaman.",
        "Pada saat itu, harga beras naik tajam, sehingga banyak keluarga petani jatuh miskin."],
        ["Mengapa ribuan petani dipindahkan ke pedalaman di wilayah pesisir utara?",
         "Mengapa banyak keluarga petani jatuh miskin?"], id="a cause keeps the place its sentence fronts"),
    # "Why" is inverted around "to be", or the question is kept as "Explain why".
    pytest.param("en", "History of aluminium", [
        "Aluminium was difficult to refine because its ores are complex. "
        "Electrolytic mass production remained difficult because baths could not withstand molten salts."],
        ["Why was aluminium difficult to refine?", "Explain why electrolytic mass production remained difficult."],
        id="why is inverted around to be or kept as explain why"),
])
def test_a_cause_question_as_worded(lang, title, paragraphs, asked):
    causes = proposed(article(lang, title, [{"id": ID_LEAD, "en": EN_LEAD}[lang]], paragraphs), "cause")
    for question in asked:
        assert question in causes


def test_id_anaphora_is_never_lifted_into_a_question():
    a = article("id", "Budi Santoso", [ID_LEAD], [
        "Setelah pemberontakan tersebut dipadamkan, pasukan tersebut mundur karena kehabisan peluru. "
        "Gengnya menyerang gudang karena mereka butuh senjata."])
    for text in texts(generate_questions(a, per_chapter=10)):
        assert "tersebut" not in text and not text.startswith("Mengapa Gengnya")


def test_id_role_and_significance_need_repeated_mentions():
    a = article("id", "Budi Santoso", [ID_LEAD], [
        "Budi bertemu Ahmad Yani di Bandung. Ahmad Yani menjadi penasihat utamanya. "
        "Ahmad Yani kemudian memimpin Partai Rakyat Merdeka."])
    assert "Jelaskan peran Ahmad Yani sebagaimana diuraikan dalam bab “Bab 1”." in proposed(a)
    assert any(t.startswith("Menurut Anda, seberapa penting peran Ahmad Yani dalam kehidupan Budi Santoso?")
               for t in proposed(a))
    once = article("id", "Budi Santoso", [ID_LEAD], ["Budi bertemu Ahmad Yani di Bandung."])
    assert not proposed(once, "explain-role")


# ------------------------------------------------------------ English patterns

EN_LEAD = ("Aluminium metal is very rare in native form. The process to refine it from ores is complex.")


def test_en_define_from_apposition():
    # (The glossary's patterns, which the questions share, read "In 1978 the
    # metal entered X, a Y" as a fronted phrase "In ... X," and find no
    # apposition there: a known limit of `_fronted`, not of the questions.)
    a = article("en", "History of aluminium", [EN_LEAD], [
        "The metal entered the London Metal Exchange, an exchange where traders buy and sell industrial metals, "
        "in 1978, and its price began to float. Traders on the London Metal Exchange set the price daily.",
        # Named in a second paragraph too: no name met in passing.
        "Today the London Metal Exchange also trades copper."])
    # A name is asked about as a name, with the article the text gives it.
    assert "What is the London Metal Exchange, according to the text?" in proposed(a, "define")


def test_en_what_led_to_and_consequences():
    a = article("en", "History of aluminium", [EN_LEAD], [
        "The Paris fair led to the eventual commercialization of the metal.",
        "Increasing energy prices caused an increase in production costs."])
    questions = proposed(a)
    assert "What led to the eventual commercialization of the metal?" in questions
    assert "What caused an increase in production costs?" in questions
    assert "What were the consequences of the Paris fair?" in questions


def test_en_no_consequences_of_a_song_a_place_or_a_group():
    # round 20 (issue 14): "What were the consequences of X?" only where X is an event or an
    # act (its head an event noun or a verbal noun: "the invention of", "the events of");
    # made-up sentences shaped like the tuning text's "The Paris fair led to ...".
    a = article("en", "History of aluminium", [EN_LEAD], [
        "The Blue Harbour Choir led to the founding of many village choirs.",
        "Gold from the Minas Gerais mines caused a building boom in the capital.",
        "The events of Black Friday led to the fall of the Copper Party government.",
        "The invention of the Hall process in 1886 led to a sharp fall in the price of aluminium."])
    effects = proposed(a, "effect")
    assert "What were the consequences of the events of Black Friday?" in effects
    assert "What were the consequences of the invention of the Hall process in 1886?" in effects
    assert not [q for q in effects if "Choir" in q or "Gold" in q or "gold" in q]


def test_en_no_why_about_a_noun_the_sentence_before_introduced():
    # round 20 (issue 14): "Why was the post abolished?" never says which post: the sentence
    # before introduced it ("a teaching post"); made-up sentences shaped like the blind
    # readers' "the position", "the project" (nouns `shell_nouns` does not list).
    a = article("en", "History of aluminium", [EN_LEAD], [
        "In 1846 Hall was offered a teaching post in Zurich. "
        "The post was abolished in 1850 because the money ran out.",
        "In 1847 Hall built a small furnace in his shed. The furnace exploded in 1851 because the bellows failed.",
        "The aluminium plant at Neuhausen was closed in 1890 because the river froze."])
    why = " ".join(proposed(a, "cause"))
    assert "the post" not in why and "the furnace" not in why
    assert "Why was the aluminium plant at Neuhausen closed in 1890?" in proposed(a, "cause")


def test_en_a_stated_fact_is_no_claim_to_weigh():
    a = article("en", "Copper War", ["The Copper War was a war between two mining towns. It lasted from 1801 to 1805."], [
        "Cattle were the most important livestock on the farms near the mines.",
        "In the war, copper was the most important factor in the growth of the towns."])
    claims = " ".join(proposed(a, "evaluate-claim"))
    assert "cattle" not in claims.casefold()          # "the most important livestock": a fact
    assert "copper was the most important factor in the growth of the towns" in claims


def test_en_claim_and_no_who_recall():
    a = article("en", "History of aluminium", [EN_LEAD], [
        "In 1702, German chemist Georg Ernst Stahl stated that the base of alum was akin to lime. "
        "In 1722, German chemist Friedrich Hoffmann suggested that the base of alum was a distinct earth. "
        "Hoffmann taught in Halle. Students of Hoffmann repeated his tests."])
    assert any(t.startswith("According to German chemist Georg Ernst Stahl, the base of alum was akin to lime.")
               for t in proposed(a, "evaluate-claim"))
    assert ("Compare the views of Georg Ernst Stahl and Friedrich Hoffmann on the base of alum. "
            "How are they similar, and how do they differ?") in proposed(a, "compare")
    assert not proposed(a, "recall")


def test_no_who_recall_even_of_a_person_the_chapter_is_about():
    """Round 14: "Who ...?" gives away the person by a detail of what they did ("Who wrote a
    memo to General Ismay?", "Who assisted with helping Lockheed ...?"): trivia, however often
    the chapter names them (named once it was already left out)."""
    often = article("en", "History of aluminium", [EN_LEAD], [
        "In 1722, German chemist Friedrich Hoffmann suggested that the base of alum was a distinct earth. "
        "Hoffmann taught in Halle. Students of Hoffmann repeated his tests."])
    assert not [t for t in proposed(often, "recall") if t.startswith("Who ")]


def test_en_pronoun_he_of_the_sentence_before_is_not_guessed(every_form):
    # Round 13: a question is lifted with its person only when its own sentence names them;
    # "He" of a sentence after Ørsted's might be someone else in other texts.
    a = article("en", "History of aluminium", [EN_LEAD], [
        "Danish physicist Hans Christian Ørsted published his work in a Danish magazine. "
        "He is often not credited as the discoverer because the magazine was unknown to the European public."])
    assert not any("credited" in t for t in texts(generate_questions(a), "cause"))
    named = article("en", "History of aluminium", [EN_LEAD], [
        "Danish physicist Hans Christian Ørsted is often not credited as the discoverer because the magazine "
        "was unknown to the European public."])
    assert any("Hans Christian Ørsted often not credited as the discoverer?" in t
               for t in texts(generate_questions(named), "cause"))


def test_epigraph_quotation_gives_no_question():
    a = article("en", "History of aluminium", [EN_LEAD], [
        "I think a day will come when we will find the metal, because we must.",
        "Aluminium was difficult to refine because its ores are complex."])
    assert all(q.ref.paragraph_id != "ch1-p1" for q in generate_questions(a) if q.ref)


def test_sequence_task_uses_the_timeline_when_given():
    a = article("en", "History of aluminium", [EN_LEAD], [
        "In 1807, British chemist Humphry Davy electrolyzed alumina. In 1825, Ørsted produced a lump of metal.",
        "In 1845, Friedrich Wöhler produced small pieces of the metal. In 1854, Deville announced a method."])
    events = [TimelineEvent("1807", "year", "1807", "Davy electrolyzes alumina", Reference("ch1-p1", "ch1")),
              TimelineEvent("1845", "year", "1845", "Wöhler produces pieces", Reference("ch1-p2", "ch1")),
              TimelineEvent("1854", "year", "1854", "Deville announces a method", Reference("ch1-p2", "ch1"))]
    questions = generate_questions(a, timeline=events)
    sequence = [q for q in questions if q.kind == "sequence"]
    assert sequence and sequence[0].answer_points[0] == "1807: Davy electrolyzes alumina."


def test_people_list_makes_a_single_name_a_person():
    a = article("en", "History of aluminium", [EN_LEAD], [
        "In 1888, Hall founded a company. In 1889, Hall began to use internal heating. Hall sold shares."])
    # (round 14: asked of a person's role or importance, no longer by "Who ...?")
    hall = [Person("Hall", "chemist")]
    without = proposed(a, "explain-role") + proposed(a, "significance")
    with_people = proposed(a, "explain-role", people=hall) + proposed(a, "significance", people=hall)
    assert not without and with_people


def test_people_added_later_give_the_context_built_with_them():
    # The extract driver builds the QuestionContext aside, without people, sends it
    # over pickled, and adds the who's-who's people then.
    import pickle

    from pack.extract.questions.context import QuestionContext

    a = article("en", "History of aluminium", [EN_LEAD], [
        "In 1888, Hall founded a company. In 1889, Hall began to use internal heating. Hall sold shares."])
    people = (Person("Hall", "chemist"),)
    direct = QuestionContext(a, people)
    later = pickle.loads(pickle.dumps(QuestionContext(a))).with_people(people)
    assert later.ql is direct.ql
    assert (later.subject, later.names.people, later.names.surnames) == \
        (direct.subject, direct.names.people, direct.names.surnames)
    assert texts(generate_questions(a, people=people, context=later)) == \
        texts(generate_questions(a, people=people))


def test_book_questions_and_stable_ids():
    a = article("id", "Budi Santoso", [ID_LEAD], ["Budi pindah ke Jakarta karena ia ingin belajar."])
    questions = generate_questions(a)
    book = [q for q in questions if q.chapter_id == ""]
    assert book and all(q.kind == "open" and q.id.startswith("q-book-") for q in book)
    chapter = [q.id for q in questions if q.chapter_id == "ch1"]
    assert chapter == [f"q-ch1-{n}" for n in range(1, len(chapter) + 1)]


# ------------------------------------------------------------ teaching material


def test_objectives_in_the_book_language():
    for lang, title, lead, opener in (("id", "Budi Santoso", ID_LEAD, "Siswa dapat "),
                                      ("en", "History of aluminium", EN_LEAD, "Students can ")):
        a = article(lang, title, [lead], [lead])
        found = learning_objectives(a, generate_questions(a))
        assert set(found) == {"ch0", "ch1"}
        for objectives in found.values():
            assert 2 <= len(objectives) <= 4 and all(o.startswith(opener) for o in objectives)


@pytest.mark.parametrize("lang,text,topic", [
    ("id", "Ia menjalin hubungan dengan gadis yang berusia tiga belas tahun dan masih di bawah umur.",
     "sexual-abuse-minor"),
    ("id", "Istrinya bunuh diri dengan menembak dirinya sendiri.", "suicide"),
    ("id", "Sebanyak 700.000 orang dihukum mati selama Teror Besar.", "violence"),
    ("en", "She killed herself in 1932.", "suicide"),
    ("en", "Thousands were tortured by the police.", "torture"),
])
def test_sensitive_passages_by_word_lists(lang, text, topic):
    a = article(lang, "X", ["Plain words here."], [text])
    found = sensitive_passages(a)
    assert [(p.ref.paragraph_id, p.topic) for p in found] == [("ch1-p1", topic)]
    assert found[0].excerpt == text


def test_sensitive_passages_ignore_calm_text():
    assert sensitive_passages(article("en", "X", [EN_LEAD], ["Aluminium foil was popular."])) == []


# ------------------------------------------------------------ samples


@pytest.fixture(scope="module", params=sorted(SAMPLES))
def sample(request):
    a = read_article(ROOT / "assets" / "samples" / f"{request.param}.txt")
    return request.param, a, generate_questions(a)


def test_every_chapter_has_four_questions_over_three_levels(sample):
    _, a, questions = sample
    for chapter in a.chapters:
        asked = [q for q in questions if q.chapter_id == chapter.id]
        assert len(asked) >= 4, chapter.id
        assert len({q.bloom for q in asked}) >= 3, chapter.id


def test_recall_is_at_most_a_third(sample):
    _, a, questions = sample
    assert Counter(q.bloom for q in questions)["remember"] * 3 <= len(questions)
    for chapter in a.chapters:
        asked = [q for q in questions if q.chapter_id == chapter.id]
        assert sum(q.bloom == "remember" for q in asked) * 3 <= len(asked), chapter.id
    assert any(q.chapter_id == "" and q.kind == "open" for q in questions)


def _other_wordings(table: dict) -> list[str]:
    """A task's other wordings (`summary_also = [...]`), set once its first is worn."""
    return [t for key, value in table.items() if key.endswith("_also") for t in value]


def _task_wordings(tasks: list[dict]) -> list[str]:
    """Each task's text and its other wordings (`also`)."""
    return [t for task in tasks for t in (task["text"], *_texts(task.get("also", [])))]


def _texts(also: list) -> list[str]:
    """Other wordings, a wording with its own minimum size (a table) by its text."""
    return [w if isinstance(w, str) else w["text"] for w in also]


def _slots(text: str, lang: str) -> list[str] | None:
    """The values filled into the template the question was made from (None: no template fits)."""
    ql = language(lang)
    templates = [t for t in ql.templates.values() if isinstance(t, str) and "{" in t]
    templates += _other_wordings(ql.templates)
    templates += [t for key in ("book", "tasks", "last_resort_tasks") for t in _task_wordings(ql.templates.get(key, []))]
    for forms in ql.questions.get("forms", {}).values():      # the forms of each kind of text
        templates += [t for t in forms.values() if isinstance(t, str) and t] + _other_wordings(forms)
        templates += [t for key in ("tasks", "book") for t in _task_wordings(forms[key] if key in forms else [])]
    # A {date} is a few words ending in a year; every other slot takes as little as it can.
    slot = {"{date}": r"((?:\S+ ){0,4}\S*\d\S*)"}
    for template in sorted(templates, key=len, reverse=True):
        pattern = "".join(slot.get(piece, "(.+?)") if piece.startswith("{") else re.escape(piece)
                          for piece in re.split(r"(\{\w+\})", template))
        match = re.fullmatch(pattern, text)
        if match:
            return list(match.groups())
    return None


def test_no_slot_leaks_and_no_dangling_pronouns(sample):
    name, _, questions = sample
    ql = language(SAMPLES[name])
    pronouns = ql.person_pronouns | ql.other_pronouns
    for q in questions:
        assert not re.search(r"[{}\[\]]|(?<![\w-])X(?![\w-])|\bch\d+-p\d+\b", q.text), q.text
        values = _slots(q.text, SAMPLES[name])
        assert values is not None, f"no template makes: {q.text}"
        for value in values:
            first = re.findall(r"[^\W\d_][\w-]*", value)[:1]
            assert not first or first[0].casefold() not in pronouns, q.text
            if q.kind not in ("evaluate-claim",):      # quoted claims may point inside their quote
                assert names_its_referents(value, ql), q.text


def test_every_question_is_answered_by_its_paragraph(sample):
    _, a, questions = sample
    paragraphs = a.paragraph_index()
    for q in questions:
        assert q.ref is not None and q.ref.paragraph_id in paragraphs, q.id
        text = paragraphs[q.ref.paragraph_id].text
        assert q.focus and q.focus in text, (q.id, q.focus)
        if q.kind in ("define", "explain-role", "significance", "evaluate-claim", "compare") \
                and len(q.focus.split()) <= 4:
            # The term, person or historian the question names is the one in the paragraph.
            assert q.focus in q.text, (q.id, q.focus)
        assert 2 <= len(q.answer_points) <= 4, q.id
        assert " ".join(q.answer_passage.split()[:3]) in text, q.id


def test_golden_questions(sample):
    name, _, questions = sample
    rows = [{"id": q.id, "bloom": q.bloom, "kind": q.kind,
             "ref": q.ref.paragraph_id if q.ref else "", "text": q.text,
             "focus": q.focus, "answer_points": q.answer_points} for q in questions]
    path = GOLDEN / f"questions-{name}.json"
    if REGEN:
        path.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert rows == json.loads(path.read_text(encoding="utf-8"))


def test_golden_teaching_material(sample):
    name, a, questions = sample
    found = {"objectives": learning_objectives(a, questions),
             "sensitive": [{"ref": p.ref.paragraph_id, "topic": p.topic, "excerpt": p.excerpt}
                           for p in sensitive_passages(a)]}
    path = GOLDEN / f"questions-teaching-{name}.json"
    if REGEN:
        path.write_text(json.dumps(found, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert found == json.loads(path.read_text(encoding="utf-8"))


def test_sample_sensitive_passages_include_the_known_ones():
    a = read_article(ROOT / "assets" / "samples" / "id-stalin.txt")
    found = {(p.ref.paragraph_id, p.topic) for p in sensitive_passages(a)}
    paragraphs = a.paragraph_index()
    minor = [pid for pid, topic in found if topic == "sexual-abuse-minor"]
    assert any("Pereprygia" in paragraphs[pid].text for pid in minor)
    suicide = [pid for pid, topic in found if topic == "suicide"]
    assert any("Nadya bunuh diri" in paragraphs[pid].text for pid in suicide)
    violence = [pid for pid, topic in found if topic == "violence"]
    assert any("Pembersihan Besar-Besaran" in paragraphs[pid].text for pid in violence)


def test_deterministic():
    a = read_article(ROOT / "assets" / "samples" / "en-history-of-aluminium.txt")
    assert generate_questions(a) == generate_questions(a)


def test_mentioned_is_a_whole_word_search():
    # `mentioned` scans with str.find; it must agree with the regular
    # expression that defines it, hyphens, underscores and overlaps included.
    import random

    from pack.extract.questions.names import mentioned

    rng = random.Random(3)
    pieces = ["Lenin", "grad", "-", "_", " ", "é", "1", "LeninLenin", "Ⅻ", ",", "Len"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        for form in ("Lenin", "Len", "Lenin Lenin", "", "é1"):
            expected = bool(form) and re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text) is not None
            assert mentioned(form, text) == expected, (form, text)


def test_a_name_glossed_once_is_no_question():
    """Round 4 (id-stalin, en-toronto): "Apa yang dimaksud dengan Iveria?" asks after a name
    glossed once in passing; a name the text comes back to is asked about."""
    once = article("id", "Budi Santoso", [ID_LEAD], [
        "Pada masa ini, kepolisian rahasia kekaisaran yang disebut Okhrana sudah mengetahui kegiatan Budi."])
    assert "Apa yang dimaksud dengan Okhrana?" not in texts(generate_questions(once), "define")


def test_a_word_only_glossed_or_only_said_of_someone_is_no_term():
    """Round 4 (en-cell-biology, en-galileo-galilei): "What is meant by the Latin cella?" and
    "How important was the lutenist in the life of Galileo?" ask after no subject of the text."""
    a = article("en", "History of aluminium", [EN_LEAD], [
        "The cell (from Latin cella, meaning small room) is a unit. "
        "Vincenzo Galilei, a lutenist, taught his son. He later became a lutenist and a teacher. "
        "The furnace heated the ore. Workers cleaned a furnace every week."])
    ctx = QuestionContext(a)
    assert bracketed(ctx, "cella") and not bracketed(ctx, "cell")
    assert describes(ctx, "lutenist") and not describes(ctx, "furnace")


@pytest.mark.parametrize("lang, title, lead, paragraph, kind, absent, present", [
    # Round 18 (shaped like the tuning organisation article): "Kapan Budi Utomo mencapai
    # anggota yang berjumlah 650 orang ...?" asks for a statistic, not an event; the
    # congress of the same paragraph, with its ordinal, is asked.
    pytest.param("id", "Budi Santoso", [ID_LEAD], (
        "Pada bulan Juli 1908, Sarekat Tani telah mencapai anggota yang berjumlah 650 orang. Pada "
        "tahun 1910, Sarekat Tani mengadakan Kongres Ke-2 di Yogyakarta."),
        "recall", "650", "Kapan Sarekat Tani mengadakan Kongres Ke-2 di Yogyakarta?",
        id="id-a-figure-on-a-date-is-no-recall"),
    # Round 4 (en-toronto): "What caused more than CA$25 million in damage?" asks for a fact.
    pytest.param("en", "History of aluminium", [EN_LEAD], (
        "Hurricane Hazel caused more than CA$25 million in damage. Cheap electricity caused a boom "
        "in aluminium smelting."),
        "cause", "million", "What caused a boom in aluminium smelting?",
        id="a-sum-after-a-quantifier-is-no-effect-to-explain"),
])
def test_a_question_kind_asks_the_event_not_the_fact(lang, title, lead, paragraph, kind, absent, present):
    asked = proposed(article(lang, title, lead, [paragraph]), kind)
    assert not any(absent in question for question in asked)
    assert present in asked


def test_a_person_subject_is_named_as_the_text_names_it():
    """Shaped like fresh-6's Lakota and Vietnamese biographies: the subject's
    short name is a part of the title the text uses alone ("Hưng": family
    name first), or the whole title where the text never shortens it
    ("Running Elk", never "Elk"); a part of it in another name is no person."""
    lakota = article("en", "Running Elk", [
        "Running Elk was a Lakota leader who was born in 1831. Running Elk fought the army in 1866. "
        "He met the agent. In 1881 Running Elk surrendered. When Elk Head came, Running Elk left the camp."])
    ctx = QuestionContext(lakota)
    assert ctx.subject.is_person and ctx.subject.short == "Running Elk"
    assert ctx.is_subject("Running Elk") and not ctx.names.is_person("Elk")
    vietnamese = article("en", "Trần Văn Hưng", [
        "Trần Văn Hưng was a Vietnamese politician who was born in 1922. In 1950 Hưng joined the army. "
        "He served the president. When Hưng came back, he was arrested. Hưng died in 1976."])
    ctx = QuestionContext(vietnamese)
    assert ctx.subject.short == "Hưng" and ctx.is_subject("Hưng")
