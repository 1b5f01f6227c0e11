"""Organisation core: people, the unit tree and who leads which unit."""

from django.contrib.auth.models import AbstractUser, UserManager
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, RegexValidator
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords
from treebeard.mp_tree import MP_Node
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from .collation import polish

code_validator = RegexValidator(
    r"^[A-Za-z0-9][A-Za-z0-9._-]*$",
    _("Use letters, digits, dots, hyphens or underscores, starting with a letter or digit."),
)


class OrgUnit(MP_Node):
    """A unit of the office: office → department → team, to any depth."""

    name = models.CharField(_("name"), max_length=200)
    code = models.CharField(
        _("short code"),
        max_length=30,
        unique=True,
        validators=[code_validator],
        help_text=_("Unique short code used in imports, e.g. WSC-1."),
        error_messages={
            "unique": _("Another unit already uses this code. Choose a different one.")
        },
    )
    leaders = models.ManyToManyField(
        "lms.User",
        blank=True,
        related_name="led_units",
        verbose_name=_("leaders"),
    )
    node_order_by = ["name"]
    # Who created, renamed or moved the unit, and when (the acting user is the author).
    history = HistoricalRecords(excluded_fields=["depth", "numchild"])

    class Meta:
        verbose_name = _("organisational unit")
        verbose_name_plural = _("organisational units")

    def __str__(self):
        return f"{self.name} ({self.code})"

    def save(self, *args, **kwargs):
        self.code = (self.code or "").strip().upper()
        super().save(*args, **kwargs)

    def subtree(self):
        """This unit and every unit below it."""
        return OrgUnit.get_tree(self)


class KadraUserManager(UserManager):
    def get_by_natural_key(self, username):
        return self.get(**{f"{self.model.USERNAME_FIELD}__iexact": username})


class User(AbstractUser):
    """A person working in the office. Signs in with email or employee number."""

    username = None
    first_name = models.CharField(_("first name"), max_length=150)
    last_name = models.CharField(_("last name"), max_length=150)
    email = models.EmailField(
        _("email address"),
        unique=True,
        error_messages={"unique": _("This email address is already used by another person.")},
    )
    employee_number = models.CharField(
        _("employee number"),
        max_length=30,
        unique=True,
        null=True,
        blank=True,
        validators=[code_validator],
        error_messages={"unique": _("This employee number is already used by another person.")},
    )
    job_title = models.CharField(_("job title"), max_length=200, blank=True)
    hire_date = models.DateField(_("hire date"), null=True, blank=True)
    org_unit = models.ForeignKey(
        OrgUnit,
        verbose_name=_("organisational unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="members",
    )
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=8,
        choices=[("pl", _("Polish")), ("en", _("English"))],
        default="pl",
    )
    deactivated_at = models.DateTimeField(_("deactivated at"), null=True, blank=True)
    notification_delivery = models.CharField(
        _("e-mail notifications"),
        max_length=10,
        choices=[("immediate", _("Every message")), ("digest", _("One daily digest"))],
        default="immediate",
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = ["first_name", "last_name"]

    objects = KadraUserManager()
    # Who created, moved, changed or deactivated the person, import included; never the
    # password hash or sign-in times.
    history = HistoricalRecords(excluded_fields=["password", "last_login"])

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        # Polish alphabetical order (lms.collation) wherever people are listed.
        ordering = [polish("last_name").asc(), polish("first_name").asc(), "pk"]
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                name="lms_user_email_ci_unique",
                violation_error_message=_("This email address is already used by another person."),
            ),
        ]

    def __str__(self):
        return self.get_full_name() or self.email

    def clean(self):
        super().clean()
        self.email = (self.email or "").strip().lower()
        if self.employee_number == "":
            self.employee_number = None

    def save(self, *args, **kwargs):
        self.email = (self.email or "").strip().lower()
        if self.employee_number == "":
            self.employee_number = None
        super().save(*args, **kwargs)


class Role(models.TextChoices):
    EMPLOYEE = "employee", _("Employee")
    LEADER = "leader", _("Team leader")
    HR = "hr", _("HR")
    EDITOR = "editor", _("Editor")


# Group names are stable identifiers; the labels above are what people see.
ROLE_GROUPS = {
    Role.EMPLOYEE: "Pracownicy",
    Role.LEADER: "Liderzy",
    Role.HR: "Kadry",
    Role.EDITOR: "Redaktorzy",
}


def validate_not_own_ancestor(unit: OrgUnit, new_parent: OrgUnit | None):
    if new_parent is None or unit.pk is None:
        return
    if new_parent.pk == unit.pk or new_parent.is_descendant_of(unit):
        raise ValidationError(
            {"parent": _("A unit cannot be placed under itself or one of its own sub-units.")}
        )


class Notification(models.Model):
    """A message to one person, in their language: shown in the app, and sent by e-mail at
    once or in their daily digest."""

    recipient = models.ForeignKey(
        User, on_delete=models.CASCADE, related_name="notifications", verbose_name=_("recipient")
    )
    kind = models.CharField(_("kind"), max_length=50)
    subject = models.CharField(_("subject"), max_length=300)
    body = models.TextField(_("text"))
    link = models.CharField(_("link"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    read_at = models.DateTimeField(_("read at"), null=True, blank=True)
    emailed_at = models.DateTimeField(_("e-mailed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["recipient", "read_at"]),
            models.Index(fields=["emailed_at", "recipient"]),
        ]

    def __str__(self):
        return self.subject


@register_setting(icon="site")
class OfficeSettings(BaseSiteSetting):
    """The office as it appears on certificates, attendance lists and e-mails (Wagtail admin:
    Settings → Office)."""

    office_name = models.CharField(
        _("office name"), max_length=200, default="Urząd Wojewódzki", blank=False
    )
    address = models.TextField(_("address"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    signatory_name = models.CharField(_("signatory's name"), max_length=200, blank=True)
    signatory_title = models.CharField(_("signatory's title"), max_length=200, blank=True)
    retention_months = models.PositiveIntegerField(
        _("months to keep a departed person's name"),
        default=60,
        validators=[MaxValueValidator(600)],
        help_text=_(
            "After this many months since a person left, HR may anonymise them: their name "
            "and contact data are replaced, their learning records stay in the statistics."
        ),
    )

    class Meta:
        verbose_name = _("office")
