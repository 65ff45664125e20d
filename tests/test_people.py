"""Who's-who extraction: roles from each pattern in both languages, name
merging, who is left out, and golden files for the three samples.

Regenerate the golden files after a deliberate change of heuristics with
    TEACHPACK_REGEN_GOLDEN=1 pytest tests/test_people.py
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from pack.extract.people import extract_people
from pack.extract.people.kin import kin_and_owner
from pack.extract.people.not_a_person import an_office, common_words_only, named_as_kind
from pack.model import Person
from pack.read.parse import parse
from pack.text.analysis import analyse
from pack.text.kinds import _plural_name

from golden_files import SAMPLES, check_golden, ranked_listing, sample_extraction


def people_list(text: str, lang: str, title: str) -> list[Person]:
    article, _ = parse(text, lang, "inline.txt")
    article.title = title
    return extract_people(article)


def people_of(text: str, lang: str, title: str) -> dict[str, Person]:
    return {p.name: p for p in people_list(text, lang, title)}


# ------------------------------------------------------------ roles, Indonesian


def test_id_role_before_name_and_possessor_inside_run():
    people = people_of("Di sana ia bertemu istri Lenin Nadezhda Krupskaya. Lenin lalu datang.\n"
                       "Menurut sejarawan Robert Service, Stalin berubah. Service menulis buku.\n",
                       "id", "Josef Stalin")
    assert people["Nadezhda Krupskaya"].role == "istri Lenin"
    assert people["Robert Service"].role == "sejarawan"
    assert "Service" in people["Robert Service"].variants          # merged, not a second entry


def test_id_role_is_shared_along_a_list():
    text = "Ia berteman dengan dua tokoh militer, Kliment Voroshilov dan Semyon Budyonny, di Tsaritsyn."
    people = people_of(text, "id", "Josef Stalin")
    assert people["Kliment Voroshilov"].role == people["Semyon Budyonny"].role == "tokoh militer"


def test_id_relation_before_a_bare_name_is_the_possessor():
    people = people_of("Stalin mencopot para pendukung Kamenev dari jabatan. Kamenev marah.", "id", "Josef Stalin")
    assert "Kamenev" not in people                   # Kamenev has supporters; no role for him


def test_id_subject_and_places_are_left_out():
    people = people_of("Stalin dan sejarawan Robert Service tinggal di Moskow. Stalin pindah ke kota Gori.",
                       "id", "Josef Stalin")
    assert set(people) == {"Robert Service"}


def test_id_role_at_sentence_start_is_lowercase():
    people = people_of("Istri kedua Stalin bernama Nadezhda Alliluyeva. Nadezhda Alliluyeva pindah.",
                       "id", "Josef Stalin")
    assert people["Nadezhda Alliluyeva"].role == "istri kedua Stalin"


def test_id_roles_from_others_leading_and_lists():
    text = ("Lalu Nikolai Bukharin dan beberapa anggota Komite Pusat lainnya marah. "
            "Lalu Leon Trotsky memimpin sebuah faksi yang menyerukan pembubaran serikat buruh. "
            "Tokoh-tokoh terpenting di dalam tubuh partai adalah Georgy Malenkov, Lavrenti Beria, dan Nikita Khruschev.")
    people = people_of(text, "id", "Josef Stalin")
    assert people["Nikolai Bukharin"].role == "anggota Komite Pusat"
    assert people["Leon Trotsky"].role == "pemimpin faksi yang menyerukan pembubaran serikat buruh"
    assert people["Georgy Malenkov"].role == people["Nikita Khruschev"].role == "tokoh terpenting di dalam tubuh partai"


def test_id_apposition_only_for_people_who_matter():
    text = ("Yezhov digantikan oleh Lavrenti Beria, orang yang benar-benar setia dengan Stalin. "
            "Beria menjadi kuat. Beria dicurigai. Sergo Orlov, orang yang pendiam, datang.")
    people = people_of(text, "id", "Josef Stalin")
    # An apposition headed by no role noun ("orang") is not a role to print
    # (the confidence gate); the person who matters keeps the entry, with context.
    beria = people["Lavrenti Beria"]
    assert beria.role_kind == "context" and beria.role.startswith("Yezhov digantikan oleh Lavrenti Beria, orang")
    orlov = people["Sergo Orlov"]                          # mentioned once: no apposition role,
    assert orlov.role_kind == "context" and orlov.role.startswith("Sergo Orlov, orang")   # only context


def test_id_two_spellings_of_a_child_are_one_person():
    text = ("Pereprygia melahirkan anak lainnya, Alexander, pada 1917.\n== Bab ==\n"
            "Yang seorang lagi, Aleksander, adalah putra dari Lidia Pereprygia.")
    people = people_of(text, "id", "Josef Stalin")
    assert len([p for p in people.values() if p.name in ("Alexander", "Aleksander")]) == 1
    person = people.get("Alexander") or people["Aleksander"]
    assert person.role == "putra dari Lidia Pereprygia"


# ------------------------------------------------------------ roles, English


def test_en_apposition_role_and_spelling_variants():
    text = ("Deville sold his interests to Henri Merle, a founder of Compagnie d'Alais. "
            "Austrian chemist Carl Joseph Bayer found a process. Carl Josef Bayer patented it. Bayer moved.")
    people = people_of(text, "en", "Aluminium")
    assert people["Henri Merle"].role == "founder of Compagnie d'Alais"
    bayer = people["Carl Joseph Bayer"]
    assert bayer.role == "Austrian chemist" and "Carl Josef Bayer" in bayer.variants


def test_en_brothers_share_a_surname_and_are_each_others_brother():
    people = people_of("Bradley sold his patent claim to brothers Alfred and Eugene Cowles. "
                       "Later Austrian chemists Anton Leopold Ruprecht and Matteo Tondi tried it.", "en", "Aluminium")
    assert people["Alfred Cowles"].role == "brother of Eugene Cowles"
    assert people["Eugene Cowles"].role == "brother of Alfred Cowles"
    assert people["Anton Leopold Ruprecht"].role == people["Matteo Tondi"].role == "Austrian chemist"


def test_en_owner_others_and_titles_in_apposition():
    text = ("Then Robert Hare and his assistant Benjamin Silliman worked late. "
            "Then Robert Bunsen and other chemists tried it. "
            "Simcoe named the town after Prince Frederick, Duke of York and Albany.")
    people = people_of(text, "en", "Aluminium")
    assert people["Benjamin Silliman"].role == "assistant of Robert Hare"
    assert people["Robert Bunsen"].role == "chemist"
    assert "Duke of York" not in people and "Albany" not in people


def test_en_people_without_a_role_are_listed_with_their_first_sentence():
    people = people_of("Then Charles Dickens and Jules Verne wrote about it. Then Dickens liked it. "
                       "Later Alexander came.", "en", "Aluminium")
    dickens = people["Charles Dickens"]
    assert dickens.role_kind == "context"
    assert dickens.role == "Then Charles Dickens and Jules Verne wrote about it."
    assert "Alexander" not in people          # a bare given name says nothing without a role


def test_en_who_is_who_sorts_by_surname_and_keeps_regnal_names():
    people = people_of("The chemist Humphry Davy met Queen Elizabeth II. "
                       "Davy, an English chemist, spoke.", "en", "Aluminium")
    assert people["Humphry Davy"].sort_key == "davy humphry"
    assert people["Humphry Davy"].role == "English chemist"     # the fuller of "chemist" and "English chemist"


def test_en_names_that_are_not_given_name_and_surname_stay_whole():
    """Shaped like fresh-6's Lakota and Vietnamese names: a name the article
    never shortens sorts as written when it shows itself as one name
    ("Red Cloud", not "cloud red"; a Vietnamese family name first), and a subject without a given name is
    still the owner of a relation, by its whole name (not "son of Elk")."""
    people = people_of("Running Elk was a Lakota leader who fought the army. Running Elk was born near the "
                       "river in 1831. Running Elk said that the land was sacred. In 1881 Running Elk had "
                       "his young son Little Hawk surrender his rifle to the major. The Lakota leader Grey "
                       "Cloud met the agent. Grey Cloud said that the treaty was broken. General Trần Văn "
                       "Hưng met the president. Colonel Trần Thiện Khiêm joined the coup.\n", "en", "Running Elk")
    assert people["Grey Cloud"].sort_key == "grey cloud"
    # a family name that opens two people's names comes first (fresh-6's Nguyễn)
    assert people["Trần Văn Hưng"].sort_key == "trần văn hưng"
    assert people["Trần Thiện Khiêm"].sort_key == "trần thiện khiêm"
    assert people["Little Hawk"].role == "young son of Running Elk"


def test_en_a_child_carries_no_surname_of_a_parent_with_none():
    """fresh-6's Sitting Bull had a son named in the text by one name: a
    name not known by its last word ("Running Elk") gives a child no
    surname ("William", not "William Elk")."""
    people = people_of("Running Elk was a Lakota leader who fought the army. Running Elk was born near the "
                       "river in 1831. Running Elk said that the land was sacred. In 1881 Running Elk had his "
                       "young son William surrender his rifle to the major. William later became a farmer.\n",
                       "en", "Running Elk")
    assert "William" in people and "William Elk" not in people


def test_en_jr_and_sr_end_a_name():
    """fresh-6's "U.S. Ambassador Henry Cabot Lodge Jr." is not his
    grandfather "Henry Cabot Lodge"; the suffix is no surname to sort by."""
    people = people_of("Running Elk was a Lakota leader who fought the army. In 1963 he met the U.S. "
                       "Ambassador Henry Cabot Lodge Jr. and the general. The agent Martin Luther King Jr. "
                       "spoke with him in 1964. Lodge said that the war was lost.\n", "en", "Running Elk")
    assert people["Henry Cabot Lodge Jr."].role == "U.S. Ambassador"
    assert people["Martin Luther King Jr."].sort_key == "king martin luther jr."


@pytest.mark.parametrize("text, name", [
    # fresh-9: "with Al Unser, Jr. at the wheel": the son, not his father Al Unser.
    ("The team won the 1994 Indianapolis 500 with Al Unser, Jr. at the wheel. The car was fast.\n",
     "Al Unser Jr."),
    ("The team won the 1994 Indianapolis 500 with Al Unser, then at the wheel. The car was fast.\n", "Al Unser"),
])
def test_en_jr_after_a_comma_ends_the_name(text, name):
    assert name in people_of(text, "en", "Mercedes-Benz")


def test_en_a_name_with_an_epithet_of_origin_sorts_by_what_stands_before_it():
    """"X of Y" names where a person is from or what they rule: the place is
    no surname, known to the text or not ("Aristarchus of Samos" under A)."""
    people = people_of("The astronomer Aristarchus of Samos measured the Moon. Aristarchus of Samos wrote a book. "
                       "The Princess Augusta of Saxe-Weimar married him. Augusta of Saxe-Weimar was pious. "
                       "The physicist Robert Hooke read it. Hooke wrote back.\n", "en", "Copernicus")
    assert people["Aristarchus of Samos"].sort_key.startswith("aristarchus")
    assert people["Augusta of Saxe-Weimar"].sort_key.startswith("augusta")
    assert people["Robert Hooke"].sort_key == "hooke robert"


def test_en_where_a_person_is_from_is_no_part_of_a_full_name():
    """fresh-5's "Dr. Hermann Krause of Berlin" (called "Krause" after) and
    fresh-7's "President Franklin D. Roosevelt of the United States"; a
    one-word name keeps its realm."""
    people = people_of("The doctors included Dr. Hermann Krause of Berlin. On 9 November, Krause diagnosed cancer. "
                       "The conference was called by President Franklin D. Roosevelt of the United States. "
                       "Prince William of Prussia came in 1850. Prince William of Prussia spoke.\n", "en", "Frederick III")
    assert "Hermann Krause" in people and "Hermann Krause of Berlin" not in people
    assert "Franklin D. Roosevelt" in people
    assert "William of Prussia" in people


def test_en_a_given_name_and_a_surname_of_a_state_keep_no_state():
    """fresh-8's senators "Samuel White of Delaware" (never "White" alone);
    a regnal name and an office keep what follows "of"."""
    people = people_of("The Senators who voted against were Simeon Olcott and Samuel White of Delaware. "
                       "Delaware is small. Prince Heinrich XXXII Reuss of Köstritz came in 1850.\n",
                       "en", "Louisiana Purchase")
    assert "Samuel White" in people and "Samuel White of Delaware" not in people
    assert "Heinrich XXXII Reuss of Köstritz" in people


def test_en_a_full_name_told_as_a_person_is_listed_though_its_words_look_like_things():
    """fresh-3's "an effect James Prescott Joule studied" beside "the
    joule", a unit; fresh-7's "Milislav Demerec", whose first word is in no
    list of given names. A name never told of stays out ("the cup")."""
    people = people_of("Current causes heating, an effect James Prescott Joule studied mathematically in 1840. "
                       "Energy is measured in joule units; one joule is small. In December 1941, she was offered "
                       "a research position by Milislav Demerec, the newly appointed acting director of the "
                       "department. Then Stanley Cup games were played; the cup was silver.\n", "en",
                       "Barbara McClintock")
    assert "James Prescott Joule" in people and "Milislav Demerec" in people
    assert "Stanley Cup" not in people


def test_en_a_given_name_or_an_initial_before_the_name_stays_in_it():
    """fresh-5's "Dudley Allen Buck" and "J. Robert Schrieffer" were printed
    "Allen Buck" and "Robert Schrieffer"."""
    people = people_of("The first application came in 1954 with Dudley Allen Buck's invention of the cryotron. "
                       "The prize went to John Bardeen, Leon N. Cooper, and J. Robert Schrieffer in 1972. "
                       "Bardeen, Cooper and Schrieffer worked together.\n", "en", "Superconductivity")
    assert "Dudley Allen Buck" in people and "J. Robert Schrieffer" in people


def test_en_an_expedition_named_after_its_leaders_is_no_person():
    """fresh-8: "the Lewis and Clark Expedition" printed "Clark Expedition"."""
    people = people_of("Plans were set forth for several missions, the most famous being the Lewis and Clark "
                       "Expedition. The Clark Expedition reached the Pacific in 1805.\n", "en", "Louisiana Purchase")
    assert not any(name.endswith("Expedition") for name in people)


def test_en_a_name_ends_before_on():
    """fresh-8's "with Napoleon on Jefferson's behalf" printed "Napoleon on
    Jefferson"."""
    people = people_of("Du Pont engaged in diplomacy with Napoleon on Jefferson's behalf. The historian Jeremy "
                       "Black on the BBC called it a bargain.\n", "en", "Louisiana Purchase")
    assert not any(" on " in name for name in people)


def test_en_forts_teams_and_offices_are_no_people():
    """Shaped like fresh-6's en-sitting-bull ("abandon forts Phil Kearny and
    C.F. Smith"), en-nguyen-ngoc-tho ("his Information Minister, General
    ...") and fresh-5's en-wilhelmina-of-the-netherlands ("Queen of the
    Netherlands", "the magazine De Roode Duivel", "the Dutch national
    anthem, Wilhelmus van Nassauwe,")."""
    text = ("Running Elk was a Lakota leader who fought the army. In 1868 the government agreed "
            "to the demands that the army abandon forts Tom Baxter and D.R. Hale. In 1870 he played "
            "against the cricket team Joe Marsh.\n")
    people = people_of(text + "The crowd sang the national anthem, Wilhelmus van Hoorn, on the Queen's "
                              "birthday.\n", "en", "Running Elk")
    assert not {"Tom Baxter", "D.R. Hale", "Joe Marsh", "Wilhelmus van Hoorn"} & set(people)
    magazine = analyse(parse("Rumours were spread by the satirical magazine De Rode Vos in 1890.\n", "en", "inline.txt")[0])
    vos = next(c for c in magazine.candidates if c.key == ("rode", "vos"))
    assert named_as_kind([vos], vos.occurrences, magazine)      # the name's own "De" between
    analysis = analyse(parse(text, "en", "inline.txt")[0])
    assert an_office("Information Minister", analysis) and an_office("Queen of the Netherlands", analysis)
    assert an_office("Resident Superior of Annam", analysis)      # people.toml occupations
    assert not an_office("Alexander Pope", analysis) and not an_office("Lê Minh Đạo", analysis)


def test_id_name_after_honorific_or_with_a_role_after_it_is_a_person():
    people = people_of("Organisasi ini dipimpin oleh Raden Adipati Tirtokoesoemo. "
                       "Pada tahun itu Soetomo menjadi ketua perkumpulan itu. Kemudian Soetomo pergi.", "id", "Budi Utomo")
    assert people["Soetomo"].role == "ketua perkumpulan"
    assert people["Soetomo"].sort_key == "soetomo"
    assert "Tirtokoesoemo" in " ".join(people)


def test_en_firms_buildings_and_land_forms_named_after_people_are_no_people():
    people = people_of("Studios in the city include Tyler Perry Studios and Turner Studios. "
                       "Newell Brands is based there. Mary Lou Drive runs north. "
                       "The Eastern Continental Divide lies west. Ted Turner founded CNN there.", "en", "Atlanta")
    assert "Ted Turner" in people
    assert not {"Tyler Perry Studios", "Turner Studios", "Newell Brands", "Eastern Continental Divide"} & set(people)
    assert not any("Drive" in name for name in people)


def test_en_a_person_whose_given_name_is_anothers_surname_stays():
    people = people_of("Clarence Thomas was a judge of the court. Thomas Jefferson wrote the declaration. "
                       "Later Thomas Jefferson bought land. Many admired Thomas Jefferson. "
                       "The Thomas Field was built later.", "en", "Court")
    assert "Thomas Jefferson" in people and "Thomas Field" not in people


def test_en_a_common_word_never_described_is_no_person():
    people = people_of('The band recorded "Free Bird" at the theatre. Firms like Lime and Bird rent scooters. '
                       "Networks include Warner Bros. here. Joseph Black taught there. Black was a chemist.",
                       "en", "Atlanta")
    assert "Bird" not in people and not any(name.startswith("Warner") for name in people)
    assert people["Joseph Black"].role == "chemist"


def test_en_full_name_after_a_title_and_its_place_or_side():
    text = ("The papers of U.S. President Jimmy Carter are kept here. "
            "Confederate General John Bell Hood decided to retreat. "
            "Atlanta Mayor Keisha Lance Bottoms said no. Mayor Bill Campbell was convicted. "
            "The council passed a bill. Under CEO Renee Lewis Glover the authority changed.")
    people = people_of(text, "en", "Atlanta")
    assert people["Jimmy Carter"].role == "U.S. President"      # not "S. President"
    assert people["John Bell Hood"].role.endswith("General")
    assert people["Keisha Lance Bottoms"].role.endswith("Mayor")
    assert people["Bill Campbell"].role == "Mayor"
    assert people["Renee Lewis Glover"].role == "CEO"


def test_en_role_from_another_clause_or_person_is_not_printed():
    text = ("By then voters were electing Atlanta's first Black mayor, Maynard Jackson, in 1973. "
            "Jackson modernised the airport. "
            "James Brine, George Loveless, George's brother James Loveless, and Thomas Standfield "
            "were transported. Later George Loveless wrote a pamphlet.")
    people = people_of(text, "en", "Atlanta")
    assert not people["Maynard Jackson"].role.startswith("electing")
    george = people["George Loveless"]
    assert george.role_kind == "context" or "James Loveless" not in george.role


def test_parents_in_the_opening_brackets_are_other_people():
    people = people_of("Thomas Baker (born 1809 in Kent, son of John Baker and Mary Wood) was an English "
                       "engineer. Baker built bridges. John Baker was a farmer. Mary Wood taught him.",
                       "en", "Thomas Baker")
    assert people["John Baker"].role == "farmer" and "Mary Wood" in people
    people = people_of("Sutomo (lahir di Ngepeh, 30 Juli 1888, putra dari Raden Suwaji dan Raden Ayu "
                       "Sudarmi) adalah seorang tokoh. Sutomo mendirikan sekolah. Raden Suwaji adalah seorang "
                       "wedana. Raden Ayu Sudarmi mengajarinya membaca.", "id", "Sutomo")
    assert people["Raden Suwaji"].role == "wedana" and "Raden Ayu Sudarmi" in people


def test_en_regnal_name_of_a_realm_sorts_under_the_name():
    people = people_of("Peter fought beside Ivan IV of Russia. Ivan IV of Russia was a tsar. "
                       "Peter met Alexis of Russia, a tsar.", "en", "Peter the Great")
    assert people["Ivan IV of Russia"].sort_key.startswith("ivan")
    assert people["Alexis of Russia"].sort_key.startswith("alexis")


# ------------------------------------------------------------ samples


@pytest.fixture(scope="module")
def whoswho():
    return {name: sample_extraction(name)[1] for name in SAMPLES}


def render(people: list[Person]) -> str:
    def head(p: Person) -> str:
        marker = {"context": "[context] ", "none": "[no role]"}.get(p.role_kind, "")
        return f"{p.name} — {marker}{p.role}  {p.id}  sort: {p.sort_key}"
    return ranked_listing(people, head)


@pytest.mark.parametrize("name", SAMPLES)
def test_golden_people(whoswho, name):
    check_golden(f"people-{name}.txt", render(whoswho[name]))


@pytest.mark.parametrize("name", SAMPLES)
def test_people_are_well_formed(whoswho, name):
    people = whoswho[name]
    ids = [p.id for p in people]
    assert len(ids) == len(set(ids)) and all(i.startswith("who-") and i.isascii() for i in ids)
    for p in people:
        assert (p.role or p.role_kind == "none") and 1 <= len(p.refs) <= 5


def test_samples_have_enough_people(whoswho):
    assert len(whoswho["id-stalin"]) >= 25
    assert len(whoswho["en-history-of-aluminium"]) >= 25
    names = {p.name for p in whoswho["id-stalin"]}
    assert "Vladimir Lenin" in names and "Lenin" not in names and "Josef Stalin" not in names
    assert {"Leon Trotsky", "Lev Kamenev", "Nikolai Bukharin", "Nikita Khrushchev"} <= names


# ------------------------------------------------------------ given names


def test_given_names_are_the_name_dictionary_of_gender_guesser():
    # firstnames reads gender-guesser's file itself (only the names, much faster):
    # it must know exactly the names the package's own detector knows.
    from gender_guesser.detector import Detector

    from pack.text.firstnames import first_names

    assert frozenset(first_names()) == frozenset(name.casefold() for name in Detector().names)


def test_who_is_who_letter_groups_follow_the_sort_key():
    from pack.render.groups import letter_groups
    people = [Person(name="Robert Hooke", role="", sort_key="hooke robert"),
              Person(name="Antonie van Leeuwenhoek", role="", sort_key="leeuwenhoek antonie van"),
              Person(name="Charles Martin Hall", role="", sort_key="hall charles martin")]
    groups = letter_groups(people)
    assert [(letter, [p.name for p in entries]) for letter, entries in groups] == [
        ("H", ["Charles Martin Hall", "Robert Hooke"]), ("L", ["Antonie van Leeuwenhoek"])]



def test_name_with_a_given_name_listed_among_places_is_a_place():
    people = people_of("Visitors came from France, Corso Italia and Germany. Later Corso Italia grew. "
                       "The chemist Humphry Davy came.", "en", "Aluminium")
    assert list(people) == ["Humphry Davy"]


def test_en_regnal_i_and_a_title_in_apposition_are_one_person():
    people = people_of("In 1553 Queen Mary I came to the throne. Later Mary I died. "
                       "Robert Dudley, Earl of Leicester, was her favourite.", "en", "Elizabeth I")
    assert people["Mary I"].role == "Queen"
    assert people["Robert Dudley"].role == "Earl of Leicester"
    assert "Earl of Leicester" not in people


@pytest.mark.parametrize("text, lang, title, name", [
    pytest.param("Soetomo mengunjungi Ernest Douwes Dekker di Jakarta. Kemudian Douwes Dekker menulis. "
                 "Lalu Douwes Dekker pergi.", "id", "Budi Utomo", "Ernest Douwes Dekker",
                 id="display-name-is-the-fullest-form-of-the-most-used-one"),
    pytest.param("Pada tahun itu ayah Soekarni wafat. Kemudian Soekarni pindah ke Bandung. "
                 "Lalu Soekarni kembali.", "id", "Budi Utomo", "Soekarni",
                 id="id-family-noun-before-a-name-makes-a-person"),
])
def test_a_person_is_listed_under_this_name(text, lang, title, name):
    assert name in people_of(text, lang, title)


@pytest.mark.parametrize("text, title, names", [
    pytest.param("Many were Sri Lankan and some South African. Later the Sri Lankan families grew. "
                 "The chemist Humphry Davy came.", "Toronto", ["Humphry Davy"],
                 id="demonym-of-a-known-place-is-no-person"),
    pytest.param("In 1948 he worked with his colleague, D.G. Champernowne, on a program. "
                 "Later Champernowne wrote about it. The U.S. Navy bought one.", "Alan Turing", ["D.G. Champernowne"],
                 id="initials-and-a-surname-make-one-person-but-an-abbreviation-does-not"),
    pytest.param("Ada Byron met Zoe Adams in London. Zoe Adams died in 1852. "
                 "Ada Byron came back in 1850.", "Analytical Engine", ["Zoe Adams", "Ada Byron"],
                 id="more-said-of-a-person-ranks-them-above-one-named-as-often"),
])
def test_en_people_listed_in_this_order(text, title, names):
    assert list(people_of(text, "en", title)) == names


def test_id_one_word_name_after_a_title_is_that_person_alone_too():
    article, _ = parse("Belanda menangkap Presiden Indonesia Soekarno di Yogyakarta. "
                       "Tentara meminta Soekarno dan para pemimpin lainnya untuk mengungsi.", "id", "inline.txt")
    article.title = "Agresi Militer"
    assert analyse(article).kinds.of(("soekarno",)) == "person"


def test_id_one_word_name_built_as_personal_names_are_is_listed_once_named():
    people = people_of("Tidak berapa lama, nama itu diubah oleh Tjokroaminoto menjadi Sarekat Islam.",
                       "id", "Budi Utomo")
    assert list(people) == ["Tjokroaminoto"]
    assert people["Tjokroaminoto"].role_kind == "context"


def test_id_title_with_a_body_abbreviation_and_a_realm_before_the_name():
    # Sentences of corpus/id-agresi-militer-2 (tuning set).
    people = people_of("Setelah mendengar serangan mendadak itu, Panglima TNI Jenderal Soedirman menyiarkan "
                       "Perintah kilat melalui radio. Sementara itu, Komisaris Tinggi Belanda Beel mengumumkan "
                       "bahwa Belanda tidak lagi terikat oleh Perjanjian Renville melalui radio. Sultan sendiri "
                       "menolak upaya mediasi oleh Sultan Pontianak Hamid II yang pro-Belanda.",
                       "id", "Agresi Militer Belanda II")
    assert set(people) == {"Soedirman", "Beel", "Hamid II"}
    assert people["Beel"].role == "Komisaris Tinggi Belanda"
    assert people["Hamid II"].role == "Sultan Pontianak"


def test_id_an_abbreviation_after_a_title_is_no_person():
    people = people_of("Pada tahun 1950 Presiden RI menandatangani undang-undang itu. Kemudian Presiden RI "
                       "pergi ke Bandung. Wakil Presiden Mohammad Hatta menyambutnya.", "id", "Revolusi")
    assert list(people) == ["Mohammad Hatta"]


# Sentences of corpus/en-christopher-columbus (tuning set).

def test_en_regnal_name_with_its_realm_and_title_forms_are_one_person():
    people = people_of("Columbus sought an audience from the monarchs Ferdinand II of Aragon and Isabella I of "
                       "Castile. On 1 May 1486, Columbus presented his plans to Queen Isabella, who referred it "
                       "to a committee. Columbus waited at King Ferdinand's camp until Ferdinand and Isabella "
                       "conquered Granada. Catholic monarchs Queen Isabella I and King Ferdinand II agreed to "
                       "sponsor a journey west. Some modern authors have argued that he was not from Genoa but, "
                       "instead, from the Aragon region of Spain. Isabella then sent a royal guard to fetch "
                       "Columbus. Later King Ferdinand ordered their release.", "en", "Christopher Columbus")
    assert sorted(people) == ["Ferdinand II of Aragon", "Isabella I of Castile"]
    assert people["Isabella I of Castile"].role == "Queen"
    assert people["Ferdinand II of Aragon"].variants == ["Ferdinand", "Ferdinand II"]     # not "Aragon"


def test_en_words_around_a_possessive_name_are_not_its_role():
    people = people_of("He read the works of Claudius Ptolemy. Furthermore, most scholars accepted Ptolemy's "
                       "estimate that Eurasia spanned 180° longitude.", "en", "Christopher Columbus")
    assert people["Claudius Ptolemy"].role_kind == "context"       # not "scholar accepted"


def test_en_the_role_before_a_name_starts_at_its_possessive():
    people = people_of("Columbus also dispatched his brother Bartholomew to the court of Henry VII of England.",
                       "en", "Christopher Columbus")
    assert people["Bartholomew Columbus"].role == "brother of Columbus"


def test_en_a_name_after_called_and_a_list_neighbour_give_no_role():
    people = people_of("Numerous streets and plazas (called Plaza Colón or Plaza de Colón) have been named after "
                       "him. He read the works of Claudius Ptolemy, Pierre Cardinal d'Ailly's Imago Mundi, and "
                       "the travels of Marco Polo. Claudius Ptolemy was wrong.", "en", "Christopher Columbus")
    assert "Plaza de Colón" not in people and "Plaza Colón" not in people
    assert people["Claudius Ptolemy"].role_kind == "context"


def test_id_a_derived_common_noun_after_a_title_is_no_name():
    text = ("Pada tahun 1948 Menteri Pertahanan mengumumkan rencana itu. Kemudian Menteri Pertahanan "
            "pergi ke Yogyakarta. Presiden Soekarno menyetujuinya.")
    article, _ = parse(text, "id", "inline.txt")
    article.title = "Revolusi"
    kinds = analyse(article).kinds
    assert kinds.of(("menteri", "pertahanan")) != "person"
    assert kinds.of(("pertahanan",)) != "person"
    assert list(people_of(text, "id", "Revolusi")) == ["Soekarno"]


def test_en_bodies_events_and_peoples_are_no_people():
    # Sentences of corpus/en-abraham-lincoln and en-galileo-galilei (tuning set).
    people = people_of("Most of the state's 130,000 German Americans voted Democratic but the German-language paper "
                       "mobilized Republican support. He is ranked as one of the greatest presidents in American "
                       "history. He averted British intervention by defusing the Trent Affair. "
                       "In a speech delivered at the Sapienza University of Rome, Cardinal Ratzinger (later Pope "
                       "Benedict XVI) cited some current views on the Galileo affair. Pope John Paul II acknowledged "
                       "that the Church had erred. John Paul said the theologians had erred.", "en", "Galileo Galilei")
    assert sorted(people) == ["Benedict XVI", "John Paul II", "Ratzinger"]
    assert people["John Paul II"].variants == ["John Paul"]


def test_en_a_noun_of_nationality_before_a_name_is_not_part_of_it():
    people = people_of("Watt's partner was the Englishman Matthew Boulton, who had a large factory. "
                       "Boulton also built engines.", "en", "Industrial Revolution")
    assert "Matthew Boulton" in people


def test_en_a_rare_word_after_a_role_is_a_name_not_a_nationality():
    people = people_of("In Panama, Columbus was told by local leader Quibían not to go past a certain point down the "
                       "river. At the same time, the garrison was attacked by Quibían and the other ships were damaged.",
                       "en", "Christopher Columbus")
    assert people["Quibían"].role == "local leader"


def test_en_an_article_about_no_person_owns_no_kin():
    people = people_of("Coke pig iron was hardly used until the mid-1750s, when his son Abraham Darby II built "
                       "Horsehay and Ketley furnaces.", "en", "Industrial Revolution")
    assert "Revolution" not in people["Abraham Darby II"].role


def test_en_a_given_name_with_a_title_of_a_place_is_known_by_both():
    # samples/en-toronto (tuning set).
    people = people_of("In 1793, Governor John Graves Simcoe established the town of York on the Toronto Purchase "
                       "lands, naming it after Prince Frederick, Duke of York and Albany.", "en", "Toronto")
    assert people["Frederick, Duke of York and Albany"].role == "Prince"
    assert people["Frederick, Duke of York and Albany"].sort_key == "frederick, duke of york and albany"


def test_en_context_is_the_first_sentence_with_the_name_shown():
    # corpus/en-abraham-lincoln (tuning set).
    people = people_of("Thomas and Nancy married on June 12, 1806, in Washington County. A 2004 study found that "
                       "scholars ranked Lincoln number one, while legal scholars placed him second after George "
                       "Washington. Washington was the first.", "en", "Abraham Lincoln")
    assert people["George Washington"].role.startswith("A 2004 study")


def test_a_short_form_of_address_belongs_to_the_name_after_it():
    article, _ = parse("Kemudian Drs. Mohammad Hatta kembali ke Yogyakarta. Pemerintahan dipegang oleh Mr. Assaat. "
                       "Bung Karno berpidato di depan rakyat.", "id", "inline.txt")
    article.title = "Revolusi"
    analysis = analyse(article)
    assert analysis.kinds.of(("drs", "mohammad", "hatta")) == "person"
    assert analysis.kinds.of(("mr", "assaat")) == "person"
    assert analysis.kinds.of(("bung", "karno")) == "person"
    people = people_of("Kemudian Drs. Mohammad Hatta kembali ke Yogyakarta.", "id", "Revolusi")
    assert people["Mohammad Hatta"].role.startswith("Kemudian Drs. Mohammad Hatta")      # one sentence


def test_en_roles_with_a_title_a_second_phrase_and_a_passive_agent():
    # Sentences of en-galileo-galilei, en-christopher-columbus and en-abraham-lincoln (tuning set).
    people = people_of("These plans were dropped, however, after Pope Urban VIII and his nephew, Cardinal Francesco "
                       "Barberini, protested. Probably with the assistance of his son Diego and his friend the "
                       "Carthusian monk Gaspar Gorricio, Columbus produced two books. Lincoln replaced Burnside with "
                       "Joseph Hooker. Hooker was routed by Lee at the "
                       "Battle of Chancellorsville in May, then resigned and was replaced by George Meade.",
                       "en", "Christopher Columbus")
    assert people["Francesco Barberini"].role == "Cardinal, nephew of Pope Urban VIII"
    assert people["Gaspar Gorricio"].role == "friend of Columbus"
    assert people["George Meade"].role == "successor of Hooker"


def test_en_a_role_noun_before_a_name_must_head_its_phrase():
    # corpus/en-alan-turing (tuning set).
    people = people_of("At the British premiere of a film based on Turing's life, The Imitation Game, the producers "
                       "thanked Leech for bringing the topic to public attention. By late 1941, Turing and his "
                       "fellow cryptanalysts Gordon Welchman, Hugh Alexander and Stuart Milner-Barry were "
                       "frustrated. According to the memoirs of the German computer pioneer Heinz Billing, "
                       "the story is told.", "en", "Alan Turing")
    assert "Leech" not in people or people["Leech"].role_kind == "context"
    assert people["Hugh Alexander"].role == "fellow cryptanalyst"
    assert people["Heinz Billing"].role == "German computer pioneer"


def test_en_the_subjects_family_ranks_above_others_described_as_much():
    people = people_of("His father was Domenico Colombo. In 1503 Diego Méndez, a soldier, paddled a canoe to "
                       "Hispaniola.", "en", "Christopher Columbus")
    assert people["Domenico Colombo"].score > people["Diego Méndez"].score


# ------------------------------------------------------------ people round 3 (tuning: en-ancient-egypt, en-industrial-revolution)


def test_en_regnal_names_and_epithets_are_listed_without_a_given_name():
    text = ("Military campaigns waged under Tuthmosis I and his grandson Tuthmosis III extended the influence "
            "of the pharaohs to the largest empire Egypt had ever seen. "
            "In 332 BC, Alexander the Great conquered Egypt with little resistance from the Persians. "
            "The Greek Ptolemaic Kingdom, formed in the aftermath of Alexander the Great's death, ruled Egypt until 30 BC.")
    people = people_of(text, "en", "Ancient Egypt")
    assert "Tuthmosis III" in people
    assert "Alexander the Great" in people


def test_en_the_egyptians_are_a_people_not_a_person():
    text = ("The Egyptians believed that the pharaoh was divine. Egyptian art shows the pharaoh large. "
            "The Egyptians wrote on papyrus, and the Egyptians said prayers. Egyptian farmers grew wheat.")
    assert "Egyptians" not in people_of(text, "en", "Ancient Egypt")


def test_en_a_body_named_after_an_article_every_time_is_no_person_even_with_a_role():
    # "the Knesset" at every mention is a body, though a role ("member") was read for it;
    # a person whose title stands after the article ("the Emperor Heraclius") stays.
    text = ("Meir was elected as a member of the Knesset in 1949. She spoke in the Knesset often. "
            "The Knesset passed a law. The kibbutz chose her as its representative to the Histadrut, "
            "the General Federation of Labour. She later led the Histadrut. "
            "The chronicle praised the Emperor Heraclius. Heraclius won the war.")
    people = people_of(text, "en", "Golda Meir")
    assert "Knesset" not in people
    assert "Histadrut" not in people
    assert "Heraclius" in people


def test_en_a_name_before_a_noun_at_every_mention_names_a_kind_not_a_person():
    """fresh-5's "Monte Carlo computer simulations", "German Salic law"."""
    text = ("The physicist Robert Hooke studied springs. The results were supported by Monte Carlo computer "
            "simulations. According to German Salic law, the house died out. Hooke wrote a book, and "
            "Thomas Young who read it said so. Later Monte Carlo methods were used.\n")
    people = people_of(text, "en", "Elasticity")
    assert "Monte Carlo" not in people
    assert "German Salic" not in people
    assert "Robert Hooke" in people and "Thomas Young" in people


def test_en_a_role_does_not_open_with_an_adverb():
    """fresh-7's "alongside legal scholar Pauli Murray" gave "alongside legal
    scholar"; an adverb that qualifies the next word stays ("openly gay mayor")."""
    people = people_of("Women were protected by the Civil Rights Act of 1964 alongside legal scholar Pauli Murray. "
                       "The city has also elected an openly gay mayor, Ed Murray, in 2013.\n", "en", "Alice Paul")
    assert people["Pauli Murray"].role == "legal scholar"
    assert people["Ed Murray"].role == "openly gay mayor"


def test_en_a_capitalised_function_word_inside_is_no_persons_name():
    """fresh-7's banner "How Long Must Women Wait For Liberty" (read as a
    name after "President"); "Charles I", "Juan I of Castille" stay."""
    people = people_of('The banners read "Mr. President, How Long Must Women Wait For Liberty?" in 1917. '
                       "King Charles I met Queen Maria I in 1590. Charles I was a king.\n", "en", "Alice Paul")
    assert not any("Liberty" in name for name in people)
    assert "Charles I" in people


def test_en_a_title_that_opens_a_places_name_is_no_persons():
    """fresh-1's "King County Courthouse", "King County Metro" read as
    "County Courthouse — King"; "King Charles I" stays."""
    people = people_of("The tunnel ran from the King County Courthouse to the station. King County Metro "
                       "ran the buses. King County Metro paid. King Charles I was a king.\n", "en", "Transit Tunnel")
    assert not any(name.startswith("County") for name in people)
    assert "Charles I" in people


def test_en_their_after_she_is_someone_elses_relation():
    """fresh-2's "she fell in love with their son, Kazimierz Żorawski" was
    printed "son of Curie"; "The Mozarts sent their son" stays theirs."""
    people = people_of("Maria took a position as governess with a landed family, the Żorawskis. While working for "
                       "the latter family, she fell in love with their son, Kazimierz Żorawski, a future eminent "
                       "mathematician. Maria's loss of Żorawski was tragic.\n", "en", "Marie Curie")
    assert people["Kazimierz Żorawski"].role == "future eminent mathematician"
    mozart = people_of("Mozart married Constanze in 1782. The Mozarts sent their son Karl Thomas to an expensive "
                       "boarding school.\n", "en", "Wolfgang Amadeus Mozart")
    assert mozart["Karl Thomas"].role == "son of Mozart"


def test_en_a_role_that_only_repeats_the_name_gives_way_to_context():
    """fresh-5's "Philipp, Prince of Eulenburg — Prince of Eulenburg"."""
    text = ("After a brief meeting with Frederick in Munich, Philipp, Prince of Eulenburg, consulted the "
            "laryngologist Max Joseph Oertel. Later Philipp, Prince of Eulenburg wrote to the Kaiser.\n")
    person = people_of(text, "en", "Frederick III")["Philipp, Prince of Eulenburg"]
    assert person.role_kind == "context" and "Eulenburg" in person.role and len(person.role.split()) > 5


def test_en_a_relation_whose_owner_is_not_found_is_not_the_subjects_when_others_are_named():
    """fresh-4's "the portraits of Cosimo de Medici, his sons Piero and
    Giovanni, and his grandsons Lorenzo": not Botticelli's grandson; and
    "In general Lorenzo does not seem to have ..." gives no role "general"."""
    text = ("Botticelli painted the Adoration. It contains the portraits of Cosimo de Medici, his sons Piero "
            "and Giovanni (all these by now dead), and his grandsons Lorenzo and Giuliano. In general "
            "Lorenzo does not seem to have commissioned much. Lorenzo died in 1492.\n")
    people = people_of(text, "en", "Sandro Botticelli")
    assert all("of Botticelli" not in p.role and p.role != "general" for p in people.values())


def test_en_a_plural_after_a_nationality_adjective_is_a_group():
    """fresh-5's "German Jews" (twice judged wrong); "Brian Williams" stays."""
    text = ("The government proposed a camp for German Jews fleeing the regime. German unification came in 1871. "
            "The historian Brian Williams wrote about it. Williams said so. German Jews left.\n")
    people = people_of(text, "en", "Wilhelmina")
    assert "German Jews" not in people
    assert "Brian Williams" in people


def test_en_a_name_before_a_noun_takes_no_role_from_a_list():
    """fresh-2's "the physicist Blaise Agüera y Arcas and Princeton librarian
    Paul Needham" gave "Princeton — physicist"."""
    text = ("In 2001, the physicist Blaise Agüera y Arcas and Princeton librarian Paul Needham used digital scans "
            "of a Papal bull in the Scheide Library, Princeton, to compare the letters.\n")
    people = people_of(text, "en", "Johannes Gutenberg")
    assert "Princeton" not in people
    assert people["Blaise Agüera y Arcas"].role == "physicist"


def test_en_a_name_a_kind_noun_is_said_to_be_is_a_thing():
    """fresh-5's "The first Telugu journal printed from Madras was Satya
    Doota in 1835"; "The magazine's first editor was John Smith" names one."""
    text = ("The first Telugu journal printed from Madras was Satya Doota in 1835. "
            "The magazine's first editor was John Smith. Smith wrote much.\n")
    people = people_of(text, "en", "Chennai")
    assert "Satya Doota" not in people
    assert "John Smith" in people


def test_en_a_realm_after_of_does_not_rank_the_person():
    text = ("== Trade ==\nInternal tariffs were abolished by Henry VIII of England. England traded wool. "
            "England grew. In England, towns grew. England built canals.\n"
            "== Textiles ==\nThe flying shuttle patented in 1733 by John Kay was a step. "
            "John Kay was hired by Arkwright. The loom of John Kay spread.\n"
            "== Steam ==\nJames Watt improved the engine. Watt was a Scottish engineer.\n")
    ranked = [p.name for p in sorted(people_of(text, "en", "Industrial Revolution").values(), key=lambda p: -p.score)]
    assert ranked.index("John Kay") < ranked.index("Henry VIII of England")


def test_en_a_maker_after_a_passive_and_a_ruler_are_people():
    text = ("The flying shuttle was patented in 1733 by Kay. The spinning mule was invented by Crompton. "
            "The pharaoh Narmer had Egyptian pottery produced in Canaan. Narmer is shown on a palette.")
    people = people_of(text, "en", "Industrial Revolution")
    assert "Narmer" in people and people["Narmer"].role == "pharaoh"


def test_en_a_regnal_i_beside_the_same_name_with_a_longer_number():
    text = ("By 653 BC, the Saite king Psamtik I was able to oust the Assyrians with the help of Greek mercenaries. "
            "In 525 BC the Persians captured the pharaoh Psamtik III at the battle of Pelusium. "
            "Military campaigns waged under Tuthmosis I and his grandson Tuthmosis III extended the empire.")
    people = people_of(text, "en", "Ancient Egypt")
    assert {"Psamtik I", "Psamtik III", "Tuthmosis I", "Tuthmosis III"} <= set(people)


def test_en_hyphenated_given_name_in_a_list_of_people():
    text = ("Only in the 1820s, after the discovery of the Rosetta Stone and years of research by Thomas Young "
            "and Jean-François Champollion, were hieroglyphs substantially deciphered.")
    assert "Jean-François Champollion" in people_of(text, "en", "Ancient Egypt")


def test_en_a_possessive_with_a_successor_or_a_death_is_a_person_and_a_fronted_place_is_not():
    text = ("The pharaohs Seqenenre Tao II and Kamose defeated the Nubians. That task fell to Kamose's successor, "
            "Ahmose I. Changing his name to Akhenaten, he touted the sun deity Aten. Amarna art was abandoned "
            "after Akhenaten's death. Akhenaten's heresy was erased. Amenemhat I shifted the capital to the city "
            "of Itjtawy. From Itjtawy, the pharaohs of the Twelfth Dynasty undertook land reclamation.")
    people = people_of(text, "en", "Ancient Egypt")
    assert "Kamose" in people and "Akhenaten" in people
    assert "Itjtawy" not in people


def test_en_an_office_an_abbreviation_and_a_given_name_owner_are_no_entries():
    text = ("The Duke of Wellington was Prime Minister. The Prime Minister, the Duke of Wellington, opposed reform. "
            "Companies such as U.S. Steel, General Electric and Standard Oil grew. "
            "George Loveless led the union. George's brother James Loveless was transported.")
    people = people_of(text, "en", "Industrial Revolution")
    assert "Prime Minister" not in people and "S. Steel" not in people and "George" not in people


def test_en_a_person_after_a_place_list_who_invented_is_a_person():
    text = ("In 1764 in the village of Stanhill, Lancashire, James Hargreaves invented the spinning jenny, "
            "which he patented in 1770.")
    assert "James Hargreaves" in people_of(text, "en", "Industrial Revolution")


def test_en_numbered_phases_of_a_culture_are_no_kings_and_an_epithet_joins_its_reign():
    text = ("The Badari was followed by the Amratian (Naqada I) and Gerzeh (Naqada II) cultures. "
            "The Naqada culture developed from a few small farming communities. The Naqada culture manufactured "
            "pottery. Around 1279 BC, Ramesses II, also known as Ramesses the Great, ascended the throne. "
            "Ramesses II led his army against the Hittites. Following the death of Ramesses XI, Smendes ruled.")
    people = people_of(text, "en", "Ancient Egypt")
    assert not any(name.startswith("Naqada") for name in people)
    assert "Ramesses II" in people and "Ramesses XI" in people and "Ramesses the Great" not in people


def test_en_a_given_name_described_as_kin_does_not_join_a_surname():
    text = ("The flying shuttle patented in 1733 by John Kay doubled the output of a weaver. "
            "It spread around Lancashire after 1760 when John's son, Robert, invented the drop box. "
            "A machine for making a continuous sheet of paper was patented in 1798 by Nicholas Louis Robert "
            "who worked for the Didot family in France.")
    people = people_of(text, "en", "Industrial Revolution")
    assert "Nicholas Louis Robert" in people and "son" not in people["Nicholas Louis Robert"].role


# ------------------------------------------------------------ the confidence gate


def test_en_doubtful_roles_are_not_printed_and_the_entry_keeps_its_context():
    # Sentences of en-ancient-egypt and en-industrial-revolution (tuning set).
    text = ("Around 727 BC the Kushite king Piye invaded northward, seizing control of Thebes and eventually "
            "the Delta. By 653 BC, the Saite king Psamtik I was able to oust the Assyrians with the help of "
            "Greek mercenaries. The pharaohs Seqenenre Tao II and Kamose were ultimately able to defeat the "
            "Nubians to the south of Egypt, but failed to defeat the Hyksos. In the 1770s the engineer John "
            "Smeaton built some very large examples and introduced a number of improvements. Watt's monopoly "
            "prevented other inventors, such as Richard Trevithick, William Murdoch, or Jonathan Hornblower, "
            "whom Boulton and Watt sued, from introducing improved steam engines.")
    people = people_of(text, "en", "Ancient Egypt")
    assert people["Psamtik"].role == "Saite king"                     # a reliable title before the name
    for name, said in (("Piye", "BC the Kushite king"), ("Seqenenre Tao II", "pharaohs"),
                       ("John Smeaton", "1770s the engineer")):
        assert people[name].role_kind == "context", (name, people[name].role)    # still listed
        assert people[name].role != said and people[name].role.strip("… ") in text, name   # its sentence
    # "prevented | other inventors, such as ...": the verb ends the clause, the
    # quantifier is left out, the listed share the noun (round 29; not "other inventor")
    assert people["William Murdoch"].role == "inventor"


def test_gate_checks_read_from_the_language_files():
    from pack.extract.people.role_gate import reliable
    from pack.extract.people.roles import Role
    from pack.text.language import language

    en, id_ = language("en"), language("id")
    # Roles seen in the tuning set, good and bad.
    assert reliable(Role("Saite king", "before", True), "Psamtik I", [], en)
    assert reliable(Role("son of David Fabricius", "before", False), "Johannes", ["David Fabricius"], en)
    assert reliable(Role("queen who established herself as pharaoh", "after", True), "Hatshepsut", [], en)
    assert not reliable(Role("great pharaohs", "after", True), "Ramesses II", [], en)
    assert not reliable(Role("another biographer", "after", True), "David Leavitt", ["Andrew Hodges"], en)
    assert not reliable(Role("observation of the four largest satellites of Jupiter", "apposition", False),
                        "Venus", [], en)
    assert not reliable(Role("leader of followers organized a campaign team", "led", False), "David Davis", [], en)
    assert not reliable(Role("Duke of York and Albany", "after", True), "Frederick, Duke of York and Albany", [], en)
    assert not reliable(Role("son of II", "before", False), "Tuthmosis III", [], en)
    assert not reliable(Role("grandson of I", "before", False), "Tuthmosis III", ["Tuthmosis I"], en)
    assert not reliable(Role("putra I", "before", False), "Yakov", [], id_)
    assert reliable(Role("Cardinal, nephew of Pope Urban VIII", "before", True), "Francesco Barberini",
                    ["Urban VIII"], en)
    assert reliable(Role("son of Dim", "before", False), "Ned", [], en)          # a name, not a numeral
    assert reliable(Role("istri kedua Stalin", "before", False), "Nadezhda Alliluyeva", [], id_)
    assert reliable(Role("mantan Perdana Menteri", "title", True), "Sutan Sjahrir", [], id_)
    assert reliable(Role("anggota Komite Pusat", "others", False), "Nikolai Bukharin", ["Lev Kamenev"], id_)
    assert not reliable(Role("anggota Kamenev", "before", False), "Nikolai Bukharin", ["Lev Kamenev"], id_)
    assert not reliable(Role("beberapa anggota Komite Pusat", "others", False), "Nikolai Bukharin", [], id_)


# ------------------------------------------------------------ names, round 4


def test_en_a_title_of_several_words_or_with_its_of_is_not_the_name():
    people = people_of("The Democrats nominated Secretary of State James Buchanan. Buchanan won. "
                       "Lincoln appointed Major General George B. McClellan. McClellan then took months. "
                       "McClellan then resisted. Lincoln replaced McClellan with Ambrose Burnside. "
                       "Secretary of War Stanton said so. Stanton was a Democrat. Stanton worked hard.",
                       "en", "Abraham Lincoln")
    assert people["James Buchanan"].role == "Secretary of State"
    assert people["George B. McClellan"].role == "Major General"
    assert "McClellan" in people["George B. McClellan"].variants       # "McClellan then ..." is no demonym
    assert people["Stanton"].role == "Secretary of War"


def test_en_a_full_name_after_common_words_is_split_from_them():
    people = people_of("Lincoln ran with War Democrats Edwin M. Stanton and others. Stanton agreed. "
                       "Stanton served. Swedish chemist Jöns Jacob Berzelius wrote. Berzelius agreed.",
                       "en", "Abraham Lincoln")
    assert "Edwin M. Stanton" in people
    assert "Jöns Jacob Berzelius" in people                   # not "Jacob Berzelius": "Jöns" is a name


def test_en_kin_named_by_a_given_name_carry_the_family_name():
    people = people_of("Lincoln's third son, Willie, died in 1862. The heritage of Lincoln's mother Nancy "
                       "remains unclear. Nancy Hanks Lincoln was born poor. Vincenzo Galilei was a lutenist. "
                       "Galileo had a son, Vincenzo, and a daughter. Both of them were beaten by David "
                       "Fabricius and his son Johannes.", "en", "Abraham Lincoln")
    assert people["Willie Lincoln"].role == "Lincoln's third son"
    assert people["Nancy Hanks Lincoln"].role == "Lincoln's mother"       # the full name the article writes
    assert people["Johannes Fabricius"].role == "son of David Fabricius"


def test_en_kin_of_a_full_name_with_a_possessive_carries_its_surname():
    """fresh-8: "Francis Baring's son Alexander" is Alexander Baring, not
    Alexander Hamilton named in another chapter."""
    people = people_of("Many people argued with Alexander Hamilton about it.\n\n"
                       "Francis Baring and Company became the agent. Francis Baring's son Alexander was in Paris.",
                       "en", "Louisiana Purchase")
    assert people["Alexander Baring"].role == "Francis Baring's son"
    assert "Francis Baring's son" not in {p.role for name, p in people.items() if name != "Alexander Baring"}


def test_en_a_one_word_name_with_the_role_of_one_full_name_is_that_person():
    """fresh-5: "Albert — Prince" beside "Albert of Saxe-Coburg-Gotha —
    Prince" (and "Augusta — Princess" beside "Augusta of Saxe-Weimar —
    Princess, ...") was one person printed twice."""
    people = people_of("Frederick and Victoria were great admirers of Prince Albert, Queen Victoria's husband. "
                       "Prince Albert further hoped that the marriage would lead to reform. Prince Albert took "
                       "Frederick under his wing.\n\nAdmiring Prince Albert of Saxe-Coburg-Gotha and the British "
                       "parliamentary system, Frederick planned to rule.\n", "en", "Frederick III")
    assert "Albert" not in people and people["Albert of Saxe-Coburg-Gotha"].role == "Prince"
    assert "Albert" in people["Albert of Saxe-Coburg-Gotha"].variants


def test_id_one_person_under_the_old_and_the_new_sj_spelling():
    """fresh: "Sutan Sjahrir" (spelling before 1972) and "Sutan Syahrir" were
    two entries of one man; "sj" marks the old spelling as "oe", "dj", "tj" do."""
    people = people_of("Pada tanggal 10 Agustus 1945, Sutan Syahrir telah mendengar berita lewat radio. Syahrir "
                       "lalu mendesak Soekarno.\n\nSutan Sjahrir, Wikana, Darwis, dan Chaerul Saleh mendengar kabar "
                       "ini melalui radio BBC.\n", "id", "Proklamasi Kemerdekaan Indonesia")
    assert [name for name in people if "ahrir" in name] == ["Sutan Syahrir"]
    assert "Sjahrir" in people["Sutan Syahrir"].variants


def test_a_name_of_the_most_common_words_only_is_no_person():
    """fresh: "Pekerjaan Umum — Menteri" (of "Menteri Pekerjaan Umum", the
    Minister of Public Works); fresh-2: "M. Contoh" (of "839 M. Contoh
    lain"). Names of rarer words or with a given name stay."""
    article, _ = parse("Soekarno bertemu Mohammad Hatta.", "id", "inline.txt")
    analysis = analyse(article)
    assert common_words_only("Pekerjaan Umum", analysis) and common_words_only("M. Contoh", analysis)
    assert not common_words_only("Mohammad Hatta", analysis) and not common_words_only("Soekarno", analysis)
    article, _ = parse("Sitting Bull met Red Cloud.", "en", "inline.txt")
    analysis = analyse(article)
    assert not any(common_words_only(name, analysis) for name in ("Sitting Bull", "Red Cloud", "Bill Gates",
                                                                   "Crazy Horse", "Four Horns"))


def test_id_a_title_before_a_realm_and_its_seat_is_an_office():
    """fresh-2: "Raja Sriwijaya Jambi yang bernama Srindrawarman" (the king of
    Sriwijaya at Jambi) printed "Sriwijaya Jambi — Raja": a title before a
    name that opens with a realm the article writes alone as a place names
    an office, as "Raja Galuh" beside "Kerajaan Galuh" does."""
    people = people_of(
                       "Nusantara telah mempunyai warisan peradaban berusia ratusan tahun dengan dua kekaisaran besar, yaitu"
                       " Sriwijaya di Sumatra pada abad ke-7 hingga 14 dan Majapahit di Jawa pada abad ke-13 sampai 16, "
                       "ditambah dengan puluhan kerajaan kecil yang seringkali menjadi vassal tetangganya yang lebih kuat "
                       "atau saling terhubung dalam semacam ikatan perkawinan dan perdagangan (seperti di Maluku).  Pada "
                       "abad ke-7 hingga abad ke-14, kerajaan Buddha Sriwijaya berkembang pesat di Sumatra.  Penjelajah "
                       "Tiongkok, I-Tsing, mengunjungi ibu kota Sriwijaya, Palembang, sekitar tahun 670-an.  Pada puncak "
                       "kejayaannya, Sriwijaya menguasai daerah sejauh Jawa Barat dan Semenanjung Melayu.  Kerajaan "
                       "Sriwijaya juga menjadi saksi bangkitnya sebuah kerajaan Hindu di Jawa Timur, yaitu Majapahit.  Saat "
                       "itu sudah ada jalur pelayaran yang ramai dan bersifat internasional melalui Selat Malaka yang "
                       "menghubungkan Dinasti Tang di Tiongkok, Sriwijaya di Asia Tenggara, dan Bani Umayyah di Asia Barat "
                       "sejak abad ke-7.  Hal ini tampak pada tahun 100 H (718 M) Raja Sriwijaya Jambi yang bernama "
                       "Srindrawarman mengirim surat kepada Khalifah Umar bin Abdul Aziz dari Kekhalifahan Umayyah meminta "
                       "dikirimkan mubalig yang bisa menjelaskan Islam kepadanya.  Sriwijaya Jambi pun dikenal dengan nama "
                       "'Sribuza Islam'. Para pedagang datang ke Sriwijaya. Banyak biksu belajar di Sriwijaya. Armada dari "
                       "Sriwijaya menyerang Jawa.", "id", "Sejarah Indonesia")
    assert not any(name.startswith("Sriwijaya") for name in people)


def test_en_a_word_of_buildings_alone_is_no_person():
    """fresh-5: "the Crown Prince's Palace", "the New Palace" printed "Palace"
    (people.toml thing_tails end no person's name, and are none alone)."""
    people = people_of("Frederick William was born in the New Palace at Potsdam in Prussia on 18 October 1831.\n"
                       " The betrothal of the young couple was announced on May 19, 1857, at Buckingham Palace and "
                       "the Prussian Court, and their marriage took place on 25 January 1858 in the Chapel Royal of "
                       "St.\n James's Palace, London.\n The couple often resided at the Crown Prince's Palace and had "
                       "eight children: Wilhelm in 1859, Charlotte in 1860, Henry in 1862, Sigismund in 1864, Victoria "
                       "in 1866, Waldemar in 1868, Sophia in 1870 and Margaret in 1872.\n Too ill to march in his "
                       "father's funeral procession, he was represented by Wilhelm, the new Crown Prince, while he "
                       "watched, weeping, from his rooms in the Charlottenburg Palace.\n", "en",
                       "Frederick III, German Emperor")
    assert "Palace" not in people


def test_en_a_race_or_a_party_in_a_list_after_its_kind_is_no_person():
    """fresh-9: "the Left parties, Shiv Sena and UPA constituents" printed
    "Shiv Sena", "horse races including the Kikuka-shō, Spring Tenno Sho,
    and ..." printed "Spring Tenno Sho" (a list's names may open with "the")."""
    people = people_of("Kalam was President of India. He did not have the support of the Left parties, Shiv Sena "
                       "and UPA constituents to receive a renewed mandate.\n\nKyoto hosts notable horse races "
                       "including the Kikuka-shō, Spring Tenno Sho, and Queen Elizabeth II Commemorative Cup.\n",
                       "en", "A. P. J. Abdul Kalam")
    assert "Shiv Sena" not in people and "Spring Tenno Sho" not in people


def test_id_a_name_before_a_joiner_shares_no_surname():
    """fresh-2: "Soekarno, Hatta dan Radjiman Widjodiningrat" printed "Hatta
    Widjodiningrat" ("Alfred and Eugene Cowles" is English: Indonesian
    names carry no family name to share)."""
    people = people_of(" Soekarno, Mohammad Hatta, dan para Kyai memperoleh penghormatan dari Kaisar Jepang pada "
                       "tahun 1943.\nPada 9 Agustus 1945 Soekarno, Hatta dan Radjiman Widjodiningrat diterbangkan ke "
                       "Vietnam untuk bertemu Marsekal Terauchi.\n", "id", "Sejarah Indonesia")
    assert "Mohammad Hatta" in people and not any(name.startswith("Hatta ") for name in people)


def test_en_zu_is_a_particle_inside_a_name():
    """fresh-8: "Georg Graf zu Münster" printed "Georg Graf" ("Graf" is his
    title, Count; "zu" joins the name as "von" does)."""
    people = people_of("The Congress of Vienna met in 1814.\n\nOthers\n\nHanover, then in a personal union with "
                       "the British crown – Georg Graf zu Münster. (King George III had refused to recognize the "
                       "title.)\n\nBavaria – Maximilian Graf von Montgelas\n", "en", "Congress of Vienna")
    assert "Georg Graf zu Münster" in people and "Georg Graf" not in people


def test_a_kin_role_has_one_owner_for_every_reader():
    """The join of one person's two relations and the family name a child
    carries read a relation's owner one way: the possessive of a full name
    ("Francis Baring's son") was the son of no one to the join."""
    article, _ = parse("Francis Baring's son Alexander was in Paris. David Fabricius and his son Johannes.",
                       "en", "inline.txt")
    analysis = analyse(article)
    assert kin_and_owner("Francis Baring's son", analysis) == ("son", "francis baring")
    assert kin_and_owner("Columbus's natural son", analysis) == ("son", "columbus")
    assert kin_and_owner("son of David Fabricius", analysis) == ("son", "david fabricius")
    assert kin_and_owner("Danish physicist", analysis) is None
    article, _ = parse("Yakov, putra Stalin, lahir di Baku.", "id", "inline.txt")
    analysis = analyse(article)
    assert kin_and_owner("putra kedua Stalin", analysis) == ("putra", "stalin")
    assert kin_and_owner("putra dari Lidia Pereprygia", analysis) == ("putra", "lidia pereprygia")


def test_en_a_surname_ending_in_s_is_no_plural():
    """A name that only ends in "s" is one person's ("Jane Addams, who",
    "Louis"), a plural has a singular the language or the article knows
    ("the Jesuits", "the Bolsheviks" beside "a Bolshevik leader")."""
    article, _ = parse("The Bolsheviks, who won, met the Bolshevik leader. Jane Addams, who spoke, met "
                       "Louis Hopkins and the Jesuits.", "en", "inline.txt")
    analysis = analyse(article)
    ctx = SimpleNamespace(lex=analysis.lex, index=analysis.index)
    assert _plural_name("bolsheviks", ctx) and _plural_name("jesuits", ctx)
    assert not any(_plural_name(word, ctx) for word in ("addams", "louis", "hopkins", "hess", "columbus"))


def test_en_a_word_used_as_a_place_is_not_a_surname_alone():
    people = people_of("A rank unoccupied since George Washington. Lincoln arrived in Washington, D.C. "
                       "He had to protect Washington. Troops reached Washington. McClellan defended "
                       "Washington. Washington was calm. Grant left Washington County in May.",
                       "en", "Abraham Lincoln")
    assert "Washington" not in people["George Washington"].variants


def test_en_an_elided_particle_and_the_subject_full_name():
    people = people_of("Galileo di Vincenzo Bonaiuti de' Galilei was an astronomer. Galileo named them after "
                       "his patron, Cosimo II de' Medici, Grand Duke of Tuscany. Vincenzo Galilei was his father. "
                       "Galileo Galilei died in 1642.", "en", "Galileo Galilei")
    assert "Cosimo II de' Medici" in people
    assert not any("Bonaiuti" in name or "Bonaiuti" in " ".join(p.variants) for name, p in people.items())


def test_en_a_role_after_as_may_open_with_an_adjective_and_its_owner_is_named():
    people = people_of("The Confederacy selected Jefferson Davis as its provisional president on February 9, 1861.",
                       "en", "Abraham Lincoln")
    assert people["Jefferson Davis"].role == "provisional president of Confederacy"     # "its": whose


def test_en_a_short_name_in_brackets_after_a_full_name_is_that_person():
    people = people_of("The oldest, Robert Todd Lincoln, was born in 1843. Edward Baker Lincoln (Eddie), born in 1846, "
                       "died in 1850. The deaths of their sons, Eddie and Willie, had profound effects.",
                       "en", "Abraham Lincoln")
    assert "Eddie" in people["Edward Baker Lincoln"].variants
    assert not any(name.startswith("Eddie") for name in people)


def test_en_a_surname_alone_is_the_person_named_in_its_paragraph():
    text = ("Turing's paper was applied by the biologist James Murray to the spots of animals.\n\n"
            "In 1952 Turing met Arnold Murray, a young man. Murray was questioned. Murray told the police.\n")
    people = people_of(text, "en", "Alan Turing")
    assert "Murray" in people["Arnold Murray"].variants
    assert "Murray" not in people["James Murray"].variants


def test_en_a_common_word_after_a_title_named_once_is_no_person():
    people = people_of("Edison's firm became General Electric in 1892. General Grant took Vicksburg. "
                       "Grant then marched east. Grant won.", "en", "Thomas Edison")
    assert "Electric" not in people
    assert people["Grant"].role == "General"


def test_id_a_surname_alone_written_one_letter_apart_is_that_person():
    text = ("Goenawan mengunjungi T. Tirtokoesoemo di Karanganyar. "
            "Kongres menunjuk Tirtokoesoemo sebagai ketua umum. "
            "Kepemimpinan Tirtokoesomo dari Karanganyar berlangsung lama. "
            "Tirtokoesomo yang juga merupakan Bupati Karanganyar mundur.")
    people = people_of(text, "id", "Budi Utomo")
    assert [name for name in people if "Tirtoko" in name] == ["T. Tirtokoesoemo"]


def test_en_a_person_named_in_a_sentence_of_the_subjects_family_life_ranks_higher():
    people = people_of("Galileo fathered three children out of wedlock with Marina Gamba. "
                       "Galileo read the treatises of Domingo Soto.", "en", "Galileo Galilei")
    assert people["Marina Gamba"].score > people["Domingo Soto"].score
    assert list(people)[0] == "Marina Gamba"


def test_en_a_name_after_an_article_at_every_mention_is_no_person():
    people = people_of("Empiricism is evidenced by the Edwin Smith and Ebers papyri. "
                       "Galileo fathered three children with Marina Gamba.", "en", "Galileo Galilei")
    assert "Edwin Smith" not in people
    assert "Marina Gamba" in people


# ------------------------------------------------- roles found in round 6


def test_en_of_before_an_apposition_naming_someone_else_is_not_their_role():
    people = people_of("The signatories included the President of the Royal Society Sir Paul Nurse, "
                       "Lady Trumpington and others. Nurse spoke.\n", "en", "Alan Turing")
    lady = people.get("Lady Trumpington")
    assert lady is None or lady.role_kind != "role" or "Royal Society" not in lady.role


def test_id_a_later_name_in_brackets_is_the_same_person():
    people = people_of("Kemarahan itu mendorong Soewardi Suryaningrat (yang kemudian bernama Ki Hadjar "
                       "Dewantara) untuk menulis. Hadjar Dewantara adalah tokoh penting pergerakan Indonesia. "
                       "Dewantara kemudian dibuang.\n", "id", "Budi Utomo")
    entries = [name for name in people if "Dewantara" in name or "Soewardi" in name]
    assert len(entries) == 1


def test_en_given_names_only_that_open_one_full_name_are_that_person():
    people = people_of("The caravels were piloted by the Pinzón brothers (Martín Alonso and Vicente Yáñez). "
                       "Thereupon, the captain of the Pinta, Martín Alonso Pinzón, saw land. "
                       "Martín Alonso Pinzón later left.\n", "en", "Christopher Columbus")
    assert "Martín Alonso" not in people
    assert people["Martín Alonso Pinzón"].role == "captain of the Pinta"


# ------------------------------------------------------------ people round 7 (split-half A: en-alan-turing, en-industrial-revolution)


def test_en_a_relative_clause_only_people_take_describes_a_name_met_once():
    text = ("He introduced the team to Tommy Flowers who went on to build the Colossus computer. "
            "Credit for the term may be given to Arnold Toynbee, whose 1881 lectures described it. "
            "A statue was made by Antony Gormley in 2020.")
    people = people_of(text, "en", "Alan Turing")
    assert people["Tommy Flowers"].score > people["Antony Gormley"].score
    assert people["Arnold Toynbee"].score > people["Antony Gormley"].score



# ------------------------------------------------------------ people round 8 (split-half A: en-galileo-galilei)


BROWN = ("Thomas Brown was born in Leeds in 1809. In 1839 Brown met {met}. Wedgwood was rich.\n\n"
         "Brown moved to London in 1842 and wrote his first book there. The book sold well.\n\n"
         "His wife Harriet ran the household in London. Harriet bore him ten children. Harriet survived him.\n")


def test_en_a_given_name_alone_is_the_one_full_name_met_before_it():
    people = people_of(BROWN.format(met="Harriet Wedgwood"), "en", "Thomas Brown")
    assert "Harriet" not in people
    assert people["Harriet Wedgwood"].role == "wife of Brown"
    assert "Harriet" in people["Harriet Wedgwood"].variants


def test_en_a_given_name_two_full_names_hold_or_another_role_stays_alone():
    shared = people_of(BROWN.format(met="Harriet Wedgwood and the poet Harriet Lane"), "en", "Thomas Brown")
    assert shared["Harriet"].role == "wife of Brown"
    assert "Harriet Wedgwood" in shared and "Harriet Lane" in shared
    described = people_of(BROWN.format(met="the banker Harriet Wedgwood"), "en", "Thomas Brown")
    assert described["Harriet"].role == "wife of Brown"
    assert described["Harriet Wedgwood"].role == "banker"


def test_en_a_son_named_as_his_father_stays_apart_from_him():
    text = ("Thomas Brown was born in Leeds in 1809, the son of George Brown. "
            "George Brown was a doctor who lived in Leeds.\n\n"
            "Brown moved to London in 1842 and wrote his first book there.\n\n"
            "His son George studied law in London. George married in 1870. George died young.\n")
    people = people_of(text, "en", "Thomas Brown")
    assert people["George"].role == "son of Brown"
    assert "George" not in people["George Brown"].variants


def test_en_a_name_without_its_number_is_not_a_son_given_the_same_name():
    text = ("This was followed by Abraham Darby, who made great strides using coke in 1709. "
            "In the 1750s his son Abraham Darby II built new furnaces. "
            "The Iron Bridge was built in 1778 by Abraham Darby III.\n\n"
            "Pope John Paul II spoke in 1992. John Paul visited Pisa.\n")
    people = people_of(text, "en", "Industrial Revolution")
    assert "Abraham Darby" in people
    assert "Abraham Darby" not in people["Abraham Darby II"].variants
    assert "John Paul" in people["John Paul II"].variants


def test_en_a_role_that_is_a_clause_is_not_printed():
    text = ("Mary Smith was born in Leeds. Her father was a doctor.\n"
            "Henry Jones headed the Royal Society while she lived in London. Jones was rich.\n"
            "Robert FitzRoy led the Beagle Expedition and Mary joined him in 1831. FitzRoy was famous.\n"
            "Jack Good, a cryptanalyst who worked with Smith, wrote to her. Good was rich.\n")
    people = people_of(text, "en", "Mary Smith")
    assert people["Henry Jones"].role_kind == "context"
    assert people["Robert FitzRoy"].role == "leader of Beagle Expedition"
    assert people["Jack Good"].role == "cryptanalyst who worked with Smith"


def test_id_a_relative_clause_right_before_a_name_is_not_its_role():
    text = ("Stalin menjadi salah satu anggota Bolshevik yang mendukung keputusan Vladimir Lenin untuk tidak "
            "membentuk koalisi. Lenin lalu pergi ke Moskwa. Lenin sakit.\n"
            "Stalin dan Nadezhda Alliluyeva menurunkan dua orang anak, seorang putra yang diberi nama "
            "Vasily, dan seorang putri yang diberi nama Svetlana. Vasily menjadi pilot. Svetlana menulis buku.\n")
    people = people_of(text, "id", "Josef Stalin")
    assert people["Vladimir Lenin"].role_kind == "context"      # not "anggota Bolshevik yang mendukung keputusan"
    assert people["Vasily"].role == "putra Stalin"
    assert people["Svetlana"].role == "putri Stalin"


def test_en_a_nationality_and_a_doer_noun_before_a_full_name_describe_a_person_met_once():
    text = ("In 2009, British programmer John Graham-Cumming started a petition for Turing. "
            "A statue was made by Antony Gormley in 2020.\n")
    people = people_of(text, "en", "Alan Turing")
    assert people["John Graham-Cumming"].score > people["Antony Gormley"].score
    assert people["John Graham-Cumming"].role == "British programmer"   # a doer by its ending (round 29)


@pytest.mark.parametrize("text, lang, subject, roles", [
    pytest.param("Mary Smith was born in Leeds in 1809.\nAdam Sedgwick was a geologist whose lectures she "
                 "attended. Sedgwick was rich.\nJohn Henslow, a botanist who became her mentor when she was at "
                 "Cambridge, wrote often. Henslow was kind.\n",
                 "en", "Mary Smith", {"Adam Sedgwick": "geologist", "John Henslow": "botanist"},
                 id="a-role-cut-into-a-clause-falls-back-to-the-phrase-before-its-relative-word"),
    # Shaped like fresh-4's Pizarro: "Two half-brothers from his father, Juan Pizarro and Gonzalo
    # Pizarro, and a half-brother from his mother, Francisco Martín de Alcántara" gave "father", "mother".
    pytest.param("Diego Ramos was a Spanish sailor. Ramos sailed west in 1510. Two half-brothers from his father, "
                 "Juan Ortega and Luis Ortega, and a half-brother from his mother, Pablo Mena, later joined him. "
                 "Ramos died in 1540.",
                 "en", "Diego Ramos", {"Juan Ortega": "half-brother of Ramos", "Pablo Mena": "half-brother of Ramos"},
                 id="kin-from-a-side-of-the-family-is-that-kin"),
    # Shaped like en-russian-revolution ("the Army Chief Nikolai Ruzsky") and
    # en-lisbon ("led by Consul Decimus Junius Brutus Callaicus"): a title the
    # occupations list lacked was read as part of the name, and the name as a term.
    pytest.param("When the king arrived in Pskov, the Army Chief Pavel Zarubin advised him to abdicate. The town "
                 "was won by Consul Marcus Tullius Varro in the first war. Later the chairman Ivan Petrovsky "
                 "closed the council.",
                 "en", "Some Revolution", {"Pavel Zarubin": "Army Chief",
                  "Marcus Tullius Varro": "Consul",
                  "Ivan Petrovsky": "chairman"},
                 id="en-office-titles-before-a-name-are-not-part-of-it"),
    # Shaped like fresh-4's Pizarro ("Francisco Pizarro González ... his cousin Pedro Pizarro").
    pytest.param("Diego Ramos Salcedo was a Spanish sailor. Ramos sailed west in "
                 "1510. Later his cousin Tomás Ibarra joined him. Ramos died in 1540.",
                 "en", "Diego Ramos Salcedo", {"Tomás Ibarra": "cousin of Ramos"},
                 id="kin-of-a-subject-with-two-surnames-names-the-one-the-article-uses"),
    # Shaped like fresh-4's "Pizarro captured the Incan emperor Atahualpa" and fresh-2's
    # "It has also elected an openly gay mayor, Ed Murray": the verb and its subject are no role.
    pytest.param("Diego Ramos was a Spanish sailor. After a long march, Ramos captured the rebel leader Juan "
                 "Ortega at the river. The town has also elected an openly gay mayor, Tom Reed, and a socialist "
                 "councillor.",
                 "en", "Diego Ramos", {"Juan Ortega": "rebel leader", "Tom Reed": "openly gay mayor"},
                 id="en-a-role-before-a-name-starts-after-the-verb-whose-object-it-is"),
    # Shaped like fresh-4's Pizarro: "a soldier, Diego de Almagro" printed as "Diego de Almagro II — soldier"
    # (Almagro II is the son).
    pytest.param("Diego Ramos was a Spanish sailor. In 1524 Ramos formed a partnership with a soldier, Luis de "
                 "Ortega, to explore the south. Ortega and Ramos quarrelled in 1537. In 1541 supporters of Luis "
                 "de Ortega II killed Ramos.",
                 "en", "Diego Ramos", {"Luis de Ortega": "soldier"},
                 id="en-a-number-after-a-full-name-is-the-son-not-the-fuller-name"),
    # Shaped like fresh-2's "the youngest son of the patrician merchant Friele Gensfleisch zur Laden, and
    # his second wife, Else Wyrich" (blind item 138: "wife of Gutenberg", she was his mother).
    pytest.param("Diego Ramos was a Spanish sailor. Ramos was born in Seville, the youngest son of the merchant "
                 "Tomás Ibarra, and his second wife, Inés Vela, who was the daughter of a baker. Ramos died in 1540.",
                 "en", "Diego Ramos", {"Inés Vela": "wife of Tomás Ibarra"},
                 id="en-a-pronoun-after-a-joiner-is-the-nearest-persons"),
    pytest.param("Jerman ingin menukar Yakov dengan Friedrich Paulus, Marsekal Lapangan Jerman yang ditangkap. "
                 "Stalin mendukung seorang ahli agrobiologi yang bernama Trofim Lysenko. Ia membentuk Stavka "
                 "dengan Georgy Zhukov sebagai Kepala Staf. Pasukan itu dihancurkan oleh Tentara Putih pimpinan "
                 "Alexander Kolchak.",
                 "id", "Josef Stalin", {"Friedrich Paulus": "Marsekal Lapangan Jerman",
                  "Trofim Lysenko": "ahli agrobiologi",
                  "Georgy Zhukov": "Kepala Staf",
                  "Alexander Kolchak": "pemimpin Tentara Putih"},
                 id="id-apposition-named-as-and-led-roles"),
    pytest.param("Lalu Vladimir Lenin tidak menyukai watak Stalin, dan berkata kepada saudarinya Maria bahwa "
                 "Stalin tidak cerdas. Ia lebih suka berlibur di Abkhazia, karena bersahabat dengan pemimpinnya, "
                 "Nestor Lakoba. Stalin dan rekan sejawatnya Lev Kamenev mengambil alih harian Pravda.",
                 "id", "Josef Stalin", {"Maria": "saudari Vladimir Lenin",
                  "Nestor Lakoba": "pemimpin Abkhazia",
                  "Lev Kamenev": "rekan sejawat Stalin"},
                 id="id-role-owner-from-a-pronoun"),
    pytest.param("Lalu Nikolai Yezhov dicopot dari jabatan kepala NKVD dan digantikan oleh Lavrenti "
                 "Beria. Proses itu berakhir setelah Nikita Khrushchev digantikan oleh Leonid Brezhnev.",
                 "id", "Josef Stalin", {"Lavrenti Beria": "kepala NKVD",
                  "Leonid Brezhnev": "pengganti Nikita Khrushchev"},
                 id="id-successor-takes-the-office-or-the-predecessor"),
    pytest.param("Stalin menikah dua kali. Istri pertamanya, Ekaterina Svanidze, ia "
                 "nikahi pada tahun 1906. Kemudian putri, Svetlana Alliluyeva, lahir.",
                 "id", "Josef Stalin", {"Ekaterina Svanidze": "istri pertama Stalin",
                  "Svetlana Alliluyeva": "putri Stalin"},
                 id="bare-kin-in-a-biography-is-kin-of-its-subject"),
    # Shaped like id-budi-utomo ("Tokoh-tokoh lain yang turut dihubungi seperti Koesoemo Oetoyo selaku
    # Bupati Jepara, Achmad Djajadiningrat selaku Bupati Serang, ...").
    pytest.param("Para pelajar mengunjungi para bupati. Tokoh-tokoh lain yang turut dihubungi seperti Soerjo "
                 "Atmodjo selaku Bupati Rembang, Hasan Wiradikarta selaku Bupati Garut, dan tokoh lainnya. Soerjo "
                 "Atmodjo menolak ajakan itu.\n",
                 "id", "Budi Utomo", {"Soerjo Atmodjo": "Bupati Rembang"},
                 id="a-names-own-office-after-it-wins-over-a-list-lead-before-it"),
    pytest.param("Stalin bertemu Presiden Amerika "
                 "Serikat Harry Truman di Potsdam.",
                 "id", "Josef Stalin", {"Harry Truman": "Presiden Amerika Serikat"},
                 id="id-title-inside-name-run"),
    pytest.param("Discovery of this metal was announced by Danish physicist Hans Christian "
                 "Ørsted. Ørsted was modest. Later the chemist Friedrich Wöhler repeated it.",
                 "en", "Aluminium", {"Hans Christian Ørsted": "Danish physicist", "Friedrich Wöhler": "chemist"},
                 id="en-role-before-name-keeps-nationality"),
    pytest.param("His proof followed Alonzo Church's proof. Alonzo "
                 "Church was a logician. Church taught at Princeton.",
                 "en", "Alan Turing", {"Alonzo Church": "logician"},
                 id="en-surnames-that-are-common-nouns-stay-people"),
    pytest.param("In 1920 the union leader Semaun declared "
                 "a strike. Then Semaun travelled to Jakarta.",
                 "en", "Dutch East Indies", {"Semaun": "union leader"},
                 id="en-relation-right-before-a-name-names-the-person"),
    pytest.param("Accompanied by his brother Bartolomeo and his "
                 "13-year-old son Fernando, he left Cádiz on 11 May 1502.",
                 "en", "Christopher Columbus", {"Fernando Columbus": "13-year-old son of Columbus",
                  "Bartolomeo Columbus": "brother of Columbus"},
                 id="en-a-pronoun-owner-is-not-a-person-owned-before-it"),
    # corpus/en-christopher-columbus (tuning set).
    pytest.param("His father was Domenico Colombo, a wool weaver who worked both in Genoa and Savona. His mother "
                 "was Susanna Fontanarossa. He had three brothers—Bartolomeo, Giovanni Pellegrino, and Giacomo "
                 "(also called Diego), as well as a sister named Bianchinetta.",
                 "en", "Christopher Columbus", {"Domenico Colombo": "father of Columbus",
                  "Susanna Fontanarossa": "mother of Columbus",
                  "Giovanni Pellegrino": "brother of Columbus"},
                 id="en-the-subjects-family-named-after-a-copula-and-a-plural-kin-noun"),
    # corpus/id-agresi-militer-2 (tuning set).
    pytest.param("Presiden Indonesia Soekarno, Wakil Presiden Mohammad Hatta, dan mantan Perdana "
                 "Menteri Sutan Sjahrir ditangkap oleh Belanda dan kemudian diasingkan ke Bangka.",
                 "id", "Agresi Militer Belanda II", {"Sjahrir": "mantan Perdana Menteri",
                  "Mohammad Hatta": "Wakil Presiden"},
                 id="id-former-before-a-title-stays-in-the-role"),
    pytest.param("In 1619, Galileo became embroiled in a controversy with Father Orazio Grassi, "
                 "professor of mathematics at the Jesuit Collegio Romano. Grassi replied.",
                 "en", "Galileo Galilei", {"Orazio Grassi": "professor of mathematics at the Jesuit Collegio Romano"},
                 id="en-a-relation-written-as-a-title-is-no-role-and-the-apposition-is"),
    pytest.param("John Wilkes Booth was a well-known actor and a Confederate "
                 "spy from Maryland. Booth hatched a plot. Booth fired.",
                 "en", "Abraham Lincoln", {"John Wilkes Booth": "well-known actor"},
                 id="en-a-sentence-opening-with-the-name-says-what-they-were"),
    pytest.param("The milling machine was invented by Eli Whitney, who was a "
                 "government contractor who built firearms. Whitney later built a gin.\n",
                 "en", "Industry", {"Eli Whitney": "government contractor"},
                 id="en-role-in-a-relative-clause-right-after-the-name"),
    pytest.param("Ia menghubungi Raden Mas Tjokro Adikoesoemo yang menjabat "
                 "sebagai Bupati Temanggung. Adikoesoemo lalu datang ke Jakarta.\n",
                 "id", "Budi Utomo", {"Tjokro Adikoesoemo": "Bupati Temanggung"},
                 id="id-role-in-a-relative-clause-right-after-the-name"),
    pytest.param("Thereupon, the captain of the Pinta, Martín Alonso "
                 "Pinzón, verified the sight of land. Pinzón later left.\n",
                 "en", "Christopher Columbus", {"Martín Alonso Pinzón": "captain of the Pinta"},
                 id="en-role-noun-with-of-before-an-apposition-keeps-its-complement"),
    pytest.param("Samuel Eliot Morison, a Harvard historian and author of a multivolume "
                 "biography on Columbus, writes about him. Morison was harsh.\n",
                 "en", "Christopher Columbus", {"Samuel Eliot Morison": "Harvard historian"},
                 id="en-a-role-failing-whole-is-shown-as-its-first-part-before-and"),
    pytest.param("Cut Nyak Dien menikah lagi dengan Teuku Umar, seorang tokoh pejuang Aceh. Belanda "
                 "menjadikan Teuku Umar sebagai komandan unit pasukan Belanda. Teuku Umar gugur.",
                 "id", "Cut Nyak Dien", {"Teuku Umar": "tokoh pejuang Aceh"},
                 id="id-a-relation-before-an-occupation-is-an-occupation"),
    # Shaped like id-soekarno's sentences on the vice-president and president.
    pytest.param("Wakil Presiden Adam Malik membuka sidang. Sidang berlangsung "
                 "lama. Kemudian Presiden Adam Malik membentuk kabinet baru.",
                 "id", "Sejarah", {"Adam Malik": "Presiden"},
                 id="id-a-deputy-who-became-the-office-itself-gets-the-office"),
])
def test_the_roles_printed(text, lang, subject, roles):
    people = people_of(text, lang, subject)
    assert {name: people[name].role for name in roles} == roles


# ------------------------------------------------------------ round 9: the subject's names, rulers, bodies


def test_en_names_at_the_opening_before_what_is_said_are_the_subjects():
    text = ("Casimir the Great (Polish: Kazimierz Wielki, tr. Kazimir Velikiy), Casimir III or Kazimir "
            "Piastovich (1310 – 1370) ruled Poland with his adviser Alexei Adashev. Later Adashev fell from "
            "favour. Adashev died in 1361. A film, Kazimir Velikiy, was made. Kazimir Piastovich won.\n")
    people = people_of(text, "en", "Casimir the great")
    assert not {"Kazimir Velikiy", "Kazimir Piastovich", "Kazimir", "Casimir III"} & set(people)
    assert "Alexei Adashev" in people                # named after the verb: someone else


def test_id_a_nickname_at_the_opening_is_the_subject():
    text = ("Ir. Soewarno (Ejaan Republik: Suwarno; 1901 – 1970), dikenal juga dengan sapaan Bung Warno, "
            "adalah seorang insinyur. Bung Warno bekerja bersama Mohammad Hatta. Hatta adalah ekonom.\n")
    people = people_of(text, "id", "Soewarno")
    assert not {"Warno", "Bung Warno", "Suwarno"} & set(people)
    assert "Mohammad Hatta" in people


def test_en_an_opening_name_joins_no_one_who_is_not_at_the_opening():
    text = ("Carlo di Vincenzo Bellini (1600 – 1660) was a painter. His father Vincenzo Bellini taught him. "
            "Vincenzo Bellini died in 1620.\n")
    assert "Vincenzo Bellini" in people_of(text, "en", "Carlo bellini")


def test_en_kin_of_a_ruler_with_an_epithet_or_number_is_not_given_a_false_surname():
    text = ("Ivan the Terrible married twice. His mother Elena Glinskaya ruled for him. "
            "He asked for his daughter Anna. Anna was summoned.\n")
    people = people_of(text, "en", "Ivan the terrible")
    assert people["Elena Glinskaya"].role == "mother of Ivan the Terrible"
    assert "Anna Ivan" not in people and "Anna Terrible" not in people


def test_en_a_regnal_one_is_not_the_pronoun_i():
    text = ("Leopold I, Holy Roman Emperor, met the tsar. I think. I write. I know. I came. I left. "
            "The tsar wrote to Augustus Hoffmann. Augustus Hoffmann answered. Hoffmann was a mayor.\n")
    people = list(people_of(text, "en", "Ivan the terrible"))
    assert people.index("Augustus Hoffmann") < people.index("Leopold I")


def test_en_a_number_before_a_kin_noun_is_no_ones_role():
    text = "He had many children. These included three sons named Pavel, who died young.\n"
    assert "Pavel" not in people_of(text, "en", "Ivan the terrible")


def test_id_a_name_of_english_words_only_is_a_thing():
    """fresh-3's "National Geographic" in an Indonesian article, taken for a
    person with its context; an English given name keeps a person."""
    people = people_of("Menurut Simon Winchester, ahli geologi lulusan Universitas Oxford Inggris yang juga penulis "
                       "National Geographic mengatakan bahwa ledakan itu adalah yang paling besar. "
                       "Pada tahun 1883 John Smith datang ke Jawa.\n",
                       "id", "Krakatau")
    assert "National Geographic" not in people
    assert "Simon Winchester" in people


def test_id_a_title_before_a_body_is_an_office_not_a_person():
    text = ("Rencana itu didukung Panglima Angkatan Bersenjata Republik, Jenderal Soedirman. "
            "Soedirman memimpin perang gerilya. Para pemimpin Divisi Siliwangi menolak.\n")
    people = people_of(text, "id", "Soewarno")
    assert not any(name.startswith(("Panglima", "Divisi")) for name in people)
    assert "Soedirman" in people


def test_en_half_siblings_and_in_laws_are_kin_of_the_subject_under_its_whole_name():
    text = ("Casimir the Great (Polish: Kazimierz Wielki, tr. Kazimir Velikiy) ruled Poland. "
            "Kazimir Velikiy, warned by his half-sister Sophia, fled. Sophia later ruled alone. "
            "He wrote to James Crane, his father-in-law, who was a bleacher.\n")
    people = people_of(text, "en", "Casimir the great")
    assert people["Sophia"].role == "half-sister of Casimir the Great"
    assert people["James Crane"].role.startswith("father-in-law")


def test_id_a_body_abbreviation_glued_before_a_name_is_not_part_of_it():
    text = ("Ketegangan meningkat ketika ketua PKI Aidit menyerukan pembentukan angkatan baru. "
            "Ia juga bertemu ketua PKI D.N. Aidit di Jakarta. Aidit ditangkap pada tahun 1965. "
            "Saham NV Borneo Sumatra Maatschappij dijual. Pasukan tiba di Sumatra.\n")
    people = people_of(text, "id", "Soewarno")
    assert people["D.N. Aidit"].role == "ketua PKI"
    assert "Sumatra" not in people


def test_id_one_word_names_told_of_as_people_only_are_people():
    text = ("Pemberontakan di Madiun berada di bawah pimpinan Warsomo. Pada akhir tahun itu Warsomo "
            "ditembak mati. Salah satu muridnya adalah Fatmasari yang berusia 15 tahun. "
            "Pada tahun 1943 ia menikah dengan Fatmasari.\n")
    people = people_of(text, "id", "Soewarno")
    assert "Warsomo" in people and "Fatmasari" in people
    assert people["Warsomo"].role != "pemimpin bawah"      # "di bawah pimpinan": under his lead


def test_en_a_child_given_the_parents_names_stays_apart_and_keeps_the_owner_the_text_gives():
    text = ("John Hall built engines. Hall went into partnership with Matthew Clarke in 1775. "
            "Matthew Clarke owned a foundry. Clarke was rich.\n\n"
            "The firm was transferred to the men's sons, Matthew Robinson Clarke and John Hall Jr.\n")
    people = people_of(text, "en", "John Hall")
    assert "Matthew Robinson Clarke" not in people["Matthew Clarke"].variants
    # Not "men's son of Hall"; and "men's son" is not printed either (a common noun owns it: role_gate).
    assert people["Matthew Robinson Clarke"].role_kind == "context"


def test_a_place_noun_that_opens_with_a_kin_noun_or_a_quarter_is_no_person():
    text = ("Pasukan mendarat di Padang dan Manado, ibu kota pemberontak. Soewarno kembali ke Jakarta.\n")
    assert "Manado" not in people_of(text, "id", "Soewarno")
    text = ("During his youth, Peter befriended Patrick Gordon and was a guest in Moscow's German Quarter, "
            "where he met Anna Mons.\n")
    assert "German Quarter" not in people_of(text, "en", "Peter the great")


def test_id_kin_of_a_one_name_subject_told_of_as_a_person_are_its_kin():
    text = ("Ir. Soewarno adalah seorang insinyur. Soewarno dilahirkan di Surabaya dengan seorang ayah yang "
            "bernama Raden Soekirman Hadiwidjojo dan ibunya yaitu Ida Ayu Made Sari. Soewarno berpidato. "
            "Ia menasionalisasi Handelsbank, anak perusahaan Royal Dutch Maatschappij, dan Escomptobank.\n")
    article_people = people_of(text, "id", "Ir. Soewarno")
    assert article_people["Ida Ayu Made Sari"].role == "ibu Soewarno"
    assert not any(p.role.startswith("anak perusahaan") for p in article_people.values() if p.role_kind == "role")


# ------------------------------------------------------------ Indonesian titles and single names (round 14)
# Made-up sentences shaped like those of the tuning articles extra/id-diponegoro
# and extra/id-cut-nyak-dien.


def test_id_a_one_word_name_keeps_its_honorific_and_is_listed_once_named():
    people = people_of("Cut Nyak Dien menikah lagi. Teuku Umar menyerang Belanda. Teuku Umar gugur di Meulaboh. "
                       "Anaknya diserahkan kepada Ki Tembi untuk diasuh.", "id", "Cut Nyak Dien")
    assert "Teuku Umar" in people and "Umar" not in people
    assert people["Ki Tembi"].role_kind == "context"


def test_id_a_title_conferred_is_not_the_name():
    people = people_of("Teuku Umar menyerah kepada Belanda. Teuku Umar memimpin pasukan. Belanda memberi gelar "
                       "pada Teuku Umar yaitu Teuku Umar Johan Pahlawan. Teuku Umar gugur.", "id", "Cut Nyak Dien")
    assert "Teuku Umar" in people and not any("Pahlawan" in name for name in people)


def test_id_kin_before_a_titled_name_makes_it_the_owner():
    people = people_of("Ia menikah dengan Raden Ayu Ratnaningsih, putri Raden Tumenggung Sumaprawira. Raden "
                       "Tumenggung Sumaprawira, seorang bupati Jipang, datang. Dia juga menikahi putri Sultan "
                       "Hamengkubuwana II.", "id", "Diponegoro")
    roles = {name: p.role for name, p in people.items()}
    assert not any(role.startswith("putri") for name, role in roles.items() if "Sumaprawira" in name)
    assert not any(role.startswith("putri") for name, role in roles.items() if "Hamengkubuwana" in name)


def test_id_a_rank_after_the_comma_opens_the_next_person():
    people = people_of("De Kock didampingi Mayor de Stuers dan penerjemah bahasa Jawa, Kapten J.J Roefs. "
                       "Orang Jawa menyambutnya.", "id", "Diponegoro")
    assert people["J.J Roefs"].role == "Kapten, penerjemah bahasa Jawa"
    assert "Jawa" not in people


def test_id_a_place_after_a_noun_is_where_from_not_who():
    text = ("Teuku Umar, seorang tokoh pejuang Aceh, menikah. Ia berjuang di Aceh. Belanda datang ke Aceh. "
            "Orang Aceh melawan. Pejuang Aceh bertahan di Aceh. Kabar dari Aceh sampai ke Batavia.")
    assert "Aceh" not in people_of(text, "id", "Cut Nyak Dien")


def test_id_an_honorific_after_a_comma_is_no_apposition():
    text = "Setelah meninggalkan Lam Padang, Teuku Ibrahim kembali ke Lam Padang."
    article, _ = parse(text, "id", "inline.txt")
    article.title = "Cut Nyak Dien"
    assert analyse(article).kinds.evidence.get(("lam", "padang"), 0) == 0


def test_id_a_name_built_of_common_nouns_is_a_document():
    people = people_of("Presiden Soekarno melalui Surat Keputusan Presiden Republik Indonesia Nomor 106 Tahun 1964 "
                       "menetapkan Cut Nyak Dien sebagai Pahlawan Nasional.", "id", "Cut Nyak Dien")
    assert not any(name.startswith("Surat") for name in people)


def test_id_a_cleric_named_once_and_a_faith_after_the_same_noun():
    people = people_of("Islam berkembang di Aceh. Ajaran Islam dipelajari. Agama Islam dianut. Hukum Islam "
                       "berlaku. Sekolah Islam didirikan. Seorang ulama Islam datang. Ia ditahan bersama seorang "
                       "ulama bernama Ilyas.", "id", "Cut Nyak Dien")
    assert people["Ilyas"].role == "ulama"
    assert "Islam" not in people


def test_id_a_field_of_an_office_before_a_professor_is_no_name():
    people = people_of("Menurut mantan Menteri Pendidikan dan Kebudayaan Profesor Wardiman Djojonegoro, sejarah "
                       "dibelokkan.", "id", "Diponegoro")
    assert "Wardiman Djojonegoro" in people and not any(n.startswith("Kebudayaan") for n in people)


def test_id_names_given_to_the_subject_are_the_subject():
    people = people_of("Ketika dilahirkan, Diponegoro diberi nama Bendara Raden Mas Mustahar, kemudian diubah menjadi "
                       "Bendara Raden Mas Antawirya. Antawirya diwisuda sebagai pangeran. Pangeran Diponegoro "
                       "dinobatkan sebagai Sultan Abdulhamid. Diponegoro memiliki anak bernama Raden Mas Joned.",
                       "id", "Diponegoro")
    assert not any(w in name for name in people for w in ("Mustahar", "Antawirya", "Abdulhamid"))
    assert any("Joned" in name for name in people)


def test_id_a_later_name_in_a_relative_clause_is_the_same_person():
    people = people_of("Ayahnya bernama Gusti Raden Mas Suraja, yang di kemudian hari naik takhta bergelar "
                       "Hamengkubuwana III. Hamengkubuwana III memerintah Yogyakarta.", "id", "Diponegoro")
    assert "Hamengkubuwana III" in people and not any("Suraja" in name for name in people)


def test_id_a_role_of_joined_parts_before_a_list_is_no_ones():
    people = people_of("Dia pertama kali menikah dengan Raden Ayu Retno Madubrongto, seorang guru agama. "
                       "Pernikahan ketiga terjadi pada 1808 dengan R.A. Retnadewati. Hal ini dikarenakan istri "
                       "pertama dan ketiganya, yakni Madubrongto dan Retnadewati, meninggal ketika Diponegoro "
                       "masih tinggal di Tegalrejo.", "id", "Diponegoro")
    assert all(p.role != "istri pertama dan ketiga" for p in people.values())


def test_id_a_name_given_a_few_words_after_an_earlier_one():
    people = people_of("Ketika dilahirkan, Diponegoro diberi nama Raden Mas Antawirya. Setelah itu, Antawirya "
                       "diwisuda sebagai pangeran dengan nama Bendara Pangeran Harya Dipanegara. Antawirya memiliki "
                       "anak bernama Raden Mas Joned.", "id", "Diponegoro")
    assert not any("Dipanegara" in name or "Antawirya" in name for name in people)
    assert any("Joned" in name for name in people)


def test_id_a_name_after_a_place_noun_is_a_place_though_it_opens_with_a_given_name():
    people = people_of("Beliau lahir tahun 1848 di kampung Lam Padang Peukan Bada. Cut Nyak Dien kemudian "
                       "meninggalkan daerah Lam Padang. Teuku Ibrahim berjuang.", "id", "Cut Nyak Dien")
    assert not any(name.startswith("Lam Padang") for name in people)


def test_id_a_bare_mention_does_not_outvote_the_honorific_it_repeats():
    # Each "Teuku Umar" is also a mention of the one-word "Umar": counted twice,
    # two titled mentions and one bare one looked like a name seldom titled.
    people = people_of("Cut Nyak Dien menikah lagi. Teuku Umar menyerang Belanda. Teuku Umar gugur di Meulaboh. "
                       "Pasukan Umar mundur ke hutan.", "id", "Cut Nyak Dien")
    assert "Teuku Umar" in people and "Umar" not in people
    assert "Umar" in people["Teuku Umar"].variants


# ------------------------------------------------------------ round 15 (tuning: en-russian-revolution, en-lisbon)


@pytest.mark.parametrize("text, name, role", [
    # Shaped like en-russian-revolution ("the controversial mystic Rasputin").
    pytest.param("Rumours spread about the queen and the controversial mystic Fyodor Lukin. "
                 "Lukin's influence led to bad appointments. Lukin was killed in December.",
                 "Fyodor Lukin", "controversial mystic", id="a mystic before a name is a role"),
    # Shaped like en-russian-revolution: 'the Bolsheviks ("Ones of the
    # Majority") led by Vladimir Lenin' gave Lenin "leader of Majority".
    pytest.param('Many parties vied for influence, among which were the Radicals ("Friends of the Plain") '
                 'led by Pavel Orlov who campaigned for land. Orlov returned in April.',
                 "Pavel Orlov", "leader of Radicals", id="a led group is read before a bracketed aside"),
    # Shaped like en-russian-revolution: "Alexander Kerensky, a young and
    # popular lawyer and a member of the Socialist Revolutionary Party (SRP),
    # agreed to join": the part before the first "and" ("young") has no role
    # noun, the part before the second has.
    pytest.param("Although the council refused at first, Pavel Orlov, a young and popular lawyer and a member "
                 "of the Radical Party (RP), agreed to join the new cabinet. Orlov became central.",
                 "Pavel Orlov", "young and popular lawyer", id="a role may pass as its part before a later and"),
])
def test_en_a_role_is_read_around_the_name(text, name, role):
    assert people_of(text, "en", "Some Revolution")[name].role == role


def test_en_bodies_and_foreign_place_words_are_not_people():
    # Shaped like en-russian-revolution ("the Red Guards (later the Red Army)")
    # and en-lisbon ("the Tagus river (Rio Tejo)", "Estrela Basilica",
    # "Teatro Nacional D. Maria II", "its Armed Forces"): a given name of
    # the first-name list before a word of bodies or a foreign place word
    # made them people.
    text = ("The party turned workers' militias under its control into the Red Guards "
            "(later the Red Army) over which it exerted control. "
            "The council called upon armed Red Guards to \"defend the revolution\". "
            "It is the seat of government, National Assembly, Supreme Court of Justice, "
            "Armed Forces and residence of the head of state. "
            "The south bank of the river (Rio Tejo) is industrial. "
            "The ornate Estrela Basilica is the main attraction of this district. "
            "Other theatres are the Teatro Nacional D. Maria II and the opera.")
    people = people_of(text, "en", "Some City")
    for thing in ("Red Guards", "Rio Tejo", "Estrela Basilica", "Teatro Nacional D. Maria II", "Armed Forces"):
        assert thing not in people


def test_en_a_name_with_an_abbreviation_in_it_is_no_person():
    # Shaped like en-lisbon: "two NUTS III (European statistical
    # subdivisions)", "the New University of Lisbon ... known as Nova SBE".
    text = ("The metropolitan area incorporates two NUTS III (European statistical subdivisions). "
            "The New University is known internationally for its business school, Nova SBE. "
            "The king Henry III of Castile visited the city, and Firdaus AN wrote of it.")
    people = people_of(text, "en", "Some City")
    assert "NUTS III" not in people and "Nova SBE" not in people
    assert any(name.startswith("Henry III") for name in people)


def test_en_the_tsarina_and_the_wife_are_one_person():
    # Shaped like en-russian-revolution: "the Tsarina Alexandra" and "his
    # ambitious but incapable wife Alexandra" are one woman, but a given name
    # with two roles is two people, so "tsarina" stays out of the titles.
    text = ("The Tsar went to the front. The Tsarina Alexandra, left to rule, was German born. "
            "He left his ambitious but incapable wife Alexandra in charge of the government. "
            "Alexandra trusted the mystic.")
    assert [p.name for p in people_list(text, "en", "Some Revolution") if "Alexandra" in p.name] == ["Alexandra"]


def test_en_people_named_only_under_a_works_title_are_left_out():
    # Shaped like en-russian-revolution: its "Cultural portrayal" / "Film"
    # sections list directors and actors ("Directed by Vsevolod Pudovkin and
    # Mikhail Doller") who filled a quarter of its who's-who.
    text = ("The revolution changed the country.\n\n== Background ==\n"
            "The land reforms of Zachary Young failed in the early years.\n\n"
            "== Cultural portrayal ==\nThe revolution has been shown in many films.\n\n"
            "=== Film ===\nThe End of the City. 1927. Directed by Adam Brown and Zachary Young.\n"
            "Scarlet Dawn. 1932. A drama starring Nancy Carroll.\n")
    names = [p.name for p in people_list(text, "en", "Some Revolution")]
    assert "Zachary Young" in names                     # named in the history too
    assert "Adam Brown" not in names and "Nancy Carroll" not in names


def test_en_a_regnal_name_beside_a_titled_one_word_name_is_a_person():
    # Shaped like en-lisbon: "the reign of Dom Manuel l (1515–1520)" and
    # "Manuel I decreed in 1497 ...": "Manuel I" was taken for a thing named
    # after the family "Manuel", its last word "I" being a common word.
    text = ("The tower was built late in the reign of Dom Manuel (1515–1520) to guard the port. "
            "Although the merchants mattered, Manuel I decreed in 1497 that all must convert.")
    people = people_of(text, "en", "Some City")
    assert "Manuel I" in people


def test_en_an_owner_written_by_given_name_is_the_full_name_before():
    # Shaped like en-industrial-revolution ("John's son, Robert", "George's brother James Loveless").
    text = ("The carding engine patented in 1748 by Henry Marsh doubled the output of a mill. It spread "
            "after 1760 when Henry's son, Walter, added a drum.\n"
            "Simon Grey, Peter Hale, Peter's brother Luke Hale, and Simon's son Owen Grey were arrested. "
            "Owen Grey later wrote a pamphlet.\n")
    people = people_of(text, "en", "Industrial Revolution")
    assert people["Luke Hale"].role == "brother of Peter Hale"
    assert people["Owen Grey"].role == "son of Simon Grey"
    assert not any(name.startswith("Simon") and name != "Simon Grey" for name in people)   # "Simon's" owns, no brother
    walter = next(p for p in people.values() if p.name.startswith("Walter"))
    assert walter.role == "son of Henry Marsh"


def test_en_a_given_name_owner_of_the_subject_or_of_two_people_stays_as_written():
    # Shaped like en-galileo-galilei: "Galileo" is the subject, "Galileo Bonaiuti" an ancestor.
    text = ("Galileo Galilei was an astronomer. An ancestor, Galileo Bonaiuti, was an important physician. "
            "Galileo's son Vincenzo Landucci became a monk. Vincenzo Landucci died young.")
    role = people_of(text, "en", "Galileo Galilei")["Vincenzo Landucci"].role
    assert "Bonaiuti" not in role


def test_en_a_relation_whose_owner_is_not_found_is_not_printed():
    # Shaped like en-industrial-revolution and en-ancient-egypt ("his son Abraham Darby II",
    # "Taharqa and his successor, Tanutamun"): not a biography, so no subject to own them.
    text = ("Abraham Foley made great strides using coke. Coke pig iron was hardly used until the 1750s, "
            "when his son Abraham Foley II built two furnaces near the river. Abraham Foley II also built a bridge.")
    people = people_of(text, "en", "Industrial Revolution")
    assert people["Abraham Foley II"].role != "son"



def test_en_a_role_owned_by_a_common_noun_is_not_printed():
    # Shaped like en-atlanta ("attended by the film's legendary producer, David O. Selznick").
    text = ("In 1952 the city hosted the premiere of a film. The gala was attended by the film's legendary "
            "producer, Samuel R. Hollis, and its stars. Samuel R. Hollis spoke at the gala.")
    person = people_of(text, "en", "Springfield")["Samuel R. Hollis"]
    assert not person.role.startswith("film's")


def test_an_office_then_a_rank_before_a_name_reads_rank_first():
    # Shaped like id-soekarno ("Panglima Jepang Jenderal Hitoshi Imamura") and en-alan-turing
    # ("Justice Minister Lord McNally").
    text = ("Di sana ia bertemu dengan Panglima Inggris Jenderal Harold Miles di Batavia. "
            "Pasukan itu dipimpin Letnan Jenderal Philip Barlow. Miles kembali ke London.")
    people = people_of(text, "id", "Soekarno")
    assert people["Harold Miles"].role == "Jenderal, Panglima Inggris"
    assert people["Philip Barlow"].role == "Letnan Jenderal"              # one title of two words
    text = "The apology was read by Justice Minister Lord Fenwick in 2013. Fenwick said more."
    assert people_of(text, "en", "Alan Turing")["Fenwick"].role == "Lord, Justice Minister"


def test_a_successor_opening_a_sentence_follows_the_person_of_the_sentence_before():
    # Shaped like id-stalin ("... Boris Yeltsin, mempertahankan ... Penggantinya, Vladimir Putin, ...").
    text = ("Stalin meninggal pada tahun 1953. Setelah itu, Presiden pertama, Andrei Markov, mengecam Stalin. "
            "Penggantinya, Pavel Orlov, tidak memulihkan nama baik Stalin. Orlov berpidato.\n")
    assert people_of(text, "id", "Josef Stalin")["Pavel Orlov"].role == "pengganti Andrei Markov"


def test_a_successor_after_a_sentence_about_she_or_he_follows_no_one_named_in_it():
    """fresh-7: "In 1956, she became Foreign Minister under Prime Minister
    David Ben-Gurion. Her predecessor, Moshe Sharett, ..." printed "Moshe
    Sharett — predecessor of Prime Minister David Ben-Gurion"."""
    text = ("Golda Meir was a teacher. In 1956, she became Foreign Minister under Prime Minister David Ben-Gurion. "
            "Her predecessor, Moshe Sharett, had asked the foreign service to take Hebrew names. Sharett left.\n")
    people = people_of(text, "en", "Golda Meir")
    assert "Ben-Gurion" not in people["Moshe Sharett"].role


def test_two_groups_printing_one_name_are_one_entry():
    # Shaped like en-abraham-lincoln: "Nancy" (given her full name as a mother) beside
    # "Nancy Hanks Lincoln" / "Nancy Lincoln" was listed twice.
    text = ("Abraham Lincoln was born on February 12, 1809, the second child of Thomas Lincoln and Nancy Hanks "
            "Lincoln, in a log cabin on Sinking Spring Farm. Thomas Lincoln was a farmer.\n\n"
            "The heritage of Lincoln's mother Nancy remains unclear, but it is widely assumed that she was the "
            "daughter of Lucy Hanks. Thomas and Nancy married on June 12, 1806, in Washington County. Thomas and "
            "Nancy were members of a church.\n\n"
            "On October 5, 1818, Nancy Lincoln succumbed to milk sickness, leaving 11-year-old Sarah in charge.\n")
    names = [p.name for p in people_list(text, "en", "Abraham Lincoln")]
    assert names.count("Nancy Hanks Lincoln") == 1


def test_a_name_shortened_to_its_acronym_in_brackets_is_no_person():
    # Shaped like id-soekarno ("dalam pidatonya Tri Komando Rakjat (TRIKORA) di Yogyakarta").
    text = ("Soekarno menyatakan keadaan konfrontasi dalam pidatonya Tri Perintah Rakjat (TRIPERA) di Yogyakarta, "
            "pada 19 Desember 1961. Soekarno berpidato lagi tentang Tri Perintah Rakjat di Jakarta.\n")
    assert "Tri Perintah Rakjat" not in people_of(text, "id", "Soekarno")


def test_a_faith_word_after_a_noun_opens_no_name():
    # Shaped like id-soekarno ("politisi Islam Mohammad Natsir", "partai Islam Masyumi").
    text = ("Militer memenjarakan banyak lawan politik Soekarno, hingga politisi Islam Ahmad Rasjidi dan Hamka. "
            "Soekarno membubarkan partai Islam Masjoemi dan PSI. Ahmad Rasjidi lalu dibebaskan.\n")
    people = people_of(text, "id", "Soekarno")
    assert "Ahmad Rasjidi" in people and not any(name.startswith("Islam") for name in people)


def test_a_rank_of_nobility_alone_is_no_role():
    # Shaped like en-alan-turing ("... and Lord Sharkey (the bill's sponsor) called on ...") and
    # id-budi-utomo ("Tokoh-tokoh penting ..., seperti ..., Pangeran Ario Notodirodjo ...").
    text = ("Late in the year ten signatories including the physicist Stephen Hawking and Lord Sharwood (the "
            "bill's sponsor) called on Prime Minister David Cameron to act on the pardon request. The apology "
            "was read by Justice Minister Lord Hale in 2013. Hale said more.\n")
    people = people_of(text, "en", "Alan Turing")
    # Round 28: a peer known only under a bare title is named with it, and the role does not repeat it.
    assert people["Lord Sharwood"].role_kind == "context"         # not "Lord"
    assert people["Hale"].role == "Lord, Justice Minister"         # a rank beside an office stays
    # Shaped like en-industrial-revolution ("wrote to the Prime Minister, Lord Melbourne, to complain"):
    # the office of two capitalised words before the comma is his, not someone else's.
    text = ("In 1834 James Frampton, a local landowner, wrote to the Prime Minister, Lord Ashdown, to complain "
            "about the union. Ashdown did nothing.\n")
    assert people_of(text, "en", "Industrial Revolution")["Lord Ashdown"].role == "Prime Minister"
    text = ("Kemudian ketua itu diganti oleh Pangeran Ario Soerodirdjo dari Keraton Paku Alam. "
            "Pangeran Ario Soerodirdjo setia pada Belanda. Soerodirdjo wafat kemudian.\n")
    person = people_of(text, "id", "Budi Utomo")["Ario Soerodirdjo"]
    assert person.role != "Pangeran"


def test_a_given_name_told_as_the_same_kin_as_a_full_name_is_that_person():
    # Shaped like en-christopher-columbus ("gave birth to Columbus's natural son Fernando Columbus",
    # later "his 13-year-old son Fernando"): one son, not two entries.
    text = ("Christopher Columbus sailed west.\n\nBeatriz gave birth to Columbus's natural son Matteo Columbus "
            "in July 1488. Columbus recognized the boy as his own.\n\nAccompanied by his brother Bartolomeo and "
            "his 13-year-old son Matteo, he left Cadiz on 11 May 1502. Matteo kept a journal of the voyage.\n")
    people = people_of(text, "en", "Christopher Columbus")
    assert "Matteo" not in people and "Matteo Columbus" in people


def test_a_bare_kin_noun_is_kin_of_the_person_its_sentence_opens_with():
    # Shaped like id-stalin ("Yakov sudah memiliki seorang putri, Galina, sebelum pergi berjuang"):
    # Galina is Yakov's daughter, not the biography's subject's.
    text = ("Stalin lahir di Gori. Pada tahun 1907, ia dikaruniai seorang putra yang bernama Pavel.\n\n"
            "Pavel Dzhugashvili bertugas di Tentara Merah. Pavel Dzhugashvili sudah memiliki seorang putri, "
            "Marina, sebelum pergi berjuang. Marina tinggal di Moskow.\n")
    assert people_of(text, "id", "Josef Stalin")["Marina"].role == "putri Pavel Dzhugashvili"


def test_names_listed_only_after_a_people_of_noun_are_no_people():
    # Shaped like id-stalin ("berbagai kelompok etnis ... yaitu orang Kalmyk, Chechnya, Ingush, Karachai,
    # Balkar, dan Tatar Krimea—dituduh sebagai kaki tangan Jerman"): peoples, not "Balkar Krimea".
    text = ("Stalin memerintah Uni Soviet. Saat Tentara Merah merebut kembali wilayah Kaukasus dan Krimea, "
            "berbagai kelompok etnis yang tinggal di wilayah tersebut—yaitu orang Kalmyk, Chechnya, Nogai, "
            "Karachai, Balkar, dan Tatar Krimea—dipindahkan ke Asia Tengah. "
            "Sejarawan Robert Conquest menulis tentang hal itu.\n")
    people = people_of(text, "id", "Josef Stalin")
    assert "Robert Conquest" in people
    assert not any(word in name for name in people for word in ("Nogai", "Balkar", "Tatar"))


def test_a_verb_of_saying_after_an_auxiliary_is_said_of_a_person():
    # Shaped like en-galileo-galilei ("as Aristotle claimed", "contrary to what Aristotle had taught",
    # "based on Aristotle's authority"): a one-word name the article says things of.
    text = ("Galileo Galilei was an astronomer.\n\nThe Moon was not a perfect sphere, as Ptolemaeus claimed. "
            "This was contrary to what Ptolemaeus had taught: that heavy objects fall faster. Galileo attacked "
            "theories based on Ptolemaeus's authority.\n")
    assert "Ptolemaeus" in people_of(text, "en", "Galileo Galilei")


def test_a_plural_possessive_keeps_its_apostrophe():
    # Shaped like en-alan-turing ("According to the Greenbaums' daughter, Barbara:").
    text = ("Turing visited the seaside with the Hollander family. According to the Hollanders' daughter, "
            "Ruth: it was a lovely day.\n")
    assert people_of(text, "en", "Alan Turing")["Ruth"].role == "Hollanders' daughter"


def test_a_bare_title_reads_as_the_fuller_title_the_article_also_gives():
    # Shaped like en-alan-turing ("Professor Jack Copeland has estimated ...", later "Philosophy professor
    # Jack Copeland has questioned ...") and en-peter-the-great ("King Charles XII", "Swedish king").
    text = ("Professor Jack Hollis has estimated that this work shortened the war. Turing died in 1954. "
            "Philosophy professor Jack Hollis has questioned the verdict. Hollis noted other findings.\n")
    assert people_of(text, "en", "Alan Turing")["Jack Hollis"].role == "Philosophy professor"


def test_a_context_sentence_is_one_that_does_not_only_list_the_person():
    # Shaped like en-abraham-lincoln ("a campaign team led by David Davis, Norman Judd, Leonard Swett, and
    # Jesse DuBois", later "David Davis was Lincoln's campaign manager in 1860 and had served as a judge").
    text = ("Lincoln's followers organized a campaign team led by Harold Weston, Norman Judd, Leonard Swett, and "
            "Jesse DuBois. Lincoln won the nomination.\n\nHarold Weston was Lincoln's campaign manager in 1860 "
            "and had served as a judge in the Illinois court circuit when Lincoln practised there.\n")
    person = people_of(text, "en", "Abraham Lincoln")["Harold Weston"]
    assert person.role_kind == "context" and person.role.startswith("Harold Weston was")


def test_a_form_of_address_is_no_person():
    # Shaped like en-christopher-columbus ("They pronounced the idea impractical and advised their Royal
    # Highnesses to pass on the proposed venture.").
    text = ("Christopher Columbus asked the court for ships. The committee pronounced the idea impractical and "
            "advised their Royal Highnesses to pass on the venture. Later the Royal Highnesses agreed.\n")
    assert not any("Highnesses" in name for name in people_of(text, "en", "Christopher Columbus"))


def test_a_name_of_initials_joins_the_full_name_whose_initials_it_holds():
    # Shaped like id-soekarno ("H.O.S. Tjokroaminoto", "Oemar Said
    # Tjokroaminoto"): one person; initials that do not fit stay apart.
    people = people_of("Soekarno tinggal di rumah Oemar Said Tjokrosoedarmo di Surabaya. Ia belajar dari "
                       "H.O.S. Tjokrosoedarmo, pemimpin Sarekat Islam. Tjokrosoedarmo mengajar Soekarno.\n",
                       "id", "Soekarno")
    assert [name for name in people if "Tjokrosoedarmo" in name] == ["Oemar Said Tjokrosoedarmo"]
    assert people["Oemar Said Tjokrosoedarmo"].role == "pemimpin Sarekat Islam"
    apart = people_of("The chemist J.B. Harlan wrote a book. Later Carl Harlan, a banker, bought the mill. "
                      "Harlan sold it.\n", "en", "Mills")
    assert "Carl Harlan" in apart and "J.B. Harlan" in apart


# ------------------------------------------------------------ round 20: every entry a person (issue 13)


def test_en_role_before_a_name_starts_after_a_clause_word():
    # Shaped like en-toronto's street and district sentences.
    people = people_of("Streets run north except in the old harbour district where early town leaders "
                       "Edward Moss and Henry Blake laid out the lots along the shore.", "en", "Toronto")
    assert "where" not in people["Edward Moss"].role and "district" not in people["Edward Moss"].role
    assert people["Edward Moss"].role.endswith("town leader")


def test_en_shrines_fairs_units_and_dated_points_are_no_people():
    # Shaped like en-atlanta's festivals and en-toronto's landings.
    people = people_of("Festivals include the parade at Hale Shrine and the Peter Gaming Expo. "
                       "The Observer Research Unit ranked the city first. "
                       "Settlers landed at Morgan Point on August 12, 1793. "
                       "Thomas Ridout was a surveyor.", "en", "Toronto")
    assert "Thomas Ridout" in people
    assert not any(w in name for name in people for w in ("Shrine", "Expo", "Unit", "Point", "August"))


def test_names_listed_as_places_are_no_people():
    # A list a place noun opens (Indonesian, shaped like id-agresi-militer-1's
    # villages) and a list a plural place word closes (English, like en-toronto's parks).
    people = people_of("Daerah itu termasuk desa Kalirejo, Wonosari Kidul, Bedan Toi dan Karang. "
                       "Pasukan dipimpin oleh Letnan Soedarto.", "id", "Agresi")
    assert "Bedan Toi" not in people and "Wonosari Kidul" not in people
    people = people_of("The city runs Sayo, Takeo Jinmo, Haruki, and Tamba Kogen Prefectural Parks. "
                       "Mayor David Crombie opened them.", "en", "Toronto")
    assert "Takeo Jinmo" not in people and "David Crombie" in people


def test_id_a_title_before_a_realm_or_a_people_names_no_one():
    # Shaped like id-budi-utomo's and id-stalin's sentences about kingdoms and rulers.
    people = people_of("Pada abad itu Kerajaan Galuh berdiri di Jawa Barat. Utusan Portugis bertemu Raja Galuh. "
                       "Seorang pedagang Mesir tiba, lalu mengirim surat kepada Raja Mesir. "
                       "Raja Mulawarman memberi sedekah.", "id", "Sejarah")
    assert "Galuh" not in people and "Mesir" not in people
    assert people["Mulawarman"].role == "Raja"


def test_en_birth_and_married_name_are_one_entry():
    # Shaped like en-alan-turing's and en-galileo-galilei's family sentences.
    people = people_of("Their daughter Hélène Dupont became a chemist. Hélène Dupont studied in Lyon. "
                       "Hélène Moreau-Dupont later won a prize with her husband Jean Moreau. "
                       "Jean Moreau was a physicist.", "en", "Louise Dupont")
    assert ("Hélène Dupont" in people) != ("Hélène Moreau-Dupont" in people)
    assert "Jean Moreau" in people


def test_id_a_bracket_holding_only_a_name_is_another_name_of_the_same_person():
    # Shaped like id-budi-utomo's "Soewardi Suryaningrat (Ki Hadjar Dewantara)".
    people = people_of("Partai itu dipimpin oleh Raden Mas Sastro Widjojo (Pak Sastro) pada 1999. "
                       "Pak Sastro membentuk kabinet. Presiden Pak Sastro lalu jatuh. "
                       "Pak Sastro pergi ke Jakarta.", "id", "Sejarah")
    assert len([n for n in people if "Sastro" in n]) == 1


def test_a_pronoun_in_an_opening_phrase_is_the_main_clause_subjects():
    # Shaped like fresh-4's "Following the defeat of his brother, Huáscar, Atahualpa had been resting ...":
    # the brother is the main clause subject's, and that subject shares no list role with him.
    text = ("Diego Ramos was a Spanish sailor. Ramos sailed west in 1510. "
            "Following the defeat of his brother, Carlos Vega, Miguel Torres had been resting in the hills. "
            "Ramos met Miguel Torres in 1532.")
    people = people_of(text, "en", "Diego Ramos")
    assert people["Carlos Vega"].role == "brother of Miguel Torres"
    assert people["Miguel Torres"].role_kind == "context"      # no "brother of Ramos"


def test_a_sibling_named_by_the_given_name_is_the_full_name_the_article_writes():
    # Shaped like fresh-4's Pizarro: "Hernando — brother of González" beside "Hernando Pizarro".
    # (the given name alone joins no full name: two hold it, "Tomás de Luna" too)
    text = ("Diego Ramos was a Spanish sailor. Ramos sailed west in 1510 with the priest Tomás de Luna. "
            "In 1512 his brother Tomás joined him. Ramos and Tomás reached the coast in 1513. "
            "Ramos died in 1540. In 1545 Tomás Ramos returned to Spain and married Inés Vela.")
    people = people_list(text, "en", "Diego Ramos")
    tomas = [p for p in people if p.name in ("Tomás", "Tomás Ramos")]
    assert [(p.name, p.role) for p in tomas] == [("Tomás Ramos", "brother of Ramos")]


def test_en_a_list_of_titles_holds_no_person():
    # Shaped like fresh-4's "named the Governor, Captain general, Adelantado and Alguacil Mayor, of New
    # Castile": "Alguacil Mayor — Captain general" was printed as a person.
    text = ("Diego Ramos was a Spanish sailor. In 1529 Ramos was officially named the Viceroy, Captain general, "
            "Almirante and Justicia Mayor, of New Leon. Ramos died in 1540.")
    people = people_of(text, "en", "Diego Ramos")
    assert not any(p.role == "Captain general" for p in people.values())


def test_en_the_subject_under_a_title_is_no_other_person():
    # Shaped like fresh-4's "the inscription 'Here is the head of Don Francisco Pizarro'" in the article
    # on Francisco Pizarro González (blind item 418: the subject himself, listed).
    text = ("Diego Ramos Salcedo was a Spanish sailor. Ramos sailed west in 1510. In 1977 workers found a box "
            "that bore the words \"Here lies Don Diego Ramos, who found the coast\". Ramos died in 1540.")
    people = people_of(text, "en", "Diego Ramos Salcedo")
    assert not any("Diego Ramos" in name for name in people)


def test_en_the_last_words_of_a_full_name_with_the_same_role_are_that_person():
    # Shaped like fresh-4's Pizarro: "Francisco Martín de Alcántara" and "Martín de Alcántara", both
    # "half-brother of Pizarro", were two entries (the full name opens with the subject's given name).
    text = ("Diego Ramos was a Spanish sailor. His mother married late and had a son Diego Luis de Mena, "
            "who sailed with his half-brother. Two half-brothers from his father, Juan Ortega and Tomás "
            "Ortega, and a half-brother from his mother, Diego Luis de Mena, later joined him. While Ramos "
            "struggled, his defenders, including his half-brother Luis de Mena, were killed. Ramos died in 1541.")
    people = people_list(text, "en", "Diego Ramos")
    mena = [(p.name, p.role, p.variants) for p in people if p.name.endswith("de Mena")]
    assert mena == [("Diego Luis de Mena", "half-brother of Ramos", ["Luis de Mena"])]


def test_en_a_name_after_a_kind_noun_is_that_thing():
    # Shaped like fresh-4's Mozart ("its reception ... the opera Don Giovanni", blind item 467) and
    # fresh-3's Tokyo ("two tiny outlying islands: Minami Torishima", 395): no person, listed with context.
    text = ("Karl Weber was an Austrian composer. Weber wrote the opera Carlo Rossi in 1790, and later "
            "the opera Carlo Rossi was played in Prague. The city also owns two small islands: Hana Torishi, "
            "far to the east. In 1795 Weber met Anton Keller in Vienna. Weber died in 1801.")
    people = people_of(text, "en", "Karl Weber")
    assert "Carlo Rossi" not in people and "Hana Torishi" not in people
    assert "Anton Keller" in people           # a person the article never describes stays


def test_en_the_subject_of_a_verb_after_a_kind_noun_is_a_person():
    # Shaped like extra/en-black-hole's "In a 1926 popular science book, Arthur Eddington critiqued the
    # idea": the name after the kind noun is the subject of the next verb, a person.
    text = ("Karl Weber was an Austrian physicist. In a 1920 popular science book, Anton Keller critiqued the "
            "idea of a dark star, and in 1930 Weber answered him. In his 1925 book Oskar Lang argued against "
            "it. Weber died in 1941.")
    people = people_of(text, "en", "Karl Weber")
    assert "Anton Keller" in people and "Oskar Lang" in people


def test_id_a_name_opening_with_a_kind_noun_is_that_thing():
    # Shaped like fresh-3's Tambora ("Misi Zollinger adalah untuk mempelajari letusan", blind item 408:
    # Zollinger's mission); "buku Hatta" (a kind noun before a name) is Hatta's book: he stays.
    text = ("Gunung Batur adalah gunung berapi. Pada tahun 1847 Heinrich Zollinger datang ke gunung itu. "
            "Misi Zollinger adalah untuk mempelajari letusan. Misi Zollinger berakhir pada tahun 1848. "
            "Letusan itu juga ditulis dalam buku Mohammad Hatta.")
    people = people_of(text, "id", "Gunung Batur")
    assert "Misi Zollinger" not in people
    assert "Mohammad Hatta" in people


def test_en_a_name_after_the_and_a_place_is_a_thing():
    # Shaped like fresh-2's Curie ("in Paris' Panthéon", "the Paris Panthéon", "in the Panthéon",
    # blind item 158: a building listed as a person with context).
    text = ("Anna Berg was a Swedish chemist. Berg studied in Paris and worked in Paris for years. In 1990 "
            "she became the first woman to be entombed on her own merits in Paris' Montclair, and Sweden "
            "mourned. In 1991 her remains were transferred to the Paris Montclair. She was the first woman "
            "honoured with interment in the Montclair on her own merits. In 1995 a plaque was put in the "
            "Montclair, Paris. Berg died in 1960 in Paris.")
    people = people_of(text, "en", "Anna Berg")
    assert "Montclair" not in people


def test_en_a_name_ending_in_jima_apart_is_an_island():
    # Shaped like fresh-3's Tokyo ("The Ogasawara Islands include, from north to south, Chichi-jima,
    # Nishinoshima, Haha-jima, Kita Iwo Jima, Iwo Jima, and Minami Iwo Jima", blind items 396-397).
    text = ("Kenji Mori was a Japanese sailor. The Hana Islands include, from north to south, Ani-jima, "
            "Kita Tori Jima, and Minami Tori Jima. Mori sailed to the south in 1890. Mori died in 1920.")
    people = people_of(text, "en", "Kenji Mori")
    assert "Kita Tori Jima" not in people and "Minami Tori Jima" not in people


@pytest.mark.parametrize("text, subject, name, context", [
    # Shaped like fresh-5's en-frederick-iii-german-emperor ("As the German Emperor, he officially
    # received Queen Victoria of the United Kingdom ... and attended the wedding of his son Prince
    # Henry"): "his" follows "he", not the queen named first; whose son cannot be told, so no relation
    # (the context is the later sentence with him as its subject).
    ("Otto Brandt was a king of Norland. Otto Brandt ruled for forty years.\n\n"
     "In 1880, he received Queen Margaret of Sveland and attended the wedding of his son "
     "Karl Lindqvist in Oslo. Karl Lindqvist later ruled Norland.\n",
     "Otto Brandt", "Karl Lindqvist", "Karl Lindqvist later ruled"),
    # Shaped like fresh-5's en-wilhelmina-of-the-netherlands ("Her father had had three sons with his
    # first wife Sophie of Württemberg"): in a queen's life "his" is not hers, so no "wife of" her.
    ("Greta Holm was queen of Norland. She was born in 1880. Her mother raised her in Oslo. "
     "She ruled for fifty years, and she died in 1962.\n\n"
     "Her father had had three sons with his first wife Anna Keller, but two of them died young.\n",
     "Greta Holm", "Anna Keller", "Her father had"),
])
def test_a_relation_whose_owner_is_not_told_is_no_role(text, subject, name, context):
    person = people_of(text, "en", subject)[name]
    assert person.role_kind == "context" and person.role.startswith(context)


@pytest.mark.parametrize("text, subject, name, role", [
    # The first shape above with no pronoun between: "his" is the first person's.
    ("Otto Brandt was a king of Norland. Otto Brandt ruled for forty years.\n\n"
     "In 1880, Heinrich Vogel attended the wedding of his son Karl Vogel in Oslo. "
     "Karl Vogel later ruled Norland.\n",
     "Otto Brandt", "Karl Vogel", "son of Heinrich Vogel"),
    # The second shape in a king's life: "his first wife" is the subject's.
    ("Otto Brandt was king of Norland. He was born in 1880. His mother raised him in Oslo. "
     "He ruled for fifty years, and he died in 1962.\n\n"
     "In 1905 he had three sons with his first wife Anna Keller, but two of them died young.\n",
     "Otto Brandt", "Anna Keller", "wife of Brandt"),
])
def test_a_relation_whose_owner_is_told_is_their_role(text, subject, name, role):
    assert people_of(text, "en", subject)[name].role == role


def test_names_listed_under_a_kind_noun_are_things_of_that_kind():
    # Shaped like fresh-5's en-chennai ("The major dailies with more than one lakh circulation per day
    # include The Hindu, Dina Thanthi, ...", "four mobile phone service companies operate GSM networks
    # including Bharti Airtel, ...", "Gemini and Vijaya Vauhini studios were established"): not people.
    text = ("Norby is a port city. The mayor Karl Lindqvist opened the harbour in 1901.\n\n"
            "The major dailies with more than one lakh readers per day include The Courier, Dina Varta "
            "and The Times of Norby. Four mobile phone service companies operate networks including "
            "Ravi Telecom, Norbytel and Sundar Mobile. Gemini and Lakshmi Vauhini studios were established "
            "in the 1940s. Karl Lindqvist later wrote about the city.\n")
    people = people_of(text, "en", "Norby")
    assert "Karl Lindqvist" in people
    assert not {"Dina Varta", "Ravi Telecom", "Sundar Mobile", "Lakshmi Vauhini"} & set(people)


def test_a_context_sentence_where_the_person_is_the_subject_comes_first():
    # Shaped like en-industrial-revolution ("... the American Oliver Evans", later "Oliver Evans invented
    # an automated flour mill") and en-wolfgang-amadeus-mozart ("Leopold Mozart, a native of Augsburg, was").
    text = ("Around 1800, mills used engines like those built by Oliver Evans. The mills grew.\n\n"
            "Oliver Evans invented an automated flour mill in the mid 1780s.\n")
    assert people_of(text, "en", "Industrial Revolution")["Oliver Evans"].role.startswith("Oliver Evans invented")
    # A possessive or a book's line is not the person as the subject: the first mention stays.
    owned = ("Watt worked in Glasgow. Watt entered a partnership with Matthew Boulton in 1775.\n\n"
             "Matthew Boulton's home, Soho House, is now a museum. Watt died in 1819.\n")
    assert people_of(owned, "en", "James Watt")["Matthew Boulton"].role.startswith("Watt entered")
    book = "Curie worked in Paris. Her life is told in Françoise Giroud's book.\n\nFrançoise Giroud, Marie Curie: A Life, 1987.\n"
    assert people_of(book, "en", "Marie Curie")["Françoise Giroud"].role.startswith("Her life is told")


def test_a_name_only_on_a_list_line_is_shown_by_its_label_and_section():
    # Shaped like en-congress-of-vienna ("Spain – Marquis Pedro Gómez de Labrador" under "Other signatories
    # of the Treaty of Paris, 1814") and id-gunung-tambora ("— Laporan Thomas Stamford Raffles.").
    text = ("The Congress of Vienna met in 1814. Many states sent envoys.\n\n== Participants ==\nThe envoys met in "
            "salons.\n\n=== Other signatories ===\nThese parties joined the treaty:\n\n"
            "Spain – Marquis Pedro Gómez de Labrador\n")
    person = people_of(text, "en", "Congress of Vienna")["Marquis Pedro Gómez de Labrador"]
    assert (person.role_kind, person.role) == ("context", "listed for Spain in “Other signatories”")
    source = "Letusan terdengar jauh. Laporan sampai ke Jawa.\n\n== Kronologi ==\nAbu turun.\n\n— Laporan Thomas Stamford Raffles.\n"
    assert people_of(source, "id", "Gunung Tambora")["Thomas Stamford Raffles"].role == "tercantum dalam “Kronologi”"
# ------------------------------------------- kinds: what the text says only of people (round 24)


def _kind_of(text: str, lang: str, title: str, name: str) -> str:
    article, _ = parse(text, lang, "inline.txt")
    article.title = title
    return analyse(article).kinds.of(tuple(name.casefold().split()))


@pytest.mark.parametrize("text, kind", [
    ("In the 1840s, an eating house on King Street was operated by a black man named Bloxom.", "person"),
    ("In the 1840s, an eating house on King Street was operated by a ship named Bloxom.", "term"),
])
def test_en_a_name_given_to_a_man_or_a_woman_is_a_persons(text, kind):
    assert _kind_of(text, "en", "Toronto", "Bloxom") == kind


@pytest.mark.parametrize("text, kind", [
    # A verb of a person's life right after the name is enough alone.
    ("Perlawanan ini dipimpin oleh Kusaeri. Kusaeri ditangkap pada tanggal 25 April 1945.", "person"),
    # A verb of saying is weaker: a report or a body says things too.
    ("Perlawanan ini dipimpin oleh Kusaeri. Kusaeri menulis pada tanggal 25 April 1945.", "term"),
])
def test_id_a_verb_only_people_take_makes_a_one_word_name_a_person(text, kind):
    assert _kind_of(text, "id", "Pendudukan Jepang", "Kusaeri") == kind


@pytest.mark.parametrize("text, kind", [
    ("The treaty was signed by Crowfoot, who disliked it. Later Crowfoot said no.", "person"),
    ("The treaty was signed by Crowfoot. Later Crowfoot said no.", "term"),
    # A plural name takes "who" as a group: "the Jesuits, who".
    ("The treaty was opposed by Jesuits, who disliked it. Later Jesuits said no.", "term"),
])
def test_en_who_after_a_name_says_a_person(text, kind):
    name = "Jesuits" if "Jesuits" in text else "Crowfoot"
    assert _kind_of(text, "en", "Sitting Bull", name) == kind


def test_en_a_verb_after_a_closing_bracket_is_said_of_the_words_before_it():
    text = ("In addition, the mosaic Portuguese pavement (Calçada Portuguesa) was born in Lisbon. "
            "The Calçada Portuguesa covers the squares.")
    assert _kind_of(text, "en", "Lisbon", "Calçada Portuguesa") != "person"


def test_en_the_leads_full_name_with_more_after_it_is_the_subject():
    text = ("Wilhelmina (Wilhelmina Helena Pauline Maria; 31 August 1880 – 28 November 1962) was Queen of "
            "the Netherlands. Wilhelmina Helena Pauline Maria of the Netherlands of Orange-Nassau was born "
            "on 31 August 1880, in Noordeinde Palace.")
    assert "Wilhelmina Helena Pauline Maria" not in people_of(text, "en", "Wilhelmina of the Netherlands")


@pytest.mark.parametrize("text, kind", [
    ("The city saw the hunger strike and death of Potti Sreeramulu in 1952.", "person"),
    # Not any noun before "of": a strike is no life.
    ("The city saw the hunger strike of Potti Sreeramulu in 1952.", "term"),
])
def test_en_a_life_noun_of_a_name_says_a_person(text, kind):
    assert _kind_of(text, "en", "Chennai", "Potti Sreeramulu") == kind


def test_en_an_office_before_a_full_name_is_no_list_of_places():
    text = ("John Sumner, City Electrical Engineer for Norwich, installs an experimental heat pump. "
            "The City Electrical Engineer for Norwich ran the plant in Norwich.")
    assert _kind_of(text, "en", "Heat pump", "John Sumner") == "person"


@pytest.mark.parametrize("text, kind", [
    ("In 1873, Willoughby Smith wrote that selenium resistors exhibit decreasing resistance.", "person"),
    ("In 1873, the Willoughby Smith resistors exhibit decreasing resistance.", "term"),
    # A body's name takes a verb of saying too: not a plain name ("guild" ends bodies' names).
    ("In 1873, the Willoughby Guild wrote that selenium resistors exhibit decreasing resistance.", "term"),
])
def test_en_a_plain_full_name_with_one_sign_of_a_person_is_a_person(text, kind):
    name = "Willoughby Guild" if "Guild" in text else "Willoughby Smith"
    assert _kind_of(text, "en", "Semiconductor", name) == kind


@pytest.mark.parametrize("text, name, kind", [
    # A fossil people is "aged" too: "manusia" heads no person's name.
    ("Sejarah dimulai sejak penemuan Manusia Jawa yang berusia 1,7 juta tahun. Manusia Jawa hidup di Jawa.",
     "Manusia Jawa", "term"),
    ("Puncak tertinggi diubah namanya menjadi Puntjak Sukarno. Soekarno dipuji.", "Puntjak Sukarno", "place"),
])
def test_id_a_fossil_or_a_peak_is_no_person(text, name, kind):
    assert _kind_of(text, "id", "Sejarah Indonesia", name) == kind


@pytest.mark.parametrize("text, name, kind", [
    ("He studied at the Royal Polytechnic Institution. He left the Royal Polytechnic Institution in 1900.",
     "Royal Polytechnic Institution", "other"),
    # A building word before a connector ends a building's name, however long it runs on.
    ("His family unveiled the Sir Alexander Fleming Building on the South Kensington campus.",
     "Sir Alexander Fleming Building on the South Kensington", "other"),
    ("The whole Sir William Dunn School of Pathology was involved.", "Sir William Dunn School of Pathology", "other"),
    ("Sir William Dunn paid for the school. Sir William Dunn died in 1912.", "Sir William Dunn", "person"),
    # "Roman" is a given name; "Catholic" ends a faith's name, never a person's.
    ("Fleming came from a Presbyterian background, while his wife Sarah was a Roman Catholic.",
     "Roman Catholic", "term"),
    ("Roman Polanski filmed the play in 1971. Roman Polanski said it was hard.", "Roman Polanski", "person"),
    # A name between "the" and a firm noun is a firm's, wherever else it stands.
    ("The firms merged into the Daimler-Benz company. Bruno Sacco joined Daimler-Benz as a designer.",
     "Daimler-Benz", "other"),
])
def test_en_a_school_a_building_or_a_faith_named_like_someone_is_no_person(text, name, kind):
    assert _kind_of(text, "en", "Alexander Fleming", name) == kind


@pytest.mark.parametrize("text, kind", [
    ("The Kalam Effect by P M Nair; Harper Collins, 2008.\nMy Journey by A P J Abdul Kalam; Harper Collins, 2013.",
     "other"),
    # Not after a clause: "by the electric eel; that same year ...".
    ("Shocks were delivered by the electric eel; that same year the surgeon Harper Collins described the organ.",
     "person"),
])
def test_en_a_name_after_a_reading_list_authors_is_the_publisher(text, kind):
    assert _kind_of(text, "en", "A P J Abdul Kalam", "Harper Collins") == kind



def test_id_a_misspelt_given_name_joins_the_one_of_the_family_written_beside_it():
    text = ("Lenin menikah dengan Nadezhda Krupskaya pada tahun 1898. Krupskaya lalu menulis buku.\n\n"
            "Stalin menikahi Nadezhda Alliluyeva pada tahun 1919. Alliluyeva bekerja di kantor Lenin.\n\n"
            "Zhenya Alliluyeva adalah kakak ipar Nadezdha. Nadezdha bunuh diri pada tahun 1932.\n")
    people = people_of(text, "id", "Stalin")
    assert "Nadezdha" not in people
    assert "Nadezdha" in people["Nadezhda Alliluyeva"].variants
    assert "Nadezdha" not in people["Nadezhda Krupskaya"].variants


def test_en_a_given_name_alone_joins_the_full_name_of_its_kin_family_or_its_marriage():
    text = ("Alexander Fleming was born in Darvel in 1881. Fleming studied medicine in London.\n\n"
            "In 1915 Fleming married a trained nurse, Sarah Marion McElroy of Killala. "
            "Their only child, Robert Fleming, became a doctor. Robert Burns was a poet Fleming admired.\n\n"
            "Fleming's wife Sarah died in 1949. His son Robert studied in Edinburgh. Robert wrote often.\n")
    people = people_of(text, "en", "Alexander Fleming")
    assert "Robert" not in people and "Sarah" not in people
    assert "Robert" in people["Robert Fleming"].variants
    assert "Robert" not in people["Robert Burns"].variants
    assert "Sarah" in people["Sarah Marion McElroy"].variants


def test_en_a_child_with_another_surname_stays_apart_from_the_one_full_name():
    text = ("Galileo Galilei was born in Pisa in 1564. Galileo wrote to Johannes Kepler in 1597. Kepler replied.\n\n"
            "The sunspots were seen by Johannes, son of David Fabricius, in 1611. David Fabricius was a pastor.\n")
    people = people_of(text, "en", "Galileo Galilei")
    assert "Johannes" not in people["Johannes Kepler"].variants
    assert people["Johannes Fabricius"].role == "son of David Fabricius"


def test_en_a_given_name_joins_the_full_name_of_the_same_kin_but_not_other_kin():
    text = ("Golda Meir was born in Kiev in 1898. Meir moved to Milwaukee in 1906.\n\n"
            "Her sister Sheyna Korngold lived in Denver. Korngold was ill.\n\n"
            "In 1913 Meir stayed with her sister Sheyna. Sheyna wrote often.\n\n"
            "Her nephew John Korngold studied law. Korngold was rich.\n\n"
            "Her elder brother John died young. John was ill.\n")
    people = people_of(text, "en", "Golda Meir")
    assert "Sheyna" not in people
    assert "Sheyna" in people["Sheyna Korngold"].variants
    assert "John" not in people["John Korngold"].variants
    assert people["John Meir"].role == "elder brother of Meir"


def test_an_idea_named_after_someone_is_no_person():
    # The sample: "Volkogonov meyakini bahwa Marxisme Stalin dibentuk oleh ..." (Stalin's Marxism). A rare
    # first word with a concept ending ("-isme") is no given name, whatever stands beside it.
    from golden_files import SAMPLES_DIR
    from pack.read import read_article
    article = read_article(SAMPLES_DIR / "id-stalin.txt")
    assert analyse(article).kinds.of(("marxisme", "stalin")) == "term"
    text = ("Lenin menulis buku. Trotsky, Zinoviev, dan Marxisme Lenin dibahas oleh para sejarawan.\n\n"
            "Trotsky, Zinoviev, dan Marxisme Lenin disebut lagi dalam buku itu.\n")
    assert _kind_of(text, "id", "Vladimir Lenin", "Marxisme Lenin") != "person"


# ------------------------------------------------------------ round 25: fresh-10's who's-who faults


def test_en_a_surname_of_another_listed_person_is_no_given_name():
    text = ("He befriended the historian and naturalist Mykhaylo Maksymovych. "
            "Later he spent much time with his old Ukrainian friends, Maksymovych and Osyp Bodiansky.")
    people = people_of(text, "en", "Nikolai Gogol")
    assert "Maksymovych Bodiansky" not in people
    assert people["Mykhaylo Maksymovych"].role == "naturalist"
    assert "Osyp Bodiansky" in people
    assert "of Ukrainian" not in people["Osyp Bodiansky"].role     # the owner stands before "his", not inside the role


def test_en_brothers_still_share_a_surname_with_no_namesake():
    people = people_of("Bradley sold his patent claim to brothers Alfred and Eugene Cowles.", "en", "Aluminium")
    assert "Alfred Cowles" in people


def test_en_context_that_stops_on_a_clause_opener_ends_before_it():
    text = ("Amelia Glaser has noted the influence of Gogol's literary innovations on Sholem Aleichem, who\n\n"
            "\"chose to model much of his writing on Gogol.\"")
    people = people_of(text, "en", "Nikolai Gogol")
    assert people["Amelia Glaser"].role == \
        "Amelia Glaser has noted the influence of Gogol's literary innovations on Sholem Aleichem."


def test_en_a_surname_spelt_two_ways_with_or_is_one_person():
    text = ("The phrase was used in 1350 by Simon de Covino or Couvin, a Belgian astronomer, who wrote a poem. "
            "Later the plague came back.")
    people = people_of(text, "en", "Black Death")
    assert people["Simon de Covino"].role == "Belgian astronomer"
    assert "Couvin" not in people


@pytest.mark.parametrize("text, firm, person", [
    ("In 1956, utility Nova Scotia Light and Power of Halifax commissioned two studies. "
     "Later Karl Marx and Friedrich Engels wrote it.", "Nova Scotia Light", "Karl Marx"),
    ("The two studies, by Stone & Webster of Boston and by Montreal Engineering Company, agreed. "
     "Fleming with Leonard Colebrook and Sir Almroth Wright joined the war.", "Webster of Boston", "Leonard Colebrook"),
    ("He was a professor of the Indian Institute of Space Science and Technology Thiruvananthapuram. "
     "Later Karl Marx and Friedrich Engels wrote it.", "Technology Thiruvananthapuram", "Friedrich Engels"),
])
def test_en_halves_of_firm_names_are_no_people(text, firm, person):
    people = people_of(text, "en", "Tidal power")
    assert firm not in people and person in people


def test_en_an_office_set_off_by_commas_after_a_name_is_no_one():
    text = ("The revolution grew into a war when Josip Jelačić, Ban of Croatia, crossed the border. "
            "Croatia was calm before.")
    people = people_of(text, "en", "Revolutions of 1848")
    assert "Ban of Croatia" not in people and "Josip Jelačić" in people


def test_en_a_title_after_a_dash_that_ends_the_sentence_is_no_one():
    text = ("He brought with him a Romantic poem of German idyllic life – Hans Küchelgarten. "
            "Later he met his wife – Maria Ivanova.")
    people = people_of(text, "en", "Nikolai Gogol")
    assert "Hans Küchelgarten" not in people


@pytest.mark.parametrize("text, thing, person", [
    # a city's suburbs listed after the kind ("Shiro Meda"), an army unit, an anniversary
    ("Suburbs of the city include Shiro Meda and Entoto in the north. The mayor Kuma Demeksa met Arkebe Oqubay.",
     "Shiro Meda", "Kuma Demeksa"),
    ("The city was liberated by Major Orde Wingate and negus Haile Selassie for Ethiopian Gideon Force and "
     "Ethiopian resistance in 1941. Emperor Haile Selassie returned on 5 May 1941.", "Gideon Force", "Haile Selassie"),
    ("The palace was built to mark Emperor Haile Selassie's Silver Jubilee in 1955.", "Silver Jubilee",
     "Haile Selassie"),
])
def test_en_parts_of_a_city_units_and_anniversaries_are_no_people(text, thing, person):
    people = people_of(text, "en", "Addis Ababa")
    assert thing not in people and person in people


def test_en_a_common_word_with_a_doubtful_role_is_no_person():
    # "celebrating Mass", "said Mass": a common noun named alone, however a clause reads it
    text = ("In 1704 he was given a dispensation from celebrating Mass because of his ill health. "
            "Vivaldi said Mass as a priest only a few times. "
            "It is thought that this is also due to his habit of composing while performing Mass. "
            "The violinist Giovanni Battista Vivaldi taught him.")
    people = people_of(text, "en", "Antonio Vivaldi")
    assert "Mass" not in people and "Giovanni Battista Vivaldi" in people


def test_a_given_name_alone_kin_of_another_beside_its_namesakes_is_no_entry():
    # the article gives no full name, and two other Alexanders are in it: "which Alexander?"
    text = ("Stalin menjalin hubungan dengan Lidia Pereprygia. Stalin membaca karya Alexander Pushkin "
            "dan Alexander Kazbegi. Yang seorang lagi, Alexander, adalah putra dari Lidia Pereprygia. "
            "Putranya Yakov lahir pada 1907. Yakov adalah putra Stalin. Alexander Pushkin adalah penyair Rusia.")
    people = people_of(text, "id", "Joseph Stalin")
    assert "Alexander" not in people and "Yakov" in people       # the subject's kin stays



def test_en_a_role_noun_that_never_is_a_title_opens_a_things_name():
    # people.toml never_titles: "the Mystic Nativity" is a painting, "Royal Challengers Bangalore" a team
    text = ("The English collector William Young Ottley bought Botticelli's The Mystical Nativity in Italy. "
            "His late work, the Mystic Nativity, shows angels. The Mystic Nativity is in London. "
            "Adidas sponsors the cricket side Royal Challengers Bangalore. Royal Challengers Bangalore won in 2024. "
            "King Ferdinand praised the painter.")
    people = people_of(text, "en", "Sandro Botticelli")
    assert "Nativity" not in people and "Challengers Bangalore" not in people and "Ferdinand" in people


# ------------------------------------------------------------ round 26, fresh-12's readers


def test_en_a_name_and_it_with_a_second_surname_are_one_person():
    people = people_of("He studied under the painter José Luzán. José Luzán taught him drawing. "
                       "Later he left José Luzán y Martinez for Madrid.\n", "en", "Francisco Goya")
    assert "José Luzán y Martinez" not in people
    assert people["José Luzán"].role == "painter"
    assert "José Luzán y Martinez" in people["José Luzán"].variants


def test_en_a_title_between_commas_is_the_name_before_it():
    people = people_of("The letter was signed by Datuk K Sri Dhammaratana, Chief High Priest of Malaysia, "
                       "Rabbi Abraham Skorka and others. Skorka spoke.\n", "en", "Abolitionism")
    skorka = people.get("Abraham Skorka")
    assert skorka is None or skorka.role_kind != "role" or "Malaysia" not in skorka.role


def test_en_his_friends_are_the_persons_not_the_body_named_between():
    people = people_of("James Oglethorpe argued against it in Parliament, and encouraged his friends "
                       "Granville Sharp and Hannah Wood to pursue the cause. Sharp wrote. Oglethorpe died.\n",
                       "en", "Abolitionism")
    assert people["Granville Sharp"].role == "friend of James Oglethorpe"


def test_en_a_line_that_is_only_the_name_is_no_context():
    people = people_of("== Notable abolitionists ==\nA list of them.\n\nWilliam Wells Brown\nJohn Woolman\n",
                       "en", "Abolitionism")
    assert people["William Wells Brown"].role != "William Wells Brown"


def test_en_a_context_with_someone_elses_possessive_before_the_name_comes_after_a_plain_one():
    people = people_of("James Oglethorpe fought slavery. Soon after his death in 1785, Sharp united with "
                       "William Wilberforce and others. After the formation of the Committee in 1787, "
                       "William Wilberforce led the cause through the parliamentary campaign.\n",
                       "en", "Abolitionism")
    assert people["William Wilberforce"].role.startswith("After the formation")


def test_en_a_nationality_adjective_before_a_place_is_no_person():
    people = people_of("Coal was burnt in Britain early. Roman forts held coal stores. In Roman Britain, "
                       "the Romans were exploiting coals in all the major coalfields. Roman Britain ended.\n",
                       "en", "Coal")
    assert "Roman Britain" not in people


def test_en_a_name_after_a_kind_noun_and_an_article_is_that_thing():
    house = analyse(parse("Goya painted on the walls of his house the Quinta del Sordo in 1820.\n", "en", "inline.txt")[0])
    quinta = next(c for c in house.candidates if c.key[0] == "quinta")
    assert named_as_kind([quinta], quinta.occurrences, house)
