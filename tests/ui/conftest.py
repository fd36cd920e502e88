"""UI fixtures: a logged-in administrator's AppContext with scripted dialogs."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from anjia_desk.db.engine import Database, session_scope
from anjia_desk.services import users
from anjia_desk.services.context import Actor
from anjia_desk.ui.context import AppContext

if TYPE_CHECKING:
    from anjia_desk.ui.tasks import TaskRunner

ADMIN_PASSWORD = "admin-pass-1"


@dataclass
class FakeDialogs:
    """Replaces ui.seams.Dialogs: records every call and answers from the scripted fields."""

    confirm_answer: bool = True
    unsaved_answer: str = "cancel"  # save_discard_cancel: "save", "discard" or "cancel"
    save_path: Path | None = None
    open_path: Path | None = None
    dir_path: Path | None = None
    secret: str | None = None
    print_result: bool = True
    calls: list[tuple[str, tuple[Any, ...]]] = field(default_factory=list)

    def _log(self, name: str, *args: Any) -> None:
        self.calls.append((name, args))

    def names(self) -> list[str]:
        return [name for name, _ in self.calls]

    def info(self, parent: Any, title: str, text: str) -> None:
        self._log("info", title, text)

    def warning(self, parent: Any, title: str, text: str) -> None:
        self._log("warning", title, text)

    def confirm(self, parent: Any, title: str, text: str) -> bool:
        self._log("confirm", title, text)
        return self.confirm_answer

    def save_discard_cancel(self, parent: Any, title: str, text: str) -> str:
        self._log("save_discard_cancel", title, text)
        return self.unsaved_answer

    def save_file(self, parent: Any, title: str, suggested: Path, filters: str) -> Path | None:
        self._log("save_file", title, suggested)
        return self.save_path

    def open_file(self, parent: Any, title: str, start: Path, filters: str) -> Path | None:
        self._log("open_file", title, start)
        return self.open_path

    def choose_dir(self, parent: Any, title: str, start: Path) -> Path | None:
        self._log("choose_dir", title, start)
        return self.dir_path

    def ask_secret(self, parent: Any, title: str, label: str) -> str | None:
        self._log("ask_secret", title, label)
        return self.secret

    def print_pdf(self, parent: Any, pdf_path: Path) -> bool:
        self._log("print_pdf", pdf_path)
        return self.print_result


@pytest.fixture
def fake_dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def admin_actor(database: Database) -> Actor:
    with session_scope(database) as session:
        users.create_first_admin(
            session, username="admin", display_name="管理员", password=ADMIN_PASSWORD
        )
    with session_scope(database) as session:
        return users.login(session, "admin", ADMIN_PASSWORD)


@pytest.fixture
def ctx(database: Database, admin_actor: Actor, fake_dialogs: FakeDialogs) -> AppContext:
    return AppContext(database, admin_actor, dialogs=fake_dialogs)  # type: ignore[arg-type]


@pytest.fixture
def runner(qtbot: Any, ctx: AppContext, fake_dialogs: FakeDialogs) -> Iterator[TaskRunner]:
    """The window's task runner on `ctx`: operations run on its writer and reader threads."""
    from anjia_desk.ui.errors import ErrorHandler
    from anjia_desk.ui.tasks import TaskRunner

    ctx.tasks = TaskRunner(fake_dialogs, error_handler=ErrorHandler(fake_dialogs))  # type: ignore[arg-type]
    yield ctx.tasks
    ctx.tasks.shutdown(timeout=5)
    ctx.tasks = None
