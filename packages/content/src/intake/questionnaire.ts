import type { Questionnaire } from 'fhir/r4.js';
import questionnaire from './questionnaire.json' with { type: 'json' };

/**
 * The FHIR R4 Questionnaire that `toFhirQuestionnaireResponse` answers: one repeating `area` group per
 * marked region. The same resource is `@bodymap/content/questionnaire.json`, for a server to load.
 */
export const painQuestionnaire = questionnaire as Questionnaire;
