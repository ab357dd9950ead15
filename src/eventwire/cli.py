"""The `eventwire` command: a thin shell over the library."""

from __future__ import annotations

import json

import typer

app = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__)


@app.callback()
def main() -> None:
    """eventwire: news articles in, evidence-linked event data out."""


@app.command()
def schema() -> None:
    """Print the JSON schema of the article record."""
    from .record import record_json_schema

    typer.echo(json.dumps(record_json_schema(), indent=2))
