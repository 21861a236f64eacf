/**
 * 下载官方自评表 (issue 14): the layout choice of the 部门整体 table (全国通用 · 广东 · 重庆) and the
 * button, shared by the standalone page and the panes, and the words said after the download (the
 * rules the forms cannot state, figures that do not read back the same). The file is made by
 * `officialFormsXlsx` of @jixiao/pipeline/xlsx (in the page's worker, or `BasePaneController`); the
 * host saves it its usual way.
 */
import { useState } from 'react';
import { Button, Field, Select } from '@fluentui/react-components';
import type { PaneLang } from './strings.js';

/** The layouts a 部门整体 table can be written in (`DEPARTMENT_FORM_LAYOUTS` of @jixiao/workbook). */
export const FORMS_LAYOUTS = ['national', 'guangdong', 'chongqing'] as const;
export type FormsLayout = (typeof FORMS_LAYOUTS)[number];

/** The words of the official-forms download. */
export const FORMS_STRINGS = {
  'zh-CN': {
    layout: '部门整体表版式',
    download: '下载官方自评表',
    layouts: { national: '全国通用', guangdong: '广东', chongqing: '重庆' },
    saved: (name: string) => `已生成《${name}》：部门整体表和每个所属项目的项目支出绩效自评表。`,
    lost: (n: number) => `表格无法写明的评分规则 ${String(n)} 处（读回时按表内数据计分）：`,
    differ: (n: number) => `表格读回后与工作簿不一致 ${String(n)} 处，请核对后再报送：`,
  },
  'en-US': {
    layout: '部门整体 table layout',
    download: 'Download the official forms',
    layouts: { national: 'National', guangdong: 'Guangdong', chongqing: 'Chongqing' },
    saved: (name: string) =>
      `Wrote “${name}”: the 部门整体 table and one 项目支出 form per project.`,
    lost: (n: number) =>
      `${String(n)} rule(s) the forms cannot state (read back, they score by the form): `,
    differ: (n: number) =>
      `${String(n)} figure(s) read back differently from the workbook; check before filing: `,
  },
} as const;

/** What the user is told after the forms are saved. */
export function formsNotice(
  lang: PaneLang,
  file: {
    name: string;
    lost: readonly string[];
    differences: readonly { message: string }[];
  },
): string {
  const t = FORMS_STRINGS[lang];
  const parts: string[] = [t.saved(file.name)];
  if (file.lost.length > 0) parts.push(`${t.lost(file.lost.length)}${file.lost.join('；')}。`);
  if (file.differences.length > 0)
    parts.push(
      `${t.differ(file.differences.length)}${file.differences.map((d) => d.message).join(' ')}`,
    );
  return parts.join(' ');
}

export interface FormsDownloadProps {
  lang: PaneLang;
  disabled?: boolean;
  /** Makes and saves the forms in the chosen layout. */
  onDownload: (layout: FormsLayout) => void;
}

/** The layout choice and the 下载官方自评表 button. */
export function FormsDownload({ lang, disabled = false, onDownload }: FormsDownloadProps) {
  const [layout, setLayout] = useState<FormsLayout>('national');
  const t = FORMS_STRINGS[lang];
  return (
    <div style={{ display: 'flex', gap: 8, alignItems: 'flex-end', flexWrap: 'wrap' }}>
      <Field label={t.layout}>
        <Select
          value={layout}
          data-testid="forms-layout"
          disabled={disabled}
          onChange={(_, d) => setLayout(d.value as FormsLayout)}
        >
          {FORMS_LAYOUTS.map((l) => (
            <option key={l} value={l}>
              {t.layouts[l]}
            </option>
          ))}
        </Select>
      </Field>
      <Button data-testid="download-forms" disabled={disabled} onClick={() => onDownload(layout)}>
        {t.download}
      </Button>
    </div>
  );
}
