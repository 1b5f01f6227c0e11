"""Every model of the assignments app has a factory that builds a valid row (as
tests/test_factories.py checks for the apps it lists)."""

import pytest
from django.apps import apps

from tests.test_factories import _factories


def _models():
    return sorted(
        f"assignments.{m.__name__}"
        for m in apps.get_app_config("assignments").get_models()
        if not m.__name__.startswith("Historical")
    )


def test_every_assignments_model_has_a_factory():
    assert [name for name in _models() if name not in _factories()] == []


@pytest.mark.django_db
@pytest.mark.parametrize("name", _models())
def test_the_factory_builds_a_saved_row(name):
    obj = _factories()[name]()
    assert type(obj)._default_manager.filter(pk=obj.pk).exists()
