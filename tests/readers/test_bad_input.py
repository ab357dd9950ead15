"""Bad input: each becomes one line with a stable code, and the run goes on (readers/decode.py)."""

from __future__ import annotations

import codecs
import tracemalloc

import pytest

from conftest import DATA
from eventwire.article import Article
from eventwire.errors import ArticleError, E
from eventwire.readers import ReadOptions, read

STORY = "Gondor recalls envoy\n\nGondor on Tuesday recalled its ambassador from Mordor after shelling near the border killed three soldiers, the ministry said.\n"


def read_error(path, **kwargs) -> ArticleError:
    (result,) = read([path], **kwargs)
    assert isinstance(result, ArticleError), f"expected an error, got {result!r}"
    message = str(result)
    assert "\n" not in message and str(path) in message and "Traceback" not in message
    return result


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("empty.txt", b"", E.E001),
        ("blank.txt", b" \n\n\t\n", E.E001),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", E.E002),
        ("latin1.txt", STORY.replace("Gondor on", "Gondor (Gondór) on").encode("latin-1"), E.E003),
        ("broken.html", b"", E.E001),
        ("notes.pdf", b"%PDF-1.4", E.E012),
    ],
)
def test_bad_file_gives_its_code(tmp_path, name, content, code):
    path = tmp_path / name
    path.write_bytes(content)
    assert read_error(path).code is code


def test_undecodable_bytes_are_located(tmp_path):
    path = tmp_path / "cp1252.txt"
    path.write_bytes(STORY.encode("utf-8") + "Faramir said: \u201cno\u201d.".encode("cp1252"))
    error = read_error(path)
    assert error.code is E.E003 and "0x93" in str(error)


@pytest.mark.parametrize("bom", [codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF8])
def test_byte_order_marks_are_decoded(tmp_path, bom):
    encoding = {codecs.BOM_UTF16_LE: "utf-16-le", codecs.BOM_UTF16_BE: "utf-16-be"}.get(
        bom, "utf-8"
    )
    path = tmp_path / "bom.txt"
    path.write_bytes(bom + STORY.encode(encoding))
    (article,) = read([path])
    assert isinstance(article, Article), str(article)
    assert article.title == "Gondor recalls envoy"


@pytest.mark.parametrize("language", ["de", "fr", "es", "it", "pt", "nl", "ru"])
def test_non_english_article_is_e005(language):
    error = read_error(DATA / "readers" / "non_english" / f"{language}.txt")
    assert error.code is E.E005


def test_too_short_is_e010(tmp_path):
    path = tmp_path / "short.txt"
    path.write_text("Breaking news")
    assert read_error(path).code is E.E010


def test_50_mb_file_is_rejected_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    chunk = (STORY * 100).encode("utf-8")
    with path.open("wb") as stream:
        while stream.tell() < 50_000_000:
            stream.write(chunk)
    tracemalloc.start()
    try:
        error = read_error(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert error.code is E.E008
    assert peak < 5_000_000


def test_large_jsonl_corpus_is_read_line_by_line(tmp_path):
    path = tmp_path / "corpus.jsonl"
    line = b'{"text": "Gondor on Tuesday recalled its ambassador from Mordor after shelling."}\n'
    path.write_bytes(line * 2000)
    results = list(read([path], options=ReadOptions(max_bytes=50_000)))
    assert len(results) == 2000 and all(isinstance(r, Article) for r in results)


def test_one_bad_file_does_not_stop_the_others(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_text(STORY)
    results = list(read([tmp_path]))
    assert isinstance(results[0], ArticleError) and isinstance(results[1], Article)
