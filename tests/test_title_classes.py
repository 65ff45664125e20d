"""quality/title_classes.py: the classes of a made chapter title."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "quality"))

from title_classes import classify  # noqa: E402

CHAPTER = ["The factory opened in 1850.", "Workers in the factory earned little.",
           "A visit by Christie was noted once.", "The factory closed in 1900."]


def test_a_word_of_the_authors_heading_or_its_noun_is_heading():
    assert classify("Family and childhood", "Family", CHAPTER, "en") == "heading"
    assert classify("Factories", "1850–1900: Factory", CHAPTER, "en") == "heading"


def test_a_term_through_the_chapter_is_term_and_a_one_off_name_is_stray():
    assert classify("Working life", "Factory", CHAPTER, "en") == "term"
    assert classify("Working life", "Christie", CHAPTER, "en") == "stray"


def test_a_field_and_a_bare_period():
    assert classify("Later life", "Health", CHAPTER, "en") == "field"
    assert classify("Later life", "1850–1900", CHAPTER, "en") == "period"


def test_coverage_is_the_share_of_paragraphs_naming_the_topic():
    from title_classes import coverage
    assert coverage("1850–1900: Factory", CHAPTER) == 0.75
    assert coverage("Christie", CHAPTER) == 0.25
    assert coverage("1850–1900", CHAPTER) == 1.0      # a period alone names no term to miss
