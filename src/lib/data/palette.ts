/**
 * Okabe–Ito colours, chosen to stay distinguishable for readers with the common forms of colour
 * blindness; the yellow is darkened so that it holds against a white background.
 */
export const PALETTE = [
	'#0072b2',
	'#d55e00',
	'#009e73',
	'#cc79a7',
	'#e69f00',
	'#56b4e9',
	'#8c7a00',
	'#555555'
] as const;

export const UNCATEGORISED_COLOUR = '#6b6b6b';
