import type { PanelFacts } from './facts.js';
import { plantarHandsOn, footBalanceTrial, footMassageCalm, soleCautions } from './sole-shared.js';

export default {
  benefits: [
    plantarHandsOn,
    { id: 'plantar-self-massage', evidence: 'traditional', sources: ['plantarSelfMassage'] },
    footBalanceTrial,
    footMassageCalm,
    { id: 'reflexology-chart-arch', evidence: 'traditional', sources: ['reflexologyChartArch', 'reflexologyChartAbmp', 'cancerResearchUkReflexology'] },
  ],
  techniques: [
    { technique: 'myofascial-release', fit: 'good' },
    { technique: 'swedish', fit: 'good' },
    { technique: 'deep-tissue', fit: 'care' },
    { technique: 'trigger-point', fit: 'care' },
    { technique: 'sports', fit: 'good' },
    { technique: 'reflexology', fit: 'good' },
    { technique: 'self-massage', fit: 'good' },
  ],
  cautions: [
    ...soleCautions,
    { id: 'reflexology-cautions-minnesota', evidence: 'mixed', sources: ['reflexologyCautionsMinnesota'] },
  ],
} satisfies PanelFacts;
