"""The ticket list model holds a count and the slices of ids it showed, never the whole list of ids."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

import crm_desktop.ui.service.ticket_model as ticket_model
from crm_desktop.services.principal import Principal
from crm_desktop.services.tickets import TicketFilter, TicketInput, TicketService
from crm_desktop.ui.service.ticket_model import TicketTableModel

CLERK = Principal("clerk1", "clerk")


@pytest.fixture
def small_slices(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ticket_model, "ID_CHUNK", 4)
    monkeypatch.setattr(ticket_model, "PAGE_SIZE", 2)
    monkeypatch.setattr(ticket_model, "MAX_ID_CHUNKS", 2)


def test_every_row_shows_its_ticket_across_slices(app, qtmodeltester, ui_db, small_slices) -> None:
    service = TicketService(ui_db, CLERK)
    for i in range(11):
        service.create(TicketInput(title=f"工单{i:02d}", received_at=datetime(2026, 11, 1, 8) + timedelta(hours=i)))
    expected = service.search_ids(TicketFilter())
    model = TicketTableModel(service)
    model.set_filters(TicketFilter())
    assert model.rowCount() == 11 and model._id_chunks == {}  # only the count was asked for
    titles = [model.data(model.index(row, ticket_model.COLUMNS.index("title"))) for row in range(11)]
    assert titles == [f"工单{i:02d}" for i in range(10, -1, -1)]  # newest first
    assert [model.ticket_id(row) for row in range(11)] == expected
    assert len(model._id_chunks) <= 2  # bounded: older slices are dropped while scrolling
    assert [model.row_of(ticket_id) for ticket_id in expected] == list(range(11))  # found in or out of memory
    qtmodeltester.check(model)
