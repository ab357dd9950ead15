import datetime as dt

from eventwire.article import Article
from eventwire.pipeline import process
from eventwire.record import ArticleRecord


def test_process_returns_record_with_text_and_date(nlp):
    article = Article(
        id="t1",
        text="Gondor's president met the Arnor foreign minister in Minas Tirith on Monday.",
        published=dt.date(2016, 3, 14),
        published_from="input",
    )
    record = process(article, nlp=nlp)
    assert record.article.text == article.text
    assert record.article.published == "2016-03-14"
    again = ArticleRecord.model_validate_json(record.to_json())
    assert again == record
