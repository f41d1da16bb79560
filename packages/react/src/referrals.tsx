import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { useBodyMapState } from './context.js';
import { useLoadable } from './use-loadable.js';

// The drawing's code loads with the first pattern shown, so a map whose panels never open does not download it.
const loadDrawing = () => import('./referral-drawing.js');

export type BodyMapReferralsProps = ComponentPropsWithoutRef<'g'>;

/**
 * The trigger-point referral patterns of the open region, inside the viewport above the regions:
 * each area the pain is reported to reach, hatched and outlined with a dashed line, joined by a line
 * to a ring at the spot where pressure is applied. Decorative and never in the way: the open
 * region's panel says the same in words, with its grade and sources.
 * @selector [data-referral] one pattern, by its id in the atlas
 */
export const BodyMapReferrals = forwardRef<SVGGElement, BodyMapReferralsProps>(function BodyMapReferrals(props, forwardedRef) {
  const referrals = useBodyMapState((state) => state.referrals);
  const { state } = useLoadable(referrals.length > 0 ? loadDrawing : undefined);
  return state?.status === 'loaded' ? <state.value.ReferralDrawing ref={forwardedRef} referrals={referrals} {...props} /> : null;
});
