"""Notifications (lms.notifications) as the assignments send them: in-app and e-mail, in the
recipient's language, every message or a daily digest."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from assignments import services
from lms import notifications
from lms.models import Notification, User
from lms.services import person_deactivate
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english_recipients(org):
    """Messages are written in each recipient's language: the org's people read English here
    (one test sets Polish on purpose)."""
    User.objects.update(preferred_language="en")


def assign(org, courses, people, **kwargs):
    return services.assignment_create_bulk(
        courses=kwargs.pop("courses_", [courses.first]),
        people=people,
        acting_user=org.leader,
        due_date=kwargs.pop("due", timezone.localdate() + timedelta(days=10)),
        **kwargs,
    ).created


def test_a_new_assignment_is_e_mailed_after_commit_with_text_and_html(
    org, courses, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        assign(org, courses, [org.colleague], note="Nowe przepisy")
        assert mail.outbox == []  # nothing leaves before the commit
    for callback in callbacks:
        callback()
    [message] = mail.outbox
    assert message.to == [org.colleague.email]
    assert courses.first.title in message.subject
    assert "Nowe przepisy" in message.body and str(org.leader) in message.body
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html" and courses.first.title in html
    [note] = Notification.objects.filter(recipient=org.colleague)
    assert note.kind == "assignment_new" and note.read_at is None and note.emailed_at


def test_one_message_per_person_for_several_courses(
    org, courses, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assign(
            org, courses, [org.colleague, org.employee], courses_=[courses.first, courses.second]
        )
    assert len(mail.outbox) == 2
    assert Notification.objects.count() == 2
    body = Notification.objects.get(recipient=org.colleague).body
    assert courses.first.title in body and courses.second.title in body


def test_messages_are_written_in_the_recipients_language(org, courses):
    User.objects.filter(pk=org.colleague.pk).update(preferred_language="pl")
    User.objects.filter(pk=org.employee.pk).update(preferred_language="en")
    due = timezone.localdate().replace(month=12, day=15) + timedelta(days=365)
    assign(org, courses, [org.colleague, org.employee], due=due)
    polish = Notification.objects.get(recipient=org.colleague).body
    english = Notification.objects.get(recipient=org.employee).body
    assert "grudnia" in polish and "December" not in polish
    assert "Dec. 15" in english


def test_digest_readers_get_one_daily_mail_exactly_once(
    org, courses, django_capture_on_commit_callbacks
):
    notifications.set_delivery(user=org.colleague, delivery="digest")
    with django_capture_on_commit_callbacks(execute=True):
        [first] = assign(org, courses, [org.colleague])
        services.assignment_change_due_date(
            assignment=first,
            due_date=timezone.localdate() + timedelta(days=30),
            reason="Urlop",
            acting_user=org.leader,
        )
    assert mail.outbox == []
    assert Notification.objects.filter(recipient=org.colleague).count() == 2
    with django_capture_on_commit_callbacks(execute=True):
        assert notifications.send_digests() == 1
    [digest] = mail.outbox
    assert "2 new messages" in digest.subject
    assert courses.first.title in digest.body and "Urlop" in digest.body
    with django_capture_on_commit_callbacks(execute=True):
        assert notifications.send_digests() == 0
    assert len(mail.outbox) == 1


def test_cancelling_and_moving_the_due_date_tell_the_person_why(org, courses):
    [a] = assign(org, courses, [org.colleague])
    services.assignment_change_due_date(
        assignment=a,
        due_date=timezone.localdate() + timedelta(days=30),
        reason="Szkolenie przesunięte",
        acting_user=org.leader,
    )
    services.assignment_cancel(assignment=a, reason="Zmiana stanowiska", acting_user=org.leader)
    kinds = dict(Notification.objects.filter(recipient=org.colleague).values_list("kind", "body"))
    assert "Szkolenie przesunięte" in kinds["assignment_due_date_changed"]
    assert "Zmiana stanowiska" in kinds["assignment_cancelled"]


def test_deactivated_people_get_no_messages(org, courses):
    [a] = assign(org, courses, [org.colleague])
    Notification.objects.all().delete()
    person_deactivate(person=User.objects.get(pk=org.colleague.pk), acting_user=org.hr)
    assert not Notification.objects.exists()


def test_the_notifications_page_counts_unread_and_marks_read(client_for, org, courses):
    assign(org, courses, [org.employee])
    other = Notification.objects.create(recipient=org.colleague, kind="x", subject="Cudza", body="")
    client = client_for("employee")
    page = client.get(reverse("notification_list")).content.decode()
    assert "1 unread" in page and courses.first.title in page and "Cudza" not in page
    [mine] = Notification.objects.filter(recipient=org.employee)
    response = client.post(reverse("notification_read", args=[mine.pk]))
    assert response.status_code == 302 and response["Location"] == "/"
    assert Notification.objects.get(pk=mine.pk).read_at is not None
    assert "1 unread" not in client.get(reverse("home")).content.decode()
    # Someone else's notification cannot be read or even found.
    assert client.post(reverse("notification_read", args=[other.pk])).status_code == 404
    assert Notification.objects.get(pk=other.pk).read_at is None


def test_mark_all_read_and_choose_the_digest(client_for, org, courses):
    assign(org, courses, [org.employee], courses_=[courses.first])
    assign(org, courses, [org.employee], courses_=[courses.second])
    client = client_for("employee")
    assert client.post(reverse("notification_read_all")).status_code == 302
    assert not Notification.objects.filter(recipient=org.employee, read_at=None).exists()
    client.post(reverse("notification_delivery"), {"delivery": "digest"})
    assert User.objects.get(pk=org.employee.pk).notification_delivery == "digest"
    response = client.post(reverse("notification_delivery"), {"delivery": "hourly"}, follow=True)
    assert "Choose how you want to get e-mails" in response.content.decode()
    assert User.objects.get(pk=org.employee.pk).notification_delivery == "digest"


@pytest.mark.parametrize("name", ["notification_read_all", "notification_delivery"])
def test_notification_posts_allow_and_deny(client_for, name):
    assert client_for("anonymous").post(reverse(name))["Location"].startswith("/accounts/login/")
    assert client_for("employee").get(reverse(name)).status_code == 405
    assert client_for("employee").post(reverse(name)).status_code == 302


@pytest.mark.parametrize("role", ["employee", "leader", "hr", "editor"])
def test_everyone_signed_in_has_a_notifications_page(client_for, role):
    assert client_for(role).get(reverse("notification_list")).status_code == 200


def test_anonymous_cannot_see_notifications(client_for):
    response = client_for("anonymous").get(reverse("notification_list"))
    assert response.status_code == 302


def test_notify_skips_people_without_email_for_mail_but_keeps_in_app(
    org, django_capture_on_commit_callbacks
):
    person = UserFactory(org_unit=org.team_a)
    with django_capture_on_commit_callbacks(execute=True):
        notifications.notify(
            recipients=[person],
            kind="test",
            template="assignments/notifications/changed",
            context={"assignment": None, "kind": "cancelled"},
        )
    assert Notification.objects.filter(recipient=person).count() == 1
    assert len(mail.outbox) == 1
