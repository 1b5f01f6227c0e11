"""Forms of the sessions pages. Every choice of units and people is limited to the user's
reach, so a crafted form naming someone else fails like a wrong choice."""

from django import forms
from django.db import models
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage
from lms.fields import IdChoiceField, IdMultipleChoiceField
from lms.models import User

from . import access
from .models import MAX_CAPACITY, AttendanceStatus, Event
from .services import REASON_MAX, TITLE_MAX


class UnitChoiceField(IdChoiceField):
    def label_from_instance(self, obj):
        return f"{'– ' * (obj.depth - 1)}{obj.name} ({obj.code})"


class UnitMultipleChoiceField(IdMultipleChoiceField):
    def label_from_instance(self, obj):
        return f"{'– ' * (obj.depth - 1)}{obj.name} ({obj.code})"


class PersonChoiceField(IdChoiceField):
    def label_from_instance(self, obj):
        unit = f" – {obj.org_unit.code}" if obj.org_unit_id else ""
        return f"{obj.last_name} {obj.first_name}{unit}"


class PersonMultipleChoiceField(IdMultipleChoiceField):
    def label_from_instance(self, obj):
        unit = f" – {obj.org_unit.code}" if obj.org_unit_id else ""
        return f"{obj.last_name} {obj.first_name}{unit}"


def _datetime_widget():
    return forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


class EventForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=TITLE_MAX)
    description = forms.CharField(
        label=_("Description"), required=False, max_length=5000, widget=forms.Textarea
    )
    course = IdChoiceField(
        label=_("Linked course"),
        queryset=None,
        required=False,
        empty_label=_("None: a standalone briefing"),
        help_text=_("Attending satisfies the course's session requirement."),
    )
    unit = UnitChoiceField(label=_("Organising unit"), queryset=None)
    trainers = PersonMultipleChoiceField(
        label=_("Trainers"),
        queryset=None,
        required=False,
        help_text=_("One or more people; they need not be leaders."),
    )
    open_to_all = forms.BooleanField(label=_("Open to all staff"), required=False)
    audience_units = UnitMultipleChoiceField(
        label=_("Audience (units and their sub-units)"), queryset=None, required=False
    )
    capacity = forms.IntegerField(label=_("Capacity"), min_value=1, max_value=MAX_CAPACITY)
    signup_opens_at = forms.DateTimeField(
        label=_("Sign-up opens"), required=False, widget=_datetime_widget()
    )
    signup_closes_at = forms.DateTimeField(
        label=_("Sign-up closes"), required=False, widget=_datetime_widget()
    )
    cancellation_deadline = forms.DateTimeField(
        label=_("Trainees may cancel until"), required=False, widget=_datetime_widget()
    )
    approval_required = forms.BooleanField(
        label=_("The trainee's leader must approve the booking"), required=False
    )
    dates_required = forms.IntegerField(
        label=_("Dates to attend"),
        min_value=1,
        max_value=100,
        required=False,
        help_text=_("How many dates a trainee must attend. Leave empty for every date."),
    )

    def __init__(self, data=None, *, user, **kwargs):
        super().__init__(data, **kwargs)
        units = access.units_for_events(user).order_by("path")
        self.fields["unit"].queryset = units
        self.fields["audience_units"].queryset = units
        self.fields["course"].queryset = CoursePage.objects.live().order_by("title")
        self.fields["trainers"].queryset = User.objects.filter(is_active=True).select_related(
            "org_unit"
        )

    @classmethod
    def initial_for(cls, event: Event) -> dict:
        return {
            **{
                name: getattr(event, name)
                for name in (
                    "title",
                    "description",
                    "course",
                    "unit",
                    "open_to_all",
                    "capacity",
                    "signup_opens_at",
                    "signup_closes_at",
                    "cancellation_deadline",
                    "approval_required",
                    "dates_required",
                )
            },
            "trainers": list(event.trainers.all()),
            "audience_units": list(event.audience_units.all()),
        }

    def service_arguments(self) -> dict:
        return dict(self.cleaned_data)


class DateForm(forms.Form):
    starts_at = forms.DateTimeField(label=_("Starts"), widget=_datetime_widget())
    ends_at = forms.DateTimeField(label=_("Ends"), widget=_datetime_widget())
    room = forms.CharField(label=_("Room"), max_length=200, required=False)
    online_url = forms.URLField(
        label=_("Online link"), max_length=500, required=False, assume_scheme="https"
    )


class BookPersonForm(forms.Form):
    person = PersonChoiceField(label=_("Person"), queryset=None)

    def __init__(self, data=None, *, user, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["person"].queryset = access.bookable_people(user).select_related("org_unit")


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), max_length=REASON_MAX, required=False)


class MoveForm(forms.Form):
    to_event = IdChoiceField(label=_("Move to"), queryset=None)
    reason = forms.CharField(label=_("Reason"), max_length=REASON_MAX)

    def __init__(self, data=None, *, user, exclude=None, **kwargs):
        super().__init__(data, **kwargs)
        qs = access.managed_events(user).filter(cancelled_at__isnull=True)
        if exclude is not None:
            qs = qs.exclude(pk=exclude.pk)
        self.fields["to_event"].queryset = qs.order_by("title")


ATTENDANCE_CHOICES = [("", _("Not marked"))] + list(AttendanceStatus.choices)


class AttendanceForm(forms.Form):
    """One status and reason per booked person (fields ``status_<id>``, ``reason_<id>``).

    The fields exist only for a posted form (to validate it); a list to show is rendered
    from the people and their current marks in one pass (:meth:`rows_html`), with every
    translation looked up once rather than per person."""

    def __init__(self, data=None, *, people, current, **kwargs):
        super().__init__(data, **kwargs)
        self.people = people
        self.current = current
        if data is None:
            return
        for person in people:
            self.fields[f"status_{person.pk}"] = forms.ChoiceField(
                choices=ATTENDANCE_CHOICES, required=False
            )
            self.fields[f"reason_{person.pk}"] = forms.CharField(
                max_length=REASON_MAX, required=False
            )

    def rows(self):
        """Per person: the values to show and the errors."""
        data = self.data if self.is_bound else None
        errors = self.errors if self.is_bound else {}
        for person in self.people:
            status_name, reason_name = f"status_{person.pk}", f"reason_{person.pk}"
            if data is not None:
                status, reason = data.get(status_name, ""), data.get(reason_name, "")
            else:
                row = self.current.get(person.pk)
                status, reason = (row.status, row.reason) if row else ("", "")
            yield {
                "person": person,
                "status_name": status_name,
                "reason_name": reason_name,
                "status": status,
                "reason": reason,
                "errors": [*errors.get(status_name, []), *errors.get(reason_name, [])],
            }

    def rows_html(self):
        """The table rows: a name, the unit, a status select and a reason input per person,
        plain HTML built in one pass (a 200-person list renders in a few milliseconds)."""
        unit_label = gettext("Unit")
        attendance_label = gettext("Attendance")
        reason_label = gettext("Reason")
        status_of = gettext("Attendance of %(name)s")
        reason_for = gettext("Reason for %(name)s")
        options = [(str(value), str(label)) for value, label in ATTENDANCE_CHOICES]
        selects = {}

        def select_options(status):
            if status not in selects:
                selects[status] = format_html_join(
                    "",
                    '<option value="{}"{}>{}</option>',
                    (
                        (v, mark_safe(" selected") if v == status else "", label)
                        for v, label in options
                    ),
                )
            return selects[status]

        html = []
        for r in self.rows():
            person = r["person"]
            name = str(person)
            errors = (
                format_html(
                    '<ul class="errorlist">{}</ul>',
                    format_html_join("", "<li>{}</li>", ((e,) for e in r["errors"])),
                )
                if r["errors"]
                else ""
            )
            html.append(
                format_html(
                    '<tr data-person="{pk}">'
                    '<th scope="row" id="person-{pk}">{last} {first}</th>'
                    '<td data-label="{unit_label}">{unit}</td>'
                    '<td data-label="{attendance_label}"><label for="id_{status_name}" '
                    'class="visually-hidden">{status_label}</label><select name="{status_name}" '
                    'id="id_{status_name}">{options}</select></td>'
                    '<td data-label="{reason_label}"><label for="id_{reason_name}" '
                    'class="visually-hidden">{reason_text}</label><input type="text" '
                    'name="{reason_name}" id="id_{reason_name}" maxlength="{max}" '
                    'value="{reason}">{errors}</td></tr>',
                    pk=person.pk,
                    last=person.last_name,
                    first=person.first_name,
                    unit_label=unit_label,
                    unit=(person.org_unit.code if person.org_unit_id else "") or "–",
                    attendance_label=attendance_label,
                    status_name=r["status_name"],
                    status_label=status_of % {"name": name},
                    options=select_options(r["status"] or ""),
                    reason_label=reason_label,
                    reason_name=r["reason_name"],
                    reason_text=reason_for % {"name": name},
                    max=REASON_MAX,
                    reason=r["reason"] or "",
                    errors=errors,
                )
            )
        return mark_safe("\n".join(html))

    def marks(self) -> dict:
        marks = {}
        for person in self.people:
            status = self.cleaned_data.get(f"status_{person.pk}")
            if status:
                marks[person] = (status, self.cleaned_data.get(f"reason_{person.pk}", ""))
        return marks


class WalkInForm(forms.Form):
    person = forms.CharField(
        label=_("Walk-in: e-mail or employee number"),
        max_length=254,
        help_text=_("Someone from the event's audience who came without a booking."),
    )

    def clean_person(self):
        value = self.cleaned_data["person"].strip()
        person = (
            User.objects.filter(is_active=True)
            .filter(models.Q(email__iexact=value) | models.Q(employee_number__iexact=value))
            .first()
        )
        if person is None:
            raise forms.ValidationError(
                _("Nobody active has this e-mail or employee number. Check and try again.")
            )
        return person


RATING_CHOICES = [(str(n), str(n)) for n in range(1, 6)]


class FeedbackForm(forms.Form):
    usefulness = forms.TypedChoiceField(
        label=_("How useful was the session? (1 = not at all, 5 = very)"),
        choices=RATING_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
    )
    trainer_rating = forms.TypedChoiceField(
        label=_("How good was the trainer? (1 = poor, 5 = excellent)"),
        choices=RATING_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(
        label=_("Comment"), required=False, max_length=2000, widget=forms.Textarea
    )


class MaterialForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    file = forms.FileField(label=_("File"))

    MAX_SIZE = 20 * 1024 * 1024

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > self.MAX_SIZE:
            raise forms.ValidationError(_("The file is larger than 20 MB. Upload a smaller one."))
        return upload
