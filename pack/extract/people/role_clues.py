"""Extract stage, who's-who: roles told around a name rather than next to it.

Inputs: one occurrence of a person's name in a `Sentence` (tokens
first..last), its normalised keys and the `Language` (`people.toml`).
Outputs: a `Role` or None. Patterns:

- others     "Bukharin dan beberapa anggota Komite Pusat lainnya",
             "Hall and other engineers" -> "anggota Komite Pusat"
- leads      "Trotsky memimpin sebuah faksi ..." -> "pemimpin faksi ..."
- successor  "dicopot dari jabatan kepala NKVD dan digantikan oleh Beria"
             -> "kepala NKVD"; without an office: "pengganti" of the person
             named before ("... ia digantikan oleh Leonid Brezhnev")
- list-back  "tokoh-tokoh terpenting di dalam tubuh partai adalah Malenkov,
             Beria, dan Khruschev": the role noun further back than a plain
             noun phrase reaches
- apposition "Lavrentiy Beria, orang yang benar-benar setia dengan Stalin":
             any verbless apposition, used only for people who matter and
             have no other role (see `people`)
"""

from __future__ import annotations

from pack.text.phrases import clause_break, cue_after, cue_before, ends_clause, has_verb, np_after, phrase_text
from pack.extract.people.roles import MAX_ROLE_WORDS, Role, clean, find_role_noun, sentence_case, singular
from pack.lang.schema import tunables_of

# Thresholds, each declared with why in pack/lang/schema.toml [tunables].
(OTHERS_REACH, BACK_REACH) = tunables_of(__name__)


def others(sentence, keys, first, last, lex) -> Role | None:
    """"X dan (beberapa) <role> lainnya" / "X and other <role>s"."""
    joiner = last + 1
    if joiner + 2 >= len(keys) or keys[joiner] not in lex.words("people", "list_joiners") \
            or sentence.gap(last, joiner) not in (" ", ", "):
        return None
    start = joiner + 1
    lead = cue_after(keys, start, lex.phrases("people", "others_before"))
    if lead:                  # English: "and other engineers"
        start += lead
        end = start
        while end + 1 < len(keys) and end + 1 - start < OTHERS_REACH and not clause_break(sentence, end, end + 1) \
                and keys[end + 1] not in lex.words("definitions", "boundary_words") \
                and not (lex.looks_like_verb(keys[end + 1]) or lex.is_derived(keys[end + 1])):
            end += 1
    else:                     # Indonesian: "dan beberapa anggota Komite Pusat lainnya"
        marks = [i for i in range(start, min(len(keys), start + OTHERS_REACH + 1))
                 if keys[i] in lex.words("people", "others_after")]
        if not marks or any(clause_break(sentence, i, i + 1) for i in range(start, marks[0])):
            return None
        end = marks[0] - 1
    while start < end and lex.is_function(keys[start]):
        start += 1            # "beberapa", "para"
    found = find_role_noun(keys, start, end, lex)
    if not found or end < start:
        return None
    text = phrase_text(sentence, keys, found[0] if lex.people["role_head_first"] else start, end, lex)
    return Role(clean(singular(text, keys[found[0]], lex), lex), "others", found[1])


def leads(sentence, keys, first, last, lex) -> Role | None:
    """"Trotsky (, yang sekarang) memimpin sebuah faksi ..." -> "pemimpin faksi ..."."""
    start = last + 1
    if start < len(keys) and sentence.gap(last, start) == ", " \
            and keys[start] in lex.words("definitions", "relative_words"):
        start += 1
    elif start >= len(keys) or sentence.gap(last, start) != " ":
        return None
    while start < len(keys) and keys[start] in lex.words("definitions", "skip_adverbs"):
        start += 1
    size = cue_after(keys, start, lex.phrases("people", "leads_cues"))
    if not size:
        return None
    span = np_after(sentence, keys, start + size, lex, max_tokens=MAX_ROLE_WORDS - 1)
    if not span:
        return None
    group = phrase_text(sentence, keys, span[0], span[1], lex)
    return Role(lex.people.get("leader_role", "{group}").format(group=clean(group, lex)), "leads", False)


def successor(sentence, keys, first, last, lex) -> Role | None:
    """"jabatan <office> ... digantikan oleh X" -> the office; else "pengganti"."""
    size = cue_before(keys, first, lex.phrases("people", "successor_cues"))
    if not size:
        return None
    cue = first - size
    offices = lex.words("people", "office_words")
    suffixes = lex.definitions.get("pronoun_suffixes", [])
    for i in range(cue - 1, -1, -1):
        word = keys[i]
        bare = next((word[:-len(s)] for s in suffixes if word.endswith(s)), word)
        if bare in offices:
            start = i + 1 + cue_after(keys, i + 1, lex.phrases("people", "as_cues"))
            end = _office_end(keys, start, cue, lex)
            if end >= start and find_role_noun(keys, start, start, lex):
                return Role(clean(phrase_text(sentence, keys, start, end, lex), lex), "successor", True)
    return Role(lex.people.get("successor_role", "{name}"), "successor", False, "previous")


def _office_end(keys, start, cue, lex) -> int:
    boundary = lex.words("definitions", "boundary_words")
    end = start
    while end + 1 < cue and keys[end + 1] not in boundary and not lex.looks_like_verb(keys[end + 1]):
        end += 1
    return end


def listed_back(sentence, keys, first, last, lex) -> Role | None:
    """A list cue before the name ("... adalah Malenkov") and a role noun a
    few words further back, past small prepositions."""
    size = cue_before(keys, first, lex.phrases("people", "list_cues"))
    if not size:
        return None
    end = first - size - 1
    for i in range(end, max(-1, end - BACK_REACH), -1):
        if i < end and clause_break(sentence, i, i + 1) or lex.looks_like_verb(keys[i]):
            return None
        found = find_role_noun(keys, i, i, lex)
        if found:
            # "pendiri Boedi Oetomo | terdiri dari 9 orang, yaitu ...": the role ends at a
            # verb past its first modifier ("tokoh terpenting" keeps its superlative)
            stop = next((j - 1 for j in range(i + 2, end + 1) if lex.is_verb(keys[j])), end)
            text = sentence_case(sentence, i, phrase_text(sentence, keys, i, stop, lex))
            return Role(clean(text, lex), "list", found[1])
    return None


def apposition(sentence, keys, first, last, lex) -> Role | None:
    """"Lavrentiy Beria, orang yang benar-benar setia dengan Stalin"."""
    if last + 1 >= len(keys) or sentence.gap(last, last + 1) != ", ":
        return None
    span = np_after(sentence, keys, last + 1, lex, max_tokens=MAX_ROLE_WORDS)
    if not span or span[1] == span[0] or sentence.tokens[span[0]].cap or not ends_clause(sentence, span[1]):
        return None           # (a closing comma or the sentence end: not "..., hal-ihwal Stalin menjadi ...")
    determiners = lex.phrases("definitions", "determiners")
    skip = cue_after(keys, span[0], determiners)
    head = keys[span[0] + skip]
    if lex.is_function(head) or lex.looks_like_verb(head) or has_verb(keys, span[0] + skip, span[1], lex):
        return None
    if lex.definitions["apposition_needs_determiner"] and not skip:
        return None
    return Role(clean(phrase_text(sentence, keys, span[0], span[1], lex), lex), "apposition", False)


def clue_at(sentence, keys, first, last, lex) -> Role | None:
    """The first of these patterns that gives a role (`roles.role_at` goes first)."""
    for clue in (others, leads, successor, listed_back):
        role = clue(sentence, keys, first, last, lex)
        if role and 0 < len(role.text.split()) <= MAX_ROLE_WORDS:
            return role
    return None
