import type { PaneLang } from './strings.js';

/** An error as the pane shows it: plain words and what to do next; never a stack trace. */
export interface PaneError {
  message: string;
  next: string;
  /** The Office error code, if any (shown small, for support). */
  code: string | null;
}

type Table = Record<string, { zh: [string, string]; en: [string, string] }>;

const OFFICE: Table = {
  InvalidOperationInCellEditMode: {
    zh: [
      'Excel 正处于单元格编辑状态，暂时不能读写工作表。',
      '按 Enter 或 Esc 结束单元格编辑，然后点击“重新计算”。',
    ],
    en: [
      'Excel is in cell-edit mode and cannot be read or written.',
      'Press Enter or Esc to finish editing, then Recalculate.',
    ],
  },
  AccessDenied: {
    zh: [
      '工作表受保护或工作簿为只读，无法写入得分。',
      '在“审阅”选项卡中撤销工作表保护（或另存一份可编辑的副本），然后点击“重新计算”。',
    ],
    en: [
      'The sheet is protected or the workbook is read-only.',
      'Unprotect the sheet (Review tab) or save an editable copy, then Recalculate.',
    ],
  },
  ItemNotFound: {
    zh: [
      '找不到需要的工作表，可能刚被重命名或删除。',
      '检查工作表名称是否为 基本信息、预算执行、绩效指标、报告模板，然后点击“重新计算”。',
    ],
    en: [
      'A sheet the add-in needs was not found; it may have been renamed or deleted.',
      'Check the sheet names, then Recalculate.',
    ],
  },
  ItemAlreadyExists: {
    zh: ['同名工作表已存在。', '重命名已有工作表后再试。'],
    en: ['A sheet with that name already exists.', 'Rename the existing sheet and try again.'],
  },
  RequestPayloadSizeLimitExceeded: {
    zh: [
      '工作簿数据量超过了 Excel 网页版单次传输的上限。',
      '删除工作表中多余的空行或无关数据后重试；桌面版 Excel 没有此限制。',
    ],
    en: [
      'The data exceeds Excel on the web’s transfer limit.',
      'Remove unused rows or unrelated data and retry; desktop Excel has no such limit.',
    ],
  },
  InvalidArgument: {
    zh: ['Excel 拒绝了写入的数据。', '请点击“重新计算”重试；如仍失败，请保存并重新打开工作簿。'],
    en: [
      'Excel rejected the data written.',
      'Recalculate again; if it still fails, save and reopen the workbook.',
    ],
  },
  GeneralException: {
    zh: [
      'Excel 暂时无法完成操作。',
      '稍等片刻后点击“重新计算”；如仍失败，请保存并重新打开工作簿。',
    ],
    en: [
      'Excel could not complete the operation.',
      'Wait a moment and Recalculate; if it persists, save and reopen the workbook.',
    ],
  },
};

/** Turn anything thrown into a {@link PaneError} in the pane's language. */
export function describeError(error: unknown, lang: PaneLang): PaneError {
  const code =
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string'
      ? (error as { code: string }).code
      : null;
  const known = code ? OFFICE[code] : undefined;
  if (known) {
    const [message, next] = lang === 'zh-CN' ? known.zh : known.en;
    return { message, next, code };
  }
  return lang === 'zh-CN'
    ? {
        message: '操作没有完成，工作表中的数据没有被改动。',
        next: '请点击“重新计算”重试；如仍失败，请保存工作簿、关闭并重新打开任务窗格。',
        code,
      }
    : {
        message: 'The operation did not complete; no data in the sheets was changed.',
        next: 'Recalculate to retry; if it persists, save, then close and reopen the pane.',
        code,
      };
}
