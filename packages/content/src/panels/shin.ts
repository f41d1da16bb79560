import type { PanelFacts } from './facts.js';

export default {
  benefits: [
    { id: 'soreness-meta', evidence: 'research-supported', sources: ['sorenessMeta'] },
    { id: 'sports-massage-meta', evidence: 'research-supported', sources: ['sportsMassageMeta'] },
    { id: 'shin-splints-hse', evidence: 'mixed', sources: ['shinSplintsHse', 'shinSplintsPreventionReview'] },
  ],
  techniques: [
    { technique: 'swedish', fit: 'good' },
    { technique: 'sports', fit: 'good' },
    { technique: 'trigger-point', fit: 'care' },
    { technique: 'deep-tissue', fit: 'care' },
    { technique: 'self-massage', fit: 'care' },
  ],
  cautions: [
    { id: 'endangerment-sites', evidence: 'mixed', sources: ['endangermentSites'] },
    { id: 'shin-splints-hse-2', evidence: 'research-supported', sources: ['shinSplintsHse', 'shinSplintsNhs'] },
    { id: 'dvt-warning-signs', evidence: 'research-supported', sources: ['dvtWarningSigns'] },
    { id: 'diabetic-foot-care', evidence: 'research-supported', sources: ['diabeticFootCare'] },
  ],
} satisfies PanelFacts;
