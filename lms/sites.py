"""Which Wagtail site answers a request, held by each process.

Wagtail finds the site of every page request in the database (``Site.find_for_request``,
one query) and then reads the site's root page as its own type (a second query), on every
page view. Both change only when someone edits a site or a site's root page, so each process
keeps the sites it has found, with their root pages, and checks them against a version in
the shared cache that every such change replaces: a page view then costs one cache read
instead of two queries, and another process sees an edit on its next request.

The held root page is shared by the requests of a process; serving and routing only read
it (``CourseIndexPage.route`` hands each request its own course objects).
"""

import secrets
import threading

from django.core.cache import cache
from django.db import transaction
from django.http.request import split_domain_port

VERSION_KEY = "lms:sites:version"
_held: dict = {}  # (hostname, port) -> (version, Site or None)
_lock = threading.Lock()


def _version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:
        version = secrets.token_hex(8)
        if not cache.add(VERSION_KEY, version, None):
            version = cache.get(VERSION_KEY) or version
    return version


def sites_changed(**kwargs) -> None:
    """Drop every process's held sites, now and again when the transaction commits (a
    request between the two could otherwise hold the site as it was before the change)."""

    def bump():
        cache.set(VERSION_KEY, secrets.token_hex(8), None)
        with _lock:
            _held.clear()

    bump()
    transaction.on_commit(bump)


def page_changed(sender=None, instance=None, raw=False, **kwargs) -> None:
    """A page was saved, published, moved or deleted: if it is a site's root page, the held
    sites are out of date.

    Rows loaded as they are (fixtures, a test database restored from its snapshot) drop the
    held sites without a lookup. The check reads the sites table rather than Wagtail's
    cached site root paths, which must not be filled while pages and sites are half loaded.
    """
    from wagtail.models import Page, Site

    if not isinstance(instance, Page):
        return
    if raw:
        sites_changed()
        return
    held_roots = {site.root_page_id for _v, site in list(_held.values()) if site is not None}
    if instance.pk in held_roots or Site.objects.filter(root_page_id=instance.pk).exists():
        sites_changed()


def find_for_request(request, original):
    """The site for ``request`` (as Wagtail's ``Site._find_for_request`` finds it), with its
    root page read as its own type, held by the process until a site or root page changes."""
    hostname = split_domain_port(request._get_raw_host())[0]
    key = (hostname, request.get_port())
    version = _version()
    held = _held.get(key)
    if held is not None and held[0] == version:
        return held[1]
    site = original(request)
    if site is not None:
        _root = site.root_page.localized.specific  # read now, so the held site carries it
    with _lock:
        _held[key] = (version, site)
    return site


def install() -> None:
    """Route Wagtail's site lookup through the process's held sites."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    if getattr(Site._find_for_request, "_kadra_held", False):
        return
    original = Site._find_for_request

    def _find_for_request(request):
        return find_for_request(request, original)

    _find_for_request._kadra_held = True
    Site._find_for_request = staticmethod(_find_for_request)
    clear_root_paths = Site.clear_site_root_paths_cache

    def clear_site_root_paths_cache():
        clear_root_paths()
        sites_changed()

    Site.clear_site_root_paths_cache = staticmethod(clear_site_root_paths_cache)
    post_save.connect(sites_changed, sender=Site, dispatch_uid="lms.sites.site_saved")
    post_delete.connect(sites_changed, sender=Site, dispatch_uid="lms.sites.site_deleted")
    # Without a sender: a page is saved as its own type (CourseIndexPage, not Page).
    for name, signal in (
        ("saved", post_save),
        ("deleted", post_delete),
        ("published", page_published),
        ("unpublished", page_unpublished),
        ("moved", post_page_move),
    ):
        signal.connect(page_changed, dispatch_uid=f"lms.sites.page_{name}")
