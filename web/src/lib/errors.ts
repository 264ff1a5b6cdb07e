import { ApiError } from './api';
import { formatNumber } from './format';
import { i18n } from './i18n';

/**
 * Turns any error into a sentence in the current language: the `errors.<code>` catalog entry for an
 * API error code, or the generic message. The server's own prose is never shown.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof ApiError)) return i18n.t('errors.generic');
  const key = `errors.${error.code}`;
  const base = i18n.exists(key) ? i18n.t(key) : i18n.t('errors.generic');
  const retry = error.details?.['retryAfterSeconds'];
  if (error.code === 'too_many_attempts' && typeof retry === 'number') {
    return `${base} ${i18n.t('errors.retryAfter', { seconds: formatNumber(Math.ceil(retry)) })}`;
  }
  return base;
}

/** The server prefixes a field's path with the part of the request it was in ("body.password"); forms know only "password". */
const requestParts = /^(body|query|params)\./;

/**
 * The translated message of each invalid field of a `validation_failed` error, by path within the request body
 * ("password", "scope.0"). Uses `validation.<code>` for the server's issue code, otherwise the generic "invalid value".
 */
export function describeFieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const result: Record<string, string> = {};
  for (const field of error.fields) {
    const key = field.code ? `validation.${field.code}` : '';
    result[field.path.replace(requestParts, '')] = key && i18n.exists(key) ? i18n.t(key) : i18n.t('validation.invalid');
  }
  return result;
}
