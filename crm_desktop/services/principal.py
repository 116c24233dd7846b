"""Who is acting, and what their role lets them see."""

from __future__ import annotations

import getpass
from dataclasses import dataclass

ROLES = ("admin", "manager", "clerk", "viewer")


@dataclass(frozen=True)
class Principal:
    username: str
    role: str = "clerk"

    @property
    def may_view_id_numbers(self) -> bool:
        return self.role in ("admin", "manager")

    @property
    def may_view_phones(self) -> bool:
        return self.role in ("admin", "manager", "clerk")

    @property
    def may_edit(self) -> bool:
        return self.role != "viewer"

    @property
    def may_manage_users(self) -> bool:
        return self.role == "admin"

    @property
    def may_read_audit_log(self) -> bool:
        return self.role in ("admin", "manager")

    @property
    def may_reveal_id_numbers(self) -> bool:
        """Who may ask for an ID number in clear; each reveal is audit-logged (SPEC §3.1)."""
        return self.may_view_id_numbers


def operating_system_principal() -> Principal:
    """The command line acts with the rights of whoever can open the database (SPEC §6.1)."""
    try:
        name = getpass.getuser()
    except (KeyError, OSError):  # no passwd entry in some containers
        name = "system"
    return Principal(username=f"os:{name}", role="admin")
