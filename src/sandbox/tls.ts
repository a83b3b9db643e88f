/**
 * A throwaway certificate authority and a server certificate for loopback,
 * made at start so HTTPS clients can be tested without a real certificate.
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { generate } from "selfsigned";

export interface SandboxCertificate {
  /** Server key and certificate chain for `https.createServer`. */
  key: string;
  cert: string;
  caCertPem: string;
  caCertPath: string;
}

const VALIDITY_MS = 24 * 60 * 60 * 1000;

/**
 * Makes a CA and a server certificate for 127.0.0.1, ::1 and localhost, and
 * writes the CA certificate (PEM) to `caCertPath` or a new temporary file.
 */
export async function createLoopbackCertificate(
  caCertPath: string | undefined,
): Promise<SandboxCertificate> {
  // A clock skew of a few minutes must not make the certificate "not yet valid".
  const notBeforeDate = new Date(Date.now() - 5 * 60 * 1000);
  const notAfterDate = new Date(notBeforeDate.getTime() + VALIDITY_MS);
  const common = {
    keyType: "ec",
    algorithm: "sha256",
    notBeforeDate,
    notAfterDate,
  } as const;

  const ca = await generate(
    [{ name: "commonName", value: "export-trakt sandbox CA" }],
    {
      ...common,
      extensions: [
        { name: "basicConstraints", cA: true, critical: true },
        { name: "keyUsage", keyCertSign: true, cRLSign: true, critical: true },
      ],
    },
  );
  const server = await generate([{ name: "commonName", value: "localhost" }], {
    ...common,
    ca: { key: ca.private, cert: ca.cert },
    extensions: [
      { name: "basicConstraints", cA: false },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true },
      { name: "extKeyUsage", serverAuth: true },
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
          { type: 7, ip: "::1" },
        ],
      },
    ],
  });

  const path =
    caCertPath ??
    join(await mkdtemp(join(tmpdir(), "export-trakt-sandbox-")), "ca.pem");
  await writeFile(path, ca.cert, { mode: 0o644 });
  return {
    key: server.private,
    cert: server.cert,
    caCertPem: ca.cert,
    caCertPath: path,
  };
}
