import { useEffect, useRef, useState } from 'preact/hooks';
import type { Language } from '../../shared/schema/language-schema';
import { t } from '../i18n/my-plan-messages';
import { download } from './download';
import { focusSoon } from './focus-soon';
import { replacementSummary } from './plan-file';
import type { PlanModel } from './plan-model';
import { formatDate } from './PlanPrint';

interface Props {
  model: PlanModel;
  lang: Language;
}

const today = () => new Date().toISOString().slice(0, 10);
/** A discreet file name: "min-plan-2026-11-30.json", "my-plan-…" in English. */
const fileName = (lang: Language) => `${t(lang, 'file.name')}-${today()}.json`;

/** Export, and import that shows what would be replaced and asks first. The file is not encrypted: it says so. */
export function PlanFile({ model, lang }: Props) {
  const pending = model.pendingImport.value;
  const problem = model.importProblem.value;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (pending) heading.current?.focus();
  }, [pending]);
  return (
    <section aria-labelledby="file-heading" class="plan-tools">
      <h2 id="file-heading">{t(lang, 'file.heading')}</h2>
      <p>{t(lang, 'file.text')}</p>
      <div class="ghn-actions">
        <button type="button" class="ghn-button" onClick={() => download(model.exportText(), fileName(lang))}>
          {t(lang, 'file.export')}
        </button>
      </div>
      <label class="plan-label" for="plan-import">
        {t(lang, 'file.import')}
      </label>
      <input
        id="plan-import"
        class="plan-file"
        type="file"
        accept=".json,application/json"
        onChange={async (e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          if (file) model.previewImport(await file.text());
          // The same file chosen again must still trigger a change.
          input.value = '';
        }}
      />
      {problem && (
        <p class="plan-problem" role="alert">
          {t(lang, problem)}
        </p>
      )}
      {pending && (
        <div class="plan-confirm" role="group" aria-labelledby="import-heading">
          <h3 id="import-heading" tabIndex={-1} ref={heading}>
            {t(lang, 'file.importHeading')}
          </h3>
          <p>{t(lang, 'file.importFrom', { date: formatDate(pending.exported, lang) })}</p>
          <ul>
            {replacementSummary(model.plan.value, pending.plan).map(({ section, current, incoming }) => (
              <li key={section}>
                {t(lang, 'file.importCount', { section: t(lang, `${section}.heading`), current, incoming })}
              </li>
            ))}
          </ul>
          <div class="ghn-actions">
            <button
              type="button"
              class="ghn-button ghn-button--primary"
              onClick={() => {
                void model.confirmImport();
                focusSoon('plan-import');
              }}
            >
              {t(lang, 'file.importConfirm')}
            </button>
            <button
              type="button"
              class="ghn-button"
              onClick={() => {
                model.cancelImport();
                focusSoon('plan-import');
              }}
            >
              {t(lang, 'file.importCancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

/** The PIN or passphrase fields, shared by setting a lock and opening one. */
function SecretField({
  id,
  label,
  value,
  onInput,
}: {
  id: string;
  label: string;
  value: string;
  onInput: (v: string) => void;
}) {
  return (
    <div class="plan-field">
      <label class="plan-label" for={id}>
        {label}
      </label>
      <input
        id={id}
        class="ext-input"
        type="password"
        autocomplete="off"
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </div>
  );
}

/** Setting the optional lock, or, once set, locking now and removing it. */
export function PlanLock({ model, lang }: Props) {
  const [secret, setSecret] = useState('');
  const [repeated, setRepeated] = useState('');
  const problem = model.lockProblem.value;
  if (model.lockSet.value) {
    return (
      <section aria-labelledby="lock-heading" class="plan-tools">
        <h2 id="lock-heading">{t(lang, 'lock.heading')}</h2>
        <p>{t(lang, 'lock.on')}</p>
        <p>{t(lang, 'lock.forget')}</p>
        <div class="ghn-actions">
          <button type="button" class="ghn-button ghn-button--primary" onClick={() => void model.lockNow()}>
            {t(lang, 'lock.now')}
          </button>
          <button type="button" class="ghn-button" onClick={() => void model.removeLock()}>
            {t(lang, 'lock.remove')}
          </button>
        </div>
      </section>
    );
  }
  return (
    <section aria-labelledby="lock-heading" class="plan-tools">
      <h2 id="lock-heading">{t(lang, 'lock.heading')}</h2>
      <p>{t(lang, 'lock.text')}</p>
      <p>{t(lang, 'lock.strength')}</p>
      <p>
        <strong>{t(lang, 'lock.forget')}</strong>
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void model.lock(secret, repeated).then(() => {
            if (model.lockSet.peek()) {
              setSecret('');
              setRepeated('');
            }
          });
        }}
      >
        <SecretField id="lock-secret" label={t(lang, 'lock.secret')} value={secret} onInput={setSecret} />
        <SecretField id="lock-repeat" label={t(lang, 'lock.repeat')} value={repeated} onInput={setRepeated} />
        {problem && (
          <p class="plan-problem" role="alert">
            {t(lang, problem)}
          </p>
        )}
        <button type="submit" class="ghn-button" aria-busy={model.busy.value}>
          {t(lang, 'lock.set')}
        </button>
      </form>
    </section>
  );
}

/** Delete with confirmation; "keep it" takes focus first, so a stray Enter deletes nothing. */
export function DeletePlan({ model, lang }: Props) {
  const keep = useRef<HTMLButtonElement>(null);
  const confirming = model.confirmingDelete.value;
  useEffect(() => {
    if (confirming) keep.current?.focus();
  }, [confirming]);
  return (
    <div class="plan-delete">
      {confirming ? (
        <div class="plan-confirm" role="group" aria-labelledby="delete-confirm">
          <p id="delete-confirm">
            <strong>{t(lang, 'delete.confirm')}</strong>
          </p>
          <div class="ghn-actions">
            <button
              type="button"
              class="ghn-button"
              ref={keep}
              onClick={() => {
                model.cancelDelete();
                focusSoon('delete-open');
              }}
            >
              {t(lang, 'delete.no')}
            </button>
            <button
              type="button"
              class="ghn-button plan-danger"
              onClick={() => void model.confirmDelete().then(() => focusSoon('delete-open'))}
            >
              {t(lang, 'delete.yes')}
            </button>
          </div>
        </div>
      ) : (
        <div class="ghn-actions">
          <button type="button" id="delete-open" class="ghn-button plan-danger" onClick={model.askDelete}>
            {t(lang, 'delete.button')}
          </button>
        </div>
      )}
    </div>
  );
}

/** Records that could not be read: the person is told, and can download or delete them. */
export function SetAsideNotice({ model, lang }: Props) {
  const records = model.setAside.value;
  if (records.length === 0) return null;
  return (
    <section class="plan-confirm" aria-labelledby="aside-heading" role="alert">
      <h2 id="aside-heading">{t(lang, 'aside.heading')}</h2>
      <p>{t(lang, 'aside.text')}</p>
      {records.some((r) => r.problem === 'newer-version') && <p>{t(lang, 'aside.newer')}</p>}
      <div class="ghn-actions">
        <button
          type="button"
          class="ghn-button"
          onClick={() => download(model.setAsideText(), `set-aside-${fileName(lang)}`)}
        >
          {t(lang, 'aside.download')}
        </button>
        <button type="button" class="ghn-button ghn-button--quiet" onClick={() => void model.dropSetAside()}>
          {t(lang, 'aside.drop')}
        </button>
      </div>
    </section>
  );
}
