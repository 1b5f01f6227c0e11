"""A person may complete a step again in the same cycle on a newer revision (retraining after
a legal change): the completions' uniqueness becomes (user, lesson, cycle, revision).

Database only for now: the model's Meta still declares the former constraint, so the state
keeps it; a later migration moves the state (state_operations only) with the Meta change."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0007_learning_record_history"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.RemoveConstraint(
                    model_name="lessoncompletion", name="lesson_completion_unique"
                ),
                migrations.AddConstraint(
                    model_name="lessoncompletion",
                    constraint=models.UniqueConstraint(
                        fields=("user", "lesson", "cycle", "revision"),
                        name="lesson_completion_unique_revision",
                    ),
                ),
            ],
            state_operations=[],
        ),
    ]
