import type { ContentPack, PanelContent } from '@bodymap/core';
import type { RegionId } from '../../atlas/regions.js';

type PanelLoader = () => Promise<PanelContent>;

// One loader per panel, shared by left and right, so each panel's text loads once and only when opened.
const headTemple: PanelLoader = () => import('./panels/head-temple.js').then((module) => module.default);
const headFace: PanelLoader = () => import('./panels/head-face.js').then((module) => module.default);
const headBack: PanelLoader = () => import('./panels/head-back.js').then((module) => module.default);
const neck: PanelLoader = () => import('./panels/neck.js').then((module) => module.default);
const neckFront: PanelLoader = () => import('./panels/neck-front.js').then((module) => module.default);
const shoulder: PanelLoader = () => import('./panels/shoulder.js').then((module) => module.default);
const chest: PanelLoader = () => import('./panels/chest.js').then((module) => module.default);
const abdomen: PanelLoader = () => import('./panels/abdomen.js').then((module) => module.default);
const upperBack: PanelLoader = () => import('./panels/upper-back.js').then((module) => module.default);
const midBack: PanelLoader = () => import('./panels/mid-back.js').then((module) => module.default);
const lowerBack: PanelLoader = () => import('./panels/lower-back.js').then((module) => module.default);
const spineCervical: PanelLoader = () => import('./panels/spine-cervical.js').then((module) => module.default);
const spineThoracic: PanelLoader = () => import('./panels/spine-thoracic.js').then((module) => module.default);
const spineLumbar: PanelLoader = () => import('./panels/spine-lumbar.js').then((module) => module.default);
const spineSacral: PanelLoader = () => import('./panels/spine-sacral.js').then((module) => module.default);
const hipGlute: PanelLoader = () => import('./panels/hip-glute.js').then((module) => module.default);
const upperArm: PanelLoader = () => import('./panels/upper-arm.js').then((module) => module.default);
const forearm: PanelLoader = () => import('./panels/forearm.js').then((module) => module.default);
const hand: PanelLoader = () => import('./panels/hand.js').then((module) => module.default);
const thigh: PanelLoader = () => import('./panels/thigh.js').then((module) => module.default);
const knee: PanelLoader = () => import('./panels/knee.js').then((module) => module.default);
const shin: PanelLoader = () => import('./panels/shin.js').then((module) => module.default);
const calf: PanelLoader = () => import('./panels/calf.js').then((module) => module.default);
const foot: PanelLoader = () => import('./panels/foot.js').then((module) => module.default);

const labels = {
  'head-temple-left': 'Sien izquierda',
  'head-temple-right': 'Sien derecha',
  'head-face': 'Cara y mandíbula',
  'head-back': 'Parte posterior de la cabeza',
  'neck-front': 'Parte delantera del cuello',
  'neck-left': 'Lado izquierdo del cuello',
  'neck-right': 'Lado derecho del cuello',
  'shoulder-left': 'Hombro izquierdo',
  'shoulder-right': 'Hombro derecho',
  'chest-left': 'Lado izquierdo del pecho',
  'chest-right': 'Lado derecho del pecho',
  abdomen: 'Abdomen',
  'upper-back-left': 'Parte superior izquierda de la espalda',
  'upper-back-right': 'Parte superior derecha de la espalda',
  'mid-back-left': 'Parte media izquierda de la espalda',
  'mid-back-right': 'Parte media derecha de la espalda',
  'lower-back-left': 'Zona lumbar izquierda',
  'lower-back-right': 'Zona lumbar derecha',
  'spine-cervical': 'Columna cervical (cuello)',
  'spine-thoracic': 'Columna dorsal (parte alta y media)',
  'spine-lumbar': 'Columna lumbar',
  'spine-sacral': 'Sacro y coxis',
  'hip-glute-left': 'Cadera y glúteo izquierdos',
  'hip-glute-right': 'Cadera y glúteo derechos',
  'upper-arm-left': 'Brazo izquierdo',
  'upper-arm-right': 'Brazo derecho',
  'forearm-left': 'Antebrazo izquierdo',
  'forearm-right': 'Antebrazo derecho',
  'hand-left': 'Mano izquierda',
  'hand-right': 'Mano derecha',
  'thigh-left': 'Muslo izquierdo',
  'thigh-right': 'Muslo derecho',
  'knee-left': 'Rodilla izquierda',
  'knee-right': 'Rodilla derecha',
  'shin-left': 'Espinilla izquierda',
  'shin-right': 'Espinilla derecha',
  'calf-left': 'Pantorrilla izquierda',
  'calf-right': 'Pantorrilla derecha',
  'foot-left': 'Pie izquierdo',
  'foot-right': 'Pie derecho',
} as const satisfies Record<RegionId, string>;

const panels = {
  'head-temple-left': headTemple,
  'head-temple-right': headTemple,
  'head-face': headFace,
  'head-back': headBack,
  'neck-front': neckFront,
  'neck-left': neck,
  'neck-right': neck,
  'shoulder-left': shoulder,
  'shoulder-right': shoulder,
  'chest-left': chest,
  'chest-right': chest,
  abdomen,
  'upper-back-left': upperBack,
  'upper-back-right': upperBack,
  'mid-back-left': midBack,
  'mid-back-right': midBack,
  'lower-back-left': lowerBack,
  'lower-back-right': lowerBack,
  'spine-cervical': spineCervical,
  'spine-thoracic': spineThoracic,
  'spine-lumbar': spineLumbar,
  'spine-sacral': spineSacral,
  'hip-glute-left': hipGlute,
  'hip-glute-right': hipGlute,
  'upper-arm-left': upperArm,
  'upper-arm-right': upperArm,
  'forearm-left': forearm,
  'forearm-right': forearm,
  'hand-left': hand,
  'hand-right': hand,
  'thigh-left': thigh,
  'thigh-right': thigh,
  'knee-left': knee,
  'knee-right': knee,
  'shin-left': shin,
  'shin-right': shin,
  'calf-left': calf,
  'calf-right': calf,
  'foot-left': foot,
  'foot-right': foot,
} satisfies Record<RegionId, PanelLoader>;

export const es: ContentPack<RegionId> = {
  version: 1,
  locale: 'es',
  strings: {
    mapLabel: 'Mapa del cuerpo',
    views: { front: 'Frente', back: 'Espalda' },
    viewSwitchLabel: 'Vista del cuerpo',
    benefits: 'Beneficios',
    techniques: 'Técnicas',
    cautions: 'Precauciones',
    sources: 'Fuentes',
    close: 'Cerrar',
    loading: 'Cargando…',
    loadFailed: 'No se pudo cargar esta información.',
    retry: 'Reintentar',
    disclaimer:
      'Información general, no consejo médico: si tienes algún problema de salud o síntomas que te preocupan, habla con un profesional de la salud antes de recibir un masaje.',
    panelOpened: 'Panel abierto: {region}',
    viewChanged: 'Vista de {view}',
    evidence: {
      'research-supported': 'Respaldado por estudios',
      mixed: 'Evidencia mixta',
      traditional: 'Creencia tradicional',
    },
    fit: {
      good: 'Buena opción',
      care: 'Con precaución',
      avoid: 'No recomendada',
    },
    glossary: {
      about: 'Sobre esta técnica',
      pressure: 'Presión',
      pressureRange: 'De {min} a {max} en una escala de 1 (muy ligera) a 5 (profunda)',
      duration: 'Duración habitual',
      evidence: 'Qué dice la investigación',
    },
  },
  labels,
  sources: () => import('../en/sources.js').then((module) => module.sources),
  glossary: () => import('./glossary.js').then((module) => module.glossary),
  techniques: {
    swedish: { name: 'Masaje sueco' },
    'deep-tissue': { name: 'Masaje de tejido profundo' },
    'trigger-point': { name: 'Terapia de puntos gatillo' },
    'myofascial-release': { name: 'Liberación miofascial' },
    sports: { name: 'Masaje deportivo' },
    reflexology: { name: 'Reflexología' },
    'self-massage': { name: 'Automasaje' },
  },
  panels,
};
