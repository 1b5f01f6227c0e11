"""System checks of the courses app: the H5P player must be installed."""

from django.conf import settings
from django.core.checks import Error, register


@register()
def h5p_player_installed(app_configs=None, **kwargs):
    errors = []
    for name, path in getattr(settings, "NPM_STATIC", {}).items():
        if not (path / "main.bundle.js").is_file():
            errors.append(
                Error(
                    f"The front-end package {name} is not installed: {path} is missing.",
                    hint="Run `npm ci --ignore-scripts` (make install does it).",
                    id="courses.E001",
                )
            )
    return errors
