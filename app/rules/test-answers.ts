// The answers for tests live in ~/questionnaire/test-answers; this name stays for the tests that still import it from here.
export { answersWith, QUIET_ANSWERS, type AnswerOverrides } from "~/questionnaire/test-answers";
