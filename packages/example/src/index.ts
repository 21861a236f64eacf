/**
 * The example department: 广州市人民政府办公厅, 2022, as readable source data.
 *
 * - `guangzhou2022` (./guangzhou-2022.ts): department info, budget lines and indicators, shaped as
 *   the engine's `EvaluationInput` (plain JSON values, no dependency on the engine).
 * - `guangzhou2022Template` (./guangzhou-2022-report.ts): the report template rows (样式, 内容)
 *   carrying the sample report's narrative text and placeholders; `@jixiao/report`'s default
 *   template keeps its outline.
 * - `benchWorkload` (./bench-workload.ts): the large synthetic department every benchmark measures.
 *
 * Scoring it reproduces the published report: 共支出 32,601.53万元, 整体支付率 99.99%,
 * 项目支出支付率 100.0%, 自评得分 96.99分, 优, 10 项关键指标.
 */
export { guangzhou2022 } from './guangzhou-2022.js';
export { guangzhou2022Template } from './guangzhou-2022-report.js';
export { benchWorkload, benchBands, BENCH_LEVEL1, type BenchIndicator } from './bench-workload.js';
