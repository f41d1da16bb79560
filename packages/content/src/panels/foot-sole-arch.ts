import type { PanelFacts } from './facts.js';
import { plantarHandsOn, footBalanceTrial, footMassageCalm, soleCautions, reflexologyVsFootMassage } from './sole-shared.js';

export default {
  benefits: [
    plantarHandsOn,
    { id: 'plantar-self-massage', evidence: 'traditional', sources: ['plantarSelfMassage'] },
    footBalanceTrial,
    footMassageCalm,
    { id: 'reflexology-chart-arch', evidence: 'traditional', sources: ['reflexologyChartArch', 'reflexologyChartAbmp', 'cancerResearchUkReflexology'] },
  ],
  findings: [
    reflexologyVsFootMassage,
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
    { id: 'reflexology-cautions-minnesota', kind: 'see-a-doctor', evidence: 'mixed', sources: ['nidirectFootPain', 'nidirectHeelPain'] },
    { id: 'pregnancy', kind: 'take-care', evidence: 'traditional', sources: ['pregnancyPressurePoints', 'reflexologyCautionsIllinois'] },
  ],
} satisfies PanelFacts;
