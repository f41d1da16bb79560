import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../../en/sources.js';

export default {
  summary:
    'El masaje del antebrazo puede aliviar los músculos cansados de agarrar, levantar peso o escribir en el teclado; la evidencia para problemas concretos como el codo de tenista o el túnel carpiano es escasa.',
  benefits: [
    {
      text: 'Algunas personas con codo de tenista usan el masaje de fricción profunda a lo ancho del tendón dolorido, pero una revisión Cochrane encontró muy poca evidencia para saber si ayuda con el dolor o la fuerza de agarre.',
      evidence: 'mixed',
      sources: ['frictionMassageCochrane'],
    },
    {
      text: 'Algunas personas con síntomas de túnel carpiano notan alivio con el masaje; en dos pequeños ensayos, un masaje semanal del antebrazo y la mano más automasaje diario alivió los síntomas y mejoró la fuerza de agarre, pero ninguno usó un masaje simulado, así que la evidencia es limitada.',
      evidence: 'mixed',
      sources: ['carpalTunnelSelfMassageTrial', 'carpalTunnelMassageTrial'],
    },
    {
      text: 'Algunas personas notan que los nudos sensibles, frecuentes en el antebrazo de quien agarra mucho, molestan menos al presionarlos tras una presión sostenida; una revisión de ensayos lo confirmó, pero no vio una reducción clara del dolor que la gente sentía, así que la evidencia es limitada.',
      evidence: 'mixed',
      sources: ['ischemicCompressionMeta'],
    },
    {
      text: 'Los estudios sugieren que, después de una sesión dura de escalada, pesas o deportes de raqueta, el masaje puede hacer que los músculos duelan menos en los días siguientes, aunque la mayoría de los ensayos estudiaron músculos más grandes.',
      evidence: 'research-supported',
      sources: ['sorenessMeta'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Desliza las manos desde la muñeca hasta el codo y luego amasa los músculos de ambos lados del antebrazo.',
    },
    {
      technique: 'trigger-point',
      fit: 'good',
      howTo: 'Mantén presionados de 30 a 60 segundos los puntos sensibles del músculo grueso justo por debajo del codo.',
    },
    {
      technique: 'deep-tissue',
      fit: 'care',
      howTo: 'Pasadas firmes solo sobre los músculos, aflojando cerca de los huesos del codo y de la cara interna de la muñeca.',
    },
    {
      technique: 'myofascial-release',
      fit: 'good',
      howTo: 'Sujeta suavemente el músculo del antebrazo con el pulgar y dobla y estira la muñeca despacio por debajo.',
    },
    {
      technique: 'sports',
      fit: 'good',
      howTo: 'Pasadas rápidas y ligeras entre vías de escalada o partidos; un trabajo más lento y completo en los días de descanso.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Apoya el antebrazo en una mesa y hazlo rodar despacio sobre una pelota, o apriétalo a lo largo con la otra mano.',
    },
  ],
  cautions: [
    {
      text: 'Para si la presión te produce hormigueo o entumecimiento en la mano o los dedos.',
      evidence: 'mixed',
      sources: ['adverseEventsReview'],
    },
    {
      text: 'Si tomas anticoagulantes o te salen moratones con facilidad, evita el masaje profundo o fuerte y pregunta a tu médico qué es seguro.',
      evidence: 'mixed',
      sources: ['nccihMassage'],
    },
    {
      text: 'No toques un codo o una muñeca caliente, hinchada o recién lesionada, y nunca masajees sobre una posible fractura.',
      evidence: 'mixed',
      sources: ['nihMassageBackgrounder'],
    },
  ],
} satisfies PanelContent<SourceKey>;
