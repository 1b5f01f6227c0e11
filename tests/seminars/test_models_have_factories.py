"""Every model of the sessions app has a factory that builds a valid row."""

import inspect

import pytest
from django.apps import apps
from factory.django import DjangoModelFactory

from tests.seminars import factories


def _factories():
    found = {}
    for _name, obj in inspect.getmembers(factories, inspect.isclass):
        if issubclass(obj, DjangoModelFactory) and obj is not DjangoModelFactory:
            found[obj._meta.get_model_class().__name__] = obj
    return found


def _models():
    return sorted(
        m.__name__
        for m in apps.get_app_config("seminars").get_models()
        if not m.__name__.startswith("Historical")
    )


def test_every_seminars_model_has_a_factory():
    assert [name for name in _models() if name not in _factories()] == []


@pytest.mark.django_db
@pytest.mark.parametrize("name", _models())
def test_the_factory_builds_a_saved_row(name):
    obj = _factories()[name]()
    assert type(obj)._default_manager.filter(pk=obj.pk).exists()
