"""AnJia Desk (安家 Desk): the offline desk app of a new-home sales office."""

__version__ = "0.1.0"
APP_NAME = "AnJia Desk"
APP_TITLE = "安家 Desk"
