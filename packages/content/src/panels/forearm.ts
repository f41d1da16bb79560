import type { PanelFacts } from './facts.js';

export default {
  benefits: [
    { id: 'friction-massage-cochrane', evidence: 'mixed', sources: ['frictionMassageCochrane'] },
    { id: 'carpal-tunnel-self-massage-trial', evidence: 'mixed', sources: ['carpalTunnelSelfMassageTrial', 'carpalTunnelMassageTrial'] },
    { id: 'ischemic-compression-meta', evidence: 'mixed', sources: ['ischemicCompressionMeta'] },
    { id: 'soreness-meta', evidence: 'research-supported', sources: ['sorenessMeta'] },
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
    { id: 'adverse-events-review', evidence: 'mixed', sources: ['adverseEventsReview'] },
    { id: 'nccih-massage', evidence: 'mixed', sources: ['nccihMassage'] },
    { id: 'nih-massage-backgrounder', evidence: 'mixed', sources: ['nihMassageBackgrounder'] },
  ],
} satisfies PanelFacts;
