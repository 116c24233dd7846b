"""Users, login, lockout, first start and the role rules of SPEC §3.7."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from argon2 import extract_parameters
from sqlalchemy import select

from crm_desktop.models import AuditEntry, Setting, User
from crm_desktop.models.database import Database
from crm_desktop.services.auth import (
    LoginRefused,
    UserService,
    authenticate,
    first_run_setup,
    needs_first_run,
    password_change_required,
)
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.errors import PermissionDeniedError, ValidationError
from crm_desktop.services.office_settings import load_office_settings
from crm_desktop.services.principal import Principal
from crm_desktop.services.structure import StructureService
from crm_desktop.services.tickets import TicketInput, TicketService
from tests.factories import make_customer, make_id_number
from tests.services.test_tickets import bring_to, make_staff

NOW = datetime(2026, 9, 15, 9, 0)
PASSWORD = "correct horse"


@pytest.fixture
def admin_db(db: Database) -> Database:
    """A database after the first-start wizard: office, community and the administrator `boss`."""
    first_run_setup(db, "阳光物业服务中心", "阳光花园", "boss", PASSWORD)
    return db


def boss() -> Principal:
    return Principal("boss", "admin")


def add_user(db: Database, name: str = "xiaoli", role: str = "clerk", must_change: bool = False) -> int:
    return UserService(db, boss()).create_user(name, role, PASSWORD, must_change_password=must_change)


def user(db: Database, name: str) -> User:
    with db.session() as s:
        return s.scalar(select(User).where(User.username == name))


def audit_actions(db: Database) -> list[tuple[str, str, str | None]]:
    with db.session() as s:
        return [(e.actor, e.action, e.detail) for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]


# --- first start ----------------------------------------------------------------------------------------------


def test_first_start_creates_office_community_and_admin(db: Database) -> None:
    assert needs_first_run(db)
    principal = first_run_setup(db, " 阳光物业服务中心 ", "阳光花园", "boss", PASSWORD)
    assert principal == Principal("boss", "admin")
    assert not needs_first_run(db)
    assert load_office_settings(db).name == "阳光物业服务中心"
    assert [c.name for c in StructureService(db, principal).list_communities()] == ["阳光花园"]
    assert authenticate(db, "boss", PASSWORD, now=NOW) == principal
    assert not password_change_required(db, principal)


def test_first_start_refuses_bad_input_and_changes_nothing(db: Database) -> None:
    with pytest.raises(ValidationError) as info:
        first_run_setup(db, "阳光物业", "阳光花园", "boss", "short")
    assert info.value.field == "password" and "at least 8 characters" in str(info.value)
    with pytest.raises(ValidationError) as info:
        first_run_setup(db, "阳光物业", " ", "boss", PASSWORD)
    assert info.value.field == "community"
    with pytest.raises(ValidationError):
        first_run_setup(db, "阳光物业", "阳光花园", "has space", PASSWORD)
    assert needs_first_run(db)
    with db.session() as s:
        assert s.scalar(select(Setting).where(Setting.key == "office_name")) is None


def test_first_start_runs_only_once(admin_db: Database) -> None:
    with pytest.raises(PermissionDeniedError):
        first_run_setup(admin_db, "别的物业", "别的小区", "intruder", PASSWORD)
    assert user(admin_db, "intruder") is None


# --- passwords ------------------------------------------------------------------------------------------------


def test_passwords_are_argon2id_at_owasp_minimum_or_above(admin_db: Database) -> None:
    stored = user(admin_db, "boss").password_hash
    assert stored.startswith("$argon2id$")
    parameters = extract_parameters(stored)
    assert parameters.memory_cost >= 19456  # KiB = 19 MiB
    assert parameters.time_cost >= 2
    assert parameters.parallelism >= 1
    assert PASSWORD not in stored


def test_login_is_case_insensitive_on_the_name_only(admin_db: Database) -> None:
    assert authenticate(admin_db, " BOSS ", PASSWORD, now=NOW).username == "boss"
    with pytest.raises(LoginRefused):
        authenticate(admin_db, "boss", PASSWORD.upper(), now=NOW)


def test_unknown_user_and_wrong_password_get_the_same_message(admin_db: Database) -> None:
    with pytest.raises(LoginRefused) as unknown:
        authenticate(admin_db, "nobody", PASSWORD, now=NOW)
    with pytest.raises(LoginRefused) as wrong:
        authenticate(admin_db, "boss", "wrong password", now=NOW)
    assert str(unknown.value) == str(wrong.value) == "Wrong user name or password"
    assert unknown.value.reason == wrong.value.reason == "credentials"
    failed = [a for a in audit_actions(admin_db) if a[1] == "login_failed"]
    assert failed == [("(unknown)", "login_failed", "unknown user name"), ("boss", "login_failed", "wrong password")]


def test_five_wrong_passwords_lock_for_fifteen_minutes(admin_db: Database) -> None:
    add_user(admin_db)
    for attempt in range(4):
        with pytest.raises(LoginRefused) as info:
            authenticate(admin_db, "xiaoli", "wrong password", now=NOW + timedelta(seconds=attempt))
        assert info.value.reason == "credentials"
    with pytest.raises(LoginRefused) as info:
        authenticate(admin_db, "xiaoli", "wrong password", now=NOW)
    assert info.value.reason == "locked"
    assert "locked until 09:15" in str(info.value)
    # Locked: even the right password is refused until the 15 minutes are over.
    with pytest.raises(LoginRefused) as info:
        authenticate(admin_db, "xiaoli", PASSWORD, now=NOW + timedelta(minutes=14, seconds=59))
    assert info.value.reason == "locked" and info.value.locked_until == datetime(2026, 9, 15, 9, 15)
    assert authenticate(admin_db, "xiaoli", PASSWORD, now=NOW + timedelta(minutes=15)).role == "clerk"
    stored = user(admin_db, "xiaoli")
    assert (stored.failed_logins, stored.locked_until, stored.last_login_at) == (0, None, NOW + timedelta(minutes=15))


def test_a_success_resets_the_count_of_failures(admin_db: Database) -> None:
    add_user(admin_db)
    for _ in range(4):
        with pytest.raises(LoginRefused):
            authenticate(admin_db, "xiaoli", "wrong password", now=NOW)
    authenticate(admin_db, "xiaoli", PASSWORD, now=NOW)
    for _ in range(4):
        with pytest.raises(LoginRefused) as info:
            authenticate(admin_db, "xiaoli", "wrong password", now=NOW)
        assert info.value.reason == "credentials"  # not locked: the count started again


def test_a_deactivated_account_cannot_log_in(admin_db: Database) -> None:
    user_id = add_user(admin_db)
    UserService(admin_db, boss()).deactivate(user_id)
    with pytest.raises(LoginRefused) as info:
        authenticate(admin_db, "xiaoli", PASSWORD, now=NOW)
    assert info.value.reason == "inactive" and "deactivated" in str(info.value)
    with pytest.raises(LoginRefused) as info:  # a wrong password does not tell the account exists
        authenticate(admin_db, "xiaoli", "wrong password", now=NOW)
    assert info.value.reason == "credentials"
    UserService(admin_db, boss()).reactivate(user_id)
    assert authenticate(admin_db, "xiaoli", PASSWORD, now=NOW).username == "xiaoli"


def test_logins_are_audit_logged(admin_db: Database) -> None:
    authenticate(admin_db, "boss", PASSWORD, now=NOW)
    assert audit_actions(admin_db)[-1] == ("boss", "login", None)


# --- must change password -------------------------------------------------------------------------------------


def test_reset_password_forces_a_change_at_next_login(admin_db: Database) -> None:
    user_id = add_user(admin_db)
    for _ in range(5):
        with pytest.raises(LoginRefused):
            authenticate(admin_db, "xiaoli", "wrong password", now=NOW)
    UserService(admin_db, boss()).reset_password(user_id, "temporary-123")
    principal = authenticate(admin_db, "xiaoli", "temporary-123", now=NOW)  # the reset also unlocks
    assert password_change_required(admin_db, principal)

    own = UserService(admin_db, principal)
    with pytest.raises(ValidationError) as info:
        own.change_password("not the old one", "brand-new-456")
    assert info.value.field == "old_password"
    with pytest.raises(ValidationError) as info:
        own.change_password("temporary-123", "short")
    assert info.value.field == "new_password" and "at least 8 characters" in str(info.value)
    with pytest.raises(ValidationError):
        own.change_password("temporary-123", "temporary-123")
    own.change_password("temporary-123", "brand-new-456")
    assert not password_change_required(admin_db, principal)
    with pytest.raises(LoginRefused):
        authenticate(admin_db, "xiaoli", "temporary-123", now=NOW)
    assert authenticate(admin_db, "xiaoli", "brand-new-456", now=NOW) == principal


def test_new_users_must_change_the_password_the_admin_chose(admin_db: Database) -> None:
    UserService(admin_db, boss()).create_user("xiaowang", "viewer", PASSWORD)
    assert password_change_required(admin_db, authenticate(admin_db, "xiaowang", PASSWORD, now=NOW))


# --- user management ------------------------------------------------------------------------------------------


def test_admin_manages_users(admin_db: Database) -> None:
    service = UserService(admin_db, boss())
    user_id = add_user(admin_db)
    with pytest.raises(ValidationError) as info:
        service.create_user("XiaoLi", "clerk", PASSWORD)
    assert info.value.field == "username" and "already exists" in str(info.value)
    with pytest.raises(ValidationError) as info:
        service.create_user("xiaozhao", "superuser", PASSWORD)
    assert info.value.field == "role"
    row = next(u for u in service.list_users() if u.id == user_id)
    service.set_role(user_id, "manager", expected_version=row.version)
    assert authenticate(admin_db, "xiaoli", PASSWORD, now=NOW).role == "manager"
    assert [u.username for u in service.list_users()] == ["boss", "xiaoli"]
    changes = [a for a in audit_actions(admin_db) if a[0] == "boss" and a[1] in ("create", "update")]
    assert changes  # user edits are in the audit log, without the password hash
    with admin_db.session() as s:
        texts = [e.before or "" for e in s.scalars(select(AuditEntry))] + [
            e.after or "" for e in s.scalars(select(AuditEntry))
        ]
    assert not any("argon2" in t or "password_hash" in t for t in texts)


def test_the_last_admin_cannot_be_demoted_or_deactivated(admin_db: Database) -> None:
    service = UserService(admin_db, boss())
    boss_id = user(admin_db, "boss").id
    with pytest.raises(ValidationError) as info:
        service.set_role(boss_id, "manager")
    assert "last active administrator" in str(info.value)
    with pytest.raises(ValidationError):
        service.deactivate(boss_id)
    other = add_user(admin_db, "second", "admin")
    service.set_role(boss_id, "manager")
    with pytest.raises(ValidationError) as info:
        UserService(admin_db, Principal("second", "admin")).deactivate(other)
    assert "own account" in str(info.value)


@pytest.mark.parametrize("role", ["manager", "clerk", "viewer"])
def test_only_admins_manage_users(admin_db: Database, role: str) -> None:
    user_id = add_user(admin_db)
    service = UserService(admin_db, Principal("someone", role))
    for call in (
        service.list_users,
        lambda: service.create_user("new", "clerk", PASSWORD),
        lambda: service.set_role(user_id, "admin"),
        lambda: service.deactivate(user_id),
        lambda: service.reset_password(user_id, "another-password"),
    ):
        with pytest.raises(PermissionDeniedError) as info:
            call()
        assert "administrator" in str(info.value)
    assert user(admin_db, "xiaoli").role == "clerk"


# --- roles in the other services (SPEC §3.7) ------------------------------------------------------------------


def test_viewer_cannot_write(db: Database, viewer: Principal) -> None:
    with pytest.raises(PermissionDeniedError) as info:
        StructureService(db, viewer).save_community("阳光花园")
    assert "only read" in str(info.value)
    with pytest.raises(PermissionDeniedError):
        TicketService(db, viewer).create(TicketInput(title="漏水", category="other"))
    with pytest.raises(PermissionDeniedError):
        UserService(db, viewer).create_user("someone", "admin", PASSWORD)
    assert StructureService(db, viewer).list_communities() == []


def test_clerk_cannot_delete_a_closed_ticket_but_a_manager_can(
    db: Database, clerk: Principal, manager: Principal
) -> None:
    closed = bring_to(db, "closed", make_staff(db))
    with pytest.raises(PermissionDeniedError) as info:
        TicketService(db, clerk).delete(closed)
    assert "closed ticket" in str(info.value)
    assert TicketService(db, clerk).get(closed).status == "closed"
    TicketService(db, manager).delete(closed)
    with db.session() as s:
        deleted = s.scalars(select(AuditEntry).where(AuditEntry.action == "delete", AuditEntry.entity == "tickets"))
        assert [e.actor for e in deleted] == ["manager1"]


def test_clerk_sees_id_numbers_masked(db: Database, clerk: Principal) -> None:
    number = make_id_number()
    customer_id = make_customer(db, "张三", id_number=number)
    (row,) = CustomerService(db, clerk).rows([customer_id])
    assert number not in row.id_number and row.id_number.endswith(number[-4:])
