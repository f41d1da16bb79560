import type { SymptomPack } from '@bodymap/core';
import { joinSymptoms, type SymptomLocaleWords } from '../../finder/join-symptoms.js';
import { symptomFacts } from '../../finder/symptom-facts.js';
import type { SourceKey } from '../../sources.js';
import words from './symptoms.json' with { type: 'json' };

// The symptoms' English words joined with their facts, loaded the first time a finder is used.
const own: SymptomLocaleWords = words;

export const symptoms: SymptomPack<SourceKey> = joinSymptoms(symptomFacts, own);
