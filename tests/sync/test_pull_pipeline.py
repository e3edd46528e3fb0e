"""The pull fetches one page ahead (in a worker thread) while it applies the page before it.
The guarantees stay those of a page-at-a-time pull: each page and its cursor in one
transaction, in order; a failed fetch of page N+1 leaves the cursor at page N's end and the
next sync resumes there; a stop request ends the sync between pages; no fetch is ever left
running when the sync returns or raises."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.models.audit import verify_chain
from app.models.entities import Medication, Patient
from app.models.sync import SyncShadow
from app.sync.engine import SyncCancelled
from app.sync.transport import ServerUnreachable
from tests.sync.conftest import Device
from tests.sync.fake_server import FakeServer
from tests.sync.test_bulk_pull import another_device, make_panel, table_rows

PAGE = 10


def pages_of(server: FakeServer, d: Device) -> list[int]:
    """The ``last_seq`` of each page the device will pull (page size ``PAGE``)."""
    ends, after = [], 0
    while True:
        page = server.get_changes(d.transport.token, after, PAGE)
        ends.append(page["last_seq"])
        if not page["more"]:
            return ends
        after = page["last_seq"]


def no_pull_worker_left() -> bool:
    return not any(t.name.startswith("hearth-pull") and t.is_alive()
                   for t in threading.enumerate())


@pytest.fixture
def loaded(tmp_path: Path, devices: tuple[Device, Device], server: FakeServer
           ) -> tuple[Device, Device]:
    """Device a pushed a panel (about 30 records); device b has pulled nothing yet and
    pulls ``PAGE`` records a page."""
    a, b = devices
    make_panel(a, patients=6)
    a.client.sync_once()
    b.client.page_size = PAGE
    return a, b


def counts(d: Device) -> tuple[int, int, int]:
    with d.store.session() as s:
        assert verify_chain(s).ok
        return (s.scalar(select(func.count()).select_from(Patient)) or 0,
                s.scalar(select(func.count()).select_from(Medication)) or 0,
                s.scalar(select(func.count()).select_from(SyncShadow)) or 0)


def test_the_next_page_is_fetched_while_a_page_is_applied(
        loaded: tuple[Device, Device], server: FakeServer) -> None:
    _a, b = loaded
    ends = pages_of(server, b)
    assert len(ends) >= 3
    fetching = threading.Event()
    inner_changes = b.transport.changes

    def changes(after: int, limit: int) -> dict[str, Any]:
        if after > 0:
            fetching.set()
        return inner_changes(after, limit)

    b.transport.changes = changes  # type: ignore[method-assign]
    overlapped = []
    inner_apply = b.client._apply_page

    def apply_page(s: Any, changes_: list[dict[str, Any]], report: Any) -> None:
        if changes_ and int(changes_[0]["seq"]) <= ends[0]:  # the first page
            overlapped.append(fetching.wait(timeout=10))
        inner_apply(s, changes_, report)

    b.client._apply_page = apply_page  # type: ignore[method-assign]
    report = b.client.sync_once()
    assert overlapped == [True]  # page 2 was asked for before page 1 was applied
    assert report.skipped == 0 and report.pulled >= 30
    assert b.transport.changes_calls == [0, *ends[:-1]]  # each page asked for once, in order
    assert int(b.client.state()["cursor"]) == server.seq
    assert no_pull_worker_left()


@pytest.mark.parametrize("nth", [2, 3])
def test_a_failed_prefetch_leaves_the_cursor_after_the_page_before_and_resumes(
        tmp_path: Path, loaded: tuple[Device, Device], server: FakeServer, nth: int) -> None:
    _a, b = loaded
    ends = pages_of(server, b)
    applied: list[int] = []
    inner_apply = b.client._apply_page

    def apply_page(s: Any, changes: list[dict[str, Any]], report: Any) -> None:
        inner_apply(s, changes, report)
        applied.append(int(changes[-1]["seq"]))

    b.client._apply_page = apply_page  # type: ignore[method-assign]
    b.transport.drop_changes_call = nth  # the fetch of page nth fails (asked during nth-1)
    with pytest.raises(ServerUnreachable):
        b.client.sync_once()
    assert no_pull_worker_left()
    # page nth-1 was applied and committed, with its cursor; nothing after it
    assert applied == ends[:nth - 1]
    assert int(b.client.state()["cursor"]) == ends[nth - 2]
    with b.store.session() as s:
        assert s.scalar(select(func.count()).select_from(SyncShadow)) == sum(
            1 for k, r in server.records.items() if r["seq"] <= ends[nth - 2])
    # the next sync goes on from there, and ends where an undisturbed pull ends
    b.transport.drop_changes_call = None
    calls_before = len(b.transport.changes_calls)
    report = b.client.sync_once()
    assert b.transport.changes_calls[calls_before] == ends[nth - 2]
    assert report.skipped == 0
    assert int(b.client.state()["cursor"]) == server.seq
    c = another_device(tmp_path, server, "c")
    c.client.page_size = PAGE
    c.client.sync_once()
    assert counts(b) == counts(c)
    rows_b, rows_c = table_rows(b), table_rows(c)
    for table in ("patients", "medications", "tasks"):
        assert rows_b[table] == rows_c[table], table


def test_an_error_in_the_next_fetch_comes_after_the_page_is_committed(
        loaded: tuple[Device, Device], server: FakeServer) -> None:
    """The prefetch fails while page 1 is still being applied: page 1 and its cursor are
    committed all the same, and the error is raised where page 2 would have been fetched."""
    _a, b = loaded
    ends = pages_of(server, b)
    failed = threading.Event()
    inner_changes = b.transport.changes

    def changes(after: int, limit: int) -> dict[str, Any]:
        if after > 0:
            failed.set()
            raise ServerUnreachable("the connection dropped")
        return inner_changes(after, limit)

    b.transport.changes = changes  # type: ignore[method-assign]
    inner_apply = b.client._apply_page

    def apply_page(s: Any, changes_: list[dict[str, Any]], report: Any) -> None:
        assert failed.wait(timeout=10)  # the fetch of page 2 has failed by now
        inner_apply(s, changes_, report)

    b.client._apply_page = apply_page  # type: ignore[method-assign]
    with pytest.raises(ServerUnreachable):
        b.client.sync_once()
    assert int(b.client.state()["cursor"]) == ends[0]
    assert no_pull_worker_left()


def test_a_stop_asked_during_a_page_ends_the_sync_after_it(
        loaded: tuple[Device, Device], server: FakeServer) -> None:
    _a, b = loaded
    ends = pages_of(server, b)
    stop = threading.Event()
    inner_apply = b.client._apply_page
    applied: list[int] = []

    def apply_page(s: Any, changes: list[dict[str, Any]], report: Any) -> None:
        inner_apply(s, changes, report)
        applied.append(int(changes[-1]["seq"]))
        if len(applied) == 2:
            stop.set()  # asked while page 2 is applied (page 3 may be on its way)

    b.client._apply_page = apply_page  # type: ignore[method-assign]
    with pytest.raises(SyncCancelled):
        b.client.sync_once(should_stop=stop.is_set)
    assert no_pull_worker_left()
    assert applied == ends[:2]
    assert int(b.client.state()["cursor"]) == ends[1]
    # the next sync goes on after page 2 and finishes
    stop.clear()
    report = b.client.sync_once(should_stop=stop.is_set)
    assert report.skipped == 0
    assert applied == ends
    assert int(b.client.state()["cursor"]) == server.seq
    assert counts(b)[0] == 6


def test_a_stop_asked_before_a_page_is_applied_fetches_no_more(
        loaded: tuple[Device, Device], server: FakeServer) -> None:
    _a, b = loaded
    ends = pages_of(server, b)
    with pytest.raises(SyncCancelled):
        b.client.sync_once(should_stop=lambda: True)
    # the first page (asked for to check the server) was applied; no second page was
    # asked for, not even ahead
    assert b.transport.changes_calls == [0]
    assert int(b.client.state()["cursor"]) == ends[0]
    assert no_pull_worker_left()


def test_a_new_generation_in_a_prefetched_page_restarts_the_sync(
        loaded: tuple[Device, Device], server: FakeServer) -> None:
    _a, b = loaded
    ends = pages_of(server, b)
    inner_changes = b.transport.changes
    switched = {"done": False}

    def changes(after: int, limit: int) -> dict[str, Any]:
        page = inner_changes(after, limit)
        if after == ends[0] and not switched["done"]:
            switched["done"] = True
            page["generation"] = "another generation"
        return page

    b.transport.changes = changes  # type: ignore[method-assign]
    applied: list[int] = []
    inner_apply = b.client._apply_page

    def apply_page(s: Any, changes_: list[dict[str, Any]], report: Any) -> None:
        inner_apply(s, changes_, report)
        applied.append(int(changes_[-1]["seq"]))

    b.client._apply_page = apply_page  # type: ignore[method-assign]
    b.client.sync_once()
    # page 2's generation was not the one known: it was not applied from that answer; the
    # sync started again (the server check) and pulled everything
    assert applied[0] == ends[0]
    assert int(b.client.state()["cursor"]) == server.seq
    assert counts(b)[0] == 6
    assert no_pull_worker_left()


def test_the_first_page_from_a_push_answer_then_prefetched_pages(
        loaded: tuple[Device, Device], server: FakeServer) -> None:
    """With an outbox, the push's answer brings page 1; pages 2.. are fetched ahead."""
    a, b = loaded
    with b.store.write() as s:
        s.add(Patient(given_name="Local", family_name="Edit"))
    report = b.client.sync_once()
    assert report.pushed == 1 and report.skipped == 0
    ends = pages_of(server, b)
    assert b.transport.changes_calls == ends[:-1]  # page 1 came with the push
    assert int(b.client.state()["cursor"]) == server.seq
    assert counts(b)[0] == 7
    a.client.sync_once()
    assert counts(a)[0] == 7
