/**
 * An SVG file drawn at `scale` times its size into a PNG, in the browser. The SVG must be
 * self-contained (as timelineSvg's is): an image loaded this way fetches nothing.
 */
export async function svgToPng(
	svg: string,
	width: number,
	height: number,
	scale = 2
): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('This browser cannot draw into a canvas.');
		context.scale(scale, scale);
		context.drawImage(image, 0, 0, width, height);
		return await new Promise((resolve, reject) =>
			canvas.toBlob(
				(blob) => (blob ? resolve(blob) : reject(new Error('No PNG made'))),
				'image/png'
			)
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}
