import { Badge, Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useClickableListStyles } from '@jixiao/ui';
import { renderIssue, type CellIssue } from '@jixiao/workbook';
import type { Lang } from '../worker/protocol.js';
import type { PageStrings } from './pageStrings.js';

// the list itself looks as the pane's lists do (@jixiao/ui); its rows are plain text here
const useStyles = makeStyles({
  item: { display: 'flex', gap: '8px', alignItems: 'baseline', flexWrap: 'wrap' },
  cell: {
    fontFamily: tokens.fontFamilyMonospace,
    color: tokens.colorNeutralForeground2,
    minWidth: '7em',
  },
});

const COLORS = { error: 'danger', warning: 'warning', info: 'informative' } as const;

/** Issues shown before “show the rest” (a workbook with thousands of bad rows stays responsive). */
export const ISSUES_SHOWN = 100;

/**
 * Data problems with their cells (`绩效指标!G7`), in the pipeline's order (by sheet, row, column).
 * (The pane's IssuesTab makes each issue a button that selects its cell in Excel; a page has no sheet.)
 */
export function IssueList({
  issues,
  t,
  lang,
}: {
  issues: readonly CellIssue[];
  t: PageStrings;
  lang: Lang;
}) {
  const styles = useStyles();
  const list = useClickableListStyles();
  const [all, setAll] = useState(false);
  if (issues.length === 0) return <Text>{t.noIssues}</Text>;
  const shown = all ? issues : issues.slice(0, ISSUES_SHOWN);
  return (
    <>
      <ul className={list.list} data-testid="issues">
        {shown.map((issue, i) => (
          <li key={`${issue.code}-${issue.cell ?? ''}-${i}`} className={styles.item}>
            <Badge appearance="tint" color={COLORS[issue.severity]}>
              {t.severity[issue.severity]}
            </Badge>
            <Text className={styles.cell} aria-label={`${t.cell} ${issue.cell ?? ''}`}>
              {issue.cell ?? issue.sheet ?? '—'}
            </Text>
            <Text>{renderIssue(issue, lang, { location: false })}</Text>
          </li>
        ))}
      </ul>
      {shown.length < issues.length ? (
        <Button appearance="secondary" onClick={() => setAll(true)} data-testid="issues-more">
          {t.moreIssues(issues.length - shown.length)}
        </Button>
      ) : null}
    </>
  );
}
