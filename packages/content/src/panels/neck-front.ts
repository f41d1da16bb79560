import type { PanelFacts } from './facts.js';

export default {
  benefits: [],
  techniques: [

  ],
  cautions: [
    { id: 'endangerment-sites', evidence: 'mixed', sources: ['endangermentSites'] },
    { id: 'endangerment-sites-2', evidence: 'mixed', sources: ['endangermentSites'] },
    { id: 'massage-safety-review', evidence: 'mixed', sources: ['massageSafetyReview', 'adverseEventsReview'] },
    { id: 'adverse-events-review', evidence: 'mixed', sources: ['adverseEventsReview'] },
  ],
} satisfies PanelFacts;
