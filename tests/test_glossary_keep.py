"""The leave-one-set-out experiment of the glossary's keep model
(quality/glossary_keep.py): readers' reasons sorted into kinds, an order's
keep-rate counted over the first 30 and 60 entries, a shape demoted."""

from __future__ import annotations

from conftest import quality_script


def _script():
    return quality_script("glossary_keep")


def test_a_reason_goes_to_the_kind_whose_keyword_comes_first():
    script = _script()
    kinds = script.DROP_KINDS
    assert script.kind_of("fragment of 'Committee of Correspondence'", kinds) == "fragment"
    assert script.kind_of("place name; text defines the arc, a fragment", kinds) == "place"
    assert script.kind_of("everyday word", kinds) == "everyday"
    assert script.kind_of("well-known institution, not a concept", kinds) == "organisation"
    assert script.kind_of("", kinds) == "other"
    assert script.kind_of("sentence is about a medal, says nothing", script.WRONG_KINDS) == "about something else"


def _article(script, labels, names=()):
    # 70 entries in the hand-set order; `labels` place -> keep; `names` are capitalised one-word names
    rows = [{f: 0.0 for f in ("name", "one_word_name", "familiar", "cap_share")} for _ in range(70)]
    for n in names:
        rows[n].update(name=1.0, one_word_name=1.0, cap_share=1.0)
    return script.Article("s", "a", rows, [f"t{n}" for n in range(70)], dict(labels))


def test_an_order_is_counted_over_the_first_30_and_60_entries():
    script = _script()
    article = _article(script, {0: 0, 1: 1, 40: 1, 59: 0})
    m = script.measure([article], script.today, 0.5)
    assert (m["kept30"], m["n30"], m["kept60"], m["n60"], m["new60"]) == (1, 2, 2, 4, 0)
    # the two names of the first 30 demoted: both go past the 60th place (two new entries come in)
    article = _article(script, {0: 0, 1: 1, 40: 1, 59: 0}, names=(0, 59))
    m = script.measure([article], script.demoted("one-word name"), 0.5)
    assert (m["kept30"], m["n30"], m["kept60"], m["n60"], m["new60"]) == (1, 1, 2, 2, 2)
    assert script.est60(m, 0.5) == (2 / 2 * 58 + 0.5 * 2) / 60


def test_the_kinds_added_in_round_25():
    script = _script()
    kinds = script.DROP_KINDS
    assert script.kind_of("job title that explains itself", kinds) == "job title or office"
    assert script.kind_of("name of a specific programme, spelled out in the sentence", kinds) \
        == "named programme, project or model"
    assert script.kind_of("a nickname, not a concept", kinds) == "nickname"
    assert script.kind_of("a person's nickname", kinds) == "person"     # (the earliest keyword wins)


def test_entries_below_the_floor_leave_and_the_fewest_stay():
    """`leaving`: the window (here 6) reordered by logit, the entries below the
    floor leave unless protected, never fewer than `least`; refilled from
    below the window, or not (a shorter glossary)."""
    script = _script()
    logits = [2.0, -3.0, 1.0, -2.0, -4.0, 0.5, 3.0, -5.0]
    rows = [{"defined": float(n == 3), "concept": 0.0} for n in range(8)]
    article = script.Article("s", "a", rows, [f"t{n}" for n in range(8)])
    keep = lambda a: logits                                        # noqa: E731
    protect = script.PROTECTS["defined or concept"]
    assert script.leaving(keep, None, protect, blend=0.0, window=6, least=2)(article) == [0, 2, 5, 3, 1, 4, 6, 7]
    # p < 0.3 (logit < -0.85): 1, 3, 4 leave, but 3 is defined
    assert script.leaving(keep, 0.3, protect, blend=0.0, window=6, least=2)(article) == [0, 2, 5, 3, 6, 7]
    assert script.leaving(keep, 0.3, protect, blend=0.0, window=6, least=2, refill=False)(article) == [0, 2, 5, 3]
    # at least 5 stay: only the lowest (4) leaves
    assert script.leaving(keep, 0.3, script.PROTECTS["none"], blend=0.0, window=6, least=5)(article) \
        == [0, 2, 5, 3, 1, 6, 7]


def test_the_written_trees_read_back_as_fitted_and_the_shipped_model_fits_the_features(tmp_path):
    # quality/train_rank.py writes the boosted trees as TOML that the glossary
    # reads (`keep.load`): a threshold must come back exactly, or an entry whose
    # feature equals it would change sides.
    import tomllib
    from pack.extract.glossary import keep
    script = quality_script("train_rank")
    tree = [3, 0.1 + 0.2, [1, -0.09376137981447444, -0.25, 0.5], 0.125]
    assert tomllib.loads(f"trees = [{script.tree_text(tree)}]")["trees"] == [tree]
    base, trees = keep.load()
    assert len(trees) > 1 and all(isinstance(t, list) for t in trees)


def test_a_term_inside_a_longer_groups_term_is_marked():
    script = quality_script("train_rank")
    assert script.inside(["carbon dioxide", "dioxide", "carbon cycle", "cycle of rocks"]) == [0.0, 1.0, 0.0, 0.0]


def test_the_refit_comparison_counts_people_and_places_among_the_first_30_only_with_gold():
    # quality/train_rank.py --shipped: a cell also counts the gold's people and
    # places among the first 30 printed (quality/run.py's people_or_places).
    from types import SimpleNamespace
    script = quality_script("train_rank")
    terms = ["Marie Curie", "radium", "Warsaw"] + [f"term{n}" for n in range(40)]
    article = SimpleNamespace(terms=terms, must=[[1]], blind={1: 1, 2: 0})
    gold = {"people": [{"name": "Marie Curie"}], "traps": {"places": ["Warsaw"]},
            "glossary": {"must": [["radium"]]}}
    order = list(range(len(terms)))
    assert script.measure(article, order, float, gold)["pp"] == 2
    late = order[3:33] + order[:3] + order[33:]            # both names past the first 30
    assert script.measure(article, late, float, gold)["pp"] == 0
    assert "pp" not in script.measure(article, order, float)
