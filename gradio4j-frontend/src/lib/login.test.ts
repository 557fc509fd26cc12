import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render } from "@testing-library/svelte";
import Login from "./Login.svelte";
import { loginButton, loginMessage } from "./login";

describe("the login form", () => {
  afterEach(() => cleanup());

  it("says only that the login failed, never which part", () => {
    expect(loginMessage(401, null)).toBe("Incorrect username or password.");
    expect(loginMessage(429, "42")).toBe("Too many failed attempts: try again in 42 seconds.");
    expect(loginMessage(0, null)).toBe("The server could not be reached.");
  });

  it("shows the app's title and auth message, and posts the form", async () => {
    const calls: FormData[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async (_url: URL, init: RequestInit) => {
      calls.push(init.body as FormData);
      return new Response(JSON.stringify({ detail: "Incorrect credentials." }), { status: 401 });
    }) as typeof fetch;
    const view = render(Login, { props: { title: "Team tools", message: "Ask Ada for an account." } });
    expect(view.getByRole("heading").textContent).toBe("Team tools");
    expect(view.getByText("Ask Ada for an account.")).toBeTruthy();
    await fireEvent.input(view.getByLabelText("Username"), { target: { value: "admin" } });
    await fireEvent.input(view.getByLabelText("Password"), { target: { value: "nope" } });
    await fireEvent.submit(view.getByRole("button", { name: "Log in" }).closest("form")!);
    await view.findByRole("alert");
    expect(view.getByRole("alert").textContent).toBe("Incorrect username or password.");
    expect(calls[0].get("username")).toBe("admin");
    expect(calls[0].get("password")).toBe("nope");
    globalThis.fetch = realFetch;
  });

  it("offers the single sign-on provider, and no password form when the app has no passwords", () => {
    const view = render(Login, { props: { title: "Team tools", message: null, passwordLogin: false, provider: "Keycloak" } });
    const link = view.getByRole("link", { name: "Log in with Keycloak" });
    expect(link.getAttribute("href")).toBe("login/oidc");
    expect(view.queryByLabelText("Password")).toBeNull();
  });

  it("turns the LoginButton into a logout for the logged-in user", () => {
    expect(loginButton("ada", "Log in", "Log out ({})")).toEqual({ label: "Log out (ada)", href: "logout" });
    expect(loginButton(null, "Log in", "Log out ({})")).toEqual({ label: "Log in", href: "login/oidc" });
  });
});
