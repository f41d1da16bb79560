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
      text: 'Some people find foot massage and reflexology relaxing and feel less anxious for a while; evidence is limited, and reflexology has not done better than a pleasant foot massage.',
      evidence: 'mixed',
      sources: ['reflexologyReview', 'cancerResearchUkReflexology'],
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
  ],
} satisfies PanelContent<SourceKey>;
