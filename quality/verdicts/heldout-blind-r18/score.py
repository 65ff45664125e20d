"""Score the judged sheets (judged-<group>.md) per article, part and version."""
import json, re
from collections import defaultdict
from pathlib import Path
base = Path(__file__).parent
key = json.loads((base / "key.json").read_text())
res = defaultdict(lambda: defaultdict(int))
for sheet in sorted(base.glob("judged-*.md")):
    for m in re.finditer(r'^(\d+)\. (?:.|\n)*?^\s*verdict:\s*(.*)$', sheet.read_text(), re.M):
        n, v = m.group(1), m.group(2).strip().lower()
        k = key[n]
        for ver in k["versions"]:
            r = res[(k["part"], k["article"], ver)]
            r["n"] += 1
            if k["part"] == "glossary":
                r["keep"] += v.startswith("keep")
                r["right"] += bool(re.search(r"\bright\b", v))
                r["wrong"] += bool(re.search(r"\bwrong\b", v))
            else:
                r["ok"] += v.startswith("ok")
for (part, art, ver), r in sorted(res.items()):
    print(part, art, ver, dict(r))
