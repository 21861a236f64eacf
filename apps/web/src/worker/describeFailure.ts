import type { FileFailure, FileFailureKind } from './protocol.js';

const MESSAGES: Record<FileFailureKind, { zh: string; en: string }> = {
  'not-workbook': {
    zh: '这不是 Excel 工作簿（.xlsx）。请选择按模板填写的 .xlsx 文件；WPS 表格请先“另存为” Excel 工作簿（*.xlsx）。',
    en: 'This is not an Excel workbook (.xlsx). Choose an .xlsx file that follows the template; in WPS, use Save As → Excel Workbook (*.xlsx) first.',
  },
  encrypted: {
    zh: '该工作簿设置了打开密码，无法读取。请在 Excel 或 WPS 中打开它，取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后另存，再重新选择。',
    en: 'This workbook is password-protected and cannot be read. Open it in Excel or WPS, remove the password (File → Info → Protect Workbook → Encrypt with Password, clear it), save, and choose it again.',
  },
  corrupt: {
    zh: '文件已损坏或不完整（可能下载或复制时中断），无法读取。请重新获取原文件，或在 Excel/WPS 中打开后另存为 .xlsx。',
    en: 'The file is damaged or incomplete (perhaps a download or copy was interrupted) and cannot be read. Get the original again, or open it in Excel/WPS and save it as .xlsx.',
  },
  'missing-sheets': {
    zh: '工作簿缺少必需的工作表。',
    en: 'The workbook lacks required sheets.',
  },
  'too-large': {
    zh: '文件过大，超出浏览器可处理的范围。请删除无关的工作表后再试，或使用命令行工具 jixiao。',
    en: 'The file is too large for the browser. Remove unrelated sheets and try again, or use the jixiao command line.',
  },
  internal: {
    zh: '处理该文件时发生意外错误，其他文件不受影响。请将该文件与此说明发给技术支持。',
    en: 'An unexpected error occurred while processing this file; other files are not affected. Send the file and this note to support.',
  },
};

/**
 * The message shown in place of a file's results when it could not be scored at all.
 * `detail` (Chinese, English) is appended, e.g. which sheets are missing or the legacy-format hint.
 */
export function describeFailure(
  kind: FileFailureKind,
  detail?: { zh: string; en: string },
): FileFailure {
  const base = MESSAGES[kind];
  return {
    kind,
    message: detail ? `${base.zh}${detail.zh}` : base.zh,
    messageEn: detail ? `${base.en} ${detail.en}` : base.en,
  };
}

/** Extra words for a legacy .xls file, which is reported as “not a workbook” with a way out. */
export const LEGACY_XLS_DETAIL = {
  zh: '（这是旧版 .xls 格式，请在 Excel/WPS 中“另存为” .xlsx 后再选择。）',
  en: '(This is the legacy .xls format: save it as .xlsx in Excel/WPS and choose it again.)',
};

/** Extra words for a zip package that is not a spreadsheet (a .docx, say). */
export const OTHER_ZIP_DETAIL = {
  zh: '（该文件是压缩包或其他 Office 文档，其中没有工作簿。）',
  en: '(The file is an archive or another Office document with no workbook inside.)',
};
