import type { SymptomFacts } from './join-symptoms.js';

// Grades follow the content brief: a referral pattern is a pattern people report, graded mixed where
// examiners reproduce it and traditional where only charts describe it; a reflexology point answers
// a symptom only as a traditional claim.
// Each symptom starts with an area rather than a muscle, so that the region the map focuses first is
// drawn on the default layer.

/** The bundled symptoms' facts, shared by every locale, in the order the finder lists them. */
export const symptomFacts: readonly SymptomFacts[] = [
  {
    id: 'tension-headache',
    finding: { evidence: 'mixed', sources: ['headacheMassageTrial', 'nccihHeadaches'] },
    reasons: [
      { id: 'shoulder-ridge', regions: ['shoulder-left', 'shoulder-right'], evidence: 'mixed', sources: ['trapeziusReferredPain', 'triggerPointCritique'] },
      { id: 'neck', regions: ['neck-left', 'neck-right'], evidence: 'mixed', sources: ['headacheMassageTrial', 'trapeziusReferredPain'] },
      { id: 'skull-base', regions: ['head-back'], evidence: 'mixed', sources: ['headNeckReferredPain', 'nccihHeadaches'] },
      { id: 'temples', regions: ['head-temple-left', 'head-temple-right'], evidence: 'mixed', sources: ['nccihHeadaches', 'trapeziusReferredPain'] },
      {
        id: 'upper-trapezius',
        regions: ['muscle-upper-trapezius-left', 'muscle-upper-trapezius-right'],
        evidence: 'mixed',
        sources: ['trapeziusReferredPain', 'palpationAgreementMeta'],
      },
      { id: 'suboccipitals', regions: ['muscle-suboccipitals-left', 'muscle-suboccipitals-right'], evidence: 'mixed', sources: ['headNeckReferredPain'] },
    ],
  },
  {
    id: 'migraine',
    finding: { evidence: 'mixed', sources: ['migraineManualTherapyReview', 'triggerPointsInHeadache'] },
    reasons: [
      { id: 'neck', regions: ['neck-left', 'neck-right'], evidence: 'mixed', sources: ['migraineManualTherapyReview', 'triggerPointsInHeadache'] },
      { id: 'skull-base', regions: ['head-back'], evidence: 'mixed', sources: ['migraineManualTherapyReview'] },
      { id: 'shoulders', regions: ['shoulder-left', 'shoulder-right'], evidence: 'mixed', sources: ['moyerMetaAnalysis', 'migraineManualTherapyReview'] },
      { id: 'temples', regions: ['head-temple-left', 'head-temple-right'], evidence: 'mixed', sources: ['migraineManualTherapyReview', 'endangermentSites'] },
      { id: 'big-toe-chart', regions: ['rfx-head-brain-left', 'rfx-head-brain-right'], evidence: 'traditional', sources: ['reflexologyChartToes', 'reflexologyReview'] },
    ],
  },
  {
    id: 'stiff-neck',
    finding: { evidence: 'mixed', sources: ['cochraneNeck'] },
    reasons: [
      { id: 'neck', regions: ['neck-left', 'neck-right'], evidence: 'mixed', sources: ['cochraneNeck'] },
      {
        id: 'levator-scapulae',
        regions: ['muscle-levator-scapulae-left', 'muscle-levator-scapulae-right'],
        evidence: 'mixed',
        sources: ['headacheMassageTrial', 'ischemicCompressionMeta'],
      },
      {
        id: 'upper-trapezius',
        regions: ['muscle-upper-trapezius-left', 'muscle-upper-trapezius-right'],
        evidence: 'mixed',
        sources: ['ischemicCompressionMeta', 'headacheMassageTrial'],
      },
      { id: 'shoulders', regions: ['shoulder-left', 'shoulder-right'], evidence: 'mixed', sources: ['cochraneNeck', 'moyerMetaAnalysis'] },
      { id: 'skull-base', regions: ['head-back'], evidence: 'research-supported', sources: ['moyerMetaAnalysis'] },
    ],
  },
  {
    id: 'shoulder-tension',
    finding: { evidence: 'research-supported', sources: ['shoulderSoftTissueReview'] },
    reasons: [
      { id: 'shoulders', regions: ['shoulder-left', 'shoulder-right'], evidence: 'research-supported', sources: ['shoulderSoftTissueReview', 'shoulderRangeMetaAnalysis'] },
      {
        id: 'upper-trapezius',
        regions: ['muscle-upper-trapezius-left', 'muscle-upper-trapezius-right'],
        evidence: 'mixed',
        sources: ['palpationReview', 'palpationAgreementMeta'],
      },
      {
        id: 'levator-scapulae',
        regions: ['muscle-levator-scapulae-left', 'muscle-levator-scapulae-right'],
        evidence: 'research-supported',
        sources: ['headacheMassageTrial', 'ischemicCompressionMeta'],
      },
      { id: 'upper-back', regions: ['upper-back-left', 'upper-back-right'], evidence: 'mixed', sources: ['moyerMetaAnalysis', 'cochraneNeck'] },
    ],
  },
  {
    id: 'upper-back-ache',
    finding: { evidence: 'mixed', sources: ['cochraneNeck', 'cochraneLowBack'] },
    reasons: [
      { id: 'upper-back', regions: ['upper-back-left', 'upper-back-right'], evidence: 'mixed', sources: ['cochraneNeck', 'cochraneLowBack'] },
      { id: 'rhomboids', regions: ['muscle-rhomboids-left', 'muscle-rhomboids-right'], evidence: 'mixed', sources: ['foamRollingRange', 'foamRollingPerformance'] },
      {
        id: 'middle-trapezius',
        regions: ['muscle-middle-trapezius-left', 'muscle-middle-trapezius-right'],
        evidence: 'research-supported',
        sources: ['moyerMetaAnalysis', 'depressionMetaAnalysis'],
      },
      { id: 'mid-back', regions: ['mid-back-left', 'mid-back-right'], evidence: 'mixed', sources: ['cochraneLowBack', 'lowBackReviewOfReviews'] },
    ],
  },
  {
    id: 'lower-back-pain',
    finding: { evidence: 'research-supported', sources: ['cochraneLowBack', 'acpLowBackGuideline', 'lowBackReviewOfReviews'] },
    reasons: [
      { id: 'lower-back', regions: ['lower-back-left', 'lower-back-right'], evidence: 'research-supported', sources: ['cochraneLowBack', 'lowBackMassageTrial'] },
      {
        id: 'quadratus-lumborum',
        regions: ['muscle-quadratus-lumborum-left', 'muscle-quadratus-lumborum-right'],
        evidence: 'mixed',
        sources: ['palpationReview', 'lowBackReferralCharts', 'triggerPointCritique'],
      },
      {
        id: 'erector-spinae',
        regions: ['muscle-erector-spinae-left', 'muscle-erector-spinae-right'],
        evidence: 'research-supported',
        sources: ['lowBackMassageTrial', 'acpLowBackGuideline'],
      },
      { id: 'hips', regions: ['hip-glute-left', 'hip-glute-right'], evidence: 'mixed', sources: ['gluteusMediusReview'] },
      {
        id: 'heel-chart',
        regions: ['rfx-pelvis-lower-back-left', 'rfx-pelvis-lower-back-right'],
        evidence: 'traditional',
        sources: ['reflexologyChartHeel', 'reflexologyReview'],
      },
    ],
  },
  {
    id: 'buttock-leg-pain',
    finding: { evidence: 'mixed', sources: ['triggerPointReferralCharts', 'triggerPointCritique', 'niceLowBackPainNg59'] },
    reasons: [
      { id: 'buttocks', regions: ['hip-glute-left', 'hip-glute-right'], evidence: 'mixed', sources: ['gluteusMediusReview', 'sorenessMeta'] },
      {
        id: 'gluteus-medius',
        regions: ['muscle-gluteus-medius-left', 'muscle-gluteus-medius-right'],
        evidence: 'mixed',
        sources: ['palpationReview', 'gluteusMediusReview'],
      },
      {
        id: 'piriformis',
        regions: ['muscle-piriformis-left', 'muscle-piriformis-right'],
        evidence: 'traditional',
        sources: ['triggerPointReferralCharts', 'piriformisAnatomy'],
      },
      {
        id: 'hamstrings',
        regions: ['muscle-hamstrings-left', 'muscle-hamstrings-right'],
        evidence: 'research-supported',
        sources: ['foamRollingRange', 'sorenessMeta'],
      },
    ],
  },
  {
    id: 'plantar-heel-pain',
    finding: { evidence: 'research-supported', sources: ['plantarFasciitisReview', 'plantarHeelPainReview'] },
    reasons: [
      { id: 'heels', regions: ['foot-sole-left-heel', 'foot-sole-right-heel'], evidence: 'mixed', sources: ['plantarFasciitisReview', 'plantarSelfMassage'] },
      {
        id: 'plantar-fascia',
        regions: ['muscle-plantar-fascia-left', 'muscle-plantar-fascia-right'],
        evidence: 'research-supported',
        sources: ['plantarFasciitisReview', 'plantarHeelPainReview'],
      },
      { id: 'arches', regions: ['foot-sole-left-arch', 'foot-sole-right-arch'], evidence: 'traditional', sources: ['plantarSelfMassage'] },
      {
        id: 'calves',
        regions: ['muscle-gastrocnemius-left', 'muscle-gastrocnemius-right', 'muscle-soleus-left', 'muscle-soleus-right'],
        evidence: 'mixed',
        sources: ['ankleFoamRollingReview', 'plantarHeelPainReview'],
      },
    ],
  },
  {
    id: 'tired-feet',
    finding: { evidence: 'traditional', sources: ['reflexologyReview'] },
    reasons: [
      { id: 'arches', regions: ['foot-sole-left-arch', 'foot-sole-right-arch'], evidence: 'traditional', sources: ['plantarSelfMassage'] },
      { id: 'balls', regions: ['foot-sole-left-ball', 'foot-sole-right-ball'], evidence: 'traditional', sources: ['plantarSelfMassage'] },
      { id: 'toes', regions: ['foot-sole-left-toes', 'foot-sole-right-toes'], evidence: 'traditional', sources: ['plantarSelfMassage'] },
      { id: 'feet', regions: ['foot-left', 'foot-right'], evidence: 'mixed', sources: ['reflexologyReview', 'cancerResearchUkReflexology'] },
    ],
  },
  {
    id: 'sore-legs-after-exercise',
    finding: { evidence: 'research-supported', sources: ['sorenessMeta', 'sportsMassageMeta', 'lacticAcidStudy'] },
    reasons: [
      { id: 'thighs', regions: ['thigh-left', 'thigh-right'], evidence: 'research-supported', sources: ['sorenessMeta', 'foamRollingPerformance'] },
      { id: 'calves', regions: ['calf-left', 'calf-right'], evidence: 'research-supported', sources: ['sorenessMeta'] },
      {
        id: 'hamstrings',
        regions: ['muscle-hamstrings-left', 'muscle-hamstrings-right'],
        evidence: 'research-supported',
        sources: ['foamRollingPerformance', 'foamRollingRange'],
      },
      {
        id: 'calf-muscles',
        regions: ['muscle-gastrocnemius-left', 'muscle-gastrocnemius-right'],
        evidence: 'research-supported',
        sources: ['sorenessMeta', 'ankleFoamRollingReview'],
      },
      { id: 'buttocks', regions: ['hip-glute-left', 'hip-glute-right'], evidence: 'research-supported', sources: ['sorenessMeta', 'sportsMassageMeta'] },
    ],
  },
  {
    id: 'stress',
    finding: { evidence: 'research-supported', sources: ['moyerMetaAnalysis', 'rapaportAnxietyTrial'] },
    reasons: [
      { id: 'upper-back', regions: ['upper-back-left', 'upper-back-right'], evidence: 'research-supported', sources: ['moyerMetaAnalysis', 'rapaportAnxietyTrial'] },
      { id: 'shoulders', regions: ['shoulder-left', 'shoulder-right'], evidence: 'research-supported', sources: ['moyerMetaAnalysis'] },
      { id: 'scalp', regions: ['head-back'], evidence: 'mixed', sources: ['scalpMassageStressTrial'] },
      { id: 'hands', regions: ['hand-left', 'hand-right'], evidence: 'mixed', sources: ['handMassageAnxietyTrial', 'moyerMetaAnalysis'] },
      {
        id: 'solar-plexus-chart',
        regions: ['rfx-solar-plexus-left', 'rfx-solar-plexus-right'],
        evidence: 'traditional',
        sources: ['reflexologyChartDigestive', 'reflexologyReview'],
      },
    ],
  },
  {
    id: 'poor-sleep',
    finding: { evidence: 'mixed', sources: ['cancerSleepReview'] },
    reasons: [
      { id: 'upper-back', regions: ['upper-back-left', 'upper-back-right'], evidence: 'mixed', sources: ['cancerSleepReview'] },
      { id: 'mid-back', regions: ['mid-back-left', 'mid-back-right'], evidence: 'mixed', sources: ['cancerSleepReview', 'moyerMetaAnalysis'] },
      { id: 'shoulders', regions: ['shoulder-left', 'shoulder-right'], evidence: 'mixed', sources: ['moyerMetaAnalysis'] },
      { id: 'feet', regions: ['foot-left', 'foot-right'], evidence: 'mixed', sources: ['reflexologyCancerReview', 'reflexologyReview'] },
      {
        id: 'solar-plexus-chart',
        regions: ['rfx-solar-plexus-left', 'rfx-solar-plexus-right'],
        evidence: 'traditional',
        sources: ['reflexologyChartDigestive', 'reflexologyReview'],
      },
    ],
  },
];
