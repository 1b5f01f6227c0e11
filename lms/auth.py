"""Signing in: who a login names, and the key failed attempts are counted under."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.db.models import Q


def normalise_login(login) -> str:
    """A login as typed, trimmed and lower-cased (emails and employee numbers ignore case)."""
    return str(login or "").strip().lower()


def user_for_login(login):
    """The person a login names: their email or employee number, in any case; or None."""
    identifier = normalise_login(login)
    if not identifier:
        return None
    User = get_user_model()
    return (
        User._default_manager.filter(
            Q(email__iexact=identifier) | Q(employee_number__iexact=identifier)
        )
        .order_by("pk")
        .first()
    )


class EmailOrEmployeeNumberBackend(ModelBackend):
    """Sign in with an email address or an employee number, plus password.

    Deactivated people are refused by ``user_can_authenticate`` (and their open
    sessions end, because ``get_user`` applies the same check).
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if not username or not password:
            return None
        user = user_for_login(username)
        if user is None:
            get_user_model()().set_password(password)  # same work as a real check: no timing oracle
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None

    # The person of a session is read with their unit: nearly every page asks for it (the
    # sessions panel, audiences, reach checks), so it costs no query more per request.
    def get_user(self, user_id):
        User = get_user_model()
        try:
            user = User._default_manager.select_related("org_unit").get(pk=user_id)
        except User.DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None

    async def aget_user(self, user_id):
        User = get_user_model()
        try:
            user = await User._default_manager.select_related("org_unit").aget(pk=user_id)
        except User.DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None


def lockout_key_for_user(user) -> str:
    return f"user:{user.pk}"


def lockout_key(request, credentials=None) -> str | None:
    """``AXES_USERNAME_CALLABLE``: one django-axes counter per account, on every path.

    The site form, the Wagtail admin form and Django's own ``login()`` after a success
    each hand axes the login as typed ("Anna@…", " anna@… ", the employee number).
    Counting them apart would multiply the attempts allowed before the lock-out, so
    a login that names a person is counted under that person's key; any other login
    under its trimmed, lower-cased form (which reveals nothing about who exists).
    """
    field = settings.AXES_USERNAME_FORM_FIELD
    if credentials:
        login = credentials.get(field)
    else:
        data = getattr(request, "data", None) or getattr(request, "POST", {})
        login = data.get(field)
    identifier = normalise_login(login)
    if not identifier:
        return None
    # axes asks several times per attempt: resolve each login once per request.
    cache = request.__dict__.setdefault("_kadra_lockout_keys", {}) if request else {}
    if identifier not in cache:
        user = user_for_login(identifier)
        # AccessAttempt.username holds 255 characters; a login may have 254.
        cache[identifier] = lockout_key_for_user(user) if user else f"login:{identifier}"[:255]
    return cache[identifier]


def clear_lockout(user) -> None:
    """Forget an account's failed sign-in attempts (e.g. once it has a new password)."""
    from axes.utils import reset

    reset(username=lockout_key_for_user(user))
