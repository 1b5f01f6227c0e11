from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from . import h5p_storage
from .models import H5PPackage, LessonActivity, LessonPage


@receiver(post_save, sender=H5PPackage)
def h5p_replaced(sender, instance, **kwargs):
    previous = getattr(instance, "_previous_storage", None)
    if previous:
        key, name = previous
        transaction.on_commit(lambda: h5p_storage.remove_all_files(key, name))
        instance._previous_storage = None


@receiver(post_delete, sender=H5PPackage)
def h5p_deleted(sender, instance, **kwargs):
    key, name = instance.storage_key, instance.file.name
    transaction.on_commit(lambda: h5p_storage.remove_all_files(key, name))


@receiver(page_published, sender=LessonPage)
def index_lesson_activities(sender, instance, **kwargs):
    from .services import lesson_activities_sync

    lesson_activities_sync(instance)


@receiver(page_unpublished, sender=LessonPage)
def drop_lesson_activities(sender, instance, **kwargs):
    LessonActivity.objects.filter(lesson=instance).delete()
