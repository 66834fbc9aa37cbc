// Page-object helpers shared by the browser specs.
import { createHmac, randomUUID } from 'node:crypto';
import { APIRequestContext, Page, expect } from '@playwright/test';

export interface User {
  id: string;
  email: string;
  password: string;
}

let counter = 0;

/** Creates an identity with a password through Kratos's admin API; unique email per call. */
export async function createIdentity(
  request: APIRequestContext,
  options: { email?: string; password?: string; traits?: Record<string, unknown>; verified?: boolean; admin?: string },
): Promise<User> {
  counter += 1;
  const stamp = `${Date.now()}-${process.pid}-${counter}`;
  const email = options.email ?? `browser-${stamp}@example.com`;
  // Unrelated to the email, or Kratos refuses it as too similar to the identifier.
  const password = options.password ?? `Pw-${randomUUID()}`;
  const verified = options.verified ? { verifiable_addresses: [{ value: email, via: 'email', verified: true, status: 'completed' }] } : {};
  const response = await request.post(`${options.admin ?? process.env.KRATOS_ADMIN_URL}/admin/identities`, {
    data: {
      schema_id: 'default',
      traits: { ...(options.traits ?? {}), email },
      credentials: { password: { config: { password } } },
      ...verified,
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  const identity = await response.json();
  return { id: identity.id, email, password };
}

/** Signs in through the UI's login page, as a person would. */
export async function signIn(page: Page, user: User) {
  await page.goto('/login');
  await expect(page).toHaveURL(/\/login\?flow=/);
  await page.locator('input[name=identifier]').fill(user.email);
  await page.locator('input[name=password]').fill(user.password);
  await page.locator('button[name=method][value=password]').click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** The current RFC 6238 code (SHA-1, 6 digits, 30 s) for a base32 secret, as an app shows it. */
export function totpCode(secret: string, now = Date.now()): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of secret.replace(/=+$/, '').toUpperCase()) {
    bits += alphabet.indexOf(char).toString(2).padStart(5, '0');
  }
  const key = Buffer.from(bits.match(/.{8}/g)!.map((byte) => parseInt(byte, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(now / 1000 / 30)));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const value = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return value.toString().padStart(6, '0');
}

/**
 * The newest six-digit code Kratos mailed to `email` (its admin courier API; dev.sh runs no
 * courier worker, so mails stay queued there). Polls briefly, and names what it saw on failure.
 */
export async function mailedCode(
  request: APIRequestContext,
  email: string,
  admin = process.env.KRATOS_ADMIN_URL,
): Promise<string> {
  const url = `${admin}/admin/courier/messages?recipient=${encodeURIComponent(email)}`;
  let seen = '';
  let code: string | undefined;
  try {
    await expect
      .poll(
        async () => {
          const response = await request.get(url);
          seen = `HTTP ${response.status()}: ${(await response.text()).slice(0, 500)}`;
          if (!response.ok()) return undefined;
          const messages: { body: string; created_at: string }[] = await response.json();
          messages.sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at));
          code = messages.at(-1)?.body.match(/\b\d{6}\b/)?.[0];
          return code;
        },
        { timeout: 10_000 },
      )
      .toBeTruthy();
  } catch (error) {
    throw new Error(`no code mailed to ${email}; Kratos's last answer: ${seen}`, { cause: error });
  }
  return code!;
}

/** A CDP virtual authenticator: a USB security key, or the device's own (`internal`, as
 *  passkeys ask for a platform authenticator). */
export async function addVirtualAuthenticator(page: Page, transport: 'usb' | 'internal' = 'usb') {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport,
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return cdp;
}

/** Keeps Kratos's passkey autofill from starting in `page`: the virtual authenticator answers
 *  a conditional request at once, which would sign in before a test clicks anything. */
export async function withoutPasskeyAutofill(page: Page) {
  await page.addInitScript(() => {
    if (window.PublicKeyCredential) {
      PublicKeyCredential.isConditionalMediationAvailable = async () => false;
    }
  });
}
