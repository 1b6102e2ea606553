export { ErrorCode } from './codes';
export { AppError, isAppError } from './app-error';
