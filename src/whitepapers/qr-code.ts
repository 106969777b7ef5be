import QRCode from 'qrcode';

/**
 * A QR code of a URL as an SVG document. Dark modules on a white background with the standard four-module
 * quiet zone, so phones can scan it from a slide whatever the slide's colours.
 */
export function qrCodeSvg(url: string): Promise<string> {
	return QRCode.toString(url, {
		type: 'svg',
		errorCorrectionLevel: 'M',
		margin: 4,
		color: { dark: '#000000', light: '#ffffff' },
	});
}
