import type { PanelFacts } from './facts.js';
import { footMassageCalm, footBalanceTrial, footMassageAfterSurgery, soleCautions, reflexologyVsFootMassage } from './sole-shared.js';

export default {
  benefits: [
    footMassageCalm,
    footBalanceTrial,
    footMassageAfterSurgery,
    { id: 'reflexology-chart-ball', evidence: 'traditional', sources: ['reflexologyChartBall', 'reflexologyChartPrinciples', 'cancerResearchUkReflexology'] },
  ],
  findings: [
    reflexologyVsFootMassage,
  ],
  techniques: [
    { technique: 'swedish', fit: 'good' },
    { technique: 'myofascial-release', fit: 'good' },
    { technique: 'deep-tissue', fit: 'care' },
    { technique: 'sports', fit: 'good' },
    { technique: 'reflexology', fit: 'good' },
    { technique: 'self-massage', fit: 'good' },
  ],
  cautions: [
    ...soleCautions,
    { id: 'reflexology-cautions-minnesota', kind: 'see-a-doctor', evidence: 'mixed', sources: ['nidirectFootPain'] },
    { id: 'pregnancy', kind: 'take-care', evidence: 'traditional', sources: ['pregnancyPressurePoints', 'reflexologyCautionsIllinois'] },
  ],
} satisfies PanelFacts;
