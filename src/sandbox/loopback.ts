import { isIPv4 } from "node:net";

/** True for `localhost`, `::1` and the whole 127.0.0.0/8 range. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, "$1");
  if (bare === "localhost" || bare === "::1") return true;
  return isIPv4(bare) && bare.startsWith("127.");
}

/** `http://127.0.0.1:8080`, with brackets around an IPv6 host. */
export function toOrigin(
  protocol: "http" | "https",
  host: string,
  port: number,
) {
  const hostPart =
    host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
  return `${protocol}://${hostPart}:${port}`;
}
