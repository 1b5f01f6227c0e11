"""factory-boy factories for every model of the project."""

import factory
from django.contrib.auth.models import Group
from factory.django import DjangoModelFactory

from courses.models import CourseIndexPage, CoursePage, CourseProgress, LessonPage
from lms.models import ROLE_GROUPS, OrgUnit, Role, User

PASSWORD = "correct-horse-battery"


class OrgUnitFactory(DjangoModelFactory):
    class Meta:
        model = OrgUnit

    name = factory.Sequence(lambda n: f"Zespół {n}")
    code = factory.Sequence(lambda n: f"U-{n}")

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        unit = model_class(*args, **kwargs)
        if parent is None:
            return model_class.add_root(instance=unit)
        return parent.add_child(instance=unit)


class UserFactory(DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    first_name = factory.Faker("first_name", locale="pl_PL")
    last_name = factory.Faker("last_name", locale="pl_PL")
    email = factory.Sequence(lambda n: f"person{n}@example.gov.pl")
    employee_number = factory.Sequence(lambda n: f"E{n:05d}")
    job_title = "Inspektor"
    org_unit = None

    @factory.post_generation
    def password(self, create, extracted, **kwargs):
        self.set_password(extracted or PASSWORD)
        if create:
            self.save(update_fields=["password"])

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        if not create:
            return
        for role in [Role.EMPLOYEE, *(extracted or [])]:
            self.groups.add(Group.objects.get_or_create(name=ROLE_GROUPS[role])[0])


def catalogue() -> CourseIndexPage:
    return CourseIndexPage.objects.get()


class CoursePageFactory(DjangoModelFactory):
    class Meta:
        model = CoursePage

    title = factory.Sequence(lambda n: f"Kurs {n}")
    slug = factory.Sequence(lambda n: f"kurs-{n}")
    summary = "Podsumowanie kursu."
    area = "customer_service"
    sequential = True
    self_enrolment = True

    @classmethod
    def _create(cls, model_class, *args, parent=None, publish=True, **kwargs):
        page = model_class(*args, **kwargs)
        (parent or catalogue()).add_child(instance=page)
        if publish:
            page.save_revision().publish()
        return page


class LessonPageFactory(DjangoModelFactory):
    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Lekcja {n}")
    slug = factory.Sequence(lambda n: f"lekcja-{n}")
    intro = "Wprowadzenie."
    body = factory.LazyFunction(lambda: [{"type": "text", "value": "<p>Treść lekcji.</p>"}])

    @classmethod
    def _create(cls, model_class, *args, parent=None, publish=True, **kwargs):
        page = model_class(*args, **kwargs)
        parent.add_child(instance=page)
        if publish:
            page.save_revision().publish()
        return page


class CourseProgressFactory(DjangoModelFactory):
    class Meta:
        model = CourseProgress

    user = factory.SubFactory(UserFactory)
    course = factory.SubFactory(CoursePageFactory)
