import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../sources.js';

export default {
  summary:
    'The arch holds the plantar fascia, the tough band from heel to toes; hands-on work here may help heel pain, while chart links from the arch to belly organs are tradition, not anatomy.',
  benefits: [
    {
      text: 'Studies suggest that hands-on work on the sole, added to stretching, may help the foot work better and ease pain in plantar fasciitis and heel pain; the trials reviewed were small.',
      evidence: 'research-supported',
      sources: ['plantarFasciitisReview', 'plantarHeelPainReview'],
    },
    {
      text: 'Clinics often suggest rolling the arch over a ball or a frozen bottle for a few minutes, two or three times a day; this routine is a practice habit that has not been tested on its own.',
      evidence: 'traditional',
      sources: ['plantarSelfMassage'],
    },
    {
      text: 'In a small trial in nursing homes, one 20-minute session of massage and gentle joint movement of the feet and ankles improved two balance tests in people aged 65 to 95, compared with a dummy session.',
      evidence: 'mixed',
      sources: ['footBalanceTrial'],
    },
    {
      text: 'Many people find a foot massage relaxing and feel less anxious for a while; in trials, reflexology has done no better than an ordinary, pleasant foot massage.',
      evidence: 'mixed',
      sources: ['reflexologyReview', 'cancerResearchUkReflexology', 'camCancerReflexology'],
    },
    {
      text: 'Reflexology charts link the arch to the stomach, liver, kidneys and bowel. This is a traditional claim that research has not shown.',
      evidence: 'traditional',
      sources: ['reflexologyChartArch', 'reflexologyChartAbmp', 'cancerResearchUkReflexology'],
    },
  ],
  techniques: [
    {
      technique: 'myofascial-release',
      fit: 'good',
      howTo: 'With the toes gently pulled back, glide a thumb slowly along the arch from the heel towards the ball.',
    },
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Stroke up the arch with both thumbs from heel to toes, then knead across it.',
    },
    {
      technique: 'deep-tissue',
      fit: 'care',
      howTo: 'Slow knuckle strokes along the arch only while they stay comfortable; skip a foot that is swollen, bruised or numb.',
    },
    {
      technique: 'trigger-point',
      fit: 'care',
      howTo: 'Hold brief, steady pressure on tender spots in the arch, easing off if the pain turns sharp.',
    },
    {
      technique: 'sports',
      fit: 'good',
      howTo: 'Light, flowing strokes along the arch after a run.',
    },
    {
      technique: 'reflexology',
      fit: 'good',
      howTo: 'With dry hands, walk the thumbs across the arch in rows; the links to belly organs are traditional, not proven.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Sitting, roll the arch slowly over a tennis ball or a frozen bottle, resting 10 to 15 seconds on tight spots.',
    },
  ],
  cautions: [
    {
      text: 'With diabetes or numb feet, a bruise or blister from massage can go unnoticed: press gently, skip broken skin, check your feet every day and see a podiatrist or doctor about any foot problem.',
      evidence: 'research-supported',
      sources: ['diabeticFootCare'],
    },
    {
      text: "No massage on a foot with a fracture, an unhealed wound, a gout flare or an infection such as athlete's foot or a verruca.",
      evidence: 'mixed',
      sources: ['reflexologyCautionsMinnesota', 'reflexologyCautionsIllinois'],
    },
    {
      text: 'Swelling that leaves a dent when pressed, varicose veins or a past blood clot call for a clinician’s advice before foot work.',
      evidence: 'mixed',
      sources: ['reflexologyCautionsIllinois'],
    },
    {
      text: 'Signs of a clot in the leg, such as swelling on one side, warmth, redness or cramping pain, mean no massage and a same-day medical check.',
      evidence: 'research-supported',
      sources: ['dvtWarningSigns'],
    },
    {
      text: 'Arch or heel pain that does not settle, or pain after an injury, needs a professional check rather than self-massage.',
      evidence: 'mixed',
      sources: ['reflexologyCautionsMinnesota'],
    },
  ],
} satisfies PanelContent<SourceKey>;
