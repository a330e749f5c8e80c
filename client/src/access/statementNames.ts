import type { StatementAccess } from '../api';

/** The names of the people and organisations taking part in a statement, by id: for saying who did what. */
export function statementNames(access: StatementAccess): Map<string, string> {
  const organisations = [access.convening, ...access.partners];
  return new Map([...access.people.map((p) => [p.personId, p.name] as const), ...organisations.map((o) => [o.id, o.name] as const)]);
}

/** The name of an organisation on a statement (convening or taking part). */
export function organisationName(access: StatementAccess, organisationId: string): string {
  return [access.convening, ...access.partners].find((o) => o.id === organisationId)?.name ?? 'their organisation';
}
