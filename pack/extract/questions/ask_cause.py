"""Cause and effect questions: "Mengapa ...?", "Apa yang memicu ...?", "Explain why ...".

Stage: extract (question generator). Inputs: a `QuestionContext`. Outputs:
`Candidate`s built over the cause and effect markers of the language data:
"<sebab>, sehingga <akibat>", "<akibat> karena <sebab>", "<sebab> memicu
<akibat>", "<akibat> disebabkan oleh <sebab>". The effect clause becomes
the question, the cause the first answer point. A clause is used only when
it has its own subject (or a person pronoun we can resolve) and names what
it talks about; otherwise the candidate is dropped, never patched.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator

from pack.extract.questions.candidate import (Candidate, clean_for_question, content_words, evidence,
                                         referents_ok)
from pack.extract.questions.clauses import (first_clause, fit, headless, noun_phrase, opens_with_active_verb,
                                       opens_with_subject, points_back, specific, fronted_scope, with_scope)
from pack.extract.questions.context import QuestionContext
from pack.extract.questions.kinds_of_text import head_of, lead_head
from pack.extract.questions.sentences import WORD, QuestionSentence, cut_clause, strip_end, strip_fronted
from pack.text.language import Language, phrase_pattern
from pack.lang.schema import tunables_of

# Thresholds, each declared with why in pack/lang/schema.toml [tunables].
(AMOUNT_WORDS, BARE_WORDS, VERB_STEM) = tunables_of(__name__)


# The marker lists each kind of cause question is built on (all under [markers]).
MARKER_LISTS = ("result", "reason", "causal_verbs", "caused_by")


def cause_questions(ctx: QuestionContext) -> Iterator[Candidate]:
    any_marker = ctx.ql.once("cause_markers", _any_marker)
    for sentence in ctx.sentences:
        if not any_marker.search(sentence.text):
            continue      # each question below needs one of the markers, wherever it stands
        if _from_viewpoint(sentence.text, ctx):
            continue
        yield from _result_marker(ctx, sentence)
        yield from _reason_marker(ctx, sentence)
        yield from _causal_verb(ctx, sentence)
        yield from _caused_by(ctx, sentence)


def _any_marker(ql: Language) -> re.Pattern:
    """Any marker of `MARKER_LISTS` at the start of a word: where this finds
    none, none of the markers' own patterns (the same words, after a comma
    and spaces, at the start of the sentence or of a word, with a word's end
    after them) can match. One search of most sentences instead of one per
    marker list."""
    markers = ql.markers
    return phrase_pattern([w for key in MARKER_LISTS for w in markers.get(key, [])], suffix="")


# ------------------------------------------------------------ markers


def _result_marker(ctx: QuestionContext, sentence: QuestionSentence) -> Iterator[Candidate]:
    """"<cause>, sehingga <effect>" and "Akibatnya, <effect>" (cause: the sentence before)."""
    text = sentence.text
    mid = ctx.ql.pattern("markers", "result", prefix=r"[,;]\s+")
    for match in mid.finditer(text):
        effect = cut_clause(text[match.end():].lstrip(", "), ctx.ql)
        cause = _last_clause(text[: match.start()], ctx)
        # "Di negara-negara Baltik, ..., sehingga 142.000 orang dideportasi": the place the
        # sentence fronts is where the effect happened too; without it, deported from where?
        scope = fronted_scope(text[: match.start()], ctx.ql)
        for found in _effect_clause(ctx, sentence, effect, cause, inner=True):
            yield replace(found, text=with_scope(found.text, scope)) \
                if scope.casefold() not in found.text.casefold() else found
    start = ctx.ql.pattern("markers", "result", prefix=r"^")
    match = start.match(text)
    if match and text[match.end():].startswith(",") and sentence.index > 0:
        before = ctx.by_paragraph[sentence.ref.paragraph_id][sentence.index - 1]
        effect = cut_clause(text[match.end() + 1:].strip(), ctx.ql)
        yield from _effect_clause(ctx, sentence, effect, before.text, inner=False)


def _reason_marker(ctx: QuestionContext, sentence: QuestionSentence) -> Iterator[Candidate]:
    """"<effect> karena <cause>" and "Karena <cause>, <effect>"."""
    text = sentence.text
    refuse = ctx.ql.pattern("markers", "not_reason")
    for match in ctx.ql.pattern("markers", "reason").finditer(text):
        if refuse.match(text, match.start()):
            continue
        if not text[: match.start()].strip() or text[: match.start()].rstrip()[-1] in ";:":
            # Fronted: "Karena <cause>, <effect>" (also after a semicolon).
            comma = text.find(", ", match.end())
            if comma < 0:
                continue
            cause, effect = text[match.end(): comma], first_clause(text[comma + 2:], ctx.ql)
            yield from _why(ctx, sentence, effect, cause, inner=match.start() > 0)
            continue
        before = text[: match.start()].rstrip(" ,")
        effect, inner = _tail_clause(before, ctx)
        if _reported_or_hypothetical(strip_fronted(effect, ctx.ql)[0], ctx) or _leans_on_before(before, effect, ctx):
            continue      # "... menunjukkan bahwa Stalin meninggal akibat ...", "..., dan perang ... karena"
        if ctx.ql.pattern("markers", "reason").search(effect):
            continue      # two reasons in a row: which one explains what is unclear
        cause = first_clause(text[match.end():], ctx.ql)
        yield from _why(ctx, sentence, effect, cause, inner=inner)


def _causal_verb(ctx: QuestionContext, sentence: QuestionSentence) -> Iterator[Candidate]:
    """"<cause> memicu <effect>": ask for the cause, and for the effects of the cause."""
    text, ql = sentence.text, ctx.ql
    blockers = set(ql.markers.get("causal_blockers", []))
    need_name = set(ql.markers.get("causal_verbs_need_name", []))
    for match in ql.pattern("markers", "causal_verbs").finditer(text):
        before = text[: match.start()].rstrip()
        if not before or before.split()[-1].casefold() in blockers:
            continue      # "untuk memicu ...", "could lead to ...": not a cause stated
        if _reported_or_hypothetical(_tail_clause(before, ctx)[0], ctx):
            continue
        effect = cut_clause(text[match.end():].strip(), ql)
        verb = match.group(0).casefold()
        if verb in need_name and not effect[:1].isupper():
            continue
        # "caused CA$10,387,000 in damage": an amount is a fact to recall, not an effect to explain.
        # "The conflict resulted in ...": the cause is a phrase pointing back to the sentence
        # before, and "What resulted in ...?" would have it as its whole answer; so is the
        # article's subject ("Serangan ini ..." in an article on the attack).
        cause_np = _subject_phrase(before, ctx)
        if fit(effect, ql, min_words=2) and effect[:1].isalpha() and not _amount(effect) and specific(effect) \
                and not _any_one(effect, ctx) \
                and not _points_back(cause_np, ctx) and not _names_subject(cause_np or _last_clause(before, ctx), ctx):
            phrase = f"{verb} {clean_for_question(effect, ctx, sentence)}"
            question = ql.template("what_verb").format(verb_phrase=phrase)
            # "kemelut ... yang menimbulkan": the cause is the phrase the relative clause hangs on.
            relative = before.split()[-1].casefold() in ctx.ql.words_in("words", "relatives")
            cause = cause_np if relative and cause_np else _last_clause(before, ctx)
            yield _candidate(ctx, sentence, question, "understand", "cause", effect, cause,
                             bonus=_weight(effect, ctx))
        if cause_np and specific(cause_np) and ql.template("effect_of") and not _where(before, cause_np, ctx) \
                and acts(cause_np, ctx):
            question = ql.template("effect_of").format(np=clean_for_question(cause_np, ctx, sentence))
            yield _candidate(ctx, sentence, question, "analyze", "effect", cause_np,
                             sentence.text, bonus=-0.1)


def acts(phrase: str, ctx: QuestionContext) -> bool:
    """The phrase names an event or an act, which has consequences to ask about: its head
    noun is an event ("war", "fair", `[kinds] event`, `[words] event_heads`), an act
    (`[kinds] act_nouns`: "act", "decision", "kemelut") or a verbal noun by the language's
    affixes (`[kinds] act_suffixes` and `act_prefixes`: "observations", "penurunan").
    "What were the consequences of the song / the square / the group?" asks what a thing
    that does nothing caused (the blind readers' fault, rounds 18-19)."""
    head = head_of(phrase, ctx)
    forms = {head, head[:-1]} if head.endswith("s") else {head}
    listed = ctx.ql.words_in("kinds", "event") | ctx.ql.words_in("words", "event_heads") \
        | ctx.ql.words_in("kinds", "act_nouns")
    return bool(forms & listed) or any(_verbal_noun(form, ctx.ql) for form in forms)


def _verbal_noun(word: str, ql: Language) -> bool:
    """A noun made of a verb by the language's affixes: "-tion", "-ment" ("establishment");
    "pe-an", "ke-an" ("penurunan", "kekalahan"); a stem of three letters at least, so that
    "peran" (role) or "king" is none; not a word of `[kinds] act_not` ("government",
    "pelabuhan"), which names a body, a place or a thing."""
    if word in ql.words_in("kinds", "act_not"):
        return False
    prefixes = ql.words_in("kinds", "act_prefixes") or frozenset({""})
    return any(word.startswith(p) and word.endswith(s) and len(word) >= len(p) + len(s) + VERB_STEM
               for p in prefixes for s in ql.words_in("kinds", "act_suffixes"))


def _any_one(phrase: str, ctx: QuestionContext) -> bool:
    """An indefinite phrase of common words with nothing after its noun that says which:
    "What led to a significant demographic shift?" (which one?), where "an increase in ocean
    acidity" says what increased."""
    words = phrase.split()
    if not words or words[0].casefold() not in ctx.ql.words_in("words", "indefinite_articles"):
        return False
    inside = ctx.ql.words_in("words", "np_prepositions")
    return not any(w.casefold() in inside or w[:1].isupper() or any(c.isdigit() for c in w) for w in words[1:])


def _bare(phrase: str) -> bool:
    """A noun with only its article ("the bill"): "What caused the bill?" leaves the reader
    asking which; "bencana kelaparan besar" says which."""
    return len(phrase.split()) <= BARE_WORDS and not specific(phrase)


def _where(before: str, phrase: str, ctx: QuestionContext) -> bool:
    """The phrase says where something happened ("diadakan di Den Haag yang berujung pada
    ..."): the relative clause hangs on what was held there, and "Apa akibat dari Den Haag?"
    asks the consequences of a city."""
    words = before.split()
    while words and ctx.ql.is_question_function(words[-1]):
        words.pop()       # "... Den Haag yang"
    told = " ".join(words)
    if not told.endswith(phrase):
        return False
    words = told[: len(told) - len(phrase)].split()
    return bool(words) and words[-1].casefold() in ctx.ql.place_prepositions


def _caused_by(ctx: QuestionContext, sentence: QuestionSentence) -> Iterator[Candidate]:
    """"<effect> disebabkan oleh <cause>" -> "Apa yang menyebabkan <effect>?"."""
    text = sentence.text
    for match in ctx.ql.pattern("markers", "caused_by").finditer(text):
        before = text[: match.start()].rstrip()
        effect_np = _subject_phrase(before, ctx)
        if not effect_np or _bare(effect_np) or _reported_or_hypothetical(_tail_clause(before, ctx)[0], ctx):
            continue
        cause = first_clause(text[match.end():], ctx.ql)
        question = ctx.ql.template("what_caused").format(np=clean_for_question(effect_np, ctx, sentence))
        yield _candidate(ctx, sentence, question, "understand", "cause", effect_np, cause)


def _points_back(phrase: str, ctx: QuestionContext) -> bool:
    """"the conflict", "the region": the definite article and one common noun, a phrase
    that names what the sentence before named. Not `candidate.points_back`, which
    reads lists of nouns: a cause phrase of these two words alone says nothing of its
    own whatever the noun, and the question would print it as its whole answer."""
    words = phrase.split()
    article = ctx.ql.template("definite_article")
    return bool(article) and len(words) == 2 and words[0].casefold() == article and words[1].islower()


def _names_subject(phrase: str, ctx: QuestionContext) -> bool:
    """A short cause phrase headed by the kind the article is ("Serangan ini" in an article
    on an attack, "The war" in one on a war): "What resulted in ...?" would have the
    article's own subject as its whole answer."""
    head = lead_head(ctx)
    words = [w.casefold() for w in WORD.findall(phrase)]
    return bool(head) and head in words and len(words) <= 3


def _from_viewpoint(text: str, ctx: QuestionContext) -> bool:
    """The sentence opens with a named person's point of view ("For Galileo, ...",
    "Menurut Hughes, ..."): its causes are that person's, not the text's. ("For example, ..."
    names nobody.)"""
    frame = ctx.once("viewpoint pattern", lambda _: _viewpoint_pattern(ctx))
    return bool(frame and frame.match(text))


def _viewpoint_pattern(ctx: QuestionContext) -> re.Pattern | None:
    words = ctx.ql.markers.get("viewpoints", [])
    return re.compile(rf"^(?i:{'|'.join(map(re.escape, words))})\s+[A-Z][^,]*,") if words else None


def _amount(phrase: str) -> bool:
    """The phrase opens with a sum or a count ("CA$10,387,000 in damage", "US$ 5 juta"),
    maybe after a word or two ("more than CA$25 million in damage")."""
    return any(any(c.isdigit() for c in word) or any(not c.isalnum() and c not in "-'’" for c in word)
               for word in phrase.split()[:AMOUNT_WORDS])


def _concedes(fronted: str, ctx: QuestionContext) -> bool:
    """The clause cut off the front sets the one after against it ("While the 1755
    earthquake caused considerable damage ..., the Alfama survived with little damage"):
    alone, the main clause no longer says what it is set against (`[words] concessives`)."""
    words = fronted.split()
    # A clause, not a linking phrase that points back ("Meskipun begitu,", "Sementara itu,").
    return len(words) > 2 and words[0].casefold() in ctx.ql.words_in("words", "concessives")


def _reported_or_hypothetical(clause: str, ctx: QuestionContext) -> bool:
    """The marker sits inside "... bahwa ..." or "jika ...": someone's claim or a condition."""
    found = {w.casefold() for w in clause.split()}
    return bool(found & (ctx.ql.words_in("markers", "complementizers")
                         | ctx.ql.words_in("markers", "hypothetical")))


# ------------------------------------------------------------ building


def _effect_clause(ctx: QuestionContext, sentence: QuestionSentence, effect: str, cause: str,
                   inner: bool) -> Iterator[Candidate]:
    """An effect clause with no subject becomes "Apa yang <verb> ...?"; with one, "Mengapa ...?"."""
    if opens_with_active_verb(effect, ctx.ql) and ctx.ql.template("what_verb"):
        if fit(effect, ctx.ql, min_words=2):
            question = ctx.ql.template("what_verb").format(verb_phrase=clean_for_question(effect, ctx, sentence))
            yield _candidate(ctx, sentence, question, "understand", "cause", effect, cause,
                             bonus=_weight(effect, ctx))
        return
    yield from _why(ctx, sentence, effect, cause, inner)


def _why(ctx: QuestionContext, sentence: QuestionSentence, effect: str, cause: str, inner: bool) -> Iterator[Candidate]:
    body, fronted = strip_fronted(strip_end(effect), ctx.ql)
    if not opens_with_subject(body, ctx.ql) or headless(body, ctx.ql) or not cause.strip() or _concedes(fronted, ctx):
        return
    resolved = ctx.resolve(body, sentence, inner, here=True)
    if not resolved or not fit(resolved, ctx.ql, min_words=4, max_words=24):
        return
    if not referents_ok(resolved, ctx, sentence):
        return
    clause = clean_for_question(resolved, ctx, sentence)
    inverted = _inverted_why(clause, ctx)
    if inverted is None:
        return
    question = inverted or _template_why(clause, ctx)
    bonus = -0.2 if resolved != body else 0.0
    yield _candidate(ctx, sentence, question, "understand", "cause", body, cause, bonus=bonus)


def _leans_on_before(before: str, clause: str, ctx: QuestionContext) -> bool:
    """A clause joined by ", and" to the one before it, whose subject (the words before its
    verb) is a few common words, no name or number (`specific`): "..., ketika Soekarno
    mengizinkan pendaratan ..., dan perang habis-habisan tampaknya tak terelakkan karena
    ...": which war? The clause before said it. "..., and Lincoln replaced Burnside" and
    "..., dan kecenderungan antisemit dalam kebijakan Kremlin meningkat" say it themselves."""
    joint = before[: len(before) - len(clause)].rstrip()
    if not clause or not any(joint.casefold().endswith(f", {w}") for w in ctx.ql.words_in("words", "and_words")):
        return False
    words = clause.split()
    stops = ctx.ql.words_in("words", "negations")
    end = next((i for i, w in enumerate(words) if ctx.ql.is_verb(w) or w.casefold() in stops), len(words))
    subject = words[:end]
    # (`specific` less its first word's capital: inside the sentence, a capital is a name's.)
    return 0 < end and not specific(" ".join(subject)) and not subject[0][:1].isupper() \
        and not any(c.isdigit() for c in subject[0])


def _template_why(clause: str, ctx: QuestionContext) -> str:
    key = "explain_why" if ctx.ql.template("explain_why") else "why"
    return ctx.ql.template(key).format(clause=clause)


def _inverted_why(clause: str, ctx: QuestionContext) -> str | None:
    """ "Why was aluminium difficult to refine?" where the language inverts around "to be";
    "" where it does not, None where the clause has no one "to be" to invert: one inside a
    relative clause ("the reaction by which photosynthesis is used ... was outlined") or a
    second one after it ("the acceptor is reduced and oxygen is evolved") makes "Why is ...?"
    ungrammatical, and the question is dropped."""
    aux = set(ctx.ql.templates.get("invert_aux", []))
    words = clause.split()
    for i, word in enumerate(words[:7]):
        if word in aux and i > 0:
            subject = words[:i]
            if any(ctx.ql.is_verb(w) or w.endswith(",") for w in subject):
                return ""
            relatives = ctx.ql.words_in("words", "relatives")
            if any(w.casefold() in relatives for w in subject) or any(w in aux for w in words[i + 1:]):
                return None
            return ctx.ql.template("why").format(clause=" ".join([word, *subject, *words[i + 1:]]))
    return ""


def _candidate(ctx: QuestionContext, sentence: QuestionSentence, question: str, bloom: str, kind: str,
               focus: str, cause: str, bonus: float = 0.0) -> Candidate:
    answer = _trim_tail(cause, ctx)
    if not content_words(answer, ctx):
        # "This led to ...": the cause is told in the sentence before.
        siblings = ctx.by_paragraph[sentence.ref.paragraph_id]
        answer = siblings[sentence.index - 1].text if sentence.index > 0 else sentence.text
    return Candidate(question, bloom, kind, sentence, focus=strip_end(focus),
                     points=evidence(ctx, sentence, focus, first=answer), bonus=bonus)


def _weight(effect: str, ctx: QuestionContext) -> float:
    """An effect that names something (Perang Dingin) beats one about "mukanya"."""
    words = effect.split()
    named = any(w[:1].isupper() for w in words)
    pointing = any(points_back(w, ctx.ql) for w in words)
    return (0.3 if named else 0.0) - (0.3 if pointing else 0.0)


def _trim_tail(text: str, ctx: QuestionContext) -> str:
    """Without trailing function words, nor a trailing "..., and this also"."""
    words = text.split()

    def drop_function_words():
        while words and ctx.ql.is_question_function(words[-1].strip(",")):
            words.pop()

    drop_function_words()
    if len(words) > 1 and words[-1].casefold() in ctx.ql.other_pronouns \
            and words[-2].strip(",").casefold() in ctx.ql.and_words:
        del words[-2:]
        drop_function_words()
    return " ".join(words).rstrip(",")


def _last_clause(text: str, ctx: QuestionContext) -> str:
    clause, _ = _tail_clause(text, ctx)
    return strip_fronted(clause, ctx.ql)[0]


def _tail_clause(text: str, ctx: QuestionContext) -> tuple[str, bool]:
    """The last clause of `text` and whether it starts inside the sentence."""
    starts = [m.end() for m in ctx.ql.clause_break.finditer(text)]
    starts += [m.end() for m in re.finditer(r";\s+", text)]
    # ", dan <subject> <verb>" joins two clauses; ", dan <noun>" may be a list.
    starts += [m.end() for m in ctx.ql.pattern("words", "and_words", prefix=r",\s+").finditer(text)
               if opens_with_subject(text[m.end():].lstrip(), ctx.ql)]
    if not starts:
        return text.strip(), False
    clause = text[max(starts):].lstrip(", ").strip()
    return ("" if _object_gap(text[:max(starts)], clause, ctx) else clause), True


def _object_gap(before: str, clause: str, ctx: QuestionContext) -> bool:
    """A clause cut after a relative that is its verb's object ("Saint Petersburg, which he
    intended to become Russia's capital"): a subject follows the relative, and the clause
    lacks what the relative stood for ("Explain why Peter intended to become Russia's capital").
    `[words] gap_relatives` ("which", "whom"; not "that", which also opens a reported clause)."""
    words = before.split()
    gaps = ctx.ql.words_in("words", "gap_relatives")
    return bool(words) and words[-1].casefold() in gaps and opens_with_subject(clause, ctx.ql)


def _subject_phrase(text: str, ctx: QuestionContext) -> str:
    """The noun phrase right before a causal verb: "kemelut di bidang produksi pangan"."""
    clause, _ = _tail_clause(text, ctx)
    words = strip_fronted(clause, ctx.ql)[0].split()
    relative = bool(words) and words[-1].casefold() in ctx.ql.words_in("words", "relatives")
    while words and ctx.ql.is_question_function(words[-1]):
        words.pop()       # "kemelut ... yang" before "menimbulkan"
    inside = ctx.ql.words_in("words", "np_prepositions")
    start = len(words)
    while start > 0 and not ctx.ql.is_verb(words[start - 1]) and not words[start - 1].endswith(",") and (
            not ctx.ql.is_question_function(words[start - 1]) or words[start - 1].casefold() in inside):
        start -= 1        # walk back over the noun phrase, stopping at its verb
    if start > 0 and not relative:
        return ""         # the phrase is the object of another verb, not the cause
    while start < len(words) and ctx.ql.is_question_function(words[start]):
        start += 1        # a phrase does not open with "di" or "of"
    clause = " ".join(words[start:])
    if not noun_phrase(clause, ctx.ql) or not fit(clause, ctx.ql, min_words=2, max_words=10):
        return ""
    return clause
