"""The operation layer (STYLE.md §3–5, after Anki's `aqt/operations`): the only place in ui/ that
opens a database session.

- `write(ctx, work, …)` runs `work(session, actor)` on the task runner's single writer: it opens a
  unit of work for the acting user (re-read first, so a role taken away or a disabled account
  applies at once), commits, shows a UserError beside the form's fields or in its message bar
  (or calls `failed`), calls `done(result)`, and broadcasts `Changed` — the topics of the tables
  the work wrote, recorded by db/tracking.py, never typed by hand.
- `read(ctx, work, …)` runs `work(session, actor)` on the reader lane (WAL lets it run beside a
  write) and hands `done` the result and the topics of the tables it read, so a view knows what
  its data comes from. `read_now` is the synchronous form, for one indexed page of a table model
  or a look-up as the user types.
- `job(ctx, work, …)` is a long write with progress and Cancel: `work(session, actor, progress,
  cancelled)`; services that open their own sessions (an import, a backup) take `session` only
  to re-read the user.
- `watch(ctx, poll, …)` looks at what the other PCs committed (issue 15, ui/change_feed.py) on a
  lane of its own and broadcasts their topics as `Changed` — the same refresh as for a write here.

Without a task runner (a page built on its own, in a test) the work runs right here, and a bug
raises instead of opening the report dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from anjia_desk.core.errors import UserError
from anjia_desk.services.context import Actor
from anjia_desk.services.topics import Topic, topics_for
from anjia_desk.ui.fields import FieldErrors, MessageBar, show_user_error
from anjia_desk.ui.tasks import FEED, READ, WRITE, TaskCancelled

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.ui.context import AppContext
    from anjia_desk.ui.tasks import Task

T = TypeVar("T")
Work = Callable[["Session", Actor], T]
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
LongWork = Callable[["Session", Actor, Progress, Cancelled], T]


@dataclass(frozen=True)
class Changed:
    """What one operation changed, broadcast by `AppContext.changed` after it committed."""

    topics: frozenset[Topic]
    #: The page or dialog that ran the operation: it reloads even when hidden, others may skip.
    initiator: object | None = None
    #: Made on another PC (heard through the change log, issue 15): a form the person is typing
    #: into need not be reloaded under their hands — their save meets the optimistic lock.
    remote: bool = False

    def touches(self, *topics: Topic | Iterable[Topic]) -> bool:
        """Whether any of `topics` changed: `touches(Topic.UNITS, Topic.DEALS)`, or a view's
        `touches(self.sources)`."""
        wanted: set[Topic] = set()
        for item in topics:
            if isinstance(item, Topic):
                wanted.add(item)
            else:
                wanted.update(item)
        return not self.topics.isdisjoint(wanted)


@dataclass(frozen=True)
class Read:
    """What `read` hands back: the value, and the topics of the tables it came from."""

    value: Any
    topics: frozenset[Topic]


class _Failed(Protocol):
    def __call__(self, exc: UserError, /) -> None: ...


# --- the unit of work (worker thread or, without a runner, here)


@contextmanager
def unit_of_work(ctx: AppContext, actor: Actor | None = None) -> Iterator[tuple[Session, Actor]]:
    """A session as `actor` (default the logged-in user), committed on success. The user is
    re-read first: a changed role applies at once, a disabled account does nothing more (the
    window locks)."""
    from anjia_desk.db.engine import session_scope
    from anjia_desk.db.tracking import not_tracking_reads

    actor = actor or ctx.actor
    with session_scope(ctx.database, actor) as session:
        if actor.user_id is not None:
            from anjia_desk.services.users import AccountDisabled, refresh_actor

            try:
                with not_tracking_reads():
                    fresh = refresh_actor(session, actor)
            except AccountDisabled:
                ctx.account_disabled.emit()
                raise
            if fresh != actor:
                session.info["actor"] = fresh
                ctx.actor_refreshed(fresh)
                actor = fresh
        yield session, actor


def _tracked(ctx: AppContext, work: Work[T], *, reads: bool) -> tuple[T, frozenset[Topic]]:
    from anjia_desk.db.tracking import tracking

    with tracking(reads=reads) as tracked, unit_of_work(ctx) as (session, actor):
        value = work(session, actor)
    tables = tracked.read if reads and tracked.read is not None else tracked.written
    return value, topics_for(tables)


def read_now(ctx: AppContext, work: Work[T]) -> T:
    """Run `work(session, actor)` here and now: one indexed page, or a look-up while typing."""
    with unit_of_work(ctx) as (session, actor):
        return work(session, actor)


# --- running on the task runner


def _alive(owner: QObject | None) -> bool:
    return owner is None or shiboken6.isValid(owner)


def _failure(
    ctx: AppContext,
    parent: QWidget | None,
    failed: _Failed | None,
    message: MessageBar | None,
    errors: FieldErrors | None,
) -> Callable[[BaseException], None]:
    """What a write or a read does when it fails: a bug is always reported, a UserError shown
    only while `parent` is still there."""

    def fail(exc: BaseException) -> None:
        if _alive(parent):
            _show_failure(ctx, exc, parent, failed, message, errors)
        elif not isinstance(exc, UserError) and ctx.tasks is not None:
            ctx.tasks.report_error(exc)

    return fail


def _show_failure(
    ctx: AppContext,
    exc: BaseException,
    parent: QWidget | None,
    failed: _Failed | None,
    message: MessageBar | None,
    errors: FieldErrors | None,
) -> None:
    if not isinstance(exc, UserError):
        if ctx.tasks is None:
            raise exc
        ctx.tasks.report_error(exc)
        return
    if failed is not None:
        failed(exc)
    elif message is not None:
        show_user_error(exc, message, errors)
    else:
        from anjia_desk.ui import errors as error_dialogs

        ctx.dialogs.warning(parent, error_dialogs.USER_ERROR_TITLE, exc.message)


def write(
    ctx: AppContext,
    work: Work[T],
    *,
    parent: QWidget | None,
    done: Callable[[T], None] | None = None,
    failed: _Failed | None = None,
    message: MessageBar | None = None,
    errors: FieldErrors | None = None,
    label: str = "",
    initiator: object | None = None,
    settled: Callable[[], None] | None = None,
    quiet: bool = False,
) -> None:
    """Run `work(session, actor)` as one committed unit of work on the writer, then broadcast
    what it changed and call `done(result)`. A UserError goes to `failed`, else beside the
    fields in `errors` and on `message`, else to a warning dialog; nothing is broadcast.
    `settled()` comes first whichever way the write ended — done, refused, or a bug (which is
    reported) — so a form can stop being busy. The callbacks are skipped when `parent` has been
    deleted meanwhile. `quiet`: no progress dialog even if it waits (bookkeeping such as an
    audit line, or a look-up as it is typed, issue 14)."""

    def settle() -> None:
        if settled is not None and _alive(parent):
            settled()

    def finish(outcome: tuple[T, frozenset[Topic]]) -> None:
        value = _broadcast(ctx, outcome, initiator if initiator is not None else parent)
        settle()
        if done is not None and _alive(parent):
            done(value)

    def task(_progress: Progress, _cancelled: Cancelled) -> tuple[T, frozenset[Topic]]:
        return _tracked(ctx, work, reads=False)

    report = _failure(ctx, parent, failed, message, errors)

    def fail(exc: BaseException) -> None:
        settle()
        report(exc)

    _run(ctx, task, finish, fail, label=label, lane=WRITE, show_progress=not quiet)


def read(
    ctx: AppContext,
    work: Work[T],
    *,
    parent: QWidget | None,
    done: Callable[[Read], None],
    failed: _Failed | None = None,
    message: MessageBar | None = None,
) -> None:
    """Run `work(session, actor)` on the reader and call `done(Read(value, topics))` — the
    topics of the tables it read, which is what the view should refresh on."""

    def finish(outcome: tuple[T, frozenset[Topic]]) -> None:
        if _alive(parent):
            done(Read(*outcome))

    def task(_progress: Progress, _cancelled: Cancelled) -> tuple[T, frozenset[Topic]]:
        return _tracked(ctx, work, reads=True)

    _run(
        ctx,
        task,
        finish,
        _failure(ctx, parent, failed, message, None),
        lane=READ,
        show_progress=False,
    )


def job(
    ctx: AppContext,
    work: LongWork[T],
    *,
    parent: QWidget | None,
    done: Callable[[T], None],
    failed: Callable[[BaseException], None],
    cancelled: Callable[[], None],
    label: str,
    initiator: object | None = None,
    cancellable: bool = True,
) -> Task | None:
    """A long write with progress and Cancel (an import, an export, a backup): the progress
    dialog appears after ~600 ms. Its end is always reported — done, failed (UserError or bug:
    the caller decides) or cancelled — and what it wrote is broadcast. Returns the runner's Task
    (None when run here), whose `cancel()` stops it. Work that cannot stop half-way (a backup, a
    restore) passes `cancellable=False`: no Cancel button."""

    def task(progress: Progress, is_cancelled: Cancelled) -> tuple[T, frozenset[Topic]]:
        return _tracked(
            ctx, lambda session, actor: work(session, actor, progress, is_cancelled), reads=False
        )

    def finish(outcome: tuple[T, frozenset[Topic]]) -> None:
        value = _broadcast(ctx, outcome, initiator if initiator is not None else parent)
        if _alive(parent):
            done(value)

    def fail(exc: BaseException) -> None:
        if _alive(parent):
            failed(exc)

    def stop() -> None:
        if _alive(parent):
            cancelled()

    return _run(
        ctx,
        task,
        finish,
        fail,
        stop=stop,
        catch=Exception,
        label=label,
        cancellable=cancellable,
        lane=WRITE,
    )


def watch(
    ctx: AppContext,
    poll: Callable[[Session], frozenset[str]],
    *,
    done: Callable[[frozenset[Topic]], None],
    failed: Callable[[BaseException], None],
) -> None:
    """What the other PCs changed (issue 15): `poll(session)` runs on the feed lane — beside the
    reader, as no user (it writes nothing) — and returns the tables their commits wrote. Their
    topics are broadcast as a `Changed` without an initiator, so the views reload exactly as
    for a change made here; then `done(topics)`. Every failure goes to `failed`, never to a
    dialog (a lost connection is noted quietly by the caller, which tries again)."""

    def task(_progress: Progress, _cancelled: Cancelled) -> tuple[None, frozenset[Topic]]:
        from anjia_desk.db.engine import session_scope

        with session_scope(ctx.database) as session:
            tables = poll(session)
        return None, topics_for(tables)

    def finish(outcome: tuple[None, frozenset[Topic]]) -> None:
        topics = outcome[1]
        if topics:
            ctx.changed.emit(Changed(topics, None, remote=True))
        done(topics)

    _run(ctx, task, finish, failed, catch=Exception, lane=FEED, show_progress=False)


def _broadcast(ctx: AppContext, outcome: tuple[T, frozenset[Topic]], initiator: object) -> T:
    value, topics = outcome
    if topics:
        ctx.changed.emit(Changed(topics, initiator))
    return value


def _run(
    ctx: AppContext,
    task: Callable[[Progress, Cancelled], tuple[T, frozenset[Topic]]],
    finish: Callable[[tuple[T, frozenset[Topic]]], None],
    fail: Callable[[BaseException], None],
    *,
    stop: Callable[[], None] | None = None,
    catch: type[Exception] = UserError,
    **options: Any,
) -> Task | None:
    """On the task runner; without one, right here (`catch`: what `fail` gets here, the rest
    raises — a bug in a test fails the test)."""
    if ctx.tasks is not None:
        return ctx.tasks.run(task, on_done=finish, on_error=fail, on_cancelled=stop, **options)
    try:
        outcome = task(_no_progress, _never)
    except TaskCancelled:
        if stop is None:
            raise
        stop()
        return None
    except catch as exc:
        fail(exc)
        return None
    finish(outcome)
    return None


def _no_progress(_done: int, _total: int) -> None:
    return None


def _never() -> bool:
    return False
