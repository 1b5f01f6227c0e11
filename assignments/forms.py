"""Forms of the team view. Every choice of people or units is limited to the user's reach,
so a crafted form naming someone else fails validation like a wrong choice."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage
from lms.fields import IdChoiceField, IdMultipleChoiceField

from . import access
from .matrix import SORTS, CellState, TeamFilters
from .models import DueFrom, ReminderSettings
from .services import MAX_DUE_IN_DAYS, NOTE_MAX_LENGTH, REASON_MAX_LENGTH


class UnitChoiceField(IdChoiceField):
    def label_from_instance(self, obj):
        return f"{'– ' * (obj.depth - 1)}{obj.name} ({obj.code})"


class UnitMultipleChoiceField(IdMultipleChoiceField):
    def label_from_instance(self, obj):
        return f"{'– ' * (obj.depth - 1)}{obj.name} ({obj.code})"


class PersonMultipleChoiceField(IdMultipleChoiceField):
    def label_from_instance(self, obj):
        unit = f" – {obj.org_unit.code}" if obj.org_unit_id else ""
        return f"{obj.last_name} {obj.first_name}{unit}"


def live_courses():
    return CoursePage.objects.live().order_by("title")


class TeamFilterForm(forms.Form):
    unit = UnitChoiceField(
        label=_("Unit"), queryset=None, required=False, empty_label=_("All my units")
    )
    course = IdChoiceField(
        label=_("Course"), queryset=None, required=False, empty_label=_("All assigned courses")
    )
    status = forms.ChoiceField(
        label=_("Status"), choices=[("", _("Any status"))] + CellState.choices, required=False
    )
    overdue = forms.BooleanField(label=_("Overdue only"), required=False)
    sort = forms.ChoiceField(label=_("Sort by"), choices=list(SORTS.items()), required=False)

    def __init__(self, data=None, *, user, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["unit"].queryset = access.reachable_units(user).order_by("path")
        self.fields["course"].queryset = live_courses()

    def filters(self) -> TeamFilters:
        """The valid filters; a field with a wrong value (a unit outside reach) is dropped."""
        data = {}
        if self.is_bound:
            self.is_valid()
            data = self.cleaned_data
        return TeamFilters(
            unit=data.get("unit"),
            course=data.get("course"),
            status=data.get("status") or "",
            overdue_only=bool(data.get("overdue")),
            sort=data.get("sort") or "name",
        )


class AssignForm(forms.Form):
    TARGETS = [
        ("units", _("Whole units")),
        ("people", _("Chosen people")),
        ("job_title", _("Everyone with a job title")),
    ]
    DUE_KINDS = [("date", _("On a date")), ("days", _("A number of days from today"))]

    courses = IdMultipleChoiceField(
        label=_("Courses"), queryset=None, widget=forms.CheckboxSelectMultiple
    )
    target = forms.ChoiceField(
        label=_("Assign to"), choices=TARGETS, widget=forms.RadioSelect, initial="units"
    )
    units = UnitMultipleChoiceField(
        label=_("Units"),
        queryset=None,
        required=False,
        help_text=_("Everyone in the chosen units."),
    )
    include_subunits = forms.BooleanField(
        label=_("Include the sub-units of the chosen units"), required=False, initial=True
    )
    people = PersonMultipleChoiceField(label=_("People"), queryset=None, required=False)
    job_title = forms.CharField(
        label=_("Job title"),
        max_length=200,
        required=False,
        help_text=_("Everyone in your units with this job title (or in the chosen units)."),
    )
    due_kind = forms.ChoiceField(
        label=_("Due"), choices=DUE_KINDS, widget=forms.RadioSelect, initial="days"
    )
    due_date = forms.DateField(
        label=_("Due date"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    due_in_days = forms.IntegerField(
        label=_("Days from today"), required=False, min_value=1, max_value=MAX_DUE_IN_DAYS
    )
    note = forms.CharField(
        label=_("Note (why)"),
        max_length=NOTE_MAX_LENGTH,
        required=False,
        help_text=_("Shown to the people who get the course."),
    )
    repeat_completed = forms.BooleanField(
        label=_("People who have already completed a course must take it again"),
        required=False,
    )
    replace_active = forms.BooleanField(
        label=_("People who already have a course get this assignment instead"),
        required=False,
        help_text=_("Their current assignment is kept on record as superseded."),
    )
    repeat_before = forms.DateField(
        label=_("…if they completed it before"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_(
            "Leave empty to make everyone who completed it take it again. Their earlier "
            "completion stays on their record."
        ),
    )

    def __init__(self, data=None, *, user, **kwargs):
        super().__init__(data, **kwargs)
        self.user = user
        self.fields["courses"].queryset = live_courses()
        self.fields["units"].queryset = access.reachable_units(user).order_by("path")
        self.fields["people"].queryset = (
            access.reachable_people(user).filter(is_active=True).select_related("org_unit")
        )

    def clean(self):
        data = super().clean()
        target = data.get("target")
        if target == "units" and not data.get("units"):
            self.add_error("units", _("Choose at least one unit."))
        if target == "people" and not data.get("people"):
            self.add_error("people", _("Choose at least one person."))
        if target == "job_title" and not (data.get("job_title") or "").strip():
            self.add_error("job_title", _("Write the job title."))
        if data.get("repeat_before") and not data.get("repeat_completed"):
            self.add_error(
                "repeat_before",
                _("Tick “must take it again” as well, or leave this date empty."),
            )
        kind = data.get("due_kind")
        if kind == "date":
            due = data.get("due_date")
            if due is None:
                if "due_date" not in self.errors:
                    self.add_error("due_date", _("Choose the due date."))
            elif due < timezone.localdate():
                self.add_error(
                    "due_date", _("The due date is in the past. Choose today or a later date.")
                )
        elif (
            kind == "days" and data.get("due_in_days") is None and "due_in_days" not in self.errors
        ):
            self.add_error("due_in_days", _("Write the number of days."))
        return data

    def chosen_people(self):
        """The queryset of people the form names (all within the user's reach)."""
        from . import matrix

        data = self.cleaned_data
        if data["target"] == "people":
            return access.reachable_people(self.user).filter(pk__in=[p.pk for p in data["people"]])
        if data["target"] == "units":
            return matrix.people_for_units(
                self.user, data["units"], subtree=data.get("include_subunits", False)
            )
        return matrix.people_with_job_title(self.user, data["job_title"])

    def due_arguments(self) -> dict:
        if self.cleaned_data["due_kind"] == "date":
            return {"due_date": self.cleaned_data["due_date"]}
        return {"due_in_days": self.cleaned_data["due_in_days"]}


class CancelForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=REASON_MAX_LENGTH,
        help_text=_("Kept in the history of the assignment."),
    )


class DueDateForm(forms.Form):
    due_date = forms.DateField(
        label=_("New due date"), widget=forms.DateInput(attrs={"type": "date"})
    )
    reason = forms.CharField(
        label=_("Reason"),
        max_length=REASON_MAX_LENGTH,
        help_text=_("Kept in the history of the assignment."),
    )

    def clean_due_date(self):
        due = self.cleaned_data["due_date"]
        if due < timezone.localdate():
            raise forms.ValidationError(
                _("The due date is in the past. Choose today or a later date.")
            )
        return due


class RuleForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200)
    course = IdChoiceField(label=_("Course"), queryset=None)
    unit = UnitChoiceField(
        label=_("Unit"), queryset=None, help_text=_("The rule covers this unit and its sub-units.")
    )
    job_title = forms.CharField(
        label=_("Job title"),
        max_length=200,
        required=False,
        help_text=_("Only people with this job title. Leave empty for everyone."),
    )
    hired_within_days = forms.IntegerField(
        label=_("Hired within the last N days"),
        required=False,
        min_value=1,
        max_value=MAX_DUE_IN_DAYS,
        help_text=_("Only people hired this recently. Leave empty for everyone."),
    )
    due_in_days = forms.IntegerField(
        label=_("Due in N days"), min_value=1, max_value=MAX_DUE_IN_DAYS, initial=14
    )
    due_from = forms.ChoiceField(
        label=_("Counting"), choices=DueFrom.choices, widget=forms.RadioSelect, initial="matched"
    )

    def __init__(self, data=None, *, user, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["course"].queryset = live_courses()
        self.fields["unit"].queryset = access.reachable_units(user).order_by("path")


class BulkChangeForm(forms.Form):
    """Cancel, or move the due date of, several active assignments in reach at once."""

    ACTIONS = [("due_date", _("Change the due date")), ("cancel", _("Cancel"))]

    assignments = IdMultipleChoiceField(
        label=_("Assignments"), queryset=None, widget=forms.CheckboxSelectMultiple
    )
    action = forms.ChoiceField(label=_("Action"), choices=ACTIONS, widget=forms.RadioSelect)
    due_date = forms.DateField(
        label=_("New due date"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    reason = forms.CharField(
        label=_("Reason"),
        max_length=REASON_MAX_LENGTH,
        help_text=_("Kept in the history of each assignment."),
    )

    def __init__(self, data=None, *, user, **kwargs):
        from .models import Assignment, Status

        super().__init__(data, **kwargs)
        self.fields["assignments"].queryset = Assignment.objects.filter(
            status=Status.ACTIVE,
            user__in=access.reachable_people(user).order_by().values("pk"),
        )

    def clean(self):
        data = super().clean()
        if data.get("action") == "due_date":
            due = data.get("due_date")
            if due is None:
                self.add_error("due_date", _("Choose the due date."))
            elif due < timezone.localdate():
                self.add_error(
                    "due_date", _("The due date is in the past. Choose today or a later date.")
                )
        return data


class ReminderSettingsForm(forms.ModelForm):
    class Meta:
        model = ReminderSettings
        fields = ["before_days", "on_due_date", "after_days", "escalation_days"]

    def _days(self, name):
        text = self.cleaned_data.get(name) or ""
        try:
            days = self._meta.model.parse_days(text)
        except ValueError:
            raise forms.ValidationError(
                _("Write whole numbers of days separated by commas, e.g. 7, 1.")
            ) from None
        if any(not 1 <= d <= 365 for d in days) or len(days) > 5:
            raise forms.ValidationError(_("Give up to five numbers of days between 1 and 365."))
        return ", ".join(str(d) for d in sorted(days, reverse=name == "before_days"))

    def clean_before_days(self):
        return self._days("before_days")

    def clean_after_days(self):
        return self._days("after_days")

    def clean_escalation_days(self):
        days = self.cleaned_data["escalation_days"]
        if not 1 <= days <= 365:
            raise forms.ValidationError(_("Give a number of days between 1 and 365."))
        return days
