"""Create the four role groups and give editors their Wagtail permissions."""

from django.db import migrations

GROUPS = ["Pracownicy", "Liderzy", "Kadry", "Redaktorzy"]
PAGE_PERMISSIONS = ["add", "change", "publish", "bulk_delete", "lock", "unlock"]
COLLECTION_PERMISSIONS = [
    ("wagtailimages", "image", ["add", "change", "choose"]),
    ("wagtaildocs", "document", ["add", "change", "choose"]),
]


def _permission(apps, app_label, model, codename, name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    ct, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    perm, _ = Permission.objects.get_or_create(
        content_type=ct, codename=codename, defaults={"name": name}
    )
    return perm


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in GROUPS}
    editors = groups["Redaktorzy"]
    editors.permissions.add(
        _permission(apps, "wagtailadmin", "admin", "access_admin", "Can access Wagtail admin")
    )
    root_page = Page.objects.filter(depth=1).first()
    if root_page is not None:
        for action in PAGE_PERMISSIONS:
            perm = _permission(apps, "wagtailcore", "page", f"{action}_page", f"Can {action} page")
            GroupPagePermission.objects.get_or_create(
                group=editors, page=root_page, permission=perm
            )
    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is not None:
        for app_label, model, actions in COLLECTION_PERMISSIONS:
            for action in actions:
                perm = _permission(
                    apps, app_label, model, f"{action}_{model}", f"Can {action} {model}"
                )
                GroupCollectionPermission.objects.get_or_create(
                    group=editors, collection=root_collection, permission=perm
                )


class Migration(migrations.Migration):
    dependencies = [
        ("lms", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
