import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../../en/sources.js';

export default {
  summary:
    'La parte delantera de la espinilla es casi todo hueso, así que aquí el masaje se hace con suavidad sobre el músculo de al lado; para la periostitis tibial, el reposo importa más que el masaje.',
  benefits: [
    {
      text: 'Los estudios sugieren que el masaje después de un ejercicio intenso puede aliviar las agujetas durante unos días, aunque los ensayos se centraron sobre todo en muslo, pantorrilla y brazo, no en la espinilla.',
      evidence: 'research-supported',
      sources: ['sorenessMeta'],
    },
    {
      text: 'Los estudios sugieren que, para corredores, el masaje deportivo puede dar pequeñas mejoras de flexibilidad, según una revisión, pero no más velocidad, fuerza ni resistencia, así que toma el masaje de la espinilla como algo para estar cómodo, no para entrenar mejor.',
      evidence: 'research-supported',
      sources: ['sportsMassageMeta'],
    },
    {
      text: 'Algunas personas con periostitis tibial (dolor de espinillas) buscan masaje, pero no se ha estudiado bien; los servicios de salud aconsejan reposo, frío y una vuelta gradual a correr, y las revisiones no encontraron ningún método de prevención claramente demostrado, así que la evidencia es limitada.',
      evidence: 'mixed',
      sources: ['shinSplintsHse', 'shinSplintsPreventionReview'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Desliza las manos hacia arriba por el músculo del lado externo de la tibia, desde el tobillo hasta la rodilla.',
    },
    {
      technique: 'sports',
      fit: 'good',
      howTo: 'Pasadas ligeras después de correr; un trabajo de mantenimiento más firme entre días de entrenamiento.',
    },
    {
      technique: 'trigger-point',
      fit: 'care',
      howTo: 'Mantén una presión suave sobre los puntos sensibles del músculo justo por fuera de la tibia, a un palmo por debajo de la rodilla.',
    },
    {
      technique: 'deep-tissue',
      fit: 'care',
      howTo: 'Solo sobre el músculo junto a la tibia, nunca sobre el hueso.',
    },
    {
      technique: 'self-massage',
      fit: 'care',
      howTo: 'Haz rodar despacio el músculo externo de la espinilla sobre un rodillo o una pelota, sin apoyar el hueso.',
    },
  ],
  cautions: [
    {
      text: 'Mantén la presión y las herramientas lejos de la tibia.',
      evidence: 'mixed',
      sources: ['endangermentSites'],
    },
    {
      text: 'Un dolor en un punto pequeño del hueso, un dolor intenso o que empeora, o uno que no mejora tras una semana de reposo debe verlo un médico: puede ser una fractura por estrés.',
      evidence: 'research-supported',
      sources: ['shinSplintsHse', 'shinSplintsNhs'],
    },
    {
      text: 'La hinchazón, el calor, el enrojecimiento o un dolor como de calambre en una sola pierna pueden indicar un coágulo: no te des un masaje y haz que te vean ese mismo día.',
      evidence: 'research-supported',
      sources: ['dvtWarningSigns'],
    },
    {
      text: 'Si la diabetes te ha quitado sensibilidad en los pies y la parte baja de las piernas, usa una presión ligera y revisa después la piel por si hay marcas que no hayas notado.',
      evidence: 'research-supported',
      sources: ['diabeticFootCare'],
    },
  ],
} satisfies PanelContent<SourceKey>;
