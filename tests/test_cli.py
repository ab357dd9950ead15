"""The `eventwire` command: formats, exit status, bad input, idempotent ingest."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.record import ArticleRecord
from eventwire.store import open_store
from store.test_duckdb import make_record

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "articles.jsonl"

runner = CliRunner()


def sample_lines(n: int) -> list[str]:
    return SAMPLES.read_text(encoding="utf-8").splitlines()[:n]


@pytest.fixture
def two_articles(tmp_path) -> Path:
    path = tmp_path / "two.jsonl"
    path.write_text("\n".join(sample_lines(2)) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def db_with_records(tmp_path) -> Path:
    """A store filled with hand-made records (no NLP), for the read-side commands."""
    path = tmp_path / "r.duckdb"
    with open_store(path) as store:
        store.add(make_record("a1"))
        store.add(make_record("a2", make_record().article.text + " Later."))
    return path


def bad_batch(tmp_path: Path) -> tuple[list[Path], list[str]]:
    """Good and bad inputs mixed; returns the paths and the origins that must fail."""
    good = tmp_path / "good.jsonl"
    lines = sample_lines(2)
    good.write_text(lines[0] + "\n{not json\n" + lines[1] + '\n["a list"]\n', encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes(
        ("Le ministre a déclaré mardi que la réunion aurait lieu à Genève. " * 8).encode("latin-1")
        + b"\xff\xfe\x00"
    )
    no_article = tmp_path / "menu.html"
    no_article.write_text(
        "<html><head><title>Home</title></head><body><nav><a href='/'>Home</a>"
        "<a href='/about'>About</a></nav></body></html>",
        encoding="utf-8",
    )
    german = tmp_path / "german.txt"
    german.write_text(
        "BERLIN (dpa) - Die Bundesregierung hat am Dienstag neue Hilfen für die Ukraine "
        "angekündigt. Der Außenminister sagte nach einem Treffen mit seinem polnischen "
        "Amtskollegen in Warschau, Deutschland werde die Unterstützung fortsetzen. Die "
        "Opposition kritisierte die Entscheidung und forderte eine Debatte im Bundestag. "
        "Nach Angaben des Ministeriums sollen die Mittel noch in diesem Jahr fließen.\n",
        encoding="utf-8",
    )
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:
        chunk = b"The minister said on Tuesday that talks would continue. " * 1000
        while f.tell() < 50_000_000:
            f.write(chunk)
    paths = [good, empty, binary, latin1, no_article, german, huge]
    failing = [
        f"{good}:2",
        f"{good}:4",
        str(empty),
        str(binary),
        str(latin1),
        str(no_article),
        str(german),
        str(huge),
    ]
    return paths, failing


def test_ingest_bad_inputs_one_line_each_good_stored_and_reingest_changes_nothing(tmp_path, nlp):
    paths, failing = bad_batch(tmp_path)
    db = tmp_path / "bad.duckdb"
    args = ["ingest", *map(str, paths), "--db", str(db)]

    result = runner.invoke(app, args)
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    errors = result.stderr.strip().splitlines()
    assert len(errors) == len(failing), result.stderr
    for origin in failing:
        named = [line for line in errors if f" {origin}:" in line]
        assert len(named) == 1, (origin, errors)
    assert "Traceback" not in result.output
    assert "ingested 2, skipped 0, failed 8" in result.stdout

    with open_store(db, read_only=True) as store:
        first = [r.to_json() for r in store.records()]
        counts = {t: store.count(t) for t in ("articles", "events", "actors", "rejections")}
    assert len(first) == 2
    assert counts["rejections"] == len(failing)

    again = runner.invoke(app, args)
    assert again.exit_code == 1
    assert "ingested 0, skipped 2, failed 8" in again.stdout
    with open_store(db, read_only=True) as store:
        assert [r.to_json() for r in store.records()] == first
        assert {t: store.count(t) for t in counts} == counts


def test_ingest_then_events_table_lists_coded_events(two_articles, tmp_path, nlp):
    db = tmp_path / "e.duckdb"
    result = runner.invoke(app, ["ingest", str(two_articles), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "ingested 2, skipped 0, failed 0" in result.stdout
    table = runner.invoke(app, ["events", "--db", str(db), "--format", "table"])
    assert table.exit_code == 0, table.output
    assert "evidence" in table.stdout and "CAMEO" in table.stdout


def test_extract_jsonl_prints_one_record_per_article_in_input_order(two_articles, nlp):
    result = runner.invoke(app, ["extract", str(two_articles), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = [ArticleRecord.model_validate_json(x) for x in result.stdout.splitlines()]
    expected = [json.loads(line)["id"] for line in sample_lines(2)]
    assert [r.article.id for r in records] == expected


def test_extract_json_is_one_object_for_one_article_and_an_array_for_several(
    two_articles, tmp_path, nlp
):
    one = tmp_path / "one.jsonl"
    one.write_text(sample_lines(1)[0] + "\n", encoding="utf-8")
    single = runner.invoke(app, ["extract", str(one)])
    assert single.exit_code == 0, single.output
    assert json.loads(single.stdout)["article"]["id"] == "sample-001"
    several = runner.invoke(app, ["extract", str(two_articles), "--format", "json"])
    assert [r["article"]["id"] for r in json.loads(several.stdout)] == [
        "sample-001",
        "sample-002",
    ]


def test_extract_reports_bad_input_and_goes_on(two_articles, tmp_path, nlp):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = runner.invoke(
        app,
        [
            "extract",
            str(empty),
            str(two_articles),
            "--format",
            "jsonl",
            "--published",
            "2024-05-01",
        ],
    )
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"E001 {empty}: the file is empty; nothing to analyse"
    ]
    records = [json.loads(x) for x in result.stdout.splitlines()]
    assert [r["article"]["published"] for r in records] == ["2024-05-01", "2024-05-01"]


def test_extract_table_shows_the_article(two_articles, nlp):
    result = runner.invoke(app, ["extract", str(two_articles), "--format", "table"])
    assert result.exit_code == 0, result.output
    assert "sample-001" in result.stdout and "sample-002" in result.stdout


@pytest.mark.parametrize("option", ["--published", "--since"])
def test_a_bad_date_is_a_usage_error(option, tmp_path):
    command = "events" if option == "--since" else "extract"
    args = [command, option, "14/03/2016"] + (["x.txt"] if command == "extract" else [])
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output


def test_events_json_jsonl_csv_and_filters(db_with_records):
    db = str(db_with_records)
    as_json = runner.invoke(app, ["events", "--db", db, "--format", "json"])
    assert as_json.exit_code == 0, as_json.output
    rows = json.loads(as_json.stdout)
    assert [r["code"] for r in rows] == ["195", "195"]
    assert rows[0]["sentence"].startswith("Greek jets struck")

    lines = runner.invoke(app, ["events", "--db", db, "--format", "jsonl", "--actor", "TUR"])
    assert len(lines.stdout.splitlines()) == 2
    none = runner.invoke(app, ["events", "--db", db, "--format", "jsonl", "--code", "04"])
    assert none.stdout == ""  # the meeting is conditional: it did not happen
    unfactual = runner.invoke(
        app, ["events", "--db", db, "--format", "jsonl", "--include-unfactual", "--code", "04"]
    )
    assert len(unfactual.stdout.splitlines()) == 2

    as_csv = runner.invoke(
        app, ["events", "--db", db, "--format", "csv", "--since", "2024-03-05", "--place", "Ankara"]
    )
    table = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert len(table) == 2
    assert table[0]["source_code"] == "GRCMIL"


def test_events_on_a_missing_database_is_one_line(tmp_path):
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1
    assert result.stderr.startswith("E030 ")
    assert len(result.stderr.strip().splitlines()) == 1


def test_export_formats(db_with_records, tmp_path):
    db = str(db_with_records)
    jsonl = runner.invoke(app, ["export", "--db", db, "--format", "jsonl"])
    assert [json.loads(x)["article"]["id"] for x in jsonl.stdout.splitlines()] == ["a1", "a2"]
    out = tmp_path / "events.csv"
    result = runner.invoke(app, ["export", "--db", db, "--format", "csv", "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert len(out.read_text().splitlines()) == 1 + 4
    pq = tmp_path / "pq"
    result = runner.invoke(app, ["export", "--db", db, "--format", "parquet", "--output", str(pq)])
    assert result.exit_code == 0, result.output
    assert (pq / "events.parquet").exists()


def test_schema_prints_the_record_json_schema():
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert "article" in json.loads(result.stdout)["properties"]


def test_installed_command_reports_bad_input_without_traceback(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    missing = tmp_path / "missing.txt"
    proc = subprocess.run(
        [
            str(Path(sys.executable).with_name("eventwire")),
            "ingest",
            str(empty),
            str(missing),
            "--db",
            str(tmp_path / "s.duckdb"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        f"E001 {empty}: the file is empty; nothing to analyse",
        f"E009 {missing}: no such file or directory",
    ]


@pytest.fixture
def restore_actor_options():
    from eventwire.extract.actors import set_default_options
    from eventwire.extract.actors_lexicon import ActorOptions

    yield
    set_default_options(ActorOptions())


def test_extract_with_petrarch_dictionaries_codes_their_actors(
    tmp_path, nlp, restore_actor_options
):
    from conftest import shared_path

    folder = shared_path("eval", "events", "petrarch2_unittest")
    article = tmp_path / "gondor.txt"
    article.write_text("Gondor sent troops to Arnor on Monday.\n", encoding="utf-8")
    result = runner.invoke(
        app,
        [
            "extract",
            str(article),
            "--published",
            "2020-01-06",
            "--format",
            "jsonl",
            "--actors",
            str(folder / "PETR.Validate.actors.txt"),
            "--agents",
            str(folder / "PETR.Validate.agents.txt"),
        ],
    )
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    codes = {a["name"]: a["code"] for a in record["actors"]}
    assert codes["Gondor"] == "GON" and codes["Arnor"] == "ARN"


def test_a_missing_dictionary_is_one_line(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Gondor sent troops to Arnor on Monday.\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(article), "--actors", str(tmp_path / "no.txt")])
    assert result.exit_code == 1
    assert result.stderr.strip().startswith("E015")
