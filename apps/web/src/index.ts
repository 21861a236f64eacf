/**
 * @jixiao/web — the standalone page (index.html, the scoring worker). Exported for the Excel
 * add-in, whose taskpane.html becomes this page when opened outside Office.
 */
export { mountPage } from './page/mountPage.js';
