// The API description the server publishes at `{root}{api_prefix}/info`, and the tidied form of
// it that the "Use via API" panel shows: one entry per public endpoint, with its parameters in
// the order the endpoint takes them, and what it returns.

/** A JSON schema, as the server describes a component's value. */
export type JsonSchema = Record<string, unknown>;

/** One parameter of an endpoint, as `/info` lists it. */
export interface ApiInfoParameter {
  label?: string | null;
  parameter_name?: string | null;
  parameter_has_default?: boolean;
  parameter_default?: unknown;
  type?: JsonSchema | null;
  python_type?: { type?: string | null; description?: string | null } | null;
  component?: string | null;
  example_input?: unknown;
}

/** One returned value of an endpoint, as `/info` lists it. */
export interface ApiInfoReturn {
  label?: string | null;
  type?: JsonSchema | null;
  python_type?: { type?: string | null; description?: string | null } | null;
  component?: string | null;
}

export interface ApiInfoEndpoint {
  parameters?: ApiInfoParameter[] | null;
  returns?: ApiInfoReturn[] | null;
  description?: string | null;
  api_visibility?: string | null;
}

/** The answer of `GET {root}{api_prefix}/info`. */
export interface ApiInfo {
  named_endpoints: Record<string, ApiInfoEndpoint>;
  unnamed_endpoints?: Record<string, ApiInfoEndpoint>;
}

/** A parameter, ready to show and to put in a snippet. */
export interface EndpointParameter {
  /** The name keyword-argument clients use (Python, JavaScript). */
  name: string;
  /** The label of the component behind it. */
  label: string;
  /** Its type in the clients' notation (`str`, `float`, `list[str]`, `filepath`...). */
  type: string;
  description: string;
  /** The component it stands for (`Textbox`, `Image`...). */
  component: string;
  /** Whether a call may leave it out; `defaultValue` is then what it takes. */
  hasDefault: boolean;
  defaultValue: unknown;
  /** The example value the snippets pass. */
  example: unknown;
}

/** A value an endpoint returns. */
export interface EndpointReturn {
  label: string;
  type: string;
  description: string;
  component: string;
}

/** A public endpoint of the app. */
export interface Endpoint {
  /** Its API name with the leading slash, as clients call it: `/echo`. */
  name: string;
  description: string;
  parameters: EndpointParameter[];
  returns: EndpointReturn[];
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** The type the clients print for a schema: `python_type.type`, else the schema's own `type`. */
function typeOf(pythonType: ApiInfoParameter["python_type"], schema: JsonSchema | null | undefined): string {
  if (pythonType && typeof pythonType.type === "string" && pythonType.type) return pythonType.type;
  if (schema && typeof schema.type === "string") return schema.type;
  return "Any";
}

/**
 * The public endpoints of an `/info` answer, in the server's order. Endpoints the server marks
 * private or undocumented are left out, as Gradio's page does.
 *
 * @throws Error when the answer does not look like an API description
 */
export function endpointsOf(info: unknown): Endpoint[] {
  const named = (info as ApiInfo | null)?.named_endpoints;
  if (named === null || typeof named !== "object" || Array.isArray(named)) {
    throw new Error("The server's answer has no \"named_endpoints\": it is not an API description.");
  }
  const endpoints: Endpoint[] = [];
  for (const [key, raw] of Object.entries(named)) {
    const endpoint: ApiInfoEndpoint = raw && typeof raw === "object" ? raw : {};
    const visibility = endpoint.api_visibility;
    if (visibility === "private" || visibility === "undocumented") continue;
    const parameters = Array.isArray(endpoint.parameters) ? endpoint.parameters : [];
    const returns = Array.isArray(endpoint.returns) ? endpoint.returns : [];
    endpoints.push({
      name: key.startsWith("/") ? key : `/${key}`,
      description: text(endpoint.description),
      parameters: parameters.map((p, i) => ({
        name: text(p?.parameter_name) || `param_${i}`,
        label: text(p?.label),
        type: typeOf(p?.python_type, p?.type),
        description: text(p?.python_type?.description),
        component: text(p?.component),
        hasDefault: p?.parameter_has_default === true,
        defaultValue: p?.parameter_has_default === true ? (p.parameter_default ?? null) : undefined,
        example: p?.example_input !== undefined ? p.example_input : p?.parameter_has_default ? (p.parameter_default ?? null) : null,
      })),
      returns: returns.map((r) => ({
        label: text(r?.label),
        type: typeOf(r?.python_type, r?.type),
        description: text(r?.python_type?.description),
        component: text(r?.component),
      })),
    });
  }
  return endpoints;
}

/** The address of the API description of the app served at `root`. */
export function infoUrl(root: string, apiPrefix: string): string {
  return `${root.replace(/\/+$/, "")}${normalizePrefix(apiPrefix)}/info`;
}

/** `/gradio_api` from `gradio_api`, `/gradio_api/` or `/gradio_api`; empty stays empty. */
export function normalizePrefix(apiPrefix: string | null | undefined): string {
  const trimmed = (apiPrefix ?? "").replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}` : "";
}

/**
 * Fetches and tidies the API description.
 *
 * @throws Error with a message for the user when the server cannot be reached, refuses, or
 *     answers something else than an API description
 */
export async function loadEndpoints(url: string, fetcher: typeof fetch = fetch, signal?: AbortSignal): Promise<Endpoint[]> {
  let response: Response;
  try {
    response = await fetcher(url, { headers: { Accept: "application/json" }, signal });
  } catch (e) {
    if ((e as Error)?.name === "AbortError") throw e;
    throw new Error(`Cannot reach the server: ${(e as Error)?.message ?? String(e)}`);
  }
  if (!response.ok) {
    let detail = "";
    try {
      detail = (await response.text()).trim();
    } catch {
      // The status says enough.
    }
    if (detail.length > 300) detail = `${detail.slice(0, 300)}…`;
    throw new Error(`The server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}${detail ? `: ${detail}` : "."}`);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new Error("The server's answer is not JSON.");
  }
  return endpointsOf(body);
}
