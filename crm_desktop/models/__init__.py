"""ORM models for every entity of the specification, re-exported here."""

from crm_desktop.models.archive import Building, Community, Customer, Interaction, Occupancy, Unit
from crm_desktop.models.base import Base
from crm_desktop.models.housing import Deduction, HandoverDefect, Inspection, MoveIn, Renovation
from crm_desktop.models.service import (
    Holiday,
    SlaPolicy,
    Staff,
    StaffAssessment,
    Ticket,
    TicketCounter,
    TicketEvent,
)
from crm_desktop.models.survey import Answer, Question, Response, Survey
from crm_desktop.models.system import AuditEntry, Setting, User

__all__ = [
    "Answer",
    "AuditEntry",
    "Base",
    "Building",
    "Community",
    "Customer",
    "Deduction",
    "HandoverDefect",
    "Holiday",
    "Inspection",
    "Interaction",
    "MoveIn",
    "Occupancy",
    "Question",
    "Renovation",
    "Response",
    "Setting",
    "SlaPolicy",
    "Staff",
    "StaffAssessment",
    "Survey",
    "Ticket",
    "TicketCounter",
    "TicketEvent",
    "Unit",
    "User",
]
