/**
 * One school's kronor per pupil beside ALLOCATE's spill, for the pane's
 * inserted formulas (formulaLayout.ts) and the example workbook. When the
 * amounts' spill fails, its anchor shows the error and the cells under it are
 * empty — which a division reads as 0 kr; so every row shows the anchor's
 * error instead, never a number.
 */
export function perPupilFormula(anchor: string, amount: string, pupils: string): string {
  return `=IF(ISERROR(${anchor}),${anchor},IF(${pupils}>0,${amount}/${pupils},""))`;
}
