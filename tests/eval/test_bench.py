"""`eventwire bench` runs end to end and reports every figure it promises (no speed asserted)."""

from __future__ import annotations

import pytest

from conftest import shared_path
from eventwire.eval.bench import BenchOptions, run_bench


@pytest.mark.slow
def test_bench_reports_ratio_stages_startup_memory_and_scaling():
    corpus = shared_path("corpora", "newsarticles", "NewsArticles.csv")
    figures = run_bench(BenchOptions(corpus=corpus, limit=3, processes=2, batch_size=2))
    assert figures["articles"] == 3
    assert figures["ratio_pipeline_to_parse"] > 0
    assert set(figures["pipeline"]["stages_s"]) == {
        "actors",
        "times",
        "places",
        "quotes",
        "claims",
        "events",
        "parse",
    }
    assert figures["pipeline"]["peak_rss_mb"] > figures["spacy_parse"]["peak_rss_mb"] / 2
    assert set(figures["scaling"]) == {"1", "2"}
    assert {"build_or_load_s", "cache_load_s", "rss_mb"} <= set(figures["gazetteer"])
