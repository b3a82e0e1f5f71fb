/** Vertical rhythm and spacing of the timeline, in CSS pixels. */
export const GEOMETRY = {
	laneHeight: 26,
	markRadius: 5,
	barHeight: 16,
	/** The category's glyph at the start of a bar, inside it. */
	barGlyphRadius: 4,
	/** Room the glyph takes from a bar's start, before the label inside it. */
	barGlyphRoom: 13,
	labelGap: 5,
	/** Space kept between neighbours in one lane. */
	itemGap: 10,
	eraRowHeight: 20,
	clusterRowHeight: 26,
	axisHeight: 44,
	topPadding: 6,
	labelFontSize: 12,
	axisFontSize: 11,
	/** Longest label, as a share of the width, before it is shortened with an ellipsis. */
	maxLabelShare: 0.45,
	maxLabelWidth: 260,
	/** Labels shorter than this are not worth drawing: the mark alone stays. */
	minLabelWidth: 28
} as const;
