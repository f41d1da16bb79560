import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../sources.js';

export default {
  summary: 'Gentle, clockwise belly massage may help with constipation; keep the pressure soft and stop if anything hurts.',
  benefits: [
    {
      text: 'Studies suggest abdominal massage may help you open your bowels more often and ease constipation, though it did not cut laxative use and the trials vary in quality.',
      evidence: 'research-supported',
      sources: ['abdominalMassageMeta'],
    },
    {
      text: 'In multiple sclerosis, a small pilot found daily self- or carer-given belly massage eased constipation, but a larger trial of 191 people saw only a small improvement that could have been chance.',
      evidence: 'mixed',
      sources: ['msAbdominalMassagePilot', 'msAbdominalMassageTrial'],
    },
    {
      text: 'In hospital patients fed through a tube, a review of trials found belly massage by nurses left less food sitting in the stomach and reduced bloating and vomiting; the studies were few and short.',
      evidence: 'research-supported',
      sources: ['enteralFeedingMassageMeta'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'With flat hands, make slow clockwise circles around the navel, following the path of the large bowel.',
    },
    {
      technique: 'myofascial-release',
      fit: 'care',
      howTo: 'Use only light, sustained contact; never press deep into the belly.',
    },
    {
      technique: 'trigger-point',
      fit: 'avoid',
      howTo: 'Sustained point pressure would push into the organs beneath, so it is not used here.',
    },
    {
      technique: 'deep-tissue',
      fit: 'avoid',
      howTo: 'Organs lie just beneath, so deep pressure is not used here.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Lie on your back with knees bent and stroke clockwise around your belly for about 10 minutes a day.',
    },
  ],
  cautions: [
    {
      text: 'Emergency: sudden or severe belly pain, a belly that hurts to touch, vomiting blood, black or bloody stools, or being unable to pass urine or wind needs urgent medical help, not massage.',
      evidence: 'research-supported',
      sources: ['stomachAcheWarningSigns'],
    },
    {
      text: 'No deep or pounding pressure: the organs here are only lightly protected, and massage training treats them as a caution area.',
      evidence: 'mixed',
      sources: ['endangermentSites'],
    },
    {
      text: 'Trials of belly massage left out people with a hernia, inflammatory bowel disease, abdominal or pelvic cancer, or recent abdominal scars; if any of these apply, ask your doctor first.',
      evidence: 'mixed',
      sources: ['abdominalMassageTrialExclusions'],
    },
    {
      text: 'Skip the belly after recent abdominal surgery until your care team agrees.',
      evidence: 'mixed',
      sources: ['nihMassageBackgrounder'],
    },
    {
      text: 'If you are pregnant, check with your midwife or doctor first and choose a therapist trained in pregnancy massage.',
      evidence: 'mixed',
      sources: ['nccihMassage', 'supineHypotension'],
    },
  ],
} satisfies PanelContent<SourceKey>;
