"""Sentence, token and cue helpers.

The one sentence splitter (`pack.text.sentences`) keeps initials,
abbreviations and closing quotes in their sentence and starts no
sentence with a lower-case word; `tokenize` fills every token field at
once; `phrase_before` / `phrase_after` (and `cue_before` / `cue_after`)
look cue phrases up by the word at the token instead of comparing each,
and must agree with the straightforward computation.
"""

from __future__ import annotations

import random
import re

import pytest

from pack.text.sentences import abbreviations, ends_without_stop, sentence_spans, split_sentences
from pack.text.tokens import ROMAN, WORD, YEAR, tokenize

EN = abbreviations("en")


@pytest.mark.parametrize("text, expected", [
    ("It rained. Then it stopped.", ["It rained.", "Then it stopped."]),
    ("Franklin D. Roosevelt won. He was (D. R.) glad.", ["Franklin D. Roosevelt won.", "He was (D. R.) glad."]),
    ("It cost No. 270 and c. 1900 coins. Then more.", ["It cost No. 270 and c. 1900 coins.", "Then more."]),
    ("Temperatures rose 0.74 °C. The rate doubled.", ["Temperatures rose 0.74 °C.", "The rate doubled."]),
    ("He said \"yes.\" The end.", ["He said \"yes.\"", "The end."]),
    ("It was in the party... and he won. Next.", ["It was in the party... and he won.", "Next."]),
    ("It went to the nucleus. mRNA is read. Then.", ["It went to the nucleus.", "mRNA is read.", "Then."]),
    ("  A lead with spaces.  ", ["A lead with spaces."]),
    # Reference marks removed on the way leave sentences glued (en-toronto, en-charles-darwin).
    ("It is not among the highest in Canada.In 2005, media coined it.",
     ["It is not among the highest in Canada.", "In 2005, media coined it."]),
    ("He studied atolls.On the voyage he met D.G. Champernowne in the U.S.A. about 1900.",
     ["He studied atolls.", "On the voyage he met D.G. Champernowne in the U.S.A. about 1900."]),
    ('such views."On 31 October 1992, he spoke.', ['such views."', "On 31 October 1992, he spoke."]),
    ("It cost approx.Ten coins.", ["It cost approx.Ten coins."]),
    # ... after an accented letter too, as the reader's paragraph split always did.
    ("It rained in Bogotá.The rain stopped.", ["It rained in Bogotá.", "The rain stopped."]),
    # ... after a digit, a closing bracket or quote, capital initials, and
    # before "A"/"I" (en-toronto, en-abraham-lincoln, en-galileo-galilei, extra/en-lisbon).
    ("It had 4,427.8/km2 in 2021.At the census it grew.", ["It had 4,427.8/km2 in 2021.", "At the census it grew."]),
    ("It grew by 40%.Atlanta offers parks.", ["It grew by 40%.", "Atlanta offers parks."]),
    ("It rose (14.2 per cent).On the centenary it fell.", ["It rose (14.2 per cent).", "On the centenary it fell."]),
    ('He was called "Honest Abe".Lincoln argued cases.', ['He was called "Honest Abe".', "Lincoln argued cases."]),
    ("It is the busiest in the U.S.Logging was big in Washington, D.C.Union men came.",
     ["It is the busiest in the U.S.", "Logging was big in Washington, D.C.", "Union men came."]),
    ("It was done on campus.A shipbuilding firm came.I was there.",
     ["It was done on campus.", "A shipbuilding firm came.", "I was there."]),
    ("It came in the U.S.A. about 1900 with e.g.A tests.", ["It came in the U.S.A. about 1900 with e.g.A tests."]),
    # Abbreviations of a manuscript's folio and of "abbreviated" end no sentence.
    ("It is in the codex (fol. 137v). The Compagnie (abbr. VOC) traded.",
     ["It is in the codex (fol. 137v).", "The Compagnie (abbr. VOC) traded."]),
    # ... and a page mark left where a reference was (en-global-warming).
    ("It is a driver of change.:71 Emissions rose. A 3:1 ratio.",
     ["It is a driver of change.:71", "Emissions rose.", "A 3:1 ratio."]),
])
def test_the_one_sentence_splitter(text, expected):
    spans = sentence_spans(text, EN)
    assert [text[a:b] for a, b in spans] == expected
    assert split_sentences(text, EN) == expected


def test_the_one_year_pattern_takes_years_written_as_words_of_their_own():
    # Shaped like the tuning texts: a price ("Rp1000", id-soekarno), a model, a
    # decimal, a count of five digits and a thousands group are no years.
    text = "In 1945 it cost Rp1000; the M1917 rifle, 3.1415, 10000 men, 1.500 orang, (1768–1835), 2011."
    assert YEAR.findall(text) == ["1945", "1768", "1835", "2011"]
    assert YEAR.fullmatch("1776") and not YEAR.fullmatch("2100") and not YEAR.fullmatch("0999")


def test_indonesian_titles_written_short_end_no_sentence():
    # Made up, shaped like Indonesian history articles: "KH." (Kiai Haji) and
    # "Jhr." (Jonkheer) before a name; a real stop after them still ends one.
    text = ("Perlawanan itu terjadi di pesantren di bawah pimpinan KH. Zainal Mustafa. "
            "Rumah itu milik Mr. Jhr. P.R. Feith seperti disebut koran. Ia pulang.")
    assert split_sentences(text, abbreviations("id")) == [
        "Perlawanan itu terjadi di pesantren di bawah pimpinan KH. Zainal Mustafa.",
        "Rumah itu milik Mr. Jhr. P.R. Feith seperti disebut koran.", "Ia pulang."]


@pytest.mark.parametrize("text, unstopped", [
    # Shaped like the tuning texts' lists: twin towns, employees with their work, films.
    ("Oslo, Norway (since May 2015)", True),
    ("Paul Bracq – major designer of automobiles\n", True),
    ("The Last Train, docudrama, United Kingdom, 2006, 87 min., director: Sam Miller", True),
    # A sentence's stop, closed by a quote or a bracket, or a colon before a list: no list line.
    ("The town signed its first partnership in 2012.", False),
    ('He was called "Honest Abe."  ', False),
    ("(He was born there.)", False),
    ("Its partner towns are:", False),
    ("Ia lahir di Blitar!”", False),
])
def test_a_paragraph_that_ends_in_no_stop_is_told_in_every_language(text, unstopped):
    # The one test the timeline's list lines and the questions' list chapters share.
    assert ends_without_stop(text) is unstopped


def test_token_fields_match_their_definitions():
    text = "Wöhler's NKVD d'Alais l'Orient d'un al-Mujahid de-Stalin III Ivan ke-20 PBB-nya Ⅻ-an x ⅰAB USA's Über"
    for token in tokenize(text, "en"):
        word = token.text
        letters = [c for c in word if c.isalpha()]
        glued = re.match(r"^(?:[dl]['’]|[ae]l-)(.)", word)      # en text.toml's glued_name_particles
        assert token.cap == (word[:1].isupper() or bool(glued and glued.group(1).isupper()))
        assert token.acronym == (len(letters) >= 2 and all(c.isupper() for c in letters)
                                 and not ROMAN.match(word))
        assert token.roman == bool(ROMAN.match(word))
        assert token.key == re.sub(r"['’]s$", "", word).casefold()
    assert [t.text for t in tokenize(text, "en")] == WORD.findall(text)


def test_token_offsets_are_where_the_pattern_finds_the_words():
    # `tokenize` places each word by a string search after the last token;
    # short random texts repeat words inside longer ones ("ab-ab ab", "1ab ab").
    rng = random.Random(5)
    alphabet = list("abAB1 -–'’&_.,é")
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        expected = [(m.group(), m.start(), m.end()) for m in WORD.finditer(text)]
        assert [(t.text, t.start, t.end) for t in tokenize(text, "en")] == expected, text


def plain_phrase_before(keys, first, phrases):
    for place, phrase in enumerate(phrases):
        if first >= len(phrase) and tuple(keys[first - len(phrase):first]) == phrase:
            return place, len(phrase)
    return None


def plain_phrase_after(keys, start, phrases):
    for place, phrase in enumerate(phrases):
        if tuple(keys[start:start + len(phrase)]) == phrase:
            return place, len(phrase)
    return None


def test_cue_lookups_return_the_first_listed_phrase_that_fits():
    from pack.text.phrases import cue_after, cue_before, phrase_after, phrase_before

    rng = random.Random(11)
    words = ["a", "b", "c"]
    for _ in range(2000):
        # Unsorted lists too (callers join two lists), repeats and the empty phrase.
        phrases = tuple(tuple(rng.choice(words) for _ in range(rng.randint(0, 3)))
                        for _ in range(rng.randint(0, 6)))
        keys = [rng.choice(words) for _ in range(rng.randint(0, 5))]
        for at in range(-len(keys) - 2, len(keys) + 2):      # a negative place as a slice reads it
            before, after = plain_phrase_before(keys, at, phrases), plain_phrase_after(keys, at, phrases)
            assert phrase_before(keys, at, phrases) == before, (keys, at, phrases)
            assert phrase_after(keys, at, phrases) == after, (keys, at, phrases)
            assert cue_before(keys, at, phrases) == (before[1] if before else 0), (keys, at, phrases)
            assert cue_after(keys, at, phrases) == (after[1] if after else 0), (keys, at, phrases)
