from django.core.management.base import BaseCommand

from quizzes.services import close_expired_attempts


class Command(BaseCommand):
    help = "Close and grade quiz attempts whose time limit has passed (run every minute)."

    def handle(self, *args, **options):
        closed = close_expired_attempts()
        self.stdout.write(f"Closed {closed} expired attempt(s).")
