import type { ReferralShape } from '@bodymap/core';
import { forwardRef, memo, useId, type ComponentPropsWithoutRef } from 'react';

interface ReferralDrawingProps extends ComponentPropsWithoutRef<'g'> {
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
    <g ref={forwardedRef} aria-hidden="true" className={className ? `bodymap-referrals ${className}` : 'bodymap-referrals'} {...groupProps}>
      <defs>
        {/* Diagonal lines mark the area, so it reads apart from a selected region without its colour. */}
        <pattern id={hatch} patternUnits="userSpaceOnUse" width={3} height={3} patternTransform="rotate(45)">
          <rect className="bodymap-referral-tint" width={3} height={3} />
          <line className="bodymap-referral-hatch" x1={0.6} y1={0} x2={0.6} y2={3} />
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
    <g className="bodymap-referral" data-referral={referral.id}>
      {paths.map((d, index) => (
        <path key={index} d={d} className="bodymap-referral-area" fill={`url(#${hatch})`} />
      ))}
      <line className="bodymap-referral-line" x1={x1} y1={y1} x2={x2} y2={y2} />
      <g transform={`translate(${x},${y})`}>
        <g className="bodymap-constant-size">
          <circle className="bodymap-referral-spot" r={5} />
        </g>
      </g>
    </g>
  );
});
