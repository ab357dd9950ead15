"""`eventwire eval` from the command line: another article scored with --facts, --json written."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from conftest import shared_path
from eventwire.cli import app


def test_eval_scores_an_extra_facts_file_and_writes_json(tmp_path, nlp):
    facts = shared_path("seed", "expected.json")
    article = shared_path("seed", "000_1f957a2ce860c3e2.txt")
    out = tmp_path / "eval.json"
    result = CliRunner().invoke(
        app,
        ["eval", "--set", "seed", "--facts", str(facts), str(article), "--json", str(out)],
    )
    assert result.exit_code == 0, result.output
    metrics = json.loads(out.read_text())["sets"]["seed"]["metrics"]
    assert metrics["facts"] >= 0.7
    assert metrics[f"{article.stem}.facts"] == metrics["facts"]


def test_eval_unknown_set_is_one_line():
    result = CliRunner().invoke(app, ["eval", "--set", "nope"])
    assert result.exit_code == 1
    assert "unknown eval set nope" in result.stderr
