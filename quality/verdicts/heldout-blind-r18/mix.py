"""Pool the old and new samples per article and part, shuffle, write blind sheets and a key.
python mix.py  -> sheet-<group>.md per judge group, key.json"""
import json, random
from pathlib import Path
base = Path(__file__).parent
GROUPS = {
    "q1": [("en-volcano", "questions"), ("en-dutch-east-indies", "questions")],
    "q2": [("id-hatta", "questions"), ("en-world-war-i", "questions")],
    "gl": [(a, "glossary") for a in ("en-world-war-i", "en-dutch-east-indies", "id-revolusi-nasional")],
    "pp": [(a, "people") for a in ("en-world-war-i", "en-dutch-east-indies", "id-revolusi-nasional")],
    "tl": [(a, "timeline") for a in ("en-world-war-i", "en-dutch-east-indies", "id-revolusi-nasional")],
}
HOW = {
    "questions": "`ok` or `wrong: why` - usable as printed by a teacher handing it to a class tomorrow "
                 "(grammatical, answerable from the chapter, not trivia, says what it asks about).",
    "glossary": "two words: `keep`/`drop` (worth a place in a student glossary of this article: a concept a "
                "15-year-old needs explained; not a person, place, work or self-explaining organisation; not a fragment "
                "or everyday word) and `right`/`wrong`/`none` for the text printed after the term ((definition) must "
                "define the term correctly; (context) is a sentence showing the term's use: right if it is about the term).",
    "people": "`ok` or `wrong: why` - a real person of the article, name printed right, and the text after the name "
              "tells correctly who they are ((in context) = the sentence of first mention: ok if it tells who they are).",
    "timeline": "`ok` or `wrong: why` - the printed event (date · text) is readable on its own as printed and its date "
                "is exactly right for what the text says (check against the source sentence and the article).",
}
key, n = {}, 0
for group, parts in GROUPS.items():
    lines = [f"# Blind judging sheet {group} (round 18)\n",
             "Articles are in ../shared/corpus/<name>.txt. Write a verdict after each `verdict:`.\n"]
    for art, part in parts:
        old = json.loads((base / f"old-{art}.json").read_text())[part]
        new = json.loads((base / f"new-{art}.json").read_text())[part]
        items = {}
        for ver, data in (("old", old), ("new", new)):
            for t in data:
                t = json.dumps(t, ensure_ascii=False) if isinstance(t, dict) else t
                items.setdefault(t, set()).add(ver)
        order = list(items)
        random.Random(f"{art}{part}18").shuffle(order)
        lines.append(f"\n## {art} - {part} ({len(order)} items)\nVerdict: {HOW[part]}\n")
        for t in order:
            n += 1
            key[n] = {"article": art, "part": part, "versions": sorted(items[t])}
            if t.startswith("{"):
                d = json.loads(t)
                t = f"{d['printed']}\n   source sentence: {d['sentence']}"
            lines.append(f"{n}. {t}\n   verdict: ")
    (base / f"sheet-{group}.md").write_text("\n".join(lines) + "\n")
(base / "key.json").write_text(json.dumps(key))
print(n, "items")
