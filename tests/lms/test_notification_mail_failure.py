"""A mail server that refuses never turns the action that caused a notification into a 500."""

import smtplib

import pytest
from django.core.mail.backends.base import BaseEmailBackend

from lms import notifications
from lms.models import Notification

pytestmark = pytest.mark.django_db


class RefusingBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise smtplib.SMTPRecipientsRefused({"x@example.gov.pl": (550, b"no")})


def test_a_refusing_mail_server_is_logged_and_the_message_kept(
    org, settings, django_capture_on_commit_callbacks, caplog
):
    settings.EMAIL_BACKEND = f"{__name__}.RefusingBackend"
    with django_capture_on_commit_callbacks(execute=True):
        notifications.notify(
            recipients=[org.employee],
            kind="test",
            template="seminars/notifications/event_cancelled",
            context={"event": {"title": "Szkolenie"}, "reason": "Choroba"},
            link="/",
        )
    assert Notification.objects.filter(recipient=org.employee, kind="test").exists()
    assert "notification e-mails not sent" in caplog.text
