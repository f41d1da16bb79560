import type { PanelFacts } from './facts.js';
import { plantarHandsOn, footMassageCalm, numbFeet, injuredFoot, reflexologyVsFootMassage } from './sole-shared.js';

export default {
  benefits: [
    plantarHandsOn,
    { id: 'plantar-self-massage', evidence: 'traditional', sources: ['plantarSelfMassage'] },
    footMassageCalm,
    { id: 'reflexology-chart-zones', evidence: 'traditional', sources: ['reflexologyChartZones', 'reflexologyChartHeel', 'cancerResearchUkReflexology'] },
  ],
  findings: [
    reflexologyVsFootMassage,
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
    { id: 'dvt-warning-signs', kind: 'see-a-doctor', evidence: 'research-supported', sources: ['nhsInformDvt', 'dvtWarningSigns'] },
    { id: 'reflexology-cautions-minnesota', kind: 'take-care', evidence: 'traditional', sources: ['pregnancyPressurePoints', 'reflexologyCautionsIllinois'] },
    { id: 'reflexology-cautions-minnesota-2', kind: 'see-a-doctor', evidence: 'mixed', sources: ['nidirectHeelPain'] },
  ],
} satisfies PanelFacts;
