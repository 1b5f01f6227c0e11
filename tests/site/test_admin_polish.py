"""The Polish admin shows Polish names for the project's own things."""

import pytest
from wagtail.models import Task, Workflow

pytestmark = pytest.mark.django_db


def test_moderation_workflow_has_a_polish_name():
    assert list(Workflow.objects.values_list("name", flat=True)) == [
        "Zatwierdzenie przez moderatorów"
    ]
    assert "Zatwierdzenie przez moderatorów" in Task.objects.values_list("name", flat=True)
