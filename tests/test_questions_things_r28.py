"""Round 28: a name the text writes after a noun of a kind of thing has no role.

The who's-who took "Sang Saka Merah Putih" (the flag; "Sang" reads as an honorific) for
a person, and the build asked "Jelaskan peran Sang Saka Merah Putih ..." (fresh readers:
"a flag has no 'peran'"). The text writes it "bendera Sang Saka Merah Putih" in most of its
uses: such a name is the thing's. A person once written after such a noun ("buku Hatta",
Hatta's book) and acting elsewhere keeps a role.
"""

from __future__ import annotations

from pack.extract.questions.ask_terms import _named_thing
from pack.extract.questions.context import QuestionContext
from test_question_kinds import article     # (the small articles' maker, beside this file)


PROKLAMASI = article("id", "Proklamasi", (
    "Pendahuluan", ["Proklamasi dibacakan oleh Soekarno pada pagi hari. Setelah itu, Sang Saka Merah Putih "
                    "dikibarkan di halaman rumah. Hatta berdiri di samping Soekarno."]), (
    "Peringatan", ["Upacara peringatan diadakan setiap tahun. Acara pagi hari termasuk pengibaran "
                   "bendera Sang Saka Merah Putih. Pada sore hari terdapat penurunan bendera Sang Saka Merah Putih. "
                   "Hatta menulis tentang hari itu, dan buku Hatta dibaca banyak orang. Hatta kemudian "
                   "menjadi wakil presiden. Hatta mundur pada tahun 1956."]))


def test_a_name_written_after_a_thing_noun_in_half_its_uses_is_a_thing():
    ctx = QuestionContext(PROKLAMASI)
    assert _named_thing(ctx, "Sang Saka Merah Putih")


def test_a_person_once_written_after_a_thing_noun_is_still_a_person():
    ctx = QuestionContext(PROKLAMASI)
    assert not _named_thing(ctx, "Hatta")
    assert not _named_thing(ctx, "Soekarno")


def test_english_has_no_list_and_the_check_stays_off():
    ctx = QuestionContext(article("en", "Day", ("Introduction", ["The flag Old Glory was raised. Old Glory flew."])))
    assert not _named_thing(ctx, "Old Glory")
