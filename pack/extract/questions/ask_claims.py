"""Evaluation and comparison questions from claims: historians' views and the text's own.

Stage: extract (question generator). Inputs: a `QuestionContext`. Outputs:
`Candidate`s "Menurut <sejarawan>, <klaim>. Sejauh mana Anda setuju?
Gunakan bukti dari bab ini." (evaluate), "Bandingkan pendapat A dan B
tentang <topik>." when two people's claims in one paragraph share a topic
(analyze), "Apa perbedaan antara A dan B?" where the text itself contrasts
them ("Tidak seperti A, B ..."), and "Teks ini menyatakan bahwa ..." for
the text's own evaluative statements. `claims()` is also used for the
whole-book question about the historians quoted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import combinations
from typing import Iterator

from pack.extract.questions.candidate import Candidate, content_words, evidence, point, referents_ok
from pack.extract.questions.clauses import fit, opens_with_subject
from pack.extract.questions.context import QuestionContext
from pack.extract.questions.kinds_of_text import chapter_kind
from pack.extract.questions.names import names_in, sentence_subject
from pack.extract.questions.sentences import WORD
from pack.extract.questions.sentences import QuestionSentence, cut_clause, strip_end, strip_fronted, tidy


@dataclass(frozen=True)
class Claim:
    """A claim the article gives to someone (who holds it, their name, the claim), to ask about."""

    holder: str          # as the text introduces them: "sejarawan Robert Service"
    name: str            # the person: "Robert Service"
    surface: str         # the name as this sentence writes it: "Service"
    text: str            # the claim, ready for a question
    raw: str             # the claim as written, for the answer key
    sentence: QuestionSentence
    historian: bool


def claims(ctx: QuestionContext) -> list[Claim]:
    """Every claim the article attributes to a named person."""
    return list(ctx.once("claims", _claims))


def _claims(ctx: QuestionContext) -> list[Claim]:
    found = []
    for sentence in ctx.sentences:
        for holder, raw in [*_according_to(ctx, sentence), *_claim_verb(ctx, sentence)]:
            claim = _claim(ctx, sentence, holder, raw)
            if claim:
                found.append(claim)
    return found


def claim_questions(ctx: QuestionContext) -> Iterator[Candidate]:
    found = claims(ctx)
    for claim in found:
        key = "claim_historian" if claim.historian else "claim_other"
        if ctx.is_subject(claim.name):
            key = "claim_subject"
        short = ctx.names.short(claim.name)
        text = ctx.ql.template(key).format(holder=claim.holder, claim=claim.text, short=short)
        yield Candidate(text, "evaluate", "evaluate-claim", claim.sentence, focus=claim.surface,
                        points=evidence(ctx, claim.sentence, claim.raw, first=claim.raw),
                        bonus=0.2 if claim.historian else -0.2 - 0.2 * ctx.is_subject(claim.name),
                        topic=claim.name)
    yield from _compare_views(ctx, found)
    yield from _contrasts(ctx)
    yield from _text_claims(ctx)


# ------------------------------------------------------------ finding claims


def _according_to(ctx: QuestionContext, sentence: QuestionSentence):
    """"Menurut sejarawan Robert Service, Stalin telah menjadi ..."."""
    match = ctx.ql.pattern("markers", "according_to", prefix=r"^").match(sentence.text)
    if match:
        comma = sentence.text.find(", ", match.end())
        if comma > 0:
            yield sentence.text[match.end(): comma].strip(), sentence.text[comma + 2:]


def _claim_verb(ctx: QuestionContext, sentence: QuestionSentence):
    """"Robert Service berpendapat bahwa ..." / "Stahl stated that ..."."""
    for match in ctx.ql.pattern("markers", "claim_verbs").finditer(sentence.text):
        before = strip_fronted(sentence.text[: match.start()].strip(), ctx.ql)[0]
        if ";" in before or len(WORD.findall(before)) > 7:
            continue
        yield before, sentence.text[match.end():]


def _claim(ctx: QuestionContext, sentence: QuestionSentence, holder: str, raw: str) -> Claim | None:
    name, surface = _holder_name(ctx, sentence, holder)
    if not name:
        return None
    kept = strip_end(cut_clause(raw, ctx.ql))
    if _denied_half(ctx, raw, kept):
        return None
    raw = kept
    raw = re.sub(r"[.!?]+([\"”’])$", r"\1", raw)
    if not raw or raw[:1] in ",":
        return None
    text = ctx.resolve(raw, sentence, inner=False, here=True) if not raw[:1] in "\"“" else raw
    if not text or not fit(tidy(text, ctx.ql), ctx.ql, min_words=4, max_words=32) or not referents_ok(text, ctx, sentence):
        return None
    if holder.casefold() in ctx.ql.person_pronouns:
        holder = name
    elif sentence.text.startswith(holder):
        holder = ctx.cases.lowered(holder)      # "Sejarawan Kevin McDermott berpendapat ..."
    return Claim(holder, name, surface, tidy(text, ctx.ql), raw, sentence, _is_historian(ctx, holder, name))


def _denied_half(ctx: QuestionContext, raw: str, kept: str) -> bool:
    """The claim was cut before the half it asserts: "nasionalisme Indonesia tidaklah bersifat
    kultural, tetapi murni bersifat politik" kept as "... tidaklah bersifat kultural" asks the
    reader to weigh what the holder only denied (`[words] corrections`, `negations`)."""
    at = raw.find(kept) if kept else -1
    rest = WORD.findall(raw[at + len(kept):]) if at >= 0 else []
    if not rest or rest[0].casefold() not in ctx.ql.words_in("words", "corrections"):
        return False
    negations = ctx.ql.words_in("words", "negations")
    return any(w.casefold() in negations for w in WORD.findall(kept))


def _holder_name(ctx: QuestionContext, sentence: QuestionSentence, holder: str) -> tuple[str, str]:
    """(full name, name as written here) of the person who holds the claim; ("", "") if none."""
    if holder.casefold() in ctx.ql.person_pronouns:
        person = ctx.antecedent(sentence, inner=False)
        return person, person if person in sentence.text else ""
    if "," in holder:
        return "", ""     # "bukunya, The Great Terror, Robert Conquest": not one name
    runs = names_in(holder, ctx.ql, ctx.cases)
    if not runs or not holder.rstrip().endswith(runs[-1][0]):
        return "", ""
    name = runs[-1][0]
    before = holder[: runs[-1][1]].split()
    if not all(w.casefold() in ctx.ql.person_titles or ctx.names.cases.is_name_word(w) or ctx.ql.historian.search(w)
               for w in before):
        return "", ""
    if ctx.is_subject(name):
        return ctx.subject.short, name     # the subject's own views ("Menurut Stalin, ...")
    if not ctx.names.is_person(name):
        return "", ""
    return ctx.names.full_name(name), name


def _is_historian(ctx: QuestionContext, holder: str, name: str) -> bool:
    if ctx.is_subject(name):
        return False
    if ctx.ql.historian.search(holder):
        return True
    last = name.split()[-1]
    return any(ctx.ql.historian.search(s.text[max(0, s.text.find(last) - 40): s.text.find(last)])
               for s in ctx.sentences if last in s.text)


# ------------------------------------------------------------ comparing


def _compare_views(ctx: QuestionContext, found: list[Claim]) -> Iterator[Candidate]:
    """Two people's claims in one paragraph that share a topic: two historians, or two
    participants (chemists arguing over alum), never one of each."""
    by_paragraph: dict[str, list[Claim]] = {}
    for claim in found:
        by_paragraph.setdefault(claim.sentence.ref.paragraph_id, []).append(claim)
    for group in by_paragraph.values():
        best = None
        for a, b in combinations(group, 2):
            # A historian's judgement and a participant's remark are no two views of one question.
            if a.name == b.name or a.historian != b.historian:
                continue
            topic = _shared_topic(ctx, a.raw, b.raw)
            if topic and (best is None or len(topic.split()) > len(best[2].split())):
                best = (a, b, topic)
        if best:
            a, b, topic = best
            text = ctx.ql.template("compare_views").format(a=a.name, b=b.name, topic=topic)
            yield Candidate(text, "analyze", "compare", a.sentence, focus=a.surface,
                            points=[point(f"{a.name}: {a.raw}", ctx), point(f"{b.name}: {b.raw}", ctx)],
                            bonus=0.1 * len(topic.split()), topic=f"{a.name}|{b.name}")


def _shared_topic(ctx: QuestionContext, first: str, second: str) -> str:
    """The longest run of words both claims use, starting and ending on a content word."""
    a = WORD.findall(first)
    b_text = " " + " ".join(w.casefold() for w in WORD.findall(second)) + " "
    wanted = content_words(first, ctx) & content_words(second, ctx)
    best = ""
    for i in range(len(a)):
        for j in range(i + 1, min(len(a), i + 6) + 1):
            words = a[i:j]
            if words[0].casefold() not in wanted or words[-1].casefold() not in wanted:
                continue
            if any(ctx.ql.is_verb(w) for w in words):
                continue      # "menjadi orang" is no topic
            if f" {' '.join(w.casefold() for w in words)} " in b_text and len(words) > len(best.split()):
                best = " ".join(words)
    if len(best.split()) == 1 and not (ctx.cases.is_name_word(best) or ctx.is_subject(best)):
        return ""        # one common word ("negara") is too thin a topic
    article = ctx.ql.template("definite_article")
    if best and article and best[:1].islower():
        best = f"{article} {best}"     # "on the base of alum"
    return best


def _contrasts(ctx: QuestionContext) -> Iterator[Candidate]:
    """ "Tidak seperti A, B ..." -> "Apa perbedaan antara B dan A menurut bab “...”?"."""
    pattern = ctx.ql.pattern("markers", "contrast", prefix=r"^")
    for sentence in ctx.sentences:
        match = pattern.match(sentence.text)
        comma = sentence.text.find(", ", match.end()) if match else -1
        if comma < 0:
            continue
        others = [n for n, _ in names_in(sentence.text[match.end(): comma], ctx.ql, ctx.cases)]
        subject, plural = sentence_subject(sentence.text[comma + 2:], ctx.ql, ctx.names)
        if len(others) != 1 or not subject or plural or subject == others[0]:
            continue
        if not (ctx.names.is_person(subject) or ctx.is_subject(subject)) or not ctx.names.is_person(others[0]):
            continue      # compare people with people, not "ia" with "Baltik"
        # The chapter named, not "this chapter": a question is printed apart from its chapter.
        text = ctx.ql.template("compare").format(a=subject, b=others[0], place=ctx.place_of(sentence.ref.paragraph_id))
        yield Candidate(text, "analyze", "compare", sentence, focus=others[0],
                        points=evidence(ctx, sentence, sentence.text, first=sentence.text),
                        topic=f"{subject}|{others[0]}")


def _describes(ctx: QuestionContext, clause: str) -> bool:
    """Every evaluative word of the clause stands before a noun that is no judgement's
    ("cattle were the most important livestock", "Turing solved the essential part of the
    naval indicator system"): the text states a fact, it weighs nothing. Only where
    adjectives come before their noun (English)."""
    if not ctx.ql.question_words.get("adjectives_before_nouns"):
        return False
    judged = ctx.ql.words_in("markers", "judgement_nouns")
    for match in ctx.ql.evaluative.finditer(clause):
        after = clause[match.end():]
        following = re.match(r"\s+([a-z][\w-]*)", after)
        if not following or following.group(1) in ctx.ql.function_words or following.group(1) in judged \
                or ctx.ql.evaluative.match(after.lstrip()):
            return False
    return True


def _text_claims(ctx: QuestionContext) -> Iterator[Candidate]:
    """The text's own judgements ("... menjadi titik balik ...") to weigh against its evidence."""
    verbs = ctx.ql.pattern("markers", "claim_verbs")
    according = ctx.ql.pattern("markers", "according_to")
    for sentence in ctx.sentences:
        text = sentence.text
        if not ctx.ql.evaluative.search(text) or verbs.search(text) or according.search(text):
            continue
        clause = cut_clause(text, ctx.ql)
        body, fronted = strip_fronted(clause, ctx.ql)
        # A judgement in the text's own words, not in a name ("American Revolutionary War").
        if not any(m.group(0).islower() for m in ctx.ql.evaluative.finditer(clause)) \
                or not opens_with_subject(body, ctx.ql) or _describes(ctx, clause):
            continue
        resolved = ctx.resolve(body, sentence, inner=False, here=True)
        if not resolved or not fit(resolved, ctx.ql, min_words=5, max_words=26) or not referents_ok(clause, ctx, sentence):
            continue
        claim = tidy(f"{fronted}, {resolved}" if fronted else resolved, ctx.ql)
        claim = ctx.cases.lowered(claim) if claim[:1].isupper() else claim
        # A process or place states facts, not judgements to weigh ("The text states that
        # prokaryotic cells were the first form of life. To what extent do you agree?").
        template = ctx.form("claim_text", chapter_kind(ctx, sentence.ref.chapter_id))
        if not template:
            continue
        text = template.format(claim=claim)
        yield Candidate(text, "evaluate", "evaluate-claim", sentence, focus=body,
                        points=evidence(ctx, sentence, body, first=body), bonus=-0.6)
