"""`quadrant sync` when the network fails mid-sync (an error answer, a server slower than the
timeout, a connection that breaks off; made by `fault_proxy` in front of a real Radicale): exit
code 1 and one sentence, the data file keeps everything, and the next `quadrant sync` finishes
without duplicates."""

from collections.abc import Iterator

import pytest

from app.model.caldav_server import TIMEOUT_VARIABLE
from app.model.sync_account import PASSWORD_VARIABLE

from ..fault_proxy import FaultProxy
from ..radicale_server import PASSWORD, USER, Phone, Radicale
from .test_cli import Cli

TITLES = [f"Task {n}" for n in range(8)]


@pytest.fixture
def proxy(radicale: Radicale) -> Iterator[FaultProxy]:
    proxy = FaultProxy(radicale.url).start()
    yield proxy
    proxy.stop()


@pytest.fixture
def phone(radicale: Radicale) -> Phone:
    return Phone(radicale, radicale.make_calendar("Quadrant"))


@pytest.fixture
def account(cli: Cli, proxy: FaultProxy, phone: Phone, monkeypatch: pytest.MonkeyPatch) -> Cli:
    monkeypatch.setenv(PASSWORD_VARIABLE, PASSWORD)
    monkeypatch.setenv(TIMEOUT_VARIABLE, "3")  # well below the proxy's hang, above a slow answer
    calendar = proxy.via(str(phone.calendar.url))
    cli.ok("sync", "setup", proxy.url, "--user", USER, "--calendar", calendar)
    for title in TITLES:
        cli.ok("add", title, "--quadrant", "do")
    return cli


def fault(proxy: FaultProxy, kind: str) -> None:
    if kind == "503":
        proxy.answer(503, "PUT", skip=3)
    elif kind == "timeout":
        proxy.hang("PUT", skip=3, forward=True)
    else:
        proxy.drop("PUT", skip=3)


@pytest.mark.parametrize(
    ("kind", "sentence"),
    [
        ("503", "The server failed (error 503); try again later."),
        ("timeout", "The server 127.0.0.1 did not answer in time; try again later."),
        ("dropped", "The connection to 127.0.0.1 broke off; try again later."),
    ],
)
def test_a_fault_mid_sync_is_one_sentence_and_the_next_sync_finishes(
    account: Cli, proxy: FaultProxy, phone: Phone, kind: str, sentence: str
) -> None:
    fault(proxy, kind)

    result = account("sync")

    assert (result.code, result.out, result.err) == (1, "", f"quadrant: {sentence}\n")
    assert sorted(task["title"] for task in account.tasks()) == TITLES
    proxy.heal()
    out = account.ok("sync")
    assert out.startswith("Pushed ")
    assert out.endswith(" deleted 0 here and 0 there.\n")
    assert phone.summaries() == TITLES
    assert sorted(task["uid"] for task in account.tasks()) == phone.uids()
    assert account.ok("sync") == "Pushed 0, pulled 0, deleted 0 here and 0 there.\n"
