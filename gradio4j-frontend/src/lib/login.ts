/** What the login form says when the server refuses a login, by status. */
export function loginMessage(status: number, retryAfter: string | null): string {
  if (status === 401) return "Incorrect username or password.";
  if (status === 429) return `Too many failed attempts: try again in ${retryAfter ?? "a few"} seconds.`;
  if (status === 0) return "The server could not be reached.";
  return `The server refused the login (status ${status}).`;
}
