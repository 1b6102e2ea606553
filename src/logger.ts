import pino from 'pino';

/** One logger for the process; the level comes from LOG_LEVEL. Human output goes to stderr so stdout stays for results. */
export const logger = pino({ level: process.env.LOG_LEVEL ?? 'info', base: undefined }, pino.destination(2));
