/** The gateway writes its mode into index.html (`<meta name="zz-mode">`): demo, production or test. */
export function serverMode(): string {
  return document.querySelector('meta[name="zz-mode"]')?.getAttribute('content') ?? '';
}
