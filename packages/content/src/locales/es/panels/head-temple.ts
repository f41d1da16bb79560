import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../../en/sources.js';

export default {
  summary:
    'Un masaje suave en las sienes puede resultar agradable, pero el dolor de sien suele empezar en el cuello y los hombros, así que vale la pena trabajar también esa zona.',
  benefits: [
    {
      text: 'Algunas personas notan que un masaje suave en las sienes y el cuero cabelludo alivia la cefalea tensional, ese dolor opresivo que se siente como una banda alrededor de la cabeza; según las revisiones, hay muy poca investigación para estar seguros.',
      evidence: 'mixed',
      sources: ['nccihHeadaches'],
    },
    {
      text: 'En un ensayo controlado con placebo, el masaje de puntos gatillo en el cuello y los hombros hizo menos frecuentes las cefaleas tensionales, pero un tratamiento simulado funcionó casi igual de bien; la evidencia es mixta.',
      evidence: 'mixed',
      sources: ['headacheMassageTrial'],
    },
    {
      text: 'Los puntos sensibles del músculo que recorre la parte alta del hombro pueden enviar dolor hasta la sien y parecerse a tu dolor de cabeza de siempre. Por eso el masaje para el dolor de cabeza suele incluir el cuello; la evidencia es limitada.',
      evidence: 'mixed',
      sources: ['trapeziusReferredPain', 'headNeckReferredPain'],
    },
    {
      text: 'Algunos ensayos pequeños apuntan a que el masaje regular podría ayudar a prevenir la migraña, pero son demasiado débiles para fiarse de ellos. Además, presionar puntos sensibles del cuello puede desencadenar una crisis en algunas personas.',
      evidence: 'mixed',
      sources: ['migraineManualTherapyReview', 'triggerPointsInHeadache'],
    },
    {
      text: 'Los estudios sugieren que una sola sesión de masaje puede bajar durante un rato la ansiedad, la frecuencia cardíaca y la presión arterial, así que trabajar la cabeza puede resultar relajante aunque el dolor siga ahí.',
      evidence: 'research-supported',
      sources: ['moyerMetaAnalysis'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Con presión ligera, haz círculos lentos con las yemas de los dedos en cada sien y sube por el nacimiento del pelo durante uno a tres minutos.',
    },
    {
      technique: 'trigger-point',
      fit: 'care',
      howTo: 'No presiones fuerte la sien; en su lugar, mantén una presión suave y constante de 30 a 60 segundos sobre los puntos sensibles de la base del cráneo o de la parte alta del hombro.',
    },
    {
      technique: 'myofascial-release',
      fit: 'care',
      howTo: 'Con los dedos planos y sin aceite, desliza despacio el cuero cabelludo sobre el cráneo y detente donde notes que se queda pegado.',
    },
    {
      technique: 'deep-tissue',
      fit: 'avoid',
      howTo: 'No se usa aquí: el tejido que cubre la sien es fino y sensible.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Haz círculos con las yemas de los dedos sobre las sienes y luego a lo largo de la base del cráneo, con la mandíbula suelta y los dientes separados.',
    },
  ],
  cautions: [
    {
      text: 'No recurras al masaje y busca ayuda urgente si el dolor de cabeza aparece de golpe y es muy intenso (el peor que hayas tenido), si llega después de un golpe en la cabeza o si viene con fiebre, rigidez de cuello, manchas en la piel, debilidad, entumecimiento, confusión, dificultad para hablar o pérdida de visión.',
      evidence: 'research-supported',
      sources: ['headacheReferral'],
    },
    {
      text: 'Un dolor de cabeza nuevo con el cuero cabelludo sensible, dolor en la mandíbula al masticar o visión borrosa o doble, sobre todo después de los 50 años, requiere una cita médica cuanto antes.',
      evidence: 'research-supported',
      sources: ['headacheReferral'],
    },
    {
      text: 'Usa una presión ligera: aquí los vasos sanguíneos y los nervios pasan cerca de la superficie, y en la formación de masajistas se considera una zona para un contacto amplio y suave.',
      evidence: 'mixed',
      sources: ['endangermentSites'],
    },
    {
      text: 'Si los dolores de cabeza son frecuentes o cambian, consulta a un profesional de la salud. El masaje puede aliviar, pero no sirve para encontrar la causa.',
      evidence: 'research-supported',
      sources: ['headacheReferral', 'nccihHeadaches'],
    },
  ],
} satisfies PanelContent<SourceKey>;
