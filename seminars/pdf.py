"""The printed attendance list (lista obecności): WeasyPrint from a Django template, A4.

One row per booked person (Polish alphabetical order) with name, unit and an empty column
for the signature, under the event, the date, the room and the trainers. Printed in Polish,
the language of the office's paper records.
"""

from django.template.loader import render_to_string
from django.utils import timezone, translation

from . import selectors

LANGUAGE = "pl"


def attendance_list_html(event_date) -> str:
    people, rows, walk_ins = selectors.attendance_sheet(event_date)
    event = event_date.event
    with translation.override(LANGUAGE):
        return render_to_string(
            "seminars/pdf/attendance_list.html",
            {
                "event": event,
                "event_date": event_date,
                "trainers": list(event.trainers.all()),
                "people": people,
                "walk_ins": [a.user for a in walk_ins],
                "printed_at": timezone.now(),
                "blank_rows": range(3),
            },
        )


def attendance_list_pdf(event_date) -> bytes:
    from weasyprint import CSS, HTML

    stylesheet = CSS(string=render_to_string("seminars/pdf/attendance_list.css"))
    return HTML(string=attendance_list_html(event_date), base_url=None).write_pdf(
        stylesheets=[stylesheet]
    )
