import { describe, expect, it } from 'vitest';
import { packagesImportedBy } from './electron-builder.config.test-helper.ts';

describe('the packages a bundle imports', () => {
  it('reads static, dynamic and require imports, scoped names without their subpaths, and no built-ins', () => {
    const source = `import a from "@scope/pkg/sub"; const b = await import("mammoth"); const c = require("canvas"); import d from "node:fs"; import e from "fs"; import f from "./local.mjs";`;
    expect(packagesImportedBy(source)).toEqual(['@scope/pkg', 'canvas', 'mammoth']);
  });

  it('skips an import written in a bundled library’s doc comment or in a string', () => {
    const source = `/**\n * import { LinkifyIt } from 'linkify-it'\n */\nconst usage = "require('tlds')";\n// import x from "markdown-it"\nconst m = await import("mammoth");`;
    expect(packagesImportedBy(source)).toEqual(['mammoth']);
  });
});
