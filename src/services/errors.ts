import { AppError, ErrorCode } from '../errors';

/** The client's mistake, naming the argument (extensions.argument) so a UI can point at the field. */
export function badInput(argument: string, message: string, details: Record<string, unknown> = {}): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, message, { argument, ...details });
}

export function notFound(message: string, details: Record<string, unknown> = {}): AppError {
  return new AppError(ErrorCode.NOT_FOUND, message, details);
}
