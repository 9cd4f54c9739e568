"""Settings for the Community Response Archive: one file, read from the environment.

Every variable is listed in README.md. Defaults are production-safe (DEBUG off, a secret key
required); `DJANGO_DEBUG=1` is what the Quick start sets for the local demo.
"""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from config.sqlite import folder_is_read_only, sqlite_settings, unsaved_log

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false), got {raw!r}")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be an integer, got {raw!r}") from None


def env_path(name: str, default: Path) -> Path:
    raw = os.environ.get(name)
    path = Path(raw).expanduser() if raw else default
    return path if path.is_absolute() else (BASE_DIR / path).resolve()


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", False)
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off")
    SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production"  # noqa: S105
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])

# One folder is the whole archive: database, search index and the original captures.
ARCHIVE_DATA_DIR = env_path("ARCHIVE_DATA_DIR", BASE_DIR / "var")
ARCHIVE_ORIGINALS_DIR = ARCHIVE_DATA_DIR / "originals"
try:
    ARCHIVE_DATA_DIR.mkdir(parents=True, exist_ok=True)
except OSError as exc:
    raise ImproperlyConfigured(
        f"ARCHIVE_DATA_DIR {ARCHIVE_DATA_DIR} cannot be created: {exc.strerror}"
    ) from None
# The largest page the import accepts: a text/HTML file, or one record of a WARC file (WARC files
# themselves may be of any size; they are streamed). Bounds the import's memory.
ARCHIVE_MAX_PAGE_BYTES = env_int("ARCHIVE_MAX_PAGE_BYTES", 32 * 1024 * 1024)
# The largest file a curator may upload for import in the admin (refused before it is read).
ARCHIVE_MAX_UPLOAD_BYTES = env_int("ARCHIVE_MAX_UPLOAD_BYTES", 256 * 1024 * 1024)
# The admin's URL capture refuses private, loopback and link-local addresses unless this is on.
ARCHIVE_CAPTURE_ALLOW_PRIVATE = env_bool("ARCHIVE_CAPTURE_ALLOW_PRIVATE", False)
# Signs backups and makes restore refuse unsigned or differently signed ones (archive/backup.py).
ARCHIVE_BACKUP_KEY = os.environ.get("ARCHIVE_BACKUP_KEY", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "haystack",
    "simple_history",
    "axes",
    "csp",
    "archive",
    "search",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "archive.read_only.ReadOnlyArchiveMiddleware",  # ARCHIVE_READ_ONLY: a write gets a page saying why
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",  # Content-Security-Policy (django-csp), see CONTENT_SECURITY_POLICY
    "simple_history.middleware.HistoryRequestMiddleware",  # records who made each change
    "axes.middleware.AxesMiddleware",  # last: answers locked-out logins
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # refuses logins after repeated failures (django-axes)
    "django.contrib.auth.backends.ModelBackend",
]
# Admin login protection: after AXES_FAILURE_LIMIT failures for one username from one address,
# that pair is locked out for AXES_COOLOFF_TIME hours (`manage.py axes_reset` lifts it).
AXES_FAILURE_LIMIT = env_int("ARCHIVE_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = 1
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "admin/locked_out.html"
# The address counted is the client's, not the proxy's (config/proxy.py): behind DJANGO_BEHIND_PROXY,
# from the X-Forwarded-For entry the DJANGO_PROXY_COUNT trusted proxies appended; otherwise the
# connection's own, forwarded headers ignored.
AXES_CLIENT_IP_CALLABLE = "config.proxy.client_ip"
# OAI-PMH (/oai/, archive/oai.py): record identifiers are oai:<ID>:article/<pk>; set the ID to the
# archive's public domain so identifiers stay the same whichever host name a harvester uses.
ARCHIVE_OAI_REPOSITORY_ID = os.environ.get("ARCHIVE_OAI_REPOSITORY_ID", "")
ARCHIVE_OAI_ADMIN_EMAIL = os.environ.get("ARCHIVE_OAI_ADMIN_EMAIL", "archive@localhost")
ARCHIVE_OAI_PAGE_SIZE = env_int("ARCHIVE_OAI_PAGE_SIZE", 100)
# Readers log in at /accounts/login/ to keep saved searches (search/saved.py).
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "search:saved"
LOGOUT_REDIRECT_URL = "archive:home"
SIMPLE_HISTORY_REVERT_DISABLED = False

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    },
]

# The backup's JSON Lines keep times to the microsecond (Django's cut them to milliseconds).
SERIALIZATION_MODULES = {"archive_jsonl": "archive.backup_format"}

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{ARCHIVE_DATA_DIR / 'archive.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
    )
}
# ARCHIVE_READ_ONLY=1 serves a published copy as it is (pages, search, exports; no import, no curation);
# an embedded database on storage that cannot be written is served so without being told.
ARCHIVE_READ_ONLY = env_bool("ARCHIVE_READ_ONLY", False)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    _unwritable = folder_is_read_only(Path(DATABASES["default"]["NAME"]))
    if _unwritable and (_unsaved := unsaved_log(Path(DATABASES["default"]["NAME"]))):
        raise ImproperlyConfigured(_unsaved)
    ARCHIVE_READ_ONLY = ARCHIVE_READ_ONLY or _unwritable
    DATABASES["default"] = sqlite_settings(
        DATABASES["default"], read_only=ARCHIVE_READ_ONLY, unwritable=_unwritable
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

HAYSTACK_CONNECTIONS = {
    "default": {
        "ENGINE": os.environ.get("ARCHIVE_SEARCH_ENGINE", "search.backends.ChineseWhooshEngine"),
        "PATH": str(env_path("ARCHIVE_SEARCH_INDEX_DIR", ARCHIVE_DATA_DIR / "whoosh_index")),
        "URL": os.environ.get("ARCHIVE_SEARCH_URL", ""),
        "INDEX_NAME": os.environ.get("ARCHIVE_SEARCH_INDEX_NAME", "archive"),
    }
}
# Bulk imports index once after the import; single edits are indexed by search.signals.
HAYSTACK_SIGNAL_PROCESSOR = "haystack.signals.BaseSignalProcessor"
HAYSTACK_SEARCH_RESULTS_PER_PAGE = 20
# Seconds an index write waits for another process's Whoosh write lock before giving up.
ARCHIVE_SEARCH_LOCK_TIMEOUT = env_int("ARCHIVE_SEARCH_LOCK_TIMEOUT", 120)

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = ARCHIVE_DATA_DIR / "staticfiles"
STATIC_ROOT.mkdir(exist_ok=True)
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Security. Outside development (DJANGO_DEBUG off) cookies are HTTPS-only, plain HTTP is redirected
# and browsers are told to keep to HTTPS (HSTS) — the state `manage.py check --deploy` asks for.
# Behind a TLS-terminating proxy set DJANGO_BEHIND_PROXY=1; to serve plain HTTP on a private
# network (the load benchmark does, on 127.0.0.1) set DJANGO_SECURE_SSL_REDIRECT=0,
# DJANGO_SECURE_COOKIES=0 and DJANGO_SECURE_HSTS_SECONDS=0.
SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG)
SECURE_HSTS_SECONDS = env_int("DJANGO_SECURE_HSTS_SECONDS", 0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", not DEBUG)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD", not DEBUG)
BEHIND_PROXY = env_bool("DJANGO_BEHIND_PROXY")
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if BEHIND_PROXY else None
# How many proxies in front of gunicorn append to X-Forwarded-For (config/proxy.py); 0 = trust none.
ARCHIVE_PROXY_COUNT = env_int("DJANGO_PROXY_COUNT", 1) if BEHIND_PROXY else 0
if ARCHIVE_PROXY_COUNT < 0:
    raise ImproperlyConfigured(f"DJANGO_PROXY_COUNT must be 1 or more, got {ARCHIVE_PROXY_COUNT}")

# Content-Security-Policy: everything comes from this site (no CDN, no inline script or style;
# imported pages are shown as escaped text, so a policy this strict costs nothing).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"jieba": {"level": "WARNING"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
}
