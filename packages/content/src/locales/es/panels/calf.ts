import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../../en/sources.js';

export default {
  summary:
    'El masaje de pantorrilla es popular después de correr y puede aliviar un tiempo las agujetas y la rigidez, pero una pantorrilla hinchada o dolorida en un solo lado debe revisarse primero.',
  benefits: [
    {
      text: 'Los estudios sugieren que el masaje después de un ejercicio intenso puede dejar las pantorrillas menos doloridas en los días siguientes.',
      evidence: 'research-supported',
      sources: ['sorenessMeta'],
    },
    {
      text: 'Los estudios sugieren que una sola sesión de rodillo en la pantorrilla puede dejar que el tobillo se doble más durante un rato, de forma parecida a un estiramiento.',
      evidence: 'research-supported',
      sources: ['foamRollingRange', 'ankleFoamRollingReview'],
    },
    {
      text: 'Algunas personas notan el tobillo más suelto si usan el rodillo con regularidad: un ensayo encontró que dos semanas de rodillo diario en la pantorrilla mejoraron la flexión del tobillo y el equilibrio, pero una revisión de programas de rodillo no vio mejoras duraderas en el tobillo, así que la evidencia es limitada.',
      evidence: 'mixed',
      sources: ['calfRollerTrial', 'foamRollingTraining'],
    },
    {
      text: 'Los estudios sugieren que el masaje no mejora la velocidad, la fuerza ni la resistencia, según una revisión de 29 ensayos, así que tómalo como algo para estar cómodo y no como una ayuda para rendir más.',
      evidence: 'research-supported',
      sources: ['sportsMassageMeta'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Desliza las manos desde el tobillo hacia la rodilla y luego amasa el volumen de la pantorrilla.',
    },
    {
      technique: 'deep-tissue',
      fit: 'care',
      howTo: 'Pasadas lentas y firmes por el centro de la pantorrilla, aflojando cerca de la parte trasera de la rodilla y del tendón de Aquiles.',
    },
    {
      technique: 'trigger-point',
      fit: 'good',
      howTo: 'Mantén presionados los puntos sensibles de la pantorrilla de 30 a 60 segundos con una presión soportable.',
    },
    {
      technique: 'myofascial-release',
      fit: 'good',
      howTo: 'Rodea la pantorrilla con las dos manos, sin aceite, y lleva el tejido despacio hacia arriba, parando donde lo notes pegado.',
    },
    {
      technique: 'sports',
      fit: 'good',
      howTo: 'Pasadas ligeras y fluidas después de correr; un trabajo de mantenimiento más firme entre carreras.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Siéntate con la pantorrilla sobre un rodillo de espuma, cruza la otra pierna encima para más presión y rueda despacio.',
    },
  ],
  cautions: [
    {
      text: 'La hinchazón, el calor, el enrojecimiento o un dolor como de calambre en una sola pantorrilla pueden indicar un coágulo: no te des un masaje y haz que te vean ese mismo día. Si te falta el aire o tienes dolor en el pecho, llama a emergencias.',
      evidence: 'research-supported',
      sources: ['dvtWarningSigns'],
    },
    {
      text: 'No presiones varices, moratones ni vasos sanguíneos dañados.',
      evidence: 'mixed',
      sources: ['nihMassageBackgrounder'],
    },
    {
      text: 'Nada de presión firme ni rodillo detrás de la rodilla, donde nacen los músculos de la pantorrilla y pasan nervios y grandes vasos.',
      evidence: 'mixed',
      sources: ['endangermentSites'],
    },
    {
      text: 'Durante el embarazo, muchos profesionales hacen un masaje de piernas ligero, en parte porque los coágulos son más probables; tradicionalmente se considera una precaución (la investigación no lo ha demostrado en ningún sentido).',
      evidence: 'traditional',
      sources: ['pregnancyPressurePoints', 'dvtWarningSigns'],
    },
  ],
} satisfies PanelContent<SourceKey>;
