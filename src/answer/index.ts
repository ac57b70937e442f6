export { composeAnswer, abstainSentence, ABSTAIN_TEXT, type ComposeOptions } from './compose.js';
export { answerAboutDocument } from './document-answer.js';
