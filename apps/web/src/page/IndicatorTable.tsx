import {
  Badge,
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
import type { Evaluation } from '@jixiao/engine';
import { formatNumber, formatPercent } from '@jixiao/engine/format';
import type { PageStrings } from './pageStrings.js';

const useStyles = makeStyles({
  wrap: { overflowX: 'auto' },
  table: { tableLayout: 'auto', minWidth: '100%' },
  num: {
    fontVariantNumeric: 'tabular-nums',
    textAlign: 'right',
    whiteSpace: 'nowrap',
    verticalAlign: 'top',
  },
  numHeader: {
    whiteSpace: 'nowrap',
    '& > div, & > button': { justifyContent: 'flex-end', textAlign: 'right', width: '100%' },
  },
  top: { verticalAlign: 'top' },
  level: { verticalAlign: 'top', whiteSpace: 'nowrap', color: tokens.colorNeutralForeground2 },
  lost: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    ':hover': { backgroundColor: tokens.colorPaletteYellowBackground2 },
  },
  note: {
    display: 'block',
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
  missing: {
    display: 'block',
    color: tokens.colorPaletteRedForeground1,
    fontSize: tokens.fontSizeBase200,
  },
  key: { marginInlineStart: '6px' },
});

/**
 * Every indicator in one wide table: level, name (key mark, how the score was reached, the reason
 * for lost points), points, completion, score and deduction; rows that lost points are highlighted.
 * (The pane's IndicatorsTab is a list of buttons that select rows in Excel; a page has no sheet.)
 */
export function IndicatorTable({
  evaluation,
  explanations,
  t,
}: {
  evaluation: Evaluation;
  explanations: readonly string[];
  t: PageStrings;
}) {
  const styles = useStyles();
  return (
    <div className={styles.wrap}>
      <Table
        size="small"
        aria-label={t.indicators}
        data-testid="indicators"
        className={styles.table}
      >
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.level1Column}</TableHeaderCell>
            <TableHeaderCell>{t.indicatorName}</TableHeaderCell>
            <TableHeaderCell className={styles.numHeader}>{t.indicatorPoints}</TableHeaderCell>
            <TableHeaderCell className={styles.numHeader}>{t.indicatorCompletion}</TableHeaderCell>
            <TableHeaderCell className={styles.numHeader}>{t.indicatorScore}</TableHeaderCell>
            <TableHeaderCell className={styles.numHeader}>{t.indicatorDeducted}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {evaluation.indicators.map((ind, i) => {
            const deducted = formatNumber(ind.deducted);
            const lost = deducted !== '0.00';
            const explanation = explanations[i];
            return (
              <TableRow
                key={`${ind.index}-${ind.name}`}
                className={lost ? styles.lost : undefined}
                data-lost={lost}
              >
                <TableCell className={styles.level}>{ind.level1}</TableCell>
                <TableCell className={styles.top}>
                  <Text weight={lost ? 'semibold' : 'regular'}>{ind.name}</Text>
                  {ind.key ? (
                    <Badge appearance="tint" color="brand" size="small" className={styles.key}>
                      {t.keyMark}
                    </Badge>
                  ) : null}
                  {explanation ? <span className={styles.note}>{explanation}</span> : null}
                  {lost ? (
                    ind.reason ? (
                      <span className={styles.note}>
                        {t.deductionReason}
                        {ind.reason}
                      </span>
                    ) : (
                      <span className={styles.missing}>{t.noReason}</span>
                    )
                  ) : null}
                </TableCell>
                <TableCell className={styles.num}>{formatNumber(ind.points)}</TableCell>
                <TableCell className={styles.num}>{formatPercent(ind.completion)}</TableCell>
                <TableCell className={styles.num}>{formatNumber(ind.score)}</TableCell>
                <TableCell className={styles.num}>{lost ? `−${deducted}` : ''}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
