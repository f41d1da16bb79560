import type { TechniqueDetails, TechniqueId } from '@bodymap/core';
import type { SourceKey } from '../../sources.js';

/** What each technique is, how it is usually done and what research shows about it. */
export const glossary = {
  swedish: {
    description:
      'The classic Western massage, built from long gliding strokes, kneading, small circular rubbing, light rhythmic tapping and gentle shaking, usually with oil or lotion. Its development is credited to the Swede Per Henrik Ling, and in Sweden it is simply called classic massage.',
    pressure: [1, 3],
    duration: 'About an hour for a full-body session; 5 to 10 minutes for one area at home',
    evidence: 'research-supported',
    evidenceSummary:
      'In trials, relaxation-style massage helped long-term low-back pain about as much as more specialised work and, in one small trial, eased anxiety more than light touch. Serious harms are rare and mostly linked to more forceful methods or untrained providers.',
    sources: ['swedishMassageStrokes', 'lowBackMassageTrial', 'rapaportAnxietyTrial', 'massageSafetyReview'] satisfies SourceKey[],
  },
  'deep-tissue': {
    description:
      'Slower strokes with firmer, sustained pressure, often given with thumbs, knuckles, forearms or elbows, meant to reach muscle and connective tissue lying further down. Sessions usually focus on a few problem areas; it should feel like a strong but bearable ache, and mild soreness for a day or two afterwards is common.',
    pressure: [3, 5],
    duration: 'Usually 45 to 90 minutes, with extra time on the target areas',
    evidence: 'mixed',
    evidenceSummary:
      'In the largest back-pain trial, focused deeper work did no better than gentle relaxation massage, so deeper has not been shown to be better. People on blood thinners or with bleeding problems should avoid it.',
    sources: ['lowBackMassageTrial', 'nccihMassage'] satisfies SourceKey[],
  },
  'trigger-point': {
    description:
      'Finding tender knots inside tight bands of muscle, which can send pain to other places, and pressing on them steadily or with short strokes until the tenderness fades. A gentle stretch of the muscle often follows.',
    pressure: [3, 4],
    duration: 'Each spot held for about 30 to 90 seconds; a handful of spots in a 30- to 60-minute session',
    evidence: 'mixed',
    evidenceSummary:
      'In a 2022 review, steady pressure made tender spots less sensitive to touch but did not clearly reduce the pain people reported, and for tension headache it did no better than a sham. Whether trigger points are a distinct thing is disputed, and examiners often disagree on where they are.',
    sources: ['ischemicCompressionMeta', 'headacheMassageTrial', 'triggerPointCritique', 'palpationAgreementMeta'] satisfies SourceKey[],
  },
  'myofascial-release': {
    description:
      'A gentle, sustained, low-force stretch of a muscle and the connective tissue wrapped around it (fascia), usually without oil. The therapist waits for the tissue to soften before moving on.',
    pressure: [2, 3],
    duration: 'Holds of one to several minutes per area; sessions of 30 to 60 minutes',
    evidence: 'mixed',
    evidenceSummary:
      'A review judged the trials mixed in quality but mostly encouraging, while another found it no better than ordinary stretching for flexibility. Soft-tissue work of this kind helped function in heel pain.',
    sources: ['myofascialReleaseReview', 'myofascialFlexibilityMeta', 'plantarFasciitisReview'] satisfies SourceKey[],
  },
  sports: {
    description:
      'Swedish and deep-tissue techniques fitted around training: short, brisk work just before an event, lighter calming strokes after cooling down, and longer maintenance sessions between competitions.',
    pressure: [1, 4],
    duration: '10 to 15 minutes before an event, 10 to 20 minutes after, and a normal-length session for maintenance',
    evidence: 'research-supported',
    evidenceSummary:
      'A review of 29 trials found small gains in flexibility and less soreness, but no improvement in strength, speed or endurance. The idea that it flushes out lactic acid is not supported.',
    sources: ['sportsMassageMeta', 'sorenessMeta', 'lacticAcidStudy'] satisfies SourceKey[],
  },
  reflexology: {
    description:
      'Methodical thumb-and-finger pressure, often called thumb-walking, over mapped areas of the feet (sometimes the hands or ears), usually with dry hands. Reflexologists traditionally believe each area is linked to an organ or body part; research has not shown this. It grew out of the zone therapy of the early 1900s.',
    pressure: [2, 3],
    duration: 'About 30 to 60 minutes for both feet; the first visit is often longer',
    evidence: 'mixed',
    evidenceSummary:
      'Some people find it relaxing, and studies in cancer care report help with anxiety, pain or fatigue, but the trials are weak. The best trials do not show that it treats any medical condition, and it must never be used to diagnose illness.',
    sources: ['reflexologyReview', 'reflexologyPhysiologyReview', 'cancerResearchUkReflexology', 'reflexologyCancerReview'] satisfies SourceKey[],
  },
  'self-massage': {
    description:
      'Using your own hands, or your body weight on a foam roller or ball, to press and roll your muscles; rolling is often called self-myofascial release. You control the pressure by how much weight you lean in.',
    pressure: [2, 4],
    duration: '30 to 120 seconds per muscle area, one to three rounds',
    evidence: 'research-supported',
    evidenceSummary:
      'Rolling briefly increases range of motion about as much as stretching and may ease soreness after exercise; regular rolling over several weeks gave moderate range gains in some muscles. Effects on performance are small or absent.',
    sources: ['foamRollingRange', 'foamRollingPerformance', 'foamRollingTraining', 'chronicFoamRollingReview'] satisfies SourceKey[],
  },
} satisfies Record<TechniqueId, TechniqueDetails>;
