// @vitest-environment happy-dom
/**
 * 下载官方自评表 in the Excel pane (issue 14) on the fake Excel host holding the example: the
 * shared control (@jixiao/ui `FormsDownload`) offers the layouts as the page does; its button hands
 * a new .xlsx to the pane's download path (the one 导出 Word uses), and those bytes read back, with
 * the form scorer, to the example's figures (96.99 分 优; 合同备案时效性 1.50 by its 扣分 rule;
 * 督查督办事项办结率 4.00 as its 人工得分). Excel for Mac, which cannot download from a pane, gets
 * the page offered instead.
 */
import { describe, expect, it } from 'vitest';
import { scoreForms } from '@jixiao/pipeline';
import { byTestId, choose, clickAndWait, mountPane } from '@jixiao/ui/test-support/pane';
import { readXlsx } from '@jixiao/xlsx';
import { PaneController } from '../pane-controller.js';
import { exampleHost } from './example-host.js';

async function mount(platform: string) {
  const host = await exampleHost();
  const controller = new PaneController({
    run: host.run,
    runIn: host.runIn,
    platform,
    lang: 'zh-CN',
    debounceMs: 30,
  });
  const downloads: { name: string; bytes: Uint8Array; type?: string }[] = [];
  controller.download = (name, bytes, type) => void downloads.push({ name, bytes, type });
  await controller.start();
  const el = await mountPane(controller);
  return { host, controller, downloads, el };
}

describe('下载官方自评表 in the Excel pane (fake host, the example)', () => {
  it('downloads forms that read back to 96.99 分 优 and every indicator’s 得分', async () => {
    const { controller, downloads, el } = await mount('Fake');
    expect(controller.getState().evaluation?.total.score).toBe('96.99');
    const select = byTestId(el, 'forms-layout') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['全国通用', '广东', '重庆']);
    expect(byTestId(el, 'download-forms')!.textContent).toBe('下载官方自评表');

    await clickAndWait(el, controller, 'download-forms');
    expect(controller.getState().error).toBeNull();
    expect(downloads).toHaveLength(1);
    const file = downloads[0]!;
    expect(file.name).toBe('广州市人民政府办公厅2022年度绩效自评表.xlsx');
    expect(file.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const [form] = scoreForms(readXlsx(file.bytes))!.forms;
    expect([form!.layout.id, form!.total?.score, form!.grade, form!.mistakes]).toEqual([
      'national-project',
      '96.99',
      '优',
      [],
    ]);
    const scores = new Map(form!.evaluation!.indicators.map((r) => [r.name, r.score]));
    for (const r of controller.getState().evaluation!.indicators)
      if (r.name !== '预算执行率') expect(scores.get(r.name), r.name).toBe(r.score);
    expect(scores.get('合同备案时效性')).toBe('1.50');
    expect(scores.get('督查督办事项办结率')).toBe('4.00');
    const notice = controller.getState().notice!;
    expect(notice).toContain('已生成《广州市人民政府办公厅2022年度绩效自评表.xlsx》');
    expect(notice).toContain('表格无法写明的评分规则 4 处');
    expect(notice).not.toContain('读回后与工作簿不一致');

    // the Guangdong layout, chosen in the same control
    await choose(select, 'guangdong');
    await clickAndWait(el, controller, 'download-forms');
    expect(downloads).toHaveLength(2);
    const [gd] = scoreForms(readXlsx(downloads[1]!.bytes))!.forms;
    expect([gd!.layout.id, gd!.total?.score, gd!.grade]).toEqual([
      'guangdong-department',
      '96.99',
      '优',
    ]);
    controller.dispose();
  });

  it('on Excel for Mac nothing is downloaded: the notice says how to get the file', async () => {
    const { controller, downloads, el } = await mount('Mac');
    await clickAndWait(el, controller, 'download-forms');
    expect(downloads).toEqual([]);
    expect(controller.getState().notice).toContain('Excel for Mac 的任务窗格不能保存下载的文件');
    expect(controller.getState().notice).toContain('广州市人民政府办公厅2022年度绩效自评表.xlsx');
    controller.dispose();
  });
});
