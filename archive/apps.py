from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _

CURATOR_GROUP = "curator"


def ensure_curator_group(sender=None, **kwargs) -> None:
    """The "curator" group: every permission on the archive's records (and their history), none on
    users, groups or login records, so curators curate but cannot manage accounts."""
    from django.contrib.auth.models import Group, Permission

    group, _ = Group.objects.get_or_create(name=CURATOR_GROUP)
    group.permissions.set(Permission.objects.filter(content_type__app_label="archive"))


class ArchiveConfig(AppConfig):
    name = "archive"
    verbose_name = _("Community Response Archive")

    def ready(self) -> None:
        from archive import checks  # noqa: F401 - registers the deploy checks

        post_migrate.connect(ensure_curator_group, sender=self, dispatch_uid="archive_curator_group")
