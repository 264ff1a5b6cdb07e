/** The indicators the industry and trade parts speak of, in report order. */
export const HEADLINE_INDICATORS = ['IIP', 'IND_OUTPUT', 'IND_VALUE_ADDED', 'RETAIL', 'RETAIL_GOODS', 'EXPORT', 'IMPORT', 'TRADE_BALANCE'] as const;

/** The disaggregations the report breaks down, by indicator. */
export const BREAKDOWNS: Record<string, string[]> = {
  IIP: ['vsic_section', 'vsic_division'],
  RETAIL: ['component'],
  EXPORT: ['commodity', 'market'],
  IMPORT: ['market'],
  IND_OUTPUT: ['ownership'],
};
