import { formatString, type PanelContent } from '@bodymap/core';
import { reflexologyPointNames } from '../atlas/soles/points.js';
import type { PanelName } from '../locales/panels.js';
import type { SourceKey } from '../sources.js';
import { joinPanel, messageKeys, type PanelFacts } from './facts.js';

/** A reflexology point's name, as in its panel name without `rfx-` (`heart` for `rfx-heart`). */
export type ReflexologyPoint = PanelName extends infer Name ? (Name extends `rfx-${infer Point}` ? Point : never) : never;

/**
 * The charts that place each point: traditional maps, cited for what the charts say and never as
 * evidence that the link is real. Every locale cites the same ones.
 */
export const chartSources = {
  'head-brain': ['reflexologyChartToes'],
  pituitary: ['reflexologyChartToes'],
  sinuses: ['reflexologyChartToes'],
  'neck-throat-thyroid': ['reflexologyChartToes'],
  eyes: ['reflexologyChartToes'],
  ears: ['reflexologyChartToes'],
  heart: ['reflexologyChartBall'],
  'lungs-chest': ['reflexologyChartBall', 'reflexologyChartPrinciples'],
  'shoulder-arm': ['reflexologyChartBall', 'reflexologyChartPrinciples'],
  diaphragm: ['reflexologyChartBall', 'reflexologyChartArch'],
  'solar-plexus': ['reflexologyChartDigestive'],
  liver: ['reflexologyChartArch', 'reflexologyChartFootMap'],
  gallbladder: ['reflexologyChartArch'],
  stomach: ['reflexologyChartAbmp', 'reflexologyChartArch'],
  spleen: ['reflexologyChartAbmp', 'reflexologyChartArch'],
  adrenal: ['reflexologyChartExcretory'],
  kidney: ['reflexologyChartExcretory', 'reflexologyChartArch'],
  'ureter-bladder': ['reflexologyChartExcretory'],
  'transverse-colon': ['reflexologyChartAbmp'],
  'small-intestine': ['reflexologyChartAbmp', 'reflexologyChartArch'],
  'ascending-colon': ['reflexologyChartAbmp'],
  'descending-sigmoid-colon': ['reflexologyChartAbmp'],
  spine: ['reflexologyChartPrinciples', 'reflexologyChartZones', 'reflexologyChartFootMap'],
  sciatic: ['reflexologyChartZones'],
  'pelvis-lower-back': ['reflexologyChartZones', 'reflexologyChartHeel'],
} as const satisfies Record<ReflexologyPoint, readonly SourceKey[]>;

/**
 * A point's facts: the charts' link, a traditional claim cited to the charts that place the point, and the caution
 * that tenderness says nothing about the organ, around what every point shares.
 */
function pointFacts(point: ReflexologyPoint): PanelFacts {
  return {
    claim: true,
    benefits: [
      { id: 'chart-link', evidence: 'traditional', sources: [...chartSources[point], 'reflexologyChartHistory', 'reflexologyReview'] },
      { id: 'soothing', evidence: 'mixed', sources: ['reflexologyReview', 'cancerResearchUkReflexology'] },
      { id: 'cancer-care', evidence: 'mixed', sources: ['cancerResearchUkReflexology', 'reflexologyCancerReview'] },
    ],
    // The evidence card: what research found about reflexology's claims.
    findings: [
      { id: 'no-condition-treated', direction: 'no-effect', sources: ['reflexologyReview'] },
      { id: 'body-measures', direction: 'no-effect', sources: ['reflexologyPhysiologyReview'] },
      { id: 'cancer-care', direction: 'unclear', sources: ['cancerResearchUkReflexology', 'reflexologyCancerReview'] },
      { id: 'calm-from-massage', direction: 'no-effect', sources: ['reflexologyReview'] },
      { id: 'tenderness-as-sign', direction: 'no-effect', sources: ['cancerResearchUkReflexology'] },
    ],
    techniques: [
      { technique: 'reflexology', fit: 'good' },
      { technique: 'self-massage', fit: 'good' },
      { technique: 'swedish', fit: 'good' },
    ],
    cautions: [
      { id: 'no-diagnosis', kind: 'see-a-doctor', evidence: 'research-supported', sources: ['reflexologyReview'] },
      { id: 'numb-feet', kind: 'take-care', evidence: 'research-supported', sources: ['iwgdfPrevention2023'] },
      { id: 'clot-signs', kind: 'see-a-doctor', evidence: 'research-supported', sources: ['nhsInformDvt', 'dvtWarningSigns'] },
      { id: 'injured-foot', kind: 'avoid', evidence: 'mixed', sources: ['reflexologyContraindications', 'reflexologyCautionsIllinois'] },
      { id: 'pregnancy', kind: 'take-care', evidence: 'traditional', sources: ['reflexologyContraindications', 'reflexologyCautionsIllinois', 'pregnancyPressurePoints'] },
    ],
  };
}

// Each point's own words sit under its name in the one file of messages: `heart.organ` ("the heart", as it reads
// inside a sentence, put into the shared texts' `{organ}`), `heart.location` and `heart.association`.
const pointFields = ['organ', 'location', 'association'] as const;

/** Every key of the points' file of messages: the texts they share, and each point's own words. */
export function reflexologyMessageKeys(): string[] {
  const keys = reflexologyPointNames.flatMap((point) => [
    ...messageKeys(pointFacts(point)).filter((key) => !key.startsWith('claim.')),
    ...pointFields.map((field) => `${point}.${field}`),
  ]);
  return [...new Set(keys)];
}

/** Every point's panel from the points' messages, its own words put into the shared ones. */
export function reflexologyPanels(text: (key: string) => string): Record<ReflexologyPoint, PanelContent<SourceKey>> {
  const panel = (point: ReflexologyPoint) =>
    joinPanel(pointFacts(point), (key) =>
      key.startsWith('claim.') ? text(`${point}.${key.slice('claim.'.length)}`) : formatString(text(key), { organ: text(`${point}.organ`) }),
    );
  return Object.fromEntries(reflexologyPointNames.map((point) => [point, panel(point)])) as Record<ReflexologyPoint, PanelContent<SourceKey>>;
}
