/** Fills `{{name}}` placeholders; an unknown placeholder is left as written (ESLint's interpolate). */
export function interpolate(template: string, data: Readonly<Record<string, string>> | undefined): string {
  if (!data) return template;
  return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(data, key) ? data[key]! : whole);
}
