"""The `eventwire` command: a thin shell over the library.

Each command parses its options and calls plain functions (readers, pipeline, store,
output). Bad input never produces a traceback: each failed input is one line on
standard error naming it, the run goes on, and the exit status is 1 when anything
failed.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal, NoReturn

import typer

if TYPE_CHECKING:
    from .errors import ArticleError, Rejection
    from .store import Store
    from .store.ingest import IngestSummary, Outcome

app = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__)

DEFAULT_DB = "eventwire.duckdb"

PathsArg = Annotated[
    list[str],
    typer.Argument(
        help="Files (.txt, .html, .jsonl, .warc, .xml), directories, globs, or - for stdin.",
        show_default=False,
    ),
]
PublishedOpt = Annotated[
    str | None,
    typer.Option(
        "--published",
        metavar="DATE",
        help="Publication date (YYYY-MM-DD) of every article; overrides the input's.",
    ),
]
DbOpt = Annotated[str, typer.Option("--db", metavar="FILE", help="The DuckDB store.")]
ActorsOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--actors",
        metavar="FILE",
        help="A PETRARCH-format actor dictionary to use on top of the shipped ones (repeatable).",
    ),
]
AgentsOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--agents",
        metavar="FILE",
        help="A PETRARCH-format agent dictionary to use on top of the shipped ones (repeatable).",
    ),
]


@app.callback()
def main() -> None:
    """eventwire: news articles in, evidence-linked event data out."""


@app.command()
def schema() -> None:
    """Print the JSON schema of the article record."""
    from .record import record_json_schema

    typer.echo(json.dumps(record_json_schema(), indent=2))


@app.command()
def extract(
    paths: PathsArg,
    format: Annotated[
        Literal["json", "jsonl", "table"],
        typer.Option(
            "--format",
            help="json: one pretty record, or an array of several; jsonl: one record a line.",
        ),
    ] = "json",
    published: PublishedOpt = None,
    actors: ActorsOpt = None,
    agents: AgentsOpt = None,
) -> None:
    """Analyse articles and print their records, in input order."""
    from .output import RecordWriter
    from .readers import read
    from .record import ArticleRecord
    from .store.ingest import analyse

    date = _parse_date(published, "--published")
    _use_dictionaries(actors, agents)
    writer = RecordWriter(sys.stdout, format)
    failed = 0
    for outcome in analyse(read(paths, published=date)):
        if isinstance(outcome, ArticleRecord):
            writer.write(outcome)
        else:
            failed += 1
            _report(outcome)
    writer.close()
    if failed:
        raise typer.Exit(1)


@app.command()
def ingest(
    paths: PathsArg,
    db: DbOpt = DEFAULT_DB,
    published: PublishedOpt = None,
    actors: ActorsOpt = None,
    agents: AgentsOpt = None,
) -> None:
    """Analyse articles and store their records (and rejected inputs) in a DuckDB file.

    An article already stored with the same text is skipped; one stored under the same
    id with different text is replaced.
    """
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from .readers import read
    from .record import ArticleRecord
    from .store.ingest import analyse
    from .store.ingest import ingest as ingest_outcomes

    date = _parse_date(published, "--published")
    _use_dictionaries(actors, agents)
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    with _open_store(db, read_only=False) as store:
        progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            TimeElapsedColumn(),
            console=err,
            transient=True,
            disable=not err.is_terminal,
        )
        task = progress.add_task("reading and analysing…")

        def show(outcome: Outcome, summary: IngestSummary) -> None:
            if not isinstance(outcome, ArticleRecord):
                progress.console.print(str(_message(outcome)), markup=False)
            progress.update(task, description=str(summary))

        with progress:
            summary = ingest_outcomes(store, analyse(read(paths, published=date)), on_outcome=show)
    typer.echo(f"{summary} → {db}")
    if not summary.ok:
        raise typer.Exit(1)


@app.command()
def events(
    db: DbOpt = DEFAULT_DB,
    actor: Annotated[
        str | None,
        typer.Option(
            "--actor",
            metavar="CODE",
            help="CAMEO actor code prefix, source or target (RUS, USAGOV).",
        ),
    ] = None,
    code: Annotated[
        str | None,
        typer.Option("--code", metavar="CAMEO", help="CAMEO event code prefix (19, 190, 0874)."),
    ] = None,
    since: Annotated[
        str | None, typer.Option("--since", metavar="DATE", help="First date (YYYY-MM-DD).")
    ] = None,
    until: Annotated[
        str | None, typer.Option("--until", metavar="DATE", help="Last date (YYYY-MM-DD).")
    ] = None,
    place: Annotated[
        str | None,
        typer.Option("--place", metavar="NAME", help="Place name, or ISO3 country code."),
    ] = None,
    format: Annotated[
        Literal["table", "json", "jsonl", "csv"],
        typer.Option("--format", help="table for reading; json, jsonl or csv for programs."),
    ] = "table",
    include_unfactual: Annotated[
        bool,
        typer.Option(
            "--include-unfactual",
            help="Also list negated, intended, future and hypothetical events.",
        ),
    ] = False,
) -> None:
    """List the coded events in a store, with their evidence sentences."""
    from .output import write_events

    first = _parse_date(since, "--since")
    last = _parse_date(until, "--until")
    with _open_store(db, read_only=True) as store:
        rows = store.events(
            actor=actor,
            code=code,
            since=first,
            until=last,
            place=place,
            include_unfactual=include_unfactual,
        )
    write_events(rows, format, sys.stdout)


@app.command()
def export(
    db: DbOpt = DEFAULT_DB,
    format: Annotated[
        Literal["jsonl", "csv", "parquet"],
        typer.Option(
            "--format",
            help="jsonl: records; csv: one row per event; parquet: one file per table.",
        ),
    ] = "jsonl",
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            metavar="PATH",
            help="File to write (a directory for parquet); jsonl and csv go to stdout without it.",
        ),
    ] = None,
) -> None:
    """Export a store's records, events or tables."""
    from .store.export import write_events_csv, write_jsonl

    with _open_store(db, read_only=True) as store:
        if output is None and format == "parquet":
            output = str(Path(db).with_suffix("")) + "-parquet"
        if output is None or output == "-":
            if format == "jsonl":
                write_jsonl(store, sys.stdout)
            else:
                write_events_csv(store, sys.stdout)
            return
        target = store.export(output, format)
    typer.echo(f"wrote {target}", err=True)


@app.command("eval")
def eval_cli(
    sets: Annotated[
        list[str] | None,
        typer.Option(
            "--set", metavar="NAME", help="A gold set to score (repeatable); all by default."
        ),
    ] = None,
    json_path: Annotated[
        Path | None, typer.Option("--json", metavar="FILE", help="Write the full report as JSON.")
    ] = None,
    limit: Annotated[
        int | None,
        typer.Option("--limit", metavar="N", help="Score only the first N items of each set."),
    ] = None,
    verbose: Annotated[
        bool, typer.Option("--verbose", help="List the errors of each set.")
    ] = False,
    facts: Annotated[
        tuple[Path, Path] | None,
        typer.Option(
            "--facts",
            metavar="FILE ARTICLE",
            help="Also score ARTICLE against FILE, a facts file shaped like shared/seed/expected.json.",
        ),
    ] = None,
    shared: Annotated[
        Path, typer.Option("--shared", metavar="DIR", help="Folder holding eval/ and seed/.")
    ] = Path("../shared"),
    floors: Annotated[
        Path | None,
        typer.Option(
            "--floors",
            metavar="FILE",
            help="JSON of pinned floors per set and metric; exit 1 when a score falls below one.",
        ),
    ] = None,
) -> None:
    """Score eventwire on the gold sets in ../shared/eval, each with its own metric."""
    from .eval.report import eval_table
    from .eval.runner import EvalOptions, run_eval

    for path in facts or ():
        if not path.is_file():
            _fail(f"--facts: no such file {path}")
    options = EvalOptions(shared=shared, limit=limit, facts=(facts,) if facts else ())
    try:
        report = run_eval(sets, options)
    except ValueError as error:
        _fail(str(error))
    from rich.console import Console

    Console().print(eval_table(report))
    if verbose:
        for name, result in report["sets"].items():
            for line in result.get("errors", []):
                typer.echo(f"{name}: {line}")
    if json_path:
        json_path.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        typer.echo(f"wrote {json_path}", err=True)
    if floors:
        from .eval.runner import below_floors

        failures = below_floors(report, json.loads(floors.read_text(encoding="utf-8")))
        for failure in failures:
            typer.echo(f"below floor: {failure}", err=True)
        if failures:
            raise typer.Exit(1)


@app.command()
def bench(
    corpus: Annotated[
        Path,
        typer.Option("--corpus", metavar="PATH", help="NewsArticles CSV, or files read() accepts."),
    ] = Path("../shared/corpora/newsarticles/NewsArticles.csv"),
    limit: Annotated[int, typer.Option("--limit", metavar="N", help="Articles to time.")] = 200,
    processes: Annotated[
        int, typer.Option("--processes", metavar="N", help="Processes for the scaling run.")
    ] = 2,
    json_path: Annotated[
        Path | None, typer.Option("--json", metavar="FILE", help="Write the figures as JSON.")
    ] = None,
) -> None:
    """Time the whole pipeline against spaCy's parse alone on the same texts, in one run."""
    from rich.console import Console

    from .eval.bench import BenchOptions, run_bench
    from .eval.report import bench_table

    if not corpus.exists():
        _fail(f"{corpus}: no such corpus; pass --corpus PATH")
    figures = run_bench(BenchOptions(corpus=corpus, limit=limit, processes=processes))
    Console().print(bench_table(figures))
    if json_path:
        json_path.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
        typer.echo(f"wrote {json_path}", err=True)


def _use_dictionaries(actors: list[Path] | None, agents: list[Path] | None) -> None:
    """Load a migrating user's PETRARCH dictionaries for every article of this run."""
    if not actors and not agents:
        return
    from .errors import E
    from .extract.actors import set_default_options
    from .extract.actors_lexicon import ActorOptions

    for path in [*(actors or []), *(agents or [])]:
        if not path.is_file():
            _fail(E.E015.format(origin=path))
    set_default_options(
        ActorOptions(actor_dictionaries=tuple(actors or ()), agent_dictionaries=tuple(agents or ()))
    )


def _parse_date(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as error:
        raise typer.BadParameter(
            f"{value!r} is not a date; use YYYY-MM-DD", param_hint=option
        ) from error


def _message(outcome: ArticleError | Rejection) -> str:
    return str(outcome) if isinstance(outcome, Exception) else outcome.message


def _report(outcome: ArticleError | Rejection) -> None:
    typer.echo(_message(outcome), err=True)


def _fail(message: str) -> NoReturn:
    typer.echo(message, err=True)
    raise typer.Exit(1)


def _open_store(db: str, *, read_only: bool) -> Store:
    """The store in ``db``; a store error becomes one line on stderr and exit status 1."""
    from .errors import EventwireError
    from .store import open_store

    try:
        return open_store(db, read_only=read_only)
    except EventwireError as error:
        _fail(str(error))
