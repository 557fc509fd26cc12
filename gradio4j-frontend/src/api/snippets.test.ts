import { describe, expect, it } from "vitest";
import type { Endpoint, EndpointParameter } from "./info";
import {
  absoluteRoot,
  curlSnippet,
  formatValue,
  hasFile,
  isFileData,
  isPythonIdentifier,
  javaSnippet,
  javaString,
  javascriptSnippet,
  jsString,
  LANGUAGES,
  localPath,
  pythonSnippet,
  pythonString,
  shellQuote,
  snippet,
  toJava,
  toJavaScript,
  toJson,
  toPython,
  type Language,
} from "./snippets";

const target = { root: "http://127.0.0.1:7860", apiPrefix: "/gradio_api" };

function param(name: string, example: unknown, extra: Partial<EndpointParameter> = {}): EndpointParameter {
  return { name, label: name, type: "str", description: "", component: "Textbox", hasDefault: false, defaultValue: undefined, example, ...extra };
}

function endpoint(name: string, parameters: EndpointParameter[]): Endpoint {
  return { name, description: "", parameters, returns: [{ label: "out", type: "str", description: "", component: "Textbox" }] };
}

function fileData(url: string, origName: string | null = null): Record<string, unknown> {
  return { path: url, url: null, size: null, orig_name: origName, mime_type: null, is_stream: false, meta: { _type: "gradio.FileData" } };
}

const echo = endpoint("/echo", [param("text", "hello")]);
const noParams = endpoint("/ping", []);
const image = fileData("https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png", "bus.png");

/** Quotes, backslashes, newlines, tabs, control characters, shell syntax, Unicode and an emoji. */
const NASTY = `He said "hi" and 'bye' \\ C:\\new\\table\nline 2\ttab\r\u0001\u007f $HOME \`ls\` %s {} ünïcödé 日本 😀 \u2028end`;

describe("the /echo snippets", () => {
  it("Java: connect, then predict with positional arguments", () => {
    expect(javaSnippet(echo, target)).toBe(
      [
        "import dev.gradio4j.client.Client;",
        "",
        'var client = Client.connect("http://127.0.0.1:7860");',
        'var result = client.predict("/echo", "hello");',
        "System.out.println(result);",
      ].join("\n"),
    );
  });

  it("Python: keyword arguments and api_name", () => {
    expect(pythonSnippet(echo, target)).toBe(
      [
        "from gradio_client import Client",
        "",
        'client = Client("http://127.0.0.1:7860")',
        "result = client.predict(",
        '    text="hello",',
        '    api_name="/echo",',
        ")",
        "print(result)",
      ].join("\n"),
    );
  });

  it("JavaScript: a data object keyed by parameter name", () => {
    expect(javascriptSnippet(echo, target)).toBe(
      [
        'import { Client } from "@gradio/client";',
        "",
        'const client = await Client.connect("http://127.0.0.1:7860");',
        'const result = await client.predict("/echo", {',
        '  text: "hello",',
        "});",
        "",
        "console.log(result.data);",
      ].join("\n"),
    );
  });

  it("curl: POST .../call/echo with {\"data\": [...]}, then GET the stream with the event id", () => {
    expect(curlSnippet(echo, target)).toBe(
      [
        '# Send the inputs: the server answers {"event_id": "..."}',
        "EVENT_ID=$(curl -s -X POST http://127.0.0.1:7860/gradio_api/call/echo \\",
        '  -H "Content-Type: application/json" \\',
        `  -d '{"data": ["hello"]}' \\`,
        `  | awk -F'"' '{ print $4 }')`,
        "",
        "# Stream the result: event: generating / complete / error, each with its data",
        "curl -N http://127.0.0.1:7860/gradio_api/call/echo/$EVENT_ID",
      ].join("\n"),
    );
  });

  it("snippet() dispatches on the language, for every language of the tabs", () => {
    expect(LANGUAGES.map((l) => l.id)).toEqual(["java", "python", "javascript", "bash"]);
    expect(snippet("java", echo, target)).toBe(javaSnippet(echo, target));
    expect(snippet("python", echo, target)).toBe(pythonSnippet(echo, target));
    expect(snippet("javascript", echo, target)).toBe(javascriptSnippet(echo, target));
    expect(snippet("bash", echo, target)).toBe(curlSnippet(echo, target));
  });

  it("drops a trailing slash of the root and normalises the API prefix", () => {
    const t = { root: "https://example.com/app/", apiPrefix: "gradio_api/" };
    expect(javaSnippet(echo, t)).toContain('Client.connect("https://example.com/app")');
    expect(curlSnippet(echo, t)).toContain("POST https://example.com/app/gradio_api/call/echo ");
    expect(curlSnippet(echo, t)).toContain("curl -N https://example.com/app/gradio_api/call/echo/$EVENT_ID");
  });
});

describe("endpoints without parameters", () => {
  it("call with the name alone", () => {
    expect(javaSnippet(noParams, target)).toContain('var result = client.predict("/ping");');
    expect(pythonSnippet(noParams, target)).toContain('result = client.predict(api_name="/ping")\nprint(result)');
    expect(javascriptSnippet(noParams, target)).toContain('const result = await client.predict("/ping");');
    expect(curlSnippet(noParams, target)).toContain(`-d '{"data": []}'`);
  });
});

describe("several parameters", () => {
  const calc = endpoint("/calculate", [
    param("a", 3, { type: "float", component: "Number" }),
    param("operation", "add", { type: "Literal['add', 'subtract']", component: "Radio" }),
    param("b", 4.5, { type: "float", component: "Number" }),
    param("exact", true, { type: "bool", component: "Checkbox" }),
  ]);

  it("Java lists them one a line, commented with their names", () => {
    expect(javaSnippet(calc, target)).toContain(
      [
        'var result = client.predict("/calculate",',
        "        3,      // a",
        '        "add",  // operation',
        "        4.5,    // b",
        "        true);  // exact",
      ].join("\n"),
    );
  });

  it("Python, JavaScript and curl keep their order and types", () => {
    expect(pythonSnippet(calc, target)).toContain('    a=3,\n    operation="add",\n    b=4.5,\n    exact=True,\n    api_name="/calculate",');
    expect(javascriptSnippet(calc, target)).toContain('  a: 3,\n  operation: "add",\n  b: 4.5,\n  exact: true,\n});');
    expect(curlSnippet(calc, target)).toContain(`-d '{"data": [3, "add", 4.5, true]}'`);
  });

  it("Python falls back to positional arguments when a name is a keyword", () => {
    const translate = endpoint("/translate", [param("text", "hi"), param("from", "en"), param("to", "fr")]);
    const code = pythonSnippet(translate, target);
    expect(code).toContain('    "hi",  # text\n    "en",  # from\n    "fr",  # to\n    api_name="/translate",');
    expect(code).not.toContain("from=");
  });

  it("JavaScript quotes keys that are not identifiers", () => {
    const odd = endpoint("/odd", [param("my value", 1), param("class", 2)]);
    expect(javascriptSnippet(odd, target)).toContain('  "my value": 1,\n  class: 2,');
  });
});

describe("string escaping", () => {
  it("Java string literals", () => {
    expect(javaString('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(javaString("l1\nl2\r\t\b\f")).toBe('"l1\\nl2\\r\\t\\b\\f"');
    expect(javaString("\u0001\u007f\u2028")).toBe('"\\u0001\\u007F\\u2028"');
    expect(javaString("ünï 日本 😀")).toBe('"ünï 日本 😀"');
    expect(javaString("\ud800x")).toBe('"\\uD800x"');
  });

  it("Python string literals", () => {
    expect(pythonString('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(pythonString("l1\nl2\r\t")).toBe('"l1\\nl2\\r\\t"');
    expect(pythonString("\u0001\u007f\u0085")).toBe('"\\x01\\x7f\\x85"');
    expect(pythonString("ünï 日本 😀")).toBe('"ünï 日本 😀"');
    expect(pythonString("\u2028\udfff")).toBe('"\\u2028\\udfff"');
  });

  it("JavaScript string literals", () => {
    expect(jsString('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(jsString("l1\nl2\u0001")).toBe('"l1\\nl2\\u0001"');
    expect(jsString("😀\u2028\u2029")).toBe('"😀\\u2028\\u2029"');
    expect(jsString("\ud800")).toBe('"\\ud800"');
  });

  it("shell words", () => {
    expect(shellQuote("http://127.0.0.1:7860/gradio_api/call/echo")).toBe("http://127.0.0.1:7860/gradio_api/call/echo");
    expect(shellQuote("http://host/my app")).toBe("'http://host/my app'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(shellQuote("$HOME")).toBe("'$HOME'");
  });

  it("a nasty example value in each language", () => {
    const ep = endpoint("/echo", [param("text", NASTY)]);
    const escapedJava = javaString(NASTY);
    expect(escapedJava).toContain('\\"hi\\"');
    expect(escapedJava).toContain("C:\\\\new\\\\table\\nline 2\\ttab\\r\\u0001\\u007F");
    // Too long for one line: the argument goes on its own, named in a comment.
    expect(javaSnippet(ep, target)).toContain(`var result = client.predict("/echo",\n        ${escapedJava});  // text\n`);
    expect(pythonSnippet(ep, target)).toContain(`    text=${pythonString(NASTY)},`);
    expect(javascriptSnippet(ep, target)).toContain(`  text: ${jsString(NASTY)},`);
    // In curl, the JSON sits in single quotes: only ' needs care there.
    const body = `'{"data": [${JSON.stringify(NASTY).replace(/'/g, `'\\''`)}]}'`;
    expect(curlSnippet(ep, target)).toContain(`-d ${body} \\`);
    for (const language of ["java", "python", "javascript", "bash"] as Language[]) {
      // No raw newline or carriage return from the value leaks into the code.
      const code = snippet(language, ep, target);
      expect(code.split("\n").every((line) => !line.includes("line 2") || line.includes("C:"))).toBe(true);
      expect(code).not.toContain("\r");
    }
  });

  it("escapes the endpoint name and the root too", () => {
    const ep = endpoint('/we"ird name', [param("x", 1)]);
    const t = { root: "http://host/it's", apiPrefix: "/gradio_api" };
    expect(javaSnippet(ep, t)).toContain('Client.connect("http://host/it\'s")');
    expect(javaSnippet(ep, t)).toContain('client.predict("/we\\"ird name", 1)');
    expect(pythonSnippet(ep, t)).toContain('api_name="/we\\"ird name"');
    expect(javascriptSnippet(ep, t)).toContain('client.predict("/we\\"ird name", {');
    expect(curlSnippet(ep, t)).toContain("-X POST 'http://host/it'\\''s/gradio_api/call/we%22ird%20name' \\");
    expect(curlSnippet(ep, t)).toContain("curl -N 'http://host/it'\\''s/gradio_api/call/we%22ird%20name'/$EVENT_ID");
  });
});

describe("values", () => {
  it("Python literals", () => {
    expect(toPython(null)).toBe("None");
    expect(toPython(undefined)).toBe("None");
    expect(toPython(true)).toBe("True");
    expect(toPython(false)).toBe("False");
    expect(toPython(-2.5)).toBe("-2.5");
    expect(toPython(["a", 1, null])).toBe('["a", 1, None]');
    expect(toPython({ label: "Cat", "odd key": [true] })).toBe('{"label": "Cat", "odd key": [True]}');
  });

  it("JavaScript literals", () => {
    expect(toJavaScript(null)).toBe("null");
    expect(toJavaScript({})).toBe("{}");
    expect(toJavaScript({ a: 1, "b-c": [false, null] })).toBe('{ a: 1, "b-c": [false, null] }');
  });

  it("Java expressions, with the imports they need", () => {
    const imports = new Set<string>();
    expect(toJava(["a", "b"], imports)).toBe('List.of("a", "b")');
    expect(toJava({ a: 1, b: 2 }, imports)).toBe('Map.of("a", 1, "b", 2)');
    expect([...imports].sort()).toEqual(["java.util.List", "java.util.Map"]);
    // List.of refuses null: a list holding one is an Arrays.asList.
    const more = new Set<string>();
    expect(toJava(["a", null], more)).toBe('Arrays.asList("a", null)');
    expect([...more]).toEqual(["java.util.Arrays"]);
    // Map.of refuses null values: they are left out.
    expect(toJava({ a: null, b: "x" })).toBe('Map.of("b", "x")');
    const big = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, i]));
    expect(toJava(big)).toMatch(/^Map\.ofEntries\(Map\.entry\("k0", 0\), .*Map\.entry\("k10", 10\)\)$/);
  });

  it("Java numbers: int, long past int range, double", () => {
    expect(toJava(3)).toBe("3");
    expect(toJava(-2147483648)).toBe("-2147483648");
    expect(toJava(2147483648)).toBe("2147483648L");
    expect(toJava(9007199254740993)).toBe("9007199254740992L");
    expect(toJava(0.5)).toBe("0.5");
    expect(toJava(1e21)).toBe("1e+21");
    expect(toJava(1e-7)).toBe("1e-7");
  });

  it("JSON for curl, spaced like Python's json.dumps", () => {
    expect(toJson({ a: [1, "x"], b: null })).toBe('{"a": [1, "x"], "b": null}');
    expect(toJson(image)).toBe('{"path": "path/to/bus.png", "meta": {"_type": "gradio.FileData"}}');
  });

  it("formatValue writes defaults in the tab's language", () => {
    expect(formatValue("java", ["x"])).toBe('List.of("x")');
    expect(formatValue("python", false)).toBe("False");
    expect(formatValue("javascript", { a: 1 })).toBe("{ a: 1 }");
    expect(formatValue("bash", "")).toBe('""');
  });

  it("isPythonIdentifier", () => {
    expect(isPythonIdentifier("text_1")).toBe(true);
    expect(isPythonIdentifier("from")).toBe(false);
    expect(isPythonIdentifier("None")).toBe(false);
    expect(isPythonIdentifier("1st")).toBe(false);
    expect(isPythonIdentifier("a-b")).toBe(false);
  });
});

describe("files", () => {
  it("recognises FileData by its meta, with a path or a URL", () => {
    expect(isFileData(image)).toBe(true);
    expect(isFileData({ url: "http://x/a.png", meta: { _type: "gradio.FileData" } })).toBe(true);
    expect(isFileData({ path: "a.png" })).toBe(false);
    expect(isFileData({ path: "a.png", meta: { _type: "other" } })).toBe(false);
    expect(isFileData([image])).toBe(false);
    expect(hasFile({ files: [image], text: "" })).toBe(true);
    expect(hasFile(["a", { b: 1 }])).toBe(false);
  });

  it("sends a local path named after the example", () => {
    expect(localPath(image)).toBe("path/to/bus.png");
    expect(localPath(fileData("https://github.com/x/raw/main/sample_file.pdf?download=1#top"))).toBe("path/to/sample_file.pdf");
    expect(localPath(fileData("https://x/my%20file%20(1).txt"))).toBe("path/to/my_file_1_.txt");
    expect(localPath(fileData("/tmp/gradio/abc/it's \"here\".txt"))).toBe("path/to/it_s_here_.txt");
    expect(localPath(fileData("C:\\Users\\me\\.hidden"))).toBe("path/to/hidden");
    expect(localPath(fileData("https://x/"))).toBe("path/to/file");
  });

  const ep = endpoint("/detect", [param("image", image, { type: "filepath", component: "Image" }), param("threshold", 0.5)]);

  it("Java passes Path.of and imports Path", () => {
    const code = javaSnippet(ep, target);
    expect(code).toContain("import dev.gradio4j.client.Client;\nimport java.nio.file.Path;\n");
    expect(code).toContain('        Path.of("path/to/bus.png"),  // image\n        0.5);                        // threshold');
  });

  it("Python and JavaScript use handle_file, and import it", () => {
    const py = pythonSnippet(ep, target);
    expect(py.startsWith("from gradio_client import Client, handle_file\n")).toBe(true);
    expect(py).toContain('    image=handle_file("path/to/bus.png"),');
    const js = javascriptSnippet(ep, target);
    expect(js.startsWith('import { Client, handle_file } from "@gradio/client";\n')).toBe(true);
    expect(js).toContain('  image: handle_file("path/to/bus.png"),');
    expect(pythonSnippet(echo, target)).not.toContain("handle_file");
    expect(javascriptSnippet(echo, target)).not.toContain("handle_file");
  });

  it("curl uploads the file first, then names it by its server path", () => {
    const code = curlSnippet(ep, target);
    expect(code).toContain(
      "FILE_PATH=$(curl -s -X POST http://127.0.0.1:7860/gradio_api/upload -F files=@path/to/bus.png \\\n" +
        `  | sed 's/^\\["\\(.*\\)"\\]$/\\1/')`,
    );
    expect(code).toContain(`-d '{"data": [{"path": "'"$FILE_PATH"'", "meta": {"_type": "gradio.FileData"}}, 0.5]}' \\`);
    expect(code.indexOf("FILE_PATH=")).toBeLessThan(code.indexOf("EVENT_ID="));
  });

  it("curl numbers the uploads when there are several files", () => {
    const many = endpoint("/merge", [
      param("files", [fileData("https://x/a.pdf"), fileData("https://x/b.pdf")], { type: "list[filepath]", component: "File" }),
      param("cover", image, { component: "Image" }),
    ]);
    const code = curlSnippet(many, target);
    expect(code).toContain("FILE_PATH_1=$(curl -s -X POST http://127.0.0.1:7860/gradio_api/upload -F files=@path/to/a.pdf");
    expect(code).toContain("FILE_PATH_2=$(curl -s -X POST http://127.0.0.1:7860/gradio_api/upload -F files=@path/to/b.pdf");
    expect(code).toContain("FILE_PATH_3=$(curl -s -X POST http://127.0.0.1:7860/gradio_api/upload -F files=@path/to/bus.png");
    expect(code).toContain(`"'"$FILE_PATH_1"'"`);
    expect(code).toContain(`"'"$FILE_PATH_3"'"`);
    expect(javaSnippet(many, target)).toContain('List.of(Path.of("path/to/a.pdf"), Path.of("path/to/b.pdf"))');
  });
});

describe("absoluteRoot", () => {
  it("keeps an absolute root, without its trailing slash", () => {
    expect(absoluteRoot("http://127.0.0.1:7860/", "http://other/")).toBe("http://127.0.0.1:7860");
    expect(absoluteRoot("https://example.com/sub", "http://other/")).toBe("https://example.com/sub");
  });

  it("resolves an empty or relative root against the page", () => {
    expect(absoluteRoot("", "http://host:7860/app/?view=api#x")).toBe("http://host:7860/app");
    expect(absoluteRoot(null, "http://host:7860/?view=api")).toBe("http://host:7860");
    expect(absoluteRoot("/proxy/", "http://host:7860/app/")).toBe("http://host:7860/proxy");
  });
});

// ---------------------------------------------------------------------------------------------
// The snippets, run: each one against a stand-in of its client, to prove that what a user pastes
// sends exactly the example values (escaping included).

// Node's APIs, loaded and typed here: the project has no @types/node (its code runs in browsers).
interface ExecOptions {
  stdio?: "ignore";
  timeout?: number;
  env?: Record<string, string | undefined>;
}
const node = (name: string) => import(/* @vite-ignore */ `node:${name}`);
const [childProcess, fs, os, path] = await Promise.all([node("child_process"), node("fs"), node("os"), node("path")]);
const execFileSync = childProcess.execFileSync as (file: string, args: string[], options?: ExecOptions) => { toString(): string };
const mkdtempSync = fs.mkdtempSync as (prefix: string) => string;
const mkdirSync = fs.mkdirSync as (dir: string, options: { recursive: boolean }) => void;
const readFileSync = fs.readFileSync as (file: string, encoding: "utf-8") => string;
const rmSync = fs.rmSync as (file: string, options: { recursive: boolean; force: boolean }) => void;
const writeFileSync = fs.writeFileSync as (file: string, data: string, encoding?: "utf-8") => void;
const tmpdir = os.tmpdir as () => string;
const join = path.join as (...parts: string[]) => string;
const environment = (globalThis as unknown as { process: { env: Record<string, string | undefined> } }).process.env;

function has(command: string, ...args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: "ignore", timeout: 20_000 });
    return true;
  } catch {
    return false;
  }
}

/** The example values with each file replaced by `file(localPath)`. */
function expected(ep: Endpoint, file: (path: string, index: number) => unknown): unknown[] {
  let index = 0;
  const walk = (v: unknown): unknown => {
    if (isFileData(v)) return file(localPath(v), index++);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return ep.parameters.map((p) => walk(p.example));
}

const runCases: Endpoint[] = [
  echo,
  noParams,
  endpoint("/nasty", [param("text", NASTY), param("empty", ""), param("lone", "a\ud800b")]),
  endpoint("/typed", [
    param("n", 3),
    param("x", -0.25),
    param("big", 2147483648),
    param("flag", false),
    param("nothing", null),
    param("tags", ["a", "b'c", null]),
    param("label", { label: "Cat", confidences: [{ label: "cat", confidence: 0.9 }], "odd \"key\"": "v" }),
  ]),
  endpoint("/translate", [param("text", "it's"), param("from", "en")]),
  endpoint("/files", [param("image", image), param("docs", [fileData("https://x/a b.pdf"), fileData("https://x/b.pdf")])]),
];

describe.skipIf(!has("python3", "--version"))("the Python snippets, run", () => {
  it("pass the example values to predict()", () => {
    const dir = mkdtempSync(join(tmpdir(), "g4j-py-"));
    try {
      const harness = `
import contextlib, io, json, sys, types
module = types.ModuleType("gradio_client")
class Client:
    def __init__(self, src, **kwargs):
        self.src = src
    def predict(self, *args, api_name=None, **kwargs):
        return json.dumps({"src": self.src, "api_name": api_name, "args": list(args), "kwargs": kwargs})
module.Client = Client
module.handle_file = lambda path: {"__file__": path}
sys.modules["gradio_client"] = module
results = []
for code in json.load(open(sys.argv[1], encoding="utf-8")):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "<snippet>", "exec"), {})
    results.append(json.loads(out.getvalue()))
json.dump(results, open(sys.argv[2], "w", encoding="utf-8"))
`;
      writeFileSync(join(dir, "harness.py"), harness);
      writeFileSync(join(dir, "snippets.json"), JSON.stringify(runCases.map((ep) => pythonSnippet(ep, target))));
      execFileSync("python3", [join(dir, "harness.py"), join(dir, "snippets.json"), join(dir, "out.json")], { timeout: 30_000 });
      const results = JSON.parse(readFileSync(join(dir, "out.json"), "utf-8")) as {
        src: string;
        api_name: string;
        args: unknown[];
        kwargs: Record<string, unknown>;
      }[];
      runCases.forEach((ep, i) => {
        const result = results[i];
        expect(result.src).toBe(target.root);
        expect(result.api_name).toBe(ep.name);
        const values = expected(ep, (path) => ({ __file__: path }));
        if (ep.name === "/translate") {
          expect(result.args).toEqual(values);
        } else {
          expect(result.args).toEqual([]);
          expect(result.kwargs).toEqual(Object.fromEntries(ep.parameters.map((p, j) => [p.name, values[j]])));
        }
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("the JavaScript snippets, run", () => {
  it("pass the example values to predict()", async () => {
    const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...a: unknown[]) => Promise<void>;
    for (const ep of runCases) {
      const code = javascriptSnippet(ep, target);
      const [importLine, ...rest] = code.split("\n");
      expect(importLine).toMatch(/^import \{ Client(, handle_file)? \} from "@gradio\/client";$/);
      const calls: { src: string; name: string; data: unknown }[] = [];
      const Client = {
        connect: async (src: string) => ({
          predict: async (name: string, data?: unknown) => {
            calls.push({ src, name, data });
            return { data: ["ok"] };
          },
        }),
      };
      const logged: unknown[] = [];
      const run = new AsyncFunction("Client", "handle_file", "console", rest.join("\n"));
      await run(Client, (path: string) => ({ __file__: path }), { log: (v: unknown) => logged.push(v) });
      expect(calls).toHaveLength(1);
      expect(calls[0].src).toBe(target.root);
      expect(calls[0].name).toBe(ep.name);
      const values = expected(ep, (path) => ({ __file__: path }));
      if (ep.parameters.length === 0) expect(calls[0].data).toBeUndefined();
      else expect(calls[0].data).toEqual(Object.fromEntries(ep.parameters.map((p, j) => [p.name, values[j]])));
      expect(logged).toEqual([["ok"]]);
    }
  });
});

describe.skipIf(!has("sh", "-c", "command -v awk && command -v sed"))("the curl snippets, run by sh", () => {
  it("POST the example values as {\"data\": [...]}, then GET the stream of the event", () => {
    const dir = mkdtempSync(join(tmpdir(), "g4j-sh-"));
    try {
      // A curl that logs its arguments and answers as the server would. Uploads answer JSON whose
      // path needs escaping, to prove that it reaches the call's JSON intact.
      const stub = `
curl() {
  printf '\\036' >> "$LOG"
  for a in "$@"; do printf '%s\\037' "$a" >> "$LOG"; done
  case " $* " in
    *" -F "*) n=$(cat "$COUNT"); n=$((n + 1)); echo "$n" > "$COUNT"
              printf '["/srv/up/%s/a b\\\\"c\\\\\\\\d.png"]' "$n" ;;
    *" -N "*) printf 'event: complete\\ndata: ["ok"]\\n\\n' ;;
    *) printf '{"event_id": "ev123"}' ;;
  esac
}
`;
      for (const ep of runCases) {
        const log = join(dir, "log");
        const count = join(dir, "count");
        writeFileSync(log, "");
        writeFileSync(count, "0");
        const out = execFileSync("sh", ["-c", `${stub}\n${curlSnippet(ep, target)}`], {
          env: { PATH: environment.PATH ?? "/usr/bin:/bin", LOG: log, COUNT: count, HOME: "/nonexistent" },
          timeout: 20_000,
        }).toString();
        expect(out).toContain('data: ["ok"]');
        const calls = readFileSync(log, "utf-8").split("\u001e").slice(1).map((c) => c.split("\u001f").slice(0, -1));
        const files = calls.filter((c) => c.includes("-F"));
        const [post, get] = calls.filter((c) => !c.includes("-F"));
        const callUrl = `${target.root}/gradio_api/call/${ep.name.slice(1)}`;
        // Uploads: one per file, each sending the local path.
        const paths = expected(ep, (path) => path).flat(2).filter((v) => typeof v === "string" && v.startsWith("path/to/"));
        expect(files.map((c) => c[c.indexOf("-F") + 1])).toEqual(paths.map((p) => `files=@${p}`));
        expect(files.every((c) => c.includes(`${target.root}/gradio_api/upload`))).toBe(true);
        // The call: the data, with each file named by the path its upload answered.
        expect(post).toContain(callUrl);
        expect(post[post.indexOf("-H") + 1]).toBe("Content-Type: application/json");
        const body = JSON.parse(post[post.indexOf("-d") + 1]) as { data: unknown[] };
        expect(body.data).toEqual(
          expected(ep, (_path, i) => ({ path: `/srv/up/${i + 1}/a b"c\\d.png`, meta: { _type: "gradio.FileData" } })),
        );
        // The stream, with the event id the POST answered.
        expect(get).toEqual(["-N", `${callUrl}/ev123`]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

