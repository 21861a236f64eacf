/**
 * The task pane's width in pixels, set by the ribbon when it creates the pane
 * (`CustomTaskpane.Width`, et-jsapi-declare index.d.ts). WPS's documentation gives no default
 * width, so the add-in sets its own: the shared pane's layout is built for 320 px and up.
 */
export const PANE_WIDTH = 360;
