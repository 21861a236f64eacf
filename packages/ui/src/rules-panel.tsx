/**
 * The 规则 panel of the pane and the page: the province rules (docs/rules.md) a user states outside
 * the workbook — 执行率分母, 执行率计分, 执行率封顶, 偏离扣分 — passed to the one run as
 * `options.rules` (they replace the 基本信息 items of the same name; official forms have no
 * 基本信息). Each value is checked with the engine's zod schema as it is typed; 应用 passes only
 * when every filled value reads, so a rule is never half applied.
 */
import { Button, Field, Input, Select } from '@fluentui/react-components';
import { RULE_ITEMS, RULE_SYNTAX, ruleSchemas, type Locale, type RuleKey } from '@jixiao/engine';
import { useState, type ReactElement } from 'react';
import { RULES_STRINGS } from './rules-strings.js';

export { RULES_STRINGS };

/** The rules stated in the panel, by 基本信息 field (absent: the workbook's own or the national rule). */
export type RuleSet = Partial<Record<RuleKey, string>>;

const KEYS = Object.keys(RULE_ITEMS) as RuleKey[];

/** The denominators 执行率分母 allows (the first is the national rule). */
const DENOMINATORS = ['全年预算数', '年初预算数', '实际到位资金'] as const;

/** Whether a rule's text reads (an empty one means "not stated"). */
export function ruleValid(key: RuleKey, value: string): boolean {
  return value.trim() === '' || ruleSchemas[key].safeParse(value.trim()).success;
}

/** The rules to pass on: the filled, valid values, trimmed; null when one does not read. */
export function rulesToApply(draft: RuleSet): RuleSet | null {
  const out: RuleSet = {};
  for (const key of KEYS) {
    const value = draft[key]?.trim() ?? '';
    if (value === '') continue;
    if (!ruleValid(key, value)) return null;
    out[key] = value;
  }
  return out;
}

/** The panel: one field per rule and 应用规则; `onApply` receives only valid rules. */
export function RulesPanel(props: {
  lang: Locale;
  value: RuleSet;
  onApply: (rules: RuleSet) => void;
  disabled?: boolean;
}): ReactElement {
  const s = RULES_STRINGS[props.lang];
  const [draft, setDraft] = useState<RuleSet>(props.value);
  const set = (key: RuleKey, value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const ready = rulesToApply(draft);
  const applied = Object.keys(props.value).length;
  return (
    <section data-testid="rules-panel" aria-label={s.title}>
      <div style={{ fontWeight: 600 }}>{s.title}</div>
      <div style={{ fontSize: 12, opacity: 0.8, marginBottom: 4 }}>{s.hint}</div>
      {KEYS.map((key) => {
        const value = draft[key] ?? '';
        const valid = ruleValid(key, value);
        if (key === 'rateDenominator')
          return (
            <Field key={key} label={RULE_ITEMS[key]}>
              <Select
                value={value}
                disabled={props.disabled}
                data-testid={`rule-${key}`}
                onChange={(_, d) => set(key, d.value)}
              >
                <option value="">{s.national}</option>
                {DENOMINATORS.map((d) => (
                  <option key={d} value={d}>
                    {d}
                  </option>
                ))}
              </Select>
            </Field>
          );
        return (
          <Field
            key={key}
            label={RULE_ITEMS[key]}
            validationState={valid ? 'none' : 'error'}
            validationMessage={valid ? undefined : s.invalid(RULE_SYNTAX[key])}
          >
            <Input
              value={value}
              disabled={props.disabled}
              placeholder={RULE_SYNTAX[key]}
              data-testid={`rule-${key}`}
              onChange={(_, d) => set(key, d.value)}
            />
          </Field>
        );
      })}
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', marginTop: 6 }}>
        <Button
          appearance="primary"
          size="small"
          disabled={props.disabled === true || ready === null}
          data-testid="rules-apply"
          onClick={() => {
            if (ready !== null) props.onApply(ready);
          }}
        >
          {s.apply}
        </Button>
        <Button
          size="small"
          disabled={props.disabled}
          onClick={() => {
            setDraft({});
            props.onApply({});
          }}
        >
          {s.clear}
        </Button>
        <span style={{ fontSize: 12 }} data-testid="rules-applied">
          {s.applied(applied)}
        </span>
      </div>
    </section>
  );
}
