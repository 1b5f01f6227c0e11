"""Caching: the shared cache (Redis in production) and what one request holds itself.

Wagtail asks for the site root paths several times while rendering one page (every
``pageurl``, routing, the settings lookup), each time from the shared cache; with the
database cache as a fallback that was a query each. ``RequestMemoMiddleware`` keeps them
for the length of one request, so the shared cache is asked once per request at most.
Editing a site clears the memo along with Wagtail's own cache entry.

The same memo holds what the frame of every signed-in page asks for (``lms.access``: the
viewer's role groups and the units they lead, in one query; ``lms.context_processors``: the
navigation and the unread-notification count). Per request is the unit: roles and
notifications change, so nothing of this outlives the request, and a change made during the
request (groups, leaders, a new notification) drops the entry at once.
"""

import contextvars
import os

_memo: contextvars.ContextVar[dict | None] = contextvars.ContextVar(
    "kadra_request_memo", default=None
)


def cache_settings(redis_url: str | None, *, fallback: dict, key_prefix: str = "kadra") -> dict:
    """``CACHES`` for Django: Redis when a URL is given, else ``fallback``."""
    if redis_url:
        return {
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": redis_url,
                "KEY_PREFIX": key_prefix,
                "TIMEOUT": 3600,
            }
        }
    return {"default": fallback}


def redis_url_from_env() -> str | None:
    return os.environ.get("REDIS_URL", "").strip() or None


class RequestMemoMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _memo.set({})
        try:
            return self.get_response(request)
        finally:
            _memo.reset(token)


def memoised(key: str, compute):
    """``compute()``, once per request for ``key`` (every time outside a request)."""
    memo = _memo.get()
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def forget(key: str) -> None:
    memo = _memo.get()
    if memo is not None:
        memo.pop(key, None)


def forget_prefix(prefix: str) -> None:
    """Drop every entry of this request's memo whose key starts with ``prefix``."""
    memo = _memo.get()
    if memo is not None:
        for key in [k for k in memo if k.startswith(prefix)]:
            del memo[key]


def install_wagtail_memo() -> None:
    """Route Wagtail's site-root-path lookups through the request memo."""
    from wagtail.models import Site

    if getattr(Site.get_site_root_paths, "_kadra_memo", False):
        return
    original = Site.get_site_root_paths
    original_clear = Site.clear_site_root_paths_cache

    def get_site_root_paths():
        return memoised("wagtail_site_root_paths", original)

    def clear_site_root_paths_cache():
        forget("wagtail_site_root_paths")
        original_clear()

    get_site_root_paths._kadra_memo = True
    Site.get_site_root_paths = staticmethod(get_site_root_paths)
    Site.clear_site_root_paths_cache = staticmethod(clear_site_root_paths_cache)
