from django.contrib.auth import views as auth_views
from django.shortcuts import render
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from lms.auth import clear_lockout
from lms.forms import ResetPasswordForm, SignInForm


class SignInView(auth_views.LoginView):
    form_class = SignInForm
    template_name = "lms/auth/login.html"
    redirect_authenticated_user = True


def lockout(request, *args, **kwargs):
    """Shown by django-axes instead of the sign-in form after repeated failures.

    django-axes calls it as ``(request, original_response, credentials)`` and, for older
    callables, ``(request, credentials)``; neither argument is needed here.
    """
    from axes.helpers import get_cool_off

    cool_off = get_cool_off(request)
    if cool_off:
        # Every attempt during a lock-out restarts the cool-off, so it ends cool_off from now.
        retry_at = timezone.localtime(timezone.now() + cool_off)
        minutes = max(1, round(cool_off.total_seconds() / 60))
        message = ngettext(
            "Too many failed sign-in attempts. For your security, signing in is blocked for "
            "%(minutes)s minute. Try again after %(time)s, or reset your password.",
            "Too many failed sign-in attempts. For your security, signing in is blocked for "
            "%(minutes)s minutes. Try again after %(time)s, or reset your password.",
            minutes,
        ) % {"minutes": minutes, "time": retry_at.strftime("%H:%M")}
    else:
        retry_at = None
        message = _(
            "Too many failed sign-in attempts. Signing in is blocked until HR unlocks the "
            "account; contact them, or reset your password."
        )
    return render(
        request, "lms/auth/locked.html", {"message": message, "retry_at": retry_at}, status=429
    )


password_change = auth_views.PasswordChangeView.as_view(
    template_name="lms/auth/password_change.html",
    success_url=reverse_lazy("password_change_done"),
)
password_change_done = auth_views.PasswordChangeDoneView.as_view(
    template_name="lms/auth/password_change_done.html"
)
password_reset = auth_views.PasswordResetView.as_view(
    template_name="lms/auth/password_reset.html",
    form_class=ResetPasswordForm,
    email_template_name="lms/auth/password_reset_email.txt",
    subject_template_name="lms/auth/password_reset_subject.txt",
    success_url=reverse_lazy("password_reset_done"),
)
password_reset_done = auth_views.PasswordResetDoneView.as_view(
    template_name="lms/auth/password_reset_done.html"
)


class ResetPasswordConfirmView(auth_views.PasswordResetConfirmView):
    """Set a new password from the emailed link. It never signs the person in.

    Only someone who can read the account's mailbox gets here, so a new password ends a
    lock-out, as the lock-out page promises ("or reset your password"); the person then
    signs in with it, through the same counter as every other sign-in.
    """

    template_name = "lms/auth/password_reset_confirm.html"
    success_url = reverse_lazy("password_reset_complete")
    post_reset_login = False

    def form_valid(self, form):
        response = super().form_valid(form)
        clear_lockout(form.user)
        return response


password_reset_confirm = ResetPasswordConfirmView.as_view()
password_reset_complete = auth_views.PasswordResetCompleteView.as_view(
    template_name="lms/auth/password_reset_complete.html"
)


class SignOutView(auth_views.LogoutView):
    template_name = "lms/auth/logged_out.html"
