"""A small reader of GIFT, Moodle's plain-text question format, for the tests.

It reads what teachpack writes, by the format's rules as Moodle's own
importer applies them: questions separated by blank lines, `//` comment
lines, an optional `::title::`, an optional `[html]`/`[plain]`/... format,
the question text, the answers in `{...}` (`=` right, `~` wrong, `#`
feedback of an answer, `####` general feedback), text after the `}` for
a missing-word question, and a backslash before any of `\\ ~ = # { } :`
(`\\n` is a line end). Written for the tests: no PyPI GIFT parser is kept
up to date (pygiftparser's last release is from 2017).
"""

from __future__ import annotations

from dataclasses import dataclass, field

BLANK = "____"


@dataclass
class GiftQuestion:
    title: str
    format: str
    text: str                   # the question text; a missing word stands as BLANK
    answers: list[tuple[bool, str]] = field(default_factory=list)   # (right?, text)
    general_feedback: str = ""

    @property
    def kind(self) -> str:
        rights = [right for right, _ in self.answers]
        if rights and all(rights):
            return "shortanswer"
        return "multichoice" if rights.count(True) == 1 else "unknown"


def read_gift(source: str) -> list[GiftQuestion]:
    return [_question(block) for block in _blocks(source)]


def unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            out.append("\n" if text[i + 1] == "n" else text[i + 1])
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def _blocks(source: str) -> list[str]:
    blocks, lines = [], []
    for line in source.splitlines() + [""]:
        if line.lstrip().startswith("//"):
            continue
        if line.strip():
            lines.append(line)
        elif lines:
            blocks.append("\n".join(lines))
            lines = []
    return blocks


def _find(text: str, token: str, start: int = 0) -> int:
    """Index of the first unescaped `token` at or after `start`, or -1."""
    i = start
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text.startswith(token, i):
            return i
        i += 1
    return -1


def _question(block: str) -> GiftQuestion:
    title = ""
    if block.startswith("::"):
        end = _find(block, "::", 2)
        title, block = block[2:end], block[end + 2:]
    fmt = ""
    if block.startswith("["):
        end = block.index("]")
        fmt, block = block[1:end], block[end + 1:]
    opening = _find(block, "{")
    closing = _find(block, "}", opening)
    if opening < 0 or closing < 0:
        raise ValueError(f"no answer block in: {block[:60]!r}")
    before, inside, after = block[:opening], block[opening + 1:closing], block[closing + 1:]
    text = unescape(before.strip() if not after.strip() else before + BLANK + after)
    question = GiftQuestion(unescape(title), fmt, text)
    general = _find(inside, "####")
    if general >= 0:
        inside, question.general_feedback = inside[:general], unescape(inside[general + 4:].strip())
    question.answers = _answers(inside)
    return question


def _answers(inside: str) -> list[tuple[bool, str]]:
    answers, i = [], 0
    starts = []
    while i < len(inside):
        if inside[i] == "\\":
            i += 2
            continue
        if inside[i] in "=~":
            starts.append(i)
        i += 1
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(inside)
        body = inside[start + 1:end]
        feedback = _find(body, "#")
        if feedback >= 0:
            body = body[:feedback]
        answers.append((inside[start] == "=", unescape(body.strip())))
    return answers
