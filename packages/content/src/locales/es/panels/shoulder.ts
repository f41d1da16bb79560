import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../../en/sources.js';

export default {
  summary:
    'La franja entre el cuello y el hombro es un lugar donde es muy común notar tensión; el masaje puede aliviar el dolor y la rigidez durante un tiempo.',
  benefits: [
    {
      text: 'Los estudios sugieren que el masaje manual de los tejidos blandos puede aliviar el dolor de hombro cotidiano y ayudarte a usar y levantar el brazo a corto plazo, aunque la evidencia es de baja calidad.',
      evidence: 'research-supported',
      sources: ['shoulderSoftTissueReview'],
    },
    {
      text: 'Un análisis conjunto de varios estudios pequeños sugiere que el masaje puede permitirte levantar más el brazo hacia delante y hacia el lado.',
      evidence: 'research-supported',
      sources: ['shoulderRangeMetaAnalysis'],
    },
    {
      text: 'Los puntos sensibles de esta franja están entre los pocos que distintos examinadores encuentran en el mismo sitio, por eso es un buen lugar para empezar; la evidencia de que presionarlos ayude es limitada.',
      evidence: 'mixed',
      sources: ['palpationReview', 'palpationAgreementMeta'],
    },
    {
      text: 'Algunas personas notan que amasar aquí alivia una rigidez que relacionan con el estrés. El masaje sí relaja durante un rato, pero nadie ha medido la idea de que el estrés se acumula en los hombros.',
      evidence: 'mixed',
      sources: ['moyerMetaAnalysis'],
    },
    {
      text: 'Los estudios sugieren que el masaje antes o después del ejercicio puede mejorar un poco la flexibilidad y aliviar el dolor muscular de los días siguientes, pero no aporta fuerza ni potencia.',
      evidence: 'research-supported',
      sources: ['sportsMassageMeta', 'sorenessMeta'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Trabaja la franja con las dos manos, amasando a un ritmo lento, y termina con pasadas que vayan hacia la punta del hombro.',
    },
    {
      technique: 'deep-tissue',
      fit: 'good',
      howTo: 'Haz pasadas lentas con el antebrazo o el pulgar a lo largo de la franja hacia la punta del hombro, ajustando la presión a lo que te diga la persona.',
    },
    {
      technique: 'trigger-point',
      fit: 'good',
      howTo: 'Pellizca una banda sensible de la franja entre el pulgar y los demás dedos y sostenla de 30 a 60 segundos con una presión soportable.',
    },
    {
      technique: 'myofascial-release',
      fit: 'good',
      howTo: 'Con el brazo relajado, estira despacio el tejido sobre la parte alta del hombro y mantén hasta que ceda.',
    },
    {
      technique: 'sports',
      fit: 'good',
      howTo: 'Haz pasadas cortas y enérgicas antes de la actividad, y más ligeras y lentas después.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Agarra la franja con la otra mano y aprieta y suelta varias veces, o sujeta una pelota entre la pared y la zona justo debajo de la franja y apóyate en ella.',
    },
  ],
  cautions: [
    {
      text: 'No hagas presión profunda en la axila, por donde pasan nervios y vasos sanguíneos importantes.',
      evidence: 'mixed',
      sources: ['endangermentSites'],
    },
    {
      text: 'Si te quitaron ganglios linfáticos de la axila, por ejemplo en una operación de cáncer de mama, acude a un terapeuta formado en el cuidado del linfedema.',
      evidence: 'mixed',
      sources: ['cancerCouncilMassage'],
    },
    {
      text: 'Nada de masaje en un hombro que se haya dislocado, roto u operado hace poco hasta que tu equipo médico diga que se puede.',
      evidence: 'mixed',
      sources: ['nihMassageBackgrounder'],
    },
    {
      text: 'Para y consulta si notas hormigueo o debilidad que baja por el brazo.',
      evidence: 'mixed',
      sources: ['massageSafetyReview', 'adverseEventsReview'],
    },
  ],
} satisfies PanelContent<SourceKey>;
