from django.core.management.base import BaseCommand

from assignments.models import Assignment, Status
from assignments.rules import rules_apply_all, rules_mark_outside


class Command(BaseCommand):
    help = "Apply every active assignment rule to everyone it covers (safe to run from cron)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Print what would be assigned; write nothing."
        )

    def handle(self, *args, dry_run=False, **options):
        total = 0
        for rule, people in rules_apply_all(dry_run=dry_run):
            total += len(people)
            verb = "would assign" if dry_run else "assigned"
            self.stdout.write(f"{rule.name}: {verb} {rule.course.title} to {len(people)} people")
            if dry_run:
                for person in people:
                    self.stdout.write(f"  {person.last_name} {person.first_name} <{person.email}>")
        if not dry_run:
            # Hire-date windows pass with time: mark who a rule no longer covers.
            ids = (
                Assignment.objects.filter(status=Status.ACTIVE, rule__isnull=False)
                .values_list("user_id", flat=True)
                .distinct()
            )
            marked = rules_mark_outside(people_ids=ids)
            self.stdout.write(f"{marked} assignments marked or unmarked as kept outside a rule.")
        verb = "would be made" if dry_run else "made"
        self.stdout.write(self.style.SUCCESS(f"{total} assignments {verb}."))
