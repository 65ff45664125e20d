"""Extract stage, glossary: two names for one thing.

Inputs: the `TextIndex` and the keys of all candidates. Outputs: pairs of
candidate keys that the article says are the same thing:

- "Partai Buruh Demokrat Sosial Rusia (PBDSR)": an acronym whose letters
  follow the long name's initials;
- "Komando Tertinggi Militer (Stavka)", 'Dewan Komisar Rakyat
  ("Sovnarkom")': a short foreign name introduced in brackets, seen here
  for the first time (a bracketed word of the article's own language is a
  translation, left to `definitions`);
- "(North Atlantic Treaty Organisation, disingkat NATO)";
- "adenosine triphosphate (ATP)": lowercase words whose initials open
  the acronym's letters (`phrases.spelled_out_before`), the first one
  capitalised where it opens the sentence ("High-voltage direct current
  (HVDC) ...");
- "disebut dengan istilah Holodomor atau Genosida Ukraina".
"""

from __future__ import annotations

import re

from pack.text.candidates import TextIndex
from pack.text.phrases import bare_gap, phrase_before, spelled_out_before, spells

Key = tuple[str, ...]
BRACKET_AFTER = re.compile(r"\s*\(([^()]{1,120})\)")     # "X (Y)", tried after every name


def find_aliases(index: TextIndex, known: set[Key]) -> list[tuple[Key, Key, str]]:
    """(long, short, kind): kind "expansion" when the long form spells the
    short one out (brackets, acronyms), "synonym" for "X atau Y"."""
    pairs: list[tuple[Key, Key, str]] = []
    first_seen: dict[Key, int] = {}
    for key in known:
        hits = index.find(key)
        if hits:
            first_seen[key] = hits[0][0]
    for number, sentence in enumerate(index.sentences):
        for first, last in index.runs[number]:
            pairs.extend(_bracket_alias(index, number, first, last, known, first_seen))
            pairs.extend(_or_alias(index, number, first, last, known))
        pairs.extend(_lowercase_expansions(index, number, known))
    return sorted(set(pairs))


def _lowercase_expansions(index, number, known):
    """"adenosine triphosphate (ATP)": lowercase words the acronym abbreviates."""
    sentence, keys = index.sentences[number], index.keys[number]
    out = []
    for position, token in enumerate(sentence.tokens):
        # (the article's opening sentence often spells the subject out: "Direct current (DC) is ...")
        spelled = spelled_out_before(sentence, keys, position, index.lex, opening=True) if token.acronym else None
        long_key, short = (tuple(keys[spelled[0]:spelled[1] + 1]), (keys[position],)) if spelled else ((), ())
        if spelled and long_key in known and short in known:
            out.append((long_key, short, "expansion"))
    return out


def _bracket_alias(index, number, first, last, known, first_seen):
    sentence = index.sentences[number]
    keys = index.keys[number]
    lex = index.lex
    long_key = tuple(keys[first:last + 1])
    after = sentence.text[sentence.tokens[last].end:]
    match = BRACKET_AFTER.match(after)
    if not match:
        return []
    start = sentence.tokens[last].end + match.start(1)
    end = sentence.tokens[last].end + match.end(1)
    inside = [i for i, t in enumerate(sentence.tokens) if t.start >= start and t.end <= end]
    if not inside:
        return []
    cues = lex.words("definitions", "alias_cues")
    cut = [i for i in inside if keys[i] in cues]
    groups = [inside[:inside.index(cut[0])], inside[inside.index(cut[0]) + 1:]] if cut else [inside]
    out = []
    for group in groups:
        if not group or len(group) > 4 or not all(sentence.tokens[i].cap for i in group):
            continue
        short = tuple(keys[group[0]:group[-1] + 1])
        text = sentence.span_text(group[0], group[-1])
        if _initials_match(text, sentence.span_text(first, last)) or (cut or (
                first_seen.get(short, number) >= number and _foreign(short, lex))) and not _acronym(text):
            out.append((long_key, short, "expansion"))
    return [p for p in out if p[0] != p[1]]


def _initials_match(short: str, long: str) -> bool:
    """"PBDSR" / "Partai Buruh Demokrat Sosial Rusia"; "KMT" / "Kuomintang"."""
    # The long name passed as one word: its first letter opens the acronym and
    # the others come in order from anywhere in it, not one from each word.
    return short.isupper() and len(short) >= 2 and spells(short.casefold(), [long.casefold()])


def _acronym(text: str) -> bool:
    """"IPCC", "CSV": its letters must be the long name's initials. The
    name before the bracket may be only the end of the one it abbreviates
    ("Intergovernmental Panel on Climate Change (IPCC)" is read as "Climate
    Change" and "IPCC": not the same thing)."""
    return len(text) >= 2 and text.isupper()


def _foreign(key: Key, lex) -> bool:
    """Not a word of the article's own language (then it is a translation)."""
    return all(lex.zipf(word) < 3.0 for word in key)


def _or_alias(index, number, first, last, known):
    """"... disebut dengan istilah Holodomor atau Genosida Ukraina"."""
    keys = index.keys[number]
    sentence = index.sentences[number]
    lex = index.lex
    joiners = lex.words("definitions", "alias_joiners")
    cues = lex.phrases("definitions", "named_cues")
    if not phrase_before(keys, first, cues):
        return []
    if last + 2 >= len(keys) or keys[last + 1] not in joiners or bare_gap(sentence, last, last + 1) != " ":
        return []
    end = index.run_starting_at(number, last + 2)
    if end is not None:
        return [(tuple(keys[first:last + 1]), tuple(keys[last + 2:end + 1]), "synonym")]
    return []
