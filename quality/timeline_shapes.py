"""Blind timeline verdicts by printed shape: n, ok and rate of each shape.

Reads the judged timeline sheets of the seen blind checks (`verdicts/<set>/
judged-tl*.md`: each item prints "date · text", its source sentence and the
reader's verdict) and describes every item by shapes computed from that
printed entry and its sentence alone (date kind, where the date stood, how
the text opens, whether it is the sentence whole or cut, ...). Prints one
table per shape (markdown), the pooled rate over all items first; `--list
SHAPE=VALUE` prints the items of one shape, `--rule` the items the timeline
now dates otherwise (`readable.told_as_span`), old date -> new, to judge by hand,
`--now SHAPE=VALUE` each item of one shape with the reader's verdict and the
entries the timeline prints today for its sentence (the seen fresh article run
again), to read what a change did to the judged items.

    python quality/timeline_shapes.py [--sets design|check|NAMES] [--list SHAPE=VALUE | --rule | --now SHAPE=VALUE|all
                                       | --causes [CAUSE] | --faults | --pointers | --printed]

`--causes` counts the wrong verdicts by the fault the reader names (`CAUSES`,
keywords of the reason, first match), a table over all sets and each set;
`--faults` counts every fault a reason names (`FAULTS`, finer, several a verdict);
`--pointers` the items by the pointer words they print (`POINTER_WORDS`), ok and wrong;
`--printed` how often each fault class's shape (`PRINTED_SHAPES`) occurs in everything the
timeline prints today for the sets' articles, judged or not. `--sets` reads only some sets:
`design` (fresh .. fresh-11, fresh-15 and fresh-16, where rules are designed) or `check` (fresh-12 .. fresh-14).

The sets read are SEEN for the timeline (quality/SPLIT.md); never add a
held-out or an unread fresh set to `SETS`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))
sys.path.insert(0, str(ROOT))   # seen_verdicts, beside this file, when loaded by a test

from seen_verdicts import VERDICTS, readings  # noqa: E402  (quality/, beside this file)

# verdict folder -> the fresh set its articles come from (the seen readings)
SETS = {str(folder.relative_to(VERDICTS)): fresh for folder, fresh in readings("timeline")}

SENTENCE_KEY = 50      # characters of a source sentence that find it again in today's timeline
ITEM = re.compile(r"^(\d+)\. (.*?) · (.*)\n\s+source sentence: (.*)\n\s+verdict: (.*)$", re.M)
MONTHS = ("january february march april may june july august september october november december "
          "januari februari maret april mei juni juli agustus september oktober november desember").split()
PRONOUNS = {"en": "he she it they his her its their him them this these that those such there",
            "id": "ia dia mereka beliau ini itu tersebut nya hal"}
SUBORDINATE = {"en": "after before when while as although though since because if once until during following upon",
               "id": "setelah sesudah sebelum ketika saat sewaktu walaupun meskipun karena sejak hingga selama"}
ARTICLE = {"en": "the", "id": ""}


# The sets of round 28's split (COMMON "Reach"): rules are designed on DESIGN and
# checked, once, on CHECK (aggregate numbers only).
DESIGN = ("fresh",) + tuple(f"fresh{n}" for n in range(2, 12)) + ("fresh15", "fresh16")
CHECK = ("fresh12", "fresh13", "fresh14")


def items(sets: tuple[str, ...] = ()):
    """Every judged timeline item of the seen blind checks (`SETS`), or of those
    whose fresh set is one of `sets`."""
    for folder, fresh in SETS.items():
        if not sets or fresh in sets:
            yield from judged(ROOT / "verdicts" / folder, fresh)


def judged(folder: Path, fresh: str):
    """The judged timeline items of one blind check: dicts with set, n, article, lang,
    date, text, sentence, ok, verdict and body (the article's text, "" if not found)."""
    key = json.loads((folder / "key.json").read_text())
    for sheet in sorted(folder.glob("judged-tl*.md")):
        for m in ITEM.finditer(sheet.read_text()):
            n, date, text, sentence, verdict = m.groups()
            article = key[n]["article"]
            yield {"set": fresh, "n": int(n), "article": article, "lang": article[:2],
                   "date": date.strip(), "text": text.strip(), "sentence": sentence.strip(),
                   "ok": verdict.strip().lower().startswith("ok"), "verdict": verdict.strip(),
                   "body": _article_text(fresh, article)}


def _article_text(fresh: str, article: str) -> str:
    path = ROOT / fresh / f"{article}.txt"
    return path.read_text() if path.exists() else ""


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'’-]+", text.lower())


def date_kind(date: str, sentence: str) -> str:
    """exact day / month / year / range / circa / decade-century / inferred (its year not in the sentence)."""
    low = date.lower()
    years = re.findall(r"\d{3,4}", date)
    if years and not any(y in sentence for y in years):
        return "inferred (year not in sentence)"
    if re.search(r"\bc\.|circa|sekitar|about|around|kira", low):
        return "circa"
    if "–" in date or "-" in date or " to " in low or "sampai" in low:
        return "range"
    if re.search(r"\d0s\b|century|abad|an\b|decade|dekade", low):
        return "decade/century"
    if re.search(r"\b\d{1,2}\b", low) and any(mo in low for mo in MONTHS):
        return "exact day"
    if any(mo in low for mo in MONTHS):
        return "month"
    return "year"


def date_place(date: str, sentence: str) -> str:
    """Where the date's year stood in the source sentence: opening / middle / closing words."""
    years = re.findall(r"\d{3,4}", date)
    at = min((sentence.find(y) for y in years if y in sentence), default=-1)
    if at < 0:
        return "not in sentence"
    before = len(_words(sentence[:at]))
    after = len(_words(sentence[at:]))
    if before <= 3:
        return "opening (<= 3 words before)"
    if after <= 3:
        return "closing (<= 3 words after)"
    return "middle"


def opening(item: dict) -> str:
    """How the printed text opens: pronoun / 'the X' not in the article before / subordinate / other."""
    words = _words(item["text"])
    lang = item["lang"]
    if not words:
        return "empty"
    first = words[0]
    if first in PRONOUNS[lang].split() or (lang == "id" and any(w in ("ini", "tersebut", "itu") for w in words[1:3])):
        return "pronoun/pointer"
    if first in SUBORDINATE[lang].split():
        return "subordinate opener"
    if lang == "en" and first == "the" and len(words) > 1 and item["text"].split()[1][:1].islower():
        return "the + noun " + ("named before" if _named_before(item, words[1]) else "NOT named before")
    if item["text"][:1].islower():
        return "lower-case opening"
    return "name/other"


def _named_before(item: dict, noun: str) -> bool:
    """The noun occurs in the article before this sentence (the reader may have met it)."""
    body, at = item["body"], item["body"].find(item["sentence"][:60])
    return at > 0 and re.search(rf"\b{re.escape(noun)}\b", body[:at], re.I) is not None


def pointer_kind(item: dict) -> str:
    """Of the entries that open with a pronoun or pointer: which kind."""
    if opening(item) != "pronoun/pointer":
        return "no pronoun/pointer opening"
    words = _words(item["text"])
    if words[0] == "there" or (words[0] == "it" and re.search(r"\bthat\b", item["text"])):
        return "expletive there / cleft it ... that"
    if words[0] in ("he", "she", "his", "her", "ia", "dia", "beliau"):
        return "he / she (a life's subject, mostly)"
    return "this / these / they / it / mereka / ini / tersebut"


def whole_or_cut(item: dict) -> str:
    text, sentence = item["text"].rstrip(". "), item["sentence"].rstrip(". ")
    if text == sentence:
        return "whole sentence"
    if sentence.lower().endswith(text.lower()[-20:]):
        return "cut at start only"
    if _words(sentence)[:4] == _words(text)[:4]:
        return "cut at end only"
    return "cut at both / rewritten"


def cut_kind(item: dict) -> str:
    """What the printed text cut from its sentence (round 26, quality/verdicts/timeline-r26.md):
    nothing; only a short run holding the date, at the start, end or middle ("In 1850, X did
    Y" -> "X did Y"); more at the start or end only; at both; or words the sentence has not
    at that place (rewritten: a pronoun named, a date phrase's words changed)."""
    text, sentence = _words(item["text"].rstrip(". ")), _words(item["sentence"].rstrip(". "))
    if text == sentence:
        return "whole"
    head = next((i for i, (a, b) in enumerate(zip(text, sentence)) if a != b), min(len(text), len(sentence)))
    tail = next((i for i, (a, b) in enumerate(zip(text[::-1], sentence[::-1])) if a != b),
                min(len(text), len(sentence)))
    if head + tail < len(text):
        return "rewritten / cut in several places"
    gap = sentence[head:len(sentence) - tail]
    where = "opening" if head == 0 else "closing" if tail == 0 else "middle"
    if len(gap) <= 5 and any(w[:1].isdigit() or w in MONTHS for w in gap):
        return f"date phrase only, {where}"
    return {"opening": "more cut at the start", "closing": "more cut at the end"}.get(where, "cut in the middle")


def size(item: dict) -> str:
    n = len(_words(item["text"]))
    return "<= 8 words" if n <= 8 else "9-15" if n <= 15 else "16-25" if n <= 25 else "26-40" if n <= 40 else "> 40"


def dates_in_sentence(item: dict) -> str:
    n = len(set(re.findall(r"\b1\d{3}\b|\b20\d{2}\b", item["sentence"])))
    return "0-1 year" if n <= 1 else "2 years" if n == 2 else "3+ years"


def lifespan(item: dict) -> str:
    """The lead's biography sentence: a name, a bracket holding the birth–death dates."""
    life = re.search(r"\([^)]*\d{3,4}[^)]*[–-][^)]*\d{3,4}[^)]*\)", item["sentence"])
    return "birth–death bracket" if life else "no"


YEAR = re.compile(r"\b(1\d{3}|20\d{2})\b")


def _connective_opening(item: dict) -> bool:
    """The printed text opens with a discourse connective ("However, ...": the timeline
    now drops it, `readable.without_connective`)."""
    from pack.extract.timeline.readable import without_connective

    return without_connective(item["text"], item["lang"]) != item["text"]


def other_year_printed(item: dict) -> str:
    """The printed text writes a year that is not in its printed date."""
    return "yes" if set(YEAR.findall(item["text"])) - set(YEAR.findall(item["date"])) else "no"


SHAPES = {
    "language": lambda i: i["lang"],
    "date kind": lambda i: date_kind(i["date"], i["sentence"]),
    "date place in sentence": lambda i: date_place(i["date"], i["sentence"]),
    "text opening": opening,
    "pronoun or pointer opening, by kind": pointer_kind,
    "whole sentence or cut": whole_or_cut,
    "what was cut (round 26)": cut_kind,
    "what was cut x another year in the sentence": lambda i: f"{cut_kind(i)}, "
    f"{'another year' if set(YEAR.findall(i['sentence'])) - set(YEAR.findall(i['date'])) else 'one year'}",
    "length of printed text": size,
    "years in the sentence": dates_in_sentence,
    "lead biography sentence": lifespan,
    "bracket in sentence": lambda i: "yes" if "(" in i["sentence"] else "no",
    "bracket in printed text": lambda i: "yes" if "(" in i["text"] else "no",
    "quote in printed text": lambda i: "yes" if re.search(r"[\"“”]", i["text"]) else "no",
    "which/who-clause cut": lambda i: "yes" if re.search(r", (which|who|where|yang)\b", i["sentence"])
    and not re.search(r", (which|who|where|yang)\b", i["text"]) else "no",
    "list in sentence (2+ commas and and/dan)": lambda i: "yes" if i["sentence"].count(",") >= 2
    and re.search(r"\b(and|dan|serta)\b", i["sentence"]) else "no",
    "printed text writes another year than its date": other_year_printed,
    "opens with a connective (opening_connectives)": lambda i: "yes" if _connective_opening(i) else "no",
    "years in the sentence x date place": lambda i: f"{dates_in_sentence(i)}, {date_place(i['date'], i['sentence'])}",
    "another year printed x whole or cut": lambda i: f"{other_year_printed(i)}, {whole_or_cut(i)}",
}


# The cause of a wrong verdict, read from the reader's reason by keywords, the first
# cause that matches (round 25's count, quality/verdicts/timeline-r25.md). Rough: a
# reason naming two faults counts for the first; spot-check with --causes CAUSE.
CAUSES = (
    ("not an event (bibliography, forecast, description, judgement)",
     r"bibliograph|not an event|not a (timeline|real|single)|no (real|event)|forecast|description|not a dated"
     r"|no event|state(ment)?,? not|general|lead sentence|opinion|assertion|title|reference|caption|list of"
     r"|a claim|publication"),
    ("date from a number that is not a date",
     r"not a date|is a (number|count|quantity|model|page|price|figure|height|measure)|number|model name"
     r"|population|km|metres|target year|not when"),
    ("date of another clause or aside",
     r"belongs to|is the (date|year) of|not the event'?s? date|refers to|1[0-9]{3} is |[0-9]{4} is (when|the)"
     r"|is when|dates the|happened in|was in [0-9]|not in [0-9]|the date (belongs|is for)|until|span|range"
     r"|since|as of|not (the )?(date|year) of|wrong (date|year)|date should|should be [0-9]|date .*wrong"
     r"|not [0-9]{4}|printed date|date label"),
    ("pointer to something cut away (pronoun, 'the X', 'also', 'the same year')",
     r"referent|unresolved|never named|not named|unnamed|unexplained|unclear|dangl|points? back|of what|to what"
     r"|whose|pronoun|'this|'these|'that|'it'|'they|the same year|later'|subsequent|following day|no country"
     r"|missing|is never|antecedent|context|without (the|saying)|undefined|vague|'also'|not say|who"),
    ("fragment or broken text where the date phrase was cut",
     r"fragment|broken|garbled|stray|leftover|left where|no subject|no verb|ungrammatical|truncat"
     r"|cut (off|before|mid)|…|ends|incomplete|not a (readable|complete|full) sentence|meaningless|nonsense"
     r"|makes no sense|overlong|too long"),
    ("wrong person or subject put in", r"wrong person|wrong subject|it was .* not"),
    ("date wrong or imprecise", r"date|year"),
)


def cause(verdict: str) -> str:
    """The cause of a wrong verdict (`CAUSES`), "other" when no keyword matches."""
    return next((name for name, pattern in CAUSES if re.search(pattern, verdict, re.I)), "other")


# Round 27's finer count (issue 13's brief): each wrong verdict may name several
# faults; every fault whose keywords the reason holds counts once. Rough as CAUSES.
FAULTS = (
    ("date: range cut to one end", r"range|span|spanned|both ends|only (the|one) (start|end|first|last)|split from"
     r"|covers only|not just|, not '?until|date should be [^;]*[–-]|should be \d+[–-]"),
    ("date: year of another clause or aside", CAUSES[2][1]),
    ("date: month or day lost or wrong", r"\bmonth\b|\bday\b|the day|exact day"),
    ("date: 'since'/'until' misread", r"'since|\"since|'until|\"until|since' |ongoing"),
    ("date: approximate shown exact, or not a date", r"approximat|circa|\bc\. ?\d|estimat|not a date|is a number"),
    ("text: cut debris (fragment, broken join, truncated)", CAUSES[4][1]),
    ("text: dangling reference (pronoun, 'the X', 'also', 'later')", CAUSES[3][1]),
    ("text: name put in wrongly", r"wrong(ly)? (person|subject|name|word)|resolved to|replaced by|it was .* not"),
    ("text: no subject", r"no subject|subject (dropped|missing|lost)|missing (article|subject)"),
    ("not an event or trivial", CAUSES[0][1] + r"|trivial|background|filler"),
)


# Issue 13's pointer count (round 27, quality/verdicts/timeline-pointers-r27.md): the
# words and phrases that point at text an entry may not print, by language.
POINTER_WORDS = {"en": ["it", "its", "they", "their", "them", "this", "these", "those", "there", "here", "he", "she",
                        "his", "her", "him", "such", "the same", "the situation", "the exception", "the former",
                        "the latter", "the other"],
                 "id": ["ia", "dia", "mereka", "beliau", "ini", "itu", "tersebut", "-nya", "di sana", "di sini",
                        "ke sana", "hal"]}
EXPLETIVE_THERE = re.compile(r"\bthere (is|was|were|are|had|has|have)\b", re.I)


def pointer_uses(item: dict) -> list[str]:
    """ "word / first" or "word / later" for each pointer word of `POINTER_WORDS` the
    printed text holds (where the first one stands); "there" before a verb of being is
    "there (expletive)"; "-nya" is a word of more than five letters ending in it."""
    words = _words(item["text"])
    found = []
    for pointer in POINTER_WORDS[item["lang"]]:
        if pointer == "-nya":
            at = [i for i, w in enumerate(words) if w.endswith("nya") and len(w) > 5]
        else:
            size = len(pointer.split())
            at = [i for i in range(len(words)) if " ".join(words[i:i + size]) == pointer]
        if at:
            name = "there (expletive)" if pointer == "there" and EXPLETIVE_THERE.search(item["text"]) else pointer
            found.append(f"{name} / {'first' if at[0] == 0 else 'later'}")
    return found


def pointers_table(rows: list[dict]) -> list[str]:
    """Markdown: each pointer word by language and place (`pointer_uses`), the judged
    items that print it, how many were judged ok and wrong."""
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        for use in pointer_uses(r):
            counts[(r["lang"], use)][0] += 1
            counts[(r["lang"], use)][1] += r["ok"]
    lines = ["| lang | pointer / place | n | ok | wrong |", "|---|---|---|---|---|"]
    for (lang, use), (n, ok) in sorted(counts.items(), key=lambda kv: (kv[0][0], -kv[1][0])):
        lines.append(f"| {lang} | {use} | {n} | {ok} | {n - ok} |")
    return lines


def faults_table(rows: list[dict]) -> list[str]:
    """Markdown: the wrong verdicts by every fault named (`FAULTS`), the items and the
    articles (of how many) that have it; a verdict may count under several."""
    wrong = [r for r in rows if not r["ok"]]
    lines = [f"{len(wrong)} wrong verdicts of {len(rows)} items, {len({r['article'] for r in wrong})} articles", "",
             "| fault | wrong items | articles |", "|---|---|---|"]
    for name, pattern in FAULTS:
        hit = [r for r in wrong if re.search(pattern, r["verdict"], re.I)]
        lines.append(f"| {name} | {len(hit)} | {len({(r['set'], r['article']) for r in hit})} |")
    none = [r for r in wrong if not any(re.search(p, r["verdict"], re.I) for _, p in FAULTS)]
    return lines + [f"| (none of these) | {len(none)} | {len({(r['set'], r['article']) for r in none})} |"]


def causes_table(rows: list[dict]) -> list[str]:
    """Markdown: the wrong verdicts by cause, all sets and each set."""
    wrong = [r for r in rows if not r["ok"]]
    sets = sorted({r["set"] for r in wrong}, key=lambda s: (len(s), s))
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for r in wrong:
        counts[cause(r["verdict"])][r["set"]] += 1
    lines = ["| cause | all | " + " | ".join(sets) + " |", "|---|---|" + "---|" * len(sets)]
    for name, by_set in sorted(counts.items(), key=lambda kv: -sum(kv[1].values())):
        lines.append(f"| {name} | {sum(by_set.values())} | " + " | ".join(str(by_set[s]) for s in sets) + " |")
    return lines


def as_event(item: dict):
    """The judged item as a `TimelineEvent`, its date read back from the printed date."""
    from pack.extract.timeline import date_values as dv
    from pack.extract.timeline.dates import scan
    from pack.model import TimelineEvent

    found = [m for m in scan(item["date"], item["lang"]) if m.value and m.value.first_year() is not None]
    event = TimelineEvent(iso="", precision="year", date_text=item["date"], text=item["text"],
                          sentence=item["sentence"])
    if found:
        m = found[0]
        event.precision = m.precision
        event.datetime = f"{m.value.first_year():04d}" if m.value.first_year() >= 0 else ""
        end = m.end_value.first_year() if m.end_value else m.value.last_year()
        event.end_datetime = f"{end:04d}" if end and end != m.value.first_year() else ""
        event.iso = dv.iso(m.value, m.end_value)
    return event


def redated(item: dict) -> str:
    """The date this branch prints for the item when it differs from the judged one
    (`readable.told_as_span`: an entry telling other events' years is dated by all of them)."""
    from pack.extract.timeline.readable import told_as_span

    event = as_event(item)
    before = event.date_text
    after = told_as_span(event, item["lang"]).date_text
    return after if after != before else ""


def entries_of(item: dict, events) -> list[str]:
    """The entries ("date · text") of `events` told from the item's source sentence."""
    start = item["sentence"][:SENTENCE_KEY]
    return [f"{e.date_text} · {e.text}" for e in events if e.sentence.strip().startswith(start)]


def today(item: dict, timelines: dict) -> list[str]:
    """The entries the timeline prints today for the item's sentence; `timelines`
    keeps each (set, article)'s events, extracted once."""
    from pack.extract.timeline import extract_timeline
    from pack.read import read_article

    key = (item["set"], item["article"])
    if key not in timelines:
        path = ROOT / item["set"] / f"{item['article']}.txt"
        timelines[key] = extract_timeline(read_article(path)).events if path.exists() else []
    return entries_of(item, timelines[key])


def now_report(rows: list[dict], entries) -> list[str]:
    """Each item with its verdict and `entries(item)`, today's entries of its sentence,
    marked "same" when one of them is the judged entry as printed; then the counts."""
    lines, same, gone = [], 0, 0
    for r in rows:
        found = entries(r)
        judged = f"{r['date']} · {r['text']}"
        same += judged in found
        gone += not found
        lines += [("OK   " if r["ok"] else "WRONG") + f" {r['set']} {r['n']} {judged}", f"    verdict: {r['verdict']}"]
        lines += [f"    today{' (same)' if e == judged else ''}: {e}" for e in found] or ["    today: (no entry)"]
    return lines + [f"{len(rows)} items: {same} printed as judged today, {len(rows) - same - gone} otherwise, "
                    f"{gone} with no entry from their sentence"]


def _has_shape(row: dict, spec: str) -> bool:
    """Whether `row` has the shape value `spec` ("SHAPE=VALUE")."""
    name, value = spec.split("=", 1)
    return SHAPES[name](row) == value


def table(rows: list[dict], name: str, shape) -> list[str]:
    counts = defaultdict(lambda: [0, 0])
    for r in rows:
        c = counts[shape(r)]
        c[0] += 1
        c[1] += r["ok"]
    lines = [f"### {name}", "", "| shape | n | ok | rate |", "|---|---|---|---|"]
    for value, (n, ok) in sorted(counts.items(), key=lambda kv: -kv[1][0]):
        lines.append(f"| {value} | {n} | {ok} | {ok / n:.0%} |")
    return lines + [""]


# Issue 13's fault classes by their printed shape (round 28, quality/verdicts/timeline-r28.md):
# counted over every entry the timeline prints for the sets' articles, judged or not, to
# tell how general a class is. Rough regular expressions on the printed text.
PRINTED_SHAPES = {
    "subject pronoun after an opening phrase (', he ...')":
        re.compile(r"^[^,;]{3,140}?, (he|she|they|it|ia|dia|mereka|beliau) ", re.I),
    "opens with a person pronoun (He/She/They/His/Her/Ia/Dia/Mereka)":
        re.compile(r"^(he|she|they|his|her|their|ia|dia|mereka|beliau)\b", re.I),
    "opens with a pointer (This/These/Such/Both/Its/'N ini'/'N tersebut')":
        re.compile(r"^(this|these|those|such|both|that|its|the latter|the former|the same|\w+ (ini|tersebut|itu))\b",
                   re.I),
    "opening phrase pointing at the time before ('During this period,', 'Setelah itu,')":
        re.compile(r"^(before|after|during|around|at|not long|setelah|sesudah|sebelum|pada|saat|ketika|waktu)"
                   r"[^,]{0,20}\b(this|that|then|thereafter|itu)\b[^,]{0,12},", re.I),
    "opens with 'The N' before its verb ('The company was bought', 'The team played'; round 29)":
        re.compile(r"^The (?!first|last|same)[a-z]+ (?:[a-z]+ed|was|were|is|are|has|had|have|became|began|won|"
                   r"went|took|left|made|grew|rose|fell|came|held|hosted|again|also)\b"),
    "'the same year' / 'that year' / 'tahun yang sama' inside":
        re.compile(r"the same (year|month|day)|later that year|\bthat year|tahun yang sama|tahun (itu|tersebut)", re.I),
    "his/her/their/its before any capitalised name (after the first word)":
        re.compile(r"^\S+(?:\s+(?![A-Z])\S+)*?\s+(his|her|their|its)\s"),
    "another year printed than its date": None,
}


def printed_table(sets: tuple[str, ...]) -> list[str]:
    """Markdown: each `PRINTED_SHAPES` class, the entries (and key entries) the timeline
    prints today for every article of the sets that have it."""
    from pack.extract.timeline import extract_timeline
    from pack.read import read_article

    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    total = [0, 0]
    for fresh in sets:
        for path in sorted((ROOT / fresh).glob("*.txt")):
            for e in extract_timeline(read_article(path)).events:
                total[0] += 1
                total[1] += e.key
                for name, pattern in PRINTED_SHAPES.items():
                    hit = set(YEAR.findall(e.text)) - set(YEAR.findall(e.date_text)) if pattern is None \
                        else pattern.search(e.text)
                    if hit:
                        counts[name][0] += 1
                        counts[name][1] += e.key
    lines = [f"{total[0]} printed entries ({total[1]} key) of sets {', '.join(sets)}", "",
             "| printed shape | entries | key |", "|---|---|---|"]
    return lines + [f"| {name} | {counts[name][0]} | {counts[name][1]} |" for name in PRINTED_SHAPES]


def _sets(spec: str) -> tuple[str, ...]:
    """The fresh sets `--sets` names (`design`, `check` or "fresh2,fresh3"); () for all."""
    named = {"design": DESIGN, "check": CHECK}
    return named.get(spec) or tuple(s for s in spec.split(",") if s)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", metavar="SHAPE=VALUE", help="print the items of one shape's value")
    parser.add_argument("--rule", action="store_true",
                        help="list the items `readable.told_as_span` dates otherwise (to judge by hand)")
    parser.add_argument("--causes", nargs="?", const="", metavar="CAUSE",
                        help="the wrong verdicts by cause (a table), or the items of one cause")
    parser.add_argument("--faults", action="store_true",
                        help="the wrong verdicts by every fault the reason names (round 27's finer count)")
    parser.add_argument("--pointers", action="store_true",
                        help="the judged items by pointer word and its place, ok and wrong (issue 13)")
    parser.add_argument("--now", metavar="SHAPE=VALUE",
                        help="each item of one shape's value (or `all` items) with its verdict and today's entries of its sentence")
    parser.add_argument("--printed", action="store_true",
                        help="count the fault classes' shapes over every entry printed today for the sets' articles")
    parser.add_argument("--sets", default="", metavar="design|check|NAMES",
                        help="read only these fresh sets: `design` (fresh..fresh11, fresh15, fresh16), `check` "
                        "(fresh12..fresh14) or names joined by commas (default: every seen set)")
    args = parser.parse_args()
    if args.printed:
        print("\n".join(printed_table(_sets(args.sets) or DESIGN)))
        return
    rows = list(items(_sets(args.sets)))
    if args.causes is not None:
        chosen = [r for r in rows if not r["ok"] and cause(r["verdict"]).startswith(args.causes)]
        print("\n".join(causes_table(rows) if not args.causes else
                        [f"{r['set']} {r['n']} {r['date']} · {r['text']}\n    {r['verdict']}" for r in chosen]))
        return
    if args.faults:
        print("\n".join(faults_table(rows)))
        return
    if args.pointers:
        print("\n".join(pointers_table(rows)))
        return
    if args.now:
        timelines: dict = {}
        chosen = rows if args.now == "all" else [r for r in rows if _has_shape(r, args.now)]
        print("\n".join(now_report(chosen, lambda r: today(r, timelines))))
        return
    if args.list:
        name, value = args.list.split("=", 1)
        for r in rows:
            if SHAPES[name](r) == value:
                print(("OK   " if r["ok"] else "WRONG"), r["set"], r["n"], r["date"], "·", r["text"])
        return
    ok = sum(r["ok"] for r in rows)
    print(f"Pooled: {ok}/{len(rows)} ({ok / len(rows):.0%}) judged items\n")
    if args.rule:
        for r in rows:
            if redated(r):
                print(("OK   " if r["ok"] else "WRONG"), r["set"], r["n"], r["date"], "->", redated(r), "·", r["text"])
        return
    for name, shape in SHAPES.items():
        print("\n".join(table(rows, name, shape)))


if __name__ == "__main__":
    main()
