"""The courses app's panels on the home page."""

from lms.panels import HomePanel, register_home_panel


def my_learning_data(request):
    from .selectors import my_learning

    return {"learning": my_learning(request.user)}


def register():
    register_home_panel(
        HomePanel(
            name="my_learning",
            template="courses/includes/my_learning_panel.html",
            data=my_learning_data,
            order=10,
        )
    )
