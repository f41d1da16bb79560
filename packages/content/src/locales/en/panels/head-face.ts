import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../sources.js';

export default {
  summary:
    'Gentle work on the face and the chewing muscles can feel calming and may ease an aching jaw a little; keep the pressure light.',
  benefits: [
    {
      text: 'For jaw-joint and jaw-muscle pain, a large overview of reviews found that hands-on treatment (often including massage of the chewing muscles) plus jaw exercises moderately eased pain and helped the mouth open wider; the quality of the evidence was limited to moderate.',
      evidence: 'research-supported',
      sources: ['tmdPhysiotherapyUmbrella'],
    },
    {
      text: 'In a small trial of people with long-term jaw-muscle pain, massage of the jaw muscles by a practitioner eased pain slightly more than advice and exercises at six weeks; the difference was modest, so evidence is limited.',
      evidence: 'mixed',
      sources: ['jawMyofascialTrial'],
    },
    {
      text: 'Some people feel less anxious and in a better mood after a facial massage; one study of 32 women found this, but it had no comparison group, so evidence is limited.',
      evidence: 'mixed',
      sources: ['facialMassageMoodStudy'],
    },
    {
      text: "In one small trial in nursing homes, daily head and face massage calmed agitation in older people with Alzheimer's disease compared with usual care; it has not been confirmed by larger studies.",
      evidence: 'mixed',
      sources: ['dementiaHeadFaceMassageTrial'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Stroke lightly from the middle of the forehead out to the temples, then along the cheekbones.',
    },
    {
      technique: 'trigger-point',
      fit: 'care',
      howTo: 'Press gently on tender spots in the cheek muscle that bulges when you clench, holding for up to a minute.',
    },
    {
      technique: 'myofascial-release',
      fit: 'care',
      howTo: 'Rest flat fingertips on the jaw muscle without oil and let the skin drift slowly downwards towards the jawline.',
    },
    {
      technique: 'deep-tissue',
      fit: 'avoid',
      howTo: 'The skin is thin and full of small nerves and vessels, so keep pressure light.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Let your jaw hang loose and circle your fingertips over the jaw muscles just in front of your ears.',
    },
  ],
  cautions: [
    {
      text: 'Jaw pain when chewing together with a new headache or a tender scalp, especially after age 50, needs a prompt appointment with a doctor.',
      evidence: 'research-supported',
      sources: ['headacheReferral'],
    },
    {
      text: 'Keep pressure off the eyes and away from the front of the neck below the jaw.',
      evidence: 'mixed',
      sources: ['endangermentSites'],
    },
    {
      text: 'Massage inside the mouth, as used in jaw trials, is a job for a trained practitioner wearing gloves; at home, work from outside the cheek.',
      evidence: 'mixed',
      sources: ['jawMyofascialTrial'],
    },
    {
      text: 'Skip broken, infected or inflamed skin, and go without oil, or test it on a small patch, if lotions have irritated your skin before.',
      evidence: 'mixed',
      sources: ['nihMassageBackgrounder'],
    },
  ],
} satisfies PanelContent<SourceKey>;
