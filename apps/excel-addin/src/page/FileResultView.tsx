import {
  Badge,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import type { Grade } from '@jixiao/engine';
import type { FileResult, Lang } from '../worker/protocol.js';
import type { PageStrings } from './pageStrings.js';
import { formatMoney, formatNumber, formatPercent } from '@jixiao/engine/format';
import { IssueList } from './IssueList.js';
import { RollupBars } from './RollupBars.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '16px' },
  overview: { display: 'flex', flexWrap: 'wrap', gap: '24px', alignItems: 'flex-start' },
  scoreBox: { display: 'flex', flexDirection: 'column', gap: '2px', minWidth: '9em' },
  score: { fontSize: '40px', lineHeight: '48px', fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
  rates: { display: 'grid', gridTemplateColumns: 'max-content max-content', gap: '2px 16px', margin: 0 },
  rateValue: { fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold, margin: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: '8px' },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground3 },
  lost: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  num: { fontVariantNumeric: 'tabular-nums', textAlign: 'right' },
  explanation: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  tableWrap: { overflowX: 'auto' },
});

const GRADE_COLORS: Record<Grade, 'success' | 'brand' | 'warning' | 'danger'> = { 优: 'success', 良: 'brand', 中: 'warning', 差: 'danger' };

export interface FileResultViewProps {
  result: FileResult;
  t: PageStrings;
  lang: Lang;
  busy: string | null;
  onDownloadScored: () => void;
  onDownloadReport: () => void;
}

/** One department's results: score and grade, rates, roll-ups, deductions, indicators, issues. */
export function FileResultView({ result, t, lang, busy, onDownloadScored, onDownloadReport }: FileResultViewProps) {
  const styles = useStyles();
  const e = result.evaluation;
  return (
    <div className={styles.root}>
      {e ? (
        <>
          <div className={styles.overview}>
            <div className={styles.scoreBox}>
              <Text className={styles.muted}>{t.score}</Text>
              <span className={styles.score} data-testid="score">
                {formatNumber(e.total.score)}
              </span>
              <Text className={styles.muted}>{t.points(formatNumber(e.total.points, { decimals: 0 }))}</Text>
            </div>
            <div className={styles.scoreBox}>
              <Text className={styles.muted}>{t.grade}</Text>
              <Badge size="extra-large" shape="rounded" color={GRADE_COLORS[e.total.grade]} data-testid="grade">
                {e.total.grade}
              </Badge>
            </div>
            <div className={styles.section}>
              <Subtitle2>{t.rates}</Subtitle2>
              <dl className={styles.rates}>
                <dt>{t.rateOverall}</dt>
                <dd className={styles.rateValue} data-testid="rate-overall">
                  {formatPercent(e.budget.rates.overall)}
                </dd>
                <dt>{t.rateBasic}</dt>
                <dd className={styles.rateValue}>{formatPercent(e.budget.rates.basic)}</dd>
                <dt>{t.rateProject}</dt>
                <dd className={styles.rateValue} data-testid="rate-project">
                  {formatPercent(e.budget.rates.project, { decimals: 1 })}
                </dd>
                <dt>{t.balanceRate}</dt>
                <dd className={styles.rateValue}>{formatPercent(e.budget.balanceRate)}</dd>
              </dl>
              <Text className={styles.muted} data-testid="totals">
                {t.budgetTotals(formatMoney(e.budget.totals.budget), formatMoney(e.budget.totals.spent), lang === 'zh-CN' ? e.info.unit : ` ${e.info.unit}`)}
              </Text>
            </div>
          </div>
          <div className={styles.actions}>
            <Button appearance="primary" onClick={onDownloadScored} disabled={busy !== null} data-testid="download-scored">
              {t.downloadScored}
            </Button>
            <Button onClick={onDownloadReport} disabled={busy !== null} data-testid="download-report">
              {t.downloadReport}
            </Button>
            {busy ? <Text className={styles.muted}>{busy}</Text> : null}
          </div>
          <section className={styles.section} aria-label={t.level1}>
            <Subtitle2>{t.level1}</Subtitle2>
            <RollupBars rows={e.rollups.level1} label={t.level1} />
          </section>
          <section className={styles.section} aria-label={t.deductions}>
            <Subtitle2>{t.deductions}</Subtitle2>
            {e.deductions.length === 0 ? (
              <Text>{t.noDeductions}</Text>
            ) : (
              <ul data-testid="deductions" style={{ margin: 0, paddingInlineStart: '1.2em' }}>
                {e.deductions.map((d) => (
                  <li key={d.index}>
                    <Text weight="semibold">{d.name}</Text> <Text>−{formatNumber(d.deducted)}</Text>
                    <Text className={styles.muted} style={{ marginInlineStart: '1em' }}>{d.reason ?? t.noReason}</Text>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className={styles.section} aria-label={t.indicators}>
            <Subtitle2>{t.indicators}</Subtitle2>
            <div className={styles.tableWrap}>
              <Table size="small" aria-label={t.indicators} data-testid="indicators">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{t.indicatorName}</TableHeaderCell>
                    <TableHeaderCell className={styles.num}>{t.indicatorPoints}</TableHeaderCell>
                    <TableHeaderCell className={styles.num}>{t.indicatorCompletion}</TableHeaderCell>
                    <TableHeaderCell className={styles.num}>{t.indicatorScore}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {e.indicators.map((ind) => {
                    const lost = formatNumber(ind.deducted) !== '0.00';
                    const explanation = (lang === 'zh-CN' ? result.explanations.zh : result.explanations.en)[ind.index] ?? null;
                    return (
                      <TableRow key={ind.index} className={lost ? styles.lost : undefined}>
                        <TableCell>
                          <Text>{ind.name}</Text>
                          {ind.key ? (
                            <Badge appearance="outline" size="small" style={{ marginInlineStart: 6 }}>
                              {t.keyMark}
                            </Badge>
                          ) : null}
                          {explanation ? <span className={styles.explanation}>{explanation}</span> : null}
                          {lost && ind.reason ? <span className={styles.explanation}>{ind.reason}</span> : null}
                        </TableCell>
                        <TableCell className={styles.num}>{formatNumber(ind.points)}</TableCell>
                        <TableCell className={styles.num}>{formatPercent(ind.completion)}</TableCell>
                        <TableCell className={styles.num}>{formatNumber(ind.score)}</TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            </div>
          </section>
        </>
      ) : (
        <MessageBar intent="error" data-testid="not-scored">
          <MessageBarBody>
            <MessageBarTitle>{t.statusNoScore}</MessageBarTitle>
            {t.couldNotScore}
          </MessageBarBody>
        </MessageBar>
      )}
      <section className={styles.section} aria-label={t.issues(result.issues.length)}>
        <Subtitle2>{t.issues(result.issues.length)}</Subtitle2>
        <IssueList issues={result.issues} t={t} lang={lang} />
      </section>
      <Text className={styles.muted}>
        {t.elapsed(result.elapsedMs)} · {t.cellsWritten(result.cellsToWrite)}
      </Text>
    </div>
  );
}
