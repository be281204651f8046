import { t } from '../i18n/messages';
import type { Contact } from '../schema/contact-schema';
import { telHref } from '../schema/phone-number';
import type { Language } from '../schema/language-schema';
import { displayHost, lineStatus } from './contact-status';
import { MarkedText } from './MarkedText';

interface Props {
  contacts: readonly Contact[];
  lang: Language;
  now: Date;
}

function label(contact: Contact, lang: Language): string {
  switch (contact.type) {
    case 'phone': {
      const call = t.marked(lang, 'contact.call', { number: contact.number });
      return contact.note ? `${call} (${t.marked(lang, contact.note)})` : call;
    }
    case 'sms':
      return t.marked(lang, 'contact.sms', { number: contact.number });
    case 'chat':
      return `${t.marked(lang, 'contact.chat')}: ${displayHost(contact.url)}`;
    case 'web':
      return `${t.marked(lang, 'contact.web')}: ${displayHost(contact.url)}`;
    case 'email':
      return `${t.marked(lang, 'contact.email')}: ${contact.address}`;
  }
}

function href(contact: Contact): string {
  switch (contact.type) {
    case 'phone':
      return telHref(contact.number);
    case 'sms':
      return `sms:${telHref(contact.number).slice(4)}`;
    case 'email':
      return `mailto:${contact.address}`;
    default:
      return contact.url;
  }
}

/** The ways to reach a door: tel:, sms:, chat and web links, each with whether it answers now. */
export function ContactLinks({ contacts, lang, now }: Props) {
  if (contacts.length === 0) return null;
  return (
    <ul class="ghn-contacts">
      {contacts.map((contact) => {
        const status = lineStatus(contact, now, lang);
        const external = contact.type === 'chat' || contact.type === 'web';
        return (
          <li key={`${contact.type}-${href(contact)}`}>
            <a
              class={`ghn-contact ghn-contact--${contact.type}`}
              href={href(contact)}
              {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
            >
              {/* One flex item: its words, Norwegian names and numbers flow and wrap as one line of text. */}
              <span>
                <MarkedText text={label(contact, lang)} />
              </span>
            </a>
            {status && <span class={`ghn-status ghn-status--${status.state}`}>{status.text}</span>}
          </li>
        );
      })}
    </ul>
  );
}
