/** The offer to continue an interrupted import, for the app shell (the project's name comes from storage). */
import { ResumeOffer } from '../features/import/resume-offer';
import { useProjects } from '../storage/hooks';
import type { Importer } from './use-importer';

export function ResumeImport({ importer }: { importer: Importer }) {
  const projects = useProjects();
  const offer = importer.unfinished;
  if (!offer || importer.progress) return null;
  const name = projects?.find((p) => p.id === offer.job.projectId)?.name ?? '';
  return (
    <ResumeOffer
      source={offer.job.source}
      left={offer.left}
      total={offer.job.total}
      projectName={name}
      folder={offer.job.folder}
      busy={importer.busy}
      onResume={importer.resume}
      onDiscard={importer.discardUnfinished}
    />
  );
}
