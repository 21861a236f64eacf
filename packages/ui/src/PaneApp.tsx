import { useState, useSyncExternalStore, type ReactNode } from 'react';
import {
  Button,
  FluentProvider,
  Link,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Switch,
  Tab,
  TabList,
  Text,
  Title3,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { FontChoice } from './font-choice.js';
import { FormsDownload } from './forms-download.js';
import { RULES_STRINGS, RulesPanel } from './rules-panel.js';
import type { PaneController, PaneState } from './pane-controller.js';
import { PANE_STRINGS } from './strings.js';
import { FormsOverview, OverviewTab } from './OverviewTab.js';
import { IndicatorsTab } from './IndicatorsTab.js';
import { IssuesTab } from './IssuesTab.js';
import { ReportConfirm } from './ReportConfirm.js';

const useStyles = makeStyles({
  provider: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: '10px',
    padding: '12px',
    maxWidth: '720px',
    margin: '0 auto',
    boxSizing: 'border-box',
  },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: '8px' },
  actions: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(128px, 1fr))',
    gap: '6px',
  },
  status: {
    display: 'flex',
    alignItems: 'center',
    gap: '8px',
    minHeight: '24px',
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  panel: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    padding: '12px',
    boxShadow: tokens.shadow2,
  },
  switchHint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  code: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
});

type TabId = 'overview' | 'indicators' | 'issues';

/**
 * The task pane: actions, status, and the 概览 / 指标 / 问题 tabs. `footer` is what a host adds
 * below them in the pane's language (the Excel add-in's 诊断); the pane itself stays host-neutral.
 */
export function PaneApp({
  controller,
  footer,
}: {
  controller: PaneController;
  footer?: (lang: PaneState['lang']) => ReactNode;
}) {
  const styles = useStyles();
  // the same snapshot on a server render (tests render the pane to markup)
  const s = useSyncExternalStore(controller.subscribe, controller.getState, controller.getState);
  const t = PANE_STRINGS[s.lang];
  const [tab, setTab] = useState<TabId>('overview');
  const busyLabel =
    s.busy === null
      ? null
      : {
          start: t.busyStart,
          recalc: t.busyRecalc,
          report: t.busyReport,
          export: t.busyExport,
          template: t.busyTemplate,
        }[s.busy];
  const errors = s.issues.filter((i) => i.severity === 'error').length;
  const warnings = s.issues.filter((i) => i.severity === 'warning').length;
  const disabled = s.busy !== null;
  return (
    <FluentProvider theme={webLightTheme} lang={s.lang} className={styles.provider}>
      <main className={styles.root} aria-label={t.appTitle}>
        <header className={styles.header}>
          <Title3 as="h1">{t.appTitle}</Title3>
          <Button
            appearance="subtle"
            size="small"
            onClick={() => controller.setLang(s.lang === 'zh-CN' ? 'en-US' : 'zh-CN')}
            lang={s.lang === 'zh-CN' ? 'en' : 'zh-CN'}
            title={t.languageLabel}
          >
            {t.language}
          </Button>
        </header>
        <section aria-label={t.actions} className={styles.actions}>
          <Button onClick={() => void controller.insertTemplate()} disabled={disabled}>
            {t.newTemplate}
          </Button>
          <Button
            appearance="primary"
            onClick={() => void controller.recalculate()}
            disabled={disabled}
            data-testid="recalc"
          >
            {t.recalc}
          </Button>
          <Button onClick={() => void controller.fillReport()} disabled={disabled}>
            {t.fillReport}
          </Button>
          <Button
            onClick={() => void controller.exportWord()}
            disabled={disabled}
            data-testid="export-word"
          >
            {t.exportWord}
          </Button>
        </section>
        {controller.downloadForms !== undefined &&
          s.evaluation !== null &&
          (s.forms ?? []).length === 0 && (
            <FormsDownload
              lang={s.lang}
              disabled={disabled}
              onDownload={(layout) => void controller.downloadForms?.(layout)}
            />
          )}
        <FontChoice
          lang={s.lang}
          value={s.fonts}
          onChange={(f) => controller.setFonts(f)}
          disabled={disabled}
        />
        <div>
          <Switch
            checked={!s.paused}
            onChange={(_, d) => controller.setPaused(!d.checked)}
            label={t.autoRecalc}
            data-testid="auto-recalc"
          />
          <div className={styles.switchHint}>{s.paused ? t.autoRecalcPaused : t.autoRecalcOn}</div>
        </div>
        {controller.setRules !== undefined && (
          <details data-testid="rules-details">
            <summary>
              {RULES_STRINGS[s.lang].title}
              {Object.keys(s.rules ?? {}).length > 0
                ? `（${String(Object.keys(s.rules ?? {}).length)}）`
                : ''}
            </summary>
            <RulesPanel
              lang={s.lang}
              value={s.rules ?? {}}
              onApply={(rules) => void controller.setRules?.(rules)}
              disabled={disabled}
            />
          </details>
        )}
        <div className={styles.status} role="status" aria-live="polite" aria-label={t.statusRegion}>
          {busyLabel ? (
            <Spinner size="extra-tiny" label={busyLabel} />
          ) : s.scheduler === 'running' ? (
            <Spinner size="extra-tiny" label={t.busyRecalc} />
          ) : s.lastRun ? (
            t.lastRun(s.lastRun.ms.toFixed(0), s.lastRun.cellsWritten)
          ) : null}
        </div>
        {controller.reportAsker ? (
          <ReportConfirm
            asker={controller.reportAsker}
            lang={s.lang}
            onSelect={(cell) => void controller.select(cell)}
          />
        ) : null}
        {s.error ? (
          <MessageBar intent="error" layout="multiline" data-testid="error">
            <MessageBarBody>
              <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
              {s.error.message} {s.error.next}{' '}
              {s.error.code ? <span className={styles.code}>（{s.error.code}）</span> : null}
            </MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={() => void controller.recalculate()}>
                {t.retry}
              </Button>
              <Button size="small" appearance="subtle" onClick={() => controller.dismissMessages()}>
                {t.dismiss}
              </Button>
            </MessageBarActions>
          </MessageBar>
        ) : null}
        {s.notice ? (
          <MessageBar intent="info" layout="multiline" data-testid="notice">
            <MessageBarBody>
              {s.notice}
              {s.fallbackDownload ? (
                <>
                  {' '}
                  <Link href={s.fallbackDownload.url} download={s.fallbackDownload.name}>
                    {t.macLink}
                  </Link>
                </>
              ) : null}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {s.missingSheets.length > 0 && s.phase === 'ready' ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t.missingSheets(s.missingSheets.join('、'))}</MessageBarBody>
          </MessageBar>
        ) : null}
        <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} size="small">
          <Tab value="overview">{t.tabOverview}</Tab>
          <Tab value="indicators">{t.tabIndicators}</Tab>
          <Tab value="issues" data-testid="tab-issues">
            {t.tabIssues}
            {errors + warnings > 0 ? `（${errors + warnings}）` : ''}
          </Tab>
        </TabList>
        <div
          className={styles.panel}
          role="tabpanel"
          aria-label={
            tab === 'overview'
              ? t.tabOverview
              : tab === 'indicators'
                ? t.tabIndicators
                : t.tabIssues
          }
        >
          {tab === 'issues' ? (
            <>
              <Text block style={{ marginBottom: 6 }}>
                {t.issueCount(errors, warnings)}
              </Text>
              <IssuesTab
                issues={s.issues}
                t={t}
                lang={s.lang}
                onSelect={(cell) => void controller.select(cell)}
              />
            </>
          ) : s.evaluation === null && s.forms && s.forms.length > 0 ? (
            tab === 'overview' ? (
              <FormsOverview forms={s.forms} t={t} />
            ) : (
              <Text>{t.formsIndicators}</Text>
            )
          ) : s.evaluation === null ? (
            <Text>{s.phase === 'starting' ? t.busyStart : t.notScored}</Text>
          ) : tab === 'overview' ? (
            <OverviewTab evaluation={s.evaluation} t={t} errors={errors} />
          ) : (
            <IndicatorsTab
              evaluation={s.evaluation}
              explanations={s.explanations}
              t={t}
              onSelect={(i) => {
                const address = controller.indicatorRowAddress(i);
                if (address) void controller.select(address);
              }}
            />
          )}
        </div>
        {footer ? <footer>{footer(s.lang)}</footer> : null}
      </main>
    </FluentProvider>
  );
}
