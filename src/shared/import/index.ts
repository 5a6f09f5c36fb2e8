/**
 * Import one file: bytes and a file name in, an ImportResult out (extract →
 * analyse). Never throws: every failure comes back as data naming the file and
 * the reason.
 */
import type { ImportOptions, ImportResult } from '../model/document';
import { analyze } from './analyze';
import { extract } from './formats';
import { visibleName } from '../text/display-name';

export { analyze } from './analyze';

/** The file name without directories (a path from a folder pick or the CLI). */
function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop() || fileName;
}

export async function importFile(bytes: Uint8Array, fileName: string, options?: ImportOptions): Promise<ImportResult> {
  const name = baseName(fileName);
  try {
    // Error and warning messages name the file as it may be shown: control and bidi characters visible.
    const extracted = await extract(bytes, visibleName(name), options);
    if (!extracted.ok) return { ok: false, fileName: name, error: extracted.error };
    return analyze(extracted.value, name, bytes);
  } catch (e) {
    return {
      ok: false,
      fileName: name,
      error: {
        code: 'internal',
        message: `${name} could not be imported because of an internal error (${e instanceof Error ? e.message : String(e)}); please report this with the file.`,
      },
    };
  }
}
