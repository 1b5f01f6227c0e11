"""Translated error pages in the site's layout, each with a way back home."""

import pytest
from django.test import RequestFactory
from django.utils import translation

pytestmark = pytest.mark.django_db


def test_404_is_the_sites_page_not_a_pattern_list(client_for):
    response = client_for("employee").get("/no-such-page/")
    assert response.status_code == 404
    body = response.content.decode()
    assert "Page not found" in body
    assert 'href="/"' in body
    assert "URLconf" not in body and "accounts/login" not in body.split("</header>")[1]


def test_404_in_polish(client_for, settings):
    client = client_for("employee")
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "pl"
    body = client.get("/no-such-page/").content.decode()
    assert "Nie znaleziono strony" in body
    assert "Przejdź do strony głównej" in body


def test_403_says_which_role_the_page_needs(client_for):
    response = client_for("employee").get("/people/")
    assert response.status_code == 403
    body = response.content.decode()
    assert "You do not have access to this page" in body
    assert "This page is for HR." in body
    assert 'href="/"' in body


def test_403_for_a_leader_names_hr(client_for):
    body = client_for("leader").get("/people/new/").content.decode()
    assert "This page is for HR." in body


def test_400_page():
    from django.contrib.auth.models import AnonymousUser
    from django.views.defaults import bad_request

    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    response = bad_request(request, Exception("bad"))
    assert response.status_code == 400
    assert "The request could not be understood" in response.content.decode()


def test_500_page_renders_without_the_database(django_db_blocker):
    """The 500 page must render even when the database is what failed."""
    from django.views.defaults import server_error

    request = RequestFactory().get("/")
    with django_db_blocker.block(), translation.override("pl"):
        response = server_error(request)
    body = response.content.decode()
    assert response.status_code == 500
    assert "Wystąpił błąd po naszej stronie" in body
    assert 'href="/"' in body


def test_500_from_a_view_uses_the_page(client, settings):
    """A view that fails answers the 500 page (the test client re-raises by default)."""
    from django.urls import path

    from lms import urls as project_urls

    def broken(request):
        raise RuntimeError("boom")

    client.raise_request_exception = False
    patterns = [path("broken/", broken), *project_urls.urlpatterns]
    module = type("U", (), {"urlpatterns": patterns})
    settings.ROOT_URLCONF = module
    response = client.get("/broken/")
    assert response.status_code == 500
    assert "Something went wrong on our side" in response.content.decode()
