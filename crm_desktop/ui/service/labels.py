"""Translated display names for the service codes (tickets, SLA, staff assessments)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.ui.labels import label, ticket_kinds, ticket_statuses

__all__ = [
    "assessment_methods",
    "categories",
    "channels",
    "clocks",
    "event_actions",
    "indicator_headers",
    "indicators",
    "label",
    "periods",
    "severities",
    "ticket_fields",
    "ticket_kinds",
    "ticket_statuses",
]


def channels() -> dict[str, str]:
    return {
        "phone": QCoreApplication.translate("ServiceLabels", "Phone"),
        "visit": QCoreApplication.translate("ServiceLabels", "Visit"),
        "wechat": QCoreApplication.translate("ServiceLabels", "WeChat"),
        "email": QCoreApplication.translate("ServiceLabels", "E-mail"),
        "letter": QCoreApplication.translate("ServiceLabels", "Letter"),
        "owners_meeting": QCoreApplication.translate("ServiceLabels", "Owners' meeting"),
        "other": QCoreApplication.translate("ServiceLabels", "Other"),
    }


def categories() -> dict[str, str]:
    return {
        "cleaning": QCoreApplication.translate("ServiceLabels", "Cleaning"),
        "security": QCoreApplication.translate("ServiceLabels", "Security"),
        "repairs": QCoreApplication.translate("ServiceLabels", "Repairs and facilities"),
        "parking": QCoreApplication.translate("ServiceLabels", "Parking"),
        "noise": QCoreApplication.translate("ServiceLabels", "Noise"),
        "greenery": QCoreApplication.translate("ServiceLabels", "Greenery"),
        "fees": QCoreApplication.translate("ServiceLabels", "Fees"),
        "staff_attitude": QCoreApplication.translate("ServiceLabels", "Staff attitude"),
        "renovation": QCoreApplication.translate("ServiceLabels", "Renovation"),
        "other": QCoreApplication.translate("ServiceLabels", "Other"),
    }


def severities() -> dict[str, str]:
    return {
        "urgent": QCoreApplication.translate("ServiceLabels", "Urgent"),
        "high": QCoreApplication.translate("ServiceLabels", "High"),
        "normal": QCoreApplication.translate("ServiceLabels", "Normal"),
        "low": QCoreApplication.translate("ServiceLabels", "Low"),
    }


def clocks() -> dict[str, str]:
    return {
        "24x7": QCoreApplication.translate("ServiceLabels", "Round the clock"),
        "office_hours": QCoreApplication.translate("ServiceLabels", "Office hours"),
    }


def assessment_methods() -> dict[str, str]:
    return {
        "observation": QCoreApplication.translate("ServiceLabels", "Direct observation"),
        "interview": QCoreApplication.translate("ServiceLabels", "Interview"),
        "skill_test": QCoreApplication.translate("ServiceLabels", "Skill test"),
        "combined": QCoreApplication.translate("ServiceLabels", "Combined"),
    }


def indicators() -> dict[str, str]:
    return {
        "business_skill": QCoreApplication.translate("ServiceLabels", "Business skill"),
        "communication": QCoreApplication.translate("ServiceLabels", "Communication"),
        "service_attitude": QCoreApplication.translate("ServiceLabels", "Service attitude"),
        "work_enthusiasm": QCoreApplication.translate("ServiceLabels", "Work enthusiasm"),
        "team_spirit": QCoreApplication.translate("ServiceLabels", "Team spirit"),
    }


def indicator_headers() -> dict[str, str]:
    """Short column headers for the five indicators."""
    return {
        "business_skill": QCoreApplication.translate("ServiceLabels", "Skill"),
        "communication": QCoreApplication.translate("ServiceLabels", "Commun."),
        "service_attitude": QCoreApplication.translate("ServiceLabels", "Attitude"),
        "work_enthusiasm": QCoreApplication.translate("ServiceLabels", "Enthus."),
        "team_spirit": QCoreApplication.translate("ServiceLabels", "Team"),
    }


def event_actions() -> dict[str, str]:
    """History entries of a ticket."""
    return {
        "create": QCoreApplication.translate("ServiceLabels", "Taken"),
        "import": QCoreApplication.translate("ServiceLabels", "Imported"),
        "assign": QCoreApplication.translate("ServiceLabels", "Dispatched"),
        "start": QCoreApplication.translate("ServiceLabels", "Work started"),
        "hold": QCoreApplication.translate("ServiceLabels", "Put on hold"),
        "resume": QCoreApplication.translate("ServiceLabels", "Resumed"),
        "resolve": QCoreApplication.translate("ServiceLabels", "Resolved"),
        "callback": QCoreApplication.translate("ServiceLabels", "Called back"),
        "close": QCoreApplication.translate("ServiceLabels", "Closed"),
        "reopen": QCoreApplication.translate("ServiceLabels", "Reopened"),
        "escalate": QCoreApplication.translate("ServiceLabels", "Escalated"),
        "severity": QCoreApplication.translate("ServiceLabels", "Severity changed"),
        "edit": QCoreApplication.translate("ServiceLabels", "Details changed"),
        "link": QCoreApplication.translate("ServiceLabels", "Linked to incident"),
        "unlink": QCoreApplication.translate("ServiceLabels", "Unlinked from incident"),
        "unflag": QCoreApplication.translate("ServiceLabels", "Manager's flag cleared"),
    }


def ticket_fields() -> dict[str, str]:
    """Names of the fields an edit may change (the note of an 'edit' history entry lists them)."""
    return {
        "kind": QCoreApplication.translate("ServiceLabels", "kind"),
        "channel": QCoreApplication.translate("ServiceLabels", "channel"),
        "category": QCoreApplication.translate("ServiceLabels", "category"),
        "title": QCoreApplication.translate("ServiceLabels", "title"),
        "description": QCoreApplication.translate("ServiceLabels", "description"),
        "customer": QCoreApplication.translate("ServiceLabels", "customer"),
        "unit": QCoreApplication.translate("ServiceLabels", "unit"),
        "received_at": QCoreApplication.translate("ServiceLabels", "received time"),
    }


def periods() -> dict[str, str]:
    return {
        "all": QCoreApplication.translate("ServiceLabels", "All time"),
        "today": QCoreApplication.translate("ServiceLabels", "Today"),
        "7d": QCoreApplication.translate("ServiceLabels", "Last 7 days"),
        "this_month": QCoreApplication.translate("ServiceLabels", "This month"),
        "last_month": QCoreApplication.translate("ServiceLabels", "Last month"),
        "90d": QCoreApplication.translate("ServiceLabels", "Last 90 days"),
        "this_year": QCoreApplication.translate("ServiceLabels", "This year"),
        "12m": QCoreApplication.translate("ServiceLabels", "Last 12 months"),
    }
