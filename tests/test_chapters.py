"""Chapter-making for articles without usable headings, and back matter
recognised by its content (pack/read/segment, pack/read/backmatter)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import EPOCH, SAMPLES, epub_files, epubcheck_messages
from coursekit import make_course
from pack import lang as langdata
from pack.cli import main
from pack.config.course import load_course
from pack.errors import ConfigError
from pack.read import read_article
from pack.read.backmatter import is_reference, is_reference_list, reference_tail
from pack.read.parse import parse
from pack.read.segment import chapter_starts
from pack.read.segment.boundaries import LEAD_MAX_PARAGRAPHS, MAX_WORDS, MIN_WORDS, SMALLEST_WORDS
from pack.read.segment.titles import titles
from pack.render.timeline_svg import band_label

REFERENCES = [
    "Ricklefs, M.C. (1991). A Modern History of Indonesia, 2nd edition. MacMillan. ISBN 0-333-57690-X.",
    "Vickers, Adrian (2005). A History of Modern Indonesia. Cambridge University Press. ISBN 0-521-54262-6.",
    "Taylor, Jean Gelman (2003). Indonesia: Peoples and Histories. New Haven: Yale University Press. p. 240.",
    "^ Kahin 1952, p. 445.",
]


def sample_paragraphs(name: str) -> tuple[list[str], list[int], str]:
    """A bundled sample's paragraphs and its real chapter starts (after the lead)."""
    article, _ = parse((SAMPLES / name).read_text(encoding="utf-8"), "id" if name.startswith("id") else "en")
    texts, starts = [], []
    for chapter in article.chapters:
        if texts:
            starts.append(len(texts))
        texts.extend(p.text for p in chapter.all_paragraphs())
    return texts, starts, article.lang


def headingless(tmp_path: Path, name: str, extra: list[str] = ()) -> Path:
    """The sample with its headings (and back matter) gone: one paragraph a line."""
    texts, _, _ = sample_paragraphs(name)
    path = tmp_path / name
    path.write_text("\n".join([*texts, *extra]) + "\n", encoding="utf-8")
    return path


# ---------------------------------------------------------------- boundaries


@pytest.mark.parametrize("name", ["id-stalin.txt", "en-history-of-aluminium.txt"])
def test_made_starts_find_most_real_chapter_starts(name):
    texts, real, lang = sample_paragraphs(name)
    made = chapter_starts(texts, lang)
    near = sum(any(abs(m - r) <= 1 for m in made) for r in real)
    assert near / len(real) >= 0.5, (made, real)
    # Not merely "cut everywhere": about one chapter per 1,000 words.
    assert len(made) <= sum(len(t.split()) for t in texts) / MIN_WORDS


def test_lead_stays_the_introduction_and_chapters_are_teachable():
    texts, real, lang = sample_paragraphs("id-stalin.txt")
    made = chapter_starts(texts, lang)
    assert made[0] <= LEAD_MAX_PARAGRAPHS and abs(made[0] - real[0]) <= 1
    bounds = [*made, len(texts)]
    sizes = [sum(len(t.split()) for t in texts[a:b]) for a, b in zip(bounds, bounds[1:])]
    assert all(SMALLEST_WORDS <= size <= MAX_WORDS * 1.2 for size in sizes), sizes


def test_the_lead_is_more_than_its_first_paragraph_and_ends_at_a_valley():
    import numpy as np
    from pack.read.segment.boundaries import lead_end
    sizes = [100] * 20
    # The first paragraph names the subject, so it resembles the whole text most;
    # the lead is still paragraphs 0-2, where the vocabulary turns (a valley at 3).
    breadth = np.array([0.08, 0.04, 0.04, 0.03, 0.03, 0.03, 0.02, 0.02, 0.02, 0.02])
    gaps = [0.0] * 20
    gaps[3] = 4.0
    assert lead_end(breadth, sizes, gaps, set()) == 3
    # One paragraph only where two would not fit the lead's words.
    assert lead_end(breadth, [800] + [100] * 19, gaps, set()) == 1
    # A life's story opens with the birth: the lead ends before it, valley or not.
    assert lead_end(breadth, sizes, gaps, {0, 5}) == 5


def test_a_birth_is_told_in_the_books_language_and_not_by_a_plural():
    from pack.read.segment.years import births
    texts = ["Galileo di Vincenzo Bonaiuti de' Galilei (born 1564) was an astronomer.",
             "About half of residents were born outside Canada.",
             "Galileo was born in Pisa, the first of six children."]
    assert births(texts, "en") == {2}
    assert births(["Stalin adalah pemimpin.", "Stalin lahir di Gori, Georgia."], "id") == {1}


def test_a_field_counts_where_two_neighbouring_paragraphs_are_about_it():
    from pack.read.segment.cohesion import field_runs
    economy = "The economy rests on trade, industry and finance; its banks and markets serve the region."
    schools = "Education is given in schools and universities, with students taught by teachers."
    mixed = "The economy and trade, the schools and students of the city."      # a tie: about neither
    assert field_runs([economy, economy, schools, schools, economy], "en") == 2
    assert field_runs([economy, schools, economy, schools], "en") == 0     # no block of either
    assert field_runs([mixed, mixed], "en") == 0
    assert field_runs(["Ekonomi kota bertumpu pada perdagangan, industri dan keuangan."] * 2, "id") == 1


def test_a_survey_of_many_fields_gets_a_chapter_and_a_half_per_field():
    from pack.read.segment.boundaries import PER_FIELD, chapter_count
    sizes = [100] * 80            # 8,000 words: 8 chapters by length alone
    assert chapter_count(sizes) == chapter_count(sizes, 4) == 8
    assert chapter_count(sizes, 10) == round(PER_FIELD * 10) == 15
    assert chapter_count([100] * 20, 10) == 2000 // MIN_WORDS      # never below the teachable size


def test_no_chapter_under_the_smallest_size_even_where_the_cut_would_gain():
    import numpy as np
    from pack.read.segment.boundaries import choose
    sizes = [100] * 30
    similar = np.full((30, 30), 0.01)
    for a, b in ((0, 10), (10, 13), (13, 30)):     # paragraphs 10-12 (300 words) a topic of their own
        similar[a:b, a:b] = 1.0
    gaps = [0.0] * 30
    gaps[10] = gaps[13] = 5.0
    starts = choose(similar, gaps, sizes, 3)
    bounds = [*starts, 30]
    assert all(100 * (b - a) >= SMALLEST_WORDS for a, b in zip(bounds, bounds[1:])), starts


def test_a_short_article_stays_one_chapter():
    texts = ["A short paragraph about volcanoes and their lava."] * 12
    assert chapter_starts(texts, "en") == []


def test_a_chosen_number_of_chapters():
    texts, _, lang = sample_paragraphs("en-history-of-aluminium.txt")
    assert len(chapter_starts(texts, lang, 3)) == 3
    assert len(chapter_starts(texts, lang, 9)) == 9


# ---------------------------------------------------------------- titles


def test_titles_name_a_narrative_period_and_the_chapter_not_the_subject():
    chapters = [
        ["In 1905 the Perhimpunan Indonesia met in Leiden. Hatta joined the Perhimpunan Indonesia.",
         "In 1907 Hatta spoke in Leiden.",
         "By 1910 the Perhimpunan Indonesia had grown; Hatta wrote for it in 1908."],
        ["In 1942 the Japanese army landed on Java. Hatta worked with the Japanese army.",
         "In 1943 Hatta travelled to Tokyo.",
         "The Japanese army left Java in 1945 after Hatta spoke."],
    ]
    made = titles(chapters, "en", narrative=True, subject="Mohammad Hatta")
    # the text layer joins a name to the noun it heads: "Japanese army", not the adjective alone
    assert made == ["1905–1910: Perhimpunan Indonesia", "1942–1945: Japanese army"]


def test_the_articles_own_country_names_no_chapter():
    chapters = [
        ["The fur trade grew in Canada in the north.", "Canada sent furs east. Traders from Canada went west."],
        ["The railway crossed Canada to the coast.", "Canada paid for the railway. The railway reached Vancouver."],
        ["Canada joined the war. Soldiers of Canada fought in France.",
         "Canada lost many soldiers. The army of Canada came home to Canada.",
         "Veterans returned to Canada. Canada built memorials to the army."],
    ]
    made = titles(chapters, "en", narrative=False, subject="History of Toronto")
    # "Canada", in every paragraph, was the title of the first and last chapters
    assert made[:2] == ["Furs", "Railway"]
    assert not [title for title in made if "Canada" in title]


def test_a_person_named_in_passing_gives_way_to_the_period_alone():
    chapters = [
        ["In 1905 the Perhimpunan Indonesia met in Leiden. Professor Karl Brandt greeted them; "
         "Karl Brandt spoke, and Karl Brandt left.",
         "In 1906 the students wrote letters home.", "In 1908 they printed a magazine.", "In 1910 the students returned."],
        ["In 1942 the Japanese army landed on Java. The Japanese army took the ports.",
         "In 1943 the Japanese army moved inland.", "The Japanese army left in 1945."],
    ]
    made = titles(chapters, "en", narrative=True, subject="Mohammad Hatta")
    # a visitor named in one paragraph of four was the chapter's topic: "1905–1910: Karl Brandt"
    assert made == ["1905–1910", "1942–1945: Japanese army"]


def test_a_historian_quoted_through_a_chapter_names_none_of_it():
    chapters = [
        ["According to Stephen Kotkin, the collective farms failed. The collective farms fed few.",
         "Stephen Kotkin argued that the collective farms were a disaster for the peasants.",
         "The historian Stephen Kotkin wrote that the peasants left the collective farms. Stephen Kotkin wrote more."],
        ["The army marched to the border. The border guards fled.", "The army held the border for a year."],
    ]
    # named in every paragraph, always as a source: the chapter was "Stephen Kotkin"
    assert titles(chapters, "en", narrative=False, subject="Joseph Stalin")[0] == "Collective farms"


def stalin_chapters() -> tuple[list[str], list[list[str]]]:
    """id-stalin's real chapters (headings removed) and their real headings."""
    article, _ = parse((SAMPLES / "id-stalin.txt").read_text(encoding="utf-8"), "id")
    return ([ch.title for ch in article.chapters[1:]],
            [[p.text for p in ch.all_paragraphs()] for ch in article.chapters[1:]])


def test_titles_take_one_clear_head_never_two_names_glued():
    headings, chapters = stalin_chapters()
    made = titles(chapters, "id", narrative=True, subject="Josef Stalin")
    # the first round made "Sankt Peterburg dan Bolshevik", "Eropa Timur dan Beria"
    assert not [title for title in made if " dan " in title]
    heads = [title.split(": ")[-1] for title in made]
    assert len(set(heads)) == len(heads)


def test_the_period_only_where_the_chapter_goes_forward_through_dated_events():
    headings, chapters = stalin_chapters()
    made = dict(zip(headings, titles(chapters, "id", narrative=True, subject="Josef Stalin")))
    assert re.match(r"1939–194\d", made["Perang Dunia II"])        # the war, told year by year
    assert not re.match(r"\d", made["Ideologi politik"])              # two dated paragraphs of six
    assert not re.match(r"\d", made["Peninggalan sejarah"])           # legacy: years from 1930 to 2017


def test_a_lone_surname_weighs_less_than_the_chapters_term():
    headings, chapters = stalin_chapters()
    made = dict(zip(headings, titles(chapters, "id", narrative=True, subject="Josef Stalin")))
    # "Bukharin" (of "Nikolai Bukharin") is used often in the chapter, but the
    # chapter is the struggle for power: "Oposisi Kiri"
    assert "Bukharin" not in made["Menuju tampuk kekuasaan"]


def test_an_adjective_of_a_people_names_no_chapter():
    article, _ = parse((SAMPLES / "en-history-of-aluminium.txt").read_text(encoding="utf-8"), "en")
    chapters = [[p.text for p in ch.all_paragraphs()] for ch in article.chapters[1:]]
    made = dict(zip([ch.title for ch in article.chapters[1:]], titles(chapters, "en", True, "aluminium")))
    # "British" is used most in this chapter, always before a noun ("British company");
    # the chapter is titled by a term through it ("Factory"; "Deville" before round 28)
    assert made["Early industrial production"] != "British"
    assert made["Early industrial production"] in ("Deville", "Factory")


def test_a_title_never_ends_in_a_cut_abbreviation():
    chapter = ["Pada tahun 1956 Universitas Gadjah Mada memberi gelar Doctor Honoris Causa kepada "
               "Prof. Soepomo. Prof. Soepomo menerima gelar itu dari Prof. Sardjito.",
               "Prof. Sardjito dan Dr. Soetomo menulis tentang gelar Doctor Honoris Causa itu."]
    other = ["Tentara berangkat ke Yogyakarta. Tentara kembali ke Yogyakarta."]
    made = titles([chapter, other], "id", narrative=False)
    assert made[0] == "Doctor Honoris Causa"
    assert not any(re.search(r"\b(?:Prof|Dr)$", title) for title in made)


def test_a_band_label_says_the_period_once():
    assert band_label("1907–1909: Soetomo", "1907–1910") == "1907–1909: Soetomo"
    assert band_label("Presidency (1861–1865)", "1861–1865") == "Presidency (1861–1865)"
    assert band_label("Persatuan Bangsa Indonesia", "1928–1935") == "Persatuan Bangsa Indonesia (1928–1935)"


def test_titles_spell_out_an_acronym_the_text_defines():
    chapters = [["The Partai Nasional Indonesia (PNI) was founded. The PNI grew. The PNI split."],
                ["Later the army moved. The army won. The army marched again."]]
    assert titles(chapters, "en", narrative=False)[0] == "Partai Nasional Indonesia"


def politics_chapters() -> list[list[str]]:
    """Two chapters of a politician's life, shaped like en-abraham-lincoln's."""
    return [
        ["In 1834 Lincoln won a seat in the Illinois legislature. The Whig Party backed him.",
         "He served four terms in the Illinois legislature and spoke for the Whig Party.",
         "The Whig Party chose him again; the Illinois legislature met in Vandalia."],
        ["In 1846 he was elected to Congress. The Mexican War divided the Whig Party.",
         "He opposed the Mexican War in Congress and lost support at home.",
         "After one term in Congress he went back to Springfield."],
    ]


def test_a_chapter_about_a_field_is_named_by_it_not_by_one_of_its_words():
    health = ["Lincoln is believed to have had depression, smallpox, and malaria.",
              "He took blue mass pills to treat constipation. Constipation troubled him for years.",
              "Doctors later suggested he suffered from a genetic syndrome. The syndrome is rare.",
              "Constipation and fever kept him in bed; the illness passed."]
    made = titles([*politics_chapters(), health], "en", narrative=False, subject="Abraham Lincoln")
    # the chapter's most distinctive term was its title: "Constipation" (en-abraham-lincoln's "Health")
    assert made[2] == "Health"


def test_a_field_heads_a_chapter_in_the_books_language():
    kesehatan = ["Ia menderita penyakit kulit sejak kecil. Penyakit itu tidak sembuh.",
                 "Dokter pribadinya memberinya obat untuk demam. Demam kambuh setiap musim dingin.",
                 "Pada usia tua ia sakit jantung; dokter melarangnya bekerja."]
    politik = [["Partai itu memilihnya sebagai ketua. Partai itu tumbuh di Tiflis.",
                "Ketua partai itu menulis artikel di Tiflis.", "Artikel itu dibaca anggota partai di Baku."],
               ["Tentara Merah merebut Tsaritsyn. Tentara Merah bertahan di Tsaritsyn.",
                "Tsaritsyn kemudian dinamai Stalingrad.", "Kota itu dibangun kembali oleh Tentara Merah."]]
    assert titles([*politik, kesehatan], "id", narrative=False, subject="Josef Stalin")[2] == "Kesehatan"


def test_the_articles_own_field_heads_no_chapter():
    chapters = [
        ["The climate warms as greenhouse gases trap heat.", "The Arctic warms fastest of all regions.",
         "Ice sheets melt as the climate warms."],
        ["Sea level rise floods coasts as the climate warms.", "Coral reefs bleach in warmer seas.",
         "Crops fail where the climate dries."],
        ["The term global warming was coined in 1975. The term climate change is older: the weather, the "
         "temperatures, the rainfall, the snow and the climate were studied by scientists.",
         "Newspapers used the term in 1952: the climate, its temperatures, storms, droughts and seasons."],
    ]
    # climate words stand in every paragraph, most densely in the short etymology chapter: it was "Climate"
    assert "Climate" not in titles(chapters, "en", narrative=False, subject="Global warming")


def test_a_field_word_inside_a_longer_name_says_nothing_of_the_field():
    chapters = [
        ["The Sarekat Islam drew members away from the association. Sarekat Islam grew fast.",
         "Members left for the Sarekat Islam; the Bible Society took others. Sarekat Islam spoke of trade.",
         "The Church Street office of the Sarekat Islam closed. Catholic Church schools took its pupils."],
        ["The association held its congress in Yogyakarta. The congress chose a board.",
         "The congress asked for schools. The board wrote to the governor.",
         "The board met the governor in Batavia.", "The governor gave the board a hall.",
         "The hall in Batavia held the next congress."],
    ]
    # "Islam", "Bible", "Church" are words of religion, but here of bodies' names: the chapter was "Religion"
    assert titles(chapters, "en", narrative=False, subject="Budi Utomo")[0] == "Sarekat Islam"


def test_a_field_names_a_chapter_only_where_the_chapter_names_the_field():
    earth = ["Nearly all educated Westerners knew the Earth was spherical; scholars had measured it.",
             "From a university treatise Columbus learned an estimate of the degree; students copied it.",
             "Most scholars accepted a smaller Earth, and teachers taught the shorter degree."]
    made = titles([*politics_chapters(), earth], "en", narrative=False, subject="Christopher Columbus")
    # "educated", "scholars", "students", "teachers", but never "education": the chapter was "Education"
    assert made[2] != "Education"


def test_a_chapter_that_tells_a_period_keeps_its_period_and_term():
    war = ["In 1861 the war began. The Union army lost at Bull Run; soldiers fled.",
           "In 1862 the Union army fought at Antietam. The army of the Union held; troops marched.",
           "In 1863 the Union army won at Gettysburg. The battle ended the invasion."]
    made = titles([*politics_chapters(), war], "en", narrative=True, subject="Abraham Lincoln")
    assert made[2] == "1861–1863: Union army"


# ---------------------------------------------------------------- back matter


def read_written(tmp_path: Path, text: str):
    """An English article read from a file holding `text`."""
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return read_article(path, lang="en")


def test_reference_entries_are_told_from_text():
    assert all(is_reference(entry, "en") for entry in REFERENCES)
    texts, _, lang = sample_paragraphs("en-history-of-aluminium.txt")
    assert not any(is_reference(text, lang) for text in texts)
    assert is_reference_list(REFERENCES, "en") and not is_reference_list(texts[:6], lang)


def test_a_closing_list_of_references_is_found():
    texts, _, lang = sample_paragraphs("en-history-of-aluminium.txt")
    assert reference_tail(texts + REFERENCES, lang) == len(texts)
    assert reference_tail(texts, lang) == len(texts)


def test_a_reference_list_under_another_heading_is_dropped(tmp_path):
    text = ("Alpha is a metal with many uses in industry and in the home.\n\n== Making it ==\n"
            "Alpha was first made in a laboratory and later in factories.\n\n== Reading ==\n"
            + "\n".join(REFERENCES) + "\n")
    article = read_written(tmp_path, text)
    assert [c.title for c in article.chapters] == ["Introduction", "Making it"]
    assert "Reading" in article.dropped_references and "Reading" not in article.dropped_sections


READING_LIST = [
    "Wings of Fire: An Autobiography by A P J Abdul Kalam, Arun Tiwari; Universities Press, 1999.",
    "Ignited Minds: Unleashing the Power Within India by A P J Abdul Kalam; Viking, 2002.",
    "Biographies",
    "A Little Dream (documentary film) by P. Dhanapal; Minveli Media Works Private Limited, 2008.",
    "The Kalam Effect: My Years with the President by P M Nair; Harper Collins, 2008.",
]
DAFTAR_BACAAN = [
    "Sang Pemula oleh Pramoedya Ananta Toer; Hasta Mitra, 1985.",
    "Bung Karno: Penyambung Lidah Rakyat oleh Cindy Adams; Gunung Agung, 1966.",
    "Hatta: Jejak yang Melampaui Zaman oleh Tim Tempo; Kepustakaan Populer Gramedia, 2010.",
]


def test_a_reading_list_of_titles_credited_to_authors_is_references():
    # No ISBN, no author first, no year in brackets: "Title by Author; Publisher, year".
    assert is_reference_list(READING_LIST, "en") and is_reference_list(DAFTAR_BACAAN, "id")
    assert not is_reference("Biographies", "en")
    # A sentence crediting a discovery, with a semicolon after the name, stays text.
    assert not is_reference("The correct formula, Al2O3, was established by German chemist Eilhard "
                            "Mitscherlich in 1821; this helped Berzelius determine its weight.", "en")
    # A credit without a semicolon or a bracketed year is no sign; nor is one in a long paragraph.
    assert not is_reference("The bridge was designed by John Smith, and opened in London, 1931.", "en")
    long = " ".join(["The book was loved."] * 10) + " Wings of Fire by Arun Tiwari; Universities Press, 1999."
    assert not is_reference(long, "en")


def test_a_reading_list_under_another_heading_is_dropped_and_named(tmp_path):
    text = ("Kalam was a scientist who led the missile programme of India.\n\n== Presidency ==\n"
            "Kalam was elected President of India in 2002 and served until 2007.\n\n"
            "== Books and documentaries ==\nKalam's writings\n" + "\n".join(READING_LIST) + "\n")
    article = read_written(tmp_path, text)
    assert [c.title for c in article.chapters] == ["Introduction", "Presidency"]
    assert article.dropped_references == ["Books and documentaries"]


def test_a_list_of_sister_cities_with_their_years_is_no_reference_list(tmp_path):
    cities = ["Boston, Massachusetts, United States (1959)", "Cologne, Germany (1963)",
              "Xi'an, Shaanxi, China (1974) (Friendship City)", "Brussels, Belgium (since October 2016)"]
    assert not any(is_reference(city, "en") for city in cities)
    # The same shape with a title after the year is a reference.
    assert is_reference("Cologne, Germany (1963). A History of the Rhineland. London: Penguin.", "en")
    text = ("Alpha is an old city on a river with many temples.\n\n== International relations ==\n"
            "Alpha has long-established ties with other great cities around the world.\n\n"
            "=== Sister cities ===\n" + "\n".join(cities) + "\n")
    article = read_written(tmp_path, text)
    assert [c.title for c in article.chapters] == ["Introduction", "International relations"]
    assert article.dropped_references == []


# ---------------------------------------------------------------- the article


def test_a_headingless_article_gets_titled_chapters_with_stable_ids(tmp_path):
    words = langdata.load("en", "chapters")
    article = read_article(headingless(tmp_path, "en-history-of-aluminium.txt", REFERENCES), lang="en")
    assert len(article.chapters) >= 4
    assert article.chapters[0].title == "Introduction"
    for number, chapter in enumerate(article.chapters):
        assert chapter.id == f"ch{number}"
        assert [p.id for p in chapter.paragraphs] == [f"ch{number}-p{i}" for i in range(1, len(chapter.paragraphs) + 1)]
    made_titles = [c.title for c in article.chapters[1:]]
    assert len(set(made_titles)) == len(made_titles)
    assert not any(re.fullmatch(r"(Part|Chapter|Bagian|Bab) \d+", t) for t in made_titles)
    assert words["made_note"] in article.repairs
    assert words["references_name"] in article.dropped_references
    assert not any(is_reference(p.text, "en") for _, p in article.paragraphs())


def pasted(tmp_path: Path, name: str) -> tuple[Path, list[str]]:
    """The sample as a web page pasted as text: its headings plain lines
    ending in the page's edit link, everything else one paragraph a line."""
    article, _ = parse((SAMPLES / name).read_text(encoding="utf-8"), "en")
    lines, headings = [], []
    for number, chapter in enumerate(article.chapters):
        if number:
            lines.append(f"{chapter.title}[edit]")
            headings.append(chapter.title)
        lines.extend(p.text for p in chapter.all_paragraphs())
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, headings


def test_pasted_headings_open_the_chapters_and_name_them(tmp_path):
    path, headings = pasted(tmp_path, "en-history-of-aluminium.txt")
    article = read_article(path, lang="en")
    made = [c.title for c in article.chapters[1:]]
    assert len(made) >= 3 and set(made) <= set(headings) | {
        f"{a} and {b}" for a in headings for b in headings}, made
    text = " ".join(p.text for _, p in article.paragraphs())
    assert "[edit]" not in text
    # The lead ends at the first heading, as the authors wrote it.
    lead = path.read_text(encoding="utf-8").splitlines().index(f"{headings[0]}[edit]")
    assert len(article.chapters[0].paragraphs) == lead
    assert langdata.load("en", "chapters")["pasted_note"] in article.repairs


def test_a_heading_mark_inside_text_is_no_heading():
    from pack.read.segment.headlines import pasted_headings
    texts = ["A lead paragraph about aluminium.", "History[edit]", "Company rule[edit]",
             "The company ruled.", "A long line of text that happens to end in the mark, " * 3 + "[edit]"]
    kept, before = pasted_headings(texts, "en")
    assert kept == [texts[0], texts[3], texts[4]]
    assert before == {1: ["History", "Company rule"]}


def test_headings_mode_keeps_one_chapter_and_headed_articles_keep_theirs(tmp_path):
    path = headingless(tmp_path, "en-history-of-aluminium.txt")
    assert len(read_article(path, lang="en", chapters="headings").chapters) == 1
    sample = read_article(SAMPLES / "id-stalin.txt")
    as_parsed, _ = parse((SAMPLES / "id-stalin.txt").read_text(encoding="utf-8"), "id")
    assert [c.title for c in sample.chapters] == [c.title for c in as_parsed.chapters]
    resplit = read_article(SAMPLES / "id-stalin.txt", chapters="5")
    assert len(resplit.chapters) == 6
    assert langdata.load("id", "chapters")["resplit_note"].format(mode="5") in resplit.repairs


# ---------------------------------------------------------------- settings


def test_chapters_option_is_checked(tmp_path):
    result = CliRunner().invoke(main, ["build", "--chapters", "lots", str(SAMPLES / "id-stalin.txt")])
    assert result.exit_code == 2
    assert "'lots' is not auto, headings or a number of chapters from 1 to 99" in result.output


def test_course_key_sets_chapters_and_is_checked(tmp_path):
    course = make_course(tmp_path / "c", '[sources]\nfiles = ["a.txt"]\n[chapters]\nmake = "4"\n')
    assert load_course(course).settings.chapters == "4"
    bad = make_course(tmp_path / "d", '[sources]\nfiles = ["a.txt"]\n[chapters]\nmake = "lots"\n')
    with pytest.raises(ConfigError) as caught:
        load_course(bad)
    assert "chapters.make: 'lots' is not a chapter choice (auto, headings or a number)" in caught.value.message


# ---------------------------------------------------------------- downstream


@pytest.fixture(scope="module")
def made_book(tmp_path_factory):
    """The aluminium sample without headings, built as an EPUB, teacher's edition."""
    folder = tmp_path_factory.mktemp("made")
    source = headingless(folder, "en-history-of-aluminium.txt", REFERENCES)
    result = CliRunner().invoke(main, ["build", str(source), "--format", "epub", "--edition", "teacher",
                                       "--out", str(folder / "out")],
                                env={"SOURCE_DATE_EPOCH": EPOCH}, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return next((folder / "out").rglob("*-teacher.epub"))


def test_made_chapters_carry_the_book(made_book):
    files = epub_files(made_book)
    chapters = sorted(n for n in files if re.search(r"ch\d+\.xhtml$", n))
    assert len(chapters) >= 4
    text = b"".join(files.values()).decode("utf-8", "replace")
    assert "made by teachpack from the text" in text
    # The closing list of references is said to be one, not a section without text.
    labels, words = langdata.labels("en"), langdata.load("en", "chapters")
    assert f'{labels["references_note"]} {words["references_name"]}.' in text
    assert labels["dropped_note"] not in text
    # Questions and timeline events point into the made chapters.
    for number in range(1, len(chapters)):
        assert f'ch{number}-p' in text
    assert epubcheck_messages(made_book) == []


def early_life() -> list[str]:
    """A biography's first chapter, shaped like en-alan-turing's: birth, parents abroad, schools."""
    return ["Hollis was born in 1912 in London. His father worked in India; his mother returned for the birth.",
            "In 1913 his parents went back to India, and the boy was raised by a retired couple in Kent.",
            "In 1918 he was sent to a day school; in 1922 he became a pupil of a preparatory school.",
            "In 1926 he was educated at a boarding school in Dorset, where his childhood friend died in 1930."]


def test_a_narratives_first_chapter_is_its_early_life_with_its_years():
    war = ["In 1939 Hollis joined the code breakers. The code breakers read naval signals.",
           "In 1941 the code breakers built a machine. The machine read naval signals daily.",
           "In 1944 the machine was copied; the code breakers read every naval signal."]
    made = titles([early_life(), *politics_chapters(), war], "en", narrative=True, subject="John Hollis")
    # a stage of a life is a period itself: the chapter was named by its father's post or a school
    assert made[0] == "1912–1930: Early life"


def test_a_life_stage_heads_a_chapter_in_the_books_language():
    masa_kecil = ["Pada tahun 1878 ia lahir di Gori. Ayahnya tukang sepatu; ibunya bekerja sebagai pembantu.",
                  "Pada tahun 1884 ia sakit cacar, dan ibunya membesarkannya sendiri.",
                  "Pada tahun 1888 ia masuk sekolah gereja di Gori; ia murid yang rajin.",
                  "Pada tahun 1894 ia bersekolah di seminari Tiflis, dan masa mudanya berakhir pada tahun 1899."]
    politik = [["Pada tahun 1901 partai itu memilihnya sebagai ketua. Partai itu tumbuh di Tiflis.",
                "Pada tahun 1903 ketua partai itu menulis artikel di Tiflis.",
                "Pada tahun 1905 artikel itu dibaca anggota partai di Baku.",
                "Pada tahun 1907 partai itu merampok bank di Tiflis."],
               ["Pada tahun 1918 Tentara Merah merebut Tsaritsyn. Tentara Merah bertahan di Tsaritsyn.",
                "Pada tahun 1925 Tsaritsyn dinamai Stalingrad.",
                "Pada tahun 1943 kota itu dibangun kembali oleh Tentara Merah.",
                "Pada tahun 1945 Tentara Merah merebut Berlin."]]
    # the chapter was "1878–1899: Gori", the town of his birth
    assert titles([masa_kecil, *politik], "id", narrative=True, subject="Josef Stalin")[0] == "1878–1899: Kehidupan awal"


def test_a_wars_first_chapter_telling_a_leaders_birth_is_no_early_life():
    # the subject is a war: the birth told is a leader's, and no sentence says "he" of the subject
    leader = ["Hollis was born in 1912 in London. The navy of the kingdom grew in 1913 and in 1915.",
              "In 1918 the navy of the kingdom built ports; in 1922 the ports were armed.",
              "In 1926 the navy of the kingdom sent ships to the ports in the south."]
    made = titles([leader, *politics_chapters()], "en", narrative=True, subject="Naval War")
    assert "Early life" not in made[0]


def test_a_first_chapter_that_tells_the_whole_life_is_no_early_life():
    # more than a third of the article's paragraphs: the life to its end, not its start
    later = ["In 1935 he was elected to the council of Kent, where he served the county council.",
             "In 1940 the council of Kent sent him to London; in 1946 he left the council.",
             "In 1950 he died in Kent, and the council of Kent buried him at its own cost."]
    made = titles([early_life() + later, politics_chapters()[0]], "en", narrative=True, subject="John Hollis")
    assert "Early life" not in made[0]


def test_a_biographys_first_chapter_is_its_early_life_without_a_narrative():
    # the birth rule asks for a person, not for a story told in order
    made = titles([early_life(), *politics_chapters(), politics_chapters()[0]], "en", narrative=False,
                  subject="John Hollis")
    assert made[0] == "Early life"


def test_a_chapter_of_names_told_once_is_named_by_the_noun_through_it():
    # shaped like en-kyoto's "Sports": every club and league is named once, football runs through it
    sports = ["The Sanga club plays football in the Kyoto Stadium.",
              "Local schools field football teams; the Koshien tournament draws crowds.",
              "The Hanshin league held its final in Osaka in 1936."]
    other = [["The council met in the town hall. The council chose a mayor.", "The mayor opened the town hall."],
             ["The temple was built by the monks. The monks kept the temple.", "The temple burned and the monks rebuilt it."]]
    # the title was "Sanga", "Koshien" or "Hanshin": names met once
    assert titles([sports, *other], "en", narrative=False)[0] == "Football"


def test_a_chapter_named_by_its_opening_words_stops_before_the_verb():
    sisters = ["Its partner towns are: a port in the south, a mountain village and a river harbour."]
    other = ["The council met in the town hall. The council chose a mayor.", "The mayor opened the town hall."]
    # nothing in it is named twice, and no name: the title was its opening words, "Its partner towns are:"
    # (en-atlanta's "Sister cities": "Atlanta's sister cities are:")
    # and without the function word it opens with ("Its partner towns" reads as no heading)
    assert titles([sisters, other], "en", narrative=False)[0] == "Partner towns"


def test_a_chapter_named_by_its_opening_words_stops_at_a_verb():
    # en-photosynthesis "Order and kinetics" was "The overall process of photosynthesis takes"
    kinetics = ["The overall process of photosynthesis takes place in four stages, each fast or slow."]
    other = ["The council met in the town hall. The council chose a mayor.", "The mayor opened the town hall."]
    assert titles([kinetics, other], "en", narrative=False, subject="Photosynthesis")[0] == \
        "Overall process of photosynthesis"


def test_an_acronym_spelled_out_in_brackets_after_it_is_named_by_its_long_form():
    # id-revolusi-nasional: "1945–1946: KLB", a title no reader could decode
    train = ["Perpindahan dilakukan dengan kereta api khusus, sehingga disebut KLB (Kereta Luar Biasa).",
             "KLB berangkat dari Stasiun Manggarai. KLB tiba di Yogyakarta pada malam hari.",
             "Di Yogyakarta, KLB disambut penduduk."]
    other = ["Sultan Hamengkubuwono menyambut pemerintah di keraton. Sultan Hamengkubuwono memberi dana.",
             "Sultan Hamengkubuwono membuka keraton untuk rapat."]
    assert titles([train, other], "id", narrative=False)[0] == "Kereta Luar Biasa"


def test_an_acronym_the_lead_spells_out_is_named_by_its_long_form():
    # id-budi-utomo: the lead says what STOVIA stands for, its chapters only use it
    lead = ["Budi Utomo didirikan oleh para pelajar School tot Opleiding van Inlandsche Artsen (STOVIA) pada 1908."]
    school = ["Para pelajar STOVIA bertemu di asrama. STOVIA menjadi pusat gagasan.",
              "Di STOVIA mereka membentuk pengurus."]
    other = ["Sarekat Islam tumbuh cepat di Solo. Sarekat Islam menarik para pedagang.",
             "Sarekat Islam mengadakan kongres."]
    assert titles([school, other], "id", narrative=False, subject="Budi Utomo")[0] == "STOVIA"
    # spelled out, it is a name of six words: printed as the article shortens it (issue 15)
    assert titles([school, other], "id", narrative=False, subject="Budi Utomo", lead=lead)[0] == "STOVIA"
    # (a shorter long form is printed in full: "Kereta Luar Biasa", the test above)


def test_a_long_name_heads_its_chapter_by_the_acronym_the_text_gives_it():
    # extra/id-soekarno: "1938–1945: Badan Penyelidik Usaha-Usaha Persiapan Kemerdekaan Indonesia",
    # too long for a running head; the article itself says "BPUPKI"
    body = ["Jepang membentuk Badan Penyelidik Usaha Persiapan Kemerdekaan Indonesia (BPUPKI) pada Maret 1945.",
            "Dalam sidang BPUPKI, Soekarno berpidato tentang dasar negara.", "BPUPKI kemudian dibubarkan."]
    other = ["Sarekat Islam tumbuh cepat di Solo. Sarekat Islam menarik para pedagang.",
             "Sarekat Islam mengadakan kongres."]
    assert titles([body, other], "id", narrative=False, subject="Soekarno")[0] == "BPUPKI"
    climate = ["The Intergovernmental Panel on Climate Change (IPCC) reviews the science.",
               "The IPCC publishes an assessment every few years.", "Governments approve the IPCC summary."]
    trees = ["Forests store carbon in trees. Forests cover a third of the land.", "Forests burn in droughts."]
    assert titles([climate, trees], "en", narrative=False, subject="Greenhouse gas")[0] == "IPCC"


def test_the_text_layer_finds_a_long_form_in_brackets_on_either_side_of_an_acronym():
    from pack.text.phrases import long_form_beside
    assert long_form_beside("sehingga disebut KLB (Kereta Luar Biasa).", "KLB", 80) == ("Kereta Luar Biasa", True)
    assert long_form_beside("para pelajar School tot Opleiding van Inlandsche Artsen (STOVIA) pada 1908.",
                            "STOVIA", 80) == ("School tot Opleiding van Inlandsche Artsen", False)
    assert long_form_beside("KLB (1946) berangkat.", "KLB", 80) == ("", False)      # a year spells nothing
    assert long_form_beside("served in the Royal Navy (RAF) until 1945", "RAF", 80) == ("", False)  # does not spell it


def test_an_acronym_never_spelled_out_heads_a_chapter_only_when_nothing_else_fits():
    # fresh6/en-adidas "Marketing" was "TBWA", an agency the text never spells out
    marketing = ["The TBWA campaign stressed brand loyalty. TBWA ran adverts in many countries.",
                 "Young buyers liked the adverts. TBWA also made the slogan.",
                 "Surveys measured brand loyalty every year."]
    other = ["The factory in Herzogenaurach made shoes. The factory grew.", "The factory hired workers."]
    assert titles([marketing, other], "en", narrative=False)[0] == "Brand loyalty"


def test_a_source_cited_names_no_chapter():
    # fresh2/en-seattle "Religion" was "Pew Research Center"; global warming's discourse, "Gallup"
    religion = ["According to a 2014 study by the Pew Research Center, most residents are Christians.",
                "According to the same study by the Pew Research Center, a third have no religion.",
                "Many churches stand downtown. Many churches hold services."]
    other = ["The Space Needle was built for a fair. The Space Needle is tall.", "The Space Needle draws visitors."]
    assert titles([religion, other], "en", narrative=False)[0] != "Pew Research Center"


def test_an_adjective_names_no_chapter():
    # fresh3/en-electricity "Cultural perception" was "Wizard-like"
    perception = ["Electricity seemed wizard-like to early audiences.", "Writers found its power wizard-like.",
                  "Stage shows promised revitalization. The revitalization of bodies amazed them."]
    other = ["A circuit carries current. The circuit has a switch.", "The circuit can break."]
    assert titles([perception, other], "en", narrative=False)[0] == "Revitalization"


def test_a_chapter_on_films_and_novels_is_named_by_that_field():
    # fresh4/en-francisco-pizarro "In popular culture" was "Tragedy"
    films = ["He was portrayed in a film of 1969. The film was a tragedy.",
             "A novel depicted his death. The novel was made into a television series.",
             "An opera and a documentary followed; an actor played him in the documentary."]
    other = ["The conquest of Peru began in 1532. Soldiers marched to Cajamarca.", "Soldiers took the city.",
             "The Inca ruler was held for ransom.", "Gold was melted down.", "Lima was founded in 1535."]
    assert titles([films, other], "en", narrative=False)[0] == "In popular culture"


def test_the_subject_in_the_plural_names_no_chapter():
    # fresh8/en-electric-battery "Types" was "Batteries"
    types = ["Batteries come in many kinds. Batteries of this kind are common.",
             "Primary batteries cannot be recharged, but secondary cells can. Many secondary cells cost more.",
             "Batteries differ in size."]
    other = ["A short circuit heats a cell. A short circuit may start a fire.", "Avoid a short circuit."]
    assert titles([types, other], "en", narrative=False, subject="Electric battery")[0] == "Secondary cells"


def test_a_narrative_chapter_whose_years_make_no_period_may_take_a_field():
    # fresh2/en-marie-curie "In popular culture": films of a century told in order made it a
    # period chapter without a period, and "Radioactive" (a film's title) headed it
    films = ["In 1926 a film portrayed him. The film was silent.",
             "In 1956 a novel depicted his death. The novel was made into a television series.",
             "In 1990 an opera and a documentary followed; an actor played him in the documentary.",
             "In 2019 a new film starring a famous actor appeared."]
    war = ["In 1530 soldiers marched to Cajamarca. Soldiers took the city in 1532.",
           "In 1533 the Inca ruler was held for ransom.", "In 1534 gold was melted down.",
           "Lima was founded in 1535.", "In 1536 the Inca rose against the Spanish.",
           "In 1537 the siege of Cusco ended.", "In 1538 rivals fought at Las Salinas."]
    assert titles([war, films], "en", narrative=True) == ["1532–1538: Inca", "In popular culture"]


def test_a_chapter_whose_every_candidate_is_part_of_an_earlier_title_is_named_by_its_opening_words():
    # id-revolusi-nasional: "Republik" after "Republik Indonesia", a word that is no topic;
    # the opening words stop before the relative clause ("yang terjadi ...")
    a = ["Republik Indonesia berdiri pada bulan Agustus. Republik Indonesia mempunyai presiden.",
         "Pemerintah Republik Indonesia bekerja keras. Republik Indonesia diakui banyak negara."]
    b = ["Revolusi sosial yang terjadi setelah proklamasi mengguncang desa-desa. Republik tidak mampu menahannya.",
         "Para bangsawan lari dari Republik."]
    assert titles([a, b], "id", narrative=False, subject="Revolusi Nasional") == ["Republik Indonesia", "Revolusi sosial"]


def test_a_term_through_the_chapter_beats_a_name_told_in_one_paragraph():
    # "Christie" (a sale told once, in one paragraph) is distinctive, but the
    # chapter is about the "altarpiece" named all through it.
    chapter = ["The altarpiece was painted for a chapel in Florence and stood there for decades.",
               "Collectors admired the altarpiece and copies of the altarpiece were made.",
               "In 1890 the altarpiece was sold at Christie in London; Christie took a fee, and Christie "
               "printed a catalogue.",
               "Today the altarpiece hangs in a museum, where the altarpiece is restored."]
    other = ["The painter trained in a workshop in Florence under a master.",
             "The workshop made frescoes and panels for churches in the city."]
    made = titles([other, chapter], "en", narrative=False, subject="Botticelli")
    assert made[1] == "Altarpiece"


def test_no_two_chapters_share_a_title_that_differs_only_by_its_capital():
    chapters = [["The plague reached the port in spring and the plague spread along the roads.",
                 "Doctors wrote of the plague in their letters, and the plague closed the markets."],
                ["The plague returned the next year; the plague killed the monks of the abbey.",
                 "Later the plague reached the north, and the plague emptied villages."]]
    made = titles(chapters, "en", narrative=False, subject="Epidemic")
    assert len({title.casefold() for title in made}) == len(made)


def test_a_chapter_whose_every_term_is_met_in_passing_is_named_by_its_field():
    # fresh2/en-seattle "Religion" was "Roman Catholic": each church is named once,
    # the chapter's words speak of religion all through it
    religion = ["The Roman Catholic archdiocese has its seat downtown, beside the Lutheran synod.",
                "St. James Cathedral was finished in 1907 on First Hill.",
                "A Buddhist temple opened in 1901; its priests held prayers for the Japanese community.",
                "Surveys find a third of residents hold no religious belief.",
                "Mount Zion Baptist, founded in 1890, is the oldest congregation of Black Seattle."]
    port = [["The port handles container ships. The port of Elliott Bay grew after 1900.",
             "Ships from Asia dock at the port. The port employs thousands.",
             "Elliott Bay was dredged for the port."],
            ["The Space Needle was built for the World's Fair. The Space Needle draws tourists.",
             "Visitors ride to the top of the Space Needle.", "The World's Fair left other buildings."]]
    made = titles([*port, religion], "en", narrative=False, subject="Seattle")
    assert made[2] == "Religion"
    # a chapter whose term runs through it keeps the term
    assert made[1] == "Space Needle"


def test_a_chapter_of_terms_met_in_passing_is_headed_by_the_noun_running_through_it():
    revolts = [
        "Di Cot Plieng terjadi perlawanan rakyat. Teungku Abdul Djalil memimpin warga desa.",
        "Di Singaparna, perlawanan dipimpin KH. Zainal Mustafa. Para santri menolak seikerei.",
        "Di Indramayu, petani memulai perlawanan karena beras dirampas. Haji Madriyas ditangkap.",
        "Di Blitar, perlawanan tentara PETA meletus di bawah Supriyadi. Pasukan itu menyerang markas.",
        "Supriyadi menghilang sesudah serangan itu. Kawan-kawannya diadili di Jakarta.",
        "Di Kalimantan, Pang Suma memimpin orang Dayak dalam perlawanan. Hutan menjadi tempat persembunyian.",
        "Di Biak, gerakan Koreri menentang pendudukan. Pendudukan memadamkan perlawanan itu dengan keras.",
        "Petani Lohbener mengangkat golok melawan polisi. Lalu perlawanan mereka berlangsung tiga hari.",
        "Banyak pemimpin desa ditangkap dan dibuang. Keluarga mereka kehilangan sawah.",
    ]
    hokokai = [
        "Jepang membentuk Jawa Hokokai untuk mengerahkan rakyat. Jawa Hokokai dipimpin para pejabat.",
        "Jawa Hokokai mengatur kerja paksa di desa-desa. Panitia Jawa Hokokai mengumpulkan padi.",
        "Romusha dikirim ke luar Jawa. Romusha bekerja membangun rel dan lapangan terbang.",
    ]
    # every name in two of nine paragraphs at most: the chapter was "Supriyadi"
    assert titles([hokokai, revolts], "id", narrative=False, subject="Pendudukan Jepang")[1] == "Perlawanan"


def test_a_period_whose_terms_are_met_in_passing_stands_alone():
    early = [
        "In 1927 he founded the Nationalist Party in Bandung. The Nationalist Party grew fast.",
        "In 1929 the police arrested the leaders of the Nationalist Party.",
        "In 1930 he defended the Nationalist Party in court at Bandung.",
    ]
    later = [
        "In 1951 the cabinet fell after a vote in parliament. Darul Islam rebels held the hills of West Java.",
        "In 1952 officers pressed the president to dissolve parliament. Darul Islam raided villages.",
        "In 1953 the cabinet of Ali Sastroamidjojo took office and planned elections.",
        "In 1955 the country held its first general elections; four parties won most seats.",
        "In 1956 Hatta resigned as vice-president after quarrels with the president.",
        "In 1957 regional colonels declared martial law in Sumatra and Sulawesi.",
        "In 1958 rebels proclaimed a rival government at Bukittinggi; the army crushed it.",
        "In 1959 the president restored the old constitution by decree and dissolved the assembly.",
        "In 1960 the president announced Guided Democracy and banned two parties.",
    ]
    # a rebellion in two paragraphs of nine headed the decade: "1951–1960: Darul Islam"
    assert titles([early, later], "en", narrative=True, subject="Sukarno") == ["1927–1930: Nationalist Party", "1951–1960"]


def test_of_two_fields_over_as_many_paragraphs_the_one_said_more_heads_the_chapter():
    news = [
        "The news spread slowly, for transport was poor; the radio was watched by the occupiers.",
        "An operator kept the broadcast going, and a newspaper sent the text by train.",
        "The press printed it; a seller at the station read it aloud; television came later.",
        "Journalists carried the text on the railway to the towns of the east, with magazines.",
    ]
    others = [
        ["The leaders met at night in the admiral's house. The admiral's house was quiet.",
         "They argued over the wording of the text until dawn in the admiral's house.",
         "The draft was typed and signed by the two leaders in the admiral's house."],
        ["A red and white flag was sewn by hand. The flag was raised on a bamboo pole.",
         "The crowd sang as the flag rose over the yard; the flag still hangs in the palace."],
        ["The army of the republic was formed from the former auxiliary corps.",
         "Its soldiers had few rifles and fought with bamboo spears.",
         "The army held the hills while the allies landed in the ports."],
        ["The treaty was signed after long talks aboard a warship.",
         "Under the treaty the two sides accepted a line of demarcation.",
         "The treaty soon failed and fighting began again."],
    ]
    # transport said in every paragraph once, the media twice or more: the chapter was "Transport"
    assert titles([others[0], news, *others[1:]], "en", narrative=False, subject="Proclamation")[1] == "Media"


def test_a_noun_heading_keeps_the_word_the_chapter_always_writes_after_it():
    drafting = [
        "Malam itu naskah Proklamasi ditulis di rumah Laksamana Maeda.",
        "Sayuti Melik mengetik naskah Proklamasi dengan beberapa perubahan kecil.",
        "Kata-kata dalam naskah Proklamasi dibahas oleh para pemimpin sampai subuh.",
        "Tulisan tangan asli disimpan di Arsip Nasional. Mesin tik dipinjam dari kantor Kaigun.",
        "Pada tahun 1951 naskah Proklamasi dibaca lagi untuk rekaman Radio Republik Indonesia.",
        "Sebutan wakil bangsa Indonesia dipakai di bawah tanda tangan. Ejaan lama dipertahankan.",
        "Coretan pada konsep pertama menunjukkan perubahan kalimat kedua.",
        "Konsep itu sempat dibuang ke keranjang sampah lalu diselamatkan B.M. Diah.",
        "Kini salinan naskah Proklamasi dipajang di Monumen Nasional.",
    ]
    before = [
        "Para pemuda membawa para pemimpin ke Rengasdengklok. Di Rengasdengklok mereka menunggu.",
        "Wikana mendesak agar kemerdekaan segera dinyatakan. Rengasdengklok menjadi tempat perundingan.",
        "Soebardjo menjemput mereka kembali ke Jakarta.",
    ]
    # "Naskah" alone: a text, but which?
    made = titles([before, drafting], "id", narrative=False, subject="Proklamasi Kemerdekaan Indonesia")
    assert made[1] == "Naskah Proklamasi"
