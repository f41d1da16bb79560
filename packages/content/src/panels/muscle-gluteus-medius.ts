import type { PanelFacts } from './facts.js';

export default {
  anatomy: true,
  benefits: [
    { id: 'gluteus-medius-review', evidence: 'mixed', sources: ['gluteusMediusReview'] },
    { id: 'soreness-meta', evidence: 'research-supported', sources: ['sorenessMeta', 'sportsMassageMeta', 'foamRollingPerformance'] },
    { id: 'foam-rolling-range', evidence: 'mixed', sources: ['foamRollingRange', 'foamRollingPerformance'] },
  ],
  findings: [
    { id: 'palpation-review', direction: 'unclear', sources: ['palpationReview'] },
  ],
  techniques: [
    { technique: 'swedish', fit: 'good' },
    { technique: 'deep-tissue', fit: 'good' },
    { technique: 'trigger-point', fit: 'good' },
    { technique: 'myofascial-release', fit: 'good' },
    { technique: 'sports', fit: 'good' },
    { technique: 'self-massage', fit: 'good' },
  ],
  cautions: [
    { id: 'osteoporosis-safety', kind: 'take-care', evidence: 'mixed', sources: ['osteoporosisSafety'] },
    { id: 'nih-massage-backgrounder', kind: 'avoid', evidence: 'mixed', sources: ['mayoClinicMassage'] },
    { id: 'blood-thinners', kind: 'see-a-doctor', evidence: 'mixed', sources: ['nccihMassage'] },
  ],
} satisfies PanelFacts;
