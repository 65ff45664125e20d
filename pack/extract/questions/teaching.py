"""Teacher material: learning objectives per chapter and passages that need care.

Stage: extract. Inputs: an `Article` (and, for objectives, the questions
generated for it). Outputs: `learning_objectives()` -> {chapter id: 2-4
sentences in the book's language ("Siswa dapat menjelaskan ...")}, built
from what the chapter's questions ask; `sensitive_passages()` ->
`SensitivePassage`s where the text speaks of suicide, abuse of a minor,
mass killing, torture ..., found with the word lists of the language data,
one per paragraph and topic, in reading order.
"""

from __future__ import annotations

from pack.text.language import language, phrase_pattern
from pack.extract.questions.sentences import shorten, tidy
from pack.model import Article, Question, Reference, SensitivePassage
from pack.text.sentences import abbreviations, split_sentences
from pack.lang.schema import tunables_of

# (objective template, question kinds it covers), in teaching order.
OBJECTIVES = [
    ("define", {"define"}),
    ("cause", {"cause", "effect"}),
    ("role", {"explain-role"}),
    ("compare", {"compare"}),
    ("claim", {"evaluate-claim"}),
    ("timeline", {"sequence"}),
]
# Thresholds, each declared with why in pack/lang/schema.toml [tunables].
(MAX_OBJECTIVES, MAX_ITEMS, MAX_EXCERPT_SENTENCES) = tunables_of(__name__)


def learning_objectives(article: Article, questions: list[Question]) -> dict[str, list[str]]:
    ql = language(article.lang)
    templates = ql.questions.get("objectives", {})
    found: dict[str, list[str]] = {}
    for chapter in article.chapters:
        asked = [q for q in questions if q.chapter_id == chapter.id]
        place = chapter.title
        objectives = []
        for key, kinds in OBJECTIVES:
            matched = [q for q in asked if q.kind in kinds]
            items = _items(matched)
            if not matched or ("{items}" in templates.get(key, "") and not items):
                continue
            objectives.append(templates[key].format(items=ql.join([ql.as_phrase(i) for i in items]), title=place))
        for key in ("summary", "recall"):
            if len(objectives) < 2:
                objectives.append(templates[key].format(title=place))
        found[chapter.id] = objectives[:MAX_OBJECTIVES]
    return found


def _items(questions: list[Question]) -> list[str]:
    """The names and terms the questions are about, once each, short ones only."""
    items: list[str] = []
    for question in questions:
        focus = question.focus.strip()
        if focus and len(focus.split()) <= 4 and focus not in items:
            items.append(focus)
    return items[:MAX_ITEMS]


def sensitive_passages(article: Article) -> list[SensitivePassage]:
    ql = language(article.lang)
    rules = [(rule, _Phrases(rule.get("any", [])), [_Phrases(g) for g in rule.get("all", [])])
             for rule in ql.questions.get("sensitive", [])]
    found = []
    for chapter, paragraph in article.paragraphs():
        # A sentence is a piece of its paragraph with spaces around it: a rule
        # that matches no part of the paragraph matches none of its sentences.
        maybe = [(rule, any_of, all_of) for rule, any_of, all_of in rules
                 if _matches(paragraph.text, any_of, all_of)]
        sentences = split_sentences(paragraph.text, abbreviations(article.lang)) if maybe else []
        for rule, any_of, all_of in maybe:
            hits = [s for s in sentences if _matches(s, any_of, all_of)]
            if hits:
                # Up to two sentences: a paragraph may tell of two suicides.
                excerpt = " … ".join(shorten(tidy(s, ql), 40) for s in hits[:MAX_EXCERPT_SENTENCES])
                found.append(SensitivePassage(Reference(paragraph.id, chapter.id), rule["topic"],
                                              rule["label"], excerpt))
    return found


def _matches(text: str, any_of: _Phrases, all_of: list[_Phrases]) -> bool:
    lowered = None if any(c in text for c in UNLIKE_LOWER) else text.lower()
    return any_of.search(text, lowered) or bool(all_of and all(p.search(text, lowered) for p in all_of))


# Letters that a case-insensitive pattern takes for an ASCII letter although
# their lower case is another ("ı" and "ſ" match "i" and "s"; "İ" lowers to
# two characters): a text holding one is searched with the pattern alone.
UNLIKE_LOWER = "\u0130\u0131\u017f"


class _Phrases:
    """A word list's `phrase_pattern` (case-insensitive), and the first
    words of its phrases in lower case: the pattern cannot match a text
    whose lower case holds none of them. Scanning every paragraph with
    each rule's pattern cost 0.01-0.05 s an article; most paragraphs hold
    no first word and are passed at once. (Only for lists written in
    ASCII, whose case-insensitive letters are known: `UNLIKE_LOWER`.)"""

    def __init__(self, phrases: list[str]):
        self.pattern = phrase_pattern(phrases)
        words = [p.strip() for p in phrases if p.strip()]
        self.firsts = {w.split(" ")[0].lower() for w in words} if all(w.isascii() for w in words) else None

    def search(self, text: str, lowered: str | None) -> bool:
        """Whether the pattern matches `text` (`lowered`: its lower case, or None to run the pattern)."""
        if lowered is not None and self.firsts is not None and not _holds_any(lowered, self.firsts):
            return False
        return self.pattern.search(text) is not None


def _holds_any(text: str, words) -> bool:
    """One of `words` stands in `text` (a loop, not a generator: asked of every sentence for every rule)."""
    for word in words:
        if word in text:
            return True
    return False
