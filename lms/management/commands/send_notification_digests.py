from django.core.management.base import BaseCommand

from lms.notifications import send_digests


class Command(BaseCommand):
    help = "E-mail the daily digest to everyone who chose it (run once a day from cron)."

    def handle(self, *args, **options):
        self.stdout.write(f"{send_digests()} digests sent.")
