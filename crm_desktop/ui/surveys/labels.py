"""Translated names and definitions for the survey screens (services keep codes only)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

DASH = "—"
CONTEXT = "SurveyLabels"


def question_kinds() -> dict[str, str]:
    return {
        "nps": QCoreApplication.translate("SurveyLabels", "NPS (0–10)"),
        "csat": QCoreApplication.translate("SurveyLabels", "CSAT (1–5)"),
        "servqual": QCoreApplication.translate("SurveyLabels", "SERVQUAL (expectation and perception 1–7)"),
        "rating": QCoreApplication.translate("SurveyLabels", "Rating (1–5)"),
        "choice": QCoreApplication.translate("SurveyLabels", "Choice"),
        "text": QCoreApplication.translate("SurveyLabels", "Text"),
    }


def short_kinds() -> dict[str, str]:
    return {
        "nps": QCoreApplication.translate("SurveyLabels", "NPS"),
        "csat": QCoreApplication.translate("SurveyLabels", "CSAT"),
        "servqual": QCoreApplication.translate("SurveyLabels", "SERVQUAL"),
        "rating": QCoreApplication.translate("SurveyLabels", "Rating"),
        "choice": QCoreApplication.translate("SurveyLabels", "Choice"),
        "text": QCoreApplication.translate("SurveyLabels", "Text"),
    }


def survey_statuses() -> dict[str, str]:
    return {
        "draft": QCoreApplication.translate("SurveyLabels", "Draft"),
        "open": QCoreApplication.translate("SurveyLabels", "Open"),
        "closed": QCoreApplication.translate("SurveyLabels", "Ended"),
    }


def dimensions() -> dict[str, str]:
    return {
        "tangibles": QCoreApplication.translate("SurveyLabels", "Tangibles"),
        "reliability": QCoreApplication.translate("SurveyLabels", "Reliability"),
        "responsiveness": QCoreApplication.translate("SurveyLabels", "Responsiveness"),
        "assurance": QCoreApplication.translate("SurveyLabels", "Assurance"),
        "empathy": QCoreApplication.translate("SurveyLabels", "Empathy"),
    }


def definitions() -> dict[str, str]:
    """The exact §4.1 definitions, shown as tooltips beside each figure."""
    return {
        "responses": QCoreApplication.translate(
            "SurveyLabels", "Questionnaires answered in the chosen campaign or period."
        ),
        "nps": QCoreApplication.translate(
            "SurveyLabels",
            "NPS = 100 × (promoters − detractors) / responses with an NPS answer. "
            "Promoters score 9–10, passives 7–8, detractors 0–6. Ranges from −100 to 100.",
        ),
        "promoters_pct": QCoreApplication.translate("SurveyLabels", "Promoters: share of NPS answers scoring 9 or 10."),
        "passives_pct": QCoreApplication.translate("SurveyLabels", "Passives: share of NPS answers scoring 7 or 8."),
        "detractors_pct": QCoreApplication.translate(
            "SurveyLabels", "Detractors: share of NPS answers scoring 0 to 6."
        ),
        "csat": QCoreApplication.translate("SurveyLabels", "CSAT = 100 × (CSAT answers of 4 or 5) / CSAT answers."),
        "csat_mean": QCoreApplication.translate("SurveyLabels", "CSAT mean: the mean of all CSAT answers (1–5)."),
        "expectation_mean": QCoreApplication.translate(
            "SurveyLabels", "Expectation: mean expectation score of the dimension's SERVQUAL answers (1–7)."
        ),
        "perception_mean": QCoreApplication.translate(
            "SurveyLabels", "Perception: mean perception score of the dimension's SERVQUAL answers (1–7)."
        ),
        "gap": QCoreApplication.translate(
            "SurveyLabels",
            "Gap = perception mean − expectation mean. Below zero, the service falls short of what owners expect.",
        ),
        "ratio": QCoreApplication.translate(
            "SurveyLabels", "C = b/a: perception mean (b) / expectation mean (a). 1.00 means expectations are met."
        ),
        "satisfaction_index": QCoreApplication.translate(
            "SurveyLabels",
            "Satisfaction index C = b/a: mean of all perception scores / mean of all expectation scores.",
        ),
        "empty": QCoreApplication.translate(
            "SurveyLabels", "— means there is nothing to divide by (no answers), not zero."
        ),
    }


def metric_text(value: Decimal | None, suffix: str = "") -> str:
    """A figure as shown: "—" when it has no denominator, never 0."""
    return DASH if value is None else f"{value}{suffix}"
