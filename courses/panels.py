"""The courses app's panels on the home page."""

from django.utils.translation import gettext_lazy as _

from lms.panels import HomePanel, NavItem, register_home_panel, register_nav_item


def my_learning_data(request):
    from lms import access

    from .selectors import my_learning

    # The empty state reads differently for someone who assigns training to others.
    return {
        "learning": my_learning(request.user),
        "assigns": access.is_leader(request.user) or access.is_hr(request.user),
    }


def register():
    register_home_panel(
        HomePanel(
            name="my_learning",
            template="courses/includes/my_learning_panel.html",
            data=my_learning_data,
            order=10,
        )
    )
    register_nav_item(
        NavItem(
            key="catalogue", label=_("Course catalogue"), url="/learn/", visible=_always, order=20
        )
    )


def _always(user):
    return True
