"""Pool every seen blind verdict on discussion questions; sort the wrong ones into fault kinds.

Stage: offline, never at build time. Three steps:

    TEACHPACK_CACHE=off python quality/question_faults.py dump OUTDIR [--shared DIR]
        runs the tree on PYTHONPATH over every seen article (samples, the
        tuning corpus, quality/extra/, the fresh sets of quality/seen_verdicts.py)
        and writes OUTDIR/<name>.json: the printed questions, each with its
        Bloom level, kind and chapter.
    python quality/question_faults.py table OUTDIR [--after DIR] [--write FILE] [--wrong]
        reads every judged question sheet of quality/seen_verdicts.py, sorts
        each `wrong:` reason into one fault kind (FAULTS below, first match),
        and prints (or writes) the counts per set and per article kind, with
        how many of the judged items OUTDIR still prints word for word.
    python quality/question_faults.py shapes OUTDIR
        how often each question shape of SHAPES (a role, a task on another
        part of the text or on works that show the subject, the subject's
        name) was judged ok and wrong, and how many of each OUTDIR prints.
    python quality/question_faults.py keys OUTDIR
        per question key (template or generator) of OUTDIR: how many are printed, and how
        many judged items of the same wording were ok and wrong: a fault's shape counted
        over every printed question.
    Every step takes --sets design|check|all (round 28: fresh-12..14 are the check sets,
    measured once, in aggregate) and --lang en|id before the step's name.
    python quality/question_faults.py change BEFORE AFTER
        the questions two dumps differ by, and of the judged items among
        them how many were ok and how many wrong, per set: the measure of
        a rule on all seen articles.

Inputs: quality/verdicts/<reading>/judged-q*.md and key.json. Output: text.
The held-out articles are never dumped or read (quality/SPLIT.md).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "quality"))

from seen_verdicts import readings, set_label  # noqa: E402

TUNING_CORPUS = ("en-abraham-lincoln", "en-alan-turing", "en-christopher-columbus",
                 "en-galileo-galilei", "en-ancient-egypt", "en-industrial-revolution",
                 "en-cell-biology", "en-global-warming", "id-agresi-militer-1",
                 "id-agresi-militer-2", "id-budi-utomo")

# The kind of each judged article, by a reader of its lead (a label, not a rule input).
KINDS = {
    "en-louis-pasteur": "biography", "en-downtown-seattle-transit-tunnel": "place",
    "id-pendudukan-jepang": "history", "id-proklamasi-kemerdekaan": "history",
    "en-johannes-gutenberg": "biography", "en-marie-curie": "biography",
    "en-seattle": "place", "id-sejarah-indonesia": "history",
    "en-electricity": "science", "en-tokyo": "place",
    "id-gunung-tambora": "place", "id-krakatau": "place",
    "en-francisco-pizarro": "biography", "en-hydroelectricity": "science",
    "en-sandro-botticelli": "biography", "en-wolfgang-amadeus-mozart": "biography",
    "en-chennai": "place", "en-superconductivity": "science",
    "en-frederick-iii-german-emperor": "biography", "en-wilhelmina-of-the-netherlands": "biography",
    "en-adidas": "organisation", "en-geothermal-energy": "science",
    "en-nguyen-ngoc-tho": "biography", "en-sitting-bull": "biography",
    "en-alice-paul": "biography", "en-golda-meir": "biography",
    "en-semiconductor": "science", "en-barbara-mcclintock": "biography",
    "en-congress-of-vienna": "history", "en-louisiana-purchase": "history",
    "en-heat-pump": "science", "en-electric-battery": "science",
    "en-abdul-kalam": "biography", "en-alexander-fleming": "biography",
    "en-kyoto": "place", "en-mercedes-benz": "organisation",
    "en-black-death": "history", "en-revolutions-of-1848": "history",
    "en-nikolai-gogol": "biography", "en-tidal-power": "science",
    "en-addis-ababa": "place", "en-antonio-vivaldi": "biography",
    "en-photon": "science", "en-toyo-miyatake": "biography",
    "en-abolitionism": "history", "en-coal": "science",
    "en-francisco-goya": "biography", "en-meiji-restoration": "history",
    "en-malaysia": "place", "en-adobe-systems": "organisation",
    "en-direct-current": "science", "en-subramania-bharati": "biography",
    "en-henry-v-of-england": "biography", "en-prince-henry-the-navigator": "biography",
    "en-santiago-ramon-y-cajal": "biography", "en-silicon": "science",
    "en-1997-asian-financial-crisis": "event", "en-greenhouse-gas": "science",
    "en-edward-v-of-england": "biography", "en-georg-forster": "biography",
    "en-reconquista": "event", "en-petroleum": "science",
    "en-maxim-gorky": "biography", "en-accra": "place",
}

# Fault kinds, tried in this order on the reader's reason (lower case); the first that
# matches names the fault. The order puts the specific before the general.
FAULTS = (
    # Round 29 (idq-seen-r29): a made title of a headingless article that names something
    # the chapter mentions once, so every whole-chapter task on it sends pupils astray.
    ("made chapter title misnames the chapter", r"mislabel|misnam|(?:heading|title)\b.{0,90}(?:misleading|does not (?:fit|describe)|not a sensible)"
     r"|misleading (?:heading|title)|misleadingly titled|tool-made title"),
    # A sentence of the text turned into "Kapan ...?" / "When ...?": a date to memorise.
    ("bare date recall", r"date.recall|recall of (?:a |the )?(?:minor )?(?:date|year)|minor date|(?:trivia|trivial)\b.{0,40}\b(?:date|year|when)\b"
     r"|date recall"),
    ("chapter names no chapter", r"bab ini|this chapter|no chapter is named|names no chapter|does not name the chapter"),
    ("chapter too thin for the task", r"only (?:a |one |two |three |four )?(?:single |plain |bare )?(?:sentence|two sentences|\w+ sentences|a bare list|list of)"
     r"|single (?:plain )?sentence|sentences long|is empty|no content|describes nothing|bare list|is a list of|lists services|tells nothing|only two headings|only the headings|nothing to explain|too little"
     r"|bibliography|list of citations|only (?:five|three|a few) (?:city )?names|no ideas to summarise|holds no facts|no words a younger"),
    ("template does not fit the chapter", r"doesn.t fit|does not fit|not developments|no (?:real )?events|no causal|not causally|led to the next|led to one another"
     r"|describes (?:hardly any|no) decision|not a process|not a story|no (?:pair|two)|not (?:about|a) |already a list|copying the headings|forces invented"
     r"|says nothing (?:about|of) (?:what|one)|nothing led|gives almost nothing|no before/after|does not give a before|no clear comparable|little to compare|nothing to compare"
     r"|not ideas for|is about laws|lists uses|lists types|classification of|statistics only|vague - does not say whose"
     r"|no clear process|not describe a step|hardly any decisions|already a name|just copying|says nothing about \w+'s life|no other part"),
    ("role asked of a non-actor or bit player", r"no (?:real |separate )?role|has no .?peran|treats a place as an actor|not actors|peripheral|role to explain"),
    ("trivia or off-topic candidate", r"trivia|trivial|minor|incidental|not (?:central|what the chapter|the point|important)|off.topic|side detail|one.word recall|unimportant|marginal|not useful"),
    ("circular or self-answering", r"circular|self.answer|tautolog|answers itself|gives (?:away|the answer)|already is"),
    ("answer not in the passage", r"not answerable|unanswerable|no real answer|cannot be answered|answer (?:is )?(?:not|empty)|not (?:in|given|stated|said|supported) (?:in |by )?the (?:text|chapter|passage)"
     r"|text (?:does not|never|gives no|says only|speaks of)|chapter (?:does not|says only)|doesn.t say|gives no reason|no evidence|false premise|premise|contradict|misleading|misstates|incorrect|inaccurate|false"),
    ("unnamed reference or no context", r"no context|time context|says neither|unnamed|not named|never named|unclear|vague|ambiguous|does not say (?:what|which|who|for what|attribution)|out of context|dangling|dangles|undefined|lacks context|without context|no antecedent|unexplained|cannot place"),
    ("duplicate", r"duplicate|repeat|same (?:question|as)|asked twice|near.duplicate"),
    ("grammar, naming or garbled text", r"grammar|grammatical|article|garbled|fragment|truncat|broken|typo|agreement|plural|'the the'|missing|doubled|spelling|awkward|wording|phrase|lacks|capital|possessive|malformed|nonsens|not his name|not her name|verbatim|clumsy|stiff|makes no sense|pointless"),
)

# Question shapes readers named (fresh-14: issue 14), by the printed text (English and
# Indonesian wordings), and a reason that faults the subject's name ("calls him Santiago").
SHAPES = (
    ("role of a person or body", r"^Explain the role of |^Jelaskan peran "),
    ("another part of the text says more", r"Which other part of the text says more"),
    ("the works named in a chapter", r"What do the works named in"),
    ("so many stories, films or pictures", r"so many stories, films or pictures"),
    ("who influenced the subject", r"influenced .+, or were influenced by"),
)
NAME_FAULT = r"misspel|calls? (?:him|her)|given name|first name|not (?:his|her) name"


def seen_articles(shared: Path) -> list[Path]:
    """Every seen article: samples, the tuning corpus, extra and the seen fresh sets."""
    paths = sorted((ROOT / "assets" / "samples").glob("*.txt"))
    paths += [shared / "corpus" / f"{name}.txt" for name in TUNING_CORPUS]
    paths += sorted((ROOT / "quality" / "extra").glob("*.txt"))
    for fresh in sorted({fresh for _, fresh in readings("questions")}):
        paths += sorted((ROOT / "quality" / fresh).glob("*.txt"))
    return [p for p in paths if p.exists()]


# Round 28's reach check (COMMON.md "Reach"): rules are designed on every seen set but
# these, which are measured once at the end, in aggregate only.
CHECK_SETS = ("fresh12", "fresh13", "fresh14")


def in_selection(path: Path, sets: str, lang: str) -> bool:
    """Whether an article belongs to the chosen side (design, check, all) and language."""
    if lang and not path.stem.startswith(lang + "-"):
        return False
    checked = path.parent.name in CHECK_SETS
    return sets == "all" or (sets == "check") == checked


def judged_in(sets: str, lang: str) -> list[dict]:
    """The judged items of the chosen side and language (`judged` filtered)."""
    check = {set_label(name) for name in CHECK_SETS}
    return [item for item in judged()
            if (not lang or item["article"].startswith(lang + "-"))
            and (sets == "all" or (sets == "check") == (item["set"] in check))]


def dump(outdir: Path, shared: Path) -> None:
    """Write OUTDIR/<name>.json, the printed questions of every seen article."""
    from pack.config import Settings
    from pack.extract.run import extract_all
    from pack.read import read_article

    outdir.mkdir(parents=True, exist_ok=True)
    for path in seen_articles(shared):
        if not in_selection(path, SELECTION["sets"], SELECTION["lang"]):
            continue
        found = extract_all([read_article(path)], Settings())
        rows = [{"text": q.text, "bloom": q.bloom, "kind": q.kind, "chapter": q.chapter_id}
                for q in found.questions]
        (outdir / f"{path.stem}.json").write_text(json.dumps(rows, ensure_ascii=False, indent=0))
        print(path.stem, len(rows), file=sys.stderr)


# Which articles and judged items the steps use (set from --sets and --lang).
SELECTION = {"sets": "all", "lang": ""}


ITEM = re.compile(r"^(\d+)\. ((?:.|\n)*?)\n\s*verdict:\s*(.*)$", re.M)


# Seen readings of articles outside the fresh sets (samples, tuning corpus, extra), each
# with the set label its items get: round 29's blind reading of the ten seen Indonesian
# articles' questions (quality/verdicts/idq-seen-r29/README.md).
OTHER_READINGS = (("idq-seen-r29", "idq-seen"),)


def judged() -> list[dict]:
    """Every judged question of the seen readings: set, article, text, verdict."""
    items = []
    verdicts = ROOT / "quality" / "verdicts"
    sources = [(folder, set_label(fresh)) for folder, fresh in readings("questions")]
    sources += [(verdicts / folder, label) for folder, label in OTHER_READINGS]
    for folder, label in sources:
        key = json.loads((folder / "key.json").read_text())
        for sheet in sorted(folder.glob("judged-q*.md")):
            for number, text, verdict in ITEM.findall(sheet.read_text()):
                entry = key[number]
                if entry["part"] != "questions":
                    continue
                items.append({"set": label, "article": entry["article"],
                              "text": text.strip(), "verdict": verdict.strip(),
                              "sheet": f"{folder.name}/{sheet.name}#{number}"})
    return items


def fault_of(verdict: str) -> str:
    """The fault kind of a `wrong:` reason ("" for an ok item)."""
    low = verdict.lower()
    if low.startswith("ok"):
        return ""
    reason = low.removeprefix("wrong").lstrip(": ")
    for name, pattern in FAULTS:
        if re.search(pattern, reason):
            return name
    return "other"


def printed(outdir: Path) -> dict[str, set[str]]:
    """Article -> the question texts a dump holds."""
    return {p.stem: {row["text"] for row in json.loads(p.read_text())} for p in outdir.glob("*.json")}


def table(outdir: Path, after: Path | None = None) -> str:
    """The fault table in Markdown (`after`: a second dump, whose still-printed items get a column too)."""
    items, now = judged_in(SELECTION["sets"], SELECTION["lang"]), printed(outdir)
    later = printed(after) if after else {}
    names = [name for name, _ in FAULTS] + ["other"]
    by_set, by_kind, still = defaultdict(Counter), defaultdict(Counter), Counter()
    totals = defaultdict(Counter)
    for item in items:
        fault = fault_of(item["verdict"]) or "ok"
        kind = KINDS.get(item["article"], "?")
        by_set[item["set"]][fault] += 1
        by_kind[kind][fault] += 1
        alive = item["text"] in now.get(item["article"], set())
        still[(fault, alive)] += 1
        still[(fault, "after")] += item["text"] in later.get(item["article"], set())
        totals[item["article"]][("alive" if alive else "gone", fault == "ok")] += 1
    lines = _grid("set", by_set, names) + [""] + _grid("article kind", by_kind, names) + [""]
    head = "| fault | judged | still printed word for word |" + (" after |" if after else "")
    lines += [head, "|---|---:|---:|" + ("---:|" if after else "")]
    for name in ["ok"] + names:
        lines.append(f"| {name} | {still[(name, True)] + still[(name, False)]} | {still[(name, True)]} |"
                     + (f" {still[(name, 'after')]} |" if after else ""))
    lines += ["", "| article | kind | judged ok/n | still printed: ok / wrong |", "|---|---|---:|---:|"]
    for article, c in sorted(totals.items(), key=lambda kv: (KINDS.get(kv[0], "?"), kv[0])):
        n = sum(c.values())
        ok = c[("alive", True)] + c[("gone", True)]
        lines.append(f"| {article} | {KINDS.get(article, '?')} | {ok}/{n} | "
                     f"{c[('alive', True)]} / {c[('alive', False)]} |")
    return "\n".join(lines) + "\n"


def _grid(label: str, counts: dict, names: list[str]) -> list[str]:
    """One Markdown table: a row per group, a column per fault kind."""
    used = [name for name in names if any(c[name] for c in counts.values())]
    head = f"| {label} | n | ok | " + " | ".join(used) + " |"
    rows = [head, "|" + "---|" * (len(used) + 3)]
    for group, c in sorted(counts.items()):
        rows.append(f"| {group} | {sum(c.values())} | {c['ok']} | " + " | ".join(str(c[n]) for n in used) + " |")
    return rows


def wrong_list(outdir: Path) -> str:
    """Every wrong item with its fault, whether still printed, and the reason (for reading)."""
    now, out = printed(outdir), []
    for item in judged_in(SELECTION["sets"], SELECTION["lang"]):
        fault = fault_of(item["verdict"])
        if fault:
            alive = "PRINTED" if item["text"] in now.get(item["article"], set()) else "gone"
            out.append(f"[{fault}] {alive} {item['article']} :: {item['text']}\n    -> {item['verdict']}")
    return "\n".join(out) + "\n"


def shapes(outdir: Path) -> str:
    """The judged items of each shape of SHAPES: ok and wrong, and how many OUTDIR still prints."""
    now, tally = printed(outdir), Counter()
    for item in judged_in(SELECTION["sets"], SELECTION["lang"]):
        wrong = bool(fault_of(item["verdict"]))
        alive = item["text"] in now.get(item["article"], set())
        found = [name for name, pattern in SHAPES if re.search(pattern, item["text"])]
        if wrong and re.search(NAME_FAULT, item["verdict"].lower()):
            found.append("the subject misnamed (any shape)")
        for name in found:
            tally[(name, wrong, "judged")] += 1
            tally[(name, wrong, "printed")] += alive
    lines = ["| shape | judged ok | still printed | judged wrong | still printed |", "|---|---:|---:|---:|---:|"]
    for name in [name for name, _ in SHAPES] + ["the subject misnamed (any shape)"]:
        lines.append(f"| {name} | {tally[(name, False, 'judged')]} | {tally[(name, False, 'printed')]} | "
                     f"{tally[(name, True, 'judged')]} | {tally[(name, True, 'printed')]} |")
    return "\n".join(lines) + "\n"


def _chapter_free(text: str) -> str:
    """A question with its chapter's title left out: the same task in another chapter."""
    return re.sub(r"“[^”]*”", "{place}", text)


def by_key(outdir: Path) -> str:
    """Per question key of a dump (a template or a generator: "weigh", "task-place-0",
    "explain-role"): how many the dump prints, and how many judged items of the same article
    with the same wording (chapter titles aside) were ok and wrong, with their faults. How
    often a fault's shape occurs in all printed questions, not only in the judged ones."""
    key_of, counts = {}, Counter()
    for path in outdir.glob("*.json"):
        for row in json.loads(path.read_text()):
            key_of[(path.stem, _chapter_free(row["text"]))] = row["kind"]
            counts[row["kind"]] += 1
    judged_by, faults = defaultdict(Counter), defaultdict(Counter)
    for item in judged_in(SELECTION["sets"], SELECTION["lang"]):
        key = key_of.get((item["article"], _chapter_free(item["text"])), "(no longer printed)")
        fault = fault_of(item["verdict"])
        judged_by[key]["wrong" if fault else "ok"] += 1
        if fault:
            faults[key][fault] += 1
    keys = sorted(set(counts) | set(judged_by), key=lambda k: (-judged_by[k]["wrong"], -counts[k]))
    lines = ["| key | printed | judged ok | judged wrong | faults |", "|---|---:|---:|---:|---|"]
    for key in keys:
        named = ", ".join(f"{name} {n}" for name, n in faults[key].most_common())
        lines.append(f"| {key} | {counts[key]} | {judged_by[key]['ok']} | {judged_by[key]['wrong']} | {named} |")
    return "\n".join(lines) + "\n"


def change(before: Path, after: Path) -> str:
    """Questions removed and added between two dumps, with the judged verdicts they touch."""
    verdicts = defaultdict(dict)
    for item in judged_in(SELECTION["sets"], SELECTION["lang"]):
        verdicts[item["article"]][item["text"]] = item
    old, new = printed(before), printed(after)
    lines, tally = [], Counter()
    for article in sorted(set(old) | set(new)):
        gone, came = old.get(article, set()) - new.get(article, set()), new.get(article, set()) - old.get(article, set())
        for sign, texts in (("-", gone), ("+", came)):
            for text in sorted(texts):
                item = verdicts[article].get(text)
                mark = "" if item is None else (" [ok]" if not fault_of(item["verdict"]) else " [WRONG]")
                tally[(sign, mark.strip(" []").lower() or "unjudged")] += 1
                lines.append(f"{sign} {article}{mark}: {text}")
    summary = ", ".join(f"{sign}{what} {n}" for (sign, what), n in sorted(tally.items()))
    return "\n".join(lines + [f"totals: {summary or 'no change'}"]) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", choices=("all", "design", "check"), default="all",
                        help="design: every seen set but the round's check sets; check: only those")
    parser.add_argument("--lang", default="", help="only articles of this language (en, id)")
    steps = parser.add_subparsers(dest="step", required=True)
    d = steps.add_parser("dump")
    d.add_argument("outdir", type=Path)
    d.add_argument("--shared", type=Path, default=ROOT.parent / "shared",
                   help="the shared folder whose corpus/ holds the tuning corpus")
    t = steps.add_parser("table")
    t.add_argument("outdir", type=Path)
    t.add_argument("--write", type=Path, help="write the table to this file instead of printing it")
    t.add_argument("--wrong", action="store_true", help="list every wrong item instead")
    t.add_argument("--after", type=Path, help="a second dump: how many judged items it still prints")
    steps.add_parser("shapes").add_argument("outdir", type=Path)
    steps.add_parser("keys").add_argument("outdir", type=Path)
    c = steps.add_parser("change")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    SELECTION.update(sets=args.sets, lang=args.lang)
    if args.step == "dump":
        dump(args.outdir, args.shared)
    elif args.step == "shapes":
        print(shapes(args.outdir), end="")
    elif args.step == "keys":
        print(by_key(args.outdir), end="")
    elif args.step == "change":
        print(change(args.before, args.after), end="")
    else:
        text = wrong_list(args.outdir) if args.wrong else table(args.outdir, args.after)
        if args.write:
            args.write.write_text(text)
        else:
            print(text, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
