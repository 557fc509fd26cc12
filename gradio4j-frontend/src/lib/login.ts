/** What the login form says when the server refuses a login, by status. */
export function loginMessage(status: number, retryAfter: string | null): string {
  if (status === 401) return "Incorrect username or password.";
  if (status === 429) return `Too many failed attempts: try again in ${retryAfter ?? "a few"} seconds.`;
  if (status === 0) return "The server could not be reached.";
  return `The server refused the login (status ${status}).`;
}

/** What a LoginButton shows and where it leads, for the logged-in user (or null). */
export function loginButton(user: string | null, loginLabel: string, logoutLabel: string): { label: string; href: string } {
  return user ? { label: logoutLabel.replace("{}", user), href: "logout" } : { label: loginLabel, href: "login/oidc" };
}
