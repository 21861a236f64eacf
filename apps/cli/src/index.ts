/** @jixiao/cli as a library: run the command line in-process, and the example workbook. */
export { run } from './main.js';
export { exampleWorkbook, emptyWorkbook, EXAMPLE_FILE } from './example-workbook.js';
export { scoreBytes, type ScoredBytes } from './score-bytes.js';
export type { CliIO } from './io.js';
