from django.core.management.base import BaseCommand

from seminars.reminders import send_session_reminders


class Command(BaseCommand):
    help = (
        "Send the session reminders due now: the day before and one hour before "
        "(run from cron every 10 minutes; each reminder goes out once)."
    )

    def handle(self, *args, **options):
        counts = send_session_reminders()
        for kind, count in sorted(counts.items()):
            self.stdout.write(f"{kind}: {count}")
