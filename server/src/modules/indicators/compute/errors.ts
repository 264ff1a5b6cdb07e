/** A period string the engine cannot read; the caller maps it to a validation error. */
export class PeriodError extends Error {
  readonly code = 'invalid_period' as const;
  constructor(message: string) {
    super(message);
    this.name = 'PeriodError';
  }
}

/** Why the catalogue cannot be computed: an unknown code or a broken formula. */
export type IndicatorErrorCode = 'unknown_indicator' | 'invalid_formula';

/** A catalogue problem met while computing (unknown indicator, derived formula missing or cyclic). */
export class IndicatorError extends Error {
  constructor(
    readonly code: IndicatorErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'IndicatorError';
  }
}
