"""Extract stage, glossary: group spellings and forms of one term.

Inputs: term candidate keys, alias pairs (from `aliases`) and the
`Language`. Outputs: groups of keys, each group one glossary entry. Keys
join a group when

- the article gives them as aliases ("PBDSR" / "Partai Buruh ...");
- they differ only by an ideology ending ("Marxis" / "Marxisme") or a
  plural ending ("anode" / "anodes"), listed per language, or the lexicon
  gives the head word the other's as its singular ("factories" /
  "factory", "nuclei" / "nucleus"; `pack.text.wordclass`, English only);
- one is the other with a hyphen after a prefix ("de-kulakisasi");
- they are one-letter-apart spellings of a long word ("Politbiro" /
  "Politburo", "Khrushchev" / "Khruschev").
"""

from __future__ import annotations

from pack.text.language import Language
from pack.text.wordclass import noun_lemma

Key = tuple[str, ...]


class _Groups:
    """Union-find over keys; the smallest key names its group."""

    def __init__(self, keys):
        self.parent = {k: k for k in keys}

    def find(self, key: Key) -> Key:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def join(self, a: Key, b: Key) -> None:
        if a in self.parent and b in self.parent:
            ra, rb = self.find(a), self.find(b)
            if ra != rb:
                self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> list[list[Key]]:
        out: dict[Key, list[Key]] = {}
        for key in sorted(self.parent):
            out.setdefault(self.find(key), []).append(key)
        return sorted(out.values())


def group_variants(keys: list[Key], aliases, lex: Language) -> list[list[Key]]:
    """Groups of keys; `aliases` are (key, key, kind) triples from `aliases`."""
    groups = _Groups(keys)
    for a, b, _ in aliases:
        groups.join(a, b)
    by_stem: dict[tuple, Key] = {}
    for key in sorted(keys):
        stem = tuple(_stem(word, lex) for word in key)
        if stem in by_stem:
            groups.join(by_stem[stem], key)
        else:
            by_stem[stem] = key
    present = set(keys)
    for key in sorted(keys):
        for suffix in lex.candidates.get("plural_suffixes", []):
            plural = key[:-1] + (key[-1] + suffix,)
            if plural in present:
                groups.join(key, plural)
        singular = _lexicon_singular(key, lex)
        if singular in present:
            groups.join(key, singular)
    singles = sorted(k for k in keys if len(k) == 1 and len(k[0]) >= 7)
    for i, a in enumerate(singles):
        for b in singles[i + 1:]:
            if a[0][:4] == b[0][:4] and one_apart(a[0], b[0]):
                groups.join(a, b)
    return groups.groups()


def _lexicon_singular(key: Key, lex: Language) -> Key | None:
    """The key with its head word as the lexicon's singular, if it differs."""
    head = 0 if lex.candidates.get("phrase_head_first") else len(key) - 1
    lemma = noun_lemma(key[head], lex.code)
    if lemma is None or lemma == key[head]:
        return None
    return key[:head] + (lemma,) + key[head + 1:]


def _stem(word: str, lex: Language) -> str:
    """"marxisme" -> "marx", "de-kulakisasi" -> "dekulakisasi", "anodes" -> "anode"."""
    word = word.replace("–", "-")
    for prefix in lex.candidates.get("hyphen_prefixes", []):
        if word.startswith(prefix + "-"):
            word = prefix + word[len(prefix) + 1:]
    parts = []
    for part in word.split("-"):
        for suffix in sorted(lex.candidates.get("variant_suffixes", []), key=len, reverse=True):
            if part.endswith(suffix) and len(part) - len(suffix) >= 3:
                part = part[:-len(suffix)]
                break
        parts.append(part)
    return "-".join(parts)


def one_apart(a: str, b: str) -> bool:
    """At most one letter changed, added or dropped (two for long words)."""
    limit = 2 if min(len(a), len(b)) >= 9 else 1
    return _distance(a, b, limit) <= limit


def _distance(a: str, b: str, limit: int) -> int:
    """The edit distance of `a` and `b`; `limit` + 1 as soon as it must exceed `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1        # no cell of a later row is below this row's smallest
        previous = current
    return previous[-1]
