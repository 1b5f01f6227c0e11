from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.db.models import Q


class EmailOrEmployeeNumberBackend(ModelBackend):
    """Sign in with an email address or an employee number, plus password.

    Deactivated people are refused by ``user_can_authenticate`` (and their open
    sessions end, because ``get_user`` applies the same check).
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if not username or not password:
            return None
        User = get_user_model()
        identifier = username.strip()
        user = (
            User.objects.filter(Q(email__iexact=identifier) | Q(employee_number__iexact=identifier))
            .order_by("pk")
            .first()
        )
        if user is None:
            User().set_password(password)  # same work as a real check: no timing oracle
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None
