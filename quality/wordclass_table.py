"""Build `pack/lang/en/wordclass.tsv.gz`, the English word-class table, from LemmInflect.

Usage:
    python quality/wordclass_table.py [--check]

Stage: none at run time; this makes the data file that `pack.text.wordclass`
reads. Input: the installed `lemminflect` package (a dependency of the tests,
not of teachpack itself). Output: one gzipped line per lowercase alphabetic
word its lexicon knows, with exactly what `wordclass` asks of it:

    word <TAB> its classes (comma-separated) <TAB> the noun it is a form of ("" for none) <TAB> marks

where the marks are "s" (an adjective form in -est of another adjective)
and "g" (the -ing form of a verb it is a form of). The first line records
the lemminflect version the table was made from.

Why a table rather than lemminflect at run time: the library loads its
whole lemma table (80,000 CSV lines parsed in Python) and its inflection
table at the first look-up, and imports numpy; that was about 0.25 s of
CPU for every English article, against 0.02 s to read this table. Every
answer is asked through lemminflect's public functions (`getAllLemmas`,
`getAllInflections`); only the list of words to ask about is read from the
first column of its lexicon files. `tests/test_wordclass.py` checks the table
against lemminflect word by word; `--check` does the same here and exits 1
when the table is out of date (after a lemminflect upgrade: run this again).

The data is derived from LemmInflect (MIT), whose lexicon is derived from
the NLM SPECIALIST Lexicon (an open-source resource under NLM's terms).
"""

from __future__ import annotations

import argparse
import gzip
import sys
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "pack" / "lang" / "en" / "wordclass.tsv.gz"


def lexicon_words() -> list[str]:
    """Every lowercase alphabetic word LemmInflect's lemma look-up knows:
    the first column of its lemma table and of its overrides. (It
    lowercases a word before looking it up, so no other key is ever found.)"""
    from lemminflect import config
    words = set()
    with gzip.open(config.lemma_lu_fn, "rt", encoding="utf-8") as lines:
        words.update(line.split(",", 1)[0] for line in lines)
    with open(config.lemma_overrides_fn, encoding="utf-8") as lines:
        words.update(line.split(",", 1)[0] for line in lines if line.strip() and not line.startswith("#"))
    return sorted(w for w in words if w.isalpha() and w == w.lower())


def answers(word: str) -> tuple[str, str, str] | None:
    """(classes, noun lemma, marks) of a word, from lemminflect's public API; None when unknown."""
    import lemminflect
    found = lemminflect.getAllLemmas(word)
    if not found:
        return None
    nouns = lemminflect.getAllLemmas(word, upos="NOUN").get("NOUN", ())
    adjectives = lemminflect.getAllLemmas(word, upos="ADJ").get("ADJ", ())
    verbs = lemminflect.getAllLemmas(word, upos="VERB").get("VERB", ())
    marks = ""
    if word.endswith("est") and any(lemma != word for lemma in adjectives):
        marks += "s"
    if any(word in lemminflect.getAllInflections(lemma, upos="VERB").get("VBG", ()) for lemma in verbs):
        marks += "g"
    return ",".join(sorted(found)), nouns[0] if nouns else "", marks


def table_bytes() -> bytes:
    lines = [f"# lemminflect {version('lemminflect')}"]
    for word in lexicon_words():
        found = answers(word)
        if found:
            lines.append("\t".join((word, *found)))
    # mtime=0: the same lexicon gives the same bytes.
    return gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), compresslevel=9, mtime=0)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only say whether the table matches lemminflect")
    check = parser.parse_args(argv).check
    made = table_bytes()
    if check:
        same = TABLE.is_file() and gzip.decompress(TABLE.read_bytes()) == gzip.decompress(made)
        print("up to date" if same else f"{TABLE.relative_to(ROOT)} differs from the installed lemminflect")
        return 0 if same else 1
    TABLE.write_bytes(made)
    print(f"wrote {TABLE.relative_to(ROOT)} ({len(made):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
