// AppError: the one error type of the server, with Mattermost's REST error body
// ({id, message, detailed_error, request_id, status_code}) and the Plugin API's AppError.
export class AppError extends Error {
  constructor(
    readonly id: string,
    message: string,
    readonly statusCode: number,
    readonly detailedError = '',
    readonly where = '',
  ) {
    super(message);
    this.name = 'AppError';
  }

  toJSON(requestId = '') {
    return {
      id: this.id,
      message: this.message,
      detailed_error: this.detailedError,
      request_id: requestId,
      status_code: this.statusCode,
    };
  }
}

export const badRequest = (id: string, message: string, detail = '') => new AppError(id, message, 400, detail);
export const unauthorized = (id: string, message: string) => new AppError(id, message, 401);
export const forbidden = (id: string, message: string) => new AppError(id, message, 403);
export const notFound = (id: string, message: string) => new AppError(id, message, 404);
export const conflict = (id: string, message: string) => new AppError(id, message, 409);
export const tooLarge = (id: string, message: string) => new AppError(id, message, 413);
export const unavailable = (id: string, message: string) => new AppError(id, message, 503);

/** A missing or malformed field: 400 with a message naming the field. */
export const invalidField = (where: string, field: string, why = 'is missing or invalid') =>
  new AppError(`model.${where}.is_valid.${field}.app_error`, `Invalid ${field}: ${field} ${why}.`, 400);

/** Wraps anything thrown into an AppError without losing an existing one. */
export function asAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new AppError('app.internal_error', 'An internal error occurred.', 500, message);
}
