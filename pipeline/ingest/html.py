"""HTML page -> main text, title, metadata date and URL. trafilatura does the extraction; a small
stdlib fallback (no recursion, so any nesting depth is fine) handles pages it gives up on.
Scripts, styles and navigation never reach the text in either path."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from html.parser import HTMLParser

# Elements whose content is never article text.
_SKIP_TAGS = {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
              "svg", "iframe", "button", "select", "textarea", "head", "menu", "object", "canvas"}
_BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
               "table", "section", "article", "blockquote", "pre", "dd", "dt", "figcaption", "main"}
_VOID_TAGS = {"br", "img", "hr", "meta", "link", "input", "area", "base", "col", "embed", "source",
              "track", "wbr", "param"}
# Pruned before extraction, so navigation cannot come back through trafilatura's fallbacks.
_PRUNE_XPATH = ["//nav", "//header", "//footer", "//aside", "//menu", "//form", "//noscript",
                "//*[@role='navigation']", "//*[@role='banner']", "//*[@role='contentinfo']"]
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)


@dataclass
class HtmlArticle:
    text: str
    title: str | None
    date: str | None  # ISO date from the page's metadata (meta tags, <time>, canonical URL)
    url: str | None
    extractor: str  # 'trafilatura' or 'fallback'


def declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii").lower() if m else None


@lru_cache(maxsize=1)
def _trafilatura_config():
    from trafilatura.settings import use_config

    cfg = use_config()
    cfg.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")  # short pages are still articles
    cfg.set("DEFAULT", "MIN_OUTPUT_SIZE", "1")
    cfg.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")  # dates from metadata only; text dates are ours
    cfg.set("DEFAULT", "MAX_TREE_SIZE", "200000")
    return cfg


class _TextCollector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_stack: list[str] = []
        self.title_parts: list[str] = []
        self.in_title = False

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self.in_title = True
        if tag in _VOID_TAGS:
            if tag == "br":
                self.parts.append("\n")
            return
        if tag in _SKIP_TAGS or dict(attrs).get("role") in ("navigation", "banner", "contentinfo"):
            self.skip_stack.append(tag)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if self.skip_stack and self.skip_stack[-1] == tag:
            self.skip_stack.pop()
        elif tag in self.skip_stack:  # unbalanced markup: close up to the matching element
            del self.skip_stack[len(self.skip_stack) - 1 - self.skip_stack[::-1].index(tag):]
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.in_title:
            self.title_parts.append(data)
        elif not self.skip_stack:
            self.parts.append(data)


def _fallback(html: str) -> tuple[str, str | None]:
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    lines = (" ".join(line.split()) for line in "".join(collector.parts).split("\n"))
    text = "\n".join(line for line in lines if line)
    title = " ".join("".join(collector.title_parts).split()) or None
    return text, title


def extract_html(html: str, today: dt.date) -> HtmlArticle:
    # Imported outside the try: a broken install must fail loudly, not silently fall back.
    from trafilatura import bare_extraction

    doc = None
    try:
        max_date = (today + dt.timedelta(days=366)).isoformat()  # let future dates reach our check
        doc = bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=True,
            config=_trafilatura_config(), prune_xpath=_PRUNE_XPATH,
            date_extraction_params={"extensive_search": False, "original_date": True,
                                    "min_date": "1900-01-01", "max_date": max_date},
        )
    except Exception:  # noqa: BLE001 - hostile markup: fall back to the plain parser below
        doc = None
    text = (getattr(doc, "text", None) or "").strip()
    title = getattr(doc, "title", None)
    date = getattr(doc, "date", None)
    url = getattr(doc, "url", None)
    if text:
        return HtmlArticle(text, title, date, url, "trafilatura")
    fb_text, fb_title = _fallback(html)
    return HtmlArticle(fb_text, title or fb_title, date, url, "fallback")
