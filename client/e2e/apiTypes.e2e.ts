import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GeneratedTypesPath, RegenerateCommand, generateApiTypes } from './support/apiTypes';
import { RunningServer } from './support/server';

// The server as built, so that the document is the one its current code describes.
let server: RunningServer;
beforeAll(async () => {
  server = await RunningServer.start();
});
afterAll(async () => {
  await server?.stop();
});

describe("the web client's REST types", () => {
  it("are what openapi-typescript makes of the server's OpenAPI document", async () => {
    const response = await fetch(`${server.url}/openapi/v1.json`);
    expect(response.status).toBe(200);
    const generated = await generateApiTypes(await response.json());
    // `vitest -u` (what the regenerate command runs) rewrites the file; otherwise a difference fails here.
    await expect(
      generated,
      `client/src/api/generated/openapi.ts does not match the server's OpenAPI document: run ${RegenerateCommand} and commit the file`,
    ).toMatchFileSnapshot(GeneratedTypesPath);
  });
});
