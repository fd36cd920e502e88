"""The 房源 screens: the page (`page`), its 销控表 (`board`), the unit panel with the actions the
unit's verdicts offer (`panel`), the page's modes — projects and buildings (`projects`), the
selected unit's actions (`unit_actions`), 开盘选房 (`choice`) — and their dialogs
(`project_dialogs`, `unit_dialogs`, `conflicts`). Importing the package loads none of them."""
