"""Parse a database URL into what peewee needs: `sqlite:///path` or `postgresql://user:pw@host:port/db`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit, urlunsplit

from salesapp.domain.errors import DatabaseOpenError, msg


@dataclass(frozen=True)
class DatabaseUrl:
    """A parsed database address; `path` for SQLite, server fields for PostgreSQL."""

    backend: str  # "sqlite" or "postgresql"
    path: Path | None = None
    host: str = "localhost"
    port: int = 5432
    user: str = ""
    password: str | None = None
    database: str = ""
    options: tuple[tuple[str, str], ...] = ()

    @property
    def is_sqlite(self) -> bool:
        """True for an embedded SQLite file."""
        return self.backend == "sqlite"

    def display(self) -> str:
        """A short human description without the password: the file path or user@host/db."""
        if self.is_sqlite:
            return str(self.path)
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def without_password(self) -> str:
        """The URL to store in the configuration file (password goes to the keyring)."""
        if self.is_sqlite:
            return "sqlite:///" + (self.path.as_posix() if self.path else "")
        netloc = f"{self.user}@{self.host}:{self.port}" if self.user else f"{self.host}:{self.port}"
        return urlunsplit(("postgresql", netloc, "/" + self.database, "", ""))


def parse_database_url(url: str) -> DatabaseUrl:
    """Parse `url`; anything else than sqlite or postgresql is refused with a readable message."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme in ("sqlite", "sqlite3"):
        # As SQLAlchemy: sqlite:////abs/path, sqlite:///C:/path, sqlite:///relative/path.
        raw = unquote(url.strip().split("://", 1)[1].split("?", 1)[0])
        raw = raw[1:] if raw.startswith("/") else raw
        if not raw or raw == "/":
            raise DatabaseOpenError(msg("The database address “{url}” names no file."), url=url)
        return DatabaseUrl("sqlite", path=Path(raw))
    if scheme in ("postgresql", "postgres", "postgresql+psycopg"):
        if not parts.path.strip("/"):
            raise DatabaseOpenError(msg("The database address “{url}” names no database."), url=url)
        return DatabaseUrl(
            "postgresql",
            host=parts.hostname or "localhost",
            port=parts.port or 5432,
            user=unquote(parts.username or ""),
            password=unquote(parts.password) if parts.password is not None else None,
            database=unquote(parts.path.strip("/")),
            options=tuple(parse_qsl(parts.query)),
        )
    raise DatabaseOpenError(
        msg("“{url}” is not a database address: use sqlite:///path or postgresql://user@host/database."),
        url=url,
    )
