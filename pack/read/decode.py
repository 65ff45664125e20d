"""Read stage, part 1: the bytes of an article file become clean text.

Inputs: a path and an optional encoding. Outputs: a `str` with `\\n` line
ends, no control characters and no byte-order mark. Refuses, with a
`SourceError` naming the file, what is not an article: a missing file, a
folder, an empty file, binary data (PDF, ZIP, images ...), undecodable
text, or a file larger than the size limit.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from pack.errors import SourceError
from pack.paths import read_file

DEFAULT_MAX_BYTES = 20 * 1024 * 1024   # ~3,000 pages of text; see --max-size

# Signatures of files people rename to .txt by mistake.
BINARY_SIGNATURES = {
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or a .docx/.odt/.epub file)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office document",
    b"{\\rtf": "an RTF document",
    b"\x1f\x8b": "a gzip archive",
}

# The start of the repair that says bytes were replaced: a build warns about it.
STRAY_BYTES = "not UTF-8 throughout:"

# C0/C1 control characters are illegal in XHTML; tab and newline are kept.
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def read_text(path: Path, encoding: str | None = None,
              max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, list[str]]:
    """The file's text and a list of repairs made (for the attribution page)."""
    data = _read_bytes(path, max_bytes)
    text, repairs = _decode(path, data, encoding)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    cleaned = CONTROL_CHARS.sub("", text)
    if cleaned != text:
        repairs.append("removed control characters")
    if not cleaned.strip():
        raise SourceError("the file is empty (only white space)", where=str(path),
                          hint="Give an article with some text in it.")
    return cleaned, repairs


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    if not path.exists() and not path.is_symlink():
        raise SourceError("no such file", where=str(path),
                          hint="Check the path, or run `teachpack build` with no source for the bundled sample.")
    if path.is_dir():
        raise SourceError("this is a folder, not an article file", where=str(path),
                          hint="Give a .txt or .md file, or a course folder with a course.toml.")
    data = read_file(path, max_bytes, SourceError, noun="article file",
                     hint="Split it, or raise the limit with --max-size MB.")
    if not data.strip():
        raise SourceError("the file is empty", where=str(path),
                          hint="Give an article with some text in it.")
    return data


def _decode(path: Path, data: bytes, encoding: str | None) -> tuple[str, list[str]]:
    if encoding:
        return _decode_as(path, data, encoding), []
    if data.startswith(codecs.BOM_UTF8):
        return _decode_as(path, data[3:], "utf-8"), []
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode_as(path, data, "utf-16"), []
    _refuse_binary(path, data)
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    if _mostly_utf8(data):
        # UTF-8 with a few stray bytes (a bad copy and paste): decoding it
        # all as Windows-1252 would garble every accented letter.
        text = data.decode("utf-8", errors="replace")
        line = data[:first_bad].count(b"\n") + 1
        return text, [f"{STRAY_BYTES} {text.count(chr(0xFFFD))} byte(s) that are not valid UTF-8 "
                      f"(first on line {line}) were replaced by \ufffd"]
    # Word processors on Windows save Windows-1252; it decodes nearly every
    # byte, so only accept it when the result looks like text.
    text = data.decode("cp1252", errors="replace")
    if text.count("\ufffd") > max(3, len(text) // 1000):
        raise SourceError("the text is not UTF-8 and does not look like Windows-1252 either",
                          where=str(path),
                          hint="Save it as UTF-8, or name its encoding with --encoding (e.g. latin-1).")
    return text, ["decoded as Windows-1252 (the file was not UTF-8)"]


def _mostly_utf8(data: bytes) -> bool:
    """Valid multi-byte UTF-8 sequences, and only a few bytes that are not."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    multibyte = sum(1 for c in text if ord(c) > 0x7F and c != "\ufffd")
    return multibyte > 0 and bad <= max(3, multibyte // 20)


def text_encoding(name: str) -> bool:
    """Whether `name` is an encoding that turns bytes into text (not
    'rot13', 'base64' or Python's 'undefined', which decodes nothing)."""
    try:
        info = codecs.lookup(name)
        b"a".decode(name)
    except UnicodeDecodeError:
        pass                          # one byte is not enough for UTF-16 and the like
    except (LookupError, UnicodeError):
        return False
    return getattr(info, "_is_text_encoding", True)


def _decode_as(path: Path, data: bytes, encoding: str) -> str:
    if not text_encoding(encoding):
        raise SourceError(f"unknown encoding {encoding!r}", where=str(path),
                          hint="Use a name such as utf-8, utf-16, latin-1 or cp1252.")
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SourceError(f"line {line}: the bytes are not valid {encoding}", where=str(path),
                          hint="Save the file as UTF-8, or name its real encoding with --encoding.") from None
    except UnicodeError as exc:
        raise SourceError(f"the encoding {encoding!r} cannot decode it ({exc})", where=str(path),
                          hint="Use a name such as utf-8, utf-16, latin-1 or cp1252.") from None


def _refuse_binary(path: Path, data: bytes) -> None:
    for signature, what in BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise SourceError(f"this is {what}, not a text article", where=str(path),
                              hint="Save the article as plain text (.txt) or Markdown (.md) first.")
    if b"\x00" in data[:4096]:
        raise SourceError("this looks like a binary file, not text", where=str(path),
                          hint="Save the article as plain text (.txt) or Markdown (.md) first.")
