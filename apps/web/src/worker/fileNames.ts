/** Download names, the same as the command line's. */

/** `<部门名称><年度>年度部门整体支出绩效自评报告.docx` */
export function reportFileName(department: string, year: number): string {
  return `${safeName(department)}${year}年度部门整体支出绩效自评报告.docx`;
}

/** `预算.xlsx` → `预算.scored.xlsx`, `宏.xlsm` → `宏.scored.xlsm` (as `jixiao score` names it). */
export function scoredFileName(original: string): string {
  const ext = /\.xlsm$/i.test(original) ? '.xlsm' : '.xlsx';
  const base = original.replace(/\.xls[xm]$/i, '');
  return `${safeName(base)}.scored${ext}`;
}

/** Characters Windows refuses in file names become `_`. */
function safeName(name: string): string {
  const cleaned = [...name]
    .map((ch) => (ch < ' ' || '\\/:*?"<>|'.includes(ch) ? '_' : ch))
    .join('')
    .trim();
  return cleaned === '' ? '未命名' : cleaned;
}

/** `部门.自评表.xlsx`: the official forms written from a workbook. */
export function formsFileName(name: string): string {
  return `${safeName(name.replace(/\.xls[xm]$/i, ''))}.自评表.xlsx`;
}
