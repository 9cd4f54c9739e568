"""gunicorn settings for the archive: `gunicorn -c config/gunicorn.conf.py config.wsgi`.

Each value can be overridden by the environment (GUNICORN_BIND, GUNICORN_WORKERS, GUNICORN_THREADS,
GUNICORN_TIMEOUT, GUNICORN_KEEPALIVE, GUNICORN_ACCESS_LOG, GUNICORN_ERROR_LOG, GUNICORN_WARM_UP,
GUNICORN_FORWARDED_ALLOW_IPS, and DJANGO_BEHIND_PROXY, without which no forwarded header is trusted).
Workers are processes with a few threads each: page and search requests are short and spend part of
their time in SQLite/Whoosh I/O; each worker loads jieba and opens the search index once, before its
first request.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
worker_class = "gthread"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
keepalive = int(
    os.environ.get("GUNICORN_KEEPALIVE", "2")
)  # gunicorn's default; 0 closed each connection: slower here
graceful_timeout = 30
# gunicorn's highest request-line limit (its default, 4094 bytes, is below a search of 500 Chinese
# characters, the most the archive reads, URL-encoded at 9 bytes each: such a search got a bare 414)
limit_request_line = 8190
max_requests = 5000  # recycle workers now and then (bounded memory over weeks of uptime)
max_requests_jitter = 500
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None  # empty: no access log
errorlog = os.environ.get("GUNICORN_ERROR_LOG", "-")
# Forwarded headers (X-Forwarded-Proto and the like) are trusted only behind a proxy, as Django does
# (config/settings.py): otherwise any local process could claim HTTPS. An empty list trusts nobody.
behind_proxy = os.environ.get("DJANGO_BEHIND_PROXY", "").strip().lower() in {"1", "true", "yes", "on"}
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1") if behind_proxy else ""
if behind_proxy:  # log the client (as the proxy reports it), then the proxy
    access_log_format = (  # the X-Forwarded-For chain, whose last address is the one the proxy saw
        '%({x-forwarded-for}i)s via %(h)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s"'
    )


def on_starting(server):
    """A setting's error (no DJANGO_SECRET_KEY, a bad value) as one line before any worker starts,
    not a traceback from each worker that fails to boot."""
    import sys

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    from django.conf import settings
    from django.core.exceptions import ImproperlyConfigured

    try:
        settings.INSTALLED_APPS  # noqa: B018 - reads the settings
    except ImproperlyConfigured as exc:
        server.log.error("cannot start the archive: %s", exc)
        sys.exit(1)


def post_worker_init(worker):
    """Warm each new worker before it takes requests (search.selectors.warm_up): otherwise its first
    searches wait for jieba's dictionary and the index (seconds under load). GUNICORN_WARM_UP=0 skips it."""
    if os.environ.get("GUNICORN_WARM_UP", "1") == "0":
        return
    import time

    started = time.perf_counter()
    try:
        from search.selectors import warm_up

        warm_up()
    except Exception as exc:  # an empty, outdated or locked index must not stop the worker from serving
        worker.log.warning("warm-up skipped: %s: %s", type(exc).__name__, exc)
    else:
        worker.log.info("warmed up in %.1f s", time.perf_counter() - started)
