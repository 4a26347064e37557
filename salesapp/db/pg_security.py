"""PostgreSQL enforces who sees what: group roles, grants and row-level security of one shop's database.

Roles (names from `pg_names`, unique on a server holding several shops):
- ``<prefix>_owner`` (NOLOGIN, CREATEROLE) owns every table, sequence and function. Migrations and role
  administration run as the owner: an administrator's session does ``SET ROLE`` to it, or ``salesapp
  migrate`` connects as a superuser. Row-level security is *not* forced on the owner: migrations must
  see every row to rewrite them, and only administrators can become the owner.
- ``<prefix>_sales`` and ``<prefix>_manager``: the DML their work needs and nothing else (no DDL: the
  schema grants them USAGE only; no CREATE ROLE; no membership that leads to the owner).
- ``<prefix>_admin``: the managers' rights plus staff administration (INSERT and UPDATE on `users`).
  It is NOINHERIT and a member of the owner: its members may ``SET ROLE`` to the owner (to migrate),
  but do not silently hold the owner's rights, so their everyday queries are filtered by the policies
  like everyone's (administrators' policies let them see every row).
- Each staff member signs in with a login role of their own (`pg_logins`), a member of the group of
  their app role; the policies find the person by ``current_user`` in `users.pg_role`.

The policies themselves are data (`_pg_policies.POLICIES`); `refresh` (re)applies grants and policies to
every table and runs after each migration, so a new table gets no grant at all until it is listed (a test
fails meanwhile). Passwords: staff read every column of `users` but `password_hash` (column grants).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import peewee as pw

from salesapp.db._pg_policies import ADM, LIST_WRITERS, NO_POLICY, POLICIES, SHARE_LOCKED, UID, Rule
from salesapp.db.pg_names import GROUPS, group_role
from salesapp.domain.errors import DatabaseOpenError, msg

STAFF_GROUPS = ("sales", "manager", "admin")
USERS_PROTECTED = ("id", "username", "role", "active", "pg_role", "display_name", "created_at")
"""Columns of `users` a staff member cannot change on their own row (administrators can)."""
REASONS = NO_POLICY
POLICY_TABLES = POLICIES


SEARCH_FUNCTION = "salesapp_customer_search(text, integer)"


def quote(name: str) -> str:
    """A role or table name as an SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def literal(text: str) -> str:
    """A string as an SQL literal (for statements that take no parameters: ALTER ROLE … PASSWORD)."""
    return "'" + text.replace("'", "''") + "'"


def database_name(db: pw.Database) -> str:
    """The name of the database `db` is connected to."""
    return str(db.execute_sql("SELECT current_database()").fetchone()[0])


def groups(db: pw.Database) -> dict[str, str]:
    """The group role names of `db`'s database, by group."""
    name = database_name(db)
    return {g: group_role(name, g) for g in GROUPS}


def is_installed(db: pw.Database) -> bool:
    """True when the roles of this database exist (migration 18 ran)."""
    owner = groups(db)["owner"]
    return db.execute_sql("SELECT 1 FROM pg_roles WHERE rolname = %s", (owner,)).fetchone() is not None


@contextlib.contextmanager
def as_owner(db: pw.Database) -> Iterator[None]:
    """Run the block as the database's owner role: migrations and role administration. A superuser, or
    a database without roles yet (before migration 18: the account it was made with) runs as itself;
    a superuser or an administrator's login role does `SET ROLE` to the owner, so what a migration
    creates belongs to the owner; anyone else is refused with a message saying who can do it."""
    if not is_installed(db):
        yield
        return
    owner = groups(db)["owner"]
    member = db.execute_sql("SELECT pg_has_role(current_user, %s, 'MEMBER')", (owner,)).fetchone()
    if not member[0]:  # a superuser is a member of every role
        raise DatabaseOpenError(
            msg(
                "This database needs an update that only an administrator can run: ask an "
                "administrator to start salesapp, or to run `salesapp migrate`."
            )
        )
    db.execute_sql(f"SET ROLE {quote(owner)}")
    try:
        yield
    finally:
        with contextlib.suppress(pw.DatabaseError, pw.InterfaceError):
            db.execute_sql("RESET ROLE")


def hides_password_hash(db: pw.Database) -> bool:
    """True when this connection may not read `users.password_hash` (a staff member's login role)."""
    row = db.execute_sql(
        "SELECT NOT has_column_privilege('public.users', 'password_hash', 'SELECT')"
    ).fetchone()
    return bool(row[0])


def _role_exists(db: pw.Database, role: str) -> bool:
    return db.execute_sql("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone() is not None


def install(db: pw.Database) -> None:
    """Migration 18: create the group roles, hand every object to the owner, close the database and its
    schema to anyone else, then `refresh`. Run by a superuser, or an account with CREATEROLE that owns
    the database."""
    me = db.execute_sql(
        "SELECT rolsuper, rolcreaterole, current_user FROM pg_roles WHERE rolname = current_user"
    ).fetchone()
    if not (me[0] or me[1]):
        raise DatabaseOpenError(
            msg(
                "Updating this database needs an account that may create roles (the server's "
                "superuser, for example): run `salesapp migrate --db postgresql://postgres@host/database` "
                "once."
            )
        )
    g = groups(db)
    name = database_name(db)
    for group, role in g.items():
        if not _role_exists(db, role):
            attrs = "NOLOGIN CREATEROLE" if group == "owner" else "NOLOGIN"
            db.execute_sql(f"CREATE ROLE {quote(role)} {attrs}{' NOINHERIT' if group == 'admin' else ''}")
    owner = quote(g["owner"])
    if not me[0]:
        db.execute_sql(f"GRANT {owner} TO CURRENT_USER")  # to hand objects over, the giver must be a member
    db.execute_sql(f"GRANT {owner} TO {quote(g['admin'])}")
    _hand_over(db, g["owner"])
    staff = ", ".join(quote(g[s]) for s in STAFF_GROUPS)
    db.execute_sql(f"REVOKE ALL ON DATABASE {quote(name)} FROM PUBLIC")
    db.execute_sql(f"GRANT CONNECT ON DATABASE {quote(name)} TO {staff}, {owner}")
    db.execute_sql("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    db.execute_sql(f"GRANT USAGE ON SCHEMA public TO {staff}")
    db.execute_sql(f"GRANT USAGE, CREATE ON SCHEMA public TO {owner}")
    refresh(db)
    _hand_over(db, g["owner"])  # the functions refresh made belong to the owner too


def _hand_over(db: pw.Database, owner: str) -> None:
    """Every table, sequence, view and function of the schema (not an extension's) to the owner."""
    rows = db.execute_sql(
        "SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S') "
        "AND pg_get_userbyid(c.relowner) <> %s AND NOT EXISTS (SELECT 1 FROM pg_depend d "
        "WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('e', 'a', 'i'))",
        (owner,),
    ).fetchall()
    for relname, kind in rows:
        what = {"S": "SEQUENCE", "v": "VIEW", "m": "MATERIALIZED VIEW"}.get(kind, "TABLE")
        db.execute_sql(f"ALTER {what} public.{quote(relname)} OWNER TO {quote(owner)}")
    functions = db.execute_sql(
        "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> %s AND NOT EXISTS (SELECT 1 FROM "
        "pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')",
        (owner,),
    ).fetchall()
    for (signature,) in functions:
        db.execute_sql(f"ALTER FUNCTION {signature} OWNER TO {quote(owner)}")


def tables(db: pw.Database) -> list[str]:
    """Every table of the schema."""
    rows = db.execute_sql(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1"
    ).fetchall()
    return [r[0] for r in rows]


_FUNCTIONS = [
    # The policies of `users` itself cannot hold a subquery on `users` (PostgreSQL refuses it as a
    # recursion): they call these instead. SECURITY INVOKER: the caller's own rights.
    f"CREATE OR REPLACE FUNCTION public.salesapp_uid() RETURNS bigint LANGUAGE sql STABLE AS $$ {UID} $$",
    "CREATE OR REPLACE FUNCTION public.salesapp_is_admin() RETURNS boolean LANGUAGE sql STABLE "
    f"AS $$ {ADM} $$",
]
EXISTS_FUNCTION = "salesapp_row_exists(text, bigint)"
"""Whether a row of an owned table exists at all, hidden or not: a service that cannot find a record
tells "it belongs to a colleague" (PermissionDenied) from "it was deleted" (NotFound), as on SQLite. It
runs as the owner and answers only yes or no, for the tables of POLICIES; ids are no secret."""


def _exists_function() -> str:
    owned = ", ".join(literal(t) for t in POLICIES)
    return (
        "CREATE OR REPLACE FUNCTION public.salesapp_row_exists(tbl text, row_id bigint) "
        "RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp "
        "AS $f$ DECLARE hit boolean; BEGIN "
        f"IF tbl NOT IN ({owned}) THEN RETURN NULL; END IF; "
        "EXECUTE format('SELECT EXISTS (SELECT 1 FROM public.%I WHERE id = $1)', tbl) INTO hit USING row_id; "
        "RETURN hit; END $f$"
    )


PHONE_FUNCTION = "salesapp_phone_holder(text)"
"""The customer with a phone number and their owner, hidden or not: a request or payment notice phoned in
for a pool customer is attached to them, one for a colleague's customer is refused naming the colleague
(ARCHITECTURE.md), instead of a second customer with the same phone. Runs as the owner; ids only."""
_PHONE_FUNCTION_SQL = (
    "CREATE OR REPLACE FUNCTION public.salesapp_phone_holder(wanted text) "
    "RETURNS TABLE (customer_id bigint, owner_id bigint) LANGUAGE sql STABLE SECURITY DEFINER "
    "SET search_path = pg_catalog, pg_temp AS $f$ SELECT c.id, c.owner_id FROM public.customers c "
    "WHERE c.phone = wanted ORDER BY c.id LIMIT 1 $f$"
)
OWNER_FUNCTION = "salesapp_customer_owner(bigint)"
"""A customer's owner for the follow-ups' policy (see _pg_policies: a subquery there would recurse)."""
_OWNER_FUNCTION_SQL = (
    "CREATE OR REPLACE FUNCTION public.salesapp_customer_owner(cid bigint) RETURNS bigint LANGUAGE sql "
    "STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $f$ "
    "SELECT c.owner_id FROM public.customers c WHERE c.id = cid $f$"
)


_SEARCH_TRIGGERS = ("customers_search_sync", "products_search_sync")
"""Trigger functions that keep a search table in step: they run as the owner (SECURITY DEFINER, a fixed
search_path, callable only as triggers), so staff need no write grant on the search tables."""


def _search_function(owner: str) -> str:
    """Customer search for everyone: the trigram index of `customers_search` answers as the owner
    (row-level security would keep a LIKE from using it: LIKE is not leakproof), and only the ids the
    caller may see come back (their own customers; every one for managers, administrators and the owner).
    The caller is `session_user`, which no staff role can change."""
    query = (
        "SELECT s.id FROM public.customers_search s {join}WHERE s.search_key LIKE %L ESCAPE ''\\'' "
        "{mine}ORDER BY s.id DESC LIMIT %s"
    )
    everyone = query.format(join="", mine="")
    mine = query.format(join="JOIN public.customers c ON c.id = s.id ", mine="AND c.owner_id = %s ")
    return (
        "CREATE OR REPLACE FUNCTION public.salesapp_customer_search(pattern text, max_hits integer) "
        "RETURNS SETOF bigint LANGUAGE plpgsql STABLE SECURITY DEFINER "
        "SET search_path = pg_catalog, pg_temp AS $f$ DECLARE me bigint; everyone boolean; BEGIN "
        "SELECT u.id, u.role IN ('manager', 'admin') INTO me, everyone FROM public.users u "
        "WHERE u.pg_role = session_user AND u.active; "
        f"IF me IS NULL THEN everyone := pg_has_role(session_user, {literal(owner)}, 'USAGE'); END IF; "
        "IF everyone THEN RETURN QUERY EXECUTE "
        f"format('{everyone}', pattern, coalesce(max_hits::text, 'ALL')); "
        "ELSIF me IS NOT NULL THEN RETURN QUERY EXECUTE "
        f"format('{mine}', pattern, me, coalesce(max_hits::text, 'ALL')); "
        "END IF; END $f$"
    )


def refresh(db: pw.Database) -> None:
    """(Re)apply every grant and policy: after migration 18 and after each later migration. Run as the
    owner (or a superuser)."""
    g = groups(db)
    staff = [g[s] for s in STAFF_GROUPS]
    everyone = ", ".join(quote(r) for r in staff)
    me = db.execute_sql("SELECT current_user").fetchone()[0]
    if me != g["owner"]:  # a superuser ran migrations after 18 in the same start: their objects move
        _hand_over(db, g["owner"])
    for statement in _FUNCTIONS:
        db.execute_sql(statement)
    for fn in ("salesapp_uid()", "salesapp_is_admin()"):
        db.execute_sql(f"REVOKE ALL ON FUNCTION public.{fn} FROM PUBLIC")
        db.execute_sql(f"GRANT EXECUTE ON FUNCTION public.{fn} TO {everyone}")
    if db.execute_sql("SELECT to_regclass('public.customers_search')").fetchone()[0] is not None:
        db.execute_sql(_search_function(g["owner"]).replace("%", "%%"))  # no parameters: % is literal
    db.execute_sql(_exists_function().replace("%", "%%"))  # no parameters: % is literal
    db.execute_sql(_PHONE_FUNCTION_SQL)
    db.execute_sql(_OWNER_FUNCTION_SQL)
    for fn in (EXISTS_FUNCTION, PHONE_FUNCTION, OWNER_FUNCTION):
        db.execute_sql(f"REVOKE ALL ON FUNCTION public.{fn} FROM PUBLIC")
        db.execute_sql(f"GRANT EXECUTE ON FUNCTION public.{fn} TO {everyone}")
    if db.execute_sql("SELECT to_regprocedure(%s)", (f"public.{SEARCH_FUNCTION}",)).fetchone()[0]:
        db.execute_sql(f"REVOKE ALL ON FUNCTION public.{SEARCH_FUNCTION} FROM PUBLIC")
        db.execute_sql(f"GRANT EXECUTE ON FUNCTION public.{SEARCH_FUNCTION} TO {everyone}")
    for fn in _SEARCH_TRIGGERS:
        exists = db.execute_sql("SELECT 1 FROM pg_proc WHERE proname = %s", (fn,)).fetchone()
        if exists:
            db.execute_sql(f"ALTER FUNCTION public.{fn}() SECURITY DEFINER SET search_path = public, pg_temp")
            db.execute_sql(f"REVOKE ALL ON FUNCTION public.{fn}() FROM PUBLIC")
    db.execute_sql(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {everyone}")
    for table in tables(db):
        db.execute_sql(f"REVOKE ALL ON public.{quote(table)} FROM PUBLIC, {everyone}")
        if table == "users":
            _users(db, g)
        elif table in POLICIES:
            _owned(db, table, POLICIES[table], g)
        elif table in NO_POLICY:
            writers = ", ".join(quote(g[w]) for w in LIST_WRITERS)
            db.execute_sql(f"GRANT SELECT ON public.{quote(table)} TO {everyone}")
            if table != "schema_version":
                db.execute_sql(f"GRANT INSERT, UPDATE, DELETE ON public.{quote(table)} TO {writers}")
            if table in SHARE_LOCKED:
                column = quote(SHARE_LOCKED[table])
                db.execute_sql(f"GRANT UPDATE ({column}) ON public.{quote(table)} TO {quote(g['sales'])}")


def _reset_policies(db: pw.Database, table: str) -> None:
    for (name,) in db.execute_sql(
        "SELECT policyname FROM pg_policies WHERE schemaname = 'public' AND tablename = %s", (table,)
    ).fetchall():
        db.execute_sql(f"DROP POLICY {quote(name)} ON public.{quote(table)}")
    db.execute_sql(f"ALTER TABLE public.{quote(table)} ENABLE ROW LEVEL SECURITY")


def _owned(db: pw.Database, table: str, rule: Rule, g: dict[str, str]) -> None:
    t = f"public.{quote(table)}"
    staff = ", ".join(quote(g[s]) for s in STAFF_GROUPS)
    db.execute_sql(f"GRANT {rule.grants} ON {t} TO {staff}")
    _reset_policies(db, table)
    sales, managers = quote(g["sales"]), f"{quote(g['manager'])}, {quote(g['admin'])}"
    db.execute_sql(f"CREATE POLICY sales_read ON {t} FOR SELECT TO {sales} USING ({rule.select})")
    db.execute_sql(f"CREATE POLICY sales_add ON {t} FOR INSERT TO {sales} WITH CHECK ({rule.check_sql})")
    db.execute_sql(
        f"CREATE POLICY sales_change ON {t} FOR UPDATE TO {sales} "
        f"USING ({rule.write_sql}) WITH CHECK ({rule.check_sql})"
    )
    db.execute_sql(f"CREATE POLICY sales_delete ON {t} FOR DELETE TO {sales} USING ({rule.write_sql})")
    check = rule.manager_check or rule.managers
    db.execute_sql(f"CREATE POLICY managers_read ON {t} FOR SELECT TO {managers} USING ({rule.managers})")
    db.execute_sql(f"CREATE POLICY managers_add ON {t} FOR INSERT TO {managers} WITH CHECK ({check})")
    db.execute_sql(
        f"CREATE POLICY managers_change ON {t} FOR UPDATE TO {managers} USING ({rule.managers}) "
        f"WITH CHECK ({check})"
    )
    db.execute_sql(f"CREATE POLICY managers_delete ON {t} FOR DELETE TO {managers} USING ({rule.managers})")


def _users(db: pw.Database, g: dict[str, str]) -> None:
    """Everyone reads every account but its password hash; a person changes only their own password,
    sign-in time and the like; administrators add accounts and change any."""
    columns = [
        r[0]
        for r in db.execute_sql(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' "
            "AND table_name = 'users' ORDER BY ordinal_position"
        ).fetchall()
    ]
    readable = ", ".join(quote(c) for c in columns if c != "password_hash")
    own = ", ".join(quote(c) for c in columns if c not in USERS_PROTECTED)
    every = ", ".join(quote(c) for c in columns if c != "id")
    staff = ", ".join(quote(g[s]) for s in STAFF_GROUPS)
    db.execute_sql(f"GRANT SELECT ({readable}) ON public.users TO {staff}")
    db.execute_sql(f"GRANT UPDATE ({own}) ON public.users TO {staff}")
    db.execute_sql(f"GRANT INSERT ({every}), UPDATE ({every}) ON public.users TO {quote(g['admin'])}")
    _reset_policies(db, "users")
    db.execute_sql(f"CREATE POLICY everyone_reads ON public.users FOR SELECT TO {staff} USING (true)")
    db.execute_sql(
        f"CREATE POLICY own_row ON public.users FOR UPDATE TO {staff} "
        "USING (id = (SELECT public.salesapp_uid())) WITH CHECK (id = (SELECT public.salesapp_uid()))"
    )
    admin = quote(g["admin"])
    for command in ("INSERT", "UPDATE"):
        using = "" if command == "INSERT" else "USING ((SELECT public.salesapp_is_admin())) "
        db.execute_sql(
            f"CREATE POLICY admin_{command.lower()} ON public.users FOR {command} TO {admin} "
            f"{using}WITH CHECK ((SELECT public.salesapp_is_admin()))"
        )
