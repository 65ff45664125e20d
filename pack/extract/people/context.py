"""Extract stage, who's-who: the context line of a person never described.

Inputs: a person's mentions, the name shown and the article's `Analysis`.
Outputs: the text shown instead of a role: the sentence of first mention,
cut to `CONTEXT_WORDS` words around the name; of the mentions the first
that does not only list them among `LIST_NAMES` or more names, where there
is one, and of those the first where they are the subject. A long list of
names is shortened to its first, the mention's own and its last; a name
only on a list line ("Spain – Marquis Pedro Gómez de Labrador") is shown by
its label and section. A sentence that points back to the one before it
("Further work was conducted ... by Otto von Guericke") is shown after
that sentence when it is short and in the same paragraph.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pack.text.analysis import Analysis
from pack.text.candidates import Occurrence
from pack.lang.schema import tunables_of
from pack.extract.people.name_forms import DASH_WORD, possessives
from pack.extract.people.mention_roles import subject_name

# Thresholds, each declared with why in pack/lang/schema.toml [tunables].
(CONTEXT_WORDS, LIST_NAMES, SUBJECT_LEAD, BACK_REACH, BEFORE_WORDS, ITEM_LEAD, EMPTY_WORDS) = tunables_of(__name__)
LIST_COMMA = re.compile(r"\s*,\s*\d*")                  # between listed names; the digits of "1st" are no token
# Two sentences the source glued together, no space after the stop
# ("... published in 1987.The McClintock Prize is named in her honour."):
# two letters or digits, a stop, maybe a quote or a comma, then a word
# opening with a capital and a small letter (not "Ph.D.").
GLUED_STOP = re.compile(r"(?<=[^\W_]{2}[.!?])[\"”’)]?,?(?=[^\W\d_]{2})")


def context(occurrences: list[Occurrence], name: str, analysis: Analysis) -> str:
    """The sentence of first mention under the name shown (not "Washington
    County" for George Washington), the first not on a list line nor in a
    list of names if there is one ("... the works of Claudius Ptolemy,
    Pierre d'Ailly, Marco Polo ..." says nothing of any of them), and of
    those the first with the person as its subject (readers judged context
    that opens with the name right more often), cut to `CONTEXT_WORDS`
    words that hold the name (a long sentence is cut before and after it,
    a long list of names in it shortened: `_list_shortened`). The order of
    the mentions is `_context_rank`'s. A name met only on list lines gets
    its label and section instead."""
    first = min(occurrences, key=lambda o: _context_rank(o, name, analysis))
    label = _label_of_the_line(first, analysis)
    if label is not None:
        return _listed_under(first, label, analysis)
    whole, offset = _list_shortened(first, analysis)
    text, offset = _glued_sentence(whole, offset)
    words = text.split()
    start = _window_start(len(words), len(text[:offset].split()))
    piece = " ".join(words[start:start + CONTEXT_WORDS])
    if start + CONTEXT_WORDS >= len(words):
        piece = _without_dangling_clause(piece, analysis)
    shown = ("… " if start else "") + piece + (" …" if start + CONTEXT_WORDS < len(words) else "")
    before = _sentence_before(first, analysis) if not start and text == whole.strip() else None
    return shown if before is None else before + " " + shown


def says_nothing(shown: str, name: str, analysis: Analysis) -> bool:
    """A context line that tells a reader nothing of who the person is: a
    whole sentence of at most `EMPTY_WORDS` words opening on the name, with
    nothing else named after it (no capital, no digit) and a word of
    people.toml `context_empty_words` pointing at what it never says
    ("Christopher Columbus used this on his transatlantic voyages.",
    "António Noli later claimed the credit."; readers judged such lines
    wrong, and a name printed alone right). "William Cullen demonstrates
    artificial refrigeration." says what he did: it stays."""
    if not shown.startswith(name + " ") or len(shown.split()) > EMPTY_WORDS:
        return False
    rest = shown[len(name):].split()
    if any(w[:1].isupper() or any(ch.isdigit() for ch in w) for w in rest):
        return False
    empty = analysis.lex.words("people", "context_empty_words")
    return any(w.strip(".,;:!?\"'()").casefold() in empty for w in rest)


def _glued_sentence(text: str, offset: int) -> tuple[str, int]:
    """Of two or more sentences glued together (`GLUED_STOP`: "... photos
    of the camp.,Of the three major photographers ..."), the one holding
    character `offset`, and where that character is in it."""
    starts = [0] + [m.end() for m in GLUED_STOP.finditer(text)
                    if text[m.end()].isupper() and text[m.end() + 1].islower()]
    start = max(s for s in starts if s <= offset)
    end = next((s for s in starts if s > offset), len(text))
    return text[start:end].strip(), offset - start


def _sentence_before(o: Occurrence, analysis: Analysis) -> str | None:
    """The sentence before the mention's, or its last clause after a
    semicolon, when the mention's points back to it and it is short (at
    most `BEFORE_WORDS` words), in the same
    paragraph and not itself opening on a pronoun that points further
    back ("It ended the monarchy ..." says no more): "Laureates of the
    award include ..." read alone does not say which award."""
    if o.sentence == 0 or not _points_back(o, analysis):
        return None
    sentences = analysis.index.sentences
    here, there = sentences[o.sentence], sentences[o.sentence - 1]
    last = _glued_sentence(there.text, len(there.text))[0]    # "... in 1987.The McClintock Prize is named in her honour."
    if len(last.split()) > BEFORE_WORDS and "; " in last:
        last = "… " + last.rpartition("; ")[2]                 # its last clause: "… this condensation was observed in 1995."
    if there.ref.paragraph_id != here.ref.paragraph_id or len(last.split()) > BEFORE_WORDS \
            or last == there.text.strip() and _opens_on_pointer(o.sentence - 1, analysis):
        return None
    return last


def _points_back(o: Occurrence, analysis: Analysis) -> bool:
    """The sentence opens pointing to the one before it: a word of
    people.toml `context_back_words` among its first `BACK_REACH` words
    before the name ("It was during this tour that ..."), for a list of
    names one of `context_list_back_words` too ("Laureates of the award
    include A, B, C ..." names the award in the sentence before), a word
    owned by something named before (`_owned_by_someone_before`), or a
    pronoun opening it (`_opens_on_pointer`)."""
    keys, words = analysis.index.keys[o.sentence], analysis.lex.words
    back = words("people", "context_back_words")
    if _in_a_list(o, analysis):
        back = back | words("people", "context_list_back_words")
    opening = keys[:min(BACK_REACH, o.first)]
    if any(k in back for k in opening) or _owned_by_someone_before(opening, analysis):
        return True
    return o.first > 0 and _opens_on_pointer(o.sentence, analysis)


def _owned_by_someone_before(opening: list[str], analysis: Analysis) -> bool:
    """An opening word carries a possessive suffix (people.toml
    `context_back_suffixes`: "Pada pertemuan pertamanya", its first
    meeting, the body the sentence before founded) that, the article's
    subject being no person, stands for something named before."""
    suffixes = tuple(analysis.lex.words("people", "context_back_suffixes"))
    return bool(suffixes) and not subject_name(analysis) \
        and any(k.endswith(suffixes) and len(k) > len(s) + 2 for k in opening for s in suffixes)


def _opens_on_pointer(number: int, analysis: Analysis) -> bool:
    """Sentence `number` opens with a pronoun of `context_pointers` that
    stands for someone or something named before it, not for the
    article's subject, a person (`context_person_pointers`: "He sailed to
    Cartagena" in Pizarro's life says who "he" is)."""
    keys, words = analysis.index.keys[number], analysis.lex.words
    if not keys or keys[0] not in words("people", "context_pointers"):
        return False
    return keys[0] not in words("people", "context_person_pointers") or not subject_name(analysis)


def _without_dangling_clause(text: str, analysis: Analysis) -> str:
    """A sentence that stops on a clause opener ("… on Sholem Aleichem,
    who", its clause going on in a block quote below) ends before it: a
    reader sees a whole sentence, not one cut short."""
    head, comma, last = text.rstrip().rpartition(", ")
    if comma and head and last.casefold() in analysis.lex.words("people", "clause_openers"):
        return head.rstrip(",;:") + "."
    return text


def _context_rank(o: Occurrence, name: str, analysis: Analysis) -> tuple:
    """How good a context a mention's sentence makes, best lowest: under the
    name shown, not on a list line, not in a list of names, the person as
    its subject, not the head of a longer name, not a title's line, not
    pointing outside itself, then the earliest."""
    shown = name.casefold() in analysis.index.sentences[o.sentence].span_text(o.first, o.last).casefold()
    return (not shown, _label_of_the_line(o, analysis) is not None, _in_a_list(o, analysis),
            not (shown and _the_subject(o, analysis)), _in_a_longer_name(o, analysis),
            _a_title_line(o, analysis), _points_elsewhere(o, analysis), o.sentence, o.first)


def _in_a_longer_name(o: Occurrence, analysis: Analysis) -> bool:
    """The mention is the head of a longer name run ("his son Abraham
    Darby II" for Abraham Darby, "Frederick William I of Prussia" for
    Frederick William, Duke of Courland): likely someone else."""
    end = analysis.index.run_starting_at(o.sentence, o.first)
    return end is not None and end > o.last


def _a_title_line(o: Occurrence, analysis: Analysis) -> bool:
    """The name opens its sentence and no clause follows: a book's or a
    film's line ("Françoise Giroud, Marie Curie: A Life, 1987.", "Annie
    Oakley (1935), where he is played by ..."), not what the person did."""
    sentence = analysis.index.sentences[o.sentence]
    return not sentence.text[:sentence.tokens[o.first].start].strip() and not _a_clause_follows(o, analysis)


def _points_elsewhere(o: Occurrence, analysis: Analysis) -> bool:
    """The mention's sentence opens with a word pointing outside it
    (people.toml `context_pointers`: "He thought that his cells ...", read
    alone, does not say who "he" is), or holds a possessive
    (people.toml `possessives`) before the name."""
    keys = analysis.index.keys[o.sentence]
    if bool(keys) and keys[0] in analysis.lex.words("people", "context_pointers"):
        return True
    # "Soon after his death in 1785, Sharp and More united with William
    # Wilberforce": a possessive before the name is someone's named before;
    # not one that opens the name's own relation ("her mother, Emmeline
    # Pankhurst" says who she is).
    words = analysis.lex.words
    own = words("people", "relations") | words("people", "kin_nouns")
    return any(k in words("people", "possessives") and not all(w in own for w in keys[i + 1:o.first])
               for i, k in enumerate(keys[:o.first]))


def _window_start(words: int, at: int) -> int:
    """The first word shown of a sentence of `words` words whose name is its
    word `at`: the opening where the name is near it, else `CONTEXT_WORDS`
    words around the name."""
    return max(0, min(at - CONTEXT_WORDS // 2, words - CONTEXT_WORDS)) if at >= CONTEXT_WORDS - 5 else 0


def _label_of_the_line(o: Occurrence, analysis: Analysis) -> str | None:
    """A line of a list, not a sentence: a short label and a dash before the
    name ("Bavaria – Maximilian Graf von Montgelas", a delegation list) or a
    dash opening it ("— Laporan Thomas Stamford Raffles", a quote's source), or the name
    alone on its line (`_only_the_name`);
    it tells where the name was listed, not who they are.
    The words before the dash of a list line the mention stands on ("" for
    a line the dash opens), None when it stands in a sentence. The label
    has at most `SUBJECT_LEAD` words and the name follows the dash (not "The
    Netherlands – Earl of Clancarty, ..., and Baron Hans von Gagern", nor
    "Portugal – Plenipotentiaries: ...": the line says more there)."""
    sentence = analysis.index.sentences[o.sentence]
    before = sentence.text[:sentence.tokens[o.first].start].split()
    if before and DASH_WORD.fullmatch(before[0]) or _only_the_name(o, analysis):
        return ""
    if 1 < len(before) <= SUBJECT_LEAD + 1 and DASH_WORD.fullmatch(before[-1]):
        return " ".join(before[:-1])
    return None


def _only_the_name(o: Occurrence, analysis: Analysis) -> bool:
    """The line is the name alone, an item of a bare list of names
    ("Toussaint Louverture" under "Notable abolitionists"): shown, it
    repeats the name and says nothing of who they are."""
    sentence = analysis.index.sentences[o.sentence]
    rest = sentence.text[:sentence.tokens[o.first].start] + sentence.text[sentence.tokens[o.last].end:]
    return not any(c.isalnum() for c in rest)


def _the_subject(o: Occurrence, analysis: Analysis) -> bool:
    """The name opens its sentence, after at most a short phrase and a comma
    ("In 1833, Michael Faraday reported ..."), or joins such a name ("William
    Grylls Adams and Richard Evans Day observed ..."): the sentence tells what
    they did, not what someone else did to them ("She called Adolf Hitler ...")."""
    index = analysis.index
    sentence, keys = index.sentences[o.sentence], index.keys[o.sentence]
    first = o.first
    if first >= 2 and keys[first - 1] in analysis.lex.words("people", "list_joiners"):
        partner = index.run_ending_at(o.sentence, first - 2)
        first = first if partner is None else partner
    before = sentence.text[:sentence.tokens[first].start].split()
    opens = not before or len(before) <= SUBJECT_LEAD and before[-1].endswith(",")
    return opens and _a_clause_follows(o, analysis)


def _a_clause_follows(o: Occurrence, analysis: Analysis) -> bool:
    """A lowercase word follows the name, maybe past a comma and past a name
    joined to it: a verb or an apposition ("Leopold Mozart, a native of
    Augsburg, was ..."), not a book's or a film's line ("Françoise Giroud,
    Marie Curie: A Life, 1987.", "Annie Oakley (1935), where ...")."""
    index = analysis.index
    sentence, keys = index.sentences[o.sentence], index.keys[o.sentence]
    last = o.last
    if last + 2 < len(keys) and keys[last + 1] in analysis.lex.words("people", "list_joiners"):
        partner = index.run_starting_at(o.sentence, last + 2)
        last = last if partner is None else partner
    if sentence.tokens[last].text.endswith(possessives(analysis)):
        return False          # "Matthew Boulton's home, Soho House, is now a museum": about the home
    after = sentence.text[sentence.tokens[last].end:].lstrip()
    after = after[1:].lstrip() if after.startswith(",") else after
    return after[:1].islower()


def _listed_under(o: Occurrence, label: str, analysis: Analysis) -> str:
    """What a list line tells of a name: its label and the section the list
    stands in (people.toml `listed_under`: "listed for Spain in “Other
    signatories of the Treaty of Paris, 1814”"), not the bare line."""
    sentence = analysis.index.sentences[o.sentence]
    title = next((s.title for c in analysis.article.chapters for s in c.walk() if s.id == sentence.section_id), "")
    forms = analysis.lex.people["listed_under"]
    return forms[("label" if label else "plain") + ("" if title else "_untitled")].format(label=label, section=title)


def _in_a_list(o: Occurrence, analysis: Analysis) -> bool:
    """The mention is one of `LIST_NAMES` or more names listed with commas
    and a joiner ("Soetomo, Gunawan Mangunkusumo, dan Soeradji
    Tirtonegoro"); two ("Besarion dan Ekaterine", "the pharaohs Seqenenre
    Tao II and Kamose") are often what the sentence is about."""
    return len(_list_members(o, analysis)) >= LIST_NAMES


@lru_cache(maxsize=256)
def _list_members(o: Occurrence, analysis: Analysis) -> tuple[tuple[int, int], ...]:
    """The first and last token of every name in the list the mention
    stands in, in order, the mention's own among them (only it when it
    stands in no list). (Remembered for the last few hundred mentions: the
    chosen one is asked again, when its context is ranked, read and shortened.)"""
    scan = _ListScan(analysis, o.sentence)
    before, edge = [], o.first
    while (far := scan.step(edge, -1)) is not None:
        before.insert(0, (far, edge - 2 if scan.keys[edge - 1] in scan.joiners else edge - 1))
        edge = far
    after, edge = [], o.last
    while (far := scan.step(edge, 1)) is not None:
        after.append((edge + 2 if scan.keys[edge + 1] in scan.joiners else edge + 1, far))
        edge = far
    return tuple(before + [(o.first, o.last)] + after)


class _ListScan:
    """Walks a sentence's list of names from one of them, item by item."""

    def __init__(self, analysis: Analysis, number: int):
        self.index, self.number = analysis.index, number
        self.sentence, self.keys = analysis.index.sentences[number], analysis.index.keys[number]
        self.joiners = analysis.lex.words("people", "list_joiners")

    def step(self, edge: int, direction: int) -> int | None:
        """The far edge of the name listed next to `edge` that way, if any.
        An item may have up to `ITEM_LEAD` words before the name run ("William
        Thomson, 1st Baron Kelvin, Charles Algernon Parsons")."""
        near = edge + direction
        if 0 <= near < len(self.keys) and self.keys[near] in self.joiners:
            near += direction                 # ", and Jesse DuBois"
        elif not (0 <= near < len(self.keys)) \
                or not LIST_COMMA.fullmatch(self.sentence.gap(min(edge, near), max(edge, near))):
            return None
        return self._item_from(near) if direction > 0 else self._item_to(near)

    def _item_from(self, near: int) -> int | None:
        """The last token of the item that opens at `near` (its lead words, then a name run)."""
        return next((last for j in range(near, min(near + ITEM_LEAD + 1, len(self.keys)))
                     if self._lead_words(near, j)
                     and (last := self.index.run_starting_at(self.number, j)) is not None), None)

    def _item_to(self, near: int) -> int | None:
        """The first token of the item whose name run ends at `near`, its lead words included."""
        first = self.index.run_ending_at(self.number, near)
        if first is None:
            return None
        opens = next((k for k in range(first - 1, first - ITEM_LEAD - 1, -1)
                      if self._lead_words(k, first)
                      and k > 0 and LIST_COMMA.fullmatch(self.sentence.gap(k - 1, k))), None)
        return first if opens is None else opens

    def _lead_words(self, start: int, end: int) -> bool:
        """Tokens `start` up to `end` lead a list item's name run."""
        return all(self._joined(k, k + 1) and self._lead(k) for k in range(start, end))

    def _joined(self, left: int, right: int) -> bool:
        """Tokens `left` and `right` are words of one list item."""
        return 0 <= left and self.sentence.gap(left, right).strip() == "" and self.keys[left] not in self.joiners

    def _lead(self, token: int) -> bool:
        """A word before the name run of a list item: capitalised ("Baron")
        or an ordinal's letters ("1st"), not a clause ("but Oscar winner")."""
        return self.sentence.tokens[token].text[:1].isupper() or self.sentence.before(token)[-1:].isdigit()


def _list_shortened(o: Occurrence, analysis: Analysis) -> tuple[str, int]:
    """The mention's sentence, and where the name starts in it, with a long
    list of names shortened to its first, the mention's own and its last
    ("Through such people as Alexander Graham Bell, …, Reginald Fessenden,
    … and George Westinghouse, electricity turned ..."), where the cut to
    `CONTEXT_WORDS` words would lose words before or after the list: what
    the listed people did (readers judged "one of 14 names ... cut off
    before saying" wrong). Only other people's names are left out, two or
    more of them, never the sentence's own words."""
    sentence = analysis.index.sentences[o.sentence]
    text, tokens = sentence.text, sentence.tokens
    members = _list_members(o, analysis)
    own = members.index((o.first, o.last))
    kept = sorted({0, own, len(members) - 1})
    if len(members) - len(kept) < 2 or not _cut_inside(text, tokens[members[0][0]].start,
                                                     tokens[members[-1][1]].end, tokens[o.first].start):
        return text, tokens[o.first].start      # one name left out saves nothing; a cut that keeps the frame is fine
    return _with_members(sentence, members, kept, own)


def _with_members(sentence, members: list[tuple[int, int]], kept: list[int], own: int) -> tuple[str, int]:
    """The sentence with only the `kept` list members (", …" for each run
    left out), and where member `own` starts in it."""
    text, tokens = sentence.text, sentence.tokens
    out = text[:tokens[members[0][0]].start]
    for n, at in enumerate(kept):
        first, last = members[at]
        if n:
            previous = kept[n - 1]
            gap = text[tokens[members[at - 1][1]].end:tokens[first].start]   # ", " or " and "
            out += gap if previous == at - 1 else ", …" + (gap if gap.strip() != "," else ", ")
        if at == own:
            offset = len(out)
        out += text[tokens[first].start:tokens[last].end]
    return out + text[tokens[members[-1][1]].end:], offset


def _cut_inside(text: str, begins: int, ends: int, name: int) -> bool:
    """Whether the words shown of `text` (cut around the name at character
    `name`) lose any word before the list (characters `begins` to `ends`)
    or after it: the list's frame, which says what the listed people did."""
    words = len(text.split())
    start = _window_start(words, len(text[:name].split()))
    lost_before = start > 0 and bool(text[:begins].strip())
    lost_after = start + CONTEXT_WORDS < words and re.search(r"\w", text[ends:]) is not None
    return lost_before or lost_after
