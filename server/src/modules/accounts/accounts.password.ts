import { hash, verify } from '@node-rs/argon2';

// argon2id is the library's default algorithm; its const enum is not imported under isolatedModules.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

/** Hashes a password with argon2id. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** Checks a password against its argon2id hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash of a random password, compared against on unknown usernames so timing does not reveal them. */
export const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$3drG4X3oS0LW78LK28aCbQ$QzlslPMK3l84yP8fixxiBim628u889lfGtsZSHkNCo4';
