import pino from 'pino';

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/**
 * One logger for the process; human output goes to stderr so stdout stays for results. It exists before the
 * configuration is parsed, so an invalid LOG_LEVEL falls back to info here and is reported by loadConfig as
 * CONFIG_INVALID instead of crashing the import.
 */
const requested = process.env.LOG_LEVEL ?? 'info';
export const logger = pino({ level: LEVELS.includes(requested) ? requested : 'info', base: undefined }, pino.destination(2));
