"""Give the editors' group the right to manage H5P activities and the question bank."""

from django.db import migrations

MODELS = [
    ("courses", "h5ppackage"),
    ("quizzes", "question"),
    ("quizzes", "questioncategory"),
]


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    editors, _ = Group.objects.get_or_create(name="Redaktorzy")
    for app_label, model in MODELS:
        ct, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        for action in ("add", "change", "delete", "view"):
            perm, _ = Permission.objects.get_or_create(
                content_type=ct, codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            editors.permissions.add(perm)


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0001_initial"),
        ("courses", "0002_catalogue"),
        ("lms", "0002_roles"),
    ]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
