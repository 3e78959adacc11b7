/**
 * The API reference, drawn from the server's own OpenAPI document so it can
 * never drift from what the server does. Loaded only when someone opens it.
 */
import { useEffect, useState } from 'preact/hooks';
import { API_BASE } from '../api/client';
import { Page } from '../components/page';

interface Operation {
  operationId: string;
  method: string;
  path: string;
  summary: string;
  tag: string;
}

interface OpenApiDocument {
  info?: { title?: string; version?: string };
  paths?: Record<
    string,
    Record<string, { operationId?: string; summary?: string; tags?: string[] }>
  >;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

function operationsOf(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      operations.push({
        operationId: operation.operationId ?? '',
        method: method.toUpperCase(),
        path,
        summary: operation.summary ?? '',
        tag: operation.tags?.[0] ?? 'other',
      });
    }
  }
  return operations;
}

function byTag(operations: Operation[]): [string, Operation[]][] {
  const tags = new Map<string, Operation[]>();
  for (const operation of operations) {
    tags.set(operation.tag, [...(tags.get(operation.tag) ?? []), operation]);
  }
  return [...tags];
}

export function ApiDocsPage() {
  const [document, setDocument] = useState<OpenApiDocument | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    fetch(`${API_BASE}/openapi.json`, { credentials: 'same-origin' })
      .then((response) => {
        if (!response.ok) throw new Error(`status ${response.status}`);
        return response.json() as Promise<OpenApiDocument>;
      })
      .then(setDocument)
      .catch(() => setError('The API description could not be loaded. Please try again.'));
  }, []);

  return (
    <Page title="API documentation">
      <p class="lead">
        Everything the app does goes through this API, under <code>{API_BASE}</code>. Send JSON,
        keep the session cookie, and send an <code>Origin</code> header with every change. The full
        description is at <a href={`${API_BASE}/openapi.json`}>{`${API_BASE}/openapi.json`}</a>{' '}
        (OpenAPI 3.1).
      </p>
      {error && (
        <p class="form-message" role="alert">
          {error}
        </p>
      )}
      {!document && !error && <p aria-busy="true">Loading the API description…</p>}
      {document &&
        byTag(operationsOf(document)).map(([tag, operations]) => (
          <section key={tag} class="card" aria-labelledby={`tag-${tag}`}>
            <h2 id={`tag-${tag}`}>{tag}</h2>
            {/* Focusable, so the table can be scrolled sideways with the keyboard too. */}
            <div class="table-scroll" tabIndex={0} role="region" aria-label={`${tag} operations`}>
              <table class="operations">
                <thead>
                  <tr>
                    <th scope="col">Operation</th>
                    <th scope="col">Method</th>
                    <th scope="col">Path</th>
                    <th scope="col">What it does</th>
                  </tr>
                </thead>
                <tbody>
                  {operations.map((operation) => (
                    <tr key={`${operation.method} ${operation.path}`}>
                      <th scope="row">
                        <code>{operation.operationId}</code>
                      </th>
                      <td>
                        <code class="method">{operation.method}</code>
                      </td>
                      <td>
                        <code>{operation.path}</code>
                      </td>
                      <td>{operation.summary}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ))}
    </Page>
  );
}
