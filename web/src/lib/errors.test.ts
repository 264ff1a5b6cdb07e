import { describe, expect, it } from 'vitest';
import { ApiError } from './api';
import { describeError, describeFieldErrors } from './errors';

describe('describeError', () => {
  it('translates a known code and never shows the server prose', () => {
    expect(describeError(new ApiError(401, 'invalid_credentials', 'Wrong password'))).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
  });

  it('says when to try again after too many attempts', () => {
    expect(describeError(new ApiError(429, 'too_many_attempts', 'x', { retryAfterSeconds: 59.2 }))).toBe(
      'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 60 giây.',
    );
  });

  it('falls back to the generic message for an unknown code or a non-API error', () => {
    expect(describeError(new ApiError(418, 'teapot', 'x'))).toBe('Đã có lỗi xảy ra. Vui lòng thử lại.');
    expect(describeError(new Error('boom'))).toBe('Đã có lỗi xảy ra. Vui lòng thử lại.');
  });
});

describe('describeFieldErrors', () => {
  it('keys messages by the path inside the body and translates issue codes', () => {
    const error = new ApiError(400, 'validation_failed', 'x', {
      fields: [
        { path: 'body.password', message: 'Too small', code: 'too_small' },
        { path: ['body', 'scope', 0], message: 'Bad', code: 'something_new' },
      ],
    });
    expect(describeFieldErrors(error)).toEqual({ password: 'Giá trị quá ngắn hoặc quá nhỏ.', 'scope.0': 'Giá trị không hợp lệ.' });
  });
});
