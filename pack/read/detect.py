"""Read stage, part 3: which language is this article in?

Inputs: text. Outputs: a language code that has data under `pack/lang/`.
Counts each language's common words (from its `core.toml`); the language
whose words cover most of the text wins. Good enough to tell Indonesian
from English on a paragraph; `--lang` overrides it.
"""

from __future__ import annotations

import re
from collections import Counter

from pack import lang as langdata

WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str, default: str = "en") -> str:
    words = Counter(map(str.casefold, WORD.findall(text[:200_000])))
    total = sum(words.values()) or 1
    scores = {}
    for code in langdata.available():
        stop = set(langdata.load(code, "core").get("stopwords", []))
        scores[code] = sum(words[w] for w in stop) / total
    best = max(scores, key=scores.get, default=default)
    return best if scores.get(best, 0) > 0.02 else default
