from datetime import date

from django.core.management.base import BaseCommand, CommandError

from certificates import expiry


class Command(BaseCommand):
    help = (
        "Open recertification windows, remind 14 days before expiry and expire certificates "
        "past their date (run daily; safe to run twice)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--date", help="Run as on this day (YYYY-MM-DD) instead of today.")

    def handle(self, *args, **options):
        today = None
        if options["date"]:
            try:
                today = date.fromisoformat(options["date"])
            except ValueError:
                raise CommandError("Give the date as YYYY-MM-DD.") from None
        counts = expiry.run(today=today)
        for kind, count in sorted(counts.items()):
            self.stdout.write(f"{kind}: {count}")
