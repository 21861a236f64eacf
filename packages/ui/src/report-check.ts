/**
 * What the pane and the page ask before 填充报告 and 导出 Word (issue 13 item 6, issue 9 item 12):
 * a 报告 sheet edited by hand since the last fill (覆盖 / 按现有报告导出 / 取消), and the report's
 * issues listed with their cells — errors (unknown placeholders, unclosed braces, unknown 样式, and
 * every error of the data, which leaves a number unknown) ask for confirmation; warnings (leftover
 * （请…） prompts, empty lists) are shown. Pure: hosts build a {@link ReportQuestion} from the run's
 * result and show it with `ReportConfirm`; a {@link ReportAsker} turns the user's click into the
 * answer the host awaits.
 */
import type { CellIssue, ReportEdit } from '@jixiao/workbook';

/** What a run gives that the question needs (a `PipelineResult` has it; the page's result too). */
export interface ReportCheckInput {
  issues: readonly CellIssue[];
  /** A 报告 sheet edited by hand since the last fill (`PipelineResult.reportEdited`). */
  reportEdited?: { sheet: string; edits: readonly ReportEdit[]; overwritten: boolean } | null;
}

/** The action asked about: 填充报告 writes the 报告 sheet, 导出 Word writes a .docx. */
export type ReportAction = 'fill' | 'export';

export interface ReportQuestion {
  action: ReportAction;
  /** The 报告 sheet edited by hand and its first differing cells, or null. */
  edited: { sheet: string; edits: readonly ReportEdit[] } | null;
  /** Errors: with one, exporting asks for confirmation (the CLI refuses without --force). */
  errors: readonly CellIssue[];
  /** The report template's warnings (leftover prompts, empty lists, values unavailable …). */
  warnings: readonly CellIssue[];
}

/**
 * The user's answer: `overwrite` fills 报告 again from the template (over the edits), `asIs` exports
 * the 报告 sheet as it stands, `proceed` goes on despite the issues shown, `cancel` does nothing.
 */
export type ReportChoice = 'overwrite' | 'asIs' | 'proceed' | 'cancel';

/** Issue codes that are about the edited 报告 itself (asked separately) or only informative. */
const NOT_LISTED = new Set(['report.edited', 'report.editedOverwritten', 'report.defaultTemplate']);

/**
 * The question to ask before `action`, or null when there is nothing to ask (no edits; for an
 * export, no error and no template warning; 填充报告 asks only about edits — its issues are in 问题).
 */
export function reportQuestion(
  result: ReportCheckInput,
  action: ReportAction,
): ReportQuestion | null {
  const edited =
    result.reportEdited && !result.reportEdited.overwritten && result.reportEdited.edits.length > 0
      ? { sheet: result.reportEdited.sheet, edits: result.reportEdited.edits }
      : null;
  const listed = result.issues.filter((i) => !NOT_LISTED.has(i.code));
  const errors = listed.filter((i) => i.severity === 'error');
  // the template's warnings only: the data's warnings are in 问题 and do not concern the export
  const warnings = listed.filter((i) => i.severity === 'warning' && i.code.startsWith('report.'));
  if (action === 'fill') return edited ? { action, edited, errors: [], warnings: [] } : null;
  if (edited === null && errors.length === 0 && warnings.length === 0) return null;
  return { action, edited, errors, warnings };
}

/** The choices offered for a question, in order (the first is the default action). */
export function reportChoices(question: ReportQuestion): ReportChoice[] {
  if (question.edited) return ['overwrite', 'asIs', 'cancel'];
  return ['proceed', 'cancel'];
}

/**
 * Holds the question being asked and settles it with the user's answer. The host awaits
 * {@link ask}; the component subscribes and calls {@link answer}. A new question cancels the open
 * one. Usable from React through `useSyncExternalStore(asker.subscribe, asker.current)`.
 */
export class ReportAsker {
  private question: ReportQuestion | null = null;
  private settle: ((choice: ReportChoice) => void) | null = null;
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The open question, or null. */
  readonly current = (): ReportQuestion | null => this.question;

  /** Shows `question` and resolves with the user's choice. */
  ask(question: ReportQuestion): Promise<ReportChoice> {
    this.answer('cancel');
    return new Promise((resolve) => {
      this.question = question;
      this.settle = resolve;
      this.emit();
    });
  }

  /** Settles the open question (nothing when none is open). */
  answer(choice: ReportChoice): void {
    const settle = this.settle;
    if (settle === null) return;
    this.question = null;
    this.settle = null;
    this.emit();
    settle(choice);
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }
}

/**
 * Asks `question` when there is one, else answers at once: `proceed` when nothing needs asking.
 * With no asker (a host without the dialog), edits are kept (`cancel` for 填充报告 is not needed:
 * the run already kept them) and issues do not block — the old behaviour.
 */
export async function askReport(
  asker: ReportAsker | undefined,
  question: ReportQuestion | null,
): Promise<ReportChoice> {
  if (question === null || asker === undefined) return 'proceed';
  return asker.ask(question);
}
