"""Users, roles and login (SPEC §3.7).

Passwords are hashed with argon2id at OWASP's minimum cost or above (19 MiB, t=2, p=1). Five failed
logins in a row lock an account for 15 minutes; a successful login resets the count. A wrong password and
an unknown user name get the same message, so that the login dialog does not tell which names exist.

The first start of an empty database runs `first_run_setup` (office name, first community, admin).
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select, update

from crm_desktop.models.database import Database
from crm_desktop.models.system import User
from crm_desktop.services.audit import record_event
from crm_desktop.services.errors import DomainError, NotFoundError, PermissionDeniedError, ValidationError
from crm_desktop.services.office_settings import OfficeSettingsService
from crm_desktop.services.principal import ROLES, Principal
from crm_desktop.services.structure import StructureService
from crm_desktop.services.text import QT_TRANSLATE_NOOP, Text
from crm_desktop.services.uow import Service, check_version

# Fixed audit details, stored in English and translated by the audit viewer (context "AuditDetails").
DETAIL_UNKNOWN_USER = QT_TRANSLATE_NOOP("AuditDetails", "unknown user name")
DETAIL_LOCKED = QT_TRANSLATE_NOOP("AuditDetails", "account locked")
DETAIL_WRONG_AND_LOCKED = QT_TRANSLATE_NOOP("AuditDetails", "wrong password; locked")
DETAIL_WRONG_PASSWORD = QT_TRANSLATE_NOOP("AuditDetails", "wrong password")
DETAIL_DEACTIVATED = QT_TRANSLATE_NOOP("AuditDetails", "account deactivated")
DETAIL_FIRST_START = QT_TRANSLATE_NOOP("AuditDetails", "first start")


log = logging.getLogger(__name__)

# OWASP Password Storage Cheat Sheet, argon2id minimum: m=19 MiB, t=2, p=1.
ARGON2_MEMORY_KIB = 19456
ARGON2_TIME_COST = 2
ARGON2_PARALLELISM = 1
PASSWORD_MIN_LENGTH = 8
PASSWORD_MAX_LENGTH = 256
USERNAME_MAX_LENGTH = 80
MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)

_hasher = PasswordHasher(
    time_cost=ARGON2_TIME_COST,
    memory_cost=ARGON2_MEMORY_KIB,
    parallelism=ARGON2_PARALLELISM,
    hash_len=32,
    salt_len=16,
    type=Type.ID,
)


@functools.cache
def _dummy_hash() -> str:
    """Verified against when the user name is unknown, so that answering takes as long as for a real account.

    Computed on first use, not at import: hashing costs about 30 ms, which the program's start must not pay.
    The GUI computes it ahead of the first attempt, in the thread that opens the database (`prepare_login`).
    """
    return _hasher.hash("not a password of anyone")


def prepare_login() -> None:
    """Do ahead of time what the first login attempt would otherwise spend time on."""
    _dummy_hash()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _verify(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except VerifyMismatchError:
        return False
    except (VerificationError, InvalidHashError):
        log.warning("A stored password hash could not be checked (damaged or unknown format)")
        return False


class LoginRefused(DomainError):
    """Login failed; `reason` is "credentials", "locked" or "inactive"."""

    def __init__(self, message: Text, reason: str, locked_until: datetime | None = None) -> None:
        super().__init__(message)
        self.reason = reason
        self.locked_until = locked_until


def _bad_credentials() -> LoginRefused:
    return LoginRefused(
        Text(QT_TRANSLATE_NOOP("Services", "Wrong user name or password")),
        "credentials",
    )


def _locked(until: datetime) -> LoginRefused:
    return LoginRefused(
        Text(
            QT_TRANSLATE_NOOP(
                "Services",
                "Too many wrong passwords: this account is locked until {time}. Try again then, or ask an "
                "administrator to reset the password.",
            ),
            time=until.strftime("%H:%M"),
        ),
        "locked",
        until,
    )


def password_problem(password: str) -> Text | None:
    """Why this cannot be a new password, or None."""
    if len(password) < PASSWORD_MIN_LENGTH:
        return Text(
            QT_TRANSLATE_NOOP("Services", "The password must have at least {count} characters"),
            count=PASSWORD_MIN_LENGTH,
        )
    if len(password) > PASSWORD_MAX_LENGTH:
        return Text(
            QT_TRANSLATE_NOOP("Services", "The password may have at most {count} characters"),
            count=PASSWORD_MAX_LENGTH,
        )
    if not password.strip():
        return Text(QT_TRANSLATE_NOOP("Services", "The password cannot be only spaces"))
    return None


def _check_password(password: str, field: str = "password") -> None:
    if (problem := password_problem(password)) is not None:
        raise ValidationError(problem, field=field)


def _clean_username(username: str) -> str:
    name = (username or "").strip()
    if not name:
        raise ValidationError(Text(QT_TRANSLATE_NOOP("Services", "The user name is required")), field="username")
    if len(name) > USERNAME_MAX_LENGTH:
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP("Services", "The user name may have at most {count} characters"),
                count=USERNAME_MAX_LENGTH,
            ),
            field="username",
        )
    if any(ch.isspace() or not ch.isprintable() for ch in name):
        raise ValidationError(
            Text(QT_TRANSLATE_NOOP("Services", "The user name cannot contain spaces")), field="username"
        )
    if name.startswith("os:"):  # reserved for the command line, which acts as the operating-system user
        raise ValidationError(
            Text(QT_TRANSLATE_NOOP("Services", "User names starting with os: are reserved")), field="username"
        )
    return name


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP("Services", "Unknown role {role}; choose one of {roles}"),
                role=role,
                roles=", ".join(ROLES),
            ),
            field="role",
        )


def _find_user(s, username: str) -> User | None:
    return s.scalar(select(User).where(func.lower(User.username) == username.strip().lower()))


# --- login ------------------------------------------------------------------------------------------------------


def authenticate(db: Database, username: str, password: str, now: datetime | None = None) -> Principal:
    """The principal for these credentials, or LoginRefused with a message for the login dialog.

    Every attempt is audit-logged (login / login_failed). The user name typed is logged only when it
    belongs to an account: an unknown one may be a password typed into the wrong field.
    """
    now = now or datetime.now()
    with db.session_factory() as s, s.begin():
        # Row changes here are logins, not edits: no actor, so the ORM hook stays out; events are explicit.
        user = _find_user(s, username or "")
        if user is None:
            _verify(_dummy_hash(), password or "")
            record_event(s, "(unknown)", "login_failed", "users", detail=DETAIL_UNKNOWN_USER)
            error: LoginRefused = _bad_credentials()
        elif user.locked_until is not None and user.locked_until > now:
            record_event(s, user.username, "login_failed", "users", user.id, detail=DETAIL_LOCKED)
            error = _locked(user.locked_until)
        elif not _verify(user.password_hash, password or ""):
            users = User.__table__
            failures = s.execute(
                update(users)
                .where(users.c.id == user.id)
                .values(failed_logins=users.c.failed_logins + 1)
                .returning(users.c.failed_logins)
            ).scalar_one()
            if failures >= MAX_FAILED_LOGINS:
                until = (now + LOCKOUT).replace(microsecond=0)
                # The count starts again after the lock, so one more mistake then does not lock at once.
                s.execute(update(users).where(users.c.id == user.id).values(failed_logins=0, locked_until=until))
                record_event(s, user.username, "login_failed", "users", user.id, detail=DETAIL_WRONG_AND_LOCKED)
                error = _locked(until)
            else:
                record_event(s, user.username, "login_failed", "users", user.id, detail=DETAIL_WRONG_PASSWORD)
                error = _bad_credentials()
        elif not user.active:
            record_event(s, user.username, "login_failed", "users", user.id, detail=DETAIL_DEACTIVATED)
            error = LoginRefused(
                Text(
                    QT_TRANSLATE_NOOP("Services", "This account is deactivated; ask an administrator to reactivate it")
                ),
                "inactive",
            )
        else:
            users = User.__table__
            values: dict[str, object] = {"failed_logins": 0, "locked_until": None, "last_login_at": now}
            if _hasher.check_needs_rehash(user.password_hash):  # costs raised since it was set
                values["password_hash"] = hash_password(password)
            s.execute(update(users).where(users.c.id == user.id).values(**values))
            record_event(s, user.username, "login", "users", user.id)
            return Principal(user.username, user.role)
    raise error


def password_change_required(db: Database, principal: Principal) -> bool:
    """True when an administrator set this user's password, which the user must now replace."""
    with db.session() as s:
        user = _find_user(s, principal.username)
        return bool(user and user.must_change_password)


# --- first start ------------------------------------------------------------------------------------------------


def needs_first_run(db: Database) -> bool:
    """An empty database has no users: the first-start wizard creates the administrator."""
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(User)) == 0


def first_run_setup(
    db: Database, office_name: str, community_name: str, admin_username: str, admin_password: str
) -> Principal:
    """Office name, first community and the administrator account; returns the administrator, logged in."""
    username = _clean_username(admin_username)
    _check_password(admin_password)
    if not (office_name or "").strip():
        raise ValidationError(Text(QT_TRANSLATE_NOOP("Services", "The office name is required")), field="office_name")
    if not (community_name or "").strip():
        raise ValidationError(
            Text(QT_TRANSLATE_NOOP("Services", "The name of the first community is required")), field="community"
        )
    if not needs_first_run(db):
        raise PermissionDeniedError(
            Text(QT_TRANSLATE_NOOP("Services", "This database already has users; log in instead"))
        )
    admin = Principal(username, "admin")
    # Office and community first: if either is refused, no account exists yet and the wizard can try again.
    settings_service = OfficeSettingsService(db, admin)
    settings = settings_service.load()
    settings_service.save(
        type(settings)(
            name=office_name.strip(),
            address=settings.address,
            phone=settings.phone,
            signatory=settings.signatory,
            logo=settings.logo,
        )
    )
    structure = StructureService(db, admin)
    if not any(c.name == community_name.strip() for c in structure.list_communities()):
        structure.save_community(community_name.strip())
    password_hash = hash_password(admin_password)
    with db.session_factory() as s, s.begin():
        s.info["actor"] = username
        if s.scalar(select(func.count()).select_from(User)):  # another desk finished its wizard meanwhile
            raise PermissionDeniedError(
                Text(QT_TRANSLATE_NOOP("Services", "This database already has users; log in instead"))
            )
        user = User(username=username, display_name=None, role="admin", password_hash=password_hash)
        user.must_change_password, user.failed_logins, user.active = False, 0, True
        user.last_login_at = datetime.now().replace(microsecond=0)
        s.add(user)
        s.flush()
        record_event(s, username, "login", "users", user.id, detail=DETAIL_FIRST_START)
    return admin


# --- user management --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    display_name: str
    role: str
    active: bool
    must_change_password: bool
    locked_until: datetime | None
    last_login_at: datetime | None
    version: int


def _row(user: User) -> UserRow:
    return UserRow(
        id=user.id,
        username=user.username,
        display_name=user.display_name or "",
        role=user.role,
        active=bool(user.active),
        must_change_password=bool(user.must_change_password),
        locked_until=user.locked_until,
        last_login_at=user.last_login_at,
        version=user.version,
    )


def _get_user(s, user_id: int) -> User:
    user = s.get(User, user_id)
    if user is None:
        raise NotFoundError(Text(QT_TRANSLATE_NOOP("Services", "User #{id} no longer exists"), id=user_id))
    return user


class UserService(Service):
    """Accounts: administrators manage them; everyone changes their own password."""

    def _require_admin(self) -> None:
        if not self.principal.may_manage_users:
            raise PermissionDeniedError(Text(QT_TRANSLATE_NOOP("Services", "Only an administrator may manage users")))

    def list_users(self) -> list[UserRow]:
        self._require_admin()
        with self.db.session() as s:
            return [_row(u) for u in s.scalars(select(User).order_by(func.lower(User.username)))]

    def create_user(
        self,
        username: str,
        role: str,
        password: str,
        display_name: str = "",
        must_change_password: bool = True,
    ) -> int:
        """A new account; by default its user must replace the password the administrator chose."""
        self._require_admin()
        name = _clean_username(username)
        _check_role(role)
        _check_password(password)
        display = (display_name or "").strip()[:100] or None
        password_hash = hash_password(password)
        with self.transaction() as s:
            if _find_user(s, name) is not None:
                raise ValidationError(
                    Text(QT_TRANSLATE_NOOP("Services", "A user named {name} already exists"), name=name),
                    field="username",
                )
            user = User(username=name, display_name=display, role=role, password_hash=password_hash)
            user.must_change_password, user.failed_logins, user.active = must_change_password, 0, True
            s.add(user)
            s.flush()
            return user.id

    def _other_active_admins(self, s, user_id: int) -> int:
        return (
            s.scalar(
                select(func.count())
                .select_from(User)
                .where(User.role == "admin", User.active.is_(True), User.id != user_id)
            )
            or 0
        )

    def _keep_an_admin(self, s, user: User) -> None:
        if user.role == "admin" and user.active and not self._other_active_admins(s, user.id):
            raise ValidationError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Services",
                        "{name} is the last active administrator; make another user administrator first",
                    ),
                    name=user.username,
                ),
                field="role",
            )

    def set_role(self, user_id: int, role: str, expected_version: int | None = None) -> None:
        self._require_admin()
        _check_role(role)
        with self.transaction() as s:
            user = _get_user(s, user_id)
            check_version(user, expected_version, f"User {user.username}")
            if role != "admin":
                self._keep_an_admin(s, user)
            user.role = role

    def deactivate(self, user_id: int, expected_version: int | None = None) -> None:
        """The account can no longer log in; its name stays in the audit log and on records."""
        self._require_admin()
        with self.transaction() as s:
            user = _get_user(s, user_id)
            check_version(user, expected_version, f"User {user.username}")
            if user.username == self.principal.username:
                raise ValidationError(
                    Text(QT_TRANSLATE_NOOP("Services", "You cannot deactivate your own account")), field="active"
                )
            self._keep_an_admin(s, user)
            user.active = False

    def reactivate(self, user_id: int, expected_version: int | None = None) -> None:
        self._require_admin()
        with self.transaction() as s:
            user = _get_user(s, user_id)
            check_version(user, expected_version, f"User {user.username}")
            user.active, user.failed_logins, user.locked_until = True, 0, None

    def reset_password(self, user_id: int, new_password: str, expected_version: int | None = None) -> None:
        """For a user who forgot theirs: unlocks the account; they must choose a new one at next login."""
        self._require_admin()
        _check_password(new_password)
        password_hash = hash_password(new_password)
        with self.transaction() as s:
            user = _get_user(s, user_id)
            check_version(user, expected_version, f"User {user.username}")
            user.password_hash = password_hash
            user.must_change_password = True
            user.failed_logins, user.locked_until = 0, None

    def change_password(self, old_password: str, new_password: str) -> None:
        """The acting user's own password; the old one must be given."""
        with self.transaction() as s:
            user = _find_user(s, self.principal.username)
            if user is None:
                raise NotFoundError(
                    Text(
                        QT_TRANSLATE_NOOP("Services", "There is no account named {name}"),
                        name=self.principal.username,
                    )
                )
            if not _verify(user.password_hash, old_password or ""):
                raise ValidationError(
                    Text(QT_TRANSLATE_NOOP("Services", "The current password is wrong")), field="old_password"
                )
            _check_password(new_password, field="new_password")
            if new_password == old_password:
                raise ValidationError(
                    Text(QT_TRANSLATE_NOOP("Services", "The new password must differ from the current one")),
                    field="new_password",
                )
            user.password_hash = hash_password(new_password)
            user.must_change_password = False
