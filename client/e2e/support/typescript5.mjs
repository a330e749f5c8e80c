// Module hook for openapi-typescript (see ../../.npmrc): its `import ts from 'typescript'` gets TypeScript 5, installed as
// typescript5, because the client's own TypeScript 7 has no compiler API. Only the generator's process registers it.
export async function resolve(specifier, context, nextResolve) {
  return nextResolve(specifier === 'typescript' ? 'typescript5' : specifier, context);
}
