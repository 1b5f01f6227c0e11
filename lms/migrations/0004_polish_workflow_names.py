"""Wagtail's default moderation workflow and its task are named in English in the database
("Moderators approval"), which the Polish admin shows as is. Give them the office's name."""

from django.db import migrations

ENGLISH = "Moderators approval"
POLISH = "Zatwierdzenie przez moderatorów"


def rename(apps, schema_editor, old=ENGLISH, new=POLISH):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=old).update(name=new)
    apps.get_model("wagtailcore", "Task").objects.filter(name=old).update(name=new)


def restore(apps, schema_editor):
    rename(apps, schema_editor, old=POLISH, new=ENGLISH)


class Migration(migrations.Migration):
    dependencies = [
        ("lms", "0003_polish_collation"),
        ("wagtailcore", "0048_add_default_workflows"),
    ]

    operations = [migrations.RunPython(rename, restore)]
