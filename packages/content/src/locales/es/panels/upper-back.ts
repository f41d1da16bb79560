import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../../en/sources.js';

export default {
  summary: 'El masaje entre los omóplatos y sobre ellos sirve sobre todo para relajarse y sentirse mejor a corto plazo.',
  benefits: [
    {
      text: 'Pocos ensayos estudian la parte alta de la espalda por sí sola. La investigación sobre el cuello y la zona lumbar encuentra un alivio del dolor pequeño y casi siempre breve, así que aquí cabe esperar lo mismo como mucho; la evidencia es limitada.',
      evidence: 'mixed',
      sources: ['cochraneNeck', 'cochraneLowBack'],
    },
    {
      text: 'Los estudios sugieren que una sesión puede bajar durante un rato la ansiedad, la frecuencia cardíaca y la presión arterial, y que una serie de sesiones puede aliviar con el tiempo la ansiedad y el ánimo bajo.',
      evidence: 'research-supported',
      sources: ['moyerMetaAnalysis', 'depressionMetaAnalysis'],
    },
    {
      text: 'En un ensayo con personas con trastorno de ansiedad generalizada, el masaje sueco dos veces por semana durante seis semanas redujo la ansiedad más que un toque ligero.',
      evidence: 'research-supported',
      sources: ['rapaportAnxietyTrial'],
    },
    {
      text: 'Algunas personas duermen mejor después de un masaje lento en la espalda; los estudios son pocos y pequeños, así que la evidencia es limitada.',
      evidence: 'mixed',
      sources: ['cancerSleepReview'],
    },
    {
      text: 'Los estudios sugieren que un rodillo de espuma o una pelota puede darte algo más de soltura durante un rato, igual que los estiramientos, aunque casi toda esa investigación se ha hecho con músculos de las piernas.',
      evidence: 'research-supported',
      sources: ['foamRollingRange', 'foamRollingPerformance'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Desliza las manos hacia arriba junto a la columna, ábrelas en abanico sobre cada omóplato y luego amasa la franja entre la columna y el omóplato.',
    },
    {
      technique: 'deep-tissue',
      fit: 'good',
      howTo: 'Con el brazo colgando fuera de la camilla o apoyado detrás de la espalda, haz pasadas lentas por el borde interno del omóplato.',
    },
    {
      technique: 'trigger-point',
      fit: 'good',
      howTo: 'Mantén presionados de 30 a 60 segundos los puntos sensibles entre la columna y el omóplato, aflojando a medida que se ablanden.',
    },
    {
      technique: 'myofascial-release',
      fit: 'good',
      howTo: 'Cruza las manos sobre la parte alta de la espalda, separa el tejido con suavidad y mantén hasta que ceda.',
    },
    {
      technique: 'sports',
      fit: 'good',
      howTo: 'El trabajo regular de mantenimiento va bien a quienes practican remo, natación o deportes de raqueta.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Coloca una pelota de tenis entre la espalda y la pared, junto a la columna, y dobla las rodillas para hacerla rodar, unos dos minutos por lado.',
    },
  ],
  cautions: [
    {
      text: 'No hagas presión firme sobre los bultos óseos de la columna ni sobre las costillas.',
      evidence: 'mixed',
      sources: ['endangermentSites'],
    },
    {
      text: 'Si tienes osteoporosis o alguna vez te has roto un hueso con facilidad, pide un toque ligero y una postura cuidadosa, porque las costillas y las vértebras pueden fisurarse con una fuerza moderada.',
      evidence: 'mixed',
      sources: ['osteoporosisSafety', 'nihMassageBackgrounder'],
    },
    {
      text: 'Consulta a un médico antes del masaje si el dolor de espalda no se calma nunca y empeora por la noche, o si además tienes fiebre, pierdes peso sin proponértelo o has tenido cáncer.',
      evidence: 'mixed',
      sources: ['backPainRedFlags'],
    },
  ],
} satisfies PanelContent<SourceKey>;
