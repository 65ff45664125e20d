"""Text analysis, definition patterns: who founded, invented or developed a named thing.

Inputs: one occurrence of a term in a `Sentence` (tokens first..last),
its normalised keys and the `Language` (`origin_verbs` in `glossary.toml`:
pairs of an active verb form and its passive form). Outputs: the text of a
description, or None. A company, a process or a brigade the article never
defines is still told apart by its origin:

- after   "Brigade Internasional yang dibentuk oleh Komunis Internasional",
          "Société électrométallurgique française was founded in Paris",
          "the Toronto Argonauts, which was founded in 1873"
- before  "Hall co-founded the Pittsburgh Reduction Company in 1888"
          -> "co-founded by Hall in 1888" (the passive form and "by" are
          language data: `origin_by`)
"""

from __future__ import annotations

import re

from pack.text.phrases import clause_break, cue_after, cue_before, phrase_before, phrase_text

MAX_AGENT_WORDS = 6
MAX_CLAUSE_WORDS = 12


def origin(sentence, keys, first, last, lex) -> str | None:
    return _after(sentence, keys, first, last, lex) or _before(sentence, keys, first, last, lex)


def _verbs(lex) -> dict[str, str]:
    """Active form -> passive form ("mendirikan" -> "didirikan", "founded" -> "founded")."""
    return lex.once("origin_verbs", lambda lex: {active.casefold(): passive
                                                 for active, passive in lex.definitions.get("origin_verbs", [])})


def _passives(lex) -> frozenset[str]:
    return lex.once("origin_passives", lambda lex: frozenset(_verbs(lex).values()))


def _auxiliaries(lex) -> tuple[tuple[str, ...], ...]:
    """Copulas, then passive auxiliaries ("was", "was being")."""
    return lex.once("origin_auxiliaries", lambda lex: lex.phrases("shared", "copulas")
                    + lex.phrases("definitions", "passive_auxiliaries"))


def _after(sentence, keys, first, last, lex) -> str | None:
    """"X (, which | yang) (was) <passive verb> ..." -> "<passive verb> ..."."""
    start = last + 1
    if start >= len(keys) or sentence.gap(last, start) not in (" ", ", ") or _modifies_class(keys, first, lex):
        return None
    relatives = lex.words("definitions", "description_relatives")
    marked = keys[start] in relatives
    if sentence.gap(last, start) == ", " and not marked:
        return None           # "X, founded ...": maybe a participle of the subject
    start += marked
    auxiliary = cue_after(keys, start, _auxiliaries(lex))
    start += auxiliary
    while start < len(keys) and keys[start] in lex.words("definitions", "skip_adverbs"):
        start += 1
    verbs = _verbs(lex)
    if start >= len(keys) or keys[start] not in _passives(lex) or sentence.tokens[start].cap:
        return None
    if not (marked or auxiliary) and keys[start] in verbs and not _participle_follows(keys, start, lex):
        return None           # "Hall co-founded ...": the same form is active here
    return _clause(sentence, keys, start, lex)


def _modifies_class(keys, first, lex) -> bool:
    """"partai Marxis yang didirikan ...": the clause is about the party
    (only where a kind noun comes first, as in Indonesian)."""
    if not lex.definitions["class_head_first"] or first == 0:
        return False
    return phrase_before(keys, first, lex.phrases("definitions", "class_nouns")) is not None


def _participle_follows(keys, index, lex) -> bool:
    return index + 1 < len(keys) and keys[index + 1] in lex.words("definitions", "origin_particles")


def _clause(sentence, keys, start, lex) -> str | None:
    """From the verb to the next verb or the clause end, without trailing
    small words ("dicanangkan oleh Lenin | digantikan ...")."""
    end = start
    while end + 1 < len(keys) and end - start < MAX_CLAUSE_WORDS and not clause_break(sentence, end, end + 1) \
            and not (lex.looks_like_verb(keys[end + 1]) and not sentence.tokens[end + 1].cap):
        end += 1
    trailing = lex.words("definitions", "boundary_words") | lex.words("definitions", "skip_adverbs")
    while end > start and (lex.is_function(keys[end]) or keys[end] in trailing):
        end -= 1
    return phrase_text(sentence, keys, start, end, lex) if end > start else None


def _before(sentence, keys, first, last, lex) -> str | None:
    """"<agent> <active verb> (the) X (in 1888)" -> "<passive verb> by <agent> (in 1888)"."""
    determiner = cue_before(keys, first, lex.phrases("definitions", "determiners"))
    verb = first - determiner - 1
    if verb < 1 or keys[verb] not in _verbs(lex) or sentence.gap(verb, verb + 1) != " ":
        return None
    agent = _agent(sentence, keys, verb, lex)
    if agent is None:
        return None
    text = lex.definitions.get("origin_by", "{verb} {agent}").format(verb=_verbs(lex)[keys[verb]], agent=agent)
    return text + _year_after(sentence, keys, last, lex)


def _agent(sentence, keys, verb, lex) -> str | None:
    """The subject that opens the clause, when it is short, names someone
    and holds no verb or pronoun ("Héroult and his companions", "Hall")."""
    start = verb - 1
    while start > 0 and not clause_break(sentence, start - 1, start):
        start -= 1
    words = keys[start:verb]
    if not words or len(words) > MAX_AGENT_WORDS or not any(sentence.tokens[i].cap for i in range(start, verb)):
        return None
    if any(lex.looks_like_verb(w) or w in lex.words("definitions", "pronoun_marks") for w in words):
        return None
    if lex.is_function(keys[start]) and not cue_after(keys, start, lex.phrases("definitions", "determiners")):
        return None           # "When Hall founded ...": a subordinate clause
    return phrase_text(sentence, keys, start, verb - 1, lex)


def _year_after(sentence, keys, last, lex) -> str:
    """" in 1888" when the clause goes on with a year."""
    size = cue_after(keys, last + 1, lex.phrases("definitions", "year_prepositions"))
    if not size:
        return ""
    end = sentence.tokens[last + size].end
    year = re.match(r" (\d{3,4})\b", sentence.text[end:])
    return " " + sentence.text[sentence.tokens[last + 1].start:end] + year.group() if year else ""
