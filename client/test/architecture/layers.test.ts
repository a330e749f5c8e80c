import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LayerOrder, layerViolations, sourceImports } from './importLayers';

const src = fileURLToPath(new URL('../../src', import.meta.url));

describe('the client layers (client/ARCHITECTURE.md)', () => {
  it('every import in src points down the layers', () => {
    expect(layerViolations(sourceImports(src))).toEqual([]);
  });

  it('every folder of src has a layer', () => {
    const folders = readdirSync(src, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.filter((f) => !LayerOrder.some((layer) => layer.includes(f)))).toEqual([]);
  });

  it('reads static, re-exported and lazily loaded imports, resolving folders to their index', () => {
    const imports = sourceImports(src);
    const targetsOf = (file: string) => imports.filter((i) => i.from === file).map((i) => i.target);
    expect(targetsOf('main.ts')).toEqual(expect.arrayContaining(['pages/statementsPage.ts', 'pages/editorPage.ts', 'api/index.ts', 'ui/navigation.ts']));
    expect(targetsOf('ui/stateBadge.ts')).toEqual(expect.arrayContaining(['ui/dom.ts', 'ui/stateNames.ts']));
  });

  it('names the file and the import that points up', () => {
    const problems = layerViolations([{ from: 'ui/stateBadge.ts', specifier: '../review/signOffState', target: 'review/signOffState.ts' }]);
    expect(problems).toEqual([
      "src/ui/stateBadge.ts imports '../review/signOffState' (review, layer 7) from ui (layer 5): it points up; imports must point down",
    ]);
  });

  it('refuses an import between two folders of one layer, and one into a folder of no layer', () => {
    expect(layerViolations([{ from: 'editor/collabEditor.ts', specifier: '../access/boundaryText', target: 'access/boundaryText.ts' }])).toEqual([
      "src/editor/collabEditor.ts imports '../access/boundaryText' (access, layer 6) from editor (layer 6): it points sideways, into a folder of its own layer; imports must point down",
    ]);
    expect(layerViolations([{ from: 'pages/editorPage.ts', specifier: '../widgets/panel', target: 'widgets/panel.ts' }])[0]).toContain("'widgets' is in no layer");
  });

  it('lets a file import its own folder and any lower layer', () => {
    expect(
      layerViolations([
        { from: 'review/signOffState.ts', specifier: './reviewState', target: 'review/reviewState.ts' },
        { from: 'pages/signOffPage.ts', specifier: '../review/signOffState', target: 'review/signOffState.ts' },
        { from: 'main.ts', specifier: './pages/page', target: 'pages/page.ts' },
        { from: 'api/draftHub.ts', specifier: '../session/transport', target: 'session/transport.ts' },
      ]),
    ).toEqual([]);
  });
});
