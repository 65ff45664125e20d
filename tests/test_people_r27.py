"""Round 27, issue 13: a who's-who of people only, on any kind of article.

Names the who's-who took for people that the text shows are a body, a
day kept or a firm (fresh-13: a bank after "the managing director of", a
newspaper after "Assistant Editor of the", a holiday, a firm's legal
form), and people it lost to shapes that are no thing's (a possessive
owner of a work or of firms, a name opening with initials)."""

from __future__ import annotations

from pathlib import Path

from pack.extract.people import extract_people
from pack.read import read_article
from pack.read.parse import parse


def names(text: str, lang: str, title: str) -> dict[str, str]:
    article, _ = parse(text, lang, "inline.txt")
    article.title = title
    return {p.name: p.role for p in extract_people(article)}


def test_en_what_an_office_is_of_is_no_person():
    """fresh-13's "Viktor Shvets, the managing director of Credit Suisse,
    has said": the bank is what the office is of; the speech is Shvets's.
    Kin stays a person: "the wife of William Parry"."""
    found = names("Viktor Shvets, the managing director of Credit Suisse, has said that Malaysia was ready. "
                  "Alice Paul was the daughter of Tacie Parry and the granddaughter of William Parry.\n",
                  "en", "Malaysia")
    assert "Viktor Shvets" in found and "William Parry" in found
    assert "Credit Suisse" not in found


def test_en_a_title_ending_in_of_the_is_no_title_of_the_name():
    """fresh-13's "Bharati joined as Assistant Editor of the Swadeshamitran":
    a newspaper, not an assistant editor."""
    found = names("Bharati joined as Assistant Editor of the Swadeshamitran, a Tamil daily, in 1904. "
                  "He met Assistant Editor Ramaswamy Iyer there.\n", "en", "Subramania Bharati")
    assert "Swadeshamitran" not in found


def test_en_a_holiday_and_a_firm_are_no_people():
    """fresh-13's "The most observed national holiday is Hari Merdeka" and
    "Adobe Systems Inc added Ares Software Corp"."""
    found = names("The most observed national holiday is Hari Merdeka (Independence Day) on 31 August. "
                  "In 1996, Adobe Systems Inc added Ares Software Corp. "
                  "Viktor Shvets said that Malaysia was ready.\n", "en", "Malaysia")
    assert "Viktor Shvets" in found
    assert "Hari Merdeka" not in found
    assert "Ares Software Corp" not in found


def test_en_an_owner_before_a_kind_noun_or_after_the_is_a_person():
    """fresh-9's "the merger of Karl Benz's and Gottlieb Daimler's
    companies" (Daimler owns the firms) and fresh-10's "the František
    Palacký's 1836 History" (the article is the book's)."""
    found = names("The first vehicles were produced in 1926, following the merger of Karl Benz's and "
                  "Gottlieb Daimler's companies into the Daimler-Benz company. "
                  "Gottlieb Daimler sold the world's first truck in 1886. "
                  "Nationalism had a broad appeal, as seen in the František Palacký's 1836 History of the "
                  "Czech Nation.\n", "en", "Mercedes-Benz")
    assert "Gottlieb Daimler" in found
    assert "František Palacký" in found


def test_en_a_full_name_may_open_with_initials():
    """fresh-3's "by Otto von Guericke, Robert Boyle, Stephen Gray and C. F.
    du Fay": initials before a name are a person's, as before a surname."""
    found = names("Further work was conducted in the 17th and early 18th centuries by Otto von Guericke, "
                  "Robert Boyle, Stephen Gray and C. F. du Fay.\n", "en", "Electricity")
    assert "C. F. du Fay" in found


def test_en_a_format_is_no_person_nor_an_acronym_s_relation():
    """fresh-13's "Portable Document Format (PDF), PDF's predecessor
    PostScript, ActionScript, Shockwave Flash (SWF)": an acronym's
    predecessor is no person's relation, and a capital inside a word
    ("PostScript") is a product's shape. Kin of an acronym stays ("JFK's
    brother Robert Kennedy"), and so do "Mc" names."""
    found = names("Adobe supports Portable Document Format (PDF), PDF's predecessor PostScript, ActionScript, "
                  "Shockwave Flash (SWF), and Filmstrip. In 1985, Apple Computer licensed PostScript for use "
                  "in its printers. JFK's brother Robert Kennedy spoke. Marshall McLuhan wrote of it.\n",
                  "en", "Adobe Inc.")
    assert "Robert Kennedy" in found and "Marshall McLuhan" in found
    assert not {"PostScript", "ActionScript", "Shockwave Flash"} & set(found)


def test_en_a_word_that_opens_product_names_is_a_firm():
    """fresh-13's "Adobe acquired its main rival Macromedia ... adding Adobe
    Flex, Macromedia FreeHand, Macromedia HomeSite, Macromedia JRun": a
    brand before its products. A person described stays ("Warnock")."""
    found = names("On December 12, 2005, Adobe acquired its main rival Macromedia in a stock swap, adding "
                  "Adobe Flex, Macromedia FreeHand, Macromedia HomeSite, Macromedia JRun, and Macromedia "
                  "Authorware to its product line. The chemist John Warnock founded the firm.\n",
                  "en", "Adobe Inc.")
    assert "John Warnock" in found
    assert "Macromedia" not in found


def test_en_a_word_used_alone_long_before_a_name_it_opens_is_no_given_name():
    """fresh-13's en-malaysia (a seen article): "Malay" (a given name in the
    lists, no person evidence) written alone all through the article, "the
    Malay Sultanates" once near the end: no person of whom "Malay" is the
    given name. The country's people stay."""
    article = read_article(Path(__file__).resolve().parent.parent / "quality" / "fresh13" / "en-malaysia.txt")
    found = {p.name for p in extract_people(article)}
    assert "Mahathir Mohamad" in found and "Najib Razak" in found
    assert "Malay Sultanates" not in found
