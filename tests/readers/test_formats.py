"""HTML, WARC and RSS/Atom readers, and standard input (readers/html.py, warc.py, feeds.py)."""

from __future__ import annotations

import datetime as dt
import io
import sys

from conftest import DATA
from eventwire.article import Article
from eventwire.errors import ArticleError, E
from eventwire.readers import read

PAGE = DATA / "readers" / "page.html"


def test_html_main_text_and_metadata():
    (article,) = read([PAGE])
    assert isinstance(article, Article), str(article)
    assert article.id == "page"
    assert article.title == "Gondor recalls envoy from Mordor after border clash"
    assert (article.published, article.published_from) == (dt.date(2022, 4, 5), "input")
    assert article.url == "https://news.example.org/world/gondor-recalls-envoy"
    assert "recalled its ambassador" in article.text
    assert "Copyright" not in article.text and "Home" not in article.text
    assert article.sources == ("Reuters",)


def test_html_without_article_is_e004():
    (error,) = read([DATA / "readers" / "no_article.html"])
    assert isinstance(error, ArticleError) and error.code is E.E004


def _write_warc(path, pages):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for url, content_type, body in pages:
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)


def test_warc_html_responses_become_articles(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    _write_warc(
        path,
        [
            ("https://news.example.org/robots.txt", "text/plain", b"User-agent: *"),
            ("https://news.example.org/gondor", "text/html; charset=utf-8", PAGE.read_bytes()),
        ],
    )
    (article,) = read([path])
    assert isinstance(article, Article), str(article)
    assert article.id == "crawl:2"
    assert article.origin == f"{path}:2"
    assert article.url == "https://news.example.org/world/gondor-recalls-envoy"  # canonical link
    assert "recalled its ambassador" in article.text


def test_malformed_warc_is_e014(tmp_path):
    path = tmp_path / "broken.warc"
    path.write_bytes(b"this is not a WARC file\r\n\r\n")
    (error,) = read([path])
    assert isinstance(error, ArticleError) and error.code is E.E014


def test_rss_items_with_description_and_content():
    first, second = read([DATA / "readers" / "feed.rss"])
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.id == "https://news.example.org/gondor-envoy"
    assert first.title == "Gondor recalls envoy from Mordor"
    assert (first.published, first.published_from) == (dt.date(2022, 4, 5), "input")
    assert first.text.endswith(
        "killed three soldiers.\n\nMordor denied that its forces had fired first."
    )
    assert first.sources == ("Reuters",)  # the channel's title names a known outlet
    assert second.id == "feed:2"
    assert "threatened no one" in second.text  # content:encoded preferred to description


def test_atom_entry():
    (entry,) = read([DATA / "readers" / "feed.atom"])
    assert isinstance(entry, Article)
    assert (entry.id, entry.url) == ("urn:example:rohan", "https://news.example.org/rohan")
    assert entry.published == dt.date(2022, 4, 6)


def test_xml_that_is_not_a_feed_is_e014(tmp_path):
    path = tmp_path / "data.xml"
    path.write_text("<catalog><book>Gondor</book></catalog>")
    (error,) = read([path])
    assert isinstance(error, ArticleError) and error.code is E.E014


def test_directory_is_read_recursively_sorted_by_extension(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(
        "Second\n\nRohan said on Wednesday that its riders would ride."
    )
    (tmp_path / "a.txt").write_text(
        "First\n\nGondor on Tuesday recalled its ambassador from Mordor."
    )
    (tmp_path / "notes.md").write_text("# not an article format")
    ids = [a.id for a in read([tmp_path])]
    assert ids == ["a", "2"]


def test_glob_and_missing_path(tmp_path):
    (tmp_path / "x.txt").write_text("Gondor on Tuesday recalled its ambassador from Mordor.")
    results = list(read([str(tmp_path / "*.txt"), str(tmp_path / "missing.txt")]))
    assert isinstance(results[0], Article) and results[0].id == "x"
    assert isinstance(results[1], ArticleError) and results[1].code is E.E009


def test_stdin_is_sniffed(monkeypatch):
    lines = b'{"id": "s1", "text": "Gondor on Tuesday recalled its ambassador from Mordor."}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(lines))))
    (article,) = read(["-"])
    assert isinstance(article, Article) and article.id == "s1"
    monkeypatch.setattr(
        sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(PAGE.read_bytes())))
    )
    (page,) = read(["-"])
    assert isinstance(page, Article) and page.title.startswith("Gondor recalls envoy")
