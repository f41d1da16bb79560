import type { PanelFacts } from './facts.js';

export default {
  anatomy: true,
  benefits: [
    { id: 'plantar-hands-on', evidence: 'research-supported', sources: ['plantarFasciitisReview', 'plantarHeelPainReview'] },
    { id: 'plantar-self-massage', evidence: 'traditional', sources: ['plantarSelfMassage'] },
    { id: 'foot-balance-trial', evidence: 'mixed', sources: ['footBalanceTrial'] },
  ],
  techniques: [
    { technique: 'myofascial-release', fit: 'good' },
    { technique: 'swedish', fit: 'good' },
    { technique: 'deep-tissue', fit: 'care' },
    { technique: 'trigger-point', fit: 'care' },
    { technique: 'sports', fit: 'good' },
    { technique: 'self-massage', fit: 'good' },
  ],
  cautions: [
    { id: 'numb-feet', kind: 'take-care', evidence: 'research-supported', sources: ['iwgdfPrevention2023'] },
    { id: 'injured-foot', kind: 'avoid', evidence: 'mixed', sources: ['reflexologyContraindications', 'reflexologyCautionsIllinois'] },
    { id: 'clot-signs', kind: 'see-a-doctor', evidence: 'research-supported', sources: ['nhsInformDvt', 'dvtWarningSigns'] },
  ],
} satisfies PanelFacts;
