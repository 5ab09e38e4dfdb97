"""Which addresses the lecturer is offered, and which port: phones must be able to reach them."""

from __future__ import annotations

import socket
from types import SimpleNamespace

from coursebuilder.classroom import network


def _adapter(name, *ips, nice=None):
    return SimpleNamespace(name=name, nice_name=nice or name, ips=[SimpleNamespace(ip=ip) for ip in ips])


def test_default_route_first_and_no_loopback_link_local_or_virtual(monkeypatch):
    adapters = [
        _adapter("lo", "127.0.0.1", ("::1", 0, 0)),
        _adapter("docker0", "172.17.0.1"),
        _adapter("eth0", "10.0.0.5"),
        _adapter("{GUID-1}", "192.168.56.1", nice="VirtualBox Host-Only Ethernet Adapter"),
        _adapter("{GUID-2}", "172.28.16.1", nice="vEthernet (WSL)"),
        _adapter("wlan0", "192.168.1.20", "169.254.10.3"),
        _adapter("tun0", "10.8.0.2"),
    ]
    monkeypatch.setattr(network.ifaddr, "get_adapters", lambda: adapters)
    monkeypatch.setattr(network, "default_route_ip", lambda: "192.168.1.20")
    found = network.list_addresses()
    assert [a.ip for a in found] == ["192.168.1.20", "10.0.0.5"]
    assert found[0].default_route and found[0].label() == "192.168.1.20 (wlan0)"


def test_no_default_route_still_lists_private_addresses(monkeypatch):
    monkeypatch.setattr(network.ifaddr, "get_adapters", lambda: [_adapter("en0", "192.168.0.7")])
    monkeypatch.setattr(network, "default_route_ip", lambda: None)
    assert [a.ip for a in network.list_addresses()] == ["192.168.0.7"]


def test_port_80_when_free_else_first_free_from_8080(monkeypatch):
    monkeypatch.setattr(network, "can_bind", lambda host, port: port not in (80, 8080, 8081))
    assert network.pick_port("127.0.0.1") == 8082
    monkeypatch.setattr(network, "can_bind", lambda host, port: True)
    assert network.pick_port("127.0.0.1") == 80
    assert network.pick_port("127.0.0.1", 9000) == 9000


def test_a_taken_port_is_not_offered():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        assert not network.can_bind("127.0.0.1", s.getsockname()[1])


def test_urls_carry_the_scheme_and_the_port_only_when_needed():
    assert network.url_for("192.168.1.20", 80) == "http://192.168.1.20/"
    assert network.url_for("192.168.1.20", 8080) == "http://192.168.1.20:8080/"
