import type { Benefit, Caution, PanelContent, TechniqueUse } from '@bodymap/core';
import type { SourceKey } from './en/sources.js';
import { reflexologyPointNames } from '../atlas/soles/points.js';
import type { PanelLoader, PanelName } from './panels.js';

/** A reflexology point's name, as in its panel name without `rfx-` (`heart` for `rfx-heart`). */
export type ReflexologyPoint = PanelName extends infer Name ? (Name extends `rfx-${infer Point}` ? Point : never) : never;

/**
 * The charts that place each point: traditional maps, cited for what the charts say and never as
 * evidence that the link is real. Every locale cites the same ones.
 */
export const chartSources = {
  'head-brain': ['reflexologyChartToes'],
  pituitary: ['reflexologyChartToes'],
  sinuses: ['reflexologyChartToes', 'reflexologyChartSinuses'],
  'neck-throat-thyroid': ['reflexologyChartToes'],
  eyes: ['reflexologyChartToes'],
  ears: ['reflexologyChartToes'],
  heart: ['reflexologyChartBall'],
  'lungs-chest': ['reflexologyChartBall', 'reflexologyChartPrinciples'],
  'shoulder-arm': ['reflexologyChartBall', 'reflexologyChartPrinciples'],
  diaphragm: ['reflexologyChartBall', 'reflexologyChartArch'],
  'solar-plexus': ['reflexologyChartDigestive', 'reflexologyChartAdrenals'],
  liver: ['reflexologyChartArch', 'reflexologyChartLiverGallbladder', 'reflexologyChartFootMap'],
  gallbladder: ['reflexologyChartLiverGallbladder', 'reflexologyChartArch'],
  stomach: ['reflexologyChartAbmp', 'reflexologyChartArch'],
  spleen: ['reflexologyChartAbmp', 'reflexologyChartArch'],
  adrenal: ['reflexologyChartAdrenals'],
  kidney: ['reflexologyChartKidneyBladder', 'reflexologyChartExcretory', 'reflexologyChartArch'],
  'ureter-bladder': ['reflexologyChartKidneyBladder'],
  'transverse-colon': ['reflexologyChartAbmp'],
  'small-intestine': ['reflexologyChartAbmp', 'reflexologyChartArch'],
  'ascending-colon': ['reflexologyChartAbmp'],
  'descending-sigmoid-colon': ['reflexologyChartAbmp'],
  spine: ['reflexologyChartPrinciples', 'reflexologyChartZones', 'reflexologyChartFootMap'],
  sciatic: ['reflexologyChartZones'],
  'pelvis-lower-back': ['reflexologyChartZones', 'reflexologyChartHeel'],
} as const satisfies Record<ReflexologyPoint, readonly SourceKey[]>;

/** One point's own words in a locale. */
export interface PointText {
  /** What the charts link the point to, as it reads inside a sentence ("the heart"). */
  readonly organ: string;
  /** Where the point is on the sole, in plain words. */
  readonly location: string;
  /** What the charts link it to, as a sentence. */
  readonly association: string;
}

/** The parts every point's panel shares in a locale; the functions put the point's organ into a sentence. */
export interface SharedReflexologyText {
  readonly summary: (organ: string) => string;
  /** The evidence card: what research found about reflexology's claims. */
  readonly findings: readonly Benefit<SourceKey>[];
  /** The text of the benefit that states the chart's link itself, a traditional claim. */
  readonly chartLink: (organ: string) => string;
  readonly benefits: readonly Benefit<SourceKey>[];
  readonly techniques: readonly TechniqueUse[];
  /** The caution that a spot's tenderness says nothing about the organ. */
  readonly noDiagnosis: (organ: string) => string;
  readonly cautions: readonly Caution<SourceKey>[];
}

/** Builds every point's panel from its own words and the shared parts, so all locales share one shape. */
export function reflexologyPanels(
  points: Readonly<Record<ReflexologyPoint, PointText>>,
  shared: SharedReflexologyText,
): Record<ReflexologyPoint, PanelContent<SourceKey>> {
  const panel = (point: ReflexologyPoint): PanelContent<SourceKey> => {
    const { organ, location, association } = points[point];
    return {
      summary: shared.summary(organ),
      claim: { location, association, findings: shared.findings },
      benefits: [
        {
          text: shared.chartLink(organ),
          evidence: 'traditional',
          sources: [...chartSources[point], 'reflexologyChartHistory', 'reflexologyReview'],
        },
        ...shared.benefits,
      ],
      techniques: shared.techniques,
      cautions: [
        { text: shared.noDiagnosis(organ), evidence: 'research-supported', sources: ['reflexologyReview'] },
        ...shared.cautions,
      ],
    };
  };
  return Object.fromEntries(
    reflexologyPointNames.map((point) => [point, panel(point)]),
  ) as Record<ReflexologyPoint, PanelContent<SourceKey>>;
}

/**
 * A locale's panel loader for every point. All the points' panels come from one module (`load` imports it), so
 * opening one loads them all at once.
 */
export function reflexologyLoaders(
  load: () => Promise<Readonly<Record<ReflexologyPoint, PanelContent>>>,
): Record<`rfx-${ReflexologyPoint}`, PanelLoader> {
  return Object.fromEntries(
    reflexologyPointNames.map((point) => [`rfx-${point}`, () => load().then((panels) => panels[point])]),
  ) as Record<`rfx-${ReflexologyPoint}`, PanelLoader>;
}
