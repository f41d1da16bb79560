import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../sources.js';

export default {
  summary:
    'Light temple massage can feel soothing, but temple pain often starts in the neck and shoulders, so those are worth working too.',
  benefits: [
    {
      text: 'Some people find gentle temple and scalp massage eases a pressing, band-like tension headache; reviews say the research is too thin to be sure.',
      evidence: 'mixed',
      sources: ['nccihHeadaches'],
    },
    {
      text: 'In a placebo-controlled trial, trigger-point massage of the neck and shoulders made tension headaches less frequent, but a sham treatment did almost as well; evidence is mixed.',
      evidence: 'mixed',
      sources: ['headacheMassageTrial'],
    },
    {
      text: 'Tender spots in the muscle along the top of the shoulder can send pain up to the temple and feel like your usual headache, which is why headache massage often includes the neck; evidence is limited.',
      evidence: 'mixed',
      sources: ['trapeziusReferredPain', 'headNeckReferredPain'],
    },
    {
      text: 'A few small trials hint that regular massage might help prevent migraine, but they are too weak to rely on, and pressing tender neck spots can set off an attack in some people.',
      evidence: 'mixed',
      sources: ['migraineManualTherapyReview', 'triggerPointsInHeadache'],
    },
    {
      text: 'Studies suggest one massage session may lower anxiety, heart rate and blood pressure for a while, so head work can feel calming even when the headache stays.',
      evidence: 'research-supported',
      sources: ['moyerMetaAnalysis'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Using light pressure, trace slow fingertip circles on each temple and up along the hairline for one to three minutes.',
    },
    {
      technique: 'trigger-point',
      fit: 'care',
      howTo: 'Skip hard pressure on the temple; hold gentle, steady pressure on tender spots at the skull base or shoulder top for 30 to 60 seconds instead.',
    },
    {
      technique: 'myofascial-release',
      fit: 'care',
      howTo: 'With flat fingers and no oil, slide the scalp slowly over the skull and pause where it feels stuck.',
    },
    {
      technique: 'deep-tissue',
      fit: 'avoid',
      howTo: 'Not used here: the tissue over the temple is thin and sensitive.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Circle your fingertips over your temples, then along the base of your skull, letting your jaw go slack so your teeth part.',
    },
  ],
  cautions: [
    {
      text: 'Skip massage and get urgent help if a headache comes on suddenly and severely (the worst you have had), follows a knock to the head, or comes with fever, a stiff neck, a rash, weakness, numbness, confusion, slurred speech or loss of vision.',
      evidence: 'research-supported',
      sources: ['headacheReferral'],
    },
    {
      text: 'A new headache with a tender scalp, jaw pain when chewing, or blurred or double vision, especially after age 50, needs a prompt appointment with a doctor.',
      evidence: 'research-supported',
      sources: ['headacheReferral'],
    },
    {
      text: 'Keep pressure light: blood vessels and nerves run close to the surface here, and massage training treats the area as one for broad, gentle contact.',
      evidence: 'mixed',
      sources: ['endangermentSites'],
    },
    {
      text: 'If headaches are frequent or changing, see a clinician. Massage can comfort, but it cannot find the cause.',
      evidence: 'research-supported',
      sources: ['headacheReferral', 'nccihHeadaches'],
    },
  ],
} satisfies PanelContent<SourceKey>;
