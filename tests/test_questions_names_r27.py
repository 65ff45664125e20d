"""Round 27: questions name a person as the article does (fresh-14 readers, issue 14).

Small articles written for the test, shaped like fresh-14's faults: a file named
without its accents ("santiago-ramon-y-cajal") gave the title "Santiago Ramon y
Cajal", which the text never writes, so the questions misspelt the subject, called
him by the given name the text only uses in its references, and asked his own "role";
a person known by a title ("Robert de Livet, Canon of Rouen") lent the title to the
city's name, and "the role of Canon of Rouen" was asked.
"""

from __future__ import annotations

from pathlib import Path

from pack.config import Settings
from pack.extract.questions.context import QuestionContext
from pack.extract.run import extract_all
from pack.read import read_article

CAJAL = """Santiago Ramón y Cajal (1 May 1852 – 17 October 1934) was a Spanish neuroscientist.
Ramón y Cajal was the first person of Spanish origin to win a scientific Nobel Prize. He studied the brain.

== Career ==
Ramón y Cajal worked in Madrid. Ramón y Cajal drew thousands of nerve cells. Later Ramón y Cajal taught in Barcelona.

== Works ==
Ramón y Cajal, Santiago (1898). Textura del sistema nervioso.
Ramón y Cajal, Santiago (1906). Recuerdos de mi vida.
"""

ROUEN = """Henry Smith (1386 – 1422) was an English king.
Henry Smith was born in Monmouth. He grew up at court and learned to fight.

== Campaign ==
In 1417 Henry Smith besieged Rouen. Rouen was cut off from Paris. The people of Rouen starved for months. \
Those who resisted were punished: Robert de Livet, Canon of Rouen, who had excommunicated the king, was imprisoned. \
In January 1419, Rouen fell. Henry Smith then marched on Paris.
"""


def _read(tmp_path: Path, text: str, name: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_article(path)


def test_a_file_name_without_accents_gives_the_title_as_the_text_spells_it(tmp_path):
    article = _read(tmp_path, CAJAL, "en-santiago-ramon-y-cajal.txt")
    assert article.title == "Santiago Ramón y Cajal"
    assert article.source_url.endswith("/Santiago_Ramón_y_Cajal")


def test_the_subject_is_named_by_the_form_the_text_uses_most_not_its_given_name(tmp_path):
    ctx = QuestionContext(_read(tmp_path, CAJAL, "en-santiago-ramon-y-cajal.txt"))
    assert ctx.subject.short == "Ramón y Cajal"
    assert ctx.is_subject("Santiago Ramón y Cajal")     # no "role" of his own asked


def test_the_place_a_title_ends_in_is_not_asked_as_the_person(tmp_path):
    article = _read(tmp_path, ROUEN, "en-henry-smith.txt")
    found = extract_all([article], Settings())
    assert not any("Canon of Rouen" in q.text for q in found.questions)
