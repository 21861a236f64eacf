/**
 * The 规则 panel's words, apart from the panel (which checks each rule with the engine's schemas):
 * the page shows the panel's title before it loads the panel (`@jixiao/ui/rules-strings`).
 */

/** The panel's words. */
export const RULES_STRINGS = {
  'zh-CN': {
    title: '省级规则',
    hint: '替换工作簿“基本信息”（或官方自评表“规则”工作表）中的同名规则；留空则不改变。',
    national: '（全国规则）',
    apply: '应用规则',
    clear: '清除',
    invalid: (syntax: string) => `无法识别，应写作 ${syntax}`,
    applied: (n: number) => (n === 0 ? '未设省级规则' : `已应用 ${String(n)} 条规则`),
  },
  'en-US': {
    title: 'Province rules',
    hint: "Replace the workbook's 基本信息 items (or an official form's 规则 sheet) of the same name; leave blank to keep them.",
    national: '(national rule)',
    apply: 'Apply rules',
    clear: 'Clear',
    invalid: (syntax: string) => `Cannot be read; write ${syntax}`,
    applied: (n: number) => (n === 0 ? 'No province rules' : `${String(n)} rules applied`),
  },
} as const;
