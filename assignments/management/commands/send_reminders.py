from django.core.management.base import BaseCommand

from assignments.reminders import send_reminders


class Command(BaseCommand):
    help = "Send the reminders and leaders' overdue digests due today (run daily from cron)."

    def handle(self, *args, **options):
        counts = send_reminders()
        for kind, count in sorted(counts.items()):
            self.stdout.write(f"{kind}: {count}")
