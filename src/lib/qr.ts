/**
 * QR codes for printed handouts, drawn at build time as SVG (the `qrcode` package), so a reader
 * holding the paper can get back to the page online. Nothing is drawn in the browser.
 */
import QRCode from 'qrcode';

const cache = new Map<string, Promise<string>>();

/** An SVG QR code for `url`, hidden from screen readers (the address is printed beside it). */
export function qrSvg(url: string): Promise<string> {
	let svg = cache.get(url);
	if (!svg) {
		// Error correction "M" survives a crease or a smudge; a quiet zone of 2 modules is enough on white paper.
		svg = QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } }).then((text) =>
			text.replace('<svg ', '<svg aria-hidden="true" focusable="false" class="qr" '),
		);
		cache.set(url, svg);
	}
	return svg;
}
