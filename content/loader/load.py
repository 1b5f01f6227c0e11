"""Write course content into Wagtail pages and the question bank (``manage.py load_content``).

Every page the loader writes is saved as a revision and published through Wagtail's own
publish path, with the acting user as the revision's author. The revision it writes carries a
marker (``MARKER`` in the revision's content: the hash of the file values and the file name);
unknown keys in a revision's content are ignored by Wagtail when it builds the page from it, so
the marker lives in the database with the revision it describes and needs no model field.

On a later run a page is rewritten only when its file changed since the marked revision. If
the page has a newer revision than the marked one (someone saved it in the admin), or no
marked revision at all (created by hand or by an older seed), the change is reported as a
conflict and the page is kept as it is, unless ``force`` is given.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction
from wagtail.actions.publish_page_revision import PublishPagePermissionError
from wagtail.models import Revision

from courses.models import CourseIndexPage, CoursePage, H5PPackage, LessonPage

from .parse import ContentError, CourseSource, LessonSource, digest, read_tree

MARKER = "kadra_content"


@dataclass
class LoadReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # edited in the admin, file unchanged
    questions_created: int = 0
    questions_updated: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(
            self.created or self.updated or self.questions_created or self.questions_updated
        )

    def lines(self) -> list[str]:
        out = [
            f"Pages: {len(self.created)} created, {len(self.updated)} updated, "
            f"{len(self.unchanged)} unchanged, {len(self.conflicts)} conflicts.",
            f"Questions: {self.questions_created} created, {self.questions_updated} updated.",
        ]
        out += [f"  created: {name}" for name in self.created]
        out += [f"  updated: {name}" for name in self.updated]
        out += [f"  kept (edited in the admin, file unchanged): {name}" for name in self.kept]
        out += [f"  CONFLICT: {line}" for line in self.conflicts]
        out += [f"  note: {line}" for line in self.notes]
        return out


def catalogue() -> CourseIndexPage:
    index = CourseIndexPage.objects.first()
    if index is None:
        raise ContentError(".", "the course catalogue page is missing; run migrations first")
    return index


def marked_revision(page) -> Revision | None:
    """The newest revision of ``page`` that the loader wrote."""
    return (
        Revision.page_revisions.filter(object_id=str(page.pk), content__has_key=MARKER)
        .order_by("-created_at", "-pk")
        .first()
    )


def page_state(page, content_hash: str) -> str:
    """'same' (as the file), 'changed' (file changed, page untouched since the loader wrote
    it), 'edited' (someone else saved the page since) or 'edited-same' (and the file did not
    change)."""
    marked = marked_revision(page)
    if marked is None:
        return "edited"
    latest = page.get_latest_revision()
    edited = latest is not None and latest.pk != marked.pk
    same = marked.content[MARKER].get("hash") == content_hash
    if edited:
        return "edited-same" if same else "edited"
    return "same" if same else "changed"


def marker_of(page) -> dict:
    marked = marked_revision(page)
    return marked.content[MARKER] if marked else {}


def publish(page, *, user, content_hash: str, source: str, extra: dict | None = None):
    """Save a revision of ``page`` with the loader's marker and publish it."""
    try:
        revision = page.save_revision(user=user, log_action=True)
    except ValidationError as error:
        raise ContentError(source, f"the page does not validate: {error}") from None
    revision.content[MARKER] = {"hash": content_hash, "source": source, **(extra or {})}
    revision.save(update_fields=["content"])
    try:
        revision.publish(user=user)
    except PublishPagePermissionError:
        raise ContentError(source, f"{user} may not publish this page (use an editor)") from None
    return revision


class Loader:
    def __init__(self, *, user=None, force=False, root: Path, activities=None):
        self.user, self.force, self.root = user, force, root
        self.report = LoadReport()
        self.activities = activities or {}
        self.packages = {}  # activity name -> H5PPackage built in this run

    def _source(self, path: Path) -> str:
        try:
            return str(path.resolve().relative_to(self.root.resolve().parent))
        except ValueError:
            return str(path)

    def _write(
        self, page, *, parent, values: dict, content_hash: str, label: str, path: Path, extra=None
    ) -> bool:
        """Create or update one page; returns True when the page was written."""
        source = self._source(path)
        if page is None:
            page = values.pop("_model")(**values)
            parent.add_child(instance=page)
            publish(page, user=self.user, content_hash=content_hash, source=source, extra=extra)
            self.report.created.append(label)
            return True
        values.pop("_model")
        state = page_state(page, content_hash)
        if state == "same":
            self.report.unchanged.append(label)
            return False
        if state in ("edited", "edited-same") and not self.force:
            if state == "edited-same":
                self.report.kept.append(label)
            else:
                self.report.conflicts.append(
                    f"{label} ({source}): the page was edited in the admin after the last "
                    "load (or not made by the loader); kept it. Merge the change into the file, "
                    "or load with --force to overwrite the page."
                )
            return False
        for key, value in values.items():
            setattr(page, key, value)
        publish(page, user=self.user, content_hash=content_hash, source=source, extra=extra)
        self.report.updated.append(label)
        return True

    # --- courses and lessons -----------------------------------------------------------------

    def course(self, source: CourseSource):
        index = catalogue()
        page = CoursePage.objects.child_of(index).filter(slug=source.slug).first()
        self._write(
            page.specific if page else None,
            parent=index,
            values={"_model": CoursePage, **source.values},
            content_hash=source.content_hash,
            label=f"course {source.slug}",
            path=source.path / "course.yaml",
        )
        course = CoursePage.objects.child_of(index).get(slug=source.slug).specific
        for lesson in source.lessons:
            self.lesson(course, lesson)
        if source.quiz:
            from content.loader.quizzes import load_quiz

            load_quiz(self, course, source)
        self._order(course, source)
        known = {lesson.slug for lesson in source.lessons} | {(source.quiz or {}).get("slug")}
        for child in course.get_children().live():
            if child.slug not in known:
                self.report.notes.append(
                    f"{source.slug}/{child.slug} is not in the content files; unpublish it in "
                    "the admin if it should go."
                )
        return course

    def lesson(self, course: CoursePage, source: LessonSource):
        body, left_out = self._resolve_h5p(source)
        content_hash = source.content_hash
        if left_out:  # loaded again once the activities can be built
            content_hash = digest({"lesson": content_hash, "left_out": left_out})
        page = LessonPage.objects.child_of(course).filter(slug=source.slug).first()
        values = {"_model": LessonPage, **source.page_values(), "body": body}
        self._write(
            page.specific if page else None,
            parent=course,
            values=values,
            content_hash=content_hash,
            label=f"lesson {course.slug}/{source.slug}",
            path=source.path,
            extra={
                "legal_content_date": _iso(source.legal_content_date),
                "legal_basis": source.legal_basis,
                "reviewed_by": source.reviewed_by,
            },
        )

    def _resolve_h5p(self, source: LessonSource) -> tuple[list[dict], list[str]]:
        """The lesson body with H5P activities as package ids, and the names of activities
        left out because they cannot be built here (no H5P library folder)."""
        body, left_out = [], []
        for position, block in enumerate(source.body):
            block = {**block, "id": _block_id(source, position, block)}
            if block["type"] == "h5p":
                name = block["value"]["package"]
                if name not in self.activities:
                    raise ContentError(source.path, f"no H5P activity content/h5p/{name}.yaml")
                package = self.packages.get(name)
                if package is None:
                    left_out.append(name)
                    self.report.notes.append(
                        f"H5P activity {name} left out of {source.slug}: give the H5P library "
                        "folder (--h5p-dir) to build it"
                    )
                    continue
                block = {**block, "value": {**block["value"], "package": package.pk}}
            body.append(block)
        stream_block = LessonPage._meta.get_field("body").stream_block
        try:
            stream_block.clean(stream_block.to_python(body))
        except ValidationError as error:
            raise ContentError(source.path, f"a block does not validate: {_flat(error)}") from None
        return body, left_out

    def build_activities(self, h5p_dir):
        """Build (or reuse) the H5P packages of content/h5p/ on the library packages."""
        from .h5p import activity_package

        for name, source in self.activities.items():
            package, state = activity_package(source, Path(h5p_dir), user=self.user)
            self.packages[name] = package
            if state != "unchanged":
                self.report.notes.append(f"H5P activity {name}: package {state}")

    def _order(self, course: CoursePage, source: CourseSource):
        wanted = [lesson.slug for lesson in source.lessons]
        if source.quiz:
            wanted.append(source.quiz["slug"])
        children = list(course.get_children().order_by("path"))
        ours = [c.slug for c in children if c.slug in wanted]
        if ours == wanted:
            return
        by_slug = {c.slug: c for c in children}
        for slug in wanted:
            by_slug[slug].refresh_from_db()
            by_slug[slug].move(course, pos="last-child", user=self.user)
        self.report.notes.append(f"{source.slug}: steps put in the order of the files")


def _block_id(source: LessonSource, position: int, block: dict) -> str:
    """Stable block ids, so a new revision keeps them: an H5P block's id names its package
    (learners' saved activity state is kept by block id), others are derived from the
    lesson, position and type."""
    if block["type"] == "h5p":
        name = block["value"]["package"]
        same = [
            b
            for b in source.body[:position]
            if b["type"] == "h5p" and b["value"]["package"] == name
        ]
        return f"h5p-{name}" + (f"-{len(same) + 1}" if same else "")
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"kadra:{source.slug}/{position}/{block['type']}"))


def _iso(value):
    return value.isoformat() if value else None


def _flat(error: ValidationError) -> str:
    if hasattr(error, "block_errors"):
        return "; ".join(
            f"block {k + 1 if isinstance(k, int) else k}: {_flat(v)}"
            for k, v in error.block_errors.items()
        )
    return "; ".join(str(m) for m in error.messages)


def load_content(root, *, user=None, force=False, h5p_dir=None) -> LoadReport:
    """Load every course under ``root``; all or nothing (a problem raises ContentError and
    writes nothing). ``h5p_dir``: the folder of H5P library packages the activities of
    content/h5p/ are built on; without it, lessons are loaded without their activities."""
    from .h5p import read_activities

    root = Path(root)
    sources = read_tree(root)
    content_root = _content_root(root)
    loader = Loader(
        user=user, force=force, root=content_root, activities=read_activities(content_root)
    )
    with transaction.atomic():
        if h5p_dir:
            loader.build_activities(h5p_dir)
        else:
            names = {
                b["value"]["package"]
                for s in sources
                for lesson in s.lessons
                for b in lesson.body
                if b["type"] == "h5p"
            }
            loader.packages = {
                p.metadata["content_name"]: p
                for p in H5PPackage.objects.filter(metadata__content_name__in=sorted(names))
            }
        for source in sources:
            loader.course(source)
    return loader.report


def _content_root(root: Path) -> Path:
    for candidate in (root, *root.parents):
        if (candidate / "courses").is_dir():
            return candidate
    return root


__all__ = ["ContentError", "LoadReport", "load_content", "digest"]
