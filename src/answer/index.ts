export { composeAnswer, ABSTAIN_TEXT, type ComposeOptions } from './compose.js';
