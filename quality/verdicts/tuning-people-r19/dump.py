"""Dump the round-19 who's-who sample: 60 printed entries pooled from six
tuning articles, drawn with random.Random(1919). Run from a tree with
PYTHONPATH=<tree>: python dump.py SHARED_DIR [KEYS.json]. With KEYS.json
(the first run's output), the same (article, name) pairs are looked up
again, so that a list changed by the gate is judged on the same people."""
import json, random, sys
from pathlib import Path
from pack.extract.people import extract_people
from pack.read import read_article

ARTICLES = ["extra/id-soekarno", "corpus/id-agresi-militer-2", "extra/en-atlanta",
            "corpus/en-industrial-revolution", "corpus/en-ancient-egypt", "corpus/en-galileo-galilei"]

def path(shared: Path, name: str) -> Path:
    folder, stem = name.split("/")
    return (Path("quality") / "extra" if folder == "extra" else shared / folder) / f"{stem}.txt"

def printed(p) -> str:
    label = {"context": "(in context) ", "none": "(name only) "}.get(p.role_kind, "")
    return f"{p.name} — {label}{p.role}"

shared = Path(sys.argv[1])
lists = {a: extract_people(read_article(path(shared, a)), 60) for a in ARTICLES}
if len(sys.argv) > 2:
    keys = json.loads(Path(sys.argv[2]).read_text())
else:
    pool = [(a, p.name) for a in ARTICLES for p in lists[a]]
    keys = random.Random(1919).sample(pool, 60)
for article, name in keys:
    found = next((p for p in lists[article] if p.name == name), None)
    print(json.dumps({"article": article, "name": name, "printed": printed(found) if found else "(not listed)"},
                     ensure_ascii=False))
