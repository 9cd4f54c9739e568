"""Fixtures shared by the archive's tests."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client

from archive.apps import CURATOR_GROUP


@pytest.fixture
def curator(db) -> Client:
    """A client logged in as a member of the curators' group (staff, not superuser)."""
    user = User.objects.create_user("curator", password="curate-2022", is_staff=True)
    user.groups.add(Group.objects.get(name=CURATOR_GROUP))
    client = Client()
    client.force_login(user)
    return client
