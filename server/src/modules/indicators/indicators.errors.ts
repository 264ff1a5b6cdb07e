import { AppError } from '../../core/errors';
import { IndicatorError, PeriodError, parsePeriod, type Period } from './compute';

/** Parses a period, turning the engine's error into a validation error naming the field. */
export function parsePeriodField(text: string, field = 'period'): Period {
  try {
    return parsePeriod(text);
  } catch (error) {
    if (error instanceof PeriodError) throw new AppError('validation_failed', error.message, { fields: [{ path: field, message: error.message }] });
    throw error;
  }
}

/** Runs engine code, turning its errors into validation errors. */
export function engine<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof PeriodError || error instanceof IndicatorError) throw new AppError('validation_failed', error.message);
    throw error;
  }
}
