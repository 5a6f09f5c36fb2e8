/** The dialog that names a project: for a new one (with a codebook template) or a rename. */
import { useId, useState, type FormEvent } from 'react';
import { CODEBOOK_TEMPLATES, type CodebookTemplateId } from '../../../../shared/codebook/templates';
import type { Project } from '../../../../shared/model/project';
import { useLang, useT } from '../../i18n/i18n';
import { Dialog } from '../../ui/dialog';
import { projectMessages } from './messages';
import { validateProjectName, type ProjectNameError } from './project-name';

const ERROR_KEYS = {
  empty: 'err_empty',
  'too-long': 'err_too_long',
  taken: 'err_taken',
} as const satisfies Record<ProjectNameError, keyof typeof projectMessages.zh>;

export type ProjectNameDialogProps = {
  projects: readonly Project[];
  onCancel: () => void;
} & (
  | { mode: 'create'; onSubmit: (name: string, template: CodebookTemplateId) => void }
  | { mode: 'rename'; project: Project; onSubmit: (name: string) => void }
);

export function ProjectNameDialog(props: ProjectNameDialogProps) {
  const t = useT(projectMessages);
  const { lang } = useLang();
  const uid = useId();
  const [name, setName] = useState(props.mode === 'rename' ? props.project.name : '');
  const [template, setTemplate] = useState<CodebookTemplateId>('outline-2021');
  // The "empty" message waits for the first keystroke or submit: a fresh form is not an error.
  const [touched, setTouched] = useState(false);
  const error = validateProjectName(name, props.projects, props.mode === 'rename' ? props.project.id : undefined);
  const formId = `${uid}-form`;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (error) return;
    if (props.mode === 'create') props.onSubmit(name.trim(), template);
    else props.onSubmit(name.trim());
  };

  return (
    <Dialog
      title={props.mode === 'create' ? t('createTitle') : t('renameTitle')}
      onClose={props.onCancel}
      testId="project-name-dialog"
      actions={
        <>
          <button type="button" className="fz-button" onClick={props.onCancel}>
            {t('cancel')}
          </button>
          <button
            type="submit"
            form={formId}
            className="fz-button fz-button-primary"
            data-testid="project-name-ok"
            disabled={touched && error !== null}
          >
            {props.mode === 'create' ? t('createOk') : t('renameOk')}
          </button>
        </>
      }
    >
      <form id={formId} className="fz-project-form" onSubmit={submit} noValidate>
        <label htmlFor={`${uid}-name`}>{t('name')}</label>
        <input
          id={`${uid}-name`}
          className="fz-input"
          data-testid="project-name"
          data-autofocus
          placeholder={t('namePlaceholder')}
          value={name}
          aria-invalid={touched && error !== null}
          aria-describedby={touched && error ? `${uid}-error` : undefined}
          onChange={(e) => {
            setName(e.target.value);
            setTouched(true);
          }}
        />
        {touched && error ? (
          <p className="fz-project-error" id={`${uid}-error`} role="alert">
            {t(ERROR_KEYS[error])}
          </p>
        ) : null}
        {props.mode === 'create' ? (
          <fieldset className="fz-project-templates">
            <legend>{t('template')}</legend>
            {CODEBOOK_TEMPLATES.map((tpl) => (
              <label key={tpl.id} className="fz-project-template">
                <input
                  type="radio"
                  name={`${uid}-template`}
                  value={tpl.id}
                  data-testid={`project-template-${tpl.id}`}
                  checked={template === tpl.id}
                  onChange={() => setTemplate(tpl.id)}
                />
                {tpl.name[lang]}
              </label>
            ))}
            <p className="fz-project-hint">{t('templateHint')}</p>
          </fieldset>
        ) : null}
      </form>
    </Dialog>
  );
}
