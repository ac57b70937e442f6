export { loadEngineConfig, type ConfigOverrides, type EngineConfig, type LogLevel } from './config.js';
export { parseEmbeddingModel, type EmbeddingModelSpec } from './embedding-model.js';
export { loadBotConfig, type BotConfig } from './bot-config.js';
