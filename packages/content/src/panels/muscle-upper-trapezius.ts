import type { PanelFacts } from './facts.js';

export default {
  anatomy: true,
  benefits: [
    { id: 'trapezius-referred-pain', evidence: 'mixed', sources: ['trapeziusReferredPain', 'headNeckReferredPain'] },
    { id: 'headache-massage-trial', evidence: 'research-supported', sources: ['headacheMassageTrial', 'ischemicCompressionMeta'] },
    { id: 'shoulder-soft-tissue-review', evidence: 'research-supported', sources: ['shoulderSoftTissueReview'] },
    { id: 'self-squeeze', evidence: 'traditional', sources: ['upperTrapeziusSelfTreatment'] },
  ],
  findings: [
    { id: 'pressure-and-pain', direction: 'no-effect', sources: ['headacheMassageTrial', 'ischemicCompressionMeta'] },
    { id: 'palpation-review', direction: 'unclear', sources: ['palpationReview', 'palpationAgreementMeta'] },
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
    { id: 'endangerment-sites', kind: 'avoid', evidence: 'mixed', sources: ['endangermentSites'] },
    { id: 'massage-safety-review', kind: 'see-a-doctor', evidence: 'mixed', sources: ['massageSafetyReview', 'adverseEventsReview'] },
    { id: 'nih-massage-backgrounder', kind: 'avoid', evidence: 'mixed', sources: ['mayoClinicMassage'] },
  ],
} satisfies PanelFacts;
