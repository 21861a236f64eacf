/** Entry of the standalone page build (index.html): mounts the page on #root. */
import { mountPage } from './mountPage.js';

const root = document.getElementById('root');
if (root) mountPage(root);
