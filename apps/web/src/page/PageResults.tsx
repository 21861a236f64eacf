/**
 * What the page shows of open files besides their tabs: the comparison table and the open file's
 * detail. A chunk of its own, loaded when the first file is opened (with the scoring worker), so
 * the page's first load carries only its shell.
 *
 * 20 files scored at once update the page 20 times and more (results and progress): both parts
 * are memoised on what they show (an entry object changes only when that file's state does), so
 * an update renders that file's table rows, not the open file's detail.
 */
import {
  Button,
  Card,
  CardHeader,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { FontProfile } from '@jixiao/report';
import {
  FontChoice,
  FormsDownload,
  loadFontProfile,
  ReportAsker,
  ReportConfirm,
  reportQuestion,
  saveFontProfile,
} from '@jixiao/ui';
import { memo, useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { FileResult, FormsNotes, Lang, OutputFile } from '../worker/protocol.js';
import { comparisonRows, type FailedFile } from '../worker/comparisonRows.js';
import { ComparisonTable } from './ComparisonTable.js';
import type { FileEntry } from './fileEntry.js';
import { FileResultView } from './FileResultView.js';
import { FormsSaved } from './FormsSaved.js';
import { tabLabel } from './FileTabs.js';
import { pageStrings } from './pageStrings.js';
import type { ScoringClient } from './workerClient.js';

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Starts a download: `make` produces the file, `label` is shown under `key` while it runs. */
export type Download = (key: string, make: () => Promise<OutputFile>, label: string) => void;

/** What the last official forms of a file cannot state or do not read back the same. */
interface SavedForms {
  id: string;
  name: string;
  notes: FormsNotes;
}

export interface ComparisonCardProps {
  entries: readonly FileEntry[];
  lang: Lang;
  client: ScoringClient;
  /** The comparison's download is under way. */
  busy: boolean;
  download: Download;
  /** A department was chosen in the table (shown and scrolled to). */
  onSelect: (id: string) => void;
}

/** The comparison of the open files, with its download. */
export const ComparisonCard = memo(function ComparisonCard({
  entries,
  lang,
  client,
  busy,
  download,
  onSelect,
}: ComparisonCardProps) {
  const t = pageStrings(lang);
  // the comparison is built when it is downloaded, from the entries of that moment
  const latest = useRef(entries);
  useLayoutEffect(() => {
    latest.current = entries;
  }, [entries]);
  const onDownload = useCallback(
    () =>
      download(
        'comparison',
        () => client.comparison(comparisonOf(latest.current, lang), lang),
        t.downloadComparison,
      ),
    [client, download, lang, t],
  );
  return (
    <Card>
      <ComparisonTable
        entries={entries}
        t={t}
        lang={lang}
        busy={busy}
        onSelect={onSelect}
        onDownload={onDownload}
      />
    </Card>
  );
});

export interface SelectedFileProps {
  entry: FileEntry;
  lang: Lang;
  client: ScoringClient;
  /** What a download of this file under way shows; null when none is. */
  busy: string | null;
  download: Download;
  onRemove: (id: string) => void;
}

/** The open file, with what the page remembers across files (fonts, the last forms saved). */
export const SelectedFile = memo(function SelectedFile(props: SelectedFileProps) {
  const [formsSaved, setFormsSaved] = useState<SavedForms | null>(null);
  // asks before 导出 Word: a 报告 edited by hand (覆盖 / 按现有报告导出 / 取消), the report's issues
  const [reportAsker] = useState(() => new ReportAsker());
  const [fonts, setFonts] = useState<FontProfile>(() => loadFontProfile());
  return (
    <FileDetail
      {...props}
      formsSaved={formsSaved !== null && formsSaved.id === props.entry.id ? formsSaved : null}
      setFormsSaved={setFormsSaved}
      fonts={fonts}
      setFonts={setFonts}
      reportAsker={reportAsker}
    />
  );
});

/** The rows of the comparison workbook: scored files and failed ones, in the order opened. */
function comparisonOf(entries: readonly FileEntry[], lang: Lang) {
  return comparisonRows(
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
    pageStrings(lang).statusNoScore,
  );
}

interface FileDetailProps extends SelectedFileProps {
  formsSaved: SavedForms | null;
  setFormsSaved: (saved: SavedForms | null) => void;
  fonts: FontProfile;
  setFonts: (fonts: FontProfile) => void;
  reportAsker: ReportAsker;
}

/** The open file: its name, font choice, downloads and results (or its progress or failure). */
const FileDetail = memo(function FileDetail({
  entry,
  lang,
  client,
  busy,
  download,
  onRemove,
  formsSaved,
  setFormsSaved,
  fonts,
  setFonts,
  reportAsker,
}: FileDetailProps) {
  const styles = useStyles();
  const t = pageStrings(lang);
  const id = entry.id;
  const result = entry.status === 'scored' ? entry.result : null;
  const onDownloadScored = useCallback(
    () => download(id, () => client.scoredWorkbook(id), t.progress(t.stages.writing)),
    [client, download, id, t],
  );
  const onDownloadReport = useCallback(() => {
    const question = result ? reportQuestion(result, 'export') : null;
    const ask = question ? reportAsker.ask(question) : Promise.resolve('proceed');
    void ask.then((choice) => {
      if (choice === 'cancel') return;
      download(
        id,
        () => client.reportDocx(id, undefined, fonts, choice === 'asIs'),
        t.progress(t.stages.exporting),
      );
    });
  }, [client, download, fonts, id, reportAsker, result, t]);
  return (
    <Card data-testid="file-detail" data-status={entry.status} id={`file-${id}`}>
      <CardHeader
        header={
          <Text as="h2" size={500} weight="semibold">
            {tabLabel(entry)}
          </Text>
        }
        description={<Text className={styles.muted}>{entry.name}</Text>}
        action={
          <Button
            appearance="subtle"
            onClick={() => onRemove(id)}
            aria-label={`${t.remove} ${entry.name}`}
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
      {result !== null && result.evaluation !== null && client.formsWorkbook !== undefined ? (
        <FormsDownload
          lang={lang}
          disabled={busy !== null}
          onDownload={(layout) =>
            download(
              id,
              () =>
                client.formsWorkbook!(id, layout, lang).then((file) => {
                  setFormsSaved(file.forms ? { id, name: file.name, notes: file.forms } : null);
                  return file;
                }),
              t.progress(t.stages.writing),
            )
          }
        />
      ) : null}
      {formsSaved !== null ? (
        <FormsSaved lang={lang} name={formsSaved.name} notes={formsSaved.notes} />
      ) : null}
      <EntryBody
        entry={entry}
        lang={lang}
        busy={busy}
        onDownloadScored={onDownloadScored}
        onDownloadReport={onDownloadReport}
      />
      <ReportConfirm asker={reportAsker} lang={lang} />
    </Card>
  );
});

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
