"""One lock-out counter per account on every sign-in path.

The site form, the Wagtail admin form and the password reset share one django-axes
counter per account, whatever spelling of the login is typed (email in any case, the
employee number, surrounding spaces). Tests run with the real limit of five failures.
"""

import itertools
import re

import pytest
from django.core import mail
from django.test import override_settings
from django.urls import reverse

from tests.factories import PASSWORD

SITE = reverse("login")
ADMIN = reverse("wagtailadmin_login")
LIMIT = 5
IP = "10.0.0.7"


@pytest.fixture(autouse=True)
def axes_on():
    from axes.handlers.proxy import AxesProxyHandler

    with override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=LIMIT, AXES_COOLOFF_TIME=0.25):
        AxesProxyHandler.implementation = None  # re-read the handler with axes enabled
        yield
    AxesProxyHandler.implementation = None


@pytest.fixture
def account(org):
    """An editor: one who may use both the site and the Wagtail admin."""
    return org.editor


def spellings(person):
    return [
        person.email,
        person.email.upper(),
        f"  {person.email.title()} ",
        person.employee_number,
        person.employee_number.lower(),
        f" {person.employee_number} ",
    ]


def attempt(client, path, login, password="wrong-password"):
    return client.post(path, {"username": login, "password": password}, REMOTE_ADDR=IP)


def signed_in(client, person) -> bool:
    return client.session.get("_auth_user_id") == str(person.pk)


def fail(client, path, login):
    response = attempt(client, path, login)
    assert response.status_code == 200, (path, login, response.status_code)
    assert "_auth_user_id" not in client.session


def assert_locked_everywhere(client, person):
    for path, login in itertools.product((SITE, ADMIN), spellings(person)):
        response = attempt(client, path, login, PASSWORD)
        assert response.status_code == 429, (path, login, response.status_code)
        assert "Too many failed sign-in attempts" in response.content.decode()
        assert not signed_in(client, person), (path, login)


MIXES = {
    "site, every spelling": [(SITE, i) for i in range(LIMIT)],
    "admin, every spelling": [(ADMIN, i) for i in range(LIMIT)],
    "site and admin in turn": [(SITE, 0), (ADMIN, 1), (SITE, 2), (ADMIN, 3), (ADMIN, 5)],
    "admin, then site": [(ADMIN, 3), (ADMIN, 4), (ADMIN, 5), (ADMIN, 0), (SITE, 1)],
}


@pytest.mark.parametrize("mix", list(MIXES.values()), ids=list(MIXES))
def test_five_failures_in_any_mix_lock_the_account_on_every_path(client, account, mix):
    logins = spellings(account)
    for path, index in mix[:-1]:
        fail(client, path, logins[index])
    path, index = mix[-1]
    assert attempt(client, path, logins[index]).status_code == 429
    assert_locked_everywhere(client, account)


@pytest.mark.parametrize("path", [SITE, ADMIN], ids=["site", "admin"])
@pytest.mark.parametrize(
    "index", range(6), ids=["email", "upper", "spaces", "no", "no-lower", "no-sp"]
)
def test_four_failures_with_one_spelling_leave_one_attempt_for_any_other(
    client, account, path, index
):
    """The fifth failure locks whichever spelling and path it uses."""
    logins = spellings(account)
    for _attempt in range(LIMIT - 1):
        fail(client, path, logins[index])
    other_path = ADMIN if path == SITE else SITE
    assert attempt(client, other_path, logins[(index + 1) % len(logins)]).status_code == 429
    assert_locked_everywhere(client, account)


@pytest.mark.parametrize("path", [SITE, ADMIN], ids=["site", "admin"])
def test_right_password_before_the_limit_signs_in_and_clears_the_count(client, account, path):
    logins = spellings(account)
    for index in range(LIMIT - 1):
        fail(client, path, logins[index])
    response = attempt(client, path, logins[5], PASSWORD)
    assert response.status_code == 302
    assert signed_in(client, account)
    client.logout()
    for index in range(LIMIT - 1):
        fail(client, SITE if index % 2 else ADMIN, logins[index])
    assert attempt(client, SITE, logins[0], PASSWORD).status_code == 302


def test_other_accounts_keep_their_own_count(client, org):
    for login in spellings(org.editor)[:LIMIT]:
        attempt(client, ADMIN, login)
    response = attempt(client, SITE, f" {org.employee.employee_number.lower()}", PASSWORD)
    assert response.status_code == 302
    assert signed_in(client, org.employee)


def test_unknown_logins_are_counted_once_whatever_their_spelling(client, db):
    for login in ["nobody@example.gov.pl", "NOBODY@example.gov.pl", " Nobody@Example.gov.pl "]:
        fail(client, SITE, login)
    fail(client, ADMIN, "nobody@EXAMPLE.gov.pl")
    assert attempt(client, ADMIN, "nobody@example.gov.pl ").status_code == 429


def _reset_form_url(client, person):
    mail.outbox.clear()
    client.post(reverse("password_reset"), {"email": person.email.upper()}, REMOTE_ADDR=IP)
    (message,) = mail.outbox
    link = re.search(r"https?://[^/\s]+(/accounts/reset/[^\s]+/)", message.body).group(1)
    return client.get(link, REMOTE_ADDR=IP)["Location"]


def test_password_reset_does_not_sign_a_locked_account_in(client, account):
    for login in spellings(account)[:LIMIT]:
        attempt(client, SITE, login)
    form_url = _reset_form_url(client, account)
    response = client.post(
        form_url,
        {"new_password1": "Nowe-haslo-po-blokadzie", "new_password2": "Nowe-haslo-po-blokadzie"},
        REMOTE_ADDR=IP,
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("password_reset_complete")
    assert not signed_in(client, account)
    # The old password is gone, and it cannot be used anywhere.
    assert attempt(client, ADMIN, account.employee_number, PASSWORD).status_code == 200
    assert not signed_in(client, account)


def test_a_completed_password_reset_ends_the_lock_as_the_lock_page_promises(client, account):
    for login in spellings(account)[:LIMIT]:
        attempt(client, ADMIN, login)
    locked = attempt(client, SITE, account.email, PASSWORD)
    assert locked.status_code == 429
    assert reverse("password_reset") in locked.content.decode()
    form_url = _reset_form_url(client, account)
    new = "Nowe-haslo-po-blokadzie"
    client.post(form_url, {"new_password1": new, "new_password2": new}, REMOTE_ADDR=IP)
    assert attempt(client, ADMIN, f" {account.email.upper()} ", new).status_code == 302
    assert signed_in(client, account)


def test_an_unfinished_reset_does_not_end_the_lock(client, account):
    for login in spellings(account)[:LIMIT]:
        attempt(client, SITE, login)
    form_url = _reset_form_url(client, account)
    response = client.post(form_url, {"new_password1": "x", "new_password2": "y"}, REMOTE_ADDR=IP)
    assert response.status_code == 200
    assert attempt(client, SITE, account.email, PASSWORD).status_code == 429


def test_admin_form_names_both_ways_of_signing_in(client, db):
    html = client.get(ADMIN).content.decode()
    assert "Email or employee number" in html


def test_admin_form_refuses_a_wrong_password_with_a_clear_message(client, account):
    response = attempt(client, ADMIN, account.employee_number)
    assert response.status_code == 200
    assert "do not match" in response.content.decode()
