"""Sign-in, sign-out, password change and reset, lock-out, deactivated accounts."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from lms import services
from tests.factories import PASSWORD, UserFactory

LOGIN = reverse("login")
HOME = reverse("home")


def sign_in(client, username, password=PASSWORD, **extra):
    return client.post(LOGIN, {"username": username, "password": password}, **extra)


def signed_in_user(client):
    response = client.get(HOME)
    if response.status_code != 200:
        return None
    return response.wsgi_request.user


@pytest.fixture
def person(org):
    return org.employee


class TestSignIn:
    def test_with_email(self, client, person):
        response = sign_in(client, "employee@example.gov.pl")
        assert response.status_code == 302
        assert response["Location"] == HOME
        assert signed_in_user(client).pk == person.pk

    def test_email_is_case_insensitive_and_trimmed(self, client, person):
        response = sign_in(client, "  Employee@Example.GOV.pl ")
        assert response.status_code == 302
        assert signed_in_user(client).pk == person.pk

    def test_with_employee_number(self, client, person):
        response = sign_in(client, person.employee_number)
        assert response.status_code == 302
        assert signed_in_user(client).pk == person.pk

    def test_employee_number_is_case_insensitive(self, client, person):
        response = sign_in(client, person.employee_number.lower())
        assert response.status_code == 302
        assert signed_in_user(client).pk == person.pk

    def test_wrong_password_is_refused_with_a_clear_message(self, client, person):
        response = sign_in(client, person.email, "not-the-password")
        assert response.status_code == 200
        assert "do not match" in response.content.decode()
        assert signed_in_user(client) is None

    def test_unknown_identifier_is_refused(self, client, person):
        response = sign_in(client, "nobody@example.gov.pl")
        assert response.status_code == 200
        assert "do not match" in response.content.decode()
        assert signed_in_user(client) is None

    def test_another_persons_password_does_not_work(self, client, org):
        org.colleague.set_password("another-password-1")
        org.colleague.save()
        response = sign_in(client, org.employee.email, "another-password-1")
        assert response.status_code == 200
        assert signed_in_user(client) is None

    def test_next_is_followed_but_only_on_this_site(self, client, person):
        response = client.post(
            f"{LOGIN}?next=/people/",
            {"username": person.email, "password": PASSWORD, "next": "/units/"},
        )
        assert response["Location"] == "/units/"
        client.logout()
        response = client.post(
            LOGIN,
            {"username": person.email, "password": PASSWORD, "next": "https://evil.example/"},
        )
        assert response["Location"] == HOME

    def test_anonymous_home_redirects_to_sign_in(self, client, db):
        response = client.get(HOME)
        assert response.status_code == 302
        assert response["Location"].startswith(LOGIN)


class TestSignOut:
    def test_post_signs_out(self, client, person):
        client.force_login(person)
        response = client.post(reverse("logout"))
        assert response.status_code == 200
        assert signed_in_user(client) is None

    def test_get_does_not_sign_out(self, client, person):
        client.force_login(person)
        response = client.get(reverse("logout"))
        assert response.status_code == 405
        assert signed_in_user(client).pk == person.pk


class TestPasswordChange:
    def test_change_then_sign_in_with_the_new_password(self, client, person):
        client.force_login(person)
        response = client.post(
            reverse("password_change"),
            {
                "old_password": PASSWORD,
                "new_password1": "Nowe-haslo-2026!",
                "new_password2": "Nowe-haslo-2026!",
            },
        )
        assert response.status_code == 302
        assert response["Location"] == reverse("password_change_done")
        # Still signed in after the change (session hash updated).
        assert signed_in_user(client).pk == person.pk
        client.logout()
        assert sign_in(client, person.email).status_code == 200  # old one refused
        assert sign_in(client, person.email, "Nowe-haslo-2026!").status_code == 302

    def test_wrong_old_password_is_refused(self, client, person):
        client.force_login(person)
        response = client.post(
            reverse("password_change"),
            {
                "old_password": "wrong",
                "new_password1": "Nowe-haslo-2026!",
                "new_password2": "Nowe-haslo-2026!",
            },
        )
        assert response.status_code == 200
        assert response.context["form"].errors["old_password"]
        person.refresh_from_db()
        assert person.check_password(PASSWORD)

    def test_weak_password_is_refused(self, client, person):
        client.force_login(person)
        response = client.post(
            reverse("password_change"),
            {"old_password": PASSWORD, "new_password1": "short", "new_password2": "short"},
        )
        assert response.status_code == 200
        assert response.context["form"].errors["new_password2"]

    def test_requires_sign_in(self, client, db):
        response = client.get(reverse("password_change"))
        assert response.status_code == 302
        assert response["Location"].startswith(LOGIN)


def _reset_link(message):
    match = re.search(r"https?://[^/\s]+(/accounts/reset/[^\s]+/)", message.body)
    assert match, message.body
    return match.group(1)


class TestPasswordReset:
    def test_full_reset_by_email(self, client, person):
        response = client.post(reverse("password_reset"), {"email": "EMPLOYEE@example.gov.pl"})
        assert response.status_code == 302
        assert response["Location"] == reverse("password_reset_done")
        assert len(mail.outbox) == 1
        assert mail.outbox[0].to == ["employee@example.gov.pl"]
        link = _reset_link(mail.outbox[0])
        response = client.get(link)  # redirects to the "set-password" URL
        assert response.status_code == 302
        form_url = response["Location"]
        response = client.post(
            form_url, {"new_password1": "Swieze-haslo-77", "new_password2": "Swieze-haslo-77"}
        )
        assert response.status_code == 302
        assert response["Location"] == reverse("password_reset_complete")
        assert sign_in(client, person.employee_number, "Swieze-haslo-77").status_code == 302
        # The link works once only.
        client.logout()
        response = client.get(form_url)
        assert response.status_code == 200
        assert response.context["validlink"] is False

    def test_unknown_email_sends_nothing_but_looks_the_same(self, client, db):
        response = client.post(reverse("password_reset"), {"email": "nobody@example.gov.pl"})
        assert response.status_code == 302
        assert response["Location"] == reverse("password_reset_done")
        assert mail.outbox == []

    def test_deactivated_person_gets_no_reset_email(self, client, org):
        services.person_deactivate(person=org.employee, acting_user=org.hr)
        client.post(reverse("password_reset"), {"email": org.employee.email})
        assert mail.outbox == []

    def test_person_added_by_hr_sets_first_password_by_reset(self, client, org):
        """People added by HR (or by import) have no password until they reset it."""
        person = services.person_create(
            acting_user=org.hr,
            first_name="Nowa",
            last_name="Osoba",
            email="nowa.osoba@example.gov.pl",
            employee_number="N0001",
            org_unit=org.team_a,
        )
        assert not person.has_usable_password()
        client.post(reverse("password_reset"), {"email": "nowa.osoba@example.gov.pl"})
        assert len(mail.outbox) == 1
        response = client.get(_reset_link(mail.outbox[0]))
        client.post(
            response["Location"],
            {"new_password1": "Pierwsze-haslo-1", "new_password2": "Pierwsze-haslo-1"},
        )
        assert sign_in(client, "N0001", "Pierwsze-haslo-1").status_code == 302


class TestDeactivated:
    def test_cannot_sign_in(self, client, org):
        services.person_deactivate(person=org.employee, acting_user=org.hr)
        for identifier in (org.employee.email, org.employee.employee_number):
            response = sign_in(client, identifier)
            assert response.status_code == 200
            assert signed_in_user(client) is None

    def test_open_session_stops_working(self, client, org):
        assert sign_in(client, org.employee.email).status_code == 302
        assert signed_in_user(client).pk == org.employee.pk
        services.person_deactivate(person=org.employee, acting_user=org.hr)
        response = client.get(HOME)
        assert response.status_code == 302
        assert response["Location"].startswith(LOGIN)

    def test_reactivated_person_can_sign_in_again(self, client, org):
        services.person_deactivate(person=org.employee, acting_user=org.hr)
        services.person_reactivate(person=org.employee, acting_user=org.hr)
        assert sign_in(client, org.employee.email).status_code == 302


@pytest.fixture
def axes_on(settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3
    settings.AXES_COOLOFF_TIME = 0.25  # 15 minutes
    from axes.handlers.proxy import AxesProxyHandler

    AxesProxyHandler.implementation = None  # re-read the handler with axes enabled
    yield
    AxesProxyHandler.implementation = None


@pytest.mark.usefixtures("axes_on")
class TestLockOut:
    def test_locked_after_repeated_failures_with_a_message_saying_when(self, client, person):
        for _attempt in range(2):
            response = sign_in(client, person.email, "wrong-password", REMOTE_ADDR="10.0.0.5")
            assert response.status_code == 200
        before = timezone.localtime()
        response = sign_in(client, person.email, "wrong-password", REMOTE_ADDR="10.0.0.5")
        assert response.status_code == 429
        text = response.content.decode()
        assert "Too many failed sign-in attempts" in text
        assert "15 minutes" in text
        expected = {(before + timedelta(minutes=15, seconds=s)).strftime("%H:%M") for s in (0, 60)}
        assert any(f"after {t}" in text for t in expected), text
        assert reverse("password_reset") in text

    def test_correct_password_is_refused_while_locked(self, client, person):
        for _attempt in range(3):
            sign_in(client, person.email, "wrong-password", REMOTE_ADDR="10.0.0.5")
        response = sign_in(client, person.email, REMOTE_ADDR="10.0.0.5")
        assert response.status_code == 429
        assert signed_in_user(client) is None

    def test_spelling_the_identifier_differently_does_not_reset_the_count(self, client, person):
        """Case, spaces, or the employee number instead of the email: one account, one count."""
        for identifier in (person.email.upper(), f" {person.email} ", person.employee_number):
            sign_in(client, identifier, "wrong-password", REMOTE_ADDR="10.0.0.5")
        response = sign_in(client, person.employee_number.lower(), REMOTE_ADDR="10.0.0.5")
        assert response.status_code == 429
        assert signed_in_user(client) is None

    def test_success_with_employee_number_resets_failures_made_with_email(self, client, person):
        for _attempt in range(2):
            sign_in(client, person.email, "wrong-password", REMOTE_ADDR="10.0.0.5")
        assert sign_in(client, person.employee_number, REMOTE_ADDR="10.0.0.5").status_code == 302
        client.logout()
        for _attempt in range(2):
            response = sign_in(client, person.email, "wrong-password", REMOTE_ADDR="10.0.0.5")
            assert response.status_code == 200

    def test_other_accounts_are_not_locked(self, client, org):
        for _attempt in range(3):
            sign_in(client, org.employee.email, "wrong-password", REMOTE_ADDR="10.0.0.5")
        response = sign_in(client, org.colleague.email, REMOTE_ADDR="10.0.0.5")
        assert response.status_code == 302

    def test_success_before_the_limit_resets_the_counter(self, client, person):
        for _attempt in range(2):
            sign_in(client, person.email, "wrong-password", REMOTE_ADDR="10.0.0.5")
        assert sign_in(client, person.email, REMOTE_ADDR="10.0.0.5").status_code == 302
        client.logout()
        for _attempt in range(2):
            response = sign_in(client, person.email, "wrong-password", REMOTE_ADDR="10.0.0.5")
            assert response.status_code == 200

    def test_lock_ends_after_the_cool_off(self, client, person):
        from freezegun import freeze_time

        start = timezone.now()
        with freeze_time(start):
            for _attempt in range(3):
                sign_in(client, person.email, "wrong-password", REMOTE_ADDR="10.0.0.5")
        with freeze_time(start + timedelta(minutes=16)):
            assert sign_in(client, person.email, REMOTE_ADDR="10.0.0.5").status_code == 302


def test_lockout_view_answers_429_with_the_retry_time(rf, settings):
    """The callable itself, with a cool-off of 30 minutes (as axes calls it)."""
    from lms.views.auth import lockout

    settings.AXES_COOLOFF_TIME = 0.5
    request = rf.post(LOGIN)
    request.user = None
    response = lockout(request, None, {"username": "x"})
    assert response.status_code == 429
    text = response.content.decode()
    assert "30 minutes" in text
    response = lockout(request, {"username": "x"})  # older two-argument call
    assert response.status_code == 429


def test_sign_in_form_accepts_people_without_an_employee_number(client, org):
    person = UserFactory(employee_number=None, email="bez.numeru@example.gov.pl")
    assert sign_in(client, "bez.numeru@example.gov.pl").status_code == 302
    assert signed_in_user(client).pk == person.pk
