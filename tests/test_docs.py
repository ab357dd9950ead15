"""Docs under test: every command is documented, and every documented command exists.

The README's command lines are checked against the real CLI (each subcommand and each
option it shows must be accepted), so the README cannot drift from the program.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

import typer.main

from eventwire.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands() -> dict[str, Any]:
    group = typer.main.get_command(app)
    return dict(group.commands)  # type: ignore[attr-defined]


def _readme_command_lines() -> list[list[str]]:
    lines = []
    for block in re.findall(r"```(?:\w*)\n(.*?)```", README, flags=re.S):
        for line in block.splitlines():
            line = line.removeprefix("$ ").strip()
            words = shlex.split(line.replace("...", ""), comments=True) if line else []
            if words and words[0].endswith("eventwire") and len(words) > 1:
                lines.append(words[1:])
    return lines


def test_every_command_is_in_the_readme():
    for name in _commands():
        assert re.search(rf"eventwire {name}\b", README), f"README does not show `eventwire {name}`"


def test_every_readme_command_and_option_exists():
    commands = _commands()
    lines = _readme_command_lines()
    assert len(lines) >= len(commands)
    for words in lines:
        name, rest = words[0], words[1:]
        assert name in commands, f"README shows unknown command `eventwire {name}`"
        known = {opt for param in commands[name].params for opt in param.opts}
        for word in rest:
            option = word.strip("[]").split("=")[0]
            if option.startswith("--"):
                assert option in known, f"`eventwire {name}` has no option {option}"


def test_readme_opens_with_the_two_commands():
    first_block = README.split("```")[1]
    assert "make demo" in first_block and "make test" in first_block


def test_readme_store_commands_run_as_written(tmp_path, monkeypatch, nlp):
    """The 'Querying a store' lines, run in a fresh folder beside the bundled samples."""
    from typer.testing import CliRunner

    block = README.split("Querying a store:")[1].split("```")[1]
    lines = [line.removeprefix("$ ") for line in block.splitlines() if line.startswith("$ ")]
    (tmp_path / "samples").symlink_to(ROOT / "samples")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    for line in lines:
        words = shlex.split(line.split(">")[0])
        result = runner.invoke(app, words[1:])
        assert result.exit_code == 0, (line, result.output)
    assert (tmp_path / "eventwire.duckdb").exists()
    assert any((tmp_path / "corpus-parquet").iterdir())
