"""Placeholder: checks that an article is analysable (being written, issue 2)."""

from __future__ import annotations

from .article import Article


def ensure_analysable(article: Article) -> None:
    """Raise ArticleError when the article cannot be analysed (empty, not English…)."""
