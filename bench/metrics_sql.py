"""SPEC §4's month figures written as plain SQL: the yardstick `metrics` is measured against (SPEC §7).

Every count, sum, median and ranking is done by the database in the statements below, written the way a
careful person would write them by hand for this schema (set operations, one pass per table, window
functions, the ID-number check digit in SQL). Python only turns the counts into the rounded figures, with the
same half-up rounding rules as §4, and lays them out as `MonthMetrics.to_json_dict()` does, so that the
benchmark can assert both give the same numbers.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Any

from sqlalchemy import Connection, Date, DateTime, bindparam, text

from crm_desktop.services.codes import CHURN_REASONS, TICKET_CATEGORIES, TICKET_CHANNELS
from crm_desktop.services.satisfaction import mean, nps_from_counts, percentage, round_half_up
from crm_desktop.services.surveys import DIMENSIONS

RISK_ORDER = ("detractor", "overdue_complaint", "repeat_complaints", "low_callback", "low_csat")

# What differs between the two dialects: durations, whole days between dates, string aggregation, patterns.
DIALECT = {
    "sqlite": {
        "seconds": "ROUND((julianday({b}) - julianday({a})) * 86400000) / 1000.0",
        "days": "CAST(julianday({b}) - julianday({a}) AS INTEGER)",
        "concat": "group_concat({x}, ',')",
        "id_format": "u GLOB '" + "[0-9]" * 17 + "[0-9X]'",
    },
    "postgresql": {
        "seconds": "EXTRACT(EPOCH FROM ({b} - {a}))",
        "days": "({b} - {a})",
        "concat": "string_agg({x}, ',')",
        "id_format": "u ~ '^[0-9]{17}[0-9X]$'",
    },
}

ACTIVE = """SELECT DISTINCT customer_id FROM occupancies
    WHERE role IN ('owner', 'tenant') AND start_date <= {day} AND (end_date IS NULL OR end_date > {day})"""

OPEN_COMPLAINTS = """SELECT customer_id, due_at FROM tickets
        WHERE kind = 'complaint' AND received_at < :end AND resolved_at IS NULL
    UNION ALL
    SELECT customer_id, due_at FROM tickets
        WHERE kind = 'complaint' AND received_at < :end AND resolved_at >= :end"""


def _run(conn: Connection, sql: str, **params: Any) -> list:
    """Execute with typed parameters (SQLite keeps dates and times as text in SQLAlchemy's format)."""
    binds = [
        bindparam(name, type_=DateTime() if isinstance(value, datetime) else Date())
        for name, value in params.items()
        if isinstance(value, date)
    ]
    statement = text(sql).bindparams(*binds) if binds else text(sql)
    return conn.execute(statement, params).all()


def _median_sql(dialect: dict[str, str], where: str, a: str, b: str) -> str:
    seconds = dialect["seconds"].format(a=a, b=b)
    return f"""WITH d AS (SELECT {seconds} AS s FROM tickets WHERE {where})
    SELECT s FROM d ORDER BY s
    LIMIT 2 - (SELECT count(*) FROM d) % 2 OFFSET ((SELECT count(*) FROM d) - 1) / 2"""


def _median(rows: list) -> Fraction | None:
    values = [Fraction(str(row[0])) for row in rows]
    return sum(values, Fraction(0)) / len(values) if values else None


def _id_valid_sql(dialect: dict[str, str]) -> str:
    """True when `u` (an upper-cased ID number without spaces) is a valid mainland ID number (GB 11643)."""
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    checksum = " + ".join(f"CAST(substr(u, {i + 1}, 1) AS INTEGER) * {w}" for i, w in enumerate(weights))
    y, m, d = (
        "CAST(substr(u, 7, 4) AS INTEGER)",
        "CAST(substr(u, 11, 2) AS INTEGER)",
        "CAST(substr(u, 13, 2) AS INTEGER)",
    )
    leap = f"CASE WHEN ({y} % 4 = 0 AND {y} % 100 <> 0) OR {y} % 400 = 0 THEN 1 ELSE 0 END"
    days_in_month = f"CASE WHEN {m} = 2 THEN 28 + {leap} WHEN {m} IN (4, 6, 9, 11) THEN 30 ELSE 31 END"
    # CASE guards the casts: PostgreSQL would fail on CAST('X' AS INTEGER) where AND has no fixed order.
    return f"""CASE WHEN length(u) = 18 AND {dialect["id_format"]} AND substr(u, 1, 1) BETWEEN '1' AND '8' THEN
        CASE WHEN {m} BETWEEN 1 AND 12 AND {d} BETWEEN 1 AND {days_in_month} AND {y} >= 1900
                  AND substr(u, 7, 8) <= :today_digits
             THEN substr('10X98765432', ({checksum}) % 11 + 1, 1) = substr(u, 18, 1)
             ELSE {"0 = 1"} END
        ELSE {"0 = 1"} END"""


def _ratio(a_total: int, a_count: int, b_total: int, b_count: int) -> Decimal | None:
    if not (a_count and b_count and b_total):
        return None
    return round_half_up(Fraction(a_total, a_count) / Fraction(b_total, b_count), 2)


def _difference(a_total: int, a_count: int, b_total: int, b_count: int) -> Decimal | None:
    if not (a_count and b_count):
        return None
    return round_half_up(Fraction(a_total, a_count) - Fraction(b_total, b_count), 2)


def _float(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def hand_written_metrics(conn: Connection, month: date, today: date | None = None) -> dict[str, Any]:
    """The `metrics` JSON of `month` (as `MonthMetrics.to_json_dict()`) plus "at_risk_list", from plain SQL."""
    dialect = DIALECT[conn.dialect.name]
    first = date(month.year, month.month, 1)
    next_first = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    start, end = datetime.combine(first, datetime.min.time()), datetime.combine(next_first, datetime.min.time())
    year_ago = date(next_first.year - 1, next_first.month, 1)
    since, days_90 = datetime.combine(year_ago, datetime.min.time()), end - timedelta(days=90)
    month_range = {"start": start, "end": end}

    # §4.1 satisfaction
    responses = _run(
        conn, "SELECT count(*) FROM responses WHERE responded_at >= :start AND responded_at < :end", **month_range
    )[0][0]
    sums = _run(
        conn,
        """SELECT q.kind, q.dimension, count(a.score), coalesce(sum(a.score), 0), count(a.expectation),
                  coalesce(sum(a.expectation), 0), coalesce(sum(CASE WHEN a.score >= 9 THEN 1 ELSE 0 END), 0),
                  coalesce(sum(CASE WHEN a.score <= 6 THEN 1 ELSE 0 END), 0),
                  coalesce(sum(CASE WHEN a.score >= 4 THEN 1 ELSE 0 END), 0)
           FROM answers a JOIN questions q ON q.id = a.question_id JOIN responses r ON r.id = a.response_id
           WHERE q.kind IN ('nps', 'csat', 'servqual') AND r.responded_at >= :start AND r.responded_at < :end
           GROUP BY q.kind, q.dimension""",
        **month_range,
    )
    nps_n = promoters = detractors = csat_n = csat_sum = csat_ok = 0
    perception = {d: [0, 0] for d in DIMENSIONS}
    expectation = {d: [0, 0] for d in DIMENSIONS}
    for kind, dimension, n, total, e_n, e_total, promoted, detracted, satisfied in sums:
        if kind == "nps":
            nps_n, promoters, detractors = nps_n + n, promoters + int(promoted), detractors + int(detracted)
        elif kind == "csat":
            csat_n, csat_sum, csat_ok = csat_n + n, csat_sum + int(total), csat_ok + int(satisfied)
        elif dimension in perception:
            perception[dimension][0] += int(total)
            perception[dimension][1] += n
            expectation[dimension][0] += int(e_total)
            expectation[dimension][1] += e_n
    passives = nps_n - promoters - detractors
    all_p = [sum(v[0] for v in perception.values()), sum(v[1] for v in perception.values())]
    all_e = [sum(v[0] for v in expectation.values()), sum(v[1] for v in expectation.values())]
    satisfaction = {
        "responses": responses,
        "nps": _float(nps_from_counts(promoters, passives, detractors)),
        "promoters_pct": _float(percentage(promoters, nps_n)),
        "passives_pct": _float(percentage(passives, nps_n)),
        "detractors_pct": _float(percentage(detractors, nps_n)),
        "csat": _float(percentage(csat_ok, csat_n)),
        "csat_mean": _float(mean(csat_sum, csat_n)),
        "perception_mean": {d: _float(mean(*perception[d])) for d in DIMENSIONS},
        "expectation_mean": {d: _float(mean(*expectation[d])) for d in DIMENSIONS},
        "gap": {d: _float(_difference(*perception[d], *expectation[d])) for d in DIMENSIONS},
        "ratio": {d: _float(_ratio(*perception[d], *expectation[d])) for d in DIMENSIONS},
        "satisfaction_index": _float(_ratio(*all_p, *all_e)),
    }

    # §4.2 service
    groups = _run(
        conn,
        """SELECT kind, category, channel, count(*) FROM tickets
           WHERE received_at >= :start AND received_at < :end GROUP BY kind, category, channel""",
        **month_range,
    )
    by = {
        name: {code: 0 for code in codes}
        for name, codes in (
            ("complaints_by_category", TICKET_CATEGORIES),
            ("complaints_by_channel", TICKET_CHANNELS),
            ("tickets_by_category", TICKET_CATEGORIES),
            ("tickets_by_channel", TICKET_CHANNELS),
        )
    }
    for kind, category, channel, count in groups:
        for prefix in ("complaints", "tickets") if kind == "complaint" else ("tickets",):
            by[f"{prefix}_by_category"][category or "other"] = (
                by[f"{prefix}_by_category"].get(category or "other", 0) + count
            )
            by[f"{prefix}_by_channel"][channel or "other"] = (
                by[f"{prefix}_by_channel"].get(channel or "other", 0) + count
            )
    first_response = _median(
        _run(
            conn,
            _median_sql(
                dialect,
                "kind = 'complaint' AND received_at >= :start AND received_at < :end AND first_response_at IS NOT NULL",
                "received_at",
                "first_response_at",
            ),
            **month_range,
        )
    )
    resolution = _median(
        _run(
            conn,
            _median_sql(
                dialect,
                "kind = 'complaint' AND resolved_at >= :start AND resolved_at < :end",
                "received_at",
                "resolved_at",
            ),
            **month_range,
        )
    )
    resolved, within_sla, with_callback, scored, satisfied = _run(
        conn,
        """SELECT count(*), count(CASE WHEN resolved_at <= due_at THEN 1 END), count(callback_at),
                  count(callback_score), count(CASE WHEN callback_score >= 4 THEN 1 END)
           FROM tickets WHERE kind = 'complaint' AND resolved_at >= :start AND resolved_at < :end""",
        **month_range,
    )[0]
    open_count, overdue_count = _run(
        conn, f"SELECT count(*), count(CASE WHEN due_at < :end THEN 1 END) FROM ({OPEN_COMPLAINTS}) still_open", end=end
    )[0]
    repeat = _run(
        conn,
        """SELECT count(*) FROM (SELECT customer_id FROM tickets
               WHERE kind = 'complaint' AND received_at >= :start AND received_at < :end AND customer_id IS NOT NULL
               GROUP BY customer_id HAVING count(*) >= 2) repeaters""",
        **month_range,
    )[0][0]
    service = {
        "complaints_received": sum(by["complaints_by_category"].values()),
        "tickets_received": sum(by["tickets_by_category"].values()),
        "complaints_by_category": by["complaints_by_category"],
        "complaints_by_channel": by["complaints_by_channel"],
        "tickets_by_category": by["tickets_by_category"],
        "tickets_by_channel": by["tickets_by_channel"],
        "median_first_response_minutes": None
        if first_response is None
        else float(round_half_up(first_response / 60, 1)),
        "median_resolution_hours": None if resolution is None else float(round_half_up(resolution / 3600, 1)),
        "sla_compliance": _float(percentage(within_sla, resolved)),
        "open_at_month_end": open_count,
        "overdue_at_month_end": overdue_count,
        "callback_rate": _float(percentage(with_callback, resolved)),
        "callback_satisfaction": _float(percentage(satisfied, scored)),
        "repeat_complainants": repeat,
    }

    # §4.3 retention
    sets = f"""WITH s AS ({ACTIVE.format(day=":first")}), e AS ({ACTIVE.format(day=":next_first")})"""
    dates = {"first": first, "next_first": next_first}
    started, ended, new, lost = _run(
        conn,
        f"""{sets} SELECT (SELECT count(*) FROM s), (SELECT count(*) FROM e),
                (SELECT count(*) FROM (SELECT customer_id FROM e EXCEPT SELECT customer_id FROM s) n),
                (SELECT count(*) FROM (SELECT customer_id FROM s EXCEPT SELECT customer_id FROM e) l)""",
        **dates,
    )[0]
    reasons = dict(
        _run(
            conn,
            f"""{sets}, lost AS (SELECT customer_id FROM s EXCEPT SELECT customer_id FROM e),
            ranked AS (SELECT end_reason, row_number() OVER (PARTITION BY customer_id
                                                          ORDER BY end_date DESC, id DESC) AS rk
                       FROM occupancies
                       WHERE role IN ('owner', 'tenant') AND end_date IS NOT NULL AND end_date <= :next_first
                             AND customer_id IN (SELECT customer_id FROM lost))
            SELECT end_reason, count(*) FROM ranked WHERE rk = 1 GROUP BY end_reason""",
            **dates,
        )
    )
    churn = {code: 0 for code in CHURN_REASONS}
    for reason, count in reasons.items():
        churn[reason or "other"] = churn.get(reason or "other", 0) + count
    tenured, tenure_days = _run(
        conn,
        f"""WITH e AS ({ACTIVE.format(day=":next_first")})
            SELECT count(*), sum({dialect["days"].format(a="first_start", b=":next_first")})
            FROM (SELECT min(start_date) AS first_start FROM occupancies
                  WHERE role IN ('owner', 'tenant') AND customer_id IN (SELECT customer_id FROM e)
                  GROUP BY customer_id) firsts""",
        next_first=next_first,
    )[0]
    retention = {
        "active_start": started,
        "active_end": ended,
        "new_customers": new,
        "lost_customers": lost,
        "retention_rate": _float(percentage(ended - new, started)),
        "churn_rate": _float(percentage(lost, started)),
        "churn_by_reason": churn,
        "avg_tenure_years": float(round_half_up(Fraction(int(tenure_days), tenured) / Fraction("365.25"), 2))
        if tenured
        else None,
    }

    # §4.4 loyalty quadrant and at-risk customers
    window = {"since": since, "end": end, "next_first": next_first}
    quadrant_rows = dict(
        _run(
            conn,
            f"""WITH e AS ({ACTIVE.format(day=":next_first")}),
            scored AS (
                SELECT r.id, r.customer_id, r.responded_at,
                       min(CASE WHEN q.kind = 'nps' THEN a.score END) AS nps,
                       min(CASE WHEN q.kind = 'csat' THEN a.score END) AS csat
                FROM responses r JOIN answers a ON a.response_id = r.id JOIN questions q ON q.id = a.question_id
                WHERE q.kind IN ('nps', 'csat') AND a.score IS NOT NULL
                      AND r.responded_at >= :since AND r.responded_at < :end
                      AND r.customer_id IN (SELECT customer_id FROM e)
                GROUP BY r.id, r.customer_id, r.responded_at
                HAVING min(CASE WHEN q.kind = 'nps' THEN a.score END) IS NOT NULL
                   AND min(CASE WHEN q.kind = 'csat' THEN a.score END) IS NOT NULL),
            latest AS (
                SELECT nps, csat, row_number() OVER (PARTITION BY customer_id
                                                     ORDER BY responded_at DESC, id DESC) AS rk
                FROM scored)
            SELECT CASE WHEN csat >= 4 AND nps >= 7 THEN 'loyalist' WHEN csat >= 4 THEN 'mercenary'
                        WHEN nps >= 7 THEN 'hostage' ELSE 'defector' END AS quadrant, count(*)
            FROM latest WHERE rk = 1 GROUP BY 1""",
            **window,
        )
    )
    quadrants = {q: quadrant_rows.get(q, 0) for q in ("loyalist", "mercenary", "hostage", "defector")}
    quadrants["unknown"] = ended - sum(quadrants.values())

    def latest_score(kind: str) -> str:
        return f"""SELECT customer_id, score FROM (
                SELECT r.customer_id, a.score, row_number() OVER (PARTITION BY r.customer_id
                                                                  ORDER BY r.responded_at DESC, r.id DESC) AS rk
                FROM responses r JOIN answers a ON a.response_id = r.id JOIN questions q ON q.id = a.question_id
                WHERE q.kind = '{kind}' AND a.score IS NOT NULL AND r.customer_id IS NOT NULL
                      AND r.responded_at >= :since AND r.responded_at < :end) ranked
            WHERE rk = 1"""

    risky = _run(
        conn,
        f"""WITH e AS ({ACTIVE.format(day=":next_first")}),
            reasons AS (
                SELECT customer_id, 'detractor' AS reason, 3 AS points FROM ({latest_score("nps")}) n
                    WHERE score <= 6
                UNION
                SELECT customer_id, 'overdue_complaint', 2 FROM ({OPEN_COMPLAINTS}) o WHERE due_at < :end
                UNION
                SELECT customer_id, 'repeat_complaints', 2 FROM tickets
                    WHERE kind = 'complaint' AND received_at >= :days_90 AND received_at < :end
                    GROUP BY customer_id HAVING count(*) >= 2
                UNION
                SELECT customer_id, 'low_callback', 2 FROM tickets
                    WHERE callback_score <= 2 AND callback_at >= :days_90 AND callback_at < :end
                UNION
                SELECT customer_id, 'low_csat', 1 FROM ({latest_score("csat")}) c WHERE score <= 2)
            SELECT r.customer_id, c.name, sum(r.points), {dialect["concat"].format(x="r.reason")}
            FROM reasons r JOIN customers c ON c.id = r.customer_id
            WHERE r.customer_id IN (SELECT customer_id FROM e)
            GROUP BY r.customer_id, c.name HAVING sum(r.points) >= 3""",
        days_90=days_90,
        **window,
    )
    # Sorted here, not by ORDER BY: PostgreSQL's collation may order Chinese names differently from Python.
    risky = sorted(risky, key=lambda row: (-row[2], row[1], row[0]))
    at_risk = [
        {"customer_id": cid, "score": int(score), "reasons": [r for r in RISK_ORDER if r in codes.split(",")]}
        for cid, _name, score, codes in risky
    ]
    loyalty = {"quadrant_counts": quadrants, "at_risk_count": len(at_risk), "at_risk": at_risk}

    # §4.5 archive completeness
    filled = "coalesce({x}, '') <> ''"
    care = " OR ".join(f"trim(coalesce({x}, '')) <> ''" for x in ("special_needs", "preferences", "emergency_contact"))
    active_count, complete = _run(
        conn,
        f"""WITH e AS ({ACTIVE.format(day=":next_first")})
            SELECT (SELECT count(*) FROM e), count(*)
            FROM (SELECT id_type, upper(replace(trim(id_number), ' ', '')) AS u FROM customers
                  WHERE id IN (SELECT customer_id FROM e)
                        AND ({filled.format(x="mobile")} OR {filled.format(x="phone2")})
                        AND {filled.format(x="id_number")} AND ({care})) candidates
            WHERE id_type <> 'resident_id' OR {_id_valid_sql(dialect)}""",
        next_first=next_first,
        today_digits=f"{today or date.today():%Y%m%d}",
    )[0]
    archive = {
        "archive_completeness": _float(percentage(int(complete), active_count)),
        "active_customers": active_count,
    }
    return {
        "month": f"{first:%Y-%m}",
        "satisfaction": satisfaction,
        "service": service,
        "retention": retention,
        "loyalty": loyalty,
        "archive": archive,
    }
