from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from content.loader import ContentError, load_content


class Command(BaseCommand):
    help = (
        "Load course content files (content/README.md) into pages and the question bank. "
        "The first run creates the courses; later runs publish a new revision only where a "
        "file changed, and never overwrite an edit made in the admin unless --force is given."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "directory", help="The content/ folder, its courses/ folder or one course."
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Overwrite pages and questions edited in the admin since the last load.",
        )
        parser.add_argument(
            "--h5p-dir",
            help="Folder of H5P library packages (.h5p) that content/h5p/*.yaml are built on; "
            "without it, lessons are loaded without activities not built before.",
        )
        parser.add_argument(
            "--user", help="Login (e-mail) of the person publishing; the revisions' author."
        )

    def handle(self, *args, **options):
        user = None
        if options.get("user"):
            user = get_user_model().objects.filter(email__iexact=options["user"].strip()).first()
            if user is None:
                raise CommandError(f"No user with the login {options['user']!r}.")
        try:
            report = load_content(
                options["directory"],
                user=user,
                force=options["force"],
                h5p_dir=options.get("h5p_dir"),
            )
        except ContentError as error:
            raise CommandError(f"Nothing was loaded. {error}") from None
        for line in report.lines():
            self.stdout.write(line)
        if report.conflicts:
            self.stdout.write(
                self.style.WARNING(
                    f"{len(report.conflicts)} conflict(s): the admin's version was kept."
                )
            )
        else:
            self.stdout.write(self.style.SUCCESS("Content loaded."))
