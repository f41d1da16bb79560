import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../sources.js';

export default {
  summary:
    'Foot massage is relaxing and may help heel pain; the reflexology idea that spots on the sole link to organs is tradition, not science.',
  benefits: [
    {
      text: 'Studies suggest adding hands-on soft-tissue work to stretching may improve foot function and ease pain in plantar heel pain, though the trials are small.',
      evidence: 'research-supported',
      sources: ['plantarFasciitisReview', 'plantarHeelPainReview'],
    },
    {
      text: 'After keyhole gallbladder surgery, a review of small trials found foot massage lowered pain over the following hours and reduced the need for extra painkillers.',
      evidence: 'research-supported',
      sources: ['footMassageSurgeryMeta'],
    },
    {
      text: 'In a small trial in nursing homes, one 20-minute session of foot and ankle massage and joint mobilisation improved two balance tests in people aged 65 to 95 compared with a dummy treatment.',
      evidence: 'mixed',
      sources: ['footBalanceTrial'],
    },
    {
      text: 'Some people find foot massage and reflexology relaxing and feel less anxious for a while; reviews in cancer care report some help with pain and fatigue, but the studies are weak and reflexology has not beaten a pleasant foot massage.',
      evidence: 'mixed',
      sources: ['reflexologyReview', 'cancerResearchUkReflexology', 'reflexologyCancerReview'],
    },
    {
      text: 'Reflexologists traditionally hold that pressing areas of the sole affects matching organs (not shown by research); it should never be used to diagnose or replace treatment.',
      evidence: 'traditional',
      sources: ['reflexologyReview', 'reflexologyPhysiologyReview'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Stroke with the thumbs from heel to toes along the arch, knead the sole, then gently circle each toe.',
    },
    {
      technique: 'myofascial-release',
      fit: 'good',
      howTo: 'Glide a thumb slowly along the sole from heel towards the toes while the toes are gently bent back.',
    },
    {
      technique: 'deep-tissue',
      fit: 'care',
      howTo: 'Firm knuckle strokes along the arch only if comfortable; never on a swollen, bruised or numb foot.',
    },
    {
      technique: 'trigger-point',
      fit: 'care',
      howTo: 'Brief, steady pressure on tender spots in the arch, not directly into a painful heel.',
    },
    {
      technique: 'sports',
      fit: 'good',
      howTo: 'Light, flowing strokes over the sole and ankle after a run.',
    },
    {
      technique: 'reflexology',
      fit: 'good',
      howTo: 'With dry hands, walk the thumbs methodically over the whole sole of both feet; the organ links are traditional, not proven.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Sitting down, roll the sole slowly over a ball or frozen bottle, toes to heel and back, resting on tight spots.',
    },
  ],
  cautions: [
    {
      text: 'With diabetes or numb feet, a bruise or blister from massage can go unnoticed: use gentle pressure, avoid broken skin, look over your feet every day and take any foot problem to a podiatrist or doctor.',
      evidence: 'research-supported',
      sources: ['diabeticFootCare'],
    },
    {
      text: 'Signs of a clot in the leg, such as one-sided swelling, warmth, redness or cramping pain, mean no massage and a same-day medical check.',
      evidence: 'research-supported',
      sources: ['dvtWarningSigns'],
    },
    {
      text: "No massage or reflexology on a foot with a fracture, an unhealed wound, a gout flare or an infection such as athlete's foot, verrucas or nail fungus.",
      evidence: 'mixed',
      sources: ['reflexologyCautionsMinnesota', 'reflexologyCautionsIllinois'],
    },
    {
      text: 'Swelling that leaves a dent when pressed, varicose veins or a past blood clot call for advice from a clinician before foot work.',
      evidence: 'mixed',
      sources: ['reflexologyCautionsIllinois'],
    },
    {
      text: 'In pregnancy, many reflexologists go gently in the first three months and avoid firm pressure around the ankle bones; this is a precaution, not a proven risk.',
      evidence: 'traditional',
      sources: ['reflexologyCautionsMinnesota', 'pregnancyPressurePoints'],
    },
  ],
} satisfies PanelContent<SourceKey>;
