import type { CountryCode } from 'libphonenumber-js/min';
import { countryCode, findCountry } from './country.ts';
import { findEmails } from './emails.ts';
import { findFocusAreas } from './focus-areas.ts';
import { findOrganizationName } from './org-name.ts';
import { findOrgType } from './org-type.ts';
import type { PageContext } from './page-context.ts';
import { countryOfPhones, findPhones } from './phones.ts';
import { mapSdgs } from './sdgs.ts';
import { findStructuredContacts } from './structured-contacts.ts';
import type { SchemaNode } from './structured-data.ts';
import { cleanText, truncate } from './text-utils.ts';
import type { Field, OrganizationCapture } from './types.ts';
import { registrableDomain, resolveUrl } from './url-utils.ts';
import { findWebsite } from './website.ts';

/** Builds the organisation a page describes, field by field. */
export function buildOrganization(
  page: PageContext,
  org: SchemaNode | undefined,
  profile: boolean,
): OrganizationCapture {
  const name = findOrganizationName(page, org, profile);
  const website = findWebsite(page, org, profile);
  const siteHost = website ? resolveUrl(website.value, page.href)?.hostname : page.url?.hostname;
  const contacts = profile ? { emails: [], phones: [] } : findStructuredContacts(org);
  const emails = findEmails(page.text, profile ? undefined : siteHost, contacts.emails);
  const emailHosts = emails.map((e) => e.value.split('@')[1] ?? '');
  const hosts = [siteHost ?? '', ...emailHosts].filter(Boolean);
  const placed = findCountry(org, profile ? [] : page.text.blocks, hosts);
  const ownDomains = [...new Set(hosts.map(registrableDomain))];
  const phones = profile
    ? []
    : findPhones(
        page.text,
        (countryCode(placed?.value) ?? 'US') as CountryCode,
        ownDomains,
        contacts.phones,
        name?.value ?? '',
      );
  const country = placed && placed.confidence >= 0.8 ? placed : (countryOfPhones(phones) ?? placed);
  const focusAreas = findFocusAreas(page.text.blocks, page.meta, org);
  return {
    name,
    type: findOrgType(name?.value ?? null, org, siteHost ?? '', page.text.blocks),
    website,
    emails,
    phones,
    country,
    focusAreas,
    sdgs: mapSdgs(focusAreas.map((f) => f.value)),
    description: findDescription(page, org),
  };
}

/** A login or account bar that no class name marks as chrome: "Signed in as guest · Log in · Register". */
const ACCOUNT_BAR =
  /\b(?:signed in as|logged in as|log ?in|sign ?in|log ?out|sign ?out|sign up|register|create an account|my account|forgot (?:your )?password)\b/gi;

function isAccountBar(text: string): boolean {
  if (/\b(?:signed|logged) in as\b/i.test(text)) return true;
  return (text.slice(0, 300).match(ACCOUNT_BAR)?.length ?? 0) >= 2;
}

function findDescription(page: PageContext, org: SchemaNode | undefined): Field<string> {
  const structured = org?.props.description;
  if (typeof structured === 'string' && structured.trim())
    return { value: truncate(cleanText(structured), 500), source: org?.source ?? 'json-ld', confidence: 0.8 };
  const meta = page.meta.tags.get('og:description') ?? page.meta.tags.get('description');
  if (meta && meta.length > 30) return { value: truncate(meta, 500), source: 'meta', confidence: 0.6 };
  const paragraph = page.text.blocks.find(
    (b) => !b.chrome && !b.footer && b.heading === 0 && b.text.length > 80 && !isAccountBar(b.text),
  );
  return paragraph ? { value: truncate(paragraph.text, 500), source: 'text', confidence: 0.4 } : null;
}
