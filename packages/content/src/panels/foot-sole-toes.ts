import type { PanelFacts } from './facts.js';
import { footBalanceTrial, footMassageAfterSurgery, clotSigns } from './sole-shared.js';

export default {
  benefits: [
    { id: 'reflexology-review', evidence: 'mixed', sources: ['reflexologyReview', 'cancerResearchUkReflexology', 'camCancerReflexology'] },
    footBalanceTrial,
    footMassageAfterSurgery,
    { id: 'reflexology-chart-toes', evidence: 'traditional', sources: ['reflexologyChartToes', 'cancerResearchUkReflexology'] },
  ],
  techniques: [
    { technique: 'swedish', fit: 'good' },
    { technique: 'deep-tissue', fit: 'care' },
    { technique: 'reflexology', fit: 'good' },
    { technique: 'self-massage', fit: 'good' },
  ],
  cautions: [
    { id: 'diabetic-foot-care', evidence: 'research-supported', sources: ['diabeticFootCare'] },
    { id: 'reflexology-cautions-minnesota', evidence: 'mixed', sources: ['reflexologyCautionsMinnesota', 'reflexologyCautionsIllinois'] },
    { id: 'reflexology-cautions-minnesota-2', evidence: 'mixed', sources: ['reflexologyCautionsMinnesota'] },
    clotSigns,
    { id: 'reflexology-cautions-minnesota-3', evidence: 'mixed', sources: ['reflexologyCautionsMinnesota'] },
  ],
} satisfies PanelFacts;
