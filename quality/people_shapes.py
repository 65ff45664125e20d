"""Who's-who entries judged blind, described by the shapes of our own output.

Usage:
    python quality/people_shapes.py [--sets DIR ...] [--items] [--causes]

Reads the blind who's-who verdicts of the seen fresh sets
(`quality/verdicts/<set>/judged-pp.md` with its `key.json`), runs the
current who's-who on each judged article, and finds each judged entry in
it. An entry printed now as it was judged ("same") keeps its verdict; one
whose name or text changed, or that is gone, is counted apart (its
verdict was for other text). An item only the older version printed
(`key.json` versions without "new") is left out: its reader saw both. Each "same" entry is described by shapes computed from
our output:

- source: where the role came from: the `Role.pattern` of the chosen role
  (title before the name, role phrase before it, apposition after it,
  "X was a ...", "as", "named", "led by", a list's shared role, "others",
  "successor") with "family" for a relation (not an occupation), and
  "context" when the entry prints the sentence of first mention;
- name: full (two words or more), single word, given name only, with an
  honorific or title shown;
- mentions: how often the article names them (1, 2-3, 4+);
- rank: place in the printed list (1-10, 11-20, 21+);
- role text: has a clause opener, a pronoun, another capitalised name; its
  length in words.

Prints one table per shape (n, right, rate) in Markdown, for
`quality/verdicts/people-shapes-r21.md`. Only seen sets may be read
(`quality/SPLIT.md`): the defaults are every seen reading that has a
who's-who sheet (fresh-2 to fresh-11; fresh-1's reading judged none),
not round 28's check sets fresh-12 to fresh-14: `--check` prints only
their totals.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "quality"))   # seen_verdicts, beside this file, when loaded by a test

from pack.extract.people import entries, mention_roles  # noqa: E402
from pack.read import read_article  # noqa: E402
from pack.text.analysis import analyse  # noqa: E402
from pack.text.firstnames import first_names  # noqa: E402
from pack.text.mentions import merged_occurrences  # noqa: E402
from seen_verdicts import readings  # noqa: E402  (quality/, beside this file)

VERDICTS = ROOT / "quality" / "verdicts"
ALL_SETS = tuple(str(folder.relative_to(VERDICTS)) for folder, _ in readings("people"))
# Round 28's check sets: rules are designed without them and measured on
# them once at the end, in aggregate only (`--check`).
CHECK = ("fresh12-", "fresh13-", "fresh14-")
SETS = tuple(s for s in ALL_SETS if not s.startswith(CHECK))
CHECK_SETS = tuple(s for s in ALL_SETS if s.startswith(CHECK))
ITEM = re.compile(r"^(\d+)\. (.+?) — (.*)$")
VERDICT = re.compile(r"^\s*verdict:\s*(.*)$")
CONTEXT = "(in context) "
NO_ROLE = "(no role)"


def judged(folder: Path) -> list[dict]:
    """Every judged who's-who item of one reading: number, article, name, text, ok."""
    key = json.loads((folder / "key.json").read_text(encoding="utf-8"))
    items, current = [], None
    for line in (folder / "judged-pp.md").read_text(encoding="utf-8").splitlines():
        found = ITEM.match(line)
        if found:
            current = {"item": found[1], "name": found[2], "text": found[3],
                       "article": key[found[1]]["article"], "set": folder.name}
            if "new" not in key[found[1]].get("versions", ["new"]):
                current = None    # printed by the older version only (its reader saw both)
            continue
        verdict = VERDICT.match(line)
        if verdict and current:
            current["ok"] = verdict[1].strip().casefold().startswith("ok")
            current["why"] = verdict[1].strip()
            items.append(current)
            current = None
    return items


class _Recorder:
    """What `entries._person` chose for each person it built: the role's
    pattern, whether it is an occupation, and how often they are named."""

    def __init__(self) -> None:
        self.found: dict[str, dict] = {}
        self.owned: dict[str, str] = {}       # a relation's text -> the pronoun owner it was given
        self._role = self._added = None
        person, subject, with_owner = entries._person, entries.with_subject, mention_roles._with_owner

        def with_subject(role, analysis):
            self._role = role
            shown = subject(role, analysis)
            self._added = shown.text != role.text
            return shown

        def owner(mention, role, *rest):
            found = with_owner(mention, role, *rest)
            if found is not None and role.owner:
                self.owned[found.text] = role.owner
            return found

        def record(members, analysis, *rest):
            self._role = None
            built = person(members, analysis, *rest)
            if built is not None:
                role = self._role if built.role_kind == "role" else None
                self.found[built.name] = {"pattern": role.pattern if role else "context",
                                          "occupation": bool(role and role.occupation),
                                          "owner": _owner(role, self._added, self.owned),
                                          "mentions": len(merged_occurrences(members)),
                                          "sentences": len({o.sentence for o in merged_occurrences(members)}),
                                          "lead": any(analysis.index.sentences[o.sentence].chapter == 0
                                                      for o in merged_occurrences(members)),
                                          "evidence": sum(analysis.kinds.evidence.get(m.key, 0) for m in members)}
            return built

        entries.with_subject, entries._person, mention_roles._with_owner = with_subject, record, owner


def _owner(role, added: bool, owned: dict[str, str]) -> str:
    """Whose relation: the subject's by default (a bare kin noun), a pronoun's, or named in the text."""
    if role is None or role.occupation:
        return ""
    if added:
        return "bare kin, given to the subject"
    return f"pronoun, owner '{owned[role.text]}'" if role.text in owned else "owner named in the text"


def article_file(name: str, reading: str) -> Path:
    return ROOT / "quality" / reading.split("-")[0] / f"{name}.txt"


def printed(person) -> str:
    return {"context": CONTEXT + person.role, "none": NO_ROLE}.get(person.role_kind, person.role)


def same_text(judged_text: str, now: str) -> bool:
    """The judged sheet cut long context sentences with "…"; compare the part shown."""
    one, two = judged_text.rstrip(" …"), now
    return two.startswith(one) if judged_text.endswith("…") else one == two


def source(info: dict) -> str:
    if info["pattern"] == "context":
        return "context"
    return info["pattern"] if info["occupation"] else f"family/relation ({info['pattern']})"


def name_form(name: str, shown_title: bool) -> str:
    words = name.split()
    if shown_title:
        return "title or honorific shown"
    if len(words) == 1:
        return "given name only" if name.casefold() in first_names() else "single word"
    return "full (2+ words)"


def bucket(n: int, edges: tuple[tuple[int, str], ...]) -> str:
    return next(label for top, label in edges if n <= top)


def text_shapes(text: str, name: str, lex) -> dict[str, str]:
    if text.startswith(CONTEXT):
        return {}
    words = text.split()
    openers = lex.words("people", "clause_openers")
    pronouns = lex.words("people", "possessives") | lex.words("people", "clause_words")
    own = set(name.casefold().split())
    capitals = [w for w in words[1:] if w[:1].isupper() and w.casefold().strip(",.") not in own]
    return {
        "role has a clause opener": str(any(w.casefold() in openers for w in words)),
        "role has a pronoun": str(any(w.casefold() in pronouns for w in words)),
        "role names another (capitalised word after the first)": str(bool(capitals)),
        "role length": bucket(len(words), ((1, "1 word"), (2, "2 words"), (4, "3-4 words"), (99, "5+ words"))),
    }


def context_shapes(person, people) -> dict[str, str]:
    """A context entry: how many other printed people its sentence names,
    whether it is cut, whether the name opens it."""
    if person.role_kind != "context":
        return {}
    text = person.role
    others = sum(p.name in text for p in people if p is not person)
    return {
        "context names other printed people": bucket(others, ((0, "none"), (1, "one"), (10 ** 6, "two or more"))),
        "context cut (…)": str("…" in text),
        "context opens with the name": str(text.startswith(person.name)),
    }


def describe(items: list[dict]) -> list[dict]:
    recorder = _Recorder()
    for (reading, name), group in _by_article(items).items():
        article = read_article(article_file(name, reading))
        people = entries.extract_people(article)
        lex = analyse(article).lex
        by_name = {v.casefold(): (rank, p) for rank, p in reversed(list(enumerate(people, 1)))
                   for v in (*p.variants, p.name)}
        for item in group:
            found = by_name.get(item["name"].casefold())
            if found is None:
                item["status"] = "gone"
                continue
            rank, person = found
            same = person.name == item["name"] and same_text(item["text"], printed(person))
            item["status"] = "same" if same else "changed"
            item["now"] = f"{person.name} — {printed(person)}"
            info = recorder.found.get(person.name, {"pattern": "?", "occupation": False, "mentions": 0, "owner": ""})
            item["shapes"] = {
                "source": source(info),
                "name form": name_form(person.name, bool(person.variants) and person.name not in person.variants
                                       and any(person.name.endswith(" " + v) for v in person.variants)),
                "mentions": bucket(info["mentions"], ((1, "1"), (3, "2-3"), (10 ** 6, "4+"))),
                "rank": bucket(rank, ((10, "1-10"), (20, "11-20"), (10 ** 6, "21+"))),
                "person evidence (kinds)": bucket(info.get("evidence", 0), ((0, "none"), (1, "1"), (10 ** 6, "2+"))),
                **({"relation owner": info["owner"]} if info.get("owner") else {}),
                **text_shapes(printed(person), person.name, lex),
                **context_shapes(person, people),
            }
    return items


def _by_article(items: list[dict]) -> dict[tuple[str, str], list[dict]]:
    out: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for item in items:
        out[(item["set"], item["article"])].append(item)
    return out


def tables(items: list[dict]) -> str:
    same = [i for i in items if i["status"] == "same"]
    lines = [f"Judged items: {len(items)}; printed now as judged: {len(same)} "
             f"({sum(i['ok'] for i in same)} right); changed: "
             f"{sum(i['status'] == 'changed' for i in items)}; gone: {sum(i['status'] == 'gone' for i in items)}.", ""]
    shapes = list(dict.fromkeys(s for i in same for s in i["shapes"]))
    for shape in shapes:
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for i in same:
            if shape in i["shapes"]:
                counts[i["shapes"][shape]][0] += 1
                counts[i["shapes"][shape]][1] += i["ok"]
        lines += [f"### {shape}", "", "| shape | n | right | rate |", "|---|---|---|---|"]
        for value, (n, right) in sorted(counts.items(), key=lambda kv: (-kv[1][0], kv[0])):
            lines.append(f"| {value} | {n} | {right} | {right / n:.0%} |")
        lines.append("")
    return "\n".join(lines)


def listing(items: list[dict]) -> str:
    lines = ["| item | status | entry as judged | now | verdict | source |", "|---|---|---|---|---|---|"]
    for i in items:
        now = i.get("now", "")
        lines.append(f"| {i['set'].split('-')[0]} {i['item']} | {i['status']} | {i['name']} — {i['text'][:60]} | "
                     f"{'' if i['status'] == 'same' else now[:60]} | {'ok' if i['ok'] else i['why'][:70]} | "
                     f"{i.get('shapes', {}).get('source', '')} |")
    return "\n".join(lines)


# The cause of a wrong verdict, by the reader's words: the first cause
# whose words the verdict holds ("duplicate" before "not a person": a
# duplicate's reader may say the name is no one's too).
CAUSES = (
    ("one person twice", ("duplicate", "merged into one", "listed twice")),
    ("a name cut, run together or misspelt", ("name cut", "cut short", "name split", "mangled", "misspell",
                                              "run together", "surname only", "should be '", "wrongly from",
                                              "name printed wrong", "name incomplete", "name wrong", "name dropped",
                                              "part of the name", "cut-off name")),
    ("not a person (place, body, work, title, event)", ("not a person", "not a name", "not a real person",
                                                       "is a city", "a title", "is a neighbourhood", "is a painting")),
    ("a relation owned by someone else", ("daughter of", "son of", "'s parents", "mother", "sister", "niece",
                                          "uncle", "'s son", "'s brother", "'s wife", "predecessor", "his father")),
    ("a role wrong, garbled or too vague", ("role", "misleading", "meaningless", "vague")),
    ("the context line does not say who they are", ("context", "sentence", "does not say", "does not tell",
                                                    "fragment", "caption", "antecedent", "the cut")),
)


def cause(item: dict) -> str:
    why = item["why"].casefold()
    return next((name for name, words in CAUSES if any(w in why for w in words)), "other")


def causes(items: list[dict]) -> str:
    """Wrong verdicts by cause: how many were judged, and of those how many
    the who's-who prints now as judged, changed, or no longer prints."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for i in items:
        if not i["ok"]:
            counts[cause(i)]["wrong"] += 1
            counts[cause(i)][i["status"]] += 1
    lines = ["| cause | wrong | printed as judged | changed | gone |", "|---|---|---|---|---|"]
    for name in [c for c, _ in CAUSES] + ["other"]:
        if name in counts:
            c = counts[name]
            lines.append(f"| {name} | {c['wrong']} | {c['same']} | {c['changed']} | {c['gone']} |")
    total = {k: sum(c[k] for c in counts.values()) for k in ("wrong", "same", "changed", "gone")}
    lines.append(f"| **all** | **{total['wrong']}** | **{total['same']}** | **{total['changed']}** | **{total['gone']}** |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="*", default=list(SETS), help="verdict folders (seen sets only)")
    parser.add_argument("--items", action="store_true", help="also list every item with its status")
    parser.add_argument("--causes", action="store_true", help="also count the wrong verdicts by cause")
    parser.add_argument("--check", action="store_true",
                        help="the check sets (fresh-12..14) instead, their totals only")
    args = parser.parse_args()
    if args.check:
        items = describe([i for s in CHECK_SETS for i in judged(VERDICTS / s)])
        print(tables(items).splitlines()[0])
        return 0
    items = describe([i for s in args.sets for i in judged(VERDICTS / s)])
    print(tables(items))
    if args.causes:
        print(causes(items))
    if args.items:
        print(listing(items))
    return 0


if __name__ == "__main__":
    sys.exit(main())
