"""A person may complete a step again in the same cycle on a newer revision (retraining after
a legal change): the completions' uniqueness becomes (user, lesson, cycle, revision)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0007_learning_record_history"),
    ]

    operations = [
        migrations.RemoveConstraint(model_name="lessoncompletion", name="lesson_completion_unique"),
        migrations.AddConstraint(
            model_name="lessoncompletion",
            constraint=models.UniqueConstraint(
                fields=("user", "lesson", "cycle", "revision"),
                name="lesson_completion_unique_revision",
            ),
        ),
    ]
