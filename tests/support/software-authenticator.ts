/**
 * A minimal platform authenticator for integration tests: ES256 key, attestation "none", a
 * signature counter and a user-verification flag, so the real @simplewebauthn/server verification
 * runs without a browser (the browser side is covered by Chromium's virtual authenticator in e2e).
 */
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from "@simplewebauthn/server";
import { isoCBOR } from "@simplewebauthn/server/helpers";
import { relyingParty } from "../../app/services/passkeys.server";

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64url");
const sha256 = (data: Uint8Array | string) => new Uint8Array(createHash("sha256").update(data).digest());

export class SoftwareAuthenticator {
  private readonly privateKey: KeyObject;
  private readonly publicKey: KeyObject;
  readonly credentialId = new Uint8Array(randomBytes(32));
  counter = 0;
  userHandle: string | undefined;

  constructor(private readonly rp = relyingParty()) {
    const pair = generateKeyPairSync("ec", { namedCurve: "P-256" });
    this.privateKey = pair.privateKey;
    this.publicKey = pair.publicKey;
  }

  get id(): string {
    return b64url(this.credentialId);
  }

  private authData(opts: { uv: boolean; metSleutel: boolean; rpID?: string }): Uint8Array {
    const flags = 0x01 | (opts.uv ? 0x04 : 0) | (opts.metSleutel ? 0x40 : 0);
    const teller = Buffer.alloc(4);
    teller.writeUInt32BE(this.counter);
    const delen: Uint8Array[] = [sha256(opts.rpID ?? this.rp.rpID), new Uint8Array([flags]), teller];
    if (opts.metSleutel) {
      const jwk = this.publicKey.export({ format: "jwk" });
      const cose = isoCBOR.encode(
        new Map<number, number | Uint8Array>([
          [1, 2], // kty: EC2
          [3, -7], // alg: ES256
          [-1, 1], // crv: P-256
          [-2, new Uint8Array(Buffer.from(jwk.x!, "base64url"))],
          [-3, new Uint8Array(Buffer.from(jwk.y!, "base64url"))],
        ]),
      );
      const lengte = Buffer.alloc(2);
      lengte.writeUInt16BE(this.credentialId.length);
      delen.push(new Uint8Array(16), lengte, this.credentialId, cose);
    }
    return new Uint8Array(Buffer.concat(delen));
  }

  registreer(
    options: PublicKeyCredentialCreationOptionsJSON,
    opts: { uv?: boolean; origin?: string } = {},
  ): RegistrationResponseJSON {
    this.userHandle = options.user.id;
    const clientData = {
      type: "webauthn.create",
      challenge: options.challenge,
      origin: opts.origin ?? this.rp.origin,
      crossOrigin: false,
    };
    const attestationObject = isoCBOR.encode(
      new Map<string, unknown>([
        ["fmt", "none"],
        ["attStmt", new Map()],
        ["authData", this.authData({ uv: opts.uv ?? true, metSleutel: true })],
      ]) as never,
    );
    return {
      id: this.id,
      rawId: this.id,
      type: "public-key",
      response: {
        clientDataJSON: b64url(new TextEncoder().encode(JSON.stringify(clientData))),
        attestationObject: b64url(attestationObject),
        transports: ["internal"],
      },
      clientExtensionResults: {},
      authenticatorAttachment: "platform",
    };
  }

  meldAan(options: PublicKeyCredentialRequestOptionsJSON, opts: { uv?: boolean } = {}): AuthenticationResponseJSON {
    this.counter += 1;
    const clientDataJSON = new TextEncoder().encode(
      JSON.stringify({
        type: "webauthn.get",
        challenge: options.challenge,
        origin: this.rp.origin,
        crossOrigin: false,
      }),
    );
    const authenticatorData = this.authData({ uv: opts.uv ?? true, metSleutel: false });
    const signature = sign("sha256", Buffer.concat([authenticatorData, sha256(clientDataJSON)]), this.privateKey);
    return {
      id: this.id,
      rawId: this.id,
      type: "public-key",
      response: {
        clientDataJSON: b64url(clientDataJSON),
        authenticatorData: b64url(authenticatorData),
        signature: b64url(signature),
        userHandle: this.userHandle,
      },
      clientExtensionResults: {},
      authenticatorAttachment: "platform",
    };
  }
}
