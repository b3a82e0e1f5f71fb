/**
 * Okabe–Ito colours, chosen to stay distinguishable for readers with the common forms of colour
 * blindness. The orange, the sky blue and the grey are moved to middle tones so that every mark
 * keeps a contrast of at least 3:1 (WCAG 1.4.11) against both the light and the dark paper.
 */
export const PALETTE = [
	'#0072b2',
	'#d55e00',
	'#009e73',
	'#cc79a7',
	'#c48600',
	'#3d9ad1',
	'#8c7a00',
	'#767676'
] as const;

export const UNCATEGORISED_COLOUR = '#6b6b6b';
