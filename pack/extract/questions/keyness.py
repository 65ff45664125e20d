"""Keyness: is a common word something this article is about, or only a word it uses?

Stage: extract (question generator helper). Inputs: a `QuestionContext`
(its sentences) and the `[terms]` thresholds of
`pack/lang/<code>/questions.toml`; the language at large is `wordfreq`'s
zipf scale. Output: `key_words(ctx, text)`, the article's own words in a
chapter's text (how many terms it has to sort), and `is_key(ctx, term, use)`, for the slot of a question
("define": "What is meant by X?" for a term the text only uses, "defined": the
same for a term the text defines, "weigh": "Describe the role of X in ...").

Keyness is how many times more often the article uses a word than the
language at large does, on a log scale:
    log10(uses per 10^9 words in the article) - zipf(word).
"organelles" in an article on the cell scores 4.2 and "alumina" 3.9; "trend",
"decade" or "immigrants" score 1.5: every pupil knows them, so "What is
meant by decade?" or "Describe the role of trend in global warming" asks
nothing the text teaches; nor does "the role of the Earth" in global warming.
A word the text never defines needs more: "temples" in an article on ancient
Egypt scores 2.5, "organisms" in one on the cell 2.9, "pyramids" 2.5, against
"faience" 3.6, "cytoplasm" 3.8, "permafrost" 3.1.
Only single words are judged: acronyms and compounds ("greenhouse gases")
name something specific already, and the callers leave people's names out.
"""

from __future__ import annotations

import math
from collections import Counter

from pack.extract.questions.sentences import WORD


def is_key(ctx, term: str, use: str) -> bool:
    """`term` may fill a slot of kind `use` ("define" or "weigh")."""
    least = ctx.ql.questions.get("terms", {}).get(f"{use}_keyness", 0.0)
    if not least or " " in term or term.isupper():
        return True
    return keyness(ctx, term) >= least


def keyness(ctx, word: str) -> float:
    counts, total = ctx.once("word_counts", _counts)
    uses = counts.get(word.casefold(), 0)
    zipf = ctx.ql.zipf(word)
    if not uses or not total or not zipf:
        return math.inf if uses else 0.0      # a word unknown to the language at large is the text's own
    return math.log10(uses / total * 1e9) - zipf


def _counts(ctx) -> tuple[Counter, int]:
    """Every word's uses, case-folded, and the number of words. Counted as
    written first (in C), then each written form folded once: an article
    of 20,000 words writes a few thousand forms."""
    written: Counter = Counter()
    for sentence in ctx.sentences:
        written.update(WORD.findall(sentence.text))
    counts: Counter = Counter()
    for word, uses in written.items():
        counts[word.casefold()] += uses
    return counts, sum(written.values())


def key_words(ctx, text: str) -> set[str]:
    """The different lower-case words of `text` the article uses so much more than the language
    at large that they are its own vocabulary (`[terms] define_keyness`: "electrolyte",
    "hydrothermal", "downhole"; not "batteries" alone in a chapter on laws): how many terms a
    chapter has to sort or tell apart."""
    least = ctx.ql.questions.get("terms", {}).get("define_keyness", 0.0)
    words = {w for w in WORD.findall(text) if w.islower() and w[:1].isalpha()}
    return {w for w in words if keyness(ctx, w) >= least}

