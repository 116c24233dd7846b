"""Translated display names for the move-in and renovation codes (the shared ones are in crm_desktop.ui.labels)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def violation_types() -> dict[str, str]:
    return {
        "load_bearing": QCoreApplication.translate("HousingLabels", "Load-bearing structure"),
        "facade": QCoreApplication.translate("HousingLabels", "Facade"),
        "waterproofing": QCoreApplication.translate("HousingLabels", "Waterproofing"),
        "hours_noise": QCoreApplication.translate("HousingLabels", "Working hours/noise"),
        "debris": QCoreApplication.translate("HousingLabels", "Debris"),
        "other": QCoreApplication.translate("HousingLabels", "Other"),
    }


def move_in_views() -> dict[str, str]:
    return {
        "scheduled": QCoreApplication.translate("HousingLabels", "Booked (upcoming and overdue)"),
        "upcoming": QCoreApplication.translate("HousingLabels", "Upcoming"),
        "overdue": QCoreApplication.translate("HousingLabels", "Overdue"),
        "open_defects": QCoreApplication.translate("HousingLabels", "With unrectified defects"),
        "completed": QCoreApplication.translate("HousingLabels", "Completed"),
        "cancelled": QCoreApplication.translate("HousingLabels", "Cancelled"),
        "all": QCoreApplication.translate("HousingLabels", "All"),
    }


def renovation_views() -> dict[str, str]:
    return {
        "all": QCoreApplication.translate("HousingLabels", "All"),
        "active": QCoreApplication.translate("HousingLabels", "Not finished"),
        "in_progress": QCoreApplication.translate("HousingLabels", "In progress"),
        "past_planned_end": QCoreApplication.translate("HousingLabels", "Past planned end"),
        "open_violations": QCoreApplication.translate("HousingLabels", "With open violations"),
        "not_refunded": QCoreApplication.translate("HousingLabels", "Deposit not refunded"),
    }


def defect_statuses() -> dict[str, str]:
    return {
        "open": QCoreApplication.translate("HousingLabels", "Open"),
        "rectified": QCoreApplication.translate("HousingLabels", "Rectified"),
    }


def transition_actions() -> dict[str, str]:
    """What the button that moves a renovation to each status says."""
    return {
        "approved": QCoreApplication.translate("HousingLabels", "Approve…"),
        "in_progress": QCoreApplication.translate("HousingLabels", "Start work…"),
        "awaiting_acceptance": QCoreApplication.translate("HousingLabels", "Work finished…"),
        "accepted": QCoreApplication.translate("HousingLabels", "Accept…"),
        "rejected": QCoreApplication.translate("HousingLabels", "Reject…"),
        "cancelled": QCoreApplication.translate("HousingLabels", "Cancel renovation…"),
    }


def rework_action() -> str:
    """awaiting_acceptance → in_progress: the acceptance failed and work resumes."""
    return QCoreApplication.translate("HousingLabels", "Back to work…")
