import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config/index.js';

/** Structured JSON logs on standard output (or `destination`); the token is redacted wherever it might appear. */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = { level, redact: { paths: ['token', '*.token', 'discordToken', '*.discordToken', 'config.discordToken', 'headers.authorization'], censor: '[redacted]' } };
  return destination ? pino(options, destination) : pino(options);
}

export type { Logger };
