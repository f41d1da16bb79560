import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../sources.js';

export default {
  summary:
    'Massage of the back and sides of the neck may bring brief relief and relaxation; the front of the throat is left alone.',
  benefits: [
    {
      text: 'Some people with ongoing neck pain feel a little better for a short time after massage, but a 2024 Cochrane review found it probably does little more than sham massage by around 12 weeks.',
      evidence: 'mixed',
      sources: ['cochraneNeck'],
    },
    {
      text: 'Studies suggest steady pressure on tender neck and shoulder spots may raise how much pressure those muscles can tolerate, although reported pain did not clearly change.',
      evidence: 'research-supported',
      sources: ['headacheMassageTrial', 'ischemicCompressionMeta'],
    },
    {
      text: 'Tight, tender spots in the shoulder-top muscle and the small muscles under the skull are common in tension headache and can bring on the familiar pain when pressed; whether massaging them prevents headaches is unclear.',
      evidence: 'mixed',
      sources: ['trapeziusReferredPain', 'headNeckReferredPain'],
    },
    {
      text: 'Studies suggest massage may lower anxiety, heart rate and blood pressure in the short term, which many people feel as their neck and shoulders letting go.',
      evidence: 'research-supported',
      sources: ['moyerMetaAnalysis'],
    },
    {
      text: 'In neck-pain trials the usual side effect was brief soreness afterwards, so gentle, well-communicated massage here appears low-risk.',
      evidence: 'research-supported',
      sources: ['cochraneNeck'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Stroke down from under the skull and out towards the shoulder, then knead along the shoulder top.',
    },
    {
      technique: 'trigger-point',
      fit: 'good',
      howTo: 'Press a tender band at the shoulder top or under the skull at a bearable level for 30 to 60 seconds, easing off as it softens.',
    },
    {
      technique: 'myofascial-release',
      fit: 'good',
      howTo: 'Without oil, slowly stretch the skin and tissue down the back of the neck and wait for it to ease.',
    },
    {
      technique: 'deep-tissue',
      fit: 'care',
      howTo: 'Only on the back and side muscles, checking in often, and never on the front of the neck.',
    },
    {
      technique: 'sports',
      fit: 'care',
      howTo: 'Keep maintenance work for athletes smooth and unforced around the neck.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Squeeze and knead your shoulder top with the opposite hand and circle your fingertips along the skull base, keeping off the throat.',
    },
  ],
  cautions: [
    {
      text: 'Keep pressure off the throat and the front-side of the neck, where the main arteries, veins and airway lie.',
      evidence: 'mixed',
      sources: ['endangermentSites'],
    },
    {
      text: 'Avoid forceful twisting or cracking of the neck. Serious injuries are rare and mostly linked to spinal manipulation, but they have been reported.',
      evidence: 'mixed',
      sources: ['adverseEventsReview', 'massageSafetyReview'],
    },
    {
      text: 'Stop if you feel dizzy or sick, your vision changes, or tingling runs into your arm during neck work.',
      evidence: 'mixed',
      sources: ['adverseEventsReview', 'massageSafetyReview'],
    },
    {
      text: 'Have a clinician check neck pain before any massage if it follows an accident or comes with a weak or numb arm, fever or a severe headache.',
      evidence: 'research-supported',
      sources: ['cochraneNeck', 'headacheReferral'],
    },
  ],
} satisfies PanelContent<SourceKey>;
