export { composeAnswer, abstainSentence, ABSTAIN_TEXT, type ComposeOptions } from './compose.js';
export { answerAboutDocument, answerFromSectionHeading } from './document-answer.js';
