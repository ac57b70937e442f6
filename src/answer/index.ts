export { composeAnswer, abstainSentence, ABSTAIN_TEXT, type ComposeOptions } from './compose.js';
export { answerAboutDocument, answerFromDateline, answerFromSectionHeading, asksWhenAnnounced, saysWhenAnnounced, saysWhenOut } from './document-answer.js';
