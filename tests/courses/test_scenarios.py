"""Service scenarios show their answers in a per-learner order, so the good answer's place
gives nothing away, and the order stays the same on every visit."""

import re
from types import SimpleNamespace

import pytest

from content.seed import seed_courses
from courses.models import CoursePage, LessonPage
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

SCENARIO = re.compile(r'<section class="scenario">(.*?)</section>', re.S)
ANSWER = re.compile(r"<li>(.*?)</li>", re.S)


@pytest.fixture(scope="module")
def seeded(module_db, module_storage):
    seed_courses(people={})
    # Locks are not what is tested here: open every lesson to everyone.
    for course in CoursePage.objects.all():
        course.prerequisites.clear()
    CoursePage.objects.update(sequential=False)
    lessons = [
        lesson
        for lesson in LessonPage.objects.live().order_by("path")
        if any(block.block_type == "scenario" for block in lesson.body)
    ]
    learners = [UserFactory() for _ in range(5)]
    return SimpleNamespace(lessons=lessons, learners=learners)


def good_positions(client, user, lesson):
    """For each scenario on the rendered lesson: the good answer's place and the answer order."""
    client.force_login(user)
    response = client.get(lesson.url)
    assert response.status_code == 200, lesson.url
    found = []
    for section in SCENARIO.findall(response.content.decode()):
        answers = ANSWER.findall(section)
        good = [i for i, answer in enumerate(answers) if "verdict-good" in answer]
        assert len(good) == 1, section[:200]
        found.append((good[0], tuple(re.sub(r"\s+", " ", a) for a in answers)))
    return found


def test_the_seed_gives_the_good_answer_first(seeded):
    """What the shuffling is for: in the seed content the good answer nearly always leads."""
    scenarios = [b for lesson in seeded.lessons for b in lesson.body if b.block_type == "scenario"]
    assert len(scenarios) >= 20
    first = sum(1 for b in scenarios if b.value["answers"][0]["good"])
    assert first >= len(scenarios) - 2


def test_the_good_answer_is_not_always_shown_first(client, seeded):
    positions = []
    for user in seeded.learners:
        for lesson in seeded.lessons:
            positions += [place for place, _order in good_positions(client, user, lesson)]
    assert len(positions) >= 20 * len(seeded.learners)
    first = positions.count(0)
    # Shuffled: the good answer leads in roughly 1 of every (number of answers) scenarios.
    assert first < len(positions) * 0.6, (first, len(positions))
    assert set(positions) >= {0, 1, 2}


def test_the_order_is_stable_per_learner_and_differs_between_learners(client, seeded):
    lessons = seeded.lessons[:6]
    orders = {}
    for user in seeded.learners:
        orders[user.pk] = [good_positions(client, user, lesson) for lesson in lessons]
        again = [good_positions(client, user, lesson) for lesson in lessons]
        assert again == orders[user.pk]  # reloading keeps the order
    assert len({repr(order) for order in orders.values()}) > 1
