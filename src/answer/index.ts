export { composeAnswer, abstainSentence, ABSTAIN_TEXT, type ComposeOptions } from './compose.js';
export { answerAboutDocument, answerFromSectionHeading, saysWhenOut } from './document-answer.js';
