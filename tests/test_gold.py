"""The extractor against the hand-made gold facts of the shared corpus."""

from pathlib import Path

import pytest

from kg.evaluate import EvalReport, evaluate_facts, load_gold
from kg.extract import extract
from kg.text import load_article, sample_article_path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
BUNDLED_GOLD = Path(__file__).parent / "data" / "desperado-rodriguez.gold.json"


def test_gold_sample_article_is_extracted_exactly():
    """Every required fact of the sample (core and extended) and nothing outside facts+optional."""
    report = evaluate_facts(
        load_gold(BUNDLED_GOLD), extract(load_article(sample_article_path())), EvalReport()
    )
    assert report.misses == [], report.render()
    assert report.false_positives == [], report.render()
    assert report.character_accuracy == 1.0


def test_gold_bundled_copy_matches_shared_corpus():
    shared = CORPUS / "desperado-rodriguez.txt"
    if not shared.exists():
        pytest.skip("shared corpus not beside the checkout")
    assert sample_article_path().read_bytes() == shared.read_bytes()
    assert BUNDLED_GOLD.read_bytes() == (CORPUS / "desperado-rodriguez.gold.json").read_bytes()


def test_gold_corpus_meets_quality_targets():
    """The whole shared corpus, scored as `kg eval` scores it, stays above the agreed floors."""
    if not CORPUS.is_dir():
        pytest.skip("shared corpus not beside the checkout")
    from kg.evaluate import evaluate
    from kg.types import CORE_PREDICATES

    report = evaluate(CORPUS)
    assert report.core.f1 >= 0.95, report.render()
    assert all(report.scores[p].precision >= 0.95 for p in CORE_PREDICATES), report.render()
    assert report.extended.f1 >= 0.90, report.render()
    assert report.character_accuracy >= 0.90, report.render()
    assert report.confident_precision >= 0.97, report.render()


HELDOUT = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    ("folder", "core_f1", "core_precision"),
    [
        # floors a little under the scores in the twentieth session, 2026-11-25
        # (0.957/0.984, 0.960/1.000, 0.895/0.949, 0.949/0.990, 0.916/0.986, 0.872/0.960,
        # 0.880/0.962, 0.891/0.975, 0.868/0.948, 0.884/0.970, 0.897/0.970, 0.870/0.975,
        # 0.902/0.957, 0.929/0.982, 0.927/0.955, 0.879/0.945, 0.840/0.944, 0.903/0.951,
        # 0.937/0.989, 0.936/0.989, 0.941/0.983, 0.960/1.000;
        # kg eval matches every entity a name is an alias of). Sets 5 and 6 were blind until
        # the fifth session, set 7 until the sixth, ..., sets 15 and 16 until the fourteenth,
        # set 17 until the fifteenth, set 18 until the sixteenth, set 19 until the
        # seventeenth, set 20 until the eighteenth, set 21 until the nineteenth, set 22 until
        # the twentieth; set 23 stays blind, so it has no floor here
        ("heldout", 0.91, 0.96),
        ("heldout2", 0.93, 0.97),
        ("heldout3", 0.85, 0.94),
        ("heldout4", 0.89, 0.96),
        ("heldout5", 0.87, 0.96),
        ("heldout6", 0.80, 0.94),
        ("heldout7", 0.80, 0.93),
        ("heldout8", 0.81, 0.94),
        ("heldout9", 0.80, 0.89),
        ("heldout10", 0.80, 0.93),
        ("heldout11", 0.78, 0.89),
        ("heldout12", 0.79, 0.94),
        ("heldout13", 0.83, 0.93),
        ("heldout14", 0.86, 0.95),
        ("heldout15", 0.85, 0.91),
        ("heldout16", 0.82, 0.90),
        ("heldout17", 0.77, 0.90),
        ("heldout18", 0.82, 0.90),
        ("heldout19", 0.87, 0.95),
        ("heldout20", 0.87, 0.95),
        ("heldout21", 0.88, 0.95),
        ("heldout22", 0.93, 0.97),
    ],
)
def test_gold_heldout_sets_do_not_regress(folder, core_f1, core_precision):
    """The held-out sets used for development keep what general fixes won on them."""
    from kg.evaluate import evaluate

    report = evaluate(HELDOUT / folder)
    assert report.core.f1 >= core_f1, report.render()
    assert report.core.precision >= core_precision, report.render()
