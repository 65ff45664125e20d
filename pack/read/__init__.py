"""Read stage: an article file becomes an `Article`.

Inputs: a path, optional language, encoding and size limit. Outputs: an
`Article` whose title, language, source and licence are filled in as far
as the file tells. `decode` handles bytes and encodings, `parse` the text
layouts, `detect` the language, `segment` makes chapters for an article
without usable headings (`chapters`: "auto", "headings" or a number).
"""

from __future__ import annotations

import re
from pathlib import Path

from pack import lang as langdata
from pack.collector import collector_paused
from pack.errors import SourceError
from pack.model import Article
from pack.read.decode import DEFAULT_MAX_BYTES, read_text
from pack.read.detect import detect_language
from pack.read.limits import check_shape
from pack.read.parse import parse
from pack.text.shortstack import import_wordfreq

import_wordfreq()     # before `segment`, whose imports reach wordfreq: see pack.text.shortstack

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
    article.title = title or article.title or guess_title(article, path)
    article = make_chapters(article, chapters)
    if layout == "wiki":
        # The sectioned plain-text layout is Wikipedia's own export format.
        article.licence = "CC BY-SA 4.0"
        article.source_url = wikipedia_url(code, article.title)
    return article


def guess_title(article: Article, path: Path) -> str:
    """The lead's subject ("Josef Stalin (lahir ...) adalah ...") or the file name.

    The file name wins when it says more ("en-history-of-aluminium" beats
    the lead's "Aluminium").
    """
    stem = re.sub(r"^[a-z]{2}[-_]", "", path.stem)
    from_name = re.sub(r"[-_]+", " ", stem).strip()
    first = article.chapters[0].paragraphs[0].text if article.chapters[0].paragraphs else ""
    subject = lead_subject(first, tuple(langdata.load(article.lang, "core")["lead_verbs"]))
    if subject and set(from_name.casefold().split()) <= set(subject.casefold().split()):
        return subject
    return from_name[:1].upper() + from_name[1:] if from_name else (subject or "Untitled")


def wikipedia_url(code: str, title: str) -> str:
    return f"https://{code}.wikipedia.org/wiki/{title.replace(' ', '_')}"
