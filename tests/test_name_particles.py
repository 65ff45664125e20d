"""Lower-case name particles glued to a name (`glued_name_particles` of
pack/lang/<code>/text.toml): "d'Este", "al-Mujahid" count as capitalised
words, a part of a name; a prefix before a lower-case word does not."""

from __future__ import annotations

import pytest

from pack import lang as langdata
from pack.extract.people import extract_people
from pack.read import read_article
from pack.text.tokens import glued_name_particles, tokenize

# Made up, shaped like fresh10/en-black-death ("the return of Sultan
# al-Mujahid Ali of Yemen from imprisonment in Cairo").
FEVER = """The Great Fever was an epidemic that spread through the ports of the Red Sea in the fourteenth century. It killed many traders and sailors in the coastal towns.
The fever reached the coast of Arabia in 1349. In 1351 Yemen suffered an outbreak of the fever, coinciding with the return of Sultan al-Mujahid Ali of Yemen from imprisonment in Cairo. Merchants fled the ports and trade stopped for two years.
The physician Ibrahim Haddad wrote an account of the fever in 1355. Haddad described the swelling of the glands and the fast death of the sick.
"""


def _caps(text: str, code: str) -> dict[str, bool]:
    return {token.text: token.cap for token in tokenize(text, code)}


@pytest.mark.parametrize("code", ["en", "id"])
def test_a_particle_glued_to_a_capital_is_part_of_a_name(code):
    # Shaped like the seen texts: "Isabella d'Este" (fresh4), "Côte d’Azur", "al-Mujahid" (fresh10).
    caps = _caps("Isabella d'Este, Côte d’Azur, Sultan al-Mujahid Ali", code)
    assert caps["d'Este"] and caps["d’Azur"] and caps["al-Mujahid"]


@pytest.mark.parametrize("code", ["en", "id"])
def test_a_particle_before_a_lower_case_word_opens_no_name(code):
    # "de-Stalinisasi", "te-Rusiakan" (id-stalin), "de-Southernized" (extra/en-atlanta).
    caps = _caps("de-Stalinisasi te-Rusiakan de-Southernized d'un al-qaum", code)
    assert not any(caps.values())


def test_a_pronunciation_guide_is_no_name():
    # The lead of extra/en-atlanta: "Atlanta ( at-LAN-tə, or at-LAN-ə)".
    assert _caps("Atlanta ( at-LAN-tə, or at-LAN-ə) is the capital", "en") == {
        "Atlanta": True, "at-LAN-tə": False, "or": False, "at-LAN-ə": False,
        "is": False, "the": False, "capital": False}


def test_the_particles_are_language_data_with_either_apostrophe():
    for code in ("en", "id"):
        written = langdata.load(code, "text")["glued_name_particles"]
        particles = glued_name_particles(code)
        assert set(written) <= set(particles)
        assert all(p.replace("'", "’") in particles for p in written)
    assert "el-" in glued_name_particles("en") and "el-" not in glued_name_particles("id")


def test_a_name_opening_on_a_particle_keeps_it_in_the_whos_who(tmp_path):
    # Before, the run began at "Ali": the entry "Ali of Yemen" with context.
    path = tmp_path / "en-great-fever.txt"
    path.write_text(FEVER, encoding="utf-8")
    people = {p.name: p.role for p in extract_people(read_article(path, lang="en"))}
    assert people.get("al-Mujahid Ali of Yemen") == "Sultan"
    assert "Ali of Yemen" not in people
