/** The ribbon's commands, passed to the pane through `PluginStorage` under this key. */
export const COMMAND_KEY = 'jixiao.command';
export type RibbonCommand = 'recalc' | 'report' | 'export' | 'template';
