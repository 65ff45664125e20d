"""Text analysis: how the article writes each word, with a capital or without.

Stage: extract (shared by the name scanner, the glossary, the who's-who
and the questions). Inputs: the article's `Sentence`s with their
normalised word keys (made by `candidates.TextIndex`) and the `Language`.
Output: one `CaseStats` per article: for every word key, how often the
article writes it capitalised and how often in lower case (a capital that
only opens a sentence proves nothing and is not counted), and the pairs
of capitalised words that follow each other ("Perang Saudara"). From
them: is a word mostly capitalised (a name, "Enigma") or a name word, and
how a clause lifted from the start of a sentence is written in
mid-sentence ("Pemerintahan ..." -> "pemerintahan ...").
"""

from __future__ import annotations

import re
from collections import Counter

from pack.text.language import Language
from pack.text.runs import is_initial
from pack.text.tokens import WORD, Sentence, without_possessive

DASH = re.compile(r"[-–]")
LOWER_ZIPF = 1.5       # a word never seen mid-sentence is lowered only if at least this common


def normal_key(word: str, lex: Language) -> str:
    """Case-folded, possessive removed, reduplication folded ("kulak-kulak")."""
    key = without_possessive(word, lex.possessive_endings).casefold()
    if lex.text.get("reduplication") and ("-" in key or "–" in key):     # (DASH's marks: else one half)
        halves = DASH.split(key)
        if len(halves) == 2 and halves[0] == halves[1]:
            key = halves[0]
    return key


class CaseStats:
    """Capitalised and lowercase uses of every word key of one article."""

    def __init__(self, sentences: list[Sentence], keys: list[list[str]], lex: Language):
        self.lex = lex
        upper: list[str] = []        # counted at the end, in one go (Counter.update is fast)
        lower: list[str] = []
        self.name_pairs: set[tuple[str, str]] = set()     # "perang saudara" mid-sentence
        for sentence, words in zip(sentences, keys):
            tokens = sentence.tokens
            for i, token in enumerate(tokens):
                if not token.cap:
                    lower.append(words[i])
                elif i or not is_initial(sentence, 0):
                    upper.append(words[i])
                    if i + 1 < len(tokens) and tokens[i + 1].cap:
                        self.name_pairs.add((words[i], words[i + 1]))
        self.upper: Counter = Counter(upper)
        self.lower: Counter = Counter(lower)
        # Keys seen capitalised somewhere other than a sentence start, and seen in lower case.
        self.capitalised = set(self.upper)
        self.lowercase = set(self.lower)
        # Capitalised at least as often as not: the words of names.
        self.name_words = {k for k, n in self.upper.items() if n >= self.lower[k]}

    def key(self, word: str) -> str:
        return normal_key(word, self.lex)

    def mostly_capitalised(self, key: str) -> bool:
        """Written with a capital more often than without: a name ("Enigma"),
        not a word that also starts a title ("Morphogenesis")."""
        return self.upper[key] > self.lower[key]

    def is_name_word(self, word: str) -> bool:
        """Capitalised in mid-sentence at least as often as not."""
        return self.key(word) in self.name_words

    def uses(self, word: str) -> int:
        """Uses of the word that show its case."""
        key = self.key(word)
        return self.upper[key] + self.lower[key]

    def lower_uses(self, word: str) -> int:
        return self.lower[self.key(word)]

    def lowered(self, clause: str, guess: bool = True) -> str:
        """The clause with its first word in lower case when the article does so.

        A word the article never writes in mid-sentence is lowered only if
        it is a common word of the language, and only when `guess` is on.
        A clause that opens with a name ("Perang Saudara Rusia") keeps it.
        """
        match = WORD.match(clause)
        if not match or not clause[:1].isupper():
            return clause
        word = match.group(0)
        if self.is_name_word(word) or (word.isupper() and len(word) > 1):
            return clause
        following = WORD.search(clause, match.end())
        if following and (self.key(word), self.key(following.group(0))) in self.name_pairs:
            return clause      # the start of a name: "Perang Saudara Rusia"
        if self.uses(word) == 0:
            # Never seen mid-sentence: a common word of the language is lowered.
            if not guess or self.lex.zipf(word) < LOWER_ZIPF:
                return clause
        return clause[:1].lower() + clause[1:]
