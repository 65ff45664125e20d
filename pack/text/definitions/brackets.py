"""Text analysis, definition patterns: definitions given in brackets.

Inputs: a term's tokens in a `Sentence` and the `Language`. Outputs: the
text of a bracketed gloss. "phaeton (sejenis kereta kuda)" and "vitriole
(sulfates)" explain the word before the bracket; "suara terbanyak relatif
(pluralitas)" explains the word inside it; 'Pravda ("Kebenaran")' is a
translation (marked with `TRANSLATED`); a bracketed name is an alias, left
to `aliases`. Also `skip_bracket`, so that other patterns read on after
"PBDSR (Partai ...), sebuah partai ...".
"""

from __future__ import annotations

import re

from pack.text.phrases import cue_before, np_before, phrase_text
from pack.text.language import NEVER, Language
from pack.text.tokens import Sentence

NAME = r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*"
TRANSLATED = "\x00"     # marks a gloss that is only a translation
# Tried after every candidate term (compiled once, not looked up per call).
BRACKET_BEFORE_COMMA = re.compile(r"\s*\(([^()]*)\)(?=,)")
CAPITAL = re.compile(r"[A-Z]")
GLOSS = re.compile(r"\s*[\"”’]?\s*\(([^()]{2,200})\)")
GLOSS_AFTER_POSSESSIVE = re.compile(r"\s+[^\W\d_]+['’]?\s*\(([^()]*,[^()]*)\)")   # "BRIC countries' (Brazil, ...)"


def list_of_names(lex: Language) -> re.Pattern:
    """"Alcoa, Alcan and Pechiney": names joined by the language's list words
    (`list_joiners` in people.toml)."""
    return lex.once("list of names", _list_of_names)


def _list_of_names(lex: Language) -> re.Pattern:
    joiners = "|".join(re.escape(w) for w in sorted(lex.words("people", "list_joiners"))) or NEVER
    return re.compile(rf"{NAME}(?:, {NAME})*,? (?:{joiners}) {NAME}")


def skip_bracket(sentence: Sentence, last: int) -> int:
    """"PBDSR (Partai ...), sebuah ...": read on after a bracketed alias."""
    after = sentence.text[sentence.tokens[last].end:]
    match = BRACKET_BEFORE_COMMA.match(after)
    if not match or not CAPITAL.search(match.group(1)[:1]):
        return last
    end = sentence.tokens[last].end + match.end()
    inside = [i for i, t in enumerate(sentence.tokens) if last < i and t.end <= end]
    return inside[-1] if inside else last


def gloss(sentence, keys, first, last, lex) -> str | None:
    """"X (Y)": Y explains X, unless Y is a name (an alias) or a date."""
    after = sentence.text[sentence.tokens[last].end:]
    match = GLOSS.match(after) or GLOSS_AFTER_POSSESSIVE.match(after)   # "BRIC countries' (Brazil, ...)"
    if not match:
        return None
    inside = match.group(1).strip()
    folded = inside.casefold()
    if re.match(r"[\d–-]", inside) or any(folded.startswith(w) for w in lex.words("definitions", "gloss_skip")):
        return None
    if any(cue in folded.split() for cue in lex.words("definitions", "alias_cues")):
        return None
    quoted = re.fullmatch(r"[\"“'‘](.+)[\"”'’]", inside)
    if quoted and quoted.group(1)[:1].isupper() and all(
            lex.zipf(w) < 3.0 for w in re.findall(r"[^\W\d_]+", quoted.group(1))):
        return None           # 'Dewan Komisar Rakyat ("Sovnarkom")': an alias
    if quoted:
        return TRANSLATED + lex.definitions.get("translation", "“{gloss}”").format(gloss=quoted.group(1))
    for cue in sorted(lex.definitions.get("gloss_drop", []), key=len, reverse=True):
        if folded.startswith(cue.casefold() + " "):
            inside = inside[len(cue):].strip()
            break
    first_word = re.match(r"[^\W\d_]+", inside)
    opening = first_word.group().casefold() if first_word else ""
    if first_word and (lex.is_function(opening) or lex.looks_like_verb(opening)
                       or opening in lex.words("definitions", "boundary_words")
                       or any(opening.endswith(e) for e in lex.definitions.get("adverb_endings", []))):
        return None           # "(it also affected ...)", "(established in 1872)", "(readily removable)": a remark
    if inside[:1].isupper() and not list_of_names(lex).fullmatch(inside):
        return None           # a bracketed name is an alias, not a gloss
    if _plural(keys[last], lex) and _plural(inside.split()[-1].casefold(), lex):
        return None           # "enzymes (acid hydrolases)", "iron ores (red and yellow ochres)": which ones, not what
    return inside


def _plural(word: str, lex: Language) -> bool:
    return any(word.endswith(e) and len(word) > len(e) + 2 and not word.endswith("ss")
               for e in lex.candidates.get("plural_suffixes", []))


def reverse_gloss(sentence, keys, first, last, lex) -> str | None:
    """"suara terbanyak relatif (pluralitas)", "the upper atmosphere (the
    stratosphere)": the phrase before explains X (a determiner may open the bracket)."""
    opening = first - cue_before(keys, first, lex.phrases("definitions", "determiners"))
    before = sentence.text[:sentence.tokens[opening].start].rstrip()
    after = sentence.text[sentence.tokens[last].end:]
    if not before.endswith("(") or not after.startswith(")") or opening == 0 or sentence.tokens[first].cap:
        return None           # "Sejarah Partai ... (Bolshevik)": a name in brackets is no glossed word
    span = np_before(sentence, keys, opening, lex)
    if not span or sentence.tokens[span[0]].cap or span[0] == span[1]:
        return None           # "vitriole (sulfates)": a one-word term glossed, not glossing
    return phrase_text(sentence, keys, span[0], span[1], lex)
