"""Tables for `eventwire eval` and `eventwire bench` (rendering only)."""

from __future__ import annotations

from typing import Any

from rich.table import Table


def eval_table(report: dict[str, Any]) -> Table:
    """One row per set and metric."""
    table = Table(title="eventwire eval", show_lines=False)
    table.add_column("set")
    table.add_column("metric")
    table.add_column("value", justify="right")
    for name, result in report["sets"].items():
        if "skipped" in result:
            table.add_row(name, "skipped", result["skipped"])
            continue
        for metric, value in result["metrics"].items():
            table.add_row(name, metric, f"{value:.3f}" if isinstance(value, float) else str(value))
    return table


def bench_table(figures: dict[str, Any]) -> Table:
    """Throughput of the parse alone and of the pipeline, their ratio, and the rest."""
    table = Table(
        title=f"eventwire bench · {figures['articles']} articles, {figures['words']} words"
    )
    table.add_column("measure")
    table.add_column("value", justify="right")
    parse, pipeline = figures["spacy_parse"], figures["pipeline"]
    table.add_row(
        "spaCy parse alone", f"{parse['articles_per_s']:.2f} art/s · {parse['words_per_s']:.0f} w/s"
    )
    table.add_row(
        "whole pipeline",
        f"{pipeline['articles_per_s']:.2f} art/s · {pipeline['words_per_s']:.0f} w/s",
    )
    table.add_row("ratio pipeline / parse", f"{figures['ratio_pipeline_to_parse']:.3f}")
    for stage, seconds in pipeline["stages_s"].items():
        table.add_row(f"  stage {stage}", f"{seconds:.2f} s")
    for what, seconds in figures["startup_s"].items():
        table.add_row(f"start-up {what}", f"{seconds:.2f} s")
    gazetteer = figures.get("gazetteer")
    if gazetteer:
        origin = "from cache" if gazetteer["was_cached"] else "built"
        table.add_row(
            "gazetteer start-up",
            f"{gazetteer['build_or_load_s']:.2f} s ({origin}) + "
            f"{gazetteer.get('first_use_tables_s', 0.0):.2f} s tables, +{gazetteer['rss_mb']:.0f} MB",
        )
    if pipeline.get("failed"):
        table.add_row("articles that failed", str(pipeline["failed"]))
    table.add_row(
        "peak RSS parse / pipeline",
        f"{parse['peak_rss_mb']:.0f} / {pipeline['peak_rss_mb']:.0f} MB",
    )
    for processes, run in figures["scaling"].items():
        table.add_row(
            f"{processes} process(es)",
            f"{run['articles_per_s']:.2f} art/s · ×{run['speedup']:.2f}",
        )
    return table
