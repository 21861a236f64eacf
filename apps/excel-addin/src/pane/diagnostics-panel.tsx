/**
 * 诊断 in the Excel pane (below the tabs): a link that runs the host checks of
 * `office/diagnostics.ts`, lists each result (通过 / 失败 / 不可用 / 信息, what it means for the
 * user, what was observed) and exports them as a .txt through the pane's download path. Where the
 * pane cannot download (Excel for Mac, see `canDownload`), the text is shown to copy instead.
 */
import { useState } from 'react';
import {
  Badge,
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import type { PaneLang } from '@jixiao/ui';
import { diagnosticsText, STATUS_LABEL, type CheckResult } from '../office/diagnostics.js';

export interface DiagnosticsPanelProps {
  lang: PaneLang;
  /** Runs the checks (creates and removes the scratch sheet). */
  run: () => Promise<CheckResult[]>;
  /** Whether the pane can start a download (false on Excel for Mac). */
  canDownload: boolean;
  /** The pane's download path (`PaneController.download`). */
  download: (name: string, bytes: Uint8Array, type: string) => void;
}

const STRINGS = {
  'zh-CN': {
    open: '诊断（供技术人员检查此 Excel）',
    title: '诊断',
    running: '正在检查…（会临时添加并删除一个工作表）',
    intro: '检查此 Excel 能否正常运行本加载项。检查只在一个临时工作表上进行，结束后删除。',
    export: '导出结果',
    again: '重新检查',
    close: '关闭',
    exported: (name: string) => `已下载《${name}》，可作为附件发给技术支持。`,
    mac: 'Excel for Mac 的任务窗格不能保存文件：请复制下面的文字（⌘A、⌘C），粘贴到邮件中发给技术支持。',
    failed: (m: string) => `诊断未能运行：${m}`,
    summary: (fail: number, na: number) =>
      fail === 0
        ? na === 0
          ? '全部通过。'
          : `没有失败项；${na} 项功能此 Excel 不提供，加载项改用替代方式。`
        : `${fail} 项失败，请导出结果发给技术支持。`,
    textLabel: '诊断结果文字',
  },
  'en-US': {
    open: 'Diagnostics (for IT staff: check this Excel)',
    title: 'Diagnostics',
    running: 'Checking… (a scratch sheet is added and removed)',
    intro:
      'Checks whether this Excel runs the add-in. The checks use a scratch sheet that is deleted afterwards. Results are in Chinese.',
    export: 'Export results',
    again: 'Check again',
    close: 'Close',
    exported: (name: string) => `Downloaded “${name}”: attach it to your support request.`,
    mac: 'Excel for Mac cannot save files from a task pane: copy the text below (⌘A, ⌘C) into an e-mail to support.',
    failed: (m: string) => `Diagnostics could not run: ${m}`,
    summary: (fail: number, na: number) =>
      fail === 0
        ? na === 0
          ? 'All passed.'
          : `No failures; ${na} feature(s) not offered by this Excel, the add-in falls back.`
        : `${fail} failed: export the results for support.`,
    textLabel: 'Diagnostics as text',
  },
} as const;

const STATUS_COLOR = {
  ok: 'success',
  fail: 'danger',
  na: 'warning',
  info: 'informative',
} as const;

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: '8px',
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    padding: '12px',
    boxShadow: tokens.shadow2,
  },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  item: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: '8px',
    padding: '6px 0',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  detail: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase100,
    wordBreak: 'break-all',
  },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: '6px' },
  link: { fontSize: tokens.fontSizeBase200 },
});

/** The file's name: 绩效自评助手-诊断-YYYYMMDD-HHMMSS.txt (local time). */
export function diagnosticsFileName(at: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const day = `${at.getFullYear()}${p(at.getMonth() + 1)}${p(at.getDate())}`;
  const time = `${p(at.getHours())}${p(at.getMinutes())}${p(at.getSeconds())}`;
  return `绩效自评助手-诊断-${day}-${time}.txt`;
}

/** The exported text: a header (tool, time) and one line a check. */
export function diagnosticsExport(results: readonly CheckResult[], at: Date): string {
  return `绩效自评助手 诊断结果\n时间：${at.toISOString()}\n\n${diagnosticsText(results)}\n`;
}

export function DiagnosticsPanel({ lang, run, canDownload, download }: DiagnosticsPanelProps) {
  const styles = useStyles();
  const t = STRINGS[lang];
  const [open, setOpen] = useState(false);
  const [running, setRunning] = useState(false);
  const [results, setResults] = useState<{ list: CheckResult[]; at: Date } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [copyText, setCopyText] = useState<string | null>(null);

  const check = async () => {
    setOpen(true);
    setRunning(true);
    setResults(null);
    setError(null);
    setNote(null);
    setCopyText(null);
    try {
      setResults({ list: await run(), at: new Date() });
    } catch (e) {
      setError(t.failed((e as Error)?.message ?? String(e)));
    } finally {
      setRunning(false);
    }
  };

  const exportResults = () => {
    if (!results) return;
    const text = diagnosticsExport(results.list, results.at);
    if (canDownload) {
      const name = diagnosticsFileName(results.at);
      // with a BOM, so that older Notepad reads the Chinese as UTF-8
      download(name, new TextEncoder().encode(`\ufeff${text}`), 'text/plain;charset=utf-8');
      setNote(t.exported(name));
    } else {
      setCopyText(text);
      setNote(t.mac);
    }
  };

  if (!open)
    return (
      <Link
        as="button"
        className={styles.link}
        onClick={() => void check()}
        data-testid="diagnostics-open"
      >
        {t.open}
      </Link>
    );

  const fails = results?.list.filter((r) => r.status === 'fail').length ?? 0;
  const nas = results?.list.filter((r) => r.status === 'na').length ?? 0;
  return (
    <section className={styles.panel} aria-label={t.title} data-testid="diagnostics">
      <Text weight="semibold">{t.title}</Text>
      <Text size={200}>{t.intro}</Text>
      {running ? <Spinner size="extra-tiny" label={t.running} /> : null}
      {error ? (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {results ? (
        <>
          <Text data-testid="diagnostics-summary">{t.summary(fails, nas)}</Text>
          <ul className={styles.list} data-testid="diagnostics-results">
            {results.list.map((r) => (
              <li
                key={r.id}
                className={styles.item}
                data-testid={`diag-${r.id}`}
                data-status={r.status}
              >
                <Badge appearance="filled" color={STATUS_COLOR[r.status]}>
                  {STATUS_LABEL[r.status]}
                </Badge>
                <div>
                  <Text block weight="semibold" size={200}>
                    {r.title}
                  </Text>
                  <Text block size={200}>
                    {r.meaning}
                  </Text>
                  <Text block className={styles.detail}>
                    {r.detail}
                  </Text>
                </div>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {note ? (
        <MessageBar intent="info" layout="multiline" data-testid="diagnostics-note">
          <MessageBarBody>{note}</MessageBarBody>
        </MessageBar>
      ) : null}
      {copyText !== null ? (
        <Textarea
          readOnly
          value={copyText}
          aria-label={t.textLabel}
          rows={8}
          data-testid="diagnostics-text"
          onFocus={(e) => e.currentTarget.select()}
        />
      ) : null}
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          size="small"
          disabled={running || results === null}
          onClick={exportResults}
          data-testid="diagnostics-export"
        >
          {t.export}
        </Button>
        <Button size="small" disabled={running} onClick={() => void check()}>
          {t.again}
        </Button>
        <Button size="small" appearance="subtle" disabled={running} onClick={() => setOpen(false)}>
          {t.close}
        </Button>
      </div>
    </section>
  );
}
