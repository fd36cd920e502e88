"""The deals' screens: a deal's window (`window`, with one module per tab), its dialogs (sign, step
and deliver; payments and receipts; 认筹 tickets; 认购), the 交易 section (`section`, with one
module per tab) and what they share (`format`). The checks and the button derivation that move to
core in issue 12 wait in `rules`."""
