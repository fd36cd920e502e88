"""What the deal screens' tests share: the office with a project, units and people (`world`),
and closing every deal window a test opened (`close_windows`, used by the files that open them)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6

from anjia_desk.db.engine import Database
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.deals import window as deal_window
from tests.ui.deals.test_deal_window import NOW, World, build_world


@pytest.fixture
def world(database: Database) -> World:
    return build_world(database)


@pytest.fixture
def close_windows(ctx: AppContext) -> Iterator[None]:
    """The app clock at NOW; afterwards every deal window still open is closed."""
    ctx.clock = lambda: NOW
    yield
    for window in list(deal_window._OPEN.values()):
        if shiboken6.isValid(window):
            window.close()
    deal_window._OPEN.clear()
