import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../../en/sources.js';

export default {
  summary:
    'Estas son las siete vértebras del cuello. El masaje trabaja los músculos que hay a cada lado, con suavidad y sin giros bruscos.',
  benefits: [
    {
      text: 'Algunas personas con dolor de cuello persistente notan un alivio pequeño y breve con el masaje de los músculos que rodean estas vértebras; la evidencia es limitada.',
      evidence: 'mixed',
      sources: ['cochraneNeck'],
    },
    {
      text: 'También se estudiaron los dolores de cabeza que nacen en el cuello, pero había muy pocos ensayos para saber si el masaje ayuda.',
      evidence: 'mixed',
      sources: ['cochraneNeck'],
    },
    {
      text: 'Los estudios sugieren que un trabajo suave en la base del cráneo puede bajar la ansiedad en el momento, algo que a mucha gente le resulta relajante.',
      evidence: 'research-supported',
      sources: ['moyerMetaAnalysis'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Haz círculos con las yemas de los dedos bajo el borde del cráneo, junto a la línea media, y luego desliza las manos hacia abajo por los músculos de cada lado.',
    },
    {
      technique: 'myofascial-release',
      fit: 'care',
      howTo: 'Usa una presión ligera y mantenida junto a la columna, nunca un tirón que haga girar el cuello.',
    },
    {
      technique: 'trigger-point',
      fit: 'avoid',
      howTo: 'No presiones puntos sobre el propio hueso; trabaja en su lugar los puntos sensibles de los músculos de al lado.',
    },
    {
      technique: 'deep-tissue',
      fit: 'avoid',
      howTo: 'Nunca presiones fuerte sobre la cresta de hueso de la parte de atrás del cuello.',
    },
    {
      technique: 'self-massage',
      fit: 'avoid',
      howTo: 'No pongas pelotas ni rodillos sobre las vértebras del cuello; usa las yemas de los dedos en los músculos de al lado.',
    },
  ],
  cautions: [
    {
      text: 'Nada de giros forzados, estiramientos hasta el límite ni chasquidos con impulso, y para si te mareas o te cambia la vista.',
      evidence: 'mixed',
      sources: ['adverseEventsReview', 'massageSafetyReview'],
    },
    {
      text: 'El masaje no es manipulación de la columna: la mayoría de los daños graves descritos tras un tratamiento manual tienen que ver con la manipulación, no con el masaje corriente.',
      evidence: 'mixed',
      sources: ['adverseEventsReview', 'massageSafetyReview'],
    },
    {
      text: 'No hagas presión firme sobre los bultos de hueso del centro.',
      evidence: 'mixed',
      sources: ['endangermentSites'],
    },
  ],
} satisfies PanelContent<SourceKey>;
