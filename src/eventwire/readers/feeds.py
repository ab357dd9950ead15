"""RSS and Atom feeds: each item (entry) is an article, its content or description the text.

The feed is parsed incrementally (lxml ``iterparse``) and each item is dropped once
read, so a large feed never sits in memory whole.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterator
from email.utils import parsedate_to_datetime
from typing import Any, BinaryIO

from ..article import Article
from ..errors import ArticleError, E
from .options import ReadOptions
from .outlets import normalise_outlet
from .text import article_from_text

_ITEMS = frozenset({"item", "entry"})
_FEEDS = frozenset({"rss", "feed", "RDF", "channel"})
# Fuller text first: content:encoded / Atom content, then the summary.
_TEXT_FIELDS = ("encoded", "content", "description", "summary")
_DATE_FIELDS = ("pubDate", "published", "date", "issued", "updated", "modified")
_BLOCKS = frozenset({"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr"})


def read_feed(
    stream: BinaryIO, *, stem: str, origin: str, options: ReadOptions
) -> Iterator[Article | ArticleError]:
    """Yield an article or an error per feed item, in order.

    Item ids are the item's ``guid``/``id``, else ``<stem>:<item number>``.
    """
    from lxml import etree

    number = 0
    outlet: str | None = None
    root_checked = False
    try:
        for event, element in etree.iterparse(
            stream, events=("start", "end"), resolve_entities=False, no_network=True
        ):
            name = etree.QName(element).localname
            if event == "start":
                if not root_checked:
                    root_checked = True
                    if name not in _FEEDS:
                        yield ArticleError(
                            E.E014, origin, detail=f"<{name}> is not an RSS or Atom feed"
                        )
                        return
                continue
            parent = element.getparent()
            if name == "title" and parent is not None and etree.QName(parent).localname in _FEEDS:
                outlet = normalise_outlet(element.text or "") or outlet
            if name not in _ITEMS:
                continue
            number += 1
            yield _article_from_item(element, stem=stem, origin=origin, number=number,
                                     outlet=outlet, options=options)  # fmt: skip
            element.clear()
            while element.getprevious() is not None:
                del element.getparent()[0]
    except etree.XMLSyntaxError as error:
        yield ArticleError(E.E014, origin, detail=str(error).splitlines()[0][:200])


def _article_from_item(
    item: Any, *, stem: str, origin: str, number: int, outlet: str | None, options: ReadOptions
) -> Article | ArticleError:
    where = f"{origin}:{number}"
    fields = _fields(item)
    body = next((fields[key] for key in _TEXT_FIELDS if fields.get(key, "").strip()), "")
    if not body.strip():
        return ArticleError(E.E010, where, detail="the item has no description or content")
    text = fragment_to_text(body)
    if len(text.encode("utf-8")) > options.max_bytes:
        return ArticleError(E.E008, where, detail=f"item text over {options.max_bytes:,} bytes")
    published = next(
        (date for key in _DATE_FIELDS if (date := parse_feed_date(fields.get(key)))), None
    )
    item_id = fields.get("guid") or fields.get("id") or f"{stem}:{number}"
    return article_from_text(
        text,
        article_id=item_id.strip(),
        origin=where,
        options=options,
        title=html.unescape(fields["title"]).strip() if fields.get("title") else None,
        published=published,
        published_from="input" if published else "none",
        sources=(outlet,) if outlet else (),
        url=fields.get("link") or None,
        infer_title=False,
    )


def _fields(item: Any) -> dict[str, str]:
    """The item's child elements by local name; an Atom link's address from ``href``."""
    from lxml import etree

    fields: dict[str, str] = {}
    for child in item:
        if not isinstance(child.tag, str):
            continue
        name = etree.QName(child).localname
        if name == "link" and child.get("href"):
            if child.get("rel", "alternate") == "alternate":
                fields.setdefault("link", child.get("href"))
            continue
        if name == "content" and len(child):  # Atom XHTML content
            value = etree.tostring(child, method="html", encoding="unicode")
        else:
            value = (child.text or "").strip()
        fields.setdefault(name, value)
    return fields


def fragment_to_text(fragment: str) -> str:
    """An HTML fragment (a feed description) as paragraphs of plain text."""
    if "<" not in fragment:
        return html.unescape(fragment).strip()
    from lxml import html as lxml_html

    root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag == "br":
            element.tail = "\n" + (element.tail or "")
        elif element.tag in _BLOCKS:
            element.tail = "\n\n" + (element.tail or "")
    text = root.text_content()
    lines = [re.sub(r"[ \t\xa0]+", " ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def parse_feed_date(value: str | None) -> dt.date | None:
    """An RSS (RFC 822) or Atom (ISO 8601) date as a date, else None."""
    if not value:
        return None
    value = value.strip()
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError):
        return None
