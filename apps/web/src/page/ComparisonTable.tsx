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
import { comparisonRows } from '../worker/comparisonRows.js';
import type { Lang } from '../worker/protocol.js';
import type { PageStrings } from './pageStrings.js';
import type { FileEntry } from './fileEntry.js';
import { formatNumber } from '@jixiao/engine/format';

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

/** Several files side by side: one row per department (a file that failed keeps its row, marked). */
export function ComparisonTable({
  entries,
  t,
  lang,
  onDownload,
  onSelect,
  busy,
}: ComparisonTableProps) {
  const styles = useStyles();
  const scored = entries.flatMap((e) => (e.status === 'scored' ? [e.result] : []));
  const rows = new Map(comparisonRows(scored).map((r) => [r.fileId, r]));
  return (
    <div>
      <div className={styles.header}>
        <Text as="h2" size={500} weight="semibold">
          {t.comparison}
        </Text>
        <Button
          onClick={onDownload}
          disabled={busy || scored.length === 0}
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
            {entries.map((entry) => {
              const row = rows.get(entry.id);
              const link = (
                <Link as="button" onClick={() => onSelect(entry.id)}>
                  {row?.department ?? entry.name}
                </Link>
              );
              if (entry.status !== 'scored' || !row) {
                return (
                  <TableRow key={entry.id}>
                    <TableCell className={styles.nowrap}>{link}</TableCell>
                    <TableCell
                      colSpan={9}
                      className={entry.status === 'failed' ? styles.failed : undefined}
                    >
                      {entry.status === 'failed'
                        ? `${t.statusFailed}：${firstSentence(lang === 'zh-CN' ? entry.failure.message : entry.failure.messageEn)}`
                        : t.statusWaiting}
                    </TableCell>
                    <TableCell className={styles.nowrap}>{entry.name}</TableCell>
                  </TableRow>
                );
              }
              return (
                <TableRow key={entry.id} data-testid="comparison-row">
                  <TableCell className={styles.nowrap}>{link}</TableCell>
                  <TableCell>{row.year ?? '—'}</TableCell>
                  <TableCell className={styles.num}>
                    {row.score === null ? '—' : formatNumber(String(row.score))}
                  </TableCell>
                  <TableCell>
                    {row.grade ? <Badge appearance="tint">{row.grade}</Badge> : t.statusNoScore}
                  </TableCell>
                  <TableCell className={styles.num}>{percent(row.rates.overall)}</TableCell>
                  <TableCell className={styles.num}>{percent(row.rates.basic)}</TableCell>
                  <TableCell className={styles.num}>{percent(row.rates.project)}</TableCell>
                  <TableCell className={styles.num}>{row.deductions ?? '—'}</TableCell>
                  <TableCell className={styles.num}>{row.counts?.errors ?? '—'}</TableCell>
                  <TableCell className={styles.num}>{row.counts?.warnings ?? '—'}</TableCell>
                  <TableCell className={styles.nowrap}>{entry.name}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}

/** A rate of the table (a percent number with 2 decimals) as shown: `99.99%`, `—` when none. */
function percent(value: number | null): string {
  return value === null ? '—' : `${formatNumber(String(value))}%`;
}

/** The first sentence of a message (up to the first 。 or period), for a table cell. */
function firstSentence(message: string): string {
  const match = /^.*?(?:。|\. )/.exec(message);
  return (match ? match[0] : message).replace(/[。.]\s*$/, '');
}
