"""Translated display names for the codes stored in the database (services keep codes only)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def customer_types() -> dict[str, str]:
    return {
        "owner": QCoreApplication.translate("Labels", "Owner"),
        "tenant": QCoreApplication.translate("Labels", "Tenant"),
        "family": QCoreApplication.translate("Labels", "Family member"),
        "company": QCoreApplication.translate("Labels", "Company"),
    }


def genders() -> dict[str, str]:
    return {
        "male": QCoreApplication.translate("Labels", "Male"),
        "female": QCoreApplication.translate("Labels", "Female"),
    }


def id_types() -> dict[str, str]:
    return {
        "resident_id": QCoreApplication.translate("Labels", "Resident ID card"),
        "passport": QCoreApplication.translate("Labels", "Passport"),
        "hk_macau_permit": QCoreApplication.translate("Labels", "Mainland travel permit (HK/Macau)"),
        "taiwan_permit": QCoreApplication.translate("Labels", "Mainland travel permit (Taiwan)"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }


def occupancy_roles() -> dict[str, str]:
    return {
        "owner": QCoreApplication.translate("Labels", "Owner"),
        "tenant": QCoreApplication.translate("Labels", "Tenant"),
        "resident": QCoreApplication.translate("Labels", "Resident"),
    }


def churn_reasons() -> dict[str, str]:
    return {
        "natural": QCoreApplication.translate("Labels", "Natural (relocation, sale, lease ended)"),
        "dissatisfied": QCoreApplication.translate("Labels", "Dissatisfied with service"),
        "competitive": QCoreApplication.translate("Labels", "Moved to a competitor"),
        "passive": QCoreApplication.translate("Labels", "Passive (eviction, arrears, breach)"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }


def start_kinds() -> dict[str, str]:
    return {
        "move_in": QCoreApplication.translate("Labels", "Move-in"),
        "transfer": QCoreApplication.translate("Labels", "Ownership transfer"),
        "import": QCoreApplication.translate("Labels", "Imported"),
    }


def unit_usages() -> dict[str, str]:
    return {
        "residential": QCoreApplication.translate("Labels", "Residential"),
        "commercial": QCoreApplication.translate("Labels", "Commercial"),
        "parking": QCoreApplication.translate("Labels", "Parking"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }


def contact_channels() -> dict[str, str]:
    return {
        "phone": QCoreApplication.translate("Labels", "Phone"),
        "wechat": QCoreApplication.translate("Labels", "WeChat"),
        "sms": QCoreApplication.translate("Labels", "SMS"),
        "email": QCoreApplication.translate("Labels", "E-mail"),
        "visit": QCoreApplication.translate("Labels", "Visit"),
    }


def interaction_kinds() -> dict[str, str]:
    return {
        "call": QCoreApplication.translate("Labels", "Phone call"),
        "visit": QCoreApplication.translate("Labels", "Visit"),
        "care_visit": QCoreApplication.translate("Labels", "Care visit"),
        "greeting": QCoreApplication.translate("Labels", "Greeting"),
        "notice": QCoreApplication.translate("Labels", "Notice"),
        "event": QCoreApplication.translate("Labels", "Community event"),
    }


def customer_statuses() -> dict[str, str]:
    return {
        "all": QCoreApplication.translate("Labels", "All"),
        "active": QCoreApplication.translate("Labels", "Living here"),
        "moved_out": QCoreApplication.translate("Labels", "Moved out"),
    }


def ticket_kinds() -> dict[str, str]:
    return {
        "complaint": QCoreApplication.translate("Labels", "Complaint"),
        "repair": QCoreApplication.translate("Labels", "Repair"),
        "inquiry": QCoreApplication.translate("Labels", "Inquiry"),
        "suggestion": QCoreApplication.translate("Labels", "Suggestion"),
        "praise": QCoreApplication.translate("Labels", "Praise"),
    }


def ticket_statuses() -> dict[str, str]:
    return {
        "new": QCoreApplication.translate("Labels", "New"),
        "assigned": QCoreApplication.translate("Labels", "Assigned"),
        "in_progress": QCoreApplication.translate("Labels", "In progress"),
        "on_hold": QCoreApplication.translate("Labels", "On hold"),
        "resolved": QCoreApplication.translate("Labels", "Resolved"),
        "closed": QCoreApplication.translate("Labels", "Closed"),
    }


def renovation_statuses() -> dict[str, str]:
    return {
        "applied": QCoreApplication.translate("Labels", "Applied"),
        "approved": QCoreApplication.translate("Labels", "Approved"),
        "in_progress": QCoreApplication.translate("Labels", "In progress", "renovation"),
        "awaiting_acceptance": QCoreApplication.translate("Labels", "Awaiting acceptance"),
        "accepted": QCoreApplication.translate("Labels", "Accepted"),
        "rejected": QCoreApplication.translate("Labels", "Rejected"),
        "cancelled": QCoreApplication.translate("Labels", "Cancelled"),
    }


def move_in_statuses() -> dict[str, str]:
    return {
        "scheduled": QCoreApplication.translate("Labels", "Scheduled"),
        "completed": QCoreApplication.translate("Labels", "Completed"),
        "cancelled": QCoreApplication.translate("Labels", "Cancelled"),
    }


def inspection_results() -> dict[str, str]:
    return {
        "ok": QCoreApplication.translate("Labels", "No problems"),
        "violation": QCoreApplication.translate("Labels", "Violation"),
    }


def survey_channels() -> dict[str, str]:
    return {
        "paper": QCoreApplication.translate("Labels", "Paper"),
        "phone": QCoreApplication.translate("Labels", "Phone"),
        "visit": QCoreApplication.translate("Labels", "Visit"),
        "online": QCoreApplication.translate("Labels", "Online"),
    }


def label(mapping: dict[str, str], code: str | None) -> str:
    if not code:
        return ""
    return mapping.get(code, code)


def roles() -> dict[str, str]:
    return {
        "admin": QCoreApplication.translate("Labels", "Administrator"),
        "manager": QCoreApplication.translate("Labels", "Manager"),
        "clerk": QCoreApplication.translate("Labels", "Clerk"),
        "viewer": QCoreApplication.translate("Labels", "Viewer"),
    }
