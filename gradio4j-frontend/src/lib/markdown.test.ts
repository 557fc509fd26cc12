import { describe, expect, it } from "vitest";
import { markdownBlocks, renderMarkdown, sanitize } from "./markdown";

/** Parses rendered HTML, to look at it as a browser will. */
function dom(html: string): HTMLElement {
  const template = document.createElement("template");
  template.innerHTML = html;
  const root = document.createElement("div");
  root.append(template.content);
  return root;
}

describe("renderMarkdown", () => {
  it("renders Markdown: headings, emphasis, lists, code and GFM tables", () => {
    const root = dom(renderMarkdown("# Title\n\nSome **bold** and *italic* `code`.\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```python\nprint(1)\n```"));
    expect(root.querySelector("h1")?.textContent).toBe("Title");
    expect(root.querySelector("strong")?.textContent).toBe("bold");
    expect(root.querySelector("em")?.textContent).toBe("italic");
    expect(root.querySelector("p code")?.textContent).toBe("code");
    expect([...root.querySelectorAll("li")].map((li) => li.textContent)).toEqual(["one", "two"]);
    expect([...root.querySelectorAll("td")].map((td) => td.textContent)).toEqual(["1", "2"]);
    const block = root.querySelector("pre code");
    expect(block?.className).toBe("language-python");
    expect(block?.textContent).toBe("print(1)\n");
  });

  it("keeps the HTML inside Markdown that is safe", () => {
    const root = dom(renderMarkdown('Text with <span class="x">a span</span> and <img src="https://example.com/a.png" alt="pic">.'));
    expect(root.querySelector("span.x")?.textContent).toBe("a span");
    expect(root.querySelector("img")?.getAttribute("src")).toBe("https://example.com/a.png");
    expect(root.querySelector("img")?.getAttribute("alt")).toBe("pic");
  });

  it("escapes text that only looks like HTML inside code", () => {
    const root = dom(renderMarkdown("`<script>alert(1)</script>`"));
    expect(root.querySelector("script")).toBeNull();
    expect(root.querySelector("code")?.textContent).toBe("<script>alert(1)</script>");
  });

  describe("sanitising (the default)", () => {
    it("removes scripts", () => {
      const html = renderMarkdown("Hello <script>window.hacked = true</script> world");
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toContain("window.hacked");
      expect(dom(html).textContent).toContain("Hello");
    });

    it("removes event handler attributes", () => {
      const root = dom(renderMarkdown('<img src="x" onerror="alert(1)"> <b onclick="alert(2)" onmouseover="alert(3)">bold</b>'));
      const img = root.querySelector("img")!;
      expect(img.getAttribute("src")).toBe("x");
      expect(img.hasAttribute("onerror")).toBe(false);
      const bold = root.querySelector("b")!;
      expect(bold.textContent).toBe("bold");
      expect([...bold.attributes].map((a) => a.name)).toEqual([]);
    });

    it("removes javascript: URLs, however they are spelt", () => {
      for (const source of [
        "[click](javascript:alert(1))",
        '<a href="javascript:alert(1)">click</a>',
        '<a href="JaVaScRiPt:alert(1)">click</a>',
        '<a href=" javascript:alert(1)">click</a>',
      ]) {
        const link = dom(renderMarkdown(source)).querySelector("a");
        expect(link?.textContent).toBe("click");
        expect(link?.getAttribute("href") ?? "").not.toMatch(/javascript/i);
      }
    });

    it("removes iframes and forms' script actions", () => {
      const root = dom(renderMarkdown('<iframe src="https://evil.example"></iframe><form action="javascript:alert(1)"><input></form>'));
      expect(root.querySelector("iframe")).toBeNull();
      expect(root.querySelector("form")?.getAttribute("action") ?? "").not.toMatch(/javascript/i);
    });
  });

  describe("sanitize: false", () => {
    it("keeps the HTML as it is written", () => {
      const html = renderMarkdown('<script>window.x = 1</script><img src="x" onerror="alert(1)">\n\n[a](javascript:void(0))', { sanitize: false });
      expect(html).toContain("<script>window.x = 1</script>");
      expect(html).toContain('onerror="alert(1)"');
      expect(html).toContain('href="javascript:void(0)"');
    });
  });

  describe("links", () => {
    it("open in a new tab, without access to this page", () => {
      const root = dom(renderMarkdown("[site](https://example.com) and <https://gradio.app> and <a href=\"/docs\" target=\"_self\">docs</a>"));
      const links = [...root.querySelectorAll("a")];
      expect(links.map((a) => a.getAttribute("href"))).toEqual(["https://example.com", "https://gradio.app", "/docs"]);
      for (const link of links) {
        expect(link.getAttribute("target")).toBe("_blank");
        expect(link.getAttribute("rel")?.split(" ")).toContain("noopener");
      }
    });

    it("to an anchor of the page stay in the page", () => {
      const link = dom(renderMarkdown("[below](#section)")).querySelector("a")!;
      expect(link.getAttribute("href")).toBe("#section");
      expect(link.hasAttribute("target")).toBe(false);
    });
  });

  describe("lineBreaks", () => {
    it("off by default: a single newline stays inside the paragraph", () => {
      const root = dom(renderMarkdown("first\nsecond"));
      expect(root.querySelector("br")).toBeNull();
      expect(root.querySelectorAll("p")).toHaveLength(1);
    });

    it("on: a single newline becomes a line break", () => {
      const root = dom(renderMarkdown("first\nsecond", { lineBreaks: true }));
      const p = root.querySelector("p")!;
      expect(p.querySelectorAll("br")).toHaveLength(1);
      expect(p.firstChild?.textContent).toBe("first");
      expect(p.lastChild?.textContent).toBe("second");
    });

    it("does not change paragraphs", () => {
      expect(dom(renderMarkdown("a\n\nb", { lineBreaks: true })).querySelectorAll("p")).toHaveLength(2);
    });
  });
});

describe("sanitize", () => {
  it("cleans an HTML string the same way", () => {
    const root = dom(sanitize('<p onclick="x()">hi</p><script>bad()</script><a href="https://example.com">l</a>'));
    expect(root.querySelector("script")).toBeNull();
    expect(root.querySelector("p")?.hasAttribute("onclick")).toBe(false);
    expect(root.querySelector("a")?.getAttribute("target")).toBe("_blank");
  });
});

describe("markdownBlocks", () => {
  it("splits at top-level blocks, keeping a code block with blank lines and a loose list whole", () => {
    const text = "# Title\n\nA paragraph\non two lines.\n\n```java\nint a;\n\nint b;\n```\n\n- one\n\n- two\n\nThe end";
    const blocks = markdownBlocks(text);
    expect(blocks).toEqual(["# Title\n\n", "A paragraph\non two lines.\n\n", "```java\nint a;\n\nint b;\n```\n\n", "- one\n\n- two\n\n", "The end"]);
    expect(blocks.join("")).toBe(text);
    expect(blocks.map((b) => renderMarkdown(b)).join("").replace(/\s+/g, "")).toBe(renderMarkdown(text).replace(/\s+/g, ""));
  });

  it("keeps a text with reference-style links whole, as they need it all", () => {
    const text = "See [the docs][docs].\n\n[docs]: https://example.com";
    expect(markdownBlocks(text)).toEqual([text]);
  });
});
