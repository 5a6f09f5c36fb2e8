/** Builds a small PDF from object bodies (object i+1 is bodies[i]), with a correct cross-reference table. */
export function buildPdf(bodies: string[]): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  bodies.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${bodies.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // Latin-1 only (the bodies are ASCII), so one char is one byte and the offsets hold.
  return Uint8Array.from(out, (c) => c.charCodeAt(0));
}

/** A page tree of `pages` pages, page i's body made by `page(parentRef)`; extra objects appended after. */
export function pagesPdf(count: number, page: string, extra: string[] = []): Uint8Array {
  const kids = Array.from({ length: count }, (_, i) => `${i + 3} 0 R`).join(' ');
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${count} >>`,
    ...Array.from({ length: count }, () => page),
    ...extra,
  ]);
}
