"""Load a seed course's final quiz: its questions into the bank, and a quiz page."""

from django.db import transaction

from courses.models import LessonPage

from .bank import category_for_path, question_from_dict
from .models import Question, QuizPage


@transaction.atomic
def load_quiz(course, spec: dict, lesson_specs: list[dict]) -> QuizPage:
    existing = QuizPage.objects.child_of(course).filter(slug=spec["slug"]).first()
    if existing is not None:
        return existing
    category = category_for_path(f"{course.title}/{spec['title']}")
    lessons = {p.slug: p for p in LessonPage.objects.child_of(course)}
    questions = []
    for number, data in enumerate(spec["questions"], start=1):
        name = data.get("name") or f"{number:02d}. {data['text'][:60]}"
        question = Question.objects.filter(category=category, name=name).first()
        if question is None:
            lesson = lessons.get(data.get("lesson"))
            question = question_from_dict(
                {**data, "name": name},
                category=category,
                lessons=[lesson] if lesson else [],
                tags=[data["lesson"]] if data.get("lesson") else [],
            )
        questions.append(question)
    quiz = QuizPage(
        title=spec["title"],
        slug=spec["slug"],
        intro=spec.get("intro", ""),
        pass_mark=spec.get("pass_mark", 80),
        time_limit_minutes=spec.get("time_limit_minutes", 0),
        max_attempts=spec.get("max_attempts", 3),
        review_mode=spec.get("review_mode", "full"),
        one_per_page=spec.get("one_per_page", False),
        sections=[
            {
                "type": "random",
                "value": {"category": category.pk, "tag": "", "count": min(15, len(questions))},
            }
        ],
    )
    course.add_child(instance=quiz)
    quiz.save_revision().publish()
    return quiz
