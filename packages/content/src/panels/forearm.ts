import type { PanelFacts } from './facts.js';

export default {
  benefits: [
    { id: 'carpal-tunnel-self-massage-trial', evidence: 'mixed', sources: ['carpalTunnelSelfMassageTrial', 'carpalTunnelMassageTrial'] },
    { id: 'ischemic-compression-meta', evidence: 'mixed', sources: ['ischemicCompressionMeta'] },
    { id: 'soreness-meta', evidence: 'research-supported', sources: ['sorenessMeta'] },
  ],
  findings: [
    { id: 'friction-massage-cochrane', direction: 'unclear', sources: ['frictionMassageCochrane'] },
    { id: 'reported-pain', direction: 'no-effect', sources: ['ischemicCompressionMeta'] },
  ],
  techniques: [
    { technique: 'swedish', fit: 'good' },
    { technique: 'trigger-point', fit: 'good' },
    { technique: 'deep-tissue', fit: 'care' },
    { technique: 'myofascial-release', fit: 'good' },
    { technique: 'sports', fit: 'good' },
    { technique: 'self-massage', fit: 'good' },
  ],
  cautions: [
    { id: 'adverse-events-review', kind: 'take-care', evidence: 'mixed', sources: ['adverseEventsReview'] },
    { id: 'nccih-massage', kind: 'see-a-doctor', evidence: 'mixed', sources: ['nccihMassage'] },
    { id: 'nih-massage-backgrounder', kind: 'avoid', evidence: 'mixed', sources: ['mayoClinicMassage'] },
    { id: 'dialysis-fistula', kind: 'avoid', evidence: 'mixed', sources: ['dialysisAccessCare'] },
    { id: 'lymphoedema', kind: 'see-a-doctor', evidence: 'mixed', sources: ['breastCancerNowLymphoedema', 'cancerCouncilMassage'] },
  ],
} satisfies PanelFacts;
