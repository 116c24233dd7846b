"""Satisfaction surveys (满意度测评): campaigns, questions, responses, answers."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from crm_desktop.models.base import Base, TimestampMixin, VersionedMixin


class Survey(VersionedMixin, Base):
    __tablename__ = "surveys"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="draft")  # draft|open|closed
    description: Mapped[str | None] = mapped_column(Text)
    questions: Mapped[list[Question]] = relationship(back_populates="survey", order_by="Question.position")


class Question(TimestampMixin, Base):
    __tablename__ = "questions"
    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("surveys.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))  # nps|csat|servqual|rating|choice|text
    text: Mapped[str] = mapped_column(Text)
    # tangibles|reliability|responsiveness|assurance|empathy (servqual only)
    dimension: Mapped[str | None] = mapped_column(String(20))
    choices: Mapped[str | None] = mapped_column(Text)  # newline-separated options (choice only)
    required: Mapped[bool] = mapped_column(Boolean, default=False)
    survey: Mapped[Survey] = relationship(back_populates="questions")


class Response(TimestampMixin, Base):
    __tablename__ = "responses"
    __table_args__ = (Index("ix_responses_responded_at", "responded_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("surveys.id"), index=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    respondent_name: Mapped[str | None] = mapped_column(String(100))
    responded_at: Mapped[datetime] = mapped_column(DateTime)
    channel: Mapped[str] = mapped_column(String(20), default="paper")  # paper|phone|visit|online
    created_by: Mapped[str | None] = mapped_column(String(80))
    answers: Mapped[list[Answer]] = relationship(back_populates="response")


class Answer(Base):
    __tablename__ = "answers"
    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(ForeignKey("responses.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("questions.id"), index=True)
    score: Mapped[int | None] = mapped_column(Integer)  # nps/csat/rating; servqual perception
    expectation: Mapped[int | None] = mapped_column(Integer)  # servqual expectation
    text: Mapped[str | None] = mapped_column(Text)  # text answers and chosen option
    response: Mapped[Response] = relationship(back_populates="answers")
