"""The sentence shown for a glossary term the article never defines
(`pack.extract.glossary.context`), on real sentences of tuning articles
(en-global-warming, en-history-of-aluminium, id-budi-utomo, and the extra
tuning articles of quality/extra), and the definition patterns' memory of
what they found (`pack.text.definitions`)."""

from __future__ import annotations

from dataclasses import replace

import pytest

import pack.text.definitions.patterns as patterns
from pack.extract.glossary.context import Use, best_sentence
from pack.text.analysis import analyse
from pack.text.candidates import normal_key
from pack.text.definitions import definitions_at

from test_glossary import article_of


def shown(text: str, term: str, lang: str) -> str:
    """The sentence `best_sentence` picks among every use of `term` in `text`
    (one paragraph per sentence: a line that is no sentence stays one)."""
    analysis = analyse(article_of(text, lang))
    index, lex = analysis.index, analysis.lex
    words = tuple(normal_key(w, lex) for w in term.split())
    uses = [Use(n, i, i + len(words) - 1) for n, keys in enumerate(index.keys)
            for i in range(len(keys)) if tuple(keys[i:i + len(words)]) == words]
    assert len(uses) >= 2, uses
    return index.sentences[best_sentence(uses, index, lex)].text


AEROSOLS_PASSING = ("The effects of the products of fossil fuel combustion – CO2 and aerosols – have "
                    "partially offset one another in recent decades, so that net warming has been due "
                    "to the increase in non-CO2 greenhouse gases such as methane.")
AEROSOLS_NAMED = ("Solid and liquid particles known as aerosols, produced by volcanoes and human-made "
                  "pollutants, are thought to be the main cause of this dimming.")
PBI_PASSING = ("Sepulangnya Soetomo, dia mendirikan organisasi Persatuan Bangsa Indonesia (PBI) "
               "yang merupakan partai yang dia ketuai.")
PBI_COPULA = ("PBI merupakan organisasi yang dia dirikan pada tanggal 16 Oktober 1930 untuk "
              "menggantikan Indonesische Studieclub (ISC) sebagai organisasi politik.")
IMPURITIES_BACK = ("They found small metallic particles they believed were the sought-after metal; "
                   "but later experiments by other chemists showed these were iron phosphide from "
                   "impurities in the charcoal and bone ash.")
IMPURITIES_PLAIN = ("British engineer James Fern Webster launched the industrial production of aluminium "
                    "by reduction with sodium in 1882; his aluminium was much purer than Deville's "
                    "(it contained 0.8% impurities whereas Deville's typically contained 2%).")
PERMAFROST_FIRST = ("Warming is expected to be greater over land than over the oceans and greatest in "
                    "the Arctic, with the continuing retreat of glaciers, permafrost and sea ice.")
PERMAFROST_LATER = ("Continued permafrost degradation will likely result in unstable infrastructure "
                    "in Arctic regions, or Alaska before 2100.")
GASES_FIRST = ("The largest human influence has been the emission of greenhouse gases such as carbon "
               "dioxide, methane and nitrous oxide.")
GASES_PASSIVE = ("Although more greenhouse gases are emitted in the Northern than in the Southern "
                 "Hemisphere, this fact does not contribute to the difference in warming because the "
                 "major greenhouse gases persist long enough to diffuse within as well as between the hemispheres.")

STUDIEFONDS_LEAD_IN = ("Salah satu agenda yang dibahas merupakan usulan dari Sudirohusodo untuk mendirikan "
                       "Badan Bantuan Pendidikan atau studiefonds, tapi usulan itu ditolak dengan 3 poin penolakan:")
STUDIEFONDS_PLAIN = ("Sudirohusodo pun juga berhasil mewujudukan gagasannya dengan mendirikan Badan Bantuan "
                     "Pendidikan (studiefonds) yang bernama Darma Wara yang mendapatkan bantuan dari pemerintah "
                     "sebesar 50.000 gulden Belanda.")
COLLAPSE_PASSING = ("Interest grew in all types of compact objects that might be formed by "
                    "gravitational collapse.")
COLLAPSE_ACTS = ("Gravitational collapse occurs when an object's internal pressure is insufficient "
                 "to resist the object's own gravity.")
CYLINDER_FRONTED = ("Thus by repeatedly heating and cooling the cylinder, the engine wasted most of its "
                    "thermal energy.")
CYLINDER_PLAIN = "The principal difficulty was in machining the piston and cylinder."
SENATE_FIRST = "Peter abolished the Duma and created a Senate of ten members."
SENATE_AS = ("The Senate was founded as the highest state institution to supervise all judicial, "
             "financial and administrative affairs.")
BOMBE_NOT_SUBJECT = "Specifying the bombe was the first of five major cryptanalytical advances that Turing made."
BOMBE_NAMED = ("Within weeks, Turing had specified an electromechanical machine called the bombe, which could "
               "break Enigma more effectively than the Polish bomba kryptologiczna.")
TROPOSPHERE_PASSING = ("Since 1979, the average temperature of the lower troposphere has increased between 0.12 "
                       "and 0.135 °C per decade.")
TROPOSPHERE_GLOSSED = ("The greenhouse effect produces warming of the lower atmosphere (the troposphere), but "
                       "cooling of the upper atmosphere.")
PRESSURE_OCCURS = ("Degeneracy pressure occurs from the Pauli exclusion principle: particles will resist "
                   "being in the same place as each other.")
PRESSURE_COMPOUND = ("Quark stars would be made up of quark matter and supported by quark degeneracy pressure, "
                     "a form of degeneracy pressure even stronger than neutron degeneracy pressure.")
COLLABORATOR_QUOTED = 'AS pada saat itu menganggap Soekarno sebagai salah satu "pemimpin kolaborator terkemuka."'
COLLABORATOR_PLAIN = ("Soekarno sadar bahwa masa lalunya sebagai kolaborator Jepang dan kepemimpinannya di Putera "
                      "yang disetujui Jepang pada masa pendudukan akan membuat negara-negara Barat tidak "
                      "mempercayainya.")
COTTON_FIGURES = "In 1781 cotton spun amounted to 5.1 million pounds, which increased to 56 million pounds by 1800."
COTTON_PLAIN = ("Some cotton had been grown in the West Indies, particularly in Haiti, but Haitian cotton "
                "production was halted by the Haitian Revolution in 1791.")
MLB_NAMES = ("Toronto is represented in five major league sports, with teams in the National Hockey League "
             "(NHL), Major League Baseball (MLB), National Basketball Association (NBA), Canadian Football "
             "League (CFL), and Major League Soccer (MLS).")
MLB_PLAIN = "The city is home to the Toronto Blue Jays MLB baseball team."
PARDONS_STORY = ("Leech is now regularly described as the \"architect\" of Turing's pardon and subsequently the "
                 "Alan Turing Law which went on to secure pardons for 75,000 other men and women convicted of "
                 "similar crimes.")
PARDONS_GENERAL = ("Pardons are normally granted only when the person is technically innocent, and a request "
                   "has been made by the family or other interested party; neither condition was met in regard "
                   "to Turing's conviction.")
PARDON_GRANTED = "Queen Elizabeth II granted Turing a posthumous pardon in 2013."
PARDON_NOT = ("A posthumous pardon was not considered appropriate as Alan Turing was properly convicted of "
              "what at the time was a criminal offence.")
CONCENTRATION_LINE = "Carbon dioxide concentration"
CONCENTRATION_PLAIN = "However, if the carbon dioxide concentration is low, RuBisCO will bind oxygen instead of carbon dioxide."
COTTAGE_LONG = ("Wages in Lancashire, a core region for cottage industry and later factory spinning and "
                "weaving, were about one-sixth those in India in 1770, when overall productivity in Britain "
                "was about three times higher than in India.")
COTTAGE_LATER = ("On the eve of the Industrial Revolution, spinning and weaving were done in households, for "
                 "domestic consumption and as a cottage industry under the putting-out system.")
CROWN_FIRST = "The Mississauga surrendered the area to the British Crown in 1787."
CROWN_STORY = "The Crown granted them land to compensate for their losses."

GLUCOSE_PLAIN = "Farmers measured glucose in 1850."      # made up, shaped like en-photosynthesis
GLUCOSE_AFTER_VERB = "Plants produce glucose, a sugar that stores energy."
GLUCOSE_COMPOUND = "Leaves hold the plant glucose, a sugar that stores energy."
PUMP_PLAIN = "Sailors fixed the pump in 1800."
PUMP_COMPOUND = "Sailors fixed the sea water pump, a device that lifts water."

# (sentences in article order, term, language, the sentence to show)
CASES = {
    "a later sentence naming the term wins over a passing first use":
        ([AEROSOLS_PASSING, AEROSOLS_NAMED], "aerosols", "en", AEROSOLS_NAMED),
    "id: the term as subject before a copula wins":
        ([PBI_PASSING, PBI_COPULA], "PBI", "id", PBI_COPULA),
    "id: the copula sentence first stays first":
        ([PBI_COPULA, PBI_PASSING], "PBI", "id", PBI_COPULA),
    "a first use opening with a pronoun gives way":
        ([IMPURITIES_BACK, IMPURITIES_PLAIN], "impurities", "en", IMPURITIES_PLAIN),
    "a first use listing the term among others gives way to a plain mention":
        ([PERMAFROST_FIRST, PERMAFROST_LATER], "permafrost", "en", PERMAFROST_LATER),
    "the first use stays when no sentence explains better":
        ([PERMAFROST_LATER, PERMAFROST_FIRST], "permafrost", "en", PERMAFROST_LATER),
    "a long first use stays against a short mention":
        ([COTTAGE_LONG, COTTAGE_LATER], "cottage industry", "en", COTTAGE_LONG),
    "an apposition after a compound is said of the compound, not of the term":
        ([PRESSURE_OCCURS, PRESSURE_COMPOUND], "degeneracy pressure", "en", PRESSURE_OCCURS),
    "a word that can be a verb, after a subject, is the verb: the apposition is the term's":
        ([GLUCOSE_PLAIN, GLUCOSE_AFTER_VERB], "glucose", "en", GLUCOSE_AFTER_VERB),
    "... and after a determiner it is a noun of a compound":
        ([GLUCOSE_PLAIN, GLUCOSE_COMPOUND], "glucose", "en", GLUCOSE_PLAIN),
    "... and after a noun in the singular (no bare verb follows one)":
        ([PUMP_PLAIN, PUMP_COMPOUND], "pump", "en", PUMP_PLAIN),
    "id: a term inside a quotation gives way":
        ([COLLABORATOR_QUOTED, COLLABORATOR_PLAIN], "kolaborator", "id", COLLABORATOR_PLAIN),
    "a list of figures gives way":
        ([COTTON_FIGURES, COTTON_PLAIN], "cotton", "en", COTTON_PLAIN),
    "a sentence crowded with other names gives way":
        ([MLB_NAMES, MLB_PLAIN], "MLB", "en", MLB_PLAIN),
    "a present passive after the term opening the sentence says how it is in general":
        ([PARDONS_STORY, PARDONS_GENERAL], "pardons", "en", PARDONS_GENERAL),
    "a copula before a negation says what the term is not":
        ([PARDON_GRANTED, PARDON_NOT], "pardon", "en", PARDON_GRANTED),
    "a line that is no sentence gives way":
        ([CONCENTRATION_LINE, CONCENTRATION_PLAIN], "carbon dioxide concentration", "en", CONCENTRATION_PLAIN),
    "a passive after the term is no definition":
        ([GASES_FIRST, GASES_PASSIVE], "greenhouse gases", "en", GASES_FIRST),
    "the term as subject of a verb in the present tense says what it does":
        ([COLLAPSE_PASSING, COLLAPSE_ACTS], "gravitational collapse", "en", COLLAPSE_ACTS),
    "a past verb after the subject tells a story, not what it does":
        ([CROWN_FIRST, CROWN_STORY], "Crown", "en", CROWN_FIRST),
    "a passive with 'as' after the subject says what it is":
        ([SENATE_FIRST, SENATE_AS], "Senate", "en", SENATE_AS),
    "a word before the term that is no article makes it no subject of the copula":
        ([BOMBE_NOT_SUBJECT, BOMBE_NAMED], "bombe", "en", BOMBE_NAMED),
    "a sentence a definition pattern explains the term in wins over a passing use":
        ([TROPOSPHERE_PASSING, TROPOSPHERE_GLOSSED], "troposphere", "en", TROPOSPHERE_GLOSSED),
    "id: a first use that only leads in to a list gives way":
        ([STUDIEFONDS_LEAD_IN, STUDIEFONDS_PLAIN], "studiefonds", "id", STUDIEFONDS_PLAIN),
    "a comma closing a fronted phrase is no apposition":
        ([CYLINDER_PLAIN, CYLINDER_FRONTED], "cylinder", "en", CYLINDER_PLAIN),
}

# Sentences the source cut where it removed a formula (seen: fresh-11
# en-photon, fresh-8 en-electric-battery and en-heat-pump, fresh-9
# en-mercedes-benz; the cut ones judged wrong).
MOMENTUM_CUT = "The momentum of a photon"
MOMENTUM_PLAIN = "The photon also carries spin angular momentum, which is related to photon polarization."
VOLTAGE_CUT = "across the terminals of a cell is known as the terminal voltage (difference) and is measured in volts."
VOLTAGE_PLAIN = ("The terminal voltage of a cell that is neither charging nor discharging is called the "
                 "open-circuit voltage and equals the emf of the cell.")
COMPRESSOR_SYMBOL = "W is the work performed on the working fluid by the heat pump's compressor."
COMPRESSOR_PLAIN = "To avoid noise and vibrations, a recently developed rotary piston compressor was used."
QUANTUM_FORMULA = ("Max Planck proposed that the energy of any system that absorbs or emits radiation of "
                   "frequency ν is an integer multiple of an energy quantum E = hν .")
QUANTUM_PLAIN = "Einstein argued that each energy quantum of light moves independently of the others."
DIESEL_QUOTED_LETTER = '"D" indicates the vehicle is equipped with a diesel engine.'
DIESEL_LATER = ("Variants of the same model such as an estate version or a vehicle with a diesel engine "
                "are no longer given a separate letter.")
CUT_CASES = {
    "a line the source cut (no closing mark) gives way":
        ([MOMENTUM_CUT, MOMENTUM_PLAIN], "momentum", "en", MOMENTUM_PLAIN),
    "the rest of a sentence a formula began (lower case) gives way":
        ([VOLTAGE_CUT, VOLTAGE_PLAIN], "terminal voltage", "en", VOLTAGE_PLAIN),
    "a formula's symbol as the subject gives way":
        ([COMPRESSOR_SYMBOL, COMPRESSOR_PLAIN], "compressor", "en", COMPRESSOR_PLAIN),
    "a formula left in the sentence gives way":
        ([QUANTUM_FORMULA, QUANTUM_PLAIN], "energy quantum", "en", QUANTUM_PLAIN),
    "a letter quoted as a name is no formula's symbol":
        ([DIESEL_QUOTED_LETTER, DIESEL_LATER], "diesel engine", "en", DIESEL_QUOTED_LETTER),
}
CASES |= CUT_CASES


@pytest.mark.parametrize("sentences, term, lang, expected", CASES.values(), ids=list(CASES))
def test_context_sentence(sentences, term, lang, expected):
    assert shown("\n\n".join(sentences), term, lang) == expected


def test_a_use_inside_a_longer_name_gets_nothing_for_what_follows():
    """A use that is part of a longer name (`Occurrence.standalone` false,
    "Nathan Phillips Square is the city's main square"): what follows is
    said of the name, so the copula after it earns the sentence nothing."""
    plain = "Komisi Budi Utomo – PBI pun dibentuk pada bulan Januari 1934 dan menghasilkan kesepakatan untuk meleburkan diri."
    analysis = analyse(article_of(PBI_COPULA + "\n\n" + plain, "id"))
    index, lex = analysis.index, analysis.lex
    copula, mention = [Use(n, keys.index("pbi"), keys.index("pbi")) for n, keys in enumerate(index.keys)]
    assert best_sentence([mention, copula], index, lex) == 0
    assert best_sentence([mention, replace(copula, standalone=False)], index, lex) == 1


def test_the_patterns_run_once_per_use(monkeypatch):
    """The glossary asks for a use's definitions twice (its definition, then
    its context sentence): the second answer comes from memory."""
    analysis = analyse(article_of(TROPOSPHERE_GLOSSED, "en"))
    index, lex = analysis.index, analysis.lex
    at = index.keys[0].index("troposphere")
    runs = []
    real = patterns._run_patterns
    monkeypatch.setattr(patterns, "_run_patterns", lambda *args: runs.append(args[2:4]) or real(*args))
    first = definitions_at(index.sentences[0], index.keys[0], at, at, 0, lex)
    again = definitions_at(index.sentences[0], index.keys[0], at, at, 0, lex)
    assert first == again and [f.pattern for f in first] and runs == [(at, at)]


def test_the_digits_of_a_formula_are_no_figures():
    # "CH4", "CO2", "N2O" would make a chemistry sentence a "list of figures".
    from pack.extract.glossary.context import NUMBER
    assert NUMBER.findall("Methane (CH4) traps far more heat than CO2 or N2O did in 2010, about 1.5 times.") == ["2010", "1.5"]


def test_a_use_in_another_word_of_the_group_is_a_mention_in_passing():
    # (seen fresh-8, en-louisiana-purchase: "possessor" shown for "possession", judged wrong)
    analysis = analyse(article_of(
        "There is on the globe one single spot, the possessor of which is our natural and habitual enemy.\n\n"
        "Napoleon needed peace to implement the treaty and take possession of Louisiana.\n\n"
        "France took possession of the territory in 1803.\n\n"
        "The possession of New Orleans mattered to farmers.", "en"))
    index, lex = analysis.index, analysis.lex
    uses = [Use(n, i, i) for n, keys in enumerate(index.keys) for i, key in enumerate(keys)
            if key in ("possessor", "possession")]
    assert index.sentences[best_sentence(uses, index, lex)].text.startswith("Napoleon needed peace")
    # with as many uses of each word, neither is the term's: the first use stays
    assert index.sentences[best_sentence(uses[:2], index, lex)].text.startswith("There is on the globe")


def test_another_name_before_the_term_is_no_list_item():
    # (seen fresh-3, en-electricity: the reader pointed at the first sentence)
    text = ("Alessandro Volta's battery, or voltaic pile, of 1800, made from alternating layers of zinc and copper, "
            "provided scientists with a more reliable source of electrical energy.\n\n"
            "That water could be decomposed by the current from a voltaic pile was discovered by Nicholson and "
            "Carlisle in 1800, a process now known as electrolysis.")
    assert shown(text, "voltaic pile", "en").startswith("Alessandro Volta's battery, or voltaic pile")


def test_the_lead_shown_for_a_term_before_gives_way_to_a_plain_mention():
    # (seen fresh-11, en-photon: the lead printed for four more terms, judged wrong each time)
    text = ("A photon (from Ancient Greek φῶς, φωτός (phôs, phōtós) 'light') is an elementary particle that is "
            "a quantum of the electromagnetic field, including electromagnetic radiation such as light and "
            "radio waves, and the force carrier for the electromagnetic force.\n\n"
            "Heinrich Hertz detected radio waves in 1888.")
    analysis = analyse(article_of(text, "en"))
    index, lex = analysis.index, analysis.lex
    uses = [Use(n, i, i + 1) for n, keys in enumerate(index.keys) for i in range(len(keys) - 1)
            if keys[i:i + 2] == ["radio", "waves"]]
    assert best_sentence(uses, index, lex) == 0                  # the lead, shown for no other term yet
    assert best_sentence(uses, index, lex, taken={0}) == 1       # shown already: the plain mention
    assert best_sentence(uses, index, lex, taken={1}) == 0
