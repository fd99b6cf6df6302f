"""Manage the dashboard's users: `python -m dashboard.users add NAME --role viewer|analyst|editor|admin`."""
from __future__ import annotations

import argparse
import getpass
import sys

import sqlalchemy as sa

from dashboard.accounts import ROLES, AccountError, Accounts, confirmed
from incidents.settings import db_url


def _password(args: argparse.Namespace) -> str:
    """The new password: one line of standard input with --password-stdin, else asked twice at the terminal."""
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(f"Password for {args.name}: ")
    return confirmed(first, getpass.getpass("Again: "))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m dashboard.users",
        description="Users of the dashboard, kept in the incident store (INCIDENTS_DB). Roles: viewer sees and "
                    "exports; analyst also ingests drafts; editor also reviews and publishes; admin also manages "
                    "users and gazetteer places. Sign-in is used when DASHBOARD_SIGN_IN=1 (see the README).",
    )
    parser.add_argument("--db", default=None, help="database URL (default: INCIDENTS_DB or the embedded store)")
    verbs = parser.add_subparsers(dest="verb", required=True)
    add = verbs.add_parser("add", help="add a user (asks for the password)")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=ROLES)
    verbs.add_parser("list", help="list the users and their roles")
    remove = verbs.add_parser("remove", help="remove a user")
    remove.add_argument("name")
    passwd = verbs.add_parser("passwd", help="set a user's password (asks for it)")
    passwd.add_argument("name")
    role = verbs.add_parser("role", help="change a user's role")
    role.add_argument("name")
    role.add_argument("role", choices=ROLES)
    for verb in (add, passwd):
        verb.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    args = parser.parse_args(argv)

    try:
        accounts = Accounts(args.db or db_url())
        if args.verb == "add":
            user = accounts.add(args.name, args.role, _password(args))
            print(f"added {user.name} ({user.role})")
        elif args.verb == "list":
            for user in accounts.list():
                print(f"{user.name}\t{user.role}")
        elif args.verb == "remove":
            accounts.remove(args.name)
            print(f"removed {args.name}")
        elif args.verb == "passwd":
            accounts.set_password(args.name, _password(args))
            print(f"password of {args.name} changed")
        else:
            accounts.set_role(args.name, args.role)
            print(f"{args.name} is now {args.role}")
    except (AccountError, sa.exc.SQLAlchemyError) as exc:
        print(f"error: {str(exc).splitlines()[0]}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
