import {
  Badge,
  Button,
  Link,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { comparisonRows, type ComparisonRow } from '../worker/comparisonRows.js';
import type { Lang } from '../worker/protocol.js';
import type { PageStrings } from './pageStrings.js';
import type { FileEntry } from './fileEntry.js';
import { formatNumber, formatPercent } from '@jixiao/engine/format';
import { memo } from 'react';

const useStyles = makeStyles({
  wrap: { overflowX: 'auto' },
  table: { tableLayout: 'auto', minWidth: '100%' },
  num: { fontVariantNumeric: 'tabular-nums', textAlign: 'right', whiteSpace: 'nowrap' },
  numHeader: {
    whiteSpace: 'nowrap',
    '& > div, & > button': { justifyContent: 'flex-end', textAlign: 'right', width: '100%' },
  },
  nowrap: { whiteSpace: 'nowrap' },
  failed: { color: tokens.colorPaletteRedForeground1 },
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: '12px',
    flexWrap: 'wrap',
  },
});

export interface ComparisonTableProps {
  entries: readonly FileEntry[];
  t: PageStrings;
  lang: Lang;
  onDownload: () => void;
  onSelect: (fileId: string) => void;
  busy: boolean;
}

/**
 * Several files side by side: one row per department (a file that failed keeps its row, marked).
 * Memoised, and each file's rows on their own: an update of one file renders that file's rows.
 */
export const ComparisonTable = memo(function ComparisonTable({
  entries,
  t,
  lang,
  onDownload,
  onSelect,
  busy,
}: ComparisonTableProps) {
  const styles = useStyles();
  const anyScored = entries.some((e) => e.status === 'scored');
  return (
    <div>
      <div className={styles.header}>
        <Text as="h2" size={500} weight="semibold">
          {t.comparison}
        </Text>
        <Button
          onClick={onDownload}
          disabled={busy || !anyScored}
          data-testid="download-comparison"
        >
          {t.downloadComparison}
        </Button>
      </div>
      <div className={styles.wrap}>
        <Table
          size="small"
          aria-label={t.comparison}
          data-testid="comparison"
          className={styles.table}
        >
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.nowrap}>{t.colDepartment}</TableHeaderCell>
              <TableHeaderCell className={styles.nowrap}>{t.colYear}</TableHeaderCell>
              <TableHeaderCell className={styles.numHeader}>{t.colScore}</TableHeaderCell>
              <TableHeaderCell className={styles.nowrap}>{t.colGrade}</TableHeaderCell>
              <TableHeaderCell className={styles.numHeader}>{t.colOverall}</TableHeaderCell>
              <TableHeaderCell className={styles.numHeader}>{t.colBasic}</TableHeaderCell>
              <TableHeaderCell className={styles.numHeader}>{t.colProject}</TableHeaderCell>
              <TableHeaderCell className={styles.numHeader}>{t.colDeductions}</TableHeaderCell>
              <TableHeaderCell className={styles.numHeader}>{t.colErrors}</TableHeaderCell>
              <TableHeaderCell className={styles.numHeader}>{t.colWarnings}</TableHeaderCell>
              <TableHeaderCell className={styles.nowrap}>{t.colFile}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {entries.map((entry) => (
              <FileRows key={entry.id} entry={entry} t={t} lang={lang} onSelect={onSelect} />
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
});

/** One file's rows: a department (a file of official forms, one per form), or its state. */
const FileRows = memo(function FileRows({
  entry,
  t,
  lang,
  onSelect,
}: {
  entry: FileEntry;
  t: PageStrings;
  lang: Lang;
  onSelect: (fileId: string) => void;
}) {
  const styles = useStyles();
  const fileRows = entry.status === 'scored' ? comparisonRows([entry.result]) : [];
  const link = (row: ComparisonRow | undefined) => (
    <Link as="button" onClick={() => onSelect(entry.id)}>
      {row?.department ?? entry.name}
    </Link>
  );
  if (entry.status !== 'scored' || fileRows.length === 0) {
    return (
      <TableRow>
        <TableCell className={styles.nowrap}>{link(undefined)}</TableCell>
        <TableCell colSpan={9} className={entry.status === 'failed' ? styles.failed : undefined}>
          {entry.status === 'failed'
            ? `${t.statusFailed}：${firstSentence(lang === 'zh-CN' ? entry.failure.message : entry.failure.messageEn)}`
            : t.statusWaiting}
        </TableCell>
        <TableCell className={styles.nowrap}>{entry.name}</TableCell>
      </TableRow>
    );
  }
  return fileRows.map((row, i) => (
    <TableRow key={i} data-testid="comparison-row">
      <TableCell className={styles.nowrap}>{link(row)}</TableCell>
      <TableCell>{row.year ?? '—'}</TableCell>
      <TableCell className={styles.num}>
        {row.score === null ? '—' : formatNumber(row.score)}
      </TableCell>
      <TableCell>
        {row.grade ? (
          <Badge appearance="tint">{row.grade}</Badge>
        ) : row.score !== null ? (
          t.provisional
        ) : (
          t.statusNoScore
        )}
      </TableCell>
      <TableCell className={styles.num}>{formatPercent(row.rateOverall)}</TableCell>
      <TableCell className={styles.num}>{formatPercent(row.rateBasic)}</TableCell>
      <TableCell className={styles.num}>{formatPercent(row.rateProject)}</TableCell>
      <TableCell className={styles.num}>{row.deductions ?? '—'}</TableCell>
      <TableCell className={styles.num}>{row.errors}</TableCell>
      <TableCell className={styles.num}>{row.warnings}</TableCell>
      <TableCell className={styles.nowrap}>{row.fileName}</TableCell>
    </TableRow>
  ));
});

/** The first sentence of a message (up to the first 。 or period), for a table cell. */
function firstSentence(message: string): string {
  const match = /^.*?(?:。|\. )/.exec(message);
  return (match ? match[0] : message).replace(/[。.]\s*$/, '');
}
