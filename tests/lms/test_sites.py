"""The site of a request and its root page are held by the process (``lms.sites``): no
query for them on a page view, and an edit of the root page or of a site is served at once,
in this process and (through the version in the shared cache) in every other."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from lms import sites
from tests.factories import CoursePageFactory, UserFactory, catalogue

pytestmark = pytest.mark.django_db


def site_queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return [q["sql"] for q in ctx.captured_queries if 'FROM "wagtailcore_site"' in q["sql"]]


@pytest.fixture
def signed_in(client):
    client.force_login(UserFactory())
    return client


def test_a_page_view_reads_no_site_once_the_process_holds_it(signed_in):
    course = CoursePageFactory()
    signed_in.get(course.url)
    assert site_queries(signed_in, course.url) == []
    assert site_queries(signed_in, catalogue().url) == []


def test_an_edited_root_page_is_served_at_once(signed_in):
    index = catalogue()
    assert "Szkolenia dla" in signed_in.get(index.url).content.decode()
    index.intro = "Nowy opis katalogu szkoleń."
    index.save_revision().publish()
    assert "Nowy opis katalogu szkoleń." in signed_in.get(index.url).content.decode()


def test_another_process_sees_an_edit_through_the_shared_version(signed_in):
    """What another process holds is dropped when the version it was read under changes."""
    index = catalogue()
    signed_in.get(index.url)
    held_version = sites._version()
    # Another process edits the root page: only the shared version tells this one.
    type(index).objects.filter(pk=index.pk).update(intro="Zmienione gdzie indziej.")
    sites._held.update({k: (held_version, s) for k, (_v, s) in sites._held.items()})
    assert "Zmienione gdzie indziej." not in signed_in.get(index.url).content.decode()
    sites.sites_changed()  # what the edit's signal did in the other process
    assert "Zmienione gdzie indziej." in signed_in.get(index.url).content.decode()


def test_each_host_gets_its_own_site_and_a_new_site_is_found_at_once(signed_in, rf):
    signed_in.get(catalogue().url)  # the default site is held
    default = Site.objects.get(is_default_site=True)
    course = CoursePageFactory(title="Szkolenie innego urzędu")
    other = Site.objects.create(hostname="szkolenia.example.test", port=80, root_page=course)
    found = Site.find_for_request(rf.get("/", HTTP_HOST="szkolenia.example.test"))
    assert found == other and found.root_page.specific.title == "Szkolenie innego urzędu"
    assert Site.find_for_request(rf.get("/", HTTP_HOST=default.hostname)) == default
    other.delete()
    assert Site.find_for_request(rf.get("/", HTTP_HOST="szkolenia.example.test")) == default


def test_a_page_save_leaves_wagtails_site_root_paths_unread(signed_in):
    """Saving a page must not fill Wagtail's cached site root paths: while a database is
    restored (pages and sites loaded one row at a time) that would cache a half-loaded list,
    and every page's URL would be None until the cache was cleared."""
    from django.core.cache import cache
    from wagtail.models.sites import SITE_ROOT_PATHS_CACHE_KEY, SITE_ROOT_PATHS_CACHE_VERSION

    course = CoursePageFactory()
    Site.clear_site_root_paths_cache()
    course.title = "Zmieniony tytuł"
    course.save()
    assert cache.get(SITE_ROOT_PATHS_CACHE_KEY, version=SITE_ROOT_PATHS_CACHE_VERSION) is None


def test_a_raw_row_load_drops_the_held_sites(signed_in):
    from django.db.models.signals import post_save

    index = catalogue()
    signed_in.get(index.url)
    assert sites._held
    post_save.send(sender=type(index), instance=index, raw=True, created=False)
    assert not sites._held
