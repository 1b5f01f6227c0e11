from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from lms.demo import DEMO_LOGINS, DEMO_PASSWORD, seed_organisation


class Command(BaseCommand):
    help = "Create (or complete) the demo voivodeship office. Safe to run repeatedly."

    def add_arguments(self, parser):
        parser.add_argument("--h5p-dir", help="Folder with .h5p packages to place in lessons.")

    def handle(self, *args, **options):
        if getattr(settings, "KADRA_ENVIRONMENT", "") == "production":
            raise CommandError("seed_demo refuses to run with production settings.")
        # The demo's notifications stay in the app: nobody is e-mailed about made-up people.
        settings.EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
        org = seed_organisation()
        self.stdout.write(f"Organisation: {len(org['units'])} units, {len(org['people'])} people.")
        from content.seed import seed_courses

        summary = seed_courses(people=org["people"], h5p_dir=options.get("h5p_dir"))
        self.stdout.write(summary)
        from assignments.demo import seed_assignments

        self.stdout.write(seed_assignments(people=org["people"]))
        from seminars.demo import seed_sessions

        seed_sessions(org["people"], self.stdout)
        from certificates.demo import seed_certificates

        seed_certificates(org["people"], self.stdout)
        from content.legal_demo import seed_legal_change

        seed_legal_change(org["people"], self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo office ready. Sign in with:"))
        for email, role in DEMO_LOGINS:
            self.stdout.write(f"  {role.label:<12} {email:<24} password: {DEMO_PASSWORD}")
