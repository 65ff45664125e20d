"""Text analysis: second thoughts on the candidate list.

Inputs: the `Candidate`s that `candidates.collect` found, with their
occurrences, and the `TextIndex`. Outputs: new name candidates to locate
(`headed_phrases`) and keys of candidates to drop (`modifier_phrases`):

- "Société | électrométallurgique française": a lowercase phrase always
  written after the same capitalised term head ("Société", "Compagnie")
  is the rest of that name, so the name is the candidate;
- "pure alumina", "abolishing slavery": a common word (`modifier_zipf`,
  for a verb form `collocation_zipf`) put before a term the article uses
  far more often alone is a modifier, not a new term; a rarer word makes
  a kind of it ("streetcar suburbs"). A common word as the head is another
  matter: "greenhouse effect" and "carbon cycle" are new concepts, not
  kinds of greenhouse or carbon.
  So is a phrase the article keeps using whose modifier it writes mostly
  before that head ("light-dependent reactions", "plasma membrane"): the
  phrase names a kind of the term, not a passing description of it.
"""

from __future__ import annotations

from pack.text.wordclass import classes

MODIFIER_RATIO = 3     # the term alone is used at least this many times as often
BOUND_USES = 3         # ... unless the phrase is used this often
BOUND_SHARE = 0.5      # ... and holds this share of its modifier's uses


def headed_phrases(candidates, index) -> list[tuple[str, ...]]:
    """Keys of names made of a term head and the lowercase phrase after it."""
    heads = index.lex.words("definitions", "term_heads")
    out = []
    for c in candidates:
        if c.shape not in ("phrase", "word") or not c.occurrences:
            continue
        before = {_capital_before(index, o) for o in c.occurrences}
        head = before.pop() if len(before) == 1 else None
        if head in heads:
            out.append((head,) + c.key)
    return out


def _capital_before(index, occurrence) -> str | None:
    sentence = index.sentences[occurrence.sentence]
    previous = occurrence.first - 1
    if previous < 0 or sentence.gap(previous, occurrence.first) != " " or not sentence.tokens[previous].cap:
        return None
    return index.keys[occurrence.sentence][previous]


def modifier_phrases(candidates, index) -> set[tuple[str, ...]]:
    """Two-word phrases that only put a common word (`modifier_zipf`; a
    verb form: `collocation_zipf`, "abolishing") before a frequent term
    (its head), unless the modifier is bound to that head
    (`bound_modifier`). A rarer modifier makes a kind of the term
    ("streetcar suburbs")."""
    lex = index.lex
    alone = {c.key[0]: c.count for c in candidates if c.shape == "word"}
    common = lex.candidates["modifier_zipf"]
    drop = set()
    for c in candidates:
        if c.shape != "phrase" or len(c.key) != 2:
            continue
        term, modifier = c.key if lex.candidates.get("phrase_head_first") else reversed(c.key)
        # A verb form stays a passing act down to collocation_zipf ("abolishing" 3.1), where
        # a rarer one names a kind ("reciprocating motion", "refracting telescope").
        verb = classes(modifier, lex.code) == {"VERB"}
        passing = lex.zipf(modifier) >= (lex.candidates["collocation_zipf"] if verb else common)
        if alone.get(term, 0) >= MODIFIER_RATIO * c.count and passing and not bound_modifier(c.count, modifier, index):
            drop.add(c.key)
    return drop


def bound_modifier(count: int, modifier: str, index) -> bool:
    """The article uses the phrase again and again and writes its modifier
    mostly in it ("light-dependent" 10 of 14 times before "reaction(s)"):
    a kind of the head with a name of its own. A verb before the head
    ("abolishing slavery") names an act on it, never a kind."""
    uses = len(index.where.get(modifier, []))
    return count >= BOUND_USES and count >= BOUND_SHARE * uses and classes(modifier, index.lex.code) != {"VERB"}
