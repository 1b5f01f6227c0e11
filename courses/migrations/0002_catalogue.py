"""Create the course catalogue page and make it the root of the default site."""

from django.db import migrations


def create_catalogue(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    Locale = apps.get_model("wagtailcore", "Locale")
    CourseIndexPage = apps.get_model("courses", "CourseIndexPage")
    if CourseIndexPage.objects.exists():
        return
    root = Page.objects.get(depth=1)
    # The placeholder page Wagtail creates on install is replaced by the catalogue.
    Page.objects.filter(depth=2, slug="home", url_path="/home/", numchild=0).delete()
    siblings = Page.objects.filter(depth=2).order_by("-path")
    last = siblings.first()
    number = int(last.path[-4:], 36) + 1 if last else 1
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    step = ""
    while number:
        number, rest = divmod(number, 36)
        step = digits[rest] + step
    path = root.path + step.rjust(4, "0")
    content_type, _ = ContentType.objects.get_or_create(app_label="courses", model="courseindexpage")
    index = CourseIndexPage.objects.create(
        title="Katalog szkoleń",
        draft_title="Katalog szkoleń",
        slug="katalog",
        content_type=content_type,
        path=path,
        depth=2,
        numchild=0,
        url_path="/katalog/",
        live=True,
        locale=Locale.objects.first(),
        intro="Szkolenia dla pracowników obsługujących cudzoziemców.",
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=index, is_default_site=True)
    else:
        site.root_page = index
        site.save(update_fields=["root_page"])


class Migration(migrations.Migration):
    dependencies = [("courses", "0001_initial"), ("wagtailcore", "0098_apitoken")]
    operations = [migrations.RunPython(create_catalogue, migrations.RunPython.noop)]
