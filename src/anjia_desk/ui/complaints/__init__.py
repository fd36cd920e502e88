"""投诉 (issue 18, DOMAIN §9): the complaints' screens — the 投诉 section (the list, the case
library, the monthly review), the intake dialog, and one window per case with its parts."""
