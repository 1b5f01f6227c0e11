"""HTML in question texts (GIFT's ``[html]``): cleaned with nh3 to a small allow-list, and
the one way question texts become markup on a page (HTML cleaned again, anything else
escaped)."""

import html as html_lib

import nh3
from django.template.defaultfilters import linebreaksbr
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

TAGS = frozenset(
    {
        "a", "abbr", "b", "blockquote", "br", "code", "dd", "div", "dl", "dt", "em", "h3",
        "h4", "i", "li", "ol", "p", "pre", "s", "small", "strong", "sub", "sup", "table",
        "tbody", "td", "th", "thead", "tr", "u", "ul",
    }
)  # fmt: skip
ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "td": {"colspan", "rowspan"},
              "th": {"colspan", "rowspan", "scope"}}  # fmt: skip
URL_SCHEMES = frozenset({"http", "https", "mailto"})


def clean_html(text: str) -> str:
    """``text`` with only allow-listed tags and attributes: no scripts, styles, event
    handlers, images or frames; links get rel="noopener noreferrer"."""
    return nh3.clean(
        text or "",
        tags=set(TAGS),
        clean_content_tags={"script", "style", "template", "textarea", "title"},
        attributes={tag: set(names) for tag, names in ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        link_rel="noopener noreferrer",
    )


def html_to_text(text: str) -> str:
    """The plain text of an HTML fragment (tags dropped, entities decoded)."""
    bare = nh3.clean(text or "", tags=set(), clean_content_tags={"script", "style"})
    return " ".join(html_lib.unescape(bare).split())


def render_text(text: str, text_format: str = "") -> SafeString:
    """A question text as page markup: cleaned HTML (flow content) for "html", else the text
    escaped with line breaks (phrasing content, fit for a legend)."""
    if text_format == "html":
        return mark_safe(clean_html(text))  # noqa: S308 - cleaned by nh3 just above
    return linebreaksbr(escape(text or ""))


def plain_text(text: str, text_format: str = "") -> str:
    return html_to_text(text) if text_format == "html" else (text or "")
