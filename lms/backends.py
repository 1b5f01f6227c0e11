"""The authentication backend of the platform: signing in as ``lms.auth`` describes, and the
person of a session read together with their unit.

Nearly every page asks for the viewer's unit (the sessions panel on the course page, the
audience of internal sessions, reach checks), so ``get_user`` reads it in the same query as
the person instead of one query more per request.
"""

from django.contrib.auth import get_user_model

from .auth import EmailOrEmployeeNumberBackend


class KadraBackend(EmailOrEmployeeNumberBackend):
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
