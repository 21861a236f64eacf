/**
 * How one cell of a printed table looks (an official form's title, headers, amounts …). Pure data:
 * the forms say it (`FORM_CELL_STYLES`), an adapter applies it (`createStyledWorkbook` of
 * @jixiao/xlsx). An absent field takes the adapter's default, shown below.
 */
export interface CellStyle {
  /** Font name. Default 宋体. */
  font?: string;
  /** Font size in points. Default 11. */
  size?: number;
  bold?: boolean;
  /** Default: general (numbers right, text left). */
  horizontal?: 'left' | 'center' | 'right';
  /** Default center. */
  vertical?: 'top' | 'center';
  wrap?: boolean;
  /** Thin black border on all four sides. */
  border?: boolean;
  /** Excel number format code (`0.00`, `0.00%`, `#,##0.00`). Default General. */
  numberFormat?: string;
}
