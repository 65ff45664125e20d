"""Read stage: an article file becomes an `Article`.

Inputs: a path, optional language, encoding and size limit. Outputs: an
`Article` whose title, language, source and licence are filled in as far
as the file tells. `decode` handles bytes and encodings, `parse` the text
layouts, `detect` the language, `segment` makes chapters for an article
without usable headings (`chapters`: "auto", "headings" or a number).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from pack import lang as langdata
from pack.collector import collector_paused
from pack.errors import SourceError
from pack.model import Article
from pack.read.decode import DEFAULT_MAX_BYTES, read_text
from pack.read.detect import detect_language
from pack.read.limits import check_shape
from pack.read.parse import parse

with collector_paused():       # its imports (the text layer, the extractors) are long-lived: see pack.collector
    from pack.read.segment.article import lead_subject, make_chapters

__all__ = ["read_article", "DEFAULT_MAX_BYTES"]


def read_article(path: Path, lang: str | None = None, encoding: str | None = None,
                 max_bytes: int = DEFAULT_MAX_BYTES, title: str | None = None,
                 id_prefix: str = "", chapters: str = "auto") -> Article:
    text, repairs = read_text(path, encoding, max_bytes)
    check_shape(text, path)
    if lang and lang not in langdata.available():
        raise SourceError(f"no language data for {lang!r}", where="--lang",
                          hint=f"Choose one of: {', '.join(langdata.available())}.")
    code = lang or detect_language(text)
    article, layout = parse(text, code, id_prefix)
    if not article.chapters:
        raise SourceError("the file has headings but no paragraphs of text", where=str(path),
                          hint="An article needs at least one paragraph under a heading or before the first one.")
    article.repairs[:0] = repairs
    article.source_name = path.name
    own_title = title or article.title           # given by the user, or by the file itself
    from_name = "" if own_title else name_title(article, path)
    article.title = own_title or guess_title(article, from_name)
    article = make_chapters(article, chapters)
    if layout == "wiki":
        # The sectioned plain-text layout is Wikipedia's own export format.
        article.licence = "CC BY-SA 4.0"
        article.source_url = wikipedia_url(code, own_title or page_title(article, from_name))
    return article


def guess_title(article: Article, from_name: str) -> str:
    """The lead's subject ("Josef Stalin (lahir ...) adalah ...") or the file name.

    The file name wins when it says more ("en-history-of-aluminium" beats
    the lead's "Aluminium"); its words are then written as the article
    writes them ("galileo-galilei" -> "Galileo Galilei"; `name_title`).
    """
    first = article.chapters[0].paragraphs[0].text if article.chapters[0].paragraphs else ""
    subject = lead_subject(first, tuple(langdata.load(article.lang, "text")["copulas"]))
    if subject and set(from_name.casefold().split()) <= set(subject.casefold().split()):
        return subject
    return from_name or subject or "Untitled"


def page_title(article: Article, from_name: str) -> str:
    """The Wikipedia page a file without a title line most likely comes from.

    Usually the one the file is named after: a title taken from the lead
    ("Alan Mathison Turing", "The Industrial Revolution") is often not the
    page's name. A one-word file name ("id-stalin") is more often a
    shortening of the page's name ("Josef Stalin"), so the lead's subject
    wins when it holds that word. `from_name`: the file name's title (`name_title`).
    """
    if len(from_name.split()) == 1 and from_name.casefold() in article.title.casefold().split():
        return article.title
    return from_name or article.title


def name_title(article: Article, path: Path) -> str:
    """The file name's words ("en-peter-the-great") cased as the article's text cases them.

    A file saved from Wikipedia is named after its page, whose title keeps
    the case of its words ("Peter the Great"); a file name has lost it.
    The form the text uses most for the whole phrase wins, else for each
    word; the first letter is always a capital.
    """
    stem = re.sub(r"^[a-z]{2}[-_]", "", path.stem)
    words = re.sub(r"[-_]+", " ", stem).split()
    if not words:
        return ""
    text = " ".join(p.text for chapter in article.chapters for p in chapter.paragraphs)
    pattern = r"\s+".join(map(re.escape, words))
    # Accent-blind only where the phrase is not written as the file names it (the text is
    # mostly ASCII already, and leaving its accents off costs a pass over the whole text).
    phrase, bare = _commonest(pattern, text, text), text
    if not phrase and not text.isascii():
        bare = _unaccented(text)
        phrase = _commonest(pattern, text, bare)
    cased = phrase.split() if phrase else [_commonest(re.escape(w), text, bare) or w for w in words]
    title = " ".join(cased)
    return title[:1].upper() + title[1:]


def _commonest(pattern: str, text: str, bare: str) -> str:
    """The form of `pattern` (matched whole, any case, any accent) written most often in `text`, or "".

    A file name has lost its accents as it has lost its case ("santiago-ramon-y-cajal"):
    the pattern is matched in `bare`, the text with its letters' accents left off
    (`_unaccented`), and the form is taken from the text as written ("Santiago Ramón
    y Cajal"; fresh-14 readers).
    """
    found = [text[m.start():m.end()] for m in re.finditer(rf"(?<!\w){pattern}(?!\w)", bare, re.IGNORECASE)]
    if not found:
        return ""
    forms: dict[str, int] = {}
    for form in found:
        form = " ".join(form.split())
        forms[form] = forms.get(form, 0) + 1
    return max(forms, key=lambda form: (forms[form], form != form.lower()))


def _unaccented(text: str) -> str:
    """`text` with each letter's accents left off, letter for letter (same length, same places)."""
    # (One table for the text's own letters: the whole text is not decomposed char by char.)
    return text.translate({ord(c): _base_letter(c) for c in set(text) if not c.isascii()})


def _base_letter(char: str) -> str:
    """ "ó" -> "o", "ễ" -> "e"; a letter that does not come apart so ("ß", "ø") stays itself."""
    base = [c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c)]
    return base[0] if len(base) == 1 else char


def wikipedia_url(code: str, title: str) -> str:
    return f"https://{code}.wikipedia.org/wiki/{title.replace(' ', '_')}"
