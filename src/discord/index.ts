export { DocentBot } from './bot.js';
export { registerCommands, type RegisterOptions } from './register.js';
export { commandDefinitions } from './commands.js';
export { createLogger, type Logger } from './logger.js';
export { answerEmbed, embedLength } from './format.js';
export { RateLimiter } from './rate-limiter.js';
export { LIMITS } from './limits.js';
