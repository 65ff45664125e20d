"""quality/glossary_fragments.py: a fragment's shape from the words around its uses."""

from __future__ import annotations

from conftest import quality_script


def test_each_shape_is_read_from_the_words_around_the_uses():
    shape = quality_script("glossary_fragments").shape
    text = ("Silicon forms SiO2. The oxide SiO2 is hard. They fought the Hundred Years' War. "
            "Ships reached the Sargasso Sea. The Sargasso Sea is calm. He was heir apparent, "
            "the heir apparent of the king. Gold is a metal.")
    found = {term: shape(text, term) for term in ("SiO", "Hundred Years", "Sargasso", "heir", "metal", "Venus")}
    assert found == {"SiO": "formula cut at a digit", "Hundred Years": "possessive inside a name",
                     "Sargasso": "head of a name", "heir": "inside a longer phrase", "metal": "other",
                     "Venus": "other"}
