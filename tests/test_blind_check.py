"""quality/blind.py: reader sheets pool two versions blind, and the verdicts count for each version."""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "quality" / "blind.py"


def run(*args):
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True)


def write_versions(folder):
    old = {"questions": ["Why did A happen?", "Who was B?"], "people": ["B — a king"]}
    new = {"questions": ["Why did A happen?", "What is C?"], "people": ["B — (no role)"]}
    (folder / "old-art.json").write_text(json.dumps(old))
    (folder / "new-art.json").write_text(json.dumps(new))


def test_an_item_both_versions_print_is_judged_once_and_counts_for_both(tmp_path):
    write_versions(tmp_path)
    done = run("mix", str(tmp_path), "--seed", "1", "--group", "q=art:questions,art:people")
    assert done.returncode == 0, done.stderr
    sheet = (tmp_path / "sheet-q.md").read_text()
    assert sheet.count("Why did A happen?") == 1
    assert "old" not in sheet and "new" not in sheet      # the reader cannot tell the version
    key = json.loads((tmp_path / "key.json").read_text())
    shared = next(n for n, item in key.items() if item["versions"] == ["new", "old"])
    judged = sheet.replace("verdict: ", "verdict: wrong: x")
    judged = judged.replace(f"{shared}. Why did A happen?\n   verdict: wrong: x", f"{shared}. Why did A happen?\n   verdict: ok")
    (tmp_path / "judged-q.md").write_text(judged)
    lines = run("score", str(tmp_path)).stdout.splitlines()
    assert "questions art new {'n': 2, 'ok': 1}" in lines
    assert "questions art old {'n': 2, 'ok': 1}" in lines
    assert "people art old {'n': 1, 'ok': 0}" in lines


def test_a_group_without_a_known_part_is_refused_with_one_line(tmp_path):
    done = run("mix", str(tmp_path), "--seed", "1", "--group", "q=art:quiz")
    assert done.returncode == 2
    assert "PART one of questions, glossary, people, timeline" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_glossary_is_a_seeded_30_of_the_first_60_or_the_first_n_in_order():
    sys.path.insert(0, str(ROOT / "quality"))
    try:
        import blind
    finally:
        sys.path.remove(str(ROOT / "quality"))
    entries = list(range(100))
    sampled = blind.glossary_items(entries, 7, None)
    assert len(sampled) == 30 and sampled == sorted(sampled) and max(sampled) < 60
    assert sampled != list(range(30))
    assert blind.glossary_items(entries, 7, 30) == list(range(30))


def test_a_question_can_carry_its_chapters_span_and_the_sheet_shows_it(tmp_path):
    sys.path.insert(0, str(ROOT / "quality"))
    try:
        import blind
    finally:
        sys.path.remove(str(ROOT / "quality"))
    from pack.model import Paragraph, Question, Section
    chapter = Section(id="ch2", title="Early years", level=2, paragraphs=[
        Paragraph(id="p1", text="One two three four five six seven eight nine ten."),
        Paragraph(id="p2", text="The last paragraph ends with these words here.")])
    span = blind.chapter_span(chapter, words=3)
    assert span == "chapter “Early years”, 2 paragraphs, from “One two three …” to “… these words here.”"
    asked = Question(text="Why did A happen?", bloom="understand", kind="cause", chapter_id="ch2")
    whole = Question(text="What links A and B?", bloom="analyze", kind="link", chapter_id="")
    assert blind.question_item(asked, {"ch2": span}) == {"printed": "Why did A happen?", "chapter": span}
    assert blind.question_item(whole, {"ch2": span}) == "What links A and B?"
    assert blind.question_item(asked, {}) == "Why did A happen?"        # without --chapters: as before
    (tmp_path / "new-art.json").write_text(json.dumps({"questions": [blind.question_item(asked, {"ch2": span})]}))
    assert run("mix", str(tmp_path), "--seed", "1", "--group", "q=art:questions").returncode == 0
    assert f"Why did A happen?\n   in the book: {span}\n   verdict: " in (tmp_path / "sheet-q.md").read_text()
