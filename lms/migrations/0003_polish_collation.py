"""Polish alphabetical order for people (see lms/collation.py).

PostgreSQL gets a ``kadra_pl`` collation from ICU's Polish locale; on other databases
the operation does nothing (SQLite registers the same name on each connection).
"""

import django.db.models.functions.comparison
from django.contrib.postgres.operations import CreateCollation
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("lms", "0002_roles"),
    ]

    operations = [
        CreateCollation("kadra_pl", provider="icu", locale="pl-PL"),
        migrations.AlterModelOptions(
            name="user",
            options={
                "ordering": [
                    models.OrderBy(
                        django.db.models.functions.comparison.Collate("last_name", "kadra_pl")
                    ),
                    models.OrderBy(
                        django.db.models.functions.comparison.Collate("first_name", "kadra_pl")
                    ),
                    "pk",
                ],
                "verbose_name": "person",
                "verbose_name_plural": "people",
            },
        ),
    ]
