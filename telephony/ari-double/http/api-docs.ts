import { readFileSync } from 'node:fs';
import path from 'node:path';

const directory = path.join(import.meta.dirname, '..', 'recorded', 'api-docs');
const recordedBasePath = '"basePath":"http://127.0.0.1:8088/ari"';

export interface DeclaredOperation {
  readonly resource: string;
  readonly nickname: string;
  readonly method: string;
  /** `/channels/{channelId}/play` split on `/`, without the leading empty segment. */
  readonly segments: readonly string[];
}

/**
 * The recorded api-docs files, served byte for byte except `basePath`, which Asterisk rewrites from the
 * request's Host header (`ast_ari_get_docs`); ari-client sends every REST call to that basePath.
 */
export class ApiDocs {
  readonly #files = new Map<string, string>();
  readonly operations: DeclaredOperation[] = [];

  constructor() {
    const resources = this.#load('resources.json');
    const listing = JSON.parse(resources) as { apis: { path: string }[] };
    for (const api of listing.apis) {
      const file = path.basename(api.path).replace('{format}', 'json');
      const resource = file.replace(/\.json$/, '');
      const text = this.#load(file);
      const declaration = JSON.parse(text) as {
        apis: { path: string; operations: { httpMethod: string; nickname: string }[] }[];
      };
      for (const entry of declaration.apis) {
        for (const operation of entry.operations) {
          this.operations.push({ resource, nickname: operation.nickname, method: operation.httpMethod, segments: entry.path.split('/').slice(1) });
        }
      }
    }
  }

  /** The file's text for a request that arrived with this Host header, or undefined if there is no such file. */
  document(file: string, host: string | undefined): string | undefined {
    const text = this.#files.get(file);
    if (text === undefined) return undefined;
    if (host === undefined) return text.replace(`${recordedBasePath},`, '');
    return text.replace(recordedBasePath, `"basePath":${JSON.stringify(`http://${host}/ari`)}`);
  }

  #load(file: string): string {
    const text = readFileSync(path.join(directory, file), 'utf8');
    this.#files.set(file, text);
    return text;
  }
}
