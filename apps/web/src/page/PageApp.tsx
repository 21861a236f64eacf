import {
  Badge,
  Button,
  Card,
  CardHeader,
  Field,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  Tab,
  TabList,
  Text,
  Title2,
  tokens,
} from '@fluentui/react-components';
import type { FontProfile } from '@jixiao/report';
import {
  FontChoice,
  FormsDownload,
  RULES_STRINGS,
  RulesPanel,
  loadFontProfile,
  ReportAsker,
  ReportConfirm,
  reportQuestion,
  saveFontProfile,
  type RuleSet,
} from '@jixiao/ui';
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import type { FileResult, FormsNotes, Lang, OutputFile } from '../worker/protocol.js';
import { ComparisonTable } from './ComparisonTable.js';
import type { FileEntry } from './fileEntry.js';
import { FileResultView } from './FileResultView.js';
import { FormsSaved } from './FormsSaved.js';
import { pageStrings } from './pageStrings.js';
import { saveFile } from './saveFile.js';
import { comparisonRows, type FailedFile } from '../worker/comparisonRows.js';
import { WorkerFailure, type Progress, type ScoringClient } from './workerClient.js';

const useStyles = makeStyles({
  page: {
    maxWidth: '1100px',
    margin: '0 auto',
    padding: '20px 16px 48px',
    display: 'flex',
    flexDirection: 'column',
    gap: '16px',
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: '12px',
  },
  titles: { display: 'flex', flexDirection: 'column' },
  muted: { color: tokens.colorNeutralForeground3 },
  toolbar: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: '24px',
    textAlign: 'center',
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  dropActive: {
    border: `2px dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  hidden: { display: 'none' },
  tabs: { flexWrap: 'wrap' },
});

export interface PageAppProps {
  client: ScoringClient;
  initialLang: Lang;
}

let fileCounter = 0;

/** The standalone page: open workbooks, see each department's results, compare, download. */
export function PageApp({ client, initialLang }: PageAppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const t = pageStrings(lang);
  const [entries, setEntries] = useState<FileEntry[]>([]);
  const [busy, setBusy] = useState<Record<string, string>>({});
  const [dragging, setDragging] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // what the last official forms of a file cannot state or do not read back the same
  const [formsSaved, setFormsSaved] = useState<{
    id: string;
    name: string;
    notes: FormsNotes;
  } | null>(null);
  // asks before 导出 Word: a 报告 edited by hand (覆盖 / 按现有报告导出 / 取消), the report's issues
  const [reportAsker] = useState(() => new ReportAsker());
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [fonts, setFonts] = useState<FontProfile>(() => loadFontProfile());
  // the 规则 panel's rules go with every score request; files are kept to re-score when they change
  const [rules, setRules] = useState<RuleSet>({});
  const rulesRef = useRef<RuleSet>({});
  const filesRef = useRef(new Map<string, File>());
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const update = useCallback((id: string, next: (e: FileEntry) => FileEntry) => {
    setEntries((list) => list.map((e) => (e.id === id ? next(e) : e)));
  }, []);

  const scoreFile = useCallback(
    (id: string, file: File) => {
      const onProgress = (progress: Progress) =>
        update(id, (e) => (e.status === 'working' ? { ...e, progress } : e));
      file
        .arrayBuffer()
        .then((bytes) => {
          const stated = rulesRef.current;
          return client.score(
            id,
            file.name,
            bytes,
            onProgress,
            Object.keys(stated).length > 0 ? stated : undefined,
          );
        })
        .then(
          (result) =>
            update(id, (e) => ({
              id: e.id,
              name: e.name,
              size: e.size,
              status: 'scored',
              result,
            })),
          (error: unknown) =>
            update(id, (e) => ({
              id: e.id,
              name: e.name,
              size: e.size,
              status: 'failed',
              failure: failureOf(error),
            })),
        );
    },
    [client, update],
  );

  /** 应用规则: every open file is scored again with the rules. */
  const applyRules = useCallback(
    (next: RuleSet) => {
      rulesRef.current = next;
      setRules(next);
      setEntries((list) =>
        list.map((e) => ({
          id: e.id,
          name: e.name,
          size: e.size,
          status: 'working',
          progress: null,
        })),
      );
      for (const [id, file] of filesRef.current) scoreFile(id, file);
    },
    [scoreFile],
  );

  const openFiles = useCallback(
    (files: readonly File[]) => {
      const added = files.map((file) => ({ file, id: `f${++fileCounter}` }));
      if (added[0]) setSelectedId(added[0].id);
      setEntries((list) => [
        ...list,
        ...added.map(({ file, id }): FileEntry => ({
          id,
          name: file.name,
          size: file.size,
          status: 'working',
          progress: null,
        })),
      ]);
      for (const { file, id } of added) {
        filesRef.current.set(id, file);
        scoreFile(id, file);
      }
    },
    [scoreFile],
  );

  const download = useCallback(
    (key: string, make: () => Promise<OutputFile>, label: string) => {
      setBusy((b) => ({ ...b, [key]: label }));
      setNotice(null);
      make()
        .then(saveFile)
        .catch((error: unknown) => setNotice(`${t.downloadFailed}${failureText(error, lang)}`))
        .finally(() =>
          setBusy((b) => {
            const { [key]: _done, ...rest } = b;
            return rest;
          }),
        );
    },
    [lang, t],
  );

  const remove = useCallback(
    (id: string) => {
      setEntries((list) => list.filter((e) => e.id !== id));
      filesRef.current.delete(id);
      setSelectedId(null);
      client.forget(id).catch(() => undefined);
    },
    [client],
  );

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    openFiles(Array.from(event.dataTransfer.files));
  };

  const comparison = useMemo(
    () =>
      comparisonRows(
        entries.flatMap((e): (FileResult | FailedFile)[] => {
          switch (e.status) {
            case 'scored':
              return [e.result];
            case 'failed':
              return [
                {
                  fileId: e.id,
                  fileName: e.name,
                  message: lang === 'zh-CN' ? e.failure.message : e.failure.messageEn,
                },
              ];
            case 'working':
              return [];
          }
        }),
        t.statusNoScore,
      ),
    [entries, lang, t],
  );

  const selected = entries.find((e) => e.id === selectedId) ?? entries[0] ?? null;

  const select = (id: string) => {
    setSelectedId(id);
    requestAnimationFrame(() =>
      document.getElementById(`file-${id}`)?.scrollIntoView({ behavior: 'smooth', block: 'start' }),
    );
  };

  return (
    <main className={styles.page} onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <header className={styles.header}>
        <div className={styles.titles}>
          <Title2 as="h1">{t.title}</Title2>
          <Text className={styles.muted}>{t.subtitle}</Text>
        </div>
        <div className={styles.toolbar}>
          <Button appearance="primary" onClick={() => input.current?.click()} data-testid="open">
            {t.open}
          </Button>
          <Menu>
            <MenuTrigger disableButtonEnhancement>
              <Button data-testid="new-template">{t.newTemplate}</Button>
            </MenuTrigger>
            <MenuPopover>
              <MenuList>
                <MenuItem
                  onClick={() =>
                    download('template', () => client.template('empty'), t.newTemplate)
                  }
                  data-testid="template-empty"
                >
                  {t.emptyTemplate}
                </MenuItem>
                <MenuItem
                  onClick={() =>
                    download('template', () => client.template('example'), t.newTemplate)
                  }
                  data-testid="template-example"
                >
                  {t.exampleWorkbook}
                </MenuItem>
              </MenuList>
            </MenuPopover>
          </Menu>
          <Button
            appearance="subtle"
            onClick={() => setLang(lang === 'zh-CN' ? 'en-US' : 'zh-CN')}
            lang={lang === 'zh-CN' ? 'en' : 'zh-CN'}
          >
            {t.switchLanguage}
          </Button>
        </div>
      </header>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        data-testid="file-input"
        aria-label={t.open}
        onChange={(e) => {
          openFiles(Array.from(e.currentTarget.files ?? []));
          e.currentTarget.value = '';
        }}
      />
      <div
        className={dragging ? `${styles.drop} ${styles.dropActive}` : styles.drop}
        onDragEnter={() => setDragging(true)}
        onDragLeave={(e) => {
          if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget)))
            setDragging(false);
        }}
        data-testid="drop-zone"
      >
        <Text>{dragging ? t.dropActive : t.dropHere}</Text>
        <br />
        <Text size={200} className={styles.muted}>
          {t.privacy}
        </Text>
      </div>
      {notice ? (
        <MessageBar intent="error">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      ) : null}
      <details data-testid="page-rules">
        <summary>
          {RULES_STRINGS[lang].title}
          {Object.keys(rules).length > 0 ? `（${String(Object.keys(rules).length)}）` : ''}
        </summary>
        <RulesPanel lang={lang} value={rules} onApply={applyRules} />
      </details>
      {entries.length > 1 ? (
        <Card>
          <ComparisonTable
            entries={entries}
            t={t}
            lang={lang}
            busy={busy.comparison !== undefined}
            onSelect={select}
            onDownload={() =>
              download(
                'comparison',
                () => client.comparison(comparison, lang),
                t.downloadComparison,
              )
            }
          />
        </Card>
      ) : null}
      {entries.length > 0 ? (
        <TabList
          selectedValue={selected?.id ?? null}
          onTabSelect={(_, data) => setSelectedId(String(data.value))}
          aria-label={t.files}
          className={styles.tabs}
        >
          {entries.map((entry) => (
            <Tab
              key={entry.id}
              value={entry.id}
              data-testid="file-tab"
              data-status={entry.status}
              icon={<StatusIcon entry={entry} />}
            >
              {tabLabel(entry)}
            </Tab>
          ))}
        </TabList>
      ) : null}
      {selected ? (
        <Card data-testid="file-detail" data-status={selected.status} id={`file-${selected.id}`}>
          <CardHeader
            header={
              <Text as="h2" size={500} weight="semibold">
                {tabLabel(selected)}
              </Text>
            }
            description={<Text className={styles.muted}>{selected.name}</Text>}
            action={
              <Button
                appearance="subtle"
                onClick={() => remove(selected.id)}
                aria-label={`${t.remove} ${selected.name}`}
              >
                {t.remove}
              </Button>
            }
          />
          <FontChoice
            lang={lang}
            value={fonts}
            onChange={(f) => {
              saveFontProfile(f);
              setFonts(f);
            }}
          />
          {selected.status === 'scored' &&
          selected.result.evaluation !== null &&
          client.formsWorkbook !== undefined ? (
            <FormsDownload
              lang={lang}
              disabled={busy[selected.id] !== undefined}
              onDownload={(layout) =>
                download(
                  selected.id,
                  () =>
                    client.formsWorkbook!(selected.id, layout, lang).then((file) => {
                      setFormsSaved(
                        file.forms ? { id: selected.id, name: file.name, notes: file.forms } : null,
                      );
                      return file;
                    }),
                  t.progress(t.stages.writing),
                )
              }
            />
          ) : null}
          {formsSaved !== null && formsSaved.id === selected.id ? (
            <FormsSaved lang={lang} name={formsSaved.name} notes={formsSaved.notes} />
          ) : null}
          <EntryBody
            entry={selected}
            lang={lang}
            busy={busy[selected.id] ?? null}
            onDownloadScored={() =>
              download(
                selected.id,
                () => client.scoredWorkbook(selected.id),
                t.progress(t.stages.writing),
              )
            }
            onDownloadReport={() => {
              const result = selected.status === 'scored' ? selected.result : null;
              const question = result ? reportQuestion(result, 'export') : null;
              const ask = question ? reportAsker.ask(question) : Promise.resolve('proceed');
              void ask.then((choice) => {
                if (choice === 'cancel') return;
                download(
                  selected.id,
                  () => client.reportDocx(selected.id, undefined, fonts, choice === 'asIs'),
                  t.progress(t.stages.exporting),
                );
              });
            }}
          />
          <ReportConfirm asker={reportAsker} lang={lang} />
        </Card>
      ) : null}
    </main>
  );
}

function EntryBody(props: {
  entry: FileEntry;
  lang: Lang;
  busy: string | null;
  onDownloadScored: () => void;
  onDownloadReport: () => void;
}) {
  const { entry, lang } = props;
  const t = pageStrings(lang);
  switch (entry.status) {
    case 'working': {
      const p = entry.progress;
      return (
        <Field
          validationMessage={p ? t.progress(t.stages[p.stage]) : t.statusWaiting}
          validationState="none"
        >
          <ProgressBar
            value={p ? p.done / Math.max(1, p.total) : undefined}
            aria-label={t.working}
            data-testid="progress"
          />
        </Field>
      );
    }
    case 'failed':
      return (
        <MessageBar intent="error" layout="multiline" data-testid="failure">
          <MessageBarBody>
            <MessageBarTitle>{t.failedTitle}</MessageBarTitle>
            {lang === 'zh-CN' ? entry.failure.message : entry.failure.messageEn}
          </MessageBarBody>
        </MessageBar>
      );
    case 'scored':
      return (
        <FileResultView
          result={entry.result}
          t={t}
          lang={lang}
          busy={props.busy}
          onDownloadScored={props.onDownloadScored}
          onDownloadReport={props.onDownloadReport}
        />
      );
  }
}

function failureOf(error: unknown) {
  if (error instanceof WorkerFailure) return error.failure;
  const text = error instanceof Error ? error.message : String(error);
  return {
    kind: 'internal' as const,
    message: `处理该文件时发生意外错误：${text}`,
    messageEn: `Unexpected error: ${text}`,
  };
}

function failureText(error: unknown, lang: Lang): string {
  if (error instanceof WorkerFailure)
    return lang === 'zh-CN' ? error.failure.message : error.failure.messageEn;
  return error instanceof Error ? error.message : String(error);
}

function tabLabel(entry: FileEntry): string {
  if (entry.status === 'scored' && entry.result.evaluation) {
    const e = entry.result.evaluation;
    return `${e.info.department} · ${e.info.year}`;
  }
  return entry.name;
}

function StatusIcon({ entry }: { entry: FileEntry }) {
  switch (entry.status) {
    case 'working':
      return <Spinner size="extra-tiny" />;
    case 'failed':
      return <Badge size="extra-small" color="danger" aria-hidden="true" />;
    case 'scored':
      return (
        <Badge
          size="extra-small"
          color={entry.result.evaluation ? 'success' : 'warning'}
          aria-hidden="true"
        />
      );
  }
}
