/** xsd:dateTime checks: an attribute with a malformed value makes the whole file invalid (dates: model/metadata.ts). */

const DATE_TIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

export function xsdDateTime(s: string | null | undefined): string | null {
  return s && DATE_TIME.test(s) && !Number.isNaN(Date.parse(s)) ? s : null;
}
