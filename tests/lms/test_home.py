"""The home page per role, and query counts that do not grow with the data."""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lms.models import Role
from tests.factories import CourseProgressFactory, OrgUnitFactory, UserFactory

HOME = reverse("home")


def section(html, heading_id):
    """The text of one <section> of the home page, by the id of its heading."""
    match = re.search(
        rf'<section aria-labelledby="{heading_id}".*?</section>', html, flags=re.DOTALL
    )
    return match.group(0) if match else None


def headcounts(html):
    """{unit code: number} from the "Units I lead" table."""
    rows = re.findall(
        r"<tr><td[^>]*><a [^>]*>[^<]*</a></td><td[^>]*>([^<]+)</td><td class=\"num\"[^>]*>(\d+)</td></tr>",
        section(html, "my-units-heading") or "",
    )
    return {code: int(n) for code, n in rows}


class TestEmployeeHome:
    def test_my_learning_only(self, client_for, org):
        html = client_for("employee").get(HOME).content.decode()
        assert "My learning" in section(html, "my-learning-heading")
        assert section(html, "my-units-heading") is None
        assert section(html, "org-heading") is None
        assert section(html, "editing-heading") is None
        assert 'href="/admin/"' not in html

    def test_lists_the_persons_courses(self, client_for, org):
        progress = CourseProgressFactory(user=org.employee)
        CourseProgressFactory(user=org.colleague)  # someone else's course: not shown
        html = client_for("employee").get(HOME).content.decode()
        learning = section(html, "my-learning-heading")
        assert progress.course.title in learning
        assert learning.count('class="course-card"') == 1


class TestLeaderHome:
    def test_units_led_with_active_head_counts(self, client_for, org):
        UserFactory(org_unit=org.team_a, is_active=False)  # deactivated: not counted
        html = client_for("leader").get(HOME).content.decode()
        assert "My learning" in html
        # employee, colleague, leader are the active people of team A
        assert headcounts(html) == {"WSC-A": 3}
        assert section(html, "org-heading") is None

    def test_department_leader_counts_the_whole_subtree(self, client, org):
        sub = OrgUnitFactory(name="Podzespół", code="WSC-A1", parent=org.team_a)
        UserFactory(org_unit=sub)
        UserFactory(org_unit=sub, is_active=False)
        boss = UserFactory(org_unit=org.dept, roles=[Role.LEADER])
        org.dept.leaders.add(boss)
        org.team_b.leaders.add(boss)
        client.force_login(boss)
        html = client.get(HOME).content.decode()
        # WSC: editor + boss + team A (3) + sub-team (1) + team B (1)
        assert headcounts(html) == {"WSC": 7, "WSC-B": 1}
        assert 'href="/units/' in section(html, "my-units-heading")


class TestHRHome:
    def test_organisation_overview(self, client_for, org):
        UserFactory(org_unit=org.team_b, is_active=False)
        UserFactory(org_unit=None)
        html = client_for("hr").get(HOME).content.decode()
        overview = section(html, "org-heading")
        assert "Organisation overview" in overview
        stats = dict(
            (label.strip(), int(n))
            for n, label in re.findall(
                r'<span class="stat-value">(\d+)</span>([^<]+)</li>', overview
            )
        )
        assert stats == {"active people": 7, "deactivated": 1, "without a unit": 1}
        for code in ("UW", "WSC", "WSC-A", "WSC-B", "WK"):
            assert re.search(rf"<td[^>]*>{code}</td>", overview), code
        assert reverse("people_import") in overview
        assert section(html, "my-units-heading") is None


class TestEditorHome:
    def test_link_to_wagtail_admin(self, client_for, org):
        html = client_for("editor").get(HOME).content.decode()
        editing = section(html, "editing-heading")
        assert 'href="/admin/"' in editing
        assert section(html, "org-heading") is None
        assert section(html, "my-units-heading") is None


def grow(org, n_units, n_people):
    """Add n_units teams under the department (each led by the leader and with people),
    and n_people more people spread over them."""
    units = [
        OrgUnitFactory(name=f"Zespół dod. {i}", code=f"DOD-{n_units}-{i}", parent=org.dept)
        for i in range(n_units)
    ]
    org.dept.refresh_from_db()
    for unit in units:
        unit.leaders.add(org.leader)
    UserFactory.create_batch(n_people, org_unit=units[0])
    for i in range(n_people):
        UserFactory(org_unit=units[i % n_units], is_active=bool(i % 4))
    return units


def count_queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


PAGES = [
    ("employee", HOME),
    ("leader", HOME),
    ("hr", HOME),
    ("editor", HOME),
    ("hr", reverse("people_list")),
    ("hr", reverse("people_list") + "?status=all&q=a"),
    ("hr", reverse("unit_list")),
    ("leader", reverse("unit_list")),
]


def test_query_counts_do_not_grow_with_data(client_for, org, django_assert_max_num_queries):
    """Each page is measured with 5 extra units and people, then with 50 more of each."""
    for _ in range(2):
        CourseProgressFactory(user=org.employee)
    grow(org, 5, 5)
    small = {}
    for role, url in PAGES:
        small[role, url] = count_queries(client_for(role), url)
    grow(org, 50, 50)
    for _ in range(6):
        CourseProgressFactory(user=org.employee)
    for role, url in PAGES:
        client = client_for(role)
        with django_assert_max_num_queries(small[role, url]):
            response = client.get(url)
        assert response.status_code == 200
        assert small[role, url] <= 25, (role, url, small[role, url])
    # The data really grew on the pages measured.
    html = client_for("hr").get(reverse("unit_list")).content.decode()
    assert html.count('class="depth-') >= 60
    html = client_for("employee").get(HOME).content.decode()
    assert html.count('class="course-card"') == 8
