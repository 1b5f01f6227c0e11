"""The sessions app's entries in the navigation and panels on the home and person pages."""


def register():
    pass
