"""Pick the address and port phones in the room reach the laptop on."""

from __future__ import annotations

import errno
import ipaddress
import os
import socket
from dataclasses import dataclass

import ifaddr

#: Adapter name beginnings (Linux, macOS) of containers, bridges, tunnels, which phones never reach.
_VIRTUAL_PREFIXES = ("docker", "veth", "virbr", "vboxnet", "vmnet", "br-", "tun", "tap", "utun", "wg", "zt",
                     "lxc", "lxd", "podman", "cni", "flannel", "awdl", "llw", "anpi", "lo")
#: Words in adapter names (Windows names them in full) of virtual machines, VPNs and the like.
_VIRTUAL_WORDS = ("virtualbox", "vmware", "hyper-v", "vethernet", "wsl", "zerotier", "tailscale", "wireguard",
                  "vpn", "loopback", "npcap", "bluetooth", "docker", "tap-windows", "virtual")


@dataclass(frozen=True)
class Address:
    """An IPv4 address of this machine with the adapter it belongs to."""

    ip: str
    adapter: str
    default_route: bool = False

    def label(self) -> str:
        """Return the address as the lecturer picks it from a list."""
        return f"{self.ip} ({self.adapter})"


def _is_virtual(name: str) -> bool:
    low = name.lower()
    return low.startswith(_VIRTUAL_PREFIXES) or any(w in low for w in _VIRTUAL_WORDS)


def default_route_ip() -> str | None:
    """Return the source address of this machine's default route, or None without one.

    Connecting a UDP socket sends nothing; it only asks the system which address it would use.
    """
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("192.0.2.1", 9))  # TEST-NET-1: never reached, only routed
            ip = s.getsockname()[0]
        except OSError:
            return None
    return None if ip.startswith(("127.", "0.")) else ip


def usable(ip: str) -> bool:
    """Return whether phones in the room could reach ``ip``: not loopback, link-local or unspecified."""
    try:
        a = ipaddress.IPv4Address(ip)
    except ValueError:
        return False
    return not (a.is_loopback or a.is_link_local or a.is_unspecified or a.is_multicast)


def list_addresses() -> list[Address]:
    """Return this machine's reachable IPv4 addresses, the one with the default route first."""
    route = default_route_ip()
    found: dict[str, Address] = {}
    for adapter in ifaddr.get_adapters():
        name = adapter.nice_name or adapter.name
        if _is_virtual(name) or _is_virtual(adapter.name):
            continue
        for a in adapter.ips:
            if isinstance(a.ip, str) and usable(a.ip) and a.ip not in found:
                found[a.ip] = Address(a.ip, name, a.ip == route)
    if route and route not in found and usable(route):
        found[route] = Address(route, "default route", True)
    return sorted(found.values(), key=lambda a: (not a.default_route, ipaddress.IPv4Address(a.ip).is_private is False,
                                                 ipaddress.IPv4Address(a.ip)))


def can_bind(host: str, port: int) -> bool:
    """Return whether a server could listen on ``host:port`` now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        if os.name != "nt":
            # As the server itself does: connections closing in TIME_WAIT do not hold the port.
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True


def pick_port(host: str, preferred: int | None = None, first: int = 8080, tries: int = 100) -> int:
    """Return ``preferred`` if given, else 80 when it can be bound, else the first free port from 8080."""
    if preferred:
        return preferred
    if can_bind(host, 80):
        return 80
    for port in range(first, first + tries):
        if can_bind(host, port):
            return port
    raise OSError(errno.EADDRINUSE, f"no free port from {first} to {first + tries - 1} on {host}")


def url_for(host: str, port: int) -> str:
    """Return the URL phones open: the full ``http://`` form, with the port only when it is not 80."""
    return f"http://{host}/" if port == 80 else f"http://{host}:{port}/"
