import type { PanelFacts } from './facts.js';
import { footMassageCalm, footBalanceTrial, footMassageAfterSurgery, soleCautions } from './sole-shared.js';

export default {
  benefits: [
    footMassageCalm,
    footBalanceTrial,
    footMassageAfterSurgery,
    { id: 'reflexology-chart-ball', evidence: 'traditional', sources: ['reflexologyChartBall', 'reflexologyChartPrinciples', 'cancerResearchUkReflexology'] },
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
    { id: 'reflexology-cautions-minnesota', evidence: 'mixed', sources: ['reflexologyCautionsMinnesota'] },
  ],
} satisfies PanelFacts;
