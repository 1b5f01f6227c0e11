from django.core.management.base import BaseCommand

from lms.schedule import daily_jobs, ensure_scheduled


class Command(BaseCommand):
    help = (
        "Make sure the task worker has the next run of every daily job (reminders, digests, "
        "expiry) in its queue. Runs after every migrate as well; safe to run again."
    )

    def handle(self, *args, **options):
        started = set(ensure_scheduled())
        for job in daily_jobs():
            state = "scheduled now" if job.path in started else "already scheduled"
            self.stdout.write(f"{job.when} {job.path}: {state}")
