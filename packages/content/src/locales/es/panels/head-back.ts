import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../../en/sources.js';

export default {
  summary:
    'El masaje del cuero cabelludo y de la base del cráneo es relajante y se usa a menudo para cuidar los dolores de cabeza, pero la investigación al respecto es escasa y desigual.',
  benefits: [
    {
      text: 'Algunas personas con cefalea tensional notan que los puntos sensibles de los pequeños músculos bajo el cráneo les desencadenan dolor de cabeza; no está claro que masajearlos evite los dolores, y la evidencia es limitada.',
      evidence: 'mixed',
      sources: ['headNeckReferredPain', 'trapeziusReferredPain'],
    },
    {
      text: 'En un ensayo con placebo, el masaje de puntos gatillo en cabeza y cuello redujo las cefaleas tensionales, pero un masaje simulado funcionó casi igual, aunque la gente sintió que el masaje real la ayudaba más; la evidencia es limitada.',
      evidence: 'mixed',
      sources: ['headacheMassageTrial'],
    },
    {
      text: 'Algunas personas notan menos estrés con el masaje del cuero cabelludo; en un pequeño ensayo con oficinistas, 15 a 25 minutos dos veces por semana durante diez semanas bajaron las hormonas del estrés y la tensión arterial frente a no recibir masaje, pero la evidencia es limitada y falta repetirlo con más personas.',
      evidence: 'mixed',
      sources: ['scalpMassageStressTrial'],
    },
    {
      text: 'Se suele decir que el masaje del cuero cabelludo engrosa el pelo. Un estudio con nueve hombres que usaron un aparato de masaje a diario durante seis meses encontró pelos algo más gruesos, pero no un crecimiento más rápido; era pequeño y lo financió en parte el fabricante, así que la evidencia es limitada.',
      evidence: 'mixed',
      sources: ['scalpMassageHairStudy'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Haz círculos lentos con las yemas de los dedos por todo el cuero cabelludo y termina a lo largo de la base del cráneo.',
    },
    {
      technique: 'trigger-point',
      fit: 'good',
      howTo: 'Apoya las yemas de los dedos en los huecos bajo el cráneo y mantén una presión suave de 30 a 60 segundos.',
    },
    {
      technique: 'myofascial-release',
      fit: 'good',
      howTo: 'Con los dedos planos y sin aceite, mueve despacio el cuero cabelludo sobre el cráneo y detente donde lo notes tenso.',
    },
    {
      technique: 'deep-tissue',
      fit: 'avoid',
      howTo: 'El cuero cabelludo está justo sobre el hueso, así que la presión fuerte y de fricción añade molestia, no beneficio.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Engancha las yemas de los dedos bajo la base del cráneo y haz círculos pequeños y suaves mientras respiras despacio.',
    },
  ],
  cautions: [
    {
      text: 'Busca ayuda urgente, no un masaje, ante un dolor de cabeza repentino e intenso, uno después de un golpe en la cabeza, o uno con fiebre, rigidez de cuello, confusión, debilidad o pérdida de visión.',
      evidence: 'research-supported',
      sources: ['headacheReferral'],
    },
    {
      text: 'Para si el trabajo en la base del cráneo te produce mareo, náuseas o cambios en la vista.',
      evidence: 'mixed',
      sources: ['adverseEventsReview'],
    },
    {
      text: 'Evita las zonas del cuero cabelludo con heridas, erupciones o piel descamada e inflamada, y espera a que una operación en la cabeza haya cicatrizado del todo.',
      evidence: 'mixed',
      sources: ['nihMassageBackgrounder'],
    },
  ],
} satisfies PanelContent<SourceKey>;
