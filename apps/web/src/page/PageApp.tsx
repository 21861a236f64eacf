import {
  Button,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarBody,
  Text,
  Title2,
  tokens,
} from '@fluentui/react-components';
import type { RuleSet } from '@jixiao/ui';
import { RULES_STRINGS } from '@jixiao/ui/rules-strings';
import {
  lazy,
  memo,
  Suspense,
  useCallback,
  useEffect,
  useRef,
  useState,
  type DragEvent,
} from 'react';
import type { Lang, OutputFile } from '../worker/protocol.js';
import type { FileEntry } from './fileEntry.js';
import { FileTabs } from './FileTabs.js';
import { pageStrings } from './pageStrings.js';
import { saveFile } from './saveFile.js';
import { WorkerFailure, type Progress, type ScoringClient } from './workerClient.js';

// Loaded when first needed (a file opened, the rules panel opened), not with the page.
const ComparisonCard = lazy(() =>
  import('./PageResults.js').then(({ ComparisonCard: card }) => ({ default: card })),
);
const SelectedFile = lazy(() =>
  import('./PageResults.js').then(({ SelectedFile: file }) => ({ default: file })),
);
const RulesPanel = lazy(() =>
  import('@jixiao/ui').then(({ RulesPanel: panel }) => ({ default: panel })),
);

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
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // the rules panel is loaded when the 规则 section is first opened, and kept
  const [rulesShown, setRulesShown] = useState(false);
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

  const openPicker = useCallback(() => input.current?.click(), []);
  const template = useCallback(
    (which: 'empty' | 'example') =>
      download('template', () => client.template(which), pageStrings(lang).newTemplate),
    [client, download, lang],
  );
  const switchLang = useCallback(
    () => setLang((current) => (current === 'zh-CN' ? 'en-US' : 'zh-CN')),
    [],
  );

  const selected = entries.find((e) => e.id === selectedId) ?? entries[0] ?? null;

  const select = useCallback((id: string) => {
    setSelectedId(id);
    requestAnimationFrame(() =>
      document.getElementById(`file-${id}`)?.scrollIntoView({ behavior: 'smooth', block: 'start' }),
    );
  }, []);

  return (
    <main className={styles.page} onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <PageHeader lang={lang} onOpen={openPicker} onTemplate={template} onSwitchLang={switchLang} />
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
      <details
        data-testid="page-rules"
        onToggle={(e) => {
          if (e.currentTarget.open) setRulesShown(true);
        }}
      >
        <summary>
          {RULES_STRINGS[lang].title}
          {Object.keys(rules).length > 0 ? `（${String(Object.keys(rules).length)}）` : ''}
        </summary>
        {rulesShown ? (
          <Suspense fallback={null}>
            <RulesPanel lang={lang} value={rules} onApply={applyRules} />
          </Suspense>
        ) : null}
      </details>
      {entries.length > 1 ? (
        <Suspense fallback={null}>
          <ComparisonCard
            entries={entries}
            lang={lang}
            client={client}
            busy={busy.comparison !== undefined}
            download={download}
            onSelect={select}
          />
        </Suspense>
      ) : null}
      {entries.length > 0 ? (
        <FileTabs
          entries={entries}
          selectedId={selected?.id ?? null}
          label={t.files}
          onTabSelect={setSelectedId}
        />
      ) : null}
      {selected ? (
        <Suspense fallback={null}>
          <SelectedFile
            entry={selected}
            lang={lang}
            client={client}
            busy={busy[selected.id] ?? null}
            download={download}
            onRemove={remove}
          />
        </Suspense>
      ) : null}
    </main>
  );
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

/** The title and the toolbar (open, new template, language): rendered again only when the language changes. */
const PageHeader = memo(function PageHeader({
  lang,
  onOpen,
  onTemplate,
  onSwitchLang,
}: {
  lang: Lang;
  onOpen: () => void;
  onTemplate: (which: 'empty' | 'example') => void;
  onSwitchLang: () => void;
}) {
  const styles = useStyles();
  const t = pageStrings(lang);
  return (
    <header className={styles.header}>
      <div className={styles.titles}>
        <Title2 as="h1">{t.title}</Title2>
        <Text className={styles.muted}>{t.subtitle}</Text>
      </div>
      <div className={styles.toolbar}>
        <Button appearance="primary" onClick={onOpen} data-testid="open">
          {t.open}
        </Button>
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Button data-testid="new-template">{t.newTemplate}</Button>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem onClick={() => onTemplate('empty')} data-testid="template-empty">
                {t.emptyTemplate}
              </MenuItem>
              <MenuItem onClick={() => onTemplate('example')} data-testid="template-example">
                {t.exampleWorkbook}
              </MenuItem>
            </MenuList>
          </MenuPopover>
        </Menu>
        <Button appearance="subtle" onClick={onSwitchLang} lang={lang === 'zh-CN' ? 'en' : 'zh-CN'}>
          {t.switchLanguage}
        </Button>
      </div>
    </header>
  );
});
