"""Chapter titles (pack.read.segment.titles), round 21: a title names what
the chapter is about through its paragraphs, not a word one paragraph piles
up, a people in the plural, a pollster, or the subject under another name.
Made-up sentences shaped like the tuning articles' chapters
(en-history-of-aluminium's "Early history", en-ancient-egypt's
"Population", en-global-warming's "Discourse" and "Observed and expected
environmental effects")."""

from __future__ import annotations

from pack.read.segment.titles import titles


def metal_chapters() -> list[list[str]]:
    """An early history of a metal (shaped like en-history-of-aluminium's
    "Early history"): alum runs through the chapter; the crucible is piled
    up in one paragraph of it."""
    return [
        ["Alum was used in antiquity to fix dyes. Dyers bought alum from merchants.",
         "The crucible was heated. The crucible cracked. A second crucible was brought, and the crucible "
         "held. The crucible was sealed, the crucible cooled, and the crucible was broken open.",
         "In the Middle Ages alum was traded across Europe. Alum mines opened in Italy.",
         "Alum stayed costly until new mines were found in the hills."],
        ["Chemists later studied alum and its salts. The salts were dissolved in acid; alum gave the salts.",
         "The acid was boiled, and the salts gave a white earth. The earth was named."],
        ["Factories made the metal from the earth. The factories used electricity.",
         "Alum was no longer needed once the factories ran on electricity; alum stayed a dye fixer."],
        ["Engineers built aircraft from the metal. Aircraft grew lighter."],
        ["Cans and foil came later. Recycling saves energy."],
    ]


def test_a_term_through_the_chapter_names_it_not_a_word_one_paragraph_piles_up():
    made = titles(metal_chapters(), "en", narrative=False, subject="history of aluminium")
    # the crucible, six times in one paragraph of four, was the title before
    assert made[0] == "Alum"


def people_chapters() -> list[list[str]]:
    """Chapters of an ancient land (shaped like en-ancient-egypt's "Population"):
    a people named in the plural all through one paragraph."""
    return [
        ["The Nile flooded every summer. Farmers planted wheat after the flood.",
         "Canals carried the flood water to the fields. Wheat and barley grew.",
         "Scribes counted the wheat in the granaries.", "Bread and beer were made from the barley."],
        ["A traveller wrote that the Colchians looked like the Egyptians. The Colchians, he said, "
         "remembered the Egyptians. The Colchians practised the same customs, and the Colchians "
         "had the same dark hair.",
         "Modern scholars read the mummies' genomes. The genomes show links with the Levant.",
         "Later conquerors changed the genomes of the land's people."],
        ["Temples stood in every town. Priests kept the temples.",
         "Each temple had its own priests and its own festivals.",
         "The festivals filled the towns with music.", "Offerings of bread were left at the temples."],
    ]


def test_a_people_in_the_plural_names_no_chapter():
    made = titles(people_chapters(), "en", narrative=False, subject="ancient Egypt")
    assert made[1] != "Colchians" and made[1] == "Genomes"


def test_a_chapter_on_the_peoples_and_their_ancestry_is_its_population():
    chapters = people_chapters()
    chapters[1] = ["Greek writers claimed that the Egyptians and the Colchians were one of the peoples of the south.",
                   "Colchians, Egyptians and Ethiopians were the only peoples with that custom, a traveller wrote.",
                   "A study of mummies found that the ancient populations resembled those of the Levant; "
                   "modern ancestry differs."]
    made = titles(chapters, "en", narrative=False, subject="ancient Egypt")
    assert made[1] == "Population"


def test_a_chapter_on_polls_and_debate_is_the_public_debate_not_the_pollster():
    warming = [["Greenhouse gases trap heat. Carbon dioxide is the main greenhouse gas.",
                "The greenhouse gases come from burning coal, oil and gas.",
                "Methane, another greenhouse gas, comes from farms.", "Forests take up carbon dioxide."],
               ["Sea levels rise as ice melts. Sea levels rose by twenty centimetres.",
                "Coral reefs bleach in warm water; sea levels threaten coasts.",
                "Glaciers shrink in the mountains.", "Heat waves grow longer and storms stronger."],
               ["Scientists agree on the causes, but public opinion is divided. The debate is sharp in some countries.",
                "A poll by Gallup found that most people knew of the problem. Gallup asked again two years later.",
                "Gallup found more concern in Europe; the media covered the debate widely.",
                "Critics disputed the science, and the controversy slowed action."]]
    made = titles(warming, "en", narrative=False, subject="global warming")
    assert made[2] == "Public debate"


def test_the_subject_under_another_name_heads_no_chapter():
    """A term named in nearly every chapter and all through the text (the
    subject's other name, shaped like en-global-warming's "climate change")
    tells no chapter apart, even the one that names it most."""
    chapters = [["Greenhouse gases trap heat, and the climate crisis follows.", "Carbon dioxide is the main greenhouse gas."],
                ["The climate crisis shows in the records. Thermometers record it.", "Satellites measure the oceans."],
                ["The climate crisis harms coral reefs. The climate crisis bleaches them.",
                 "Coral reefs die in warm water, a sign of the climate crisis.",
                 "The climate crisis also melts glaciers and raises the seas."],
                ["Nations meet to slow the climate crisis.", "Treaties set targets for emissions."]]
    made = titles(chapters, "en", narrative=False, subject="global warming")
    assert made[2] == "Coral reefs"
