"""Test settings: production settings plus a throwaway key and a private data folder."""
import os
import tempfile

os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-key")
os.environ.setdefault("ARCHIVE_DATA_DIR", tempfile.mkdtemp(prefix="archive-test-"))

from config.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405
