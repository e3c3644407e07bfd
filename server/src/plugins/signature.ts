// Optional bundle signatures: a detached OpenPGP signature over the .tar.gz, checked against
// the public keys the admin configured (PluginSettings.SignaturePublicKeyFiles, armored or
// binary). With PluginSettings.RequirePluginSignature, unsigned bundles are refused.
import fs from 'node:fs';
import path from 'node:path';
import * as openpgp from 'openpgp';

export class SignatureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SignatureError';
  }
}

async function readKey(file: string): Promise<openpgp.Key> {
  const data = fs.readFileSync(file);
  const text = data.toString('utf8');
  try {
    return text.includes('-----BEGIN PGP PUBLIC KEY BLOCK-----')
      ? await openpgp.readKey({ armoredKey: text })
      : await openpgp.readKey({ binaryKey: data });
  } catch (err) {
    throw new SignatureError(`public key file ${file} is not an OpenPGP public key: ${(err as Error).message}`);
  }
}

async function readSignature(signature: Buffer): Promise<openpgp.Signature> {
  const text = signature.toString('utf8');
  try {
    return text.includes('-----BEGIN PGP SIGNATURE-----')
      ? await openpgp.readSignature({ armoredSignature: text })
      : await openpgp.readSignature({ binarySignature: signature });
  } catch (err) {
    throw new SignatureError(`the signature is not an OpenPGP signature: ${(err as Error).message}`);
  }
}

/** Resolves when `signature` is a valid signature of the bundle by one of the keys. */
export async function verifyBundleSignature(bundleFile: string, signature: Buffer, keyFiles: string[], dataDir: string): Promise<void> {
  if (keyFiles.length === 0) throw new SignatureError('no public keys are configured (PluginSettings.SignaturePublicKeyFiles) to check the signature against');
  const keys = await Promise.all(keyFiles.map((f) => readKey(path.resolve(dataDir, f))));
  const message = await openpgp.createMessage({ binary: fs.readFileSync(bundleFile) });
  const { signatures } = await openpgp.verify({ message, signature: await readSignature(signature), verificationKeys: keys });
  for (const s of signatures) {
    try {
      await s.verified;
      return;
    } catch {
      // try the next signature
    }
  }
  throw new SignatureError('the signature does not match the bundle with any configured public key');
}
