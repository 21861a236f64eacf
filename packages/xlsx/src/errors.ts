/**
 * Typed errors for files that cannot be read or written as .xlsx. Each carries a stable `code`
 * and messages in Chinese (default) and English, so callers print a sentence, never a stack trace.
 */

import type { Locale } from '@jixiao/engine';

/** Why a file could not be opened or patched. */
export type XlsxErrorCode =
  'not-zip' | 'encrypted' | 'truncated' | 'too-large' | 'not-xlsx' | 'missing-part' | 'unsupported';

const zh: Record<XlsxErrorCode, string> = {
  'not-zip':
    '该文件不是 Excel 工作簿（.xlsx）：文件内容不是 zip 压缩包。请在 Excel 中另存为“Excel 工作簿 (*.xlsx)”后重试。',
  encrypted:
    '该工作簿设置了打开密码（已加密），无法读取。请在 Excel 中取消密码保护（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后重试。',
  truncated: '该 .xlsx 文件不完整或已损坏（可能下载或复制未完成）。请重新获取文件后重试。',
  'too-large': '该工作簿解压后过大，超过了处理上限。',
  'not-xlsx': '该文件是 zip 压缩包，但不是 Excel 工作簿（缺少 xl/workbook.xml）。',
  'missing-part': '该工作簿缺少必要的组成部分，文件可能已损坏。',
  unsupported: '该工作簿使用了暂不支持的文件格式特性。',
};

const en: Record<XlsxErrorCode, string> = {
  'not-zip':
    'This file is not an Excel workbook (.xlsx): it is not a zip package. Save it as "Excel Workbook (*.xlsx)" and try again.',
  encrypted:
    'This workbook is password-protected (encrypted) and cannot be read. Remove the password in Excel and try again.',
  truncated:
    'This .xlsx file is incomplete or damaged (perhaps an unfinished download or copy). Get the file again and retry.',
  'too-large': 'This workbook is too large once uncompressed: it exceeds the processing limit.',
  'not-xlsx': 'This file is a zip package but not an Excel workbook (xl/workbook.xml is missing).',
  'missing-part': 'A required part of the workbook is missing; the file may be damaged.',
  unsupported: 'This workbook uses a file-format feature that is not supported yet.',
};

/** An .xlsx file that cannot be read or patched; `message` is Chinese, `messageEn` English. */
export class XlsxError extends Error {
  readonly code: XlsxErrorCode;
  /** Extra detail (a part name, a size) appended to both messages. */
  readonly detail: string | undefined;
  readonly messageEn: string;

  constructor(code: XlsxErrorCode, detail?: string) {
    super(detail === undefined ? zh[code] : `${zh[code]}（${detail}）`);
    this.name = 'XlsxError';
    this.code = code;
    this.detail = detail;
    this.messageEn = detail === undefined ? en[code] : `${en[code]} (${detail})`;
  }

  /** The message in the given locale. */
  localized(locale: Locale): string {
    return locale === 'en-US' ? this.messageEn : this.message;
  }
}

/** True when `e` is an {@link XlsxError}. */
export function isXlsxError(e: unknown): e is XlsxError {
  return e instanceof XlsxError;
}
