"""What the server was started with, and which Host headers name it."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

#: The environment variable a bearer token may be given in (instead of --token, which other users
#: of the machine can see in the process list).
TOKEN_VARIABLE = "DATECHECK_SERVE_TOKEN"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEFAULT_MAX_REQUEST_BYTES = 5_000_000
DEFAULT_TIME_LIMIT = 20.0
#: The names a loopback server answers to.
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")


@dataclass(frozen=True)
class ServeSettings:
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    allowed_hosts: tuple[str, ...] = ()  # host names the server answers to, besides its own
    allow_origins: tuple[str, ...] = ()  # web origins allowed to call the API from their pages (CORS)
    token: str | None = None
    max_request_bytes: int = DEFAULT_MAX_REQUEST_BYTES
    time_limit: float = DEFAULT_TIME_LIMIT  # seconds per request
    workers: int = 2  # checks run at once; more wait (within their time limit)
    upstream: str | None = None  # a LanguageTool server's URL

    def host_names(self) -> frozenset[str]:
        """The Host header names (without port, lower case) this server answers to: the loopback
        names always, the address it listens on when that is a name or a specific address, and
        the --allowed-host names."""
        names = set(LOOPBACK_NAMES) | {name.lower().strip("[]") for name in self.allowed_hosts}
        if not is_wildcard(self.host):
            names.add(self.host.lower().strip("[]"))
        return frozenset(names)


def is_loopback(host: str) -> bool:
    """Whether listening on `host` reaches this machine only."""
    name = host.strip("[]").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def is_wildcard(host: str) -> bool:
    """0.0.0.0 and ::, which listen on every address and name none."""
    try:
        return ipaddress.ip_address(host.strip("[]")).is_unspecified
    except ValueError:
        return False


def host_name(header: str) -> str | None:
    """The name in a Host header, without its port, lower case; None when it cannot be one."""
    header = header.strip().lower()
    if header.startswith("["):  # [::1]:8000
        end = header.find("]")
        if end < 0:
            return None
        name, port = header[1:end], header[end + 1:]
    elif header.count(":") > 1:  # an IPv6 address without its brackets
        return None
    else:
        name, colon, rest = header.partition(":")
        port = colon + rest
    if port and not (port.startswith(":") and port[1:].isdigit()):
        return None
    return name or None
