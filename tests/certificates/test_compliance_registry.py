"""The HR certificates registry: filters, pages, revoke with a reason and re-issue through
the certificates services, a person's lineage; leaders see their reach only."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from certificates.models import Certificate, CertificateStatus
from lms.models import Notification, OrgUnit
from tests.certificates.factories import CertificateFactory
from tests.factories import CoursePageFactory, UserFactory

pytestmark = pytest.mark.django_db


def _numbers(response) -> list[str]:
    return [c.number for c in response.context["page"].object_list]


def test_filters_unit_subtree_course_status_expiry_and_issue_dates(client_for, org):
    today = timezone.localdate()
    course, other = CoursePageFactory(), CoursePageFactory()
    a = CertificateFactory(user=org.employee, course=course, valid_until=today + timedelta(days=10))
    b = CertificateFactory(
        user=org.outsider,
        course=other,
        issued_on=today - timedelta(days=100),
        valid_until=today + timedelta(days=300),
    )
    c = CertificateFactory(
        user=org.colleague,
        course=course,
        status=CertificateStatus.REVOKED,
        revocation_reason="Błąd w danych",
        revoked_at=timezone.now(),
    )
    client = client_for("hr")
    url = reverse("compliance_registry")
    dept = OrgUnit.objects.get(pk=org.dept.pk)
    team_b = OrgUnit.objects.get(pk=org.team_b.pk)

    assert set(_numbers(client.get(url))) == {a.number, b.number, c.number}
    assert set(_numbers(client.get(url, {"unit": dept.pk}))) == {a.number, b.number, c.number}
    assert _numbers(client.get(url, {"unit": team_b.pk})) == [b.number]
    assert set(_numbers(client.get(url, {"course": course.pk}))) == {a.number, c.number}
    assert _numbers(client.get(url, {"status": "revoked"})) == [c.number]
    assert _numbers(client.get(url, {"expiring_within": 30})) == [a.number]
    issued = {
        "issued_from": (today - timedelta(days=101)).isoformat(),
        "issued_to": (today - timedelta(days=99)).isoformat(),
    }
    assert _numbers(client.get(url, issued)) == [b.number]
    assert _numbers(client.get(url, {"q": org.outsider.last_name})) == [b.number]
    assert _numbers(client.get(url, {"q": b.number})) == [b.number]


@pytest.mark.parametrize(
    "query",
    [
        {"issued_from": "2026-05-01", "issued_to": "2026-04-01"},
        {"issued_from": "31.02.2026"},
        {"expiring_within": "-1"},
        {"unit": "99999999999999999999"},
        {"status": "nonsense"},
        {"q": "x" * 500},
    ],
)
def test_bad_filters_answer_with_a_message_not_an_error(client_for, org, query):
    CertificateFactory(user=org.employee)
    response = client_for("hr").get(reverse("compliance_registry"), query)
    assert response.status_code == 200
    assert "were not valid and were left out" in response.content.decode()


def test_a_leader_sees_the_certificates_of_their_reach_only(client_for, org):
    mine = CertificateFactory(user=org.employee)
    CertificateFactory(user=org.outsider)
    response = client_for("leader").get(reverse("compliance_registry"))
    assert _numbers(response) == [mine.number]
    # Asking for a unit outside their reach drops the filter, it does not widen the list.
    team_b = OrgUnit.objects.get(pk=org.team_b.pk)
    response = client_for("leader").get(reverse("compliance_registry"), {"unit": team_b.pk})
    assert _numbers(response) == [mine.number]
    assert b"/revoke/" not in response.content
    assert b"/revoke/" in client_for("hr").get(reverse("compliance_registry")).content


def test_pages_of_fifty_with_a_constant_number_of_queries(
    client_for, org, django_assert_max_num_queries
):
    client = client_for("hr")
    url = reverse("compliance_registry")
    CertificateFactory(user=org.employee)
    client.get(url)
    with CaptureQueriesContext(connection) as small:
        client.get(url)
    course = CoursePageFactory()
    for _ in range(60):
        CertificateFactory(user=UserFactory(org_unit=org.team_a), course=course)
    with django_assert_max_num_queries(len(small.captured_queries)):
        response = client.get(url)
    assert len(response.context["page"].object_list) == 50
    assert response.context["page"].paginator.num_pages == 2


def test_hr_revokes_with_a_reason_and_the_person_and_leader_are_told(client_for, org):
    certificate = CertificateFactory(user=org.employee)
    client = client_for("hr")
    url = reverse("compliance_certificate_revoke", args=[certificate.pk])

    assert client.get(url).status_code == 200
    response = client.post(url, {"reason": "   "})
    assert response.status_code == 400
    assert "This field is required" in response.content.decode()
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.VALID
    assert not Notification.objects.exists()

    response = client.post(url, {"reason": "Egzamin zdawany przez inną osobę"})
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.REVOKED
    assert certificate.revocation_reason == "Egzamin zdawany przez inną osobę"
    assert certificate.revoked_by == org.hr
    assert set(Notification.objects.values_list("recipient", flat=True)) == {
        org.employee.pk,
        org.leader.pk,
    }
    latest = certificate.history.order_by("-history_id").first()
    assert latest.history_user == org.hr

    # Twice: a clear message, nothing more written.
    response = client.post(url, {"reason": "Jeszcze raz"})
    assert response.status_code == 400
    assert "already revoked" in response.content.decode()
    assert Notification.objects.count() == 2


def test_hr_reissues_and_the_new_certificate_supersedes_the_old(client_for, org):
    certificate = CertificateFactory(user=org.employee)
    client = client_for("hr")
    url = reverse("compliance_certificate_reissue", args=[certificate.pk])
    response = client.post(url, {"origin": "name_change", "reason": "Zmiana nazwiska"})
    assert response.status_code == 302
    new = Certificate.objects.get(supersedes=certificate)
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.SUPERSEDED
    assert new.origin == "name_change"

    # The lineage page shows both, oldest first, with the reason.
    page = client.get(reverse("compliance_person", args=[org.employee.pk])).content.decode()
    assert page.index(certificate.number) < page.index(new.number)
    assert "Superseded" in page

    # Re-issuing the superseded one, or a revoked one, is refused with a message.
    response = client.post(url, {"origin": "reissue", "reason": "Znowu"})
    assert response.status_code == 400
    assert "already been replaced" in response.content.decode()
    revoked = CertificateFactory(
        user=org.employee,
        status=CertificateStatus.REVOKED,
        revocation_reason="x",
        revoked_at=timezone.now(),
    )
    response = client.post(
        reverse("compliance_certificate_reissue", args=[revoked.pk]),
        {"origin": "reissue", "reason": "Znowu"},
    )
    assert response.status_code == 400
    assert "revoked certificate cannot be re-issued" in response.content.decode()
    assert Certificate.objects.count() == 3


def test_a_crafted_origin_is_refused_as_a_wrong_choice(client_for, org):
    certificate = CertificateFactory(user=org.employee)
    response = client_for("hr").post(
        reverse("compliance_certificate_reissue", args=[certificate.pk]),
        {"origin": "completion", "reason": "x"},
    )
    assert response.status_code == 400
    assert Certificate.objects.count() == 1


def test_leaders_cannot_revoke(client_for, org):
    certificate = CertificateFactory(user=org.employee)
    response = client_for("leader").post(
        reverse("compliance_certificate_revoke", args=[certificate.pk]), {"reason": "x"}
    )
    assert response.status_code == 403
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.VALID
