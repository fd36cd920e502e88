"""催款 in the window (issue 16): the 催款 section (page.py, board.py), the deal window's 催款 tab
(deal_tab.py), their dialogs (dialogs.py) and the papers they print (papers.py)."""
