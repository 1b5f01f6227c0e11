"""The person's lesson revisions and "who was trained on the version of this lesson in force on
date D": version boundaries, re-opened and earlier-cycle rows, a leader's reach, the export,
bad input, and query counts that do not grow with the data."""

import csv
import io
from datetime import datetime, time, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from assignments import law_change
from assignments.legal_history_views import change_link_day
from assignments.models import LegalChange
from courses import services as course_services
from courses.models import LessonCompletion
from lms.models import Role
from tests.factories import CoursePageFactory, LessonPageFactory, OrgUnitFactory, UserFactory

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def _moment(day):
    return timezone.make_aware(datetime.combine(day, time(12, 0)))


@pytest.fixture
def world(org):
    editor = UserFactory(roles=[Role.EDITOR], is_superuser=True)
    course = CoursePageFactory(title="Prawo migracyjne", sequential=False, retraining_days=14)
    lesson = LessonPageFactory(parent=course, title="Pobyt czasowy")
    other = LessonPageFactory(parent=course, title="Zezwolenia na pracę")
    # The lesson was first published 100 days ago.
    Page.objects.filter(pk=lesson.pk).update(first_published_at=_moment(TODAY - timedelta(100)))
    return type(
        "World",
        (),
        {
            "org": org,
            "editor": editor,
            "course": type(course).objects.get(pk=course.pk),
            "lesson": type(lesson).objects.get(pk=lesson.pk),
            "other": type(other).objects.get(pk=other.pk),
        },
    )


def _fresh(page):
    return type(page).objects.get(pk=page.pk)


def _draft(lesson, text):
    lesson = _fresh(lesson)
    lesson.body = [{"type": "text", "value": f"<p>{text}</p>"}]
    return lesson.save_revision()


def _minor(lesson, text="Poprawka literówki."):
    revision = _draft(lesson, text)
    revision.publish()
    return revision


def _material(world, day, summary, *, applies_from=None):
    """A legal change of the lesson, published on ``day`` (not processed)."""
    _draft(world.lesson, summary)
    change = law_change.legal_change_publish(
        page=world.lesson, user=world.editor, summary=summary, applies_from=applies_from
    )
    LegalChange.objects.filter(pk=change.pk).update(created_at=_moment(day))
    change.refresh_from_db()
    return change


def _complete(person, lesson):
    return course_services.step_complete(user=person, step=_fresh(lesson))


def _finish(person, world):
    _complete(person, world.lesson)
    _complete(person, world.other)


def _person(world, unit=None, **kwargs):
    return UserFactory(org_unit=unit or world.org.team_a, **kwargs)


def _ask(client, lesson, day, **extra):
    params = {"lesson": lesson.pk, "on": day.isoformat() if hasattr(day, "isoformat") else day}
    return client.get(reverse("legal_trained_on"), {**params, **extra})


def _listed(response) -> set[int]:
    import re

    return {int(pk) for pk in re.findall(r'data-person="(\d+)"', response.content.decode())}


def _export(client, lesson, day):
    response = client.get(
        reverse("legal_trained_on_export"), {"lesson": lesson.pk, "on": day.isoformat()}
    )
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    body = b"".join(response.streaming_content).decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.reader(io.StringIO(body[1:]), delimiter=";"))


# --- version boundaries ------------------------------------------------------------------


@pytest.fixture
def history(world):
    """Version 1 (first publish and a minor edit), version 2 (from a change 50 days ago, and
    a minor edit), version 3 (from a change 20 days ago); one person on each revision."""
    people = {}
    people["first"] = _person(world, last_name="Adamska")
    _complete(people["first"], world.lesson)
    _minor(world.lesson)
    people["minor"] = _person(world, last_name="Borek")
    _complete(people["minor"], world.lesson)
    one = _material(world, TODAY - timedelta(50), "Wnioski wyłącznie przez MOS")
    people["changed"] = _person(world, last_name="Cieślak")
    _complete(people["changed"], world.lesson)
    _minor(world.lesson, "Nowy przykład.")
    people["changed_minor"] = _person(world, last_name="Dudek")
    _complete(people["changed_minor"], world.lesson)
    two = _material(world, TODAY - timedelta(20), "Nowa ustawa o rynku pracy")
    people["newest"] = _person(world, last_name="Ekiert")
    _complete(people["newest"], world.lesson)
    revisions = {
        key: LessonCompletion.objects.get(user=p, lesson=world.lesson).revision_id
        for key, p in people.items()
    }
    assert len(set(revisions.values())) == 5  # every person saw a different revision
    return type("History", (), {"people": people, "one": one, "two": two})


def test_a_minor_publish_stays_in_the_version_and_two_changes_make_three(
    client_for, world, history
):
    p = history.people
    hr = client_for("hr")
    cases = [
        (TODAY - timedelta(60), "1", {p["first"], p["minor"]}),
        (TODAY - timedelta(51), "1", {p["first"], p["minor"]}),
        (TODAY - timedelta(50), "2", {p["changed"], p["changed_minor"]}),  # published that day
        (TODAY - timedelta(21), "2", {p["changed"], p["changed_minor"]}),
        (TODAY - timedelta(20), "3", {p["newest"]}),
        (TODAY, "3", {p["newest"]}),
    ]
    for day, version, expected in cases:
        response = _ask(hr, world.lesson, day)
        assert response.status_code == 200, day
        html = response.content.decode()
        assert f'data-version="{version}"' in html, day
        assert _listed(response) == {person.pk for person in expected}, day
        assert f'data-count="{len(expected)}"' in html, day


def test_the_date_defaults_to_today(client_for, world, history):
    response = client_for("hr").get(reverse("legal_trained_on"), {"lesson": world.lesson.pk})
    assert response.status_code == 200
    assert _listed(response) == {history.people["newest"].pk}


def test_before_the_first_publish_nobody_with_a_message(client_for, world, history):
    response = _ask(client_for("hr"), world.lesson, TODAY - timedelta(101))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-result="none"' in html
    assert "was first published on" in html and "nobody can have been trained" in html
    assert _listed(response) == set()


def test_a_lesson_without_a_first_publish_date_has_nobody(client_for, world):
    _complete(_person(world), world.lesson)
    Page.objects.filter(pk=world.lesson.pk).update(first_published_at=None)
    response = _ask(client_for("hr"), world.lesson, TODAY)
    assert response.status_code == 200
    assert "has not been published yet" in response.content.decode()
    assert _listed(response) == set()


def test_the_version_starts_by_the_publish_date_not_the_applies_from_date(client_for, world):
    early = _person(world)
    _complete(early, world.lesson)
    change = _material(
        world,
        TODAY - timedelta(10),
        "MOS od 27 kwietnia",
        applies_from=TODAY + timedelta(5),
    )
    late = _person(world)
    _complete(late, world.lesson)
    hr = client_for("hr")
    assert _listed(_ask(hr, world.lesson, TODAY - timedelta(11))) == {early.pk}
    assert _listed(_ask(hr, world.lesson, TODAY - timedelta(10))) == {late.pk}
    # The change's page links to the text it replaced: the day before it was published
    # (it applies later), never a day in the future.
    assert change_link_day(change) == TODAY - timedelta(11)
    html = client_for("hr").get(reverse("legal_change_detail", args=[change.pk])).content
    assert (
        f"{reverse('legal_trained_on')}?lesson={world.lesson.pk}&amp;on="
        f"{(TODAY - timedelta(11)).isoformat()}"
    ) in html.decode()
    assert (
        reverse("legal_trained_on")
        in client_for("hr").get(reverse("legal_changes")).content.decode()
    )


def test_the_link_day_is_the_day_before_the_change_applies_when_that_is_earlier(world):
    change = _material(
        world, TODAY - timedelta(3), "Zmiana wsteczna", applies_from=TODAY - timedelta(30)
    )
    assert change_link_day(change) == TODAY - timedelta(31)


# --- re-opened and earlier-cycle rows -----------------------------------------------------


def test_reopened_and_earlier_cycle_rows_are_listed_and_said(client_for, world):
    mid = _person(world, last_name="Mid")
    _complete(mid, world.lesson)  # mid-course: the change re-opens this completion
    again = _person(world, last_name="Again")
    _finish(again, world)
    course_services.course_restart(user=again, course=world.course, reason="Recertyfikacja")
    change = _material(world, TODAY - timedelta(5), "Wnioski wyłącznie przez MOS")
    law_change.process_legal_change(change.pk)
    reopened = LessonCompletion.objects.get(user=mid, lesson=world.lesson)
    assert reopened.reopened_at is not None

    response = _ask(client_for("hr"), world.lesson, TODAY - timedelta(6))
    assert _listed(response) == {mid.pk, again.pk}
    html = response.content.decode()
    row = html[html.index(f'data-person="{mid.pk}"') :]
    row = row[: row.index("</tr>")]
    assert 'data-flag="reopened"' in row and "Re-opened by the legal change" in row
    row = html[html.index(f'data-person="{again.pk}"') :]
    row = row[: row.index("</tr>")]
    assert 'data-flag="earlier-cycle"' in row and 'data-flag="reopened"' not in row

    rows = _export(client_for("hr"), world.lesson, TODAY - timedelta(6))
    header = rows.index([]) + 1
    by_name = {r[0]: dict(zip(rows[header], r, strict=True)) for r in rows[header + 1 :]}
    assert by_name["Mid"]["Re-opened on"] == TODAY.isoformat()
    assert by_name["Mid"]["Why it was re-opened"].startswith("Re-opened by the legal change")
    assert by_name["Mid"]["Earlier cycle"] == "no"
    assert by_name["Again"]["Earlier cycle"] == "yes" and by_name["Again"]["Training cycle"] == "1"


# --- reach ------------------------------------------------------------------------------


def test_a_leader_sees_only_the_units_they_lead(client_for, world):
    # Surnames no page text contains (a random one such as "Lang" is in "Language").
    mine = _person(world, world.org.team_a)
    theirs = _person(world, world.org.team_b, last_name="Źdźbłowska-Theirs")
    hidden_unit = OrgUnitFactory(name="Wydział Obywatelski", code="WO")
    elsewhere = _person(world, hidden_unit, last_name="Gżegżółka-Elsewhere")
    for person in (mine, theirs, elsewhere):
        _complete(person, world.lesson)

    response = _ask(client_for("leader"), world.lesson, TODAY)
    assert _listed(response) == {mine.pk}
    html = response.content.decode()
    assert "Zespół B" not in html and "Wydział Obywatelski" not in html
    assert theirs.last_name not in html and elsewhere.last_name not in html
    assert 'data-count="1"' in html
    rows = _export(client_for("leader"), world.lesson, TODAY)
    assert [r for r in rows if r and r[0] == "People"] == [["People", "1"]]
    units = {r[3] for r in rows[rows.index([]) + 2 :]}
    assert units == {"Zespół A"}
    assert theirs.last_name not in str(rows) and elsewhere.last_name not in str(rows)

    response = _ask(client_for("hr"), world.lesson, TODAY)
    assert _listed(response) == {mine.pk, theirs.pk, elsewhere.pk}


def test_an_editor_gets_counts_without_names_and_no_export(client_for, world):
    person = _person(world, last_name="Źdźbłowska-Hidden")
    _complete(person, world.lesson)
    response = _ask(client_for("editor"), world.lesson, TODAY)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-count="1"' in html and "Zespół A" in html
    assert _listed(response) == set() and person.last_name not in html
    assert reverse("legal_trained_on_export") not in html
    export = client_for("editor").get(
        reverse("legal_trained_on_export"), {"lesson": world.lesson.pk, "on": TODAY}
    )
    assert export.status_code == 403


def test_an_employee_is_refused(client_for, world):
    assert _ask(client_for("employee"), world.lesson, TODAY).status_code == 403


# --- the export ---------------------------------------------------------------------------


def test_the_export_names_the_filters_and_lists_the_people(client_for, world, history):
    day = TODAY - timedelta(30)
    rows = _export(client_for("hr"), world.lesson, day)
    head = rows[: rows.index([])]
    assert head[0] == ["Who was trained on the version of a lesson in force on a date"]
    facts = {r[0]: r[1] for r in head[1:]}
    assert facts["Course"] == world.course.title
    assert facts["Lesson"] == world.lesson.title
    assert facts["Date"] == day.isoformat()
    assert facts["Version in force"].startswith("Version 2, in force from ")
    assert facts["Started by the legal change"] == "Wnioski wyłącznie przez MOS"
    assert facts["People in"] == "everyone"
    assert facts["People"] == "2"
    header, *body = rows[rows.index([]) + 1 :]
    assert header[:6] == [
        "Last name",
        "First name",
        "Employee number",
        "Unit",
        "Completed on",
        "Revision",
    ]
    people = history.people
    assert [r[0] for r in body] == [people["changed"].last_name, people["changed_minor"].last_name]
    first = dict(zip(header, body[0], strict=True))
    completion = LessonCompletion.objects.get(user=people["changed"], lesson=world.lesson)
    assert first["Revision"] == str(completion.revision_id)
    assert first["Completed on"] == timezone.localdate(completion.completed_at).isoformat()
    assert first["Unit"] == "Zespół A" and first["Active"] == "yes"


def test_the_export_neutralises_formulas(client_for, world):
    person = _person(world, last_name="=HYPERLINK(1)")
    _complete(person, world.lesson)
    rows = _export(client_for("hr"), world.lesson, TODAY)
    assert rows[-1][0] == "'=HYPERLINK(1)"


# --- bad input ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "params, message",
    [
        ({"lesson": "999999"}, "not a lesson of a live course"),
        ({"lesson": "abc"}, "not a lesson of a live course"),
        ({"lesson": ""}, "Choose a lesson."),
        ({"on": "2026-02-30"}, "Give the date as YYYY-MM-DD"),
        ({"on": "wczoraj"}, "Give the date as YYYY-MM-DD"),
        ({"on": (TODAY + timedelta(1)).isoformat()}, "The date is in the future"),
    ],
)
@pytest.mark.parametrize("url", ["legal_trained_on", "legal_trained_on_export"])
def test_bad_input_gets_a_clear_message(client_for, world, params, message, url):
    query = {"lesson": world.lesson.pk, "on": TODAY.isoformat(), **params}
    response = client_for("hr").get(reverse(url), query)
    assert response.status_code == 400
    assert message in response.content.decode()


def test_a_lesson_of_a_course_that_is_not_live_is_unknown(client_for, world):
    hidden = CoursePageFactory(title="Wycofany")
    lesson = LessonPageFactory(parent=hidden)
    hidden.unpublish()
    response = _ask(client_for("hr"), lesson, TODAY)
    assert response.status_code == 400
    assert "not a lesson of a live course" in response.content.decode()


def test_the_export_without_a_lesson_asks_for_one(client_for, world):
    response = client_for("hr").get(reverse("legal_trained_on_export"))
    assert response.status_code == 400
    assert "Choose a lesson." in response.content.decode()


def test_the_page_without_a_question_shows_the_form(client_for, world):
    response = client_for("leader").get(reverse("legal_trained_on"))
    assert response.status_code == 200
    html = response.content.decode()
    assert world.lesson.title in html and world.course.title in html  # the lesson select
    assert f'value="{TODAY.isoformat()}"' in html


# --- query counts -------------------------------------------------------------------------


def _people(world, n, unit=None):
    for _ in range(n):
        _complete(_person(world, unit), world.lesson)


def test_the_page_and_export_take_a_fixed_number_of_queries(
    client_for, world, django_assert_max_num_queries
):
    hr = client_for("hr")
    _people(world, 2)
    _material(world, TODAY - timedelta(10), "Wnioski wyłącznie przez MOS")
    _people(world, 2, world.org.team_b)
    _ask(hr, world.lesson, TODAY)  # warm the session and caches
    with django_assert_max_num_queries(16) as small:
        _ask(hr, world.lesson, TODAY)
    with django_assert_max_num_queries(16) as export:
        _export(hr, world.lesson, TODAY)
    _people(world, 4)
    _people(world, 4, world.org.team_b)
    with django_assert_max_num_queries(len(small.captured_queries)):
        assert len(_listed(_ask(hr, world.lesson, TODAY))) == 10
    with django_assert_max_num_queries(len(export.captured_queries)):
        rows = _export(hr, world.lesson, TODAY)
    assert len(rows[rows.index([]) + 2 :]) == 10


# --- the person's record, per lesson ------------------------------------------------------


def test_the_person_record_shows_revisions_cycles_and_changes(client_for, world):
    person = _person(world)
    _finish(person, world)
    first = LessonCompletion.objects.get(user=person, lesson=world.lesson)
    one = _material(world, TODAY - timedelta(4), "Wnioski wyłącznie przez MOS")
    law_change.process_legal_change(one.pk)  # the person gets a law-change assignment
    _complete(person, world.lesson)  # caught up with the first change
    two = _material(world, TODAY - timedelta(1), "Nowa ustawa o rynku pracy")

    response = client_for("leader").get(reverse("person_detail", args=[person.pk]))
    html = response.content.decode()
    assert "Lessons: versions and legal changes" in html
    row = html[html.index(f'data-lesson="{world.lesson.pk}"') :]
    row = row[: row.index("</tr>")]
    published = timezone.localdate(first.revision.created_at).strftime("%d.%m.%Y")
    assert f"revision no. {first.revision_id} (version of {published})" in row
    assert f'data-change="{one.pk}" data-caught-up="yes"' in row
    assert f'data-change="{two.pk}" data-caught-up="no"' in row
    assert "Nowa ustawa o rynku pracy" in row
    assert reverse("legal_change_detail", args=[two.pk]) in row
    assert "training cycle 1" in row
    other = html[html.index(f'data-lesson="{world.other.pk}"') :]
    other = other[: other.index("</tr>")]
    assert "data-change" not in other


def test_the_person_record_says_reopened_and_earlier_cycle(client_for, world):
    mid = _person(world)
    _complete(mid, world.lesson)
    change = _material(world, TODAY, "Wnioski wyłącznie przez MOS")
    law_change.process_legal_change(change.pk)
    again = _person(world)
    _finish(again, world)
    course_services.course_restart(user=again, course=world.course, reason="Recertyfikacja")

    html = client_for("hr").get(reverse("person_detail", args=[mid.pk])).content.decode()
    assert 'data-flag="reopened"' in html and "Re-opened by the legal change" in html
    assert f'data-change="{change.pk}" data-caught-up="no"' in html
    html = client_for("hr").get(reverse("person_detail", args=[again.pk])).content.decode()
    assert 'data-flag="earlier-cycle"' in html
    assert f'data-change="{change.pk}" data-caught-up="yes"' in html


def test_the_person_sees_their_own_without_links_to_the_changes_pages(client_for, world, org):
    _complete(org.employee, world.lesson)
    change = _material(world, TODAY, "Wnioski wyłącznie przez MOS")
    html = client_for("employee").get(reverse("person_detail", args=[org.employee.pk]))
    html = html.content.decode()
    assert f'data-change="{change.pk}" data-caught-up="no"' in html
    assert reverse("legal_change_detail", args=[change.pk]) not in html


def test_the_record_panel_is_not_shown_to_those_who_may_not_see_the_person(client_for, world):
    outsider = _person(world, world.org.team_b)
    _complete(outsider, world.lesson)
    assert client_for("leader").get(reverse("person_detail", args=[outsider.pk])).status_code == 404
    from django.test import RequestFactory

    from assignments.legal_panels import lesson_revisions_data

    request = RequestFactory().get("/")
    request.user = world.org.leader
    assert lesson_revisions_data(request, outsider) is None
    request.user = world.org.hr
    assert lesson_revisions_data(request, outsider) is not None


def _lessons_course(world, n_lessons):
    course = CoursePageFactory(sequential=False)
    return [LessonPageFactory(parent=course) for _ in range(n_lessons)]


def test_the_person_record_takes_a_fixed_number_of_queries(
    client_for, world, django_assert_max_num_queries
):
    person = _person(world)
    hr = client_for("hr")
    url = reverse("person_detail", args=[person.pk])
    for lesson in _lessons_course(world, 1):
        _complete(person, lesson)
    hr.get(url)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as small:
        hr.get(url)
    # More lessons, completions (a second cycle, re-opened rows) and legal changes.
    for lesson in _lessons_course(world, 4):
        _complete(person, lesson)
    _finish(person, world)
    one = _material(world, TODAY - timedelta(3), "Zmiana 1")
    law_change.process_legal_change(one.pk)
    _complete(person, world.lesson)
    _material(world, TODAY - timedelta(1), "Zmiana 2")
    course_services.course_restart(user=person, course=world.course, reason="Recertyfikacja")
    _complete(person, world.lesson)
    assert LessonCompletion.objects.filter(user=person).count() >= 9
    with django_assert_max_num_queries(len(small.captured_queries)):
        response = hr.get(url)
    assert response.content.decode().count("data-lesson=") == 7
