"""What the learner pages share between people, kept in the shared cache.

A course's step tree (its live lessons and quizzes, in order, and its live prerequisite
courses) is the same for everyone who opens the course. It is read from the database once
per live revision of the course and kept in the shared cache; every view of the outline, a
lesson or a quiz then builds the steps from that entry without a query. The entry records
the course's live revision and is dropped when the course or one of its steps is published,
unpublished, moved or deleted (``courses.signals``), so a reader never sees a tree older
than the last publish.

Whether any page view restriction exists at all is cached the same way: when none does
(the usual case), Wagtail's check before serving a course page costs no query.
"""

from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import Q

TREE_KEY = "courses:tree:{pk}"
TREE_TIMEOUT = 24 * 3600
RESTRICTIONS_KEY = "courses:view-restrictions"
# The fields a step needs on the outline and for its links (title, URL, kind, revision).
STEP_FIELDS = (
    "id",
    "path",
    "depth",
    "numchild",
    "title",
    "draft_title",
    "slug",
    "url_path",
    "live",
    "live_revision_id",
    "latest_revision_id",
    "content_type_id",
    "locale_id",
    "translation_key",
)
PREREQ_FIELDS = STEP_FIELDS


def _rows(queryset):
    return [list(row) for row in queryset.values_list(*STEP_FIELDS)]


def _build(model, rows):
    """Pages of ``model`` with the cached fields loaded and every other field deferred."""
    pages = []
    for row in rows:
        known = dict(zip(STEP_FIELDS, row, strict=True))
        known[model._meta.pk.attname] = known["id"]  # the link to the base Page row
        fields = [f.attname for f in model._meta.concrete_fields if f.attname in known]
        pages.append(model.from_db(connection.alias, fields, [known[name] for name in fields]))
    return pages


def _compute(course) -> dict:
    from wagtail.models import Page

    from .models import CoursePage

    steps = _rows(Page.objects.child_of(course).live().order_by("path"))
    prereqs = _rows(CoursePage.objects.live().filter(required_for=course).order_by("path"))
    return {"revision": course.live_revision_id, "steps": steps, "prereqs": prereqs}


def _entry(course) -> dict:
    key = TREE_KEY.format(pk=course.pk)
    entry = cache.get(key)
    if entry is None or entry.get("revision") != course.live_revision_id:
        entry = _compute(course)
        cache.set(key, entry, TREE_TIMEOUT)
    return entry


def _step_model(content_type_id):
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_id(content_type_id).model_class()


def course_steps(course) -> list:
    """The live steps of ``course`` in order, as pages of their own type (lessons, quizzes)
    that carry the fields of the outline; any other field is read on first use."""
    pages = []
    for row in _entry(course)["steps"]:
        model = _step_model(row[STEP_FIELDS.index("content_type_id")])
        page = _build(model, [row])[0]
        page._cached_parent_obj = course
        pages.append(page)
    return pages


def course_prerequisites(course) -> list:
    """The live prerequisite courses of ``course`` (title and URL fields loaded)."""
    from .models import CoursePage

    return _build(CoursePage, _entry(course)["prereqs"])


def step_slugs(course) -> dict:
    """``{slug: (content type id, page id)}`` of the course's live steps."""
    slug, ct, pk = (STEP_FIELDS.index(name) for name in ("slug", "content_type_id", "id"))
    return {row[slug]: (row[ct], row[pk]) for row in _entry(course)["steps"]}


def forget_course(course_id) -> None:
    """Drop the course's tree now and again when the transaction commits, so a reader
    between the two cannot keep the tree from before the change."""
    if course_id:
        key = TREE_KEY.format(pk=course_id)
        cache.delete(key)
        transaction.on_commit(lambda: cache.delete(key))


def any_view_restrictions() -> bool:
    """Whether any page has a view restriction (a password, groups, signed-in only)."""
    found = cache.get(RESTRICTIONS_KEY)
    if found is None:
        from wagtail.models import PageViewRestriction

        found = PageViewRestriction.objects.exists()
        cache.set(RESTRICTIONS_KEY, found, TREE_TIMEOUT)
    return found


def forget_view_restrictions() -> None:
    cache.delete(RESTRICTIONS_KEY)
    transaction.on_commit(lambda: cache.delete(RESTRICTIONS_KEY))


class ViewRestrictionsMixin:
    """For the pages learners open (catalogue, courses, steps): Wagtail looks for view
    restrictions on the page and every ancestor before serving (two queries); when none
    exists anywhere, there is nothing to look up."""

    def get_view_restrictions(self):
        from wagtail.models import PageViewRestriction

        if not any_view_restrictions():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


# --- dropping entries when what they hold changes ---------------------------------------------


def _course_ids_for(page) -> set:
    """The courses whose cached tree shows ``page``: the course itself and the courses that
    require it, or a step's course."""
    from .models import CoursePage

    if isinstance(page, CoursePage):
        return {page.pk, *page.required_for.values_list("pk", flat=True)}
    if not page.path:
        return set()
    # A step's course, and every course below a page above them (the catalogue renamed or
    # moved changes the URLs the trees hold).
    parent_path = page.path[: -page.steplen]
    return set(
        CoursePage.objects.filter(
            Q(path=parent_path) | Q(path__startswith=page.path, depth__gt=page.depth)
        ).values_list("pk", flat=True)
    )


def _page_changed(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        for course_id in _course_ids_for(instance):
            forget_course(course_id)


def _page_moved(sender, instance, parent_page_before=None, parent_page_after=None, **kwargs):
    _page_changed(sender, instance)
    for parent in (parent_page_before, parent_page_after):
        if parent is not None:
            forget_course(parent.pk)


def _restriction_changed(sender, **kwargs):
    forget_view_restrictions()


def connect() -> None:
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import PageViewRestriction
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(_page_changed, dispatch_uid="courses.cache.published")
    page_unpublished.connect(_page_changed, dispatch_uid="courses.cache.unpublished")
    post_delete.connect(_page_changed, dispatch_uid="courses.cache.deleted")
    post_page_move.connect(_page_moved, dispatch_uid="courses.cache.moved")
    for signal in (post_save, post_delete):
        signal.connect(
            _restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"courses.cache.restriction.{signal is post_save}",
        )
