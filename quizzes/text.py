"""Short forms of question texts that never cut a word in half."""

NAME_LENGTH = 80
ELLIPSIS = "…"


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, cut at the last word boundary within ``limit`` characters with
    an ellipsis when it is longer (a single longer word is cut, with the ellipsis)."""
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    cut = text[: limit - len(ELLIPSIS) + 1]
    space = cut.rfind(" ")
    head = cut[:space] if space > 0 else cut[: limit - len(ELLIPSIS)]
    return head.rstrip(" ,;:.-–—") + ELLIPSIS


def default_name(text: str) -> str:
    """A question's name when the editor gave none: its text, shortened on a word boundary."""
    return shorten(text, NAME_LENGTH)
