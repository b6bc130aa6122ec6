import { SOURCES } from './sources';

/** What every ball or hand hold should feel like (Ingraham, PainScience: about 5–7/10). */
export const PRESSURE_FEEL =
  'A strong, dull "good pain" of about 5–7 out of 10 that eases as you hold. Back off if you wince.';

/**
 * The corrected reading of the pressure evidence: Gemmell et al. support the dose but found
 * no difference against sham; the meta-analysis found better pressure tolerance, not less pain.
 */
export const PRESSURE_WHY =
  'Holding a tender spot 30 s–1 min at a tolerable 5–7/10 is the usual dose (Gemmell et al. 2008, who found no difference against sham, so it supports the dose, not an effect); pressure tolerance improves but pain does not clearly (Lu et al. 2022), so the evidence is weak.';

export const PRESSURE_SOURCES = [SOURCES.gemmell2008, SOURCES.lu2022, SOURCES.ingraham];

export const PRESSURE_EASIER = 'Lean in less, to about 4 out of 10, or use a softer ball.';
export const PRESSURE_HARDER = 'Lean in a little more, never past 7 out of 10.';

/** Strength and endurance: why a little band work counts (Louw 2017; Andersen 2011; Sihawong 2014). */
export const STRENGTH_WHY =
  'For office neck pain strengthening beats stretching (Louw et al. 2017, review), and 2 minutes a day of elastic-band raises helped about as much as 12 minutes a day (Andersen et al. 2011, RCT).';
