import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../../en/sources.js';

export default {
  summary:
    'El masaje alrededor de la rodilla puede aliviar un tiempo el dolor y la rigidez de la artrosis, mejor junto con ejercicio; no presiones la rótula ni la parte trasera de la rodilla.',
  benefits: [
    {
      text: 'Los estudios sugieren que el masaje puede aliviar el dolor y la rigidez de la artrosis de rodilla y mejorar la función en las primeras semanas, pero no a largo plazo, según una revisión de 12 ensayos con evidencia de calidad baja a moderada.',
      evidence: 'research-supported',
      sources: ['kneeMassageMeta'],
    },
    {
      text: 'Los estudios sugieren que el masaje puede ayudar con la artrosis de rodilla: en un ensayo con 222 adultos, un masaje de cuerpo entero semanal durante ocho semanas mejoró el dolor y la función más que un toque ligero, aunque la mejora se fue perdiendo a lo largo del año siguiente.',
      evidence: 'research-supported',
      sources: ['kneeMassageTrial'],
    },
    {
      text: 'Según una guía de cirujanos ortopédicos, el masaje puede usarse junto con la atención habitual para aliviar a corto plazo el dolor y mejorar la función en la artrosis de rodilla.',
      evidence: 'research-supported',
      sources: ['kneeGuidelineMassage'],
    },
    {
      text: 'La guía inglesa sobre artrosis pone primero el ejercicio y, si hace falta, la pérdida de peso, y propone valorar el trabajo manual de tejidos blandos solo junto con el ejercicio, no por sí solo.',
      evidence: 'research-supported',
      sources: ['niceOsteoarthritis'],
    },
    {
      text: 'Algunas personas con artrosis notan alivio con el automasaje; en un pequeño ensayo, quienes aprendieron a masajearse la parte delantera del muslo 20 minutos dos veces por semana dijeron tener menos dolor y rigidez de rodilla que un grupo en lista de espera, pero la flexión de la rodilla no cambió y nadie estaba cegado, así que la evidencia es limitada.',
      evidence: 'mixed',
      sources: ['kneeSelfMassageTrial'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Desliza las manos por el muslo y la pantorrilla hacia la rodilla y luego haz círculos suaves alrededor de la rótula, no encima.',
    },
    {
      technique: 'myofascial-release',
      fit: 'care',
      howTo: 'Mantén estiramientos ligeros y sostenidos del tejido blando alrededor de la rótula.',
    },
    {
      technique: 'trigger-point',
      fit: 'care',
      howTo: 'Trabaja los puntos sensibles de los músculos del muslo justo encima de la rodilla, no la articulación.',
    },
    {
      technique: 'deep-tissue',
      fit: 'avoid',
      howTo: 'Nada de presión firme sobre la articulación ni en la parte trasera de la rodilla.',
    },
    {
      technique: 'self-massage',
      fit: 'care',
      howTo: 'Amasa la parte delantera del muslo con las dos manos desde la cadera hasta justo encima de la rótula; nunca pases el rodillo por la rótula ni por detrás de la rodilla.',
    },
  ],
  cautions: [
    {
      text: 'Nada de presión firme ni rodillo detrás de la rodilla, por donde pasan nervios y grandes vasos sanguíneos.',
      evidence: 'mixed',
      sources: ['endangermentSites'],
    },
    {
      text: 'La hinchazón de pantorrilla o rodilla en un solo lado con calor, enrojecimiento o dolor como de calambre puede indicar un coágulo: no te des un masaje y haz que te vean ese mismo día.',
      evidence: 'research-supported',
      sources: ['dvtWarningSigns'],
    },
    {
      text: 'Una rodilla caliente e hinchada, o recién lesionada u operada, debe revisarla un profesional antes de cualquier masaje.',
      evidence: 'mixed',
      sources: ['nihMassageBackgrounder'],
    },
  ],
} satisfies PanelContent<SourceKey>;
