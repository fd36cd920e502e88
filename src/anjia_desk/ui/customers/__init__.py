"""客户 on screen: the customer window and its tabs (customers.window and the *_tab modules), its
small dialogs, and the 客户 section of the navigation — the list with its filters, claims, the
bulk transfer and the 撞单 rulings (customers.section)."""
