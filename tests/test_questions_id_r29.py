"""Round 29 (issue 14): the Indonesian questions blind readers faulted on the ten seen
Indonesian articles (quality/verdicts/idq-seen-r29, quality/verdicts/questions-id-r29.md)."""

from __future__ import annotations

from pack.extract.questions.chapter_fit import supports
from pack.extract.questions.context import QuestionContext
from pack.extract.questions.generate import candidates, generate_questions
from pack.model import Article, Paragraph, Section

LEAD = ("Budi Santoso (lahir 1900 – wafat 1960) adalah seorang tokoh pergerakan. "
        "Ia dikenal sebagai pendiri Partai Rakyat Merdeka.")


def article(*chapters: list[str]) -> Article:
    """A life in Indonesian, one chapter per list of paragraphs (chapter 0 is the lead)."""
    return Article(title="Budi Santoso", lang="id", chapters=[
        Section(f"ch{n}", f"Bab {n}", 1, [Paragraph(f"ch{n}-p{i}", text) for i, text in enumerate(paras, 1)])
        for n, paras in enumerate(chapters)])


def test_a_date_recall_is_proposed_but_not_printed():
    """ "Kapan <a clause of one sentence>?" read usable 3 times in 22 (idq-seen-r29): the
    generator still proposes it (for tuning), a build prints none."""
    a = article([LEAD], [
        "Pada tahun 1936, Ahmad Yani menjadi kepala NKVD dan mengawasi penindasan. "
        "Ahmad Yani dikenal keras. Budi takut kepada Ahmad Yani. "
        "Pada Maret 1908, Budi ditangkap dan dikurung di Penjara Bailov di kota Baku."])
    assert any(c.kind == "recall" for c in candidates(a))
    printed = generate_questions(a)
    assert printed and not [q.text for q in printed if q.kind == "recall" or q.text.startswith("Kapan ")]


def _decision_task_fits(text: str) -> bool:
    a = article([LEAD], [text])
    ctx = QuestionContext(a, ())
    task = next(t for t in ctx.questions_forms("person")["tasks"] if t.get("needs") == "decision_words")
    return supports(ctx, text, len(text.split(". ")), task)


def test_a_decision_task_needs_a_chapter_that_tells_several_decisions():
    """A chapter of beliefs uses a few common decision verbs ("menyatakan", "menolak") and
    tells no decision ("Ideologi politik": readers, idq-seen-r29); one that tells a career
    uses many different ones."""
    beliefs = ("Budi menyatakan dirinya seorang sosialis. Ia menolak paham liberal. "
               "Ia menerima ajaran gurunya. Ia memilih kata-kata yang sederhana. "
               "Pandangannya tentang negara tidak berubah.")
    career = beliefs + (" Pada tahun 1930 ia memutuskan pindah ke Medan. "
                        "Di sana ia bergabung dengan Partai Rakyat Merdeka.")
    assert not _decision_task_fits(beliefs)
    assert _decision_task_fits(career)
