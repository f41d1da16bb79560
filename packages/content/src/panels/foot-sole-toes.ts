import type { PanelFacts } from './facts.js';
import { footBalanceTrial, footMassageAfterSurgery, clotSigns, reflexologyVsFootMassage } from './sole-shared.js';

export default {
  benefits: [
    { id: 'reflexology-review', evidence: 'mixed', sources: ['reflexologyReview', 'cancerResearchUkReflexology'] },
    footBalanceTrial,
    footMassageAfterSurgery,
    { id: 'reflexology-chart-toes', evidence: 'traditional', sources: ['reflexologyChartToes', 'cancerResearchUkReflexology'] },
  ],
  findings: [
    reflexologyVsFootMassage,
  ],
  techniques: [
    { technique: 'swedish', fit: 'good' },
    { technique: 'deep-tissue', fit: 'care' },
    { technique: 'reflexology', fit: 'good' },
    { technique: 'self-massage', fit: 'good' },
  ],
  cautions: [
    { id: 'diabetic-foot-care', kind: 'take-care', evidence: 'research-supported', sources: ['iwgdfPrevention2023'] },
    { id: 'reflexology-cautions-minnesota', kind: 'avoid', evidence: 'mixed', sources: ['reflexologyContraindications', 'reflexologyCautionsIllinois'] },
    { id: 'reflexology-cautions-minnesota-2', kind: 'see-a-doctor', evidence: 'mixed', sources: ['reflexologyContraindications'] },
    clotSigns,
    { id: 'reflexology-cautions-minnesota-3', kind: 'see-a-doctor', evidence: 'mixed', sources: ['nidirectFootPain'] },
    { id: 'pregnancy', kind: 'take-care', evidence: 'traditional', sources: ['pregnancyPressurePoints', 'reflexologyCautionsIllinois'] },
  ],
} satisfies PanelFacts;
