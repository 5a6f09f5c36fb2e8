/**
 * A coder's package: the project as a .fazhi snapshot with the same documents,
 * codebook and ids, so what the coder codes merges straight back. Blind, it holds
 * no one else's codings (nor their document memos or rejected suggestions), so
 * coders code independently. Pure.
 */
import type { ProjectSnapshot } from '../model/project';

export interface CoderPackageOptions {
  /** The coder the package is for (their own codings stay in a blind package); null: anyone. */
  coder: string | null;
  /** Leave out everyone else's codings. */
  blind: boolean;
}

export function coderPackage(snapshot: ProjectSnapshot, options: CoderPackageOptions): ProjectSnapshot {
  const name = options.coder ? `${snapshot.project.name} · ${options.coder}` : snapshot.project.name;
  if (!options.blind) return { ...snapshot, project: { ...snapshot.project, name } };
  const mine = (who: string): boolean => options.coder !== null && who === options.coder;
  return {
    ...snapshot,
    project: { ...snapshot.project, name },
    annotations: snapshot.annotations.filter((a) => mine(a.coder)),
    // Memos on the project and on codes are the codebook's guidance; memos on documents are coding work.
    memos: snapshot.memos.filter((m) => m.targetType !== 'document' || mine(m.author)),
    decisions: [],
    // The lead's decisions between coders are not for a coder coding blind.
    ...(snapshot.resolutions ? { resolutions: [] } : {}),
  };
}
