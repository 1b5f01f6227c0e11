"""Forms of the sessions pages. Every choice of units and people is limited to the user's
reach, so a crafted form naming someone else fails like a wrong choice."""

from django import forms
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
    """One status and reason per booked person (fields ``status_<id>``, ``reason_<id>``)."""

    def __init__(self, data=None, *, people, current, **kwargs):
        super().__init__(data, **kwargs)
        self.people = people
        for person in people:
            row = current.get(person.pk)
            self.fields[f"status_{person.pk}"] = forms.ChoiceField(
                label=_("Attendance of %(name)s") % {"name": person},
                choices=ATTENDANCE_CHOICES,
                required=False,
                initial=row.status if row else "",
            )
            self.fields[f"reason_{person.pk}"] = forms.CharField(
                label=_("Reason for %(name)s") % {"name": person},
                max_length=REASON_MAX,
                required=False,
                initial=row.reason if row else "",
            )

    def rows(self):
        for person in self.people:
            yield person, self[f"status_{person.pk}"], self[f"reason_{person.pk}"]

    def marks(self) -> dict:
        marks = {}
        for person in self.people:
            status = self.cleaned_data.get(f"status_{person.pk}")
            if status:
                marks[person] = (status, self.cleaned_data.get(f"reason_{person.pk}", ""))
        return marks


class WalkInForm(forms.Form):
    person = PersonChoiceField(label=_("Walk-in"), queryset=None)

    def __init__(self, data=None, *, event, **kwargs):
        super().__init__(data, **kwargs)
        qs = User.objects.filter(is_active=True).select_related("org_unit")
        if not event.open_to_all:
            from django.db.models import Q

            q = Q(pk__in=[])
            for path in event.audience_units.values_list("path", flat=True):
                q |= Q(org_unit__path__startswith=path)
            qs = qs.filter(q)
        self.fields["person"].queryset = qs


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
