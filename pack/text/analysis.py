"""Text analysis: the one analysis of an article, made once and shared by every extractor.

Stage: extract (shared). Input: an `Article`. Output: an `Analysis`, each
part computed when first asked for: the language data (`lex`), the
article's sentences with their word tokens (`sentences`), the `TextIndex`
of normalised word keys and their case statistics (`index.cases`), the
word keys of the section titles (`headings`), every name and term
`Candidate` with its occurrences, the person / place / term
`Kinds`, and the article's subject
(the words of its title that are names, e.g. "josef stalin",
"aluminium"), which neither the glossary nor the who's-who shows: the
whole book is about it.

`analyse(article)` keeps the last few analyses, keyed by the article's
content: the extract driver asks for the index before it forks the
timeline's process (which inherits them), the glossary and the who's-who
share the rest, and the questions reuse the sentences' tokens and the
index's case statistics (`cases`).
"""

from __future__ import annotations

from functools import cached_property

from pack.model import Article
from pack.text.candidates import Candidate, TextIndex, collect
from pack.text.kinds import Kinds, classify
from pack.text.language import Language, language
from pack.text.sentences import abbreviations
from pack.text.tokens import Sentence, article_sentences, tokenize

COMMON_ZIPF = 5.0      # title words this common ("History") are not the subject


class Analysis:
    """One article's analysis; every part is computed on first use."""

    def __init__(self, article: Article):
        self.article = article

    @cached_property
    def lex(self) -> Language:
        return language(self.article.lang)

    @cached_property
    def sentences(self) -> list[Sentence]:
        return article_sentences(self.article, abbreviations(self.article.lang))

    @cached_property
    def by_text(self) -> dict[str, Sentence]:
        """Each sentence by its text: its tokens for whoever split the same sentence."""
        return {s.text: s for s in self.sentences}

    @cached_property
    def index(self) -> TextIndex:
        return TextIndex(self.sentences, self.lex)

    @cached_property
    def subject(self) -> tuple[str, ...]:
        return tuple(t.key for t in tokenize(self.article.title, self.article.lang))

    @cached_property
    def subject_words(self) -> frozenset[str]:
        lex = self.lex
        return frozenset(w for w in self.subject if not lex.is_function(w) and lex.zipf(w) < COMMON_ZIPF)

    @cached_property
    def headings(self) -> frozenset[tuple[str, ...]]:
        """The word keys of every chapter and section title (the analysis
        is keyed by the text and the titles, so the same text with other
        titles is analysed again)."""
        return frozenset(tuple(t.key for t in tokenize(s.title, self.article.lang))
                         for chapter in self.article.chapters for s in chapter.walk())

    @cached_property
    def candidates(self) -> list[Candidate]:
        return collect(self.index, self.subject_words, self.headings)

    @cached_property
    def kinds(self) -> Kinds:
        return classify(self.candidates, self.index, self.subject, self.subject_words)


_RECENT: dict[tuple, Analysis] = {}
RECENT_SIZE = 4        # a few articles: a course extracts them one after another


def analyse(article: Article) -> Analysis:
    """The analysis of an article; the last few are kept, keyed by content."""
    # Every section once, in reading order (the order of `article.paragraphs()`):
    # the extractors ask a few hundred times an article.
    sections = [s for chapter in article.chapters for s in chapter.walk()]
    key = (article.lang, article.title, tuple([(p.id, p.text) for s in sections for p in s.paragraphs]),
           tuple([s.title for s in sections]))
    if key not in _RECENT:
        if len(_RECENT) >= RECENT_SIZE:
            _RECENT.pop(next(iter(_RECENT)))
        _RECENT[key] = Analysis(article)
    return _RECENT[key]
