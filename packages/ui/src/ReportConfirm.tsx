/**
 * The question before 填充报告 / 导出 Word (see `report-check.ts`): the 报告 sheet edited by hand
 * with its first differing cells (覆盖 / 按现有报告导出 / 取消), and the report's errors and warnings
 * listed with their cells (仍然导出 / 取消 with an error). Shared by the pane and the page.
 */
import { useSyncExternalStore, type ReactElement } from 'react';
import {
  Badge,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from '@fluentui/react-components';
import { renderIssue, type ReportEdit } from '@jixiao/workbook';
import {
  reportChoices,
  type ReportAsker,
  type ReportChoice,
  type ReportQuestion,
} from './report-check.js';
import type { PaneLang } from './strings.js';

/** The words of the question, in the pane's and the page's languages. */
export const REPORT_CONFIRM_STRINGS = {
  'zh-CN': {
    editedTitle: '“报告”工作表已被手工修改',
    edited: (sheet: string, cells: string, n: number) =>
      `“${sheet}”工作表在上次填充后被修改了 ${String(n)} 处（${cells}）。按模板重新填充会覆盖这些修改。`,
    change: (filled: string, current: string) => `原为“${filled}”，现为“${current}”`,
    issuesTitle: (errors: number, warnings: number) =>
      errors > 0
        ? `报告有 ${String(errors)} 个错误${warnings > 0 ? `、${String(warnings)} 个警告` : ''}，导出的报告可能有误`
        : `报告有 ${String(warnings)} 个警告，请在导出前核对`,
    errorsHint: '有错误时导出的数字可能不对，发布前请修改；确需导出请点击“仍然导出”。',
    severity: { error: '错误', warning: '警告', info: '提示' },
    more: (n: number) => `另有 ${String(n)} 项，见“问题”`,
    choice: {
      fill: {
        overwrite: '覆盖',
        asIs: '按现有报告导出',
        proceed: '继续',
        cancel: '取消',
      },
      export: {
        overwrite: '覆盖（按模板重新填充）',
        asIs: '按现有报告导出',
        proceed: '导出',
        cancel: '取消',
      },
    },
    proceedAnyway: '仍然导出',
    region: '导出前确认',
  },
  'en-US': {
    editedTitle: 'The 报告 sheet was edited by hand',
    edited: (sheet: string, cells: string, n: number) =>
      `The "${sheet}" sheet changed in ${String(n)} cells since the last fill (${cells}). Filling it again from the template overwrites them.`,
    change: (filled: string, current: string) => `was “${filled}”, now “${current}”`,
    issuesTitle: (errors: number, warnings: number) =>
      errors > 0
        ? `The report has ${String(errors)} errors${warnings > 0 ? ` and ${String(warnings)} warnings` : ''}; it may be wrong`
        : `The report has ${String(warnings)} warnings; check them before exporting`,
    errorsHint:
      'With an error, numbers in the report may be wrong: fix it before publishing, or press Export anyway.',
    severity: { error: 'Error', warning: 'Warning', info: 'Info' },
    more: (n: number) => `${String(n)} more in Issues`,
    choice: {
      fill: {
        overwrite: 'Overwrite',
        asIs: 'Export as it stands',
        proceed: 'Go on',
        cancel: 'Cancel',
      },
      export: {
        overwrite: 'Overwrite (fill again)',
        asIs: 'Export as it stands',
        proceed: 'Export',
        cancel: 'Cancel',
      },
    },
    proceedAnyway: 'Export anyway',
    region: 'Confirm before export',
  },
} as const;

const SHOWN = 8;

const useStyles = makeStyles({
  list: { margin: '4px 0 0', paddingLeft: '0', listStyleType: 'none' },
  item: { display: 'flex', gap: '6px', alignItems: 'baseline', marginBottom: '4px' },
  cell: {
    fontFamily: tokens.fontFamilyMonospace,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'nowrap',
  },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: '6px', marginTop: '8px' },
  body: { display: 'flex', flexDirection: 'column', gap: '4px' },
});

const quote = (text: string): string => {
  const chars = [...text.replace(/\s+/g, ' ')];
  return chars.length > 24 ? `${chars.slice(0, 24).join('')}…` : chars.join('');
};

function editedCells(sheet: string, edits: readonly ReportEdit[], lang: PaneLang): string {
  const shown = edits.slice(0, 3).map((e) => `${sheet}!${e.address}`);
  return shown.join(lang === 'zh-CN' ? '、' : ', ') + (edits.length > 3 ? ' …' : '');
}

/** The question, or nothing when none is open (subscribes to the asker). */
export function ReportConfirm({
  asker,
  lang,
  onSelect,
}: {
  asker: ReportAsker;
  lang: PaneLang;
  /** Select an issue's cell in the workbook (the pane); absent on the page. */
  onSelect?: (cell: string) => void;
}): ReactElement | null {
  const question = useSyncExternalStore(asker.subscribe, asker.current, asker.current);
  if (question === null) return null;
  return (
    <ReportQuestionView
      question={question}
      lang={lang}
      onAnswer={(c) => asker.answer(c)}
      onSelect={onSelect}
    />
  );
}

/** The question's content and its buttons (stateless, for rendering and tests). */
export function ReportQuestionView({
  question,
  lang,
  onAnswer,
  onSelect,
}: {
  question: ReportQuestion;
  lang: PaneLang;
  onAnswer: (choice: ReportChoice) => void;
  onSelect?: (cell: string) => void;
}): ReactElement {
  const styles = useStyles();
  const t = REPORT_CONFIRM_STRINGS[lang];
  const { edited, errors, warnings } = question;
  const issues = [...errors, ...warnings];
  const words = t.choice[question.action];
  const first = edited?.edits[0];
  return (
    <MessageBar
      intent={errors.length > 0 ? 'error' : 'warning'}
      layout="multiline"
      role="alertdialog"
      aria-label={t.region}
      data-testid="report-confirm"
    >
      <MessageBarBody className={styles.body}>
        {edited ? (
          <div data-testid="report-edited">
            <MessageBarTitle>{t.editedTitle}</MessageBarTitle>
            <Text block>
              {t.edited(
                edited.sheet,
                editedCells(edited.sheet, edited.edits, lang),
                edited.edits.length,
              )}
            </Text>
            {first ? (
              <Text block className={styles.cell}>
                {`${edited.sheet}!${first.address}：${t.change(quote(first.filled), quote(first.current))}`}
              </Text>
            ) : null}
          </div>
        ) : null}
        {issues.length > 0 ? (
          <div>
            <MessageBarTitle>{t.issuesTitle(errors.length, warnings.length)}</MessageBarTitle>
            {errors.length > 0 ? <Text block>{t.errorsHint}</Text> : null}
            <ul className={styles.list} data-testid="report-issues">
              {issues.slice(0, SHOWN).map((issue, i) => (
                <li key={`${issue.code}-${issue.cell ?? ''}-${String(i)}`} className={styles.item}>
                  <Badge
                    appearance="tint"
                    color={issue.severity === 'error' ? 'danger' : 'warning'}
                  >
                    {t.severity[issue.severity]}
                  </Badge>
                  {issue.cell !== null && onSelect ? (
                    <Button
                      appearance="transparent"
                      size="small"
                      className={styles.cell}
                      onClick={() => onSelect(issue.cell!)}
                    >
                      {issue.cell}
                    </Button>
                  ) : (
                    <span className={styles.cell}>{issue.cell ?? issue.sheet ?? ''}</span>
                  )}
                  <span>{renderIssue(issue, lang, { location: false })}</span>
                </li>
              ))}
            </ul>
            {issues.length > SHOWN ? <Text size={200}>{t.more(issues.length - SHOWN)}</Text> : null}
          </div>
        ) : null}
        <div className={styles.buttons}>
          {reportChoices(question).map((choice, i) => (
            <Button
              key={choice}
              size="small"
              appearance={i === 0 ? 'primary' : 'secondary'}
              onClick={() => onAnswer(choice)}
              data-testid={`report-choice-${choice}`}
            >
              {choice === 'proceed' && errors.length > 0 ? t.proceedAnyway : words[choice]}
            </Button>
          ))}
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
