"""变更 (issue 17, DOMAIN §8): the change orders' screens — the 变更 section (list and 等我处理),
one window per order with its actions, the dialogs, and the deal window's 变更 tab."""
