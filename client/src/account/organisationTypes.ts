import type { OrganisationType } from '../api';

/** The organisation types the server knows, as people read them. */
export const OrganisationTypes: ReadonlyArray<[OrganisationType, string]> = [
  ['Ngo', 'NGO'],
  ['Network', 'Network or federation'],
  ['Foundation', 'Foundation'],
  ['Academic', 'University or research institute'],
  ['Company', 'Company'],
  ['PublicBody', 'Public body'],
  ['Other', 'Other'],
];

export function typeName(type: OrganisationType): string {
  return OrganisationTypes.find(([t]) => t === type)?.[1] ?? type;
}
