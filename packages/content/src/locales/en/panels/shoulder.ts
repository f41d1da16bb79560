import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../sources.js';

export default {
  summary:
    'The ridge between neck and shoulder is a common place to feel tension; massage may ease pain and stiffness for a short while.',
  benefits: [
    {
      text: 'Studies suggest hands-on soft-tissue massage may ease everyday shoulder pain and help you use and raise the arm in the short term, though the evidence is of low quality.',
      evidence: 'research-supported',
      sources: ['shoulderSoftTissueReview'],
    },
    {
      text: 'A pooled analysis of small studies suggests massage may let you lift the arm further forwards and out to the side.',
      evidence: 'research-supported',
      sources: ['shoulderRangeMetaAnalysis'],
    },
    {
      text: 'Tender spots on the shoulder ridge are among the few that different examiners find in the same place, which makes it a sensible place to start; evidence that pressing them helps is limited.',
      evidence: 'mixed',
      sources: ['palpationReview', 'palpationAgreementMeta'],
    },
    {
      text: 'Some people find kneading here eases stiffness they link to stress. Massage does relax people for a while, but the idea that stress is stored in the shoulders has not been measured.',
      evidence: 'mixed',
      sources: ['moyerMetaAnalysis'],
    },
    {
      text: 'Studies suggest massage around exercise may slightly improve flexibility and ease later muscle soreness, but it does not add strength or power.',
      evidence: 'research-supported',
      sources: ['sportsMassageMeta', 'sorenessMeta'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Work the ridge with both hands in a slow kneading rhythm, then finish with strokes running out to the shoulder tip.',
    },
    {
      technique: 'deep-tissue',
      fit: 'good',
      howTo: 'Use slow forearm or thumb strokes along the ridge towards the shoulder tip, adjusting to feedback.',
    },
    {
      technique: 'trigger-point',
      fit: 'good',
      howTo: 'Pinch a tender band of the ridge between thumb and fingers and hold for 30 to 60 seconds at a bearable pressure.',
    },
    {
      technique: 'myofascial-release',
      fit: 'good',
      howTo: 'With the arm relaxed, stretch the tissue over the shoulder top slowly and hold until it gives.',
    },
    {
      technique: 'sports',
      fit: 'good',
      howTo: 'Use short, brisk strokes before activity and lighter, slower strokes after it.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Grip the ridge with your other hand and squeeze and let go a few times, or pin a ball between a wall and the area just under the ridge and lean in.',
    },
  ],
  cautions: [
    {
      text: 'Keep deep pressure out of the armpit, where major nerves and blood vessels run.',
      evidence: 'mixed',
      sources: ['endangermentSites'],
    },
    {
      text: 'If lymph nodes were removed from your armpit, for example during breast cancer surgery, see a therapist trained in lymphoedema care.',
      evidence: 'mixed',
      sources: ['cancerCouncilMassage'],
    },
    {
      text: 'No massage on a recently dislocated, broken or operated shoulder until your care team says it is fine.',
      evidence: 'mixed',
      sources: ['nihMassageBackgrounder'],
    },
    {
      text: 'Stop and get checked if pins and needles or weakness run down the arm.',
      evidence: 'mixed',
      sources: ['massageSafetyReview', 'adverseEventsReview'],
    },
  ],
} satisfies PanelContent<SourceKey>;
