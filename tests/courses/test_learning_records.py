"""Every learning record follows one rule (``courses.records.LearningRecord``): it is marked,
its links protect what they point at, and it keeps history."""

import pytest
from django.apps import apps
from django.core import checks
from django.db import models
from django.test.utils import isolate_apps

from courses.models import (
    ActivityState,
    CourseProgress,
    LessonCompletion,
    StepStart,
    XAPIStatement,
)
from courses.records import LearningRecord, _check_links, unprotected_links
from quizzes.models import Attempt, AttemptQuestion

KNOWN = {
    CourseProgress,
    StepStart,
    LessonCompletion,
    ActivityState,
    XAPIStatement,
    Attempt,
    AttemptQuestion,
}


# Marked records of apps above courses that do not inherit the base yet, with the links they
# let go to NULL without naming them as pointers. Their owners move them onto the base (and
# name these links in ``non_evidence_links``); the last test here fails until the entry goes.
NOT_YET_ON_THE_BASE: dict = {}


def marked_models():
    return [m for m in apps.get_models() if getattr(m, "is_learning_record", False)]


def links(model):
    return [
        f
        for f in model._meta.get_fields()
        if f.concrete and f.is_relation and (f.many_to_one or f.one_to_one)
    ]


def test_the_learning_records_of_courses_and_quizzes_are_marked():
    assert KNOWN <= set(marked_models())


@pytest.mark.parametrize("model", marked_models(), ids=lambda m: m._meta.label)
def test_a_marked_model_is_a_learning_record(model):
    assert issubclass(model, LearningRecord) != (model._meta.label in NOT_YET_ON_THE_BASE)


def test_records_of_courses_and_quizzes_are_all_on_the_base():
    for model in marked_models():
        if model._meta.app_label in {"courses", "quizzes"}:
            assert issubclass(model, LearningRecord), model._meta.label


def test_the_list_of_records_not_yet_on_the_base_is_exact():
    """Each entry is a marked model still off the base, letting exactly those links go."""
    marked = {m._meta.label: m for m in marked_models()}
    for label, let_go in NOT_YET_ON_THE_BASE.items():
        if label not in marked:  # an app that is not installed here
            continue
        model = marked[label]
        assert not issubclass(model, LearningRecord), f"{label} is on the base: remove it here"
        assert set(unprotected_links(model)) == let_go, label


@pytest.mark.parametrize("model", marked_models(), ids=lambda m: m._meta.label)
def test_a_learning_record_protects_its_links(model):
    assert links(model), "a learning record refers to a person, a page or another record"
    pointers = set(getattr(model, "non_evidence_links", ())) | NOT_YET_ON_THE_BASE.get(
        model._meta.label, set()
    )
    for field in links(model):
        on_delete = field.remote_field.on_delete
        if field.name in pointers:
            assert on_delete is models.SET_NULL and field.null, field.name
        else:
            assert on_delete is models.PROTECT, field.name
    assert pointers <= {f.name for f in links(model)}, "a declared pointer that is no link"


@pytest.mark.parametrize("model", marked_models(), ids=lambda m: m._meta.label)
def test_a_learning_record_keeps_history(model):
    manager = getattr(model._meta, "simple_history_manager_attribute", None)
    assert manager == "history"
    history = model.history.model
    assert history._meta.app_label == model._meta.app_label
    assert history._meta.db_table == f"{model._meta.app_label}_historical{model._meta.model_name}"
    kept = {f.name for f in history._meta.fields}
    excluded = set(getattr(model, "history_excluded_fields", history._history_excluded_fields))
    for field in model._meta.fields:
        assert (field.name in kept) != (field.name in excluded), field.name


def test_fast_changing_and_bulky_fields_stay_out_of_history():
    assert "state" not in {f.name for f in ActivityState.history.model._meta.fields}
    assert "statement" not in {f.name for f in XAPIStatement.history.model._meta.fields}
    assert "score_raw" in {f.name for f in ActivityState.history.model._meta.fields}


def test_the_system_check_finds_no_unprotected_link():
    errors = [e for e in checks.run_checks() if e.id == "courses.E101"]
    assert errors == []


@isolate_apps("courses")
def test_the_rule_reports_links_that_would_lose_evidence():
    class Probe(models.Model):
        non_evidence_links = ("pointer", "cascading")
        kept = models.ForeignKey("courses.CoursePage", on_delete=models.PROTECT, related_name="+")
        lost = models.ForeignKey("courses.CoursePage", on_delete=models.CASCADE, related_name="+")
        nulled = models.ForeignKey(
            "courses.CoursePage", null=True, on_delete=models.SET_NULL, related_name="+"
        )
        pointer = models.ForeignKey(
            "courses.CoursePage", null=True, on_delete=models.SET_NULL, related_name="+"
        )
        cascading = models.ForeignKey(
            "courses.CoursePage", on_delete=models.CASCADE, related_name="+"
        )

        class Meta:
            app_label = "courses"

    assert unprotected_links(Probe) == ["lost", "nulled", "cascading"]
    errors = _check_links(Probe)
    assert [e.id for e in errors] == ["courses.E101"] * 3
    assert "Probe.lost" in errors[0].msg
