"""A desktop's D-Bus session for one test, with `jeepney` (pure Python, no GObject): reading a
running program's accessibility tree the way a screen reader does (over AT-SPI, the protocol
Orca uses on Linux), and telling programs the desktop's colour scheme changed, as the XDG
desktop portal does.

`SessionBus` starts a private D-Bus session; the AT-SPI bus and its registry are started by
D-Bus on first use (Debian's at-spi2-core), and end with the session. A Qt program started with
its address and QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 registers there. Every wait is bounded.
"""

import os
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from jeepney import (
    DBusAddress,
    DBusErrorResponse,
    MatchRule,
    Properties,
    message_bus,
    new_method_call,
    new_signal,
)
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from jeepney.wrappers import unwrap_msg

CALL_TIMEOUT = 5.0  # seconds for one D-Bus call
REGISTRY = ("org.a11y.atspi.Registry", "/org/a11y/atspi/accessible/root")
_ACCESSIBLE = "org.a11y.atspi.Accessible"

# AT-SPI's state numbers (atspi-constants.h, AtspiStateType)
FOCUSABLE, FOCUSED, SELECTED, SHOWING, VISIBLE = 11, 12, 23, 25, 30

T = TypeVar("T")


def missing_tools() -> str | None:
    for tool in ("dbus-daemon", "/usr/libexec/at-spi-bus-launcher"):
        if shutil.which(tool) is None and not os.access(tool, os.X_OK):
            return f"{tool} is missing (apt install dbus at-spi2-core)"
    return None


def wait_for(what: str, check: Callable[[], T | None], seconds: float = 20.0) -> T:
    """Ask `check` until it gives something other than None (or False), for `seconds` at most."""
    deadline = time.monotonic() + seconds
    while True:
        result = check()
        if result is not None and result is not False:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up after {seconds:.0f} s waiting for {what}")
        time.sleep(0.1)


@dataclass(frozen=True)
class Node:
    """One accessible object, as a screen reader sees it."""

    reader: "Reader"
    bus_name: str
    path: str

    def _call(self, method: str, interface: str = _ACCESSIBLE) -> tuple[Any, ...]:
        address = DBusAddress(self.path, bus_name=self.bus_name, interface=interface)
        return self.reader.call(new_method_call(address, method))

    def _property(self, name: str) -> object:
        address = DBusAddress(self.path, bus_name=self.bus_name, interface=_ACCESSIBLE)
        return self.reader.call(Properties(address).get(name))[0][1]

    @property
    def name(self) -> str:
        return str(self._property("Name"))

    @property
    def description(self) -> str:
        return str(self._property("Description"))

    @property
    def role(self) -> str:
        return str(self._call("GetRoleName")[0])

    @property
    def states(self) -> set[int]:
        low, high = self._call("GetState")[0]
        bits = low | high << 32
        return {n for n in range(64) if bits >> n & 1}

    @property
    def children(self) -> list["Node"]:
        return [Node(self.reader, name, path) for name, path in self._call("GetChildren")[0]]

    def walk(self) -> Iterator["Node"]:
        """This node and all below it that are on screen (as a reader lists them)."""
        yield self
        for child in self.children:
            if SHOWING in child.states:
                yield from child.walk()

    def find(self, role: str, name: str) -> "Node | None":
        return next((n for n in self.walk() if n.role == role and n.name == name), None)


class Listening:
    """Signals heard on the AT-SPI bus since `Reader.listen`."""

    def __init__(self, connection: DBusConnection, rule: MatchRule) -> None:
        self._connection = connection
        self._queue = connection.filter(rule, bufsize=256).queue

    def heard(self, wanted: Callable[[tuple[Any, ...]], bool], seconds: float = 20.0) -> None:
        """Wait (at most `seconds`) for a signal whose arguments `wanted` accepts."""
        deadline = time.monotonic() + seconds
        while True:
            while self._queue:
                if wanted(tuple(self._queue.popleft().body)):
                    return
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"gave up after {seconds:.0f} s waiting for a signal")
            try:
                message = self._connection.recv_until_filtered(self._queue, timeout=left)
            except TimeoutError:
                continue
            if wanted(tuple(message.body)):
                return


class Reader:
    """A connection to the AT-SPI bus."""

    def __init__(self, connection: DBusConnection) -> None:
        self._connection = connection

    def call(self, message: object) -> tuple[Any, ...]:
        reply = self._connection.send_and_get_reply(message, timeout=CALL_TIMEOUT)
        return tuple(unwrap_msg(reply))  # an error reply raises DBusErrorResponse

    def listen(self, event: str, interface: str, member: str) -> "Listening":
        """Hear `event` ("object:announcement") from now on. The registry tells programs which
        events anyone listens to; they send only those."""
        rule = MatchRule(type="signal", interface=interface, member=member)
        self.call(new_method_call(message_bus, "AddMatch", "s", (rule.serialise(),)))
        listening = Listening(self._connection, rule)
        registry = DBusAddress(
            "/org/a11y/atspi/registry",
            bus_name="org.a11y.atspi.Registry",
            interface="org.a11y.atspi.Registry",
        )
        self.call(new_method_call(registry, "RegisterEvent", "s", (event,)))
        return listening

    def applications(self) -> list[Node]:
        return Node(self, *REGISTRY).children

    def application(self, pid: int, seconds: float = 20.0) -> Node:
        """The running program `pid` once it has registered and shows a window."""

        def registered() -> Node | None:
            try:
                apps = self.applications()
            except DBusErrorResponse:  # the registry is still starting
                return None
            for app in apps:
                owner = DBusAddress(
                    "/org/freedesktop/DBus",
                    bus_name="org.freedesktop.DBus",
                    interface="org.freedesktop.DBus",
                )
                message = new_method_call(owner, "GetConnectionUnixProcessID", "s", (app.bus_name,))
                if self.call(message)[0] == pid and app.children:
                    return app
            return None

        return wait_for(f"program {pid} on the accessibility bus", registered, seconds)

    def close(self) -> None:
        self._connection.close()


class SessionBus:
    """A private D-Bus session with the AT-SPI bus behind it, for one test."""

    def __init__(self) -> None:
        self._daemon = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert self._daemon.stdout is not None
        self.address = self._daemon.stdout.readline().strip()
        self._readers: list[Reader] = []

    def environment(self) -> dict[str, str]:
        """What a program needs to be read over this bus."""
        return {
            "DBUS_SESSION_BUS_ADDRESS": self.address,
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        }

    def reader(self) -> Reader:
        """A connection to the AT-SPI bus (which D-Bus starts now, if it has not yet)."""
        session = open_dbus_connection(self.address)
        try:
            bus = DBusAddress("/org/a11y/bus", bus_name="org.a11y.Bus", interface="org.a11y.Bus")
            reply = session.send_and_get_reply(
                new_method_call(bus, "GetAddress"), timeout=CALL_TIMEOUT
            )
        finally:
            session.close()
        reader = Reader(open_dbus_connection(reply.body[0]))
        self._readers.append(reader)
        return reader

    def say_colour_scheme(self, dark: bool) -> None:
        """What the desktop portal signals when the user switches between light and dark
        (org.freedesktop.appearance color-scheme: 1 prefers dark, 0 has no preference)."""
        connection = open_dbus_connection(self.address)
        try:
            portal = DBusAddress(
                "/org/freedesktop/portal/desktop", interface="org.freedesktop.portal.Settings"
            )
            setting = ("org.freedesktop.appearance", "color-scheme", ("u", 1 if dark else 0))
            connection.send(new_signal(portal, "SettingChanged", "ssv", setting))
        finally:
            connection.close()

    def close(self) -> None:
        for reader in self._readers:
            reader.close()
        self._daemon.terminate()  # the AT-SPI bus and registry leave with it
        try:
            self._daemon.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._daemon.kill()
            self._daemon.wait(timeout=10)
        if self._daemon.stdout is not None:
            self._daemon.stdout.close()
