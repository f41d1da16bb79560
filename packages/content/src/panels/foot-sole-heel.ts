import type { PanelFacts } from './facts.js';
import { plantarHandsOn, footMassageCalm, numbFeet, injuredFoot } from './sole-shared.js';

export default {
  benefits: [
    plantarHandsOn,
    { id: 'plantar-self-massage', evidence: 'traditional', sources: ['plantarSelfMassage'] },
    footMassageCalm,
    { id: 'reflexology-chart-zones', evidence: 'traditional', sources: ['reflexologyChartZones', 'reflexologyChartHeel', 'cancerResearchUkReflexology'] },
  ],
  techniques: [
    { technique: 'swedish', fit: 'good' },
    { technique: 'myofascial-release', fit: 'good' },
    { technique: 'deep-tissue', fit: 'care' },
    { technique: 'trigger-point', fit: 'care' },
    { technique: 'sports', fit: 'good' },
    { technique: 'reflexology', fit: 'good' },
    { technique: 'self-massage', fit: 'good' },
  ],
  cautions: [
    numbFeet,
    injuredFoot,
    { id: 'dvt-warning-signs', evidence: 'research-supported', sources: ['dvtWarningSigns'] },
    { id: 'reflexology-cautions-minnesota', evidence: 'traditional', sources: ['reflexologyCautionsMinnesota', 'pregnancyPressurePoints'] },
    { id: 'reflexology-cautions-minnesota-2', evidence: 'mixed', sources: ['reflexologyCautionsMinnesota'] },
  ],
} satisfies PanelFacts;
