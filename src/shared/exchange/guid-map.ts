/**
 * GUIDs of an imported file → our ids. A well-formed GUID becomes its lower-case,
 * brace-less form (so our own exports come back with the same ids); anything else
 * gets a stable derived UUID. The same GUID always maps to the same id.
 */
import { derivedGuid, normaliseGuid } from './guid';

export class GuidMap {
  id(guid: string): string {
    return normaliseGuid(guid) ?? derivedGuid(`refi-import:${guid.trim()}`);
  }
}
