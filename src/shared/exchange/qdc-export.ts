/** A REFI-QDA codebook file (.qdc): the code tree with colours and descriptions. */
import type { Code } from '../model/project';
import { codesXml } from './codes-xml';

export function qdcXml(codes: readonly Code[]): string {
  // The schema requires at least one Code; an empty codebook is written as such and refused on import.
  return (
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    `<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Fazhi Coder"><Codes>${codesXml(codes)}</Codes></CodeBook>\n`
  );
}

export function exportQdc(codes: readonly Code[]): Uint8Array {
  return new TextEncoder().encode(qdcXml(codes));
}
