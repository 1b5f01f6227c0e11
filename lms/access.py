"""Every "may this person see or do that" answer of the platform lives here.

Views never decide access inline: they call :func:`require` (or the ``access_required``
decorator) with a rule name, and querysets are narrowed with the ``visible_*`` helpers.
A leader's reach is the subtree of each unit they lead.
"""

from functools import wraps

from django.contrib.auth.models import Group
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.translation import gettext_lazy as _

from .caching import forget_prefix, memoised
from .models import ROLE_GROUPS, OrgUnit, Role, User

ROLES_MEMO = "lms.access.roles:"


def _cache(user) -> dict:
    cache = getattr(user, "_kadra_access", None)
    if cache is None:
        cache = {}
        user._kadra_access = cache
    return cache


def _read_roles(pk) -> tuple[frozenset[str], tuple[str, ...]]:
    """A person's group names and the paths of the units they lead, in one query."""
    rows = User.objects.filter(pk=pk).values_list("groups__name", "led_units__path")
    groups = frozenset(name for name, _path in rows if name is not None)
    led = tuple(sorted({path for _name, path in rows if path is not None}))
    return groups, led


def _roles(user) -> tuple[frozenset[str], tuple[str, ...]]:
    """(group names, led unit paths): once per request and person (``lms.caching``)."""
    cache = _cache(user)
    if "roles" not in cache:
        cache["roles"] = memoised(f"{ROLES_MEMO}{user.pk}", lambda: _read_roles(user.pk))
    return cache["roles"]


def group_names(user) -> frozenset[str]:
    if not user.is_authenticated:
        return frozenset()
    return _roles(user)[0]


def led_unit_paths(user) -> tuple[str, ...]:
    """Tree paths of the units this person leads (the roots of their reach)."""
    if not user.is_authenticated:
        return ()
    return _roles(user)[1]


def _roles_changed(sender, instance=None, action="", **kwargs):
    """Groups or leaders changed: what this request holds of anyone's roles is dropped."""
    if action.startswith("post_") or action == "pre_clear":
        if isinstance(instance, User):
            _cache(instance).pop("roles", None)
        forget_prefix(ROLES_MEMO)


def _forget_roles(sender, **kwargs):
    forget_prefix(ROLES_MEMO)


m2m_changed.connect(_roles_changed, sender=User.groups.through, dispatch_uid="kadra_roles_groups")
m2m_changed.connect(_roles_changed, sender=OrgUnit.leaders.through, dispatch_uid="kadra_roles_led")
for _model in (Group, OrgUnit):
    post_save.connect(_forget_roles, sender=_model, dispatch_uid=f"kadra_roles_{_model.__name__}")
    post_delete.connect(
        _forget_roles, sender=_model, dispatch_uid=f"kadra_roles_del_{_model.__name__}"
    )


def is_hr(user) -> bool:
    return user.is_authenticated and (
        user.is_superuser or ROLE_GROUPS[Role.HR] in group_names(user)
    )


def is_editor(user) -> bool:
    return user.is_authenticated and (
        user.is_superuser or ROLE_GROUPS[Role.EDITOR] in group_names(user)
    )


def is_leader(user) -> bool:
    return bool(led_unit_paths(user))


def roles(user) -> list[str]:
    if not user.is_authenticated:
        return []
    result = [Role.EMPLOYEE]
    if is_leader(user):
        result.append(Role.LEADER)
    if is_hr(user):
        result.append(Role.HR)
    if is_editor(user):
        result.append(Role.EDITOR)
    return result


def _subtree_q(paths, prefix="") -> Q:
    q = Q(pk__in=[])
    for path in paths:
        q |= Q(**{f"{prefix}path__startswith": path})
    return q


def visible_units(user):
    """Units this person may see: all for HR, the led subtrees for a leader, else none."""
    if is_hr(user):
        return OrgUnit.objects.all()
    return OrgUnit.objects.filter(_subtree_q(led_unit_paths(user)))


def visible_people(user):
    """People this person may see: everyone for HR, people in led subtrees, and themself."""
    if not user.is_authenticated:
        return User.objects.none()
    if is_hr(user):
        return User.objects.all()
    paths = led_unit_paths(user)
    return User.objects.filter(_subtree_q(paths, "org_unit__") | Q(pk=user.pk))


def in_led_subtree(user, unit: OrgUnit | None) -> bool:
    return unit is not None and any(unit.path.startswith(p) for p in led_unit_paths(user))


def can_view_unit(user, unit: OrgUnit) -> bool:
    return is_hr(user) or in_led_subtree(user, unit)


def can_act_for_unit(user, unit: OrgUnit) -> bool:
    """Assign training, run sessions and see progress for a unit."""
    return is_hr(user) or in_led_subtree(user, unit)


def can_view_person(user, person: User) -> bool:
    if not user.is_authenticated:
        return False
    return person.pk == user.pk or is_hr(user) or in_led_subtree(user, person.org_unit)


def can_view_person_history(user, person: User) -> bool:
    """The change history of a person's record: HR and the leaders of their unit."""
    return is_hr(user) or in_led_subtree(user, person.org_unit)


def has_protected_identity(person: User) -> bool:
    """Editors, staff and superusers: whoever holds their sign-in holds the content or the site."""
    if person.pk is None:
        return False
    return person.is_superuser or person.is_staff or ROLE_GROUPS[Role.EDITOR] in group_names(person)


def people_with_protected_identity():
    """Everyone :func:`has_protected_identity` is true of, in one query."""
    return User.objects.filter(
        Q(is_superuser=True) | Q(is_staff=True) | Q(groups__name=ROLE_GROUPS[Role.EDITOR])
    ).distinct()


def can_change_identity(user, person: User) -> bool:
    """Change how a person signs in (email, employee number, password, active flag) or delete them.

    HR may, for everyone but editors, staff and superusers; for those, only a superuser
    (otherwise HR could point an editor's email at their own mailbox and reset the password).
    """
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return is_hr(user) and not has_protected_identity(person)


# Named rules for views. Each takes the user (and optionally an object).
RULES = {
    "signed_in": lambda user, obj=None: user.is_authenticated,
    "people.manage": lambda user, obj=None: is_hr(user),
    "units.manage": lambda user, obj=None: is_hr(user),
    "organisation.overview": lambda user, obj=None: is_hr(user),
    "team.view": lambda user, obj=None: is_leader(user) or is_hr(user),
    "unit.view": lambda user, obj=None: can_view_unit(user, obj),
    "person.view": lambda user, obj=None: can_view_person(user, obj),
    "person.change_identity": lambda user, obj=None: can_change_identity(user, obj),
    "content.edit": lambda user, obj=None: is_editor(user),
    "reports.view": lambda user, obj=None: is_editor(user) or is_hr(user),
}


def allowed(user, rule: str, obj=None) -> bool:
    return bool(user.is_authenticated and RULES[rule](user, obj))


# Who a rule is for, in words for the 403 page.
RULE_AUDIENCE = {
    "people.manage": _("This page is for HR."),
    "units.manage": _("This page is for HR."),
    "organisation.overview": _("This page is for HR."),
    "team.view": _("This page is for team leaders and HR."),
    "unit.view": _("This page is for the leaders of this unit and for HR."),
    "person.view": _("This page is for the person's team leaders and for HR."),
    "content.edit": _("This page is for content editors."),
    "reports.view": _("This page is for content editors and HR."),
}


def require(request, rule: str, obj=None) -> None:
    """Raise PermissionDenied (saying who the page is for) unless the user passes ``rule``."""
    if not allowed(request.user, rule, obj):
        raise PermissionDenied(RULE_AUDIENCE.get(rule, ""))


def access_required(rule: str):
    """View decorator: anonymous visitors go to sign-in, others without the rule get 403."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            require(request, rule)
            return view(request, *args, **kwargs)

        wrapper.access_rule = rule
        return wrapper

    return decorator
