import type { PanelFacts } from './facts.js';

export default {
  benefits: [],
  techniques: [

  ],
  cautions: [
    { id: 'endangerment-sites', kind: 'avoid', evidence: 'mixed', sources: ['endangermentSites'] },
    { id: 'endangerment-sites-2', kind: 'take-care', evidence: 'mixed', sources: ['endangermentSites'] },
    { id: 'massage-safety-review', kind: 'avoid', evidence: 'mixed', sources: ['massageSafetyReview', 'adverseEventsReview'] },
    { id: 'adverse-events-review', kind: 'emergency', evidence: 'mixed', sources: ['adverseEventsReview'] },
  ],
} satisfies PanelFacts;
