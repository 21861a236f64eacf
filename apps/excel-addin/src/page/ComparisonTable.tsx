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
import type { PageStrings } from './pageStrings.js';
import type { FileEntry } from './fileEntry.js';
import { formatNumber, formatPercent } from '@jixiao/engine/format';

const useStyles = makeStyles({
  wrap: { overflowX: 'auto' },
  num: { fontVariantNumeric: 'tabular-nums', textAlign: 'right' },
  failed: { color: tokens.colorPaletteRedForeground1 },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: '12px', flexWrap: 'wrap' },
});

export interface ComparisonTableProps {
  entries: readonly FileEntry[];
  t: PageStrings;
  onDownload: () => void;
  onSelect: (fileId: string) => void;
  busy: boolean;
}

/** Several files side by side: one row per department (a file that failed keeps its row, marked). */
export function ComparisonTable({ entries, t, onDownload, onSelect, busy }: ComparisonTableProps) {
  const styles = useStyles();
  const scored = entries.flatMap((e) => (e.status === 'scored' ? [e.result] : []));
  const rows = new Map(comparisonRows(scored).map((r) => [r.fileId, r]));
  return (
    <div>
      <div className={styles.header}>
        <Text as="h2" size={500} weight="semibold">
          {t.comparison}
        </Text>
        <Button onClick={onDownload} disabled={busy || scored.length === 0} data-testid="download-comparison">
          {t.downloadComparison}
        </Button>
      </div>
      <div className={styles.wrap}>
        <Table size="small" aria-label={t.comparison} data-testid="comparison">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.colDepartment}</TableHeaderCell>
              <TableHeaderCell>{t.colYear}</TableHeaderCell>
              <TableHeaderCell className={styles.num}>{t.colScore}</TableHeaderCell>
              <TableHeaderCell>{t.colGrade}</TableHeaderCell>
              <TableHeaderCell className={styles.num}>{t.colOverall}</TableHeaderCell>
              <TableHeaderCell className={styles.num}>{t.colBasic}</TableHeaderCell>
              <TableHeaderCell className={styles.num}>{t.colProject}</TableHeaderCell>
              <TableHeaderCell className={styles.num}>{t.colDeductions}</TableHeaderCell>
              <TableHeaderCell className={styles.num}>{t.colErrors}</TableHeaderCell>
              <TableHeaderCell className={styles.num}>{t.colWarnings}</TableHeaderCell>
              <TableHeaderCell>{t.colFile}</TableHeaderCell>
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
                    <TableCell>{link}</TableCell>
                    <TableCell colSpan={9} className={entry.status === 'failed' ? styles.failed : undefined}>
                      {entry.status === 'failed' ? t.statusFailed : t.statusWaiting}
                    </TableCell>
                    <TableCell>{entry.name}</TableCell>
                  </TableRow>
                );
              }
              return (
                <TableRow key={entry.id} data-testid="comparison-row">
                  <TableCell>{link}</TableCell>
                  <TableCell>{row.year ?? '—'}</TableCell>
                  <TableCell className={styles.num}>{row.score === null ? '—' : formatNumber(row.score)}</TableCell>
                  <TableCell>{row.grade ? <Badge appearance="tint">{row.grade}</Badge> : t.statusNoScore}</TableCell>
                  <TableCell className={styles.num}>{formatPercent(row.rateOverall)}</TableCell>
                  <TableCell className={styles.num}>{formatPercent(row.rateBasic)}</TableCell>
                  <TableCell className={styles.num}>{formatPercent(row.rateProject)}</TableCell>
                  <TableCell className={styles.num}>{row.deductions ?? '—'}</TableCell>
                  <TableCell className={styles.num}>{row.errors}</TableCell>
                  <TableCell className={styles.num}>{row.warnings}</TableCell>
                  <TableCell>{entry.name}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
