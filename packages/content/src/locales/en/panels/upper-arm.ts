import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../sources.js';

export default {
  summary:
    'Upper-arm massage mostly helps with soreness after hard exercise; after breast cancer treatment, gentle lymph-drainage work is a specialist job.',
  benefits: [
    {
      text: 'In a study where each person had one arm massaged for 10 minutes after hard biceps exercise, the massaged arm was about a third less sore and less swollen, but it got its strength back no faster.',
      evidence: 'mixed',
      sources: ['armSorenessMassageStudy'],
    },
    {
      text: 'Across many trials, studies suggest massage after strenuous exercise may reduce muscle soreness over the following one to three days.',
      evidence: 'research-supported',
      sources: ['sorenessMeta'],
    },
    {
      text: 'A review of 29 trials suggests massage may slightly improve flexibility, but it did not make people stronger, faster or fitter.',
      evidence: 'research-supported',
      sources: ['sportsMassageMeta'],
    },
    {
      text: 'For arm swelling (lymphoedema) after breast cancer treatment, a Cochrane review found that gentle manual lymph drainage added to compression bandaging may shrink the arm a little more, mainly in milder cases; another review found no clear benefit, so the evidence is mixed.',
      evidence: 'mixed',
      sources: ['lymphDrainageCochrane', 'lymphDrainageMeta'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Stroke from the elbow up towards the shoulder, then knead the front and back of the arm.',
    },
    {
      technique: 'deep-tissue',
      fit: 'good',
      howTo: 'Work slow, firm strokes along the front and back muscles, checking comfort as you go.',
    },
    {
      technique: 'trigger-point',
      fit: 'good',
      howTo: 'Pinch-grip tender spots in the back of the arm between thumb and fingers and hold for 30 to 60 seconds.',
    },
    {
      technique: 'myofascial-release',
      fit: 'care',
      howTo: 'Wrap both hands around the arm without oil and twist the skin gently in opposite directions, holding until it eases.',
    },
    {
      technique: 'sports',
      fit: 'good',
      howTo: 'Short, brisk strokes before training; lighter, slower ones afterwards.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Squeeze and knead the arm with your other hand, or roll it slowly over a ball on a table.',
    },
  ],
  cautions: [
    {
      text: 'Keep firm pressure out of the armpit, where major nerves and blood vessels run.',
      evidence: 'mixed',
      sources: ['endangermentSites'],
    },
    {
      text: 'After breast cancer treatment, report new swelling, heaviness or tightness in the arm to your care team promptly, and ask before having any massage on that arm.',
      evidence: 'mixed',
      sources: ['breastCancerNowLymphoedema', 'macmillanMassage'],
    },
    {
      text: 'If you take blood thinners or bruise easily, skip deep or forceful massage and ask your doctor what is safe.',
      evidence: 'mixed',
      sources: ['nccihMassage'],
    },
    {
      text: 'No massage over a recent fracture, wound or surgical site.',
      evidence: 'mixed',
      sources: ['nihMassageBackgrounder'],
    },
  ],
} satisfies PanelContent<SourceKey>;
