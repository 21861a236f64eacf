/**
 * A 报告 edited by hand since the last fill is kept, reported on its first differing cell and
 * offered as it stands; it is overwritten only when asked (issue 13 item 6).
 */
import { describe, expect, it } from 'vitest';
import { guangzhou2022, guangzhou2022Template } from '@jixiao/example';
import {
  applyPlanToGrids,
  isReportEntry,
  layoutGrids,
  type SheetGrids,
  type WrittenCell,
} from '@jixiao/workbook';
import { scoreWorkbook } from '../score-workbook.js';
import { newWorkbookLayout } from '../new-workbook-layout.js';
import { renderIssue } from '@jixiao/workbook';

const example = (): SheetGrids =>
  layoutGrids(newWorkbookLayout({ input: guangzhou2022, template: guangzhou2022Template }));

/** The example filled once: its grids after the write and the record the write stored. */
function filledOnce(): { grids: SheetGrids; written: WrittenCell[] } {
  const first = scoreWorkbook(example(), { report: true });
  expect(first.reportEdited).toBeNull();
  return { grids: applyPlanToGrids(example(), first.plan), written: first.plan.written! };
}

/** The grids with one 报告 cell (0-based row, column B) typed over. */
function typeInReport(grids: SheetGrids, row: number, text: string): SheetGrids {
  const sheet = grids['报告']!;
  const values = sheet.values.map((r) => [...r]);
  values[row]![1] = text;
  return { ...grids, 报告: { ...sheet, values } };
}

describe('a 报告 edited by hand', () => {
  it('is recognised only against the recorded fill: an unedited one is rewritten freely', () => {
    const { grids, written } = filledOnce();
    expect(written.filter(isReportEntry).length).toBeGreaterThan(20);
    const again = scoreWorkbook(grids, { report: true, written });
    expect(again.reportEdited).toBeNull();
    expect(again.issues.some((i) => i.code.startsWith('report.edited'))).toBe(false);
    // the sheet as it stands is the fill itself
    expect(again.asIs?.blocks).toEqual(again.report?.blocks);
  });

  it('is kept, named on its first differing cell, and offered as it stands', () => {
    const { grids, written } = filledOnce();
    const edited = typeInReport(grids, 3, '本段经人工核对后改写。');
    const result = scoreWorkbook(edited, { report: true, written });
    expect(result.reportEdited).toMatchObject({ sheet: '报告', overwritten: false });
    expect(result.reportEdited!.edits.map((e) => e.address)).toEqual(['B4']);
    expect(result.plan.replaceSheets).toEqual([]);
    // the record still holds the last fill, so the edit is still told apart next time
    const kept = result.plan.written ?? written;
    expect(kept.filter(isReportEntry)).toEqual(written.filter(isReportEntry));
    const issue = result.issues.find((i) => i.code === 'report.edited')!;
    expect(issue.severity).toBe('warning');
    expect(issue.cell).toBe('报告!B4');
    expect(renderIssue(issue)).toBe(
      '报告!B4：“报告”工作表在上次填充后被手工修改（B4），本次未覆盖，保留您的修改。如要按报告模板重新填充并覆盖，请加 --force；如要按现有报告导出 Word，请用 jixiao report --as-is。',
    );
    // not an error: the scores stay final
    expect(result.summary.complete).toBe(true);
    // the report as the user left it, for 按现有报告导出
    expect(result.asIs!.blocks).toContainEqual({
      kind: 'paragraph',
      style: expect.any(String) as string,
      text: '本段经人工核对后改写。',
    });
    expect(result.report!.blocks).not.toContainEqual(
      expect.objectContaining({ text: '本段经人工核对后改写。' }),
    );
  });

  it('names the surface action, counts many edits, and is overwritten only when asked', () => {
    const { grids, written } = filledOnce();
    let edited = grids;
    for (const row of [2, 3, 5, 7, 9]) edited = typeInReport(edited, row, `改写${String(row)}`);
    const pane = scoreWorkbook(edited, { report: true, written, surface: 'excel' });
    const kept = pane.issues.find((i) => i.code === 'report.edited')!;
    expect(renderIssue(kept)).toContain('（B3、B4、B6 等 5 处）');
    expect(renderIssue(kept)).toContain('填充报告或导出 Word 时可选择“覆盖”或“按现有报告导出”');

    const forced = scoreWorkbook(edited, {
      report: true,
      written,
      overwriteEditedReport: true,
    });
    expect(forced.reportEdited?.overwritten).toBe(true);
    expect(forced.plan.replaceSheets).toHaveLength(1);
    expect(
      renderIssue(forced.issues.find((i) => i.code === 'report.editedOverwritten')!),
    ).toContain('已按要求重新填充并覆盖这些修改');
    // after the overwrite the sheet is the fill again: nothing is reported
    const after = applyPlanToGrids(edited, forced.plan);
    const next = scoreWorkbook(after, { report: true, written: forced.plan.written ?? written });
    expect(next.reportEdited).toBeNull();
  });

  it('a run that does not fill the report neither checks nor touches 报告', () => {
    const { grids, written } = filledOnce();
    const edited = typeInReport(grids, 3, '手工改写');
    const result = scoreWorkbook(edited, { report: false, written });
    expect(result.reportEdited).toBeNull();
    expect(result.plan.replaceSheets).toEqual([]);
    expect(result.plan.written).toBeUndefined();
  });

  it('a workbook without a recorded fill (older than the record) is filled as before', () => {
    const { grids } = filledOnce();
    const edited = typeInReport(grids, 3, '手工改写');
    const result = scoreWorkbook(edited, { report: true, written: null });
    expect(result.reportEdited).toBeNull();
    expect(result.plan.replaceSheets).toHaveLength(1);
  });
});
