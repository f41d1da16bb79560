import type { ReferralShape } from '@bodymap/core';
import { forwardRef, memo, useId, type ComponentPropsWithoutRef } from 'react';
import { partClass } from './part-class.js';

interface ReferralDrawingProps extends ComponentPropsWithoutRef<'g'> {
  /** The patterns to draw, as the controller's snapshot holds them. */
  referrals: readonly ReferralShape[];
}

/**
 * The drawing of every referral pattern shown, with the hatch they share; see `BodyMapReferrals`,
 * which hands it what it draws so that this module needs nothing of the first view's.
 */
export const ReferralDrawing = forwardRef<SVGGElement, ReferralDrawingProps>(function ReferralDrawing({ referrals, className, ...groupProps }, forwardedRef) {
  // Unique to this map's drawing, so two maps on a page never share (or lose) a hatch.
  const hatch = `${useId()}referral-hatch`;
  // Nothing once the patterns go (a panel closed): the code stays loaded, the drawing does not.
  if (referrals.length === 0) {
    return null;
  }
  return (
    // A picture of what people report: it never takes a click or a tap from the regions under it.
    <g ref={forwardedRef} aria-hidden="true" pointerEvents="none" className={partClass('bodymap-referrals', className)} {...groupProps}>
      <defs>
        {/* Diagonal lines mark the area, so it reads apart from a selected region without its colour. */}
        <pattern id={hatch} patternUnits="userSpaceOnUse" width={3} height={3} patternTransform="rotate(45)">
          <rect className="bodymap-referral-tint" width={3} height={3} />
          <line className="bodymap-referral-hatch" x1={0.6} y1={0} x2={0.6} y2={3} strokeWidth={0.8} opacity={0.75} />
        </pattern>
      </defs>
      {referrals.map((referral) => (
        <ReferralPattern key={referral.id} referral={referral} hatch={hatch} />
      ))}
    </g>
  );
});

const ReferralPattern = memo(function ReferralPattern({ referral, hatch }: { referral: ReferralShape; hatch: string }) {
  const { paths, line: [[x1, y1], [x2, y2]] } = referral;
  const [x, y] = referral.spot;
  return (
    // Strokes keep their width on screen at every zoom.
    <g className="bodymap-referral" data-referral={referral.id} strokeLinecap="round">
      {paths.map((d, index) => (
        <path key={index} d={d} className="bodymap-referral-area" fill={`url(#${hatch})`} strokeWidth={1.5} strokeDasharray="4 3" vectorEffect="non-scaling-stroke" />
      ))}
      <line className="bodymap-referral-line" x1={x1} y1={y1} x2={x2} y2={y2} strokeWidth={1.25} strokeDasharray="1 3" vectorEffect="non-scaling-stroke" />
      <g transform={`translate(${x},${y})`}>
        <g className="bodymap-constant-size">
          <circle className="bodymap-referral-spot" r={5} fillOpacity={0.6} strokeWidth={2} vectorEffect="non-scaling-stroke" />
        </g>
      </g>
    </g>
  );
});
