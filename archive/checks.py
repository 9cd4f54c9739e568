"""`manage.py check --deploy`: what a production start needs beyond Django's own deploy checks."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.checks import Error, Tags, register


@register(Tags.staticfiles, Tags.compatibility, deploy=True)
def static_files_collected(app_configs=None, **kwargs) -> list[Error]:
    """Without DEBUG the pages name their CSS and icons by the hashed names `collectstatic` writes into
    STATIC_ROOT's manifest; without it every page would be an error."""
    backend = settings.STORAGES.get("staticfiles", {}).get("BACKEND", "")
    if "Manifest" not in backend:
        return []
    manifest = Path(settings.STATIC_ROOT) / "staticfiles.json"
    if manifest.is_file():
        return []
    return [
        Error(
            f"static files have not been collected ({manifest} is missing): every page would fail",
            hint="run `python manage.py collectstatic --noinput` (again after each upgrade)",
            id="archive.E001",
        )
    ]
