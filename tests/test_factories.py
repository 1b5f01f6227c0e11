"""Every model of the project has a factory in tests/factories.py that builds a valid row."""

import inspect

import pytest
from django.apps import apps
from factory.django import DjangoModelFactory

from tests import factories

PROJECT_APPS = ["lms", "courses", "quizzes", "assignments", "seminars", "certificates"]
# Join tables of tagging are filled through ``question.tags.add`` and need no factory.
NO_FACTORY = {"quizzes.QuestionTag"}


def _project_models():
    for label in PROJECT_APPS:
        for model in apps.get_app_config(label).get_models():
            name = f"{model._meta.app_label}.{model.__name__}"
            if model.__name__.startswith("Historical") or name in NO_FACTORY:
                continue
            yield name, model


def _factories():
    found = {}
    for _name, obj in inspect.getmembers(factories, inspect.isclass):
        if issubclass(obj, DjangoModelFactory) and obj is not DjangoModelFactory:
            model = obj._meta.get_model_class()
            if model is None:  # abstract base factories
                continue
            found[f"{model._meta.app_label}.{model.__name__}"] = obj
    return found


def test_every_model_has_a_factory():
    missing = sorted(name for name, _model in _project_models() if name not in _factories())
    assert not missing, f"models without a factory in tests/factories.py: {missing}"


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(name for name, _m in _project_models()))
def test_factory_builds_a_saved_valid_row(name):
    factory_class = _factories()[name]
    obj = factory_class()
    assert obj.pk is not None
    assert type(obj)._default_manager.filter(pk=obj.pk).exists()
