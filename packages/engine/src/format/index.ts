/**
 * `@jixiao/engine/format`: pure presentation helpers. The engine returns exact decimal text; these
 * turn it into what people read (half-up rounding, thousands separators, percentages, profiles).
 */
export { roundHalfUp } from './roundHalfUp.js';
export { formatNumber, EMPTY_VALUE, type NumberFormatOptions } from './formatNumber.js';
export { formatPercent, type PercentFormatOptions } from './formatPercent.js';
export { formatMoney, type MoneyFormatOptions } from './formatMoney.js';
export { profiles, type FormatProfile, type ProfileName } from './profiles.js';
