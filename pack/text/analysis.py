"""Extract stage, shared: the analysis the glossary and the who's-who start from.

Inputs: an `Article`. Outputs: an `Analysis` holding the language
`Language`, the `TextIndex` of sentences, every `Candidate` with its
occurrences, the person / place / term `Kinds`, and the article's subject
(the words of its title that are names, e.g. "josef stalin",
"aluminium"), which neither list shows: the whole book is about it.
"""

from __future__ import annotations

from dataclasses import dataclass

from pack.text.candidates import Candidate, TextIndex, collect
from pack.text.kinds import Kinds, classify
from pack.text.language import Language, language
from pack.text.sentences import abbreviations
from pack.text.tokens import article_sentences, tokenize
from pack.model import Article

COMMON_ZIPF = 5.0      # title words this common ("History") are not the subject


@dataclass
class Analysis:
    lex: Language
    index: TextIndex
    candidates: list[Candidate]
    kinds: Kinds
    subject: tuple[str, ...]
    subject_words: frozenset[str]


_RECENT: dict[tuple, Analysis] = {}
RECENT_SIZE = 4        # the glossary and the who's-who of one article share one analysis


def analyse(article: Article) -> Analysis:
    """The analysis of an article; the last few are kept, keyed by content."""
    key = (article.lang, article.title, tuple((p.id, p.text) for _, p in article.paragraphs()))
    if key not in _RECENT:
        if len(_RECENT) >= RECENT_SIZE:
            _RECENT.pop(next(iter(_RECENT)))
        _RECENT[key] = _analyse(article)
    return _RECENT[key]


def _analyse(article: Article) -> Analysis:
    lex = language(article.lang)
    index = TextIndex(article_sentences(article, abbreviations(lex.code)), lex)
    subject = tuple(t.key for t in tokenize(article.title))
    words = frozenset(w for w in subject if not lex.is_function(w) and lex.zipf(w) < COMMON_ZIPF)
    candidates = collect(index, words)
    kinds = classify(candidates, index, subject, words)
    return Analysis(lex, index, candidates, kinds, subject, words)
