import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../sources.js';

export default {
  summary:
    'Massage may ease low-back pain in the short term, and gentle relaxation massage seems to help about as much as deeper work.',
  benefits: [
    {
      text: 'Studies suggest massage may ease low-back pain in the short term compared with no treatment, though a Cochrane review judged the evidence weak.',
      evidence: 'research-supported',
      sources: ['cochraneLowBack', 'lowBackReviewOfReviews'],
    },
    {
      text: 'For back pain of recent onset, a guideline from US physicians puts massage on its list of sensible drug-free first choices, along with heat, acupuncture and spinal manipulation, while calling the evidence weak.',
      evidence: 'research-supported',
      sources: ['acpLowBackGuideline', 'nccihLowBack'],
    },
    {
      text: 'In a trial of 401 adults with long-term low-back pain, ten weekly sessions of relaxation or structural massage improved function at 10 weeks compared with usual care; little of the gain remained after a year.',
      evidence: 'research-supported',
      sources: ['lowBackMassageTrial'],
    },
    {
      text: 'In that trial, gentle relaxation massage did about as well as more specialised work, which suggests firm pressure may not be needed.',
      evidence: 'research-supported',
      sources: ['lowBackMassageTrial'],
    },
    {
      text: 'Studies suggest massage may lift mood and help you relax, which may make it easier to stay active, the core advice for a bad back; that link is less well studied.',
      evidence: 'research-supported',
      sources: ['moyerMetaAnalysis', 'acpLowBackGuideline'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Stroke broadly up both sides of the spine from the base, then knead the flanks between rib and pelvis.',
    },
    {
      technique: 'deep-tissue',
      fit: 'care',
      howTo: 'Slow forearm strokes along the muscles beside the spine, checking pressure often; stop if pain spreads down a leg.',
    },
    {
      technique: 'trigger-point',
      fit: 'good',
      howTo: 'Lying on your side, have steady thumb pressure held on tender spots in the deep muscle between the last rib and the pelvis.',
    },
    {
      technique: 'myofascial-release',
      fit: 'good',
      howTo: 'Cross the hands over the lower back, stretch gently and hold until the tissue softens.',
    },
    {
      technique: 'sports',
      fit: 'good',
      howTo: 'Light strokes after an event; maintenance work for lifting and twisting sports.',
    },
    {
      technique: 'self-massage',
      fit: 'care',
      howTo: 'Knot two tennis balls in a sock, place them against a wall with one either side of your spine, and roll; do not foam-roll directly on the lower spine.',
    },
  ],
  cautions: [
    {
      text: 'Emergency: back pain with numbness around the genitals, bottom or inner thighs, new trouble passing or holding urine or stool, or quickly weakening legs needs emergency care now, not massage.',
      evidence: 'research-supported',
      sources: ['caudaEquinaWarning'],
    },
    {
      text: 'See a doctor before massage if back pain comes with fever, weight loss you cannot explain, a history of cancer or a hard fall, or if it never lets up and is worse at night.',
      evidence: 'mixed',
      sources: ['backPainRedFlags'],
    },
    {
      text: 'Have pain, numbness or tingling that spreads down a leg checked first, and keep pressure light until then; forceful hands-on treatment has been linked to disc problems.',
      evidence: 'mixed',
      sources: ['adverseEventsReview'],
    },
    {
      text: 'No pounding over the kidneys, just below the lowest ribs.',
      evidence: 'mixed',
      sources: ['endangermentSites'],
    },
    {
      text: 'From mid-pregnancy, lie on your side rather than flat on your back for massage.',
      evidence: 'research-supported',
      sources: ['supineHypotension'],
    },
  ],
} satisfies PanelContent<SourceKey>;
