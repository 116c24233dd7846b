"""The ticket list pages through the tickets (SPEC §7: over a million of them open in milliseconds)."""

from __future__ import annotations

from datetime import datetime, timedelta

from crm_desktop.models.database import Database
from crm_desktop.services.principal import Principal
from crm_desktop.services.tickets import TicketFilter, TicketInput, TicketService

CLERK = Principal("clerk1", "clerk")


def _tickets(db: Database) -> TicketService:
    service = TicketService(db, CLERK)
    start = datetime(2026, 10, 1, 9)
    for i in range(12):
        kind = "repair" if i % 3 == 0 else "complaint"
        # Two tickets share each received time, so the id decides their order.
        service.create(TicketInput(kind=kind, title=f"工单{i:02d}", received_at=start + timedelta(hours=i // 2)))
    return service


def test_slices_of_the_list_put_together_give_the_whole_list(db: Database) -> None:
    service = _tickets(db)
    for sort, descending in (("received", True), ("number", False), ("title", True)):
        whole = service.search_ids(TicketFilter(), sort, descending)
        assert len(whole) == 12
        slices = [service.search_ids(TicketFilter(), sort, descending, offset=o, limit=5) for o in (0, 5, 10)]
        assert [len(s) for s in slices] == [5, 5, 2]
        assert [ticket for part in slices for ticket in part] == whole


def test_position_is_where_the_ticket_stands_in_the_list(db: Database) -> None:
    service = _tickets(db)
    complaints = TicketFilter(kind="complaint")
    for filters, sort, descending in ((TicketFilter(), "received", True), (complaints, "number", False)):
        whole = service.search_ids(filters, sort, descending)
        for row, ticket_id in enumerate(whole):
            assert service.position(ticket_id, filters, sort, descending) == row
    repair = service.search_ids(TicketFilter(kind="repair"))[0]
    assert service.position(repair, complaints) is None  # left out by the filter
    assert service.position(999_999) is None  # no such ticket
