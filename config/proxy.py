"""The client's address, for the login lockout (django-axes) and the logs, trusting a reverse proxy
only when told to.

Without `DJANGO_BEHIND_PROXY` the address is the connection's own (`REMOTE_ADDR`) and every
forwarded header is ignored: any client can send one. Behind `DJANGO_PROXY_COUNT` trusted proxies
(1: nginx with `$proxy_add_x_forwarded_for`, or Caddy), each proxy appends the address it received
the request from to `X-Forwarded-For`, so the client is the N-th address from the right; whatever
the client wrote further left is ignored. A header with fewer addresses than proxies, or a malformed
address, means the request did not come through them: the connection's address is used.

(django-ipware, the package axes supports, was tried first: python-ipware 4.1 with `proxy_count=1`
expects the proxy's own address in the header as well and returns no address for what nginx and
Caddy send, so the lockout would fall back to one shared bucket.)

    >>> client_address({"REMOTE_ADDR": "10.0.0.2", "HTTP_X_FORWARDED_FOR": "6.6.6.6, 203.0.113.9"}, 1)
    '203.0.113.9'
    >>> client_address({"REMOTE_ADDR": "10.0.0.2", "HTTP_X_FORWARDED_FOR": "203.0.113.9"}, 0)
    '10.0.0.2'
    >>> client_address({"REMOTE_ADDR": "10.0.0.2", "HTTP_X_FORWARDED_FOR": "not-an-address"}, 1)
    '10.0.0.2'
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping

from django.conf import settings
from django.http import HttpRequest


def client_address(meta: Mapping[str, str], proxy_count: int) -> str | None:
    """The client's address from a request's META, trusting `proxy_count` proxies (0: none)."""
    remote = meta.get("REMOTE_ADDR") or None
    if proxy_count <= 0:
        return remote
    hops = [hop.strip() for hop in meta.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
    if len(hops) < proxy_count:
        return remote
    try:
        return str(ipaddress.ip_address(hops[-proxy_count]))
    except ValueError:
        return remote


def client_ip(request: HttpRequest) -> str | None:
    """AXES_CLIENT_IP_CALLABLE: the client's address under the configured proxy trust."""
    return client_address(request.META, settings.ARCHIVE_PROXY_COUNT)
