"""导入导出 › 导入 on screen: the import wizard (importing.wizard), its 核对各列 step
(importing.mapping_page), its 检查/导入 results (importing.result_page), and the folder and
system-program helpers the export dialog shares (importing.files)."""
