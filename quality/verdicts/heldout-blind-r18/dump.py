"""Dump a seeded sample of an article's questions, glossary, who's-who and timeline as JSON.
Run with PYTHONPATH=<tree> so that tree's code runs: python dump.py ARTICLE SEED"""
import json, random, sys
from pathlib import Path
from pack.config import Settings
from pack.extract.run import extract_all
from pack.read import read_article

def pick(items, n, seed):
    if len(items) <= n:
        return list(items)
    return sorted(random.Random(seed).sample(items, n), key=items.index)

path, seed = Path(sys.argv[1]), int(sys.argv[2])
found = extract_all([read_article(path)], Settings())
out = {
    "questions": [q.text for q in pick(found.questions, 30, seed)],
    "glossary": [f"{e.term} — ({e.kind}) {e.definition}" for e in pick(found.glossary[:60], 30, seed)],
    "people": [f"{p.name} — {'(in context) ' if p.role_kind == 'context' else ''}{p.role}" for p in pick(found.people, 20, seed)],
    "timeline": [{"printed": f"{e.date_text} · {e.text}", "sentence": e.sentence} for e in pick(found.timeline, 30, seed)],
    "counts": {"questions": len(found.questions), "glossary": len(found.glossary), "people": len(found.people), "timeline": len(found.timeline)},
}
print(json.dumps(out, ensure_ascii=False))
