"""Pages of internal training sessions: the list, an event, booking, dates, attendance, QR
check-in, the printed list, feedback, materials, calendar feeds and HR's overview.

Views are thin: they parse input, ask ``seminars.access`` and call a service or selector.
An event someone may not see answers 404 (never revealing that it exists); a page of an
event they see but may not run answers 403.
"""

from functools import wraps

import segno
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Avg, Count
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import access, attendance, feeds, invites, pdf, selectors, services
from . import checkin as checkin_codes
from .forms import (
    ATTENDANCE_CHOICES,
    AttendanceForm,
    BookPersonForm,
    DateForm,
    EventForm,
    FeedbackForm,
    MaterialForm,
    MoveForm,
    ReasonForm,
    WalkInForm,
)
from .models import (
    AttendanceMethod,
    AttendanceStatus,
    Booking,
    BookingStatus,
    Event,
    EventDate,
    EventMaterial,
    FeedbackResponse,
    FeedKind,
)

CHECKIN_GRANT_SECONDS = 15 * 60


def signed_in(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    return wrapper


def _event_for(request, pk) -> Event:
    event = get_object_or_404(Event.objects.select_related("course", "unit"), pk=pk)
    if not access.can_view_event(request.user, event):
        raise Http404
    return event


def _managed_event(request, pk) -> Event:
    event = _event_for(request, pk)
    if not access.can_manage_event(request.user, event):
        raise PermissionDenied(_("This page is for the leaders of the event's unit and for HR."))
    return event


def _run_event(request, event: Event) -> None:
    if not access.can_run_event(request.user, event):
        raise PermissionDenied(_("This page is for the event's trainers, its leaders and HR."))


def _date_for(request, pk) -> EventDate:
    event_date = get_object_or_404(
        EventDate.objects.select_related("event", "event__course", "event__unit"), pk=pk
    )
    if not access.can_view_event(request.user, event_date.event):
        raise Http404
    return event_date


def _error_text(exc: ValidationError) -> str:
    return " ".join(exc.messages)


def _back(event):
    return redirect("session_detail", pk=event.pk)


def _nav(request):
    return {
        "active_nav": "sessions",
        "user_is_hr": access.can_view_overview(request.user),
        "sees_people": access.can_view_people_bookings(request.user),
    }


# Lists ------------------------------------------------------------------------------


@signed_in
def session_list(request):
    events = list(selectors.upcoming_events(request.user)[:200])
    return render(
        request,
        "seminars/list.html",
        {
            "events": events,
            "can_create": access.can_create_events(request.user),
            **_nav(request),
        },
    )


@signed_in
def session_mine(request):
    bookings = list(selectors.my_bookings(request.user))
    for booking in bookings:
        booking.position = selectors.waitlist_position(booking)
    return render(
        request,
        "seminars/mine.html",
        {
            "bookings": bookings,
            "attendance": list(selectors.past_attendance(request.user)[:100]),
            **_nav(request),
        },
    )


@signed_in
def session_team(request):
    """The bookings of the people a leader leads (HR: everyone), page by page."""
    from django.core.paginator import Paginator

    if not access.can_view_people_bookings(request.user):
        raise PermissionDenied(_("This page is for team leaders and HR."))
    bookings = selectors.people_bookings(access.people_in_reach(request.user))
    page = Paginator(bookings, 50).get_page(request.GET.get("page"))
    for booking in page.object_list:
        booking.position = selectors.waitlist_position(booking)
    return render(
        request, "seminars/team.html", {"page": page, "bookings": page.object_list, **_nav(request)}
    )


@signed_in
def session_running(request):
    events = list(selectors.run_by(request.user)[:200])
    if not events and not access.can_create_events(request.user):
        raise PermissionDenied(_("This page is for trainers, team leaders and HR."))
    return render(
        request,
        "seminars/running.html",
        {"events": events, "can_create": access.can_create_events(request.user), **_nav(request)},
    )


@signed_in
def session_overview(request):
    if not access.can_view_overview(request.user):
        raise PermissionDenied(_("This page is for HR."))
    events = Event.objects.all()
    return render(
        request,
        "seminars/overview.html",
        {
            "events": list(selectors.overview_events(events)[:300]),
            "units": selectors.overview_by_unit(events),
            **_nav(request),
        },
    )


# Events -----------------------------------------------------------------------------


def _event_form_page(request, form, event=None):
    return render(
        request, "seminars/event_form.html", {"form": form, "event": event, **_nav(request)}
    )


@signed_in
def session_create(request):
    if not access.can_create_events(request.user):
        raise PermissionDenied(_("This page is for team leaders and HR."))
    initial = {"capacity": 20}
    led = request.user.led_units.order_by("path").first()
    if led is not None:
        initial.update(unit=led, audience_units=[led])
    form = EventForm(request.POST or None, user=request.user, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            event = services.event_create(acting_user=request.user, **form.service_arguments())
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, _("Event created. Now add its dates."))
            return redirect("session_date_create", pk=event.pk)
    return _event_form_page(request, form)


def _add_errors(form, exc: ValidationError) -> None:
    if hasattr(exc, "error_dict"):
        for field, errors in exc.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, exc)


@signed_in
def session_edit(request, pk):
    event = _managed_event(request, pk)
    form = EventForm(request.POST or None, user=request.user, initial=EventForm.initial_for(event))
    if not access.can_manage_event(request.user, event):
        raise PermissionDenied
    # Units the event already names stay choosable, even beyond the leader's reach.
    kept = event.audience_units.all()
    form.fields["audience_units"].queryset = (
        form.fields["audience_units"].queryset | kept
    ).distinct()
    form.fields["unit"].queryset = (
        form.fields["unit"].queryset | type(event.unit).objects.filter(pk=event.unit_id)
    ).distinct()
    if request.method == "POST" and form.is_valid():
        try:
            services.event_update(event=event, acting_user=request.user, **form.service_arguments())
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, _("Event saved."))
            return _back(event)
    return _event_form_page(request, form, event)


@signed_in
def session_detail(request, pk):
    event = _event_for(request, pk)
    user = request.user
    manage = access.can_manage_event(user, event)
    run = manage or access.is_trainer(user, event)
    mine = (
        Booking.objects.filter(event=event, user=user)
        .exclude(status=BookingStatus.CANCELLED)
        .first()
    )
    dates = list(event.dates.order_by("starts_at", "pk"))
    now = timezone.now()
    for d in dates:
        d.in_window = checkin_codes.in_window(d, now)
        d.is_past = d.ends_at < now
    context = {
        "event": event,
        "dates": dates,
        "trainers": list(event.trainers.all()),
        "audience_units": list(event.audience_units.all()),
        "booking": mine,
        "position": selectors.waitlist_position(mine) if mine else None,
        "seats_taken": services.seats_taken(event),
        "can_book": access.in_audience(user, event) and mine is None and not event.is_cancelled,
        "can_manage": manage,
        "can_run": run,
        "attended": selectors.attended_count(event, user),
        "materials": list(event.materials.select_related("document")),
        "has_feedback": FeedbackResponse.objects.filter(event=event, user=user).exists(),
        **_nav(request),
    }
    context["can_download"] = (
        run or context["attended"] > 0 or (mine is not None and mine.status == BookingStatus.BOOKED)
    )
    if manage:
        bookings = list(selectors.event_bookings(event))
        position = 0
        for b in bookings:
            if b.status == BookingStatus.WAITING:
                position += 1
                b.position = position
            b.can_approve = b.status == BookingStatus.PENDING and access.can_approve(user, b)
        context["bookings"] = bookings
        context["book_form"] = BookPersonForm(user=user)
    if run:
        context["material_form"] = MaterialForm()
    return render(request, "seminars/detail.html", context)


@signed_in
@require_POST
def session_book(request, pk):
    event = _event_for(request, pk)
    person = request.user
    if request.POST.get("person"):
        form = BookPersonForm(request.POST, user=request.user)
        if not form.is_valid():
            messages.error(request, _("Choose one of your people to book."))
            return _back(event)
        person = form.cleaned_data["person"]
    try:
        booking = services.booking_create(event=event, person=person, acting_user=request.user)
    except ValidationError as exc:
        messages.error(request, _error_text(exc))
        return _back(event)
    if booking.status == BookingStatus.BOOKED:
        messages.success(request, _("Booked. A calendar invitation is on its way by e-mail."))
    elif booking.status == BookingStatus.PENDING:
        messages.success(request, _("Booked, waiting for the leader's approval."))
    else:
        messages.success(
            request,
            _("The event is full or has no dates yet: on the waitlist at position %(n)s.")
            % {"n": selectors.waitlist_position(booking)},
        )
    return _back(event)


@signed_in
def session_ics(request, pk):
    event = _event_for(request, pk)
    response = HttpResponse(
        invites.event_ics(event, person=request.user), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="session-{event.pk}.ics"'
    return response


# Bookings ---------------------------------------------------------------------------


def _booking_for(request, pk) -> Booking:
    booking = get_object_or_404(Booking.objects.select_related("event", "user"), pk=pk)
    user = request.user
    if booking.user_id != user.pk and not (
        access.can_manage_event(user, booking.event) or access.can_approve(user, booking)
    ):
        raise Http404
    return booking


@signed_in
@require_POST
def booking_cancel(request, pk):
    booking = _booking_for(request, pk)
    form = ReasonForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    if not form.is_valid():
        messages.error(request, _("Keep the reason under 300 characters."))
        return _back(booking.event)
    try:
        services.booking_cancel(booking=booking, acting_user=request.user, reason=reason)
    except ValidationError as exc:
        messages.error(request, _error_text(exc))
    else:
        messages.success(request, _("The booking is cancelled."))
    return _back(booking.event)


@signed_in
@require_POST
def booking_approve(request, pk):
    booking = _booking_for(request, pk)
    try:
        services.booking_approve(booking=booking, acting_user=request.user)
    except ValidationError as exc:
        messages.error(request, _error_text(exc))
    else:
        messages.success(request, _("Booking approved."))
    return _back(booking.event)


@signed_in
@require_POST
def booking_reject(request, pk):
    booking = _booking_for(request, pk)
    form = ReasonForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError(_("Keep the reason under 300 characters."))
        services.booking_reject(
            booking=booking, acting_user=request.user, reason=form.cleaned_data["reason"]
        )
    except ValidationError as exc:
        messages.error(request, _error_text(exc))
    else:
        messages.success(request, _("Booking declined."))
    return _back(booking.event)


@signed_in
def booking_move(request, pk):
    booking = _booking_for(request, pk)
    if not access.can_manage_event(request.user, booking.event):
        raise PermissionDenied(_("This page is for the leaders of the event's unit and for HR."))
    form = MoveForm(request.POST or None, user=request.user, exclude=booking.event)
    if request.method == "POST" and form.is_valid():
        try:
            services.booking_move(
                booking=booking,
                to_event=form.cleaned_data["to_event"],
                acting_user=request.user,
                reason=form.cleaned_data["reason"],
            )
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, _("The booking is moved."))
            return _back(booking.event)
    return render(
        request, "seminars/move.html", {"form": form, "booking": booking, **_nav(request)}
    )


# Dates ------------------------------------------------------------------------------


@signed_in
def date_create(request, pk):
    event = _managed_event(request, pk)
    form = DateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.date_add(event=event, acting_user=request.user, **form.cleaned_data)
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, _("Date added. Booked people get a calendar invitation."))
            return _back(event)
    return render(
        request, "seminars/date_form.html", {"form": form, "event": event, **_nav(request)}
    )


@signed_in
def date_edit(request, pk):
    event_date = _date_for(request, pk)
    event = event_date.event
    if not access.can_manage_event(request.user, event):
        raise PermissionDenied(_("This page is for the leaders of the event's unit and for HR."))
    initial = {
        "starts_at": timezone.localtime(event_date.starts_at),
        "ends_at": timezone.localtime(event_date.ends_at),
        "room": event_date.room,
        "online_url": event_date.online_url,
    }
    form = DateForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.date_update(
                event_date=event_date, acting_user=request.user, **form.cleaned_data
            )
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, _("Date saved. Booked people get the updated invitation."))
            return _back(event)
    return render(
        request,
        "seminars/date_form.html",
        {"form": form, "event": event, "event_date": event_date, **_nav(request)},
    )


@signed_in
@require_POST
def date_cancel(request, pk):
    event_date = _date_for(request, pk)
    if not access.can_manage_event(request.user, event_date.event):
        raise PermissionDenied(_("This page is for the leaders of the event's unit and for HR."))
    try:
        services.date_cancel(
            event_date=event_date,
            acting_user=request.user,
            reason=request.POST.get("reason", "")[:300],
        )
    except ValidationError as exc:
        messages.error(request, _error_text(exc))
    else:
        messages.success(request, _("Date cancelled. Booked people's calendars drop it."))
    return _back(event_date.event)


@require_POST
@signed_in
def session_cancel(request, pk):
    event = _managed_event(request, pk)
    try:
        services.event_cancel(
            event=event, acting_user=request.user, reason=request.POST.get("reason", "")[:300]
        )
    except ValidationError as exc:
        messages.error(request, _error_text(exc))
    else:
        messages.success(
            request,
            _("Event cancelled. Booked people's calendars drop its dates; everyone is told."),
        )
    return _back(event)


# Attendance -------------------------------------------------------------------------


@signed_in
def date_attendance(request, pk):
    event_date = _date_for(request, pk)
    event = event_date.event
    _run_event(request, event)
    people, rows, walk_ins = selectors.attendance_sheet(event_date)
    form = AttendanceForm(request.POST or None, people=people, current=rows)
    if request.method == "POST" and form.is_valid():
        try:
            count = attendance.attendance_record_many(
                event_date=event_date, marks=form.marks(), acting_user=request.user
            )
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, _("Attendance saved (%(n)s changed).") % {"n": count})
            return redirect("session_date_attendance", pk=event_date.pk)
    return render(
        request,
        "seminars/attendance.html",
        {
            "event": event,
            "event_date": event_date,
            "form": form,
            "rows": rows,
            "walk_ins": walk_ins,
            "walk_in_form": WalkInForm(),
            "choices": ATTENDANCE_CHOICES,
            "in_window": checkin_codes.in_window(event_date),
            **_nav(request),
        },
    )


@signed_in
@require_POST
def date_walk_in(request, pk):
    event_date = _date_for(request, pk)
    event = event_date.event
    _run_event(request, event)
    form = WalkInForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(form.errors.get("person", [])))
    else:
        try:
            attendance.attendance_record(
                event_date=event_date,
                person=form.cleaned_data["person"],
                status=AttendanceStatus.ATTENDED,
                acting_user=request.user,
                method=AttendanceMethod.WALK_IN,
            )
        except ValidationError as exc:
            messages.error(request, _error_text(exc))
        else:
            messages.success(request, _("Walk-in added as attended."))
    return redirect("session_date_attendance", pk=event_date.pk)


@signed_in
def date_attendance_pdf(request, pk):
    event_date = _date_for(request, pk)
    _run_event(request, event_date.event)
    data = pdf.attendance_list_pdf(event_date)
    response = HttpResponse(data, content_type="application/pdf")
    stamp = timezone.localtime(event_date.starts_at).strftime("%Y-%m-%d")
    response["Content-Disposition"] = f'attachment; filename="lista-obecnosci-{stamp}.pdf"'
    return response


def _checkin_url(request, event_date, now=None) -> str:
    path = reverse(
        "session_checkin",
        kwargs={"pk": event_date.pk, "code": checkin_codes.current_code(event_date, now)},
    )
    return request.build_absolute_uri(path)


def _qr_svg(url: str) -> str:
    return segno.make(url, error="m").svg_inline(
        scale=1, border=4, omitsize=True, svgclass="qr-code", lineclass="qr-line"
    )


@signed_in
def date_qr(request, pk):
    event_date = _date_for(request, pk)
    _run_event(request, event_date.event)
    open_now = checkin_codes.in_window(event_date)
    url = _checkin_url(request, event_date) if open_now else ""
    return render(
        request,
        "seminars/qr.html",
        {
            "event": event_date.event,
            "event_date": event_date,
            "open_now": open_now,
            "url": url,
            "svg": _qr_svg(url) if url else "",
            "seconds_left": checkin_codes.seconds_left(),
            **_nav(request),
        },
    )


@signed_in
def date_qr_json(request, pk):
    event_date = _date_for(request, pk)
    _run_event(request, event_date.event)
    if not checkin_codes.in_window(event_date):
        return JsonResponse({"open": False, "message": _("Check-in for this session is closed.")})
    url = _checkin_url(request, event_date)
    checked_in = event_date.attendance.filter(status=AttendanceStatus.ATTENDED).count()
    return JsonResponse(
        {
            "open": True,
            "url": url,
            "svg": _qr_svg(url),
            "seconds_left": checkin_codes.seconds_left(),
            "checked_in": checked_in,
        }
    )


def _grants(request) -> dict:
    return request.session.get("seminars_checkin", {})


def _checkin_refused(request, message, status=403):
    return render(
        request, "seminars/checkin.html", {"refused": message, **_nav(request)}, status=status
    )


def checkin(request, pk, code):
    """The link in the QR code. A valid, current code is remembered in the session for a
    few minutes, so signing in first (which may take longer than a code lives) still works;
    then the person confirms with a button and is marked attended."""
    event_date = EventDate.objects.select_related("event").filter(pk=pk).first()
    now = timezone.now()
    if (
        event_date is not None
        and checkin_codes.code_is_valid(event_date, code, now)
        and checkin_codes.in_window(event_date, now)
    ):
        grants = _grants(request)
        grants[str(event_date.pk)] = int(now.timestamp())
        request.session["seminars_checkin"] = grants
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    granted = _grants(request).get(str(pk)) if event_date is not None else None
    if granted is None or now.timestamp() - granted > CHECKIN_GRANT_SECONDS:
        return _checkin_refused(
            request,
            _(
                "This check-in code is old or not for this session. Scan the code on the "
                "trainer's screen again."
            ),
        )
    if request.method == "POST":
        try:
            attendance.check_in(event_date=event_date, person=request.user, now=now)
        except ValidationError as exc:
            return _checkin_refused(request, _error_text(exc))
        grants = _grants(request)
        grants.pop(str(event_date.pk), None)
        request.session["seminars_checkin"] = grants
        return render(
            request,
            "seminars/checkin.html",
            {"done": True, "event": event_date.event, "event_date": event_date, **_nav(request)},
        )
    return render(
        request,
        "seminars/checkin.html",
        {"event": event_date.event, "event_date": event_date, **_nav(request)},
    )


# After the session ------------------------------------------------------------------


@signed_in
def session_feedback(request, pk):
    event = _event_for(request, pk)
    if not selectors.has_attended(event, request.user):
        raise PermissionDenied(_("Feedback is for the people who attended the session."))
    if FeedbackResponse.objects.filter(event=event, user=request.user).exists():
        messages.info(request, _("Thank you: your feedback on this event is already recorded."))
        return _back(event)
    form = FeedbackForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.feedback_submit(event=event, person=request.user, **form.cleaned_data)
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, _("Thank you for your feedback."))
            return _back(event)
    return render(
        request, "seminars/feedback.html", {"form": form, "event": event, **_nav(request)}
    )


@signed_in
def session_feedback_results(request, pk):
    event = _event_for(request, pk)
    _run_event(request, event)
    responses = FeedbackResponse.objects.filter(event=event)
    summary = responses.aggregate(
        count=Count("pk"), usefulness=Avg("usefulness"), trainer=Avg("trainer_rating")
    )
    return render(
        request,
        "seminars/feedback_results.html",
        {
            "event": event,
            "summary": summary,
            "comments": list(
                responses.exclude(comment="")
                .order_by("-created_at")
                .values_list("comment", flat=True)
            ),
            **_nav(request),
        },
    )


@signed_in
@require_POST
def material_upload(request, pk):
    event = _event_for(request, pk)
    _run_event(request, event)
    form = MaterialForm(request.POST, request.FILES)
    if not form.is_valid():
        messages.error(request, " ".join(e for errors in form.errors.values() for e in errors))
        return _back(event)
    services.material_add(
        event=event,
        title=form.cleaned_data["title"],
        upload=form.cleaned_data["file"],
        acting_user=request.user,
    )
    messages.success(request, _("Material added: attendees can download it."))
    return _back(event)


@signed_in
def material_download(request, pk):
    material = get_object_or_404(EventMaterial.objects.select_related("event", "document"), pk=pk)
    event = material.event
    user = request.user
    if not access.can_view_event(user, event):
        raise Http404
    booked = Booking.objects.filter(event=event, user=user, status=BookingStatus.BOOKED).exists()
    if not (access.can_run_event(user, event) or booked or selectors.has_attended(event, user)):
        raise PermissionDenied(_("Materials are for the people booked on the event."))
    document = material.document
    handle = document.file.open("rb")
    return FileResponse(handle, as_attachment=True, filename=document.filename)


# Calendar feeds ---------------------------------------------------------------------


@signed_in
def calendar_feeds(request):
    new_url = ""
    if request.method == "POST":
        kind = request.POST.get("kind")
        if kind not in FeedKind.values:
            messages.error(request, _("Choose which calendar feed to change."))
            return redirect("session_calendar")
        if request.POST.get("action") == "revoke":
            feeds.feed_revoke(user=request.user, kind=kind)
            messages.success(request, _("The feed address is revoked: it shows nothing any more."))
            return redirect("session_calendar")
        token = feeds.feed_create(user=request.user, kind=kind)
        new_url = request.build_absolute_uri(reverse("session_feed", kwargs={"token": token}))
    live = {f.kind: f for f in feeds.live_feeds(request.user)}
    return render(
        request,
        "seminars/calendar.html",
        {
            "feed_rows": [(kind, label, live.get(kind)) for kind, label in FeedKind.choices],
            "new_url": new_url,
            "new_kind": request.POST.get("kind", ""),
            **_nav(request),
        },
    )


def calendar_feed(request, token):
    """The private feed: authorised by its token alone (calendar apps send no cookies)."""
    found = feeds.feed_lookup(token)
    if found is None:
        raise Http404
    response = HttpResponse(feeds.feed_body(found), content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "private, no-store"
    return response
