import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../../en/sources.js';

export default {
  summary:
    'Estas son las cinco vértebras de la zona lumbar. El masaje trabaja los músculos gruesos que hay a cada lado, donde puede aliviar el dolor de espalda durante un tiempo.',
  benefits: [
    {
      text: 'Los estudios sugieren que el masaje de los músculos de alrededor puede aliviar el dolor lumbar a corto plazo, aunque la certeza de la evidencia es baja.',
      evidence: 'research-supported',
      sources: ['cochraneLowBack', 'acpLowBackGuideline'],
    },
    {
      text: 'En un ensayo grande, el masaje de relajación ayudó con el dolor lumbar de larga duración más o menos igual que un masaje estructural más dirigido.',
      evidence: 'research-supported',
      sources: ['lowBackMassageTrial'],
    },
    {
      text: 'Una guía de médicos de Estados Unidos menciona el masaje como un primer paso sensato sin medicamentos para el dolor de espalda reciente, aunque la evidencia que lo respalda es débil.',
      evidence: 'research-supported',
      sources: ['acpLowBackGuideline', 'nccihLowBack'],
    },
    {
      text: 'Los estudios sugieren que las mejoras pueden desaparecer al dejar las sesiones, así que el masaje ayuda más si a la vez te mantienes activo.',
      evidence: 'research-supported',
      sources: ['nccihMassage', 'lowBackMassageTrial'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Haz pasadas amplias hacia arriba por los cordones musculares a cada lado de la columna, sin pasar por la cresta central.',
    },
    {
      technique: 'myofascial-release',
      fit: 'care',
      howTo: 'Estiramiento suave y sostenido del tejido junto a la columna, sin presionar nunca el hueso.',
    },
    {
      technique: 'deep-tissue',
      fit: 'avoid',
      howTo: 'Nada de presión profunda sobre las vértebras lumbares; deja el trabajo firme para los músculos de al lado.',
    },
    {
      technique: 'trigger-point',
      fit: 'avoid',
      howTo: 'No sobre el hueso; mantén la presión en los puntos sensibles de los cordones musculares de cada lado.',
    },
    {
      technique: 'self-massage',
      fit: 'care',
      howTo: 'Apóyate contra la pared sobre dos pelotas metidas en un calcetín, una a cada lado de la columna; nunca uses el rodillo de espuma directamente sobre la parte baja de la columna.',
    },
  ],
  cautions: [
    {
      text: 'Urgencia: el entumecimiento alrededor de los genitales, el ano o la cara interna de los muslos, los problemas nuevos de vejiga o intestino, o unas piernas que se debilitan rápido requieren atención de urgencias de inmediato.',
      evidence: 'research-supported',
      sources: ['caudaEquinaWarning'],
    },
    {
      text: 'Si el dolor baja por una pierna, haz que lo valoren antes de un masaje firme.',
      evidence: 'mixed',
      sources: ['adverseEventsReview'],
    },
    {
      text: 'Nada de chasquidos con impulso ni manipulaciones forzadas como parte del masaje; las lesiones de disco y de nervios que se han descrito se concentran en ese tipo de técnicas.',
      evidence: 'mixed',
      sources: ['adverseEventsReview', 'massageSafetyReview'],
    },
  ],
} satisfies PanelContent<SourceKey>;
