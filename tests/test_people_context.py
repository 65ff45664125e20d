"""Who's-who context lines (pack/extract/people/context.py): a sentence
that points back is shown after the sentence before it (or that
sentence's last clause); one that does not, whose pronoun stands for the
article's subject, or whose sentence before is in another paragraph or
points further back itself, is shown alone; two sentences the source
glued together are parted. Sentences shaped like seen articles (fresh-3
en-electricity, fresh-4 en-francisco-pizarro, fresh-7
en-barbara-mcclintock, fresh-8 en-electric-battery, fresh-10
en-revolutions-of-1848, fresh-11 en-photon and en-toyo-miyatake, sample
id-stalin, fresh-2 id-sejarah-indonesia).
"""

from __future__ import annotations

import pytest

from pack.extract.people import extract_people
from pack.read.parse import parse

CASES = {
    # "He" is Volta, not the article's subject (a thing): the sentence before says who.
    "pronoun for someone named before": (
        "en", "Electric battery", "Michael Faraday",
        "Volta did not understand that the voltage was due to chemical reactions. He thought that his cells "
        "were an inexhaustible source of energy, as Michael Faraday showed in 1834.\n",
        "Volta did not understand that the voltage was due to chemical reactions. He thought"),
    # "He" is Pizarro: in a biography the sentence says who Enciso is to him.
    "pronoun for the biography's subject": (
        "en", "Francisco Pizarro", "Martín Fernández de Enciso",
        "Pizarro was born in Trujillo. Francisco Pizarro left Spain in 1509. He sailed to Cartagena and "
        "joined the fleet of Martín Fernández de Enciso in 1513.\n",
        "He sailed"),
    # "the award" is named in the sentence before, itself glued to the one before that.
    "list under a definite noun": (
        "en", "Barbara McClintock", "Detlef Weigel",
        "McClintock was a geneticist. Her collected papers were published in 1987.The McClintock Prize is "
        "named in her honour. Laureates of the award include David Baulcombe, Detlef Weigel, Robert A. "
        "Martienssen, Jeffrey D. Palmer and Susan R. Wessler.\n",
        "The McClintock Prize is named in her honour. Laureates of the award"),
    # "Di tempat tersebut" is Kureika, named in the sentence before.
    "Indonesian demonstrative": (
        "id", "Josef Stalin", "Lidia Pereprygia",
        "Pada Maret 1914, aparat memindahkan Stalin ke Kureika di ujung Lingkar Arktik. Di tempat tersebut, "
        "Stalin menjalin hubungan dengan Lidia Pereprygia yang berusia tiga belas tahun.\n",
        "Pada Maret 1914, aparat memindahkan Stalin ke Kureika"),
    # "pertamanya" (its first meeting) is BPUPKI's, named in the sentence before; the subject is no person.
    "Indonesian possessive suffix": (
        "id", "Sejarah Indonesia", "Muhammad Yamin",
        "Pada Maret 1945 Jepang membentuk Badan Penyelidik Usaha Persiapan Kemerdekaan Indonesia (BPUPKI). "
        "Pada pertemuan pertamanya di bulan Mei, Soepomo membicarakan integrasi nasional; sementara itu "
        "Muhammad Yamin mengusulkan bahwa negara baru tersebut juga mengklaim Sarawak.\n",
        "Pada Maret 1945 Jepang membentuk"),
    # "Further work" opens its paragraph; the paragraph before is another matter.
    "sentence before in another paragraph": (
        "en", "Electricity", "Stephen Gray",
        "Gilbert wrote De Magnete in 1600.\n\nFurther work was conducted in the 17th century by Otto von "
        "Guericke, Robert Boyle, Stephen Gray and Charles du Fay.\n",
        "Further work"),
    # "It ended the monarchy ..." says no more than "This government ...".
    "sentence before points back too": (
        "en", "Revolutions of 1848", "Louis-Napoleon",
        "The February revolution broke out in Paris. It ended the monarchy of Louis-Philippe. This "
        "government was headed by Louis-Napoleon, who established the Second Empire in 1852.\n",
        "This government"),
    # "... of the camp.,Of the three major photographers ...": only the name's sentence.
    "glued sentences": (
        "en", "Toyo Miyatake", "Dorothea Lange",
        "Toyo Miyatake was a photographer. He published the book Two Views of Manzanar with photos of the "
        "camp.,Of the three major photographers who documented the camps, Adams, Miyatake, and Dorothea "
        "Lange, each ones work showed different aspects of the camps.\n",
        "Of the three major photographers"),
    # The sentence before is long; its last clause after a semicolon says what "it" is.
    "last clause of a long sentence before": (
        "en", "Photon", "Lene Hau",
        "Photons are bosons. In the same papers, Einstein extended the formalism of Satyendra Nath Bose to "
        "material particles and predicted that they would condense into their lowest quantum state at low "
        "enough temperatures, much lower than any reached before in any laboratory of the day; this "
        "condensation was observed in 1995. It was later used by Lene Hau to slow light in 1999.\n",
        "… this condensation was observed in 1995. It was later used"),
}


@pytest.mark.parametrize("case", CASES)
def test_context_line(case):
    lang, title, name, text, opening = CASES[case]
    article, _ = parse(text, lang, "inline.txt")
    article.title = title
    person = {p.name: p for p in extract_people(article)}[name]
    assert person.role_kind == "context" and person.role.startswith(opening), person.role
