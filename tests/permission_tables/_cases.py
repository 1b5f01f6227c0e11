"""What every part of the permission table uses to write its cases."""

from dataclasses import dataclass

ROLES = ["anonymous", "employee", "leader", "hr", "editor"]
LOGIN = ">/accounts/login/"
ADMIN_LOGIN = ">/admin/login/"


def row(anonymous, employee, leader, hr, editor):
    return dict(zip(ROLES, (anonymous, employee, leader, hr, editor), strict=True))


@dataclass(frozen=True)
class Case:
    target: str | None  # key of the targets, or None for no URL arguments
    method: str
    expected: dict
    data: str | None = None  # a JSON body for POST endpoints that take JSON
