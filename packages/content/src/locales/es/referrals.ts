import { referralPack } from '../referrals.js';
import words from './referrals.json' with { type: 'json' };

/** The referral patterns' words in Spanish, joined to their grades and sources. */
export const referrals = referralPack(words);
