"""One module for every message to a person: in-app notifications and e-mail.

``notify`` renders each message in the recipient's preferred language from three templates
(``<template>_subject.txt``, ``<template>.txt``, ``<template>.html``), stores it for the
in-app page and, for people who want every message, e-mails it (text and HTML) once the
transaction commits. People who chose the daily digest get ``send_digests`` instead.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from .models import Notification, User

logger = logging.getLogger("kadra.notifications")

IMMEDIATE = "immediate"
DIGEST = "digest"


def _absolute(link: str) -> str:
    if not link or link.startswith(("http://", "https://")):
        return link
    return getattr(settings, "KADRA_BASE_URL", "").rstrip("/") + link


def _render(template: str, context: dict, recipient: User) -> tuple[str, str, str]:
    language = recipient.preferred_language or settings.LANGUAGE_CODE
    context = {**context, "recipient": recipient}
    with translation.override(language):
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        text = render_to_string(f"{template}.txt", context).strip()
        html = render_to_string(f"{template}.html", context)
    return subject, text, html


def deliver(messages: list) -> None:
    """Hand the e-mails to the mail server. A refusing or unreachable server is logged and
    never fails the request that caused them: the in-app messages are already stored."""
    try:
        get_connection().send_messages(messages)
    except Exception:  # smtplib and socket errors alike
        logger.exception("notification e-mails not sent (%s messages)", len(messages))


def _send_on_commit(messages: list) -> None:
    if messages:
        transaction.on_commit(lambda: deliver(messages))


@transaction.atomic
def notify(*, recipients, kind: str, template: str, context=None, link: str = "") -> list:
    """Store one message per recipient and e-mail those who want every message.

    ``context`` is a dict, or a callable taking the recipient and returning one; a ``link``
    in it (a path such as ``/team/``) overrides the common one. See :func:`notify_each`.
    """
    return notify_each(
        kind=kind,
        template=template,
        messages=[
            (r, context(r) if callable(context) else dict(context or {})) for r in recipients
        ],
        link=link,
    )


@transaction.atomic
def notify_each(*, kind: str, template: str, messages, link: str = "") -> list:
    """One message per ``(recipient, context)`` pair, rendered in the recipient's language
    (a ``render_key`` in the context marks messages that are the same for everyone).
    Deactivated people get none. Rows are written in this transaction; e-mails leave after
    it commits. Returns the notifications made."""
    now = timezone.now()
    rows, mails = [], []
    rendered = {}
    for recipient, ctx in messages:
        if not recipient.is_active:
            continue
        ctx = dict(ctx)
        path = ctx.get("link", link)
        ctx["url"] = _absolute(path)
        # Messages that say the same to everyone (no name in them) give a ``render_key``:
        # they are rendered once per language, not once per person.
        key = ctx.pop("render_key", None)
        cache_key = (recipient.preferred_language, key, path)
        if key is not None and cache_key in rendered:
            subject, text, html = rendered[cache_key]
        else:
            subject, text, html = _render(template, ctx, recipient)
            if key is not None:
                rendered[cache_key] = subject, text, html
        immediate = recipient.notification_delivery != DIGEST and bool(recipient.email)
        rows.append(
            Notification(
                recipient=recipient,
                kind=kind,
                subject=subject[:300],
                body=text,
                link=path[:500],
                emailed_at=now if immediate else None,
            )
        )
        if immediate:
            mail = EmailMultiAlternatives(subject, text, to=[recipient.email])
            mail.attach_alternative(html, "text/html")
            mails.append(mail)
    Notification.objects.bulk_create(rows, batch_size=500)
    _send_on_commit(mails)
    return rows


def unread_count(user) -> int:
    if not user.is_authenticated:
        return 0
    return Notification.objects.filter(recipient=user, read_at__isnull=True).count()


def mark_read(*, user, notification_ids=None) -> int:
    qs = Notification.objects.filter(recipient=user, read_at__isnull=True)
    if notification_ids is not None:
        qs = qs.filter(pk__in=notification_ids)
    return qs.update(read_at=timezone.now())


def set_delivery(*, user, delivery: str) -> None:
    if delivery not in (IMMEDIATE, DIGEST):
        raise ValueError(delivery)
    User.objects.filter(pk=user.pk).update(notification_delivery=delivery)
    user.notification_delivery = delivery


def send_digests(*, now=None) -> int:
    """One e-mail per digest reader with every message not yet e-mailed; exactly once even
    with two senders (each person's rows are claimed under a row lock). Returns mails sent."""
    now = now or timezone.now()
    sent = 0
    people = User.objects.filter(
        is_active=True,
        notification_delivery=DIGEST,
        pk__in=Notification.objects.filter(emailed_at__isnull=True).values("recipient_id"),
    )
    for person in people:
        with transaction.atomic():
            pending = list(
                Notification.objects.select_for_update()
                .filter(recipient=person, emailed_at__isnull=True, created_at__lte=now)
                .order_by("created_at", "pk")
            )
            if not pending:
                continue
            Notification.objects.filter(pk__in=[n.pk for n in pending]).update(emailed_at=now)
            subject, text, html = _render(
                "lms/notifications/digest",
                {"notifications": pending, "since": now - timedelta(days=1)},
                person,
            )
            mail = EmailMultiAlternatives(subject, text, to=[person.email])
            mail.attach_alternative(html, "text/html")
            _send_on_commit([mail])
            sent += 1
    return sent
