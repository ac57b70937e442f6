export { composeAnswer, shorten, ABSTAIN_TEXT, type ComposeOptions } from './compose.js';
