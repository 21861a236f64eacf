/**
 * The steps every host takes around its 填充报告 and 导出 Word with the question of
 * `report-check.ts`, so that the hosts' controllers only call them: after a fill that kept an edited
 * 报告, and before an export.
 */
import type { ReportBlock } from '@jixiao/report';
import {
  askReport,
  reportQuestion,
  type ReportAsker,
  type ReportCheckInput,
} from './report-check.js';

/** What the steps need of a run's result (a `PipelineResult` has it). */
export interface ReportFlowResult extends ReportCheckInput {
  /** The report filled from the template. */
  report: { blocks: ReportBlock[] } | null;
  /** The 报告 sheet as it stands. */
  asIs: { blocks: ReportBlock[] } | null;
}

/** What to do after 填充报告's run. */
export type AfterFill<R> =
  /** nothing was asked, or 覆盖 ran again: `result` is the run to report */
  | { kind: 'filled'; result: R | null }
  /** 取消: the edited 报告 was kept */
  | { kind: 'kept' }
  /** 按现有报告导出: export these blocks */
  | { kind: 'asIs'; blocks: ReportBlock[] };

/**
 * After 填充报告's run (which keeps a 报告 edited by hand): asks 覆盖 / 按现有报告导出 / 取消 when it
 * was edited; 覆盖 calls `overwrite` (a run with `overwriteEditedReport`).
 */
export async function afterFill<R extends ReportFlowResult>(
  result: R | null,
  asker: ReportAsker | undefined,
  overwrite: () => Promise<R | null>,
): Promise<AfterFill<R>> {
  const question = result === null ? null : reportQuestion(result, 'fill');
  if (question === null || asker === undefined) return { kind: 'filled', result };
  const choice = await asker.ask(question);
  if (choice === 'overwrite') return { kind: 'filled', result: await overwrite() };
  if (choice === 'asIs' && result?.asIs) return { kind: 'asIs', blocks: result.asIs.blocks };
  return { kind: 'kept' };
}

/**
 * Before 导出 Word: shows the edited 报告 and the report's issues and asks; the blocks to export
 * (the filled report, the sheet as it stands, or — after 覆盖, which calls `overwrite` — the new
 * fill), or null when the user cancelled or there is nothing to export.
 */
export async function beforeExport<R extends ReportFlowResult>(
  result: R,
  asker: ReportAsker | undefined,
  overwrite: () => Promise<R | null>,
): Promise<{ blocks: ReportBlock[]; result: R } | null> {
  const choice = await askReport(asker, reportQuestion(result, 'export'));
  if (choice === 'cancel') return null;
  if (choice === 'asIs') return result.asIs ? { blocks: result.asIs.blocks, result } : null;
  if (choice === 'overwrite') {
    const again = await overwrite();
    return again?.report ? { blocks: again.report.blocks, result: again } : null;
  }
  return result.report ? { blocks: result.report.blocks, result } : null;
}
