import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../../en/sources.js';

export default {
  summary:
    'El masaje puede aliviar el dolor lumbar a corto plazo, y un masaje suave de relajación parece ayudar más o menos igual que un trabajo más profundo.',
  benefits: [
    {
      text: 'Los estudios sugieren que el masaje puede aliviar el dolor lumbar a corto plazo en comparación con no recibir tratamiento, aunque una revisión Cochrane consideró que la evidencia es débil.',
      evidence: 'research-supported',
      sources: ['cochraneLowBack', 'lowBackReviewOfReviews'],
    },
    {
      text: 'Para el dolor de espalda reciente, una guía de médicos de Estados Unidos incluye el masaje entre las primeras opciones sensatas sin medicamentos, junto con el calor, la acupuntura y la manipulación de la columna, aunque califica la evidencia de débil.',
      evidence: 'research-supported',
      sources: ['acpLowBackGuideline', 'nccihLowBack'],
    },
    {
      text: 'En un ensayo con 401 adultos con dolor lumbar de larga duración, diez sesiones semanales de masaje de relajación o estructural mejoraron la capacidad para hacer las cosas a las 10 semanas, en comparación con la atención habitual; al cabo de un año quedaba poco de esa mejora.',
      evidence: 'research-supported',
      sources: ['lowBackMassageTrial'],
    },
    {
      text: 'En ese ensayo, el masaje suave de relajación funcionó más o menos igual que un trabajo más especializado, lo que sugiere que quizá no haga falta una presión firme.',
      evidence: 'research-supported',
      sources: ['lowBackMassageTrial'],
    },
    {
      text: 'Los estudios sugieren que el masaje puede mejorar el ánimo y ayudarte a relajarte, lo que quizá te facilite seguir activo, que es el consejo principal para el dolor de espalda; esa relación está menos estudiada.',
      evidence: 'research-supported',
      sources: ['moyerMetaAnalysis', 'acpLowBackGuideline'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Haz pasadas amplias hacia arriba por ambos lados de la columna desde su base y luego amasa los costados entre las costillas y la pelvis.',
    },
    {
      technique: 'deep-tissue',
      fit: 'care',
      howTo: 'Pasadas lentas con el antebrazo por los músculos junto a la columna, comprobando a menudo la presión; para si el dolor se extiende por una pierna.',
    },
    {
      technique: 'trigger-point',
      fit: 'good',
      howTo: 'Acuéstate de lado y pide que te mantengan una presión constante con el pulgar sobre los puntos sensibles del músculo profundo que hay entre la última costilla y la pelvis.',
    },
    {
      technique: 'myofascial-release',
      fit: 'good',
      howTo: 'Cruza las manos sobre la zona lumbar, estira con suavidad y mantén hasta que el tejido se ablande.',
    },
    {
      technique: 'sports',
      fit: 'good',
      howTo: 'Pasadas ligeras después de competir; trabajo de mantenimiento en deportes con cargas y giros.',
    },
    {
      technique: 'self-massage',
      fit: 'care',
      howTo: 'Mete dos pelotas de tenis en un calcetín y haz un nudo, apóyalas contra la pared con una a cada lado de la columna y hazlas rodar; no uses el rodillo de espuma directamente sobre la parte baja de la columna.',
    },
  ],
  cautions: [
    {
      text: 'Urgencia: si el dolor de espalda viene con entumecimiento alrededor de los genitales, el ano o la cara interna de los muslos, con problemas nuevos para orinar o hacer de vientre o para aguantarlos, o con piernas que se debilitan rápido, necesitas atención de urgencias ya, no un masaje.',
      evidence: 'research-supported',
      sources: ['caudaEquinaWarning'],
    },
    {
      text: 'Consulta a un médico antes del masaje si el dolor de espalda viene con fiebre, pérdida de peso sin explicación, antecedentes de cáncer o una caída fuerte, o si no se calma nunca y empeora por la noche.',
      evidence: 'mixed',
      sources: ['backPainRedFlags'],
    },
    {
      text: 'Si tienes dolor, entumecimiento u hormigueo que baja por una pierna, haz que te lo revisen primero y mantén una presión ligera hasta entonces; los tratamientos manuales bruscos se han relacionado con problemas de disco.',
      evidence: 'mixed',
      sources: ['adverseEventsReview'],
    },
    {
      text: 'Nada de golpeteos sobre los riñones, justo debajo de las últimas costillas.',
      evidence: 'mixed',
      sources: ['endangermentSites'],
    },
    {
      text: 'A partir de la mitad del embarazo, recibe el masaje acostada de lado en lugar de boca arriba.',
      evidence: 'research-supported',
      sources: ['supineHypotension'],
    },
  ],
} satisfies PanelContent<SourceKey>;
