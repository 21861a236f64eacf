import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import { OverviewTab, PANE_STRINGS } from '@jixiao/ui';
import type { FileResult, Lang } from '../worker/protocol.js';
import { FormsTable } from './FormsTable.js';
import { IndicatorTable } from './IndicatorTable.js';
import { IssueList } from './IssueList.js';
import type { PageStrings } from './pageStrings.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '16px' },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'center' },
  columns: {
    display: 'grid',
    gap: '24px',
    gridTemplateColumns: 'minmax(0, 1fr)',
    '@media (min-width: 900px)': { gridTemplateColumns: '320px minmax(0, 1fr)' },
  },
  side: { display: 'flex', flexDirection: 'column', gap: '16px', minWidth: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: '8px', minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export interface FileResultViewProps {
  result: FileResult;
  t: PageStrings;
  lang: Lang;
  busy: string | null;
  onDownloadScored: () => void;
  onDownloadReport: () => void;
}

/**
 * One department's results: the add-in's overview (score, grade, rates, 一级指标 chart, monthly
 * progress, deductions) beside the page's wide indicator table and issue list, with the downloads.
 */
export function FileResultView({
  result,
  t,
  lang,
  busy,
  onDownloadScored,
  onDownloadReport,
}: FileResultViewProps) {
  const styles = useStyles();
  const e = result.evaluation;
  const issues = (
    <section className={styles.section} aria-label={t.issues(result.issues.length)}>
      <Subtitle2 as="h2">{t.issues(result.issues.length)}</Subtitle2>
      <IssueList issues={result.issues} t={t} lang={lang} />
    </section>
  );
  if (result.forms) {
    return (
      <div className={styles.root}>
        <div className={styles.actions}>
          <Button
            appearance="primary"
            onClick={onDownloadScored}
            disabled={busy !== null}
            data-testid="download-scored"
          >
            {t.downloadScored}
          </Button>
          <Text className={styles.muted} role="status">
            {busy ?? `${t.elapsed(result.elapsedMs)} · ${t.cellsWritten(result.cellsToWrite)}`}
          </Text>
        </div>
        <FormsTable forms={result.forms} t={t} />
        {issues}
      </div>
    );
  }
  if (!e) {
    return (
      <div className={styles.root}>
        <MessageBar intent="error" layout="multiline" data-testid="not-scored">
          <MessageBarBody>
            <MessageBarTitle>{t.statusNoScore}</MessageBarTitle>
            {t.couldNotScore}
          </MessageBarBody>
        </MessageBar>
        {issues}
      </div>
    );
  }
  return (
    <div className={styles.root}>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          onClick={onDownloadScored}
          disabled={busy !== null}
          data-testid="download-scored"
        >
          {t.downloadScored}
        </Button>
        <Button onClick={onDownloadReport} disabled={busy !== null} data-testid="download-report">
          {t.downloadReport}
        </Button>
        <Text
          className={styles.muted}
          role="status"
          data-read-ms={result.timings.readMs}
          data-score-ms={result.timings.scoreMs}
        >
          {busy ?? `${t.elapsed(result.elapsedMs)} · ${t.cellsWritten(result.cellsToWrite)}`}
        </Text>
      </div>
      <div className={styles.columns}>
        <div className={styles.side}>
          <OverviewTab
            evaluation={e}
            t={PANE_STRINGS[lang]}
            errors={result.issues.filter((i) => i.severity === 'error').length}
          />
        </div>
        <div className={styles.side}>
          <section className={styles.section} aria-label={t.indicators}>
            <Subtitle2 as="h2">{t.indicators}</Subtitle2>
            <IndicatorTable
              evaluation={e}
              explanations={lang === 'zh-CN' ? result.explanations.zh : result.explanations.en}
              t={t}
            />
          </section>
          {issues}
        </div>
      </div>
    </div>
  );
}
