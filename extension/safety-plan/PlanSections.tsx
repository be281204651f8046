import type { Language } from '../../shared/schema/language-schema';
import {
  type ContactSection,
  isContactSection,
  MAX_ENTRIES,
  MAX_TEXT,
  PLAN_SECTIONS,
  type PlanSection,
  type PlanService,
  type TextSection,
} from '../../shared/schema/safety-plan-schema';
import { t } from '../i18n/my-plan-messages';
import type { PlanModel } from './plan-model';
import { focusSoon } from './focus-soon';
import { telLink } from './phone-link';

interface Props {
  model: PlanModel;
  lang: Language;
}

interface EntryButtonProps {
  lang: Language;
  section: PlanSection;
}

/** "Add …" under a list; the new entry's first field takes focus. Gone at the limit. */
function AddButton({ lang, section, count, onAdd }: EntryButtonProps & { count: number; onAdd: () => unknown }) {
  if (count >= MAX_ENTRIES) return null;
  return (
    <button
      type="button"
      id={`${section}-add`}
      class="ghn-button plan-add"
      onClick={() => {
        void onAdd();
        focusSoon(`${section}-${count}`);
      }}
    >
      {t(lang, `${section}.add`)}
    </button>
  );
}

/** "Remove", named for its entry; focus goes to the section's "add", which is always there after a removal. */
function RemoveButton({
  lang,
  section,
  label,
  onRemove,
}: EntryButtonProps & { label: string; onRemove: () => unknown }) {
  return (
    <button
      type="button"
      class="ghn-button ghn-button--quiet plan-remove"
      aria-label={`${t(lang, 'plan.remove')}: ${label}`}
      onClick={() => {
        void onRemove();
        focusSoon(`${section}-add`);
      }}
    >
      {t(lang, 'plan.remove')}
    </button>
  );
}

/** A person's own sentences: one text field each, removable, with an "add" below. */
function TextList({ model, lang, section }: Props & { section: TextSection }) {
  const lines = model.plan.value[section];
  return (
    <>
      <ul class="plan-entries">
        {lines.map((line, i) => {
          const id = `${section}-${i}`;
          const label = t(lang, `${section}.item`, { n: i + 1 });
          return (
            <li key={i} class="plan-entry">
              <label class="plan-label" for={id}>
                {label}
              </label>
              <div class="plan-row">
                <textarea
                  id={id}
                  class="ext-input plan-text"
                  rows={2}
                  maxLength={MAX_TEXT}
                  value={line}
                  onInput={(e) => void model.setText(section, i, e.currentTarget.value)}
                />
                <RemoveButton
                  lang={lang}
                  section={section}
                  label={label}
                  onRemove={() => model.removeText(section, i)}
                />
              </div>
            </li>
          );
        })}
      </ul>
      <AddButton lang={lang} section={section} count={lines.length} onAdd={() => model.addText(section)} />
    </>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** People and services: a name and a number each, and a one-tap call once the number can be dialled. */
function ContactList({ model, lang, section }: Props & { section: ContactSection }) {
  const contacts = model.plan.value[section] as readonly PlanService[];
  return (
    <>
      <ul class="plan-entries">
        {contacts.map((contact, i) => {
          const id = `${section}-${i}`;
          const tel = telLink(contact.phone);
          return (
            <li key={i} class="plan-entry plan-contact">
              <div class="plan-fields">
                <div>
                  <label class="plan-label" for={id}>
                    {t(lang, `${section}.name`, { n: i + 1 })}
                  </label>
                  <input
                    id={id}
                    class="ext-input"
                    type="text"
                    autocomplete="off"
                    maxLength={200}
                    value={contact.name}
                    onInput={(e) => void model.setContact(section, i, 'name', e.currentTarget.value)}
                  />
                </div>
                <div>
                  <label class="plan-label" for={`${id}-phone`}>
                    {t(lang, `${section}.phone`, { n: i + 1 })}
                  </label>
                  <input
                    id={`${id}-phone`}
                    class="ext-input"
                    type="tel"
                    autocomplete="off"
                    maxLength={200}
                    value={contact.phone}
                    onInput={(e) => void model.setContact(section, i, 'phone', e.currentTarget.value)}
                  />
                </div>
              </div>
              <div class="plan-row plan-row--actions">
                {tel && (
                  <a class="ghn-button ghn-button--primary plan-call" href={tel}>
                    {t(lang, 'plan.call', { name: contact.name.trim() || contact.phone })}
                  </a>
                )}
                {contact.web && (
                  <a href={contact.web} target="_blank" rel="noopener noreferrer">
                    {t(lang, 'plan.website', { host: hostOf(contact.web) })}
                  </a>
                )}
                <RemoveButton
                  lang={lang}
                  section={section}
                  label={t(lang, `${section}.item`, { n: i + 1 })}
                  onRemove={() => model.removeContact(section, i)}
                />
              </div>
            </li>
          );
        })}
      </ul>
      <AddButton lang={lang} section={section} count={contacts.length} onAdd={() => model.addContact(section)} />
    </>
  );
}

/** The plan's seven sections in the method's order, each with its heading, its guidance and its list. */
export function PlanSections({ model, lang }: Props) {
  return (
    <>
      {PLAN_SECTIONS.map((section, i) => (
        <section key={section} class="plan-section" aria-labelledby={`${section}-heading`}>
          <h2 id={`${section}-heading`}>
            <span class="plan-number">{i + 1}.</span> {t(lang, `${section}.heading`)}
          </h2>
          <p class="ghn-hint">{t(lang, `${section}.guidance`)}</p>
          {isContactSection(section) ? (
            <ContactList model={model} lang={lang} section={section} />
          ) : (
            <TextList model={model} lang={lang} section={section} />
          )}
        </section>
      ))}
    </>
  );
}
